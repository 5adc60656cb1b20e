"""Alliance, control and activity queries: the expected rows on a small hand-written war.

The graph is :mod:`tests.story`; its docstring tells the story these rows come from.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.errors import QueryError
from kg.gazetteer import Gazetteer
from kg.names import resolve_name
from kg.queries import canned_queries, run_query
from kg.store import Store
from tests.story import write_story

INJECTION = '" } ; DROP ALL ; #'


@pytest.fixture(scope="module")
def war(gazetteer: Gazetteer) -> Iterator[Store]:
    with Store(None) as store:
        yield write_story(store, gazetteer)


def rows(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    table = run_query(store, name, params, lambda kind, text: resolve_name(store, kind, text))
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in table.records()]


def pick(records: list[dict[str, str]], *columns: str) -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in columns) for r in records]


# --- alliances --------------------------------------------------------------------------------


def test_supported_by_lists_whom_an_actor_backs(war: Store) -> None:
    got = rows(war, "supported-by", actor="الولايات المتحدة")
    assert pick(got, "supported_label", "articles", "first", "last") == [
        ("Syrian Democratic Forces", "2", "2017-08-01", "2017-09-01")
    ]
    assert got[0]["example_article"] in {"s1", "s2"}


def test_allies_come_from_alliances_and_mutual_support(war: Store) -> None:
    got = rows(war, "allies", actor="Syrian government forces")
    assert pick(got, "ally_label", "basis", "articles") == [
        ("Hezbollah", "alliedWith", "1"),
        ("Russia", "alliedWith", "1"),
    ]
    (turkey,) = rows(war, "allies", actor="Turquie")
    assert (turkey["ally_label"], turkey["basis"]) == ("Syrian National Army", "mutual support")
    assert not rows(war, "allies", actor="United States"), "one-way support is not an alliance"


@pytest.mark.parametrize(
    ("window", "blocs"),
    [
        (
            {},
            [
                ("4", "Hezbollah | Iran | Russia | Syrian government forces", "3", "4"),
                ("2", "Syrian Democratic Forces | United States", "1", "2"),
                ("2", "Syrian National Army | Turkey", "1", "1"),
            ],
        ),
        (
            {"since": "2017-06-01", "until": "2017-08-31"},
            [
                ("2", "Syrian Democratic Forces | United States", "1", "1"),
                ("2", "Syrian National Army | Turkey", "1", "1"),
            ],
        ),
        ({"since": "2018-01-01"}, []),
    ],
)
def test_alliance_blocs_are_connected_groups_within_the_window(
    war: Store, window: dict[str, str], blocs: list[tuple[str, ...]]
) -> None:
    got = rows(war, "alliance-blocs", **window)
    assert pick(got, "size", "members", "links", "articles") == blocs
    assert [r["bloc"] for r in got] == [str(n) for n in range(1, len(blocs) + 1)]


def test_common_enemies_of_two_actors(war: Store) -> None:
    got = rows(war, "common-enemies", actor="Russia", other="Syrian government forces")
    assert pick(got, "enemy_label", "articles_actor", "articles_other", "first", "last") == [
        ("Hayat Tahrir al-Sham", "1", "1", "2017-07-15", "2017-07-20"),
        ("Islamic State", "1", "1", "2017-07-01", "2017-07-10"),
    ]
    assert got[1]["evidence_actor"] == "Russian jets bombed Islamic State."
    assert not rows(war, "common-enemies", actor="Turkey", other="United States")


def test_enemy_of_my_enemy_candidates(war: Store) -> None:
    got = rows(war, "enemy-of-my-enemy", actor="SDF")
    assert sorted(pick(got, "candidate_label", "via", "already_allied")) == [
        ("Russia", "Islamic State", "false"),
        ("Syrian government forces", "Islamic State", "false"),
        ("United States", "Islamic State", "true"),
    ]


def test_enemy_of_my_enemy_names_the_shared_enemies_by_label(war: Store) -> None:
    got = rows(war, "enemy-of-my-enemy", actor="Russia")
    government = next(r for r in got if r["candidate_label"] == "Syrian government forces")
    assert (government["shared_enemies"], government["via"]) == (
        "2",
        "Hayat Tahrir al-Sham, Islamic State",
    )
    assert government["evidence"], "the earliest report of the candidate's hostility"


def test_co_belligerence_pairs_share_an_enemy(war: Store) -> None:
    got = rows(war, "co-belligerence")
    pairs = {(r["label_a"], r["label_b"]): (r["shared_enemies"], r["enemies"]) for r in got}
    assert len(pairs) == 10
    assert pairs[("Russia", "Syrian government forces")] == (
        "2",
        "Hayat Tahrir al-Sham, Islamic State",
    )
    assert pairs[("Syrian National Army", "Turkey")] == ("1", "Syrian Democratic Forces")
    assert pick(got[:2], "shared_enemies") == [("2",), ("2",)]
    july = rows(war, "co-belligerence", since="2017-07-01", until="2017-07-31")
    assert pick(july, "label_a", "label_b", "shared_enemies", "articles") == [
        ("Hayat Tahrir al-Sham", "Islamic State", "2", "4"),
        ("Russia", "Syrian government forces", "2", "4"),
    ]


def test_actor_profile_gathers_every_relation(war: Store) -> None:
    got = rows(war, "actor-profile", actor="قوات سوريا الديمقراطية")
    assert {(r["label_en"], r["label_fr"], r["type"]) for r in got} == {
        ("Syrian Democratic Forces", "Forces démocratiques syriennes", "ArmedGroup")
    }
    assert pick(got, "role", "relation", "other_label", "articles") == [
        ("agent", "clashesWith", "Islamic State", "1"),
        ("agent", "controls", "Tabqa", "3"),
        ("agent", "controls", "Manbij", "1"),
        ("agent", "controls", "Raqqa", "1"),
        ("target", "attacks", "Turkey", "1"),
        ("target", "clashesWith", "Syrian National Army", "1"),
        ("target", "supports", "United States", "2"),
    ]


# --- control ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2016-12-31", set()),
        (
            "2017-02-24",
            {
                ("Raqqa", "Islamic State", "controlled", ""),
                ("Tabqa", "Islamic State", "controlled", ""),
                ("al-Bab", "Syrian National Army", "controlled", ""),
            },
        ),
        (  # captured: the SDF take Tabqa; al-Bab claimed by two actors three days apart
            "2017-06-05",
            {
                ("Douma", "Syrian government forces", "controlled", ""),
                ("Manbij", "Islamic State", "contested", "Syrian Democratic Forces"),
                ("Manbij", "Syrian Democratic Forces", "contested", "Islamic State"),
                ("Raqqa", "Islamic State", "controlled", ""),
                ("Tabqa", "Syrian Democratic Forces", "controlled", ""),
                ("al-Bab", "Syrian government forces", "contested", "Syrian National Army"),
            },
        ),
        (  # lost: IS back in Tabqa
            "2017-08-15",
            {
                ("Douma", "Syrian government forces", "controlled", ""),
                ("Manbij", "Islamic State", "contested", "Syrian Democratic Forces"),
                ("Manbij", "Syrian Democratic Forces", "contested", "Islamic State"),
                ("Raqqa", "Islamic State", "controlled", ""),
                ("Tabqa", "Islamic State", "controlled", ""),
                ("al-Bab", "Syrian government forces", "contested", "Syrian National Army"),
            },
        ),
        (  # retaken: the SDF again in Tabqa; IS reported losing Raqqa as the SDF take it
            "2017-12-31",
            {
                ("Douma", "Syrian government forces", "controlled", ""),
                ("Manbij", "Islamic State", "contested", "Syrian Democratic Forces"),
                ("Manbij", "Syrian Democratic Forces", "contested", "Islamic State"),
                ("Raqqa", "Islamic State", "lost", ""),
                ("Raqqa", "Syrian Democratic Forces", "controlled", ""),
                ("Tabqa", "Syrian Democratic Forces", "controlled", ""),
                ("al-Bab", "Syrian government forces", "contested", "Syrian National Army"),
            },
        ),
    ],
)
def test_control_as_of_through_capture_loss_and_retaking(
    war: Store, as_of: str, expected: set[tuple[str, ...]]
) -> None:
    got = rows(war, "control-as-of", as_of=as_of)
    assert set(pick(got, "place", "actor", "status", "contested_by")) == expected


def test_control_as_of_contests_only_same_day_claims_with_a_zero_window(war: Store) -> None:
    got = rows(war, "control-as-of", as_of="2017-03-01", window_days="0")
    al_bab = [r for r in got if r["place"] == "al-Bab"]
    assert pick(al_bab, "actor", "status", "since", "example_article") == [
        ("Syrian government forces", "controlled", "2017-02-26", "b2")
    ]


def test_control_timeline_is_a_list_of_validity_intervals(war: Store) -> None:
    got = rows(war, "control-timeline", place="الطبقة")
    assert pick(got, "actor_label", "status", "from", "until", "articles", "last_confirmed") == [
        ("Islamic State", "controlled", "2017-01-10", "2017-05-11", "1", "2017-01-10"),
        ("Syrian Democratic Forces", "controlled", "2017-05-11", "2017-08-01", "2", "2017-05-12"),
        ("Islamic State", "controlled", "2017-08-01", "2017-09-01", "1", "2017-08-01"),
        ("Syrian Democratic Forces", "controlled", "2017-09-01", "", "1", "2017-09-01"),
    ]
    manbij = rows(war, "control-timeline", place="Manbij")
    assert pick(manbij, "actor_label", "status", "until") == [
        ("Islamic State", "contested", ""),
        ("Syrian Democratic Forces", "contested", ""),
    ]


def test_transfers_name_the_previous_and_the_new_holder(war: Store) -> None:
    got = rows(war, "transfers")
    assert pick(got, "date", "place_label", "from_label", "to_label", "example_article") == [
        ("2017-02-26", "al-Bab", "Syrian National Army", "Syrian government forces", "b2"),
        ("2017-05-11", "Tabqa", "Islamic State", "Syrian Democratic Forces", "t2"),
        ("2017-08-01", "Tabqa", "Syrian Democratic Forces", "Islamic State", "t3"),
        ("2017-09-01", "Tabqa", "Islamic State", "Syrian Democratic Forces", "t4"),
        ("2017-10-17", "Raqqa", "Islamic State", "Syrian Democratic Forces", "r2"),
    ]
    summer = rows(war, "transfers", since="2017-06-01", until="2017-09-30")
    assert pick(summer, "date", "to_label") == [
        ("2017-08-01", "Islamic State"),
        ("2017-09-01", "Syrian Democratic Forces"),
    ]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2017-05-01", []),
        (
            "2017-08-15",  # Tabqa lost to IS on 1 August
            [("Aleppo Governorate", "Manbij", "contested", "Islamic State", "2017-06-01")],
        ),
        (
            "2017-12-31",
            [
                ("Aleppo Governorate", "Manbij", "contested", "Islamic State", "2017-06-01"),
                ("Raqqa Governorate", "Raqqa", "controlled", "", "2017-10-17"),
                ("Raqqa Governorate", "Tabqa", "controlled", "", "2017-09-01"),
            ],
        ),
    ],
)
def test_territory_by_governorate(war: Store, as_of: str, expected: list[tuple[str, ...]]) -> None:
    got = rows(war, "territory", actor="FDS", as_of=as_of)
    columns = ("governorate_label", "place_label", "status", "contested_by", "since")
    assert pick(got, *columns) == expected


def test_contested_places_in_a_window(war: Store) -> None:
    got = rows(war, "contested-places", since="2017-01-01", until="2017-12-31")
    assert sorted(pick(got, "place_label", "claimants", "first", "last")) == [
        ("Manbij", "2", "2017-06-01", "2017-06-01"),
        ("al-Bab", "2", "2017-02-23", "2017-02-26"),
    ]
    later = rows(war, "contested-places", since="2017-02-25")
    assert pick(later, "place_label") == [("Manbij",)], "a rival claim outside the window"
    assert not rows(war, "contested-places", window_days="2", until="2017-05-31")


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2017-01-15", []),
        (
            "2017-03-25",
            [
                ("Madaya", "Hezbollah", "2017-02-01", "2017-02-01", "1"),
                ("Douma", "Syrian government forces", "2017-03-01", "2017-03-20", "2"),
            ],
        ),
        ("2017-04-30", [("Madaya", "Hezbollah", "2017-02-01", "2017-02-01", "1")]),
    ],
)
def test_sieges_in_force_end_when_the_besieger_takes_the_place(
    war: Store, as_of: str, expected: list[tuple[str, ...]]
) -> None:
    got = rows(war, "sieges-in-force", as_of=as_of)
    columns = ("place_label", "besieger_label", "since", "last_report", "articles")
    assert pick(got, *columns) == expected


# --- activity ---------------------------------------------------------------------------------


def test_activity_by_actor_counts_attacks_and_both_sides_of_clashes(war: Store) -> None:
    got = rows(war, "activity-by-actor")
    counts = {r["actor_label"]: (r["attacks"], r["clashes"]) for r in got}
    assert counts == {
        "Syrian government forces": ("2", "1"),
        "Russia": ("2", "0"),
        "Syrian Democratic Forces": ("0", "2"),
        "Hayat Tahrir al-Sham": ("0", "1"),
        "Islamic State": ("0", "1"),
        "Syrian National Army": ("0", "1"),
        "Turkey": ("1", "0"),
        "United States": ("1", "0"),
    }
    assert got[0]["actor_label"] == "Syrian government forces"


def test_activity_by_place_uses_the_location_or_the_place_attacked(war: Store) -> None:
    got = rows(war, "activity-by-place")
    assert sorted(pick(got, "place_label", "governorate", "attacks", "example_article")) == [
        ("Idlib", "Idlib Governorate", "1", "h9"),
        ("Raqqa", "Raqqa Governorate", "1", "h2"),
    ]


def test_support_network_sorts_every_pair_before_its_limit(war: Store) -> None:
    every = rows(war, "support-network")
    assert pick(every, "supporter", "supported", "articles")[:2] == [
        ("United States", "Syrian Democratic Forces", "2"),
        ("Iran", "Syrian government forces", "1"),
    ]
    assert rows(war, "support-network", limit="2") == every[:2]
    assert every[0]["example_article"] == "s1", "the earliest report's article"


@pytest.mark.parametrize(
    ("since", "places"),
    [
        ("2017-06-20", [("Idlib", "2017-07-25"), ("Raqqa", "2017-06-15")]),  # all of June counts
        ("2017-07-01", [("Idlib", "2017-07-25")]),
    ],
)
def test_activity_by_place_counts_whole_months(
    war: Store, since: str, places: list[tuple[str, str]]
) -> None:
    got = rows(war, "activity-by-place", since=since)
    assert sorted(pick(got, "place_label", "first")) == places
    assert {r["agents"] for r in got} == {"1"}


def test_activity_by_month(war: Store) -> None:
    got = rows(war, "activity-by-month", since="2017-06-01")
    assert pick(got, "month", "attacks", "clashes", "agents", "articles") == [
        ("2017-06", "1", "0", "1", "1"),
        ("2017-07", "4", "1", "2", "5"),
        ("2017-08", "1", "1", "2", "2"),
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "last spring"}, "must be a date, got 'last spring'; its parameters: transfers"),
        ({"place": "Tabqa"}, "has no parameter place; its parameters: transfers: since"),
    ],
)
def test_bad_parameters_are_refused_with_the_list_of_parameters(
    war: Store, params: dict[str, str], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        rows(war, "transfers", **params)


# --- every query ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_query_answers_with_provenance(war: Store, name: str) -> None:
    query = canned_queries()[name]
    columns = run_query(
        war,
        name,
        {p.name: {"actor": "SDF", "other": "Islamic State", "place": "Tabqa"}.get(p.name, "")
         for p in query.parameters if p.required},
        lambda kind, text: resolve_name(war, kind, text),
    ).columns  # fmt: skip
    # aggregated rows count their articles; per-event rows (events-of-actor) name their article
    assert any(c.startswith("articles") or c == "docid" for c in columns), columns
    assert any(c.startswith("evidence") or c == "sentence" for c in columns), columns
    assert query.text.count("PREFIX ckg:") == 1, "explicit PREFIX lines"


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_an_injected_parameter_changes_nothing_and_matches_nothing(war: Store, name: str) -> None:
    before = war.count()
    for p in canned_queries()[name].parameters:
        for value in (INJECTION, "https://example.org/x" + INJECTION):
            try:
                got = rows(war, name, **{p.name: value})
            except QueryError:
                continue
            assert got == [], f"{name} --param {p.name}={value!r} matched {got}"
    assert war.count() == before
