"""No way in: hostile values through every option, parameter and record field change nothing.

SPARQL is never built by formatting what a user typed: canned-query parameters are bound with
Oxigraph substitutions, IRIs are validated, and everything an article brings in is a Literal or
a percent-encoded IRI. Each payload below tries to close a string, an IRI or a group and append
an update; the store must be byte-for-byte the same afterwards and the command must end with an
answer or one clear line. The code is also audited for unsafe deserialisation and XML parsing.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import re
import resource
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import ingest_paths
from ingest.readers import read_paths
from kg.cli import app
from kg.model import Article
from kg.queries import canned_queries
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
MARKER = "https://evil.example/owned"
PAYLOADS = [
    f'x" }} ; INSERT DATA {{ <{MARKER}> <{MARKER}> <{MARKER}> }} ; SELECT * {{ ?s ?p "',
    f"x' }} ; DROP ALL ; INSERT DATA {{ <{MARKER}> <{MARKER}> 1 }} #",
    f"http://x.org/a> }} ; DROP ALL ; INSERT DATA {{ <{MARKER}> <{MARKER}> 1 }} #",
    f"<{MARKER}>",
    '") || true || ("',
    "?s ?p ?o",
    "\\u0022 } DROP ALL #",
    "x\n} ; CLEAR ALL ; #",
    "../../etc/passwd",
    "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }",
]


def _fingerprint(store: Path) -> str:
    with Store(store, read_only=True) as st:
        out = io.BytesIO()
        st.dump("nquads", out)
    lines = sorted(out.getvalue().splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("secure")
    source = folder / "news.jsonl"
    source.write_text(
        json.dumps({"id": "en-1", "text": "The SDF, backed by the United States, took Tabqa."})
        + "\n",
        encoding="utf-8",
    )
    store = folder / "store"
    with Store(store) as st:
        ingest_paths(st, [str(source)])
    return store


def _param_cases() -> list[tuple[str, str]]:
    return [(q.name, p.name) for q in canned_queries().values() for p in q.parameters]


def _valid(kind: str) -> str:
    return {"date": "2017-01-01", "actor": "SDF", "place": "Raqqa"}.get(kind, "x")


def _assert_clean(result: object, store: Path, before: str) -> None:
    output = getattr(result, "output", "")
    assert getattr(result, "exit_code", None) in (0, 1, 2), output
    assert "Traceback" not in output  # messages may quote the bad value; that is fine
    assert _fingerprint(store) == before


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(("query", "param"), _param_cases())
def test_injection_through_every_canned_query_parameter_changes_nothing(
    runner: CliRunner, loaded: Path, query: str, param: str, payload: str
) -> None:
    before = _fingerprint(loaded)
    others = [
        f"{p.name}={_valid(p.type)}" for p in canned_queries()[query].parameters if p.name != param
    ]
    args = ["query", query, "--store", str(loaded), "--param", f"{param}={payload}"]
    for other in others:
        args += ["--param", other]
    result = runner.invoke(app, args)
    _assert_clean(result, loaded, before)
    if result.exit_code == 1:
        assert result.output.startswith("error: ") and result.output.count("\n") == 1


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "command",
    [
        ["query", "control-as-of", "--as-of", "{}"],
        ["query", "{}"],
        ["query", "supporters-of", "--param", "{}=SDF"],
        ["export", "relations", "--min-confidence", "{}"],
        ["export", "events", "--format", "{}"],
        ["export", "rdf", "--format", "{}"],
        ["stats", "--store", "{}"],
        ["check", "--store", "{}"],
        ["restore", "{}"],
        ["sparql", "{}"],
        ["sparql", "DROP ALL ; {}"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_injection_through_every_cli_option_changes_nothing(
    runner: CliRunner, loaded: Path, command: list[str], payload: str
) -> None:
    before = _fingerprint(loaded)
    args = [a.replace("{}", payload) for a in command]
    if "--store" not in command:
        args += ["--store", str(loaded)]
    result = runner.invoke(app, args)
    _assert_clean(result, loaded, before)


def test_injection_through_every_article_field_is_stored_as_data(tmp_path: Path) -> None:
    source = tmp_path / "hostile.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for payload in PAYLOADS:
            fields = ("id", "title", "url", "source", "lang", "date")
            record = {key: payload for key in fields} | {"text": f"The SDF took Tabqa. {payload}"}
            fh.write(json.dumps(record) + "\n")
    with Store(None) as st:
        report = ingest_paths(st, [str(source)], default_lang="en")
        assert report.articles == len(PAYLOADS), report.skipped
        subjects = {str(r[0]) for r in st.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o }").rows}
        titles = st.select("SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }").rows
    assert MARKER not in subjects
    assert set(PAYLOADS) <= {str(t[0]) for t in titles}  # stored verbatim, as data


SUMMARY_LINES = ("articles written", "languages", "entities", "seconds", "skipped ", "warning ")


@pytest.fixture(scope="module")
def ingest_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ingest") / "store"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_through_ingest_options_and_file_names(
    runner: CliRunner, tmp_path: Path, ingest_store: Path, payload: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = payload.replace("/", "_").replace("\n", "_")[:80] + ".txt"
    (folder / name).write_text("The SDF took Tabqa.", encoding="utf-8")
    for options in (["--lang", payload], ["--date", payload]):
        result = runner.invoke(app, ["ingest", str(folder), "--store", str(ingest_store), *options])
        assert result.exit_code in (0, 2) and "Traceback" not in result.output
        if result.exit_code == 0:  # every summary line is one of its own, values never split it
            assert all(line.startswith(SUMMARY_LINES) for line in result.output.splitlines())
    with Store(ingest_store, read_only=True) as st:
        assert st.count(MARKER) == 0
        subjects = {str(r[0]) for r in st.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o }").rows}
    assert MARKER not in subjects


def _python_files() -> list[Path]:
    return [p for d in ("kg", "ingest", "scripts", "benchmarks") for p in (ROOT / d).rglob("*.py")]


UNSAFE_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "yaml", "xml", "lxml"}
UNSAFE_CALLS = {"eval", "exec", "__import__"}


def test_no_unsafe_deserialisation_or_xml_parsing_in_the_code() -> None:
    found = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{path}: import {n}" for n in names if n.split(".")[0] in UNSAFE_MODULES]
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in UNSAFE_CALLS
            ):
                found.append(f"{path}:{node.lineno}: {node.func.id}()")
    assert found == []


SPARQL_WORDS = re.compile(  # keywords as SPARQL uses them, not as prose mentions them
    r"\b(SELECT|ASK|CONSTRUCT|INSERT|DELETE|DROP|CLEAR|LOAD)\s+(\?|\*|\(|\{|DATA|WHERE|SILENT"
    r"|DISTINCT|ALL|GRAPH|<)|\bWHERE\s*\{|\bGRAPH\s*[<?{]|\bPREFIX\s+\w*:",
    re.IGNORECASE,
)


def _constant(node: ast.AST) -> bool:
    """A literal, a module constant (UPPER_CASE name), or a combination of those."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id.lstrip("_").isupper()
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant(node.left) and _constant(node.right)
    if isinstance(node, ast.JoinedStr):
        return all(
            _constant(v.value) if isinstance(v, ast.FormattedValue) else True for v in node.values
        )
    return False


