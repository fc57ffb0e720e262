"""Corroboration in the store: computed per fact, kept in step as articles come and go, the same on every build.

The articles (``corroboration_articles.py``) are written for these tests. Runs on all three backends.
"""
from __future__ import annotations

from corroboration_articles import (ALL, DENIAL, KEY, ORDER_B, OWN, WIRE_A, WIRE_B, article, cs, fact, figures, graph_of,
                                    stored)
from rdflib import Literal

from supplykg.graph.rdf import article_graph_iri
from supplykg.graph.store import open_store
from supplykg.graph.validate import check
from supplykg.ontology.iri import entity_iri


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


def test_named_queries_read_the_corroboration(store_location):
    from supplykg.graph.query import run_named, table_rows

    with open_store(store_location) as kg:
        for a in ALL:
            cs.put_article(kg, graph_of(a))
        header, body = table_rows(run_named(kg, "corroboration", {"company": ""}))
        assert header[:11] == ["subjectName", "relation", "objectName", "productName", "articles", "sources",
                               "statuses", "firstSeen", "lastSeen", "conflict", "conflicts"]
        assert [r[:11] for r in body] == [
            ["Norvik Semiconductor", "supplies", "Helion Devices", "HBM3E", "4", "3", "asserted, denied",
             "2024-07-24", "2024-09-02", "true", "denial"],
            ["Kestrel Cloud", "ordered", "Ascend 910B", "", "2", "2", "asserted", "2024-05", "2024-06", "true",
             "quantity"]]
        assert [r[0] for r in table_rows(run_named(kg, "corroboration", {"company": "helion DEVICES"}))[1]] == [
            "Norvik Semiconductor"]
        header, body = table_rows(run_named(kg, "conflicts", {}))
        assert [(r[0], r[4], r[5], r[10], r[11]) for r in body] == [
            ("Kestrel Cloud", "quantity", "asserted", "order_a.txt", "2024-05"),
            ("Kestrel Cloud", "quantity", "asserted", "order_b.txt", "2024-06"),
            ("Norvik Semiconductor", "denial", "asserted", "wire_daily.txt", "2024-07-24"),
            ("Norvik Semiconductor", "denial", "asserted", "wire_weekly.txt", "2024-07-25"),
            ("Norvik Semiconductor", "denial", "asserted", "ledger.txt", "2024-08"),
            ("Norvik Semiconductor", "denial", "denied", "denial.txt", "2024-09-02")]


def test_a_store_from_before_corroboration_is_computed_on_the_next_build(tmp_path):
    from supplykg import api
    from supplykg.ontology.namespace import SKG

    loc = str(tmp_path / "old")
    with open_store(loc) as kg:  # as an earlier version wrote them: no corroboration, one claim without statement
        kg.put_article(graph_of(WIRE_A))
        old = graph_of(OWN)
        old.remove((None, SKG.statement, None))
        kg.put_article(old)
    report = api.build([], store=loc)
    assert report.notes == ["1 article(s) were stored by an earlier version and are left out of corroboration; "
                            "build them again with --replace"]
    with open_store(loc) as kg:
        assert figures(kg)["articles"] == 1  # the wire story's claim; the Ledger's waits for --replace
