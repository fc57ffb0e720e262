"""The store: mapping facts in, idempotent re-ingest, replace/remove, atomic writes, errors.

Most tests run on all three backends (memory, an Oxigraph directory, a live Oxigraph server).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from supplykg.extract.model import Article, Fact
from supplykg.graph.oxigraph_store import OxigraphStore
from supplykg.graph.rdf import article_graph_iri, article_to_graph, article_to_triples
from supplykg.graph.store import (
    MemoryStore,
    StoreError,
    article_triples,
    open_store,
    resolve_location,
)
from supplykg.ontology.iri import ONTOLOGY_GRAPH, entity_iri
from supplykg.ontology.namespace import SKG


def ingest(store, article: Article, facts: list[Fact]) -> bool:
    return store.put_article(article_to_graph(article, facts))


class Exploding(Graph):
    """A graph that fails halfway through being read, like a build interrupted mid-article."""

    def __iter__(self) -> Iterator:  # type: ignore[override]
        for i, t in enumerate(super().__iter__()):
            if i == 5:
                raise RuntimeError("interrupted")
            yield t


def test_mapping_of_hand_made_facts(store_location, seed_article, seed_facts) -> None:
    with open_store(store_location) as store:
        assert ingest(store, seed_article, seed_facts) is True
        a = article_graph_iri(seed_article)
        assert store.articles() == [a]
        assert store.has_article(a)
        huawei, bytedance = entity_iri("Company", "Huawei"), entity_iri("Company", "ByteDance")
        assert store.query("ASK { ?s skg:supplies ?o }", {"s": huawei, "o": bytedance}).askAnswer
        rows = list(store.query(
            "SELECT ?claim ?conf ?art WHERE { ?claim a skg:Claim ; rdf:subject ?s ; rdf:predicate skg:supplies ;"
            " rdf:object ?o ; skg:confidence ?conf ; prov:wasDerivedFrom ?art }", {"s": huawei, "o": bytedance}))
        assert len(rows) == 1
        assert rows[0][1] == Literal("0.8", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))
        assert rows[0][2] == a
        # the ontology graph is loaded and visible to queries, but not counted as an article
        assert store.query("ASK { ?c rdfs:subClassOf rdf:Statement }", {"c": SKG.Claim}).askAnswer
        assert ONTOLOGY_GRAPH not in store.articles()
        union = store.union_graph()
        assert len(union) == store.triple_count() == len(article_to_graph(seed_article, seed_facts))


def test_the_triples_a_build_writes_are_the_graphs(store_location, seed_article, seed_facts, other_article,
                                                   other_facts) -> None:
    """article_to_triples (no rdflib Graph) vouches for the store's form: the same triples, each once, as the
    Graph path gives once checked, and stores hold the same for either."""
    for article, facts in ((seed_article, seed_facts), (other_article, other_facts)):
        named = article_to_triples(article, facts)
        iri, checked = article_triples(article_to_graph(article, facts))
        assert named.identifier == iri and len(set(named.triples)) == len(named.triples)
        assert set(named.triples) == set(checked)
        assert article_triples(named) == (iri, named.triples)
    with open_store(store_location) as store:
        assert store.put_articles([article_to_triples(seed_article, seed_facts),
                                   article_to_triples(other_article, other_facts)]) == [True, True]
        stored = set(store.union_graph())
        assert store.put_article(article_to_graph(seed_article, seed_facts)) is False
        assert store.put_article(article_to_graph(other_article, other_facts)) is False
        assert set(store.union_graph()) == stored


def test_ingesting_twice_changes_nothing(store_location, seed_article, seed_facts, other_article, other_facts) -> None:
    with open_store(store_location) as store:
        ingest(store, seed_article, seed_facts)
        ingest(store, other_article, other_facts)
        before = (store.triple_count(), store.articles(), set(store.union_graph()))
        assert ingest(store, seed_article, seed_facts) is False
        assert ingest(store, other_article, other_facts) is False
        assert (store.triple_count(), store.articles(), set(store.union_graph())) == before


def test_replace_and_remove_an_article(store_location, seed_article, seed_facts, other_article, other_facts) -> None:
    with open_store(store_location) as store:
        ingest(store, seed_article, seed_facts)
        ingest(store, other_article, other_facts)
        # replace: fewer facts for the seed article (say, a newer extractor dropped some)
        assert ingest(store, seed_article, seed_facts[:2]) is True
        assert store.article_graph(article_graph_iri(seed_article)) .isomorphic(
            article_to_graph(seed_article, seed_facts[:2]))
        assert not store.query("ASK { ?s skg:ordered ?o }").askAnswer
        # remove
        assert store.remove_article(article_graph_iri(other_article)) is True
        assert store.remove_article(article_graph_iri(other_article)) is False
        assert store.articles() == [article_graph_iri(seed_article)]
        assert not store.has_article(article_graph_iri(other_article))
        assert len(store.union_graph()) == len(article_to_graph(seed_article, seed_facts[:2]))


def test_denied_fact_is_a_claim_without_shortcut(store_location, other_article, other_facts) -> None:
    with open_store(store_location) as store:
        ingest(store, other_article, other_facts)
        samsung, nvidia = entity_iri("Company", "Samsung"), entity_iri("Company", "Nvidia")
        assert not store.query("ASK { ?s skg:supplies ?o }", {"s": samsung, "o": nvidia}).askAnswer
        assert store.query("ASK { ?c rdf:subject ?s ; skg:status skg:Denied }", {"s": samsung}).askAnswer


def test_interrupted_write_leaves_the_store_unchanged(store_location, seed_article, seed_facts, other_article,
                                                      other_facts) -> None:
    with open_store(store_location) as store:
        ingest(store, seed_article, seed_facts)
        before = set(store.union_graph())
        for article, facts in ((seed_article, seed_facts[:3]), (other_article, other_facts)):  # replace, then new
            bad = Exploding(identifier=article_graph_iri(article))
            bad += article_to_graph(article, facts)
            with pytest.raises(RuntimeError, match="interrupted"):
                store.put_article(bad)
            assert set(store.union_graph()) == before
        assert store.articles() == [article_graph_iri(seed_article)]


def test_oxigraph_write_is_one_transaction(tmp_path: Path, seed_article, seed_facts, other_article,
                                           other_facts, monkeypatch) -> None:
    """Fail *inside* pyoxigraph's transactional extend, after some quads were handed over."""
    with open_store(str(tmp_path / "s")) as store:
        assert isinstance(store, OxigraphStore)
        ingest(store, seed_article, seed_facts)
        before = set(store.union_graph())
        real = store._quads_for

        def failing(name, triples):
            for i, q in enumerate(real(name, triples)):
                if i == 20:
                    raise RuntimeError("disk full")
                yield q

        monkeypatch.setattr(store, "_quads_for", failing)
        with pytest.raises(RuntimeError, match="disk full"):
            ingest(store, other_article, other_facts)
        assert set(store.union_graph()) == before
        assert not store.has_article(article_graph_iri(other_article))


