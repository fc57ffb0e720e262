"""The curated lexicons' identifiers, as the graph links them: Wikidata items, countries, tickers, LEIs.

Reads ``companies.jsonl``, ``governments.jsonl`` and ``products.jsonl`` from the
``supplykg.extract.data`` package (``product_families.jsonl``, keyed by ``family``, when
there is no ``products.jsonl``). Every key but ``name`` may be absent: a lexicon that
has no ``wikidata`` column yet links nothing and breaks nothing. An entity is linked
when its canonical name, as the extractor writes it, is the lexicon's ``name``; names no
lexicon knows keep only our IRIs.

In the graph (see :func:`identity_triples`): ``owl:sameAs`` the Wikidata item
(``http://www.wikidata.org/entity/Q…``), ``schema:addressCountry`` an ISO 3166-1 alpha-2
code, ``schema:tickerSymbol`` the exchange and symbol separated by a space (schema.org's
form; the lexicon writes ``NASDAQ:NVDA``) and ``schema:leiCode`` an ISO 17442 LEI.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SDO

DATA_PACKAGE = "supplykg.extract.data"
WIKIDATA = "http://www.wikidata.org/entity/"
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
TICKER = re.compile(r"([A-Z]{2,10}):([A-Z0-9][A-Z0-9.\-]{0,11})")
LEI = re.compile(r"[A-Z0-9]{18}[0-9]{2}")
# (lexicon file, entity kind, the key holding the canonical name)
FILES: tuple[tuple[str, str, str], ...] = (
    ("companies.jsonl", "Company", "name"),
    ("governments.jsonl", "Government", "name"),
    ("products.jsonl", "Product", "name"),
    ("product_families.jsonl", "Product", "family"),  # the older products file
)

#: ISO 3166-1 alpha-2 codes of the countries the lexicons name (English short names, as in
#: governments.jsonl). A test fails when a company's country is missing here.
COUNTRY_CODES: dict[str, str] = {
    "Australia": "AU", "Austria": "AT", "Belgium": "BE", "Brazil": "BR", "Canada": "CA", "China": "CN",
    "Costa Rica": "CR", "Czech Republic": "CZ", "Denmark": "DK", "Finland": "FI", "France": "FR", "Germany": "DE",
    "Hong Kong": "HK", "Hungary": "HU", "India": "IN", "Indonesia": "ID", "Iran": "IR", "Ireland": "IE",
    "Israel": "IL", "Italy": "IT", "Japan": "JP", "Kenya": "KE", "Malaysia": "MY", "Mexico": "MX", "Netherlands": "NL",
    "North Korea": "KP", "Norway": "NO", "Philippines": "PH", "Poland": "PL", "Qatar": "QA", "Russia": "RU",
    "Saudi Arabia": "SA", "Singapore": "SG", "South Africa": "ZA", "South Korea": "KR", "Spain": "ES", "Sweden": "SE",
    "Switzerland": "CH", "Taiwan": "TW", "Thailand": "TH", "Turkey": "TR", "Ukraine": "UA",
    "United Arab Emirates": "AE", "United Kingdom": "GB", "United States": "US", "Vietnam": "VN",
}


class LexiconError(ValueError):
    """A lexicon line is not valid JSON, or an identifier in it has the wrong form."""


@dataclass(frozen=True)
class Identity:
    """What the lexicons say identifies one entity."""

    kind: str  # Company, Government or Product
    name: str
    wikidata: str | None = None  # Q-id
    country: str | None = None  # English short name
    ticker: str | None = None  # EXCHANGE:SYMBOL
    lei: str | None = None

    @property
    def wikidata_iri(self) -> URIRef | None:
        return URIRef(WIKIDATA + self.wikidata) if self.wikidata else None

    @property
    def country_code(self) -> str | None:
        return COUNTRY_CODES.get(self.country) if self.country else None


def _rows(name: str) -> Iterator[dict]:
    try:
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{name}:{number} is not valid JSON ({exc.msg}); fix the line") from None
        if isinstance(row, dict):
            yield row


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


@cache
def identities() -> dict[tuple[str, str], Identity]:
    """(kind, canonical name) -> :class:`Identity`, for every lexicon entry; read once per process."""
    out: dict[tuple[str, str], Identity] = {}
    seen_products = False
    for file, kind, key in FILES:
        if kind == "Product" and key == "family" and seen_products:
            continue
        for row in _rows(file):
            name = _text(row.get(key))
            if not name:
                continue
            seen_products |= kind == "Product"
            out.setdefault((kind, name), Identity(
                kind=kind, name=name, wikidata=_text(row.get("wikidata")), country=_text(row.get("country")),
                ticker=_text(row.get("ticker")), lei=_text(row.get("lei"))))
    return out


def identity(kind: str, name: str) -> Identity | None:
    """The lexicon's identity of the entity ``kind`` named ``name`` exactly, or None."""
    return identities().get((kind, name))


def problems(entry: Identity) -> list[str]:
    """What is wrong with an entry's identifiers (empty when every one has its form)."""
    out = []
    if entry.wikidata is not None and not WIKIDATA_ID.fullmatch(entry.wikidata):
        out.append(f"wikidata {entry.wikidata!r} is not a Q-id (Q followed by digits)")
    if entry.ticker is not None and not TICKER.fullmatch(entry.ticker):
        out.append(f"ticker {entry.ticker!r} is not EXCHANGE:SYMBOL")
    if entry.lei is not None and not valid_lei(entry.lei):
        out.append(f"LEI {entry.lei!r} is not 20 characters with ISO 17442 check digits")
    if entry.kind == "Company" and entry.country is not None and entry.country not in COUNTRY_CODES:
        out.append(f"country {entry.country!r} has no ISO code in graph/lexicon.py COUNTRY_CODES")
    return out


def valid_lei(lei: str) -> bool:
    """ISO 17442: 18 characters, then two check digits that make the whole, read base 36, 1 modulo 97."""
    if not LEI.fullmatch(lei):
        return False
    return int("".join(str(int(c, 36)) for c in lei)) % 97 == 1


def identity_triples(kind: str, name: str, iri: URIRef) -> Iterator[tuple]:
    """The identifier triples of an entity the lexicons know (nothing for one they do not)."""
    entry = identity(kind, name)
    if entry is None:
        return
    if entry.wikidata_iri is not None:
        yield iri, OWL.sameAs, entry.wikidata_iri
    if entry.country_code:
        yield iri, SDO.addressCountry, Literal(entry.country_code)
    if entry.ticker:
        exchange, _, symbol = entry.ticker.partition(":")
        yield iri, SDO.tickerSymbol, Literal(f"{exchange} {symbol}")
    if entry.lei:
        yield iri, SDO.leiCode, Literal(entry.lei)
