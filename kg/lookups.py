"""Look-ups by IRI for the canned queries' post-steps: labels, types, governorates, sentences.

The steps find entities and events in the summary graph and need a few facts about them that
the summary graph does not copy (labels and types come from the gazetteer and article graphs,
so an edited gazetteer shows at once). Each look-up is one query over ``VALUES`` of IRIs read
from the store and written with :func:`kg.store.sparql_term`, never from user text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg import iris
from kg.store import Store, Term, sparql_term

EVENT_PREFIX = iris.BASE + "id/event/"
_CHUNK = 2000


def _iris(terms: Iterable[str]) -> str:
    return " ".join(sparql_term(URIRef(t)) for t in terms)


def _chunks(wanted: Iterable[str]) -> Iterable[str]:
    """``VALUES`` bodies of at most :data:`_CHUNK` IRIs each."""
    ordered = sorted(set(wanted))
    for start in range(0, len(ordered), _CHUNK):
        yield _iris(ordered[start : start + _CHUNK])


def event_key(event: str) -> str:
    """An event IRI without the common ``…/id/event/`` prefix (what summaries store)."""
    return event[len(EVENT_PREFIX) :] if event.startswith(EVENT_PREFIX) else event


def event_iri(key: str) -> str:
    """The event IRI of an :func:`event_key`."""
    return key if key.startswith(("http://", "https://")) else EVENT_PREFIX + key


@dataclass(frozen=True)
class Entities:
    """Labels and types of some entities, as the canned queries read them."""

    labels: dict[str, str]  # an English label, else any label (the smallest)
    types: dict[str, set[str]]
    english: dict[str, str] = field(default_factory=dict)  # English labels only (the smallest)

    def label(self, entity: str) -> str | None:
        return self.labels.get(entity)

    def has_type(self, entity: str, classes: Iterable[str]) -> bool:
        return not self.types.get(entity, set()).isdisjoint(classes)


_ACTOR_CLASSES = f"""PREFIX ckg: <{iris.ONTOLOGY}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c WHERE {{ ?c rdfs:subClassOf* ckg:Actor }}"""


def actor_classes(store: Store) -> set[str]:
    """``ckg:Actor`` and its subclasses (``?t rdfs:subClassOf* ckg:Actor``)."""
    return {str(row[0]) for row in store.select(_ACTOR_CLASSES).rows} | {iris.ONTOLOGY + "Actor"}


def entities(store: Store, wanted: Iterable[str]) -> Entities:
    """Labels and types of ``wanted``."""
    english: dict[str, list[str]] = {}
    other: dict[str, list[str]] = {}
    types: dict[str, set[str]] = {}
    for values in _chunks(wanted):
        table = store.select(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x ?label ?type WHERE "
            f"{{ VALUES ?x {{ {values} }} {{ ?x rdfs:label ?label }} UNION {{ ?x a ?type }} }}"
        )
        for x, label, kind in table.rows:
            if kind is not None:
                types.setdefault(str(x), set()).add(str(kind))
            elif isinstance(label, Literal):
                into = english if label.language == "en" else other
                into.setdefault(str(x), []).append(str(label))
    in_english = {x: min(found) for x, found in english.items()}
    labels = {x: min(found) for x, found in other.items()}
    labels.update(in_english)
    return Entities(labels, types, in_english)


def sentences(store: Store, events: Iterable[str]) -> dict[str, str]:
    """The sentence of each event key (see :func:`event_iri`)."""
    found: dict[str, str] = {}
    for values in _chunks(event_iri(k) for k in events):
        table = store.select_texts(
            f"PREFIX ckg: <{iris.ONTOLOGY}> SELECT ?e ?sentence WHERE "
            f"{{ VALUES ?e {{ {values} }} ?e ckg:sentenceText ?sentence }}"
        )
        for event, sentence in table.rows:
            found[event_key(str(event))] = str(sentence)
    return found


def governorates(store: Store, places: Iterable[str]) -> dict[str, str]:
    """The English label of each place's governorate (the smallest, if several)."""
    found: dict[str, str] = {}
    for values in _chunks(places):
        table = store.select_texts(
            f"PREFIX ckg: <{iris.ONTOLOGY}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            f"SELECT ?place ?label WHERE {{ VALUES ?place {{ {values} }} "
            '?place ckg:inGovernorate ?g . ?g rdfs:label ?label FILTER(LANG(?label) = "en") }'
        )
        for place, label in table.rows:
            if place is not None and label is not None:
                found[str(place)] = min(found.get(str(place), label), label)
    return found


def event_details(store: Store, events: Iterable[str]) -> dict[str, dict[str, Term | None]]:
    """Date, relation, article identifier, confidence, sentence, agent, target and location of
    each event IRI in ``events`` (as terms, keyed by the event IRI)."""
    found: dict[str, dict[str, Term | None]] = {}
    for values in _chunks(events):
        table = store.select(
            f"PREFIX ckg: <{iris.ONTOLOGY}> PREFIX dcterms: <http://purl.org/dc/terms/> "
            "SELECT ?event ?date ?rel ?docid ?confidence ?sentence ?agent ?target ?location "
            f"WHERE {{ VALUES ?event {{ {values} }} "
            "?event ckg:relation ?rel ; ckg:article ?article ; ckg:sentenceText ?sentence ; "
            "ckg:confidence ?confidence . ?article dcterms:identifier ?docid . "
            "OPTIONAL { ?event ckg:eventDate ?date } OPTIONAL { ?event ckg:agent ?agent } "
            "OPTIONAL { ?event ckg:target ?target } OPTIONAL { ?event ckg:location ?location } }"
        )
        for record in table.records():
            found[str(record["event"])] = record
    return found
