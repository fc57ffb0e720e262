"""One link per (subject, relation, object): what the page draws instead of one edge per claim.

A hub such as a large chip designer has dozens of claims to the same customer; drawn one
edge each they are a bundle of parallel lines. A :class:`Link` gathers them, with the
independent source of each claim and the conflicts among them, computed by
:mod:`supplykg.graph.corroboration` exactly as the stored corroboration is (a link holds
every product variant of its fact; conflicts are read per product, as stored).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from supplykg.graph.corroboration import ClaimRecord, Conflict, conflicts, latest, source_groups, widest


@dataclass(frozen=True)
class Link:
    """Every claim from ``source`` to ``target`` under one relation."""

    source: str
    target: str
    relation: str
    claims: tuple[tuple[str, dict[str, Any]], ...]  # (claim IRI, edge attributes), by claim IRI
    source_of: dict[str, int]  # claim IRI -> its independent source (0, 1, …) within the link
    conflicts: tuple[Conflict, ...]

    @property
    def sources(self) -> int:
        return len(set(self.source_of.values()))

    @property
    def products(self) -> tuple[str, ...]:
        return tuple(sorted({d["product"] for _, d in self.claims if d.get("product")}))


def claim_record(u: str, v: str, key: str, d: dict[str, Any]) -> ClaimRecord:
    """A claim edge of :func:`supplykg.graph.network.to_networkx` as a corroboration record."""
    return ClaimRecord(
        claim=str(key), subject=u, relation=d.get("relation") or "", object=v,
        article=d.get("article_iri") or d.get("article") or "", status=d.get("status") or "asserted",
        product=d.get("product_iri"), evidence=d.get("evidence") or "", origin=d.get("origin"),
        article_date=d.get("article_date"), date=d.get("date"), quantity=d.get("quantity"),
        qualifier=d.get("quantity_qualifier"), file=d.get("article"), source=d.get("source"))


def links(g: nx.MultiDiGraph) -> list[Link]:
    """The links of ``g``, in the order of their first claim edge (so, for a projection, in sorted order)."""
    grouped: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for u, v, k, d in g.edges(keys=True, data=True):
        grouped[(u, d.get("relation") or "", v)].append((str(k), d))
    newest = latest(d.get("article_date") for _, _, d in g.edges(data=True))
    out = []
    for (u, rel, v), claims in grouped.items():
        claims.sort(key=lambda kd: kd[0])
        records = [claim_record(u, v, k, d) for k, d in claims]
        by_article = source_groups(records)
        by_product: dict[str | None, list[ClaimRecord]] = defaultdict(list)
        for r in records:
            by_product[r.product].append(r)
        found = [c for product in sorted(by_product, key=lambda p: p or "")
                 for c in conflicts(by_product[product], newest, records)]
        out.append(Link(u, v, rel, tuple(claims), {r.claim: by_article[r.article] for r in records}, widest(found)))
    return out

