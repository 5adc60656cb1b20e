"""English: subject-verb-object; adjectives before nouns ("Russian warplanes")."""

from __future__ import annotations

from ingest.languages import Language

LANGUAGE = Language(code="en", name="English", active_participle_endings=("ing",))
