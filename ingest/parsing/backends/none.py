"""The default backend: no statistical parse, so callers use their rule-based extraction."""

from __future__ import annotations

from ingest.parsing.model import ParsedSentence


class NoParser:
    """Parses nothing, in every language."""

    name = "none"

    def parse(self, text: str, lang: str) -> list[ParsedSentence]:
        return []


def create() -> NoParser:
    return NoParser()
