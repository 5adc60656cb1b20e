"""The work a worker process does: each job is a small picklable value with a ``run`` method.

The HTTP side builds a job, the pool sends it to a worker that holds the store open, and the
worker sends back the job's result or a :class:`Failure` (an HTTP status and a message), never
an exception object: errors cross the process boundary as plain data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.errors import KgError, QueryError, StoreError, UnknownNameError

if TYPE_CHECKING:
    from kg.store import Store, Term


@dataclass(frozen=True)
class Failure:
    """What went wrong, as the HTTP status to answer with and a one-line message."""

    status: int
    message: str


@dataclass(frozen=True)
class Answer:
    """A serialised protocol answer: its kind (solutions, boolean, graph) and bytes."""

    kind: str
    body: bytes


@dataclass(frozen=True)
class ProtocolQuery:
    sparql: str
    solutions_format: str
    graph_format: str
    max_rows: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def run(self, store: Store) -> Answer:
        kind, body = store.answer(
            self.sparql,
            solutions_format=self.solutions_format,
            graph_format=self.graph_format,
            max_rows=self.max_rows,
            default_graphs=self.default_graphs,
            named_graphs=self.named_graphs,
        )
        return Answer(kind, body)


@dataclass(frozen=True)
class ProtocolUpdate:
    sparql: str

    def run(self, store: Store) -> None:
        store.run_update(self.sparql)


@dataclass(frozen=True)
class GraphRead:
    graph: str | None
    graph_format: str
    max_rows: int

    def run(self, store: Store) -> bytes:
        return store.graph_content(self.graph, self.graph_format, self.max_rows)


@dataclass(frozen=True)
class GraphWrite:
    graph: str | None
    data: bytes
    graph_format: str
    replace: bool

    def run(self, store: Store) -> None:
        store.put_graph(self.graph, self.data, self.graph_format, replace=self.replace)


@dataclass(frozen=True)
class GraphDrop:
    graph: str | None

    def run(self, store: Store) -> None:
        store.drop_graph(self.graph)


@dataclass(frozen=True)
class Select:
    """A SELECT for a workbench page, with values bound by substitution."""

    sparql: str
    bindings: Mapping[str, Term] = field(default_factory=dict)
    max_rows: int = 10_000

    def run(self, store: Store) -> Any:
        table = store.select(self.sparql, self.bindings)
        _check_size(len(table.rows), self.max_rows)
        return table


@dataclass(frozen=True)
class Canned:
    """A canned query by name, its parameters given as text (names resolved in any language)."""

    name: str
    given: Mapping[str, str]
    max_rows: int = 10_000

    def run(self, store: Store) -> Any:
        from kg.names import resolve_name
        from kg.queries import run_query

        table = run_query(store, self.name, self.given, lambda k, t: resolve_name(store, k, t))
        _check_size(len(table.rows), self.max_rows)
        return table


@dataclass(frozen=True)
class Resolve:
    """The IRI an analyst means by a name (an actor, a place or any entity)."""

    kind: str
    text: str

    def run(self, store: Store) -> Any:
        from kg.names import resolve_name

        return resolve_name(store, self.kind, self.text)


def _check_size(rows: int, limit: int) -> None:
    from kg.store import ResultTooLargeError

    if rows > limit:
        raise ResultTooLargeError(f"the answer has {rows} rows, more than the limit of {limit}")


def failure_of(exc: KgError) -> Failure:
    """The HTTP status a kg error deserves."""
    from kg.store import ResultTooLargeError, UnknownGraphError

    if isinstance(exc, ResultTooLargeError):
        return Failure(422, str(exc))
    if isinstance(exc, UnknownGraphError | UnknownNameError):
        return Failure(404, str(exc))
    if isinstance(exc, QueryError):
        return Failure(400, str(exc))
    if isinstance(exc, StoreError):
        return Failure(500, str(exc))
    return Failure(400, str(exc))
