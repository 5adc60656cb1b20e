"""Turning the bytes of an input file into text: encodings, binary files, size limits, streaming.

Files from the web arrive in UTF-8 (with or without a byte-order mark), UTF-16, the two legacy
Arabic code pages (Windows-1256 and ISO-8859-6) or Latin-1/Windows-1252. :func:`sniff` decides
which from a sample and says so in a warning when it was not plain UTF-8; binary data (NUL bytes
or control characters) is refused. :func:`iter_lines` streams a file line by line with bounded
memory, so a JSON Lines file of any size, or one absurdly long line, never has to fit in memory.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_ARTICLE_CHARS = 10_000_000  # one article (file or JSONL line); larger input is refused
SNIFF_BYTES = 1 << 16
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_ARABIC_CODEPAGES = (("cp1256", "Windows-1256"), ("iso8859_6", "ISO-8859-6"))
_CONTROL = frozenset(chr(c) for c in [*range(0, 9), 11, *range(14, 32), 127])


class BinaryInputError(ValueError):
    """The bytes are not text in any encoding conflict-kg reads."""


@dataclass(frozen=True)
class Encoding:
    """How a file's bytes are decoded, and the warning to give when it was a guess."""

    codec: str
    errors: str = "strict"
    warning: str | None = None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _arabic_score(text: str) -> int:
    """Arabic letters, minus Latin letters and signs that a wrong Arabic code page produces."""
    arabic = sum("\u0621" <= c <= "\u064a" for c in text)
    misread = sum(c in "×÷" or "\u00c0" <= c <= "\u00ff" for c in text)
    return arabic - 3 * misread


def _legacy(sample: bytes) -> Encoding:
    best: tuple[int, str, str] | None = None
    for codec, name in _ARABIC_CODEPAGES:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        letters = sum(c.isalpha() for c in text) or 1
        score = _arabic_score(text)
        if score > letters * 0.3 and (best is None or score > best[0]):
            best = (score, codec, name)
    if best is not None:
        return Encoding(best[1], "replace", f"decoded as {best[2]} (not UTF-8)")
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return Encoding("latin-1", "strict", "decoded as Latin-1 (not UTF-8)")
    return Encoding("cp1252", "replace", "decoded as Windows-1252/Latin-1 (not UTF-8)")


