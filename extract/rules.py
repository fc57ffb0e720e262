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
from dataclasses import dataclass, field, replace

from supplykg.extract.base import register
from supplykg.extract.lang import LanguageData, get_language
from supplykg.extract.lexicon import Lexicon, fold, get_lexicon
from supplykg.extract.mentions import EntityRegistry, Mention, find_mentions
from supplykg.extract.model import Article, Fact
from supplykg.extract.normalize import normalize
from supplykg.extract.pipeline import load_pipeline
from supplykg.extract.qualifiers import find_date, find_money, find_quantities, find_status
from supplykg.extract.sentences import split_sentences

log = logging.getLogger(__name__)

NAME = "supplykg-rules"
_STATUS_RANK = {"asserted": 3, "planned": 2, "rumoured": 1, "denied": 0}
_COORD = re.compile(r"^[\s,]*(?:(?:et|and|&|ainsi que|as well as|or|ou)\s*)?[\s,]*$", re.IGNORECASE)
_DETS = r"(?:(?:the|le|la|les|l'|un|une|a|an|son|sa|ses|its|their|leur|leurs)\s*)?"


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
        self.last_subject: str | None = None  # the previous sentence's grammatical subject, if a company
        self.counterparty: dict[str, str] = {}  # company -> the other party of its latest supply fact
        self.pending_denial = False

    @property
    def focus(self) -> str | None:
        """The company the article is talking about: what a pronoun or 'the company' most likely means."""
        return max(self.salience, key=self.salience.get) if self.salience else None


