"""Reading an Oxigraph store while another process writes to it: snapshots published by the writer.

RocksDB lets one process write a store (it holds the ``LOCK`` file); before this module
every read (``query``, ``stats``, a notebook's ``api.open_store()``) was refused while a build
ran. pyoxigraph 0.5.13 opens a store a second way, ``Store.read_only(path)`` (0.4's
``Store.secondary`` is gone), and documents that opening read-only "while having an other
process writing the database is undefined behavior". Measured here
(``benchmarks/bench_readers.py`` and its notes), with a writer storing articles as a build does:

* a read-only handle opened *before* the writes is a consistent snapshot: 0 inconsistent
  checks in about 20,000 (every article graph whole, the default graph equal to the union),
  and it never sees a later write;
* a read-only open *during* the writes is where the trouble is: it replays the writer's
  unflushed log, so it took 0.8 s after 2 s of writing and 3.8-10 s after 10-35 s; 4 of 24
  opens failed with "Corruption: … No such file or directory … .sst" (a compaction removed a
  file between listing and opening); and with a writer flushing after every article one
  query ran for over 90 s without ending.

So readers never open a store that a writer is changing. The writer publishes snapshots
(``Store.backup``: a RocksDB checkpoint, hard links to the immutable table files) into
``<store>/readers/`` at quiet points (when a build waits for extraction and publishing is due,
see ``api.PUBLISH_RATIO``; 60-210 ms for a small store; a snapshot opened read-only in 8-55 ms),
and removes them when it closes. A reader opens the store itself read-only when no writer holds
the lock, else the newest snapshot: it sees whole articles, as of the last publication. A long-lived reader (a
notebook) reopens when that choice changes, so new articles show up as they are published.
"""
from __future__ import annotations

import logging
import os
import shutil
import struct
import sys
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "readers"
#: Snapshots kept: the newest two, and any younger than :data:`KEEP_SECONDS`, for readers still opening them
#: (RocksDB opens table files lazily, so a reader needs its snapshot's files until its first reads are done).
KEEP = 2
KEEP_SECONDS = 30.0
#: How long a reader waits for a writer's first snapshot before giving up.
FIRST_SNAPSHOT_WAIT = 10.0
#: Attempts at one read-only open: a snapshot removed while it was opened is retried with the next.
OPEN_ATTEMPTS = 5

#: Stores this process has open for writing (resolved paths): POSIX locks of one's own process are
#: invisible to F_GETLK, and probing them would even release them (closing any descriptor of a file
#: drops the process's locks on it).
_WRITERS: set[str] = set()

# struct flock, as F_GETLK reads and fills it.
_FLOCK = {"linux": "hhqqi4x", "darwin": "qqihh"}.get(sys.platform)


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)


def register_writer(path: str | os.PathLike[str]) -> None:
    _WRITERS.add(_key(path))


def unregister_writer(path: str | os.PathLike[str]) -> None:
    _WRITERS.discard(_key(path))


def writer_active(path: str | os.PathLike[str]) -> bool:
    """True when some process (this one included) has the store at ``path`` open for writing."""
    if _key(path) in _WRITERS:
        return True
    if _FLOCK is None:  # no portable probe here (Windows): read the store itself, as before
        return False
    import fcntl

    try:
        fd = os.open(Path(path) / "LOCK", os.O_RDONLY)
    except OSError:
        return False
    try:
        if sys.platform == "darwin":
            probe = struct.pack(_FLOCK, 0, 0, 0, fcntl.F_WRLCK, os.SEEK_SET)
            kind = struct.unpack(_FLOCK, fcntl.fcntl(fd, fcntl.F_GETLK, probe))[3]
        else:
            probe = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
            kind = struct.unpack(_FLOCK, fcntl.fcntl(fd, fcntl.F_GETLK, probe))[0]
        return kind != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)


def snapshots(path: str | os.PathLike[str]) -> list[Path]:
    """The complete snapshots of the store at ``path``, oldest first."""
    folder = Path(path) / SNAPSHOT_DIR
    try:
        return sorted(p for p in folder.iterdir() if p.name.isdigit())
    except OSError:
        return []


def publish(ox_store: Any, path: str | os.PathLike[str]) -> Path:
    """Publish a snapshot of the writer's store for readers; remove all but the :data:`KEEP` newest."""
    folder = Path(path) / SNAPSHOT_DIR
    folder.mkdir(exist_ok=True)
    name = f"{time.time_ns():020d}"
    tmp = folder / f".{name}.tmp"
    ox_store.backup(str(tmp))  # complete before it gets a name readers look for
    target = folder / name
    os.replace(tmp, target)
    cutoff = time.time_ns() - int(KEEP_SECONDS * 1e9)
    for old in snapshots(path)[:-KEEP]:
        if int(old.name) < cutoff:
            shutil.rmtree(old, ignore_errors=True)
    return target


def vanished(exc: BaseException) -> bool:
    """True for the error of a reader whose snapshot (or a table file of it) was removed under it."""
    return "no such file or directory" in str(exc).casefold()


def clear(path: str | os.PathLike[str]) -> None:
    """Remove every snapshot (a writer closing, or starting after one was killed)."""
    shutil.rmtree(Path(path) / SNAPSHOT_DIR, ignore_errors=True)


def generation(path: str | os.PathLike[str]) -> tuple[Any, ...]:
    """What a reader of ``path`` should read now: changes when a writer starts, publishes or stops."""
    if writer_active(path):
        newest = snapshots(path)
        return ("snapshot", newest[-1].name if newest else None)
    try:
        st = os.stat(Path(path) / "CURRENT")
        return ("store", st.st_mtime_ns, st.st_ino)
    except OSError:
        return ("store", None)


def open_reader(path: str | os.PathLike[str]) -> tuple[Any, tuple[Any, ...], str]:
    """``(pyoxigraph store, generation, what is read)``: the store read-only, or a writer's newest snapshot."""
    import pyoxigraph as ox

    waited = False
    deadline = time.monotonic() + FIRST_SNAPSHOT_WAIT
    failures = 0
    while failures < OPEN_ATTEMPTS:
        gen = generation(path)
        if gen[0] == "snapshot" and gen[1] is None:  # a writer that has published nothing yet
            if time.monotonic() > deadline:
                from supplykg.graph.store import StoreError

                raise StoreError(f"the store at {path} is being written by another process that has published "
                                 f"no snapshot to read in {FIRST_SNAPSHOT_WAIT:g} s; wait for it to finish")
            if not waited:
                log.warning("another process is writing to the store at %s; waiting for its first snapshot", path)
                waited = True
            time.sleep(0.2)
            continue
        source = Path(path) / SNAPSHOT_DIR / gen[1] if gen[0] == "snapshot" else Path(path)
        try:
            store = ox.Store.read_only(str(source))
        except (OSError, RuntimeError) as exc:
            if not vanished(exc):
                raise
            failures += 1  # a snapshot or table file removed while it was opened: look again
            continue
        if gen[0] == "store" and generation(path) != gen:  # a writer came (or went) during the open
            del store
            failures += 1
            continue
        if gen[0] == "snapshot":
            when = time.strftime("%H:%M:%S", time.localtime(int(gen[1]) / 1e9))
            log.warning("a build is writing to the store at %s; reading its last snapshot, of %s", path, when)
        return store, gen, str(source)
    store = ox.Store.read_only(str(path))  # the last word: the error it gives, if any, is the real one
    return store, ("store", None), str(path)
