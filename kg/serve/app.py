"""The Starlette application: the protocol routes, the workbench pages and the static files.

The worker pool is made by the caller (``kg serve`` makes it before listening, so a missing or
locked store is a one-line error rather than a failed server) and closed when the app stops.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.serve import pages
from kg.serve.pool import WorkerPool
from kg.serve.protocol import graph_store, sparql_endpoint
from kg.serve.settings import Settings

STATIC_DIR = Path(__file__).resolve().parent / "static"


async def health(request: Request) -> Response:
    return PlainTextResponse("ok\n")


def create_app(settings: Settings, pool: WorkerPool) -> Starlette:
    """The endpoint and workbench over ``pool``'s store, configured by ``settings``."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        pool.close()

    middleware = []
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST", "PUT", "DELETE"],
                allow_headers=["Accept", "Content-Type"],
            )
        )
    routes = [
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
        Route("/store", graph_store, methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/health", health),
        *pages.routes(),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.settings = settings
    app.state.pool = pool
    return app
