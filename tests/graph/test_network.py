"""The RDF -> networkx projection and the Gephi writers."""
from __future__ import annotations

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph

from supplykg.extract.model import Article, Fact
from supplykg.graph.network import EDGE_FIELDS, to_networkx, write_gexf, write_graphml
from supplykg.graph.rdf import article_to_graph, claim_iri
from supplykg.ontology.iri import entity_iri
from supplykg.ontology.namespace import SKG

SENTENCE = "ByteDance a commandé plus de 100 000 puces Ascend 910B, mais en a reçu moins de 30 000 en juillet."
ART = Article(id="000_seed.txt", text="Intro. " + SENTENCE, date="2024-09", lang="fr", title="Puces <b>IA</b>",
              url="https://example.org/a")
START = ART.text.index(SENTENCE)
BASE = dict(article=ART.id, evidence=SENTENCE, start=START, end=START + len(SENTENCE), confidence=0.8)
DELIVERED = Fact(subject="Huawei", subject_type="Company", relation="delivered", object="ByteDance",
                 object_type="Company", product="Ascend 910B", quantity=30000, quantity_qualifier="fewer_than",
                 date="2024-07", **BASE)
ORDERED = Fact(subject="ByteDance", subject_type="Company", relation="ordered", object="Ascend 910B",
               object_type="Product", supplier="Huawei", quantity=100000, quantity_qualifier="more_than",
               date="2024", **BASE)
DENIED = Fact(subject="ByteDance", subject_type="Company", relation="uses", object="Ascend 910B",
              object_type="Product", status="denied", **BASE)
FACTS = [DELIVERED, ORDERED, DENIED]


def iri(kind: str, name: str) -> str:
    return str(entity_iri(kind, name))


@pytest.fixture(scope="module")
def rdf() -> Graph:
    return article_to_graph(ART, FACTS)


def test_nodes_have_label_and_type(rdf):
    g = to_networkx(rdf)
    assert dict(g.nodes(data="type")) == {iri("Company", "Huawei"): "Company", iri("Company", "ByteDance"): "Company",
                                          iri("Product", "Ascend 910B"): "Product"}
    assert g.nodes[iri("Company", "ByteDance")]["label"] == "ByteDance"


def test_one_edge_per_claim_keyed_by_claim_iri(rdf):
    g = to_networkx(rdf)
    keys = {k for _, _, k in g.edges(keys=True)}
    assert keys == {str(c) for c in rdf.subjects(RDF.type, SKG.Claim)}
    assert keys == {str(claim_iri(f, ART)) for f in FACTS}
    for _, _, d in g.edges(data=True):
        assert set(EDGE_FIELDS) <= set(d)


def test_edge_keeps_what_the_view_needs(rdf):
    g = to_networkx(rdf)
    d = g.edges[iri("Company", "Huawei"), iri("Company", "ByteDance"), str(claim_iri(DELIVERED, ART))]
    assert {k: d[k] for k in ("relation", "product", "quantity", "quantity_qualifier", "date", "status",
                              "confidence", "evidence", "start", "end", "article", "lang", "article_date")} == {
        "relation": "delivered", "product": "Ascend 910B", "quantity": 30000, "quantity_qualifier": "fewer_than",
        "date": "2024-07", "status": "asserted", "confidence": 0.8, "evidence": SENTENCE, "start": START,
        "end": START + len(SENTENCE), "article": "000_seed.txt", "lang": "fr", "article_date": "2024-09"}
    assert d["product_iri"] == iri("Product", "Ascend 910B")
    assert d["article_iri"].startswith("https://w3id.org/supplykg/id/article/")
    assert d["headline"] == "Puces <b>IA</b>" and d["url"] == "https://example.org/a"
    assert d["value"] is None


def test_ordered_names_its_supplier_and_denied_stays(rdf):
    g = to_networkx(rdf)
    by_rel = {d["relation"]: d for _, _, d in g.edges(data=True)}
    assert (by_rel["ordered"]["supplier"], by_rel["ordered"]["supplier_iri"]) == ("Huawei", iri("Company", "Huawei"))
    assert by_rel["uses"]["status"] == "denied"


@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")  # inside rdflib
def test_union_of_article_graphs_merges_entities():
    """What the store hands over: a union over one named graph per article."""
    other = Article(id="001.txt", text="Nvidia supplies ByteDance.", lang="en")
    f = Fact(article="001.txt", subject="Nvidia", subject_type="Company", relation="supplies", object="ByteDance",
             object_type="Company", evidence="Nvidia supplies ByteDance.", start=0, end=26, product="H20")
    ds = Dataset(default_union=True)
    for a, facts in ((ART, FACTS), (other, [f])):
        named = ds.graph(article_to_graph(a, []).identifier)
        named += article_to_graph(a, facts)
    g = to_networkx(ds)
    assert g.number_of_nodes() == 4 and g.number_of_edges() == 4
    assert g.in_degree(iri("Company", "ByteDance")) == 2
    assert {d["article"] for _, _, d in g.edges(data=True)} == {"000_seed.txt", "001.txt"}


