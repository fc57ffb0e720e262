"""The cached projection: the same graph as reading the store, and never a stale one."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from supplykg.extract.model import Article, Fact
from supplykg.graph import oxigraph_store, projection_cache
from supplykg.graph.network import ANALYSIS_FIELDS, to_networkx
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.store import open_store

ART = Article(id="a.txt", text="Huawei supplies ByteDance.", date="2024-09", lang="en")
LATER = Article(id="b.txt", text="TSMC supplies Nvidia.", date="2024-10", lang="en")


def _fact(article: Article, subject: str, obj: str) -> Fact:
    return Fact(subject=subject, subject_type="Company", relation="supplies", object=obj, object_type="Company",
                article=article.id, evidence=article.text, start=0, end=len(article.text), confidence=0.7)


def _graph(g: nx.MultiDiGraph) -> tuple[list, list]:
    return sorted(g.nodes(data=True)), sorted(g.edges(keys=True, data=True), key=lambda e: e[2])


@pytest.fixture()
def location(tmp_path: Path) -> str:
    path = str(tmp_path / "store")
    with open_store(path) as kg:
        kg.put_article(article_to_graph(ART, [_fact(ART, "Huawei", "ByteDance")]))
    return path


def _cached(location: str) -> list[Path]:
    return sorted((Path(location) / projection_cache.CACHE_DIR).glob("*.pickle"))


@pytest.mark.parametrize("fields", [None, ANALYSIS_FIELDS])
def test_a_cached_projection_is_the_projection(location, fields):
    with open_store(location, read_only=True) as kg:
        read = to_networkx(kg, fields, cache=False)
        first = to_networkx(kg, fields)  # saves it
        assert _cached(location)
        again = to_networkx(kg, fields)  # loads it
    assert _graph(first) == _graph(read) == _graph(again)
    assert again is not first


def test_the_second_read_loads_the_cache(location, monkeypatch):
    with open_store(location, read_only=True) as kg:
        to_networkx(kg)
    monkeypatch.setattr("supplykg.graph.network._project", lambda *a: pytest.fail("read the store again"))
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 1


def test_a_build_invalidates_the_cache(location):
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 1
    with open_store(location) as kg:
        kg.put_article(article_to_graph(LATER, [_fact(LATER, "TSMC", "Nvidia")]))
    with open_store(location, read_only=True) as kg:
        g = to_networkx(kg)
        assert g.number_of_edges() == 2
        assert _graph(g) == _graph(to_networkx(kg, cache=False))


def test_a_removal_invalidates_the_cache(location):
    with open_store(location) as kg:
        kg.put_article(article_to_graph(LATER, [_fact(LATER, "TSMC", "Nvidia")]))
        iri = kg.articles()[0]
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 2
    with open_store(location) as kg:
        assert kg.remove_article(iri)
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 1


def test_the_generation_token_alone_invalidates(location, monkeypatch):
    """Even where the RocksDB files would look the same, the writer's token changes the key."""
    def token_only(path: str) -> str:
        return Path(path, oxigraph_store.GENERATION_FILE).read_text()

    monkeypatch.setattr(oxigraph_store, "_stamp", token_only)
    with open_store(location, read_only=True) as kg:
        before = kg.version()
        assert to_networkx(kg).number_of_edges() == 1
    with open_store(location) as kg:
        kg.put_article(article_to_graph(LATER, [_fact(LATER, "TSMC", "Nvidia")]))
    with open_store(location, read_only=True) as kg:
        assert kg.version() != before
        assert to_networkx(kg).number_of_edges() == 2


def test_a_write_without_the_token_invalidates(location, monkeypatch):
    """A writer that does not bump the token (an older supplykg, another tool) still changes the store's files."""
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 1
    monkeypatch.setattr(oxigraph_store.OxigraphStore, "_bump", lambda self: None)
    token = Path(location, oxigraph_store.GENERATION_FILE).read_bytes()
    with open_store(location) as kg:
        kg.put_article(article_to_graph(LATER, [_fact(LATER, "TSMC", "Nvidia")]))
    assert Path(location, oxigraph_store.GENERATION_FILE).read_bytes() == token
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 2


