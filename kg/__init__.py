"""conflict-kg: knowledge graphs of armed conflict from Arabic, French and English news.

The package holds the graph side (model, ontology vocabulary, store, queries, exports, CLI);
``ingest`` holds the text side (readers, normalisation, matchers, relation extraction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph


def __getattr__(name: str) -> Any:
    # Imported on first use, so the CLI (which imports this package) starts without pandas.
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = ["KnowledgeGraph", "__version__"]
