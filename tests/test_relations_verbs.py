"""Trigger phrasings across frame families: common news verbs and nouns of surrender,
hand-overs, alliances, funding, fire and falls, side by side in three languages, and
look-alikes that must not trigger (« entre » is not « entré », فجر alone is "dawn",
fighting back is no backing).

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import triples


def test_between_is_not_read_as_entered_after_accent_folding(pipeline: Pipeline) -> None:
    text = "Des combats ont éclaté entre les FDS et l'État islamique près de Raqqa."
    assert ("controls", "syrian-democratic-forces", "raqqa") not in triples(pipeline, text, "fr")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Dozens of Islamic State fighters surrendered to the SDF in Raqqa.",
         {("surrendersTo", "islamic-state", "syrian-democratic-forces")}),
        ("en", "The rebels surrendered Madaya to government forces.",
         {("losesControlOf", "syrian-armed-opposition", "madaya"),
          ("controls", "syrian-government-forces", "madaya")}),
        ("en", "The Free Syrian Army and Ahrar al-Sham formed a joint operations room.",
         {("alliedWith", "ahrar-al-sham", "free-syrian-army")}),
        ("en", "Rebel factions merged into Hayat Tahrir al-Sham in January.",
         {("alliedWith", "hayat-tahrir-al-sham", "syrian-armed-opposition")}),
        ("ar", "شكلت فصائل المعارضة غرفة عمليات مشتركة مع أحرار الشام .",
         {("alliedWith", "ahrar-al-sham", "syrian-armed-opposition")}),
    ],
)  # fmt: skip
def test_surrender_hand_over_and_joining_forces(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Palmyra fell to Islamic State in May 2015.",
         ("controls", "islamic-state", "palmyra")),
        ("en", "Raqqa fell into the hands of Islamic State in 2014.",
         ("controls", "islamic-state", "raqqa")),
        ("ar", "سقطت مدينة تدمر بيد تنظيم الدولة في أيار 2015.",
         ("controls", "islamic-state", "palmyra")),
        ("ar", "سقطت تدمر في يد تنظيم داعش.", ("controls", "islamic-state", "palmyra")),
        ("en", "Jund al-Aqsa pledged allegiance to Islamic State.",
         ("alliedWith", "islamic-state", "jund-al-aqsa")),
        ("fr", "Le groupe Jund al-Aqsa a prêté allégeance à l'État islamique.",
         ("alliedWith", "islamic-state", "jund-al-aqsa")),
        ("ar", "بايع جيش خالد بن الوليد تنظيم الدولة.",
         ("alliedWith", "islamic-state", "jaysh-khalid-ibn-al-walid")),
        ("en", "Turkish troops opened fire on YPG fighters near Afrin.",
         ("attacks", "turkey", "peoples-protection-units")),
        ("fr", "Des soldats turcs ont ouvert le feu sur des combattants des YPG.",
         ("attacks", "turkey", "peoples-protection-units")),
        ("ar", "فتحت القوات التركية النار على مقاتلين من وحدات حماية الشعب.",
         ("attacks", "turkey", "peoples-protection-units")),
    ],
)  # fmt: skip
def test_common_news_phrasings_of_falls_allegiance_and_fire(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Islamic State remains in control of parts of the Yarmouk Basin.",
         ("controls", "islamic-state", "yarmouk-basin")),
        ("en", "The SDF retained control of Manbij.",
         ("controls", "syrian-democratic-forces", "manbij")),
        ("fr", "Les rebelles gardent le contrôle de Saraqeb.",
         ("controls", "syrian-armed-opposition", "saraqib")),
        ("en", "Rebels shelled government positions in Hama.",
         ("attacks", "syrian-armed-opposition", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_holding_kept_and_government_positions(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        ("fr", "Les rebelles ont été chassés d'Alep-Est.",
         ("losesControlOf", "syrian-armed-opposition", "aleppo"),
         ("controls", "syrian-armed-opposition", "aleppo")),
        ("fr", "Les forces kurdes ont repoussé une attaque de Daech contre Kobané.",
         ("attacks", "islamic-state", "kobani"),
         ("losesControlOf", "islamic-state", "kobani")),
        ("en", "Kurdish fighters pushed back Islamic State from Kobani.",
         ("losesControlOf", "islamic-state", "kobani"),
         ("supports", "peoples-protection-units", "islamic-state")),
        ("en", "The SDF fought back against Islamic State in Manbij.",
         ("clashesWith", "islamic-state", "syrian-democratic-forces"),
         ("supports", "syrian-democratic-forces", "islamic-state")),
    ],
)  # fmt: skip
def test_who_was_expelled_or_repelled_and_back_that_is_no_backing(
    pipeline: Pipeline,
    lang: str,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = triples(pipeline, text, lang)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The YPG handed Manbij over to the Syrian army.",
         {("losesControlOf", "peoples-protection-units", "manbij"),
          ("controls", "syrian-government-forces", "manbij")}),
        ("Iran has provided billions of dollars to the Assad regime.",
         {("supports", "iran", "syrian-government-forces")}),
    ],
)  # fmt: skip
def test_handing_a_place_over_and_giving_money(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("يقاتل عناصر حزب الله إلى جانب قوات النظام في القصير.",
         ("alliedWith", "hezbollah", "syrian-government-forces"),
         ("clashesWith", "hezbollah", "syrian-government-forces")),
        ("تتواصل الاشتباكات بين قوات النظام وحلفائها من جهة وتنظيم الدولة من جهة أخرى.",
         ("clashesWith", "islamic-state", "syrian-government-forces"),
         ("alliedWith", "islamic-state", "syrian-government-forces")),
        ("خسرت فصائل المعارضة السيطرة على خان شيخون لصالح قوات النظام.",
         ("losesControlOf", "syrian-armed-opposition", "khan-shaykhun"),
         ("controls", "syrian-armed-opposition", "khan-shaykhun")),
        ("نصب عناصر تنظيم الدولة كمينا لرتل تابع لقوات النظام قرب تدمر.",
         ("attacks", "islamic-state", "syrian-government-forces"),
         ("alliedWith", "islamic-state", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_arabic_fighting_alongside_losing_control_and_ambushes(
    pipeline: Pipeline,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = triples(pipeline, text, "ar")
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Iran's Revolutionary Guards fired missiles at Abu Kamal.",
         ("attacks", "islamic-revolutionary-guard-corps", "abu-kamal")),
        ("fr", "Les Gardiens de la révolution iraniens ont tiré des missiles sur Abou Kamal.",
         ("attacks", "islamic-revolutionary-guard-corps", "abu-kamal")),
        ("ar", "أطلق الحرس الثوري الإيراني صواريخ على البوكمال.",
         ("attacks", "islamic-revolutionary-guard-corps", "abu-kamal")),
        ("fr", "Le Hezbollah a envoyé des milliers de combattants en Syrie pour soutenir Damas.",
         ("supports", "hezbollah", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_missiles_fired_at_a_place_and_fighters_sent_to_support(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les combattants du Hezbollah se battent au côté de l'armée syrienne près de Homs.",
         ("alliedWith", "hezbollah", "syrian-government-forces")),
        ("fr", "Des dizaines de combattants pro-régime ont été exécutés par les rebelles.",
         ("attacks", "syrian-armed-opposition", "syrian-government-forces")),
        ("en", "Dozens of regime soldiers were executed by Islamic State in Palmyra.",
         ("attacks", "islamic-state", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_beside_the_army_executions_and_the_shiite_movement(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Iran has bankrolled Hezbollah for decades.", {("supports", "iran", "hezbollah")}),
        ("en", "Russia is propping up the Assad regime.",
         {("supports", "russia", "syrian-government-forces")}),
        ("en", "Washington has equipped the SDF with armoured vehicles.",
         {("supports", "united-states", "syrian-democratic-forces")}),
        ("en", "Turkey provided artillery cover to the Free Syrian Army.",
         {("supports", "turkey", "free-syrian-army")}),
        ("fr", "La Turquie a fourni une couverture d'artillerie à l'Armée syrienne libre.",
         {("supports", "turkey", "free-syrian-army")}),
        ("fr", "Washington a équipé les FDS de véhicules blindés.",
         {("supports", "united-states", "syrian-democratic-forces")}),
        ("en", "Ahrar al-Sham and Jabhat al-Nusra formed Jaysh al-Fatah.",
         {("alliedWith", "ahrar-al-sham", "jaysh-al-fatah"),
          ("alliedWith", "jabhat-al-nusra", "jaysh-al-fatah"),
          ("alliedWith", "ahrar-al-sham", "jabhat-al-nusra")}),
        ("en", "The SDF was formed in 2015.", set()),
        ("en", "Rebels blew up a checkpoint of the regime near Hama.",
         {("attacks", "syrian-armed-opposition", "syrian-government-forces")}),
        ("fr", "Les rebelles ont fait sauter un barrage de l'armée syrienne près de Hama.",
         {("attacks", "syrian-armed-opposition", "syrian-government-forces")}),
    ],
)  # fmt: skip
def test_funding_equipping_cover_founding_and_blowing_up(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قدمت تركيا غطاء مدفعيا للجيش الحر.", {("supports", "turkey", "free-syrian-army")}),
        ("فجرت فصائل المعارضة حاجزا لقوات النظام قرب حماة.",
         {("attacks", "syrian-armed-opposition", "syrian-government-forces")}),
        ("شكلت أحرار الشام وجبهة النصرة جيش الفتح.",
         {("alliedWith", "ahrar-al-sham", "jabhat-al-nusra")}),
        ("شكلت الحرب تهديدا لتركيا.", set()),
        ("قصفت الطائرات الروسية فجر اليوم مدينة إدلب.", {("attacks", "russia", "idlib")}),
    ],
)  # fmt: skip
def test_arabic_cover_blowing_up_and_founding(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """فجر alone is also "dawn" (فجر اليوم), so only its inflected forms are attack verbs."""
    assert triples(pipeline, text, "ar") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Hundreds of IS fighters turned themselves in to the SDF.",
         {("surrendersTo", "islamic-state", "syrian-democratic-forces")}),
        ("en", "The rebels capitulated to government forces in Daraa.",
         {("surrendersTo", "syrian-armed-opposition", "syrian-government-forces")}),
        ("fr", "Des centaines de jihadistes de l'EI se sont livrés aux FDS.",
         {("surrendersTo", "islamic-state", "syrian-democratic-forces")}),
        ("fr", "La Russie a livré des armes au régime.",
         {("supports", "russia", "syrian-government-forces")}),
        ("en", "The regime has starved Madaya into submission.",
         {("besieges", "syrian-government-forces", "madaya")}),
        ("fr", "Le régime affame Madaya.", {("besieges", "syrian-government-forces", "madaya")}),
        ("en", "Starving civilians fled Madaya.", set()),
    ],
)  # fmt: skip
def test_giving_oneself_up_and_starving_a_town(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected
