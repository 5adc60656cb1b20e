"""Post-steps of the alliance and hostility queries that read link records.

``alliance-blocs``, ``co-belligerence``, ``common-enemies`` and ``enemy-of-my-enemy`` count
distinct articles across links, in a date window or over two hops, which the per-edge counts
of the summary graph cannot give. Their SPARQL reads the link records of
:mod:`kg.summary_links` (one literal per pair of entities, listing its evidence article by
article) and these steps do the rest: filter the entries by the window, look up the labels and
types of the entities involved, group, and fetch the evidence sentence of each row. The
windowed queries then reuse :func:`kg.blocs.alliance_blocs` and
:func:`kg.blocs.co_belligerent_pairs` on the very rows their former SPARQL listed, so their
answers do not change; the evidence is the earliest report among the rows' entries (SPARQL's
``SAMPLE`` promised any).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import XSD, Literal, URIRef

from kg import iris
from kg.blocs import alliance_blocs, co_belligerent_pairs
from kg.store import Store, Table, Term
from kg.summary_links import (
    Entities,
    Entry,
    Record,
    actor_classes,
    entities,
    parse_records,
    records_of,
    sentences,
)
from kg.vocabulary import CKG

# the target classes co-belligerence counts (its former SPARQL listed them)
COBELLIGERENT_TARGETS = {
    iris.ONTOLOGY + name
    for name in ("Country", "StateForce", "ArmedGroup", "Coalition", "Person", "Organization")
}
_LINK_COLUMNS = [
    "since", "until", "actor_a", "actor_b", "label_a", "label_b", "article_ids", "articles",
    "first", "last", "evidence",
]  # fmt: skip
_HOSTILITY_COLUMNS = [
    "since", "until", "actor", "enemy", "actor_label", "enemy_label", "article_ids", "articles",
    "first", "last", "evidence",
]  # fmt: skip


@dataclass
class _Tally:
    """Entries gathered for one output row."""

    articles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    example: tuple[str, str] = ("~", "")  # (date, event key) of the earliest entry
    example_article: str = ""

    def add(self, entry: Entry) -> None:
        day, docid, _, event = entry
        self.articles.add(docid)
        if day:
            self.dates.add(day)
        if (day or "~", event) < self.example:
            self.example, self.example_article = (day or "~", event), docid

    def first(self) -> Literal | None:
        return _date(min(self.dates)) if self.dates else None

    def last(self) -> Literal | None:
        return _date(max(self.dates)) if self.dates else None


def _date(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def _integer(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _label(facts: Entities, entity: str) -> Literal | None:
    label = facts.label(entity)
    return None if label is None else Literal(label)


def _window(rows: list[dict[str, Term | None]]) -> tuple[Term | None, Term | None]:
    return rows[0]["since"], rows[0]["until"]


def _in_window(entries: Iterable[Entry], since: Term | None, until: Term | None) -> list[Entry]:
    low, high = str(since), str(until)
    return [e for e in entries if e[0] and low <= e[0] <= high]


def _with_sentences(store: Store, table: Table, *columns: str) -> Table:
    """Replace the event keys in ``columns`` by those events' sentences."""
    indexes = [table.columns.index(c) for c in columns]
    keys = {str(row[i]) for row in table.rows for i in indexes if row[i] is not None}
    found = sentences(store, keys)
    rows = [
        tuple(
            (Literal(found[str(v)]) if str(v) in found else None) if i in indexes and v else v
            for i, v in enumerate(row)
        )
        for row in table.rows
    ]
    return Table(list(table.columns), rows)


def blocs_from_records(store: Store, table: Table) -> Table:
    """``then: link-blocs``: alliance blocs within the window from alliance records."""
    rows = table.records()
    if not rows:
        return alliance_blocs(Table(list(_LINK_COLUMNS), []))
    since, until = _window(rows)
    links: list[tuple[Record, _Tally]] = []
    for record in parse_records(str(r["record"]) for r in rows):
        tally = _Tally()
        for entry in _in_window(record.entries, since, until):
            tally.add(entry)
        if tally.articles:
            links.append((record, tally))
    facts = entities(store, {end for record, _ in links for end in (record.a, record.b)})
    out: list[tuple[Term | None, ...]] = [
        (
            since,
            until,
            URIRef(record.a),
            URIRef(record.b),
            _label(facts, record.a),
            _label(facts, record.b),
            Literal("|".join(sorted(tally.articles))),
            _integer(len(tally.articles)),
            tally.first(),
            tally.last(),
            Literal(tally.example[1]),
        )
        for record, tally in links
    ]
    out.sort(key=lambda r: (str(r[4] or ""), str(r[5] or ""), str(r[2]), str(r[3])))
    return _with_sentences(store, alliance_blocs(Table(list(_LINK_COLUMNS), out)), "evidence")


