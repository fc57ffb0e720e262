"""Where the graph lives: one small interface, three backends.

``open_store(location)`` picks the backend from the location string:

* ``None``: the default embedded store, directory ``.supplykg/store`` under the current
  directory, or ``$SUPPLYKG_STORE`` when set (which may itself be any form below);
* ``":memory:"``: rdflib's in-memory store, for tests and one-off runs;
* a path: a persistent Oxigraph (RocksDB) store through ``oxrdflib``
  (see :mod:`supplykg.graph.oxigraph_store`);
* ``http://…`` / ``https://…``: a remote SPARQL 1.1 endpoint (see :mod:`supplykg.graph.remote`).

Every article lives in its own named graph whose IRI is the article's IRI, so writing
an article is a replace of that graph, and ingesting the same article twice changes
nothing. Writes are atomic per article: oxrdflib implements no transactions, so the
Oxigraph backend writes through pyoxigraph's transactional ``extend`` / ``update``
itself, and a server gets one SPARQL Update request per article.

One model of the default graph, on every backend: it holds the union of the article
graphs and the ontology graph, each triple once. Queries read it (so
``rdfs:subPropertyOf*`` alignments are reachable without a reasoner, and a triple that
three articles state is counted once); ``GRAPH ?g`` reaches each article. The embedded
and remote stores keep it as a real graph, updated in the same transaction as each
article (:func:`replace_graph_update`), so any SPARQL client sees the same; rdflib's
memory store computes it (``default_union``).
"""
from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from supplykg.ontology.iri import ID, ONTOLOGY, ONTOLOGY_GRAPH

DEFAULT_LOCATION = os.path.join(".supplykg", "store")
ENV_VAR = "SUPPLYKG_STORE"
MEMORY = ":memory:"
ARTICLE_PREFIX = ID + "article/"
#: Graphs derived from the articles (one per fact, see supplykg.graph.corroboration_store).
DERIVED_PREFIX = ID + "corroboration/"

#: Prefixes every query may use without declaring them.
PREFIXES: dict[str, str] = {
    "skg": ONTOLOGY + "#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "wdt": "http://www.wikidata.org/prop/direct/",
}

Triple = tuple[Node, Node, Node]


