"""Who fills a trigger's roles: subject groups, coordination, prepositions, pronouns and descriptions."""
from __future__ import annotations

import re

from supplykg.extract.lexicon import fold
from supplykg.extract.mentions import Mention
from supplykg.extract.rules.state import COORD, DETS, ArticleState, Clause, Sentence


class Roles:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

    def _where(self, sent: Sentence, t) -> tuple[int, int, Clause]:
        """Where trigger ``t`` stands in the article text: its start, its end and its clause."""
        pos = sent.start + t.idx
        return pos, pos + len(t.text), self._clause_of(sent, pos)

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
        if cands and re.match(r"'s?\s+(?:[\w-]+\s+){0,3}$", text[cands[-1].end:pos]):
            cands = cands[:-1]  # "TSMC, Nvidia's foundry": the possessor is not part of the subject
        nouns = "|".join(re.escape(n) for n in self.data.cue("company_nouns"))
        if cands and re.search(r"(?i:le|la|l'|the)\s*(?i:" + nouns + r")\s+(?:de|du|d'|of)\s*$",
                               text[max(lo, cands[-1].start - 30):cands[-1].start]):
            cands = cands[:-1]  # "Le groupe de Larry Ellison a commencé": the owner named, the group acts
        # "Scaleway, filiale du groupe Iliad, a acheté": a genitive complement inside an apposition is not a subject
        while cands and re.search(r",\s*[^,]{0,40}?(?:\bde|\bdu|\bdes|d'|\bof)\s+(?:(?:the|le|la|les|groupe|group|"
                                  r"company|société)\s+)*$", text[lo:cands[-1].start], re.IGNORECASE) \
                and re.match(r"\s*,", text[cands[-1].end:pos]):
            cands = cands[:-1]
        if not cands:
            return []
        group = [cands[-1]]
        for m in reversed(cands[:-1]):
            between = text[m.end:group[0].start]
            between = re.sub(r"\s*\([^)]*\)\s*", " ", between)
            between = re.sub(r"^\s*(?:Group|Holdings|Inc\.?|Corp\.?|Co\.?)\b", "", between)
            if COORD.match(between):
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
            if COORD.match(re.sub(r"\s*\([^)]*\)\s*", " ", text[group[-1].end:m.start])):
                group.append(m)
            else:
                break
        return group

    def _pronoun_before(self, text: str, a: int, b: int, plural: bool = False) -> bool:
        low = " " + text[a:b].casefold() + " "
        cues = self.data.cue("plural_pronouns" if plural else "subject_pronouns")
        if any(re.search(r"(?<![\w'])" + re.escape(c) + r"(?![\w'])", low) for c in cues):
            return True
        if plural:
            return False
        # a definite description: "the Shenzhen-based company", "le fabricant taïwanais", "le géant sud-coréen"
        nouns = "|".join(re.escape(n) for n in self.data.cue("company_nouns"))
        return bool(re.search(r"(?<![\w'])(?:the|le|la|l')\s*(?:[\w-]+\s+){0,2}?(?:" + nouns + r")(?![\w'])", low))

    def _subject(self, st: ArticleState, text: str, sent: Sentence, t, kinds=("Company",)) -> list[Mention]:
        """Who does what trigger ``t`` says: its clause's subject group, else a resolved pronoun."""
        pos, _, clause = self._where(sent, t)
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
        opening = self._opening_name(text, sent, pos) if "Company" in kinds and clause.index == 0 else []
        if opening:  # "Scaleway, filiale du groupe Iliad, a acheté": a name the NER missed opens the sentence
            return opening
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
            own = self._sentence_subject(sent)
            referent = own.name if own is not None and own.end <= clause.start else (st.last_subject or st.focus)
            if self._pronoun_before(text, clause.start, pos) and referent:
                referent = self._home_referent(st, text, clause.start, pos) or referent
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
        """The verb whose subject is also ``t``'s: climb conjuncts, control verbs ('plans to buy') and
        gerund adjuncts ('produces chips ... using DUV machines')."""
        verb = t
        for _ in range(4):
            gerund = (verb.tag_ == "VBG" or (verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Pres"])
                      or (verb.morph.get("VerbForm") == ["Inf"] and verb.dep_ == "advcl")) \
                and verb.dep_ in ("advcl", "pcomp", "acl")  # '... avec Stellantis pour lui fournir': the signer supplies
            if not gerund and (any(c.dep_.startswith("nsubj") for c in verb.children) or verb.head.i == verb.i):
                break
            if gerund or verb.dep_ in ("conj", "xcomp"):
                up = verb.head
                for _ in range(len(t.doc)):  # bounded: a head chain cannot be longer than the sentence
                    if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:  # spaCy tokens compare by index
                        break
                    up = up.head
                if up.i == verb.i:
                    break
                verb = up
            else:
                break
        return verb

    def _dep_subject(self, sent, t, kinds) -> list[Mention]:
        """Mentions that are the grammatical subject of trigger ``t`` (with coordinated subjects)."""
        verb = self._subject_verb(t)
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not heads or verb.i > t.i:
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
                # "the Chinese firm Kuaishou" names the firm; "le groupe de Larry Ellison" names its owner
                cands += [x for x in c.children if x.pos_ == "PROPN" and x.dep_ in ("appos", "flat:name", "compound")]
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

    def _home_referent(self, st, text: str, a: int, b: int) -> str | None:
        """'The Santa Clara-based chipmaker', 'le géant sud-coréen', 'the Dutch firm': among the companies the
        article has named, the most salient one whose home city or country the description gives."""
        low = " " + fold(text[a:b]) + " "  # adjectives and cities are compared folded ('U.S.' -> 'u s')
        homes = self.lex.company_home
        countries = {country for adj, country in self.lex.gov_adjective.items() if f" {adj} " in low}
        candidates = [name for name in st.salience if name in homes and (
            (homes[name][0] and f" {fold(homes[name][0])} " in low) or homes[name][1] in countries)]
        return max(candidates, key=st.salience.get) if candidates else None

    @staticmethod
    def _virtual(name: str, pos: int) -> Mention:
        return Mention(pos, pos, name, name, "Company", source="coreference")

    def _after_prep(self, text: str, sent: Sentence, pos: int, hi: int, preps: list[str],
                    kinds=("Company",)) -> list[Mention]:
        """Mentions after ``pos`` introduced by one of ``preps`` ("from X", "auprès de X", "à X")."""
        out = []
        place = r"(?:[a-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2}'s\s+)?"  # "to Saudi Arabia's Humain"
        nouns = "|".join(re.escape(n) for n in self.data.cue("company_nouns"))
        # "to Chinese memory maker CXMT", "by both TSMC and Samsung"
        described = r"(?:both\s+|à la fois\s+|(?:[\w-]+\s+){0,3}(?:" + nouns + r")\s+)?"
        for m in self._in(sent.mentions, pos, hi, kinds):
            before = text[max(pos, m.start - 40):m.start].casefold()
            if any(re.search(r"(?<![\w'])" + re.escape(p) + r"\s*" + DETS + place + described + r"$", before)
                   or (p.endswith("'") and before.endswith(p)) for p in preps):
                out.append(m)
        return out

    def _role_mention(self, sent: Sentence, s: int, name: str) -> list[Mention]:
        """A company known only by its place in the sentence: the mention already there, or a new one."""
        known = [x for x in sent.mentions if x.kind == "Company" and x.start == s]
        if known:
            return known
        if any(x.start <= s < x.end for x in sent.mentions):
            return []
        return [Mention(s, s + len(name), name, self.lex.company(name) or name, "Company", source="role")]

    def _opening_name(self, text: str, sent: Sentence, pos: int) -> list[Mention]:
        """A capitalised name that opens the sentence and is set off by an apposition ('Scaleway, filiale de ...,')."""
        m = re.match(r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}),\s+[^,]{3,80},\s*", text[sent.start:pos + 1])
        if not m or m.end() < pos - sent.start - 40:
            return []
        name = m.group("name")
        first = sent.doc[0] if len(sent.doc) else None
        if first is None or first.pos_ not in ("PROPN", "X") or self.lex.government(name) or self.lex.is_non_company(name):
            return []  # 'Et, en mars dernier, ...', 'However, ...': a function word, not a name
        s = sent.start
        return self._role_mention(sent, s, name)

    def _unknown_after(self, text: str, sent: Sentence, pos: int, hi: int, preps: list[str],
                       places: bool = True) -> list[Mention]:
        """A capitalised name right after 'to'/'à' that no lexicon or NER knew ('à Humain'): a company by its role."""
        alt = "|".join(re.escape(p) for p in preps)
        for m in re.finditer(r"(?<![\w'])(?:" + alt + r")\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*'s\s+)?"
                             r"(?P<name>[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})", text[pos:hi]):
            s, e = pos + m.start("name"), pos + m.end("name")
            name = text[s:e].rstrip(".")
            if any(x.start < e and s < x.end for x in sent.mentions) or self.lex.government(name) \
                    or self.lex.is_non_company(name) or name.casefold() in self.data.cue("months"):
                continue
            tok = sent.token_at(s)
            if tok is not None and (tok.ent_type_ == "NORP" or fold(tok.text) in self.lex.gov_adjective):
                # "to Norwegian cloud start-up Fjordlight Compute": skip the nationality to the name
                later = re.match(r"[A-Z][\w-]*\s+(?:[a-z-]+\s+){0,3}(?P<n>[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})",
                                 text[s:hi])
                if not later:
                    continue
                s = s + later.start("n")
                name = later.group("n").rstrip(".")
                tok = sent.token_at(s)
            place = ("GPE", "LOC") if places and not m.group(0).count("'s") else ()
            if tok is not None and tok.ent_type_ in ("PER", "PERSON", "DATE", *place):
                continue
            return [Mention(s, s + len(name), name, self.lex.company(name) or name, "Company", source="role")]
        return []

    def _listed_after(self, text: str, sent: Sentence, pos: int, hi: int) -> list[Mention]:
        """'to Chinese customers such as Baidu and iFlytek', 'à des clients comme Baidu et iFlytek'."""
        intro = "|".join(re.escape(w) for w in self.data.cue("list_introducers"))
        to = "|".join(re.escape(w) for w in self.data.cue("to_words"))
        hi = sent.end  # the list often follows a comma that ends the clause: "à des clients chinois, dont SMIC"
        m = re.search(r"(?<![\w'])(?:" + to + r")\s+(?:[\w'-]+[\s,]+){0,4}?(?:" + intro + r")\s+", text[pos:hi],
                      re.IGNORECASE)
        if not m:
            return []
        return self._group_after(text, sent.mentions, pos + m.end(), hi)

    def _possessor(self, text: str, sent: Sentence, pos: int, lo: int) -> Mention | None:
        """The company in "X's [adjectives] NOUN" right before a noun trigger."""
        cands = [m for m in sent.mentions if m.kind == "Company" and lo <= m.start and m.end <= pos]
        if not cands:
            return None
        m = cands[-1]
        between = text[m.end:pos]
        if re.match(r"^'s?\s+(?:[\w-]+\s+){0,3}$", between) and not re.search(r"\b(?:is|was|are|were)\b", between):
            return m
        if self.lang == "en" and re.fullmatch(r"\s+", between):  # "a major AMD customer": a noun modifier
            return m
        return None

    # parent / subsidiary -----------------------------------------------------

    def _sentence_subject(self, sent) -> Mention | None:
        for m in sent.mentions:
            if m.kind != "Company":
                continue
            tok = sent.token_at(m.start)
            if tok is not None and (tok.dep_.startswith("nsubj") or (tok.dep_ in ("flat:name", "flat", "compound", "appos")
                                                                      and tok.head.dep_.startswith("nsubj"))):
                return m
        first = sent.mentions[0] if sent.mentions else None
        if first is not None and first.kind == "Company" and first.start == sent.start:
            return first  # the parser lost the subject, but a sentence that opens on a company is about it
        return None

    # denials -----------------------------------------------------------------------

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
