"""The built wheel ships the ontology, reference data, lexicons, queries and samples, and an
installed copy finds them from any working folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
           "-w", str(out), str(ROOT)]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    (built,) = out.glob("conflict_kg-*.whl")
    return built


def test_wheel_contains_the_data_folders(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "kg/_data/ontology/conflict.ttl",
        "kg/_data/ontology/gazetteer/actors.tsv",
        "kg/_data/ontology/lexicon/ar/triggers.tsv",
        "kg/_data/queries/supporters-of.rq",
        "kg/samples/articles.jsonl",
        "ingest/languages/fr.py",
        "kg/serve/static/vendor/yasgui.min.js",
        "kg/serve/static/vendor/cytoscape.min.js",
        "kg/serve/templates/workbench.html",
    ):
        assert required in names, required


def test_an_installed_copy_finds_its_data_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "from kg.resources import ontology_file, queries_dir, samples_file;"
        "from kg.gazetteer import load_gazetteer;"
        "print(ontology_file()); print(queries_dir()); print(len(load_gazetteer()))"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout.splitlines()  # fmt: skip
    assert out[0].startswith(str(target)) and out[0].endswith("kg/_data/ontology/conflict.ttl")
    assert out[1].startswith(str(target))
    assert int(out[2]) > 500
