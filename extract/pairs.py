"""A learned layer after the grammar: does one company named in a sentence supply another?

The grammar (:mod:`engine`) reads a supply when one of its rules fits the sentence. Real sentences
often say it in a shape no rule has ("AMD a dépassé Nvidia et Qualcomm au palmarès des plus gros
clients du fondeur TSMC"). This layer looks at every ordered pair of companies a sentence names or
refers to ('il', 'the chip giant') that no frame of the rules took together, describes the pair by
what lies between the two (the dependency path and its words, the words between and around them,
the kinds of frame the grammar's words on the path evoke, goods nearby, the companies' places in the
supply chain, what the rules read of each), and a logistic model says how likely the first supplies
the second. A pair over the model's threshold becomes a ``supplies`` fact of rule ``learned.pair``,
told less plainly than by any rule (see :func:`frames.directness`), with the probability as its
confidence. Never asked: the company that says the sentence ('..., Qualcomm said'), and a pair in a
sentence with no goods and no word such as 'customer' ('Nvidia will get a boost from TSMC').

The model is data: ``data/pairs.json`` holds the weights of the features below and the threshold,
trained by :mod:`supplykg.extract.pairs_train` on annotated passages. Its features hold words of the
language (lemmas, dependency labels) and the trades of the lexicon, never a company's name or any
other proper noun. Without the file the layer does nothing.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from supplykg.extract.entities import SUBJ_DEPS, Entity, Refs
from supplykg.extract.lexicon import fold
from supplykg.extract.mentions import COMPANY, PRODUCT
from supplykg.extract.parsing import is_possessive
from supplykg.extract.products import unmade
from supplykg.extract.syntax import (
    compared_demonstrative,
    copula_subjects,
    named_as_owner,
)

RULE_ID = "learned.pair"
_MAX_BETWEEN = 25  # tokens: two names further apart than this are not scored
_PROPER = ("PROPN", "NUM", "X", "SYM")


@dataclass
class Candidate:
    """An ordered pair of companies a sentence names: does ``supplier`` supply ``customer``?"""

    supplier: Entity
    customer: Entity
    a: object  # the head token of the supplier's mention
    b: object  # the head token of the customer's mention
    features: list[str]


def _word(t, entity_tokens: set[int]) -> str | None:
    """A token as a feature word: its folded lemma, a class for names and numbers, None for punctuation."""
    if t.i in entity_tokens:
        return "<co>"
    if t.pos_ == "PUNCT":
        return t.text if t.text in ",;:()" else None
    if t.pos_ in _PROPER or t.like_num:
        return "<" + t.pos_.lower() + ">"
    if t.text[:1].isupper() and t.i > 0:
        return "<cap>"  # a name the tagger took for a word ('SMIC'), or an acronym: never learned as a word
    w = fold(t.lemma_ or t.text)
    return w or None


def _ancestors(t) -> list:
    out = [t]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a, b) -> tuple[list, list, object] | None:
    """The dependency path from ``a`` up to the lowest common head and down to ``b``."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return up_a[:n], up_b[:ids_b[t.i]], t
    return None


def common_head(a, b):
    """The lowest word that governs both tokens (the verb of 'Apple n'achètera pas les puces de YMTC'), or None."""
    path = _path(a, b)
    return path[2] if path is not None else None


def _trades(e: Entity) -> list[str]:
    roles = list(e.info.roles) if e.info is not None and e.info.roles else []
    return roles + sorted(r for r in e.roles if r not in roles) or ["unknown"]


def trigger_classes(rules) -> dict[str, frozenset[str]]:
    """Folded trigger lemma -> the kinds of frame it evokes in the grammar ('supply', 'order:relational'):
    the model learns what a kind of word does between two names, for words no example had. A rule whose word
    evokes its frame only with a given child ('key' accounts, a 'design' win, meeting 'demand') says
    ``"pair_cue": false``: the word alone is no cue ('Intel accounts for 30%')."""
    out: dict[str, set[str]] = {}
    for r in rules:
        if not r.pair_cue:
            continue
        for lemma in r.trigger.lemmas:
            out.setdefault(fold(lemma), set()).update({r.frame, f"{r.frame}:{r.cue or 'verb'}"})
    return {k: frozenset(v) for k, v in out.items()}


