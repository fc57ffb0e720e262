"""The corroboration commands: `graph corroboration`, `graph conflicts`, `corroborate`, and build/remove keeping it current."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from foundation import fake_extract, write

from supplykg import api
from supplykg.cli import cli

sys.path.insert(0, str(Path(__file__).parent / "graph"))
from corroboration_articles import ALL, cs, graph_of  # noqa: E402  (articles written for the graph tests)

from supplykg.graph.store import open_store  # noqa: E402


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    loc = tmp_path / "store"
    with open_store(str(loc)) as kg:
        for a in ALL:
            cs.put_article(kg, graph_of(a))
    monkeypatch.setenv("SUPPLYKG_STORE", str(loc))
    return loc


def test_corroboration_table(store):
    out = run("graph", "corroboration")
    lines = [" ".join(line.split()) for line in out.splitlines() if line.strip()]
    assert lines[0] == "fact articles sources statuses first_seen last_seen conflict"
    assert lines[2] == ("Norvik Semiconductor supplies Helion Devices (HBM3E) 4 3 asserted, denied 2024-07-24 "
                        "2024-09-02 denial")
    assert lines[3] == "Kestrel Cloud ordered Ascend 910B 2 2 asserted 2024-05 2024-06 quantity"


def test_corroboration_json_for_one_company_with_evidence(store):
    rows = json.loads(run("graph", "corroboration", "HELION DEVICES", "--evidence", "--format", "json"))
    assert len(rows) == 1
    row = rows[0]
    assert {k: row[k] for k in ("subject", "relation", "object", "product", "articles", "sources", "statuses",
                                "first_seen", "last_seen", "conflict", "conflicts")} == {
        "subject": "Norvik Semiconductor", "relation": "supplies", "object": "Helion Devices", "product": "HBM3E",
        "articles": 4, "sources": 3, "statuses": ["asserted", "denied"], "first_seen": "2024-07-24",
        "last_seen": "2024-09-02", "conflict": True, "conflicts": ["denial"]}
    assert [(e["article"], e["source"], e["status"]) for e in row["evidence"]] == [
        ("wire_daily.txt", "Reuters", "asserted"), ("wire_weekly.txt", "Reuters", "asserted"),
        ("ledger.txt", "Silicon Ledger", "asserted"), ("denial.txt", "Helion press office", "denied")]


def test_unknown_company_is_a_one_line_error(store):
    result = CliRunner().invoke(cli, ["graph", "corroboration", "Helion"])
    assert result.exit_code == 1
    assert result.output == "Error: no company named 'Helion' in the graph; did you mean Helion Devices?\n"


def test_conflicts_list_both_sides_with_evidence(store):
    out = run("graph", "conflicts")
    assert "Kestrel Cloud ordered Ascend 910B: quantity, quantities disagree: 100,000 vs 30,000" in out
    assert ("Norvik Semiconductor supplies Helion Devices (HBM3E): denial, affirmed by 3 articles, "
            "denied by 1 article") in out
    assert "“Helion Devices denied that" in out and "denial.txt" in out
    rows = json.loads(run("graph", "conflicts", "--format", "json"))
    assert [(r["subject"], r["conflict"], [s["side"] for s in r["sides"]]) for r in rows] == [
        ("Kestrel Cloud", "quantity", ["100,000", "30,000"]),
        ("Norvik Semiconductor", "denial", ["affirmed", "denied"])]
    denied = rows[1]["sides"][1]["claims"]
    assert [(c["article"], c["published"], c["evidence"][:21]) for c in denied] == [
        ("denial.txt", "2024-09-02", "Helion Devices denied")]


def test_corroborate_recomputes_and_validate_agrees(store):
    assert run("corroborate") == "corroboration: 0 fact(s) written, 2 unchanged, 0 removed\n"
    assert run("validate").startswith("conforms")


def test_build_and_remove_keep_corroboration_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(api, "_extractor", lambda: fake_extract)
    monkeypatch.setenv("SUPPLYKG_STORE", str(tmp_path / "store"))
    sentence = "Alpha Semi supplies Beta Cloud with wafers."
    write(tmp_path / "news", "one.txt", f"date: 2024-01\nsource: Paper One\n\n{sentence}\n")
    write(tmp_path / "news", "two.txt", "date: 2024-03\nsource: Paper Two\n\nAs reported, Alpha Semi supplies "
                                         "Beta Cloud.\n")
    write(tmp_path / "news", "wire.txt", "date: 2024-02\nsource: https://x.example/a (Paper Three, Reuters)\n\n"
                                         "Alpha Semi supplies Beta Cloud, Reuters said.\n")
    run("build", str(tmp_path / "news"))
    (row,) = json.loads(run("graph", "corroboration", "--format", "json"))
    assert (row["articles"], row["sources"], row["first_seen"], row["last_seen"]) == (3, 3, "2024-01", "2024-03")
    run("remove", "two.txt")
    (row,) = json.loads(run("graph", "corroboration", "--format", "json"))
    assert (row["articles"], row["sources"], row["last_seen"]) == (2, 2, "2024-02")
    run("remove", "one.txt")
    run("remove", "wire.txt")
    assert run("graph", "corroboration") == "no fact in the graph\n"


def test_export_the_company_list_as_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(api, "_extractor", lambda: fake_extract)
    monkeypatch.setenv("SUPPLYKG_STORE", str(tmp_path / "store"))
    write(tmp_path / "news", "one.txt", "date: 2024-01\nsource: Paper One\n\nAlpha Semi supplies Beta Cloud with wafers.\n")
    run("build", str(tmp_path / "news"))
    assert run("export", "--format", "companies-csv").splitlines() == [
        "iri,name,country,ticker,lei,wikidata,facts,articles",
        "https://w3id.org/supplykg/id/company/alpha-semi,Alpha Semi,,,,,1,1",
        "https://w3id.org/supplykg/id/company/beta-cloud,Beta Cloud,,,,,1,1"]  # unknown companies: our IRI only
    assert run("export", "--format", "companies-csv", "-o", str(tmp_path / "c.csv")) == ""
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").startswith("iri,name,country")
