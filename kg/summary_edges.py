"""Edge summaries: one ``ckg:EdgeSummary`` per (relation, agent, target), and their evidence.

Part of the summary graph (``kg/summaries.py`` calls these functions when it refreshes or
rebuilds). A node counts the distinct articles and events asserting its edge, spans their
dates and keeps its earliest report (``ckg:exampleEvent``, with the sentence and article
identifier copied).

Two ways to bring nodes up to date:

- :func:`edge_summaries` recomputes the nodes of some keys (or all) from every event of their
  agents: what a rebuild, a replacement or a deletion needs;
- :func:`merged_edge_summaries` folds articles written for the first time into the stored nodes:
  every figure of a node is a count of distinct articles or events (new ones add up, since a
  new article brings its own events) or a minimum or maximum (compared with the stored one), so
  reading the new articles' own graphs and the nodes they touch is enough. Its cost follows the
  articles written, not the store.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rdflib import RDF, XSD, Literal, URIRef

from kg import iris
from kg.rdf import Quad
from kg.store import Store, sparql_term
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
EdgeKey = tuple[str, str, str]  # relation property IRI, agent IRI, target IRI
Evidence = dict[str, tuple[Literal, Literal]]  # event IRI -> (sentence, article identifier)
_CHUNK = 4000  # IRIs per look-up
_NODES = 1000  # summary nodes per look-up
NO_DATE = "~"  # sorts after every ISO date: an undated event is an example only when no event
# of the edge has a date


@dataclass
class EdgeFigures:
    """What an edge summary says: counts, date span and earliest report ((date or "~", event))."""

    articles: int
    events: int
    first: str | None
    last: str | None
    example: tuple[str, str]

    def plus(self, other: EdgeFigures) -> EdgeFigures:
        """The figures of two disjoint sets of articles together."""
        return EdgeFigures(
            self.articles + other.articles,
            self.events + other.events,
            _least(self.first, other.first),
            _most(self.last, other.last),
            min(self.example, other.example),
        )


def _least(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _most(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def edge_node(key: EdgeKey) -> URIRef:
    return URIRef(f"{iris.BASE}id/summary/edge/{digest(*key)}")


def digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


# Counts and dates repeat across nodes, and building a typed Literal costs ~8 us (it parses
# its value): one instance per value serves every node (Literals are immutable).
@functools.lru_cache(maxsize=4096)
def count(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


@functools.lru_cache(maxsize=16384)
def date_literal(day: str) -> Literal:
    """An ISO date as an xsd:date literal."""
    return Literal(day, datatype=XSD.date)


def iri_values(terms: Iterable[str]) -> str:
    return " ".join(sparql_term(URIRef(t)) for t in terms)


def edge_summaries(store: Store, keys: Sequence[EdgeKey] | None) -> Iterator[Quad]:
    """Summaries of ``keys``, or of every edge when ``keys`` is None, from the events: a few
    agents per query, so a rebuild holds the events of those agents only."""
    if keys is None:
        agents = sorted(str(row[0]) for row in store.select_texts(_AGENTS).rows)
        for start in range(0, len(agents), AGENT_BATCH):
            yield from _summaries_by_agents(store, agents[start : start + AGENT_BATCH], None)
    elif keys:
        yield from _summaries_by_agents(store, sorted({a for _, a, _ in keys}), set(keys))


AGENT_BATCH = 8  # agents per query when every edge is summarised (bounds a rebuild's memory)
_AGENTS = f"PREFIX ckg: <{iris.ONTOLOGY}> SELECT DISTINCT ?agent WHERE {{ ?e ckg:agent ?agent }}"


def _summaries_by_agents(
    store: Store, agents: Sequence[str], wanted: set[EdgeKey] | None
) -> Iterator[Quad]:
    # Restricting by agent and filtering here is ~3x faster in Oxigraph than a VALUES join on
    # all three columns. Rows are read as text: building rdflib terms cost more than the query.
    table = store.select_texts(
        f"""PREFIX ckg: <{iris.ONTOLOGY}>
        SELECT ?rel ?agent ?target (COUNT(DISTINCT ?article) AS ?articles)
               (COUNT(DISTINCT ?e) AS ?events) (MIN(?d) AS ?first) (MAX(?d) AS ?last)
               (MIN(CONCAT(COALESCE(STR(?d), "{NO_DATE}"), " ", STR(?e))) AS ?example)
        WHERE {{ VALUES ?agent {{ {iri_values(agents)} }}
          ?e ckg:agent ?agent ; ckg:relation ?rel ; ckg:target ?target ; ckg:article ?article .
          OPTIONAL {{ ?e ckg:eventDate ?d }} }}
        GROUP BY ?rel ?agent ?target"""
    )
    figures: dict[EdgeKey, EdgeFigures] = {}
    for rel, agent, target, articles, events, first, last, example in table.rows:
        key = (str(rel), str(agent), str(target))
        if wanted is None or key in wanted:
            day, event = str(example).split(" ", 1)
            figures[key] = EdgeFigures(
                int(str(articles)), int(str(events)), first, last, (day, event)
            )
    yield from _quads(store, figures)


def merged_edge_summaries(store: Store, graphs: Iterable[str]) -> tuple[set[EdgeKey], list[Quad]]:
    """The edges that articles written for the first time (``graphs``, none of them counted
    yet) assert, and those edges' nodes with the articles folded in."""
    fresh: dict[EdgeKey, tuple[set[str], set[str], EdgeFigures]] = {}
    for graph in sorted(set(graphs)):
        query = _GRAPH_EDGES.replace("#GRAPH#", sparql_term(URIRef(graph)))
        for rel, agent, target, article, event, day in store.select_texts(query).rows:
            key = (str(rel), str(agent), str(target))  # str(): bound by the pattern
            one = EdgeFigures(1, 1, day, day, (day or NO_DATE, str(event)))
            if key not in fresh:
                fresh[key] = ({str(article)}, {str(event)}, one)
                continue
            articles, events, so_far = fresh[key]
            articles.add(str(article))
            events.add(str(event))
            fresh[key] = (articles, events, so_far.plus(one))
    stored = _stored_figures(store, sorted(fresh))
    figures = {}
    for key, (articles, events, span) in fresh.items():
        new = EdgeFigures(len(articles), len(events), span.first, span.last, span.example)
        figures[key] = stored[key].plus(new) if key in stored else new
    return set(fresh), list(_quads(store, figures))


