"""Post-steps of the alliance and hostility queries that read link records.

``alliance-blocs``, ``co-belligerence``, ``common-enemies`` and ``enemy-of-my-enemy`` count
distinct articles across links, in a date window or over two hops, which the per-edge counts
of the summary graph cannot give. Their SPARQL reads the link records of
:mod:`kg.summary_links` (one literal per pair of entities, listing its evidence article by
article) and these steps do the rest: filter the entries by the window, look up the labels and
types of the entities involved, group, and fetch the evidence sentence of each row (the
earliest report among the row's entries; SPARQL's ``SAMPLE`` promised any). The windowed
queries build the links their former SPARQL listed and group them with :mod:`kg.blocs`.

The rows arrive as text (:meth:`kg.store.Store.select_texts`): building rdflib terms for ~14,000
records of a few kilobytes each cost more than everything else these steps do.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import XSD, Literal, URIRef

from kg import iris
from kg.blocs import Link, blocs_of, cycle_collection_paused
from kg.hostility_tallies import Side, parse_tally
from kg.lookups import Entities, actor_classes, entities, sentences
from kg.store import Store, Table, Term, TextTable
from kg.summary_links import Entry, Record, parse_records, records_of
from kg.terms import date_term, integer_term
from kg.vocabulary import CKG

# the target classes co-belligerence counts (its former SPARQL listed them)
COBELLIGERENT_TARGETS = {
    iris.ONTOLOGY + name
    for name in ("Country", "StateForce", "ArmedGroup", "Coalition", "Person", "Organization")
}


def _typed(text: str | None, datatype: URIRef) -> Literal | None:
    return None if text is None else Literal(text, datatype=datatype)


def _label(facts: Entities, entity: str) -> Literal | None:
    label = facts.label(entity)
    return None if label is None else Literal(label)


def _link(a: str, b: str, entries: list[Entry], facts: Entities) -> Link:
    """The link ``a`` → ``b`` of ``entries``: articles, dates, earliest event as evidence."""
    dated = [e[0] for e in entries if e[0]]
    return Link(
        a,
        b,
        facts.label(a),
        facts.label(b),
        frozenset(e[1] for e in entries),
        min(dated) if dated else None,
        max(dated) if dated else None,
        min((e[0] or "~", e[3]) for e in entries)[1],
    )


def _window(table: TextTable) -> tuple[Literal | None, Literal | None, list[Record]]:
    """The window of a windowed query's rows (as typed dates) and the records they hold."""
    since, until = table.rows[0][0], table.rows[0][1]
    records = parse_records(str(row[2]) for row in table.rows)
    return _typed(since, XSD.date), _typed(until, XSD.date), records


def _in_window(entries: list[Entry], since: Term | None, until: Term | None) -> list[Entry]:
    low, high = str(since), str(until)
    return [e for e in entries if e[0] and low <= e[0] <= high]


def _with_sentences(store: Store, table: Table, *columns: str) -> Table:
    """Replace the event keys in ``columns`` by those events' sentences."""
    indexes = [table.columns.index(c) for c in columns]
    keys = {str(row[i]) for row in table.rows for i in indexes if row[i] is not None}
    found = {key: Literal(text) for key, text in sentences(store, keys).items()}
    rows = table.rows
    for i in indexes:  # slices of each row: far cheaper than rebuilding it value by value
        rows = [(*row[:i], _sentence(found, row[i]), *row[i + 1 :]) for row in rows]
    return Table(list(table.columns), rows)


def _sentence(found: dict[str, Literal], key: Term | None) -> Literal | None:
    return None if key is None else found.get(str(key))


def _order(link: Link) -> tuple[str, str, str, str]:
    """The former SPARQL's ORDER BY label_a label_b (unlabelled first), then by IRI."""
    return (link.label_a or "", link.label_b or "", link.a, link.b)


