"""Corroboration in the store: one named graph per fact, kept in step with the articles.

Each fact's :class:`~supplykg.graph.corroboration.Corroboration` is an ``skg:Corroboration``
node in a named graph of its own, its IRI (``…/id/corroboration/<digest of the key>``), so
recomputing a fact is one atomic replace of that graph, like writing an article. Writing
or removing an article goes through :func:`put_article` / :func:`remove_article`, which
recompute only the facts whose claims it adds or drops (its *statements*, ``(subject,
relation, object)``, each an IRI every claim of it points to with ``skg:statement``: every
product variant of a statement is read and written together). When an
article moves the store's newest publication date, the facts with a dated planned claim
are recomputed too, since whether a plan is overdue depends on it.

The article and its facts' graphs are separate writes: a process killed in between leaves
some facts stale until the next write touching them. ``supplykg validate`` reports such
facts and :func:`rebuild` (``supplykg corroborate``) recomputes every one.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import SDO

from supplykg.graph.bind import sparql_term
from supplykg.graph.corroboration import ClaimRecord, Corroboration, Key, corroborate_all, latest
from supplykg.graph.rdf import PREDICATES, date_literal
from supplykg.graph.store import KGStore, NamedTriples
from supplykg.ontology.iri import node_iri, statement_iri
from supplykg.ontology.namespace import SKG, status_term

BATCH = 200  # statements per query

# Every lookup goes through skg:statement (one index lookup per statement): matching claims on
# subject and object scanned all of a hub's claims, 90 ms a query in a store of 600 articles.
_CLAIMS = """SELECT DISTINCT ?c ?s ?rel ?o ?product ?status ?article ?evidence ?quantity ?qualifier ?date
                ?adate ?origin ?file ?source WHERE {
  VALUES ?l { %s }
  ?c skg:statement ?l ; skg:status ?status ; rdf:subject ?s ; skg:relation ?rel ; rdf:object ?o ;
     prov:wasDerivedFrom ?article .
  OPTIONAL { ?c skg:product ?product }
  OPTIONAL { ?c skg:evidence ?evidence }
  OPTIONAL { ?c skg:quantity ?quantity }
  OPTIONAL { ?c skg:quantityQualifier ?qualifier }
  OPTIONAL { ?c skg:date ?date }
  OPTIONAL { ?article schema:datePublished ?adate }
  OPTIONAL { ?article skg:storyOrigin ?origin }
  OPTIONAL { ?article skg:fileName ?file }
  OPTIONAL { ?article skg:sourceName ?source }
}"""
_STORED = "SELECT DISTINCT ?agg WHERE { VALUES ?l { %s } ?agg skg:statement ?l ; skg:articleCount ?n }"
_ARTICLE_STATEMENTS = "SELECT DISTINCT ?l WHERE { ?c prov:wasDerivedFrom ?a ; skg:statement ?l }"
_ALL_STATEMENTS = "SELECT DISTINCT ?l WHERE { ?c skg:status ?st ; skg:statement ?l }"
_PLANNED_STATEMENTS = "SELECT DISTINCT ?l WHERE { ?c skg:status skg:Planned ; skg:date ?d ; skg:statement ?l }"
_PUBLISHED = "SELECT DISTINCT ?d WHERE { ?a skg:contentKey ?k ; schema:datePublished ?d }"
_ALL_STORED = "SELECT DISTINCT ?agg WHERE { ?agg skg:articleCount ?n }"
_ANY_STORED = "ASK { ?agg skg:articleCount ?n }"
_ANY_CLAIM = "ASK { ?c skg:status ?s }"
_LEGACY = """SELECT DISTINCT ?name WHERE { ?c skg:status ?st ; prov:wasDerivedFrom ?a .
  FILTER NOT EXISTS { ?c skg:statement ?l } OPTIONAL { ?a skg:fileName ?name } } ORDER BY ?name"""


@dataclass
class Refresh:
    """What a recomputation did: facts written (new or changed), unchanged, removed."""

    written: int = 0
    unchanged: int = 0
    removed: int = 0

    def __iadd__(self, other: Refresh) -> Refresh:
        self.written += other.written
        self.unchanged += other.unchanged
        self.removed += other.removed
        return self


# --- RDF ---------------------------------------------------------------------------------------

def corroboration_iri(key: Key) -> URIRef:
    """The IRI of a fact's corroboration node, which also names its graph."""
    s, rel, o, product = key
    return node_iri("corroboration", s, rel, o, product or "")


