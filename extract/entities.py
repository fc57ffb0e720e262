"""Layer 2: one entity per real-world thing across an article, and what a word refers to.

:class:`Discourse` remembers, sentence after sentence, the entities an article has named
(with what the lexicon or the text says of them: country, city, roles), how salient each
one is, which groups were listed together, which products were named, and each
sentence's subject. :class:`Refs` answers, for one parsed sentence, what a token refers
to:

- a name (through its mention), and the names coordinated with it ("A, B and C");
- a pronoun ("it", "its", "il", "sa", "they", "leurs"): the subject of an enclosing clause
  of the same sentence, else the previous sentence's subject, else the article's focus;
  plural ones the group last listed;
- a description ("the Japanese electronics giant", "le constructeur allemand", "the
  Santa Clara-based company", "the iPhone maker", "le propriétaire de TikTok"): the
  entity already named that fits its nationality, home, role or epithet;
- a plural description ("the three firms", "les deux groupes"): the group of that size;
- a product anaphor ("the chips", "ces puces"): the product last named, of a fitting type.

Nothing here decides a relation; :mod:`engine` asks for the referents of the tokens its
grammar's paths reach.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from supplykg.extract.lang import LanguageData
from supplykg.extract.lexicon import (
    LEGAL_SUFFIX,
    CompanyInfo,
    Lexicon,
    fold,
    strip_suffixes,
)
from supplykg.extract.mentions import (
    COMPANY,
    GOVERNMENT,
    PERSON,
    PRODUCT,
    Mention,
    abbreviates,
    dateline,
    former_name,
    is_headline,
    labels_next,
    made_by_before,
    names_a_project,
    plural_acronym,
)
from supplykg.extract.parsing import Parsed, feature, is_possessive, plural
from supplykg.extract.pipeline import dictionary_word, is_word
from supplykg.extract.syntax import counted

SUBJ_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
OBJ_DEPS = ("obj", "dobj")
_DECAY = 0.6


@dataclass(eq=False)
class Entity:
    name: str
    kind: str
    info: CompanyInfo | None = None
    country: set[str] = field(default_factory=set)
    city: str | None = None
    roles: set[str] = field(default_factory=set)
    salience: float = 0.0
    first: int = 0
    last: int = 0
    maker: str | None = None  # products: the maker named for it in the article or the lexicon
    generic: bool = False
    ptype: str | None = None

    def __repr__(self) -> str:
        return f"<{self.kind} {self.name}>"


def known(ent: Entity, info: CompanyInfo | None) -> Entity:
    """``ent`` with what the lexicon says of the company (its countries, home town, trades), if it knows it."""
    if info is not None:
        ent.info = info
        ent.country = ({info.country} if info.country else set()) | set(info.nationalities)
        ent.city = info.city
        ent.roles = set(info.roles)
    return ent


class Discourse:
    """What the article has said so far (see the module docstring)."""

    def __init__(self, lex: Lexicon, lang: LanguageData) -> None:
        self.lex = lex
        self.lang = lang
        self.entities: dict[tuple[str, str], Entity] = {}
        self.groups: list[tuple[int, list[Entity]]] = []  # (sentence, members), oldest first
        self.subjects: list[Entity | None] = []  # per sentence: its main subject if a company
        self.products: list[Entity] = []  # named products, most recent last
        self.kinds: list[tuple[int, Entity]] = []  # products named by their kind ('servers'), with their sentence
        self.sentence = 0
        self.history: list[Entity] = []  # companies in the order the article names them
        self.previous: list[Entity] = []  # the companies the last sentence named, in text order
        self.topics: list[Entity | None] = []  # per sentence: its subject, else the first company it names
        # the customers of suppliers a sentence mentioned without naming them ('Apple relies on Chinese suppliers'),
        # with that sentence's number: 'the suppliers are X and Y' next takes them up (engine ~topic_maker)
        self.unnamed_suppliers: tuple[int, list[Entity]] | None = None
        self.parents: dict[str, str] = {}  # child -> parent, as the article states it
        self.counterparty: dict[str, str] = {}  # company -> the other party of its latest supply fact
        self.makers: dict[str, str] = {}  # product -> company presented as its maker
        self.executives: dict[str, Entity] = {}  # person (full name and surname, folded) -> the company they lead
        self.people: list[str] = []  # the persons the article has named, most recent last
        self.clitic: tuple[int, Entity] | None = None  # the sentence and referent of the latest clitic object ('lui')
        self.abbreviations: dict[str, Entity] = {}  # folded abbreviation -> the company it was defined for
        self.ahead: list[tuple[int, str]] = []  # (offset, name) of every company the lexicon finds in the article
        self.mid_sentence: dict[str, bool] = {}  # capitalised word -> whether the article writes it inside a sentence

    def affiliate(self, person: str, company: Entity) -> None:
        key = fold(person)
        self.executives[key] = company
        self.executives.setdefault(key.split()[-1], company)

    def surnames(self) -> set[str]:
        """The surnames of the persons the article has named in full so far, but a surname that is the name of the
        company the person leads ('Michael Dell')."""
        out = set()
        for person in self.people:
            key = fold(person)
            led = self.executives.get(key)
            if " " in key and (led is None or fold(led.name) != key.split()[-1]):
                out.add(key.split()[-1])
        return out

    def employer(self, person: str) -> Entity | None:
        """The company a person leads, as the article said it ('Nvidia CEO Jensen Huang' ... 'Huang')."""
        key = fold(person)
        return self.executives.get(key) or (self.executives.get(key.split()[-1]) if key else None)

    # ---------------------------------------------------------------- entities
    def entity(self, m: Mention) -> Entity:
        """The article's entity for a mention, created on first sight."""
        kind = m.kind
        key = (kind, fold(m.name))
        ent = self.entities.get(key)
        if ent is None and kind == COMPANY:
            ent = self.abbreviations.get(key[1]) or self._short_form(key[1]) or self._group_short_name(m)
        if ent is None:
            info = self.lex.info(m.name) if kind == COMPANY else None
            ent = known(Entity(m.name, kind, first=self.sentence, last=self.sentence, generic=m.generic,
                               ptype=m.ptype, maker=m.maker), info)
            if m.extra.get("country"):
                ent.country |= {m.extra["country"]}
        self.entities[key] = ent
        ent.last = self.sentence
        return ent

    def _short_form(self, key: str) -> Entity | None:
        """'Ingrasys' after 'Ingrasys Technology': the longer unknown name seen first; 'the Army' after 'the U.S.
        Army': a public body named by its country first."""
        for (kind, k), ent in self.entities.items():
            if kind == COMPANY and ent.info is None and (k.startswith(key + " ") or fold(strip_suffixes(ent.name)) == key):
                return ent
        bodies = [ent for (kind, k), ent in self.entities.items() if kind == COMPANY and ent.info is None
                  and k.endswith(" " + key) and self.lex.government(k[:-len(key) - 1])]
        return max(bodies, key=lambda e: e.last, default=None)  # the body named last ('the Indian Army ... the Army')

    def _group_short_name(self, m: Mention) -> Entity | None:
        """'LG' after 'LG Innotek': a one-word short name the lexicon gives to another company of the group (LG
        Electronics) is the one company of that name the article has named in full, where it has named one."""
        short = fold(m.text)
        if m.source != "lexicon" or " " in short or short == fold(m.name):
            return None
        named = [e for (kind, k), e in self.entities.items() if kind == COMPANY and k.startswith(short + " ")]
        return named[0] if len(named) == 1 else None

    def companies(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == COMPANY]

    def company(self, name: str | None) -> Entity | None:
        """The company of that name the article has named, if any."""
        return next((e for e in self.companies() if e.name == name), None) if name else None

    def maker_name(self, product: Entity) -> str | None:
        """Who makes ``product``: its own maker, else the one the article presented, else the lexicon's."""
        return product.maker or self.makers.get(fold(product.name)) or self.lex.maker_of(product.name)

    # ---------------------------------------------------------------- sentence
    def begin(self) -> None:
        for e in self.entities.values():
            e.salience *= _DECAY

    def end(self, subject: Entity | None, named: list[Entity], groups: list[list[Entity]]) -> None:
        """Record what the sentence said: its subject, the entities it named (in text order), its groups."""
        for e in named:
            e.salience += 1.0
            if e.kind == COMPANY:
                self.history.append(e)
        self.previous = [e for e in named if e.kind == COMPANY]  # 'the latter' in the next sentence
        if subject is not None:
            subject.salience += 1.0
        self.subjects.append(subject)
        first = next((e for e in named if e.kind == COMPANY), None)
        self.topics.append(subject or first)  # what a pronoun in the next sentence most likely means
        for g in groups:
            if len(g) >= 2:
                self.groups.append((self.sentence, g))
        for e in named:
            if e.kind == PRODUCT and not e.generic:
                if e in self.products:
                    self.products.remove(e)
                self.products.append(e)
            elif e.kind == PRODUCT:
                self.kinds.append((self.sentence, e))
        self.sentence += 1

    # ----------------------------------------------------------------- queries
    def focus(self, exclude: set[Entity] = frozenset()) -> Entity | None:
        """The company the article is about at this point: the latest subject, else the most salient."""
        for topic in reversed(self.topics[-2:]):  # the last sentence's subject, else the first company it named
            if topic is not None and topic not in exclude:
                return topic
        cands = [e for e in self.companies() if e not in exclude and e.salience > 0]
        return max(cands, key=lambda e: e.salience) if cands else None

    def last_group(self, size: int | None = None, before: int | None = None) -> list[Entity] | None:
        for _, g in reversed(self.groups):
            if size is None or len(g) == size:
                return g
        if size:  # 'the two companies' with no list before: the last two the article named
            recent: list[Entity] = []
            for e in reversed(self.history):
                if e not in recent:
                    recent.append(e)
                if len(recent) == size:
                    return recent
        return None

    def last_product(self, ptype: str | None = None) -> Entity | None:
        for e in reversed(self.products):
            if _fits(ptype, e):
                return e
        return None

    def last_kind(self, ptype: str | None) -> Entity | None:
        """The goods of type ``ptype`` the last two sentences named by their kind only ('will buy 20,000 servers from
        X. The servers will be delivered in five batches'), for an anaphor no named product fits."""
        for sentence, e in reversed(self.kinds):
            if sentence < self.sentence - 2:
                break
            if ptype is not None and e.ptype is not None and kinds_compatible(ptype, e.ptype):
                return e
        return None

    def describe(self, roles: list[str], countries: set[str], city: str | None, exclude: set[Entity],
                 epithet: str | None = None, near: list[Entity] | None = None,
                 doer: Entity | None = None) -> Entity | None:
        """The named company that fits a description, preferring recent subjects, then salience."""
        if epithet:
            name = self.lex.epithets.get(epithet)
            hit = next((e for e in self.companies() if e.name == name), None)
            if hit is not None:
                return hit
        union = {m for c in countries if (g := self.lex.governments.get(c)) is not None for m in g.members}
        if union and sum(1 for e in self.companies() if e not in exclude and e.country & union) > 1:
            return None  # 'NXP et Infineon ... le fabricant européen': a union's adjective tells two members apart no way
        best, best_score = None, 0.0
        recent_subjects = [s for s in self.subjects[-3:] if s is not None]
        # the company named just before, in the same sentence, other than the subject of the description's own clause
        # ('..., ASML sells the Chinese maker its scanners' is not about ASML)
        close = [e for e in near or [] if e is not doer]
        lede = bool(self.subjects) and self.subjects[-1] is None and not (roles or countries or city or near)
        # 'The decision hurts Foxconn. The company had ...': after a sentence whose subject is no company
        # and that named one company only, that company, not the lede's subject
        last_named = self.previous[0] if lede and len(set(self.previous)) == 1 else None
        last_word = fold(last_named.name).split()[-1:] if last_named is not None else []
        if last_word and last_word[0] in self.surnames():
            last_named = None  # '"...," O'Brien said.': a person's surname read as a name, not the company
        for e in self.companies():
            if e in exclude:
                continue
            score = 1.0 + e.salience
            if countries:
                if e.country and not (e.country & countries):
                    continue
                score += 2.0 if e.country & countries else -0.5
            if city:
                if e.city and not self.lex.in_town(e.city, city):
                    continue
                score += 2.0 if e.city else -0.5
            if roles:
                if e.roles and not (e.roles & set(roles)):
                    continue
                score += 1.0 if e.roles & set(roles) else 0.0
            if e in recent_subjects:
                score += 1.5 + recent_subjects.index(e) * 0.5
            if last_named is not None and e is last_named:
                score += 3.0
            elif lede and last_named is None and e is self.subjects[0]:
                # 'the company', after a sentence whose subject is no company: the lede's subject, what the article
                # is about (not a company another clause of that sentence named)
                score += 1.5
            if close and e is close[-1] and not (countries and not e.country):
                # the company named just before, in the same sentence (if the description's nationality is its own:
                # 'Orvane Group is a fan of the Korean vendor' is not about a company of no known country)
                score += 3.0
            if score > best_score:
                best, best_score = e, score
        return best


_CHIP_KINDS = {"chip", "gpu", "cpu", "accelerator", "memory", "modem", "sensor", "soc"}


def _fits(wanted: str | None, e: Entity) -> bool:
    """Whether product ``e`` can be what an anaphor of type ``wanted`` stands for ('these machines', 'ces puces').
    A product of no known type is a chip's model code ('A14'): it fits a chip anaphor, not 'the machines'."""
    if wanted is None:
        return True
    if e.ptype is None:
        return wanted in _CHIP_KINDS
    return kinds_compatible(wanted, e.ptype)


def kinds_compatible(wanted: str, have: str) -> bool:
    """Whether a product of kind ``have`` can be what a name of kind ``wanted`` means (a GPU is a chip; a GPU is
    not a CPU)."""
    if {wanted, have} <= _CHIP_KINDS and "chip" not in (wanted, have) and wanted != have:
        return False  # 'millions of GPUs' after Google's TPU: another kind of chip, not the one just named
    families = {"chip": _CHIP_KINDS,
                "server": {"server", "system", "rack"}, "tool": {"tool", "machine", "equipment", "system"},
                "memory": {"memory", "chip"}, "wafer": {"wafer", "substrate", "material"}}
    for group in families.values():
        if wanted in group and have in group:
            return True
    return wanted == have


_TITLES: dict[str, re.Pattern] = {}


def _title_re(lang: LanguageData) -> re.Pattern:
    """An executive's title in folded text ('ceo', 'chief executive', 'p d g' for 'P.-D.G.')."""
    if lang.code not in _TITLES:
        words = sorted(lang.words("executive_titles"), key=len, reverse=True)
        _TITLES[lang.code] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in words) + r")(?!\w)")
    return _TITLES[lang.code]


_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&.]{1,7})\s*\)")


_SUFFIX_AFTER = re.compile(r",?\s+" + LEGAL_SUFFIX + r"(?!\w)")


def _after_suffix(text: str, end: int) -> int:
    """Where the legal endings right after a name stop ('Orvane Semiconductor Co. (OSC)'): the bracket may follow."""
    if text.startswith(".", end):  # 'Co.' whose point the name left out
        end += 1
    while hit := _SUFFIX_AFTER.match(text, end):
        end = hit.end()
    return end


def _abbreviation(m: Mention, text: str) -> str | None:
    """The abbreviation a text defines in brackets right after a company's name ('STMicroelectronics (STM)',
    'Kestrel Devices (KDV)'), or None: in capitals, its letters in order in the name, the first one first."""
    hit = _BRACKETED.match(text, m.end) or _BRACKETED.match(text, _after_suffix(text, m.end))
    if hit is None:
        return None
    abbr = hit.group(1).replace(".", "")
    return abbr if abbreviates(abbr, m.text) else None


_LINKS: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}
_CONTINUED: dict[str, re.Pattern] = {}


_EXAMPLES: dict[str, tuple[re.Pattern, re.Pattern]] = {}


def _examples_link(lang: LanguageData) -> tuple[re.Pattern, re.Pattern]:
    """Two patterns, built once per language: a comma and a word that introduces examples between two names (cue
    ``list_introducers``: ', comme ', ', such as '), and the preposition that makes a name a noun's complement, right
    before it (cue ``complement_prepositions``: 'fournisseurs de ', 'suppliers of ')."""
    if lang.code not in _EXAMPLES:
        def alternation(cue: str) -> str:
            return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(lang.cue(cue), key=len, reverse=True))
        intro, prep = alternation("list_introducers"), alternation("complement_prepositions")
        _EXAMPLES[lang.code] = (
            re.compile(r"^\s*,\s*(?:" + intro + r")\s+$", re.IGNORECASE) if intro else re.compile(r"(?!)"),
            re.compile(r"(?<![\w'’])(?:" + prep + r")\s*$", re.IGNORECASE) if prep else re.compile(r"(?!)"))
    return _EXAMPLES[lang.code]


def _continued(lang: LanguageData) -> re.Pattern:
    """What carries a list on past an item it ranks ('Apple, followed by Samsung, Huawei and Xiaomi'; cue
    list_continuations), after that item's bracket if any."""
    if lang.code not in _CONTINUED:
        words = "|".join(re.escape(w) for w in lang.cue("list_continuations"))
        _CONTINUED[lang.code] = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:" + words + r")\s+$", re.IGNORECASE)
    return _CONTINUED[lang.code]


