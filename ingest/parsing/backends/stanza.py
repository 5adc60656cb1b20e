"""stanza backend: Arabic and French parses from models the user already has on disk.

The tool never downloads: the pipeline is built with ``download_method=None`` from a models
folder given as ``models_dir``, else the ``KG_STANZA_DIR`` environment variable, else stanza's
own ``STANZA_RESOURCES_DIR``; with none of them set, using the backend says so. When the folder
lacks ``resources.json`` or the language's models, the error names the folder and says how to
fill it. stanza's output goes through its ``to_dict()`` records
(:mod:`ingest.parsing.records`), the same conversion the CoNLL-U reader uses.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ingest.parsing.model import ParsedSentence, ParserUnavailableError
from ingest.parsing.records import sentence_from_records

ENV_VAR = "KG_STANZA_DIR"
PROCESSORS = {"ar": "tokenize,mwt,pos,lemma,depparse", "fr": "tokenize,mwt,pos,lemma,depparse"}
_INSTALL_STANZA = "pip install 'conflict-kg[stanza]' (install a CPU build of torch first)"


def models_folder(models_dir: Path | str | None = None) -> Path | None:
    """The folder stanza models are read from: the argument, ``$KG_STANZA_DIR`` or
    ``$STANZA_RESOURCES_DIR``; None when nothing says where they are."""
    chosen = models_dir or os.environ.get(ENV_VAR) or os.environ.get("STANZA_RESOURCES_DIR")
    return Path(chosen).expanduser() if chosen else None


def missing_models(folder: Path, lang: str) -> str | None:
    """Why ``folder`` cannot serve ``lang``, or None when it looks complete."""
    if not (folder / "resources.json").is_file():
        return "has no resources.json"
    if not (folder / lang).is_dir():
        return f"has no '{lang}' folder"
    return None


class StanzaParser:
    name = "stanza"

    def __init__(self, models_dir: Path | str | None = None) -> None:
        self.folder = models_folder(models_dir)
        self._pipelines: dict[str, Any] = {}

    def parse(self, text: str, lang: str) -> list[ParsedSentence]:
        """Sentences of ``text`` parsed by stanza's ``lang`` models."""
        if not text.strip():
            return []
        document = self._pipeline(lang)(text)
        sentences: list[ParsedSentence] = []
        cursor = 0
        for records in document.to_dict():
            sentence = sentence_from_records(records, text, cursor)
            sentences.append(sentence)
            cursor = sentence.end
        return sentences

    def _pipeline(self, lang: str) -> Any:
        if lang not in PROCESSORS:
            raise ParserUnavailableError(
                f"the stanza parser reads {', '.join(sorted(PROCESSORS))}, not '{lang}'"
            )
        if lang not in self._pipelines:
            self._pipelines[lang] = self._build(lang)
        return self._pipelines[lang]

    def _build(self, lang: str) -> Any:
        if self.folder is None:
            raise ParserUnavailableError(
                f"no stanza models folder is set: set {ENV_VAR} (or pass models_dir) to the "
                "folder where stanza.download put the models; this tool never downloads them"
            )
        problem = missing_models(self.folder, lang)
        if problem:
            raise ParserUnavailableError(self._missing(lang, problem))
        try:
            import stanza
        except ImportError:
            raise ParserUnavailableError(
                f"stanza is not installed; install it with: {_INSTALL_STANZA}"
            ) from None
        try:
            return stanza.Pipeline(
                lang,
                dir=str(self.folder),
                processors=PROCESSORS[lang],
                download_method=None,  # never fetch resources.json or models at run time
                logging_level="WARN",
            )
        except (OSError, ValueError, KeyError) as exc:
            # Missing model files raise FileNotFoundError subclasses; a resources.json that does
            # not list the language raises ValueError ("No processors to load").
            problem = f"cannot serve '{lang}' ({exc})"
            raise ParserUnavailableError(self._missing(lang, problem)) from None

    def _missing(self, lang: str, problem: str) -> str:
        return (
            f"the stanza models folder {self.folder} {problem}; on a machine with internet, "
            f"run python -c \"import stanza; stanza.download('{lang}', "
            f"processors='{PROCESSORS[lang]}', model_dir='MODELS')\" and copy MODELS here, "
            f"or set {ENV_VAR} to the folder that holds them"
        )


def create(*, models_dir: Path | str | None = None) -> StanzaParser:
    return StanzaParser(models_dir)
