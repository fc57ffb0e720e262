"""The command line: help with examples everywhere, exact outputs, one-line errors, no spaCy unless extracting."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result
from foundation import DE_ARTICLE, EN_ARTICLE, FR_ARTICLE, fake_extract, write

from supplykg import api
from supplykg.cli import cli
from supplykg.extract.model import Fact

SKG = "https://w3id.org/supplykg/ontology#"


@pytest.fixture()
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the test extractor instead of the spaCy pipelines."""
    monkeypatch.setattr(api, "_extractor", lambda: fake_extract)


@pytest.fixture()
def env(tmp_path: Path, fake: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder with two articles (fr, en) and SUPPLYKG_STORE pointing at a fresh store in tmp."""
    write(tmp_path / "news", "fr.txt", FR_ARTICLE)
    write(tmp_path / "news", "en.txt", EN_ARTICLE)
    monkeypatch.setenv("SUPPLYKG_STORE", str(tmp_path / "store"))
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result


def all_commands(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("command", [(), *all_commands()], ids=lambda c: " ".join(c) or "supplykg")
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = run(*command, "--help")
    assert "Example" in result.output, f"`supplykg {' '.join(command)} --help` shows no example"
    example = result.output.split("Example", 1)[1]
    assert "supplykg " in example


def test_the_readme_documents_every_command() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in all_commands():
        assert f"supplykg {' '.join(command)}" in readme, f"README does not show `supplykg {' '.join(command)}`"


def test_importing_the_cli_loads_no_spacy(tmp_path: Path) -> None:
    code = ("import sys, supplykg.cli\n"
            "from supplykg.cli import cli\n"
            "try:\n    cli.main(['query', '--store', ':memory:', 'ASK { ?s ?p ?o }'], standalone_mode=False)\n"
            "except SystemExit:\n    pass\n"
            "heavy = sorted(m for m in ('spacy', 'thinc', 'pyshacl', 'pyvis', 'networkx', 'ray') if m in sys.modules)\n"
            "print(heavy)\n")
    # Run outside the checkout: `python -c` puts the working directory first on sys.path,
    # where the source folder `supplykg/` would shadow an installed (non-editable) package.
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path).stdout
    assert out.strip().splitlines()[-1] == "[]"


NO_SPACY = """
import json, sys
from supplykg.cli import cli

HEAVY = ("spacy", "thinc", "pyshacl", "pyvis", "networkx", "ray")
COMMANDS = {
    "build (nothing changed)": ["build", "news", "--json"],
    "query": ["query", "ASK { ?s ?p ?o }"],
    "stats": ["stats"],
    "export": ["export", "-o", "out.ttl"],
    "graph": ["graph", "suppliers", "Beta Cloud"],
    "view": ["view", "-o", "out.html"],
    "validate": ["validate"],
}
loaded, failed = {}, {}
for name, args in COMMANDS.items():
    before = {m for m in HEAVY if m in sys.modules}
    try:
        cli.main(args, standalone_mode=False)
    except SystemExit as e:
        if e.code:
            failed[name] = e.code
    except Exception as e:
        failed[name] = repr(e)
    loaded[name] = sorted(m for m in HEAVY if m in sys.modules and m not in before)
print()
print(json.dumps({"loaded": loaded, "failed": failed}))
"""


def test_commands_that_do_not_extract_load_no_spacy(env: Path) -> None:
    """Each command loads only what it needs: spaCy only to extract, so never here."""
    run("build", "news")
    out = subprocess.run([sys.executable, "-c", NO_SPACY], capture_output=True, text=True, check=True,
                         cwd=env).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["failed"] == {}
    assert result["loaded"] == {
        "build (nothing changed)": [], "query": [], "stats": [], "export": [],
        "graph": ["networkx"], "view": ["pyvis"], "validate": ["pyshacl"]}
    assert '"unchanged": [\n    "en.txt",\n    "fr.txt"\n  ]' in out


def test_help_runs_as_a_module(tmp_path: Path) -> None:
    """`python -m supplykg.cli --help` works outside the checkout (how fast is for the benchmarks)."""
    done = subprocess.run([sys.executable, "-m", "supplykg.cli", "--help"], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    assert done.stdout.startswith("Usage: ") and "supplykg build seeds/" in done.stdout


def test_build_prints_facts_per_relation_and_is_idempotent(env: Path) -> None:
    first = run("build", "news")
    assert "Facts per relation" in first.output
    assert "supplies" in first.output
    assert "2 article(s) read: 2 added, 0 unchanged, 0 failed; 0 input(s) skipped; 2 fact(s) added." in first.output
    second = run("build", "news")
    assert "2 article(s) read: 0 added, 2 unchanged, 0 failed; 0 input(s) skipped; 0 fact(s) added." in second.output
    assert "(+0)" in second.output


def test_build_json_report(env: Path) -> None:
    report = json.loads(run("build", "news", "--json").output)
    assert report["added"] == ["en.txt", "fr.txt"] and report["facts"] == {"supplies": 2}
    assert report["skipped"] == [] and report["errors"] == []


def test_build_with_a_skipped_input_exits_1(env: Path) -> None:
    write(env / "news", "de.txt", DE_ARTICLE)
    result = run("build", "news", code=1)
    assert "German (de): supplykg reads French and English" in result.output
    assert "2 added" in result.output


def test_build_writes_turtle_and_html(env: Path) -> None:
    result = run("build", "news", "--export", "graph.ttl", "--view", "graph.html")
    assert "Turtle: graph.ttl" in result.output and "HTML graph: graph.html" in result.output
    assert (env / "graph.ttl").stat().st_size > 0 and (env / "graph.html").stat().st_size > 0


def test_extract_jsonl_is_exactly_the_facts(env: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "news/fr.txt"])
    assert result.exit_code == 0
    article = next(a for a, _ in api.extract(["news/fr.txt"], extractor=fake_extract))
    facts = next(f for _, f in fake_extract([article]))
    assert result.stdout == "".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in facts)
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["subject"], first["relation"], first["object"], first["article"]) == \
        ("Alpha Semi", "supplies", "Beta Cloud", "fr.txt")
    assert Fact.from_json(first).evidence == FR_ARTICLE.split("\n\n", 1)[1][first["start"]:first["end"]]


def test_extract_reports_skips_on_stderr(env: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "news/en.txt", "missing.txt"])
    assert result.exit_code == 1
    assert result.stderr == "skipped missing.txt: no such file or folder; check the path\n"
    assert len(result.stdout.splitlines()) == 1


def test_extract_turtle(env: Path) -> None:
    from rdflib import Graph, URIRef

    out = run("extract", "news", "--format", "ttl").stdout
    g = Graph().parse(data=out, format="turtle")
    assert len(list(g.triples((None, URIRef(SKG + "supplies"), None)))) == 2


def test_query_csv_exact(env: Path) -> None:
    run("build", "news")
    sparql = (f"SELECT ?s ?o WHERE {{ ?a <{SKG}supplies> ?b . ?a <http://www.w3.org/2000/01/rdf-schema#label> ?s . "
              "?b <http://www.w3.org/2000/01/rdf-schema#label> ?o } ORDER BY ?s")
    assert run("query", sparql, "--format", "csv").stdout_bytes == \
        b"s,o\r\nAlpha Semi,Beta Cloud\r\nGamma Foundry,Delta Devices\r\n"
    assert run("query", sparql, "--format", "tsv").stdout == \
        '?s\t?o\n"Alpha Semi"\t"Beta Cloud"\n"Gamma Foundry"\t"Delta Devices"\n'
    rows = json.loads(run("query", sparql, "--format", "json").output)["results"]["bindings"]
    assert [r["s"]["value"] for r in rows] == ["Alpha Semi", "Gamma Foundry"]
    assert run("query", sparql).output == "s              o\nAlpha Semi     Beta Cloud\nGamma Foundry  Delta Devices\n"


def test_query_from_file_and_tsv(env: Path) -> None:
    run("build", "news")
    q = write(env, "count.rq", f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a <{SKG}supplies> ?b }}")
    assert run("query", "--file", str(q), "--format", "tsv").output.splitlines() == \
        ["?n", '"2"^^<http://www.w3.org/2001/XMLSchema#integer>']


def test_named_query(env: Path) -> None:
    run("build", "news")
    out = run("query", "--name", "suppliers", "--param", "company=Beta Cloud", "--format", "csv").output
    assert "Alpha Semi" in out and "Gamma" not in out
    listing = run("queries").output
    assert "\nsuppliers: Suppliers of a company" in listing and "    --param company=…" in listing


def test_query_usage_errors_are_one_line(env: Path) -> None:
    both = run("query", "ASK {}", "--name", "suppliers", code=2)
    assert "give exactly one of SPARQL, --file Q.rq or --name NAME" in both.output
    bad = run("query", "--param", "oops", "--name", "suppliers", code=2)
    assert "'oops' is not KEY=VALUE" in bad.output


@pytest.mark.parametrize("store", ["store", ":memory:"])
def test_bad_sparql_is_one_line_without_traceback(env: Path, store: str) -> None:
    """A typo in a query is the user's to fix: a syntax message, not a supplykg bug to report."""
    if store != ":memory:":
        run("build", "news", "--store", store)
    result = run("query", "--store", store, "SELEKT nothing", code=1)
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1
    assert "syntax" in result.output.casefold()
    assert "report it" not in result.output and "Traceback" not in result.output


def test_export_turtle_reparses_with_rdflib_and_pyoxigraph(env: Path) -> None:
    import pyoxigraph
    from rdflib import Graph

    run("build", "news")
    run("export", "--format", "turtle", "-o", "graph.ttl")
    data = (env / "graph.ttl").read_bytes()
    assert len(Graph().parse(data=data, format="turtle")) == len(list(pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE)))
    assert run("export", "--format", "nt").output.count(" .\n") >= 10


