"""Scoring extracted relations and entities against gold annotations (docs/evaluation.md).

Implements the matching rules of the gold schema: a system entity is the gold entity one of
whose names equals one of its labels after folding case, accents, Arabic letter variants and a
leading article; relations are compared as (relation, subject, object) sets per document, with
symmetric relations unordered. Analysts can run it on their own annotated articles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Relation

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ARTICLES = {"the", "al", "el", "le", "la", "les", "l", "d"}
RELATIONS = tuple(r.value for r in Relation)
CONFIDENCE_BANDS = (0.0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def fold(label: str) -> str:
    """The comparison key of a label.

    >>> fold("Deir ez-Zor") == fold("Deir Ezzor"), fold("الرقة") == fold("رقه"), fold("L'Armée")
    (True, True, 'armee')
    """
    s = _MARKS.sub("", unicodedata.normalize("NFKC", label)).translate(_LETTERS)
    s = "".join(
        c
        for c in unicodedata.normalize("NFD", s)
        if unicodedata.category(c) != "Mn" or "\u0600" <= c <= "\u06ff"
    )
    words = []
    for w in _NON_WORD.sub(" ", s.casefold()).split():
        if w in _ARTICLES:
            continue
        words.append(w[2:] if w.startswith("ال") and len(w) > 3 else w)
    return "".join(words)


@dataclass
class GoldDocument:
    doc: str
    lang: str
    names: dict[str, str]  # folded alias -> canonical name
    entities: set[str]
    triples: set[tuple[str, str, str]]

    @classmethod
    def read(cls, path: Path) -> GoldDocument:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read gold file: {exc}", path=path) from None
        names: dict[str, str] = {}
        for name, entity in data.get("entities", {}).items():
            for alias in [name, *entity.get("aliases", [])]:
                if key := fold(alias):
                    names.setdefault(key, name)
        triples = {
            triple_key(r["rel"], r["subj"], r["obj"])
            for r in data.get("relations", [])
            if r.get("rel") in RELATIONS
        }
        return cls(
            data["doc"], data.get("lang", "?"), names, set(data.get("entities", {})), triples
        )

    def resolve(self, entity: Mapping[str, Any] | None) -> str:
        votes: Counter[str] = Counter()
        for label in (entity or {}).get("labels") or []:
            if hit := self.names.get(fold(label)):
                votes[hit] += 1
        if votes:
            return max(sorted(votes), key=votes.__getitem__)
        entity = entity or {}
        return "system:" + str(entity.get("iri") or (entity.get("labels") or ["?"])[0])


def triple_key(rel: str, s: str, o: str) -> tuple[str, str, str]:
    if rel in ("clashesWith", "alliedWith") and o < s:
        s, o = o, s
    return (rel, s, o)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, system: set[Any], gold: set[Any]) -> None:
        self.tp += len(system & gold)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def row(self, name: str) -> str:
        return (
            f"{name:<24} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
            f"   (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass
class Report:
    documents: int = 0
    relations: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)
    by_relation: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    entities_by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[tuple[str, str, tuple[str, str, str]]] = field(default_factory=list)
    judged: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, correct)

    def calibration(self, bands: Sequence[float] = CONFIDENCE_BANDS) -> list[dict[str, Any]]:
        """Per confidence band, how many triples were right, and what keeping only triples at or
        above the band's floor (``--min-confidence``) gives in precision, recall and F1."""
        gold = self.relations.tp + self.relations.fn
        rows = []
        for low, high in zip(bands, [*bands[1:], 1.01], strict=True):
            inside = [ok for c, ok in self.judged if low <= c < high]
            kept = [ok for c, ok in self.judged if c >= low]
            tp = sum(kept)
            p = tp / len(kept) if kept else 0.0
            r = tp / gold if gold else 0.0
            rows.append(
                {
                    "band": f"{low:.2f}-{min(high, 1.0):.2f}",
                    "triples": len(inside),
                    "correct": sum(inside),
                    "precision": round(sum(inside) / len(inside), 3) if inside else None,
                    "min_confidence": low,
                    "kept": len(kept),
                    "kept_precision": round(p, 3),
                    "kept_recall": round(r, 3),
                    "kept_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                }
            )
        return rows

    def calibration_table(self) -> str:
        lines = [
            "confidence band   triples  correct  precision | "
            "--min-confidence  kept  P      R      F1"
        ]
        for row in self.calibration():
            band_p = "-" if row["precision"] is None else f"{row['precision']:.3f}"
            lines.append(
                f"{row['band']:<17} {row['triples']:>7}  {row['correct']:>7}  {band_p:>9} | "
                f"{row['min_confidence']:<16.2f} {row['kept']:>5}  {row['kept_precision']:.3f}  "
                f"{row['kept_recall']:.3f}  {row['kept_f1']:.3f}"
            )
        return "\n".join(lines)

    def table(self) -> str:
        lines = [f"documents scored: {self.documents}"]
        lines += [self.by_relation[r].row(r) for r in RELATIONS if r in self.by_relation]
        lines += [s.row(f"relations {k}") for k, s in sorted(self.by_language.items())]
        lines += [s.row(f"entities {k}") for k, s in sorted(self.entities_by_language.items())]
        lines += [self.entities.row("ENTITIES"), self.relations.row("RELATIONS")]
        return "\n".join(lines)


def score(
    gold_dir: Path,
    relations: Iterable[Mapping[str, Any]],
    mentions: Iterable[Mapping[str, Any]] | None = None,
) -> Report:
    """Score system relation (and mention) records against ``gold_dir/*.gold.json``."""
    golds = {g.doc: g for g in map(GoldDocument.read, sorted(gold_dir.glob("*.gold.json")))}
    if not golds:
        raise InputError("no *.gold.json files here", path=gold_dir)
    triples: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    confidence: dict[tuple[str, tuple[str, str, str]], float] = {}
    found: dict[str, set[str]] = defaultdict(set)
    for rec in relations:
        g = golds.get(str(rec.get("doc")))
        if g is None or rec.get("relation") not in RELATIONS:
            continue
        s, o = g.resolve(rec.get("subject")), g.resolve(rec.get("object"))
        key = triple_key(str(rec["relation"]), s, o)
        triples[g.doc].add(key)
        c = float(rec.get("confidence", 1.0))
        confidence[(g.doc, key)] = max(c, confidence.get((g.doc, key), 0.0))
        if mentions is None:
            found[g.doc].update((s, o))
    for rec in mentions or ():
        g = golds.get(str(rec.get("doc")))
        if g is not None:
            found[g.doc].add(g.resolve(rec.get("entity")))
    report = Report(documents=len(golds))
    for doc, g in golds.items():
        system = triples.get(doc, set())
        report.relations.add(system, g.triples)
        report.by_language[g.lang].add(system, g.triples)
        for rel in {t[0] for t in system | g.triples}:
            report.by_relation[rel].add(
                {t for t in system if t[0] == rel}, {t for t in g.triples if t[0] == rel}
            )
        report.errors += [(doc, "miss", t) for t in sorted(g.triples - system)]
        report.errors += [(doc, "false", t) for t in sorted(system - g.triples)]
        report.judged += [(confidence[(doc, t)], t in g.triples) for t in sorted(system)]
        report.entities.add(found.get(doc, set()), g.entities)
        report.entities_by_language[g.lang].add(found.get(doc, set()), g.entities)
    return report
