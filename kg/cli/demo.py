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
    network_plot: Annotated[
        Path, typer.Option("--network-plot", help="Actor network picture (.png or .svg).")
    ] = Path("network.png"),
    control_plot: Annotated[
        Path, typer.Option("--control-plot", help="Control map picture (.png or .svg).")
    ] = Path("control.png"),
) -> None:
    """Ingest the bundled samples, answer an alliance and a control query, write the actor
    network (actors.graphml) and draw it and the control map (network.png, control.png)."""
    from kg.demo import run_demo

    typer.echo(run_demo(store, graphml, network_plot, control_plot), nl=False)
