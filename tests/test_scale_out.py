"""The scale paths store exactly what the plain path stores: bulk shards, --jobs, Dask."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ingest import batch as batch_module
from ingest.batch import ingest_articles
from ingest.parallel import extract
from ingest.pipeline import Pipeline
from ingest.writer import ArticleWriter, Extracted
from kg import iris
from kg.model import Article
from kg.store import Store
from kg.summaries import SUMMARY_GRAPH, Keys
from tests.conftest import article

SENTENCES = [
    "The Syrian Democratic Forces captured Tabqa.",
    "Russian warplanes struck Idlib.",
    "Islamic State fighters withdrew from Manbij.",
    "Turkey supports the Syrian National Army.",
]


def batch(n: int = 8, *, edited: int | None = None) -> list[Article]:
    """``n`` small dated articles; ``edited`` changes the text of that one."""
    items = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(2))
        if i == edited:
            text = "Clashes in Raqqa. " + SENTENCES[0]
        items.append(article(text, "en", f"doc-{i}", date=date(2017, 1 + i % 12, 1)))
    return items


def quads(store: Store) -> set[tuple[str, ...]]:
    """The article and summary graphs (the reference graphs hold blank nodes)."""
    table = store.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    kept = (iris.ARTICLE_GRAPH_PREFIX, SUMMARY_GRAPH)
    return {tuple(str(t) for t in row) for row in table.rows if str(row[3]).startswith(kept)}


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, ...]]:
    """What the plain, one-process path stores for the batch."""
    with Store(tmp_path_factory.mktemp("plain") / "store") as store:
        ingest_articles(store, batch())
        return quads(store)


def test_bulk_loading_stores_the_same_quads_and_reingest_is_a_no_op(
    disk_store: Store, expected: set[tuple[str, ...]]
) -> None:
    first = ingest_articles(disk_store, batch(), bulk=True)
    assert (first.articles, first.unchanged) == (8, 0)
    assert quads(disk_store) == expected
    again = ingest_articles(disk_store, batch(), bulk=True)
    assert (again.articles, again.unchanged) == (0, 8)
    assert quads(disk_store) == expected


def test_bulk_reingest_of_an_edited_article_replaces_only_its_graph(
    disk_store: Store, tmp_path: Path
) -> None:
    ingest_articles(disk_store, batch(), bulk=True)
    report = ingest_articles(disk_store, batch(edited=3), bulk=True)
    assert (report.articles, report.replaced, report.unchanged) == (1, 1, 7)
    with Store(tmp_path / "plain") as plain:
        ingest_articles(plain, batch(edited=3))
        assert quads(disk_store) == quads(plain)


def test_the_same_id_twice_in_one_bulk_batch_keeps_the_later_text(
    disk_store: Store, tmp_path: Path
) -> None:
    items = [*batch(2), batch(2, edited=1)[1]]
    report = ingest_articles(disk_store, items, bulk=True)
    assert (report.articles, report.replaced) == (3, 1)
    with Store(tmp_path / "plain") as plain:
        ingest_articles(plain, batch(2, edited=1))
        assert quads(disk_store) == quads(plain)


def test_worker_processes_store_the_same_quads(
    disk_store: Store, expected: set[tuple[str, ...]]
) -> None:
    report = ingest_articles(disk_store, batch(), jobs=2)
    assert report.articles == 8
    assert quads(disk_store) == expected


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def test_a_dask_cluster_extracts_and_this_process_writes(
    disk_store: Store, expected: set[tuple[str, ...]], dask_scheduler: str
) -> None:
    report = ingest_articles(disk_store, batch(), dask=dask_scheduler)
    assert report.articles == 8
    assert quads(disk_store) == expected
    again = ingest_articles(disk_store, batch(), dask=dask_scheduler)
    assert again.unchanged == 8


def test_kg_ingest_takes_jobs_and_bulk(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app
    from tests.conftest import write_jsonl

    source = write_jsonl(
        tmp_path / "news.jsonl",
        [{"id": a.doc_id, "text": a.text, "lang": "en", "date": "2017-03-01"} for a in batch(4)],
    )
    store = tmp_path / "store"
    args = ["ingest", str(source), "--store", str(store), "--quiet", "--jobs", "2", "--bulk"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "articles written: 4 (0 replaced), unchanged: 0" in first.output
    again = CliRunner().invoke(app, args)
    assert "articles written: 0 (0 replaced), unchanged: 4" in again.output


def test_an_unreachable_dask_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    pytest.importorskip("distributed")
    missing = tmp_path / "no-scheduler.json"
    args = ["ingest", "-", "--store", str(tmp_path / "s"), "--dask", str(missing)]
    result = CliRunner().invoke(app, args, input="Clashes in Raqqa.")
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot reach the Dask scheduler")


def test_a_large_batch_switches_to_bulk_shards_by_itself(
    disk_store: Store, expected: set[tuple[str, ...]], pipeline: Pipeline
) -> None:
    fingerprint = batch_module._fingerprint(pipeline.gazetteer)
    batch_module.ensure_reference_data(disk_store, pipeline.gazetteer)
    with ArticleWriter(disk_store, bulk=None, auto_bulk_after=3) as writer:
        for item in batch():
            outcome = extract(pipeline, item, batch_module.article_digest(item, fingerprint))
            assert isinstance(outcome, Extracted)
            writer.write(outcome)
        assert writer.bulk
    assert quads(disk_store) == expected
    assert ingest_articles(disk_store, batch()).unchanged == 8


@pytest.mark.parametrize("bulk", [False, True], ids=["transactions", "bulk shards"])
def test_an_article_the_store_refuses_is_reported_and_the_others_still_land(
    disk_store: Store, pipeline: Pipeline, bulk: bool
) -> None:
    good = [extract(pipeline, item, f"digest-{item.doc_id}") for item in batch(3)]
    assert all(isinstance(item, Extracted) for item in good)
    broken = Extracted(
        "broken", iris.article_graph("broken"), "digest", b"<not an N-Quads line\n",
        Keys(), "en", 0, 0, 0,
    )  # fmt: skip
    with ArticleWriter(disk_store, bulk=bulk) as writer:
        for item in [good[0], broken, *good[1:]]:
            writer.write(item)  # type: ignore[arg-type]
    assert [failed.doc_id for failed, _ in writer.failed] == ["broken"]
    stored = {g for g in disk_store.named_graphs() if g.startswith(iris.ARTICLE_GRAPH_PREFIX)}
    assert stored == {iris.article_graph(f"doc-{i}") for i in range(3)}


def test_an_article_changed_while_its_batch_is_being_written_replaces_it(
    disk_store: Store, pipeline: Pipeline
) -> None:
    first, changed = batch(2), batch(2, edited=0)
    extracted = [extract(pipeline, item, f"digest-{item.doc_id}") for item in first]
    edited = extract(pipeline, changed[0], "digest-edited")
    with ArticleWriter(disk_store, batch_size=2) as writer:
        for item in extracted:
            assert writer.write(item) == "new"  # type: ignore[arg-type]
        # The batch of two is now written in the background; the same id again must see it.
        assert writer.previous_digest(iris.article_graph("doc-0")) == "digest-doc-0"
        assert writer.write(edited) == "replaced"  # type: ignore[arg-type]
    assert disk_store.graph_digest(iris.article_graph("doc-0")) == "digest-edited"
    assert disk_store.graph_digest(iris.article_graph("doc-1")) == "digest-doc-1"


def test_a_full_disk_met_by_the_background_write_stops_the_caller(
    disk_store: Store, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.errors import StorageFullError

    def full(data: bytes) -> None:
        raise StorageFullError("writing quads failed, nothing of it was written: disk full")

    monkeypatch.setattr(disk_store, "insert_nquads", full)
    extracted = [extract(pipeline, item, f"digest-{item.doc_id}") for item in batch(4)]
    with pytest.raises(StorageFullError), ArticleWriter(disk_store, batch_size=2) as writer:
        for item in extracted:
            writer.write(item)  # type: ignore[arg-type]
    assert disk_store.graph_digest(iris.article_graph("doc-0")) is None
