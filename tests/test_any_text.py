"""Property: any Unicode text can be ingested, and every span points at the words it names.

Hypothesis generates arbitrary text, and text built from pieces that exercise the extractor
(names, triggers, marks, digits, scripts), in any order. Ingesting it may report the article as
skipped (empty text) but must never raise anything else, and every mention and every piece of
evidence must lie inside the text, on the words it claims.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.batch import ingest_articles
from ingest.decoding import decode
from ingest.pipeline import Pipeline
from kg.errors import InputError
from kg.model import Article
from kg.store import Store

PIECES = [
    "قوات سوريا الديمقراطية",
    "سيطرت على",
    "مدينة الرقة",
    "تنظيم الدولة",
    "The Syrian Democratic Forces",
    "captured",
    "Tabqa",
    "Russian warplanes struck",
    "Les FDS ont pris",
    "la ville de Raqqa",
    "\u200f",
    "\u200d",
    "ـ",
    "\ufe8d\ufedf\ufeae\ufed7\ufe94",
    "١٧",
    ".",
    "\n",
    " ",
    ",",
    "(",
    ")",
    "l'armée",
    "\x00",
    "\ufeff",
]
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _visible(text: str) -> str:
    """Text without invisible format characters and with white space collapsed."""
    kept = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(kept.split())


def _check_spans(pipeline: Pipeline, text: str) -> None:
    try:
        extraction = pipeline.process(Article("prop", text))
    except InputError:
        assert not text.strip()  # the only refusal: nothing to read
        return
    for m in extraction.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert _visible(text[m.start : m.end]) == _visible(m.surface)
    for a in extraction.assertions:
        ev = a.evidence
        assert 0 <= ev.start < ev.end <= len(text)
        sentence = extraction.sentences[ev.sentence]
        assert text[sentence.start : sentence.end] == sentence.text == ev.sentence_text


@SETTINGS
@given(st.text())
def test_any_unicode_text_extracts_with_spans_on_its_words(pipeline: Pipeline, text: str) -> None:
    _check_spans(pipeline, text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_text_built_from_names_triggers_and_marks_keeps_spans_on_its_words(
    pipeline: Pipeline, text: str
) -> None:
    _check_spans(pipeline, text)


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    """One store for every example (loading the reference data per example would be slow)."""
    with Store(None) as store:
        yield store


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1))
def test_ingesting_any_text_never_raises_and_writes_one_graph_or_skips(
    shared_store: Store, pipeline: Pipeline, text: str
) -> None:
    article = Article(f"any-{hash(text)}", text)
    report = ingest_articles(shared_store, [article], pipeline=pipeline)
    assert report.articles + report.unchanged + len(report.skipped) == 1


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_any_bytes_decode_to_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        text, warning = decode(data)
    except ValueError as exc:
        assert "binary" in str(exc)
        return
    assert isinstance(text, str) and (warning is None or "decoded" in warning or "UTF-8" in warning)
