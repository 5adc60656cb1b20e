"""Content negotiation for the SPARQL protocol: which serialisation an ``Accept`` header wants.

>>> choose("application/sparql-results+json", RESULT_TYPES)
'json'
>>> choose("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
'xml'
>>> choose("text/html,*/*;q=0.8", GRAPH_TYPES)
'turtle'
>>> choose("image/png", RESULT_TYPES) is None
True
"""

from __future__ import annotations

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}


def _ranges(accept: str) -> list[str]:
    weighted: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            weighted.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(weighted)]


def choose(accept: str | None, offered: dict[str, str]) -> str | None:
    """The format of the most preferred acceptable media type; the first offered for ``*/*``."""
    for media in _ranges(accept or "*/*"):
        if media in offered:
            return offered[media]
        kind, _, sub = media.partition("/")
        if sub == "*":
            for candidate, fmt in offered.items():
                if kind == "*" or candidate.startswith(kind + "/"):
                    return fmt
    return None
