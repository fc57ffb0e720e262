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
(``benchmarks/bench_render.py --projection``). A store is read where it lies
(:meth:`KGStore.pairs`: on the embedded store, Oxigraph's index of its deduplicated
default graph, as plain strings): copying the store into an rdflib graph first was
80 % of ``graph central`` at 1M triples (``benchmarks/bench_store.py``).

GraphML and GEXF writers for Gephi live here too, because they only need to
clean the attributes this module sets.
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV, SDO

from supplykg.graph.files import write_atomic
from supplykg.graph.store import KGStore
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


_STATUS_BY_IRI: dict[str, str] = {str(k): v for k, v in STATUS_NAMES.items()}


def _read(value: str, kind: str) -> Any:
    """A value as the projection keeps it; ``value`` is an IRI's text or a literal's lexical form."""
    if kind == "iri" or kind == "str":
        return value
    if kind == "status":
        return _STATUS_BY_IRI.get(value, value.rsplit("#", 1)[-1].lower())
    try:
        return int(value) if kind == "int" else float(value)
    except ValueError:
        pass
    try:  # "100000.0" as an integer, "1E3" as either
        return int(Decimal(value)) if kind == "int" else float(Decimal(value))
    except (ArithmeticError, ValueError):
        return None


class _GraphPairs:
    """An rdflib graph read as :meth:`KGStore.pairs` reads a store."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def pairs(self, predicate: URIRef, obj: URIRef | None = None) -> list[tuple[str, str]]:
        return [(str(s), str(o)) for s, _, o in self.graph.triples((None, predicate, obj))]


def _labels(source: Any, iris: Iterable[str]) -> dict[str, str]:
    """One label per IRI: the smallest ``rdfs:label`` (stable when an entity has several)."""
    wanted = set(iris)
    found: dict[str, str] = {}
    for key, text in source.pairs(RDFS.label):
        if key in wanted and (key not in found or text < found[key]):
            found[key] = text
    return found


#: What the supply-chain questions read of a claim (``graph`` without ``--evidence``): the projection
#: leaves out the sentence, its offsets and money, half of what it reads from the store.
ANALYSIS_FIELDS = frozenset({"relation", "status", "confidence", "product_iri", "supplier_iri", "quantity",
                             "quantity_qualifier", "date", "article_iri"})


def _claim_select(fields: dict[URIRef, tuple[str, str]]) -> str:
    return ("SELECT ?c ?s ?o " + " ".join(f"?f{i}" for i in range(len(fields))) + " WHERE { "
            f"?c a <{SKG.Claim}> ; <{RDF.subject}> ?s ; <{RDF.object}> ?o . "
            + " ".join(f"OPTIONAL {{ ?c <{p}> ?f{i} }}" for i, p in enumerate(fields)) + " }")


Claims = tuple[dict[str, dict[str, Any]], dict[str, str], dict[str, str]]


def _from_rows(rows: list[tuple[str | None, ...]], wanted: dict[URIRef, tuple[str, str]]) -> Claims:
    claims: dict[str, dict[str, Any]] = {}
    subject: dict[str, str] = {}
    obj: dict[str, str] = {}
    fields = list(wanted.values())
    for c, s, o, *values in rows:
        assert c is not None and s is not None and o is not None
        rec = claims.setdefault(c, {})
        subject[c], obj[c] = s, o
        for (name, kind), value in zip(fields, values):
            if value is not None:
                rec[name] = _read(value, kind)
    return claims, subject, obj


def _from_pairs(read: Any, wanted: dict[URIRef, tuple[str, str]]) -> Claims:
    claims: dict[str, dict[str, Any]] = {c: {} for c, _ in read.pairs(RDF.type, SKG.Claim)}
    if not claims:
        return claims, {}, {}
    subject = {s: o for s, o in read.pairs(RDF.subject) if s in claims}
    obj = {s: o for s, o in read.pairs(RDF.object) if s in claims}
    for pred, (name, kind) in wanted.items():
        for s, o in read.pairs(pred):
            rec = claims.get(s)
            if rec is not None:
                rec[name] = _read(o, kind)
    return claims, subject, obj


def to_networkx(source: Graph | KGStore, fields: Iterable[str] | None = None, *, cache: bool = True
                ) -> nx.MultiDiGraph:
    """Project the claims of a store (read where it lies: one index scan per predicate of the claims,
    no copy of the store) or of an rdflib ``Graph`` onto a MultiDiGraph.

    Nodes: entity IRI -> ``label``, ``type``, ``iri``. Edges: one per claim,
    ``key`` = claim IRI, with every attribute in :data:`EDGE_FIELDS` (None when the
    claim does not say). Nodes and edges are added in sorted order so two runs on
    the same store give the same graph and the same page. ``fields`` limits what is read of each
    claim to those attributes (e.g. :data:`ANALYSIS_FIELDS`); the others are None.

    A store read before in the same version is not read again: its projection is loaded from
    :mod:`supplykg.graph.projection_cache` (``cache=False`` reads the store all the same).
    """
    if cache and isinstance(source, KGStore):
        from supplykg.graph import projection_cache

        return projection_cache.projection(source, fields, lambda: _project(source, fields))
    return _project(source, fields)


def _project(source: Graph | KGStore, fields: Iterable[str] | None) -> nx.MultiDiGraph:
    read = source if isinstance(source, KGStore) else _GraphPairs(source)
    wanted = {p: v for p, v in _CLAIM_FIELDS.items() if fields is None or v[0] in set(fields)}
    rows = read.select_strings(_claim_select(wanted)) if isinstance(read, KGStore) else None
    if rows is not None:  # one row per claim: its IRI decoded once, not once per field (Oxigraph)
        claims, subject, obj = _from_rows(rows, wanted)
    else:
        claims, subject, obj = _from_pairs(read, wanted)
    if not claims:
        return nx.MultiDiGraph()

    articles: dict[str, dict[str, Any]] = defaultdict(dict)
    wanted_articles = {rec.get("article_iri") for rec in claims.values()}
    for pred, name in _ARTICLE_FIELDS.items():
        for s, o in read.pairs(pred):
            if s in wanted_articles:
                articles[s][name] = o

    types: dict[str, str] = {}
    for cls, name in ENTITY_TYPES.items():
        for s, _ in read.pairs(RDF.type, cls):
            types.setdefault(s, name)

    entity_iris = set(subject.values()) | set(obj.values())
    extra = {rec[k] for rec in claims.values() for k in ("product_iri", "supplier_iri") if rec.get(k)}
    labels = _labels(read, entity_iris | extra)

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
