"""The workbench pages: the SPARQL editor, canned-query forms, actors, the network and the map.

Each page asks the worker pool for data (jobs from :mod:`kg.serve.jobs`) and renders a Jinja
template; every user value reaches SPARQL by substitution only. Labels carry ``dir="auto"`` and
their language, so Arabic reads right to left inside left-to-right pages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from rdflib import XSD, Literal, URIRef
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from kg import iris
from kg.queries import canned_queries
from kg.serve import lookups
from kg.serve.jobs import Canned, Resolve, Select
from kg.serve.mapping import control_map
from kg.serve.pool import JobError, WorkerPool
from kg.store import Table

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
NETWORK_RELATIONS = ("attacks", "clashesWith", "supports", "alliedWith", "surrendersTo")


def _pool(request: Request) -> WorkerPool:
    pool: WorkerPool = request.app.state.pool
    return pool


async def _run(request: Request, job: Any) -> Any:
    return await run_in_threadpool(_pool(request).run, job)


def _page(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status)


def _failed(request: Request, exc: JobError) -> Response:
    return _page(request, "error.html", exc.failure.status, message=exc.failure.message)


def link_for(column: str, value: Any) -> str | None:
    """Where a table cell leads: actor pages for actors, the resource page for other IRIs, the
    article for document ids (its events and evidence sentences)."""
    if isinstance(value, URIRef):
        if str(value).startswith(iris.BASE + "id/actor/"):
            return f"/actor?iri={_quote(str(value))}"
        return f"/resource?iri={_quote(str(value))}"
    if value is not None and column in {"docid", "example_article", "doc"}:
        return f"/resource?iri={_quote(iris.article_iri(str(value)))}"
    return None


def _is_iri(text: str) -> bool:
    """An absolute IRI that can be bound as a term (no characters IRIs forbid)."""
    return text.startswith(("http://", "https://", "urn:")) and not any(
        c in text for c in '<>" {}|\\^`'
    )


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


TEMPLATES.env.globals["link_for"] = link_for


async def workbench(request: Request) -> Response:
    examples = [
        {"name": q.name, "title": q.title, "text": q.text} for q in canned_queries().values()
    ]
    return _page(request, "workbench.html", examples=examples)


async def query_list(request: Request) -> Response:
    return _page(request, "queries.html", queries=list(canned_queries().values()))


async def query_page(request: Request) -> Response:
    queries = canned_queries()
    name = request.path_params["name"]
    if name not in queries:
        return _page(request, "error.html", 404, message=f"there is no canned query '{name}'")
    query = queries[name]
    given = {p.name: request.query_params[p.name] for p in query.parameters
             if request.query_params.get(p.name)}  # fmt: skip
    answer: Table | None = None
    if "run" in request.query_params:
        try:
            answer = await _run(request, Canned(name, given, request.app.state.settings.max_rows))
        except JobError as exc:
            return _page(request, "query.html", exc.failure.status, query=query, given=given,
                         answer=None, message=exc.failure.message)  # fmt: skip
    return _page(request, "query.html", query=query, given=given, answer=answer, message=None)


async def actor_page(request: Request) -> Response:
    given_iri, name = request.query_params.get("iri"), request.query_params.get("name")
    if given_iri is not None and not _is_iri(given_iri):
        return _page(request, "error.html", 400, message=f"'{given_iri}' is not an absolute IRI")
    if not (given_iri or name):
        return _page(request, "error.html", 400, message="give ?name=… or ?iri=… for an actor")
    try:
        iri = URIRef(given_iri) if given_iri else await _run(request, Resolve("entity", str(name)))
        bound = {"entity": iri}
        names = await _run(request, Select(lookups.NAMES, bound))
        types = await _run(request, Select(lookups.TYPES, bound))
        relations = await _run(request, Select(lookups.RELATIONS, bound))
        events = await _run(request, Canned("events-of-actor", {"actor": str(iri)}))
    except JobError as exc:
        return _failed(request, exc)
    labels = [r for r in names.records() if not r["alias"].toPython()]
    labels.sort(key=lambda r: r["label"].language != "en")  # the heading shows the first
    aliases = [r for r in names.records() if r["alias"].toPython()]
    kinds = sorted({str(r["type"]).rpartition("#")[2] for r in types.records()})
    return _page(request, "actor.html", iri=iri, labels=labels, aliases=aliases, kinds=kinds,
                 relations=relations.records(), events=events.records())  # fmt: skip


async def resource_page(request: Request) -> Response:
    iri = request.query_params.get("iri", "")
    if not _is_iri(iri):
        return _page(request, "error.html", 400, message="give ?iri= with an absolute IRI")
    try:
        bound = {"resource": URIRef(iri)}
        outgoing = await _run(request, Select(lookups.OUTGOING, bound))
        incoming = await _run(request, Select(lookups.INCOMING, bound))
    except JobError as exc:
        return _failed(request, exc)
    return _page(request, "resource.html", iri=iri, outgoing=outgoing.records(),
                 incoming=incoming.records())  # fmt: skip


def _date(text: str | None, fallback: date) -> date:
    try:
        return date.fromisoformat(text) if text else fallback
    except ValueError:
        return fallback


async def network_page(request: Request) -> Response:
    return _page(request, "network.html", relations=NETWORK_RELATIONS)


async def network_data(request: Request) -> Response:
    """The actor network as Cytoscape elements, filtered by relation and date range."""
    params = request.query_params
    since = _date(params.get("from"), date(1900, 1, 1))
    until = _date(params.get("to"), date(2100, 1, 1))
    wanted = set(params.getlist("relation")) & set(NETWORK_RELATIONS) or set(NETWORK_RELATIONS)
    bound = {"since": Literal(since, datatype=XSD.date), "until": Literal(until, datatype=XSD.date)}
    try:
        table = await _run(request, Select(lookups.NETWORK, bound))
    except JobError as exc:
        return JSONResponse({"error": exc.failure.message}, status_code=exc.failure.status)
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []
    for row in table.records():
        if str(row["relation"]) not in wanted:
            continue
        for end in ("agent", "target"):
            nodes[str(row[end])] = {"id": str(row[end]), "label": str(row[f"{end}_label"])}
        edges.append({"id": f"e{len(edges)}", "source": str(row["agent"]),
                      "target": str(row["target"]), "relation": str(row["relation"]),
                      "weight": int(row["articles"].toPython())})  # fmt: skip
    elements = [{"data": n} for n in nodes.values()] + [{"data": e} for e in edges]
    return JSONResponse({"elements": elements, "relations": sorted(wanted)})


async def map_page(request: Request) -> Response:
    as_of = _date(request.query_params.get("as_of"), date.today())
    try:
        control = await _run(request, Canned("control-as-of", {"as_of": as_of.isoformat()}))
        places = await _run(request, Select(lookups.COORDINATES))
    except JobError as exc:
        return _failed(request, exc)
    drawing = control_map(control.records(), places.records())
    return _page(request, "map.html", as_of=as_of.isoformat(), drawing=drawing,
                 rows=control.records())  # fmt: skip


def routes() -> list[Route]:
    return [
        Route("/", workbench),
        Route("/queries", query_list),
        Route("/queries/{name}", query_page),
        Route("/actor", actor_page),
        Route("/resource", resource_page),
        Route("/network", network_page),
        Route("/api/network", network_data),
        Route("/map", map_page),
    ]
