"""Documentation stays in step with the code: every command, query and quick-start line."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from ingest.lexicon import CUE_KINDS, FRAMES
from kg.cli import app, export_app
from kg.queries import canned_queries

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _command_names(application: typer.Typer) -> list[str]:
    return [
        c.name or (c.callback.__name__ if c.callback else "")
        for c in application.registered_commands
    ]


def test_every_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in _command_names(app):
        assert f"## `kg {name}" in text, f"kg {name} is not in docs/cli.md"
    for name in _command_names(export_app):
        assert f"## `kg export {name}" in text, f"kg export {name} is not in docs/cli.md"


def test_every_canned_query_is_documented() -> None:
    text = (DOCS / "queries.md").read_text(encoding="utf-8")
    for name in canned_queries():
        assert f"## {name}" in text, f"query {name} is not in docs/queries.md"


def test_readme_quick_start_has_exactly_two_command_lines() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block is not None
    lines = [line for line in block.group(1).splitlines() if line.strip()]
    assert len(lines) == 2
    assert "kg demo" in lines[0] and "pytest" in lines[1]


def test_ci_runs_the_readme_test_line() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_line = re.findall(r"```bash\n.*?\n(.*?)\n```", readme, re.S)[0].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_line.replace("python3 -m pip install", "python3 -m pip install --quiet") in ci


def test_every_cue_kind_and_frame_is_documented() -> None:
    guide = (ROOT / "docs" / "extending.md").read_text(encoding="utf-8")
    missing = [kind for kind in (*CUE_KINDS, *FRAMES) if f"`{kind}`" not in guide]
    assert not missing, f"docs/extending.md does not explain {missing}"
