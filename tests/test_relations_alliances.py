"""Support, alliance and membership: backing (X-backed Y, with the support of, aid given,
sent and received, training), allies and partners, fighting beside or on behalf of a side,
and membership (part of, armed wing, branch, under the banner of, led by). Partner titles
("backer", « allié », الحليف) and backers in an opening phrase are in
test_relations_support.py.

Cases give the language, the sentence and, mostly, the triples expected as (relation,
subject id, object id) with gazetteer ids. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import article, in_symmetric_order, triples


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


def test_a_compound_backer_never_backs_a_place(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Turkish-backed fighters seized Afrin from Kurdish militia.", "en")
    assert not {t for t in found if t[0] == "supports"}
    assert ("losesControlOf", "peoples-protection-units", "afrin") in found


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Syrian army forces backed by Russian air power recaptured Palmyra."),
        ("fr", "L'armée syrienne, appuyée par la puissance aérienne russe, a repris Palmyre."),
    ],
)
def test_a_states_air_power_is_its_support(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("supports", "russia", "syrian-government-forces") in triples(pipeline, text, lang)


def test_strikes_that_back_fighters_are_no_attack_by_the_fighters(pipeline: Pipeline) -> None:
    text = "Kurdish fighters backed by coalition air strikes held the town of Kobani."
    assert triples(pipeline, text, "en") == {
        ("controls", "peoples-protection-units", "kobani"),
        ("supports", "international-coalition", "peoples-protection-units"),
    }


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
    ("lang", "text"),
    [
        ("ar", "قال مصدر إن وحدات عبرت الحدود إلى العراق بمساعدة من قوات الحشد الشعبي."),
        ("en", "Some units crossed into Iraq with the help of the Popular Mobilization Forces."),
    ],
)
def test_a_country_entered_is_not_the_one_helped(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not {t for t in triples(pipeline, text, lang) if t[0] == "supports"}


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


def test_possessed_partners_may_be_nouns_used_as_adjectives(pipeline: Pipeline) -> None:
    text = "Les forces turques et leurs alliés rebelles ont pris Afrin dimanche."
    assert ("alliedWith", "syrian-armed-opposition", "turkey") in triples(pipeline, text, "fr")


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
    assert {
        in_symmetric_order(("alliedWith", p, "syrian-government-forces")) for p in partners
    } <= found


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
    assert in_symmetric_order(expected) in triples(pipeline, text, "en")


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, lang)


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
    assert {in_symmetric_order(t) for t in expected} == triples(pipeline, text, "en")


def test_the_group_at_the_head_of_an_alliance_belongs_to_it(pipeline: Pipeline) -> None:
    text = "تقدمت قوات سوريا الديمقراطية وعلى رأسها مجلس دير الزور العسكري في ريف دير الزور."
    found = triples(pipeline, text, "ar")
    assert ("alliedWith", "deir-ez-zor-military-council", "syrian-democratic-forces") in found


def test_within_an_operation_against_a_group_is_no_membership(pipeline: Pipeline) -> None:
    text = "شاركت قوات النظام ضمن عملية ضد تنظيم الدولة."
    assert not {t for t in triples(pipeline, text, "ar") if t[0] == "alliedWith"}


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


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Jabhat al-Nusra and Ahrar al-Sham formed the Jaysh al-Fatah coalition.",
            ("alliedWith", "ahrar-al-sham", "jabhat-al-nusra"),
        ),
        (
            "en",
            "Turkish troops and the Free Syrian Army captured al-Bab.",
            ("alliedWith", "free-syrian-army", "turkey"),
        ),
        (
            "fr",
            "L'armée turque et l'ASL ont pris al-Bab.",
            ("alliedWith", "free-syrian-army", "turkey"),
        ),
        (
            "ar",
            "سيطرت القوات التركية والجيش السوري الحر على مدينة الباب.",
            ("alliedWith", "free-syrian-army", "turkey"),
        ),
    ],
)
def test_actors_who_take_strike_or_ally_together_are_allies(
    pipeline: Pipeline, lang: str, text: str, pair: tuple[str, str, str]
) -> None:
    found = triples(pipeline, text, lang)
    assert pair in found
    rule = {
        a.evidence.rule for a in pipeline.process(article(text, lang)).assertions
        if a.relation.value == "alliedWith" and a.evidence.rule.split(".")[2].startswith("together")
    }  # fmt: skip
    assert rule, "the alliance is told by acting together, not by the verb itself"


def test_two_sides_of_a_clash_are_not_allies(pipeline: Pipeline) -> None:
    found = triples(pipeline, "The SDF and Islamic State clashed near Raqqa.", "en")
    assert ("clashesWith", "islamic-state", "syrian-democratic-forces") in found
    assert not {t for t in found if t[0] == "alliedWith"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The SDF, which includes the YPG, captured Tabqa.",
            {("alliedWith", "peoples-protection-units", "syrian-democratic-forces")},
        ),
        (
            "fr",
            "L'alliance Jaych al-Fatah réunit le Front al-Nosra et Ahrar al-Cham.",
            {
                ("alliedWith", "jabhat-al-nusra", "jaysh-al-fatah"),
                ("alliedWith", "ahrar-al-sham", "jaysh-al-fatah"),
            },
        ),
        (
            "ar",
            "جيش الفتح الذي يضم جبهة النصرة وأحرار الشام.",
            {
                ("alliedWith", "jabhat-al-nusra", "jaysh-al-fatah"),
                ("alliedWith", "ahrar-al-sham", "jaysh-al-fatah"),
            },
        ),
    ],
)
def test_a_group_that_includes_others_is_allied_with_each_member(
    pipeline: Pipeline, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(pipeline, text, lang)


def test_what_a_states_demands_include_names_no_member(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Turkey's demands include the withdrawal of the YPG.", "en")
    assert not {t for t in found if t[0] == "alliedWith"}


def test_joining_an_operation_led_by_a_state_is_an_alliance_with_it(pipeline: Pipeline) -> None:
    led = "The FSA joined the Turkish-led offensive against the YPG in Afrin."
    assert ("alliedWith", "free-syrian-army", "turkey") in triples(pipeline, led, "en")
    backed = "The Free Syrian Army joined the Turkish-backed offensive."
    assert not triples(pipeline, backed, "en")
