"""Articles written for the corroboration tests (invented companies), with their facts made by hand.

A wire story and its republication, an outlet's own report and a denial of one supply
fact; two orders of one product whose quantities disagree. Nothing here depends on what
the extractor finds.
"""
from __future__ import annotations

from rdflib import Graph, URIRef

from supplykg.extract.model import Article, Fact
from supplykg.graph import corroboration_store as cs
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.store import DERIVED_PREFIX
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
