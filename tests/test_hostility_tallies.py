"""Hostility tallies: co-belligerence reads them and answers what the hostility records say.

A tally is derived from its pair's record when the record is written, so co-belligerence need
not parse every record's entries; these tests pin the tally's content, its window cuts, and
the query's answer against one computed straight from the records, window by window.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import URIRef

from kg import iris
from kg.blocs import Link
from kg.co_belligerence import co_belligerence_of
from kg.gazetteer import Gazetteer
from kg.hostility_tallies import Side, Tally, parse_tally, tally_text
from kg.lookups import entities, sentences
from kg.queries import run_query
from kg.store import Store
from kg.summary_links import SUMMARY_GRAPH, parse_records
from kg.vocabulary import CKG
from tests.story import write_story

A, B = "https://example.org/a", "https://example.org/b"
ENTRIES = [  # [date, article, 1 if A is the agent, event, relation], as a record lists them
    ["2017-01-05", "d1", 1, "e9", "a"],
    ["2017-01-05", "d2", 1, "e3", "c"],
    ["2017-03-01", "d1", 1, "e4", "a"],
    ["", "d3", 1, "e1", "a"],  # undated: no window keeps it
    ["2017-02-10", "d4", 0, "e7", "c"],
]
WHOLE = ("1900-01-01", "2100-01-01")


@pytest.fixture
def tally() -> Tally:
    text = tally_text(A, B, ENTRIES)
    assert text is not None
    return parse_tally(text)


def test_a_tally_starts_with_its_pair_so_a_refresh_finds_it_by_prefix() -> None:
    text = tally_text(A, B, ENTRIES)
    assert text is not None and text.startswith(f"{A} {B} ")


def test_a_pair_naming_one_entity_twice_has_no_tally() -> None:
    assert tally_text(A, A, ENTRIES) is None


def test_a_window_holding_a_direction_takes_it_whole(tally: Tally) -> None:
    assert tally.side(True, *WHOLE) == Side(
        "2017-01-05", "2017-03-01", ("2017-01-05", "e3"), frozenset({"d1", "d2"})
    )
    assert tally.side(False, *WHOLE) == Side(
        "2017-02-10", "2017-02-10", ("2017-02-10", "e7"), frozenset({"d4"})
    )


@pytest.mark.parametrize(
    ("a_is_agent", "window", "expected"),
    [
        (True, ("2017-01-05", "2017-01-05"), Side(
            "2017-01-05", "2017-01-05", ("2017-01-05", "e3"), frozenset({"d1", "d2"}))),
        (True, ("2017-01-06", "2017-12-31"), Side(
            "2017-03-01", "2017-03-01", ("2017-03-01", "e4"), frozenset({"d1"}))),
        (True, ("2017-01-06", "2017-02-28"), None),
        (False, ("2017-03-01", "2017-12-31"), None),
        (False, ("2017-02-10", "2017-02-10"), Side(
            "2017-02-10", "2017-02-10", ("2017-02-10", "e7"), frozenset({"d4"}))),
    ],
)  # fmt: skip
def test_a_window_cutting_a_direction_keeps_its_dated_entries_inside(
    tally: Tally, a_is_agent: bool, window: tuple[str, str], expected: Side | None
) -> None:
    assert tally.side(a_is_agent, *window) == expected


def test_text_with_newlines_and_quotes_in_an_article_identifier_survives() -> None:
    text = tally_text(A, B, [["2017-01-05", 'doc "1"\nsecond line', 1, "e1", "a"]])
    assert text is not None
    side = parse_tally(text).side(True, *WHOLE)
    assert side is not None and side.articles == {'doc "1"\nsecond line'}


# --- the query against the records ---------------------------------------------------------

TARGETS = {
    iris.ONTOLOGY + name
    for name in ("Country", "StateForce", "ArmedGroup", "Coalition", "Person", "Organization")
}


@pytest.fixture(scope="module")
def war(gazetteer: Gazetteer) -> Iterator[Store]:
    with Store(None) as store:
        yield write_story(store, gazetteer)


def from_records(store: Store, since: str, until: str) -> list[tuple[str | None, ...]]:
    """Co-belligerence computed from every hostility record's entries, as before tallies."""
    table = store.select_texts(
        f"SELECT ?r WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?x <{CKG.hostilityRecord}> ?r }} }}"
    )
    records = parse_records(str(row[0]) for row in table.rows)
    facts = entities(store, {end for r in records for end in (r.a, r.b)})
    links = []
    for r in records:
        kept = [
            e
            for e in r.entries
            if r.a != r.b
            and e[0]
            and since <= e[0] <= until
            and facts.has_type(r.b if e[2] else r.a, TARGETS)
        ]
        if kept:
            dates = [e[0] for e in kept]
            evidence = min((e[0], e[3]) for e in kept)[1]
            articles = frozenset(e[1] for e in kept)
            label_a, label_b = facts.label(r.a), facts.label(r.b)
            link = Link(r.a, r.b, label_a, label_b, articles, min(dates), max(dates), evidence)
            links += [link, link._replace(a=r.b, b=r.a, label_a=label_b, label_b=label_a)]
    result = co_belligerence_of(links, None, None)
    said = sentences(store, {str(row[-1]) for row in result.rows})
    return [
        (*(None if v is None else str(v) for v in row[2:-1]), said[str(row[-1])])
        for row in result.rows
    ]


@pytest.mark.parametrize(
    ("window", "fights"),
    [
        (WHOLE, True),
        (("2017-07-01", "2017-07-31"), True),  # cuts the story's hostile pairs
        (("2017-07-15", "2017-09-30"), True),
        (("2016-01-01", "2017-07-10"), True),
        (("2017-07-10", "2017-07-10"), False),  # one fight: no pair shares an enemy
        (("2030-01-01", "2030-12-31"), False),
    ],
)
def test_co_belligerence_from_tallies_answers_what_the_records_say(
    war: Store, window: tuple[str, str], fights: bool
) -> None:
    since, until = window
    table = run_query(
        war, "co-belligerence", {"since": since, "until": until}, lambda k, t: URIRef(t)
    )
    got = [tuple(None if v is None else str(v) for v in row[2:]) for row in table.rows]
    assert got == from_records(war, since, until)
    assert bool(got) == fights
