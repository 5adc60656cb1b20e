"""Turning extractions and the gazetteer into RDF under the ontology.

Each article becomes one named graph holding: the article node (PROV entity with its date,
language, digest), a ``ckg:mentions`` link per entity it names plus one ``ckg:mentionDetails``
JSON literal with where and how each was named (first sentence and span, count, rule, surface
forms), and for every assertion an event node (class per relation, agent, target, place,
claimant, sentence, span, rule, confidence, date) plus the direct triple ``agent relation
target`` for simple queries. Article graphs are written straight to N-Quads text
(:func:`article_nquads`), the form every ingest path stores; the gazetteer and tests use rdflib
quads (:func:`entity_quads`), which only the store converts for Oxigraph.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import TypedDict

from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import iris
from kg.gazetteer import Gazetteer
from kg.model import Entity, Extraction, Mention, Relation
from kg.store import nquads, nquads_iri, nquads_string
from kg.vocabulary import CKG

Term = URIRef | Literal
Quad = tuple[URIRef, URIRef, Term, URIRef]


class MentionDetail(TypedDict):
    """Where and how an article names one entity (a value of ``ckg:mentionDetails``)."""

    sentence: int  # the sentence of the first mention
    span: list[int]  # its character span [start, end) in the article text
    count: int  # how many times the article names the entity
    rule: str  # the rule that found the first mention: gazetteer, demonym, coref, discovery:…
    surfaces: list[str]  # every way the article writes it, sorted


GEO = Namespace("http://www.opengis.net/ont/geosparql#")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

EVENT_CLASS: dict[Relation, URIRef] = {
    Relation.ATTACKS: CKG.AttackEvent,
    Relation.CLASHES_WITH: CKG.ClashEvent,
    Relation.CONTROLS: CKG.ControlEvent,
    Relation.LOSES_CONTROL_OF: CKG.LossOfControlEvent,
    Relation.SURRENDERS_TO: CKG.SurrenderEvent,
    Relation.SUPPORTS: CKG.SupportEvent,
    Relation.ALLIED_WITH: CKG.AllianceEvent,
    Relation.BESIEGES: CKG.SiegeEvent,
}


@lru_cache(maxsize=64)
def relation_property(relation: Relation) -> URIRef:
    return URIRef(iris.ONTOLOGY + relation.value)


def type_class(type_name: str) -> URIRef:
    return URIRef(iris.ONTOLOGY + type_name)


def entity_quads(e: Entity, graph: URIRef) -> Iterable[Quad]:
    """Type, labels, aliases and links of one actor or place."""
    s = URIRef(e.iri)
    yield s, RDF.type, type_class(e.type), graph
    yield s, DCTERMS.identifier, Literal(e.ident), graph
    for lang, label in sorted(e.labels.items()):
        yield s, RDFS.label, Literal(label, lang=lang), graph
    for lang, aliases in sorted(e.aliases.items()):
        for alias in aliases:
            yield s, SKOS.altLabel, Literal(alias, lang=lang), graph
    if e.note:
        yield s, RDFS.comment, Literal(e.note, lang="en"), graph
    kind = e.kind
    for parent in e.part_of:
        prop = CKG.partOf if kind == "actor" else CKG.locatedIn
        yield s, prop, URIRef(iris.entity_iri(kind, parent)), graph
    if e.unit_of:
        yield s, CKG.unitOf, URIRef(iris.entity_iri("actor", e.unit_of)), graph
    if e.successor_of:
        yield s, CKG.successorOf, URIRef(iris.entity_iri("actor", e.successor_of)), graph
    if e.governorate:
        yield s, CKG.inGovernorate, URIRef(iris.entity_iri("place", e.governorate)), graph
    if e.lat is not None and e.lon is not None:
        yield s, WGS84.lat, Literal(Decimal(str(e.lat))), graph
        yield s, WGS84.long, Literal(Decimal(str(e.lon))), graph
        geometry = URIRef(e.iri + "/geometry")
        yield s, GEO.hasGeometry, geometry, graph
        wkt = f"POINT({e.lon} {e.lat})"
        yield geometry, GEO.asWKT, Literal(wkt, datatype=GEO.wktLiteral), graph
    if e.discovered:
        yield s, CKG.discovered, Literal(True), graph


def gazetteer_quads(gazetteer: Gazetteer) -> list[Quad]:
    graph = URIRef(iris.GAZETTEER_GRAPH)
    return [q for e in gazetteer for q in entity_quads(e, graph)]


# --- article graphs, written straight to N-Quads text ----------------------------------------
# Building rdflib terms and then serialising them cost more than extracting the article; the
# writer below emits the lines without any term objects.

GRAPH_SHAPE = "2"  # bumped when article graphs change shape, so re-ingest rewrites old graphs


def _iri(term: URIRef) -> str:
    return nquads_iri(str(term))


_TYPE = _iri(RDF.type)
_IDENTIFIER = _iri(DCTERMS.identifier)
_XSD_INTEGER = _iri(XSD.nonNegativeInteger)
_XSD_DECIMAL = _iri(XSD.decimal)
_XSD_DATE = _iri(XSD.date)
_XSD_ANY_URI = _iri(XSD.anyURI)
_RDF_JSON = _iri(RDF.JSON)
_ARTICLE_HEAD = (
    (_iri(CKG.language), "lang"),
    (_iri(CKG.contentDigest), "digest"),
    (_iri(CKG.extractorVersion), "version"),
)
_C = {name: _iri(CKG[name]) for name in CKG.__annotations__}  # every ontology term, as text
_EVENT_ROLES = ("agent", "target", "location", "agentUnit", "claimant")


@lru_cache(maxsize=4096)
def _count_text(value: int) -> str:
    return f'"{value}"^^{_XSD_INTEGER}'


def _string(value: str) -> str:
    return f'"{nquads_string(value)}"'


def article_nquads(x: Extraction, digest: str, extractor_version: str) -> bytes:
    """N-Quads of one article's named graph (shape in docs/ontology.md)."""
    a = x.article
    g = nquads_iri(iris.article_graph(a.doc_id))
    doc = nquads_iri(iris.article_iri(a.doc_id))
    extractor = nquads_iri(iris.extractor_iri(extractor_version))
    values = {"lang": x.lang, "digest": digest, "version": extractor_version}
    lines = [
        f"{doc} {_TYPE} {_C['Article']} {g} .\n",
        f"{doc} {_IDENTIFIER} {_string(a.doc_id)} {g} .\n",
        *(f"{doc} {p} {_string(values[key])} {g} .\n" for p, key in _ARTICLE_HEAD),
        f"{extractor} {_TYPE} {_C['Extractor']} {g} .\n",
    ]
    for prop, value in ((DCTERMS.title, a.title), (DCTERMS.source, a.source)):
        if value:
            lines.append(f"{doc} {_iri(prop)} {_string(value)} {g} .\n")
    if a.url:
        lines.append(f"{doc} {_iri(PROV.atLocation)} {_string(a.url)}^^{_XSD_ANY_URI} {g} .\n")
    if a.date:
        lines.append(f'{doc} {_iri(DCTERMS.date)} "{a.date.isoformat()}"^^{_XSD_DATE} {g} .\n')
    _mention_lines(x, doc, g, lines)
    _event_lines(x, doc, extractor, g, lines)
    return "".join(lines).encode("utf-8")


