"""Extraction in worker processes: the same store, report and facts, in the same order, for 1 or N workers.

Workers are forked from a fork server (spawned where there is none), never from the build, so the
extractors they run are module-level functions (``foundation``'s, importable in the workers). With
the built-in extractor they start warm: the server loaded the input's models once. An interrupted parallel build (Ctrl-C, or
``kill -9``) leaves whole articles and no process behind, and building again converges on
what one uninterrupted build stores.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from foundation import EN_ARTICLE, crashing_extract, fake_extract, write

from supplykg import api
from supplykg.extract.parallel import extract_in_order, start_method

NAMES = [f"{i:02d}.txt" for i in range(9)]


def article(i: int, extra: str = "") -> str:
    return EN_ARTICLE.replace("Tuesday", f"day {i}").replace("Gamma Foundry", f"Gamma Foundry{i}") + extra


@pytest.fixture()
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(api, "BATCH_SIZE", 2)  # several batches, so the pool starts
    for i, name in enumerate(NAMES):
        write(tmp_path / "news", name, article(i, " BOOM" if i == 4 else ""))
    return tmp_path / "news"


def store_text(location: str) -> str:
    return api.export(location, "nquads") or ""


def test_workers_store_what_one_process_stores_in_the_same_order(news: Path) -> None:
    ticks: dict[int, list[tuple[str, str]]] = {1: [], 3: []}
    reports = {}
    for n in (1, 3):
        reports[n] = api.build([str(news)], f"store{n}", lambda o, name, n=n: ticks[n].append((o, name)),
                               extractor=fake_extract, workers=n)
    one, three = reports[1].to_json(), reports[3].to_json()
    one.pop("seconds"), three.pop("seconds")
    assert one == three and one["added"] == [n for n in NAMES if n != "04.txt"]
    assert [e["path"] for e in one["errors"]] == [str(news / "04.txt")]  # BOOM costs only itself
    assert ticks[1] == ticks[3]
    assert store_text("store1") == store_text("store3")


def test_a_worker_that_dies_costs_its_article_only(news: Path) -> None:
    write(news, "05.txt", article(5, " CRASH"))
    report = api.build([str(news)], ":memory:", extractor=crashing_extract, workers=2)
    failed = {Path(e.path).name: e.reason for e in report.errors}
    assert sorted(failed) == ["04.txt", "05.txt"] and "crashed or ran out of memory" in failed["05.txt"]
    assert report.added == [n for n in NAMES if n not in ("04.txt", "05.txt")]


def test_input_is_read_as_results_are_written(news: Path) -> None:
    """At most two batches per worker are in flight: the input is not read ahead of the writer."""
    read: list[int] = []

    def articles():
        for i in range(40):
            read.append(i)
            yield api.Article(id=f"{i}.txt", text=article(i), lang="en")

    out = extract_in_order(articles(), fake_extract, workers=2, batch_size=2)
    first = next(out)
    assert first[0].id == "0.txt" and len(read) <= 2 * 2 * 2 + 2
    assert [a.id for a, _, _ in out] == [f"{i}.txt" for i in range(1, 40)]


@pytest.mark.slow
def test_the_rule_extractor_gives_the_same_facts_in_the_same_order_with_workers(monkeypatch: pytest.MonkeyPatch
                                                                                ) -> None:
    """The README's session articles (English, then French), one a batch: each worker loads one model."""
    monkeypatch.setattr(api, "BATCH_SIZE", 1)
    paths = [str(Path(__file__).parents[1] / "session" / "news")]
    runs = {n: [(a.id, [f.to_json() for f in facts]) for a, facts in api.extract(paths, workers=n)]
            for n in (1, 2)}
    assert runs[1] == runs[2] and sum(len(f) for _, f in runs[1]) >= 10


INTERRUPTED = r"""
import sys
sys.path.insert(0, sys.argv[1])
from foundation import slow_extract
from supplykg import api
api.BATCH_SIZE = 2
api.WRITE_GROUP = 2
api.build(["news"], store="store", extractor=slow_extract, workers=2)
"""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat") as fh:  # a zombie has finished
        return fh.read().split(") ")[1].startswith("Z")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not Path("/proc").is_dir(), reason="POSIX signals and /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_parallel_build_leaves_whole_articles_and_converges(tmp_path: Path, sig: int,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for i in range(30):
        write(tmp_path / "news", f"{i:02d}.txt", article(i))
    whole = api.build(["news"], "whole", extractor=fake_extract, workers=1)
    assert len(whole.added) == 30
    # Ctrl-C as a user's terminal delivers it, whatever this run inherited (a job started with '&' in a
    # non-interactive shell ignores SIGINT, and its children with it)
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPTED, str(Path(__file__).parent)], cwd=tmp_path,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(list((tmp_path / "workers").glob("*"))) < 2 or not (tmp_path / "store" / "readers").exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never started its workers"
        time.sleep(0.05)
    # some articles extracted (and so stored), most not: waiting on progress, not on the clock, keeps a loaded
    # machine from letting the whole build finish before the signal
    while len(list((tmp_path / "extracted").glob("*"))) < 6:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never extracted six articles"
        time.sleep(0.02)
    time.sleep(0.3)  # the writer stores what the workers returned
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    workers = [int(p.name) for p in (tmp_path / "workers").glob("*")]
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers):
        assert time.monotonic() < deadline, "worker processes outlived the build"
        time.sleep(0.1)
    with api.open_store("store") as kg, api.open_store("whole") as full:
        stored = kg.articles()
        assert 0 < len(stored) < 30
        for iri in stored:  # each stored article exactly as an uninterrupted build stores it
            assert set(kg.article_graph(iri)) == set(full.article_graph(iri))
    again = api.build(["news"], "store", extractor=fake_extract, workers=2)
    assert len(again.added) + len(again.unchanged) == 30 and not again.errors
    assert store_text("store") == store_text("whole")