def test_stats(env: Path) -> None:
    run("build", "news")
    counts = json.loads(run("stats", "--json").output)
    assert counts["articles"] == 2 and counts["facts"] == {"supplies": 2}
    assert counts["entities"] == {"Company": 4} and counts["statuses"] == {"asserted": 2}
    assert run("stats").output.splitlines()[0] == "articles  2"


def test_remove(env: Path) -> None:
    run("build", "news")
    result = run("remove", "fr.txt")
    assert result.output.startswith("removed https://w3id.org/supplykg/id/article/")
    assert json.loads(run("stats", "--json").output)["articles"] == 1
    assert run("remove", "fr.txt", code=1).output == "Error: no article 'fr.txt' in the store; it holds en.txt\n"
    run("remove", "en.txt")
    assert run("remove", "en.txt", code=1).output == \
        "Error: no article 'en.txt' in the store; the store is empty; add articles with `supplykg build`\n"


def test_remove_unknown_in_a_larger_store_says_how_to_list_the_articles(env: Path) -> None:
    names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo"]
    for i, name in enumerate(names):
        write(env / "many", f"{name}.txt", EN_ARTICLE.replace("Tuesday", f"Tuesday ({i})"))
    run("build", "many")
    message = run("remove", "hotel.text", code=1).output
    assert message == ("Error: no article 'hotel.text' in the store; did you mean hotel.txt? it holds 11 articles; "
                       "list their file names with "
                       "`supplykg query 'SELECT ?name WHERE { ?a skg:fileName ?name } ORDER BY ?name'`\n")
    hint = message.split("`")[1].split(" ", 2)[2].strip("'")
    assert run("query", hint, "--format", "csv").output.split() == ["name", *(f"{n}.txt" for n in names)]