def _mention_lines(x: Extraction, doc: str, g: str, lines: list[str]) -> None:
    """One ``ckg:mentions`` link per entity, and one JSON literal for all their details: a node
    of ten quads per entity was most of an article's quads and most of the time to store it."""
    by_entity: dict[str, list[Mention]] = {}
    for m in x.mentions:
        by_entity.setdefault(m.entity.iri, []).append(m)
    if not by_entity:
        return
    graph = URIRef(iris.article_graph(x.article.doc_id))
    details: dict[str, MentionDetail] = {}
    for entity_iri, mentions in by_entity.items():
        first = mentions[0]
        lines.append(f"{doc} {_C['mentions']} {nquads_iri(entity_iri)} {g} .\n")
        details[entity_iri] = {
            "sentence": first.sentence,
            "span": [first.start, first.end],
            "count": len(mentions),
            "rule": first.rule,
            "surfaces": sorted({m.surface for m in mentions}),
        }
        if first.entity.discovered:  # rare: the discovered entity's own description
            lines.append(nquads(entity_quads(first.entity, graph)).decode("utf-8"))
    text = json.dumps(details, ensure_ascii=False, separators=(",", ":"))
    lines.append(f"{doc} {_C['mentionDetails']} {_string(text)}^^{_RDF_JSON} {g} .\n")


def _event_lines(x: Extraction, doc: str, extractor: str, g: str, lines: list[str]) -> None:
    when = f'"{x.article.date.isoformat()}"^^{_XSD_DATE}' if x.article.date else None
    for a in x.assertions:
        ev = a.evidence
        parts = (
            a.agent.iri if a.agent else a.agent_description or "",
            a.target.iri if a.target else "",
            str(ev.sentence),
            str(ev.start),
            str(ev.end),
        )
        node = nquads_iri(iris.event_iri(x.article.doc_id, a.relation.value, *parts))
        prop = _C[a.relation.value]
        confidence = format(Decimal(str(ev.confidence)), "f")
        lines += (
            f"{node} {_TYPE} {_iri(EVENT_CLASS[a.relation])} {g} .\n",
            f"{node} {_C['relation']} {prop} {g} .\n",
            f"{node} {_C['article']} {doc} {g} .\n",
            f"{node} {_C['sentenceIndex']} {_count_text(ev.sentence)} {g} .\n",
            f"{node} {_C['sentenceText']} {_string(ev.sentence_text)} {g} .\n",
            f"{node} {_C['spanStart']} {_count_text(ev.start)} {g} .\n",
            f"{node} {_C['spanEnd']} {_count_text(ev.end)} {g} .\n",
            f"{node} {_C['rule']} {_string(ev.rule)} {g} .\n",
            f'{node} {_C["confidence"]} "{confidence}"^^{_XSD_DECIMAL} {g} .\n',
            f"{node} {_C['extractedBy']} {extractor} {g} .\n",
        )
        for role, entity in zip(
            _EVENT_ROLES, (a.agent, a.target, a.place, a.agent_unit, a.claimant), strict=True
        ):
            if entity is not None:
                lines.append(f"{node} {_C[role]} {nquads_iri(entity.iri)} {g} .\n")
        if a.agent_description:
            lines.append(f"{node} {_C['agentDescription']} {_string(a.agent_description)} {g} .\n")
        if when is not None:
            lines.append(f"{node} {_C['eventDate']} {when} {g} .\n")
        if a.agent is not None and a.target is not None:
            agent, target = nquads_iri(a.agent.iri), nquads_iri(a.target.iri)
            lines.append(f"{agent} {prop} {target} {g} .\n")
