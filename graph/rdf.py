"""Facts to RDF: the one mapping from :class:`~supplykg.extract.model.Fact` to triples.

Shape (see ``ontology/supplykg.ttl``): every fact becomes a claim node
(``skg:Claim``, an ``rdf:Statement``) with ``rdf:subject`` / ``rdf:predicate`` /
``rdf:object``, its status, confidence, qualifiers and provenance
(``prov:wasDerivedFrom`` the article, the evidence sentence and its offsets,
``prov:wasAttributedTo`` the extractor). Orders, deliveries and export
restrictions also get an event node aligned with schema.org. A shortcut triple
(``company skg:supplies company``) is added for every claim that is not denied,
so a plain SPARQL pattern finds what the articles assert.

All triples of one article go in one named graph, the article's IRI, so an
article can be replaced or removed as a unit.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import chain

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SDO

from supplykg import __version__
from supplykg.extract.model import Article, Fact
from supplykg.graph.lexicon import identity_triples
from supplykg.graph.sources import story_origin
from supplykg.graph.store import NamedTriples
from supplykg.ontology.iri import agent_iri, article_iri, entity_iri, node_iri, statement_iri
from supplykg.ontology.namespace import SKG, status_term

PREDICATES: dict[str, URIRef] = {
    "supplies": SKG.supplies,
    "ordered": SKG.ordered,
    "delivered": SKG.deliveredTo,
    "manufactures": SKG.manufactures,
    "parent_of": SKG.parentOf,
    "uses": SKG.uses,
    "restricts_export": SKG.restrictsExport,
}
RELATION_OF: dict[URIRef, str] = {v: k for k, v in PREDICATES.items()}
CLASSES: dict[str, URIRef] = {"Company": SKG.Company, "Product": SKG.Product, "Government": SKG.Government}
EVENTS: dict[str, tuple[str, URIRef]] = {
    "ordered": ("order", SKG.Order),
    "delivered": ("delivery", SKG.Delivery),
    "restricts_export": ("restriction", SKG.ExportRestriction),
}


def date_literal(value: str | None) -> Literal | None:
    """'2024' -> xsd:gYear, '2024-07' -> xsd:gYearMonth, '2024-07-15' -> xsd:date."""
    if not value:
        return None
    kind = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value))
    return Literal(value, datatype=kind) if kind else Literal(value)


def decimal_literal(value: Decimal | int | float) -> Literal:
    """An xsd:decimal in canonical lexical form ("100000.0", "0.8").

    A Turtle writer prints a decimal with a point, so a non-canonical "100000" came back
    as "100000.0" after a round trip: a different RDF term, which broke comparisons.
    """
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(d, "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def article_graph_iri(article: Article) -> URIRef:
    return article_iri(article.key)


def article_triples(article: Article) -> Iterator[tuple]:
    a = article_graph_iri(article)
    yield a, RDF.type, SKG.Article
    yield a, SKG.contentKey, Literal(article.key)
    yield a, SKG.fileName, Literal(article.id)
    if article.input_name:
        yield a, SKG.inputName, Literal(article.input_name)
    if article.title:
        yield a, SDO.headline, Literal(article.title)
    if article.url:
        yield a, SDO.url, Literal(article.url, datatype=XSD.anyURI)
    if article.source:
        yield a, SKG.sourceName, Literal(article.source)
    origin = story_origin(article.source or article.url, article.text)
    if origin:
        yield a, SKG.storyOrigin, Literal(origin)
    if article.lang:
        yield a, SKG.language, Literal(article.lang)
    if article.date:
        yield a, SDO.datePublished, date_literal(article.date)


def entity_triples(kind: str, name: str) -> Iterator[tuple]:
    """Type and names of an entity, and the identifiers the curated lexicons give it (Wikidata, country,
    ticker; see :mod:`supplykg.graph.lexicon`)."""
    iri = entity_iri(kind, name)
    yield iri, RDF.type, CLASSES[kind]
    yield iri, RDFS.label, Literal(name)
    yield iri, SDO.name, Literal(name)
    yield from identity_triples(kind, name, iri)


def claim_iri(fact: Fact, article: Article) -> URIRef:
    return node_iri("claim", article.key, fact.relation, fact.subject, fact.object,
                    fact.product or "", str(fact.start), fact.status)


def fact_triples(fact: Fact, article: Article) -> Iterator[tuple]:
    a = article_graph_iri(article)
    s = entity_iri(fact.subject_type, fact.subject)
    o = entity_iri(fact.object_type, fact.object)
    p = PREDICATES[fact.relation]
    c = claim_iri(fact, article)
    yield from entity_triples(fact.subject_type, fact.subject)
    yield from entity_triples(fact.object_type, fact.object)
    if fact.status != "denied":
        yield s, p, o
    yield c, RDF.type, SKG.Claim
    yield c, RDF.subject, s
    yield c, RDF.predicate, p
    yield c, RDF.object, o
    yield c, SKG.relation, Literal(fact.relation)
    yield c, SKG.statement, statement_iri(s, fact.relation, o)
    yield c, SKG.status, status_term(fact.status)
    yield c, SKG.confidence, decimal_literal(fact.confidence_decimal)
    yield c, SKG.evidence, Literal(fact.evidence)
    yield c, SKG.evidenceStart, Literal(fact.start, datatype=XSD.integer)
    yield c, SKG.evidenceEnd, Literal(fact.end, datatype=XSD.integer)
    yield c, PROV.wasDerivedFrom, a
    agent = agent_iri(fact.extractor, __version__)
    yield c, PROV.wasAttributedTo, agent
    yield agent, RDF.type, SKG.Extractor
    yield agent, RDFS.label, Literal(f"{fact.extractor} {__version__}")
    if fact.product:
        product = entity_iri("Product", fact.product)
        yield from entity_triples("Product", fact.product)
        yield c, SKG.product, product
    if fact.supplier:
        yield from entity_triples("Company", fact.supplier)
        yield c, SKG.supplier, entity_iri("Company", fact.supplier)
    if fact.quantity is not None:
        yield c, SKG.quantity, Literal(int(fact.quantity), datatype=XSD.integer)
    if fact.quantity_qualifier:
        yield c, SKG.quantityQualifier, Literal(fact.quantity_qualifier)
    if fact.value:
        yield c, SKG.moneyValue, Literal(fact.value)
    if fact.currency:
        yield c, SKG.currency, Literal(fact.currency)
    if fact.value_qualifier:
        yield c, SKG.valueQualifier, Literal(fact.value_qualifier)
    if fact.date:
        yield c, SKG.date, date_literal(fact.date)
    yield from event_triples(fact, article, c, s, o)


def event_triples(fact: Fact, article: Article, claim: URIRef, s: URIRef, o: URIRef) -> Iterator[tuple]:
    """schema.org-aligned event node for orders, deliveries and export restrictions."""
    if fact.relation not in EVENTS:
        return
    kind, cls = EVENTS[fact.relation]
    e = node_iri(kind, str(claim))
    yield claim, SKG.event, e
    yield e, RDF.type, cls
    yield e, PROV.wasDerivedFrom, article_graph_iri(article)
    if fact.relation == "ordered":
        yield e, SDO.customer, s
        yield e, SDO.orderedItem, o
        if fact.supplier:
            yield e, SDO.seller, entity_iri("Company", fact.supplier)
        if fact.date:
            yield e, SDO.orderDate, date_literal(fact.date)
    elif fact.relation == "delivered":
        yield e, SKG.supplier, s
        yield e, SDO.customer, o
        if fact.product:
            yield e, SDO.itemShipped, entity_iri("Product", fact.product)
        if fact.date:
            yield e, SKG.date, date_literal(fact.date)
    else:
        yield e, SKG.restrictedItem, o
        yield e, SDO.agent, s
    if fact.quantity is not None:
        q = node_iri("quantity", str(e))
        yield e, SKG.quantity, q
        yield q, RDF.type, SDO.QuantitativeValue
        bound = {"more_than": SDO.minValue, "fewer_than": SDO.maxValue}.get(fact.quantity_qualifier or "", SDO.value)
        yield q, bound, decimal_literal(int(fact.quantity))
        yield q, SDO.unitText, Literal("units")
        if fact.quantity_qualifier:
            yield q, SKG.quantityQualifier, Literal(fact.quantity_qualifier)


def article_to_triples(article: Article, facts: Iterable[Fact]) -> NamedTriples:
    """All triples of one article, each once, named by the article's IRI: what a build writes (no rdflib
    Graph to index them on the way). The terms are in the stores' form: this mapping makes no blank node,
    no ``xsd:string`` literal and no decimal without its point."""
    return NamedTriples(article_graph_iri(article),
                        chain(article_triples(article), *(fact_triples(fact, article) for fact in facts)))


def article_to_graph(article: Article, facts: Iterable[Fact]) -> Graph:
    """All triples of one article, in a Graph whose identifier is the article's IRI."""
    named = article_to_triples(article, facts)
    g = Graph(identifier=named.identifier)
    g.addN((s, p, o, g) for s, p, o in named)
    return g
