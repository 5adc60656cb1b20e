"""Canned queries on a small graph built from sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.batch import ingest_articles
from kg.errors import QueryError
from kg.names import resolve_name
from kg.queries import canned_queries, get_query, run_query
from kg.store import Store
from tests.conftest import article

ARTICLES = [
    ("a1", "2017-01-10", "Islamic State captured Tabqa."),
    ("a2", "2017-05-11", "The Syrian Democratic Forces captured Tabqa."),
    ("a3", "2017-06-01", "The Syrian Democratic Forces captured Manbij."),
    ("a4", "2017-06-01", "Islamic State captured Manbij."),
    ("a5", "2017-07-01", "Islamic State withdrew from Raqqa."),
    ("a6", "2017-08-01", "The SDF, backed by the United States, advanced on Raqqa."),
    (
        "a7",
        "2017-09-01",
        "Washington backs the Syrian Democratic Forces, backed by the United States.",
    ),
]


@pytest.fixture(scope="module")
def graph() -> Store:
    store = Store(None)
    items = [article(text, "en", doc, date=date.fromisoformat(day)) for doc, day, text in ARTICLES]
    ingest_articles(store, items)
    return store


def run(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    table = run_query(store, name, params, lambda k, t: resolve_name(store, k, t))
    return [{k: str(v) if v is not None else "" for k, v in r.items()} for r in table.records()]


def test_every_canned_query_declares_a_title_and_runs(graph: Store) -> None:
    defaults = {"actor": "Islamic State", "other": "Russia", "place": "Tabqa"}
    for q in canned_queries().values():
        assert q.title and q.description
        params = {p.name: defaults.get(p.name, p.default or "x") for p in q.parameters}
        run(graph, q.name, **params)


def test_control_as_of_follows_the_latest_evidence(graph: Store) -> None:
    early = {(r["place"], r["actor"], r["status"]) for r in run(graph, "control-as-of",
                                                                  as_of="2017-03-01")}  # fmt: skip
    assert early == {("Tabqa", "Islamic State", "controlled")}
    late = {(r["place"], r["actor"], r["status"]) for r in run(graph, "control-as-of",
                                                                 as_of="2017-12-31")}  # fmt: skip
    assert late == {
        ("Tabqa", "Syrian Democratic Forces", "controlled"),
        ("Manbij", "Syrian Democratic Forces", "contested"),
        ("Manbij", "Islamic State", "contested"),
        ("Raqqa", "Islamic State", "lost"),
    }


def test_control_rows_carry_their_evidence(graph: Store) -> None:
    (row,) = [r for r in run(graph, "control-as-of", as_of="2017-03-01")]
    assert row["example_article"] == "a1" and row["evidence"] == "Islamic State captured Tabqa."
    assert row["since"] == "2017-01-10" and row["articles"] == "1"


def test_supporters_of_counts_articles_and_dates(graph: Store) -> None:
    (row,) = run(graph, "supporters-of", actor="قسد")
    assert row["supporter_label"] == "United States"
    assert (row["articles"], row["first"], row["last"]) == ("2", "2017-08-01", "2017-09-01")


def test_parameters_are_bound_not_pasted(graph: Store) -> None:
    before = graph.count()
    with pytest.raises(QueryError, match="no actor"):
        run(graph, "supporters-of", actor='x" } ; DROP ALL ; #')
    with pytest.raises(QueryError, match="not a valid IRI"):
        run(graph, "supporters-of", actor="http://example.org/> } DROP ALL {")
    assert graph.count() == before


def test_a_parameter_not_projected_is_refused_when_the_file_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg.errors import InputError
    from kg.queries import parse_query_file

    path = tmp_path / "bad.rq"
    path.write_text("# title: t\n# param: x (string, required): x\nSELECT ?y WHERE { ?y ?p ?x }\n")
    with pytest.raises(InputError, match=r"bad\.rq:2"):
        parse_query_file(path)


def test_usage_lists_parameters() -> None:
    assert "actor (actor, required)" in get_query("supporters-of").usage()


def test_a_limit_parameter_caps_the_rows(graph: Store) -> None:
    everything = run(graph, "events-of-actor", actor="SDF")
    assert len(everything) > 1
    assert run(graph, "events-of-actor", actor="SDF", limit="1") == everything[:1]
    with pytest.raises(QueryError, match="limit of 'events-of-actor' must be at least 1"):
        run(graph, "events-of-actor", actor="SDF", limit="0")


def test_kg_query_warns_when_the_summary_graph_is_missing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.summaries import SUMMARY_GRAPH

    path = tmp_path / "store"
    with Store(path) as store:
        ingest_articles(store, [article(text, "en", doc, date=date.fromisoformat(day))
                                for doc, day, text in ARTICLES])  # fmt: skip
        store.replace_graph(SUMMARY_GRAPH, [])
    command = ["query", "supporters-of", "-p", "actor=SDF", "--store", str(path)]
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    assert "warning: 'supporters-of' reads the summary graph" in result.output
    assert "run 'kg summarise'" in result.output
    assert CliRunner().invoke(app, ["summarise", "--store", str(path)]).exit_code == 0
    result = CliRunner().invoke(app, command)
    assert "warning" not in result.output and "United States" in result.output


def test_kg_query_warns_when_the_summary_graph_has_an_older_shape(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.summaries import SUMMARY_GRAPH

    path = tmp_path / "store"
    with Store(path) as store:
        ingest_articles(store, [article(text, "en", doc, date=date.fromisoformat(day))
                                for doc, day, text in ARTICLES])  # fmt: skip
        store.update(  # what a store summarised before summary shapes were recorded looks like
            "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
            f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?g ckg:summaryShape ?shape }} }}"
        )
    command = ["query", "supporters-of", "-p", "actor=SDF", "--store", str(path)]
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    assert "an older conflict-kg wrote in another shape" in result.output
    assert CliRunner().invoke(app, ["summarise", "--store", str(path)]).exit_code == 0
    result = CliRunner().invoke(app, command)
    assert "warning" not in result.output and "United States" in result.output


def test_events_of_an_actor_come_newest_first_with_their_details(graph: Store) -> None:
    rows = run(graph, "events-of-actor", actor="SDF")
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    taken = {(r["relation"], r["role"], r["docid"]) for r in rows}
    assert {("controls", "agent", "a2"), ("controls", "agent", "a3")} <= taken
    backed = [r for r in rows if r["relation"] == "supports"]
    assert backed and all(r["role"] == "target" and r["other"] == "United States" for r in backed)
    a3 = next(r for r in rows if r["docid"] == "a3")
    assert a3["sentence"] == "The Syrian Democratic Forces captured Manbij."


def test_events_of_the_same_day_are_kept_and_ordered_by_article(graph: Store) -> None:
    rows = run(graph, "events-of-actor", actor="Islamic State", limit="100")
    june = [r["docid"] for r in rows if r["date"] == "2017-06-01"]
    assert june == sorted(june) and "a4" in june
    newest = run(graph, "events-of-actor", actor="Islamic State", limit="1")
    assert newest == rows[:1]