def pair_features(lang: str, a, b, supplier: Entity, customer: Entity, tokens: list,
                  entity_tokens: set[int], triggers: dict[str, frozenset[str]],
                  goods: set[int] = frozenset()) -> list[str]:
    """The features of 'the company at ``a`` supplies the one at ``b``' (see the module docstring);
    ``goods`` are the tokens of the sentence's products and goods nouns ('chips', 'HBM3E')."""
    order = "sc" if a.i < b.i else "cs"
    f = ["bias", "order:" + order, f"refs:{a.pos_ == 'PROPN'}{b.pos_ == 'PROPN'}"]
    lo, hi = sorted((a.i, b.i))
    # goods strictly between the two, or within six tokens of either (tested on the few goods, not on a range's set)
    f.append("goods:" + ("between" if any(lo < g < hi for g in goods) else "near" if any(lo - 6 <= g <= hi + 6 for g in goods)
                         else "sentence" if goods else "none"))
    between = [w for t in tokens[lo + 1:hi] if (w := _word(t, entity_tokens))]
    f.append(f"dist:{min(len(between), 12) // 3}")
    for w in set(between):
        f.append(f"{lang}|btw:{w}")
        f.append(f"{lang}|btw:{order}:{w}")
        for k in triggers.get(w, ()):
            f.append(f"kind_btw:{order}:{k}")
    f.append(f"{lang}|cos_between:{min(between.count('<co>'), 2)}")
    for t in tokens[max(0, lo - 3):lo]:
        if w := _word(t, entity_tokens):
            f.append(f"{lang}|pre:{w}")
    for t in tokens[hi + 1:hi + 4]:
        if w := _word(t, entity_tokens):
            f.append(f"{lang}|post:{w}")
    path = _path(a, b)
    if path is not None:
        up, down, top = path
        top_w = _word(top, entity_tokens) or top.dep_
        labels = [t.dep_ for t in up] + ["^" + top_w] + ["v" + t.dep_ for t in reversed(down)]
        if len(labels) <= 7:
            f.append(f"{lang}|path:{' '.join(labels)}")
        f.append(f"{lang}|top:{top_w}")
        f.append(f"{lang}|top_pos:{top.pos_}")
        f.append(f"{lang}|sdep:{a.dep_}:{top_w}")
        f.append(f"{lang}|cdep:{b.dep_}:{top_w}")
        f.append(f"{lang}|deps:{a.dep_}:{b.dep_}")
        if goods & {t.i for t in up[1:] + down[1:] + [top]} or any(c.i in goods for c in top.children):
            f.append("goods:path")
        for t in up[1:] + down[1:] + [top]:
            if w := _word(t, entity_tokens):
                f.append(f"{lang}|on_path:{w}")
                for k in triggers.get(w, ()):
                    f.append(f"kind_path:{k}")
                    f.append(f"kind_path:{a.dep_}:{k}")
        f.append(f"path_len:{min(len(up) + len(down), 6)}")
    f.append(f"conj:{int(a.dep_ == 'conj')}{int(b.dep_ == 'conj')}")
    f.append(f"{lang}|shead:{_word(a.head, entity_tokens) or '-'}")  # a head with no word (punctuation) is '-'
    f.append(f"{lang}|chead:{_word(b.head, entity_tokens) or '-'}")
    for s in _trades(supplier):
        f.append(f"strade:{s}")
        for c in _trades(customer):
            f.append(f"trades:{s}>{c}")
    for c in _trades(customer):
        f.append(f"ctrade:{c}")
    return f


