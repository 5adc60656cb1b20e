"""The ``kg`` command line: thin wrappers over the library, and the only package that prints.

Every command honours ``--store PATH`` (or ``KG_STORE``; default ``./kg-store``). Errors are one
line on standard error with exit status 1 (2 for usage); ``--debug`` shows the traceback.
Each module registers one group of commands on the shared app; heavy imports stay inside the
commands so ``kg --help`` starts fast.
"""

from __future__ import annotations

import kg.cli.plotting  # noqa: F401  (registration)
from kg.cli import admin, demo, evaluating, exporting, ingesting, querying  # noqa: F401  (registration)
from kg.cli import pushing as pushing  # registration
from kg.cli import serving as serving  # registration (an explicit re-export, kept on its own line)
from kg.cli import summarising as summarising  # registration
from kg.cli._app import app, export_app


def main() -> None:
    """Console entry point."""
    app()


__all__ = ["app", "export_app", "main"]
