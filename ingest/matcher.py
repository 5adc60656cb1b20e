"""Finding gazetteer names in tokenised text, robust to Arabic clitics and orthography.

Every label and alias of every reference entity is normalised and tokenised the same way as the
text; the matcher then walks the sentence and takes, at each position, the longest name that
starts there. The first word of a name may carry Arabic proclitics (``وبالرقة``), read through
:func:`ingest.tokens.arabic_readings`. Short all-capital acronyms (IS, EI, SDF) only match when
written in capitals, so "is" and "us" stay ordinary words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.tokens import Token, arabic_readings, tokenize
from kg.model import Entity

_SKIPPED = {"-", "'", "ـ", '"', "«", "»", "“", "”", "„", "‹", "›"}
# When two entities share a name, the more specific reading wins in this order.
_TYPE_PRIORITY = {
    "City": 0,
    "Town": 1,
    "Village": 2,
    "Neighbourhood": 3,
    "OilField": 4,
    "GasField": 4,
    "Dam": 4,
    "Airbase": 4,
    "MilitaryBase": 4,
    "BorderCrossing": 4,
    "Facility": 5,
    "Region": 6,
    "WaterBody": 6,
    "Governorate": 7,
    "CountryTerritory": 8,
}


@dataclass(frozen=True)
class Match:
    entity: Entity
    first: int  # index in the matchable token list
    last: int  # exclusive
    start: int  # original character span
    end: int


@dataclass(frozen=True)
class _Name:
    entity: Entity
    case_sensitive: bool
    preferred: bool


def name_key(label: str) -> tuple[str, ...]:
    """The token sequence a label is matched by.

    >>> name_key("Deir ez-Zor"), name_key("L’Armée syrienne libre")
    (('deir', 'ez', 'zor'), ('l', 'armee', 'syrienne', 'libre'))
    """
    return tuple(t.norm for t in tokenize(label) if t.norm not in _SKIPPED)


def matchable(tokens: Sequence[Token]) -> list[Token]:
    """The tokens names are matched over: hyphens and apostrophes dropped."""
    return [t for t in tokens if t.norm not in _SKIPPED]


class NameMatcher:
    """Longest-match lookup of many multi-word names."""

    def __init__(self, entities: Iterable[Entity]):
        names: dict[tuple[str, ...], _Name] = {}
        for entity in entities:
            preferred = set(entity.labels.values())
            for label in entity.all_labels():
                key = name_key(label)
                if not key or (len(key) == 1 and len(key[0]) < 2):
                    continue
                letters = label.replace("-", "").replace(" ", "")
                case_sensitive = letters.isascii() and letters.isupper() and len(letters) <= 5
                cand = _Name(entity, case_sensitive, label in preferred)
                names[key] = _better(names.get(key), cand)
        self._names = names
        self._lengths: dict[str, set[int]] = defaultdict(set)
        for key in names:
            self._lengths[key[0]].add(len(key))
        # Per word: name lengths (longest first) and the readings that start a name.
        self._starts: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}

    def __len__(self) -> int:
        return len(self._names)

    def lookup(self, label: str) -> Entity | None:
        """The entity a whole label names, if any (``"داعش"`` → Islamic State)."""
        key = name_key(label)
        if len(key) == 1:
            for reading in arabic_readings(key[0]):
                if (reading,) in self._names:
                    return self._names[(reading,)].entity
        hit = self._names.get(key)
        return hit.entity if hit else None

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right, over :func:`matchable` tokens."""
        words = matchable(tokens)
        starts, starting = self._starts, self._starting
        out: list[Match] = []
        free = 0  # matches do not overlap: the next one starts at or after this position
        for i, word in enumerate(words):
            if i < free or not word.is_word:
                continue
            if not (starts.get(word.norm) or starting(word.norm))[1]:
                continue  # starts no name
            hit = self._match_at(words, i)
            if hit is not None:
                out.append(hit)
                free = hit.last
        return out

    def _match_at(self, words: Sequence[Token], i: int) -> Match | None:
        first = words[i]
        if not first.is_word:
            return None
        lengths, readings = self._starting(first.norm)
        for length in lengths:
            if i + length > len(words):
                continue
            rest = tuple([t.norm for t in words[i + 1 : i + length]]) if length > 1 else ()
            for reading in readings:
                name = self._names.get((reading, *rest))
                if name is None and rest and len(_latin_readings(rest[-1])) > 1:
                    # "al-Qaedas former affiliate": the possessive "s" on a name's last word
                    name = self._names.get((reading, *rest[:-1], rest[-1][:-1]))
                if name is None:
                    continue
                span = words[i : i + length]
                if name.case_sensitive and not all(t.is_upper for t in span if t.is_word):
                    continue
                start = _start_after_clitics(first, reading)
                return Match(name.entity, i, i + length, start, span[-1].end)
        return None

    def _starting(self, word: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        entry = self._starts.get(word)
        if entry is None:
            readings = arabic_readings(word) if not word.isascii() else _latin_readings(word)
            starting = tuple(r for r in readings if r in self._lengths)
            lengths = sorted({n for r in starting for n in self._lengths[r]}, reverse=True)
            entry = (tuple(lengths), starting)
            if len(self._starts) >= 65_536:  # bound the memory of a long run's vocabulary
                self._starts.clear()
            self._starts[word] = entry
        return entry


def _latin_readings(word: str) -> tuple[str, ...]:
    """The word, then without a possessive "s" that lost its apostrophe in scraped text
    ("Daeshs fighters", "Syrias Raqqa")."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return (word, word[:-1])
    return (word,)


def _start_after_clitics(token: Token, reading: str) -> int:
    if token.norm.startswith(reading):
        return token.start  # nothing before the name (at most a suffix after it)
    stripped = len(token.norm) - len(reading)
    if reading.startswith("ا") and not token.norm.endswith(reading):
        stripped += 1  # ل + ال elided the alef
    if stripped > 0 and len(token.surface) == len(token.norm):
        return token.start + stripped
    return token.start


def _better(old: _Name | None, new: _Name) -> _Name:
    if old is None:
        return new

    def rank(n: _Name) -> tuple[int, int, int, str]:
        return (
            0 if n.entity.is_actor else 1,
            0 if n.preferred else 1,
            _TYPE_PRIORITY.get(n.entity.type, 0),
            n.entity.ident,
        )

    return min(old, new, key=rank)
