"""Parse repairs: constructions the statistical parser gets wrong in news, mended once per article after
parsing and before any layer reads the tree. Each repair is one function over the article's Doc and reads
its words from the language's cues, so a language without those cues is left as parsed.
"""
from __future__ import annotations

from supplykg.extract.lexicon import fold


def repair(doc, lang) -> None:
    """Mend ``doc`` (a parsed article) in place."""
    _latter_subject(doc, lang)
    _comma_apposition(doc, lang)
    _participle_of_object(doc)


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


def _comma_apposition(doc, lang) -> None:
    """'Norsilica, fournisseur de Keltronix, a ...': the parser may coordinate the noun after the comma with the
    name before it, as if it were a list's second item. A relational or trade noun right after a comma, with no
    'et'/'and' of its own, that the parser made a conjunct of a name, describes the name: an apposition."""
    nouns = lang.words("relational_nouns") | lang.words("company_nouns")
    for t in doc:
        if t.dep_ != "conj" or t.pos_ != "NOUN" or t.i < 2 or doc[t.i - 1].text != "," and not (
                doc[t.i - 1].dep_ == "det" and doc[t.i - 2].text == ","):
            continue
        if t.head.pos_ != "PROPN" or fold(t.lemma_) not in nouns and fold(t.text) not in nouns:
            continue
        if any(c.dep_ == "cc" for c in t.children):
            continue
        t.dep_ = "appos"


def _participle_of_object(doc) -> None:
    """'will supply the panels destined for the iPhone 18': the parser may make the participle a second verb of
    the clause, coordinated with 'supply' though nothing coordinates them. A past participle that the parser
    made a conjunct of a verb (tagged as a participle or a past tense), right after that verb's object, with a
    preposition of its own and no 'and', subject or auxiliary, modifies the object: a reduced relative clause."""
    for t in doc:
        if t.dep_ != "conj" or t.tag_ not in ("VBN", "VBD") or t.head.pos_ != "VERB" or t.head.i > t.i:
            continue
        if not any(c.dep_ in ("prep", "agent") for c in t.children):
            continue
        obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
        if obj is None or max(x.i for x in obj.subtree) != t.i - 1 or doc[t.i - 1].is_punct:
            continue
        if any(c.dep_ in ("cc", "nsubj", "nsubjpass", "aux", "auxpass") for c in t.children) or any(
                c.dep_ == "cc" and obj.i < c.i < t.i for c in t.head.children):
            continue
        t.head, t.dep_ = obj, "acl"
