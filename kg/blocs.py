"""Grouping steps SPARQL does badly: alliance blocs and co-belligerent pairs.

SPARQL 1.1 cannot compute connected components over edges filtered by date (property paths
cannot carry a date condition), so :func:`blocs_of` groups dated links into blocs: one row per
bloc, with its members and the provenance of its links. Pairing every two hostile events that
share an enemy is quadratic in SPARQL (36 s for 2,500 synthetic events), so
:func:`co_belligerence_of` pairs up the (actor, enemy) links. Both work on :class:`Link`
values (``kg/link_queries.py`` builds them from the summary graph's link records);
:func:`alliance_blocs` and :func:`co_belligerent_pairs` are the same steps over the rows of a
query that lists the links itself (``# then: blocs``, ``# then: co-belligerence``).

Distinct articles over many links are counted with one bit per article (Python integers as
bit sets): at 10M triples every actor of the synthetic war fights nearly every other, so a pair
shares ~120 enemies and unions of Python sets of article ids took seconds.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

import networkx as nx
from rdflib import Literal, URIRef

from kg.store import Table, Term
from kg.terms import date_term, integer_term

BLOC_COLUMNS = [
    "since",
    "until",
    "bloc",
    "size",
    "members",
    "links",
    "articles",
    "first",
    "last",
    "evidence",
    "member_iris",
]


@dataclass(frozen=True)
class Link:
    """Two actors (``a`` to ``b``), their labels, and the link's articles, dates and evidence."""

    a: str
    b: str
    label_a: str | None
    label_b: str | None
    articles: frozenset[str]
    first: str | None
    last: str | None
    evidence: str | None


def _text(term: Term | None) -> str:
    return "" if term is None else str(term)


def _links(table: Table, a: str, b: str, label_a: str, label_b: str) -> list[Link]:
    return [
        Link(
            _text(row[a]),
            _text(row[b]),
            _text(row[label_a]) or None,
            _text(row[label_b]) or None,
            frozenset(d for d in _text(row["article_ids"]).split("|") if d),
            None if row["first"] is None else str(row["first"]),
            None if row["last"] is None else str(row["last"]),
            None if row["evidence"] is None else str(row["evidence"]),
        )
        for row in table.records()
    ]


def _window(table: Table) -> tuple[Term | None, Term | None]:
    return (table.rows[0][0], table.rows[0][1]) if table.rows else (None, None)


@cache
def _boolean(value: bool) -> Literal:
    return Literal(value)


def _optional_date(text: str | None) -> Literal | None:
    return None if text is None else date_term(text)


def alliance_blocs(links: Table) -> Table:
    """Blocs of the link rows (``actor_a``, ``actor_b``, labels, provenance), in their order."""
    since, until = _window(links)
    return blocs_of(_links(links, "actor_a", "actor_b", "label_a", "label_b"), since, until)


def blocs_of(links: Sequence[Link], since: Term | None, until: Term | None) -> Table:
    """One row per connected group of ``links``; each bloc's evidence is its first link's.

    Blocs are numbered from 1, largest first; members are listed by label (the IRI when none).
    """
    graph = nx.Graph()
    labels: dict[str, str] = {}
    for link in links:
        labels[link.a] = link.label_a or link.a
        labels[link.b] = link.label_b or link.b
        graph.add_edge(link.a, link.b)
    by_bloc: dict[frozenset[str], list[Link]] = defaultdict(list)
    components = [frozenset(c) for c in nx.connected_components(graph)]
    member_of = {node: c for c in components for node in c}
    for link in links:
        by_bloc[member_of[link.a]].append(link)
    ordered = sorted(components, key=lambda c: (-len(c), sorted(labels[m] for m in c)))
    out: list[tuple[Term | None, ...]] = []
    for number, members in enumerate(ordered, start=1):
        bloc_links = by_bloc[members]
        articles = frozenset().union(*(link.articles for link in bloc_links))
        firsts = [link.first for link in bloc_links if link.first is not None]
        lasts = [link.last for link in bloc_links if link.last is not None]
        names = sorted(members, key=lambda m: labels[m])
        evidence = bloc_links[0].evidence
        out.append(
            (
                since,
                until,
                integer_term(number),
                integer_term(len(members)),
                Literal(" | ".join(labels[m] for m in names)),
                integer_term(len(bloc_links)),
                integer_term(len(articles)),
                date_term(min(firsts)) if firsts else None,
                date_term(max(lasts)) if lasts else None,
                None if evidence is None else Literal(evidence),
                Literal(" ".join(names)),
            )
        )
    return Table(list(BLOC_COLUMNS), out)


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


