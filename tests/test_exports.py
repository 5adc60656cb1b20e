"""Export contracts: the fields the scorer reads, events with unnamed agents, GraphML types."""

from __future__ import annotations

import io
import json

import networkx as nx

from ingest.batch import ingest_articles
from kg.exports import (
    actor_network,
    event_records,
    mention_records,
    relation_records,
    write_csv,
    write_jsonl,
)
from kg.store import Store
from tests.conftest import article

TEXT = (
    "The Syrian Democratic Forces, backed by the United States, captured Tabqa. "
    "Unidentified aircraft bombed the village of Tal Sawda."
)


def loaded(store: Store) -> Store:
    from datetime import date

    ingest_articles(store, [article(TEXT, "en", "x-1", date=date(2017, 5, 11))])
    return store


def test_relation_records_carry_exactly_what_the_scorer_reads(store: Store) -> None:
    records = list(relation_records(loaded(store)))
    assert {r["relation"] for r in records} == {"supports", "controls"}
    for r in records:
        assert r["doc"] == "x-1" and r["date"] == "2017-05-11"
        for side in ("subject", "object"):
            assert r[side]["iri"].startswith("https://w3id.org/conflict-kg/id/")
            assert r[side]["labels"] and all(isinstance(x, str) for x in r[side]["labels"])
        assert isinstance(r["sentence"], int) and TEXT[slice(*r["span"])]
        assert r["rule"] and 0 < r["confidence"] < 1


def test_events_include_unnamed_agents(store: Store) -> None:
    events = list(event_records(loaded(store)))
    unnamed = [e for e in events if e["agent"] is None]
    assert len(unnamed) == 1
    (e,) = unnamed
    assert e["relation"] == "attacks" and e["event_class"] == "AttackEvent"
    assert "Unidentified aircraft" in e["agent_description"]
    assert e["target"]["labels"] == ["Tal Sawda"] and e["target"]["type"] == "Village"


def test_mentions_list_every_entity_once_per_article(store: Store) -> None:
    mentions = list(mention_records(loaded(store)))
    iris = [m["entity"]["iri"] for m in mentions]
    assert len(iris) == len(set(iris)) == 4
    tal = next(m for m in mentions if m["surfaces"] == ["Tal Sawda"])
    assert tal["rule"].startswith("discovery:")


def test_jsonl_and_csv_writers(store: Store) -> None:
    records = list(relation_records(loaded(store)))
    out = io.StringIO()
    assert write_jsonl(records, out) == len(records)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == records
    out = io.StringIO()
    write_csv(records, out)
    header = out.getvalue().splitlines()[0]
    assert header.startswith("doc,relation,subject,subject_label,object,object_label")


def test_actor_network_has_gephi_and_cytoscape_attributes(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    graph = actor_network(loaded(store))
    path = tmp_path / "a.graphml"
    nx.write_graphml(graph, path)
    back = nx.read_graphml(path)
    (u, _v, data), *_ = [e for e in back.edges(data=True) if e[2]["relation"] == "supports"]
    assert back.nodes[u]["label"] == "United States" and back.nodes[u]["name"] == "United States"
    assert data["interaction"] == "supports" and data["weight"] == 1
    assert data["first_date"] == "2017-05-11"
