"""Parse repairs: constructions the statistical parser gets wrong in news, mended once per article after
parsing and before any layer reads the tree. Each repair is one function over the article's Doc and reads
its words from the language's cues, so a language without those cues is left as parsed.
"""
from __future__ import annotations

import re
from functools import cache

from supplykg.extract.lexicon import fold
from supplykg.extract.pipeline import dictionary_word
from supplykg.extract.products import SHAPED


def repair(doc, lang) -> None:
    """Mend ``doc`` (a parsed article) in place. The repairs walk one list of the article's tokens: iterating a
    Doc makes a new Token object at every step, and a Token reads the Doc, so each sees the repairs before it."""
    tokens = list(doc)
    _latter_subject(tokens, lang)
    _comma_apposition(tokens, lang)
    _participle_of_object(tokens)
    _participle_agreement(tokens)
    _product_head_after_acronym(tokens, lang)
    _counted_noun(tokens)
    _value_before_a_deal(tokens, lang)
    _time_phrase_as_object(tokens, lang)
    _name_read_as_verb(tokens, lang)
    _subject_read_as_verb(tokens)
    _verb_after_names(tokens, lang)
    _compound_before_verb(tokens)
    _finite_verb_under_subject(tokens)
    _names_beside_their_verb(tokens)
    _last_conjunct_opens_a_clause(tokens)
    _subject_read_as_apposition(tokens)
    _modifiers_of_a_goods_noun(tokens, lang)
    _infinitive_read_as_noun(tokens, lang)
    _object_after_an_aside(tokens, lang)
    _second_subject_after_verb(tokens, lang)
    _subject_inside_relative(tokens, lang)
    _two_objects_of_a_grant(tokens, lang)
    _relative_on_a_verb(tokens, lang)
    _names_after_a_dash(tokens, lang)
    _gapped_seller(tokens, lang)
    _trade_gerund_read_as_compound(tokens, lang)
    _source_before_destination(tokens, lang)
    _names_with_origins(tokens, lang)
    _recipient_after_as_well_as(tokens, lang)
    _company_noun_read_as_infinitive(tokens, lang)
    _gerund_fixed_to_tout(tokens)
    _reflexive_charge(tokens, lang)
    _subject_after_fronted_phrase(tokens)
    _auxiliary_read_as_verb(tokens, lang)
    _name_after_a_trade_complement(tokens, lang)
    _title_before_a_possessive(tokens)
    _argument_after_ainsi_que(tokens, lang)
    _personal_il(tokens, lang)


def _latter_subject(tokens, lang) -> None:
    """'Ce dernier fournit Apple': the French parser reads 'Ce' as a determiner and 'dernier' as an adjective,
    both of the verb, which is left with no subject. When the verb has none, 'dernier' becomes its subject (a
    pronoun, resolved as 'the latter') and 'Ce' its determiner. 'ce dernier trimestre', whose adjective
    belongs to a noun, is left alone."""
    latter = lang.words("latter_words", "former_words")
    dets = lang.words("latter_determiners")
    if not dets:
        return
    for t in tokens:
        if t.i == 0 or t.dep_ != "amod" or fold(t.text) not in latter or t.head.pos_ not in ("VERB", "AUX"):
            continue
        d, verb = tokens[t.i - 1], t.head
        if fold(d.text) not in dets or d.head.i not in (t.i, verb.i):
            continue
        if any(c.dep_.startswith(("nsubj", "csubj")) and c.i != d.i for c in verb.children):
            continue  # (the parser may make 'Ce' itself the subject: 'Ce dernier lui a commandé')
        t.dep_, t.pos_ = "nsubj", "PRON"
        d.head, d.dep_ = t, "det"


def _comma_apposition(tokens, lang) -> None:
    """'Norsilica, fournisseur de Keltronix, a ...': the parser may coordinate the noun after the comma with the
    name before it, as if it were a list's second item. A relational or trade noun right after a comma, with no
    'et'/'and' of its own, that the parser made a conjunct of a name, describes the name: an apposition."""
    nouns = lang.words("relational_nouns", "company_nouns")
    for t in tokens:
        if t.dep_ != "conj" or t.pos_ != "NOUN" or t.i < 2 or tokens[t.i - 1].text != "," and not (
                tokens[t.i - 1].dep_ == "det" and tokens[t.i - 2].text == ","):
            continue
        if t.head.pos_ != "PROPN" or fold(t.lemma_) not in nouns and fold(t.text) not in nouns:
            continue
        if any(c.dep_ == "cc" for c in t.children):
            continue
        t.dep_ = "appos"


def _participle_of_object(tokens) -> None:
    """'will supply the panels destined for the iPhone 18': the parser may make the participle a second verb of
    the clause, coordinated with 'supply' though nothing coordinates them. A past participle that the parser
    made a conjunct of a verb (tagged as a participle or a past tense), right after that verb's object, with a
    preposition of its own and no 'and', subject or auxiliary, modifies the object: a reduced relative clause."""
    for t in tokens:
        if t.dep_ != "conj" or t.tag_ not in ("VBN", "VBD") or t.head.pos_ != "VERB" or t.head.i > t.i:
            continue
        if not any(c.dep_ in ("prep", "agent") for c in t.children):
            continue
        obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
        if obj is None or max(x.i for x in obj.subtree) != t.i - 1 or tokens[t.i - 1].is_punct:
            continue
        if any(c.dep_ in ("cc", "nsubj", "nsubjpass", "aux", "auxpass") for c in t.children) or any(
                c.dep_ == "cc" and obj.i < c.i < t.i for c in t.head.children):
            continue
        t.head, t.dep_ = obj, "acl"


def _participle_agreement(tokens) -> None:
    """'une série de capteurs destinés aux drones conçue par Kelvor': the parser hangs a participle on the nearest
    noun, here 'drones', whatever its agreement says. A participle that disagrees in number or gender with its
    noun hangs on the nearest noun above it in the phrase that agrees in both ('série'). Only where the tagger
    gives the features (French); English participles carry none."""
    def features(t):
        return t.morph.get("Number"), t.morph.get("Gender")

    def agree(p, n):
        return all(not a or not b or a == b for a, b in zip(features(p), features(n)))

    for t in tokens:
        if t.dep_ != "acl" or "Part" not in t.morph.get("VerbForm") or not t.morph.get("Number"):
            continue
        h = t.head
        if h.pos_ not in ("NOUN", "PROPN") or h.i > t.i or agree(t, h) or not h.morph.get("Number"):
            continue
        up, steps = h, 0
        while steps < 4 and up.head.i != up.i and up.dep_ in ("nmod", "obl:arg", "obl", "acl", "amod"):
            up, steps = up.head, steps + 1
            if up.pos_ in ("NOUN", "PROPN") and agree(t, up) and up.morph.get("Number"):
                t.head = up
                break
            if up.pos_ in ("VERB", "AUX") and up.dep_ not in ("acl", "amod"):
                break


