"""Benchmark: what keeping corroboration current costs when articles are added, replaced and removed.

Writes the synthetic articles of ``benchmarks/bench_render.py`` (10 facts each, hubs that
many articles share) into a fresh embedded Oxigraph store twice: with plain
``put_article`` and through ``corroboration_store.put_article``, which then recomputes the
facts the article touches. Prints the time per article both ways, then the time to replace
and to remove one article in the full store, and a full recomputation (``supplykg
corroborate``). Not a test: run it by hand; it prints figures.

    python benchmarks/bench_corroboration.py [--nodes 5000] [--store DIR | --memory]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render import synthetic_facts  # noqa: E402

from supplykg.graph import corroboration_store as cs  # noqa: E402
from supplykg.graph.rdf import article_graph_iri, article_to_graph  # noqa: E402
from supplykg.graph.store import open_store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000, help="graph size; articles = nodes / 5")
    ap.add_argument("--memory", action="store_true", help="rdflib's in-memory store instead of Oxigraph")
    args = ap.parse_args(argv)
    articles = synthetic_facts(args.nodes)
    graphs = [article_to_graph(a, facts) for a, facts in articles]
    with tempfile.TemporaryDirectory() as tmp:
        def location(name: str) -> str:
            return ":memory:" if args.memory else str(Path(tmp) / name)

        with open_store(location("plain")) as kg:
            t = time.perf_counter()
            for g in graphs:
                kg.put_article(g)
            plain = time.perf_counter() - t
        with open_store(location("corroborated")) as kg:
            per: list[float] = []
            written = 0
            for g in graphs:
                t = time.perf_counter()
                _, done = cs.put_article(kg, g)
                per.append(time.perf_counter() - t)
                written += done.written
            facts = len(list(kg.query("SELECT ?f WHERE { ?f skg:articleCount ?n }")))
            claims = sum(len(f) for _, f in articles)
            print(f"{len(graphs)} articles, {claims} claims -> {facts} facts ({written} corroboration writes), "
                  f"{'memory' if args.memory else 'oxigraph'} store")
            print(f"put_article alone:          {plain / len(graphs) * 1000:7.1f} ms per article")
            print(f"with corroboration:         {sum(per) / len(per) * 1000:7.1f} ms per article "
                  f"(median {statistics.median(per) * 1000:.1f}, last tenth "
                  f"{statistics.mean(per[-len(per) // 10:]) * 1000:.1f})")
            victim_article, victim_facts = articles[len(articles) // 2]
            edited = article_to_graph(victim_article, victim_facts[: len(victim_facts) // 2])
            t = time.perf_counter()
            cs.put_article(kg, edited)
            print(f"replace one article:        {(time.perf_counter() - t) * 1000:7.1f} ms")
            t = time.perf_counter()
            cs.remove_article(kg, article_graph_iri(victim_article))
            print(f"remove one article:         {(time.perf_counter() - t) * 1000:7.1f} ms")
            t = time.perf_counter()
            done = cs.rebuild(kg)
            print(f"recompute every fact:       {time.perf_counter() - t:7.1f} s "
                  f"({done.written} written, {done.unchanged} unchanged, {done.removed} removed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
