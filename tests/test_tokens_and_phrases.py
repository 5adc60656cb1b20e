"""Tokens keep their original spans, and phrase lookups answer the same whatever they remember."""

from __future__ import annotations

import pytest

import ingest.lexicon as lexicon
from ingest.lexicon import PhraseIndex
from ingest.matcher import matchable, name_key
from ingest.normalise import normalise_label
from ingest.tokens import Token, arabic_readings, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "The SDF took  Raqqa,\tthen moved east.",
        "L’armée syrienne a repris Deir ez-Zor.",
        "قصفت «داعش» مواقع في الرَّقَّة",  # diacritics: normalised offsets differ
        "ســوريا\u200f و حلب",  # tatweel and a direction mark
        "   leading and trailing spaces   ",
        "",
    ],
)
def test_every_token_spans_the_original_text_it_came_from(text: str) -> None:
    tokens = tokenize(text, offset=7)
    assert all(text[t.start - 7 : t.end - 7] == t.surface for t in tokens)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert all(t.norm == normalise_label(t.surface) for t in tokens)


def _words(sentence: str) -> list[Token]:
    return matchable(tokenize(sentence))


def _index(*phrases: str) -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex(arabic_readings)
    for phrase in phrases:
        index.add(name_key(phrase), phrase)
    return index


def _found(index: PhraseIndex[str], words: list[Token]) -> list[tuple[int, int, list[str]]]:
    return list(index.find(words))


def test_the_longest_phrase_wins_and_matches_do_not_overlap() -> None:
    index = _index("took control", "took control of", "control of the city")
    words = _words("They took control of the city and took control again.")
    assert _found(index, words) == [(1, 4, ["took control of"]), (7, 9, ["took control"])]


def test_a_phrase_added_after_a_search_is_found_in_the_same_sentence() -> None:
    index = _index("shelled")
    words = _words("Government forces shelled the town of Kafr Nabl.")
    assert _found(index, words) == [(2, 3, ["shelled"])]
    index.add(name_key("the town of"), "the town of")
    assert _found(index, words) == [(2, 3, ["shelled"]), (3, 6, ["the town of"])]


def test_arabic_phrases_are_found_behind_clitics() -> None:
    index = _index("سيطرت على")
    assert _found(index, _words("وسيطرت على البلدة")) == [(0, 2, ["سيطرت على"])]


def test_answers_do_not_depend_on_how_many_words_the_index_remembers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = [
        "Rebels shelled the airport at dawn.",
        "The army shelled the town of Daraa.",
        "Nobody here shelled anything, the town of Daraa said.",
    ] * 3
    expected = [_found(_index("shelled", "the town of"), _words(s)) for s in sentences]
    monkeypatch.setattr(lexicon, "_CACHE_LIMIT", 2)  # forget after every two words
    index = _index("shelled", "the town of")
    assert [_found(index, _words(s)) for s in sentences] == expected
