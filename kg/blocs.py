"""Grouping steps SPARQL does badly: alliance blocs and co-belligerent pairs.

SPARQL 1.1 cannot compute connected components over edges filtered by date (property paths
cannot carry a date condition), so the ``alliance-blocs`` query lists the dated links and
:func:`alliance_blocs` groups them: one row per bloc, with its members and the provenance of its
links. Pairing every two hostile events that share an enemy is quadratic in SPARQL (36 s for
2,500 synthetic events), so ``co-belligerence`` lists who is hostile to whom and
:func:`co_belligerent_pairs` pairs them up in milliseconds.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
from rdflib import XSD, Literal, URIRef

from kg.store import Table, Term

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


def _text(term: Term | None) -> str:
    return "" if term is None else str(term)


def alliance_blocs(links: Table) -> Table:
    """One row per connected group of the link rows (``actor_a``, ``actor_b``, provenance).

    Blocs are numbered from 1, largest first; members are listed by label.
    """
    rows = links.records()
    graph = nx.Graph()
    labels: dict[str, str] = {}
    for row in rows:
        a, b = _text(row["actor_a"]), _text(row["actor_b"])
        labels[a] = _text(row["label_a"]) or a
        labels[b] = _text(row["label_b"]) or b
        graph.add_edge(a, b)
    by_bloc: dict[frozenset[str], list[dict[str, Term | None]]] = defaultdict(list)
    components = [frozenset(c) for c in nx.connected_components(graph)]
    member_of = {node: c for c in components for node in c}
    for row in rows:
        by_bloc[member_of[_text(row["actor_a"])]].append(row)
    ordered = sorted(components, key=lambda c: (-len(c), sorted(labels[m] for m in c)))
    since = rows[0]["since"] if rows else None
    until = rows[0]["until"] if rows else None
    out: list[tuple[Term | None, ...]] = []
    for number, members in enumerate(ordered, start=1):
        bloc_rows = by_bloc[members]
        articles = {doc for r in bloc_rows for doc in _text(r["article_ids"]).split("|") if doc}
        firsts = [r["first"] for r in bloc_rows if r["first"] is not None]
        lasts = [r["last"] for r in bloc_rows if r["last"] is not None]
        names = sorted(members, key=lambda m: labels[m])
        out.append(
            (
                since,
                until,
                Literal(number, datatype=XSD.integer),
                Literal(len(members), datatype=XSD.integer),
                Literal(" | ".join(labels[m] for m in names)),
                Literal(len(bloc_rows), datatype=XSD.integer),
                Literal(len(articles), datatype=XSD.integer),
                min(firsts, key=str) if firsts else None,
                max(lasts, key=str) if lasts else None,
                bloc_rows[0]["evidence"],
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
    """Pairs of actors hostile to a common third actor, from (``actor``, ``enemy``) rows.

    Each pair appears once (``actor_a`` before ``actor_b`` by IRI), most shared enemies first.
    """
    rows = hostility.records()
    labels: dict[str, str] = {}
    by_pair: dict[tuple[str, str], dict[str, Term | None]] = {}
    hostile_to: dict[str, set[str]] = defaultdict(set)
    fighters_of: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        actor, enemy = _text(row["actor"]), _text(row["enemy"])
        labels[actor] = _text(row["actor_label"]) or actor
        labels[enemy] = _text(row["enemy_label"]) or enemy
        by_pair[(actor, enemy)] = row
        hostile_to[actor].add(enemy)
        fighters_of[enemy].append(actor)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for enemy, fighters in fighters_of.items():
        for a, b in combinations(sorted(set(fighters)), 2):
            shared[(a, b)].add(enemy)
    out: list[tuple[Term | None, ...]] = []
    since = rows[0]["since"] if rows else None
    until = rows[0]["until"] if rows else None
    for (a, b), enemies in shared.items():
        links = [by_pair[(side, e)] for e in sorted(enemies) for side in (a, b)]
        articles = {d for r in links for d in _text(r["article_ids"]).split("|") if d}
        firsts = [r["first"] for r in links if r["first"] is not None]
        lasts = [r["last"] for r in links if r["last"] is not None]
        out.append(
            (
                since,
                until,
                URIRef(a),
                URIRef(b),
                Literal(labels[a]),
                Literal(labels[b]),
                Literal(len(enemies), datatype=XSD.integer),
                Literal(", ".join(sorted(labels[e] for e in enemies))),
                Literal(b in hostile_to[a] or a in hostile_to[b]),
                Literal(len(articles), datatype=XSD.integer),
                min(firsts, key=str) if firsts else None,
                max(lasts, key=str) if lasts else None,
                links[0]["evidence"],
            )
        )
    out.sort(key=lambda r: (-int(str(r[6])), str(r[4]), str(r[5])))
    return Table(list(COBELLIGERENCE_COLUMNS), out)
