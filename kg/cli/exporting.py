"""``kg export ...``: records, RDF, the actor network (GraphML, GEXF) and the control map."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli._app import (
    AsOfOption,
    MinConfidenceOption,
    OutputOption,
    RdfFormat,
    RecordFormat,
    RelationOption,
    SinceOption,
    StoreOption,
    UntilOption,
    WindowDaysOption,
    control_from_store,
    err,
    export_app,
    friendly,
    network_from_store,
    open_store,
    output_stream,
)


@export_app.command("relations")
@friendly
def export_relations(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RecordFormat, typer.Option("--format", "-f")] = RecordFormat.jsonl,
    output: OutputOption = None,
    min_confidence: MinConfidenceOption = 0.0,
) -> None:
    """Relations with subject/object IRIs and labels and their evidence (the scorer's input)."""
    from kg.exports import relation_records

    _write(store, fmt, output, lambda st: relation_records(st, min_confidence=min_confidence))


@export_app.command("mentions")
@friendly
def export_mentions(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RecordFormat, typer.Option("--format", "-f")] = RecordFormat.jsonl,
    output: OutputOption = None,
) -> None:
    """Entities each article names, with first span and surface forms."""
    from kg.exports import mention_records

    _write(store, fmt, output, mention_records)


@export_app.command("events")
@friendly
def export_events(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RecordFormat, typer.Option("--format", "-f")] = RecordFormat.jsonl,
    output: OutputOption = None,
    min_confidence: Annotated[float, typer.Option(help="Drop events below this.")] = 0.0,
) -> None:
    """One line per event, those with unnamed agents included."""
    from kg.exports import event_records

    _write(store, fmt, output, lambda st: event_records(st, min_confidence=min_confidence))


def _write(store: Path, fmt: RecordFormat, output: Path | None, produce: Any) -> None:
    from kg.exports import write_csv, write_jsonl

    with open_store(store, read_only=True) as st:
        records = produce(st)
        out = output_stream(output)
        try:
            n = (write_jsonl if fmt is RecordFormat.jsonl else write_csv)(records, out)
        finally:
            if output:
                out.close()
    if output:
        err.print(f"wrote {n} records to {output}")


@export_app.command("rdf")
@friendly
def export_rdf(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f")] = RdfFormat.nquads,
    output: OutputOption = None,
) -> None:
    """The whole store as N-Quads or TriG (named graphs kept) or Turtle (merged)."""
    with open_store(store, read_only=True) as st:
        if output:
            with output.open("wb") as fh:
                st.dump(fmt.value, fh)
        else:
            st.dump(fmt.value, sys.stdout.buffer)


@export_app.command("graphml")
@friendly
def export_graphml(
    file: Annotated[Path, typer.Argument(help="The .graphml file to write.")],
    store: StoreOption = Path("kg-store"),
    relation: RelationOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: MinConfidenceOption = 0.0,
) -> None:
    """The actor network (typed, directed, weighted edges) for Gephi or Cytoscape."""
    from kg.exports import write_graphml

    graph = network_from_store(store, relation, since, until, min_confidence)
    write_graphml(graph, str(file))
    typer.echo(f"wrote {file}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges")


@export_app.command("gexf")
@friendly
def export_gexf(
    file: Annotated[Path, typer.Argument(help="The .gexf file to write.")],
    store: StoreOption = Path("kg-store"),
    relation: RelationOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: MinConfidenceOption = 0.0,
) -> None:
    """The actor network as GEXF with time intervals, so Gephi's timeline replays the war."""
    from kg.exports import write_gexf

    graph = network_from_store(store, relation, since, until, min_confidence)
    write_gexf(graph, str(file))
    typer.echo(f"wrote {file}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges")


class ControlFormat(StrEnum):
    csv = "csv"
    geojson = "geojson"


@export_app.command("control")
@friendly
def export_control(
    as_of: AsOfOption = None,
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[ControlFormat, typer.Option("--format", "-f")] = ControlFormat.csv,
    output: OutputOption = None,
    window_days: WindowDaysOption = 7,
) -> None:
    """Who holds each place as of a date, with coordinates, as CSV or GeoJSON."""
    from kg.control import write_control_csv, write_control_geojson

    records, _day = control_from_store(store, as_of, window_days)
    out = output_stream(output)
    try:
        writer = write_control_csv if fmt is ControlFormat.csv else write_control_geojson
        n = writer(records, out)
    finally:
        if output:
            out.close()
    if output:
        err.print(f"wrote {n} places to {output}")
