"""Counting what the store holds (``kg stats``)."""

from __future__ import annotations

from rdflib import URIRef

from kg import iris
from kg.exports import PREFIXES
from kg.model import ACTOR_TYPES, PLACE_TYPES
from kg.store import Store

_COUNTS = (
    PREFIXES
    + """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles)
  (COUNT(DISTINCT ?event) AS ?events)
  (COUNT(DISTINCT ?entity) AS ?mentioned_entities)
WHERE {
  { ?article a ckg:Article } UNION { ?event ckg:relation ?r }
  UNION { ?named ckg:mentions ?entity }
}
"""
)
_BY_RELATION = (
    PREFIXES
    + """
SELECT ?r (COUNT(?event) AS ?n) WHERE { ?event ckg:relation ?r } GROUP BY ?r ORDER BY ?r
"""
)
_TYPE_COUNT = (
    PREFIXES
    + """
SELECT ?g ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } } GROUP BY ?g ?t
"""
)


def store_statistics(store: Store) -> dict[str, int | str]:
    out: dict[str, int | str] = {"store": str(store.path) if store.path else "(memory)"}
    row = store.select(_COUNTS).rows[0]
    out.update(
        {
            "articles": int(row[0] or 0),
            "events": int(row[1] or 0),
            "entities mentioned": int(row[2] or 0),
        }
    )
    by_type = {
        str(t).rsplit("#", 1)[-1]: int(n or 0)
        for _g, t, n in store.select(_TYPE_COUNT, {"g": URIRef(iris.GAZETTEER_GRAPH)}).rows
    }
    out["gazetteer actors"] = sum(by_type.get(t, 0) for t in ACTOR_TYPES)
    out["gazetteer places"] = sum(by_type.get(t, 0) for t in PLACE_TYPES)
    for rel, n in store.select(_BY_RELATION).rows:
        out[f"  {str(rel).rsplit('#', 1)[-1]}"] = int(n or 0)
    out["quads"] = store.count()
    return out
