"""Readers beside a writer: queries, a notebook's open store and every read command work while a build runs.

A build runs in another process and pauses, mid-build, before extracting ``c.txt``: the
articles before it are stored, ``c.txt`` and those after are not. Readers then see whole
articles only (what the build last published), a second writer is refused as before, and
a ``kill -9`` of the build at that point leaves whole articles.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from foundation import EN_ARTICLE, FR_ARTICLE, fake_extract, write

from supplykg import api
from supplykg.cli import cli

PAUSING_BUILD = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from foundation import fake_extract
from supplykg import api

here = Path.cwd()

pause_at = sys.argv[2] if len(sys.argv) > 2 else "c.txt"

def extract(articles):
    articles = list(articles)
    if any(a.id == pause_at for a in articles):
        (here / "ready").touch()
        deadline = time.monotonic() + 120
        while not (here / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return fake_extract(articles)

api.BATCH_SIZE = 1
report = api.build(["news"], store="store", extractor=extract)
print(report.added)
"""


def article(i: int) -> str:
    return EN_ARTICLE.replace("Tuesday", f"day {i}")


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SUPPLYKG_STORE", str(tmp_path / "store"))
    monkeypatch.setattr(api, "_extractor", lambda: fake_extract)
    write(tmp_path / "first", "fr.txt", FR_ARTICLE)
    for name, i in (("a.txt", 1), ("b.txt", 2), ("c.txt", 3), ("d.txt", 4)):
        write(tmp_path / "news", name, article(i))
    return tmp_path


@pytest.fixture()
def paused_build(folder: Path) -> Iterator[subprocess.Popen[str]]:
    """A build of news/ in another process, paused before extracting c.txt (a.txt and b.txt stored)."""
    assert CliRunner().invoke(cli, ["build", "first"]).exit_code == 0
    proc = subprocess.Popen([sys.executable, "-c", PAUSING_BUILD, str(Path(__file__).parent)], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not (folder / "ready").exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never reached c.txt"
        time.sleep(0.05)
    yield proc
    (folder / "go").touch()
    if proc.poll() is None:
        proc.communicate(timeout=120)


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_every_read_command_works_while_a_build_runs(paused_build: subprocess.Popen[str], folder: Path) -> None:
    """query, stats, view, export, graph and validate were all refused while a build held the store."""
    stats = run("stats", "--json")
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["articles"] == 3  # fr.txt, a.txt, b.txt: whole articles, no part of c.txt
    assert "a build is writing to the store at" in stats.stderr and "reading its last snapshot" in stats.stderr
    names = run("query", "SELECT ?n WHERE { ?a skg:fileName ?n } ORDER BY ?n", "--format", "csv")
    assert names.stdout.split() == ["n", "a.txt", "b.txt", "fr.txt"]
    assert run("graph", "suppliers", "Delta Devices", "--format", "json").exit_code == 0
    assert run("export", "-o", "g.ttl").exit_code == 0 and (folder / "g.ttl").stat().st_size > 0
    assert run("view", "-o", "g.html").exit_code == 0
    assert run("validate").exit_code == 0
    second = run("build", "first")  # two writers still exclude each other
    assert second.exit_code == 1 and "is in use by another supplykg process" in second.output
    (folder / "go").touch()
    out, err = paused_build.communicate(timeout=120)
    assert paused_build.returncode == 0, err
    assert out.strip() == "['a.txt', 'b.txt', 'c.txt', 'd.txt']"
    assert json.loads(run("stats", "--json").stdout)["articles"] == 5
    assert not (folder / "store" / "readers").exists()  # the build removed its snapshots


def test_a_build_publishes_what_is_stored_before_its_first_article(folder: Path) -> None:
    """Readers never wait for a build's first batch: it publishes the store as it found it at once."""
    assert run("build", "first").exit_code == 0
    proc = subprocess.Popen([sys.executable, "-c", PAUSING_BUILD, str(Path(__file__).parent), "a.txt"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (folder / "ready").exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        stats = run("stats", "--json")
        assert stats.exit_code == 0, stats.output
        assert json.loads(stats.stdout)["articles"] == 1 and "waiting" not in stats.stderr
    finally:
        (folder / "go").touch()
        proc.communicate(timeout=120)


def test_a_notebook_holding_the_store_never_blocks_a_build_and_sees_what_it_adds(folder: Path) -> None:
    assert run("build", "first").exit_code == 0
    kg = api.open_store()  # what the README's Python session does, and keeps open
    try:
        assert len(kg.articles()) == 1
        proc = subprocess.Popen([sys.executable, "-c", PAUSING_BUILD, str(Path(__file__).parent)], cwd=folder,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not (folder / "ready").exists():
            assert proc.poll() is None, proc.communicate()  # the build was not refused
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert len(kg.articles()) == 3  # the build's last snapshot
        assert api.stats(kg)["articles"] == 3
        (folder / "go").touch()
        assert proc.communicate(timeout=120)[0].strip() == "['a.txt', 'b.txt', 'c.txt', 'd.txt']"
        assert len(kg.articles()) == 5  # the store itself, once the build is done
        with pytest.raises(Exception, match="opened read-only"):
            api.remove(kg, "a.txt")
    finally:
        kg.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_kill_9_during_a_build_leaves_whole_articles(paused_build: subprocess.Popen[str], folder: Path) -> None:
    from supplykg.graph.rdf import article_to_graph
    from supplykg.graph.store import open_store

    os.kill(paused_build.pid, signal.SIGKILL)
    paused_build.wait(timeout=60)
    stats = run("stats", "--json")  # the lock died with the build: the store itself is read
    assert stats.exit_code == 0 and "snapshot" not in stats.stderr
    assert json.loads(stats.stdout)["articles"] == 3
    with open_store(str(folder / "store")) as kg:  # a writer again: stale snapshots go
        assert not (folder / "store" / "readers").exists()
        for art in api.extract(["first", "news/a.txt", "news/b.txt"], extractor=fake_extract):
            expected = article_to_graph(*art)
            assert set(kg.article_graph(expected.identifier)) == set(expected)  # whole, nothing more
        count = int(next(iter(kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0])
        assert count == len(set(kg.union_graph(include_ontology=True)))  # the default graph agrees