def test_oxigraph_replace_is_one_update(tmp_path: Path, seed_article, seed_facts, monkeypatch) -> None:
    """Replacing an existing graph drops and inserts in one SPARQL update; a failing update keeps the old graph."""
    with open_store(str(tmp_path / "s")) as store:
        ingest(store, seed_article, seed_facts)
        before = set(store.union_graph())
        inner = store._ox

        class Broken:
            def __getattr__(self, name):
                return getattr(inner, name)

            def update(self, text: str) -> None:
                inner.update(text + " ; LOAD <file:///nonexistent> INTO GRAPH <urn:x>")

        monkeypatch.setattr(store, "_ox", Broken())
        with pytest.raises(OSError):
            ingest(store, seed_article, seed_facts[:2])
        monkeypatch.setattr(store, "_ox", inner)
        assert set(store.union_graph()) == before


def test_store_persists_across_opens(tmp_path: Path, seed_article, seed_facts) -> None:
    loc = str(tmp_path / "kg")
    with open_store(loc) as store:
        ingest(store, seed_article, seed_facts)
        count = store.triple_count()
    with open_store(loc) as store:
        assert store.triple_count() == count
        assert store.articles() == [article_graph_iri(seed_article)]
        assert len(list(store.query("SELECT ?c WHERE { GRAPH ?g { ?c a owl:Class } }",
                                    {"g": ONTOLOGY_GRAPH}))) == 11  # ten classes and skg:Corroboration


