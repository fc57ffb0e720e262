"""Parents, subsidiaries and the descriptions that stand for a parent ("le propriétaire de TikTok")."""
from __future__ import annotations

import re

from supplykg.extract.mentions import Mention
from supplykg.extract.rules.state import DETS


class Ownership:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

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
                    and re.fullmatch(r"\s*(?:,|\(|est|is|was|, the|, la|, le|\(le|\(la)?\s*" + DETS, text[m.end:pos],
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
        if possessor is not None:  # "Hon Hai's cloud solution subsidiary Ingrasys", "HiSilicon, Huawei's unit"
            nxt = [m for m in self._in(sent.mentions, end, min(sent.end, end + 30), ("Company",))
                   if re.fullmatch(r"[\s,]*", text[end:m.start])] or self._name_after(text, sent, end)
            before = [m for m in sent.mentions if m.kind == "Company" and m.end <= possessor.start
                      and re.fullmatch(r"\s*,\s*(?:the\s+|la\s+|le\s+)?", text[m.end:possessor.start])]
            child = nxt[0] if nxt else (before[-1] if before else None)
            if child is not None and child.name != possessor.name:
                self._emit(st, sent, text, "parent_of", possessor.name, "Company", child.name, "Company", 0.75)
            return
        if re.search(r"(?<![\w'])(?:its|their|sa|son|ses|leur)\s+(?:[\w-]+\s+){0,3}$",
                     text[max(sent.start, pos - 40):pos], re.IGNORECASE):
            # "Its subsidiary Foxconn Industrial Internet": the parent is the company the article is about
            child = next(iter([m for m in self._in(sent.mentions, end, min(sent.end, end + 30), ("Company",))
                               if re.fullmatch(r"[\s,]*", text[end:m.start])] or self._name_after(text, sent, end)), None)
            own = self._sentence_subject(sent) or next(iter(self._main_subject_name(text, sent)), None)
            parent = own.name if own is not None and own.end <= pos and own is not child else (st.last_subject or st.focus)
            if child is not None and parent and parent != child.name:
                self._emit(st, sent, text, "parent_of", parent, "Company", child.name, "Company", 0.6)
            return
        of = self._after_prep(text, sent, end, min(sent.end, end + 60), self.data.cue("of_words")) or \
            self._name_after_prep(text, sent, end, ("of", "de", "du"))  # "a subsidiary of Anhui Hengtai Materials"
        if of and of[0].start - end < 45:
            left = [m for m in sent.mentions if m.kind == "Company" and m.end <= pos
                    and re.fullmatch(r"\s*(?:,|\(|est|is|, a|, une|, la|, the)?\s*" + DETS, text[m.end:pos],
                                     re.IGNORECASE)] or self._opening_name(text, sent, pos)
            if left:
                self._emit(st, sent, text, "parent_of", of[0].name, "Company", left[-1].name, "Company", 0.75)
            else:  # "T-Head, la division puces d'Alibaba"
                nxt = self._name_before(text, sent, pos) or self._name_after(text, sent, of[0].end)
                if nxt and nxt[0].name != of[0].name:
                    self._emit(st, sent, text, "parent_of", of[0].name, "Company", nxt[0].name, "Company", 0.7)

    def _name_after(self, text, sent, end) -> list:
        """A capitalised name right after a subsidiary noun ('unit T-Head'): the subsidiary, known by its role."""
        m = re.match(r"(?:\s+(?:[a-zà-ÿ-]+\s+){0,2}|[\s,]*)(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})",
                     text[end:min(sent.end, end + 50)])  # 'sa filiale suédoise Norvald'
        if not m or self.lex.government(m.group("name")) or self.lex.is_non_company(m.group("name")):
            return []
        between = [sent.token_at(end + w.start()) for w in re.finditer(r"[a-zà-ÿ-]+", text[end:end + m.start("name")])]
        if any(tok is None or tok.pos_ != "ADJ" for tok in between):
            return []  # 'sa filiale suédoise Norvald' yes; 'foundry arm already makes Tesla' no
        return self._role_mention(sent, end + m.start("name"), m.group("name"))

    def _main_subject_name(self, text, sent) -> list:
        """The proper-noun subject of the sentence's root verb, known or not ('De son côté, Kalray a indiqué')."""
        root = next((tok for tok in sent.doc if tok.dep_ == "ROOT"), None)
        if root is None:
            return []
        found = self._unknown_subject(text, sent, root, self._clause_of(sent, sent.start + root.idx))
        return [found] if found is not None else []

    def _name_before(self, text, sent, pos) -> list:
        """A capitalised name that opens the sentence before an apposition ('T-Head, la division ...')."""
        m = re.fullmatch(r"\s*(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s*(?:,\s*(?:la|le|the|a|an|une|un)?\s*"
                         r"(?:[\w-]+\s+){0,3}|"
                         r"(?:is|est|a été|was|has been|were|are)?\s*)", text[sent.start:pos])
        if not m or self.lex.government(m.group("name")) or self.lex.is_non_company(m.group("name")):
            return []
        s = sent.start + m.start("name")
        name = m.group("name")
        return self._role_mention(sent, s, name)

    def _name_after_prep(self, text, sent, pos, preps) -> list:
        alt = "|".join(re.escape(p) for p in preps)
        m = re.search(r"(?<![\w'])(?:" + alt + r")\s+(?:(?:le|la|les|l'|the)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}?"
                      r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})", text[pos:min(sent.end, pos + 70)])
        if not m or self.lex.government(m.group("name")) or self.lex.is_non_company(m.group("name")):
            return []
        return self._role_mention(sent, pos + m.start("name"), m.group("name"))

    def _on_owned(self, st, text, sent, t):
        """'Annapurna Labs is owned by Amazon', 'Arm, détenu majoritairement par SoftBank', 'appartient à Amazon'."""
        pos, _, clause = self._where(sent, t)
        window = text[max(sent.start, pos - 30):min(sent.end, pos + 40)].casefold()
        if any(c in window for c in self.data.cue("spin_off")):
            return
        after = text[pos:min(clause.end, pos + 40)].casefold()
        after = text[pos:min(clause.end, pos + 60)].casefold()
        if not any(re.match(re.escape(w.split()[0]) + r"\w*\s+(?:\S+\s+){0,5}?" + re.escape(w.split()[-1]) + r"\b", after)
                   for w in self.data.cue("owned_by")):
            return  # only the passive or 'belongs to' form names a parent; 'X owns a stake' does not
        parents = [m for m in self._after_prep(text, sent, pos, min(clause.end, pos + 60),
                                               ["by", "par", "à", "to", "de", "of"]) if m.start - pos < 45][:1] \
            or self._name_after_prep(text, sent, pos, ("by", "par", "à", "to"))
        children = self._dep_subject(sent, t, ("Company",)) or \
            self._group_before(text, sent.mentions, pos, sent.start)[-1:] or \
            [m for m in [self._unknown_subject(text, sent, t, clause)] if m is not None] or \
            self._name_before(text, sent, pos)
        for c in children:
            for p in parents:
                if c.name != p.name:
                    st.registry.add_parent(p.name, c.name)
                    self._emit(st, sent, text, "parent_of", p.name, "Company", c.name, "Company", 0.7)

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
        makers = "|".join(re.escape(w) for w in ("maker", "manufacturer", "designer", "assembler", "fabricant",
                                                  "concepteur", "assembleur", "constructeur"))
        for p in [m for m in sent.mentions if m.kind == "Product"]:
            owner = st.makers.get(p.name) or p.maker
            if not owner:
                continue
            # "the iPhone maker", "le fabricant de l'iPhone", "le concepteur des puces Ascend"
            after = re.match(r"\s+(?:" + makers + r")\b", text[p.end:p.end + 20], re.IGNORECASE)
            before = re.search(r"(?:le|la|the)\s+(?:" + makers + r")\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|of\s+the\s+)"
                               r"(?:[\w-]+\s+)?$", text[max(sent.start, p.start - 40):p.start], re.IGNORECASE)
            if after and re.search(r"(?:the|le|la)\s+$", text[max(sent.start, p.start - 6):p.start], re.IGNORECASE):
                span = (p.start - len(re.search(r"(?:the|le|la)\s+$", text[max(sent.start, p.start - 6):p.start],
                                                 re.IGNORECASE).group(0)), p.end + after.end())
            elif before:
                span = (p.start - (len(text[max(sent.start, p.start - 40):p.start]) - before.start()), p.end)
            else:
                continue
            if not any(o.kind == "Company" and o.start < span[1] and span[0] < o.end for o in sent.mentions):
                sent.mentions.append(Mention(span[0], span[1], text[span[0]:span[1]], owner, "Company",
                                             source="description"))
        sent.mentions.sort(key=lambda x: x.start)
        # a description mention replaces the child mention inside it
        sent.mentions[:] = [x for x in sent.mentions
                            if not any(d.source == "description" and d is not x and d.start <= x.start
                                       and x.end <= d.end for d in sent.mentions)]

    # manufacture / use -------------------------------------------------------
