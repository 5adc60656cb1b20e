"""Attacks and clashes: strikes on an actor, its positions or its targets, what comes under
fire, attack nouns and operations with their author and target, repelled attacks and
retaliation, the dead of a strike, and clashes between two sides. More events told through
their toll are in test_relations_events.py.

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


def test_a_name_before_its_positions_is_the_target_itself(pipeline: Pipeline) -> None:
    text = "Russian jets struck the Nusra Front and its positions near Idlib."
    assert triples(pipeline, text, "en") == {("attacks", "russia", "jabhat-al-nusra")}


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


def test_under_attack_by_names_the_attacker_after_by(pipeline: Pipeline) -> None:
    text = (
        "Hayat Tahrir al-Sham came under attack near Idlib on Tuesday by Russian-backed "
        "government forces."
    )
    found = triples(pipeline, text, "en")
    assert ("attacks", "syrian-government-forces", "hayat-tahrir-al-sham") in found
    assert not {t for t in found if t[0] == "attacks" and t[1] == "hayat-tahrir-al-sham"}


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, "en")


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


def test_an_attack_nouns_genitive_is_its_author_when_against_follows(pipeline: Pipeline) -> None:
    text = "Une attaque de Daech contre les FDS a fait dix morts lundi."
    assert triples(pipeline, text, "fr") == {
        ("attacks", "islamic-state", "syrian-democratic-forces")
    }


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
        ("en", "The UN launched a humanitarian operation in Idlib."),
        ("ar", "هددت تركيا بشن عملية عسكرية ضد وحدات حماية الشعب في منبج."),
    ],
)
def test_a_relief_operation_or_a_threatened_one_attacks_nobody(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    assert triples(pipeline, text, lang) == set()


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


def test_an_attack_told_by_its_dead_keeps_where_it_happened(pipeline: Pipeline) -> None:
    text = "At least 50 Islamic State fighters were killed in Russian air strikes near Palmyra."
    (attack,) = pipeline.process(article(text, "en")).assertions
    assert attack.place is not None and attack.place.ident == "palmyra"


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


def test_a_name_ending_a_list_of_causes_is_no_party_to_the_clash(pipeline: Pipeline) -> None:
    text = "Twelve IS fighters died in clashes, shelling and US-led air strikes on Monday."
    assert not {t for t in triples(pipeline, text, "en") if t[0] == "clashesWith"}


def test_a_clash_read_from_both_sides_is_one_assertion(pipeline: Pipeline) -> None:
    x = pipeline.process(article("The Nusra Front and Ahrar al-Sham fought each other.", "en"))
    clashes = [a for a in x.assertions if a.relation is Relation.CLASHES_WITH]
    assert len(clashes) == 1


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)


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
        ("Des armes ont été livrées aux rebelles combattant le régime.",
         {("clashesWith", "syrian-armed-opposition", "syrian-government-forces")}),
        ("Un combattant de l'EI a été tué à Raqqa.", set()),
    ],
)  # fmt: skip
def test_a_participle_of_fighting_links_its_subject_and_object_but_a_fighter_alone_does_not(
    pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(pipeline, text, "fr") == expected