def test_locked_store_gives_one_line_error(tmp_path: Path) -> None:
    loc = str(tmp_path / "kg")
    with open_store(loc):
        with pytest.raises(StoreError) as err:
            open_store(loc)
    msg = str(err.value)
    assert "in use by another supplykg process" in msg and "\n" not in msg
    with open_store(loc) as again:  # the lock is released on close
        assert again.articles() == []


def test_corrupted_store_gives_one_line_error(tmp_path: Path) -> None:
    loc = tmp_path / "kg"
    with open_store(str(loc)):
        pass
    (loc / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match=r"damaged .* rebuild with `supplykg build`") as err:
        open_store(str(loc))
    assert "\n" not in str(err.value)
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        open_store(str(afile))


def test_unreachable_endpoint_gives_one_line_error() -> None:
    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint .* start the server"):
        open_store("http://127.0.0.1:9/")


def test_closed_store_says_so(seed_article, seed_facts) -> None:
    store = open_store(":memory:")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.articles()


def test_store_module_keeps_its_names() -> None:
    """The Oxigraph backend moved to its own module; the old import path still works."""
    import supplykg.graph.store as store_module

    assert store_module.OxigraphStore is OxigraphStore
    with pytest.raises(AttributeError):
        store_module.NoSuchStore  # noqa: B018


def test_location_resolution(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SUPPLYKG_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_location(None) == str(tmp_path / ".supplykg" / "store")
    monkeypatch.setenv("SUPPLYKG_STORE", ":memory:")
    assert isinstance(open_store(), MemoryStore)


def test_article_graph_must_be_named_and_free_of_blank_nodes() -> None:
    from rdflib import BNode

    with open_store(":memory:") as store:
        with pytest.raises(StoreError, match="identifier is the article IRI"):
            store.put_article(Graph())
        g = Graph(identifier=URIRef("https://w3id.org/supplykg/id/article/0123456789abcdef"))
        g.add((BNode(), RDF.type, SKG.Claim))
        with pytest.raises(StoreError, match="blank node"):
            store.put_article(g)


def test_remote_store_uses_graph_store_protocol(remote_url, seed_article, seed_facts) -> None:
    """The remote store's graphs are visible to any SPARQL client: each article is a real named graph."""
    import json
    import urllib.parse
    import urllib.request

    with open_store(remote_url) as store:
        ingest(store, seed_article, seed_facts)
    q = urllib.parse.urlencode({"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"})
    req = urllib.request.Request(f"{remote_url}/query?{q}", headers={"Accept": "application/sparql-results+json"})
    rows = json.load(urllib.request.urlopen(req, timeout=10))["results"]["bindings"]
    counts = {r["g"]["value"]: int(r["n"]["value"]) for r in rows}
    assert counts[str(article_graph_iri(seed_article))] == len(article_to_graph(seed_article, seed_facts))
    assert str(ONTOLOGY_GRAPH) in counts


def test_oxigraph_default_graph_mirrors_the_union(tmp_path: Path, seed_article, seed_facts, other_article,
                                                  other_facts) -> None:
    """Queries read a deduplicated default graph; it must equal the union after every write."""
    import pyoxigraph as ox

    def mirror(store) -> set:
        from oxrdflib._converter import from_ox

        from supplykg.graph.store import plain
        return {(plain(from_ox(q.subject)), from_ox(q.predicate), plain(from_ox(q.object)))
                for q in store._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())}

    with open_store(str(tmp_path / "s")) as store:
        ingest(store, seed_article, seed_facts)
        ingest(store, other_article, other_facts)
        assert mirror(store) == set(store.union_graph(include_ontology=True))
        ingest(store, seed_article, seed_facts[:2])  # replace
        assert mirror(store) == set(store.union_graph(include_ontology=True))
        store.remove_article(article_graph_iri(other_article))
        assert mirror(store) == set(store.union_graph(include_ontology=True))
        # a label shared by both articles survives removing one of them
        assert store.query("ASK { ?c rdfs:label \"ByteDance\" }").askAnswer
        # each triple is seen once, though entity triples repeat in article graphs
        n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a skg:Company }")))[0])
        assert n == len(set(store.union_graph().subjects(RDF.type, SKG.Company)))


