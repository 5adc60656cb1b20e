"""``kg ingest``: read articles, extract, write one atomic graph per article."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli._app import ParserOption, StoreOption, app, err, friendly, open_store, parse_date


def _ingest_with_progress(
    store: Any,
    paths: list[str],
    *,
    default_date: date | None,
    lang: str | None,
    quiet: bool,
    scale: dict[str, Any],
) -> Any:
    from ingest.batch import ingest_paths

    if quiet or not sys.stderr.isatty():
        return ingest_paths(store, paths, default_date=default_date, default_lang=lang, **scale)
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
            **scale,
        )
    return report


@contextmanager
def _parser_for_workers(parser: str) -> Iterator[None]:
    """``KG_PARSER`` for the worker processes this ingest starts, restored afterwards."""
    before = os.environ.get("KG_PARSER")
    os.environ["KG_PARSER"] = parser
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("KG_PARSER", None)
        else:
            os.environ["KG_PARSER"] = before


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
@friendly
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
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Extract in N worker processes.")
    ] = 1,
    bulk: Annotated[
        bool | None,
        typer.Option(
            "--bulk/--no-bulk",
            help="Load new articles with Oxigraph's bulk loader "
            "(default: automatically after the first 1,000 new articles).",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Extract on a Dask cluster: scheduler address (tcp://host:8786) or file.",
        ),
    ] = None,
    parser: ParserOption = "none",
) -> None:
    """Ingest .txt files, .jsonl files, folders (recursive) or - (stdin) into the store."""
    default_date = parse_date(on) if on else None
    from ingest.pipeline import Pipeline

    scale = {"jobs": jobs, "bulk": bulk, "dask": dask, "pipeline": Pipeline(parser=parser)}
    with _parser_for_workers(parser), open_store(store) as st:
        report = _ingest_with_progress(
            st, paths, default_date=default_date, lang=lang, quiet=quiet, scale=scale
        )
    typer.echo(_summary(report))
