"""Corroboration for people: the rows of ``supplykg graph corroboration`` and ``graph conflicts``.

Facts come from the stored ``skg:Corroboration`` nodes through the named query
``corroboration.rq`` (so ``supplykg query --name corroboration`` gives the same rows); the
sides of each conflict are worked out again from the fact's claims by
:func:`supplykg.graph.corroboration.conflicts`, the function that set the stored flag.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Literal, URIRef

from supplykg.graph.bind import sparql_term
from supplykg.graph.corroboration import ClaimRecord, Conflict, Key, conflicts, quantity_text, widest
from supplykg.graph.corroboration_store import as_of, claim_records, corroboration_iri
from supplykg.graph.query import run_named
from supplykg.graph.store import KGStore

_FACT_STATEMENTS = "SELECT DISTINCT ?l WHERE { VALUES ?fact { %s } ?fact skg:statement ?l }"
_CONFLICTING = "SELECT DISTINCT ?fact WHERE { ?fact skg:conflict true }"
_LABELS = "SELECT ?e (MIN(?l) AS ?label) WHERE { VALUES ?e { %s } ?e rdfs:label ?l } GROUP BY ?e"
_NAMES = "SELECT DISTINCT ?name WHERE { ?e a ?type ; rdfs:label ?name . VALUES ?type { skg:Company skg:Government } }"
_KNOWN = "ASK { ?e rdfs:label ?name . FILTER(LCASE(STR(?name)) = LCASE(STR(?wanted))) }"
BATCH = 200


def _values(iris: list[str]) -> Iterable[str]:
    for i in range(0, len(iris), BATCH):
        yield " ".join(sparql_term(URIRef(x)) for x in iris[i:i + BATCH])


def fact_claims(kg: KGStore, facts: Iterable[str], with_siblings: bool = False) -> dict[str, list[ClaimRecord]]:
    """Fact (corroboration) IRI -> the records of its claims, and with ``with_siblings`` those of the
    facts with the same subject, relation and object (another product), which its denial conflicts read."""
    facts = sorted(set(facts))
    statements: set[str] = set()
    for block in _values(facts):
        statements |= {str(r[0]) for r in kg.query(_FACT_STATEMENTS % block)}
    wanted = set(facts)
    records = claim_records(kg, statements)
    out: dict[str, list[ClaimRecord]] = defaultdict(list)
    for r in records:
        iri = str(corroboration_iri(r.key))
        if iri in wanted:
            out[iri].append(r)
    if with_siblings:
        for iri in list(out):
            link = out[iri][0].key[:3]
            out[iri] += [r for r in records if r.key[:3] == link and str(corroboration_iri(r.key)) != iri]
    return out


def labels(kg: KGStore, iris: Iterable[str]) -> dict[str, str]:
    """One label per IRI (the smallest), for the IRIs that have one."""
    out: dict[str, str] = {}
    for block in _values(sorted({i for i in iris if i})):
        out.update({str(r[0]): str(r[1]) for r in kg.query(_LABELS % block) if r[1] is not None})
    return out


def _by_date(records: Iterable[ClaimRecord]) -> list[ClaimRecord]:
    return sorted(records, key=lambda r: (r.article_date or "", r.file or "", r.claim))


def claim_row(r: ClaimRecord) -> dict[str, Any]:
    """A claim as people read it: status, figures, dates, where it was read and the sentence."""
    return {"status": r.status, "quantity": quantity_text(r) if r.quantity is not None else None, "date": r.date,
            "published": r.article_date, "article": r.file or r.article, "source": r.origin,
            "evidence": r.evidence, "claim": r.claim}


def _check_company(kg: KGStore, company: str) -> None:
    if kg.query(_KNOWN, {"wanted": Literal(company)}).askAnswer:
        return
    names = sorted({str(r[0]) for r in kg.query(_NAMES)})
    close = difflib.get_close_matches(company, names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; give a name as the graph shows it"
    raise ValueError(f"no company named {company!r} in the graph{hint}")


def corroboration_rows(kg: KGStore, company: str | None = None, *, evidence: bool = False) -> list[dict[str, Any]]:
    """One row per fact (about ``company`` when given), most corroborated first."""
    if company:
        _check_company(kg, company)
    rows = []
    for r in run_named(kg, "corroboration", {"company": company or ""}):
        rows.append({
            "subject": str(r["subjectName"]), "relation": str(r["relation"]), "object": str(r["objectName"]),
            "product": str(r["productName"]) if r["productName"] is not None else None,
            "articles": int(r["articles"]), "sources": int(r["sources"]),
            "statuses": [s for s in str(r["statuses"] or "").split(", ") if s],
            "first_seen": str(r["firstSeen"]) if r["firstSeen"] is not None else None,
            "last_seen": str(r["lastSeen"]) if r["lastSeen"] is not None else None,
            "conflict": bool(r["conflict"].toPython()),
            "conflicts": [k for k in str(r["conflicts"] or "").split(", ") if k],
            "fact": str(r["fact"])})
    if evidence:
        claims = fact_claims(kg, (row["fact"] for row in rows))
        for row in rows:
            row["evidence"] = [claim_row(c) for c in _by_date(claims.get(row["fact"], []))]
    return rows


def conflict_rows(kg: KGStore) -> list[dict[str, Any]]:
    """One row per conflict of a fact: what disagrees, and the claims on each side with their evidence."""
    facts = fact_claims(kg, (str(r[0]) for r in kg.query(_CONFLICTING)), with_siblings=True)
    newest = as_of(kg)
    names = labels(kg, {x for records in facts.values() for r in records for x in (r.subject, r.object, r.product)})
    facts_by_key = []
    for fact, records in facts.items():
        mine = [r for r in records if str(corroboration_iri(r.key)) == fact]
        facts_by_key.append((mine[0].key, fact, mine, records))
    facts_by_key.sort(key=lambda f: (f[0][:3], f[0][3] or ""))  # per statement, the fact without a product first
    found: dict[tuple[str, str, str], list[tuple[Conflict, str, Key, list[ClaimRecord]]]] = defaultdict(list)
    for key, fact, mine, records in facts_by_key:
        found[key[:3]] += [(c, fact, key, records) for c in conflicts(mine, newest, records)]
    out = []
    for items in found.values():
        kept = widest(c for c, _, _, _ in items)
        for c, fact, (s, rel, o, product), records in items:
            if not any(c is k for k in kept):
                continue
            by_claim = {r.claim: r for r in records}
            out.append({
                "subject": names.get(s, s), "relation": rel, "object": names.get(o, o),
                "product": names.get(product, product) if product else None, "conflict": c.kind, "note": c.note,
                "sides": [{"side": side, "claims": [claim_row(r) for r in _by_date(by_claim[x] for x in claims)]}
                          for side, claims in c.sides],
                "fact": fact})
    out.sort(key=lambda row: (row["subject"].casefold(), row["relation"], row["object"].casefold(),
                              row["product"] or "", row["fact"], row["conflict"]))
    return out
