"""``kg demo``: the bundled sample articles, end to end, in one command.

Ingests the samples into an on-disk store, prints a summary and the answers of two canned
queries (who backs the Syrian Democratic Forces; who controls each place as of a date), writes
the actor network as GraphML and draws two pictures: the actor network and the control map.
"""

from __future__ import annotations

from pathlib import Path

from ingest.batch import ingest_paths
from kg.control import control_records
from kg.exports import actor_network, write_graphml
from kg.names import resolve_name
from kg.plots import plot_control, plot_network
from kg.queries import get_query, run_query
from kg.resources import samples_file
from kg.store import Store
from kg.tables import render

DEMO_QUERIES = (
    ("supporters-of", {"actor": "SDF"}),
    ("control-as-of", {"as_of": "2017-12-31"}),
)
_SHOWN = {
    "supporters-of": ["supporter_label", "articles", "first", "last", "example_article"],
    "control-as-of": [
        "place",
        "actor",
        "status",
        "since",
        "contested_by",
        "articles",
        "example_article",
    ],
}


def run_demo(
    store_path: Path,
    graphml: Path,
    network_plot: Path | None = Path("network.png"),
    control_plot: Path | None = Path("control.png"),
) -> str:
    """Run the demo; returns the text to print. A plot path of ``None`` skips that plot."""
    out: list[str] = []
    with Store(store_path) as store:
        report = ingest_paths(store, [str(samples_file())])
        out.append(
            f"Ingested the bundled samples into {store_path}/: {report.articles} written, "
            f"{report.unchanged} unchanged, {len(report.skipped)} skipped; "
            f"{report.relations} relations and {report.events} events."
        )
        for name, params in DEMO_QUERIES:
            query = get_query(name)
            table = run_query(
                store, name, params, lambda kind, text: resolve_name(store, kind, text)
            )
            keep = [table.columns.index(c) for c in _SHOWN[name]]
            table.columns = [table.columns[i] for i in keep]
            table.rows = [tuple(row[i] for i in keep) for row in table.rows]
            shown = ", ".join(f"{k}={v}" for k, v in params.items())
            out.append(
                f"\n{query.title} ({shown}):  kg query {name} "
                + " ".join(f"--param {k}={v}" for k, v in params.items())
            )
            out.append(render(table).rstrip())
        graph = actor_network(store)
        as_of = str(dict(DEMO_QUERIES)["control-as-of"]["as_of"])
        control = control_records(store, as_of)
    write_graphml(graph, str(graphml))
    out.append(
        f"\nWrote {graphml}: {graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} typed edges (open it in Gephi or Cytoscape)."
    )
    if network_plot is not None:
        drawn = plot_network(graph, network_plot)
        out.append(f"Drew {network_plot}: the actor network ({drawn} nodes).")
    if control_plot is not None:
        drawn = plot_control(control, control_plot, title=f"Control of places as of {as_of}")
        out.append(f"Drew {control_plot}: {drawn} places coloured by who holds them on {as_of}.")
    return "\n".join(out) + "\n"
