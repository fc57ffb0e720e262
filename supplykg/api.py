"""The Python API of supplykg: read, extract, build, export, query, view, check.

The ``supplykg`` command is a thin layer over these functions and the README shows
them. Heavy modules (spaCy through the extractors, pyshacl, pyvis) are imported
inside the functions that need them, so importing this module is cheap.

    >>> from supplykg import api
    >>> report = api.build(["seeds/"], store=":memory:")      # doctest: +SKIP
    >>> report.facts["supplies"]                              # doctest: +SKIP

A *store* argument is an open store (from :func:`open_store`), a location string
(a folder, ``":memory:"``, an ``http://`` SPARQL endpoint) or None for the default
folder ``.supplykg/store``; a store this module opened is closed again before returning.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supplykg.extract.model import Article, Fact, Skip
from supplykg.extract.reader import DEFAULT_MAX_BYTES, count_records, read_paths

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

log = logging.getLogger(__name__)

#: Articles handed to the extractor at once (spaCy's ``nlp.pipe`` batches inside).
BATCH_SIZE = 16
SKG_PREFIX = "PREFIX skg: <https://w3id.org/supplykg/ontology#>\n"

StoreArg = Any  # an open KGStore, a location string, a StoreRef, or None
Extractor = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Fact]]]]
#: Called once per input record: ``(outcome, name)`` with outcome one of
#: ``added``, ``unchanged``, ``skipped``, ``error``, ``extracted``.
Progress = Callable[[str, str], None]


class SupplyKGError(Exception):
    """A problem the user can fix; the message is one line that says what to do."""


class BuildStopped(SupplyKGError):
    """The store became unusable during a build (a server down or hung, a full disk): the build stopped.

    ``report`` says what was stored before, and which article failed; the message says why.
    """

    def __init__(self, message: str, report: BuildReport) -> None:
        super().__init__(message)
        self.report = report


# ---------------------------------------------------------------- stores and extractors

@dataclass(frozen=True)
class StoreRef:
    """Where a store is and how to reach it: a location (as for :func:`open_store`) with the timeouts
    for a SPARQL server (None: the defaults). The CLI's ``--store`` and timeout options make one."""

    location: str | None = None
    connect_timeout: float | None = None
    read_timeout: float | None = None

    def __str__(self) -> str:
        from supplykg.graph.store import resolve_location

        return resolve_location(self.location)


def open_store(location: str | StoreRef | None = None, *, write: bool = False) -> Any:
    """Open the store at ``location`` (see :func:`supplykg.graph.store.open_store`) to read it, or to change it.

    By default a reader: it takes no lock, so a notebook holding it never blocks a build,
    and it reads beside a running build (the build's last snapshot, at most one batch
    behind), seeing new articles as they come; a missing store is an error ("no store at X;
    run 'supplykg build' first"). ``write=True`` opens it for writing (created when missing),
    as ``build`` and ``remove`` do: one writer at a time.
    """
    from supplykg.graph.store import open_store as _open

    ref = location if isinstance(location, StoreRef) else StoreRef(None if location is None else str(location))
    return _open(ref.location, create=write, read_only=not write, connect_timeout=ref.connect_timeout,
                 read_timeout=ref.read_timeout)


@contextmanager
def _opened(store: StoreArg, write: bool = False) -> Iterator[Any]:
    """An open store for one call: a reader unless ``write`` (build, remove); reading a missing store is an error."""
    if store is None or isinstance(store, (str, Path, StoreRef)):
        s = open_store(store if isinstance(store, (str, Path, StoreRef)) else None, write=write)
        try:
            yield s
        finally:
            s.close()
    else:
        yield store


def _extractor() -> Extractor:
    """The extraction function (imports spaCy; only commands that extract call this)."""
    try:
        from supplykg.extract import extract_articles
    except ImportError as e:
        raise SupplyKGError(f"the extractor cannot be loaded ({e}); reinstall supplykg with "
                            "its spaCy models: pip install .") from e
    return extract_articles


def count_inputs(paths: Sequence[str]) -> int:
    """How many articles (or skips) reading ``paths`` will give: a progress bar's total."""
    return count_records(paths)


def _extract_batches(articles: Iterable[Article], extractor: Extractor | None,
                     on_error: Callable[[Article, str], None], batch_size: int | None = None,
                     before_batch: Callable[[], None] | None = None,
                     workers: int | None = 1) -> Iterator[tuple[Article, list[Fact]]]:
    """Extract in batches, in input order, on ``workers`` processes (see :mod:`supplykg.extract.parallel`);
    one bad article costs only itself (``on_error``).

    The extractor (and so spaCy) is loaded only when a first article needs it: a
    re-build where every article is unchanged never loads a model. ``workers=None``
    means every core for the built-in extractor, and this process for one given here
    (a function of a notebook may not be importable by another process).
    """
    from supplykg.extract.parallel import extract_in_order, resolve_workers

    n = (1 if extractor is not None else resolve_workers(None)) if workers is None else resolve_workers(workers)

    def checked() -> Iterator[Article]:
        first = True
        for article in articles:
            if first and extractor is None:
                _extractor()  # a missing extractor is one error for the command, not one per article
            first = False
            yield article

    chosen = extractor or _default_extractor
    for article, facts, error in extract_in_order(checked(), chosen, workers=n, batch_size=batch_size or BATCH_SIZE,
                                                  on_wait=before_batch):
        if error is not None:
            on_error(article, error)
        else:
            yield article, facts or []


