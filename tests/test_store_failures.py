"""A store that stops working during a build: a hung or dead server, a full disk, a store error at the end.

The build stops at the first such error instead of paying it once per article, and the
report of what was stored and what failed is printed before the one line that says why.
"""
from __future__ import annotations

import errno
import http.server
import json
import re
import socket
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from foundation import EN_ARTICLE, FR_ARTICLE, fake_extract, write

from supplykg import api
from supplykg.cli import cli
from supplykg.graph.remote import RemoteStore
from supplykg.graph.store import StoreUnavailable, open_store


class HangingProxy:
    """Forwards requests to a real server until ``hang`` is set; then takes each request and never answers."""

    def __init__(self, target: str) -> None:
        self.hang = threading.Event()
        self.release = threading.Event()
        self.hung: list[str] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
                if proxy.hang.is_set():
                    proxy.hung.append(f"{self.command} {self.path}")
                    proxy.release.wait(60)
                    return
                req = urllib.request.Request(target + self.path, data=body, method=self.command,
                                             headers={k: v for k, v in self.headers.items()
                                                      if k.lower() in ("content-type", "accept")})
                try:
                    with urllib.request.urlopen(req, timeout=30) as resp:
                        status, headers, data = resp.status, resp.headers, resp.read()
                except urllib.error.HTTPError as e:
                    status, headers, data = e.code, e.headers, e.read()
                self.send_response(status)
                for k, v in headers.items():
                    if k.lower() in ("content-type",):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


#: The read timeout of the hang tests: long enough that a request the server answers is never cut under load
#: (0.3 s was, on a busy machine: the timeout then struck before the hang), short beside the hang's 60 s.
TIMEOUT = 2.0


@pytest.fixture()
def proxy(remote_url: str) -> Iterator[HangingProxy]:
    p = HangingProxy(remote_url)
    yield p
    p.close()


