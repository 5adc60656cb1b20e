"""Spotting SPARQL keywords that make the server fetch URLs (``SERVICE``, ``LOAD``).

Oxigraph follows them over the network, so the endpoint refuses them unless allowed. The check
reads the query the way a SPARQL lexer does, skipping comments, strings and IRIs, so a keyword
inside a literal or an IRI is not a false alarm, while any bare use is caught, however it is
escaped.
"""

from __future__ import annotations

import re

_TOKENS = re.compile(
    r"""
      (?P<skip> \#[^\n]*                            # comment
              | '''(?:[^'\\]|\\.|'(?!''))*'''       # long strings
              | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              | '(?:[^'\\\n]|\\.)*'                  # short strings
              | "(?:[^"\\\n]|\\.)*"
              | <[^<>"{}|^`\\\s]*>                   # IRIs
              | [?$]\w+                              # variables
              | [\w.-]*:[\w.:%-]*                    # prefixed names
              )
    | (?P<word> [A-Za-z_]\w*)
    """,
    re.VERBOSE,
)
# SPARQL decodes \\u and \\U escapes before parsing, so a keyword can be spelled with them.
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def fetching_keywords(sparql: str) -> set[str]:
    """The URL-fetching keywords a query or update uses, upper-cased.

    >>> sorted(fetching_keywords('SELECT * { SERVICE <http://x> { ?s ?p ?o } }'))
    ['SERVICE']
    >>> fetching_keywords('SELECT ?service { ?s <http://e/load> "SERVICE" } # LOAD')
    set()
    >>> fetching_keywords('load <http://example.org/data.ttl>')
    {'LOAD'}
    >>> fetching_keywords(r'SELECT * { \\u0053ERVICE <http://x> { ?s ?p ?o } }')
    {'SERVICE'}
    """
    text = _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)), sparql)
    words = {m["word"].upper() for m in _TOKENS.finditer(text) if m["word"]}
    return words & {"SERVICE", "LOAD"}
