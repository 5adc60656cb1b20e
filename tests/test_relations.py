"""Each of the eight relations in each language, on sentences written for these tests.

Every case is (language, sentence, expected triples as gazetteer ids). Negated, denied,
threatened and planned events must yield nothing; an attempted capture is no capture, though
the fight for the place is an attack on it (SCHEMA.md).
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from kg.model import Relation
from tests.conftest import article, triples

CASES = [
    # attacks
    (
        "en",
        "Russian warplanes bombed positions of Hayat Tahrir al-Sham near Idlib on Monday.",
        {("attacks", "russia", "hayat-tahrir-al-sham")},
    ),
    (
        "fr",
        "L'aviation russe a bombardé des positions de Hayat Tahrir al-Cham près d'Idleb.",
        {("attacks", "russia", "hayat-tahrir-al-sham")},
    ),
    (
        "ar",
        "قصفت طائرات التحالف الدولي مواقع لتنظيم داعش في ريف الرقة.",
        {("attacks", "international-coalition", "islamic-state")},
    ),
    # clashesWith
    (
        "en",
        "Heavy clashes broke out between the Syrian Democratic Forces and Islamic State "
        "east of Raqqa.",
        {("clashesWith", "syrian-democratic-forces", "islamic-state")},
    ),
    (
        "fr",
        "De violents affrontements opposent les FDS à l'État islamique près de Raqqa.",
        {("clashesWith", "syrian-democratic-forces", "islamic-state")},
    ),
    (
        "ar",
        "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش شرق الرقة.",
        {("clashesWith", "syrian-democratic-forces", "islamic-state")},
    ),
    # controls
    (
        "en",
        "The Syrian Democratic Forces captured Tabqa after a week of fighting.",
        {("controls", "syrian-democratic-forces", "tabqa")},
    ),
    (
        "fr",
        "Les FDS ont pris le contrôle de Tabqa après une semaine de combats.",
        {("controls", "syrian-democratic-forces", "tabqa")},
    ),
    (
        "ar",
        "سيطرت قوات سوريا الديمقراطية على مدينة الطبقة بعد أسبوع من المعارك.",
        {("controls", "syrian-democratic-forces", "tabqa")},
    ),
    # losesControlOf
    (
        "en",
        "Islamic State fighters withdrew from Manbij overnight.",
        {("losesControlOf", "islamic-state", "manbij")},
    ),
    (
        "fr",
        "Les combattants de Daech se sont retirés de Manbij dans la nuit.",
        {("losesControlOf", "islamic-state", "manbij")},
    ),
    (
        "ar",
        "انسحب عناصر تنظيم داعش من مدينة منبج خلال الليل.",
        {("losesControlOf", "islamic-state", "manbij")},
    ),
    # surrendersTo
    (
        "en",
        "Dozens of Islamic State militants surrendered to the Syrian Democratic Forces in Raqqa.",
        {("surrendersTo", "islamic-state", "syrian-democratic-forces")},
    ),
    (
        "fr",
        "Des dizaines de jihadistes de Daech se sont rendus aux FDS à Raqqa.",
        {("surrendersTo", "islamic-state", "syrian-democratic-forces")},
    ),
    (
        "ar",
        "استسلم العشرات من عناصر داعش لقوات سوريا الديمقراطية في الرقة.",
        {("surrendersTo", "islamic-state", "syrian-democratic-forces")},
    ),
    # supports
    (
        "en",
        "The Syrian Democratic Forces, backed by the United States, advanced on Raqqa.",
        {("supports", "united-states", "syrian-democratic-forces")},
    ),
    (
        "fr",
        "Les FDS, soutenues par les États-Unis, progressent vers Raqqa.",
        {("supports", "united-states", "syrian-democratic-forces")},
    ),
    (
        "ar",
        "تتقدم قوات سوريا الديمقراطية المدعومة من الولايات المتحدة نحو الرقة.",
        {("supports", "united-states", "syrian-democratic-forces")},
    ),
    # alliedWith
    (
        "en",
        "Hezbollah fought alongside the Syrian army in Qusayr.",
        {("alliedWith", "hezbollah", "syrian-government-forces")},
    ),
    (
        "fr",
        "Le Hezbollah s'est allié au régime syrien dans la bataille de Qousseir.",
        {("alliedWith", "hezbollah", "syrian-government-forces")},
    ),
    (
        "ar",
        "تحالف حزب الله مع قوات النظام في معركة القصير.",
        {("alliedWith", "hezbollah", "syrian-government-forces")},
    ),
    # besieges
    (
        "en",
        "Government forces besieged Eastern Ghouta for five years.",
        {("besieges", "syrian-government-forces", "eastern-ghouta")},
    ),
    (
        "fr",
        "L'armée syrienne assiège la Ghouta orientale depuis cinq ans.",
        {("besieges", "syrian-government-forces", "eastern-ghouta")},
    ),
    (
        "ar",
        "تحاصر قوات النظام الغوطة الشرقية منذ خمس سنوات.",
        {("besieges", "syrian-government-forces", "eastern-ghouta")},
    ),
]

NOTHING = [
    ("en", "Islamic State fighters withdrew from the dam towards Raqqa."),
    ("en", "Coalition jets were busy in the final days of the battle for Islamic State."),
    ("en", "Islamic State fighters withdrew to Raqqa after the battle."),
    ("ar", "انسحب عناصر التنظيم إلى مدينة الرقة."),
    ("en", "The Syrian Democratic Forces denied shelling Turkish positions near Manbij."),
    ("en", "Turkey threatened to attack the People's Protection Units in Manbij."),
    ("en", "Islamic State says it will try to capture Deir ez-Zor."),
    ("en", "It is premature to say that the army captured Palmyra."),
    ("fr", "Les FDS ont démenti avoir bombardé des positions turques près de Manbij."),
    ("fr", "La Turquie menace d'attaquer les YPG à Manbij."),
    ("fr", "L'armée syrienne menace de tenter de reprendre Palmyre."),
    ("ar", "نفت قوات سوريا الديمقراطية أن تكون قد قصفت مواقع تركية قرب منبج."),
    ("ar", "هددت تركيا بمهاجمة وحدات حماية الشعب في منبج."),
    ("ar", "لم تسيطر قوات النظام على مدينة تدمر حتى الآن."),
    ("ar", "تحاول قوات النظام التقدم نحو دير الزور."),
    # an operation or battle "of retaking" names an aim, not a capture
    ("ar", "شارك مقاتلو حزب الله في عمليات استعادة مدينة تدمر."),
    ("ar", "يتوقع محللون ألا تطول معركة استعادة مدينة الميادين."),
    # an entry or capture someone prevented did not happen
    ("ar", "قال ناشطون إن الأهالي منعوا عناصر هيئة تحرير الشام من دخول مدينة سراقب ."),
    ("en", "Residents prevented Hayat Tahrir al-Sham from entering Saraqib."),
    ("fr", "Les habitants ont empêché les combattants de l'armée syrienne d'entrer dans Saraqeb."),
    # a capture being approached has not happened
    ("ar", "ومع اقتراب استيلاء قوات سوريا الديمقراطية على مدينة الرقة تتصاعد المخاوف ."),
    # a battle a relative clause says is planned has not been fought
    ("ar", "قال مسؤول إن المعركة التي تخطط لها تركيا ضد داعش قد تبدأ الشهر المقبل."),
    ("en", "Analysts say the offensive which Turkey plans against the YPG may start in spring."),
]


def _ordered(t: tuple[str, str, str]) -> tuple[str, str, str]:
    rel, s, o = t
    return (rel, o, s) if Relation(rel).symmetric and o < s else t


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{next(iter(c[2]))[0]}" for c in CASES]
)
def test_sentence_yields_its_relation(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} <= triples(pipeline, text, lang)


def test_every_relation_is_covered_in_every_language() -> None:
    covered = {(lang, next(iter(exp))[0]) for lang, _, exp in CASES}
    missing = {(lang, r.value) for lang in ("ar", "fr", "en") for r in Relation} - covered
    assert not missing, f"no test sentence for {sorted(missing)}"


@pytest.mark.parametrize(
    ("lang", "text"), NOTHING, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOTHING)]
)
def test_negated_or_hypothetical_sentence_yields_nothing(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Unidentified aircraft bombed the town of Saraqib at dawn."),
        ("ar", "قصفت طائرات مجهولة بلدة سراقب فجر اليوم."),
        ("fr", "Des avions non identifiés ont bombardé la ville de Saraqeb."),
    ],
)
def test_unnamed_agent_keeps_the_event_without_an_actor_triple(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    x = pipeline.process(article(text, lang))
    events = [a for a in x.assertions if a.relation is Relation.ATTACKS]
    assert events and all(a.agent is None and a.agent_description for a in events)
    assert events[0].target is not None and not events[0].target.is_actor


def test_a_verbal_noun_takes_the_genitive_after_it_as_agent(pipeline: Pipeline) -> None:
    text = "ووصفت المعارضة انسحاب قوات النظام من سهل الغاب بأنه الأكبر."
    assert triples(pipeline, text, "ar") == {
        ("losesControlOf", "syrian-government-forces", "al-ghab-plain")
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Moscow backs Damascus.", ("supports", "russia", "syrian-government-forces")),
        ("en", "Washington is arming the YPG.", ("supports", "united-states",
                                                "peoples-protection-units")),
        ("en", "The SDF and Islamic State clashed near Tabqa.",
         ("clashesWith", "islamic-state", "syrian-democratic-forces")),
    ],
)  # fmt: skip
def test_capitals_stand_for_their_state_when_they_act(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_state_force_is_rolled_up_to_the_state_and_the_unit_is_kept(pipeline: Pipeline) -> None:
    x = pipeline.process(
        article("Russian Aerospace Forces struck Islamic State near Palmyra.", "en")
    )
    (a,) = [a for a in x.assertions if a.relation is Relation.ATTACKS]
    assert a.agent is not None and a.agent.ident == "russia"
    assert a.agent_unit is not None and a.agent_unit.ident == "russian-aerospace-forces"


def test_reported_speech_keeps_the_claimant_out_of_the_arguments(pipeline: Pipeline) -> None:
    text = "أفاد المرصد السوري لحقوق الإنسان بأن قوات النظام سيطرت على مدينة تدمر."
    x = pipeline.process(article(text, "ar"))
    (a,) = x.assertions
    assert (a.relation, a.agent and a.agent.ident, a.target and a.target.ident) == (
        Relation.CONTROLS,
        "syrian-government-forces",
        "palmyra",
    )
    assert a.claimant is not None and a.claimant.ident == "syrian-observatory-for-human-rights"


def test_evidence_points_at_the_words_that_carry_the_fact(pipeline: Pipeline) -> None:
    text = "Fighting went on. The Syrian Democratic Forces captured Tabqa."
    x = pipeline.process(article(text, "en"))
    (a,) = x.assertions
    ev = a.evidence
    assert ev.sentence == 1 and ev.sentence_text == "The Syrian Democratic Forces captured Tabqa."
    assert text[ev.start : ev.end] == "Syrian Democratic Forces captured Tabqa"
    assert ev.rule.startswith("en.controls.") and 0 < ev.confidence < 1


def test_between_is_not_read_as_entered_after_accent_folding(pipeline: Pipeline) -> None:
    text = "Des combats ont éclaté entre les FDS et l'État islamique près de Raqqa."
    assert ("controls", "syrian-democratic-forces", "raqqa") not in triples(pipeline, text, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said regime warplanes bombed Saraqib on Monday.",
         {("attacks", "syrian-government-forces", "saraqib")}),
        ("Government forces recaptured Palmyra, said the Syrian Observatory for Human Rights.",
         {("controls", "syrian-government-forces", "palmyra")}),
    ],
)  # fmt: skip
def test_a_source_after_said_is_the_claimant_only_when_it_ends_the_clause(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


def test_where_a_source_is_based_is_not_a_party(pipeline: Pipeline) -> None:
    text = "The Britain-based monitor said Russian jets bombed Saraqib."
    assert triples(pipeline, text, "en") == {("attacks", "russia", "saraqib")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russian air strikes on Idlib killed ten civilians.",
         ("attacks", "russia", "idlib")),
        ("en", "Turkish shelling of Afrin killed five people.", ("attacks", "turkey", "afrin")),
        ("fr", "Les bombardements turcs contre Afrin ont repris.",
         ("attacks", "turkey", "afrin")),
        ("fr", "Les frappes aériennes russes sur Idleb ont tué dix civils.",
         ("attacks", "russia", "idlib")),
        ("ar", "قصف مدفعي تركي استهدف مدينة عفرين.", ("attacks", "turkey", "afrin")),
    ],
)  # fmt: skip
def test_a_demonym_beside_an_event_noun_names_the_state_that_acted(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_armed_is_an_adjective_not_a_demonym(pipeline: Pipeline) -> None:
    text = "أدت الهجمات المسلحة إلى مقتل عشرة مدنيين في مدينة إدلب."
    assert triples(pipeline, text, "ar") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "شنت قوات النظام وحزب الله هجوما على بلدة الزبداني بدعم من الطيران الروسي."),
        ("ar", "تتقدم قوات النظام بدعم جوي روسي نحو مدينة تدمر."),
        ("fr", "L'armée syrienne et le Hezbollah avancent avec l'appui de la Russie vers Palmyre."),
        ("fr", "L'armée syrienne avance avec le soutien aérien russe vers Palmyre."),
        ("en", "Government forces and Hezbollah advanced on Palmyra with the support of Russian "
               "jets."),
    ],
)  # fmt: skip
def test_support_given_with_an_adverbial_goes_to_the_head_of_the_subject(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    supports = {t for t in triples(pipeline, text, lang) if t[0] == "supports"}
    assert supports == {("supports", "russia", "syrian-government-forces")}


def test_a_final_ta_marbuta_is_not_a_possessive_pronoun(pipeline: Pipeline) -> None:
    """السيطرة normalises to السيطره: its ه is not "its", so the nearest subject acts."""
    text = "ومع تراجع هيئة تحرير الشام تمكنت قوات النظام من السيطرة على بلدة خان شيخون."
    assert triples(pipeline, text, "ar") == {
        ("controls", "syrian-government-forces", "khan-shaykhun")
    }


def test_a_capture_noun_far_from_any_name_belongs_to_the_sentence_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "أكدت مصادر ميدانية أن الجيش السوري وصل إلى مشارف البلدة بعد أن أنهى خلال الأسبوع "
        "الماضي السيطرة الكاملة على مدينة تدمر."
    )
    assert ("controls", "syrian-government-forces", "palmyra") in triples(pipeline, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "احتفلت قوات النظام بكسر الحصار عن مطار كويرس.",
        "تتجنب قوات سوريا الديمقراطية أي مواجهة مع الجيش التركي قرب منبج.",
        "أرسلت تركيا أرتالا عسكرية تحضيرا لهجوم على بلدة تل رفعت.",
    ],
)
def test_lifting_avoiding_or_preparing_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert triples(pipeline, text, "ar") == set()


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


def test_every_member_of_a_subject_list_acts(pipeline: Pipeline) -> None:
    text = "The SDF and the YPG attacked Raqqa on Sunday."
    assert triples(pipeline, text, "en") == {
        ("attacks", "syrian-democratic-forces", "raqqa"),
        ("attacks", "peoples-protection-units", "raqqa"),
    }


def test_the_syrian_government_as_a_party_is_its_forces_with_the_unit_kept(
    pipeline: Pipeline,
) -> None:
    x = pipeline.process(article("Russia supports the Syrian government.", "en"))
    (a,) = x.assertions
    assert a.target is not None and a.target.ident == "syrian-government-forces"


def test_under_attack_by_names_the_attacker_after_by(pipeline: Pipeline) -> None:
    text = (
        "Hayat Tahrir al-Sham came under attack near Idlib on Tuesday by Russian-backed "
        "government forces."
    )
    found = triples(pipeline, text, "en")
    assert ("attacks", "syrian-government-forces", "hayat-tahrir-al-sham") in found
    assert not {t for t in found if t[0] == "attacks" and t[1] == "hayat-tahrir-al-sham"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Iraqi troops fought on in the districts it still holds in Mosul."),
        ("en", "The YPG held back Islamic State fighters near Kobani for weeks."),
        ("en", "After months of losses the Nusra Front is on the back foot around Idlib."),
        (
            "fr",
            "Les forces irakiennes combattent dans les quartiers qu'il contrôle encore à Mossoul.",
        ),
    ],
)
def test_idioms_and_pronoun_subjects_make_no_triple_for_the_name_before(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert not {t for t in found if t[0] in ("controls", "supports")}


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Several villages held by Islamic State were captured on Monday.", "Several"),
        ("fr", "Plusieurs villages ont été bombardés lundi.", "Plusieurs"),
    ],
)
def test_a_quantifier_before_a_class_noun_is_not_a_name(
    pipeline: Pipeline, lang: str, text: str, word: str
) -> None:
    x = pipeline.process(article(text, lang))
    assert all(word not in m.surface for m in x.mentions)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US-led coalition bombed Raqqa.",
         {("alliedWith", "international-coalition", "united-states"),
          ("attacks", "international-coalition", "raqqa")}),
        ("Turkish-backed rebels captured al-Bab.",
         {("supports", "turkey", "syrian-armed-opposition"),
          ("controls", "syrian-armed-opposition", "al-bab")}),
    ],
)  # fmt: skip
def test_a_compound_inside_a_known_name_is_read_as_a_relation(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


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
        ("en", "The YPG, part of the SDF, took the town.",
         ("alliedWith", "peoples-protection-units", "syrian-democratic-forces")),
        ("en", "Jaysh al-Thuwar is a member of the Syrian Democratic Forces.",
         ("alliedWith", "jaysh-al-thuwar", "syrian-democratic-forces")),
        ("fr", "Les YPG, composante des FDS, ont pris la ville.",
         ("alliedWith", "peoples-protection-units", "syrian-democratic-forces")),
        ("ar", 'قاتل " جيش الثوار " ضمن " قوات سوريا الديمقراطية " في عفرين.',
         ("alliedWith", "jaysh-al-thuwar", "syrian-democratic-forces")),
        # a party or council is a member or a group too, though never a party to fighting
        ("en", "The People's Protection Units, which is the armed wing of the PYD, hold Kobani.",
         ("alliedWith", "democratic-union-party", "peoples-protection-units")),
        ("fr", "Les YPG, bras armé du PYD, tiennent Kobané.",
         ("alliedWith", "democratic-union-party", "peoples-protection-units")),
        ("ar", "وحدات حماية الشعب هي الجناح العسكري لحزب الاتحاد الديمقراطي.",
         ("alliedWith", "democratic-union-party", "peoples-protection-units")),
        # linked to
        ("en", "The Nusra Front, linked to al-Qaeda, attacked Khan Shaykhun.",
         ("alliedWith", "al-qaeda", "jabhat-al-nusra")),
        ("en", "The al-Qaeda-linked Nusra Front attacked Khan Shaykhun.",
         ("alliedWith", "al-qaeda", "jabhat-al-nusra")),
        ("fr", "Le Front al-Nosra, lié à Al-Qaïda, a attaqué Khan Cheikhoun.",
         ("alliedWith", "al-qaeda", "jabhat-al-nusra")),
        ("ar", "هاجمت جبهة النصرة المرتبطة بتنظيم القاعدة بلدة خان شيخون.",
         ("alliedWith", "al-qaeda", "jabhat-al-nusra")),
    ],
)  # fmt: skip
def test_a_group_named_as_part_of_another_is_allied_with_it(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected", "wrong"),
    [
        # the group a group is tied to describes it: never the target of its attack
        ("ar", "هاجمت جبهة النصرة المرتبطة بتنظيم القاعدة بلدة خان شيخون.",
         ("attacks", "jabhat-al-nusra", "khan-shaykhun"),
         ("attacks", "jabhat-al-nusra", "al-qaeda")),
        # an aside between commas about a party: the party holds, not the group in the aside
        ("en", "The PYD, the Syrian franchise of the PKK, holds Qamishli.",
         ("alliedWith", "democratic-union-party", "kurdistan-workers-party"),
         ("controls", "kurdistan-workers-party", "qamishli")),
        # a long aside still closes before the verb whose subject it describes
        ("en", "Jaysh al-Thuwar, a small group that has long operated under the banner of "
               "the Free Syrian Army, has received anti-tank missiles from the US.",
         ("supports", "united-states", "jaysh-al-thuwar"),
         ("supports", "united-states", "free-syrian-army")),
        # a compound before a common noun describes the group the list after it names
        ("en", "He condemned al-Qaeda-linked rebel groups such as the Nusra Front.",
         ("alliedWith", "al-qaeda", "jabhat-al-nusra"),
         ("alliedWith", "al-qaeda", "syrian-armed-opposition")),
    ],
)  # fmt: skip
def test_a_description_of_a_group_names_its_ties_not_its_deeds(
    pipeline: Pipeline,
    lang: str,
    text: str,
    expected: tuple[str, str, str],
    wrong: tuple[str, str, str],
) -> None:
    found = triples(pipeline, text, lang)
    assert expected in found
    assert wrong not in found


def test_within_an_operation_against_a_group_is_no_membership(pipeline: Pipeline) -> None:
    text = "شاركت قوات النظام ضمن عملية ضد تنظيم الدولة."
    assert not {t for t in triples(pipeline, text, "ar") if t[0] == "alliedWith"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The decision angered Damascus and its Iranian and Russian allies.",
         {("alliedWith", "iran", "syrian-government-forces"),
          ("alliedWith", "russia", "syrian-government-forces")}),
        ("en", "Assad's forces and their Russian backers bombed Idlib.",
         {("supports", "russia", "syrian-government-forces")}),
        ("fr", "Damas et ses alliés russes et iraniens ont rejeté le plan.",
         {("alliedWith", "iran", "syrian-government-forces"),
          ("alliedWith", "russia", "syrian-government-forces")}),
        ("ar", "استقبلت دمشق وحلفاؤها الروس والإيرانيون القرار بغضب.",
         {("alliedWith", "iran", "syrian-government-forces"),
          ("alliedWith", "russia", "syrian-government-forces")}),
        ("en", "The regime and its allies advanced on Aleppo.", set()),
    ],
)  # fmt: skip
def test_partners_an_owner_is_said_to_have_are_its_allies_or_backers(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {t for t in triples(pipeline, text, lang) if t[0] in ("alliedWith", "supports")}
    assert found == expected


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


def test_withdrawing_from_villages_around_a_town_is_not_losing_the_town(
    pipeline: Pipeline,
) -> None:
    assert triples(pipeline, "انسحب تنظيم الدولة من القرى المحيطة بمنبج.", "ar") == set()


@pytest.mark.parametrize(
    "text",
    [
        "بعد غارة لطيران النظام صباح اليوم الأردن ( CNN ) - - قتل عشرة أشخاص.",
        "بعد غارة لطيران النظام صباح اليوم عمان , الأردن ( CNN ) - - قتل عشرة أشخاص.",
    ],
)
def test_the_place_a_story_was_filed_from_is_no_party(pipeline: Pipeline, text: str) -> None:
    assert triples(pipeline, text, "ar") == set()


def test_a_list_after_other_towns_including_is_read_and_discovered(pipeline: Pipeline) -> None:
    text = "سيطرت هيئة تحرير الشام أمس على بلدات أخرى بينها تل عاقر والمشيرفة ."
    x = pipeline.process(article(text, "ar"))
    taken = {a.target.labels["ar"] for a in x.assertions if a.target is not None}
    assert taken == {"تل عاقر", "المشيرفة"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Syrian army entered Palmyra. On Monday the army shelled Raqqa.",
         {("attacks", "syrian-government-forces", "raqqa")}),
        ("en", "Turkish troops crossed the border. The army then shelled Afrin.",
         {("attacks", "turkey", "afrin")}),
        ("fr", "L'armée turque a franchi la frontière. L'armée a ensuite bombardé Afrin.",
         {("attacks", "turkey", "afrin")}),
        ("ar", "عبرت القوات التركية الحدود . ثم قصف الجيش مدينة عفرين .",
         {("attacks", "turkey", "afrin")}),
        ("en", "The army shelled Afrin.", set()),
    ],
)  # fmt: skip
def test_the_army_is_the_state_force_named_last(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, lang) if t[0] == "attacks"} == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Tabqa lies southeast of Daeshs capital Raqqa.", "islamic-state"),
        # on the last word of a name of several words
        ("They were led by al-Qaedas former Syria affiliate.", "al-qaeda"),
    ],
)
def test_a_possessive_that_lost_its_apostrophe_still_names(
    pipeline: Pipeline, text: str, named: str
) -> None:
    x = pipeline.process(article(text, "en"))
    assert named in {m.entity.ident for m in x.mentions}


def test_a_bracketed_alias_inside_a_camp_does_not_end_it(pipeline: Pipeline) -> None:
    text = (
        "Fighting raged between the YPG on the one hand and the Islamic State (ISIS) and "
        "the Nusra Front on the other."
    )
    assert ("clashesWith", "jabhat-al-nusra", "peoples-protection-units") in triples(
        pipeline, text, "en"
    )


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خاضت قوات النظام معارك عنيفة مع تنظيم داعش في ريف حلب .",
         {("clashesWith", "islamic-state", "syrian-government-forces")}),
        ("شاركت هيئة تحرير الشام في معارك ريف حماة الشرقي إلى جانب حركة أحرار الشام .", set()),
    ],
)  # fmt: skip
def test_a_fight_named_by_a_noun_takes_its_other_side_after_with_or_against(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, "ar") if t[0] == "clashesWith"} == expected


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


def test_fighting_in_order_to_take_a_place_is_no_capture(pipeline: Pipeline) -> None:
    text = "تقاتل قوات الحشد الشعبي للسيطرة على مدينة البوكمال ."
    assert not {t for t in triples(pipeline, text, "ar") if t[0] == "controls"}


def test_a_place_described_at_length_before_in_the_hands_of_is_still_held(
    pipeline: Pipeline,
) -> None:
    text = (
        "Les rebelles ont pilonné Wadi Deif, vaste base militaire du nord du pays toujours aux "
        "mains de l'armée régulière."
    )
    assert ("controls", "syrian-government-forces", "wadi-al-deif") in triples(pipeline, text, "fr")


def test_what_backs_a_subject_neither_acts_for_it_nor_is_hit(pipeline: Pipeline) -> None:
    text = (
        "The SDF, a Kurdish-led force supported by US-led coalition air strikes, encircled Tabqa "
        "last spring."
    )
    assert triples(pipeline, text, "en") == {
        ("supports", "international-coalition", "syrian-democratic-forces"),
        ("alliedWith", "international-coalition", "united-states"),
        ("besieges", "syrian-democratic-forces", "tabqa"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "أعلن جيش الفتح سيطرته على بلدة جسر الشغور .",
         {("controls", "jaysh-al-fatah", "jisr-al-shughur")}),
        ("ar", "وأعلنت الحكومة السورية , الأحد , استعادة السيطرة على مدينة تدمر .",
         {("controls", "syrian-government-forces", "palmyra")}),
        ("ar", "أعلن المرصد السوري لحقوق الإنسان أن قوات النظام سيطرت على مدينة تدمر .",
         {("controls", "syrian-government-forces", "palmyra")}),
    ],
)  # fmt: skip
def test_who_announces_a_capture_noun_made_it_but_a_reported_clause_keeps_its_own_agent(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, lang) if t[0] == "controls"} == expected


def test_a_battle_with_a_named_enemy_belongs_to_the_sentence_subject(pipeline: Pipeline) -> None:
    text = (
        "سيطرت قوات النظام السوري , الجمعة , على مدينة تدمر , بعد معركة دامت شهرين مع تنظيم "
        "الدولة ."
    )
    assert ("clashesWith", "islamic-state", "syrian-government-forces") in triples(
        pipeline, text, "ar"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تقدمت فصائل المعارضة التي تدعمها تركيا نحو مدينة الباب .",
         {("supports", "turkey", "syrian-armed-opposition")}),
        ("يشارك التحالف الدولي الذي تقوده الولايات المتحدة في المعارك .",
         {("alliedWith", "international-coalition", "united-states")}),
        ("قالت مصادر إن القوات التي تدعمها إيران انتشرت قرب الحدود مع إسرائيل .", set()),
    ],
)  # fmt: skip
def test_a_relative_verb_carrying_its_object_points_back_to_the_antecedent(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, "ar") if t[0] in ("supports", "alliedWith")} == (
        expected
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وتعد وحدات حماية الشعب شريكا أساسيا في التحالف الدولي ."),
        ("en", "The YPG is a key partner in the international coalition."),
    ],
)
def test_a_partner_in_a_coalition_is_its_ally(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("alliedWith", "international-coalition", "peoples-protection-units") in triples(
        pipeline, text, lang
    )


def test_names_that_describe_a_subject_are_not_agents_or_supported(pipeline: Pipeline) -> None:
    text = (
        "وتتقدم قوات النظام والمقاتلون المدعومون من إيران , بدعم جوي روسي , نحو البوكمال , "
        "ضمن عملية ضد جيب لتنظيم الدولة ."
    )
    found = triples(pipeline, text, "ar")
    assert ("supports", "russia", "syrian-government-forces") in found
    assert not {t for t in found if t[0] == "attacks" and t[1] in ("russia", "iran")}
    assert ("supports", "iran", "russia") not in found and (
        "supports",
        "russia",
        "iran",
    ) not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF launched its campaign for Raqqa in November.",
         ("attacks", "syrian-democratic-forces", "raqqa")),
        ("en", "Islamic State mounted a counterattack against government forces near Palmyra.",
         ("attacks", "islamic-state", "syrian-government-forces")),
        ("fr", "L'armée syrienne a lancé une offensive contre Daech près de Palmyre.",
         ("attacks", "syrian-government-forces", "islamic-state")),
        ("ar", "شنت قوات سوريا الديمقراطية حملة عسكرية على تنظيم داعش في ريف الرقة .",
         ("attacks", "syrian-democratic-forces", "islamic-state")),
    ],
)  # fmt: skip
def test_an_offensive_or_campaign_against_someone_attacks_them(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


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
        ("en", "Jaysh al-Tahrir has received several anti-tank missiles from the United States.",
         {("supports", "united-states", "jaysh-al-tahrir")}),
        ("ar", "تلقت فصائل المعارضة أسلحة من تركيا .",
         {("supports", "turkey", "syrian-armed-opposition")}),
        ("en", "Islamic State received heavy strikes from the coalition forces.", set()),
        ("ar", "يتلقى تنظيم داعش ضربات من التحالف الدولي .", set()),
    ],
)  # fmt: skip
def test_receiving_aid_from_someone_means_they_back_you_but_receiving_strikes_does_not(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in triples(pipeline, text, lang) if t[0] == "supports"} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Fighting raged in Palmyra, which Islamic State captured in 2015.",
         ("controls", "islamic-state", "palmyra")),
        ("en", "The army entered Manbij, which the SDF had held for a year.",
         ("controls", "syrian-democratic-forces", "manbij")),
        ("fr", "Des combats ont éclaté à Palmyre, que l'EI avait prise en 2015.",
         ("controls", "islamic-state", "palmyra")),
    ],
)  # fmt: skip
def test_the_object_of_a_relative_clause_is_the_name_before_its_pronoun(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        'سيطرت قوات النظام على قرى " خمسة كبير , تل مسعود , كفر نابو " شرق حلب .',
        'سيطرت قوات النظام على قرى " عين دقنة , رسم عبود جفتلك , الحمرات , جب الصفا " .',
    ],
)
def test_every_item_of_a_village_list_is_one_whole_name(pipeline: Pipeline, text: str) -> None:
    x = pipeline.process(article(text, "ar"))
    listed = [m.surface for m in x.mentions if m.rule.startswith("discovery")]
    start = text.index('" ') + 2
    items = [i.strip() for i in text[start : text.index(' "', start)].split(",")]
    assert listed == items
    taken = {a.target.labels["ar"] for a in x.assertions if a.target is not None}
    assert taken == set(items)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des armes ont été livrées aux rebelles combattant le régime.",
         {("clashesWith", "syrian-armed-opposition", "syrian-government-forces")}),
        ("Un combattant de l'EI a été tué à Raqqa.", set()),
    ],
)  # fmt: skip
def test_a_participle_of_fighting_links_its_subject_and_object_but_a_fighter_alone_does_not(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "fr") == expected


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
        ("ar", "نفذت الولايات المتحدة وروسيا عمليات مشتركة ضد تنظيم داعش في سوريا ."),
        (
            "en",
            "Russia and Turkey carried out a joint operation against Islamic State near al-Bab.",
        ),
        ("ar", "تركزت معارك الجيش وحلفائه وتنظيم داعش في البادية ."),
    ],
)
def test_the_enemy_of_a_joint_operation_is_no_partner(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    partners = {t for t in triples(pipeline, text, lang) if t[0] == "alliedWith"}
    assert not {t for t in partners if "islamic-state" in t}


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
        ("en", "The SDF announced it had captured the town of Hajin."),
        ("fr", "Les FDS ont annoncé avoir pris la ville de Hajine."),
        ("ar", "أعلنت قوات سوريا الديمقراطية أنها سيطرت على بلدة هجين ."),
    ],
)
def test_a_source_that_reports_its_own_deed_is_its_agent(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("controls", "syrian-democratic-forces", "hajin") in triples(pipeline, text, lang)


def test_surrendering_a_town_to_someone_is_losing_it(pipeline: Pipeline) -> None:
    text = "The rebels surrendered Homs to government forces under a deal."
    assert triples(pipeline, text, "en") >= {("losesControlOf", "syrian-armed-opposition", "homs")}


def test_what_was_seized_from_a_named_holder_is_lost_by_it_even_if_the_taker_is_unnamed(
    pipeline: Pipeline,
) -> None:
    text = "Kurdish-led fighters seized the Tabqa dam from Islamic State."
    assert triples(pipeline, text, "en") == {("losesControlOf", "islamic-state", "tabqa-dam")}


def test_an_anaphor_is_not_a_group_named_earlier_in_its_own_sentence(pipeline: Pipeline) -> None:
    text = "Les YPG ont chassé les jihadistes de Kobané."
    found = triples(pipeline, text, "fr")
    assert ("controls", "peoples-protection-units", "kobani") in found
    assert ("losesControlOf", "peoples-protection-units", "kobani") not in found


@pytest.mark.parametrize(
    "text",
    [
        # named with the anaphor's own noun earlier in the sentence: the anaphor is that group
        "هاجم حزب الله مواقع في البادية. وقال مراسل إن تنظيم داعش نقل قادته إلى الميادين "
        "حيث سيطر التنظيم على مدينة الميادين.",
        # a second anaphor in a sentence is the group the first one stood for
        "هاجم تنظيم الدولة مواقع الجيش. ثم جاء حزب الله إلى المنطقة. وتقدم الجيش نحو مسلحي "
        "التنظيم حيث سيطر التنظيم على مدينة الميادين.",
    ],
)
def test_an_anaphor_named_with_its_noun_in_its_own_sentence_is_that_group(
    pipeline: Pipeline, text: str
) -> None:
    found = triples(pipeline, text, "ar")
    assert ("controls", "islamic-state", "al-mayadin") in found
    assert ("controls", "hezbollah", "al-mayadin") not in found


@pytest.mark.parametrize(
    "text",
    [
        "أغلقت القوات العراقية الحدود بعد سيطرتها على مدينة القائم وطرد تنظيم الدولة منها.",
        "هاجم تنظيم الدولة مدينة القائم. وأغلقت القوات العراقية الحدود بعد سيطرتها على "
        "مدينة القائم وطرد مسلحي التنظيم منها.",
    ],
)
def test_driven_out_of_it_names_the_place_taken_just_before(pipeline: Pipeline, text: str) -> None:
    found = triples(pipeline, text, "ar")
    assert ("losesControlOf", "islamic-state", "al-qaim") in found
    assert ("controls", "iraq", "al-qaim") in found
    assert ("controls", "islamic-state", "al-qaim") not in found


def test_possessed_partners_may_be_nouns_used_as_adjectives(pipeline: Pipeline) -> None:
    text = "Les forces turques et leurs alliés rebelles ont pris Afrin dimanche."
    assert ("alliedWith", "syrian-armed-opposition", "turkey") in triples(pipeline, text, "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian jets destroyed Islamic State positions near Palmyra."),
        ("fr", "L'aviation russe a détruit des positions de l'État islamique près de Palmyre."),
        ("ar", "دمرت الطائرات الروسية مواقع لتنظيم داعش قرب مدينة تدمر ."),
    ],
)
def test_destroying_someones_positions_attacks_them(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("attacks", "russia", "islamic-state") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "تعرضت مدينة الباب لقصف مدفعي تركي عنيف .", {("attacks", "turkey", "al-bab")}),
        ("ar", "تعرضت مواقع داعش لغارات شنتها طائرات التحالف الدولي .",
         {("attacks", "international-coalition", "islamic-state")}),
        ("ar", "تعرضت بلدة سراقب لقصف من قبل قوات النظام .",
         {("attacks", "syrian-government-forces", "saraqib")}),
        ("ar", "يتلقى تنظيم داعش منذ أشهر ضربات يشنها الجيش السوري ووحدات حماية الشعب .",
         {("attacks", "syrian-government-forces", "islamic-state"),
          ("attacks", "peoples-protection-units", "islamic-state")}),
        ("en", "Islamic State positions came under Russian air strikes overnight.",
         {("attacks", "russia", "islamic-state")}),
        ("en", "The town of Saraqib came under heavy shelling by government forces.",
         {("attacks", "syrian-government-forces", "saraqib")}),
        ("fr", "La ville de Saraqeb a été la cible de frappes russes.",
         {("attacks", "russia", "saraqib")}),
    ],
)  # fmt: skip
def test_who_comes_under_strikes_is_their_target_never_their_author(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


def test_coming_under_control_is_still_control(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Manbij came under SDF control in 2016.", "en")
    assert found == {("controls", "syrian-democratic-forces", "manbij")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "سمحت حركة أحرار الشام لرتل المقاتلين بالمرور بقيادة جبهة النصرة نحو ريف حلب ."),
        ("en", "The coalition, led by the United States, struck Raqqa on Monday."),
    ],
)
def test_who_leads_qualifies_only_the_name_right_before_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert not {t for t in found if t[0] == "alliedWith" or t[1] == "united-states"}


def test_led_by_right_after_a_name_still_allies_leader_and_led(pipeline: Pipeline) -> None:
    found = triples(pipeline, "شنت طائرات التحالف الدولي بقيادة واشنطن غارات على الرقة .", "ar")
    assert ("alliedWith", "international-coalition", "united-states") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The YPG, which is the armed wing of the PKK, denied the report.",
         ("alliedWith", "kurdistan-workers-party", "peoples-protection-units")),
        ("Jabhat Fatah al-Sham, a Syrian affiliate of al-Qaeda, took the town.",
         ("alliedWith", "al-qaeda", "jabhat-fatah-al-sham")),
        ("The Hamza Division is a rebel faction of the Free Syrian Army.",
         ("alliedWith", "free-syrian-army", "hamza-division")),
    ],
)  # fmt: skip
def test_membership_reads_through_which_is_and_a_qualifier(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert _ordered(expected) in triples(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("The jets belonged to the Syrian regime or its ally Russia.", {"russia"}),
        ("Damascus and its allies Iran and Russia met in Sochi.", {"iran", "russia"}),
    ],
)
def test_allies_named_in_apposition_after_its_allies_are_allies(
    pipeline: Pipeline, text: str, partners: set[str]
) -> None:
    found = triples(pipeline, text, "en")
    assert {_ordered(("alliedWith", p, "syrian-government-forces")) for p in partners} <= found


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


def test_a_list_whose_first_village_is_known_is_still_read_to_its_end(pipeline: Pipeline) -> None:
    text = "سيطر جيش الفتح أمس على بلدات المنصورة وتل واسط وخربة الناقوس ."
    x = pipeline.process(article(text, "ar"))
    taken = {a.target.labels["ar"] for a in x.assertions if a.target is not None}
    assert {"تل واسط", "خربة الناقوس"} <= taken


def test_the_villages_of_a_city_are_no_list(pipeline: Pipeline) -> None:
    x = pipeline.process(article("انسحب التنظيم باتجاه قرى البوكمال والحدود العراقية .", "ar"))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


def test_after_a_comma_a_list_item_must_be_followed_by_the_list(pipeline: Pipeline) -> None:
    text = "سيطرت الفصائل على قرى تل حمد وعين سلمو , ليصبح مقاتلوها على مسافة قريبة من المدينة ."
    x = pipeline.process(article(text, "ar"))
    assert {m.surface for m in x.mentions if m.rule.startswith("discovery")} == {
        "تل حمد",
        "عين سلمو",
    }


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
        ("ar", "وسيطر جيش الفتح - الذي يضم فصائل إسلامية عدة وكتائب محلية أخرى - صباح أمس على "
               "حاجز جديد في ريف المدينة وعلى بلدة سراقب ."),
        ("en", "Jaysh al-Fatah captured - after three days of heavy fighting with government "
               "troops and allied militias - the town of Saraqib."),
    ],
)  # fmt: skip
def test_an_aside_between_dashes_does_not_push_the_object_out_of_reach(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("controls", "jaysh-al-fatah", "saraqib") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "تقاتل هيئة تحرير الشام مع الجيش التركي ضد وحدات حماية الشعب ."),
        ("ar", "وتقاتل هيئة تحرير الشام مع الجيش التركي وحدات حماية الشعب في ريف حلب ."),
        ("en", "Hayat Tahrir al-Sham is fighting with the Turkish army against the YPG."),
    ],
)
def test_fighting_with_a_partner_against_an_enemy_is_not_fighting_the_partner(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert {
        ("clashesWith", "hayat-tahrir-al-sham", "peoples-protection-units"),
        ("clashesWith", "peoples-protection-units", "turkey"),
        ("alliedWith", "hayat-tahrir-al-sham", "turkey"),
    } <= found
    assert ("clashesWith", "hayat-tahrir-al-sham", "turkey") not in found


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


def test_its_capture_in_a_sentence_naming_no_actor_is_the_last_sentences_topic(
    pipeline: Pipeline,
) -> None:
    text = "سيطرت قوات سوريا الديمقراطية على مدينة الطبقة . وأعلنت لاحقا عن سيطرتها على سد الفرات ."
    x = pipeline.process(article(text, "ar"))
    second = {
        (a.relation.value, a.agent.ident, a.target.ident)
        for a in x.assertions
        if a.agent and a.target and a.evidence.sentence == 1
    }
    assert second == {("controls", "syrian-democratic-forces", "tabqa-dam")}
    (claim,) = [a for a in x.assertions if a.evidence.sentence == 1]
    assert claim.evidence.confidence < 0.8  # a reference across sentences is less sure


def test_two_villages_after_a_dual_head_are_two_names(pipeline: Pipeline) -> None:
    text = "سيطرت قوات النخبة السورية على قريتي حتاش وحزيمة , شمال مدينة الرقة ."
    x = pipeline.process(article(text, "ar"))
    assert {m.surface for m in x.mentions if m.rule.startswith("discovery")} == {"حتاش", "حزيمة"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "وقال إن القوات الحكومية السورية التي تتلقى الدعم من الحلفاء بما في ذلك القوات "
               "الجوية الروسية تتقدم نحو المدينة .",
         ("supports", "russia", "syrian-government-forces")),
        ("en", "The rebels received weapons from their allies, including Turkey.",
         ("supports", "turkey", "syrian-armed-opposition")),
    ],
)  # fmt: skip
def test_aid_received_from_allies_including_a_named_one_comes_from_it(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(pipeline, text, lang)
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found  # never the other way round


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
    ("text", "expected", "absent"),
    [
        ("Islamic State lost Tabqa last month. It then captured Palmyra.",
         ("controls", "islamic-state", "palmyra"), None),
        ("The SDF said the Observatory was wrong. It had captured Tabqa.",
         ("controls", "syrian-democratic-forces", "tabqa"), None),
        ("Turkey shelled Afrin. Then the YPG said it had captured Jinderes.",
         ("controls", "peoples-protection-units", "jindires"),
         ("controls", "turkey", "jindires")),
    ],
)  # fmt: skip
def test_a_pronoun_subject_with_no_actor_before_it_is_the_last_sentences_first_actor(
    pipeline: Pipeline,
    text: str,
    expected: tuple[str, str, str] | None,
    absent: tuple[str, str, str] | None,
) -> None:
    found = triples(pipeline, text, "en")
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


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
    assert {_ordered(t) for t in expected} <= triples(pipeline, text, lang)


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


def test_a_withdrawal_joined_by_and_to_a_noun_after_after_names_the_loser(
    pipeline: Pipeline,
) -> None:
    text = "سيطرت قوات النظام على مدينة دير حافر بعد اشتباكات وانسحاب تنظيم داعش منها ."
    assert ("losesControlOf", "islamic-state", "deir-hafer") in triples(pipeline, text, "ar")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The rebels received Turkish weapons last year."),
        ("en", "The rebels have received considerable Turkey-support since 2016."),
        ("fr", "Les rebelles ont reçu des armes turques."),
    ],
)
def test_aid_qualified_by_a_state_comes_from_that_state(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("supports", "turkey", "syrian-armed-opposition") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Hezbollah a envoyé des combattants en Syrie. Le mouvement chiite revendique "
               "désormais son soutien au régime de Bachar al-Assad."),
        ("en", "Hezbollah sent fighters into Syria. The Shiite movement now openly claims its "
               "support for the Syrian regime."),
    ],
)  # fmt: skip
def test_the_movement_refers_back_to_the_group_named_last(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("supports", "hezbollah", "syrian-government-forces") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "label", "aliases"),
    [
        ("سيطر الجيش السوري على تلة العجمي الاستراتيجية .", "تلة العجمي", {}),
        ("سيطرت الفصائل على معبر الصوامع شمال المدينة .", "الصوامع", {"ar": ("معبر الصوامع",)}),
    ],
)
def test_an_arabic_place_discovered_after_its_class_word_keeps_the_word_in_a_name(
    pipeline: Pipeline, text: str, label: str, aliases: dict[str, tuple[str, ...]]
) -> None:
    x = pipeline.process(article(text, "ar"))
    (place,) = [m.entity for m in x.mentions if m.rule.startswith("discovery")]
    assert (place.labels["ar"], place.aliases) == (label, aliases)


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("استعاد الجيش السوري السيطرة على المزرعاني في ريف حلب الجنوبي .", "المزرعاني"),
        ("سيطرت هيئة تحرير الشام على تل كردي شمال حماة .", "تل كردي"),
    ],
)
def test_an_unknown_word_taken_in_the_countryside_of_a_known_place_is_a_village(
    pipeline: Pipeline, text: str, village: str
) -> None:
    x = pipeline.process(article(text, "ar"))
    assert {a.target.labels["ar"] for a in x.assertions if a.target} == {village}


@pytest.mark.parametrize(
    "text",
    [
        "شن الطيران الروسي غارات على تجمعات لمسلحين في ريف حلب .",
        "سيطرت الفصائل على أجزاء من ريف حلب .",
    ],
)
def test_generic_targets_in_a_countryside_are_no_villages(pipeline: Pipeline, text: str) -> None:
    x = pipeline.process(article(text, "ar"))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


def test_a_name_after_and_with_its_own_verb_is_no_object(pipeline: Pipeline) -> None:
    text = (
        "Investigators said the regime carried out two attacks in 2015 and the ISIS group was "
        "blamed for a third."
    )
    assert triples(pipeline, text, "en") == set()
    assert ("attacks", "russia", "hama") in triples(
        pipeline, "Russian jets bombed Idlib and Hama.", "en"
    )


def test_a_class_noun_with_a_pronoun_after_a_list_is_no_village(pipeline: Pipeline) -> None:
    text = 'سيطرت قوات النظام على قريتي " البليل وأم خزيم " وتلتيهما في ريف حماة .'
    x = pipeline.process(article(text, "ar"))
    assert {m.surface for m in x.mentions if m.rule.startswith("discovery")} == {
        "البليل",
        "أم خزيم",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurdish Syrian fighters, backed by US-led coalition jets and air strikes, held the town.",
         ("supports", "international-coalition", "peoples-protection-units")),
        ("Syrian Kurdish fighters captured Tal Abyad.",
         ("controls", "peoples-protection-units", "tal-abyad")),
    ],
)  # fmt: skip
def test_two_demonyms_before_fighters_name_the_force_the_pair_is_known_as(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(pipeline, text, "en")
    assert expected in found
    assert not {t for t in found if "syrian-government-forces" in t}


def test_strikes_that_back_fighters_are_no_attack_by_the_fighters(pipeline: Pipeline) -> None:
    text = "Kurdish fighters backed by coalition air strikes held the town of Kobani."
    assert triples(pipeline, text, "en") == {
        ("controls", "peoples-protection-units", "kobani"),
        ("supports", "international-coalition", "peoples-protection-units"),
    }


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


def test_a_stronghold_taken_keeps_its_holder_without_a_loss(pipeline: Pipeline) -> None:
    text = "سيطر الجيش السوري على بلدة خان طومان أكبر معاقل جيش الفتح في ريف حلب ."
    found = triples(pipeline, text, "ar")
    assert ("controls", "jaysh-al-fatah", "khan-tuman") in found
    assert not {t for t in found if t[0] == "losesControlOf"}


def test_a_slashed_list_of_places_each_with_its_class_noun_is_all_taken(
    pipeline: Pipeline,
) -> None:
    text = (
        "واستعادت قوات النظام السيطرة على ( ضاحية الأسد / حاجزي المطاحن والبرج / "
        "منطقة الزهور / معمل الإسمنت ) غرب المدينة ."
    )
    x = pipeline.process(article(text, "ar"))
    taken = {
        a.target.labels.get("ar") or a.target.ident
        for a in x.assertions
        if a.relation.value == "controls" and a.target
    }
    assert {"المطاحن", "البرج", "الزهور", "الإسمنت"} <= taken


def test_a_class_noun_inside_a_list_starts_its_own_item(pipeline: Pipeline) -> None:
    text = "سيطرت الفصائل على معامل السكر والبلاستيك ومعمل الزيوت في المنطقة الصناعية ."
    x = pipeline.process(article(text, "ar"))
    assert {m.surface for m in x.mentions if m.rule.startswith("discovery")} == {
        "السكر",
        "البلاستيك",
        "الزيوت",
    }


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
        ("ar", "دخل الجيش السوري إلى مدينة البوكمال بعدما طوقوا المدينة بالكامل .",
         ("besieges", "syrian-government-forces", "abu-kamal")),
        ("en", "Government forces reached Saraqib on Monday and encircled the town.",
         ("besieges", "syrian-government-forces", "saraqib")),
    ],
)  # fmt: skip
def test_the_town_names_the_town_its_own_sentence_named(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_the_town_never_reaches_into_the_sentence_before(pipeline: Pipeline) -> None:
    text = "قصفت قوات النظام مدينة سراقب . وطوقت الفصائل المدينة ."
    assert not {t for t in triples(pipeline, text, "ar") if t[0] == "besieges"}


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


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت قوات النظام على بلدات وقرى في ريف حماة .",
        "التقى وزير الدفاع اللواء المتقاعد في دمشق .",
        "قصفت الطائرات قرية تقع شرق مدينة حلب .",
    ],
)
def test_class_nouns_ranks_and_verbs_after_a_class_noun_are_no_names(
    pipeline: Pipeline, text: str
) -> None:
    x = pipeline.process(article(text, "ar"))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


def test_a_name_opened_by_a_prefixed_class_word_drops_the_and(pipeline: Pipeline) -> None:
    x = pipeline.process(article("سيطر التنظيم على قرية باشكون وجبل الحوايس .", "ar"))
    assert "جبل الحوايس" in {m.surface for m in x.mentions}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ألقت مروحيات النظام براميل متفجرة على مدينة داريا ."),
        ("fr", "Les hélicoptères du régime ont largué des barils d'explosifs sur Daraya."),
        ("en", "Regime helicopters dropped barrel bombs on Daraya."),
    ],
)
def test_barrel_bombs_dropped_on_a_town_are_an_attack_on_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("attacks", "syrian-government-forces", "daraya") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hezbollah fighters helped the Syrian army retake Qusayr."),
        ("fr", "Le Hezbollah a aidé l'armée syrienne à reprendre Qousseir."),
        ("ar", "ساعد حزب الله الجيش السوري على استعادة مدينة القصير ."),
    ],
)
def test_helping_an_actor_is_supporting_it(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("supports", "hezbollah", "syrian-government-forces") in triples(pipeline, text, lang)


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


def test_withdrawing_towards_a_place_or_to_regroup_gives_it_to_nobody(pipeline: Pipeline) -> None:
    for text in (
        "IS fighters withdrew from Manbij to the Euphrates.",
        "IS fighters withdrew from Manbij to regroup against the SDF.",
    ):
        assert triples(pipeline, text, "en") == {("losesControlOf", "islamic-state", "manbij")}


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
    ("lang", "text"),
    [
        ("en", "Islamic State claimed responsibility for the bombing in Jableh."),
        ("en", "A car bomb claimed by Islamic State killed 20 people in Jableh."),
        ("fr", "L'EI a revendiqué l'attentat de Jablé."),
        ("ar", "تبنى تنظيم داعش الهجوم على مدينة جبلة ."),
    ],
)
def test_who_claims_an_attack_made_it(pipeline: Pipeline, lang: str, text: str) -> None:
    assert triples(pipeline, text, lang) == {("attacks", "islamic-state", "jableh")}


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
        ("ar", "أرسلت روسيا تعزيزات عسكرية لدعم قوات النظام .",
         {("supports", "russia", "syrian-government-forces")}),
        ("en", "Russia sent reinforcements to support the Syrian army.",
         {("supports", "russia", "syrian-government-forces")}),
        ("fr", "Moscou a envoyé des renforts pour soutenir l'armée syrienne.",
         {("supports", "russia", "syrian-government-forces")}),
        ("ar", "هددت روسيا بإرسال تعزيزات لدعم قوات النظام .", set()),
        ("en", "Russia refused to send troops to support the Syrian army.", set()),
    ],
)  # fmt: skip
def test_support_sent_is_support_given_unless_only_threatened_or_refused(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "For two years the SDF was backed by US-led coalition air strikes and "
               "Western advisers.",
         {("supports", "international-coalition", "syrian-democratic-forces"),
          ("alliedWith", "international-coalition", "united-states")}),
        ("en", "The SDF has received considerable US support including airstrikes.",
         {("supports", "united-states", "syrian-democratic-forces")}),
        ("fr", "Les rebelles ont fait état de bombardements à Homs.", set()),
    ],
)  # fmt: skip
def test_strikes_given_as_support_or_only_reported_are_no_attack_by_the_subject(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Islamic State retook Palmyra, which it had lost to Syrian army forces in March.",
         {("controls", "islamic-state", "palmyra"), ("losesControlOf", "islamic-state", "palmyra"),
          ("controls", "syrian-government-forces", "palmyra")}),
        ("fr", "L'État islamique a repris Palmyre, qu'il avait perdue en mars au profit de "
               "l'armée syrienne.",
         {("controls", "islamic-state", "palmyra"), ("losesControlOf", "islamic-state", "palmyra"),
          ("controls", "syrian-government-forces", "palmyra")}),
    ],
)  # fmt: skip
def test_it_in_a_relative_clause_about_a_place_is_the_sentence_subject(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


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


def test_a_verb_after_kama_continues_the_subject_of_the_sentence(pipeline: Pipeline) -> None:
    text = (
        "سيطر تنظيم الدولة على أجزاء من ريف حلب الشرقي عام 2015، كما سيطر على مدينة "
        "الموصل في العراق."
    )
    assert ("controls", "islamic-state", "mosul") in triples(pipeline, text, "ar")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "سيطر تنظيم داعش على مناطق واسعة من دير الزور، حيث تشن طائرات التحالف الدولي "
               "ضربات جوية على مواقعه في المدينة."),
        ("en", "Islamic State still holds Raqqa. US-led coalition jets struck its positions near "
               "the city on Monday."),
        ("fr", "L'État islamique tient toujours Raqqa. Les avions de la coalition "
               "internationale ont frappé ses positions près de la ville."),
    ],
)  # fmt: skip
def test_its_positions_struck_are_the_positions_of_the_actor_the_text_is_about(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("attacks", "international-coalition", "islamic-state") in found
    assert not {t for t in found if t[0] == "attacks" and t[2] != "islamic-state"}


def test_a_name_before_its_positions_is_the_target_itself(pipeline: Pipeline) -> None:
    text = "Russian jets struck the Nusra Front and its positions near Idlib."
    assert triples(pipeline, text, "en") == {("attacks", "russia", "jabhat-al-nusra")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قال مصدر إن وحدات عبرت الحدود إلى العراق بمساعدة من قوات الحشد الشعبي."),
        ("en", "Some units crossed into Iraq with the help of the Popular Mobilization Forces."),
    ],
)
def test_a_country_entered_is_not_the_one_helped(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "supports"}


def test_the_raids_that_an_actor_carried_out_are_its_own(pipeline: Pipeline) -> None:
    text = (
        "تقدمت قوات النظام نحو البلدة، حيث تجاوز عدد الغارات التي شنتها الطائرات الروسية "
        "على مدينة إدلب ستين غارة."
    )
    found = triples(pipeline, text, "ar")
    assert ("attacks", "russia", "idlib") in found
    assert ("attacks", "syrian-government-forces", "russia") not in found
    assert ("attacks", "syrian-government-forces", "idlib") not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "US special forces trained SDF fighters near Kobani.",
         ("supports", "united-states", "syrian-democratic-forces")),
        ("fr", "La Turquie entraîne des combattants de l'Armée syrienne libre.",
         ("supports", "turkey", "free-syrian-army")),
        ("ar", "تدرب الولايات المتحدة مقاتلين من قوات سوريا الديمقراطية.",
         ("supports", "united-states", "syrian-democratic-forces")),
        # a plural demonym after a force noun, of a state whose demonyms are listed
        ("ar", "ويدرب جنود أستراليون قوات عراقية في قاعدة قرب بغداد.",
         ("supports", "australia", "iraq")),
    ],
)  # fmt: skip
def test_training_an_actor_is_supporting_it(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        ("en", "Danish jets struck Islamic State near Raqqa.", "denmark"),
        ("fr", "Des avions australiens ont frappé l'État islamique près de Raqqa.", "australia"),
        ("ar", "قصفت الطائرات الهولندية مواقع لتنظيم داعش قرب الرقة.", "netherlands"),
    ],
)
def test_the_forces_of_coalition_members_roll_up_to_their_state(
    pipeline: Pipeline, lang: str, text: str, state: str
) -> None:
    assert ("attacks", state, "islamic-state") in triples(pipeline, text, lang)


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
    ("lang", "text"),
    [
        ("en", "Opposition fighters killed dozens of troops loyal to Assad in Khan al-Asal after "
               "seizing the strategic town last week."),
        ("fr", "Les rebelles ont tué des dizaines de soldats du régime à Khan al-Assal après avoir "
               "pris la ville la semaine dernière."),
    ],
)  # fmt: skip
def test_after_a_participle_the_subject_of_the_sentence_acts(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("controls", "syrian-armed-opposition", "khan-al-asal") in found
    assert ("controls", "syrian-government-forces", "khan-al-asal") not in found


def test_the_strategic_town_from_an_actor_is_the_town_just_named(pipeline: Pipeline) -> None:
    text = "Rebels entered Khan al-Asal on Monday after seizing the strategic town from the regime."
    found = triples(pipeline, text, "en")
    assert ("losesControlOf", "syrian-government-forces", "khan-al-asal") in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "At least 50 Islamic State fighters were killed in Russian air strikes near "
               "Palmyra.",
         {("attacks", "russia", "islamic-state")}),
        ("fr", "Cinquante combattants de l'État islamique ont été tués dans des frappes russes "
               "près de Palmyre.",
         {("attacks", "russia", "islamic-state")}),
        ("ar", "مقتل 50 عنصرا من تنظيم داعش بغارات روسية قرب تدمر.",
         {("attacks", "russia", "islamic-state")}),
        # the attack's genitive right after it names who struck
        ("ar", "قتل خمسة عناصر من قوات النظام بهجوم لتنظيم داعش على نقطة عسكرية في البادية.",
         {("attacks", "islamic-state", "syrian-government-forces")}),
        # the dead are never the attackers, even when nobody is said to have struck
        ("en", "At least 50 Islamic State fighters were killed in air strikes near Kobani.", set()),
        # unnamed dead: the strikes are read on their own
        ("en", "Twenty civilians were killed in Russian air strikes on Idlib.",
         {("attacks", "russia", "idlib")}),
        ("ar", "قتل عشرون مدنيا في غارات روسية على إدلب.", {("attacks", "russia", "idlib")}),
    ],
)  # fmt: skip
def test_the_side_of_the_dead_is_attacked_by_whoever_struck(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


def test_a_held_compound_reaches_a_place_behind_an_adjective(pipeline: Pipeline) -> None:
    text = "Jihadists attacked regime-held villages in neighbouring Hama province on Tuesday."
    assert ("controls", "syrian-government-forces", "hama-governorate") in triples(
        pipeline, text, "en"
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Iranian leaders fund Hezbollah.", ("supports", "iran", "hezbollah")),
        ("fr", "Les autorités iraniennes financent le Hezbollah.",
         ("supports", "iran", "hezbollah")),
        ("ar", "يمول المسؤولون الإيرانيون حزب الله.", ("supports", "iran", "hezbollah")),
        # "they" after "because" is the name before it
        ("fr", "L'opposition blâme les dirigeants russes, car ils soutiennent toujours "
               "l'armée syrienne.",
         ("supports", "russia", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_a_states_officials_act_for_the_state(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_a_states_officials_are_not_the_army_named_after_them(pipeline: Pipeline) -> None:
    x = pipeline.process(article("Russian officials said the army took Palmyra.", "en"))
    assert not [m for m in x.mentions if m.rule == "coref" and m.entity.ident == "russia"]


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
    "text",
    [
        "خرقت قوات النظام اتفاق وقف إطلاق النار على جبهة إدلب.",  # a ceasefire is no fire
        "فشل مقاتلو المعارضة في السيطرة على مدينة حرستا.",  # a failed attempt takes nothing
    ],
)
def test_a_ceasefire_or_a_failed_attempt_is_no_event(pipeline: Pipeline, text: str) -> None:
    found = triples(pipeline, text, "ar")
    assert not {t for t in found if t[0] in ("attacks", "controls")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia provided weapons to the Syrian army.",
         {("supports", "russia", "syrian-government-forces")}),
        ("en", "The US gave anti-tank missiles to Jaysh al-Thuwar.",
         {("supports", "united-states", "jaysh-al-thuwar")}),
        ("ar", "قدمت روسيا دعما جويا للقوات الحكومية السورية.",
         {("supports", "russia", "syrian-government-forces")}),
        ("ar", "أرسلت تركيا أسلحة إلى فصائل الجيش السوري الحر.",
         {("supports", "turkey", "free-syrian-army")}),
        ("fr", "La Russie a fourni des missiles à l'armée syrienne.",
         {("supports", "russia", "syrian-government-forces")}),
        # what was given is no aid: nothing
        ("en", "Russia sent a letter to Turkey.", set()),
        ("ar", "أرسلت روسيا رسالة إلى تركيا.", set()),
    ],
)  # fmt: skip
def test_giving_aid_to_an_actor_is_supporting_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


def test_wresting_control_is_taking_it(pipeline: Pipeline) -> None:
    text = "The SDF wrested control of Manbij from Islamic State."
    assert triples(pipeline, text, "en") == {
        ("controls", "syrian-democratic-forces", "manbij"),
        ("losesControlOf", "islamic-state", "manbij"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russian jets struck rebel positions near Idlib.",
         {("attacks", "russia", "syrian-armed-opposition")}),
        ("en", "Israeli jets struck Iranian positions near Damascus.",
         {("attacks", "israel", "iran")}),
        ("fr", "L'aviation israélienne a mené des frappes sur des positions iraniennes près de "
               "Damas.",
         {("attacks", "israel", "iran")}),
        ("ar", "شنت الطائرات الإسرائيلية غارات على مواقع إيرانية قرب دمشق.",
         {("attacks", "israel", "iran")}),
    ],
)  # fmt: skip
def test_an_actors_positions_struck_are_an_attack_on_the_actor(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


def test_the_army_after_rebel_positions_is_not_the_rebels(pipeline: Pipeline) -> None:
    text = "Syrian troops held the town. Jets struck rebel positions, and the army advanced."
    x = pipeline.process(article(text, "en"))
    armies = [m.entity.ident for m in x.mentions if m.rule == "coref"]
    assert armies == ["syrian-government-forces"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Rebels shot down a Syrian army helicopter near Idlib.",
         ("attacks", "syrian-armed-opposition", "syrian-government-forces")),
        ("fr", "Les rebelles ont abattu un hélicoptère de l'armée syrienne.",
         ("attacks", "syrian-armed-opposition", "syrian-government-forces")),
        # what belongs to an actor, named after an unnamed noun, is the actor hit
        ("ar", "أسقطت فصائل المعارضة طائرة حربية تابعة للنظام.",
         ("attacks", "syrian-armed-opposition", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_shooting_down_an_actors_aircraft_attacks_it(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_an_aside_closed_a_few_words_before_the_trigger_still_holds_the_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "Le Front al-Nosra, pourtant lié lui aussi à Al-Qaïda, s'est rangé aux côtés des rebelles."
    )
    found = triples(pipeline, text, "fr")
    assert ("alliedWith", "jabhat-al-nusra", "syrian-armed-opposition") in found
    assert ("alliedWith", "al-qaeda", "syrian-armed-opposition") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dozens of soldiers defected from the Syrian army and joined the Free Syrian Army."),
        ("en", "Fighters who left Ahrar al-Sham joined Hayat Tahrir al-Sham."),
        ("fr", "Des dizaines de soldats ont fait défection de l'armée syrienne et rejoint l'Armée "
               "syrienne libre."),
        ("ar", "انشق عشرات الجنود عن قوات النظام وانضموا إلى الجيش السوري الحر."),
    ],
)  # fmt: skip
def test_the_group_people_defected_from_does_not_join_their_new_one(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "alliedWith"}


def test_a_passive_after_an_aside_takes_the_name_before_the_aside(pipeline: Pipeline) -> None:
    text = "Raqqa, which was seized by Islamic State in 2014, was recaptured by the SDF."
    assert ("controls", "syrian-democratic-forces", "raqqa") in triples(pipeline, text, "en")


def test_a_clash_read_from_both_sides_is_one_assertion(pipeline: Pipeline) -> None:
    x = pipeline.process(article("The Nusra Front and Ahrar al-Sham fought each other.", "en"))
    clashes = [a for a in x.assertions if a.relation is Relation.CLASHES_WITH]
    assert len(clashes) == 1


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


def test_an_attack_told_by_its_dead_keeps_where_it_happened(pipeline: Pipeline) -> None:
    text = "At least 50 Islamic State fighters were killed in Russian air strikes near Palmyra."
    (attack,) = pipeline.process(article(text, "en")).assertions
    assert attack.place is not None and attack.place.ident == "palmyra"


def test_which_is_led_by_names_the_leader_of_the_name_before(pipeline: Pipeline) -> None:
    text = "The SDF, which is spearheaded by the YPG, has been fighting Islamic State since 2015."
    found = triples(pipeline, text, "en")
    assert ("alliedWith", "peoples-protection-units", "syrian-democratic-forces") in found
    assert ("clashesWith", "islamic-state", "syrian-democratic-forces") in found


def test_an_aside_which_is_led_by_another_does_not_make_the_leader_act(
    pipeline: Pipeline,
) -> None:
    text = "The coalition, which is led by the US, struck Raqqa."
    assert ("attacks", "united-states", "raqqa") not in triples(pipeline, text, "en")


def test_the_factions_refer_back_to_the_group_named_with_factions(pipeline: Pipeline) -> None:
    text = "سيطرت فصائل المعارضة على بلدة كفرنبودة. وقصفت الفصائل مواقع قوات النظام في ريف حماة."
    found = triples(pipeline, text, "ar")
    assert ("attacks", "syrian-armed-opposition", "syrian-government-forces") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "في حال هاجمت تركيا منبج فإن الولايات المتحدة سترد."),
        ("fr", "En cas d'attaque turque contre Manbij, Washington réagira."),
        ("en", "In case Turkey attacks Manbij, Washington will respond."),
    ],
)
def test_a_conditional_event_is_no_event(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "attacks"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia denied that its jets had struck a hospital in Idlib."),
        ("fr", "La Russie a démenti que ses avions aient frappé un hôpital à Idleb."),
        ("en", "Turkey rejected claims that its troops had shelled Afrin."),
    ],
)
def test_a_denial_governs_the_clause_its_that_opens(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == set()


def test_a_report_with_that_still_reports_the_event(pipeline: Pipeline) -> None:
    text = "Rebels said that they had captured Morek."
    assert ("controls", "syrian-armed-opposition", "morek") in triples(pipeline, text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les rebelles espèrent reprendre Alep."),
        ("ar", "تأمل فصائل المعارضة في استعادة مدينة حلب."),
        ("en", "The rebels hope to retake Aleppo."),
    ],
)
def test_a_hope_is_no_event(pipeline: Pipeline, lang: str, text: str) -> None:
    assert triples(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Activists accused the regime of shelling Douma."),
        ("fr", "Les rebelles ont accusé le régime d'avoir bombardé Douma."),
        ("ar", "اتهمت المعارضة قوات النظام بقصف مدينة دوما."),
    ],
)
def test_an_accusation_reports_the_event_in_every_language(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("attacks", "syrian-government-forces", "douma") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and Iran back Assad, while Turkey supports the rebels."),
        ("ar", "تدعم روسيا الأسد، بينما تدعم تركيا فصائل المعارضة."),
    ],
)
def test_the_subject_of_the_next_clause_is_no_object(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("supports", "turkey", "syrian-armed-opposition") in found
    assert ("supports", "russia", "turkey") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israel carried out strikes on Iranian targets in Syria."),
        ("ar", "شنت إسرائيل غارات على أهداف إيرانية في سوريا."),
    ],
)
def test_an_actors_targets_struck_are_an_attack_on_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("attacks", "israel", "iran") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Turkey launched an operation against the YPG in Afrin.",
         ("attacks", "turkey", "peoples-protection-units")),
        ("en", "Turkey launched a military operation in Afrin.", ("attacks", "turkey", "afrin")),
        ("fr", "La Turquie a lancé une opération militaire contre les YPG à Afrine.",
         ("attacks", "turkey", "peoples-protection-units")),
        ("ar", "أطلقت تركيا عملية عسكرية ضد وحدات حماية الشعب في عفرين.",
         ("attacks", "turkey", "peoples-protection-units")),
    ],
)  # fmt: skip
def test_a_military_operation_against_an_actor_attacks_it(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UN launched a humanitarian operation in Idlib."),
        ("ar", "هددت تركيا بشن عملية عسكرية ضد وحدات حماية الشعب في منبج."),
    ],
)
def test_a_relief_operation_or_a_threatened_one_attacks_nobody(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == set()


def test_a_threat_before_a_relative_clause_does_not_govern_it(pipeline: Pipeline) -> None:
    text = "Turkey threatened Manbij, which the SDF later captured."
    assert ("controls", "syrian-democratic-forces", "manbij") in triples(pipeline, text, "en")


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
    ("text", "expected"),
    [
        ("The Turkish military said its jets had destroyed YPG positions near Afrin.",
         {("attacks", "turkey", "peoples-protection-units")}),
        ("Russia said its warplanes had struck Islamic State targets near Palmyra.",
         {("attacks", "russia", "islamic-state")}),
        ("Syrian troops pushed into the eastern districts of Aleppo.",
         {("attacks", "syrian-government-forces", "aleppo")}),
    ],
)  # fmt: skip
def test_a_source_whose_own_forces_acted_and_targets_as_a_noun(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


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


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of IS fighters were killed in US-led air strikes near Kobani.",
        "US-led strikes pounded Islamic State positions near Raqqa.",
    ],
)
def test_us_led_strikes_are_the_coalitions(pipeline: Pipeline, text: str) -> None:
    found = triples(pipeline, text, "en")
    assert ("attacks", "international-coalition", "islamic-state") in found
    assert not {t for t in found if t[0] == "attacks" and t[1] == "united-states"}


def test_a_name_ending_a_list_of_causes_is_no_party_to_the_clash(pipeline: Pipeline) -> None:
    text = "Twelve IS fighters died in clashes, shelling and US-led air strikes on Monday."
    assert not {t for t in triples(pipeline, text, "en") if t[0] == "clashesWith"}


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
    ("lang", "text"),
    [
        ("en", "Washington condemned the military support of Iran for the regime."),
        ("fr", "Washington a condamné le soutien militaire de l'Iran et du Hezbollah au régime."),
        ("ar", "أدانت فرنسا القصف على مدينة حلب."),
    ],
)
def test_who_condemns_an_event_did_not_do_it(pipeline: Pipeline, lang: str, text: str) -> None:
    found = triples(pipeline, text, lang)
    assert not {t for t in found if t[1] in ("united-states", "france")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The PYD, the Syrian branch of the PKK, runs Qamishli."),
        ("en", "The PYD, the Syrian franchise of the Turkish PKK, runs Qamishli."),
        ("fr", "Le PYD, branche syrienne du PKK, administre Qamichli."),
        ("ar", "حزب الاتحاد الديمقراطي، الفرع السوري لحزب العمال الكردستاني، يدير القامشلي."),
    ],
)
def test_a_branch_or_franchise_belongs_to_its_parent(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("alliedWith", "democratic-union-party", "kurdistan-workers-party") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Syrian army forces backed by Russian air power recaptured Palmyra."),
        ("fr", "L'armée syrienne, appuyée par la puissance aérienne russe, a repris Palmyre."),
    ],
)
def test_a_states_air_power_is_its_support(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("supports", "russia", "syrian-government-forces") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "An offensive launched by the SDF against Islamic State began on Monday.",
         ("attacks", "syrian-democratic-forces", "islamic-state")),
        ("en", "The air campaign carried out by Russia against Hayat Tahrir al-Sham went on.",
         ("attacks", "russia", "hayat-tahrir-al-sham")),
        ("en", "Turkey's offensive in Afrin entered its second week.",
         ("attacks", "turkey", "afrin")),
        ("fr", "L'offensive lancée par les FDS contre Daech a commencé lundi.",
         ("attacks", "syrian-democratic-forces", "islamic-state")),
    ],
)  # fmt: skip
def test_an_attack_noun_launched_by_one_side_against_another(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Islamic State fighters shelled Kobani. The SDF advanced on Monday. "
               "Raqqa is the main stronghold of the jihadists."),
        ("en", "Islamic State fighters shelled Kobani. The SDF advanced on Monday. "
               "Raqqa is an important stronghold for the militants."),
        ("fr", "Les combattants de Daech ont bombardé Kobané. Les FDS ont avancé lundi. "
               "Raqqa est le principal fief de l'organisation jihadiste."),
    ],
)  # fmt: skip
def test_the_jihadists_are_the_jihadist_group_named_last_not_the_last_group(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("controls", "islamic-state", "raqqa") in found
    assert ("controls", "syrian-democratic-forces", "raqqa") not in found


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


def test_an_attack_nouns_genitive_is_its_author_when_against_follows(pipeline: Pipeline) -> None:
    text = "Une attaque de Daech contre les FDS a fait dix morts lundi."
    assert triples(pipeline, text, "fr") == {
        ("attacks", "islamic-state", "syrian-democratic-forces")
    }


def test_a_compound_backer_never_backs_a_place(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Turkish-backed fighters seized Afrin from Kurdish militia.", "en")
    assert not {t for t in found if t[0] == "supports"}
    assert ("losesControlOf", "peoples-protection-units", "afrin") in found


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
    ("lang", "text", "expected"),
    [
        ("fr", "Les combattants du Hezbollah combattent aux côtés des troupes syriennes.",
         ("alliedWith", "hezbollah", "syrian-government-forces")),
        ("fr", "L'Iran a fourni des milliards de dollars au régime d'Assad.",
         ("supports", "iran", "syrian-government-forces")),
        ("ar", "قدمت إيران مليارات الدولارات إلى النظام السوري.",
         ("supports", "iran", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_fighting_beside_named_troops_and_giving_money(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des combattants soutenus par la Turquie se sont emparés d'Afrin."),
        ("en", "Fighters backed by Turkey seized Afrin on Sunday."),
    ],
)
def test_the_backer_of_unnamed_fighters_did_not_take_the_place(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "controls"}


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


def test_a_name_with_its_own_participle_starts_the_next_backed_phrase(pipeline: Pipeline) -> None:
    sdf = "تقدمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة"
    text = f"{sdf} والجيش السوري المدعوم من روسيا."
    found = triples(pipeline, text, "ar")
    assert ("supports", "united-states", "syrian-democratic-forces") in found
    assert ("supports", "russia", "syrian-government-forces") in found
    assert ("supports", "syrian-government-forces", "syrian-democratic-forces") not in found


def test_states_inside_united_states_is_no_report(pipeline: Pipeline) -> None:
    found = triples(pipeline, "The SDF is backed by the United States and France.", "en")
    assert ("supports", "france", "syrian-democratic-forces") in found


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


def test_the_group_at_the_head_of_an_alliance_belongs_to_it(pipeline: Pipeline) -> None:
    text = "تقدمت قوات سوريا الديمقراطية وعلى رأسها مجلس دير الزور العسكري في ريف دير الزور."
    found = triples(pipeline, text, "ar")
    assert ("alliedWith", "deir-ez-zor-military-council", "syrian-democratic-forces") in found


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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Hezbollah and Iranian-backed militias have been fighting on behalf of the "
               "Syrian government since 2013.",
         {("alliedWith", "hezbollah", "syrian-government-forces"),
          ("alliedWith", "iran-backed-militias", "syrian-government-forces")}),
        ("fr", "Le Hezbollah combat pour le compte du régime syrien.",
         {("alliedWith", "hezbollah", "syrian-government-forces")}),
        ("ar", "يقاتل حزب الله نيابة عن النظام السوري منذ سنوات.",
         {("alliedWith", "hezbollah", "syrian-government-forces")}),
        ("en", "The Syrian army, aided by Iranian-backed militias, broke the siege.",
         {("supports", "iran-backed-militias", "syrian-government-forces")}),
    ],
)  # fmt: skip
def test_fighting_on_behalf_of_a_side_is_an_alliance_and_aid_comes_from_the_militias(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = triples(pipeline, text, lang)
    assert expected <= found
    assert not {t for t in found if t[0] == "clashesWith"}


def test_an_indefinite_adjective_after_a_group_noun_names_no_group(pipeline: Pipeline) -> None:
    x = pipeline.process(article("تقاتل ميليشيات أفغانية لصالح قوات النظام في حلب.", "ar"))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State is fighting Iraqi troops in the last districts it holds in west Mosul.",
        "In Iraq, Islamic State is fighting in the last districts it still holds in western Mosul.",
    ],
)
def test_the_areas_it_holds_in_a_place_are_the_subjects(pipeline: Pipeline, text: str) -> None:
    found = triples(pipeline, text, "en")
    assert ("controls", "islamic-state", "mosul") in found
    assert ("controls", "iraq", "mosul") not in found


def test_where_the_fighting_is_no_party_to_it(pipeline: Pipeline) -> None:
    text = "In Iraq, Islamic State is fighting in the last districts it still holds in Mosul."
    assert not {t for t in triples(pipeline, text, "en") if t[0] == "clashesWith"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkey launched Operation Olive Branch against the YPG in Afrin in January."),
        ("fr", "La Turquie a lancé l'opération Rameau d'olivier contre les YPG à Afrine."),
        ("ar", 'أطلقت تركيا عملية "غصن الزيتون" ضد وحدات حماية الشعب في عفرين.'),
    ],
)
def test_a_named_operation_against_a_side_attacks_it(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("attacks", "turkey", "peoples-protection-units") in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkey threatened to launch Operation Peace Spring against the SDF."),
        (
            "ar",
            "حشدت تركيا قواتها قرب الحدود، فيما بدا أن عملية عسكرية ضد وحدات حماية الشعب وشيكة.",
        ),
    ],
)
def test_a_threatened_or_distant_operation_attacks_nobody(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "attacks"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The YPG, which Ankara considers terrorists, is backed by Washington."),
        ("fr", "Les YPG, considérées comme terroristes par Ankara, sont soutenues par Washington."),
    ],
)
def test_the_passive_subject_is_the_name_before_the_aside(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    found = triples(pipeline, text, lang)
    assert ("supports", "united-states", "peoples-protection-units") in found
    assert ("supports", "united-states", "turkey") not in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF said it had repelled an IS attack on Hajin.",
         ("attacks", "islamic-state", "syrian-democratic-forces")),
        ("fr", "Les forces kurdes ont repoussé une attaque de Daech contre Kobané.",
         ("attacks", "islamic-state", "peoples-protection-units")),
        ("ar", "صدت وحدات حماية الشعب هجوما لتنظيم الدولة على كوباني.",
         ("attacks", "islamic-state", "peoples-protection-units")),
        ("ar", "تمكنت فصائل المعارضة من صد هجوم لقوات النظام على محور الكبينة.",
         ("attacks", "syrian-government-forces", "syrian-armed-opposition")),
    ],
)  # fmt: skip
def test_who_repels_an_attack_was_attacked_by_its_author(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(pipeline, text, lang)
    assert expected in found
    assert not {t for t in found if t[1] == expected[2] and t[0] == "attacks"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Beijing backs Damascus at the Security Council.",
         ("supports", "china", "syrian-government-forces")),
        ("fr", "La réunion est prévue à Rome, de même que des visites en Russie, fidèle allié "
               "du régime.", ("alliedWith", "russia", "syrian-government-forces")),
        ("ar", "كثف الجيش السوري قصفه على جيب تسيطر عليه المعارضة بدعم من طائرات روسية.",
         ("supports", "russia", "syrian-government-forces")),
    ],
)  # fmt: skip
def test_capitals_act_for_their_state_unless_named_as_where(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(pipeline, text, lang)
    assert expected in found
    assert not {t for t in found if "italy" in t or "syrian-armed-opposition" in t[1:2]}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF killed dozens of IS militants in Hajin.",
         {("attacks", "syrian-democratic-forces", "islamic-state")}),
        ("fr", "Les rebelles ont tué des dizaines de soldats du régime près d'Alep.",
         {("attacks", "syrian-armed-opposition", "syrian-government-forces")}),
        ("en", "25 YPG fighters killed and 110 injured by Turkey near Jarablus.", set()),
        ("fr", "Vingt soldats du régime ont été tués près d'Alep.", set()),
    ],
)  # fmt: skip
def test_an_active_killing_is_an_attack_and_the_dead_never_kill(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {t for t in triples(pipeline, text, lang) if t[0] == "attacks"}
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Vingt soldats du régime ont été tués par les rebelles près d'Alep.",
         ("attacks", "syrian-armed-opposition", "syrian-government-forces")),
        ("en", "Three IS fighters were killed by the SDF near Hajin.",
         ("attacks", "syrian-democratic-forces", "islamic-state")),
    ],
)  # fmt: skip
def test_the_dead_named_before_killed_by_were_attacked_by_the_killer(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of IS fighters were killed in coalition strikes near Raqqa.",
         ("attacks", "international-coalition", "islamic-state")),
        ("Coalition air strikes hit Islamic State positions in Raqqa.",
         ("attacks", "international-coalition", "islamic-state")),
    ],
)  # fmt: skip
def test_coalition_beside_a_strike_noun_is_the_international_coalition(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, "en")


def test_a_coalition_without_a_strike_noun_is_no_actor(pipeline: Pipeline) -> None:
    x = pipeline.process(article("The opposition coalition met in Istanbul on Monday.", "en"))
    assert not [m for m in x.mentions if m.entity.ident == "international-coalition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah fought for the Syrian government in Qusayr.",
         {("alliedWith", "hezbollah", "syrian-government-forces")}),
        ("Islamic State is fighting for survival against Iraqi forces.",
         {("clashesWith", "iraq", "islamic-state")}),
    ],
)  # fmt: skip
def test_fighting_for_a_side_is_an_alliance_and_for_a_cause_against_an_enemy_a_clash(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


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


def test_the_shiite_movement_is_the_shiite_group_named_last(pipeline: Pipeline) -> None:
    text = (
        "Le Hezbollah combat en Syrie. Le Front al-Nosra a attaqué Qousseir. "
        "Le mouvement chiite revendique son soutien au régime."
    )
    found = triples(pipeline, text, "fr")
    assert ("supports", "hezbollah", "syrian-government-forces") in found
    assert ("supports", "jabhat-al-nusra", "syrian-government-forces") not in found


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey may launch Operation Peace Spring against the SDF.", set()),
        ("Turkey may soon attack the YPG in Manbij.", set()),
        ("In May, Islamic State captured Palmyra.", {("controls", "islamic-state", "palmyra")}),
    ],
)  # fmt: skip
def test_may_before_a_verb_is_a_possibility_and_may_the_month_is_not(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت روسيا أن طائراتها دمرت مواقع لتنظيم الدولة في دير الزور.",
         {("attacks", "russia", "islamic-state")}),
        ("قالت تركيا إن قواتها سيطرت على مدينة عفرين.", {("controls", "turkey", "afrin")}),
    ],
)  # fmt: skip
def test_a_source_whose_own_forces_acted_and_positions_never_act(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "ar") == expected


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
        ("en", "Turkish howitzers shelled SDF positions across the border.",
         ("attacks", "turkey", "syrian-democratic-forces")),
        ("en", "Russian warships fired cruise missiles at Islamic State targets.",
         ("attacks", "russia", "islamic-state")),
        ("fr", "Les chars turcs ont bombardé des positions des FDS.",
         ("attacks", "turkey", "syrian-democratic-forces")),
        ("ar", "قصفت الدبابات التركية مواقع قوات سوريا الديمقراطية.",
         ("attacks", "turkey", "syrian-democratic-forces")),
    ],
)  # fmt: skip
def test_a_states_guns_tanks_and_warships_are_its_forces(
    pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(pipeline, text, lang)


def test_districts_named_after_their_holders_are_held_and_hit_as_the_place(
    pipeline: Pipeline,
) -> None:
    text = "Les forces gouvernementales bombardent les quartiers rebelles d'Alep."
    assert triples(pipeline, text, "fr") == {
        ("attacks", "syrian-government-forces", "aleppo"),
        ("controls", "syrian-armed-opposition", "aleppo"),
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
    ("lang", "text", "expected"),
    [
        ("en", "Russian jets strafed a rebel convoy near Idlib.",
         {("attacks", "russia", "syrian-armed-opposition")}),
        ("fr", "Les rebelles ont mitraillé un convoi de l'armée syrienne.",
         {("attacks", "syrian-armed-opposition", "syrian-government-forces")}),
        ("ar", "أمطرت الطائرات الروسية مدينة إدلب بالصواريخ.", {("attacks", "russia", "idlib")}),
        ("ar", "أمطرت السماء بغزارة في حلب.", set()),
    ],
)  # fmt: skip
def test_strafing_and_raining_fire_on_a_target_attack_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


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
          ("alliedWith", "jabhat-al-nusra", "jaysh-al-fatah")}),
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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF and IS traded fire across the Euphrates.",
         {("clashesWith", "syrian-democratic-forces", "islamic-state")}),
        ("en", "Turkish troops exchanged fire with the YPG near Afrin.",
         {("clashesWith", "turkey", "peoples-protection-units")}),
        ("fr", "L'armée turque a échangé des tirs avec les YPG près d'Afrin.",
         {("clashesWith", "turkey", "peoples-protection-units")}),
        ("ar", "وقع تبادل إطلاق النار بين القوات التركية ووحدات حماية الشعب.",
         {("clashesWith", "turkey", "peoples-protection-units")}),
        ("en", "IS counterattacked the SDF in Raqqa.",
         {("attacks", "islamic-state", "syrian-democratic-forces")}),
        ("fr", "L'EI a contre-attaqué les FDS à Raqqa.",
         {("attacks", "islamic-state", "syrian-democratic-forces")}),
    ],
)  # fmt: skip
def test_trading_fire_is_a_clash_and_a_counterattack_an_attack(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)


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
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Rebels backing the YPG fought IS.",
         {("supports", "syrian-armed-opposition", "peoples-protection-units"),
          ("clashesWith", "syrian-armed-opposition", "islamic-state")}),
        ("en", "Free Syrian Army units backing the Turkish army entered Jarabulus.",
         {("supports", "free-syrian-army", "turkey"),
          ("controls", "free-syrian-army", "jarabulus")}),
        ("fr", "Les rebelles soutenant les YPG ont combattu l'EI.",
         {("supports", "syrian-armed-opposition", "peoples-protection-units"),
          ("clashesWith", "syrian-armed-opposition", "islamic-state")}),
    ],
)  # fmt: skip
def test_the_object_of_a_participle_before_the_verb_is_not_its_subject(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)


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
        ("en", "Hezbollah has sent thousands of fighters to help the regime.",
         {("supports", "hezbollah", "syrian-government-forces")}),
        ("en", "Airstrikes against IS help the Assad government.", set()),
        ("fr", "La guerre contre l'EI a aidé le régime.", set()),
        ("en", "The Kurds asked the United States for help against IS.", set()),
    ],
)  # fmt: skip
def test_help_sent_is_support_and_the_enemy_after_against_is_no_subject(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An offensive launched against IS by the SDF has stalled.",
         {("attacks", "syrian-democratic-forces", "islamic-state")}),
        ("A second campaign is being waged against the Islamic State by Turkey.",
         {("attacks", "turkey", "islamic-state")}),
        ("The air campaign waged against IS by the US-led coalition intensified.",
         {("attacks", "international-coalition", "islamic-state"),
          ("alliedWith", "united-states", "international-coalition")}),
        ("The capture of Raqqa by the US-backed SDF ended the caliphate.",
         {("controls", "syrian-democratic-forces", "raqqa"),
          ("supports", "united-states", "syrian-democratic-forces")}),
        ("Human rights groups campaign for the release of prisoners.", set()),
    ],
)  # fmt: skip
def test_an_attack_noun_waged_against_its_target_by_its_author(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Jaysh al-Tahrir fights under the umbrella of the Free Syrian Army.",
         {("alliedWith", "jaysh-al-tahrir", "free-syrian-army")}),
        ("fr", "Le Front du Sud combat sous la bannière de l'Armée syrienne libre.",
         {("alliedWith", "southern-front", "free-syrian-army")}),
    ],
)  # fmt: skip
def test_a_group_that_fights_under_another_groups_banner_belongs_to_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)


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
        ("en", "The YPG is the strongest group in the SDF.",
         {("alliedWith", "peoples-protection-units", "syrian-democratic-forces")}),
        ("en", "The YPG, the main force within the SDF, took Tabqa.",
         {("alliedWith", "peoples-protection-units", "syrian-democratic-forces"),
          ("controls", "peoples-protection-units", "tabqa")}),
        ("fr", "Les YPG sont la principale force au sein des FDS.",
         {("alliedWith", "peoples-protection-units", "syrian-democratic-forces")}),
        ("en", "IS is the deadliest group in Syria.", set()),
        ("fr", "Des tensions au sein des FDS ont éclaté.", set()),
    ],
)  # fmt: skip
def test_the_strongest_group_in_an_alliance_is_a_member_of_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The SDF asked Damascus for protection after Turkey launched an offensive "
               "against them.",
         {("attacks", "turkey", "syrian-democratic-forces")}),
        ("fr", "Les FDS ont appelé Damas à l'aide après que la Turquie a lancé une offensive "
               "contre eux.",
         {("attacks", "turkey", "syrian-democratic-forces")}),
        ("en", "Turkey launched an offensive against them.", set()),
    ],
)  # fmt: skip
def test_a_pronoun_after_against_is_the_first_actor_of_the_sentence(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


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
    }
    assert triples(pipeline, text, lang) == expected


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
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)


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
    ("lang", "text", "expected"),
    [
        ("en", "The army, with Russian air support, captured Palmyra.", set()),
        ("en", "The Syrian army, with Russian air support, captured Palmyra.",
         {("controls", "syrian-government-forces", "palmyra")}),
        ("fr", "L'armée, avec l'appui de l'aviation russe, a repris Palmyre.", set()),
    ],
)  # fmt: skip
def test_a_name_inside_an_aside_before_the_verb_is_not_its_subject(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = triples(pipeline, text, lang)
    assert {t for t in found if t[0] == "controls"} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Government forces advanced into Deir ez-Zor.",
         {("attacks", "syrian-government-forces", "deir-ez-zor")}),
        ("en", "The SDF is closing in on Raqqa.",
         {("attacks", "syrian-democratic-forces", "raqqa")}),
        ("fr", "Les FDS progressent vers Raqqa.",
         {("attacks", "syrian-democratic-forces", "raqqa")}),
        ("en", "Talks advanced on Monday.", set()),
        ("fr", "Les négociations progressent vers un accord.", set()),
    ],
)  # fmt: skip
def test_an_advance_on_a_place_is_an_attack_on_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The largest faction in the SDF is the YPG.",
         {("alliedWith", "peoples-protection-units", "syrian-democratic-forces")}),
        ("The main force in Idlib is HTS.", set()),
    ],
)  # fmt: skip
def test_a_member_phrase_opening_the_clause_names_its_member_after_is(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "IS fighters infiltrated Kobani at dawn.", {("attacks", "islamic-state", "kobani")}),
        ("en", "IS militants sneaked into Kobani before dawn.",
         {("attacks", "islamic-state", "kobani")}),
    ],
)  # fmt: skip
def test_infiltrating_a_place_attacks_it(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Islamic State is losing ground, as a fresh offensive has been launched "
               "against it near Raqqa by the SDF.",
         {("attacks", "syrian-democratic-forces", "islamic-state")}),
        ("fr", "L'EI recule depuis qu'une offensive a été lancée contre lui près de Raqqa par "
               "les FDS.",
         {("attacks", "syrian-democratic-forces", "islamic-state")}),
        ("en", "An offensive launched against IS in Raqqa by the SDF has stalled.",
         {("attacks", "syrian-democratic-forces", "islamic-state")}),
    ],
)  # fmt: skip
def test_an_attack_noun_against_a_pronoun_or_with_a_place_before_its_author(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Daech a perdu Raqqa. Les miliciens takfiristes qui se sont rendus aux FDS ont été "
               "filmés."),
        ("en", "IS lost Raqqa. The takfiris who surrendered to the SDF were filmed."),
    ],
)  # fmt: skip
def test_takfiri_fighters_refer_to_the_jihadist_group_named_before(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("surrendersTo", "islamic-state", "syrian-democratic-forces") in triples(
        pipeline, text, lang
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'aviation russe est intervenue pour bombarder les positions de Daech près de "
               "Palmyre."),
        ("en", "Russian jets intervened to strike IS positions near Palmyra."),
        ("ar", "تدخل الطيران الروسي لقصف مواقع داعش قرب تدمر."),
    ],
)  # fmt: skip
def test_an_intervention_to_strike_is_a_strike(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("attacks", "russia", "islamic-state") in triples(pipeline, text, lang)


def test_a_threat_to_intervene_is_no_strike(pipeline: Pipeline) -> None:
    text = "Turkey threatened to intervene to strike the YPG in Manbij."
    assert not {t for t in triples(pipeline, text, "en") if t[0] == "attacks"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكدت روسيا دعمها للنظام السوري.", {("supports", "russia", "syrian-government-forces")}),
        ("أعلنت تركيا سيطرتها على مدينة عفرين.", {("controls", "turkey", "afrin")}),
        ("قال المرصد إن سيطرتها على المدينة اكتملت.", set()),
    ],
)  # fmt: skip
def test_a_speakers_own_support_or_control_carries_its_pronoun(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """أكدت روسيا دعمها: "Russia affirmed its support"; a monitor's words are never its deeds."""
    assert triples(pipeline, text, "ar") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "IS fighters attacked Kobani, and Syrian government forces retaliated with heavy "
               "shelling.",
         {("attacks", "islamic-state", "kobani"),
          ("attacks", "syrian-government-forces", "islamic-state")}),
        ("fr", "Les rebelles ont bombardé Hama et l'armée syrienne a répondu avec des frappes.",
         {("attacks", "syrian-armed-opposition", "hama"),
          ("attacks", "syrian-government-forces", "syrian-armed-opposition")}),
        ("en", "Turkey responded with air strikes.", set()),
    ],
)  # fmt: skip
def test_strikes_in_response_hit_whoever_attacked_first(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Des rebelles ont tiré des obus sur la base et les forces du régime ont riposté.",
         set()),
        ("en", "Turkish forces and allied Syrian rebels have seized Ras al-Ayn.",
         {("alliedWith", "turkey", "syrian-armed-opposition"),
          ("controls", "turkey", "ras-al-ayn"),
          ("controls", "syrian-armed-opposition", "ras-al-ayn")}),
    ],
)  # fmt: skip
def test_a_name_after_and_with_its_own_auxiliary_starts_a_new_clause(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {_ordered(t) for t in expected} == triples(pipeline, text, lang)
