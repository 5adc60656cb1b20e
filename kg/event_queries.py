"""The post-step of ``events-of-actor``: the newest events of an actor, read cheaply first.

An actor of a large archive is the agent or target of thousands of events; the query reads only
each event's IRI, date and role (one index look-up per pattern), and this step keeps the newest
``limit`` of them (with every event sharing the cut-off date, so ties are broken by article as
the query promises), then looks up the details of those events only: relation, article, the
other party, the place, the confidence and the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import Literal, URIRef

from kg.lookups import entities, event_details
from kg.store import Store, Table, Term, TextTable

COLUMNS = (
    "actor", "date", "role", "relation", "other", "place", "docid", "confidence", "sentence",
)  # fmt: skip
Hit = tuple[str, str, str | None, str]  # actor, event, date, role


def events_of_actor(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: events-of-actor``: one row per event, newest first, then by article."""
    hits: list[Hit] = [
        (str(a), str(e), d, str(r)) for a, e, d, r in table.rows if a is not None and e is not None
    ]
    chosen = _newest(hits, limit)
    details = event_details(store, {hit[1] for hit in chosen})
    wanted: set[str] = set()
    for _, event, _, role in chosen:
        known = details.get(event, {})
        wanted.update(x for x in (_other(known, role), _text(known.get("location"))) if x)
    facts = entities(store, wanted)
    rows: list[tuple[str, tuple[str, str], tuple[Term | None, ...]]] = []
    for actor, event, _, role in chosen:
        found = details.get(event)
        if found is None:
            continue
        other, place = _other(found, role), _text(found.get("location"))
        row: tuple[Term | None, ...] = (
            URIRef(actor),
            found.get("date"),
            Literal(role),
            Literal(str(found["rel"]).rpartition("#")[2]),
            _literal(facts.label(other) if other else None),
            _literal(facts.english.get(place) if place else None),
            found["docid"],
            found["confidence"],
            found["sentence"],
        )
        rows.append((_text(found.get("date")) or "", (str(found["docid"]), event), row))
    # ORDER BY DESC(?date) ?docid: by article (then event, so ties are always broken alike),
    # then (stably) newest first, undated last
    rows.sort(key=lambda r: r[1])
    rows.sort(key=lambda r: r[0], reverse=True)
    out = [row for _, _, row in rows]
    return Table(list(COLUMNS), out if limit is None else out[:limit])


def _newest(hits: Sequence[Hit], limit: int | None) -> list[Hit]:
    """The ``limit`` newest hits, with every other hit of the cut-off date, so the final order
    (by article within a date) decides which of them are kept."""
    dated = sorted((h for h in hits if h[2] is not None), key=lambda h: h[2] or "", reverse=True)
    ordered = dated + [h for h in hits if h[2] is None]
    if limit is None or len(ordered) <= limit:
        return ordered
    cutoff = ordered[limit - 1][2]
    if cutoff is None:
        return ordered  # the cut falls among the undated: all of them compete by article
    return [h for h in ordered if h[2] is not None and h[2] >= cutoff]


def _other(details: dict[str, Term | None], role: str) -> str | None:
    return _text(details.get("target" if role == "agent" else "agent"))


def _text(term: Term | None) -> str | None:
    return None if term is None else str(term)


def _literal(text: str | None) -> Literal | None:
    return None if text is None else Literal(text)
