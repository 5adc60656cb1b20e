"""Shared fixtures: the pipeline, stores in memory and on disk, the CLI runner."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import ingest_paths
from ingest.pipeline import Pipeline
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Article, Relation
from kg.resources import samples_file
from kg.store import Store


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-models", action="store_true", help="run tests needing NLP models")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-models"):
        return
    skip = pytest.mark.skip(reason="needs downloaded NLP models; use --run-models")
    for item in items:
        if "models" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def pipeline(gazetteer: Gazetteer) -> Pipeline:
    return Pipeline(gazetteer)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(None) as s:
        yield s


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store") as s:
        yield s


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store holding the bundled sample articles (shared, read it only)."""
    path = tmp_path_factory.mktemp("samples") / "store"
    with Store(path) as s:
        ingest_paths(s, [str(samples_file())])
        yield s


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def article(text: str, lang: str | None = None, doc_id: str = "test", **meta: object) -> Article:
    """An article built by hand, as the tests' sentences are."""
    return Article(doc_id=doc_id, text=text, lang=lang, **meta)  # type: ignore[arg-type]


def triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    """(relation, subject id, object id); symmetric relations in alphabetical order."""
    x = pipeline.process(article(text, lang))
    out = set()
    for a in x.assertions:
        if a.agent and a.target:
            s, o = a.agent.ident, a.target.ident
            if a.relation.symmetric and o < s:
                s, o = o, s
            out.add((a.relation.value, s, o))
    return out


def in_symmetric_order(t: tuple[str, str, str]) -> tuple[str, str, str]:
    """A (relation, subject, object) triple with a symmetric relation's ends in alphabetical
    order, as :func:`triples` gives them."""
    rel, s, o = t
    return (rel, o, s) if Relation(rel).symmetric and o < s else t


def dated(text: str, doc_id: str, day: str) -> Article:
    """An English article written by hand, published on ``day`` (YYYY-MM-DD)."""
    return article(text, "en", doc_id, date=date.fromisoformat(day))


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path
