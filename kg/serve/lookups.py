"""The SPARQL behind the workbench pages that are not canned queries.

Every value a user gives is bound by substitution (so it is projected by the SELECT, as
Oxigraph requires), never pasted into the text.
"""

from __future__ import annotations

PREFIXES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
"""

NAMES = (
    PREFIXES
    + """
SELECT ?entity ?label ?alias WHERE {
  { ?entity rdfs:label ?label BIND(false AS ?alias) }
  UNION { ?entity skos:altLabel ?label BIND(true AS ?alias) }
} ORDER BY ?alias LANG(?label) ?label
"""
)

TYPES = (
    PREFIXES
    + """
SELECT ?entity ?type WHERE { ?entity a ?type FILTER(STRSTARTS(STR(?type), STR(ckg:))) }
"""
)

RELATIONS = (
    PREFIXES
    + """
SELECT ?entity ?relation ?role ?other (SAMPLE(?ol) AS ?other_label)
       (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?article) AS ?articles)
       (MIN(?date) AS ?first) (MAX(?date) AS ?last)
WHERE {
  { ?event ckg:agent ?entity BIND("agent" AS ?role) OPTIONAL { ?event ckg:target ?other } }
  UNION
  { ?event ckg:target ?entity BIND("target" AS ?role) OPTIONAL { ?event ckg:agent ?other } }
  ?event ckg:relation ?rel ; ckg:article ?article .
  OPTIONAL { ?event ckg:eventDate ?date }
  BIND(STRAFTER(STR(?rel), "#") AS ?relation)
  OPTIONAL { ?other rdfs:label ?ol_en FILTER(LANG(?ol_en) = "en") }
  OPTIONAL { ?other rdfs:label ?ol_any }
  BIND(COALESCE(?ol_en, ?ol_any) AS ?ol)
}
GROUP BY ?entity ?relation ?role ?other
ORDER BY DESC(?events) ?relation
"""
)

NETWORK = (
    PREFIXES
    + """
SELECT ?since ?until ?agent ?target ?relation (SAMPLE(?al) AS ?agent_label)
       (SAMPLE(?tl) AS ?target_label) (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  ?event ckg:agent ?agent ; ckg:target ?target ; ckg:relation ?rel ; ckg:article ?article .
  ?target a ?target_type .
  FILTER(?target_type IN (ckg:Country, ckg:StateForce, ckg:ArmedGroup, ckg:Coalition,
                          ckg:Person, ckg:Organization))
  BIND(STRAFTER(STR(?rel), "#") AS ?relation)
  OPTIONAL { ?event ckg:eventDate ?date }
  FILTER(!BOUND(?date) || (?date >= ?since && ?date <= ?until))
  OPTIONAL { ?agent rdfs:label ?al_en FILTER(LANG(?al_en) = "en") }
  OPTIONAL { ?agent rdfs:label ?al_any }
  BIND(COALESCE(?al_en, ?al_any, STR(?agent)) AS ?al)
  OPTIONAL { ?target rdfs:label ?tl_en FILTER(LANG(?tl_en) = "en") }
  OPTIONAL { ?target rdfs:label ?tl_any }
  BIND(COALESCE(?tl_en, ?tl_any, STR(?target)) AS ?tl)
}
GROUP BY ?since ?until ?agent ?target ?relation
"""
)

COORDINATES = (
    PREFIXES
    + """
SELECT ?place (SAMPLE(?l) AS ?label) (SAMPLE(?la) AS ?lat) (SAMPLE(?lo) AS ?long) WHERE {
  ?place wgs84:lat ?la ; wgs84:long ?lo .
  OPTIONAL { ?place rdfs:label ?l FILTER(LANG(?l) = "en") }
} GROUP BY ?place
"""
)

OUTGOING = """
SELECT ?resource ?property ?value WHERE { ?resource ?property ?value } LIMIT 500
"""

INCOMING = """
SELECT ?resource ?subject ?property WHERE { ?subject ?property ?resource } LIMIT 500
"""
