"""Backends are chosen by name, take only their own options, and say what to install."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parsing import (
    DEFAULT_PARSER,
    ParserUnavailableError,
    available_parsers,
    get_parser,
    read_conllu,
)
from ingest.parsing.backends.stanza import ENV_VAR
from kg.errors import KgError, UnknownNameError

FIXTURES = Path(__file__).parent / "fixtures" / "conllu"


def test_the_four_backends_are_found_by_name() -> None:
    assert available_parsers() == ["conllu", "none", "spacy", "stanza"]
    assert DEFAULT_PARSER == "none"
    assert {get_parser(n).name for n in ("none", "spacy", "stanza")} == {"none", "spacy", "stanza"}


def test_the_default_parser_parses_nothing() -> None:
    assert get_parser().parse("Les FDS ont repris Raqqa.", "fr") == []


def test_an_unknown_backend_lists_the_known_ones() -> None:
    with pytest.raises(UnknownNameError, match=r"did you mean 'stanza'\? Known: conllu, none"):
        get_parser("stansa")


def test_an_option_a_backend_does_not_take_is_refused() -> None:
    takes = "it takes: models, one_sentence"
    with pytest.raises(KgError, match=f"parser 'spacy' has no option models_dir; {takes}"):
        get_parser("spacy", models_dir="/models")


def test_spacy_without_a_model_for_the_language_says_how_to_add_one() -> None:
    with pytest.raises(ParserUnavailableError, match="no model for language 'ar'"):
        get_parser("spacy").parse("نص", "ar")


def test_spacy_names_the_package_to_install_when_it_is_missing() -> None:
    parser = get_parser("spacy", models={"fr": "fr_missing_model_sm"})
    with pytest.raises(ParserUnavailableError, match="'fr_missing_model_sm' is not installed"):
        parser.parse("Texte.", "fr")


def test_stanza_without_a_models_folder_says_where_to_set_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    with pytest.raises(ParserUnavailableError, match=f"models folder is set: set {ENV_VAR}"):
        get_parser("stanza").parse("نص", "ar")


@pytest.mark.parametrize(
    ("contents", "problem"),
    [([], "has no resources.json"), (["resources.json"], "has no 'ar' folder")],
)
def test_stanza_names_the_folder_and_what_it_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, contents: list[str], problem: str
) -> None:
    for name in contents:
        (tmp_path / name).write_text("{}", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with pytest.raises(ParserUnavailableError) as error:
        get_parser("stanza").parse("قصفت الطائرات المدينة", "ar")
    assert f"{tmp_path} {problem}" in str(error.value)
    assert "stanza.download('ar'" in str(error.value)


def test_stanza_models_dir_option_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, "/nowhere")
    with pytest.raises(ParserUnavailableError, match=str(tmp_path)):
        get_parser("stanza", models_dir=tmp_path).parse("texte", "fr")


def test_stanza_refuses_a_language_it_has_no_processors_for() -> None:
    with pytest.raises(ParserUnavailableError, match="reads ar, fr, not 'en'"):
        get_parser("stanza", models_dir="/nowhere").parse("text", "en")


def test_conllu_backend_finds_stored_parses_inside_an_article() -> None:
    stored = {s.text: s for s in read_conllu(FIXTURES / "fr.conllu")}
    first = "La brigade Hamza est financée par le Qatar."
    second = "La Turquie n'a pas bombardé Afrin."
    article = f"Titre\n\n{first} Une phrase sans parse. {second}"
    parsed = get_parser("conllu", path=FIXTURES).parse(article, "fr")
    assert [s.text for s in parsed] == [first, second]
    for sentence in parsed:
        assert article[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert article[token.start : token.end] == token.text
    assert parsed[0].tokens == stored[first].shifted(article.index(first)).tokens


def test_conllu_backend_needs_an_existing_path(tmp_path: Path) -> None:
    with pytest.raises(ParserUnavailableError, match="no CoNLL-U file or folder"):
        get_parser("conllu", path=tmp_path / "absent")