def _product_head_after_acronym(tokens, lang) -> None:
    """'a SiC wafer supply agreement', 'buys the SiC wafer from': the tagger may read a product's head noun
    right after an acronym as a verb, and leave the acronym to stand for the noun phrase. A word of the
    language's ``product_heads`` tagged as a verb, right after an acronym that is a noun, with no subject of its
    own and no object, is the noun the acronym qualifies: it takes the acronym's place in the tree."""
    heads = lang.cue("product_heads")
    if not heads:
        return
    for t in tokens:
        if t.i == 0 or t.pos_ != "VERB" or (t.lower_ not in heads and fold(t.text) not in heads):
            continue
        a = tokens[t.i - 1]
        if not SHAPED.fullmatch(a.text) or a.pos_ not in ("NOUN", "PROPN") or a.whitespace_ == "":
            continue
        if any(c.dep_ in ("prt", "compound:prt") for c in t.children) or not any(
                x.pos_ in ("VERB", "AUX") and x.i != t.i for x in tokens[t.sent.start:t.sent.end]):
            continue  # 'the UK tools up for a chip race': a verb with its particle, or the sentence's only verb
        v = a.head
        if t.dep_ == "ROOT" and v.head.i == t.i and v.dep_.startswith("nsubj") and v.pos_ == "VERB" and a.dep_ in ("dobj", "obj"):
            # 'Kelvor Group will ship QuantSiC dies to Orvane': the verb read as the subject of the noun, which roots the
            # sentence; the verb roots it again, the noun its object, the name the noun's modifier
            v.head, v.dep_ = v, "ROOT"
            t.head, t.dep_, t.pos_, t.tag_ = v, a.dep_, "NOUN", "NNS" if t.lower_.endswith("s") else "NN"
            a.head, a.dep_ = t, "compound"
            for c in list(t.children):
                if c.dep_ == "punct" and _can_hang(c, v):
                    c.head = v
            continue
        if a.head.i != t.i and a.head.i in {x.i for x in t.subtree}:
            continue  # re-hanging would close a loop in the tree
        if any(c.i != a.i and (c.dep_.startswith(("nsubj", "csubj")) or c.dep_ in ("dobj", "obj", "aux", "auxpass"))
               for c in t.children):
            continue
        det = [c for c in a.children if c.dep_ == "det"]
        if a.head.i == t.i and a.dep_.startswith("nsubj"):
            if not det:
                continue  # 'Fabs wafer ...' or a name the masking left: the acronym may be the verb's subject
            # 'buys the SiC wafer from': a determined noun phrase, read as a clause of its own
            t.pos_, t.tag_, a.dep_ = "NOUN", "NN", "compound"
            if t.dep_ in ("ccomp", "xcomp") and t.head.pos_ == "VERB":
                t.dep_ = "dobj" if lang.code == "en" else "obj"
            for d in det:
                d.head = t
            continue
        if a.head.i == t.i:
            t.pos_ = "NOUN"
            continue
        if a.dep_.startswith("nsubj") or t.head.i == a.i:
            continue  # the acronym is a verb's subject
        head, dep = (a.head, a.dep_) if a.head.i != a.i else (t, "ROOT")
        t.pos_, t.tag_ = "NOUN", "NN"
        if head.i == a.i or dep == "ROOT":
            continue
        t.head, t.dep_ = head, dep
        a.head, a.dep_ = t, "compound"


def _counted_noun(tokens) -> None:
    """'l'achat par Orlo de 5 000 GPU': the French parser may hang 'de' on the number and the number on the verb
    or noun the phrase belongs to, with the counted noun a sibling of its own number. A number with a case word
    of its own, followed (through the rest of the number) by a noun with none that hangs on the same word or on
    the number, is that noun's count: the noun takes the number's place and its case word."""
    for n in tokens:
        if not any(ch.isdigit() for ch in n.text) or re.fullmatch(r"(?:19|20)\d\d", n.text) \
                or n.dep_ in ("nummod", "det") and n.head.i > n.i or n.head.i == n.i:
            continue  # a count in digits ('5 000'), not 'une' nor a year ('en 2023')
        case = [c for c in n.children if c.dep_ == "case" and c.i < n.i]
        if not case:
            continue
        j = n.i + 1
        while j < len(tokens) and (tokens[j].text.isdigit() or tokens[j].text in (",", ".") and j + 1 < len(tokens)
                                   and tokens[j + 1].text.isdigit()):
            j += 1
        if j >= len(tokens):
            continue
        x = tokens[j]
        if x.pos_ not in ("NOUN", "PROPN") or x.head.i not in (n.i, n.head.i) or x.i == n.head.i:
            continue
        if any(c.dep_ == "case" for c in x.children) or n.head.i in {y.i for y in x.subtree}:
            continue
        head, dep = n.head, n.dep_
        x.head, x.dep_ = head, dep
        n.head, n.dep_ = x, "nummod"
        for c in case:
            c.head = x


def _phrase_noun(tokens, k: int, end: int) -> int | None:
    """The index of the noun a noun phrase starting at ``k`` opens on, past its determiners, numbers and adjectives
    ('les deux nouvelles puces'), if it is one before ``end``."""
    while k < end and tokens[k].pos_ in ("DET", "NUM", "ADJ"):
        k += 1
    return k if k < end and tokens[k].pos_ in ("NOUN", "PROPN") else None


def _value_before_a_deal(tokens, lang) -> None:
    """'gave a $2.4 billion, seven-year contract to Kelvor': with two modifiers set apart by a comma, the parser
    makes the sum the verb's object and the deal noun (cue ``contract_nouns``) its apposition. The deal noun takes
    the sum's place, and the sum becomes its modifier."""
    deals = lang.words("contract_nouns")
    for x in tokens:
        if x.dep_ != "appos" or fold(x.lemma_) not in deals and fold(x.text) not in deals:
            continue
        n = x.head
        if n.pos_ != "NUM" or n.i >= x.i or n.i + 1 >= len(tokens) or tokens[n.i + 1].text != "," \
                or any(t.pos_ in ("VERB", "AUX") or t.text in (";", ":") for t in tokens[n.i + 1:x.i]):
            continue
        head, dep = n.head, n.dep_
        x.head, x.dep_ = (x, "ROOT") if head.i == n.i else (head, dep)
        n.head, n.dep_ = x, "nmod"


def _time_phrase_as_object(tokens, lang) -> None:
    """'a livré la semaine dernière un premier lot de puces à X', 'a commandé le mois dernier 200 serveurs': the
    French parser makes the time phrase the verb's object and hangs the goods on it, or on the verb as an
    adjunct. A time noun (cue ``time_nouns``) with 'dernier', 'prochain' (cue ``time_adjectives``), object of a
    verb and followed by a noun phrase, is an adjunct; that noun phrase is the object."""
    nouns, adjectives = lang.words("time_nouns"), lang.words("time_adjectives")
    if not nouns:
        return
    for t in tokens:
        if t.dep_ not in ("obj", "dobj") or fold(t.lemma_) not in nouns or t.head.pos_ != "VERB":
            continue
        if t.i + 1 >= len(tokens) or fold(tokens[t.i + 1].text) not in adjectives:
            continue
        verb, k = t.head, _phrase_noun(tokens, t.i + 2, t.sent.end)
        if k is None or tokens[k].head.i not in (verb.i, t.i):
            continue
        goods = tokens[k]
        t.dep_ = "obl:mod"
        tokens[t.i + 1].head, tokens[t.i + 1].dep_ = t, "amod"
        goods.head, goods.dep_ = verb, "obj"
        for x in tokens[t.i + 2:k]:
            x.head = goods


