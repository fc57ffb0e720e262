"""Supply-chain questions answered on the networkx projection (:func:`supplykg.graph.network.to_networkx`).

Every answer is a plain frozen dataclass with ``to_dict()`` (JSON-ready) and
carries the facts behind it as :class:`Evidence`, so a CLI can print a table and,
on request, the sentences.

What counts as "A supplies B" (a *supply link*, see :func:`supply_links`):
a ``supplies`` or ``delivered`` claim from A to B, and an ``ordered`` claim of B
(buyer -> product) that names A as the seller. Denied claims are left out unless
``include_denied=True``; planned and rumoured claims count, and their status is
in the evidence so a reader can discount them.
"""
from __future__ import annotations

import calendar
import difflib
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import networkx as nx

# Tunables, in one place.
SUPPLY_RELATIONS: tuple[str, ...] = ("supplies", "delivered")  # supplier -> customer edges
ORDER_RELATION = "ordered"  # buyer -> product, supplier in the edge's ``supplier_iri``
DEFAULT_MAX_HOPS = 4
DEFAULT_PATH_LIMIT = 100
BETWEENNESS_EXACT_MAX_NODES = 1000  # above this, betweenness is estimated from sampled sources
BETWEENNESS_BUDGET = 2_000_000  # sampled sources x (nodes + edges): networkx does ~1M of these a second
BETWEENNESS_MIN_SAMPLE = 10
BETWEENNESS_SEED = 0


