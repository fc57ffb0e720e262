"""Benchmark: how long the page takes to open in headless Chromium, and to answer a filter, at 5k and 50k nodes.

For each size: the time to write the page and its size, then in Chromium the time from
navigation to the first drawing (``data-ready``), a status filter (every link re-styled from
its claims), the replay to the oldest date and back, and a redraw at the fitted zoom with the
labels it draws. Synthetic graphs of ``benchmarks/bench_render.py`` (about 2 claims a node,
hubs first). Not a test: run it by hand; it prints figures.

    python benchmarks/bench_page.py [--sizes 5000 50000] [--runs 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render import synthetic_nx  # noqa: E402

from supplykg.graph.browser import Chromium, Page  # noqa: E402
from supplykg.graph.render import write_html  # noqa: E402


def timed_eval(page: Page, script: str) -> float:
    """Milliseconds the page spends running ``script`` (and the drawing it triggers) before the next frame."""
    return page.eval(f"""new Promise(done => {{ const t = performance.now(); {script};
        window.supplykg.network.redraw(); requestAnimationFrame(() => done(performance.now() - t)); }})""")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    ap.add_argument("--runs", type=int, default=3, help="page opens per size (the median is printed)")
    args = ap.parse_args(argv)
    browser = Chromium(width=1600, height=1000)
    print(f"{'nodes':>7} {'links':>7} {'claims':>7} {'write s':>8} {'MB':>6} {'open s':>7} {'filter ms':>10} "
          f"{'replay ms':>10} {'redraw ms':>10} {'labels':>7}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in args.sizes:
                g = synthetic_nx(n)
                t = time.perf_counter()
                path = write_html(g, Path(tmp) / f"g{n}.html")
                write_s = time.perf_counter() - t
                opens, filters, replays, redraws, labels, links = [], [], [], [], 0, 0
                for _ in range(args.runs):
                    t = time.perf_counter()
                    page = Page(browser, path, timeout=600)
                    opens.append(time.perf_counter() - t)
                    links = int(page.eval("document.body.getAttribute('data-drawn-edges')"))
                    filters.append(timed_eval(page, "document.querySelector('[data-filter=\"status:denied\"]').click()"))
                    replays.append(timed_eval(page, "window.supplykg.setAsOf(0); window.supplykg.setAsOf("
                                                    "window.supplykg.asOfDates.length)"))
                    redraws.append(timed_eval(page, "window.supplykg.network.fit({animation: false})"))
                    labels = len(page.eval("window.supplykg.labels()"))
                    if page.errors:
                        print(f"page errors: {page.errors[:3]}", file=sys.stderr)
                    page.close()
                print(f"{g.number_of_nodes():>7} {links:>7} {g.number_of_edges():>7} {write_s:>8.1f} "
                      f"{path.stat().st_size / 1e6:>6.1f} {statistics.median(opens):>7.1f} "
                      f"{statistics.median(filters):>10.0f} {statistics.median(replays):>10.0f} "
                      f"{statistics.median(redraws):>10.0f} {labels:>7}")
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
