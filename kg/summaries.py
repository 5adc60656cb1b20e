"""Precomputed summaries in their own named graph, kept in step with the article graphs.

The kinds of node in ``graph/summary`` (shape documented in docs/performance.md), each built
by its own module:

- an ``ckg:EdgeSummary`` per (relation, agent, target) asserted by any article: how many
  articles and events assert it, and the first and last event dates (:mod:`kg.summary_edges`);
- ``ckg:ControlInterval`` nodes per place: runs of dates during which the latest control
  evidence names the same actors with the same status (:mod:`kg.summary_intervals`);
- monthly activity nodes (attacks and clashes per month, per actor and per place)
  (:mod:`kg.summary_activity`);
- a ``ckg:ControlHistory`` per place: its dated control, loss and siege claims as text
  (:mod:`kg.summary_control`, read by the control queries);
- link records: one literal per pair of allied or hostile entities (:mod:`kg.summary_links`).

Each node keeps its earliest report as evidence (``ckg:exampleEvent``, with the sentence and
article identifier copied, so queries need not join the article graphs).

Ingest tells :func:`refresh` which keys and articles a run touched (:class:`Keys`, before and
after its writes). Articles written for the first time are folded into the stored summaries
from their own graphs; link records drop and re-read the entries of every article touched;
what a replaced or deleted article fed, and the control summaries of the places touched, are
recomputed from the events of their keys. The maintained graph equals what :func:`rebuild`
computes from everything, which it does a few keys at a time so its memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg import iris
from kg.model import Extraction, Relation
from kg.rdf import Quad
from kg.store import Store, delete_nodes_text, insert_data_text, nquads, sparql_term
from kg.summary_activity import (
    ActivityKey,
    activity_keys_of_graph,
    activity_quads,
    merged_activity,
    months_in_graph,
    recomputed_activity,
)
from kg.summary_control import history_node, history_quads, places_in_graph, places_of_extraction
from kg.summary_edges import (
    EdgeKey,
    count,
    edge_node,
    edge_summaries,
    evidence_of,
    merged_edge_summaries,
)
from kg.summary_intervals import CONTROL_NODE_PREFIX, interval_changes, interval_quads
from kg.summary_intervals import control_intervals as control_intervals  # re-exported
from kg.summary_links import link_quads, refresh_links
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
CONTROL_RELATIONS = (Relation.CONTROLS.value, Relation.LOSES_CONTROL_OF.value)
_CHUNK = 400  # keys per query: keeps each SPARQL text small
_WRITE_CHUNK = 50_000  # quads per transaction when rebuilding (bounds its memory)
_REBUILD_ABOVE = 20_000  # touched edges beyond which a full rebuild beats per-key updates


@dataclass
class Keys:
    """The summary entries an ingest, replacement or deletion may have changed, and the
    articles it wrote (``articles``: graph IRIs) or whose stored version it read before
    replacing or dropping it (``rewritten``), with their identifiers (``documents``)."""

    edges: set[EdgeKey] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    months: set[str] = field(default_factory=set)  # YYYY-MM of attacks and clashes
    articles: set[str] = field(default_factory=set)
    rewritten: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    activity: set[ActivityKey] = field(default_factory=set)  # nodes old versions fed

    def add(self, other: Keys) -> None:
        self.edges |= other.edges
        self.places |= other.places
        self.months |= other.months
        self.articles |= other.articles
        self.rewritten |= other.rewritten
        self.documents |= other.documents
        self.activity |= other.activity

    def __bool__(self) -> bool:
        return bool(self.edges or self.places or self.months or self.articles or self.rewritten)

    def first_written(self) -> list[str]:
        """The graphs of articles no summary counts yet, when every touched article is one
        (then each summary can take them in without reading any other article); else none."""
        return [] if self.rewritten else sorted(self.articles)


def keys_of_extraction(x: Extraction) -> Keys:
    """The keys an extraction's events feed (only events naming both agent and target)."""
    keys = Keys(articles={iris.article_graph(x.article.doc_id)}, documents={x.article.doc_id})
    for a in x.assertions:
        if x.article.date is not None and a.relation in (Relation.ATTACKS, Relation.CLASHES_WITH):
            keys.months.add(x.article.date.isoformat()[:7])
        if a.agent is None or a.target is None:
            continue
        keys.edges.add((iris.ONTOLOGY + a.relation.value, a.agent.iri, a.target.iri))
        if a.relation.value in CONTROL_RELATIONS:
            keys.places.add(a.target.iri)
    keys.places |= places_of_extraction(x)  # control histories, sieges and agentless claims too
    return keys


