"""The company–chip graph as ONE self-contained, offline HTML page.

pyvis holds the vis-network node and edge data (``net.nodes`` / ``net.edges``
filled directly: ``Network.add_node`` checks membership in a list and grows
quadratically, 214 s for 50k nodes), but the page comes from our own template
(``templates/page.html``), which inlines vis-network 9.1.2 from the pyvis wheel
and loads nothing from anywhere: no CDN, no bootstrap, no fonts.

Safety: everything read from articles (labels, sentences, headlines, URLs)
travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``,
``&``, U+2028 and U+2029 escaped, and the page script shows it only through
``textContent`` (no vis ``title``, no ``innerHTML``). A Content-Security-Policy
allows only the page's own scripts, by hash, and no network at all.

Large graphs: above ``physics_threshold`` nodes the browser's force layout
freezes the tab (pyvis issue #204), so positions are computed here
(:func:`radial_layout`, linear time), physics is off, edge labels, curves and
dashes are dropped (statuses keep their colour and opacity) and edges hide while
dragging. Dashes matter most: Chromium strokes each dash, and a 50k-node page
took 87 s to open and 30 s per redraw with them, 8 s and 0.6 s without.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import subprocess
import tempfile
from collections import defaultdict, deque
from collections.abc import Hashable
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from supplykg.graph.files import write_atomic
from supplykg.graph.links import Link, links

# Tunables, in one place.
DEFAULT_PHYSICS_THRESHOLD = 1500
VIS_ASSET_DIR = "lib/vis-9.1.2"  # inside the pyvis wheel
STABILISATION_ITERATIONS = 400
EDGE_LABEL_MIN_PX = 9
IMPROVED_LAYOUT_MAX_NODES = 100  # vis's clustering pre-layout is slow and noisy beyond this
RING_SPACING = 160.0  # radial layout: distance between BFS rings
NODE_SPACING = 36.0  # radial layout: minimal arc between neighbours on a ring
COMPONENT_GAP = 120.0

QUALIFIER_WORDS: dict[str, dict[str, str]] = {
    "fr": {"more_than": "plus de", "fewer_than": "moins de", "about": "environ", "exact": ""},
    "en": {"more_than": "more than", "fewer_than": "fewer than", "about": "about", "exact": ""},
}
THOUSANDS: dict[str, str] = {"fr": " ", "en": ","}


# The style table, keyed by ontology class local name (skg:Company -> "Company"; "Entity" is the
# fallback), by claim relation and by status. A status colour overrides the relation colour; dashes is
# vis-network's dash array (False = solid; large graphs draw every edge solid, see the module docstring)
# and opacity tells statuses apart there. Node size = min + per_sqrt_degree * sqrt(facts), capped.
# A dict rather than a packaged JSON file: package data for templates ships *.html/*.js/*.css only.
STYLES: dict[str, Any] = {
    "nodes": {
        "Company": {"label": "Company", "color": "#2b7bba", "shape": "dot"},
        "Product": {"label": "Product", "color": "#e69f00", "shape": "diamond"},
        "Government": {"label": "Government", "color": "#c0392b", "shape": "square"},
        "Entity": {"label": "Other", "color": "#7f8c8d", "shape": "dot"},
    },
    "relations": {
        "supplies": {"label": "supplies", "color": "#1f77b4"},
        "delivered": {"label": "delivered", "color": "#2ca02c"},
        "ordered": {"label": "ordered", "color": "#9467bd"},
        "manufactures": {"label": "manufactures", "color": "#8c564b"},
        "uses": {"label": "uses", "color": "#e377c2"},
        "parent_of": {"label": "parent of", "color": "#17becf"},
        "restricts_export": {"label": "restricts export", "color": "#d62728"},
        "_other": {"label": "other", "color": "#7f7f7f"},
    },
    "statuses": {
        "asserted": {"label": "asserted", "dashes": False, "width": 2, "opacity": 1.0},
        "planned": {"label": "planned", "dashes": [14, 4, 2, 4], "width": 1.5, "opacity": 0.8},
        "rumoured": {"label": "rumoured", "dashes": [2, 5], "width": 1.5, "opacity": 0.55},
        "denied": {"label": "denied", "dashes": [8, 6], "width": 1, "color": "#a0a0a0", "opacity": 0.7},
    },
    "size": {"min": 8, "per_sqrt_degree": 4, "max": 48},
    # A link's width grows with its independent sources among the claims on screen.
    "width": {"min": 1.5, "per_source": 1.5, "max": 9},
    "conflict": {"label": "conflict", "mark": "\u26a0", "color": "rgba(214,39,40,0.35)", "size": 10},
    # Labels drawn by the page at a fixed size on screen (px), in order of degree: the hubs (the
    # top share of nodes, within hubs_min..hubs_max) always, others when their node is at least
    # min_node_px wide on screen and the label does not overlap one already drawn.
    "labels": {"px": 12, "min_px": 11, "max_px": 17, "hub_extra": 2, "hub_share": 0.02, "hubs_min": 5,
               "hubs_max": 30, "min_node_px": 3, "max_count": 300, "max_chars": 40},
}
#: Article fields the page shows.
ARTICLE_FIELDS: tuple[str, ...] = ("article", "headline", "article_date", "url", "lang", "origin", "source")


def load_styles(path: str | Path | None = None) -> dict[str, Any]:
    """The style table: :data:`STYLES`, with the sections of the JSON file at ``path`` laid over it."""
    styles = json.loads(json.dumps(STYLES))  # a deep copy callers may change
    if path is None:
        return styles
    try:
        custom = json.loads(Path(path).read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read style table {path}: {exc}") from None
    unknown = set(custom) - set(STYLES) - {"_doc"}
    if unknown:
        raise ValueError(f"style table {path} has unknown sections {', '.join(sorted(unknown))}; "
                         f"expected some of {', '.join(STYLES)}")
    for section, entries in custom.items():
        if section in styles:
            styles[section].update(entries)
    return styles


def quantity_text(quantity: int | None, qualifier: str | None, lang: str | None = None) -> str | None:
    """A quantity as the article would say it: ("fewer_than", 30000, "fr") -> "moins de 30 000"."""
    if quantity is None:
        return None
    lang = (lang or "en").split("-")[0].lower()
    words = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"])
    number = f"{int(quantity):,}".replace(",", THOUSANDS.get(lang, ","))
    word = words.get(qualifier or "exact", (qualifier or "").replace("_", " "))
    return f"{word} {number}" if word else number


def radial_layout(g: nx.Graph) -> dict[Hashable, tuple[float, float]]:
    """Positions in linear time: each component as rings around its best-connected node, components
    packed in rows, largest first. Deterministic; used where force layout would freeze the browser."""
    adj: dict[Hashable, set[Hashable]] = {n: set() for n in g.nodes}
    for u, v in g.edges():
        if u != v:
            adj[u].add(v)
            adj[v].add(u)
    order = sorted(adj, key=lambda n: (-len(adj[n]), str(n)))
    seen: set[Hashable] = set()
    comps: list[tuple[float, dict[Hashable, tuple[float, float]]]] = []
    for root in order:
        if root in seen:
            continue
        seen.add(root)
        parent: dict[Hashable, Hashable | None] = {root: None}
        depth = {root: 0}
        bfs = [root]
        queue = deque([root])
        while queue:
            n = queue.popleft()
            for m in sorted(adj[n], key=str):
                if m not in seen:
                    seen.add(m)
                    parent[m], depth[m] = n, depth[n] + 1
                    bfs.append(m)
                    queue.append(m)
        children: dict[Hashable, list[Hashable]] = defaultdict(list)
        for n in bfs[1:]:
            children[parent[n]].append(n)
        leaves: dict[Hashable, int] = {}
        for n in reversed(bfs):  # children before parents
            leaves[n] = sum(leaves[c] for c in children[n]) or 1
        per_ring: dict[int, int] = defaultdict(int)
        for n in bfs:
            per_ring[depth[n]] += 1
        radius = {0: 0.0}
        for d in range(1, max(per_ring) + 1):
            radius[d] = max(radius[d - 1] + RING_SPACING, per_ring[d] * NODE_SPACING / (2 * math.pi))
        span = {root: (0.0, 2 * math.pi)}
        pos: dict[Hashable, tuple[float, float]] = {}
        for n in bfs:
            a0, a1 = span[n]
            mid, r = (a0 + a1) / 2, radius[depth[n]]
            pos[n] = (r * math.cos(mid), r * math.sin(mid))
            total = sum(leaves[c] for c in children[n])
            cursor = a0
            for c in children[n]:
                width = (a1 - a0) * leaves[c] / total
                span[c] = (cursor, cursor + width)
                cursor += width
        comps.append((radius[max(per_ring)] + NODE_SPACING, pos))
    comps.sort(key=lambda rc: -rc[0])
    row_width = math.sqrt(sum((2 * r + COMPONENT_GAP) ** 2 for r, _ in comps)) * 1.2
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for r, pos in comps:
        if x > 0 and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height + COMPONENT_GAP, 0.0
        cx, cy = x + r, y + r
        for n, (px, py) in pos.items():
            out[n] = (round(cx + px, 1), round(cy + py, 1))
        x += 2 * r + COMPONENT_GAP
        row_height = max(row_height, 2 * r)
    return out


def _link_label(link: Link, styles: dict[str, Any]) -> str:
    name = styles["relations"].get(link.relation, {}).get("label", link.relation)
    products = link.products
    text = f"{name} ({', '.join(products[:3])}{', …' if len(products) > 3 else ''})" if products else name
    return f"{styles['conflict']['mark']} {text}" if link.conflicts else text


def build_network(g: nx.MultiDiGraph, *, styles: dict[str, Any] | None = None,
                  physics_threshold: int = DEFAULT_PHYSICS_THRESHOLD) -> tuple[Any, dict[str, Any]]:
    """The pyvis Network holding vis-network data for ``g``, and the page's side data.

    ``net.nodes``: ``{id, label, shape, color, size, type[, x, y]}`` (ids are ints, in
    node order); ``net.edges``: one per link (subject, relation, object, see
    :mod:`supplykg.graph.links`): ``{id, from, to, relation, claims[, label][, conflicts]}``,
    ``claims`` the indices of its claims; ``net.options``: vis-network options. The side
    data holds one record per claim (``claims``: status, dates, figures, its independent
    source ``g`` within the link, article ``a`` and sentence ``s``, articles and sentences
    de-duplicated) and the node IRIs. The page works out widths and styles from the claims
    a filter leaves, so they follow the filters.
    """
    from pyvis.network import Network  # imported here: it pulls in IPython and jinja2

    styles = styles or load_styles()
    node_style, size = styles["nodes"], styles["size"]
    large = g.number_of_nodes() > physics_threshold
    index = {n: i for i, n in enumerate(g.nodes)}
    degree = dict(g.degree())
    pos = radial_layout(g) if large else {}

    net = Network(directed=True, height="100%", width="100%")
    nodes: list[dict[str, Any]] = []
    for n, d in g.nodes(data=True):
        kind = d.get("type") if d.get("type") in node_style else "Entity"
        st = node_style[kind]
        rec = {"id": index[n], "label": str(d.get("label") or n), "shape": st["shape"], "color": st["color"],
               "size": round(min(size["max"], size["min"] + size["per_sqrt_degree"] * math.sqrt(degree[n])), 1),
               "type": kind}
        if large:
            rec["x"], rec["y"] = pos[n]
        nodes.append(rec)

    articles: dict[str, int] = {}
    article_rows: list[dict[str, Any]] = []
    sentences: dict[str, int] = {}
    edges: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for e, link in enumerate(links(g)):
        first = len(claims)
        for k, d in link.claims:
            akey = d.get("article_iri") or d.get("article") or ""
            if akey not in articles:
                articles[akey] = len(article_rows)
                article_rows.append({f: d.get(f) for f in ARTICLE_FIELDS if d.get(f) is not None})
            ev = d.get("evidence")
            if ev is not None and ev not in sentences:
                sentences[ev] = len(sentences)
            row = {"e": e, "status": d.get("status") or "asserted", "when": d.get("date") or d.get("article_date"),
                   "seen": d.get("article_date"), "g": link.source_of[k], "claim": k, "product": d.get("product"),
                   "supplier": d.get("supplier"), "sup": index.get(d.get("supplier_iri") or ""),
                   "quantity": quantity_text(d.get("quantity"), d.get("quantity_qualifier"), d.get("lang")),
                   "value": d.get("value"), "date": d.get("date"), "confidence": d.get("confidence"),
                   "start": d.get("start"), "end": d.get("end"), "a": articles[akey],
                   "s": sentences[ev] if ev is not None else None}
            claims.append({key: val for key, val in row.items() if val is not None})
        rec: dict[str, Any] = {"id": e, "from": index[link.source], "to": index[link.target],
                               "relation": link.relation, "claims": list(range(first, len(claims)))}
        if link.conflicts:
            position = {k: first + i for i, (k, _) in enumerate(link.claims)}
            rec["conflicts"] = [{"kind": c.kind, "note": c.note,
                                 "sides": [[side, [position[x] for x in xs]] for side, xs in c.sides]}
                                for c in link.conflicts]
        if not large:
            rec["label"] = _link_label(link, styles)
        edges.append(rec)
    net.nodes, net.edges = nodes, edges
    net.node_ids = list(range(len(nodes)))
    net.node_map = {rec["id"]: rec for rec in nodes}
    net.options = _options(g.number_of_nodes(), large)
    claim_base = _common_base([row["claim"] for row in claims])
    for row in claims:
        row["claim"] = row["claim"][len(claim_base):]
    iris = [str(n) for n in g.nodes]
    iri_base = _common_base(iris)
    side = {"claims": claims, "articles": article_rows, "sentences": list(sentences), "claimBase": claim_base,
            "iriBase": iri_base, "iris": [i[len(iri_base):] for i in iris], "large": large}
    return net, side


def _common_base(values: list[str]) -> str:
    """The longest common prefix ending in '/' or '#' (IRIs share ``https://w3id.org/supplykg/id/``)."""
    if not values:
        return ""
    prefix = os.path.commonprefix(values)
    cut = max(prefix.rfind("/"), prefix.rfind("#"))
    return prefix[:cut + 1]


def _table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A list of dicts as columns + rows (the page rebuilds the dicts): keys are not repeated per item,
    which halves the page for large graphs. A missing key travels as null and is dropped again."""
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    return {"cols": names, "rows": [list(map(r.get, names)) for r in rows]}


def _options(n: int, large: bool) -> dict[str, Any]:
    physics: dict[str, Any] = {"enabled": False}
    if not large:
        physics = {"enabled": True, "solver": "forceAtlas2Based",
                   "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
                   "stabilization": {"enabled": True, "iterations": STABILISATION_ITERATIONS, "fit": True}}
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n <= IMPROVED_LAYOUT_MAX_NODES},
        "physics": physics,
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 11, "align": "middle", "face": "sans-serif", "strokeWidth": 0,
                           "background": "rgba(255,255,255,0.85)"},
                  # a link's label only once it is readable on screen (vis skips it below drawThreshold px)
                  "scaling": {"label": {"drawThreshold": EDGE_LABEL_MIN_PX, "maxVisible": 14}},
                  "smooth": False if large else {"enabled": True, "type": "dynamic"}},
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "tooltipDelay": 150, "navigationButtons": False, "keyboard": False},
    }


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028, U+2029 as such."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _asset(package: str, name: str) -> str:
    text = resources.files(package).joinpath(name).read_text("utf-8")
    # a source-map comment would make devtools fetch a file we do not ship
    # split on "\n" only: str.splitlines would also cut at U+2028, \x1c... inside the minified JS's strings
    lines = [ln for ln in text.split("\n") if not ln.startswith(("//# sourceMappingURL", "/*# sourceMappingURL"))]
    text = "\n".join(lines)
    for closing in ("</script", "</style"):
        if closing in text.lower():
            raise ValueError(f"asset {package}/{name} contains {closing!r} and cannot be inlined")
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_html(g: nx.MultiDiGraph, *, title: str = "supplykg graph",
                physics_threshold: int = DEFAULT_PHYSICS_THRESHOLD,
                styles: dict[str, Any] | None = None) -> str:
    """The page for ``g`` as a string (see :func:`write_html`)."""
    from jinja2 import Environment, select_autoescape

    styles = styles or load_styles()
    net, side = build_network(g, styles=styles, physics_threshold=physics_threshold)
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    payload = {"title": title, "nodes": _table(nodes), "edges": _table(edges), "options": json.loads(options),
               "styles": {k: v for k, v in styles.items() if not k.startswith("_")},
               **side, "claims": _table(side["claims"]), "articles": _table(side["articles"])}
    vis_js = _asset("pyvis", f"{VIS_ASSET_DIR}/vis-network.min.js")
    vis_css = _asset("pyvis", f"{VIS_ASSET_DIR}/vis-network.css")
    templates = resources.files("supplykg.graph.templates")
    page_js = _asset("supplykg.graph.templates", "page.js")
    page_css = _asset("supplykg.graph.templates", "page.css")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(templates.joinpath("page.html").read_text("utf-8"))
    return template.render(title=title, data=script_json(payload), vis_js=vis_js, vis_css=vis_css,
                           page_js=page_js, page_css=page_css,
                           script_hashes=" ".join(_csp_hash(s) for s in (vis_js, page_js)))


def write_html(g: nx.MultiDiGraph, path: str | Path, *, title: str = "supplykg graph",
               physics_threshold: int = DEFAULT_PHYSICS_THRESHOLD,
               styles: dict[str, Any] | None = None) -> Path:
    """Write the interactive page for ``g`` (from :func:`supplykg.graph.network.to_networkx`) to ``path``.

    One file, no network needed. Graphs with more than ``physics_threshold``
    nodes get a precomputed layout with physics off. ``styles`` is a style
    table like :func:`load_styles` returns. Returns the path written.
    """
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"{path} should end in .html so a browser opens it")
    html = render_html(g, title=title, physics_threshold=physics_threshold, styles=styles)
    write_atomic(path, html.encode("utf-8"))
    return path


def write_png(html: str | Path, path: str | Path, *, width: int = 1600, height: int = 1000,
              wait_ms: int = 5000, chromium: str | None = None, timeout: float = 120) -> Path:
    """A PNG snapshot of a page from :func:`write_html`, for reports: the graph alone, no side panel.

    Runs headless Chromium (``chromium``, else :func:`supplykg.graph.browser.find_chromium`)
    with ``--screenshot``; ``wait_ms`` of virtual time lets the layout settle.
    """
    html, path = Path(html), Path(path)
    if path.suffix.lower() != ".png":
        raise ValueError(f"{path} should end in .png")
    if not html.is_file():
        raise ValueError(f"no page at {html}; write it first with write_html (or `supplykg view`)")
    from supplykg.graph.browser import FLAGS, find_chromium

    binary = find_chromium(chromium)
    if not binary:
        raise RuntimeError("no Chromium found for the snapshot: install it (apt-get install chromium) "
                           "or pass chromium=PATH")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
               f"--virtual-time-budget={wait_ms}", f"--screenshot={path.resolve()}",
               html.resolve().as_uri() + "#snapshot"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0 or not path.is_file():
        tail = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"Chromium could not take the snapshot (exit {done.returncode}): {tail[0]}")
    return path