def test_a_stale_file_is_not_read(location):
    """A cache file whose key is not the store's is ignored and replaced."""
    with open_store(location, read_only=True) as kg:
        to_networkx(kg)
    (path,) = _cached(location)
    with open_store(location) as kg:
        kg.put_article(article_to_graph(LATER, [_fact(LATER, "TSMC", "Nvidia")]))
    stale = path.read_bytes()
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 2
    assert path.read_bytes() != stale


def test_a_writer_memory_and_unwritable_stores_are_read_each_time(location, monkeypatch):
    with open_store(location) as kg:
        assert kg.version() is None
        assert to_networkx(kg).number_of_edges() == 1
    assert not _cached(location)
    with open_store(":memory:") as mem:
        assert mem.version() is None

    def refused(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(projection_cache, "write_atomic", refused)
    with open_store(location, read_only=True) as kg:
        assert to_networkx(kg).number_of_edges() == 1
    assert not _cached(location)


def test_the_graph_commands_read_the_full_projection(location, monkeypatch):
    """A projection of every field answers for the analysis fields: the graph commands' first read after
    a build (which leaves that projection) loads it."""
    with open_store(location, read_only=True) as kg:
        fresh = to_networkx(kg, ANALYSIS_FIELDS, cache=False)
        to_networkx(kg)  # every field, saved
    monkeypatch.setattr("supplykg.graph.network._project", lambda *a: pytest.fail("read the store again"))
    with open_store(location, read_only=True) as kg:
        g = to_networkx(kg, ANALYSIS_FIELDS)
    assert sorted(g.nodes(data=True)) == sorted(fresh.nodes(data=True))
    assert [(u, v, k, {f: d[f] for f in ANALYSIS_FIELDS if f in d}) for u, v, k, d in
            sorted(g.edges(keys=True, data=True), key=lambda e: e[2])] == [
        (u, v, k, {f: d[f] for f in ANALYSIS_FIELDS if f in d}) for u, v, k, d in
        sorted(fresh.edges(keys=True, data=True), key=lambda e: e[2])]


def test_a_build_leaves_its_projection_for_the_next_command(tmp_path, monkeypatch):
    from foundation import fake_extract, write

    from supplykg import api

    store = str(tmp_path / "store")
    news = write(tmp_path / "news", "a.txt", "date: 2024-09\n\nAlpha Semi supplies Beta Cloud.\n")
    assert api.build([str(news)], store, extractor=fake_extract, workers=1).added
    assert _cached(store)
    with open_store(store, read_only=True) as kg:
        expected = _graph(to_networkx(kg, cache=False))
    monkeypatch.setattr("supplykg.graph.network._project", lambda *a: pytest.fail("read the store again"))
    with open_store(store, read_only=True) as kg:
        assert _graph(to_networkx(kg)) == expected
    assert {row["company"] for row in api.analyse(store, question="central")} == {"Alpha Semi", "Beta Cloud"}


def test_a_build_that_adds_nothing_leaves_the_cache_alone(tmp_path):
    from foundation import fake_extract, write

    from supplykg import api

    store = str(tmp_path / "store")
    news = write(tmp_path / "news", "a.txt", "date: 2024-09\n\nAlpha Semi supplies Beta Cloud.\n")
    api.build([str(news)], store, extractor=fake_extract, workers=1)
    before = {p: p.stat().st_mtime_ns for p in _cached(store)}
    assert before  # the first build left one
    assert api.build([str(news)], store, extractor=fake_extract, workers=1).unchanged
    assert {p: p.stat().st_mtime_ns for p in _cached(store)} == before


def test_a_removal_leaves_the_projection_of_what_remains(tmp_path, monkeypatch):
    from foundation import fake_extract, write

    from supplykg import api

    store = str(tmp_path / "store")
    write(tmp_path / "news", "a.txt", "date: 2024-09\n\nAlpha Semi supplies Beta Cloud.\n")
    write(tmp_path / "news", "b.txt", "date: 2024-10\n\nGamma Fab supplies Delta Labs.\n")
    api.build([str(tmp_path / "news")], store, extractor=fake_extract, workers=1)
    assert api.remove(store, "b.txt")
    monkeypatch.setattr("supplykg.graph.network._project", lambda *a: pytest.fail("read the store again"))
    assert {row["company"] for row in api.analyse(store, question="central")} == {"Alpha Semi", "Beta Cloud"}
