"""Every kind of bad input: a one-line message naming the file and what to do, and the store intact.

Each test builds a good article into a store first, then feeds the bad input to
``api.build`` and checks the reason AND that the store still holds the same triples.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from foundation import DE_ARTICLE, EN_ARTICLE, FR_ARTICLE, fake_extract, write

from supplykg import api
from supplykg.cli import cli
from supplykg.extract.model import Skip
from supplykg.extract.reader import read_paths
from supplykg.graph.store import open_store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Any]:
    """An in-memory store already holding one article (two companies, one supplies fact)."""
    kg = open_store(":memory:")
    report = api.build([write(tmp_path / "good", "fr.txt", FR_ARTICLE)], kg, extractor=fake_extract)
    assert report.added == ["fr.txt"] and kg.triple_count() > 0
    yield kg
    kg.close()


def build_bad(kg: Any, *paths: Path | str, **options: Any) -> api.BuildReport:
    """Build ``paths`` and check that the good article and every one of its triples are still there."""
    before = set(kg.union_graph())
    articles = kg.articles()
    report = api.build([str(p) for p in paths], kg, extractor=fake_extract, **options)
    assert report.failed
    assert kg.articles()[: len(articles)] == articles or set(articles) <= set(kg.articles())
    assert before <= set(kg.union_graph())
    return report


def only_skip(report: api.BuildReport) -> str:
    assert len(report.skipped) + len(report.errors) == 1, (report.skipped, report.errors)
    s = (report.skipped or report.errors)[0]
    assert "\n" not in s.reason
    return str(s)


def test_missing_path(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    report = build_bad(store, tmp_path / "nope.txt")
    assert only_skip(report) == f"{tmp_path / 'nope.txt'}: no such file or folder; check the path"
    assert store.triple_count() == count


def test_empty_file(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    report = build_bad(store, write(tmp_path, "empty.txt", b""))
    assert only_skip(report).endswith("empty.txt: empty file; add the article text or remove the file")
    assert store.triple_count() == count


def test_whitespace_only_and_header_only(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    report = build_bad(store, write(tmp_path, "blank.txt", " \n\n\t\n"), write(tmp_path, "head.txt", "date: 2024\n\n"))
    reasons = [s.reason for s in report.skipped]
    assert reasons == ["empty file (only whitespace); add the article text or remove the file",
                       "no article text (empty, or only a header); add the text or remove the file"]
    assert store.triple_count() == count


def test_binary_file(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    report = build_bad(store, write(tmp_path, "image.txt", png))
    assert only_skip(report).endswith("image.txt: binary file (NUL or control bytes), not text; "
                                      "pass the article as .txt, .md, .html or .jsonl")
    assert store.triple_count() == count


def test_undecodable_bytes(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    data = "Alpha Semi fournit Beta Cloud.".encode() + b" \x81\x8d\x8f\x90\x9d \xc3"
    report = build_bad(store, write(tmp_path, "broken.txt", data))
    assert only_skip(report).endswith(
        "broken.txt: undecodable bytes at offset 31: not UTF-8, UTF-16 or clean Windows-1252 text; "
        "re-save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")
    assert store.triple_count() == count


def test_huge_file_is_skipped_without_reading_it(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50_000_000)
    report = build_bad(store, big)
    assert only_skip(report) == (f"{big}: file is 50.0 MB, over the 10.0 MB limit; split it into articles "
                                 "or raise the limit with --max-bytes")
    assert store.triple_count() == count


def test_max_bytes_is_configurable(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    report = build_bad(store, write(tmp_path, "en.txt", EN_ARTICLE), max_bytes=100)
    assert "file is 198 bytes, over the 100 bytes limit" in only_skip(report)
    assert store.triple_count() == count


def test_html_without_text(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    page = "<html><head><title></title><script>document.write('x')</script><style>b{}</style></head><body> </body></html>"
    report = build_bad(store, write(tmp_path, "blank.html", page))
    assert only_skip(report).endswith("blank.html: HTML without readable text (only markup, scripts or styles); "
                                      "save the article's text as .txt")
    assert store.triple_count() == count


def test_other_language(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    report = build_bad(store, write(tmp_path, "de.txt", DE_ARTICLE))
    assert only_skip(report).endswith("de.txt: German (de): supplykg reads French and English; "
                                      "translate the article or leave it out")
    assert store.triple_count() == count


def test_declared_language_in_jsonl_is_trusted(store: Any, tmp_path: Path) -> None:
    line = json.dumps({"id": "x1", "text": EN_ARTICLE, "lang": "it"})
    report = build_bad(store, write(tmp_path, "it.jsonl", line + "\n"))
    assert only_skip(report) == f"{tmp_path / 'it.jsonl'}:1: Italian (it): supplykg reads French and English; " \
                                "translate the article or leave it out"


def test_malformed_jsonl_skips_the_line_and_goes_on(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    good = json.dumps({"id": "en-1", "text": EN_ARTICLE.split("\n\n", 1)[1], "date": "2023-11"})
    lines = ['{"id": "x", "text": "unterminated', "[1, 2]", '{"id": "y"}', good]
    feed = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    report = build_bad(store, feed)
    assert [str(s) for s in report.skipped] == [
        f"{feed}:1: malformed JSON Lines: Unterminated string starting at (column 21); "
        "fix or remove this line, one JSON object per line",
        f"{feed}:2: expected a JSON object per line, got list; write {{\"text\": ..., \"date\": ..., \"source\": ...}}",
        f"{feed}:3: no \"text\" field with the article text; add it or remove this line",
    ]
    assert report.added == ["en-1"] and report.facts["supplies"] == 1
    assert store.triple_count() > count


def test_unsupported_extension_named_explicitly(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    report = build_bad(store, write(tmp_path, "report.pdf", b"%PDF-1.7"))
    assert only_skip(report).endswith("report.pdf: unsupported file type '.pdf'; supplykg reads "
                                      ".txt, .md, .html, .htm, .jsonl")
    assert store.triple_count() == count


def test_folder_without_articles(store: Any, tmp_path: Path) -> None:
    write(tmp_path / "docs", "notes.pdf", b"%PDF")
    report = build_bad(store, tmp_path / "docs")
    assert only_skip(report).endswith("docs: no .txt, .md, .html or .jsonl files in this folder; check the path")


def test_extractor_failure_costs_only_that_article(store: Any, tmp_path: Path) -> None:
    count = store.triple_count()
    folder = tmp_path / "batch"
    write(folder, "a.txt", EN_ARTICLE.replace("Tuesday", "Tuesday BOOM"))
    write(folder, "b.txt", EN_ARTICLE)
    report = build_bad(store, folder)
    assert only_skip(report).endswith("a.txt: extraction failed (RuntimeError: the fake extractor was told to fail); "
                                      "please report this article")
    assert report.added == ["b.txt"] and store.triple_count() > count


def test_store_write_failure_is_reported_and_batch_goes_on(store: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    count = store.triple_count()
    real_put = store.put_article

    def flaky_put(graph: Any) -> bool:
        if any("Gamma" in str(o) for o in graph.objects()):
            raise OSError("disk full")
        return real_put(graph)

    monkeypatch.setattr(store, "put_article", flaky_put)
    report = build_bad(store, write(tmp_path, "en.txt", EN_ARTICLE))
    assert only_skip(report).endswith("en.txt: could not store it (OSError: disk full); the store is unchanged for it")
    assert store.triple_count() == count


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file(store: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", EN_ARTICLE)
    path.chmod(0)
    try:
        report = build_bad(store, path)
    finally:
        path.chmod(0o644)
    assert only_skip(report).endswith("secret.txt: cannot read: Permission denied; check the file's permissions")


def test_cli_reports_skips_and_exits_1_with_a_persistent_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the command line, on the default on-disk store: a table of skips, exit 1, store intact."""
    monkeypatch.setattr(api, "_extractor", lambda: fake_extract)
    location = str(tmp_path / "store")
    runner = CliRunner()
    good = write(tmp_path / "in", "fr.txt", FR_ARTICLE)
    assert runner.invoke(cli, ["build", str(good), "--store", location]).exit_code == 0
    with open_store(location) as kg:
        count = kg.triple_count()
    bad = [write(tmp_path / "bad", "empty.txt", b""), write(tmp_path / "bad", "de.txt", DE_ARTICLE), tmp_path / "nope"]
    result = runner.invoke(cli, ["build", *map(str, bad), "--store", location])
    assert result.exit_code == 1
    assert "Skipped" in result.output and "German (de)" in result.output and "empty file" in result.output
    assert "Traceback" not in result.output
    with open_store(location) as kg:
        assert kg.triple_count() == count


