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
