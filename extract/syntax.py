"""Token-level readings of the parse that several layers share.

French 'auprès de X' is a preposition, but the French model often parses 'auprès' as an adverb
with 'X' as its own oblique; the mention, rule and fact layers all need to read it the same way.
"""
from __future__ import annotations

from supplykg.extract.lexicon import fold

# adverbs the parser gives to a prepositional phrase, with the preposition they stand for
PREPOSITION_ADVERBS = {"aupres": "aupres de"}


def adverb_preposition(tok) -> str | None:
    """The preposition an adverb stands for ('auprès' -> 'aupres de'), or None."""
    return PREPOSITION_ADVERBS.get(fold(tok.text)) if tok.pos_ == "ADV" or tok.dep_ in ("advmod", "dep") else None


def preposition_by_adverb(tok) -> str | None:
    """For 'X' in 'auprès d'X' parsed as the adverb's oblique, the preposition the adverb stands for."""
    head = tok.head
    return adverb_preposition(head) if head.i != tok.i and head.i < tok.i else None