def _default_extractor(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
    """The built-in extraction (a module-level function, so worker processes can be handed it)."""
    return _extractor()(articles)


# ---------------------------------------------------------------- extract

def extract(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
            on_skip: Callable[[Skip], None] | None = None,
            extractor: Extractor | None = None, workers: int | None = None) -> Iterator[tuple[Article, list[Fact]]]:
    """Facts of every article under ``paths``, without a store: ``(article, facts)`` pairs, in input order.

    ``workers`` processes extract (None: every core for the built-in extractor; see
    :func:`build`); the pairs come in input order whatever their number.

    Inputs that cannot be read, and articles the extractor fails on, are passed to
    ``on_skip`` (and logged) rather than raised, so one bad file never stops the rest.
    """
    report = on_skip or (lambda s: None)

    def articles() -> Iterator[Article]:
        for item in read_paths(paths, max_bytes=max_bytes):
            if isinstance(item, Skip):
                report(item)
            else:
                yield item

    def failed(article: Article, reason: str) -> None:
        report(Skip(article.path or article.id, reason))

    yield from _extract_batches(articles(), extractor, failed, workers=workers)


# ---------------------------------------------------------------- build

@dataclass
class BuildReport:
    """What a build did: articles added or unchanged, facts per relation, what was skipped and why."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    errors: list[Skip] = field(default_factory=list)
    #: One-line remarks that are not failures, e.g. an earlier version of an article is stored.
    notes: list[str] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    triples_before: int = 0
    #: None when the store could not say (the build stopped).
    triples_after: int | None = 0
    seconds: float = 0.0
    #: Why the build stopped before reading everything (None when it did not).
    stopped: str | None = None

    @property
    def failed(self) -> bool:
        """True when any input could not be read or stored (the command's exit status)."""
        return bool(self.errors) or any(s.fatal for s in self.skipped)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added, "unchanged": self.unchanged,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "errors": [{"path": s.path, "reason": s.reason} for s in self.errors],
            "notes": self.notes,
            "facts": dict(sorted(self.facts.items())), "statuses": dict(sorted(self.statuses.items())),
            "triples_before": self.triples_before, "triples_after": self.triples_after,
            "seconds": round(self.seconds, 2), "stopped": self.stopped,
        }


def build(paths: Sequence[str], store: StoreArg = None, progress: Progress | None = None, *,
          max_bytes: int = DEFAULT_MAX_BYTES, replace: bool = False,
          extractor: Extractor | None = None, workers: int | None = None, ray: str | None = None,
          shards: str | Path | None = None) -> BuildReport:
    """Read, extract and store every article under ``paths``; return what happened.

    ``ray`` (a Ray cluster's address, or "" for Ray's default: ``RAY_ADDRESS`` or a local Ray)
    extracts on Ray instead, writing N-Quads shards (into ``shards``, else a temporary folder)
    that are then loaded as :func:`load` does; see :mod:`supplykg.cluster`.

    Extraction runs on ``workers`` processes, each loading its spaCy models once (None: every
    core for the built-in extractor, this process for an ``extractor`` given here; see
    :mod:`supplykg.extract.parallel`). This process is the one writer and stores articles in
    input order, so the store and the report are the same whatever the number of workers.

    Each article is written whole (its own named graph; new articles several to one
    transaction on the embedded store, see :class:`_Writer`), so an interrupted build never
    leaves half an article, and the next build recomputes what it left stale. An article already in the store (same
    text and source) is left alone and not even extracted, so re-running is cheap and
    idempotent; ``replace=True`` re-extracts and replaces it. One bad article is reported
    and the batch goes on.

    An article's identity is a hash of its text, so an edited file is a new article. When
    an article with the same input name (the file's path relative to the working folder,
    or the JSON Lines id or url) and source is stored under another IRI (an earlier version),
    ``replace=True`` removes it once the new version is written (new first, so a failure
    never loses both); otherwise both are kept and ``report.notes`` says so.
    """
    from supplykg.graph import corroboration_store as corroboration
    from supplykg.graph.rdf import article_graph_iri
    from supplykg.graph.store import StoreUnavailable

    started = time.perf_counter()
    report = BuildReport()
    tick = progress or (lambda outcome, name: None)
    with _opened(store, write=True) as kg:
        report.triples_before = kg.triple_count()
        if not corroboration.is_computed(kg):  # a store built before corroboration existed
            legacy = corroboration.legacy_articles(kg)
            if legacy:
                report.notes.append(f"{len(legacy)} article(s) were stored by an earlier version and are left out "
                                    "of corroboration; build them again with --replace")
            corroboration.rebuild(kg)
        else:
            corroboration.finish(kg)  # what an interrupted build left stale
        seen: set[str] = set()

        def fresh() -> Iterator[Article]:
            for item in read_paths(paths, max_bytes=max_bytes):
                if isinstance(item, Skip):
                    report.skipped.append(item)
                    tick("skipped", item.path)
                    continue
                iri = article_graph_iri(item)
                try:
                    known = str(iri) in seen or (not replace and kg.has_article(iri))
                except StoreUnavailable as e:
                    report.errors.append(Skip(item.path or item.id, f"not stored: {_first_line(e)}"))
                    raise
                except Exception as e:  # an odd answer costs this article only
                    report.errors.append(Skip(item.path or item.id, f"store lookup failed: {e}"))
                    tick("error", item.id)
                    continue
                if known:
                    report.unchanged.append(item.id)
                    tick("unchanged", item.id)
                    continue
                seen.add(str(iri))
                yield item

        def failed(article: Article, reason: str) -> None:
            report.errors.append(Skip(article.path or article.id, reason))
            tick("error", article.id)

        writer = _Writer(kg, report, tick, failed, seen, replace)
        with _stops(report, started, "build"):
            if ray is not None:
                _build_on_ray(kg, fresh(), report, tick, failed, ray, shards, workers, extractor)
            else:
                # Whenever extraction is what everyone waits for, the articles extracted so far are
                # written (together) and published for readers in other processes. Closing the
                # extraction on the way out (an error, Ctrl-C) ends its worker processes at once.
                with closing(_extract_batches(fresh(), extractor, writer.extraction_failed,
                                              before_batch=writer.idle, workers=workers)) as extracted:
                    for article, facts in extracted:
                        writer.add(article, facts)
                writer.flush()
                writer.publish()
            kg.checkpoint()
            report.triples_after = kg.triple_count()
    if report.stopped is None and report.triples_after != report.triples_before:
        _project_for_readers(store)
    report.seconds = time.perf_counter() - started
    return report


def _project_for_readers(store: StoreArg) -> None:
    """Leave the networkx projection of the store as a build, a load or a removal left it in its cache
    (:mod:`supplykg.graph.projection_cache`), so that the first graph command, ``view`` or export after the
    write loads it instead of reading every claim out of the store (4-6 s at 1M triples). Only for an
    embedded store named by its folder: a server, ``:memory:`` and a store object the caller opened keep
    no cache. A failure here costs the next command its cache, never the write."""
    if not (store is None or isinstance(store, (str, Path, StoreRef))):
        return
    where = str(store if store is not None else StoreRef(None))
    if where == ":memory:" or "://" in where:
        return
    from supplykg.graph.network import to_networkx

    try:
        with _opened(store) as reader:
            if getattr(reader, "version", lambda: None)() is not None:
                to_networkx(reader)
    except Exception as e:  # noqa: BLE001 - the write is done; only the cache is missing
        log.debug("the projection was not cached after the write (%s)", e)


#: Articles extracted and waiting to be written together (one transaction for the new ones).
WRITE_GROUP = 64
#: When extraction never waits for the writer, a snapshot is published for readers this often (seconds).
PUBLISH_EVERY = 10.0
#: Publishing (recomputing the facts of the articles written since the last time, then a snapshot) costs
#: more as the store grows. When extraction is waited for, the writer publishes once the articles written
#: since the last time are a PUBLISH_GROWTH part of the store (a small store: every time), or once
#: PUBLISH_RATIO times as long as the last publication took has passed: publishing never takes more than
#: about a tenth of a long build, and a fact many articles repeat is recomputed a few times, not once per group.
PUBLISH_GROWTH = 0.5
PUBLISH_RATIO = 10.0


class _Writer:
    """The build's one writer: stores extracted articles in input order, several at a time.

    Articles wait in a group until it holds :data:`WRITE_GROUP` or extraction has nothing new
    (:meth:`idle`): then the group is written in one ``put_articles`` call (on the embedded
    store, one transaction for the new ones, so a large first build is a bulk load). Each
    article stays whole: a build interrupted at any point leaves whole articles. A group that
    fails is written again one article at a time, so one bad article costs only itself.

    The facts the articles touch are recomputed when the writer publishes (:meth:`publish`:
    before each snapshot for readers, so every snapshot is consistent, and at the end), once
    for all the articles written since: recomputing them for every group read and rewrote
    each fact that many articles repeat once per group, which grew with the store. See
    :data:`PUBLISH_RATIO` for how often.
    """

    def __init__(self, kg: Any, report: BuildReport, tick: Progress, failed: Callable[[Article, str], None],
                 seen: set[str], replace: bool) -> None:
        from supplykg.graph import corroboration_store as corroboration

        self.kg, self.report, self.tick, self.failed = kg, report, tick, failed
        self.seen, self.replace = seen, replace
        #: (article, facts, None), or (article, None, why its extraction failed), in input order
        self.group: list[tuple[Article, list[Fact] | None, str | None]] = []
        self.pending = corroboration.Pending()
        self.published = float("-inf")
        self.cost = 0.0  # seconds the last publication took
        self.stored = len(kg.articles())  # articles in the store at the last publication
        self.written = 0  # articles written since

    def add(self, article: Article, facts: list[Fact]) -> None:
        self.group.append((article, facts, None))
        if len(self.group) >= WRITE_GROUP:
            self.flush()
            if self._due(PUBLISH_EVERY):  # extraction outruns the writer
                self.publish()

    def idle(self) -> None:
        """Extraction is waited for: write what is ready and publish it for readers (when due, see
        :data:`PUBLISH_RATIO`; the store as it was found is published at once)."""
        self.flush()
        if not self.pending.changed:
            self.kg.checkpoint()  # a no-op, but for the first time
        elif self._due():
            self.publish()

    def _due(self, at_least: float = 0.0) -> bool:
        if not at_least and self.written >= PUBLISH_GROWTH * self.stored:
            return True
        return time.monotonic() - self.published >= max(at_least, PUBLISH_RATIO * self.cost)

    def publish(self) -> None:
        """Recompute the facts of the articles written since the last time, then publish a snapshot."""
        from supplykg.graph import corroboration_store as corroboration
        from supplykg.graph.store import StoreError

        started = time.monotonic()
        try:
            corroboration.catch_up(self.kg, self.pending)
        except Exception as e:
            self.report.notes.append(f"the articles are stored, but the corroboration of their facts is not up "
                                     f"to date ({type(e).__name__}: {_first_line(e)}); run `supplykg corroborate` "
                                     "once the store can be written")
            if isinstance(e, StoreError):
                raise
            log.info("corroboration failed", exc_info=True)
            self.pending.statements.clear()  # the next build's first step recomputes them
            self.pending.changed = False
        self.kg.checkpoint()
        self.published = time.monotonic()
        self.cost = self.published - started
        self.stored, self.written = self.stored + self.written, 0

    def extraction_failed(self, article: Article, reason: str) -> None:
        """Reported in its place among the articles written, so the report and progress keep input order."""
        self.group.append((article, None, reason))  # type: ignore[arg-type]

    def flush(self) -> None:
        from supplykg.graph import corroboration_store as corroboration
        from supplykg.graph.rdf import article_graph_iri, article_to_triples
        from supplykg.graph.store import StoreUnavailable

        group, self.group = self.group, []
        ready = [(a, f) for a, f, *_ in group if f is not None]
        together = False
        if len(ready) > 1:
            try:
                corroboration.write_articles(self.kg, [article_to_triples(a, f) for a, f in ready], self.pending)
                together = True
            except StoreUnavailable as e:
                self._report_failed(group[:group.index(next(g for g in group if g[1] is not None))])
                # The build stops: the first article is the one that failed (as when writing one by one);
                # the others count only if they are stored all the same, like articles not reached.
                self._unavailable(*ready[0], e)
                for article, facts in ready[1:]:
                    if e.readable and _stored_anyway(self.kg, article_graph_iri(article)):
                        self._count(article, facts)
                raise
            except Exception as e:  # noqa: BLE001  found again below, article by article
                log.info("writing %d articles together failed (%s); writing them one by one", len(ready), e)
        for article, facts, *error in group:
            if facts is None:
                self.failed(article, error[0])
            elif together:
                self._stored(article, facts)
            else:
                self._one(article, facts)

    def _report_failed(self, entries: list[Any]) -> None:
        for article, facts, *error in entries:
            if facts is None:
                self.failed(article, error[0])

    def _one(self, article: Article, facts: list[Fact]) -> None:
        from supplykg.graph import corroboration_store as corroboration
        from supplykg.graph.rdf import article_to_triples
        from supplykg.graph.store import StoreUnavailable

        try:
            # put_article replaces the article's named graph atomically: removing it
            # first would lose the stored version whenever the write then failed.
            corroboration.write_articles(self.kg, [article_to_triples(article, facts)], self.pending)
        except StoreUnavailable as e:
            self._unavailable(article, facts, e)
            raise
        except Exception as e:
            log.info("could not store %s: %s", article.id, e, exc_info=log.isEnabledFor(logging.DEBUG))
            self.failed(article, f"could not store it ({type(e).__name__}: {e}); the store is unchanged for it")
            return
        self._stored(article, facts)

    def _unavailable(self, article: Article, facts: list[Fact], e: Exception) -> None:
        from supplykg.graph.rdf import article_graph_iri

        if getattr(e, "readable", False) and _stored_anyway(self.kg, article_graph_iri(article)):
            self._count(article, facts)  # stored, but its corroboration failed
            self.report.notes.append(f"{article.id}: stored, but the corroboration of its facts is not "
                                     "up to date; run `supplykg corroborate` once the store can be written")
        else:
            self.failed(article, f"not stored: {_first_line(e)}")

    def _count(self, article: Article, facts: list[Fact]) -> None:
        self.report.added.append(article.id)
        self.report.facts.update(f.relation for f in facts)
        self.report.statuses.update(f.status for f in facts)

    def _stored(self, article: Article, facts: list[Fact]) -> None:
        self._count(article, facts)
        self.written += 1
        _handle_earlier_versions(self.kg, article, self.seen, self.replace, self.report, self.pending)
        self.tick("added", article.id)


# ---------------------------------------------------------------- past one machine

def _build_on_ray(kg: Any, articles: Iterable[Article], report: BuildReport, tick: Progress,
                  failed: Callable[[Article, str], None], address: str, shards: str | Path | None,
                  workers: int | None, extractor: Extractor | None) -> None:
    import shutil
    import tempfile

    from supplykg import cluster

    try:
        cluster.import_ray()
    except cluster.RayMissing as e:
        raise SupplyKGError(str(e)) from None
    todo = list(articles)  # the driver reads the inputs; Ray gets the articles, not paths it may not see
    folder = Path(shards) if shards else Path(tempfile.mkdtemp(prefix="supplykg-shards-"))
    try:
        files = cluster.extract_to_shards(todo, folder, address=address or None, workers=workers,
                                          extractor=extractor, on_error=failed)
        _load_into(kg, files, report, tick)
    finally:
        if not shards:
            shutil.rmtree(folder, ignore_errors=True)


def load(shards: Sequence[str], store: StoreArg = None, progress: Progress | None = None) -> BuildReport:
    """Load N-Quads shards (files, or folders of ``.nq`` files), one named graph per article, as a
    ``--ray`` build writes them, into ``store``: an embedded store or a SPARQL server.

    Each article is written whole, through the same writer as a build (new ones several to a
    transaction, its facts' corroboration recomputed); one already stored is left unchanged.
    """
    from supplykg import cluster

    started = time.perf_counter()
    report = BuildReport()
    files = cluster.shard_files(shards)
    with _opened(store, write=True) as kg:
        report.triples_before = kg.triple_count()
        with _stops(report, started, "load"):
            _load_into(kg, files, report, progress or (lambda outcome, name: None))
            kg.checkpoint()
            report.triples_after = kg.triple_count()
    if report.stopped is None and report.triples_after != report.triples_before:
        _project_for_readers(store)
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def _stops(report: BuildReport, started: float, what: str) -> Iterator[None]:
    """The store became unusable: :class:`BuildStopped`, with the report of what was stored before."""
    from supplykg.graph.store import StoreError

    try:
        yield
    except StoreError as e:
        report.triples_after = None
        report.stopped = _first_line(e)
        report.seconds = time.perf_counter() - started
        raise BuildStopped(f"the {what} stopped: {report.stopped}", report) from e


def _load_into(kg: Any, files: Sequence[Path], report: BuildReport, tick: Progress) -> None:
    from rdflib import URIRef

    from supplykg import cluster
    from supplykg.graph import corroboration_store as corroboration
    from supplykg.ontology.namespace import SKG

    def write(group: list[Any]) -> None:
        changed, _ = corroboration.put_articles(kg, group)
        for graph, did in zip(group, changed):
            name = str(graph.value(URIRef(graph.identifier), SKG.fileName) or graph.identifier)
            if did:
                report.added.append(name)
                report.facts.update(str(r) for r in graph.objects(None, SKG.relation))
                report.statuses.update(str(s).rsplit("#", 1)[-1].lower() for s in graph.objects(None, SKG.status))
            else:
                report.unchanged.append(name)
            tick("added" if did else "unchanged", name)

    group: list[Any] = []
    try:
        for graph in cluster.read_shards(files):
            group.append(graph)
            if len(group) >= WRITE_GROUP:
                write(group)
                group = []
        if group:
            write(group)
    except ValueError as e:
        raise SupplyKGError(str(e)) from None


_SAME_INPUT_NAME = SKG_PREFIX + """SELECT DISTINCT ?a ?source WHERE {
    ?a a skg:Article ; skg:inputName ?name .
    OPTIONAL { ?a skg:sourceName ?source } }"""
# Stores written before articles carried their input name: only the file name is known.
_SAME_NAME_NO_ORIGIN = SKG_PREFIX + """SELECT DISTINCT ?a ?source WHERE {
    ?a a skg:Article ; skg:fileName ?name .
    FILTER NOT EXISTS { ?a skg:inputName ?any }
    OPTIONAL { ?a skg:sourceName ?source } }"""


def earlier_versions(kg: Any, article: Article, exclude: Iterable[str] = ()) -> list[Any]:
    """IRIs of stored articles with ``article``'s input name and source (or both without one), but another IRI.

    The input name (the file's path relative to the working folder, or a JSON Lines record's id
    or url) is what makes two articles versions of one another: ``A/report.txt`` and
    ``B/report.txt`` share a file name and nothing else. An article without an input name
    (read from standard input) has no earlier version. The name is bound as a query
    parameter, never pasted into the query text. ``exclude`` holds IRIs (as strings) to
    leave out: the article itself and anything written by the same build.
    """
    from rdflib import Literal

    if not article.input_name:
        return []
    return _same_source(kg, _SAME_INPUT_NAME, {"name": Literal(article.input_name)}, article, exclude)


def namesakes_without_input_name(kg: Any, article: Article, exclude: Iterable[str] = ()) -> list[Any]:
    """Stored articles of ``article``'s file name and source that carry no input name (from an earlier supplykg).

    They may be earlier versions or unrelated files of the same name: nothing tells, so they
    are pointed out and never removed on their own.
    """
    from rdflib import Literal

    return _same_source(kg, _SAME_NAME_NO_ORIGIN, {"name": Literal(article.id)}, article, exclude)


def _same_source(kg: Any, sparql: str, bindings: dict[str, Any], article: Article,
                 exclude: Iterable[str]) -> list[Any]:
    from supplykg.graph.rdf import article_graph_iri

    skip = {str(article_graph_iri(article)), *exclude}
    sources: dict[Any, set[str]] = {}
    for iri, source in kg.query(sparql, bindings):
        if str(iri) not in skip:
            sources.setdefault(iri, set())
            if source is not None:
                sources[iri].add(str(source))
    wanted = {article.source} if article.source else set()
    return sorted(iri for iri, found in sources.items() if found == wanted)


def _stored_anyway(kg: Any, iri: Any) -> bool:
    """After a write failed: is the article's graph there all the same? False when the store cannot say."""
    try:
        return bool(kg.has_article(iri))
    except Exception:  # noqa: BLE001  a store that cannot be read either: count it as not stored
        return False


def _first_line(e: BaseException) -> str:
    return str(e).splitlines()[0] if str(e) else ""


def _handle_earlier_versions(kg: Any, article: Article, seen: set[str], replace: bool, report: BuildReport,
                             pending: Any) -> None:
    """After ``article`` is written: remove its earlier versions (``replace``) or note that they are there.

    The facts they backed are noted in ``pending`` (see :func:`corroboration_store.write_articles`).
    """
    try:
        earlier = earlier_versions(kg, article, seen)
        unsure = namesakes_without_input_name(kg, article, seen) if article.input_name else []
    except Exception as e:  # the new version is stored; a failed look-up only costs the clean-up
        log.info("earlier versions of %s: %s", article.id, e, exc_info=log.isEnabledFor(logging.DEBUG))
        report.notes.append(f"{article.id}: stored, but earlier versions could not be looked for "
                            f"({type(e).__name__}: {_first_line(e)})")
        return
    for iri in unsure:
        report.notes.append(f"{article.id}: {iri} has the same file name and was stored before supplykg "
                            f"recorded where articles come from; if it is an earlier version, run "
                            f"`supplykg remove {iri}`")
    if not earlier:
        return
    if not replace:
        report.notes.append(f"{article.id}: an earlier version is stored; pass --replace to replace it")
        return
    from supplykg.graph import corroboration_store as corroboration

    for iri in earlier:
        try:
            corroboration.forget_article(kg, iri, pending)
        except Exception as e:  # noqa: BLE001  reported; the new version is already stored
            report.notes.append(f"{article.id}: the new version is stored but the earlier one could not be "
                                f"removed ({type(e).__name__}: {_first_line(e)}); run `supplykg remove {iri}`")
        else:
            report.notes.append(f"{article.id}: replaced the earlier version {iri}")


# ---------------------------------------------------------------- store-side commands

NETWORK_FORMATS = ("graphml", "gexf")


def export(store: StoreArg = None, fmt: str = "turtle", out: str | Path | None = None) -> str | None:
    """Serialise the whole store as ``turtle``, ``trig``, ``nt`` or ``jsonld`` (to ``out`` or as a string),
    or write the company–product network as ``graphml`` or ``gexf`` for Gephi (to ``out``, required),
    or the company list with its identifiers as ``companies-csv``."""
    if fmt == "companies-csv":
        return _companies_csv(store, out)
    if fmt in NETWORK_FORMATS:
        if out is None:
            raise SupplyKGError(f"{fmt} is written to a file: add -o graph.{fmt}")
        from supplykg.graph import network

        writer = network.write_graphml if fmt == "graphml" else network.write_gexf
        writer(to_networkx(store), out)
        return None
    from supplykg.graph import export as _export

    with _opened(store) as kg:
        return _export.export(kg, fmt, out)


def _companies_csv(store: StoreArg, out: str | Path | None) -> str | None:
    from supplykg.graph.companies import companies_csv
    from supplykg.graph.files import write_atomic

    with _opened(store) as kg:
        text = companies_csv(kg)
    if out is None:
        return text
    write_atomic(Path(out), text.encode("utf-8"))
    return None


def format_for(path: str | Path) -> str:
    """Export format from a file name's extension (graph.ttl -> turtle)."""
    suffix = Path(path).suffix.casefold()
    formats = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld",
               ".graphml": "graphml", ".gexf": "gexf", ".csv": "companies-csv"}
    try:
        return formats[suffix]
    except KeyError:
        raise SupplyKGError(f"cannot tell the format of {str(path)!r} from its extension; "
                            f"use one of {', '.join(formats)}") from None


