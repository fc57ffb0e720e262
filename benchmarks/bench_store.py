"""Time the named queries on a synthetic graph, rdflib Memory store vs Oxigraph directory.

Not a test: prints one table. Usage::

    python benchmarks/bench_store.py [--claims 20000] [--per-article 40] [--repeat 3]

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=20000)
    ap.add_argument("--per-article", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
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
