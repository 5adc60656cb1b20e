"""``kg serve``: the SPARQL endpoint and web workbench over the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._app import StoreOption, app, friendly


@app.command()
@friendly
def serve(
    store: StoreOption = Path("kg-store"),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port to listen on.")] = 7878,
    writable: Annotated[
        bool, typer.Option(help="Accept SPARQL Update and Graph Store writes.")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 10.0,
    max_rows: Annotated[int, typer.Option(help="Most solutions or triples returned.")] = 10_000,
    allow_service: Annotated[
        bool, typer.Option(help="Permit SERVICE (the server fetches remote endpoints).")
    ] = False,
    allow_load: Annotated[
        bool, typer.Option(help="Permit LOAD (the server fetches URLs); needs --writable.")
    ] = False,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(help="Origin allowed to call from a browser (repeatable; * for any)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Query worker processes (1 when writable).")] = 2,
) -> None:
    """Serve the store: SPARQL 1.1 Protocol at /sparql, the workbench at /."""
    import uvicorn

    from kg.serve.app import create_app
    from kg.serve.pool import WorkerPool
    from kg.serve.settings import Settings

    if timeout <= 0 or max_rows <= 0 or workers <= 0:
        raise typer.BadParameter("--timeout, --max-rows and --workers must be positive")
    settings = Settings(
        store=store,
        writable=writable,
        timeout=timeout,
        max_rows=max_rows,
        allow_service=allow_service,
        allow_load=allow_load,
        cors_origins=tuple(cors_origin or ()),
        workers=workers,
    )
    pool = WorkerPool(settings)
    mode = "read-write" if writable else "read-only"
    typer.echo(f"serving {store} ({mode}) at http://{host}:{port}/ (SPARQL at /sparql)", err=True)
    try:
        uvicorn.run(create_app(settings, pool), host=host, port=port, log_level="warning")
    finally:
        pool.close()