def test_validate(env: Path) -> None:
    run("build", "news")
    assert run("validate").output.startswith("conforms")


def test_graph_suppliers_with_evidence(env: Path) -> None:
    run("build", "news")
    rows = json.loads(run("graph", "suppliers", "Beta Cloud", "--evidence", "--format", "json").output)
    assert [(r["tier"], r["supplier"]) for r in rows] == [(1, "Alpha Semi")]
    assert rows[0]["evidence"][0]["evidence"].startswith("Selon le rapport annuel, Alpha Semi fournit Beta Cloud")
    table = run("graph", "suppliers", "Beta Cloud", "--evidence").output
    assert "Alpha Semi" in table and "fr.txt" in table


def test_graph_unknown_company_is_one_line(env: Path) -> None:
    run("build", "news")
    result = run("graph", "customers", "Nobody Corp", code=1)
    assert result.output.startswith("Error: no company named 'Nobody Corp'")


MORE_ARTICLE = """date: 2024-05
source: Example Wire

Beta Cloud supplies Delta Devices with storage servers, the companies said in a joint statement on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("dependencies", [{"buyer": "Delta Devices", "product": "wafers", "supplier": "Gamma Foundry"}]),
    ("concentration", [
        {"buyer": "Beta Cloud", "suppliers": 1, "facts": 1, "hhi": 1.0, "top_supplier": "Alpha Semi",
         "shares": {"Alpha Semi": 1.0}},
        {"buyer": "Delta Devices", "suppliers": 2, "facts": 2, "hhi": 0.5, "top_supplier": "Beta Cloud",
         "shares": {"Beta Cloud": 0.5, "Gamma Foundry": 0.5}}]),
    ("central", [
        {"company": "Beta Cloud", "degree": 2, "in": 1, "out": 1, "betweenness": 0.6667},
        {"company": "Delta Devices", "degree": 2, "in": 2, "out": 0, "betweenness": 0.6667},
        {"company": "Alpha Semi", "degree": 1, "in": 0, "out": 1, "betweenness": 0.0},
        {"company": "Gamma Foundry", "degree": 1, "in": 0, "out": 1, "betweenness": 0.0}]),
])
def test_graph_questions_answer(env: Path, monkeypatch: pytest.MonkeyPatch, question: str,
                                expected: list[dict[str, object]]) -> None:
    """A chain Alpha -> Beta -> Delta <- Gamma, where only the wafers Gamma sells Delta name a product."""
    def with_products(articles: Any) -> Iterator[tuple[Any, list[Fact]]]:
        for article, facts in fake_extract(articles):
            yield article, [dataclasses.replace(f, product="wafers") if "wafers" in f.evidence else f for f in facts]

    monkeypatch.setattr(api, "_extractor", lambda: with_products)
    write(env / "news", "more.txt", MORE_ARTICLE)
    run("build", "news")
    assert json.loads(run("graph", question, "--format", "json").output) == expected


def test_graph_changes_and_paths(env: Path) -> None:
    run("build", "news")
    rows = json.loads(run("graph", "changes", "--since", "2024-01", "--until", "2024-12", "--format", "json").output)
    assert [(r["change"], r["subject"], r["date"]) for r in rows] == [
        ("added", "Alpha Semi", "2024-03-12"), ("not seen since", "Gamma Foundry", "2023-11")]
    paths = json.loads(run("graph", "paths", "Alpha Semi", "Beta Cloud", "--format", "json").output)
    assert paths == [{"hops": 1, "path": ["Alpha Semi", "Beta Cloud"]}]


def test_unreadable_store_location_is_one_line(env: Path) -> None:
    write(env, "afile", "not a folder")
    result = run("stats", "--store", "afile", code=1)
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_end_to_end_on_the_seed_with_the_real_extractor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's first command, through the CLI, with spaCy: facts found, building twice changes nothing."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SUPPLYKG_STORE", str(tmp_path / "store"))
    first = json.loads(run("build", str(seeds), "--json").output)
    assert first["added"] == ["000_547f356ac4fc7056.txt"] and first["skipped"] == []
    assert first["facts"].get("supplies", 0) >= 1 and first["triples_after"] > 0
    second = json.loads(run("build", str(seeds), "--json").output)
    assert second["unchanged"] == ["000_547f356ac4fc7056.txt"]
    assert second["triples_after"] == first["triples_after"]
    suppliers = json.loads(run("graph", "suppliers", "ByteDance", "--format", "json").output)
    assert "Huawei" in [r["supplier"] for r in suppliers]
    facts = [json.loads(line) for line in run("extract", str(seeds / "000_547f356ac4fc7056.txt")).stdout.splitlines()]
    text = (seeds / "000_547f356ac4fc7056.txt").read_text(encoding="utf-8")
    assert facts and all(text[f["start"]:f["end"]] == f["evidence"] for f in facts)


def test_build_rejects_an_unknown_export_extension_before_working(env: Path) -> None:
    result = run("build", "news", "--export", "graph.xyz", code=1)
    assert result.output == ("Error: cannot tell the format of 'graph.xyz' from its extension; "
                             "use one of .ttl, .trig, .nt, .jsonld, .json, .graphml, .gexf, .csv\n")
    assert not (env / "store").exists()


def test_library_warnings_reach_stderr_once(env: Path) -> None:
    write(env / "news", "latin.txt", FR_ARTICLE.replace("conférence", "conférence à Orléans").encode("cp1252"))
    result = CliRunner().invoke(cli, ["build", "news"])
    assert result.exit_code == 0
    assert result.stderr.count("read as Windows-1252") == 1
    assert "3 added" in result.stdout


def test_view_writes_one_page(env: Path) -> None:
    run("build", "news")
    assert run("view", "-o", "out.html").output == "wrote out.html\n"
    assert "Alpha Semi" in (env / "out.html").read_text(encoding="utf-8")
    assert run("view", "-o", "out.txt", code=1).output.startswith("Error: out.txt should end in .html")


def test_rebuilding_an_edited_article_notes_then_replaces_the_earlier_version(env: Path) -> None:
    """Identity is a hash of the text, so an edited file is a new article: said without --replace, replaced with it."""
    run("build", "news")
    first = json.loads(run("stats", "--json").output)
    write(env / "news", "fr.txt", FR_ARTICLE.replace("Alpha Semi fournit Beta Cloud", "Alpha Semi fournit Omega Cloud"))
    kept = run("build", "news").output
    assert "Note: fr.txt: an earlier version is stored; pass --replace to replace it\n" in kept
    assert "1 added, 1 unchanged" in kept
    assert json.loads(run("stats", "--json").output)["articles"] == 3
    replaced = run("build", "news", "--replace")
    assert "Note: fr.txt: replaced the earlier version https://w3id.org/supplykg/id/article/" in replaced.output
    counts = json.loads(run("stats", "--json").output)
    assert counts["articles"] == 2 and counts["facts"] == first["facts"]
    rows = json.loads(run("graph", "suppliers", "Omega Cloud", "--format", "json").output)
    assert [r["supplier"] for r in rows] == ["Alpha Semi"]
    run("graph", "suppliers", "Beta Cloud", code=1)  # the earlier version's facts are gone
    assert "Note:" not in run("build", "news", "--replace").output


def test_same_file_name_from_another_source_is_another_article(env: Path) -> None:
    run("build", "news")
    other = write(env / "other", "fr.txt", FR_ARTICLE.replace("Exemple Presse", "Autre Journal")
                  .replace("Beta Cloud", "Omega Cloud"))
    result = run("build", str(other), "--replace", "--json")
    assert json.loads(result.output)["notes"] == []
    assert json.loads(run("stats", "--json").output)["articles"] == 3


def test_earlier_version_lookup_binds_an_awkward_file_name(env: Path) -> None:
    """Quotes and braces in a file name are a value, never query text (Oxigraph store: VALUES binding)."""
    name = 'it\'s "odd" } #.txt'
    write(env / "odd", name, EN_ARTICLE)
    run("build", "odd")
    write(env / "odd", name, EN_ARTICLE.replace("Delta Devices with", "Zeta Devices with"))
    assert f"Note: {name}: an earlier version is stored" in run("build", "odd").output
    assert f"Note: {name}: replaced the earlier version" in run("build", "odd", "--replace").output
    assert json.loads(run("stats", "--json").output)["articles"] == 1


def test_query_file_not_in_utf8_is_a_one_line_error(env: Path) -> None:
    q = write(env, "latin.rq", "# requête écrite sous Windows\nASK { ?s ?p ?o }\n".encode("latin-1"))
    result = run("query", "--file", str(q), code=1)
    assert result.output == (f"Error: the query file {str(q)!r} is not UTF-8 (undecodable byte at offset 6); "
                             "save it as UTF-8, e.g. iconv -f LATIN1 -t UTF-8\n")


@pytest.mark.parametrize(("option", "target"), [("--view", "missing/graph.html"), ("--export", "missing/graph.ttl")])
def test_build_checks_output_folders_before_working(env: Path, option: str, target: str) -> None:
    result = run("build", "news", option, target, code=1)
    assert result.output == f"Error: {option}: the folder missing does not exist; create it or write elsewhere\n"
    assert not (env / "store").exists()


def test_build_output_that_is_a_folder_is_refused_before_working(env: Path) -> None:
    (env / "graph.html").mkdir()
    assert run("build", "news", "--view", "graph.html", code=1).output == \
        "Error: --view: graph.html is a folder; give a file name in it\n"
    assert not (env / "store").exists()


def test_build_whose_output_fails_late_still_reports_what_was_stored(env: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", "graph.html")

    monkeypatch.setattr(api, "view", disk_full)
    result = run("build", "news", "--view", "graph.html", code=1)
    assert "2 article(s) read: 2 added" in result.output
    assert result.output.endswith("Error: No space left on device: graph.html; check the path and its permissions\n")


def test_read_only_commands_do_not_create_a_store(tmp_path):
    from click.testing import CliRunner

    missing = tmp_path / "nope"
    for args in (["stats"], ["export"], ["validate"], ["query", "--name", "suppliers", "--param", "company=X"]):
        result = CliRunner().invoke(cli, [*args, "--store", str(missing)])
        assert result.exit_code != 0, args
        assert "no store at" in result.output and "supplykg build" in result.output, (args, result.output)
        assert not missing.exists(), args


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_for_gephi(env: Path, fmt: str) -> None:
    import networkx as nx

    run("build", "news")
    run("export", "--format", fmt, "-o", f"graph.{fmt}")
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    g = read(env / f"graph.{fmt}")
    from supplykg import api

    expected = api.to_networkx(str(env / "store"))
    assert g.number_of_nodes() == expected.number_of_nodes() > 0
    assert g.number_of_edges() == expected.number_of_edges()
    missing = run("export", "--format", fmt, code=1)
    assert f"add -o graph.{fmt}" in missing.output


@pytest.mark.parametrize("args", [("export", "-o", "missing/g.ttl"), ("view", "-o", "missing/g.html")])
def test_outputs_into_a_missing_folder_are_refused_as_build_does(env: Path, args: tuple[str, ...]) -> None:
    run("build", "news")
    assert run(*args, code=1).output == "Error: -o: the folder missing does not exist; create it or write elsewhere\n"
    assert not (env / "missing").exists()


def test_a_failed_write_names_the_users_file_not_the_temporary_one(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os as _os

    run("build", "news")

    def full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", src)

    monkeypatch.setattr(_os, "replace", full)
    for args, name in ((("view", "-o", "g.html"), "g.html"), (("export", "-o", "g.ttl"), "g.ttl"),
                       (("export", "--format", "gexf", "-o", "g.gexf"), "g.gexf")):
        result = run(*args, code=1)
        assert result.output == f"Error: No space left on device: {name}; check the path and its permissions\n"
    assert sorted(p.name for p in env.iterdir() if p.name.startswith(".g")) == []


@pytest.mark.parametrize(("name", "fmt"), [("g.nt", "nt"), ("g.trig", "trig"), ("g.jsonld", "jsonld"),
                                           ("g.ttl", "turtle"), ("g.graphml", "graphml")])
def test_export_infers_the_format_from_the_extension(env: Path, name: str, fmt: str) -> None:
    run("build", "news")
    run("export", "-o", name)
    run("export", "--format", fmt, "-o", "explicit" + Path(name).suffix)
    assert (env / name).read_bytes() == (env / ("explicit" + Path(name).suffix)).read_bytes()
    if fmt == "nt":
        assert not (env / name).read_text(encoding="utf-8").startswith("@prefix")
    assert run("export", "-o", "g.xyz", code=1).output == (
        "Error: cannot tell the format of 'g.xyz' from its extension; use one of .ttl, .trig, .nt, .jsonld, "
        ".json, .graphml, .gexf, .csv, or pass --format\n")


ODD = "[denied, 2024, HBM3E] et la note [/ed note] \x1b]0;pwned\x07\x1b[2J"
ODD_SHOWN = "[denied, 2024, HBM3E] et la note [/ed note] ␛]0;pwned␇␛[2J"
ODD_ARTICLE = FR_ARTICLE.replace("Selon le rapport annuel,", f"Selon le rapport {ODD} du groupe,")


@pytest.fixture()
def odd(env: Path) -> Path:
    """An article whose sentence holds square brackets and terminal escapes, in a file named with brackets."""
    write(env / "news", "[draft] note.txt", ODD_ARTICLE)
    write(env / "news", "[draft] de.txt", DE_ARTICLE)
    write(env / "news", "x\x1b[2J.txt", DE_ARTICLE.replace("Dienstag", "Montag"))
    return env


def test_article_text_reaches_tables_verbatim_and_without_escapes(odd: Path) -> None:
    """Rich read '[denied, …]' as markup (a denied fact read as asserted) and '[/ed note]' crashed it."""
    built = run("build", "news", code=1).output
    assert "[draft] de.txt" in built and "x␛[2J.txt" in built and "\x1b" not in built
    table = run("graph", "suppliers", "Beta Cloud", "--evidence").output
    assert "\x1b" not in table and "\x07" not in table
    flat = " ".join(table.split())
    assert "[asserted, 2024-03-12]" in flat and ODD_SHOWN in flat and "[draft] note.txt" in flat
    rows = json.loads(run("graph", "suppliers", "Beta Cloud", "--evidence", "--format", "json").output)
    assert any(ODD in e["evidence"] for r in rows for e in r["evidence"])  # JSON keeps the text, escaped


def test_query_output_replaces_control_characters_and_guards_csv(odd: Path) -> None:
    run("build", "news", code=1)
    sparql = "SELECT ?e WHERE { ?c skg:evidence ?e FILTER(CONTAINS(?e, 'HBM3E')) }"
    for fmt in ("table", "csv"):
        out = run("query", sparql, "--format", fmt).output
        assert ODD_SHOWN in out and "\x1b" not in out, fmt
    assert "\\u001B]0;pwned\\u0007\\u001B[2J" in run("query", sparql, "--format", "tsv").output
    assert json.loads(run("query", sparql, "--format", "json").output)["results"]["bindings"][0]["e"]["value"] \
        .count("\x1b") == 2  # JSON escapes them, losslessly
    cells = run("query", 'SELECT ?x WHERE { VALUES ?x { "=1+1" "+cmd" "-2" "@SUM(A1)" "-x" "a=b" } }',
                "--format", "csv").stdout_bytes
    assert cells == b"x\r\n'=1+1\r\n'+cmd\r\n-2\r\n'@SUM(A1)\r\n'-x\r\na=b\r\n"


def test_extract_reports_odd_file_names_without_escapes(odd: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "news/x\x1b[2J.txt"])
    assert result.stderr.startswith("skipped news/x␛[2J.txt: German (de)")


def test_the_progress_bar_shows_odd_file_names_without_reading_markup(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from supplykg import cli as cli_module

    monkeypatch.setattr(cli_module, "_console", lambda stderr=False: Console(stderr=stderr, force_terminal=True))
    write(env / "odd", "[bold]draft.txt", EN_ARTICLE)
    result = CliRunner().invoke(cli, ["build", "odd"])  # one file: its name is the bar's last, final frame
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout and "added [bold]draft.txt" in result.stderr


def test_build_and_extract_read_an_article_from_standard_input(env: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "-"], input=EN_ARTICLE)
    assert result.exit_code == 0, result.output
    fact = json.loads(result.stdout)
    assert (fact["article"], fact["subject"], fact["object"]) == ("stdin", "Gamma Foundry", "Delta Devices")
    assert EN_ARTICLE.split("\n\n", 1)[1][fact["start"]:fact["end"]] == fact["evidence"]
    built = json.loads(CliRunner().invoke(cli, ["build", "-", "news/fr.txt", "--json"], input=EN_ARTICLE).stdout)
    assert built["added"] == ["stdin", "fr.txt"]
    feed = "\n".join(json.dumps({"id": f"wire-{i}", "text": t.split("\n\n", 1)[1], "source": source})
                     for i, (t, source) in enumerate(((FR_ARTICLE, None), (EN_ARTICLE, "Example Wire")))) + "\n"
    built = json.loads(CliRunner().invoke(cli, ["build", "-", "--json"], input=feed).stdout)
    assert built["added"] == ["wire-0"] and built["unchanged"] == ["wire-1"]  # the same text as stdin's above
    empty = CliRunner().invoke(cli, ["extract", "-"], input="")
    assert empty.exit_code == 1 and empty.stderr == (
        "skipped stdin: nothing on standard input; pipe an article in, e.g. supplykg build - < article.txt\n")


def test_python_dash_m_supplykg_runs_the_command(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "supplykg", "queries"], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    assert done.stdout.startswith("conflicts: ")


CLOSED_PIPE = """
import sys
sys.path.insert(0, sys.argv[1])
from foundation import fake_extract
from supplykg import api, cli
api._extractor = lambda: fake_extract
sys.argv = ["supplykg", *sys.argv[2:]]
cli.main()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and signals")
@pytest.mark.parametrize("args", [("queries",), ("extract", "news")])
def test_a_closed_pipe_ends_the_command_quietly(env: Path, args: tuple[str, ...]) -> None:
    """`supplykg extract … | head -1` printed 'Error: Broken pipe' and exited 1; Unix tools die of SIGPIPE, silently."""
    import os
    import signal

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write fails with EPIPE
    try:
        done = subprocess.run([sys.executable, "-c", CLOSED_PIPE, str(Path(__file__).parent), *args],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=env, timeout=120)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == -signal.SIGPIPE


