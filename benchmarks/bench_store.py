"""Time the named queries on a synthetic graph, rdflib Memory store vs Oxigraph directory.

Not a test: prints one table. Usage::

    python benchmarks/bench_store.py [--claims 20000] [--per-article 40] [--repeat 3]
    python benchmarks/bench_store.py --scale 1000000 [--repeat 3]

``--scale T`` builds an embedded store of about T triples (bulk: ``put_articles``) and times,
each against a baseline measured in the same run, the bulk load (against writing one
article per transaction, on a sample), the graph commands (against projecting an rdflib
copy of the store, as before), Turtle export (against rdflib's writer) and the named queries.

The graph is random but seeded: companies in a layered supply network (so ``exposure``
has tiers to walk), products, orders, deliveries and a share of denied claims, spread
over articles of ``--per-article`` facts each. Every fact is one claim.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from supplykg.extract.model import Article, Fact
from supplykg.graph.query import run_named
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.store import KGStore, open_store
from supplykg.terminal import escape_rdf


def synthetic(claims: int, per_article: int, seed: int = 7) -> list[tuple[Article, list[Fact]]]:
    """Articles with their facts: ``claims`` facts in all."""
    rng = random.Random(seed)
    n_companies = max(50, claims // 10)
    layers = 5
    companies = [f"Company {i:05d}" for i in range(n_companies)]
    layer = {c: i % layers for i, c in enumerate(companies)}
    by_layer = {k: [c for c in companies if layer[c] == k] for k in range(layers)}
    products = [f"Chip {i:04d}" for i in range(max(20, claims // 50))]
    out: list[tuple[Article, list[Fact]]] = []
    made = 0
    a_no = 0
    while made < claims:
        text = f"Synthetic article {a_no}. " + "Sentence. " * per_article
        art = Article(id=f"synthetic_{a_no:05d}.txt", text=text, date="2024-09", source="bench", lang="en")
        facts = []
        for k in range(min(per_article, claims - made)):
            start = len(f"Synthetic article {a_no}. ") + 10 * k
            kind = rng.random()
            status = "denied" if rng.random() < 0.05 else "asserted"
            common = dict(article=art.id, evidence="Sentence.", start=start, end=start + 9, status=status,
                          confidence=round(rng.random(), 3))
            if kind < 0.6:  # supplies, from one layer down
                lv = rng.randrange(1, layers)
                customer = rng.choice(by_layer[lv - 1])
                supplier = rng.choice(by_layer[lv])
                facts.append(Fact(subject=supplier, subject_type="Company", relation="supplies", object=customer,
                                  object_type="Company", product=rng.choice(products), **common))
            elif kind < 0.8:
                facts.append(Fact(subject=rng.choice(companies), subject_type="Company", relation="ordered",
                                  object=rng.choice(products), object_type="Product",
                                  supplier=rng.choice(companies), quantity=rng.randrange(1000, 200000),
                                  quantity_qualifier=rng.choice(["exact", "more_than", "about"]),
                                  date=f"2024-{rng.randrange(1, 13):02d}", **common))
            elif kind < 0.9:
                facts.append(Fact(subject=rng.choice(companies), subject_type="Company", relation="delivered",
                                  object=rng.choice(companies), object_type="Company",
                                  product=rng.choice(products), quantity=rng.randrange(100, 50000),
                                  quantity_qualifier="fewer_than", **common))
            else:
                facts.append(Fact(subject=rng.choice(companies), subject_type="Company", relation="manufactures",
                                  object=rng.choice(products), object_type="Product", **common))
        made += len(facts)
        out.append((art, facts))
        a_no += 1
    return out


QUERIES = [
    ("suppliers", {"company": "Company 00000"}),
    ("customers", {"company": "Company 00004"}),
    ("orders", {"product": "Chip 0001"}),
    ("facts", {"entity": "Company 00007"}),
    ("exposure", {"company": "Company 00000"}),
]


def timed(fn, repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


def bench(store: KGStore, data, repeat: int) -> dict[str, tuple[float, int]]:
    results: dict[str, tuple[float, int]] = {}
    t0 = time.perf_counter()
    for art, facts in data:
        store.put_article(article_to_graph(art, facts))
    results["ingest (all articles)"] = (time.perf_counter() - t0, store.triple_count())
    t, _ = timed(lambda: [store.put_article(article_to_graph(a, f)) for a, f in data[:50]], 1)
    results["re-ingest 50 articles (no-op)"] = (t, 50)
    for name, params in QUERIES:
        t, rows = timed(lambda: len(list(run_named(store, name, params))), repeat)
        results[f"query {name}"] = (t, rows)  # type: ignore[assignment]
    return results


TRIPLES_PER_CLAIM = 18.6  # measured: 373k triples for 20,000 claims


def scale(triples: int, per_article: int, repeat: int, keep: str | None = None,
          rdflib_baseline: bool = False) -> None:
    """The graph commands, export and named queries on a store of about ``triples`` triples."""
    reuse = keep is not None and Path(keep).is_dir()
    data = [] if reuse else synthetic(int(triples / TRIPLES_PER_CLAIM), per_article)
    graphs = [article_to_graph(a, f) for a, f in data]
    sample = graphs[: max(20, len(graphs) // 50)]
    print(f"{len(data)} articles of {per_article} claims; 2 cores; median of {repeat} (loads: one run)", flush=True)
    print(f"{'step':28} {'s':>8} {'baseline s':>11} {'ratio':>7}  notes", flush=True)
    rows = _Rows()
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "one")) as one, open_store(keep or str(Path(tmp) / "bulk")) as bulk:
            if reuse:
                print(f"store {keep} reused: {bulk.triple_count():,} triples", flush=True)
                sample = []
            t_one, _ = timed(lambda: [one.put_article(g) for g in sample], 1)
            t_bulk, _ = timed(lambda: [bulk.put_articles(sample[i:i + 64]) for i in range(0, len(sample), 64)], 1)
            if not reuse:
                rows.append((f"load {len(sample)} articles", t_bulk, t_one, "put_articles by 64 vs one by one"))
            t0 = time.perf_counter()
            for i in range(len(sample), len(graphs), 64):
                bulk.put_articles(graphs[i:i + 64])
            rest = time.perf_counter() - t0
            n = bulk.triple_count()
            if not reuse:
                print(f"store: {n:,} triples; bulk load of all {len(graphs)} articles {t_bulk + rest:.1f} s",
                      flush=True)
        # The reads as the commands make them: a reader of the store (a writer's reads are never cached).
        with open_store(keep or str(Path(tmp) / "bulk"), read_only=True) as kg:
            _reads(kg, rows, repeat, Path(tmp), rdflib_baseline)


def _python_writer(kg: KGStore) -> bytes:
    """Turtle as the embedded store wrote it before Oxigraph's dump: each triple through a Python filter."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from supplykg.graph.export import EXPORT_PREFIXES
    from supplykg.graph.oxigraph_store import _decimals_with_point
    from supplykg.graph.store import is_data_graph
    from supplykg.ontology.iri import ONTOLOGY_GRAPH

    store = kg._ox  # type: ignore[attr-defined]
    ontology = {q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH)))}

    def union():
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            t = q.triple
            if t in ontology and not any(is_data_graph(URIRef(o.graph_name.value)) for o in
                                         store.quads_for_pattern(t.subject, t.predicate, t.object, None)
                                         if not isinstance(o.graph_name, ox.DefaultGraph)):
                continue
            yield t
    return ox.serialize(_decimals_with_point(union()), format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)