def keys_in_graph(store: Store, graph: str) -> Keys:
    """The keys the events stored in ``graph`` feed (read before replacing or dropping it)."""
    g = sparql_term(URIRef(graph))
    table = store.select_texts(
        f"""SELECT DISTINCT ?rel ?agent ?target WHERE {{ GRAPH {g} {{
              ?e {sparql_term(CKG.relation)} ?rel ; {sparql_term(CKG.agent)} ?agent ;
                 {sparql_term(CKG.target)} ?target . }} }}"""
    )
    keys = Keys(rewritten={graph})
    control = {iris.ONTOLOGY + r for r in CONTROL_RELATIONS}
    for rel, agent, target in table.rows:
        keys.edges.add((str(rel), str(agent), str(target)))
        if str(rel) in control:
            keys.places.add(str(target))
    keys.months = months_in_graph(store, graph)
    keys.activity = activity_keys_of_graph(store, graph)
    keys.places |= places_in_graph(store, graph)
    identifiers = store.select_texts(
        f"SELECT ?id WHERE {{ GRAPH {g} {{ ?a a {sparql_term(CKG.Article)} ; "
        f"<http://purl.org/dc/terms/identifier> ?id }} }}"
    )
    keys.documents = {str(row[0]) for row in identifiers.rows}
    return keys


