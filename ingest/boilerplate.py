"""Telling the story from the page around it: menus, headline lists, comments, footers.

Scraped pages keep their navigation, "most read" lists, other stories' headlines, reader comments
and copyright lines. None of that is the article's news, and facts found there are wrong facts.
Three signals, with the phrases kept per language in ``ontology/lexicon/<lang>/boilerplate.tsv``:

- a **section** heading ("Related", « À lire aussi », اقرأ أيضا, "Comments") opens page text that
  runs to the end of its line and over the following lines until a paragraph of prose returns
  (a heading whose own line goes on with a paragraph of prose is an empty widget label before
  the story, and opens nothing);
  a heading of several words counts anywhere, a one-word heading only at the start of a line or,
  in scripts with capitals, capitalised in mid-sentence before another capitalised word
  ("... (1881) Related Kobani in Ruins");
- a **line** phrase (©, "All rights reserved", جميع الحقوق محفوظة) marks its sentence as a footer;
- a sentence cut into three or more pieces by ``|`` or ``•`` is a menu.

Sentences keep their numbers (evidence indices still line up with the text); marked ones are
simply not read for mentions or relations, and a sentence the story leaves half-way is read up to
that point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kg.errors import InputError
from kg.model import Sentence
from kg.resources import lexicon_dir

PROSE_WORDS = 20  # a line this long that ends a sentence is story text again
MENU_SEPARATORS = 3
_SEPARATORS = re.compile(r"\s[|•]\s")
_SENTENCE_END = re.compile(r"[.!?؟»\"”]\s*$")


@dataclass(frozen=True)
class BoilerplateCues:
    """Compiled phrases of one language."""

    phrases: re.Pattern[str]  # multi-word section headings: anywhere
    words: re.Pattern[str]  # one-word section headings: only where a heading can stand
    lines: re.Pattern[str]  # footer phrases: the whole sentence


def _alternation(forms: list[str]) -> re.Pattern[str]:
    if not forms:
        return re.compile(r"(?!x)x")
    ordered = sorted(set(forms), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in ordered) + r")(?!\w)")


@cache
def boilerplate_cues(lang: str) -> BoilerplateCues:
    """The phrases of ``lang`` (none when the language ships no boilerplate.tsv)."""
    path = lexicon_dir() / lang / "boilerplate.tsv"
    sections: list[str] = []
    lines: list[str] = []
    if path.exists():
        rows = path.read_text(encoding="utf-8").splitlines()
        for number, row in enumerate(rows[1:], start=2):
            if not row.strip() or row.startswith("#"):
                continue
            kind, _, forms = row.partition("\t")
            if kind not in {"section", "line"} or not forms.strip():
                raise InputError(
                    f"expected 'section' or 'line', a tab and forms separated by |, got {row!r}",
                    path=str(path),
                    line=number,
                )
            (sections if kind == "section" else lines).extend(
                f.strip() for f in forms.split("|") if f.strip()
            )
    return BoilerplateCues(
        phrases=_alternation([f for f in sections if " " in f]),
        words=_alternation([f for f in sections if " " not in f]),
        lines=_alternation(lines),
    )


def mark_boilerplate(text: str, sentences: list[Sentence], lang: str) -> list[Sentence]:
    """``sentences`` with page text marked (``boilerplate`` reason, or ``story_end``)."""
    cues = boilerplate_cues(lang)
    regions = list(_section_regions(text, cues, capitals=lang != "ar"))
    out = []
    for s in sentences:
        reason = _sentence_reason(s.text, cues)
        story_end = None
        for start, end, heading in regions:
            if start <= s.start and s.end <= end:
                reason = reason or f"section: {heading}"
            elif s.start < start < s.end:
                story_end = start if story_end is None else min(story_end, start)
        if reason:
            out.append(replace(s, boilerplate=reason))
        elif story_end is not None:
            out.append(replace(s, story_end=story_end))
        else:
            out.append(s)
    return out


def _sentence_reason(sentence: str, cues: BoilerplateCues) -> str:
    footer = cues.lines.search(sentence)
    if footer:
        return f"footer: {footer.group(0)}"
    if len(_SEPARATORS.findall(f" {sentence} ")) >= MENU_SEPARATORS:
        return "menu"
    return ""


def _section_regions(
    text: str, cues: BoilerplateCues, *, capitals: bool
) -> list[tuple[int, int, str]]:
    """Character spans of page sections: from a heading to where prose resumes."""
    regions: list[tuple[int, int, str]] = []
    open_heading = ""
    open_start = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        if open_heading and _is_prose(body):
            regions.append((open_start, pos, open_heading))
            open_heading = ""
        if not open_heading:
            found = _heading(body, cues, capitals=capitals)
            if found is not None and not _is_prose(body[found[0] + len(found[1]) :]):
                offset, open_heading = found
                open_start = pos + offset
        pos += len(line)
    if open_heading:
        regions.append((open_start, len(text), open_heading))
    return regions


def _heading(line: str, cues: BoilerplateCues, *, capitals: bool) -> tuple[int, str] | None:
    candidates = []
    phrase = cues.phrases.search(line)
    if phrase:
        candidates.append((phrase.start(), phrase.group(0)))
    for word in cues.words.finditer(line):
        if _line_heading(line, word, capitals=capitals) or (
            capitals and _mid_sentence_heading(line, word)
        ):
            candidates.append((word.start(), word.group(0)))
            break
    return min(candidates) if candidates else None


def _line_heading(line: str, word: re.Match[str], *, capitals: bool) -> bool:
    """A heading opening its line: alone there, or before a capitalised headline."""
    if line[: word.start()].strip():
        return False
    rest = line[word.end() :].strip(" :-–|")
    return not rest or len(line.split()) <= 3 or (capitals and rest[:1].isupper())


def _mid_sentence_heading(line: str, word: re.Match[str]) -> bool:
    """ "... (1881) Related Kobani in Ruins": capitalised, inside a sentence, before a name."""
    before = line[: word.start()].rstrip()
    after = line[word.end() :].lstrip()
    return (
        word.group(0)[:1].isupper()
        and bool(before)
        and before[-1] not in ".!?:;\"'“”«»"
        and after[:1].isupper()
    )


def _is_prose(line: str) -> bool:
    return len(line.split()) >= PROSE_WORDS and bool(_SENTENCE_END.search(line.strip()))
