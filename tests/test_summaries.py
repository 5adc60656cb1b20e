"""Precomputed summaries: right after ingest, and still right after re-ingest and deletion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import ingest_articles
from ingest.writer import ArticleWriter
from kg import iris, summaries
from kg.cli import app
from kg.lookups import event_key
from kg.store import Store
from tests.conftest import dated

SDF = iris.entity_iri("actor", "syrian-democratic-forces")
IS = iris.entity_iri("actor", "islamic-state")
TABQA = iris.entity_iri("place", "tabqa")

SDF_TAKES_TABQA = "The Syrian Democratic Forces captured Tabqa."
IS_TAKES_TABQA = "Islamic State fighters captured Tabqa."
RUSSIA_STRIKES_IDLIB = "Russian warplanes struck Idlib."


def edge(store: Store, relation: str, agent: str, target: str) -> dict[str, str]:
    node = str(summaries.edge_node((iris.ONTOLOGY + relation, agent, target)))
    return {p.split("#")[-1]: o for s, p, o in summaries.summary_triples(store) if s == node}


def assert_consistent(store: Store) -> None:
    """What ingest maintained equals what a full rebuild computes from the raw events."""
    maintained = summaries.summary_triples(store)
    summaries.rebuild(store)
    assert summaries.summary_triples(store) == maintained


@pytest.fixture
def history(store: Store) -> Store:
    ingest_articles(
        store,
        [
            dated(SDF_TAKES_TABQA + " " + RUSSIA_STRIKES_IDLIB, "a", "2017-05-10"),
            dated(IS_TAKES_TABQA, "b", "2017-06-01"),
            dated(RUSSIA_STRIKES_IDLIB, "c", "2017-07-01"),
        ],
    )
    return store


def test_edge_summaries_count_articles_and_span_their_dates(history: Store) -> None:
    strikes = edge(
        history, "attacks", iris.entity_iri("actor", "russia"), iris.entity_iri("place", "idlib")
    )
    assert strikes["articleCount"] == "2"
    assert (strikes["firstDate"], strikes["lastDate"]) == ("2017-05-10", "2017-07-01")


def test_control_intervals_end_when_later_evidence_names_another_actor(history: Store) -> None:
    assert summaries.control_intervals(history, TABQA) == [
        (SDF, "controlled", "2017-05-10", "2017-06-01"),
        (IS, "controlled", "2017-06-01", None),
    ]


def test_reingesting_a_changed_article_updates_its_summaries(history: Store) -> None:
    ingest_articles(history, [dated(SDF_TAKES_TABQA, "b", "2017-06-01")])
    assert summaries.control_intervals(history, TABQA) == [(SDF, "controlled", "2017-05-10", None)]
    assert edge(history, "controls", IS, TABQA) == {}
    assert edge(history, "controls", SDF, TABQA)["articleCount"] == "2"
    assert_consistent(history)


def test_deleting_an_article_removes_what_only_it_supported(history: Store) -> None:
    with ArticleWriter(history) as writer:
        assert writer.delete("a")
        assert not writer.delete("never-ingested")
    assert summaries.control_intervals(history, TABQA) == [(IS, "controlled", "2017-06-01", None)]
    strikes = edge(
        history, "attacks", iris.entity_iri("actor", "russia"), iris.entity_iri("place", "idlib")
    )
    assert (strikes["articleCount"], strikes["firstDate"]) == ("1", "2017-07-01")
    assert_consistent(history)


def test_two_actors_claiming_a_place_on_one_date_contest_it(store: Store) -> None:
    ingest_articles(
        store,
        [
            dated(SDF_TAKES_TABQA, "x", "2017-05-10"),
            dated(IS_TAKES_TABQA, "y", "2017-05-10"),
        ],
    )
    assert summaries.control_intervals(store, TABQA) == [
        (IS, "contested", "2017-05-10", None),
        (SDF, "contested", "2017-05-10", None),
    ]


def test_rebuild_restores_a_dropped_summary_graph(history: Store) -> None:
    maintained = summaries.summary_triples(history)
    history.replace_graph(summaries.SUMMARY_GRAPH, [])
    assert summaries.summary_triples(history) == set()
    summaries.rebuild(history)
    assert summaries.summary_triples(history) == maintained


def test_kg_summarise_rebuilds_the_graph_and_says_how_big_it_is(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path) as store:
        ingest_articles(store, [dated(SDF_TAKES_TABQA, "a", "2017-05-10")])
        store.replace_graph(summaries.SUMMARY_GRAPH, [])
    result = CliRunner().invoke(app, ["summarise", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "edge summaries: 1, places with control intervals: 1"
    with Store(path) as store:
        assert summaries.control_intervals(store, TABQA) == [
            (SDF, "controlled", "2017-05-10", None)
        ]


def test_summaries_keep_the_earliest_report_as_their_evidence(history: Store) -> None:
    strikes = edge(
        history, "attacks", iris.entity_iri("actor", "russia"), iris.entity_iri("place", "idlib")
    )
    assert (strikes["exampleArticle"], strikes["exampleSentence"]) == ("a", RUSSIA_STRIKES_IDLIB)
    with ArticleWriter(history) as writer:
        writer.delete("a")
    strikes = edge(
        history, "attacks", iris.entity_iri("actor", "russia"), iris.entity_iri("place", "idlib")
    )
    assert strikes["exampleArticle"] == "c"
    assert_consistent(history)


def activity(store: Store, kind: str, month: str, subject: str = "") -> dict[str, str]:
    from kg.summary_activity import activity_node

    node = str(activity_node((getattr(summaries.CKG, kind), subject, month)))
    return {p.split("#")[-1]: o for s, p, o in summaries.summary_triples(store) if s == node}


def record(store: Store, kind: str, month: str, subject: str) -> dict[str, object]:
    """The fields of an actor's or a place's activity record."""
    from kg.summary_activity import RECORD_FIELDS

    text = activity(store, kind, month, subject)[f"{kind[0].lower()}{kind[1:]}Record"]
    return dict(zip(RECORD_FIELDS, json.loads(text), strict=True))


def test_actor_and_place_activity_nodes_keep_their_figures_in_the_record_only(
    history: Store,
) -> None:
    russia, idlib = iris.entity_iri("actor", "russia"), iris.entity_iri("place", "idlib")
    actor = activity(history, "ActorActivity", "2017-07", russia)
    place = activity(history, "PlaceActivity", "2017-07", idlib)
    assert set(actor) == {"type", "month", "summaryTarget", "exampleEvent", "actorActivityRecord"}
    assert set(place) == {
        "type", "month", "summaryTarget", "exampleEvent", "agentList", "placeActivityRecord"
    }  # fmt: skip
    assert record(history, "PlaceActivity", "2017-07", idlib)["example"] == event_key(
        place["exampleEvent"]
    )


def test_monthly_activity_follows_reingest_and_deletion(history: Store) -> None:
    russia, idlib = iris.entity_iri("actor", "russia"), iris.entity_iri("place", "idlib")
    may = activity(history, "MonthActivity", "2017-05")
    assert (may["attackCount"], may["articleCount"], may["summaryAgent"]) == ("1", "1", russia)
    assert record(history, "ActorActivity", "2017-07", russia)["attacks"] == 1
    assert record(history, "PlaceActivity", "2017-07", idlib)["example_article"] == "c"
    ingest_articles(history, [dated(RUSSIA_STRIKES_IDLIB, "b", "2017-07-02")])  # now a strike
    assert activity(history, "MonthActivity", "2017-07")["articleCount"] == "2"
    assert_consistent(history)
    with ArticleWriter(history) as writer:
        writer.delete("a")
    assert activity(history, "MonthActivity", "2017-05") == {}
    assert_consistent(history)
