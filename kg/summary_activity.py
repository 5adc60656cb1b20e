"""Monthly activity summaries: attacks and clashes counted per month, per actor and per place.

Part of the summary graph (``kg/summaries.py`` calls these functions when it refreshes or
rebuilds). One node per month (``ckg:MonthActivity``), per (actor, month)
(``ckg:ActorActivity``) and per (place, month) (``ckg:PlaceActivity``), each with its attack,
clash, event and article counts, first and last dates, the named agents (a month: one
``ckg:summaryAgent`` triple each; a place: one ``ckg:agentList`` literal per month, which
:func:`count_distinct_agents` turns into a count over the months of a window) and the
earliest report as evidence. An article has one date, so article and event counts add up
over months. Actor and place nodes also carry all of that as one JSON literal
(``ckg:actorActivityRecord``, ``ckg:placeActivityRecord``): the activity queries read one
value per node with one scan of one property instead of joining eleven.

The scopes follow the activity queries: an actor's activity is its attacks (as agent) and its
clashes (either side); a place's is the events located there, or, for an event with no
location, the place it targets (a place, not a country). Events without a date are left out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rdflib import RDF, XSD, Literal, URIRef

from kg import iris
from kg.lookups import event_key
from kg.rdf import Quad
from kg.store import Store, Table
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
ACTIVITY_CLASSES = (CKG.MonthActivity, CKG.ActorActivity, CKG.PlaceActivity)
Evidence = dict[str, tuple[Literal, Literal]]  # event IRI -> (sentence, article identifier)
_EVENTS = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?months ?e ?rel ?d ?article ?agent ?target ?location WHERE {
  VALUES ?rel { ckg:attacks ckg:clashesWith }
  ?e ckg:relation ?rel ; ckg:eventDate ?d ; ckg:article ?article .
  OPTIONAL { ?e ckg:agent ?agent }
  OPTIONAL { ?e ckg:target ?target }
  OPTIONAL { ?e ckg:location ?location }
  FILTER(?months = "*" || CONTAINS(?months, SUBSTR(STR(?d), 1, 7)))
}"""
_PLACES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?place WHERE {
  ?place a ?type . ?type rdfs:subClassOf* ckg:Place .
  FILTER NOT EXISTS { ?place a ckg:Country }
}"""
_MONTHS_IN_GRAPH = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT DISTINCT ?g ?month WHERE { GRAPH ?g {
  VALUES ?rel { ckg:attacks ckg:clashesWith }
  ?e ckg:relation ?rel ; ckg:eventDate ?d . }
  BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
}"""


@dataclass
class _Tally:
    attacks: set[str] = field(default_factory=set)
    clashes: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    example: tuple[str, str] = ("~", "")  # (date, event IRI): the earliest report

    def add(self, event: str, attack: bool, day: str, article: str, agent: str | None) -> None:
        (self.attacks if attack else self.clashes).add(event)
        self.articles.add(article)
        self.dates.add(day)
        if agent is not None:
            self.agents.add(agent)
        self.example = min(self.example, (day, event))


Key = tuple[URIRef, str, str]  # activity class, subject IRI ("" for a month), month
# one literal per actor and place node, read by one scan of its property
RECORDS = {CKG.ActorActivity: CKG.actorActivityRecord, CKG.PlaceActivity: CKG.placeActivityRecord}
RECORD_FIELDS = (
    "subject", "month", "attacks", "clashes", "events", "articles", "first", "last", "example",
    "example_article", "agents",
)  # fmt: skip
_ID = iris.BASE + "id/"


def months_in_graph(store: Store, graph: str) -> set[str]:
    """The months of the attacks and clashes stored in ``graph``."""
    table = store.select(_MONTHS_IN_GRAPH, {"g": URIRef(graph)})
    return {str(row[1]) for row in table.rows}


