"""One benchmark phase per process; the last line printed is a JSON record of its figures.

Called by benchmarks/run_all.py: python benchmarks/phases.py PHASE [ARGS...]
  ingest LANG|mixed N [--jobs J] [--bulk] [--from-file] [--parser NAME]
                                            articles/s into a fresh on-disk store; --from-file
                                            reads them from JSON Lines without a language
                                            (so reading and language detection are timed too);
                                            --parser adds a dependency parser's relations
                                            (`kg ingest --parser`: none, spacy, stanza), its
                                            model loaded before the clock starts; without the
                                            model the record says "skipped" and why
  reingest mixed N                          the no-op path: everything unchanged
  bulk QUADS CACHE                          kg's bulk writer vs raw Oxigraph bulk_load
  queries QUADS CACHE                       canned-query latency on a synthetic graph
  latencies STORE [LIMIT]                   the same timings on a store already loaded
  store QUADS CACHE STORE                   load a synthetic graph and build its summaries into
                                            a store kept at STORE (for latencies and refresh)
  rdflib QUADS CACHE                        the same load and two queries in rdflib, in memory
  cli                                       start-up of `kg --help` and a trivial `kg query`
  refresh STORE N                           summary refresh time when N new articles, N changed
                                            ones and 10 deletions reach a copy of STORE
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

from ingest.batch import ensure_reference_data, ingest_articles
from ingest.parsing import ParserUnavailableError
from ingest.pipeline import Pipeline
from ingest.readers import Skipped, read_paths
from kg import iris, summaries
from kg.compiled import describe_build
from kg.model import Article
from kg.store import Store

SUMMARY_QUERIES = {
    "control-as-of via summaries": """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?as_of ?place ?actor ?status ?since WHERE {
  GRAPH <https://w3id.org/conflict-kg/graph/summary> {
    ?i a ckg:ControlInterval ; ckg:summaryTarget ?place ; ckg:summaryAgent ?actor ;
       ckg:controlStatus ?status ; ckg:firstDate ?since .
    OPTIONAL { ?i ckg:endDate ?end }
  }
  FILTER(?since <= ?as_of && (!BOUND(?end) || ?end > ?as_of))
}""",
    "supporters-of via summaries": """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?actor ?supporter ?articles ?first ?last WHERE {
  GRAPH <https://w3id.org/conflict-kg/graph/summary> {
    ?s ckg:summaryRelation ckg:supports ; ckg:summaryTarget ?actor ;
       ckg:summaryAgent ?supporter ; ckg:articleCount ?articles .
    OPTIONAL { ?s ckg:firstDate ?first ; ckg:lastDate ?last }
  }
} ORDER BY DESC(?articles)""",
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def corpus(which: str, n: int) -> list[Article]:
    if which == "mixed":
        return [a for lang in ("ar", "fr", "en") for a in synthetic.articles(lang, n // 3)]
    return list(synthetic.articles(which, n))


def _option(options: tuple[str, ...], name: str, default: str) -> str:
    return options[options.index(name) + 1] if name in options else default


def ingest(which: str, n: str, *options: str) -> dict[str, Any]:
    jobs = int(_option(options, "--jobs", "1"))
    parser = _option(options, "--parser", "none")
    batch = corpus(which, int(n))
    pipeline = Pipeline(parser=parser)
    model_load_s = 0.0
    if pipeline.parsed is not None:
        try:  # load the model now: its few seconds are reported apart from the rate
            model_load_s, _ = timed(lambda: _warm_parser(pipeline, which))
        except ParserUnavailableError as exc:
            return {"skipped": str(exc), "parser": parser}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        ensure_reference_data(store, pipeline.gazetteer)
        reference = store.count()
        items: Iterable[Article | Skipped] = batch
        if "--from-file" in options:
            items = read_paths([_without_language(batch, Path(tmp) / "corpus.jsonl")])
        cpu = time.process_time()  # this process, every thread (not --jobs workers)
        seconds, report = timed(
            lambda: ingest_articles(
                store, items, pipeline=pipeline, jobs=jobs, bulk="--bulk" in options
            )
        )
        cpu = time.process_time() - cpu
        quads = store.count() - reference
    words = sum(len(a.text.split()) for a in batch)
    return {
        "articles": report.articles,
        "articles_per_s": len(batch) / seconds,
        "cpu_ms_per_article": 1000 * cpu / len(batch),
        "words_per_article": words / len(batch),
        "words_per_s": words / seconds,
        "quads_per_s": quads / seconds,
        "events_per_article": report.events / max(report.articles, 1),
        "parser": parser,
        "model_load_s": model_load_s,
        "build": describe_build(),
    }


def _warm_parser(pipeline: Pipeline, which: str) -> None:
    """Load the parser's model for the corpus's language (French for the mixed corpus);
    raises ParserUnavailableError when it is not installed."""
    assert pipeline.parsed is not None
    pipeline.parsed.parser.parse(
        "Les forces ont repris la ville.", "fr" if which == "mixed" else which
    )


def _without_language(batch: list[Article], path: Path) -> Path:
    """``batch`` as JSON Lines with id, text and date only: the reader and language
    detection do their share of the work."""
    with path.open("w", encoding="utf-8") as out:
        for a in batch:
            record = {"id": a.doc_id, "text": a.text, "date": str(a.date)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def reingest(which: str, n: str) -> dict[str, Any]:
    batch = corpus(which, int(n))
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        ingest_articles(store, batch, pipeline=pipeline)
        seconds, report = timed(lambda: ingest_articles(store, batch, pipeline=pipeline))
    assert report.articles == 0, "re-ingest wrote something"
    return {"articles_per_s": len(batch) / seconds}


def graph_file(quads: int, cache: str) -> Path:
    path = Path(cache) / f"graph-{quads}.nq"
    if not path.exists():
        partial = path.with_suffix(".partial")
        synthetic.write_graph(partial, quads)
        partial.rename(path)
    return path


def bulk(quads: str, cache: str) -> dict[str, Any]:
    from ingest.writer import ArticleWriter, Extracted
    from kg.summaries import Keys

    data = graph_file(int(quads), cache).read_bytes()
    items = _split_by_graph(data)
    with tempfile.TemporaryDirectory() as tmp:
        raw_path = Path(tmp) / "all.nq"
        raw_path.write_bytes(data)
        with Store(Path(tmp) / "raw") as raw:
            raw_s, _ = timed(lambda: raw.bulk_load_nquads(raw_path))
            count = raw.count()
        raw_path.unlink()
        with Store(Path(tmp) / "kg") as store:
            extracted = [
                Extracted(g, g, "", body, Keys(), "en", 0, 0, 0) for g, body in items.items()
            ]

            def write() -> None:
                with ArticleWriter(store, bulk=True) as writer:
                    for item in extracted:
                        writer.write(item)

            writer_s, _ = timed(write)
            summaries_s, _ = timed(lambda: summaries.rebuild(store))
    return {
        "quads": count,
        "raw_s": raw_s,
        "raw_qps": count / raw_s,
        "writer_s": writer_s,
        "writer_qps": count / writer_s,
        "summaries_s": summaries_s,
    }


def _split_by_graph(data: bytes) -> dict[str, bytes]:
    """Per-article N-Quads (the generator writes each article's quads together)."""
    parts: dict[str, list[bytes]] = {}
    for line in data.splitlines(keepends=True):
        graph = line.rsplit(b" ", 2)[-2].decode()[1:-1]
        parts.setdefault(graph, []).append(line)
    return {g: b"".join(lines) for g, lines in parts.items()}


def _parameters(store: Store) -> dict[str, str]:
    """The two most supported actors, the place with most control intervals, a mid-range date
    (windows keep their defaults, the whole archive): every required parameter is given."""
    top = store.select(
        """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
        SELECT ?actor WHERE { ?s ckg:summaryRelation ckg:supports ; ckg:summaryTarget ?actor ;
        ckg:articleCount ?n } ORDER BY DESC(?n) LIMIT 2"""
    )
    actors = [str(r[0]) for r in top.rows] or [iris.entity_iri("actor", "syria")] * 2
    place = store.value(
        """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
        SELECT ?place WHERE { ?i a ckg:ControlInterval ; ckg:summaryTarget ?place }
        GROUP BY ?place ORDER BY DESC(COUNT(?i)) LIMIT 1"""
    )
    return {
        "actor": actors[0],
        "other": actors[-1],
        "place": str(place) if place is not None else iris.entity_iri("place", "tabqa"),
        "as_of": "2016-06-30",
    }


def queries(quads: str, cache: str, limit: str = "120") -> dict[str, Any]:
    """Load, build summaries, then time each query in its own process (killed after ``limit`` s)."""
    path = graph_file(int(quads), cache)
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp) / "store"
        with Store(where) as store:
            load_s, _ = timed(lambda: store.bulk_load_nquads(path))
            count = store.count()
            ensure_reference_data(store, Pipeline().gazetteer)
            summaries_s, _ = timed(lambda: summaries.rebuild(store))
        timings = latencies(str(where), limit)
    return {"quads": count, "load_s": load_s, "summaries_s": summaries_s, **timings}


