"""Co-belligerent pairs count their distinct articles exactly, in sparse and dense wars alike."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from kg.blocs import Link, co_belligerence_of


def war(actors: int, density: float, seed: int) -> list[Link]:
    """Directed hostility links between made-up actors, each with a few made-up articles
    (some articles shared by several links, as an article reporting several fights is)."""
    rng = random.Random(seed)
    names = [f"https://example.org/actor/{i:02d}" for i in range(actors)]
    links = []
    for a in names:
        for b in names:
            if a != b and rng.random() < density:
                articles = frozenset(f"doc-{rng.randrange(60)}" for _ in range(rng.randint(1, 4)))
                day = f"2017-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                links.append(Link(a, b, None, None, articles, day, day, None))
    return links


def naive_articles(links: list[Link]) -> dict[tuple[str, str], int]:
    """Per pair: the distinct articles of both actors' links with every enemy they share."""
    by_key = {(x.a, x.b): x for x in links}
    enemies: dict[str, set[str]] = {}
    for x in links:
        enemies.setdefault(x.a, set()).add(x.b)
    counts = {}
    for a, b in combinations(sorted(enemies), 2):
        shared = enemies[a] & enemies[b]
        if shared:
            found = [by_key[(side, e)].articles for e in shared for side in (a, b)]
            counts[(a, b)] = len(frozenset().union(*found))
    return counts


@pytest.mark.parametrize(("actors", "density"), [(12, 0.15), (12, 0.5), (10, 0.95), (8, 1.0)])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pairs_count_the_articles_of_their_shared_enemies(
    actors: int, density: float, seed: int
) -> None:
    links = war(actors, density, seed)
    table = co_belligerence_of(links, None, None)
    got = {(str(r["actor_a"]), str(r["actor_b"])): int(str(r["articles"])) for r in table.records()}
    assert got == naive_articles(links)
