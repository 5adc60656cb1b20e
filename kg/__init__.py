"""conflict-kg: knowledge graphs of armed conflict from Arabic, French and English news.

The package holds the graph side (model, ontology vocabulary, store, queries, exports, CLI);
``ingest`` holds the text side (readers, normalisation, matchers, relation extraction).
"""

from __future__ import annotations

__version__ = "0.1.0"
