"""Who is writing a store: a small note beside Oxigraph's own lock, for clear messages.

Oxigraph (RocksDB) lets one process write a store at a time and refuses a second writer with a
bare "lock" error. The writer that holds the lock leaves ``kg-writer.json`` in the store folder
(process id, command, start time), so a refused writer or a reader can say which process holds
it and what to do. The note is advisory only: the lock itself stays Oxigraph's, and a note left
behind by a killed process is recognised as stale because its process is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

WRITER_NOTE = "kg-writer.json"


@dataclass(frozen=True)
class Writer:
    """The process that claimed a store for writing."""

    pid: int
    command: str
    started: str

    @property
    def alive(self) -> bool:
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # exists, owned by someone else
            return True
        return True

    def describe(self) -> str:
        return f"process {self.pid} ({self.command}, since {self.started})"


def claim(store: Path) -> None:
    """Record this process as the store's writer (best effort: a read-only folder is fine)."""
    note = {
        "pid": os.getpid(),
        "command": " ".join(["kg", *sys.argv[1:]])[:200],
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
    }
    with contextlib.suppress(OSError):
        (store / WRITER_NOTE).write_text(json.dumps(note), encoding="utf-8")


def release(store: Path) -> None:
    """Remove this process's note (another process's note is left alone)."""
    writer = current_writer(store)
    if writer is not None and writer.pid == os.getpid():
        (store / WRITER_NOTE).unlink(missing_ok=True)


def current_writer(store: Path) -> Writer | None:
    """The live process that claimed ``store`` for writing, if any."""
    try:
        note = json.loads((store / WRITER_NOTE).read_text(encoding="utf-8"))
        writer = Writer(int(note["pid"]), str(note["command"]), str(note["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return writer if writer.alive else None


def locked_message(store: Path) -> str:
    """Why a second writer cannot open ``store``, and what to do about it."""
    writer = current_writer(store)
    holder = writer.describe() if writer else "another process"
    return (
        f"the store at {store} is being written by {holder}; only one writer at a time. "
        "Wait for it to finish, stop it (an interrupted ingest keeps every article it "
        "stored; rerun the same command to finish), or pass another --store"
    )
