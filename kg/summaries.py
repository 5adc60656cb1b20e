"""Precomputed summaries in their own named graph, kept in step with the article graphs.

Two kinds of node live in ``graph/summary`` (shape documented in docs/performance.md):

- an ``ckg:EdgeSummary`` per (relation, agent, target) asserted by any article: how many
  articles and events assert it, and the first and last event dates;
- ``ckg:ControlInterval`` nodes per place: runs of dates during which the latest control
  evidence names the same actors with the same status (controlled, contested, lost);
- monthly activity nodes (attacks and clashes per month, per actor and per place), built by
  :mod:`kg.summary_activity`.
- a ``ckg:ControlHistory`` per place: its dated control, loss and siege claims as text, built
  by :mod:`kg.summary_control` (read by the control queries).

Each node keeps its earliest report as evidence (``ckg:exampleEvent``, with the sentence and
article identifier copied, so queries need not join the article graphs).

Ingest tells :func:`refresh` which keys an article touched (before and after its write); the
summaries of exactly those keys are recomputed from the raw events and replaced in one atomic
update, so they stay consistent after a re-ingest or a deletion. :func:`rebuild` recomputes
everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from rdflib import RDF, Literal, URIRef

from kg import iris
from kg.model import Extraction, Relation
from kg.rdf import Quad
from kg.store import Store, nquads, sparql_term, triples_text
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
    digest,
    edge_node,
    edge_summaries,
    evidence_of,
    example_quads,
    merged_edge_summaries,
)
from kg.summary_links import link_quads, refresh_links
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
CONTROL_RELATIONS = (Relation.CONTROLS.value, Relation.LOSES_CONTROL_OF.value)
_CONTROL = iris.BASE + "id/summary/control/"
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
    table = store.select(
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


# 2: evidence, monthly activity; 3: link records and control histories. Bump when it changes
SHAPE = 3
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
        quads = [*edge_summaries(store, edge_chunk), *_control_intervals(store, place_chunk)]
        quads += history_quads(store, place_chunk)
        store.update(_replace_update(edge_chunk, place_chunk, quads))
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
        lambda: _control_intervals(store, None),
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
            elif q[1] == CKG.summaryTarget and q[0].startswith(_CONTROL):
                places.add(q[2])
            if len(chunk) >= _WRITE_CHUNK:
                store.insert_nquads(nquads(chunk))
                chunk = []
        store.insert_nquads(nquads(chunk))
    _mark_shape(store)
    return edges, len(places)


def interval_node(place: str, actor: str, status: str, start: date) -> URIRef:
    return URIRef(f"{_CONTROL}{digest(place, actor, status, str(start))}")


@dataclass
class _Day:
    controllers: set[str] = field(default_factory=set)
    losers: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    events: dict[str, str] = field(default_factory=dict)  # actor -> its smallest event IRI

    def state(self) -> tuple[str, frozenset[str]]:
        """Status and actors of a day's evidence (a claim of control outweighs a loss)."""
        if self.controllers:
            status = "contested" if len(self.controllers) > 1 else "controlled"
            return status, frozenset(self.controllers)
        return "lost", frozenset(self.losers)


def _control_intervals(store: Store, places: Sequence[str] | None) -> Iterator[Quad]:
    """Intervals of ``places`` (one place per query), or of every place when None."""
    if places is None:  # every place, still one at a time: a rebuild holds one place's events
        places = sorted(str(row[0]) for row in store.select(_CONTROLLED_PLACES).rows)
    for place in places:
        place_term = sparql_term(URIRef(place))
        query = _PLACE_CONTROL_EVENTS.replace("#PLACE#", place_term)
        rows = [(URIRef(place), *row) for row in store.select(query).rows]
        yield from _intervals_from(store, rows)


_CONTROLLED_PLACES = f"""PREFIX ckg: <{iris.ONTOLOGY}>
SELECT DISTINCT ?place WHERE {{
  VALUES ?rel {{ ckg:controls ckg:losesControlOf }}
  ?e ckg:relation ?rel ; ckg:target ?place . }}"""
# One place per query with its IRI (serialised by Oxigraph) in the pattern and the relations as
# a FILTER: Oxigraph then starts from the place's events. With ten places in a VALUES it read
# every control event first (5-7 s at 10M).
_PLACE_CONTROL_EVENTS = f"""PREFIX ckg: <{iris.ONTOLOGY}>
SELECT ?rel ?actor ?d ?article ?e WHERE {{
  ?e ckg:target #PLACE# ; ckg:relation ?rel ; ckg:agent ?actor ; ckg:eventDate ?d ;
     ckg:article ?article .
  FILTER(?rel IN (ckg:controls, ckg:losesControlOf)) }}"""


