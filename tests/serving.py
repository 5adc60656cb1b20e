"""Running ``kg serve`` for tests: a real server process on a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.batch import ingest_paths
from kg.resources import samples_file
from kg.store import Store


def sample_store_at(path: Path) -> Path:
    """A store on disk holding the bundled sample articles, closed so a server can open it."""
    with Store(path) as store:
        ingest_paths(store, [str(samples_file())])
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_server(store: Path, *options: str) -> Iterator[str]:
    """Start ``kg serve`` on the store; yields its base URL and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
               *options]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    raise RuntimeError(f"kg serve did not start: {output}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


def fetch(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
    method: str | None = None,
) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    """Status, headers and body of one request (error statuses included, not raised)."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()
