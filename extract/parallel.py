"""Extraction on every core of one machine: worker processes, results in article order.

:func:`extract_in_order` takes a stream of articles and yields ``(article, facts, error)``
in input order, whatever order the workers finish in, so the one writer (the parent:
``api.build``) stores articles in the same order, and the store and report are the same
with 1 or N workers.

* Workers start warm, and without a fork of the parent (which holds an open store and
  threads). Where the platform has it, the pool uses the ``forkserver`` start method: the
  build starts one server process (a fresh interpreter, single-threaded) which loads, once,
  what every worker needs, then forks the workers, which inherit it copy-on-write instead
  of paying it each (about 12 s of CPU a worker for English and French; importing spaCy's
  French module alone takes 5 s). A pool renewed after a worker died forks from the same
  server, warm too. What the server loads (:mod:`supplykg.extract.warm`): spaCy's pipelines
  for the languages of the articles the parent has read when it starts the pool (the first
  two batches: an English-only input never loads French) and the default extractor (its
  lexicon and grammar); for an extractor the caller passes, nothing. The languages reach
  the server in an environment variable (``SUPPLYKG_WARM``), set just before the server
  starts and restored just after: ``multiprocessing`` preloads modules by name only.
* The server is ``multiprocessing``'s: one for the life of the process, started by its
  first pool. A later build in the same process forks its workers from it, warm for the
  languages of the first; the server keeps what it loaded in memory until the process
  exits. Whatever the server did not load (a language met after the first batches or by
  a later build, a model it failed to load) a worker loads itself on its first article of
  that language and keeps. So does every worker where there is no ``forkserver`` (Windows)
  or where forking is unsafe (macOS): those are spawned, each loading its own models.
* Articles go to workers in batches (spaCy's ``nlp.pipe`` batches inside); a feeder thread
  reads the input and submits them while the caller writes, at most ``2 × workers``
  batches in flight, so memory does not grow with the input: the input is read only as
  fast as results are written.
* The pool starts only when there is more than one batch to extract: a build of a few
  articles runs in the parent, without paying for processes and their model loads.
* A batch that raises is redone article by article (in the worker), so one bad article
  costs only itself. A worker that dies (killed, out of memory) breaks the pool: the
  batches in flight are then redone one article at a time in a new pool, which finds the
  article that killed it; that one is reported, the rest go on.
* Workers ignore Ctrl-C (the parent handles it and ends them) and exit when the parent
  is gone (``kill -9``): each waits on the pipe it was started through, whose far end only
  the build holds, whether the worker was spawned by the build or forked by the server. The
  server then exits too (it lives while the build or a worker does), so an interrupted
  build leaves no process behind.
"""
from __future__ import annotations

import logging
import os
import pickle
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from supplykg.extract.model import Article, Fact

log = logging.getLogger(__name__)

Extractor = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Fact]]]]
#: One article's outcome: its facts, or None and why extraction failed.
Outcome = tuple[Article, list[Fact] | None, str | None]

#: Batches in flight per worker: one being extracted, one waiting, so no worker idles.
IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover  (macOS, Windows)
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int | None) -> int:
    """``None`` or 0: every core; else at least 1."""
    return default_workers() if not workers else max(1, int(workers))


def _default_extractor() -> Extractor:
    from supplykg.extract import extract_articles

    return extract_articles


def extract_batch(extractor: Extractor | None, articles: list[Article]) -> list[tuple[list[Fact] | None, str | None]]:
    """Facts of each article of ``articles`` (aligned with it), or the reason it failed.

    When the batch raises, it is redone article by article so one bad article costs only itself.
    """
    run = extractor or _default_extractor()
    try:
        results = [(a, list(facts)) for a, facts in run(articles)]
        if len(results) != len(articles):
            raise RuntimeError(f"the extractor gave {len(results)} results for {len(articles)} articles")
        return [(facts, None) for _, facts in results]
    except Exception as e:
        if len(articles) == 1:
            log.info("extraction failed on %s: %s", articles[0].id, e, exc_info=log.isEnabledFor(logging.DEBUG))
            return [(None, f"extraction failed ({type(e).__name__}: {e}); please report this article")]
        return [extract_batch(extractor, [one])[0] for one in articles]


