"""Sentence splitting with offsets, and marking sentences an article repeats.

Sentences end at a newline or after . ! ? ؟ followed by white space: the same rule the gold
files' sentence numbers use, so ``kg explain`` and the evidence indices line up with them.
A sentence whose normalised text already occurred earlier in the article (scraped pages repeat
paragraphs) is marked ``duplicate`` and not extracted from again. A run of text with no
boundary longer than :data:`MAX_SENTENCE_CHARS` (a scraped page with no punctuation, a 5 MB
line) is cut at white space into pieces of at most that length, so extraction stays linear.
"""

from __future__ import annotations

import re

from ingest.normalise import normalise_label
from kg.model import Sentence

_BOUNDARY = re.compile(r"(?<=[.!?؟])\s+|\n+")
MAX_SENTENCE_CHARS = 2000
_LAST_SPACE = re.compile(r"\s(?=\S*\Z)")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at white space into spans no longer than the sentence limit."""
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = _LAST_SPACE.search(text, start, start + MAX_SENTENCE_CHARS)
        stop = cut.start() if cut and cut.start() > start else start + MAX_SENTENCE_CHARS
        spans.append((start, stop))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    return [*spans, (start, end)]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their character spans.

    >>> [(s.index, s.text, s.duplicate) for s in split_sentences("A fell. B rose!\\nA fell.")]
    [(0, 'A fell.', False), (1, 'B rose!', False), (2, 'A fell.', True)]
    """
    out: list[Sentence] = []
    seen: set[str] = set()
    pos = 0
    for m in [*_BOUNDARY.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            first = pos + chunk.index(stripped)
            for start, stop in _pieces(text, first, first + len(stripped)):
                piece = text[start:stop]
                key = " ".join(normalise_label(piece).split())
                out.append(Sentence(len(out), start, stop, piece, key in seen))
                seen.add(key)
        if m:
            pos = m.end()
    return out
