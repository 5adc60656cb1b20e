"""Link records: one literal per pair of entities, kept right at ingest, re-ingest and deletion."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import URIRef

from ingest.batch import ensure_reference_data, ingest_articles
from ingest.writer import ArticleWriter
from kg import iris, summaries
from kg.gazetteer import Gazetteer
from kg.model import Article, Assertion, Evidence, Extraction, Relation
from kg.queries import run_query
from kg.rdf import article_nquads
from kg.store import Store
from kg.summary_links import Record, parse_record, records_of
from kg.vocabulary import CKG
from tests.conftest import dated

SDF = iris.entity_iri("actor", "syrian-democratic-forces")
IS = iris.entity_iri("actor", "islamic-state")
TURKEY = iris.entity_iri("actor", "turkey")

IS_ATTACKS_SDF = "Islamic State fighters attacked the Syrian Democratic Forces."
SDF_CLASHES_WITH_IS = "The Syrian Democratic Forces clashed with Islamic State."
TURKEY_ATTACKS_SDF = "Turkish troops attacked the Syrian Democratic Forces."


def hostility(store: Store, entity: str) -> dict[str, Record]:
    """The hostility records at ``entity``, by the entity at their other end."""
    return {r.other(entity): r for r in records_of(store, [entity], CKG.hostilityRecord)}


def assert_consistent(store: Store) -> None:
    maintained = summaries.summary_triples(store)
    summaries.rebuild(store)
    assert summaries.summary_triples(store) == maintained


@pytest.fixture
def fighting(store: Store) -> Store:
    ingest_articles(
        store,
        [
            dated(IS_ATTACKS_SDF, "a", "2017-05-03"),
            dated(SDF_CLASHES_WITH_IS + " " + TURKEY_ATTACKS_SDF, "b", "2017-05-04"),
        ],
    )
    return store


def test_a_record_lists_each_article_date_and_direction_of_a_pair(fighting: Store) -> None:
    record = hostility(fighting, SDF)[IS]
    assert (record.a, record.b) == (IS, SDF), "the smaller IRI first"
    assert [entry[:3] for entry in record.entries] == [
        ["2017-05-03", "a", 1],  # IS, the first of the pair, is the agent
        ["2017-05-04", "b", 0],
    ]


def test_both_ends_of_a_pair_carry_the_same_record(fighting: Store) -> None:
    assert hostility(fighting, SDF)[IS] == hostility(fighting, IS)[SDF]
    assert set(hostility(fighting, SDF)) == {IS, TURKEY}
    assert set(hostility(fighting, TURKEY)) == {SDF}


def test_reingesting_a_changed_article_rewrites_only_its_entries(fighting: Store) -> None:
    ingest_articles(fighting, [dated(TURKEY_ATTACKS_SDF, "b", "2017-05-04")])
    assert [entry[1] for entry in hostility(fighting, SDF)[IS].entries] == ["a"]
    assert [entry[1] for entry in hostility(fighting, SDF)[TURKEY].entries] == ["b"]
    assert_consistent(fighting)


def test_deleting_the_only_article_of_a_pair_removes_its_record(fighting: Store) -> None:
    with ArticleWriter(fighting) as writer:
        assert writer.delete("b")
    assert set(hostility(fighting, SDF)) == {IS}
    assert hostility(fighting, TURKEY) == {}
    assert_consistent(fighting)


def test_a_record_is_parsed_back_from_its_literal() -> None:
    text = 'https://x.org/a https://x.org/b [["2017-01-02","doc 1|2",1,"e1"],["","d",0,"e2"]]'
    assert parse_record(text) == Record(
        "https://x.org/a",
        "https://x.org/b",
        [["2017-01-02", "doc 1|2", 1, "e1"], ["", "d", 0, "e2"]],
    )


def test_a_graph_naming_one_actor_as_both_ends_keeps_its_self_support(
    store: Store, gazetteer: Gazetteer
) -> None:
    """Ingest never writes such an event, but a graph written by other means may: support-network
    lists it as the edge summaries did, the windowed queries skip it as their SPARQL did."""
    ensure_reference_data(store, gazetteer)
    turkey = gazetteer.actors["turkey"]
    sentence = "Turkey backed Turkey."
    event = Assertion(Relation.SUPPORTS, turkey, turkey, Evidence(0, sentence, 0, 21, "test", 0.9))
    article = Article(doc_id="self", text=sentence, lang="en", date=date(2017, 1, 2))
    extraction = Extraction(article, "en", [], [], [event])
    store.replace_nquads(iris.article_graph("self"), article_nquads(extraction, "d", "test"))
    summaries.rebuild(store)
    support = run_query(store, "support-network", {}, lambda kind, text: URIRef(text))
    assert [(str(r["supporter_iri"]), str(r["articles"])) for r in support.records()] == [
        (TURKEY, "1")
    ]
    assert run_query(store, "alliance-blocs", {}, lambda kind, text: URIRef(text)).rows == []


def tallies(store: Store) -> dict[tuple[str, str], dict[str, set[str]]]:
    """Each hostility tally by its pair: per direction, the articles of the whole archive."""
    from kg.hostility_tallies import parse_tally

    g = f"<{summaries.SUMMARY_GRAPH}>"
    table = store.select_texts(
        f"SELECT ?t WHERE {{ GRAPH {g} {{ ?x <{CKG.hostilityTally}> ?t }} }}"
    )
    found = {}
    for row in table.rows:
        tally = parse_tally(str(row[0]))
        sides = {"a agent": tally.side(True, "", "~"), "b agent": tally.side(False, "", "~")}
        found[(tally.a, tally.b)] = {k: set(s.articles) for k, s in sides.items() if s}
    return found


def test_hostility_tallies_follow_their_records_through_reingest_and_deletion(
    fighting: Store,
) -> None:
    assert tallies(fighting) == {
        (IS, SDF): {"a agent": {"a"}, "b agent": {"b"}},
        (SDF, TURKEY): {"b agent": {"b"}},
    }
    ingest_articles(fighting, [dated(TURKEY_ATTACKS_SDF, "b", "2017-05-04")])
    assert tallies(fighting) == {(IS, SDF): {"a agent": {"a"}}, (SDF, TURKEY): {"b agent": {"b"}}}
    assert_consistent(fighting)
    with ArticleWriter(fighting) as writer:
        assert writer.delete("b")
    assert tallies(fighting) == {(IS, SDF): {"a agent": {"a"}}}
    assert_consistent(fighting)
