"""Export restrictions: bans, controls, licences and blacklists imposed by a government."""
from __future__ import annotations

import re

from supplykg.extract.mentions import Mention


class Exports:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

    def _on_restrict(self, st, text, sent, t, noun=False):
        pos, _, clause = self._where(sent, t)
        export_words = self.data.cue("export_words")
        near = text[max(clause.start, pos - 30):min(clause.end, pos + len(t.text) + 40)].casefold()
        sale_abroad = any(d in text[clause.start:clause.end].casefold() for d in self.data.cue("export_destinations"))
        imposing = noun and bool(self._imposing_government(text, sent, t, pos, clause)) and "import" not in near
        if not any(w in near for w in export_words) and not sale_abroad and not imposing and not re.search(
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
        if not govs and not noun and st.last_gov and re.search(
                r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in self.data.cue("rule_nouns")) + r")\b",
                text[clause.start:pos], re.IGNORECASE):
            govs = [self._virtual(st.last_gov, pos)]  # "The new rules also restrict exports of HBM"
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
        if subj:  # "Japan and the Netherlands are preparing similar curbs"
            return self._group_before(text, sent.mentions, subj[-1].end, clause.start, ("Government",))
        return []

    def _on_restrict_noun(self, st, text, sent, t):
        self._on_restrict(st, text, sent, t, noun=True)

    def _on_blacklist(self, st, text, sent, t):
        """'Washington added SMIC to the Entity List': a government restricts exports to a company."""
        pos, _, clause = self._where(sent, t)
        low = text[pos:clause.end].casefold()
        if not any(b in low for b in self.data.cue("blacklists")):
            return
        if any(c.dep_ in ("aux:pass", "auxpass") for c in t.children) or re.search(
                r"\b(?:was|were|been|is|are|été)\s+(?:\w+\s+)?$", text[max(sent.start, pos - 20):pos]):
            # "The Beijing-based chip designer was added to the U.S. Entity List in 2022"
            targets = self._subject(st, text, sent, t)
            govs = self._in(sent.mentions, pos, clause.end, ("Government", "GovAdj"))[:1]
            if targets and govs:
                quals, status = self._qualify(st, text, sent, t, clause, [])
                for c in targets:
                    self._emit(st, sent, text, "restricts_export", govs[0].name, "Government", c.name, "Company", 0.65,
                               status, date=quals.get("date"))
            return
        govs = self._dep_subject(sent, t, ("Government",)) or \
            self._group_before(text, sent.mentions, pos, clause.start, ("Government",))
        targets = self._group_after(text, sent.mentions, pos, clause.end)
        if not targets:  # "ajoutant 140 entreprises à sa liste noire, dont le fabricant Naura"
            intro = "|".join(re.escape(w) for w in self.data.cue("list_introducers"))
            m = re.search(r"(?<![\w'])(?:" + intro + r")\s+", text[pos:sent.end], re.IGNORECASE)
            targets = self._group_after(text, sent.mentions, pos + m.end(), sent.end) if m else []
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
        m = re.search(r"(?:exportations?|exports?|shipments?|livraisons?)\s+(?:vers\s+(?:la\s+|le\s+)?\w+\s+)?(?:de|d'|des|du|of)\s+"
                      r"(.{3,60}?)(?=\s+(?:vers|to|à|a|depuis|since|en|in|from|,|comme|such|like|that|qui)\b|[,.;]|$)",
                      text[pos:clause.end], re.IGNORECASE)
        if m:
            return " ".join(m.group(1).split()).strip(" ,")
        m = re.search(r"(?:curbs?|restrictions?|controls?|bans?|contrôles?|limites?|interdictions?)\s+(?:on|sur|against|visant)\s+"
                      r"(?:les\s+|the\s+|des\s+)?(.{3,50}?)(?=\s+(?:vers|to|à|for|pour|,)\b|[,.;]|$)", text[pos:clause.end],
                      re.IGNORECASE)
        if m:  # "similar curbs on chipmaking tools", "des restrictions sur ces équipements"
            return " ".join(m.group(1).split()).strip(" ,")
        anywhere = self._in(sent.mentions, sent.start, sent.end, ("Product",))
        return anywhere[0].name if anywhere else None

    # genitive makers ------------------------------------------------------------------
