"""Word records (stanza's ``Document.to_dict()`` shape) → :class:`ParsedSentence`, with offsets.

stanza dumps a parse as one list of dicts per sentence: a multi-word token (Arabic وقصفتها,
French « du ») is a record whose ``id`` is a range ``(first, last)``, followed by one record per
syntactic word; other records are words. Our CoNLL-U reader produces the same records, so the
conversion below is shared, and testable without stanza or its models. When the records carry no
character offsets (CoNLL-U without ``start_char``), each token is found in the text in order;
the words of a multi-word token get their own span when they spell it out (و + قصفت + ها) and
share the token's span otherwise (« du » → de le, للنظام → ل النظام).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ingest.parsing.model import ParsedSentence, ParsedToken
from kg.errors import KgError

Record = Mapping[str, object]


class AlignmentError(KgError):
    """A token of a parse does not occur where expected in the text it claims to come from."""


def is_range(record: Record) -> bool:
    """True for a multi-word token record (CoNLL-U ID ``1-2``, stanza id ``(1, 2)``)."""
    ident = record.get("id")
    return isinstance(ident, tuple | list) and len(ident) == 2 and ident[1] > ident[0]


def _int(record: Record, key: str) -> int | None:
    value = record.get(key)
    return value if isinstance(value, int) else None


def _str(record: Record, key: str, default: str = "") -> str:
    value = record.get(key)
    return value if isinstance(value, str) else default


def locate(text: str, form: str, cursor: int) -> tuple[int, int]:
    """Span of ``form`` in ``text`` at or after ``cursor``.

    >>> locate("Les FDS avancent", "FDS", 3)
    (4, 7)
    """
    at = text.find(form, cursor)
    if not form or at < 0:
        raise AlignmentError(f"token '{form}' is not in the text after offset {cursor}")
    return at, at + len(form)


def split_contraction(token: str, start: int, words: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the syntactic words of a multi-word token starting at ``start``: their own when
    they spell the token out, else the token's span for each.

    >>> split_contraction("وقصفتها", 10, ["و", "قصفت", "ها"])
    [(10, 11), (11, 15), (15, 17)]
    >>> split_contraction("des", 0, ["de", "les"])
    [(0, 3), (0, 3)]
    """
    if "".join(words) != token:
        return [(start, start + len(token))] * len(words)
    spans: list[tuple[int, int]] = []
    for word in words:
        spans.append((start, start + len(word)))
        start += len(word)
    return spans


def sentence_from_records(records: Sequence[Record], text: str, cursor: int = 0) -> ParsedSentence:
    """One sentence from its records; spans are offsets into ``text``, searched from ``cursor``.

    >>> s = sentence_from_records([
    ...     {"id": (1, 2), "text": "وقصفتها"},
    ...     {"id": 1, "text": "و", "lemma": "و", "upos": "CCONJ", "head": 2, "deprel": "cc"},
    ...     {"id": 2, "text": "قصفتها", "lemma": "قصف", "upos": "VERB", "head": 0,
    ...      "deprel": "root"}], "وقصفتها")
    >>> [(t.text, t.start, t.end, t.deprel) for t in s.tokens]
    [('و', 0, 1, 'cc'), ('قصفتها', 1, 7, 'root')]
    """
    tokens: list[ParsedToken] = []
    i = 0
    while i < len(records):
        record = records[i]
        ident = record.get("id")
        if isinstance(ident, tuple | list) and not is_range(record):
            i += 1  # an empty node of enhanced UD (8.1): not a word of the surface text
            continue
        form = _str(record, "text")
        given = (_int(record, "start_char"), _int(record, "end_char"))
        start, end = (
            (given[0], given[1])
            if given[0] is not None and given[1] is not None
            else locate(text, form, cursor)
        )
        cursor = end
        if is_range(record):
            assert isinstance(ident, tuple | list)
            words = list(records[i + 1 : i + 2 + ident[1] - ident[0]])
            spans = split_contraction(text[start:end], start, [_str(w, "text") for w in words])
            tokens.extend(_token(w, span) for w, span in zip(words, spans, strict=True))
            i += 1 + len(words)
        else:
            tokens.append(_token(record, (start, end)))
            i += 1
    if not tokens:
        raise AlignmentError("a sentence has no words")
    start, end = tokens[0].start, max(t.end for t in tokens)
    return ParsedSentence(text[start:end], start, end, tuple(tokens))


def _token(record: Record, span: tuple[int, int]) -> ParsedToken:
    index = _int(record, "id")
    if index is None:
        raise AlignmentError(f"word '{_str(record, 'text')}' has no numeric id")
    return ParsedToken(
        index=index,
        text=_str(record, "text"),
        lemma=_str(record, "lemma"),
        upos=_str(record, "upos", "X"),
        head=_int(record, "head") or 0,
        deprel=_str(record, "deprel", "dep"),
        start=span[0],
        end=span[1],
        feats=_str(record, "feats"),
    )
