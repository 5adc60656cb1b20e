"""Sentence patterns beyond subject-verb-object, one case per construction and language.

Strongholds and capitals, relative clauses about places, lists of villages introduced by a
plural noun, and the country as the setting of events rather than an actor. Every sentence here
was written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import article


def labelled(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    """(relation, subject, object) with English labels, or the name as written when the
    entity was discovered in the text."""
    x = pipeline.process(article(text, lang))
    return {
        (
            a.relation.value,
            a.agent.label("en"),
            a.target.label(lang if a.target.discovered else "en"),
        )
        for a in x.assertions
        if a.agent and a.target
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Fighting went on near Raqqa, the de facto capital of the Islamic State.",
         ("controls", "Islamic State", "Raqqa")),
        ("en", "Kurdish fighters reached the outskirts of the Islamic State stronghold of Tabqa.",
         ("controls", "Islamic State", "Tabqa")),
        ("fr", "Les combats se poursuivent à Raqqa, fief de l'État islamique.",
         ("controls", "Islamic State", "Raqqa")),
        ("ar", "تدور معارك في مدينة الميادين آخر معقل لتنظيم داعش في المنطقة.",
         ("controls", "Islamic State", "al-Mayadin")),
    ],
)  # fmt: skip
def test_a_place_called_an_actors_stronghold_is_held_by_it(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in labelled(pipeline, text, lang)


def test_a_national_capital_described_as_such_is_not_news_of_control(pipeline: Pipeline) -> None:
    assert (
        labelled(pipeline, "Talks opened in Moscow, the Russian capital, on Monday.", "en") == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مدنيون في مدينة دوما التي تسيطر عليها فصائل المعارضة.",
         {("controls", "Syrian armed opposition", "Douma")}),
        ("تقدم الجيش نحو بلدتي تل الصفا وأم جلال، اللتين تسيطر عليهما هيئة تحرير الشام.",
         {("controls", "Hayat Tahrir al-Sham", "تل الصفا"),
          ("controls", "Hayat Tahrir al-Sham", "أم جلال")}),
    ],
)  # fmt: skip
def test_a_relative_clause_gives_the_antecedent_place_to_the_actor_after_it(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= labelled(pipeline, text, "ar")


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("ar", 'سيطرت قوات النظام على قرى " تل الورد، خربة الزين وأم صهريج " جنوب حلب.',
         {"تل الورد", "خربة الزين", "أم صهريج"}),
        ("ar", "سيطرت قوات سوريا الديمقراطية على قريتي الحمام والسبعة شمال الرقة.",
         {"الحمام", "السبعة"}),
        ("en", "The SDF captured the villages of Tell Wardeh, Khirbet Zein and Umm Sahrij.",
         {"Tell Wardeh", "Khirbet Zein", "Umm Sahrij"}),
    ],
)  # fmt: skip
def test_every_village_of_a_list_is_discovered_and_taken(
    pipeline: Pipeline, lang: str, text: str, places: set[str]
) -> None:
    x = pipeline.process(article(text, lang))
    taken = {a.target.label(lang) for a in x.assertions if a.target is not None}
    discovered = {m.entity.label(lang) for m in x.mentions if m.entity.discovered}
    assert places <= discovered
    assert places <= taken
    for m in x.mentions:
        assert text[m.start : m.end].endswith(m.entity.label(lang)) or not m.entity.discovered


def test_a_list_ends_where_no_comma_or_and_joins_the_next_word(pipeline: Pipeline) -> None:
    x = pipeline.process(article("سيطرت الفصائل على قرية تل الورد شرق المدينة.", "ar"))
    assert [m.entity.label("ar") for m in x.mentions if m.entity.discovered] == ["تل الورد"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Islamic State fighters clashed with the army across Syria."),
        ("en", "Turkey shelled Syria again, the ministry said."),
        ("fr", "La Turquie a bombardé la Syrie."),
    ],
)
def test_the_country_is_the_setting_not_an_actor_or_a_target(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    parties = {name for _, *pair in labelled(pipeline, text, lang) for name in pair}
    assert "Syria" not in parties


def test_people_are_speakers_not_parties_to_events(pipeline: Pipeline) -> None:
    text = "Bashar al-Assad attacked the Syrian Democratic Forces in a speech on Sunday."
    assert labelled(pipeline, text, "en") == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Rebels seized Khan al-Assal from the regime last week.",
         {("controls", "Syrian armed opposition", "Khan al-Asal"),
          ("losesControlOf", "Syrian government forces", "Khan al-Asal")}),
        ("ar", "استعادت القوات العراقية مدينة القائم من سيطرة تنظيم داعش يوم الجمعة.",
         {("controls", "Iraq", "al-Qaim"), ("losesControlOf", "Islamic State", "al-Qaim")}),
        ("ar", "سيطرت قوات سوريا الديمقراطية على مدينة الطبقة عقب انسحاب تنظيم داعش منها.",
         {("controls", "Syrian Democratic Forces", "Tabqa"),
          ("losesControlOf", "Islamic State", "Tabqa")}),
    ],
)  # fmt: skip
def test_a_place_taken_from_someone_is_lost_by_them(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert labelled(pipeline, text, lang) == expected


def test_a_place_near_another_is_not_taken_from_it(pipeline: Pipeline) -> None:
    text = "استعادت القوات العراقية مدينة القائم القريبة من البوكمال."
    assert labelled(pipeline, text, "ar") == {("controls", "Iraq", "al-Qaim")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Fighting erupted between IS and the US-backed Syrian Democratic Forces.",
         {("clashesWith", "Islamic State", "Syrian Democratic Forces"),
          ("supports", "United States", "Syrian Democratic Forces")}),
        ("en", "US-backed fighters advanced towards Islamic State positions near Raqqa.", set()),
        ("ar", "وتشن طائرات التحالف الدولي بقيادة واشنطن غارات على مواقع التنظيم.",
         {("alliedWith", "United States", "International coalition")}),
    ],
)  # fmt: skip
def test_an_actor_that_describes_another_is_not_the_object_of_the_verb(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert labelled(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أشاد المسؤول بالتعاون الوثيق بين روسيا وإيران وحزب الله في الحرب على الإرهاب."),
        ("en", "The alliance between Russia, Iran and Hezbollah held through the winter."),
    ],
)
def test_cooperation_between_several_actors_allies_every_pair(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    allied = {frozenset(t[1:]) for t in labelled(pipeline, text, lang) if t[0] == "alliedWith"}
    assert allied == {
        frozenset({"Russia", "Iran"}),
        frozenset({"Russia", "Hezbollah"}),
        frozenset({"Iran", "Hezbollah"}),
    }


def test_clashes_between_two_sides_stay_one_pair(pipeline: Pipeline) -> None:
    text = "اندلعت اشتباكات بين قوات النظام وتنظيم داعش قرب تدمر."
    clashes = [t for t in labelled(pipeline, text, "ar") if t[0] == "clashesWith"]
    assert len(clashes) == 1


def test_a_class_noun_after_several_names_nothing(pipeline: Pipeline) -> None:
    x = pipeline.process(
        article("فرض النظام حظر التجوال في عدة أحياء وجلب الدبابات إلى المدينة.", "ar")
    )
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


@pytest.mark.parametrize(
    "text",
    [
        "انضم إلى المعارك لواء إسلامي قرب حلب.",  # "an Islamic brigade": an adjective
        "تشهد المدينة حركة نزوح كبيرة نحو الحدود.",  # "a movement of displacement"
        "سيطرت القوات على ناحية الشمال في ريف حلب.",  # "the north": a direction
    ],
)
def test_adjectives_directions_and_common_nouns_after_a_class_noun_name_nothing(
    pipeline: Pipeline, text: str
) -> None:
    x = pipeline.process(article(text, "ar"))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


def test_a_lowercase_common_word_is_no_place_where_names_have_capitals(
    pipeline: Pipeline,
) -> None:
    x = pipeline.process(article("Regime jets dropped sarin on Khan Sheikhoun in April.", "en"))
    assert [m.entity.ident for m in x.mentions if not m.entity.is_actor] == ["khan-shaykhun"]


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "REUTERS/Jane Doe Fighters advanced near Raqqa.", []),
        ("en", "BEIRUT (Reuters) - Fighting raged near Raqqa.", []),
        ("ar", "دبي , الإمارات ( CNN ) - - اندلعت اشتباكات قرب الرقة.", []),
        ("en", "The Syrian Observatory for Human Rights (SOHR) said fighting raged.",
         ["syrian-observatory-for-human-rights", "syrian-observatory-for-human-rights"]),
    ],
)  # fmt: skip
def test_an_agency_in_a_dateline_or_photo_credit_is_no_entity_of_the_story(
    pipeline: Pipeline, lang: str, text: str, kept: list[str]
) -> None:
    x = pipeline.process(article(text, lang))
    assert [m.entity.ident for m in x.mentions if m.entity.type == "Organization"] == kept


@pytest.mark.parametrize(
    "text",
    [
        "The UK-based Syrian Observatory for Human Rights said jets struck Idlib.",
        "A Britain-based monitor, the Syrian Observatory for Human Rights, counted the dead.",
    ],
)
def test_where_a_monitor_is_based_names_that_country_beside_the_monitor(
    pipeline: Pipeline, text: str
) -> None:
    x = pipeline.process(article(text, "en"))
    named = {m.entity.ident for m in x.mentions}
    assert {"united-kingdom", "syrian-observatory-for-human-rights"} <= named
    assert not any(a.agent and a.agent.ident == "united-kingdom" for a in x.assertions)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", "PYD spokesman Nawal Kasem said the group would stay.", "Nawal Kasem"),
        ("en", "The activist Hadi Rahim filmed the strike on Saraqib.", "Hadi Rahim"),
        ("fr", "La journaliste Irène Dubois publie les vidéos de l'attaque.", "Irène Dubois"),
        ("fr", "« C'est un atout », a expliqué Paul Mercier à l'AFP.", "Paul Mercier"),
        ("fr", "Le colonel Samir Haddad commande les rebelles d'Alep.", "Samir Haddad"),
    ],
)
def test_a_person_unknown_to_the_gazetteer_is_found_by_the_title_or_verb_before_the_name(
    pipeline: Pipeline, lang: str, text: str, person: str
) -> None:
    x = pipeline.process(article(text, lang))
    people = [m.surface for m in x.mentions if m.entity.type == "Person"]
    assert people == [person]
    assert not any(a.agent and a.agent.type == "Person" for a in x.assertions)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The spokesman said Monday that the talks had failed."),
        ("en", "The commander of the rebels was killed near Aleppo."),
        ("en", "They met the ambassador. According to him, the talks failed."),
        ("fr", "Le porte-parole a déclaré à l'AFP que les combats continuaient."),
    ],
)
def test_a_title_before_no_capitalised_name_names_nobody(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    x = pipeline.process(article(text, lang))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


@pytest.mark.parametrize(
    ("lang", "text", "named"),
    [
        ("en", "Turkish troops and their Syrian rebel allies swept into Afrin.",
         ["turkey", "syrian-armed-opposition"]),
        ("en", "Damascus and its Iranian and Russian allies pressed on.", ["iran", "russia"]),
        ("fr", "Damas et ses alliés russes et iraniens avancent.", ["russia", "iran"]),
    ],
)  # fmt: skip
def test_a_demonym_qualifying_the_next_one_names_no_actor_of_its_own(
    pipeline: Pipeline, lang: str, text: str, named: list[str]
) -> None:
    x = pipeline.process(article(text, lang))
    assert [m.entity.ident for m in x.mentions if m.entity.is_actor] == named
