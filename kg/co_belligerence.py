"""Co-belligerent pairs: actors hostile to a common third actor, computed on numpy arrays.

Pairing every two hostile events that share an enemy is quadratic in SPARQL (36 s for 2,500
synthetic events), and pairing the (actor, enemy) links with Python sets still cost ~1 s at
10M triples, where the synthetic war's 120 actors each fight nearly every other (7,140 pairs
sharing ~118 enemies, over ~81,000 articles). :func:`co_belligerence_of` numbers the actors
with links ("fighters") and their enemies by IRI and works on arrays:

- the enemies two fighters share are the (a, b, enemy) triples of each enemy's fighters,
  grouped by pair: a pair's count, first and last dates, evidence (a's link with the first
  shared enemy by IRI) and enemy names are reductions over its triples, so the work follows
  the enemies pairs really share (a sparse war of many actors has few per pair);
- an article counts for the pair (a, b) when a link of a in it goes to an enemy of b, or a
  link of b to an enemy of a. Per fighter and article, the fighters reached that way are one
  row of bits (the enemies' fighters, ORed); summed per fighter, the rows count each pair's
  articles from either side, and an article counted from both sides (both fighters are in it)
  is found within the article, which names a few actors.

numpy costs ~0.15 s to import, so :mod:`kg.blocs` and :mod:`kg.link_queries` import this
module when the step runs, not when the CLI starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

import numpy as np
from numpy.typing import NDArray
from rdflib import Literal, URIRef

from kg.blocs import Link
from kg.store import Table, Term
from kg.terms import date_term, integer_term

COBELLIGERENCE_COLUMNS = [
    "since",
    "until",
    "actor_a",
    "actor_b",
    "label_a",
    "label_b",
    "shared_enemies",
    "enemies",
    "hostile_to_each_other",
    "articles",
    "first",
    "last",
    "evidence",
]

Bits = NDArray[np.bool_]
Numbers = NDArray[np.int64]
WORD = np.dtype("<u8")  # little-endian whatever the machine: bit y of a row is bit y % 64 of
Words = NDArray[np.uint64]  # its word y // 64, as np.packbits(..., bitorder="little") set it


@cache
def _boolean(value: bool) -> Literal:
    return Literal(value)


def co_belligerence_of(links: Sequence[Link], since: Term | None, until: Term | None) -> Table:
    """Pairs of actors hostile to a common third actor, from directed (actor → enemy) links.

    Each pair appears once (``actor_a`` before ``actor_b`` by IRI), most shared enemies first;
    its articles are those of both actors' links with their shared enemies, its evidence the
    first actor's link with the shared enemy that comes first by IRI.
    """
    if not links:
        return Table(list(COBELLIGERENCE_COLUMNS), [])
    hostility = _hostility(links)
    names = _names(links)
    pairs = _pairs(hostility, [names[iri] for iri in hostility.enemies])
    order = _row_order(pairs, [names[iri] for iri in hostility.fighters])
    return _table(hostility, pairs.reordered(order), names, (since, until))


@dataclass(frozen=True)
class _Hostility:
    """The links as arrays: who fights whom, each link's dates (as ranks) and position."""

    links: list[Link]  # one per (actor, enemy): the last given, as a dict keeps it
    fighters: list[str]  # the actors with links, by IRI
    enemies: list[str]  # their enemies, by IRI
    dates: list[str]  # every date of a dated link, in order; a rank indexes them
    hostile: Bits  # fighter x enemy
    first: Numbers  # fighter x enemy: the link's first date's rank, len(dates) if undated
    last: Numbers  # fighter x enemy: the link's last date's rank, -1 if undated
    link_at: Numbers  # fighter x enemy: the link's position in ``links``, -1 if none
    link_fighter: Numbers  # per link: its fighter
    link_enemy: Numbers  # per link: its enemy


def _hostility(links: Sequence[Link]) -> _Hostility:
    """The arrays of ``links``: fighters and enemies numbered by IRI, dates by their order."""
    kept = list({(link.a, link.b): link for link in links}.values())
    fighters, rows = _numbered([link.a for link in kept])
    enemies, columns = _numbered([link.b for link in kept])
    shape = (len(fighters), len(enemies))
    hostile = np.zeros(shape, dtype=np.bool_)
    hostile[rows, columns] = True
    link_at = np.full(shape, -1, dtype=np.int64)
    link_at[rows, columns] = np.arange(len(kept))
    dated = [i for i, link in enumerate(kept) if link.first is not None and link.last is not None]
    days = [str(kept[i].first) for i in dated] + [str(kept[i].last) for i in dated]
    dates, ranks = _numbered(days)
    first = np.full(shape, len(dates), dtype=np.int64)
    last = np.full(shape, -1, dtype=np.int64)
    first[rows[dated], columns[dated]] = ranks[: len(dated)]
    last[rows[dated], columns[dated]] = ranks[len(dated) :]
    return _Hostility(kept, fighters, enemies, dates, hostile, first, last, link_at, rows, columns)


