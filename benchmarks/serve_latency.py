"""Endpoint latency: how fast ``kg serve`` answers, and how fast it recovers from a timeout.

Usage: python benchmarks/serve_latency.py [N]   (default N = 200 requests per query)
Ingests the bundled samples into a temporary store, starts ``kg serve`` on a free port, and
prints the median and 95th-percentile latency of a few queries over HTTP, then the time until a
query over the time limit is answered (503) and the time of the next request.
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from ingest.batch import ingest_paths
from kg.resources import samples_file
from kg.store import Store

QUERIES = {
    "ask": "ASK { ?s ?p ?o }",
    "count all": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "supports": "SELECT ?a ?b WHERE { ?a <https://w3id.org/conflict-kg/ontology#supports> ?b }",
}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def timed(url: str) -> tuple[int, float]:
    start = time.perf_counter()
    status = get(url)
    return status, time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        with Store(store) as st:
            ingest_paths(st, [str(samples_file())])
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port",
                   str(port), "--timeout", "2"]  # fmt: skip
        server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    get(base + "/health")
                    break
                except urllib.error.URLError:
                    time.sleep(0.1)
            for name, query in QUERIES.items():
                url = f"{base}/sparql?query={quote(query)}"
                seconds = sorted(timed(url)[1] for _ in range(n))
                p95 = seconds[int(0.95 * (len(seconds) - 1))]
                print(f"{name:<10} median {statistics.median(seconds) * 1000:6.1f} ms   "
                      f"p95 {p95 * 1000:6.1f} ms   ({n} requests)")  # fmt: skip
            status, seconds = timed(f"{base}/sparql?query={quote(SLOW)}")
            print(f"over the 2 s limit: status {status} after {seconds:.2f} s")
            status, seconds = timed(f"{base}/sparql?query={quote(QUERIES['count all'])}")
            print(f"next request:       status {status} after {seconds * 1000:.1f} ms")
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
