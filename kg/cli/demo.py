"""``kg demo``: the bundled sample articles end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._app import StoreOption, app, friendly


@app.command()
@friendly
def demo(
    store: StoreOption = Path("kg-store"),
    graphml: Annotated[Path, typer.Option("--graphml", help="Actor network file.")] = Path(
        "actors.graphml"
    ),
) -> None:
    """Ingest the bundled sample articles, answer two canned queries, write actors.graphml."""
    from kg.demo import run_demo

    typer.echo(run_demo(store, graphml), nl=False)
