"""Layer 3: the engine that runs a language's grammar over a parsed sentence.

For every token that triggers a rule (by lemma and part of speech, or a product mention
for rules keyed on mentions), the engine walks each role's path (see :mod:`grammar`) and
asks the entity layer (:class:`~supplykg.extract.entities.Refs`) what the words it reaches
refer to. A role takes the first alternative of its path that reaches an entity of the
role's kind; with the names coordinated with it ("A, B and C"), a group fills it whole.
The result is a :class:`Frame`: the rule, its trigger, and the entities of each role with
the path alternative that found them. Nothing here decides a fact's direction or
qualifiers; :mod:`frames` does.

The steps are written once for both dependency schemes the models use (spaCy's English
labels: ``nsubj``, ``dobj``, ``prep``/``pobj``, ``poss``; Universal Dependencies in
French: ``obj``, ``obl``/``nmod`` with a ``case`` child, ``nsubj:pass``). A token's children are read from the
sentence's table (``refs.children``): spaCy's ``Token.children`` walks the sentence and makes new Token objects
at every ask, and the steps ask it thousands of times per article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from supplykg.extract.entities import OBJ_DEPS, SUBJ_DEPS, Entity, Refs
from supplykg.extract.grammar import FRAMES, Grammar, Rule, Step
from supplykg.extract.lang import LanguageData
from supplykg.extract.lexicon import fold
from supplykg.extract.mentions import (
    COMPANY,
    GOVERNMENT,
    PERSON,
    PLACE,
    PRODUCT,
    SOURCE,
    Mention,
)
from supplykg.extract.parsing import feature, is_possessive, plural
from supplykg.extract.pipeline import dictionary_word
from supplykg.extract.syntax import (
    adverb_preposition,
    case_markers,
    compared_demonstrative,
    copula_subjects,
)

# the '@' steps that read only the parse and the sentence's mentions (not the discourse, nor the trigger)
_PARSE_STEPS = frozenset({"subj", "obj", "agent", "pp", "poss", "self", "list", "head", "iobj", "xsubj", "name", "owner"})
_TRADE = ("order", "supply", "delivery", "deal", "own")  # frames whose parties may be names no earlier layer typed
PASS_SUBJ = ("nsubjpass", "nsubj:pass")
PREP_OBJ = ("pobj", "pcomp")
UD_OBLIQUE = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "advcl", "acl", "xcomp", "obj", "conj")
_CONTRACTIONS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d": "de", "l'": "le"}
_DASHES = ("–", "—", "-")  # dashes (normalised to a spaced hyphen) that open or close an apposition


@dataclass
class Frame:
    rule: Rule
    trigger: object  # spaCy token
    roles: dict[str, list[Entity]] = field(default_factory=dict)
    via: dict[str, str] = field(default_factory=dict)  # role -> the step chain that filled it
    tokens: dict[str, list] = field(default_factory=dict)  # role -> the tokens reached
    sentence: int = 0

    @property
    def frame(self) -> str:
        return self.rule.frame


class Engine:
    """Runs one language's grammar (see the module docstring)."""

    def __init__(self, grammar: Grammar, lang: LanguageData) -> None:
        self.grammar = grammar
        self.lang = lang
        # the cue contrast_markers, folded word by word, a comma kept (', not' is a contrast, 'not' alone a denial)
        self.contrast = [" ".join("," if w == "," else fold(w) for w in m.replace(",", " , ").split())
                         for m in lang.cue("contrast_markers")]
        self.breaks = [b.casefold() for b in lang.cue("clause_breaks")]
        self.breaks_re = re.compile("(?=(" + "|".join(re.escape(b) for b in sorted(self.breaks, key=len, reverse=True))
                                    + "))")
        self.verb_lemmas = {lemma for r in grammar.rules if "VERB" in r.trigger.pos for lemma in r.trigger.lemmas}
        # the verbs of using and buying goods: 'chips used by X' names no maker (see _surface_close)
        self.taker_verbs = frozenset(lemma for r in grammar.rules if r.id in ("use.verb", "order.verb")
                                     for lemma in r.trigger.lemmas)
        # the words of export controls, on which a nationality names the regulator (see FactBuilder._regulator)
        self.control_words = frozenset({fold(w) for w in lang.cue("export_words")} | lang.words("rule_nouns") | {
            lemma for r in grammar.rules if r.frame == "restrict" for lemma in r.trigger.lemmas})
        # the verbs of taking another company's place ('replaced X as', 'remplace X comme'): see FactBuilder._replaced_as
        self.replace_verbs = frozenset(lemma for r in grammar.rules if r.id.startswith("supply.replace")
                                       for lemma in r.trigger.lemmas)
        self.verb_stems = sorted(((_stem(v), v) for v in self.verb_lemmas if len(_stem(v)) >= 4),
                                 key=lambda x: -len(x[0])) if lang.code == "fr" else []
        self._forms: dict[str, str | None] = {}  # word form -> the verb trigger it inflects, if any
        self._quiet: set[tuple[int, int, int]] = set()  # (lemma, form, tag) ids of the words found to key no rule
        self.allowed_nouns = ({fold(w) for w in lang.cue("units")} | {fold(w) for w in lang.cue("multipliers")}
                              | {fold(w) for w in lang.cue("currencies")} | set(lang.cue("product_heads")))
        # the nouns that name a device's parts or line, or a version of it: their device's maker (see _at_maker)
        self.part_nouns = lang.words("device_part_nouns", "version_nouns") | set(lang.cue("product_heads"))
        # a rule's context: the words of a cue list, one of which the article must say ('appel d'offres' for a choice
        # read as an award); its answer is remembered for the article being read
        self.contexts = {r.context: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(
            lang.cue(r.context), key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE) for r in grammar.rules if r.context}
        self._context_seen: tuple[str | None, dict[str, bool]] = (None, {})
        # the words of a share sold ('most', 'la moitié', '%'), as the share rule's trigger asks for them as its object
        self.share_nouns = frozenset(fold(w) for r in grammar.rules if r.id == "supply.share_of" and r.trigger.child
                                     for w in r.trigger.child.get("lemma", ()))

    # ---------------------------------------------------------------- matching
    def frames(self, refs: Refs, sentence: int) -> list[Frame]:
        out: list[Frame] = []
        for t in refs.tokens:
            rules = self._rules_for(t, refs)
            if rules and self._contrasted(t, t, refs):
                continue  # 'rather than relying on Nvidia', 'au lieu d'acheter à X': what is not done
            for rule in rules:
                frame = self._fill(rule, t, refs)
                if frame is not None:
                    frame.sentence = sentence
                    out.append(frame)
        owned = {f.trigger.i for f in out if self._acquires_company(f, refs)}
        if owned:  # 'Allianz bought Hansen from Invensys': a verb that acquires a company orders no goods with it
            out = [f for f in out if f.frame not in ("order", "supply", "delivery") or f.trigger.i not in owned]
        return out

    @staticmethod
    def _acquires_company(f: Frame, refs: Refs) -> bool:
        """Whether ownership frame ``f`` takes a company as the trigger's own argument ('bought Hansen', 'the
        purchase of Hansen'), not goods that merely name one ('l'acquisition des serveurs de Bull')."""
        if f.frame != "own" or not f.roles.get("child") or not f.roles.get("parent"):
            return False
        for x in f.tokens.get("child", ()):
            if getattr(x, "head", None) is None:
                continue  # (a stand-in for an entity the discourse gave)
            if x.head.i != f.trigger.i and not (x.head.pos_ == "ADP" and x.head.head.i == f.trigger.i):
                continue
            m = refs.mention(x)
            if m is not None and m.kind == COMPANY or m is None and x.pos_ == "PROPN":
                return True
        return False

    def _rules_for(self, t, refs: Refs) -> list[Rule]:
        rules: list[Rule] = []
        # most words trigger nothing (no key, no verb form, no mention): said without the work below, and for a
        # word seen before by its ids, as the strings cost a lookup each (a word once quiet stays so)
        word = (t.lemma, t.lower, t.pos)
        if word in self._quiet and t.i not in refs.tok_mention:
            return rules
        lower, pos = t.lower_, t.pos_
        lemma = t.lemma_.casefold()
        by_lemma = self.grammar.by_lemma
        if lemma not in by_lemma and lower not in by_lemma and not (lower.endswith("s") and lower[:-1] in by_lemma) \
                and (not self.verb_stems or pos not in ("VERB", "NOUN", "ADJ", "PROPN") or self._forms.get(lower, "") is None):
            self._quiet.add(word)
            if t.i not in refs.tok_mention:
                return rules
        # in a fixed order (a set's order changes with the hash seed, and with it which rule a fact is credited to)
        keys = [k for k in dict.fromkeys((lemma, lower, lower[:-1] if lower.endswith("s") and pos == "NOUN" else lemma))
                if k in by_lemma]
        verb = self._inflected_verb(t, refs) if self.verb_stems and pos in ("VERB", "NOUN", "ADJ", "PROPN") else None
        for key in keys:
            for r in self.grammar.by_lemma.get(key, ()):
                if r not in rules and (self._trigger_ok(r, t, refs) or key == t.lower_ and self._noun_as_verb(r, t, refs)):
                    rules.append(r)
        if verb:
            for r in self.grammar.by_lemma.get(verb, ()):
                if r not in rules and self._trigger_ok(r, t, refs, pos="VERB"):
                    rules.append(r)
        m = refs.tok_mention.get(t.i)
        if m is not None and (h := refs.head(m)) is not None and h.i == t.i:
            kind = "ProductPhrase" if m.kind == PRODUCT and m.generic else m.kind
            for r in self.grammar.by_mention.get(kind, ()):
                if r not in rules:
                    rules.append(r)
        return rules

    def verb_lemma(self, t, refs: Refs) -> str:
        """The lemma of the verb ``t`` is, also where the model mis-lemmatised it ('sous-traite' for 'sous-traiter')."""
        return self._inflected_verb(t, refs) or t.lemma_

    def _inflected_verb(self, t, refs: Refs) -> str | None:
        """The verb a mis-lemmatised or mis-tagged token is a form of: the small French model gives 'fabrique' as
        its own lemma and tags 'produit' (in 'produit la puce') as a noun. A form counts when it is a known verb
        trigger's stem plus a verb ending and, if tagged as a noun, a determiner follows it."""
        if t.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN") or refs.mention(t) is not None:
            return None
        if t.lemma_.casefold() in self.verb_lemmas and t.pos_ == "VERB":
            return None
        form = t.lower_
        if form not in self._forms:
            self._forms[form] = next((lemma for stem, lemma in self.verb_stems
                                      if form.startswith(stem) and _VERB_ENDING.fullmatch(form[len(stem):])), None)
        lemma = self._forms[form]
        if lemma is None or t.pos_ == "VERB":
            return lemma
        if t.pos_ == "ADJ" and any(c.dep_ == "cop" for c in refs.children(t)):
            return None  # 'Kelvor est le plus important assembleur': an adjective after a copula
        if t.i > 0 and t.nbor(-1).lower_ in ("se", "s'", "s’"):
            return lemma  # 'envisage de s'approvisionner auprès de': a reflexive clitic opens a verb
        if t.dep_ in ("obj", "xcomp") and t.head.pos_ == "VERB" and t.head.i < t.i:
            return None  # 'a reçu commande pour ...': the complement of a verb is the noun it looks like
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        prev = t.nbor(-1) if t.i > 0 else None
        if nxt is not None and nxt.pos_ in ("DET", "PRON", "ADP") and (prev is None or prev.pos_ not in ("DET", "ADP")):
            return lemma
        if prev is not None and prev.lower_ in ("ne", "n'", "n’") or any(c.dep_ == "nsubj" for c in refs.children(t)):
            return lemma  # 'ce fournisseur ne livre pas le constructeur': a negation or a subject makes it a verb
        return None

    def _noun_as_verb(self, r: Rule, t, refs: Refs) -> bool:
        """'sous-traitant' tagged as a participle: a noun trigger written as such, whatever the tagger said."""
        form = feature(t, "VerbForm")  # not a finite verb, nor an infinitive ('persuaded Samsung to manufacture it')
        return "NOUN" in r.trigger.pos and t.pos_ in ("VERB", "ADJ") and "Fin" not in form and "Inf" not in form \
            and self._trigger_ok(r, t, refs, pos="NOUN")

    def _trigger_ok(self, r: Rule, t, refs: Refs, pos: str | None = None) -> bool:
        trig = r.trigger
        if trig.pos and (pos or t.pos_) not in trig.pos:
            return False
        if trig.active and not self._active(t, refs):
            return False
        if trig.child and not any(self._child_ok(c, trig.child, refs) or self._share_ok(c, trig.child, refs)
                                  for c in self._dependents(t, refs)):
            return False  # (a share of it counts: 'dedicated 70% of its output to Apple')
        if any((self._child_ok(c, spec, refs) and not self._renamed_goods(c, refs)) or r.frame in ("order", "supply")
               and self._share_ok(c, spec, refs) for spec in trig.not_child for c in refs.children(t)):
            return False
        if trig.not_child and self._object_is_antecedent(t, refs) and any(
                set(spec.get("dep", ())) & set(OBJ_DEPS) and self._child_ok(t.head, {**spec, "dep": [t.head.dep_]}, refs)
                for spec in trig.not_child):
            return False  # 'the rack maker that Veltrix bought': what the clause acquires is a company, not goods
        if t.head.i != t.i and any(_dep_in(t, deps) and ("self" not in head or fold(t.lemma_) in head["self"])
                                   and self._child_ok(t.head, head, refs)  # (which reads no 'self')
                                   for deps, head in trig.not_head):
            return False  # 'the orders received by Greatek', 'la commande que TSMC recevra': what is received is an order
        return True

    @staticmethod
    def _active(t, refs: Refs) -> bool:
        """Whether trigger ``t`` speaks in the active voice: not a passive, nor a past participle with no auxiliary
        (however the parser tagged or hung it: 'des serveurs HPE équipés de GPU Nvidia' says what the servers hold),
        unless its agent is named ('équipées par Valeo', whose agent is the subject the rule reads)."""
        bare = t.dep_ == "amod" or t.pos_ == "ADJ" or "Part" in feature(t, "VerbForm") and "Past" in feature(
            t, "Tense") and not any(c.dep_.startswith("aux") for c in refs.children(t))
        return not (bare or _is_passive(t, refs)) or any(_agent(c, refs) for c in refs.children(t))

    def _renamed_goods(self, c, refs: Refs) -> bool:
        """Whether a word the trigger must not govern names goods after all: part of a product's name that does not
        say it ('bought 8,000 graphics processing units' buys GPUs, not a business unit), or a count of goods
        ('bought 8,000 units of the H100')."""
        m = refs.mention(c)
        if m is not None and m.kind == PRODUCT:  # (the name may say the word in English: 'serveurs', 'servers')
            heads = self.lang.table("product_heads")
            said = {fold(c.text), fold(c.lemma_)}
            words = said | {fold(heads[w][0]) for w in said if w in heads}
            return not any(w in fold(m.name) for w in words)
        if fold(c.lemma_) not in self.lang.words("units"):
            return False
        whole = self._whole_of(c, refs)
        if whole is None:  # 'will deliver at least 1,890 units to X': counted units are goods, not a business unit,
            # and so are units of a named product ('ordered H20 units from Nvidia')
            return any(g.dep_ == "nummod" and any(ch.isdigit() for ch in g.text) or g.dep_ in ("compound", "nmod", "amod")
                       and (gm := refs.mention(g)) is not None and gm.kind == PRODUCT and not gm.generic
                       for g in refs.children(c))
        return refs.goods_noun(whole)

    @staticmethod
    def _whole_of(c, refs: Refs):
        """What a share or a count is of: 'two-thirds of Nvidia's orders', 'la moitié des commandes' (or None)."""
        return next((x for g in refs.children(c) if g.dep_ == "prep" and g.lower_ == "of"
                     for x in refs.children(g) if x.dep_ == "pobj"), None) or next(
            (g for g in refs.children(c) if g.dep_ == "nmod" and any(
                k.dep_ == "case" and _CONTRACTIONS.get(k.lower_, k.lower_) == "de" for k in refs.children(g))), None)

    def _share_ok(self, c, spec: dict, refs: Refs) -> bool:
        """Whether an object that is a share or a lot of something fits ``spec`` by what it is a share of: in
        'secured two-thirds of Nvidia's orders', 'a obtenu la moitié des commandes', what is secured is orders, and
        the order rules leave the sentence to the seller's (not so for deliveries: 'shipped half of the order')."""
        if "lemma" not in spec or c.dep_ not in OBJ_DEPS or fold(c.lemma_) not in self.lang.words("container_nouns"):
            return False
        whole = self._whole_of(c, refs)
        return whole is not None and self._child_ok(c, {k: v for k, v in spec.items() if k != "lemma"}, refs) \
            and self._child_ok(whole, {"lemma": spec["lemma"]}, refs)

    def _object_is_antecedent(self, t, refs: Refs) -> bool:
        """Whether a relative clause's verb acts on the company the clause qualifies: it has a subject of its own
        and no object but the relative pronoun ('the maker that AMD acquired', 'la société qu'AMD a rachetée'; not
        'the factory that Panasonic supplies')."""
        if t.dep_ not in ("relcl", "acl:relcl") or t.head.i == t.i:
            return False
        organisations = self.lang.words("company_nouns", "subsidiary_nouns")
        if fold(t.head.lemma_) not in organisations and fold(t.head.text) not in organisations:
            return False
        kids = refs.children(t)
        return any(c.dep_.startswith("nsubj") and not self._relative(c) for c in kids) \
            and not any(c.dep_ in OBJ_DEPS and not self._relative(c) for c in kids)

    @staticmethod
    def _dependents(t, refs: Refs) -> list:
        """A trigger's children, and those of its object: 'source chips from TSMC' attaches 'from' to 'chips'."""
        return [*refs.children(t), *(g for c in refs.children(t) if c.dep_ in OBJ_DEPS for g in refs.children(c))]

    @staticmethod
    def _child_ok(c, spec: dict, refs: Refs) -> bool:
        if "dep" in spec and not any(c.dep_ == d or c.dep_.startswith(d + ":") for d in spec["dep"]):
            return False
        if "lemma" in spec and c.lemma_.casefold() not in spec["lemma"] and c.lower_ not in spec["lemma"]:
            return False
        if "case" in spec and not any(g.dep_ in ("case", "mark", "prep") and _case_matches(
                g, _folded(tuple(spec["case"])), refs, whole=False) for g in [c, *refs.children(c)]):
            return False  # ('en tant que' is 'en' and its fixed words)
        if "det" in spec and not any(g.dep_ in ("det", "poss", "nmod:poss") and g.lower_ in spec["det"]
                                     for g in refs.children(c)):
            return False
        if "object" in spec and not any(g.dep_ in ("pobj", "obj", "obl", "nmod") and g.lemma_.casefold() in spec["object"]
                                        for g in refs.children(c)):
            return False  # 'chose Ericsson for a contract': the preposition's object
        if "beside" in spec and not any(g.dep_ == "prep" and g.lower_ in spec["beside"] for x in (c.head, *(
                o for o in refs.children(c) if o.dep_ in ("pobj", "obj", "obl", "nmod"))) for g in refs.children(x)):
            return False  # 'relies on its sales to Orvane': a preposition beside it, on the trigger or the object
        return True

    # ----------------------------------------------------------------- filling
    def _contrasted(self, x, t, refs: Refs) -> bool:
        """'chez MediaTek plutôt que chez Qualcomm', 'from MediaTek rather than Qualcomm', 'instead of Qualcomm',
        'from Intel, not AMD': a name right after a contrast marker (cue contrast_markers; a preposition between
        them allowed, determiners left out) fills no role of the trigger, unless the trigger is in the name's own
        clause ('instead of Qualcomm, which supplies Apple')."""
        if any(a.i == x.i for a in t.ancestors):
            return False
        before = refs.tokens[max(0, x.i - 5):x.i]
        while x.i == t.i and before and before[-1].pos_ == "PRON":
            before = before[:-1]  # 'au lieu de s'approvisionner': the verb's reflexive pronoun
        words = ["," if w.text == "," else fold(w.text) for w in before if w.pos_ != "DET"]
        said = [" ".join(words)]
        if words and refs.tokens[x.i - 1].pos_ == "ADP" and words[-1] == fold(refs.tokens[x.i - 1].text):
            said.append(" ".join(words[:-1]))  # 'plutôt que chez Qualcomm', 'rather than from Qualcomm'
        return any(s == m or s.endswith(" " + m) for s in said for m in self.contrast)

    def _in_context(self, cue: str, refs: Refs) -> bool:
        """Whether the article says one of the words of cue list ``cue`` (see Rule.context)."""
        text, seen = self._context_seen
        if text is not refs.text:
            seen = {}
            self._context_seen = (refs.text, seen)
        if cue not in seen:
            seen[cue] = self.contexts[cue].search(refs.text) is not None  # (the text is normalised: straight quotes)
        return seen[cue]

    def _fill(self, rule: Rule, t, refs: Refs) -> Frame | None:
        if rule.context is not None and not self._in_context(rule.context, refs):
            return None
        frame = Frame(rule, t)
        kinds = FRAMES[rule.frame]
        taken: set[Entity] = set()
        for role, path in rule.roles.items():
            kind = kinds[role]
            reached = False  # a dependency path reached words of another kind: the parse fills the role
            sent_to = False  # a 'to' complement reached a noun that names no company: the object is not the recipient
            unnamed = False  # the verb's object is an unnamed party ('providing Chinese customers with ...')
            for alt in path.alternatives:
                surface = any(step.kind == "~" for step in alt)
                if surface and reached:
                    break  # 'use the new process for its Dimensity chip': no name by position over a parsed object
                if unnamed and alt[0].kind == "~":
                    break  # the sentence says who, without a name: no name by position stands in for it
                if sent_to and alt[0].kind == "@" and alt[0].name == "obj":
                    continue  # 'is shipping CIS to phone vendors': what is shipped, not to whom
                toks = [t]
                for step in alt:
                    toks = self._step(step, toks, t, refs)
                    if not toks:
                        break
                if kind == "Company" and toks:
                    toks = [x for x in toks if not self._contrasted(x, t, refs)]
                if surface and t.dep_ == "acl" and _past_participle(t) and path.alternatives[0][0].name == "subj" \
                        and not any(c.dep_.startswith("aux") for c in refs.children(t)):
                    break  # 'the chip used for AI': a participle's missing agent is nobody named nearby
                premod = alt[-1].kind == "~" and alt[-1].name == "premod"
                apposed = alt[-1].kind == "~" and alt[-1].name in ("apposed", "bracketed")
                if alt[-1].kind == "~" and not premod and not apposed:
                    # by position: the nearest name of the role's kind, and the names listed with it
                    toks = next(([x] for x in toks if self._referents([x], kind, refs, rule.frame, taken, rule.frame in _TRADE)), [])
                    if toks and alt[-1].name == "after":
                        toks += self._listed_after(toks[0], refs)
                # names no earlier layer typed: any proper name in a trade's party roles or as a maker, a name NER
                # calls an organisation as a user ('the Jupiter supercomputer will carry ...' is not a company)
                unknown = rule.frame in _TRADE or rule.frame == "make" and not surface or (
                    "org" if rule.frame == "use" and not surface else False)
                if apposed:  # the apposed names themselves, not the names the parse coordinated with the noun
                    ents = list(dict.fromkeys(e for x in toks if (m := refs.mention(x)) is not None and m.kind == kind
                                              and (e := refs.entity_of(m)) is not None and e not in taken))
                elif premod:  # each name of the list on its own: a known
                    ents = [e for x in toks for e in self._referents([x], kind, refs, rule.frame, taken, unknown)]
                else:                                                # one and one no list knows ('Samsung and LG')
                    ents = self._referents(toks, kind, refs, rule.frame, taken, unknown)
                if ents:
                    appositive = alt[0].kind == "@" and alt[0].name == "self" and t.dep_ == "appos" and len(ents) > 1
                    if alt[-1].kind == "~" and alt[-1].name == "appos" and len(ents) > 1 and not (len(alt) == 1 and plural(t)):
                        # 'Micron, le premier fabricant américain de mémoire, et Intel': the apposition is Micron's
                        named = refs.mention(toks[0]) if toks else None
                        ents = [e for e in ents if named is not None and e.name == named.name] or ents
                    if appositive:
                        # 'comme Valeo (propriétaire de Norsilica), Bosch et Continental': an apposition
                        # describes its head, or the name right before its bracket, not the names listed with it
                        before = t.doc[t.i - 2] if t.i > 1 and t.doc[t.i - 1].text == "(" else t.head
                        listed = [t.head, *t.head.conjuncts]
                        if before.i == t.head.i and len(listed) > 1 and all(x.i < t.i for x in listed):
                            # after the whole list, 'Compal and Inventec, a notebook maker for HP': one noun describes
                            # the name just before it, a plural one ('two suppliers of X') all of them
                            before = None if plural(t) else max(listed, key=lambda x: x.i)
                        m = refs.mention(before) if before is not None else None
                        if m is not None:
                            ents = [e for e in ents if e.name == m.name] or ents
                    if alt[0].kind == "@" and alt[0].name == "subj" and t.dep_ in ("relcl", "acl:relcl") and len(ents) > 1:
                        # 'TSMC, qui produit des puces pour Apple, AMD et Nvidia': the parser may coordinate the
                        # names after the relative clause with its antecedent; the antecedent stands before it
                        before = {m.name for i, m in refs.tok_mention.items() if i < t.i}
                        ents = [e for e in ents if e.name in before] or ents
                    if alt[0].kind == "@" and alt[0].name == "subj" and len(ents) > 1:
                        ents = self._singular_antecedent(t, ents, refs)
                    if alt[0].kind == "@" and alt[0].name == "self" and not appositive:
                        # 'H3C is a partner for Nvidia's chips, along with Inspur and Lenovo': they are too
                        also = self._referents(self._also(t, refs), kind, refs, rule.frame, taken, unknown)
                        ents += [e for e in also if e not in ents]
                    frame.roles[role] = ents
                    frame.via[role] = " ".join(str(s) for s in alt)
                    frame.tokens[role] = toks
                    taken |= set(ents)
                    break
                if kind == PRODUCT and not surface and alt[0].name == "obj" and any(self.other_thing(x, refs) for x in toks):
                    reached = True
                to = self.lang.words("shipped_to_prepositions")
                if kind == COMPANY and len(alt) == 1 and alt[0].kind == "@" and alt[0].name == "pp" \
                        and set(alt[0].args) & to and any(getattr(x, "pos_", "") == "NOUN"
                                                          and self.introduced_by(x, to, refs) for x in toks):
                    sent_to = True
                if kind == COMPANY and not surface and alt[0].name == "subj" and t.dep_ in ("relcl", "acl:relcl") \
                        and toks == [t.head] and t.head.pos_ == "NOUN":
                    reached = True  # 'the only manufacturer that can produce EUV machines': not the nearest name
                if kind == COMPANY and not surface and alt[0].name == "subj" and toks and all(
                        self._no_party_subject(x, refs) for x in toks):
                    reached = True
                if kind == COMPANY and len(alt) == 1 and alt[0].kind == "@" and alt[0].name in ("obj", "iobj") and toks \
                        and all(self._party_noun(x, refs) for x in toks):
                    unnamed = True
        if any(role not in frame.roles for role in rule.require):
            return None
        return frame if frame.roles or rule.bare else None

    @staticmethod
    def introduced_by(x, words, refs: Refs) -> bool:
        """Whether one of the prepositions ``words`` introduces noun ``x``: the English preposition it is the object
        of, or a case word of its own (for other layers too)."""
        if x.dep_ == "pobj" and x.head.i != x.i:
            return _prep_matches(x.head, words)
        return any(_case_matches(g, words, refs) for g in case_markers(x, refs.children))

    def _no_party_subject(self, x, refs: Refs) -> bool:
        """A subject the parse found that is no company, so that no name by position stands in for it: a
        relational noun ("ce partenaire de longue date d'Apple conçoit ...": the partner, not Apple), or a
        government, a source or a person ('the Department of Defense signed a deal with X to procure chips')."""
        if x.pos_ == "NOUN" and fold(x.lemma_) in self.lang.words("relational_nouns"):
            return True
        m = refs.mention(x)
        return m is not None and m.kind in (GOVERNMENT, SOURCE, PERSON)

    def _also(self, t, refs: Refs) -> list:
        """Names added to a noun's referent by 'along with', 'as well as', 'tout comme', 'aux côtés de', and a
        ranking's first by 'after' ('TSMC's second-largest customer after Apple')."""
        words = self.lang.words("also_words")
        rank_words = self.lang.words("rank_words")
        ranked = any(fold(c.text) in rank_words for c in refs.children(t))
        out = []
        for h in (t, t.head):
            for c in refs.children(h):
                key = fold(c.text)
                pair = f"{fold(c.nbor(-1).text)} {key}" if c.i > 0 else key
                inner = next((g for g in refs.children(c) if f"{key} {fold(g.text)}" in words), None)
                if inner is not None:  # 'along' -> 'with' -> the names
                    out += [g for g in refs.children(inner) if g.dep_ in PREP_OBJ] or [inner]
                elif key in words or pair in words or ranked and key in self.lang.words("rank_after"):
                    out += [g for g in refs.children(c) if g.dep_ in PREP_OBJ] or [c]
                elif c.dep_.startswith(("obl", "nmod")) and any(fold(g.text) in words for g in refs.children(c)
                                                                if g.dep_ in ("case", "fixed")):
                    out.append(c)
        return out

    @staticmethod
    def is_passive(t, refs: Refs) -> bool:
        """Whether verb ``t`` is passive (for other layers): an auxiliary or subject of the passive, an agent."""
        return _is_passive(t, refs)

    def other_thing(self, x, refs: Refs) -> bool:
        """A noun that names something other than a product ('the new process'), with no product beside it."""
        if not hasattr(x, "pos_") or x.pos_ not in ("NOUN", "PROPN") or refs.mention(x) is not None:
            return False
        if fold(x.text) in self.lang.table("product_heads") or fold(x.lemma_) in self.lang.table("product_heads"):
            return False
        near = refs.tokens[max(0, x.i - 2):x.i + 3]
        return not any(refs.mention(n) is not None and refs.mention(n).kind == PRODUCT for n in near)

    def _referents(self, toks, kind: str, refs: Refs, frame_kind: str = "order",
                   taken: set[Entity] = frozenset(), unknown: bool | str = False) -> list[Entity]:
        out: list[Entity] = []
        kinds = (PRODUCT, COMPANY, "Government") if kind == "Any" else (kind,)
        found_deps: set[str] = set()  # the labels of the words that named someone
        compared = self.lang.words("comparison_words")
        for tok in toks:
            if kind == COMPANY and hasattr(tok, "head") and fold(tok.head.lemma_) in compared and tok.head.i != tok.i:
                continue  # 'à l'instar de Nvidia', 'unlike Nvidia', 'cheaper than Nvidia': a point of comparison
            had = len(out)
            for k in kinds:
                for e in refs.refer(tok, k, exclude=taken):
                    if e not in out and e not in taken:  # one entity fills one role of a frame
                        out.append(e)
                if out and kind == "Any":
                    break
            if out and kind == COMPANY and unknown is True and refs.mention(tok) is not None:
                for x in getattr(tok, "conjuncts", ()):  # 'Kioxia and Norsilica': a known name and one no layer typed
                    e = refs.unknown_company(x) if refs.mention(x) is None else None
                    if e is not None and e not in out and e not in taken:
                        out.append(e)
            # a name no layer typed counts if nothing was found before it, or if it stands where one was found
            # ('fournit Samsung, HTC et LG', parsed as three objects): a sibling of the same label
            sibling = tok.pos_ == "PROPN" and tok.dep_ in found_deps
            if (not out or sibling) and len(out) == had and kind == COMPANY and unknown and (
                    unknown is True or tok.ent_type_ in ("ORG",) or self._capitalised_party(tok)):
                # 'to Brightwave and Quorvane': names no layer typed, with the names coordinated with them
                first = refs.unknown_company(tok)
                if first is None:
                    continue
                for x in (tok, *getattr(tok, "conjuncts", ())):
                    e = first if x is tok else (refs.mention(x) is None and refs.unknown_company(x)
                                                or next(iter(refs.refer(x, COMPANY)), None))
                    if e is not None and e not in out and e not in taken:
                        out.append(e)
            if len(out) > had:
                found_deps.add(tok.dep_)
        return out

    def _capitalised_party(self, tok) -> bool:
        """A capitalised name that no layer typed, as a user or as the owner of the user's machine
        ('Veltrix prévoit de déployer 10 000 GPU H100', 'le supercalculateur de Veltrix'; not 'le campus d'Abilene')."""
        if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in ("PER", "PERSON"):
            return False
        if tok.i == 0 and tok.pos_ != "PROPN" and tok.dep_ != "poss":
            return False  # a capitalised common noun opening the sentence
        if tok.dep_ not in ("nsubj", "nsubj:pass", "poss", "nmod", "nmod:poss"):
            return False
        return tok.dep_ == "nsubj" or fold(tok.head.lemma_) not in self.lang.words("place_heads")

    # ------------------------------------------------------------------- steps
    def _step(self, step: Step, toks: list, trigger, refs: Refs) -> list:
        out: list = []
        for t in toks:
            for x in self._reached(step, t, trigger, refs):
                if x not in out:
                    out.append(x)
        return out

    def _reached(self, step: Step, t, trigger, refs: Refs) -> list:
        """What a step reaches from ``t``; remembered for the sentence where the step reads the parse alone (the
        rules of one trigger, and the roles of one rule, walk the same steps from the same words)."""
        if t.i < 0 or not (step.kind in "<>" or step.kind == "@" and step.name in _PARSE_STEPS):
            return self._one_step(step, t, trigger, refs)
        key = (id(step), t.i)  # a step by identity: the grammar holds one object per step (grammar._interned)
        found = refs.steps.get(key)
        if found is None:
            found = refs.steps[key] = self._one_step(step, t, trigger, refs)
        return found

    def _one_step(self, step: Step, t, trigger, refs: Refs) -> list:
        if step.kind == ">":
            deps = step.name.split(",")
            return [c for c in refs.children(t) if _dep_in(c, deps) and _filters_ok(c, step.filters, refs)]
        if step.kind == "<":
            deps = step.name.split(",")
            if t.dep_ == "conj" and "conj" not in deps:
                # a conjunct shares the function of the first one: 'obtained orders from Qualcomm, as well as
                # orders from AMD' (the second 'orders' is the verb's object too)
                while t.dep_ == "conj" and t.head.i != t.i:
                    t = t.head
            if "nsubj" in deps and t.dep_ in PASS_SUBJ and _is_passive(t.head, refs):
                # raising: 'the biggest buyers of X are said to be A and B' reads as 'the buyers are A and B'
                be = [c for c in refs.children(t.head) if c.dep_ == "xcomp" and c.lemma_ == "be"]
                if be and _filters_ok(be[0], step.filters, refs):
                    return be
            return [t.head] if t.head.i != t.i and _dep_in(t, deps) and _filters_ok(t.head, step.filters, refs) else []
        if step.kind == "@":
            if step.name == "trigger":
                return [trigger]
            return getattr(self, f"_at_{step.name}")(t, step.args, refs)
        return getattr(self, f"_surface_{step.name}")(t, step.args, trigger, refs)

    # --- dependency primitives (both schemes)
    def _at_head(self, t, args, refs):
        return [t.head] if t.head.i != t.i else []

    def _at_gapped(self, t, args, refs):
        """The verb a gapped clause repeats: 'Microsoft accounted for 26% of Arista's revenue, while Meta accounted
        for 16%' (the same verb, coordinated with it or subordinate to it), so that the clause's missing roles are
        read from that verb's. A clause with a complement of its own ('while Meta accounted for 16% of its own
        revenue'; cue ``complement_prepositions``) is no gap."""
        h = t.head
        if h.i == t.i or t.dep_ not in ("conj", "advcl") or h.lemma_ != t.lemma_:
            return []
        of = self.lang.words("complement_prepositions")
        said = [x for c in refs.children(t) if c.dep_ in ("prep", "dobj", "obj", "obl", "obl:arg") for x in c.subtree]
        return [] if any(fold(x.text) in of for x in said if x.dep_ in ("prep", "case")) else [h]

    def _at_subj(self, t, args, refs, depth: int = 0):
        """The logical subject: active nsubj, passive agent, control, shared subjects of conjoined verbs,
        the antecedent of a relative clause, the noun a participle qualifies."""
        if depth > 6:
            return []
        if _is_passive(t, refs):
            return self._at_agent(t, args, refs)
        if self._undergone(t, refs):
            # 'Kelvor se voit confier par Orvane la fabrication de ...': the one who does it is the agent, 'par'
            # wherever the parse hung it; the subject of 'se voir' is the one it is done to
            return self._at_agent(t, args, refs) or self._surface_after(t, ("par",), t, refs)
        if t.dep_ in ("acl", "xcomp") and fold(t.head.lemma_) in self.lang.words("turn_nouns") and t.head.i != t.i:
            # 'c'est au tour de Valeo de signer': the one whose turn it is, and 'Après Bosch, c'est au tour de Valeo
            # de signer': the one who did it before (cue predecessor_prepositions)
            before = self.lang.words("predecessor_prepositions")
            return [c for c in refs.children(t.head) if c.dep_ == "nmod" and c.i < t.i
                    and any(fold(g.text) in ("de", "d", "du") for g in refs.children(c) if g.dep_ == "case")] + [
                c for c in refs.children(t.head) if c.dep_.startswith(("obl", "nmod")) and c.i < t.i
                and self.introduced_by(c, before, refs)]
        subj = [c for c in refs.children(t)
                if c.dep_ in ("nsubj", "csubj") or c.dep_.startswith("nsubj:") and c.dep_ != "nsubj:pass"]
        if not subj:  # 'X and Y reportedly have landed orders': the parser hangs the subject on the auxiliary
            subj = [g for c in refs.children(t) if c.dep_.split(":")[0] == "aux" and c.i < t.i for g in refs.children(c)
                    if g.dep_ == "nsubj"]
        if subj and t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "for":
            # 'produces chips for Huawei using DUV machines': the parser makes Huawei the gerund's subject;
            # the gerund qualifies the main verb, whose subject uses the machines
            verb = next((a for a in t.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                return self._at_subj(verb, args, refs, depth + 1)
        if subj:
            rel = [s for s in subj if self._relative(s)]
            if rel and t.dep_ in ("relcl", "acl:relcl"):
                # 'ASML is the only company that makes ...', 'the only company that makes it, ASML, ...': ASML
                nearest = _word_before(rel[0], refs)
                named = [refs.tok_mention.get(x.i) for x in [t.head, *nearest]]
                if len(named) == 2 and nearest[0].i != t.head.i and all(m is not None and m.kind == COMPANY for m in named):
                    # 'travaille avec onsemi (tout comme BMW) et Wolfspeed qui fournit': of two names, the
                    # pronoun's is the one right before it, wherever the parser hung the clause
                    return nearest
                if named[0] is None and named[1] is not None and named[1].kind == COMPANY and t.head.pos_ == "NOUN" \
                        and not refs.company_noun(t.head) and fold(t.head.lemma_) not in self.lang.words("company_nouns"):
                    # 'Contrairement à Samsung et à Micron, qui n'utilisent pas': the parser hung the clause on a
                    # noun that is no company; the names right before 'qui' are its antecedent
                    return [nearest[0], *(c for c in nearest[0].conjuncts if refs.tok_mention.get(c.i) is not None)]
                return _copula_subject(t.head, refs) or self._name_after_clause(t, refs) or _apposed_name(t.head, refs) \
                    or [t.head]
            if rel:  # the parser lost the relative clause: its antecedent is the name right before 'qui', 'which'
                before = _word_before(rel[0], refs)
                if before and before[0].pos_ == "ADJ" and before[0].head.pos_ == "NOUN" and refs.mention(before[0]) is None:
                    before = [before[0].head]  # 'le premier fondeur mondial, qui': the noun the adjective qualifies
                if before and before[0].pos_ == "NOUN":
                    before = _apposed_name(before[0], refs) or before  # 'TSMC, le premier fondeur, qui': TSMC
                return before or subj
            if t.head.i != t.i and all(s.pos_ == "NOUN" and refs.tok_mention.get(s.i) is None
                                       and fold(s.lemma_) in self.lang.words("order_deals") for s in subj):
                # 'X have made orders worth $1bn to acquire ...', parsed with 'orders' as the subject of 'worth':
                # an order does not act, the one who placed it does
                up = self._at_subj(t.head, args, refs, depth + 1)
                if up:
                    return up
            return subj
        head = t.head
        if head.i == t.i:
            return []
        if t.dep_ == "xcomp" and fold(head.lemma_) in self.lang.words("passive_control") and any(
                fold(c.text) in ("se", "s") for c in refs.children(head)):
            # 'X s'est vu confier par Y la fabrication': the subject of 'se voir' receives; the doer is 'par Y'
            return self._at_pp(t, ("par",), refs) or self._at_pp(head, ("par",), refs)
        if t.dep_ == "xcomp" and _is_passive(head, refs):
            # raising: 'xAI is believed to rent', 'Samsung is expected to supply'
            raised = [c for c in refs.children(head) if c.dep_ in PASS_SUBJ]
            if raised:
                return raised
        # 'secured a deal to supply chips to Nokia': an infinitive the parser calls a relative clause is one
        # ('prompted other companies to source CIS' stays the companies')
        to_relative = t.dep_ == "relcl" and t.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in refs.children(t)) and fold(t.head.lemma_) in (
            self.lang.words("order_deals", "weak_deals", "purpose_nouns"))
        # (an infinitive the tagger took for a noun, 'envisagent de s'approvisionner', is one)
        infinitive_noun = t.pos_ == "NOUN" and t.lower_.endswith(("er", "ir", "re")) and self._inflected_verb(t, refs)
        purpose = head.pos_ == "ADV" and head.dep_ == "advmod" and fold(head.text) in self.lang.words(
            "purpose_adverbs") and t.dep_.startswith("obl") and head.head.i != head.i and _non_finite(t)
        if purpose and fold(head.head.lemma_) in self.lang.words("choice_verbs", "award_control"):
            # 'X a été choisi par Y afin de fabriquer': the parser hangs the infinitive on 'afin'; the choice it
            # serves is the verb above, as for 'pour'
            head = head.head
        else:
            purpose = False
        if t.dep_ == "xcomp" or (t.dep_ in ("ccomp", "advcl", "obl", "obl:mod", "obl:arg", "acl")
                                 and (_non_finite(t) or infinitive_noun)) or to_relative:
            controller = [c for c in refs.children(head) if c.dep_ in OBJ_DEPS + ("iobj", "dative")]
            infinitive = t.dep_ == "xcomp" or (t.dep_ == "advcl" and any(
                c.dep_ in ("aux", "mark") and fold(c.text) in ("to", "de", "d") for c in refs.children(t))) or (
                # 'a retenu Qualcomm pour fournir': who is chosen for a task does it (a purpose 'pour' is the
                # subject's own elsewhere: 'a signé un accord pour acheter')
                t.dep_ == "advcl" and fold(head.lemma_) in self.lang.words("choice_verbs", "award_control")
                and any(c.dep_ == "mark" and fold(c.text) == "pour" for c in refs.children(t))) or purpose
            if infinitive and controller and fold(head.lemma_) in self.lang.words("object_control"):
                return controller  # "asked TSMC to make", "a demandé à TSMC de fabriquer", "contracted Dell to build"
            if infinitive and fold(head.lemma_) in self.lang.words("award_control"):
                handed = self._at_pp(head, tuple(self.lang.cue("award_preps")), refs) or [
                    c for c in controller if c.dep_ in ("iobj", "dative") and c.pos_ != "ADP"]
                if handed:  # 'awarded a contract to Kelvor to provide', 'a attribué à Kelvor un contrat pour fournir'
                    return handed
            if infinitive and not controller and fold(head.lemma_) in self.lang.words("contract_control"):
                bound = self._at_pp(head, tuple(self.lang.cue("contract_preps")), refs)
                if bound:
                    return bound  # 'subcontracted with Moog to provide': who is bound by the contract does it
            if _is_passive(head, refs) and fold(head.lemma_) in self.lang.words("object_control"):
                chosen = [a for c in refs.children(head) if c.dep_ in PASS_SUBJ
                          for a in (self._antecedent(c, refs) if self._relative(c) else [c])]
                if not chosen and head.dep_ == "advcl" and head.i < head.head.i:
                    # 'Choisi pour fournir ..., Nokia reste': the participle's patient is its clause's subject
                    chosen = [c for c in refs.children(head.head) if c.dep_.startswith("nsubj")]
                if chosen:  # 'TSMC was chosen by Apple to supply', 'a été sélectionné par Microsoft pour fournir'
                    return chosen
            if fold(head.lemma_) in self.lang.words("rely_control"):
                relied = self._at_pp(head, tuple(self.lang.cue("rely_preps")), refs)
                if relied:
                    return relied  # "s'appuie sur SMIC pour graver ces puces", "relies on TSMC to make"
            if t.dep_ == "xcomp" and fold(head.lemma_) in self.lang.words("object_control"):
                obl = [c for c in refs.children(head) if c.dep_ in ("obl:arg", "obl", "obl:mod", "iobj")]
                if obl:
                    return obl
            licence = self._licence_of(t, head, refs)
            if licence is not None:
                # 'Commerce revoked one of its licences to sell to Huawei', 'granted Kelvor a licence to ship': the
                # holder of the licence acts, not who grants or revokes it
                holder = [c for c in refs.children(licence) if c.dep_ in ("poss", "nmod:poss")]
                verb = next((a for a in licence.ancestors if a.pos_ in ("VERB", "AUX")), None)
                holder = holder or [c for c in (refs.children(verb) if verb is not None else [])
                                    if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
                if holder:
                    return holder
            if t.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
                # 'Samsung won a contract to make chips', 'Meta is in talks to buy': the agent of the verb the
                # noun depends on
                return self._at_xsubj(head, args, refs) or self._root_subject(head, refs) or [head]
            return self._at_subj(head, args, refs, depth + 1)
        if t.dep_ == "conj":
            if head.head.i == head.i and head.pos_ in ("PROPN", "NOUN") and refs.mention(head) is not None:
                # 'A, B et C sont intéressés ... et vont signer': a broken parse made the subject the root and
                # hung the verbs on it
                return [head]
            if _is_passive(head, refs) and not _is_passive(t, refs):
                # 'A et B sont intéressés par ce procédé et vont signer', 'X was bought by Y and will sell': the
                # active verb shares the first one's grammatical subject, not its agent
                shared = [c for c in refs.children(head) if c.dep_ in PASS_SUBJ]
                if shared:
                    return shared
            return self._at_subj(head, args, refs, depth + 1)
        if t.dep_ == "pcomp" and t.tag_ == "VBG":  # 'remain focused on churning out HBM': the sentence's doers
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and _is_passive(verb, refs) and fold(t.head.text) in self.lang.words("cause_preps"):
                # 'Orvane was fined for selling chips to Brio': the one the passive is about did it, not its agent
                done = [c for c in refs.children(verb) if c.dep_ in PASS_SUBJ]
                if done:
                    return done
            if verb is not None:
                return self._at_subj(verb, args, refs, depth + 1)
        if t.dep_ in ("relcl", "acl:relcl"):
            if head.pos_ == "NOUN" and refs.mention(head) is None and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in refs.children(t)):
                # 'Samsung is the first company to buy Kelvor's chips', 'became the latest supplier to sign': an
                # infinitive on a noun said of a subject is that subject's doing
                return _copula_subject(head, refs) or [head]
            return [head]
        if t.dep_ in ("acl",) and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [head]
        if t.dep_ in ("advcl",) and t.tag_ in ("VBG", "VBN"):
            return self._at_subj(head, args, refs, depth + 1)
        if t.pos_ == "ADV" and t.dep_ == "advmod" and depth > 0:
            return self._at_subj(head, args, refs, depth + 1)  # 'afin de s'équiper': the purpose is its verb's subject's
        return []

    def _licence_of(self, t, head, refs):
        """The licence noun (cue ``approval_nouns``) an infinitive spells out: hung on it ('a licence to sell'), or on
        the verb that takes it ('revoked one of its licences to sell', as the parser hangs it)."""
        approvals = self.lang.words("approval_nouns")
        if t.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            return head if fold(head.lemma_) in approvals else None
        if t.dep_ not in ("xcomp", "advcl") or head.pos_ != "VERB":
            return None
        for c in refs.children(head):
            if c.dep_ not in ("dobj", "obj"):
                continue
            of = self.lang.words("complement_prepositions")
            for x in (c, *(p for g in refs.children(c) if g.dep_ == "prep" and fold(g.text) in of
                           for p in refs.children(g) if p.dep_ == "pobj")):
                if fold(x.lemma_) in approvals:
                    return x
        return None

    def _root_subject(self, noun, refs) -> list:
        """For a deal noun deep in adjuncts, the subject of its sentence's main verb: 'Kelvor experienced a strong
        reaction, its stock up after news of an agreement with Orvane to supply servers' (the
        party, never the partner that 'with' names)."""
        if fold(noun.lemma_) not in self.lang.words("order_deals", "weak_deals"):
            return []
        root = next((a for a in noun.ancestors if a.head.i == a.i), None)
        if root is None or root.pos_ not in ("VERB", "AUX"):
            return []
        return [c for c in refs.children(root) if c.dep_ == "nsubj" and refs.refer(c, COMPANY)]

    def _name_after_clause(self, t, refs) -> list:
        """The name set between commas right after a relative clause, in apposition with the clause's noun
        ('la seule société qui sache graver à 2 nm, TSMC, a ...'), whatever the parser attached it to."""
        if fold(t.head.lemma_) not in self.lang.words("company_nouns"):
            return []
        toks = refs.tokens
        comma = next((x for x in toks[t.i + 1:] if x.text == "," or x.pos_ in ("VERB", "AUX")), None)
        if comma is None or comma.text != "," or comma.i + 1 >= len(toks):
            return []
        name = toks[comma.i + 1]
        m = refs.tok_mention.get(name.i)
        if m is None and refs.unknown_company(name) is None or m is not None and m.kind != COMPANY:
            return []  # a name no layer knew is typed by its place, if it looks like one
        after = next((x for x in toks[name.i + 1:] if m is None or refs.tok_mention.get(x.i) is not m), None)
        return [name] if after is not None and after.text == "," else []

    def _at_passive(self, t, args, refs):
        """The subject of a passive trigger ('les Mate 50 étaient équipés de ...'); nothing for an active one."""
        if not _is_passive(t, refs):
            return []
        return [c for c in refs.children(t) if c.dep_ in PASS_SUBJ] or [
            c for c in refs.children(t) if c.dep_ == "nsubj" and any(x.dep_ == "cop" for x in refs.children(t))]

    def _at_obj(self, t, args, refs):
        if _is_passive(t, refs):
            subj = [c for c in refs.children(t) if c.dep_ in PASS_SUBJ or (c.dep_ == "nsubj" and _is_passive(t, refs))]
            if subj:  # 'c'est Huawei qui a été choisi par Bouygues': the relative pronoun's antecedent
                return [a for c in subj for a in (self._antecedent(c, refs) if self._relative(c) else [c])]
            if t.dep_ in ("acl", "relcl", "acl:relcl") and t.head.i != t.i:
                return [t.head]  # "chips made by TSMC", "les puces produites par SMIC"
            if t.dep_ == "xcomp" and t.head.i != t.i:
                # 'the iPhone is to be assembled by Pegatron', 'is expected to be made by TSMC': the raised subject
                return [c for c in refs.children(t.head) if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
            return []
        objs = [c for c in refs.children(t) if c.dep_ in OBJ_DEPS]
        rel = [c for c in objs or [c for c in refs.children(t) if c.dep_ == "mark" and fold(c.text) in ("que", "qu")]]
        if t.dep_ in ("relcl", "acl:relcl") and t.head.i != t.i and any(self._relative(c) for c in rel):
            return [t.head]  # 'the 5,000 H100 chips that Quorvane bought': the object is the antecedent
        return objs

    def _at_iobj(self, t, args, refs):
        out = [c for c in refs.children(t) if c.dep_ in ("iobj", "dative")] + self._at_pp(t, ("à",), refs)
        if not out and self._undergone(t, refs):
            out = self._at_subj(t.head, args, refs)  # 'Kelvor se voit confier ...': Kelvor is entrusted with it
        return out

    def _had_as(self, t, refs: Refs) -> bool:
        """Whether noun ``t`` is what its subject has, 'X a pour client Y', 'ont pour donneur d'ordre Y' (cues
        having_verbs, the copula or auxiliary the parser reads in 'avoir', and having_prepositions, the noun's case)."""
        return t.pos_ == "NOUN" and any(c.dep_ in ("cop", "aux", "aux:tense") and c.i < t.i
                                        and fold(c.lemma_) in self.lang.words("having_verbs") for c in refs.children(t)) \
            and any(c.dep_ == "case" and fold(c.text) in self.lang.words("having_prepositions") for c in refs.children(t))

    def _undergone(self, t, refs: Refs) -> bool:
        """Whether verb ``t`` completes a reflexive verb of undergoing (cues undergoing_verbs, reflexive_pronouns): 'se voir confier',
        'se voit attribuer un contrat par X', whose subject receives what the verb gives."""
        h = t.head
        return t.dep_ == "xcomp" and h.i != t.i and fold(h.lemma_) in self.lang.words("undergoing_verbs") and any(
            c.pos_ == "PRON" and fold(c.text) in self.lang.words("reflexive_pronouns") for c in refs.children(h))

    def _at_agent(self, t, args, refs):
        out = []
        for c in refs.children(t):
            if c.dep_ == "agent":
                out += [g for g in refs.children(c) if g.dep_ in PREP_OBJ]
            elif _agent(c, refs):
                out.append(c)
        return out or self._at_pp(t, ("par", "by"), refs)

    def possessors(self, t, refs) -> list:
        """The possessors of ``t`` (the ``@poss`` step, for other layers): 'Intel's', 'ses', 'de X'."""
        return self._at_poss(t, (), refs)

    def makers(self, t, refs) -> list:
        """The maker of the product ``t`` names (the ``@maker`` step, for other layers): 'iPhone' -> Apple."""
        return self._at_maker(t, (), refs)

    def agents(self, t, refs) -> list:
        """The agents of ``t`` (the ``@agent`` step, for other layers): 'by X', 'par X'."""
        return self._at_agent(t, (), refs)

    def objects(self, t, refs) -> list:
        """The objects of ``t`` (the ``@obj`` step, for other layers): its object, or a passive's subject, or the
        noun its participle qualifies."""
        return self._at_obj(t, (), refs)

    def pp(self, t, words, refs) -> list:
        """The objects of the prepositions ``words`` attached to ``t`` (the ``@pp`` step, for other layers)."""
        return self._at_pp(t, tuple(words), refs)

    def _at_pp(self, t, args, refs):
        """Objects of the prepositions ``args`` attached to ``t`` ('from X', 'auprès de X', 'such as X')."""
        words = _folded(args)
        out = []
        # also on the noun's own modifiers, where the parser often hangs them ('capteurs photo de l'iPhone')
        kids = [*refs.children(t), *(g for c in refs.children(t) if c.dep_ in ("amod", "compound") and (
            c.pos_ == "NOUN" or c.pos_ == "ADJ" and any(x.dep_ == "det" for x in refs.children(c)))
                                for g in refs.children(c))]  # and a superlative's: 'les fournisseurs les plus anciens de'
        if t.pos_ == "NOUN":
            # the last noun of a 'de' chain takes the trailing phrase: 'plaquettes de carbure de silicium à Wolfspeed'
            chain = t
            for _ in range(5):
                nxt = [c for c in refs.children(chain) if c.dep_ == "nmod" and c.pos_ == "NOUN"
                       and any(_case_matches(g, {"de", "du", "des"}, refs) for g in refs.children(c) if g.dep_ == "case")]
                if not nxt:
                    break
                chain = nxt[-1]
                kids += [g for g in refs.children(chain) if g.dep_ != "case" and g.i > chain.i]
        for c in list(kids):
            # 'auprès d'Ambarella' parsed as an adverb with its own oblique
            if c.pos_ == "ADV" and adverb_preposition(c) in words:
                out += [g for g in refs.children(c) if (g.dep_.startswith(("obl", "nmod"))
                                                         or g.dep_ == "dep" and g.pos_ in ("PROPN", "NOUN"))
                        and any(_case_matches(x, {"de", "du", "des"}, refs, whole=False)
                                for x in case_markers(g, refs.children))]
        contrast = self.lang.words("contrast_conjunctions")
        for c in kids:
            if c.dep_ in ("prep", "agent", "dative") and _prep_matches(c, words):
                out += [g for g in refs.children(c) if g.dep_ in PREP_OBJ]
                if any(g.dep_ == "cc" and fold(g.text) in contrast for g in refs.children(c)):
                    # 'not from Panasonic but from CATL': the preposition the contrast coordinates
                    out += [x for g in refs.children(c) if g.dep_ == "conj" and g.pos_ == "ADP"
                            for x in refs.children(g) if x.dep_ in PREP_OBJ]
                out += [x for g in refs.children(c) if g.dep_ == "pcomp" for x in refs.children(g)
                        if x.dep_ in PREP_OBJ or x.dep_ == "nsubj"]  # 'for Huawei using DUV machines': parsed as a clause
            elif (c.dep_ in UD_OBLIQUE or c.dep_.startswith(("obl", "nmod"))) \
                    and any(_case_matches(g, words, refs) for g in case_markers(c, refs.children)):
                out.append(c)
            elif c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and any(
                    g.dep_ == "cc" and fold(g.text) in contrast for g in refs.children(c)) \
                    and any(_case_matches(g, words, refs) for g in case_markers(c, refs.children)):
                out.append(c)  # 'n'achète pas de cellules à Panasonic, mais à CATL', the parser coordinating the verb
        # 'Veltrix, auprès de qui Orvane se fournit', 'Kestrel, from which it buys wafers': the pronoun's antecedent
        return [y for x in out for y in (self._pp_antecedent(x, refs) if self._relative(x) and x.pos_ == "PRON" else [x])]

    def _pp_antecedent(self, pron, refs) -> list:
        """What a relative pronoun after a preposition stands for (:meth:`_antecedent`), the word before being
        the one before the preposition ('Veltrix' in 'Veltrix, auprès de qui')."""
        first = min([pron.i, *(c.i for c in refs.children(pron) if c.dep_ == "case")]
                    + ([pron.head.i] if pron.head.dep_ == "prep" else []))
        return self._antecedent(pron, refs, refs.tokens[first])

    def _at_poss(self, t, args, refs):
        """The possessor: 'its', 'Nvidia's', 'sa'; in French also 'de X' unless ``args`` say ``det``
        ('le rachat de Xilinx par AMD': the 'de' names what is bought, not who buys), and the subject of 'avoir pour'
        ('Kelvor a pour client Orvane': Kelvor's client). With ``goods``, only on a goods noun."""
        if self._had_as(t, refs):  # (the parser may hang the subject on 'avoir')
            return [c for x in (t, *(c for c in refs.children(t) if c.dep_ in ("cop", "aux", "aux:tense")))
                    for c in refs.children(x) if c.dep_.startswith("nsubj")]
        if "goods" in args and not refs.goods_noun(t):
            return []  # '@poss(goods)': the vendor of goods ('achète les processeurs de Kelvor'), not of a stake
        out = [c for c in refs.children(t) if is_possessive(c)]
        if "det" in args:
            return out
        for c in refs.children(t):
            if c.dep_ == "nmod" and any(_case_matches(g, {"de"}, refs) for g in refs.children(c) if g.dep_ == "case") \
                    and not (refs.vendor_after_goods(c) and not refs.company_noun(t)):  # not 'de puces de Nvidia' after 'l'achat'
                out.append(c)
        return out

    def _at_name(self, t, args, refs):
        """Names attached to a noun: 'the chipmaker Nvidia', 'la société STMicroelectronics', 'Nvidia supplier SK Hynix',
        and, deeper in the phrase, 'le fabricant néerlandais de machines de lithographie ASML'."""
        out = [c for c in refs.children(t) if (c.dep_ in ("appos", "flat", "flat:name", "nmod", "nummod")
                                         or c.dep_ == "compound" and c.i > t.i)
               and refs.mention(c) is not None and not any(g.dep_ == "case" for g in refs.children(c))]
        if t.dep_ in ("compound", "appos") and refs.mention(t.head) is not None:
            out.append(t.head)
        if not out:
            out = [c for c in t.subtree if c.i > t.i and c.dep_ in ("appos", "flat", "flat:name")
                   and refs.mention(c) is not None and refs.mention(c).kind == COMPANY
                   and refs.mention(c) is not refs.mention(c.head)]  # not 'Semiconductor' of 'les clients de X Semiconductor'
        return out

    def _at_self(self, t, args, refs):
        """What a noun denotes: the subject of its copula, the name in apposition with it, the X of 'X, one of ...'."""
        if self._had_as(t, refs):  # 'Kelvor a pour client Orvane': the client is Orvane, not Kelvor
            return self._at_name(t, args, refs) or [  # ('a pour donneur d'ordre Orvane': on the noun's complement)
                g for c in refs.children(t) if c.dep_ == "nmod" for g in refs.children(c) if g.dep_ in ("nmod", "flat:name")
                and refs.mention(g) is not None and not any(x.dep_ == "case" for x in refs.children(g))]
        out = []
        if t.dep_ == "oprd" and t.head.i != t.i:
            out += [c for c in refs.children(t.head) if c.dep_ in OBJ_DEPS]  # 'made ByteDance one of its largest buyers'
        elif t.dep_ in ("attr", "acomp") and t.head.i != t.i:
            # 'X is a supplier'; 'X won the orders, becoming the dominant supplier': the participle's subject
            out += [c for c in refs.children(t.head) if c.dep_ in ("nsubj", "nsubjpass", "csubj")] or \
                self._at_subj(t.head, args, refs)
        if t.dep_ in ("obj", "dobj") and t.head.i != t.i and (fold(t.head.lemma_) in self.lang.words("copular_verbs")
                                                              or fold(t.head.text) in self.lang.words("copula_forms")):
            out += [c for c in refs.children(t.head) if c.dep_ in ("nsubj", "nsubj:pass")]  # 'la puce deviendra un élément'
        if any(c.dep_ == "cop" for c in refs.children(t)):
            out += [c for c in refs.children(t) if c.dep_.startswith("nsubj")]
            if not out and t.dep_.split(":")[0] in ("obl", "xcomp", "advcl") and t.head.i != t.i:
                # 'Apple est connu pour être l'un des clients de TSMC': the infinitive copula's subject is the verb's
                out += [c for c in refs.children(t.head) if c.dep_.startswith("nsubj")]
            if not out and t.dep_ == "conj" and t.head.i != t.i:
                out += self._at_subj(t.head, args, refs)  # 'SK Hynix domine le marché ... et est le principal fournisseur'
        if out:
            # the copula's subject: an apposition of the noun describes its complement, not it; a relative
            # pronoun stands for its antecedent ('Bosch, qui est un fournisseur de Renault', 'which is one of')
            return [a for s in out for a in (self._antecedent(s, refs) if self._relative(s) else [s])]
        h = t.head
        # 'X est l'un des principaux fournisseurs d'AMD', 'X, one of the suppliers': X, and only X
        groups = self.lang.table("group_numbers")  # 'Brimco and Kelvor, two of Orvane's vendors': both
        if h.i != t.i and h.dep_ in ("prep",) and fold(h.text) in ("of",) and (
                fold(h.head.text) in ("one", "among") or fold(h.head.text) in groups and h.head.dep_ == "appos"):
            out += self._at_self(h.head, args, refs) or self._before_comma(h.head, refs)
        if t.dep_.split(":")[0] in ("nmod", "obl") and h.i != t.i and (
                fold(h.lemma_) in ("un", "une", "one", "parmi") or fold(h.text) in groups and h.dep_ == "appos"):
            # 'Bosch, l'un des principaux fournisseurs de Renault, a annoncé': the parser often cuts the name off
            out += self._at_self(h, args, refs) or self._before_comma(h, refs)
        if out:
            return out
        fronted = self._fronted_subject(t, refs)
        if fronted:
            return fronted
        if t.dep_ == "xcomp" and t.head.i != t.i:
            # 'Samsung est devenu le principal fournisseur': the subject as written ('est devenu' is not a passive)
            out += [c for c in refs.children(t.head) if c.dep_ in ("nsubj", "nsubj:pass")] or self._at_subj(t.head, args, refs)
        if t.dep_ == "appos" and t.head.i != t.i:
            out.append(t.head)
        elif t.dep_ == "nmod" and t.head.i < t.i and t.head.pos_ == "PROPN" and t.doc[min(x.i for x in t.subtree) - 1].text == ",":
            out.append(t.head)  # 'TSMC, le fabricant des puces Kirin, ...' parsed as a modifier of the name
        out += [c for c in refs.children(t) if c.dep_ == "appos"]
        out += self._at_name(t, args, refs)
        # 'X compte parmi ses clients Apple et AMD': names given with a possessed noun are its members, and the
        # subject is the possessor
        owned = any(fold(c.text) in self.lang.words("possessive_determiners") for c in refs.children(t))
        verb = None
        if t.dep_ in ("pobj",) and fold(h.text) in ("among", "parmi", "as", "comme") and h.head.i != h.i:
            verb = h.head
        case = next((w for c in refs.children(t) if c.dep_ == "case" for w in ("comme", "parmi", "en tant que")
                     if _case_matches(c, {w}, refs, whole=False)), None)
        if case is not None:
            verb = h  # 'choisi par Nvidia comme fournisseur'
            if case != "parmi" and t.dep_ == "nmod" and h.i != t.i and h.pos_ in ("PROPN", "NOUN") and not owned and (
                    refs.mention(h) is not None or h.pos_ == "PROPN" or h.dep_ in ("conj", "obj", "dobj")):
                return [h]  # 'retient Orvane et Zentek comme fournisseurs': the parser hung the noun on the last name
        if verb is not None and not (owned and out):
            # the verb's object ('X compte Y parmi ses clients', also where 'compte' is tagged a noun and Y hangs on
            # it as a name), else its subject, unless the noun is the subject's own ('parmi ses clients')
            fronted_as = fold(h.text) in ("as", "comme") and h.i < verb.i and t.i < min(
                (c.i for c in refs.children(verb) if c.dep_.startswith("nsubj")), default=-1)
            objs = [] if fronted_as else self._at_obj(verb, args, refs) or [
                c for c in refs.children(verb) if c.dep_ in ("flat:name", "appos")] \
                or [g for c in refs.children(verb) if c.dep_ == "prep" and fold(c.text) in ("to", "with", "on", "upon")
                    for g in refs.children(c) if g.dep_ == "pobj"]  # 'has stuck to Qualcomm as its sole maker'
            member = fold(verb.lemma_) in self.lang.words("member_verbs")  # 'X and Y are among its customers'
            out += objs or ([] if owned and not member else self._at_subj(verb, args, refs))
        return out

    def _singular_antecedent(self, verb, ents: list[Entity], refs: Refs) -> list[Entity]:
        """'... onsemi (tout comme BMW) et Wolfspeed qui fournit', 'Bosch and Infineon, which supplies': a relative
        clause whose verb is in the singular has one antecedent, the name right before its pronoun, however the
        parser hung the clause (or lost it)."""
        if not (verb.tag_ == "VBZ" or "Sing" in feature(verb, "Number")):
            return ents
        rel = next((c for c in refs.children(verb) if c.dep_.startswith("nsubj") and self._relative(c)), None)
        before = _word_before(rel, refs) if rel is not None else []
        nearest = refs.tok_mention.get(before[0].i) if before else None
        return [e for e in ents if nearest is not None and e.name == nearest.name] or ents

    def _relative(self, t) -> bool:
        """'which', 'that', 'qui', 'que': a relative pronoun, by its tag, its morphology or the cue list."""
        return (t.tag_ in ("WDT", "WP") or "Rel" in feature(t, "PronType")
                or fold(t.text) in self.lang.words("relative_pronouns"))

    def _antecedent(self, pron, refs, start=None) -> list:
        """What a relative pronoun stands for: the head of its clause, unless that names nothing and the word
        right before the pronoun (or before ``start``, its preposition) does ('40 % de Kioxia, qui est ...':
        Kioxia, not the share)."""
        before = _word_before(start if start is not None else pron, refs)
        for a in [pron.head, *pron.head.ancestors][:3]:
            if a.dep_ in ("relcl", "acl:relcl") and a.head.i != a.i:
                if refs.tok_mention.get(a.head.i) is None and before and refs.tok_mention.get(before[0].i) is not None:
                    return before
                return _apposed_name(a.head, refs) or [a.head]
        return before

    @staticmethod
    def _fronted_subject(t, refs) -> list:
        """'Premier client de Kestrel, Orvane a ...', 'A longtime supplier of Orvane, Kestrel shipped ...': a noun
        phrase that opens the sentence, closed by a comma, describes the subject of the clause it opens (not a
        phrase with a preposition: 'Pour son fournisseur, Orvane ...')."""
        h = t.head
        if h.i == t.i or h.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("case", "mark", "prep") and c.i < t.i
                                                              for c in refs.children(t)):
            return []
        span = sorted(x.i for x in t.subtree if x.text != ",")  # the French parse hangs the comma on the noun
        first, last = span[0], span[-1]
        if last + 1 >= len(refs.tokens) or refs.tokens[last + 1].text != "," \
                or any(not (x.is_punct or x.is_space) for x in refs.tokens[:first]):
            return []
        return [c for c in refs.children(h) if c.dep_.startswith("nsubj") and c.i > last + 1]

    @staticmethod
    def _before_comma(t, refs) -> list:
        """The name before ', <phrase of t>': 'Bosch, l'un des fournisseurs ...' when the parse lost the apposition;
        not a fronted phrase ('Pour Thales, l'un des fournisseurs ... est')."""
        name = _word_before_phrase(t, refs)
        if name is None:
            return []
        fronted = name.dep_ == "pobj" or any(c.dep_ == "case" for c in refs.children(name))
        return [name] if (refs.mention(name) is not None or name.pos_ == "PROPN") and not fronted else []

    def _at_list(self, t, args, refs):
        """Names listed after 'including', 'such as', 'like', 'dont', 'notamment', 'comme'."""
        out = self._at_pp(t, tuple(self.lang.cue("list_introducers")), refs)
        words = self.lang.words("list_introducers")
        for c in refs.children(t):
            if c.dep_ in ("appos", "acl", "acl:relcl", "relcl") and any(fold(g.text) in words for g in c.subtree):
                out.append(c)
            elif c.dep_ == "amod" and any(w.split()[0] == fold(c.text) for w in words if " " in w):
                # 'des entreprises telles qu'Infineon, NXP et Onsemi': the parser hangs the names on 'telles'
                out += [g for g in refs.children(c) if g.dep_ in ("dep", "obj", "nmod", "obl", "advcl", "ccomp")]
        split = self.lang.cue("split_list_introducers")
        if any(c.dep_ in ("amod", "det", "predet") and fold(c.text) in split for c in refs.children(t)):
            # 'such customers as Apple and Dell': the introducer is split around the noun
            marks = {fold(m) for c in refs.children(t) for m in split.get(fold(c.text), ())}
            after = refs.doc[t.i + 1] if t.i + 1 < len(refs.doc) else None  # wherever the parser hung 'as'
            preps = [c for c in refs.children(t) if c.dep_ == "prep"] + ([after] if after is not None else [])
            out += [g for c in dict.fromkeys(preps) if fold(c.text) in marks for g in refs.children(c) if g.dep_ == "pobj"]
        return out

    def _at_owner(self, t, args, refs):
        """The company a product belongs to: 'servers for xAI's supercomputer', 'GPU H200 de Nvidia', also hung
        on another word of the product's phrase ('puces de puissance de Xiaomi')."""
        m = refs.mention(t)
        words = [refs.tokens[i] for i in refs.mention_tokens.get(id(m), ())] if m is not None else []
        words = words or [t]
        # 'the handsets of Kelvor': English hangs the owner on the preposition
        kids = [c for w in words for c in refs.children(w)]
        # 'les puces Snapdragon de Qualcomm': the owner may hang on the product's name that completes the noun
        kids += [g for c in kids if c.dep_ in ("nmod", "amod", "appos", "flat:name", "compound") and c.i > t.i
                 and (mc := refs.mention(c)) is not None and mc.kind == PRODUCT for g in refs.children(c) if g.i > c.i]
        kids += [g for c in kids if c.dep_ == "prep" and fold(c.text) == "of" for g in refs.children(c) if g.dep_ == "pobj"]
        owners = [c for c in kids if (c.dep_ in ("poss", "compound", "nmod:poss", "pobj") or c.dep_ == "nmod"
                                      and any(fold(g.text) in ("de", "d", "of") for g in refs.children(c)))
                  and (refs.mention(c).kind == COMPANY if refs.mention(c) is not None else c.pos_ == "PROPN")]
        return list(dict.fromkeys(owners + [g for c in kids for g in self._announced(c, refs)]))

    def _announced(self, c, refs) -> list:
        """'new phones of its sister company Brio Mobile': the names a company noun after 'of' announces."""
        if c.dep_ not in ("pobj", "nmod") or c.pos_ != "NOUN" \
                or fold(c.lemma_) not in self.lang.words("company_nouns", "subsidiary_nouns"):
            return []
        return [g for g in refs.children(c) if g.dep_ in ("appos", "flat:name", "compound") and g.i > c.i
                and (m := refs.mention(g)) is not None and m.kind == COMPANY]

    def _at_members(self, t, args, refs):
        """The noun itself, for the names it lists ('customers like Apple and AMD', 'clients chinois, dont SMIC')."""
        return [t] if refs._listed(t) else []

    def _at_xsubj(self, t, args, refs):
        """The subject of the verb a noun trigger depends on ('X placed orders', 'X signed a deal', 'Meta is in
        talks to buy')."""
        h, shares = t, False
        for _ in range(4):
            if h.head.i == h.i:
                break
            h = h.head
            if h.pos_ in ("VERB", "AUX"):
                break
            shares = shares or fold(h.lemma_) in self.lang.words("output_shares")
        if shares and h.pos_ == "VERB" and fold(h.lemma_) in self.lang.words("share_taking_verbs") and not any(
                fold(c.lemma_) in self.lang.words("charge_words") for c in refs.children(h) if c.dep_ in ("prt", "obl:arg")):
            # 'Apple prendrait la moitié de la production 3 nm de TSMC': a share bought, not made (but 'prendre à
            # sa charge le tiers de la fabrication', 'take on half of it': a share of the making taken on)
            return []
        if h.pos_ == "VERB" and fold(h.lemma_) in self.lang.words("effect_verbs") and not any(
                c.dep_.startswith("nsubj") and fold(c.lemma_) in self.lang.words("facility_heads") for c in refs.children(h)):
            # 'by enabling the production of chips', 'Apple va peser sur la production': not its maker ('TSMC's new
            # fab will enable production of 2nm chips' is: a plant's owner makes what it enables)
            return []
        if h.pos_ in ("VERB", "AUX") or h.dep_ == "ROOT":
            return self._at_subj(h, args, refs)
        return []

    # --- surface fallbacks
    def _clause(self, t, refs: Refs) -> tuple[int, int]:
        """Character offsets (sentence-relative) of the trigger's clause, cut at the language's clause breaks."""
        cached = refs.clauses.get(t.i)
        if cached is not None:
            return cached
        if refs.breaks is None:  # every place a break starts, the longest break there: found once per sentence
            low = refs.p.sentence.casefold()
            refs.breaks = len(low), [m.span(1) for m in self.breaks_re.finditer(low)]
        lo, (hi, breaks) = 0, refs.breaks
        pos = refs.p.pos(t) - refs.start
        end = refs.p.end_pos(t) - refs.start
        for a, b in breaks:
            if b <= pos:
                lo = max(lo, b)
            elif a > end:
                hi = min(hi, a)
        text = refs.p.sentence
        opened = text.rfind("(", 0, pos)
        if opened >= 0 and text.find(")", opened, pos) < 0 and (closed := text.find(")", end)) >= 0 \
                and len(text[opened + 1:closed].split()) >= 3:
            # a trigger inside a bracketed insert reaches no further than its end; a bracketed name
            # ('high bandwidth memory (HBM) from Samsung') is not an insert
            hi = min(hi, closed)
        refs.clauses[t.i] = lo, hi
        return lo, hi

    def _role_clause(self, t, refs: Refs) -> tuple[int, int]:
        """The trigger's clause as the surface fallbacks of roles read it: also cut at a conjoined clause with a
        subject of its own ('Kelvor will provide the racks and AMD will ship its own accelerators': AMD is no
        customer of the racks). Qualifiers read the whole clause (:meth:`_clause`): a hedge or a tense may
        govern both conjuncts."""
        cached = refs.role_clauses.get(t.i)
        if cached is not None:
            return cached
        lo, hi = self._clause(t, refs)
        verb = t
        for _ in range(len(refs.tokens)):  # bounded: a repaired tree must not make this climb endless
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.i > t.i]
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            conjuncts.append(verb)
        for v in conjuncts:
            if v.pos_ in ("VERB", "AUX") and any(c.dep_.startswith(SUBJ_DEPS) for c in refs.children(v)):
                at = refs.p.pos(v.doc[min(x.i for x in v.subtree)]) - refs.start
                if v is verb:
                    lo = max(lo, at)
                else:
                    hi = min(hi, at)
        if verb.dep_ == "advcl" and verb.head.i > verb.i and max(x.i for x in verb.subtree) < verb.head.i \
                and "Inf" in feature(verb, "VerbForm"):
            # 'Pour fournir ses clients, Kelvor a acheté des puces à Samsung': a purpose set before the main clause
            # ends where its words end (not 'Built by Foxconn for Nvidia, the racks ...', whose goods follow)
            hi = min(hi, refs.p.end_pos(verb.doc[max(x.i for x in verb.subtree)]) - refs.start)
        refs.role_clauses[t.i] = lo, hi
        return lo, hi

    def _mention_heads(self, refs: Refs, lo: int, hi: int) -> list:
        out = []
        for m in refs.mentions:
            a = m.start - refs.start
            if lo <= a < hi:
                h = refs.head(m)
                if h is not None and h not in out:
                    out.append(h)
        return out

    def _rel(self, t, refs: Refs) -> int:
        return refs.p.pos(t) - refs.start

    def _surface_left(self, t, args, trigger, refs):
        if _is_passive(trigger, refs) and trigger.dep_ not in ("acl", "amod"):
            return []  # 'Samsung's chips will be used in ...': the name on the left is what is acted on
        lo, hi = self._role_clause(trigger, refs)
        heads = [h for h in self._mention_heads(refs, lo, self._rel(trigger, refs)) if h.i < trigger.i]
        out = [h for h in reversed(heads) if self._open_gap(refs, h, trigger)]
        before = [x for x in refs.tokens[:trigger.i] if x.pos_ not in ("ADV", "AUX", "PART")]
        if before and before[-1].text == ",":
            # 'Arm, détenu majoritairement par SoftBank, vend', 'Alibaba et Tencent, tous deux très investis dans
            # l'IA, ont commandé': the subject stands before the insert
            commas = [x.i for x in refs.tokens[:trigger.i] if x.text == ","]
            if len(commas) >= 2:
                opening = refs.tokens[commas[-2]]
                first = [h for h in heads if h.i < opening.i]
                if first and first[-1].i == opening.i - 1:
                    listed = [h for h in reversed(first) if self._open_gap(refs, h, opening)]
                    return (listed if not out else [first[-1]]) + out
        return out

    def _surface_right(self, t, args, trigger, refs):
        lo, hi = self._role_clause(trigger, refs)
        heads = [h for h in self._mention_heads(refs, refs.p.end_pos(trigger) - refs.start, hi) if h.i > trigger.i]
        return [h for h in heads if self._open_gap(refs, trigger, h)]

    def _surface_maker(self, t, args, trigger, refs):
        """The maker of the first product named after the trigger in its clause, if the article names it:
        'il fournira la moitié des processeurs des futurs Galaxy' supplies Samsung. With ``args``, only a product
        of those types counts ('~maker(device)': 'the only supplier of Pixel 10 camera modules', not 'the supplier of
        CoWoS packaging', which is the goods themselves)."""
        lo, hi = self._role_clause(trigger, refs)
        for h in self._mention_heads(refs, refs.p.end_pos(trigger) - refs.start, hi):
            m = refs.mention(h)
            if args and (m.ptype or getattr(refs.entity_of(m), "ptype", None)) not in args:
                continue
            # a complement of another noun ('des processeurs de la gamme Galaxy S26'), not a second object of
            # the trigger ('le matériel, notamment des processeurs Nvidia': the goods themselves)
            of_noun = h.head.pos_ in ("NOUN", "PROPN") or h.dep_ == "pobj" and h.head.head.pos_ in ("NOUN", "PROPN") \
                or self._destined(h, refs)
            if of_noun and h.head.head.i == trigger.i and h.head.dep_ in ("obj", "dobj") and h.dep_ != "conj" \
                    and min(x.i for x in h.subtree) == h.head.i + 1 and not any(
                        g.dep_ in ("case", "prep") for g in refs.children(h)):
                continue  # 'a expédié 20 000 serveurs DGX B200': the name of the goods the trigger takes, not a device
            x = h.head
            while x.head.i != x.i and x.head.i != trigger.i and (refs.container(x) or x.pos_ == "NUM"):
                x = x.head  # 'quelques centaines de milliers de ces cartes': counted, they are the goods
            if x.i != h.i and x.head.i == trigger.i and x.dep_ in ("obj", "dobj") and (refs.container(x) or x.pos_ == "NUM"):
                continue
            if h.i > trigger.i and m.kind == PRODUCT and of_noun and h.head.i != h.i \
                    and not self._subjects_own(h, trigger, refs):
                found = self._at_maker(h, args, refs)
                if found:
                    return found
        return []

    def _destined(self, h, refs: Refs) -> bool:
        """Whether a product is where goods go, named under a participle of destination on a noun: 'the panels
        destined for the iPhone 18', 'les écrans destinés à l'iPhone 18' (not 'chips similar to the H100')."""
        p = h.head.head if h.dep_ == "pobj" else h.head  # English hangs the product on a preposition
        return p.dep_ in ("acl", "amod") and p.head.pos_ in ("NOUN", "PROPN") and p.i != h.i \
            and bool({fold(p.lemma_), fold(p.text)} & self.lang.words("destination_words"))

    def _subjects_own(self, h, trigger, refs: Refs) -> bool:
        """Whether the trigger's subject calls the product its own ('it plans to provide samples of its HBM3E chips
        to customers'): then the product is what is sold, and its maker is no customer."""
        noun = h.head if h.dep_ in ("compound", "amod", "nmod", "flat", "appos") and h.head.pos_ == "NOUN" else h
        poss = [c for x in {h, noun} for c in refs.children(x) if c.dep_ in ("poss", "nmod:poss", "det:poss")
                or c.dep_ == "det" and fold(c.text) in self.lang.words("possessive_determiners")]
        if not poss:
            return False
        subj = {e for x in self._at_subj(trigger, (), refs) for e in refs.refer(x, COMPANY)}
        return any(e in subj for c in poss for e in refs.refer(c, COMPANY))

    def _open_gap(self, refs: Refs, a, b) -> bool:
        """Whether only function words, numbers, adjectives, units or product nouns stand between two tokens, so
        that a name found by position belongs to the trigger ('qui livrera à Veltrix quelque 5 000 processeurs')."""
        allowed = self.allowed_nouns
        for x in refs.tokens[min(a.i, b.i) + 1:max(a.i, b.i)]:
            if refs.mention(x) is not None:
                continue
            if x.pos_ in ("NOUN", "PROPN", "VERB") and fold(x.text) not in allowed and fold(x.lemma_) not in allowed \
                    and not self._spelled_out(x, refs) and not self._own_partners(x, refs):
                return False
        return True

    def _own_partners(self, x, refs: Refs) -> bool:
        """'a commandé à ses fournisseurs 68 millions d'iPhone', 'ordered from its suppliers 5,000 servers': the
        subject's own partners, unnamed, between a trade verb and its goods."""
        return x.pos_ == "NOUN" and fold(x.lemma_) in self.lang.words("relational_nouns") and any(
            fold(c.text) in self.lang.words("possessive_determiners") for c in refs.children(x))

    @staticmethod
    def _spelled_out(x, refs: Refs) -> bool:
        """Whether noun ``x`` belongs to the spelled-out form of a product named right after it in brackets:
        'accelerated processing units (APUs)'."""
        n = x.head if x.dep_ in ("compound", "amod") else x
        return any(c.dep_ == "appos" and c.i > 0 and refs.tokens[c.i - 1].text == "(" and (m := refs.mention(c)) is not None
                   and m.kind == PRODUCT for c in refs.children(n))

    def _surface_next(self, t, args, trigger, refs):
        """The nearest name after the trigger with no verb, comma or clause break between
        ('la filiale de conception de puces de Huawei')."""
        lo, hi = self._role_clause(trigger, refs)
        for x in refs.tokens[trigger.i + 1:]:
            if self._rel(x, refs) >= hi or x.pos_ in ("VERB", "AUX") or x.text in (",", ";", ":", "(", ")"):
                break
            if fold(x.text) in self.lang.words("recipient_prepositions"):
                break  # 'vend 51 % de sa filiale à Silver Lake': the name after 'à' receives, it is not the filiale
            m = refs.mention(x)
            if m is not None:
                return [refs.head(m)] + self._surface_next(x, args, x, refs) if m.kind != COMPANY else [refs.head(m)]
        return []

    def _surface_others(self, t, args, trigger, refs):
        """'CXMT and 11 other Huawei suppliers', 'SMIC et d'autres fournisseurs de Huawei': the name that 'and
        other' joins to the noun's members, whatever the parse made of the coordination."""
        others = self.lang.words("other_words")
        toks = refs.tokens
        i = trigger.i - 1
        while i >= 0 and trigger.i - i <= 6 and fold(toks[i].text) not in others and (
                toks[i].dep_ in ("compound", "amod", "nummod", "nmod", "flat") or refs.mention(toks[i]) is not None):
            i -= 1  # the noun's modifiers: 'Huawei', 'key', 'Chinese'
        if i < 1 or fold(toks[i].text) not in others:
            return []
        i -= 1
        while i >= 1 and (toks[i].like_num or fold(toks[i].text) in ("d", "de", "des")):
            i -= 1  # '11 other', "d'autres"
        if i < 1 or fold(toks[i].text) not in self.lang.words("list_conjunctions"):
            return []
        m = refs.mention(toks[i - 1])
        e = refs.entity_of(m) if m is not None and m.kind == COMPANY else None
        # the entity itself: the name's conjunct is the noun, whose members it would add
        return [_virtual(refs, e)] if e is not None else []

    def _surface_near(self, t, args, trigger, refs):
        return self._surface_right(t, args, trigger, refs) or self._surface_left(t, args, trigger, refs)

    def _surface_after(self, t, args, trigger, refs, reach: int | None = None):
        """The names right after one of the words ``args`` that follows the trigger in its clause (within
        ``reach`` tokens of the trigger when given), nearest first."""
        lo, hi = self._role_clause(trigger, refs)
        words = [fold(a) for a in args]
        doc = refs.doc
        out = []
        stop = len(doc) if reach is None else min(len(doc), trigger.i + 1 + reach)
        for w in doc[trigger.i + 1:stop]:
            if self._rel(w, refs) >= hi:
                break
            pair = f"{fold(w.text)} {fold(w.nbor(1).text)}" if w.i + 1 < len(doc) else ""
            if pair in words:
                w = w.nbor(1)
            if pair in words or fold(w.text) in words or _CONTRACTIONS.get(w.lower_) in words:
                if w.tag_ == "TO" and w.pos_ == "PART" or w.dep_ == "mark":
                    continue  # 'contracted Dell to build ...': an infinitive's 'to' introduces no party
                if w.pos_ == "AUX" or fold(w.lemma_) == "avoir":
                    continue  # 'qui a déjà retenu ...': the verb 'a' folds to the preposition 'à'; it is none
                if w.i + 1 < len(doc) and compared_demonstrative(doc[w.i + 1], self.lang):
                    continue  # 'une part supérieure à celle de Kioxia', 'similar to that of Micron': a comparison
                if w.i > 0 and self._compared_by(doc[w.i - 1]):
                    continue  # 'equivalent to three Nvidia chips', 'supérieure à Nvidia': a point of comparison
                if w.i + 1 < len(doc) and doc[w.i + 1].pos_ in ("VERB", "AUX"):
                    continue  # 'à savoir des composants X', 'à produire': an infinitive, not the one supplied
                if self._unnamed_party_after(w, refs):
                    break  # 'ses livraisons à un client accusé de revendre ... à Huawei': said, without a name
                for x in doc[w.i + 1:w.i + 6]:
                    if self._rel(x, refs) >= hi:
                        break
                    if x.i > w.i + 1 and (fold(x.text) in self.lang.words("phrase_breakers")
                                          or fold(x.text) in self.lang.words("comparison_introducers")):
                        break  # 'for training, with Nvidia GPUs', 'pour ses smartphones, comme Apple': another phrase
                    m = refs.mention(x)
                    if m is not None and refs.head(m) not in out:
                        out.append(refs.head(m))
                    elif m is None and x.i == w.i + 1 and x.text[:1].isupper() and x.pos_ in ("PROPN", "NOUN") \
                            and not dictionary_word(x) and x not in out:
                        out.append(x)  # 'livré 3 000 serveurs à Orbix': a name no layer typed (a role may take it)
        return out

    def _party_noun(self, x, refs: Refs) -> bool:
        """A noun that says a party without naming it ('customers', 'un client', 'partners')."""
        return x.pos_ == "NOUN" and refs.mention(x) is None \
            and fold(x.lemma_) in self.lang.words("relational_nouns", "customer_descriptors")

    def _unnamed_party_after(self, w, refs: Refs) -> bool:
        """Whether the phrase after preposition ``w`` is a party noun with no name of its own ('à un client', 'to
        customers'), as opposed to one its brackets, apposition or list name ('à ses partenaires (Asus, MSI)', 'on
        suppliers such as Skyworks')."""
        doc = refs.doc
        x = next((y for y in doc[w.i + 1:w.i + 4] if y.pos_ not in ("DET", "ADJ", "NUM")), None)
        if x is None or not self._party_noun(x, refs):
            return False
        after = doc[x.i + 1:x.i + 4]
        if len(after) >= 2 and after[0].text in ("(", ",", ":") and refs.mention(after[1]) is not None:
            return False
        said = " ".join(fold(y.text) for y in after)  # 'on suppliers such as Skyworks', 'à des clients comme Dell'
        return not any(said == w or said.startswith(w + " ") for w in self.lang.words("list_introducers"))

    def _compared_by(self, x) -> bool:
        """Whether ``x`` is an adjective of comparison ('equivalent', 'similar', 'supérieure'; cue
        comparison_adjectives): the preposition after it introduces what is compared, not a party."""
        words = self.lang.words("comparison_adjectives")
        return x.pos_ in ("ADJ", "VERB", "ADV") and (fold(x.lemma_) in words or fold(x.text) in words)

    def _surface_attached(self, t, args, trigger, refs):
        """The name right after one of the words ``args`` that hangs from the trigger through no verb, when the parse
        lost the word's object ('won orders worth some $40 million from Austrian tram maker Orvane Rail'; not 'won
        the order after Orvane withdrew from the tender', 'orders, with parts sourced from Brimco')."""
        _, hi = self._role_clause(trigger, refs)
        words, doc = {fold(a) for a in args}, refs.doc
        for w in doc[trigger.i + 1:]:
            if self._rel(w, refs) >= hi:
                break
            if fold(w.text) not in words:
                continue
            x = w.head
            while x.i != trigger.i and x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
                x = x.head
            if x.i != trigger.i:
                continue
            for y in doc[w.i + 1:w.i + 6]:
                if self._rel(y, refs) >= hi:
                    break
                m = refs.mention(y)
                if m is not None:
                    return [refs.head(m)]
            return []
        return []

    def _listed_after(self, x, refs) -> list:
        """The names listed after the name at ``x`` ('pour Apple, AMD, NVIDIA et autres'), where a comma would end
        the clause: a run of names of the same kind, separated by commas, that a coordinator closes."""
        doc, first = refs.doc, refs.mention(x)
        run, closed, last = [], False, first
        described = None  # descriptors read since the last separator ('et le coréen Norvatek'), or None
        for w in doc[x.i + 1:x.i + 24]:
            m = refs.mention(w)
            if m is not None and m is last:
                continue
            if w.text == ",":
                described = 0
                continue
            if fold(w.text) in self.lang.words("list_coordinators"):
                closed, described = True, 0
                continue
            if m is None and described is not None and described < 3 and (
                    w.pos_ in ("DET", "ADJ") or w.pos_ == "NOUN" and w.text.islower()):
                described += 1
                continue
            described = None
            if m is None or m.kind != first.kind:
                if closed and fold(w.text) in self.lang.words("list_closers") and run:
                    return run  # '... et autres', '... and others'
                break
            run.append(refs.head(m))
            last = m
        return run if closed and run else []

    def _surface_close(self, t, args, trigger, refs):
        """Like ``~after``, with the word at most three tokens after the trigger ('la puce H20 de Nvidia'), and
        no verb of using or buying, nor a noun of trade (cue trade_nouns), between them: in 'the HBM chips used by Nvidia' the name after 'by' takes the chips,
        where in 'the Q7 parts offered by Kestrel' it is their maker."""
        trade = self.lang.words("trade_nouns")
        # nor a trade noun: in 'won HBM orders from Nvidia' the name after 'from' places the orders
        # nor any verb when the product only qualifies another noun: in 'the cells of the SU7 come from Brimco, made
        # by ...' or 'les cellules de la SU7 sont livrées par Brimco' the name supplies the cells, not the car
        inner = trigger.dep_ in ("pobj", "nmod") and trigger.head.i < trigger.i
        reach = next((k for k, x in enumerate(refs.doc[trigger.i + 1:trigger.i + 4])
                      if x.pos_ == "VERB" and (inner or fold(x.lemma_) in self.taker_verbs)
                      or x.pos_ == "NOUN" and fold(x.lemma_) in trade), 3)
        return self._surface_after(t, args, trigger, refs, reach=reach)[:1] if reach else []

    def _surface_before(self, t, args, trigger, refs):
        """The name right before one of the words ``args`` that precedes the trigger in its clause."""
        lo, hi = self._role_clause(trigger, refs)
        words = [fold(a) for a in args]
        doc = refs.doc
        for w in reversed(doc[:trigger.i]):
            if self._rel(w, refs) < lo:
                break
            if fold(w.text) in words:
                for x in reversed(doc[max(0, w.i - 4):w.i]):
                    m = refs.mention(x)
                    if m is not None:
                        return [refs.head(m)]
        return []

    def _surface_premod(self, t, args, trigger, refs):
        """The names right before the trigger that modify it, a list too, whatever the parse ('a major Vivo,
        Honor and Lenovo supplier')."""
        out = []
        for w in reversed(refs.doc[:trigger.i]):
            m = refs.mention(w)
            if m is not None and m.kind == COMPANY or m is None and w.pos_ == "PROPN" and w.text[:1].isupper():
                # (a name no list knows is typed by the role; a word in lower case is none: 'LEO broadband provider')
                h = refs.head(m) if m is not None else w
                if h not in out:
                    out.append(h)
                continue
            if out and (w.text == "," or fold(w.text) in self.lang.words("list_coordinators")):
                continue
            break
        return out[::-1]

    def _surface_colon(self, t, args, trigger, refs):
        """The names listed after a colon at most four words after the trigger ('plusieurs clients IA : OpenAI,
        Anthropic et Mistral AI'), up to the end of the sentence."""
        doc = refs.doc
        colon = next((w for w in doc[trigger.i + 1:trigger.i + 6] if w.text == ":"), None)
        return [] if colon is None else _names_from(refs, colon.i + 1, (".", ";", ":"), ("VERB",))

    def _surface_bracketed(self, t, args, trigger, refs):
        """The names in brackets right after the trigger's noun and its adjectives, whatever the parse made of the list
        ('ses grands comptes (Renault, Valeo, Stellantis)': the last name is often hung elsewhere)."""
        doc = refs.doc
        i = trigger.i + 1
        while i < len(doc) and doc[i].pos_ == "ADJ":
            i += 1
        if i + 1 >= len(doc) or doc[i].text != "(":
            return []
        return _names_from(refs, i + 1, (")", ".", ";", ":"), ())

    def _surface_apposed(self, t, args, trigger, refs):
        """The names set in apposition right after the trigger's noun and a comma or a dash, whatever the parse:
        'Orvane et ses deux sous-traitants, Brio et Kestrel, ...' (the French parser coordinates them with the noun),
        'cinq fournisseurs de câbles – l'Italien Brio, le Danois Kestrel et ...', each name with its descriptor."""
        doc = refs.doc
        i = trigger.i + 1
        while i < len(doc) and doc[i].pos_ == "ADJ":
            i += 1
        if i + 2 < len(doc) and doc[i].pos_ == "ADP" and getattr(refs.mention(doc[i + 1]), "kind", None) in (GOVERNMENT, PLACE):
            i += 2  # 'two contract manufacturers in Mexico, Jabil, Flex and Sanmina'
        elif i + 2 < len(doc) and doc[i].pos_ == "ADP" and doc[i + 1].pos_ == "NOUN" \
                and getattr(refs.mention(doc[i + 1]), "kind", PRODUCT) == PRODUCT:
            j = i + 2  # 'fournisseurs de câbles (européens) – ...': the trigger's own complement, before a dash
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1
            i = j if j < len(doc) and doc[j].text in _DASHES else i
        if i + 1 >= len(doc) or doc[i].text not in (",", *_DASHES):
            return []
        first = self._described_name(doc, i + 1, refs)
        if first is None:
            return []
        end = first  # the list goes on over a comma that a name, or a descriptor and a name, follows
        while end < len(doc) and not (doc[end].text in (".", ";", ":", "(", *_DASHES) or doc[end].pos_ in ("VERB", "AUX")
                                      or (doc[end].text == "," and self._described_name(doc, end + 1, refs) is None)):
            end += 1
        return [x for x in _names_from(refs, first, (), ()) if x.i < end]

    @staticmethod
    def _described_name(doc, i: int, refs: Refs) -> int | None:
        """Where the name at token ``i`` starts, after at most a determiner and a descriptor ('l'Italien Brio', 'le
        Français Kestrel'), or None if no name comes there."""
        for j in range(i, min(i + 3, len(doc))):
            if refs.mention(doc[j]) is not None:
                return j
            if doc[j].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or doc[j].text in (",", *_DASHES):
                return None
        return None

    def _surface_copula(self, t, args, trigger, refs):
        """The names right after the copula of the phrase the trigger opens, whatever the parse: 'Les principaux
        fournisseurs d'Apple sont Orvane et Brio' (the French parser takes 'sont' for punctuation there). No verb
        or clause break may stand between the trigger and the copula, and only an adverb after it ('notamment')."""
        doc = refs.doc
        copulas = self.lang.words("copula_forms")
        for w in doc[trigger.i + 1:trigger.i + 8]:
            if fold(w.text) in copulas:
                i = w.i + 1
                while i < len(doc) and doc[i].pos_ == "ADV":
                    i += 1
                return _names_from(refs, i, (".", ";", ":", "("), ("VERB", "AUX")) \
                    if i < len(doc) and refs.mention(doc[i]) is not None else []
            if w.pos_ in ("VERB", "AUX") or w.text in ",;:(":
                return []
        return []

    def _surface_list(self, t, args, trigger, refs):
        return self._surface_after(t, tuple(self.lang.cue("list_introducers")), trigger, refs)

    def _surface_poss(self, t, args, trigger, refs):
        """A possessive just before a name, whatever the parse ('sa puce HBM3E', "Samsung's new HBM3E")."""
        doc = refs.doc
        trade = trigger.head if trigger.dep_ in ("compound", "nmod", "amod") \
            and fold(trigger.head.lemma_) in self.lang.words("trade_nouns") else None

        def owner(x) -> list:
            # "Nvidia's HBM4 supply", 'ses commandes de HBM4': the possessive is the trade's, whose owner buys
            return [] if trade is not None and x.head.i == trade.i else [x]

        dets = set(self.lang.cue("possessive_determiners"))
        heads = self.lang.cue("product_heads")
        for x in reversed(doc[max(0, trigger.i - 5):trigger.i]):
            low = fold(x.text)
            if low in dets:
                return owner(x)
            if x.text in ("'s", "'") and x.i > 0:
                return owner(doc[x.i - 1])
            if x.pos_ in ("ADJ", "NUM") or low in heads or refs.mention(x) is not None and refs.mention(x).kind == PRODUCT:
                continue
            if x.pos_ == "PROPN" and refs.mention(x) is not None and x.i == trigger.i - 1:
                return [x]  # 'Nvidia H20'
            break
        return []

    def _surface_appos(self, t, args, trigger, refs):
        """The name a noun stands in apposition to, whatever the parse: 'TSMC, sous-traitant de STMicro'; after
        another step, the name the word reached stands for ('@obj ~appos': 'qui fournit en particulier Renault, le
        numéro deux des constructeurs, en capteurs')."""
        i = t.i - 1
        while i >= 0 and (refs.tokens[i].pos_ in ("DET", "ADJ", "ADV", "NUM") or fold(refs.tokens[i].text) in ("one", "un", "une")):
            i -= 1
        owned = any(c.dep_ in ("det", "poss", "nmod:poss") and fold(c.text) in self.lang.words("possessive_determiners")
                    for c in refs.children(t))  # "l'américain et ses fournisseurs, A et B": its suppliers, not it
        if t.i == trigger.i and i >= 0 and refs.tokens[i].dep_ == "cc" and not owned and (
                refs.tokens[i].head.i == t.i or t.dep_ == "conj"):
            # 'Saft, spécialiste des batteries et filiale de Total': the second noun of the apposition is its too
            named = refs.apposition_name(t)
            return [named] if named is not None else []
        if i < 1 or refs.tokens[i].text != "," or t.i != trigger.i and i - 1 <= trigger.i:
            return []  # after a step, only a name between the trigger and the word ('le supercalculateur sera fourni')
        x = refs.tokens[i - 1]
        m = refs.mention(x)
        if m is None and (not plural(t) or x.pos_ != "PROPN"):
            return []
        named = refs.head(m) if m is not None else x  # (a name no layer typed: the role may take it)
        return [*self._listed_before(x, refs), named] if plural(t) else [named]

    def _listed_before(self, x, refs) -> list:
        """The names listed before the name at ``x``, which a coordinator joins to it ('Foxconn et Pegatron, deux
        sous-traitants d'Apple': a plural apposition after a list describes all its names), nearest last; a proper
        name no layer typed counts, as the role that takes it decides."""
        doc, m = refs.doc, refs.mention(x)
        out: list = []
        j = x.i
        while m is not None and j > 0 and refs.mention(doc[j - 1]) is m:
            j -= 1  # the start of the name
        while j > 1 and (doc[j - 1].text == "," or fold(doc[j - 1].text) in self.lang.words("list_coordinators")):
            y = doc[j - 2]
            prev = refs.mention(y)
            if prev is None and y.pos_ != "PROPN" or prev is not None and prev.kind != COMPANY:
                break
            out.insert(0, refs.head(prev) if prev is not None else y)
            j -= 2
            while prev is not None and j > 0 and refs.mention(doc[j - 1]) is prev:
                j -= 1
        return out

    def _surface_whose(self, t, args, trigger, refs):
        """The name before a possessive relative pronoun that opens the trigger's clause, whatever the parse:
        'Tesla, dont le groupe est l'un des principaux fournisseurs' (Tesla's supplier), 'Veltrix, whose supplier'."""
        words = self.lang.words("relative_possessives")
        for x in reversed(refs.tokens[max(0, trigger.i - 10):trigger.i]):
            if x.text in (",", ";", ":", "(", ")") and x.i < trigger.i - 1 and fold(refs.tokens[x.i + 1].text) not in words:
                return []  # another phrase lies between: the pronoun does not open the trigger's clause
            if fold(x.text) in words:
                before = _word_before(x, refs)
                return before if before and refs.mention(before[0]) is not None else []
        return []

    def _surface_subject(self, t, args, trigger, refs):
        """The sentence's subject: the root's, else a name the broken parse made the root, else the name that
        opens the sentence."""
        root = next((x for x in refs.tokens if x.head.i == x.i), None)
        if root is None:
            return []
        subj = [c for c in refs.children(root) if c.dep_.startswith(SUBJ_DEPS)]
        if subj:
            return subj
        if refs.mention(root) is not None:
            return [root]
        first = refs.tokens[0]
        return [first] if refs.mention(first) is not None else []

    def _surface_topic_maker(self, t, args, trigger, refs):
        """'Orbix lance la montre Zeta. Les fournisseurs taïwanais sont Kelvor et Zentek': a definite supplier noun
        that says nothing of whose suppliers they are supplies the device the article named in this sentence or the
        one before, so its maker, or takes up suppliers the sentence before mentioned without naming them ('Orbix
        relies on Asian suppliers. The suppliers are ...'). Not the company the sentence before was about as such:
        'Samsung lost share. The leading suppliers are SK Hynix and Micron' names its rivals."""
        for c in refs.children(trigger):
            m = refs.mention(c)
            if c.dep_ in ("nmod", "prep", "poss", "nmod:poss", "acl", "relcl", "acl:relcl") or (
                    m is not None and m.kind == COMPANY):
                return []  # 'the suppliers of X', 'Apple's suppliers', 'Apple suppliers': the clause says whose
        definite = self.lang.words("definite_determiners", "anaphoric_determiners")
        if not any(c.dep_ == "det" and fold(c.text) in definite for c in refs.children(trigger)):
            return []  # 'suppliers are struggling': no particular ones
        if any(fold(c.text) in self.lang.words("other_words") for c in refs.children(trigger)):
            return []  # 'the other suppliers': of what the sentence before said, whatever it was
        unnamed = refs.disc.unnamed_suppliers
        if unnamed is not None and unnamed[0] == refs.disc.sentence - 1:
            return [_virtual(refs, e) for e in unnamed[1]]
        # 'the memory suppliers' after a chip: suppliers of a part, so of any product's maker; else of a device's
        part = any(c.dep_ in ("compound", "amod") and (m := refs.mention(c)) is not None and m.kind == PRODUCT
                   for c in refs.children(trigger))
        p = refs.disc.last_product(None if part else "device")
        if p is None or p.last < refs.disc.sentence - 1:
            return []
        e = refs.disc.company(refs.disc.maker_name(p))
        return [] if e is None else [_virtual(refs, e)]

    def _surface_focus(self, t, args, trigger, refs):
        e = refs.disc.focus()
        return [] if e is None else [_virtual(refs, e)]

    def _at_maker(self, t, args, refs):
        """The company that makes a product, if the article names it: 'orders for the iPhone 17' are Apple's."""
        m = refs.mention(t)
        if m is None and {fold(t.lemma_), fold(t.text)} & self.lang.words("version_nouns"):
            # 'for early versions of the iPhone', 'pour les premières versions de l'iPhone': the product's maker
            m = next((x for g in refs.complements(t) if (x := refs.mention(g)) is not None and x.kind == PRODUCT), None)
            if m is None or m.generic:  # 'the next generation of Orvane's phones': a device no list names, its owner
                goods = [g for g in refs.complements(t) if refs.goods_noun(g)]
                owners = [o for g in goods for o in self._at_owner(g, args, refs)] + (
                    self._at_owner(t, args, refs) if goods else [])  # ('génération de smartphone d'Apple')
                if owners:
                    return owners[:1]
        if m is None and t.pos_ == "NOUN" and (fold(t.text) in self.part_nouns or fold(t.lemma_) in self.part_nouns):
            # 'orders for iPad Pro screens', 'the Galaxy S27 range': the parts or the line of a device are its maker's
            # (not 'iPhone rivals', 'les fournisseurs de l'iPhone')
            m = _product_on(t, ("compound", "nmod", "appos", "flat:name"), refs, "device")
        if m is None and t.dep_.startswith("nsubj") and refs.goods_noun(t):
            # "Kelvor's X4 chip has won orders": the chip named in the compound wins them (as a complement, 'samples
            # for its HBM3E chips', the chips are no device whose maker buys)
            m = _product_on(t, ("compound", "flat", "flat:name", "appos"), refs)
        if m is None or m.kind != PRODUCT:
            return []
        product = refs.entity_of(m)
        noun = t.head if t.dep_ in ("compound", "nmod", "flat", "flat:name", "appos") and t.head.pos_ == "NOUN" else t
        written = [c for c in (*self._at_poss(t, (), refs), *self._at_poss(noun, (), refs)) if c.pos_ == "PROPN"
                   and refs.refer(c, COMPANY)]
        if written and (product is None or not product.maker):
            # 'les puces M1 d'Apple': the owner written on the phrase, not the foundry the article said makes them
            return [written[0]]
        name = product.maker if product is not None and product.maker else refs.disc.makers.get(fold(m.name)) \
            or refs.disc.lex.maker_of(m.name)
        e = next((e for e in refs.disc.companies() if e.name == name), None) if name else None
        if e is None and name and refs.disc.lex.company(name) == name:
            # 'the modem chips for the iPhone 6s' are Apple's even where the article never names Apple: the
            # lexicon knows who makes the iPhone
            a = refs.p.pos(t)
            e = refs.disc.entity(Mention(a, a, name, name, COMPANY, source="knowledge"))
        if e is None:  # "Kelvor's X4 chip": a product no list knows, its owner named on its noun
            owner = [c for c in refs.children(t) if is_possessive(c) and c.pos_ == "PROPN"
                     and (x := refs.mention(c)) is not None and x.kind == COMPANY]  # a name, not 'its'
            return owner[:1]
        return [_virtual(refs, e)]


