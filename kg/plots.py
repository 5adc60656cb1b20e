"""Pictures of the graph, drawn offline with matplotlib's Agg backend (PNG or SVG by suffix).

- :func:`plot_network`: actors as dots coloured by type, edges coloured by relation, wider for
  more supporting articles; the busiest nodes only, so the picture stays readable.
- :func:`plot_control`: places at their coordinates coloured by controller, contested places
  ringed in red, lost places hollow; places without coordinates are counted in the title.

No tiles, fonts or shapes are downloaded: governorate outlines are not drawn (the project ships
no boundary data); places are labelled instead.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError

SUFFIXES = (".png", ".svg")
RELATION_COLOURS = {
    "supports": "#2ca02c",
    "alliedWith": "#17becf",
    "attacks": "#d62728",
    "clashesWith": "#ff7f0e",
    "controls": "#1f77b4",
    "losesControlOf": "#9467bd",
    "besieges": "#8c564b",
    "surrendersTo": "#7f7f7f",
}
_PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
    "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
]  # fmt: skip


def _figure(width: float, height: float) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height))


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"cannot draw a '{path.suffix}' file; name it .png or .svg", path=path)


def _save(figure: Any, path: Path) -> None:
    import matplotlib.pyplot as plt

    figure.savefig(path, dpi=150, bbox_inches="tight")
    plt.close(figure)


def plot_network(graph: nx.MultiDiGraph, path: Path, *, max_nodes: int = 80) -> int:
    """Draw the actor network to ``path``; returns the number of nodes drawn."""
    _check_suffix(path)
    strength: Counter[str] = Counter()
    for u, v, data in graph.edges(data=True):
        strength[u] += data.get("weight", 1)
        strength[v] += data.get("weight", 1)
    keep = [n for n, _ in strength.most_common(max_nodes)]
    sub = graph.subgraph(keep)
    figure, axes = _figure(12, 9)
    axes.set_axis_off()
    if sub.number_of_nodes():
        layout = nx.spring_layout(nx.Graph(sub), seed=7, k=1.5 / max(1, len(keep)) ** 0.5)
        types = sorted({sub.nodes[n].get("type", "") for n in sub.nodes})
        colour_of = {t: _PALETTE[i % len(_PALETTE)] for i, t in enumerate(types)}
        for relation, colour in RELATION_COLOURS.items():
            edges = [(u, v) for u, v, d in sub.edges(data=True) if d.get("relation") == relation]
            widths = [
                0.6 + min(4.0, float(d.get("weight", 1)))
                for u, v, d in sub.edges(data=True)
                if d.get("relation") == relation
            ]
            if edges:
                nx.draw_networkx_edges(
                    sub, layout, edgelist=edges, edge_color=colour, width=widths, alpha=0.6,
                    ax=axes, arrows=True, arrowsize=8, connectionstyle="arc3,rad=0.1",
                )  # fmt: skip
                axes.plot([], [], color=colour, label=relation)
        for t in types:
            nodes = [n for n in sub.nodes if sub.nodes[n].get("type", "") == t]
            sizes = [60 + 25 * strength[n] for n in nodes]
            nx.draw_networkx_nodes(
                sub, layout, nodelist=nodes, node_color=colour_of[t], node_size=sizes, ax=axes
            )
            axes.scatter([], [], color=colour_of[t], label=t or "unknown type")
        nx.draw_networkx_labels(
            sub, layout, labels={n: sub.nodes[n].get("label", n) for n in sub.nodes},
            font_size=7, ax=axes,
        )  # fmt: skip
        axes.legend(loc="upper left", fontsize=7, frameon=False)
    shown = f"{sub.number_of_nodes()} of {graph.number_of_nodes()} actors"
    axes.set_title(f"Actor network ({shown}, {sub.number_of_edges()} typed edges)")
    _save(figure, path)
    return int(sub.number_of_nodes())


def _legend_name(actor: str, colour_of: dict[str, str]) -> str:
    return actor if actor in colour_of else "other"


def plot_control(records: list[dict[str, Any]], path: Path, *, title: str = "") -> int:
    """Draw control records (see :func:`kg.control.control_records`); returns places drawn."""
    _check_suffix(path)
    placed = [r for r in records if r["lat"] is not None and r["lon"] is not None]
    held = [r for r in placed if r["status"] != "lost"]
    controllers = [a for a, _ in Counter(r["actor_label"] for r in held).most_common()]
    top = controllers[: len(_PALETTE) - 1]
    colour_of = {a: _PALETTE[i] for i, a in enumerate(top)}
    figure, axes = _figure(10, 9)
    for actor in [*top, "other"]:
        group = [r for r in held if _legend_name(r["actor_label"], colour_of) == actor]
        if not group:
            continue
        colour = colour_of.get(actor, "#7f7f7f")
        axes.scatter([r["lon"] for r in group], [r["lat"] for r in group], s=60, color=colour,
                     label=actor, zorder=3)  # fmt: skip
    contested = [r for r in placed if r["status"] == "contested"]
    if contested:
        axes.scatter([r["lon"] for r in contested], [r["lat"] for r in contested], s=200,
                     facecolors="none", edgecolors="red", linewidths=1.5, label="contested",
                     zorder=4)  # fmt: skip
    held_places = {r["place"] for r in held}
    lost = [r for r in placed if r["status"] == "lost" and r["place"] not in held_places]
    if lost:
        axes.scatter([r["lon"] for r in lost], [r["lat"] for r in lost], s=60, facecolors="none",
                     edgecolors="black", label="lost (holder unknown)", zorder=2)  # fmt: skip
    for label, lon, lat in {(r["place_label"], r["lon"], r["lat"]) for r in placed}:
        axes.annotate(label, (lon, lat), xytext=(4, 4), textcoords="offset points", fontsize=7)
    axes.set_xlabel("longitude")
    axes.set_ylabel("latitude")
    axes.set_aspect("equal", adjustable="datalim")
    axes.grid(alpha=0.3)
    if placed:
        axes.legend(loc="best", fontsize=7)
    missing = len({r["place"] for r in records}) - len({r["place"] for r in placed})
    note = f"; {missing} place(s) without coordinates not drawn" if missing else ""
    axes.set_title((title or "Control of places") + note)
    _save(figure, path)
    return len({r["place"] for r in placed})