# one article graph per query, its IRI written in (a VALUES of graphs made Oxigraph read the
# events of every graph)
_GRAPH_EDGES = f"""PREFIX ckg: <{iris.ONTOLOGY}>
SELECT ?rel ?agent ?target ?article ?e ?d WHERE {{ GRAPH #GRAPH# {{
  ?e ckg:agent ?agent ; ckg:relation ?rel ; ckg:target ?target ; ckg:article ?article .
  OPTIONAL {{ ?e ckg:eventDate ?d }} }} }}"""


def _stored_figures(store: Store, keys: Sequence[EdgeKey]) -> dict[EdgeKey, EdgeFigures]:
    found: dict[EdgeKey, EdgeFigures] = {}
    by_node = {str(edge_node(k)): k for k in keys}
    names = {
        str(CKG.articleCount): "articles", str(CKG.eventCount): "events",
        str(CKG.firstDate): "first", str(CKG.lastDate): "last", str(CKG.exampleEvent): "example",
    }  # fmt: skip
    nodes = sorted(by_node)
    for start in range(0, len(nodes), _NODES):
        table = store.select_texts(
            f"SELECT ?n ?p ?o WHERE {{ VALUES ?n {{ {iri_values(nodes[start : start + _NODES])} }} "
            f"GRAPH {sparql_term(URIRef(SUMMARY_GRAPH))} {{ ?n ?p ?o }} }}"
        )
        values: dict[str, dict[str, str]] = {}
        for node, predicate, value in table.rows:
            if str(predicate) in names:
                values.setdefault(str(node), {})[names[str(predicate)]] = str(value)
        for node, v in values.items():
            found[by_node[node]] = EdgeFigures(
                int(v["articles"]),
                int(v["events"]),
                v.get("first"),
                v.get("last"),
                (v.get("first") or NO_DATE, v["example"]),
            )
    return found


def _quads(store: Store, figures: dict[EdgeKey, EdgeFigures]) -> Iterator[Quad]:
    evidence = evidence_of(store, sorted({f.example[1] for f in figures.values()}))
    g = URIRef(SUMMARY_GRAPH)
    for key, f in figures.items():
        rel, agent, target = key
        node = edge_node(key)
        yield node, RDF.type, CKG.EdgeSummary, g
        yield node, CKG.summaryRelation, URIRef(rel), g
        yield node, CKG.summaryAgent, URIRef(agent), g
        yield node, CKG.summaryTarget, URIRef(target), g
        yield node, CKG.articleCount, count(f.articles), g
        yield node, CKG.eventCount, count(f.events), g
        # the earliest dated event (undated ones sort last), by IRI on a tie
        yield from example_quads(node, f.example[1], evidence)
        if f.first is not None and f.last is not None:
            yield node, CKG.firstDate, date_literal(f.first), g
            yield node, CKG.lastDate, date_literal(f.last), g


def evidence_of(store: Store, events: Sequence[str]) -> Evidence:
    """The sentence and article identifier of each event, by event IRI."""
    found: Evidence = {}
    for start in range(0, len(events), _CHUNK):
        values = iri_values(events[start : start + _CHUNK])
        table = store.select_texts(
            f"""PREFIX ckg: <{iris.ONTOLOGY}> PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?e ?sentence ?docid WHERE {{ VALUES ?e {{ {values} }}
              ?e ckg:sentenceText ?sentence ; ckg:article ?article .
              ?article dcterms:identifier ?docid . }}"""
        )
        for event, sentence, docid in table.rows:
            found[str(event)] = (Literal(sentence), Literal(docid))
    return found


def example_quads(node: URIRef, event: str, evidence: Evidence) -> Iterator[Quad]:
    g = URIRef(SUMMARY_GRAPH)
    yield node, CKG.exampleEvent, URIRef(event), g
    if event in evidence:
        sentence, docid = evidence[event]
        yield node, CKG.exampleSentence, sentence, g
        yield node, CKG.exampleArticle, docid, g