def _product_on(t, deps: tuple[str, ...], refs: Refs, ptype: str | None = None) -> Mention | None:
    """The product named on noun ``t`` by a child of one of ``deps`` ('iPad Pro screens', 'its X4 chip'), of kind
    ``ptype`` when given."""
    return next((x for g in refs.children(t) if g.dep_ in deps and (x := refs.mention(g)) is not None
                 and x.kind == PRODUCT and (ptype is None or x.ptype == ptype)), None)


def _word_before(t, refs: Refs) -> list:
    """The word right before ``t`` within three tokens, punctuation skipped ('Kioxia' in 'Kioxia, qui'), or none;
    a bracket right before is skipped whole ('Volvo Cars (owned by Geely), which': Volvo Cars)."""
    i = t.i - 1
    while i >= 0 and refs.tokens[i].text == ",":
        i -= 1
    if i > 0 and refs.tokens[i].text == ")":
        opened = next((x.i for x in reversed(refs.tokens[max(0, i - 25):i]) if x.text in ("(", ")")), None)
        inside = refs.tokens[opened + 1:i] if opened is not None else []
        if opened is not None and refs.tokens[opened].text == "(" and any(x.pos_ in ("VERB", "AUX") for x in inside):
            return _word_before(refs.tokens[opened], refs)  # an insert that says something; '(TSMC), qui' is TSMC
    return [x for x in refs.tokens[max(0, t.i - 3):t.i] if x.pos_ != "PUNCT"][-1:]


