"""Benchmark: time to write the offline HTML page and its size for 1k, 10k and 50k nodes.

Also, in the same run, pyvis's own path (``Network.from_nx`` + ``write_html``) on
the 1k graph as a baseline, and with ``--projection`` the RDF -> networkx
projection on about 20k claims. Not a test: run it by hand.

    python benchmarks/bench_render.py [--sizes 1000 10000 50000] [--projection] [--view 50000]

``--view N [--keep DIR]`` times ``supplykg view`` end to end on an embedded store holding a graph of N
nodes (about 2N claims): with the projection cached, against the first view after a write (the
projection read from Oxigraph), in the same run.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph

from supplykg.extract.model import Article, Fact
from supplykg.graph.network import EDGE_FIELDS, to_networkx
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.render import write_html
from supplykg.ontology.iri import entity_iri

_RELATIONS = (("supplies", "Company"), ("delivered", "Company"), ("ordered", "Product"),
              ("uses", "Product"), ("manufactures", "Product"))
_STATUSES = ("asserted",) * 6 + ("planned", "rumoured", "denied")
_QUALIFIERS = (None, "exact", "more_than", "fewer_than", "about")


def synthetic_facts(n_nodes: int, seed: int = 7, per_article: int = 10) -> list[tuple[Article, list[Fact]]]:
    """About ``2 * n_nodes`` facts over ``n_nodes`` names (a fifth of them products), hubs first."""
    rng = random.Random(seed)
    n_products = max(2, n_nodes // 5)
    companies = [f"Company {i}" for i in range(n_nodes - n_products)]
    products = [f"Chip {i}" for i in range(n_products)]
    out: list[tuple[Article, list[Fact]]] = []
    for a in range(0, 2 * n_nodes, per_article):
        art = Article(id=f"art_{a:06d}.txt", text=f"synthetic article {a}", date="2024-09",
                      lang="fr" if a % 2 else "en")
        facts = []
        for j in range(a, a + per_article):
            rel, otype = rng.choice(_RELATIONS)
            # every name once (so the graph has n_nodes nodes), then hubs: low numbers get most facts
            s = companies[j] if j < len(companies) else companies[int(rng.paretovariate(1.2)) % len(companies)]
            if otype == "Company":
                o = rng.choice(companies)
            else:
                o = products[j - len(companies)] if 0 <= j - len(companies) < n_products else rng.choice(products)
            q = rng.choice(_QUALIFIERS)
            facts.append(Fact(
                article=art.id, subject=s, subject_type="Company", relation=rel, object=o, object_type=otype,
                evidence=f"{s} {rel} {o}, according to people familiar with the matter, <b>said</b> on Monday.",
                start=rng.randrange(1000), end=rng.randrange(1000, 2000), status=rng.choice(_STATUSES),
                confidence=round(rng.random(), 3),
                product=rng.choice(products) if otype == "Company" and rng.random() < .5 else None,
                quantity=rng.randrange(1, 10**6) if q else None, quantity_qualifier=q,
                date=f"20{rng.randrange(20, 26)}-{rng.randrange(1, 13):02d}"))
        out.append((art, facts))
    return out


def synthetic_rdf(n_nodes: int, seed: int = 7) -> Graph:
    """The facts through the real mapping (slow to build: about 20 s for 10k nodes)."""
    g = Graph()
    for art, facts in synthetic_facts(n_nodes, seed):
        g += article_to_graph(art, facts)
    return g


def synthetic_nx(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """What :func:`to_networkx` would give for the same facts, built directly (fast)."""
    g = nx.MultiDiGraph()
    for art, facts in synthetic_facts(n_nodes, seed):
        for i, f in enumerate(facts):
            for name, kind in ((f.subject, f.subject_type), (f.object, f.object_type)):
                iri = str(entity_iri(kind, name))
                g.add_node(iri, label=name, type=kind, iri=iri)
            attrs = dict.fromkeys(EDGE_FIELDS)
            attrs.update({k: v for k, v in f.to_json().items() if k in attrs})
            attrs.update(article=art.id, article_iri=f"urn:article:{art.id}", lang=art.lang,
                         article_date=art.date, claim=f"urn:claim:{art.id}:{i}")
            g.add_edge(f.subject_iri, f.object_iri, key=attrs["claim"], **attrs)
    return g


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def view_from_store(n_nodes: int, tmp: Path, keep: str | None = None) -> None:
    """``supplykg view`` on an embedded store of ``n_nodes`` nodes (kept in ``keep`` when given, and reused):
    the first view of a store version (its projection read from Oxigraph) against a later one (the
    projection loaded from :mod:`supplykg.graph.projection_cache`), both as the command runs them, on a reader."""
    from supplykg import api
    from supplykg.graph import projection_cache
    from supplykg.graph.store import open_store

    location = keep or str(tmp / "store")
    if not (Path(location) / "CURRENT").is_file():
        data = synthetic_facts(n_nodes)
        with open_store(location) as kg:
            graphs = [article_to_graph(a, f) for a, f in data]
            _, load = _timed(lambda: [kg.put_articles(graphs[i:i + 64]) for i in range(0, len(graphs), 64)])
            print(f"view: {len(graphs)} articles loaded in {load:.0f} s")
    with open_store(location, read_only=True) as kg:
        for f in (Path(location) / projection_cache.CACHE_DIR).glob("*.pickle"):
            f.unlink()
        _, first = _timed(lambda: api.view(kg, tmp / "first.html"))
        _, cached = _timed(lambda: api.view(kg, tmp / "view.html"))
        g = to_networkx(kg)
        same = (tmp / "first.html").read_bytes() == (tmp / "view.html").read_bytes()
        print(f"view of {g.number_of_nodes():,} nodes, {g.number_of_edges():,} claims ({kg.triple_count():,} triples): "
              f"{cached:.1f} s with the cached projection; first view after a write {first:.1f} s; "
              f"ratio {cached / first:.2f}; pages {'identical' if same else 'DIFFERENT'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--projection", action="store_true", help="also time RDF -> networkx on 10k nodes (~20k claims)")
    ap.add_argument("--view", type=int, metavar="NODES", help="also time `view` from an embedded store this large")
    ap.add_argument("--keep", metavar="DIR", help="with --view: build the store in DIR and keep it, or reuse it")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'nodes':>7} {'edges':>7} {'write_html s':>12} {'size MB':>8}")
        ours_1k = None
        for n in args.sizes:
            g = synthetic_nx(n)
            path, secs = _timed(lambda: write_html(g, Path(tmp) / f"g{n}.html"))
            if n == args.sizes[0]:
                ours_1k = (g, secs)
            print(f"{g.number_of_nodes():>7} {g.number_of_edges():>7} {secs:>12.2f} {path.stat().st_size / 1e6:>8.1f}")
        if ours_1k:
            from pyvis.network import Network

            g, secs = ours_1k

            # pyvis.add_edge takes 'source' and 'to' as its own arguments: a claim's 'source' attribute
            # (its publication) would clash, so the baseline gets the graph without it
            plain = g.copy()
            for _, _, data in plain.edges(data=True):
                data.pop("source", None)
                data.pop("to", None)

            def pyvis_path() -> None:
                net = Network(directed=True, cdn_resources="in_line")
                net.from_nx(plain)
                net.write_html(str(Path(tmp) / "pyvis.html"))

            _, base = _timed(pyvis_path)
            size = (Path(tmp) / "pyvis.html").stat().st_size / 1e6
            print(f"pyvis from_nx + write_html, {g.number_of_nodes()} nodes: {base:.2f} s, {size:.1f} MB "
                  f"(ours/pyvis time ratio {secs / base:.2f}; pyvis's page still loads bootstrap from a CDN)")
        if args.view:
            view_from_store(args.view, Path(tmp), args.keep)
        if args.projection:
            rdf, build = _timed(lambda: synthetic_rdf(10000))
            g, secs = _timed(lambda: to_networkx(rdf))
            print(f"to_networkx: {len(rdf)} triples, {g.number_of_edges()} claims: {secs:.2f} s (graph built in {build:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
