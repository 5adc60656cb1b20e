"""The shared pieces of the command line: the typer apps, common options and error handling.

Command modules import from here and register themselves on :data:`app` (or a sub-app); no
command module imports another, so a new command group is one new module plus one import line in
``kg/cli/__init__.py``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

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
ParserOption = Annotated[
    str,
    typer.Option(
        "--parser",
        envvar="KG_PARSER",
        help="Optional dependency parser whose relations are added to the rules' "
        "(none, spacy, stanza; see docs/parsing.md).",
    ),
]
RelationOption = Annotated[
    list[str] | None, typer.Option("--relation", "-r", help="Keep only this relation.")
]
SinceOption = Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD).")]
MinConfidenceOption = Annotated[float, typer.Option(help="Drop facts below this.")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="The date (YYYY-MM-DD).")]
WindowDaysOption = Annotated[
    int, typer.Option(help="Rival claims this many days before make a place contested.")
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


def _print_version(asked: bool) -> None:
    if asked:
        from kg import __version__
        from kg.compiled import describe_build

        typer.echo(f"conflict-kg {__version__} ({describe_build()})")
        raise typer.Exit()


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option(help="Show tracebacks on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            is_eager=True,
            callback=_print_version,
            help="Print the version, and whether the extractor runs compiled, then stop.",
        ),
    ] = False,
) -> None:
    _state["debug"] = debug


def friendly(func: Callable[..., None]) -> Callable[..., None]:
    """Turn a kg error into one line on stderr and exit status 1 (``--debug``: traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            func(*args, **kwargs)
        except KgError as exc:
            if _state["debug"]:
                raise
            one_line = " ".join(str(exc).splitlines())  # values quoted in it may hold newlines
            typer.echo(f"error: {one_line}", err=True)
            raise typer.Exit(1) from None

    return wrapper


def open_store(path: Path, *, read_only: bool = False) -> Any:
    """Open the store folder (imported lazily so ``kg --help`` stays fast)."""
    from kg.store import Store

    return Store(path, read_only=read_only)


def parse_date(text: str) -> date:
    """A YYYY-MM-DD option value, or a usage error naming it."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"'{text}' is not a date in YYYY-MM-DD form") from None


def output_stream(path: Path | None) -> Any:
    """The file to write (text, UTF-8) or standard output."""
    return path.open("w", encoding="utf-8", newline="") if path else sys.stdout


def network_from_store(
    store: Path,
    relation: list[str] | None,
    since: str | None,
    until: str | None,
    min_confidence: float,
) -> Any:
    """The actor network the network commands share, filtered by their options."""
    from kg.exports import actor_network

    window = {k: parse_date(v).isoformat() for k, v in (("since", since), ("until", until)) if v}
    with open_store(store, read_only=True) as st:
        return actor_network(
            st, relations=relation or None, min_confidence=min_confidence, **window
        )


def control_from_store(store: Path, as_of: str | None, window_days: int) -> tuple[Any, str | None]:
    """Who holds each place as of ``as_of`` (the latest evidence when None), as the control
    commands share it: the records and the day they are for."""
    from kg.control import control_records

    day = parse_date(as_of).isoformat() if as_of else None
    with open_store(store, read_only=True) as st:
        return control_records(st, day, window_days=window_days), day
