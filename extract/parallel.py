"""Extraction on every core of one machine: worker processes, results in article order.

:func:`extract_in_order` takes a stream of articles and yields ``(article, facts, error)``
in input order, whatever order the workers finish in, so the one writer (the parent:
``api.build``) stores articles in the same order, and the store and report are the same
with 1 or N workers.

* Each worker is a spawned process (no fork of a parent that holds an open store) that
  loads its spaCy models once, on its first article of a language, and keeps them.
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
  is gone (``kill -9``), so an interrupted build leaves no process behind.
"""
from __future__ import annotations

import logging
import os
import pickle
import queue
import signal
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
    """A worker whose parent was killed (``kill -9``) has nobody to give its results to: it exits."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


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


class _Pool:
    """A process pool with the worker set-up above; remade when a worker dies."""

    def __init__(self, workers: int, extractor: Extractor | None) -> None:
        import multiprocessing

        self.workers = workers
        self.extractor = extractor
        self._context = multiprocessing.get_context("spawn")
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
    yield from _in_pool(iter((first, second)), batches, extractor, workers, on_wait)


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
             workers: int, on_wait: Callable[[], None] | None) -> Iterator[Outcome]:
    pool = _Pool(workers, extractor)
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
