"""Exports: relations, mentions and events as JSON Lines or CSV; the actor network as GraphML
and GEXF (with time intervals for Gephi's timeline).

The relation and mention records are the evaluation contract: exactly the fields the scorer
reads (``doc``, ``relation``, ``subject``/``object`` with ``iri`` and all ``labels``; ``entity``
for mentions) plus the evidence (sentence, span, rule, confidence, date). Everything is read
back from the store, so an export shows what the graph holds, not what one run produced.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import networkx as nx
from rdflib import URIRef

from kg.store import Store, Term

PREFIXES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_LABELS = (
    PREFIXES
    + """
SELECT ?e ?l ?alias WHERE {
  { ?e rdfs:label ?l BIND(false AS ?alias) } UNION { ?e skos:altLabel ?l BIND(true AS ?alias) }
}"""
)
_TYPES = PREFIXES + "SELECT ?e ?t WHERE { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(ckg:))) }"
_EVENTS = (
    PREFIXES
    + """
SELECT ?event ?doc ?cls ?rel ?agent ?target ?place ?unit ?claimant ?description ?sentence
       ?text ?start ?end ?rule ?confidence ?date
WHERE {
  ?event ckg:relation ?rel ; a ?cls ; ckg:article ?article ; ckg:sentenceIndex ?sentence ;
         ckg:sentenceText ?text ; ckg:spanStart ?start ; ckg:spanEnd ?end ; ckg:rule ?rule ;
         ckg:confidence ?confidence .
  ?cls ckg:eventOf ?rel .
  ?article dcterms:identifier ?doc .
  OPTIONAL { ?event ckg:agent ?agent }
  OPTIONAL { ?event ckg:target ?target }
  OPTIONAL { ?event ckg:location ?place }
  OPTIONAL { ?event ckg:agentUnit ?unit }
  OPTIONAL { ?event ckg:claimant ?claimant }
  OPTIONAL { ?event ckg:agentDescription ?description }
  OPTIONAL { ?event ckg:eventDate ?date }
}
ORDER BY ?doc ?sentence ?start ?rel
"""
)
_MENTIONS = (
    PREFIXES
    + """
