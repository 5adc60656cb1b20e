"""The control map as a drawing: places at their coordinates, coloured by who controls them.

No map tiles (nothing may be fetched): every place with coordinates is a faint dot, so the
country's shape emerges from its towns, and each place in the control answer is a coloured dot
with its name. The page renders the result as inline SVG.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT, MARGIN = 900, 640, 30
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f")  # fmt: skip
STATUS_COLOURS = {"contested": "#000000", "lost": "#bbbbbb"}


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str
    colour: str
    actor: str = ""
    status: str = ""


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    background: list[Dot]
    places: list[Dot]
    legend: list[tuple[str, str]]


def _projection(points: Sequence[tuple[float, float]]) -> Any:
    """Equirectangular, fitted to the points (longitude scaled by the cosine of the latitude)."""
    import math

    lats = [p[0] for p in points] or [0.0]
    lons = [p[1] for p in points] or [0.0]
    squeeze = math.cos(math.radians((min(lats) + max(lats)) / 2))
    span_x = max((max(lons) - min(lons)) * squeeze, 1e-6)
    span_y = max(max(lats) - min(lats), 1e-6)
    scale = min((WIDTH - 2 * MARGIN) / span_x, (HEIGHT - 2 * MARGIN) / span_y)

    def project(lat: float, lon: float) -> tuple[float, float]:
        x = MARGIN + (lon - min(lons)) * squeeze * scale
        y = HEIGHT - MARGIN - (lat - min(lats)) * scale
        return round(x, 1), round(y, 1)

    return project


def control_map(
    control: Sequence[Mapping[str, Any]], places: Sequence[Mapping[str, Any]]
) -> Drawing:
    """Lay out ``control`` rows (from the control-as-of query) over ``places`` coordinates."""
    where = {
        str(p["place"]): (float(p["lat"].toPython()), float(p["long"].toPython()), p["label"])
        for p in places
        if p["lat"] is not None and p["long"] is not None
    }
    project = _projection([(lat, lon) for lat, lon, _ in where.values()])
    background = []
    for lat, lon, label in where.values():
        x, y = project(lat, lon)
        background.append(Dot(x, y, str(label or ""), "#cccccc"))
    colours: dict[str, str] = {}
    dots = []
    for row in control:
        located = where.get(str(row["place_iri"]))
        if located is None:
            continue
        actor, status = str(row["actor"] or row["actor_iri"]), str(row["status"])
        if status not in STATUS_COLOURS and actor not in colours:
            colours[actor] = PALETTE[len(colours) % len(PALETTE)]
        colour = STATUS_COLOURS.get(status) or colours[actor]
        x, y = project(located[0], located[1])
        dots.append(Dot(x, y, str(row["place"]), colour, actor, status))
    legend = [*colours.items(), *((f"({s})", c) for s, c in STATUS_COLOURS.items())]
    return Drawing(WIDTH, HEIGHT, background, dots, legend)
