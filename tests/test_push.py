"""kg push: every named graph lands in a real Oxigraph server, and pushing again changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import ingest_articles
from kg import iris
from kg.cli import app
from kg.errors import StoreError
from kg.push import push_graphs
from kg.store import Store
from tests.conftest import article


def oxigraph_binary() -> str | None:
    """The server pip installed: beside this Python, in a scripts folder, or on PATH."""
    folders = [
        Path(sys.executable).parent,
        Path(sysconfig.get_path("scripts")),
        Path(sysconfig.get_path("scripts", f"{os.name}_user")),
    ]
    for folder in folders:
        if (folder / "oxigraph").exists():
            return str(folder / "oxigraph")
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """An Oxigraph server on a free loopback port; yields its base URL."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("the oxigraph server did not start")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def remote_counts(base: str) -> dict[str, int]:
    """Triples per named graph on the server, read back over SPARQL."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    url = f"{base}/query?query={urllib.parse.quote(query)}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        bindings = json.load(response)["results"]["bindings"]
    return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}


def local_counts(store: Store) -> dict[str, int]:
    return {g: store.count(g) for g in store.named_graphs()}


@pytest.fixture
def filled(disk_store: Store) -> Store:
    ingest_articles(
        disk_store,
        [
            article("The Syrian Democratic Forces captured Tabqa.", "en", "one"),
            article("Russian warplanes struck Idlib.", "en", "two"),
        ],
    )
    return disk_store


def test_every_named_graph_arrives_whole_and_a_second_push_changes_nothing(
    filled: Store, server: str
) -> None:
    first = push_graphs(filled, server + "/store")
    assert first.graphs == len(local_counts(filled))
    assert remote_counts(server) == local_counts(filled)
    push_graphs(filled, server + "/store")
    assert remote_counts(server) == local_counts(filled)


def test_a_reingested_article_replaces_its_remote_graph(filled: Store, server: str) -> None:
    push_graphs(filled, server + "/store")
    ingest_articles(filled, [article("Islamic State fighters withdrew from Manbij.", "en", "one")])
    push_graphs(filled, server + "/store")
    graph = iris.article_graph("one")
    assert remote_counts(server)[graph] == filled.count(graph)


def test_kg_push_sends_article_graphs_only_when_asked(tmp_path: Path, server: str) -> None:
    path = tmp_path / "cli-store"
    with Store(path) as store:
        ingest_articles(store, [article("Russian warplanes struck Idlib.", "en", "solo")])
    args = ["push", server + "/store", "--store", str(path), "--articles-only"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "graphs sent: 1" in result.output
    assert list(remote_counts(server)) == [iris.article_graph("solo")]


def test_an_unreachable_endpoint_is_a_store_error_saying_pushing_again_is_safe(
    filled: Store,
) -> None:
    with pytest.raises(StoreError, match="pushing again is safe"):
        push_graphs(filled, f"http://127.0.0.1:{free_port()}/store", timeout=2)