A_REPORT = "date: 2025-01\n\nAlpha Semi supplies Beta Cloud with chips, the companies said on Tuesday.\n"
B_REPORT = "date: 2025-02\n\nGamma Foundry supplies Delta Devices with memory, the companies said on Monday.\n"


def test_replace_never_removes_another_folders_file_of_the_same_name(env: Path) -> None:
    """Identity once rested on the base name: rebuilding A/report.txt with --replace removed B/report.txt."""
    write(env / "A", "report.txt", A_REPORT)
    write(env / "B", "report.txt", B_REPORT)
    run("build", "A", "B")
    write(env / "A", "report.txt", A_REPORT.replace("Beta Cloud", "Beta Cloud and Omega Cloud"))
    replaced = run("build", "A", "--replace").output
    assert "Note: report.txt: replaced the earlier version https://w3id.org/supplykg/id/article/" in replaced
    assert json.loads(run("stats", "--json").output)["articles"] == 2
    assert [r["supplier"] for r in json.loads(run("graph", "suppliers", "Delta Devices", "--format", "json")
                                              .output)] == ["Gamma Foundry"]
    # the same file named another way (absolute, ./, trailing slash) is the same article
    write(env / "A", "report.txt", A_REPORT.replace("Tuesday", "Wednesday"))
    assert "replaced the earlier version" in run("build", str(env / "A" / "report.txt"), "--replace").output
    write(env / "A", "report.txt", A_REPORT.replace("Tuesday", "Thursday"))
    assert "replaced the earlier version" in run("build", "./A/", "--replace").output
    assert json.loads(run("stats", "--json").output)["articles"] == 2