def _reads(kg: KGStore, rows: _Rows, repeat: int, tmp: Path, rdflib_baseline: bool) -> None:
    """Each read against a baseline of the same run: a command's first read of a store version (its
    projection read from Oxigraph) against a later one (loaded from the cache), export against the
    writer it replaced, named queries against rdflib's query layer."""
    from supplykg import api
    from supplykg.graph import bind
    from supplykg.graph import export as ex
    from supplykg.graph import projection_cache
    from supplykg.graph.network import ANALYSIS_FIELDS, to_networkx

    def uncached() -> None:
        for f in (Path(kg.location) / projection_cache.CACHE_DIR).glob("*.pickle"):
            f.unlink()

    def first(fn):  # a command's first read of this store version: no cached projection yet
        def run():
            uncached()
            return fn()
        return run

    def after_build(fn):  # a command's first read after a build, which leaves the projection of every field
        times = []
        for _ in range(repeat):
            uncached()
            to_networkx(kg)
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    t_cold, g = timed(lambda: to_networkx(kg, ANALYSIS_FIELDS, cache=False), repeat)
    t_warm, _ = timed(lambda: to_networkx(kg, ANALYSIS_FIELDS), repeat)  # the first run saves it
    rows.append(("networkx projection (analysis)", t_warm, t_cold,
                 f"{g.number_of_edges():,} edges; cached vs read from Oxigraph"))
    for name, question in (("graph central", dict(question="central")),
                           ("graph suppliers --tiers 3", dict(question="suppliers", company="Company 00000", tiers=3)),
                           ("graph concentration", dict(question="concentration"))):
        t_first, _ = timed(first(lambda q=question: api.analyse(kg, **q)), repeat)
        to_networkx(kg, ANALYSIS_FIELDS)
        t_cmd, _ = timed(lambda q=question: api.analyse(kg, **q), repeat)
        rows.append((name, t_cmd, t_first, "api.analyse, cached projection vs first read after a write"))
        t_built = after_build(lambda q=question: api.analyse(kg, **q))
        rows.append((f"{name} (after build)", t_built, t_first,
                     "first command after a build (its projection left by the build) vs first read after a write"))
    t_index, _ = timed(lambda: (uncached(), to_networkx(kg))[1], repeat)
    rows.append(("build's projection step", t_index, t_cold,
                 "what a build adds at its end (every field) vs the analysis fields read from Oxigraph"))
    t_ttl, text = timed(lambda: ex.serialize(kg, "turtle"), repeat)
    t_py, old = timed(lambda: _python_writer(kg), 1)
    same = "identical" if escape_rdf(old.decode("utf-8")) == text else "DIFFERENT"
    rows.append(("export turtle", t_ttl, t_py, f"{len(text) / 1e6:.0f} MB; Oxigraph's dump vs the Python "
                 f"filter before it; {same}"))
    if rdflib_baseline:
        t_copy, copy = timed(kg.union_graph, 1)
        t_rdflib, _ = timed(lambda: copy.serialize(format="turtle"), 1)
        rows.append(("export turtle (rdflib)", t_ttl, t_copy + t_rdflib, "vs an rdflib copy and its writer"))
        del copy
    real = bind.query_form
    for name, params in QUERIES:
        t, count = timed(lambda: len(list(run_named(kg, name, params))), max(repeat, 5))
        bind.query_form = lambda q: None  # rdflib's query layer, as before
        try:
            t_base, _ = timed(lambda: len(list(run_named(kg, name, params))), max(repeat, 5))
        finally:
            bind.query_form = real
        rows.append((f"query {name}", t, t_base, f"{count} rows; pyoxigraph's rows vs rdflib's query layer"))
    t_view_first, _ = timed(first(lambda: api.view(kg, str(tmp / "g.html"))), 1)
    t_view, _ = timed(lambda: api.view(kg, str(tmp / "g.html")), 1)
    rows.append(("view", t_view, t_view_first, f"{kg.triple_count():,} triples; cached projection vs first read"))
    rows.append(("view (after build)", after_build(lambda: api.view(kg, str(tmp / "g.html"))), t_view_first,
                 "first view after a build vs first read after a write"))


