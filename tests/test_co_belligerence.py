"""Co-belligerent pairs: every column as the plain definition gives it, in sparse and dense wars.

The step pairs actors on arrays (``kg/co_belligerence.py``); these tests hold it to the
definition written out the slow way, pair by pair, with Python sets: the enemies two actors
share, the distinct articles of both actors' links with them, their first and last dates, the
first actor's link with the first shared enemy (by IRI) as evidence, the order of the rows.
"""

from __future__ import annotations

import random
from datetime import date
from itertools import combinations

import pytest

from kg import co_belligerence
from kg.blocs import Link
from kg.co_belligerence import co_belligerence_of
from kg.store import Term

Row = tuple[object, ...]


def war(actors: int, density: float, seed: int) -> list[Link]:
    """Directed hostility links between made-up actors, each with a few made-up articles
    (some articles shared by several links, as an article reporting several fights is); some
    links undated or without articles, some actors unlabelled or sharing a label."""
    rng = random.Random(seed)
    names = [f"https://example.org/actor/{i:02d}" for i in range(actors)]
    labels = {
        name: rng.choice([None, f"Group {i % 7}", f"Actor {i}"]) for i, name in enumerate(names)
    }
    links = []
    for a in names:
        for b in names:
            if a != b and rng.random() < density:
                articles = frozenset(f"doc-{rng.randrange(60)}" for _ in range(rng.randint(0, 4)))
                day = f"2017-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                first, last = (day, day) if rng.random() < 0.9 else (None, None)
                evidence = rng.choice([None, f"event-{rng.randrange(1000)}"])
                links.append(Link(a, b, labels[a], labels[b], articles, first, last, evidence))
    return links


def by_definition(links: list[Link]) -> list[Row]:
    """The pairs written out from the definition, one pair at a time, as plain values."""
    by_key = {(x.a, x.b): x for x in links}
    names: dict[str, str] = {}
    for x in links:
        names[x.a], names[x.b] = x.label_a or x.a, x.label_b or x.b
    enemies: dict[str, set[str]] = {}
    for a, b in by_key:
        enemies.setdefault(a, set()).add(b)
    rows = []
    for a, b in combinations(sorted(enemies), 2):
        shared = enemies[a] & enemies[b]
        if not shared:
            continue
        theirs = [by_key[(side, e)] for e in shared for side in (a, b)]
        dated = [x for x in theirs if x.first is not None and x.last is not None]
        rows.append(
            (
                a,
                b,
                names[a],
                names[b],
                len(shared),
                ", ".join(sorted(names[e] for e in shared)),
                b in enemies[a] or a in enemies[b],
                len(frozenset().union(*(x.articles for x in theirs))),
                min((str(x.first) for x in dated), default=None),
                max((str(x.last) for x in dated), default=None),
                by_key[(a, min(shared))].evidence,
            )
        )
    rows.sort(key=lambda r: (-int(str(r[4])), str(r[2]), str(r[3])))
    return rows


def plain(term: Term | None) -> object:
    value = None if term is None else term.toPython()
    return value.isoformat() if isinstance(value, date) else value


def computed(links: list[Link]) -> list[Row]:
    """The step's rows as plain values, without the window."""
    return [tuple(map(plain, row[2:])) for row in co_belligerence_of(links, None, None).rows]


@pytest.mark.parametrize(
    ("actors", "density"),
    [(12, 0.15), (12, 0.5), (10, 0.95), (8, 1.0), (70, 0.2), (130, 0.04)],  # 64+: several words
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_column_of_every_pair_is_what_the_definition_gives(
    actors: int, density: float, seed: int
) -> None:
    links = war(actors, density, seed)
    assert computed(links) == by_definition(links)


def test_an_article_reporting_both_actors_fighting_a_shared_enemy_counts_once() -> None:
    a, b, c = "https://example.org/a", "https://example.org/b", "https://example.org/c"
    links = [
        Link(a, c, "A", "C", frozenset({"d1", "d2"}), "2017-01-01", "2017-01-02", "e1"),
        Link(b, c, "B", "C", frozenset({"d2", "d3"}), "2017-01-03", "2017-01-03", "e2"),
    ]
    [row] = computed(links)
    assert row == (a, b, "A", "B", 1, "C", False, 3, "2017-01-01", "2017-01-03", "e1")


def test_articles_whose_names_share_a_hash_are_still_told_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(co_belligerence, "hash", lambda _: 7, raising=False)  # every name
    links = war(12, 0.5, seed=4)
    assert computed(links) == by_definition(links)


def test_a_link_given_twice_counts_as_the_last_one_given() -> None:
    a, b, c = "https://example.org/a", "https://example.org/b", "https://example.org/c"
    links = [
        Link(a, c, None, None, frozenset({"d1", "d2"}), "2017-01-01", "2017-01-01", "old"),
        Link(b, c, None, None, frozenset({"d3"}), None, None, None),
        Link(a, c, None, None, frozenset({"d4"}), "2017-02-01", "2017-02-01", "new"),
    ]
    assert computed(links) == by_definition(links)
    assert computed(links)[0][7:] == (2, "2017-02-01", "2017-02-01", "new")


def test_no_links_no_pairs_and_links_without_articles_count_none() -> None:
    assert co_belligerence_of([], None, None).rows == []
    a, b, c = "https://example.org/a", "https://example.org/b", "https://example.org/c"
    links = [Link(a, c, None, None, frozenset(), None, None, None),
             Link(b, c, None, None, frozenset(), None, None, None)]  # fmt: skip
    assert computed(links) == [(a, b, a, b, 1, c, False, 0, None, None, None)]
