"""Rendering query results as a terminal table, CSV, TSV or JSON (strings, no printing)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kg.errors import UnknownNameError
from kg.store import Table, Term

FORMATS = ("table", "csv", "tsv", "json")
_MAX_CELL = 60


def cell(term: Term | None) -> str:
    """A term as an analyst reads it: IRIs in full, literals as their value."""
    if term is None:
        return ""
    return str(term)


def _json_value(term: Term | None) -> Any:
    if term is None:
        return None
    value = term.toPython() if hasattr(term, "toPython") else str(term)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, int | float | bool | str):
        return value
    return str(value)


def render(table: Table, fmt: str = "table") -> str:
    """``table`` in one of :data:`FORMATS`.

    >>> from rdflib import Literal
    >>> print(render(Table(["a", "b"], [(Literal("x"), None)]), "csv").strip())
    a,b
    x,
    """
    if fmt not in FORMATS:
        raise UnknownNameError("output format", fmt, FORMATS)
    if fmt == "json":
        rows = [
            {c: _json_value(v) for c, v in zip(table.columns, row, strict=True)}
            for row in table.rows
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([[cell(v) for v in row] for row in table.rows])
        return out.getvalue()
    return _text_table(table)


def _short(text: str) -> str:
    text = " ".join(text.split())
    for prefix in ("https://w3id.org/conflict-kg/id/", "https://w3id.org/conflict-kg/ontology#"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _text_table(table: Table) -> str:
    rows = [[_short(cell(v)) for v in row] for row in table.rows]
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(table.columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
