"""The OWL ontology: it parses, names the eight relations, and the vocabulary is current."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg import iris, vocabulary_build
from kg.model import Relation
from kg.rdf import EVENT_CLASS
from kg.resources import ontology_file
from kg.vocabulary import CKG


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def term(name: str) -> URIRef:
    return URIRef(iris.ONTOLOGY + name)


@pytest.mark.parametrize("relation", list(Relation), ids=str)
def test_every_relation_is_an_object_property_with_one_event_class(
    ontology: Graph, relation: Relation
) -> None:
    prop = term(relation.value)
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    classes = set(ontology.subjects(CKG.eventOf, prop))
    assert classes == {EVENT_CLASS[relation]}
    assert (EVENT_CLASS[relation], RDFS.subClassOf, CKG.Event) in ontology


def test_exactly_the_symmetric_relations_are_declared_symmetric(ontology: Graph) -> None:
    symmetric = {
        r for r in Relation if (term(r.value), RDF.type, OWL.SymmetricProperty) in ontology
    }
    assert symmetric == {Relation.CLASHES_WITH, Relation.ALLIED_WITH}


@pytest.mark.parametrize(
    "name",
    [
        "Actor",
        "Country",
        "StateForce",
        "ArmedGroup",
        "Coalition",
        "Person",
        "Organization",
        "Place",
        "Governorate",
        "City",
        "Town",
        "Village",
        "Neighbourhood",
        "Facility",
        "Region",
        "Event",
        "partOf",
        "unitOf",
        "successorOf",
    ],
)
def test_core_terms_have_labels_and_definitions_in_three_languages(
    ontology: Graph, name: str
) -> None:
    for prop in (RDFS.label, SKOS.definition):
        langs = {getattr(o, "language", None) for o in ontology.objects(term(name), prop)}
        assert {"en", "fr", "ar"} <= langs, f"{name} {prop}"


def test_the_vocabulary_module_is_generated_from_the_current_ontology() -> None:
    assert vocabulary_build.TARGET.read_text(encoding="utf-8") == vocabulary_build.render(
        ontology_file()
    ), "run: python -m kg.vocabulary_build"


def test_the_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = CKG.attack  # a typo of attacks
