"""Link records: who is allied with or hostile to whom, article by article, in one literal.

Part of the summary graph (``kg/summaries.py`` calls :func:`link_quads` when it rebuilds and
:func:`refresh_links` when it refreshes). For every pair of entities A <= B (by IRI)
named as agent and target of an alliance event (``supports``, ``alliedWith``) or a hostility
event (``attacks``, ``clashesWith``), in either direction, one literal lists the pair's
evidence, and both ends carry it (ingest never names one entity as both agent and target,
but a graph written by other means may: such a pair is one record, A A, that the queries which
exclude it skip)::

    <A> ckg:allianceRecord "A B [[date, docid, a_is_agent, event, relation], ...]" .
    <B> ckg:allianceRecord "A B [[date, docid, a_is_agent, event, relation], ...]" .

(``ckg:hostilityRecord`` likewise.) One entry per (date, article, direction, relation) with
its smallest event (the IRI without the ``id/event/`` prefix) and the relation as one letter
(``s`` supports, ``w`` alliedWith, ``a`` attacks, ``c`` clashesWith); the date is "" when
the event has none. The subject is the entity itself, so "every link of X" is one index
look-up on a substituted ``?actor`` (Oxigraph's planner cannot know a substituted variable is
bound, so a join on it would scan) and "every link" is one scan of a single predicate. The
windowed and two-hop queries (alliance-blocs, co-belligerence, common-enemies,
enemy-of-my-enemy, support-network) count distinct articles across links from these entries
in Python (:mod:`kg.link_queries`).
:func:`records_of` reads the records of entities found at query time (the IRIs come from the
store and are written with :func:`kg.store.sparql_term`, never from user text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef

from kg import iris
from kg.hostility_tallies import tally_text
from kg.lookups import event_key
from kg.rdf import Quad
from kg.store import Store, insert_data_text, sparql_term
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
ALLIANCE = (iris.ONTOLOGY + "supports", iris.ONTOLOGY + "alliedWith")
HOSTILITY = (iris.ONTOLOGY + "attacks", iris.ONTOLOGY + "clashesWith")
Pair = tuple[str, str, str]  # record predicate IRI, entity A, entity B (A <= B)
# [date or "", article identifier, 1 if A is the agent, event key, relation code], from JSON
Entry = list[Any]
RELATION_CODES = dict(zip((*ALLIANCE, *HOSTILITY), "swac", strict=True))
_CHUNK = 400
_LOOKUP_CHUNK = 2000  # IRIs per look-up


_FAMILIES = "ckg:supports, ckg:alliedWith, ckg:attacks, ckg:clashesWith"


def _events_query(values: str) -> str:
    """Alliance and hostility events naming two entities: every one, or those of the pairs in
    ``values`` (a ``VALUES (?agent ?target)`` block). With pairs, the relations are a FILTER:
    a ``VALUES`` of relations made Oxigraph start from every event of the four relations (41 s
    for 50 pairs at 10M)."""
    relations = (
        f"FILTER(?rel IN ({_FAMILIES}))"
        if values
        else f"VALUES ?rel {{ {_FAMILIES.replace(',', '')} }}"
    )
    return f"""PREFIX ckg: <{iris.ONTOLOGY}> PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?rel ?agent ?target ?d ?docid ?e WHERE {{ {values}
  ?e ckg:agent ?agent ; ckg:target ?target ; ckg:relation ?rel ; ckg:article ?article ;
     ckg:sentenceText ?sentence .
  {relations}
  ?article dcterms:identifier ?docid .
  OPTIONAL {{ ?e ckg:eventDate ?d }} }}"""


def record_predicate(relation: str) -> URIRef | None:
    """The record property a relation feeds, or None when it feeds none."""
    if relation in ALLIANCE:
        return CKG.allianceRecord
    if relation in HOSTILITY:
        return CKG.hostilityRecord
    return None


def pairs_of_edges(edges: Iterable[tuple[str, str, str]]) -> set[Pair]:
    """The link records that edge keys (relation, agent, target) feed."""
    pairs: set[Pair] = set()
    for relation, agent, target in edges:
        predicate = record_predicate(relation)
        if predicate is not None:
            pairs.add((str(predicate), min(agent, target), max(agent, target)))
    return pairs


def link_quads(store: Store, pairs: Sequence[Pair] | None) -> Iterator[Quad]:
    """The record quads of ``pairs``, or of every pair when None."""
    if pairs is None:
        yield from _every_link(store)
        return
    if not pairs:
        return
    # both orientations of each pair: Oxigraph starts from these rows and looks each up by
    # agent and target (restricting by agent alone read every event of the agents touched)
    ends = sorted({(x, y) for _, a, b in pairs or () for x, y in ((a, b), (b, a))})
    rows = " ".join(f"({sparql_term(URIRef(x))} {sparql_term(URIRef(y))})" for x, y in ends)
    table = store.select_texts(_events_query(f"VALUES (?agent ?target) {{ {rows} }}"))
    entries: dict[Pair, dict[tuple[str, str, int, str], str]] = {}
    _collect(table.rows, entries, set(pairs))
    for pair, by_key in sorted(entries.items()):
        yield from _record_quads(pair, _listed(by_key))


ENTITY_BATCH = 8  # entities per pair of queries in a rebuild (bounds its memory)
_ENDS = f"""PREFIX ckg: <{iris.ONTOLOGY}> SELECT DISTINCT ?x WHERE {{
  VALUES ?rel {{ {_FAMILIES.replace(",", "")} }}
  {{ ?e ckg:relation ?rel ; ckg:agent ?x }} UNION {{ ?e ckg:relation ?rel ; ckg:target ?x }} }}"""


def _every_link(store: Store) -> Iterator[Quad]:
    """Every record, a few entities at a time: the records whose smaller end is in the batch,
    from the events naming one of them as agent or as target (so each is complete)."""
    ends = sorted(str(row[0]) for row in store.select_texts(_ENDS).rows)
    for start in range(0, len(ends), ENTITY_BATCH):
        batch = ends[start : start + ENTITY_BATCH]
        values = _iris(batch)
        entries: dict[Pair, dict[tuple[str, str, int, str], str]] = {}
        for column in ("agent", "target"):
            rows = store.select_texts(_events_query(f"VALUES ?{column} {{ {values} }}")).rows
            _collect(rows, entries, None)
        smaller = set(batch)
        for pair, by_key in sorted(entries.items()):
            if pair[1] in smaller:
                yield from _record_quads(pair, _listed(by_key))


_GRAPH_EVENTS = f"""PREFIX ckg: <{iris.ONTOLOGY}> PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?rel ?agent ?target ?d ?docid ?e WHERE {{ GRAPH #GRAPH# {{
  ?e ckg:agent ?agent ; ckg:target ?target ; ckg:relation ?rel ; ckg:article ?article ;
     ckg:sentenceText ?sentence .
  FILTER(?rel IN ({_FAMILIES}))
  ?article dcterms:identifier ?docid .
  OPTIONAL {{ ?e ckg:eventDate ?d }} }} }}"""  # one article graph, its IRI written in: with
# several graphs in a VALUES, Oxigraph read every alliance and hostility event (1.5 s for 50
# graphs at 1M against 0.4 ms a graph)

_EntryKey = tuple[str, str, int, str]  # date, article identifier, 1 if A is the agent, code


def _collect(
    rows: Iterable[Sequence[str | None]],
    entries: dict[Pair, dict[_EntryKey, str]],
    wanted: set[Pair] | None,
) -> None:
    """Group event rows read as text (rel, agent, target, date, docid, event: IRIs and lexical
    forms, ``Store.select_texts``) into entries, keeping each entry's smallest event."""
    for rel, agent, target, when, docid, event in rows:
        kind = record_predicate(str(rel))
        a, b = sorted((str(agent), str(target)))
        pair = (str(kind), a, b)
        if kind is None or (wanted is not None and pair not in wanted):
            continue
        key = (when or "", str(docid), int(agent == a), RELATION_CODES[str(rel)])
        found = entries.setdefault(pair, {})
        found[key] = min(found.get(key, str(event)), str(event))


