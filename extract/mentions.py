"""Finding the companies, products and governments a sentence names.

Four sources, in order of trust: product shapes (a known family plus a model code,
"Ascend 910B"; a bare model code, "H20", "MI300X", "HBM3E"), the lexicon's
companies and governments with their aliases and legal suffixes, spaCy's
statistical NER for organisations no lexicon knows, and corporate-suffix
patterns ("Ingrasys Technology Inc."). Each mention carries its canonical
name; :class:`EntityRegistry` keeps one canonical entity per real-world thing
across an article (short forms, suffixes, typos, descriptions such as
"le propriétaire de TikTok").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from supplykg.extract.lexicon import Lexicon, fold, strip_suffixes

_SUFFIXED = re.compile(
    r"(?<![\w-])((?:[A-Z][\w&-]*|[a-z][A-Z][\w-]*)(?:\s+(?:[A-Z][\w&-]*|de|of|and|&))*?)\s+"
    r"(?:Co\.?,?\s+Ltd\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|plc|Holdings|Technologies|Technology Inc\.?)(?![\w-])")
_CAMEL = re.compile(r"(?<![\w-])[a-z][A-Z][A-Za-z]+(?![\w-])")  # xFusion, iFlytek
_CAMEL_CAP = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][a-z]{2,}[A-Za-z]*(?![\w-])")  # SiPearl, SenseTime; not ChatGPT, SiC
_ONE_LETTER_DIGIT = re.compile(r"^[A-Z]\d$")
_NOT_CODES = {"COVID", "G7", "G20", "MP", "CO2", "A4", "F1", "X86"}
_ORG_LABELS = {"ORG"}


@dataclass
class Mention:
    start: int  # offsets into the article text
    end: int
    text: str
    name: str  # canonical name
    kind: str  # Company, Product, Government, GovAdj
    source: str = "lexicon"
    maker: str | None = None  # a product family's maker, from the lexicon
    extra: dict = field(default_factory=dict)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def _clean_product(text: str) -> str:
    name = " ".join(text.split())
    name = re.sub(r"\bNVL\s+(\d+)", r"NVL\1", name)
    return name


def find_mentions(text: str, start: int, end: int, doc, lex: Lexicon,
                  company_nouns: tuple[str, ...] = (), list_words: tuple[str, ...] = ()) -> list[Mention]:
    """Mentions in ``text[start:end]`` (a sentence; ``doc`` is its spaCy Doc). ``company_nouns``
    ('firm', 'fabricant', ...) name unknown companies in appositions: 'le fabricant d'équipements Naura'."""
    sent = text[start:end]
    found: list[Mention] = []

    def add(m: Mention) -> None:
        if not any(m.overlaps(o) for o in found):
            found.append(m)

    for m in lex.family_re.finditer(sent):
        maker = lex.family_maker.get(fold(m.group("family")))
        add(Mention(start + m.start(), start + m.end(), m.group(0), _clean_product(m.group(0)), "Product",
                    maker=maker))
    for m in lex.company_re.finditer(sent):
        surface = m.group(0)
        longer = re.match(r"(?:\s+[A-Z][a-z][\w&-]*){2,3}", sent[m.end():])
        if longer and not lex.company(surface + longer.group(0)):
            # "Foxconn Industrial Internet", "Samsung Display Co": a different company that starts with a known name
            name = strip_suffixes(surface + longer.group(0))
            add(Mention(start + m.start(), start + m.end() + longer.end(), surface + longer.group(0), name, "Company",
                        source="shape"))
            continue
        add(Mention(start + m.start(), start + m.end(), surface, lex.company(surface) or strip_suffixes(surface),
                    "Company"))
    for m in lex.standalone_re.finditer(sent):
        maker = lex.family_maker.get(fold(m.group("name")))
        add(Mention(start + m.start(), start + m.end(), m.group(0), " ".join(m.group("name").split()), "Product",
                    maker=maker))
    for m in lex.code_re.finditer(sent):
        code = m.group("code")
        if _ONE_LETTER_DIGIT.match(code) and not _next_to_product_word(sent, m.start(), m.end()):
            continue
        if code in _NOT_CODES or re.fullmatch(r"[A-Z]+\d{4}", code) and \
                re.fullmatch(r"(?:19|20)\d\d", code[-4:]) or sent[max(0, m.start() - 1):m.start()] in "$":
            continue
        if m.start() > 0 and sent[m.start() - 1] in "$€£":
            continue
        add(Mention(start + m.start(), start + m.end(), m.group(0), _clean_product(m.group(0)), "Product"))
    for m in lex.gov_re.finditer(sent):
        longer = re.match(r"(?:\s+[A-Z][a-z][\w&-]*){1,2}", sent[m.end():])
        if longer and m.group(0)[:1].isupper() and not lex.government(m.group(0) + longer.group(0)) \
                and not lex.is_non_company(m.group(0) + longer.group(0)) and not _TITLE.match(longer.group(0)) \
                and not lex.is_non_company(longer.group(0).strip()) \
                and not _person_at(doc, m.end()):
            # "China Mobile", "Korea Zinc", "Japan Display": a company whose name starts with a country
            surface = m.group(0) + longer.group(0)
            add(Mention(start + m.start(), start + m.end() + longer.end(), surface, lex.company(surface) or surface,
                        "Company", source="shape"))
            continue
        add(Mention(start + m.start(), start + m.end(), m.group(0), lex.government(m.group(0)) or m.group(0),
                    "Government"))
    for m in lex.gov_adj_re.finditer(sent):
        name = lex.gov_adjective.get(fold(m.group(0)))
        if name:
            add(Mention(start + m.start(), start + m.end(), m.group(0), name, "GovAdj"))
    # Organisations no lexicon knows: statistical NER, then suffix and camel-case shapes.
    for ent in doc.ents:
        if ent.label_ not in _ORG_LABELS:
            continue
        _add_unknown(add, lex, text, start + ent.start_char, start + ent.end_char, "ner")
    for m in _SUFFIXED.finditer(sent):
        _add_unknown(add, lex, text, start + m.start(), start + m.end(), "suffix")
    for m in _CAMEL.finditer(sent):
        _add_unknown(add, lex, text, start + m.start(), start + m.end(), "shape")
    for m in _CAMEL_CAP.finditer(sent):
        after, before = sent[m.end():m.end() + 12], sent[max(0, m.start() - 14):m.start()]
        if re.match(r"\s+[\w-]*\d", after) or _PRODUCT_WORDS.search(before) or re.match(r"\s*(?:" + _PRODUCT_WORDS.pattern
                                                                                      + r")", after, re.I):
            continue  # 'PowerEdge XE9680', 'puces CoolSiC': a product family, not a company
        _add_unknown(add, lex, text, start + m.start(), start + m.end(), "shape")
    for m in _NAMED_CHIP.finditer(sent):
        # 'son processeur Rhea1', 'the Maia2 chip': a name with a number beside a product word
        add(Mention(start + m.start("code"), start + m.end("code"), m.group("code"), m.group("code"), "Product"))
    if list_words and company_nouns:
        # "including Chinese chip-equipment makers Naura Technology and Piotech", "dont SMIC et Hua Hong"
        intro = "|".join(re.escape(w) for w in list_words)
        nouns = "|".join(re.escape(n) for n in company_nouns)
        name = r"[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2}"
        for m in re.finditer(r"(?<![\w'])(?:" + intro + r")\s+(?:(?:[\w-]+\s+){0,3}(?:" + nouns + r")\s+)?"
                             r"(?P<list>" + name + r"(?:\s*,\s*" + name + r")*(?:\s*,?\s+(?:and|et)\s+" + name + r")?)(?![\w-])", sent):
            for n in re.finditer(name, m.group("list")):
                a = start + m.start("list") + n.start()
                tok = next((t for t in doc if start + t.idx == a), None)
                if tok is not None and tok.ent_type_ in ("PER", "PERSON") and " " in n.group(0):
                    continue  # 'including Jensen Huang'; a one-word 'person' in a list of firms is NER's mistake
                _add_unknown(add, lex, text, a, a + len(n.group(0)), "list")
    if company_nouns:
        nouns = "|".join(re.escape(n) for n in company_nouns)
        appos = re.compile(r"(?<![\w'])(?i:the|le|la|l'|un|une|a|an)\s*(?:[\w-]+\s+){0,2}?(?i:" + nouns + r")"
                           r"(?:\s+(?:d'|de\s+|of\s+)[a-zà-ÿ'-]+)?(?:\s+[a-zé-]+){0,2}?\s+"
                           r"(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})")
        for m in appos.finditer(sent):
            # after 'the company', 'la start-up', 'l'opérateur' a name is the company's, whatever NER guessed
            _add_unknown(add, lex, text, start + m.start("name"), start + m.end("name"), "apposition")
    found.sort(key=lambda m: m.start)
    merged: list[Mention] = []
    for m in found:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == m.kind == "Product" and re.fullmatch(r"\s", text[prev.end:m.start]) \
                and prev.maker and re.search(r"\d", m.name) and not re.search(r"\d", prev.name):
            # "EUV NXE:3800E": the family names the code that follows; one product, the family's maker
            merged[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.name, "Product", maker=prev.maker)
            continue
        merged.append(m)
    return merged


