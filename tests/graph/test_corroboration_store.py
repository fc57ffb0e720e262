"""Corroboration in the store: computed per fact, kept in step as articles come and go, the same on every build.

The articles are written for these tests (invented companies); their facts are made by
hand, so nothing here depends on what the extractor finds. Runs on all three backends.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from supplykg.extract.model import Article, Fact
from supplykg.graph import corroboration_store as cs
from supplykg.graph.rdf import article_graph_iri, article_to_graph
from supplykg.graph.store import DERIVED_PREFIX, open_store
from supplykg.graph.validate import check
from supplykg.ontology.iri import entity_iri
from supplykg.ontology.namespace import SKG

NORVIK, HELION = str(entity_iri("Company", "Norvik Semiconductor")), str(entity_iri("Company", "Helion Devices"))
HBM = str(entity_iri("Product", "HBM3E"))
KEY = (NORVIK, "supplies", HELION, HBM)


def article(name: str, text: str, date: str, source: str) -> Article:
    return Article(id=name, text=text, date=date, source=source, lang="en")


def fact(a: Article, sentence: str, **kw: object) -> Fact:
    start = a.text.index(sentence)
    base: dict = dict(subject="Norvik Semiconductor", subject_type="Company", relation="supplies",
                      object="Helion Devices", object_type="Company", product="HBM3E", confidence=0.8)
    base.update(kw)
    return Fact(article=a.id, evidence=sentence, start=start, end=start + len(sentence), **base)


WIRE = "Norvik Semiconductor supplies HBM3E memory to Helion Devices, three people briefed on the matter said."
WIRE_A = article("wire_daily.txt", WIRE, "2024-07-24", "https://daily.example/n1 (The Daily Chip, Reuters)")
WIRE_B = article("wire_weekly.txt", "Tech news. " + WIRE, "2024-07-25", "https://weekly.example/n2 (Chip Weekly, Reuters)")
OWN = article("ledger.txt", "Helion Devices buys its HBM3E from Norvik Semiconductor, the Ledger has learned.",
              "2024-08", "Silicon Ledger")
DENIAL = article("denial.txt", "Helion Devices denied that Norvik Semiconductor supplies it with HBM3E memory.",
                 "2024-09-02", "Helion press office")
ORDER_A = article("order_a.txt", "Kestrel Cloud ordered 100,000 Ascend 910B chips in 2024.", "2024-05", "Paper A")
ORDER_B = article("order_b.txt", "Kestrel Cloud ordered 30,000 Ascend 910B chips this year.", "2024-06", "Paper B")


def facts_of(a: Article) -> list[Fact]:
    if a is DENIAL:
        return [fact(a, a.text, status="denied")]
    if a in (ORDER_A, ORDER_B):
        q = 100_000 if a is ORDER_A else 30_000
        return [fact(a, a.text, subject="Kestrel Cloud", relation="ordered", object="Ascend 910B",
                     object_type="Product", product=None, quantity=q, quantity_qualifier="exact", date="2024")]
    return [fact(a, WIRE if a in (WIRE_A, WIRE_B) else a.text)]


ALL = [WIRE_A, WIRE_B, OWN, DENIAL, ORDER_A, ORDER_B]


def graph_of(a: Article, facts: list[Fact] | None = None) -> Graph:
    return article_to_graph(a, facts_of(a) if facts is None else facts)


def stored(kg) -> dict[URIRef, frozenset]:
    """Every corroboration graph of the store: IRI -> its triples."""
    out: dict[URIRef, set] = {}
    for s, p, o, g in kg.quads():
        if str(g).startswith(DERIVED_PREFIX):
            out.setdefault(g, set()).add((s, p, o))
    return {g: frozenset(t) for g, t in out.items()}


def figures(kg, key=KEY) -> dict:
    node = cs.corroboration_iri(key)
    g = Graph()
    for t in stored(kg).get(node, ()):
        g.add(t)
    if not len(g):
        return {}
    return {"articles": int(g.value(node, SKG.articleCount)), "sources": int(g.value(node, SKG.sourceCount)),
            "statuses": sorted(str(s).rsplit("#", 1)[-1] for s in g.objects(node, SKG.statusSeen)),
            "first": str(g.value(node, SKG.firstSeen)), "last": str(g.value(node, SKG.lastSeen)),
            "conflict": g.value(node, SKG.conflict).toPython(),
            "kinds": sorted(str(k) for k in g.objects(node, SKG.conflictKind)),
            "origins": sorted(str(k) for k in g.objects(node, SKG.independentSource))}


def test_corroboration_of_a_wire_story_its_republication_an_own_report_and_a_denial(store_location):
    with open_store(store_location) as kg:
        for a in ALL:
            cs.put_article(kg, graph_of(a))
        assert figures(kg) == {"articles": 4, "sources": 3, "statuses": ["Asserted", "Denied"],
                               "first": "2024-07-24", "last": "2024-09-02", "conflict": True, "kinds": ["denial"],
                               "origins": ["Helion press office", "Reuters", "Silicon Ledger"]}
        order_key = (str(entity_iri("Company", "Kestrel Cloud")), "ordered", str(entity_iri("Product", "Ascend 910B")),
                     None)
        assert figures(kg, order_key)["kinds"] == ["quantity"]
        assert len(stored(kg)) == 2
        assert check(kg).conforms, check(kg).text()


def test_removing_or_replacing_an_article_updates_the_figures(store_location):
    with open_store(store_location) as kg:
        for a in ALL:
            cs.put_article(kg, graph_of(a))
        changed, done = cs.remove_article(kg, article_graph_iri(DENIAL))
        assert changed and (done.written, done.removed) == (1, 0)
        assert figures(kg)["conflict"] is False and figures(kg)["articles"] == 3
        cs.remove_article(kg, article_graph_iri(WIRE_B))
        assert (figures(kg)["articles"], figures(kg)["sources"]) == (2, 2)
        # the Ledger's article edited so that it no longer states the fact: the fact loses it
        cs.put_article(kg, graph_of(OWN, []))
        assert (figures(kg)["articles"], figures(kg)["sources"]) == (1, 1)
        cs.remove_article(kg, article_graph_iri(WIRE_A))
        assert figures(kg) == {}  # no claim left: the fact's graph is gone
        assert not cs.remove_article(kg, article_graph_iri(WIRE_A))[0]
        assert len(stored(kg)) == 1  # the order's


def test_two_builds_of_the_same_articles_give_the_same_corroboration(tmp_path):
    with open_store(str(tmp_path / "one")) as one, open_store(":memory:") as two:
        for a in ALL:
            cs.put_article(one, graph_of(a))
        for a in reversed(ALL):
            cs.put_article(two, graph_of(a))
        cs.put_article(two, graph_of(WIRE_A))  # unchanged: nothing recomputed
        assert stored(one) == stored(two)
        assert cs.put_article(two, graph_of(WIRE_A)) == (False, cs.Refresh())


def test_incremental_equals_a_rebuild_from_scratch(store_location):
    with open_store(store_location) as kg:
        for a in ALL:
            cs.put_article(kg, graph_of(a))
        cs.remove_article(kg, article_graph_iri(OWN))
        cs.put_article(kg, graph_of(ORDER_B, []))
        incremental = stored(kg)
        done = cs.rebuild(kg)
        assert (done.written, done.removed) == (0, 0) and stored(kg) == incremental


def test_a_plan_becomes_overdue_when_a_newer_article_arrives(store_location):
    plan = article("plan.txt", "Rapidus plans to supply Kestrel Cloud from March 2025.", "2024-10", "Paper C")
    later = article("later.txt", "Norvik Semiconductor supplies Helion Devices.", "2025-06", "Paper D")
    key = (str(entity_iri("Company", "Rapidus")), "supplies", str(entity_iri("Company", "Kestrel Cloud")), None)
    with open_store(store_location) as kg:
        cs.put_article(kg, graph_of(plan, [fact(plan, plan.text, subject="Rapidus", object="Kestrel Cloud",
                                                    product=None, status="planned", date="2025-03")]))
        assert figures(kg, key)["conflict"] is False
        cs.put_article(kg, graph_of(later, [fact(later, later.text, product=None)]))
        assert figures(kg, key)["kinds"] == ["overdue"]
        cs.remove_article(kg, article_graph_iri(later))
        assert figures(kg, key)["kinds"] == []


def test_validate_reports_stale_corroboration():
    with open_store(":memory:") as kg:
        cs.put_article(kg, graph_of(WIRE_A))
        kg.put_article(graph_of(OWN))  # written around the corroboration
        report = check(kg)
        assert not report.conforms and len(report.uncounted) == 1
        assert "supplykg corroborate" in report.text()
        cs.rebuild(kg)
        assert check(kg).conforms


def test_stored_literals_are_typed(store_location):
    with open_store(store_location) as kg:
        cs.put_article(kg, graph_of(WIRE_A))
        node = cs.corroboration_iri(KEY)
        row = next(iter(kg.query("SELECT ?n ?f ?c WHERE { ?x skg:articleCount ?n ; skg:firstSeen ?f ; skg:conflict ?c }",
                                 {"x": node})))
        assert row[0] == Literal(1) and row[2] == Literal(False)
        assert str(row[1].datatype).endswith("#date")