def test_sparql_syntax_errors_are_one_line_store_errors(store_location) -> None:
    """A query that does not parse is the user's mistake: say where, in the text they wrote."""
    with open_store(store_location) as store:
        with pytest.raises(StoreError, match=r"^SPARQL syntax error at line 1, column \d+: \S") as err:
            store.query("SELECT ?s WHERE { ?s ?p ")
        assert "\n" not in str(err.value) and len(str(err.value)) < 300
        # positions are in the user's text, not in the PREFIX lines or VALUES block the store adds
        with pytest.raises(StoreError, match=r"^SPARQL syntax error at line 3, column \d+: "):
            store.query("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = ) }", {"o": Literal("x")})
        with pytest.raises(StoreError, match=r"unknown prefix 'foo:'; declare it with PREFIX foo: <…> "
                                             r"\(predeclared: skg, schema"):
            store.query("SELECT * WHERE { ?s foo:x ?o }")


@pytest.mark.parametrize("update", ["DROP ALL", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "PREFIX ex: <http://example.org/> # comment\ndelete where { ?s ?p ?o }"])
def test_updates_are_refused(store_location, seed_article, seed_facts, update: str) -> None:
    with open_store(store_location) as store:
        ingest(store, seed_article, seed_facts)
        before = store.triple_count()
        with pytest.raises(StoreError) as err:
            store.query(update)
        assert str(err.value) == ("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run; "
                                  "change the store with supplykg build/remove")
        assert store.triple_count() == before
        assert store.query("ASK { ?c rdfs:subClassOf rdf:Statement }", {"c": SKG.Claim}).askAnswer


def test_read_only_open_never_creates_a_store(tmp_path: Path, monkeypatch, seed_article, seed_facts) -> None:
    """create=False: a mistyped --store is an error, not an empty graph, and nothing is written."""
    missing = tmp_path / "typo" / "store"
    with pytest.raises(StoreError) as err:
        open_store(str(missing), create=False)
    assert str(err.value) == f"no store at {missing}; run 'supplykg build' first or pass --store"
    assert not (tmp_path / "typo").exists()
    # the default location, in a folder where nothing was built
    monkeypatch.delenv("SUPPLYKG_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match=r"^no store at .*\.supplykg.store; run 'supplykg build' first"):
        open_store(None, create=False)
    assert not (tmp_path / ".supplykg").exists()
    # an existing folder that is not a store is left alone
    folder = tmp_path / "documents"
    folder.mkdir()
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(folder), create=False)
    assert list(folder.iterdir()) == []
    # a built store opens; the default still creates; memory ignores the flag
    with open_store(str(tmp_path / "kg")) as store:
        ingest(store, seed_article, seed_facts)
    with open_store(str(tmp_path / "kg"), create=False) as store:
        assert store.articles() == [article_graph_iri(seed_article)]
    assert isinstance(open_store(":memory:", create=False), MemoryStore)


