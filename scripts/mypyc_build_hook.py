"""Hatchling build hook: a wheel whose extractor modules are compiled to C with mypyc.

Off by default. Turn it on for one build with hatchling's switch for this hook::

    HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .

The modules to compile are listed in pyproject.toml (``[tool.hatch.build.targets.wheel.hooks.
custom] modules``). They are compiled from a copy of ``kg/`` and ``ingest/`` in a temporary
folder, so no compiled file is ever left next to the sources (where it would shadow an edited
``.py`` in a checkout). The wheel keeps every ``.py`` too; Python imports the compiled module
first. Editable installs are never compiled. ``kg --version`` tells which modules a given
installation runs compiled. docs/performance.md has the measured speed-up and how the compiled
build is tested (tests/test_compiled_build.py compares its extraction with the pure one).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

modules = sys.argv[1:]
setup(
    name="conflict_kg_compiled",
    ext_modules=mypycify(["--config-file", "mypy.ini", *modules], opt_level="3"),
    script_args=["build_ext", "--inplace"],
)
"""


class MypycBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        modules = self.config.get("modules", [])
        if not modules:
            raise ValueError("the mypyc build hook lists no `modules` in pyproject.toml")
        self._workdir = Path(tempfile.mkdtemp(prefix="conflict-kg-mypyc-"))
        root = Path(self.root)
        packages = self.build_config.packages  # copied whole: mypyc type-checks their imports
        for package in packages:
            shutil.copytree(root / package, self._workdir / package, ignore=_not_sources)
        (self._workdir / "mypy.ini").write_text(_mypy_ini(root / "pyproject.toml"))
        self.app.display_info(f"compiling {len(modules)} modules with mypyc (a few minutes)")
        done = subprocess.run(
            [sys.executable, "-c", SETUP, *modules],
            cwd=self._workdir,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(
                "mypyc could not compile the extractor (it needs mypy, setuptools and a C "
                "compiler; build without HATCH_BUILD_HOOK_ENABLE_CUSTOM for the pure-Python "
                "wheel):\n" + (done.stdout + done.stderr)[-4000:]
            )
        for path in _extensions(self._workdir, packages):
            build_data["force_include"][str(path)] = str(path.relative_to(self._workdir))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        workdir = getattr(self, "_workdir", None)
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)


def _extensions(workdir: Path, packages: list[str]) -> list[Path]:
    """The compiled modules in the packages' folders, and mypyc's shared runtime library beside
    them (not the copies setuptools leaves in its own build folder)."""
    places = [(workdir, "*"), *((workdir / package, "**/*") for package in packages)]
    found = (path for folder, pattern in places for path in folder.glob(pattern))
    return sorted(path for path in found if path.name.endswith(tuple(EXTENSION_SUFFIXES)))


def _not_sources(folder: str, names: list[str]) -> list[str]:
    """Copy Python sources and package data, never compiled leftovers or caches."""
    return [n for n in names if n == "__pycache__" or n.endswith((".so", ".pyd", ".pyc"))]


def _mypy_ini(pyproject: Path) -> str:
    """mypy settings for compiling: the project's Python version, and no error for what this
    build environment lacks (optional packages such as distributed, stanza, spaCy's models):
    mypyc needs the types of the compiled modules, which ``mypy --strict`` checks in CI."""
    settings = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["mypy"]
    return (
        "[mypy]\n"
        f"python_version = {settings['python_version']}\n"
        "explicit_package_bases = True\n"  # ingest/ is a namespace package
        "ignore_missing_imports = True\n"
    )
