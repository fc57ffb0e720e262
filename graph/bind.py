"""Binding query parameters into SPARQL text, safely, for engines without native binding.

pyoxigraph's ``substitutions`` refuse a variable that is not projected, and the SPARQL
protocol has no parameters at all, so the Oxigraph and remote stores bind values with a
``VALUES`` block opening each group that uses the variable. Each value is written
by :func:`sparql_term` as exactly one escaped RDF term (quotes, backslashes and line
breaks escaped, IRIs checked), so a value holding ``"`` or ``}`` cannot end the term
and change the query.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from supplykg.graph.store import StoreError

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
# SPARQL names are Unicode (VARNAME, PN_PREFIX, PN_LOCAL: letters of any script, digits,
# '_', and U+00B7, U+0300-U+036F, U+203F-U+2040 after the first character); ``\w`` is a
# superset of those letters, which is all tokenizing needs: the engine checks the rest.
_TAIL = "\u00B7\u0300-\u036F\u203F\u2040"
_VARNAME = re.compile(rf"\w[\w{_TAIL}]*")
_NAME = re.compile(rf"\w[\w{_TAIL}\-.:%]*")
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
    """(position, token) for each brace, variable (``?name``) and bare word, outside comments, strings and IRIs."""
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
            m = _VARNAME.match(query, i + 1)
            if m:
                yield i, "?" + m.group()
            i = m.end() if m else i + 1
        elif c.isalpha() and (m := _NAME.match(query, i)):
            if ":" not in m.group():  # a prefixed name is never a keyword
                yield i, m.group().upper()
            i = m.end()
        else:
            if c in "{}":
                yield i, c
            i += 1


def query_form(query: str) -> str | None:
    """The query's first keyword after its prologue (``SELECT``, ``ASK``, ``DROP``…), upper-cased; None if none.

    Comments, strings, IRIs and prefixed names are skipped, so ``PREFIX ex: <…> DROP ALL``
    gives ``DROP``.
    """
    for _, tok in _tokens(query):
        if tok in ("{", "}") or tok.startswith("?"):
            return None
        if tok not in ("PREFIX", "BASE"):
            return tok
    return None


@dataclass
class _Group:
    start: int
    is_group: bool  # False for a VALUES data block or a CONSTRUCT template
    first: str | None = None
    end: int = -1
    uses: bool = False


def _groups(query: str, names: set[str]) -> list[_Group]:
    """The brace groups of the query pattern, each marked when a bound variable occurs directly in it."""
    form, seen_where, after_values = None, False, False
    stack: list[_Group] = []
    groups: list[_Group] = []
    for pos, tok in _tokens(query):
        if stack and stack[-1].first is None and tok != "{":
            stack[-1].first = tok
        if tok == "{":
            in_pattern = seen_where or form in ("SELECT", "ASK", "DESCRIBE") or bool(stack)
            g = _Group(pos, is_group=in_pattern and not after_values and not (form == "CONSTRUCT" and not seen_where
                                                                             and not stack))
            if stack and stack[-1].first is None:
                stack[-1].first = "{"
            stack.append(g)
            groups.append(g)
            after_values = False
        elif tok == "}":
            if stack:
                stack.pop().end = pos
        elif tok.startswith("?"):
            if tok[1:] in names:
                for g in reversed(stack):
                    if g.is_group:
                        g.uses = True
                        break
        else:
            after_values = tok == "VALUES"
            if form is None and tok in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = tok
            elif tok == "WHERE" and not stack:
                seen_where = True
    return [g for g in groups if g.is_group]


def bind_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with a ``VALUES`` block for ``bindings`` opening each group that uses them.

    SPARQL evaluates groups bottom up, so a block only at the top would not reach a
    FILTER inside a nested group. One row of constants joined into every group that
    mentions a variable is the same as substituting the constant there (SEP-0007, as
    pyoxigraph's ``substitutions`` and rdflib's ``initBindings`` do). A group that is a
    bare subquery is wrapped in braces, as the grammar requires.
    """
    if not bindings:
        return query
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(sparql_term(v) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    groups = _groups(query, set(bindings))
    if not groups or any(g.end < 0 for g in groups):
        raise StoreError("cannot bind parameters into this query (no complete WHERE group found); "
                         "write the query with a WHERE { … } group")
    targets = [g for g in groups if g.uses] or groups[:1]
    inserts: list[tuple[int, str]] = []
    for g in targets:
        if g.first == "SELECT":
            inserts += [(g.start + 1, block + "{ "), (g.end, " }")]
        else:
            inserts.append((g.start + 1, block))
    out = query
    for at, text in sorted(inserts, reverse=True):  # pure insertions, applied from the end
        out = out[:at] + text + out[at:]
    return out
