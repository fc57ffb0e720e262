"""Products named by their type: 'SiC wafers', 'puces de puissance', 'custom AI chips', 'the chips'.

A product phrase is built on a head noun of the language's ``product_heads`` ("chips",
"puces", "wafers", "plaquettes", "equipment" …) with the modifiers that make it
distinctive ("SiC", "power", "3nm", "AI"), and is named in English whatever the
article's language, as the annotation guidelines ask ("plaquettes de carbure de
silicium" -> "SiC wafers"). A company that qualifies the head names the vendor
("Nvidia GPUs", "les puces de Nexperia"); a definite or demonstrative phrase with
nothing distinctive ("the chips", "ces puces") points back to a product named before,
and the entity layer resolves it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from supplykg.extract.lexicon import ACRONYM_SHAPE, fold, spells_out
from supplykg.extract.pipeline import is_word
from supplykg.extract.syntax import adverb_preposition, named_as_owner

if TYPE_CHECKING:
    from supplykg.extract.lang import LanguageData
    from supplykg.extract.lexicon import Lexicon
    from supplykg.extract.mentions import Mention
    from supplykg.extract.parsing import Parsed

_NODE_UNIT = r"nm|nanom[eè]tres?|nanometers?"  # a process node's unit ('3 nm', '7-nanometre')
NODE = re.compile(r"(\d{1,2}(?:[.,]\d)?)\s*-?\s*(?:" + _NODE_UNIT + r"|-nanometer)\b", re.IGNORECASE)
_NODE_WORD = re.compile(r"\d+(?:[.,]\d)?(?:\s*-?\s*nm)?|-?nm|-?nanom\w*", re.IGNORECASE)
# an acronym or a shape is distinctive in any language: 'puces SiC', 'plaquettes SOI', 'modems 5G'
SHAPED = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}\d*|\d[A-Z]{1,2}")
_MOD_DEPS = {"compound", "amod", "nmod", "flat", "flat:name", "appos", "nummod", "npadvmod"}


def unmade(name: str, lang: LanguageData) -> bool:
    """Whether goods of this name are rendered, not made: computing capacity and compute (cue unmade_goods)."""
    return fold(name).rsplit(" ", 1)[-1] in lang.words("unmade_goods")


def product_phrase(p: Parsed, lang: LanguageData, lex: Lexicon, found: list[Mention]) -> list[Mention]:
    """Product phrases of a parsed sentence, skipping heads that a named product already covers."""
    from supplykg.extract.mentions import PRODUCT, Mention

    heads = lang.cue("product_heads")
    naming = lang.words("naming_nouns")
    out: list[Mention] = []
    # 'a Modular Open Radio Architecture (MORA) radio': product nouns spelled out before an acronym's bracket are
    # the name's words ('Radio'), not products of their own
    bracketed = {t.i: x for t in p.tokens if t.pos_ == "NOUN" and fold(t.text) in heads
                 and (x := _spelled_acronym_before(p, p.pos(t))) is not None
                 and not _spells_a_company(x, p.pos(t), p, lex, found)}
    inside = [(a, p.pos(p.tokens[i])) for i, (a, _) in bracketed.items()]
    for t in p.tokens:
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
            continue  # tested first: it is the cheaper test
        if inside and any(a <= p.pos(t) < b for a, b in inside):
            continue
        if t.pos_ == "NOUN" and fold(t.text) in naming:
            name = _named_by(t, p, found)
            if name is not None:  # "Onsemi's SiC product EliteSiC", 'sa marque Orvex': a name given as a product's
                a, b = p.pos(name), p.end_pos(_model_number(name, p) or name)
                for m in [m for m in found if m.start <= a < m.end]:
                    found.remove(m)  # not the company NER or a shape took the name for
                owner = next((m.name for c in p.children(t) if c.dep_ in ("poss", "nmod:poss", "nmod")
                              and c.pos_ == "PROPN"  # a name, not 'son', 'its'
                              and (m := _company_at(found, p.pos(c))) is not None), None)
                out.append(Mention(a, b, p.text[a:b], p.text[a:b], PRODUCT, source="apposition", maker=owner))
            continue
        key = t.lower_ if t.lower_ in heads else fold(t.text)
        spelled = _spelled_unit(t, p, lang) if key not in heads else None
        if spelled is not None:
            key, spelled = spelled  # 'graphics processing units': GPUs, said in words
        if key not in heads:
            if not _goods_by_place(t, p, lang):
                continue
            heads = {**heads, key: [t.lower_, "component"]}  # 'ordered 20 electrolysers': goods no list names
        if any(fold(c.text) in lang.words("unit_modifiers") for c in p.children(t) if c.dep_ in ("amod", "compound", "nmod")):
            continue  # '20,000 square meters of land': a measure, not goods
        pos = p.pos(t)
        if any(m.start <= pos < m.end for m in found):
            continue
        if _qualifies_a_head(t, heads):
            continue  # 'server' in 'AI server racks', 'radio' in '5G radio frequency modules' qualify the head
        # the named product among the noun's own modifiers ('processeurs GPU Blackwell'), not one it is a part
        # of ('les capteurs photo de l'iPhone')
        deep, todo = [t], list(p.children(t))
        while todo:
            c = todo.pop()
            if c.dep_ == "appos" and c.pos_ == "NOUN" and any(g.dep_ == "det" for g in p.children(c)):
                continue  # 'the TC bonder, a core HBM manufacturing tool': a description, not the noun's name
            if c.dep_ in _MOD_DEPS and not any(g.dep_ == "case" for g in p.children(c)):
                deep.append(c)
            todo += p.children(c)
        named = [m for m in found if m.kind == PRODUCT and not m.generic and any(
            p.pos(c) <= m.start < p.end_pos(c) or m.start <= p.pos(c) < m.end for c in deep)]
        left = min([p.pos(c) for c in t.subtree if c.i < t.i] or [pos])
        companies = [m for m in found if m.kind != PRODUCT]
        near = [m for m in found if m.kind == PRODUCT and not m.generic
                and (0 <= m.start - p.end_pos(t) <= 2 or 0 <= pos - m.end <= 2 or left <= m.start < pos
                     or _only_names_between(p.text, p.end_pos(t), m.start, companies))]
        if named or near:
            continue  # 'processeurs GPU Blackwell', 'HBM3E chips', 'sa puce HBM3E': the named product is the mention
        spelled_out = bracketed.get(t.i)
        if spelled_out is not None:
            # 'a High-Performance Spaceflight Computing (HPSC) processor': the product is the 'HPSC processor'
            a, acronym = spelled_out
            found[:] = [m for m in found if not (a <= m.start and m.end <= pos)]  # no company: _spells_a_company
            out.append(Mention(a, p.end_pos(t), p.text[a:p.end_pos(t)], f"{acronym} {heads[key][0]}", PRODUCT,
                               source="apposition", ptype=heads[key][1]))
            continue
        own = _proper_name(t, p, found, heads, names_follow=lang.code != "en", terms=_modifier_table(lang))
        if own is not None and own.i < t.i and fold(own.text) in lang.words("grade_words"):
            own = None  # 'Level 3 driving systems', 'des équipements de phase 2': a grade, not a model's name
        if own is not None and lex.is_non_party(own.text) and not lex.product(own.text):
            own = None  # 'low Earth orbit satellites': a place (or a source, a work) the lexicon knows names no model
        if own is not None:  # 'son superordinateur, Jupiter', 'the Colossus supercomputer': the product's own name
            a, b = p.pos(own), p.end_pos(own)
            number = _model_number(own, p)  # 'its Orvex 7 chip', 'la puce Orvex X2': the number is part of the name
            if number is not None:
                b = p.end_pos(number)
            out.append(Mention(a, b, p.text[a:b], p.text[a:b], PRODUCT, source="apposition", ptype=heads[key][1]))
            continue
        head_en, ptype = heads[key]
        if t.dep_ == "compound" and key + "s" in heads:
            head_en = heads[key + "s"][0]  # 'memory chip maker' makes memory chips: a class is named in the plural
        words, vendor, used = _modifiers(t, lang, p, found)
        if spelled:
            words = [w for w in words if fold(w) not in spelled]
        node = NODE.search(p.text[max(p.start, pos - 14):min(p.end, p.end_pos(t) + 24)])  # 'puces gravées en 3 nm'
        if node:
            # the node, said once ('3nm chips', not '3nm 3nm chips' nor '3nm process chips')
            words = [w for w in words if not _NODE_WORD.fullmatch(w) and fold(w) not in lang.words("process_nouns")]
            words.insert(0, node.group(1).replace(",", ".") + "nm")
        det = next((c for c in p.children(t) if c.dep_ in ("det", "det:poss", "poss")), None)
        # 'les puces' points back; 'les capteurs photo de l'iPhone' says which by its complement
        specific = any(c.dep_ in ("nmod", "prep") and any(x.pos_ in ("PROPN", "NOUN") for x in c.subtree)
                       for c in (t, *(x for x in p.children(t) if x.dep_ in ("amod", "compound"))) for c in p.children(c)
                       if c.dep_ in ("nmod", "prep")) or any(  # and 'the processors that go into its phones'
            c.dep_ in ("relcl", "acl:relcl") and any(x.pos_ == "PROPN" for x in c.subtree)
            and any(fold(g.text) in lang.words("relative_pronouns") for g in p.children(c)) for c in p.children(t))
        definite = det is not None and fold(det.text) in lang.words("anaphoric_determiners") and not specific
        if vendor and fold(t.lemma_) in lang.words("named_machines"):
            # 'its Colossus supercomputer', 'le supercalculateur Jupiter': a name NER took for a company is the
            # machine's own name
            head_end = p.end_pos(t)
            vm = next((m for m in found if m.kind == "Company" and m.name == vendor and m.source != "lexicon" and (
                m.end <= pos and not p.text[m.end:pos].strip(" -")
                or m.start >= head_end and not p.text[head_end:m.start].strip(" -"))), None)
            if vm is not None:
                found.remove(vm)
                a, b = min(vm.start, pos), max(vm.end, head_end)
                out.append(Mention(a, b, p.text[a:b], f"{vm.text} {head_en}", PRODUCT, source="apposition",
                                   ptype=ptype))
                continue
        name = " ".join([*words, head_en])
        if vendor:
            name = f"{vendor} {name}"
        cover = [t, *used, *(c for c in p.children(t) if c.dep_ in ("amod", "compound") and c.i < t.i)]
        cover = [c for c in cover if not any(m.start <= p.pos(c) < m.end for m in found)]
        # 'additional Nvidia GPUs': the phrase starts after a name inside it, which stays the company's mention
        inner = [m.end for m in found if min(p.pos(c) for c in cover) <= m.start and m.end <= p.end_pos(t)]
        cover = [c for c in cover if p.pos(c) >= max(inner)] if inner else cover
        cover = _before_a_name(t, cover, p, found)
        a = min(p.pos(c) for c in cover)
        b = max(p.end_pos(c) for c in cover)
        out.append(Mention(a, b, p.text[a:b], name, PRODUCT, source="phrase", maker=vendor,
                           generic=True, anaphoric=definite and not words and not vendor, ptype=ptype,
                           extra={"head": t.i, "possessive": det.i if det is not None and fold(det.text)
                                  in lang.words("possessive_determiners") else None,
                                  "article": det is not None and fold(det.text) in lang.words("definite_determiners")}))
    return out


def _goods_by_place(t, p: Parsed, lang: LanguageData) -> bool:
    """Whether a noun no list of goods names is goods by where it stands: counted, as the object of a verb of trade
    (cue trade_object_verbs: 'ordered 20 electrolysers', 'livrera des électrolyseurs') or the complement of an order
    ('an order for 40 gearboxes', 'une commande de 40 boîtes'), and no word of people, paper, time or trade
    (cue not_goods_nouns and the like: 'sent 20 engineers', 'received 3 bids')."""
    # (imported here: parsing imports the mention layer, which imports this module)
    from supplykg.extract.parsing import plural

    if t.pos_ != "NOUN" or not t.text.islower() or len(t.text) < 4:
        return False
    said = {fold(t.text), fold(t.lemma_)}
    if said & lang.words("not_goods_nouns", "company_nouns", "relational_nouns", "units", "container_nouns",
                         "time_nouns", "trade_nouns", "project_nouns", "facility_heads", "approval_nouns"):
        return False
    kids = p.children(t)
    of = lang.words("complement_prepositions")
    if any(c.dep_ == "prep" and fold(c.text) in of or c.dep_ == "nmod" and any(
            g.dep_ == "case" and fold(g.text) in of for g in p.children(c)) for c in kids):
        return False  # '$25 million worth of mining rigs', '6 gigawatts de GPU': the goods are the complement
    if any(c.dep_ == "prep" and fold(c.text) == "with" and c.i > t.i for c in p.children(t.head)):
        return False  # 'supply eight million cars with its systems': what is supplied with goods is no goods
    numbered = any(c.dep_ == "nummod" and c.like_num for c in kids)
    some = plural(t) and any(c.dep_ in ("det", "amod") and fold(c.text) in lang.words("plural_indefinites") for c in kids)
    if not numbered and not some:
        return False
    head = t.head
    if t.dep_ in ("dobj", "obj"):
        # ('fournir des prévisions', 'provide some details': only a number makes goods of what is provided; 'des
        # électrolyseurs' that are shipped or bought are goods, cue goods_shipping_verbs)
        verbs = lang.words("trade_object_verbs") if numbered else lang.words("goods_shipping_verbs")
        return fold(head.lemma_) in verbs
    if t.dep_ == "pobj" and (fold(head.text) == "for" or fold(head.text) in of):
        return fold(head.head.lemma_) in lang.words("order_nouns")
    if t.dep_ == "nmod" and any(c.dep_ == "case" and fold(c.text) in of for c in kids):
        return fold(head.lemma_) in lang.words("order_nouns")
    return False


def _spelled_unit(t, p: Parsed, lang: LanguageData) -> tuple[str, set[str]] | None:
    """A processing unit spelled out ('graphics processing units', 'central processing unit'): the product head it
    stands for ('gpus', cue spelled_units) and the words that spell it, or None."""
    units = lang.cue("spelled_units")
    if not units or t.lower_ not in ("unit", "units"):
        return None
    chain = []
    for c in sorted(p.children(t), key=lambda x: -x.i):
        if c.dep_ in ("compound", "amod") and c.i == (chain[-1].i if chain else t.i) - 1:
            chain.append(c)
            chain += [g for g in p.children(c) if g.dep_ in ("compound", "amod") and g.i == c.i - 1]
    words = [x.lower_ for x in sorted(chain, key=lambda x: x.i)]
    for n in range(len(words)):
        head = units.get(" ".join(words[n:]))
        if head is not None:
            return head + ("s" if t.lower_ == "units" else ""), set(words[n:])
    return None


def _hyphen_joined(t) -> list:
    """The tokens of the hyphenated word that ends with ``t`` ('liquid', '-', 'cooled'), or just ``t``; a number
    before the hyphen is part of it ('8-megapixel', '12-layer', '200-mm'), except before a node's unit, which the node
    reading takes ('7-nanometre')."""
    out = [t]
    doc = t.doc
    while out[0].i >= 2 and doc[out[0].i - 1].text == "-" and not doc[out[0].i - 1].whitespace_ \
            and not doc[out[0].i - 2].whitespace_ and (doc[out[0].i - 2].text[:1].isalpha() or (
                doc[out[0].i - 2].text.isdigit() and not re.fullmatch(_NODE_UNIT, out[0].text, re.IGNORECASE))):
        out[:0] = [doc[out[0].i - 2], doc[out[0].i - 1]]
    return out


_FUNCTION = {"de", "d", "du", "des", "la", "le", "les", "l", "a", "au", "aux", "en", "of", "the"}


def _translate(key: str, table: dict[str, str], french_order: bool) -> str | None:
    """The English of a modifier's key: the phrase as the table gives it ('carbure silicium' -> 'SiC'), else word
    by word, each in the singular or masculine if need be, in English order ('memoires flash' -> 'flash memory',
    'puces photoniques' -> 'photonic'); None if a word is unknown. Only the whole phrase for English."""
    if key in table:
        return table[key]
    if not french_order:
        return None
    out = []
    for w in key.split():
        forms = [w] + ([w[:-1]] if len(w) > 3 and w[-1] in "sx" else [])
        forms += [f[:-1] for f in forms if len(f) > 3 and f.endswith("e")]  # 'avancees' -> 'avancee' -> 'avance'
        hit = next((table[f] for f in forms if f in table), None)
        if hit is None:
            return None
        out.append(hit)
    return " ".join(x for x in reversed(out) if x) if out else None


_TABLES: dict[str, dict[str, str]] = {}


def _modifier_table(lang: LanguageData) -> dict[str, str]:
    """The language's modifier table by lookup key, made once per language as ``LanguageData.table`` does
    (folding it per product phrase was a tenth of the rules' time)."""
    if lang.code not in _TABLES:
        _TABLES[lang.code] = {_key(k): v for k, v in lang.cue("product_modifiers").items()}
    return _TABLES[lang.code]


def _key(phrase: str) -> str:
    """A modifier's lookup key: folded, without its function words ('carbure de silicium' -> 'carbure silicium')."""
    return " ".join(w for w in fold(phrase).split() if w not in _FUNCTION)


def _proper_name(head, p: Parsed, found: list[Mention], heads: dict, names_follow: bool = False,
                 terms: dict | None = None):
    """A capitalised name in apposition with a product noun, that no earlier layer typed
    ('son tout nouveau superordinateur, Jupiter', 'the Colossus supercomputer'); not a type word ('GPU servers'), nor
    a technology the modifier table ``terms`` knows ('des dalles Oled')."""
    terms = terms or {}
    for c in p.children(head):
        if fold(c.text) in heads or _key(c.text) in terms:
            continue
        if c.dep_ not in ("appos", "flat", "flat:name", "compound", "nmod") or c.pos_ != "PROPN" or not c.text[:1].isupper():
            continue
        if c.dep_ == "compound" and c.i > head.i:
            continue
        if c.dep_ in ("compound", "nmod") and c.i < head.i and head.text.istitle():
            continue  # 'Norsilica Semiconductor', a headline's 'Norsilica Chip': a name's word, not a product noun
        if c.dep_ == "nmod" and c.i > head.i and not _model_number(c, p):
            continue  # 'les puces Quorvane' may name a vendor; 'la puce Orvex 7', 'its Orvex chip' name a model
        if c.dep_ == "nmod" and any(g.dep_ in ("case", "prep") for g in p.children(c)):
            continue
        if any(m.start <= p.pos(c) < m.end for m in found) or len(c.text) < 3 or _acronym(c):
            continue
        return c
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and len(nxt.text) >= 3 \
            and nxt.head.i == head.head.i != head.i and nxt.dep_ in ("obj", "dobj", "nsubj") \
            and fold(nxt.text) not in heads and not _acronym(nxt) and not any(g.dep_ == "case" for g in p.children(nxt)) \
            and not any(m.start <= p.pos(nxt) < m.end for m in found):
        return nxt  # 'ses accélérateurs Orion', the name parsed as a second object of the verb
    if nxt is not None and re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}\d*", nxt.text) \
            and nxt.pos_ in ("PROPN", "NOUN", "ADJ", "DET") and nxt.ent_type_ != "ORG" and head.i > 0 \
            and names_follow and fold(nxt.text) not in heads and _key(nxt.text) not in terms and not _acronym(nxt) \
            and not any(m.start <= p.pos(nxt) < m.end for m in found):
        # 'les puces Europa', 'ses puces Zephyr': French names the model after the noun, and a name no layer knows
        # as a company there is the model's, whatever the parser made of it (a vendor is known, or tagged ORG)
        return nxt
    return None


