"""The HTML page without a browser: self-contained, escaped, styled, laid out for size."""
from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from supplykg.extract.model import Article, Fact
from supplykg.graph.network import EDGE_FIELDS, to_networkx
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.render import (STYLES, build_network, load_styles, quantity_text, radial_layout, render_html,
                                   script_json, write_html)

SENTENCE = "ByteDance a commandé plus de 100 000 puces Ascend 910B, mais en a reçu moins de 30 000 en juillet."
HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> & \u2028 end"


def seed_like() -> nx.MultiDiGraph:
    art = Article(id="000_seed.txt", text=SENTENCE + " " + HOSTILE, date="2024-09", lang="fr", title=HOSTILE)
    base = dict(article=art.id, subject_type="Company", evidence=SENTENCE, start=0, end=len(SENTENCE))
    facts = [
        Fact(subject="Huawei", relation="delivered", object="ByteDance", object_type="Company", product="Ascend 910B",
             quantity=30000, quantity_qualifier="fewer_than", date="2024-07", **base),
        Fact(subject="ByteDance", relation="ordered", object="Ascend 910B", object_type="Product", supplier="Huawei",
             quantity=100000, quantity_qualifier="more_than", date="2024", **base),
        Fact(subject="Nvidia", relation="supplies", object="ByteDance", object_type="Company", product="H20",
             status="rumoured", **base),
        Fact(subject=HOSTILE, relation="supplies", object="ByteDance", object_type="Company", status="denied",
             **{**base, "evidence": HOSTILE, "end": len(HOSTILE)}),
    ]
    return to_networkx(article_to_graph(art, facts))


def payload(html: str) -> dict:
    """The page's data with its {cols, rows} tables turned back into lists of dicts, as the page does."""
    m = re.search(r'<script type="application/json" id="skg-data">(.*?)</script>', html, re.S)
    assert m, "no data block"
    data = json.loads(m.group(1))
    for k in ("nodes", "edges", "claims", "articles"):
        t = data[k]
        data[k] = [{c: v for c, v in zip(t["cols"], row) if v is not None} for row in t["rows"]]
    return data


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(seed_like(), title="Seeds <b>& co</b>")


def test_page_loads_nothing_from_outside(html):
    markup = re.sub(r"(<script[^>]*>).*?</script>", r"\1", html, flags=re.S)  # vis-network's JS says "<script>"
    tags = re.findall(r"<(script|link|img|iframe|object|embed|base)\b([^>]*)>", markup, re.I)
    assert [t for t, _ in tags] == ["script", "script", "script"]
    assert not any("src" in attrs.lower() for _, attrs in tags)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "@import" not in html and "sourceMappingURL" not in html
    assert "bootstrap" not in markup.lower()


