"""Ingesting a batch of articles into the store, one atomic graph write per article.

Unchanged articles (same text, metadata, extractor and reference data) are skipped without a
write, so re-ingesting changes nothing; a changed article replaces its graph. A bad article is
reported as skipped with its file and line, and the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from rdflib import Literal, URIRef

from ingest.pipeline import Pipeline
from ingest.readers import Skipped, read_paths
from kg import __version__, iris
from kg.errors import KgError, StorageFullError
from kg.gazetteer import Gazetteer
from kg.model import Article
from kg.rdf import Quad, article_quads, gazetteer_quads
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
) -> IngestReport:
    """Extract and store every article of ``items``; never raises for one bad article."""
    pipeline = pipeline or Pipeline()
    started = time.perf_counter()
    report = IngestReport()
    ensure_reference_data(store, pipeline.gazetteer)
    fingerprint = _fingerprint(pipeline.gazetteer, pipeline.parser_name)
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
        try:
            _ingest_one(store, pipeline, item, fingerprint, report)
        except StorageFullError as exc:  # the disk, not the article: stop, keep what is stored
            raise StorageFullError(
                f"{exc}; the {report.articles} articles stored before it are kept. Free some "
                "space, then rerun the same command (stored articles are skipped)"
            ) from exc
        except KgError as exc:
            report.skipped.append(Skipped(_where(item), str(exc).split(": ", 1)[-1]))
        report.warnings.extend(" ".join(w.splitlines()) for w in item.warnings)  # one line each
    report.seconds = time.perf_counter() - started
    return report


def _where(article: Article) -> str:
    if article.path and article.line:
        return f"{article.path}:{article.line}"
    return article.path or article.doc_id


def _ingest_one(
    store: Store, pipeline: Pipeline, article: Article, fingerprint: str, report: IngestReport
) -> None:
    graph = iris.article_graph(article.doc_id)
    digest = article_digest(article, fingerprint)
    previous = store.graph_digest(graph)
    if previous == digest:
        report.unchanged += 1
        return
    extraction = pipeline.process(article)
    store.replace_graph(graph, article_quads(extraction, digest, __version__))
    report.articles += 1
    report.replaced += previous is not None
    report.entities += len(extraction.entities())
    report.relations += sum(a.is_triple for a in extraction.assertions)
    report.events += len(extraction.assertions)
    report.languages[extraction.lang] = report.languages.get(extraction.lang, 0) + 1


def ingest_paths(store: Store, paths: Iterable[str], **options: object) -> IngestReport:
    """Read ``paths`` (files, folders, ``-``) and ingest every article found."""
    return ingest_articles(store, read_paths(paths), **options)  # type: ignore[arg-type]