def keep_store(quads: str, cache: str, where: str) -> dict[str, Any]:
    """A synthetic graph loaded into a new store at ``where``, summaries built, kept there."""
    if Path(where).exists():
        raise SystemExit(f"{where} exists: give a new folder for the store")
    path = graph_file(int(quads), cache)
    with Store(Path(where)) as store:
        load_s, _ = timed(lambda: store.bulk_load_nquads(path))
        count = store.count()
        ensure_reference_data(store, Pipeline().gazetteer)
        summaries_s, _ = timed(lambda: summaries.rebuild(store))
    return {"store": where, "quads": count, "load_s": load_s, "summaries_s": summaries_s}


def latencies(where: str, limit: str = "120") -> dict[str, Any]:
    """Each canned query timed in its own process on the store at ``where`` (kept as it is, so
    a large store loaded once can be measured again after a change to the queries)."""
    from kg.queries import canned_queries

    with Store(where, read_only=True) as store:
        given = _parameters(store)
    latency: dict[str, float | None] = {}
    rows: dict[str, str] = {}
    for name in [*sorted(canned_queries()), *SUMMARY_QUERIES]:
        argv = [sys.executable, __file__, "query", where, name, json.dumps(given)]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=float(limit))
            record = json.loads(done.stdout.strip().splitlines()[-1])
            latency[name], rows[name] = record["seconds"], f"{record['rows']} rows"
        except subprocess.TimeoutExpired:
            latency[name], rows[name] = None, f"stopped after {limit} s"
        except (json.JSONDecodeError, IndexError):
            latency[name], rows[name] = None, "failed: " + done.stderr.strip()[-200:]
    return {"latency": latency, "rows": rows}