def _verb_after_names(tokens, lang) -> None:
    """'Samsung and Micron supply memory chips to Apple': after a list of names the tagger may read a trade verb in
    its base form as a noun, so that the sentence has no verb and the names qualify 'chips' (French does so after
    one name: 'Thales équipe Airbus en calculateurs'). In a clause with no finite verb (up to the punctuation
    after the names' phrase), a word of the cue ``verbs_after_names`` right after two or more coordinated names
    (one in French) is the verb: the first name becomes its subject (the others its conjuncts), the noun phrase
    right after it its object, and what follows that phrase (the 'to' phrase) hangs on the verb. Where another
    clause has the sentence's verb, the new verb hangs on it ('Analysts say A and B supply ...', 'While A and B
    ship ..., C sells ...'). In English one name is enough when the word is the -s
    form of such a verb, tagged a plural noun that roots the sentence or qualifies its root ('Dell sources from
    Micron', 'Orvane Systems sources chips from Kelvor')."""
    verbs = lang.words("verbs_after_names")
    if not verbs:
        return
    english = lang.code == "en"
    forms = third_person(verbs) if english else {}
    as_names = set(lang.cue("verbs_read_as_names"))  # as written, accents kept: 'gravé' is not 'grave'
    for t in tokens:
        # 'Dell sources from Micron': one English name before the -s form, read as a plural noun that roots the sentence
        single = english and t.tag_ == "NNS" and fold(t.text) in forms and t.i >= 1 and (
            t.dep_ == "ROOT" or t.dep_ == "compound" and t.head.dep_ == "ROOT" and t.head.i > t.i
            or _gerund_after(t))
        # (French also reads 'livre' after a name it never saw as part of that name, a lower-case proper noun: cue
        # verbs_read_as_names, the forms that are also nouns, not 'équipe', which the supply rules read as tagged)
        if not single and (t.i < (3 if english else 1) or english and t.tag_ != "NN" or fold(t.text) not in verbs
                           or t.pos_ not in ("NOUN", "X") and (t.pos_ != "PROPN" or t.text not in as_names)):
            continue
        sent = tokens[t.sent.start:t.sent.end]
        chain, j = [], t.i - 1
        while j >= t.sent.start and (tokens[j].pos_ == "PROPN" or tokens[j].dep_ == "cc" or tokens[j].text == ","):
            chain.insert(0, tokens[j])
            j -= 1
        while chain and chain[0].pos_ != "PROPN":  # 'Selon le journal, Kelvora livre': the comma ends another phrase
            j += 1
            chain.pop(0)
        names = [x for x in chain if x.pos_ == "PROPN"]
        cc = [x for x in chain if x.pos_ != "PROPN"]
        if not chain or chain[0].pos_ != "PROPN" or chain[-1].pos_ != "PROPN":
            continue
        if english and len(cc) == 0 and not single:
            continue  # 'Samsung supply chains': one English name before a noun is a compound
        if single and (cc or not (_opens_a_complement(tokens, t) or _gerund_after(t))):
            continue  # 'Dell sources.': nothing after it that a verb would govern
        if not english and j >= t.sent.start and tokens[j].pos_ in ("DET", "ADP"):
            continue  # 'l'équipe Thales', 'de la commande Airbus': a noun after all
        k = t.i + 1
        while k < t.sent.end and (tokens[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tokens[k].tag_ == "VBG"
                                  and k + 1 < t.sent.end and tokens[k + 1].pos_ == "NOUN"):
            k += 1  # (and a gerund before a noun: 'ships etching tools')
        # the clause of the names: from them to the punctuation that ends it ('While A, B and C ship tools to D,
        # E sells ...', 'Analysts say A and B supply chips to C'); another clause may have its own verb
        end = next((x.i for x in tokens[k:t.sent.end] if x.text in _CLAUSE_ENDS), t.sent.end)
        if any(x.tag_ in ("VBZ", "VBP", "VBD", "MD") if english else
               x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in tokens[chain[0].i:end]):
            continue  # the clause has its verb: 'Samsung and Micron supply chains are ...' is read as parsed
        outer = next((x for x in sent if x.head.i == x.i and not chain[0].i <= x.i < end and x.pos_ in ("VERB", "AUX")),
                     None)  # the other clause's verb, where it roots the sentence
        obj = tokens[k - 1] if k > t.i + 1 else None
        moved = {x.i for x in chain} | {t.i} | set(range(t.i + 1, k))
        # 'Orvane Systems sources': with one name, its words are that name's, not a list
        first = names[-1] if single else next((x for x in names if x.head.i == x.i or x.head.i not in moved), names[0])
        heads = {x.i: x.head.i for x in sent}
        t.head, t.dep_, t.pos_, t.tag_ = t, "ROOT", "VERB", "VBZ" if single else "VBP"
        if outer is not None:  # 'Analysts say [A and B supply ...]', '[While A and B ship ...], C sells ...'
            t.head, t.dep_ = outer, "ccomp" if outer.i < chain[0].i else "advcl"
        if single:
            t.lemma_ = forms[fold(t.text)]
        if obj is not None:
            obj.head, obj.dep_ = t, "dobj"  # first, so that no word hung on it below is its head meanwhile
            for x in tokens[t.i + 1:k - 1]:
                if heads[x.i] not in moved or heads[x.i] in (t.i, x.i):
                    x.head = obj
                    if x.dep_ == "ROOT":
                        x.dep_ = "amod"  # 'etching', the verb the parser took
        for x in names:
            if x.i != first.i:
                x.head, x.dep_ = first, "compound" if single else "conj"
        for x in cc:
            x.head = first
        first.head, first.dep_ = t, "nsubj"
        for x in sent:
            if x.i in moved or x.i == t.i or not (heads[x.i] in moved or x.head.i == x.i):
                continue
            if outer is not None and x.i == outer.i:
                continue
            if x.pos_ == "SCONJ" and x.i == chain[0].i - 1 and _can_hang(x, t):
                x.head, x.dep_ = t, "mark"  # 'While' opens the names' clause
            elif outer is not None and not chain[0].i <= x.i < end:
                if _can_hang(x, outer):
                    x.head = outer  # a word of the other clause stays in it
            elif _can_hang(x, h := first if x.i < chain[0].i else t):
                x.head = h


_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–"})


def _gerund_after(t) -> bool:
    """'KLA ships etching tools to X': the -s form read as a plural noun, the subject of the gerund after it that
    the parser made the sentence's verb (with no auxiliary of its own)."""
    h = t.head
    return t.dep_ == "nsubj" and h.dep_ == "ROOT" and h.tag_ == "VBG" and h.i == t.i + 1 \
        and not any(c.dep_.startswith("aux") for c in h.children)


def _opens_a_complement(tokens, t) -> bool:
    """Whether the token after ``t`` in its sentence opens what a verb governs (a preposition, an article, a noun)."""
    return t.i + 1 < t.sent.end and tokens[t.i + 1].pos_ in ("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON")


@cache
def third_person(verbs: frozenset[str]) -> dict[str, str]:
    """'supplies' -> 'supply', 'ships' -> 'ship', 'manufactures' -> 'manufacture': the -s forms of base forms (once per
    language: two repairs ask for them in every article)."""
    out = {}
    for v in verbs:
        if v.endswith("y") and v[-2:-1] not in "aeiou":
            out[v[:-1] + "ies"] = v
        elif v.endswith(("s", "sh", "ch", "x")):
            out[v + "es"] = v
        else:
            out[v + "s"] = v
    return out


def _name_read_as_verb(tokens, lang) -> None:
    """'Kelvor supplies Orbix, Tencent and Baidu with chips': a name the tagger never saw, opening a sentence, is
    read as a verb (with 'supplies' its object), or as a noun qualifying 'ships' ('Zentek ships wafers to Orbix'). A
    capitalised first word that is no word of the language, before the -s form of a trade verb (cue
    ``verbs_after_names``), is a name and the subject of that verb."""
    forms = third_person(lang.words("verbs_after_names"))
    if not forms:
        return
    for t0 in tokens:
        if not t0.is_sent_start or t0.i + 2 >= len(tokens) or not t0.text[:1].isupper() or dictionary_word(t0):
            continue
        t1 = tokens[t0.i + 1]
        if fold(t1.text) not in forms or t1.pos_ not in ("VERB", "NOUN") or t0.pos_ not in ("VERB", "NOUN", "PROPN"):
            continue
        if t0.pos_ == "PROPN" and t1.pos_ == "VERB":
            continue  # read as it is
        sent = tokens[t0.i:t0.sent.end]
        t2 = tokens[t1.i + 1]
        # the clause up to its first comma: 'Kelvor ships HBM to Nvidia, Kowalski said' has a verb of its own after it
        end = next((x.i for x in sent if x.i > t1.i and x.text in (",", ";", ":")), t0.sent.end)
        others = [x for x in sent if x.i not in (t0.i, t1.i) and x.i < end and x.pos_ in ("VERB", "AUX")]
        if t1.pos_ == "NOUN" and any(x.i != t2.i or not x.lower_.endswith("s") for x in others):
            continue  # 'Zentek ships were ...': the sentence has a verb of its own
        if t2.pos_ == "VERB" and t2.lower_.endswith("s"):
            t2.pos_, t2.tag_ = "NOUN", "NNS"  # 'ships wafers to': the plural the tagger took for the verb
        heads = {x.i: x.head.i for x in sent}
        t1.head, t1.dep_, t1.pos_, t1.tag_, t1.lemma_ = t1, "ROOT", "VERB", "VBZ", forms[fold(t1.text)]
        t0.head, t0.dep_, t0.pos_, t0.tag_ = t1, "nsubj", "PROPN", "NNP"
        for x in sent:
            if x.i not in (t0.i, t1.i) and heads[x.i] in (t0.i, t1.i, x.i):
                x.head = t1  # the rest of the clause hangs on the verb
        if t2.pos_ in ("NOUN", "PROPN") and heads[t2.i] in (t0.i, t1.i, t2.i):
            t2.dep_ = "dobj"
        elif t2.pos_ in ("DET", "NUM", "ADJ"):
            obj = next((x for x in sent[t2.i - t0.i:] if x.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None and heads[obj.i] in (t0.i, t1.i, obj.i):
                obj.head, obj.dep_ = t1, "dobj"


def _subject_read_as_verb(tokens) -> None:
    """'Kelvor already supplies chips to Orvane': the parser makes a name it never saw, opening a sentence, the
    subject of the verb but tags it a verb. A capitalised first word that is no word of the language and is the
    subject of a verb is a name."""
    for t0 in tokens:
        if t0.is_sent_start and t0.pos_ == "VERB" and t0.dep_ in ("nsubj", "nsubjpass") and t0.text[:1].isupper() \
                and t0.head.i != t0.i and t0.head.pos_ in ("VERB", "AUX") and not dictionary_word(t0):
            t0.pos_, t0.tag_ = "PROPN", "NNP"


def _compound_before_verb(tokens) -> None:
    """'The Snapdragon 8 powers every Galaxy S23': with the product a placeholder, the parser reads 'The Kepler
    powers' as one noun phrase and hangs the name on the finite verb as a compound, so the verb has no subject. A
    finite verb with no subject whose child before it is a compound name or noun becomes that word's verb: the word its
    subject, the determiners before it the name's."""
    for t in tokens:
        if t.pos_ != "VERB" or t.tag_ not in ("VBZ", "VBP", "VBD") or any(c.dep_.startswith(("nsubj", "csubj"))
                                                                      for c in t.children):
            continue
        names = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.pos_ in ("PROPN", "NOUN")]
        if len(names) != 1:
            continue
        name = names[0]
        for c in t.children:
            if c.i < name.i and c.dep_ == "det":
                c.head = name
        name.dep_ = "nsubj"


def _finite_verb_under_subject(tokens) -> None:
    """'Le sous-traitant assemblera des iPhone pour ...': the parser makes the noun the root and hangs the finite
    verb after it on the noun as a relative clause with no subject or relative word. A root noun whose child right
    after it is such a verb (indicative, no subject, no relative pronoun or 'que') becomes that verb's subject, and
    the verb the root; what followed the verb and hung on the noun hangs on the verb."""
    for v in tokens:
        n = v.head
        if v.dep_ not in ("acl", "acl:relcl", "relcl") or n.dep_ != "ROOT" or n.pos_ != "NOUN" or v.i != n.i + 1 \
                or v.pos_ != "VERB" or "Fin" not in v.morph.get("VerbForm") or "Ind" not in v.morph.get("Mood") \
                or any(c.dep_.startswith(("nsubj", "csubj", "mark")) or c.tag_ in ("WDT", "WP") or c.pos_ == "PRON"
                       and c.i < v.i for c in v.children):
            continue
        after = [c for c in n.children if c.i > v.i]
        v.head = v
        v.dep_ = "ROOT"
        n.head = v
        n.dep_ = "nsubj"
        for c in after:
            c.head = v


def _can_hang(t, head) -> bool:
    """Whether ``t`` may be hung on ``head`` without closing a cycle (spaCy does not check)."""
    return head.i != t.i and not any(a.i == t.i for a in head.ancestors)


def _names_beside_their_verb(tokens) -> None:
    """'on sait que Orvane, Brimco et Zentra figurent parmi ses clients': the parser makes the first name, not
    the verb after the list, the head of the clause, and leaves the verb with no subject beside it. A finite verb
    with no subject, right after a list of names (names, commas, 'et'/'and') that opens the sentence or follows
    'que'/'that' or a comma, and whose first name hangs on the verb's own head, takes the names for its subject;
    the clause's 'que'/'that' moves to the verb."""
    for v in tokens:
        if v.pos_ not in ("VERB", "AUX") or v.i == 0 or "Fin" not in v.morph.get("VerbForm") \
                or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in v.children):
            continue
        chain, j = [], v.i - 1
        while j >= v.sent.start and (tokens[j].pos_ == "PROPN" or tokens[j].dep_ == "cc" or tokens[j].text == ","):
            if tokens[j].pos_ == "PROPN" and any(c.dep_ in ("case", "prep") for c in tokens[j].children):
                break  # 'coopère avec Valeo, Kia et Hyundai comptent': the name of a phrase before ends the list
            chain.insert(0, tokens[j])
            j -= 1
        while chain and chain[0].pos_ != "PROPN":
            chain.pop(0)
            j += 1
        if not chain or chain[-1].pos_ != "PROPN" or not any(x.dep_ == "cc" for x in chain):
            continue
        first = chain[0]
        if first.head.i == first.i or first.head.i != v.head.i or first.dep_.startswith("nsubj"):
            continue
        if j >= v.sent.start and tokens[j].pos_ != "SCONJ" and tokens[j].text != "," \
                or any(c.dep_ in ("case", "prep") for c in first.children):
            continue  # 'comptent sur Infineon et Nissan utilise ...': the list opens no clause
        ids = {x.i for x in chain}
        names = [x for x in chain if x.pos_ == "PROPN" and x.i != first.i]
        if any(x.head.i not in ids and x.head.i != v.head.i for x in names):
            continue  # the list is the parser's own beyond its first name: leave it
        if not _can_hang(first, v):
            continue
        marks = [c for c in first.children if c.dep_ == "mark" and c.i < first.i]
        first.head, first.dep_ = v, "nsubj"
        for m in marks:
            m.head = v
        for x in names:
            if x.head.i not in ids and _can_hang(x, first):
                # ', Kia et Hyundai comptent sur Infineon': the parser hung each name on the clause before
                x.head, x.dep_ = first, "conj"


def _last_conjunct_opens_a_clause(tokens) -> None:
    """'Kia et Hyundai comptent sur Infineon et Nissan utilise les puces de ...': the parser coordinates the
    name after 'et' with the name before it, and leaves the singular verb after it with no subject. A name right
    after 'et'/'and' and right before a finite singular verb with no subject is that verb's subject; before a plural
    verb, the two names after the list's last comma are (a subject the parser found clauses earlier, with a finite
    verb between, is set aside)."""
    for v in tokens:
        if v.pos_ != "VERB" or v.i < 2 or "Fin" not in v.morph.get("VerbForm"):
            continue
        # (a subject the parser found clauses before the names, another verb between, is not this verb's)
        far = [c for c in v.children if c.dep_.startswith(("nsubj", "csubj", "expl"))]
        if far and not all(c.i < v.i - 4 and any(x.pos_ == "VERB" and "Fin" in x.morph.get("VerbForm")
                                                  for x in tokens[c.i + 1:v.i - 4]) for c in far):
            continue
        name, cc = tokens[v.i - 1], tokens[v.i - 2]
        if name.pos_ != "PROPN" or name.dep_ != "conj" or cc.dep_ != "cc" or cc.lower_ not in ("et", "and") \
                or any(c.i > name.i for c in name.children):
            continue
        if "Plur" in v.morph.get("Number"):
            # 'Orvane travaille avec Kelvor, Brio et Zentra misent sur Sunvale': a plural verb takes the two names
            # after the list's last comma
            first = tokens[v.i - 3] if v.i >= 4 else None
            if first is None or tokens[v.i - 4].text != "," or first.pos_ != "PROPN" or first.dep_ != "conj" \
                    or any(c.i > first.i for c in first.children if c.i != name.i and c.i != cc.i) \
                    or not _can_hang(first, v):
                continue
            for c in far:
                c.dep_ = "dep"
            first.head, first.dep_ = v, "nsubj"
            if _can_hang(name, first):
                name.head = first
                if _can_hang(cc, name):
                    cc.head = name
            continue
        if "Sing" not in v.morph.get("Number") or far or not _can_hang(name, v):
            continue
        name.head, name.dep_ = v, "nsubj"
        if _can_hang(cc, v):
            cc.head = v


def _subject_read_as_apposition(tokens) -> None:
    """'Following Orvane, other big buyers of the chips are said to be ...', 'Unlike Orvane, Brimco buys ...': the
    parser makes the noun or name after the opening phrase's comma an apposition of that phrase's name, and leaves
    the main verb with no subject. A word in apposition to the object of a preposition that opens the verb's
    clause, with the verb after it and no subject of its own, is the verb's subject; so is one in apposition to a
    name that the parser made the subject although a preposition opening the sentence governs it ('Besides
    Orvane, the other buyers ...')."""
    for n in tokens:
        if n.dep_ != "appos" or n.pos_ not in ("NOUN", "PROPN"):
            continue
        name = n.head
        if not any(t.text == "," for t in tokens[name.i + 1:n.i]):
            continue
        opener = tokens[name.i - 1] if name.i > name.sent.start else None
        if name.dep_.startswith("nsubj") and opener is not None and opener.i == name.sent.start \
                and opener.pos_ in ("ADP", "SCONJ") and name.head.i > n.i:
            # 'Besides Orvane, the other buyers ... are': the parser took the opening name for the subject
            verb, prep = name.head, opener
            if verb.pos_ not in ("VERB", "AUX") or not _can_hang(prep, verb) or not _can_hang(n, verb):
                continue
            prep.head, prep.dep_ = verb, "prep"
            if not _can_hang(name, prep):
                continue
            name.head, name.dep_ = prep, "pobj"
        else:
            prep = name.head
            if name.dep_ != "pobj" or prep.i == name.i or prep.head.i == prep.i:
                continue
            verb = prep.head
            if not prep.i < name.i < n.i < verb.i \
                    or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
                continue
        if verb.pos_ not in ("VERB", "AUX") or not _can_hang(n, verb):
            continue
        n.head = verb
        n.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _modifiers_of_a_goods_noun(tokens, lang) -> None:
    """'a 300mm gallium nitride wafer supply deal': in a run of nouns the parser may hang the words before a
    goods noun (cue product_heads) on a noun after it, the agreement, as if they qualified the deal. The unbroken
    run of noun modifiers right before a goods noun that itself qualifies a later noun, hung beyond it in the same
    run, qualifies the goods noun."""
    heads = lang.table("product_heads")
    if not heads:
        return
    for g in tokens:
        if g.dep_ != "compound" or g.head.i <= g.i or (g.lower_ not in heads and g.lemma_.casefold() not in heads):
            continue
        chain, h = set(), g
        while h.dep_ == "compound" and h.head.i > h.i:
            h = h.head
            chain.add(h.i)
        j = g.i - 1
        # common nouns and acronyms only: 'multi-year', 'long-term' qualify the deal, 'California' the maker
        while j >= g.sent.start and tokens[j].dep_ == "compound" and tokens[j].head.i in chain \
                and tokens[j].text[:1].isalnum() and not (j > 0 and tokens[j - 1].text == "-") \
                and not tokens[j].text.istitle() and _can_hang(tokens[j], g):
            tokens[j].head = g
            j -= 1


def _infinitive_read_as_noun(tokens, lang) -> None:
    """'Apple a retenu TSMC pour graver ses puces': the tagger reads an infinitive it rarely saw after 'pour' as a
    noun, and 'pour' as its preposition, so no rule sees a verb. A verb of making or trade (cues
    ``manufacture_verbs``, ``party_verbs``) right after a word that opens a purpose (cue ``infinitive_marks``),
    followed by a determiner or a pronoun, is that infinitive, and the word before it its mark (not 'a pour
    actionnaire le fonds Kelvor': a noun)."""
    marks, verbs = lang.words("infinitive_marks"), lang.words("manufacture_verbs", "party_verbs")
    if not marks or not verbs:
        return
    for t in tokens[1:-1]:
        before, after = tokens[t.i - 1], tokens[t.i + 1]
        if t.pos_ != "NOUN" or fold(t.text) not in verbs or fold(before.text) not in marks \
                or before.head.i != t.i or after.pos_ not in ("DET", "PRON") or after.is_sent_start \
                or any(c.dep_ == "det" for c in t.children):
            continue
        t.pos_, t.tag_ = "VERB", "VERB"
        t.set_morph("VerbForm=Inf")
        before.dep_ = "mark"


def _object_after_an_aside(tokens, lang) -> None:
    """'Kelvor compte produire, dès 2027, les puces de Brio': an aside between commas after an infinitive of making
    or trade (cues ``manufacture_verbs``, ``party_verbs``) makes the parser read the infinitive as a noun and hang
    the aside and the noun phrase after it on the verb above. The infinitive is a verb; a noun phrase right after
    the aside's closing comma, hung on the infinitive or on the verb above with no role of its own ('dep',
    'appos', 'fixed'), is its object, and the aside its adjunct."""
    verbs = lang.words("manufacture_verbs", "party_verbs")
    if not lang.words("infinitive_marks"):
        return  # the French tagger's failure; English infinitives carry 'to'
    for t in tokens[:-4]:
        if fold(t.text) not in verbs or tokens[t.i + 1].text != "," or tokens[t.i + 2].pos_ != "ADP":
            continue
        if any(c.dep_ in ("obj", "dobj") for c in t.children):
            continue
        close = next((x for x in tokens[t.i + 3:t.sent.end]
                      if x.text == "," or x.pos_ in ("VERB", "AUX") and x.dep_ != "fixed"), None)  # 'à partir de'
        if close is None or close.text != "," or close.i - t.i > 8:
            continue
        k = _phrase_noun(tokens, close.i + 1, t.sent.end)
        if k is None:
            continue
        goods = tokens[k]
        if goods.dep_ not in ("dep", "appos", "fixed") or goods.head.i not in (t.i, t.head.i, *range(t.i + 2, close.i + 1)):
            continue
        if t.pos_ == "NOUN":
            if t.dep_ != "xcomp" or t.head.pos_ not in ("VERB", "AUX"):
                continue
            t.pos_, t.tag_ = "VERB", "VERB"
            t.set_morph("VerbForm=Inf")
        elif t.pos_ != "VERB":
            continue
        aside = [x for x in tokens[t.i + 2:close.i] if x.head.i < t.i + 2 or x.head.i > close.i]
        for x in aside:  # the aside's own head ('nm'), as the parser hung it, now hangs on the infinitive
            if x.head.i != t.i and x.pos_ in ("NOUN", "PROPN", "NUM"):
                x.head, x.dep_ = t, "obl:mod"
        goods.head, goods.dep_ = t, "obj"
        for x in tokens[close.i + 1:k]:
            if x.head.i not in range(close.i + 1, k + 1):
                x.head = goods


def _second_subject_after_verb(tokens, lang) -> None:
    """'Valeo équipe les voitures de Stellantis': the parser gives the verb a second subject after it, where its
    object stands. A verb with a subject before it and a noun subject after it, in a clause that no relative word
    or quote inverts ('que fabrique Samsung', 'a déclaré le PDG': cue ``speech_verbs``), takes that noun as its
    object."""
    speech = lang.words("speech_verbs")
    for n in tokens:  # the noun subjects after their verb, not every verb's children
        v = n.head
        if n.dep_ != "nsubj" or n.pos_ != "NOUN" or v.i >= n.i or v.pos_ != "VERB" or fold(v.lemma_) in speech:
            continue
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[0].i > v.i or not any(c.dep_ == "det" for c in n.children) \
                or any(c.pos_ == "PRON" and c.i < v.i and c.dep_ != "nsubj" for c in v.children):
            continue
        n.dep_ = "obj" if lang.code == "fr" else "dobj"


def _subject_inside_relative(tokens, lang) -> None:
    """'Kelvor, which holds 90 percent of the panel output, is the only supplier': the parser may take a noun of
    the relative clause for the subject of the verb after the clause, and hang the name on that noun. When the
    verb right after the comma that closes the clause has its subject inside the clause, the name before ', which'
    (cue ``relative_subject_pronouns``) becomes its subject, and the noun the relative verb's."""
    pronouns = lang.words("relative_subject_pronouns")
    if not pronouns:
        return
    for t in tokens[:-4]:
        comma, pron = tokens[t.i + 1], tokens[t.i + 2]
        if t.pos_ != "PROPN" or comma.text != "," or fold(pron.text) not in pronouns:
            continue
        close = next((x for x in tokens[pron.i + 2:-1] if x.text == "," and tokens[x.i + 1].pos_ in ("AUX", "VERB")),
                     None)
        if close is None:
            continue
        verb, clause = tokens[close.i + 1], pron.head
        inside = [c for c in verb.children if c.dep_.startswith("nsubj") and pron.i < c.i < close.i]
        if len(inside) != 1 or clause.i <= pron.i or clause.i >= close.i or any(a.i == t.i for a in verb.ancestors) \
                or any(c.dep_.startswith("nsubj") and c.i < pron.i for c in verb.children):
            continue
        noun = inside[0]
        t.head, t.dep_ = verb, noun.dep_
        if not any(a.i == noun.i for a in clause.ancestors):
            noun.head, noun.dep_ = clause, "dep"


def _two_objects_of_a_grant(tokens, lang) -> None:
    """'Telesat has given space firm MDA a contract': the English parser may make both objects direct ones, so no rule
    finds the party that receives the contract. A verb of giving (cues ``double_object_verbs``,
    ``outsource_verbs``) with two direct objects, the second a contract or an order (cue ``order_deals``), makes the
    first its dative."""
    givers = lang.words("double_object_verbs", "outsource_verbs")
    deals = lang.words("order_deals", "contract_nouns")
    if not givers or not deals:
        return
    for v in tokens:
        if v.pos_ != "VERB" or fold(v.lemma_) not in givers:
            continue
        objects = [c for c in v.children if c.dep_ == "dobj"]
        if len(objects) == 2 and objects[0].i < objects[1].i and fold(objects[1].lemma_) in deals \
                and fold(objects[0].lemma_) not in deals:
            objects[0].dep_ = "dative"


def _relative_on_a_verb(tokens, lang) -> None:
    """'Nvidia a investi dans Nebius, qui lui achète des GPU': the parser may hang the relative clause on the main
    verb, or coordinate it with that verb, so that its subject reads as the main verb's subject (Nvidia). A
    relative clause whose subject is a relative pronoun (cue ``relative_subject_pronouns``) right after 'Name ,'
    and which hangs on a verb hangs on that name: a relative pronoun's antecedent is the noun right before it."""
    pronouns = lang.words("relative_subject_pronouns")
    if not pronouns:
        return
    for pron in tokens[2:]:
        clause, comma, name = pron.head, tokens[pron.i - 1], tokens[pron.i - 2]
        if fold(pron.text) not in pronouns or not pron.dep_.startswith("nsubj") or comma.text != "," \
                or name.pos_ != "PROPN" or clause.dep_ not in ("acl:relcl", "relcl", "conj", "parataxis") \
                or clause.head.pos_ not in ("VERB", "AUX") or clause.i <= pron.i or not _can_hang(clause, name):
            continue
        clause.head, clause.dep_ = name, "acl:relcl" if lang.code == "fr" else "relcl"  # (or a conjunct: the same)


def _names_after_a_dash(tokens, lang) -> None:
    """'to foreign firms that build memory in China — SK Hynix, Samsung and Micron — until 2026': the parser may make
    the word before the dash a modifier of the first name, and the list the object of that word's preposition.
    A name right after a spaced dash, with the word before the dash hung on it as a compound, gives that word its
    place back; the names hang, in apposition, on the nearest noun above it that names companies (cues
    ``company_nouns``, ``relational_nouns``)."""
    nouns = lang.words("company_nouns", "relational_nouns")
    for d in tokens[1:-1]:
        name, before = tokens[d.i + 1], tokens[d.i - 1]
        if d.text not in ("-", "—", "–") or not d.whitespace_ or not before.whitespace_ or name.pos_ != "PROPN" \
                or before.head.i != name.i or before.dep_ != "compound" or name.is_sent_start:
            continue
        host = next((a for a in before.head.ancestors if a.i < before.i and a.pos_ == "NOUN"
                     and fold(a.lemma_) in nouns), None)
        if host is None or host.dep_ not in ("pobj", "dobj", "obj", "obl", "obl:arg", "nmod", "iobj", "dative"):
            continue  # a recipient's names; a subject's ('Several makers in Japan — A, B and C — sell ...') stay as parsed
        head, dep = name.head, name.dep_
        if not _can_hang(before, head) or head.i == before.i:
            continue
        before.head, before.dep_ = head, dep
        d.head = name
        if _can_hang(name, host):
            name.head, name.dep_ = host, "appos"


def _trade_gerund_read_as_compound(tokens, lang) -> None:
    """'has suspended purchasing DRAM from Samsung', 'suspended buying chips from X': the parser reads the gerund
    as a modifier of the noun after it ('purchasing manager') and hangs the noun and the seller on the phase verb.
    After a phase verb (cue ``phase_verbs``), a gerund of trade (cue table ``trade_gerunds``, gerund -> verb) so read
    becomes the verb's complement, a verb with its own lemma, the noun its object and the phrases after the noun its
    own."""
    phases, gerunds = lang.words("phase_verbs"), lang.table("trade_gerunds")
    if not phases:
        return
    for t in tokens:
        if t.dep_ != "compound" or fold(t.text) not in gerunds or t.i + 1 >= len(tokens):
            continue
        noun, verb = tokens[t.i + 1], t.head.head
        if t.head.i != noun.i or noun.dep_ != "dobj" or fold(verb.lemma_) not in phases or verb.i != t.i - 1 and not (
                verb.i == t.i - 2 and tokens[t.i - 1].pos_ == "ADV"):
            continue
        t.head, t.dep_, t.pos_, t.tag_, t.lemma_ = verb, "xcomp", "VERB", "VBG", gerunds[fold(t.text)]
        noun.head = t
        for c in [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]:
            c.head = t


def _gapped_seller(tokens, lang) -> None:
    """'a passé commande de 5 millions de puces à Kelvor et de 2 millions à Brio': in a gapped second order, the
    parser coordinates the second count with the first seller and hangs the second seller on that count. Where
    that count is a bare number (or a scale word of the cue ``multipliers`` with its number), the seller (a name
    after a preposition of the cue ``seller_prepositions``) is coordinated with the first seller, so that both
    sell."""
    preps = lang.words("seller_prepositions")
    scale = set(lang.cue("multipliers") or ())
    if not preps:
        return
    for n in tokens:
        h = n.head
        # the second count alone: a number, or a scale word with its number ('de 2 millions'), not other goods
        # counted ('20 avions à X et 8 moteurs à Y' is two orders of two goods)
        if n.dep_ != "conj" or h.pos_ != "PROPN" or not (n.like_num or fold(n.text) in scale
                                                         and any(c.like_num for c in n.children)):
            continue
        for b in list(n.children):
            if b.pos_ == "PROPN" and any(fold(c.text) in preps for c in b.children if c.dep_ == "case") \
                    and _can_hang(b, h):
                b.head, b.dep_ = h, "conj"


def _source_before_destination(tokens, lang) -> None:
    """'a déplacé une partie de ses achats de cartes graphiques de Nvidia vers AMD': the parser hangs 'de Nvidia' on
    the goods, as if Nvidia made them, and 'vers AMD' on the purchases. A name with 'de' right before a word that
    names where something goes (cue ``destination_preps``), whose noun hangs above the name, is where it comes
    from: it hangs beside the destination."""
    preps, of = lang.words("destination_preps"), lang.words("complement_prepositions")
    if not preps:
        return
    for x in tokens[1:-2]:
        if x.pos_ != "PROPN" or x.dep_ != "nmod" or not any(c.dep_ == "case" and fold(c.text) in of for c in x.children):
            continue
        after = tokens[max(t.i for t in x.subtree) + 1] if max(t.i for t in x.subtree) + 1 < len(tokens) else None
        if after is None or fold(after.text) not in preps or after.dep_ != "case":
            continue
        dest = after.head
        if dest.head.i == x.head.i or dest.head.i not in {a.i for a in x.ancestors}:
            continue
        x.head = dest.head


def _names_with_origins(tokens, lang) -> None:
    """'its suppliers include Kelvor from Germany, Brimco from Japan and Zantec from Chile': each name followed by where
    it is from (cue ``origin_preps`` and a place the tagger calls GPE or LOC) breaks the parse of the list, which
    hangs the later names on the places. The names are one list, coordinated with the first."""
    preps, ands = lang.words("origin_preps"), lang.words("list_coordinators")
    if not preps or not ands:
        return

    def origin_end(x):  # the token after 'from <place>' right after name x, or None
        k = x.i + 1
        if k >= len(tokens) or fold(tokens[k].text) not in preps:
            return None
        k += 1
        if k < len(tokens) and tokens[k].pos_ == "DET":
            k += 1
        start = k
        while k < len(tokens) and tokens[k].ent_type_ in ("GPE", "LOC"):
            k += 1
        return k if k > start else None

    for first in tokens:
        if first.pos_ != "PROPN" or first.ent_type_ not in ("ORG", "PRODUCT", "PERSON", "NORP", "") \
                or first.i + 1 < len(tokens) and tokens[first.i + 1].pos_ == "PROPN":
            continue
        k = origin_end(first)
        items, cc = [], None
        while k is not None and k < len(tokens) and cc is None and (tokens[k].text == "," or fold(tokens[k].text) in ands):
            j = k + 1 if tokens[k].text == "," else k
            if j < len(tokens) and fold(tokens[j].text) in ands:
                cc, j = tokens[j], j + 1
            if j >= len(tokens) or tokens[j].pos_ != "PROPN":
                break
            while j + 1 < len(tokens) and tokens[j + 1].pos_ == "PROPN" and tokens[j + 1].ent_type_ == tokens[j].ent_type_:
                j += 1  # a name of several words: its last word
            k = origin_end(tokens[j])
            if k is None:
                break
            items.append(tokens[j])
        if not items or cc is None or cc.i > items[-1].i:
            continue
        tops = []
        for name in items:
            top = name
            while top.head.i != top.i and top.head.pos_ == "PROPN" and top.head.i > first.i \
                    and top.dep_.startswith(("compound", "flat")):
                top = top.head
            tops.append(top)
        above = {a.i for a in first.ancestors}
        if any(top.i in above for top in tops):
            continue  # the parser hung the first name under a later one: left as parsed
        for top in tops:
            top.head, top.dep_ = first, "conj"
        cc.head, cc.dep_ = items[-1], "cc"



def _recipient_after_as_well_as(tokens, lang) -> None:
    """'has sold equipment to Kelvor, as well as chipmakers Orvane and Brio': the parser hangs the names after
    'as well as' (cue ``additive_conjunctions``) on the verb, as a second object. Where the verb already has an
    object and a recipient before them ('to', 'for': cue ``recipient_prepositions``), the names are further
    recipients: coordinated with the first."""
    links = lang.cue("additive_conjunctions") or []
    if not links:
        return
    preps = lang.words("recipient_prepositions")
    for t in tokens:
        if t.dep_ != "cc" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        words = [fold(x.text) for x in tokens[max(0, t.i - 2):t.i + 1]]
        if not any(words[-len(link.split()):] == link.split() for link in links):
            continue
        v = t.head
        n = next((c for c in v.children if c.i > t.i and c.dep_ not in ("punct", "cc")), None)
        if n is None or n.dep_ not in ("dobj", "npadvmod", "dep", "attr", "appos", "conj") \
                or not (n.pos_ == "PROPN" or n.pos_ == "NOUN" and any(c.pos_ == "PROPN" for c in n.children)):
            continue  # (a name, or a noun the names spell out: 'chipmakers SiEn and SMBC')
        objects = [c for c in v.children if c.dep_ in ("dobj", "obj") and c.i < t.i]
        first = [g for c in v.children if c.dep_ in ("dative", "prep") and c.i < t.i and fold(c.text) in preps
                 for g in c.children if g.dep_ == "pobj"]
        if not objects or len(first) != 1 or not _can_hang(n, first[0]):
            continue
        n.head, n.dep_ = first[0], "conj"
        t.head = first[0]


def _company_noun_read_as_infinitive(tokens, lang) -> None:
    """'sold chips to chipmaker Orvane last year': the tagger reads a company noun it never saw after 'to' (cue
    ``company_nouns``) as an infinitive, with the name as its object. The noun labels the name, which 'to'
    introduces, and what hung on the 'verb' hangs on the verb above."""
    nouns = lang.words("company_nouns")
    for t in tokens[1:-1]:
        to = tokens[t.i - 1]
        if t.pos_ != "VERB" or fold(t.text) not in nouns or fold(to.text) != "to" or to.head.i != t.i \
                or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
            continue
        name = tokens[t.i + 1]
        if name.pos_ != "PROPN" or name.head.i != t.i:
            continue
        verb, rest = t.head, [c for c in t.children if c.i not in (to.i, name.i)]
        to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
        name.head, name.dep_ = to, "pobj"
        t.head, t.dep_, t.pos_, t.tag_ = name, "compound", "NOUN", "NN"
        t.lemma_ = t.lower_
        for c in rest:
            c.head = verb


def _gerund_fixed_to_tout(tokens) -> None:
    """'Orvane conçoit ses puces, tout en externalisant leur test à Kelvor': the parser takes 'tout en
    externalisant' for a fixed adverb, so the gerund governs its object but hangs on no clause. A verb ending in
    -ant fixed to 'tout' through 'en' is the gerund of the clause 'tout' qualifies: it hangs there as an adverbial
    clause, with 'tout' and 'en' on it."""
    for v in tokens:
        if v.dep_ != "fixed" or v.pos_ != "VERB" or not v.lower_.endswith("ant") or v.i < 2:
            continue
        tout, en = tokens[v.i - 2], tokens[v.i - 1]
        if tout.lower_ != "tout" or en.lower_ != "en" or v.head.i != tout.i or tout.head.i == tout.i \
                or not _can_hang(v, tout.head):
            continue
        v.head, v.dep_ = tout.head, "advcl"
        tout.head, tout.dep_ = v, "advmod"
        en.head, en.dep_ = v, "mark"


def _reflexive_charge(tokens, lang) -> None:
    """'Kelvor se chargera de fournir les modules': 'se charger de' is taking a task on oneself, not 'charger X de',
    asking another to do it. A French 'charger' with a reflexive clitic takes the lemma 'se charger', which the
    rules of asking and choosing do not know."""
    if lang.code != "fr":
        return
    for t in tokens:
        if t.lemma_ == "charger" and any(c.lower_ in ("se", "s'", "s’") for c in t.children):
            t.lemma_ = "se charger"


def _subject_after_fronted_phrase(tokens) -> None:
    """'En Italie, Vodafone et Iliad sont clients de Nokia': the parser coordinates the names after the
    comma with the place of the phrase that opens the sentence, and leaves the clause with no subject. Names
    coordinated, after a comma, with the object of a preposition that modifies a clause with no subject are that
    clause's subject."""
    for h in tokens:
        v = h.head
        if h.dep_ not in ("obl", "obl:mod", "nmod") or v.i == h.i or h.i > v.i \
                or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in v.children):
            continue  # (the French labels: English hangs the place on its preposition and keeps the subject)
        names = [c for c in h.children if c.dep_ == "conj" and c.pos_ == "PROPN" and h.i < c.i < v.i]
        if not names or tokens[names[0].i - 1].text != "," or not _can_hang(names[0], v):
            continue
        first = names[0]
        first.head, first.dep_ = v, "nsubj"
        for c in names[1:]:
            if _can_hang(c, first):
                c.head = first
        for c in list(h.children):
            if c.dep_ == "cc" and c.i > first.i and _can_hang(c, first):
                c.head = first