def sniff(sample: bytes, *, complete: bool = True) -> Encoding:
    """The encoding of ``sample`` (the whole file when ``complete``, else its first bytes).

    >>> sniff("سوريا".encode("cp1256")).warning
    'decoded as Windows-1256 (not UTF-8)'
    >>> sniff("سوريا".encode("iso8859_6")).codec
    'iso8859_6'
    >>> sniff("Le régime a déclaré".encode("latin-1")).codec
    'cp1252'
    >>> sniff(b"\\xef\\xbb\\xbfHello").codec
    'utf-8-sig'
    """
    for bom, codec, _name in _BOMS:
        if sample.startswith(bom):
            return Encoding(codec, "replace")
    if b"\x00" in sample:
        raise BinaryInputError("binary file (contains NUL bytes), not text")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=complete)
        return Encoding("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = sample.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(not c.isascii() for c in replaced) - bad
    if good >= bad:  # legacy code pages almost never form valid UTF-8 sequences
        line = _line_of(sample, first_bad)
        return Encoding("utf-8", "replace", f"invalid UTF-8 from line {line} replaced by U+FFFD")
    return _legacy(sample)


def check_text(text: str) -> None:
    """Refuse decoded text that is mostly control characters (a binary file without NULs)."""
    sample = text[:SNIFF_BYTES]
    if sample and sum(c in _CONTROL for c in sample) > len(sample) * 0.05:
        raise BinaryInputError("binary file (control characters), not text")


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not UTF-8.

    >>> decode("سوريا".encode("cp1256"))
    ('سوريا', 'decoded as Windows-1256 (not UTF-8)')
    >>> decode(b"\\xef\\xbb\\xbfHello")
    ('Hello', None)
    >>> decode("Raqqa".encode("utf-16"))
    ('Raqqa', None)
    """
    encoding = sniff(data)
    text = data.decode(encoding.codec, errors=encoding.errors)
    check_text(text)
    return text, encoding.warning


def read_text(path: Path) -> tuple[str, str | None]:
    """The decoded text of a whole file; refuses files too large to be one article."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_CHARS:
        raise ValueError(
            f"file is {size / 1e6:.0f} MB, more than one article may be "
            f"({MAX_ARTICLE_CHARS / 1e6:.0f} MB); split it, e.g. into JSON Lines"
        )
    return decode(path.read_bytes())


@dataclass(frozen=True)
class Line:
    """One line of a streamed file: its text, or ``None`` when it was too long to keep."""

    number: int
    text: str | None
    warning: str | None = None


def iter_lines(path: Path, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Line]:
    """The lines of a text file, decoded, streamed with memory bounded by ``max_chars``.

    The first warning (a legacy encoding) comes with line 1. In a file that reads as UTF-8,
    each line is decoded on its own, so one line saved in a legacy encoding (a JSONL record
    pasted from another export) is decoded as such, with a warning naming its line, and does not
    garble its neighbours. Lines longer than ``max_chars`` are skipped without being held.
    """
    with path.open("rb") as raw:
        encoding = sniff(raw.read(SNIFF_BYTES), complete=False)
        raw.seek(0)
        if encoding.codec.startswith(("utf-16", "utf-32")):  # lines are not byte-separable
            text = io.TextIOWrapper(raw, encoding=encoding.codec, errors="replace", newline=None)
            pending = encoding.warning
            for number, line in enumerate(_bounded_lines(text, max_chars), start=1):
                warning, pending = pending, None
                yield Line(number, line, warning)
            return
        legacy = None if encoding.codec == "utf-8" else encoding
        pending = legacy.warning if legacy else None
        for number, data in enumerate(_bounded_byte_lines(raw, max_chars), start=1):
            warning, pending = pending, None
            if data is None:
                yield Line(number, None, warning)
                continue
            try:
                yield Line(number, _text(data.decode("utf-8-sig" if number == 1 else "utf-8")))
                continue
            except UnicodeDecodeError:
                pass
            codec = legacy.codec if legacy else _line_codec(data)
            if codec == "utf-8":
                line_text = data.decode("utf-8", errors="replace")
                yield Line(number, _text(line_text), "invalid UTF-8 replaced by U+FFFD")
            else:
                line_text = data.decode(codec, errors="replace")
                note = warning or f"this line is not UTF-8: read as {codec}"
                yield Line(number, _text(line_text), note)


def _line_codec(data: bytes) -> str:
    """The encoding of one line that is not valid UTF-8: a legacy code page when the line reads
    as one throughout (several non-ASCII bytes, none of them a UTF-8 sequence), else UTF-8 with
    some bad bytes."""
    text = data.decode("utf-8", errors="replace")
    utf8_chars = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    high_bytes = sum(1 for b in data if b > 127)
    if utf8_chars == 0 and high_bytes >= 2:
        return sniff(data).codec
    return "utf-8"


def _text(line: str) -> str:
    """Universal newlines, as text mode gives them."""
    return line.replace("\r\n", "\n").replace("\r", "\n")


def _bounded_byte_lines(raw: io.BufferedReader, max_chars: int) -> Iterator[bytes | None]:
    limit = max_chars * 4 + 1  # a character is at most four bytes of UTF-8
    while True:
        line = raw.readline(limit)
        if not line:
            return
        if len(line) < limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # drop the rest of the over-long line
            line = raw.readline(1 << 16)
        yield None


def _bounded_lines(text: io.TextIOWrapper, max_chars: int) -> Iterator[str | None]:
    while True:
        line = text.readline(max_chars + 1)
        if not line:
            return
        if len(line) <= max_chars or line.endswith("\n"):
            yield line
            continue
        while line and not line.endswith("\n"):  # drop the rest of the over-long line
            line = text.readline(1 << 16)
        yield None
