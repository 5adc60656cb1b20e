"""Discovered names: places missing from the gazetteer read from the words around them
(after a class word such as قرية or بلدة, in lists of villages, in a countryside), and
words that name nothing (quantifiers, ranks, generic targets, indefinite adjectives).

Most cases are Arabic sentences, with the names a discovery must find or must not. All
sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Pipeline
from tests.conftest import article


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


def test_a_list_after_other_towns_including_is_read_and_discovered(pipeline: Pipeline) -> None:
    text = "سيطرت هيئة تحرير الشام أمس على بلدات أخرى بينها تل عاقر والمشيرفة ."
    x = pipeline.process(article(text, "ar"))
    taken = {a.target.labels["ar"] for a in x.assertions if a.target is not None}
    assert taken == {"تل عاقر", "المشيرفة"}


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


def test_two_villages_after_a_dual_head_are_two_names(pipeline: Pipeline) -> None:
    text = "سيطرت قوات النخبة السورية على قريتي حتاش وحزيمة , شمال مدينة الرقة ."
    x = pipeline.process(article(text, "ar"))
    assert {m.surface for m in x.mentions if m.rule.startswith("discovery")} == {"حتاش", "حزيمة"}


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


def test_a_class_noun_with_a_pronoun_after_a_list_is_no_village(pipeline: Pipeline) -> None:
    text = 'سيطرت قوات النظام على قريتي " البليل وأم خزيم " وتلتيهما في ريف حماة .'
    x = pipeline.process(article(text, "ar"))
    assert {m.surface for m in x.mentions if m.rule.startswith("discovery")} == {
        "البليل",
        "أم خزيم",
    }


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


def test_an_indefinite_adjective_after_a_group_noun_names_no_group(pipeline: Pipeline) -> None:
    x = pipeline.process(article("تقاتل ميليشيات أفغانية لصالح قوات النظام في حلب.", "ar"))
    assert not [m for m in x.mentions if m.rule.startswith("discovery")]