_TITLE = re.compile(r"\s+(?:Commerce|Department|Government|Ministry|Administration|President|Prime|Minister|Secretary|"
                    r"Senator|Senate|Congress|House|Treasury|Trade|Representative|Ambassador|Officials?|Authorities|"
                    r"Army|Navy|Air|Customs|Court|Supreme|Federal|State|National|Central|Bank|Export|Import|Chip|"
                    r"Vice|Chief|Deputy|Foreign|Defense|Defence|Embassy|Council|Parliament|Times|Daily|News|Post)\b")


def _person_at(doc, offset_in_sentence: int) -> bool:
    """Whether the words after a country name are a person ('US President Donald Trump') by NER."""
    return any(t.ent_type_ in ("PERSON", "PER") for t in doc if offset_in_sentence < t.idx <= offset_in_sentence + 30)


_PRODUCT_WORDS = re.compile(r"(?:chips?|puces?|processeurs?|processors?|GPUs?|SoCs?|accélérateurs?|accelerators?)",
                            re.IGNORECASE)


_NAMED_CHIP = re.compile(r"(?i:processeurs?|processors?|puces?|chips?|accélérateurs?|accelerators?)\s+"
                         r"(?P<code>[A-Z][a-z]+\d{1,3}[A-Za-z]?)(?![\w-])")