def _list_links(lang: LanguageData) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What joins the names of a list: a closing 'and' / 'et' / 'ou' ('and, of course, NVIDIA'), or a comma; each
    may follow an apposition that describes the item before ('SMIC, le plus grand fabricant du pays, ou Hua Hong').
    The third pattern is an apposition still open, whose names are no items ('Samsung, the largest memory maker')."""
    if lang.code not in _LINKS:
        joiners = "|".join(re.escape(j) for j in lang.cue("coordination"))
        dets = "|".join(re.escape(d) for d in lang.cue("apposition_determiners"))
        appos = r"(?:,\s*(?:" + dets + r")\b[^,;:()]{1,60}?\s*)?"
        _LINKS[lang.code] = (
            re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?" + appos + r",?\s*(?<!\w)(?:" + joiners + r")\s*(?:,\s*[\w' ]{1,20},)?\s+"
                       r"(?:(?:the|le|la|les|l'|à|au|aux|de|d'|to|from)\s*)?$", re.IGNORECASE),
            re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?" + appos + r",\s*(?:(?:the|le|la|les|l')\s*)?$", re.IGNORECASE),
            re.compile(r"^\s*,\s*(?:" + dets + r")\b[^,;:()]{0,60}$", re.IGNORECASE))
    return _LINKS[lang.code]


def _surnames_as_people(mentions: list[Mention], disc: Discourse) -> list[Mention]:
    """'said Pekka Lundmark, Nokia's chief ... Lundmark added', 'Elon Musk ... Musk ordered': a lone name that is the
    surname of a person an earlier sentence named in full is that person, whatever NER made of it. A company of the
    lexicon (Dell) stays one, and so does a name written before the person's ('Porsche ordered ..., while Wolfgang
    Porsche declined'); a company named after its founder that no list knows ('Martin Bouygues ... Bouygues a
    commandé') is the price."""
    surnames = disc.surnames()
    if not surnames:
        return mentions
    return [replace(m, kind=PERSON) if m.kind == COMPANY and m.source != "lexicon" and " " not in m.name.strip()
            and fold(m.name) in surnames else m for m in mentions]