@pytest.fixture()
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three articles, the test extractor, and the working folder in tmp."""
    monkeypatch.setattr(api, "_extractor", lambda: fake_extract)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news", "a.txt", FR_ARTICLE)
    write(tmp_path / "news", "b.txt", EN_ARTICLE)
    write(tmp_path / "news", "c.txt", EN_ARTICLE.replace("Tuesday", "Monday"))
    return tmp_path / "news"


def hang_while_extracting(proxy: HangingProxy) -> Any:
    """The test extractor, with the server hanging from the moment the first batch is extracted."""
    def extract(articles: Any) -> Any:
        proxy.hang.set()
        return fake_extract(articles)
    return extract


def test_a_hung_server_stops_the_build_at_the_first_read_timeout(proxy: HangingProxy, news: Path) -> None:
    """A hung server cost 60 s per request (3 articles: 242 s); now one read timeout, then one line."""
    store = RemoteStore(proxy.url, read_timeout=TIMEOUT)
    with pytest.raises(api.BuildStopped) as stopped:
        api.build([str(news)], store, extractor=hang_while_extracting(proxy))
    assert len(proxy.hung) == 1  # one request waited out, none after it
    assert re.match(f"the build stopped: the SPARQL server at {proxy.url} did not answer (GET|POST) ", str(stopped.value))
    assert str(stopped.value).endswith(f" within {TIMEOUT:g} s; check the server (hung or overloaded?), or raise --read-timeout")
    report = stopped.value.report
    assert report.added == [] and [s.path for s in report.errors] == [str(news / "a.txt")]


def test_the_cli_prints_the_report_then_the_timeout(proxy: HangingProxy, news: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    run = CliRunner().invoke
    assert run(cli, ["build", "news/a.txt", "--store", proxy.url]).exit_code == 0
    monkeypatch.setattr(api, "_extractor", lambda: hang_while_extracting(proxy))
    result = run(cli, ["build", "news", "--store", proxy.url, "--read-timeout", f"{TIMEOUT:g}"])
    assert result.exit_code == 1 and len(proxy.hung) == 1
    out = result.output
    assert "2 article(s) read: 0 added, 1 unchanged, 1 failed" in out  # a.txt was stored before the hang
    assert out.index("b.txt") < out.index("Error: the build stopped: the SPARQL server at")
    assert out.endswith(f"within {TIMEOUT:g} s; check the server (hung or overloaded?), or raise --read-timeout\n")


def test_a_refused_connection_stops_the_build_too(remote_url: str, news: Path) -> None:
    """The server died after the store was opened: the first write fails, the build stops there."""
    store = RemoteStore(remote_url)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    store.update_endpoint, store.store_endpoint = f"{dead}/update", f"{dead}/store"
    with pytest.raises(api.BuildStopped, match=r"cannot reach the SPARQL endpoint .* start the server") as stopped:
        api.build([str(news)], store, extractor=fake_extract)
    assert stopped.value.report.added == [] and len(stopped.value.report.errors) == 1


def test_the_connect_timeout_reaches_the_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float | None] = []

    def no_answer(address: Any, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        seen.append(timeout)
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", no_answer)
    with pytest.raises(StoreUnavailable) as err:
        RemoteStore("http://192.0.2.1:7878", connect_timeout=2.5)
    assert seen == [2.5]
    assert str(err.value) == ("could not connect to the SPARQL endpoint http://192.0.2.1:7878/query within 2.5 s; "
                              "check that the server is up and the --store URL, or raise --connect-timeout")
    result = CliRunner().invoke(cli, ["stats", "--store", "http://192.0.2.1:7878", "--connect-timeout", "4"])
    assert result.exit_code == 1 and seen[-1] == 4.0
    assert result.output.startswith("Error: could not connect to the SPARQL endpoint")


def test_a_store_error_at_the_end_still_shows_the_report(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The articles were stored, then counting the store's triples failed: the report came to nothing."""
    from supplykg.graph.store import MemoryStore, StoreError

    real = MemoryStore.triple_count

    def count_then_fail(self: Any) -> int:
        if self.articles():  # at the end of the build, not at its start
            raise StoreError("the store went away")
        return real(self)

    monkeypatch.setattr(MemoryStore, "triple_count", count_then_fail)
    result = CliRunner().invoke(cli, ["build", "news", "--store", ":memory:"])
    assert result.exit_code == 1
    assert "3 article(s) read: 3 added, 0 unchanged, 0 failed" in result.output
    assert result.output.endswith("Store in memory: stopped after "
                                  f"{result.output.rsplit('stopped after ', 1)[1].split(' s.')[0]} s.\n"
                                  "Error: the build stopped: the store went away\n")
    as_json = CliRunner().invoke(cli, ["build", "news", "--store", ":memory:", "--json"])
    report = json.loads(as_json.stdout)
    assert report["added"] == ["a.txt", "b.txt", "c.txt"] and report["stopped"] == "the store went away"
    assert as_json.stderr == "Error: the build stopped: the store went away\n"


@pytest.mark.parametrize("group", [1, 2])
def test_a_full_disk_stops_the_build_and_says_so(news: Path, monkeypatch: pytest.MonkeyPatch, group: int) -> None:
    """The first write that meets a full disk stops the build; what was written before stays, and is reported.

    Articles are written ``group`` at a time (new ones in one transaction): the second write fails."""
    monkeypatch.setattr(api, "WRITE_GROUP", group)
    location = str(news.parent / "store")
    with open_store(location) as kg:
        inner = kg._ox
        articles = {"n": 0}

        class FillsUp:  # the disk is full from the second article on
            def __getattr__(self, name: str) -> Any:
                return getattr(inner, name)

            def extend(self, quads: Any) -> None:
                quads = list(quads)
                if "/id/article/" in str(quads[0].graph_name):
                    articles["n"] += 1
                    if articles["n"] > 1:
                        raise OSError(errno.ENOSPC, f"IO error: No space left on device: While appending to "
                                                    f"file: {location}/000008.log: No space left on device")
                inner.extend(quads)

        monkeypatch.setattr(kg, "_ox", FillsUp())
        with pytest.raises(api.BuildStopped) as stopped:
            api.build([str(news)], kg, extractor=fake_extract)
        monkeypatch.undo()
        names = ["a.txt", "b.txt", "c.txt"]
        assert stopped.value.report.added == names[:group]
        assert [s.path for s in stopped.value.report.errors] == [str(news / names[group])]
        assert str(stopped.value) == (f"the build stopped: the disk holding the store at {location} is full; "
                                      "free some space and build again (what was stored is intact)")
        assert len(kg.articles()) == group