def _company_heads(refs: Refs) -> tuple[list[tuple[Entity, list]], set[int]]:
    """The companies of the sentence, each with the tokens that stand for it (names, companies the
    grammar typed, and pronouns or descriptions that stand for one company: 'il', 'the chip giant'),
    and the set of all those tokens."""
    heads: dict[int, tuple[Entity, list]] = {}
    tokens: set[int] = set()
    for m in refs.mentions:
        if m.kind != COMPANY or m.anaphoric:
            continue
        e, h = refs.entity_of(m), refs.head(m)
        if e is None or h is None or e.kind != COMPANY:
            continue
        tokens.update(refs.mention_tokens.get(id(m), ()))
        heads.setdefault(id(e), (e, []))[1].append(h)
    for i, e in refs.extra.items():
        if e.kind == COMPANY:
            tokens.add(i)
            heads.setdefault(id(e), (e, []))[1].append(refs.tokens[i])
    if not heads:
        return [], tokens  # a pair needs a name: two references alone are not worth resolving
    referring = refs.lang.words("singular_pronouns", "company_nouns")
    known = {id(e) for e in refs.disc.companies()}  # a referent made up on the way is not taken
    with refs.trial():
        for t in refs.tokens:
            if t.i in tokens or t.pos_ not in ("PRON", "NOUN") or not (
                    {fold(t.lemma_), fold(t.text)} & referring or refs.is_latter(t)):
                continue
            if t.pos_ == "PRON" and is_possessive(t) and not (refs.goods_noun(t.head) or {fold(t.head.lemma_), fold(t.head.text)}
                                                              & (refs.lang.words("relational_nouns") | referring)):
                continue  # 'its expanding list of restricted chips': a possessor of something else is no party
            # 'SK Hynix was the main supplier of ...': a noun said of the subject stands for the subject
            subject = next(iter(copula_subjects(t)), t)
            found = refs.refer(subject, COMPANY, want_group=False)
            if len(found) == 1 and found[0].kind == COMPANY and id(found[0]) in known:
                tokens.add(t.i)
                heads.setdefault(id(found[0]), (found[0], []))[1].append(t)
    return list(heads.values()), tokens


def _goods(refs: Refs) -> set[int]:
    """Tokens of the sentence's products and goods nouns ('HBM3E', 'chips', 'puces'); not capacity or compute (cue
    unmade_goods), goods of the rules that the model was not trained to read ('leaves most of its capacity to Kelvor')."""
    heads = set(refs.lang.table("product_heads")) - refs.lang.words("unmade_goods")
    out = {i for m in refs.mentions if m.kind == PRODUCT and not unmade(m.name, refs.lang)
           for i in refs.mention_tokens.get(id(m), ())}
    return out | {t.i for t in refs.tokens if t.pos_ == "NOUN" and {fold(t.lemma_), fold(t.text)} & heads}


