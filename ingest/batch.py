"""Ingesting a batch of articles into the store, each article's graph written atomically.

Unchanged articles (same text, metadata, extractor and reference data) are skipped without a
write, so re-ingesting changes nothing; a changed article replaces its graph. A bad article is
reported as skipped with its file and line, and the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from rdflib import Literal, URIRef

from ingest.parallel import (
    Job,
    Outcome,
    connect_dask,
    extract_here,
    extract_in_processes,
    extract_on_dask,
)
from ingest.pipeline import Pipeline
from ingest.readers import Skipped, read_paths
from ingest.writer import ArticleWriter
from kg import __version__, iris
from kg.errors import StorageFullError
from kg.gazetteer import Gazetteer
from kg.model import Article
from kg.rdf import GRAPH_SHAPE, Quad, gazetteer_quads
from kg.resources import lexicon_dir, ontology_file
from kg.store import Store
from kg.vocabulary import CKG


@dataclass
class IngestReport:
    articles: int = 0  # written (new or changed)
    unchanged: int = 0
    replaced: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    languages: dict[str, int] = field(default_factory=dict)


def _fingerprint(gazetteer: Gazetteer, parser: str = "none") -> str:
    h = hashlib.sha256(__version__.encode() + gazetteer.digest.encode() + parser.encode())
    h.update(GRAPH_SHAPE.encode())  # a new graph shape rewrites every article on re-ingest
    for path in sorted(lexicon_dir().rglob("*")):
        if path.is_file():
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()


def article_digest(article: Article, fingerprint: str) -> str:
    fields = [
        article.doc_id,
        article.text,
        article.title,
        article.url,
        article.source,
        article.lang,
        article.date.isoformat() if article.date else None,
        fingerprint,
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def ensure_reference_data(store: Store, gazetteer: Gazetteer) -> None:
    """Load the ontology and gazetteer graphs when missing or out of date."""
    onto = ontology_file()
    onto_digest = hashlib.sha256(onto.read_bytes()).hexdigest()
    meta = iris.META_GRAPH + "/ontology"
    if store.graph_digest(meta) != onto_digest:
        store.load_turtle(onto, iris.ONTOLOGY_GRAPH)
        marker = URIRef(iris.ONTOLOGY_GRAPH)
        stamp: list[Quad] = [(marker, CKG.contentDigest, Literal(onto_digest), URIRef(meta))]
        store.replace_graph(meta, stamp)
    if store.graph_digest(iris.GAZETTEER_GRAPH) != gazetteer.digest:
        graph = URIRef(iris.GAZETTEER_GRAPH)
        quads: list[Quad] = [
            *gazetteer_quads(gazetteer),
            (graph, CKG.contentDigest, Literal(gazetteer.digest), graph),
        ]
        store.replace_graph(iris.GAZETTEER_GRAPH, quads)


def ingest_articles(
    store: Store,
    items: Iterable[Article | Skipped],
    *,
    pipeline: Pipeline | None = None,
    default_date: date | None = None,
    default_lang: str | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
    bulk: bool | None = None,
    dask: str | None = None,
) -> IngestReport:
    """Extract and store every article of ``items``; never raises for one bad article.

    ``jobs`` > 1 extracts in that many local processes; ``dask`` (a scheduler address or file)
    extracts on a Dask cluster; ``bulk`` loads new articles with Oxigraph's bulk loader (None:
    automatically after the first 1,000 new ones). One writer in this process stores
    everything, so each article is still written whole.
    """
    pipeline = pipeline or Pipeline()
    started = time.perf_counter()
    report = IngestReport()
    ensure_reference_data(store, pipeline.gazetteer)
    fingerprint = _fingerprint(pipeline.gazetteer, pipeline.parser_name)
    try:
        _write_all(
            store,
            _to_extract_args(items, fingerprint, report, default_date, default_lang, progress),
            pipeline,
            report,
            bulk=bulk,
            jobs=jobs,
            dask=dask,
        )
    except StorageFullError as exc:  # the disk, not an article: stop, keep what is stored
        raise StorageFullError(
            f"{exc}; the {report.articles} articles stored before it are kept. Free some "
            "space, then rerun the same command (stored articles are skipped)"
        ) from exc
    report.seconds = time.perf_counter() - started
    return report


def _to_extract_args(
    items: Iterable[Article | Skipped],
    fingerprint: str,
    report: IngestReport,
    default_date: date | None,
    default_lang: str | None,
    progress: Callable[[str], None] | None,
) -> Callable[[ArticleWriter], Iterator[Job]]:
    """The reading side, bound to everything but the writer that checks stored digests."""
    return lambda writer: _to_extract(
        items, writer, fingerprint, report, default_date, default_lang, progress
    )


def _write_all(
    store: Store,
    todo_for: Callable[[ArticleWriter], Iterator[Job]],
    pipeline: Pipeline,
    report: IngestReport,
    *,
    bulk: bool | None,
    jobs: int,
    dask: str | None,
) -> None:
    """Extract what changed (here, in processes or on Dask) and store it with one writer."""
    with ArticleWriter(store, bulk=bulk) as writer:
        for outcome in _extracted(todo_for(writer), pipeline, jobs, dask):
            if isinstance(outcome, Skipped):
                report.skipped.append(outcome)
                continue
            report.warnings.extend(" ".join(w.splitlines()) for w in outcome.warnings)
            status = writer.write(outcome)
            if status == "unchanged":
                report.unchanged += 1
                continue
            report.articles += 1
            report.replaced += status == "replaced"
            report.entities += outcome.entities
            report.relations += outcome.relations
            report.events += outcome.events
            report.languages[outcome.lang] = report.languages.get(outcome.lang, 0) + 1
    for failed, reason in writer.failed:
        report.articles -= 1
        report.skipped.append(Skipped(failed.doc_id, reason))


def _to_extract(
    items: Iterable[Article | Skipped],
    writer: ArticleWriter,
    fingerprint: str,
    report: IngestReport,
    default_date: date | None,
    default_lang: str | None,
    progress: Callable[[str], None] | None,
) -> Iterator[Job]:
    """The articles whose stored digest differs, with their digest; counts the rest."""
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        if progress:
            progress(item.doc_id)
        if item.date is None and default_date is not None:
            item.date = default_date
        if item.lang is None and default_lang is not None:
            item.lang = default_lang
        digest = article_digest(item, fingerprint)
        if writer.previous_digest(iris.article_graph(item.doc_id)) == digest:
            report.unchanged += 1
            report.warnings.extend(" ".join(w.splitlines()) for w in item.warnings)
            continue
        yield item, digest


def _extracted(
    todo: Iterable[Job], pipeline: Pipeline, jobs: int, dask: str | None
) -> Iterator[Outcome]:
    if dask:
        client = connect_dask(dask)
        try:
            yield from extract_on_dask(client, todo)
        finally:
            client.close()
    elif jobs > 1:
        yield from extract_in_processes(todo, jobs)
    else:
        yield from extract_here(pipeline, todo)


def ingest_paths(store: Store, paths: Iterable[str], **options: object) -> IngestReport:
    """Read ``paths`` (files, folders, ``-``) and ingest every article found."""
    return ingest_articles(store, read_paths(paths), **options)  # type: ignore[arg-type]
