"""Extraction alone (no store): articles/s and words/s per core, per language.

Usage: python benchmarks/extraction_throughput.py [N] [--parser NAME]
(default N = 300 articles per language; --parser adds a dependency parser's relations, as
`kg ingest --parser` does: none, spacy, stanza)

Articles come from benchmarks/synthetic.py (this project's own sentence templates and the
gazetteer's labels, ~400 words each). Each language is timed in one process on one core after
one warm-up article: `Pipeline.process` only (read text already in memory, sentences, mentions,
relations), wall clock and CPU time, so the figure is what one core extracts whatever the
machine's load. Storing the result is what `benchmarks/phases.py ingest` adds on top. With
--parser, the warm-up article also loads the parser's model; a language it has no model for is
reported as not measured (the pipeline would fall back to rules only).
"""

from __future__ import annotations

import argparse
import time

import synthetic

from ingest.pipeline import Pipeline

LANGS = ("ar", "fr", "en")


def measure(lang: str, n: int, parser: str = "none") -> dict[str, float] | str:
    """The figures for ``lang``, or why the parser could not be measured on it."""
    batch = list(synthetic.articles(lang, n + 1))
    pipeline = Pipeline(parser=parser)
    pipeline.process(batch[0])  # warm-up: lexicons, gazetteer index, caches, parser model
    if pipeline.parsed is not None and lang in pipeline.parsed.unavailable:
        return pipeline.parsed.unavailable[lang]
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
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("n", nargs="?", type=int, default=300, help="articles per language")
    options.add_argument("--parser", default="none", help="none, spacy or stanza")
    options.add_argument("--lang", action="append", choices=LANGS, help="only this language")
    args = options.parse_args()
    with_parser = "" if args.parser == "none" else f", with the {args.parser} parser"
    print(f"extraction only, {args.n} synthetic articles per language (~400 words){with_parser}")
    print("lang  articles/s  per CPU-s  words/s   CPU ms/article  events/article")
    for lang in args.lang or LANGS:
        r = measure(lang, args.n, args.parser)
        if isinstance(r, str):
            print(f"{lang:4}  not measured: {r}")
            continue
        print(
            f"{lang:4}  {r['articles_per_s']:10.1f}  {r['articles_per_cpu_s']:9.1f}"
            f"  {r['words_per_s']:8.0f}  {r['ms_per_article']:14.2f}"
            f"  {r['events_per_article']:14.2f}"
        )


if __name__ == "__main__":
    main()
