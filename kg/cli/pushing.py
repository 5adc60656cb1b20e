"""``kg push``: send the store's named graphs to a remote SPARQL store (Graph Store Protocol)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from kg.cli._app import StoreOption, app, friendly, open_store


@app.command()
@friendly
def push(
    endpoint: Annotated[
        str,
        typer.Argument(help="Graph Store endpoint, e.g. http://localhost:7878/store."),
    ],
    store: StoreOption = Path("kg-store"),
    articles_only: Annotated[
        bool, typer.Option(help="Send only article graphs (not ontology, gazetteer, summaries).")
    ] = False,
    graph_parameter: Annotated[
        str, typer.Option(help="Query parameter naming the graph (Virtuoso: graph-uri).")
    ] = "graph",
    user: Annotated[
        str | None,
        typer.Option(help="User for basic or digest auth; password from KG_PUSH_PASSWORD."),
    ] = None,
) -> None:
    """PUT every named graph to a remote store; PUT replaces, so pushing again is safe."""
    from kg import iris
    from kg.push import push_graphs

    with open_store(store, read_only=True) as st:
        graphs = [
            g
            for g in st.named_graphs()
            if not articles_only or g.startswith(iris.ARTICLE_GRAPH_PREFIX)
        ]
        report = push_graphs(
            st,
            endpoint,
            graphs=graphs,
            parameter=graph_parameter,
            user=user,
            password=os.environ.get("KG_PUSH_PASSWORD"),
        )
    typer.echo(f"graphs sent: {report.graphs}, triples: {report.triples}")