def corroboration_graph(c: Corroboration) -> NamedTriples:
    """The named graph of one fact's corroboration, as its triples in the stores' form (no rdflib Graph to
    index them on the way to the store; see :class:`~supplykg.graph.store.NamedTriples`)."""
    s, rel, o, product = c.key
    node = corroboration_iri(c.key)
    g: list[tuple[Any, Any, Any]] = []
    g.append((node, RDF.type, SKG.Corroboration))
    g.append((node, RDF.subject, URIRef(s)))
    g.append((node, RDF.predicate, PREDICATES[rel]))
    g.append((node, RDF.object, URIRef(o)))
    g.append((node, SKG.statement, statement_iri(s, rel, o)))
    if product:
        g.append((node, SKG.product, URIRef(product)))
    for claim in c.claims:
        g.append((node, SKG.claim, URIRef(claim)))
    g.append((node, SKG.articleCount, Literal(c.articles, datatype=XSD.integer)))
    g.append((node, SKG.sourceCount, Literal(c.sources, datatype=XSD.integer)))
    for name in c.origins:
        if name:
            g.append((node, SKG.independentSource, Literal(name)))
    for status in c.statuses:
        g.append((node, SKG.statusSeen, status_term(status)))
    for prop, value in ((SKG.firstSeen, c.first_seen), (SKG.lastSeen, c.last_seen)):
        if value:
            g.append((node, prop, date_literal(value)))
    g.append((node, SKG.conflict, Literal(c.conflict)))
    for kind in c.conflict_kinds:
        g.append((node, SKG.conflictKind, Literal(kind)))
    return NamedTriples(node, g)


# --- reading claims ----------------------------------------------------------------------------

def _text(term: Any) -> str | None:
    return None if term is None else str(term)


def _int(term: Any) -> int | None:
    if term is None:
        return None
    try:
        return int(term.toPython()) if hasattr(term, "toPython") else int(Decimal(term))
    except (TypeError, ValueError, ArithmeticError):
        return None


def _rows(kg: KGStore, template: str, statements: list[str]) -> Iterator[Any]:
    for i in range(0, len(statements), BATCH):
        yield from kg.query(template % " ".join(sparql_term(URIRef(x)) for x in statements[i:i + BATCH]))


def _string_rows(kg: KGStore, template: str, statements: list[str]) -> Iterator[tuple[Any, ...]]:
    """The rows as plain strings where the store gives them so (Oxigraph: no rdflib term per value, 4x
    faster when a fact has hundreds of claims), else as rdflib terms; in the SELECT's order."""
    for i in range(0, len(statements), BATCH):
        sparql = template % " ".join(sparql_term(URIRef(x)) for x in statements[i:i + BATCH])
        rows = kg.select_strings(sparql)
        yield from rows if rows is not None else (tuple(r) for r in kg.query(sparql))


def claim_records(kg: KGStore, statements: Iterable[str]) -> list[ClaimRecord]:
    """Every claim of the ``statements`` (IRIs, see :func:`~supplykg.ontology.iri.statement_iri`), sorted by claim IRI."""
    out: dict[str, ClaimRecord] = {}
    for (c, s, rel, o, product, status, article, evidence, quantity, qualifier, date, adate, origin, file,
         source) in _string_rows(kg, _CLAIMS, sorted(set(statements))):
        claim = str(c)
        if claim in out:  # a claim with two values of an optional field: keep the first, deterministically
            continue
        out[claim] = ClaimRecord(
            claim=claim, subject=str(s), relation=str(rel), object=str(o), article=str(article),
            status=str(status).rsplit("#", 1)[-1].lower(), product=_text(product),
            evidence=_text(evidence) or "", origin=_text(origin), article_date=_text(adate),
            date=_text(date), quantity=_int(quantity), qualifier=_text(qualifier),
            file=_text(file), source=_text(source))
    return [out[k] for k in sorted(out)]


def _statements(rows: Iterable[Any]) -> set[str]:
    return {str(r[0]) for r in rows}


