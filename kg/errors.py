"""The exceptions every part of conflict-kg raises, so callers can catch "a kg error".

One base class, :class:`KgError`, and a few subclasses that say which boundary was crossed: bad
input (with the file and line), an unknown name (with the names that exist), the store, a query.
Each message says what went wrong and what to do about it; the CLI prints it as one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class KgError(Exception):
    """Base class of all errors raised by conflict-kg."""


class InputError(KgError):
    """A file or record that cannot be read as an article, reference entry or query.

    >>> str(InputError("not valid JSON", path=Path("news.jsonl"), line=3))
    'news.jsonl:3: not valid JSON'
    """

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        where = self.path or ""
        if where and line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class UnknownNameError(KgError):
    """A name (query, actor, format, language...) that is not among the known ones.

    >>> str(UnknownNameError("query", "supporter", ["supporters-of", "control-as-of"]))
    "unknown query 'supporter'; did you mean 'supporters-of'? Known: control-as-of, supporters-of"
    """

    def __init__(self, kind: str, name: str, known: Iterable[str]):
        import difflib

        self.kind, self.name, self.known = kind, name, sorted(known)
        close = difflib.get_close_matches(name, self.known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        listing = ", ".join(self.known) if self.known else "(none)"
        super().__init__(f"unknown {kind} '{name}'{hint} Known: {listing}")


class StoreError(KgError):
    """The store cannot be opened, read or written (locked, missing, corrupt, disk full)."""


class QueryError(KgError):
    """A SPARQL query or canned-query parameter that cannot be run as given."""


class StorageFullError(StoreError):
    """The disk refused a write (full, read-only, I/O error): stop, keep what is stored."""


class StoreLockedError(StoreError):
    """Another process is writing the store; the message names it."""