def query(store: StoreArg = None, sparql: str | None = None, *, name: str | None = None,
          params: dict[str, str] | None = None) -> Any:
    """Run SPARQL text, or a named query with ``params`` bound safely; returns the rdflib result."""
    if (sparql is None) == (name is None):
        raise SupplyKGError("give either a SPARQL query or the name of a stored query (supplykg queries lists them)")
    with _opened(store) as kg:
        if name is not None:
            from supplykg.graph import query as _query

            return _query.run_named(kg, name, params or {})
        if params:
            raise SupplyKGError("--param binds the variables of a named query; use --name NAME with it")
        return kg.query(sparql, {})


def named_queries() -> list[Any]:
    """The stored queries (name, description, parameters) shipped as ``.rq`` files."""
    from supplykg.graph import query as _query

    return list(_query.list_queries())


def to_networkx(store: StoreArg = None, *, fields: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The store's claims as a networkx MultiDiGraph (one edge per claim, with its evidence), read straight
    from the store; ``fields`` limits the claims' attributes read (see :func:`supplykg.graph.network.to_networkx`)."""
    from supplykg.graph.network import to_networkx as _to_nx

    with _opened(store) as kg:
        return _to_nx(kg, fields)


def view(store: StoreArg = None, out: str | Path = "graph.html", **options: Any) -> Path:
    """Write the interactive, self-contained HTML graph of the store to ``out``."""
    from supplykg.graph.render import write_html

    graph = to_networkx(store)
    write_html(graph, Path(out), **options)
    return Path(out)


def stats(store: StoreArg = None) -> dict[str, Any]:
    """Counts: articles, triples, entities per type, claims per relation and per status."""
    with _opened(store) as kg:
        out: dict[str, Any] = {"articles": len(list(kg.articles())), "triples": kg.triple_count()}
        entities = kg.query(SKG_PREFIX + """SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
            VALUES ?type { skg:Company skg:Product skg:Government } ?e a ?type } GROUP BY ?type""", {})
        out["entities"] = {str(r[0]).rsplit("#", 1)[-1]: int(r[1]) for r in entities}
        claims = kg.query(SKG_PREFIX + """SELECT ?relation ?status (COUNT(?c) AS ?n) WHERE {
            ?c skg:relation ?relation ; skg:status ?status } GROUP BY ?relation ?status""", {})
        relations: Counter[str] = Counter()
        statuses: Counter[str] = Counter()
        for rel, status, n in claims:
            relations[str(rel)] += int(n)
            statuses[str(status).rsplit("#", 1)[-1].lower()] += int(n)
        out["facts"] = dict(sorted(relations.items()))
        out["statuses"] = dict(sorted(statuses.items()))
        return out


def validate(store: StoreArg = None) -> tuple[bool, str]:
    """SHACL validation of the store against ``ontology/shapes.ttl``: ``(conforms, report text)``."""
    from supplykg.graph.validate import validate as _validate

    with _opened(store) as kg:
        return _validate(kg)


def find_article(kg: Any, ref: str) -> list[Any]:
    """Article IRIs matching ``ref``: an article IRI, its content key, its input name (the path as any
    build names it: ``B/report.txt``, ``./B/report.txt`` or absolute), or its file name / id."""
    from rdflib import Literal, URIRef

    from supplykg.extract.reader import input_name_of

    if ref.startswith(("http://", "https://")):
        iri = URIRef(ref)
        if kg.has_article(iri):
            return [iri]
    rows = kg.query(SKG_PREFIX + """SELECT DISTINCT ?a WHERE {
        { ?a skg:fileName ?ref } UNION { ?a skg:contentKey ?ref } UNION { ?a skg:inputName ?ref }
        UNION { ?a skg:inputName ?path } }""", {"ref": Literal(ref), "path": Literal(input_name_of(ref))})
    return sorted(r[0] for r in rows)


#: Up to this many stored articles are named in full when a reference matches none.
LIST_ARTICLES_MAX = 10
_FILE_NAMES = SKG_PREFIX + "SELECT DISTINCT ?name WHERE { ?a a skg:Article ; skg:fileName ?name } ORDER BY ?name"


def _what_is_stored(kg: Any, ref: str) -> str:
    """The end of a "no such article" message: the stored file names when few, else how to list them."""
    import difflib

    names = [str(r[0]) for r in kg.query(_FILE_NAMES, {})]
    if not names:
        return "the store is empty; add articles with `supplykg build`"
    if len(names) <= LIST_ARTICLES_MAX:
        return "it holds " + ", ".join(names)
    close = difflib.get_close_matches(ref, names, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}? " if close else ""
    return (f"{hint}it holds {len(names)} articles; list their file names with "
            "`supplykg query 'SELECT ?name WHERE { ?a skg:fileName ?name } ORDER BY ?name'`")


#: Candidates named in full when a reference matches several articles.
LIST_CANDIDATES_MAX = 10
_NAMES = SKG_PREFIX + """SELECT ?a ?name ?input WHERE {
    ?a skg:fileName ?name . OPTIONAL { ?a skg:inputName ?input } }"""


def remove(store: StoreArg, ref: str, *, every: bool = False) -> list[str]:
    """Remove one article and all its facts; ``ref`` is its IRI, content key, path or file name.

    A ``ref`` that names several articles (two folders' ``report.txt``) removes nothing and
    raises an error listing them, unless ``every`` is true.
    """
    with _opened(store, write=True) as kg:
        found = find_article(kg, ref)
        if not found:
            raise SupplyKGError(f"no article {ref!r} in the store; {_what_is_stored(kg, ref)}")
        if len(found) > 1 and not every:
            raise SupplyKGError(f"{ref!r} names {len(found)} articles: {_candidates(kg, found)}; "
                                "give its path or IRI, or pass --all to remove them all")
        from supplykg.graph import corroboration_store as corroboration

        for iri in found:
            corroboration.remove_article(kg, iri)
    _project_for_readers(store)
    return [str(i) for i in found]


def _candidates(kg: Any, iris: list[Any]) -> str:
    """'A/report.txt (IRI), B/report.txt (IRI)': each article by its input name (else file name) and IRI."""
    wanted = {str(i) for i in iris}
    label: dict[str, str] = {}
    for iri, name, given in kg.query(_NAMES, {}):
        if str(iri) in wanted:
            label[str(iri)] = str(given or name)
    shown = sorted(iris, key=lambda i: (label.get(str(i), ""), str(i)))
    text = ", ".join(f"{label.get(str(i), '?')} ({i})" for i in shown[:LIST_CANDIDATES_MAX])
    more = len(shown) - LIST_CANDIDATES_MAX
    return text + (f" and {more} more" if more > 0 else "")


# ---------------------------------------------------------------- corroboration

def corroboration(store: StoreArg = None, company: str | None = None, *,
                  evidence: bool = False) -> list[dict[str, Any]]:
    """One row per fact (about ``company`` when given): articles, independent sources, statuses,
    first and last seen, conflict; with ``evidence`` each row lists its claims. Most corroborated first."""
    from supplykg.graph.corroboration_report import corroboration_rows

    with _opened(store) as kg:
        return corroboration_rows(kg, company, evidence=evidence)


def conflicts(store: StoreArg = None) -> list[dict[str, Any]]:
    """One row per conflict of a fact, with the claims on each side and their evidence."""
    from supplykg.graph.corroboration_report import conflict_rows

    with _opened(store) as kg:
        return conflict_rows(kg)


def corroborate(store: StoreArg = None) -> dict[str, int]:
    """Recompute the corroboration of every fact (after an interrupted build, or on a store from an older
    version); returns how many facts were written, left unchanged and removed."""
    from supplykg.graph.corroboration_store import rebuild

    with _opened(store, write=True) as kg:
        done = rebuild(kg)
        return {"written": done.written, "unchanged": done.unchanged, "removed": done.removed}


# ---------------------------------------------------------------- analytics

ANALYSES = ("suppliers", "customers", "paths", "dependencies", "concentration", "central", "changes")


def _expand(g: nx.MultiDiGraph, name: str | None) -> str | None:
    """The entity IRI for a prefixed name such as ``company:bytedance`` (as ``query`` prints it), else ``name``."""
    from supplykg.graph.export import EXPORT_PREFIXES

    if name is None:
        return None
    prefix, sep, local = name.partition(":")
    iri = EXPORT_PREFIXES.get(prefix, "") + local if sep and local else ""
    return iri if iri and iri in g else name


def analyse(store: StoreArg, question: str, *, tiers: int | None = None, evidence: bool = False,
            top: int = 10, include_denied: bool = False, by: str = "degree", company: str | None = None,
            supplier: str | None = None, customer: str | None = None, since: str | None = None,
            until: str | None = None) -> list[dict[str, Any]]:
    """Answer one supply-chain question on the graph, as JSON-ready rows.

    ``question`` is one of :data:`ANALYSES`; the rows carry an ``evidence`` list (the
    claims behind each answer, with sentence and article) when ``evidence`` is true.
    See :mod:`supplykg.graph.analytics` for what each question means.
    """
    from supplykg.graph import analytics as an

    if question not in ANALYSES:
        raise SupplyKGError(f"unknown question {question!r}; ask one of {', '.join(ANALYSES)}")
    from supplykg.graph.network import ANALYSIS_FIELDS

    g = to_networkx(store, fields=None if evidence else ANALYSIS_FIELDS)
    company, supplier, customer = (_expand(g, name) for name in (company, supplier, customer))

    def _evidence_rows(items: Iterable[Any]) -> list[dict[str, Any]]:  # dropped below unless asked for
        return [e.to_dict() for e in items] if evidence else []
    rows: list[dict[str, Any]] = []
    if question in ("suppliers", "customers"):
        if not company:
            raise SupplyKGError(f"name the company whose {question} you want")
        fn = an.suppliers if question == "suppliers" else an.customers
        for n in fn(g, company, tiers=tiers or 1, include_denied=include_denied):
            rows.append({"tier": n.tier, question[:-1]: n.label, "via": list(n.via), "products": list(n.products),
                         "evidence": _evidence_rows(n.evidence)})
    elif question == "paths":
        if not (supplier and customer):
            raise SupplyKGError("name both ends: supplykg graph paths SUPPLIER CUSTOMER")
        for p in an.supply_paths(g, supplier, customer, max_hops=tiers or an.DEFAULT_MAX_HOPS,
                                 include_denied=include_denied):
            rows.append({"hops": len(p.labels) - 1, "path": list(p.labels),
                         "evidence": [e.to_dict() for hop in p.hops for e in hop]})
    elif question == "dependencies":
        for d in an.single_source_dependencies(g, include_denied=include_denied):
            rows.append({"buyer": d.buyer, "product": d.product, "supplier": d.supplier,
                         "evidence": _evidence_rows(d.evidence)})
    elif question == "concentration":
        for c in an.supplier_concentration(g, include_denied=include_denied):
            rows.append({"buyer": c.buyer, "suppliers": c.suppliers, "facts": c.facts, "hhi": round(c.hhi, 3),
                         "top_supplier": c.top_supplier,
                         "shares": {k: round(v, 3) for k, v in c.shares.items()}})
    elif question == "central":
        for c in an.central_companies(g, top=top, by=by, include_denied=include_denied):
            rows.append({"company": c.label, "degree": c.degree, "in": c.in_degree, "out": c.out_degree,
                         "betweenness": round(c.betweenness, 4), "evidence": _evidence_rows(c.evidence)})
    else:
        if not (since or until):
            raise SupplyKGError("give a window: --since DATE and/or --until DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ch = an.changes(g, since or "1900", until or "2999", include_denied=include_denied)
        for kind, items in (("added", ch.added), ("repeated", ch.repeated), ("not seen since", ch.not_seen_since)):
            for e in items:
                rows.append({"change": kind, "subject": e.subject, "relation": e.relation, "object": e.object,
                             "date": e.date, "status": e.status, "evidence": [e.to_dict()]})
    if not evidence:
        for row in rows:
            row.pop("evidence", None)
    return rows
