"""Languages the extractor reads, one module each, found by their ISO 639-1 code.

A language module defines ``LANGUAGE``: a :class:`Language` saying how its words are read
(clitics), its word order, and where its lexicon lives. Adding a language is one new module
here plus a lexicon folder under ``ontology/lexicon/<code>/``; nothing else lists languages.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache

from ingest.lexicon import Lexicon, Readings, as_written, load_lexicon
from kg.errors import UnknownNameError

literal = as_written  # languages without clitics read a word as itself (indexes know it)


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    readings: Readings = literal
    trigger_readings: Readings = literal
    verb_initial: bool = False  # the agent may follow the verb (Arabic VSO)
    adjective_after_noun: bool = False  # « l'aviation russe », « الطيران الروسي »
    has_capitals: bool = True  # names can be told from words by their capital letter
    definite_article: str = ""  # bound article (ال): names run on through definite words
    purpose_prefix: str = ""  # bound "in order to" on a verbal noun (ل: للسيطرة)
    genitive_prefix: str = ""  # bound "of" naming who acted after an event noun (قصف مكثف لقوات)
    location_prefixes: tuple[str, ...] = ()  # bound "in" on a place name (ب: بريف حلب)
    conjunction_prefix: str = ""  # bound "and" on a word (و: وحزيمة)
    feminine_ending: str = ""  # a letter normalisation merges with a pronoun (ة → ه)
    possessive_suffixes: bool = False  # "its allies" is one word (حلفاؤها)
    human_plural_endings: tuple[str, ...] = ()  # a participle agreeing with people (المدعومون)
    dual_endings: tuple[str, ...] = ()  # ... but not a feminine dual (الخاضعتين)
    adjective_endings: tuple[str, ...] = ()  # a relational adjective (ميليشيات أفغانية)
    active_participle_endings: tuple[str, ...] = ()  # "rebels backing the YPG" (-ing, -ant)
    reflexive_pronouns: tuple[str, ...] = ()  # « s'est emparée »: an active verb after "est"

    def after_conjunction(self, norm: str) -> str | None:
        """The word without its bound "and" (وحزيمة → حزيمة), or None when it carries none."""
        bound = self.conjunction_prefix
        if bound and norm.startswith(bound) and len(norm) > len(bound) + 1:
            return norm[len(bound) :]
        return None

    def lexicon(self) -> Lexicon:
        return load_lexicon(self.code, self.readings, self.trigger_readings, self.definite_article)


def available_languages() -> list[str]:
    """Codes of every language module in this package."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


@cache
def get_language(code: str) -> Language:
    """The :class:`Language` for ``code``; an :class:`UnknownNameError` lists the others."""
    if code not in available_languages():
        raise UnknownNameError("language", code, available_languages())
    module = importlib.import_module(f"{__name__}.{code}")
    language: Language = module.LANGUAGE
    return language
