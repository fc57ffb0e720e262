"""The analyst's page in headless Chromium: merged links, the node panel, focus, filters, replay, labels, exports.

The articles are written for these tests (invented companies, one hostile name); the
page is built through the real mapping (facts -> RDF -> networkx -> HTML).
"""
from __future__ import annotations

import base64
import csv
import io

import networkx as nx
import pytest
from chromium_setup import BROWSER_MARKS, chromium  # noqa: F401  (chromium: the fixture)
from rdflib import Graph

from supplykg.extract.model import Article, Fact
from supplykg.graph.browser import Page
from supplykg.graph.network import to_networkx
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.render import STYLES, write_html

pytestmark = BROWSER_MARKS
EVIL = '=HYPERLINK("http://evil.example") <img src=x onerror="window.__pwned=1">'


def _facts(art: Article, *specs: dict) -> list[Fact]:
    out = []
    for spec in specs:
        spec = dict(spec)
        sentence = spec.pop("evidence", art.text)
        start = art.text.index(sentence)
        spec.setdefault("subject_type", "Company")
        spec.setdefault("object_type", "Company")
        out.append(Fact(article=art.id, evidence=sentence, start=start, end=start + len(sentence), **spec))
    return out


def analyst_graph() -> nx.MultiDiGraph:
    """Norvik supplies Helion (a wire story twice, an own report, a denial); Helion's other links."""
    wire = "Norvik Semiconductor supplies HBM3E memory to Helion Devices, people familiar with the matter said."
    arts = [
        (Article(id="wire_a.txt", text=wire, date="2024-03", source="https://a.example/1 (Daily Chip, Reuters)",
                 lang="en"), [dict(subject="Norvik Semiconductor", relation="supplies", object="Helion Devices",
                                   product="HBM3E")]),
        (Article(id="wire_b.txt", text=wire, date="2024-04", source="https://b.example/2 (Chip Weekly, Reuters)",
                 lang="en"), [dict(subject="Norvik Semiconductor", relation="supplies", object="Helion Devices",
                                   product="HBM3E")]),
        (Article(id="own.txt", text="Helion Devices buys its memory from Norvik Semiconductor.", date="2024-06",
                 source="Silicon Ledger", lang="en"),
         [dict(subject="Norvik Semiconductor", relation="supplies", object="Helion Devices")]),
        (Article(id="denial.txt", text="Helion Devices denied buying memory from Norvik Semiconductor.",
                 date="2024-09", source="Helion press office", lang="en"),
         [dict(subject="Norvik Semiconductor", relation="supplies", object="Helion Devices", status="denied")]),
        (Article(id="group.txt", text="Orca Holdings owns Helion Devices, which makes the Helio X1 and ordered "
                                      "20,000 Kappa K9 chips from Kappa Chips. Helion Devices supplies Pixel Forge. "
                                      + EVIL + " supplies Helion Devices.", date="2024-05", source="Paper Two",
                 lang="en"),
         [dict(subject="Orca Holdings", relation="parent_of", object="Helion Devices",
               evidence="Orca Holdings owns Helion Devices"),
          dict(subject="Helion Devices", relation="manufactures", object="Helio X1", object_type="Product",
               evidence="which makes the Helio X1"),
          dict(subject="Helion Devices", relation="ordered", object="Kappa K9", object_type="Product",
               supplier="Kappa Chips", quantity=20000, evidence="ordered 20,000 Kappa K9 chips from Kappa Chips"),
          dict(subject="Kappa Chips", relation="supplies", object="Helion Devices", product="Kappa K9",
               evidence="ordered 20,000 Kappa K9 chips from Kappa Chips"),
          dict(subject="Helion Devices", relation="supplies", object="Pixel Forge", status="planned",
               evidence="Helion Devices supplies Pixel Forge."),
          dict(subject=EVIL, relation="supplies", object="Helion Devices", evidence=EVIL + " supplies Helion Devices.")]),
    ]
    g = Graph()
    for art, specs in arts:
        g += article_to_graph(art, _facts(art, *specs))
    return to_networkx(g)


