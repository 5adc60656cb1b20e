"""Each of the eight relations in each language, on sentences written for these tests.

Every case is (language, sentence, expected triples as gazetteer ids). Negated, denied,
threatened and planned events must yield nothing; an attempted capture is no capture, though
the fight for the place is an attack on it (SCHEMA.md).

Each frame family, and the reading of clauses, references, lists and words around it, has its
own file beside this one: tests/test_relations_<topic>.py.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from kg.model import Relation
from tests.conftest import article, in_symmetric_order, triples

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


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{next(iter(c[2]))[0]}" for c in CASES]
)
def test_sentence_yields_its_relation(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {in_symmetric_order(t) for t in expected} <= triples(pipeline, text, lang)


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


def test_evidence_points_at_the_words_that_carry_the_fact(pipeline: Pipeline) -> None:
    text = "Fighting went on. The Syrian Democratic Forces captured Tabqa."
    x = pipeline.process(article(text, "en"))
    (a,) = x.assertions
    ev = a.evidence
    assert ev.sentence == 1 and ev.sentence_text == "The Syrian Democratic Forces captured Tabqa."
    assert text[ev.start : ev.end] == "Syrian Democratic Forces captured Tabqa"
    assert ev.rule.startswith("en.controls.") and 0 < ev.confidence < 1
