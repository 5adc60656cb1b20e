"""Arabic words as the extractor reads them: normalised spellings (a final ta marbuta is no
pronoun), clitics (و opening a name, ل binding an actor to an event noun, كما continuing
a subject), plural and dual verbs and participles, and adjectives that look like
demonyms.

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import article, triples


def test_armed_is_an_adjective_not_a_demonym(pipeline: Pipeline) -> None:
    text = "أدت الهجمات المسلحة إلى مقتل عشرة مدنيين في مدينة إدلب."
    assert triples(pipeline, text, "ar") == set()


def test_a_final_ta_marbuta_is_not_a_possessive_pronoun(pipeline: Pipeline) -> None:
    """السيطرة normalises to السيطره: its ه is not "its", so the nearest subject acts."""
    text = "ومع تراجع هيئة تحرير الشام تمكنت قوات النظام من السيطرة على بلدة خان شيخون."
    assert triples(pipeline, text, "ar") == {
        ("controls", "syrian-government-forces", "khan-shaykhun")
    }


def test_a_participle_in_the_plural_of_people_describes_the_fighters_before_it(
    pipeline: Pipeline,
) -> None:
    text = "ويتقدم جيش النظام السوري والمقاتلون الأجانب المدعومون من إيران نحو مدينة الميادين ."
    found = triples(pipeline, text, "ar")
    assert ("supports", "iran", "syrian-government-forces") not in found


def test_a_dual_participle_still_reaches_back_over_both_places(pipeline: Pipeline) -> None:
    text = "تقع بلدتا نبل والزهراء الخاضعتين لسيطرة قوات النظام شمال مدينة حلب ."
    found = triples(pipeline, text, "ar")
    assert {("controls", "syrian-government-forces", p) for p in ("nubl", "al-zahraa")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "الجيش السوري وحلفاؤه يسيطرون على بلدة معراتة في ريف حلب .",
        "قوات النظام وحزب الله سيطرا على بلدة معراتة في ريف حلب .",
    ],
)
def test_plural_and_dual_verbs_are_read_as_their_singular(pipeline: Pipeline, text: str) -> None:
    x = pipeline.process(article(text, "ar"))
    assert {
        (a.relation.value, a.agent.ident, a.target.labels["ar"])
        for a in x.assertions
        if a.agent and a.target
    } >= {("controls", "syrian-government-forces", "معراتة")}


def test_a_verb_after_kama_continues_the_subject_of_the_sentence(pipeline: Pipeline) -> None:
    text = (
        "سيطر تنظيم الدولة على أجزاء من ريف حلب الشرقي عام 2015، كما سيطر على مدينة "
        "الموصل في العراق."
    )
    assert ("controls", "islamic-state", "mosul") in triples(pipeline, text, "ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت الاشتباكات بالتزامن مع قصف مكثف لقوات سوريا الديمقراطية على مواقع تنظيم داعش.",
         ("attacks", "syrian-democratic-forces", "islamic-state")),
        ("هاجم مسلحون لتنظيم داعش حاجزا لقوات النظام.",
         ("attacks", "islamic-state", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_an_actor_bound_to_an_event_noun_by_l_acted(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert {t for t in triples(pipeline, text, "ar") if t[0] == "attacks"} == {expected}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("اتهمت تركيا وحدات حماية الشعب بقصف بلدة كلس الحدودية.",
         ("attacks", "peoples-protection-units", "kilis"), ("attacks", "turkey", "kilis")),
        ("انسحبت قوات سوريا الديمقراطية من مدينة منبج وسلمتها لقوات النظام.",
         ("controls", "syrian-government-forces", "manbij"),
         ("controls", "syrian-democratic-forces", "manbij")),
    ],
)  # fmt: skip
def test_a_name_that_begins_with_waw_and_a_place_handed_over_as_it(
    pipeline: Pipeline,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = triples(pipeline, text, "ar")
    assert expected in found
    assert absent not in found
