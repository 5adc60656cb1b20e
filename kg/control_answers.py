"""Who holds what as of a date, computed from the places' control histories.

The ``# then:`` steps of ``control-as-of`` and ``territory``: their SPARQL reads one
``ckg:claimList`` literal per place (``kg/summary_control.py``) and these steps keep the
semantics the SPARQL over raw events had (docs/queries.md). As of D, a place's latest evidence
is the last of its date-sorted lines up to D (found by bisection); rival claims are the lines
within ``window_days`` before it. Only the rows answered get labels and evidence
(:class:`kg.control_lookup.Lookup`), so a query reads a few hundred literals and parses a few
lines of each instead of joining every event (over 30 s at 10M triples).
"""

from __future__ import annotations

from bisect import bisect_left

from rdflib import URIRef

from kg.control_lookup import (
    Claim,
    Lookup,
    days_before,
    lines_of,
    parse,
    plain_term,
    sort_text,
    upto,
)
from kg.store import Store, Table, Term
from kg.summary_control import NO_AGENT, short
from kg.terms import date_term, integer_term

# --- latest claims and rivals -----------------------------------------------------------------


def _active_rivals(lines: list[str], end: int, latest: str, window_days: int) -> dict[str, str]:
    """Agents that claimed control within ``window_days`` before ``latest`` (lines before
    ``end``) and have not reported losing the place since their last such claim: agent -> date."""
    if window_days < 0:
        return {}  # "P-1D" is no duration: the SPARQL matched no rival
    start = bisect_left(lines, days_before(latest, window_days), 0, end)
    claimed: dict[str, str] = {}
    lost: dict[str, str] = {}
    for claim in map(parse, lines[start:end]):
        if claim.agent is None:
            continue
        if claim.kind == "c":
            claimed[claim.agent] = claim.day  # lines sort by date: the last one is the latest
        elif claim.kind == "l":
            lost[claim.agent] = claim.day
    return {a: day for a, day in claimed.items() if lost.get(a, "") < day}


def _latest(lines: list[str], end: int, *, agented: bool) -> tuple[str, list[Claim]] | None:
    """The latest date among the first ``end`` lines (only lines naming an agent when
    ``agented``) and that date's claims that name an agent."""
    index = end - 1
    while index >= 0 and agented and lines[index].split(" ", 3)[2] == NO_AGENT:
        index -= 1
    if index < 0:
        return None
    day = lines[index][:10]
    first = bisect_left(lines, day, 0, end)
    return day, [c for c in map(parse, lines[first:end]) if c.agent is not None]


def control_as_of(store: Store, table: Table) -> Table:
    """Post-step of ``control-as-of``: the latest claims of every place as of the date."""
    found: list[tuple[Term | None, Term | None, Claim, str, list[str]]] = []
    for record in table.records():
        as_of, window = record["as_of"], int(str(record["window_days"]))
        lines = lines_of(record["claims"])
        end = upto(lines, str(as_of))
        latest = _latest(lines, end, agented=False)
        if latest is None:
            continue
        day, claims = latest
        rivals = _active_rivals(lines, end, day, window) if claims else {}
        for claim in claims:
            against = [r for r in rivals if r != claim.agent] if claim.kind == "c" else []
            found.append((as_of, record["window_days"], claim, str(record["place"]), against))
    look = Lookup(store)
    look.read_labels([x for *_, c, p, rs in found for x in (p, c.agent or "", *rs)])
    look.read_evidence(c.event for _, _, c, _, _ in found)
    rows: list[tuple[Term | None, ...]] = []
    for as_of, window_days, claim, place, against in found:
        status = "lost" if claim.kind == "l" else "contested" if against else "controlled"
        rows.append(
            (
                as_of,
                window_days,
                look.label(place),
                look.label(claim.agent),
                plain_term(status),
                date_term(claim.day),
                _rival_labels(look, against),
                integer_term(len(claim.articles)),
                claim.example_article(),
                look.sentence(claim.event),
                URIRef(place),
                URIRef(claim.agent or ""),
            )
        )
    rows.sort(key=lambda r: (sort_text(r[2]), sort_text(r[3])))
    columns = "as_of window_days place actor status since contested_by articles"
    columns += " example_article evidence place_iri actor_iri"
    return Table(columns.split(), rows)


def _rival_labels(look: Lookup, rivals: list[str]) -> Term | None:
    """The rivals' labels (unbound when none, as the SPARQL's GROUP_CONCAT left it)."""
    labels = sorted({str(lab) for r in rivals if (lab := look.label(r)) is not None})
    return plain_term(", ".join(labels)) if labels else None


def territory(store: Store, table: Table) -> Table:
    """Post-step of ``territory``: the places whose latest claim is the actor's control."""
    found: list[tuple[dict[str, Term | None], Claim, str, list[str]]] = []
    for record in table.records():
        actor = str(record["actor"])
        text = str(record["claims"] or "")
        if short(actor) not in text:
            continue  # the actor never claimed this place
        lines = text.split("\n")
        end = upto(lines, str(record["as_of"]))
        latest = _latest(lines, end, agented=True)
        if latest is None:
            continue
        day, claims = latest
        mine = [c for c in claims if c.agent == actor]
        if not any(c.kind == "c" for c in mine) or any(c.kind == "l" for c in mine):
            continue  # not its claim, or it also reported losing the place that day
        claim = next(c for c in mine if c.kind == "c")
        window = int(str(record["window_days"]))
        against = [r for r in _active_rivals(lines, end, day, window) if r != actor]
        found.append((record, claim, str(record["place"]), against))
    look = Lookup(store)
    governorates = look.governorates(p for _, _, p, _ in found)
    names = [x for _, _, p, rs in found for x in (p, *rs)]
    look.read_labels([*names, *governorates.values()])
    look.read_evidence(c.event for _, c, _, _ in found)
    rows: list[tuple[Term | None, ...]] = []
    for record, claim, place, against in found:
        governorate = governorates.get(place)
        rows.append(
            (
                record["actor"],
                record["as_of"],
                record["window_days"],
                look.label(governorate, english_only=True),
                look.label(place),
                plain_term("contested" if against else "controlled"),
                date_term(claim.day),
                _rival_labels(look, against),
                integer_term(len(claim.articles)),
                look.sentence(claim.event),
                claim.example_article(),
                URIRef(place),
                URIRef(governorate) if governorate else None,
            )
        )
    rows.sort(key=lambda r: (sort_text(r[3]), sort_text(r[4])))
    columns = "actor as_of window_days governorate_label place_label status since contested_by"
    columns += " articles evidence example_article place governorate_iri"
    return Table(columns.split(), rows)
