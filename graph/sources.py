"""Where an article's story comes from: the wire or outlet that first wrote it.

Corroboration counts *independent* sources, so a wire story and its republications must
count once. An article says where its story comes from in two places:

* its text, when it opens with a dateline naming a wire: ``Taipei, Oct. 8 (CNA) …``,
  ``Paris (awp/afp) - …``, ``2024-09 (Reuters) – …``;
* its ``source:`` line, in the layout ``URL (Publication[, Wire][, via Republisher])``:
  ``(The Japan Times, Reuters)`` is a Reuters story, ``(Bloomberg, via NDTV Profit)`` a
  Bloomberg one, ``(Silicon Republic)`` the outlet's own; a bare URL names its host.

:func:`story_origin` reads both (the dateline wins, then a wire on the source line, then
the first publication that is not a republisher, then the URL's host) and returns a
display name; :func:`origin_key` folds it for comparison (``AWP/AFP`` and ``awp/afp`` are
one origin). An article that says nothing has no origin and counts as its own source.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

#: News agencies whose copy other outlets republish, matched case-insensitively as a whole
#: name or as one part of a slashed credit ("AWP/AFP").
WIRES: frozenset[str] = frozenset({
    "afp", "agence france-presse", "ap", "associated press", "reuters", "bloomberg", "cna", "central news agency",
    "xinhua", "kyodo", "jiji", "yonhap", "dpa", "ansa", "efe", "awp", "ats", "belga", "pa", "press association",
    "dow jones", "tass", "ria novosti", "ani", "pti", "anadolu", "europa press", "bernama", "apa", "sda", "ap-dow jones",
})
DATELINE_CHARS = 300  # a dateline sits in the first lines of the text

_PARENS = re.compile(r"\(([^()\n]{2,40})\)")
_SOURCE_LINE = re.compile(r"^\s*(?P<url>https?://\S+)?\s*(?:\((?P<names>[^()]*)\))?\s*$")


def origin_key(name: str) -> str:
    """``name`` folded for comparison: case, accents kept, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def is_wire(name: str) -> bool:
    """True when ``name`` is a news agency, alone or in a slashed credit (``AWP/AFP``, ``Reuters``)."""
    parts = [origin_key(p) for p in re.split(r"[/+&]", name)]
    return origin_key(name) in WIRES or any(p in WIRES for p in parts if p)


def dateline_wire(text: str | None) -> str | None:
    """The wire a dateline at the top of ``text`` names (``(CNA)``, ``(awp/afp)``), or None."""
    if not text:
        return None
    for m in _PARENS.finditer(text[:DATELINE_CHARS]):
        if is_wire(m.group(1)):
            return m.group(1).strip()
    return None


def source_parts(source: str | None) -> tuple[str | None, list[str], list[str]]:
    """(url, publications, republishers) of a ``source:`` line; a line not in the layout is one publication."""
    if not source or not source.strip():
        return None, [], []
    m = _SOURCE_LINE.match(source)
    if m is None:
        return None, [source.strip()], []
    names = [p.strip() for p in (m.group("names") or "").split(",") if p.strip()]
    via = [p[4:].strip() for p in names if p.casefold().startswith("via ")]
    return m.group("url"), [p for p in names if not p.casefold().startswith("via ")], via


def publication(source: str | None) -> str | None:
    """The outlet that published the article: the first name on its source line, else the URL's host."""
    url, pubs, via = source_parts(source)
    if via:
        return via[0]
    if pubs:
        return pubs[0]
    return _host(url)


def story_origin(source: str | None, text: str | None = None) -> str | None:
    """The display name of where the story comes from (see the module docstring), or None."""
    wire = dateline_wire(text)
    if wire:
        return wire
    url, pubs, _ = source_parts(source)
    wires = [p for p in pubs if is_wire(p)]
    if wires:
        return wires[0]
    if pubs:
        return pubs[0]
    return _host(url)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None
