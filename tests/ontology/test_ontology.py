"""The ontology and shapes files: parse, stay in step with the SKG namespace, carry fr+en labels."""
from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.namespace import Namespace

from supplykg.ontology import ontology_graph, ontology_version, read_text, shapes_graph, OntologyError
from supplykg.ontology.iri import ONTOLOGY_GRAPH
from supplykg.ontology.namespace import SKG

NS = str(SKG._NS)
SDO = Namespace("https://schema.org/")
WDT = "http://www.wikidata.org/prop/direct/"


def skg_terms() -> set[URIRef]:
    return {SKG[name] for name in SKG.__annotations__}


def test_namespace_and_turtle_declare_the_same_terms() -> None:
    g = ontology_graph()
    declared = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(NS)}
    mentioned = {t for t in g.all_nodes() if isinstance(t, URIRef) and str(t).startswith(NS)}
    assert declared == skg_terms()
    assert mentioned <= skg_terms(), f"used in the Turtle but not in SKG: {mentioned - skg_terms()}"


def test_every_term_has_french_and_english_label_and_comment() -> None:
    g = ontology_graph()
    for term in sorted(skg_terms()) + [ONTOLOGY_GRAPH]:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in g.objects(term, prop)}
            assert {"fr", "en"} <= langs, f"{term} lacks a French or English {prop}"


def test_alignments_from_the_design_notes() -> None:
    g = ontology_graph()
    assert (SKG.Company, RDFS.subClassOf, SDO.Organization) in g
    assert (SKG.Company, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#FormalOrganization")) in g
    assert (SKG.Claim, RDFS.subClassOf, RDF.Statement) in g
    assert (SKG.supplies, OWL.inverseOf, SKG.buysFrom) in g
    assert (SKG.manufactures, OWL.equivalentProperty, URIRef(WDT + "P1056")) in g
    assert (SKG.manufactures, OWL.inverseOf, SDO.manufacturer) in g
    assert (SKG.parentOf, OWL.equivalentProperty, URIRef(WDT + "P355")) in g
    assert (SKG.subsidiaryOf, OWL.equivalentProperty, URIRef(WDT + "P749")) in g
    assert (SKG.uses, OWL.equivalentProperty, URIRef(WDT + "P2283")) in g
    assert {s for s in g.subjects(RDF.type, SKG.Status)} == {SKG.Asserted, SKG.Planned, SKG.Rumoured, SKG.Denied}


def test_schema_org_only_in_https_form() -> None:
    for name in ("supplykg.ttl", "shapes.ttl"):
        assert "http://schema.org" not in read_text(name)


def test_no_blank_nodes_in_the_ontology() -> None:
    from rdflib import BNode

    assert not any(isinstance(t, BNode) for t in ontology_graph().all_nodes())


def test_pyoxigraph_parses_both_files_to_the_same_triple_count() -> None:
    for name, graph in (("supplykg.ttl", ontology_graph()), ("shapes.ttl", shapes_graph())):
        triples = list(pyoxigraph.parse(read_text(name), format=pyoxigraph.RdfFormat.TURTLE))
        assert len(triples) == len(graph)


def test_version_and_graph_name() -> None:
    g = ontology_graph()
    assert g.identifier == ONTOLOGY_GRAPH
    assert ontology_version() == "0.2.0"  # 0.2.0: corroboration
    assert (ONTOLOGY_GRAPH, RDF.type, OWL.Ontology) in g


def test_shapes_cover_claims_and_articles() -> None:
    from rdflib.namespace import SH

    targets = set(shapes_graph().objects(None, SH.targetClass))
    assert {SKG.Claim, SKG.Article, SKG.Order, SKG.Delivery, SKG.ExportRestriction, SKG.Corroboration} <= targets
    assert not list(shapes_graph().subjects(SH.sparql, None)), "SHACL-SPARQL is too slow here"


def test_missing_file_fails_clearly() -> None:
    with pytest.raises(OntologyError, match="reinstall supplykg"):
        read_text("nope.ttl")