def co_belligerence_from_records(store: Store, table: Table) -> Table:
    """``then: link-co-belligerence``: pairs hostile to a common actor, from hostility
    records (events in the window whose target is an actor, both orientations)."""
    rows = table.records()
    if not rows:
        return co_belligerent_pairs(Table(list(_HOSTILITY_COLUMNS), []))
    since, until = _window(rows)
    records = parse_records(str(r["record"]) for r in rows)
    facts = entities(store, {end for record in records for end in (record.a, record.b)})
    tallies: dict[tuple[str, str], _Tally] = {}
    for record in records:
        for entry in _in_window(record.entries, since, until):
            agent, target = (record.a, record.b) if entry[2] else (record.b, record.a)
            if not facts.has_type(target, COBELLIGERENT_TARGETS):
                continue
            for actor, enemy in ((agent, target), (target, agent)):
                tallies.setdefault((actor, enemy), _Tally()).add(entry)
    out: list[tuple[Term | None, ...]] = [
        (
            since,
            until,
            URIRef(actor),
            URIRef(enemy),
            _label(facts, actor),
            _label(facts, enemy),
            Literal("|".join(sorted(tally.articles))),
            _integer(len(tally.articles)),
            tally.first(),
            tally.last(),
            Literal(tally.example[1]),
        )
        for (actor, enemy), tally in tallies.items()
    ]
    out.sort(key=lambda r: (str(r[4] or ""), str(r[5] or ""), str(r[2]), str(r[3])))
    pairs = co_belligerent_pairs(Table(list(_HOSTILITY_COLUMNS), out))
    return _with_sentences(store, pairs, "evidence")


def _enemies(records: Iterable[Record], of: str) -> dict[str, _Tally]:
    """Per entity hostile to ``of``: the entries of their links (any date, either side)."""
    found: dict[str, _Tally] = {}
    for record in records:
        if of in (record.a, record.b) and record.a != record.b:
            tally = found.setdefault(record.other(of), _Tally())
            for entry in record.entries:
                tally.add(entry)
    return found


_COMMON_COLUMNS = [
    "actor", "other", "enemy", "enemy_label", "articles_actor", "articles_other", "first",
    "last", "evidence_actor", "evidence_other", "example_article",
]  # fmt: skip


def common_enemies_from_records(store: Store, table: Table) -> Table:
    """``then: common-enemies``: actors both given actors are hostile to."""
    rows = table.records()
    if not rows or rows[0]["actor"] == rows[0]["other"]:
        return Table(list(_COMMON_COLUMNS), [])
    actor, other = str(rows[0]["actor"]), str(rows[0]["other"])
    records = parse_records(str(r["record"]) for r in rows)
    mine, theirs = _enemies(records, actor), _enemies(records, other)
    shared = sorted(set(mine) & set(theirs) - {actor, other})
    facts = entities(store, shared)
    actors = actor_classes(store)
    out: list[tuple[Term | None, ...]] = []
    for enemy in shared:
        if not facts.has_type(enemy, actors):
            continue
        one, two = mine[enemy], theirs[enemy]
        both_dated = one.dates and two.dates  # the former SPARQL paired dated events only
        out.append(
            (
                URIRef(actor),
                URIRef(other),
                URIRef(enemy),
                _label(facts, enemy),
                _integer(len(one.articles)),
                _integer(len(two.articles)),
                _date(min(*one.dates, *two.dates)) if both_dated else None,
                _date(max(*one.dates, *two.dates)) if both_dated else None,
                Literal(one.example[1]),
                Literal(two.example[1]),
                Literal(one.example_article),
            )
        )
    out.sort(key=lambda r: str(r[3] or ""))
    result = Table(list(_COMMON_COLUMNS), out)
    return _with_sentences(store, result, "evidence_actor", "evidence_other")


_CANDIDATE_COLUMNS = [
    "actor", "candidate", "candidate_label", "shared_enemies", "via", "already_allied",
    "articles", "first", "last", "evidence", "example_article",
]  # fmt: skip


def enemy_of_my_enemy_from_records(store: Store, table: Table) -> Table:
    """``then: enemy-of-my-enemy``: actors hostile to an enemy of the actor but not to it."""
    rows = table.records()
    if not rows:
        return Table(list(_CANDIDATE_COLUMNS), [])
    actor = str(rows[0]["actor"])
    kinds = {str(CKG.hostilityRecord): "hostility", str(CKG.allianceRecord): "alliance"}
    by_kind: dict[str, list[str]] = {"hostility": [], "alliance": []}
    for row in rows:
        by_kind[kinds[str(row["kind"])]].append(str(row["record"]))
    hostile = set(_enemies(parse_records(by_kind["hostility"]), actor))
    allied = {r.other(actor) for r in parse_records(by_kind["alliance"]) if r.a != r.b}
    actors = actor_classes(store)
    facts = entities(store, hostile)
    enemies = {e for e in hostile if facts.has_type(e, actors)}
    via: dict[str, set[str]] = {}
    tallies: dict[str, _Tally] = {}
    for record in records_of(store, enemies, CKG.hostilityRecord):
        for enemy in {record.a, record.b} & enemies:
            candidate = record.other(enemy)
            if candidate in (actor, enemy) or candidate in hostile:
                continue
            via.setdefault(candidate, set()).add(enemy)
            tally = tallies.setdefault(candidate, _Tally())
            for entry in record.entries:
                tally.add(entry)
    facts = entities(store, [*tallies, *enemies])
    out: list[tuple[Term | None, ...]] = []
    for candidate, tally in tallies.items():
        if not facts.has_type(candidate, actors):
            continue
        labels = sorted({label for e in via[candidate] if (label := facts.label(e)) is not None})
        out.append(
            (
                URIRef(actor),
                URIRef(candidate),
                _label(facts, candidate),
                _integer(len(via[candidate])),
                Literal(", ".join(labels)),
                Literal(candidate in allied),
                _integer(len(tally.articles)),
                tally.first(),
                tally.last(),
                Literal(tally.example[1]),
                Literal(tally.example_article),
            )
        )
    out.sort(key=lambda r: (-int(str(r[3])), -int(str(r[6])), str(r[2] or "")))
    return _with_sentences(store, Table(list(_CANDIDATE_COLUMNS), out), "evidence")
