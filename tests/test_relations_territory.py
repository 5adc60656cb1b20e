"""Territory: who controls a place (under the control of, in the hands of, X-held,
strongholds and headquarters), captures and their look-alikes, who loses what was taken,
expulsions and withdrawals, sieges imposed and lifted, and attempts to take a place, which
are attacks on it but no capture (SCHEMA.md).

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from kg.model import Relation
from tests.conftest import article, triples


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Raqqa is under the control of Islamic State.",
         ("controls", "islamic-state", "raqqa")),
        ("en", "Raqqa remains in the hands of Islamic State.",
         ("controls", "islamic-state", "raqqa")),
        ("en", "Raqqa is under Islamic State control.", ("controls", "islamic-state", "raqqa")),
        ("en", "Shelling hit Douma, under rebel control since 2012.",
         ("controls", "syrian-armed-opposition", "douma")),
        ("fr", "Hamidiyeh est sous le contrôle du régime.",
         ("controls", "syrian-government-forces", "hamidiyeh-camp")),
        ("fr", "Qousseir est encore aux mains des rebelles.",
         ("controls", "syrian-armed-opposition", "al-qusayr")),
    ],
)  # fmt: skip
def test_a_place_under_an_actors_control(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(pipeline, text, lang) == {expected}


def test_coming_under_control_is_still_control(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Manbij came under SDF control in 2016.", "en")
    assert found == {("controls", "syrian-democratic-forces", "manbij")}


def test_a_place_described_at_length_before_in_the_hands_of_is_still_held(
    pipeline: Pipeline,
) -> None:
    text = (
        "Les rebelles ont pilonné Wadi Deif, vaste base militaire du nord du pays toujours aux "
        "mains de l'armée régulière."
    )
    assert ("controls", "syrian-government-forces", "wadi-al-deif") in triples(pipeline, text, "fr")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "قصفت الطائرات بلدتي نبل والزهراء الخاضعتين لسيطرة قوات النظام.",
         {("controls", "syrian-government-forces", "nubl"),
          ("controls", "syrian-government-forces", "al-zahraa")}),
        ("ar", "سقطت قذائف على مدينة منبج الخاضعة لتنظيم الدولة.",
         {("controls", "islamic-state", "manbij")}),
        ("en", "Shells fell on Nubl and Zahraa, held by government forces.",
         {("controls", "syrian-government-forces", "nubl"),
          ("controls", "syrian-government-forces", "al-zahraa")}),
    ],
)  # fmt: skip
def test_places_said_to_be_subject_to_an_actor_are_held_by_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, lang) if t[0] == "controls"} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Jets bombed villages controlled by Daesh in eastern Hama overnight.",
         ("controls", "islamic-state", "hama")),
        ("ar", "قصفت الطائرات مناطق خاضعة لسيطرة تنظيم الدولة في ريف حماة الشرقي.",
         ("controls", "islamic-state", "hama-governorate")),
    ],
)  # fmt: skip
def test_areas_held_by_an_actor_in_a_place_mean_it_holds_ground_there(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_every_place_listed_after_a_held_compound_is_held(pipeline: Pipeline) -> None:
    text = "Food ran short in rebel-held Madaya and Zabadani during the winter."
    assert triples(pipeline, text, "en") == {
        ("controls", "syrian-armed-opposition", "madaya"),
        ("controls", "syrian-armed-opposition", "zabadani"),
    }


def test_an_unknown_place_after_a_held_compound_is_discovered(pipeline: Pipeline) -> None:
    x = pipeline.process(article("Aid trucks reached rebel-held Wadi Qarmoun on Sunday.", "en"))
    (a,) = x.assertions
    assert a.relation is Relation.CONTROLS and a.target is not None
    assert a.target.labels["en"] == "Wadi Qarmoun" and a.target.discovered


def test_a_held_compound_reaches_a_place_behind_an_adjective(pipeline: Pipeline) -> None:
    text = "Jihadists attacked regime-held villages in neighbouring Hama province on Tuesday."
    assert ("controls", "syrian-government-forces", "hama-governorate") in triples(
        pipeline, text, "en"
    )


def test_districts_named_after_their_holders_are_held_and_hit_as_the_place(
    pipeline: Pipeline,
) -> None:
    text = "Les forces gouvernementales bombardent les quartiers rebelles d'Alep."
    assert triples(pipeline, text, "fr") == {
        ("attacks", "syrian-government-forces", "aleppo"),
        ("controls", "syrian-armed-opposition", "aleppo"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وباتت مدينة سراقب المقر الرئيس لهيئة تحرير الشام تحت نيران المدفعية ."),
        ("en", "Saraqib, the headquarters of Hayat Tahrir al-Sham, was shelled overnight."),
    ],
)
def test_a_place_called_a_groups_headquarters_is_held_by_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("controls", "hayat-tahrir-al-sham", "saraqib") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters advanced towards the Islamic State group's Raqqa stronghold.",
         {("controls", "islamic-state", "raqqa")}),
        ("Fighters advanced towards the SDF's stronghold of Raqqa.",
         {("controls", "syrian-democratic-forces", "raqqa")}),
        # a state's own city is no news of control; nor is a place merely listed after a name
        ("Observers crowded into Turkey's Gaziantep stronghold.", set()),
        ("Reporters met the SDF and Raqqa stronghold residents.", set()),
    ],
)  # fmt: skip
def test_a_possessed_place_called_a_stronghold_is_held_by_its_possessor(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "IS is under attack in Mosul, its biggest stronghold."),
        ("fr", "L'EI résiste à Mossoul, son dernier fief."),
    ],
)
def test_a_place_called_its_stronghold_is_held_by_the_sentence_subject(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("controls", "islamic-state", "mosul") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The SDF entered Islamic State's former stronghold of Raqqa."),
        ("fr", "Les FDS sont entrées à Raqqa, ancien fief de l'EI."),
        ("ar", "دخلت قوات سوريا الديمقراطية مدينة الرقة المعقل السابق لتنظيم الدولة."),
    ],
)
def test_a_former_stronghold_was_held_and_lost(pipeline: Pipeline, lang: str, text: str) -> None:
    found = triples(pipeline, text, lang)
    assert ("controls", "islamic-state", "raqqa") in found
    assert ("losesControlOf", "islamic-state", "raqqa") in found


def test_a_stronghold_taken_keeps_its_holder_without_a_loss(pipeline: Pipeline) -> None:
    text = "سيطر الجيش السوري على بلدة خان طومان أكبر معاقل جيش الفتح في ريف حلب ."
    found = triples(pipeline, text, "ar")
    assert ("controls", "jaysh-al-fatah", "khan-tuman") in found
    assert not {t for t in found if t[0] == "losesControlOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islamic State took the ancient city of Palmyra in May 2015.",
         {("controls", "islamic-state", "palmyra")}),
        ("Palmyra was taken by Islamic State in May 2015.",
         {("controls", "islamic-state", "palmyra")}),
        ("Government troops took back Palmyra in March 2016.",
         {("controls", "syrian-government-forces", "palmyra")}),
        ("Russia took the lead in talks on Idlib.", set()),
        ("Islamic State fighters fled. It took three days to reach Aleppo.", set()),
        ("Talks hosted by Russia took place in Astana.", set()),
    ],
)  # fmt: skip
def test_took_is_a_capture_only_with_its_place_right_after(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, "en") if t[0] == "controls"} == expected


def test_wresting_control_is_taking_it(pipeline: Pipeline) -> None:
    text = "The SDF wrested control of Manbij from Islamic State."
    assert triples(pipeline, text, "en") == {
        ("controls", "syrian-democratic-forces", "manbij"),
        ("losesControlOf", "islamic-state", "manbij"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government forces rolled into Daraa on Monday.",
         {("controls", "syrian-government-forces", "daraa")}),
        ("Turkish troops swept into the centre of Afrin.", {("controls", "turkey", "afrin")}),
        ("A sandstorm swept into Raqqa on Friday.", set()),
    ],
)  # fmt: skip
def test_forces_that_sweep_or_roll_into_a_place_take_it(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fall of Palmyra to the Islamic State in May shocked the world.",
         {("controls", "islamic-state", "palmyra")}),
        ("After the fall of Aleppo to government forces, rebels regrouped in Idlib.",
         {("controls", "syrian-government-forces", "aleppo")}),
        ("The fall of Raqqa was a blow to IS.", set()),
    ],
)  # fmt: skip
def test_the_fall_of_a_place_to_an_actor_is_its_capture(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "استعاد الجيش السوري السيطرة على قرية صغيرة في ريف حلب الجنوبي .", set()),
        ("en", "Rebels captured several positions in Idlib province.", set()),
        ("ar", "تمكنت القوات الحكومية من السيطرة على العديد من الأحياء الواقعة غرب حلب .",
         {("controls", "syrian-government-forces", "aleppo")}),
        ("en", "Rebels captured several districts in Aleppo.",
         {("controls", "syrian-armed-opposition", "aleppo")}),
    ],
)  # fmt: skip
def test_a_place_that_only_locates_an_unnamed_capture_was_not_captured_unless_a_part_was(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, lang) if t[0] == "controls"} == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les forces du régime ont repris plusieurs villages à l'EI près de Palmyre."),
        ("en", "Government forces captured several villages just north of Palmyra."),
    ],
)
def test_unnamed_villages_near_a_place_are_no_capture_of_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "controls"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Islamic State lost Palmyra to Syrian army forces in March.",
         {("losesControlOf", "islamic-state", "palmyra"),
          ("controls", "syrian-government-forces", "palmyra")}),
        ("fr", "L'État islamique a perdu Palmyre au profit de l'armée syrienne.",
         {("losesControlOf", "islamic-state", "palmyra"),
          ("controls", "syrian-government-forces", "palmyra")}),
        ("ar", "خسر تنظيم داعش مدينة تدمر لصالح قوات النظام .",
         {("losesControlOf", "islamic-state", "palmyra"),
          ("controls", "syrian-government-forces", "palmyra")}),
    ],
)  # fmt: skip
def test_a_place_lost_to_someone_is_now_theirs(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "وجاء ذلك بعد خسارته مدينتي الموصل في العراق والرقة في سوريا تباعا .",
         set()),
        ("ar", "وتراجع النفوذ بعد خسارة تنظيم الدولة الموصل في العراق والرقة في سوريا .",
         {("losesControlOf", "islamic-state", "mosul"),
          ("losesControlOf", "islamic-state", "raqqa")}),
        ("en", "Islamic State lost Mosul in Iraq and Raqqa in Syria.",
         {("losesControlOf", "islamic-state", "mosul"),
          ("losesControlOf", "islamic-state", "raqqa")}),
        ("en", "Turkish jets pounded villages near Jarablus, liberated from ISIS this week.",
         {("losesControlOf", "islamic-state", "jarabulus")}),
    ],
)  # fmt: skip
def test_losses_read_through_suffixes_located_lists_and_participles(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {t for t in triples(pipeline, text, lang) if t[0] == "losesControlOf"}
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les rebelles ont repris Manbij à l'EI.",
         {("controls", "syrian-armed-opposition", "manbij"),
          ("losesControlOf", "islamic-state", "manbij")}),
        ("fr", "Les rebelles ont repris Manbij à Alep.",
         {("controls", "syrian-armed-opposition", "manbij")}),
        ("fr", "La ville de Manbij, reprise à l'EI en août, est calme.",
         {("losesControlOf", "islamic-state", "manbij")}),
        ("en", "Rebels captured Manbij from the Islamic State group.",
         {("controls", "syrian-armed-opposition", "manbij"),
          ("losesControlOf", "islamic-state", "manbij")}),
    ],
)  # fmt: skip
def test_who_a_place_was_taken_from_loses_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


def test_what_was_seized_from_a_named_holder_is_lost_by_it_even_if_the_taker_is_unnamed(
    pipeline: Pipeline,
) -> None:
    text = "Kurdish-led fighters seized the Tabqa dam from Islamic State."
    assert triples(pipeline, text, "en") == {("losesControlOf", "islamic-state", "tabqa-dam")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "سيطرت قوات النظام على بلدة مورك التي تسيطر عليها هيئة تحرير الشام منذ عامين ."),
        ("en", "Government forces captured Morek, held by Hayat Tahrir al-Sham since 2017."),
    ],
)
def test_a_place_taken_in_a_sentence_saying_who_held_it_was_lost_by_the_holder(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("controls", "syrian-government-forces", "morek") in found
    assert ("losesControlOf", "hayat-tahrir-al-sham", "morek") in found


@pytest.mark.parametrize(
    ("lang", "text", "loser"),
    [
        ("en", "Raqqa, the de facto capital of Islamic State, fell to the SDF in October 2017.",
         None),
        ("en", "Government forces captured Morek, held by Hayat Tahrir al-Sham since 2017.",
         "hayat-tahrir-al-sham"),
        ("fr", "Les forces du régime ont repris Qousseir, tenue par les rebelles depuis un an.",
         "syrian-armed-opposition"),
        ("fr", "Les forces du régime ont repris Qousseir, contrôlée par les rebelles.",
         "syrian-armed-opposition"),
        ("ar", "سيطرت قوات النظام على مدينة مورك الخاضعة لسيطرة هيئة تحرير الشام.",
         "hayat-tahrir-al-sham"),
    ],
)  # fmt: skip
def test_a_place_held_by_x_and_taken_was_lost_by_x_but_falling_to_x_is_no_holding(
    pipeline: Pipeline, lang: str, text: str, loser: str | None
) -> None:
    losses = {t[1] for t in triples(pipeline, text, lang) if t[0] == "losesControlOf"}
    assert losses == ({loser} if loser else set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'armée syrienne a repris le contrôle de Palmyre, tenue par l'EI depuis 2015."),
        ("en", "Government forces retook Palmyra, held by Islamic State since 2015."),
    ],
)
def test_a_place_retaken_from_the_actor_said_to_hold_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert {
        ("controls", "syrian-government-forces", "palmyra"),
        ("controls", "islamic-state", "palmyra"),
        ("losesControlOf", "islamic-state", "palmyra"),
    } <= triples(pipeline, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Raqqa, the stronghold of Islamic State, was retaken by the SDF.",
        "Raqqa, which Islamic State held, was retaken by the SDF.",
    ],
)
def test_who_retook_a_place_never_lost_it(pipeline: Pipeline, text: str) -> None:
    found = triples(pipeline, text, "en")
    assert ("controls", "syrian-democratic-forces", "raqqa") in found
    assert ("losesControlOf", "syrian-democratic-forces", "raqqa") not in found


def test_surrendering_a_town_to_someone_is_losing_it(pipeline: Pipeline) -> None:
    text = "The rebels surrendered Homs to government forces under a deal."
    assert triples(pipeline, text, "en") >= {("losesControlOf", "syrian-armed-opposition", "homs")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "IS fighters were driven out of Manbij by the SDF."),
        ("fr", "Les jihadistes de l'EI ont été chassés de Manbij par les FDS."),
        ("ar", "طرد مقاتلو تنظيم داعش من مدينة منبج على يد قوات سوريا الديمقراطية ."),
    ],
)
def test_who_drove_a_group_out_of_a_place_holds_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == {
        ("losesControlOf", "islamic-state", "manbij"),
        ("controls", "syrian-democratic-forces", "manbij"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF captured Tabqa, driving out IS.",
         {("controls", "syrian-democratic-forces", "tabqa"),
          ("losesControlOf", "islamic-state", "tabqa")}),
        ("en", "Turkish troops swept into Afrin on Sunday, driving out the YPG militia.",
         {("controls", "turkey", "afrin"),
          ("losesControlOf", "peoples-protection-units", "afrin")}),
        ("fr", "Les FDS ont pris Tabqa, chassant l'EI.",
         {("controls", "syrian-democratic-forces", "tabqa"),
          ("losesControlOf", "islamic-state", "tabqa")}),
    ],
)  # fmt: skip
def test_a_participle_after_a_capture_drives_its_object_out_of_the_place(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF is fighting to drive Islamic State from Raqqa and Tabqa.",
         {("controls", "islamic-state", "raqqa"), ("controls", "islamic-state", "tabqa")}),
        ("en", "The plan is to drive IS fighters from their Syrian capital of Raqqa.",
         {("controls", "islamic-state", "raqqa")}),
        ("en", "Turkey threatened to expel the YPG from Manbij.",
         {("controls", "peoples-protection-units", "manbij")}),
        ("ar", "الهدف من العملية هو طرد وحدات حماية الشعب من مدينة تل رفعت.",
         {("controls", "peoples-protection-units", "tal-rifaat")}),
        ("en", "The army did not expel Islamic State from Palmyra.", set()),
    ],
)  # fmt: skip
def test_an_expulsion_still_hoped_for_says_who_holds_the_place_now(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {t for t in triples(pipeline, text, lang) if t[0] in ("controls", "losesControlOf")}
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "انسحبت فصائل المعارضة من حي الشيخ مقصود لصالح الوحدات الكردية .",
         ("controls", "peoples-protection-units", "sheikh-maqsoud")),
        ("en", "The rebels withdrew from Sheikh Maqsoud in favour of the YPG.",
         ("controls", "peoples-protection-units", "sheikh-maqsoud")),
        ("ar", "استعادت قوات النظام السيطرة على مدينة تدمر بعد طرد تنظيم داعش منها .",
         ("losesControlOf", "islamic-state", "palmyra")),
    ],
)  # fmt: skip
def test_who_gains_a_withdrawal_and_who_loses_to_an_expulsion(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_a_withdrawal_joined_by_and_to_a_noun_after_after_names_the_loser(
    pipeline: Pipeline,
) -> None:
    text = "سيطرت قوات النظام على مدينة دير حافر بعد اشتباكات وانسحاب تنظيم داعش منها ."
    assert ("losesControlOf", "islamic-state", "deir-hafer") in triples(pipeline, text, "ar")


def test_withdrawing_towards_a_place_or_to_regroup_gives_it_to_nobody(pipeline: Pipeline) -> None:
    for text in (
        "IS fighters withdrew from Manbij to the Euphrates.",
        "IS fighters withdrew from Manbij to regroup against the SDF.",
    ):
        assert triples(pipeline, text, "en") == {("losesControlOf", "islamic-state", "manbij")}


def test_withdrawing_from_villages_around_a_town_is_not_losing_the_town(
    pipeline: Pipeline,
) -> None:
    assert triples(pipeline, "انسحب تنظيم الدولة من القرى المحيطة بمنبج.", "ar") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Buses evacuated people from besieged areas near Damascus."),
        ("fr", "Des bus ont évacué les civils des zones assiégées près de Damas."),
    ],
)
def test_besieged_as_an_adjective_is_no_siege_by_anyone(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "besieges"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "رفعت قوات النظام أمس الحصار عن دير الزور الذي فرضه تنظيم داعش عليها طويلا ."),
        ("en", "Government forces broke the siege imposed by Islamic State on Deir ez-Zor."),
        ("fr", "L'armée a brisé le siège imposé par l'EI à Deir ez-Zor."),
    ],
)
def test_a_lifted_siege_still_names_who_imposed_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("besieges", "islamic-state", "deir-ez-zor") in found
    assert ("besieges", "syrian-government-forces", "deir-ez-zor") not in found


def test_a_lifted_siege_with_nobody_named_as_its_author_gives_nothing(pipeline: Pipeline) -> None:
    assert triples(pipeline, "Government forces broke the siege of Deir ez-Zor.", "en") == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Kurdish-led SDF units are still fighting to recapture Tabqa from the jihadists.",
         ("attacks", "syrian-democratic-forces", "tabqa")),
        ("en", "Syrian rebels are attempting to seize al-Bab from the jihadists.",
         ("attacks", "syrian-armed-opposition", "al-bab")),
        ("en", "Islamic State is trying to capture Deir ez-Zor.",
         ("attacks", "islamic-state", "deir-ez-zor")),
        ("fr", "L'armée syrienne tente de reprendre Palmyre.",
         ("attacks", "syrian-government-forces", "palmyra")),
        ("fr", "Les rebelles tentent de reprendre la ville de Homs depuis lundi.",
         ("attacks", "syrian-armed-opposition", "homs")),
        ("ar", "تحاول قوات النظام السيطرة على مدينة تدمر منذ أسابيع.",
         ("attacks", "syrian-government-forces", "palmyra")),
        ("ar", "وتسعى قوات سوريا الديمقراطية للسيطرة على مدينة الرقة.",
         ("attacks", "syrian-democratic-forces", "raqqa")),
    ],
)  # fmt: skip
def test_an_attempt_to_take_a_place_is_an_attack_on_it_and_no_capture(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(pipeline, text, lang)
    assert expected in found
    assert not {t for t in found if t[0] == "controls"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The SDF denied trying to capture Tabqa."),
        ("en", "The SDF will try to retake Palmyra next spring."),
        ("en", "The SDF is battling to hold Tabqa."),
        ("fr", "Les FDS ne tentent pas de reprendre Raqqa."),
        ("ar", "لم تحاول قوات النظام السيطرة على تدمر."),
        ("ar", "تحاول قوات النظام استعادة المبادرة من المسلحين في مدينة تدمر."),
    ],
)  # fmt: skip
def test_a_denied_future_or_defensive_attempt_or_one_on_something_else_is_no_attack(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] in ("attacks", "controls")}


def test_fighting_in_order_to_take_a_place_is_no_capture(pipeline: Pipeline) -> None:
    text = "تقاتل قوات الحشد الشعبي للسيطرة على مدينة البوكمال ."
    assert not {t for t in triples(pipeline, text, "ar") if t[0] == "controls"}


@pytest.mark.parametrize(
    ("lang", "text", "surrender"),
    [
        (
            "en",
            "Rebels in Daraa handed their heavy weapons to government forces.",
            ("surrendersTo", "syrian-armed-opposition", "syrian-government-forces"),
        ),
        (
            "fr",
            "Les rebelles de Deraa ont remis leurs armes lourdes aux forces du régime.",
            ("surrendersTo", "syrian-armed-opposition", "syrian-government-forces"),
        ),
        (
            "ar",
            "سلمت فصائل المعارضة أسلحتها الثقيلة لقوات النظام.",
            ("surrendersTo", "syrian-armed-opposition", "syrian-government-forces"),
        ),
    ],
)
def test_handing_over_ones_own_weapons_to_an_actor_is_surrendering_to_it(
    pipeline: Pipeline, lang: str, text: str, surrender: tuple[str, str, str]
) -> None:
    assert surrender in triples(pipeline, text, lang)


def test_weapons_handed_to_an_ally_are_no_surrender(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Turkey handed weapons to the rebels.", "en")
    assert not {t for t in found if t[0] == "surrendersTo"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF announced the full liberation of Raqqa.", True),
        ("en", "The SDF announced the capture of Raqqa.", True),
        ("fr", "Les FDS ont annoncé la libération totale de Raqqa.", True),
        ("en", "The SDF said the capture of Raqqa was near.", False),
    ],
)
def test_an_actor_announcing_a_capture_noun_made_the_capture(
    pipeline: Pipeline, lang: str, text: str, expected: bool
) -> None:
    found = triples(pipeline, text, lang)
    assert (("controls", "syrian-democratic-forces", "raqqa") in found) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Observatory reported the capture of Raqqa."),
        ("fr", "L'OSDH a annoncé la prise de Raqqa."),
    ],
)
def test_a_monitor_announcing_a_capture_did_not_make_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert not {t for t in found if t[1] == "syrian-observatory-for-human-rights"}
