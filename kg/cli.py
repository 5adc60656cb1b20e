"""The ``kg`` command line: thin wrappers over the library, and the only module that prints.

Every command honours ``--store PATH`` (or ``KG_STORE``; default ``./kg-store``). Errors are one
line on standard error with exit status 1 (2 for usage); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import functools
import json
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.errors import KgError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build and query knowledge graphs of armed conflict from ar/fr/en news.",
    pretty_exceptions_enable=False,
)
export_app = typer.Typer(no_args_is_help=True, help="Export the graph or what was extracted.")
app.add_typer(export_app, name="export")
err = Console(stderr=True)
_state: dict[str, Any] = {"debug": False}

StoreOption = Annotated[
    Path, typer.Option("--store", envvar="KG_STORE", help="Store folder (env KG_STORE).")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class RecordFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


class RdfFormat(StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"


@app.callback()
def _main(debug: Annotated[bool, typer.Option(help="Show tracebacks on errors.")] = False) -> None:
    _state["debug"] = debug


def _friendly(func: Callable[..., None]) -> Callable[..., None]:
    """Turn a kg error into one line on stderr and exit status 1 (``--debug``: traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            func(*args, **kwargs)
        except KgError as exc:
            if _state["debug"]:
                raise
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None

    return wrapper


def _open(path: Path, *, read_only: bool = False) -> Any:
    from kg.store import Store

    return Store(path, read_only=read_only)


def _ingest_with_progress(
    store: Any, paths: list[str], *, default_date: date | None, lang: str | None, quiet: bool
) -> Any:
    from ingest.batch import ingest_paths

    if quiet or not sys.stderr.isatty():
        return ingest_paths(store, paths, default_date=default_date, default_lang=lang)
    columns = (
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("", total=None)
        report = ingest_paths(
            store,
            paths,
            default_date=default_date,
            default_lang=lang,
            progress=lambda doc: bar.update(task, advance=1, description=doc),
        )
    return report


def _summary(report: Any) -> str:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items())) or "none"
    lines = [
        f"articles written: {report.articles} ({report.replaced} replaced), "
        f"unchanged: {report.unchanged}, skipped: {len(report.skipped)}",
        f"languages: {langs}",
        f"entities: {report.entities}, relations: {report.relations}, events: {report.events}",
        f"seconds: {report.seconds:.2f}",
    ]
    lines += [f"skipped {s}" for s in report.skipped]
    lines += [f"warning {w}" for w in report.warnings]
    return "\n".join(lines)


