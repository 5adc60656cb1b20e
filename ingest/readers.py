"""Reading articles from files, folders, JSON Lines and standard input.

- ``.txt``: one article; its id is the file name without extension. A sidecar
  ``<name>.meta.json`` beside it may give ``date``, ``lang``, ``title``, ``url``, ``source``.
- ``.jsonl``: one article per line with ``id`` and ``text`` (and optionally ``title``, ``date``,
  ``url``, ``source``, ``lang``).
- a folder: every ``.txt`` and ``.jsonl`` file below it, in name order.
- ``-``: standard input, as JSON Lines when it starts with ``{``, else one article ``stdin``.

Readers never raise on bad input: they yield :class:`Skipped` records naming the file and line,
and carry on with the rest of the batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kg.model import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl")  # gold and .meta.json sidecars are not articles


@dataclass(frozen=True)
class Skipped:
    """An input that produced no article, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not UTF-8.

    >>> decode("سوريا".encode("cp1256"))
    ('سوريا', 'decoded as Windows-1256 (not UTF-8)')
    >>> decode(b"\\xef\\xbb\\xbfHello")
    ('Hello', None)
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (contains NUL bytes), not text")
    arabic = data.decode("cp1256", errors="replace")
    if sum("\u0600" <= c <= "\u06ff" for c in arabic) > len(arabic) * 0.3:
        return arabic, "decoded as Windows-1256 (not UTF-8)"
    return data.decode("latin-1"), "decoded as Latin-1 (not UTF-8)"


def parse_date(value: Any) -> date | None:
    """An ISO date (``2017-10-22``, or the date part of a timestamp), else None."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _article(
    doc_id: str, text: str, meta: dict[str, Any], where: str, line: int | None, path: str | None
) -> Article:
    lang = meta.get("lang") if isinstance(meta.get("lang"), str) else None
    return Article(
        doc_id=doc_id,
        text=text,
        lang=lang,
        title=meta.get("title") if isinstance(meta.get("title"), str) else None,
        date=parse_date(meta.get("date")),
        url=meta.get("url") if isinstance(meta.get("url"), str) else None,
        source=meta.get("source") if isinstance(meta.get("source"), str) else None,
        path=path,
        line=line,
    )


def read_text_file(path: Path) -> Iterator[Article | Skipped]:
    try:
        text, warning = decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        yield Skipped(str(path), f"cannot read: {exc}")
        return
    meta: dict[str, Any] = {}
    sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if sidecar.is_file():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
            meta = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError) as exc:
            yield Skipped(str(sidecar), f"metadata ignored, not JSON: {exc}")
    article = _article(path.stem, text, meta, str(path), None, str(path))
    if warning:
        article.warnings.append(f"{path}: {warning}")
    yield article


def read_jsonl_lines(lines: Iterable[str], where: str) -> Iterator[Article | Skipped]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Skipped(f"{where}:{number}", f"not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Skipped(f"{where}:{number}", "a JSON object is expected on each line")
            continue
        text = record.get("text")
        if not isinstance(text, str):
            problem = "has no 'text'" if text is None else "'text' is not a string"
            yield Skipped(f"{where}:{number}", f"record {problem}")
            continue
        doc_id = record.get("id") or record.get("doc")
        if not isinstance(doc_id, str | int) or str(doc_id).strip() == "":
            yield Skipped(f"{where}:{number}", "record has no 'id'")
            continue
        yield _article(str(doc_id), text, record, where, number, where)


def read_jsonl_file(path: Path) -> Iterator[Article | Skipped]:
    """Records of a JSON Lines file, read a line at a time (memory stays flat on huge files)."""
    try:
        with path.open("rb") as fh:
            if fh.read(2) in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: rare, decode it whole
                text, _warning = decode(path.read_bytes())
                yield from read_jsonl_lines(text.splitlines(), str(path))
                return
            fh.seek(0)
            yield from read_jsonl_lines((_line_text(raw) for raw in fh), str(path))
    except (OSError, ValueError) as exc:
        yield Skipped(str(path), f"cannot read: {exc}")


def _line_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode(raw)[0]


def read_stdin() -> Iterator[Article | Skipped]:
    data = sys.stdin.read()
    if data.lstrip().startswith("{"):
        yield from read_jsonl_lines(data.splitlines(), "<stdin>")
    else:
        yield _article("stdin", data, {}, "<stdin>", None, None)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from every path given (files, folders, ``-``), in a stable order."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES
            )
            if not files:
                yield Skipped(str(path), "folder holds no .txt or .jsonl files")
            for p in files:
                yield from read_paths([p])
        elif not path.exists():
            yield Skipped(str(path), "no such file or folder")
        elif path.suffix == ".jsonl":
            yield from read_jsonl_file(path)
        else:
            yield from read_text_file(path)
