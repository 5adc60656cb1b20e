"""The optional compiled wheel (scripts/mypyc_build_hook.py): its modules are C extensions, it
says so in ``kg --version``, and it extracts exactly what the pure-Python code extracts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from kg import __version__

ROOT = Path(__file__).resolve().parent.parent
HOOK = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"][
    "wheel"
]["hooks"]["custom"]
TEXTS = [ROOT / "kg" / "samples", ROOT / "tests" / "fixtures" / "challenge"]

# Every article's graph as N-Quads, fingerprinted: the same digest means byte-identical output.
EXTRACT_ALL = """
import hashlib, sys
from ingest.pipeline import Pipeline
from ingest.readers import read_paths
from kg.model import Article
from kg.rdf import article_nquads
pipeline, whole, articles = Pipeline(), hashlib.sha256(), 0
for item in read_paths(sys.argv[1:]):
    if isinstance(item, Article):
        whole.update(article_nquads(pipeline.process(item), "digest", "0"))
        articles += 1
print(articles, whole.hexdigest())
"""

COMPILER = (sysconfig.get_config_var("CC") or "cc").split()[0]


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled wheel, built from this checkout and unpacked as a site folder (a few
    minutes; the tests using it are skipped without a C compiler)."""
    if shutil.which(COMPILER) is None:
        pytest.skip(f"no C compiler ({COMPILER}) to build the mypyc wheel")
    out = tmp_path_factory.mktemp("compiled-wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
           "-w", str(out), str(ROOT)]  # fmt: skip
    env = {**os.environ, "HATCH_BUILD_HOOK_ENABLE_CUSTOM": "1"}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = out.glob("conflict_kg-*.whl")
    assert not wheel.name.endswith("-none-any.whl"), "a compiled wheel is platform-specific"
    site = out / "site"
    zipfile.ZipFile(wheel).extractall(site)
    return site


def _run(code: str, site: Path, *args: str) -> str:
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=site.parent, env=env,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


@pytest.mark.slow
def test_every_listed_module_is_compiled_and_keeps_its_source(compiled_site: Path) -> None:
    for source in HOOK["modules"]:
        stem = compiled_site / Path(source).with_suffix("")
        assert list(stem.parent.glob(f"{stem.name}.*.so")), f"{source} was not compiled"
        assert (compiled_site / source).is_file(), f"{source} left out of the wheel"


@pytest.mark.slow
def test_kg_version_says_how_many_modules_run_compiled(compiled_site: Path) -> None:
    printed = _run("from kg.cli import main; main()", compiled_site, "--version")
    compiled = len(HOOK["modules"])
    assert printed == f"conflict-kg {__version__} ({compiled} modules compiled with mypyc)"


@pytest.mark.slow
def test_the_compiled_extractor_writes_the_same_graphs_as_the_pure_one(
    compiled_site: Path,
) -> None:
    texts = [str(path) for path in TEXTS]
    compiled = _run(EXTRACT_ALL, compiled_site, *texts)
    pure = _run(EXTRACT_ALL, ROOT, *texts)
    articles = int(pure.split()[0])
    assert articles >= 20
    assert compiled == pure


def test_a_pure_checkout_reports_pure_python() -> None:
    printed = _run("from kg.cli import main; main()", ROOT, "--version")
    assert printed == f"conflict-kg {__version__} (pure Python)"
