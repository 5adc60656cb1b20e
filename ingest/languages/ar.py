"""Arabic: proclitics (و ف ب ل ك ال) and pronoun suffixes on triggers; verb-first clauses."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ingest.languages import Language
from ingest.tokens import arabic_readings

_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_PLURAL_SUFFIXES = ("ون", "وا", "ان", "ا")  # they (يسيطرون، قصفوا), the two (يسيطران، سيطرتا)


@lru_cache(maxsize=65536)
def trigger_readings(word: str) -> Sequence[str]:
    """Clitic readings plus forms without an object pronoun (قصفها → قصف) or a plural or dual
    subject ending (يسيطرون → يسيطر, سيطرتا → سيطرت), so a lexicon lists one form per person.

    >>> trigger_readings("وقصفها")[:4]
    ('وقصفها', 'قصفها', 'وقصف', 'قصف')
    >>> "يسيطر" in trigger_readings("ويسيطرون")
    True
    >>> "خساره" in trigger_readings("خسارته")
    True
    """
    out = list(arabic_readings(word))
    for reading in list(out):
        for suffix in _PRONOUN_SUFFIXES:
            stem = reading[: -len(suffix)]
            if reading.endswith(suffix) and len(stem) >= 3 and stem not in out:
                out.append(stem)
                if stem.endswith("ت"):  # خسارته → خسارت → خساره: the ta marbuta before a suffix
                    out.append(stem[:-1] + "ه")
                break
    for reading in list(out):
        for suffix in _PLURAL_SUFFIXES:
            stem = reading[: -len(suffix)]
            if reading.endswith(suffix) and len(stem) >= 3 and stem not in out:
                out.append(stem)
                break
    return tuple(out)


LANGUAGE = Language(
    code="ar",
    name="Arabic",
    readings=arabic_readings,
    trigger_readings=trigger_readings,
    verb_initial=True,
    adjective_after_noun=True,
    has_capitals=False,
    definite_article="ال",
    purpose_prefix="ل",
    genitive_prefix="ل",
    location_prefixes=("ب", "وب"),
    conjunction_prefix="و",
    feminine_ending="ة",
    possessive_suffixes=True,
    human_plural_endings=("ون", "ين"),
    dual_endings=("تين", "تان"),
    adjective_endings=("يه", "ي"),  # -iyya, -i: أفغانية → افغانيه, إسلامي
)
