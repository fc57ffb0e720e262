"""Products and their makers: which product a trigger is about, and which company the text ties to it."""
from __future__ import annotations

import re

from supplykg.extract.mentions import Mention
from supplykg.extract.rules.state import DETS, ArticleState, Sentence


class Products:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

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
            return len(words) <= 7
        between = text[product.end:company.start]
        heads = "|".join(re.escape(h) for h in self.data.cue("product_heads"))
        of = "|".join(re.escape(w) for w in self.data.cue("of_words"))
        return bool(re.fullmatch(r"\s*(?:(?:" + heads + r"|[A-Z]{2,3})\s+){0,3}(?:" + of + r")\s*" + DETS, between,
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
        end = self._object_end(sent, t, clause)
        after = [m for m in self._products_after(sent, pos, end)
                 if not re.search(r"(?<![\w'])(?:into|inside|dans|in)\s+(?:its|their|ses|leurs|the|les|des|ces)?\s*"
                                  r"(?:[\w-]+\s+){0,2}$", text[max(pos, m.start - 30):m.start], re.IGNORECASE)]
        if after:  # a product after 'into its NF5688 servers' is where the thing goes, not the thing
            return after[0]
        generic = re.search(r"(?<![\w'])(?:the|these|those|this|that|les|ces|cette|ce|leurs|their)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?P<head>chips?|puces?|accelerators?|accélérateurs?|processors?|processeurs?|GPUs?|units?|"
                            r"exemplaires|unités|machines?|systems?|systèmes?|tools?|outils?)\b", text[pos:end],
                            re.IGNORECASE)
        if generic:
            # "began shipping the first batch of the chips": the chip (or, for machines, the product) last named
            chip = generic.group("head").casefold().rstrip("s") in ("chip", "puce", "accelerator", "accélérateur",
                                                                    "processor", "processeur", "gpu")
            neutral = generic.group("head").casefold() in ("units", "unit", "exemplaires", "unités")
            # 'the systems' are never the chips inside them; 'the first units' are whatever was named last
            name = st.last_chip if chip else (st.last_product if neutral else st.last_system)
            if name:
                return Mention(pos, pos, name, name, "Product", source="coreference")
        rel = text[clause.start:pos].casefold().lstrip(" ,")
        if re.match(r"(?:que|qu'|which|that)\b", rel) or any(c.lower_ in ("en",) and c.dep_ in ("iobj", "obj", "expl", "obl")
                                                          for c in t.children):
            before = self._in(sent.mentions, sent.start, clause.start, ("Product",))
            if before:
                return before[-1]
        return None

    @staticmethod
    def _object_end(sent, t, clause) -> int:
        """Where a verb's object ends: at the next finite verb, gerund or infinitive ('using', 'pour')."""
        for tok in sent.doc[t.i + 1:]:
            at = sent.start + tok.idx
            if at >= clause.end:
                break
            if any(m.start <= at < m.end for m in sent.mentions):
                continue  # a tagger error inside a name ('910B' as a verb) ends nothing
            if tok.pos_ == "VERB" and (tok.morph.get("VerbForm") != ["Part"] or tok.tag_ == "VBG") \
                    and tok.dep_ not in ("xcomp", "amod"):
                return at
        return clause.end

    def _coordinated(self, text, sent, p, backward: bool = False) -> list:
        """Products coordinated with ``p``, after it ('HBM3 and HBM3E') or, with ``backward``, before it
        ('les puces A100 et H100 de Nvidia')."""
        products = [m for m in sent.mentions if m.kind == "Product"]
        candidates = reversed([m for m in products if m.end <= p.start]) if backward else \
            [m for m in products if m.start >= p.end]
        out, edge = [], p
        for q in candidates:
            between = text[q.end:edge.start] if backward else text[edge.end:q.start]
            if not re.fullmatch(r"\s*(?:,|and|et|&|or|ou|,\s*and|,\s*et)\s*", between):
                break
            out.append(q)
            edge = q
        return out

    def _determiner_maker(self, text, sent, p):
        """'Cambricon ... its Siyuan 590 accelerators', 'Dell ... ses serveurs PowerEdge': the subject's own product,
        but only when no other party stands between them and no other maker is known for the product family
        ('Samsung will supply HBM3E to AMD for its MI350' and 'Xiaomi ... ses puces Snapdragon' give nothing)."""
        before = text[max(sent.start, p.start - 45):p.start]
        if not re.search(r"(?<![\w'])(?:its|their|ses|son|sa|leurs?)\s+(?:own\s+|propres?\s+)?(?:[\w-]+\s+){0,3}$", before,
                         re.IGNORECASE):
            return None
        owner = self._sentence_subject(sent)
        if owner is None or owner.end > p.start or (p.maker and p.maker != owner.name):
            return None
        if re.match(r"[\s,]*(?:[\w-]+\s+){0,2}?(?:livrée?s?|fournie?s?|fabriquée?s?|produite?s?|conçue?s?|gravée?s?|"
                    r"supplied|made|built|delivered|designed|manufactured)\s+(?:par|by)\b", text[p.end:p.end + 40], re.IGNORECASE):
            return None  # 'son scanner NXE:3800E, livré par ASML' is ASML's
        between = [m for m in sent.mentions if m.kind == "Company" and owner.end <= m.start and m.end <= p.start
                   and m.name != owner.name]
        genitive = r"(?:\bde|\bdu|\bdes|d'|\bof)\s*(?:la\s+|le\s+|l'|the\s+)?$"
        if any(not re.search(genitive, text[max(sent.start, m.start - 6):m.start], re.IGNORECASE) for m in between):
            return None
        return owner

    def _genitive_makers(self, st, text, sent):
        """'la puce H20 de Nvidia', "Nvidia's H20", 'Nvidia H20': the product presented as the company's own.
        A possessive determiner ('sa puce', 'its chips') is not enough: it names a user as often as a maker."""
        for p in sent.mentions:
            if p.kind != "Product":
                continue
            owner = self._determiner_maker(text, sent, p)
            if owner is not None:
                self._emit(st, sent, text, "manufactures", owner.name, "Company", p.name, "Product", 0.55)
            for c in sent.mentions:
                if c.kind != "Company" or c.source == "description":
                    continue
                if self._brand_link(text, sent, c, p):
                    adjacent = c.end <= p.start and re.fullmatch(r"\s*", text[c.end:p.start])
                    coordinated = self._coordinated(text, sent, p, backward=c.end > p.start)
                    for q in [p, *coordinated]:  # "Samsung's HBM3 and HBM3E chips"
                        self._emit(st, sent, text, "manufactures", c.name, "Company", q.name, "Product",
                                   0.5 if adjacent else 0.7)
                    break
