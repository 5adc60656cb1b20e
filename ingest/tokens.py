"""Tokens of a sentence: words and punctuation with their normalised form and original span.

Words are runs of letters and digits in the normalised text, so French elisions split at the
apostrophe (``l'armée`` → ``l`` ``armee``) and hyphenated names split at the hyphen. Arabic words
also carry their clitic readings: the word itself, then the word with the proclitics و ف ب ل ك
and the article removed, most literal first, so a matcher can try ``وبالرقة`` as ``الرقة``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ingest.normalise import NormalisedText, normalise

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
# The same tokens, each with the white space before it: ``findall`` returns plain strings, and
# the offsets follow by adding lengths, cheaper than a match object per token.
_SPACED_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s])", re.UNICODE)
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


QUOTES = frozenset({'"', "«", "»", "“", "”", "„"})
LIST_PUNCTUATION = QUOTES | {",", "،", "/"}  # what may stand between the items of a list
HYPHENS = frozenset({"-", "‑", "–"})  # a compound: "US-backed", "IS-held"


class Token(NamedTuple):
    """One word or punctuation mark (a named tuple: an article makes thousands of them)."""

    norm: str  # normalised form
    start: int  # original character span in the article
    end: int
    surface: str  # as written in the article
    is_word: bool

    @property
    def is_upper(self) -> bool:
        return self.surface.isupper()


@lru_cache(maxsize=65536)
def arabic_readings(word: str) -> tuple[str, ...]:
    """Readings of a normalised Arabic word with its proclitics removed, most literal first.

    >>> arabic_readings("وبالرقه")
    ('وبالرقه', 'بالرقه', 'الرقه', 'رقه')
    >>> arabic_readings("للنظام")
    ('للنظام', 'النظام', 'نظام')
    >>> arabic_readings("حلب")
    ('حلب',)
    """
    readings = [word]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in readings:
            readings.append(form)

    stems = [word]
    if word[:1] in _CONJUNCTIONS and len(word) > 3:
        stems.append(word[1:])
    for stem in list(stems):
        if stem[:1] in _PREPOSITIONS and len(stem) > 3:
            rest = stem[1:]
            # ل + ال elides the alef: للنظام = ل + النظام
            stems.append("ا" + rest if stem.startswith("لل") else rest)
    for stem in stems:
        add(stem)
    for stem in stems:
        if stem.startswith("ال") and len(stem) > 4:
            add(stem[2:])
    return tuple(readings)


def tokenize(text: str, offset: int = 0, norm: NormalisedText | None = None) -> list[Token]:
    """Split ``text`` (which starts at ``offset`` in the article) into tokens.

    >>> [t.norm for t in tokenize("L’armée syrienne a repris Deir ez-Zor.")]
    ['l', "'", 'armee', 'syrienne', 'a', 'repris', 'deir', 'ez', '-', 'zor', '.']
    >>> t = tokenize("قصفت «داعش»", offset=10)[2]; (t.norm, t.start, t.end, t.surface)
    ('داعش', 16, 20, 'داعش')
    """
    n = norm or normalise(text)
    new = tuple.__new__  # skips the named tuple's Python-level __new__: ~800 tokens an article
    tokens = []
    if n.aligned:  # the usual case: normalised offsets are the original ones
        end = 0
        for space, word in _SPACED_TOKEN.findall(n.text):
            start = end + len(space)
            end = start + len(word)
            fields = (word, start + offset, end + offset, text[start:end], word[0].isalnum())
            tokens.append(new(Token, fields))
        return tokens
    for m in _TOKEN.finditer(n.text):
        word = m.group()
        start, end = n.span(*m.span())
        fields = (word, start + offset, end + offset, text[start:end], word[0].isalnum())
        tokens.append(new(Token, fields))
    return tokens
