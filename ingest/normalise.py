"""Orthographic normalisation for matching, keeping offsets into the original text.

Arabic: diacritics, tatweel and direction marks dropped; hamza-carrying alefs, alif maqsura,
ta marbuta, waw and ya with hamza folded; presentation forms and Arabic-Indic digits mapped to
their plain forms. Latin: case and accents folded, typographic apostrophes and dashes unified.
Each character of the normalised text remembers the original character it came from, so a
match found in normalised text maps back to an exact span of what the article wrote.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_ARABIC_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ک": "ك",
    "ە": "ه",
    "ۀ": "ه",
}
_APOSTROPHES = "'’‘ʼ`´ʻ"
_DASHES = "‐‑‒–—―−"
_INVISIBLE = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u0640",
    *(chr(c) for c in range(0x202A, 0x202F)),
    *(chr(c) for c in range(0x2066, 0x206A)),
}


def _is_arabic_mark(c: str) -> bool:
    o = ord(c)
    return 0x0610 <= o <= 0x061A or 0x064B <= o <= 0x065F or o == 0x0670 or 0x06D6 <= o <= 0x06ED


@lru_cache(maxsize=8192)
def fold_char(c: str) -> str:
    """Normalised form of one character ('' when it is dropped).

    >>> fold_char("إ"), fold_char("ة"), fold_char("É"), fold_char("\u0640"), fold_char("٣")
    ('ا', 'ه', 'e', '', '3')
    """
    if c in _INVISIBLE or _is_arabic_mark(c) or c == "\x00":
        return ""
    if c in _APOSTROPHES:
        return "'"
    if c in _DASHES:
        return "-"
    if c in _ARABIC_FOLD:
        return _ARABIC_FOLD[c]
    if c.isdigit():
        try:
            return str(unicodedata.digit(c))
        except (TypeError, ValueError):
            return c
    out = []
    for d in unicodedata.normalize("NFKD", c):
        if unicodedata.combining(d) and not ("\u0600" <= d <= "\u06ff"):
            continue
        if _is_arabic_mark(d) or d in _INVISIBLE:
            continue
        folded = d.casefold()
        out.append("".join(_ARABIC_FOLD.get(x, x) for x in folded))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding every character met so far; learns new ones on demand."""

    def __init__(self) -> None:
        super().__init__()
        self.resized: set[str] = set()  # characters whose fold is not exactly one character

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        if len(folded) != 1:
            self.resized.add(chr(code))
        return folded


_FOLD = _FoldTable()


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the offset of the original character."""

    text: str
    origin: Sequence[int]  # a range when aligned
    original_length: int
    aligned: bool = False  # every character folded to exactly one: offsets are unchanged

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original character span of normalised characters ``[start, end)``."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def normalise(text: str) -> NormalisedText:
    """Normalise ``text`` for matching.

    >>> n = normalise("وقصفت الطائرات الروسيّة «إدلب»")
    >>> n.text
    'وقصفت الطايرات الروسيه «ادلب»'
    >>> start = n.text.index("ادلب"); text = "وقصفت الطائرات الروسيّة «إدلب»"
    >>> text[slice(*n.span(start, start + 4))]
    'إدلب'
    """
    folded = text.translate(_FOLD)
    if _FOLD.resized.isdisjoint(text):
        # a range, not a tuple of every offset: it indexes the same and costs nothing to build
        return NormalisedText(folded, range(len(text)), len(text), aligned=True)
    origin = tuple(i for i, c in enumerate(text) for _ in range(len(_FOLD[ord(c)])))
    return NormalisedText(folded, origin, len(text))


def normalise_label(label: str) -> str:
    """Normalised form of a short label, without offsets.

    >>> normalise_label("L’Armée  syrienne"), normalise_label("تنظيم الدولة الإسلامية")
    ("l'armee  syrienne", 'تنظيم الدوله الاسلاميه')
    """
    return label.translate(_FOLD)


def is_arabic(text: str) -> bool:
    """True when most letters of ``text`` are Arabic.

    >>> is_arabic("قوات سوريا الديمقراطية (قسد)"), is_arabic("SDF")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return sum("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in letters) * 2 > len(
        letters
    )