# -- what a store that cannot be used is called --------------------------------------------------

#: Errors as pyoxigraph 0.5.13 raised them, recorded on a read-only folder (as a user who may not
#: write it) and on a full 3 MB tmpfs.
NO_PERMISSION = OSError("IO error: While open a file for appending: {path}/LOG: Permission denied")
DISK_FULL = OSError("IO error: No space left on device: While appending to file: {path}/000012.sst: "
                    "No space left on device")


@pytest.mark.parametrize(("error", "said"), [
    (NO_PERMISSION, "no permission to write the store at {path}; reading it still works (query, stats, export…): "
                    "build as the store's owner, or pass a writable --store"),
    (DISK_FULL, "the disk holding the store at {path} is full; free some space and build again "
                "(what was stored is intact)"),
])
def test_an_intact_store_that_cannot_be_written_is_not_called_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      error: OSError, said: str) -> None:
    import pyoxigraph

    path = tmp_path / "kg"
    with open_store(str(path)):
        pass

    def refuse(location: str) -> Any:
        raise type(error)(str(error).format(path=location))

    monkeypatch.setattr(pyoxigraph, "Store", refuse)
    result = CliRunner().invoke(cli, ["build", "x.txt", "--store", str(path)])
    assert result.output == f"Error: {said.format(path=path)}\n"


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
                    reason="root writes read-only folders")
def test_a_read_only_store_folder_is_called_so(tmp_path: Path) -> None:
    import os

    path = tmp_path / "kg"
    with open_store(str(path)):
        pass
    os.chmod(path, 0o555)
    try:
        result = CliRunner().invoke(cli, ["build", "x.txt", "--store", str(path)])
    finally:
        os.chmod(path, 0o755)
    assert result.output.startswith(f"Error: no permission to write the store at {path}")


def test_a_corrupt_table_file_is_called_damaged_not_an_unexpected_error(news: Path) -> None:
    """A damaged .sst gave 'unexpected RuntimeError … report it'."""
    import pyoxigraph

    location = news.parent / "store"
    assert CliRunner().invoke(cli, ["build", str(news), "--store", str(location)]).exit_code == 0
    db = pyoxigraph.Store(str(location))
    db.optimize()  # everything into table files
    del db
    for table in location.glob("*.sst"):  # the data blocks; the index and footer at the end stay readable
        data = bytearray(table.read_bytes())
        data[: len(data) // 2] = b"\xff" * (len(data) // 2)
        table.write_bytes(bytes(data))
    result = CliRunner().invoke(cli, ["export", "--store", str(location)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: the store at {location} is damaged (")
    assert result.output.endswith("; move it aside and rebuild with `supplykg build`, or restore a copy\n")
    assert "unexpected" not in result.output and len(result.output.splitlines()) == 1


def test_a_failed_flush_at_the_end_loses_nothing_and_hides_nothing(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing flushes the store; on a full disk that failed and the report never showed."""
    from supplykg.graph import oxigraph_store

    location = news.parent / "store"
    real = oxigraph_store._open_oxigraph

    class FullAtClose:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

        def flush(self) -> None:
            raise OSError(DISK_FULL.args[0].format(path=location))

    monkeypatch.setattr(oxigraph_store, "_open_oxigraph", lambda path: FullAtClose(real(path)))
    result = CliRunner().invoke(cli, ["build", str(news), "--store", str(location)])
    assert result.exit_code == 0, result.output
    assert "3 article(s) read: 3 added" in result.stdout
    assert f"WARNING: could not flush the store at {location} (the disk holding the store" in result.stderr
    monkeypatch.undo()
    with open_store(str(location)) as kg:
        assert len(kg.articles()) == 3
