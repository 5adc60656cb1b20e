"""The actor network (filters, attributes, GraphML and GEXF round trips), the control map
(CSV, GeoJSON), the pictures and their commands, on the hand-written story of tests/story.py."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.control import control_geojson, control_records, write_control_csv
from kg.errors import InputError
from kg.exports import actor_network, timeline_graph, write_gexf, write_graphml
from kg.gazetteer import Gazetteer
from kg.plots import plot_control, plot_network
from kg.store import Store
from tests.story import write_story

SDF = "https://w3id.org/conflict-kg/id/actor/syrian-democratic-forces"
US = "https://w3id.org/conflict-kg/id/actor/united-states"
TABQA = "https://w3id.org/conflict-kg/id/place/tabqa"


@pytest.fixture(scope="module")
def war(gazetteer: Gazetteer) -> Iterator[Store]:
    with Store(None) as store:
        yield write_story(store, gazetteer)


@pytest.fixture(scope="module")
def war_on_disk(gazetteer: Gazetteer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("war") / "store"
    with Store(path) as store:
        write_story(store, gazetteer)
    return path


def edge_set(graph: nx.DiGraph) -> set[tuple[str, str, str]]:
    return {(u, d["relation"], v) for u, v, d in graph.edges(data=True)}


def test_network_edges_carry_weight_dates_and_confidence(war: Store) -> None:
    graph = actor_network(war)
    data = graph.get_edge_data(US, SDF, key="supports")
    assert data["weight"] == 2 and data["articles"] == "s1|s2"
    assert (data["first_date"], data["last_date"], data["confidence"]) == (
        "2017-08-01",
        "2017-09-01",
        0.9,
    )
    assert data["relation"] == data["interaction"] == "supports"


def test_network_nodes_carry_labels_type_governorate_and_coordinates(war: Store) -> None:
    graph = actor_network(war)
    sdf = graph.nodes[SDF]
    assert (sdf["label_en"], sdf["label_fr"], sdf["label_ar"]) == (
        "Syrian Democratic Forces",
        "Forces démocratiques syriennes",
        "قوات سوريا الديمقراطية",
    )
    assert sdf["type"] == "ArmedGroup" and sdf["label"] == sdf["name"] == sdf["label_en"]
    assert "lat" not in sdf
    tabqa = graph.nodes[TABQA]
    assert tabqa["governorate_label"] == "Raqqa Governorate"
    assert (tabqa["lat"], tabqa["lon"]) == (35.8376, 38.5483)


@pytest.mark.parametrize(
    ("filters", "edges"),
    [
        ({"relations": ["supports"], "since": "2017-08-15"}, {(US, "supports", SDF)}),
        ({"relations": ["alliedWith"], "until": "2017-02-28"}, {
            ("https://w3id.org/conflict-kg/id/actor/hezbollah", "alliedWith",
             "https://w3id.org/conflict-kg/id/actor/syrian-government-forces")}),
        ({"min_confidence": 0.95}, set()),
        ({"relations": ["surrendersTo"]}, set()),
    ],
)  # fmt: skip
def test_network_filters(war: Store, filters: dict[str, Any], edges: set[tuple[str, ...]]) -> None:
    graph = actor_network(war, **filters)
    assert edge_set(graph) == edges
    assert set(graph.nodes) == {n for u, _, v in edges for n in (u, v)}


def test_graphml_round_trip_keeps_nodes_edges_and_attributes(war: Store, tmp_path: Path) -> None:
    graph = actor_network(war)
    path = tmp_path / "a.graphml"
    write_graphml(graph, str(path))
    back = nx.read_graphml(path, force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert {(u, k, v): d for u, v, k, d in back.edges(keys=True, data=True)} == {
        (u, k, v): d for u, v, k, d in graph.edges(keys=True, data=True)
    }


def test_gexf_round_trip_keeps_everything_and_adds_time_intervals(
    war: Store, tmp_path: Path
) -> None:
    graph = actor_network(war)
    path = tmp_path / "a.gexf"
    write_gexf(graph, str(path))
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    back = nx.read_gexf(path)
    timed = timeline_graph(graph)
    assert dict(back.nodes(data=True)) == dict(timed.nodes(data=True))
    assert {(u, k, v): d for u, v, k, d in back.edges(keys=True, data=True)} == {
        (u, k, v): d for u, v, k, d in timed.edges(keys=True, data=True)
    }
    supports = back.get_edge_data(US, SDF, key="supports")
    assert (supports["start"], supports["end"]) == ("2017-08-01", "2017-09-01")
    assert back.nodes[US]["start"] == "2017-06-15"


def test_control_records_have_coordinates_and_agree_with_the_query(war: Store) -> None:
    records = control_records(war, "2017-06-05")
    by_place = {(r["place_label"], r["actor_label"]): r for r in records}
    assert len(by_place) == 6
    manbij = by_place[("Manbij", "Islamic State")]
    assert (manbij["status"], manbij["contested_by"]) == ("contested", "Syrian Democratic Forces")
    assert (manbij["lat"], manbij["lon"], manbij["governorate"]) == (
        36.5281,
        37.9549,
        "Aleppo Governorate",
    )


def test_control_geojson_is_a_feature_collection_of_points(war: Store) -> None:
    collection = control_geojson(control_records(war, "2017-12-31"))
    assert collection["type"] == "FeatureCollection"
    tabqa = [f for f in collection["features"] if f["properties"]["place_label"] == "Tabqa"]
    assert tabqa == [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [38.5483, 35.8376]},
            "properties": tabqa[0]["properties"],
        }
    ]
    assert tabqa[0]["properties"]["actor_label"] == "Syrian Democratic Forces"


def test_control_csv_has_one_row_per_place_and_holder(war: Store) -> None:
    out = io.StringIO()
    assert write_control_csv(control_records(war, "2017-02-24"), out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["place_label"], r["actor_label"], r["lat"]) for r in rows] == [
        ("Raqqa", "Islamic State", "35.9528"),
        ("Tabqa", "Islamic State", "35.8376"),
        ("al-Bab", "Syrian National Army", "36.3705"),
    ]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plots_are_drawn_offline(war: Store, tmp_path: Path, suffix: str) -> None:
    graph = actor_network(war)
    assert plot_network(graph, tmp_path / f"n{suffix}", max_nodes=5) == 5
    assert plot_control(control_records(war, "2017-12-31"), tmp_path / f"c{suffix}") == 5
    for name in ("n", "c"):
        head = (tmp_path / f"{name}{suffix}").read_bytes()[:2000]
        assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in head


def test_a_plot_in_an_unknown_format_is_refused_before_drawing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.jpg.*\.png or \.svg"):
        plot_network(nx.MultiDiGraph(), tmp_path / "a.jpg")
    assert not (tmp_path / "a.jpg").exists()


# --- commands ---------------------------------------------------------------------------------


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_export_gexf_command(war_on_disk: Path, tmp_path: Path) -> None:
    out = tmp_path / "w.gexf"
    invoke("export", "gexf", str(out), "--store", str(war_on_disk), "-r", "supports",
           "--since", "2017-07-01")  # fmt: skip
    assert edge_set(nx.read_gexf(out)) == {(US, "supports", SDF)}


def test_export_control_command(war_on_disk: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.geojson"
    invoke("export", "control", "--as-of", "2017-03-01", "--format", "geojson", "--store",
           str(war_on_disk), "-o", str(out))  # fmt: skip
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["place_label"] for f in features} == {"Raqqa", "Tabqa", "al-Bab"}
    table = invoke("export", "control", "--store", str(war_on_disk), "--window-days", "0")
    assert table.output.splitlines()[0].startswith("place,place_label,governorate,lat,lon")


def test_plot_commands(war_on_disk: Path, tmp_path: Path) -> None:
    result = invoke("plot", "network", str(tmp_path / "n.svg"), "--store", str(war_on_disk))
    assert "17 of 17 nodes" in result.output
    result = invoke("plot", "control", str(tmp_path / "c.png"), "--as-of", "2017-03-01",
                    "--store", str(war_on_disk))  # fmt: skip
    assert "3 places" in result.output


def test_plot_errors_are_one_line(war_on_disk: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["plot", "control", str(tmp_path / "c.gif"), "--store", str(war_on_disk)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