# ---------------------------------------------------------------- in the worker

_worker_extractor: Extractor | None = None


def _init_worker(extractor: Extractor | None, parent: int, level: int) -> None:
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the workers
    logging.getLogger("supplykg").setLevel(level)
    _worker_extractor = extractor
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose build was killed (``kill -9``) has nobody to give its results to: it exits.

    ``multiprocessing`` gives each worker the read end of the pipe it was started through (the
    parent sentinel); the build keeps the write end open for the worker's life, and nobody else
    has it, so it reads end-of-file when the build is gone, and only then. The worker's parent
    process is no guide under ``forkserver``: it is the server, which lives on while any
    worker does (each holds the server's "alive" pipe).
    """
    import multiprocessing

    build = multiprocessing.parent_process()
    if build is not None and build.pid == parent:
        build.join()  # returns when the build is gone
        os._exit(0)
    first = os.getppid()  # started otherwise (not by multiprocessing): watch the parent process
    while True:
        time.sleep(0.5)
        if os.getppid() != first or not _alive(parent):
            os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _work(articles: list[Article]) -> list[tuple[list[Fact] | None, str | None]]:
    return extract_batch(_worker_extractor, articles)


# ---------------------------------------------------------------- in the parent

def picklable(extractor: Extractor | None) -> bool:
    """True when ``extractor`` can be sent to a worker process (a module-level function can; a closure cannot)."""
    if extractor is None:
        return True
    try:
        pickle.dumps(extractor)
    except Exception:  # noqa: BLE001  any failure means: run it in this process
        return False
    return True


def start_method() -> str:
    """``forkserver`` where the platform has it, else ``spawn``; never ``fork``. Not on macOS either, which
    has it: there a process that has loaded system frameworks (numpy's Accelerate) is not safe to fork
    without exec, which is why Python spawns there by default."""
    import multiprocessing

    if sys.platform == "darwin" or "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"
    return "forkserver"


def is_default(extractor: Extractor | None) -> bool:
    """True for the built-in extraction (None, :func:`supplykg.extract.extract_articles`, or the function
    :mod:`supplykg.api` hands over for it): the one whose models and rules are worth loading before the workers
    start. Known by identity; ``supplykg.api`` is looked up, not imported (if it is not imported, its
    function cannot be the one given)."""
    if extractor is None:
        return True
    from supplykg.extract import extract_articles

    api = sys.modules.get("supplykg.api")
    return extractor is extract_articles or (api is not None and extractor is getattr(api, "_default_extractor", None))


#: What this process's fork server was started to load (languages), None before it is started here.
_server_languages: tuple[str, ...] | None = None
_server_lock = threading.Lock()


def _start_server(context: Any, languages: tuple[str, ...], modules: tuple[str, ...]) -> None:
    """Start ``multiprocessing``'s fork server, once per process, loading ``languages`` and importing
    ``modules`` before it forks any worker (:mod:`supplykg.extract.warm`). Later calls find it started: the
    server is shared for the life of the process, and its workers load any other language themselves."""
    global _server_languages
    from multiprocessing import forkserver, resource_tracker

    from supplykg.extract import warm

    with _server_lock:
        if _server_languages is not None:
            if missing := [code for code in languages if code not in _server_languages]:
                log.info("worker processes load %s themselves (the worker server was started for %s)",
                         ", ".join(missing), ", ".join(_server_languages) or "no language")
            return
        context.set_forkserver_preload([warm.__name__])
        resource_tracker.ensure_running()  # started by the server's start otherwise: not with the variable set
        before = os.environ.get(warm.ENV)
        os.environ[warm.ENV] = warm.request(languages, modules)
        try:
            forkserver.ensure_running()  # the server is a new interpreter: it reads the variable as it starts
        finally:
            if before is None:
                os.environ.pop(warm.ENV, None)
            else:
                os.environ[warm.ENV] = before
        _server_languages = tuple(languages)
        if languages:
            log.info("worker processes start with %s loaded", ", ".join(languages))


class _Pool:
    """A process pool with the worker set-up above; remade when a worker dies."""

    def __init__(self, workers: int, extractor: Extractor | None, languages: Iterable[str] = ()) -> None:
        import multiprocessing

        self.workers = workers
        self.extractor = extractor
        self._context = multiprocessing.get_context(start_method())
        if self._context.get_start_method() == "forkserver":
            if is_default(extractor):
                module = getattr(extractor, "__module__", None)
                _start_server(self._context, tuple(languages), (module,) if module else ())
            else:  # the caller's extractor: nothing worth loading for it
                _start_server(self._context, (), ())
        self._lock = threading.RLock()  # the feeder thread submits while this one may renew
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        level = logging.getLogger("supplykg").getEffectiveLevel()
        return ProcessPoolExecutor(self.workers, mp_context=self._context, initializer=_init_worker,
                                   initargs=(self.extractor, os.getpid(), level))

    def submit(self, batch: list[Article]) -> Future:
        with self._lock:
            future = self.executor.submit(_work, batch)
            future.supplykg_pool = self.executor  # type: ignore[attr-defined]
            return future

    def broken(self, future: Future | None) -> bool:
        """True when ``future`` (None: a submission that failed) came from the current pool, which is then
        the broken one to renew; False when it came from a pool already renewed."""
        with self._lock:
            if future is None:
                return bool(getattr(self.executor, "_broken", False))
            return getattr(future, "supplykg_pool", None) is self.executor

    def renew(self) -> None:
        with self._lock:
            self.close(kill=True)
            self.executor = self._new()

    def close(self, kill: bool = False) -> None:
        processes = list(getattr(self.executor, "_processes", {}).values()) if kill else []
        self.executor.shutdown(wait=not kill, cancel_futures=True)
        for p in processes:  # an interrupted build does not wait for batches nobody will store
            if p.is_alive():
                p.kill()
        for p in processes:
            p.join(5)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def extract_in_order(articles: Iterable[Article], extractor: Extractor | None = None, *, workers: int = 1,
                     batch_size: int = 16, on_wait: Callable[[], None] | None = None) -> Iterator[Outcome]:
    """Extract ``articles`` and yield ``(article, facts, error)`` in input order.

    ``workers`` > 1 runs batches of ``batch_size`` articles in that many worker processes
    (see the module docstring); 1, or a first batch that is the whole input, or an
    extractor that cannot be sent to a process, runs here. ``on_wait`` is called before
    a batch is extracted here, and whenever the caller would wait for a worker with
    nothing else to do (the build publishes a snapshot for readers then).
    """
    batches = _batches(articles, batch_size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if workers > 1 else None
    if second is None or not picklable(extractor):
        if second is not None:
            log.info("the extractor cannot be sent to worker processes; extracting in this process")
        for batch in (first, *(() if second is None else (second,))):
            yield from _here(batch, extractor, on_wait)
        for batch in batches:
            yield from _here(batch, extractor, on_wait)
        return
    languages = tuple(dict.fromkeys(a.lang for a in (*first, *second) if a.lang))
    yield from _in_pool(iter((first, second)), batches, extractor, workers, on_wait, languages)


def _here(batch: list[Article], extractor: Extractor | None, on_wait: Callable[[], None] | None) -> Iterator[Outcome]:
    if on_wait:
        on_wait()
    for article, (facts, error) in zip(batch, extract_batch(extractor, batch)):
        yield article, facts, error


class _Feeder:
    """Keeps the pool busy while the caller writes: a thread reads the input and submits batches,
    at most ``limit`` in flight, handing ``(batch, future)`` over in input order.

    Submitting only when the caller asked for the next result left the workers idle whenever
    the writer was busy (each at 42 % of a core in a build of 200 articles).
    """

    _END = object()

    def __init__(self, source: Iterator[list[Article]], pool: _Pool, limit: int) -> None:
        self.source, self.pool = source, pool
        self.slots = threading.Semaphore(limit)
        self.handed: queue.Queue[Any] = queue.Queue()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name="supplykg-feeder", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            for batch in self.source:
                while not self.slots.acquire(timeout=0.2):
                    if self.stopped.is_set():
                        return
                if self.stopped.is_set():
                    return
                try:
                    future: Future | None = self.pool.submit(batch)
                except (BrokenProcessPool, RuntimeError):  # the pool broke, or is being renewed
                    future = None
                self.handed.put((batch, future))
        except BaseException as e:  # noqa: BLE001  raised again in the caller's thread, in its place
            self.handed.put(e)
            return
        self.handed.put(self._END)

    def next(self, on_wait: Callable[[], None] | None) -> Any:
        """The next ``(batch, future)``, an exception the input raised, or :attr:`_END`."""
        while True:
            try:
                return self.handed.get(timeout=WAIT_TICK if on_wait else None)
            except queue.Empty:
                if on_wait:
                    on_wait()

    def done_with(self) -> None:
        self.slots.release()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(5)


def _in_pool(head: Iterator[list[Article]], rest: Iterator[list[Article]], extractor: Extractor | None,
             workers: int, on_wait: Callable[[], None] | None, languages: tuple[str, ...] = ()) -> Iterator[Outcome]:
    pool = _Pool(workers, extractor, languages)
    feeder = _Feeder(_chain(head, rest), pool, workers * IN_FLIGHT_PER_WORKER)
    try:
        while True:
            item = feeder.next(on_wait)
            if item is _Feeder._END:
                return
            if isinstance(item, BaseException):
                raise item
            batch, future = item
            try:
                if future is None:
                    raise BrokenProcessPool("the pool broke before this batch was submitted")
                results = _wait(future, on_wait)
            except BrokenProcessPool:
                # A worker died: redo this batch one article at a time, to find the one that did it
                # (the batches after it, submitted to the broken pool, come here in turn).
                if pool.broken(future):
                    pool.renew()
                yield from _one_by_one(pool, [batch])
                feeder.done_with()
                continue
            feeder.done_with()
            for article, (facts, error) in zip(batch, results):
                yield article, facts, error
    finally:
        feeder.stop()
        pool.close(kill=True)


#: While a worker is waited for, ``on_wait`` is called this often (seconds).
WAIT_TICK = 0.5


def _wait(future: Future | None, on_wait: Callable[[], None] | None) -> Any:
    assert future is not None
    while on_wait and not future.done():
        on_wait()
        try:
            return future.result(timeout=WAIT_TICK)
        except TimeoutError:
            continue
    return future.result()


class WorkersFailed(RuntimeError):
    """Worker processes die whatever they are given (they cannot start): extracting here is the way out."""


def _one_by_one(pool: _Pool, batches: list[list[Article]]) -> Iterator[Outcome]:
    broke_last = False
    for article in (a for b in batches for a in b):
        try:
            (facts, error), = pool.submit([article]).result()
            broke_last = False
        except BrokenProcessPool as e:
            if broke_last:  # two articles in a row: it is the workers, not the articles
                raise WorkersFailed("the extraction worker processes stop as soon as they start; "
                                    "extract in one process with --workers 1") from e
            broke_last = True
            pool.renew()
            log.info("a worker process died extracting %s", article.id)
            facts, error = None, ("extraction stopped the worker process (it crashed or ran out of memory); "
                                  "please report this article")
        yield article, facts, error


def _chain(*parts: Iterator[list[Article]]) -> Iterator[list[Article]]:
    for part in parts:
        yield from part
