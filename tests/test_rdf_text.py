"""Article graphs written straight to N-Quads text: what they hold, and what reads them back."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from rdflib import RDF, URIRef

from ingest.batch import ensure_reference_data
from ingest.pipeline import Pipeline
from ingest.readers import Skipped, read_paths
from kg import iris
from kg.exports import event_records, mention_records
from kg.model import Article, Extraction
from kg.rdf import article_nquads
from kg.resources import samples_file
from kg.store import Store
from kg.vocabulary import CKG


@pytest.fixture(scope="module")
def extractions(pipeline: Pipeline) -> list[Extraction]:
    samples = [a for a in read_paths([samples_file()]) if not isinstance(a, Skipped)]
    tricky = replace(
        samples[0],
        doc_id="quotes and/slashes",
        title='A "quoted" title\nover two lines \\ with a backslash',
        url="https://example.org/story?id=1&lang=en",
        source="Our own wire",
        date=date(2017, 3, 4),
    )
    undated = Article("undated", "The SDF captured the village of Tal Bardan near Raqqa.", "en")
    return [pipeline.process(a) for a in [*samples, tricky, undated]]


@pytest.fixture(scope="module")
def loaded(extractions: list[Extraction], pipeline: Pipeline) -> Store:
    store = Store(None)
    ensure_reference_data(store, pipeline.gazetteer)
    for x in extractions:
        store.insert_nquads(article_nquads(x, "digest-1", "1.2.3+test"))
    return store


def test_the_samples_exercise_every_kind_of_quad(extractions: list[Extraction]) -> None:
    mentions = [m for x in extractions for m in x.mentions]
    assertions = [a for x in extractions for a in x.assertions]
    assert any(m.entity.discovered for m in mentions)
    assert any(a.agent_description for a in assertions)
    assert any(a.claimant for a in assertions) and any(a.place for a in assertions)
    assert any(a.agent_unit for a in assertions)
    assert any(x.article.date is None for x in extractions)


def test_each_article_is_one_named_graph_with_its_metadata(
    extractions: list[Extraction], loaded: Store
) -> None:
    for x in extractions:
        graph = iris.article_graph(x.article.doc_id)
        assert loaded.graph_digest(graph) == "digest-1"
    tricky = loaded.select(
        "SELECT ?a ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }",
        {"a": URIRef(iris.article_iri("quotes and/slashes"))},
    ).rows
    assert [str(t) for _, t in tricky] == ['A "quoted" title\nover two lines \\ with a backslash']


def test_an_article_names_each_entity_once_and_details_them_in_one_literal(
    extractions: list[Extraction], loaded: Store
) -> None:
    for x in extractions:
        graph = URIRef(iris.article_graph(x.article.doc_id))
        doc = URIRef(iris.article_iri(x.article.doc_id))
        rows = loaded.select(
            "SELECT ?g ?doc ?p ?o WHERE { GRAPH ?g { ?doc ?p ?o } }", {"g": graph, "doc": doc}
        ).rows
        named = {str(o) for _, _, p, o in rows if p == CKG.mentions}
        assert named == {e.iri for e in x.entities()}
        [details] = [o for _, _, p, o in rows if p == CKG.mentionDetails]
        assert getattr(details, "datatype", None) == RDF.JSON
        assert set(json.loads(str(details))) == named
        nodes = loaded.select(
            "SELECT ?g ?mention ?m WHERE { GRAPH ?g { ?m a ?mention } }",
            {"g": graph, "mention": CKG.Mention},
        )
        assert nodes.rows == []


def test_mention_records_read_back_what_the_extraction_found(
    extractions: list[Extraction], loaded: Store
) -> None:
    expected = []
    for x in extractions:
        for entity in x.entities():
            mentions = [m for m in x.mentions if m.entity.iri == entity.iri]
            first = mentions[0]
            expected.append(
                {
                    "doc": x.article.doc_id,
                    "iri": entity.iri,
                    "surfaces": sorted({m.surface for m in mentions}),
                    "sentence": first.sentence,
                    "span": [first.start, first.end],
                    "count": len(mentions),
                    "rule": first.rule,
                }
            )
    got = [
        {**{k: v for k, v in r.items() if k != "entity"}, "iri": r["entity"]["iri"]}
        for r in mention_records(loaded)
    ]
    key = lambda r: (r["doc"], r["iri"])  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)
    discovered = [r for r in mention_records(loaded) if r["rule"].startswith("discovery:")]
    assert discovered and all(r["entity"]["labels"] for r in discovered)


def test_every_event_keeps_its_full_provenance(
    extractions: list[Extraction], loaded: Store
) -> None:
    events = list(event_records(loaded))
    assert len(events) == sum(len(x.assertions) for x in extractions)
    for e in events:
        assert e["sentence"] is not None and e["sentence_text"] and e["rule"]
        assert e["span"][0] < e["span"][1] and 0 < e["confidence"] <= 1