def test_an_ambiguous_remove_lists_the_candidates_and_removes_nothing(env: Path) -> None:
    write(env / "A", "report.txt", A_REPORT)
    write(env / "B", "report.txt", B_REPORT)
    run("build", "A", "B")
    message = run("remove", "report.txt", code=1).output
    assert message.startswith("Error: 'report.txt' names 2 articles: A/report.txt (https://w3id.org/supplykg/id/"
                              "article/") and ", B/report.txt (https://w3id.org/supplykg/id/article/" in message
    assert message.endswith("; give its path or IRI, or pass --all to remove them all\n")
    assert json.loads(run("stats", "--json").output)["articles"] == 2
    assert run("remove", "B/report.txt").output.startswith("removed https://w3id.org/supplykg/id/article/")
    assert [r["supplier"] for r in json.loads(run("graph", "suppliers", "Beta Cloud", "--format", "json")
                                              .output)] == ["Alpha Semi"]
    write(env / "B", "report.txt", B_REPORT)
    run("build", "B")
    assert run("remove", "report.txt", "--all").output.count("removed ") == 2
    assert json.loads(run("stats", "--json").output)["articles"] == 0


def test_json_lines_records_are_known_by_id_or_url(env: Path) -> None:
    def feed(name: str, records: list[dict[str, str]]) -> None:
        write(env / "feeds", name, "".join(json.dumps(r) + "\n" for r in records))

    body_a, body_b = A_REPORT.split("\n\n", 1)[1], B_REPORT.split("\n\n", 1)[1]
    feed("one.jsonl", [{"id": "a-1", "text": body_a}, {"url": "https://example.org/b", "text": body_b}])
    feed("two.jsonl", [{"id": "a-2", "text": body_a.replace("Tuesday", "Friday")}])
    run("build", "feeds")
    feed("one.jsonl", [{"id": "a-1", "text": body_a.replace("chips", "wafers")},
                       {"url": "https://example.org/b", "text": body_b.replace("memory", "HBM")}])
    notes = json.loads(run("build", "feeds", "--replace", "--json").output)["notes"]
    assert [n.split(": ", 1)[1].startswith("replaced the earlier version https://") for n in notes] == [True, True]
    assert json.loads(run("stats", "--json").output)["articles"] == 3


