"""Minting IRIs for everything the graph names, deterministically.

The same input always yields the same IRI, so re-ingesting an article rewrites identical triples
and changes nothing. Reference entities use their gazetteer id; discovered entities a digest of
their normalised name; events a digest of what they assert and where the evidence is.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

BASE = "https://w3id.org/conflict-kg/"
ONTOLOGY = BASE + "ontology#"
ONTOLOGY_GRAPH = BASE + "graph/ontology"
GAZETTEER_GRAPH = BASE + "graph/gazetteer"
META_GRAPH = BASE + "graph/meta"
ARTICLE_GRAPH_PREFIX = BASE + "graph/article/"


def _digest(*parts: str, length: int = 16) -> str:
    joined = "\x1f".join(parts).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()[:length]


def _safe(text: str) -> str:
    return quote(text, safe="-._~")


def entity_iri(kind: str, ident: str) -> str:
    """IRI of a reference actor or place.

    >>> entity_iri("actor", "islamic-state")
    'https://w3id.org/conflict-kg/id/actor/islamic-state'
    """
    return f"{BASE}id/{kind}/{_safe(ident)}"


def discovered_iri(kind: str, normalised_name: str) -> str:
    """IRI of an entity found by a naming pattern; the same name anywhere gives the same IRI."""
    return f"{BASE}id/{kind}/new-{_digest(kind, normalised_name, length=12)}"


def article_iri(doc_id: str) -> str:
    """IRI of an article.

    >>> article_iri("sample en/01")
    'https://w3id.org/conflict-kg/id/article/sample%20en%2F01'
    """
    return f"{BASE}id/article/{_safe(doc_id)}"


def article_graph(doc_id: str) -> str:
    """The named graph holding everything extracted from one article."""
    return ARTICLE_GRAPH_PREFIX + _safe(doc_id)


def event_iri(doc_id: str, relation: str, *parts: str) -> str:
    """IRI of an event node: one per relation, arguments and evidence span in an article."""
    return f"{BASE}id/event/{_digest(doc_id, relation, *parts)}"


def mention_iri(doc_id: str, entity: str) -> str:
    """IRI of the node recording where an article names an entity."""
    return f"{BASE}id/mention/{_digest(doc_id, entity)}"


def extractor_iri(version: str) -> str:
    """IRI of the extractor release that produced an assertion."""
    return f"{BASE}id/extractor/{_safe(version)}"
