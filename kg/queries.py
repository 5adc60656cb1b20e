"""Canned SPARQL queries: finding them, reading their headers, binding their parameters.

Each ``queries/*.rq`` file starts with comment lines declaring its title, description and
parameters::

    # title: Supporters of an actor
    # param: actor (actor, required): the supported actor
    # param: as_of (date, default 2100-01-01): the date to look at

A query whose answer SPARQL cannot compute (connected components over dated links) names a
post-processing step with ``# then: NAME`` (one of :data:`POST_STEPS`; also pairing up
co-belligerents, quadratic in SPARQL); the file still runs
unchanged elsewhere and returns the rows that step reads. The steps of :data:`STORE_STEPS` read
the rows as text and then the store (the link and activity queries: labels, types and sentences
of what they found), and apply the query's ``limit`` to their answer; the steps of
:data:`HISTORY_STEPS` answer the control queries from per-place control histories, and such a
query's ``limit`` parameter is projected as ``?limit`` for its step to apply.

Parameters are bound with Oxigraph substitutions, never pasted into the query text, and every
declared parameter must be bound (an unbound variable in a FILTER silently matches nothing).
Actor and place parameters accept an IRI or any label or alias in any language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from rdflib import XSD, Literal, URIRef

from kg.activity_queries import actor_activity, place_activity
from kg.blocs import alliance_blocs, co_belligerent_pairs
from kg.control_answers import control_as_of, territory
from kg.control_changes import contested_places, sieges_in_force, transfers
from kg.errors import InputError, QueryError, UnknownNameError
from kg.event_queries import events_of_actor
from kg.intervals import control_intervals
from kg.link_queries import (
    blocs_from_records,
    co_belligerence_from_records,
    common_enemies_from_records,
    enemy_of_my_enemy_from_records,
    support_network_from_records,
)
from kg.resources import queries_dir
from kg.store import Store, Table, Term, TextTable
from kg.summaries import ANY_SUMMARY, SUMMARY_GRAPH
from kg.summary_activity import count_distinct_agents

PARAM_TYPES = ("actor", "place", "entity", "iri", "date", "string", "integer", "decimal")
_PARAM = re.compile(
    r"#\s*param:\s*(?P<name>\w+)\s*\((?P<type>\w+)(?:\s*,\s*(?P<mode>required|default\s+(?P<default>[^)]*)))?\)"
    r"\s*:?\s*(?P<description>.*)"
)
_FIELD = re.compile(r"#\s*(?P<key>title|description|then):\s*(?P<value>.*)")
LIMIT = "limit"  # an integer parameter of this name becomes the query's LIMIT clause
POST_STEPS: dict[str, Callable[[Table], Table]] = {
    "blocs": alliance_blocs,
    "co-belligerence": co_belligerent_pairs,
    "intervals": control_intervals,
    "distinct-agents": count_distinct_agents,
}
# steps that read the rows as text and then the store (labels, types and sentences of what
# they found); the query's limit, if any, applies to what they return
STORE_STEPS: dict[str, Callable[[Store, TextTable, int | None], Table]] = {
    "link-blocs": blocs_from_records,
    "link-co-belligerence": co_belligerence_from_records,
    "common-enemies": common_enemies_from_records,
    "enemy-of-my-enemy": enemy_of_my_enemy_from_records,
    "support-network": support_network_from_records,
    "activity-by-actor": actor_activity,
    "activity-by-place": place_activity,
    "events-of-actor": events_of_actor,
}
# steps that answer from per-place control histories with the store at hand (labels and
# evidence of the rows they answer); the query's limit is projected as ?limit for them
HISTORY_STEPS: dict[str, Callable[[Store, Table], Table]] = {
    "control-as-of": control_as_of,
    "territory": territory,
    "transfers": transfers,
    "contested-places": contested_places,
    "sieges-in-force": sieges_in_force,
}


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool
    default: str | None
    description: str

    def describe(self) -> str:
        need = "required" if self.required else f"default {self.default}"
        return f"{self.name} ({self.type}, {need}): {self.description}"


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    path: Path
    then: str | None = None  # a post-processing step of POST_STEPS

    def usage(self) -> str:
        params = "; ".join(p.describe() for p in self.parameters) or "no parameters"
        return f"{self.name}: {params}"


def parse_query_file(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    fields = {"title": path.stem, "description": ""}
    params: list[Parameter] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break
        if m := _PARAM.match(line):
            if m["type"] not in PARAM_TYPES:
                raise InputError(
                    f"parameter type '{m['type']}' is not one of {PARAM_TYPES}",
                    path=path,
                    line=number,
                )
            default = m["default"].strip() if m["default"] else None
            params.append(
                Parameter(m["name"], m["type"], default is None, default, m["description"].strip())
            )
            if m["name"] == LIMIT:
                _check_limit(m["type"], path, number)
            else:
                _check_projected(text, m["name"], path, number)
        elif m := _FIELD.match(line):
            fields[m["key"]] = m["value"].strip()
            steps = {**POST_STEPS, **STORE_STEPS, **HISTORY_STEPS}
            if m["key"] == "then" and fields["then"] not in steps:
                known = ", ".join(steps)
                raise InputError(
                    f"unknown step 'then: {fields['then']}'; known: {known}",
                    path=path,
                    line=number,
                )
    return CannedQuery(
        path.stem,
        fields["title"],
        fields["description"],
        tuple(params),
        text,
        path,
        fields.get("then"),
    )


def _check_limit(kind: str, path: Path, line: int) -> None:
    if kind != "integer":
        raise InputError(f"parameter '{LIMIT}' must be an integer", path=path, line=line)
    if "\nLIMIT" in path.read_text(encoding="utf-8").upper():
        raise InputError(f"a query with a '{LIMIT}' parameter ends without LIMIT", path=path)


def _check_projected(text: str, name: str, path: Path, line: int) -> None:
    body = "\n".join(x for x in text.splitlines() if not x.lstrip().startswith("#"))
    head = body[body.upper().find("SELECT") : body.upper().find("WHERE")]
    if f"?{name}" not in head:
        raise InputError(
            f"parameter ?{name} must be projected by the outer SELECT so it can be bound",
            path=path,
            line=line,
        )


@cache
def canned_queries(folder: Path | None = None) -> dict[str, CannedQuery]:
    """All canned queries by name."""
    folder = folder or queries_dir()
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


def get_query(name: str) -> CannedQuery:
    queries = canned_queries()
    if name not in queries:
        raise UnknownNameError("query", name, queries)
    return queries[name]


Resolver = Callable[[str, str], URIRef]


def bind_parameters(
    query: CannedQuery, given: Mapping[str, str], resolve: Resolver
) -> dict[str, Term]:
    """Typed terms for every declared parameter; refuses unknown, missing or ill-typed ones."""
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise QueryError(
            f"query '{query.name}' has no parameter {', '.join(unknown)}; "
            f"its parameters: {query.usage()}"
        )
    bound: dict[str, Term] = {}
    for p in query.parameters:
        raw = given.get(p.name, p.default)
        if raw is None:
            raise QueryError(
                f"query '{query.name}' needs --param {p.name}=...; its parameters: {query.usage()}"
            )
        bound[p.name] = _typed(query, p, raw, resolve)
    return bound


def _typed(query: CannedQuery, p: Parameter, raw: str, resolve: Resolver) -> Term:
    try:
        if p.type == "date":
            return Literal(date.fromisoformat(raw), datatype=XSD.date)
        if p.type == "integer":
            return Literal(int(raw), datatype=XSD.integer)
        if p.type == "decimal":
            return Literal(Decimal(raw), datatype=XSD.decimal)
    except (ValueError, InvalidOperation):
        raise QueryError(
            f"parameter {p.name} of '{query.name}' must be a {p.type}, got '{raw}'; "
            f"its parameters: {query.usage()}"
        ) from None
    if p.type == "string":
        return Literal(raw)
    if p.type == "iri" or raw.startswith(("http://", "https://")):
        if any(c in raw for c in '<>" {}|\\^`'):
            raise QueryError(f"parameter {p.name}: '{raw}' is not a valid IRI")
        return URIRef(raw)
    return resolve(p.type, raw)


def run_query(store: Store, name: str, given: Mapping[str, str], resolve: Resolver) -> Table:
    query = get_query(name)
    bound = bind_parameters(query, given, resolve)
    text = query.text
    if query.then in STORE_STEPS:  # they read the rows as text: far cheaper for many rows
        limit = _row_limit(query, bound.pop(LIMIT)) if LIMIT in bound else None
        return STORE_STEPS[query.then](store, store.select_texts(text, bound), limit)
    if LIMIT in bound:
        limit = _row_limit(query, bound[LIMIT])
        if query.then not in HISTORY_STEPS:  # a history step applies the limit to its own rows
            # SPARQL has no variable LIMIT; the value is an int checked by _typed, never user text
            text += f"\nLIMIT {limit}\n"
            del bound[LIMIT]
    table = store.select(text, bound)
    if query.then in HISTORY_STEPS:
        return HISTORY_STEPS[query.then](store, table)
    return POST_STEPS[query.then](table) if query.then else table


def _row_limit(query: CannedQuery, term: Term) -> int:
    value = int(str(term))
    if value < 1:
        raise QueryError(f"parameter {LIMIT} of '{query.name}' must be at least 1, got {value}")
    return value


_ANY_SUMMARISED_EVENT = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?e WHERE { ?e ckg:agent ?agent ; ckg:target ?target } LIMIT 1"""


def reads_summaries(name: str) -> bool:
    """Does the canned query read the summary graph (rather than the article graphs)?"""
    return SUMMARY_GRAPH in get_query(name).text


def summaries_missing(store: Store) -> bool:
    """True when the store holds events but no summary graph: queries that read it would
    answer empty. It happens during a store's first ingest (summaries are written when the run
    ends) and after writes that bypass ingest; ``kg summarise`` rebuilds it."""
    return store.value(ANY_SUMMARY) is None and store.value(_ANY_SUMMARISED_EVENT) is not None