def _auxiliary_read_as_verb(tokens, lang) -> None:
    """'Vodafone et Iliad ont pendant des années été des clients de Nokia': with words between the auxiliary and
    the copula, the parser reads 'ont' as the verb 'have' and the predicate noun as its object, with the copula on
    it. An 'avoir' that heads the clause, whose object carries a copula after it, is that predicate's auxiliary: the
    predicate heads the clause and takes the auxiliary's subject and other words."""
    if lang.code != "fr":
        return
    for a in tokens:
        if a.lemma_ != "avoir" or a.pos_ not in ("AUX", "VERB"):
            continue
        pred = next((c for c in a.children if c.dep_ == "obj" and c.i > a.i
                     and any(g.dep_ == "cop" and a.i < g.i < c.i for g in c.children)), None)
        if pred is None or not any(c.dep_.startswith("nsubj") for c in a.children):
            continue
        if a.head.i == a.i:
            pred.head, pred.dep_ = pred, "ROOT"
        elif _can_hang(pred, a.head):
            pred.head, pred.dep_ = a.head, a.dep_
        else:
            continue
        for c in list(a.children):
            if c.i != pred.i and _can_hang(c, pred):
                c.head = pred
        a.head, a.dep_, a.pos_ = pred, "aux:tense", "AUX"