# ---------------------------------------------------------------- warm workers (forkserver)

WARM = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])


def probe(_):
    '''What a worker holds before it has extracted anything.'''
    from supplykg.extract import warm
    from supplykg.extract.pipeline import load_pipeline

    time.sleep(0.3)  # both workers busy at once, so both answer
    return {"pid": os.getpid(), "ppid": os.getppid(), "loaded_by": warm.LOADED_BY, "warmed": warm.WARMED,
            "failed": sorted(warm.FAILED), "pipelines": load_pipeline.cache_info().currsize,
            "french": "spacy.lang.fr" in sys.modules}


def state(languages):
    from supplykg.extract.parallel import _Pool

    pool = _Pool(2, None, languages)
    try:
        return [f.result() for f in [pool.executor.submit(probe, i) for i in range(2)]]
    finally:
        pool.close()


if __name__ == "__main__":
    from foundation import EN_ARTICLE
    from supplykg import api
    from supplykg.extract.parallel import extract_in_order

    text = EN_ARTICLE.split("\n\n", 1)[1]
    articles = [api.Article(id=f"{i}.txt", text=text, lang="en") for i in range(4)]
    if sys.argv[2] == "build":  # an English build with the built-in extractor: then what its server holds
        facts = [len(f or []) for _, f, _ in extract_in_order(articles, None, workers=2, batch_size=1)]
        print(json.dumps({"facts": facts, "workers": state(())}))
    else:  # a server asked for a language it cannot load: the workers load what they need themselves
        before = state(tuple(sys.argv[2].split(",")))
        facts = [len(f or []) for _, f, _ in extract_in_order(articles, None, workers=2, batch_size=1)]
        print(json.dumps({"facts": facts, "workers": before}))
"""


def _warm_run(tmp_path: Path, how: str) -> dict:
    script = tmp_path / "warm_probe.py"
    script.write_text(WARM, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(Path(__file__).parent), how], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.skipif(start_method() != "forkserver", reason="workers are spawned here: each loads its own models")
def test_workers_start_with_the_models_of_the_input_loaded_once(tmp_path: Path) -> None:
    """A build of English articles starts a server that loads English (not French) and the extractor once; the
    workers, forked from it, hold the pipeline before their first article."""
    run = _warm_run(tmp_path, "build")
    workers = run["workers"]
    assert len({w["pid"] for w in workers}) == 2 and all(n > 0 for n in run["facts"])
    server = {w["loaded_by"] for w in workers}
    assert len(server) == 1 and None not in server  # loaded once, by one process ...
    assert all(w["ppid"] == w["loaded_by"] != w["pid"] for w in workers)  # ... the server they were forked from
    assert all(w["warmed"] == ["en"] and w["pipelines"] == 1 and not w["french"] and not w["failed"]
               for w in workers)


@pytest.mark.slow
@pytest.mark.skipif(start_method() != "forkserver", reason="workers are spawned here: each loads its own models")
def test_a_server_that_cannot_load_a_language_still_serves_workers_that_load_it_themselves(tmp_path: Path) -> None:
    run = _warm_run(tmp_path, "xx")  # no such language: the server logs it and lives on
    assert all(w["failed"] == ["xx"] and w["warmed"] == [] and w["pipelines"] == 0 for w in run["workers"])
    assert len(run["facts"]) == 4 and all(n > 0 for n in run["facts"])  # extracted all the same


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


@pytest.mark.skipif(start_method() != "forkserver" or not Path("/proc").is_dir(), reason="forkserver and /proc")
def test_a_killed_build_takes_its_fork_server_and_workers_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    """Under forkserver the workers are the server's children, and the server lives while any of them does:
    each worker watches the build itself, so ``kill -9`` of the build ends the workers, then the server."""
    monkeypatch.chdir(tmp_path)
    for i in range(30):
        write(tmp_path / "news", f"{i:02d}.txt", article(i))
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPTED, str(Path(__file__).parent)], cwd=tmp_path,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(list((tmp_path / "workers").glob("*"))) < 2:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never started its workers"
        time.sleep(0.05)
    workers = [int(p.name) for p in (tmp_path / "workers").glob("*")]
    servers = {int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]) for pid in workers}
    assert len(servers) == 1 and servers <= set(_children(proc.pid))  # forked by one server, the build's child
    proc.kill()
    proc.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in [*workers, *servers]):
        assert time.monotonic() < deadline, "the fork server or its workers outlived the build"
        time.sleep(0.1)
