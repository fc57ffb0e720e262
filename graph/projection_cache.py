"""The networkx projection of an embedded store, kept on disk until the store changes.

Reading the claims out of Oxigraph is most of what a graph command costs at scale: at 1M
triples Oxigraph alone takes 2.7-4 s to answer the projection's SELECT (its joins and the
decoding of every claim IRI), where unpickling the projected graph takes 0.3-0.4 s
(``benchmarks/bench_store.py``). So the first projection of a store version is saved next
to it, and later commands on the same version load it.

It can never be stale, because the key is the store's :meth:`~supplykg.graph.store.KGStore.version`,
taken when the store was opened, never later (a reader sees the store as it was at its open):

* a store's writer replaces a random generation token (``supplykg-generation`` in the store
  folder) *before* every write transaction, so a write, even one killed before it commits,
  changes the key;
* the key also holds the names and sizes of the store's RocksDB files, so a write made
  without the token (an older supplykg, ``oxigraph load``) changes it too: every committed
  write appends to the write-ahead log or adds a table file;
* a writer's snapshot, which is what a reader reads while a build runs, never changes:
  its name is its key.

A writer process, the memory store and a server have no version (None) and are never cached.
The cache is one file per set of projected fields, written whole or not at all; a store that
cannot be written (read-only file system) is simply read every time. The file is a pickle,
trusted as the store folder it lives in is: whoever can write there can change the graph anyway.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from supplykg.graph.files import write_atomic

log = logging.getLogger(__name__)

#: The folder, inside the store's, that holds the cached projections.
CACHE_DIR = "supplykg-cache"


def _code_version() -> str:
    """Changes when the projection's code does, so an upgraded supplykg never reads an older shape."""
    from supplykg.graph import network

    return hashlib.sha256(Path(network.__file__).read_bytes()).hexdigest()[:16] + "/" + nx.__version__


def _path(folder: str, fields: Iterable[str] | None) -> Path:
    wanted = "all" if fields is None else ",".join(sorted(set(fields)))
    return Path(folder) / CACHE_DIR / f"projection-{hashlib.sha256(wanted.encode()).hexdigest()[:16]}.pickle"


def projection(store: object, fields: Iterable[str] | None, build: Callable[[], nx.MultiDiGraph]
               ) -> nx.MultiDiGraph:
    """The projection of ``store`` for ``fields``: loaded when the store's version was projected
    before, else ``build()`` (saved for the next command when the store has a version)."""
    version = getattr(store, "version", lambda: None)()
    folder = getattr(store, "cache_folder", lambda: None)()
    if version is None or folder is None:
        return build()
    key = (version, _code_version())
    path = _path(folder, fields)
    # a projection of every field answers for any set of fields (the others are read but never asked for):
    # the one a build leaves behind (``supplykg.api.build``) serves the graph commands' first read as well as ``view``'s
    for candidate in (path, _path(folder, None)) if fields is not None else (path,):
        graph = _load(candidate, key)
        if graph is not None:
            return graph
    graph = build()
    try:
        path.parent.mkdir(exist_ok=True)
        write_atomic(path, lambda tmp: _dump(tmp, key, graph))
    except OSError as exc:  # a read-only store: it is read each time
        log.debug("cannot cache the projection in %s (%s)", path.parent, exc)
    return graph


def _load(path: Path, key: tuple[str, str]) -> nx.MultiDiGraph | None:
    try:
        with open(path, "rb") as fh:
            if pickle.load(fh) == key:  # the key first: a stale file is not unpickled past it
                graph = pickle.load(fh)
                if isinstance(graph, nx.MultiDiGraph):
                    return graph
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as exc:
        log.debug("cannot read the cached projection %s (%s); projecting the store", path, exc)
    return None


def _dump(tmp: Path, key: tuple[str, str], graph: nx.MultiDiGraph) -> None:
    with open(tmp, "wb") as fh:
        pickle.dump(key, fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
