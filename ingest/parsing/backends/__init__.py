"""Parser backends, one module each, found by name: ``none``, ``spacy``, ``stanza``, ``conllu``.

A backend module defines ``create(**options) -> Parser`` with keyword-only options and imports
its NLP library inside the functions that need it, so listing or choosing backends stays cheap
and a missing library is reported only when that backend is used. Adding a backend is one new
module here; nothing else lists them.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from ingest.parsing.model import Parser
from kg.errors import KgError, UnknownNameError

DEFAULT_PARSER = "none"


def available_parsers() -> list[str]:
    """Names of every backend module in this package.

    >>> available_parsers()
    ['conllu', 'none', 'spacy', 'stanza']
    """
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def get_parser(name: str = DEFAULT_PARSER, **options: object) -> Parser:
    """The backend called ``name``, built with its ``options`` (``models_dir`` for stanza,
    ``path`` for conllu). Models load on first use, not here.

    >>> get_parser().parse("Les FDS avancent.", "fr")
    []
    """
    if name not in available_parsers():
        raise UnknownNameError("parser", name, available_parsers())
    module = importlib.import_module(f"{__name__}.{name}")
    create = module.create
    accepted = [p for p in inspect.signature(create).parameters if p != "self"]
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        takes = ", ".join(accepted) or "no options"
        raise KgError(f"parser '{name}' has no option {', '.join(unknown)}; it takes: {takes}")
    parser: Parser = create(**options)
    return parser
