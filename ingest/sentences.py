"""Sentence splitting with offsets, and marking sentences an article repeats.

Sentences end at a newline or after . ! ? ؟ followed by white space: the same rule the gold
files' sentence numbers use, so ``kg explain`` and the evidence indices line up with them.
A sentence whose normalised text already occurred earlier in the article (scraped pages repeat
paragraphs) is marked ``duplicate`` and not extracted from again.
"""

from __future__ import annotations

import re

from ingest.normalise import normalise_label
from kg.model import Sentence

_BOUNDARY = re.compile(r"(?<=[.!?؟])\s+|\n+")


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
            start = pos + chunk.index(stripped)
            key = " ".join(normalise_label(stripped).split())
            out.append(Sentence(len(out), start, start + len(stripped), stripped, key in seen))
            seen.add(key)
        if m:
            pos = m.end()
    return out
