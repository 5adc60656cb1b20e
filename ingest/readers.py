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

import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ingest.decoding import Line, decode, iter_lines, read_text
from ingest.web_pages import HTML_SUFFIXES, looks_like_html, main_text
from kg.model import Article

__all__ = ["Skipped", "decode", "read_paths"]

# gold and .meta.json sidecars are not articles
ARTICLE_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)


@dataclass(frozen=True)
class Skipped:
    """An input that produced no article, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return " ".join(f"{self.where}: {self.reason}".splitlines())  # always one line


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
        text, warning = read_text(path)
    except (OSError, ValueError) as exc:
        yield Skipped(str(path), f"cannot read: {exc}")
        return
    text, title, problem = _page_text(path, text)
    if problem:
        yield Skipped(str(path), problem)
        return
    meta: dict[str, Any] = {"title": title} if title else {}
    sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if sidecar.is_file():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
            meta |= loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError) as exc:
            yield Skipped(str(sidecar), f"metadata ignored, not JSON: {exc}")
    article = _article(path.stem, text, meta, str(path), None, str(path))
    if warning:
        article.warnings.append(f"{path}: {warning}")
    yield article


def _page_text(path: Path, text: str) -> tuple[str, str | None, str | None]:
    """The article text of a file (main text for HTML), its title, or why there is none."""
    if not text.strip():
        return text, None, "file is empty" if not text else "file holds only white space"
    if path.suffix.lower() not in HTML_SUFFIXES and not looks_like_html(text[:512].encode()):
        return text, None, None
    body, title = main_text(text)
    if not body.strip():
        return body, None, "no article text found in this HTML page"
    return body, title, None


def _jsonl_record(raw: str, path: str, number: int) -> Article | Skipped:
    where = f"{path}:{number}"
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"not valid JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(record, dict):
        return Skipped(where, "a JSON object is expected on each line")
    text = record.get("text")
    if not isinstance(text, str):
        problem = "has no 'text'" if text is None else "'text' is not a string"
        return Skipped(where, f"record {problem}")
    doc_id = record.get("id") or record.get("doc")
    if not isinstance(doc_id, str | int) or str(doc_id).strip() == "":
        return Skipped(where, "record has no 'id'")
    return _article(str(doc_id), text, record, path, number, path)


def read_jsonl_records(lines: Iterable[Line], where: str) -> Iterator[Article | Skipped]:
    """Articles of JSON Lines, each bad line a :class:`Skipped` naming ``where`` and its number."""
    pending: list[str] = []
    records = 0
    for line in lines:
        if line.warning:
            pending.append(f"{where}:{line.number}: {line.warning}")
        if line.text is None:
            yield Skipped(f"{where}:{line.number}", "line is too long to be one article; skipped")
            continue
        if not line.text.strip():
            continue
        records += 1
        item = _jsonl_record(line.text, where, line.number)
        if isinstance(item, Article):
            item.warnings.extend(pending)
            pending = []
        yield item
    if not records:
        yield Skipped(where, "file holds no JSON Lines records (it is empty)")


def read_jsonl_lines(lines: Iterable[str], where: str) -> Iterator[Article | Skipped]:
    numbered = (Line(number, text) for number, text in enumerate(lines, start=1))
    yield from read_jsonl_records(numbered, where)


def read_jsonl_file(path: Path) -> Iterator[Article | Skipped]:
    """Records of a JSON Lines file, read a line at a time (memory stays flat on huge files)."""
    try:
        yield from read_jsonl_records(iter_lines(path), str(path))
    except (OSError, ValueError) as exc:
        yield Skipped(str(path), f"cannot read: {exc}")


def read_stdin() -> Iterator[Article | Skipped]:
    """JSON Lines streamed line by line when the input starts with ``{``, else one article."""
    head: list[str] = []
    for line in sys.stdin:  # look past leading blank lines only
        head.append(line)
        if line.strip():
            break
    if "".join(head).lstrip().startswith("{"):
        yield from read_jsonl_lines(itertools.chain(head, sys.stdin), "<stdin>")
    else:
        yield _article("stdin", "".join(head) + sys.stdin.read(), {}, "<stdin>", None, None)


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
