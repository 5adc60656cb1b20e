"""Resolving a name typed by a user (an IRI, a label or an alias in any language) to an IRI.

The gazetteer is searched with the same normalisation and clitic handling as ingest, so
``داعش``, ``Daech``, ``ISIS`` and ``Islamic State`` all give the same actor; entities discovered
in articles are found by their exact label in the store.
"""

from __future__ import annotations

import difflib

from rdflib import Literal, URIRef

from ingest.matcher import NameMatcher
from kg.errors import QueryError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.store import Store

_LABEL_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name ?entity WHERE {
  ?entity rdfs:label|skos:altLabel ?label .
  FILTER(LCASE(STR(?label)) = LCASE(STR(?name)))
} LIMIT 1
"""


_MATCHERS: dict[str, NameMatcher] = {}


def _matcher(gazetteer: Gazetteer) -> NameMatcher:
    if gazetteer.digest not in _MATCHERS:
        _MATCHERS[gazetteer.digest] = NameMatcher(gazetteer)
    return _MATCHERS[gazetteer.digest]


def resolve_name(
    store: Store | None, kind: str, text: str, gazetteer: Gazetteer | None = None
) -> URIRef:
    """The IRI an analyst means by ``text``; ``kind`` is actor, place or entity."""
    gazetteer = gazetteer or load_gazetteer()
    entity = _matcher(gazetteer).lookup(text)
    if entity is not None and (kind == "entity" or entity.kind == kind):
        return URIRef(entity.iri)
    if store is not None:
        hit = store.value(_LABEL_QUERY, {"name": Literal(text)})
        if isinstance(hit, URIRef):
            return hit
    pool = gazetteer.actors if kind == "actor" else gazetteer.places
    labels = [e.label("en") for e in pool.values()] if kind != "entity" else []
    close = difflib.get_close_matches(text, labels, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"no {kind} is called '{text}'{hint} (give an IRI, label or alias)")
