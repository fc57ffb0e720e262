"""Token-level readings of the parse that several layers share.

French 'auprès de X' is a preposition, but the French model often parses 'auprès' as an adverb
with 'X' as its own oblique; the mention, rule and fact layers all need to read it the same way.
"""
from __future__ import annotations

import re

from supplykg.extract.lexicon import fold

# a plant named by its number ('Fab 8', 'Line 17'): neither a company (mentions) nor a count (qualifiers)
_SITE_WORDS = r"(?:Fab|Giga[Ff]ab|Mega[Ff]ab|Module|Usine|Plant|Line|Ligne)"
NUMBERED_SITE = re.compile(_SITE_WORDS + r"\s?\d+[A-Z]?")
SITE_BEFORE_NUMBER = re.compile(r"\b" + _SITE_WORDS + r"\s?$")

# adverbs the parser gives to a prepositional phrase, with the preposition they stand for
PREPOSITION_ADVERBS = {"aupres": "aupres de"}


def adverb_preposition(tok) -> str | None:
    """The preposition an adverb stands for ('auprès' -> 'aupres de'), or None."""
    return PREPOSITION_ADVERBS.get(fold(tok.text)) if tok.pos_ == "ADV" or tok.dep_ in ("advmod", "dep") else None


def case_markers(tok, children=None) -> list:
    """The case words of a nominal ('de', 'à', 'from'): its own, or, when the parser hung them on a modifier
    written before it ('auprès du néerlandais ASML', 'du' on 'néerlandais'), that modifier's."""
    kids = list(children(tok) if children else tok.children)
    own = [c for c in kids if c.dep_ in ("case", "mark")]
    if own:
        return own
    return [g for c in kids if c.i < tok.i and c.dep_ in ("amod", "nmod", "appos", "compound")
            for g in (children(c) if children else c.children) if g.dep_ == "case" and g.i < c.i]


def preposition_by_adverb(tok) -> str | None:
    """For 'X' in 'auprès d'X' parsed as the adverb's oblique, the preposition the adverb stands for."""
    head = tok.head
    return adverb_preposition(head) if head.i != tok.i and head.i < tok.i else None


def copula_subjects(noun, children=None) -> list:
    """The subjects a noun is predicated of by a copula ('ASML is the only company', 'TSMC est le seul fondeur'):
    English hangs the noun on 'be' as its attribute, Universal Dependencies the copula on the noun."""
    kids = children or (lambda t: t.children)
    if noun.dep_ == "attr" and noun.head.i != noun.i:
        return [c for c in kids(noun.head) if c.dep_ in ("nsubj", "nsubj:pass")]
    if any(c.dep_ == "cop" for c in kids(noun)):
        return [c for c in kids(noun) if c.dep_ in ("nsubj", "nsubj:pass")]
    return []


_YEAR = re.compile(r"(?:19|20)\d\d")


def counted(tok, children=None) -> bool:
    """Whether a name is counted by a number of its own ('as many as 90 million IOPS'): a measure or goods, not
    a company; not a year or a date run into the name ('Jan. 9, 2024-General Motors'), which a dash separates."""
    kids = children(tok) if children else tok.children
    for c in kids:
        if c.dep_ != "nummod" or _YEAR.fullmatch(c.text):
            continue
        if c.i > 0 and c.doc[c.i - 1].lower_ in ("no.", "no", "#", "number", "top", "n°", "numéro"):
            continue  # 'No. 3 Quorvane': a rank, not a count
        if not any(x.is_punct for x in tok.doc[min(c.i, tok.i) + 1:max(c.i, tok.i)]):
            return True
    return False


def compared_demonstrative(tok, lang) -> bool:
    """Whether ``tok`` is a demonstrative that a comparison introduces ('une part supérieure à celle de Micron',
    'higher than that of Micron'; cues demonstrative_pronouns, comparison_markers, comparison_prepositions):
    what follows it is a point of comparison. Not a demonstrative that stands for goods ('principalement ceux de
    Nvidia')."""
    if fold(tok.text) not in lang.words("demonstrative_pronouns") or tok.i < 2:
        return False
    before, twice = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if fold(before.text) in lang.words("comparison_markers"):
        return True
    return fold(before.text) in lang.words("comparison_prepositions") and twice.pos_ == "ADJ"


def named_as_owner(tokens, i: int, owner_nouns) -> bool:
    """Whether the token at ``i`` follows '<owner noun> de / of' ('filiale de Total', 'a subsidiary of Total'): a
    company named as the owner of another, whatever noun the parser hung it on."""
    return i >= 2 and fold(tokens[i - 1].text) in ("de", "d", "du", "of") and fold(tokens[i - 2].lemma_) in owner_nouns