def _virtual(refs: Refs, e: Entity) -> _Virtual:
    """A stand-in token for ``e``, under an index no real token has."""
    i = min([k for k in refs.extra if k < 0], default=0) - 1
    refs.extra[i] = e
    return _Virtual(i)


class _Virtual:
    """A stand-in token for an entity the discourse supplies (``~focus``)."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.conjuncts = ()
        self.text = ""
        self.pos_ = "X"
        self.lemma_ = ""
        self.morph = _NoMorph()
        self.dep_ = ""
        self.tag_ = ""
        self.lower_ = ""
        self.ent_type_ = ""
        self.children = ()
        self.subtree = ()
        self.ancestors = ()
        self.head = self


class _NoMorph:
    def get(self, _key):
        return []


_VERB_ENDING = re.compile(r"(?:e|es|ent|é|ée|és|ées|ait|aient|ais|era|eront|erait|eraient|ant|it|is|issent|issait|"
                          r"issaient|ira|iront|irait|iraient|i|ie|ies|ons|ez|ra|ront|rait|raient|u|ue|us|ues|t|er|ir|re)")


def _stem(verb: str) -> str:
    """'fabriquer' -> 'fabriqu', 'produire' -> 'produi', 'fournir' -> 'fourn'."""
    for ending in ("er", "ir", "re"):
        if verb.endswith(ending):
            return verb[:-len(ending)]
    return verb


def _copula_subject(noun, refs: Refs) -> list:
    """The subject a noun is predicated of, if any (:func:`syntax.copula_subjects`); not a relative pronoun ('ASML,
    which is the only maker': the noun's own apposition says who)."""
    return [c for c in copula_subjects(noun, refs.children) if c.pos_ in ("PROPN", "NOUN")]


@lru_cache(maxsize=1024)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """A step's words (its arguments, a filter's values) folded, once per step: the engine asks for them at every
    token a path walks through (the grammar and the cue lists bound their number)."""
    return frozenset(fold(w) for w in words)


def _dep_in(t, deps: list[str]) -> bool:
    return t.dep_ in deps or any(t.dep_.startswith(d + ":") for d in deps)


def _filters_ok(t, filters, refs: Refs) -> bool:
    for key, vals in filters:
        if key.endswith("!"):
            if _filters_ok(t, [(key[:-1], vals)], refs):
                return False
            continue
        vals_f = _folded(vals)
        if key == "lemma" and fold(t.lemma_) not in vals_f and fold(t.text) not in vals_f:
            return False
        if key == "lower" and fold(t.text) not in vals_f:
            return False
        if key == "pos" and t.pos_ not in vals:
            return False
        if key == "dep" and t.dep_ not in vals:
            return False
        if key == "case" and not any(_case_matches(c, vals_f, refs) for c in refs.children(t) if c.dep_ in ("case", "mark")):
            return False
    return True


def _prep_matches(prep, words: set[str]) -> bool:
    w = fold(prep.text)
    if w in words:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and f"{fold(before.text)} {w}" in words:  # "such as", "on behalf of"
        return True
    return False


def _case_matches(case, words: set[str], refs: Refs, whole: bool = True) -> bool:
    """Whether a case word is one of the prepositions ``words``. ``whole``: as part of the preposition it ends
    ('auprès du néerlandais ASML' is 'auprès de', not 'de', where the parser hung 'du' on the name)."""
    before = case.doc[case.i - 1] if case.i > 0 else None
    if whole and before is not None and adverb_preposition(before):
        return adverb_preposition(before) in words
    w = fold(case.text)
    w = _CONTRACTIONS.get(case.lower_, w)
    if w in words or fold(case.lemma_) in words:
        return True
    fixed = " ".join(fold(x.text) for x in [case, *(c for c in refs.children(case) if c.dep_ == "fixed")])
    return fixed in words or fixed.replace(" d", " de") in words


def _is_passive(t, refs: Refs) -> bool:
    if fold(t.lemma_) in refs.lang.words("etre_verbs") and not any(c.dep_ in ("agent", "obl:agent") for c in refs.children(t)):
        return False  # 'Apple est devenu son client': a verb whose compound tenses take 'être' is no passive
    if any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass", "agent") or _agent(c, refs)
           for c in refs.children(t)):
        return True
    if t.dep_ in ("acl",) and (t.tag_ == "VBN" or "Part" in feature(t, "VerbForm") and (
            "Past" in feature(t, "Tense") or any(fold(g.text) == "par" for c in refs.children(t) for g in refs.children(c)))):
        return True
    if t.dep_ == "advcl" and t.i < t.head.i and _past_participle(t) and not any(
            c.dep_.split(":")[0] in ("aux", "auxpass") for c in refs.children(t)):
        return True  # 'Choisi pour fournir ..., Nokia', 'Chosen to supply ..., Nokia': a fronted participle is passive
    if t.pos_ == "VERB" and "Part" in feature(t, "VerbForm") and "Past" in feature(t, "Tense") and any(
            c.dep_ == "cop" and fold(c.lemma_) in ("etre", "be") for c in refs.children(t)):
        return True  # 'Les Galaxy S23 sont tous équipés du ...': the parser took 'sont' for a copula
    return False


def _past_participle(t) -> bool:
    return t.tag_ == "VBN" or "Part" in feature(t, "VerbForm") and "Past" in feature(t, "Tense")


def _agent(c, refs: Refs) -> bool:
    """A French agent the parser labelled so, with its 'par': 'fourni par Bosch', not the second name of 'ne fournit
    ni Renault ni Peugeot', which the parser may label an agent too."""
    return c.dep_ == "obl:agent" and any(c2.dep_ == "case" and fold(c2.text) == "par" for c2 in refs.children(c))


