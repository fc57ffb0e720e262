"""The page in real headless Chromium: offline, error-free, complete, and inert to hostile articles.

Chromium is driven through the DevTools protocol (:mod:`supplykg.graph.browser`). Skipped
when Chromium is missing (``apt-get install chromium``; ``SUPPLYKG_CHROMIUM`` points elsewhere).
"""
from __future__ import annotations


import networkx as nx
import pytest
from chromium_setup import BROWSER_MARKS, CHROMIUM, chromium  # noqa: F401  (chromium: the fixture)

from supplykg.extract.model import Article, Fact
from supplykg.graph.browser import Page
from supplykg.graph.network import EDGE_FIELDS, to_networkx
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.render import write_html

pytestmark = BROWSER_MARKS

TITLE = "Seeds"
PAYLOAD = "\"><img src=x onerror=\"document.title='pwned'\"><script>window.__pwned=1</script>"
SENTENCE = ("ByteDance a commandé plus de 100 000 puces Ascend 910B cette année, mais en a reçu moins de 30 000 "
            "en juillet, ont indiqué deux des sources.")


def seed_graph() -> nx.MultiDiGraph:
    art = Article(id="000_seed.txt", text=SENTENCE + PAYLOAD, date="2024-09", lang="fr", title=PAYLOAD)
    base = dict(article=art.id, subject_type="Company", evidence=SENTENCE, start=0, end=len(SENTENCE))
    facts = [
        Fact(subject="Huawei", relation="delivered", object="ByteDance", object_type="Company", product="Ascend 910B",
             quantity=30000, quantity_qualifier="fewer_than", date="2024-07", **base),
        Fact(subject="ByteDance", relation="ordered", object="Ascend 910B", object_type="Product", supplier="Huawei",
             quantity=100000, quantity_qualifier="more_than", date="2024", **base),
        Fact(subject="Nvidia", relation="supplies", object="ByteDance", object_type="Company", product="H20", **base),
        Fact(subject="Microsoft", relation="supplies", object="ByteDance", object_type="Company", **base),
        Fact(subject="Huawei", relation="manufactures", object="Ascend 910B", object_type="Product",
             status="rumoured", **base),
        Fact(subject=PAYLOAD, relation="supplies", object="ByteDance", object_type="Company", status="denied",
             **{**base, "evidence": PAYLOAD}),
    ]
    return to_networkx(article_to_graph(art, facts))


@pytest.fixture(scope="module")
def seed_page(chromium, tmp_path_factory):
    g = seed_graph()
    path = write_html(g, tmp_path_factory.mktemp("page") / "seed.html", title=TITLE)
    return g, Page(chromium, path)


def drawn(page: Page) -> tuple[int, int]:
    return (int(page.eval("document.body.getAttribute('data-drawn-nodes')")),
            int(page.eval("document.body.getAttribute('data-drawn-edges')")))


def test_loads_offline_without_errors_and_draws_everything(seed_page):
    g, page = seed_page
    assert page.errors == []
    assert page.requests and all(u.startswith(("file:", "data:", "blob:")) for u in page.requests), page.requests
    assert drawn(page) == (g.number_of_nodes(), g.number_of_edges())
    assert page.eval("vis.network ? 'ok' : ''") == "ok"


