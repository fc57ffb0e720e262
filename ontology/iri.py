"""The one place that mints IRIs.

Entity IRIs are readable slugs of the canonical name under a type segment
(``https://w3id.org/supplykg/id/company/huawei``). Names that differ only in case
or spacing share an IRI on purpose ("TSMC", "Tsmc": one entity). A name whose slug
loses more than that (accents, punctuation, non-Latin script: "SK-Hynix", "华为")
gets a short hash of the exact name appended, so such names never collide with
each other or with a plain name, while the common case stays readable. Claims, events and articles are keyed by content hashes,
so minting is stable across runs and machines.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

BASE = "https://w3id.org/supplykg/"
ID = BASE + "id/"
ONTOLOGY = BASE + "ontology"
ONTOLOGY_GRAPH = URIRef(ONTOLOGY)

_TYPE_SEGMENTS = {
    "company": "company",
    "product": "product",
    "government": "government",
    "article": "article",
    "claim": "claim",
    "order": "order",
    "delivery": "delivery",
    "restriction": "restriction",
    "quantity": "quantity",
    "agent": "agent",
    "corroboration": "corroboration",
    "statement": "statement",
}


def _digest(*parts: str, size: int = 12) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:size]


def slug(name: str) -> str:
    """ASCII, lower-case, hyphen-separated form of ``name`` ('' when nothing is left)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.casefold()).strip("-")


def _segment(kind: str) -> str:
    try:
        return _TYPE_SEGMENTS[kind.casefold()]
    except KeyError:
        known = ", ".join(sorted(_TYPE_SEGMENTS))
        raise ValueError(f"cannot mint an IRI for kind {kind!r}; known kinds: {known}") from None


def entity_iri(kind: str, name: str) -> URIRef:
    """IRI of a named entity (company, product, government)."""
    if not name or not name.strip():
        raise ValueError("cannot mint an IRI for an empty name")
    name = " ".join(name.split())
    s = slug(name)
    lossless = s == "-".join(name.casefold().split()) and s != ""
    if not lossless:
        s = f"{s}-{_digest(name, size=8)}" if s else _digest(name, size=8)
    return URIRef(f"{ID}{_segment(kind)}/{s}")


def content_key(text: str, source: str = "") -> str:
    """Identity of an article: a digest of its normalised text and its source."""
    norm = " ".join(text.split())
    return _digest(norm, source.strip(), size=16)


def article_iri(key: str) -> URIRef:
    return URIRef(f"{ID}article/{key}")


def node_iri(kind: str, *parts: str) -> URIRef:
    """IRI of a node that exists only inside one article (claim, order, delivery, quantity)."""
    return URIRef(f"{ID}{_segment(kind)}/{_digest(*parts, size=16)}")


def statement_iri(subject: str, relation: str, obj: str) -> URIRef:
    """IRI standing for one (subject, relation, object) statement, the same in every article.

    Every claim of a statement, and every corroboration of it (one per product), points to
    it with ``skg:statement``: one index lookup finds them all, where matching subject and
    object scanned every claim of a hub. An RDF 1.2 triple term would say the same.
    """
    return node_iri("statement", str(subject), relation, str(obj))


def agent_iri(name: str, version: str) -> URIRef:
    return URIRef(f"{ID}agent/{slug(name)}-{slug(version)}")
