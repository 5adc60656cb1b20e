"""Finding a publication date stated in an article's text (Arabic, French or English).

Used only when neither the record nor the command line gives a date. Recognises ISO dates,
day/month/year with slashes, and day-month-year or month-day-year with month names in the
three languages, including the Levantine month names (تشرين الأول). The first valid date in the
first lines of the article wins; dates later in the text are usually about events, not the
publication.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.normalise import normalise_label

_MONTHS = {
    # English and French
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    # Arabic (normalised: ة→ه, أ→ا, ى→ي)
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يوليو": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
}
_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)\b"),
    re.compile(r"\b(?P<d>\d\d?)/(?P<m>\d\d?)/(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"(?<!\w)(?P<d>\d\d?)(?:er)?\s+(?P<mn>{_MONTH})\s*,?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(
        rf"(?<!\w)(?P<mn>{_MONTH})\s+(?P<d>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
]
_HEAD_CHARS = 600


def find_date(text: str) -> date | None:
    """The first date stated near the top of ``text``.

    >>> find_date("Beyrouth, 22 octobre 2017 (Sample Wire) - L'armée ...")
    datetime.date(2017, 10, 22)
    >>> find_date("دمشق - ٥ تشرين الأول ٢٠١٧: أفادت مصادر")
    datetime.date(2017, 10, 5)
    >>> find_date("Posted March 3, 2016 by staff")
    datetime.date(2016, 3, 3)
    >>> find_date("No date here") is None
    True
    """
    head = normalise_label(text[:_HEAD_CHARS])
    found: list[tuple[int, date]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(head):
            parts = m.groupdict()
            month = _MONTHS[parts["mn"]] if parts.get("mn") else int(parts["m"])
            try:
                found.append((m.start(), date(int(parts["y"]), month, int(parts["d"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None
