"""A remote SPARQL 1.1 endpoint as a supplykg store, over plain HTTP.

Why plain HTTP (urllib) rather than rdflib's ``SPARQLUpdateStore``: through a
``Dataset`` it sends ``default-graph-uri=urn:x-rdflib:default`` (so ``GRAPH ?g`` sees
nothing) and ``ds.graph(iri)`` sends ``CREATE GRAPH`` without ``SILENT`` (which fails
once the graph exists); see ../shared/DESIGN-NOTES.md. Here:

* an article is written with one SPARQL Update request that replaces its named graph and
  keeps the default graph the deduplicated union of all graphs (the model of
  :mod:`supplykg.graph.store`); a request is one transaction (Oxigraph applies it whole,
  as SPARQL 1.1 Update asks), so a failed build never leaves half an article;
* queries read that default graph, as any SPARQL client does: no triple twice (the
  server's ``union-default-graph`` gave one row per article holding a triple), and a
  plain client sees what supplykg sees. The server's default graph must be a graph of
  its own (Oxigraph's; Fuseki without ``unionDefaultGraph``);
* the protocol has no parameter binding, so bindings become a ``VALUES`` block
  (:func:`supplykg.graph.bind.bind_values`): a value can never change the query.

URL forms: ``http://host:7878`` (Oxigraph layout: ``/query``, ``/update``, ``/store``),
or the query endpoint itself (``…/query`` or ``…/sparql``), with the others beside it.
"""
from __future__ import annotations

import http.client
import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from supplykg.graph.bind import bind_values, sparql_term
from supplykg.graph.store import (
    ARTICLE_PREFIX,
    DEFAULT_GRAPH_MISSING,
    DERIVED_PREFIX,
    FILL_DEFAULT_GRAPH,
    PREFIXES,
    KGStore,
    StoreError,
    StoreUnavailable,
    Triple,
    article_triples,
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

RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


class ServerError(StoreError):
    """The server answered an HTTP error status (kept in ``status``)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------
def endpoints(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) endpoint URLs for a base or query-endpoint URL."""
    base = url.rstrip("/")
    for tail in ("/query", "/sparql"):
        if base.endswith(tail):
            base = base[: -len(tail)]
            return url.rstrip("/"), base + "/update", base + "/store"
    return base + "/query", base + "/update", base + "/store"


class _ReadTimeout:
    """Connects within the connection's ``timeout`` (the connect timeout), then waits ``read_timeout`` per read."""

    read_timeout: float | None = None
    sock: Any

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.sock.settimeout(self.read_timeout)


class _Connection(_ReadTimeout, http.client.HTTPConnection):
    pass


class _SecureConnection(_ReadTimeout, http.client.HTTPSConnection):
    pass


class _Handler(urllib.request.HTTPHandler):
    def __init__(self, read_timeout: float) -> None:
        super().__init__()
        self.read_timeout = read_timeout

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_with_read_timeout(_Connection, self.read_timeout), req)


class _SecureHandler(urllib.request.HTTPSHandler):
    def __init__(self, read_timeout: float) -> None:
        super().__init__()
        self.read_timeout = read_timeout

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_with_read_timeout(_SecureConnection, self.read_timeout), req,
                            context=self._context)  # type: ignore[attr-defined]


def _with_read_timeout(cls: type, read_timeout: float) -> Any:
    def make(*args: Any, **kwargs: Any) -> Any:
        conn = cls(*args, **kwargs)
        conn.read_timeout = read_timeout
        return conn
    return make


#: Seconds to wait for the server to accept a connection, and for each answer once connected.
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 30.0


