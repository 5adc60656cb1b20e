"""Per-language lexicons read from ``ontology/lexicon/<lang>/``: triggers, cues, naming patterns.

The words live in data files so that an analyst can add a trigger or a cue without touching
code: ``triggers.tsv`` (relation, frame, confidence, forms), ``cues.tsv`` (kind, forms),
``naming.tsv`` (how news introduces unknown places and groups) and ``stopwords.txt``. Every form
is normalised and tokenised exactly like the text, so orthographic variants match for free.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from ingest.matcher import name_key
from ingest.normalise import normalise_label
from ingest.tokens import Token
from kg.errors import InputError
from kg.model import Relation
from kg.resources import lexicon_dir

T = TypeVar("T")
FRAMES = (
    "verb",
    "noun",
    "withdraw",
    "passive",
    "backed",
    "genitive",
    "expel",
    "handover",
    "stronghold",
    "aided",
    "member",
    "possessed",
    "receive",
    "subjected",
    "casualty",
    "give",
    "kill",
    "take",
    "fall",
    "includes",
)
CUE_KINDS = (
    "negation",
    "modality",
    "cancel",
    "report",
    "agent_marker",
    "conjunction",
    "location_marker",
    "recipient_marker",
    "source_marker",
    "clause_break",
    "anaphor_group",
    "force_noun",
    "unnamed_agent",
    "non_cue",
    "between_marker",
    "genitive_marker",
    "name_prefix",
    "purpose",
    "resumptive",
    "quantity",
    "compound_participle",
    "direction",
    "list_head",
    "after",
    "origin_compound",
    "event_noun",
    "force_modifier",
    "idiom",
    "subject_pronoun",
    "side_marker",
    "determiner",
    "possessive",
    "vicinity",
    "list_filler",
    "anaphor_force",
    "partner_marker",
    "complementizer",
    "relative_pronoun",
    "copula",
    "aid_noun",
    "border_with",
    "opponent_marker",
    "part_noun",
    "auxiliary",
    "operation_noun",
    "based_in",
    "light_verb",
    "coordinator",
    "object_preposition",
    "located_in",
    "anaphor_place",
    "siege_imposer",
    "taken_from",
    "responsibility",
    "dispatch",
    "possessive_marker",
    "continuation",
    "position_noun",
    "official_noun",
    "subordinator",
    "departure",
    "attempt",
    "holding",
    "stance",
    "vague_amount",
    "former",
    "behalf",
    "named_operation",
    "repel",
    "object_pronoun",
    "intervention",
    "retaliation",
    "title_modifier",
    "companion",
    "time_marker",
    "time_word",
    "opening_adverbial",
    "own_weapons",
    "announce",
)
Readings = Callable[[str], Sequence[str]]


def as_written(word: str) -> Sequence[str]:
    """The readings of a word in a language without clitics: the word itself."""
    return (word,)


CALIBRATION_FILE = "calibration.tsv"


_NO_START: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())
# Distinct words remembered per index before starting afresh: a language has ~27 indexes, so
# this bounds the caches to a few tens of MB however large the vocabulary of a long run.
_CACHE_LIMIT = 16_384


class PhraseIndex(Generic[T]):
    """Longest-match lookup of multi-word phrases over normalised word tokens.

    Most words start no phrase, and the same words recur in every sentence, so each index
    remembers per word which of its readings start a phrase and with what lengths (longest
    first): a word that starts nothing costs one dictionary lookup.
    """

    def __init__(self, readings: Readings) -> None:
        self._phrases: dict[tuple[str, ...], list[T]] = defaultdict(list)
        self._lengths: dict[str, set[int]] = defaultdict(set)
        self._readings = readings
        self._starts: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        self._single: dict[str, bool] = {}
        self._seen: set[str] = set()  # words whose readings were looked up for :meth:`find`
        self._starters: set[str] = set()  # those of them that start a phrase
        self._tested: set[str] = set()  # words asked about by :meth:`single_words_in`
        self._singles: set[str] = set()  # those of them that are a one-word phrase
        # Read as written (no clitics), a word starts a phrase when it is a first word, and is
        # a one-word phrase when it is one: set operations answer for a whole sentence.
        self._as_written = readings is as_written
        self._one_words: set[str] = set()

    def add(self, key: tuple[str, ...], value: T) -> None:
        if key:
            self._phrases[key].append(value)
            self._lengths[key[0]].add(len(key))
            if len(key) == 1:
                self._one_words.add(key[0])
            self._starts.clear()
            self._single.clear()
            self._seen.clear()
            self._starters.clear()
            self._tested.clear()
            self._singles.clear()

    def starts(self, word: str) -> bool:
        """True when some phrase begins with ``word`` exactly (no clitic reading)."""
        return word in self._lengths

    def __contains__(self, word: str) -> bool:
        found = self._single.get(word)
        if found is None:
            found = any((r,) in self._phrases for r in self._readings(word))
            if len(self._single) >= _CACHE_LIMIT:
                self._single.clear()
            self._single[word] = found
        return found

    def single_words_in(self, words: Sequence[Token]) -> frozenset[str]:
        """The normalised forms of ``words`` that are one-word phrases of this index (those for
        which ``norm in index`` holds): two set operations once each word has been asked about,
        instead of one lookup per token."""
        norms = _distinct_norms(words)
        if self._as_written:
            return norms & self._one_words
        unseen = norms - self._tested
        if unseen:
            if len(self._tested) >= _CACHE_LIMIT:
                self._tested.clear()
                self._singles.clear()
                unseen = norms
            self._singles.update(w for w in unseen if w in self)
            self._tested |= unseen
        return norms & self._singles

    def _starting(self, word: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """Phrase lengths (longest first) and the readings of ``word`` that start a phrase."""
        entry = self._starts.get(word)
        if entry is None:
            readings = tuple(r for r in self._readings(word) if r in self._lengths)
            lengths = {n for r in readings for n in self._lengths[r]}
            entry = (tuple(sorted(lengths, reverse=True)), readings) if readings else _NO_START
            if len(self._starts) >= _CACHE_LIMIT:
                self._starts.clear()
            self._starts[word] = entry
        return entry

    def match_at(self, words: Sequence[Token], i: int) -> tuple[int, list[T]] | None:
        """Length and values of the longest phrase starting at ``words[i]`` (None past either
        end of ``words``)."""
        if not 0 <= i < len(words):
            return None
        norm = words[i].norm
        entry = self._starts.get(norm)
        lengths, readings = entry if entry is not None else self._starting(norm)
        if not readings:
            return None
        for length in lengths:
            if i + length > len(words):
                continue
            rest = tuple([t.norm for t in words[i + 1 : i + length]]) if length > 1 else ()
            for reading in readings:
                values = self._phrases.get((reading, *rest))
                if values:
                    return length, values
        return None

    def _learn(self, norms: frozenset[str]) -> None:
        """Remember which of ``norms`` start a phrase (for :meth:`find`)."""
        unseen = norms - self._seen
        if len(self._seen) >= _CACHE_LIMIT:
            self._seen.clear()
            self._starters.clear()
            unseen = norms
        self._seen |= unseen
        self._starters.update(w for w in unseen if self._starting(w)[1])

    def find(
        self, words: Sequence[Token], skip: Callable[[int], bool] = lambda i: False
    ) -> list[tuple[int, int, list[T]]]:
        """Non-overlapping longest matches, left to right: (first, end, values) each.

        A list, not a generator: a sentence is searched by a dozen indexes and most find
        nothing in it, which two set tests on its distinct words tell before any per-word
        work; starting a generator would cost about as much as those tests.
        """
        norms = _distinct_norms(words)
        starters: Container[str]
        if self._as_written:
            starters = self._lengths.keys()
            if starters.isdisjoint(norms):
                return []
        else:
            if not norms <= self._seen:
                self._learn(norms)
            starters = self._starters
            if starters.isdisjoint(norms):
                return []
        found = []
        free = 0  # matches do not overlap: the next one starts at or after this position
        for i in [i for i, word in enumerate(words) if word.norm in starters]:
            if i < free or skip(i):
                continue
            hit = self.match_at(words, i)
            if hit is not None:
                found.append((i, i + hit[0], hit[1]))
                free = i + hit[0]
        return found


_last_norms: tuple[Sequence[Token], frozenset[str]] = ((), frozenset())


def _distinct_norms(words: Sequence[Token]) -> frozenset[str]:
    """The set of ``words``' normalised forms, remembered for the last list asked about: the
    indexes searching one sentence all receive the same list (its tokens never change)."""
    global _last_norms
    last = _last_norms
    if last[0] is words:
        return last[1]
    norms = frozenset([w.norm for w in words])
    _last_norms = (words, norms)
    return norms


@dataclass(frozen=True)
class Trigger:
    relation: Relation
    frame: str
    confidence: float
    form: str


@dataclass(frozen=True)
class NamingPattern:
    kind: str  # actor | place
    type: str
    position: str  # before | after the name
    confidence: float
    head: str


@dataclass
class Lexicon:
    lang: str
    triggers: PhraseIndex[Trigger]
    cues: dict[str, PhraseIndex[str]]
    naming: PhraseIndex[NamingPattern]
    stopwords: set[str] = field(default_factory=set)
    # a word of an anaphor → the designation it carries ("jihadists" → jihadist), which limits
    # the groups the anaphor may refer to (the gazetteer's designations files)
    designations: dict[str, str] = field(default_factory=dict)
    # calibrated confidence per (relation, frame), for frames a trigger is read in that are
    # not its own row's (a `possessed` noun read as a `title`)
    calibration: dict[tuple[str, str], float] = field(default_factory=dict)

    def reframed(self, trigger: Trigger, frame: str) -> Trigger:
        """``trigger`` read in another ``frame``, with that frame's calibrated confidence when
        it has one (else the trigger's own)."""
        value = self.calibration.get((trigger.relation.value, frame), trigger.confidence)
        return replace(trigger, frame=frame, confidence=value)

    def cue(self, kind: str) -> PhraseIndex[str]:
        return self.cues[kind]

    def triggers_has(self, word: str) -> bool:
        """True when ``word`` as written (no clitic reading) begins a trigger."""
        return self.triggers.starts(word)


def _tsv(path: Path, required: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    if not path.is_file():
        return
    rows = csv.reader(
        path.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    header = next(rows, [])
    if [c for c in required if c not in header]:
        raise InputError(f"header must name the columns {', '.join(required)}", path=path, line=1)
    for line, row in enumerate(rows, start=2):
        if row and row[0].strip() and not row[0].startswith("#"):
            yield line, dict(zip(header, row, strict=False))


def _forms(value: str) -> list[str]:
    return [f.strip() for f in value.split("|") if f.strip()]


def _calibration(path: Path) -> dict[tuple[str, str], float]:
    """Calibrated confidence per (relation, frame), written by scripts/calibrate_confidence.py;
    empty when the file is absent or ``KG_CALIBRATION=off`` (to judge the priors themselves)."""
    if os.environ.get("KG_CALIBRATION", "").lower() == "off" or not path.exists():
        return {}
    out = {}
    for line, row in _tsv(path, ("relation", "frame", "judged", "correct", "confidence")):
        try:
            out[(row["relation"], row["frame"])] = float(row["confidence"])
        except ValueError:
            raise InputError("confidence must be a number", path=path, line=line) from None
    return out


def load_lexicon(
    lang: str,
    readings: Readings,
    trigger_readings: Readings,
    definite_article: str = "",
    folder: Path | None = None,
) -> Lexicon:
    """Read the lexicon files of ``lang``."""
    folder = folder or lexicon_dir() / lang
    return _load(lang, readings, trigger_readings, definite_article, folder)


@lru_cache(maxsize=16)
def _load(
    lang: str, readings: Readings, trigger_readings: Readings, article: str, folder: Path
) -> Lexicon:
    triggers: PhraseIndex[Trigger] = PhraseIndex(trigger_readings)
    calibrated = _calibration(folder / CALIBRATION_FILE)
    path = folder / "triggers.tsv"
    for line, row in _tsv(path, ("relation", "frame", "confidence", "forms")):
        try:
            relation = Relation(row["relation"].strip())
            confidence = float(row["confidence"])
        except ValueError as exc:
            raise InputError(f"bad relation or confidence: {exc}", path=path, line=line) from None
        if row["frame"] not in FRAMES:
            raise InputError(f"frame '{row['frame']}' is not one of {FRAMES}", path=path, line=line)
        for form in _forms(row["forms"]):
            value = calibrated.get((relation.value, row["frame"]), confidence)
            trigger = Trigger(relation, row["frame"], value, form)
            key = name_key(form)
            triggers.add(key, trigger)
            bare = key[0].removeprefix(article) if article else key[0]
            if bare != key[0] and len(bare) > 2:  # text readings drop the article, never add it
                triggers.add((bare, *key[1:]), trigger)
    cues: dict[str, PhraseIndex[str]] = {kind: PhraseIndex(readings) for kind in CUE_KINDS}
    path = folder / "cues.tsv"
    for line, row in _tsv(path, ("kind", "forms")):
        if row["kind"] not in cues:
            raise InputError(
                f"cue kind '{row['kind']}' is not one of {CUE_KINDS}", path=path, line=line
            )
        for form in _forms(row["forms"]):
            cues[row["kind"]].add(name_key(form), form)
    naming: PhraseIndex[NamingPattern] = PhraseIndex(readings)
    path = folder / "naming.tsv"
    for _line, row in _tsv(path, ("kind", "type", "position", "confidence", "heads")):
        for head in _forms(row["heads"]):
            pattern = NamingPattern(
                row["kind"], row["type"], row["position"], float(row["confidence"]), head
            )
            naming.add(name_key(head), pattern)
    designations: dict[str, str] = {}
    for _line, row in _tsv(folder / "designations.tsv", ("designation", "forms")):
        for form in _forms(row["forms"]):
            for word in name_key(form):
                designations[word] = row["designation"].strip()
    stop_path = folder / "stopwords.txt"
    stopwords: set[str] = set()
    if stop_path.is_file():
        for line_text in stop_path.read_text(encoding="utf-8").splitlines():
            if not line_text.startswith("#"):
                stopwords.update(normalise_label(w) for w in line_text.split())
    return Lexicon(lang, triggers, cues, naming, stopwords, designations, calibrated)
