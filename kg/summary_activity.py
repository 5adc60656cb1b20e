"""Monthly activity summaries: attacks and clashes counted per month, per actor and per place.

Part of the summary graph (``kg/summaries.py`` calls these functions when it refreshes or
rebuilds). One node per month (``ckg:MonthActivity``), per (actor, month)
(``ckg:ActorActivity``) and per (place, month) (``ckg:PlaceActivity``), each with its attack,
clash, event and article counts, first and last dates, the named agents (a month: one
``ckg:summaryAgent`` triple each; a place: one ``ckg:agentList`` literal per month, which
:func:`count_distinct_agents` turns into a count over the months of a window) and the
earliest report as evidence. An article has one date, so article and event counts add up
over months. Actor and place nodes carry all of that as one JSON literal instead
(``ckg:actorActivityRecord``, ``ckg:placeActivityRecord``), next to their class, month,
subject, example event and (a place) agent list: the activity queries read one value per node
with one scan of one property instead of joining eleven, and the refresh writes five or six
quads a node instead of fourteen.

The scopes follow the activity queries: an actor's activity is its attacks (as agent) and its
clashes (either side); a place's is the events located there, or, for an event with no
location, the place it targets (a place, not a country). Events without a date are left out.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rdflib import RDF, XSD, Literal, URIRef

from kg import iris
from kg.lookups import event_key
from kg.rdf import Quad
from kg.store import Store, Table, Term, sparql_term
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
# one article graph per query, its IRI written in (a VALUES of graphs read every graph's events)
_GRAPH_EVENTS = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?months ?e ?rel ?d ?article ?agent ?target ?location WHERE { GRAPH #GRAPH# {
  ?e ckg:relation ?rel ; ckg:eventDate ?d ; ckg:article ?article .
  FILTER(?rel IN (ckg:attacks, ckg:clashesWith))
  OPTIONAL { ?e ckg:agent ?agent }
  OPTIONAL { ?e ckg:target ?target }
  OPTIONAL { ?e ckg:location ?location } } }"""
_DATES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT DISTINCT ?d WHERE {
  VALUES ?rel { ckg:attacks ckg:clashesWith }
  ?e ckg:relation ?rel ; ckg:eventDate ?d . }"""
_MONTH_EVENTS = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?months ?e ?rel ?d ?article ?agent ?target ?location WHERE {
  VALUES ?d { #DAYS# }
  ?e ckg:eventDate ?d ; ckg:relation ?rel ; ckg:article ?article .
  FILTER(?rel IN (ckg:attacks, ckg:clashesWith))
  OPTIONAL { ?e ckg:agent ?agent }
  OPTIONAL { ?e ckg:target ?target }
  OPTIONAL { ?e ckg:location ?location } }"""
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

    def totals(self) -> Totals:
        return Totals(
            len(self.attacks), len(self.clashes), len(self.attacks | self.clashes),
            len(self.articles), min(self.dates), max(self.dates), set(self.agents), self.example,
        )  # fmt: skip


@dataclass
class Totals:
    """What an activity node says: counts, first and last dates, agents, earliest report."""

    attacks: int
    clashes: int
    events: int
    articles: int
    first: str
    last: str
    agents: set[str]
    example: tuple[str, str]  # (date, event IRI)

    def plus(self, other: Totals) -> Totals:
        """The totals of two disjoint sets of articles together (an event belongs to one
        article, so counts of distinct events and articles add up)."""
        return Totals(
            self.attacks + other.attacks, self.clashes + other.clashes,
            self.events + other.events, self.articles + other.articles,
            min(self.first, other.first), max(self.last, other.last),
            self.agents | other.agents, min(self.example, other.example),
        )  # fmt: skip


Key = tuple[URIRef, str, str]  # activity class, subject IRI ("" for a month), month
ActivityKey = Key
# one literal per actor and place node, read by one scan of its property
RECORDS = {CKG.ActorActivity: CKG.actorActivityRecord, CKG.PlaceActivity: CKG.placeActivityRecord}
RECORD_FIELDS = (
    "subject", "month", "attacks", "clashes", "events", "articles", "first", "last", "example",
    "example_article", "agents",
)  # fmt: skip
_ID = iris.BASE + "id/"


def months_in_graph(store: Store, graph: str) -> set[str]:
    """The months of the attacks and clashes stored in ``graph``."""
    table = store.select_texts(_MONTHS_IN_GRAPH, {"g": URIRef(graph)})
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
    places = {str(row[0]) for row in store.select_texts(_PLACES).rows}
    if months is None:  # one month per query, found by its dates: a rebuild holds one month
        for days in _dates_by_month(store):
            query = _MONTH_EVENTS.replace("#DAYS#", " ".join(sparql_term(d) for d in days))
            yield from _tallied(store, store.select_texts(query).rows, places, evidence_of)
        return
    rows = store.select_texts(_EVENTS, {"months": Literal(wanted)}).rows
    yield from _tallied(store, rows, places, evidence_of)


