"""``kg eval`` and ``kg explain``: how good the extraction is, and why a triple exists."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli._app import ParserOption, app, err, friendly, open_store
from kg.errors import KgError


@app.command("eval")
@friendly
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of articles and *.gold.json.")],
    errors: Annotated[bool, typer.Option(help="List misses and false hits.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    calibration: Annotated[
        bool, typer.Option(help="Also print precision by confidence band.")
    ] = False,
    parser: ParserOption = "none",
) -> None:
    """Ingest a gold folder into a temporary store and score relations and entities."""
    from ingest.batch import ingest_paths
    from ingest.pipeline import Pipeline
    from kg.evaluation import score
    from kg.exports import mention_records, relation_records

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store") as st:
        report = ingest_paths(st, [str(gold)], pipeline=Pipeline(parser=parser))
        result = score(gold, list(relation_records(st)), list(mention_records(st)))
    for s in report.skipped:
        err.print(f"skipped {s}")
    if as_json:
        typer.echo(json.dumps(_score_json(result), ensure_ascii=False))
    else:
        typer.echo(result.table())
        if calibration:
            typer.echo("\n" + result.calibration_table())
    if errors:
        for doc, kind, t in result.errors:
            typer.echo(f"{doc}\t{kind}\t{t[0]}({t[1]}, {t[2]})")


def _score_json(result: Any) -> dict[str, Any]:
    def one(s: Any) -> dict[str, Any]:
        return {
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "f1": round(s.f1, 3),
        }

    return {
        "documents": result.documents,
        "relations": one(result.relations),
        "entities": one(result.entities),
        "by_relation": {k: one(v) for k, v in result.by_relation.items()},
        "by_language": {k: one(v) for k, v in result.by_language.items()},
        "entities_by_language": {k: one(v) for k, v in result.entities_by_language.items()},
        "calibration": result.calibration(),
    }


@app.command()
@friendly
def explain(
    path: Annotated[Path, typer.Argument(help="An article file (.txt) to explain.")],
    lang: Annotated[str | None, typer.Option(help="Language instead of detecting it.")] = None,
    parser: ParserOption = "none",
) -> None:
    """Show each sentence with its mentions and relations, the rule and the confidence."""
    from ingest.explain import explain_text
    from ingest.pipeline import Pipeline
    from ingest.readers import Skipped, read_paths

    for item in read_paths([str(path)]):
        if isinstance(item, Skipped):
            raise KgError(str(item))
        if lang:
            item.lang = lang
        typer.echo(explain_text(item, Pipeline(parser=parser)))