def _intervals_from(store: Store, rows: Iterable[Sequence[object]]) -> Iterator[Quad]:
    """Intervals from control event rows (place, relation, actor, date, article, event)."""
    days: dict[str, dict[date, _Day]] = {}
    for place_iri, rel, actor, when, article, event in rows:
        value = when.toPython() if isinstance(when, Literal) else None
        if not isinstance(value, date):
            continue
        day = days.setdefault(str(place_iri), {}).setdefault(value, _Day())
        is_control = str(rel).endswith("#" + Relation.CONTROLS.value)
        (day.controllers if is_control else day.losers).add(str(actor))
        day.articles.add(str(article))
        day.events[str(actor)] = min(day.events.get(str(actor), str(event)), str(event))
    examples = [
        e for by_day in days.values() for day in by_day.values() for e in day.events.values()
    ]
    evidence = evidence_of(store, sorted(set(examples)))
    for place, by_day in days.items():
        yield from _intervals_of_place(place, by_day, evidence)


def _intervals_of_place(
    place: str, by_day: dict[date, _Day], evidence: dict[str, tuple[Literal, Literal]]
) -> Iterator[Quad]:
    """Merge consecutive evidence days with the same state into intervals."""
    g = URIRef(SUMMARY_GRAPH)
    runs: list[tuple[tuple[str, frozenset[str]], list[date], set[str]]] = []
    for when in sorted(by_day):
        day = by_day[when]
        if runs and runs[-1][0] == day.state():
            runs[-1][1].append(when)
            runs[-1][2].update(day.articles)
        else:
            runs.append((day.state(), [when], set(day.articles)))
    for i, ((status, actors), dates, articles) in enumerate(runs):
        end = runs[i + 1][1][0] if i + 1 < len(runs) else None
        for actor in sorted(actors):
            node = interval_node(place, actor, status, dates[0])
            yield node, RDF.type, CKG.ControlInterval, g
            yield node, CKG.summaryTarget, URIRef(place), g
            yield node, CKG.summaryAgent, URIRef(actor), g
            yield node, CKG.controlStatus, Literal(status), g
            yield node, CKG.firstDate, Literal(dates[0]), g
            yield node, CKG.lastDate, Literal(dates[-1]), g
            yield node, CKG.articleCount, count(len(articles)), g
            if end is not None:
                yield node, CKG.endDate, Literal(end), g
            # the actor's own report on the run's first day
            yield from example_quads(node, by_day[dates[0]].events[actor], evidence)


def _replace_update(edges: Sequence[EdgeKey], places: Sequence[str], quads: Sequence[Quad]) -> str:
    """One update: delete the old summaries of these keys, insert the new ones."""
    g = sparql_term(URIRef(SUMMARY_GRAPH))
    parts = []
    if edges:
        nodes = " ".join(sparql_term(edge_node(k)) for k in edges)
        parts.append(
            f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {nodes} }} "
            f"GRAPH {g} {{ ?n ?p ?o }} }}"
        )
    if places:
        parts.extend(  # one place per operation, its IRI written in (see _PLACE_CONTROL_EVENTS)
            f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ GRAPH {g} {{ "
            f"?n {sparql_term(CKG.summaryTarget)} {sparql_term(URIRef(place))} ; "
            f"a {sparql_term(CKG.ControlInterval)} ; ?p ?o }} }}"
            for place in places
        )
        nodes = " ".join(sparql_term(history_node(p)) for p in places)
        parts.append(
            f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {nodes} }} "
            f"GRAPH {g} {{ ?n ?p ?o }} }}"
        )
    if quads:
        parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{triples_text(quads)}}} }}")
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
        parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{triples_text(quads)}}} }}")
    return " ;\n".join(parts)


def _replace_nodes_update(nodes: Sequence[URIRef], quads: Sequence[Quad]) -> str:
    """One update: delete these nodes, insert the new quads."""
    g = sparql_term(URIRef(SUMMARY_GRAPH))
    values = " ".join(sparql_term(n) for n in nodes)
    parts = [
        f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {values} }} "
        f"GRAPH {g} {{ ?n ?p ?o }} }}"
    ]
    if quads:
        parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{triples_text(quads)}}} }}")
    return " ;\n".join(parts)


def _literals(texts: Iterable[str]) -> str:
    return " ".join(sparql_term(Literal(t)) for t in texts)


def summary_triples(store: Store) -> set[tuple[str, str, str]]:
    """Every triple of the summary graph as strings (for comparisons and checks)."""
    table = store.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH {sparql_term(URIRef(SUMMARY_GRAPH))} {{ ?s ?p ?o }} }}"
    )
    return {(str(s), str(p), str(o)) for s, p, o in table.rows}


def control_intervals(store: Store, place: str) -> list[tuple[str, str, str, str | None]]:
    """(actor, status, first date, end date or None) of one place's intervals, by date."""
    table = store.select(
        f"""PREFIX ckg: <{iris.ONTOLOGY}>
        SELECT ?place ?actor ?status ?first ?end WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{
          ?n a ckg:ControlInterval ; ckg:summaryTarget ?place ; ckg:summaryAgent ?actor ;
             ckg:controlStatus ?status ; ckg:firstDate ?first .
          OPTIONAL {{ ?n ckg:endDate ?end }} }} }} ORDER BY ?first ?actor""",
        {"place": URIRef(place)},
    )
    return [
        (str(a), str(s), str(f), str(e) if e is not None else None) for _, a, s, f, e in table.rows
    ]
