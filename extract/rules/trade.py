"""Orders, deliveries, shipments, supply statements, customers, suppliers and partners."""
from __future__ import annotations

import re


class Trade:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

    def _on_order(self, st, text, sent, t):
        _, _, clause = self._where(sent, t)
        if t.head.lemma_.casefold() in self.data.cue("ask_to_make"):
            return  # "demandé à TSMC de fabriquer": the manufacture rule reads it as an order
        self._order(st, text, sent, t, clause, self._subject(st, text, sent, t))

    def _on_order_noun(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
        verbs = [x for x in sent.tokens_between(clause.start, pos) if x.pos_ == "VERB"]
        if verbs and verbs[-1].lemma_.casefold() in self.data.cue("win_verbs"):
            # "Infineon won an order from Tesla": the subject sells, the 'from' company buys
            sellers = self._subject(st, text, sent, verbs[-1])
            buyers = self._after_prep(text, sent, pos, clause.end, self.data.cue("from_words"))[:1] or [
                m for m in self._in(sent.mentions, pos, min(clause.end, pos + 70), ("Company",))
                if re.match(r"\s*(?:de|d'|du|from|auprès)\b", text[pos + len(t.text):pos + len(t.text) + 12], re.IGNORECASE)][:1]
            if buyers:  # "une commande de l'opérateur de cloud Sakura Internet"
                buyers = self._group_after(text, sent.mentions, buyers[0].start, clause.end)
            else:  # "orders ... from Chinese companies including iFlytek and Zhipu"
                intro = "|".join(re.escape(w) for w in self.data.cue("list_introducers"))
                fw = "|".join(re.escape(w) for w in self.data.cue("from_words"))
                m = re.search(r"(?<![\w'])(?:" + fw + r")\s+(?:[\w'-]+[\s,]+){0,4}?(?:" + intro + r")\s+",
                              text[pos:sent.end], re.IGNORECASE)
                buyers = self._group_after(text, sent.mentions, pos + m.end(), sent.end) if m else []
            product = self._product_for(st, text, sent, t, clause)
            if sellers and buyers:
                quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
                for s_ in sellers:
                    for b in buyers:
                        if s_.name == b.name:
                            continue
                        if product is not None:
                            self._emit(st, sent, text, "ordered", b.name, "Company", product.name, "Product", 0.6,
                                       status, supplier=s_.name, product=product.name, **quals)
                        self._emit(st, sent, text, "supplies", s_.name, "Company", b.name, "Company", 0.65,
                                   status, product=product.name if product else None, date=quals.get("date"))
            return
        buyers = self._subject(st, text, sent, t)
        if not buyers and self._pronoun_before(text, clause.start, sent.start + t.idx, plural=True):
            buyers = []  # plural pronouns stay unresolved: better no fact than a wrong buyer
        if not buyers:  # "ByteDance's orders for H20", "les commandes de ByteDance auprès de Nvidia"
            possessor = self._possessor(text, sent, pos, clause.start)
            end = pos + len(t.text)
            of = [m for m in self._after_prep(text, sent, end, clause.end, self.data.cue("of_words"))
                  if m.start - end < 8]
            buyers = [possessor] if possessor is not None else of[:1]
        self._order(st, text, sent, t, clause, buyers, noun=True)

    def _order(self, st, text, sent, t, clause, buyers, noun=False):
        pos = sent.start + t.idx
        product = self._product_for(st, text, sent, t, clause)
        if not buyers:
            return
        suppliers = self._after_prep(text, sent, pos, clause.end, self.data.cue("from_words"))
        suppliers = [m for m in suppliers if m.kind == "Company" and m.name not in {b.name for b in buyers}]
        if not suppliers:
            suppliers = self._brand_of_goods(text, sent, pos, self._object_end(sent, t, clause))
            suppliers = [m for m in suppliers if m.name not in {b.name for b in buyers}]
        if product is None:
            # "X a commandé des wafers à SMIC", "spend $7 billion on Nvidia chips": a named seller is a supply
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

    def _brand_of_goods(self, text, sent, pos, hi) -> list:
        """The company named as the brand of generic goods in an object: 'Nvidia chips', 'des puces Nvidia'."""
        heads = "|".join(re.escape(h) for h in self.data.cue("product_heads") if len(h) > 2)
        for m in self._in(sent.mentions, pos, hi, ("Company",)):
            after, before = text[m.end:m.end + 25], text[max(pos, m.start - 25):m.start]
            if re.match(r"\s+(?:[\w-]+\s+)?(?:" + heads + r")\b", after, re.IGNORECASE) and not \
                    re.match(r"'", after) or re.search(r"(?:" + heads + r")\s+$", before, re.IGNORECASE):
                return [m]
        return []

    def _on_receive(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
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

    def _on_ship(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
        if re.match(r"\s*(?:par|by)\s", text[pos + len(t.text):pos + len(t.text) + 5]):
            return self._shipped_by(st, text, sent, t, clause, pos)
        sellers = self._subject(st, text, sent, t)
        if not sellers:
            return
        buyers = [m for m in self._after_prep(text, sent, pos, clause.end, self.data.cue("to_words"))
                  if m.name not in {s.name for s in sellers}][:1]
        if buyers:  # "to Meta and Oracle"
            buyers = [m for m in self._group_after(text, sent.mentions, buyers[0].start, clause.end)
                      if m.name not in {s.name for s in sellers}]
        if not buyers and st.last_order and re.search(
                r"(?<![\w'])(?:à|aux|to)\s+(?:ces|these|those|les|the|their|leurs)\s+(?:\w+\s+)?(?:clients|customers|acheteurs|"
                r"buyers|entreprises|companies|groupes)\b", text[pos:clause.end], re.IGNORECASE):
            buyers = list(st.last_order[0])  # "à ces clients": the buyers of the order told before
        if not buyers and re.search(r"(?<![\w'])(?:lui|leur)\s+$", text[max(clause.start, pos - 8):pos], re.IGNORECASE):
            buyers = self._clitic_party(text, sent, pos, {x.name for x in sellers})
        buyers = buyers or self._listed_after(text, sent, pos, clause.end) \
            or self._unknown_after(text, sent, pos, clause.end, self.data.cue("to_words")) \
            or self._destined_for(text, sent, pos, clause.end)
        product = self._product_for(st, text, sent, t, clause)
        selling = t.lemma_.casefold() in ("sell", "vendre", "commercialiser")
        quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [], loose=True)
        if selling and product is not None:
            # "AMD sells its MI300 accelerators": selling one's own product presents it as one's own
            for s in sellers:
                if self._maker_of(st, text, sent, product) in (None, s.name):
                    self._emit(st, sent, text, "manufactures", s.name, "Company", product.name, "Product", 0.6,
                               status)
        for s in sellers:
            for b in buyers:
                if not selling:  # a sale is a supply relation, not a shipment; a shipment needs no named product
                    self._emit(st, sent, text, "delivered", s.name, "Company", b.name, "Company", 0.75, status,
                               product=product.name if product else None, **quals)
                self._emit(st, sent, text, "supplies", s.name, "Company", b.name, "Company", 0.7, status,
                           product=product.name if product else None, date=quals.get("date"))

    def _shipped_by(self, st, text, sent, t, clause, pos):
        """'son premier scanner EUV NXE:3800E, livré par ASML': the 'by' company ships to the sentence's subject."""
        sellers = self._after_prep(text, sent, pos, clause.end, self.data.cue("by_words"))[:1]
        buyer = self._sentence_subject(sent)
        products = self._in(sent.mentions, sent.start, pos, ("Product",))
        if not sellers or buyer is None or buyer.name == sellers[0].name:
            return
        product = products[-1] if products else None
        quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [], loose=True)
        self._emit(st, sent, text, "delivered", sellers[0].name, "Company", buyer.name, "Company", 0.6, status,
                   product=product.name if product else None, **quals)
        self._emit(st, sent, text, "supplies", sellers[0].name, "Company", buyer.name, "Company", 0.6, status,
                   product=product.name if product else None, date=quals.get("date"))
        if product is not None:
            self._emit(st, sent, text, "manufactures", sellers[0].name, "Company", product.name, "Product", 0.5, status)

    def _on_ship_noun(self, st, text, sent, t):
        """'Les livraisons de machines EUV d'ASML à TSMC', "Shipments of ASML's EUV machines to TSMC"."""
        pos, end, clause = self._where(sent, t)
        buyers = self._after_prep(text, sent, end, clause.end, self.data.cue("to_words"))
        buyers = [b for b in buyers if b.name not in {m.name for m in self._in(sent.mentions, end, b.start, ("Company",))
                                                     if re.match(r"'s?\s", text[m.end:m.end + 3])}]
        product = next(iter(self._products_in_phrase(sent, end, clause.end)), None)
        possessor = self._possessor(text, sent, pos, clause.start)
        of = [m for m in self._after_prep(text, sent, end, clause.end, self.data.cue("of_words"))
              if m not in buyers and not (product and m.start > product.end + 30)]
        seller = possessor.name if possessor else (of[0].name if of else
                                                   (self._maker_of(st, text, sent, product) if product else None))
        if not buyers or not seller:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [], loose=True)
        for b in buyers[:1]:
            if b.name == seller:
                continue
            if product is not None:
                self._emit(st, sent, text, "delivered", seller, "Company", b.name, "Company", 0.65, status,
                           product=product.name, **quals)
            self._emit(st, sent, text, "supplies", seller, "Company", b.name, "Company", 0.6, status,
                       product=product.name if product else None, date=quals.get("date"))

    def _destined_for(self, text, sent, pos, hi) -> list:
        """'des HBM3E destinées aux GPU H200 de Nvidia', 'HBM3E destined for Nvidia's H200': the product's owner."""
        m = re.search(r"(?<![\w'])(?:destiné|destinée|destinés|destinées|destined|intended|bound|réservé|réservée|réservées)"
                      r"\s+(?:à|aux|au|pour|for|to)\b", text[pos:hi], re.IGNORECASE)
        if not m:
            return []
        return [c for c in self._in(sent.mentions, pos + m.end(), min(hi, pos + m.end() + 60), ("Company",))][:1]

    def _on_qualify(self, st, text, sent, t, noun=False):
        """'Nvidia has cleared Samsung's HBM3 chips for use', 'les tests de qualification de Nvidia pour sa puce
        HBM3E': a customer qualifying a supplier's part is a supply relation in the making (planned)."""
        pos, end, clause = self._where(sent, t)
        if noun:
            possessor = self._possessor(text, sent, pos, clause.start)
            of = [m for m in self._after_prep(text, sent, end, clause.end, self.data.cue("of_words"))
                  if m.start - end < 12]
            customers = [possessor] if possessor is not None else of[:1]
        else:
            customers = self._dep_subject(sent, t, ("Company",)) or self._subject(st, text, sent, t)
        product = next(iter(self._products_after(sent, end, clause.end)), None)
        if product is None and noun:  # "Samsung's HBM3E chips passed Nvidia's qualification tests"
            product = next(iter(reversed(self._in(sent.mentions, clause.start, pos, ("Product",)))), None)
        if not customers or product is None:
            return
        maker = next((c.name for c in sent.mentions if c.kind == "Company" and c.name not in {x.name for x in customers}
                      and self._brand_link(text, sent, c, product)), None)
        if maker is None:  # "AMD has also qualified HBM3E from Samsung Electronics"
            froms = [m for m in self._after_prep(text, sent, product.end, clause.end, self.data.cue("from_words"))
                     if m.name not in {x.name for x in customers}]
            maker = froms[0].name if froms else None
        if maker is None:
            owner = self._determiner_owner(st, text, sent, product.start)
            maker = owner.name if owner is not None else (st.makers.get(product.name) or product.maker)
        _, status = self._qualify(st, text, sent, t, clause, [product])
        for c in customers:
            if maker and maker != c.name:
                self._emit(st, sent, text, "supplies", maker, "Company", c.name, "Company", 0.55,
                           "planned" if status == "asserted" else status, product=product.name)
                self._emit(st, sent, text, "manufactures", maker, "Company", product.name, "Product", 0.55)

    def _on_qualify_noun(self, st, text, sent, t):
        self._on_qualify(st, text, sent, t, noun=True)

    def _on_outsource(self, st, text, sent, t):
        """'Lisuan Tech a confié l'assemblage de son GPU G100 à Tongfu': the contractor supplies the client."""
        pos, _, clause = self._where(sent, t)
        rest = text[pos:clause.end].casefold()
        if not re.search(r"assemblage|fabrication|production|gravure|packaging|assembly|manufactur|making|encapsulation", rest):
            return
        clients = self._subject(st, text, sent, t)
        names = {c.name for c in clients}
        contractors = [m for m in self._after_prep(text, sent, pos, clause.end, self.data.cue("to_words"))
                       if m.name not in names][:1] or self._unknown_after(text, sent, pos, clause.end,
                                                                          self.data.cue("to_words"), places=False)
        product = next(iter(self._products_after(sent, pos, clause.end)), None)
        if not clients or not contractors:
            return
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for c in clients:
            self._emit(st, sent, text, "supplies", contractors[0].name, "Company", c.name, "Company", 0.6, status,
                       product=product.name if product else None)
        if product is not None:
            self._emit(st, sent, text, "manufactures", contractors[0].name, "Company", product.name, "Product", 0.55,
                       status)

    def _on_rely(self, st, text, sent, t):
        """'Apple s'appuie sur TSMC pour la fabrication de ses puces', 'relies on TSMC to manufacture its chips'."""
        pos, _, clause = self._where(sent, t)
        preps = self.data.cue("rely_preps")
        partners = self._after_prep(text, sent, pos, min(clause.end, pos + len(t.text) + 30), preps)
        rest = text[pos:clause.end].casefold()
        if not partners or not any(w in rest for w in self.data.cue("make_words")):
            return
        users = self._subject(st, text, sent, t)
        product = next(iter(self._products_after(sent, partners[0].end, clause.end)), None)
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for u in users:
            if u.name != partners[0].name:
                self._emit(st, sent, text, "supplies", partners[0].name, "Company", u.name, "Company", 0.6, status,
                           product=product.name if product else None)

    def _on_supply(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
        if any(c.lower_ in ("s'", "se") for c in t.children) or text[max(0, pos - 3):pos].casefold().endswith("s'"):
            # "Nvidia s'approvisionne auprès de SK Hynix": the subject buys
            return self._order(st, text, sent, t, clause, self._subject(st, text, sent, t))
        suppliers = self._subject(st, text, sent, t)
        if not suppliers:
            return
        names = {s.name for s in suppliers}
        product = self._product_for(st, text, sent, t, clause)
        customers = [m for m in self._after_prep(text, sent, pos, clause.end, self.data.cue("to_words"))
                     if m.name not in names] or self._unknown_after(text, sent, pos, clause.end, self.data.cue("to_words"))
        if not customers:  # "to the U.S. chip designer": a described customer
            described = re.search(r"(?<![\w'])(?:to|à)\s+(?:the|la|le|l')\s*(?:[\w.-]+\s+){0,3}?(?:" +
                                  "|".join(re.escape(n) for n in self.data.cue("company_nouns")) + r")\b",
                                  text[pos:clause.end], re.IGNORECASE)
            who = self._home_referent(st, text, pos + described.start(), pos + described.end()) if described else None
            if who and who not in names:
                customers = [self._virtual(who, pos + described.start())]
        if not customers:
            direct = [m for m in self._in(sent.mentions, pos, clause.end, ("Company",)) if m.name not in names]
            if direct and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}?", text[pos + len(t.text):direct[0].start]) and not any(
                    m.kind == "Product" and pos < m.start < direct[0].start for m in sent.mentions):
                # "supplies Nvidia with", "fournit déjà Hyundai et Kia en microcontrôleurs"
                customers = self._group_after(text, sent.mentions, direct[0].start, clause.end)
        if not customers and re.search(r"(?<![\w'])(?:lui|leur)\s+$", text[max(clause.start, pos - 8):pos], re.IGNORECASE):
            customers = self._clitic_party(text, sent, pos, names)
        if not customers:  # "fournit déjà Hyundai et Kia en microcontrôleurs": names the NER missed, by their place
            customers = [m for m in self._object_names(text, sent, pos + len(t.text), clause.end) if m.name not in names]
        if not customers:
            return
        quals, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for s in suppliers:
            for c in customers:
                self._emit(st, sent, text, "supplies", s.name, "Company", c.name, "Company", 0.8, status,
                           product=product.name if product else None, date=quals.get("date"))

    def _object_names(self, text, sent, start, hi) -> list:
        """Capitalised names that directly follow a verb (after at most two adverbs), as a coordinated list."""
        name = r"[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2}"
        m = re.match(r"\s+(?:[a-zà-ÿ]+\s+){0,2}?(?P<list>" + name + r"(?:\s*(?:,|et|and)\s*" + name + r")*)",
                     text[start:hi])
        if not m:
            return []
        out = []
        for n in re.finditer(name, m.group("list")):
            s = start + m.start("list") + n.start()
            word = n.group(0)
            tok = sent.token_at(s)
            if self.lex.government(word) or self.lex.is_non_company(word) or (tok is not None and tok.pos_ not in ("PROPN", "NOUN", "X")):
                return []
            out += self._role_mention(sent, s, word)
        return out

    def _clitic_party(self, text, sent, pos, names) -> list:
        """'un accord avec Stellantis pour lui fournir', 'CXMT, qui prévoit de lui livrer': the 'lui' is the
        partner named with 'avec', else the sentence's other company before the verb."""
        avec = [m for m in self._after_prep(text, sent, sent.start, pos, ["avec", "with"]) if m.name not in names] or \
            [m for m in self._unknown_after(text, sent, sent.start, pos, ["avec", "with"], places=False)
             if m.name not in names]
        if avec:
            return avec[-1:]
        before = [m for m in self._in(sent.mentions, sent.start, pos, ("Company",)) if m.name not in names]
        return before[:1]

    def _on_customer_noun(self, st, text, sent, t):
        pos, end, clause = self._where(sent, t)
        possessor = self._possessor(text, sent, pos, clause.start)
        listed = self._customers_listed(text, sent, pos, end)
        if listed:
            # "its largest Chinese customers, including SMIC and Hua Hong": the owner of "its" supplies them
            owner = possessor or self._determiner_owner(st, text, sent, pos)
            if owner is not None:
                _, status = self._qualify(st, text, sent, t, clause, [])
                for c in listed:
                    if c.name != owner.name:
                        self._emit(st, sent, text, "supplies", owner.name, "Company", c.name, "Company", 0.7, status)
                return
        among = "|".join(re.escape(w) for w in self.data.cue("among"))
        if re.search(r"(?<![\w'])(?:" + among + r")\s+(?:its|their|ses|leurs)\s+(?:[\w-]+\s+){0,3}$",
                     text[clause.start:pos], re.IGNORECASE):
            # "Nvidia counts Microsoft, Meta and Google among its biggest customers"
            owner = self._sentence_subject(sent) or next(iter(self._opening_name(text, sent, pos)), None)
            cut = re.search(r"(?<![\w'])(?:" + among + r")\b", text[clause.start:pos], re.IGNORECASE)
            listed = self._group_before(text, sent.mentions, clause.start + cut.start(), clause.start) or \
                self._group_after(text, sent.mentions, end, clause.end)  # "compte parmi ses clients Apple et AMD"
            if owner is not None:
                _, status = self._qualify(st, text, sent, t, clause, [])
                for c in listed:
                    if c.name != owner.name:
                        self._emit(st, sent, text, "supplies", owner.name, "Company", c.name, "Company", 0.65, status)
            return
        customers = self._subject(st, text, sent, t)
        if possessor is not None:
            customers = [c for c in customers if c.name != possessor.name] or \
                self._group_before(text, sent.mentions, possessor.start, clause.start) or \
                [m for m in self._in(sent.mentions, end, clause.end, ("Company",)) if m.start <= end + 3]
        if possessor is not None:
            suppliers = [possessor]
            customers = [c for c in customers if c.name != possessor.name]
        else:
            after = self._after_prep(text, sent, end, clause.end, self.data.cue("of_words") + ["for", "pour", "at"])
            suppliers = after[:1]
            if not suppliers:  # "Nvidia deviendrait son plus gros client": 'son' is the sentence's subject
                owner = self._determiner_owner(st, text, sent, pos)
                suppliers = [owner] if owner is not None and owner.name not in {c.name for c in customers} else []
        self._supply_pairs(st, text, sent, t, clause, end, suppliers, customers)

    def _supply_pairs(self, st, text, sent, t, clause, end, suppliers, customers) -> None:
        """Every supplier supplies every customer a noun trigger names, with the product of its phrase."""
        if not customers or not suppliers:
            return
        product = next(iter(self._products_in_phrase(sent, end, clause.end)), None)
        _, status = self._qualify(st, text, sent, t, clause, [product] if product else [])
        for s in suppliers:
            for c in customers:
                self._emit(st, sent, text, "supplies", s.name, "Company", c.name, "Company", 0.75, status,
                           product=product.name if product else None)

    def _customers_listed(self, text, sent, pos, end) -> list:
        """Companies a customer noun introduces: 'customers such as X and Y', 'clients, dont X et Y'."""
        intro = "|".join(re.escape(w) for w in self.data.cue("list_introducers"))
        m = re.match(r"[\s,]*(?:[\w-]+\s+){0,2}?[\s,]*(?:" + intro + r")\s+", text[end:sent.end], re.IGNORECASE)
        if not m:
            return []
        return self._group_after(text, sent.mentions, end + m.end(), sent.end)

    def _determiner_owner(self, st, text, sent, pos):
        """The company a possessive determiner right before ``pos`` stands for ('its', 'ses'): the subject."""
        before = text[max(sent.start, pos - 40):pos]
        if not re.search(r"(?<![\w'])(?:its|their|ses|son|sa|leurs?)\s+(?:[\w-]+\s+){0,3}$", before, re.IGNORECASE):
            return None
        subject = self._sentence_subject(sent)
        if subject is not None and subject.end <= pos:
            return subject
        return self._virtual(st.focus, pos) if st.focus else None

    def _on_supplier_noun(self, st, text, sent, t):
        pos, end, clause = self._where(sent, t)
        possessor = self._possessor(text, sent, pos, clause.start)
        suppliers = self._subject(st, text, sent, t)
        if re.search(r"(?<![\w'])(?:comme|as|en tant que)\s+(?:(?:a|an|un|une|le|la|son|its|sole|main|seul|principal|"
                     r"premier|first)\s+){0,3}$", text[clause.start:pos], re.IGNORECASE):
            subject = self._sentence_subject(sent)  # "Samsung a été choisi par Nvidia comme fournisseur"
            suppliers = [subject] if subject is not None else suppliers
        if possessor is not None:
            customers = [possessor]
            suppliers = [s for s in suppliers if s.name != possessor.name]
            if not suppliers:
                suppliers = self._group_after(text, sent.mentions, end, clause.end)[:1]
        else:
            customers = self._after_prep(text, sent, end, clause.end,
                                         self.data.cue("of_words") + self.data.cue("to_words"))[:1]
            if not customers:  # "TSMC remains its sole supplier": 'its' is the sentence's subject
                owner = self._determiner_owner(st, text, sent, pos)
                customers = [owner] if owner is not None and owner.name not in {x.name for x in suppliers} else []
            if not customers:  # "Samsung a été choisi par Nvidia comme fournisseur"
                customers = [m for m in self._after_prep(text, sent, clause.start, pos, self.data.cue("by_words"))
                             if m.name not in {x.name for x in suppliers}][:1]
        self._supply_pairs(st, text, sent, t, clause, end, suppliers, customers)

    def _on_partner_noun(self, st, text, sent, t):
        pos, _, clause = self._where(sent, t)
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