def activity_quads(
    store: Store,
    months: Iterable[str] | None,
    evidence_of: Callable[[Store, Sequence[str]], Evidence],
) -> Iterator[Quad]:
    """The activity nodes of ``months`` (YYYY-MM), or of every month when None;
    ``evidence_of`` reads the example events' sentences and articles."""
    wanted = "*" if months is None else " ".join(sorted(months))
    if not wanted:
        return
    places = {str(row[0]) for row in store.select(_PLACES).rows}
    tallies: dict[Key, _Tally] = {}
    table = store.select(_EVENTS, {"months": Literal(wanted)})
    for _, event, rel, when, article, agent, target, location in table.rows:
        day, attack = str(when), str(rel).endswith("#attacks")
        actor, other = _text(agent), _text(target)
        facts = (str(event), attack, day, str(article), actor)
        keys: list[Key] = [(CKG.MonthActivity, "", day[:7])]
        if actor is not None:
            keys.append((CKG.ActorActivity, actor, day[:7]))
        if not attack and other is not None:
            keys.append((CKG.ActorActivity, other, day[:7]))  # the other side of a clash
        place = _text(location) or (other if other in places else None)
        if place is not None:
            keys.append((CKG.PlaceActivity, place, day[:7]))
        for key in keys:
            tallies.setdefault(key, _Tally()).add(*facts)
    evidence = evidence_of(store, sorted({t.example[1] for t in tallies.values()}))
    for key, tally in tallies.items():
        yield from _node_quads(key, tally, evidence)


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def _node_quads(key: Key, tally: _Tally, evidence: Evidence) -> Iterator[Quad]:
    kind, subject, month = key
    g = URIRef(SUMMARY_GRAPH)
    node = activity_node(key)
    yield node, RDF.type, kind, g
    yield node, CKG.month, Literal(month), g
    if subject:
        yield node, CKG.summaryTarget, URIRef(subject), g
    yield node, CKG.attackCount, _count(len(tally.attacks)), g
    yield node, CKG.clashCount, _count(len(tally.clashes)), g
    yield node, CKG.eventCount, _count(len(tally.attacks | tally.clashes)), g
    yield node, CKG.articleCount, _count(len(tally.articles)), g
    yield node, CKG.firstDate, Literal(min(tally.dates), datatype=XSD.date), g
    yield node, CKG.lastDate, Literal(max(tally.dates), datatype=XSD.date), g
    if kind == CKG.MonthActivity:  # one triple per agent: a month is one row of its query
        for agent in sorted(tally.agents):
            yield node, CKG.summaryAgent, URIRef(agent), g
    elif kind == CKG.PlaceActivity and tally.agents:  # one value per place and month
        yield node, CKG.agentList, Literal(" ".join(sorted(tally.agents))), g
    yield node, CKG.exampleEvent, URIRef(tally.example[1]), g
    if tally.example[1] in evidence:
        sentence, docid = evidence[tally.example[1]]
        yield node, CKG.exampleSentence, sentence, g
        yield node, CKG.exampleArticle, docid, g
        if kind in RECORDS:
            yield node, RECORDS[kind], _record(subject, month, tally, str(docid)), g


def _record(subject: str, month: str, tally: _Tally, docid: str) -> Literal:
    """Everything the activity queries read of a node, as one JSON literal (see
    :data:`RECORD_FIELDS`); a place's agents as IRIs without the common prefix."""
    agents = " ".join(sorted(_short(a) for a in tally.agents))
    values = [
        subject, month, len(tally.attacks), len(tally.clashes), len(tally.attacks | tally.clashes),
        len(tally.articles), min(tally.dates), max(tally.dates), event_key(tally.example[1]), docid,
        agents,
    ]  # fmt: skip
    return Literal(json.dumps(values, ensure_ascii=False, separators=(",", ":")))


def _short(iri: str) -> str:
    return iri[len(_ID) :] if iri.startswith(_ID) else iri


def activity_node(key: Key) -> URIRef:
    kind, subject, month = key
    digest = hashlib.sha256("\x1f".join((str(kind), subject, month)).encode()).hexdigest()[:20]
    return URIRef(f"{iris.BASE}id/summary/activity/{digest}")


def _count(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def count_distinct_agents(table: Table) -> Table:
    """Post-step of ``activity-by-place``: its ``agents`` column holds the agent lists of the
    months in the window, joined by spaces; each becomes the number of distinct agents.

    >>> t = Table(["place", "agents"], [(None, Literal("a b a c")), (None, Literal(""))])
    >>> [str(row[1]) for row in count_distinct_agents(t).rows]
    ['3', '0']
    """
    column = table.columns.index("agents")
    rows = [
        (*row[:column], _count(len(set(str(row[column] or "").split()))), *row[column + 1 :])
        for row in table.rows
    ]
    return Table(list(table.columns), rows)
