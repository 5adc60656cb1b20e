"""CoNLL-U backend: parses made beforehand by any tool (UDPipe, stanza, a linguist), read back.

``path`` is a ``.conllu`` file or a folder of them. ``parse(text, lang)`` returns, in text
order, every stored sentence whose ``# text`` occurs in ``text``, with its spans moved to where
it occurs; sentences with no stored parse are simply absent, as with any parser that fails.
"""

from __future__ import annotations

from pathlib import Path

from ingest.parsing.conllu import read_conllu
from ingest.parsing.model import ParsedSentence, ParserUnavailableError


class ConlluParser:
    name = "conllu"

    def __init__(self, path: Path | str) -> None:
        source = Path(path)
        if source.is_dir():
            files = sorted(source.rglob("*.conllu"))
        elif source.is_file():
            files = [source]
        else:
            raise ParserUnavailableError(f"no CoNLL-U file or folder at {source}")
        self.sentences: dict[str, ParsedSentence] = {}
        for file in files:
            for sentence in read_conllu(file):
                self.sentences.setdefault(sentence.text, sentence)

    def parse(self, text: str, lang: str) -> list[ParsedSentence]:
        """The stored parses of the sentences of ``text``, spans as offsets into ``text``."""
        found: list[ParsedSentence] = []
        for sentence_text, sentence in self.sentences.items():
            at = text.find(sentence_text)
            while at >= 0:
                found.append(sentence.shifted(at - sentence.start))
                at = text.find(sentence_text, at + len(sentence_text))
        found.sort(key=lambda s: (s.start, -s.end))
        kept: list[ParsedSentence] = []
        for sentence in found:  # a stored sentence inside a longer one is not a second parse
            if not kept or sentence.start >= kept[-1].end:
                kept.append(sentence)
        return kept


def create(*, path: Path | str) -> ConlluParser:
    return ConlluParser(path)
