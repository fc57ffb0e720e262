"""The seed article (shipped in seeds/): the facts an analyst would record, with quantities and dates."""
from __future__ import annotations

from pathlib import Path

import pytest

from supplykg.extract import extract_articles
from supplykg.extract.model import Skip
from supplykg.extract.reader import read_paths

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_547f356ac4fc7056.txt"


@pytest.fixture(scope="module")
def seed_facts():
    (article,) = [a for a in read_paths([str(SEED)]) if not isinstance(a, Skip)]
    assert (article.lang, article.date) == ("fr", "2024-09")
    return article, next(iter(extract_articles([article])))[1]


def test_seed_core_facts(seed_facts):
    _, facts = seed_facts
    got = {(f.subject, f.relation, f.object): f for f in facts}
    assert {k for k in got if k[1] in ("supplies", "ordered", "delivered")} == {
        ("Huawei", "supplies", "ByteDance"),
        ("Nvidia", "supplies", "ByteDance"),
        ("Microsoft", "supplies", "ByteDance"),
        ("ByteDance", "ordered", "Ascend 910B"),
        ("Huawei", "delivered", "ByteDance"),
    }
    order = got[("ByteDance", "ordered", "Ascend 910B")]
    assert (order.quantity, order.quantity_qualifier, order.date, order.supplier) == (100000, "more_than", "2024", "Huawei")
    delivery = got[("Huawei", "delivered", "ByteDance")]
    assert (delivery.quantity, delivery.quantity_qualifier, delivery.date, delivery.product) == (
        30000, "fewer_than", "2024-07", "Ascend 910B")


def test_seed_other_relations(seed_facts):
    _, facts = seed_facts
    keys = {(f.subject, f.relation, f.object) for f in facts}
    assert {("ByteDance", "parent_of", "TikTok"), ("Huawei", "manufactures", "Ascend 910B"),
            ("Nvidia", "manufactures", "H20"), ("ByteDance", "uses", "Ascend 910B")} <= keys
    (restriction,) = [f for f in facts if f.relation == "restricts_export"]
    assert (restriction.subject, restriction.date) == ("United States", "2022")
    assert ("ByteDance", "manufactures", "Ascend 910B") not in keys


def test_seed_entities_are_deduplicated(seed_facts):
    _, facts = seed_facts
    names = {f.subject for f in facts} | {f.object for f in facts}
    for canonical, variants in {"Huawei": ["Huawei Technologies"], "ByteDance": ["Le propriétaire de TikTok"],
                                "Nvidia": ["NVIDIA"]}.items():
        assert canonical in names and not set(variants) & names
    iris = {f.subject: f.subject_iri for f in facts}
    assert iris["ByteDance"].endswith("/company/bytedance")


def test_seed_evidence_points_into_the_text(seed_facts):
    article, facts = seed_facts
    for f in facts:
        assert article.text[f.start:f.end] == f.evidence
        assert 0.0 < f.confidence <= 1.0


def test_seed_graph_has_one_node_per_entity(seed_facts):
    from rdflib import RDFS

    from supplykg.graph.rdf import article_to_graph

    article, facts = seed_facts
    g = article_to_graph(article, facts)
    for name in ("ByteDance", "Huawei", "Nvidia", "Microsoft", "TikTok", "Ascend 910B", "H20"):
        nodes = {s for s, o in g.subject_objects(RDFS.label) if str(o) == name}
        assert len(nodes) == 1, f"{name}: {nodes}"
    labels = [str(o) for o in g.objects(None, RDFS.label)]
    assert not {"Huawei Technologies", "NVIDIA", "Le propriétaire de TikTok"} & set(labels)
