"""Bad input: every broken, odd or hostile file gives one line naming it, and the batch goes on.

Each case is one file dropped into a folder next to a good article; ingesting the folder must
write the good article, report the bad one as skipped (or ingested with a warning) by its path and
line, and never raise.
"""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.batch import IngestReport, ingest_paths
from ingest.decoding import iter_lines
from ingest.pipeline import Pipeline
from ingest.readers import read_paths
from kg.cli import app
from kg.exports import relation_records
from kg.model import Article
from kg.store import Store
from tests.conftest import write_jsonl

GOOD_EN = "The Syrian Democratic Forces captured Tabqa. Russian warplanes struck Idlib."
GOOD_AR = "سيطرت قوات سوريا الديمقراطية على مدينة الرقة بعد معارك عنيفة مع تنظيم الدولة."
GOOD_FR = "Les Forces démocratiques syriennes ont pris le contrôle de la ville de Raqqa."
PAGE = """<!DOCTYPE html>
<html><head><title>Front line</title>
<script>var tracker = "SCRIPT-TEXT";</script><style>p { color: red }</style></head>
<body><nav><ul><li>Home</li><li>MENU-ENTRY</li></ul></nav>
<!-- COMMENT-TEXT -->
<article><h1>Clashes near the dam</h1>
<p>The Syrian Democratic Forces captured Tabqa after heavy fighting on Tuesday, a spokesman
said.</p><p>Russian warplanes struck Idlib the same evening, residents said.</p></article>
<footer>FOOTER-TEXT</footer></body></html>
"""


@dataclass(frozen=True)
class Case:
    """A bad file: its name, its bytes, and what the report must say about it."""

    name: str
    content: bytes
    skipped: str | None = None  # part of the skip reason, when the file must be skipped
    warning: str | None = None  # part of the warning, when it is ingested with one
    line: int | None = None  # the line the message must name


def _with_a_bad_byte(text: str) -> bytes:
    """UTF-8 of ``text`` with each ÿ turned into a lone 0xFF byte, which UTF-8 never uses."""
    return text.encode().replace("ÿ".encode(), b"\xff")


CASES = [
    Case("empty.txt", b"", skipped="file is empty"),
    Case("blank.txt", b" \n\t \r\n  ", skipped="only white space"),
    Case("binary.txt", bytes(range(256)) * 8, skipped="binary file"),
    Case("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 64, skipped="binary file"),
    Case(
        "invalid-utf8.txt",
        _with_a_bad_byte(f"{GOOD_AR}\n{GOOD_AR}\nbad ÿ byte\n"),
        warning="invalid UTF-8 from line 3",
    ),
    Case("bom-utf8.txt", b"\xef\xbb\xbf" + GOOD_EN.encode()),
    Case("bom-utf16.txt", GOOD_AR.encode("utf-16")),
    Case("arabic-1256.txt", GOOD_AR.encode("cp1256"), warning="Windows-1256"),
    Case("arabic-8859-6.txt", GOOD_AR.encode("iso8859_6"), warning="ISO-8859-6"),
    Case("french-latin1.txt", GOOD_FR.encode("latin-1"), warning="Latin-1"),
    Case("page.html", PAGE.encode()),
    Case(
        "empty-page.html",
        b"<html><head><script>var x = 1;</script></head><body><!-- nothing --></body></html>",
        skipped="no article",
    ),
    Case("records.jsonl", b"", skipped="holds no JSON Lines records"),
    Case(
        "broken.jsonl",
        b'{"id": "j1", "text": "Clashes in Raqqa."}\n{"id": "j2", "text": \n'
        b'{"id": "j3", "text": "Clashes in Manbij."}\n',
        skipped="not valid JSON",
        line=2,
    ),
    Case("no-text.jsonl", b'{"id": "n1", "title": "no text"}\n', skipped="has no 'text'", line=1),
    Case("null-text.jsonl", b'{"id": "n2", "text": null}\n', skipped="has no 'text'", line=1),
    Case("list-text.jsonl", b'{"id": "n3", "text": ["a"]}\n', skipped="not a string", line=1),
    Case("number.jsonl", b"42\n", skipped="JSON object is expected", line=1),
    Case("no-id.jsonl", b'{"text": "Clashes in Raqqa."}\n', skipped="has no 'id'", line=1),
    Case(
        "utf8-line.jsonl",
        _with_a_bad_byte(f'{{"id": "u1", "text": "{GOOD_FR}"}}\n{{"id": "u2", "text": "bad ÿ"}}\n'),
        warning="invalid UTF-8",
        line=2,
    ),
]


def _batch(tmp_path: Path, case: Case) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / case.name).write_bytes(case.content)
    return folder