def _qualifies_a_head(t, heads: dict) -> bool:
    """Whether ``t`` modifies, directly or through other modifiers before it, a product noun."""
    x = t
    while x.dep_ in ("compound", "amod") and x.head.i > x.i:
        x = x.head
        if fold(x.text) in heads:
            return True
    return False


def _spells_a_company(spelled: tuple[int, str], pos: int, p: Parsed, lex: Lexicon, found: list[Mention]) -> bool:
    """Whether the words an acronym spells out before a product noun name a company ('Advanced Micro Devices (AMD)
    processors', 'Kelvor Defense Systems (KDS) radars'): its products, not a product named by the acronym."""
    from supplykg.extract.mentions import COMPANY  # (mentions imports this module)

    a, acronym = spelled
    inner = p.text[a:pos].rsplit("(", 1)[0].strip()
    if lex.company(inner) is not None or lex.company(acronym) is not None:
        return True
    # a company mention there, led by a proper name ('Kelvor Defense Systems'), not by the language's words that NER
    # took for an organisation ('Double-Decker New Generation (DDNG) trains')
    first = inner.split()[0].split("-")[0]
    return not is_word(p.doc.vocab, first.casefold()) and any(m.kind == COMPANY and a <= m.start < pos for m in found)


_BRACKET_BEFORE = re.compile(r"\((" + ACRONYM_SHAPE + r")\)\s*$")


