"""Lists and camps: every member of a coordinated subject or object list acts or is hit
(A, B and C; « A, la B et le C »; A وB; "along with"), a name with its own modifier starts
a new phrase, and the two camps of a "between" fight each other and ally within.

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import in_symmetric_order, triples


def test_every_member_of_a_subject_list_acts(pipeline: Pipeline) -> None:
    text = "The SDF and the YPG attacked Raqqa on Sunday."
    assert triples(pipeline, text, "en") == {
        ("attacks", "syrian-democratic-forces", "raqqa"),
        ("attacks", "peoples-protection-units", "raqqa"),
        ("alliedWith", "peoples-protection-units", "syrian-democratic-forces"),  # together
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les Etats-Unis, la France et le Royaume-Uni ont bombardé Homs."),
        ("en", "The United States, France and Britain struck Homs."),
    ],
)
def test_every_member_of_a_subject_list_with_articles_acts(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    expected = {
        ("attacks", state, "homs") for state in ("united-states", "france", "united-kingdom")
    } | {  # striking together makes them allies
        ("alliedWith", "france", "united-kingdom"),
        ("alliedWith", "france", "united-states"),
        ("alliedWith", "united-kingdom", "united-states"),
    }
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Free Syrian Army and the Levant Front launched an assault on Tal Rifaat.",
         {("attacks", "free-syrian-army", "tal-rifaat"),
          ("attacks", "levant-front", "tal-rifaat")}),
        ("Iran and Russia are the main allies of the Syrian government.",
         {("alliedWith", "iran", "syrian-government-forces"),
          ("alliedWith", "russia", "syrian-government-forces")}),
    ],
)  # fmt: skip
def test_a_listed_subject_acts_whole_across_light_verbs_and_articles(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les FDS et l'EI se sont affrontés.",
         {("clashesWith", "syrian-democratic-forces", "islamic-state")}),
        ("fr", "Les rebelles et l'armée syrienne se sont affrontés près de Hama.",
         {("clashesWith", "syrian-armed-opposition", "syrian-government-forces")}),
        ("en", "The SDF and the YPG clashed.",
         {("clashesWith", "syrian-democratic-forces", "peoples-protection-units")}),
    ],
)  # fmt: skip
def test_two_parties_that_clashed_with_an_article_before_the_second(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاجمت قوات النظام وحزب الله مدينة الزبداني .",
         {("attacks", "syrian-government-forces", "zabadani"),
          ("attacks", "hezbollah", "zabadani")}),
        ("بدأ هجوم قوات النظام وحزب الله بدعم جوي روسي على مدينة الزبداني .",
         {("attacks", "syrian-government-forces", "zabadani"),
          ("attacks", "hezbollah", "zabadani")}),
    ],
)  # fmt: skip
def test_a_second_agent_after_the_verb_acts_and_is_not_the_target(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, "ar") if t[0] == "attacks"} == expected


def test_every_subject_listed_after_a_verb_first_verb_acts(pipeline: Pipeline) -> None:
    text = "واستعادت القوات العراقية وقوات الحشد الشعبي , الجمعة , قضاء القائم الحدودي ."
    found = triples(pipeline, text, "ar")
    assert {
        ("controls", "iraq", "al-qaim"),
        ("controls", "popular-mobilization-forces", "al-qaim"),
    } <= found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "أشاد الوزير بالتعاون بين نظام الأسد وإيران إلى جانب حزب الله في المعارك .",
         {("alliedWith", "hezbollah", "iran"),
          ("alliedWith", "hezbollah", "syrian-government-forces")}),
        ("en", "Government forces along with Hezbollah captured Qusayr.",
         {("controls", "syrian-government-forces", "al-qusayr"),
          ("controls", "hezbollah", "al-qusayr")}),
    ],
)  # fmt: skip
def test_along_with_joins_a_list_like_and(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {in_symmetric_order(t) for t in expected} <= triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The regime, backed by Russia and Iran, retook Aleppo in December."),
        ("fr", "Le régime, soutenu par la Russie et l'Iran, a repris Alep en décembre."),
        ("ar", "استعادت قوات النظام المدعومة من روسيا وإيران مدينة حلب في كانون الأول."),
    ],
)
def test_every_backer_listed_after_by_backs(pipeline: Pipeline, lang: str, text: str) -> None:
    found = triples(pipeline, text, lang)
    assert ("supports", "russia", "syrian-government-forces") in found
    assert ("supports", "iran", "syrian-government-forces") in found


def test_a_compound_modifier_after_and_starts_a_new_phrase_not_a_list_member(
    pipeline: Pipeline,
) -> None:
    text = (
        "Islamic State came under attack near Deir ez-Zor by Russian-backed government forces and "
        "US-backed militias."
    )
    found = triples(pipeline, text, "en")
    assert ("supports", "russia", "syrian-government-forces") in found
    assert ("supports", "russia", "united-states") not in found


def test_a_name_with_its_own_participle_starts_the_next_backed_phrase(pipeline: Pipeline) -> None:
    sdf = "تقدمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة"
    text = f"{sdf} والجيش السوري المدعوم من روسيا."
    found = triples(pipeline, text, "ar")
    assert ("supports", "united-states", "syrian-democratic-forces") in found
    assert ("supports", "russia", "syrian-government-forces") in found
    assert ("supports", "syrian-government-forces", "syrian-democratic-forces") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian jets struck the SDF and the YPG near Raqqa on Sunday."),
        ("fr", "Des avions russes ont bombardé les FDS et les YPG près de Raqqa."),
    ],
)
def test_each_object_of_a_list_with_articles_is_hit(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("attacks", "russia", "syrian-democratic-forces") in found
    assert ("attacks", "russia", "peoples-protection-units") in found


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("ar", "سيطر جيش الفتح أمس على مدينة أريحا وعلى بلدة سراقب .", {"ariha", "saraqib"}),
        ("en", "Rebels took control of Ariha and of the town of Saraqib.", {"ariha", "saraqib"}),
    ],
)
def test_objects_joined_by_and_with_the_preposition_repeated_are_all_taken(
    pipeline: Pipeline, lang: str, text: str, places: set[str]
) -> None:
    taken = {t[2] for t in triples(pipeline, text, lang) if t[0] == "controls"}
    assert taken == places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fighting raged between the SDF on one side and Islamic State and Hayat Tahrir "
               "al-Sham on the other near Deir ez-Zor."),
        ("ar", "دارت معارك بين قوات سوريا الديمقراطية من جهة وتنظيم داعش وهيئة تحرير الشام من "
               "جهة أخرى قرب دير الزور."),
    ],
)  # fmt: skip
def test_between_two_camps_each_fights_the_other_camp_and_allies_with_its_own(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == {
        ("clashesWith", "islamic-state", "syrian-democratic-forces"),
        ("clashesWith", "hayat-tahrir-al-sham", "syrian-democratic-forces"),
        ("alliedWith", "hayat-tahrir-al-sham", "islamic-state"),
    }


def test_a_bracketed_alias_inside_a_camp_does_not_end_it(pipeline: Pipeline) -> None:
    text = (
        "Fighting raged between the YPG on the one hand and the Islamic State (ISIS) and "
        "the Nusra Front on the other."
    )
    assert ("clashesWith", "jabhat-al-nusra", "peoples-protection-units") in triples(
        pipeline, text, "en"
    )


def test_between_may_come_a_few_words_after_the_clash_noun(pipeline: Pipeline) -> None:
    text = (
        "Clashes erupted on Friday at dawn between fighters from the YPG on the one hand and "
        "fighters from Islamic State and the Nusra Front on the other hand."
    )
    found = triples(pipeline, text, "en")
    assert {
        ("clashesWith", "islamic-state", "peoples-protection-units"),
        ("clashesWith", "jabhat-al-nusra", "peoples-protection-units"),
    } <= found


def test_agents_set_apart_by_on_the_one_hand_both_act(pipeline: Pipeline) -> None:
    text = "قصفت الطائرات الروسية من جهة والطائرات التركية من جهة أخرى مواقع تنظيم داعش."
    assert triples(pipeline, text, "ar") == {
        ("attacks", "russia", "islamic-state"),
        ("attacks", "turkey", "islamic-state"),
    }


def test_camps_set_apart_by_on_the_one_hand_still_fight_each_other(pipeline: Pipeline) -> None:
    text = "اندلعت اشتباكات بين قوات النظام من جهة وتنظيم داعش من جهة أخرى قرب تدمر."
    found = triples(pipeline, text, "ar")
    assert ("clashesWith", "islamic-state", "syrian-government-forces") in found
    assert not {t for t in found if t[0] == "alliedWith"}


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        (
            "en",
            "Clashes erupted on Monday between Turkish-backed rebels and the SDF.",
            {
                ("clashesWith", "syrian-armed-opposition", "turkey"),
                ("supports", "turkey", "syrian-democratic-forces"),
            },
        ),
        (
            "fr",
            "Des combats ont éclaté entre les rebelles soutenus par la Turquie et les FDS.",
            {
                ("clashesWith", "syrian-armed-opposition", "turkey"),
                ("supports", "syrian-democratic-forces", "syrian-armed-opposition"),
            },
        ),
    ],
)
def test_a_backer_inside_the_first_side_of_between_is_neither_side_nor_a_second_backer(
    pipeline: Pipeline, lang: str, text: str, wrong: set[tuple[str, str, str]]
) -> None:
    found = triples(pipeline, text, lang)
    assert ("clashesWith", "syrian-armed-opposition", "syrian-democratic-forces") in found
    assert ("supports", "turkey", "syrian-armed-opposition") in found
    assert not wrong & found