SELECT ?doc ?details WHERE {
  ?article ckg:mentionDetails ?details ; dcterms:identifier ?doc .
}
ORDER BY ?doc
"""
)


def _py(term: Term | None) -> Any:
    if term is None:
        return None
    value = term.toPython() if hasattr(term, "toPython") else str(term)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _local(iri: Term | None) -> str | None:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri is not None else None


class _Entities:
    """Labels and types of every entity, read once per export."""

    def __init__(self, store: Store):
        ranked: dict[str, list[tuple[tuple[bool, bool, str], str]]] = defaultdict(list)
        for e, label, alias in store.select(_LABELS).rows:
            if label is None:
                continue
            lang = getattr(label, "language", None) or ""
            # English preferred label first, then other preferred labels, then aliases.
            ranked[str(e)].append(((_py(alias) is True, lang != "en", lang), str(label)))
        self.labels: dict[str, list[str]] = {}
        for key, items in ranked.items():
            ordered = [label for _, label in sorted(items)]
            self.labels[key] = list(dict.fromkeys(ordered))
        self.types: dict[str, str] = {}
        for e, t in store.select(_TYPES).rows:
            self.types[str(e)] = _local(t) or ""

    def record(self, iri: Term | None) -> dict[str, Any] | None:
        if iri is None:
            return None
        return {
            "iri": str(iri),
            "labels": self.labels.get(str(iri), []),
            "type": self.types.get(str(iri)),
        }

    def label(self, iri: Term | None) -> str | None:
        labels = self.labels.get(str(iri)) if iri is not None else None
        return labels[0] if labels else None


def event_records(store: Store, *, min_confidence: float = 0.0) -> Iterator[dict[str, Any]]:
    """One record per event, including events whose agent is unnamed."""
    entities = _Entities(store)
    for row in store.select(_EVENTS).records():
        confidence = float(_py(row["confidence"]))
        if confidence < min_confidence:
            continue
        yield {
            "doc": _py(row["doc"]),
            "event": str(row["event"]),
            "relation": _local(row["rel"]),
            "event_class": _local(row["cls"]),
            "agent": entities.record(row["agent"]),
            "agent_unit": entities.record(row["unit"]),
            "agent_description": _py(row["description"]),
            "target": entities.record(row["target"]),
            "place": entities.record(row["place"]),
            "claimant": entities.record(row["claimant"]),
            "sentence": _py(row["sentence"]),
            "sentence_text": _py(row["text"]),
            "span": [_py(row["start"]), _py(row["end"])],
            "rule": _py(row["rule"]),
            "confidence": confidence,
            "date": _py(row["date"]),
        }


def relation_records(store: Store, *, min_confidence: float = 0.0) -> Iterator[dict[str, Any]]:
    """One record per event with a named subject and object (the scorer's input)."""
    for ev in event_records(store, min_confidence=min_confidence):
        if ev["agent"] is None or ev["target"] is None:
            continue
        yield {
            "doc": ev["doc"],
            "relation": ev["relation"],
            "subject": ev["agent"],
            "object": ev["target"],
            "place": ev["place"],
            "claimant": ev["claimant"],
            "sentence": ev["sentence"],
            "sentence_text": ev["sentence_text"],
            "span": ev["span"],
            "rule": ev["rule"],
            "confidence": ev["confidence"],
            "date": ev["date"],
            "event": ev["event"],
        }


def mention_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per (article, entity): first span, surfaces, count."""
    entities = _Entities(store)
    for doc, details in store.select(_MENTIONS).rows:
        named: dict[str, Any] = json.loads(str(details))
        for iri, detail in sorted(named.items(), key=lambda item: item[1]["span"][0]):
            yield {
                "doc": _py(doc),
                "entity": entities.record(URIRef(iri)),
                "surfaces": detail["surfaces"],
                "sentence": detail["sentence"],
                "span": detail["span"],
                "count": detail["count"],
                "rule": detail["rule"],
            }


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _flat(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("iri")
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return value


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """CSV with nested entities flattened to their IRI plus a ``*_label`` column."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for record in records:
        flat: dict[str, Any] = {}
        for key, value in record.items():
            flat[key] = _flat(value)
            if isinstance(value, dict):
                labels = value.get("labels") or []
                flat[f"{key}_label"] = labels[0] if labels else ""
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        n += 1
    return n


_DETAILS = (
    PREFIXES
    + """
PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?e ?p ?v WHERE {
  VALUES ?p { rdfs:label ckg:inGovernorate wgs84:lat wgs84:long }
  ?e ?p ?v .
}"""
)


def entity_details(store: Store) -> dict[str, dict[str, Any]]:
    """Per entity IRI: ``label_en/fr/ar``, ``governorate`` (IRI), ``lat`` and ``lon`` if known."""
    details: dict[str, dict[str, Any]] = defaultdict(dict)
    for e, p, v in store.select(_DETAILS).rows:
        prop, record = _local(p), details[str(e)]
        if prop == "label":
            lang = getattr(v, "language", None)
            if lang in ("en", "fr", "ar"):
                record.setdefault(f"label_{lang}", str(v))
        elif prop == "inGovernorate":
            record["governorate"] = str(v)
        elif prop in ("lat", "long"):
            record["lat" if prop == "lat" else "lon"] = float(_py(v))
    return details


def _in_window(day: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not day:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def actor_network(
    store: Store,
    *,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """Directed multigraph: one edge per (agent, relation, target), weight = supporting articles.

    ``relations`` keeps only those relation names (``supports``, ``attacks``...); ``since`` and
    ``until`` (YYYY-MM-DD, inclusive) keep dated events in that window. Nodes carry ``label``
    and ``name`` (Gephi, Cytoscape), ``label_en/fr/ar``, ``type``, ``governorate`` and, for
    places with coordinates, ``lat`` and ``lon``; edges carry ``relation`` (= ``interaction``),
    ``weight``, ``articles``, ``first_date``, ``last_date`` and the highest ``confidence``.
    Every value is a string, number or boolean, so GraphML and GEXF can hold them.
    """
    keep = set(relations) if relations is not None else None
    details = entity_details(store)
    graph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ev in relation_records(store, min_confidence=min_confidence):
        if keep is not None and ev["relation"] not in keep:
            continue
        if not _in_window(ev["date"], since, until):
            continue
        s, o = ev["subject"], ev["object"]
        for node in (s, o):
            if node["iri"] not in graph:
                graph.add_node(node["iri"], **_node_attributes(node, details))
        key = (s["iri"], ev["relation"], o["iri"])
        edge = edges.setdefault(key, {"docs": set(), "dates": [], "confidence": 0.0})
        edge["docs"].add(ev["doc"])
        if ev["date"]:
            edge["dates"].append(ev["date"])
        edge["confidence"] = max(edge["confidence"], ev["confidence"])
    for (s_iri, relation, o_iri), e in edges.items():
        graph.add_edge(
            s_iri,
            o_iri,
            key=relation,
            relation=relation,
            interaction=relation,
            weight=len(e["docs"]),
            articles="|".join(sorted(e["docs"])),
            first_date=min(e["dates"]) if e["dates"] else "",
            last_date=max(e["dates"]) if e["dates"] else "",
            confidence=round(e["confidence"], 3),
        )
    return graph


def _node_attributes(node: dict[str, Any], details: dict[str, dict[str, Any]]) -> dict[str, Any]:
    labels = node["labels"]
    extra = details.get(node["iri"], {})
    governorate = extra.get("governorate")
    attributes: dict[str, Any] = {
        "label": labels[0] if labels else node["iri"],
        "name": labels[0] if labels else node["iri"],
        "type": node["type"] or "",
        "labels": "|".join(labels),
        "label_en": extra.get("label_en", ""),
        "label_fr": extra.get("label_fr", ""),
        "label_ar": extra.get("label_ar", ""),
        "governorate": governorate or "",
        "governorate_label": details.get(governorate, {}).get("label_en", "")
        if governorate
        else "",
    }
    if "lat" in extra and "lon" in extra:
        attributes["lat"], attributes["lon"] = extra["lat"], extra["lon"]
    return attributes


def write_graphml(graph: nx.MultiDiGraph, path: str) -> None:
    nx.write_graphml(graph, path)


def timeline_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with GEXF time intervals: edges live from their first to their last date, nodes
    from their first edge on, so Gephi's timeline replays the war. Undated edges get none."""
    timed = graph.copy()
    for u, v, key, data in timed.edges(keys=True, data=True):
        data["id"] = f"{u} {key} {v}"  # a stable edge id, read back as it was written
        if data.get("first_date"):
            data["start"], data["end"] = data["first_date"], data["last_date"]
    for node in timed.nodes:
        starts = [d["start"] for *_, d in timed.edges(node, data=True) if "start" in d]
        starts += [d["start"] for *_, d in timed.in_edges(node, data=True) if "start" in d]
        if starts:
            timed.nodes[node]["start"] = min(starts)
    return timed


def write_gexf(graph: nx.MultiDiGraph, path: str) -> None:
    """GEXF 1.2 with time intervals (see :func:`timeline_graph`)."""
    nx.write_gexf(timeline_graph(graph), path)
