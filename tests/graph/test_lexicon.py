"""Linked entities: the lexicons' identifiers have their form, reach the graph, and the company list exports them."""
from __future__ import annotations

import csv
import io

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, Namespace

from supplykg.graph import lexicon
from supplykg.graph.companies import companies_csv
from supplykg.graph.lexicon import COUNTRY_CODES, Identity, identities, identity, problems, valid_lei
from supplykg.graph.rdf import article_to_graph, entity_triples
from supplykg.graph.store import open_store
from supplykg.graph.validate import check
from supplykg.ontology.iri import entity_iri

SDO = Namespace("https://schema.org/")  # a plain Namespace: pytest probes module names, which a DefinedNamespace warns about


def test_every_identifier_in_the_lexicons_has_its_form():
    found = identities()
    assert len(found) > 100
    bad = {f"{kind} {name}": problems(entry) for (kind, name), entry in found.items() if problems(entry)}
    assert bad == {}


def test_every_lexicon_entity_with_a_wikidata_item_carries_it_in_the_graph():
    linked = [e for e in identities().values() if e.wikidata]
    assert {e.kind for e in linked} >= {"Company", "Government"}
    for e in linked:
        iri = entity_iri(e.kind, e.name)
        assert (iri, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/{e.wikidata}")) in set(
            entity_triples(e.kind, e.name)), e.name


def test_companies_carry_country_and_ticker():
    nvidia = dict(((p, o) for _, p, o in entity_triples("Company", "Nvidia")))
    assert nvidia[OWL.sameAs] == URIRef("http://www.wikidata.org/entity/Q182477")
    assert nvidia[SDO.addressCountry] == Literal("US")
    assert nvidia[SDO.tickerSymbol] == Literal("NASDAQ NVDA")
    assert all(e.country_code for e in identities().values() if e.kind == "Company" and e.country)
    # a company no lexicon knows keeps only our IRI
    assert {p for _, p, _ in entity_triples("Company", "Quillon Systems")} == {
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
        SDO.name}


def lei_with_check_digits(base: str) -> str:
    number = int("".join(str(int(c, 36)) for c in base + "00"))
    return f"{base}{98 - number % 97:02d}"


def test_lei_check_digits():
    lei = lei_with_check_digits("5493000IBP32UQZ0KL")
    assert valid_lei(lei)
    assert not valid_lei(lei[:-1] + str((int(lei[-1]) + 1) % 10))
    assert not valid_lei("5493000IBP32UQZ0K")
    assert problems(Identity("Company", "X", lei="nope")) == ["LEI 'nope' is not 20 characters with ISO 17442 check digits"]


@pytest.mark.parametrize("entry, complaint", [
    (Identity("Company", "X", wikidata="Q0123"), "not a Q-id"),
    (Identity("Company", "X", wikidata="182477"), "not a Q-id"),
    (Identity("Company", "X", ticker="NVDA"), "not EXCHANGE:SYMBOL"),
    (Identity("Company", "X", country="Atlantis"), "no ISO code"),
])
def test_malformed_identifiers_are_named(entry, complaint):
    (problem,) = problems(entry)
    assert complaint in problem


def test_a_lexicon_without_identifier_columns_links_nothing_and_breaks_nothing(monkeypatch):
    rows = {"companies.jsonl": [{"name": "Alpha Semi", "aliases": []}],
            "governments.jsonl": [{"name": "Atlantis"}]}
    monkeypatch.setattr(lexicon, "_rows", lambda name: iter(rows.get(name, [])))
    lexicon.identities.cache_clear()
    try:
        assert identity("Company", "Alpha Semi") == Identity("Company", "Alpha Semi")
        assert list(lexicon.identity_triples("Company", "Alpha Semi", URIRef("urn:x"))) == []
        assert identity("Company", "Nvidia") is None
    finally:
        lexicon.identities.cache_clear()


def test_a_broken_lexicon_line_is_named(monkeypatch):
    class Files:
        def joinpath(self, name):
            return self

        def read_text(self, encoding):
            return '{"name": "A"}\n{"name": \n'

    monkeypatch.setattr(lexicon.resources, "files", lambda package: Files())
    with pytest.raises(lexicon.LexiconError, match=r"companies.jsonl:2 is not valid JSON"):
        list(lexicon._rows("companies.jsonl"))


def test_company_list_as_csv_and_shapes(store_location, seed_article, seed_facts):
    with open_store(store_location) as kg:
        kg.put_article(article_to_graph(seed_article, seed_facts))
        rows = {r["name"]: r for r in csv.DictReader(io.StringIO(companies_csv(kg)))}
        report = check(kg)
    assert rows["Nvidia"] == {"iri": str(entity_iri("Company", "Nvidia")), "name": "Nvidia", "country": "US",
                              "ticker": "NASDAQ:NVDA", "lei": "", "wikidata": "Q182477", "facts": "1", "articles": "1"}
    assert rows["Huawei"]["wikidata"] == "Q160120" and rows["Huawei"]["country"] == "CN"
    assert rows["ByteDance"]["facts"] == "6"
    assert list(rows) == sorted(rows, key=str.casefold)
    assert report.conforms, report.text()


def test_a_malformed_identifier_in_the_graph_fails_validation(seed_article, seed_facts):
    g = article_to_graph(seed_article, seed_facts)
    g.add((entity_iri("Company", "Huawei"), SDO.addressCountry, Literal("China")))
    with open_store(":memory:") as kg:
        kg.put_article(g)
        report = check(kg)
    assert not report.conforms and "ISO 3166-1 alpha-2" in report.shacl_text
    assert COUNTRY_CODES["China"] == "CN"