def article_statements(kg: KGStore, article: URIRef | str) -> set[str]:
    """The statements the claims of one stored article make."""
    return _statements(kg.query(_ARTICLE_STATEMENTS, {"a": URIRef(str(article))}))


def graph_statements(graph: Graph) -> set[str]:
    """The statements the claims of an article graph (not yet stored) make."""
    return {str(o) for o in graph.objects(None, SKG.statement)}


def as_of(kg: KGStore) -> str | None:
    """The newest publication date of the stored articles: "now", as far as overdue plans go."""
    return latest(str(r[0]) for r in kg.query(_PUBLISHED))


# --- writing -----------------------------------------------------------------------------------

def refresh(kg: KGStore, statements: Iterable[str], newest: str | None = None) -> Refresh:
    """Recompute the facts of ``statements`` from their claims; write what changed, drop facts left without claims.

    ``newest`` is :func:`as_of` when the caller knows it already (it costs one query).
    """
    statements = sorted(set(statements))
    if not statements:
        return Refresh()
    newest = as_of(kg) if newest is None else newest
    done = Refresh()
    for i in range(0, len(statements), REFRESH_CHUNK):  # a chunk at a time: memory does not grow with the build
        chunk = statements[i:i + REFRESH_CHUNK]
        wanted = {corroboration_iri(c.key): c for c in corroborate_all(claim_records(kg, chunk), newest)}
        stored = {URIRef(str(r[0])) for r in _rows(kg, _STORED, chunk)}
        done += _write(kg, wanted, stored)
    return done


#: Statements recomputed together: each fact depends on the claims of its own statement only.
REFRESH_CHUNK = 2000


#: Facts' graphs written together (new ones in one transaction on the embedded store).
WRITE_BATCH = 500


def _write(kg: KGStore, wanted: dict[URIRef, Corroboration], stored: set[URIRef]) -> Refresh:
    done = Refresh()
    for iri in sorted(stored - set(wanted)):
        kg.remove_article(iri)
        done.removed += 1
    items = sorted(wanted.items())
    for i in range(0, len(items), WRITE_BATCH):
        for changed in kg.put_articles([corroboration_graph(c) for _, c in items[i:i + WRITE_BATCH]]):
            if changed:
                done.written += 1
            else:
                done.unchanged += 1
    return done


def _recompute(kg: KGStore, statements: set[str], newest_before: str | None, newest: str | None) -> Refresh:
    if newest != newest_before:  # whether a plan is overdue depends on the newest date
        statements |= _statements(kg.query(_PLANNED_STATEMENTS))
    return refresh(kg, statements, newest)


def put_article(kg: KGStore, graph: Graph) -> tuple[bool, Refresh]:
    """Write an article graph (``KGStore.put_article``) and recompute the facts it touches.

    Returns whether the article changed the store, and what the recomputation did. An
    article stored already, unchanged, recomputes nothing.
    """
    iri = graph.identifier
    old = article_statements(kg, iri) if kg.has_article(iri) else set()
    newest_before = as_of(kg)
    if not kg.put_article(graph):
        return False, Refresh()
    if old:  # a replaced article may have held the newest date
        newest = as_of(kg)
    else:
        newest = latest([newest_before, *(str(d) for d in graph.objects(iri, SDO.datePublished))])
    return True, _recompute(kg, old | graph_statements(graph), newest_before, newest)


def put_articles(kg: KGStore, graphs: list[Graph]) -> tuple[list[bool], Refresh]:
    """:func:`put_article` for several article graphs: written together (``KGStore.put_articles``), and the
    facts they touch recomputed once. Returns, per graph, whether it changed the store, and the recomputation.

    The final store is the same as writing them one by one: each fact is recomputed from all its
    claims after the last of them is written, and facts with a planned claim whenever the newest
    publication date moves.
    """
    if len(graphs) == 1:
        changed, done = put_article(kg, graphs[0])
        return [changed], done
    pending = Pending()
    changed = write_articles(kg, graphs, pending)
    return changed, catch_up(kg, pending)


@dataclass
class Pending:
    """Facts whose corroboration articles written since the last :func:`catch_up` left to recompute.

    ``changed`` says whether any article was written or removed since (one without a claim can
    still move the newest publication date, and with it whether plans are overdue); ``newest``
    is that date (:func:`as_of`) before the first of those changes.
    """

    statements: set[str] = field(default_factory=set)
    changed: bool = False
    newest: str | None = None

    def changing(self, kg: KGStore) -> None:
        """Called before each change: the first one since the last catch-up reads the newest date."""
        if not self.changed:
            self.newest = as_of(kg)


