/* supplykg page script.
 * Reads the graph from the JSON block and draws it with vis-network: one link per (subject, relation,
 * object), its width by the independent sources of the claims on screen, its style by their strongest
 * status, conflicts marked. Adds filters (relation, status, period, "as of" replay), a node panel with
 * suppliers, customers, products and owners, an N-hop focus, labels drawn at a readable size, search,
 * and export of the view (PNG) and of its facts (CSV). Article text is only ever written with
 * textContent or canvas text: nothing from the data is parsed as HTML. After drawing, <body data-ready
 * data-drawn-nodes data-drawn-edges data-drawn-facts> tell tests (and curious users) what is on screen.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("skg-data").textContent);
  // Lists of records travel as {cols, rows} (see render._table); null means "not given".
  function untable(t) {
    return t.rows.map(function (r) {
      var o = {};
      for (var i = 0; i < t.cols.length; i++) if (r[i] !== null) o[t.cols[i]] = r[i];
      return o;
    });
  }
  ["nodes", "edges", "claims", "articles"].forEach(function (k) { data[k] = untable(data[k]); });
  var S = data.styles, L = S.labels, W = S.width, X = S.conflict;
  var N = data.nodes, E = data.edges, C = data.claims, A = data.articles;
  var body = document.body;
  if (location.hash === "#snapshot") body.classList.add("snapshot");  // write_png: the graph alone

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function byId(id) { return document.getElementById(id); }
  function relStyle(r) { return S.relations[r] || S.relations._other; }
  function statusStyle(s) { return S.statuses[s] || S.statuses.asserted; }
  var STRENGTH = {};  // statuses strongest first, as the style table lists them
  Object.keys(S.statuses).forEach(function (s, i) { STRENGTH[s] = i; });
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // --- model ------------------------------------------------------------------------------------
  var name = {}, degree = {}, edgesOf = {}, supplierOf = {};
  N.forEach(function (n) { name[n.id] = n.label; edgesOf[n.id] = []; });
  E.forEach(function (e) {
    degree[e.from] = (degree[e.from] || 0) + e.claims.length;
    degree[e.to] = (degree[e.to] || 0) + e.claims.length;
    edgesOf[e.from].push(e.id);
    if (e.to !== e.from) edgesOf[e.to].push(e.id);
  });
  C.forEach(function (c, i) { if (c.sup !== undefined) (supplierOf[c.sup] = supplierOf[c.sup] || []).push(i); });

  // --- filters ----------------------------------------------------------------------------------
  var shownRelations = {}, shownStatuses = {};
  var dateFrom = "", dateTo = "", showUndated = true, asOf = "", focus = null;
  var relCounts = {}, statusCounts = {};
  E.forEach(function (e) { relCounts[e.relation] = (relCounts[e.relation] || 0) + e.claims.length; });
  C.forEach(function (c) { statusCounts[c.status] = (statusCounts[c.status] || 0) + 1; });

  function periodStart(d) { return (d + "-01-01").slice(0, 10); }
  function periodEnd(d) { return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d.slice(0, 10); }
  function dateOk(when) {
    if (!when) return showUndated;
    if (dateFrom && periodEnd(when) < periodStart(dateFrom)) return false;
    if (dateTo && periodStart(when) > periodEnd(dateTo)) return false;
    return true;
  }
  function seenOk(seen) {  // "as of": published by then
    if (!asOf) return true;
    if (!seen) return showUndated;
    return periodStart(seen) <= periodEnd(asOf);
  }
  function claimVisible(c) { return shownStatuses[c.status] !== false && dateOk(c.when) && seenOk(c.seen); }

  // What a link looks like given the claims the filters leave: strongest status, independent sources.
  function look(e) {
    var shown = [], groups = {}, status = null;
    if (shownRelations[e.relation] !== false) {
      e.claims.forEach(function (i) {
        var c = C[i];
        if (!claimVisible(c)) return;
        shown.push(i);
        groups[c.g] = 1;
        if (status === null || STRENGTH[c.status] < STRENGTH[status]) status = c.status;
      });
    }
    return { shown: shown, status: status || "asserted", sources: Object.keys(groups).length };
  }
  function width(sources) { return Math.min(W.max, W.min + W.per_source * Math.max(0, sources - 1)); }
  function edgeItem(e, lk) {
    var rs = relStyle(e.relation), ss = statusStyle(lk.status), colour = ss.color || rs.color;
    var item = {
      id: e.id, from: e.from, to: e.to,
      color: { color: colour, highlight: colour, hover: colour, opacity: ss.opacity === undefined ? 1 : ss.opacity },
      // dashes cost Chromium a stroke per dash: at 50k nodes, 87 s to open instead of 8 s; large pages go solid
      dashes: data.large ? false : ss.dashes, width: width(lk.sources)
    };
    if (e.label !== undefined) item.label = e.label;
    if (e.conflicts) item.background = { enabled: true, color: X.color, size: X.size };
    if (data.large) item.arrows = { to: { enabled: arrowsOn, scaleFactor: 0.5 } };
    return item;
  }
  // Large graphs: arrowheads, half the drawing time at 50k nodes, only once zoomed in enough to see them.
  var ARROWS_MIN_SCALE = 0.3, arrowsOn = false;
  var looks = E.map(look);
  var visibleNode = {};
  function linkShown(id) {
    var e = E[id];
    return looks[id].shown.length > 0 && (!focus || (focus.set[e.from] && focus.set[e.to]));
  }
  function recomputeVisibleNodes() {
    visibleNode = {};
    E.forEach(function (e) { if (linkShown(e.id)) { visibleNode[e.from] = 1; visibleNode[e.to] = 1; } });
  }
  function nodeShown(id) { return focus ? !!focus.set[id] && (visibleNode[id] === 1 || !degree[id]) : (!degree[id] || visibleNode[id] === 1); }
  recomputeVisibleNodes();
  function nodeItem(n) {
    var item = { id: n.id, shape: n.shape, color: n.color, size: n.size };  // no vis label: drawLabels draws them
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }
  // The network is given only what is on screen, and a filter adds and removes the difference. vis's
  // DataView re-reads (and copies) every item on each refresh, and DataSet.update re-attaches each edge
  // to its nodes at the cost of a hub's whole edge list: at 50k nodes a filter took 5 to 15 s that way.
  var inView = {}, styled = {};  // link id -> shown; link id -> the look its live edge is drawn with
  function lookKey(lk) { return lk.status + "/" + lk.sources; }
  var nodes = new vis.DataSet(N.filter(function (n) { return nodeShown(n.id); }).map(nodeItem));
  var edges = new vis.DataSet(E.filter(function (e) { return linkShown(e.id); }).map(function (e) {
    inView[e.id] = true; styled[e.id] = lookKey(looks[e.id]);
    return edgeItem(e, looks[e.id]);
  }));

  // --- network ----------------------------------------------------------------------------------
  var network = new vis.Network(byId("skg-graph"), { nodes: nodes, edges: edges }, data.options);
  var physicsBox = byId("skg-physics");
  physicsBox.checked = false;
  physicsBox.addEventListener("change", function () { network.setOptions({ physics: { enabled: physicsBox.checked } }); });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });

  function report() {
    var n = network.body.nodeIndices.length, m = network.body.edgeIndices.length, facts = 0;
    network.body.edgeIndices.forEach(function (id) { facts += looks[id] ? looks[id].shown.length : 0; });
    body.setAttribute("data-drawn-nodes", String(n));
    body.setAttribute("data-drawn-edges", String(m));
    body.setAttribute("data-drawn-facts", String(facts));
    byId("skg-status").textContent = n + " of " + N.length + " nodes, " + m + " of " + E.length + " links, " +
      facts + " of " + C.length + " facts shown";
  }
  // A link already on screen whose look changed is restyled in place: the drawing reads width, dashes
  // and colour from the live edge's options each frame.
  function restyle(id) {
    var options = network.body.edges[id].options, item = edgeItem(E[id], looks[id]);
    options.width = item.width;
    options.dashes = item.dashes;
    options.color.color = options.color.highlight = options.color.hover = item.color.color;
    options.color.opacity = item.color.opacity;
    styled[id] = lookKey(looks[id]);
  }
  function refresh() {
    looks = E.map(look);
    recomputeVisibleNodes();
    var addEdges = [], dropEdges = [], addNodes = [], dropNodes = [];
    E.forEach(function (e) {
      var want = linkShown(e.id);
      if (want && !inView[e.id]) { addEdges.push(edgeItem(e, looks[e.id])); styled[e.id] = lookKey(looks[e.id]); }
      else if (!want && inView[e.id]) dropEdges.push(e.id);
      else if (want && styled[e.id] !== lookKey(looks[e.id])) restyle(e.id);
      inView[e.id] = want;
    });
    N.forEach(function (n) {
      var want = nodeShown(n.id), have = network.body.nodes[n.id] !== undefined;
      if (want && !have) addNodes.push(nodeItem(n));
      else if (!want && have) dropNodes.push(n.id);
    });
    if (dropEdges.length) edges.remove(dropEdges);
    if (dropNodes.length) nodes.remove(dropNodes);
    if (addNodes.length) nodes.add(addNodes);
    if (addEdges.length) edges.add(addEdges);
    network.redraw();
    report();
  }
  function arrowsForZoom() {
    var want = network.getScale() >= ARROWS_MIN_SCALE;
    if (!data.large || want === arrowsOn) return;
    arrowsOn = want;
    network.body.edgeIndices.forEach(function (id) { network.body.edges[id].options.arrows.to.enabled = want; });
  }
  network.on("beforeDrawing", arrowsForZoom);  // every frame: programmatic zooms (fit, focus) fire no zoom event
  var fitScale = 1;
  network.once("afterDrawing", function () {
    fitScale = network.getScale() || 1;
    report();
    body.setAttribute("data-ready", "1");
  });
  network.on("stabilized", function () { fitScale = network.getScale() || fitScale; });

  // --- labels: drawn on the canvas at a size readable on screen -----------------------------------
  var order = N.map(function (n) { return n.id; }).sort(function (a, b) { return (degree[b] || 0) - (degree[a] || 0) || a - b; });
  var isHub = {};
  var hubCount = Math.min(L.hubs_max, Math.max(L.hubs_min, Math.round(N.length * L.hub_share)));
  order.slice(0, hubCount).forEach(function (id) { if (degree[id]) isHub[id] = true; });
  var widths = {}, lastLabels = [];
  function short(text) { return text.length > L.max_chars ? text.slice(0, L.max_chars - 1) + "…" : text; }
  function drawLabels(ctx) {
    var scale = network.getScale(), canvas = ctx.canvas;
    var w = canvas.clientWidth, h = canvas.clientHeight, ratio = canvas.width / (w || 1);
    var origin = network.DOMtoCanvas({ x: 0, y: 0 });
    var px = Math.max(L.min_px, Math.min(L.max_px, L.px * Math.pow(scale / fitScale, 0.25)));
    var placed = [], drawn = [];
    function overlaps(r) {
      for (var i = 0; i < placed.length; i++) {
        var p = placed[i];
        if (r[0] < p[2] && p[0] < r[2] && r[1] < p[3] && p[1] < r[3]) return true;
      }
      return false;
    }
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    for (var k = 0; k < order.length && drawn.length < L.max_count; k++) {
      var id = order[k], node = network.body.nodes[id];
      if (!node || !nodeShown(id)) continue;
      var hub = !!isHub[id], radius = (node.options.size || 8) * scale;
      if (!hub && radius < L.min_node_px) continue;  // too small on screen to carry a label
      var cx = (node.x - origin.x) * scale, cy = (node.y - origin.y) * scale;
      if (cx < -100 || cx > w + 100 || cy < -30 || cy > h + 30) continue;
      var size = Math.round(hub ? px + L.hub_extra : px), text = short(name[id]);
      var font = (hub ? "600 " : "") + size + "px system-ui, sans-serif", key = id + "/" + font;
      ctx.font = font;
      if (widths[key] === undefined) widths[key] = ctx.measureText(text).width;
      var half = widths[key] / 2 + 2, tall = size * 1.25, rect = null, x = 0, y = 0;
      // below the node, else above, right or left of it: the first place free of other labels
      var spots = [[cx, cy + radius + 2], [cx, cy - radius - 2 - tall], [cx + radius + 4 + half, cy - tall / 2],
                   [cx - radius - 4 - half, cy - tall / 2]];
      for (var s = 0; s < spots.length && rect === null; s++) {
        var r = [spots[s][0] - half, spots[s][1], spots[s][0] + half, spots[s][1] + tall];
        if (!overlaps(r)) { rect = r; x = spots[s][0]; y = spots[s][1]; }
      }
      if (rect === null) {  // no free place: a hub is labelled anyway, below its node
        if (!hub) continue;
        x = spots[0][0]; y = spots[0][1]; rect = [x - half, y, x + half, y + tall];
      }
      placed.push(rect);
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.fillStyle = "#1d1d1d";
      ctx.strokeText(text, x, y); ctx.fillText(text, x, y);
      drawn.push({ id: id, text: text, px: size, hub: hub, x: Math.round(x), y: Math.round(y) });
    }
    ctx.restore();
    lastLabels = drawn;
  }
  network.on("afterDrawing", drawLabels);

  // --- legend and filter controls ---------------------------------------------------------------
  function swatchNode(st) {
    var s = el("span", "swatch " + st.shape);
    s.style.background = st.color;
    return s;
  }
  function swatchLine(colour, dashes, opacity, strokeWidth, halo) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "28"); svg.setAttribute("height", "12");
    function line(stroke, sw, dash, op) {
      var l = document.createElementNS(ns, "line");
      l.setAttribute("x1", "0"); l.setAttribute("y1", "6"); l.setAttribute("x2", "28"); l.setAttribute("y2", "6");
      l.setAttribute("stroke", stroke); l.setAttribute("stroke-width", String(sw));
      if (dash && !data.large) l.setAttribute("stroke-dasharray", dash.join(" "));
      if (op !== undefined) l.setAttribute("stroke-opacity", String(op));
      svg.appendChild(l);
    }
    if (halo) line(halo, 10);
    line(colour, strokeWidth || 2, dashes, opacity);
    return svg;
  }
  function legendRow(container, swatch, label, count) {
    var row = el("label");
    row.appendChild(swatch); row.appendChild(el("span", null, label));
    if (count !== undefined) row.appendChild(el("span", "count", count));
    container.appendChild(row);
  }
  function checkbox(container, filter, label, count, swatch, onChange) {
    var l = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-filter", filter);
    box.addEventListener("change", function () { onChange(box.checked); refresh(); });
    l.appendChild(box); l.appendChild(swatch); l.appendChild(el("span", null, label));
    l.appendChild(el("span", "count", count));
    container.appendChild(l);
  }
  var typeCounts = {};
  N.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  Object.keys(S.nodes).forEach(function (t) {
    if (typeCounts[t]) legendRow(byId("skg-legend-nodes"), swatchNode(S.nodes[t]), S.nodes[t].label, typeCounts[t]);
  });
  var conflicted = E.filter(function (e) { return e.conflicts; }).length;
  legendRow(byId("skg-legend-links"), swatchLine("#555", false, 1, width(1)), "1 source");
  legendRow(byId("skg-legend-links"), swatchLine("#555", false, 1, width(3)), "3 independent sources");
  legendRow(byId("skg-legend-links"), swatchLine("#555", false, 1, 2, X.color), X.mark + " " + X.label, conflicted);
  Object.keys(relCounts).sort().forEach(function (r) {
    checkbox(byId("skg-filter-relations"), "relation:" + r, relStyle(r).label || r, relCounts[r],
      swatchLine(relStyle(r).color, false), function (on) { shownRelations[r] = on; });
  });
  Object.keys(S.statuses).forEach(function (s) {
    var st = statusStyle(s);
    checkbox(byId("skg-filter-statuses"), "status:" + s, st.label || s, statusCounts[s] || 0,
      swatchLine(st.color || "#444", st.dashes, st.opacity), function (on) { shownStatuses[s] = on; });
  });
  function dateInput(id, set) {
    byId(id).addEventListener("change", function () {
      var v = byId(id).value.trim();
      if (v && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) { byId(id).setCustomValidity("YYYY, YYYY-MM or YYYY-MM-DD"); byId(id).reportValidity(); return; }
      byId(id).setCustomValidity(""); set(v); refresh();
    });
  }
  dateInput("skg-date-from", function (v) { dateFrom = v; });
  dateInput("skg-date-to", function (v) { dateTo = v; });
  byId("skg-date-undated").addEventListener("change", function () { showUndated = byId("skg-date-undated").checked; refresh(); });

  // "As of": the publication dates, oldest first; the right end shows everything.
  var seenDates = {};
  C.forEach(function (c) { if (c.seen) seenDates[c.seen] = 1; });
  var dates = Object.keys(seenDates).sort(function (a, b) { return periodEnd(a) < periodEnd(b) ? -1 : periodEnd(a) > periodEnd(b) ? 1 : a < b ? -1 : 1; });
  var slider = byId("skg-asof"), playTimer = null;
  slider.max = String(dates.length); slider.value = String(dates.length);
  function setAsOf(i) {
    slider.value = String(i);
    asOf = i >= dates.length ? "" : dates[i];
    byId("skg-asof-label").textContent = asOf ? "published by " + asOf : "all dates";
    refresh();
  }
  slider.addEventListener("input", function () { setAsOf(Number(slider.value)); });
  function stopPlay() { clearInterval(playTimer); playTimer = null; byId("skg-play").textContent = "▶ Replay"; }
  byId("skg-play").addEventListener("click", function () {
    if (playTimer) { stopPlay(); return; }
    var i = Number(slider.value) >= dates.length ? 0 : Number(slider.value) + 1;
    setAsOf(i);
    byId("skg-play").textContent = "❚❚ Pause";
    playTimer = setInterval(function () {
      if (Number(slider.value) >= dates.length) { stopPlay(); return; }
      setAsOf(Number(slider.value) + 1);
    }, 800);
  });
  if (!dates.length) { slider.disabled = true; byId("skg-play").disabled = true; }

  // --- details ----------------------------------------------------------------------------------
  function kv(parent, key, value, cls) {
    if (value === undefined || value === null || value === "") return;
    var row = el("div", "kv");
    row.appendChild(el("b", null, key + ": "));
    row.appendChild(el("span", cls || null, value));
    parent.appendChild(row);
  }
  function sourceOf(a) { return a.origin || a.source; }
  function claimBox(i, sideOf) {
    var c = C[i], a = A[c.a] || {}, box = el("div", "claim status-" + c.status + (claimVisible(c) ? "" : " filtered"));
    var head = el("div", "kv");
    head.appendChild(el("span", "badge status-" + c.status, statusStyle(c.status).label || c.status));
    if (sideOf[i]) head.appendChild(el("span", "badge side", sideOf[i]));
    if (!claimVisible(c)) head.appendChild(el("span", "badge", "filtered out"));
    box.appendChild(head);
    kv(box, "product", c.product);
    kv(box, "supplier", c.supplier);
    kv(box, "quantity", c.quantity, "qty");
    kv(box, "value", c.value);
    kv(box, "date", c.date);
    if (c.s !== undefined) box.appendChild(el("div", "quote", "« " + data.sentences[c.s] + " »"));
    kv(box, "article", a.article);
    kv(box, "source", sourceOf(a));
    kv(box, "published", a.article_date);
    kv(box, "headline", a.headline);
    kv(box, "url", a.url);
    kv(box, "confidence", c.confidence);
    kv(box, "claim", data.claimBase + c.claim);
    return box;
  }
  function edgeDetails(id, limit) {
    var e = E[id], lk = looks[id], box = el("div");
    var head = el("div", "kv status-" + lk.status);
    head.appendChild(el("b", null, name[e.from] + " → " + name[e.to]));
    box.appendChild(head);
    kv(box, "relation", relStyle(e.relation).label || e.relation);
    var articles = {};
    e.claims.forEach(function (i) { articles[C[i].a] = 1; });
    var groups = {};
    e.claims.forEach(function (i) { groups[C[i].g] = 1; });
    kv(box, "evidence", plural(e.claims.length, "fact") + " in " + plural(Object.keys(articles).length, "article") +
      ", " + plural(Object.keys(groups).length, "independent source") +
      (lk.shown.length < e.claims.length ? " (" + lk.shown.length + " shown)" : ""));
    var sideOf = {};
    (e.conflicts || []).forEach(function (x) {
      box.appendChild(el("div", "conflict", X.mark + " " + x.kind + ": " + x.note));
      x.sides.forEach(function (side) { side[1].forEach(function (i) { sideOf[i] = x.kind + ": " + side[0]; }); });
    });
    var list = e.claims.slice().sort(function (a, b) { return (claimVisible(C[b]) - claimVisible(C[a])) || ((A[C[a].a] || {}).article_date || "").localeCompare((A[C[b].a] || {}).article_date || ""); });
    list.slice(0, limit || list.length).forEach(function (i) { box.appendChild(claimBox(i, sideOf)); });
    if (limit && list.length > limit) box.appendChild(el("div", "hint", "… " + (list.length - limit) + " more: click the link"));
    return box;
  }

  // The node panel: suppliers, customers, products and owners, each with its evidence count.
  var SUPPLY = { supplies: 1, delivered: 1 };
  function neighbours(id) {
    var out = { suppliers: {}, customers: {}, products: {}, makers: {}, users: {}, buyers: {}, owners: {}, subsidiaries: {},
                "restricted by": {}, restricts: {} };
    function add(kind, other, claims) {
      var r = out[kind][other] || (out[kind][other] = { id: other, facts: 0, relations: {} });
      claims.forEach(function (i) { r.facts += 1; r.relations[E[C[i].e].relation] = 1; });
    }
    edgesOf[id].forEach(function (eid) {
      var e = E[eid], out_ = e.from === id, other = out_ ? e.to : e.from, rel = e.relation;
      if (SUPPLY[rel]) add(out_ ? "customers" : "suppliers", other, e.claims);
      else if (rel === "parent_of") add(out_ ? "subsidiaries" : "owners", other, e.claims);
      else if (rel === "restricts_export") add(out_ ? "restricts" : "restricted by", other, e.claims);
      else if (rel === "manufactures" || rel === "uses" || rel === "ordered") {
        if (out_) add("products", other, e.claims);
        else add(rel === "manufactures" ? "makers" : rel === "uses" ? "users" : "buyers", other, e.claims);
        if (rel === "ordered" && out_) {  // an order names its seller: a supplier of the buyer
          var bySeller = {};
          e.claims.forEach(function (i) { if (C[i].sup !== undefined && C[i].sup !== id) (bySeller[C[i].sup] = bySeller[C[i].sup] || []).push(i); });
          Object.keys(bySeller).forEach(function (s) { add("suppliers", Number(s), bySeller[s]); });
        }
      }
    });
    var sold = {};  // orders of others that name this node as the seller: its customers
    (supplierOf[id] || []).forEach(function (i) { var buyer = E[C[i].e].from; if (buyer !== id) (sold[buyer] = sold[buyer] || []).push(i); });
    Object.keys(sold).forEach(function (b) { add("customers", Number(b), sold[b]); });
    return out;
  }
  var hopsWanted = 1;
  function nodeDetails(id, compact) {
    var n = N[id], box = el("div");
    box.appendChild(el("div", "kv")).appendChild(el("b", null, n.label));
    kv(box, "type", (S.nodes[n.type] || {}).label || n.type);
    kv(box, "facts", degree[id] || 0);
    if (compact) return box;
    kv(box, "IRI", data.iriBase + data.iris[id]);
    var row = el("div", "row focus");
    var hops = el("input");
    hops.type = "number"; hops.min = "1"; hops.max = "6"; hops.value = String(hopsWanted); hops.id = "skg-hops";
    hops.setAttribute("aria-label", "hops");
    var go = el("button", null, "Focus");
    go.type = "button"; go.id = "skg-focus";
    go.addEventListener("click", function () { hopsWanted = Math.max(1, Math.min(6, Number(hops.value) || 1)); focusOn(id, hopsWanted); });
    row.appendChild(go); row.appendChild(hops); row.appendChild(el("span", null, "hop(s) around it"));
    box.appendChild(row);
    var groups = neighbours(id);
    Object.keys(groups).forEach(function (kind) {
      var items = Object.keys(groups[kind]).map(function (k) { return groups[kind][k]; });
      if (!items.length) return;
      items.sort(function (a, b) { return b.facts - a.facts || name[a.id].localeCompare(name[b.id]); });
      var section = el("div", "nb");
      section.setAttribute("data-kind", kind);
      section.appendChild(el("h3", null, kind + " (" + items.length + ")"));
      var list = el("ul");
      items.forEach(function (it) {
        var li = el("li"), link = el("button", "linkish", name[it.id]);
        link.type = "button";
        link.addEventListener("click", function () { selectNode(it.id); });
        li.appendChild(link);
        var rels = Object.keys(it.relations).map(function (r) { return relStyle(r).label || r; }).join(", ");
        li.appendChild(el("span", "count", plural(it.facts, "fact") + (kind === "products" ? " · " + rels : "")));
        li.setAttribute("data-name", name[it.id]);
        li.setAttribute("data-facts", String(it.facts));
        list.appendChild(li);
      });
      section.appendChild(list);
      box.appendChild(section);
    });
    return box;
  }
  function show(target, content) {
    var d = byId(target);
    while (d.firstChild) d.removeChild(d.firstChild);
    d.appendChild(content);
  }
  function selectNode(id) {
    if (!nodeShown(id)) { focus = null; byId("skg-focus-box").hidden = true; refresh(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: { duration: 300 } });
    show("skg-details", nodeDetails(id));
  }

  // --- focus: the N-hop neighbourhood of a node -------------------------------------------------
  function focusOn(id, hops) {
    var set = {}, frontier = [id];
    set[id] = 1;
    for (var d = 0; d < hops; d++) {
      var next = [];
      frontier.forEach(function (n) {
        edgesOf[n].forEach(function (eid) {
          if (!looks[eid].shown.length) return;
          var e = E[eid], m = e.from === n ? e.to : e.from;
          if (!set[m]) { set[m] = 1; next.push(m); }
        });
      });
      frontier = next;
    }
    focus = { id: id, hops: hops, set: set };
    byId("skg-focus-box").hidden = false;
    byId("skg-focus-text").textContent = plural(Object.keys(set).length, "node") + " within " + plural(hops, "hop") + " of " + name[id];
    refresh();
    network.fit({ nodes: Object.keys(set).map(Number), animation: false });
    fitScale = network.getScale() || fitScale;
    show("skg-details", nodeDetails(id));
  }
  byId("skg-focus-clear").addEventListener("click", function () {
    focus = null; byId("skg-focus-box").hidden = true; refresh(); network.fit({ animation: false }); fitScale = network.getScale() || fitScale;
  });

  // --- tooltips and clicks ----------------------------------------------------------------------
  var tip = byId("skg-tip");
  function showTip(content, pointer) {
    show("skg-tip", content);
    var r = byId("skg-graph").getBoundingClientRect();
    tip.style.left = Math.min(r.left + pointer.x + 14, window.innerWidth - 430) + "px";
    tip.style.top = (r.top + pointer.y + 14) + "px";
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverEdge", function (p) { showTip(edgeDetails(p.edge, 2), p.pointer.DOM); });
  network.on("hoverNode", function (p) { showTip(nodeDetails(p.node, true), p.pointer.DOM); });
  network.on("blurEdge", hideTip);
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    if (p.nodes.length) show("skg-details", nodeDetails(p.nodes[0]));
    else if (p.edges.length) show("skg-details", edgeDetails(p.edges[0]));
  });

  // --- search -----------------------------------------------------------------------------------
  var matches = [], current = -1;
  var search = byId("skg-search");
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    matches = [];
    current = -1;
    if (q) N.forEach(function (n) { if (n.label.toLowerCase().indexOf(q) !== -1) matches.push(n.id); });
    byId("skg-search-result").textContent = q ? matches.length + " found" : "";
    network.selectNodes(matches.filter(function (id) { return nodeShown(id); }));
  }
  function focusNext() {
    if (!matches.length) return;
    current = (current + 1) % matches.length;
    var id = matches[current];
    if (!nodeShown(id)) return;
    network.focus(id, { scale: 1.2, animation: { duration: 300 } });
    show("skg-details", nodeDetails(id));
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 200); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(timer); if (current === -1) runSearch(); focusNext(); } });

  // --- export: the view as PNG, its facts as CSV ---------------------------------------------------
  function download(href, filename) {
    var a = el("a");
    a.href = href; a.download = filename;
    document.body.appendChild(a); a.click(); a.remove();
  }
  function exportPng(opts) {
    var src = byId("skg-graph").querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    var url = out.toDataURL("image/png");
    if (!opts || opts.download !== false) download(url, "supplykg-view.png");
    return url;
  }
  var CSV_COLUMNS = ["subject", "relation", "object", "product", "status", "quantity", "date", "published", "article",
                     "source", "supplier", "evidence", "claim"];
  function csvCell(v) {
    var s = v === undefined || v === null ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not run an article's text as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function viewFacts() {
    var rows = [];
    network.body.edgeIndices.forEach(function (id) {
      var e = E[id];
      looks[id].shown.forEach(function (i) {
        var c = C[i], a = A[c.a] || {};
        rows.push({ subject: name[e.from], relation: e.relation, object: name[e.to], product: c.product, status: c.status,
                    quantity: c.quantity, date: c.date, published: a.article_date, article: a.article, source: sourceOf(a),
                    supplier: c.supplier, evidence: c.s !== undefined ? data.sentences[c.s] : "", claim: data.claimBase + c.claim });
      });
    });
    return rows;
  }
  function exportCsv(opts) {
    var lines = [CSV_COLUMNS.join(",")];
    viewFacts().forEach(function (r) { lines.push(CSV_COLUMNS.map(function (k) { return csvCell(r[k]); }).join(",")); });
    var text = lines.join("\r\n") + "\r\n";
    if (!opts || opts.download !== false) {
      var url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
      download(url, "supplykg-facts.csv");
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }
    return text;
  }
  byId("skg-export-png").addEventListener("click", function () { exportPng(); });
  byId("skg-export-csv").addEventListener("click", function () { exportCsv(); });

  // For tests and power users: the network, the detail builders, the labels last drawn, the exports.
  window.supplykg = { network: network, nodes: nodes, edges: edges, edgeDetails: edgeDetails, nodeDetails: nodeDetails,
    showEdge: function (id) { show("skg-details", edgeDetails(id)); }, showNode: function (id) { show("skg-details", nodeDetails(id)); },
    link: function (id) {  // a link as drawn now: its width, strongest status, sources and facts on screen
      var live = network.body.edges[id];
      return { shown: !!live, width: live ? live.options.width : null, status: looks[id].status,
               sources: looks[id].sources, facts: looks[id].shown.length };
    },
    findNode: function (label) { var n = N.find(function (x) { return x.label === label; }); return n ? n.id : null; },
    selectNode: selectNode, focusOn: focusOn, setAsOf: setAsOf, asOfDates: dates, refresh: refresh,
    labels: function () { return lastLabels; }, fitScale: function () { return fitScale; },
    exportPng: exportPng, exportCsv: exportCsv, viewFacts: viewFacts };
})();