def _listed(by_key: dict[_EntryKey, str]) -> list[Entry]:
    return sorted([*key[:3], event_key(event), key[3]] for key, event in by_key.items())


def _record_quads(pair: Pair, entries: list[Entry]) -> Iterator[Quad]:
    property_iri, a, b = pair
    text = Literal(f"{a} {b} {json.dumps(entries, ensure_ascii=False, separators=(',', ':'))}")
    g = URIRef(SUMMARY_GRAPH)
    yield URIRef(a), URIRef(property_iri), text, g
    yield URIRef(b), URIRef(property_iri), text, g
    tally = tally_text(a, b, entries) if property_iri == str(CKG.hostilityRecord) else None
    if tally is not None:  # what co-belligerence reads of the record (kg/hostility_tallies.py)
        yield URIRef(a), CKG.hostilityTally, Literal(tally), g


def refresh_links(
    store: Store,
    edges: Iterable[tuple[str, str, str]],
    graphs: Iterable[str] = (),
    documents: Iterable[str] | None = None,
) -> None:
    """Bring the records the edge keys feed up to date, one update per chunk of pairs.

    With ``documents`` (the identifiers of every article written, replaced or deleted) the
    refresh is incremental: an entry names its article, and an article's entries come from its
    own graph, so each touched record drops the entries of those articles and takes the ones
    read from ``graphs`` (their graphs as stored now, one graph per query). The cost follows
    the articles, not the store. Without ``documents`` the pairs are recomputed from every
    event (the slower path, kept for callers that only know keys).
    """
    if documents is None:
        pairs = sorted(pairs_of_edges(edges))
        for start in range(0, len(pairs), _CHUNK):
            chunk = pairs[start : start + _CHUNK]
            store.update(_replace_update(chunk, list(link_quads(store, chunk))))
        return
    gone = set(documents)
    fresh: dict[Pair, dict[tuple[str, str, int, str], str]] = {}
    for graph in sorted(set(graphs)):
        query = _GRAPH_EVENTS.replace("#GRAPH#", sparql_term(URIRef(graph)))
        _collect(store.select_texts(query).rows, fresh, None)
    pairs = sorted(pairs_of_edges(edges) | set(fresh))
    for start in range(0, len(pairs), _CHUNK):
        chunk = pairs[start : start + _CHUNK]
        kept = {record_key(r): r for r in _stored_records(store, chunk)}
        quads: list[Quad] = []
        for pair in chunk:
            old = kept.get(pair)
            entries = [e for e in (old.entries if old else []) if e[1] not in gone]
            entries += _listed(fresh.get(pair, {}))
            if entries:
                quads.extend(_record_quads(pair, sorted(entries)))
        store.update(_replace_update(chunk, quads))