class Refs:
    """What the tokens of one parsed sentence refer to (see the module docstring)."""

    def __init__(self, p: Parsed, mentions: list[Mention], disc: Discourse, lang: LanguageData) -> None:
        self.p = p
        self.doc = p.doc
        self.start = p.start
        self.text = p.text
        self.mentions = mentions = _surnames_as_people(mentions, disc)
        self.disc = disc
        self.lang = lang
        self.tokens = p.tokens
        self.children = p.children  # a token's children, from the sentence's table
        self.tok_mention: dict[int, Mention] = {}
        self.bounds = p.bounds()  # article offsets of each token
        firsts = [a for a, _ in self.bounds]
        self.mention_tokens: dict[int, list[int]] = {}
        for m in mentions:
            i = max(0, bisect_right(firsts, m.start) - 1)
            while i < len(self.bounds) and self.bounds[i][0] < m.end:
                a, b = self.bounds[i]
                if m.start <= a < m.end or a < m.start < b:
                    self.tok_mention.setdefault(i, m)
                    if self.tok_mention[i] is m:
                        self.mention_tokens.setdefault(id(m), []).append(i)
                i += 1
        self.ent: dict[int, Entity] = {}
        for m in mentions:
            if m.kind not in (COMPANY, GOVERNMENT, PRODUCT) or m.anaphoric:
                continue
            self.ent[id(m)] = disc.entity(m)
            for former in m.extra.get("former", ()):
                disc.entities[(COMPANY, fold(former))] = self.ent[id(m)]  # 'Kelvor (formerly Zentek)': Zentek is Kelvor
            abbr = _abbreviation(m, self.text) if m.kind == COMPANY else None
            if abbr is not None and disc.lex.company(abbr) in (None, self.ent[id(m)].name):
                disc.abbreviations[fold(abbr)] = self.ent[id(m)]  # 'STMicroelectronics (STM)': STM, from now on
        self.surface_groups = self._surface_groups()
        self.extra: dict[int, Entity] = {}  # tokens typed by their role (unknown companies found by the grammar)
        self._exclude: set[Entity] = set()
        self.clauses: dict[int, tuple[int, int]] = {}  # token -> its clause's offsets (see Engine._clause)
        self.role_clauses: dict[int, tuple[int, int]] = {}  # the same, cut at conjuncts (see Engine._role_clause)
        self.breaks: tuple[int, list[tuple[int, int]]] | None = None  # the sentence's clause breaks (Engine._clause)
        self.steps: dict[tuple, list] = {}  # (id of a step, token) -> the tokens it reaches (see Engine._reached)
        self._owned: dict[int, Entity | None] = {}  # 'its chips' where no product was named: the possessor's own
        self._people_before = list(disc.people)
        self._speaking = False  # see _speaker
        self._depth: list[int] | None = None  # brackets open before each token (see _parenthesised), when first asked
        self._executives()

    # -------------------------------------------------------------- executives
    def _executives(self) -> None:
        """'Nvidia CEO Jensen Huang', 'Jensen Huang, CEO of Nvidia', 'le P.-D.G. de Nvidia, Jensen Huang': the
        company a person leads, remembered for the article. What an executive does or says for the company is
        the company's act ('he had received samples from Samsung')."""
        people = [m for m in self.mentions if m.kind == PERSON]
        if not people:
            return
        title = _title_re(self.lang)
        text = self.text
        for pm in people:
            self.disc.people.append(pm.name)
            led = None
            for cm in self.mentions:
                e = self.entity_of(cm)
                if cm.kind != COMPANY or e is None:
                    continue
                if cm.end <= pm.start:
                    gap = text[cm.end:pm.start]
                    before = fold(text[max(self.start, cm.start - 30):cm.start])
                    if len(gap) <= 40 and title.search(fold(gap)) and not re.search(r"[.;:!?]|\b(?:and|et)\b", gap):
                        led = e  # 'Nvidia CEO Jensen Huang', 'Nvidia's (NASDAQ:NVDA) chief executive Jensen Huang'
                    elif re.fullmatch(r"\s*,\s*", gap) and re.search(r"(?:^|\s)(?:de|du|d|of)$", before) \
                            and title.search(before):
                        led = e  # 'le P.-D.G. de Nvidia, Jensen Huang'
                elif led is None:
                    gap = text[pm.end:cm.start]
                    if len(gap) <= 45 and gap.lstrip().startswith(",") and title.search(fold(gap)) \
                            and re.search(r"\b(?:of|at|de|du|d['’]|chez)\s*(?:the\s+|l['’]|la\s+|le\s+)?$", gap):
                        led = e  # 'Jensen Huang, CEO of Nvidia', 'Jensen Huang, patron de Nvidia'
                    elif re.fullmatch(r"\s*,\s*", gap) and re.match(r"['’]s\s", text[cm.end:cm.end + 3]) \
                            and title.search(fold(text[cm.end:cm.end + 40])):
                        led = e  # "Pekka Lundmark, Nokia's outgoing chief executive"
                    break
            if led is not None:
                self.disc.affiliate(pm.name, led)

    def _led_by_title(self, t) -> Entity | None:
        """'the CEO of Nvidia', 'Nvidia's CEO', 'le P.-D.G. de Huawei, Richard Yu': the company a title names."""
        for c in self.children(t):
            inner = [g for g in self.children(c) if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            for g in inner:
                m = self.tok_mention.get(g.i)
                if m is not None and m.kind == COMPANY and self.entity_of(m) is not None:
                    return self.entity_of(m)
                if m is not None and m.kind == PERSON:
                    return self.disc.employer(m.name)
        return None

    def _person_pronoun(self, t) -> Entity | None:
        """'he', 'she': the person named last, standing for the company they lead (if the article said which)."""
        before = [m.name for m in self.mentions if m.kind == PERSON and m.end <= self.p.pos(t)]
        people = before or self._people_before
        return self.disc.employer(people[-1]) if people else None

    # ------------------------------------------------------------------ basics
    def mention(self, t) -> Mention | None:
        return self.tok_mention.get(t.i)

    @contextmanager
    def trial(self) -> Iterator[None]:
        """References resolved inside leave no trace in the sentence or the discourse: a layer after the
        rules (:mod:`pairs`) may ask what a pronoun stands for without changing what the rules read next."""
        extra, exclude = dict(self.extra), self._exclude
        entities = dict(self.disc.entities)
        last = [(e, e.last) for e in entities.values()]
        try:
            yield
        finally:
            self.extra.clear()
            self.extra.update(extra)
            self._exclude = exclude
            self.disc.entities = entities
            for e, n in last:
                e.last = n

    def head(self, m: Mention):
        """The token that heads a mention's span (the one whose head lies outside it)."""
        toks = [self.tokens[i] for i in self.mention_tokens.get(id(m), ())]
        for t in toks:
            if t.head.i == t.i or self.tok_mention.get(t.head.i) is not m:
                return t
        return toks[0] if toks else None

    def entity_of(self, m: Mention) -> Entity | None:
        if m.anaphoric:
            return self._product_anaphor(m)
        return self.ent.get(id(m))

    def named(self) -> list[Entity]:
        return [e for e in self.ent.values()]

    def named_in_order(self) -> list[Entity]:
        """The entities the sentence named, mentions and names its roles typed ('Norsilica sells memory to
        Amazon, Meta and Veltrix': Norsilica first), in text order, so that 'the latter' is the last of them."""
        at = {id(m): h.i for m in self.mentions if (h := self.head(m)) is not None}
        placed = [(at.get(k, len(self.tokens)), e) for k, e in self.ent.items()]
        placed += [(i, e) for i, e in self.extra.items()]
        return [e for _, e in sorted(placed, key=lambda x: x[0])]

    def compared(self) -> set[Entity]:
        """Products the sentence names only as a point of comparison ('a rival to Kelvor's K9', 'moins
        puissantes que les A100'): no anaphor in a later sentence stands for them ('deliver all of the chips')."""
        points = self.lang.words("comparison_points")
        out: set[Entity] = set()
        for m in self.mentions:
            if m.kind != PRODUCT or (h := self.head(m)) is None or (e := self.ent.get(id(m))) is None:
                continue
            x = h
            for _ in range(4):  # the product, the noun it names, the preposition, the word compared
                if fold(x.lemma_) in points or fold(x.text) in points or any(
                        c.dep_ in ("case", "mark", "prep", "fixed") and fold(c.text) in points for c in self.children(x)):
                    out.add(e)
                    break
                if x.head.i == x.i or x.pos_ in ("VERB", "AUX"):
                    break
                x = x.head
        return out

    # ---------------------------------------------------------------- referents
    def refer(self, t, kind: str, want_group: bool = True, exclude: set[Entity] = frozenset()) -> list[Entity]:
        """Entities of ``kind`` that token ``t`` stands for, with the names coordinated with it ('A, B and C'),
        also when the name hangs off the token ('memory makers SK Hynix and Micron'). A pronoun avoids the
        entities in ``exclude`` (the frame's other roles: 'X would become its largest customer')."""
        if exclude and hasattr(t, "head") and fold(t.text) in self.lang.words("possessive_determiners") \
                and fold(t.head.lemma_) not in self.lang.words("relational_nouns") \
                and fold(t.head.text) not in self.lang.words("relational_nouns"):
            self._exclude = frozenset()
            if any(e in exclude for e in self._one(t, kind)):
                return []  # 'Tesla ... pour alimenter ses véhicules': its own, not another's (unlike 'its customer')
        self._exclude = exclude
        if getattr(t, "dep_", "") in ("poss", "nmod:poss"):
            want_group = False  # 'Lenovo and Huawei's spin-off': the possessor is the one name it is written on
        found = self._one(t, kind)
        corrected = self.corrected(t, found) if found and kind == COMPANY else None
        if corrected is not None:
            return [corrected]
        if not found or not want_group:
            return found
        out = list(found)
        anchors = [t] + [x for x in t.subtree if x.i != t.i and self.tok_mention.get(x.i) is not None
                         and self.entity_of(self.tok_mention[x.i]) in found]
        # 'commandes de mémoire DRAM et NAND': the name may hang beside the type noun rather than under it
        anchors += [x for x in self.tokens[t.i + 1:t.i + 3] if x not in anchors and x.head.i == t.head.i
                    and self.tok_mention.get(x.i) is not None and self.entity_of(self.tok_mention[x.i]) in found]
        for a in anchors:
            for c in a.conjuncts:
                # a verb between two names coordinates clauses, not names, unless a relative clause on the first holds
                # it ('Kelvor, which is based in Taiwan, and Brio')
                described = {x.i for r in (*self.children(a), *self.children(c)) if r.dep_ in ("relcl", "acl:relcl")
                             for x in r.subtree}
                if c.i == a.i or any(x.pos_ in ("VERB", "AUX") and x.i not in described
                                     for x in self.tokens[min(a.i, c.i) + 1:max(a.i, c.i)]):
                    continue
                for e in self._one(c, kind):
                    if e not in out:
                        out.append(e)
            m = self.tok_mention.get(a.i)
            if m is not None:
                for g in self.surface_groups:
                    if m in g:
                        for gm in g:
                            e = self.entity_of(gm)
                            if e is not None and e.kind == kind and e not in out and not self._subject_elsewhere(gm, a) \
                                    and not self._in_a_phrase_of_its_own(gm, a):
                                out.append(e)
        return self._with_lists(t, out, kind)

    def _identified_as(self, t) -> Entity | None:
        """'an overseas customer, identified by two people as Kelvor', 'un client, identifié par la presse comme étant
        Kelvor': the company a participle of naming gives an unnamed company or customer noun (cues
        identification_verbs, identification_markers), wherever the parser hung the participle; and 'a firm called
        Veltrix', 'une société baptisée Orvane' (cue naming_participles), the name right after the participle."""
        if t.pos_ != "NOUN" or not (self.company_noun(t) or fold(t.lemma_) in self.lang.words("relational_nouns")):
            return None
        verbs, marks = self.lang.words("identification_verbs"), self.lang.words("identification_markers")
        verb = next((x for x in self.tokens[t.i + 1:t.i + 3] if x.text != ","), None)
        if verb is not None and fold(verb.text) in self.lang.words("naming_participles"):
            # 'a little-known firm called Veltrix', 'une start-up baptisée Orvane': the name right after the participle
            nxt = next((x for x in self.tokens[verb.i + 1:verb.i + 3] if x.pos_ != "PUNCT"), None)
            m = self.tok_mention.get(nxt.i) if nxt is not None else None
            if m is not None and m.kind == COMPANY and self.p.pos(nxt) == m.start:
                return self.entity_of(m)
        if verb is None or not (fold(verb.lemma_) in verbs or fold(verb.text) in verbs):
            return None
        for x in self.tokens[verb.i + 1:verb.i + 9]:
            if x.text in (".", ";") or getattr(self.tok_mention.get(x.i), "kind", None) == COMPANY \
                    and fold(self.tokens[x.i - 1].text) not in marks:
                return None  # another name first: 'identified by Kelvor as ...' names the identifier
            two = f"{fold(x.text)} {fold(self.tokens[x.i + 1].text)}" if x.i + 1 < len(self.doc) else ""
            if fold(x.text) in marks or two in marks:
                nxt = self.tokens[x.i + 1:x.i + 3]
                m = next((self.tok_mention.get(y.i) for y in nxt if self.tok_mention.get(y.i) is not None), None)
                e = self.entity_of(m) if m is not None and m.kind == COMPANY else None
                return e
        return None

    def corrected(self, t, found: list[Entity]) -> Entity | None:
        """'Samsung, ou plutôt sa division Kelvor, a fourni ...', 'Samsung, or rather its unit Kelvor': the company a
        correction names right after the name (cue correction_markers) is the one meant."""
        if not hasattr(t, "i") or t.i + 3 >= len(self.tokens) or self.tokens[t.i + 1].text != ",":
            return None
        after = " ".join(fold(x.text) for x in self.tokens[t.i + 2:t.i + 5])
        marker = next((w for w in self.lang.words("correction_markers") if (after + " ").startswith(w + " ")), None)
        if marker is None:
            return None
        start = t.i + 2 + len(marker.split())
        for x in self.tokens[start:start + 5]:
            if x.text in (",", ")", ";"):
                return None
            m = self.tok_mention.get(x.i)
            e = self.entity_of(m) if m is not None and m.kind == COMPANY else None
            if e is not None and e not in found:
                return e
        return None

    def _with_lists(self, t, out: list[Entity], kind: str) -> list[Entity]:
        """A name reached through a descriptor brings the list it closes: 'orders from TSMC, Intel, and memory
        specialists SK Hynix and Micron' (the parser hangs 'SK Hynix' off the first name, and 'Micron' off it)."""
        if not out or not self.surface_groups:
            return out
        inside = {id(self.tok_mention[x.i]) for x in t.subtree if x.i in self.tok_mention}  # the mentions of its phrase
        for g in self.surface_groups:
            if not all(id(gm) in inside for gm in g):
                continue
            ents = [self.entity_of(gm) for gm in g]
            if any(e in out for e in ents) and all(e is not None and e.kind == kind for e in ents):
                out += [e for e in ents if e not in out]
        return out

    def _in_a_phrase_of_its_own(self, m: Mention, anchor) -> bool:
        """'Renault coopère avec Valeo, Kia et Hyundai comptent sur Infineon': a listed name inside a prepositional
        phrase ('avec Valeo') that the anchor is not in belongs to another clause."""
        first = self.mention_tokens.get(id(m))
        x = self.tokens[first[0]] if first else None
        if x is None or x.i == anchor.i:
            return False
        alike = self.lang.words("likeness_words")  # 'Apple, comme Samsung et Xiaomi, achète': the list goes on
        cased = [c for c in self.children(x) if c.dep_ in ("case", "prep") and c.i < x.i and fold(c.text) not in alike]
        return bool(cased) and not any(c.dep_ in ("case", "prep") for c in self.children(anchor))

    def _subject_elsewhere(self, m: Mention, anchor) -> bool:
        """'... tandis que Veltrix, Lumio et Ardent comptent sur Quorvane': a listed name that is the subject of
        another verb than the anchor's starts a new clause, whatever the commas suggest."""
        x = next((t for t in self.tokens if self.tok_mention.get(t.i) is m), None)
        if x is None:
            return False
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        if not x.dep_.startswith("nsubj"):
            return False
        verb = x.head
        return not (anchor.i == verb.i or verb.i in {a.i for a in anchor.ancestors} and anchor.dep_.startswith("nsubj"))

    def _one(self, t, kind: str) -> list[Entity]:
        m = self.tok_mention.get(t.i)
        if m is not None:
            e = self.entity_of(m)
            if e is not None and e.kind == kind:
                return [e]
            if m.kind == PERSON and kind == COMPANY:
                led = self.disc.employer(m.name)  # 'Jensen Huang asked TSMC': Nvidia asked
                return [led] if led is not None else []
            return []  # a product's name never stands for its owner here: the grammar says '@owner' when it means that
        if t.i in self.extra and self.extra[t.i].kind == kind:
            return [self.extra[t.i]]
        low = fold(t.text)
        if kind == GOVERNMENT:
            gov = self.disc.lex.gov_adjective.get(low) if t.pos_ in ("ADJ", "PROPN", "NOUN") else None
            if gov:
                a = self.p.pos(t)
                return [self.disc.entity(Mention(a, a + len(t.text), t.text, gov, GOVERNMENT, source="adjective"))]
            if low in self.lang.words("government_nouns") and t.pos_ == "NOUN":
                # 'le ministère chinois du commerce', 'the Chinese commerce ministry': the nationality's government
                for c in self.children(t):
                    if c.dep_ == "amod" and fold(c.text) in self.disc.lex.gov_adjective:
                        return self._one(c, GOVERNMENT)
            return []
        if kind == COMPANY:
            if self.is_latter(t):  # 'Ce dernier fournit', 'celle-ci a commandé': the company named last
                return self._latter(t, low in self.lang.words("former_words"))
            enclosed = self._enclosed_subject_names(t)
            if enclosed:
                return enclosed
            if low in self.lang.words("relative_quantifiers") and t.dep_.startswith("nsubj") \
                    and t.head.dep_ in ("relcl", "acl:relcl") and any(
                        fold(g.text) in self.lang.words("relative_object_pronouns")
                        for c in self.children(t) if c.dep_ == "prep" for g in self.children(c)):
                return self.refer(t.head.head, kind)  # 'Kioxia, Micron and SK Hynix, all of whom have booked orders'
            if low in self.lang.words("relative_possessives"):  # 'Veltrix, whose customers include': Veltrix
                rel = next((a for a in (t.head, t.head.head) if a.dep_ in ("relcl", "acl:relcl")), None)
                return self._one(rel.head, kind) if rel is not None else []
            listed = self._listed(t)
            if listed:
                return listed
            identified = self._identified_as(t)
            if identified is not None:
                return [identified]
            if low in self.lang.words("company_containers"):
                # 'orders from the likes of TSMC and Samsung': the names the noun opens on
                out: list[Entity] = []
                for g in self.complements(t):
                    self._companies_of((g, *g.conjuncts), out)
                return out
            if low in self.lang.words("executive_titles") and t.pos_ in ("NOUN", "PROPN"):
                led = self._led_by_title(t)
                return [led] if led is not None else []
            if low in self.lang.words("person_pronouns") and t.pos_ == "PRON":
                e = self._person_pronoun(t)
                return [e] if e is not None else []
            if low in self.lang.words("singular_pronouns") and t.pos_ in ("PRON", "DET") or self._chosen_clitic(t):
                e = self.pronoun(t)
                return [e] if e is not None else []
            if low in self.lang.words("plural_pronouns") and t.pos_ in ("PRON", "DET"):
                return list(self.plural_pronoun(t) or [])
            if low in self.lang.words("speaker_pronouns") and t.pos_ in ("PRON", "DET"):
                e = self._speaker(t)
                return [e] if e is not None else []
            part = self._division_of(t)
            if part is not None:
                return [part]
            if low in self.lang.words("company_nouns") or fold(t.lemma_) in self.lang.words("company_nouns") \
                    or fold(t.lemma_) in self.lang.words("consortium_nouns") or self._opens_epithet(t):
                return self.description(t)
            if (low in self.lang.words("relational_nouns") or fold(t.lemma_) in self.lang.words("relational_nouns")) \
                    and t.dep_.startswith(SUBJ_DEPS) and t.pos_ == "NOUN":
                return self.description(t)  # 'as the Nvidia supplier said': the company described, named before
            if self._demonym_noun(t):  # "l'américain a conclu un accord": the American company
                return self.description(t)
            if low in self.lang.words("owner_nouns") or fold(t.lemma_) in self.lang.words("owner_nouns"):
                owner = self._owner_of(t)  # 'Le propriétaire de TikTok'
                return [owner] if owner is not None else []
            if t.pos_ in ("NOUN", "PROPN") and self.goods_noun(t) and any(
                    (m := self.tok_mention.get(c.i)) is not None and m.kind == PRODUCT for c in self.children(t)):
                return []  # 'AMD MI450 GPUs' are goods: the vendor named on them is not what the noun stands for
            named = self._named_child(t, kind) or self._demonym_name(t) or self._site_owner(t) or self._one_of_named(t)
            if named:
                return named
        if kind == PRODUCT:
            if self.container(t) or t.pos_ == "NUM":
                # 'a cluster of 24,000 H100 GPUs', '20,000 of its VX300', '2 000 exemplaires de cette puce'
                for g in self.complements(t):
                    found = self._one(g, PRODUCT)
                    if found:
                        return found
            if t.pos_ == "PRON" and low in self.lang.words("product_pronouns"):
                e = self.product_before(self.p.pos(t))
                return [e] if e is not None else []
            if (t.pos_ == "PRON" or t.pos_ == "DET") and t.dep_ in OBJ_DEPS and low in self.lang.words("object_product_pronouns") \
                    and fold(t.head.lemma_) in self.lang.words("pronoun_goods_verbs") and not self._priced(t.head):
                # 'must buy it from X', "doit l'acheter à X" (the clitic tagged a determiner): the object of a trade
                # verb is what the sentence named last, a kind too ('ne fabrique pas de mémoire flash et doit
                # l'acheter'), in the singular ('makes memory chips, and Micron wants to buy it': the company)
                e = self.product_before(self.p.pos(t), kinds=True, number="Sing")
                return [e] if e is not None else []
            named = self._named_child(t, PRODUCT)
            if not named and t.i + 1 < len(self.doc) and (low in self.lang.table("product_heads")
                                                          or fold(t.lemma_) in self.lang.table("product_heads")):
                m = self.tok_mention.get(t.i + 1)  # '100 000 GPU H100': the parser made the name the type's sibling
                if m is not None and m.kind == PRODUCT and self.entity_of(m) is not None:
                    return [self.entity_of(m)]
            return named
        return []

    def _enclosed_subject_names(self, t) -> list[Entity]:
        """'Le champion européen de l'identité numérique, Orvane, a expédié ...', 'The European leader in secure
        identity, Orvane, shipped ...', 'Les deux groupes, Orvane et Kestrel, ont signé ...': a subject noun whose phrase ends on
        names set off by commas right before its verb is those names, whatever the parser hung them on (and
        whatever company the description alone would fit)."""
        if t.pos_ not in ("NOUN", "NUM") or not t.dep_.startswith(SUBJ_DEPS) or t.head.i <= t.i:
            return []
        between = self.tokens[t.i + 1:t.head.i]
        k = len(between)
        while k and between[k - 1].pos_ in ("AUX", "ADV", "PART", "PRON", "ADP", "SCONJ") and between[k - 1].text != ",":
            k -= 1  # 'vient de', 'a', 'has also', 'ne', 'se': the verb's own words
        if k < 3 or between[k - 1].text != ",":
            return []
        out: list[Entity] = []
        j = k - 2
        while j >= 0 and between[j].text != ",":
            x = between[j]
            m = self.tok_mention.get(x.i)
            if m is not None and m.kind == COMPANY:
                e = self.entity_of(m)
                if e is not None and e not in out:
                    out.insert(0, e)
            elif not (x.pos_ in ("CCONJ", "PUNCT") or m is not None):
                return []  # more than names between the commas: an aside, not the subject's name
            j -= 1
        if j < 0 or any(x.pos_ == "VERB" for x in between[:j]):
            return []  # 'la startup Orvane, qui concurrence Thales, Renault et Safran, a': a clause
        before = self.tok_mention.get(between[j - 1].i) if j > 0 else None
        if before is not None and before.kind == COMPANY and any(x.pos_ == "CCONJ" for x in between[j:k]):
            return []  # '... rival de Thales, Renault et Safran,': the list of the name before goes on
        return out

    def _one_of_named(self, t) -> list[Entity]:
        """The name that closes a phrase 'one of ...' after a comma is the one it speaks of, however the parser hung
        it: 'to one of the largest carmakers, Kelvor', "à l'un des grands équipementiers, Orvane"."""
        if fold(t.text) not in ("un", "une", "one") or t.pos_ not in ("PRON", "NUM", "NOUN"):
            return []
        last = max(t.subtree, key=lambda x: x.i)
        m = self.tok_mention.get(last.i)
        start = min(self.mention_tokens.get(id(m), (last.i,))) if m is not None else last.i
        if start <= t.i + 2 or self.tokens[start - 1].text != ",":
            return []
        e = self.entity_of(m) if m is not None else self.unknown_company(last) if last.pos_ == "PROPN" else None
        return [e] if e is not None and e.kind == COMPANY else []

    def _demonym_name(self, t) -> list[Entity]:
        """'au taïwanais TSMC', 'auprès du néerlandais ASML', "l'Européen STMicroelectronics": a nationality used as
        a noun before a company's name stands for it, however the parser hung the two (the name as the word's
        modifier, or as its sibling)."""
        if t.i == 0 or not self.disc.lex.is_demonym(t.text) or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return []  # (a region's people too: 'le Californien Navitas')
        m = self.tok_mention.get(t.i + 1)
        e = self.entity_of(m) if m is not None else None
        return [e] if e is not None and e.kind == COMPANY else []

    def _site_owner(self, t) -> list[Entity]:
        """'les usines de Samsung', 'the plants of Bosch', "l'usine tchèque du Coréen Kelvor": a company's sites act for
        it (they make, ship, take orders)."""
        if fold(t.lemma_) not in self.lang.words("facility_heads") and fold(t.text) not in self.lang.words("facility_heads"):
            return []
        for c in self.children(t):
            cases = {fold(g.text) for g in self.children(c) if g.dep_ in ("case", "prep")}
            if c.dep_ in ("poss", "nmod:poss") and (m := self.tok_mention.get(c.i)) is not None and m.kind == COMPANY \
                    and (e := self.entity_of(m)) is not None:
                return [e]  # "TSMC's new Arizona plant"
            if c.dep_ in ("nmod", "pobj") and cases & {"de", "d", "du", "des", "of"} or c.dep_ == "prep" and fold(c.text) == "of":
                target = next((g for g in self.children(c) if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
                m = self.tok_mention.get(target.i)
                e = self.entity_of(m) if m is not None and m.kind == COMPANY else None
                if e is not None:
                    return [e]
                named = self._demonym_name(target) if m is None else []
                if named:
                    return named  # "l'usine tchèque du Coréen Kelvor": the nationality's company
        return []

    def _named_child(self, t, kind: str) -> list[Entity]:
        """'Elon Musk's xAI supercomputer', 'the Chinese firm Kuaishou': a name attached to a noun; for a company
        noun also deeper in its phrase ('le géant coréen de la mémoire SK Hynix')."""
        # the name in apposition first: "Huawei's spin-off unit, xFusion" is xFusion
        order = {"appos": 0, "flat": 0, "flat:name": 0, "compound": 1, "nmod": 2, "poss": 3, "nmod:poss": 3}
        for c in sorted(self.children(t), key=lambda c: order.get(c.dep_, 4)):
            if self._parenthesised(t, c):
                continue  # 'Fiat-Chrysler (Fiat, Lancia)': examples in brackets, not the noun's name
            if c.dep_ in ("poss", "nmod:poss") and kind == COMPANY and (
                    self.goods_noun(t) or fold(t.lemma_) in self.lang.words("offering_nouns")):
                continue  # 'AMD's latest chips', 'Kelvor's graphics solutions' are AMD's, not AMD: buying them is no
                # takeover, providing them supplies no one to Kelvor
            if c.dep_ in ("compound", "poss", "nmod:poss") and c.i < t.i and kind == COMPANY and (
                    fold(t.lemma_) in self.lang.words("relational_nouns") or fold(t.text) in self.lang.words("relational_nouns")):
                continue  # 'the Nvidia supplier', 'Nvidia's supplier': the other end of the relation, not the noun's referent
            if c.dep_ in ("compound", "appos", "flat", "flat:name", "poss", "nmod:poss") or (
                    c.dep_ == "nmod" and not any(x.dep_ == "case" for x in self.children(c))):
                m = self.tok_mention.get(c.i)
                if m is not None and m.kind == kind:
                    e = self.entity_of(m)
                    if e is not None:
                        return [e]
        if kind == COMPANY and self.company_noun(t) and plural(t):
            for c in self.children(t):
                if c.dep_ == "conj" and c.i > t.i and "," in (self.tokens[c.left_edge.i].text,
                                                               self.tokens[c.left_edge.i - 1].text):
                    # 'auprès de deux constructeurs, Kelvor et Brio', '..., l'italien Kelvor et le chinois Brio': the
                    # parser coordinated the names (or their nationalities) with the plural noun they spell out
                    named: list[Entity] = []
                    for x in (c, *c.conjuncts):
                        for e in self._one(x, kind) if x.pos_ == "PROPN" else (
                                self._demonym_name(x) or self._named_child(x, kind)
                                if fold(x.text) in self.disc.lex.gov_adjective else []):
                            if e not in named:
                                named.append(e)
                    if named:
                        return named  # the whole group: the noun stands for no one of them alone
            counted = self._spelled_out(t)
            if counted:
                return counted
        if kind == PRODUCT:  # "Nvidia's H20 server chips": the named product anywhere in the noun's modifiers
            chain = ("compound", "amod", "nummod", "flat", "flat:name", "appos", "nmod", "npadvmod")
            todo = list(self.children(t))
            while todo:  # only through modifiers: 'the new process for its Dimensity chip' names no product
                c = todo.pop(0)
                if c.dep_ not in chain or any(g.dep_ == "case" for g in self.children(c)) \
                        or fold(c.text) in self.lang.words("list_introducers"):
                    continue  # 'Nvidia chips, including the H20 model': the H20 is an example, not the order
                m = self.tok_mention.get(c.i)
                if m is not None and m.kind == PRODUCT and not m.generic and self.entity_of(m) is not None:
                    return [self.entity_of(m)]
                todo += self.children(c)
        if kind == COMPANY and (fold(t.text) in self.lang.words("company_nouns") or fold(t.lemma_) in self.lang.words("company_nouns")):
            clauses = ("acl", "acl:relcl", "relcl", "advcl", "conj", "parataxis", "ccomp")
            for c in t.subtree:
                # deeper in the noun's own phrase, not in a clause hung on it ('Le constructeur, issu d'une fusion
                # entre PSA et Fiat-Chrysler (Fiat, Lancia)' is not Lancia)
                if any(a.dep_ in clauses for a in c.ancestors if a.i != t.i and t.i in {x.i for x in a.ancestors}) \
                        or c.dep_ in clauses:
                    continue
                if c.i > t.i and c.dep_ in ("appos", "flat", "flat:name") and not self._parenthesised(t, c):
                    m = self.tok_mention.get(c.i)
                    if m is not None and m.kind == kind and self.entity_of(m) is not None:
                        return [self.entity_of(m)]
        return []

    def complements(self, t) -> list:
        """The nouns that complete ``t`` through a preposition ('a cluster of X', 'the likes of X', 'exemplaires
        de X'): an English preposition's object, a French nominal modifier."""
        return [g for c in self.children(t) if c.dep_ in ("prep", "nmod")
                for g in ([c] if c.dep_ == "nmod" else self.children(c)) if g.dep_ in ("pobj", "nmod")]

    def vendor_after_goods(self, t) -> bool:
        """Whether ``t`` is a 'de X' that follows goods completing the same noun: "l'acquisition de 50 000 cartes
        de Nvidia" as the parser often hangs it (on 'acquisition'), where Nvidia makes the cards."""
        h = t.head
        return h.i != t.i and t.dep_ == "nmod" and not self.goods_noun(h) and any(
            c.i < t.i and c.dep_ == "nmod" and (self.goods_noun(c) or self.container(c))
            and any(g.dep_ == "case" for g in self.children(c)) for c in self.children(h))

    def container(self, t) -> bool:
        """A noun that counts or gathers things ('un lot de', 'a fleet of', cue container_nouns)."""
        words = self.lang.words("container_nouns")
        return fold(t.text) in words or fold(t.lemma_) in words

    def goods_noun(self, t) -> bool:
        """A noun that names goods ('chips', 'processeurs'), or heads a product's name."""
        m = self.tok_mention.get(t.i)
        if (m is not None and m.kind == PRODUCT) or fold(t.text) in self.lang.table("product_heads") \
                or fold(t.lemma_) in self.lang.table("product_heads"):
            return True
        return m is None and self.container(t) and any(self.goods_noun(g) for g in self.complements(t))  # 'un parc de cartes'

    def _parenthesised(self, t, c) -> bool:
        """Whether ``c`` stands inside brackets opened after ``t``: more '(' than ')' between the two. Read from a
        table of the brackets open before each token, made once per sentence (the test runs for every child of
        every noun a role reaches)."""
        lo, hi = min(t.i, c.i), max(t.i, c.i)
        if hi - lo < 2:
            return False  # nothing between
        if self._depth is None:
            self._depth = [0]
            for x in self.tokens:
                self._depth.append(self._depth[-1] + (x.text == "(") - (x.text == ")"))
        return self._depth[hi] - self._depth[lo + 1] > 0

    def _spelled_out(self, t) -> list[Entity]:
        """'auprès de deux constructeurs, l'allemand Kelvor et le coréen Brimco', 'two vendors: Kelvor and Brimco':
        the names right after a counted company noun's comma or colon, up to the clause's end, when there are as
        many as it counts (however the parser hung them)."""
        numbers = self.lang.table("group_numbers")
        count = next((numbers[fold(c.text)] for c in self.children(t) if c.dep_ == "nummod" and fold(c.text) in numbers), None)
        punct = next((x for x in self.tokens[t.i + 1:t.i + 4] if x.pos_ != "ADJ"), None)
        if count is None or punct is None or punct.text not in (",", ":"):
            return []
        end = next((x.i for x in self.tokens[punct.i + 1:] if x.text in (".", ";", "(", ":") or x.pos_ in ("VERB", "AUX")),
                   len(self.doc))
        out: list[Entity] = []
        self._companies_of(self.tokens[punct.i + 1:end], out)
        return out if len(out) == count else []

    def _companies_of(self, tokens, out: list[Entity]) -> None:
        """Add to ``out`` the companies named by ``tokens``, each once, in order; not a name that only describes
        another ('such as TikTok parent ByteDance': ByteDance)."""
        for g in tokens:
            h = g.head
            if g.dep_ in ("compound", "poss", "nmod:poss") and h.i != g.i and h.pos_ == "NOUN" \
                    and self.tok_mention.get(h.i) is None and h.head.i != h.i \
                    and getattr(self.tok_mention.get(h.head.i), "kind", None) == COMPANY:
                continue
            if g.dep_ in ("poss", "nmod:poss") and h.i != g.i and getattr(self.tok_mention.get(h.i), "kind", None) == COMPANY:
                continue  # "Huawei's spin-off Honor": the possessor describes the name it is written on
            m = self.tok_mention.get(g.i)
            e = self.entity_of(m) if m is not None else None
            if m is None and g.pos_ == "PROPN" and not g.dep_.startswith(("compound", "flat", "appos")) \
                    and not (g.i > 0 and self.tokens[g.i - 1].text == "(") \
                    and not any(getattr(self.tok_mention.get(c.i), "kind", None) == COMPANY for c in self.children(g)
                                if c.i < g.i):  # not 'Veltrix (Tessel)', its brand, nor 'Apple Watch', its product
                e = self.unknown_company(g)  # 'include Kelvor and Orvane': names no list knows, listed like any
            if e is not None and e.kind == COMPANY and e not in out:
                out.append(e)

    def _introduces(self, w, words) -> bool:
        """Whether a list introducer ('including', 'such as', 'tels que') starts at ``w``."""
        return fold(w.text) in words or (w.i + 1 < len(self.doc) and f"{fold(w.text)} {fold(self.tokens[w.i + 1].text)}" in words)

    def _listed_at_the_end(self, t, words) -> list[Entity]:
        """'several carmakers that will use Nvidia's Drive platform in new vehicles, including Polestar, Xpeng
        and NIO': a plural company noun's examples set at the end of its sentence, behind a comma, when no other
        company noun comes between."""
        for w in self.tokens[t.i + 1:]:
            if w.text in (".", ";", ":"):
                return []
            if w.pos_ == "NOUN" and (fold(w.lemma_) in self.lang.words("company_nouns")):
                return []
            if self.tokens[w.i - 1].text == "," and self._introduces(w, words):
                for g in self.surface_groups:
                    if g[0].start >= self.p.pos(w) and g[0].start - self.p.end_pos(w) <= 12:
                        return [e for e in (self.entity_of(m) for m in g) if e is not None and e.kind == COMPANY]
                out: list[Entity] = []  # a run the surface grouping lost (names no layer knows among them)
                end = next((x.i for x in self.tokens[w.i + 1:] if x.text in (".", ";", ":") or x.pos_ in ("VERB", "AUX")),
                           len(self.doc))
                self._companies_of(self.tokens[w.i + 1:end], out)
                return out
        return []

    def _named_by_predicate(self, t) -> list[Entity]:
        """'carmakers that rely on Kelvor's sensors include BMW and Audi', 'les fabricants qui utilisent ses puces
        sont Sony et TCL': a plural company noun that a relative clause qualifies, subject of a verb that names
        its members (cue ``naming_verbs``) or of a copula, is the companies that follow."""
        if not t.dep_.startswith("nsubj") or t.head.i == t.i or not any(
                c.dep_ in ("relcl", "acl:relcl") for c in self.children(t)):
            return []
        v, out = t.head, []
        if fold(v.lemma_) in self.lang.words("naming_verbs"):
            named = [c for c in self.children(v) if c.dep_ in OBJ_DEPS or c.dep_ == "attr"]
        elif fold(v.lemma_) in self.lang.words("member_verbs") or any(c.dep_ == "cop" for c in self.children(v)) \
                and v.pos_ == "PROPN":
            named = [c for c in self.children(v) if c.dep_ == "attr"] or ([v] if v.pos_ == "PROPN" else [])
        else:
            return []
        for c in named:
            self._companies_of((c, *c.conjuncts), out)
        return out

    def _listed_in_brackets(self, t) -> list[Entity]:
        """'trois fondeurs asiatiques (Brio, Kestrel et Veltrix)', 'two assemblers (Foxconn and Wistron)': the
        names a bracket opened within the noun's phrase lists, if they are all it holds."""
        for w in self.tokens[t.i + 1:t.i + 7]:
            if w.text in (",", ";", ".", ":") or w.pos_ in ("VERB", "AUX"):
                return []
            if w.text == "(":
                close = next((x.i for x in self.tokens[w.i + 1:] if x.text == ")"), None)
                inside = self.tokens[w.i + 1:close] if close is not None else []
                if not inside or any(self.tok_mention.get(x.i) is None and x.text != "," and x.pos_ != "CCONJ"
                                     for x in inside):
                    return []  # '(which ship to Apple and Dell)': a clause, not a list of names
                out: list[Entity] = []
                self._companies_of(inside, out)
                return out
        return []

    def company_noun(self, t) -> bool:
        """Whether the word names a company by its kind ('the chipmaker', 'the unit'); not a word of a product's
        name ('graphics processing units')."""
        nouns = self.lang.words("company_nouns")
        if not (fold(t.lemma_) in nouns or fold(t.text) in nouns):
            return False
        m = self.mention(t)
        return m is None or m.kind != PRODUCT

    def _listed(self, t) -> list[Entity]:
        """'Chinese companies including ByteDance and Tencent', 'clients chinois, dont SMIC': the names listed
        (never after a product noun: 'cinq superordinateurs, dont Lumi' lists machines)."""
        if t.pos_ not in ("NOUN", "PROPN") and not (t.pos_ == "ADJ" and self.company_noun(t)) \
                or self.tok_mention.get(t.i) is not None:
            return []  # (a trade's acronym the tagger took for an adjective: 'OSATs such as ASE')
        if fold(t.text) in self.lang.table("product_heads") or fold(t.lemma_) in self.lang.table("product_heads"):
            return []
        words = self.lang.words("list_introducers")
        if not self.company_noun(t):  # 'ses voitures, comme Apple': a comparison, not an example of the noun
            words = words - self.lang.words("comparison_introducers")
        out: list[Entity] = []
        for c in self.children(t):
            introduced = fold(c.text) in words or (c.i > 0 and f"{fold(self.tokens[c.i - 1].text)} {fold(c.text)}" in words)
            holds_list = c.dep_ in ("appos", "acl:relcl", "nmod", "acl") and any(
                fold(g.text) in words for g in c.subtree if g.i < c.i or g.i == c.i or g.head.i == c.i)
            if introduced or holds_list:
                self._companies_of(c.subtree, out)
        if out:
            return out
        if t.dep_.startswith("nsubj") and t.head.i != t.i and ("Plur" in feature(t, "Number") or t.tag_ == "NNS"):
            # 'Plusieurs clients se fournissent chez Samsung, comme Apple et Nvidia': the examples set after the
            # verb, behind a comma, are the subject's
            for c in self.children(t.head):
                intro = [g for g in self.children(c) if g.dep_ in ("case", "mark", "prep") and fold(g.text) in words]
                if c.i <= t.head.i or not intro or self.tokens[intro[0].i - 1].text != ",":
                    continue
                self._companies_of((c, *c.conjuncts), out)
            if out:
                return out
        if ("Plur" in feature(t, "Number") or t.tag_ == "NNS") and self.company_noun(t):
            out = self._listed_at_the_end(t, words) or self._listed_in_brackets(t) or self._named_by_predicate(t)
            if out:
                return out
        # the parse lost the list: names right after an introducer that follows the noun, or its short complement
        # ('clients with bigger budgets such as ...')
        for w in self.tokens[t.i + 1:t.i + 7]:
            if not self._introduces(w, words) and (w.pos_ in ("VERB", "AUX") or w.i > t.i + 3 and w.pos_ not in (
                    "ADJ", "NOUN", "ADP", "DET")):
                break  # (not 'Kelvora works with carmakers such as ...': the list is another noun's)
            if self._introduces(w, words):
                for g in self.surface_groups:
                    if g[0].start >= self.p.pos(w) and g[0].start - self.p.end_pos(w) <= 30:
                        out = [e for e in (self.entity_of(m) for m in g) if e is not None and e.kind == COMPANY]
                        # names the grouping left out before it ('comme Kelvora, Atlas, Orbanex ou Brio': a
                        # product among the names breaks the group), when only names and commas come between
                        first = w.i + (1 if fold(w.text) in words else 2)
                        before = [x for x in self.tokens[first:] if self.p.pos(x) < g[0].start]
                        if all(x.text == "," or x.pos_ == "PROPN" or self.tok_mention.get(x.i) is not None for x in before):
                            pre: list[Entity] = []
                            self._companies_of(before, pre)
                            out = pre + [e for e in out if e not in pre]
                        return out
                nxt = next((self.tok_mention.get(x.i) for x in self.tokens[w.i + 1:w.i + 4] if self.tok_mention.get(x.i)), None)
                if nxt is not None and nxt.kind == COMPANY:
                    e = self.entity_of(nxt)
                    return [e] if e is not None else []
                break
        return []

    # ---------------------------------------------------------------- pronouns
    def unknown_company(self, tok) -> Entity | None:
        """A proper name in a party's place that no earlier layer typed: a company the grammar found."""
        if self.mention(tok) is not None or tok.ent_type_ in ("DATE", "MONEY", "CARDINAL", "PERCENT", "TIME") \
                or not tok.text[:1].isupper():
            return None
        shaped = bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{3,}[a-z]*", tok.text))  # 'EuroHPC', 'NAURA'
        named = tok.ent_type_ in ("ORG", "GPE", "PERSON", "PER", "LOC", "MISC", "PRODUCT", "FAC", "NORP")
        initial = tok.i == 0 or tok.is_sent_start
        word = initial and dictionary_word(tok) and not self._shortens_a_name(tok) and not self._written_inside(tok)
        if tok.pos_ != "PROPN" and not ((not initial or shaped or named or not word) and tok.pos_ in ("NOUN", "X")):
            return None  # a capitalised first word is a name when it is no word ('Veltrix took over ...')
        if tok.ent_type_ in ("PERSON", "PER") and any(c.ent_type_ in ("PERSON", "PER") for c in tok.doc[tok.i - 1:tok.i + 2]
                                                      if c.i != tok.i):
            return None  # 'Jensen Huang': a person's full name
        surname = fold(tok.text)
        if any(k == PERSON and name.split()[-1] == surname for k, name in self.disc.entities) \
                or surname in self.disc.surnames():
            return None  # 'Huang said': the surname of a person named before
        titles = self.lang.words("person_titles")
        for x in reversed(self.tokens[max(0, tok.i - 3):tok.i]):
            if x.pos_ not in ("NOUN", "PROPN", "ADJ") or self.mention(x) is not None:
                break
            if fold(x.text) in titles or fold(x.lemma_) in titles:
                return None  # 'billionaire entrepreneur Musk', 'le PDG Jensen Huang': a title, then a person
        if former_name(self.p.text, self.p.pos(tok), self.lang):
            return None  # 'X (anciennement Twitter)': the company's former name
        if made_by_before(self.p.text, self.p.pos(tok), self.lang):
            return None  # 'constructeur des Clio, Mégane et Captur': the maker's models
        after = self.p.text[self.p.pos(tok) + len(tok.text):][:60]
        if _expanded_term(tok.text, after):
            return None  # 'CoW (Chip-on-Wafer)': the abbreviation of a technical term
        gloss = re.match(r"\s*\(([a-zà-ÿ'’ -]{3,50})\)", after)
        if gloss and re.fullmatch(r"[A-Z]{2,5}s?", tok.text) and not (
                set(gloss.group(1).split()) & set(self.lang.table("company_nouns"))):
            return None  # 'des PCB (circuits imprimés)': an acronym a gloss in lower case explains is a term
        if tok.i > 0 and len(tok.text) <= 3 and self.tokens[tok.i - 1].like_num:
            return None  # '96 Go', '2 TB': a unit after its number
        if counted(tok, self.children):
            return None  # 'as many as 90 million IOPS': what is counted is a measure or goods, not a company
        if tok.dep_ == "compound" and fold(tok.head.lemma_) in self.lang.words("owner_nouns"):
            return None  # 'Douyin-owner ByteDance': the name labels the owner that follows
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and re.fullmatch(r"[A-Z]{2,3}", tok.text):
            return None  # 'IP vendor Arm', 'EDA tools': a short acronym before a common noun names a trade or goods
        if len(tok.text) < 2 or fold(tok.text) in self.lang.words("not_names") \
                or fold(tok.text) in self.lang.words("executive_titles"):
            return None
        if plural_acronym(tok.text):
            return None  # 'vend à des OEMs': the plural of a trade's acronym (OEMs, ODMs, GPUs) names a class
        if word and not _shaped_name(tok.text) and not self._flat_name(tok):
            return None  # 'Concurrencer Xilinx ...', 'Demand rose ...': a capitalised first word that is a word
        if any(self.mention(c) is not None and self.mention(c).kind == PRODUCT for c in self.children(tok) if c.i < tok.i):
            return None  # 'the LPDDR5X RAM': a product's type noun, not a company (not 'vers Zentek pour le packaging')
        if tok.ent_type_ == "LOC" and tok.vocab.vectors.shape[0] and dictionary_word(tok) and tok.text[1:].islower() \
                and fold(self.tokens[max(0, tok.i - 1)].text) in self.lang.words("destination_prepositions"):
            return None  # 'a livré des puces à Perpignan': a town the French model knows, where the goods went
        if tok.ent_type_ == "LOC" and tok.vocab.vectors.shape[0] and tok.vocab.has_vector(tok.text) \
                and tok.dep_ == "nmod" and tok.head.i != tok.i and self.goods_noun(tok.head):
            return None  # 'les puces de Dresde': a place the French model knows, where the goods come from
        if tok.dep_ == "compound" and tok.head.i > tok.i \
                and fold(tok.head.lemma_) in self.lang.words("facility_heads", "project_nouns"):
            return None  # 'at the Tarnow fab', 'to the Nimbus project': a site or a project, as the mention layer reads it
        if tok.ent_type_ in ("GPE", "LOC") and tok.dep_ not in ("poss", "nmod:poss", "compound"):
            site = tok.head.head if tok.dep_ == "pobj" else tok.head
            if fold(site.lemma_) in self.lang.words("facility_heads"):
                return None  # 'dans son usine de Dresde', 'its plant in Kumamoto': where, not who ('X's lines' is X's)
        lex = self.disc.lex
        # the name's own parts: the flat and compound words hanging from it, not those of an apposition
        # inside its subtree ('Veltrix, the AI startup' is Veltrix)
        span = [c for c in tok.subtree if c.i == tok.i or _part_of_name(c, tok)]
        span = [c for c in span if c.pos_ == "PROPN" and self.mention(c) is None] or [tok]
        k = max(c.i for c in span) + 1
        while k < len(self.tokens) and self._name_goes_on(self.tokens[k]):
            span.append(self.tokens[k])  # 'par Oak Ridge National Laboratory': capitalised words the parse split
            k += 1
        span.sort(key=lambda x: x.i)
        before = self.tokens[span[0].i - 1] if span[0].i > 0 else None
        if before is not None and (bm := self.mention(before)) is not None and bm.kind == COMPANY \
                and bm.source == "lexicon" and before.dep_ in ("compound", "nmod", "flat", "flat:name", "poss"):
            return None  # 'Renault Megane E-TECH': a model named after a known company, written right after its name
        if before is not None and (bm := self.mention(before)) is not None and bm.kind == COMPANY and len(span) == 1 \
                and tok.text in self.lang.cue("name_tails") and self.p.pos(tok) - bm.end <= 1:
            return self.entity_of(bm)  # 'McPhy Energy annonce ...': the tail of the name the mention began
        if len(span) > 1 and dateline(self.p.text, self.p.pos(span[0]), self.p.end_pos(span[0])):
            span = span[1:]  # 'PARIS — Mynexa, a maker of ...': the dateline, then the name
        nouns = self.lang.words("company_nouns")
        while len(span) > 1 and span[0].i < tok.i and fold(span[0].text) in nouns:
            span = span[1:]  # 'Chipmaker Quorvane': the trade before the name is no part of it
        if len(span) > 1 and fold(span[0].text) in self.lang.words("months") and span[0].i > 0 \
                and self.tokens[span[0].i - 1].pos_ == "ADP":
            span = span[1:]  # 'In March Korvath received ...': the date before the name is no part of it
        if len(span) == 1 and (fold(tok.text) in nouns or fold(tok.lemma_) in nouns):
            return None  # 'Carmakers that rely on ...': a trade, capitalised to open the sentence
        name = " ".join(c.text for c in sorted(span, key=lambda x: x.i))
        if len(name) > 1 and name.endswith(".") and not name.endswith(".."):
            name = name[:-1]  # 'for X.': the sentence's full stop, glued to a short name by the tokenizer
        if lex.is_non_party(name) or lex.product(name) or re.search(r"\d", name) or lex.is_demonym(name) \
                or names_a_project(name.split(), "", self.lang):
            return None  # (and 'the Aurora Project': a project, not a company; 'le Californien': a description)
        if name.endswith("s") and lex.product(name[:-1]):
            return None  # 'for future iPhones': units of a product
        if all(fold(c.text) in self.lang.words("not_names") or lex.is_demonym(c.text) for c in span):
            return None  # 'Swedish EMS provider Kelvor': a trade's acronym after a nationality names no one
        if all(dictionary_word(c) for c in span) and is_headline(self.p.sentence):
            return None  # 'Kelvor, Orvane Sign Multi-Year Supply Pact': a title capitalises its words, names or not
        glued = _glued_word(self.p.text, self.p.pos(tok), self.p.pos(tok) + len(tok.text))
        if "-" in glued and (lex.is_non_party(glued) or lex.product(glued)):
            return None  # 'RISC-V', split at its hyphen: a part of a name that is no company's
        nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
        if nxt is not None and nxt.text[:1].isupper() and lex.is_non_party(f"{name} {nxt.text}"):
            return None  # 'la Silicon Valley': the first word of a place's name
        a = min(self.p.pos(c) for c in span)
        if dateline(self.p.text, a, a + len(name)):
            return None
        m = Mention(a, a + len(name), name, lex.company(name) or name, COMPANY, source="role")
        e = self.disc.entity(m)
        self.extra[tok.i] = e
        return e

    def _written_inside(self, tok) -> bool:
        """'Elia a commandé ... selon Elia': a capitalised first word that the article also writes, capitalised,
        inside a sentence is a name there too, whatever the dictionary says of it."""
        if tok.ent_type_ in ("GPE", "LOC") or self.disc.lex.is_place(tok.text):
            return False  # 'Québec et Ottawa financeront ...': a place, wherever it is written
        text, here = self.p.text, self.p.pos(tok)
        if text[here + len(tok.text):here + len(tok.text) + 3].lstrip(" \u00a0").startswith(":"):
            return False  # 'Mobile : SFR a commandé ...': a heading
        known = self.disc.mid_sentence.get(tok.text)
        if known is None:
            known = False
            for m in re.finditer(r"(?<![\w'’-])" + re.escape(tok.text) + r"(?![\w'’-])", text):
                before = text[:m.start()].rstrip(" \t")
                prev = re.search(r"([A-Z][\w&'’-]*)$", before)
                if m.start() != here and before and before[-1] not in ".!?:;\"«“”»(\n—–-" \
                        and not (prev and not is_word(tok.vocab, prev.group(1).lower())):
                    known = True  # (not the end of another name, 'SFR Mobile'; 'Selon Elia' is a word, then the name)
                    break
            self.disc.mid_sentence[tok.text] = known
        return known

    def _shortens_a_name(self, tok) -> bool:
        """'Dish already has ...' after 'DISH Network': a capitalised word that opens a longer name of a company no
        list knows, which the article named before, is that company's short name, even where it is also a word."""
        low = fold(tok.text)
        return any(kind == COMPANY and ent.info is None and k.startswith(low + " ")
                   for (kind, k), ent in self.disc.entities.items())

    def _opens_epithet(self, t) -> bool:
        """'la marque à la pomme': a noun that opens one of the lexicon's epithets, with the rest of it after."""
        low = fold(t.text)
        if t.pos_ != "NOUN" or low not in self.disc.lex.epithet_heads:
            return False
        phrase = fold(" ".join(self.p.surface(x) for x in t.subtree if x.i >= t.i))
        return any(e.startswith(low + " ") and phrase.startswith(e) for e in self.disc.lex.epithets)

    def _flat_name(self, tok) -> bool:
        """'Brio Memory fournit ...': a first word the dictionary knows, heading a name the parser joined to it
        with another capitalised word ('flat:name', 'compound'), is a name, not a word."""
        return tok.pos_ == "PROPN" and any(c.dep_ in ("flat", "flat:name", "compound") and c.pos_ == "PROPN"
                                           and c.text[:1].isupper() and c.i > tok.i for c in self.children(tok))

    def _named_before_comma(self, a) -> Entity | None:
        """The company named right before ', <noun phrase>' that opens with ``a``'s phrase (an apposition)."""
        if a.pos_ != "NOUN":
            return None
        start = min(x.i for x in a.subtree if x.i <= a.i and x.pos_ != "PUNCT")
        if start < 2 or self.tokens[start - 1].text != ",":
            return None
        m = self.tok_mention.get(start - 2)
        if m is not None and m.kind == COMPANY:
            return self.entity_of(m)
        return None

    def open_apposition(self, t) -> Entity | None:
        """The company named right before the comma that opens the phrase holding ``t``, when no verb or other comma
        comes between, nor another company or a subject ('Après le rachat de Kelvor, Orvane via sa filiale ...'):
        'Renault a signé avec Norsilica, premier fournisseur de substrats via sa filiale Zentrix'."""
        named = self.apposition_name(t)
        return self.entity_of(self.tok_mention[named.i]) if named is not None else None

    def apposition_name(self, t):
        """The token of the company name that :meth:`open_apposition` finds, or None."""
        for k in range(t.i - 1, 0, -1):
            x = self.tokens[k]
            if x.pos_ in ("VERB", "AUX") or x.text in (";", ":", "(", ")") or x.dep_.startswith("nsubj") \
                    or (m := self.tok_mention.get(k)) is not None and m.kind == COMPANY:
                return None
            if x.text == ",":
                m = self.tok_mention.get(k - 1)
                return self.tokens[k - 1] if m is not None and m.kind == COMPANY and self.entity_of(m) is not None \
                    else None
        return None

    def _name_goes_on(self, x) -> bool:
        """Whether token ``x``, right after a name no list knows, is one more word of it: a capitalised word inside
        the sentence that no layer typed, no date, title or nationality."""
        return x.text[:1].isupper() and x.text.isalpha() and x.pos_ in ("PROPN", "NOUN", "X", "ADJ", "ADV") \
            and self.mention(x) is None and x.ent_type_ not in ("DATE", "TIME") and not x.is_sent_start \
            and fold(x.text) not in self.lang.words("executive_titles", "person_titles") \
            and fold(x.text) not in self.disc.lex.gov_adjective

    def _conjunct_owner(self, t) -> Entity | None:
        """'l'américain et ses deux grands fournisseurs', 'Dell and its suppliers': a possessive on the second of two
        coordinated nouns is the first one's, when that one is a company."""
        if t.dep_ not in ("det", "poss", "nmod:poss", "det:poss") or fold(t.text) not in self.lang.words(
                "possessive_determiners"):
            return None
        noun = t.head
        if noun.dep_ != "conj" or noun.head.i >= noun.i or noun.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(x.pos_ in ("VERB", "AUX") or x.text in (",", ";", ":") for x in self.tokens[noun.head.i + 1:t.i]):
            return None  # 'Dell, whose ..., and its suppliers': only the plain pair
        found = self._one(noun.head, COMPANY)
        return found[0] if len(found) == 1 else None

    def _chosen_clitic(self, t) -> bool:
        """'le Commissariat l'a choisie pour lui fournir': the object clitic of a verb of choice (cues chosen_clitics,
        choice_verbs) is a company; not every 'l'' ('Orvane l'a rachetée' may mean a plant or a division)."""
        return t.pos_ == "PRON" and t.dep_ == "obj" and fold(t.text) in self.lang.words("chosen_clitics") \
            and fold(t.head.lemma_) in self.lang.words("choice_verbs")

    def pronoun(self, t) -> Entity | None:
        first = self._conjunct_owner(t)
        if first is not None:
            return first
        if (fold(t.text) in self.lang.words("object_clitics") or self._chosen_clitic(t)) and t.dep_ in ("iobj", "obj") \
                and self._has_subject(t.head):
            # 'Qualcomm lui fournit des modems tandis que Xilinx lui vend des puces': a clitic object of a verb
            # with a subject is none of the sentence's subjects: a company named before it in the sentence
            # ('reprendre ses échanges avec Huawei et lui fournir'), else the one an earlier clitic meant, else
            # the company the article is about
            subjects = {e for x in self.tokens if x.dep_.startswith(SUBJ_DEPS) and x.i in self.tok_mention
                        for e in self._one(x, COMPANY)}  # named ones: a pronoun subject is resolved on its own
            subjects |= {e for x in self.children(t.head) if x.dep_.startswith(SUBJ_DEPS)
                         and (self.is_latter(x) or x.pos_ == "NOUN" and x.i not in self.tok_mention)
                         for e in self.refer(x, COMPANY)}  # 'Ce dernier lui a commandé', "L'opérateur Orvane l'a
            # choisie": not the verb's own subject, however it names the company
            if self._relative_subject(t.head):
                # 'Nvidia a investi dans Nebius, qui lui achète des GPU': in a relative clause the clitic is not the
                # antecedent (the clause's subject); the company named before it is, even the main clause's subject
                subjects = set(self._one(t.head.head, COMPANY))
            exclude = set(self._exclude) | subjects
            before = [e for m in self.mentions if m.kind == COMPANY and m.end <= self.p.pos(t)
                      and (e := self.entity_of(m)) is not None and e not in exclude]
            if before:
                return before[-1]
            last = self.disc.clitic
            if last is not None and last[0] >= self.disc.sentence - 2 and last[1] not in exclude:
                return last[1]  # 'Qualcomm lui fournit des modems. Xilinx lui vend des puces': the same one
            # the last sentence's subject ('Apple a choisi TSMC. Le fondeur lui livrera ...'), else the company
            # the article has named most often; not the first name of a sentence whose subject is a thing
            last_subject = self.disc.subjects[-1] if self.disc.subjects else None
            e = last_subject if last_subject is not None and last_subject not in exclude else None
            if e is None:
                told = Counter(x for x in self.disc.history if x not in exclude)
                e = max(told, key=lambda x: (told[x], x.salience)) if told else None
            if e is not None:
                self.disc.clitic = (self.disc.sentence, e)
            return e
        if getattr(t, "dep_", "").startswith("nsubj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "cop" for c in self.children(t.head)):
            # a subject pronoun is none of the names its own verb takes ('elle a réalisé ... de revenus avec
            # Tesla': not Tesla; '"... to Huawei," it added': not Huawei), but a clause before a colon is no
            # complement of it, whatever the parse ('Nvidia made a curious move: it agreed to ...')
            colon = max((x.i for x in self.tokens[:t.i] if x.text in (":", ";")), default=-1)
            own = {self.entity_of(self.tok_mention[x.i]) for x in t.head.subtree
                   if x.i != t.i and x.i > colon and x.i in self.tok_mention and self.tok_mention[x.i].kind == COMPANY
                   and not _in_subclause(x, t.head)}
            self._exclude = set(self._exclude) | {e for e in own if e is not None}
        if fold(t.text) in self.lang.words("possessive_determiners") \
                and (fold(t.head.lemma_) in (making := self.lang.words("making_nouns")) or fold(t.head.text) in making):
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and self._relative_subject(verb):
                # 'Kelvor, qui a réservé un tiers de sa production pour Orvane': in a relative clause, the making
                # a possessive owns is the antecedent's ('TSMC, which will make its chips' is not: its chips are
                # another's); where another role holds the antecedent, no other company stands in
                own = self._one(verb.head, COMPANY)
                if own:
                    return None if own[0] in self._exclude else own[0]
        taker = self._goods_taker(t)
        if taker:
            self._exclude = set(self._exclude) | taker
        predicate = self._predicate_subjects(t)
        if predicate:
            # 'Apple est devenu son second client', 'Apple became its largest customer': a company is not its own
            # customer; the possessive is another company
            self._exclude = set(self._exclude) | predicate
        e = self._pronoun(t)
        if e is None or e not in self._exclude:
            return e
        # the first choice fills another role of the frame: the clause's subject, else the nearest other company
        subj = self._clause_subject(t)
        if subj is not None and subj not in self._exclude:
            return subj
        before = [self.entity_of(m) for m in self.mentions if m.kind == COMPANY and m.end <= self.p.pos(t)]
        others = [x for x in before if x is not None and x not in self._exclude]
        if others:
            return others[-1]
        return self.disc.focus(exclude=set(self._exclude))

    def _goods_taker(self, t) -> set[Entity]:
        """'Volvo signed a deal with Nvidia to use its chips', 'Renault ... pour acheter ses puces': goods a company
        takes (buys, uses, deploys; cue goods_taking_verbs) are another's, so the possessive on them is not the
        taker (its own ones are said so: 'to use its own chips')."""
        if fold(t.text) not in self.lang.words("possessive_determiners"):
            return set()
        noun = t.head
        if noun.i == t.i or noun.dep_ not in OBJ_DEPS or not self.goods_noun(noun) \
                or any(fold(c.text) in self.lang.words("own_words") for c in self.children(noun)):
            return set()
        v = noun.head
        if fold(v.lemma_) not in self.lang.words("goods_taking_verbs") or v.dep_ not in ("xcomp", "advcl") \
                or v.head.i == v.i or any(c.dep_.startswith("nsubj") for c in self.children(v)):
            return set()  # (a purpose said by an infinitive; 'les fabricants auxquels Orvane achetait ses mémoires')
        if any(x.i > noun.i and self._owner_named_at(x) is not None for x in v.subtree):
            return set()  # 'to buy its chips from Nvidia': the goods it needs, from the seller it names
        subjects = [c for c in self.children(v.head) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        return {e for c in subjects if c.i < t.i for e in self._one(c, COMPANY)}

    def _fronted_clause_subject(self, t) -> Entity | None:
        """'To keep doing business with its customers, Kelvor cut ...': a possessive in an adverbial clause set before
        the main clause, with no subject of its own, is the main clause's subject, named after it. (French parses
        differ: some put the possessive's noun under the main verb, where this does not reach.)"""
        if fold(t.text) not in self.lang.words("possessive_determiners"):
            return None
        clause = next((a for a in t.ancestors if a.dep_ == "advcl"), None)
        if clause is None or clause.head.i == clause.i or clause.i > clause.head.i \
                or any(c.dep_.startswith("nsubj") for c in self.children(clause)):
            return None  # ('After Samsung cut its prices, Volvo ...': a clause with a subject of its own)
        subjects = [c for c in self.children(clause.head) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].i < max(x.i for x in clause.subtree):
            return None
        return self._owner_named_at(subjects[0])  # a name, not a description or a pronoun, which resolve on their own

    def _relative_subject(self, v) -> bool:
        """Whether verb ``v`` heads a relative clause whose subject is the relative pronoun ('qui', 'which')."""
        pronouns = self.lang.words("relative_subject_pronouns")
        return v.dep_ in ("acl:relcl", "relcl") and v.head.i != v.i and any(
            c.dep_.startswith("nsubj") and fold(c.text) in pronouns for c in self.children(v))

    def _predicate_subjects(self, t) -> set[Entity]:
        """For a possessive on a relational noun said of a subject ('X became its customer', 'X est son client',
        'X and Y are among its customers', 'X figure parmi ses fournisseurs'), the companies of that subject."""
        if fold(t.text) not in self.lang.words("possessive_determiners"):
            return set()
        noun = t.head
        if fold(noun.lemma_) not in self.lang.words("relational_nouns") or noun.pos_ not in ("NOUN", "PROPN"):
            return set()
        among, members = self.lang.words("among_words"), self.lang.words("member_verbs")
        if noun.head.i != noun.i and (noun.dep_ in ("attr", "oprd", "xcomp", "acomp") or noun.dep_.startswith("obl")
                                      and fold(noun.head.lemma_) in ("devenir", "redevenir", "rester", "demeurer")):
            verb = noun.head  # ('Apple est devenu son client' is parsed with an oblique)
        elif any(c.dep_ == "cop" for c in self.children(noun)):
            verb = noun
        elif noun.dep_ == "pobj" and fold(noun.head.text) in among and fold(noun.head.head.lemma_) in members:
            verb = noun.head.head  # 'X and Y are among its customers' (not 'X counts Y among its customers': X's own)
        elif noun.dep_.split(":")[0] in ("obl", "nmod") and fold(noun.head.lemma_) in members and any(
                c.dep_ == "case" and fold(c.text) in among for c in self.children(noun)):
            verb = noun.head  # 'X et Y figurent parmi ses clients'
        else:
            return set()
        out: set[Entity] = set()
        for c in self.children(verb):
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i:
                for x in (c, *c.conjuncts):
                    out.update(self._one(x, COMPANY))
        return out

    def _pronoun(self, t) -> Entity | None:
        """A singular company pronoun: the name whose apposition holds it ('Cree, premier fournisseur ... via sa
        filiale Wolfspeed'), else an enclosing clause's subject, else the previous subject or the focus."""
        if fold(t.text) in self.lang.words("possessive_determiners"):
            for a in t.ancestors:
                m = self.tok_mention.get(a.i)
                if m is not None and m.kind == COMPANY and self.entity_of(m) is not None:
                    return self.entity_of(m)
                if m is None and a.pos_ == "PROPN":
                    unknown = self.unknown_company(a)  # 'tout comme Quorvane via sa filiale'
                    if unknown is not None:
                        return unknown
                named = self._named_before_comma(a) if a.i != t.head.i else None  # not 'STMicro, son premier client'
                if named is not None:
                    return named  # 'l'américain Cree, premier fournisseur ... via sa filiale', parsed or not
                if a.dep_ in ("appos",) and a.i != t.head.i:  # 'l'américain Cree, premier fournisseur ... via sa filiale'
                    for x in (a.head, *(c for c in self.children(a.head) if c.dep_ in ("flat", "flat:name", "compound"))):
                        m = self.tok_mention.get(x.i)
                        if m is not None and m.kind == COMPANY and self.entity_of(m) is not None:
                            return self.entity_of(m)
                if a.pos_ in ("VERB", "AUX"):
                    break
            named = self.open_apposition(t)
            if named is not None:
                return named  # the same, where the parser hung the possessive's phrase on the verb
        fronted = self._fronted_clause_subject(t)
        if fronted is not None:
            return fronted
        subj = self._clause_subject(t)
        if subj is not None and fold(t.text) in self.lang.words("possessive_determiners") \
                and any(self.entity_of(m) is subj for m in self.mentions if m.end <= self.p.pos(t)):
            return subj  # 'Nvidia counts Microsoft and Google among its customers'
        if fold(t.text) in self.lang.words("possessive_determiners"):
            gap = [x for x in self.tokens[max(0, t.i - 3):t.i]]
            named = [x for x in gap if x.pos_ == "PROPN" and self.mention(x) is None]
            if named and not any(x.pos_ in ("VERB", "AUX", "PUNCT") for x in gap[gap.index(named[-1]):]):
                unknown = self.unknown_company(named[-1])  # 'tout comme GWM via sa filiale Xindong'
                if unknown is not None:
                    return unknown
        near = [m for m in self.mentions if m.kind == COMPANY and m.end <= self.p.pos(t)]
        if fold(t.text) in self.lang.words("possessive_determiners") and near:
            gap = self.tokens[self._token_at(near[-1].end - 1).i + 1:t.i] if self._token_at(near[-1].end - 1) else []
            if len(gap) <= 2 and not any(x.pos_ in ("VERB", "AUX") for x in gap):
                return self.entity_of(near[-1])  # 'GWM via sa filiale Xindong'
        anc = {a.i for a in t.ancestors}
        best = None
        for s in self.tokens:
            if s.i >= t.i or not s.dep_.startswith(SUBJ_DEPS) or s.head.i not in anc and s.head.i != t.head.i:
                continue
            if s.head.i == t.head.i and t.dep_.startswith("nsubj"):
                continue  # the pronoun is that verb's subject itself
            if s.i in self.tok_mention and self.tok_mention[s.i].kind == PERSON:
                continue  # 'Jensen Huang asked SK Hynix to bring forward its chips': 'its' is no person's
            ents = self._one(s, COMPANY) if fold(s.text) not in self.lang.words("singular_pronouns") else []
            if not ents and s.i < t.i and self.mention(s) is None:
                unknown = self.unknown_company(s)  # 'Veltrix has secured a customer for its chips'
                ents = [unknown] if unknown is not None else []
            if len(ents) == 1:
                best = ents[0]
        if best is not None:
            return best
        before = [m for m in self.mentions if m.kind == COMPANY and m.end <= self.p.pos(t)]
        first = self._sentence_subject()
        if first is not None and before and first in [self.entity_of(m) for m in before]:
            return first
        if t.dep_.startswith("nsubj"):
            # 'Lenovo not only buys GPUs from Nvidia, it also buys CPUs from AMD': after 'not only', the subject of
            # the earlier clause, not the last name before the pronoun
            subjects = [s for s in self.tokens if s.i < t.i and s.dep_ == "nsubj" and s.i in self.tok_mention
                        and self.tok_mention[s.i].kind == COMPANY]
            additive = self.lang.words("additive_words")
            ents = self._one(subjects[-1], COMPANY) if subjects and any(
                fold(x.text) in additive and fold(self.tokens[x.i - 1].text) in self.lang.words("negation")
                for x in self.tokens[subjects[-1].i:t.i] if x.i > 0) else []
            if len(ents) == 1:
                return ents[0]
        if t.dep_.startswith("nsubj") and (earlier := self._earlier_clause_subject(t)) is not None:
            # (a description the article has not tied to a name yet: the pronoun means that unknown company too)
            return earlier[0] if earlier and earlier[0] not in self._exclude else None
        if before and t.dep_.startswith("nsubj"):
            return self.entity_of(before[-1])  # "Following Micron's start of production, it secured an order"
        if fold(t.text) in self.lang.words("possessive_determiners") and (owner := self._subject_owner()) is not None:
            return owner
        return self.disc.focus()

    def _earlier_clause_subject(self, t) -> list[Entity] | None:
        """'The operator is deepening its work with Nvidia on AI-RAN; it intends to buy GPUs': the subject pronoun of
        a main clause set after another main clause (a second root after ';', or a conjunct of the root) is that
        clause's subject, however it names the company (a description here), not the last name before it: a list of
        that one company, or an empty list for a company noun that names no company yet, or None where no such
        clause comes before."""
        v = t.head
        if v.i == t.i:
            return None
        if v.head.i == v.i:
            prev = next((x for x in reversed(self.tokens[:t.i]) if x.head.i == x.i), None)  # (a sentence's own Doc)
            if prev is None:  # the clause before ';' parsed as the complement of the verb after it
                prev = next((c for c in self.children(v) if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < t.i
                             and any(x.text == ";" for x in self.tokens[c.i:t.i])), None)
        elif v.dep_ in ("conj", "parataxis") and v.head.head.i == v.head.i:
            prev = v.head
        else:
            return None
        subjects = [c for c in self.children(prev) if c.dep_.startswith(SUBJ_DEPS)] if prev is not None else []
        if len(subjects) != 1 or subjects[0].i >= t.i or fold(subjects[0].text) in self.lang.words("singular_pronouns"):
            return None  # (a pronoun there is resolved on its own, by the rules above)
        ents = self.refer(subjects[0], COMPANY, want_group=False)
        if len(ents) == 1:
            return ents
        return [] if not ents and self.company_noun(subjects[0]) else None

    def _subject_owner(self) -> Entity | None:
        """The one company that completes the sentence's subject, where the subject is no company ('Les grands
        clients de Kelvor sont A, B et C, qui pèsent la moitié de son chiffre d'affaires': Kelvor's)."""
        root = next((x for x in self.tokens if x.head.i == x.i), None)
        subj = next((c for c in self.children(root) if c.dep_.startswith(SUBJ_DEPS)), None) if root is not None else None
        if subj is None or subj.pos_ != "NOUN" or self.mention(subj) is not None:
            return None
        owners = {e for g in (*self.complements(subj), *(c for c in self.children(subj) if is_possessive(c)))
                  if (e := self._owner_named_at(g)) is not None}
        return next(iter(owners)) if len(owners) == 1 else None

    def _owner_named_at(self, g) -> Entity | None:
        """The company token ``g`` names: its mention's, or a proper name no layer typed; None for anything else."""
        m = self.mention(g)
        if m is not None:
            return self.entity_of(m) if m.kind == COMPANY else None
        return self.unknown_company(g) if g.pos_ == "PROPN" else None

    def _token_at(self, pos: int):
        for x in self.tokens:
            if self.p.pos(x) <= pos < self.p.end_pos(x):
                return x
        return None

    def plural_pronoun(self, t) -> list[Entity] | None:
        if self._generic_subject(t):
            return []  # 'OSATs have finalized their orders', 'Chinese firms say they will buy': a kind, not a group
        before = []
        for m in self.mentions:
            if m.kind == COMPANY and m.end <= self.p.pos(t) and not labels_next(self.text, m.start, m.end, self.lang):
                e = self.entity_of(m)  # (not 'TikTok' in 'TikTok owner ByteDance': a label of the next name)
                if e is not None and e not in before:
                    before.append(e)
        if len(before) >= 2:
            if t.dep_ in OBJ_DEPS + ("pobj", "iobj", "dative") and self._plural_noun_between(t):
                return []  # 'Intel will tell its customers in China it cannot supply them': those customers, unnamed
            return before
        return self.disc.last_group()

    def _plural_noun_between(self, t) -> bool:
        """Whether a plural company noun no layer took for a name ('its customers') stands between the last company
        named before ``t`` and ``t``: an object pronoun after it stands for that noun's group."""
        pos = self.p.pos(t)
        last = max((m.end for m in self.mentions if m.kind == COMPANY and m.end <= pos), default=-1)
        labels = self.lang.words("identification_markers")  # ('counts Apple and Nvidia as customers': a label of the names)
        return any(last <= self.p.pos(x) < pos and x.pos_ == "NOUN" and self.company_noun(x)
                   and ("Plur" in feature(x, "Number") or x.tag_ == "NNS") and self.tok_mention.get(x.i) is None
                   and x.dep_ not in ("attr", "oprd", "appos") and fold(x.head.text) not in labels
                   and not any(fold(c.text) in labels for c in self.children(x))
                   for x in self.tokens[:t.i])

    def _group_before(self, t) -> list[Entity]:
        """The companies of the last list this sentence gives before ``t`` (two or more), if any."""
        pos = self.p.pos(t)
        for g in reversed(self.surface_groups):
            if g[-1].end <= pos:
                ents = [e for e in (self.entity_of(m) for m in g) if e is not None and e.kind == COMPANY]
                return ents if len(ents) >= 2 else []
        return []

    def _generic_subject(self, t) -> bool:
        """Whether the subject of the clause a plural pronoun sits in is a bare plural noun that no layer took for a
        company: a kind ('OSATs', 'Chinese firms'), which the pronoun stands for."""
        v = t
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        subj = next((c for c in self.children(v) if c.dep_ in SUBJ_DEPS and c.i != t.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self.tok_mention.get(subj.i) is not None:
            return False
        plural = "Plur" in feature(subj, "Number") or subj.tag_ in ("NNS", "NNPS")
        return plural and not any(c.dep_ in ("det", "det:poss", "nummod", "poss", "predet", "conj", "appos")
                                  for c in self.children(subj))

    # ------------------------------------------------------------- descriptions
    def description(self, t) -> list[Entity]:
        """'the Japanese electronics giant', 'les deux groupes', 'le propriétaire de TikTok' (see module docstring)."""
        named = self._named_child(t, COMPANY)
        if named:
            return named
        if fold(t.lemma_) in self.lang.words("consortium_nouns") or fold(t.text) in self.lang.words("consortium_nouns"):
            members = self._led_by(t)
            if members:  # 'un consortium dirigé par Eviden et ParTec', 'a consortium led by X and Y': its members
                return members
        if t.head.i != t.i and t.dep_ in ("compound", "amod") and self.tok_mention.get(t.head.i) is not None:
            return []  # 'chipmaker' in 'chipmaker Nvidia' is the name's label
        nxt = next((x for x in self.tokens[t.i + 1:t.i + 3] if x.pos_ not in ("ADJ", "SPACE")), None)
        if nxt is not None and self.tok_mention.get(nxt.i) is not None and self.tok_mention[nxt.i].kind == COMPANY \
                and nxt.dep_ not in ("poss", "nmod:poss"):  # ('provide its customers Kelvor's modules': another's)
            e = self.entity_of(self.tok_mention[nxt.i])
            return [e] if e is not None else []  # 'la start-up Norsilica', whatever the parse made of it
        det = [c for c in self.children(t) if c.dep_ in ("det", "det:poss", "nummod", "poss", "predet")]
        words = {fold(c.text) for c in det}
        if not det and any(c.dep_ == "case" and fold(c.text) in self.lang.words("definite_contractions")
                           for c in self.children(t)):
            words.add("le")  # 'les ventes du fondeur coréen': the contraction carries the definite article
        ranked = any(c.dep_ == "poss" and fold(c.lemma_) in self.lang.words("definite_possessors") for c in det)
        if ranked:
            words.add("the")  # "the world's second-largest smartphone maker": one company, named before
        if words & self.lang.words("possessive_determiners") and not plural_poss_of(det, self.lang):
            led = self._led_company(t)
            if led is not None:  # 'Apple CEO Tim Cook said his company will buy': the company its chief leads
                return [led]
        plural_poss = [c for c in det if fold(c.text) in self.lang.words("plural_pronouns")]
        if plural_poss:  # 'their companies': the companies 'they' are
            return list(self.plural_pronoun(plural_poss[0]) or [])
        number = next((self.lang.table("group_numbers")[w] for w in words if w in self.lang.table("group_numbers")), None)
        plural = "Plur" in feature(t, "Number") or (self.lang.code == "en" and t.tag_ in ("NNS", "NNPS"))
        if plural or number:
            ahead = self._counted_after_colon(t, number) if number else []
            if ahead:
                return ahead  # 'chez trois fondeurs : Kelvor grave la moitié des puces, Brio et Zentra ...'
            if not (words & self.lang.words("anaphoric_determiners") or number):
                return []  # 'customers such as', 'Chinese companies': generic, not a group named before
            here: list[Entity] = []  # 'NanoXplore fournira ... Thales Alenia Space, ... entre les deux entreprises'
            for m in self.mentions:
                e = self.entity_of(m)
                if m.kind == COMPANY and m.end <= self.p.pos(t) and e is not None and e not in here:
                    here.append(e)
            if number and len(here) == number:
                return here
            if not words & self.lang.words("anaphoric_determiners", "group_determiners"):
                return []  # 'it has two large cloud customers': new ones, not the last two named
            if not number and words & self.lang.words("possessive_determiners") and (
                    fold(t.lemma_) in self.lang.words("relational_nouns") or fold(t.text) in self.lang.words("relational_nouns")):
                return []  # 'ses clients américains', 'its suppliers': another's customers, not the group named last
            listed = self._group_before(t) if not number else []
            if listed:
                return listed  # 'designers such as Qualcomm, MediaTek and Apple ... as the chip vendors have booked'
            group = self.disc.last_group(number)
            return list(group) if group else []
        if not words & self.lang.words("anaphoric_determiners"):
            return []
        if fold(t.text) in self.lang.words("partner_nouns") or fold(t.lemma_) in self.lang.words("partner_nouns"):
            return self._partner(t)
        if self._latter_word(fold(t.text)):
            return self._latter(t, fold(t.text) in self.lang.words("former_words"))
        phrase = " ".join(self.p.surface(x) for x in t.subtree)
        folded = fold(phrase)
        epithet = next((e for e in self.disc.lex.epithets if e and e in folded), None)
        owned = self._owner_of(t) or self._child_of(t) or self._maker_of_product(t)
        if owned is not None:
            return [owned]
        roles = self.lang.table("company_nouns").get(fold(t.text)) or self.lang.table("company_nouns").get(
            fold(t.lemma_)) or []
        for c in self.children(t):
            if c.dep_ in ("compound", "amod", "nmod") and fold(c.text) in self.lang.words("company_nouns"):
                roles = roles or self.lang.table("company_nouns")[fold(c.text)]
        countries = {g for x in t.subtree for g in self._nationality(x)}
        if t.dep_ in ("amod", "nmod") and t.head.i == t.i + 1:
            countries |= self._nationality(t.head)  # 'Le géant sud-coréen est ...' parsed with the adjective as head
        city = self._home(t)
        exclude = set(self._exclude)  # the frame's other roles: 'agreed to supply the chipmaker' is not the supplier
        subj = self._clause_subject(t)
        if subj is not None:
            exclude.add(subj)
        later = {self.entity_of(m) for m in self.mentions if m.start >= self.p.pos(t)}
        exclude |= {e for e in later if e is not None and e.first == self.disc.sentence
                    and not any(self.entity_of(m) is e for m in self.mentions if m.end <= self.p.pos(t))}
        if t.dep_.startswith(SUBJ_DEPS) and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            # 'The firm took a fifth of Dell's orders': a subject is none of the names its own clause takes
            mine = {x.i for x in t.subtree}
            exclude |= {e for x in t.head.subtree if x.i not in mine and (m := self.tok_mention.get(x.i)) is not None
                        and m.kind == COMPANY and not _in_subclause(x, t.head) and (e := self.entity_of(m)) is not None}
        own = [m for x in t.subtree if x.i != t.i and (m := self.tok_mention.get(x.i)) is not None]
        if fold(t.lemma_) in self.lang.words("relational_nouns") or fold(t.text) in self.lang.words("relational_nouns"):
            # 'the Nvidia supplier': the name on a relational noun is the relation's other end
            exclude |= {e for m in own if m.kind == COMPANY and (e := self.entity_of(m)) is not None}
        near = [self.entity_of(m) for m in self.mentions if m.kind == COMPANY and m.end <= self.p.pos(t) and m not in own
                and not self._attributive(m)]
        # a contrast ('while the company ...') carries the subject over only for a description of no trade: 'while
        # the battery maker also supplies Ford' means the battery maker named before
        plain = fold(t.lemma_) in self.lang.words("plain_company_nouns") or fold(t.text) in self.lang.words(
            "plain_company_nouns")
        marks = self.lang.words("causal_marks") | (self.lang.words("contrast_marks") if plain and self._buying_both(
            t.head) else set())
        because = t.dep_.startswith(SUBJ_DEPS) and t.head.dep_ != "ROOT" and any(
            c.dep_ in ("mark", "cc") and fold(c.text) in marks for c in self.children(t.head))
        first = (self._governing_subject(t.head) or self._sentence_subject()) if because else None
        if first is not None and first in near and first not in exclude:
            # 'Samsung won a contract with Nvidia, as the company will supply ...': a subject description in a clause
            # that gives the reason, or a contrast ('..., while the company buys most of its HBM from ...'), takes up
            # the sentence's subject, not the name just before it (not in 'after the chipmaker qualified its chips',
            # where either may be meant)
            near = [x for x in near if x is not first] + [first]
        if ranked and len({x for x in (*near, *(c for c in self.disc.companies() if c.last >= self.disc.sentence - 2))
                           if x is not None and x not in exclude}) != 1:
            return []  # one company it can be, or none: its rank is no clue ('Apple and Xiaomi buy from BOE. The
            # world's third-largest smartphone maker also buys from Tianma')
        e = self.disc.describe(roles, countries, city, exclude, epithet, near=near, doer=subj)
        if e is None and countries:
            e = self._named_later(t, roles, countries, exclude)
        lex = self.disc.lex
        named = lex.epithets.get(epithet) if epithet else lex.only_company_of(city) if city else None
        if named is not None and (e is None or city and not e.city):
            # 'La marque à la pomme', 'la firme de Cupertino' where the article has not named the company (or has
            # named only companies of no known town): the one company the lexicon gives, the article's own if named
            span = sorted(t.subtree, key=lambda x: x.i)
            a, b = self.p.pos(span[0]), self.p.end_pos(span[-1])
            e = self.disc.entity(Mention(a, b, self.p.text[a:b], named, COMPANY, source="description"))
        return [e] if e is not None else []

    def _counted_after_colon(self, t, number: int) -> list[Entity]:
        """'from three vendors: Samsung ships 60 % of the volume, SK Hynix and Micron the rest': a counted noun that
        a colon closes (after its own words, no verb between) names the first that many companies after the colon,
        to the sentence's end, clauses or not."""
        colon = None
        for x in self.tokens[t.i + 1:t.i + 10]:  # after the noun's own words ('les deux ténors japonais du secteur :')
            if x.text == ":" or x.text in (".", ";") or x.pos_ in ("VERB", "AUX"):
                colon = x if x.text == ":" else None
                break
        if colon is None:
            return []
        out: list[Entity] = []
        for m in self.mentions:
            if m.kind == COMPANY and m.start > self.p.pos(colon) and (e := self.entity_of(m)) is not None and e not in out:
                out.append(e)
        return out[:number] if len(out) >= number else []

    def _attributive(self, m: Mention) -> bool:
        """'the 20,000-card Kunlun cluster': a name that modifies a noun of no company names a thing, and a later
        'the company' does not take it up."""
        idx = self.mention_tokens.get(id(m))
        if not idx:
            return False
        x = self.tokens[idx[-1]]
        if x.dep_ != "compound" or x.head.pos_ != "NOUN" or x.head.i in idx:
            return False
        head = fold(x.head.lemma_)
        return head not in self.lang.words("company_nouns", "relational_nouns", "subsidiary_nouns") \
            and self.tok_mention.get(x.head.i) is None

    def _named_later(self, t, roles: list[str], countries: set[str], exclude: set[Entity]) -> Entity | None:
        """'In March the Dutch group sent its newest scanner to Intel. [...] ASML said': a description the
        article names no company for yet stands for the one company of its nationality (and trade, if it says one)
        that the article names further on."""
        pos = self.p.pos(t)
        lex = self.disc.lex
        rivals = self.lang.words("rivalry_words")
        # named within the next few sentences, not as someone's rival ('ASML is its main rival', 'son concurrent ASML')
        names = {n for a, n in self.disc.ahead if pos < a < pos + 600
                 and not any(fold(w) in rivals for w in re.findall(r"[\w'-]+", self.p.text[max(0, a - 30):a + len(n) + 30]))}
        fits = [n for n in sorted(names) if (info := lex.info(n)) is not None and info.country in countries
                and (not roles or set(info.roles) & set(roles)) and n not in {x.name for x in exclude}]
        if len(fits) != 1:
            return None
        span = sorted(t.subtree, key=lambda x: x.i)
        a, b = self.p.pos(span[0]), self.p.end_pos(span[-1])
        return self.disc.entity(Mention(a, b, self.p.text[a:b], fits[0], COMPANY, source="description"))

    def _led_by(self, t) -> list[Entity]:
        """The companies a participle names as the agents of a group noun ('dirigé par X et Y', 'formed by X and Y')."""
        out: list[Entity] = []
        for c in self.children(t):
            if c.dep_ not in ("acl", "relcl", "acl:relcl"):
                continue
            agents = [g for g in self.children(c) if g.dep_ == "obl:agent"] + [
                x for g in self.children(c) if g.dep_ == "agent" for x in self.children(g) if x.dep_ == "pobj"]
            for a in agents:
                for x in (a, *a.conjuncts):
                    m = self.tok_mention.get(x.i)
                    if m is None:  # 'Eviden du groupe Atos': the name may sit under a company noun
                        m = next((self.tok_mention[y.i] for y in x.subtree if y.i in self.tok_mention
                                  and self.tok_mention[y.i].kind == COMPANY), None)
                    e = self.entity_of(m) if m is not None and m.kind == COMPANY else (
                        self.unknown_company(x) if m is None else None)
                    if e is not None and e not in out:
                        out.append(e)
        return out

    def _led_company(self, t) -> Entity | None:
        """The company whose chief (a title word right beside its name) the sentence names before ``t``."""
        title = _title_re(self.lang)
        best = None
        for m in self.mentions:
            if m.kind != COMPANY or m.end > self.p.pos(t):
                continue
            if title.search(fold(self.p.text[max(self.p.start, m.start - 12):min(self.p.end, m.end + 14)])):
                best = self.entity_of(m)
        return best

    def is_latter(self, t) -> bool:
        """Whether ``t`` is a pronoun of the last-named company: 'dernier' that the repairs made the subject of
        'Ce dernier fournit', or the first word of 'celle-ci' / 'celui-ci'."""
        if self._latter_word(fold(t.text)) and t.dep_ == "poss":
            return True  # "from the former's plant": the possessive, which the parser calls an adjective
        if t.pos_ != "PRON":
            return False
        if self._latter_word(fold(t.text)):
            return True
        start = self.p.pos(t)
        return any(fold(self.p.text[start:start + len(w)]) == w for w in self.lang.words("latter_pronouns"))

    def _latter_word(self, low: str) -> bool:
        """'latter', 'former', 'dernier': a word that, made a noun or a pronoun, names a company by its place."""
        return low in self.lang.words("latter_words") or low in self.lang.words("former_words")

    def _latter(self, t, former: bool) -> list[Entity]:
        """'the latter', 'ce dernier': the company named last before it ('the former': the one named first)."""
        before = [self.entity_of(m) for m in self.mentions if m.kind == COMPANY and m.end <= self.p.pos(t)]
        before = [e for e in before if e is not None]
        if not before:
            before = list(self.disc.previous) or self.disc.history[-2:]
        if not before:
            return []
        return [before[0] if former else before[-1]]

    def _partner(self, t) -> list[Entity]:
        """'son partenaire', 'its partner': the other party of the possessor's latest supply fact."""
        poss = [c for c in self.children(t) if fold(c.text) in self.lang.words("possessive_determiners") or c.dep_ == "poss"]
        owner = None
        if poss:
            saved, self._exclude = self._exclude, set()  # the possessor of 'son partenaire' is not a role of the frame
            ents = self._one(poss[0], COMPANY)
            self._exclude = saved
            owner = ents[0] if ents else None
        if owner is None:
            return []
        other = self.disc.counterparty.get(owner.name)
        hit = self.disc.company(other)
        return [hit] if hit is not None else []

    def _owner_of(self, t) -> Entity | None:
        """'le propriétaire de TikTok', 'TikTok's parent': the parent the article or the lexicon gives."""
        if fold(t.lemma_) not in self.lang.words("owner_nouns") and fold(t.text) not in self.lang.words("owner_nouns"):
            return None
        for c in t.subtree:
            m = self.tok_mention.get(c.i)
            if m is not None and m.kind == COMPANY and c.i != t.i:
                child = self.entity_of(m)
                parent = self.disc.parents.get(child.name) or (child.info.parent if child.info else None)
                if parent:
                    known = self.disc.company(parent)
                    if known is None and self.disc.lex.company(parent) == parent:
                        # 'le propriétaire de TikTok' in an article that never names ByteDance: the lexicon's parent
                        a = self.p.pos(t)
                        known = self.disc.entity(Mention(a, a + len(t.text), t.text, parent, COMPANY, source="lexicon"))
                    return known
                if fold(m.text) != fold(child.name) and self.disc.lex.company(m.text) == child.name:
                    return child  # 'le propriétaire de Facebook': the lexicon files the brand under its owner, Meta
        return None

    def _child_of(self, t) -> Entity | None:
        """'cette filiale de LG', 'the subsidiary of LG': the company the article named whose parent (as the article
        or the lexicon gives it) is the one named, the most recent first."""
        if fold(t.lemma_) not in self.lang.words("subsidiary_nouns") and fold(t.text) not in self.lang.words(
                "subsidiary_nouns"):
            return None
        for c in t.subtree:
            m = self.tok_mention.get(c.i)
            named = self.entity_of(m) if m is not None and m.kind == COMPANY and c.i != t.i else None
            if named is None:
                continue
            parent = named.name
            children = [e for e in self.disc.companies() if e.name != parent and parent in (
                self.disc.parents.get(e.name), e.info.parent if e.info else None)]
            return max(children, key=lambda e: (e.last, e.salience)) if children else None
        return None

    def _division_of(self, t) -> Entity | None:
        """'the networks unit of Zantec', 'la division spatiale de Zantec' (cue ``division_nouns``): a part of a company
        that names no company of its own trades as that company."""
        if fold(t.lemma_) not in self.lang.words("division_nouns") and fold(t.text) not in self.lang.words(
                "division_nouns"):
            return None
        if t.dep_ == "appos" or any(fold(c.text) in self.lang.words("past_adjectives") for c in self.children(t)):
            return None  # 'Kioxia, the former memory unit of Toshiba': a company of its own
        if any((m := self.tok_mention.get(c.i)) is not None and m.kind == COMPANY for c in self.children(t)
               if c.dep_ in ("appos", "compound", "flat", "flat:name") or c.dep_ == "nmod" and not any(
                   g.dep_ == "case" for g in self.children(c))):
            return None  # "l'unité Waymo d'Alphabet": the unit has a name of its own
        end = max(x.i for x in t.subtree) + 1
        if end + 1 < len(self.tokens) and self.tokens[end].text == "," and (
                m := self.tok_mention.get(end + 1)) is not None and m.kind == COMPANY:
            return None  # 'La division écrans de Samsung, Samsung Display, ...': named right after
        of = self.lang.words("complement_prepositions")
        # (also under the unit's own name, where the parser may hang the company: 'la division « Systèmes spatiaux »
        # du groupe Zantec')
        named = [c for c in self.children(t) if c.dep_ in ("nmod", "appos") and c.i > t.i
                 and not any(g.dep_ == "case" for g in self.children(c))]
        for c in [*self.children(t), *(g for n in named for g in self.children(n))]:
            if c.dep_ not in ("prep", "nmod") or c.i < t.i:
                continue
            x = next((g for g in self.children(c) if g.dep_ == "pobj"), None) if c.dep_ == "prep" else c
            if c.dep_ == "prep" and fold(c.text) not in of or c.dep_ == "nmod" and not any(
                    g.dep_ == "case" and fold(g.text) in of for g in self.children(c)):
                continue
            m = self.tok_mention.get(x.i) if x is not None else None
            if m is not None and m.kind == COMPANY:
                return self.entity_of(m)
            named = self._named_child(x, COMPANY) if x is not None and m is None and self.company_noun(x) else []
            if len(named) == 1:
                return named[0]  # 'la division spatiale du constructeur Zantec'
        return None

    def _maker_of_product(self, t) -> Entity | None:
        """'the iPhone maker', 'le fabricant de l'iPhone': the maker the lexicon gives the named product, the
        article's own entity if it has named it."""
        if fold(t.lemma_) not in self.lang.words("maker_nouns") and fold(t.text) not in self.lang.words("maker_nouns"):
            return None
        for c in t.subtree:
            m = self.tok_mention.get(c.i)
            if m is None or m.kind != PRODUCT or c.i == t.i:
                continue
            maker = m.maker or self.disc.lex.maker_of(m.name)
            if not maker or self.disc.lex.company(maker) != maker:
                return None
            a = self.p.pos(t)  # the article's own entity if it has named the maker, else a new one
            return self.disc.entity(Mention(a, a + len(t.text), t.text, maker, COMPANY, source="description"))
        return None

    def _demonym_noun(self, t) -> bool:
        """A nationality made a noun, after a definite article (cue demonym_noun_determiners): in the French press
        'l'américain', 'le sud-coréen', 'le Taïwanais' stand for a company of that country (not 'l'américain Cree',
        whose name is the company, nor 'le groupe américain', an adjective)."""
        dets = self.lang.words("demonym_noun_determiners")
        if not dets or t.dep_ in ("amod", "flat", "flat:name", "compound", "nmod"):
            return False
        nxt = self.tokens[t.i + 1] if t.i + 1 < len(self.tokens) else None
        if nxt is not None and (self.tok_mention.get(nxt.i) is not None or nxt.pos_ == "PROPN"):
            return False
        return any(c.dep_ == "det" and fold(c.text) in dets for c in self.children(t)) and bool(
            self._nationality(t) or fold(t.text) in self.disc.lex.region_adjectives)  # 'le Californien': its region's

    def _nationality(self, t) -> set[str]:
        if t.pos_ not in ("ADJ", "PROPN", "NOUN", "X") and not t.text[:1].isupper():
            return set()
        out = set()
        for part in re.split(r"-", fold(t.text).replace(" ", "-")):
            gov = self.disc.lex.gov_adjective.get(part) or self.disc.lex.gov_adjective.get(fold(t.text))
            if gov:
                out.add(gov)
                info = self.disc.lex.governments.get(gov)
                out.update(info.members if info is not None else ())  # 'le constructeur européen': French too
        for prefix, country in self.lang.cue("nationality_prefixes").items():
            if fold(t.text).startswith(prefix + " ") or fold(t.text).startswith(prefix):
                out.add(country)
        if not out and t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ == "from":
            gov = self.disc.lex.government(t.text)  # 'the leading device maker from Japan'
            if gov:
                out.add(gov)
        return out

    def _home(self, t) -> str | None:
        """The town or region a description names: 'the Santa Clara-based chipmaker', 'le groupe de Cupertino'."""
        for x in t.subtree:
            m = re.match(r"(.+?)-based$", x.text)
            if m:
                return m.group(1)
            if x.i == t.i and fold(x.text) not in self.disc.lex.region_adjectives:
                continue  # (but 'le Californien' is itself the region's)
            if fold(x.text) in self.disc.lex.region_adjectives:  # 'la société californienne'
                return self.disc.lex.region_adjectives[fold(x.text)]
            # a name of several words hangs its other words on its first ('Santa' <flat- 'Clara') or, as a
            # compound, on its last ('the San Diego company')
            words = sorted([x, *(c for c in self.children(x) if c.dep_ in ("flat", "flat:name", "compound"))],
                           key=lambda w: w.i)
            for name in (" ".join(w.text for w in words), x.text):
                if self.disc.lex.is_place(name):
                    return name
        return None

    def _speaker(self, t) -> Entity | None:
        """'we' / 'nous' in a quote: the company that says it ('"We do not plan to ship wafers to Huawei," it
        added'), else the company the article is about."""
        if self._speaking:  # the speaker's subject is a pronoun whose own search met this 'we' again
            return None
        speakers = self.lang.words("speech_verbs")
        self._speaking = True
        try:
            return self._named_speaker(speakers)
        finally:
            self._speaking = False

    def _named_speaker(self, speakers: frozenset[str]) -> Entity | None:
        for v in self.tokens:
            if v.pos_ in ("VERB", "AUX") and fold(v.lemma_) in speakers:
                for c in self.children(v):
                    if c.dep_.startswith(SUBJ_DEPS) and fold(c.text) not in self.lang.words("speaker_pronouns"):
                        if fold(c.text) in self.lang.words("singular_pronouns"):
                            break  # '« Nous livrons ... », a-t-il écrit': 'il' is the company the article is about,
                            # not a name inside the quote
                        ents = self.refer(c, COMPANY, want_group=False)
                        if len(ents) == 1:
                            return ents[0]
        return self.disc.focus(exclude=set(self._exclude))

    def _has_subject(self, v) -> bool:
        """A verb with a subject of its own, or of the verb it is coordinated with ('... et lui fournir')."""
        for w in (v, v.head) if v.dep_ == "conj" else (v,):
            if any(c.dep_.startswith(SUBJ_DEPS) for c in self.children(w)):
                return True
        return False

    def _clause_subject(self, t) -> Entity | None:
        v = t.head
        while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
            v = v.head
        for c in self.children(v):
            if c.dep_.startswith(SUBJ_DEPS) and c.i != t.i:
                # the name, or the name a described subject carries ('the Dutch firm ASML')
                for x in (c, *(g for g in self.children(c) if g.dep_ in ("appos", "compound", "flat", "flat:name"))):
                    m = self.tok_mention.get(x.i)
                    if m is not None and m.kind == COMPANY:
                        return self.entity_of(m)
        return None

    def _root_subjects(self) -> list:
        root = next((t for t in self.tokens if t.head.i == t.i), None)
        if root is None:
            return []
        said = [c for c in self.children(root) if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
        if said and fold(root.lemma_) in self.lang.words("speech_verbs"):
            # 'The companies did not respond, it added', 'X will supply Y, the report said': what is said comes first,
            # and its subject, not the speaker's, is the one the sentence is about
            return [c for c in self.children(said[0]) if c.dep_.startswith(SUBJ_DEPS)]
        return [c for c in self.children(root) if c.dep_.startswith(SUBJ_DEPS)]

    def _buying_both(self, clause) -> bool:
        """Whether an adverbial clause and the clause it hangs on both buy ('wants to buy wafers from X, while the
        group mostly buys its memory from Y'): the parallel that carries the subject over a contrast
        (not '... buys from Kelvor, whereas the company has sold only to Brio', whose company is the seller)."""
        buying = self.lang.words("buying_verbs")
        if clause.dep_ != "advcl" or fold(clause.lemma_) not in buying:
            return False
        inside = {y.i for y in clause.subtree}
        return any(fold(x.lemma_) in buying for x in clause.head.subtree if x.i not in inside)

    def _governing_subject(self, clause) -> Entity | None:
        """The named company that is the subject of the clause an adverbial ``clause`` hangs on ('Jensen said that
        Nvidia buys from X, while the company ...': Nvidia, not the sentence's speaker)."""
        if clause.dep_ != "advcl" or clause.head.i == clause.i:
            return None
        for c in self.children(clause.head):
            if c.dep_.startswith(SUBJ_DEPS) and (m := self.tok_mention.get(c.i)) is not None and m.kind == COMPANY:
                return self.entity_of(m)
        return None

    def _sentence_subject(self) -> Entity | None:
        for c in self._root_subjects():
            m = self.tok_mention.get(c.i)
            if m is not None and m.kind == COMPANY:
                return self.entity_of(m)
            named = self._named_child(c, COMPANY)
            if named:
                return named[0]
        return None

    def main_subject(self) -> Entity | None:
        """The sentence's subject for the discourse: the root's subject, resolved if it is a pronoun or a description."""
        for c in self._root_subjects():
            ents = self.refer(c, COMPANY, want_group=False)
            if not ents:  # 'Le géant sud-coréen est ...' parsed with the adjective as the subject, the noun under it
                ents = [e for g in self.children(c) if g.i == c.i - 1 and g.dep_ in ("amod", "nmod")
                        and self.company_noun(g) for e in self.refer(g, COMPANY, want_group=False)]
            if not ents and c.pos_ == "NOUN":  # 'Its clients include Toyota and Nissan': the possessor is the topic
                ents = [e for g in self.children(c) if is_possessive(g) for e in self.refer(g, COMPANY, want_group=False)]
            if len(ents) == 1:
                return ents[0]
        root = next((t for t in self.tokens if t.head.i == t.i), None)
        for v in reversed([c for c in self.children(root) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX", "ADJ")]
                          if root is not None else []):
            # 'L'opération a échoué, mais Orvane n'est pas restée inactive': a main clause joined to the root has a
            # company subject of its own, which a pronoun in the next sentence means (not the first name)
            for c in self.children(v):
                if c.dep_.startswith(SUBJ_DEPS) and len(ents := self.refer(c, COMPANY, want_group=False)) == 1:
                    return ents[0]
        first = next((m for m in self.mentions if m.kind == COMPANY), None)
        if first is not None and self.text[self.start:first.start].strip() == "":
            return self.entity_of(first)
        return None

    # ---------------------------------------------------------------- products
    def product_before(self, pos: int, ptype: str | None = None, kinds: bool = False,
                       number: str | None = None) -> Entity | None:
        """The product a pronoun or 'these chips' at ``pos`` stands for: the one this sentence named last before
        it ('Orvane bought 8,000 VX300 boards and has had 2,000 of them so far'), else the article's last. With
        ``kinds``, a kind this sentence named counts too ('does not make flash memory and must buy it'), if it
        agrees with the pronoun's ``number`` ('Sing', 'Plur')."""
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if kinds and m.kind == PRODUCT and not m.anaphoric and self.start <= m.start and m.end <= pos \
                    and (head := self.head(m)) is not None and self._describes_company(head):
                continue  # 'Kelvor, which makes an AI chip, is for sale; Nvidia wants to buy it': the company
            if kinds and m.kind == PRODUCT and m.generic and not m.anaphoric and self.start <= m.start and m.end <= pos:
                head = self.head(m)
                if number is not None and head is not None and plural(head) != (number == "Plur"):
                    continue
                e = self.entity_of(m)
                if e is not None:
                    return e
            if m.kind == PRODUCT and m.anaphoric and m.end <= pos and (ptype is None or m.ptype == ptype):
                # 'tester ces machines et aura le droit de les acheter': the pronoun takes up the anaphor before it,
                # and stands for nothing further back if that one does not
                return self._product_anaphor(m)
            if m.kind == PRODUCT and not m.generic and not m.anaphoric and m.end <= pos:
                e = self.entity_of(m)
                if e is not None and _fits(ptype, e):
                    return e
        return self.disc.last_product(ptype)

    def named_before(self, pos: int, ptype: str | None = None) -> Entity | None:
        """The last product this sentence named before ``pos`` by its name ('bought 485,000 Hopper chips, above the
        224,000 chips bought by X': the chips are Hoppers)."""
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.kind == PRODUCT and not m.generic and not m.anaphoric and self.start <= m.start and m.end <= pos:
                e = self.entity_of(m)
                if e is not None and _fits(ptype, e):
                    return e
        return None

    def _describes_company(self, head) -> bool:
        """Whether a kind of goods only says what a company is: in a relative clause on a company's name ('Kelvor,
        which makes an AI chip'), or naming a business unit ('its sensor unit', 'la division mémoire')."""
        if fold(head.head.lemma_) in self.lang.words("part_nouns") and head.head.i != head.i:
            return True
        for a in head.ancestors:
            if a.dep_ in ("relcl", "acl:relcl"):
                return self._owner_named_at(a.head) is not None
        return False

    def _priced(self, verb) -> bool:
        """Whether a buying verb gives a price ('buy it for $1.4 billion', "l'acheter pour 900 millions"; cue
        price_prepositions, an approximation allowed, cue about): in the news, what is bought for a price with a
        pronoun is most often the company named before, not its goods."""
        preps, about = self.lang.words("price_prepositions"), self.lang.words("about")
        for x in verb.subtree:
            if fold(x.text) in preps:
                nxt = [y for y in self.tokens[x.i + 1:x.i + 4] if fold(y.text) not in about]
                if nxt and (nxt[0].like_num or nxt[0].text[-1:] in "$€£"):
                    return True
        return False

    def _product_anaphor(self, m: Mention) -> Entity | None:
        """'ces puces', 'its chips': the product named last; where the article has named none yet, a possessive's
        subject's own ('Apple fait fabriquer ses puces par TSMC': Apple's chips)."""
        e = self.product_before(m.start, m.ptype)
        poss = (m.extra or {}).get("possessive")
        if e is None and poss is None:
            # 'Resonac fabrique les plateaux pour Toshiba' with no platters named before: with the definite article
            # (not 'ces puces', which point back at goods the article has not named), the kind itself
            kind = self.disc.last_kind(m.ptype)
            if kind is None and (m.extra or {}).get("article"):
                kind = self.disc.entity(Mention(m.start, m.end, m.text, m.name, PRODUCT, source="phrase", generic=True,
                                                ptype=m.ptype))
            return kind
        if e is not None or poss is None or poss >= len(self.tokens):
            return e
        if id(m) not in self._owned:
            self._owned[id(m)] = None  # while the subject resolves: 'the Dutch firm shipped its first machine'
            subject = self.main_subject()  # 'its' is the subject's, not the nearest name's
            if subject is not None and subject in self._goods_taker(self.tokens[poss]):
                # 'Volvo signed a deal with Nvidia to use its chips': goods the subject takes are another's
                saved = self._exclude
                other = self.pronoun(self.tokens[poss])
                self._exclude = saved
                subject = other if other is not subject else None
            owners = [subject] if subject is not None else []
            if fold(self.tokens[poss].text) in self.lang.words("plural_possessives"):
                # 'Apple and Samsung make their own chips', '..., Microsoft and Meta, which make their own chips':
                # each its own, and never the one company the sentence is about
                owners = []
            self._owned[id(m)] = self.disc.entity(Mention(
                m.start, m.end, m.text, f"{owners[0].name} {m.name}", PRODUCT, source="phrase", maker=owners[0].name,
                generic=True, ptype=m.ptype)) if len(owners) == 1 else None
        return self._owned[id(m)]

    # ------------------------------------------------------------------ groups
    def listed_together(self, a: Entity, b: Entity) -> bool:
        """Whether the sentence names two entities in one list ('providers including AWS and Google')."""
        return any(a in g and b in g for g in self.groups())

    def _surface_groups(self) -> list[list[Mention]]:
        """'ByteDance, Alibaba and Tencent': names of one kind joined by commas and a closing 'and' / 'et' / 'ou'.
        A comma alone does not make a list ('... fournit GM et Mercedes, Toyota collabore ...' starts a clause)."""
        conj, comma, apposition = _list_links(self.lang)
        introduced, complement = _examples_link(self.lang)
        out: list[list[Mention]] = []
        chain: list[Mention] = []
        links: list[str] = []

        def close() -> None:
            # keep the longest prefix that ends with a conjunction link
            while links and links[-1] != "and":
                links.pop()
                chain.pop()
            if len(chain) >= 2:
                out.append(list(chain))

        for m in self.mentions:
            if m.kind not in (COMPANY, GOVERNMENT, PRODUCT):
                continue
            if re.match(r"['’]s?\b", self.text[m.end:m.end + 2]):
                close()  # "Lenovo and Huawei's spin-off": a possessor is not an item of the list
                chain, links = [], []
                continue
            if labels_next(self.text, m.start, m.end, self.lang):
                continue  # 'Alibaba and TikTok-owner ByteDance': the name before 'owner' labels the next one
            gap = self.text[chain[-1].end:m.start] if chain else ""
            if chain and re.fullmatch(r"\s*\([^()]{0,40}", gap):
                continue  # 'Kioxia (spécialisé dans la mémoire flash) et Micron': a name inside the bracket is no item
            if chain and chain[-1].kind != m.kind and apposition.match(gap):
                continue  # 'Samsung, the largest memory maker, and Micron': nor is one inside an apposition
            if chain and chain[-1].kind == m.kind and gap == "/":
                chain.append(m)  # 'Kia/Hyundai': a pair inside a list, or a list of its own
                links.append("and")
                continue
            if chain and introduced.match(gap) and complement.search(self.text, max(0, chain[-1].start - 6), chain[-1].start):
                # 'les fournisseurs de HP, comme Micron ou Samsung': after a noun's complement, examples of the noun
                # begin a list of their own ('Apple, comme Samsung et Xiaomi, achète' lists all three)
                close()
                chain, links = [m], []
                continue
            if chain and chain[-1].kind == m.kind and _continued(self.lang).match(gap):
                chain.append(m)  # 'Apple (59%), followed by Samsung (4%), Huawei and Xiaomi': the list goes on
                links.append("and")
                continue
            if chain and chain[-1].kind == m.kind and conj.match(gap):
                chain.append(m)
                links.append("and")
                close()
                chain, links = [], []
                continue
            if chain and chain[-1].kind == m.kind and comma.match(gap):
                chain.append(m)
                links.append(",")
                continue
            close()
            chain, links = [m], []
        close()
        return out

    def groups(self) -> list[list[Entity]]:
        """The groups of companies the sentence lists, for 'they' and 'the two companies' later; not those it
        gives as examples of a kind ('buy from the likes of AMD and Nvidia', cue example_markers)."""
        out = []
        markers = [fold(w) for w in self.lang.cue("example_markers")]
        for g in self.surface_groups:
            before = " ".join(fold(self.text[max(0, g[0].start - 24):g[0].start]).split())
            if any(before.endswith(m) for m in markers):
                continue
            ents = [self.entity_of(m) for m in g]
            ents = [e for e in ents if e is not None and e.kind == COMPANY]
            if len(ents) >= 2:
                out.append(ents)
        return out


_SUBCLAUSES = ("advcl", "relcl", "acl", "acl:relcl", "ccomp", "parataxis", "conj")


def _glued_word(text: str, a: int, b: int) -> str:
    """The run of characters with no space around ``text[a:b]``, without the punctuation at its ends."""
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b].strip(".,;:()[]«»\"'’")


def _in_subclause(x, head) -> bool:
    """Whether ``x`` lies in a clause of its own below ``head`` ('it will provide ..., after Intel's deal ... fell
    apart': Intel is no name the verb 'provide' takes)."""
    while x.i != head.i and x.head.i != x.i:
        if x.dep_ in _SUBCLAUSES and (x.dep_ != "conj" or x.pos_ in ("VERB", "AUX")):
            return True  # a conjoined clause, not a conjoined name ('to Apple and Huawei')
        x = x.head
    return False


def _expanded_term(word: str, after: str) -> bool:
    """Whether ``word`` is followed by its expansion in brackets, and the expansion is a term, not a company's
    name: 'CoW (Chip-on-Wafer)', 'SoIC (System on Integrated Chips)' (the initials spell the word and one of the
    words is in lower case, as in no company's name: 'KTC (Kestrel Tool Corporation)')."""
    m = re.match(r"\s*\(([^()]{3,50})\)", after)
    if m is None:
        return False
    words = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
    if "".join(w[0] for w in words).casefold() != word.casefold():
        return False
    return any(w.islower() for w in words)  # not 'VBT (Van-Boerden Technik)'


def _shaped_name(text: str) -> bool:
    """'EuroHPC', 'NAURA', 'xFusion': a name by its shape, whatever the dictionary says."""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|[A-Z]{3,}[a-z]*|[a-z]+[A-Z]\w*", text))


def _part_of_name(c, tok) -> bool:
    """Whether ``c`` hangs from ``tok`` through flat and compound links only."""
    while c.i != tok.i:
        if c.dep_ not in ("flat", "flat:name", "compound") or c.head.i == c.i:
            return False
        c = c.head
    return True


def plural_poss_of(det, lang) -> bool:
    """'their', 'leurs': a plural possessor, which is not one company's chief."""
    return any(fold(c.text) in lang.words("plural_pronouns") for c in det)