def query(where: str, name: str, given_json: str) -> dict[str, Any]:
    """Best of two runs of one canned (or summary) query on a read-only store."""
    from rdflib import XSD, Literal, URIRef

    from kg.queries import canned_queries, run_query

    given = json.loads(given_json)
    with Store(where, read_only=True) as store:
        if name in SUMMARY_QUERIES:
            sparql = SUMMARY_QUERIES[name]
            bind = (
                {"as_of": Literal(given["as_of"], datatype=XSD.date)}
                if "?as_of" in sparql
                else None
            )
            runs = [timed(lambda: store.select(sparql, bind)) for _ in range(2)]
        else:
            wanted = {p.name for p in canned_queries()[name].parameters}
            params = {k: v for k, v in given.items() if k in wanted}
            runs = [timed(lambda: run_query(store, name, params, lambda k, t: URIRef(t)))
                    for _ in range(2)]  # fmt: skip
    return {"seconds": min(s for s, _ in runs), "rows": len(runs[0][1].rows)}


def rdflib_side_by_side(quads: str, cache: str) -> dict[str, Any]:
    from rdflib import Dataset

    from kg.queries import canned_queries, get_query

    path = graph_file(int(quads), cache)
    names = [n for n in ("supporters-of", "events-of-actor") if n in canned_queries()]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        ox_load, _ = timed(lambda: store.bulk_load_nquads(path))
        summaries.rebuild(store)
        given = _parameters(store)
        ox_times = {}
        for name in names:
            sparql = get_query(name).text
            bindings = _bindings(name, given)
            ox_times[name] = min(
                timed(lambda s=sparql, b=bindings: store.select(s, b))[0] for _ in range(2)
            )
    dataset = Dataset(default_union=True)
    rdflib_load, _ = timed(lambda: dataset.parse(str(path), format="nquads"))
    rdflib_times = {}
    for name in names:
        sparql = get_query(name).text
        bindings = _bindings(name, given)
        rdflib_times[name] = timed(
            lambda s=sparql, b=bindings: list(dataset.query(s, initBindings=b))
        )[0]
    return {
        "quads": len(dataset),
        "oxigraph_load_s": ox_load,
        "rdflib_load_s": rdflib_load,
        "load_ratio": rdflib_load / ox_load,
        "oxigraph": ox_times,
        "rdflib": rdflib_times,
    }


