"""The supplykg vocabulary as a closed rdflib namespace.

``_fail = True`` makes a typo an error (``SKG.suplies`` raises). A test keeps this
list and ``supplykg.ttl`` in step: every term here is declared there and back.
"""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from supplykg.ontology.iri import ONTOLOGY


class SKG(DefinedNamespace):
    """supplykg ontology: companies, products, governments, supply facts and their provenance."""

    _NS = Namespace(ONTOLOGY + "#")
    _fail = True

    # Classes: the things
    Company: URIRef
    Government: URIRef
    Product: URIRef
    Article: URIRef
    Extractor: URIRef
    # Classes: events and claims
    Claim: URIRef
    Order: URIRef
    Delivery: URIRef
    ExportRestriction: URIRef
    Status: URIRef
    Corroboration: URIRef  # every claim of one fact, read together

    # Status individuals
    Asserted: URIRef
    Planned: URIRef
    Rumoured: URIRef
    Denied: URIRef

    # Shortcut relations between entities (only for facts that are not denied)
    supplies: URIRef  # supplier -> customer
    buysFrom: URIRef  # customer -> supplier (inverse; not stored, query with ^skg:supplies)
    ordered: URIRef  # buyer -> product
    deliveredTo: URIRef  # supplier -> buyer
    manufactures: URIRef  # company -> product
    parentOf: URIRef  # parent -> subsidiary
    subsidiaryOf: URIRef  # inverse of parentOf
    uses: URIRef  # company -> product
    restrictsExport: URIRef  # government -> product or company

    # Claim (statement) properties
    status: URIRef
    confidence: URIRef
    relation: URIRef  # the relation name of the JSON contract, e.g. "supplies"
    evidence: URIRef  # the sentence
    evidenceStart: URIRef
    evidenceEnd: URIRef
    product: URIRef  # the product a supplies/delivered claim is about
    supplier: URIRef  # the seller on an ordered claim
    quantity: URIRef  # units, xsd:integer
    quantityQualifier: URIRef  # exact / more_than / fewer_than / about
    moneyValue: URIRef  # verbatim money or capacity, e.g. "US$16 billion"
    currency: URIRef
    valueQualifier: URIRef
    date: URIRef  # xsd:gYear / xsd:gYearMonth / xsd:date
    event: URIRef  # claim -> Order / Delivery / ExportRestriction node
    restrictedItem: URIRef  # ExportRestriction event -> product or company

    # Corroboration properties
    statement: URIRef  # claim or corroboration -> the IRI of its (subject, relation, object)
    claim: URIRef  # corroboration -> each claim of the fact
    articleCount: URIRef
    sourceCount: URIRef  # independent sources
    independentSource: URIRef
    statusSeen: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    conflict: URIRef  # xsd:boolean
    conflictKind: URIRef  # denial / quantity / date / overdue

    # Article properties
    storyOrigin: URIRef  # the wire or outlet the story comes from
    language: URIRef
    sourceName: URIRef
    contentKey: URIRef
    fileName: URIRef
    inputName: URIRef  # how the input names the article: relative file path, or JSON Lines id / url


def status_term(status: str) -> URIRef:
    """The status individual for a JSON status name ('asserted' -> skg:Asserted)."""
    return SKG[status.capitalize()]
