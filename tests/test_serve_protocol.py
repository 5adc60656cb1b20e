"""``kg serve`` speaks the SPARQL 1.1 Protocol to real clients and refuses what it must.

Each server is a real ``kg serve`` process on a free loopback port over a store holding the
bundled sample articles.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from typer.testing import CliRunner

from kg.cli import app
from kg.queries import canned_queries
from tests.serving import fetch, running_server, sample_store_at

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SUPPORTS = "https://w3id.org/conflict-kg/ontology#supports"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store_at(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def endpoint(store_path: Path) -> Iterator[str]:
    """A read-only server with small limits, so the refusals are quick to provoke."""
    with running_server(store_path, "--timeout", "2", "--max-rows", "500") as base:
        yield base + "/sparql"


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = sample_store_at(tmp_path_factory.mktemp("serve-writable") / "store")
    with running_server(path, "--writable", "--cors-origin", "https://analyst.example") as base:
        yield base


def count_all(endpoint: str) -> int:
    status, _, body = fetch(endpoint + "?" + urlencode({"query": COUNT_ALL}),
                            headers={"Accept": "application/sparql-results+json"})  # fmt: skip
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# --- real clients -----------------------------------------------------------------------------


def test_sparqlwrapper_reads_json_rows(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(f"SELECT ?a ?b WHERE {{ ?a <{SUPPORTS}> ?b }}")
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    assert rows and all(r["a"]["type"] == "uri" for r in rows)


def test_sparqlwrapper_reads_xml_and_csv(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(COUNT_ALL)
    client.setReturnFormat(XML)
    xml = client.query().convert()
    count = int(xml.getElementsByTagName("literal")[0].firstChild.data)  # type: ignore[union-attr]
    assert count > 1000
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().splitlines() == ["n", str(count)]  # type: ignore[union-attr]


def test_sparqlwrapper_construct_gives_a_graph(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(f"CONSTRUCT {{ ?a <{SUPPORTS}> ?b }} WHERE {{ ?a <{SUPPORTS}> ?b }}")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) > 0


def test_rdflib_sparqlstore_queries_the_endpoint(endpoint: str) -> None:
    graph = Graph(store=SPARQLStore(endpoint))
    rows = list(graph.query(f"SELECT ?a ?b WHERE {{ ?a <{SUPPORTS}> ?b }}"))
    assert rows
    assert graph.query(f"ASK {{ ?a <{SUPPORTS}> ?b }}").askAnswer is True


# --- the protocol itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media", "start"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", b'{"head"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
        ("text/csv", "text/csv", b"n\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", b"?n\n"),
    ],
)
def test_results_follow_the_accept_header(endpoint: str, accept: str, media: str,
                                          start: bytes) -> None:  # fmt: skip
    status, headers, body = fetch(endpoint + "?query=" + quote(COUNT_ALL),
                                  headers={"Accept": accept})  # fmt: skip
    assert status == 200
    assert headers["content-type"].startswith(media)
    assert body.startswith(start)


def _parse_json_ld(body: bytes) -> Graph:
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its own deprecated class
        warnings.simplefilter("ignore", DeprecationWarning)
        return Graph().parse(data=body, format="json-ld")


@pytest.mark.parametrize(
    ("accept", "check"),
    [
        ("text/turtle", lambda b: Graph().parse(data=b, format="turtle")),
        ("application/n-triples", lambda b: Graph().parse(data=b, format="nt")),
        ("application/rdf+xml", lambda b: Graph().parse(data=b, format="xml")),
        ("application/ld+json", lambda b: _parse_json_ld(b)),
    ],
)
def test_graphs_follow_the_accept_header(endpoint: str, accept: str, check: object) -> None:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20"
    status, _, body = fetch(endpoint + "?query=" + quote(query), headers={"Accept": accept})
    assert status == 200
    assert len(check(body)) == 20  # type: ignore[operator]


def test_post_forms_and_query_bodies_give_the_same_answer(endpoint: str) -> None:
    accept = {"Accept": "text/csv"}
    form = fetch(
        endpoint,
        data=urlencode({"query": COUNT_ALL}).encode(),
        headers={**accept, "Content-Type": "application/x-www-form-urlencoded"},
    )
    direct = fetch(
        endpoint,
        data=COUNT_ALL.encode(),
        headers={**accept, "Content-Type": "application/sparql-query"},
    )
    assert form[0] == direct[0] == 200
    assert form[2] == direct[2]  # fmt: skip


@pytest.mark.parametrize(
    ("request_args", "status", "says"),
    [
        ({"url": "?query=" + quote("SELEC * WHERE {}")}, 400, "syntax error"),
        ({"url": ""}, 400, "exactly one 'query' or 'update'"),
        ({"url": "?query=" + quote(COUNT_ALL), "accept": "image/png"}, 406, "cannot answer"),
        ({"url": "", "body": b"x", "type": "text/plain"}, 415, "POST a body"),
    ],
)
def test_bad_requests_get_the_right_status_and_a_message(
    endpoint: str, request_args: dict[str, object], status: int, says: str
) -> None:
    headers = {"Accept": str(request_args.get("accept", "*/*"))}
    if "type" in request_args:
        headers["Content-Type"] = str(request_args["type"])
    body = request_args.get("body")
    got, _, text = fetch(endpoint + str(request_args["url"]), headers=headers,
                         data=body if isinstance(body, bytes) else None)  # fmt: skip
    assert got == status
    assert says in text.decode()


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
        (b"CLEAR ALL", "application/sparql-update"),
    ],
)
def test_a_read_only_server_refuses_updates(endpoint: str, body: bytes,
                                            content_type: str) -> None:  # fmt: skip
    before = count_all(endpoint)
    status, _, text = fetch(endpoint, data=body, headers={"Content-Type": content_type})
    assert status == 403 and b"read-only" in text
    assert count_all(endpoint) == before


def test_service_is_refused_without_fetching(endpoint: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, text = fetch(endpoint + "?query=" + quote(query))
    assert status == 403 and b"--allow-service" in text


def test_oversized_answers_are_refused_and_limited_ones_served(endpoint: str) -> None:
    everything = "SELECT * WHERE { ?s ?p ?o }"
    status, _, text = fetch(endpoint + "?query=" + quote(everything))
    assert status == 422 and b"more than 500 solutions" in text
    status, _, _ = fetch(endpoint + "?query=" + quote(everything + " LIMIT 500"))
    assert status == 200


def test_a_query_over_the_time_limit_is_stopped_and_the_server_stays_responsive(
    endpoint: str,
) -> None:
    started = time.monotonic()
    status, _, text = fetch(endpoint + "?query=" + quote(SLOW))
    assert status == 503 and b"time limit of 2 s" in text
    assert time.monotonic() - started < 10
    started = time.monotonic()
    assert count_all(endpoint) > 1000
    assert time.monotonic() - started < 5


# --- a writable server ------------------------------------------------------------------------


def test_a_writable_server_applies_updates(writable: str) -> None:
    update = 'INSERT DATA { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:says> "hello" } }'
    status, _, _ = fetch(writable + "/sparql", data=update.encode(),
                         headers={"Content-Type": "application/sparql-update"})  # fmt: skip
    assert status == 204
    ask = 'ASK { <urn:test:a> <urn:test:says> "hello" }'
    _, _, body = fetch(writable + "/sparql?query=" + quote(ask),
                       headers={"Accept": "application/sparql-results+json"})  # fmt: skip
    assert json.loads(body)["boolean"] is True


def test_graph_store_protocol_round_trip(writable: str) -> None:
    url = writable + "/store?graph=" + quote("urn:test:gsp", safe="")
    turtle = {"Content-Type": "text/turtle"}
    assert fetch(url, data=b'<urn:x> <urn:p> "one" .', headers=turtle, method="PUT")[0] == 204
    assert fetch(url, data=b'<urn:x> <urn:p> "two" .', headers=turtle, method="POST")[0] == 204
    status, _, body = fetch(url, headers={"Accept": "application/n-triples"})
    assert status == 200 and len(Graph().parse(data=body, format="nt")) == 2
    assert fetch(url, data=b'<urn:x> <urn:p> "three" .', headers=turtle, method="PUT")[0] == 204
    assert len(Graph().parse(data=fetch(url, headers={"Accept": "text/turtle"})[2])) == 1
    assert fetch(url, method="DELETE")[0] == 204
    assert fetch(url)[0] == 404


def test_graph_writes_are_refused_on_a_read_only_server(endpoint: str) -> None:
    url = endpoint.replace("/sparql", "/store?graph=urn:test:x")
    status, _, _ = fetch(url, data=b"<urn:x> <urn:p> <urn:o> .",
                         headers={"Content-Type": "text/turtle"}, method="PUT")  # fmt: skip
    assert status == 403


def test_load_is_refused_even_when_writable(writable: str) -> None:
    status, _, text = fetch(writable + "/sparql", data=b"LOAD <http://127.0.0.1:9/data.ttl>",
                            headers={"Content-Type": "application/sparql-update"})  # fmt: skip
    assert status == 403 and b"--allow-load" in text


def test_cors_allows_the_configured_origin_only(writable: str) -> None:
    url = writable + "/sparql?query=" + quote("ASK {}")
    _, headers, _ = fetch(url, headers={"Origin": "https://analyst.example"})
    assert headers.get("access-control-allow-origin") == "https://analyst.example"
    _, headers, _ = fetch(url, headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in headers


# --- security through the pages ---------------------------------------------------------------

INJECTION = '" } ; DROP ALL ; #'
VALID = {"actor": "SDF", "place": "Raqqa", "entity": "SDF", "date": "2017-12-31",
         "string": "x", "integer": "1", "decimal": "1.5",
         "iri": "https://example.org/x"}  # fmt: skip
PARAMETERS = [(q.name, p.name) for q in canned_queries().values() for p in q.parameters]


@pytest.mark.parametrize(("query", "parameter"), PARAMETERS)
def test_injection_through_a_canned_query_form_changes_and_matches_nothing(
    writable: str, query: str, parameter: str
) -> None:
    before = count_all(writable + "/sparql")
    params = {p.name: VALID[p.type] for p in canned_queries()[query].parameters}
    params |= {parameter: INJECTION, "run": "1"}
    status, _, body = fetch(f"{writable}/queries/{query}?{urlencode(params)}")
    page = body.decode()
    assert status == 400 or (status == 200 and 'id="count">0 rows<' in page), page[-600:]
    assert count_all(writable + "/sparql") == before


@pytest.mark.parametrize(
    "path",
    ["/static/../pages.py", "/static/%2e%2e/pages.py", "/static/..%2fpages.py",
     "/static/vendor/%2e%2e/%2e%2e/app.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd"],
)  # fmt: skip
def test_static_files_do_not_leak_outside_their_folder(endpoint: str, path: str) -> None:
    status, _, body = fetch(endpoint.replace("/sparql", "") + path)
    assert status == 404
    assert b"import" not in body and b"root:" not in body


def test_serving_a_missing_store_is_a_one_line_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert result.output.startswith("error: no store at") and result.output.count("\n") == 1


def test_an_actor_page_opens_by_name_in_any_language_or_by_iri(endpoint: str) -> None:
    base = endpoint.replace("/sparql", "")
    iri = "https://w3id.org/conflict-kg/id/actor/syrian-democratic-forces"
    pages = [fetch(f"{base}/actor?{urlencode({'name': name})}") for name in ("SDF", "قسد", "FDS")]
    pages.append(fetch(f"{base}/actor?{urlencode({'iri': iri})}"))
    assert {status for status, _, _ in pages} == {200}
    assert all(iri in body.decode() for _, _, body in pages)
    status, _, _ = fetch(f"{base}/actor?{urlencode({'iri': iri + '> } ; DROP ALL ; #'})}")
    assert status == 400
