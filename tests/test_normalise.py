"""Arabic and Latin normalisation for matching, with offsets back into the original text."""

from __future__ import annotations

import pytest

from ingest.normalise import normalise, normalise_label
from ingest.tokens import arabic_readings


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("إدلب", "ادلب"),  # hamza under alef
        ("أستانة", "استانه"),  # hamza over alef, ta marbuta
        ("آل", "ال"),  # madda
        ("على", "علي"),  # alif maqsura = Egyptian-style ya
        ("علي", "علي"),
        ("مؤسسة", "موسسه"),  # waw with hamza
        ("رئيس", "رييس"),  # ya with hamza
        ("الرَّقَّة", "الرقه"),  # diacritics
        ("ســوريا", "سوريا"),  # tatweel
        ("\u200fحلب\u200e", "حلب"),  # direction marks
        ("ﻻ", "لا"),  # presentation form
        ("٢٠١٧", "2017"),  # Arabic-Indic digits
        ("Hassaké", "hassake"),
        ("L’Armée", "l'armee"),
    ],
)
def test_folds_orthographic_variants(written: str, folded: str) -> None:
    assert normalise_label(written) == folded


@pytest.mark.parametrize("text", ["وقَصَفَتْ «إدلب» اليوم", "\u200fالرقة\u200e ـ حلب", "Raqqa’s"])
def test_every_normalised_character_maps_back_into_the_original(text: str) -> None:
    n = normalise(text)
    assert len(n.origin) == len(n.text)
    assert all(0 <= i < len(text) for i in n.origin)
    assert list(n.origin) == sorted(n.origin)


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("وبالرقه", "الرقه"),
        ("للنظام", "النظام"),
        ("فسيطرت", "سيطرت"),
        ("كالجيش", "الجيش"),
        ("لقوات", "قوات"),
    ],
)
def test_clitic_readings_include_the_bare_word(word: str, reading: str) -> None:
    assert reading in arabic_readings(word)
