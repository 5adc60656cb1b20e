"""Optional statistical parsing: dependency parses from spaCy, stanza or CoNLL-U, as plain data.

The default install needs none of it (the ``none`` backend parses nothing and the rule-based
extractor does the work). With a backend, :func:`get_parser` returns a :class:`Parser` whose
``parse(text, lang)`` gives :class:`ParsedSentence` objects, and :func:`find_arguments` reads
candidate relations between known mentions off a parse. Only the backend modules import spaCy or
stanza, and only when used. See docs/parsing.md.
"""

from __future__ import annotations

from ingest.parsing.arguments import Candidate, MentionSpan, find_arguments
from ingest.parsing.backends import DEFAULT_PARSER, available_parsers, get_parser
from ingest.parsing.conllu import parse_conllu, read_conllu
from ingest.parsing.model import ParsedSentence, ParsedToken, Parser, ParserUnavailableError

__all__ = [
    "DEFAULT_PARSER",
    "Candidate",
    "MentionSpan",
    "ParsedSentence",
    "ParsedToken",
    "Parser",
    "ParserUnavailableError",
    "available_parsers",
    "find_arguments",
    "get_parser",
    "parse_conllu",
    "read_conllu",
]