def test_hostile_article_shows_as_text_and_runs_nothing(seed_page):
    g, page = seed_page
    hostile = next(i for i, (_, _, d) in enumerate(g.edges(data=True)) if d["status"] == "denied")
    page.eval(f"window.supplykg.showEdge({hostile})")
    text = page.eval("document.getElementById('skg-details').textContent")
    assert PAYLOAD in text  # the sentence, the subject's name: as text
    assert page.eval("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.eval("document.scripts.length") == 3
    assert page.eval("document.title") == TITLE
    assert page.eval("typeof window.__pwned") == "undefined"
    assert page.errors == []


def test_tooltip_of_the_delivery_reads_like_the_article(seed_page):
    g, page = seed_page
    delivery = next(i for i, (_, _, d) in enumerate(g.edges(data=True)) if d["relation"] == "delivered")
    text = page.eval(f"window.supplykg.edgeDetails({delivery}).textContent")
    for part in ("Huawei → ByteDance", "moins de 30 000", "2024-07", "Ascend 910B", SENTENCE, "000_seed.txt"):
        assert part in text
    # a real hover on the edge's midpoint shows the same text in the tooltip
    point = page.eval(f"""(() => {{ const n = window.supplykg.network, e = n.body.edges[{delivery}];
        const p = e.edgeType.getPoint(0.5); const d = n.canvasToDOM(p);
        const r = document.getElementById('skg-graph').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }})()""")
    page.mouse(*point)
    page.wait_for("!document.getElementById('skg-tip').hidden", 3)
    assert "moins de 30 000" in page.eval("document.getElementById('skg-tip').textContent")


def test_status_and_date_filters(seed_page):
    g, page = seed_page
    n, m = g.number_of_nodes(), g.number_of_edges()
    page.eval("document.querySelector('[data-filter=\"status:denied\"]').click()")
    assert drawn(page) == (n - 1, m - 1)  # the hostile company only had the denied fact
    page.eval("document.querySelector('[data-filter=\"status:denied\"]').click()")
    assert drawn(page) == (n, m)
    page.eval("const f = document.getElementById('skg-date-from'); f.value = '2024-08';"
              "f.dispatchEvent(new Event('change'))")
    assert drawn(page)[1] == m - 1  # only the July delivery ends before August (undated ones use 2024-09)
    page.eval("const t = document.getElementById('skg-date-from'); t.value = ''; t.dispatchEvent(new Event('change'))")
    assert drawn(page) == (n, m)
    assert page.errors == []


def test_search_finds_and_selects(seed_page):
    _, page = seed_page
    page.eval("const s = document.getElementById('skg-search'); s.value = 'bytedance';"
              "s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))")
    assert page.eval("document.getElementById('skg-search-result').textContent") == "1 found"
    assert page.eval("window.supplykg.network.getSelectedNodes().length") == 1
    assert "ByteDance" in page.eval("document.getElementById('skg-details').textContent")


def test_csp_blocks_injected_handlers(seed_page):
    """Defence in depth: even markup injected some other way cannot run inline handlers."""
    _, page = seed_page
    page.eval("window.__violations = []; document.addEventListener('securitypolicyviolation',"
              " e => window.__violations.push(e.effectiveDirective)); 1")
    page.eval("const d = document.createElement('div'); d.innerHTML = '<img src=\"data:,x\" onerror=\"window.__csp=1\">"
              "<img src=\"x\" onload=\"window.__csp=2\">'; document.body.appendChild(d); 1")
    # The broken data: image fires its error event; the policy refusing the handler is reported.
    page.wait_for("window.__violations.some(d => d.startsWith('script-src'))", 5)
    assert page.eval("typeof window.__csp") == "undefined"
    assert "img-src" in page.eval("window.__violations")  # src="x" is not even fetched


def big_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    base = nx.gnm_random_graph(n, int(n * 1.5), seed=seed, directed=True)
    g = nx.MultiDiGraph()
    for i in base.nodes:
        g.add_node(f"n{i}", label=f"Company {i}", type="Company" if i % 5 else "Product")
    for k, (u, v) in enumerate(base.edges):
        d = dict.fromkeys(EDGE_FIELDS)
        d.update(relation="supplies", status=("asserted", "planned", "rumoured", "denied")[k % 4],
                 evidence=f"Company {u} supplies Company {v}.", article=f"a{k % 50}.txt", date="2024-0%d" % (k % 9 + 1))
        g.add_edge(f"n{u}", f"n{v}", key=f"c{k}", **d)
    return g


def test_five_thousand_nodes_open_and_stay_usable(chromium, tmp_path):
    g = big_graph(5000)
    path = write_html(g, tmp_path / "big.html")
    page = Page(chromium, path, timeout=60)  # a bound on waiting, not a speed check: see benchmarks/
    assert drawn(page) == (g.number_of_nodes(), g.number_of_edges())
    assert page.eval("window.supplykg.network.physics.physicsEnabled") is False
    scale = page.eval("(() => { const n = window.supplykg.network; n.moveTo({scale: 0.5}); n.redraw();"
                      "return n.getScale(); })()")
    assert scale == 0.5
    assert page.errors == []


def test_png_snapshot(tmp_path):
    from supplykg.graph.render import write_png

    page = write_html(seed_graph(), tmp_path / "seed.html")
    png = write_png(page, tmp_path / "seed.png", width=800, height=600, wait_ms=3000, chromium=CHROMIUM)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert int.from_bytes(data[16:20], "big") == 800  # the IHDR width
