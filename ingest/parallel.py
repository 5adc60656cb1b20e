"""Running extraction in this process, in N local worker processes, or on a Dask cluster.

Every path turns ``(article, digest)`` pairs into :class:`~ingest.writer.Extracted` records
(N-Quads bytes plus the summary keys they feed) or :class:`~ingest.readers.Skipped` ones, in
input order, and never touches the store: one writer in the main process does. Work is sent in
bounded windows, so memory stays flat however long the input is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ingest.pipeline import Pipeline
from ingest.readers import Skipped
from ingest.writer import Extracted
from kg import __version__, iris
from kg.errors import InputError, KgError, StoreError
from kg.model import Article
from kg.rdf import article_nquads
from kg.summaries import keys_of_extraction

Job = tuple[Article, str]  # an article and its digest
Outcome = Extracted | Skipped
_worker_pipeline: list[Pipeline] = []  # built once per worker process, on first use


def where(article: Article) -> str:
    """The file and line (or id) an article came from, for messages."""
    if article.path and article.line:
        return f"{article.path}:{article.line}"
    return article.path or article.doc_id


def extract(pipeline: Pipeline, article: Article, digest: str) -> Outcome:
    """Extract one article and serialise its graph; bad input becomes a Skipped record."""
    try:
        x = pipeline.process(article)
        data = article_nquads(x, digest, __version__)
    except (KgError, StoreError) as exc:
        # where() names the place already: keep an input error's own message without it
        return Skipped(where(article), exc.message if isinstance(exc, InputError) else str(exc))
    except Exception as exc:  # a fault of ours on one text must not stop a batch
        return Skipped(
            where(article),
            f"the extractor failed on this article ({type(exc).__name__}: {exc}); nothing of it "
            "was stored, the rest of the batch was; please report it with the article",
        )
    return Extracted(
        doc_id=article.doc_id,
        graph=iris.article_graph(article.doc_id),
        digest=digest,
        nquads=data,
        keys=keys_of_extraction(x),
        lang=x.lang,
        entities=len(x.entities()),
        relations=sum(a.is_triple for a in x.assertions),
        events=len(x.assertions),
        warnings=list(article.warnings),
    )


def extract_batch(jobs: list[Job]) -> list[Outcome]:
    """Worker entry point: extract a batch with this process's own pipeline."""
    if not _worker_pipeline:
        _worker_pipeline.append(Pipeline())
    pipeline = _worker_pipeline[0]
    return [extract(pipeline, article, digest) for article, digest in jobs]


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    it = iter(jobs)
    while batch := list(islice(it, size)):
        yield batch


def extract_here(pipeline: Pipeline, jobs: Iterable[Job]) -> Iterator[Outcome]:
    for article, digest in jobs:
        yield extract(pipeline, article, digest)


def extract_in_processes(jobs: Iterable[Job], workers: int, batch: int = 8) -> Iterator[Outcome]:
    """Extract with ``workers`` local processes (spawned: safe beside an open store)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        window: deque[Any] = deque()
        for chunk in _batches(jobs, batch):
            window.append(pool.apply_async(extract_batch, (chunk,)))
            if len(window) >= workers * 4:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def connect_dask(address: str) -> Any:
    """A Dask client for ``tcp://host:port`` or a scheduler file path."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError(
            "--dask needs the distributed package: pip install 'conflict-kg[scale]'"
        ) from None
    if "://" not in address and not Path(address).is_file():
        raise KgError(
            f"cannot reach the Dask scheduler at {address}: no such scheduler file "
            "(give tcp://host:port, or the file 'dask scheduler --scheduler-file' wrote)"
        )
    try:
        if "://" in address:
            return Client(address, timeout="10s")  # type: ignore[no-untyped-call]
        return Client(scheduler_file=address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgError(
            f"cannot reach the Dask scheduler at {address}: {exc} "
            "(start one with 'dask scheduler' or pass its scheduler file)"
        ) from None


def extract_on_dask(client: Any, jobs: Iterable[Job], batch: int = 32) -> Iterator[Outcome]:
    """Extract on a Dask cluster; results come back in input order for the single writer."""
    workers = max(1, sum(client.nthreads().values()))
    window: deque[Any] = deque()
    for chunk in _batches(jobs, batch):
        window.append(client.submit(extract_batch, chunk, pure=False))
        if len(window) >= workers * 2:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()
