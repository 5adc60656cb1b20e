"""Faults: an ingest killed at random points, a second writer, readers meanwhile, a full disk.

These run the real ``kg`` command in child processes, because the faults (SIGKILL, a held lock,
ENOSPC) only mean something across processes.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import ingest_paths
from kg import iris
from kg.cli import app
from kg.store import Store
from kg.store_lock import WRITER_NOTE, current_writer

pytestmark = pytest.mark.slow


def _articles(path: Path, count: int) -> Path:
    """``count`` small articles of our own, each distinct so each gets its own graph."""
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            text = (
                f"The Syrian Democratic Forces captured Tabqa on day {n}. "
                f"Russian warplanes struck Idlib {n} times, residents said."
            )
            fh.write(json.dumps({"id": f"art-{n}", "text": text}) + "\n")
    return path


def _ingest_command(source: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "ingest", str(source), "--store", str(store), "--quiet"]


def _graph_sizes(store: Store) -> dict[str, int]:
    return {
        g: store.count(g) for g in store.named_graphs() if g.startswith(iris.ARTICLE_GRAPH_PREFIX)
    }


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A batch of articles and the size of each article graph after a clean ingest."""
    source = _articles(tmp_path_factory.mktemp("batch") / "batch.jsonl", 1000)
    with Store(None) as clean:
        ingest_paths(clean, [str(source)])
        return source, _graph_sizes(clean)


def _wait_until_writing(child: subprocess.Popen[bytes], store: Path) -> None:
    """Wait until ``child`` holds the store (its own writer note, not one a killed run left)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and child.poll() is None:
        writer = current_writer(store)
        if writer is not None and writer.pid == child.pid:
            return
        time.sleep(0.02)


def test_kill_9_at_random_points_loses_nothing_and_the_rerun_completes(
    tmp_path: Path, batch: tuple[Path, dict[str, int]]
) -> None:
    source, reference = batch
    store = tmp_path / "store"
    rng = random.Random(6)
    kills = 0
    for _ in range(5):
        child = subprocess.Popen(
            _ingest_command(source, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _wait_until_writing(child, store)
        time.sleep(rng.uniform(0.0, 1.0))  # somewhere in loading reference data or articles
        if child.poll() is None:
            child.kill()
            kills += 1
        child.wait()
        with Store(store, read_only=True) as reopened:  # reopening works
            sizes = _graph_sizes(reopened)
            for graph, size in sizes.items():  # every stored article is whole
                assert size == reference[graph], graph
                assert reopened.graph_digest(graph), graph
        if len(sizes) == len(reference):  # it finished first: start over, to keep killing
            shutil.rmtree(store)
    assert kills >= 3, "the batch kept finishing before it could be killed: make it larger"
    done = subprocess.run(_ingest_command(source, store), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with Store(store, read_only=True) as final:
        assert _graph_sizes(final) == reference  # all there, nothing duplicated


@pytest.fixture(scope="module")
def long_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles that an ingest is still running while other commands try the store."""
    return _articles(tmp_path_factory.mktemp("long") / "long.jsonl", 20_000)


@pytest.fixture
def running_ingest(
    tmp_path: Path, long_batch: Path
) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """A ``kg ingest`` writing a store in another process, caught while it writes."""
    store = tmp_path / "store"
    child = subprocess.Popen(
        _ingest_command(long_batch, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while not (store / WRITER_NOTE).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield child, store
    finally:
        child.kill()
        child.wait()


def test_a_second_writer_is_told_which_process_holds_the_store(
    running_ingest: tuple[subprocess.Popen[bytes], Path], runner: CliRunner, tmp_path: Path
) -> None:
    child, store = running_ingest
    other = _articles(tmp_path / "other.jsonl", 2)
    result = runner.invoke(app, ["ingest", str(other), "--store", str(store), "--quiet"])
    assert child.poll() is None, "the ingest ended before the second writer tried"
    assert result.exit_code == 1
    (line,) = result.output.splitlines()
    assert line.startswith("error: ") and f"process {child.pid} (kg ingest" in line
    assert "rerun the same command" in line and "Traceback" not in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["export", "relations"],
        ["export", "rdf", "--format", "nquads"],
        ["query", "supporters-of", "--param", "actor=SDF"],
        ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
        ["check"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_readers_keep_working_while_an_ingest_writes(
    running_ingest: tuple[subprocess.Popen[bytes], Path], runner: CliRunner, command: list[str]
) -> None:
    child, store = running_ingest
    time.sleep(0.5)  # let it write some articles
    result = runner.invoke(app, [*command, "--store", str(store)])
    assert child.poll() is None, "the ingest ended before the reader ran"
    assert result.exit_code == 0, result.output


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    if os.geteuid() != 0:
        return False
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)]
    return subprocess.run(mount, capture_output=True).returncode == 0


def test_a_full_disk_stops_the_ingest_clearly_and_keeps_what_was_stored(
    tmp_path: Path, batch: tuple[Path, dict[str, int]]
) -> None:
    source, reference = batch
    disk = tmp_path / "small-disk"
    if not _mount_tmpfs(disk, "24m"):
        pytest.skip("needs root to mount a small tmpfs (see benchmarks/disk_full.py)")
    try:
        store = disk / "store"
        full = subprocess.run(_ingest_command(source, store), capture_output=True, text=True)
        assert full.returncode == 1
        (line,) = full.stderr.splitlines()
        assert "No space left on device" in line and "rerun the same command" in line
        with Store(store, read_only=True) as kept:
            sizes = _graph_sizes(kept)
        assert 0 < len(sizes) < len(reference)
        assert all(reference[g] == n for g, n in sizes.items())
        subprocess.run(["mount", "-o", "remount,size=1g", str(disk)], check=True)
        done = subprocess.run(_ingest_command(source, store), capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert f"unchanged: {len(sizes)}" in done.stdout
        with Store(store, read_only=True) as final:
            assert _graph_sizes(final) == reference
    finally:
        subprocess.run(["umount", str(disk)], check=False)
