"""Reading the places' control histories: their lines, and the labels and evidence of answers.

Shared by the control queries' ``# then:`` steps (:mod:`kg.control_answers`,
:mod:`kg.control_changes`). A history literal (``kg/summary_control.py``) is split into its
date-sorted lines; the lines up to a date are a prefix found by bisection, and only the lines a
step needs are parsed into :class:`Claim`. The rows a step answers need labels and evidence:
:class:`Lookup` reads them for just those IRIs, in a few ``VALUES`` look-ups.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import unquote

from rdflib import Literal, URIRef

from kg.store import Store, Term, sparql_term
from kg.summary_control import NO_AGENT, full, unescape

_LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?label WHERE { VALUES ?x { #IRIS# } ?x rdfs:label ?label }"""
_GOVERNORATES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?place ?in ?is WHERE { VALUES ?place { #IRIS# }
  { ?place ckg:inGovernorate ?in } UNION { ?place a ckg:Governorate BIND(?place AS ?is) } }"""
_SENTENCES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?e ?sentence WHERE { VALUES ?e { #IRIS# } ?e ckg:sentenceText ?sentence }"""
_CHUNK = 2000  # IRIs per look-up


@dataclass(frozen=True)
class Claim:
    """One line of a history: the events of one date, kind and agent."""

    day: str
    kind: str  # c: controls, l: losesControlOf, s: besieges
    agent: str | None
    event: str  # the smallest event IRI: the evidence
    articles: tuple[str, ...]  # percent-encoded identifiers, the evidence's first
    sentence: str | None = None  # a siege report's evidence sentence, escaped

    def example_article(self) -> Literal:
        return Literal(unquote(self.articles[0]))

    def evidence(self) -> Literal | None:
        return None if self.sentence is None else Literal(unescape(self.sentence))


def parse(line: str) -> Claim:
    """
    >>> claim = parse("2017-05-11 c id/actor/sdf id/event/e1 b%2C1,a")
    >>> claim.articles, str(claim.example_article())
    (('b%2C1', 'a'), 'b,1')
    """
    return claim_of(line.split(" ", 5))


def claim_of(fields: list[str]) -> Claim:
    """The claim of a line split at its first five spaces (a sixth field is a sentence)."""
    day, kind, agent, event, articles = fields[:5]
    return Claim(
        day,
        kind,
        None if agent == NO_AGENT else full(agent),
        full(event),
        tuple(articles.split(",")),
        fields[5] if len(fields) > 5 else None,
    )


def lines_of(text: Term | None) -> list[str]:
    return str(text).split("\n") if text else []


def upto(lines: list[str], day: str) -> int:
    """How many lines are dated on or before ``day`` (" " sorts before "~")."""
    return bisect_right(lines, day + "~")


def days_before(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except OverflowError:
        return ""  # before any date


# --- terms ------------------------------------------------------------------------------------


def plain_term(text: str) -> Literal:
    return Literal(text)


class Lookup:
    """Labels, governorates and evidence sentences of the IRIs an answer names."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.labels: dict[str, Literal | None] = {}  # English, else the first other one
        self.english: dict[str, Literal | None] = {}
        self.keys: dict[str, str] = {}  # the label the SPARQL key "date|actor|label" held
        self.sentences: dict[str, Term | None] = {}

    def _select(self, template: str, iris: Iterable[str]) -> list[tuple[Term | None, ...]]:
        wanted = sorted(set(iris))
        rows: list[tuple[Term | None, ...]] = []
        for start in range(0, len(wanted), _CHUNK):
            values = " ".join(sparql_term(URIRef(i)) for i in wanted[start : start + _CHUNK])
            rows += self.store.select(template.replace("#IRIS#", values)).rows
        return rows

    def read_labels(self, iris: Iterable[str]) -> None:
        found: dict[str, list[Literal]] = {i: [] for i in iris if i and i not in self.labels}
        for x, label in self._select(_LABELS, found):
            if isinstance(label, Literal):
                found[str(x)].append(label)
        for iri, labels in found.items():
            english = sorted((lab for lab in labels if lab.language == "en"), key=str)
            others = sorted(labels, key=str)
            self.english[iri] = english[0] if english else None
            self.labels[iri] = english[0] if english else others[0] if others else None
            self.keys[iri] = str(english[-1] if english else others[-1] if others else "")

    def label(self, iri: str | None, *, english_only: bool = False) -> Literal | None:
        return (self.english if english_only else self.labels).get(iri or "")

    def key_label(self, iri: str) -> str:
        return self.keys.get(iri, "")

    def governorates(self, places: Iterable[str]) -> dict[str, str]:
        """A place's governorate: its ``ckg:inGovernorate``, else itself when it is one."""
        inside: dict[str, str] = {}
        itself: dict[str, str] = {}
        for place, in_, is_ in self._select(_GOVERNORATES, places):
            if in_ is not None:
                inside[str(place)] = str(in_)
            if is_ is not None:
                itself[str(place)] = str(is_)
        return {**itself, **inside}

    def read_evidence(self, events: Iterable[str]) -> None:
        for event, sentence in self._select(_SENTENCES, events):
            self.sentences[str(event)] = sentence

    def sentence(self, event: str) -> Term | None:
        return self.sentences.get(event)


def sort_text(term: Term | None) -> str:
    return "" if term is None else str(term)
