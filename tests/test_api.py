"""The notebook API: ``from kg import KnowledgeGraph`` answers in DataFrames and graphs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from kg import KnowledgeGraph
from kg.errors import QueryError, StoreError
from kg.gazetteer import Gazetteer
from kg.store import Store
from tests.story import write_story

SDF = "https://w3id.org/conflict-kg/id/actor/syrian-democratic-forces"


@pytest.fixture(scope="module")
def graph(gazetteer: Gazetteer) -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph(write_story(Store(None), gazetteer)) as kg:
        yield kg


def test_query_returns_a_frame_with_typed_values(graph: KnowledgeGraph) -> None:
    frame = graph.query("supporters-of", actor="Forces démocratiques syriennes")
    assert isinstance(frame, pd.DataFrame)
    assert frame["supporter_label"].tolist() == ["United States"]
    assert frame["articles"].tolist() == [2]
    assert frame["first"].tolist() == [date(2017, 8, 1)]


def test_query_takes_dates_and_integers_as_python_values(graph: KnowledgeGraph) -> None:
    frame = graph.query("control-as-of", as_of=date(2017, 3, 1), window_days=0)
    assert sorted(frame["place"]) == ["Raqqa", "Tabqa", "al-Bab"]
    assert set(frame["status"]) == {"controlled"}


def test_query_errors_list_the_parameters(graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="its parameters: allies: actor"):
        graph.query("allies", ally="SDF")


def test_sparql_returns_a_frame(graph: KnowledgeGraph) -> None:
    frame = graph.sparql(
        "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
        "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ckg:SiegeEvent }"
    )
    assert frame.to_dict("records") == [{"n": 3}]


def test_actor_network_filters_by_relation_window_and_confidence(graph: KnowledgeGraph) -> None:
    network = graph.actor_network(relations=["supports"], since=date(2017, 8, 15))
    assert [(d["relation"], d["weight"]) for *_, d in network.edges(data=True)] == [("supports", 1)]
    assert network.nodes[SDF]["label_ar"] == "قوات سوريا الديمقراطية"
    assert graph.actor_network(min_confidence=0.95).number_of_edges() == 0


def test_control_map_has_coordinates(graph: KnowledgeGraph) -> None:
    frame = graph.control_map(as_of="2017-12-31")
    tabqa = frame[frame["place_label"] == "Tabqa"].iloc[0]
    assert (tabqa["actor_label"], tabqa["lat"], tabqa["lon"]) == (
        "Syrian Democratic Forces",
        35.8376,
        38.5483,
    )
    assert set(frame["status"]) == {"controlled", "contested", "lost"}


def test_resolve_accepts_names_in_any_language(graph: KnowledgeGraph) -> None:
    assert graph.resolve("قسد", "actor") == graph.resolve("FDS") == SDF


def test_open_is_read_only_unless_asked(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with KnowledgeGraph.open(folder, writable=True) as kg:
        (tmp_path / "a.txt").write_text("The SDF captured Tabqa.", encoding="utf-8")
        assert kg.ingest(tmp_path / "a.txt", default_date=date(2017, 5, 11)).articles == 1
    with KnowledgeGraph.open(folder) as kg:
        assert kg.query("control-as-of")["place"].tolist() == ["Tabqa"]
        with pytest.raises(StoreError, match="read-only"):
            kg.ingest(tmp_path / "a.txt")


def test_the_kg_package_imports_pandas_only_when_asked() -> None:
    import subprocess
    import sys

    code = "import sys, kg.cli; print('pandas' in sys.modules, 'matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False False"
