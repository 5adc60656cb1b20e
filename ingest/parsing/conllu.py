"""A small CoNLL-U reader: parses made by any tool (UDPipe, stanza, by hand) as our sentences.

Each sentence block becomes word records in stanza's shape (see :mod:`ingest.parsing.records`)
and then a :class:`ParsedSentence` whose spans are offsets into the sentence's own text: the
``# text =`` comment, or the forms joined by spaces (``SpaceAfter=No`` respected) when there is
none. Multi-word tokens (``1-2``) are split into their words; empty nodes (``8.1``) are skipped.
A malformed line is an :class:`InputError` naming the file and line.
"""

from __future__ import annotations

from pathlib import Path

from ingest.parsing.model import ParsedSentence
from ingest.parsing.records import AlignmentError, Record, sentence_from_records
from kg.errors import InputError

_COLUMNS = ("id", "text", "lemma", "upos", "xpos", "feats", "head", "deprel", "deps", "misc")


def read_conllu(path: Path) -> list[ParsedSentence]:
    """The sentences of a CoNLL-U file."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CoNLL-U: {exc}", path=path) from None
    return parse_conllu(content, source=path)


def parse_conllu(content: str, source: Path | str = "<conllu>") -> list[ParsedSentence]:
    r"""The sentences of CoNLL-U text.

    >>> rows = ["# text = Ils avancent.", "1 Ils il PRON _ _ 2 nsubj _ _",
    ...         "2 avancent avancer VERB _ _ 0 root _ SpaceAfter=No", "3 . . PUNCT _ _ 2 punct _ _"]
    >>> s = parse_conllu("\n".join([rows[0], *("\t".join(r.split()) for r in rows[1:])]))
    >>> s[0].text, [(t.text, t.start, t.end) for t in s[0].tokens]
    ('Ils avancent.', [('Ils', 0, 3), ('avancent', 4, 12), ('.', 12, 13)])
    """
    sentences: list[ParsedSentence] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*content.splitlines(), ""], start=1):
        if line.strip():
            block.append((number, line))
        elif block:
            sentences.append(_sentence(block, source))
            block = []
    return sentences


def _sentence(block: list[tuple[int, str]], source: Path | str) -> ParsedSentence:
    text: str | None = None
    records: list[Record] = []
    for number, line in block:
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "text":
                text = value.strip()
            continue
        records.append(_record(line, number, source))
    words = [r for r in records if isinstance(r["id"], int)]
    if [r["id"] for r in words] != list(range(1, len(words) + 1)):
        raise InputError("word ids must run 1, 2, 3... in order", path=source, line=block[0][0])
    try:
        return sentence_from_records(records, text if text is not None else _detokenise(records))
    except AlignmentError as exc:
        raise InputError(f"{exc}; fix the '# text =' line", path=source, line=block[0][0]) from None


def _record(line: str, number: int, source: Path | str) -> Record:
    columns = line.split("\t")
    if len(columns) != len(_COLUMNS):
        raise InputError(
            f"expected 10 tab-separated columns, found {len(columns)}", path=source, line=number
        )
    record: dict[str, object] = {
        key: value for key, value in zip(_COLUMNS, columns, strict=True) if value != "_"
    }
    record["text"] = columns[1]
    ident = columns[0]
    try:
        if "-" in ident:
            first, last = ident.split("-")
            record["id"] = (int(first), int(last))
        elif "." in ident:
            major, minor = ident.split(".")
            record["id"] = (int(major), int(minor))  # empty node; the conversion skips it
        else:
            record["id"] = int(ident)
        if "head" in record:
            record["head"] = int(columns[6])
    except ValueError:
        raise InputError(
            f"ID '{ident}' or HEAD '{columns[6]}' is not a number", path=source, line=number
        ) from None
    return record


def _detokenise(records: list[Record]) -> str:
    """Surface text of a sentence with no ``# text`` line: tokens (ranges, not their words)."""
    parts: list[str] = []
    skip_until = 0
    for record in records:
        ident = record["id"]
        if isinstance(ident, int) and ident <= skip_until:
            continue
        if isinstance(ident, tuple):
            if ident[1] <= ident[0]:
                continue
            skip_until = ident[1]
        parts.append(str(record["text"]))
        parts.append("" if "SpaceAfter=No" in str(record.get("misc", "")) else " ")
    return "".join(parts).strip()
