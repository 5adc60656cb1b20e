"""rdflib literals that the canned queries' post-steps build for many rows, made once per value."""

from __future__ import annotations

from functools import cache

from rdflib import XSD, Literal


@cache
def date_term(day: str) -> Literal:
    """An ``xsd:date`` literal of an ISO date."""
    return Literal(day, datatype=XSD.date)


@cache
def integer_term(n: int) -> Literal:
    """An ``xsd:integer`` literal."""
    return Literal(n, datatype=XSD.integer)
