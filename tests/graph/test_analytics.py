"""Analytics on small graphs built by hand, with answers worked out on paper."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from supplykg.extract.model import Article, Fact
from supplykg.graph import analytics as an
from supplykg.graph.network import EDGE_FIELDS, to_networkx
from supplykg.graph.rdf import article_to_graph


def _fact(g: nx.MultiDiGraph, key: str, s: str, rel: str, o: str, **attrs) -> None:
    d = dict.fromkeys(EDGE_FIELDS)
    d.update(relation=rel, status="asserted", evidence=f"sentence {key}", article="a.txt", claim=key)
    d.update(attrs)
    g.add_edge(s, o, key=key, **d)


@pytest.fixture
def g() -> nx.MultiDiGraph:
    """Companies A..E and X, products P and Q (Q only named on edges). Supplier -> customer:

    E -> A (c5, rumoured, 2022), A -> B (c1 2023-05, c11 2024-03, and B's order c7 names A),
    C -> B (c2), X -> B (c6, denied), D -> C (c3 supplies, c4 delivered), E -> C (c10).
    """
    g = nx.MultiDiGraph()
    for n in "ABCDEX":
        g.add_node(f"co:{n}", label=n, type="Company", iri=f"co:{n}")
    g.add_node("pr:P", label="P", type="Product", iri="pr:P")
    _fact(g, "c1", "co:A", "supplies", "co:B", product="P", product_iri="pr:P", date="2023-05")
    _fact(g, "c2", "co:C", "supplies", "co:B", product="P", product_iri="pr:P", date="2024-02")
    _fact(g, "c3", "co:D", "supplies", "co:C", product="Q", product_iri="pr:Q", date="2024-07")
    _fact(g, "c4", "co:D", "delivered", "co:C", product="Q", product_iri="pr:Q", date="2024-08", quantity=5)
    _fact(g, "c5", "co:E", "supplies", "co:A", status="rumoured", date="2022")
    _fact(g, "c6", "co:X", "supplies", "co:B", product="Q", product_iri="pr:Q", status="denied", date="2024-03")
    _fact(g, "c7", "co:B", "ordered", "pr:P", supplier="A", supplier_iri="co:A", date="2024-09")
    _fact(g, "c8", "co:A", "manufactures", "pr:P", article_date="2024-04")
    _fact(g, "c9", "co:B", "uses", "pr:P", status="planned")
    _fact(g, "c10", "co:E", "supplies", "co:C", date="2024-01")
    _fact(g, "c11", "co:A", "supplies", "co:B", product="P", product_iri="pr:P", date="2024-03")
    return g


def claims(evidence) -> list[str]:
    return [e.claim for e in evidence]


def test_direct_suppliers_exclude_denied(g):
    got = an.suppliers(g, "B")
    assert [(n.label, n.tier, claims(n.evidence), n.products) for n in got] == [
        ("A", 1, ["c1", "c11", "c7"], ("P",)),
        ("C", 1, ["c2"], ("P",)),
    ]
    with_denied = an.suppliers(g, "b", include_denied=True)
    assert [n.label for n in with_denied] == ["A", "C", "X"]
    assert with_denied[2].evidence[0].status == "denied"


def test_suppliers_by_tier(g):
    got = an.suppliers(g, "co:B", tiers=2)
    assert [(n.label, n.tier, n.via, claims(n.evidence)) for n in got] == [
        ("A", 1, ("B",), ["c1", "c11", "c7"]),
        ("C", 1, ("B",), ["c2"]),
        ("D", 2, ("C",), ["c3", "c4"]),
        ("E", 2, ("A", "C"), ["c10", "c5"]),
    ]
    assert got[2].products == ("Q",)  # Q is only named on edges, never a node
    assert an.suppliers(g, "B", tiers=5) == got  # nothing beyond tier 2


def test_customers_by_tier(g):
    got = an.customers(g, "D", tiers=3)
    assert [(n.label, n.tier, claims(n.evidence)) for n in got] == [("C", 1, ["c3", "c4"]), ("B", 2, ["c2"])]
    assert an.customers(g, "B") == []


def test_supply_paths(g):
    paths = an.supply_paths(g, "E", "B")
    assert [p.labels for p in paths] == [("E", "A", "B"), ("E", "C", "B")]
    assert [claims(h) for h in paths[0].hops] == [["c5"], ["c1", "c11", "c7"]]
    assert an.supply_paths(g, "E", "B", max_hops=1) == []
    assert an.supply_paths(g, "B", "E") == []
    assert an.supply_paths(g, "X", "B") == []
    assert [p.labels for p in an.supply_paths(g, "X", "B", include_denied=True)] == [("X", "B")]
    assert len(an.supply_paths(g, "E", "B", limit=1)) == 1


def test_single_source_dependencies(g):
    got = an.single_source_dependencies(g)
    assert [(d.buyer, d.product, d.supplier, claims(d.evidence)) for d in got] == [("C", "Q", "D", ["c3", "c4"])]
    with_denied = an.single_source_dependencies(g, include_denied=True)
    assert [(d.buyer, d.product, d.supplier) for d in with_denied] == [("B", "Q", "X"), ("C", "Q", "D")]


def test_supplier_concentration(g):
    got = {c.buyer: c for c in an.supplier_concentration(g)}
    assert [c.buyer for c in an.supplier_concentration(g)] == ["A", "B", "C"]
    assert (got["A"].suppliers, got["A"].facts, got["A"].hhi, got["A"].top_supplier) == (1, 1, 1.0, "E")
    assert got["B"].shares == {"A": 0.75, "C": 0.25}
    assert got["B"].hhi == pytest.approx(0.625)
    assert got["C"].shares == pytest.approx({"D": 2 / 3, "E": 1 / 3})
    assert got["C"].hhi == pytest.approx(5 / 9)


def test_central_companies_degree_and_betweenness():
    g = nx.MultiDiGraph()
    for n in "ABCD":
        g.add_node(n, label=n, type="Company")
    _fact(g, "k1", "A", "supplies", "B")
    _fact(g, "k2", "B", "supplies", "C")
    _fact(g, "k3", "D", "delivered", "B")
    _fact(g, "k4", "D", "supplies", "C", status="denied")
    top = an.central_companies(g, top=2)
    assert [(c.label, c.degree, c.in_degree, c.out_degree, c.betweenness) for c in top] == [
        ("B", 3, 2, 1, 1.0), ("A", 1, 0, 1, 0.0)]  # A, C, D tie on 1 fact: by label
    assert claims(top[0].evidence) == ["k1", "k2", "k3"]
    by_b = an.central_companies(g, by="betweenness", include_denied=True)
    # with k4, the undirected graph has the cycle B-C-D: only A's paths still need B (2 of 3 pairs)
    assert [(c.label, c.degree) for c in by_b][:3] == [("B", 3), ("C", 2), ("D", 2)]
    assert by_b[0].betweenness == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="degree"):
        an.central_companies(g, by="pagerank")


def test_changes_in_window(g):
    ch = an.changes(g, "2024-01", "2024-06")
    assert claims(ch.added) == ["c10", "c2", "c8"]  # by date; c8 dated by its article (2024-04)
    assert claims(ch.repeated) == ["c11"]  # A -> B was already reported in 2023
    assert claims(ch.not_seen_since) == ["c5"]
    assert (ch.after, ch.undated) == (3, 1)
    plain = an.changes(g, "2024-01", "2024-06", use_article_date=False)
    assert claims(plain.added) == ["c10", "c2"]
    assert plain.undated == 2
    # a year-precision fact overlaps a window inside that year
    assert "c5" in claims(an.changes(g, "2022-03", "2022-04").added)


def test_supply_paths_stop_at_the_limit_on_a_complete_graph(monkeypatch):
    """Ten companies all supplying each other: 109,601 simple paths from C0 to C9 within 9 hops."""
    g = nx.MultiDiGraph()
    names = [f"C{i}" for i in range(10)]
    for n in names:
        g.add_node(n, label=n, type="Company")
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            if a != b:
                _fact(g, f"c{i}-{j}", a, "supplies", b)
    built = []
    real = an.SupplyPath

    def counted(**fields):
        built.append(fields["labels"])
        return real(**fields)

    monkeypatch.setattr(an, "SupplyPath", counted)
    paths = an.supply_paths(g, "C0", "C9", max_hops=9, limit=5)
    assert len(paths) == 5
    assert paths[0].labels == ("C0", "C9") and all(len(p.labels) == 3 for p in paths[1:])
    assert len({p.labels for p in paths}) == 5
    assert len(built) < 1000  # the work follows the limit, not the number of paths
    assert [len(p.labels) - 1 for p in an.supply_paths(g, "C0", "C9", max_hops=2, limit=100)] == [1] + [2] * 8
    assert [p.labels for p in an.supply_paths(g, "C0", "C9", max_hops=1)] == [("C0", "C9")]


def test_periods_and_bad_input(g):
    assert an.period("2024-02") == (an.date(2024, 2, 1), an.date(2024, 2, 29))
    with pytest.raises(ValueError, match="YYYY-MM"):
        an.period("July 2024")
    with pytest.raises(ValueError, match="month must be in 1..12.*YYYY-MM"):
        an.period("2024-13")


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2024", (2024, 1, 1), (2024, 12, 31)),
    ("2024-7", (2024, 7, 1), (2024, 7, 31)),
    ("2024-07", (2024, 7, 1), (2024, 7, 31)),
    ("2024-7-5", (2024, 7, 5), (2024, 7, 5)),
    (" 2024-02-29 ", (2024, 2, 29), (2024, 2, 29)),
])
def test_period_reads_the_whole_value(value, start, end):
    assert an.period(value) == (an.date(*start), an.date(*end))


@pytest.mark.parametrize("value", ["2024xyz", "2024-07x", "2024-07-15T10:00", "2024-", "2024-123", "24-07",
                                   "2024/07", "２０２４", ""])
def test_period_refuses_anything_else_in_one_line(value):
    with pytest.raises(ValueError) as err:
        an.period(value)
    assert str(err.value) == f"cannot read date {value!r}; expected YYYY, YYYY-MM or YYYY-MM-DD"


def test_changes_window_of_one_month_written_with_one_digit(g):
    def found(start, end):
        ch = an.changes(g, start, end)
        return [[e.claim for e in part] for part in (ch.added, ch.repeated, ch.not_seen_since)]

    assert found("2024-3", "2024-3") == found("2024-03", "2024-03")
    assert found("2024-3", "2024-3") != found("2024", "2024")  # '2024-7' used to mean all of 2024


def test_bad_window_company_and_tiers(g):
    with pytest.raises(ValueError, match="swap"):
        an.changes(g, "2024-06", "2024-01")
    with pytest.raises(ValueError, match="did you mean A"):
        an.suppliers(g, "AA")
    with pytest.raises(ValueError, match="tiers"):
        an.suppliers(g, "B", tiers=0)


def test_answers_are_json_ready(g):
    out = {
        "suppliers": [n.to_dict() for n in an.suppliers(g, "B", tiers=2)],
        "paths": [p.to_dict() for p in an.supply_paths(g, "E", "B")],
        "deps": [d.to_dict() for d in an.single_source_dependencies(g)],
        "conc": [c.to_dict() for c in an.supplier_concentration(g)],
        "central": [c.to_dict() for c in an.central_companies(g)],
        "changes": an.changes(g, "2024", "2024").to_dict(),
    }
    back = json.loads(json.dumps(out))
    assert back["suppliers"][0]["evidence"][0]["evidence"] == "sentence c1"


def test_seed_bytedance_suppliers_from_rdf():
    """The issue's check: suppliers of ByteDance from the seed facts, through RDF and the projection."""
    art = Article(id="seed.txt", text="x" * 200, date="2024-09", lang="fr")
    f = dict(article="seed.txt", subject_type="Company", object_type="Company", evidence="s", start=0, end=1)
    facts = [
        Fact(subject="Huawei", relation="delivered", object="ByteDance", product="Ascend 910B",
             quantity=30000, quantity_qualifier="fewer_than", date="2024-07", **f),
        Fact(subject="ByteDance", relation="ordered", object="Ascend 910B", supplier="Huawei",
             **{**f, "object_type": "Product"}),
        Fact(subject="Nvidia", relation="supplies", object="ByteDance", product="H20", **f),
        Fact(subject="Microsoft", relation="supplies", object="ByteDance", **f),
        Fact(subject="Intel", relation="supplies", object="ByteDance", status="denied", **f),
    ]
    g = to_networkx(article_to_graph(art, facts))
    got = an.suppliers(g, "ByteDance")
    assert [(n.label, n.products, len(n.evidence)) for n in got] == [
        ("Huawei", ("Ascend 910B",), 2), ("Microsoft", (), 1), ("Nvidia", ("H20",), 1)]
    delivered = next(e for e in got[0].evidence if e.relation == "delivered")
    assert (delivered.quantity, delivered.quantity_qualifier, delivered.date) == (30000, "fewer_than", "2024-07")
    assert [d.supplier for d in an.single_source_dependencies(g)] == ["Huawei", "Nvidia"]


def test_betweenness_is_sampled_on_large_graphs(g, monkeypatch):
    """Above the exact limit the estimate is seeded: same answer twice, hubs still first."""
    monkeypatch.setattr(an, "BETWEENNESS_EXACT_MAX_NODES", 2)
    monkeypatch.setattr(an, "BETWEENNESS_MIN_SAMPLE", 4)
    monkeypatch.setattr(an, "BETWEENNESS_BUDGET", 0)
    first = an.central_companies(g, by="betweenness")
    assert [c.to_dict() for c in first] == [c.to_dict() for c in an.central_companies(g, by="betweenness")]
    assert {c.label for c in first} == {"A", "B", "C", "D", "E"}
