"""The persistent backend: an Oxigraph (RocksDB) store in a directory.

Queries go through ``oxrdflib`` (an rdflib store over pyoxigraph); writes go through
pyoxigraph's transactional ``extend`` / ``update`` directly, because oxrdflib implements
no transactions and each article must be written atomically. Opened by
:func:`supplykg.graph.store.open_store` for a location that is a path.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import logging
import os
import re
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from supplykg.graph import readers
from supplykg.graph.store import (
    ARTICLE_PREFIX,
    DERIVED_PREFIX,
    PREFIXES,
    KGStore,
    StoreError,
    StoreUnavailable,
    Triple,
    article_triples,
    DEFAULT_GRAPH_MISSING,
    FILL_DEFAULT_GRAPH,
    check_read_only,
    is_article_graph,
    is_data_graph,
    oxigraph_syntax_error,
    plain,
    remove_graph_update,
    replace_graph_update,
    to_bindings,
)
from supplykg.ontology.iri import ONTOLOGY_GRAPH

log = logging.getLogger(__name__)


def store_error(exc: BaseException, path: str | os.PathLike[str]) -> StoreError | None:
    """What an error from Oxigraph (RocksDB) means for the store at ``path``, as one line; None if unknown.

    A store that is intact but cannot be written was once called "damaged … move it aside
    and rebuild": the message now says which of these it is (the texts are RocksDB's, as
    pyoxigraph 0.5 passes them on; see tests/test_store_failures.py):

    * in use: another process holds the lock;
    * the disk is full (``No space left on device``): nothing stored is lost;
    * no permission to write (``Permission denied``, a read-only file system);
    * really damaged (``Corruption: …``, a checksum or size mismatch).
    """
    detail = " ".join(str(exc).split())
    low = detail.casefold()
    code = getattr(exc, "errno", None)
    if "lock" in low and ("hold" in low or "no locks available" in low or "temporarily unavailable" in low):
        return StoreError(f"the store at {path} is in use by another supplykg process (its lock is held); "
                          "wait for that command to finish, or pass another --store directory")
    if code == errno.ENOSPC or "no space left on device" in low:
        return StoreUnavailable(f"the disk holding the store at {path} is full; free some space and build again "
                                "(what was stored is intact)", readable=True)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "permission denied" in low \
            or "read-only file system" in low:
        return StoreUnavailable(f"no permission to write the store at {path}; reading it still works "
                                "(query, stats, export…): build as the store's owner, or pass a writable --store",
                                readable=True)
    if "corruption" in low:
        reason = detail.replace("Corruption: ", "")[:160]
        return StoreError(f"the store at {path} is damaged ({reason}); move it aside and rebuild with "
                          "`supplykg build`, or restore a copy")
    return None


def _open_oxigraph(path: Path) -> Any:
    import pyoxigraph as ox

    if path.exists() and not path.is_dir():
        raise StoreError(f"the store location {path} exists but is not a directory; "
                         "pass a directory to --store (or ':memory:')")
    try:
        return ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        known = store_error(exc, path)
        if known is not None:
            raise known from exc
        detail = " ".join(str(exc).split())
        raise StoreError(
            f"the store at {path} is damaged or is not an Oxigraph store ({detail}); "
            "move it aside and rebuild with `supplykg build`, or pass another --store directory"
        ) from exc


#: The store's generation token, replaced by its writer before every write transaction (see
#: :mod:`supplykg.graph.projection_cache`).
GENERATION_FILE = "supplykg-generation"


def _stamp(path: str | os.PathLike[str]) -> str:
    """What the store folder holds now: its generation token, and the names and sizes of its RocksDB
    files (a committed write appends to the write-ahead log or adds a table file; file numbers are
    never reused). RocksDB's own info log, its lock, and folders (snapshots, caches) are left out."""
    digest = hashlib.sha256()
    with os.scandir(path) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.is_file(follow_symlinks=False) and not entry.name.startswith(("LOG", "LOCK")):
                digest.update(f"{entry.name}\0{entry.stat().st_size}\0".encode())
    try:
        digest.update(Path(path, GENERATION_FILE).read_bytes())
    except FileNotFoundError:
        pass
    return digest.hexdigest()


F = TypeVar("F", bound=Callable[..., Any])

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


#: Reads a reader retries, on a fresh snapshot, when the one it read was removed under it.
READ_ATTEMPTS = 3


