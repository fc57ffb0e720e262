"""Shared fixtures for the graph tests: the seed article, hand-made facts, stores.

Facts are built directly (no spaCy): the seed article's facts as the gold annotations
record them, plus a second, invented English article that adds tier-2 and tier-3
suppliers and a denied claim, so the exposure and shortcut rules have something to bite.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from supplykg.extract.model import Article, Fact

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_547f356ac4fc7056.txt"


def _fact(article: Article, evidence: str, **kw: object) -> Fact:
    start = article.text.index(evidence)
    kw.setdefault("subject_type", "Company")
    kw.setdefault("object_type", "Company")
    return Fact(article=article.id, evidence=evidence, start=start, end=start + len(evidence), **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seed_article() -> Article:
    text = SEED.read_text(encoding="utf-8")
    return Article(id=SEED.name, text=text, date="2024-09", source="Reuters", lang="fr", path=str(SEED))


@pytest.fixture(scope="session")
def seed_facts(seed_article: Article) -> list[Fact]:
    a = seed_article
    order = "ByteDance a commandé plus de 100 000 puces Ascend 910B cette année, mais en a reçu moins de 30 000 en juillet"
    return [
        _fact(a, "La société mère chinoise de TikTok, ByteDance", subject="ByteDance", relation="parent_of",
              object="TikTok", confidence=0.9),
        _fact(a, "L’accent accru mis sur l’IA a fait de ByteDance l’un des plus gros acheteurs de puces IA de Huawei",
              subject="Huawei", relation="supplies", object="ByteDance", confidence=0.8),
        _fact(a, "Il s’agit également du plus gros acheteur de la puce H20 AI de Nvidia", subject="Nvidia",
              relation="supplies", object="ByteDance", product="H20", confidence=0.7),
        _fact(a, "ByteDance utilise déjà l’Ascend 910B", subject="ByteDance", relation="uses",
              object="Ascend 910B", object_type="Product", confidence=0.75),
        _fact(a, order, subject="ByteDance", relation="ordered", object="Ascend 910B", object_type="Product",
              supplier="Huawei", quantity=100000, quantity_qualifier="more_than", date="2024", confidence=0.85),
        _fact(a, order, subject="Huawei", relation="delivered", object="ByteDance", product="Ascend 910B",
              quantity=30000, quantity_qualifier="fewer_than", date="2024-07", confidence=0.6),
        _fact(a, "les États-Unis ont commencé en 2022 à restreindre les exportations de puces d’IA avancées",
              subject="United States", subject_type="Government", relation="restricts_export",
              object="advanced AI chips", object_type="Product", date="2022", confidence=0.9),
    ]


@pytest.fixture(scope="session")
def other_article() -> Article:
    text = ("TSMC makes Nvidia's H20 chips. ASML ships lithography tools to TSMC. "
            "Samsung denied that it supplies HBM memory to Nvidia. "
            "Rapidus plans to supply ByteDance from 2027.")
    return Article(id="invented_en.txt", text=text, date="2024-10", source="Invented Wire", lang="en")


@pytest.fixture(scope="session")
def other_facts(other_article: Article) -> list[Fact]:
    a = other_article
    return [
        _fact(a, "TSMC makes Nvidia's H20 chips.", subject="TSMC", relation="supplies", object="Nvidia",
              product="H20", confidence=0.9),
        _fact(a, "ASML ships lithography tools to TSMC.", subject="ASML", relation="supplies", object="TSMC",
              confidence=0.95),
        _fact(a, "Samsung denied that it supplies HBM memory to Nvidia.", subject="Samsung",
              relation="supplies", object="Nvidia", product="HBM", status="denied", confidence=0.7),
        _fact(a, "Rapidus plans to supply ByteDance from 2027.", subject="Rapidus", relation="supplies",
              object="ByteDance", status="planned", date="2027", confidence=0.5),
    ]


@pytest.fixture(params=["memory", "oxigraph", "remote"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A location string for each backend: ':memory:', an Oxigraph directory, a live server."""
    if request.param == "memory":
        return ":memory:"
    if request.param == "oxigraph":
        return str(tmp_path / "store")
    return str(request.getfixturevalue("remote_url"))


@pytest.fixture()
def store(store_location, seed_article, seed_facts, other_article, other_facts):
    """A store of each kind holding the seed's facts and an invented second article."""
    from supplykg.graph.rdf import article_to_graph
    from supplykg.graph.store import open_store

    with open_store(store_location) as s:
        s.put_article(article_to_graph(seed_article, seed_facts))
        s.put_article(article_to_graph(other_article, other_facts))
        yield s