class RuleExtractor:
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
            except Exception:  # one odd sentence must not cost the article; logged with its place
                log.exception("%s: sentence at %d-%d skipped after an extractor error", article.id, s, e)
        return _merge(state.facts)

    # --------------------------------------------------------------- sentence
    def _sentence(self, st: ArticleState, text: str, s: int, e: int, doc) -> None:
        mentions = find_mentions(text, s, e, doc, self.lex)
        mentions = [m for m in mentions if not self._is_noise(m, text)]
        for m in mentions:
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

    def _is_noise(self, m: Mention, text: str) -> bool:
        if m.kind == "Company" and m.source != "lexicon":
            # an organisation name directly followed by a model code is a brand, the code is the product
            return bool(re.match(r"[A-Z]{2,}$", m.text) and len(m.text) <= 3 and m.source == "ner")
        return False

    def _kinds(self, t) -> list[str]:
        lemma = t.lemma_.casefold()
        kinds: list[str] = []
        if t.pos_ in ("VERB", "AUX") or (t.pos_ in ("NOUN", "ADJ") and t.tag_.startswith("VB")):
            kinds += self.data.verb_triggers.get(lemma, [])
        elif (self.lang == "en" and t.pos_ == "NOUN" and t.lower_.endswith("s") and 0 < t.i < len(t.doc) - 1
              and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i + 1].pos_ in ("PROPN", "NUM", "DET", "NOUN")):
            kinds += self.data.verb_triggers.get(t.lower_[:-1], [])  # "Nvidia sources HBM3E": a verb tagged as a noun
        if not kinds and t.pos_ in ("VERB", "AUX", "ADJ", "PROPN") and self.lang == "fr":
            kinds += self._stem_kinds(t.lower_)
        if t.pos_ in ("NOUN", "PROPN") or (self.lang == "fr" and t.pos_ in ("ADV", "ADJ") and lemma in self.data.noun_triggers):
            kinds += [f"{k}_noun" for k in self.data.noun_triggers.get(lemma, [])]
            if lemma.endswith("s") and not kinds:
                kinds += [f"{k}_noun" for k in self.data.noun_triggers.get(lemma[:-1], [])]
        if not kinds and t.pos_ not in ("DET", "ADP", "PRON", "PUNCT"):
            # the small models tag some nouns as verbs ('sous-traitant' as a participle)
            surface = t.lower_
            kinds += [f"{k}_noun" for k in self.data.noun_triggers.get(surface, [])
                      or self.data.noun_triggers.get(surface[:-1] if surface.endswith("s") else "", [])]
        return kinds

    def _stem_kinds(self, word: str) -> list[str]:
        """The small French model mis-tags some verbs ('utilise' as an adjective, lemma 'utilis'):
        match the inflected form against the stems of the verb triggers."""
        for lemma, kinds in self.data.verb_triggers.items():
            if " " in lemma or len(lemma) < 5:
                continue
            stem = lemma[:-2] if lemma.endswith(("er", "ir", "re")) else lemma
            if word.startswith(stem) and len(word) - len(stem) <= 5 and re.fullmatch(
                    r"(?:e|es|ent|é|ée|és|ées|ait|aient|ais|era|eront|erait|eraient|ant|it|is|issent|issait|"
                    r"issaient|ira|iront|irait|iraient|i|ie|ies|ons|ez|e?ra|u|ue|us|ues)?", word[len(stem):]):
                return list(kinds)
        return []

    def _clauses(self, text: str, s: int, e: int) -> list[Clause]:
        low = text[s:e].casefold()
        cuts = {0, e - s}
        for brk in self.data.cue("clause_breaks"):
            for m in re.finditer(re.escape(brk), low):
                cuts.add(m.start() + (1 if brk.startswith(",") else 0) if brk.startswith(",") else m.start())
        rel = "|".join(re.escape(r) for r in self.data.cue("relative_pronouns"))
        for m in re.finditer(r",\s*(?:" + rel + r")\b", low):
            nxt = low.find(",", m.end())
            if nxt > 0:
                cuts.add(nxt)
        pts = sorted(cuts)
        clauses = [Clause(s + a, s + b, i) for i, (a, b) in enumerate(zip(pts, pts[1:])) if b > a]
        for i, c in enumerate(clauses):
            c.index = i
            if re.match(r"[\s,]*(?:" + rel + r")\b", low[c.start - s:]):
                c.relative = True
                if i + 1 < len(clauses) and i > 0 and low[clauses[i + 1].start - s:].lstrip().startswith(","):
                    clauses[i + 1].host = i - 1
        return clauses

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _clause_of(sent: Sentence, pos: int) -> Clause:
        for c in sent.clauses:
            if c.start <= pos < c.end:
                return c
        return sent.clauses[-1]

    @staticmethod
    def _in(ms: list[Mention], a: int, b: int, kinds: tuple[str, ...]) -> list[Mention]:
        return [m for m in ms if m.kind in kinds and a <= m.start and m.end <= b]

    def _group_before(self, text: str, ms: list[Mention], pos: int, lo: int,
                      kinds: tuple[str, ...] = ("Company",)) -> list[Mention]:
        """The coordinated group of mentions ending nearest before ``pos`` ("A, B et C")."""
        cands = [m for m in ms if m.kind in kinds and lo <= m.start and m.end <= pos]
        if not cands:
            return []
        group = [cands[-1]]
        for m in reversed(cands[:-1]):
            between = text[m.end:group[0].start]
            between = re.sub(r"\s*\([^)]*\)\s*", " ", between)
            between = re.sub(r"^\s*(?:Group|Holdings|Inc\.?|Corp\.?|Co\.?)\b", "", between)
            if _COORD.match(between):
                group.insert(0, m)
            else:
                break
        return group

    def _group_after(self, text: str, ms: list[Mention], pos: int, hi: int,
                     kinds: tuple[str, ...] = ("Company",)) -> list[Mention]:
        cands = [m for m in ms if m.kind in kinds and pos <= m.start and m.end <= hi]
        if not cands:
            return []
        group = [cands[0]]
        for m in cands[1:]:
            if _COORD.match(re.sub(r"\s*\([^)]*\)\s*", " ", text[group[-1].end:m.start])):
                group.append(m)
            else:
                break
        return group

    def _pronoun_before(self, text: str, a: int, b: int, plural: bool = False) -> bool:
        low = " " + text[a:b].casefold() + " "
        cues = self.data.cue("plural_pronouns" if plural else "subject_pronouns")
        return any(re.search(r"(?<![\w'])" + re.escape(c) + r"(?![\w'])", low) for c in cues)

    def _subject(self, st: ArticleState, text: str, sent: Sentence, t, kinds=("Company",)) -> list[Mention]:
        """Who does what trigger ``t`` says: its clause's subject group, else a resolved pronoun."""
        pos = sent.start + t.idx
        clause = self._clause_of(sent, pos)
        if t.pos_ in ("VERB", "AUX"):
            dep = self._dep_subject(sent, t, kinds)
            if dep:
                # the parser sometimes drops the first conjunct ("ByteDance, Alibaba et Tencent"): re-walk the list
                coord = self._group_before(text, sent.mentions, dep[-1].end, clause.start, kinds)
                dep = sorted({id(m): m for m in coord + dep if dep[-1] in coord or m in dep}.values(),
                             key=lambda m: m.start)
                clause.subject = dep
                return dep
        group = self._group_before(text, sent.mentions, pos, clause.start, kinds)
        if group:
            between = text[group[-1].end:pos]
            # "X's biggest customer": a possessive names the other party, not the subject
            if re.match(r"^'s?\b", between.strip()) or between.startswith("'"):
                group = self._group_before(text, sent.mentions, group[0].start, clause.start, kinds)
        if group:
            clause.subject = group
            return group
        if clause.relative and clause.index > 0:  # "Foxconn, qui assemble ...": the antecedent
            ante = self._group_before(text, sent.mentions, clause.start, sent.clauses[clause.index - 1].start, kinds)
            if ante and re.fullmatch(r"[\s,]*", text[ante[-1].end:clause.start]):
                return ante
        if clause.host is not None:  # "Foxconn, qui ..., prévoit de recevoir": the host clause's subject
            host = sent.clauses[clause.host]
            ante = self._group_before(text, sent.mentions, host.end, host.start, kinds)
            if ante:
                return ante
        if "Company" in kinds:
            referent = st.last_subject or st.focus
            if self._pronoun_before(text, clause.start, pos) and referent:
                return [self._virtual(referent, clause.start)]
            if clause.index > 0:
                prev = sent.clauses[clause.index - 1]
                if prev.subject and re.match(r"^[\s,]*(?:mais|et|but|and|puis|then)\b", text[clause.start:pos],
                                             re.IGNORECASE):
                    return prev.subject
            unknown = self._unknown_subject(text, sent, t, clause)
            if unknown is not None:
                return [unknown]
            head_subj = [c for c in t.children if c.dep_.startswith("nsubj")]
            if not head_subj and t.dep_ in ("xcomp", "acl", "advcl", "conj", "ccomp"):
                # an infinitive ("consiste à utiliser"): the nearest company before it in the sentence
                before = self._group_before(text, sent.mentions, pos, sent.start, kinds)
                if before:
                    return before[-1:]
                if st.focus and self._pronoun_before(text, sent.start, pos):
                    return [self._virtual(st.focus, sent.start)]
        return []

    @staticmethod
    def _subject_verb(t):
        """The verb whose subject is also ``t``'s: climb conjuncts and control verbs ('plans to buy')."""
        verb = t
        for _ in range(3):
            if any(c.dep_.startswith("nsubj") for c in verb.children) or verb.head is verb:
                break
            if verb.dep_ in ("conj", "xcomp"):
                verb = verb.head
            else:
                break
        return verb

    def _dep_subject(self, sent, t, kinds) -> list[Mention]:
        """Mentions that are the grammatical subject of trigger ``t`` (with coordinated subjects)."""
        verb = self._subject_verb(t)
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not heads or verb.i > t.i + 0 and verb is not t and verb.i > t.i:
            return []
        toks = []
        for h in heads:
            stack = [h]
            while stack:
                x = stack.pop()
                toks.append(x)
                stack += [c for c in x.children if c.dep_ in ("flat:name", "flat", "compound", "appos", "conj")]
        out = []
        for m in sent.mentions:
            if m.kind in kinds and any(m.start <= sent.start + x.idx < m.end for x in toks) and m not in out:
                out.append(m)
        return sorted(out, key=lambda m: m.start)

    def _unknown_subject(self, text, sent, t, clause) -> Mention | None:
        """A proper-noun subject no lexicon or NER knew ('Zhongke Lanxun a reçu ...'): a company by its role."""
        verb = self._subject_verb(t)
        company_nouns = set(self.data.cue("company_nouns"))
        cands = []
        for c in verb.children:
            if not c.dep_.startswith("nsubj"):
                continue
            if c.pos_ == "NOUN" and c.lemma_.casefold() in company_nouns:  # "the Chinese firm Kuaishou"
                cands += [x for x in c.children if x.pos_ == "PROPN" and x.dep_ in ("appos", "flat:name", "compound", "nmod")]
            else:
                cands.append(c)
        for c in cands:
            if c.pos_ != "PROPN" or c.ent_type_ in ("PER", "PERSON"):
                continue
            toks = sorted([c, *[x for x in c.children if x.dep_ in ("flat:name", "flat", "compound")]], key=lambda x: x.i)
            if any(not x.text[:1].isupper() for x in toks):
                continue
            s = sent.start + toks[0].idx
            e = sent.start + toks[-1].idx + len(toks[-1].text)
            surface = text[s:e]
            if not (clause.start <= s and e <= sent.start + t.idx) or self.lex.is_non_company(surface) \
                    or self.lex.government(surface) or any(m.start <= s < m.end for m in sent.mentions):
                continue
            return Mention(s, e, surface, self.lex.company(surface) or surface, "Company", source="role")
        return None

    @staticmethod
    def _virtual(name: str, pos: int) -> Mention:
        return Mention(pos, pos, name, name, "Company", source="coreference")

    def _after_prep(self, text: str, sent: Sentence, pos: int, hi: int, preps: list[str],
                    kinds=("Company",)) -> list[Mention]:
        """Mentions after ``pos`` introduced by one of ``preps`` ("from X", "auprès de X", "à X")."""
        out = []
        for m in self._in(sent.mentions, pos, hi, kinds):
            before = text[max(pos, m.start - 24):m.start].casefold()
            if any(re.search(r"(?<![\w'])" + re.escape(p) + r"\s*" + _DETS + r"$", before)
                   or (p.endswith("'") and before.endswith(p)) for p in preps):
                out.append(m)
        return out

    def _listed_after(self, text: str, sent: Sentence, pos: int, hi: int) -> list[Mention]:
        """'to Chinese customers such as Baidu and iFlytek', 'à des clients comme Baidu et iFlytek'."""
        intro = "|".join(re.escape(w) for w in self.data.cue("list_introducers"))
        to = "|".join(re.escape(w) for w in self.data.cue("to_words"))
        m = re.search(r"(?<![\w'])(?:" + to + r")\s+(?:[\w'-]+\s+){0,4}?(?:" + intro + r")\s+", text[pos:hi], re.IGNORECASE)
        if not m:
            return []
        return self._group_after(text, sent.mentions, pos + m.end(), hi)

    def _maker_of(self, st: ArticleState, text: str, sent: Sentence, product: Mention) -> str | None:
        """The company the text ties to ``product``: adjacent brand, possessive, 'de X', or earlier in the article."""
        for m in sent.mentions:
            if m.kind != "Company":
                continue
            if self._brand_link(text, sent, m, product):
                return m.name
        return st.makers.get(product.name) or product.maker

    def _brand_link(self, text: str, sent: Sentence, company: Mention, product: Mention) -> bool:
        if company.end <= product.start:
            between = text[company.end:product.start]
            if len(between) > 70:
                return False
            if re.fullmatch(r"\s*", between) or re.fullmatch(r"'s?\s*", between):
                return True
            toks = sent.tokens_between(company.end, product.start)
            if not toks or any(self._is_blocker(t) for t in toks):
                return False
            if any(m.start >= company.end and m.end <= product.start and m.kind in ("Company", "Product")
                   for m in sent.mentions):
                return False
            possessive = re.match(r"'s?\s", between)
            words = [t for t in toks if not t.is_punct and t.lower_ not in ("'s", "'")]
            if not possessive and (toks[0].is_punct or toks[0].pos_ not in ("NOUN", "ADJ", "PROPN")):
                return False  # "According to Nvidia, the GB200": no apposition, no link
            return len(words) <= (5 if possessive else 7)
        between = text[product.end:company.start]
        heads = "|".join(re.escape(h) for h in self.data.cue("product_heads"))
        of = "|".join(re.escape(w) for w in self.data.cue("of_words"))
        return bool(re.fullmatch(r"\s*(?:(?:" + heads + r"|[A-Z]{2,3})\s+){0,3}(?:" + of + r")\s*" + _DETS, between,
                                 re.IGNORECASE)) and len(between) < 50

    def _is_blocker(self, t) -> bool:
        if self._kinds(t) and t.pos_ not in ("NOUN", "PROPN"):
            return True
        if t.pos_ == "ADV":
            return t.lower_ not in ("most", "more", "less", "plus", "moins", "très", "highly", "very")
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON"):
            return t.lower_ not in ("'s", "'")
        if t.pos_ == "CCONJ":
            return t.lower_ not in ("or", "ou")
        if t.pos_ == "DET":
            return t.lower_ not in ("the", "le", "la", "l'", "les")
        if t.is_punct:
            return t.text not in (",", "(", ")", "-", "'")
        return False

    def _products_after(self, sent: Sentence, pos: int, hi: int) -> list[Mention]:
        return self._in(sent.mentions, pos, hi, ("Product",))

    def _products_in_phrase(self, sent: Sentence, pos: int, hi: int) -> list[Mention]:
        """Products in the noun phrase after a noun trigger: up to the next finite verb."""
        for tok in sent.tokens_between(pos, hi):
            if tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") != ["Part"]:
                hi = sent.start + tok.idx
                break
        return self._products_after(sent, pos, hi)

    def _product_for(self, st, text, sent, t, clause) -> Mention | None:
        pos = sent.start + t.idx
        after = self._products_after(sent, pos, clause.end)
        if after:
            return after[0]
        rel = text[clause.start:pos].casefold().lstrip(" ,")
        if re.match(r"(?:que|qu'|which|that)\b", rel) or any(c.lower_ in ("en",) and c.dep_ in ("iobj", "obj", "expl", "obl")
                                                          for c in t.children):
            before = self._in(sent.mentions, sent.start, clause.start, ("Product",))
            if before:
                return before[-1]
        return None

    # ------------------------------------------------------------- emit
    def _emit(self, st: ArticleState, sent: Sentence, text: str, relation: str, subj: str, subj_type: str,
              obj: str, obj_type: str, conf: float, status: str = "asserted", **kw) -> None:
        if not subj or not obj or fold(subj) == fold(obj):
            return
        if relation == "manufactures" and status != "denied":
            st.makers.setdefault(obj, subj)
        if relation in ("supplies", "delivered"):
            st.counterparty[subj] = obj
            st.counterparty[obj] = subj
        fact = Fact(article=st.article.id, subject=subj, subject_type=subj_type, relation=relation, object=obj,
                    object_type=obj_type, evidence=st.article.text[sent.start:sent.end], start=sent.start,
                    end=sent.end, status=status, confidence=conf, extractor=NAME, lang=self.lang, **kw)
        st.facts.append(fact)

    def _qualify(self, st, text, sent, t, clause, products, loose=False):
        pos = sent.start + t.idx
        money = find_money(text, clause.start, clause.end, self.data)
        qty = find_quantities(text, clause.start, clause.end, self.data,
                              [(p.start, p.end) for p in products], money, loose=loose)
        past = not any("Fut" in x.morph.get("Tense") for x in [t, *t.children])
        date = find_date(text, clause.start, clause.end, pos, self.data, st.article.date, past=past) or \
            find_date(text, sent.start, sent.end, pos, self.data, st.article.date, past=past)
        status = find_status(text[clause.start:clause.end], t, self.data)
        status = self._lemma_status(sent, clause, t, status)
        out = {"date": date}
        if qty:
            out.update(quantity=qty[0].value, quantity_qualifier=qty[0].qualifier)
        if money:
            out.update(value=money[0].text, value_amount=money[0].amount, currency=money[0].currency,
                       value_qualifier=money[0].qualifier)
        return out, status

    def _lemma_status(self, sent, clause, t, status):
        if status != "asserted":
            return status
        planned = {c for c in self.data.cue("planned") if " " not in c}
        for tok in sent.tokens_between(clause.start, sent.start + t.idx + len(t.text)):
            if (tok.lemma_.casefold() in planned or tok.lower_ in planned) and tok.i != t.i \
                    and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                return "planned"
        return status

    # ------------------------------------------------------------- triggers
    def _on_order(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        if any(c.lemma_.casefold() in self.data.cue("ask_to_make") for c in [t.head]):
            return
        self._order(st, text, sent, t, clause, self._subject(st, text, sent, t))

    def _on_order_noun(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        buyers = self._subject(st, text, sent, t)
        if not buyers and self._pronoun_before(text, clause.start, sent.start + t.idx, plural=True):
            buyers = []  # plural pronouns stay unresolved: better no fact than a wrong buyer
        self._order(st, text, sent, t, clause, buyers, noun=True)

    def _order(self, st, text, sent, t, clause, buyers, noun=False):
        pos = sent.start + t.idx
        product = self._product_for(st, text, sent, t, clause)
        if not buyers:
            return
        suppliers = self._after_prep(text, sent, pos, clause.end, self.data.cue("from_words"))
        suppliers = [m for m in suppliers if m.kind == "Company" and m.name not in {b.name for b in buyers}
                     and not re.match(r"'s?\s", text[m.end:m.end + 3])]
        if product is None:
            # "X a commandé des wafers à SMIC": no named product, but a named seller is a supply relation
            if suppliers and not noun:
                _, status = self._qualify(st, text, sent, t, clause, [])
                for b in buyers:
                    self._emit(st, sent, text, "supplies", suppliers[0].name, "Company", b.name, "Company", 0.7,
                               status)
            return
        if suppliers:
            sellers = [m.name for m in self._group_after(text, sent.mentions, suppliers[0].start, clause.end)]
        else:
            sellers = [self._maker_of(st, text, sent, product)]
        sellers = [x for x in sellers if x and x not in {b.name for b in buyers}]
        supplier = sellers[0] if sellers else None  # a maker buying its own product has no seller here
        quals, status = self._qualify(st, text, sent, t, clause, [product])
        conf = 0.7 if noun else 0.8
        for b in buyers:
            self._emit(st, sent, text, "ordered", b.name, "Company", product.name, "Product", conf, status,
                       supplier=supplier, product=product.name, **quals)
            for seller in sellers:
                self._emit(st, sent, text, "supplies", seller, "Company", b.name, "Company", conf - 0.05, status,
                           product=product.name, date=quals.get("date"))
        st.last_order = (buyers, product, supplier)

    def _on_receive(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        buyers = self._subject(st, text, sent, t)
        product = self._product_for(st, text, sent, t, clause)
        if product is None and any(c.lower_ == "en" for c in t.children) or product is None and \
                re.search(r"\ben\s+(?:a|ont|avait|avaient)\s*$", text[clause.start:pos]):
            before = self._in(sent.mentions, sent.start, pos, ("Product",))
            product = before[-1] if before else None
        if not buyers or product is None:
            return
        froms = self._after_prep(text, sent, pos, clause.end, self.data.cue("from_words"))
        supplier = froms[0].name if froms else None
        last = st.last_order
        if supplier is None and last and last[1].name == product.name:
            supplier = last[2]
        supplier = supplier or self._maker_of(st, text, sent, product)
        if not supplier:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product], loose=True)
        for b in buyers:
            if b.name == supplier:
                continue
            self._emit(st, sent, text, "delivered", supplier, "Company", b.name, "Company", 0.75, status,
                       product=product.name, **quals)
            self._emit(st, sent, text, "supplies", supplier, "Company", b.name, "Company", 0.7, status,
                       product=product.name, date=quals.get("date"))

    _on_receive_noun = None

    def _on_ship(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        sellers = self._subject(st, text, sent, t)
        if not sellers:
            return
        buyers = [m for m in self._after_prep(text, sent, pos, clause.end, self.data.cue("to_words"))
                  if m.name not in {s.name for s in sellers}] or self._listed_after(text, sent, pos, clause.end)
        product = self._product_for(st, text, sent, t, clause)
        if not buyers:
            if product is not None and t.lemma_.casefold() in ("sell", "vendre"):
                _, status = self._qualify(st, text, sent, t, clause, [product])
                for s in sellers:
                    self._emit(st, sent, text, "manufactures", s.name, "Company", product.name, "Product", 0.6,
                               status)
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [], loose=True)
        for s in sellers:
            for b in buyers:
                if product is not None:
                    self._emit(st, sent, text, "delivered", s.name, "Company", b.name, "Company", 0.75, status,
                               product=product.name, **quals)
                self._emit(st, sent, text, "supplies", s.name, "Company", b.name, "Company", 0.7, status,
                           product=product.name if product else None, date=quals.get("date"))

    def _on_supply(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        if any(c.lower_ in ("s'", "se") for c in t.children) or text[max(0, pos - 3):pos].casefold().endswith("s'"):
            # "Nvidia s'approvisionne auprès de SK Hynix": the subject buys
            return self._order(st, text, sent, t, clause, self._subject(st, text, sent, t))
        suppliers = self._subject(st, text, sent, t)
        if not suppliers:
            return
        names = {s.name for s in suppliers}
        product = self._product_for(st, text, sent, t, clause)
        customers = [m for m in self._after_prep(text, sent, pos, clause.end, self.data.cue("to_words"))
                     if m.name not in names]
        if not customers:
            direct = [m for m in self._in(sent.mentions, pos, clause.end, ("Company",)) if m.name not in names]
            if direct and re.fullmatch(r"\s*(?:\w+ly\s+)?", text[pos + len(t.text):direct[0].start]):
                customers = [direct[0]]
        if not customers:
            return
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        quals, _ = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for s in suppliers:
            for c in customers:
                self._emit(st, sent, text, "supplies", s.name, "Company", c.name, "Company", 0.8, status,
                           product=product.name if product else None, date=quals.get("date"))

    def _on_customer_noun(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        end = pos + len(t.text)
        possessor = self._possessor(text, sent, pos, clause.start)
        customers = self._subject(st, text, sent, t)
        if possessor is not None:
            suppliers = [possessor]
            customers = [c for c in customers if c.name != possessor.name]
        else:
            after = self._after_prep(text, sent, end, clause.end, self.data.cue("of_words") + ["for", "pour", "at"])
            suppliers = after[:1]
        if not customers or not suppliers:
            return
        product = next(iter(self._products_in_phrase(sent, end, clause.end)), None)
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for c in customers:
            for s in suppliers:
                self._emit(st, sent, text, "supplies", s.name, "Company", c.name, "Company", 0.75, status,
                           product=product.name if product else None)

    def _on_supplier_noun(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        end = pos + len(t.text)
        possessor = self._possessor(text, sent, pos, clause.start)
        suppliers = self._subject(st, text, sent, t)
        if possessor is not None:
            customers = [possessor]
            suppliers = [s for s in suppliers if s.name != possessor.name]
            if not suppliers:
                suppliers = self._group_after(text, sent.mentions, end, clause.end)[:1]
        else:
            customers = self._after_prep(text, sent, end, clause.end,
                                         self.data.cue("of_words") + self.data.cue("to_words"))[:1]
        if not customers or not suppliers:
            return
        product = next(iter(self._products_in_phrase(sent, end, clause.end)), None)
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for s in suppliers:
            for c in customers:
                self._emit(st, sent, text, "supplies", s.name, "Company", c.name, "Company", 0.75, status,
                           product=product.name if product else None)

    def _on_partner_noun(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        low = text[clause.start:clause.end].casefold()
        window = text[max(clause.start, pos - 60):min(clause.end, pos + 80)].casefold()
        makes = re.search(r"fabrication|manufactur|foundry|fondeur|production|produire|fabriquer", window)
        oem = re.search(r"\boem\b|original equipment manufacturer|distribut|revendeur|reseller", low)
        left = self._subject(st, text, sent, t)
        if oem:
            # "H3C is an OEM partner for Nvidia's chips, along with Inspur and Lenovo": Nvidia supplies them
            right = self._in(sent.mentions, pos, clause.end, ("Company",))
            if not right or not left:
                return
            supplier = right[0]
            along = re.search(r"along with|aux côtés de|ainsi que|together with|as well as|de même que",
                              text[supplier.end:sent.end], re.IGNORECASE)
            others = []
            if along:
                a = supplier.end + along.end()
                others = [m for m in self._in(sent.mentions, a, sent.end, ("Company",))
                          if not re.match(r"'s?\s", text[m.end:m.end + 3])]
            _, status = self._qualify(st, text, sent, t, clause, [])
            for c in left + others:
                self._emit(st, sent, text, "supplies", supplier.name, "Company", c.name, "Company", 0.65, status)
        elif makes:
            right = self._after_prep(text, sent, pos + len(t.text), clause.end, self.data.cue("of_words"))
            if left and right:
                _, status = self._qualify(st, text, sent, t, clause, [])
                for s in left:
                    self._emit(st, sent, text, "supplies", s.name, "Company", right[0].name, "Company", 0.65, status)

    def _possessor(self, text: str, sent: Sentence, pos: int, lo: int) -> Mention | None:
        """The company in "X's [adjectives] NOUN" right before a noun trigger."""
        cands = [m for m in sent.mentions if m.kind == "Company" and lo <= m.start and m.end <= pos]
        if not cands:
            return None
        m = cands[-1]
        between = text[m.end:pos]
        if re.match(r"^'s?\s+(?:[\w-]+\s+){0,3}$", between) and not re.search(r"\b(?:is|was|are|were)\b", between):
            return m
        return None

    # parent / subsidiary -----------------------------------------------------
    def _parents(self, st, text, sent):
        """parent_of from owner and subsidiary nouns; run before other triggers so descriptions resolve."""
        for t in sent.doc:
            kinds = self._kinds(t)
            pos = sent.start + t.idx
            phrase = None
            for p in ("société mère", "maison mère", "parent company", "holding company"):
                if text[pos:pos + len(p)].casefold() == p:
                    phrase = p
            if "parent_noun" in kinds or phrase:
                self._parent_noun(st, text, sent, t, pos, pos + len(phrase or t.text))
            elif "subsidiary_noun" in kinds:
                self._subsidiary_noun(st, text, sent, t, pos, pos + len(t.text))

    def _parent_noun(self, st, text, sent, t, pos, end):
        clause = self._clause_of(sent, pos)
        window = text[max(sent.start, pos - 40):min(sent.end, end + 40)].casefold()
        if any(c in window for c in self.data.cue("spin_off")):
            return
        child = parent = None
        possessor = self._possessor(text, sent, pos, clause.start)
        of = self._after_prep(text, sent, end, min(sent.end, end + 40), self.data.cue("of_words"))
        if possessor is not None:  # "TikTok's parent ByteDance" / "TikTok's owner, ByteDance"
            child = possessor
            nxt = self._in(sent.mentions, end, min(sent.end, end + 30), ("Company",))
            parent = nxt[0] if nxt else None
        elif of and of[0].start - end < 25:
            child = of[0]
            appos = [m for m in sent.mentions if m.kind == "Company" and m.start > child.end
                     and re.fullmatch(r"\s*,\s*", text[child.end:m.start])]
            left = [m for m in sent.mentions if m.kind == "Company" and m.end <= pos
                    and re.fullmatch(r"\s*(?:,|\(|est|is|was|, the|, la|, le|\(le|\(la)?\s*" + _DETS, text[m.end:pos],
                                     re.IGNORECASE)]
            parent = appos[0] if appos else (left[-1] if left else None)
        if child is None or parent is None or child.name == parent.name:
            return
        st.registry.add_parent(parent.name, child.name)
        self._emit(st, sent, text, "parent_of", parent.name, "Company", child.name, "Company", 0.8, "asserted")

    def _subsidiary_noun(self, st, text, sent, t, pos, end):
        clause = self._clause_of(sent, pos)
        window = text[max(sent.start, pos - 30):min(sent.end, end + 10)].casefold()
        if any(c in window for c in self.data.cue("spin_off")):
            return
        possessor = self._possessor(text, sent, pos, clause.start)
        if possessor is not None:  # "Hon Hai's cloud solution subsidiary Ingrasys"
            nxt = [m for m in self._in(sent.mentions, end, min(sent.end, end + 30), ("Company",))
                   if re.fullmatch(r"[\s,]*", text[end:m.start])]
            if nxt:
                self._emit(st, sent, text, "parent_of", possessor.name, "Company", nxt[0].name, "Company", 0.75)
            return
        of = self._after_prep(text, sent, end, min(sent.end, end + 40), self.data.cue("of_words"))
        if of and of[0].start - end < 25:
            left = [m for m in sent.mentions if m.kind == "Company" and m.end <= pos
                    and re.fullmatch(r"\s*(?:,|\(|est|is|, a|, une|, la|, the)?\s*" + _DETS, text[m.end:pos],
                                     re.IGNORECASE)]
            if left:
                self._emit(st, sent, text, "parent_of", of[0].name, "Company", left[-1].name, "Company", 0.75)

    def _descriptions(self, st, text, sent):
        """'Le propriétaire de TikTok', "TikTok's parent" -> the parent named earlier in the article."""
        owner = r"(?:propriétaire|société mère|maison mère|owner|parent(?: company)?)"
        for m in list(sent.mentions):
            if m.kind != "Company":
                continue
            parent = st.registry.parent_of(m.name)
            if not parent:
                continue
            pre = text[max(sent.start, m.start - 40):m.start]
            hit = re.search(r"(?:(?:le|la|l'|the)\s+)?" + owner + r"(?:\s+[\w-]+){0,2}?\s+(?:de|d'|of)\s*$", pre,
                            re.IGNORECASE)
            if hit:
                start = m.start - (len(pre) - hit.start())
                if not any(o.kind == "Company" and o.name == parent and abs(o.start - start) < 60
                           for o in sent.mentions):
                    sent.mentions.append(Mention(start, m.end, text[start:m.end], parent, "Company",
                                                 source="description"))
            post = text[m.end:min(sent.end, m.end + 20)]
            if re.match(r"'s?\s+" + owner + r"\b", post, re.IGNORECASE):
                sent.mentions.append(Mention(m.start, m.end + len(post), text[m.start:m.end], parent, "Company",
                                             source="description"))
        sent.mentions.sort(key=lambda x: x.start)
        # a description mention replaces the child mention inside it
        sent.mentions[:] = [x for x in sent.mentions
                            if not any(d.source == "description" and d is not x and d.start <= x.start
                                       and x.end <= d.end for d in sent.mentions)]

    # manufacture / use -------------------------------------------------------
    def _on_manufacture(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        asks = [x for x in sent.tokens_between(clause.start, pos)
                if x.lemma_.casefold() in self.data.cue("ask_to_make") and x.pos_ in ("VERB", "AUX", "NOUN")]
        if asks and self._in(sent.mentions, sent.start + asks[-1].idx, pos, ("Company",)):
            return self._ask_to_make(st, text, sent, t, asks[-1])
        passive = re.match(r"\s*(?:par|by)\s", text[pos + len(t.text):pos + len(t.text) + 5])
        if passive:
            makers = self._after_prep(text, sent, pos, clause.end, self.data.cue("by_words"))[:1]
            before = self._in(sent.mentions, sent.start, pos, ("Product",))
            product = before[-1] if before else None
        else:
            makers = self._subject(st, text, sent, t)
            product = self._product_for(st, text, sent, t, clause)
        if not makers:
            return
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        names = {mk.name for mk in makers}
        customers = [c for c in self._after_prep(text, sent, pos, clause.end, self.data.cue("for_words"))
                     if c.name not in names]
        fw = "|".join(re.escape(w) for w in self.data.cue("for_words"))
        if not customers and re.search(r"(?<![\w'])(?:" + fw + r")\s+(?:son|sa|ses|its|their|leur|leurs)\s+"
                                       r"(?:principal\s+|main\s+|key\s+)?(?:partenaire|client|partner|customer)s?\b",
                                       text[pos:clause.end], re.IGNORECASE):
            # "pour son partenaire": the other party of the maker's latest supply fact
            other = next((st.counterparty.get(mk.name) for mk in makers if st.counterparty.get(mk.name)), None)
            if other:
                customers = [self._virtual(other, pos)]
        if product is not None:
            for mk in makers:
                self._emit(st, sent, text, "manufactures", mk.name, "Company", product.name, "Product", 0.7, status)
            owner = next((c for c in sent.mentions if c.kind == "Company" and c.name not in names
                          and c.start > pos and self._brand_link(text, sent, c, product)
                          and not re.fullmatch(r"\s*", text[c.end:product.start] if c.end <= product.start else "x")), None)
            if owner is not None and not passive:  # "TSMC fabrique les puces Blackwell de Nvidia": a foundry
                customers.append(owner)
        for c in customers:
            for mk in makers:
                self._emit(st, sent, text, "supplies", mk.name, "Company", c.name, "Company", 0.65, status,
                           product=product.name if product else None)

    def _ask_to_make(self, st, text, sent, t, ask):
        """'Nvidia a demandé à TSMC de fabriquer 300 000 H20' / 'asked TSMC to make': an order placed with a maker."""
        pos = sent.start + ask.idx
        clause = self._clause_of(sent, pos)
        buyers = self._subject(st, text, sent, ask)
        makers = [m for m in self._in(sent.mentions, pos, sent.start + t.idx, ("Company",))]
        product = self._product_for(st, text, sent, t, self._clause_of(sent, sent.start + t.idx))
        if not buyers or not makers or product is None:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product])
        for b in buyers:
            self._emit(st, sent, text, "ordered", b.name, "Company", product.name, "Product", 0.7, status,
                       supplier=makers[0].name, product=product.name, **quals)
            self._emit(st, sent, text, "supplies", makers[0].name, "Company", b.name, "Company", 0.65, status,
                       product=product.name, date=quals.get("date"))
        self._emit(st, sent, text, "manufactures", makers[0].name, "Company", product.name, "Product", 0.6,
                   "planned" if status == "asserted" else status)

    def _on_manufacturer_noun(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        end = pos + len(t.text)
        # "iPhone assembler Hon Hai": product, maker noun, company
        before = [m for m in self._in(sent.mentions, clause.start, pos, ("Product",))
                  if re.fullmatch(r"\s*", text[m.end:pos])]
        after = [m for m in self._in(sent.mentions, end, clause.end, ("Company",))
                 if re.fullmatch(r"\s*", text[end:m.start])]
        if before and after:
            self._emit(st, sent, text, "manufactures", after[0].name, "Company", before[0].name, "Product", 0.7)
            return
        # "X, the largest producer of GB200 servers"
        products = [m for m in self._products_after(sent, end, clause.end)
                    if re.fullmatch(r"\s*(?:of|de|d'|des|du)\s+(?:[\w-]+\s+){0,3}", text[end:m.start], re.IGNORECASE)]
        makers = self._subject(st, text, sent, t)
        if products and makers:
            _, status = self._qualify(st, text, sent, t, clause, products)
            fors = [c for c in self._after_prep(text, sent, end, clause.end, self.data.cue("for_words"))
                    if c.name not in {mk.name for mk in makers}]
            for mk in makers:
                self._emit(st, sent, text, "manufactures", mk.name, "Company", products[0].name, "Product", 0.7,
                           status)
                for c in fors[:1]:
                    self._emit(st, sent, text, "supplies", mk.name, "Company", c.name, "Company", 0.6, status,
                               product=products[0].name)

    def _on_use(self, st, text, sent, t):
        clause = self._clause_of(sent, sent.start + t.idx)
        pos = sent.start + t.idx
        passive = re.match(r"\s*(?:par|by)\s", text[pos + len(t.text):pos + len(t.text) + 5])
        users = self._subject(st, text, sent, t)
        product = self._product_for(st, text, sent, t, clause)
        if passive and product is not None:
            # "GB200 servers, powered by Nvidia's Blackwell GPUs": the maker of the servers uses the chips
            users = [u for u in self._group_before(text, sent.mentions, pos, sent.start) if u.kind == "Company"][-1:]
        inside = re.match(r"\s*(?:(?:only|seulement|uniquement|also|aussi|notamment)\s+)?(?:in|into|dans|sur)\s+(.{0,60})",
                          text[pos + len(t.text):clause.end], re.IGNORECASE)
        if inside and any(c.dep_ in ("aux:pass", "auxpass") for c in t.children):
            # "Samsung's HBM3 chips will be used in a Nvidia GPU": a component inside Y's product
            host = [m for m in self._in(sent.mentions, pos, pos + len(t.text) + inside.end(), ("Company",))]
            used = self._in(sent.mentions, clause.start, pos, ("Product",)) or \
                self._in(sent.mentions, sent.start, pos, ("Product",))
            if host and used:
                product = used[-1]
                maker = self._maker_of(st, text, sent, product)
                quals, status = self._qualify(st, text, sent, t, clause, [product])
                self._emit(st, sent, text, "uses", host[0].name, "Company", product.name, "Product", 0.65, status)
                if maker and maker != host[0].name:
                    self._emit(st, sent, text, "supplies", maker, "Company", host[0].name, "Company", 0.6, status,
                               product=product.name, date=quals.get("date"))
                return
        if not users or product is None:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product])
        for u in users:
            if u.name == self._maker_of(st, text, sent, product):
                continue
            self._emit(st, sent, text, "uses", u.name, "Company", product.name, "Product", 0.7, status,
                       quantity=quals.get("quantity"), quantity_qualifier=quals.get("quantity_qualifier"),
                       date=quals.get("date") if quals.get("quantity") else None)

    # export restrictions ---------------------------------------------------------
    def _on_restrict(self, st, text, sent, t, noun=False):
        pos = sent.start + t.idx
        clause = self._clause_of(sent, pos)
        export_words = self.data.cue("export_words")
        near = text[max(clause.start, pos - 30):min(clause.end, pos + len(t.text) + 40)].casefold()
        sale_abroad = any(d in text[clause.start:clause.end].casefold() for d in self.data.cue("export_destinations"))
        if not any(w in near for w in export_words) and not sale_abroad and not re.search(
                r"(?:imposée?s?|imposed|introduced|adoptée?s?|décidée?s?)\s+(?:par|by)\b", near):
            return
        govs = self._after_prep(text, sent, pos, min(clause.end, pos + 60), self.data.cue("by_words"),
                                kinds=("Government",))
        if not govs and not noun:
            govs = self._group_before(text, sent.mentions, pos, clause.start, ("Government",))
            if not govs:
                govs = [m for m in self._group_before(text, sent.mentions, pos, sent.start, ("Government",))
                        if re.search(r"\b(?:ont|a|have|has|had|avait|avaient)\b|\w+(?:é|ed)\b",
                                     text[m.end:pos])][-1:]
        if not govs and noun:
            govs = self._imposing_government(text, sent, t, pos, clause)
        if not govs:
            return
        obj = self._restricted_object(text, sent, pos, clause)
        if obj is None:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [])
        for g in govs:
            self._emit(st, sent, text, "restricts_export", g.name, "Government", obj, "Product", 0.65, status,
                       date=quals.get("date"))

    def _imposing_government(self, text, sent, t, pos, clause) -> list[Mention]:
        """'Washington imposed export controls', 'US export restrictions took effect': a noun trigger
        counts only when the clause says the measure was imposed, not when it is background."""
        lemmas = {x.lemma_.casefold() for x in sent.tokens_between(clause.start, clause.end)}
        low = text[clause.start:clause.end].casefold()
        if not any(v in lemmas or v in low for v in self.data.cue("impose_verbs")):
            return []
        kinds = ("Government", "GovAdj")
        near = [m for m in self._in(sent.mentions, max(clause.start, pos - 25), min(clause.end, pos + len(t.text) + 25), kinds)
                if re.fullmatch(r"[\s\w'-]{0,20}", text[m.end:pos] if m.end <= pos else text[pos + len(t.text):m.start])]
        if near:
            return near[:1]
        subj = [m for m in self._in(sent.mentions, clause.start, pos, ("Government",))
                if any(x.lemma_.casefold() in self.data.cue("impose_verbs") for x in sent.tokens_between(m.end, pos))]
        return subj[-1:]

    def _on_restrict_noun(self, st, text, sent, t):
        self._on_restrict(st, text, sent, t, noun=True)

    def _on_blacklist(self, st, text, sent, t):
        """'Washington added SMIC to the Entity List': a government restricts exports to a company."""
        pos = sent.start + t.idx
        clause = self._clause_of(sent, pos)
        low = text[pos:clause.end].casefold()
        if not any(b in low for b in self.data.cue("blacklists")):
            return
        govs = self._dep_subject(sent, t, ("Government",)) or \
            self._group_before(text, sent.mentions, pos, clause.start, ("Government",))
        targets = self._group_after(text, sent.mentions, pos, clause.end)
        if not govs or not targets:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [])
        for g in govs[:1]:
            for c in targets:
                self._emit(st, sent, text, "restricts_export", g.name, "Government", c.name, "Company", 0.7, status,
                           date=quals.get("date"))

    def _restricted_object(self, text, sent, pos, clause) -> str | None:
        after = self._products_after(sent, pos, clause.end)
        if after:
            return after[0].name
        m = re.search(r"(?:exportations?|exports?)\s+(?:de|d'|des|du|of)\s+(.{3,60}?)(?=\s+(?:vers|to|à|a|depuis|since|en|in|,|comme|such|like|that|qui)\b|[,.;]|$)",
                      text[pos:clause.end], re.IGNORECASE)
        if m:
            return " ".join(m.group(1).split()).strip(" ,")
        anywhere = self._in(sent.mentions, sent.start, sent.end, ("Product",))
        return anywhere[0].name if anywhere else None

    # genitive makers ------------------------------------------------------------------
    def _genitive_makers(self, st, text, sent):
        """'la puce H20 de Nvidia', "Nvidia's H20", 'Nvidia H20': the product presented as the company's own.
        A possessive determiner ('sa puce', 'its chips') is not enough: it names a user as often as a maker."""
        for p in sent.mentions:
            if p.kind != "Product":
                continue
            for c in sent.mentions:
                if c.kind != "Company" or c.source == "description":
                    continue
                if self._brand_link(text, sent, c, p):
                    adjacent = c.end <= p.start and re.fullmatch(r"\s*", text[c.end:p.start])
                    self._emit(st, sent, text, "manufactures", c.name, "Company", p.name, "Product",
                               0.5 if adjacent else 0.7)
                    break

    def _sentence_subject(self, sent) -> Mention | None:
        for m in sent.mentions:
            if m.kind != "Company":
                continue
            tok = sent.token_at(m.start)
            if tok is not None and (tok.dep_.startswith("nsubj") or (tok.dep_ in ("flat:name", "compound")
                                                                      and tok.head.dep_.startswith("nsubj"))):
                return m
        return None

    # denials -----------------------------------------------------------------------
    def _on_deny(self, st, text, sent, t):
        pos = sent.start + t.idx
        rest = text[pos:min(sent.end, pos + 60)].casefold()
        if not any(o in rest for o in self.data.cue("denial_objects")):
            return
        st.pending_denial = True

    def _denials(self, st, text, sent):
        if not st.pending_denial:
            return
        st.pending_denial = False
        recent = [i for idx in st.sentence_facts[-2:] for i in idx]
        for i in recent:
            f = st.facts[i]
            if f.status == "rumoured" and f.relation in ("supplies", "ordered", "delivered"):
                st.facts[i] = replace(f, status="denied")

    # focus -------------------------------------------------------------------
    def _update_focus(self, st, sent):
        for name in st.salience:
            st.salience[name] *= 0.8
        seen = set()
        for m in sent.mentions:
            if m.kind != "Company" or m.name in seen:
                continue
            seen.add(m.name)
            tok = sent.token_at(m.start)
            subject = tok is not None and tok.dep_.startswith("nsubj") or m.source == "description"
            st.salience[m.name] = st.salience.get(m.name, 0.0) + (2.0 if subject else 1.0)


def _merge(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, product) and article, keeping the best evidence."""
    out: dict[tuple, Fact] = {}
    for f in facts:
        key = (fold(f.subject), f.relation, fold(f.object),
               fold(f.product or "") if f.relation in ("supplies", "delivered") else "")
        old = out.get(key)
        if old is None:
            out[key] = f
            continue
        best = old if _STATUS_RANK[old.status] >= _STATUS_RANK[f.status] else f
        other = f if best is old else old
        fill = {k: getattr(other, k) for k in ("quantity", "quantity_qualifier", "date", "supplier", "value",
                                               "value_amount", "currency", "value_qualifier")
                if getattr(best, k) is None and getattr(other, k) is not None}
        if "quantity" in fill and "quantity_qualifier" not in fill:
            fill.pop("quantity")
        out[key] = replace(best, confidence=max(best.confidence, other.confidence), **fill)
    # a supplies fact without product is implied by one with a product: keep the product-bearing one only
    keyed = {(fold(f.subject), f.relation, fold(f.object)) for f in out.values() if f.product and f.relation == "supplies"}
    return [f for f in out.values()
            if not (f.relation == "supplies" and not f.product and (fold(f.subject), "supplies", fold(f.object)) in keyed)]


@register(NAME)
def _factory(lang: str) -> RuleExtractor:
    return RuleExtractor(lang)
