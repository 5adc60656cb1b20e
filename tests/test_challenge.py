"""The hand-written challenge sets still score at least as well as when they were measured.

``tests/fixtures/challenge`` holds 30 short news articles (10 each in Arabic, French and English)
and ``tests/fixtures/challenge2`` 15 more (5 each), written for this project, with gold
annotations that follow the shared gold schema. This is a regression guard, not a target: each
floor is the score measured (docs/evaluation.md, "Challenge sets") minus 0.05, so a change to
the rules that makes extraction generalise worse fails here. Raise a floor when the
score rises for good reasons; never edit the articles or their gold to make a floor pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from ingest.batch import ingest_paths
from ingest.pipeline import Pipeline
from kg.evaluation import Report, Score, score
from kg.exports import mention_records, relation_records
from kg.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
LANGUAGES = ("ar", "en", "fr")
MARGIN = 0.05


@dataclass(frozen=True)
class ChallengeSet:
    folder: Path
    stem: str  # articles are named {lang}-{stem}-NN
    per_language: int
    relation_f1: dict[str, float]  # F1 measured with `kg eval --gold FOLDER`
    entity_f1: dict[str, float]


SETS = {
    # The first set, written in the first issue-3 sessions. Relations raised after the rules
    # of the sixth session (from 0.646 / 0.438 / 0.537). Until the fifth session its errors
    # were not read (two false hits excepted); in the sixth, four articles' misses were read
    # to find general gaps (docs/evaluation.md), so it guards against regressions more than
    # it measures generalisation.
    "challenge": ChallengeSet(
        FIXTURES / "challenge",
        "ch",
        10,
        relation_f1={"ar": 0.667, "en": 0.547, "fr": 0.589},
        entity_f1={"ar": 0.969, "en": 0.957, "fr": 0.930},
    ),
    # The second set, written in the seventh session by someone who had not read the rules,
    # the dev articles or the extractor's output on it; measured once when it was added, its
    # errors not read (docs/evaluation.md, "Challenge sets"); re-measured once at the
    # session's end (English 0.563 -> 0.585).
    "challenge2": ChallengeSet(
        FIXTURES / "challenge2",
        "ch2",
        5,
        relation_f1={"ar": 0.567, "en": 0.585, "fr": 0.479},
        entity_f1={"ar": 0.961, "en": 0.951, "fr": 0.943},
    ),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def challenge(request: pytest.FixtureRequest) -> ChallengeSet:
    return SETS[request.param]


@pytest.fixture(scope="module")
def report(pipeline: Pipeline, challenge: ChallengeSet) -> Report:
    """The built-in scorer's report on a challenge set, ingested as `kg eval` does."""
    with Store(None) as st:
        ingest_paths(st, [str(challenge.folder)], pipeline=pipeline)
        return score(challenge.folder, list(relation_records(st)), list(mention_records(st)))


def test_each_set_has_its_annotated_articles_in_every_language(challenge: ChallengeSet) -> None:
    for lang in LANGUAGES:
        articles = sorted(challenge.folder.glob(f"{lang}-{challenge.stem}-*.txt"))
        assert len(articles) == challenge.per_language
        for article in articles:
            stem = article.name.removesuffix(".txt")
            gold = json.loads((challenge.folder / f"{stem}.gold.json").read_text("utf-8"))
            meta = json.loads((challenge.folder / f"{stem}.meta.json").read_text("utf-8"))
            assert (gold["doc"], gold["lang"], meta["lang"]) == (stem, lang, lang)
            assert gold["relations"], f"{stem} has no gold relation"


def test_every_article_is_scored(report: Report, challenge: ChallengeSet) -> None:
    assert report.documents == challenge.per_language * len(LANGUAGES)
    assert set(report.by_language) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_relation_f1_stays_above_its_floor(
    report: Report, challenge: ChallengeSet, lang: str
) -> None:
    measured: Score = report.by_language[lang]
    floor = challenge.relation_f1[lang] - MARGIN
    assert measured.f1 >= floor, measured.row(f"relations {lang}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_entity_f1_stays_above_its_floor(
    report: Report, challenge: ChallengeSet, lang: str
) -> None:
    measured: Score = report.entities_by_language[lang]
    floor = challenge.entity_f1[lang] - MARGIN
    assert measured.f1 >= floor, measured.row(f"entities {lang}")