def candidates(refs: Refs, lang: str, triggers: dict[str, frozenset[str]],
               taken: set[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """Every ordered pair of companies the sentence names, each by its two closest mentions. The company that
    says the sentence ('..., Qualcomm said on Monday') reports it and is no party here; a sentence that names
    no goods says a supply only with a word such as 'customer' between the two. ``taken``: folded pairs of
    names, either way round, that are someone else's (the rules'): left out before their features are made,
    which is most of a pair's cost."""
    ents, entity_tokens = _company_heads(refs)
    if len(ents) < 2:
        return []
    speech = refs.lang.words("speech_verbs")
    speakers = {t.i for t in refs.tokens if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
                and fold(t.head.lemma_) in speech}
    goods = _goods(refs)
    listed = [{id(e) for e in g} for g in refs.groups()]
    rivalry = refs.lang.words("rivalry_words", "comparison_words")
    # 'competes with its rival Micron', 'à l'instar d'Apple', 'cheaper than Samsung', 'une part supérieure à
    # celle de Micron', 'higher than that of Micron' (the name hangs on the demonstrative, or on its 'of'): a
    # company written as a rival or as a point of comparison is named as no party of a trade
    aside = {id(e) for e, toks in ents if any(
        _rival(x, rivalry) or compared_demonstrative(x.head, refs.lang)
        or x.head.dep_ == "prep" and compared_demonstrative(x.head.head, refs.lang) for x in toks)}
    # 'Samsung makes chips for its phones, like Apple', 'Comme Apple, Google achète ...': set off as a comparison
    likes = refs.lang.words("comparison_introducers")
    aside |= {id(e) for e, toks in ents if toks and _set_off(toks[0], refs.tokens, likes)}
    # 'des puces avancées, comme celles du leader du marché Kelvor', 'chips like those of Kelvor': the maker of goods
    # given as an example, not a party to this sentence's trade
    # (by its name: a description the discourse took for it elsewhere in the sentence does not undo that)
    aside |= {id(e) for e, toks in ents if (named := [x for x in toks if x.pos_ == "PROPN"])
              and all(_example_maker(x, refs, likes) for x in named)}
    # 'providing OpenVPX signal processing systems': a name no list knows, written only inside the name of goods,
    # names a standard or a brand there, not a party the sentence trades with
    aside |= {id(e) for e, toks in ents if e.info is None and toks and all(_inside_goods(x, goods) for x in toks)}
    # 'Honor, l'ancienne filiale de Huawei', 'a subsidiary of Huawei': a name written as another's owner describes it
    owners = refs.lang.words("subsidiary_nouns", "owner_nouns")
    aside |= {id(e) for e, toks in ents if toks and all(named_as_owner(refs.tokens, x.i, owners) for x in toks)}
    # 'Samsung, ou plutôt sa division SEMCO, a fourni': a name the sentence corrects is not the party
    aside |= {id(e) for e, toks in ents if any(refs.corrected(x, [e]) is not None for x in toks)}
    out = []
    for e1, toks1 in ents:
        for e2, toks2 in ents:
            s, k = fold(e1.name), fold(e2.name)
            if e1 is e2 or s == k or (s, k) in taken or (k, s) in taken:
                continue
            if any(id(e1) in g and id(e2) in g for g in listed) or id(e1) in aside or id(e2) in aside:
                continue  # 'customers like Amazon, AMD and Nvidia': names of one list share a role
            if _same_trade(e1, e2):
                # 'Micron set to supply Nvidia ahead of Samsung': two memory makers are rivals. A name no list knows
                # is scored like any other: it was left to the rules while names were found less carefully (on 60
                # annotated sets the 6 pairs the model read with one were all false: 'FBAR', 'Handful', 'New Chitose
                # Airport'); with today's names, dev and 21 sets of real passages gain 2 true supplies and no false one
                continue
            a, b = min(((x, y) for x in toks1 for y in toks2), key=lambda xy: abs(xy[0].i - xy[1].i))
            if abs(a.i - b.i) > _MAX_BETWEEN or a.i in speakers or b.i in speakers or _parallel(a, b):
                continue
            feats = pair_features(lang, a, b, e1, e2, refs.tokens, entity_tokens, triggers, goods)
            if not goods and not any(f.startswith("kind_") and f.endswith(":relational") for f in feats):
                continue  # a verb of trade with no goods and no 'customer' says something else ('get a boost')
            out.append(Candidate(e1, e2, a, b, feats))
    return out


def _example_maker(x, refs: Refs, likes: frozenset[str]) -> bool:
    """Whether name ``x`` completes a demonstrative that a comparison word opens ('comme celles de X', 'like those
    of X'), through the nouns that describe it ('celles du leader du marché X')."""
    demonstratives = refs.lang.words("demonstrative_pronouns")
    t = x
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("nmod", "appos", "pobj", "prep", "flat:name", "compound"):
            return False
        t = t.head
        if fold(t.text) in demonstratives:
            return t.i > 0 and fold(refs.tokens[t.i - 1].text) in likes
    return False


def _inside_goods(x, goods: set[int]) -> bool:
    """Whether token ``x`` only modifies a goods noun: a compound whose chain of compounds ends on one."""
    while x.dep_ in ("compound", "amod") and x.head.i != x.i:
        x = x.head
        if x.i in goods:
            return True
    return False


def _set_off(x, tokens: list, likes: frozenset[str]) -> bool:
    """Whether a name follows a comparison word at the start of its sentence or behind a comma ('Like Apple, ...',
    ', comme Apple', ', tout comme Samsung', ', just like Intel')."""
    i = x.i - 1
    if i < 0 or fold(tokens[i].text) not in likes:
        return False
    if i >= 1 and tokens[i - 1].pos_ == "ADV":
        i -= 1  # 'tout comme', 'just like'
    return i == 0 or tokens[i - 1].text in (",", "—", "(", ";")


def _same_trade(a: Entity, b: Entity) -> bool:
    """Whether the lexicon gives two companies the same main trade (their first role): two memory makers, two
    photoresist makers, two chip designers are rivals far more often than trading partners (on 60 annotated sets
    of real passages, the model read 11 such pairs as a supply, none of them true)."""
    ra = a.info.roles if a.info is not None and a.info.roles else ()
    rb = b.info.roles if b.info is not None and b.info.roles else ()
    return bool(ra) and bool(rb) and ra[0] == rb[0]


def _parallel(a, b) -> bool:
    """Whether two names are the subjects of two conjoined clauses: 'Kelvor will provide the racks and AMD
    will ship the accelerators' names two suppliers side by side, neither of which supplies the other."""
    if not a.dep_.startswith(SUBJ_DEPS) or not b.dep_.startswith(SUBJ_DEPS):
        return False
    return (b.head.dep_ == "conj" and b.head.head.i == a.head.i) or (a.head.dep_ == "conj" and a.head.head.i == b.head.i)


def _rival(t, words: frozenset[str]) -> bool:
    """Whether a company's name is written as a rival: 'US rival Micron', 'son concurrent Samsung', 'competes with
    Micron', 'face à son rival TSMC' (a word of rivalry among its modifiers or as its head, or its head's)."""
    near = [c for c in t.children if c.i < t.i]
    if t.dep_ not in ("poss", "nmod:poss", "det:poss"):  # 'ahead of its rivals': who has rivals is none
        near += [t.head, t.head.head]
    return any(fold(x.lemma_) in words or fold(x.text) in words for x in near)


class PairLayer:
    """Scores the pairs of a sentence that the rules left alone (see the module docstring)."""

    def __init__(self, lang: str, model: PairModel, rules) -> None:
        self.lang = lang
        self.model = model
        self.triggers = trigger_classes(rules)

    def pairs(self, refs: Refs, facts: list, covered: set[tuple[str, str]] = frozenset()
              ) -> list[tuple[Candidate, float]]:
        """The pairs the model believes, with their probability. ``facts`` are the facts the rules read in
        this sentence, ``covered`` the folded pairs of companies a frame of the rules took as roles: either
        way, such a pair is the rules' and not scored."""
        out = []
        for c in self.candidates(refs, facts, covered):
            p = self.model.probability(c.features)
            if p >= self.model.threshold:
                out.append((c, p))
        return out

    def candidates(self, refs: Refs, facts: list, covered: set[tuple[str, str]] = frozenset()) -> list[Candidate]:
        ruled = {(fold(f.subject), fold(f.object)) for f in facts if f.relation == "supplies"} | set(covered)
        said = {(fold(f.subject), f.relation) for f in facts}
        # who the rules read as a buyer here and never as a seller: 'Inspur aura du mal à s'approvisionner en composants,
        # notamment ceux d'AMD, Intel et Nvidia' (the rules found AMD) does not make Inspur the others' supplier
        buyers = {fold(f.object) for f in facts if f.relation == "supplies"} \
            | {fold(f.subject) for f in facts if f.relation == "ordered"}
        sellers = {fold(f.subject) for f in facts if f.relation in ("supplies", "delivered")}
        out = []
        for c in candidates(refs, self.lang, self.triggers, taken=ruled):
            s, k = fold(c.supplier.name), fold(c.customer.name)
            if s in buyers and s not in sellers:
                continue
            # what the rules read of either company in this sentence ('Micron makes the GDDR6 of ...')
            c.features += [f"rules:s:{rel}" for x, rel in said if x == s]
            c.features += [f"rules:c:{rel}" for x, rel in said if x == k]
            out.append(c)
        return out


@dataclass(frozen=True)
class PairModel:
    weights: dict[str, float]
    threshold: float

    def probability(self, features: list[str]) -> float:
        z = sum(self.weights.get(x, 0.0) for x in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def pair_layer(lang: str, rules) -> PairLayer | None:
    """The layer for a language whose grammar has ``rules``; None when no model is installed."""
    model = load_model()
    return None if model is None else PairLayer(lang, model, rules)


@cache
def load_model() -> PairModel | None:
    """The trained weights shipped in ``data/pairs.json``, or None when there are none."""
    try:
        raw = resources.files("supplykg.extract.data").joinpath("pairs.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    return PairModel(weights=data["weights"], threshold=float(data["threshold"]))
