"""Changes of control over a window, computed from the places' control histories.

The ``# then:`` steps of ``transfers``, ``contested-places`` and ``sieges-in-force`` (what holds
as of a date is in :mod:`kg.control_answers`; the history lines and look-ups in
:mod:`kg.control_lookup`). Each keeps the semantics the SPARQL over raw events had
(docs/queries.md) and parses only the lines of the kind it reads.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from rdflib import Literal, URIRef

from kg.control_lookup import (
    Claim,
    Lookup,
    date_term,
    integer_term,
    lines_of,
    parse,
    plain_term,
    sort_text,
    upto,
)
from kg.store import Store, Table, Term

Record = dict[str, Term | None]
_TRANSFERS = "since until date place_label from_label to_label articles evidence example_article"
_TRANSFERS += " place from_actor to_actor"
_CONTESTED = "since until window_days place place_label claimants actors articles first last"
_CONTESTED += " evidence example_article"
_SIEGES = "as_of place_label besieger_label since last_report articles evidence example_article"
_SIEGES += " place besieger"


def _controls(record: Record, column: str = "claims") -> list[Claim]:
    """The control claims naming an agent, by date (the kind is the line's 12th character)."""
    claims = [parse(line) for line in lines_of(record[column]) if line[11] == "c"]
    return [c for c in claims if c.agent is not None]


def transfers(store: Store, table: Table) -> Table:
    """Post-step of ``transfers``: each control claim in the window whose latest earlier claim
    (on a tie, the largest ``actor|label``, as the SPARQL's MAX did) names another actor;
    the first ``limit`` by date and place."""
    if not table.rows:
        return Table(_TRANSFERS.split(), [])
    histories = [(record, _controls(record)) for record in table.records()]
    look = Lookup(store)
    look.read_labels({c.agent or "" for _, claims in histories for c in claims})
    found: list[tuple[Record, Claim, str]] = []
    for record, claims in histories:
        since, until = str(record["since"]), str(record["until"])
        before: tuple[str, str] | None = None  # (actor|label, actor) of the latest earlier day
        today: tuple[str, str] | None = None  # the same, among the claims of the current day
        for index, claim in enumerate(claims):
            if index and claims[index - 1].day != claim.day:
                before, today = today, None
            agent = claim.agent or ""
            if since <= claim.day <= until and before is not None and before[1] != agent:
                found.append((record, claim, before[1]))
            key = (f"{agent}|{look.key_label(agent)}", agent)
            today = key if today is None else max(today, key)
    places = {str(record["place"]) for record, _, _ in found}
    look.read_labels(places)
    found.sort(key=lambda f: (f[1].day, sort_text(look.label(str(f[0]["place"]))), f[1].agent))
    found = found[: int(str(table.rows[0][table.columns.index("limit")]))]
    look.read_evidence(claim.event for _, claim, _ in found)
    rows: list[tuple[Term | None, ...]] = [
        (
            record["since"],
            record["until"],
            date_term(claim.day),
            look.label(str(record["place"])),
            Literal(look.key_label(previous)),
            look.label(claim.agent),
            integer_term(len(claim.articles)),
            look.sentence(claim.event),
            look.article(claim.event),
            record["place"],
            URIRef(previous),
            URIRef(claim.agent or ""),
        )
        for record, claim, previous in found
    ]
    return Table(_TRANSFERS.split(), rows)


def contested_places(store: Store, table: Table) -> Table:
    """Post-step of ``contested-places``: places with control claims by different actors
    within ``window_days`` of each other, both inside the window; the claims so paired."""
    found: list[tuple[Record, list[Claim]]] = []
    for record in table.records():
        window = int(str(record["window_days"]))
        since, until = str(record["since"]), str(record["until"])
        claims = [c for c in _controls(record) if since <= c.day <= until]
        paired = _paired(claims, window) if window >= 0 else []
        if paired:
            found.append((record, paired))
    look = Lookup(store)
    look.read_labels(
        {x for r, ps in found for x in (str(r["place"]), *(c.agent or "" for c in ps))}
    )
    look.read_evidence(min((c.day, c.event) for c in ps)[1] for _, ps in found)
    rows: list[tuple[Term | None, ...]] = []
    for record, paired in found:
        actors = {c.agent or "" for c in paired}
        labels = {str(label) for a in actors if (label := look.label(a)) is not None}
        example = min((c.day, c.event) for c in paired)[1]
        rows.append(
            (
                record["since"],
                record["until"],
                record["window_days"],
                record["place"],
                look.label(str(record["place"])),
                integer_term(len(actors)),
                plain_term(", ".join(sorted(labels))),
                integer_term(len({a for c in paired for a in c.articles})),
                date_term(min(c.day for c in paired)),
                date_term(max(c.day for c in paired)),
                look.sentence(example),
                look.article(example),
            )
        )
    rows.sort(key=lambda r: (-int(str(r[5])), sort_text(r[4])))
    return Table(_CONTESTED.split(), rows)


def _paired(claims: list[Claim], window: int) -> list[Claim]:
    """The claims with another actor's claim at most ``window`` days away (claims by date).

    >>> c = lambda day, who: Claim(day, "c", who, "e", ("a",))
    >>> [x.agent for x in _paired([c("2017-01-01", "A"), c("2017-01-04", "B"), c("2017-02-01", "A")], 3)]
    ['A', 'B']
    """  # noqa: E501
    days = [date.fromisoformat(c.day).toordinal() for c in claims]
    paired = []
    inside: Counter[str | None] = Counter()  # agents of the claims within the window of claim i
    low = high = 0
    for i, claim in enumerate(claims):
        while high < len(claims) and days[high] <= days[i] + window:
            inside[claims[high].agent] += 1
            high += 1
        while days[low] < days[i] - window:
            inside[claims[low].agent] -= 1
            low += 1
        if high - low > inside[claim.agent]:
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
    look.read_evidence(reports[0].event for _, _, reports in found)
    rows: list[tuple[Term | None, ...]] = [
        (
            record["as_of"],
            look.label(str(record["place"])),
            look.label(besieger),
            date_term(reports[0].day),
            date_term(reports[-1].day),
            integer_term(len({a for c in reports for a in c.articles})),
            look.sentence(reports[0].event),
            look.article(reports[0].event),
            record["place"],
            URIRef(besieger),
        )
        for record, besieger, reports in found
    ]
    rows.sort(key=lambda r: (str(r[3]), sort_text(r[1])))
    return Table(_SIEGES.split(), rows)
