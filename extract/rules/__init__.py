"""The rule-based extractor: trigger words, clause structure and dependency roles.

For each sentence it finds the mentions (companies, products, governments), the
trigger words of the language package (``lang/<code>/triggers.jsonl``: verbs such
as "commander", "ship", nouns such as "client", "supplier", "filiale"), cuts the
sentence into clauses, and fills each trigger's roles from the clause: the
subject group before it (with coordination: "ByteDance, Alibaba et Tencent"),
what follows it ("from X", "à X", "de X", "X's P"), or, when the clause has no
subject, a pronoun or description resolved against the article. Possessive and
genitive constructions ("la puce H20 de Nvidia", "Nvidia's H20") give
``manufactures``; an order or delivery with a known seller also gives
``supplies``, as the annotation guidelines ask.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator

from supplykg.extract.base import register
from supplykg.extract.lang import get_language
from supplykg.extract.lexicon import Lexicon, get_lexicon
from supplykg.extract.mentions import Mention, find_mentions
from supplykg.extract.model import Article, Fact
from supplykg.extract.normalize import normalize
from supplykg.extract.pipeline import load_pipeline
from supplykg.extract.rules.exports import Exports
from supplykg.extract.rules.facts import Facts, merge
from supplykg.extract.rules.making import Making
from supplykg.extract.rules.ownership import Ownership
from supplykg.extract.rules.products import Products
from supplykg.extract.rules.reading import Reading
from supplykg.extract.rules.roles import Roles
from supplykg.extract.rules.state import NAME, ArticleState, Sentence
from supplykg.extract.rules.trade import Trade
from supplykg.extract.sentences import split_sentences

log = logging.getLogger(__name__)

__all__ = ["NAME", "RuleExtractor"]


class RuleExtractor(Reading, Roles, Products, Facts, Trade, Ownership, Making, Exports):
    """Extractor of supply-chain facts for one language (see module docstring)."""

    name = NAME

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.data = get_language(lang)
        self.lex: Lexicon = get_lexicon()
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_pipeline(self.lang)
        return self._nlp

    # ------------------------------------------------------------------ driver
    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
        for article in articles:
            yield article, self.extract_one(article)

    def extract_one(self, article: Article) -> list[Fact]:
        text = normalize(article.text)
        spans = list(split_sentences(text, frozenset(self.data.cue("abbreviations"))))
        docs = self.nlp.pipe((text[s:e] for s, e in spans), batch_size=64)
        state = ArticleState(article, self.data)
        for (s, e), doc in zip(spans, docs):
            try:
                self._sentence(state, text, s, e, doc)
            except Exception as err:  # one odd sentence must not cost the article; logged with its place
                log.warning("%s: sentence at characters %d-%d skipped (%s: %s)", article.id, s, e,
                            type(err).__name__, err)
                log.debug("extractor error", exc_info=True)
        return merge(state.facts)

    # --------------------------------------------------------------- sentence
    def _sentence(self, st: ArticleState, text: str, s: int, e: int, doc) -> None:
        mentions = find_mentions(text, s, e, doc, self.lex, tuple(self.data.cue("company_nouns")),
                                 tuple(self.data.cue("list_introducers")))
        mentions = [m for m in mentions if not self._is_noise(m)]
        mentions = self._known_again(st, text, s, e, mentions)
        for m in mentions:
            if m.kind == "Product" and re.search(r"\b(?:puces?|chips?|GPUs?|processeurs?|processors?)\s+$",
                                                 text[max(s, m.start - 12):m.start], re.IGNORECASE):
                m.extra["chip"] = True  # "puces GB200" is the chip, not the "GB200 NVL72" rack named before
            m.name = st.registry.canonical(m)
        sent = Sentence(s, e, doc, mentions, self._clauses(text, s, e))
        first_fact = len(st.facts)
        self._parents(st, text, sent)
        self._descriptions(st, text, sent)
        for t in doc:
            for kind in self._kinds(t):
                handler = getattr(self, f"_on_{kind}", None)
                if handler is not None:
                    handler(st, text, sent, t)
        self._genitive_makers(st, text, sent)
        self._denials(st, text, sent)
        st.sentence_facts.append(list(range(first_fact, len(st.facts))))
        self._update_focus(st, sent)
        subject = self._sentence_subject(sent)
        st.last_subject = subject.name if subject is not None else None
        acting = [m.name for m in sent.mentions if m.kind == "Government" and (tok := sent.token_at(m.start)) is not None
                  and tok.dep_.startswith("nsubj")]  # 'to China' is a target, 'Washington said' an actor
        st.last_gov = acting[-1] if acting else st.last_gov
        named = [m for m in sent.mentions if m.kind == "Product" and m.source != "coreference"]
        if named:
            st.last_product = named[-1].name
        system_words = r"serveurs?|servers?|systems?|systèmes?|racks?|machines?|tools?|outils?|scanners?|baies|platforms?"
        systems = [m for m in named if re.search(r"\b(?:" + system_words + r")\b", text[max(s, m.start - 20):m.start], re.I)
                   or re.match(r"\s*(?:" + system_words + r")\b", text[m.end:m.end + 12], re.I)]
        chips = [m for m in named if m not in systems]
        if chips:
            st.last_chip = chips[-1].name
        if systems:
            st.last_system = systems[-1].name

    @staticmethod
    def _known_again(st: ArticleState, text: str, s: int, e: int, mentions: list[Mention]) -> list[Mention]:
        """Companies found earlier in the article by NER, shape or role are recognised wherever they recur,
        even where the statistical model misses them ('Naura Technology' ... 'Naura, which sells ...')."""
        names = [n for n in set(st.registry.names.values()) if len(n) >= 3 and n[0].isupper()]
        if not names:
            return mentions
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        out = list(mentions)
        for m in re.finditer(r"(?<![\w-])(?:" + alt + r")(?![\w-])", text[s:e]):
            a, b = s + m.start(), s + m.end()
            if not any(x.start < b and a < x.end for x in out):
                out.append(Mention(a, b, m.group(0), m.group(0), "Company", source="article"))
        return sorted(out, key=lambda x: x.start)

    @staticmethod
    def _is_noise(m: Mention) -> bool:
        """Two- or three-letter capitals that only NER calls an organisation ('IA', 'GPU', 'CEO') are
        acronyms, not companies; the lexicon names the short companies that exist (AMD, ASE, H3C)."""
        return m.kind == "Company" and m.source == "ner" and bool(re.fullmatch(r"[A-Z]{2,3}", m.text))


@register(NAME)
def _factory(lang: str) -> RuleExtractor:
    return RuleExtractor(lang)
