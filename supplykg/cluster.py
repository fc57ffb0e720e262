"""Past one machine: extraction on a Ray cluster, written as N-Quads shards, then loaded into a store.

``supplykg build PATH --ray [ADDRESS]`` (``api.build(..., ray=ADDRESS)``) reads the inputs here,
makes them a Ray dataset, and runs the same extractor in ``map_batches`` on a pool of actors,
each loading its spaCy models once (:class:`ExtractActor`). Each article comes back as its
named graph in N-Quads; this process writes them, in input order, into shards of
:data:`SHARD_ARTICLES` articles (``part-00000.nq`` …), and the build ends by loading the
shards into its store like ``supplykg load SHARDS`` does (:func:`read_shards`), through the
same writer as a local build: the store holds the same triples either way.

Ray is an optional extra (``pip install 'supplykg[ray]'``), imported only here and only when
asked for. ``ADDRESS`` is a running cluster's (``ray://head:10001`` or ``auto``); without one
Ray's own rule applies (``RAY_ADDRESS``, else a local Ray on this machine's cores).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from supplykg.extract.model import Article, Fact

log = logging.getLogger(__name__)

#: Articles per N-Quads shard.
SHARD_ARTICLES = 1000
#: Articles per batch handed to an actor (spaCy's nlp.pipe batches inside).
BATCH_SIZE = 16
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))

Extractor = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Fact]]]]


class RayMissing(RuntimeError):
    """Ray is not installed."""


def import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as e:
        raise RayMissing(f"--ray needs Ray Data ({e}); install it with: pip install 'supplykg[ray]'") from None
    return ray


class ExtractActor:
    """One Ray actor: extracts batches of articles with the extractor it was given (the built-in one by
    default), loading its models once, and returns each article's graph as N-Quads, or why it failed."""

    def __init__(self, extractor: Extractor | None = None) -> None:
        from supplykg.api import _default_extractor

        self.extractor = extractor or _default_extractor

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from supplykg.extract.parallel import extract_batch
        from supplykg.graph.rdf import article_to_graph

        articles = [Article(**{k: _value(batch[k][i]) for k in _ARTICLE_FIELDS}) for i in range(len(batch["id"]))]
        out: dict[str, list[Any]] = {"seq": list(batch["seq"]), "nquads": [], "error": []}
        for article, (facts, error) in zip(articles, extract_batch(self.extractor, articles)):
            out["nquads"].append(None if facts is None else _nquads(article_to_graph(article, facts)))
            out["error"].append(error)
        return out


def _value(v: Any) -> Any:
    """A dataset cell back as Python: numpy's None and strings as they were."""
    return None if v is None or v != v else str(v)  # v != v: NaN, how a missing cell may come back


def _nquads(graph: Any) -> str:
    from rdflib import Dataset

    ds = Dataset()
    named = ds.graph(graph.identifier)
    named += graph
    return ds.serialize(format="nquads")


def extract_to_shards(articles: list[Article], shards: Path, *, address: str | None = None,
                      workers: int | None = None, extractor: Extractor | None = None,
                      on_error: Callable[[Article, str], None] | None = None) -> list[Path]:
    """Extract ``articles`` on Ray and write their graphs, in input order, as N-Quads shards into ``shards``.

    Returns the shard files. An article the extractor fails on is passed to ``on_error``.
    """
    ray = import_ray()
    shards.mkdir(parents=True, exist_ok=True)
    if not articles:
        return []
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, log_to_driver=False, configure_logging=False, include_dashboard=False)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # results in input order, so shards and store are deterministic
        ctx.enable_progress_bars = False
        size = workers or max(1, int(ray.available_resources().get("CPU", 1)))
        items = [{"seq": i, **{k: (None if v is None else str(v)) for k, v in asdict(a).items()}}
                 for i, a in enumerate(articles)]
        dataset = ray.data.from_items(items).map_batches(
            ExtractActor, fn_constructor_kwargs={"extractor": extractor},
            compute=ray.data.ActorPoolStrategy(size=size), batch_size=BATCH_SIZE, batch_format="numpy")
        return _write_shards(dataset.iter_rows(), articles, shards, on_error)
    finally:
        if started_here:
            ray.shutdown()


def _write_shards(rows: Iterable[dict[str, Any]], articles: list[Article], shards: Path,
                  on_error: Callable[[Article, str], None] | None) -> list[Path]:
    written: list[Path] = []
    out = None
    count = 0
    try:
        for row in rows:
            article = articles[int(row["seq"])]
            if row["error"] is not None and row["error"] == row["error"]:
                if on_error:
                    on_error(article, str(row["error"]))
                continue
            if out is None or count >= SHARD_ARTICLES:
                if out is not None:
                    out.close()
                written.append(shards / f"part-{len(written):05d}.nq")
                out = open(written[-1], "w", encoding="utf-8")
                count = 0
            out.write(str(row["nquads"]))
            count += 1
    finally:
        if out is not None:
            out.close()
    return written


def shard_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The ``.nq`` files named, or found (sorted) in the folders named; a missing path is an error."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*.nq") if f.is_file())
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(2, "no such shard file or folder", str(p))
    return files


def read_shards(files: Iterable[Path]) -> Iterator[Any]:
    """Each article graph of the shards, in the order written: an rdflib ``Graph`` named by the article's IRI.

    Read as a stream (one article in memory at a time). A shard that does not parse, or a quad
    outside an article's graph, is a ``ValueError`` naming the file.
    """
    import pyoxigraph as ox
    from oxrdflib._converter import from_ox
    from rdflib import Graph, URIRef

    from supplykg.graph.store import is_article_graph

    for path in files:
        graph: Graph | None = None
        try:
            for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
                name = getattr(q.graph_name, "value", None)
                if name is None or not is_article_graph(URIRef(name)):
                    raise ValueError(f"{path} holds a quad outside any article's graph ({q}); "
                                     "shards hold one named graph per article")
                if graph is None or str(graph.identifier) != name:
                    if graph is not None:
                        yield graph
                    graph = Graph(identifier=URIRef(name))
                graph.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        except SyntaxError as e:
            raise ValueError(f"{path} is not N-Quads ({str(e).splitlines()[0] if str(e) else 'unreadable'}); "
                             "give the shards a --ray build wrote") from None
        if graph is not None:
            yield graph
