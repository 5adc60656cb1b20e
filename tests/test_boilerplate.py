"""Page text around the story (menus, headline lists, comments, footers) is not extracted from."""

from __future__ import annotations

import pytest

from ingest.boilerplate import mark_boilerplate
from ingest.pipeline import Pipeline
from ingest.sentences import split_sentences
from tests.conftest import article

STORY = {
    "en": "The Syrian Democratic Forces captured Tabqa after a week of heavy fighting "
    "with Islamic State, a monitoring group said on Sunday, adding that dozens died.",
    "fr": "Les Forces démocratiques syriennes ont pris Tabqa après une semaine de combats "
    "contre l'État islamique, a indiqué dimanche une organisation de surveillance.",
    "ar": "سيطرت قوات سوريا الديمقراطية على مدينة الطبقة بعد أسبوع من المعارك العنيفة مع "
    "تنظيم داعش وفق ما أفاد المرصد السوري لحقوق الإنسان يوم الأحد في بيان له.",
}
HEADLINES = {
    "en": "Most Read\nRussian jets bombed Idlib\nTurkey shelled Afrin",
    "fr": "Les plus lus\nL'aviation russe a bombardé Idleb\nLa Turquie a bombardé Afrine",
    "ar": "الأكثر قراءة\nقصفت طائرات روسية إدلب\nقصفت تركيا عفرين",
}


def marks(text: str, lang: str) -> list[str]:
    return [s.boilerplate for s in mark_boilerplate(text, split_sentences(text), lang)]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_headline_list_after_a_section_heading_is_page_text(lang: str) -> None:
    flags = marks(f"{STORY[lang]}\n{HEADLINES[lang]}", lang)
    assert flags[0] == ""
    assert all(flag.startswith("section:") for flag in flags[1:])


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_facts_in_page_text_do_not_reach_the_graph(pipeline: Pipeline, lang: str) -> None:
    x = pipeline.process(article(f"{STORY[lang]}\n{HEADLINES[lang]}", lang))
    assert "controls" in {a.relation.value for a in x.assertions}
    assert all(a.evidence.sentence == 0 for a in x.assertions)
    assert all(m.sentence == 0 for m in x.mentions)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_prose_after_the_list_is_story_again(lang: str) -> None:
    flags = marks(f"{HEADLINES[lang]}\n{STORY[lang]}", lang)
    assert flags[-1] == ""


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Copyright 2017 The Daily Example. All rights reserved."),
        ("fr", "© Le Quotidien Exemple 2017 - Tous droits réservés"),
        ("ar", "جميع الحقوق محفوظة لموقع المثال 2017"),
        ("en", "Home | World | Middle East | Sport | Opinion"),
    ],
)
def test_footers_and_menus_are_page_text(lang: str, line: str) -> None:
    assert marks(f"{STORY[lang]}\n{line}", lang)[-1] != ""


def test_a_heading_inside_a_one_line_page_ends_the_story_there(pipeline: Pipeline) -> None:
    tail = "Shares (12) Related Turkey Shells Afrin Again Russian Jets Hit Idlib"
    text = f"{STORY['en']} {tail}"
    story, page = mark_boilerplate(text, split_sentences(text), "en")
    assert story.story_end is None and not story.boilerplate
    assert page.story_end is not None and text[page.story_end :].startswith("Related")
    x = pipeline.process(article(text, "en"))
    assert all(a.evidence.sentence == 0 for a in x.assertions)
    assert not [m for m in x.mentions if m.start >= page.story_end]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Related talks in Geneva ended without a deal, the envoy said on Monday."),
        ("en", "Rebels posted comments online after the town of Douma fell to the army."),
        ("ar", "شارك مقاتلو حزب الله في الهجوم على مدينة القصير وسيطروا عليها بعد أيام."),
    ],
)
def test_ordinary_words_in_prose_are_not_headings(lang: str, text: str) -> None:
    assert marks(text, lang) == [""]


@pytest.mark.parametrize(
    ("lang", "widget"), [("en", "Related"), ("fr", "À lire aussi"), ("ar", "اقرأ أيضا")]
)
def test_an_empty_widget_label_before_the_story_on_its_line_opens_no_section(
    lang: str, widget: str
) -> None:
    short = {
        "en": "The monitor confirmed it.",
        "fr": "L'ONG l'a confirmé.",
        "ar": "وأكد المرصد ذلك .",
    }
    text = f"Page title {widget} 2017 - 11 - 04 {STORY[lang]}\n{short[lang]}"
    assert marks(text, lang) == ["", ""]