def _non_finite(t) -> bool:
    forms = feature(t, "VerbForm")
    return bool({"Inf", "Ger", "Part"} & set(forms)) or t.tag_ in ("VB", "VBG", "TO")


def _names_from(refs: Refs, start: int, stops: tuple[str, ...], stop_pos: tuple[str, ...]) -> list:
    """The heads of the names from token ``start`` up to a token in ``stops`` or of a part of speech in
    ``stop_pos``, each once (the lists of ``~colon`` and ``~apposed``)."""
    out = []
    for x in refs.doc[start:]:
        if x.text in stops or x.pos_ in stop_pos:
            break
        m = refs.mention(x)
        if m is not None and refs.head(m) not in out:
            out.append(refs.head(m))
    return out


def _word_before_phrase(t, refs):
    """The word before ', <the phrase of t>', or None."""
    first = min(x.i for x in t.subtree)
    return refs.tokens[first - 2] if first >= 2 and refs.tokens[first - 1].text == "," else None


def _apposed_name(noun, refs) -> list:
    """'Nebius, un neocloud qui ...', 'Nebius, a neocloud that ...': the name a noun no layer knows stands in
    apposition with (the antecedent of its relative clause is that name), even after a preposition ('dans
    Nebius, un neocloud qui'), unlike :meth:`Engine._before_comma`."""
    if refs.tok_mention.get(noun.i) is not None or noun.pos_ != "NOUN":
        return []
    name = _word_before_phrase(noun, refs)
    return [name] if name is not None and refs.tok_mention.get(name.i) is not None else []
