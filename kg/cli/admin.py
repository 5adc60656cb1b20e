"""``kg backup``, ``kg restore`` and ``kg check``: keeping a store safe and knowing it is sound."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._app import StoreOption, app, friendly


@app.command()
@friendly
def backup(
    folder: Annotated[Path, typer.Argument(help="New folder to hold the backup.")],
    store: StoreOption = Path("kg-store"),
) -> None:
    """Back the store up into a new folder (works while an ingest runs)."""
    from kg.maintenance import backup_store

    held = backup_store(store, folder)
    typer.echo(f"backed up {store} to {folder}: {held.articles} articles, {held.quads} quads")


@app.command()
@friendly
def restore(
    folder: Annotated[Path, typer.Argument(help="A folder made by 'kg backup'.")],
    store: StoreOption = Path("kg-store"),
    replace: Annotated[
        bool, typer.Option("--replace", help="Move an existing store aside and restore over it.")
    ] = False,
) -> None:
    """Restore a backup as the store (an existing store is moved aside, never deleted)."""
    from kg.maintenance import restore_store

    held, moved = restore_store(folder, store, replace=replace)
    typer.echo(f"restored {folder} to {store}: {held.articles} articles, {held.quads} quads")
    if moved:
        typer.echo(f"the previous store was moved to {moved}")


@app.command()
@friendly
def check(store: StoreOption = Path("kg-store")) -> None:
    """Read every quad through every index and check every article graph is whole."""
    from kg.maintenance import check_store

    report = check_store(store)
    if report.sound:
        typer.echo(
            f"{store} is sound: {report.articles} articles, {report.quads} quads, "
            f"{len(report.indexes)} indexes read"
        )
        return
    for problem in report.problems:
        typer.echo(f"problem: {problem}", err=True)
    typer.echo(
        f"error: {store} is damaged ({len(report.problems)} problems); restore a backup with "
        f"'kg restore BACKUP --store {store} --replace' or re-ingest into a new --store",
        err=True,
    )
    raise typer.Exit(1)