def co_belligerent_pairs(hostility: Table) -> Table:
    """Pairs of actors hostile to a common third actor, from (``actor``, ``enemy``) rows."""
    since, until = _window(hostility)
    links = _links(hostility, "actor", "enemy", "actor_label", "enemy_label")
    return co_belligerence_of(links, since, until)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (reference counting still frees everything).

    Pairing allocates hundreds of thousands of sets and tuples, none in a cycle; the collector
    ran over all of them again and again (0.66-0.94 s against 0.49-0.68 s for the pairing of
    the 10M graph's 14,280 links without it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def co_belligerence_of(links: Sequence[Link], since: Term | None, until: Term | None) -> Table:
    """Pairs of actors hostile to a common third actor, from directed (actor → enemy) links.

    Each pair appears once (``actor_a`` before ``actor_b`` by IRI), most shared enemies first;
    its articles are those of both actors' links with their shared enemies, its evidence the
    first actor's link with the shared enemy that comes first by IRI.
    """
    with cycle_collection_paused():
        return _co_belligerence_of(links, since, until)


def _co_belligerence_of(links: Sequence[Link], since: Term | None, until: Term | None) -> Table:
    names: dict[str, str] = {}
    links_of = _LinksOfActors(links)
    for link in links:
        names[link.a] = link.label_a or link.a
        names[link.b] = link.label_b or link.b
    labels = {entity: Literal(name) for entity, name in names.items()}
    terms = {entity: URIRef(entity) for entity in names}
    enemies_of, fighters_of = links_of.enemies_of, links_of.fighters_of
    out: list[tuple[Term | None, ...]] = []
    for a in sorted(enemies_of):
        partners = set().union(*(fighters_of[e] for e in enemies_of[a]))
        for b in sorted(p for p in partners if p > a):
            shared = enemies_of[a] & enemies_of[b]
            if not shared:
                continue
            first = min(links_of.earliest(a, shared), links_of.earliest(b, shared))
            last = max(links_of.latest(a, shared), links_of.latest(b, shared))  # "" if undated
            evidence = links_of.link[(a, min(shared))].evidence
            out.append(
                (
                    since,
                    until,
                    terms[a],
                    terms[b],
                    labels[a],
                    labels[b],
                    integer_term(len(shared)),
                    Literal(", ".join(sorted([names[e] for e in shared]))),
                    _boolean(b in enemies_of[a] or a in enemies_of[b]),
                    integer_term(links_of.count_articles(a, b, shared)),
                    _optional_date(None if first == "~" else first),
                    _optional_date(last or None),
                    None if evidence is None else Literal(evidence),
                )
            )
    out.sort(key=lambda r: (-int(str(r[6])), str(r[4]), str(r[5])))
    return Table(list(COBELLIGERENCE_COLUMNS), out)


class _LinksOfActors:
    """Each actor's links to its enemies, with what pairs of actors ask of them fast."""

    def __init__(self, links: Iterable[Link]) -> None:
        self.link: dict[tuple[str, str], Link] = {}
        self.enemies_of: dict[str, set[str]] = defaultdict(set)
        self.fighters_of: dict[str, set[str]] = defaultdict(set)
        for link in links:
            self.link[(link.a, link.b)] = link
            self.enemies_of[link.a].add(link.b)
            self.fighters_of[link.b].add(link.a)
        self.by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for (actor, enemy), link in self.link.items():
            if link.first is not None and link.last is not None:
                self.by_first[actor].append((link.first, enemy))
                self.by_last[actor].append((link.last, enemy))
        for dated in (*self.by_first.values(), *self.by_last.values()):
            dated.sort()
        self.articles: dict[str, set[str]] = {}  # every article of the actor's links
        self.bits: dict[str, int] = {}  # the same, one bit per article
        self.several: dict[str, dict[str, set[str]]] = {}  # articles with several enemies
        self.solo: dict[tuple[str, str], frozenset[str]] = {}  # a link's one-enemy articles
        self.shared: dict[tuple[str, str], frozenset[str]] = {}  # and the others
        bit: dict[str, int] = {}
        for actor, enemies in self.enemies_of.items():
            lists = [self.link[(actor, e)].articles for e in enemies]
            seen: set[str] = set()
            repeated: set[str] = set()
            for articles in lists:  # set operations in C, not a loop over the articles
                repeated |= seen & articles
                seen |= articles
            self.articles[actor] = seen
            self.bits[actor] = _bit_set(_positions(seen, bit))
            several: dict[str, set[str]] = defaultdict(set)
            for e in enemies:
                articles = self.link[(actor, e)].articles
                self.shared[(actor, e)] = articles & repeated
                self.solo[(actor, e)] = articles - repeated
                for docid in self.shared[(actor, e)]:
                    several[docid].add(e)
            self.several[actor] = several

    def earliest(self, actor: str, enemies: set[str]) -> str:
        """The first date of the actor's links with ``enemies`` ("~" when none is dated)."""
        return next((d for d, e in self.by_first[actor] if e in enemies), "~")

    def latest(self, actor: str, enemies: set[str]) -> str:
        """The last date of the actor's links with ``enemies`` ("" when none is dated)."""
        return next((d for d, e in reversed(self.by_last[actor]) if e in enemies), "")

    def count_articles(self, a: str, b: str, shared: set[str]) -> int:
        """Distinct articles of a's and b's links with their ``shared`` enemies.

        With few shared enemies, the union of their links' articles. With many (nearly every
        actor of a dense war fights every other), all the articles of both actors (one bit-set
        union) less those whose links all go to the few enemies left out: articles only a's
        left-out links hold and b has not, the same for b, and those both sides hold only there.
        """
        left_a, left_b = self.enemies_of[a] - shared, self.enemies_of[b] - shared
        if len(shared) <= len(left_a) + len(left_b):
            lists = [self.link[(side, e)].articles for e in shared for side in (a, b)]
            return len(frozenset().union(*lists))
        only_a, only_b = self._only_with(a, left_a), self._only_with(b, left_b)
        in_a, in_b = self.articles[a], self.articles[b]
        gone = len(only_a - in_b) + len(only_a & only_b) + len(only_b - in_a)
        return (self.bits[a] | self.bits[b]).bit_count() - gone

    def _only_with(self, actor: str, enemies: set[str]) -> frozenset[str]:
        """The actor's articles whose links all go to ``enemies``: those of one link alone,
        and (with two enemies or more) those of several links, all to ``enemies``."""
        alone = frozenset().union(*(self.solo[(actor, e)] for e in enemies))
        if len(enemies) < 2:
            return alone
        several = self.several[actor]
        return alone | {
            docid for e in enemies for docid in self.shared[(actor, e)] if several[docid] <= enemies
        }


def _positions(articles: set[str], index: dict[str, int]) -> list[int]:
    """The bit of each article, numbering those ``index`` has not seen (in C: no Python loop)."""
    new = articles.difference(index)
    index.update(zip(new, range(len(index), len(index) + len(new)), strict=True))
    if len(articles) < 2:
        return [index[d] for d in articles]
    return list(itemgetter(*articles)(index))


def _bit_set(positions: Iterable[int]) -> int:
    found = list(positions)
    bits = bytearray(max(found, default=0) // 8 + 1)
    for i in found:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")
