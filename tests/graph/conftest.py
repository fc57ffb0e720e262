"""Shared fixtures for the graph tests: the seed article, hand-made facts, stores.

Facts are built directly (no spaCy): the seed article's facts as the gold annotations
record them, plus a second, invented English article that adds tier-2 and tier-3
suppliers and a denied claim, so the exposure and shortcut rules have something to bite.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
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


# -- a real Oxigraph server for the remote store -----------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of an ``oxigraph serve`` on loopback, started once and stopped after the session."""
    # Beside the running Python first: `.venv/bin/pytest` runs without the venv on PATH.
    binary = shutil.which("oxigraph", path=os.path.dirname(sys.executable)) or shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the `oxigraph` server binary is missing: pip install 'oxigraph>=0.5.13,<0.6'")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except (urllib.error.URLError, OSError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"oxigraph serve did not start on port {port}: {err}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture()
def remote_url(oxigraph_server: str) -> str:
    """The server, emptied before each test."""
    req = urllib.request.Request(f"{oxigraph_server}/update", data=b"DROP ALL",
                                 headers={"Content-Type": "application/sparql-update"}, method="POST")
    urllib.request.urlopen(req, timeout=10).read()
    return oxigraph_server


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
