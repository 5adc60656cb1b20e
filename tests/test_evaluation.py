"""The built-in scorer follows the gold schema and agrees with the project's reference scorer."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.tokens import tokenize
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


def test_calibration_counts_each_triple_once_at_its_best_confidence(tmp_path: Path) -> None:
    (tmp_path / "d1.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    system = [
        {**SYSTEM[0], "confidence": 0.62},
        {**SYSTEM[0], "confidence": 0.91},  # the same triple, better evidence
        {**SYSTEM[1], "confidence": 0.72},
    ]
    rows = {row["band"]: row for row in score(tmp_path, system).calibration()}
    assert (rows["0.90-1.00"]["triples"], rows["0.90-1.00"]["correct"]) == (1, 1)
    assert (rows["0.70-0.75"]["triples"], rows["0.70-0.75"]["correct"]) == (1, 0)
    assert rows["0.60-0.70"]["triples"] == 0
    everything, confident = rows["0.00-0.60"], rows["0.90-1.00"]
    assert (everything["kept"], everything["kept_precision"]) == (2, 0.5)
    assert (confident["kept"], confident["kept_precision"], confident["kept_recall"]) == (
        1,
        1.0,
        0.5,
    )


def test_a_calibration_file_replaces_the_prior_confidence_of_its_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest.languages import get_language
    from ingest.lexicon import CALIBRATION_FILE, load_lexicon
    from kg.resources import lexicon_dir

    english = get_language("en")
    folder = tmp_path / "en"
    shutil.copytree(lexicon_dir() / "en", folder)
    (folder / CALIBRATION_FILE).write_text(
        "relation\tframe\tjudged\tcorrect\tconfidence\ncontrols\tverb\t10\t9\t0.912\n",
        encoding="utf-8",
    )

    def confidences(lexicon_folder: Path) -> dict[str, float]:
        lex = load_lexicon("en", english.readings, english.trigger_readings, "", lexicon_folder)
        words = [w for w in tokenize("captured and shelled") if w.is_word]
        return {
            t.form: t.confidence
            for _, _, entries in lex.triggers.find(words)
            for t in entries
            if t.frame == "verb"
        }

    calibrated = confidences(folder)
    assert calibrated["captured"] == 0.912
    assert calibrated["shelled"] != 0.912  # rules the file does not name keep their prior
    monkeypatch.setenv("KG_CALIBRATION", "off")
    (folder / "x").mkdir()  # a new folder path: the loader caches per folder
    shutil.copytree(folder, folder / "x" / "en", ignore=shutil.ignore_patterns("x"))
    assert confidences(folder / "x" / "en")["captured"] != 0.912