@pytest.fixture()
def page(chromium, tmp_path):
    g = analyst_graph()
    p = Page(chromium, write_html(g, tmp_path / "analyst.html", title="Analyst"))
    yield g, p
    p.close()


def counts(page: Page) -> tuple[int, int, int]:
    return tuple(int(page.eval(f"document.body.getAttribute('data-drawn-{k}')")) for k in ("nodes", "edges", "facts"))


def node_id(page: Page, label: str) -> int:
    return page.eval(f"window.supplykg.findNode({label!r})")


def test_one_link_per_fact_width_by_independent_sources_conflict_marked(page):
    g, p = page
    assert p.errors == []
    assert (g.number_of_nodes(), g.number_of_edges()) == (8, 10)
    assert counts(p) == (8, 7, 10)  # Norvik -> Helion: 4 claims, 1 link
    norvik = p.eval("window.supplykg.edges.get().find(e => e.background && e.background.enabled)")
    assert norvik["width"] == STYLES["width"]["min"] + 2 * STYLES["width"]["per_source"]  # 3 independent sources
    assert norvik["label"].startswith("\u26a0 supplies")
    text = p.eval(f"window.supplykg.edgeDetails({norvik['id']}).textContent")
    assert "4 facts in 4 articles, 3 independent sources" in text
    assert "denial: affirmed by 3 articles, denied by 1 article" in text
    for part in ("wire_a.txt", "wire_b.txt", "own.txt", "denial.txt", "Reuters", "Silicon Ledger", "2024-09",
                 "people familiar with the matter", "Helion Devices denied buying memory"):
        assert part in text
    # without the denial (status filter) two sources are left: the wire, counted once, and the Ledger
    p.eval("document.querySelector('[data-filter=\"status:denied\"]').click()")
    assert counts(p)[2] == 9
    assert p.eval(f"window.supplykg.link({norvik['id']})") == {
        "shown": True, "width": STYLES["width"]["min"] + STYLES["width"]["per_source"], "status": "asserted",
        "sources": 2, "facts": 3}
    p.eval("document.querySelector('[data-filter=\"status:asserted\"]').click()")
    assert counts(p) == (2, 1, 1)  # only the planned Helion -> Pixel Forge is left
    assert p.errors == []


def test_clicking_a_node_lists_its_suppliers_customers_products_and_owners(page):
    _, p = page
    helion = node_id(p, "Helion Devices")
    p.eval(f"window.supplykg.network.fit({{animation: false}}); window.supplykg.network.focus({helion}, "
           "{scale: 1, animation: false}); 1")
    x, y = p.eval(f"""(() => {{ const n = window.supplykg.network, pos = n.canvasToDOM(n.getPosition({helion}));
        const r = document.getElementById('skg-graph').getBoundingClientRect(); return [pos.x + r.left, pos.y + r.top]; }})()""")
    p.click(x, y)
    p.wait_for("document.querySelector('#skg-details .nb') !== null", 5)
    listed = p.eval("""Object.fromEntries([...document.querySelectorAll('#skg-details .nb')].map(s =>
        [s.dataset.kind, [...s.querySelectorAll('li')].map(li => li.dataset.name + ':' + li.dataset.facts)]))""")
    assert listed == {
        "suppliers": ["Norvik Semiconductor:4", "Kappa Chips:2", EVIL + ":1"],
        "customers": ["Pixel Forge:1"],
        "products": ["Helio X1:1", "Kappa K9:1"],
        "owners": ["Orca Holdings:1"],
    }
    # a name in the panel selects that node
    p.eval("[...document.querySelectorAll('#skg-details li')].find(li => li.dataset.name === 'Orca Holdings')"
           ".querySelector('button').click()")
    assert p.eval("window.supplykg.network.getSelectedNodes()") == [node_id(p, "Orca Holdings")]
    assert "subsidiaries (1)" in p.eval("document.getElementById('skg-details').textContent")
    assert p.errors == []


