"""French: elisions split by the tokenizer (l'armée → l armee); adjectives follow nouns."""

from __future__ import annotations

from ingest.languages import Language

LANGUAGE = Language(
    code="fr",
    name="French",
    adjective_after_noun=True,
    active_participle_endings=("ant",),
    reflexive_pronouns=("se", "s"),
)
