"""A dependency parse as plain typed data, whichever tool produced it.

Every backend (spaCy, stanza, a CoNLL-U file) returns :class:`ParsedSentence` objects made of
:class:`ParsedToken` words in the Universal Dependencies scheme: text, lemma, UPOS, features,
head and relation, plus the character span of the word in the text that was parsed. Nothing
here imports an NLP library, so code that reads parses (the argument finder, tests) never needs
a model.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Protocol

from kg.errors import KgError


class ParserUnavailableError(KgError):
    """A parser backend, or the model it needs, is not installed or cannot serve a language."""


@dataclass(frozen=True)
class ParsedToken:
    """One syntactic word (a CoNLL-U word line, after multi-word tokens are split)."""

    index: int  # 1-based position in the sentence, as CoNLL-U ID
    text: str
    lemma: str
    upos: str
    head: int  # index of the governing word; 0 for the root
    deprel: str  # UD relation with its subtype: nsubj, nsubj:pass, obl:agent...
    start: int  # character span in the parsed text; the words of one contracted token
    end: int  # ("du" → de le) may share its span
    feats: str = ""  # UD features as written in CoNLL-U: "Gender=Fem|Number=Sing"

    @property
    def relation(self) -> str:
        """The universal part of the relation, without subtype.

        >>> ParsedToken(1, "Iran", "Iran", "PROPN", 2, "obl:agent", 0, 4).relation
        'obl'
        """
        return self.deprel.split(":", 1)[0]

    def feature(self, name: str) -> str | None:
        """The value of one morphological feature, or None.

        >>> ParsedToken(1, "a", "a", "X", 0, "root", 0, 1, feats="Voice=Pass").feature("Voice")
        'Pass'
        """
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class ParsedSentence:
    """The words of one sentence, in order, with the sentence's span in the parsed text."""

    text: str
    start: int
    end: int
    tokens: tuple[ParsedToken, ...]

    def token(self, index: int) -> ParsedToken:
        """The word with CoNLL-U ID ``index`` (1-based)."""
        return self.tokens[index - 1]

    def head_of(self, token: ParsedToken) -> ParsedToken | None:
        return self.token(token.head) if token.head else None

    def children(self, token: ParsedToken, *relations: str) -> list[ParsedToken]:
        """Dependents of ``token``; with ``relations``, only those whose deprel (``obl:agent``)
        or universal relation (``obl``) is listed."""
        return [
            t
            for t in self.tokens
            if t.head == token.index
            and (not relations or t.deprel in relations or t.relation in relations)
        ]

    def subtree(self, token: ParsedToken) -> Iterator[ParsedToken]:
        """``token`` and every word it governs, directly or not, in sentence order."""
        inside = {token.index}
        changed = True
        while changed:  # sentences are short: a fixpoint is simpler than building a tree
            changed = False
            for t in self.tokens:
                if t.head in inside and t.index not in inside:
                    inside.add(t.index)
                    changed = True
        return (t for t in self.tokens if t.index in inside)

    def shifted(self, offset: int) -> ParsedSentence:
        """The same sentence with every span moved by ``offset`` (sentence → article offsets).

        >>> s = ParsedSentence("Iran", 0, 4, (ParsedToken(1, "Iran", "Iran", "PROPN", 0,
        ...     "root", 0, 4),))
        >>> s.shifted(10).tokens[0].start, s.shifted(10).end
        (10, 14)
        """
        tokens = tuple(replace(t, start=t.start + offset, end=t.end + offset) for t in self.tokens)
        return ParsedSentence(self.text, self.start + offset, self.end + offset, tokens)


class Parser(Protocol):
    """What every backend offers: the dependency parse of a text in one language.

    ``parse`` returns the sentences of ``text`` with spans that are offsets into ``text``; a
    backend that cannot parse ``lang`` raises :class:`ParserUnavailableError` saying what to
    install. The ``none`` backend returns no sentences, and callers fall back to their rules.
    """

    name: str

    def parse(self, text: str, lang: str) -> list[ParsedSentence]: ...
