"""Validation: good data conforms; a broken claim and an unbacked shortcut are reported."""
from __future__ import annotations

from rdflib import Literal, URIRef

from supplykg.graph.rdf import article_graph_iri, article_to_graph
from supplykg.graph.store import open_store
from supplykg.graph.validate import check, validate
from supplykg.ontology.iri import entity_iri
from supplykg.ontology.namespace import SKG

XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
RDF_SUBJECT = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")


def first_claim(graph) -> URIRef:
    return sorted(graph.subjects(SKG.status, None))[0]


def test_good_data_conforms(store_location, seed_article, seed_facts, other_article, other_facts) -> None:
    with open_store(store_location) as store:
        store.put_article(article_to_graph(seed_article, seed_facts))
        store.put_article(article_to_graph(other_article, other_facts))
        conforms, text = validate(store)
        assert conforms, text
        assert "Conforms: True" in text
        assert "every one is backed" in text


def test_bad_claim_is_reported(seed_article, seed_facts) -> None:
    g = article_to_graph(seed_article, seed_facts)
    claim = first_claim(g)
    g.set((claim, SKG.confidence, Literal("1.7", datatype=XSD_DECIMAL)))
    g.remove((claim, SKG.status, None))
    g.add((claim, RDF_SUBJECT, entity_iri("Company", "Someone Else")))
    with open_store(":memory:") as store:
        store.put_article(g)
        report = check(store)
    assert not report.conforms and not report.shacl_conforms
    assert str(claim) in report.shacl_text
    for message in ("exactly one status", "confidence, an xsd:decimal in [0, 1]", "exactly one rdf:subject"):
        assert message in report.shacl_text


def test_unbacked_shortcut_is_reported(seed_article, seed_facts, other_article, other_facts) -> None:
    g = article_to_graph(other_article, other_facts)
    samsung, nvidia = entity_iri("Company", "Samsung"), entity_iri("Company", "Nvidia")
    g.add((samsung, SKG.supplies, nvidia))  # the claim says denied: this shortcut must not exist
    with open_store(":memory:") as store:
        store.put_article(article_to_graph(seed_article, seed_facts))
        store.put_article(g)
        report = check(store)
    assert report.shacl_conforms
    assert report.unbacked == ((str(article_graph_iri(other_article)), str(samsung), str(SKG.supplies), str(nvidia)),)
    assert not report.conforms
    assert "without a claim that is not denied: 1" in report.text()
