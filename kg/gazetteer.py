"""The reference gazetteer: known actors and places, read from the TSV files under ontology/.

One source of truth: the same entries are written into the store's gazetteer graph and compiled
into the ingest matchers. Files are ``actors*.tsv`` and ``places*.tsv`` (one row per entity;
aliases ``|``-separated; see docs/ontology.md). Extra folders given by the user (``--gazetteer``
or ``KG_GAZETTEER``) are read after the shipped one; a row whose id already exists replaces it,
which is how an analyst corrects or extends the reference data locally.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError, UnknownNameError
from kg.iris import entity_iri
from kg.model import ACTOR_TYPES, PLACE_TYPES, Entity
from kg.resources import gazetteer_dir

LANGS = ("en", "fr", "ar")
_NAME_COLUMNS = (
    "id",
    "type",
    *(f"{kind}_{lang}" for kind in ("label", "aliases") for lang in LANGS),
)
_ACTOR_LINKS = ("part_of", "unit_of", "successor_of", "active_from", "active_to", "note")
_PLACE_LINKS = ("governorate", "part_of", "lat", "lon", "geonames_id", "wikidata", "note")
ACTOR_COLUMNS = (*_NAME_COLUMNS, *_ACTOR_LINKS)
PLACE_COLUMNS = (*_NAME_COLUMNS, *_PLACE_LINKS)
DEMONYM_COLUMNS = ("actor", "lang", "forms")
METONYM_COLUMNS = ("place", "actor")
DESIGNATION_COLUMNS = ("actor", "designation")
ENV_VAR = "KG_GAZETTEER"


@dataclass(frozen=True)
class Demonym:
    """An adjective naming a state's forces: ``russe`` in « l'aviation russe » → Russia."""

    actor: str
    lang: str
    forms: tuple[str, ...]


@dataclass
class Gazetteer:
    actors: dict[str, Entity]
    places: dict[str, Entity]
    demonyms: list[Demonym] = field(default_factory=list)
    digest: str = ""
    metonyms: dict[str, str] = field(default_factory=dict)  # capital → the actor it stands for
    # designation → the actors news calls so ("jihadist": who "the jihadists" may refer to)
    designations: dict[str, frozenset[str]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Entity]:
        yield from self.actors.values()
        yield from self.places.values()

    def __len__(self) -> int:
        return len(self.actors) + len(self.places)

    def actor(self, ident: str) -> Entity:
        try:
            return self.actors[ident]
        except KeyError:
            raise UnknownNameError("actor id", ident, self.actors) from None

    def reported_as(self, entity: Entity) -> Entity:
        """The actor a unit is reported as: follows ``unit_of`` links up to the state."""
        seen = {entity.ident}
        while entity.unit_of and entity.unit_of in self.actors and entity.unit_of not in seen:
            entity = self.actors[entity.unit_of]
            seen.add(entity.ident)
        return entity


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _float(value: str, path: Path, line: int, column: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise InputError(
            f"column {column}: '{value}' is not a number", path=path, line=line
        ) from None


def _rows(path: Path, required: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gazetteer file: {exc}", path=path) from None
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        return
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(
            f"header lacks column(s) {', '.join(missing)}; expected: {' '.join(required)}",
            path=path,
            line=1,
        )
    for line, row in enumerate(reader, start=2):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) > len(header):
            raise InputError(
                f"{len(row)} fields but the header has {len(header)} (a stray tab?)",
                path=path,
                line=line,
            )
        yield line, dict(zip(header, [*row, *[""] * (len(header) - len(row))], strict=True))


def _entity(kind: str, row: dict[str, str], path: Path, line: int) -> Entity:
    ident, etype = row["id"].strip(), row["type"].strip()
    allowed = ACTOR_TYPES if kind == "actor" else PLACE_TYPES
    if not ident:
        raise InputError("empty id", path=path, line=line)
    if etype not in allowed:
        raise InputError(
            f"type '{etype}' of '{ident}' is not one of {', '.join(allowed)}", path=path, line=line
        )
    labels = {lang: row.get(f"label_{lang}", "").strip() for lang in LANGS}
    labels = {lang: label for lang, label in labels.items() if label}
    if not labels:
        raise InputError(f"'{ident}' has no label", path=path, line=line)
    aliases = {lang: _split(row.get(f"aliases_{lang}", "")) for lang in LANGS}
    return Entity(
        iri=entity_iri(kind, ident),
        ident=ident,
        kind=kind,
        type=etype,
        labels=labels,
        aliases={lang: a for lang, a in aliases.items() if a},
        part_of=_split(row.get("part_of", "")),
        unit_of=row.get("unit_of", "").strip() or None,
        successor_of=row.get("successor_of", "").strip() or None,
        governorate=row.get("governorate", "").strip() or None,
        lat=_float(row.get("lat", ""), path, line, "lat"),
        lon=_float(row.get("lon", ""), path, line, "lon"),
        note=row.get("note", "").strip(),
    )


def _check_links(actors: dict[str, Entity], places: dict[str, Entity]) -> None:
    for e in actors.values():
        for target in (*e.part_of, e.unit_of, e.successor_of):
            if target and target not in actors:
                raise UnknownNameError(f"actor id (linked from '{e.ident}')", target, actors)
    for e in places.values():
        for target in (*e.part_of, e.governorate):
            if target and target not in places:
                raise UnknownNameError(f"place id (linked from '{e.ident}')", target, places)


def _read_demonyms(path: Path) -> list[Demonym]:
    out = []
    for line, row in _rows(path, DEMONYM_COLUMNS):
        lang = row["lang"].strip()
        if lang not in LANGS:
            raise InputError(f"language '{lang}' is not one of {LANGS}", path=path, line=line)
        out.append(Demonym(row["actor"].strip(), lang, _split(row["forms"])))
    return out


def gazetteer_folders(extra: Sequence[Path] = ()) -> list[Path]:
    """The shipped folder, then folders from ``KG_GAZETTEER`` (path-separated), then ``extra``."""
    env = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return [gazetteer_dir(), *env, *extra]


def load_gazetteer(folders: Sequence[Path] = ()) -> Gazetteer:
    """Read every gazetteer file of ``folders`` (default: :func:`gazetteer_folders`)."""
    folders = list(folders) or gazetteer_folders()
    return _load(tuple(Path(f).resolve() for f in folders))


@lru_cache(maxsize=4)
def _load(folders: tuple[Path, ...]) -> Gazetteer:
    actors: dict[str, Entity] = {}
    places: dict[str, Entity] = {}
    demonyms: list[Demonym] = []
    metonyms: dict[str, str] = {}
    designated: dict[str, set[str]] = {}
    digest = hashlib.sha256()
    for folder in folders:
        if not folder.is_dir():
            raise InputError("gazetteer folder does not exist", path=folder)
        for path in sorted(folder.glob("*.tsv")):
            digest.update(path.name.encode() + path.read_bytes())
            if path.name.startswith("actors"):
                for line, row in _rows(path, ACTOR_COLUMNS[:3]):
                    e = _entity("actor", row, path, line)
                    actors[e.ident] = e
            elif path.name.startswith("places"):
                for line, row in _rows(path, PLACE_COLUMNS[:3]):
                    e = _entity("place", row, path, line)
                    places[e.ident] = e
            elif path.name.startswith("demonyms"):
                demonyms.extend(_read_demonyms(path))
            elif path.name.startswith("metonyms"):
                for _line, row in _rows(path, METONYM_COLUMNS):
                    metonyms[row["place"].strip()] = row["actor"].strip()
            elif path.name.startswith("designations"):
                for _line, row in _rows(path, DESIGNATION_COLUMNS):
                    designated.setdefault(row["designation"].strip(), set()).add(
                        row["actor"].strip()
                    )
    _check_links(actors, places)
    for d in demonyms:
        if d.actor not in actors:
            raise UnknownNameError("actor id (in a demonyms file)", d.actor, actors)
    for place, actor in metonyms.items():
        if place not in places:
            raise UnknownNameError("place id (in a metonyms file)", place, places)
        if actor not in actors:
            raise UnknownNameError("actor id (in a metonyms file)", actor, actors)
    for ids in designated.values():
        for actor in ids:
            if actor not in actors:
                raise UnknownNameError("actor id (in a designations file)", actor, actors)
    designations = {name: frozenset(ids) for name, ids in designated.items()}
    return Gazetteer(actors, places, demonyms, digest.hexdigest(), metonyms, designations)