def test_articles_stored_before_input_names_were_recorded_are_noted_not_removed(env: Path) -> None:
    """A store from an earlier version has no input names: a same-named article is only pointed at."""
    from rdflib import Literal, URIRef

    from supplykg.graph.store import open_store

    write(env / "A", "report.txt", A_REPORT)
    run("build", "A")
    with open_store(str(env / "store")) as kg:  # make it look like an older store: drop the input name
        (iri,) = kg.articles()
        g = kg.article_graph(iri)
        g.remove((URIRef(iri), URIRef("https://w3id.org/supplykg/ontology#inputName"), None))
        assert len(g) and Literal("A/report.txt") not in set(g.objects())
        kg.put_article(g)
    write(env / "B", "report.txt", B_REPORT)
    out = run("build", "B", "--replace").output
    assert f"Note: report.txt: {iri} has the same file name and was stored before supplykg recorded where " \
           f"articles come from; if it is an earlier version, run `supplykg remove {iri}`" in out
    assert json.loads(run("stats", "--json").output)["articles"] == 2


def test_the_store_line_names_an_in_memory_store_plainly(env: Path) -> None:
    out = run("build", "news", "--store", ":memory:").output
    assert "\nStore in memory: " in out and "::" not in out


@pytest.mark.parametrize("question", ["central", "dependencies", "changes", "concentration"])
def test_tiers_is_offered_only_where_it_means_something(env: Path, question: str) -> None:
    result = run("graph", question, "--tiers", "2", code=2)
    assert "Error: No such option '--tiers'." in result.output


