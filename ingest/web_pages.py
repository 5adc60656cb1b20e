"""The main text of a saved web page, without its scripts, menus, comments and footers.

Extraction is delegated to trafilatura, a maintained boilerplate remover that parses with lxml's
HTML parser (which does not fetch or expand external entities). Paragraphs come back one per
line, so sentence splitting sees the page's own breaks.
"""

from __future__ import annotations

import re

_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I)
HTML_SUFFIXES = (".html", ".htm")


def looks_like_html(sample: bytes) -> bool:
    """True when ``sample`` (the start of a file) is an HTML document.

    >>> looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> looks_like_html(b"Clashes near <the> dam")
    False
    """
    return _HTML_START.match(sample) is not None


def main_text(markup: str) -> tuple[str, str | None]:
    """The page's main text and its title (``""`` when the page holds no article text)."""
    import trafilatura  # imported here: it pulls lxml and friends, and only HTML needs it

    document = trafilatura.bare_extraction(
        markup, include_comments=False, include_tables=True, with_metadata=True
    )
    if document is None:
        return "", None
    text = getattr(document, "text", None) or ""
    title = getattr(document, "title", None)
    return text, title if isinstance(title, str) and title.strip() else None