class RemoteStore(KGStore):
    """A store on a SPARQL 1.1 server (tested against ``oxigraph serve``).

    ``connect_timeout`` bounds the wait for a connection, ``read_timeout`` the wait for each
    answer. A timeout or a refused connection raises :class:`StoreUnavailable` at once, and
    a build stops there: a hung server costs one read timeout, not one per article.
    """

    def __init__(self, url: str, *, query_endpoint: str | None = None, update_endpoint: str | None = None,
                 store_endpoint: str | None = None, connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                 read_timeout: float = DEFAULT_READ_TIMEOUT) -> None:
        self.location = url
        q, u, s = endpoints(url)
        self.query_endpoint = query_endpoint or q
        self.update_endpoint = update_endpoint or u
        self.store_endpoint = store_endpoint or s
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._opener = urllib.request.build_opener(_Handler(read_timeout), _SecureHandler(read_timeout))
        self._closed = False
        self._sparql("ASK {}", RESULTS_JSON)
        if self._run(DEFAULT_GRAPH_MISSING, {}).askAnswer:  # written by a supplykg before the model held
            self._update(FILL_DEFAULT_GRAPH)
        self.ensure_ontology()

    # -- HTTP ---------------------------------------------------------------------
    def _http(self, method: str, url: str, data: bytes | None = None,
              headers: Mapping[str, str] | None = None, ok404: bool = False) -> tuple[int, dict[str, str], bytes]:
        if self._closed:
            raise StoreError(f"the store at {self.location} is closed; open it again with open_store()")
        req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        connected = False
        try:
            with self._opener.open(req, timeout=self.connect_timeout) as resp:
                connected = True
                return resp.status, {k.casefold(): v for k, v in resp.headers.items()}, resp.read()
        except urllib.error.HTTPError as exc:
            if ok404 and exc.code == 404:
                return 404, {}, b""
            body = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            raise ServerError(f"the SPARQL server at {self.location} answered {exc.code} to {method} {url}: {body}",
                              exc.code) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                if connected or isinstance(exc, TimeoutError):  # a read: the connection was made
                    raise StoreUnavailable(
                        f"the SPARQL server at {self.location} did not answer {method} {url} within "
                        f"{self.read_timeout:g} s; check the server (hung or overloaded?), or raise "
                        "--read-timeout") from exc
                raise StoreUnavailable(
                    f"could not connect to the SPARQL endpoint {url} within {self.connect_timeout:g} s; check "
                    "that the server is up and the --store URL, or raise --connect-timeout") from exc
            raise StoreUnavailable(f"cannot reach the SPARQL endpoint {url} ({reason}); "
                                   "start the server or check the --store URL") from exc

    def _graph_url(self, iri: URIRef | str) -> str:
        return f"{self.store_endpoint}?{urllib.parse.urlencode({'graph': str(iri)})}"

    def _sparql(self, query: str, accept: str) -> tuple[int, dict[str, str], bytes]:
        data = urllib.parse.urlencode({"query": query}).encode("utf-8")
        return self._http("POST", self.query_endpoint, data, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    def _update(self, update: str) -> None:
        self._http("POST", self.update_endpoint, update.encode("utf-8"),
                   {"Content-Type": "application/sparql-update"})

    def _graph_names(self) -> list[str]:
        _, _, body = self._sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }", RESULTS_JSON)
        result = Result.parse(io.BytesIO(body), format="json")
        return [str(row[0]) for row in result]

    # -- writes -------------------------------------------------------------------
    def put_article(self, graph: Graph) -> bool:
        iri, triples = article_triples(graph)
        return self._replace(iri, triples)

    def put_article_unchecked(self, graph: Graph) -> bool:
        return self._replace(URIRef(graph.identifier), [(plain(s), p, plain(o)) for s, p, o in graph])

    def _replace(self, iri: URIRef, triples: list[Triple]) -> bool:
        new = Graph()
        for t in triples:
            new.add(t)
        body = new.serialize(format="nt")  # built in full before the request
        if set(self._fetch(iri)) == set(new):
            return False
        self._update(replace_graph_update(sparql_term(iri), body))
        return True

    def _fetch(self, iri: URIRef) -> Graph:
        status, _, body = self._http("GET", self._graph_url(iri), headers={"Accept": NTRIPLES}, ok404=True)
        g = Graph()
        if status != 404 and body:
            g.parse(data=body.decode("utf-8"), format="nt")
        out = Graph()
        out.addN((plain(s), p, plain(o), out) for s, p, o in g)
        return out

    def remove_article(self, iri: URIRef | str) -> bool:
        if not self.has_article(iri):
            return False
        self._update(remove_graph_update(sparql_term(URIRef(str(iri)))))
        return True

    # -- reads --------------------------------------------------------------------
    def has_article(self, iri: URIRef | str) -> bool:
        return bool(self._run("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(str(iri))}).askAnswer)

    def articles(self) -> list[URIRef]:
        return sorted(URIRef(g) for g in self._graph_names() if is_article_graph(URIRef(g)))

    def triple_count(self) -> int:
        result = self._run(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_PREFIX}") || STRSTARTS(STR(?g), "{DERIVED_PREFIX}")) }} }}', {})
        return int(next(iter(result))[0])

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Result:
        check_read_only(sparql)
        try:
            return self._run(sparql, to_bindings(bindings))
        except ServerError as exc:
            if exc.status != 400:
                raise
            # The server saw PREFIX lines and perhaps a VALUES block the user did not write,
            # and each server words errors its own way: locate the error in the user's text.
            error = oxigraph_syntax_error(sparql)
            if error is None:
                raise
            raise error from exc

    def _run(self, sparql: str, bindings: Mapping[str, Identifier]) -> Result:
        text = bind_values(sparql, bindings)
        text = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items()) + text
        _, headers, body = self._sparql(text, f"{RESULTS_JSON}, {NTRIPLES};q=0.9")
        ctype = headers.get("content-type", "").split(";")[0].strip()
        if ctype == NTRIPLES or ctype in ("text/turtle", "application/n-quads"):
            g = Graph()
            g.parse(data=body.decode("utf-8"), format="nt" if ctype != "text/turtle" else "turtle")
            out = Result("CONSTRUCT")
            out.graph = g
            return out
        return Result.parse(io.BytesIO(body), format="json")

    def quads(self, include_ontology: bool = False) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        data = sorted(URIRef(g) for g in self._graph_names() if is_data_graph(URIRef(g)))
        for g in data + ([ONTOLOGY_GRAPH] if include_ontology else []):
            for s, p, o in self._fetch(g):
                yield s, p, o, g

    def dataset(self) -> Dataset:
        """An rdflib Dataset over the endpoint (its default graph is the union; mind the notes' traps)."""
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        store = SPARQLUpdateStore(self.query_endpoint, self.update_endpoint, autocommit=True)
        return Dataset(store=store)

    def close(self) -> None:
        self._closed = True
