"""Export: every format reparses with rdflib and with pyoxigraph (an independent parser) to the same graph."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from supplykg.graph.export import FORMATS, export, normalise_format
from supplykg.graph.rdf import article_graph_iri, article_to_graph
from supplykg.ontology.iri import ONTOLOGY_GRAPH

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld"}


def from_ox(term) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal), f"unexpected blank node or triple term {term}"
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_reparses_with_rdflib_and_pyoxigraph(store, fmt: str, seed_article, seed_facts, other_article,
                                                   other_facts) -> None:
    text = export(store, fmt)
    assert isinstance(text, str) and text
    expected = Graph()
    expected += article_to_graph(seed_article, seed_facts)
    expected += article_to_graph(other_article, other_facts)

    oxi = list(ox.parse(text, format=OX_FORMATS[fmt]))
    if FORMATS[fmt][1]:  # named graphs kept
        ds = Dataset()
        ds.parse(data=text, format=RDFLIB_FORMATS[fmt])
        names = {URIRef(c.identifier) for c in ds.graphs() if len(c)}
        assert names == {article_graph_iri(seed_article), article_graph_iri(other_article)}
        seed = ds.graph(article_graph_iri(seed_article))
        assert isomorphic(seed, article_to_graph(seed_article, seed_facts))
        ox_graphs = {q.graph_name.value for q in oxi}
        assert ox_graphs == {str(n) for n in names}
        ox_seed = {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in oxi
                   if q.graph_name.value == str(article_graph_iri(seed_article))}
        assert ox_seed == set(article_to_graph(seed_article, seed_facts))
    else:
        parsed = Graph()
        parsed.parse(data=text, format=RDFLIB_FORMATS[fmt])
        assert isomorphic(parsed, expected)
        assert {(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in oxi} == set(expected)


def test_turtle_is_readable(store) -> None:
    text = export(store, "turtle")
    for prefix in ("skg", "schema", "prov", "rdfs", "xsd", "company"):
        assert f"@prefix {prefix}: " in text
    assert "company:huawei a skg:Company" in text
    assert "skg:supplies company:bytedance" in text
    assert "http://schema.org/" not in text


def test_export_is_deterministic_and_written_atomically(store, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "kg.nt"
    with pytest.raises(FileNotFoundError) as err:  # a missing folder is refused, as `build --export` does
        export(store, "nt", out)
    assert err.value.filename == str(out) and not out.parent.exists()
    out.parent.mkdir()
    assert export(store, "nt", out) is None
    assert out.read_text(encoding="utf-8") == export(store, "nt")
    assert [p.name for p in out.parent.iterdir()] == ["kg.nt"]  # no temporary file left


def test_ontology_only_when_asked(store) -> None:
    assert f"<{ONTOLOGY_GRAPH}> ." not in export(store, "nquads")
    assert f"<{ONTOLOGY_GRAPH}> ." in export(store, "nquads", include_ontology=True)


def test_format_names() -> None:
    assert normalise_format("TTL") == "turtle"
    assert normalise_format("json-ld") == "jsonld"
    with pytest.raises(ValueError, match="choose one of turtle, trig, nt, nquads, jsonld"):
        normalise_format("rdfxml")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_exported_file_has_normal_permissions(store, tmp_path: Path) -> None:
    """Not the 0600 of the temporary file: what open(path, 'w') would give, so others can read it."""
    old = os.umask(0o022)
    try:
        out = tmp_path / "kg.ttl"
        export(store, "turtle", out)
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        os.umask(0o027)
        export(store, "turtle", tmp_path / "group.ttl")
        assert stat.S_IMODE((tmp_path / "group.ttl").stat().st_mode) == 0o640
        # overwriting keeps the file's own mode, as a shell redirection would
        out.chmod(0o664)
        export(store, "nt", out)
        assert stat.S_IMODE(out.stat().st_mode) == 0o664
    finally:
        os.umask(old)


#: Every character ``str.splitlines()`` breaks a line at, besides \n and \r (which N-Triples escapes).
LINE_BREAKERS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def test_every_export_reparses_with_line_breaking_characters_in_the_text(store_location) -> None:
    """A form feed, NEL or U+2028 in a sentence once split a sorted N-Triples line in two."""
    from supplykg.extract.model import Article, Fact
    from supplykg.graph.store import open_store

    text = f"Alpha Semi supplies Beta Cloud.{LINE_BREAKERS}\x1b[2J\rPage two: Gamma Foundry supplies Delta Devices."
    article = Article(id="breaks.txt", text=text, title=f"odd{LINE_BREAKERS}title", lang="en")
    evidence = text[31:]
    assert text[31 + len(LINE_BREAKERS) + 5] == "P"
    fact = Fact(article=article.id, subject="Gamma Foundry", subject_type="Company", relation="supplies",
                object="Delta Devices", object_type="Company", evidence=evidence, start=31, end=len(text))
    expected = article_to_graph(article, [fact])
    with open_store(store_location) as store:
        store.put_article(expected)
        for fmt in FORMATS:
            text_out = export(store, fmt)
            assert not any(c in text_out for c in LINE_BREAKERS + "\x1b\r"), fmt  # escaped: nothing to obey
            oxi = {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                   for q in ox.parse(text_out, format=OX_FORMATS[fmt])}
            assert oxi == set(expected), fmt
            parsed = Dataset() if FORMATS[fmt][1] else Graph()
            parsed.parse(data=text_out, format=RDFLIB_FORMATS[fmt])
            assert set((s, p, o) for s, p, o, *_ in (parsed.quads() if FORMATS[fmt][1] else parsed)) == \
                set(expected), fmt


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_oxigraph_writes_what_the_articles_say_and_nothing_the_ontology_alone_says(tmp_path: Path, fmt: str) -> None:
    """The embedded store's writer cuts the ontology's own triples out of Oxigraph's text and puts the point
    back on decimals: every triple as written, a decimal look-alike in a sentence untouched, and what an
    article says of an ontology term kept while the ontology's triples about that term are left out."""
    from rdflib import RDFS, XSD

    from supplykg.extract.model import Article, Fact
    from supplykg.graph.store import open_store
    from supplykg.ontology import ontology_graph
    from supplykg.ontology.namespace import SKG

    text = 'skg:Company said "5"^^xsd:decimal and\n"7"^^<http://www.w3.org/2001/XMLSchema#decimal> .'
    art = Article(id="a.txt", text=text, date="2024-09", lang="en")
    facts = [Fact(subject="Huawei", subject_type="Company", relation="supplies", object="ByteDance",
                  object_type="Company", article=art.id, evidence=text, start=0, end=len(text), confidence=1.0,
                  quantity=100000)]
    graph = article_to_graph(art, facts)
    graph.add((SKG.Company, RDFS.comment, Literal("an article's own word on the class")))
    graph.add((URIRef("https://example.org/x"), RDFS.comment, Literal("100000.0", datatype=XSD.decimal)))
    with open_store(str(tmp_path / "store")) as kg:
        kg.put_article(graph)
        expected = set(graph)
        for with_ontology, want in ((False, expected), (True, expected | set(ontology_graph()))):
            parsed = Graph().parse(data=export(kg, fmt, include_ontology=with_ontology), format=RDFLIB_FORMATS[fmt])
            assert set(parsed) == want
    assert (URIRef("https://example.org/x"), RDFS.comment, Literal("100000.0", datatype=XSD.decimal)) in parsed
