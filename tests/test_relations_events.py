"""Events told through their toll: who struck the side whose dead a sentence counts.

Every case is (language, sentence, expected triples as gazetteer ids). All sentences were
written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import triples


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Twenty IS militants were killed in clashes, car bombings and US-led air strikes "
            "in Kobani.",
            {("attacks", "international-coalition", "islamic-state")},
        ),
        (
            "fr",
            "Vingt jihadistes de l'EI ont été tués dans des combats, des attentats et des "
            "frappes russes près de Raqqa.",
            {("attacks", "russia", "islamic-state")},
        ),
    ],
)
def test_the_dead_were_struck_by_whoever_a_listed_strike_noun_names(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = triples(pipeline, text, lang)
    assert expected <= found
    assert not {t for t in found if t[0] == "attacks" and t[1] == "islamic-state"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Syrian government forces used sarin in Khan Sheikhoun.",
            {("attacks", "syrian-government-forces", "khan-shaykhun")},
        ),
        (
            "en",
            "Washington accused Damascus of using chemical weapons against civilians in "
            "Eastern Ghouta.",
            {("attacks", "syrian-government-forces", "eastern-ghouta")},
        ),
        (
            "fr",
            "L'armée syrienne a largué des bombes à sous-munitions sur Douma.",
            {("attacks", "syrian-government-forces", "douma")},
        ),
        (
            "ar",
            "استخدمت قوات النظام غاز الكلور في قصف دوما.",
            {("attacks", "syrian-government-forces", "douma")},
        ),
    ],
)
def test_a_banned_weapon_used_on_a_place_is_an_attack_on_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia denied that the Syrian army used chemical weapons in Douma."),
        ("en", "Syria agreed to hand over its chemical weapons."),
        ("fr", "Le régime dément avoir utilisé des armes chimiques à Douma."),
    ],
)
def test_a_denied_or_surrendered_weapon_is_no_attack(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "attacks"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian and Syrian jets pounded Idlib for a fifth day."),
        ("en", "Syrian and Russian warplanes bombed Idlib."),
        ("fr", "Les avions russes et syriens ont bombardé Idleb."),
    ],
)
def test_two_demonyms_sharing_a_force_noun_each_name_a_state_that_struck(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert {
        ("attacks", "russia", "idlib"),
        ("attacks", "syrian-government-forces", "idlib"),
    } <= found
