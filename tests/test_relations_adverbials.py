"""Adverbials that stand between the words of a frame and must not break it: a time phrase
between a participle and its "by" ("held since 2012 by rebels").

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
            "Government forces retook Daraa, held since 2012 by rebels.",
            {
                ("controls", "syrian-government-forces", "daraa"),
                ("controls", "syrian-armed-opposition", "daraa"),
                ("losesControlOf", "syrian-armed-opposition", "daraa"),
            },
        ),
        (
            "en",
            "Kurdish fighters retook Tal Abyad, controlled for two years by IS.",
            {
                ("controls", "islamic-state", "tal-abyad"),
                ("losesControlOf", "islamic-state", "tal-abyad"),
            },
        ),
        (
            "ar",
            "استعادت قوات النظام درعا التي كانت تحت سيطرة المعارضة منذ عام 2012.",
            {
                ("controls", "syrian-government-forces", "daraa"),
                ("losesControlOf", "syrian-armed-opposition", "daraa"),
            },
        ),
    ],
)
def test_a_time_phrase_before_by_keeps_the_participle_passive(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, lang)
