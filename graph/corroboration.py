"""Corroboration: how far to believe a fact, from every claim of it across the articles.

A *fact* is a key ``(subject, relation, object, product)`` (product None when the claims
name none); its claims are the ``skg:Claim`` nodes of every article with that key. This
module is pure: it takes :class:`ClaimRecord` s and returns a :class:`Corroboration`
(counts, dates, statuses, conflicts), and maps that to RDF. Reading and writing the store
is :mod:`supplykg.graph.corroboration_store`; the page groups its edges with the same
functions, so the page, the CLI and the stored nodes never disagree.

* **articles**: distinct articles with a claim of the fact.
* **sources**: independent sources. Articles are joined into one source when they share
  a story origin (:mod:`supplykg.graph.sources`: a wire named in the dateline or the
  source line, else the publication) or when their evidence sentences for the fact are
  the same text (at least :data:`SAME_TEXT_JACCARD` of their words, for sentences of
  :data:`SAME_TEXT_MIN_WORDS` words or more): a republication the credits do not show.
  An article with no source is a source of its own.
* **first/last seen**: the earliest and latest publication date of those articles.
* **conflicts** (kinds, see :func:`conflicts`): ``denial`` (affirmed by one article,
  denied by another), ``quantity`` / ``date`` (an order or delivery whose figures disagree
  beyond their hedges), ``overdue`` (planned for a date the newest article in the store is
  past, and never reported done).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from supplykg.graph.sources import origin_key

# Tunables, in one place.
STATUS_ORDER: tuple[str, ...] = ("asserted", "planned", "rumoured", "denied")  # also the page's "strongest first"
SAME_TEXT_JACCARD = 0.85
SAME_TEXT_MIN_WORDS = 8
EXACT_TOLERANCE = Decimal("0.01")  # an "exact" figure is a rounded one: 100,000 and 100,400 agree
ABOUT_TOLERANCE = Decimal("0.2")  # "about 100,000" reaches 80,000..120,000
EVENT_RELATIONS: tuple[str, ...] = ("ordered", "delivered")  # where quantities and dates name one event
CONFLICT_KINDS: tuple[str, ...] = ("denial", "quantity", "date", "overdue")

Key = tuple[str, str, str, "str | None"]  # subject IRI, relation name, object IRI, product IRI


@dataclass(frozen=True)
class ClaimRecord:
    """What corroboration needs to know of one claim (IRIs as strings)."""

    claim: str
    subject: str
    relation: str
    object: str
    article: str  # the article's IRI
    status: str = "asserted"
    product: str | None = None
    evidence: str = ""
    origin: str | None = None  # the article's story origin (skg:storyOrigin)
    article_date: str | None = None  # publication date
    date: str | None = None  # the fact's own date
    quantity: int | None = None
    qualifier: str | None = None
    file: str | None = None  # the article's file name, for people
    source: str | None = None  # the article's source line, for people

    @property
    def key(self) -> Key:
        return (self.subject, self.relation, self.object, self.product)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Conflict:
    """One reason the claims of a fact disagree, with the claims on each side."""

    kind: str
    note: str
    sides: tuple[tuple[str, tuple[str, ...]], ...]  # (what this side says, its claim IRIs)


@dataclass(frozen=True)
class Corroboration:
    """The claims of one fact read together."""

    key: Key
    claims: tuple[str, ...]
    articles: int
    sources: int
    origins: tuple[str, ...]  # one name per independent source ("" for a source with no name)
    statuses: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    conflicts: tuple[Conflict, ...]

    @property
    def conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def conflict_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in CONFLICT_KINDS if any(c.kind == k for c in self.conflicts))


# --- dates -------------------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=8192)
def span(value: str | None) -> tuple[date, date] | None:
    """The first and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None for anything else."""
    from supplykg.graph.analytics import period

    if not value or not _DATE.fullmatch(value):
        return None
    try:
        return period(value)
    except ValueError:
        return None


def earliest(values: Iterable[str | None]) -> str | None:
    """The date that starts first (the more precise one on a tie), or None."""
    spans = [(s[0], s[1], v) for v in values if (s := span(v))]
    return min(spans)[2] if spans else None


def latest(values: Iterable[str | None]) -> str | None:
    """The date that ends last (the more precise one on a tie), or None."""
    spans = [(s[1], s[0], v) for v in values if (s := span(v))]
    return max(spans)[2] if spans else None


def _overlap(a: str | None, b: str | None) -> bool:
    sa, sb = span(a), span(b)
    return sa is None or sb is None or (sa[0] <= sb[1] and sb[0] <= sa[1])


# --- independent sources -----------------------------------------------------------------------

def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def same_text(a: str, b: str) -> bool:
    """True when two evidence sentences are one text, give or take an edit (a republication)."""
    return _same_words(_words(a), _words(b))


def _same_words(wa: frozenset[str], wb: frozenset[str]) -> bool:
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if min(len(wa), len(wb)) < SAME_TEXT_MIN_WORDS:
        return False
    return len(wa & wb) / len(wa | wb) >= SAME_TEXT_JACCARD


def source_groups(records: Iterable[ClaimRecord]) -> dict[str, int]:
    """Article IRI -> independent-source number (0, 1, … in article order) for the articles of ``records``."""
    records = sorted(records, key=lambda r: (r.article, r.claim))
    articles = sorted({r.article for r in records})
    if len(articles) == 1:  # most links of a large graph: one article is one source, no sentence to read
        return {articles[0]: 0}
    parent = {a: a for a in articles}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_origin: dict[str, str] = {}
    for r in records:
        if r.origin and (k := origin_key(r.origin)):
            join(r.article, by_origin.setdefault(k, r.article))
    # Articles with the very same sentence are one source at once; then each pair of distinct sentences is
    # compared once, on word sets read once. Comparing every pair of claims made a fact that a thousand
    # articles repeat cost a million comparisons each time one more article touched it.
    first: dict[str, str] = {}
    for r in records:
        if r.evidence:
            if r.evidence in first:
                if _words(r.evidence):
                    join(r.article, first[r.evidence])
            else:
                first[r.evidence] = r.article
    distinct = [(a, _words(t)) for t, a in first.items()]
    for i, (a, wa) in enumerate(distinct):
        for b, wb in distinct[i + 1:]:
            if find(a) != find(b) and _same_words(wa, wb):
                join(a, b)
    numbers: dict[str, int] = {}
    for a in articles:
        numbers.setdefault(find(a), len(numbers))
    return {a: numbers[find(a)] for a in articles}


# --- conflicts ---------------------------------------------------------------------------------

def _bounds(q: int, qualifier: str | None) -> tuple[Decimal, Decimal | None]:
    d = Decimal(q)
    if qualifier == "more_than":
        return d * (1 - EXACT_TOLERANCE), None
    if qualifier == "fewer_than":
        return Decimal(0), d * (1 + EXACT_TOLERANCE)
    tol = ABOUT_TOLERANCE if qualifier == "about" else EXACT_TOLERANCE
    return d * (1 - tol), d * (1 + tol)


def quantities_agree(a: ClaimRecord, b: ClaimRecord) -> bool:
    """True when the two quantities, read with their hedges, can be the same figure."""
    if a.quantity is None or b.quantity is None:
        return True
    lo_a, hi_a = _bounds(a.quantity, a.qualifier)
    lo_b, hi_b = _bounds(b.quantity, b.qualifier)
    return (hi_a is None or lo_b <= hi_a) and (hi_b is None or lo_a <= hi_b)


def quantity_text(r: ClaimRecord) -> str:
    words = {"more_than": "more than ", "fewer_than": "fewer than ", "about": "about "}
    return f"{words.get(r.qualifier or '', '')}{r.quantity:,}" if r.quantity is not None else "no quantity"


def _sides(records: Iterable[ClaimRecord], label: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups: dict[str, list[str]] = defaultdict(list)
    for r in records:
        groups[label(r)].append(r.claim)
    return tuple((k, tuple(sorted(set(v)))) for k, v in sorted(groups.items()))


def conflicts(records: list[ClaimRecord], as_of: str | None = None,
              siblings: Iterable[ClaimRecord] = ()) -> tuple[Conflict, ...]:
    """Why the claims of one fact disagree, in :data:`CONFLICT_KINDS` order (empty when they agree).

    ``as_of`` is the newest publication date in the store: a planned fact dated before it
    and never reported done is ``overdue``. It is a property of the articles, not of the
    clock, so two builds of the same articles give the same answer on any day.

    ``siblings`` are the claims of the same subject, relation and object with another
    product: a denial that names no product denies every product ("X does not supply Y"),
    and a claim that names one affirms the fact without a product ("X supplies Y with Z").
    """
    out: list[Conflict] = []
    if not records:
        return ()
    key, product = records[0].key, records[0].product
    siblings = [r for r in siblings if r.key[:3] == key[:3] and r.key != key]
    if len(records) == 1 and not siblings:  # one claim disagrees with none; it can only be overdue
        overdue = _overdue(records, as_of)
        return (overdue,) if overdue else ()
    affirmed = [r for r in records if r.status != "denied"]
    denied = [r for r in records if r.status == "denied"]
    if product is None:
        affirmed += [r for r in siblings if r.status != "denied"]
    else:
        denied += [r for r in siblings if r.status == "denied" and r.product is None]
    if any(a.article != d.article for a in affirmed for d in denied):
        out.append(Conflict("denial", f"affirmed by {_n(affirmed)}, denied by {_n(denied)}",
                            (("affirmed", tuple(sorted(r.claim for r in affirmed))),
                             ("denied", tuple(sorted(r.claim for r in denied))))))
    events = sorted((r for r in affirmed if r.relation in EVENT_RELATIONS and r.quantity is not None),
                    key=lambda r: r.claim)
    by_quantity: set[ClaimRecord] = set()
    by_date: set[ClaimRecord] = set()
    # Claims with the same figures and date always agree: each pair of distinct (quantity, hedge, date)
    # is compared once, for all its claims (a fact repeated by a thousand articles has a few).
    alike: dict[tuple[int | None, str | None, str | None], list[ClaimRecord]] = defaultdict(list)
    for r in events:
        alike[(r.quantity, r.qualifier, r.date)].append(r)
    kinds = list(alike.values())
    for i, group_a in enumerate(kinds):
        a = group_a[0]
        for group_b in kinds[i + 1:]:
            b = group_b[0]
            q_ok, d_ok = quantities_agree(a, b), _overlap(a.date, b.date)
            if not q_ok and d_ok:  # one event (its dates agree), two figures
                by_quantity.update(group_a + group_b)
            elif q_ok and not d_ok and a.date and b.date:  # one event (its figures agree), two dates
                by_date.update(group_a + group_b)
            # neither agrees: two orders, not a conflict
    if by_quantity:
        sides = _sides(by_quantity, quantity_text)
        out.append(Conflict("quantity", "quantities disagree: " + " vs ".join(k for k, _ in sides), sides))
    if by_date:
        sides = _sides(by_date, lambda r: r.date or "")
        out.append(Conflict("date", "dates disagree: " + " vs ".join(k for k, _ in sides), sides))
    overdue = _overdue(records, as_of)
    if overdue:
        out.append(overdue)
    return tuple(out)


def widest(found: Iterable[Conflict]) -> tuple[Conflict, ...]:
    """The conflicts of one statement's facts (one per product), less those another of the same kind covers.

    A denial naming no product conflicts with the fact without a product and with each
    product's: one story, told best by the widest (the first of equals is kept).
    """
    found = list(found)

    def claims(c: Conflict) -> frozenset[str]:
        return frozenset(x for _, xs in c.sides for x in xs)

    return tuple(c for i, c in enumerate(found)
                 if not any(o.kind == c.kind and (claims(c) < claims(o) or (claims(c) == claims(o) and j < i))
                            for j, o in enumerate(found) if j != i))


def _overdue(records: list[ClaimRecord], as_of: str | None) -> Conflict | None:
    now = span(as_of)
    if now is None:
        return None
    late = [r for r in records if r.status == "planned" and (s := span(r.date)) and s[1] < now[0]]
    if not late:
        return None
    due = min(span(r.date)[0] for r in late)  # type: ignore[index]
    for r in records:
        seen = span(r.date) or span(r.article_date)
        if r.status == "asserted" and seen and seen[1] >= due:
            return None
    dates = ", ".join(sorted({r.date for r in late if r.date}))
    return Conflict("overdue", f"planned for {dates}; no article up to {as_of} reports it done",
                    ((f"planned for {dates}", tuple(sorted(r.claim for r in late))),))


def _n(records: list[ClaimRecord]) -> str:
    n = len({r.article for r in records})
    return f"{n} article{'s' if n != 1 else ''}"


# --- the aggregate -----------------------------------------------------------------------------

def corroborate(key: Key, records: Iterable[ClaimRecord], as_of: str | None = None) -> Corroboration:
    """The corroboration of the fact ``key`` from its claims.

    ``records`` may hold claims of other facts: those with the same subject, relation and
    object but another product take part in its denial conflicts (see :func:`conflicts`),
    the rest are ignored.
    """
    records = list(records)
    mine = sorted((r for r in records if r.key == key), key=lambda r: r.claim)
    siblings = [r for r in records if r.key[:3] == key[:3] and r.key != key]
    groups = source_groups(mine)
    names: dict[int, str] = {}
    for r in sorted(mine, key=lambda r: (r.origin or "", r.article)):
        g = groups[r.article]
        if r.origin and (g not in names or not names[g]):
            names[g] = r.origin
        names.setdefault(g, "")
    statuses = {r.status for r in mine}
    return Corroboration(
        key=key, claims=tuple(r.claim for r in mine), articles=len(groups), sources=len(set(groups.values())),
        origins=tuple(sorted(names.values())),
        statuses=tuple(s for s in STATUS_ORDER if s in statuses) + tuple(sorted(statuses - set(STATUS_ORDER))),
        first_seen=earliest(r.article_date for r in mine), last_seen=latest(r.article_date for r in mine),
        conflicts=conflicts(mine, as_of, siblings))


def corroborate_all(records: Iterable[ClaimRecord], as_of: str | None = None) -> Iterator[Corroboration]:
    """One :class:`Corroboration` per key of ``records``, in key order."""
    by_link: dict[tuple[str, str, str], list[ClaimRecord]] = defaultdict(list)
    for r in records:
        by_link[r.key[:3]].append(r)
    for link in sorted(by_link):
        keys = sorted({r.key for r in by_link[link]}, key=lambda k: k[3] or "")
        for key in keys:
            yield corroborate(key, by_link[link], as_of)
