"""``kg stats``, ``kg sparql``, ``kg queries`` and ``kg query``: reading the store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli._app import StoreOption, TableFormat, app, err, friendly, open_store


@app.command()
@friendly
def stats(store: StoreOption = Path("kg-store")) -> None:
    """Counts of articles, entities, events and triples in the store."""
    from kg.statistics import store_statistics

    with open_store(store, read_only=True) as st:
        for key, value in store_statistics(st).items():
            typer.echo(f"{key:<22} {value}")


@app.command()
@friendly
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query, @FILE, or - for stdin.")],
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Run a SPARQL SELECT query over all graphs of the store."""
    from kg.tables import render

    text = sys.stdin.read() if query == "-" else query
    if query.startswith("@"):
        text = Path(query[1:]).read_text(encoding="utf-8")
    with open_store(store, read_only=True) as st:
        typer.echo(render(st.select(text), fmt.value), nl=False)


@app.command("queries")
@friendly
def list_queries() -> None:
    """List the canned queries with their parameters."""
    from kg.queries import canned_queries

    for q in canned_queries().values():
        typer.echo(f"{q.name}\n  {q.title}")
        for p in q.parameters:
            typer.echo(f"  --param {p.describe()}")


@app.command()
@friendly
def query(
    name: Annotated[str, typer.Argument(help="Canned query name (see 'kg queries').")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="k=v")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Shortcut for --param as_of=DATE.")
    ] = None,
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Run a canned query with named parameters."""
    from kg.tables import render

    given = _params(param or [])
    if as_of:
        given["as_of"] = as_of
    with open_store(store, read_only=True) as st:
        typer.echo(render(_run(st, name, given), fmt.value), nl=False)


def _params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"'{item}' is not k=v")
        out[key.strip()] = value.strip()
    return out


def _run(store: Any, name: str, given: dict[str, str]) -> Any:
    from kg import summaries
    from kg.names import resolve_name
    from kg.queries import reads_summaries, run_query, summaries_missing

    problem = None
    if reads_summaries(name) and summaries_missing(store):
        problem = (
            "which this store does not have yet (an ingest still running, or articles written "
            "without kg ingest): its answer stays empty until that ingest ends or you run "
            "'kg summarise'"
        )
    elif reads_summaries(name) and summaries.outdated(store):
        problem = "which an older conflict-kg wrote in another shape: run 'kg summarise' once"
    if problem:
        err.print(
            f"warning: '{name}' reads the summary graph, {problem}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    return run_query(store, name, given, lambda kind, text: resolve_name(store, kind, text))
