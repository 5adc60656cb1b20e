"""Looking after a store: backing it up, restoring a backup, checking it for damage.

A backup is a copy of Oxigraph's checkpoint of the store plus ``kg-backup.json`` saying what it
holds. The checkpoint alone would share the store's files through hard links, so damage to the
store would damage the backup too; the copy is independent. It is taken from a read-only view,
so it works while an ingest runs, and holds every article completely or not at all. A
restore never deletes anything: the store it replaces is moved aside. A check reads every quad
through every index and verifies that each article graph carries its digest.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kg import iris
from kg.errors import StoreError, StoreLockedError
from kg.store import Store

BACKUP_NOTE = "kg-backup.json"


@dataclass(frozen=True)
class StoreSummary:
    """What a store holds: quads and article graphs."""

    quads: int
    articles: int


def summarise(store: Store) -> StoreSummary:
    articles = sum(g.startswith(iris.ARTICLE_GRAPH_PREFIX) for g in store.named_graphs())
    return StoreSummary(store.count(), articles)


def backup_store(source: Path, target: Path) -> StoreSummary:
    """Copy the store at ``source`` into the new folder ``target`` and verify the copy."""
    if target.exists():
        raise StoreError(f"{target} already exists; give a new folder for the backup")
    if not source.is_dir():
        raise StoreError(f"no store at {source}; pass --store PATH")
    checkpoint = target.with_name(f"{target.name}.checkpoint")
    shutil.rmtree(checkpoint, ignore_errors=True)
    with Store(source, read_only=True) as store:
        expected = summarise(store)
        store.backup(checkpoint)
    # The checkpoint hard-links the store's files: damage to one would be damage to both.
    # Copying makes the backup independent of the store it protects.
    try:
        shutil.copytree(checkpoint, target)
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StoreError(f"copying the backup into {target} failed: {exc}") from None
    finally:
        shutil.rmtree(checkpoint, ignore_errors=True)
    with Store(target, read_only=True) as copy:
        got = summarise(copy)
    if got.articles < expected.articles:  # more is fine: articles an ingest stored meanwhile
        raise StoreError(f"the backup in {target} holds {got}, not {expected}; do not use it")
    note = {"source": str(source.resolve()), "created": _now(), **got.__dict__}
    (target / BACKUP_NOTE).write_text(json.dumps(note, indent=2), encoding="utf-8")
    return got


def restore_store(
    backup: Path, target: Path, *, replace: bool = False
) -> tuple[StoreSummary, Path | None]:
    """Make ``target`` a copy of ``backup``; an existing store is moved aside, never deleted.

    Returns what the restored store holds and where the replaced store went (if any).
    """
    if not (backup / BACKUP_NOTE).is_file():
        raise StoreError(
            f"{backup} is not a kg backup (no {BACKUP_NOTE}); make one with 'kg backup'"
        )
    note = json.loads((backup / BACKUP_NOTE).read_text(encoding="utf-8"))
    with Store(backup, read_only=True) as store:
        held = summarise(store)
    if (held.quads, held.articles) != (note.get("quads"), note.get("articles")):
        raise StoreError(f"the backup in {backup} holds {held}, not what it recorded ({note})")
    if target.exists() and not replace:
        raise StoreError(
            f"a store already exists at {target}; pass --replace to move it aside and restore"
        )
    staging = target.with_name(f"{target.name}.restoring")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(backup, staging, ignore=shutil.ignore_patterns(BACKUP_NOTE, "LOCK"))
    moved = None
    if target.exists():
        _refuse_if_written(target)
        moved = target.with_name(f"{target.name}.replaced-{_now().replace(':', '')}")
        target.rename(moved)
    staging.rename(target)
    return held, moved


@dataclass
class CheckReport:
    """The outcome of :func:`check_store`: counts, and the problems found (none when sound)."""

    quads: int = 0
    articles: int = 0
    indexes: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_store(path: Path) -> CheckReport:
    """Open the store, read every index, and check every article graph has its digest."""
    report = CheckReport()
    try:
        store = Store(path, read_only=True)
    except StoreError as exc:
        report.problems.append(str(exc))
        return report
    with store:
        try:
            report.indexes = store.walk_indexes()
            summary = summarise(store)
            report.quads, report.articles = summary.quads, summary.articles
            for graph in store.named_graphs():
                if graph.startswith(iris.ARTICLE_GRAPH_PREFIX) and not store.graph_digest(graph):
                    report.problems.append(f"article graph {graph} has no digest (half written)")
        except StoreError as exc:
            report.problems.append(str(exc))
    if len(set(report.indexes.values())) > 1:
        report.problems.append(f"indexes disagree on the number of quads: {report.indexes}")
    return report


def _refuse_if_written(path: Path) -> None:
    """Raise :class:`StoreLockedError` (naming the writer) if another process writes ``path``."""
    try:
        Store(path).close()
    except StoreLockedError:
        raise
    except StoreError:
        pass  # a damaged store is what restore is for: it is moved aside all the same


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
