"""Clauses: hoped-for, conditional, possible, denied and threatened events yield nothing;
reported speech keeps its source out of the event unless the source tells its own deed;
asides between commas or dashes move neither a verb's subject nor its object; and a clause
ends where a name with its own verb begins.

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from kg.model import Relation
from tests.conftest import article, in_symmetric_order, triples


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
        ("fr", "Les rebelles espèrent reprendre Alep."),
        ("ar", "تأمل فصائل المعارضة في استعادة مدينة حلب."),
        ("en", "The rebels hope to retake Aleppo."),
    ],
)
def test_a_hope_is_no_event(pipeline: Pipeline, lang: str, text: str) -> None:
    assert triples(pipeline, text, lang) == set()


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


def test_a_threat_before_a_relative_clause_does_not_govern_it(pipeline: Pipeline) -> None:
    text = "Turkey threatened Manbij, which the SDF later captured."
    assert ("controls", "syrian-democratic-forces", "manbij") in triples(pipeline, text, "en")


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


def test_a_report_with_that_still_reports_the_event(pipeline: Pipeline) -> None:
    text = "Rebels said that they had captured Morek."
    assert ("controls", "syrian-armed-opposition", "morek") in triples(pipeline, text, "en")


def test_states_inside_united_states_is_no_report(pipeline: Pipeline) -> None:
    found = triples(pipeline, "The SDF is backed by the United States and France.", "en")
    assert ("supports", "france", "syrian-democratic-forces") in found


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
        ("en", "The SDF announced it had captured the town of Hajin."),
        ("fr", "Les FDS ont annoncé avoir pris la ville de Hajine."),
        ("ar", "أعلنت قوات سوريا الديمقراطية أنها سيطرت على بلدة هجين ."),
    ],
)
def test_a_source_that_reports_its_own_deed_is_its_agent(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert ("controls", "syrian-democratic-forces", "hajin") in triples(pipeline, text, lang)


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


def test_an_aside_closed_a_few_words_before_the_trigger_still_holds_the_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "Le Front al-Nosra, pourtant lié lui aussi à Al-Qaïda, s'est rangé aux côtés des rebelles."
    )
    found = triples(pipeline, text, "fr")
    assert ("alliedWith", "jabhat-al-nusra", "syrian-armed-opposition") in found
    assert ("alliedWith", "al-qaeda", "syrian-armed-opposition") not in found


def test_a_passive_after_an_aside_takes_the_name_before_the_aside(pipeline: Pipeline) -> None:
    text = "Raqqa, which was seized by Islamic State in 2014, was recaptured by the SDF."
    assert ("controls", "syrian-democratic-forces", "raqqa") in triples(pipeline, text, "en")


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


def test_a_name_after_and_with_its_own_verb_is_no_object(pipeline: Pipeline) -> None:
    text = (
        "Investigators said the regime carried out two attacks in 2015 and the ISIS group was "
        "blamed for a third."
    )
    assert triples(pipeline, text, "en") == set()
    assert ("attacks", "russia", "hama") in triples(
        pipeline, "Russian jets bombed Idlib and Hama.", "en"
    )


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)


def test_fighting_that_broke_out_cancels_nothing(pipeline: Pipeline) -> None:
    text = "Fighting broke out between rebels backed by Turkey and the SDF."
    assert ("supports", "turkey", "syrian-armed-opposition") in triples(pipeline, text, "en")
    lifted = "Government forces broke the siege of Deir ez-Zor."
    assert not {t for t in triples(pipeline, lifted, "en") if t[0] == "besieges"}
