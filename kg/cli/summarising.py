"""``kg summarise``: rebuild the precomputed summary graph from every article graph."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._app import StoreOption, app, friendly, open_store


@app.command()
@friendly
def summarise(store: StoreOption = Path("kg-store")) -> None:
    """Recompute the summary graph (edge summaries, control intervals) from scratch."""
    from kg import summaries

    with open_store(store) as st:
        edges, places = summaries.rebuild(st)
    typer.echo(f"edge summaries: {edges}, places with control intervals: {places}")
