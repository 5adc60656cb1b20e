"""Post-steps of ``activity-by-actor`` and ``activity-by-place``: monthly records added up.

Their SPARQL reads one JSON literal per (actor, month) or (place, month) node of the summary
graph (``ckg:actorActivityRecord``, ``ckg:placeActivityRecord``; fields in
:data:`kg.summary_activity.RECORD_FIELDS`) with one scan of one property; joining the eleven
properties of ~40,000 place-month nodes took 5–6 s at 10M triples. These steps keep the months
overlapping the window (months count whole), add the counts up per actor or place, count a
place's distinct agents, and look up labels, governorates and the evidence sentence (the
earliest month's example) of the rows they return.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef

from kg.lookups import entities, governorates, sentences
from kg.store import Store, Table, Term, TextTable
from kg.terms import date_term, integer_term

ACTOR_COLUMNS = [
    "since", "until", "actor_label", "events", "attacks", "clashes", "articles", "first",
    "last", "evidence", "example_article", "actor",
]  # fmt: skip
PLACE_COLUMNS = [
    "since", "until", "place_label", "governorate", "events", "attacks", "clashes", "agents",
    "articles", "first", "last", "evidence", "example_article", "place",
]  # fmt: skip


@dataclass
class _Sum:
    """One actor's or place's months added up."""

    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # attacks clashes events arts
    first: str = "~"
    last: str = ""
    example: tuple[str, str, str] = ("~", "", "")  # first date, event key, article
    agents: set[str] = field(default_factory=set)

    def add(self, record: list[Any]) -> None:
        _, _, attacks, clashes, events, articles, first, last, event, docid, agents = record
        counts = self.counts
        counts[0] += attacks
        counts[1] += clashes
        counts[2] += events
        counts[3] += articles
        self.first, self.last = min(self.first, first), max(self.last, last)
        self.example = min(self.example, (first, event, docid))
        if agents:
            self.agents.update(agents.split(" "))


def _sums(table: TextTable) -> tuple[Literal, Literal, dict[str, _Sum]]:
    """The window and each subject's records of the months overlapping it, added up."""
    since, until = str(table.rows[0][0]), str(table.rows[0][1])
    low, high = since[:7], until[:7]
    sums: dict[str, _Sum] = {}
    for row in table.rows:
        record = json.loads(str(row[2]))
        if low <= record[1] <= high:
            subject = record[0]
            if subject not in sums:
                sums[subject] = _Sum()
            sums[subject].add(record)
    return date_term(since), date_term(until), sums


def _label(labels: dict[str, str], entity: str) -> Literal | None:
    return Literal(labels[entity]) if entity in labels else None


def actor_activity(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: activity-by-actor``: attacks and clashes per actor in the window."""
    if not table.rows:
        return Table(list(ACTOR_COLUMNS), [])
    since, until, sums = _sums(table)
    labels = entities(store, sums).labels
    found = sentences(store, {s.example[1] for s in sums.values()})
    out: list[tuple[Term | None, ...]] = []
    for actor, s in sums.items():
        attacks, clashes, events, articles = s.counts
        out.append(
            (
                since,
                until,
                _label(labels, actor),
                integer_term(events),
                integer_term(attacks),
                integer_term(clashes),
                integer_term(articles),
                date_term(s.first),
                date_term(s.last),
                Literal(found[s.example[1]]) if s.example[1] in found else None,
                Literal(s.example[2]),
                URIRef(actor),
            )
        )
    out.sort(key=lambda r: (-int(str(r[3])), str(r[2] or "")))
    return Table(list(ACTOR_COLUMNS), out)


def place_activity(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: activity-by-place``: attacks and clashes per place in the window."""
    if not table.rows:
        return Table(list(PLACE_COLUMNS), [])
    since, until, sums = _sums(table)
    labels = entities(store, sums).labels
    provinces = governorates(store, sums)
    found = sentences(store, {s.example[1] for s in sums.values()})
    out: list[tuple[Term | None, ...]] = []
    for place, s in sums.items():
        attacks, clashes, events, articles = s.counts
        out.append(
            (
                since,
                until,
                _label(labels, place),
                _label(provinces, place),
                integer_term(events),
                integer_term(attacks),
                integer_term(clashes),
                integer_term(len(s.agents)),
                integer_term(articles),
                date_term(s.first),
                date_term(s.last),
                Literal(found[s.example[1]]) if s.example[1] in found else None,
                Literal(s.example[2]),
                URIRef(place),
            )
        )
    out.sort(key=lambda r: (-int(str(r[4])), str(r[2] or "")))
    return Table(list(PLACE_COLUMNS), out)