def _spelled_acronym_before(p: Parsed, pos: int) -> tuple[int, str] | None:
    """(where the spelled-out words start, the acronym) when the text right before ``pos`` is a capitalised phrase
    and the acronym it spells out in brackets ('Modular Open Radio Architecture (MORA) '), else None."""
    m = _BRACKET_BEFORE.search(p.text, max(p.start, pos - 12), pos)
    if m is None:
        return None
    acronym = m.group(1)
    base = max(p.start, m.start() - 120)
    words = list(re.finditer(r"[A-Z][\w&-]*", p.text[base:m.start()]))
    for k in range(len(words) - 1, -1, -1):
        start = base + words[k].start()
        inner = p.text[start:m.start()].strip()
        if not re.fullmatch(r"(?:[A-Z][\w&-]*\s+)*[A-Z][\w&-]*", inner):
            return None  # a lower-case word between: not one name
        if spells_out(acronym, inner.replace("-", " ")):  # 'High-Performance' gives its H and its P
            return start, acronym
    return None


def _company_at(found: list[Mention], pos: int) -> Mention | None:
    """The company mention of ``found`` that covers character ``pos``, if any."""
    from supplykg.extract.mentions import COMPANY

    return next((m for m in found if m.kind == COMPANY and m.start <= pos < m.end), None)


