"""What a build stores does not depend on how its writer groups the work.

The writer writes articles several to a transaction and recomputes the facts they touch
only when it publishes a snapshot (see ``api._Writer``). Whatever the grouping and however
often it publishes, the store must hold exactly what writing each article by itself with
``corroboration_store.put_article`` holds: the same N-Quads, byte for byte. The articles
repeat facts, deny some, give orders with quantities that disagree, and plan deliveries
whose overdue state moves with the newest publication date, which goes back and forth in
input order: a plan falls overdue when articles that do not mention it move that date.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from foundation import write

from supplykg import api
from supplykg.extract.model import Article, Fact
from supplykg.extract.reader import read_paths
from supplykg.graph import corroboration_store as corroboration
from supplykg.graph.rdf import article_to_graph

DATES = ["2024-03", "2023-11", "2024-07", "2024-01", "2025-02", "2023-05", "2024-12", "2024-09", "2025-01",
         "2023-09", "2024-05", "2025-03"]


def varied_extract(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
    """Facts made from the article's number (its file name): shared, denied, conflicting and planned ones."""
    for a in articles:
        i = int(a.id.split(".")[0])
        evidence = a.text.strip().splitlines()[-1]

        def fact(subject: str, relation: str, obj: str, object_type: str = "Company", **kw: object) -> Fact:
            return Fact(article=a.id, subject=subject, subject_type="Company", relation=relation, object=obj,
                        object_type=object_type, evidence=evidence, start=0, end=len(evidence),
                        confidence=0.8, lang="en", **kw)  # type: ignore[arg-type]

        if "edited" in a.text:
            yield a, [fact("Delta Devices", "supplies", "Echo Labs")]
            continue
        facts = [fact("Alpha Semi", "supplies", "Beta Cloud", status="denied" if i % 5 == 4 else "asserted"),
                 fact("Alpha Semi", "supplies", f"Client {i % 3}", product="X1 chip"),
                 fact("Beta Cloud", "ordered", "X1 chip", "Product", supplier="Alpha Semi",
                      quantity=1000 * (1 + i % 4), date="2024")]
        if i in (0, 1):  # planned for mid-2024 while the newest article is of 2024-03; overdue from article 2 on
            facts.append(fact("Gamma Foundry", "delivered", "Beta Cloud", status="planned", product="X1 chip",
                              date="2024-06"))
        yield a, facts


def articles(folder: Path, n: int, start: int = 0) -> Path:
    for i in range(start, start + n):
        write(folder, f"{i:02d}.txt", f"date: {DATES[i % len(DATES)]}\nsource: Outlet {i % 4}\n\n"
                                      f"Article {i}: Alpha Semi supplies Beta Cloud, people said.\n")
    return folder


def one_by_one(paths: list[str], location: str) -> None:
    """The reference: each article written by itself, its facts recomputed at once."""
    with api.open_store(location, write=True) as kg:
        for article in read_paths(paths):
            assert isinstance(article, Article)
            (_, facts), = varied_extract([article])
            corroboration.put_article(kg, article_to_graph(article, facts))


@pytest.fixture()
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(api, "BATCH_SIZE", 2)
    return articles(tmp_path / "news", 9)


@pytest.mark.parametrize(("group", "growth", "ratio"), [
    (3, 0.0, 0.0),  # publishes whenever extraction is waited for
    (2, float("inf"), float("inf")),  # recomputes only at the end
    (64, 0.5, 10.0),  # as shipped
])
def test_a_build_stores_what_writing_each_article_by_itself_stores(news: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    group: int, growth: float, ratio: float) -> None:
    monkeypatch.setattr(api, "WRITE_GROUP", group)
    monkeypatch.setattr(api, "PUBLISH_GROWTH", growth)
    monkeypatch.setattr(api, "PUBLISH_RATIO", ratio)
    one_by_one(["news"], "reference")
    report = api.build(["news"], "built", extractor=varied_extract, workers=1)
    assert len(report.added) == 9
    assert api.export("built", "nquads") == api.export("reference", "nquads")
    # A second build adds to a store: the newest date moves (2025-03 is article 11) and plans fall overdue.
    articles(news, 3, start=9)
    one_by_one([str(news / f"{i:02d}.txt") for i in range(9, 12)], "reference")
    assert len(api.build(["news"], "built", extractor=varied_extract, workers=1).added) == 3
    assert api.export("built", "nquads") == api.export("reference", "nquads")


def test_replacing_an_edited_article_stores_what_writing_it_by_itself_stores(news: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The edited version is written and the earlier one (which held a denial) removed: the facts of both
    are recomputed."""
    from supplykg.graph.rdf import article_graph_iri

    monkeypatch.setattr(api, "PUBLISH_GROWTH", float("inf"))
    monkeypatch.setattr(api, "PUBLISH_RATIO", float("inf"))
    api.build(["news"], "built", extractor=varied_extract, workers=1)
    one_by_one(["news"], "reference")
    old, = read_paths([str(news / "04.txt")])
    write(news, "04.txt", "date: 2025-06\nsource: Outlet 0\n\nArticle 4: edited, and the newest.\n")
    report = api.build(["news"], "built", extractor=varied_extract, workers=1, replace=True)
    assert "04.txt" in report.added and any("replaced the earlier version" in n for n in report.notes)
    one_by_one([str(news / "04.txt")], "reference")
    with api.open_store("reference", write=True) as kg:
        corroboration.remove_article(kg, article_graph_iri(old))
    assert api.export("built", "nquads") == api.export("reference", "nquads")


def test_the_embedded_store_counts_the_distinct_triples_of_its_data_graphs(news: Path) -> None:
    """Counted from the default graph (the union), less what only the ontology or a foreign graph holds."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from supplykg.graph.store import is_data_graph

    api.build(["news"], "built", extractor=varied_extract, workers=1)
    with api.open_store("built", write=True) as kg:
        foreign = ox.NamedNode("http://example.org/graph")
        for g in (foreign, ox.DefaultGraph()):  # one triple of its own, one an article also holds
            kg._ox.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"),
                               ox.Literal("x"), g))
        some = next(q for q in kg._ox.quads_for_pattern(None, None, None, None)
                    if isinstance(q.graph_name, ox.NamedNode) and "/id/article/" in q.graph_name.value)
        kg._ox.add(ox.Quad(some.subject, some.predicate, some.object, foreign))
        expected = {q.triple for q in kg._ox.quads_for_pattern(None, None, None, None)
                    if isinstance(q.graph_name, ox.NamedNode) and is_data_graph(URIRef(q.graph_name.value))}
        assert kg.triple_count() == len(expected) > 100
