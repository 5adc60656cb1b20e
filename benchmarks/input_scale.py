"""Big and many inputs: a 200 MB JSON Lines file streamed, one 5 MB line, 100,000 tiny articles.

Usage: python benchmarks/input_scale.py [TINY]   (default TINY = 100000)
Each part runs in a fresh child process so its peak memory (max RSS) is its own, and prints
seconds and peak memory. The inputs are generated from sentences written for this project.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "The Syrian Democratic Forces captured Tabqa. Russian warplanes struck Idlib."


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream_200_mb(folder: Path) -> None:
    """Read (decode, parse, build articles) a 200 MB JSON Lines file without ingesting it."""
    from ingest.readers import Skipped, read_paths

    path = folder / "big.jsonl"
    record = json.dumps({"id": "x", "text": SENTENCE * 20}, ensure_ascii=False) + "\n"
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < 200 * 1024 * 1024:
            fh.write(record * 1000)
    base = _peak_mb()
    started = time.perf_counter()
    read = skipped = 0
    for item in read_paths([path]):
        skipped += isinstance(item, Skipped)
        read += 1
    seconds = time.perf_counter() - started
    size = path.stat().st_size / 1e6
    print(
        f"200 MB JSONL: {size:.0f} MB, {read} records ({skipped} skipped) read in {seconds:.1f} s; "
        f"peak memory {_peak_mb():.0f} MB (was {base:.0f} MB before reading)"
    )


def one_5_mb_line(folder: Path) -> None:
    """Ingest one article that is a single 5 MB line."""
    from ingest.batch import ingest_paths
    from kg.store import Store

    path = folder / "line.txt"
    path.write_text((SENTENCE.replace(".", " and") + " ") * (5_000_000 // 80), encoding="utf-8")
    started = time.perf_counter()
    with Store(folder / "store-line") as store:
        report = ingest_paths(store, [str(path)])
    seconds = time.perf_counter() - started
    print(
        f"one 5 MB line: {path.stat().st_size / 1e6:.1f} MB, written {report.articles}, "
        f"skipped {len(report.skipped)}, {seconds:.1f} s; peak memory {_peak_mb():.0f} MB"
    )


def tiny_articles(folder: Path, count: int) -> None:
    """Ingest ``count`` one-sentence articles from one JSON Lines file, then re-ingest them."""
    from ingest.batch import ingest_paths
    from kg.store import Store

    path = folder / "tiny.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            fh.write(json.dumps({"id": f"t{n}", "text": f"Clashes in Raqqa on day {n}."}) + "\n")
    started = time.perf_counter()
    with Store(folder / "store-tiny") as store:
        first = ingest_paths(store, [str(path)])
        middle = time.perf_counter()
        again = ingest_paths(store, [str(path)])
        quads = store.count()
    ended = time.perf_counter()
    print(
        f"{count} tiny articles: written {first.articles}, skipped {len(first.skipped)} in "
        f"{middle - started:.0f} s ({count / (middle - started):.0f}/s), {quads} quads; "
        f"re-ingest wrote {again.articles} in {ended - middle:.0f} s; "
        f"peak memory {_peak_mb():.0f} MB"
    )


def main() -> None:
    if len(sys.argv) > 2:  # a child: run one part
        part, folder = sys.argv[1], Path(sys.argv[2])
        if part == "stream":
            stream_200_mb(folder)
        elif part == "line":
            one_5_mb_line(folder)
        else:
            tiny_articles(folder, int(part))
        return
    tiny = sys.argv[1] if len(sys.argv) > 1 else "100000"
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("stream", "line", tiny):
            subprocess.run([sys.executable, __file__, part, tmp], check=True)


if __name__ == "__main__":
    main()
