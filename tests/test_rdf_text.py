"""The article graph written straight to N-Quads text holds exactly the quads of the rdflib path."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ingest.pipeline import Pipeline
from ingest.readers import Skipped, read_paths
from kg.model import Article, Extraction
from kg.rdf import article_nquads, article_quads
from kg.resources import samples_file
from kg.store import nquads


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


def test_the_samples_exercise_every_kind_of_quad(extractions: list[Extraction]) -> None:
    mentions = [m for x in extractions for m in x.mentions]
    assertions = [a for x in extractions for a in x.assertions]
    assert any(m.entity.discovered for m in mentions)
    assert any(a.agent_description for a in assertions)
    assert any(a.claimant for a in assertions) and any(a.place for a in assertions)
    assert any(a.agent_unit for a in assertions)
    assert any(x.article.date is None for x in extractions)


def test_direct_nquads_equal_the_rdflib_quads_serialised(extractions: list[Extraction]) -> None:
    for x in extractions:
        expected = nquads(article_quads(x, "digest-1", "1.2.3+test"))
        assert article_nquads(x, "digest-1", "1.2.3+test") == expected, x.article.doc_id