def _name_after_a_trade_complement(tokens, lang) -> None:
    """'Le fabricant d'antennes Radiall a livré ...', 'au géant américain des puces Veltrix': the French parser
    hangs the name on the noun of the trade that completes the company noun, as if the antennas were Radiall's,
    and the noun is left unnamed. A name with no preposition of its own that ends the 'de <noun>' complement of a
    company noun (cue company_nouns; not one that names the other end of a relation, cue relational_nouns: 'aux
    fournisseurs de l'unité Kelvor South' supply Kelvor South) is that noun's apposition. Model names ('des puces
    Ascend 910B') stay on their goods."""
    nouns = lang.words("company_nouns") - lang.words("relational_nouns")
    if not nouns or lang.code == "en":
        return
    for p in tokens:
        h = p.head
        if p.dep_ not in ("nmod", "amod") or p.pos_ != "PROPN" or h.i >= p.i or h.pos_ != "NOUN" or h.dep_ != "nmod":
            continue
        t = h.head
        if t.i >= h.i or t.pos_ != "NOUN" or fold(t.lemma_) not in nouns and fold(t.text) not in nouns:
            continue
        if fold(h.lemma_) in nouns or fold(h.text) in nouns:
            continue  # 'trois sociétés du groupe Tata': the name is the nearer noun's
        if any(c.dep_ == "case" for c in p.children) or not any(c.dep_ == "case" for c in h.children):
            continue
        inside = {y.i for y in h.subtree}
        if any(x.is_punct or x.i not in inside for x in tokens[t.i + 1:p.i]):
            continue  # 'le fabricant de puces, Veltrix': a comma's apposition, read as such
        nxt = tokens[p.i + 1] if p.i + 1 < len(tokens) else None
        if SHAPED.fullmatch(p.text) or nxt is not None and nxt.head.i == p.i and any(ch.isdigit() for ch in nxt.text):
            continue
        p.head, p.dep_ = t, "appos"


