"""``kg plot network`` and ``kg plot control``: pictures drawn offline (PNG or SVG)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._app import (
    AsOfOption,
    MinConfidenceOption,
    RelationOption,
    SinceOption,
    StoreOption,
    UntilOption,
    WindowDaysOption,
    app,
    control_from_store,
    friendly,
    network_from_store,
)

plot_app = typer.Typer(no_args_is_help=True, help="Draw the graph as PNG or SVG (offline).")
app.add_typer(plot_app, name="plot")


@plot_app.command("network")
@friendly
def plot_network(
    file: Annotated[Path, typer.Argument(help="The .png or .svg file to write.")],
    store: StoreOption = Path("kg-store"),
    relation: RelationOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: MinConfidenceOption = 0.0,
    max_nodes: Annotated[int, typer.Option(help="Draw only the busiest nodes.")] = 80,
) -> None:
    """The actor network: actors coloured by type, edges by relation."""
    from kg.plots import plot_network as draw

    graph = network_from_store(store, relation, since, until, min_confidence)
    drawn = draw(graph, file, max_nodes=max_nodes)
    typer.echo(f"wrote {file}: {drawn} of {graph.number_of_nodes()} nodes")


@plot_app.command("control")
@friendly
def plot_control(
    file: Annotated[Path, typer.Argument(help="The .png or .svg file to write.")],
    as_of: AsOfOption = None,
    store: StoreOption = Path("kg-store"),
    window_days: WindowDaysOption = 7,
) -> None:
    """Places at their coordinates, coloured by controller; contested places ringed."""
    from kg.plots import plot_control as draw

    records, day = control_from_store(store, as_of, window_days)
    drawn = draw(records, file, title=f"Control of places as of {day or 'the latest evidence'}")
    typer.echo(f"wrote {file}: {drawn} places")
