"""The built-in extractor: an article in, facts out, in five layers.

1. **Reading**: normalise the text without moving a character (:mod:`normalize`), split it
   into sentences (:mod:`sentences`), parse them with spaCy (:mod:`pipeline`).
2. **Mentions**: names of companies, governments, sources, people and products
   (:mod:`mentions`, :mod:`products`), from the lexicon, shapes and NER.
3. **Entities**: one entity per thing across the article; groups, pronouns, descriptions
   and product anaphora resolved against what the article said before (:mod:`entities`).
4. **Frames**: the language's grammar (``lang/<code>/grammar.jsonl``) run by one engine
   (:mod:`grammar`, :mod:`engine`).
5. **Facts**: role checks, direction, qualifiers and the guidelines' implications
   (:mod:`frames`), then one fact per article and key. Within each sentence, after the frames,
   the pair model (:mod:`pairs`) reads supplies between companies the rules left alone.

Registered as ``supplykg-rules``; see :mod:`supplykg.extract.base` for the interface.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from supplykg.extract.base import register
from supplykg.extract.engine import Engine
from supplykg.extract.entities import Discourse, Refs
from supplykg.extract.frames import NAME, FactBuilder, merge
from supplykg.extract.grammar import load_grammar
from supplykg.extract.lang import get_language
from supplykg.extract.lexicon import Lexicon, get_lexicon
from supplykg.extract.mentions import (
    COMPANY,
    PRODUCT,
    Mention,
    MentionFinder,
    backs_next,
)
from supplykg.extract.model import Article, Fact
from supplykg.extract.normalize import normalize
from supplykg.extract.pairs import pair_layer
from supplykg.extract.parsing import ArticleDoc, Parsed, mark_sentences, mask, to_masked
from supplykg.extract.pipeline import load_pipeline
from supplykg.extract.repair import repair
from supplykg.extract.sentences import split_sentences

log = logging.getLogger(__name__)

# a capitalised name between quotes ('« ST-Ericsson » va fournir Nokia', normalised to '"'): the parser takes it
# for a title and loses the clause's subject, so the quotes are kept from it (the text, and every offset, stay as
# written). Quotes that touch a letter or a digit outside ('said "no" Nvidia', '14" MacBook') are not a pair.
_QUOTED_NAME = re.compile(r"(?<![\w\"])\"[ \u00a0\u202f]?([A-Z][\w&.'’-]*(?:[ ][A-Z0-9][\w&.'’-]*){0,2})"
                          r"[ \u00a0\u202f]?\"(?![\w\"])")
# 'Le « fondeur », ainsi que l'on appelle ...': one word in scare quotes, read without them (the quotes broke the parse)
_QUOTED_WORD = re.compile(r"(?<![\w\"])\"[ \u00a0\u202f]?([a-zà-ÿ][\w'’-]*)[ \u00a0\u202f]?\"(?![\w\"])")
# 'CMOS image sensor (CIS) orders', 'power amplifier (PA) supplier': a term's abbreviation inside a noun phrase
_ABBREVIATION_INSIDE = re.compile(r"(?<=[a-z]) \([A-Z][A-Z0-9]{1,5}\)(?= [a-z])")
# 'décroche un (gros) contrat', 'a (huge) order': a word or two in brackets inside a noun phrase, which the parser
# takes for a phrase of its own; read without it
_ASIDE_INSIDE = re.compile(r"(?<=[a-zà-ÿ]) \((?:[a-zà-ÿ]{2,12})(?: [a-zà-ÿ]{2,12})?\)(?= [a-zà-ÿ])")
# A run of blanks inside a line, as ticker debris leaves it ('CATL <300750.SZ> said' -> 'CATL             said'):
# spaCy makes it a token of its own, which the parser attaches somewhere; it is read as one space.
_BLANK_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_BATCH = 32  # articles per spaCy batch: larger batches keep the network busy; 32 is what bare spaCy is measured with


@dataclass
class _Prepared:
    """An article read and masked, its Doc tokenised with our sentence starts, waiting for the parser."""

    article: Article
    text: str
    spans: list[tuple[int, int]]
    hits: list[Mention]
    segments: list
    doc: object
    masked: str  # the Doc's text, kept: spaCy rebuilds Doc.text token by token on every read

__all__ = ["NAME", "RuleExtractor"]


class RuleExtractor:
    """Extractor of supply-chain facts for one language (see the module docstring)."""

    name = NAME

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.data = get_language(lang)
        self.lex: Lexicon = get_lexicon()
        self.finder = MentionFinder(self.lex, self.data)
        self.engine = Engine(load_grammar(lang), self.data)
        self.pairs = pair_layer(lang, self.engine.grammar.rules)
        self.abbreviations = frozenset(self.data.cue("abbreviations"))
        self.closing_abbreviations = frozenset(self.data.cue("closing_abbreviations"))
        self.sentence_openers = frozenset(self.data.cue("sentence_openers"))
        self.placeholders = self.data.cue("placeholders")
        self.rewrites = self.data.cue("rewrites")
        # 'According to a Taipei daily, orders for ...': the parser takes the attribution for the
        # subject; it is read by the layers, but not parsed ('En effet, selon le FT, ...': after a connective too)
        openers = "|".join(re.escape(o) for o in sorted(self.data.cue("attribution_openers"), key=len, reverse=True))
        links = "|".join(re.escape(o) for o in sorted(self.data.cue("sentence_connectives"), key=len, reverse=True))
        self.attribution = re.compile(r"[\"«“]?\s*(?:(?i:" + links + r"),?\s+)?((?i:" + openers
                                      + r")\s+[^,.;:!?\n]{2,60},\s+)(?=\S)")
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_pipeline(self.lang)
        return self._nlp

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
        """Facts of each article, in input order. Articles are parsed in batches, one spaCy ``Doc`` per article
        with the sentence boundaries of our splitter, which the parser keeps."""
        prepared = (self._prepare(a) for a in articles)
        batch: list[_Prepared] = []
        for item in prepared:
            batch.append(item)
            if len(batch) >= _BATCH:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def extract_one(self, article: Article) -> list[Fact]:
        return next(self._run([self._prepare(article)]))[1]

    def _prepare(self, article: Article) -> _Prepared:
        text = normalize(article.text)
        spans = list(split_sentences(text, self.abbreviations, self.closing_abbreviations, self.sentence_openers))
        hits = self.finder.article_hits(text)
        hits += self.finder.opening_names(text, spans, hits, self.nlp.vocab)
        hits += self.finder.tailed_names(text, spans, hits, self.nlp.vocab)
        hits += self.finder.introduced_names(text, spans, hits)
        hits += self.finder.short_names(text, hits)
        drops = [m.span(1) for s, e in spans if (m := self.attribution.match(text, s, e))]
        drops += [d for m in (*_QUOTED_NAME.finditer(text), *_QUOTED_WORD.finditer(text))
                  for d in ((m.start(), m.start(1)), (m.end(1), m.end()))]
        backers = [(h, b) for h in hits if h.kind == COMPANY and (b := backs_next(text, h.start, h.end, self.data)) is not None]
        hits = [h for h in hits if all(h is not x for x, _ in backers)]
        drops += [(h.start, b) for h, b in backers]  # 'for SoftBank (TYO:9984) backed Orvane': parsed as 'for Orvane'
        drops += [m.span() for m in _ASIDE_INSIDE.finditer(text)]
        drops += [(m.start() + 1, m.end()) for m in _BLANK_RUN.finditer(text)]
        drops += [m.span() for m in _ABBREVIATION_INSIDE.finditer(text)  # the parser reads the phrase without it
                  if not any(h.start < m.end() and m.start() < h.end for h in hits)
                  and not self.finder.names_a_company(text, m.start())]
        masked, segments = mask(text, 0, len(text), hits, self.placeholders, self.rewrites, drops)
        doc = self.nlp.make_doc(masked)
        mark_sentences(doc, [to_masked(segments, s) for s, _ in spans])
        return _Prepared(article, text, spans, hits, segments, doc, masked)

    def _run(self, batch: list[_Prepared]) -> Iterator[tuple[Article, list[Fact]]]:
        docs = self.nlp.pipe((b.doc for b in batch), batch_size=_BATCH)
        for item, doc in zip(batch, docs):
            yield item.article, self._facts(item, doc)

    def _facts(self, item: _Prepared, doc) -> list[Fact]:
        article, text, hits = item.article, item.text, item.hits
        disc = Discourse(self.lex, self.data)
        disc.ahead = [(m.start, m.name) for m in hits if m.kind == COMPANY]
        builder = FactBuilder(article, text, self.data, disc, self.engine, self.pairs)
        repair(doc, self.data)
        whole = ArticleDoc(doc, item.segments, item.masked)
        for i, (s, e) in enumerate(item.spans):
            try:
                p = Parsed.sentence_of(whole, item.segments, s, e, text)
                self._sentence(p, hits, disc, builder, i)
            except Exception as err:  # one odd sentence must not cost the article; logged with its place
                log.warning("%s: sentence at characters %d-%d skipped (%s: %s)", article.id, s, e,
                            type(err).__name__, err)
                log.debug("extractor error", exc_info=True)
                disc.sentence = i + 1
        builder.specify()
        builder.refine_orders()
        return merge(builder.facts, builder.told)

    def _sentence(self, p: Parsed, hits: list[Mention], disc: Discourse, builder: FactBuilder, i: int) -> None:
        disc.begin()
        mentions = self.finder.sentence(p, hits + self._known_again(p.text, p.start, p.end, disc, hits))
        refs = Refs(p, mentions, disc, self.data)
        frames = self.engine.frames(refs, i)
        builder.sentence(frames, refs, p.start, p.end)
        compared = refs.compared()
        named = [e for e in refs.named_in_order() if e not in compared]
        disc.end(refs.main_subject(), named, refs.groups())

    @staticmethod
    def _known_again(text: str, s: int, e: int, disc: Discourse, hits: list[Mention]) -> list[Mention]:
        """Companies found earlier by NER, shape or role are recognised wherever they recur
        ('Naura Technology' ... 'Naura, which sells ...'), and so are products named by their own name beside a
        product noun ('its Orvex 7 chip' ... 'Samsung will make the Orvex 7')."""
        kinds = {x.name: (COMPANY, None) for x in disc.companies()
                 if x.info is None and len(x.name) >= 3 and x.name[0].isupper()}
        firms = {w for x in disc.companies() for w in (x.name, x.name.split()[0])}
        for x in disc.products:
            if not x.generic and len(x.name) >= 3 and x.name[0].isupper() and disc.lex.product(x.name) is None \
                    and disc.lex.company(x.name) is None and x.name not in firms:  # a headline's 'Norsilica Chip'
                kinds.setdefault(x.name, (PRODUCT, x))
        if not kinds:
            return []
        alt = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
        out = []
        for m in re.finditer(r"(?<![\w-])(?:" + alt + r")(?![\w-])", text[s:e]):
            a, b = s + m.start(), s + m.end()
            if not any(h.start < b and a < h.end for h in hits):
                kind, product = kinds[m.group(0)]
                out.append(Mention(a, b, m.group(0), m.group(0), kind, source="article",
                                   maker=product.maker if product else None, ptype=product.ptype if product else None))
        return out


@register(NAME)
def _factory(lang: str) -> RuleExtractor:
    return RuleExtractor(lang)
