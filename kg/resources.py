"""Where the shipped data lives: the ontology, reference data, lexicons, canned queries, samples.

In a source checkout they sit at the top of the repository (``ontology/``, ``queries/``); in an
installed wheel the build copies them under ``kg/_data/``. Every other module asks here instead
of guessing paths, so both layouts behave the same.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"conflict-kg data folder '{name}' is missing from {_PACKAGE}; reinstall the package"
    )


def ontology_dir() -> Path:
    """The folder holding the OWL ontology, the gazetteer and the lexicons."""
    return _data_dir("ontology")


def ontology_file() -> Path:
    """The OWL ontology in Turtle."""
    return ontology_dir() / "conflict.ttl"


def gazetteer_dir() -> Path:
    """The reference actors and places (``actors*.tsv``, ``places*.tsv``)."""
    return ontology_dir() / "gazetteer"


def lexicon_dir() -> Path:
    """Trigger, cue and naming-pattern lexicons, one file per language and kind."""
    return ontology_dir() / "lexicon"


def queries_dir() -> Path:
    """The canned SPARQL queries, one ``.rq`` file each."""
    return _data_dir("queries")


def samples_file() -> Path:
    """The bundled sample articles that ``kg demo`` ingests."""
    return _PACKAGE / "samples" / "articles.jsonl"