def test_every_store_follows_one_default_graph_model(store_location, seed_article, seed_facts, other_article,
                                                     other_facts) -> None:
    """The default graph is the deduplicated union of the article graphs and the ontology, on every store.

    A free-form query over a server once returned a triple once per article holding it (the
    server's union default graph), and a plain SPARQL client saw no triple at all in it.
    """
    with open_store(store_location) as store:
        ingest(store, seed_article, seed_facts)
        ingest(store, other_article, other_facts)
        ingest(store, seed_article, seed_facts[:4])  # replace
        companies = set(store.union_graph().subjects(RDF.type, SKG.Company))
        assert URIRef(entity_iri("Company", "ByteDance")) in companies  # in both articles
        rows = list(store.query("SELECT ?c WHERE { ?c a skg:Company }"))
        assert sorted(r[0] for r in rows) == sorted(companies)  # each once
        n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0])
        expected = set(store.union_graph(include_ontology=True))
        assert n == len(expected)
        store.remove_article(article_graph_iri(other_article))
        expected = set(store.union_graph(include_ontology=True))
        assert int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0]) == len(expected)
    if store_location.startswith("http"):  # what any SPARQL client sees, without supplykg in between
        import urllib.parse
        import urllib.request

        def raw(query: str) -> Graph:
            q = urllib.parse.urlencode({"query": query})
            req = urllib.request.Request(f"{store_location}/query?{q}", headers={"Accept": "application/n-triples"})
            return Graph().parse(data=urllib.request.urlopen(req, timeout=10).read().decode(), format="nt")

        default = raw("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        named = raw("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert len(default) == len(expected) and set(default) == set(named)


def test_a_server_written_by_an_earlier_supplykg_gets_its_default_graph(remote_url, seed_article,
                                                                        seed_facts) -> None:
    """Earlier versions PUT each article's graph and left the server's default graph empty."""
    import urllib.parse
    import urllib.request

    graph = article_to_graph(seed_article, seed_facts)
    url = f"{remote_url}/store?{urllib.parse.urlencode({'graph': str(graph.identifier)})}"
    urllib.request.urlopen(urllib.request.Request(url, data=graph.serialize(format="nt", encoding="utf-8"),
                                                  headers={"Content-Type": "application/n-triples"},
                                                  method="PUT"), timeout=10).read()
    with open_store(remote_url) as store:
        n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0])
        assert n == len(set(store.union_graph(include_ontology=True)))
        assert store.articles() == [graph.identifier]


EVIL_TEXTS = ['x" } } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> "c" } #', "x\\\" } } ; CLEAR ALL ; #",
              "x'''\" . } ; DROP ALL", "x\n} ; DROP ALL ;\n"]


@pytest.mark.parametrize("evil", EVIL_TEXTS)
def test_article_text_cannot_change_the_update_that_writes_it(store_location, seed_article, seed_facts,
                                                              other_article, other_facts, evil: str) -> None:
    """Replacing an article is one SPARQL update built from its triples: text in them stays a literal."""
    import dataclasses

    with open_store(store_location) as store:
        ingest(store, other_article, other_facts)
        ingest(store, seed_article, seed_facts)
        before = set(store.article_graph(article_graph_iri(other_article)))
        odd = [dataclasses.replace(f, evidence=f.evidence + evil) for f in seed_facts]
        ingest(store, seed_article, odd)  # a replace: the update path
        assert set(store.article_graph(article_graph_iri(other_article))) == before
        assert store.query("ASK { ?c rdfs:subClassOf rdf:Statement }", {"c": SKG.Claim}).askAnswer
        assert not store.query("ASK { <urn:a> <urn:b> ?c }").askAnswer
        stored = {str(o) for o in store.article_graph(article_graph_iri(seed_article)).objects(None, SKG.evidence)}
        assert stored == {f.evidence for f in odd}