@app.command()
@_friendly
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.")],
    store: StoreOption = Path("kg-store"),
    on: Annotated[
        str | None,
        typer.Option("--date", help="Publication date YYYY-MM-DD for articles that state none."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language (ar, fr, en) instead of detecting it.")
    ] = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Ingest .txt files, .jsonl files, folders (recursive) or - (stdin) into the store."""
    default_date = _parse_date(on) if on else None
    with _open(store) as st:
        report = _ingest_with_progress(st, paths, default_date=default_date, lang=lang, quiet=quiet)
    typer.echo(_summary(report))


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"'{text}' is not a date in YYYY-MM-DD form") from None


@app.command()
@_friendly
def stats(store: StoreOption = Path("kg-store")) -> None:
    """Counts of articles, entities, events and triples in the store."""
    from kg.statistics import store_statistics

    with _open(store, read_only=True) as st:
        for key, value in store_statistics(st).items():
            typer.echo(f"{key:<22} {value}")


@app.command()
@_friendly
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
    with _open(store, read_only=True) as st:
        typer.echo(render(st.select(text), fmt.value), nl=False)


@app.command("queries")
@_friendly
def list_queries() -> None:
    """List the canned queries with their parameters."""
    from kg.queries import canned_queries

    for q in canned_queries().values():
        typer.echo(f"{q.name}\n  {q.title}")
        for p in q.parameters:
            typer.echo(f"  --param {p.describe()}")


@app.command()
@_friendly
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
    with _open(store, read_only=True) as st:
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
    from kg.names import resolve_name
    from kg.queries import run_query

    return run_query(store, name, given, lambda kind, text: resolve_name(store, kind, text))


def _output(path: Path | None) -> Any:
    return path.open("w", encoding="utf-8", newline="") if path else sys.stdout


@export_app.command("relations")
@_friendly
def export_relations(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RecordFormat, typer.Option("--format", "-f")] = RecordFormat.jsonl,
    output: OutputOption = None,
    min_confidence: Annotated[float, typer.Option(help="Drop facts below this.")] = 0.0,
) -> None:
    """Relations with subject/object IRIs and labels and their evidence (the scorer's input)."""
    from kg.exports import relation_records

    _write(store, fmt, output, lambda st: relation_records(st, min_confidence=min_confidence))


@export_app.command("mentions")
@_friendly
def export_mentions(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RecordFormat, typer.Option("--format", "-f")] = RecordFormat.jsonl,
    output: OutputOption = None,
) -> None:
    """Entities each article names, with first span and surface forms."""
    from kg.exports import mention_records

    _write(store, fmt, output, mention_records)


@export_app.command("events")
@_friendly
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

    with _open(store, read_only=True) as st:
        records = produce(st)
        out = _output(output)
        try:
            n = (write_jsonl if fmt is RecordFormat.jsonl else write_csv)(records, out)
        finally:
            if output:
                out.close()
    if output:
        err.print(f"wrote {n} records to {output}")


@export_app.command("rdf")
@_friendly
def export_rdf(
    store: StoreOption = Path("kg-store"),
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f")] = RdfFormat.nquads,
    output: OutputOption = None,
) -> None:
    """The whole store as N-Quads or TriG (named graphs kept) or Turtle (merged)."""
    with _open(store, read_only=True) as st:
        if output:
            with output.open("wb") as fh:
                st.dump(fmt.value, fh)
        else:
            st.dump(fmt.value, sys.stdout.buffer)


@export_app.command("graphml")
@_friendly
def export_graphml(
    file: Annotated[Path, typer.Argument(help="The .graphml file to write.")],
    store: StoreOption = Path("kg-store"),
    min_confidence: Annotated[float, typer.Option(help="Drop facts below this.")] = 0.0,
) -> None:
    """The actor network (typed, directed, weighted edges) for Gephi or Cytoscape."""
    from kg.exports import actor_network, write_graphml

    with _open(store, read_only=True) as st:
        graph = actor_network(st, min_confidence=min_confidence)
    write_graphml(graph, str(file))
    typer.echo(f"wrote {file}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges")


@app.command("eval")
@_friendly
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of articles and *.gold.json.")],
    errors: Annotated[bool, typer.Option(help="List misses and false hits.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
) -> None:
    """Ingest a gold folder into a temporary store and score relations and entities."""
    from ingest.batch import ingest_paths
    from kg.evaluation import score
    from kg.exports import mention_records, relation_records

    with tempfile.TemporaryDirectory() as tmp, _open(Path(tmp) / "store") as st:
        report = ingest_paths(st, [str(gold)])
        result = score(gold, list(relation_records(st)), list(mention_records(st)))
    for s in report.skipped:
        err.print(f"skipped {s}")
    if as_json:
        typer.echo(json.dumps(_score_json(result), ensure_ascii=False))
    else:
        typer.echo(result.table())
    if errors:
        for doc, kind, t in result.errors:
            typer.echo(f"{doc}\t{kind}\t{t[0]}({t[1]}, {t[2]})")


def _score_json(result: Any) -> dict[str, Any]:
    def one(s: Any) -> dict[str, Any]:
        return {
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "f1": round(s.f1, 3),
        }

    return {
        "documents": result.documents,
        "relations": one(result.relations),
        "entities": one(result.entities),
        "by_relation": {k: one(v) for k, v in result.by_relation.items()},
        "by_language": {k: one(v) for k, v in result.by_language.items()},
        "entities_by_language": {k: one(v) for k, v in result.entities_by_language.items()},
    }


@app.command()
@_friendly
def explain(
    path: Annotated[Path, typer.Argument(help="An article file (.txt) to explain.")],
    lang: Annotated[str | None, typer.Option(help="Language instead of detecting it.")] = None,
) -> None:
    """Show each sentence with its mentions and relations, the rule and the confidence."""
    from ingest.explain import explain_text
    from ingest.readers import Skipped, read_paths

    for item in read_paths([str(path)]):
        if isinstance(item, Skipped):
            raise KgError(str(item))
        if lang:
            item.lang = lang
        typer.echo(explain_text(item))


@app.command()
@_friendly
def demo(
    store: StoreOption = Path("kg-store"),
    graphml: Annotated[Path, typer.Option("--graphml", help="Actor network file.")] = Path(
        "actors.graphml"
    ),
) -> None:
    """Ingest the bundled sample articles, answer two canned queries, write actors.graphml."""
    from kg.demo import run_demo

    typer.echo(run_demo(store, graphml), nl=False)


def main() -> None:
    """Console entry point."""
    app()