def _named_by(noun, p: Parsed, found: list[Mention]):
    """The capitalised name right after a naming noun ('product EliteSiC', 'la marque Orvex'), that no earlier layer
    typed and that is no acronym ('the product ARM' is a company's)."""
    if noun.i + 1 >= len(p.tokens):
        return None
    nxt = p.tokens[noun.i + 1]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or len(nxt.text) < 3 or _acronym(nxt):
        return None
    if noun.dep_ in ("dobj", "obj", "pobj", "obl", "obl:arg", "nmod") and nxt.dep_.startswith("nsubj") \
            and nxt.head.head.i == noun.i:
        return None  # 'will supply the products Veltrix needs': the subject of a relative clause, no name
    return None if any(m.start <= p.pos(nxt) < m.end and m.source == "lexicon" for m in found) else nxt


def _model_number(name, p: Parsed):
    """The model number or code right after a product's name ('Orvex 7', 'Orvex X2'), if any."""
    for c in p.children(name):
        if c.i == name.i + 1 and c.dep_ in ("nummod", "compound", "flat", "flat:name", "appos", "nmod") \
                and re.fullmatch(r"[A-Z]?\d[\w.]*|[A-Z]{1,3}\d*", c.text):
            return c
    return None


def _acronym(tok) -> bool:
    """An acronym ("HPE's server OEM", 'substrats SiC.'): by a product noun, a trade, a type or a material, not
    the product's name; a full stop the tokenizer left on it does not count."""
    if len(tok.text) == 3 and tok.text.isupper():
        return True
    text = tok.text[:-1]  # 'SiC.', a material's acronym glued to the sentence's end, is no model's name
    return tok.text.endswith(".") and 2 <= len(text) <= 4 and text.isalpha() and sum(ch.isupper() for ch in text) >= 2


