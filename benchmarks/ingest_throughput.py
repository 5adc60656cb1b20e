"""Ingest throughput: articles per second and quads per second into an on-disk store.

Usage: python benchmarks/ingest_throughput.py [N]   (default N = 500)
Builds N articles by cycling the bundled samples under new ids, ingests them into a fresh
temporary store, then re-ingests them (which must write nothing), and prints the figures.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from ingest.batch import ingest_articles
from ingest.pipeline import Pipeline
from ingest.readers import Skipped, read_paths
from kg.model import Article
from kg.resources import samples_file
from kg.store import Store


def articles(n: int) -> list[Article]:
    samples = [a for a in read_paths([samples_file()]) if not isinstance(a, Skipped)]
    return [replace(samples[i % len(samples)], doc_id=f"bench-{i}") for i in range(n)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    batch = articles(n)
    words = sum(len(a.text.split()) for a in batch)
    started = time.perf_counter()
    pipeline = Pipeline()
    warm = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        t0 = time.perf_counter()
        first = ingest_articles(store, batch, pipeline=pipeline)
        t1 = time.perf_counter()
        again = ingest_articles(store, batch, pipeline=pipeline)
        t2 = time.perf_counter()
        quads = store.count()
    print(f"articles: {n} ({words} words), pipeline start-up {warm:.2f} s")
    print(
        f"first ingest:  {t1 - t0:.2f} s  {n / (t1 - t0):.0f} articles/s  "
        f"{words / (t1 - t0):.0f} words/s  {quads / (t1 - t0):.0f} quads/s ({quads} quads)"
    )
    print(
        f"re-ingest:     {t2 - t1:.2f} s  {n / (t2 - t1):.0f} articles/s  "
        f"written {again.articles}, unchanged {again.unchanged}"
    )
    assert first.articles == n and again.articles == 0


if __name__ == "__main__":
    main()
