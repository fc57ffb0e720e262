"""Corroboration on a folder of articles (by default the shared dev set): the same on two builds, current after a removal.

Builds the folder twice, into two fresh stores, with the real extractor and compares
every corroboration graph triple by triple; prints the figures (facts, facts reported by
several articles and by several independent sources, conflicts by kind); then removes
one article from the first store and says how many facts changed, and checks that what
the incremental update left equals a recomputation from scratch. The articles are
others' journalism: the script reads them where they are. Exit status 1 on a mismatch.

    python benchmarks/dev_corroboration.py [ARTICLES] [--remove FILE_NAME]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from supplykg import api
from supplykg.graph import corroboration_store as cs
from supplykg.graph.store import DERIVED_PREFIX, open_store

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"


def corroboration(kg) -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for s, p, o, g in kg.quads():
        if str(g).startswith(DERIVED_PREFIX):
            out.setdefault(str(g), set()).add((s, p, o))
    return {g: frozenset(t) for g, t in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(DEV), help=f"folder of articles (default {DEV})")
    ap.add_argument("--remove", help="file name of the article to remove (default: the one in most facts)")
    args = ap.parse_args(argv)
    if not Path(args.articles).is_dir():
        print(f"no folder {args.articles}; pass the articles' folder", file=sys.stderr)
        return 2
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        stores = [str(Path(tmp) / name) for name in ("one", "two")]
        for loc in stores:
            t = time.perf_counter()
            report = api.build([args.articles], store=loc)
            print(f"built {loc.rsplit('/', 1)[-1]}: {len(report.added)} articles, "
                  f"{sum(report.facts.values())} facts in {time.perf_counter() - t:.1f} s")
        with open_store(stores[0]) as one, open_store(stores[1]) as two:
            first, second = corroboration(one), corroboration(two)
        same = first == second
        ok &= same
        print(f"two builds: {len(first)} and {len(second)} corroboration graphs, "
              f"{'identical' if same else 'DIFFERENT'}")
        rows = api.corroboration(stores[0])
        kinds = Counter(k for r in rows for k in r["conflicts"])
        print(f"facts {len(rows)}; in 2+ articles {sum(r['articles'] > 1 for r in rows)}; "
              f"from 2+ independent sources {sum(r['sources'] > 1 for r in rows)}; "
              f"republications counted once {sum(r['articles'] - r['sources'] for r in rows)}; "
              f"conflicts {dict(sorted(kinds.items())) or 'none'}")
        with open_store(stores[0]) as kg:
            victim = args.remove or _busiest(rows, kg)
            before = corroboration(kg)
            (iri,) = api.find_article(kg, victim)
            t = time.perf_counter()
            _, done = cs.remove_article(kg, iri)
            took = time.perf_counter() - t
            after = corroboration(kg)
            changed = sum(before.get(g) != after.get(g) for g in set(before) | set(after))
            print(f"removed {victim} in {took * 1000:.0f} ms: {changed} facts changed "
                  f"({done.written} rewritten, {done.removed} gone)")
            cs.rebuild(kg)
            fresh = corroboration(kg) == after
            ok &= fresh
            print(f"after the removal, incremental {'equals' if fresh else 'DIFFERS FROM'} a recomputation")
    return 0 if ok else 1


def _busiest(rows: list[dict], kg) -> str:
    """The article behind most claims of facts that more than one article reports."""
    facts = [r["fact"] for r in api.corroboration(kg, evidence=True) if r["articles"] > 1] or [r["fact"] for r in rows]
    counted = Counter(e["article"] for r in api.corroboration(kg, evidence=True) if r["fact"] in facts
                      for e in r["evidence"])
    return counted.most_common(1)[0][0]


if __name__ == "__main__":
    sys.exit(main())
