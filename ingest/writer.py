"""Writing extracted articles to the store: batched transactions or bulk shards, plus summaries.

The one writer every ingest path (sequential, ``--jobs``, Dask) feeds, in the main process.

- A new article (no graph yet) is added to a pending batch; the batch is written as one
  transaction, so each article lands whole or not at all. If that transaction fails, its
  articles are retried one by one so only the bad one is reported.
- A changed article replaces its graph with one atomic update (drop + insert).
- With ``bulk=True`` new articles are appended to an N-Quads shard on disk instead, and each
  full shard is loaded with Oxigraph's bulk loader (all of a shard or nothing). With
  ``bulk=None`` (automatic) a run switches to shards after its first 1,000 new articles. The
  article's digest is one of its quads, so an article is either wholly in the shard or not,
  and re-ingesting skips it as usual.
- The summaries of every key the articles touched (before and after) are recomputed
  (:mod:`kg.summaries`) when the writer closes, and on the way once 5,000 keys are waiting, so
  keys shared by many articles are recomputed once per run rather than once per batch.
- A full batch (or shard) of new articles is written by a background thread while the caller
  extracts the next one: Oxigraph releases the GIL while it loads, so storing no longer stops
  extraction. At most one batch is in flight; every other write, the summaries and closing wait
  for it first, and an error it met (a full disk) is raised on the caller's next call.
"""

from __future__ import annotations

import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from kg import iris, summaries
from kg.errors import StorageFullError, StoreError
from kg.store import Store
from kg.summaries import Keys


@dataclass
class Extracted:
    """One article's extraction, serialised so it can cross process or machine boundaries."""

    doc_id: str
    graph: str
    digest: str
    nquads: bytes
    keys: Keys
    lang: str
    entities: int
    relations: int
    events: int
    warnings: list[str] = field(default_factory=list)


class ArticleWriter:
    """Writes :class:`Extracted` articles; use as a context manager so the last batch lands."""

    def __init__(
        self,
        store: Store,
        *,
        bulk: bool | None = False,
        batch_size: int = 100,
        shard_bytes: int = 64 << 20,
        shard_dir: Path | None = None,
        summary_keys: int = 5000,
        auto_bulk_after: int = 1000,
    ):
        self.store = store
        self.bulk = bool(bulk)
        self.auto_bulk_after = auto_bulk_after if bulk is None else None
        self._new = 0
        self.batch_size = batch_size
        self.shard_bytes = shard_bytes
        self.summary_keys = summary_keys
        self._pending: dict[str, Extracted] = {}
        self._pending_bytes = 0
        self._keys = Keys()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._shard_dir = shard_dir
        self._shards = 0
        self.failed: list[tuple[Extracted, str]] = []
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer")
        self._in_flight: dict[str, Extracted] = {}  # the batch the background thread writes
        self._writing: Future[None] | None = None

    def __enter__(self) -> ArticleWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.flush()
        finally:
            try:
                self._drain()  # never leave a batch half-way when the caller stops early
            finally:
                self._background.shutdown()
                if self._tmp is not None:
                    self._tmp.cleanup()

    def previous_digest(self, graph: str) -> str | None:
        """The digest this graph has now, counting articles not yet flushed."""
        pending = self._pending.get(graph) or self._in_flight.get(graph)
        return pending.digest if pending else self.store.graph_digest(graph)

    def write(self, item: Extracted) -> str:
        """Store one article; returns "unchanged", "new" or "replaced"."""
        previous = self.previous_digest(item.graph)
        if previous == item.digest:
            return "unchanged"
        if item.graph in self._pending:
            self.flush()  # the same id twice in one batch: the later text wins
        if previous is None:
            self._new += 1
            if self.auto_bulk_after is not None and self._new > self.auto_bulk_after:
                self.bulk = True  # a large batch: switch to bulk shards from here on
            self._pending[item.graph] = item
            self._pending_bytes += len(item.nquads)
            if self._batch_full():
                self.flush(final=False)
            return "new"
        self._drain()  # the graph may be in the batch being written
        self._keys.add(summaries.keys_in_graph(self.store, item.graph))
        self.store.replace_nquads(item.graph, item.nquads)
        self._keys.add(item.keys)
        return "replaced"

    def delete(self, doc_id: str) -> bool:
        """Drop an article's graph and fix the summaries it fed; False when it was not stored."""
        self.flush()
        graph = iris.article_graph(doc_id)
        if self.store.graph_digest(graph) is None:
            return False
        keys = summaries.keys_in_graph(self.store, graph)
        self.store.replace_graph(graph, [])
        summaries.refresh(self.store, keys)
        return True

    def _batch_full(self) -> bool:
        if self.bulk:
            return self._pending_bytes >= self.shard_bytes
        return len(self._pending) >= self.batch_size

    def flush(self, *, final: bool = True) -> None:
        """Write the pending batch (or shard); refresh the summaries touched so far when
        ``final`` or when many keys are waiting (one refresh serves many batches)."""
        batch = list(self._pending.values())
        self._drain()
        self._pending.clear()
        self._pending_bytes = 0
        if batch:
            self._in_flight = {item.graph: item for item in batch}
            write = self._load_shard if self.bulk else self._insert
            self._writing = self._background.submit(write, batch)
            if final:
                self._drain()
        if len(self._keys.edges) >= self.summary_keys or (final and self._keys):
            self._drain()
            summaries.refresh(self.store, self._keys)
            self._keys = Keys()

    def _drain(self) -> None:
        """Wait for the batch the background thread writes; raise what it raised."""
        writing, self._writing = self._writing, None
        try:
            if writing is not None:
                writing.result()
        finally:
            self._in_flight = {}

    def _insert(self, batch: list[Extracted]) -> None:
        try:
            self.store.insert_nquads(b"".join(item.nquads for item in batch))
        except StorageFullError:
            raise  # the disk, not an article: stop the batch, keep what is stored
        except StoreError:
            if len(batch) == 1:
                self.failed.append((batch[0], "the store refused its quads"))
                return
            for item in batch:  # find the article the store refuses; keep the others
                self._insert([item])
            return
        for item in batch:
            self._keys.add(item.keys)

    def _load_shard(self, batch: list[Extracted]) -> None:
        if self._shard_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kg-shards-")
            self._shard_dir = Path(self._tmp.name)
        self._shards += 1
        shard = self._shard_dir / f"shard-{self._shards:05d}.nq"
        with shard.open("wb") as fh:
            for item in batch:
                fh.write(item.nquads)
        try:
            self.store.bulk_load_nquads(shard)
        except StorageFullError:
            raise
        except StoreError:
            # The bulk loader wrote nothing; fall back to transactions to isolate the bad one.
            self._insert(batch)
        else:
            for item in batch:
                self._keys.add(item.keys)
        finally:
            shard.unlink()
