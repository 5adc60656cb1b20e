"""The notebook API: ``from kg import KnowledgeGraph``.

One object over a store that answers in pandas DataFrames and networkx graphs::

    kg = KnowledgeGraph.open("kg-store")              # read-only; writable=True to ingest
    kg.query("control-as-of", as_of="2017-06-30")     # any canned query, names in any language
    kg.sparql("SELECT ...")                           # any SELECT
    kg.actor_network(relations=["supports"], since="2017-01-01")
    kg.control_map(as_of="2017-06-30")

It is a thin layer over :mod:`kg.queries`, :mod:`kg.exports` and :mod:`kg.control`; the CLI uses
the same functions, so a notebook and ``kg query`` always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kg.errors import StoreError
from kg.store import DEFAULT_PATH, Store, Table, Term

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from ingest.batch import IngestReport


def _value(term: Term | None) -> Any:
    """A term as a plain Python value: IRIs as strings, typed literals as numbers or dates."""
    if term is None:
        return None
    value = term.toPython() if hasattr(term, "toPython") else str(term)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool | int | float | str | date):
        return value
    return str(value)


def to_frame(table: Table) -> pd.DataFrame:
    """A query result as a DataFrame with the query's columns in order."""
    import pandas as pd

    rows = [[_value(v) for v in row] for row in table.rows]
    return pd.DataFrame(rows, columns=table.columns)


class KnowledgeGraph:
    """A conflict knowledge graph in an Oxigraph store, for notebooks and scripts."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, path: Path | str = DEFAULT_PATH, *, writable: bool = False) -> KnowledgeGraph:
        """Open the store at ``path``: read-only (the default) or writable (to ingest)."""
        return cls(Store(path, read_only=not writable))

    @classmethod
    def in_memory(cls) -> KnowledgeGraph:
        """An empty writable graph held in memory (nothing is written to disk)."""
        return cls(Store(None))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def ingest(self, *paths: str | Path, **options: Any) -> IngestReport:
        """Ingest files or folders (as ``kg ingest``); the graph must be writable."""
        from ingest.batch import ingest_paths

        if self.store.read_only:
            raise StoreError(
                "this graph is open read-only; use KnowledgeGraph.open(path, writable=True)"
            )
        return ingest_paths(self.store, [str(p) for p in paths], **options)

    def resolve(self, name: str, kind: str = "entity") -> str:
        """The IRI meant by ``name`` (a label or alias in any language, or an IRI)."""
        from kg.names import resolve_name

        if name.startswith(("http://", "https://")):
            return name
        return str(resolve_name(self.store, kind, name))

    def sparql(self, query: str) -> pd.DataFrame:
        """Any SPARQL SELECT over all graphs, as a DataFrame."""
        return to_frame(self.store.select(query))

    def query(self, name: str, **params: Any) -> pd.DataFrame:
        """A canned query (see :meth:`queries`) with its parameters as keywords."""
        from kg.names import resolve_name
        from kg.queries import run_query

        given = {k: v.isoformat() if isinstance(v, date) else str(v) for k, v in params.items()}
        table = run_query(
            self.store, name, given, lambda kind, text: resolve_name(self.store, kind, text)
        )
        return to_frame(table)

    def queries(self) -> pd.DataFrame:
        """The canned queries: name, title and parameters."""
        import pandas as pd

        from kg.queries import canned_queries

        rows = [
            (q.name, q.title, "; ".join(p.describe() for p in q.parameters))
            for q in canned_queries().values()
        ]
        return pd.DataFrame(rows, columns=["name", "title", "parameters"])

    def actor_network(
        self,
        relations: Iterable[str] | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        min_confidence: float = 0.0,
    ) -> nx.MultiDiGraph:
        """The actor network (see :func:`kg.exports.actor_network`) filtered as asked."""
        from kg.exports import actor_network

        return actor_network(
            self.store,
            relations=relations,
            since=str(since) if since is not None else None,
            until=str(until) if until is not None else None,
            min_confidence=min_confidence,
        )

    def control_map(self, as_of: date | str | None = None, window_days: int = 7) -> pd.DataFrame:
        """Who holds each place as of a date, with coordinates (see :mod:`kg.control`)."""
        import pandas as pd

        from kg.control import CONTROL_COLUMNS, control_records

        records = control_records(self.store, as_of, window_days=window_days)
        return pd.DataFrame(records, columns=list(CONTROL_COLUMNS))