def _translated(method: F) -> F:
    """Oxigraph's errors as one-line :class:`StoreError`s that say what is wrong (see :func:`store_error`).

    A reader whose snapshot was removed while it read (the writer publishes newer ones)
    reopens the newest and reads again.
    """
    @functools.wraps(method)
    def wrapper(self: OxigraphStore, *args: Any, **kwargs: Any) -> Any:
        for attempt in range(1, READ_ATTEMPTS + 1):
            try:
                return method(self, *args, **kwargs)
            except StoreError:
                raise
            except (OSError, RuntimeError) as exc:
                if self.read_only and attempt < READ_ATTEMPTS and readers.vanished(exc):
                    self._release()  # the next attempt's _fresh() opens the newest snapshot
                    continue
                known = store_error(exc, self.location)
                if known is None:
                    raise
                raise known from exc
        raise AssertionError("unreachable")
    return wrapper  # type: ignore[return-value]


#: How Oxigraph ends an xsd:decimal literal, with the prefix ``xsd:`` bound or without.
_DECIMAL_ENDS = ('"^^xsd:decimal', '"^^<http://www.w3.org/2001/XMLSchema#decimal>')
#: A literal's opening quote and an integer before such an end. The quote is the literal's own: Oxigraph
#: escapes every quote inside a literal (``\"``), so no text in a literal matches.
_INTEGER_AT_END = re.compile(r'(?<!\\)"(-?[0-9]+)\Z')


def _points_back(text: str, ntriples: bool) -> str:
    """``text`` with every decimal without a point (``"100000"^^xsd:decimal``, Oxigraph's canonical form) as
    supplykg wrote it (see :func:`_decimals_with_point`): ``100000.0``, or in N-Triples ``"100000.0"^^<…>``.
    Found by splitting at the literal's end (fast), not by a pattern that tries every quote."""
    for end in _DECIMAL_ENDS:
        parts = text.split(end)
        if len(parts) == 1:
            continue
        out = [parts[0]]
        for part in parts[1:]:
            m = _INTEGER_AT_END.search(out[-1][-64:])
            if m is None:
                out.append(end)  # a decimal with its point already, or not an integer: as it was
            else:
                number = m[1]
                out[-1] = out[-1][:len(out[-1]) - len(number) - 1]  # without its quote and digits
                out.append(f'"{number}.0"^^<http://www.w3.org/2001/XMLSchema#decimal>' if ntriples
                           else f"{number}.0")
            out.append(part)
        text = "".join(out)
    return text


def _decimals_with_point(items: Iterable[Any]) -> Iterator[Any]:
    """Triples or quads with decimals written as supplykg writes them (``100000.0``): Oxigraph keeps its
    canonical ``100000``, the same number but another term to rdflib (see :func:`plain`)."""
    import pyoxigraph as ox

    decimal = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    for item in items:
        o = item.object
        if isinstance(o, ox.Literal) and o.datatype == decimal and not any(c in o.value for c in ".eE"):
            o = ox.Literal(o.value + ".0", datatype=decimal)
            item = (ox.Quad(item.subject, item.predicate, o, item.graph_name) if isinstance(item, ox.Quad)
                    else ox.Triple(item.subject, item.predicate, o))
        yield item


