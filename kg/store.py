"""The embedded Oxigraph store: the only module that talks to pyoxigraph.

One named graph per article, plus the ontology, the gazetteer and a small meta graph recording
which versions of those are loaded. Every write is one SPARQL update (drop the graph, insert
its new content), which Oxigraph applies atomically: a failure leaves the previous graph as it
was. Queries see the union of all graphs as their default graph.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef

from kg import iris, store_lock
from kg.errors import (
    QueryError,
    StorageFullError,
    StoreError,
    StoreLockedError,
    UnknownNameError,
)

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


@dataclass
class TextTable:
    """Rows of a SELECT query as text (IRIs, literals' lexical forms; ``None`` for unbound)."""

    columns: list[str]
    rows: list[tuple[str | None, ...]]

    def records(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _open_failure(path: Path | None, exc: OSError, read_only: bool) -> str:
    writer = store_lock.current_writer(path) if path is not None else None
    if read_only and writer is not None:
        return (
            f"cannot read the store at {path} while {writer.describe()} writes it ({exc}); "
            "retry in a moment or when it has finished"
        )
    return f"cannot open the store at {path}: {exc} (check the path and permissions)"


def damaged_message(path: Path | None, exc: BaseException) -> str:
    """What to say, and to do, when RocksDB finds damaged files."""
    detail = " ".join(str(exc).split())[:300]
    return (
        f"the store at {path} is damaged ({detail}); run 'kg check --store {path}' for a full "
        "report, then 'kg restore BACKUP --store PATH' from a backup, or re-ingest your "
        "articles into a new --store"
    )


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


def _text_of(term: Any) -> str | None:
    return None if term is None else term.value  # already a str


def _ntriples_of(term: Any) -> str | None:
    return None if term is None else str(term)


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


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


def nquads_iri(iri: str) -> str:
    """An IRI as N-Quads/SPARQL text; raises :class:`StoreError` for characters IRIs refuse.

    >>> nquads_iri("http://x/s")
    '<http://x/s>'
    """
    return _nt_iri(iri)


def nquads_string(value: str) -> str:
    """The escaped lexical form of a literal, for writing it between double quotes."""
    # Four replaces run in C; str.translate looks every character up (slow on Arabic text).
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _nt_term(term: Term) -> str:
    if isinstance(term, URIRef):
        return _nt_iri(str(term))
    if isinstance(term, Literal):
        lexical = nquads_string(str(term))  # 20x faster than translate on Arabic sentences
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


def insert_data_text(
    graph: str, quads: Iterable[tuple[Term, Term, Term, Term]], lines: Iterable[str] = ()
) -> str:
    """An ``INSERT DATA`` operation putting ``quads`` (and N-Triples ``lines``) in ``graph``."""
    g = sparql_term(URIRef(graph))
    body = triples_text(quads) + "".join(line + "\n" for line in lines)
    return f"INSERT DATA {{ GRAPH {g} {{\n{body}}} }}"


def delete_nodes_text(graph: str, nodes: Iterable[Term]) -> str:
    """A ``DELETE`` operation removing every triple whose subject is one of ``nodes``."""
    g = sparql_term(URIRef(graph))
    body = " ".join(sparql_term(n) for n in nodes)
    return (
        f"DELETE {{ GRAPH {g} {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {body} }} "
        f"GRAPH {g} {{ ?n ?p ?o }} }}"
    )


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
            if self.path is not None and "lock" in str(exc).lower():
                raise StoreLockedError(store_lock.locked_message(self.path)) from None
            raise StoreError(_open_failure(self.path, exc, read_only)) from None
        except RuntimeError as exc:  # RocksDB reports damaged files as "Corruption"
            raise StoreError(damaged_message(self.path, exc)) from None
        if self.path is not None and not read_only:
            store_lock.claim(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.close()
        except StoreError:
            if value is None:  # do not hide the error that is already on its way out
                raise

    def close(self) -> None:
        store = getattr(self, "_store", None)
        self._store = None
        if store is None or self.read_only:
            return
        try:
            store.flush()
        except OSError as exc:
            raise StorageFullError(f"flushing the store at {self.path} failed: {exc}") from None
        finally:
            if self.path is not None:
                store_lock.release(self.path)

    # --- writes -----------------------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Sequence[tuple[Term, Term, Term, Term]]) -> None:
        """Atomically replace the content of named graph ``graph`` with ``quads``."""
        body = " .\n".join(
            f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)}" for s, p, o, _ in quads
        )
        self._replace(ox.NamedNode(graph), body, f"writing graph {graph}")

    def insert_nquads(self, data: bytes) -> None:
        """Add N-Quads in one transaction: all of them are written, or none."""
        with _writing("writing quads"):
            self._store.load(data, format=ox.RdfFormat.N_QUADS)

    def replace_nquads(self, graph: str, data: bytes) -> None:
        """Atomically replace named graph ``graph`` with ``data`` (N-Quads, all in ``graph``)."""
        with _writing(f"writing graph {graph}"):
            parsed = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        g = ox.NamedNode(graph)
        if any(q.graph_name != g for q in parsed):
            raise StoreError(f"writing graph {graph} failed: quads of another graph were given")
        self._replace(g, _triples(q.triple for q in parsed), f"writing graph {graph}")

    def bulk_load_nquads(self, path: Path) -> None:
        """Load an N-Quads file with Oxigraph's bulk loader (fast, not one transaction)."""
        with _writing(f"bulk loading {path}"):
            self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)

    def update(self, sparql: str) -> None:
        """Apply a SPARQL update atomically (build it with :func:`sparql_term`, never raw input)."""
        with _writing("update"):
            self._store.update(sparql)

    def load_turtle(self, path: Path, graph: str) -> None:
        """Atomically replace ``graph`` with the Turtle file at ``path``."""
        parsed = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        self._replace(ox.NamedNode(graph), _triples(parsed), f"loading {path} into the store")

    def _replace(self, g: Any, body: str, what: str) -> None:
        """Drop graph ``g`` and insert ``body`` (triples in Oxigraph's syntax) in one update."""
        update = f"DROP SILENT GRAPH {g}"
        if body:
            update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}"
        with _writing(what):
            self._store.update(update)

    # --- reads ------------------------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Table:
        """Run a SELECT query; ``bindings`` substitute variables safely (never string-formatted)."""
        return Table(*self._select(sparql, bindings, from_oxigraph))

    def select_texts(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> TextTable:
        """Like :meth:`select`, each value as its text (an IRI, a literal's lexical form): for
        many rows read only as text, it skips building rdflib terms (most of the cost)."""
        return TextTable(*self._select(sparql, bindings, _text_of))

    def select_ntriples(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> TextTable:
        """Like :meth:`select`, each value written as in N-Triples (``<iri>``, ``"text"@en``,
        ``"3"^^<datatype>``): to compare stored triples with new ones as text."""
        return TextTable(*self._select(sparql, bindings, _ntriples_of))

    def _select(
        self, sparql: str, bindings: Mapping[str, Term] | None, convert: Callable[[Any], Any]
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(
                sparql, use_default_graph_as_union=True, substitutions=subs or None
            )
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except RuntimeError as exc:
            if "corruption" in str(exc).lower():
                raise StoreError(damaged_message(self.path, exc)) from None
            raise QueryError(f"query failed: {exc}") from None
        except (OSError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(
                "only SELECT queries return a table; use ASK/CONSTRUCT via 'kg sparql'"
            )
        columns = [v.value for v in result.variables]
        try:  # a solution iterates over its values in the order of ``columns``
            rows = [tuple(map(convert, sol)) for sol in result]
        except RuntimeError as exc:
            raise StoreError(damaged_message(self.path, exc)) from None
        return columns, rows

    def value(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Term | None:
        table = self.select(sparql, bindings)
        return table.rows[0][0] if table.rows else None

    def graph_digest(self, graph: str) -> str | None:
        """The content digest recorded in ``graph`` (articles and reference graphs)."""
        with self._reading():
            found = self._store.quads_for_pattern(
                None, ox.NamedNode(iris.ONTOLOGY + "contentDigest"), None, ox.NamedNode(graph)
            )
            for quad in found:
                return str(getattr(quad.object, "value", quad.object))
        return None

    def named_graphs(self) -> Iterator[str]:
        with self._reading():
            for g in self._store.named_graphs():
                yield g.value

    def count(self, graph: str | None = None) -> int:
        with self._reading():
            if graph is None:
                return len(self._store)
            pattern = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            return sum(1 for _ in pattern)

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
        with self._reading():
            if fmt in QUAD_FORMATS:
                self._store.dump(output, format=RDF_FORMATS[fmt])
            else:
                quads = self._store.quads_for_pattern(None, None, None)
                ox.serialize((q.triple for q in quads), output, format=RDF_FORMATS[fmt])

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Turn RocksDB's "Corruption" while reading into a :class:`StoreError` with a way out."""
        try:
            yield
        except RuntimeError as exc:
            raise StoreError(damaged_message(self.path, exc)) from None

    # --- maintenance ------------------------------------------------------------------------

    def backup(self, target: Path) -> None:
        """A consistent copy of the store in the new folder ``target`` (Oxigraph's checkpoint)."""
        try:
            self._store.backup(str(target))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"backing up {self.path} to {target} failed: {exc}") from None

    def walk_indexes(self) -> dict[str, int]:
        """Read every quad through each of Oxigraph's indexes, so damage anywhere shows.

        Returns the quads seen per access path (they must all be equal); raises
        :class:`StoreError` naming the damage when RocksDB finds a bad block.
        """
        pattern = self._store.quads_for_pattern
        try:
            quads = list(pattern(None, None, None))
            seen = {
                "graph, subject": len(quads),
                "subject": _walk(pattern, {(q.subject, None, None, None) for q in quads}),
                "predicate": _walk(pattern, {(None, q.predicate, None, None) for q in quads}),
                "object": _walk(pattern, {(None, None, q.object, None) for q in quads}),
                "graph, predicate": _walk(
                    pattern, {(None, q.predicate, None, q.graph_name) for q in quads}
                ),
                "graph, object": _walk(
                    pattern, {(None, None, q.object, q.graph_name) for q in quads}
                ),
            }
        except (OSError, RuntimeError) as exc:
            raise StoreError(damaged_message(self.path, exc)) from None
        return seen

    # --- the SPARQL protocol (kg serve) -----------------------------------------------------
    # The endpoint's workers call these; they keep every pyoxigraph detail (formats, dataset
    # arguments, result limits) in this module.

    def answer(
        self,
        sparql: str,
        *,
        solutions_format: str,
        graph_format: str,
        max_rows: int,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> tuple[str, bytes]:
        """Run any query and serialise its answer: ``("solutions" | "boolean" | "graph", body)``.

        ``max_rows`` bounds the solutions or triples; more raises :class:`ResultTooLargeError`
        before anything is serialised. Without ``default_graphs`` the default graph is the union
        of all graphs, as everywhere else in conflict-kg.
        """
        dataset: dict[str, Any] = {"use_default_graph_as_union": not default_graphs}
        if default_graphs:
            dataset["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            result = self._store.query(sparql, **dataset)
            if isinstance(result, ox.QueryBoolean):
                return "boolean", result.serialize(format=_RESULTS_FORMATS[solutions_format]) or b""
            if isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                rows = _at_most(result, max_rows, "solutions")
                body = _solutions_json(variables, rows)
                if solutions_format != "json":
                    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
                    body = parsed.serialize(format=_RESULTS_FORMATS[solutions_format]) or b""
                return "solutions", body
            triples = _at_most(result, max_rows, "triples")
            return "graph", ox.serialize(triples, format=GRAPH_FORMATS[graph_format]) or b""
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    def run_update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update atomically (all its operations or none)."""
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"update failed, nothing was changed: {exc}") from None

    def graph_content(self, graph: str | None, fmt: str, max_rows: int) -> bytes:
        """The triples of a named graph (or the store's own default graph when ``None``)."""
        name = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        if graph and not self._store.contains_named_graph(name):
            raise UnknownGraphError(f"there is no graph <{graph}> in the store")
        quads = self._store.quads_for_pattern(None, None, None, name)
        triples = _at_most((q.triple for q in quads), max_rows, "triples")
        return ox.serialize(triples, format=GRAPH_FORMATS[fmt]) or b""

    def put_graph(self, graph: str | None, data: bytes, fmt: str, *, replace: bool) -> None:
        """Add ``data`` to a graph, or replace the graph with it, in one atomic step."""
        g = ox.NamedNode(graph) if graph else ox.DefaultGraph()  # an Oxigraph term, never raw text
        try:
            triples = list(ox.parse(data, format=GRAPH_FORMATS[fmt]))
        except SyntaxError as exc:
            raise QueryError(f"the request body is not valid {fmt}: {exc}") from None
        operations = []
        if replace:
            operations.append(f"DROP SILENT GRAPH {g}" if graph else "DROP SILENT DEFAULT")
        if graph:
            operations.append(f"CREATE SILENT GRAPH {g}")
        if triples:
            body = _triples(triples)
            target = f"GRAPH {g} " if graph else ""
            operations.append(f"INSERT DATA {{ {target}{{\n{body} .\n}} }}")
        if operations:
            self.run_update(" ;\n".join(operations))

    def drop_graph(self, graph: str | None) -> None:
        """Remove a named graph (or empty the default graph)."""
        if graph and not self._store.contains_named_graph(ox.NamedNode(graph)):
            raise UnknownGraphError(f"there is no graph <{graph}> in the store")
        g = ox.NamedNode(graph) if graph else None  # an Oxigraph term, never raw text
        self.run_update(f"DROP GRAPH {g}" if g is not None else "DROP DEFAULT")


@contextmanager
def _writing(what: str) -> Iterator[None]:
    """One store write: the disk refusing it stops a batch, bad data names what it was."""
    try:
        yield
    except OSError as exc:
        raise StorageFullError(
            f"{what} failed, nothing of it was written: {exc} (disk full or an I/O error?)"
        ) from exc
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{what} failed, nothing was changed: {exc}") from exc


def _triples(triples: Iterable[Any]) -> str:
    """Oxigraph triples in the syntax of an INSERT DATA block."""
    return " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in triples)


def _walk(pattern: Any, keys: set[tuple[Any, Any, Any, Any]]) -> int:
    """Quads found by looking up every key (each lookup reads its own index of Oxigraph)."""
    return sum(sum(1 for _ in pattern(*key)) for key in keys)


_RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class ResultTooLargeError(QueryError):
    """A query answer with more rows or triples than the caller allows."""


class UnknownGraphError(QueryError):
    """A named graph that is not in the store."""


def _at_most(items: Iterable[Any], limit: int, what: str) -> list[Any]:
    taken = list(itertools.islice(items, limit + 1))
    if len(taken) > limit:
        raise ResultTooLargeError(
            f"the answer has more than {limit} {what}, the server's limit; "
            "add a LIMIT or narrow the query"
        )
    return taken


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    parts = ("subject", "predicate", "object")
    return {"type": "triple", "value": {p: _term_json(getattr(term, p)) for p in parts}}


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _solutions_json(variables: list[str], rows: list[Any]) -> bytes:
    bindings = [{v: _term_json(row[v]) for v in variables if row[v] is not None} for row in rows]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")
