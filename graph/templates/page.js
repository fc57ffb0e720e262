/* supplykg page script.
 * Reads the graph from the JSON block, draws it with vis-network, and adds legend, filters,
 * search, tooltips and details. Article text is only ever written with textContent: nothing
 * from the data is parsed as HTML. After drawing, <body data-ready data-drawn-nodes
 * data-drawn-edges> tell tests (and curious users) what is on screen.
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
  ["nodes", "edges", "info", "articles"].forEach(function (k) { data[k] = untable(data[k]); });
  var S = data.styles;
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

  // --- vis data --------------------------------------------------------------------------------
  var edgeItems = data.edges.map(function (e) {
    var rs = relStyle(e.relation), ss = statusStyle(e.status);
    var colour = ss.color || rs.color;
    var item = {
      id: e.id, from: e.from, to: e.to, relation: e.relation, status: e.status, when: e.when,
      color: { color: colour, highlight: colour, hover: colour, opacity: ss.opacity === undefined ? 1 : ss.opacity },
      // dashes cost Chromium a stroke per dash: at 50k nodes, 87 s to open instead of 8 s; large pages go solid
      dashes: data.large ? false : ss.dashes, width: ss.width || 1.5
    };
    if (e.label !== undefined) item.label = e.label;
    return item;
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(edgeItems);

  // --- filters ---------------------------------------------------------------------------------
  var shownRelations = {}, shownStatuses = {};
  var dateFrom = "", dateTo = "", showUndated = true;
  var relCounts = {}, statusCounts = {};
  data.edges.forEach(function (e) {
    relCounts[e.relation] = (relCounts[e.relation] || 0) + 1;
    statusCounts[e.status] = (statusCounts[e.status] || 0) + 1;
  });
  Object.keys(relCounts).forEach(function (r) { shownRelations[r] = true; });
  Object.keys(S.statuses).forEach(function (s) { shownStatuses[s] = true; });
  Object.keys(statusCounts).forEach(function (s) { shownStatuses[s] = true; });

  function periodStart(d) { return (d + "-01-01").slice(0, 10); }
  function periodEnd(d) { return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d.slice(0, 10); }
  function dateOk(when) {
    if (!when) return showUndated;
    if (dateFrom && periodEnd(when) < periodStart(dateFrom)) return false;
    if (dateTo && periodStart(when) > periodEnd(dateTo)) return false;
    return true;
  }
  function edgeVisible(e) { return shownRelations[e.relation] !== false && shownStatuses[e.status] !== false && dateOk(e.when); }

  var degree = {}, visibleDegree = {};
  data.edges.forEach(function (e) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; });
  function recomputeVisibleNodes() {
    visibleDegree = {};
    edges.forEach(function (e) {
      if (edgeVisible(e)) { visibleDegree[e.from] = 1; visibleDegree[e.to] = 1; }
    });
  }
  recomputeVisibleNodes();
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !degree[n.id] || visibleDegree[n.id] === 1; } });

  // --- network ---------------------------------------------------------------------------------
  var network = new vis.Network(byId("skg-graph"), { nodes: nodeView, edges: edgeView }, data.options);
  var physicsBox = byId("skg-physics");
  physicsBox.checked = false;
  physicsBox.addEventListener("change", function () { network.setOptions({ physics: { enabled: physicsBox.checked } }); });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });

  function report() {
    var n = network.body.nodeIndices.length, m = network.body.edgeIndices.length;
    body.setAttribute("data-drawn-nodes", String(n));
    body.setAttribute("data-drawn-edges", String(m));
    byId("skg-status").textContent = n + " of " + data.nodes.length + " nodes, " + m + " of " + data.edges.length + " facts shown";
  }
  function refresh() {
    recomputeVisibleNodes();
    edgeView.refresh();
    nodeView.refresh();
    report();
  }
  network.once("afterDrawing", function () { report(); body.setAttribute("data-ready", "1"); });

  // --- legend and filter controls --------------------------------------------------------------
  function swatchNode(st) {
    var s = el("span", "swatch " + st.shape);
    s.style.background = st.color;
    return s;
  }
  function swatchLine(colour, dashes, opacity) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "28"); svg.setAttribute("height", "10");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "5"); line.setAttribute("x2", "28"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", colour); line.setAttribute("stroke-width", "2");
    if (dashes && !data.large) line.setAttribute("stroke-dasharray", dashes.join(" "));
    if (opacity !== undefined) line.setAttribute("stroke-opacity", String(opacity));
    svg.appendChild(line);
    return svg;
  }
  function checkbox(container, name, label, count, swatch, onChange) {
    var l = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-filter", name);
    box.addEventListener("change", function () { onChange(box.checked); refresh(); });
    l.appendChild(box); l.appendChild(swatch); l.appendChild(el("span", null, label));
    l.appendChild(el("span", "count", count));
    container.appendChild(l);
  }
  var typeCounts = {};
  data.nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  Object.keys(S.nodes).forEach(function (t) {
    if (!typeCounts[t]) return;
    var row = el("label");
    row.appendChild(swatchNode(S.nodes[t])); row.appendChild(el("span", null, S.nodes[t].label));
    row.appendChild(el("span", "count", typeCounts[t]));
    byId("skg-legend-nodes").appendChild(row);
  });
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

  // --- details and tooltips --------------------------------------------------------------------
  function kv(parent, key, value, cls) {
    if (value === undefined || value === null || value === "") return;
    var row = el("div", "kv");
    row.appendChild(el("b", null, key + ": "));
    row.appendChild(el("span", cls || null, value));
    parent.appendChild(row);
  }
  function nodeLabel(id) { var n = nodes.get(id); return n ? n.label : String(id); }
  function edgeDetails(id) {
    var e = data.edges[id], i = data.info[id] || {}, a = data.articles[i.a] || {};
    var box = el("div");
    var head = el("div", "kv status-" + e.status);
    head.appendChild(el("b", null, nodeLabel(e.from) + " → " + nodeLabel(e.to)));
    box.appendChild(head);
    kv(box, "relation", relStyle(e.relation).label || e.relation);
    kv(box, "status", e.status, "status-" + e.status);
    kv(box, "product", i.product);
    kv(box, "supplier", i.supplier);
    kv(box, "quantity", i.quantity, "qty");
    kv(box, "value", i.value);
    kv(box, "date", i.date);
    kv(box, "confidence", i.confidence);
    if (i.s !== undefined) box.appendChild(el("div", "quote", "« " + data.sentences[i.s] + " »"));
    kv(box, "article", a.article);
    kv(box, "headline", a.headline);
    kv(box, "published", a.article_date);
    kv(box, "url", a.url);
    kv(box, "claim", data.claimBase + i.claim);
    return box;
  }
  function nodeDetails(id) {
    var n = nodes.get(id), box = el("div");
    box.appendChild(el("div", "kv", null)).appendChild(el("b", null, n.label));
    kv(box, "type", (S.nodes[n.type] || {}).label || n.type);
    kv(box, "facts", degree[id] || 0);
    kv(box, "IRI", data.iriBase + data.iris[id]);
    return box;
  }
  function show(target, content) {
    var d = byId(target);
    while (d.firstChild) d.removeChild(d.firstChild);
    d.appendChild(content);
  }
  var tip = byId("skg-tip");
  function showTip(content, pointer) {
    show("skg-tip", content);
    var r = byId("skg-graph").getBoundingClientRect();
    tip.style.left = Math.min(r.left + pointer.x + 14, window.innerWidth - 430) + "px";
    tip.style.top = (r.top + pointer.y + 14) + "px";
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverEdge", function (p) { showTip(edgeDetails(p.edge), p.pointer.DOM); });
  network.on("hoverNode", function (p) { showTip(nodeDetails(p.node), p.pointer.DOM); });
  network.on("blurEdge", hideTip);
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    if (p.nodes.length) show("skg-details", nodeDetails(p.nodes[0]));
    else if (p.edges.length) show("skg-details", edgeDetails(p.edges[0]));
  });

  // --- search ----------------------------------------------------------------------------------
  var matches = [], current = -1;
  var search = byId("skg-search");
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    matches = [];
    current = -1;
    if (q) nodes.forEach(function (n) { if (n.label.toLowerCase().indexOf(q) !== -1) matches.push(n.id); });
    byId("skg-search-result").textContent = q ? matches.length + " found" : "";
    network.selectNodes(matches.filter(function (id) { return nodeView.get(id) !== null; }));
  }
  function focusNext() {
    if (!matches.length) return;
    current = (current + 1) % matches.length;
    var id = matches[current];
    if (nodeView.get(id) === null) return;
    network.focus(id, { scale: 1.2, animation: { duration: 300 } });
    show("skg-details", nodeDetails(id));
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 200); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(timer); if (current === -1) runSearch(); focusNext(); } });

  // For tests and power users: the network and the detail builders.
  window.supplykg = { network: network, nodes: nodes, edges: edges, edgeDetails: edgeDetails, nodeDetails: nodeDetails,
    showEdge: function (id) { show("skg-details", edgeDetails(id)); }, refresh: refresh };
})();
