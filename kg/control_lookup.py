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
from functools import cache

from rdflib import XSD, Literal, URIRef

from kg.store import Store, Term, sparql_term
from kg.summary_control import NO_AGENT, full

_LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?label WHERE { VALUES ?x { #IRIS# } ?x rdfs:label ?label }"""
_GOVERNORATES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?place ?in ?is WHERE { VALUES ?place { #IRIS# }
  { ?place ckg:inGovernorate ?in } UNION { ?place a ckg:Governorate BIND(?place AS ?is) } }"""
_EVIDENCE = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?e ?sentence ?docid WHERE { VALUES ?e { #IRIS# }
  ?e ckg:sentenceText ?sentence ; ckg:article ?article . ?article dcterms:identifier ?docid }"""
_CHUNK = 2000  # IRIs per look-up


@dataclass(frozen=True)
class Claim:
    """One line of a history: the events of one date, kind and agent."""

    day: str
    kind: str  # c: controls, l: losesControlOf, s: besieges
    agent: str | None
    event: str  # the smallest event IRI: the evidence
    articles: tuple[str, ...]


def parse(line: str) -> Claim:
    """
    >>> parse("2017-05-11 c id/actor/sdf id/event/e1 id/article/a,id/article/b").articles
    ('id/article/a', 'id/article/b')
    """
    day, kind, agent, event, articles = line.split(" ")
    return Claim(
        day,
        kind,
        None if agent == NO_AGENT else full(agent),
        full(event),
        tuple(articles.split(",")),
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


@cache
def date_term(day: str) -> Literal:
    return Literal(day, datatype=XSD.date)


@cache
def integer_term(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def plain_term(text: str) -> Literal:
    return Literal(text)


class Lookup:
    """Labels, governorates and evidence of the IRIs an answer names, read once each."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.labels: dict[str, list[Literal]] = {}
        self.evidence: dict[str, tuple[Term | None, Term | None]] = {}

    def _select(self, template: str, iris: Iterable[str]) -> list[tuple[Term | None, ...]]:
        wanted = sorted(set(iris))
        rows: list[tuple[Term | None, ...]] = []
        for start in range(0, len(wanted), _CHUNK):
            values = " ".join(sparql_term(URIRef(i)) for i in wanted[start : start + _CHUNK])
            rows += self.store.select(template.replace("#IRIS#", values)).rows
        return rows

    def read_labels(self, iris: Iterable[str]) -> None:
        missing = {i for i in iris if i not in self.labels}
        for i in missing:
            self.labels[i] = []
        for x, label in self._select(_LABELS, missing):
            if isinstance(label, Literal):
                self.labels[str(x)].append(label)

    def label(self, iri: str | None, *, english_only: bool = False) -> Literal | None:
        """The English label, else (unless ``english_only``) the first other one."""
        found = self.labels.get(iri or "", [])
        english = sorted((lab for lab in found if lab.language == "en"), key=str)
        if english or english_only:
            return english[0] if english else None
        return min(found, key=str) if found else None

    def key_label(self, iri: str) -> str:
        """The label that sorted last in the SPARQL key ``date|actor|label``."""
        found = self.labels.get(iri, [])
        english = [str(lab) for lab in found if lab.language == "en"]
        return max(english or [str(lab) for lab in found] or [""])

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
        for event, sentence, docid in self._select(_EVIDENCE, events):
            self.evidence[str(event)] = (sentence, docid)

    def sentence(self, event: str) -> Term | None:
        return self.evidence.get(event, (None, None))[0]

    def article(self, event: str) -> Term | None:
        return self.evidence.get(event, (None, None))[1]


def sort_text(term: Term | None) -> str:
    return "" if term is None else str(term)
