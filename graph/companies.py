"""The company list: every company of the graph with its identifiers and how much the articles say about it.

One CSV row per company (``supplykg export --format companies-csv``): our IRI, its name,
the identifiers the curated lexicons give it (country as ISO 3166-1 alpha-2, ticker,
LEI, Wikidata Q-id; empty for a company no lexicon knows, which keeps only our IRI), and
the number of claims and of articles that name it as subject or object.
"""
from __future__ import annotations

import csv
import io

from supplykg.graph.lexicon import WIKIDATA
from supplykg.graph.store import KGStore

COLUMNS: tuple[str, ...] = ("iri", "name", "country", "ticker", "lei", "wikidata", "facts", "articles")

_COMPANIES = """SELECT ?c (MIN(?label) AS ?name) (MIN(?cc) AS ?country) (MIN(?t) AS ?ticker) (MIN(?l) AS ?lei)
       (MIN(STR(?same)) AS ?item) WHERE {
  ?c a skg:Company ; rdfs:label ?label .
  OPTIONAL { ?c schema:addressCountry ?cc }
  OPTIONAL { ?c schema:tickerSymbol ?t }
  OPTIONAL { ?c schema:leiCode ?l }
  OPTIONAL { ?c owl:sameAs ?same . FILTER(STRSTARTS(STR(?same), "%s")) }
} GROUP BY ?c""" % WIKIDATA
_COUNTS = """SELECT ?c (COUNT(DISTINCT ?claim) AS ?facts) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
  ?claim skg:status ?status ; prov:wasDerivedFrom ?a .
  { ?claim rdf:subject ?c } UNION { ?claim rdf:object ?c }
} GROUP BY ?c"""


def company_rows(store: KGStore) -> list[dict[str, str]]:
    """One dict per company (keys :data:`COLUMNS`), sorted by name then IRI."""
    counts = {str(r[0]): (int(r[1]), int(r[2])) for r in store.query(_COUNTS)}
    rows = []
    for r in store.query(_COMPANIES):
        iri = str(r[0])
        item = str(r[5]) if r[5] is not None else ""
        facts, articles = counts.get(iri, (0, 0))
        rows.append({"iri": iri, "name": str(r[1]), "country": str(r[2] or ""),
                     "ticker": str(r[3] or "").replace(" ", ":", 1), "lei": str(r[4] or ""),
                     "wikidata": item[len(WIKIDATA):] if item.startswith(WIKIDATA) else item,
                     "facts": str(facts), "articles": str(articles)})
    rows.sort(key=lambda row: (row["name"].casefold(), row["iri"]))
    return rows


def companies_csv(store: KGStore) -> str:
    """The company list as CSV (RFC 4180, a header line first)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(company_rows(store))
    return buf.getvalue()
