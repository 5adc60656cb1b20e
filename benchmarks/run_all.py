"""Every benchmark in one run, printed as one Markdown table (docs/performance.md keeps the latest).

Usage: python benchmarks/run_all.py [--articles 300] [--sizes 1M,10M] [--rdflib 100k]
                                    [--bulk 1M] [--jobs 2] [--parser spacy] [--cache DIR]
                                    [--no-compiled]

Each phase runs in its own Python process (benchmarks/phases.py), so its peak memory is its own.
Synthetic corpora and graphs come from benchmarks/synthetic.py; graphs are cached in --cache
(default: a folder in the temporary directory) because the 10M one takes a minute to write.
The compiled rows build the optional mypyc wheel (scripts/mypyc_build_hook.py) once per source
version into the same cache and run the same phases on it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGS = ("ar", "fr", "en")


def count(text: str) -> int:
    """``1M`` → 1000000, ``100k`` → 100000."""
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def phase(*args: str, code: Path = HERE.parent) -> dict[str, Any]:
    """Run one phase in a fresh interpreter on the project at ``code`` (a checkout, or an
    unpacked wheel); its last output line is a JSON record."""
    done = subprocess.run(
        [sys.executable, str(HERE / "phases.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(code)},
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def mb(record: dict[str, Any]) -> str:
    return f"{record.get('peak_mb', 0):.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300, help="articles per language")
    parser.add_argument("--sizes", default="1M,10M", help="graph sizes for query latency")
    parser.add_argument("--rdflib", default="100k", help="graph size for the rdflib comparison")
    parser.add_argument("--bulk", default="1M", help="quads for bulk path vs raw bulk_load")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for --jobs row")
    parser.add_argument("--parser", default="spacy", help="parser for the French parser row")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    parser.add_argument("--no-compiled", action="store_true", help="skip the mypyc wheel's rows")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str, str]] = []

    def add(what: str, figure: str, detail: str = "", memory: str = "") -> None:
        rows.append((what, figure, detail, memory))
        print(f"| {what} | {figure} | {detail} | {memory} |", file=sys.stderr, flush=True)

    n = str(args.articles)
    for lang in LANGS:
        r = phase("ingest", lang, n)
        add(f"ingest {lang}, rules, 1 process", _rate(r, "articles_per_s", "articles/s"),
            _ingest_detail(r), mb(r))  # fmt: skip
    compiled = None if args.no_compiled else compiled_site(args.cache)
    for lang in LANGS:
        if isinstance(compiled, str):
            add(f"ingest {lang}, rules, compiled (mypyc)", f"not measured: {compiled}")
        elif compiled is not None:
            r = phase("ingest", lang, n, code=compiled)
            add(f"ingest {lang}, rules, compiled (mypyc)",
                _rate(r, "articles_per_s", "articles/s"),
                f"{_ingest_detail(r)}; {r.get('build', '')}", mb(r))  # fmt: skip
    r = phase("ingest", "fr", n, "--parser", args.parser)
    if "skipped" in r:
        add("ingest fr, French parser path", f"not measured: {r['skipped']}")
    else:
        add(f"ingest fr, French parser path ({args.parser})",
            _rate(r, "articles_per_s", "articles/s"), _parser_detail(r), mb(r))  # fmt: skip
    r = phase("ingest", "mixed", n)
    add("ingest ar+fr+en, 1 process", _rate(r, "articles_per_s", "articles/s"),
        _ingest_detail(r), mb(r))  # fmt: skip
    r = phase("ingest", "mixed", n, "--jobs", str(args.jobs))
    add(f"ingest ar+fr+en, --jobs {args.jobs}", _rate(r, "articles_per_s", "articles/s"),
        _ingest_detail(r), mb(r))  # fmt: skip
    r = phase("ingest", "mixed", n, "--bulk")
    add("ingest ar+fr+en, --bulk", _rate(r, "articles_per_s", "articles/s"),
        _ingest_detail(r), mb(r))  # fmt: skip
    r = phase("reingest", "mixed", n)
    add("re-ingest unchanged", _rate(r, "articles_per_s", "articles/s"), "writes nothing", mb(r))

    r = phase("bulk", str(count(args.bulk)), str(args.cache))
    if "error" in r:
        add("bulk load", "failed", r["error"])
    else:
        add(f"raw Oxigraph bulk_load, {r['quads']:,} quads", f"{r['raw_qps']:,.0f} quads/s",
            f"{r['raw_s']:.1f} s", mb(r))  # fmt: skip
        add("kg bulk writer, same quads", f"{r['writer_qps']:,.0f} quads/s",
            f"{r['writer_s']:.1f} s = {r['writer_s'] / r['raw_s']:.2f}x raw "
            f"(+ summaries {r['summaries_s']:.1f} s)")  # fmt: skip

    for size in args.sizes.split(","):
        r = phase("queries", str(count(size)), str(args.cache))
        if "error" in r:
            add(f"queries at {size}", "failed", r["error"])
            continue
        add(f"load {r['quads']:,} quads + summaries", f"{r['load_s']:.1f} s",
            f"summary rebuild {r['summaries_s']:.1f} s", mb(r))  # fmt: skip
        for name, seconds in r["latency"].items():
            figure = f"{seconds * 1000:,.0f} ms" if seconds is not None else "timed out"
            add(f"query {name} at {size}", figure, r["rows"].get(name, ""))

    r = phase("rdflib", str(count(args.rdflib)), str(args.cache))
    if "error" in r:
        add("rdflib side by side", "failed", r["error"])
    else:
        add(f"rdflib load {r['quads']:,} quads", f"{r['rdflib_load_s']:.1f} s",
            f"Oxigraph {r['oxigraph_load_s']:.2f} s: {r['load_ratio']:.0f}x", mb(r))  # fmt: skip
        for name in r["rdflib"]:
            add(f"rdflib {name} at {args.rdflib}", f"{r['rdflib'][name] * 1000:,.0f} ms",
                f"Oxigraph {r['oxigraph'][name] * 1000:,.0f} ms: "
                f"{r['rdflib'][name] / max(r['oxigraph'][name], 1e-6):.0f}x")  # fmt: skip

    r = phase("cli")
    for name, seconds in r.get("start", {}).items():
        add(f"CLI start: {name}", f"{seconds:.2f} s", "best of 3")

    print(f"Machine: {machine()}\n")
    print("| measure | figure | detail | peak memory |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def compiled_site(cache: Path) -> Path | str:
    """The optional compiled wheel of this checkout, unpacked (built once per source version);
    or why it could not be built."""
    root = HERE.parent
    folders = ("kg", "ingest", "ontology", "queries", "scripts")
    files = [root / "pyproject.toml", *sorted(
        p for d in folders for p in (root / d).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )]  # fmt: skip
    version = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()[:12]
    site = cache / f"compiled-{version}" / "site"
    if site.is_dir():
        return site
    out = site.parent
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(root)],
        capture_output=True, text=True,
        env={**os.environ, "HATCH_BUILD_HOOK_ENABLE_CUSTOM": "1"},
    )  # fmt: skip
    wheels = list(out.glob("conflict_kg-*.whl"))
    if done.returncode != 0 or not wheels:
        return (done.stderr.strip().splitlines() or ["the compiled wheel was not built"])[-1]
    zipfile.ZipFile(wheels[0]).extractall(site)
    return site


def _rate(r: dict[str, Any], key: str, unit: str) -> str:
    return "failed: " + r["error"] if "error" in r else f"{r[key]:,.0f} {unit}"


def _ingest_detail(r: dict[str, Any]) -> str:
    if "error" in r:
        return ""
    return (
        f"{r['articles']} × {r['words_per_article']:.0f} words, {r['words_per_s']:,.0f} words/s, "
        f"{r['quads_per_s']:,.0f} quads/s"
    )


def _parser_detail(r: dict[str, Any]) -> str:
    if "error" in r:
        return ""
    return f"{_ingest_detail(r)}; model loaded first in {r['model_load_s']:.1f} s"


if __name__ == "__main__":
    main()
