"""Extraction alone (no store): articles/s and words/s per core, per language.

Usage: python benchmarks/extraction_throughput.py [N]   (default N = 300 articles per language)

Articles come from benchmarks/synthetic.py (this project's own sentence templates and the
gazetteer's labels, ~400 words each). Each language is timed in one process on one core after
one warm-up article: `Pipeline.process` only (read text already in memory, sentences, mentions,
relations), wall clock and CPU time, so the figure is what one core extracts whatever the
machine's load. Storing the result is what `benchmarks/phases.py ingest` adds on top.
"""

from __future__ import annotations

import sys
import time

import synthetic

from ingest.pipeline import Pipeline

LANGS = ("ar", "fr", "en")


def measure(lang: str, n: int) -> dict[str, float]:
    batch = list(synthetic.articles(lang, n + 1))
    pipeline = Pipeline()
    pipeline.process(batch[0])  # warm-up: lexicons, gazetteer index, caches
    words = sum(len(a.text.split()) for a in batch[1:])
    wall, cpu = time.perf_counter(), time.process_time()
    events = sum(len(pipeline.process(a).assertions) for a in batch[1:])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "articles_per_s": n / wall,
        "articles_per_cpu_s": n / cpu,
        "words_per_s": words / wall,
        "ms_per_article": 1000 * cpu / n,
        "events_per_article": events / n,
    }


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    print(f"extraction only, {n} synthetic articles per language (~400 words)")
    print("lang  articles/s  per CPU-s  words/s   CPU ms/article  events/article")
    for lang in LANGS:
        r = measure(lang, n)
        print(
            f"{lang:4}  {r['articles_per_s']:10.1f}  {r['articles_per_cpu_s']:9.1f}"
            f"  {r['words_per_s']:8.0f}  {r['ms_per_article']:14.2f}"
            f"  {r['events_per_article']:14.2f}"
        )


if __name__ == "__main__":
    main()
