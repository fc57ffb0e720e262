"""The records that flow through supplykg: an article read from disk and a fact extracted from it.

Both are frozen dataclasses. :meth:`Fact.to_json` is the JSON Lines contract of
``supplykg extract`` (the keys ``../shared/eval/score.py`` reads); the store maps
the same record to RDF in :mod:`supplykg.graph.rdf`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from supplykg.ontology.iri import entity_iri

RELATIONS = ("supplies", "ordered", "delivered", "manufactures", "parent_of", "uses", "restricts_export")
STATUSES = ("asserted", "planned", "rumoured", "denied")
QUALIFIERS = ("exact", "more_than", "fewer_than", "about")
ENTITY_TYPES = ("Company", "Product", "Government")

# Which kind of entity each relation expects on each side.
SIGNATURES: dict[str, tuple[str, str]] = {
    "supplies": ("Company", "Company"),
    "ordered": ("Company", "Product"),
    "delivered": ("Company", "Company"),
    "manufactures": ("Company", "Product"),
    "parent_of": ("Company", "Company"),
    "uses": ("Company", "Product"),
    "restricts_export": ("Government", "Product"),
}


@dataclass(frozen=True)
class Article:
    """One article's text and what is known about it.

    ``id`` names the article in facts (the file name, or the ``id``/``url`` of a JSON
    Lines record). ``text`` is the text as read (markup removed), and every offset in
    a fact points into it. ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` or None.
    ``input_name`` is how the input names it, the same way across builds: its file's path relative
    to the working folder (absolute outside it), or the ``id`` or ``url`` of its JSON Lines
    record. With the source, it tells an edited article's earlier version from an unrelated
    article that merely shares a file name; None when nothing names it (standard input).
    """

    id: str
    text: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    path: str | None = None
    input_name: str | None = None

    @property
    def key(self) -> str:
        """Identity of the article: its content and source, so re-ingesting it is a no-op."""
        from supplykg.ontology.iri import content_key

        return content_key(self.text, self.source or self.url or "")


@dataclass(frozen=True)
class Fact:
    """One subject–relation–object fact with its qualifiers and evidence."""

    article: str
    subject: str
    subject_type: str
    relation: str
    object: str
    object_type: str
    evidence: str
    start: int
    end: int
    status: str = "asserted"
    confidence: float = 0.5
    product: str | None = None
    supplier: str | None = None
    quantity: int | None = None
    quantity_qualifier: str | None = None
    value: str | None = None
    value_amount: float | None = None
    currency: str | None = None
    value_qualifier: str | None = None
    date: str | None = None
    extractor: str = "supplykg"
    lang: str | None = None
    rule: str | None = None  # the id of the grammar rule that made the fact

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}; expected one of {', '.join(RELATIONS)}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {', '.join(STATUSES)}")
        if self.quantity_qualifier is not None and self.quantity_qualifier not in QUALIFIERS:
            raise ValueError(f"unknown quantity qualifier {self.quantity_qualifier!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must lie in [0, 1], got {self.confidence}")

    @property
    def subject_iri(self) -> str:
        return str(entity_iri(self.subject_type, self.subject))

    @property
    def object_iri(self) -> str:
        return str(entity_iri(self.object_type, self.object))

    @property
    def confidence_decimal(self) -> Decimal:
        return Decimal(str(round(self.confidence, 3)))

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines record (a stable contract: keys are only ever added)."""
        out: dict[str, Any] = {
            "article": self.article,
            "subject": self.subject,
            "subject_type": self.subject_type,
            "relation": self.relation,
            "object": self.object,
            "object_type": self.object_type,
            "product": self.product,
            "supplier": self.supplier,
            "quantity": self.quantity,
            "quantity_qualifier": self.quantity_qualifier,
            "value": self.value,
            "value_qualifier": self.value_qualifier,
            "currency": self.currency,
            "date": self.date,
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "subject_iri": self.subject_iri,
            "object_iri": self.object_iri,
            "extractor": self.extractor,
            "rule": self.rule,
        }
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fact:
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})

    def asdict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Skip:
    """An input that was not read, and why (one line a user can act on)."""

    path: str
    reason: str
    fatal: bool = field(default=True)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