def write_articles(kg: KGStore, graphs: list[Graph], pending: Pending) -> list[bool]:
    """Write article graphs together (``KGStore.put_articles``) and note in ``pending`` the facts they touch,
    without recomputing them: :func:`catch_up` does, once for many writes.

    A build writes this way and catches up before each snapshot it publishes and at its end, so
    a fact a thousand articles repeat is read and written once per snapshot, not once per
    group of articles. The final store is the same as writing the articles one by one with
    :func:`put_article`: each fact is recomputed from all its claims after the last of them
    is written, with the newest publication date of the store as it is then. A process killed
    before it caught up leaves facts stale that :func:`finish` finds.
    """
    old = [article_statements(kg, g.identifier) if kg.has_article(g.identifier) else set() for g in graphs]
    pending.changing(kg)
    changed = kg.put_articles(graphs)
    for graph, before, did in zip(graphs, old, changed):
        if did:
            pending.statements |= before | graph_statements(graph)
            pending.changed = True
    return changed


def catch_up(kg: KGStore, pending: Pending) -> Refresh:
    """Recompute the facts :func:`write_articles` noted in ``pending``, which starts afresh."""
    if not pending.changed:
        return Refresh()
    statements, pending.statements, pending.changed = pending.statements, set(), False
    return _recompute(kg, statements, pending.newest, as_of(kg))


def forget_article(kg: KGStore, iri: URIRef | str, pending: Pending) -> bool:
    """Remove an article (``KGStore.remove_article``) and note in ``pending`` the facts it backed, without
    recomputing them (see :func:`write_articles`). True when there was one."""
    iri = URIRef(str(iri))
    if not kg.has_article(iri):
        return False
    pending.statements |= article_statements(kg, iri)
    pending.changing(kg)
    kg.remove_article(iri)
    pending.changed = True
    return True


def remove_article(kg: KGStore, iri: URIRef | str) -> tuple[bool, Refresh]:
    """Remove an article (``KGStore.remove_article``) and recompute the facts it backed."""
    pending = Pending()
    if not forget_article(kg, iri, pending):
        return False, Refresh()
    return True, catch_up(kg, pending)


def is_computed(kg: KGStore) -> bool:
    """True when the store holds corroboration, or no claim to corroborate (a store an older version built has none)."""
    return bool(kg.query(_ANY_STORED).askAnswer) or not kg.query(_ANY_CLAIM).askAnswer


def legacy_articles(kg: KGStore) -> list[str]:
    """File names of articles stored by a version before corroboration (claims without skg:statement):
    corroboration cannot see them until they are built again with ``--replace``."""
    return [str(r[0]) for r in kg.query(_LEGACY) if r[0] is not None]


#: Statements whose corroboration a write interrupted (an article stored, its facts not recomputed; or removed).
_UNFINISHED = """SELECT DISTINCT ?l WHERE {
  { ?claim skg:status ?status ; skg:statement ?l . FILTER NOT EXISTS { ?fact skg:claim ?claim } }
  UNION
  { ?fact skg:claim ?claim ; skg:statement ?l . FILTER NOT EXISTS { ?claim skg:status ?status } }
}"""


def finish(kg: KGStore) -> Refresh:
    """Recompute the facts an interrupted build left stale (a ``kill -9`` between an article and its
    facts), so building again converges on what one uninterrupted build stores. A build calls it first."""
    statements = _statements(kg.query(_UNFINISHED))
    if not statements:
        return Refresh()
    # The newest publication date may have moved too: facts with a dated plan are recomputed with them.
    return refresh(kg, statements | _statements(kg.query(_PLANNED_STATEMENTS)))


def rebuild(kg: KGStore) -> Refresh:
    """Recompute every fact of the store, and drop corroboration graphs no claim backs any more."""
    records = claim_records(kg, _statements(kg.query(_ALL_STATEMENTS)))
    wanted = {corroboration_iri(c.key): c for c in corroborate_all(records, as_of(kg))}
    stored = {URIRef(str(r[0])) for r in kg.query(_ALL_STORED)}
    return _write(kg, wanted, stored)