def test_csp_allows_only_the_page_scripts(html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline'" not in csp.split(";")[1]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_article_text_is_escaped(html):
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "\u2028" not in html and "\u2029" not in html
    assert "<title>Seeds &lt;b&gt;&amp; co&lt;/b&gt;</title>" in html
    data = payload(html)  # ... and comes back intact as data
    assert HOSTILE in data["sentences"]
    assert HOSTILE in [n["label"] for n in data["nodes"]]
    assert data["articles"][0]["headline"] == HOSTILE


def test_script_json_escapes_breakouts():
    text = script_json({"a": "</script><!-- & \u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}


def test_tooltip_data_for_the_delivery(html):
    data = payload(html)
    i = next(n for n, e in enumerate(data["edges"]) if e["relation"] == "delivered")
    (c,) = data["edges"][i]["claims"]
    info = data["claims"][c]
    assert (info["quantity"], info["date"], info["product"]) == ("moins de 30 000", "2024-07", "Ascend 910B")
    assert data["sentences"][info["s"]] == SENTENCE
    assert data["articles"][info["a"]]["article"] == "000_seed.txt"
    assert data["edges"][i]["label"] == "delivered (Ascend 910B)"
    assert (info["e"], info["g"], info["status"], info["when"], info["seen"]) == (i, 0, "asserted", "2024-07", "2024-09")


@pytest.mark.parametrize("q, qual, lang, want", [
    (30000, "fewer_than", "fr", "moins de 30 000"),
    (100000, "more_than", "fr", "plus de 100 000"),
    (100000, "more_than", "en", "more than 100,000"),
    (500, "about", "en-GB", "about 500"),
    (30000, "exact", "fr", "30 000"),
    (30000, None, None, "30,000"),
    (12, "fewer_than", "de", "fewer than 12"),
    (None, "fewer_than", "fr", None),
])
def test_quantity_text(q, qual, lang, want):
    assert quantity_text(q, qual, lang) == want


def test_nodes_styled_by_type_and_sized_by_degree():
    g = seed_like()
    net, side = build_network(g)
    by_label = {n["label"]: n for n in net.nodes}
    assert by_label["Ascend 910B"]["shape"] == STYLES["nodes"]["Product"]["shape"]
    assert by_label["Huawei"]["color"] == STYLES["nodes"]["Company"]["color"]
    assert by_label["ByteDance"]["size"] > by_label["Huawei"]["size"]
    assert net.options["physics"]["enabled"] is True
    assert "x" not in by_label["Huawei"]
    assert len(net.edges) == len(side["claims"]) == g.number_of_edges()  # no two claims share a link here


def test_large_graph_gets_positions_and_no_physics():
    g = seed_like()
    net, side = build_network(g, physics_threshold=3)
    assert side["large"] and net.options["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in net.nodes)
    assert all("label" not in e for e in net.edges)
    assert net.options["edges"]["smooth"] is False


def test_radial_layout_is_deterministic_and_separates_nodes():
    g = nx.gnm_random_graph(400, 500, seed=3)
    g.add_nodes_from(range(400, 420))  # isolated nodes
    pos = radial_layout(g)
    assert set(pos) == set(g.nodes)
    assert len(set(pos.values())) == len(pos)
    assert radial_layout(g) == pos


def test_write_html(tmp_path):
    path = write_html(seed_like(), tmp_path / "g.html")
    assert path.read_text("utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match=r"\.html"):
        write_html(seed_like(), tmp_path / "g.png")


def test_write_html_replaces_the_page_whole_or_not_at_all(tmp_path, monkeypatch):
    """A failure while writing leaves the earlier page as it was, and no temporary file behind."""
    import os

    path = write_html(seed_like(), tmp_path / "g.html")
    before = path.read_bytes()
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate cannot be written as UTF-8
        write_html(seed_like(), path, title="broken \udc80 title")
    assert path.read_bytes() == before

    def interrupted(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(OSError, match="No space"):
        write_html(nx.MultiDiGraph(), path, title="another page")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]


def test_write_html_files_get_the_usual_permissions(tmp_path):
    """Mode 0o666 less the umask, as for any file the user writes (not tempfile's 0o600); a replaced file keeps its mode."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        fresh = write_html(seed_like(), tmp_path / "fresh.html")
        kept = tmp_path / "kept.html"
        kept.write_text("old page")
        kept.chmod(0o664)
        write_html(seed_like(), kept)
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o664 and kept.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_empty_graph_renders(tmp_path):
    data = payload(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["claims"] == []


def test_style_overrides(tmp_path):
    custom = tmp_path / "s.json"
    custom.write_text(json.dumps({"nodes": {"Company": {"label": "Firm", "color": "#000000", "shape": "box"}}}))
    styles = load_styles(custom)
    assert styles["nodes"]["Company"]["shape"] == "box" and styles["nodes"]["Product"] == STYLES["nodes"]["Product"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"colours": {}}')
    with pytest.raises(ValueError, match="unknown sections colours"):
        load_styles(bad)


def test_every_edge_field_reaches_the_page_or_is_deliberately_left():
    """Guard: a new projection field is either shown in the tooltip data or listed here as not needed."""
    shown = {"relation", "status", "product", "supplier", "quantity", "quantity_qualifier", "value", "date",
             "confidence", "evidence", "start", "end", "article", "article_date", "headline", "url", "lang",
             "origin", "source"}
    not_needed = {"product_iri", "supplier_iri", "article_iri", "currency"}
    assert set(EDGE_FIELDS) == shown | not_needed


def test_claims_of_one_link_become_one_edge_with_their_sources_and_conflicts():
    """Three articles, one fact: one edge listing three claims; a wire and its republication are one source."""
    wire = "Norvik supplies Helion, sources said."
    g = nx.MultiDiGraph()
    for art, source, status, date in (("a.txt", "Reuters", "asserted", "2024-01"), ("b.txt", "reuters", "asserted",
                                      "2024-02"), ("c.txt", "Ledger", "denied", "2024-03")):
        g.add_node("urn:n", label="Norvik", type="Company")
        g.add_node("urn:h", label="Helion", type="Company")
        d = dict.fromkeys(EDGE_FIELDS)
        d.update(relation="supplies", status=status, evidence=wire if status == "asserted" else "Helion denied it.",
                 article=art, article_iri=f"urn:{art}", article_date=date, origin=source)
        g.add_edge("urn:n", "urn:h", key=f"urn:claim:{art}", **d)
    net, side = build_network(g)
    (edge,) = net.edges
    assert edge["claims"] == [0, 1, 2] and edge["label"] == "\u26a0 supplies"
    assert [c["g"] for c in side["claims"]] == [0, 0, 1]
    assert edge["conflicts"] == [{"kind": "denial", "note": "affirmed by 2 articles, denied by 1 article",
                                  "sides": [["affirmed", [0, 1]], ["denied", [2]]]}]
    assert [a["origin"] for a in side["articles"]] == ["Reuters", "reuters", "Ledger"]