def _messages(report: IngestReport) -> list[str]:
    return [str(s) for s in report.skipped] + report.warnings


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_a_bad_file_is_named_and_the_rest_of_the_batch_is_ingested(
    tmp_path: Path, store: Store, case: Case
) -> None:
    folder = _batch(tmp_path, case)
    report = ingest_paths(store, [str(folder)])
    bad = folder / case.name
    where = f"{bad}:{case.line}" if case.line else str(bad)
    assert all("\n" not in m for m in _messages(report))
    if case.skipped:
        reasons = [s.reason for s in report.skipped if s.where == where]
        assert any(case.skipped in r for r in reasons), _messages(report)
    else:
        assert not report.skipped, _messages(report)
    if case.warning:
        assert any(m.startswith(where) and case.warning in m for m in report.warnings)
    assert report.articles >= 1  # the good article at least
    assert any(r["doc"] == "a-good" for r in relation_records(store))


@pytest.mark.parametrize(
    ("name", "encoding", "lang"),
    [
        ("w1256.txt", "cp1256", "ar"),
        ("iso.txt", "iso8859_6", "ar"),
        ("utf16.txt", "utf-16", "ar"),
        ("latin1.txt", "latin-1", "fr"),
    ],
)
def test_legacy_encodings_are_decoded_to_the_same_facts(
    tmp_path: Path, store: Store, name: str, encoding: str, lang: str
) -> None:
    text = GOOD_AR if lang == "ar" else GOOD_FR
    (tmp_path / name).write_bytes(text.encode(encoding))
    (item,) = list(read_paths([tmp_path / name]))
    assert isinstance(item, Article) and item.text == text
    report = ingest_paths(store, [str(tmp_path / name)])
    assert report.languages == {lang: 1}
    assert {r["relation"] for r in relation_records(store)} >= {"controls"}


def test_an_html_page_keeps_its_main_text_only(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (item,) = list(read_paths([tmp_path / "page.html"]))
    assert isinstance(item, Article)
    assert "Syrian Democratic Forces captured Tabqa" in item.text and item.title
    for boilerplate in ("SCRIPT-TEXT", "MENU-ENTRY", "COMMENT-TEXT", "FOOTER-TEXT", "color"):
        assert boilerplate not in item.text


def test_a_text_file_holding_html_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "saved.txt").write_text(PAGE, encoding="utf-8")
    (item,) = list(read_paths([tmp_path / "saved.txt"]))
    assert isinstance(item, Article) and "SCRIPT-TEXT" not in item.text


