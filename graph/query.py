"""Named SPARQL queries shipped as ``.rq`` files, and the W3C result formats.

Each file in ``graph/queries/`` starts with a ``#`` line describing the query, then one
``# @param name: meaning`` line per parameter. A parameter is bound as an RDF literal
by the store (rdflib ``initBindings``, or an escaped ``VALUES`` block), never pasted
into the query text, so a value such as ``Nvidia" } DROP ALL #`` is only a name that
matches nothing.

Queries read the store's default graph, the deduplicated union of the article graphs on
every backend (see :mod:`supplykg.graph.store`), so a triple several articles state is
seen once. The shipped queries still use ``DISTINCT`` / ``COUNT(DISTINCT …)``, because
joins (a claim and its labels) can meet one fact by several paths.

Output formats: ``table`` (rows of short strings, for a terminal), ``csv`` and ``tsv``
(SPARQL 1.1 Query Results CSV and TSV) and ``json`` (SPARQL 1.1 Query Results JSON).
CONSTRUCT and DESCRIBE results are Turtle whatever the format. An ASK result is
``table`` or ``json`` only: the W3C CSV and TSV formats have no boolean form, and
inventing one would give files other SPARQL tools read differently.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from supplykg.graph.bind import sparql_term
from supplykg.graph.export import EXPORT_PREFIXES
from supplykg.graph.store import KGStore
from supplykg.terminal import csv_cell, escape_json, escape_rdf, printable

QUERY_PACKAGE = "supplykg.graph.queries"
OUTPUT_FORMATS = ("table", "csv", "tsv", "json")
# "# @param company (Company): meaning": the kind in parentheses says the value names an entity
# of that kind ("entity": any kind; ", partial": part of a name), checked before the query runs.
# "(Company -> ?customer)": the query's variable ?customer is that entity; once the name is found, it
# is bound to the entity's IRI, so the engine starts its joins there instead of filtering every label.
_PARAM = re.compile(r"#\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*"
                    r"(?:\((\w+)(,\s*partial)?(?:\s*->\s*\?(\w+))?\))?\s*:\s*(.*)")
ENTITY_KINDS = ("Company", "Product", "Government")
_LOCAL = re.compile(r"[\w.%-]+")  # the local part of a prefixed name as short() prints it


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: its name (file stem), description, parameters and text."""

    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str
    #: (parameter, entity kind or "entity", matches part of a name, the query's variable for the entity or None)
    #: for parameters that name an entity
    lookups: tuple[tuple[str, str, bool, str | None], ...] = ()

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.params)


def _parse(name: str, text: str) -> NamedQuery:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise ValueError(f"named query {name}.rq must start with a '# description' line")
    found = [m for line in lines if (m := _PARAM.match(line))]
    params = tuple((m.group(1), m.group(5).strip()) for m in found)
    lookups = tuple((m.group(1), m.group(2), bool(m.group(3)), m.group(4)) for m in found if m.group(2))
    for _, kind, _, _ in lookups:
        if kind not in (*ENTITY_KINDS, "entity"):
            raise ValueError(f"named query {name}.rq: unknown kind {kind!r}; use one of {', '.join(ENTITY_KINDS)}, entity")
    return NamedQuery(name, lines[0].lstrip("#").strip(), params, text, lookups)


def list_queries() -> list[NamedQuery]:
    """Every shipped named query, sorted by name."""
    files = resources.files(QUERY_PACKAGE)
    return sorted((_parse(f.name[:-3], f.read_text(encoding="utf-8"))
                   for f in files.iterdir() if f.name.endswith(".rq")), key=lambda q: q.name)


def load_query(name: str) -> NamedQuery:
    """The named query ``name``; an unknown name lists the known ones."""
    for q in list_queries():
        if q.name == name:
            return q
    known = ", ".join(q.name for q in list_queries())
    raise ValueError(f"no named query {name!r}; known queries: {known}")


def run_named(store: KGStore, name: str, params: Mapping[str, str] | None = None) -> Result:
    """Run a named query with its parameters (each required; unknown ones are an error)."""
    q = load_query(name)
    given = dict(params or {})
    missing = [p for p in q.param_names if p not in given]
    unknown = [p for p in given if p not in q.param_names]
    if missing or unknown:
        usage = " ".join(f"--param {p}=…" for p in q.param_names)
        what = f"missing parameter {', '.join(missing)}" if missing else f"unknown parameter {', '.join(unknown)}"
        raise ValueError(f"query {name!r}: {what}; use {usage}")
    bindings: dict[str, Any] = {}
    for param, kind, partial, variable in q.lookups:
        given[param], iris = entity_lookup(store, str(given[param]), kind, partial)
        if variable and len(iris) == 1:  # several entities share the name: the query's own filter finds them
            bindings[variable] = iris[0]
    bindings.update({k: Literal(str(v)) for k, v in given.items()})
    return store.query(q.text, bindings)


def _kind_values(kind: str) -> str:
    kinds = ENTITY_KINDS if kind == "entity" else (kind,)
    return "VALUES ?type { " + " ".join(f"skg:{k}" for k in kinds) + " }"


def entity_name(store: KGStore, value: str, kind: str, partial: bool = False) -> str:
    """The name a named query matches for ``value`` (see :func:`entity_lookup`)."""
    return entity_lookup(store, value, kind, partial)[0]