def _only_names_between(text: str, a: int, b: int, names: list[Mention]) -> bool:
    """'puces Nvidia H20': only a company's name stands between a product noun and a named product."""
    if b <= a or b - a > 40:
        return False
    gap = text[a:b]
    for m in names:
        if a <= m.start and m.end <= b:
            gap = gap.replace(text[m.start:m.end], " ")
    return gap.strip() == ""


def _modifiers(head, lang: LanguageData, p: Parsed, found: list[Mention]) -> tuple[list[str], str | None, list]:
    """English words that make the product distinctive, the vendor a company modifier names, and the tokens used."""

    stop = set(lang.cue("product_stop_modifiers"))
    table = _modifier_table(lang)  # French (or other) modifier -> English
    words: list[str] = []
    used: list = []
    vendor = None

    def english(text: str) -> str | None:
        return _translate(_key(text), table, lang.code != "en")

    # 'silicon carbide wafers': modifiers the parser hung one by one on the noun may name one thing together
    run = []
    for c in sorted((c for c in p.children(head) if c.dep_ in ("compound", "amod") and c.i < head.i), key=lambda x: -x.i):
        if c.i != (run[-1].i if run else head.i) - 1 or any(m.start <= p.pos(c) < m.end for m in found):
            break
        run.append(c)
    joint: dict[int, str] = {}  # the first token of such a run -> its English; the run's other tokens -> ''
    for n in range(len(run), 1, -1):
        said = english(" ".join(p.surface(x) for x in reversed(run[:n])))
        if said is not None:
            joint = {x.i: "" for x in run[:n]} | {run[n - 1].i: said}
            used += run[:n]
            break

    kids = sorted(p.children(head), key=lambda x: x.i)
    if lang.code == "en":
        # 'advanced Nvidia GPUs', 'new AMD chips': an adjective before the vendor's name rates the goods, it names
        # none of them ('Nvidia AI chips': the words after the name do)
        named = [c.i for c in kids if c.dep_ == "compound" and c.i < head.i and _company_at(found, p.pos(c)) is not None]
        if named:
            kids = [c for c in kids if not (c.dep_ == "amod" and c.i < named[0])]
    # 'ultra-fast chargers' parsed as three modifiers: the first part is said with the whole word, once
    in_hyphened = {y.i for x in kids for y in _hyphen_joined(x)[:-1]}
    for c in kids:
        if c.i in joint:
            if joint[c.i]:
                words.append(joint[c.i])
            continue
        if c.i in in_hyphened and c.dep_ in ("amod", "compound"):
            continue
        if c.dep_ == "prep" and c.lower_ == "of" and vendor is None:  # 'the chips of Quorvane'
            if c.i > 0 and f"{fold(p.tokens[c.i - 1].text)} of" in lang.words("contrast_markers"):
                continue  # 'modems from MediaTek instead of Qualcomm': not Qualcomm's modems
            for g in p.children(c):
                company = _company_at(found, p.pos(g))
                if company is not None and g.dep_ == "pobj":
                    vendor = company.name
            continue
        if c.dep_ not in _MOD_DEPS and not (c.dep_ == "poss" and c.pos_ == "PROPN") \
                and not (c.dep_ == "acl" and lang.code != "en" and c.n_lefts + c.n_rights == 0):
            continue  # a bare participle is an adjective: 'puces embarquées'
        if c.dep_ == "acl" and english(c.text) is None:
            continue
        pos = p.pos(c)
        company = _company_at(found, pos)
        if company is not None and company.source != "lexicon" and c.dep_ == "compound" and any(
                g.dep_ in ("poss", "nmod:poss") and g.i < c.i for g in p.children(head)):
            # "Baidu's Kunlun processors": a name no list knows, between the owner and the noun, is the brand
            found.remove(company)
            words.append(company.text)
            used.append(c)
            continue
        if company is not None and c.dep_ == "appos" and any(g.dep_ == "neg" and head.i < g.i < c.i
                                                              for g in p.children(head)):
            continue  # 'only Brio can build these parts, not Kelvor': a maker ruled out, no vendor of the goods
        if company is not None and c.i > head.i and c.dep_ in ("flat", "flat:name", "appos") and _maker_noun_of(head, lang):
            continue  # 'le fabricant de semi-conducteurs Cypress', 'les fabricants de puces Infineon': the maker's name
        if company is not None and named_as_owner(p.tokens, c.i, lang.words("subsidiary_nouns", "owner_nouns",
                                                                            "rivalry_words")):
            continue  # 'spécialiste des batteries et filiale de Total': Total owns the maker, not the batteries; nor
            # are 'fabricant de mémoires et concurrent de Kelvor' Kelvor's
        if company is not None:
            cases = {fold(g.text) for g in p.children(c) if g.dep_ == "case"}
            if c.dep_ in ("compound", "poss", "flat", "flat:name", "appos", "amod") or (
                    c.dep_ == "nmod" and (not cases or cases & {"de", "d", "du", "des", "of"})):
                vendor = company.name  # 'Nvidia GPUs', 'les puces de Nexperia'; not 'plaquettes ... à Soitec'
            continue
        if vendor is None and (not any(g.dep_ == "case" for g in p.children(c))
                               or fold(c.lemma_) in lang.words("version_nouns")):
            # 'la puce 5G d'Apple': the parser hangs the vendor on the bare modifier, or on the generation
            # between ('les baies de nouvelle génération de Dell')
            for g in p.children(c):
                company = _company_at(found, p.pos(g))
                if company is not None and g.dep_ == "nmod" and g.i > c.i and \
                        {fold(x.text) for x in p.children(g) if x.dep_ == "case"} & {"de", "d", "du", "des", "of"}:
                    vendor = company.name
                elif company is not None and g.dep_ == "compound" and g.i == c.i - 1 and c.i < head.i and not (
                        g.i > 0 and fold(p.tokens[g.i - 1].lemma_) in lang.words("double_object_verbs")):
                    # 'Nvidia AI chips': the parser hangs the vendor on the modifier before it ('sold Microsoft AI
                    # chips' names the buyer)
                    vendor = company.name
        inner = [x for x in _own_phrase(c) if not any(m.start <= p.pos(x) < m.end for m in found)]
        phrase = " ".join(p.surface(x) for x in inner if x.dep_ not in ("case", "det", "punct"))
        said = english(phrase)
        if said is not None:
            words.append(said)
            used += inner
            continue
        said = english(c.text) if c.dep_ in ("amod", "compound", "nmod") else None
        if said is not None:
            words.append(said)
            used.append(c)
            continue
        kind = _bare_kind(c, lang, p) if lang.code != "en" and c.i > head.i else None
        if kind is not None:  # 'modules de caméra': a camera module, not modules and a camera
            words.append(kind)
            used += [x for x in p.children(c) if x.dep_ == "case"] + [c]
            continue
        surface = p.surface(c)
        if lang.code != "en" and SHAPED.fullmatch(surface):
            words.append(surface)  # 'plaquettes SOI', 'puces SiC': an acronym is distinctive in any language
            used.append(c)
            continue
        if lang.code != "en" or fold(c.text) in stop or c.pos_ in ("NUM", "DET", "PRON") or c.dep_ == "nmod" \
                or re.fullmatch(r"\d+(?:st|nd|rd|th)", c.text) or c.ent_type_ == "MONEY" \
                or fold(c.text) in lang.words("currencies"):
            continue  # ('its 8th machine': an ordinal counts units, it names no product; 'a multi-billion dollar
            # battery deal': a sum, not the goods)
        if c.dep_ in ("amod", "compound") and c.i < head.i and c.text[:1].isalnum():
            prev = c.doc[c.i - 1] if c.i > 0 else None
            if prev is not None and prev.like_num and not prev.whitespace_:  # '5G' split as '5' 'G'
                words.append(prev.text + p.surface(c))
                used += [prev, c]
                continue
            inner = [x for x in p.children(c) if x.dep_ in ("compound", "amod") and x.i < c.i and x.text[:1].isalnum()
                     and fold(x.text) not in stop and x.pos_ not in ("NUM", "DET", "PRON")
                     and not any(m.start <= p.pos(x) < m.end for m in found)]
            joined = _hyphen_joined(c)  # 'liquid-cooled AI servers': the whole word, not 'cooled'
            inner = [x for x in inner if x not in joined]
            for x in inner:  # 'bitcoin mining rigs', 'data centre servers'
                glued = x.doc[x.i - 1] if x.i > 0 else None
                if glued is not None and glued.like_num and not glued.whitespace_:  # '5G radio frequency components'
                    words.append(glued.text + p.surface(x))
                    used.append(glued)
                else:  # 'lithium-ion battery packs': the whole word before the modifier, not 'ion'
                    whole = _hyphen_joined(x)
                    words.append("".join(p.surface(y) for y in whole))
                    used += whole[:-1]
            used += inner
            words.append("".join(p.surface(x) for x in joined))
            used += joined
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    shaped = after is not None and (SHAPED.fullmatch(p.surface(after)) or english(after.text))
    if lang.code != "en" and shaped and after not in used and after.head.i != head.i \
            and not any(m.start <= p.pos(after) < m.end for m in found):
        # 'puces SiC', 'mémoires flash' where the parser hung the modifier elsewhere
        words.append(english(after.text) or p.surface(after))
        used.append(after)
        for g in p.children(after):  # '... SiC d'onsemi': the vendor hangs on the acronym too
            company = _company_at(found, p.pos(g))
            if vendor is None and company is not None and {fold(x.text) for x in p.children(g) if x.dep_ == "case"} & {"de", "d"}:
                vendor = company.name
    if lang.code != "en" and vendor is None and after is not None and after.head.i != head.i and after.pos_ == "PROPN" \
            and not p.text[p.end_pos(head):p.pos(after)].strip() and after.dep_ in ("nmod", "appos", "flat", "flat:name"):
        company = _company_at(found, p.pos(after))
        if company is not None and company.start == p.pos(after):
            vendor = company.name  # 'pour 400 millions de dollars de puces AMD': the name the parser hung on the count
    if lang.code != "en" and not words and after is not None and after.lower_ in ("en", "de", "d'", "d’") \
            and after.head.i != head.i:
        # 'un accord pour la livraison de plaquettes en carbure de silicium': the parser hung the material elsewhere
        doc = head.doc
        for n in (3, 2, 1):
            span = [x for x in doc[after.i + 1:after.i + 1 + n]]
            if len(span) < n or any(x.is_punct or any(m.start <= p.pos(x) < m.end for m in found) for x in span):
                continue
            said = english(" ".join(p.surface(x) for x in span))
            if said is not None:
                words.append(said)
                used += [after, *span]
                break
    # 'en substrats SiC.': the tokenizer may leave the sentence's full stop on a last acronym ('U.S.' keeps its own)
    words = [w[:-1] if w.endswith(".") and w.count(".") == 1 else w for w in words if w]
    if lang.code != "en":  # French modifiers follow the noun, the nearest first: 'puces d'IA avancées' -> 'advanced AI'
        words.reverse()
    return words, vendor, used


