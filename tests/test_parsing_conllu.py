"""CoNLL-U parses become our sentences with exact character spans, and bad files say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parsing import ParsedSentence, parse_conllu, read_conllu
from ingest.parsing.records import sentence_from_records
from kg.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures" / "conllu"
FIXTURE_FILES = sorted(FIXTURES.glob("*.conllu"))


def rows(*lines: str, text: str | None = None) -> str:
    """CoNLL-U from space-separated columns, so tests stay readable."""
    head = [f"# text = {text}"] if text is not None else []
    return "\n".join([*head, *("\t".join(line.split()) for line in lines)]) + "\n"


@pytest.fixture(scope="module")
def arabic() -> dict[str, ParsedSentence]:
    return {s.text: s for s in read_conllu(FIXTURES / "ar.conllu")}


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_every_word_span_points_at_its_own_text(path: Path) -> None:
    sentences = read_conllu(path)
    assert sentences
    for sentence in sentences:
        assert [t.index for t in sentence.tokens] == list(range(1, len(sentence.tokens) + 1))
        for token in sentence.tokens:
            covered = sentence.text[token.start : token.end]
            # the words of a contraction (« des » = de les) share the contraction's span
            shared = [t for t in sentence.tokens if (t.start, t.end) == (token.start, token.end)]
            assert covered == token.text or len(shared) > 1


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_every_sentence_has_one_root_and_heads_inside_it(path: Path) -> None:
    for sentence in read_conllu(path):
        assert [t.deprel for t in sentence.tokens].count("root") == 1
        assert all(0 <= t.head <= len(sentence.tokens) for t in sentence.tokens)


def test_arabic_clitics_split_into_words_with_their_own_spans(
    arabic: dict[str, ParsedSentence],
) -> None:
    sentence = arabic["وحاصرتها قوات النظام."]
    words = [(t.text, sentence.text[t.start : t.end], t.deprel) for t in sentence.tokens[:3]]
    assert words == [("و", "و", "cc"), ("حاصرت", "حاصرت", "root"), ("ها", "ها", "obj")]


def test_a_contraction_that_is_not_spelled_out_shares_its_span() -> None:
    conllu = rows(
        "1 Il il PRON _ _ 2 nsubj _ _",
        "2 vient venir VERB _ _ 0 root _ _",
        "3-4 du _ _ _ _ _ _ _ _",
        "3 de de ADP _ _ 5 case _ _",
        "4 le le DET _ _ 5 det _ _",
        "5 nord nord NOUN _ _ 2 obl _ _",
        text="Il vient du nord",
    )
    [sentence] = parse_conllu(conllu)
    contraction = [(t.text, t.start, t.end) for t in sentence.tokens[2:4]]
    assert contraction == [("de", 9, 11), ("le", 9, 11)]
    assert sentence.token(5).start == 12


def test_without_a_text_line_the_text_is_rebuilt_from_the_forms() -> None:
    conllu = rows(
        "1 Raqqa Raqqa PROPN _ _ 2 nsubj _ _",
        "2 tombe tomber VERB _ _ 0 root _ SpaceAfter=No",
        "3 . . PUNCT _ _ 2 punct _ _",
    )
    [sentence] = parse_conllu(conllu)
    assert sentence.text == "Raqqa tombe."
    assert sentence.token(3).start == 11


def test_features_subtypes_and_empty_nodes() -> None:
    conllu = rows(
        "1 Idleb Idleb PROPN _ _ 2 nsubj:pass _ _",
        "2 visée viser VERB _ Gender=Fem|Voice=Pass 0 root _ _",
        "2.1 fut être AUX _ _ _ _ 2:aux _",
        text="Idleb visée",
    )
    [sentence] = parse_conllu(conllu)
    assert len(sentence.tokens) == 2  # the empty node is not a word of the text
    assert sentence.token(2).feature("Voice") == "Pass"
    assert sentence.token(1).relation == "nsubj" and sentence.token(1).deprel == "nsubj:pass"
    assert sentence.head_of(sentence.token(1)) == sentence.token(2)


@pytest.mark.parametrize(
    ("conllu", "line", "message"),
    [
        ("# text = a b\n1\ta\ta\tX\t_\t_\t0\troot\t_\n", 2, "10 tab-separated columns, found 9"),
        (rows("one a a X _ _ 0 root _ _", text="a"), 2, "ID 'one'"),
        (rows("1 a a X _ _ zero root _ _", text="a"), 2, "HEAD 'zero'"),
        (rows("2 a a X _ _ 0 root _ _", text="a"), 1, "word ids must run 1, 2, 3"),
        (rows("1 Raqqa Raqqa X _ _ 0 root _ _", text="Alep"), 1, "token 'Raqqa' is not in"),
    ],
    ids=["columns", "id", "head", "order", "text"],
)
def test_malformed_conllu_names_the_file_and_line(conllu: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as error:
        parse_conllu(conllu, source="parses.conllu")
    assert error.value.path == "parses.conllu" and error.value.line == line
    assert message in str(error.value)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read CoNLL-U"):
        read_conllu(tmp_path / "absent.conllu")


def test_records_with_offsets_keep_them() -> None:
    text = "xx Les FDS avancent"
    records = [
        {"id": 1, "text": "FDS", "lemma": "FDS", "upos": "PROPN", "head": 2, "deprel": "nsubj",
         "start_char": 7, "end_char": 10},
        {"id": 2, "text": "avancent", "lemma": "avancer", "upos": "VERB", "head": 0,
         "deprel": "root", "start_char": 11, "end_char": 19},
    ]  # fmt: skip
    sentence = sentence_from_records(records, text)
    assert (sentence.start, sentence.end, sentence.text) == (7, 19, "FDS avancent")


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_stanza_reads_the_fixtures_into_the_same_sentences(path: Path) -> None:
    """The stanza backend converts stanza's own Document records: on the hand-made fixtures,
    stanza's CoNLL-U reader (no model needed) and ours must give identical sentences."""
    conll = pytest.importorskip("stanza.utils.conll")
    document = conll.CoNLL.conll2doc(input_str=path.read_text(encoding="utf-8"))
    ours = read_conllu(path)
    theirs = [
        sentence_from_records(records, sentence.text)
        for records, sentence in zip(document.to_dict(), document.sentences, strict=True)
    ]
    assert theirs == ours


def test_stanza_document_offsets_become_article_spans() -> None:
    """A stanza pipeline gives character offsets on tokens (on the whole multi-word token, not
    its words); stanza's reader takes them from MISC, so this is the pipeline's shape."""
    conll = pytest.importorskip("stanza.utils.conll")
    article = "عاجل: وقصفتها الطائرات"
    token, noun = article.index("وقصفتها"), article.index("الطائرات")
    conllu = rows(
        f"1-2 وقصفتها _ _ _ _ _ _ _ start_char={token}|end_char={token + 7}",
        "1 و و CCONJ _ _ 2 cc _ _",
        "2 قصفتها قصف VERB _ _ 0 root _ _",
        f"3 الطائرات طائرة NOUN _ _ 2 nsubj _ start_char={noun}|end_char={noun + 8}",
        text="وقصفتها الطائرات",
    )
    [records] = conll.CoNLL.conll2doc(input_str=conllu).to_dict()
    sentence = sentence_from_records(records, article)
    assert [article[t.start : t.end] for t in sentence.tokens] == ["و", "قصفتها", "الطائرات"]
    assert article[sentence.start : sentence.end] == "وقصفتها الطائرات"
