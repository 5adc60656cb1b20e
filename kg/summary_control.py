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
group (its evidence) and the identifiers of the group's distinct articles, percent-encoded and
joined by commas, the evidence's article first; a siege report's line ends with its evidence
sentence (backslashes doubled, line breaks written ``\\n``). IRIs under
:data:`kg.iris.BASE` are written relative to it. Lines sort by date, so the claims up to a date
are a prefix found by bisection. The control queries (``kg/control_answers.py``) answer from
these literals in Python: "as of D", "within N days" and "the claim before" are a few hundred
rows to read instead of joins over every event.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

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
# One place per query, its IRI (serialised by Oxigraph) in the pattern: Oxigraph then starts
# from the place's events (0.04 s at 10M); with several places in VALUES, or the place
# substituted, it reads every control event first (10 places: 1-5 s; 100 places: 14-25 s).
_EVENTS = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?rel ?agent ?d ?e ?article ?docid WHERE {
  ?e ckg:target #PLACE# ; ckg:relation ?rel ; ckg:eventDate ?d ; ckg:article ?article .
  FILTER(?rel IN (ckg:controls, ckg:losesControlOf, ckg:besieges))
  OPTIONAL { ?e ckg:agent ?agent }
  OPTIONAL { ?article dcterms:identifier ?docid }
}"""
_PLACES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT DISTINCT ?place WHERE {
  VALUES ?rel { ckg:controls ckg:losesControlOf ckg:besieges }
  ?e ckg:relation ?rel ; ckg:target ?place . }"""
_SENTENCES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?e ?sentence WHERE { #VALUES# ?e ckg:sentenceText ?sentence }"""
_CHUNK = 4000  # events per sentence look-up
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
    rows = store.select_texts(_PLACES_IN_GRAPH, {"g": URIRef(graph)}).rows
    return {str(row[1]) for row in rows}


@dataclass
class _Group:
    events: dict[str, str] = field(default_factory=dict)  # event IRI -> its article's identifier


Line = tuple[str, str, str]  # date, kind, agent


def history_quads(store: Store, places: Sequence[str] | None) -> Iterator[Quad]:
    """The history nodes of ``places``, or of every place when None, one place at a time (so
    a rebuild holds one place's events at once)."""
    if places is None:
        places = sorted(str(row[0]) for row in store.select_texts(_PLACES).rows)
    for place in places:
        lines = _lines_of_place(store, place)
        if lines:
            reports = [min(g.events) for key, g in lines.items() if key[1] == "s"]
            yield from _node_quads(place, lines, _sentences(store, reports))


def _lines_of_place(store: Store, place: str) -> dict[Line, _Group]:
    lines: dict[Line, _Group] = {}
    query = _EVENTS.replace("#PLACE#", sparql_term(URIRef(place)))
    for rel, agent, when, event, article, docid in store.select_texts(query).rows:
        day = str(when)
        if len(day) != 10:  # not an xsd:date value: no query compares it
            continue
        kind = KINDS[str(rel).rsplit("#", 1)[-1]]
        who = short(str(agent)) if agent is not None else NO_AGENT
        if kind == "s" and who == NO_AGENT:
            continue  # a siege without a besieger is in no answer
        group = lines.setdefault((day, kind, who), _Group())
        group.events[str(event)] = quote(str(docid if docid is not None else article), safe="")
    return lines


def _sentences(store: Store, events: list[str]) -> dict[str, str]:
    """The evidence sentences of siege reports (a siege query answers thousands of rows: the
    sentence in the line spares it a look-up per row)."""
    found: dict[str, str] = {}
    for start in range(0, len(events), _CHUNK):
        values = (
            "VALUES ?e { "
            + " ".join(sparql_term(URIRef(e)) for e in events[start : start + _CHUNK])
            + " }"
        )
        for event, sentence in store.select_texts(_SENTENCES.replace("#VALUES#", values)).rows:
            found[str(event)] = str(sentence)
    return found


def escape(sentence: str) -> str:
    r"""A sentence as the last field of a line: backslashes doubled, line breaks as ``\n``.

    >>> escape("a\\b\nc") == "a\\\\b\\nc"
    True
    """
    return sentence.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def unescape(text: str) -> str:
    r"""The sentence :func:`escape` wrote.

    >>> unescape(escape("a\\b\nc\r")) == "a\\b\nc\r"
    True
    """
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m[1], m[1]), text)


def _node_quads(place: str, lines: dict[Line, _Group], sentences: dict[str, str]) -> Iterator[Quad]:
    g = URIRef(SUMMARY_GRAPH)
    besiegers = {who for _, kind, who in lines if kind == "s"}
    claims = [k for k in lines if k[1] != "s"]
    sieges = [k for k in lines if k[1] == "s" or k[2] in besiegers]
    node = history_node(place)
    yield node, RDF.type, CKG.ControlHistory, g
    yield node, CKG.summaryTarget, URIRef(place), g
    if claims:
        yield node, CKG.claimList, Literal(_text(claims, lines, {})), g
    if sieges:
        yield node, CKG.siegeList, Literal(_text(sieges, lines, sentences)), g


def _text(keys: list[Line], lines: dict[Line, _Group], sentences: dict[str, str]) -> str:
    out = []
    for key in sorted(keys):
        events = lines[key].events
        example = min(events)
        articles = ",".join([events[example], *sorted(set(events.values()) - {events[example]})])
        line = f"{key[0]} {key[1]} {key[2]} {short(example)} {articles}"
        if key[1] == "s" and example in sentences:
            line += " " + escape(sentences[example])
        out.append(line)
    return "\n".join(out)


def history_node(place: str) -> URIRef:
    digest = hashlib.sha256(place.encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{iris.BASE}id/summary/control-history/{digest}")