def _tallied(
    store: Store,
    rows: Iterable[Sequence[object]],
    places: set[str],
    evidence_of: Callable[[Store, Sequence[str]], Evidence],
) -> Iterator[Quad]:
    tallies: dict[Key, _Tally] = {}
    _tally(rows, places, tallies)
    yield from _quads(store, {key: t.totals() for key, t in tallies.items()}, evidence_of)


def _dates_by_month(store: Store) -> list[list[Term]]:
    """Every date of an attack or clash, grouped by month (the first seven characters)."""
    months: dict[str, list[Term]] = {}
    for (day,) in store.select(_DATES).rows:
        if day is not None:
            months.setdefault(str(day)[:7], []).append(day)
    return [months[m] for m in sorted(months)]


def merged_activity(
    store: Store,
    graphs: Iterable[str],
    evidence_of: Callable[[Store, Sequence[str]], Evidence],
) -> tuple[list[URIRef], list[Quad]]:
    """The activity nodes that articles written for the first time (``graphs``, counted by no
    node yet) feed, and those nodes' quads with the articles folded into what they held."""
    rows: list[tuple[str | None, ...]] = []  # as text: rdflib terms cost more than the query
    for graph in sorted(set(graphs)):
        rows += store.select_texts(
            _GRAPH_EVENTS.replace("#GRAPH#", sparql_term(URIRef(graph)))
        ).rows
    targets = sorted({str(row[6]) for row in rows if row[6] is not None})
    tallies: dict[Key, _Tally] = {}
    _tally(rows, _places_among(store, targets), tallies)
    stored = _stored_totals(store, list(tallies))
    totals = {}
    for key, tally in tallies.items():
        new = tally.totals()
        totals[key] = stored[key].plus(new) if key in stored else new
    return [activity_node(key) for key in totals], list(_quads(store, totals, evidence_of))


def activity_keys_of_graph(store: Store, graph: str) -> set[Key]:
    """The activity nodes the events stored in ``graph`` feed (read before replacing or
    dropping it)."""
    rows = store.select_texts(_GRAPH_EVENTS.replace("#GRAPH#", sparql_term(URIRef(graph)))).rows
    tallies: dict[Key, _Tally] = {}
    _tally(
        rows, _places_among(store, sorted({str(r[6]) for r in rows if r[6] is not None})), tallies
    )
    return set(tallies)


def recomputed_activity(
    store: Store,
    keys: Iterable[Key],
    evidence_of: Callable[[Store, Sequence[str]], Evidence],
) -> tuple[list[URIRef], list[Quad]]:
    """The nodes of ``keys`` recomputed from the events of their months (one month per query,
    found by its days in the date index), and their new quads (none for a node whose events
    are all gone)."""
    wanted = set(keys)
    places = {str(row[0]) for row in store.select_texts(_PLACES).rows}
    totals: dict[Key, Totals] = {}
    for month in sorted({key[2] for key in wanted}):
        tallies: dict[Key, _Tally] = {}
        _tally(store.select_texts(_month_query(month)).rows, places, tallies)
        totals.update((key, t.totals()) for key, t in tallies.items() if key in wanted)
    return [activity_node(key) for key in sorted(wanted)], list(_quads(store, totals, evidence_of))


def _month_query(month: str) -> str:
    """The attacks and clashes of one month (YYYY-MM), found by their dates: a filter on the
    month read every attack and clash of the store (3-5 s at 1M against 0.2 s)."""
    year, number = int(month[:4]), int(month[5:7])
    days = " ".join(
        sparql_term(Literal(f"{month}-{day:02d}", datatype=XSD.date))
        for day in range(1, calendar.monthrange(year, number)[1] + 1)
    )
    return _MONTH_EVENTS.replace("#DAYS#", days)


def _tally(rows: Iterable[Sequence[object]], places: set[str], tallies: dict[Key, _Tally]) -> None:
    """Count event rows (months, event, relation, date, article, agent, target, location)."""
    for _, event, rel, when, article, agent, target, location in rows:
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


def _quads(
    store: Store,
    totals: dict[Key, Totals],
    evidence_of: Callable[[Store, Sequence[str]], Evidence],
) -> Iterator[Quad]:
    evidence = evidence_of(store, sorted({t.example[1] for t in totals.values()}))
    for key, figures in totals.items():
        yield from _node_quads(key, figures, evidence)


def _places_among(store: Store, candidates: Sequence[str]) -> set[str]:
    """The candidates that are places (what :data:`_PLACES` lists, asked of a few IRIs)."""
    if not candidates:
        return set()
    values = " ".join(sparql_term(URIRef(c)) for c in candidates)
    query = _PLACES.replace(
        "SELECT DISTINCT ?place WHERE {",
        f"SELECT DISTINCT ?place WHERE {{ VALUES ?place {{ {values} }}",
    )
    return {str(row[0]) for row in store.select_texts(query).rows}


_FIELDS = {
    CKG.attackCount: "attacks", CKG.clashCount: "clashes", CKG.eventCount: "events",
    CKG.articleCount: "articles", CKG.firstDate: "first", CKG.lastDate: "last",
    CKG.exampleEvent: "example",
}  # fmt: skip


