"""Alliance blocs: connected groups of actors over the alliance and support links of a window.

SPARQL 1.1 cannot compute connected components over edges filtered by date (property paths
cannot carry a date condition), so the ``alliance-blocs`` query lists the dated links and this
module groups them: one row per bloc, with its members and the provenance of its links.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import XSD, Literal

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
