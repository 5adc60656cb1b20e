"""The embedded Oxigraph store: the only module that talks to pyoxigraph.

One named graph per article, plus the ontology, the gazetteer and a small meta graph recording
which versions of those are loaded. Every write is one SPARQL update (drop the graph, insert
its new content), which Oxigraph applies atomically: a failure leaves the previous graph as it
was. Queries see the union of all graphs as their default graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef

from kg import iris
from kg.errors import QueryError, StoreError, UnknownNameError

Term = URIRef | Literal | BNode
RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
QUAD_FORMATS = {"nquads", "trig"}
DEFAULT_PATH = Path("kg-store")


@dataclass
class Table:
    """Rows of a SELECT query as rdflib terms (``None`` for unbound)."""

    columns: list[str]
    rows: list[tuple[Term | None, ...]]

    def records(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def to_oxigraph(term: Term) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def sparql_term(term: Term) -> str:
    """A term written for SPARQL text; pyoxigraph validates it, so nothing can be injected."""
    return str(to_oxigraph(term))


def from_oxigraph(term: Any) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


_IRI_TEXT: dict[str, str] = {}  # IRIs repeat across articles (predicates, classes, entities)


def _nt_iri(iri: str) -> str:
    text = _IRI_TEXT.get(iri)
    if text is None:
        if _IRI_UNSAFE.search(iri):
            raise StoreError(f"cannot store the IRI {iri!r}: it contains a character IRIs refuse")
        text = f"<{iri}>"
        if len(_IRI_TEXT) < 200_000:
            _IRI_TEXT[iri] = text
    return text


def _nt_term(term: Term) -> str:
    if isinstance(term, URIRef):
        return _nt_iri(str(term))
    if isinstance(term, Literal):
        lexical = str(term).translate(_NT_ESCAPES)
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{lexical}"^^{_nt_iri(str(term.datatype))}'
        return f'"{lexical}"'
    return str(to_oxigraph(term))


def nquads(quads: Iterable[tuple[Term, Term, Term, Term]]) -> bytes:
    """N-Quads of rdflib quads, written directly (no per-term pyoxigraph objects).

    >>> nquads([(URIRef("http://x/s"), URIRef("http://x/p"), Literal('say "hi"', lang="en"),
    ...          URIRef("http://x/g"))])
    b'<http://x/s> <http://x/p> "say \\\\"hi\\\\""@en <http://x/g> .\\n'
    """
    lines = [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} {_nt_term(g)} .\n" for s, p, o, g in quads]
    return "".join(lines).encode("utf-8")


def triples_text(quads: Iterable[tuple[Term, Term, Term, Term]]) -> str:
    """The triples of ``quads`` (graph ignored) as SPARQL INSERT DATA / N-Triples text."""
    return "".join(f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o, _ in quads)


class Store:
    """An Oxigraph store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | str | None = DEFAULT_PATH, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._store: Any = None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(
                        f"no store at {self.path}; run 'kg ingest' first or pass --store PATH"
                    )
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            hint = "another kg process is using it; wait for it or pass another --store"
            if "lock" not in str(exc).lower():
                hint = "check the path and permissions"
            raise StoreError(f"cannot open the store at {self.path}: {exc} ({hint})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and not self.read_only:
            store.flush()
        self._store = None

    # --- writes -----------------------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Sequence[tuple[Term, Term, Term, Term]]) -> None:
        """Atomically replace the content of named graph ``graph`` with ``quads``."""
        g = ox.NamedNode(graph)
        body = " .\n".join(
            f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)}" for s, p, o, _ in quads
        )
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}"
        if not quads:
            update = f"DROP SILENT GRAPH {g}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"writing graph {graph} failed, nothing was changed: {exc}") from exc

    def insert_nquads(self, data: bytes) -> None:
        """Add N-Quads in one transaction: all of them are written, or none."""
        try:
            self._store.load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"writing quads failed, nothing was changed: {exc}") from exc

    def replace_nquads(self, graph: str, data: bytes) -> None:
        """Atomically replace named graph ``graph`` with ``data`` (N-Quads, all in ``graph``)."""
        try:
            parsed = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        except SyntaxError as exc:
            raise StoreError(f"writing graph {graph} failed, nothing was changed: {exc}") from exc
        g = ox.NamedNode(graph)
        if any(q.graph_name != g for q in parsed):
            raise StoreError(f"writing graph {graph} failed: quads of another graph were given")
        body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in parsed)
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")

    def bulk_load_nquads(self, path: Path) -> None:
        """Load an N-Quads file with Oxigraph's bulk loader (fast, not one transaction)."""
        try:
            self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"bulk loading {path} failed: {exc}") from exc

    def update(self, sparql: str) -> None:
        """Apply a SPARQL update atomically (build it with :func:`sparql_term`, never raw input)."""
        try:
            self._store.update(sparql)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"update failed, nothing was changed: {exc}") from exc

    def load_turtle(self, path: Path, graph: str) -> None:
        """Atomically replace ``graph`` with the Turtle file at ``path``."""
        parsed = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        g = ox.NamedNode(graph)
        body = " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in parsed)
        self._store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")

    # --- reads ------------------------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Table:
        """Run a SELECT query; ``bindings`` substitute variables safely (never string-formatted)."""
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(
                sparql, use_default_graph_as_union=True, substitutions=subs or None
            )
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(
                "only SELECT queries return a table; use ASK/CONSTRUCT via 'kg sparql'"
            )
        columns = [v.value for v in result.variables]
        rows = [tuple(from_oxigraph(sol[c]) for c in columns) for sol in result]
        return Table(columns, rows)

    def value(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Term | None:
        table = self.select(sparql, bindings)
        return table.rows[0][0] if table.rows else None

    def graph_digest(self, graph: str) -> str | None:
        """The content digest recorded in ``graph`` (articles and reference graphs)."""
        found = self._store.quads_for_pattern(
            None, ox.NamedNode(iris.ONTOLOGY + "contentDigest"), None, ox.NamedNode(graph)
        )
        for quad in found:
            return str(getattr(quad.object, "value", quad.object))
        return None

    def named_graphs(self) -> Iterator[str]:
        for g in self._store.named_graphs():
            yield g.value

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def graph_ntriples(self, graph: str) -> tuple[bytes, int]:
        """The triples of one named graph as N-Triples, and how many there are."""
        found = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        triples = [q.triple for q in found]
        data: bytes | None = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return data or b"", len(triples)

    def dump(self, fmt: str, output: Any) -> None:
        """Write the store in an RDF format (quads formats keep the named graphs)."""
        if fmt not in RDF_FORMATS:
            raise UnknownNameError("RDF format", fmt, RDF_FORMATS)
        if fmt in QUAD_FORMATS:
            self._store.dump(output, format=RDF_FORMATS[fmt])
        else:
            quads = self._store.quads_for_pattern(None, None, None)
            ox.serialize((q.triple for q in quads), output, format=RDF_FORMATS[fmt])
