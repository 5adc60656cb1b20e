"""Control histories: every place's dated control, loss and siege claims in two literals.

Part of the summary graph (``kg/summaries.py`` calls these functions when it refreshes or
rebuilds). One ``ckg:ControlHistory`` node per place holds:

- ``ckg:claimList``: one line per (date, relation, agent) of the dated ``controls`` and
  ``losesControlOf`` events targeting the place, agentless ones included (they still date the
  latest evidence);
- ``ckg:siegeList``: one line per (date, agent) of the dated ``besieges`` events naming a
  besieger, plus the control and loss lines of those besiegers at the place (a siege ends when
  its besieger reports either).

A line reads ``DATE KIND AGENT EVENT ARTICLES``: the ISO date, ``c`` (controls), ``l``
(losesControlOf) or ``s`` (besieges), the agent (``-`` when none), the smallest event IRI of the
group (its evidence) and the group's distinct articles joined by commas. IRIs under
:data:`kg.iris.BASE` are written relative to it. Lines sort by date, so the claims up to a date
are a prefix found by bisection. The control queries (``kg/control_answers.py``) answer from
these literals in Python: "as of D", "within N days" and "the claim before" are a few hundred
rows to read instead of joins over every event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from rdflib import RDF, Literal, URIRef

from kg import iris
from kg.model import Extraction, Relation
from kg.rdf import Quad
from kg.store import Store, sparql_term
from kg.vocabulary import CKG

SUMMARY_GRAPH = iris.BASE + "graph/summary"
KINDS = {
    Relation.CONTROLS.value: "c",
    Relation.LOSES_CONTROL_OF.value: "l",
    Relation.BESIEGES.value: "s",
}
NO_AGENT = "-"
_EVENTS = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?place ?rel ?agent ?d ?e ?article WHERE { #VALUES#
  VALUES ?rel { ckg:controls ckg:losesControlOf ckg:besieges }
  ?e ckg:relation ?rel ; ckg:target ?place ; ckg:eventDate ?d ; ckg:article ?article .
  OPTIONAL { ?e ckg:agent ?agent }
}"""
_PLACES_IN_GRAPH = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT DISTINCT ?g ?place WHERE { GRAPH ?g {
  VALUES ?rel { ckg:controls ckg:losesControlOf ckg:besieges }
  ?e ckg:relation ?rel ; ckg:target ?place . } }"""


def short(iri: str) -> str:
    """An IRI as written in a list: relative to :data:`kg.iris.BASE` when under it.

    >>> short(iris.BASE + "id/actor/russia"), short("http://example.org/x")
    ('id/actor/russia', 'http://example.org/x')
    """
    return iri[len(iris.BASE) :] if iri.startswith(iris.BASE) else iri


def full(text: str) -> str:
    """The IRI of a list entry (absolute IRIs have a scheme, relative ones do not).

    >>> full("id/actor/russia") == iris.BASE + "id/actor/russia", full("http://example.org/x")
    (True, 'http://example.org/x')
    """
    return text if ":" in text else iris.BASE + text


def places_of_extraction(x: Extraction) -> set[str]:
    """The places whose history an extraction's events feed (dated or not: a cheap superset)."""
    return {
        a.target.iri for a in x.assertions if a.relation.value in KINDS and a.target is not None
    }


def places_in_graph(store: Store, graph: str) -> set[str]:
    """The places whose history the events stored in ``graph`` feed."""
    return {str(row[1]) for row in store.select(_PLACES_IN_GRAPH, {"g": URIRef(graph)}).rows}


@dataclass
class _Group:
    events: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


Line = tuple[str, str, str]  # date, kind, agent


def history_quads(store: Store, places: Sequence[str] | None) -> Iterator[Quad]:
    """The history nodes of ``places``, or of every place when None."""
    if places is not None and not places:
        return
    values = ""
    if places is not None:
        values = "VALUES ?place { " + " ".join(sparql_term(URIRef(p)) for p in places) + " }"
    groups: dict[str, dict[Line, _Group]] = {}
    for place, rel, agent, when, event, article in store.select(
        _EVENTS.replace("#VALUES#", values)
    ).rows:
        day = str(when)
        if len(day) != 10:  # not an xsd:date value: no query compares it
            continue
        kind = KINDS[str(rel).rsplit("#", 1)[-1]]
        who = short(str(agent)) if agent is not None else NO_AGENT
        if kind == "s" and who == NO_AGENT:
            continue  # a siege without a besieger is in no answer
        group = groups.setdefault(str(place), {}).setdefault((day, kind, who), _Group())
        group.events.add(str(event))
        group.articles.add(short(str(article)))
    for place_iri, lines in groups.items():
        yield from _node_quads(place_iri, lines)


def _node_quads(place: str, lines: dict[Line, _Group]) -> Iterator[Quad]:
    g = URIRef(SUMMARY_GRAPH)
    besiegers = {who for _, kind, who in lines if kind == "s"}
    claims = [k for k in lines if k[1] != "s"]
    sieges = [k for k in lines if k[1] == "s" or k[2] in besiegers]
    node = history_node(place)
    yield node, RDF.type, CKG.ControlHistory, g
    yield node, CKG.summaryTarget, URIRef(place), g
    if claims:
        yield node, CKG.claimList, Literal(_text(claims, lines)), g
    if sieges:
        yield node, CKG.siegeList, Literal(_text(sieges, lines)), g


def _text(keys: list[Line], lines: dict[Line, _Group]) -> str:
    out = []
    for key in sorted(keys):
        group = lines[key]
        articles = ",".join(sorted(group.articles))
        out.append(f"{key[0]} {key[1]} {key[2]} {short(min(group.events))} {articles}")
    return "\n".join(out)


def history_node(place: str) -> URIRef:
    digest = hashlib.sha256(place.encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{iris.BASE}id/summary/control-history/{digest}")