def _bindings(name: str, given: dict[str, str]) -> dict[str, Any]:
    from rdflib import XSD, Literal, URIRef

    if name == "control-as-of":
        return {"as_of": Literal(given["as_of"], datatype=XSD.date)}
    return {"actor": URIRef(given["actor"])}


def cli() -> dict[str, Any]:
    kg = Path(sys.executable).with_name("kg")
    command = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg"]
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        with Store(store) as st:
            ingest_articles(st, list(synthetic.articles("en", 5)))
        runs = {
            "kg --help": [*command, "--help"],
            "kg query supporters-of (5-article store)": [
                *command,
                "query",
                "supporters-of",
                "--param",
                "actor=SDF",
                "--store",
                store,
            ],
        }
        start = {}
        for name, argv in runs.items():
            times = []
            for _ in range(3):
                seconds, done = timed(lambda a=argv: subprocess.run(a, capture_output=True))
                assert done.returncode == 0, done.stderr
                times.append(seconds)
            start[name] = min(times)
    return {"start": start}


def refresh(where: str, n: str) -> dict[str, Any]:
    """Seconds spent refreshing summaries while N new articles are ingested into a copy of the
    store at ``where``, then N of them are re-ingested changed, then 10 are deleted (the copy
    sits next to the original and is removed afterwards; the original is never written)."""
    import dataclasses
    import shutil

    count = int(n)
    fresh = corpus("mixed", count)
    other_texts = [
        a for lang in ("ar", "fr", "en") for a in synthetic.articles(lang, count // 3, seed=1)
    ]
    # the same ids with other text: every one a replacement
    changed = [
        dataclasses.replace(b, doc_id=a.doc_id) for a, b in zip(fresh, other_texts, strict=True)
    ]
    spent: list[float] = []
    original = summaries.refresh

    def timed_refresh(store: Store, keys: summaries.Keys) -> None:
        seconds, _ = timed(lambda: original(store, keys))
        spent.append(seconds)

    summaries.refresh = timed_refresh  # type: ignore[assignment]
    record: dict[str, Any] = {"store": where, "articles": len(fresh)}
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory(dir=Path(where).resolve().parent) as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(where, copy)
        with Store(copy) as store:
            for step, action in (
                ("new", lambda: ingest_articles(store, fresh, pipeline=pipeline, bulk=False)),
                ("changed", lambda: ingest_articles(store, changed, pipeline=pipeline)),
                ("deleted", lambda: _delete(store, [a.doc_id for a in fresh[:10]])),
            ):
                spent.clear()
                seconds, _ = timed(action)
                record[step] = {"total_s": seconds, "refresh_s": sum(spent)}
    return record


def _delete(store: Store, doc_ids: list[str]) -> None:
    from ingest.writer import ArticleWriter

    with ArticleWriter(store) as writer:
        for doc_id in doc_ids:
            writer.delete(doc_id)


PHASES: dict[str, Callable[..., dict[str, Any]]] = {
    "ingest": ingest,
    "reingest": reingest,
    "bulk": bulk,
    "queries": queries,
    "query": query,
    "latencies": latencies,
    "store": keep_store,
    "rdflib": rdflib_side_by_side,
    "cli": cli,
    "refresh": refresh,
}


if __name__ == "__main__":
    record = PHASES[sys.argv[1]](*sys.argv[2:])
    record["peak_mb"] = peak_mb()
    print(json.dumps(record))