class _Rows:
    """Prints each row as it is measured (a long run shows what it has so far)."""

    def append(self, row: tuple[str, float, float, str]) -> None:
        name, t, base, note = row
        ratio = "" if base != base else f"{t / base:6.2f}x"
        print(f"{name:28} {t:8.3f} {base:11.3f} {ratio:>7}  {note}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=20000)
    ap.add_argument("--per-article", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=int, metavar="TRIPLES", help="the graph commands on an embedded store this large")
    ap.add_argument("--keep", metavar="DIR", help="with --scale: build the store in DIR and keep it, or reuse it")
    ap.add_argument("--rdflib-baseline", action="store_true",
                    help="with --scale: also export through an rdflib copy of the store (minutes at 1M triples)")
    args = ap.parse_args()
    if args.scale:
        scale(args.scale, args.per_article, args.repeat, args.keep, args.rdflib_baseline)
        return
    data = synthetic(args.claims, args.per_article)
    print(f"{args.claims} claims in {len(data)} articles; median of {args.repeat} runs per query")
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(":memory:") as mem:
            m = bench(mem, data, args.repeat)
        with open_store(str(Path(tmp) / "store")) as ox:
            o = bench(ox, data, args.repeat)
    print(f"{'step':32} {'memory s':>10} {'oxigraph s':>11} {'ratio':>8}  rows/triples")
    for key in m:
        (tm, nm), (to, no) = m[key], o[key]
        same = "" if nm == no else f"  MISMATCH memory={nm} oxigraph={no}"
        print(f"{key:32} {tm:10.3f} {to:11.3f} {tm / max(to, 1e-9):7.1f}x  {no}{same}")


if __name__ == "__main__":
    main()
