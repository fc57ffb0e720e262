"""Named queries: exact rows on every backend, safe parameters, the W3C result formats."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Literal
from rdflib.query import Result

from supplykg.graph.query import format_result, list_queries, load_query, run_named, table_rows
from supplykg.graph.rdf import article_to_graph
from supplykg.graph.store import open_store


def rows(store, name: str, **params: str) -> list[list[str]]:
    return table_rows(run_named(store, name, params))[1]


def test_list_queries_describes_each_with_its_parameters() -> None:
    queries = {q.name: q for q in list_queries()}
    assert set(queries) == {"suppliers", "customers", "orders", "facts", "exposure", "corroboration", "conflicts"}
    assert queries["corroboration"].param_names == ("company",) and queries["conflicts"].param_names == ()
    assert queries["suppliers"].param_names == ("company",)
    assert queries["orders"].param_names == ("product",)
    assert queries["facts"].param_names == ("entity",)
    for q in queries.values():
        assert q.description and not q.description.startswith("#")
        assert q.text.startswith("#")


def test_suppliers(store) -> None:
    assert rows(store, "suppliers", company="bytedance") == [
        ["company:huawei", "Huawei", "", "asserted", "1", "0.8"],
        ["company:nvidia", "Nvidia", "H20", "asserted", "1", "0.7"],
        ["company:rapidus", "Rapidus", "", "planned", "1", "0.5"],
    ]
    # the denied Samsung claim gives no supplier of Nvidia
    assert rows(store, "suppliers", company="NVIDIA") == [["company:tsmc", "TSMC", "H20", "asserted", "1", "0.9"]]


def test_customers(store) -> None:
    assert rows(store, "customers", company="huawei") == [
        ["company:bytedance", "ByteDance", "", "asserted", "1", "0.8"]]
    assert rows(store, "customers", company="Samsung") == []


def test_orders(store) -> None:
    header, body = table_rows(run_named(store, "orders", {"product": "910b"}))
    assert header[:9] == ["buyerName", "supplierName", "productName", "quantity", "qualifier", "date",
                          "statusName", "confidence", "article"]
    assert [r[:8] for r in body] == [["ByteDance", "Huawei", "Ascend 910B", "100000", "more_than", "2024",
                                      "asserted", "0.85"]]
    assert body[0][8].startswith("article:") and body[0][9].startswith("order:")


def test_facts(store) -> None:
    body = rows(store, "facts", entity="nvidia")
    assert [(r[0], r[1], r[2], r[3], r[4], " ".join(r[7].split()[:3]), r[8], r[9], r[11]) for r in body] == [
        ("Nvidia", "supplies", "ByteDance", "H20", "asserted", "Il s’agit également", "2333", "2402",
         "000_547f356ac4fc7056.txt"),
        ("TSMC", "supplies", "Nvidia", "H20", "asserted", "TSMC makes Nvidia's", "0", "30", "invented_en.txt"),
        ("Samsung", "supplies", "Nvidia", "HBM", "denied", "Samsung denied that", "69", "122", "invented_en.txt"),
    ]
    # a product is an entity too; the order and the uses claim both name it
    relations = sorted(r[1] for r in rows(store, "facts", entity="Ascend 910B"))
    assert relations == ["delivered", "ordered", "uses"]


def test_exposure_tiers(store) -> None:
    assert rows(store, "exposure", company="ByteDance") == [
        ["company:huawei", "Huawei", "1"],
        ["company:nvidia", "Nvidia", "1"],
        ["company:rapidus", "Rapidus", "1"],
        ["company:tsmc", "TSMC", "2"],
        ["company:asml", "ASML", "3"],
    ]


@pytest.mark.parametrize("evil", [
    'ByteDance" ) } UNION { ?supplier ?p ?o } #',
    "ByteDance' } } #",
    'x" || true || "',
    'ByteDance"}\n} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER("',
    "\\\" } # \\",
])
def test_parameter_cannot_change_the_query(store, evil: str) -> None:
    """The value is only a name, which names nothing: the one-line 'no company named' error, nothing changed."""
    before = store.triple_count()
    for query, param, kind in (("suppliers", "company", "company"), ("facts", "entity", "entity")):
        with pytest.raises(ValueError, match=f"^no {kind} named "):
            rows(store, query, **{param: evil})
        with pytest.raises(ValueError, match=f"^no {kind} named "):
            rows(store, query, **{param: "company:" + evil})
    assert store.triple_count() == before


def test_parameter_with_quotes_still_matches_a_real_name(store_location) -> None:
    """A name that really contains quotes and braces is found, literally."""
    from supplykg.extract.model import Article, Fact

    name = 'Acme "Chips" {Ltd}'
    text = f"{name} supplies Zeta."
    art = Article(id="q.txt", text=text)
    fact = Fact(article="q.txt", subject=name, subject_type="Company", relation="supplies", object="Zeta",
                object_type="Company", evidence=text, start=0, end=len(text))
    with open_store(store_location) as s:
        s.put_article(article_to_graph(art, [fact]))
        assert [r[1] for r in rows(s, "suppliers", company="zeta")] == [name]
        assert [r[1] for r in rows(s, "customers", company=name.upper())] == ["Zeta"]


def test_unknown_query_and_parameters_fail_clearly() -> None:
    with open_store(":memory:") as s:
        with pytest.raises(ValueError, match="known queries: conflicts, corroboration, customers, exposure, facts, orders, suppliers"):
            load_query("nope")
        with pytest.raises(ValueError, match="missing parameter company; use --param company="):
            run_named(s, "suppliers", {})
        with pytest.raises(ValueError, match="unknown parameter firm"):
            run_named(s, "suppliers", {"company": "x", "firm": "y"})


def test_result_formats(store) -> None:
    result = run_named(store, "suppliers", {"company": "ByteDance"})
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["supplier", "supplierName", "products", "statuses", "claims", "bestConfidence"]
    assert len(table) == 4

    result = run_named(store, "suppliers", {"company": "ByteDance"})
    parsed = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert parsed[0] == ["supplier", "supplierName", "products", "statuses", "claims", "bestConfidence"]
    assert parsed[1][:2] == ["https://w3id.org/supplykg/id/company/huawei", "Huawei"]

    result = run_named(store, "suppliers", {"company": "ByteDance"})
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"][0] == "supplier"
    assert [b["supplierName"]["value"] for b in data["results"]["bindings"]] == ["Huawei", "Nvidia", "Rapidus"]
    # the JSON reparses as a W3C result set
    again = Result.parse(io.BytesIO(format_result(run_named(store, "suppliers", {"company": "ByteDance"}),
                                                  "json").encode()), format="json")
    assert len(list(again)) == 3

    tsv = format_result(run_named(store, "suppliers", {"company": "ByteDance"}), "tsv").splitlines()
    assert tsv[0] == "?supplier\t?supplierName\t?products\t?statuses\t?claims\t?bestConfidence"
    assert tsv[1].startswith('<https://w3id.org/supplykg/id/company/huawei>\t"Huawei"\t""\t"asserted"\t')
    reparsed = Result.parse(io.StringIO("\n".join(tsv) + "\n"), format="tsv")
    assert [str(r[1]) for r in reparsed] == ["Huawei", "Nvidia", "Rapidus"]

    with pytest.raises(ValueError, match="choose one of table, csv, tsv, json"):
        format_result(result, "xlsx")


def test_ask_and_construct_results(store) -> None:
    ask = store.query("ASK { ?s skg:supplies ?o }")
    assert format_result(ask, "table") == "result\ntrue\n"
    assert json.loads(format_result(store.query("ASK { ?s skg:supplies ?o }"), "json"))["boolean"] is True
    g = store.query("CONSTRUCT { ?s skg:supplies ?o } WHERE { ?s skg:supplies ?o }")
    assert len(g.graph) == 5
    assert "company:asml skg:supplies company:tsmc" in format_result(g, "table")


def test_non_ascii_variable_names_bind(store_location, seed_article, seed_facts) -> None:
    """SPARQL variable names may be any letters (``?société``); binding one must work on every backend."""
    from supplykg.graph.bind import bind_values
    from supplykg.ontology.iri import entity_iri

    huawei = entity_iri("Company", "Huawei")
    text = bind_values("SELECT ?nom WHERE { ?société rdfs:label ?nom. }", {"société": huawei})
    assert text.count("VALUES (?société)") == 1
    with open_store(store_location) as s:
        s.put_article(article_to_graph(seed_article, seed_facts))
        result = s.query("SELECT DISTINCT ?nom WHERE { ?société rdfs:label ?nom }", {"société": huawei})
        assert [str(r[0]) for r in result] == ["Huawei"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_ask_in_csv_or_tsv_names_the_formats_that_work(fmt: str) -> None:
    with open_store(":memory:") as s:
        with pytest.raises(ValueError) as err:
            format_result(s.query("ASK { ?s ?p ?o }"), fmt)
    assert str(err.value) == "CSV and TSV hold SELECT results only; an ASK result comes as --format table or json"


def test_named_queries_bind_the_entity_first(store, monkeypatch) -> None:
    """The name is looked up once, then the query's entity variable is bound to its IRI, so the engine starts
    its joins at the entity rather than filtering every label (1 s a query at 1M triples)."""
    from supplykg.ontology.iri import entity_iri

    sent: list[dict] = []
    real = type(store).query

    def spy(self, sparql, bindings=None):
        sent.append(dict(bindings or {}))
        return real(self, sparql, bindings)

    monkeypatch.setattr(type(store), "query", spy)
    rows = list(run_named(store, "suppliers", {"company": "bytedance"}))
    assert rows and sent[-1]["customer"] == entity_iri("Company", "ByteDance")
    monkeypatch.undo()
    assert [tuple(r) for r in rows] == [tuple(r) for r in store.query(
        load_query("suppliers").text, {"company": Literal("bytedance")})]  # what the query alone answers


def test_oxigraph_answers_a_select_itself_with_the_terms_rdflib_would_give(tmp_path) -> None:
    """The embedded store runs a SELECT through pyoxigraph directly: every kind of term (IRI, plain, tagged,
    typed and pointless decimal literals, unbound) and every undeclared prefix as through rdflib's layer."""
    from rdflib import Graph, URIRef, XSD

    from supplykg.graph import bind

    g = Graph(identifier=URIRef("https://w3id.org/supplykg/id/article/x"))
    s = URIRef("https://example.org/s")
    for o in (Literal("plain"), Literal("tagged", lang="fr"), Literal("2024-10", datatype=XSD.gYearMonth),
              Literal("100000.0", datatype=XSD.decimal), Literal(7), URIRef("https://example.org/o")):
        g.add((s, URIRef("http://xmlns.com/foaf/0.1/name"), o))
    sparql = ("SELECT ?s ?o ?none WHERE { ?s foaf:name ?o OPTIONAL { ?s skg:nothing ?none } "
              "FILTER(?x = ?x || true) } ORDER BY STR(?o)")
    with open_store(str(tmp_path / "store")) as kg:
        kg.put_article_unchecked(g)
        direct = kg.query(sparql, {"x": Literal("bound")})
        real = bind.query_form
        try:
            bind.query_form = lambda q: None  # the same query through rdflib and oxrdflib
            through_rdflib = kg.query(sparql, {"x": Literal("bound")})
        finally:
            bind.query_form = real
    assert direct.vars == through_rdflib.vars
    assert [dict(r.asdict()) for r in direct] == [dict(r.asdict()) for r in through_rdflib]
    assert [list(r) for r in direct] == [list(r) for r in through_rdflib] and len(list(direct)) == 6