def test_a_named_query_for_a_name_the_graph_lacks_fails_as_graph_does(env: Path) -> None:
    run("build", "news")
    assert run("query", "--name", "suppliers", "--param", "company=Nobody", code=1).output == \
        "Error: no company named 'Nobody' in the graph; check the spelling (names match whatever their case)\n"
    assert run("query", "--name", "suppliers", "--param", "company=Beta Clod", code=1).output == \
        "Error: no company named 'Beta Clod' in the graph; did you mean Beta Cloud?\n"
    assert run("query", "--name", "orders", "--param", "product=zzz", code=1).output.startswith(
        "Error: no product named 'zzz' (or part of one) in the graph")
    assert run("query", "--name", "facts", "--param", "entity=beta cloud", "--format", "csv").output.count("\n") > 1
    graph_says = run("graph", "suppliers", "Nobody", code=1).output
    assert graph_says.startswith("Error: no company named 'Nobody' in the graph")


def test_every_param_is_used_or_refused(env: Path) -> None:
    run("build", "news")
    assert run("query", "--name", "suppliers", "--param", "company=Beta Cloud", "--param", "foo=bar",
               code=1).output == "Error: query 'suppliers': unknown parameter foo; use --param company=…\n"
    assert run("query", "--name", "suppliers", "--param", "company=Beta Cloud", "--param", "company=Nobody",
               code=2).output.endswith("Error: Invalid value for --param: company is given twice; give it once\n")
    assert "--param binds the variables of a named query" in run("query", "ASK {}", "--param", "x=1", code=1).output