def _stored_totals(store: Store, keys: Sequence[Key]) -> dict[Key, Totals]:
    """What the stored nodes of ``keys`` hold (absent nodes are left out)."""
    by_node = {str(activity_node(key)): key for key in keys}
    fields = {str(p): name for p, name in _FIELDS.items()}
    found: dict[Key, Totals] = {}
    nodes = sorted(by_node)
    for start in range(0, len(nodes), _NODES):
        values = " ".join(sparql_term(URIRef(n)) for n in nodes[start : start + _NODES])
        table = store.select_texts(
            f"SELECT ?n ?p ?o WHERE {{ VALUES ?n {{ {values} }} "
            f"GRAPH {sparql_term(URIRef(SUMMARY_GRAPH))} {{ ?n ?p ?o }} }}"
        )
        held: dict[str, dict[str, str]] = {}
        agents: dict[str, set[str]] = {}
        for node, predicate, value in table.rows:
            p, v = str(predicate), str(value)
            if p in fields:
                held.setdefault(str(node), {})[fields[p]] = v
            if p in _RECORD_PREDICATES:  # a slim node's figures (a full one's are the same)
                held.setdefault(str(node), {}).update(_record_figures(v))
            if p in _AGENTS:
                agents.setdefault(str(node), set()).update(_AGENTS[p](v))
        for node, h in held.items():
            found[by_node[node]] = Totals(
                int(h["attacks"]), int(h["clashes"]), int(h["events"]), int(h["articles"]),
                h["first"], h["last"], agents.get(node, set()), (h["first"], h["example"]),
            )  # fmt: skip
    return found


_RECORD_PREDICATES = frozenset(str(p) for p in RECORDS.values())
_FIGURES = ("attacks", "clashes", "events", "articles", "first", "last")


def _record_figures(text: str) -> dict[str, str]:
    """The counts and dates of an activity record, as the node's own triples would give
    them (the example event is a triple of its own: the record holds only its key)."""
    values = json.loads(text)
    return {name: str(values[RECORD_FIELDS.index(name)]) for name in _FIGURES}


def _record_agents(text: str) -> list[str]:
    """The agents of an actor's record (a place's are in its ``agentList`` too)."""
    listed = json.loads(text)[RECORD_FIELDS.index("agents")]
    return [a if ":" in a else _ID + a for a in str(listed).split()]


_AGENTS: dict[str, Callable[[str], Iterable[str]]] = {
    str(CKG.summaryAgent): lambda v: [v],  # a month: one triple per agent
    str(CKG.agentList): str.split,  # a place
    str(CKG.actorActivityRecord): _record_agents,
}
_NODES = 1000  # nodes per look-up


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def _node_quads(key: Key, tally: Totals, evidence: Evidence) -> Iterator[Quad]:
    kind, subject, month = key
    g = URIRef(SUMMARY_GRAPH)
    node = activity_node(key)
    yield node, RDF.type, kind, g
    yield node, CKG.month, Literal(month), g
    if subject:
        yield node, CKG.summaryTarget, URIRef(subject), g
    if kind in RECORDS and tally.example[1] in evidence:
        # An actor or place node (summary shape 4, slim since issue 7): its record holds the
        # figures the queries read, so they are not repeated as triples (9 fewer quads a node)
        yield node, CKG.exampleEvent, URIRef(tally.example[1]), g
        if kind == CKG.PlaceActivity and tally.agents:  # full IRIs, for the refresh to merge
            yield node, CKG.agentList, Literal(" ".join(sorted(tally.agents))), g
        docid = str(evidence[tally.example[1]][1])
        yield node, RECORDS[kind], _record(subject, month, tally, docid), g
        return
    yield node, CKG.attackCount, _count(tally.attacks), g
    yield node, CKG.clashCount, _count(tally.clashes), g
    yield node, CKG.eventCount, _count(tally.events), g
    yield node, CKG.articleCount, _count(tally.articles), g
    yield node, CKG.firstDate, _date(tally.first), g
    yield node, CKG.lastDate, _date(tally.last), g
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


def _record(subject: str, month: str, tally: Totals, docid: str) -> Literal:
    """Everything the activity queries read of a node, as one JSON literal (see
    :data:`RECORD_FIELDS`); a place's agents as IRIs without the common prefix."""
    agents = " ".join(sorted(_short(a) for a in tally.agents))
    values = [
        subject, month, tally.attacks, tally.clashes, tally.events, tally.articles, tally.first,
        tally.last, event_key(tally.example[1]), docid, agents,
    ]  # fmt: skip
    return Literal(json.dumps(values, ensure_ascii=False, separators=(",", ":")))


def _short(iri: str) -> str:
    return iri[len(_ID) :] if iri.startswith(_ID) else iri


def activity_node(key: Key) -> URIRef:
    kind, subject, month = key
    digest = hashlib.sha256("\x1f".join((str(kind), subject, month)).encode()).hexdigest()[:20]
    return URIRef(f"{iris.BASE}id/summary/activity/{digest}")


@functools.lru_cache(maxsize=4096)  # one instance per value: a typed Literal costs ~8 us
def _count(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


@functools.lru_cache(maxsize=16384)
def _date(day: str) -> Literal:
    return Literal(day, datatype=XSD.date)


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
