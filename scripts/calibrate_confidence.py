"""Calibrate each rule's confidence on gold folders: ``ontology/lexicon/<lang>/calibration.tsv``.

    python scripts/calibrate_confidence.py ../shared/corpus/dev ../shared/corpus/seeds

The articles are ingested with the lexicons' own (prior) confidences; every distinct system
triple is judged right or wrong against the gold, and credited to the rule (language, relation,
frame) of its most confident evidence. A rule's calibrated confidence is its precision, pulled
towards the prior when it was judged only a few times:
``(correct + PRIOR_WEIGHT * prior) / (judged + PRIOR_WEIGHT)``. The lexicon loader then uses it
in place of the prior; the frames' own factors (distance, coreference) still apply on top.
Only counts go into the files, never text from the gold folders.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

os.environ["KG_CALIBRATION"] = "off"  # judge the priors, not a previous calibration

from ingest.batch import ingest_paths
from ingest.lexicon import CALIBRATION_FILE
from kg.evaluation import GoldDocument, triple_key
from kg.exports import relation_records
from kg.resources import lexicon_dir
from kg.store import Store

PRIOR_WEIGHT = 5.0
Rule = tuple[str, str, str]  # language, relation, frame


def judge(folders: list[Path]) -> dict[Rule, list[bool]]:
    """Right/wrong verdicts per rule over every gold folder."""
    verdicts: dict[Rule, list[bool]] = defaultdict(list)
    for folder in folders:
        golds = {g.doc: g for g in map(GoldDocument.read, sorted(folder.glob("*.gold.json")))}
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
            ingest_paths(store, [str(folder)])
            best: dict[tuple[str, tuple[str, str, str]], tuple[float, str]] = {}
            for rec in relation_records(store):
                gold = golds.get(rec["doc"])
                if gold is None:
                    continue
                key = triple_key(
                    rec["relation"], gold.resolve(rec["subject"]), gold.resolve(rec["object"])
                )
                seen = best.get((gold.doc, key))
                if seen is None or rec["confidence"] > seen[0]:
                    best[(gold.doc, key)] = (rec["confidence"], rec["rule"])
            for (doc, key), (_, rule) in best.items():
                lang, relation, frame = rule.split(":", 1)[0].split(".")
                verdicts[(lang, relation, frame)].append(key in golds[doc].triples)
    return verdicts


def priors(lang: str) -> dict[tuple[str, str], float]:
    """The highest prior confidence each (relation, frame) has in ``lang``'s triggers.tsv."""
    out: dict[tuple[str, str], float] = {}
    for line in (
        (lexicon_dir() / lang / "triggers.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ):
        relation, frame, confidence, _ = line.split("\t", 3)
        out[(relation, frame)] = max(float(confidence), out.get((relation, frame), 0.0))
    return out


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv]
    if not folders or not all(f.is_dir() for f in folders):
        print("usage: calibrate_confidence.py GOLD_FOLDER [GOLD_FOLDER ...]", file=sys.stderr)
        return 2
    verdicts = judge(folders)
    for lang in sorted({rule[0] for rule in verdicts}):
        prior = priors(lang)
        rows = ["relation\tframe\tjudged\tcorrect\tconfidence"]
        for (rule_lang, relation, frame), results in sorted(verdicts.items()):
            if rule_lang != lang:
                continue
            p = prior.get((relation, frame), 0.75)
            value = (sum(results) + PRIOR_WEIGHT * p) / (len(results) + PRIOR_WEIGHT)
            rows.append(f"{relation}\t{frame}\t{len(results)}\t{sum(results)}\t{value:.3f}")
        path = lexicon_dir() / lang / CALIBRATION_FILE
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {path}: {len(rows) - 1} rules")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
