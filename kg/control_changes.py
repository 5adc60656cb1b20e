"""Changes of control over a window, computed from the places' control histories.

The ``# then:`` steps of ``transfers``, ``contested-places`` and ``sieges-in-force`` (what holds
as of a date is in :mod:`kg.control_answers`; the history lines and look-ups in
:mod:`kg.control_lookup`). Each keeps the semantics the SPARQL over raw events had
(docs/queries.md) and parses only the lines of the kind it reads.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import Counter
from datetime import date

from rdflib import Literal, URIRef

from kg.control_lookup import (
    Claim,
    Lookup,
    claim_of,
    lines_of,
    parse,
    plain_term,
    sort_text,
    upto,
)
from kg.store import Store, Table, Term
from kg.summary_control import NO_AGENT, full
from kg.terms import date_term, integer_term

Record = dict[str, Term | None]
_TRANSFERS = "since until date place_label from_label to_label articles evidence example_article"
_TRANSFERS += " place from_actor to_actor"
_CONTESTED = "since until window_days place place_label claimants actors articles first last"
_CONTESTED += " evidence example_article"
_SIEGES = "as_of place_label besieger_label since last_report articles evidence example_article"
_SIEGES += " place besieger"


def transfers(store: Store, table: Table) -> Table:
    """Post-step of ``transfers``: each control claim in the window whose latest earlier claim
    (on a tie, the largest ``actor|label``, as the SPARQL's MAX did) names another actor;
    the first ``limit`` by date and place."""
    if not table.rows:
        return Table(_TRANSFERS.split(), [])
    look = Lookup(store)
    histories = []
    for record in table.records():  # only the fields the walk needs: date, agent, the rest
        split = [line.split(" ", 3) for line in lines_of(record["claims"]) if line[11] == "c"]
        histories.append((record, [x for x in split if x[2] != NO_AGENT]))
    agents = {x[2] for _, lines in histories for x in lines}
    look.read_labels(full(a) for a in agents)
    key = {a: f"{full(a)}|{look.key_label(full(a))}" for a in agents}
    found: list[tuple[str, Record, str, str, str]] = []  # date, record, agent, rest, previous
    for record, lines in histories:
        since, until = str(record["since"]), str(record["until"])
        before = today = ("", "")  # (key, agent) of the latest earlier date and of this date
        day = ""
        for when, _, agent, rest in lines:
            if when != day:
                before, today, day = today, ("", ""), when
            if since <= when <= until and before[1] and before[1] != agent:
                found.append((when, record, agent, rest, before[1]))
            today = max(today, (key[agent], agent))
    look.read_labels({str(f[1]["place"]) for f in found})
    first = heapq.nsmallest(
        int(str(table.rows[0][table.columns.index("limit")])),
        found,
        key=lambda f: (f[0], sort_text(look.label(str(f[1]["place"]))), f[2]),
    )
    claims = [parse(" ".join((when, "c", agent, rest))) for when, _, agent, rest, _ in first]
    look.read_evidence(c.event for c in claims)
    rows: list[tuple[Term | None, ...]] = [
        (
            record["since"],
            record["until"],
            date_term(claim.day),
            look.label(str(record["place"])),
            Literal(look.key_label(full(previous))),
            look.label(claim.agent),
            integer_term(len(claim.articles)),
            look.sentence(claim.event),
            claim.example_article(),
            record["place"],
            URIRef(full(previous)),
            URIRef(claim.agent or ""),
        )
        for (_, record, _, _, previous), claim in zip(first, claims, strict=True)
    ]
    return Table(_TRANSFERS.split(), rows)


def contested_places(store: Store, table: Table) -> Table:
    """Post-step of ``contested-places``: places with control claims by different actors
    within ``window_days`` of each other, both inside the window; the claims so paired."""
    found: list[tuple[Record, _Contest]] = []
    for record in table.records():
        window = int(str(record["window_days"]))
        lines = lines_of(record["claims"])
        inside = lines[bisect_left(lines, str(record["since"])) : upto(lines, str(record["until"]))]
        claims = [f for f in map(str.split, inside) if f[1] == "c" and f[2] != NO_AGENT]
        pairs = _paired(claims, window) if window >= 0 else []
        if pairs:
            found.append((record, _Contest(pairs)))
    look = Lookup(store)
    look.read_labels({x for r, c in found for x in (str(r["place"]), *c.actors)})
    look.read_evidence(c.example.event for _, c in found)
    rows: list[tuple[Term | None, ...]] = []
    for record, contest in found:
        labels = {str(label) for a in contest.actors if (label := look.label(a)) is not None}
        rows.append(
            (
                record["since"],
                record["until"],
                record["window_days"],
                record["place"],
                look.label(str(record["place"])),
                integer_term(len(contest.actors)),
                plain_term(", ".join(sorted(labels))),
                integer_term(len(contest.articles)),
                date_term(contest.first),
                date_term(contest.last),
                look.sentence(contest.example.event),
                contest.example.example_article(),
            )
        )
    rows.sort(key=lambda r: (-int(str(r[5])), sort_text(r[4])))
    return Table(_CONTESTED.split(), rows)


class _Contest:
    """What a place's paired claims (split lines, by date) add up to."""

    def __init__(self, pairs: list[list[str]]) -> None:
        self.actors = {full(f[2]) for f in pairs}
        self.articles = {a for f in pairs for a in f[4].split(",")}
        self.first, self.last = pairs[0][0], pairs[-1][0]
        # the earliest claim's smallest event is the evidence
        self.example = claim_of(min((f for f in pairs if f[0] == self.first), key=_event))


def _event(fields: list[str]) -> str:
    return full(fields[3])


def _paired(claims: list[list[str]], window: int) -> list[list[str]]:
    """The claims (split lines, by date) with another actor's claim at most ``window`` days
    away.

    >>> c = lambda day, who: [day, "c", who]
    >>> [x[2] for x in _paired([c("2017-01-01", "A"), c("2017-01-04", "B"), c("2017-02-01", "A")], 3)]
    ['A', 'B']
    """  # noqa: E501
    days = [date.fromisoformat(c[0]).toordinal() for c in claims]
    paired = []
    inside: Counter[str] = Counter()  # agents of the claims within the window of claim i
    low = high = 0
    for i, claim in enumerate(claims):
        while high < len(claims) and days[high] <= days[i] + window:
            inside[claims[high][2]] += 1
            high += 1
        while days[low] < days[i] - window:
            inside[claims[low][2]] -= 1
            low += 1
        if high - low > inside[claim[2]]:
            paired.append(claim)
    return paired


def sieges_in_force(store: Store, table: Table) -> Table:
    """Post-step of ``sieges-in-force``: per place and besieger, the siege reports up to the
    date that no control or loss claim of the besieger there followed (on the same day or later,
    up to the date)."""
    found: list[tuple[Record, str, list[Claim]]] = []
    for record in table.records():
        lines = lines_of(record["sieges"])
        reports: dict[str, list[Claim]] = {}
        ended: dict[str, str] = {}  # besieger -> its latest control or loss claim up to the date
        for claim in map(parse, lines[: upto(lines, str(record["as_of"]))]):
            agent = claim.agent or ""
            if claim.kind == "s":
                reports.setdefault(agent, []).append(claim)
            else:
                ended[agent] = claim.day
        for besieger, siege in reports.items():
            open_ = [c for c in siege if c.day > ended.get(besieger, "")]
            if open_:
                found.append((record, besieger, open_))
    look = Lookup(store)
    look.read_labels({x for r, b, _ in found for x in (str(r["place"]), b)})
    rows: list[tuple[Term | None, ...]] = [
        (
            record["as_of"],
            look.label(str(record["place"])),
            look.label(besieger),
            date_term(reports[0].day),
            date_term(reports[-1].day),
            integer_term(len({a for c in reports for a in c.articles})),
            reports[0].evidence(),
            reports[0].example_article(),
            record["place"],
            URIRef(besieger),
        )
        for record, besieger, reports in found
    ]
    rows.sort(key=lambda r: (str(r[3]), sort_text(r[1])))
    return Table(_SIEGES.split(), rows)
