"""Hostility tallies: what co-belligerence reads of a pair's hostility record, ready to use.

A hostility record (:mod:`kg.summary_links`) lists a pair's evidence entry by entry; the
co-belligerence step parsed every entry of every record (~60 MB of JSON at 10M triples) to keep
the dated ones within its window and re-derive each link's articles, dates and evidence. A
tally keeps, per pair of entities A < B (by IRI) and per direction (A the agent, then B the
agent), what the step needs, computed when the record is written:

- a *head*: the first and last dates of the direction's dated entries, the earliest event
  (smallest by date, then event key) and the distinct articles, so a window that holds both
  dates takes the direction whole without reading its entries;
- its dated entries as three columns sorted by (date, event, article), so a window that cuts
  the direction keeps a slice found by bisection.

One literal per pair, at A only (the query reads every tally once)::

    <A> ckg:hostilityTally "A B \\n[head A agent]\\n[columns]\\n[head B agent]\\n[columns]" .

Each part is JSON, which escapes every newline inside it, so the lines split safely; an empty
direction is ``[]``. Undated entries are left out: no window keeps them. A pair naming one
entity at both ends has no tally (co-belligerence skips it).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple


class Side(NamedTuple):
    """One direction of a pair within a window: dates, earliest (date, event), articles."""

    first: str
    last: str
    evidence: tuple[str, str]
    articles: frozenset[str]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def tally_text(a: str, b: str, entries: Iterable[Sequence[Any]]) -> str | None:
    """The tally of the pair ``a`` < ``b`` from its record entries ``[date, article,
    1 if a is the agent, event, relation]``; None for a pair naming one entity twice."""
    if a == b:
        return None
    listed = list(entries)
    parts: list[str] = []
    for side in (1, 0):
        rows = sorted({(e[0], e[3], e[1]) for e in listed if e[0] and e[2] == side})
        if not rows:
            parts += ["[]", "[]"]
            continue
        dates, events, articles = (list(column) for column in zip(*rows, strict=True))
        head = [dates[0], dates[-1], events[0], sorted(set(articles))]
        parts += [_json(head), _json([dates, events, articles])]
    return f"{a} {b} \n" + "\n".join(parts)


class Tally(NamedTuple):
    """A parsed tally: the pair and its two directions' lines (entries parsed on demand)."""

    a: str
    b: str
    lines: tuple[str, str, str, str]

    def side(self, a_is_agent: bool, low: str, high: str) -> Side | None:
        """The direction's dated entries with ``low`` <= date <= ``high``, or None when none."""
        head_line, columns_line = self.lines[0:2] if a_is_agent else self.lines[2:4]
        head = json.loads(head_line)
        if not head:
            return None
        first, last, event, articles = head
        if low <= first and last <= high:  # the window holds the whole direction
            return Side(first, last, (first, event), frozenset(articles))
        dates, events, docids = json.loads(columns_line)
        start, end = bisect_left(dates, low), bisect_right(dates, high)
        if start >= end:
            return None
        return Side(
            dates[start],
            dates[end - 1],
            (dates[start], events[start]),
            frozenset(docids[start:end]),
        )


def parse_tally(text: str) -> Tally:
    prefix, head_1, columns_1, head_0, columns_0 = text.split("\n")
    a, b = prefix.split()
    return Tally(a, b, (head_1, columns_1, head_0, columns_0))
