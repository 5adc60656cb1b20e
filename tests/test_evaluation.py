"""The built-in scorer follows the gold schema and agrees with the project's reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluation import fold, score

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

GOLD = {
    "doc": "d1", "lang": "ar",
    "entities": {
        "Islamic State": {"type": "ArmedGroup", "aliases": ["داعش", "Daech"]},
        "Syrian Democratic Forces": {"type": "ArmedGroup", "aliases": ["قسد"]},
        "Raqqa": {"type": "Place", "aliases": ["الرقة"]},
    },
    "relations": [
        {"rel": "clashesWith", "subj": "Islamic State", "obj": "Syrian Democratic Forces"},
        {"rel": "controls", "subj": "Syrian Democratic Forces", "obj": "Raqqa"},
    ],
}  # fmt: skip
SYSTEM = [
    {"doc": "d1", "relation": "clashesWith", "subject": {"iri": "s", "labels": ["قسد"]},
     "object": {"iri": "i", "labels": ["داعش"]}},
    {"doc": "d1", "relation": "attacks", "subject": {"iri": "s", "labels": ["SDF", "قسد"]},
     "object": {"iri": "x", "labels": ["Tal Abyad"]}},
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), [("الرقة", "رقه"), ("Deir ez-Zor", "Deir Ezzor"),
                                      ("L'Armée syrienne", "armée syrienne")])  # fmt: skip
def test_fold_equates_spelling_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_symmetric_relations_match_in_either_order(tmp_path: Path) -> None:
    (tmp_path / "d1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    report = score(tmp_path, SYSTEM)
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (1, 1, 1)


@pytest.mark.skipif(not REFERENCE.is_file(), reason="reference scorer not beside the repository")
def test_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    (tmp_path / "d1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    system = tmp_path / "rel.jsonl"
    system.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in SYSTEM))
    out = subprocess.run([sys.executable, str(REFERENCE), "--gold", str(tmp_path),
                          "--relations", str(system), "--json"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    reference = json.loads(out)
    ours = score(tmp_path, SYSTEM)
    assert reference["relations"]["tp"] == ours.relations.tp
    assert reference["relations"]["f1"] == round(ours.relations.f1, 3)
    assert reference["entities"]["f1"] == round(ours.entities.f1, 3)
