"""Grouping steps SPARQL does badly: alliance blocs, and the links co-belligerence pairs.

SPARQL 1.1 cannot compute connected components over edges filtered by date (property paths
cannot carry a date condition), so :func:`blocs_of` groups dated links into blocs: one row per
bloc, with its members and the provenance of its links. Pairing every two hostile events that
share an enemy is quadratic in SPARQL, so :mod:`kg.co_belligerence` pairs up the (actor,
enemy) links instead. Both work on :class:`Link` values (``kg/link_queries.py`` builds them
from the summary graph's link records); :func:`alliance_blocs` and
:func:`co_belligerent_pairs` are the same steps over the rows of a query that lists the links
itself (``# then: blocs``, ``# then: co-belligerence``).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

import networkx as nx
from rdflib import Literal

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


class Link(NamedTuple):
    """Two actors (``a`` to ``b``), their labels, and the link's articles, dates and evidence.

    A named tuple, not a frozen dataclass: co-belligerence builds one per direction of every
    hostile pair (14,280 at 10M triples), and a tuple is built three times faster.
    """

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


def co_belligerent_pairs(hostility: Table) -> Table:
    """Pairs of actors hostile to a common third actor, from (``actor``, ``enemy``) rows."""
    since, until = _window(hostility)
    links = _links(hostility, "actor", "enemy", "actor_label", "enemy_label")
    from kg.co_belligerence import co_belligerence_of  # numpy: imported when the step runs

    return co_belligerence_of(links, since, until)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (reference counting still frees everything).

    Building the links of co-belligerence allocates tens of thousands of sets and tuples, none
    in a cycle; the collector ran over all of them again and again (session 4: 0.66-0.94 s
    against 0.49-0.68 s for the pairing of the 10M graph's 14,280 links without it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