def _next_to_product_word(sent: str, a: int, b: int) -> bool:
    """'M5 chips', 'puces M5': a one-letter code counts only beside a product word."""
    before = sent[max(0, a - 12):a].split()
    after = sent[b:b + 14].split()
    return bool((before and _PRODUCT_WORDS.fullmatch(before[-1])) or (after and _PRODUCT_WORDS.fullmatch(after[0])))


def _add_unknown(add, lex: Lexicon, text: str, s: int, e: int, source: str) -> None:
    surface = text[s:e].strip(" ,.;:'\"()")
    if surface.endswith("'s") or surface.endswith("'"):
        surface = surface.rsplit("'", 1)[0]
    if not surface or len(surface) < 2 or surface.islower():
        return
    s = text.find(surface, s)
    e = s + len(surface)
    if lex.is_non_company(surface) or lex.government(surface) or fold(surface) in lex.family_maker:
        return
    words = surface.split()
    if words[0].casefold() in {"the", "le", "la", "les", "l", "un", "une"} and len(words) > 1:
        surface = " ".join(words[1:])
        s = text.find(surface, s)
        e = s + len(surface)
    if any(ch.isdigit() for ch in surface) and not re.search(r"[A-Za-z]{2}", surface):
        return
    canonical = lex.company(surface) or lex.company_fuzzy(surface) or strip_suffixes(surface)
    if lex.is_non_company(canonical):
        return
    add(Mention(s, e, surface, canonical, "Company", source=source))


class EntityRegistry:
    """One canonical name per entity within an article.

    Short forms fold into a longer unknown name seen earlier ("Ingrasys Technology"
    then "Ingrasys"), and descriptions tied to a company ("le propriétaire de TikTok",
    "TikTok's parent") resolve once the article has said who that is.
    """

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # folded surface -> canonical
        self.parents: dict[str, str] = {}  # child canonical -> parent canonical
        self.products: dict[str, str] = {}  # folded product name -> canonical

    def canonical(self, m: Mention) -> str:
        if m.kind == "Product":
            return m.name if m.extra.get("chip") else self._product(m.name)
        if m.kind != "Company":
            return m.name
        key = fold(m.name)
        if key in self.names:
            return self.names[key]
        for known_key, known in self.names.items():
            # a later short form folds into the longer name seen first ("Ingrasys Technology", then "Ingrasys"),
            # but a longer name is its own company ("Foxconn", then "Foxconn Industrial Internet")
            if known_key.startswith(key + " "):
                self.names[key] = known
                return known
        self.names[key] = m.name
        return m.name

    def _product(self, name: str) -> str:
        """'GB200' after 'GB200 NVL72' is the same product: the longer name seen first wins."""
        key = fold(name)
        if key in self.products:
            return self.products[key]
        for known_key, known in self.products.items():
            if known_key.startswith(key + " "):
                self.products[key] = known
                return known
        self.products[key] = name
        return name

    def add_parent(self, parent: str, child: str) -> None:
        self.parents[child] = parent

    def parent_of(self, child: str) -> str | None:
        return self.parents.get(child)
