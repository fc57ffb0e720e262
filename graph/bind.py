"""Binding query parameters into SPARQL text, safely, for engines without native binding.

pyoxigraph's ``substitutions`` refuse a variable that is not projected, and the SPARQL
protocol has no parameters at all, so the Oxigraph and remote stores bind values with a
``VALUES`` block placed at the start of the query's WHERE group. Each value is written
by :func:`sparql_term` as exactly one escaped RDF term (quotes, backslashes and line
breaks escaped, IRIs checked), so a value holding ``"`` or ``}`` cannot end the term
and change the query.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from supplykg.graph.store import StoreError

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-.:%]*")
_LANG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")


def sparql_term(term: Identifier) -> str:
    """An IRI or literal in SPARQL syntax, escaped so it is always exactly one term."""
    if isinstance(term, URIRef):
        text = f"<{term}>"
        if not _IRI.fullmatch(text):
            raise StoreError(f"{str(term)!r} is not a valid IRI; percent-encode spaces and <>\"{{}}|^` in it")
        return text
    if isinstance(term, Literal):
        lexical = (str(term).replace("\\", "\\\\").replace('"', '\\"')
                   .replace("\n", "\\n").replace("\r", "\\r"))
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise StoreError(f"{term.language!r} is not a language tag")
            return f'"{lexical}"@{term.language}'
        if term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            return f'"{lexical}"^^{sparql_term(URIRef(term.datatype))}'
        return f'"{lexical}"'
    raise StoreError(f"cannot bind {term!r}: bind an IRI or a literal")


def _tokens(query: str) -> Iterator[tuple[int, str]]:
    """(position, token) for each brace and bare word of ``query``, outside comments, strings and IRIs."""
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (m := _IRI.match(query, i)):
            i = m.end()
        elif c in "?$":
            m = _NAME.match(query, i + 1)
            i = m.end() if m else i + 1
        elif c.isalpha():
            m = _NAME.match(query, i)
            assert m is not None
            if ":" not in m.group():  # a prefixed name is never a keyword
                yield i, m.group().upper()
            i = m.end()
        else:
            if c in "{}":
                yield i, c
            i += 1


def _where_group(query: str) -> tuple[int, int, bool]:
    """Positions of the braces around the query's WHERE group, and whether it holds a subquery."""
    depth, form, seen_where = 0, None, False
    start, first_word = -1, None
    for pos, tok in _tokens(query):
        if start < 0:
            if tok in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") and form is None:
                form = tok
            elif tok == "WHERE" and depth == 0:
                seen_where = True
            elif tok == "{":
                if depth == 0 and (seen_where or form in ("SELECT", "ASK", "DESCRIBE")):
                    start = pos
                depth += 1
            elif tok == "}":
                depth -= 1
            continue
        if first_word is None:
            first_word = tok
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
            if depth == 0:
                return start, pos, first_word == "SELECT"
    raise StoreError("cannot bind parameters into this query (no complete WHERE group found); "
                     "write the query with a WHERE { … } group")


def bind_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with a ``VALUES`` block for ``bindings`` opening its WHERE group.

    Placed first in the group, the block constrains the whole pattern, filters and
    aggregates included: the same meaning as rdflib's ``initBindings``. A WHERE group
    that is a bare subquery is wrapped in braces, as the grammar requires.
    """
    if not bindings:
        return query
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(sparql_term(v) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    start, end, subquery = _where_group(query)
    if subquery:
        return f"{query[:start + 1]}{block}{{ {query[start + 1:end]} }}{query[end:]}"
    return f"{query[:start + 1]}{block}{query[start + 1:]}"