class _ToOx:
    """rdflib terms as pyoxigraph terms, each IRI made once (predicates, classes, entities and the graph's
    name repeat in every article): oxrdflib's ``to_ox``, which makes each anew and first compares it with
    rdflib's default graph, took a fifth of writing an article."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.iris: dict[URIRef, Any] = {}
        self.named, self.literal = ox.NamedNode, ox.Literal

    def __call__(self, term: Node) -> Any:
        if type(term) is URIRef:
            node = self.iris.get(term)
            if node is None:
                node = self.iris[term] = self.named(term)
            return node
        if type(term) is Literal and not term.language:
            return self.literal(term, datatype=self(term.datatype)) if term.datatype else self.literal(term)
        from oxrdflib._converter import to_ox

        return to_ox(term)


class OxigraphStore(KGStore):
    """A persistent Oxigraph (RocksDB) store in a directory: one writer, and any number of readers.

    Oxigraph 0.5 returns a triple once per named graph holding it when it queries the
    union of graphs (oxigraph#1919), and entity labels repeat in every article graph, so
    joins over the union blew up: named queries ran 60-100x slower than over one
    deduplicated graph. The store therefore keeps the default graph equal to the set
    union of all named graphs, updated in the same transaction as each article, and
    queries run over it; ``GRAPH ?g`` still sees each article.

    ``read_only=True`` opens a reader, which takes no lock: it reads the store, or, while
    another process writes it, the writer's newest snapshot (see :mod:`supplykg.graph.readers`),
    and reopens when that changes. A writer publishes snapshots at :meth:`checkpoint`.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.location = str(path)
        self.read_only = read_only
        self.source = self.location  # what is read: the store, or (a reader beside a writer) a snapshot
        self._dirty = False
        self._unflushed = 0  # quads written since the write buffers were last flushed
        self._published = False
        self._closed = False
        self._ox: Any = None
        self._ds: Dataset | None = None
        self._generation: tuple[Any, ...] = ()
        self._version: str | None = None  # what a reader read at its open (see version())
        self._prefixes: dict[str, str] | None = None  # what a query may use undeclared (see _select())
        if read_only:
            self._open_reader()
            return
        self._ox = _open_oxigraph(Path(path))
        readers.register_writer(path)
        readers.clear(path)  # snapshots left by a writer that was killed
        self._wrap()
        try:
            _translated(OxigraphStore._ensure_mirror)(self)
            self.ensure_ontology()
        except Exception:
            self.close()
            raise

    def _wrap(self, default_union: bool = False) -> None:
        from oxrdflib import OxigraphStore as RdflibOxigraph

        # Queries read the default graph, kept equal to the union of the named graphs.
        self._ds = Dataset(store=RdflibOxigraph(store=self._ox), default_union=default_union)

    def _open_reader(self) -> None:
        """Open (again) what a reader should read now: the store, or the newest snapshot of its writer."""
        path = Path(self.location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"the store location {path} exists but is not a directory; "
                             "pass a directory to --store (or ':memory:')")
        for attempt in range(1, READ_ATTEMPTS + 1):
            try:
                before = _stamp(path)
                self._ox, self._generation, self.source = readers.open_reader(path)
                if self._generation[0] == "snapshot":  # a snapshot never changes
                    self._version = f"snapshot {self._generation[1]}"
                else:  # the store itself, unless a write came between the stamp and the open
                    after = _stamp(path)
                    self._version = after if after == before else None
                # A store written before the default graph was kept, and not opened by a writer since:
                # read the union of the named graphs, with its duplicates, rather than nothing.
                self._wrap(default_union=bool(self._ox.query(DEFAULT_GRAPH_MISSING)))
                return
            except StoreError:
                raise
            except (OSError, RuntimeError) as exc:
                self._release()
                if attempt < READ_ATTEMPTS and readers.vanished(exc):
                    continue  # the snapshot was removed before its first read: take the newest
                raise (store_error(exc, path) or StoreError(
                    f"the store at {path} is damaged or is not an Oxigraph store ({' '.join(str(exc).split())}); "
                    "move it aside and rebuild with `supplykg build`, or pass another --store directory")) from exc

    def _fresh(self) -> None:
        """Check the store is open; a reader reopens when a writer started, published or stopped since."""
        self._check_open()
        if self.read_only and (self._ox is None or readers.generation(self.location) != self._generation):
            self._release()
            self._open_reader()

    def version(self) -> str | None:
        """For a reader, what it opened: the store's stamp (see :func:`_stamp`) or its snapshot's name.
        None for a writer, whose store changes under its own hand."""
        self._fresh()
        return self._version if self.read_only else None

    def cache_folder(self) -> str | None:
        return self.location

    def _bump(self) -> None:
        """Replace the generation token: called before every write, so any cache keyed by the store's
        version is dropped even when the write is interrupted after it commits."""
        tmp = Path(self.location, f".{GENERATION_FILE}.{os.getpid()}.tmp")
        tmp.write_text(secrets.token_hex(16), encoding="ascii")
        os.replace(tmp, Path(self.location, GENERATION_FILE))

    def _writable(self) -> None:
        self._check_open()
        if self.read_only:
            raise StoreError(f"the store at {self.location} was opened read-only; open it for writing "
                             "(api.open_store(location, write=True)) to change it")

    def checkpoint(self) -> None:
        """Publish what was written since the last checkpoint for readers in other processes.

        The first checkpoint publishes even when nothing was written yet, so readers that find
        this writer never wait for its first batch of articles.
        """
        if self.read_only or self._closed or not self._dirty and self._published:
            return
        try:
            readers.publish(self._ox, self.location)
        except (OSError, RuntimeError) as exc:  # readers see an older state; the writes are safe
            log.warning("could not publish a snapshot of the store at %s for readers: %s", self.location,
                        store_error(exc, self.location) or " ".join(str(exc).split()))
        self._dirty = False
        self._published = True

    @property
    def ds(self) -> Dataset:
        self._fresh()
        assert self._ds is not None
        return self._ds

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store at {self.location} is closed; open it again with open_store()")

    def _quads_for(self, graph_name: URIRef, triples: Iterable[Triple]) -> Iterator[Any]:
        """pyoxigraph quads, converted lazily so a failure happens inside the write transaction."""
        import pyoxigraph as ox

        term = _ToOx()
        name = term(graph_name)
        for s, p, o in triples:
            yield ox.Quad(term(s), term(p), term(o), name)

    @_translated
    def put_article(self, graph: Graph) -> bool:
        self._writable()
        iri, triples = article_triples(graph)
        return self._replace(iri, triples)

    @_translated
    def put_articles(self, graphs: list[Graph]) -> list[bool]:
        """New graphs in ONE transaction (whole graphs, all or none), then each stored one replaced alone."""
        import pyoxigraph as ox

        self._writable()
        prepared = [article_triples(g) for g in graphs]  # read fully before anything is written
        fresh = [not self._ox.contains_named_graph(ox.NamedNode(str(iri))) for iri, _ in prepared]
        if any(fresh):
            self._bump()
            self._ox.extend(self._with_mirror(
                q for (iri, triples), new in zip(prepared, fresh) if new for q in self._quads_for(iri, triples)))
            self._wrote()
        return [True if new else self._replace(iri, triples) for (iri, triples), new in zip(prepared, fresh)]

    @_translated
    def put_article_unchecked(self, graph: Graph) -> bool:
        self._writable()
        return self._replace(graph.identifier, [(plain(s), p, plain(o)) for s, p, o in graph])

    def _replace(self, iri: Identifier, triples: Iterable[Triple]) -> bool:
        import pyoxigraph as ox
        from oxrdflib._converter import from_ox

        self._check_open()
        name = ox.NamedNode(str(iri))
        if not self._ox.contains_named_graph(name):
            # One transaction: if the iterable fails halfway, nothing is written.
            self._bump()
            self._ox.extend(self._with_mirror(self._quads_for(URIRef(str(iri)), triples)))
            self._wrote()
            return True
        triples = list(triples)
        # Compare as rdflib terms through plain(): Oxigraph stores decimals in its own canonical form.
        old = {(plain(from_ox(q.subject)), from_ox(q.predicate), plain(from_ox(q.object)))
               for q in self._ox.quads_for_pattern(None, None, None, name)}
        if old == set(triples):
            return False
        # One SPARQL update is one transaction: unmirror, drop, insert commit together or not at all.
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in self._quads_for(URIRef(str(iri)), triples))
        self._bump()
        self._ox.update(replace_graph_update(str(name), body))
        self._wrote(2 * len(triples))
        return True

    def _with_mirror(self, quads: Iterable[Any]) -> Iterator[Any]:
        import pyoxigraph as ox

        for q in quads:
            yield q
            yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            self._unflushed += 2

    #: Quads written between two flushes of RocksDB's write buffers to disk (see :meth:`_wrote`). Measured with
    #: synthetic builds (``bench_build.py --synthetic 1000 10000``, two runs each): every 25,000 quads against
    #: 100,000, a peak of 267 MB against 314-318 at 1,000 articles and 563 against 596-608 at 10,000, a store a
    #: quarter to a third smaller, and the 10,000-article build 17-36 % faster.
    FLUSH_EVERY = 25_000

    def _wrote(self, quads: int = 0) -> None:
        """After a write: readers need a new snapshot, and every :data:`FLUSH_EVERY` quads the write buffers
        go to disk. Left alone they grew with the store (a build of 3,000 synthetic articles: 1 GB
        resident; flushed every 100,000 quads: 160 MB, and faster; see :data:`FLUSH_EVERY`), as they are only flushed when full."""
        self._dirty = True
        self._unflushed += quads
        if self._unflushed >= self.FLUSH_EVERY:
            self._unflushed = 0
            try:
                self._ox.flush()
            except (OSError, RuntimeError) as exc:  # the write is in the log; the next write meets a full disk
                log.info("could not flush the store at %s: %s", self.location, exc)

    def _ensure_mirror(self) -> None:
        """Fill the default graph from the named graphs when it is empty (a store from an older version)."""
        if self._ox.query(DEFAULT_GRAPH_MISSING):
            self._bump()
            self._ox.update(FILL_DEFAULT_GRAPH)

    @_translated
    def remove_article(self, iri: URIRef | str) -> bool:
        import pyoxigraph as ox

        self._writable()
        name = ox.NamedNode(str(iri))
        if not self._ox.contains_named_graph(name):
            return False
        self._bump()
        self._ox.update(remove_graph_update(str(name)))
        self._dirty = True
        return True

    @_translated
    def has_article(self, iri: URIRef | str) -> bool:
        import pyoxigraph as ox

        self._fresh()
        name = ox.NamedNode(str(iri))
        return next(iter(self._ox.quads_for_pattern(None, None, None, name)), None) is not None

    @_translated
    def articles(self) -> list[URIRef]:
        self._fresh()
        return sorted(URIRef(g.value) for g in self._ox.named_graphs()
                      if is_article_graph(URIRef(g.value)) and self.has_article(g.value))

    @_translated
    def triple_count(self) -> int:
        """Distinct triples of the data graphs: those of the default graph (their deduplicated union, with
        the other graphs') less those only other graphs (the ontology's) hold. Counting the distinct
        triples of the data graphs themselves kept them all in a set: 140 MB and 3 s at 786k triples,
        the peak of a build's memory; the default graph's are counted in 0.25 s, in constant memory."""
        import pyoxigraph as ox

        self._fresh()
        if self._ds is not None and self._ds.default_union:  # a reader of a store without its default graph
            result = self._ox.query(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                f"FILTER(STRSTARTS(STR(?g), \"{ARTICLE_PREFIX}\") || STRSTARTS(STR(?g), \"{DERIVED_PREFIX}\")) }} }}"
            )
            return int(next(iter(result))[0].value)
        union = int(next(iter(self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)
        others = [g for g in self._ox.named_graphs() if not is_data_graph(URIRef(g.value))]
        only_others = {q.triple for g in others for q in self._ox.quads_for_pattern(None, None, None, g)
                       if not any(isinstance(h.graph_name, ox.NamedNode) and is_data_graph(URIRef(h.graph_name.value))
                                  for h in self._ox.quads_for_pattern(q.subject, q.predicate, q.object, None))}
        return union - len(only_others)

    @_translated
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        # pyoxigraph's substitutions refuse unprojected variables: bind with VALUES instead.
        from supplykg.graph.bind import bind_values, query_form

        check_read_only(sparql)
        text = bind_values(sparql, to_bindings(bindings))
        try:
            if query_form(sparql) == "SELECT":
                return self._select(text)
            result = self.ds.query(text, initNs=PREFIXES)
        except SyntaxError as exc:
            # Parse the user's own text, not the one with a VALUES block, for the position.
            error = oxigraph_syntax_error(sparql)
            if error is None:
                raise
            raise error from exc
        if result.type == "SELECT":
            rows = result.bindings
            result.bindings = [{k: plain(v) for k, v in row.items()} for row in rows]
        elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
            g = Graph()
            g.addN((plain(s), p, plain(o), g) for s, p, o in result.graph)
            result.graph = g
        return result

    def _select(self, text: str) -> Result:
        """A SELECT run by pyoxigraph itself, each distinct term of its rows made an rdflib term once: through
        rdflib's query layer and oxrdflib (a new term per cell), the Python side took two thirds of a named
        query at 1M triples. The same prefixes, default graph and rows as ``self.ds.query``."""
        import pyoxigraph as ox
        from oxrdflib._converter import from_ox
        from rdflib import Variable

        ds = self.ds
        if self._prefixes is None:
            self._prefixes = {prefix: str(ns) for prefix, ns in ds.namespaces()} | PREFIXES
        solutions = self._ox.query(text, prefixes=self._prefixes, use_default_graph_as_union=ds.default_union)
        terms: dict[Any, Node] = {}

        def term(value: Any) -> Node | None:
            if value is None:
                return None
            found = terms.get(value)
            if found is None:  # plain(from_ox(value)), without making a string literal twice
                if isinstance(value, ox.NamedNode):
                    found = URIRef(value.value)
                elif isinstance(value, ox.Literal) and not value.language and value.datatype.value == _XSD_STRING:
                    found = Literal(value.value)
                else:
                    found = plain(from_ox(value))
                terms[value] = found
            return found

        result = Result("SELECT")
        result.vars = [Variable(v.value) for v in solutions.variables]
        result.bindings = [{k: term(v) for k, v in zip(result.vars, row)} for row in solutions]
        return result

    @_translated
    def select_strings(self, sparql: str) -> list[tuple[str | None, ...]] | None:
        self._fresh()
        if self._ds is not None and self._ds.default_union:
            return None
        return [tuple(None if v is None else v.value for v in row) for row in self._ox.query(sparql, prefixes=PREFIXES)]

    @_translated
    def pairs(self, predicate: URIRef, obj: URIRef | None = None) -> list[tuple[str, str]]:
        """Read straight from Oxigraph's default graph (the deduplicated union): no rdflib copy of the store."""
        import pyoxigraph as ox

        self._fresh()
        # A reader of a store from before the default graph was kept reads every graph instead.
        graph = None if self._ds is not None and self._ds.default_union else ox.DefaultGraph()
        o = None if obj is None else ox.NamedNode(str(obj))
        return [(q.subject.value, q.object.value)
                for q in self._ox.quads_for_pattern(None, ox.NamedNode(str(predicate)), o, graph)]

    #: Export formats Oxigraph writes itself (name -> pyoxigraph RdfFormat attribute, keeps named graphs).
    NATIVE_FORMATS = {"turtle": ("TURTLE", False), "nt": ("N_TRIPLES", False), "trig": ("TRIG", True),
                      "nquads": ("N_QUADS", True)}

    @_translated
    def serialize(self, fmt: str, include_ontology: bool = False, prefixes: Mapping[str, str] | None = None
                  ) -> bytes | None:
        """The data in ``fmt`` (see :data:`NATIVE_FORMATS`) written by Oxigraph's own writers, straight from
        its indexes; None when Oxigraph cannot (another format, a store without its default graph).

        Graph formats write the default graph, the deduplicated union, less what only the
        ontology graph holds (unless ``include_ontology``); dataset formats each data graph.
        """
        import pyoxigraph as ox

        self._fresh()
        if fmt not in self.NATIVE_FORMATS or (self._ds is not None and self._ds.default_union):
            return None
        name, keeps_graphs = self.NATIVE_FORMATS[fmt]
        rdf_format, prefixes = getattr(ox.RdfFormat, name), dict(prefixes or {})
        if keeps_graphs:
            wanted = {g for g in self._ox.named_graphs()
                      if is_data_graph(URIRef(g.value)) or include_ontology and URIRef(g.value) == ONTOLOGY_GRAPH}
            data: Iterable[Any] = (q for q in self._ox.quads_for_pattern(None, None, None, None)
                                   if q.graph_name in wanted)
            return ox.serialize(_decimals_with_point(data), format=rdf_format, prefixes=prefixes)
        dropped = [] if include_ontology else self._ontology_only()
        if any(isinstance(term, ox.BlankNode) for t in dropped for term in (t.subject, t.object)):
            # a blank node's label differs from one writing to the next: every triple through Python instead
            drop = set(dropped)
            data = (q.triple for q in self._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())
                    if q.triple not in drop)
            return ox.serialize(_decimals_with_point(data), format=rdf_format, prefixes=prefixes)
        # Oxigraph writes the default graph itself, straight from its index: a Python object per triple
        # on the way was 9 of the 12 s of a Turtle export at 1M triples. What only the ontology says is
        # then cut out of the text, and the decimals get their point back.
        text = self._ox.dump(format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes).decode("utf-8")
        if dropped:
            text = self._cut(text, dropped, rdf_format, prefixes)
        return _points_back(text, rdf_format == ox.RdfFormat.N_TRIPLES).encode("utf-8")

    def _cut(self, text: str, dropped: list[Any], rdf_format: Any, prefixes: dict[str, str]) -> str:
        """``text`` (the default graph as Oxigraph writes it) without the ``dropped`` triples.

        Oxigraph writes a statement's first line at the margin and the others, in Turtle, indented (a
        literal's line breaks are escaped), and all of a subject's triples together: the statements of
        the dropped triples' subjects are cut whole, and what else the data says of those subjects is
        written again after the rest.
        """
        import pyoxigraph as ox

        subjects = {t.subject: None for t in dropped}

        def written(triples: list[Any]) -> str:  # without the prefix lines the text already has
            out = ox.serialize(triples, format=rdf_format, prefixes=prefixes).decode("utf-8")
            return "".join(line for line in out.splitlines(keepends=True) if not line.startswith("@prefix"))

        starts = {written([ox.Triple(s, ox.NamedNode(str(RDF.type)), s)]).split(" ", 1)[0] + " " for s in subjects}
        # The line starts to look at, by the shared beginnings of the subjects (``skg:``, ``<https://w3id.org/…``):
        # a pattern that opens with a line break and a few literals, which the engine finds fast.
        heads: dict[str, list[str]] = defaultdict(list)
        for start in starts:
            heads[start.split(":", 1)[0]].append(start)
        found = re.compile("\n(?:" + "|".join(re.escape(os.path.commonprefix(group)) for group in heads.values()) + ")")
        kept: list[str] = []
        at = 0
        text = "\n" + text  # the first statement starts a line too
        for m in found.finditer(text):
            if m.start() + 1 < at or not text.startswith(tuple(starts), m.start() + 1):
                continue
            end = text.find("\n", m.start() + 1)
            while end != -1 and text.startswith("\t", end + 1):
                end = text.find("\n", end + 1)
            kept.append(text[at:m.start() + 1])
            at = len(text) if end == -1 else end + 1
        kept.append(text[at:])
        kept[0] = kept[0][1:]
        drop = set(dropped)
        rest = [q.triple for s in subjects for q in self._ox.quads_for_pattern(s, None, None, ox.DefaultGraph())
                if q.triple not in drop]
        if rest:
            kept.append(written(list(_decimals_with_point(rest))))
        return "".join(kept)

    def _ontology_only(self) -> list[Any]:
        """The triples of the default graph that the ontology graph alone holds (a few hundred lookups)."""
        import pyoxigraph as ox

        onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
        return [t for t in (q.triple for q in self._ox.quads_for_pattern(None, None, None, onto))
                if not any(is_data_graph(URIRef(other.graph_name.value)) for other in
                           self._ox.quads_for_pattern(t.subject, t.predicate, t.object, None)
                           if not isinstance(other.graph_name, ox.DefaultGraph))]

    def quads(self, include_ontology: bool = False) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        if self.read_only:  # read whole, so a snapshot replaced halfway is read again from the start
            yield from self._all_quads(include_ontology)
            return
        try:
            yield from self._quads(include_ontology)
        except (OSError, RuntimeError) as exc:
            known = None if isinstance(exc, StoreError) else store_error(exc, self.location)
            if known is None:
                raise
            raise known from exc

    @_translated
    def _all_quads(self, include_ontology: bool) -> list[tuple[Node, Node, Node, URIRef]]:
        return list(self._quads(include_ontology))

    def _quads(self, include_ontology: bool) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        from oxrdflib._converter import from_ox

        self._fresh()
        for q in self._ox.quads_for_pattern(None, None, None, None):
            g = getattr(q.graph_name, "value", None)
            if g is None:
                continue
            gi = URIRef(g)
            if is_data_graph(gi) or (include_ontology and gi == ONTOLOGY_GRAPH):
                yield plain(from_ox(q.subject)), from_ox(q.predicate), plain(from_ox(q.object)), gi

    def dataset(self) -> Dataset:
        return self.ds

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only and self._ox is not None:
                self._ox.flush()
        except (OSError, RuntimeError) as exc:
            # Every write is already in the store's log: a failed flush (a full disk) loses nothing,
            # and must not hide what the command did. RocksDB replays the log at the next open.
            log.warning("could not flush the store at %s (%s); what was written is kept in its log",
                        self.location, store_error(exc, self.location) or " ".join(str(exc).split()))
        finally:
            if not self.read_only:  # while the lock is held, so no next writer's snapshot is touched
                readers.clear(self.location)
            self._release()
            if not self.read_only:
                readers.unregister_writer(self.location)  # readers read the store itself again

    def _release(self) -> None:
        """Drop every reference to the pyoxigraph Store, so RocksDB releases its lock and files."""
        if self._ds is not None:
            self._ds.store._store = None  # type: ignore[attr-defined]
        self._ds = None
        self._ox = None