class NamedTriples:
    """A named graph as its distinct triples, already in the form the stores keep (IRIs, and literals as
    :func:`plain` leaves them; no blank node): how a build hands an article to the store.

    An rdflib Graph indexes each triple three ways as it is added, which cost a third of the
    writer's time for articles that are only written; the stores read this as they read a
    Graph (``identifier``, its triples, ``objects``). Whoever makes one vouches for the form
    (:func:`supplykg.graph.rdf.article_to_triples` does, and a test holds it to ``article_to_graph``).
    """

    __slots__ = ("identifier", "triples")

    def __init__(self, identifier: URIRef, triples: Iterable[Triple]) -> None:
        self.identifier = identifier
        self.triples = list(dict.fromkeys(triples))  # each once, as a Graph keeps them

    def __iter__(self) -> Iterator[Triple]:
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def objects(self, subject: Node | None = None, predicate: Node | None = None) -> Iterator[Node]:
        return (o for s, p, o in self.triples
                if (subject is None or s == subject) and (predicate is None or p == predicate))


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message says what to do next (one line)."""


class StoreUnavailable(StoreError):
    """The store cannot be used at all for now (a server that is down or hung, a full disk, no permission
    to write): every further write would fail the same way, so a build stops at the first one.

    ``readable`` says whether reads still work (a full disk, a read-only folder; not a dead server).
    """

    def __init__(self, message: str, *, readable: bool = False) -> None:
        super().__init__(message)
        self.readable = readable


#: Keywords that open a SPARQL update rather than a query.
UPDATE_FORMS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
READ_ONLY = ("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run; "
             "change the store with supplykg build/remove")


def check_read_only(sparql: str) -> None:
    """Refuse a SPARQL update before any engine sees it (a server's query endpoint might run it)."""
    from supplykg.graph.bind import query_form

    if query_form(sparql) in UPDATE_FORMS:
        raise StoreError(READ_ONLY)


def _shorten(reason: str, limit: int = 120) -> str:
    reason = " ".join(reason.split())
    if len(reason) <= limit:
        return reason
    cut = reason.rfind(", ", 0, limit)
    return reason[: cut if cut > 0 else limit] + ", …"


def _found(sparql: str, line: int, col: int) -> str:
    """What the query holds at 1-based (line, col): a short token, or 'end of query'."""
    lines = sparql.splitlines() or [""]
    rest = lines[line - 1][col - 1:] if 0 < line <= len(lines) else ""
    token = rest.split()[0] if rest.split() else ""
    if not token and line >= len(lines):
        return "end of query"
    return repr(token[:20]) if token else "end of line"


def syntax_error(sparql: str, reason: str, line: int | None = None, col: int | None = None) -> StoreError:
    """A one-line ``SPARQL syntax error at line L, column C: reason`` for a query the engine cannot parse."""
    where = f" at line {line}, column {col}" if line is not None and col is not None else ""
    prefix = re.match(r"Unknown namespace prefix : (.*)", reason)
    if prefix:  # rdflib names the prefix but not where it is
        name = prefix.group(1).strip()
        reason = f"unknown prefix '{name}:'"
    elif "Prefix not found" in reason and line is not None and col is not None:  # Oxigraph: where, but not which
        before = (sparql.splitlines() or [""])[line - 1][: col - 1] if line <= len(sparql.splitlines()) else ""
        m = re.search(r"([^\s:{}()<>\[\]]*):\S*$", before)
        name = m.group(1) if m else None
        reason = f"unknown prefix '{name}:'" if name is not None else "unknown prefix"
    else:
        name = None
    if reason.startswith("unknown prefix"):
        declare = f"PREFIX {name}: <…>" if name is not None else "PREFIX name: <…>"
        return StoreError(f"SPARQL syntax error{where}: {reason}; declare it with {declare} "
                          f"(predeclared: {', '.join(PREFIXES)})")
    return StoreError(f"SPARQL syntax error{where}: {_shorten(reason)}")


def parse_error(exc: BaseException, sparql: str) -> StoreError | None:
    """The engine's parse error ``exc`` as a :func:`syntax_error`; None when ``exc`` is no parse error.

    Knows rdflib's (pyparsing's ``ParseException``, and the bare ``Exception`` it raises
    for an unknown prefix) and pyoxigraph's (``SyntaxError`` with "error at L:C: …").
    """
    from pyparsing import ParseBaseException

    if isinstance(exc, ParseBaseException):
        reason = str(exc.msg)
        reason = reason[:1].lower() + reason[1:]
        found = getattr(exc, "found", None)
        if found:
            reason += f", found {found}"
        return syntax_error(sparql, reason, exc.lineno, exc.col)
    if isinstance(exc, SyntaxError):
        m = re.match(r"error at (\d+):(\d+): (.*)", str(exc.msg or exc), re.DOTALL)
        if m is None:
            return syntax_error(sparql, str(exc.msg or exc))
        line, col, reason = int(m.group(1)), int(m.group(2)), m.group(3)
        if reason.startswith("expected") and "Prefix not found" not in reason:
            reason = f"unexpected {_found(sparql, line, col)}; {reason}"
        return syntax_error(sparql, reason, line, col)
    if type(exc) is Exception and str(exc).startswith("Unknown namespace prefix"):
        return syntax_error(sparql, str(exc))
    return None


def oxigraph_syntax_error(sparql: str) -> StoreError | None:
    """Parse ``sparql`` (with :data:`PREFIXES`) on an empty in-memory Oxigraph; its syntax error, or None.

    Used where the engine saw other text than the user wrote (a ``VALUES`` block for the
    bindings, ``PREFIX`` lines for a server), so positions are those of the user's text.
    """
    import pyoxigraph as ox

    try:
        ox.Store().query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        return parse_error(exc, sparql)
    return None


# -- the default graph model --------------------------------------------------------------------
def unmirror(graph: str) -> str:
    """Update removing from the default graph the triples that only ``graph`` (``<iri>``) holds."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }}")


def replace_graph_update(graph: str, body: str) -> str:
    """One update (one transaction) replacing named graph ``graph`` by the triples ``body`` (N-Triples
    lines) and keeping the default graph the union of all named graphs."""
    return (f"{unmirror(graph)} ;\nDROP SILENT GRAPH {graph} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}}\n{body}\n}}")


def remove_graph_update(graph: str) -> str:
    """One update dropping named graph ``graph`` and the default-graph triples only it held."""
    return f"{unmirror(graph)} ;\nDROP SILENT GRAPH {graph}"


#: Fills an empty default graph from the named graphs (a store written before the model held).
FILL_DEFAULT_GRAPH = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
#: True when the default graph needs :data:`FILL_DEFAULT_GRAPH`.
DEFAULT_GRAPH_MISSING = "ASK { FILTER(NOT EXISTS { ?s ?p ?o } && EXISTS { GRAPH ?g { ?s ?p ?o } }) }"


def is_article_graph(iri: Identifier) -> bool:
    """True for the named graph of an article (not the ontology, not foreign graphs)."""
    return isinstance(iri, URIRef) and str(iri).startswith(ARTICLE_PREFIX)


def is_data_graph(iri: Identifier) -> bool:
    """True for a graph of the data: an article's, or one derived from the articles (a fact's corroboration)."""
    return is_article_graph(iri) or (isinstance(iri, URIRef) and str(iri).startswith(DERIVED_PREFIX))


def to_bindings(bindings: Mapping[str, Any] | None) -> dict[str, Identifier]:
    """Query parameters as RDF terms: a ``str`` becomes a plain literal, an RDF term stays.

    Values are bound as terms, never spliced into query text, so a parameter holding
    quotes or braces cannot change the query.
    """
    out: dict[str, Identifier] = {}
    for name, value in (bindings or {}).items():
        name = name.lstrip("?$")
        if isinstance(value, (URIRef, Literal)):
            out[name] = value
        elif isinstance(value, BNode):
            raise StoreError(f"parameter {name!r} is a blank node; bind an IRI or a literal")
        else:
            out[name] = Literal(value)
        if not name.isidentifier():
            raise StoreError(f"parameter name {name!r} is not a SPARQL variable name; use letters, digits and _")
    return out


def plain(term: Node) -> Node:
    """One spelling per literal, whatever the backend, so graphs and results compare equal.

    RDF 1.1 says ``"x"`` and ``"x"^^xsd:string`` are one term but rdflib compares them
    unequal; pyoxigraph returns the typed form, rdflib's parsers the plain one. Oxigraph
    also rewrites a decimal "100000.0" as "100000", which rdflib's Turtle writer prints
    back as ``100000.0``; decimals keep their point here, as ``rdf.decimal_literal`` writes them.
    """
    if isinstance(term, Literal):
        if term.datatype == XSD.string:
            return Literal(str(term))
        if term.datatype == XSD.decimal and not any(c in term for c in ".eE"):
            return Literal(f"{term}.0", datatype=XSD.decimal)
    return term


def article_triples(graph: Graph | NamedTriples) -> tuple[URIRef, list[Triple]]:
    """The article IRI and the triples of ``graph``, read fully before anything is written.

    Reading first means a graph whose iteration fails leaves the store untouched. The triples
    of :class:`NamedTriples` are in the store's form already.
    """
    iri = graph.identifier
    if not isinstance(iri, URIRef) or iri == ONTOLOGY_GRAPH or str(iri).startswith("urn:x-rdflib:"):
        raise StoreError(
            f"put_article needs a Graph whose identifier is the article IRI, got {iri!r}; "
            "build it with supplykg.graph.rdf.article_to_graph"
        )
    if isinstance(graph, NamedTriples):
        return iri, graph.triples
    triples: list[Triple] = []
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise StoreError(
                f"article graph {iri} contains a blank node; mint an IRI with supplykg.ontology.iri "
                "so re-ingesting the article is a no-op"
            )
        triples.append((plain(s), p, plain(o)))
    return iri, triples


class KGStore(ABC):
    """A supplykg knowledge graph: one named graph per article plus the ontology graph."""

    location: str

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"

    # -- writes ---------------------------------------------------------------------
    @abstractmethod
    def put_article(self, graph: Graph) -> bool:
        """Replace the named graph ``graph.identifier`` by ``graph``, atomically.

        Returns True when the store changed, False when it already held exactly this graph.
        """

    def put_articles(self, graphs: list[Graph]) -> list[bool]:
        """:meth:`put_article` for several graphs, as fast as the backend allows; each graph stays whole.

        The embedded store writes the graphs it does not hold yet in one transaction (a large
        first build's bulk path); others write one graph at a time. Returns, per graph,
        whether it changed the store.
        """
        return [self.put_article(g) for g in graphs]

    @abstractmethod
    def remove_article(self, iri: URIRef | str) -> bool:
        """Drop an article's graph; True when there was one."""

    def checkpoint(self) -> None:
        """Make what was written so far visible to readers in other processes (a build calls it between
        batches). Only the embedded store needs it: see :mod:`supplykg.graph.readers`."""

    # -- reads ----------------------------------------------------------------------
    @abstractmethod
    def has_article(self, iri: URIRef | str) -> bool:
        """True when the store holds the article's graph."""

    @abstractmethod
    def articles(self) -> list[URIRef]:
        """IRIs of the article graphs, sorted."""

    @abstractmethod
    def triple_count(self) -> int:
        """Number of distinct triples in the union of the data graphs (articles and their corroboration; ontology excluded)."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs, the ontology included.

        The prefixes in :data:`PREFIXES` are predeclared. A query that does not parse
        raises :class:`StoreError` ("SPARQL syntax error at line L, column C: …"), and so
        does a SPARQL update (``INSERT``, ``DROP``…): the store changes only through
        :meth:`put_article` and :meth:`remove_article`.

        ``bindings`` maps variable names to values bound before evaluation (a ``str``
        becomes a plain literal); they are never pasted into the query text.
        """

    @abstractmethod
    def quads(self, include_ontology: bool = False) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        """Every (s, p, o, graph) of the data graphs (and the ontology graph if asked)."""

    def select_strings(self, sparql: str) -> list[tuple[str | None, ...]] | None:
        """The rows of a SELECT as plain strings (None when unbound), when this store answers such a query
        faster than :meth:`pairs` scans; else None (rdflib's engine joins OPTIONALs slowly)."""
        return None

    def version(self) -> str | None:
        """A key that changes whenever what this store reads changes, for caches of what is read from it
        (:mod:`supplykg.graph.projection_cache`); None when the store cannot tell, and nothing is cached."""
        return None

    def cache_folder(self) -> str | None:
        """The folder where caches keyed by :meth:`version` live; None for a store without one."""
        return None

    def pairs(self, predicate: URIRef, obj: URIRef | None = None) -> Iterable[tuple[str, str]]:
        """``(subject, object)`` of each triple of the default graph with ``predicate`` (and ``obj``), as plain
        strings: an IRI's text, a literal's lexical form. What the networkx projection reads
        (:func:`supplykg.graph.network.to_networkx`): one index scan per predicate, no rdflib terms.
        """
        if obj is None:
            rows = self.query("SELECT ?s ?o WHERE { ?s ?p ?o }", {"p": predicate})
            return [(str(s), str(o)) for s, o in rows]
        return [(str(s), str(obj)) for s, in self.query("SELECT ?s WHERE { ?s ?p ?o }", {"p": predicate, "o": obj})]

    def union_graph(self, include_ontology: bool = False) -> Graph:
        """The union of the data graphs, materialised in memory (for export and projection)."""
        g = Graph()
        g.addN((s, p, o, g) for s, p, o, _ in self.quads(include_ontology))
        return g

    def article_graph(self, iri: URIRef | str) -> Graph:
        """One article's graph, materialised in memory (empty when absent)."""
        iri = URIRef(str(iri))
        g = Graph(identifier=iri)
        g.addN((s, p, o, g) for s, p, o, c in self.quads() if c == iri)
        return g

    @abstractmethod
    def dataset(self) -> Dataset:
        """The rdflib Dataset behind the store (for advanced use; writes bypass atomicity)."""

    @abstractmethod
    def close(self) -> None:
        """Flush and release the store (its lock, its connection)."""

    # -- the ontology graph -----------------------------------------------------------
    def ensure_ontology(self) -> None:
        """Load the packaged ontology into its graph unless this version is already there."""
        from supplykg.ontology import ontology_graph, ontology_version

        version = Literal(ontology_version())
        present = self.query(
            "ASK { GRAPH ?g { ?o ?v ?version } }",
            {"g": ONTOLOGY_GRAPH, "o": ONTOLOGY_GRAPH, "v": OWL.versionInfo, "version": version},
        ).askAnswer
        if not present:
            self._put_graph(ONTOLOGY_GRAPH, ontology_graph())

    def _put_graph(self, iri: URIRef, graph: Graph) -> None:
        g = Graph(identifier=iri)
        g += graph
        self.put_article_unchecked(g)

    @abstractmethod
    def put_article_unchecked(self, graph: Graph) -> bool:
        """Replace a named graph without checking that it is an article (the ontology)."""


# ---------------------------------------------------------------------------------
# rdflib Memory
# ---------------------------------------------------------------------------------
class MemoryStore(KGStore):
    """rdflib's in-memory Dataset: nothing persists; for tests and one-off runs."""

    def __init__(self) -> None:
        self.location = MEMORY
        self._ds: Dataset | None = Dataset(default_union=True)
        self.ensure_ontology()

    @property
    def ds(self) -> Dataset:
        if self._ds is None:
            raise StoreError("this store is closed; open it again with open_store()")
        return self._ds

    def put_article(self, graph: Graph) -> bool:
        iri, triples = article_triples(graph)
        return self._replace(iri, triples)

    def put_article_unchecked(self, graph: Graph) -> bool:
        return self._replace(graph.identifier, [(plain(s), p, plain(o)) for s, p, o in graph])

    def _replace(self, iri: Identifier, triples: list[Triple]) -> bool:
        # All triples are in hand before the first write; list appends cannot fail halfway.
        target = self.ds.graph(iri)
        if set(target) == set(triples):
            return False
        self.ds.remove_graph(iri)
        target = self.ds.graph(iri)
        self.ds.addN((s, p, o, target) for s, p, o in triples)
        return True

    def remove_article(self, iri: URIRef | str) -> bool:
        iri = URIRef(str(iri))
        if not self.has_article(iri):
            return False
        self.ds.remove_graph(iri)
        return True

    def has_article(self, iri: URIRef | str) -> bool:
        iri = URIRef(str(iri))
        return any(True for _ in self.ds.graph(iri).triples((None, None, None)))

    def articles(self) -> list[URIRef]:
        return sorted(
            URIRef(c.identifier) for c in self.ds.graphs()
            if is_article_graph(c.identifier) and len(c) > 0
        )

    def triple_count(self) -> int:
        return len({t for c in self.ds.graphs() if is_data_graph(c.identifier) for t in c})

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        check_read_only(sparql)
        try:
            return self.ds.query(sparql, initNs=PREFIXES, initBindings=to_bindings(bindings))
        except Exception as exc:
            error = parse_error(exc, sparql)
            if error is None:
                raise
            raise error from exc

    def quads(self, include_ontology: bool = False) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        for c in list(self.ds.graphs()):
            if is_data_graph(c.identifier) or (include_ontology and c.identifier == ONTOLOGY_GRAPH):
                for s, p, o in c:
                    yield s, p, o, URIRef(c.identifier)

    def pairs(self, predicate: URIRef, obj: URIRef | None = None) -> Iterable[tuple[str, str]]:
        return [(str(s), str(o)) for s, _, o in self.ds.triples((None, predicate, obj))]

    def dataset(self) -> Dataset:
        return self.ds

    def close(self) -> None:
        self._ds = None


# ---------------------------------------------------------------------------------
def __getattr__(name: str) -> Any:
    """``OxigraphStore`` still imports from here; its module imports this one, so it loads lazily."""
    if name == "OxigraphStore":
        from supplykg.graph.oxigraph_store import OxigraphStore

        return OxigraphStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """The location a ``None`` means: ``$SUPPLYKG_STORE`` or ``.supplykg/store`` under the cwd."""
    if location is None:
        location = os.environ.get(ENV_VAR) or os.path.join(os.getcwd(), DEFAULT_LOCATION)
    return os.fspath(location)


def open_store(location: str | os.PathLike[str] | None = None, create: bool = True, *, read_only: bool = False,
               connect_timeout: float | None = None, read_timeout: float | None = None) -> KGStore:
    """Open the store at ``location``; see the module docstring for the forms.

    With ``create=True`` (the default, for commands that write) a missing store directory
    is created. Read-only commands pass ``create=False``: then a directory that holds no
    store is an error, so a mistyped ``--store`` is not mistaken for an empty graph (and
    nothing is written there). ``:memory:`` and endpoint URLs ignore ``create``.
    ``connect_timeout`` and ``read_timeout`` (seconds) apply to an endpoint URL.
    ``read_only=True`` (implies ``create=False``) opens a folder as a reader: no lock is taken,
    so it works beside a build (reading the build's last snapshot) and on a store it may not
    write; see :mod:`supplykg.graph.readers`.

    Raises :class:`StoreError` with a one-line message when the store is missing (with
    ``create=False``), locked, damaged or unreachable.
    """
    loc = resolve_location(location)
    if loc == MEMORY:
        return MemoryStore()
    if loc.startswith(("http://", "https://")):
        from supplykg.graph.remote import RemoteStore

        timeouts = {k: v for k, v in (("connect_timeout", connect_timeout), ("read_timeout", read_timeout))
                    if v is not None}
        return RemoteStore(loc, **timeouts)
    from supplykg.graph.oxigraph_store import OxigraphStore

    path = Path(loc).expanduser()
    # CURRENT is the file RocksDB keeps in every database directory it made.
    if (read_only or not create) and (not path.exists() or path.is_dir() and not (path / "CURRENT").is_file()):
        raise StoreError(f"no store at {loc}; run 'supplykg build' first or pass --store")
    if read_only:
        return OxigraphStore(path, read_only=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the store directory {path} ({exc}); pass a writable --store directory") from exc
    return OxigraphStore(path)
