"""Control intervals: runs of dates during which a place's latest control evidence names the
same actors with the same status (controlled, contested, lost).

Part of the summary graph (``kg/summaries.py`` calls :func:`interval_quads` when it refreshes
or rebuilds). Each ``ckg:ControlInterval`` node names the place, one actor, the status, the
first and last days of the run, the first day of the next run (absent while it holds), the
run's article count and its earliest report as evidence. Computed one place per query, with
the place's IRI written in: Oxigraph then starts from that place's events.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from rdflib import RDF, Literal, URIRef

from kg import iris
from kg.model import Relation
from kg.rdf import Quad
from kg.store import Store, sparql_term, triples_text
from kg.summary_edges import count, digest, evidence_of, example_quads
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
CONTROL_NODE_PREFIX = iris.BASE + "id/summary/control/"


def interval_node(place: str, actor: str, status: str, start: date) -> URIRef:
    return URIRef(f"{CONTROL_NODE_PREFIX}{digest(place, actor, status, str(start))}")


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


def interval_quads(store: Store, places: Sequence[str] | None) -> Iterator[Quad]:
    """Intervals of ``places`` (one place per query), or of every place when None."""
    if places is None:  # every place, still one at a time: a rebuild holds one place's events
        every = sorted(str(row[0]) for row in store.select_texts(_CONTROLLED_PLACES).rows)
        for place in every:
            yield from _intervals_from(store, {place: _days_of(_events_of(store, place))})
        return
    # a refresh's few places: their evidence in one look-up (one per place was a sixth of the
    # queries of a run of new articles)
    yield from _intervals_from(store, {p: _days_of(_events_of(store, p)) for p in places})


def _events_of(store: Store, place: str) -> list[tuple[str | None, ...]]:
    """The control event rows of ``place`` (one query, its IRI written in)."""
    query = _PLACE_CONTROL_EVENTS.replace("#PLACE#", sparql_term(URIRef(place)))
    return store.select_texts(query).rows


def interval_changes(store: Store, places: Sequence[str]) -> tuple[list[str], list[str]]:
    """The stored interval triples of ``places`` that are no longer true, and the new ones
    not stored yet, as N-Triples lines (``s p o .``).

    A refresh writes only these: an article adds or changes a few days of a place's evidence,
    so only the runs around those days change (their nodes are named by place, actor, status
    and first day), not the place's hundreds of other runs.
    """
    new = set(triples_text(interval_quads(store, places)).splitlines())
    stored: set[str] = set()
    for place in places:
        rows = store.select_ntriples(
            _STORED_INTERVALS.replace("#PLACE#", sparql_term(URIRef(place)))
        )
        stored.update(f"{s} {p} {o} ." for s, p, o in rows.rows)
    return sorted(stored - new), sorted(new - stored)


_STORED_INTERVALS = f"""PREFIX ckg: <{iris.ONTOLOGY}>
SELECT ?n ?p ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{
  ?n ckg:summaryTarget #PLACE# ; a ckg:ControlInterval ; ?p ?o }} }}"""
_CONTROLLED_PLACES = f"""PREFIX ckg: <{iris.ONTOLOGY}>
SELECT DISTINCT ?place WHERE {{
  VALUES ?rel {{ ckg:controls ckg:losesControlOf }}
  ?e ckg:relation ?rel ; ckg:target ?place . }}"""
# One place per query with its IRI (serialised by Oxigraph) in the pattern and the relations as
# a FILTER: Oxigraph then starts from the place's events. With ten places in a VALUES it read
# every control event first (5-7 s at 10M). Rows are read as text (rdflib terms cost more than
# the query), so the query keeps the xsd:date values only.
_PLACE_CONTROL_EVENTS = f"""PREFIX ckg: <{iris.ONTOLOGY}>
SELECT ?rel ?actor ?d ?article ?e WHERE {{
  ?e ckg:target #PLACE# ; ckg:relation ?rel ; ckg:agent ?actor ; ckg:eventDate ?d ;
     ckg:article ?article .
  FILTER(?rel IN (ckg:controls, ckg:losesControlOf))
  FILTER(DATATYPE(?d) = <http://www.w3.org/2001/XMLSchema#date>) }}"""


def _days_of(rows: Iterable[Sequence[str | None]]) -> dict[date, _Day]:
    """A place's evidence days from its control event rows (relation, actor, xsd:date
    lexical form, article, event)."""
    days: dict[date, _Day] = {}
    for rel, actor, when, article, event in rows:
        value = _date(when)
        if value is None:
            continue
        day = days.setdefault(value, _Day())
        is_control = str(rel).endswith("#" + Relation.CONTROLS.value)
        (day.controllers if is_control else day.losers).add(str(actor))
        day.articles.add(str(article))
        day.events[str(actor)] = min(day.events.get(str(actor), str(event)), str(event))
    return days


def _intervals_from(store: Store, days: dict[str, dict[date, _Day]]) -> Iterator[Quad]:
    """Intervals of each place of ``days`` (its evidence days), with their evidence."""
    examples = [
        e for by_day in days.values() for day in by_day.values() for e in day.events.values()
    ]
    evidence = evidence_of(store, sorted(set(examples)))
    for place, by_day in days.items():
        if by_day:  # a place with no dated control event has no interval
            yield from _intervals_of_place(place, by_day, evidence)


@functools.lru_cache(maxsize=16384)  # one instance per day: a typed Literal costs ~8 us
def _date_literal(day: date) -> Literal:
    return Literal(day)


def _date(text: str | None) -> date | None:
    """The date of an xsd:date lexical form, None for an invalid one (no interval counts it).

    >>> _date("2016-12-22"), _date("2016-02-30")
    (datetime.date(2016, 12, 22), None)
    """
    try:
        return date.fromisoformat(text) if text is not None and len(text) == 10 else None
    except ValueError:
        return None


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
            yield node, CKG.firstDate, _date_literal(dates[0]), g
            yield node, CKG.lastDate, _date_literal(dates[-1]), g
            yield node, CKG.articleCount, count(len(articles)), g
            if end is not None:
                yield node, CKG.endDate, _date_literal(end), g
            # the actor's own report on the run's first day
            yield from example_quads(node, by_day[dates[0]].events[actor], evidence)


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