def entity_lookup(store: KGStore, value: str, kind: str, partial: bool = False) -> tuple[str, list[URIRef]]:
    """The name to match for a parameter that names an entity, and the IRIs of the entities it names:
    ``value`` itself when some entity of ``kind`` has it (or, ``partial``, a name holding it), or
    the label of the entity a prefixed name such as ``company:bytedance`` (what ``query`` prints)
    stands for.

    Anything else is an error naming the closest names, as ``supplykg graph`` gives, rather
    than an empty answer that reads like "no suppliers".
    """
    from supplykg.graph.export import EXPORT_PREFIXES

    prefix, sep, local = value.partition(":")
    if sep and prefix in EXPORT_PREFIXES and _LOCAL.fullmatch(local):
        rows = list(store.query(f"SELECT ?n WHERE {{ {_kind_values(kind)} ?e a ?type ; rdfs:label ?n }} "
                                "ORDER BY ?n LIMIT 1", {"e": URIRef(EXPORT_PREFIXES[prefix] + local)}))
        if rows:
            return entity_lookup(store, str(rows[0][0]), kind, partial)
    # The name lowered here and written into the query as one escaped term: lowering a bound variable
    # again for every label made the lookup 10x slower on Oxigraph (23 ms against 2 ms at 1M triples).
    low = sparql_term(Literal(value.lower()))
    test = f"CONTAINS(LCASE(STR(?n)), {low})" if partial else f"LCASE(STR(?n)) = {low}"
    # The names first, in a subquery, then their kind: joined in one group, Oxigraph started from the
    # entities of the kind (45 ms against 7 ms).
    iris = sorted({r[0] for r in store.query(
        f"SELECT DISTINCT ?e WHERE {{ {{ SELECT ?e WHERE {{ {{ ?e rdfs:label ?n }} UNION {{ ?e schema:name ?n }} "
        f"FILTER({test}) }} }} {_kind_values(kind)} ?e a ?type }}") if isinstance(r[0], URIRef)})
    if iris:
        return value, iris
    names = sorted({str(r[0]) for r in store.query(
        f"SELECT DISTINCT ?n WHERE {{ {_kind_values(kind)} ?e a ?type ; rdfs:label ?n }}")})
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    what = "entity" if kind == "entity" else kind.lower()
    hint = f"did you mean {', '.join(close)}?" if close else "check the spelling (names match whatever their case)"
    part = " (or part of one)" if partial else ""
    raise ValueError(f"no {what} named {value!r}{part} in the graph; {hint}")


# ---------------------------------------------------------------------------------
# Result formats
# ---------------------------------------------------------------------------------
def short(term: Node | None) -> str:
    """A term as a person reads it: prefixed IRIs, bare literal values, '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in EXPORT_PREFIXES.items():
            if str(term).startswith(ns) and len(term) > len(ns):
                return f"{prefix}:{term[len(ns):]}"
        return str(term)
    return str(term)


def table_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of short strings; ASK gives one 'result' column, graphs give s/p/o."""
    if result.type == "ASK":
        return ["result"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = sorted([short(s), short(p), short(o)] for s, p, o in result.graph)  # type: ignore[union-attr]
        return ["subject", "predicate", "object"], rows
    header = [str(v) for v in result.vars or []]
    rows = [[short(row.get(v)) for v in result.vars or []] for row in result.bindings]
    return header, rows


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))
    # Other control characters as \uXXXX: the same string for a parser, nothing for a terminal to obey.
    text = escape_rdf(text)
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def to_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV, as rdflib writes it, but every cell through :func:`csv_cell`:
    control characters shown, not obeyed, and formulas guarded (``'=…``) for spreadsheets."""
    if result.type != "SELECT":
        raise ValueError(ASK_FORMATS)
    names = list(result.vars or [])
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow([csv_cell(str(v)) for v in names])
    for row in result.bindings:
        out.writerow([csv_cell(_csv_term(row.get(v))) for v in names])
    return buf.getvalue()


def _csv_term(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


ASK_FORMATS = "CSV and TSV hold SELECT results only; an ASK result comes as --format table or json"


def to_tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV (rdflib has a TSV parser but no serializer)."""
    if result.type != "SELECT":
        raise ValueError(ASK_FORMATS)
    names = list(result.vars or [])
    lines = ["\t".join(f"?{v}" for v in names)]
    lines += ["\t".join(_tsv_term(row.get(v)) for v in names) for row in result.bindings]
    return "\n".join(lines) + "\n"


def format_result(result: Result, fmt: str = "table") -> str:
    """The result as text in ``fmt`` (table, csv, tsv, json); graphs come out as Turtle."""
    fmt = fmt.casefold()
    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"unknown result format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        assert g is not None
        for prefix, ns in EXPORT_PREFIXES.items():
            g.bind(prefix, ns, override=True, replace=True)
        return escape_rdf(g.serialize(format="turtle"))
    if fmt == "table":
        header, rows = table_rows(result)
        header = [printable(h, one_line=True) for h in header]
        rows = [[printable(c, one_line=True) for c in r] for r in rows]
        widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
        out = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
        out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
        return "\n".join(out) + "\n"
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "csv":
        return to_csv(result)
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
    buf = io.BytesIO()
    result.serialize(buf, encoding="utf-8", format=fmt)
    text = escape_json(buf.getvalue().decode("utf-8"))
    return text if text.endswith("\n") else text + "\n"
