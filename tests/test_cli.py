"""The kg command line through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import write_jsonl

ARTICLES = [
    {
        "id": "en-1",
        "date": "2017-05-11",
        "lang": "en",
        "text": "The Syrian Democratic Forces, backed by the United States, captured Tabqa.",
    },
    {
        "id": "fr-1",
        "date": "2017-06-01",
        "text": "Les FDS, soutenues par les États-Unis, ont pris le contrôle du barrage de Tabqa.",
    },
]


@pytest.fixture
def loaded(tmp_path: Path, runner: CliRunner) -> Path:
    store = tmp_path / "store"
    source = write_jsonl(tmp_path / "news.jsonl", ARTICLES)  # type: ignore[arg-type]
    result = runner.invoke(app, ["ingest", str(source), "--store", str(store), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "articles written: 2" in result.output
    return store


def test_stats_counts_articles_and_reference_data(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(app, ["stats", "--store", str(loaded)])
    assert result.exit_code == 0
    assert "articles               2" in result.output
    assert "gazetteer actors" in result.output


def test_store_comes_from_the_environment(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(app, ["stats"], env={"KG_STORE": str(loaded)})
    assert "articles               2" in result.output


def test_export_relations_writes_the_scorer_fields(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(app, ["export", "relations", "--store", str(loaded)])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    for r in records:
        assert {
            "doc",
            "relation",
            "subject",
            "object",
            "sentence",
            "span",
            "rule",
            "confidence",
            "date",
        } <= set(r)
        assert r["subject"]["iri"] and r["subject"]["labels"]
    assert ("supports", "en-1") in {(r["relation"], r["doc"]) for r in records}


def test_export_to_a_file_and_as_csv(runner: CliRunner, loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "rel.csv"
    result = runner.invoke(
        app,
        ["export", "relations", "--store", str(loaded), "--format", "csv", "--output", str(out)],
    )
    assert result.exit_code == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"doc", "relation", "subject", "subject_label", "object"} <= set(header)


def test_export_mentions_and_events(runner: CliRunner, loaded: Path) -> None:
    mentions = runner.invoke(app, ["export", "mentions", "--store", str(loaded)]).output
    assert all("entity" in json.loads(line) for line in mentions.splitlines())
    events = runner.invoke(app, ["export", "events", "--store", str(loaded), "-f", "csv"]).output
    assert events.splitlines()[0].startswith("doc,event,relation,event_class")


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle"])
def test_export_rdf(runner: CliRunner, loaded: Path, fmt: str) -> None:
    result = runner.invoke(app, ["export", "rdf", "--store", str(loaded), "--format", fmt])
    assert result.exit_code == 0 and "conflict-kg" in result.output


def test_export_graphml_opens_in_networkx(runner: CliRunner, loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.graphml"
    assert (
        runner.invoke(app, ["export", "graphml", str(out), "--store", str(loaded)]).exit_code == 0
    )
    graph = nx.read_graphml(out)
    relations = {d["relation"] for _, _, d in graph.edges(data=True)}
    assert "supports" in relations
    assert all("label" in d and "name" in d for _, d in graph.nodes(data=True))


def test_query_binds_names_in_any_language(runner: CliRunner, loaded: Path) -> None:
    for name in ("SDF", "قسد", "FDS"):
        result = runner.invoke(
            app,
            [
                "query",
                "supporters-of",
                "--param",
                f"actor={name}",
                "--store",
                str(loaded),
                "--format",
                "json",
            ],
        )
        assert result.exit_code == 0, result.output
        rows = json.loads(result.output)
        assert rows[0]["supporter_label"] == "United States" and rows[0]["articles"] == 2


def test_query_refuses_missing_and_unknown_parameters(runner: CliRunner, loaded: Path) -> None:
    missing = runner.invoke(app, ["query", "supporters-of", "--store", str(loaded)])
    assert missing.exit_code == 1 and "--param actor" in missing.output
    unknown = runner.invoke(
        app, ["query", "supporters-of", "-p", "actr=SDF", "--store", str(loaded)]
    )
    assert unknown.exit_code == 1 and "no parameter actr" in unknown.output
    bad_date = runner.invoke(
        app, ["query", "control-as-of", "--as-of", "soon", "--store", str(loaded)]
    )
    assert bad_date.exit_code == 1 and "must be a date" in bad_date.output


def test_unknown_query_lists_the_known_ones(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(app, ["query", "supporter", "--store", str(loaded)])
    assert result.exit_code == 1 and "supporters-of" in result.output


def test_queries_lists_every_canned_query(runner: CliRunner) -> None:
    result = runner.invoke(app, ["queries"])
    assert "supporters-of" in result.output and "--param actor" in result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_sparql_in_every_format(runner: CliRunner, loaded: Path, fmt: str) -> None:
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/conflict-kg/ontology#Article> }"
    result = runner.invoke(app, ["sparql", q, "--store", str(loaded), "--format", fmt])
    assert result.exit_code == 0 and "2" in result.output


def test_bad_sparql_is_one_clear_line(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(app, ["sparql", "SELEC nothing", "--store", str(loaded)])
    assert result.exit_code == 1 and result.output.startswith("error: SPARQL syntax error")


def test_a_missing_store_says_what_to_do(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "kg ingest" in result.output


def test_explain_shows_mentions_relations_rules(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Russian warplanes struck Islamic State positions near Palmyra.", encoding="utf-8"
    )
    result = runner.invoke(app, ["explain", str(path)])
    assert result.exit_code == 0
    assert "attacks(Russia, Islamic State)" in result.output and "rule en.attacks" in result.output


def test_eval_scores_a_gold_folder(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "g1.txt").write_text(
        "The Syrian Democratic Forces captured Tabqa.", encoding="utf-8"
    )
    gold = {
        "doc": "g1",
        "lang": "en",
        "entities": {
            "Syrian Democratic Forces": {"type": "ArmedGroup", "aliases": ["SDF"]},
            "Tabqa": {"type": "Place", "aliases": []},
        },
        "relations": [{"rel": "controls", "subj": "Syrian Democratic Forces", "obj": "Tabqa"}],
    }
    (tmp_path / "g1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["relations"]["f1"] == 1.0 and scores["entities"]["f1"] == 1.0


def test_demo_runs_end_to_end(runner: CliRunner, tmp_path: Path) -> None:
    graphml = tmp_path / "actors.graphml"
    pictures = [
        "--network-plot",
        str(tmp_path / "n.png"),
        "--control-plot",
        str(tmp_path / "c.svg"),
    ]
    result = runner.invoke(
        app, ["demo", "--store", str(tmp_path / "s"), "--graphml", str(graphml), *pictures]
    )
    assert result.exit_code == 0, result.output
    assert "Supporters of an actor" in result.output and "controls each place" in result.output
    assert nx.read_graphml(graphml).number_of_edges() > 0
    assert (tmp_path / "n.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()[:1000]


def test_ingest_reads_standard_input(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "s"
    text = "The Syrian Democratic Forces captured Tabqa."
    result = runner.invoke(app, ["ingest", "-", "--store", str(store), "--date", "2017-05-11"],
                           input=text)  # fmt: skip
    assert result.exit_code == 0 and "articles written: 1" in result.output
    rel = runner.invoke(app, ["export", "relations", "--store", str(store)]).output
    record = json.loads(rel.splitlines()[0])
    assert (record["doc"], record["relation"], record["date"]) == (
        "stdin",
        "controls",
        "2017-05-11",
    )


def test_a_bad_date_option_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "-", "--store", str(tmp_path / "s"), "--date", "soon"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