def test_empty_graph_gives_empty_network():
    g = to_networkx(Graph())
    assert isinstance(g, nx.MultiDiGraph) and g.number_of_nodes() == 0


def test_oxrdflib_store(rdf):
    """oxrdflib is a required dependency (the on-disk store's queries go through it)."""
    import oxrdflib  # noqa: F401  registers the "Oxigraph" store plugin

    g = Graph(store="Oxigraph")
    g += rdf
    assert nx.utils.edges_equal(to_networkx(g).edges(keys=True, data=True), to_networkx(rdf).edges(keys=True, data=True))


def test_graphml_round_trip(rdf, tmp_path):
    g = to_networkx(rdf)
    path = write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == 3 and back.number_of_edges() == 3
    assert {k for _, _, k in back.edges(keys=True)} == {k for _, _, k in g.edges(keys=True)}
    quantities = {d["relation"]: d.get("quantity") for _, _, d in back.edges(data=True)}
    assert quantities == {"delivered": 30000, "ordered": 100000, "uses": None}  # ints stay ints; None is absent
    assert "None" not in path.read_text("utf-8")
    assert back.nodes[iri("Company", "Huawei")]["label"] == "Huawei"


def test_gexf_round_trip(rdf, tmp_path):
    g = to_networkx(rdf)
    path = write_gexf(g, tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == 3 and back.number_of_edges() == 3
    assert "None" not in path.read_text("utf-8")
    assert sorted(d["label"] for _, d in back.nodes(data=True)) == ["Ascend 910B", "ByteDance", "Huawei"]


@pytest.mark.parametrize(("writer", "reader"), [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)])
def test_gephi_files_reparse_with_control_characters_in_the_text(tmp_path, writer, reader):
    """XML 1.0 forbids most C0 controls: written raw, one form feed made the whole file unreadable."""
    odd = "Page\fbreak\v\x1c\x1b[2J \x85\u2028end"
    art = Article(id="odd.txt", text="Intro. " + SENTENCE + " " + odd, lang="fr")
    fact = Fact(**{**DELIVERED.asdict(), "article": art.id, "evidence": SENTENCE + " " + odd,
                   "end": len(art.text)})
    path = writer(to_networkx(article_to_graph(art, [fact])), tmp_path / f"g.{writer.__name__[6:]}")
    back = reader(path)
    (evidence,) = [d["evidence"] for _, _, d in back.edges(data=True)]
    assert evidence == SENTENCE + " Page\ufffdbreak\ufffd\ufffd\ufffd[2J \x85\u2028end"


@pytest.mark.parametrize("writer", [write_graphml, write_gexf])
def test_gephi_files_are_replaced_whole_or_not_at_all(rdf, tmp_path, monkeypatch, writer):
    """A full disk halfway through used to leave broken XML over the previous file."""
    import errno

    target = tmp_path / f"g.{writer.__name__[6:]}"
    writer(to_networkx(rdf), target)
    before = target.read_bytes()
    name = "write_graphml" if writer is write_graphml else "write_gexf"
    real_write = getattr(nx, name)

    def half_then_full(g, path, *args, **kwargs):
        real_write(g, path, *args, **kwargs)
        with open(path, "r+b") as fh:
            fh.truncate(40)
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(nx, name, half_then_full)
    with pytest.raises(OSError) as err:
        writer(to_networkx(rdf), target)
    assert err.value.filename == str(target)  # the user's path, not the temporary file's
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_each_store_is_projected_where_it_lies_as_its_rdflib_copy_would_be(store) -> None:
    """Read straight from the store (Oxigraph's default graph, a server's SPARQL, rdflib's memory): the same
    nodes, edges and attributes as projecting the union graph copied into rdflib, as was done before."""
    direct, copied = to_networkx(store), to_networkx(store.union_graph())
    assert direct.number_of_edges() > 0
    assert list(direct.nodes(data=True)) == list(copied.nodes(data=True))
    assert list(direct.edges(keys=True, data=True)) == list(copied.edges(keys=True, data=True))


def test_the_projection_reads_no_rdflib_copy_of_an_embedded_store(tmp_path, seed_article, seed_facts,
                                                                    monkeypatch) -> None:
    from supplykg.graph.oxigraph_store import OxigraphStore
    from supplykg.graph.store import open_store

    with open_store(str(tmp_path / "s")) as kg:
        kg.put_article(article_to_graph(seed_article, seed_facts))
        monkeypatch.setattr(OxigraphStore, "quads", lambda *a, **k: pytest.fail("the store was copied"))
        assert to_networkx(kg).number_of_edges() == len(seed_facts)
