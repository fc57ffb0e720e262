"""Layer 1: the names a sentence holds — companies, governments, sources, products, people.

Sources, in order of trust:

1. the curated lexicon (``extract/data``): companies and governments with their aliases and
   legal suffixes, news and analyst sources, places, product families with model codes;
2. product shapes no list needs: a bare model code (``H20``, ``MI300X``, ``HBM3E``), and
   product phrases built on a head noun (``SiC wafers``, ``puces de puissance``,
   ``3nm chips``), named in English whatever the article's language (:mod:`products`);
3. organisations no list knows: spaCy's NER, corporate suffixes (``Ingrasys Technology
   Inc.``), inner capitals (``xFusion``, ``SiPearl``), a name set beside a company noun
   (``le fabricant Naura``, ``chipmaker Cambricon``) or listed after ``including``/``dont``.

Later layers add companies found by their grammatical role (the subject of "ordered" is a
buyer even when no list knows it) and resolve descriptions and pronouns
(:mod:`entities`). Every mention carries offsets into the article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from supplykg.extract.lang import LanguageData
from supplykg.extract.lexicon import (
    ACRONYM_SHAPE,
    Lexicon,
    alternation,
    fold,
    spells_out,
    strip_suffixes,
)
from supplykg.extract.pipeline import dictionary_word, is_word
from supplykg.extract.products import product_phrase
from supplykg.extract.syntax import NUMBERED_SITE, counted

if TYPE_CHECKING:
    from supplykg.extract.parsing import Parsed

COMPANY, GOVERNMENT, SOURCE, PRODUCT, PERSON, PLACE = "Company", "Government", "Source", "Product", "Person", "Place"
PARTY_KINDS = (COMPANY,)

_SUFFIXED = re.compile(
    r"(?<![\w-])((?:[A-Z][\w&-]*|[a-z][A-Z][\w-]*)(?:\s+(?:[A-Z][\w&-]*|&))*?)\s+"
    r"(?:Co\.?,?\s+Ltd\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|plc|Holdings|Technologies|Technology Inc\.?)(?![\w-])")
_DATELINE_END = re.compile(r"\s*(?:\(|[—–-]\s|,[^,\n]{1,25}?\s[—–-]\s)")  # ' —', ' (Reuters)', ', Dec 1 —'


_GENERATION = re.compile(r"\d+(?:st|nd|rd|th|e|ème)?|gen\.?|generation|génération|next-gen", re.IGNORECASE)


def labels_next(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether the name ending at ``end`` is written before 'owner' or 'parent' ('TikTok-owner ByteDance',
    'TikTok owner ByteDance'), or backs the company that follows (:func:`backs_next`): it labels that company, and is
    no party of its own."""
    label = re.match(r"(?:-\s*|\s+)(\w+)", text[end:end + 24])
    return label is not None and fold(label.group(1)) in lang.words("owner_nouns") or backs_next(text, start, end, lang) is not None


def made_by_before(text: str, start: int, lang: LanguageData) -> bool:
    """Whether the name at ``start`` is what a maker noun says the company makes ('the maker of Zephyrs and Talon
    pickups', 'le constructeur des Clio et Mégane'): a product's name, or the next one in their list, not a party."""
    if re.match(r"[\w.&-]+(?:\s+[A-Z][\w.&-]*)*['’]s\b", text[start:start + 60]):
        return False  # 'the maker of Korvane's Helix X9': a possessor, the company whose product is made
    words = [w if w == "," else fold(w) for w in re.findall(r"[\w-]+|,", text[max(0, start - 60):start])]
    coordinators = lang.words("list_coordinators")
    if words and (words[-1] in coordinators or words[-1] == "," and _list_goes_on(text, start, coordinators)):
        # the list's earlier names ('des Clio, Mégane et Captur'; not 'of Zephyrs, Orvane, buys': an apposition)
        while len(words) >= 2 and (words[-1] in coordinators or words[-1] == ",") and words[-2][:1].isalnum():
            words = words[:-2]
    if words and words[-1] in lang.words("definite_determiners"):
        words = words[:-1]
    makers = lang.words("maker_nouns", "general_makers")
    return len(words) >= 2 and words[-1] in lang.words("complement_prepositions") and (
        words[-2] in makers or words[-2].rstrip("s") in makers)


def _list_goes_on(text: str, start: int, coordinators) -> bool:
    """Whether the name at ``start``, after a comma, is in a list that a coordinator closes ('Clio, Mégane et
    Captur', 'Clio, Mégane, Captur and Twingo'), not an apposition ('of Zephyrs, Orvane, buys')."""
    m = re.match(r"[\w'-]+(?:\s*,\s*[A-Z][\w'-]*)*\s+(\w+)\s+[A-Z]", text[start:start + 80])
    return m is not None and fold(m.group(1)) in coordinators


def _words_after(text: str, end: int, most: int, openers: set[str]) -> re.Match | None:
    """The capitalised words (up to ``most``) right after a known name, never over a line break, that may continue it
    ('Samsung Display', 'China Mobile'); None if the first is a word that only opens sentences ('SK On Co. They',
    'the U.S. Its customers')."""
    longer = re.match(r"(?:[^\S\n]+[A-Z][a-z][\w&-]*){1," + str(most) + "}", text[end:])
    return None if longer is None or longer.group(0).split()[0] in openers else longer


def names_a_project(words: list[str], after: str, lang: LanguageData) -> bool:
    """Whether a name, given as its words and the text right after it, is a project's (cue project_nouns): 'the
    Aurora Project', 'the Nimbus project'."""
    nxt = after.split(maxsplit=1)
    projects = lang.words("project_nouns")
    return len(words) > 1 and fold(words[-1]) in projects or bool(nxt) and fold(nxt[0]) in projects


def backs_next(text: str, start: int, end: int, lang: LanguageData) -> int | None:
    """Where the backed company's name starts, when the name at ``start:end`` is written before a participle of
    backing and another name ('SoftBank-backed Orvane', 'SoftBank (TYO:9984) backed Orvane', cue
    backer_participles): an investor that labels the company it backs, known to the lexicon or not. Else None."""
    backed = _BACKED.match(text, end, end + 60)
    if backed is None or fold(backed.group(2)) not in lang.words("backer_participles"):
        return None
    if backed.group(1) != "-":  # without a hyphen the participle may be the verb: 'Microsoft backed OpenAI in 2019'
        before = re.findall(r"[\w']+", text[max(0, start - 20):start])  # so the word before the name opens a phrase
        if not before or fold(before[-1]) not in lang.words("phrase_openers"):
            return None
    return backed.end()


_BACKED = re.compile(r"(?:\s*\([^()]{1,30}\))?(-\s*|\s+)(\w+)\s+(?=[A-Z])")


_FORMER: dict[str, re.Pattern | None] = {}


def former_name(text: str, pos: int, lang: LanguageData) -> bool:
    """Whether the name at ``pos`` follows a former-name mark: what a company was called before, not another party.
    Any mark after a bracket ('X (formerly Twitter)', 'X (anciennement Twitter)', cue former_name_marks), a phrase
    anywhere ('X, the network formerly known as Twitter', cue former_name_phrases). A short mark after a comma
    ('Kelvor, formerly Zentek,') is read only after a company's name (``MentionFinder._renamed``): 'Apple,
    previously Samsung's biggest customer' renames nothing."""
    if lang.code not in _FORMER:
        def alt(*names: str) -> str:
            words = [w for name in names for w in lang.cue(name) or ()]
            return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        marks, phrases = alt("former_name_marks", "former_name_phrases"), alt("former_name_phrases")
        parts = [r"\(\s*(?:" + marks + ")"] if marks else []
        parts += [r"(?<![\w-])(?:" + phrases + ")"] if phrases else []
        _FORMER[lang.code] = re.compile(r"(?:" + "|".join(parts) + r")\s*,?\s*$", re.IGNORECASE) if parts else None
    pattern = _FORMER[lang.code]
    return pattern is not None and pattern.search(text, max(0, pos - 50), pos) is not None


