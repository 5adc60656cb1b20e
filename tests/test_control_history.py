"""Control histories: what the summary lists per place, how the control queries read it, and
that ingest keeps it equal to a full rebuild after a replacement and a deletion."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg import iris, summaries
from kg.gazetteer import Gazetteer
from kg.model import Extraction, Relation
from kg.names import resolve_name
from kg.queries import run_query
from kg.rdf import article_nquads
from kg.store import Store
from kg.summary_control import history_node
from tests.story import Story, story_extractions, write_story

R = Relation
MANBIJ = iris.entity_iri("place", "manbij")
MADAYA = iris.entity_iri("place", "madaya")
# Turkey and Russia claim Manbij, Russia reports losing it, then the SNA claims it; later
# someone unnamed takes it. Hezbollah besieges Madaya, then takes it.
RIVALS: Story = [
    ("w1", "2018-03-01", R.CONTROLS, "turkey", "manbij", None, "Turkish troops held Manbij."),
    ("w2", "2018-03-02", R.CONTROLS, "russia", "manbij", None, "Russian police entered Manbij."),
    ("w3", "2018-03-03", R.LOSES_CONTROL_OF, "russia", "manbij", None,
     "Russian police left Manbij."),
    ("w4", "2018-03-05", R.CONTROLS, "syrian-national-army", "manbij", None,
     "The SNA said it holds Manbij."),
    ("w5", "2018-04-01", R.CONTROLS, "", "manbij", None, "Unnamed gunmen took over Manbij."),
    ("s1", "2018-05-01", R.BESIEGES, "hezbollah", "madaya", None,
     "Hezbollah ringed\nMadaya \\ 1 May."),  # a line break and a backslash in the evidence
    ("s2", "2018-05-03", R.BESIEGES, "", "madaya", None, "Madaya was under siege."),
    ("s3", "2018-05-10", R.CONTROLS, "hezbollah", "madaya", None, "Hezbollah entered Madaya."),
]  # fmt: skip


@pytest.fixture
def rivals(gazetteer: Gazetteer) -> Iterator[Store]:
    with Store(None) as store:
        write_story(store, gazetteer, RIVALS)
        yield store


def rows(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    table = run_query(store, name, params, lambda kind, text: resolve_name(store, kind, text))
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in table.records()]


def history(store: Store, place: str) -> dict[str, list[str]]:
    node = str(history_node(place))
    found = {p.split("#")[-1]: o for s, p, o in summaries.summary_triples(store) if s == node}
    return {k: found[k].split("\n") for k in ("claimList", "siegeList") if k in found}


def lines(listed: list[str]) -> list[tuple[str, ...]]:
    """Date, kind and agent of each line (the event and articles are IRIs)."""
    return [tuple(line.split(" ")[:3]) for line in listed]


def test_a_history_lists_every_dated_claim_with_or_without_an_agent(rivals: Store) -> None:
    assert lines(history(rivals, MANBIJ)["claimList"]) == [
        ("2018-03-01", "c", "id/actor/turkey"),
        ("2018-03-02", "c", "id/actor/russia"),
        ("2018-03-03", "l", "id/actor/russia"),
        ("2018-03-05", "c", "id/actor/syrian-national-army"),
        ("2018-04-01", "c", "-"),
    ]
    assert "siegeList" not in history(rivals, MANBIJ)


def test_a_siege_list_keeps_named_besiegers_and_their_own_claims(rivals: Store) -> None:
    listed = history(rivals, MADAYA)
    assert lines(listed["claimList"]) == [("2018-05-10", "c", "id/actor/hezbollah")]
    assert lines(listed["siegeList"]) == [
        ("2018-05-01", "s", "id/actor/hezbollah"),
        ("2018-05-10", "c", "id/actor/hezbollah"),
    ]


@pytest.mark.parametrize(
    ("window", "status", "contested_by"),
    [("7", "contested", "Turkey"), ("1", "controlled", "")],
)
def test_a_rival_that_reported_losing_the_place_no_longer_contests_it(
    rivals: Store, window: str, status: str, contested_by: str
) -> None:
    got = rows(rivals, "control-as-of", as_of="2018-03-10", window_days=window)
    assert [(r["place"], r["actor"], r["status"], r["contested_by"]) for r in got] == [
        ("Manbij", "Syrian National Army", status, contested_by)
    ]
    (held,) = rows(rivals, "territory", actor="Syrian National Army", as_of="2018-03-10",
                   window_days=window)  # fmt: skip
    assert (held["status"], held["contested_by"], held["example_article"]) == (
        status,
        contested_by,
        "w4",
    )


def test_an_unnamed_claim_is_the_latest_evidence_but_names_no_holder(rivals: Store) -> None:
    assert [r["place"] for r in rows(rivals, "control-as-of", as_of="2018-05-20")] == ["Madaya"]
    (held,) = rows(rivals, "territory", actor="Syrian National Army", as_of="2018-04-02")
    assert held["since"] == "2018-03-05", "territory reads the claims that name an actor"


def test_sieges_end_when_the_besieger_claims_the_place(rivals: Store) -> None:
    got = rows(rivals, "sieges-in-force", as_of="2018-05-09")
    columns = ("place_label", "besieger_label", "since", "example_article", "evidence")
    assert [tuple(r[c] for c in columns) for r in got] == [
        ("Madaya", "Hezbollah", "2018-05-01", "s1", "Hezbollah ringed\nMadaya \\ 1 May.")
    ]
    assert not rows(rivals, "sieges-in-force", as_of="2018-05-10")


def test_transfers_stop_at_the_limit_earliest_first(rivals: Store) -> None:
    everything = rows(rivals, "transfers")
    assert [(r["date"], r["from_label"], r["to_label"]) for r in everything] == [
        ("2018-03-02", "Turkey", "Russia"),
        ("2018-03-05", "Russia", "Syrian National Army"),
    ]
    assert rows(rivals, "transfers", limit="1") == everything[:1]


def _extraction(gazetteer: Gazetteer, doc: str, story: Story) -> Extraction:
    (x,) = story_extractions(gazetteer, [line for line in story if line[0] == doc])
    return x


def _rewrite(store: Store, x: Extraction) -> None:
    """What ingest does for a changed article: keys before and after, replace, refresh."""
    graph = iris.article_graph(x.article.doc_id)
    keys = summaries.keys_in_graph(store, graph)
    keys.add(summaries.keys_of_extraction(x))
    store.replace_nquads(graph, article_nquads(x, "changed", "test"))
    summaries.refresh(store, keys)


def _delete(store: Store, doc: str) -> None:
    graph = iris.article_graph(doc)
    keys = summaries.keys_in_graph(store, graph)
    store.replace_graph(graph, [])
    summaries.refresh(store, keys)


def _assert_consistent(store: Store) -> None:
    maintained = summaries.summary_triples(store)
    summaries.rebuild(store)
    assert summaries.summary_triples(store) == maintained


def test_histories_follow_a_replaced_and_a_deleted_article(
    rivals: Store, gazetteer: Gazetteer
) -> None:
    stayed = [("w3", "2018-03-03", R.CONTROLS, "russia", "manbij", None, "Russia stayed.")]
    _rewrite(rivals, _extraction(gazetteer, "w3", stayed))
    _assert_consistent(rivals)
    (row,) = rows(rivals, "control-as-of", as_of="2018-03-10")
    assert row["contested_by"] == "Russia, Turkey"
    _delete(rivals, "w4")
    _assert_consistent(rivals)
    (row,) = rows(rivals, "control-as-of", as_of="2018-03-10")
    assert (row["actor"], row["status"], row["contested_by"]) == ("Russia", "contested", "Turkey")
    _delete(rivals, "s1")
    _assert_consistent(rivals)
    assert "siegeList" not in history(rivals, MADAYA)
    _delete(rivals, "s3")
    _delete(rivals, "s2")
    _assert_consistent(rivals)
    assert history(rivals, MADAYA) == {}
