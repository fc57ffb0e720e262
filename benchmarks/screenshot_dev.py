"""Screenshot of the page for a folder of articles (by default the shared dev set), as an analyst first sees it.

Builds the articles into a throwaway store with the real extractor, writes the page, opens
it in headless Chromium, waits for the layout to settle and the view to fit, and saves the
window as a PNG. Prints what is on screen: nodes, links and facts (claims merged into links),
and the labels drawn at the fitted zoom with their size on screen. The articles are others'
journalism: the script reads them where they are and the PNG is not committed.

    python benchmarks/screenshot_dev.py [ARTICLES] [-o dev-graph.png] [--html dev-graph.html]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from supplykg import api
from supplykg.graph.browser import Chromium, Page
from supplykg.graph.render import write_html

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(DEV), help=f"folder of articles (default {DEV})")
    ap.add_argument("-o", "--output", default="dev-graph.png", help="the PNG to write")
    ap.add_argument("--html", help="also keep the page here")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1000)
    args = ap.parse_args(argv)
    if not Path(args.articles).is_dir():
        print(f"no folder {args.articles}; pass the articles' folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        report = api.build([args.articles], store=str(Path(tmp) / "store"))
        g = api.to_networkx(str(Path(tmp) / "store"))
        page_path = write_html(g, Path(tmp) / "graph.html", title="supplykg: development articles")
        if args.html:
            shutil.copyfile(page_path, args.html)
        browser = Chromium(width=args.width, height=args.height)
        try:
            page = Page(browser, page_path, timeout=60)
            page.wait_for("window.supplykg.network.physics.stabilized !== false", 30)
            page.eval("window.supplykg.network.fit({animation: false}); window.supplykg.network.redraw(); 1")
            counts = {k: page.eval(f"document.body.getAttribute('data-drawn-{k}')") for k in ("nodes", "edges", "facts")}
            labels = page.eval("window.supplykg.labels()")
            scale = page.eval("window.supplykg.network.getScale()")
            page.screenshot(args.output)
            errors = page.errors
        finally:
            browser.close()
    print(f"{len(report.added)} articles, {sum(report.facts.values())} facts extracted")
    print(f"on screen: {counts['nodes']} nodes, {counts['edges']} links carrying {counts['facts']} facts "
          f"({g.number_of_edges() - int(counts['edges'])} parallel edges merged)")
    sizes = sorted(label["px"] for label in labels)
    print(f"fitted zoom {scale:.2f}: {len(labels)} labels drawn ({sum(x['hub'] for x in labels)} hubs), "
          f"{sizes[0] if sizes else 0}-{sizes[-1] if sizes else 0} px on screen")
    print(f"screenshot: {args.output}" + (f"; page errors: {errors}" if errors else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
