"""References: who an actor is when the words do not simply name it. Agents: capitals,
demonyms, a state's units, officials and weapons stand for the state, and "coalition"
beside a strike is the international coalition. Coreference: "the army", "the town",
"the movement", "the jihadists" and Arabic anaphors point back to what was named.
Pronouns, relative clauses and participles take their subject from the sentence or from
the one before.

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from kg.model import Relation
from tests.conftest import article, in_symmetric_order, triples


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


def test_state_force_is_rolled_up_to_the_state_and_the_unit_is_kept(pipeline: Pipeline) -> None:
    x = pipeline.process(
        article("Russian Aerospace Forces struck Islamic State near Palmyra.", "en")
    )
    (a,) = [a for a in x.assertions if a.relation is Relation.ATTACKS]
    assert a.agent is not None and a.agent.ident == "russia"
    assert a.agent_unit is not None and a.agent_unit.ident == "russian-aerospace-forces"


def test_the_syrian_government_as_a_party_is_its_forces_with_the_unit_kept(
    pipeline: Pipeline,
) -> None:
    x = pipeline.process(article("Russia supports the Syrian government.", "en"))
    (a,) = x.assertions
    assert a.target is not None and a.target.ident == "syrian-government-forces"


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


def test_the_army_after_rebel_positions_is_not_the_rebels(pipeline: Pipeline) -> None:
    text = "Syrian troops held the town. Jets struck rebel positions, and the army advanced."
    x = pipeline.process(article(text, "en"))
    armies = [m.entity.ident for m in x.mentions if m.rule == "coref"]
    assert armies == ["syrian-government-forces"]


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


def test_the_strategic_town_from_an_actor_is_the_town_just_named(pipeline: Pipeline) -> None:
    text = "Rebels entered Khan al-Asal on Monday after seizing the strategic town from the regime."
    found = triples(pipeline, text, "en")
    assert ("losesControlOf", "syrian-government-forces", "khan-al-asal") in found


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


def test_the_shiite_movement_is_the_shiite_group_named_last(pipeline: Pipeline) -> None:
    text = (
        "Le Hezbollah combat en Syrie. Le Front al-Nosra a attaqué Qousseir. "
        "Le mouvement chiite revendique son soutien au régime."
    )
    found = triples(pipeline, text, "fr")
    assert ("supports", "hezbollah", "syrian-government-forces") in found
    assert ("supports", "jabhat-al-nusra", "syrian-government-forces") not in found


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


def test_the_factions_refer_back_to_the_group_named_with_factions(pipeline: Pipeline) -> None:
    text = "سيطرت فصائل المعارضة على بلدة كفرنبودة. وقصفت الفصائل مواقع قوات النظام في ريف حماة."
    found = triples(pipeline, text, "ar")
    assert ("attacks", "syrian-armed-opposition", "syrian-government-forces") in found


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)


def test_a_capture_noun_far_from_any_name_belongs_to_the_sentence_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "أكدت مصادر ميدانية أن الجيش السوري وصل إلى مشارف البلدة بعد أن أنهى خلال الأسبوع "
        "الماضي السيطرة الكاملة على مدينة تدمر."
    )
    assert ("controls", "syrian-government-forces", "palmyra") in triples(pipeline, text, "ar")
