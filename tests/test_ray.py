"""Extraction past one machine: ``build --ray`` on a local Ray instance this test starts, and ``load``.

A Ray build of 20 articles stores the same triples as a local build (the same extractor, in
``map_batches`` on actors; N-Quads shards, one named graph per article; loaded through the
same writer). ``load`` reads shards into the embedded store and into a SPARQL server.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from supplykg import api
from supplykg.cli import cli

ray = pytest.importorskip("ray", reason="Ray is the optional extra supplykg[ray] (the test extra installs it)")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def local_ray():
    """A Ray instance on this machine, small and quiet, for this module only."""
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=100 * 1024 * 1024, log_to_driver=False,
             configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture()
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """20 articles: the README's English session article under 20 sources (each a new article)."""
    monkeypatch.chdir(tmp_path)
    text = (ROOT / "session" / "news" / "2025-03_blackwell.txt").read_text(encoding="utf-8")
    (tmp_path / "news").mkdir()
    for i in range(20):
        (tmp_path / "news" / f"{i:02d}.txt").write_text(text.replace("source: supplykg demo", f"source: wire {i}"),
                                                        encoding="utf-8")
    return tmp_path / "news"


@pytest.mark.slow
def test_a_ray_build_stores_what_a_local_build_stores_and_its_shards_load(local_ray, news: Path,
                                                                          remote_url: str) -> None:
    local = api.build([str(news)], "local", workers=1)
    on_ray = api.build([str(news)], "on-ray", ray="", workers=1, shards="shards")
    assert len(local.added) == 20 and on_ray.added == local.added and not on_ray.errors
    assert on_ray.facts == local.facts and on_ray.triples_after == local.triples_after
    assert api.export("on-ray", "nquads") == api.export("local", "nquads")
    assert [p.name for p in Path("shards").iterdir()] == ["part-00000.nq"]
    again = api.build([str(news)], "on-ray", ray="", workers=1)  # nothing new: nothing sent to Ray
    assert again.unchanged == local.added and not again.added

    result = CliRunner().invoke(cli, ["load", "shards", "--store", "loaded"])
    assert result.exit_code == 0, result.output
    assert "20 article(s) read: 20 added, 0 unchanged, 0 failed" in result.output
    assert api.export("loaded", "nquads") == api.export("local", "nquads")
    assert "0 added, 20 unchanged" in CliRunner().invoke(cli, ["load", "shards/part-00000.nq", "--store",
                                                               "loaded"]).output
    assert CliRunner().invoke(cli, ["load", "shards", "--store", remote_url]).exit_code == 0
    with api.open_store(remote_url) as server, api.open_store("local") as kg:
        assert server.articles() == kg.articles()
        assert server.triple_count() == kg.triple_count()


def test_load_refuses_what_is_not_a_shard(tmp_path: Path) -> None:
    (tmp_path / "bad.nq").write_text("not n-quads\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", str(tmp_path / "bad.nq"), "--store", ":memory:"])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {tmp_path / 'bad.nq'} is not N-Quads")
    missing = CliRunner().invoke(cli, ["load", str(tmp_path / "none"), "--store", ":memory:"])
    assert missing.exit_code == 1 and "no such shard file or folder" in missing.output