def _formatted_sparql(node: ast.AST) -> bool:
    """SPARQL text (by its literal parts) built from values that are not constants."""
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        built = not _constant(node)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        built = node.func.attr == "format"
    else:
        return False
    texts = [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    return built and any(SPARQL_WORDS.search(t) for t in texts)


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('q = f"SELECT ?x WHERE {{ ?x ?p \\"{name}\\" }}"', True),
        ('store.update("DELETE DATA { <" + iri + "> ?p ?o }")', True),
        ('q = "SELECT * WHERE {{ ?s ?p {} }}".format(value)', True),
        ('Q = PREFIXES + "SELECT ?e WHERE { ?e a ?t }"', False),
        ('message = f"parameter ?{name} must be projected by the outer SELECT"', False),
    ],
)
def test_the_audit_tells_formatted_sparql_from_constants(source: str, flagged: bool) -> None:
    assert any(_formatted_sparql(n) for n in ast.walk(ast.parse(source))) is flagged


def test_no_sparql_is_built_by_formatting_outside_the_store_writer() -> None:
    """Queries are constants or canned texts; only kg/store.py formats, and only Oxigraph terms."""
    found = [
        f"{path}:{getattr(node, 'lineno', '?')}"
        for path in _python_files()
        if path.name not in {"store.py", *SUMMARY_WRITERS}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _formatted_sparql(node)
    ]
    assert found == []


SUMMARY_WRITERS = [
    "summaries.py", "summary_links.py", "summary_edges.py", "summary_activity.py",
    "summary_intervals.py", "lookups.py",
]  # fmt: skip


@pytest.mark.parametrize("module", SUMMARY_WRITERS)
def test_the_summary_graph_formats_only_terms_serialised_by_the_store(module: str) -> None:
    """kg/summaries.py, kg/summary_*.py and kg/lookups.py build their SPARQL from
    ``sparql_term`` output (Oxigraph's own escaping) of IRIs read from the store or made by kg,
    never from text a user typed."""
    source = (ROOT / "kg" / module).read_text(encoding="utf-8")
    allowed = {
        "sparql_term", "_values", "triples_text", "URIRef", "CKG", "iris", "SUMMARY_GRAPH",
        "edge_node", "g", "nodes", "values", "graph", "places", "agents", "quads", "k", "edges",
        "rows", "predicate", "relations", "_FAMILIES", "iri_values", "place", "NO_DATE", "start",
        "_NODES",
        # N-Triples lines written by Oxigraph (Store.select_ntriples) or by triples_text
        "stale_text", "added_text",
    }  # fmt: skip
    for node in ast.walk(ast.parse(source)):
        if _formatted_sparql(node) and isinstance(node, ast.JoinedStr):
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    used = {n.id for n in ast.walk(value.value) if isinstance(n, ast.Name)}
                    assert used <= allowed, ast.unparse(value)


def test_the_store_writer_formats_only_oxigraph_terms() -> None:
    source = (ROOT / "kg" / "store.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    allowed = {"g", "body", "to_oxigraph", "t"}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and "GRAPH" in ast.unparse(node):
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    used = {n.id for n in ast.walk(value.value) if isinstance(n, ast.Name)}
                    assert used <= allowed, ast.unparse(value)


ENTITY_BOMB = """<?xml version="1.0"?>
<!DOCTYPE html [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY xxe SYSTEM "file:///etc/hostname">
]>
<html><body><article><p>The Syrian Democratic Forces captured Tabqa after heavy fighting, a
spokesman said on Tuesday. &f; &xxe;</p></article></body></html>
"""


def test_html_entity_bombs_and_external_entities_are_not_expanded(tmp_path: Path) -> None:
    (tmp_path / "bomb.html").write_text(ENTITY_BOMB, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = list(read_paths([tmp_path / "bomb.html"]))
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    texts = [i.text for i in items if isinstance(i, Article)]
    assert all(len(t) < 10_000 for t in texts)  # fully expanded, &f; alone is 3.3 GB
    hostname = Path("/etc/hostname")
    if hostname.is_file() and hostname.read_text().strip():
        assert all(hostname.read_text().strip() not in t for t in texts)
    assert grown_kb < 200_000
