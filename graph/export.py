"""Export the knowledge graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD.

The embedded store writes Turtle, TriG, N-Triples and N-Quads with Oxigraph's own writers,
straight from its indexes (``OxigraphStore.serialize``); other stores, and JSON-LD, go
through rdflib. Turtle, N-Triples and JSON-LD hold the union of the article graphs (one graph, as most
tools expect); TriG and N-Quads keep one named graph per article, so provenance at the
graph level survives a round trip. The ontology is left out unless asked for: it ships
as ``ontology/supplykg.ttl``. Line-based formats are sorted so two exports of the same
store are byte-identical.
"""
from __future__ import annotations

import os
from typing import IO

from rdflib import Dataset, Graph, URIRef

from supplykg.graph.files import write_atomic
from supplykg.graph.store import KGStore
from supplykg.terminal import escape_json, escape_rdf

#: Format name -> (rdflib serializer, keeps named graphs)
FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "trig": ("trig", True),
    "nt": ("nt", False),
    "nquads": ("nquads", True),
    "jsonld": ("json-ld", False),
}
ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "nq": "nquads", "n-quads": "nquads",
           "json-ld": "jsonld"}

#: Prefixes bound in every export (the readable Turtle the README shows).
EXPORT_PREFIXES: dict[str, str] = {
    "skg": "https://w3id.org/supplykg/ontology#",
    "company": "https://w3id.org/supplykg/id/company/",
    "product": "https://w3id.org/supplykg/id/product/",
    "government": "https://w3id.org/supplykg/id/government/",
    "article": "https://w3id.org/supplykg/id/article/",
    "claim": "https://w3id.org/supplykg/id/claim/",
    "order": "https://w3id.org/supplykg/id/order/",
    "delivery": "https://w3id.org/supplykg/id/delivery/",
    "restriction": "https://w3id.org/supplykg/id/restriction/",
    "quantity": "https://w3id.org/supplykg/id/quantity/",
    "agent": "https://w3id.org/supplykg/id/agent/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "org": "http://www.w3.org/ns/org#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def normalise_format(fmt: str) -> str:
    """The canonical format name for ``fmt`` (accepts ``ttl``, ``nq``, ``json-ld``…)."""
    name = ALIASES.get(fmt.casefold(), fmt.casefold())
    if name not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return name


def _bind(g: Graph) -> None:
    for prefix, ns in EXPORT_PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def serialize(store: KGStore, fmt: str = "turtle", include_ontology: bool = False) -> str:
    """The store's content in ``fmt``, as text."""
    fmt = normalise_format(fmt)
    rdflib_format, keeps_graphs = FORMATS[fmt]
    native = getattr(store, "serialize", None)  # the embedded store: Oxigraph's writers, 20x faster than rdflib's
    data = native(fmt, include_ontology, EXPORT_PREFIXES) if native else None
    if data is not None:
        text = data.decode("utf-8")
    elif keeps_graphs:
        ds = Dataset()
        _bind(ds)
        for s, p, o, g in store.quads(include_ontology):
            ds.add((s, p, o, URIRef(g)))
        text = ds.serialize(format=rdflib_format)
    else:
        graph = store.union_graph(include_ontology)
        _bind(graph)
        if fmt == "jsonld":
            context = {k: v for k, v in EXPORT_PREFIXES.items()}
            text = graph.serialize(format=rdflib_format, context=context, auto_compact=True, indent=2)
        else:
            text = graph.serialize(format=rdflib_format)
    # Control characters as \uXXXX escapes: the same literals to a parser, nothing a terminal obeys.
    text = escape_json(text) if fmt == "jsonld" else escape_rdf(text)
    if fmt in ("nt", "nquads"):
        # split("\n"), not splitlines(): a literal may hold a form feed, NEL or U+2028, which
        # splitlines() breaks at, cutting a statement in two; N-Triples ends statements with \n only.
        lines = sorted(line for line in text.split("\n") if line.strip())
        text = "\n".join(lines) + ("\n" if lines else "")
    return text


def export(store: KGStore, fmt: str = "turtle", out: str | os.PathLike[str] | IO[str] | None = None,
           include_ontology: bool = False) -> str | None:
    """Serialise the store; return the text when ``out`` is None, else write it there and return None.

    A path is written whole or not at all (:func:`supplykg.graph.files.write_atomic`), so an
    interrupted export never leaves a truncated file behind; its folder must exist.
    """
    text = serialize(store, fmt, include_ontology)
    if out is None:
        return text
    if hasattr(out, "write"):
        out.write(text)  # type: ignore[union-attr]
        return None
    write_atomic(os.fspath(out), text)  # type: ignore[arg-type]
    return None
