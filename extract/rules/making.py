"""Who makes a product (verbs, "maker of", "X asked Y to make"), and who uses it."""
from __future__ import annotations

import re


class Making:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

    def _on_manufacture(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
        asks = [x for x in sent.tokens_between(clause.start, pos)
                if x.lemma_.casefold() in self.data.cue("ask_to_make") and x.pos_ in ("VERB", "AUX", "NOUN")]
        if asks and self._in(sent.mentions, sent.start + asks[-1].idx, pos, ("Company",)):
            return self._ask_to_make(st, text, sent, t, asks[-1])
        passive = re.match(r"\s*(?:par|by)\s", text[pos + len(t.text):pos + len(t.text) + 5])
        if t.i > 0 and t.doc[t.i - 1].lemma_.casefold() in ("faire", "have", "get"):
            return self._causative(st, text, sent, t, clause)
        if re.match(r"\s+(?:with|using|avec|à partir de|autour de|around)\b", text[pos + len(t.text):pos + len(t.text) + 14],
                    re.IGNORECASE):
            return self._on_use(st, text, sent, t)  # "built with 100,000 H100 GPUs": the chips are used, not made
        if passive:  # "will be built by both TSMC and Samsung"
            makers = self._after_prep(text, sent, pos, clause.end, self.data.cue("by_words"))[:1]
            makers = self._group_after(text, sent.mentions, makers[0].start, clause.end) if makers else []
            before = self._in(sent.mentions, sent.start, pos, ("Product",))
            product = before[-1] if before else None
        else:
            makers = self._subject(st, text, sent, t)
            product = self._product_for(st, text, sent, t, clause)
        if not makers:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        names = {mk.name for mk in makers}
        customers = [c for c in self._after_prep(text, sent, pos, clause.end,
                                                 self.data.cue("for_words") + self.data.cue("on_behalf"))
                     if c.name not in names][:1]
        if customers:  # "builds AI servers for Amazon, Microsoft and Google"
            customers = [c for c in self._group_after(text, sent.mentions, customers[0].start, clause.end)
                         if c.name not in names]
        if passive and product is None and not customers and re.search(
                r"(?<![\w'])(?:its|their|ses|leurs|sa|son)\s+(?:[\w-]+\s+){0,2}(?:chips?|puces?|processeurs?|processors?)\b",
                text[sent.start:pos], re.IGNORECASE):
            # "production of its Ascend chips, which are manufactured by SMIC": the owner of 'its'
            owner = self._sentence_subject(sent)
            if owner is not None and owner.name not in names:
                customers = [owner]
        if passive and product is not None and not customers:
            # "ses puces H20 étaient fabriquées par TSMC": the product's owner is the customer
            owner = next((c for c in sent.mentions if c.kind == "Company" and c.name not in names
                          and self._brand_link(text, sent, c, product)), None) or \
                self._determiner_owner(st, text, sent, product.start)
            if owner is not None and owner.name not in names:
                customers = [owner]
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
                self._emit(st, sent, text, "manufactures", mk.name, "Company", product.name, "Product", 0.7, status,
                           date=quals.get("date"))
            owner = next((c for c in sent.mentions if c.kind == "Company" and c.name not in names
                          and c.start > pos and self._brand_link(text, sent, c, product)
                          and not re.fullmatch(r"\s*", text[c.end:product.start] if c.end <= product.start else "x")), None)
            if owner is not None and not passive and not customers:  # "TSMC fabrique les puces Blackwell de Nvidia"
                customers.append(owner)
        for c in customers:
            for mk in makers:
                self._emit(st, sent, text, "supplies", mk.name, "Company", c.name, "Company", 0.65, status,
                           product=product.name if product else None, date=quals.get("date"))

    def _causative(self, st, text, sent, t, clause):
        """'Huawei fait fabriquer ses puces par SMIC': the subject is the customer, 'par X' the maker."""
        pos = sent.start + t.idx
        makers = self._after_prep(text, sent, pos, clause.end, self.data.cue("by_words"))[:1]
        customers = self._subject(st, text, sent, t.doc[t.i - 1])
        product = self._product_for(st, text, sent, t, clause)
        if not makers or not customers:
            return
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for c in customers:
            if c.name == makers[0].name:
                continue
            self._emit(st, sent, text, "supplies", makers[0].name, "Company", c.name, "Company", 0.7, status,
                       product=product.name if product else None)
        if product is not None:
            self._emit(st, sent, text, "manufactures", makers[0].name, "Company", product.name, "Product", 0.65, status)

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
        pos, end, clause = self._where(sent, t)
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
                    if re.fullmatch(r"\s*(?:of|de|d'|des|du)\s+(?:[\w'-]+\s+){0,3}", text[end:m.start], re.IGNORECASE)]
        makers = self._subject(st, text, sent, t)
        if products and makers:
            quals, status = self._qualify(st, text, sent, t, clause, products)
            fors = [c for c in self._after_prep(text, sent, end, clause.end, self.data.cue("for_words"))
                    if c.name not in {mk.name for mk in makers}]
            for mk in makers:
                self._emit(st, sent, text, "manufactures", mk.name, "Company", products[0].name, "Product", 0.7,
                           status, date=quals.get("date"))
                for c in fors[:1]:
                    self._emit(st, sent, text, "supplies", mk.name, "Company", c.name, "Company", 0.6, status,
                               product=products[0].name, date=quals.get("date"))

    def _on_use(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
        passive = re.match(r"\s*(?:par|by)\s", text[pos + len(t.text):pos + len(t.text) + 5])
        users = self._subject(st, text, sent, t)
        product = self._product_for(st, text, sent, t, clause)
        if passive and product is not None:
            # "GB200 servers, powered by Nvidia's Blackwell GPUs": the maker of the servers uses the chips
            users = [u for u in self._group_before(text, sent.mentions, pos, sent.start) if u.kind == "Company"][-1:]
        inside = re.match(r"\s*(?:(?:only|seulement|uniquement|also|aussi|notamment)\s+)?(?:in|into|dans|sur)\s+(.{0,60})",
                          text[pos + len(t.text):clause.end], re.IGNORECASE)
        motion = t.lemma_.casefold() in ("go", "entrer")
        if motion and not inside:
            return  # 'go' and 'entrer' are uses only as 'go into Nvidia's GPUs'
        if inside and (motion or any(c.dep_ in ("aux:pass", "auxpass") for c in t.children)):
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
        froms = self._after_prep(text, sent, product.end, clause.end, self.data.cue("explicit_from"))
        if not froms and t.lemma_.casefold() in self.data.cue("rent_verbs"):
            # "OpenAI is renting Google's TPUs": a rental is a supply by the chips' owner
            maker = self._maker_of(st, text, sent, product)
            froms = [self._virtual(maker, pos)] if maker else []
        for u in users:
            for f in froms[:1]:  # "using DUV machines from ASML"
                if f.name != u.name:
                    self._emit(st, sent, text, "supplies", f.name, "Company", u.name, "Company", 0.6, status,
                               product=product.name)
            if u.name == self._maker_of(st, text, sent, product):
                continue
            self._emit(st, sent, text, "uses", u.name, "Company", product.name, "Product", 0.7, status,
                       quantity=quals.get("quantity"), quantity_qualifier=quals.get("quantity_qualifier"),
                       date=quals.get("date"))

    # export restrictions ---------------------------------------------------------
