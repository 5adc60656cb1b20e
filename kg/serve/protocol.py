"""The SPARQL 1.1 Protocol at ``/sparql`` and the Graph Store Protocol at ``/store``.

Queries come by GET, by POST form-encoded or by POST ``application/sparql-query``; updates by
POST form-encoded or ``application/sparql-update``, and only on a ``--writable`` server. Errors
are plain-text bodies with the status the protocol asks for: 400 malformed, 403 refused, 404 no
such graph, 406 no acceptable format, 415 unsupported body, 422 answer over the size limit,
503 over the time limit.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.serve.guard import fetching_keywords
from kg.serve.jobs import GraphDrop, GraphRead, GraphWrite, ProtocolQuery, ProtocolUpdate
from kg.serve.negotiation import GRAPH_TYPES, MEDIA_TYPES, RESULT_TYPES, choose
from kg.serve.pool import JobError, WorkerPool
from kg.serve.settings import Settings

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"


def error(status: int, message: str) -> Response:
    return PlainTextResponse(f"error: {message}\n", status_code=status)


def _media(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _protocol_params(request: Request) -> list[tuple[str, str]] | Response:
    params = list(request.query_params.multi_items())
    if request.method == "GET":
        return params
    body = (await request.body()).decode("utf-8", errors="replace")
    media = _media(request)
    if media == FORM:
        return params + parse_qsl(body, keep_blank_values=True)
    if media == QUERY_BODY:
        return [*params, ("query", body)]
    if media == UPDATE_BODY:
        return [*params, ("update", body)]
    return error(415, f"POST a body of {FORM}, {QUERY_BODY} or {UPDATE_BODY}, not '{media}'")


def _refusal(settings: Settings, text: str, *, is_update: bool) -> Response | None:
    if is_update and not settings.writable:
        return error(403, "this endpoint is read-only; start 'kg serve --writable' for updates")
    used = fetching_keywords(text)
    if "SERVICE" in used and not settings.allow_service:
        return error(403, "SERVICE is refused here (it makes the server fetch URLs); "
                          "start 'kg serve --allow-service' to permit it")  # fmt: skip
    if "LOAD" in used and not settings.allow_load:
        return error(403, "LOAD is refused here (it makes the server fetch URLs); "
                          "start 'kg serve --allow-load' to permit it")  # fmt: skip
    return None


async def sparql_endpoint(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    pool: WorkerPool = request.app.state.pool
    params = await _protocol_params(request)
    if isinstance(params, Response):
        return params
    queries = [v for k, v in params if k == "query"]
    updates = [v for k, v in params if k == "update"]
    if len(queries) + len(updates) != 1:
        return error(400, "give exactly one 'query' or 'update' parameter")
    if updates and request.method == "GET":
        return (
            error(405, "updates must be POSTed")
            if settings.writable
            else error(403, "this endpoint is read-only; start 'kg serve --writable' for updates")
        )
    text = (queries or updates)[0]
    refused = _refusal(settings, text, is_update=bool(updates))
    if refused is not None:
        return refused
    try:
        if updates:
            await run_in_threadpool(pool.run, ProtocolUpdate(text))
            return Response(status_code=204)
        return await _query(request, pool, settings, text, params)
    except JobError as exc:
        return error(exc.failure.status, exc.failure.message)


async def _query(
    request: Request, pool: WorkerPool, settings: Settings, text: str,
    params: list[tuple[str, str]],
) -> Response:  # fmt: skip
    accept = request.headers.get("accept")
    solutions_format = choose(accept, RESULT_TYPES)
    graph_format = choose(accept, GRAPH_TYPES)
    if solutions_format is None and graph_format is None:
        return error(406, f"cannot answer in '{accept}'; accept one of "
                          f"{', '.join([*RESULT_TYPES, *GRAPH_TYPES])}")  # fmt: skip
    job = ProtocolQuery(
        text,
        solutions_format or "json",
        graph_format or "turtle",
        settings.max_rows,
        tuple(v for k, v in params if k == "default-graph-uri"),
        tuple(v for k, v in params if k == "named-graph-uri"),
    )
    answer = await run_in_threadpool(pool.run, job)
    chosen = graph_format if answer.kind == "graph" else solutions_format
    if chosen is None:
        return error(406, f"this query returns {answer.kind}, which '{accept}' does not accept")
    return Response(answer.body, media_type=MEDIA_TYPES[chosen])


async def graph_store(request: Request) -> Response:
    """GET, PUT, POST and DELETE a named graph (``?graph=IRI``) or the default graph."""
    settings: Settings = request.app.state.settings
    pool: WorkerPool = request.app.state.pool
    graph = request.query_params.get("graph")
    if graph is None and "default" not in request.query_params:
        return error(400, "name the graph with ?graph=IRI, or ?default for the default graph")
    try:
        if request.method == "GET":
            fmt = choose(request.headers.get("accept"), GRAPH_TYPES)
            if fmt is None:
                return error(406, f"graphs come as {', '.join(GRAPH_TYPES)}")
            job = GraphRead(graph, fmt, settings.max_rows)
            body = await run_in_threadpool(pool.run, job)
            return Response(body, media_type=MEDIA_TYPES[fmt])
        if not settings.writable:
            return error(403, "this endpoint is read-only; start 'kg serve --writable' to write")
        if request.method == "DELETE":
            await run_in_threadpool(pool.run, GraphDrop(graph))
            return Response(status_code=204)
        fmt = GRAPH_TYPES.get(_media(request))
        if fmt is None:
            return error(415, f"send the graph as one of {', '.join(GRAPH_TYPES)}")
        write = GraphWrite(graph, await request.body(), fmt, replace=request.method == "PUT")
        await run_in_threadpool(pool.run, write)
        return Response(status_code=204)
    except JobError as exc:
        return error(exc.failure.status, exc.failure.message)