def blocs_from_records(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: link-blocs``: alliance blocs within the window from alliance records."""
    if not table.rows:
        return blocs_of([], None, None)
    since, until, records = _window(table)
    inside = [
        (r, entries)
        for r in records
        if r.a != r.b and (entries := _in_window(r.entries, since, until))
    ]
    facts = entities(store, {end for r, _ in inside for end in (r.a, r.b)})
    links = sorted((_link(r.a, r.b, entries, facts) for r, entries in inside), key=_order)
    return _with_sentences(store, blocs_of(links, since, until), "evidence")


def co_belligerence_from_records(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: link-co-belligerence``: pairs hostile to a common actor, from hostility
    tallies (the events in the window whose target is an actor, both orientations)."""
    with cycle_collection_paused():  # see kg.blocs: many small acyclic objects
        # the links are freed before the collector resumes, so it does not walk them again
        return _co_belligerence(store, table)


def _co_belligerence(store: Store, table: TextTable) -> Table:
    from kg.co_belligerence import co_belligerence_of  # numpy: imported when the step runs

    if not table.rows:
        return co_belligerence_of([], None, None)
    links = _hostility_links(store, table)
    since, until = _typed(table.rows[0][0], XSD.date), _typed(table.rows[0][1], XSD.date)
    return _with_sentences(store, co_belligerence_of(links, since, until), "evidence")


def _hostility_links(store: Store, table: TextTable) -> list[Link]:
    """Both orientations of each tally's link: its directions whose target counts, cut to the
    window of the rows."""
    low, high = (str(_typed(text, XSD.date)) for text in table.rows[0][:2])
    tallies = [parse_tally(str(row[2])) for row in table.rows]
    ends = {end for tally in tallies for end in (tally.a, tally.b)}
    facts = entities(store, ends)
    targets = {end for end in ends if facts.has_type(end, COBELLIGERENT_TARGETS)}
    links: list[Link] = []
    for tally in tallies:
        sides = [  # a as the agent counts when b is a target class, b as the agent when a is
            side
            for a_is_agent, target in ((True, tally.b), (False, tally.a))
            if target in targets and (side := tally.side(a_is_agent, low, high)) is not None
        ]
        if sides:
            links += _both_ways(tally.a, tally.b, sides, facts)
    return links


def _both_ways(a: str, b: str, sides: list[Side], facts: Entities) -> tuple[Link, Link]:
    """The link of a pair's one or two ``sides`` seen from a, then from b (the same articles,
    dates and evidence)."""
    one, two = sides[0], sides[-1]  # no generators: this runs for every hostile pair
    articles = one.articles if one is two else one.articles | two.articles
    first, last = min(one.first, two.first), max(one.last, two.last)
    evidence = min(one.evidence, two.evidence)[1]
    label_a, label_b = facts.label(a), facts.label(b)
    return (
        Link(a, b, label_a, label_b, articles, first, last, evidence),
        Link(b, a, label_b, label_a, articles, first, last, evidence),
    )


def _enemies(records: Iterable[Record], of: str) -> dict[str, list[Entry]]:
    """Per entity hostile to ``of``: the entries of their link (any date, either side)."""
    return {record.other(of): record.entries for record in records if of in (record.a, record.b)}


_COMMON_COLUMNS = [
    "actor", "other", "enemy", "enemy_label", "articles_actor", "articles_other", "first",
    "last", "evidence_actor", "evidence_other", "example_article",
]  # fmt: skip


def common_enemies_from_records(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: common-enemies``: actors both given actors are hostile to."""
    if not table.rows or table.rows[0][0] == table.rows[0][1]:
        return Table(list(_COMMON_COLUMNS), [])
    actor, other = str(table.rows[0][0]), str(table.rows[0][1])
    records = parse_records(str(row[2]) for row in table.rows)
    mine, theirs = _enemies(records, actor), _enemies(records, other)
    shared = sorted(set(mine) & set(theirs) - {actor, other})
    facts = entities(store, shared)
    actors = actor_classes(store)
    out: list[tuple[Term | None, ...]] = []
    for enemy in shared:
        if not facts.has_type(enemy, actors):
            continue
        one, two = (
            _link(actor, enemy, mine[enemy], facts),
            _link(other, enemy, theirs[enemy], facts),
        )
        both_dated = one.first is not None and two.first is not None  # as the SPARQL paired them
        first = min(str(one.first), str(two.first)) if both_dated else None
        last = max(str(one.last), str(two.last)) if both_dated else None
        out.append(
            (
                URIRef(actor),
                URIRef(other),
                URIRef(enemy),
                _label(facts, enemy),
                integer_term(len(one.articles)),
                integer_term(len(two.articles)),
                None if first is None else date_term(first),
                None if last is None else date_term(last),
                Literal(one.evidence),
                Literal(two.evidence),
                Literal(_example_article(mine[enemy])),
            )
        )
    out.sort(key=lambda r: str(r[3] or ""))
    result = Table(list(_COMMON_COLUMNS), out)
    return _with_sentences(store, result, "evidence_actor", "evidence_other")


def _example_article(entries: list[Entry]) -> str:
    """The article of the earliest entry."""
    return str(min((e[0] or "~", e[3], e[1]) for e in entries)[2])


_CANDIDATE_COLUMNS = [
    "actor", "candidate", "candidate_label", "shared_enemies", "via", "already_allied",
    "articles", "first", "last", "evidence", "example_article",
]  # fmt: skip


def enemy_of_my_enemy_from_records(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: enemy-of-my-enemy``: actors hostile to an enemy of the actor but not to it."""
    if not table.rows:
        return Table(list(_CANDIDATE_COLUMNS), [])
    actor = str(table.rows[0][0])
    hostility = parse_records(str(r[2]) for r in table.rows if r[1] == str(CKG.hostilityRecord))
    alliance = parse_records(str(r[2]) for r in table.rows if r[1] == str(CKG.allianceRecord))
    hostile = set(_enemies(hostility, actor))
    allied = {r.other(actor) for r in alliance}
    actors = actor_classes(store)
    facts = entities(store, hostile)
    enemies = {e for e in hostile if facts.has_type(e, actors)}
    via: dict[str, set[str]] = {}
    found: dict[str, list[Entry]] = {}
    for record in records_of(store, enemies, CKG.hostilityRecord):
        for enemy in {record.a, record.b} & enemies:
            candidate = record.other(enemy)
            if candidate in (actor, enemy) or candidate in hostile:
                continue
            via.setdefault(candidate, set()).add(enemy)
            found.setdefault(candidate, []).extend(record.entries)
    facts = entities(store, [*found, *enemies])
    out: list[tuple[Term | None, ...]] = []
    for candidate, entries in found.items():
        if not facts.has_type(candidate, actors):
            continue
        link = _link(actor, candidate, entries, facts)
        labels = sorted({label for e in via[candidate] if (label := facts.label(e)) is not None})
        out.append(
            (
                URIRef(actor),
                URIRef(candidate),
                _label(facts, candidate),
                integer_term(len(via[candidate])),
                Literal(", ".join(labels)),
                Literal(candidate in allied),
                integer_term(len(link.articles)),
                None if link.first is None else date_term(link.first),
                None if link.last is None else date_term(link.last),
                Literal(link.evidence),
                Literal(_example_article(entries)),
            )
        )
    out.sort(key=lambda r: (-int(str(r[3])), -int(str(r[6])), str(r[2] or "")))
    return _with_sentences(store, Table(list(_CANDIDATE_COLUMNS), out), "evidence")


_SUPPORT_COLUMNS = [
    "supporter", "supported", "articles", "first", "last", "evidence", "example_article",
    "supporter_iri", "supported_iri",
]  # fmt: skip


def support_network_from_records(store: Store, table: TextTable, limit: int | None) -> Table:
    """``then: support-network``: supporter → supported pairs from the alliance records'
    ``supports`` entries, most supporting articles first, at most ``limit``."""
    records = parse_records(str(row[0]) for row in table.rows)
    pairs: list[tuple[str, str, list[Entry]]] = []
    for record in records:
        directions = ((record.a, record.b, 1), (record.b, record.a, 0))
        for agent, target, side in directions[: 1 if record.a == record.b else 2]:
            entries = [e for e in record.entries if e[4] == "s" and e[2] == side]
            if entries:
                pairs.append((agent, target, entries))
    facts = entities(store, {end for r in records for end in (r.a, r.b)})
    links = [(_link(agent, target, entries, facts), entries) for agent, target, entries in pairs]
    # sort plain values and build terms only for the rows kept
    links.sort(key=lambda x: (-len(x[0].articles), x[0].label_a or "", x[0].label_b or ""))
    out: list[tuple[Term | None, ...]] = [
        (
            _label(facts, link.a),
            _label(facts, link.b),
            Literal(len(link.articles), datatype=XSD.nonNegativeInteger),
            None if link.first is None else date_term(link.first),
            None if link.last is None else date_term(link.last),
            Literal(link.evidence),
            Literal(_example_article(entries)),
            URIRef(link.a),
            URIRef(link.b),
        )
        for link, entries in links[:limit]
    ]
    result = Table(list(_SUPPORT_COLUMNS), out[:limit])
    return _with_sentences(store, result, "evidence")