def record_key(record: Record) -> Pair:
    """The pair a parsed record belongs to (its predicate is not in the literal: see
    :func:`_stored_records`, which reads one predicate per pass)."""
    return (record.predicate, record.a, record.b)


def _stored_records(store: Store, pairs: Sequence[Pair]) -> list[Record]:
    """The stored records of ``pairs`` (read at their first end, by their ``"A B "`` prefix)."""
    g = sparql_term(URIRef(SUMMARY_GRAPH))
    rows = " ".join(
        f"({sparql_term(URIRef(a))} {sparql_term(URIRef(p))} {sparql_term(Literal(f'{a} {b} '))})"
        for p, a, b in pairs
    )
    table = store.select_texts(
        f"SELECT ?p ?record WHERE {{ VALUES (?end ?p ?prefix) {{ {rows} }} "
        f"GRAPH {g} {{ ?end ?p ?record }} FILTER(STRSTARTS(?record, ?prefix)) }}"
    )
    found = []
    for predicate, text in table.rows:
        record = parse_record(str(text))
        found.append(Record(record.a, record.b, record.entries, str(predicate)))
    return found


def _replace_update(pairs: Sequence[Pair], quads: Sequence[Quad]) -> str:
    """One update: delete the old records of these pairs (at both ends), insert the new ones."""
    g = sparql_term(URIRef(SUMMARY_GRAPH))
    rows = " ".join(
        f"({sparql_term(URIRef(end))} {sparql_term(URIRef(p))} {sparql_term(Literal(f'{a} {b} '))})"
        for p, a, b in pairs
        for end in (a, b)
    )
    rows += "".join(  # and the hostility tallies, at the first end
        f" ({sparql_term(URIRef(a))} {sparql_term(CKG.hostilityTally)} "
        f"{sparql_term(Literal(f'{a} {b} '))})"
        for p, a, b in pairs
        if p == str(CKG.hostilityRecord)
    )
    parts = [
        f"DELETE {{ GRAPH {g} {{ ?end ?p ?record }} }} WHERE {{ VALUES (?end ?p ?prefix) "
        f"{{ {rows} }} GRAPH {g} {{ ?end ?p ?record }} FILTER(STRSTARTS(?record, ?prefix)) }}"
    ]
    if quads:
        parts.append(insert_data_text(SUMMARY_GRAPH, quads))
    return " ;\n".join(parts)


def _iris(terms: Iterable[str]) -> str:
    return " ".join(sparql_term(URIRef(t)) for t in terms)


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One pair's evidence: ``a`` < ``b`` by IRI, entries sorted."""

    a: str
    b: str
    entries: list[Entry]
    predicate: str = ""  # the record property, when the reader knows it

    def other(self, end: str) -> str:
        return self.b if end == self.a else self.a


def parse_record(text: str) -> Record:
    a, b, listed = text.split(" ", 2)
    return Record(a, b, json.loads(listed))


def parse_records(texts: Iterable[str]) -> list[Record]:
    """Each distinct record once (both ends carry the same literal)."""
    return [parse_record(t) for t in sorted(set(texts))]


def records_of(store: Store, entities: Iterable[str], predicate: URIRef) -> list[Record]:
    """The records of ``predicate`` at any of ``entities``."""
    wanted = sorted(set(entities))
    texts: list[str] = []
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        values = _iris(wanted[start : start + _LOOKUP_CHUNK])
        g = sparql_term(URIRef(SUMMARY_GRAPH))
        table = store.select_texts(
            f"SELECT ?record WHERE {{ VALUES ?end {{ {values} }} "
            f"GRAPH {g} {{ ?end {sparql_term(predicate)} ?record }} }}"
        )
        texts.extend(str(row[0]) for row in table.rows)
    return parse_records(texts)