# 2: evidence, monthly activity; 3: link records and control histories; 4: hostility tallies.
# Bump when it changes
SHAPE = 4
_SHAPE_QUERY = (
    f"PREFIX ckg: <{iris.ONTOLOGY}> SELECT ?shape WHERE {{ GRAPH <{SUMMARY_GRAPH}> "
    f"{{ <{SUMMARY_GRAPH}> ckg:summaryShape ?shape }} }}"
)
ANY_SUMMARY = f"SELECT ?s WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1"
# A rebuild drops the old graph 50,000 quads per transaction: one DROP of the 1M store's
# 950,000 summary quads took 94 s and 1.4 GB (the transaction holds every deletion), in
# chunks 51 s and 0.7 GB.
_DROP_SOME = (
    f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ {{ SELECT ?s ?p ?o WHERE "
    f"{{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 50000 }} }}"
)


def outdated(store: Store) -> bool:
    """True when the store's summary graph was written in an older shape than the canned
    queries read: they would answer empty or wrong until ``kg summarise`` rebuilds it."""
    shape = store.value(_SHAPE_QUERY)
    if shape is not None:
        return str(shape) != str(SHAPE)
    return store.value(ANY_SUMMARY) is not None


def _mark_shape(store: Store) -> None:
    g = URIRef(SUMMARY_GRAPH)
    store.insert_nquads(nquads([(g, CKG.summaryShape, count(SHAPE), g)]))


def refresh(store: Store, keys: Keys) -> None:
    """Bring the summaries ``keys`` touched up to date.

    Articles written for the first time are folded into the stored summaries from their own
    graphs (edge summaries, monthly activity, link records): the cost follows the articles,
    not the store. Link records drop and re-read the entries of every article touched, also
    after a replacement or deletion. What cannot be folded in (a summary an article replaced
    or deleted fed, control intervals and histories) is recomputed from the events of its key,
    one place per query for the control summaries. Each step is one atomic update.
    """
    if len(keys.edges) > _REBUILD_ABOVE:
        rebuild(store)  # most of the graph changed (a bulk load): one pass is far cheaper
        return
    if store.value(ANY_SUMMARY) is None:
        _mark_shape(store)  # a new store's first summaries are of the current shape
    new = keys.first_written()
    folded: set[EdgeKey] = set()
    for start in range(0, len(new), _CHUNK):
        merged, quads = merged_edge_summaries(store, new[start : start + _CHUNK])
        store.update(_replace_update(sorted(merged), [], quads))
        folded |= merged
    edges, places = sorted(keys.edges - folded), sorted(keys.places)
    for start in range(0, max(len(edges), len(places)), _CHUNK):
        edge_chunk, place_chunk = edges[start : start + _CHUNK], places[start : start + _CHUNK]
        quads = [*edge_summaries(store, edge_chunk), *history_quads(store, place_chunk)]
        stale, added = interval_changes(store, place_chunk)
        store.update(_replace_update(edge_chunk, place_chunk, quads, (stale, added)))
    touched = keys.articles | keys.rewritten
    refresh_links(store, keys.edges, touched, keys.documents if touched else None)
    for start in range(0, len(new), _CHUNK):
        nodes, quads = merged_activity(store, new[start : start + _CHUNK], evidence_of)
        store.update(_replace_nodes_update(nodes, quads))
    if not new and touched:  # the nodes old and new versions feed, from their months' events
        fed = keys.activity.union(*(activity_keys_of_graph(store, g) for g in keys.articles))
        if fed:
            store.update(_replace_nodes_update(*recomputed_activity(store, fed, evidence_of)))
    elif keys.months and not new:  # keys alone: whole months
        months = sorted(keys.months)
        quads = list(activity_quads(store, months, evidence_of))
        store.update(_replace_months_update(months, quads))


def rebuild(store: Store) -> tuple[int, int]:
    """Recompute the summary graph from every article in one pass.

    Returns how many edge summaries and how many places with control intervals it holds.
    The summaries are written in chunks of :data:`_WRITE_CHUNK` quads as they are computed, so
    neither the Python side nor Oxigraph's transaction holds the whole graph at once.
    """
    # Loading N-Quads is several times faster than a SPARQL INSERT of the same triples; the
    # price is several steps, so an interrupted rebuild leaves the graph partial: run it again.
    while store.value(ANY_SUMMARY) is not None:
        store.update(_DROP_SOME)
    edges, places = 0, set()
    kinds: tuple[Callable[[], Iterable[Quad]], ...] = (
        lambda: edge_summaries(store, None),
        lambda: interval_quads(store, None),
        lambda: activity_quads(store, None, evidence_of),
        lambda: link_quads(store, None),
        lambda: history_quads(store, None),
    )
    for kind in kinds:  # one kind at a time: its query rows are freed before the next one
        chunk: list[Quad] = []
        for q in kind():
            chunk.append(q)
            if q[2] == CKG.EdgeSummary:
                edges += 1
            elif q[1] == CKG.summaryTarget and q[0].startswith(CONTROL_NODE_PREFIX):
                places.add(q[2])
            if len(chunk) >= _WRITE_CHUNK:
                store.insert_nquads(nquads(chunk))
                chunk = []
        store.insert_nquads(nquads(chunk))
    _mark_shape(store)
    return edges, len(places)


def _replace_update(
    edges: Sequence[EdgeKey],
    places: Sequence[str],
    quads: Sequence[Quad],
    intervals: tuple[Sequence[str], Sequence[str]] = ((), ()),
) -> str:
    """One update: delete the old summaries of these keys, insert the new ones; of the
    places' control intervals, delete and insert only the triples that changed (``intervals``:
    N-Triples lines, see :func:`interval_changes`)."""
    parts = []
    if edges:
        parts.append(delete_nodes_text(SUMMARY_GRAPH, [edge_node(k) for k in edges]))
    stale, added = intervals
    if stale:  # N-Triples lines Oxigraph wrote (Store.select_ntriples)
        stale_text = "".join(line + "\n" for line in stale)
        parts.append(
            f"DELETE DATA {{ GRAPH {sparql_term(URIRef(SUMMARY_GRAPH))} {{\n{stale_text}}} }}"
        )
    if places:
        parts.append(delete_nodes_text(SUMMARY_GRAPH, [history_node(p) for p in places]))
    if quads or added:  # added: N-Triples lines of triples_text
        parts.append(insert_data_text(SUMMARY_GRAPH, quads, added))
    return " ;\n".join(parts)


def _replace_months_update(months: Sequence[str], quads: Sequence[Quad]) -> str:
    """One update: delete the activity nodes of these months, insert the new ones."""
    g = sparql_term(URIRef(SUMMARY_GRAPH))
    values = _literals(months)
    parts = [
        f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?month {{ {values} }} "
        f"GRAPH {g} {{ ?n {sparql_term(CKG.month)} ?month ; ?p ?o }} }}"
    ]
    if quads:
        parts.append(insert_data_text(SUMMARY_GRAPH, quads))
    return " ;\n".join(parts)


def _replace_nodes_update(nodes: Sequence[URIRef], quads: Sequence[Quad]) -> str:
    """One update: delete these nodes, insert the new quads."""
    parts = [delete_nodes_text(SUMMARY_GRAPH, nodes)]
    if quads:
        parts.append(insert_data_text(SUMMARY_GRAPH, quads))
    return " ;\n".join(parts)


def _literals(texts: Iterable[str]) -> str:
    return " ".join(sparql_term(Literal(t)) for t in texts)


def summary_triples(store: Store) -> set[tuple[str, str, str]]:
    """Every triple of the summary graph as strings (for comparisons and checks)."""
    table = store.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH {sparql_term(URIRef(SUMMARY_GRAPH))} {{ ?s ?p ?o }} }}"
    )
    return {(str(s), str(p), str(o)) for s, p, o in table.rows}
