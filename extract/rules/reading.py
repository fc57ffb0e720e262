"""Reading a sentence: which tokens are triggers, and where its clauses start and end."""
from __future__ import annotations

import re

from supplykg.extract.rules.state import Clause


class Reading:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

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
        if t.dep_ in ("compound", "amod") and t.head.i > t.i and self.data.noun_triggers.get(t.head.lemma_.casefold()):
            return kinds  # "foundry customer": the modifier is not the head noun
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
