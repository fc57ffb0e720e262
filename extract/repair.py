"""Parse repairs: constructions the statistical parser gets wrong in news, mended once per article after
parsing and before any layer reads the tree. Each repair is one function over the article's Doc and reads
its words from the language's cues, so a language without those cues is left as parsed.
"""
from __future__ import annotations

from supplykg.extract.lexicon import fold


def repair(doc, lang) -> None:
    """Mend ``doc`` (a parsed article) in place."""
    _latter_subject(doc, lang)


def _latter_subject(doc, lang) -> None:
    """'Ce dernier fournit Apple': the French parser reads 'Ce' as a determiner and 'dernier' as an adjective,
    both of the verb, which is left with no subject. When the verb has none, 'dernier' becomes its subject (a
    pronoun, resolved as 'the latter') and 'Ce' its determiner. 'ce dernier trimestre', whose adjective
    belongs to a noun, is left alone."""
    latter = lang.words("latter_words") | lang.words("former_words")
    dets = lang.words("latter_determiners")
    if not dets:
        return
    for t in doc:
        if t.i == 0 or t.dep_ != "amod" or fold(t.text) not in latter or t.head.pos_ not in ("VERB", "AUX"):
            continue
        d, verb = doc[t.i - 1], t.head
        if fold(d.text) not in dets or d.head.i not in (t.i, verb.i):
            continue
        if any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
            continue
        t.dep_, t.pos_ = "nsubj", "PRON"
        d.head, d.dep_ = t, "det"
