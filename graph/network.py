"""RDF to networkx: the one projection of the store's claims into a ``MultiDiGraph``.

Every claim node (``skg:Claim``, see :mod:`supplykg.graph.rdf`) becomes one edge
from its ``rdf:subject`` to its ``rdf:object``, keyed by the claim's IRI, carrying
what a reader needs to judge it: relation, product, quantity and its qualifier,
date, status, confidence, the evidence sentence with its offsets and the article
it came from. Nodes are keyed by entity IRI with ``label`` and ``type``
(``Company``, ``Product`` or ``Government``). Denied claims are kept (as edges with
``status="denied"``): the view shows them, and :mod:`supplykg.graph.analytics`
leaves them out unless asked.

Why triple patterns rather than one SPARQL SELECT: on a synthetic graph of
20,000 claims (424k triples, Memory store, 2 cores) rdflib's SPARQL engine took
12.4 s for one SELECT of the claim fields with seven OPTIONALs, while this scan
per predicate builds the whole graph, labels and articles included, in 1.3 s
(``benchmarks/bench_render.py --projection``). Scans only ask the store for
``(None, p, None)``, which every rdflib store (Memory, oxrdflib, a union graph)
answers natively.

GraphML and GEXF writers for Gephi live here too, because they only need to
clean the attributes this module sets.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SDO

from supplykg.graph.files import write_atomic
from supplykg.ontology.namespace import SKG

ENTITY_TYPES: dict[URIRef, str] = {SKG.Company: "Company", SKG.Product: "Product", SKG.Government: "Government"}
STATUS_NAMES: dict[URIRef, str] = {
    SKG.Asserted: "asserted",
    SKG.Planned: "planned",
    SKG.Rumoured: "rumoured",
    SKG.Denied: "denied",
}

# Claim property -> (edge attribute, how to read the literal).
_CLAIM_FIELDS: dict[URIRef, tuple[str, str]] = {
    SKG.relation: ("relation", "str"),
    SKG.status: ("status", "status"),
    SKG.confidence: ("confidence", "float"),
    SKG.evidence: ("evidence", "str"),
    SKG.evidenceStart: ("start", "int"),
    SKG.evidenceEnd: ("end", "int"),
    SKG.product: ("product_iri", "iri"),
    SKG.supplier: ("supplier_iri", "iri"),
    SKG.quantity: ("quantity", "int"),
    SKG.quantityQualifier: ("quantity_qualifier", "str"),
    SKG.moneyValue: ("value", "str"),
    SKG.currency: ("currency", "str"),
    SKG.date: ("date", "str"),
    PROV.wasDerivedFrom: ("article_iri", "iri"),
}
_ARTICLE_FIELDS: dict[URIRef, str] = {
    SKG.fileName: "article",
    SKG.storyOrigin: "origin",
    SKG.sourceName: "source",
    SDO.datePublished: "article_date",
    SDO.headline: "headline",
    SDO.url: "url",
    SKG.language: "lang",
}
# Every edge has every key, so writers and tables see one schema.
EDGE_FIELDS: tuple[str, ...] = (
    "relation", "status", "confidence", "product", "product_iri", "supplier", "supplier_iri",
    "quantity", "quantity_qualifier", "value", "currency", "date", "evidence", "start", "end",
    "article", "article_iri", "article_date", "headline", "url", "lang", "origin", "source",
)


def _read(value: Any, kind: str) -> Any:
    if kind == "iri":
        return str(value)
    if kind == "status":
        return STATUS_NAMES.get(value, str(value).rsplit("#", 1)[-1].lower())
    if not isinstance(value, Literal):
        return str(value)
    if kind == "int":
        try:
            return int(value.toPython())
        except (TypeError, ValueError):
            return None
    if kind == "float":
        try:
            return float(value.toPython())
        except (TypeError, ValueError):
            return None
    return str(value)


def _labels(graph: Graph, iris: Iterable[str]) -> dict[str, str]:
    """One label per IRI: the smallest ``rdfs:label`` (stable when an entity has several)."""
    wanted = set(iris)
    found: dict[str, str] = {}
    for s, o in graph.subject_objects(RDFS.label):
        key = str(s)
        if key in wanted:
            text = str(o)
            if key not in found or text < found[key]:
                found[key] = text
    return found


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Project the claims of ``graph`` (e.g. ``open_store(loc).union_graph()``) onto a MultiDiGraph.

    Nodes: entity IRI -> ``label``, ``type``, ``iri``. Edges: one per claim,
    ``key`` = claim IRI, with every attribute in :data:`EDGE_FIELDS` (None when the
    claim does not say). Nodes and edges are added in sorted order so two runs on
    the same store give the same graph and the same page.
    """
    claims: dict[str, dict[str, Any]] = {}
    subject: dict[str, str] = {}
    obj: dict[str, str] = {}
    for c in graph.subjects(RDF.type, SKG.Claim):
        claims[str(c)] = {}
    if not claims:
        return nx.MultiDiGraph()
    for s, o in graph.subject_objects(RDF.subject):
        if str(s) in claims:
            subject[str(s)] = str(o)
    for s, o in graph.subject_objects(RDF.object):
        if str(s) in claims:
            obj[str(s)] = str(o)
    for pred, (name, kind) in _CLAIM_FIELDS.items():
        for s, o in graph.subject_objects(pred):
            rec = claims.get(str(s))
            if rec is not None:
                rec[name] = _read(o, kind)

    articles: dict[str, dict[str, Any]] = defaultdict(dict)
    wanted_articles = {rec.get("article_iri") for rec in claims.values()}
    for pred, name in _ARTICLE_FIELDS.items():
        for s, o in graph.subject_objects(pred):
            if str(s) in wanted_articles:
                articles[str(s)][name] = str(o)

    types: dict[str, str] = {}
    for cls, name in ENTITY_TYPES.items():
        for s in graph.subjects(RDF.type, cls):
            types.setdefault(str(s), name)

    entity_iris = set(subject.values()) | set(obj.values())
    extra = {rec[k] for rec in claims.values() for k in ("product_iri", "supplier_iri") if rec.get(k)}
    labels = _labels(graph, entity_iris | extra)

    g = nx.MultiDiGraph()
    for iri in sorted(entity_iris):
        g.add_node(iri, label=labels.get(iri) or _local_name(iri), type=types.get(iri, "Entity"), iri=iri)
    for key in sorted(claims):
        if key not in subject or key not in obj:
            continue  # a claim without both ends cannot be drawn; validation reports it
        rec = claims[key]
        attrs: dict[str, Any] = dict.fromkeys(EDGE_FIELDS)
        attrs.update(rec)
        attrs.update(articles.get(rec.get("article_iri") or "", {}))
        if attrs["product_iri"]:
            attrs["product"] = labels.get(attrs["product_iri"]) or _local_name(attrs["product_iri"])
        if attrs["supplier_iri"]:
            attrs["supplier"] = labels.get(attrs["supplier_iri"]) or _local_name(attrs["supplier_iri"])
        attrs["claim"] = key
        g.add_edge(subject[key], obj[key], key=key, **attrs)
    return g


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


#: Characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML/GEXF accept: None dropped (a missing value, which Gephi
    shows as empty), everything else str/int/float/bool. Dropping rather than
    writing "" keeps each column one type (``quantity`` stays an integer column).
    Characters XML cannot hold become U+FFFD: one form feed in a sentence made the
    whole file unreadable."""
    out: dict[str, Any] = {}
    for k, v in attrs.items():
        if v is None:
            continue
        v = v if isinstance(v, (str, int, float, bool)) else str(v)
        out[k] = _NOT_XML.sub("\ufffd", v) if isinstance(v, str) else v
    return out


def _exportable(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **_clean(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **_clean(d))
    return h


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``g`` as GraphML (Gephi, yEd, Cytoscape), whole or not at all; edge ids are claim IRIs."""
    h = _exportable(g)
    return write_atomic(path, lambda tmp: nx.write_graphml(h, tmp, edge_id_from_attribute="claim"))


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write ``g`` as GEXF 1.2 (Gephi's own format), whole or not at all; node labels come from ``label``."""
    h = _exportable(g)
    return write_atomic(path, lambda tmp: nx.write_gexf(h, tmp))