def _before_a_name(head, cover: list, p: Parsed, found: list[Mention]) -> list:
    """The tokens of a goods phrase up to a proper name it would span without using: 'les capteurs de Pellix pour
    ses téléphones' names 'phone sensors', and its words stop before Pellix, whom the grammar may find as the
    vendor (a name inside a product's span is the product's, never a company)."""
    a, b = min(c.i for c in cover), max(c.i for c in cover)
    ids = {c.i for c in cover}
    names = [x.i for x in p.tokens[a:b + 1] if x.i not in ids and x.pos_ == "PROPN" and x.i > head.i
             and not any(m.start <= p.pos(x) < m.end for m in found)]
    return [c for c in cover if c.i < names[0]] if names else cover


def _bare_kind(c, lang: LanguageData, p: Parsed) -> str | None:
    """The English of a product noun that qualifies another through a bare 'de' ('modules de caméra', 'puces de
    smartphone'), with no article, number or adjective of its own; None for anything else."""
    kids = p.children(c)
    if c.dep_ != "nmod" or c.pos_ != "NOUN" or [fold(x.text) for x in kids if x.dep_ == "case"] not in (["de"], ["d"]) \
            or any(x.dep_ in ("det", "nummod", "amod", "flat", "flat:name", "appos", "compound") for x in kids):
        return None
    entry = lang.table("product_heads").get(fold(c.lemma_))
    return entry[0] if entry else None


def _seller_phrase(g) -> bool:
    """'à Norsilica', 'chez Veltrix' hung on a modifier: where the goods come from, not what they are."""
    if g.i > g.head.i and adverb_preposition(g):
        return True  # 'auprès de Wolfspeed' parsed as an adverb with its own oblique
    return g.i > g.head.i and any(x.dep_ == "case" and fold(x.text) in ("a", "au", "aux", "chez", "aupres")
                                  for x in g.children)


def _own_phrase(c) -> list:
    """A modifier's words without what is coordinated with it ('de carbure de silicium et des puces SiC')."""
    out, todo = [], [c]
    while todo:
        x = todo.pop()
        out.append(x)
        todo += [g for g in x.children if g.dep_ not in ("conj", "cc") and not _seller_phrase(g)]
    return sorted(out, key=lambda x: x.i)


def _maker_noun_of(head, lang) -> bool:
    """Whether a product noun completes a maker noun ('fabricant de semi-conducteurs', 'maker of chips')."""
    up = head.head
    if up.i == head.i:
        return False
    if head.dep_ == "pobj" and up.head.i != up.i:
        up = up.head
    return head.dep_ in ("nmod", "pobj") and fold(up.lemma_) in lang.words("supplier_descriptors")