def test_a_200_mb_file_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: the size is real, the disk is not used
        fh.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    (item,) = list(read_paths([huge]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert item.where == str(huge) and "split it" in item.reason  # type: ignore[union-attr]
    assert peak < 5_000_000


def test_jsonl_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    record = json.dumps({"id": "x", "text": "Clashes in Raqqa. " * 50}) + "\n"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(20_000):  # ~19 MB
            fh.write(record)
    tracemalloc.start()
    count = sum(1 for _ in read_paths([path]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 20_000
    assert peak < 2_000_000, f"peak {peak} bytes while streaming {path.stat().st_size}"


def test_an_over_long_line_is_skipped_with_its_number_and_memory_stays_bounded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "a", "text": "Clashes in Raqqa."}\n')
        fh.write('{"id": "b", "text": "' + "x" * 5_000_000 + '"}\n')
        fh.write('{"id": "c", "text": "Clashes in Manbij."}\n')
    tracemalloc.start()
    lines = [(line.number, line.text is None) for line in iter_lines(path, max_chars=100_000)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert lines == [(1, False), (2, True), (3, False)]
    assert peak < 2_000_000


@pytest.mark.slow
def test_a_single_5_mb_line_is_ingested(tmp_path: Path, store: Store) -> None:
    line = (GOOD_EN.rstrip(".") + " and " + "the fighting went on ") * 60_000  # ~5.5 MB, no \n
    (tmp_path / "one-line.txt").write_text(line[:5_000_000], encoding="utf-8")
    report = ingest_paths(store, [str(tmp_path / "one-line.txt")])
    assert (report.articles, report.skipped) == (1, [])


def test_unsupported_language_in_metadata_is_recorded_as_such(store: Store) -> None:
    from ingest.batch import ingest_articles

    german = "Die syrische Armee hat die Stadt eingenommen, sagte ein Sprecher am Dienstag."
    report = ingest_articles(store, [Article("de-1", german, lang="de")])
    assert report.languages == {"und": 1}
    assert any("language 'de' not supported" in w for w in report.warnings)
    assert list(relation_records(store)) == []


MARKS: list[tuple[str, Callable[[str], str]]] = [
    ("rtl marks", lambda t: t.replace(" ", " \u200f")),
    ("zero-width joiners", lambda t: t.replace("و", "و\u200d")),
    ("tatweel", lambda t: t.replace("ة", "ـة").replace("ر", "ـر")),
    ("presentation forms", lambda t: t.replace("الرقة", "\ufe8d\ufedf\ufeae\ufed7\ufe94")),
    ("arabic-indic digits", lambda t: t + " في ١٧ تشرين الأول ٢٠١٧."),
]


@pytest.mark.parametrize("transform", [m[1] for m in MARKS], ids=[m[0] for m in MARKS])
def test_invisible_marks_and_variant_forms_give_the_same_facts(
    store: Store, transform: Callable[[str], str]
) -> None:
    from ingest.batch import ingest_articles

    text = transform(GOOD_AR)
    ingest_articles(store, [Article("marked", text)])
    facts = {(r["relation"], r["object"]["iri"]) for r in relation_records(store)}
    assert ("controls", "https://w3id.org/conflict-kg/id/place/raqqa") in facts
    for record in relation_records(store):
        start, end = record["span"]
        assert 0 <= start < end <= len(text)


def test_text_mixing_scripts_keeps_every_span_on_its_words(pipeline: Pipeline) -> None:
    text = "قالت قوات سوريا الديمقراطية (SDF) إنها سيطرت على مدينة الرقة, near the Euphrates."
    extraction = pipeline.process(Article("mixed", text))
    assert extraction.lang == "ar"
    assert {m.surface for m in extraction.mentions} >= {"SDF", "مدينة الرقة"}
    assert all(text[m.start : m.end] == m.surface for m in extraction.mentions)


def test_the_cli_reports_every_bad_file_on_one_line_and_ingests_the_rest(
    tmp_path: Path, runner: CliRunner
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    for case in CASES:
        (folder / case.name).write_bytes(case.content)
    write_jsonl(folder / "more.jsonl", [{"id": "m1", "text": GOOD_FR}])
    store = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(folder), "--store", str(store), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for case in CASES:
        if case.skipped or case.warning:
            assert str(folder / case.name) in result.output, case.name
    assert store.is_dir()


def test_standard_input_is_streamed_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    records = "".join(
        json.dumps({"id": f"s{n}", "text": "Clashes in Raqqa."}) + "\n" for n in range(1000)
    )
    stdin = io.StringIO("\n" + records)
    monkeypatch.setattr("sys.stdin", stdin)
    items = read_paths(["-"])
    first = next(items)
    assert isinstance(first, Article) and first.doc_id == "s0" and first.line == 2
    assert stdin.tell() < len(stdin.getvalue()) / 10  # the rest is still unread
    assert sum(1 for _ in items) == 999


def test_standard_input_that_is_not_json_lines_is_one_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n" + GOOD_EN + "\n" + GOOD_EN))
    (item,) = list(read_paths(["-"]))
    assert isinstance(item, Article) and item.doc_id == "stdin" and item.text.count("Tabqa") == 2


def test_a_fault_of_the_extractor_on_one_article_skips_it_and_names_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest.batch import ingest_articles
    from ingest.pipeline import Pipeline as RealPipeline

    real = RealPipeline.process

    def failing(self: RealPipeline, article: Article) -> object:
        if article.doc_id == "faulty":
            raise IndexError("list index out of range")
        return real(self, article)

    monkeypatch.setattr(RealPipeline, "process", failing)
    articles = [Article("faulty", GOOD_EN, lang="en"), Article("fine", GOOD_EN, lang="en")]
    report = ingest_articles(store, articles)
    assert report.articles == 1
    (skipped,) = report.skipped
    assert skipped.where == "faulty"
    assert "IndexError" in skipped.reason and "please report it" in skipped.reason
    assert list(relation_records(store))  # the other article was stored


@pytest.mark.parametrize("command", ["ingest", "eval"])
def test_an_unknown_parser_is_one_clear_error_before_any_article_is_read(
    tmp_path: Path, runner: CliRunner, command: str
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    target = ["--store", str(tmp_path / "store")] if command == "ingest" else []
    place = [str(folder)] if command == "ingest" else ["--gold", str(folder)]
    result = runner.invoke(app, [command, *place, *target, "--parser", "spacy-fr"])
    assert result.exit_code == 1
    assert "unknown parser 'spacy-fr'; did you mean 'spacy'?" in result.output
    assert "Traceback" not in result.output and "skipped" not in result.output