@dataclass(frozen=True)
class Evidence:
    """One fact behind an answer: what the claim says and where it was read."""

    claim: str
    subject: str
    relation: str
    object: str
    status: str | None = None
    product: str | None = None
    date: str | None = None
    quantity: int | None = None
    quantity_qualifier: str | None = None
    confidence: float | None = None
    evidence: str | None = None
    article: str | None = None

    @classmethod
    def from_edge(cls, g: nx.MultiDiGraph, u: str, v: str, key: str, d: dict[str, Any]) -> Evidence:
        return cls(claim=str(key), subject=_label(g, u), relation=d.get("relation") or "", object=_label(g, v),
                   status=d.get("status"), product=d.get("product"), date=d.get("date"),
                   quantity=d.get("quantity"), quantity_qualifier=d.get("quantity_qualifier"),
                   confidence=d.get("confidence"), evidence=d.get("evidence"), article=d.get("article"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SupplyLink:
    """Supplier -> customer, optionally for a product, backed by one claim."""

    supplier: str
    customer: str
    product: str | None  # IRI
    product_label: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Neighbour:
    """A supplier (or customer) ``tier`` steps away, with the links that put it there."""

    iri: str
    label: str
    tier: int
    via: tuple[str, ...]  # labels of the companies one tier closer it is linked to
    products: tuple[str, ...]
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SupplyPath:
    """One simple path supplier -> ... -> customer; ``hops[i]`` backs ``labels[i] -> labels[i+1]``."""

    iris: tuple[str, ...]
    labels: tuple[str, ...]
    hops: tuple[tuple[Evidence, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Dependency:
    """A buyer whose product has exactly one known supplier."""

    buyer: str
    buyer_iri: str
    product: str
    product_iri: str
    supplier: str
    supplier_iri: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Concentration:
    """How a buyer's known supply is spread: shares by number of facts, and their HHI (sum of squared shares)."""

    buyer: str
    buyer_iri: str
    suppliers: int
    facts: int
    hhi: float
    top_supplier: str
    shares: dict[str, float] = field(default_factory=dict)  # supplier label -> share of facts

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Centrality:
    """A company's degree (facts touching it, any relation) and betweenness, with those facts."""

    iri: str
    label: str
    degree: int
    in_degree: int
    out_degree: int
    betweenness: float
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Changes:
    """Facts dated in ``[start, end]`` split into new links and repeated ones, and links last seen before."""

    start: str
    end: str
    added: tuple[Evidence, ...]  # in the window; no fact of the same link before it
    repeated: tuple[Evidence, ...]  # in the window; the link was already reported before
    not_seen_since: tuple[Evidence, ...]  # latest fact of links reported before the window but not in it
    after: int  # facts dated after the window
    undated: int  # facts with no date (nor an article date, when that is used)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- helpers -----------------------------------------------------------------------------------

def _label(g: nx.MultiDiGraph, n: str) -> str:
    return g.nodes[n].get("label") or n if n in g else n


def _edges(g: nx.MultiDiGraph, include_denied: bool) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for u, v, k, d in g.edges(keys=True, data=True):
        if include_denied or d.get("status") != "denied":
            yield u, v, k, d


Edge = tuple[str, str, str, dict[str, Any]]


def _supply_edges(g: nx.MultiDiGraph, include_denied: bool) -> Iterator[tuple[str, str, str | None, Edge]]:
    """(supplier, customer, product IRI, claim edge) of every supply link, in edge order: what
    :func:`supply_links` reads, without an :class:`Evidence` per link (most answers show few of them)."""
    for u, v, k, d in _edges(g, include_denied):
        rel = d.get("relation")
        if rel in SUPPLY_RELATIONS:
            yield u, v, d.get("product_iri"), (u, v, k, d)
        elif rel == ORDER_RELATION and d.get("supplier_iri"):
            sup = d["supplier_iri"]
            if sup != u:
                yield sup, u, v, (u, v, k, d)


def _link(g: nx.MultiDiGraph, supplier: str, customer: str, product: str | None, edge: Edge) -> SupplyLink:
    u, v, k, d = edge
    label = d.get("product") if d.get("relation") in SUPPLY_RELATIONS else _label(g, v)
    return SupplyLink(supplier, customer, product, label, Evidence.from_edge(g, u, v, k, d))


def supply_links(g: nx.MultiDiGraph, *, include_denied: bool = False) -> list[SupplyLink]:
    """Every supplier -> customer link the facts give (see the module docstring)."""
    return [_link(g, *found) for found in _supply_edges(g, include_denied)]


def supply_graph(g: nx.MultiDiGraph, *, include_denied: bool = False) -> nx.DiGraph:
    """Companies linked supplier -> customer; each edge's ``links`` holds its :class:`SupplyLink` list."""
    h = nx.DiGraph()
    for link in supply_links(g, include_denied=include_denied):
        if h.has_edge(link.supplier, link.customer):
            h[link.supplier][link.customer]["links"].append(link)
        else:
            h.add_edge(link.supplier, link.customer, links=[link])
    return h


def find_entity(g: nx.MultiDiGraph, name: str, *, kind: str | None = "Company") -> str:
    """The node a user means by ``name``: an IRI, or a label (case-insensitive), preferring ``kind``.

    Raises ValueError naming the closest labels when nothing matches.
    """
    if name in g:
        return name
    wanted = name.casefold().strip()
    hits = [n for n, d in g.nodes(data=True) if str(d.get("label", "")).casefold() == wanted]
    if hits:
        preferred = [n for n in hits if kind is None or g.nodes[n].get("type") == kind]
        return sorted(preferred or hits)[0]
    labels = sorted({str(d.get("label")) for _, d in g.nodes(data=True)
                     if kind is None or d.get("type") == kind})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; give a label as shown by the graph or an entity IRI"
    raise ValueError(f"no {(kind or 'entity').lower()} named {name!r} in the graph{hint}")


# --- suppliers / customers ---------------------------------------------------------------------

def _tiers(g: nx.MultiDiGraph, company: str, tiers: int, include_denied: bool, upstream: bool) -> list[Neighbour]:
    if tiers < 1:
        raise ValueError(f"tiers must be 1 or more, got {tiers}")
    start = find_entity(g, company)
    # The supply graph as plain dicts of claim edges, in supply_graph's order; a link's Evidence is
    # made only for the companies reached (at 1M triples, making all of them was most of the answer).
    step: dict[str, dict[str, list[tuple[str, str, str | None, Edge]]]] = defaultdict(dict)
    for found_link in _supply_edges(g, include_denied):
        sup, cus = found_link[0], found_link[1]
        near, far = (cus, sup) if upstream else (sup, cus)
        step[near].setdefault(far, []).append(found_link)
        step[far]  # every company of a link is in the graph, as in supply_graph
    if start not in step:
        return []
    seen = {start: 0}
    frontier = [start]
    out: list[Neighbour] = []
    for tier in range(1, tiers + 1):
        found: dict[str, list[tuple[str, str, str | None, Edge]]] = defaultdict(list)
        via: dict[str, set[str]] = defaultdict(set)
        for n in frontier:
            for m, raw in step[n].items():
                if m in seen:
                    continue
                found[m].extend(raw)
                via[m].add(n)
        for m in found:
            seen[m] = tier
        for m in sorted(found, key=lambda x: (_label(g, x).casefold(), x)):
            links = sorted((_link(g, *raw) for raw in found[m]), key=lambda li: li.evidence.claim)
            out.append(Neighbour(
                iri=m, label=_label(g, m), tier=tier,
                via=tuple(sorted(_label(g, x) for x in via[m])),
                products=tuple(sorted({li.product_label or li.product for li in links if li.product})),
                evidence=tuple(li.evidence for li in links)))
        frontier = list(found)
        if not frontier:
            break
    return out


def suppliers(g: nx.MultiDiGraph, company: str, *, tiers: int = 1, include_denied: bool = False) -> list[Neighbour]:
    """Who supplies ``company`` (tier 1), who supplies them (tier 2), ... up to ``tiers``.

    Each company appears once, at its nearest tier, with the links to the tier below it.
    """
    return _tiers(g, company, tiers, include_denied, upstream=True)


def customers(g: nx.MultiDiGraph, company: str, *, tiers: int = 1, include_denied: bool = False) -> list[Neighbour]:
    """Whom ``company`` supplies, and their customers up to ``tiers`` (mirror of :func:`suppliers`)."""
    return _tiers(g, company, tiers, include_denied, upstream=False)


# --- paths -------------------------------------------------------------------------------------

def supply_paths(g: nx.MultiDiGraph, source: str, target: str, *, max_hops: int = DEFAULT_MAX_HOPS,
                 include_denied: bool = False, limit: int = DEFAULT_PATH_LIMIT) -> list[SupplyPath]:
    """The shortest simple supply paths from ``source`` down to ``target``, each of at most ``max_hops`` links.

    At most ``limit`` paths, found shortest first (Yen's algorithm through
    ``nx.shortest_simple_paths``) and returned by length, then by labels. The search
    stops at the limit: the number of paths grows exponentially with ``max_hops`` on
    dense graphs, so enumerating them all first could take hours. Among paths of the
    length at which the limit falls, which ones are kept follows the search order.
    """
    s, t = find_entity(g, source), find_entity(g, target)
    sg = supply_graph(g, include_denied=include_denied)
    if s not in sg or t not in sg or s == t:
        return []
    shortest_first = nx.shortest_simple_paths(sg, s, t)
    within = itertools.takewhile(lambda p: len(p) - 1 <= max_hops, shortest_first)
    try:
        found = list(itertools.islice(within, max(limit, 0)))
    except nx.NetworkXNoPath:
        return []
    paths = []
    for p in found:
        paths.append(SupplyPath(
            iris=tuple(p), labels=tuple(_label(g, n) for n in p),
            hops=tuple(tuple(li.evidence for li in sorted(sg[a][b]["links"], key=lambda li: li.evidence.claim))
                       for a, b in zip(p, p[1:]))))
    paths.sort(key=lambda sp: (len(sp.iris), [x.casefold() for x in sp.labels]))
    return paths


# --- dependencies and concentration ------------------------------------------------------------

def single_source_dependencies(g: nx.MultiDiGraph, *, include_denied: bool = False) -> list[Dependency]:
    """(buyer, product) pairs for which the facts name exactly one supplier.

    Only links that name a product count: "A supplies B" alone says nothing about
    which product B depends on.
    """
    by_pair: dict[tuple[str, str], dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    product_labels: dict[str, str] = {}
    for li in supply_links(g, include_denied=include_denied):
        if li.product:
            by_pair[(li.customer, li.product)][li.supplier].append(li.evidence)
            product_labels[li.product] = li.product_label or li.product
    out = []
    for (buyer, product), sups in by_pair.items():
        if len(sups) == 1:
            (sup, ev), = sups.items()
            out.append(Dependency(buyer=_label(g, buyer), buyer_iri=buyer, product=product_labels[product],
                                  product_iri=product, supplier=_label(g, sup), supplier_iri=sup,
                                  evidence=tuple(sorted(ev, key=lambda e: e.claim))))
    out.sort(key=lambda d: (d.buyer.casefold(), d.product.casefold()))
    return out


def supplier_concentration(g: nx.MultiDiGraph, *, include_denied: bool = False) -> list[Concentration]:
    """Per buyer: number of suppliers, facts, each supplier's share of the facts and the HHI.

    HHI = sum of squared shares, from 1/n (evenly spread) to 1.0 (one supplier).
    Most concentrated first, then by label.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for supplier, customer, _, _ in _supply_edges(g, include_denied):
        counts[customer][supplier] += 1
    out = []
    for buyer, per in counts.items():
        total = sum(per.values())
        shares = {_label(g, s): n / total for s, n in per.items()}
        shares = dict(sorted(shares.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
        out.append(Concentration(buyer=_label(g, buyer), buyer_iri=buyer, suppliers=len(per), facts=total,
                                 hhi=sum(x * x for x in shares.values()), top_supplier=next(iter(shares)),
                                 shares=shares))
    out.sort(key=lambda c: (-c.hhi, c.buyer.casefold()))
    return out


# --- centrality --------------------------------------------------------------------------------

def central_companies(g: nx.MultiDiGraph, *, top: int = 10, by: str = "degree",
                      include_denied: bool = False) -> list[Centrality]:
    """The ``top`` companies by ``degree`` (facts touching them, any relation) or ``betweenness``.

    Betweenness is computed on the undirected simple graph of all entities
    (products included: a shared chip links its buyers), normalised; exact up to
    :data:`BETWEENNESS_EXACT_MAX_NODES` nodes, estimated above from seeded sample
    sources within :data:`BETWEENNESS_BUDGET` (exact is O(nodes x edges): at 10k
    nodes networkx needs about 40 ms per source).
    """
    if by not in ("degree", "betweenness"):
        raise ValueError(f"cannot rank by {by!r}; use 'degree' or 'betweenness'")
    facts: dict[str, list[Edge]] = defaultdict(list)  # made Evidence only for the companies shown
    ins: dict[str, int] = defaultdict(int)
    outs: dict[str, int] = defaultdict(int)
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for edge in _edges(g, include_denied):
        u, v = edge[0], edge[1]
        facts[u].append(edge)
        outs[u] += 1
        if v != u:
            facts[v].append(edge)
            ins[v] += 1
            simple.add_edge(u, v)
    n = simple.number_of_nodes()
    size = n + simple.number_of_edges()
    k = None if n <= BETWEENNESS_EXACT_MAX_NODES else min(n, max(BETWEENNESS_MIN_SAMPLE, BETWEENNESS_BUDGET // size))
    bc = nx.betweenness_centrality(simple, k=k, seed=BETWEENNESS_SEED if k else None) if n else {}
    ranked = [(c, _label(g, c), len(facts[c]), bc.get(c, 0.0))
              for c, d in g.nodes(data=True) if d.get("type") == "Company" and facts[c]]
    if by == "degree":
        ranked.sort(key=lambda r: (-r[2], -r[3], r[1].casefold()))
    else:
        ranked.sort(key=lambda r: (-r[3], -r[2], r[1].casefold()))
    return [Centrality(iri=c, label=label, degree=degree, in_degree=ins[c], out_degree=outs[c], betweenness=b,
                       evidence=tuple(sorted((Evidence.from_edge(g, *edge) for edge in facts[c]),
                                             key=lambda e: e.claim)))
            for c, label, degree, b in ranked[:top]]


# --- changes between dates ---------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", re.ASCII)


def period(value: str) -> tuple[date, date]:
    """'2024' -> (2024-01-01, 2024-12-31); '2024-07' -> the month; '2024-07-15' -> that day.

    The whole value must be a date ('2024-7' is July, one-digit months and days are
    accepted); anything else, such as '2024xyz', is a ValueError naming the format
    rather than a silent year.
    """
    m = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"cannot read date {value!r}; expected YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = int(m[1]), m[2], m[3]
    try:
        if mo is None:
            return date(y, 1, 1), date(y, 12, 31)
        if d is None:
            return date(y, int(mo), 1), date(y, int(mo), calendar.monthrange(y, int(mo))[1])
        day = date(y, int(mo), int(d))
    except ValueError as exc:
        raise ValueError(f"cannot read date {value!r} ({exc}); expected YYYY, YYYY-MM or YYYY-MM-DD") from None
    return day, day


def changes(g: nx.MultiDiGraph, start: str, end: str, *, include_denied: bool = False,
            use_article_date: bool = True) -> Changes:
    """What the facts say happened between ``start`` and ``end`` (inclusive, any of YYYY[-MM[-DD]]).

    A fact is in the window when its date's period overlaps it ("2024" overlaps
    "2024-06".."2024-09"), before when its period ends before ``start``. Facts
    with no date of their own use their article's publication date when
    ``use_article_date``. A link is (subject, relation, object).
    """
    w0, w1 = period(start)[0], period(end)[1]
    if w1 < w0:
        raise ValueError(f"the window ends ({end}) before it starts ({start}); swap them")
    inside: list[tuple[tuple[str, str, str], tuple[date, Evidence]]] = []
    before: dict[tuple[str, str, str], tuple[date, Evidence]] = {}
    after = undated = 0
    for u, v, k, d in _edges(g, include_denied):
        when = d.get("date") or (d.get("article_date") if use_article_date else None)
        try:
            p0, p1 = period(when) if when else (None, None)
        except ValueError:
            p0 = p1 = None
        if p0 is None or p1 is None:
            undated += 1
            continue
        link = (u, d.get("relation") or "", v)
        ev = Evidence.from_edge(g, u, v, k, d)
        if p1 < w0:
            if link not in before or (p1, ev.claim) > (before[link][0], before[link][1].claim):
                before[link] = (p1, ev)
        elif p0 > w1:
            after += 1
        else:
            inside.append((link, (p0, ev)))
    in_links = {link for link, _ in inside}

    def ordered(items: Iterator[tuple[date, Evidence]]) -> tuple[Evidence, ...]:
        return tuple(e for _, e in sorted(items, key=lambda de: (de[0], de[1].subject.casefold(),
                                                                  de[1].object.casefold(), de[1].claim)))
    return Changes(
        start=start, end=end,
        added=ordered(de for link, de in inside if link not in before),
        repeated=ordered(de for link, de in inside if link in before),
        not_seen_since=ordered(de for link, de in before.items() if link not in in_links),
        after=after, undated=undated)
