"""Ingest: atomic per-article graphs, idempotence, replacement, repeats, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from ingest.batch import ingest_articles, ingest_paths
from ingest.readers import read_paths
from kg import iris
from kg.errors import StoreError
from kg.exports import relation_records
from kg.store import Store
from tests.conftest import article, write_jsonl

TEXT = "The Syrian Democratic Forces captured Tabqa. Russian warplanes struck Idlib."


def test_reingesting_an_unchanged_article_changes_nothing(store: Store) -> None:
    first = ingest_articles(store, [article(TEXT, "en", "doc-1")])
    quads = store.count()
    again = ingest_articles(store, [article(TEXT, "en", "doc-1")])
    assert (first.articles, again.articles, again.unchanged) == (1, 0, 1)
    assert store.count() == quads


def test_a_changed_article_replaces_its_graph(store: Store) -> None:
    ingest_articles(store, [article(TEXT, "en", "doc-1")])
    report = ingest_articles(
        store, [article("Islamic State fighters withdrew from Manbij.", "en", "doc-1")]
    )
    assert report.replaced == 1
    relations = {(r["relation"], r["object"]["iri"]) for r in relation_records(store)}
    assert relations == {("losesControlOf", iris.entity_iri("place", "manbij"))}


def test_other_articles_are_untouched_by_a_replacement(store: Store) -> None:
    ingest_articles(store, [article(TEXT, "en", "a"), article(TEXT, "en", "b")])
    before = store.count(iris.article_graph("b"))
    ingest_articles(store, [article("Clashes in Raqqa.", "en", "a")])
    assert store.count(iris.article_graph("b")) == before


def test_a_repeated_paragraph_yields_each_fact_once(store: Store) -> None:
    ingest_articles(store, [article(TEXT + "\n" + TEXT, "en", "dup")])
    records = list(relation_records(store))
    assert len(records) == 2
    assert {r["sentence"] for r in records} == {0, 1}


def test_bad_records_are_skipped_with_file_and_line_and_the_rest_is_ingested(
    tmp_path: Path, store: Store
) -> None:
    path = tmp_path / "batch.jsonl"
    write_jsonl(path, [{"id": "good-1", "text": TEXT}])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write('{"id": "no-text"}\n')
        fh.write('{"id": "bad-text", "text": 42}\n')
        fh.write('{"id": "empty", "text": "   "}\n')
    write_jsonl(tmp_path / "more.jsonl", [{"id": "good-2", "text": TEXT, "date": "2017-05-11"}])
    report = ingest_paths(store, [str(tmp_path)])
    assert report.articles == 2
    reasons = {s.where: s.reason for s in report.skipped}
    assert f"{path}:2" in reasons and "not valid JSON" in reasons[f"{path}:2"]
    assert "has no 'text'" in reasons[f"{path}:3"]
    assert "not a string" in reasons[f"{path}:4"]
    assert "empty" in reasons[f"{path}:5"]


def test_text_files_take_their_id_from_the_name_and_metadata_from_a_sidecar(tmp_path: Path) -> None:
    (tmp_path / "report-7.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "report-7.meta.json").write_text('{"date": "2017-05-11", "lang": "en"}')
    (item,) = list(read_paths([tmp_path]))
    assert item.doc_id == "report-7" and str(item.date) == "2017-05-11" and item.lang == "en"


def test_publication_date_comes_from_the_text_when_no_metadata_gives_one(store: Store) -> None:
    ingest_articles(store, [article("Beirut, 12 June 2016 - " + TEXT, None, "dated")])
    assert {r["date"] for r in relation_records(store)} == {"2016-06-12"}


def test_a_failed_write_leaves_the_store_as_it_was(disk_store: Store) -> None:
    ingest_articles(disk_store, [article(TEXT, "en", "kept")])
    before = disk_store.count()
    node = URIRef(iris.article_iri("kept"))
    bad = [(node, Literal("a literal cannot be a predicate"), node, node)]
    with pytest.raises(StoreError):
        disk_store.replace_graph(iris.article_graph("kept"), bad)  # type: ignore[arg-type]
    assert disk_store.count() == before


def test_unknown_language_is_recorded_not_guessed(store: Store) -> None:
    report = ingest_articles(store, [article("Сирийская армия заняла город Пальмира.", None, "ru")])
    assert report.languages == {"und": 1} and report.relations == 0


def test_store_reopens_with_its_content(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as s:
        ingest_articles(s, [article(TEXT, "en", "doc")])
        n = s.count()
    with Store(tmp_path / "s", read_only=True) as s:
        assert s.count() == n


def test_jsonl_is_read_a_line_at_a_time_and_each_line_decoded_on_its_own(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mixed.jsonl"
    utf8 = '{"id": "a", "text": "قصف على إدلب"}\n'.encode()
    cp1256 = '{"id": "b", "text": "اشتباكات في الرقة"}\n'.encode("cp1256")
    path.write_bytes(utf8 + cp1256)
    records = list(read_paths([path]))
    assert [(r.doc_id, r.text) for r in records] == [  # type: ignore[union-attr]
        ("a", "قصف على إدلب"),
        ("b", "اشتباكات في الرقة"),
    ]