def _title_before_a_possessive(tokens) -> None:
    """'one of chipmaker Kelvor's biggest customers': the parser takes the bare title for the object of 'of' and
    hangs the possessed noun on it as an apposition. A common noun right before a possessive name, with the noun
    the name possesses in apposition to it, is the name's title (a compound), and the possessed noun takes its
    place."""
    for n in tokens:
        if n.dep_ != "appos" or n.pos_ != "NOUN" or n.i < 2:
            continue
        title = n.head
        if title.pos_ != "NOUN" or title.i >= n.i or title.i + 1 >= len(tokens):
            continue
        name = tokens[title.i + 1]
        if name.pos_ != "PROPN" or name.dep_ != "poss" or name.head.i != n.i:
            continue
        if any(c.i != name.i and c.i < title.i for c in title.children if c.dep_ not in ("det", "amod", "compound")):
            continue
        n.head, n.dep_ = (n, "ROOT") if title.head.i == title.i else (title.head, title.dep_)
        title.head, title.dep_ = name, "compound"


def _argument_after_ainsi_que(tokens, lang) -> None:
    """'Norcell a retenu Kelvor et Brio, ainsi que le suédois Zentek': the French parser hangs the noun after
    'ainsi que' (cue ``additive_conjunctions``) on the verb as a modifier, and the verb's list of objects ends
    before it. After a verb's object, or its 'à' argument, the noun is one more item of the nearest of them."""
    links = [link.split() for link in lang.cue("additive_conjunctions") or []]
    if not links or lang.code == "en":
        return
    for t in tokens:
        if t.dep_ != "cc" or not any(
                [fold(x.text) for x in tokens[t.i:t.i + len(link)]] == link for link in links):
            continue
        n, v = t.head, t.head.head
        if n.dep_ not in ("obl:mod", "obl", "obl:arg", "dep") or v.pos_ not in ("VERB", "AUX") or n.i < t.i:
            continue
        if any(c.dep_ == "case" for c in n.children):
            continue  # 'ainsi qu'à Brio': a phrase of its own, as parsed
        before = [c for c in v.children if c.i < t.i and (c.dep_ == "obj" or c.dep_ == "obl:arg" and any(
            g.dep_ == "case" and fold(g.text) in lang.words("recipient_prepositions") for g in c.children))]
        if not before or not _can_hang(n, before[-1]):
            continue
        n.head, n.dep_ = before[-1], "conj"


def _personal_il(tokens, lang) -> None:
    """'Il vient de remporter un contrat', 'Il devrait livrer Orvane': before a verb that takes an infinitive, the
    French parser reads 'il' as impersonal ('il faut', 'il s'agit') and the clause has no subject. 'Il' is the
    subject of such a verb unless the verb is one that speaks impersonally (cue ``impersonal_verbs``) or carries
    'y' or 'en' ('il y a', 'il en va')."""
    impersonal = lang.words("impersonal_verbs")
    if not impersonal:
        return
    for t in tokens:
        v = t.head
        if t.lower_ != "il" or t.dep_ != "expl:subj" or v.pos_ not in ("VERB", "AUX") or fold(v.lemma_) in impersonal:
            continue
        if any(fold(c.text) in ("y", "en", "se", "s'") for c in v.children if c.i < v.i):
            continue
        if any(c.dep_ == "xcomp" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm") for c in v.children):
            t.dep_ = "nsubj"
