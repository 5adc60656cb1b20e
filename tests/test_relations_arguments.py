"""Arguments: what a trigger takes as its subject and object (a verbal or event noun's
genitive, "of" and "by"; a passive without "by" has no agent), and places that only say
where something happened or where a source is based, which are never a party.

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import in_symmetric_order, triples


def test_a_verbal_noun_takes_the_genitive_after_it_as_agent(pipeline: Pipeline) -> None:
    text = "ووصفت المعارضة انسحاب قوات النظام من سهل الغاب بأنه الأكبر."
    assert triples(pipeline, text, "ar") == {
        ("losesControlOf", "syrian-government-forces", "al-ghab-plain")
    }


def test_where_a_source_is_based_is_not_a_party(pipeline: Pipeline) -> None:
    text = "The Britain-based monitor said Russian jets bombed Saraqib."
    assert triples(pipeline, text, "en") == {("attacks", "russia", "saraqib")}


@pytest.mark.parametrize(
    "text",
    [
        "بعد غارة لطيران النظام صباح اليوم الأردن ( CNN ) - - قتل عشرة أشخاص.",
        "بعد غارة لطيران النظام صباح اليوم عمان , الأردن ( CNN ) - - قتل عشرة أشخاص.",
    ],
)
def test_the_place_a_story_was_filed_from_is_no_party(pipeline: Pipeline, text: str) -> None:
    assert triples(pipeline, text, "ar") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ten died in an Islamic State attack near a camp on the border with Iraq.",
        ),
        ("ar", "قتل عشرة أشخاص في هجوم لتنظيم داعش قرب مخيم على الحدود مع العراق ."),
    ],
)
def test_a_country_across_the_border_is_where_not_what_was_hit(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("attacks", "islamic-state", "iraq") not in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وأفاد المرصد السوري الذي يتخذ من لندن مقرا له باستهداف طائرات حربية بلدة سراقب ."),
        ("en", "The Observatory, which is based in London, said jets struck Saraqib."),
        ("fr", "L'OSDH, basé à Londres, a indiqué que des avions ont frappé Saraqeb."),
    ],
)
def test_the_city_an_organisation_is_based_in_is_no_party(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if "united-kingdom" in t}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "يلوذ المئات من عناصر داعش بالفرار باجتياز الفرات نحو الضفة الشرقية."),
        ("ar", "أعلنت المعارضة سيطرتها على كل المناطق الواقعة شرق العاصي."),
        ("en", "Islamic State fighters fled across the Euphrates on Sunday."),
        ("en", "A Russian frigate in the Mediterranean fired cruise missiles."),
    ],
)
def test_a_river_or_a_sea_is_where_events_happen_never_what_they_are_about(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The capture of Palmyra by Islamic State shocked the world.",
         ("controls", "islamic-state", "palmyra")),
        ("en", "The siege of Eastern Ghouta by government forces lasted five years.",
         ("besieges", "syrian-government-forces", "eastern-ghouta")),
        ("fr", "La prise de Palmyre par l'EI a choqué le monde.",
         ("controls", "islamic-state", "palmyra")),
        ("fr", "Le bombardement d'Alep par l'aviation russe a repris.",
         ("attacks", "russia", "aleppo")),
    ],
)  # fmt: skip
def test_an_event_noun_takes_its_object_after_of_and_its_author_after_by(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_where_the_fighting_is_no_party_to_it(pipeline: Pipeline) -> None:
    text = "In Iraq, Islamic State is fighting in the last districts it still holds in Mosul."
    assert not {t for t in triples(pipeline, text, "en") if t[0] == "clashesWith"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les rebelles sont bombardés à Alep.", set()),
        ("fr", "L'EI a été attaqué à Raqqa.", set()),
        ("en", "IS is attacked in Raqqa.", set()),
        ("fr", "L'EI est attaqué par les FDS à Raqqa.",
         {("attacks", "syrian-democratic-forces", "islamic-state")}),
        ("en", "IS is attacking Kobani.", {("attacks", "islamic-state", "kobani")}),
        ("fr", "Dimanche, l'armée syrienne s'est emparée de Palmyre.",
         {("controls", "syrian-government-forces", "palmyra")}),
        ("en", "The SDF is allied with the US.",
         {("alliedWith", "syrian-democratic-forces", "united-states")}),
    ],
)  # fmt: skip
def test_the_subject_of_a_passive_without_by_is_no_agent(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)