def test_the_names_query_prints_are_names_graph_accepts(env: Path) -> None:
    run("build", "news")
    printed = run("query", "--name", "suppliers", "--param", "company=Beta Cloud").output.splitlines()[1].split()[0]
    assert printed == "company:alpha-semi"
    rows = json.loads(run("graph", "customers", printed, "--format", "json").output)
    assert [r["customer"] for r in rows] == ["Beta Cloud"]
    csv = run("query", "--name", "suppliers", "--param", "company=company:beta-cloud", "--format", "csv").output
    assert "Alpha Semi" in csv


def test_a_very_long_name_is_shown_whole_in_tables_and_shortened_in_the_middle_in_errors(env: Path) -> None:
    name = "Alpha" + "x" * 20_000 + "end Semi"
    write(env / "news", "long.txt", FR_ARTICLE.replace("Alpha Semi", name).replace("deux ans", "trois ans"))
    run("build", "news")
    table = run("graph", "suppliers", "Beta Cloud").output
    assert table.count("x") == 20_000 and "Alphaxxx" in table and "xxxend" in table  # folded, nothing cut
    error = run("graph", "suppliers", name + "!", code=1).output
    assert error.startswith("Error: no company named 'Alphaxxx") and len(error) < 1_000
    assert "characters left out] … xxx" in error and error.endswith("xxxend Semi?\n")  # start and end kept


def test_several_products_read_as_a_list_not_a_chain(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def two_products(articles: Any) -> Iterator[tuple[Any, list[Fact]]]:
        for article, facts in fake_extract(articles):
            yield article, [dataclasses.replace(f, product="wafers" if article.id == "fr.txt" else "disks")
                            for f in facts]

    monkeypatch.setattr(api, "_extractor", lambda: two_products)
    write(env / "news", "en.txt", EN_ARTICLE.replace("Gamma Foundry", "Alpha Semi").replace("Delta Devices", "Beta Cloud"))
    run("build", "news")
    table = run("graph", "suppliers", "Beta Cloud").output
    assert "disks, wafers" in table and "→" not in table
