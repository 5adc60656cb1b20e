"""Support and alliance told by a title or by an opening phrase: a partner noun ("backer",
« allié », الحليف) set beside a name names that name as the partner of the noun's owner; a
backer named in a participle or an adverbial that opens the sentence ("Backed by Iran,", "With
the help of Iran,", بدعم من روسيا،) backs the subject after the comma and does not act with it.
Other support, alliance and membership tests are in test_relations_alliances.py.

Every case is (language, sentence, expected triples as gazetteer ids); symmetric relations
are in alphabetical order. All sentences were written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest.languages import get_language
from ingest.pipeline import Pipeline
from ingest.tokens import tokenize
from tests.conftest import article, triples

TITLES = [
    # apposition, owner after "of"
    (
        "en",
        "Russia, the main backer of the Syrian government, vetoed the draft resolution.",
        {("supports", "russia", "syrian-government-forces")},
    ),
    # copula, owner as a genitive before the noun
    (
        "en",
        "Moscow is Damascus's closest ally in the region.",
        {("alliedWith", "russia", "syrian-government-forces")},
    ),
    # "its": the speaker
    ("en", "Hezbollah says Iran is its main ally.", {("alliedWith", "hezbollah", "iran")}),
    # "its": the clause's first actor
    (
        "en",
        "Hezbollah relies on Iran, its main arms supplier.",
        {("supports", "iran", "hezbollah")},
    ),
    # a name added in an aside "along with" shares the title
    (
        "en",
        "Russia, along with Iran, is the main backer of the Syrian government.",
        {
            ("supports", "russia", "syrian-government-forces"),
            ("supports", "iran", "syrian-government-forces"),
        },
    ),
    # two partner nouns, each its own relation
    (
        "fr",
        "L'Iran, principal allié et fournisseur d'armes du Hezbollah, a démenti l'information.",
        {("alliedWith", "hezbollah", "iran"), ("supports", "iran", "hezbollah")},
    ),
    # no article: the rank word makes the title
    (
        "fr",
        "Les rebelles dépendent du Qatar, leur principal bailleur de fonds.",
        {("supports", "qatar", "syrian-armed-opposition")},
    ),
    # a copula after the name, an aside "avec" before the title
    (
        "fr",
        "Pour les rebelles, tout dépend du Golfe, le Qatar étant, avec l'Arabie saoudite, leur "
        "premier bailleur de fonds.",
        {
            ("supports", "qatar", "syrian-armed-opposition"),
            ("supports", "saudi-arabia", "syrian-armed-opposition"),
        },
    ),
    # the rank word after the noun
    (
        "fr",
        "Le régime syrien a tenu grâce à la Russie, son allié indéfectible.",
        {("alliedWith", "russia", "syrian-government-forces")},
    ),
    # the title first, the name after a comma, a copula, or right after a ranked genitive
    (
        "en",
        "Hezbollah lost men near Qusayr. Its main backer, Iran, sent advisers to Aleppo.",
        {("supports", "iran", "hezbollah")},
    ),
    (
        "en",
        "The main backer of the rebels is Turkey.",
        {("supports", "turkey", "syrian-armed-opposition")},
    ),
    (
        "en",
        "Damascus's closest ally Russia sent more jets.",
        {("alliedWith", "russia", "syrian-government-forces")},
    ),
    (
        "fr",
        "Le principal soutien des rebelles reste la Turquie.",
        {("supports", "turkey", "syrian-armed-opposition")},
    ),
    # the owner after "of" past a compound that describes it
    (
        "en",
        "The YPG, the main partner of the US-led coalition in Syria, captured Tabqa.",
        {("alliedWith", "international-coalition", "peoples-protection-units")},
    ),
    # Arabic: apposition, the rank word after the noun, "of" bound to the owner
    (
        "ar",
        "وأرسلت إيران، الحليف الأبرز للنظام السوري، مستشارين عسكريين إلى حلب.",
        {("alliedWith", "iran", "syrian-government-forces")},
    ),
    # Arabic: a copula verb before the name
    (
        "ar",
        "تعد روسيا الداعم الرئيسي لقوات النظام في سوريا.",
        {("supports", "russia", "syrian-government-forces")},
    ),
    # Arabic: a pronoun copula between the name and the title
    (
        "ar",
        "روسيا هي الحليف الأقرب لدمشق منذ بداية الحرب.",
        {("alliedWith", "russia", "syrian-government-forces")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TITLES)
def test_a_name_given_a_partner_title_is_the_partner_of_the_titles_owner(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a list, not a title: the regime is not the rebels' ally
        ("en", "The rebels attacked the regime, its allies and Hezbollah near Aleppo."),
        ("fr", "Les rebelles ont attaqué le régime, ses alliés et le Hezbollah près d'Alep."),
    ],
)
def test_a_possessed_partner_noun_in_a_list_is_no_title(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert not {t for t in found if t[0] in ("alliedWith", "supports")}


def test_the_speaker_after_an_aside_is_the_name_before_it(pipeline: Pipeline) -> None:
    text = "Iran, the main backer of the Syrian government, said Russian jets struck Idlib."
    x = pipeline.process(article(text, "en"))
    struck = [a for a in x.assertions if a.relation.value == "attacks"]
    assert struck and all(a.claimant is not None for a in struck)
    assert {a.claimant.ident for a in struck if a.claimant} == {"iran"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The regime's main ally, Russia, launched new strikes on Idlib."),
        ("fr", "Le principal allié du régime, la Russie, a bombardé Idleb."),
    ],
)
def test_a_name_that_only_tells_who_a_title_is_is_the_subject_not_the_titles_owner(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("attacks", "russia", "idlib") in found
    assert ("attacks", "syrian-government-forces", "idlib") not in found


def test_a_title_takes_its_own_calibrated_confidence_else_the_partner_nouns() -> None:
    lexicon = get_language("en").lexicon()
    hit = lexicon.triggers.match_at(tokenize("backer"), 0)
    assert hit is not None
    (noun,) = [t for t in hit[1] if t.frame == "possessed"]
    calibrated = replace(lexicon, calibration={("supports", "title"): 0.5})
    assert calibrated.reframed(noun, "title").confidence == 0.5
    assert calibrated.reframed(noun, "title").frame == "title"
    uncalibrated = replace(lexicon, calibration={})
    assert uncalibrated.reframed(noun, "title").confidence == noun.confidence


@pytest.mark.parametrize(
    ("lang", "text", "expected", "wrong"),
    [
        (
            "en",
            "Backed by Iran, Hezbollah attacked Qusayr.",
            {("supports", "iran", "hezbollah"), ("attacks", "hezbollah", "al-qusayr")},
            ("attacks", "iran", "al-qusayr"),
        ),
        (
            "en",
            "Backed by Russian jets, government forces advanced on Palmyra.",
            {
                ("supports", "russia", "syrian-government-forces"),
                ("attacks", "syrian-government-forces", "palmyra"),
            },
            ("attacks", "russia", "palmyra"),
        ),
        (
            "fr",
            "Appuyées par l'aviation russe, les forces gouvernementales ont progressé vers "
            "Palmyre.",
            {
                ("supports", "russia", "syrian-government-forces"),
                ("attacks", "syrian-government-forces", "palmyra"),
            },
            ("attacks", "russia", "palmyra"),
        ),
    ],
)
def test_a_backer_named_in_an_opening_participle_backs_the_subject_and_does_not_act(
    pipeline: Pipeline,
    lang: str,
    text: str,
    expected: set[tuple[str, str, str]],
    wrong: tuple[str, str, str],
) -> None:
    found = triples(pipeline, text, lang)
    assert expected <= found
    assert wrong not in found


def test_strikes_after_backed_by_are_its_means_but_a_verb_after_a_comma_is_the_subjects(
    pipeline: Pipeline,
) -> None:
    means = "Kurdish fighters backed by US-led coalition air strikes captured Kobani."
    assert not {t for t in triples(pipeline, means, "en") if t[0] == "attacks"}
    acted = "Backed by Turkey, the Free Syrian Army attacked Afrin."
    assert ("attacks", "free-syrian-army", "afrin") in triples(pipeline, acted, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected", "wrong"),
    [
        (
            "en",
            "With the help of Iran, Hezbollah took Qusayr.",
            {("supports", "iran", "hezbollah"), ("controls", "hezbollah", "al-qusayr")},
            ("controls", "iran", "al-qusayr"),
        ),
        (
            "fr",
            "Avec l'appui de l'aviation russe, les forces du régime ont repris Palmyre.",
            {
                ("supports", "russia", "syrian-government-forces"),
                ("controls", "syrian-government-forces", "palmyra"),
            },
            ("controls", "russia", "palmyra"),
        ),
        (
            "ar",
            "بدعم من روسيا، سيطرت قوات النظام على تدمر.",
            {
                ("supports", "russia", "syrian-government-forces"),
                ("controls", "syrian-government-forces", "palmyra"),
            },
            ("controls", "russia", "palmyra"),
        ),
    ],
)
def test_support_in_an_opening_adverbial_goes_to_the_subject_after_the_comma(
    pipeline: Pipeline,
    lang: str,
    text: str,
    expected: set[tuple[str, str, str]],
    wrong: tuple[str, str, str],
) -> None:
    found = triples(pipeline, text, lang)
    assert expected <= found
    assert wrong not in found
