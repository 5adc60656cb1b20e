"""Sending the store's named graphs to a remote SPARQL store (Graph Store HTTP Protocol).

Each named graph (every article, the reference graphs, the summaries) is sent with one HTTP
``PUT <endpoint>?graph=<iri>`` whose body is the graph as N-Triples. PUT replaces the remote
graph, so pushing twice leaves the remote store as it was after the first push, and a re-ingested
article replaces its remote copy. Works with Oxigraph (``/store``), Fuseki (``/DATASET/data``),
Virtuoso (``/sparql-graph-crud-auth``) and any other SPARQL 1.1 Graph Store endpoint.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.errors import StoreError
from kg.store import Store


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0


def graph_url(endpoint: str, graph: str, parameter: str = "graph") -> str:
    """The Graph Store URL of one named graph.

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/conflict-kg/graph/article/a b")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fgraph%2Farticle%2Fa%20b'
    """
    joiner = "&" if "?" in endpoint else "?"
    return f"{endpoint}{joiner}{parameter}={urllib.parse.quote(graph, safe='')}"


def _opener(user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    if user is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, "/", user, password or "")
    return urllib.request.build_opener(
        urllib.request.HTTPBasicAuthHandler(passwords),
        urllib.request.HTTPDigestAuthHandler(passwords),
    )


def push_graphs(
    store: Store,
    endpoint: str,
    *,
    graphs: Iterable[str] | None = None,
    parameter: str = "graph",
    user: str | None = None,
    password: str | None = None,
    timeout: float = 60.0,
    progress: Callable[[str], None] | None = None,
) -> PushReport:
    """PUT every named graph (or those given) to ``endpoint``; stops at the first refusal."""
    if not endpoint.startswith(("http://", "https://")):
        raise StoreError(f"'{endpoint}' is not an http(s) URL of a Graph Store endpoint")
    opener = _opener(user, password)
    report = PushReport()
    for graph in list(graphs if graphs is not None else store.named_graphs()):
        if progress:
            progress(graph)
        body, triples = store.graph_ntriples(graph)
        request = urllib.request.Request(
            graph_url(endpoint, graph, parameter),
            data=body,
            method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )
        try:
            with opener.open(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:200].decode("utf-8", "replace").strip()
            raise StoreError(
                f"{endpoint} refused graph {graph}: HTTP {exc.code} {exc.reason} {detail} "
                f"({report.graphs} graphs were sent before it; pushing again is safe)"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(
                f"cannot reach {endpoint}: {getattr(exc, 'reason', exc)} "
                "(check the URL and that the server runs; pushing again is safe)"
            ) from None
        report.graphs += 1
        report.triples += triples
    return report
