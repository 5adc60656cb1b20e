"""Faults injected at scale: kill -9 of an ingest, a full disk, damaged store files.

Usage: python benchmarks/fault_injection.py [KILLS]   (default KILLS = 20)

1. kill -9: a batch of 2,000 articles is ingested by ``kg ingest``, killed at a random moment,
   checked (the store reopens; every stored article graph is exactly as a clean ingest makes it
   and carries its digest) and restarted, KILLS times; then run to the end and compared with a
   clean ingest (nothing missing, nothing duplicated).
2. disk full (root only): the same batch into a 24 MB tmpfs, checked, then the tmpfs is grown
   and the same command rerun.
3. damage: 16 bytes flipped at five offsets of every data file of a store, one at a time; counts
   how often opening, reading or ``kg check`` reports it.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest.batch import ingest_paths
from kg import iris
from kg.errors import StoreError
from kg.maintenance import check_store
from kg.store import Store


def make_batch(path: Path, count: int = 2000) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            text = (
                f"The Syrian Democratic Forces captured Tabqa on day {n}. "
                f"Russian warplanes struck Idlib {n} times, residents said."
            )
            fh.write(json.dumps({"id": f"art-{n}", "text": text}) + "\n")
    return path


def graph_sizes(store: Store) -> dict[str, int]:
    prefix = iris.ARTICLE_GRAPH_PREFIX
    return {g: store.count(g) for g in store.named_graphs() if g.startswith(prefix)}


def ingest_command(source: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "ingest", str(source), "--store", str(store), "--quiet"]


def verify(store: Path, reference: dict[str, int]) -> tuple[int, int]:
    """Articles stored, and how many of them differ from a clean ingest (half-written)."""
    with Store(store, read_only=True) as reopened:
        sizes = graph_sizes(reopened)
        bad = sum(size != reference[g] or not reopened.graph_digest(g) for g, size in sizes.items())
    return len(sizes), bad


def kill_nine(source: Path, reference: dict[str, int], folder: Path, kills: int) -> None:
    store = folder / "killed"
    rng = random.Random(9)
    injected = half_written = 0
    stored: list[int] = []
    for _ in range(kills):
        child = subprocess.Popen(
            ingest_command(source, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.5, 3.0))
        if child.poll() is None:
            child.kill()
            injected += 1
        child.wait()
        count, bad = verify(store, reference)
        stored.append(count)
        half_written += bad
        if count == len(reference):
            shutil.rmtree(store)  # finished before the kill: start over to keep injecting
    subprocess.run(ingest_command(source, store), check=True, capture_output=True)
    with Store(store, read_only=True) as final:
        same = graph_sizes(final) == reference
    print(
        f"kill -9: {injected} kills at random moments (articles stored when killed: "
        f"{min(stored)}..{max(stored)}); reopened {kills}/{kills}; half-written articles "
        f"{half_written}; rerun complete and equal to a clean ingest: {same}"
    )


def disk_full(source: Path, reference: dict[str, int], folder: Path) -> None:
    disk = folder / "small-disk"
    disk.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)]
    if os.geteuid() != 0 or subprocess.run(mount, capture_output=True).returncode != 0:
        print("disk full: skipped (needs root to mount a tmpfs)")
        return
    try:
        full = subprocess.run(ingest_command(source, disk / "s"), capture_output=True, text=True)
        count, bad = verify(disk / "s", reference)
        subprocess.run(["mount", "-o", "remount,size=2g", str(disk)], check=True)
        rerun = subprocess.run(ingest_command(source, disk / "s"), capture_output=True, text=True)
        final, _ = verify(disk / "s", reference)
        print(
            f"disk full: exit {full.returncode}, message: {full.stderr.strip()[:160]}...; "
            f"store reopened with {count} whole articles, {bad} half-written; after freeing "
            f"space the rerun exited {rerun.returncode} with {final}/{len(reference)} articles"
        )
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def damage(folder: Path) -> None:
    base = folder / "sound"
    with Store(base) as store:
        ingest_paths(store, [str(make_batch(folder / "small.jsonl", 200))])
    reported = missed = 0
    for sst in sorted(base.glob("*.sst")):
        for fraction in (0.1, 0.3, 0.5, 0.7, 0.9):
            copy = folder / "damaged"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(base, copy)
            target = copy / sst.name
            data = bytearray(target.read_bytes())
            at = int(len(data) * fraction)
            data[at : at + 16] = bytes(b ^ 0xFF for b in data[at : at + 16])
            target.write_bytes(bytes(data))
            try:
                found = not check_store(copy).sound
            except StoreError:
                found = True
            reported += found
            missed += not found
    flips = reported + missed
    print(f"damage: {flips} byte flips in data files, {reported} reported, {missed} missed")


def main() -> None:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = make_batch(folder / "batch.jsonl")
        with Store(None) as clean:
            ingest_paths(clean, [str(source)])
            reference = graph_sizes(clean)
        kill_nine(source, reference, folder, kills)
        disk_full(source, reference, folder)
        damage(folder)


if __name__ == "__main__":
    main()