def test_replace_keeps_the_stored_article_when_the_write_fails(store: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """--replace writes the new version over the old in one put: a failed put leaves the old triples."""
    before = set(store.union_graph())

    def failing_put(graph: Any) -> bool:
        raise OSError("disk full")

    monkeypatch.setattr(store, "put_article", failing_put)
    report = build_bad(store, tmp_path / "good" / "fr.txt", replace=True)
    assert only_skip(report).endswith("fr.txt: could not store it (OSError: disk full); the store is unchanged for it")
    assert set(store.union_graph()) == before


def test_replace_of_an_edited_article_removes_the_old_version_only_after_the_new_one_is_written(
        store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(store.union_graph())
    edited = write(tmp_path / "good", "fr.txt", FR_ARTICLE.replace("deux ans", "trois ans"))

    def failing_put(graph: Any) -> bool:
        raise OSError("disk full")

    with monkeypatch.context() as m:
        m.setattr(store, "put_article", failing_put)
        build_bad(store, edited, replace=True)
    assert set(store.union_graph()) == before
    report = api.build([str(edited)], store, extractor=fake_extract, replace=True)
    assert report.added == ["fr.txt"] and len(report.notes) == 1
    assert len(store.articles()) == 1 and set(store.union_graph()) != before


def test_replace_that_cannot_remove_the_old_version_keeps_both_and_says_how_to_finish(
        store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old_iri = store.articles()[0]
    edited = write(tmp_path / "good", "fr.txt", FR_ARTICLE.replace("deux ans", "trois ans"))

    def stuck(iri: Any) -> bool:
        raise OSError("read-only file system")

    monkeypatch.setattr(store, "remove_article", stuck)
    report = api.build([str(edited)], store, extractor=fake_extract, replace=True)
    assert report.added == ["fr.txt"] and not report.failed
    assert report.notes == [f"fr.txt: the new version is stored but the earlier one could not be removed "
                            f"(OSError: read-only file system); run `supplykg remove {old_iri}`"]
    assert len(store.articles()) == 2 and old_iri in store.articles()


# -- inputs that are not regular files, and reads bounded by --max-bytes ------------------------------

PROBE = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))  # a runaway read fails fast
from supplykg import api
from supplykg.extract.reader import read_paths
total = api.count_inputs([sys.argv[1]])
items = [str(x) for x in read_paths([sys.argv[1]])]
print(json.dumps({"total": total, "items": items}))
"""


def probe(folder: Path) -> dict[str, Any]:
    """Count and read ``folder`` in a child process that cannot hang the suite or eat the machine."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    return json.loads(done.stdout)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_inside_a_folder_is_skipped_without_being_opened(tmp_path: Path) -> None:
    """Counting inputs for the progress bar opened x.jsonl, and a FIFO with no writer blocks open() forever."""
    write(tmp_path / "in", "fr.txt", FR_ARTICLE)
    os.mkfifo(tmp_path / "in" / "x.jsonl")
    result = probe(tmp_path / "in")
    assert result["items"][1] == (f"{tmp_path / 'in' / 'x.jsonl'}: not a regular file (a pipe, device or socket); "
                                  "pass article files or folders of them")
    assert result["total"] == 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_linked_into_a_folder_is_skipped_without_being_read(tmp_path: Path) -> None:
    """/dev/zero linked as z.jsonl exhausted memory: counting its lines read an endless line."""
    write(tmp_path / "in", "fr.txt", FR_ARTICLE)
    (tmp_path / "in" / "z.jsonl").symlink_to("/dev/zero")
    result = probe(tmp_path / "in")
    assert result["items"][1].endswith("z.jsonl: not a regular file (a pipe, device or socket); "
                                       "pass article files or folders of them")


def test_a_json_lines_line_over_the_limit_is_never_held_in_memory(tmp_path: Path) -> None:
    """A 200 MB line took 441 MB before it was refused; now the reader holds at most --max-bytes of it."""
    import tracemalloc

    good = json.dumps({"id": "en-1", "text": EN_ARTICLE.split("\n\n", 1)[1]})
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "big", "text": "' + "x" * 8_000_000 + '"}\n' + good + "\n")
    list(read_paths([write(tmp_path, "warm.txt", EN_ARTICLE)]))  # the language model loads outside the count
    tracemalloc.start()
    try:
        items = list(read_paths([str(feed)], max_bytes=100_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [str(i) for i in items if isinstance(i, Skip)] == [
        f"{feed}:1: line is 8.0 MB, over the 100.0 kB limit; raise the limit with --max-bytes"]
    assert [i.id for i in items if not isinstance(i, Skip)] == ["en-1"]
    assert peak < 1_000_000


def test_a_file_that_grows_after_it_was_checked_is_read_no_further_than_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "en.txt", EN_ARTICLE)
    real_fstat = os.fstat

    def stale(fd: int) -> os.stat_result:  # the size seen at the check, before the file grew
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:]))

    monkeypatch.setattr(os, "fstat", stale)
    (skip,) = read_paths([str(path)], max_bytes=100)
    assert str(skip) == f"{path}: file is over the 100 bytes limit; split it into articles or raise the limit " \
                        "with --max-bytes"


@pytest.mark.parametrize(("size", "limit", "said"), [
    (258, 100, "file is 258 bytes, over the 100 bytes limit"),
    (50_000_000, 10_000_000, "file is 50.0 MB, over the 10.0 MB limit"),
    (10_000_001, 10_000_000, "file is 10,000,001 bytes, over the 10,000,000 bytes limit"),
    (2_500, 1_000, "file is 2.5 kB, over the 1.0 kB limit"),
])
def test_sizes_in_messages_are_readable_at_any_scale(tmp_path: Path, size: int, limit: int, said: str) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(size)
    (skip,) = read_paths([str(big)], max_bytes=limit)
    assert skip.reason.startswith(said + "; ")
