"""Refreshing summaries article by article: new articles are folded in, replaced and deleted
ones recomputed, and the maintained graph always equals a full rebuild."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import pytest

from ingest.batch import ingest_articles
from ingest.writer import ArticleWriter
from kg import summaries
from kg.rdf import Quad
from kg.store import Store
from tests.conftest import dated

IS_ATTACKS_SDF = "Islamic State fighters attacked the Syrian Democratic Forces."
SDF_CLASHES_WITH_IS = "The Syrian Democratic Forces clashed with Islamic State."
TURKEY_ATTACKS_SDF = "Turkish troops attacked the Syrian Democratic Forces."
SDF_TAKES_TABQA = "The Syrian Democratic Forces captured Tabqa."
IS_TAKES_TABQA = "Islamic State fighters captured Tabqa."
RUSSIA_STRIKES_IDLIB = "Russian warplanes struck Idlib."
TURKEY_SUPPORTS_SNA = "Turkey supports the Syrian National Army."


@pytest.fixture
def war(store: Store) -> Store:
    """Articles sharing pairs (IS-SDF, Turkey-SDF), a place (Tabqa) and months."""
    ingest_articles(
        store,
        [
            dated(IS_ATTACKS_SDF + " " + SDF_TAKES_TABQA, "a", "2017-05-03"),
            dated(SDF_CLASHES_WITH_IS + " " + TURKEY_ATTACKS_SDF, "b", "2017-05-20"),
            dated(IS_TAKES_TABQA + " " + RUSSIA_STRIKES_IDLIB, "c", "2017-06-11"),
            dated(TURKEY_SUPPORTS_SNA + " " + IS_ATTACKS_SDF, "d", "2017-06-30"),
        ],
    )
    return store


def _new_earliest(store: Store) -> None:  # earlier than everything: new first dates, examples
    ingest_articles(store, [dated(IS_ATTACKS_SDF + " " + IS_TAKES_TABQA, "e", "2016-12-01")])


def _new_in_a_shared_month(store: Store) -> None:
    text = " ".join((SDF_CLASHES_WITH_IS, TURKEY_ATTACKS_SDF, RUSSIA_STRIKES_IDLIB))
    ingest_articles(
        store, [dated(text, "e", "2017-05-20"), dated(SDF_TAKES_TABQA, "f", "2017-07-01")]
    )


def _replaced(store: Store) -> None:
    ingest_articles(store, [dated(TURKEY_ATTACKS_SDF + " " + IS_TAKES_TABQA, "a", "2017-05-03")])


def _replaced_with_a_new_date(store: Store) -> None:
    ingest_articles(store, [dated(IS_ATTACKS_SDF + " " + SDF_TAKES_TABQA, "b", "2016-01-09")])


def _deleted(store: Store) -> None:
    with ArticleWriter(store) as writer:
        writer.delete("b")


def _deleted_then_new(store: Store) -> None:
    with ArticleWriter(store) as writer:
        writer.delete("a")
    ingest_articles(store, [dated(IS_ATTACKS_SDF + " " + SDF_TAKES_TABQA, "e", "2017-05-03")])


def _new_and_replaced_in_one_run(store: Store) -> None:
    ingest_articles(
        store,
        [
            dated(SDF_CLASHES_WITH_IS, "e", "2017-06-11"),
            dated(RUSSIA_STRIKES_IDLIB + " " + IS_ATTACKS_SDF, "c", "2017-06-12"),
        ],
    )


CHANGES: dict[str, Callable[[Store], None]] = {
    "new article earlier than all": _new_earliest,
    "new articles in shared months": _new_in_a_shared_month,
    "article replaced": _replaced,
    "article replaced with a new date": _replaced_with_a_new_date,
    "article deleted": _deleted,
    "article deleted, then a new one": _deleted_then_new,
    "new and replaced in one run": _new_and_replaced_in_one_run,
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_the_maintained_summaries_equal_a_rebuild(
    war: Store, change: Callable[[Store], None]
) -> None:
    before = summaries.summary_triples(war)
    change(war)
    maintained = summaries.summary_triples(war)
    assert maintained != before, "the change must touch the summaries"
    summaries.rebuild(war)
    assert summaries.summary_triples(war) == maintained


@pytest.fixture
def no_recomputing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if a refresh recomputes an edge summary or a month's activity from the events."""
    rebuild_all = summaries.edge_summaries

    def only_rebuilds(store: Store, keys: Sequence[summaries.EdgeKey] | None) -> Iterator[Quad]:
        assert not keys, f"recomputed {len(keys or ())} edge summaries from the events"
        return rebuild_all(store, keys)

    monkeypatch.setattr(summaries, "edge_summaries", only_rebuilds)
    every_month = summaries.activity_quads

    def only_every_month(store: Store, months: Iterable[str] | None, *args: Any) -> Iterator[Quad]:
        assert months is None, f"recomputed the activity of months {months} from the events"
        return every_month(store, months, *args)

    monkeypatch.setattr(summaries, "activity_quads", only_every_month)


def test_new_articles_are_folded_in_without_recomputing(war: Store, no_recomputing: None) -> None:
    _new_in_a_shared_month(war)
    maintained = summaries.summary_triples(war)
    summaries.rebuild(war)
    assert summaries.summary_triples(war) == maintained


def test_keys_without_articles_still_recompute_their_summaries(war: Store) -> None:
    maintained = summaries.summary_triples(war)
    graph = "https://w3id.org/conflict-kg/graph/article/b"
    keys = summaries.keys_in_graph(war, graph)
    only_keys = summaries.Keys(edges=keys.edges, places=keys.places, months=keys.months)
    war.replace_graph(graph, [])
    summaries.refresh(war, only_keys)
    assert summaries.summary_triples(war) != maintained
    refreshed = summaries.summary_triples(war)
    summaries.rebuild(war)
    assert summaries.summary_triples(war) == refreshed


def test_keys_know_which_articles_were_written_first(war: Store) -> None:
    graph = "https://w3id.org/conflict-kg/graph/article/a"
    written = summaries.Keys(articles={graph})
    assert written.first_written() == [graph]
    written.add(summaries.keys_in_graph(war, graph))
    assert written.first_written() == [], "a replaced article cannot be folded in"
    assert written.documents == {"a"}