def dateline(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a dateline ('NEW YORK, Dec 1 —', 'LONDON —' opening a paragraph), not a company."""
    return text[s:e].isupper() and bool(_DATELINE_END.match(text, e)) and (
        s == 0 or text[:s].rstrip(" \t").endswith("\n"))


_DATELINE_LEAD = re.compile(r"([A-Z][A-Z.' ]*[A-Z])\s*[-—–]\s+(?=[A-Z])")  # 'WASHINGTON - ' (see dateline)
_CAMEL = re.compile(r"(?<![\w-])(?:[a-z][A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][a-z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z]{2,}[a-z]*)(?![\w-])")  # xFusion, SiPearl, EuroHPC
_NOT_CODES = {"COVID", "G7", "G20", "MP", "CO2", "A4", "F1", "X86", "X64", "Q1", "Q2", "Q3", "Q4", "T1", "T2", "T3", "T4",
              "H1", "H2", "S1", "S2", "4G", "5G", "6G", "3D", "2D", "P2P", "B2B", "K8S", "AM4", "AM5",
              # number formats: '90 FP4 ExaFLOPS' is a figure, not a product
              "FP4", "FP6", "FP8", "FP16", "FP32", "FP64", "INT4", "INT8", "BF16", "TF32"}
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s*[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})?")  # a number and its unit
_ABBREVIATED_SUFFIXES = {"Inc", "Co", "Corp", "Ltd"}
_WEBSITE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|fr|net|org|biz|info|be|ch|de|io|co\.uk)")  # a site's address
_ACRONYM = re.compile(r"[A-Z]{2,3}s?")
_PERSON_LABELS = {"PERSON", "PER"}
_NAME_CONNECTORS = {"of", "for", "and", "de", "du", "des", "d'", "et"}  # small words inside a name
_NAME_DETERMINERS = ("the", "le", "la", "les", "l")  # before a name: 'the US Navy', 'la SNCF'
_ORG_LABELS = {"ORG"}
# a sentence's first word, capitalised, then a lower-case word: 'Norsilica compte ...' (see opening_names)
_OPENING = re.compile(r"[\s\"«“]*([A-Z][a-zà-ÿ]{3,}(?:[A-Z][a-z]+)?)(?=,?\s+[a-zà-ÿ])")


@dataclass
class Mention:
    start: int  # offsets into the article text
    end: int
    text: str
    name: str  # canonical name
    kind: str  # Company, Government, Source, Product, Person, Place
    source: str = "lexicon"
    maker: str | None = None  # a product's maker, from the lexicon or the name itself ("Nvidia GPUs")
    generic: bool = False  # a product named by its type only ("SiC wafers", "the chips")
    anaphoric: bool = False  # "the chips", "ces puces": a product named before
    ptype: str | None = None  # product type: chip, memory, tool, server …
    extra: dict = field(default_factory=dict)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def plural_acronym(text: str) -> bool:
    """'OEMs', 'ODMs', 'OSATs', 'GPUs': the plural of a trade's or a product's acronym, which names a class."""
    return re.fullmatch(r"[A-Z]{2,4}s", text) is not None


def _model_with_article(t) -> bool:
    """Whether NER's brand (MISC) is written with its article ('la future Zeltra'): a model, goods, not a company."""
    return t.ent_type_ == "MISC" and any(c.dep_ == "det" for c in t.children)


class MentionFinder:
    """Finds the mentions of one language's sentences; the lexicon's patterns run once per article."""

    def __init__(self, lex: Lexicon, lang: LanguageData) -> None:
        self.lex = lex
        self.lang = lang
        self._tailed: re.Pattern | None = None  # see tailed_names
        self.company_nouns = {fold(n): roles for n, roles in lang.cue("company_nouns").items()}
        nouns = alternation(list(lang.cue("company_nouns")))
        name = r"[A-Z][\w&.-]*[\w&](?:\s+(?:[A-Z][\w&-]+|&))*"
        dets = "|".join(re.escape(d) for d in lang.cue("apposition_determiners"))
        # "the chipmaker Naura", "le fabricant chinois d'équipements Naura", "Chinese AI firm Zhipu"
        # (the words between the noun and the name qualify the noun: a clause's words, before another word, end the
        # phrase: 'Kelvor Group to ship QuantSiC dies' names no company QuantSiC, 'supplier to Orvane' does name
        # Orvane; cue apposition_breaks)
        breaks = alternation(list(lang.cue("apposition_breaks") or ())) or "(?!)"
        self.apposition_re = re.compile(
            r"(?<![\w'])(?:(?i:" + dets + r")\s*)?(?:[\w'-]+\s+){0,3}?(?i:" + nouns + r")"
            r"(?:\s+(?:(?!(?:" + breaks + r")\s+[a-zà-ÿ])[a-zà-ÿ'-]+|d'[\w-]+|de\s+[\w-]+|of\s+[\w-]+)){0,3}?\s+(?P<name>"
            + name + r")")
        marks = alternation(list(lang.cue("former_name_marks") or ()) + list(lang.cue("former_name_phrases") or ()))
        # 'Kelvor (formerly Zentek)', 'X, the network formerly known as Twitter': a company, then its old name
        self.renamed_re = re.compile(
            r"(?:,?\s+(?:the\s+|la\s+|le\s+|l'|l’)?[a-zà-ÿ][\w'-]*){0,4}?\s*[(,]?\s*(?i:" + marks + r")\s*(?P<name>"
            + name + r")(?=\s*[),.;:]|\s*$)") if marks else None  # not 'Apple, previously Samsung's customer'
        self.noun_before_re = re.compile(r"(?<![\w'])(?i:" + nouns + r")\s+\Z")  # 'the chipmaker ' right before a name
        # 'l'américain Cree', 'le taïwanais Norsilica', 'auprès du néerlandais Kalvex': a nationality used as a
        # noun names a company (French press); the adjectives are the governments' own, those written in lower case,
        # and the same with a capital, as French writes a nationality noun ("l'Américain Wescam")
        demonyms = [a for a in lex.gov_adjectives() if a[:1].islower()]
        demonyms += [a for a in lex.region_adjective_forms() if a[:1].islower()]  # 'le Californien Navitas'
        demonyms += [a[:1].upper() + a[1:] for a in demonyms]
        self.demonym_re = re.compile(
            r"(?<![\w'’])(?i:le|l'|l’|du|au|aux|des)\s*(?:" + alternation(demonyms) + r")\s+(?P<name>" + name + r")") if demonyms else None
        # 'le PDG de Veltrix', 'the CEO of Veltrix', 'Veltrix CEO Jane Doe': a chief's company
        titles = alternation(list(lang.cue("executive_titles")))
        self.chief_re = re.compile(r"(?<![\w'])(?i:" + titles + r")\s+(?:de\s+|d'|d’|du\s+|of\s+)(?P<name>" + name + r")"
                                   r"|(?<![\w'])(?P<name2>[A-Z][\w&.-]*[\w&](?:\s+[A-Z][\w&-]+)??)\s+(?i:" + titles
                                   + r")(?=\s+[A-Z])")
        intro = "|".join(re.escape(w) for w in sorted(lang.cue("list_introducers"), key=len, reverse=True))
        item = r"[A-Z][\w&.-]*[\w&](?:\s+[A-Z][\w&-]+){0,2}"
        self.list_re = re.compile(
            r"(?<![\w'])(?:" + intro + r")\s+(?:(?:[\w'-]+\s+){0,3}(?i:" + nouns + r")\s+)?"
            r"(?P<list>" + item + r"(?:\s*(?:\([^)]{1,30}\)\s*)?,\s*" + item + r")*(?:\s*,?\s+(?:and|et|ou|or)\s+"
            + item + r")?)")
        self.item_re = re.compile(item)
        # 'deux constructeurs, Kelvor et Brio', 'two suppliers: Kelvor and Brio': a counted company noun the names
        # after it spell out (cue group_numbers)
        numbers = alternation(list(lang.cue("group_numbers") or ()))
        self.spelled_re = re.compile(
            r"(?<![\w'])(?i:" + numbers + r")\s+(?:[\w'-]+\s+){0,2}?(?i:" + nouns + r")(?:s|es|x)?(?:\s+[a-zà-ÿ'-]+){0,2}"
            r"\s*[,:]\s*(?P<list>" + item + r"(?:\s*,\s*" + item + r")*\s*,?\s+(?:and|et)\s+" + item + r")") \
            if numbers else None
        # any run of capitalised items a coordinator closes: 'Orbix, Tencent et Baidu', 'Orbix and Tencent'
        self.run_re = re.compile(r"(?<![\w'’])" + item + r"(?:\s*,\s*" + item + r")*\s*,?\s+(?:and|et|or|ou)\s+" + item)
        # first tests, for the patterns above that cost a try at every word: the words each pattern needs, found
        # in the sentence lower-cased (see _lacks)
        self.nouns_lower = re.compile(alternation([n.lower() for n in lang.cue("company_nouns")]))
        self.titles_lower = re.compile(alternation([t.lower() for t in lang.cue("executive_titles")]))
        self.intro_re = re.compile(intro)
        # 'its fab in Tarnow', 'son usine à Crolles', 'the island of Hokkaido': the words that put a place after them
        # (cues sites_before_place with site_prepositions, place_nouns with complement_prepositions)
        sites, at = lang.cue("sites_before_place"), lang.cue("site_prepositions")
        places, of = lang.cue("place_nouns"), lang.cue("complement_prepositions")
        self.place_before_re = re.compile(
            r"\b(?:(?:" + alternation(list(sites)) + r")\s+(?:" + alternation(list(at)) + r")|(?:" + alternation(list(places))
            + r")\s+(?:" + alternation([w.replace("'", "’") for w in of] + list(of)) + r"))\s*$", re.IGNORECASE) \
            if sites and at and places and of else None

    # ------------------------------------------------------------------ article
    def article_hits(self, text: str) -> list[Mention]:
        """Lexicon names anywhere in the article (one pass of each pattern, then split by sentence)."""
        lex = self.lex
        hits: list[Mention] = []
        for m in lex.source_re.finditer(text):
            if lex.source_kind(m.group(0)) == "list":
                continue  # 'the Entity List' is read by the export rules, not a name to mask
            hits.append(Mention(m.start(), m.end(), m.group(0), m.group(0), SOURCE))
        heads = self.lang.cue("product_heads")
        openers = set(self.lang.cue("sentence_openers"))
        for m in lex.product_re.finditer(text):
            family = lex.product(m.group("family"))
            if family is None:
                continue
            if not m.group("code") and not family.standalone and not _beside_head(text, m.start(), m.end(), heads):
                continue
            if _FACILITY.match(text, m.end()):
                continue  # "TSMC's AP8 facility": a plant, not a product
            if _FIRM_TAIL.match(text, m.end()):
                continue  # 'GaN Systems', 'Cerebras Systems': a company's name that opens with a product's
            surface = m.group("family")
            if not m.group("code") and self._inside_unknown_name(text, m.start()):
                continue  # 'the Condor Galaxy supercomputer' is no Samsung Galaxy: a name the lexicon knows part of
            if family.generic and any(fold(w) in heads for w in surface.split()):
                continue  # 'puces SiC', 'AI accelerators': the product phrases name these, vendor and all
            before = re.search(r"([\w-]+)\s+(?:(?:de|d'|en|of)\s*)?$", text[max(0, m.start() - 30):m.start()])
            if family.generic and before and fold(before.group(1)) in heads:
                continue  # 'plaquettes de carbure de silicium': a modifier of the product noun before it
            if m.group("code"):
                rest = text[m.end("family"):m.end()]
                name = self._coded_name(family, surface, rest.lstrip(), rest[:len(rest) - len(rest.lstrip())])
                for more in _MORE_CODES.finditer(text, m.end()):
                    # 'Siyuan 590 and 690', 'H100 et H200': a second code shares the family
                    if more.start() != m.end() and not re.fullmatch(r"[\s,]*(?:and|et|&|or|ou|/)?\s*",
                                                                    text[m.end():more.start()]):
                        break
                    code2 = more.group("code")
                    hits.append(Mention(more.start("code"), more.end("code"), code2,
                                        _clean_product(text[m.start():m.start("code")] + code2), PRODUCT,
                                        maker=family.maker, ptype=family.type))
                    break
            elif re.search(r"\d", surface):
                name = _clean_product(surface)  # a model names itself ('AI4', 'Siyuan 590'), not the line it is filed under
            else:
                name = family.name
            hits.append(Mention(m.start(), m.end(), m.group(0), name, PRODUCT, maker=family.maker, ptype=family.type,
                                generic=family.generic))
        for m in lex.company_re.finditer(text):
            surface = m.group(0)
            name = lex.company(surface) or strip_suffixes(surface)
            longer = _words_after(text, m.end(), 3, openers)
            if longer and not lex.company(surface + longer.group(0)) and _more_name(longer.group(0)) \
                    and not lex.is_non_party(longer.group(0).strip()) and not lex.product(longer.group(0).strip()):
                # "Foxconn Industrial Internet", "Samsung Display": another company that starts with a known name
                whole = surface + longer.group(0)
                hits.append(Mention(m.start(), m.end() + longer.end(), whole, strip_suffixes(whole), COMPANY,
                                    source="shape"))
                continue
            end = m.end()
            if longer:
                # 'HANMI Semiconductor' where the lexicon writes 'Hanmi Semiconductor': the whole name, whatever its case
                words = re.findall(r"\s+\S+", longer.group(0))
                k = next((k for k in range(len(words), 0, -1) if lex.company(surface + "".join(words[:k])) == name), 0)
                end += len("".join(words[:k]))
            regional = _REGIONAL_ARM.match(text, end)
            if regional:
                end = regional.end()  # 'Ingrasys Technology USA Inc.': the company's arm in a country goes by its name
            tick = re.match(r"\s+([A-Z]{2,5})\b", text[end:])
            if tick and lex.ticker_of(name) == tick.group(1):
                end += tick.end()  # 'Microsoft Corp. MSFT has ...': the ticker a finance site leaves is part of the name
            hits.append(Mention(m.start(), end, text[m.start():end], name, COMPANY))
        hits += _listed_acronyms(lex, text, hits, self.lang)
        hits += _defined_abbreviations(lex, text, hits)
        for m in lex.gov_re.finditer(text):
            longer = _words_after(text, m.end(), 2, openers)
            if longer and m.group(0)[:1].isupper() and lex.company(m.group(0) + longer.group(0)):
                whole = m.group(0) + longer.group(0)
                hits.append(Mention(m.start(), m.end() + longer.end(), whole, lex.company(whole), COMPANY))
                continue
            if longer and m.group(0)[:1].isupper() and len(m.group(0)) > 3 \
                    and self._event(text, m.start(), m.end() + longer.end()):
                continue  # 'Korea Memory Technology Expo': an event named for a country's trade
            if longer and m.group(0)[:1].isupper() and len(m.group(0)) > 3 and not _TITLE.match(longer.group(0)) \
                    and not lex.is_non_party(longer.group(0).strip()) and not lex.is_non_party(m.group(0) + longer.group(0)):
                # "China Mobile", "Korea Zinc", "Japan Display": a company whose name starts with a country
                whole = m.group(0) + longer.group(0)
                hits.append(Mention(m.start(), m.end() + longer.end(), whole, whole, COMPANY, source="shape",
                                    extra={"country_name": True}))
                continue
            hits.append(Mention(m.start(), m.end(), m.group(0), lex.government(m.group(0)) or m.group(0), GOVERNMENT))
        for m in lex.code_re.finditer(text):
            code = m.group("code")
            if code in _NOT_CODES or re.fullmatch(r"[A-Z]+\d{4}", code) and re.fullmatch(r"(?:19|20)\d\d", code[-4:]):
                continue
            if _CURRENCY_CODE.match(code):
                continue  # 'RMB16 billion', 'USD5m': an amount, not a model
            if re.fullmatch(r"[A-Z]\d", code) and not _next_to_product_word(text, m.start(), m.end(), self.lang):
                continue  # 'M5 chips' is a chip, 'A4' alone is not
            if _FACILITY.match(text, m.end()):
                continue
            hits.append(Mention(m.start(), m.end(), m.group(0), _clean_product(code + m.group("tail")), PRODUCT,
                                source="code", maker=self.lex.maker_of(code)))
        for m in _NAMED_CHIP.finditer(text):
            # 'la puce Vega7', 'the Maia2 chip', 'la puce XRing 01': a name with a number beside a product noun
            if _beside_head(text, m.start(), m.end(), heads):
                hits.append(Mention(m.start(), m.end(), m.group(0), m.group(0), PRODUCT, source="shape"))
        return _merge_reversed(_first_wins(hits), text)

    def _inside_unknown_name(self, text: str, start: int) -> bool:
        """Whether a product name found at ``start`` ends a longer proper name that no list knows: a capitalised
        word right before it, in mid-sentence, that is no company, product or function word ('Condor Galaxy')."""
        before = re.search(r"(?<![\w'’-])([A-Z][a-z][\w-]*)\s$", text[max(0, start - 40):start])
        if before is None:
            return False
        word = before.group(1)
        lead = text[max(0, start - 40):start][:before.start(1)].rstrip()
        if not lead or lead[-1] in ".!?:;\"«“(\n":
            return False  # the sentence's first word may be any capitalised word
        if self.lex.company(lead.rsplit(None, 1)[-1]):
            return False  # 'Google Cloud TPUs': the second word of a company's own brand
        return not (self.lex.company(word) or self.lex.product(word) or self.lex.government(word)
                    or fold(word) in self.lex.gov_adjective or self.lex.is_place(word)
                    or fold(word) in self.lang.words("capitalised_function_words"))

    def _coded_name(self, family, surface: str, code: str, sep: str) -> str:
        """A family with a model code: the model's own name if the lexicon knows it ('mémoire HBM' + '3E' is
        HBM3E), else the family as written when it is one word ('Siyuan 590' though the lexicon files the line
        as MLU), else the family's canonical name ('scanner EUV NXE:3800E' -> 'EUV lithography machine ...')."""
        glue = "" if sep == "" else " "
        for cand in (family.name + glue + code, surface.split()[-1] + glue + code, code):
            known = self.lex.product(cand)
            if known is not None and not known.generic:
                if cand == code and re.search(r"\d", code) and fold(code) not in fold(known.name):
                    break  # 'Instinct MI450X': the lexicon files the model under MI450; the text names the model
                return known.name if cand != code or re.search(r"[A-Za-z]", code) else cand
        if sep == "" and " " in surface.strip():
            return _clean_product(surface + code)  # 'Cray EX' + '235A': the code is glued to the family's last word
        base = surface if " " not in surface.strip() else family.name
        return _clean_product(base + glue + code)

    def opening_names(self, text: str, spans, hits: list[Mention], vocab) -> list[Mention]:
        """A sentence opening on a single capitalised word that is no word of the language and that no
        list knows, then a lower-case word ('Norsilica compte ...'): a company's name, masked like the lexicon's so
        that the parser reads the sentence as it reads one about a known company. Not a word the article writes
        after another capitalised one ('Jensen Huang' ... 'Huang a dit'). Only where the model's vectors say what
        a word is (French): the English model's training strings miss too many words."""
        out: list[Mention] = []
        if not vocab.vectors.shape[0]:
            return out  # 'Funnily', 'Substrates', 'Handset' are no strings of the English model
        for s, e in spans:
            m = _OPENING.match(text, s, e)
            if m is None or any(h.start <= m.start(1) < h.end for h in hits):
                continue
            name = m.group(1)
            if is_word(vocab, name.lower()) or fold(name) in self.lang.words("not_names") or self.lex.company(name) \
                    or self.lex.product(name) or self.lex.is_place(name) or self.lex.government(name) \
                    or self.lex.source_kind(name):
                continue
            if re.search(r"[A-Z][\w-]*\s+" + re.escape(name) + r"\b", text):
                continue  # a surname: 'Jensen Huang' somewhere in the article
            out.append(Mention(m.start(1), m.end(1), name, name, COMPANY, source="opening"))
        return out

    def tailed_names(self, text: str, spans, hits: list[Mention], vocab) -> list[Mention]:
        """A capitalised word and a word that ends company names (cue ``name_tails``: 'Norvane Systèmes', 'Naval
        Group', 'Kelvane Électronique'), that no list knows: a company's name, masked like the lexicon's, as the
        parser breaks a sentence around two names it never saw. The first word is no word of the language, or, in
        French, which writes common words in lower case, any capitalised word inside a sentence."""
        tails = self.lang.cue("name_tails")
        if not tails:
            return []
        if self._tailed is None:
            self._tailed = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?) (" + "|".join(
                re.escape(t) for t in sorted(tails, key=len, reverse=True)) + r")(?![\w-])")
        starts = {s for s, _ in spans}
        french = self.lang.code == "fr"
        out: list[Mention] = []
        for m in self._tailed.finditer(text):
            a, b = m.span()
            if any(h.start < b and a < h.end for h in hits):
                continue
            first = m.group(1)
            for _ in range(2):  # 'Kelvor Global Solutions', 'Orvane Network Services': the longer name, whole
                more = re.match(r" [A-Z][\w&-]*(?![\w-])", text[b:])
                if more is None or any(h.start < b + more.end() and b < h.end for h in hits) \
                        or fold(more.group(0)) in self.lang.words("executive_titles", "not_names", "person_titles"):
                    break  # not 'Kelvor Global CEO'
                b += more.end()
            opening = a in starts or not text[:a].strip() or text[:a].rstrip()[-1:] in ".!?:«\"“\n"
            if is_word(vocab, first.lower()) and (not french or opening):
                continue
            if fold(first) in self.lang.words("not_names") or self.lex.is_place(first) or self.lex.government(first) \
                    or self.lex.source_kind(first) or self.lex.company(m.group(0)) or self.lex.product(first):
                continue
            out.append(Mention(a, b, text[a:b], text[a:b], COMPANY, source="shape"))
        return out

    def short_names(self, text: str, hits: list[Mention]) -> list[Mention]:
        """'Applied', 'Lam' where the article names Applied Materials or Lam Research in full: a short name that is
        also a word, found before the parse so that the parser reads it as a name ('While Applied, KLA and Lam
        ship tools to ...', where the bare word made 'ship' a noun). Acronyms a verb must confirm ('ST a indiqué')
        stay with :meth:`_acronym_subjects`."""
        named = {m.name for m in hits if m.kind == COMPANY and m.source != "listed"}
        out: list[Mention] = []
        for m in self.lex.ambiguous_re.finditer(text):
            company = self.lex.ambiguous.get(m.group(0))
            if company in named and not any(h.start < m.end() and m.start() < h.end for h in hits):
                out.append(Mention(m.start(), m.end(), m.group(0), company, COMPANY, source="lexicon"))
        return out

    def names_a_company(self, text: str, pos: int) -> bool:
        """Whether the word that ends right before ``pos`` is a company or trade noun, so that a bracket after it
        names that company ('the Taiwanese foundry (TWFC)', 'son fournisseur (QVN)'), not a term."""
        return self.noun_before_re.search(text, max(0, pos - 40), pos + 1) is not None

    def introduced_names(self, text: str, spans, hits: list[Mention]) -> list[Mention]:
        """Companies no list knows, wherever the article writes them, once it has introduced them: by their trade
        ('le constructeur Balmoral', 'chipmaker Qorvane'), by a nationality used as a noun ("l'américain Cree"),
        by a legal suffix ('Qorvane Inc.'), or found by :meth:`opening_names` and :meth:`tailed_names`. They are
        masked like the lexicon's names: the parser reads a sentence about a name it never saw far worse than one
        about a name it knows (to the French model 'Balmoral' is an adjective, the placeholder a company)."""
        low = text.lower()
        found: list[tuple[int, int, str]] = []
        if not _lacks(self.nouns_lower, low):
            found += [(*m.span("name"), "apposition") for m in self.apposition_re.finditer(text)]
        if self.demonym_re is not None:
            found += [(*m.span("name"), "apposition") for m in self.demonym_re.finditer(text)
                      if not self._given_and_surname(m.group("name"))]  # "l'Américain Bill Gates": a person
        found += [(*m.span(), "suffix") for m in _SUFFIXED.finditer(text)  # not 'The Technologies unit'
                  if fold(m.group(1)) not in self.lang.words("not_names", "definite_determiners")]
        headlines = [(s, e) for s, e in spans if is_headline(text[s:e])]
        names: dict[str, str] = {}  # surface -> canonical name
        for a, b, source in found:
            if any(h.start < b and a < h.end for h in hits) or any(s <= a < e for s, e in headlines):
                continue  # a headline capitalises every word: 'Chipmaker Qorvane Wins Order' is no name
            before = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, a - 30):a])
            if before and self.lex.source_kind(before.group(1) + " " + text[a:b]):
                continue  # 'the Entity List': a list, named by a noun of companies
            m = self._unknown_company(text, a, b, source, None, force=True)
            if m is not None and m.kind == COMPANY and text.startswith(".", m.end) \
                    and m.text.rsplit(None, 1)[-1] in _ABBREVIATED_SUFFIXES:
                m = replace(m, end=m.end + 1, text=m.text + ".")  # 'Orvane Inc.': the suffix's point, masked with it
            if m is not None and m.kind == COMPANY:
                names.setdefault(m.text, m.name)
                if m.name != m.text and len(m.name) >= 3:
                    names.setdefault(m.name, m.name)  # 'Qorvane Inc.', then 'Qorvane'
        names.update((h.text, h.name) for h in hits if h.kind == COMPANY and h.source in ("opening", "shape"))
        if not names:
            return []
        out: list[Mention] = []
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        for m in re.finditer(r"(?<![\w-])(?:" + alt + r")(?![\w-])", text):
            a, b = m.span()
            if not any(h.start < b and a < h.end for h in hits):
                out.append(Mention(a, b, m.group(0), names[m.group(0)], COMPANY, source="introduced"))
        return out

    def _given_and_surname(self, name: str) -> bool:
        """Two capitalised words, the last no word that ends company names ('Bill Gates', not 'Kelvor Robotics')."""
        words = name.split()
        return len(words) == 2 and all(re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?", w) for w in words) \
            and words[-1] not in _NAME_ENDINGS and words[-1] not in self.lang.cue("name_tails")

    def _surname_of(self, text: str, a: int, b: int, found: list[Mention]) -> bool:
        """Whether a person's name NER found at ``a:b`` ends with a company's name from the lexicon that its given
        names precede ('Jean-Marc Chery', 'Michael Dell'): one or two capitalised words that name nothing themselves."""
        inside = [x for x in found if x.start < b and a < x.end]
        if len(inside) != 1 or inside[0].kind != COMPANY or inside[0].end != b or inside[0].start <= a:
            return False
        given = text[a:inside[0].start].split()
        lex = self.lex
        return 0 < len(given) <= 2 and all(
            re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\.?", w) and not lex.company(w) and not lex.is_place(w)
            and not lex.government(w) and not lex.product(w) for w in given)

    # ----------------------------------------------------------------- sentence
    def sentence(self, p: Parsed, hits: list[Mention]) -> list[Mention]:
        """The mentions of one parsed sentence (lexicon ``hits`` of the article, then NER, shapes, phrases)."""
        text, start, end, doc = p.text, p.start, p.end, p.doc
        found = [m for m in hits if start <= m.start and m.end <= end]
        lex = self.lex
        headline = is_headline(text[start:end])

        def add(m: Mention) -> None:
            if headline and m.kind == COMPANY and m.source in ("ner", "shape"):
                return  # 'ASML to Ship 12 Next-Generation Systems to U.S. Chip Maker': a headline capitalises words
            if not any(m.overlaps(o) for o in found):
                found.append(m)

        for ent in doc.ents:
            a, b = p.pos(ent[0]), p.end_pos(ent[-1])
            surface = text[a:b]
            if ent.label_ in _PERSON_LABELS and self._surname_of(text, a, b, found):
                # 'STM CEO Jean-Marc Chery': a person whose surname is a company's name (Chery) is the person
                found[:] = [x for x in found if not (x.start < b and a < x.end)]
            inside = [x for x in found if x.start < b and a < x.end]
            if inside and self._risky_part(ent, inside, surface):
                # 'Leonardo DiCaprio', 'Christian Lacroix', 'Sunrise Solar': a company name that is also a word or a
                # given name, part of a longer name NER found, is that name's
                found[:] = [x for x in found if x not in inside]
                if ent.label_ in _PERSON_LABELS:
                    add(Mention(a, b, surface, surface, PERSON, source="ner"))
                    continue
                inside = []
            if inside and ent.label_ in _ORG_LABELS and all(
                    x.kind in (GOVERNMENT, PLACE) and a <= x.start and x.end <= b and (x.start, x.end) != (a, b)
                    for x in inside) and _capitalised_name(surface) and sum(x.kind == GOVERNMENT for x in inside) < 2:
                # 'Air France', 'Météo Belgique', 'the United States Air Force', 'the French Ministry of Defence': a
                # name NER took whole, of which a country is only a part (not 'the U.S. Department of Commerce', whose
                # both parts the lexicon knows as the government's)
                kept = list(found)
                found[:] = [x for x in found if x not in inside]
                self._unknown(add, text, a, b, "ner", p)
                if not any(a <= x.start and x.end <= b and x not in kept for x in found):  # (its stops trimmed)
                    body = self._public_body(text, b, inside, p)
                    if body is not None:
                        add(body)  # 'the US Navy', 'the French Ministry of Defence': a country's own body
                    else:
                        found[:] = kept  # not a company after all ('US Commerce Department'): the country stays
                continue
            if inside:
                continue
            first, _, rest = surface.partition(" ")
            if ent.label_ in _PERSON_LABELS | _ORG_LABELS and rest and fold(first) in self.lang.words("company_nouns") \
                    and lex.source_kind(surface) is None:  # not 'the Entity List'
                # 'Chipmaker Quorvane', 'Foundry Norsilica' opening a sentence: the trade, then the company's name
                self._unknown(add, text, a + len(first) + 1, b, "apposition", p, force=True)
            elif ent.label_ in _PERSON_LABELS and (surface.split()[-1] in _NAME_WORDS | _NAME_ENDINGS
                                                   or surface.split()[-1] in self.lang.cue("name_tails")):
                self._unknown(add, text, a, b, "ner", p, force=True)  # 'Veloxis Labs': NER's person is a company
            elif ent.label_ in _PERSON_LABELS and " " in surface.strip() and not lex.company(surface):
                if not self.noun_before_re.search(text[max(start, a - 40):a]):
                    add(Mention(a, b, surface, surface, PERSON, source="ner"))
                # else 'Chinese chipmaker Fujian Jinhua': NER's person is the company the noun announces
            elif ent.label_ in _ORG_LABELS and not counted(ent.root) and not self._names_goods(ent):
                for x, y in _coordinated(p, ent, lex):  # 'Orvane and Brio', 'Orvane, Brio and Kestrel': one name each
                    if y == b and (tail := _FIRM_TAIL.match(text, y, end)):
                        y = tail.end()  # 'Kelvor Systems' where NER stopped at 'Kelvor'
                    self._unknown(add, text, x, y, "ner", p)  # not '90 million IOPS': a measure, counted
        self._spelled_acronyms(add, p)
        for m in _SUFFIXED.finditer(text, start, end):
            self._unknown(add, text, m.start(), m.end(), "suffix", p)
        self._trade_arguments(add, p, found)
        self._listed_with_companies(add, p, found)
        for m in _CAMEL.finditer(text, start, end):
            after = text[m.end():m.end() + 14]
            if re.match(r"\s+[\w-]*\d", after) or self._product_word_near(text, m.start(), m.end()):
                continue  # 'PowerEdge XE9680', 'puces CoolSiC': a product, not a company
            self._unknown(add, text, m.start(), m.end(), "shape", p)
        low = text[start:end].lower()
        for m in () if _lacks(self.nouns_lower, low) else self.apposition_re.finditer(text, start, end):
            # after 'the chipmaker', 'la start-up', 'l'opérateur' a name is the company's, whatever NER guessed
            self._unknown(add, text, m.start("name"), m.end("name"), "apposition", p, force=True)
        for m in () if _lacks(self.titles_lower, low) else self.chief_re.finditer(text, start, end):
            g = "name" if m.group("name") else "name2"
            if fold(m.group(g)) in self.lang.words("possessive_determiners", "anaphoric_determiners"):
                continue  # 'Its CEO Jean-Marc Chery': a determiner, not the company's name
            self._unknown(add, text, m.start(g), m.end(g), "apposition", p, force=True)
        if self.demonym_re is not None:
            for m in self.demonym_re.finditer(text, start, end):
                self._unknown(add, text, m.start("name"), m.end("name"), "apposition", p, force=True)
        for m in () if not self.intro_re.search(text, start, end) else self.list_re.finditer(text, start, end):
            # "including Chinese chip-equipment makers Naura Technology and Piotech", "dont SMIC et Hua Hong"
            # a one-word name NER took for a person, listed as an example of a company noun said before it
            # ('plusieurs entreprises, dont Orvane et Brimco'), is a company; not 'plusieurs dirigeants, dont Huang'
            firms = bool(self.nouns_lower.search(text[max(start, m.start() - 60):m.start()].lower()))
            for n in self.item_re.finditer(m.group("list")):
                a = m.start("list") + n.start()
                if self._person_at(p, a) and not (firms and " " not in n.group(0)):
                    continue
                self._unknown(add, text, a, a + len(n.group(0)), "list", p)
        for m in () if self.spelled_re is None else self.spelled_re.finditer(text, start, end):
            for n in self.item_re.finditer(m.group("list")):
                a = m.start("list") + n.start()
                self._unknown(add, text, a, a + len(n.group(0)), "list", p)
        self._acronym_subjects(add, p)
        self._vendors(add, p, found)
        self._list_mates(add, p, found)
        for phrase in product_phrase(p, self.lang, lex, found):
            add(phrase)
        found = _drop_bracketed_brands(sorted(found, key=lambda m: m.start), text)
        # 'SoftBank-backed Orvane', 'SoftBank (TYO:9984) backed Orvane': the backer labels the company, known or not
        found = [m for m in found if not (m.kind == COMPANY and backs_next(text, m.start, m.end, self.lang) is not None)]
        # 'au Qualcomm Technology Summit': the host names an event, a place of sorts, and is no party (kept as a
        # mention, so that no layer reads its masked token as a name of its own)
        found = [replace(m, kind=PLACE) if m.kind == COMPANY and self._hosts_event(text, m.end) else m for m in found]
        return self._renamed(found, text)

    def _hosts_event(self, text: str, e: int) -> bool:
        """Whether the company name ending at ``e`` begins an event's name ('au Qualcomm Technology Summit', 'the
        Samsung Foundry Forum'): who hosts it is no party to what is said there (capitalised words, the last an
        event word)."""
        m = re.match(r"(?:\s+[A-Z][\w'-]*){1,4}", text[e:e + 60])
        return m is not None and fold(m.group(0).split()[-1]) in self.lang.words("event_words")

    def _renamed(self, found: list[Mention], text: str) -> list[Mention]:
        """The mentions but former names ('Kelvor, formerly known as Zentek', 'Kelvor, formerly Zentek,', 'Kelvor
        (anciennement Zentek)'). The old name is recorded on the company as ``extra["former"]``
        (its lexicon name if it has one): it stands for that company from then on."""
        if self.renamed_re is None:
            return found
        out: list[Mention] = []
        olds: set[int] = set()  # where the old names start
        for m in found:
            if m.kind == COMPANY and (m.start in olds or former_name(text, m.start, self.lang)):
                continue
            out.append(m)
            hit = self.renamed_re.match(text, m.end) if m.kind == COMPANY else None
            if hit is not None:
                old = hit.group("name").strip()
                olds.add(hit.start("name"))
                m.extra.setdefault("former", []).append(self.lex.company(old) or old)
        return out

    def _vendors(self, add, p: Parsed, found: list[Mention]) -> None:
        """'les puces de Quorvane', "Quorvane's chips": a name that completes a product noun is the company whose
        goods they are, whether or not a list knows it (not 'les puces de Taïwan': the lexicon's places are none)."""
        heads = self.lang.cue("product_heads")
        for t in p.tokens:
            # the French model tags a name it does not know as a common noun ("les puces d'Orbix": 'orbi'); a
            # capitalised noun that is no word of the language is a name all the same
            name = t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.i > 0 and not t.is_sent_start and not dictionary_word(t)
            h = t.head
            # an entity that takes in the product noun itself ("puces d'Orbix" as LOC) types no name
            typed = t.ent_type_ if not (h.ent_iob_ in ("B", "I") and t.ent_iob_ == "I" and h.i < t.i) else ""
            if not name or not t.text[:1].isupper() or typed in ("PERSON", "PER", "LOC") \
                    or typed == "GPE" and dictionary_word(t):
                continue  # places: the French model's, and the English one's that it knew ('Dalian', not 'Quorvane')
            of = t.dep_ == "pobj" and h.lower_ == "of"  # 'the chips of Quorvane'
            if of:
                h = h.head
            if h.i == t.i or h.pos_ != "NOUN" or (h.lower_ not in heads and fold(h.text) not in heads):
                continue
            cases = {fold(c.text) for c in p.children(t) if c.dep_ == "case"}
            if not (of or t.dep_ == "poss" or t.dep_ == "nmod" and cases & {"de", "d", "du", "des"}):
                continue
            a = p.pos(t)
            if any(m.start <= a < m.end for m in found) or t.i > 0 and t.doc[t.i - 1].like_num:
                continue  # 'des smartphones de 16 Go': a unit after its number
            span = sorted([t, *(c for c in p.children(t) if c.dep_ in ("flat", "flat:name", "compound") and c.pos_ == "PROPN")],
                          key=lambda x: x.i)
            self._unknown(add, p.text, p.pos(span[0]), p.end_pos(span[-1]), "vendor", p)

    def _list_mates(self, add, p: Parsed, found: list[Mention]) -> None:
        """'Orbix, Tencent et Baidu ont commandé ...': a capitalised item that no layer typed, coordinated with
        names that are all companies, is a company too (the French model tags an unknown name as a noun or a verb,
        and NER skips it). The item's leading words of the language are left out ('Selon Orbix')."""
        text = p.text
        for run in self.run_re.finditer(text, p.start, p.end):
            items = list(self.item_re.finditer(text, run.start(), run.end()))
            kinds = [next((m.kind for m in found if m.start < n.end() and n.start() < m.end), None) for n in items]
            if COMPANY not in kinds or any(k not in (COMPANY, None) for k in kinds):
                continue  # only lists of companies: not 'H100, A100 et Orbix', nor a person's name beside one
            for n, k in zip(items, kinds):
                if k is not None:
                    continue
                words = [w for w in p.tokens if n.start() <= p.pos(w) < n.end()]
                while words and dictionary_word(words[0]):
                    words = words[1:]
                if words and words[0].text[:1].isupper():
                    self._unknown(add, text, p.pos(words[0]), p.end_pos(words[-1]), "list", p)

    def _acronym_subjects(self, add, p: Parsed) -> None:
        """'ST a indiqué': a short name that is also a word, written in capitals, stands for its company where it is
        the subject of a verb (where the article names the company in full, :meth:`short_names` found it before
        the parse)."""
        if not self.lex.ambiguous_re.search(p.text, p.start, p.end):
            return
        for t in p.tokens:
            company = self.lex.ambiguous.get(t.text)
            if company is not None and t.text.isupper() and t.dep_.startswith("nsubj") and t.head.pos_ in ("VERB", "AUX"):
                a = p.pos(t)
                add(Mention(a, a + len(t.text), t.text, company, COMPANY, source="lexicon"))

    # ---------------------------------------------------------------- helpers
    def _event(self, text: str, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` is an event's, named for its trade: 'au salon Korea Memory
        Technology Expo', 'the Semicon Taiwan show' (the event word ends the name, follows it or comes just
        before)."""
        events = self.lang.words("event_words")
        last = re.findall(r"[\w-]+", text[s:e])[-1:]
        after = re.match(r"\s+([\w-]+)", text[e:e + 24])
        before = re.search(r"([\w-]+)\s+$", text[max(0, s - 16):s])  # right before: not 'At the forum, X said'
        near = (*last, *(before.groups() if before else ()), *(after.groups() if after else ()))
        return any(fold(w) in events for w in near)

    def _names_goods(self, ent) -> bool:
        """'for LCD TV panels': common nouns or short acronyms that NER took for an organisation, modifying the noun
        after them, say what the goods are, not who makes them ('Kelvor chips', a name, still names a maker)."""
        head = ent.root.head
        return ent.root.dep_ == "compound" and head.i >= ent.end and head.pos_ == "NOUN" and all(
            t.pos_ == "NOUN" and (dictionary_word(t) or t.text.isupper() and len(t.text) <= 4) for t in ent)

    def _trade_arguments(self, add, p: Parsed, found: list[Mention]) -> None:
        """'Veltrix fournit Meridel en capteurs', 'a vendu à Trivalis des puces': a capitalised word inside the
        sentence that is no word of the language, the object or the 'à' argument of a trade verb (cue
        ``party_verbs``) or of a verb goods are bound for a buyer with ('destinés à Orvane', cue ``bound_verbs``), is
        a company NER did not see (it took it for a person or a place, or the tagger for a verb; cue
        ``recipient_prepositions`` for the 'à'). Only where the model's vectors say what a word is (French)."""
        if not p.doc.vocab.vectors.shape[0]:
            return
        verbs = self.lang.words("party_verbs", "bound_verbs")
        for t in p.doc:
            if t.is_sent_start or not t.text[:1].isupper() or len(t.text) < 3 or not t.text[1:].islower() \
                    or t.dep_ not in ("obj", "obl:arg", "iobj") or fold(t.head.lemma_) not in verbs \
                    or t.ent_type_ not in ("PER", "LOC", "MISC", "") or dictionary_word(t):
                continue
            if _model_with_article(t):
                continue  # 'équipera la future Zeltra'
            a, b = p.pos(t), p.end_pos(t)
            if any(m.start < b and a < m.end for m in found):
                continue
            if t.dep_ == "obl:arg" and not any(c.dep_ == "case" and fold(c.text) in self.lang.words("recipient_prepositions")
                                              for c in t.children):
                continue
            self._unknown(add, p.text, a, b, "ner", p)

    def _listed_with_companies(self, add, p: Parsed, found: list[Mention]) -> None:
        """'Renault et Norvatek', 'Kelvor supplies Renault, Tomvar and Theskia': a capitalised word inside the sentence that
        is no word of the language, coordinated with a company's name, is a company too, whatever NER took it for
        (a brand, a place, a one-word person). Where the model knows which words are words."""
        def company(t) -> bool:
            a, b = p.pos(t), p.end_pos(t)
            return any(m.kind == COMPANY and m.start <= a and b <= m.end for m in found)

        for t in p.doc:
            if t.dep_ != "conj" or t.is_sent_start or not t.text[:1].isupper() or len(t.text) < 3 \
                    or t.pos_ not in ("PROPN", "NOUN", "ADJ", "X") or dictionary_word(t) \
                    or t.ent_type_ not in ("PER", "LOC", "MISC", "ORG", "") or t.ent_iob_ == "I":
                continue
            if t.ent_type_ in ("PER", "LOC") and any(x.ent_iob_ == "I" for x in t.doc[t.i + 1:t.i + 2]):
                continue  # 'Apple et Tim Cook': a person's full name, a place of several words
            if _model_with_article(t):
                continue  # 'Renault et sa Zeltra'
            if not any(company(x) for x in (t.head, *t.conjuncts) if x.i != t.i):
                continue
            a, b = p.pos(t), p.end_pos(t)
            if any(m.start < b and a < m.end for m in found):
                continue
            self._unknown(add, p.text, a, b, "ner", p)

    def _national_body(self, words: list[str]) -> bool:
        """'French Ministry of Defence', 'Indian Air Force': a nationality, then the name of a body that buys like a
        company (not 'the Japanese Ministry of Economy', which stands for the government)."""
        if len(words) < 2 or words[0] not in self.lex.gov_adjectives() or self.lex.government(" ".join(words)):
            return False
        return all(w[:1].isupper() or w in _NAME_CONNECTORS for w in words[1:]) and self._body_words(" ".join(words[1:]))

    def _body_words(self, name: str) -> bool:
        """Whether ``name`` names a body that buys for itself: armed forces, railways, police (cue public_body_words);
        ministries and agencies stand for their government, whose export controls they issue."""
        padded = " " + fold(name) + " "
        return any(f" {b} " in padded for b in self.lang.words("public_body_words"))

    def _risky_part(self, ent, inside: list[Mention], surface: str) -> bool:
        """Whether the lexicon's hits inside NER's person or organisation ``ent`` are only names the lexicon itself
        calls risky (its ambiguous forms), and ``ent`` is a longer name of capitalised words."""
        return ent.label_ in _PERSON_LABELS | _ORG_LABELS and len(surface.split()) > 1 and all(
            x.kind == COMPANY and x.source == "lexicon" and x.text in self.lex.ambiguous and x.text != surface
            for x in inside) and _capitalised_name(surface)

    def _spelled_acronyms(self, add, p: Parsed) -> None:
        """'TCS (Tata Consultancy Services)', 'KOD (Kelvor Optical Devices)': an acronym that a bracket right after it
        spells out as a firm's name is that firm's name, which NER calls a person or an acronym no one may trust. A
        firm's name: a proper name (no word of the language, or a company's: 'Tata'), then a firm's word
        ('Services', 'Devices'); or a legal ending ('Ltd'); or a company noun first ('Société'). Not a term: 'RSE
        (Rear Seat Entertainment)', 'BMS (Battery Management Systems)', whose words are all the language's."""
        lex, text = self.lex, p.text
        for m in _SPELLED_ACRONYM.finditer(text, p.start, p.end):
            acronym, inner = m.group(1), m.group(2).strip()
            words = inner.split()
            if not spells_out(acronym, inner) or lex.company(acronym) or lex.product(acronym) \
                    or lex.is_non_party(acronym):
                continue
            named = any(not is_word(p.doc.vocab, w.casefold()) or lex.company(w) for w in words if w[:1].isupper())
            firm = ((words[-1] in _FIRM_WORDS and named) or words[-1].rstrip(".,") in _LEGAL_WORDS
                    or fold(words[0]) in self.company_nouns or lex.company(inner) is not None)
            if firm:  # (not through _unknown: 'KOD (Kelvor Optical Devices) a commandé' opening a text is no dateline)
                add(Mention(m.start(1), m.end(1), acronym, acronym, COMPANY, source="abbreviation"))

    def _public_body(self, text: str, e: int, inside: list[Mention], p: Parsed) -> Mention | None:
        """'the US Navy', 'the United States Air Force': a country, then the name of a body that buys for itself
        (cue public_body_words), up to ``e``; or None, and the country stays: 'Taiwan's Ministry of Economic Affairs'
        (a ministry stands for its government), 'the U.S. Entity List' (a list, no company)."""
        if len(inside) != 1 or inside[0].kind != GOVERNMENT or not re.match(r"(?:'s)?\s+\S", text[inside[0].end:e]):
            return None
        rest = self._unknown_company(text, inside[0].end, e, "ner", p)
        if rest is None or rest.kind != COMPANY or self.lex.government(rest.text) or not self._body_words(rest.text):
            return None  # not 'the U.S. Entity List', nor 'Taiwan's Ministry of Economic Affairs' (the government's)
        surface = text[inside[0].start:e]
        return Mention(inside[0].start, e, surface, surface, COMPANY, source="ner")

    def _unknown(self, add, text: str, s: int, e: int, source: str, p: Parsed, force: bool = False) -> None:
        """A company no lexicon knows, if the surface looks like a company's name."""
        m = self._unknown_company(text, s, e, source, p, force)
        if m is not None:
            add(m)

    def _unknown_company(self, text: str, s: int, e: int, source: str, p: Parsed | None,
                         force: bool = False) -> Mention | None:
        """The mention ``_unknown`` adds, or None; without a parse ``p`` (before parsing), NER's persons are not
        asked about."""
        surface = text[s:e].strip(" ,.;:'\"()")
        if surface.endswith("'s") or surface.endswith("'"):
            surface = surface.rsplit("'", 1)[0]
        if not surface or len(surface) < 2 or surface.islower() or not surface[0].isalnum():
            return None
        if fold(surface) in self.lang.words("executive_titles"):
            return None  # 'Le P.-D.G. de Huawei': a title, not a name
        s = text.find(surface, s)
        e = s + len(surface)
        lead = _DATELINE_LEAD.match(surface)
        if lead and dateline(text, s, s + len(lead.group(1))):
            surface, s = surface[lead.end():], s + lead.end()  # 'WASHINGTON - Mynaric': the dateline, then the name
            e = s + len(surface)
        words = surface.split()
        while len(words) > 1 and fold(words[0]) in _NAME_DETERMINERS:
            words = words[1:]
        if len(words) > 1 and fold(words[0]) in self.lang.words("months") and _TIME_PREPOSITION.search(text[:s]):
            words = words[1:]  # 'In March Korvath received ...': a date, then the name (not 'March Networks')
        while len(words) > 1 and words[-1].lower() in _NAME_CONNECTORS:
            words = words[:-1]  # '... sur les séismes de' (Tokyo, a place, left out): no name ends on 'de'
        surface = " ".join(words)
        s = text.find(surface, s)
        e = s + len(surface)
        lex = self.lex
        if dateline(text, s, e):
            return None
        if lex.source_kind(surface):
            return Mention(s, e, surface, surface, SOURCE, source=source)
        if _WEBSITE.fullmatch(surface) and not lex.company(surface):
            return Mention(s, e, surface, surface, SOURCE, source=source)  # '(Zentek.com) -': a website, credited
        if len(words) > 1 and words[-1] in self.lang.cue("masthead_words") and not lex.company(surface):
            return Mention(s, e, surface, surface, SOURCE, source=source)  # 'Hokkaido Shimbun': a paper no list knows
        if lex.is_non_party(surface) or lex.product(surface) or fold(surface) in self.company_nouns:
            return None  # a place, a government, an AI model or an app ('ChatGPT'), a product, a trade noun
        if lex.is_demonym(surface):
            return None  # 'le Californien achèterait': a nationality or a region's people, a description of a company
        if surface.endswith("s") and lex.product(surface[:-1]):
            return None  # 'future iPhones': units of a product NER took for a name
        if len(words) > 1 and lex.product(words[-1]) and not lex.company(surface) \
                and any(_GENERATION.fullmatch(w) for w in words[:-1]):
            return None  # '5th Gen EPYC', '4e génération Xeon': a generation of a product family, not a company
        body = self._national_body(words)
        if fold(surface) in self.lang.words("not_names") or (fold(words[0]) in self.lang.words("not_names") and not body):
            return None
        if len(words) > 1 and fold(words[0]) in self.company_nouns and all(w[:1].islower() for w in words[1:]):
            return None  # 'Filiale cloud du groupe Iliad': a company noun and its modifiers, which NER took for a name
        if len(words) > 1 and fold(words[-1]) in self.lang.words("not_company_heads") and not body:
            return None  # 'Foreign Direct Product Rules', 'CHIPS Act': a rule or a body, not a company
        if source != "lexicon" and self._event(text, s, e):
            return None
        if any(ch.isdigit() for ch in surface) and not re.search(r"[A-Za-z]{3}", surface):
            return None
        if _MEASURE.fullmatch(surface) and not lex.company(surface):
            return None  # '2.8TB/sec', '11Gbps': a measure NER took for a name
        if NUMBERED_SITE.fullmatch(surface):
            return None  # "GF's Fab 8", 'Fab 18': a plant, named by its number, not a company
        before = re.findall(r"[\w.'-]+", text[max(0, s - 24):s].casefold())[-3:]
        if " " in surface and any(w in self.lang.words("person_titles") for w in before):
            return None  # 'Secretary of Commerce Gina Raimondo': a title, then a person
        if plural_acronym(surface) and not lex.company(surface):
            return None  # 'OSATs', 'OEMs', 'ODMs': the plural of a trade's acronym names a class, not a company
        if fold(surface) in self.lang.words("term_acronyms"):
            return None  # 'des solutions IoT', 'SoC': a technical term, never a name, however it was introduced
        if source != "lexicon" and re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)+", surface) and not lex.company(surface) \
                and fold(surface.split("-")[0]) in self.lang.words("not_names", "term_acronyms"):
            return None  # 'AI-RAN', 'HBM-PIM': acronyms joined on a technical one, a term ('AI-Tech Systems' is a name)
        if source == "ner" and _ACRONYM.fullmatch(surface) and not force:
            return None  # 'IA', 'GPU', 'CEO': acronyms NER calls organisations; real short names are in the lexicon
        term = _TERM_BEFORE.search(text[max(0, s - 40):s])
        if term and _TERM_ABBREVIATION.fullmatch(surface) and re.match(r"\s*\)", text[e:]) \
                and fold(term.group(1)) not in self.company_nouns:
            return None  # 'silicium polycristallin à basse température (LTPS)': the abbreviation of the words before it,
            # not a company ('the Taiwanese foundry (PSMC)' is one: a company noun comes before it)
        if not force and p is not None and " " in surface and any(t.ent_type_ in _PERSON_LABELS for t in p.tokens
                                                 if s <= p.pos(t) < e):
            return None  # 'Commerce Gina Raimondo': a title and a person
        if source != "lexicon" and not lex.company(surface) and made_by_before(text, s, self.lang):
            if "," in surface:  # 'the maker of Zephyrs, Orvane, buys': NER ran the product into the company after it
                return self._unknown_company(text, s + surface.index(",") + 1, e, source, p, force)
            return None  # 'the maker of Zephyrs': what the company makes, not a company
        if surface.endswith("-") or labels_next(text, s, e, self.lang) and not lex.company(surface):
            return None  # 'Douyin-owner ByteDance': the name before 'owner' labels the company that follows
        if source in ("ner", "shape") and self.place_before_re is not None \
                and self.place_before_re.search(text[max(0, s - 40):s]) and not lex.company(surface):
            return None  # 'its fab in Tarnow', 'son usine à Crolles', 'the island of Hokkaido': a place, not a company
        if source in ("ner", "shape") and _SITE_AFTER.match(text, e) and not lex.company(surface):
            return None  # 'the Dholera plant', 'the Roseville foundry site': a place that names a site, not its owner
        if source in ("ner", "shape") and _LINE_AFTER.match(text, e) and not lex.company(surface):
            return None  # 'the Inspiron series notebooks', 'its Zeta family of drones': a product line, not a company
        if source in ("ner", "shape") and not lex.company(surface) and names_a_project(words, text[e:e + 20], self.lang):
            return None  # "OpenAI's Zephyr project", 'the Aurora Project': a project, not a company
        canonical = lex.company(surface) or lex.company_fuzzy(surface) or strip_suffixes(surface)
        return Mention(s, e, surface, canonical, COMPANY, source=source)

    @staticmethod
    def _person_at(p: Parsed, pos: int) -> bool:
        return any(t.ent_type_ in _PERSON_LABELS for t in p.tokens if p.pos(t) == pos)

    def _product_word_near(self, text: str, a: int, b: int) -> bool:
        heads = self.lang.cue("product_heads")
        before = text[max(0, a - 16):a].split()
        after = text[b:b + 16].split()
        return bool((before and fold(before[-1]) in heads) or (after and fold(after[0]) in heads))


_LINE_AFTER = re.compile(r"\s+(?:series|lineup|line-up|product line|family)\b"
                         r"(?!\s+of\s+(?:companies|firms|brands|businesses|funds|investors)\b)")
_TITLE = re.compile(r"\s+(?:Commerce|Department|Government|Ministry|Administration|President|Prime|Minister|Secretary|"
                    r"Senator|Senate|Congress|House|Treasury|Trade|Representative|Ambassador|Officials?|Authorities|"
                    r"Army|Navy|Air|Customs|Court|Supreme|Federal|State|National|Central|Bank|Export|Import|Chip|"
                    r"Vice|Chief|Deputy|Foreign|Defense|Defence|Embassy|Council|Parliament|Times|Daily|News|Post|"
                    r"Science|Sciences|Academy|University|Institute|CEO|Inc|Corp|Co|Ltd|Group|Ministry|Government|"
                    r"Customers?|Companies|Firms|Chipmakers?|Tech|Technology|Semiconductor|Market|Markets)\b")


_NAME_WORDS = {"Display", "Industrial", "Internet", "Electronics", "Electric", "Semiconductor", "Semiconductors",
               "Technology", "Technologies", "Systems", "Computer", "Computing", "Microelectronics", "Micro", "Devices",
               "Networks", "Cloud", "Motor", "Motors", "Energy", "Solutions", "Labs", "Research", "Innovation", "Digital",
               "Integrated", "Circuits", "Circuit", "Photonics", "Optical", "Materials", "Chemical", "Memory", "Storage",
               "Mobility", "Automotive", "Power", "Instruments", "Information", "Communications", "Telecom", "Logic"}
_MORE_CODES = re.compile(r"\s*(?:,|and|et|&|or|ou|/)\s*(?P<code>\d{2,5}[A-Za-z]{0,3})(?![\w-])")
_NAMED_CHIP = re.compile(r"(?<![\w-])(?:[A-Z][a-z]{2,}\d{1,3}[A-Za-z]?|(?=[A-Za-z]*[a-z])[A-Z][A-Za-z]*[A-Z][A-Za-z]* \d{1,4}[A-Za-z]?)(?![\w-])")
_COMPANY_TAILS = {"Labs", "Lab", "AI", "Robotics", "Silicon", "Semi", "Foundry", "Corp", "Inc", "Ltd", "Co", "SA", "SAS",
                  "AG", "GmbH", "NV", "BV", "plc", "LLC", "Group", "Holdings", "Capital", "Ventures", "Partners", "Computer"}
# a firm's last word, and a legal ending
_FIRM_WORDS = {"Systems", "Technologies", "Technology", "Semiconductor", "Semiconductors", "Labs", "Group", "Holdings",
               "Electronics", "Devices", "Microelectronics", "Solutions", "Networks", "Materials", "Photonics", "Services",
               "Industries", "Communications", "Instruments", "Motors", "Telecom", "Magnetics", "Metals", "Mining",
               "Minerals", "Chemicals", "Optics", "Dynamics", "Scientific", "Manufacturing", "Components", "Engineering"}
_LEGAL_WORDS = {"Inc", "Corp", "Corporation", "Ltd", "Limited", "Co", "SA", "AG", "GmbH", "plc", "LLC"}
_NAME_ENDINGS = frozenset(_FIRM_WORDS | _COMPANY_TAILS)  # words a company's name may end with, not a surname
# either right after a name: 'GaN Systems', 'Kelvor Corp'
_FIRM_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(_FIRM_WORDS | {"Inc", "Corp", "Corporation", "Ltd"})) + r")\b")
# an acronym (lexicon.ACRONYM_SHAPE) then the bracket that may spell it out: 'TCS (Tata Consultancy
# Services)'; the same shape before a bracket's words ('RSE (Rear Seat Entertainment)', _drop_bracketed_brands)
_SPELLED_ACRONYM = re.compile(r"(?<![\w.-])(" + ACRONYM_SHAPE + r")\s*\(([^()]{3,80})\)")
_ACRONYM_OPENS = re.compile(r"\b(" + ACRONYM_SHAPE + r")\s*\(\s*$")
_TIME_PREPOSITION = re.compile(r"(?:^|\W)(?:in|on|by|since|until|early|late|en|depuis|dès|fin|début|mi)\s*$", re.IGNORECASE)
_SITES = r"facility|facilities|fab|fabs|plant|plants|site|factory|campus"
_FACILITY = re.compile(r"\s+(?:" + _SITES + r"|usine|usines|line|lines)\b", re.IGNORECASE)

_REGIONAL_ARM = re.compile(r"\s+(?:USA|U\.S\.|America|Americas|Europe|Japan|Korea|China|Taiwan|India|Germany|France|UK|Asia)"
                           r"\s+(?:Inc|Corp|Corporation|Ltd|Limited|LLC|GmbH|SAS|SA|Co|BV|NV|KK)\b\.?")
_SMALL_WORDS = {"a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "with", "by", "at", "as", "from", "vs",
                "de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "pour", "sur", "par", "un", "une"}


# letters whose lower case in Python is not the one re's IGNORECASE matches with, as found in lower-cased text: 'İ'
# (lowered to 'i' and a combining dot), 'ı' and 'ſ' (which match 'i' and 's')
_ODD_CASES = re.compile("[\u0307ıſ]")


def _coordinated(p: Parsed, ent, lex: Lexicon) -> list[tuple[int, int]]:
    """The offsets of the names an entity span of NER coordinates ('Orvane and Brio', 'Orvane, Brio et Kestrel'),
    or of the whole span when it is one name ('Mitsui & Co.'; 'Kulicke and Soffa' is the lexicon's, found first)."""
    whole = [(p.pos(ent[0]), p.end_pos(ent[-1]))]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    listed = any(t.text == "," for t in ent) and after is not None and after.pos_ == "CCONJ" and after.text.isalpha()
    if not listed and not any(t.pos_ == "CCONJ" and t.text.isalpha() for t in ent):
        # no 'and' or 'et': 'Sales & Support, Asia Pacific' is no list of names ('Lloyd, Intex and Toshiba' is,
        # where NER took the first two and the list goes on after them), unless the comma ends a clause: 'ship
        # tools to Orvane, Kelvor sells ...', where the parse hangs each part outside the span on its own
        return _across_a_clause(p, ent) or whole
    parts, start = [], ent.start
    for c in (t for t in ent if t.pos_ == "CCONJ" and t.text.isalpha() or t.text == ","):
        parts.append(ent.doc[start:c.i])
        start = c.i + 1
    parts = [x for x in (*parts, ent.doc[start:ent.end]) if len(x)]  # 'Orvane, Brio and' (NER left out the last)
    if any(not x[0].text[:1].isupper() for x in parts) or not any(t.text == "," for t in ent) and not any(
            lex.company(x.text) for x in parts) and (len({x.text for x in parts}) < len(parts) or all(
            dictionary_word(t) for x in parts for t in x)):
        # 'Procter and Gamble', 'Johnson and Johnson': 'A and B' is split where a list knows one of them, or where
        # a part is no word the model ever saw ('Orvane and Brio', 'Lloyd and Intex': a name it never met)
        return whole
    return [(p.pos(x[0]), p.end_pos(x[-1])) for x in parts]


def _across_a_clause(p: Parsed, ent) -> list[tuple[int, int]]:
    """The two names of a span NER took across a clause's comma ('to Orvane, Kelvor sells'): one comma, each
    part's root hanging outside the span, on different words, the second part a subject. Empty otherwise."""
    commas = [t for t in ent if t.text == ","]
    if len(commas) != 1:
        return []
    parts = [ent.doc[ent.start:commas[0].i], ent.doc[commas[0].i + 1:ent.end]]
    if any(not len(x) for x in parts):
        return []
    roots = [x.root for x in parts]
    if any(ent.start <= r.head.i < ent.end for r in roots) or roots[0].head.i == roots[1].head.i \
            or not roots[1].dep_.startswith("nsubj"):
        return []
    return [(p.pos(x[0]), p.end_pos(x[-1])) for x in parts]


def _lacks(words_lower: re.Pattern, low: str) -> bool:
    """Whether a lower-cased sentence has none of the words (lower case) that a pattern matching them in any case
    needs, so the pattern cannot match: a pattern opening with a word list in any case tries it at every word
    and costs tens of times this test. Never says so of a sentence with a letter whose cases the test cannot
    follow ('İ' lowers to two characters; 'ı' and 'ſ' match 'i' and 's' in any case)."""
    return words_lower.search(low) is None and _ODD_CASES.search(low) is None


def is_headline(sentence: str) -> bool:
    """A title in title case ('Apple Modem Supplier Qualcomm Reports Strong Quarter'), where
    capitals say nothing about names: at least five words, and every word but short function words capitalised."""
    n = 0
    for m in _WORD.finditer(sentence):  # word by word: most sentences end the test at their second word
        w = m.group(0)
        if w.lower() in _SMALL_WORDS:
            continue
        if not w[0].isupper():
            return False
        n += 1
    return n >= 5


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


_TERM_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9-]{1,7}")  # 'LTPS', 'TFT', 'HBM3E'
_TERM_BEFORE = re.compile(r"(?<![\w.'’-])([a-zà-ÿ][\w-]*)\s*\(\s*$")  # a lower-case word, then the opening bracket
_SITE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + _SITES + r"|farm|farms|park|parks|station|stations|mine|mines|refinery|refineries)\b")  # 'the Dholera plant', 'the Roseville foundry site'


def _more_name(longer: str) -> bool:
    """Whether capitalised words after a known name continue it ('Samsung Display', 'Foxconn Industrial Internet')
    rather than start another part of a headline ('Cambricon Reported to Plan')."""
    return longer.split()[0] in _NAME_WORDS


_DEFINED = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&]{1,6})\s*\)")


def _capitalised_name(surface: str) -> bool:
    """Whether every word of ``surface`` is capitalised, but a determiner before it and the small words inside a
    name ('the Ministry of Defence', 'la Société Générale des Eaux'); the last word is."""
    words = surface.split()
    if len(words) > 1 and fold(words[0]) in _NAME_DETERMINERS:
        words = words[1:]
    return all(w[:1].isupper() or w in _NAME_CONNECTORS for w in words) and words[-1][:1].isupper()


def abbreviates(abbr: str, name: str) -> bool:
    """Whether ``abbr`` can stand for the company ``name``: its letters in the name in order, the first one first
    ('STM' for 'STMicroelectronics', 'MS' for 'Microsoft'), and not the name itself."""
    letters = abbr.lower().replace("&", "").replace(".", "")
    folded = re.sub(r"[^a-z0-9]", "", fold(name))
    if len(letters) < 2 or not folded.startswith(letters[0]) or letters == folded:
        return False
    rest = iter(folded)
    return all(c in rest for c in letters)


def _defined_abbreviations(lex: Lexicon, text: str, hits: list[Mention]) -> list[Mention]:
    """A known company's abbreviation that the article defines in brackets ('Microsoft (MS)', 'Hewlett Packard
    Enterprise (HPE)') names it wherever the article uses it after: 'will supply DRAM to MS'. Its letters are
    the name's, in order, the first one first; a word the lexicon knows as anything is left alone."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in hits]
    for h in hits:
        hit = _DEFINED.match(text, h.end)
        if h.kind != COMPANY or hit is None:
            continue
        abbr = hit.group(1)
        if not abbreviates(abbr, h.text) or lex.company(abbr) or lex.product(abbr) or lex.government(abbr) \
                or lex.source_kind(abbr):
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", text[hit.end():]):
            a, b = hit.end() + m.start(), hit.end() + m.end()
            if not any(x < b and a < y for x, y in taken):
                out.append(Mention(a, b, abbr, h.name, COMPANY, source="abbreviation"))
                taken.append((a, b))
    return out


def _clean_product(text: str) -> str:
    name = " ".join(text.split())
    name = re.sub(r"\bNVL\s+(\d+)", r"NVL\1", name)
    return name


def _next_to_product_word(text: str, a: int, b: int, lang: LanguageData) -> bool:
    """'M5 chips', 'puces M5': a one-letter code counts only beside a product word."""
    heads = lang.cue("product_heads")
    before = text[max(0, a - 14):a].split()
    after = text[b:b + 16].split()
    return bool((before and fold(before[-1]) in heads) or (after and fold(after[0]) in heads))


_LIST_GAP = r"\s*(?:,|\bet\b|\band\b|&)\s*"


def _listed_acronyms(lex: Lexicon, text: str, hits: list[Mention], lang: LanguageData) -> list[Mention]:
    """A short name that is also a word, written in capitals and listed with a company's name on either side, stands
    for its company: 'Meta, ARM, OpenAI et Apple' (not 'the ARM' nor 'an ARM chip')."""
    ends = {m.end for m in hits if m.kind == COMPANY}
    starts = {m.start for m in hits if m.kind == COMPANY}
    out = []
    for m in lex.ambiguous_re.finditer(text):
        if not m.group(0).isupper() or len(m.group(0)) < 2:
            continue
        before = re.search(_LIST_GAP + r"$", text[max(0, m.start() - 8):m.start()])
        after = re.match(_LIST_GAP, text[m.end():m.end() + 8])
        if _next_to_product_word(text, m.start(), m.end(), lang):
            continue  # 'AMD, Intel and ARM chips', 'des puces ARM': the architecture
        if before and m.start() - len(before.group(0)) in ends or after and m.end() + after.end() in starts:
            out.append(Mention(m.start(), m.end(), m.group(0), lex.ambiguous[m.group(0)], COMPANY, source="listed"))
    return out


def _beside_head(text: str, a: int, b: int, heads) -> bool:
    """'CPU Grace', 'Grace CPUs', 'puces Ascend': a family name that needs a code stands alone beside a product noun."""
    before = text[max(0, a - 16):a].split()
    after = text[b:b + 16].split()
    return bool((before and fold(before[-1]) in heads) or (after and fold(after[0].strip(",.;:")) in heads))


_CURRENCY_CODE = re.compile(r"(?:RMB|CNY|USD|EUR|JPY|KRW|TWD|NTD|HKD|INR|GBP|CHF|SGD|AED|SAR)\d")


def _merge_reversed(hits: list[Mention], text: str) -> list[Mention]:
    """"Huawei's 910B Ascend AI chips": a model code written apart from its family is one product, 'Ascend 910B'; a
    class of products right after a named one ('Hopper" AI chips') is that product's head, not another product."""
    out: list[Mention] = []
    for m in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == PRODUCT and re.fullmatch(r"[\s\"']{0,3}", text[prev.end:m.start]):
            code, family = (prev, m) if re.fullmatch(r"\d\w*", prev.text) else (m, prev)
            if re.fullmatch(r"\d{2,4}[A-Za-z]{0,3}", code.text) and not re.search(r"\d", family.text) and not family.generic:
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], f"{family.name} {code.text}", PRODUCT,
                                  maker=family.maker or code.maker, ptype=family.ptype)
                continue
            if m.generic and not prev.generic:
                continue
        if prev is not None and prev.kind == m.kind == PRODUCT and _class_after_model(prev, m, text[prev.end:m.start]):
            continue  # 'HBM3E 12-layer DRAM', 'HBM3E DRAM': the memory class after a generation is its head
        if prev is not None and prev.kind == m.kind == PRODUCT and re.fullmatch(r"\s*\(\s*", text[prev.end:m.start]) \
                and re.match(r"\s*\)", text[m.end:]) and m.name != prev.name and fold(m.name).startswith(fold(prev.name)):
            # 'high-bandwidth memory (HBM4)': the generation in brackets names what the words before it describe
            out[-1] = replace(prev, name=m.name, maker=prev.maker or m.maker, generic=m.generic)
        out.append(m)
    return out


_SPEC = re.compile(r"[\s\"']{0,3}|\s+\d[\w-]{0,10}\s+")  # nothing, or a specification: '12-layer', '12H', '36GB'


def _class_after_model(prev: Mention, m: Mention, gap: str) -> bool:
    """Whether ``m`` is a class of products ('DRAM', no number in its name) of the kind of the product ``prev`` names
    by a number ('HBM3E'), written right after it or after a specification."""
    return bool(prev.ptype and m.ptype == prev.ptype and re.search(r"\d", prev.name) and not re.search(r"\d", m.name)
                and not m.maker and _SPEC.fullmatch(gap))


def _first_wins(hits: list[Mention]) -> list[Mention]:
    """Overlapping lexicon hits: the longest wins, then the earliest; kinds in the order found."""
    out: list[Mention] = []
    for m in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(m.overlaps(o) for o in out):
            out.append(m)
    return sorted(out, key=lambda h: h.start)


def _drop_bracketed_brands(found: list[Mention], text: str) -> list[Mention]:
    """'MiTAC (Tyan)': a name no list knows, alone in brackets right after a company's, is that company's brand
    or former name, not another party."""
    out = []
    spelled: tuple[int, int] | None = None  # the bracket that spells out the acronym before it, if any
    for i, m in enumerate(found):
        prev = found[i - 1] if i else None
        if (m.kind == COMPANY and m.source != "lexicon" and prev is not None and prev.kind == COMPANY
                and re.fullmatch(r"\s*\(\s*", text[prev.end:m.start]) and re.match(r"\s*\)", text[m.end:])):
            continue
        if prev is not None and prev.kind == COMPANY and (opened := re.match(r"\s*\(", text[prev.end:])) \
                and (close := text.find(")", prev.end)) > m.start:
            # the name ends at the bracket's first comma: 'SMIC (Semiconductor Manufacturing International Corp., a
            # key Huawei supplier)' names Huawei after it
            comma = text.find(",", prev.end, close)
            end = comma if comma > 0 else close
            if spells_out(prev.text, text[prev.end + opened.end():end]):
                spelled = (prev.end, end)
        if spelled is not None and spelled[0] <= m.start < spelled[1] and m.kind == COMPANY and m.source != "lexicon":
            continue  # 'VTF (Vias y Trenes de Ferrol SA)': the acronym's own name, no other party
        term = _ACRONYM_OPENS.search(text, max(0, m.start - 80), m.start)  # (not the article's whole prefix)
        if term and m.kind == COMPANY and m.source != "lexicon" and (prev is None or prev.end <= term.start(1)) \
                and spells_out(term.group(1), text[m.start:m.end]) and re.match(r"\s*\)", text[m.end:]):
            continue  # 'RSE (Rear Seat Entertainment) displays': a term spelled out, no company
        out.append(m)
    return out