def test_focus_on_n_hops(page):
    g, p = page
    pixel = node_id(p, "Pixel Forge")
    p.eval(f"window.supplykg.focusOn({pixel}, 1)")
    assert counts(p) == (2, 1, 1)  # Pixel Forge and its supplier
    assert p.eval("document.getElementById('skg-focus-text').textContent") == "2 nodes within 1 hop of Pixel Forge"
    p.eval(f"window.supplykg.focusOn({pixel}, 2)")
    assert counts(p) == (8, 7, 10)  # and everything around Helion Devices
    p.eval(f"window.supplykg.focusOn({node_id(p, 'Helio X1')}, 1)")
    assert counts(p) == (2, 1, 1)
    p.eval("document.getElementById('skg-focus-clear').click()")
    assert counts(p) == (8, 7, 10)


def test_replay_as_of_a_date(page):
    g, p = page
    assert p.eval("window.supplykg.asOfDates") == ["2024-03", "2024-04", "2024-05", "2024-06", "2024-09"]
    p.eval("window.supplykg.setAsOf(0)")
    assert counts(p) == (2, 1, 1)  # March: the first wire story only
    assert p.eval("document.getElementById('skg-asof-label').textContent") == "published by 2024-03"
    p.eval("window.supplykg.setAsOf(1)")
    assert counts(p)[1:] == (1, 2)  # its republication: same link, width unchanged (one source)
    norvik = p.eval("window.supplykg.edges.get().find(e => e.background).id")
    assert p.eval(f"window.supplykg.link({norvik}).width") == STYLES["width"]["min"]
    p.eval("window.supplykg.setAsOf(5)")
    assert counts(p) == (8, 7, 10)
    p.eval("const f = document.getElementById('skg-date-from'); f.value = '2024-06'; f.dispatchEvent(new Event('change'))")
    assert counts(p)[2] == 2  # the Ledger's and the denial's
    assert p.errors == []


def test_labels_are_readable_at_the_fitted_zoom(page):
    g, p = page
    p.eval("window.supplykg.network.fit({animation: false}); window.supplykg.network.redraw(); 1")
    labels = p.eval("window.supplykg.labels()")
    assert labels and all(label["px"] >= STYLES["labels"]["min_px"] for label in labels)
    texts = {label["text"] for label in labels}
    assert {"Helion Devices", "Norvik Semiconductor"} <= texts
    assert any(label["hub"] and label["text"] == "Helion Devices" for label in labels)
    boxes = [(label["x"], label["y"]) for label in labels]
    assert len(set(boxes)) == len(boxes)
    # zoomed far out, only hubs keep a label, still at a readable size
    p.eval("window.supplykg.network.moveTo({scale: 0.05}); window.supplykg.network.redraw(); 1")
    far = p.eval("window.supplykg.labels()")
    assert far and all(label["hub"] and label["px"] >= STYLES["labels"]["min_px"] for label in far)


def test_export_png_and_csv_of_the_view(page):
    _, p = page
    url = p.eval("window.supplykg.exportPng({download: false})")
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    p.eval("document.querySelector('[data-filter=\"status:denied\"]').click()")
    rows = list(csv.DictReader(io.StringIO(p.eval("window.supplykg.exportCsv({download: false})"))))
    assert len(rows) == 9 and {r["status"] for r in rows} == {"asserted", "planned"}
    assert rows[0].keys() >= {"subject", "relation", "object", "product", "status", "article", "source", "evidence"}
    evil = next(r for r in rows if "HYPERLINK" in r["subject"])
    assert evil["subject"] == "'" + EVIL  # a spreadsheet shows it as text, never runs it
    # the buttons download through the page's own links (no network; CSP allows it)
    p.eval("document.getElementById('skg-export-csv').click(); document.getElementById('skg-export-png').click(); 1")
    assert p.eval("typeof window.__pwned") == "undefined"
    assert p.errors == []
