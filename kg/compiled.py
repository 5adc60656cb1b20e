"""Which of this installation's modules run compiled (the optional mypyc wheel).

A wheel built with ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=1`` (scripts/mypyc_build_hook.py) carries the
extractor's modules as C extensions beside their ``.py`` files, and Python imports the extension
first. This looks for those files without importing anything, so ``kg --version`` stays fast.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec
from pathlib import Path

PACKAGES = ("kg", "ingest")


def compiled_modules() -> list[str]:
    """Dotted names of the modules of ``kg`` and ``ingest`` installed as C extensions, sorted."""
    found: set[str] = set()
    for package in PACKAGES:
        spec = find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            root = Path(folder)
            for path in root.rglob("*"):
                module = _module_name(path, root, package)
                if module is not None:
                    found.add(module)
    return sorted(found)


def _module_name(path: Path, root: Path, package: str) -> str | None:
    for suffix in EXTENSION_SUFFIXES:
        if path.name.endswith(suffix):
            parts = [package, *path.relative_to(root).parts[:-1]]
            stem = path.name[: -len(suffix)]
            return ".".join(parts if stem == "__init__" else [*parts, stem])
    return None


def describe_build() -> str:
    """One line for ``kg --version``: pure Python, or how many modules run compiled."""
    modules = compiled_modules()
    if not modules:
        return "pure Python"
    return f"{len(modules)} modules compiled with mypyc"