def _numbered(values: list[str]) -> tuple[list[str], Numbers]:
    """The distinct ``values`` in order, and the position of each value among them."""
    position = {value: i for i, value in enumerate(sorted(set(values)))}
    numbers = np.fromiter(map(position.__getitem__, values), dtype=np.int64, count=len(values))
    return list(position), numbers


@dataclass(frozen=True)
class _Pairs:
    """The pairs of fighters a < b hostile to a common enemy, with what their shared enemies
    give them (one value per pair in each array)."""

    a: Numbers
    b: Numbers
    shared: Numbers  # how many enemies they share
    first: Numbers  # the first date (rank) of both fighters' links with them, len(dates) if none
    last: Numbers  # the last date (rank), -1 if none
    evidence: Numbers  # the position of a's link with the first shared enemy by IRI
    enemies: list[str]  # the names of the shared enemies, sorted, joined by commas

    def reordered(self, order: Numbers) -> _Pairs:
        index = order.tolist()
        return _Pairs(
            self.a[order],
            self.b[order],
            self.shared[order],
            self.first[order],
            self.last[order],
            self.evidence[order],
            [self.enemies[i] for i in index],
        )


def _pairs(hostility: _Hostility, enemy_names: list[str]) -> _Pairs:
    """Every pair of fighters a < b sharing an enemy, in that order.

    Built from the (a, b, enemy) triples, so the work follows the enemies pairs really share,
    not every enemy of every pair (far fewer in a sparse war of many actors).
    """
    by_name = np.argsort(np.array(enemy_names, dtype=object), kind="stable")
    a, b, enemy = _shared_enemy_triples(hostility, np.argsort(by_name))
    if not len(a):
        none = np.zeros(0, dtype=np.int64)
        return _Pairs(none, none, none, none, none, none, [])
    new = np.ones(len(a), dtype=np.bool_)
    new[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    starts = np.flatnonzero(new)
    enemies = len(hostility.enemies)
    at_a, at_b = a * enemies + enemy, b * enemies + enemy  # in the flattened matrices
    first = np.minimum(hostility.first.ravel()[at_a], hostility.first.ravel()[at_b])
    last = np.maximum(hostility.last.ravel()[at_a], hostility.last.ravel()[at_b])
    evidence = hostility.link_at[a[starts], np.minimum.reduceat(enemy, starts)]
    picked = np.array(enemy_names, dtype=object)[enemy].tolist()  # by pair, then by name
    ends = [*starts[1:].tolist(), len(a)]
    return _Pairs(
        a[starts],
        b[starts],
        np.diff(np.append(starts, len(a))),
        np.minimum.reduceat(first, starts),
        np.maximum.reduceat(last, starts),
        evidence,
        [", ".join(picked[start:end]) for start, end in zip(starts.tolist(), ends, strict=True)],
    )


def _shared_enemy_triples(
    hostility: _Hostility, enemy_rank: Numbers
) -> tuple[Numbers, Numbers, Numbers]:
    """Every (a, b, enemy) with fighters a < b both hostile to the enemy, by (a, b), then by
    the enemy's ``enemy_rank`` (its name's place)."""
    fighters = len(hostility.fighters)
    order = np.lexsort((hostility.link_fighter, enemy_rank[hostility.link_enemy]))
    fighter, enemy = hostility.link_fighter[order], hostility.link_enemy[order]
    rank = enemy_rank[enemy]
    position = np.arange(len(order))
    later = np.searchsorted(rank, rank, side="right") - position - 1  # same enemy, after it
    one = np.repeat(position, later)
    other = _ranges(position + 1, later)  # fighters ascend within an enemy's links: a < b
    a, b = fighter[one], fighter[other]
    key = (a * fighters + b).astype(np.min_scalar_type(fighters * fighters))
    by_pair = np.argsort(key, kind="stable")  # keeps the enemies' order; a radix sort if small
    return a[by_pair], b[by_pair], enemy[one][by_pair]


def _row_order(pairs: _Pairs, labels: list[str]) -> Numbers:
    """The order of the rows: most shared enemies first, then by the labels of a and of b, the
    pairs otherwise as they come (a stable sort)."""
    by_label = {label: i for i, label in enumerate(sorted(set(labels)))}
    rank = np.array([by_label[label] for label in labels], dtype=np.int64)
    order: Numbers = np.lexsort((rank[pairs.b], rank[pairs.a], -pairs.shared))
    return order


def _names(links: Sequence[Link]) -> dict[str, str]:
    """Each entity's label as its links give it (the last one), its IRI when it has none."""
    names: dict[str, str] = {}
    for link in links:
        names[link.a] = link.label_a or link.a
        names[link.b] = link.label_b or link.b
    return names


def _table(
    hostility: _Hostility,
    pairs: _Pairs,
    names: dict[str, str],
    window: tuple[Term | None, Term | None],
) -> Table:
    """The rows of the pairs, in their order."""
    fighters = [URIRef(iri) for iri in hostility.fighters]
    labels = [Literal(names[iri]) for iri in hostility.fighters]
    days = [date_term(day) for day in hostility.dates]
    evidence = _evidence_terms(hostility.links, pairs.evidence.tolist())
    a, b = pairs.a, pairs.b
    figures = zip(
        a.tolist(),
        b.tolist(),
        pairs.shared.tolist(),
        pairs.enemies,
        _hostile_to_each_other(hostility, a, b).tolist(),
        _article_counts(hostility, a, b).tolist(),
        pairs.first.tolist(),
        pairs.last.tolist(),
        pairs.evidence.tolist(),
        strict=True,
    )
    no_date = len(days)
    out: list[tuple[Term | None, ...]] = [
        (
            *window,
            fighters[x],
            fighters[y],
            labels[x],
            labels[y],
            integer_term(count),
            Literal(enemies),
            _boolean(mutual),
            integer_term(articles),
            None if first == no_date else days[first],
            None if last < 0 else days[last],
            evidence[link],
        )
        for x, y, count, enemies, mutual, articles, first, last, link in figures
    ]
    return Table(list(COBELLIGERENCE_COLUMNS), out)


def _evidence_terms(links: list[Link], used: list[int]) -> dict[int, Literal | None]:
    """The evidence of each link used, by its position (one literal per link, not per row)."""
    found = {i: links[i].evidence for i in set(used)}
    return {i: None if evidence is None else Literal(evidence) for i, evidence in found.items()}


def _hostile_to_each_other(hostility: _Hostility, a: Numbers, b: Numbers) -> Bits:
    """Per pair: is either actor hostile to the other?"""
    enemy_at = {iri: i for i, iri in enumerate(hostility.enemies)}
    # a fighter that is nobody's enemy indexes the last column: the padding, always False
    as_enemy = np.array([enemy_at.get(iri, -1) for iri in hostility.fighters], dtype=np.int64)
    hostile = np.pad(hostility.hostile, ((0, 0), (0, 1)))
    mutual: Bits = hostile[a, as_enemy[b]] | hostile[b, as_enemy[a]]
    return mutual


def _article_counts(hostility: _Hostility, a: Numbers, b: Numbers) -> Numbers:
    """The distinct articles of a's and b's links with the enemies they share, per pair."""
    fighters = len(hostility.fighters)
    reached, fighter, article = _reached_per_article(hostility, *_entries(hostility))
    one_side = _counted_from_one_side(reached, fighter, fighters)
    both_sides = _counted_from_both_sides(reached, article, fighter, fighters)
    return one_side[a, b] + one_side[b, a] - both_sides[a, b]


def _entries(hostility: _Hostility) -> tuple[Numbers, Numbers, Numbers]:
    """Every (article, fighter, enemy) of the links, the articles numbered."""
    sets = [link.articles for link in hostility.links]
    # links given both ways share one set of articles: number each set once
    distinct = {id(articles): articles for articles in sets}
    place = {key: i for i, key in enumerate(distinct)}
    which = np.fromiter((place[id(articles)] for articles in sets), np.int64, len(sets))
    numbers, sizes = _article_numbers(list(distinct.values()))
    starts = np.cumsum(sizes) - sizes  # where each set's numbers start
    article = numbers[_ranges(starts[which], sizes[which])]
    fighter = np.repeat(hostility.link_fighter, sizes[which])
    enemy = np.repeat(hostility.link_enemy, sizes[which])
    return article, fighter, enemy


def _ranges(starts: Numbers, lengths: Numbers) -> Numbers:
    """The positions from each start on, as many as its length, end to end.

    >>> _ranges(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if len(ends) else 0
    found: Numbers = np.arange(total) + np.repeat(starts - (ends - lengths), lengths)
    return found


def _article_numbers(sets: Sequence[frozenset[str]]) -> tuple[Numbers, Numbers]:
    """The articles of ``sets`` as numbers, the sets end to end, and the size of each set.

    Numbered by their string hashes (cached by Python, sorted by numpy): a third of the cost
    of a dict from names to numbers; should two articles share a hash, by the dict.
    """
    listed = list(chain.from_iterable(sets))
    hashes = np.fromiter(map(hash, listed), dtype=np.int64, count=len(listed))
    distinct, numbers = np.unique(hashes, return_inverse=True)
    if len(distinct) != len(set(listed)):
        number = dict(zip(set(listed), range(len(listed)), strict=False))
        numbers = np.fromiter(map(number.__getitem__, listed), dtype=np.int64, count=len(listed))
    return numbers, np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))


def _reached_per_article(
    hostility: _Hostility, article: Numbers, fighter: Numbers, enemy: Numbers
) -> tuple[Words, Numbers, Numbers]:
    """Per (fighter, article) of the entries, in that order: the fighters hostile to one of the
    enemies the fighter's links in the article go to, as bits; and the fighter and article."""
    key = fighter * (int(article.max(initial=0)) + 1) + article
    order = np.argsort(key)
    key, article, fighter, enemy = key[order], article[order], fighter[order], enemy[order]
    new = np.ones(len(order), dtype=np.bool_)
    new[1:] = key[1:] != key[:-1]
    starts = np.flatnonzero(new)
    if not len(starts):
        return np.zeros((0, 1), dtype=WORD), fighter, article
    reached = np.bitwise_or.reduceat(_fighters_of(hostility.hostile)[enemy], starts, axis=0)
    return reached, fighter[starts], article[starts]


def _fighters_of(hostile: Bits) -> Words:
    """Per enemy, the fighters hostile to it as bits (fighter y: word y // 64, bit y % 64), in
    64-bit words: ORed 8 bytes at a time, several times faster than byte by byte."""
    packed = np.packbits(hostile.T, axis=1, bitorder="little")
    padded = np.zeros((packed.shape[0], -(-packed.shape[1] // 8) * 8), dtype=np.uint8)
    padded[:, : packed.shape[1]] = packed
    return padded.view(WORD)


def _bits(words: Words, fighters: int) -> Bits:
    """The rows of ``words`` as one boolean per fighter."""
    return np.unpackbits(words.view(np.uint8), axis=1, count=fighters, bitorder="little").view(
        np.bool_
    )


def _bit(words: Words, rows: Numbers, fighters: Numbers) -> Bits:
    """Bit ``fighters[i]`` of row ``rows[i]`` of ``words``."""
    word = words[rows, fighters >> 6] >> (fighters & 63).astype(WORD)
    found: Bits = (word & WORD.type(1)).astype(np.bool_)
    return found


def _counted_from_one_side(reached: Words, fighter: Numbers, fighters: int) -> Numbers:
    """[x, y]: the articles where a link of x goes to an enemy of y (rows ordered by fighter)."""
    counted = np.zeros((fighters, fighters), dtype=np.int64)
    bounds = np.searchsorted(fighter, np.arange(fighters + 1)).tolist()
    for x in range(fighters):  # one fighter's rows at a time: a sum of a few megabytes at most
        counted[x] = _bits(reached[bounds[x] : bounds[x + 1]], fighters).sum(axis=0)
    return counted


def _counted_from_both_sides(
    reached: Words, article: Numbers, fighter: Numbers, fighters: int
) -> Numbers:
    """[x, y] for x < y: the articles counted from x's side and from y's (both are in them).

    By article (then fighter), the rows of one article are consecutive: a row has a partner
    ``step`` rows further on only if it had one ``step - 1`` rows on, so each step looks at
    fewer rows.
    """
    by_article = np.argsort(article, kind="stable")
    article = article[by_article]
    counted: list[Numbers] = [np.zeros(0, dtype=np.int64)]
    rows, step = np.arange(len(article)), 1
    while len(rows):
        rows = rows[rows + step < len(article)]
        rows = rows[article[rows + step] == article[rows]]
        one, other = by_article[rows], by_article[rows + step]
        x, y = fighter[one], fighter[other]
        both = _bit(reached, one, y) & _bit(reached, other, x)
        counted.append(x[both] * fighters + y[both])
        step += 1
    pairs = np.bincount(np.concatenate(counted), minlength=fighters * fighters)
    return pairs.reshape(fighters, fighters)
