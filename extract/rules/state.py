"""What the rule extractor holds while it reads: clauses, sentences and the article's memory."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from supplykg.extract.lang import LanguageData
from supplykg.extract.mentions import EntityRegistry, Mention
from supplykg.extract.model import Article, Fact

NAME = "supplykg-rules"
STATUS_RANK = {"asserted": 3, "planned": 2, "rumoured": 1, "denied": 0}
COORD = re.compile(r"^[\s,]*(?:(?:et|and|&|ainsi que|as well as|or|ou)\s*)?(?:(?:à|au|aux|to|de|from)\s+)?"
                   r"(?:(?:the|les|la|le|l')\s*)?[\s,]*$",
                   re.IGNORECASE)  # "à Meta et à Oracle" coordinates like "Meta and Oracle"
DETS = r"(?:(?:the|le|la|les|l'|un|une|a|an|son|sa|ses|its|their|leur|leurs)\s*)?"


@dataclass
class Clause:
    start: int
    end: int
    index: int
    subject: list[Mention] = field(default_factory=list)
    relative: bool = False  # opened by "qui", "which": its subject is the noun before it
    host: int | None = None  # index of the clause a relative interrupted, for the clause after it


@dataclass
class Sentence:
    start: int
    end: int
    doc: object
    mentions: list[Mention]
    clauses: list[Clause]

    def tokens_between(self, a: int, b: int):
        return [t for t in self.doc if a <= self.start + t.idx < b]

    def token_at(self, pos: int):
        for t in self.doc:
            if self.start + t.idx <= pos < self.start + t.idx + len(t.text):
                return t
        return None


class ArticleState:  # noqa: D101
    """What the extractor remembers while reading one article."""

    def __init__(self, article: Article, lang: LanguageData) -> None:
        self.article = article
        self.lang = lang
        self.registry = EntityRegistry()
        self.salience: dict[str, float] = {}  # company -> recency-weighted mentions (subjects count double)
        self.makers: dict[str, str] = {}  # product -> company presented as its maker
        self.facts: list[Fact] = []
        self.sentence_facts: list[list[int]] = []
        self.last_order: tuple | None = None
        self.last_product: str | None = None  # the last product named, for 'the systems', 'ces machines'
        self.last_gov: str | None = None  # the last government named, for 'the new rules'
        self.last_system: str | None = None  # the last server, machine or tool named, for 'the systems'
        self.last_chip: str | None = None  # the last chip named (not a server or a machine), for 'the chips', 'ces puces'
        self.last_subject: str | None = None  # the previous sentence's grammatical subject, if a company
        self.counterparty: dict[str, str] = {}  # company -> the other party of its latest supply fact
        self.pending_denial = False

    @property
    def focus(self) -> str | None:
        """The company the article is talking about: what a pronoun or 'the company' most likely means."""
        return max(self.salience, key=self.salience.get) if self.salience else None


