"""Trigger words of a parsed sentence, looked up in the language's lexicon (``triggers.tsv``).

Each parsed word is tokenised and normalised exactly as the rule-based extractor reads text, and
the lexicon's phrase index finds the longest trigger (« pris le contrôle », سيطرة) over those
tokens; a word no surface form matched is tried once more by its lemma (attaquer, قصف), which
catches inflections the lexicon does not list. A multi-word trigger is represented by its
syntactic head: the one word of the phrase whose head lies outside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.languages import get_language
from ingest.lexicon import Lexicon, Trigger
from ingest.matcher import matchable
from ingest.parsing.model import ParsedSentence, ParsedToken
from ingest.tokens import Token, tokenize

_FUNCTION_WORDS = ("ADP", "DET", "PUNCT", "CCONJ", "SCONJ", "PART", "AUX")


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in a sentence: its lexicon entry, its words and their head."""

    trigger: Trigger
    words: tuple[ParsedToken, ...]
    head: ParsedToken

    @property
    def start(self) -> int:
        return min(w.start for w in self.words)

    @property
    def end(self) -> int:
        return max(w.end for w in self.words)


def lexicon_for(lang: str) -> Lexicon:
    """The rule-based extractor's lexicon of ``lang`` (cached by its loader)."""
    return get_language(lang).lexicon()


def find_triggers(sentence: ParsedSentence, lexicon: Lexicon) -> list[TriggerHit]:
    """Every trigger of ``sentence``, in order; a word belongs to at most one."""
    flat: list[Token] = []
    owner: list[ParsedToken] = []
    for word in sentence.tokens:
        for token in matchable(tokenize(word.text, offset=word.start)):
            flat.append(token)
            owner.append(word)
    hits: list[TriggerHit] = []
    claimed: set[int] = set()
    for begin, end, triggers in lexicon.triggers.find(flat):
        words = _unique(owner[begin:end])
        if all(w.upos in _FUNCTION_WORDS for w in words):
            continue  # the parse tells « entre » (between) from « entré » (entered)
        claimed.update(w.index for w in words)
        hits.append(_hit(sentence, triggers[0], words))
    for word in sentence.tokens:
        if word.index in claimed or not word.lemma or word.upos in _FUNCTION_WORDS:
            continue
        lemma_tokens = matchable(tokenize(word.lemma, offset=word.start))
        if len(lemma_tokens) == 1:
            match = lexicon.triggers.match_at(lemma_tokens, 0)
            if match is not None:
                hits.append(_hit(sentence, match[1][0], (word,)))
    return sorted(hits, key=lambda h: h.head.index)


def _unique(words: Sequence[ParsedToken]) -> tuple[ParsedToken, ...]:
    seen: dict[int, ParsedToken] = {}
    for word in words:
        seen.setdefault(word.index, word)
    return tuple(seen.values())


def _hit(sentence: ParsedSentence, trigger: Trigger, words: tuple[ParsedToken, ...]) -> TriggerHit:
    inside = {w.index for w in words}
    heads = [w for w in words if w.head not in inside]
    content = [w for w in heads if w.upos not in _FUNCTION_WORDS]  # not « de » in « contrôle de »
    return TriggerHit(trigger, words, (content or heads or list(words))[0])
