"""The curated lexicon: what the project knows in advance about the chip supply chain.

Data lives in ``extract/data/*.jsonl`` (one record a line; see ``extract/data/README.md``):

- ``companies.jsonl``: canonical name, aliases, country, city, roles in the supply chain
  (foundry, memory, equipment, automaker …), epithets ("the iPhone maker"), parent;
- ``governments.jsonl``: governments with the names used for them ("Washington",
  "Pékin") and their nationality adjectives;
- ``sources.jsonl``: media, analysts, banks and exchanges, which report facts and are
  never a party to one;
- ``places.jsonl``: cities, regions and continents, which are never companies;
- ``works.jsonl``: AI models, software and apps (ChatGPT, CUDA, WeChat), which are neither
  companies nor hardware products, whatever NER makes of them;
- ``products.jsonl``: product families, generations, tools and materials, with their
  maker, their type and the shape of their model codes.

This module only loads the files and compiles the patterns that find their names in
text. The lexicon helps with names; the extractor also finds companies and products it
has never been told about (see :mod:`supplykg.extract.mentions`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

# Legal endings that may follow a company's name in text ("Nvidia Corp.", "Samsung Electronics Co., Ltd.").
LEGAL_SUFFIX = (r"(?:Co\.?,?\s+Ltd\.?|Co\.?|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|plc|PLC|"
                r"S\.?A\.?|AG|N\.?V\.?|SE|Technologies|Technology|Holdings?|Group|Electronics|"
                r"Precision Industry|Industry|Industries|International|Systems)")
# Endings dropped from an unknown company's name, as the scorer does, and "Computer" ("Compaq Computer
# Corp." is Compaq, as "Apple Computer" was Apple); "Systems" or "Semiconductor" stay, since they are part
# of names such as "Arcapix Systems".
_SUFFIX_WORDS = {"co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "sa", "ag",
                 "nv", "se", "technologies", "technology", "holdings", "holding", "group", "electronics",
                 "company", "computer", "the", "cie", "s.a.", "n.v.", "group.", "inc.", "corp.", "ltd.", "co.", "groupe"}


_SUFFIX_STEMS = frozenset(w.rstrip(".") for w in _SUFFIX_WORDS)


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Case- and accent-folded form used as a lookup key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z&]+", " ", text).split())


# an acronym's shape ('TCS', 'AT&T'): the names and terms brackets spell out (mentions, products)
ACRONYM_SHAPE = r"[A-Z][A-Z0-9&]{1,6}"


def spells_out(acronym: str, inner: str) -> bool:
    """Whether ``inner`` is the name ``acronym`` abbreviates: its capitalised words' initials hold the acronym's
    letters in order, the first one first ('TSMC' in 'Taiwan Semiconductor Manufacturing Co.')."""
    if not re.fullmatch(ACRONYM_SHAPE, acronym) or len(inner.split()) < 2:
        return False
    initials = iter("".join(w[0] for w in inner.split() if w[:1].isupper()))
    return inner[:1] == acronym[0] and all(c in initials for c in acronym.replace("&", ""))


def strip_suffixes(name: str) -> str:
    """'Ingrasys Technology Inc.' -> 'Ingrasys'; 'The Foo Group' -> 'Foo' (never to nothing)."""
    forms = _shorter_forms(name)
    return forms[-1] if forms else " ".join(name.replace(",", " ").split())


def _shorter_forms(name: str) -> list[str]:
    """The forms ``strip_suffixes`` passes through, one ending dropped at a time, the shortest last."""
    out, last = [], name
    while (shorter := strip_suffixes_once(last)) != last:
        out.append(shorter)
        last = shorter
    return out


def strip_suffixes_once(name: str) -> str:
    """``name`` with its last legal ending dropped ('... Technology Ltd' -> '... Technology'), or as it is."""
    words = name.replace(",", " ").split()
    if len(words) > 1 and words[-1].casefold().rstrip(".") in _SUFFIX_STEMS:
        words.pop()
        while len(words) > 1 and words[-1] in ("&", "and", "et"):  # 'Mitsui & Co.' -> 'Mitsui', not 'Mitsui &'
            words.pop()
        return " ".join(words)
    if len(words) > 1 and words[0].casefold() in ("the", "le", "la", "les"):
        return " ".join(words[1:])
    return name


@dataclass(frozen=True)
class CompanyInfo:
    name: str
    country: str | None = None
    city: str | None = None
    nationalities: tuple[str, ...] = ()  # what the press calls it besides its seat: ST is "franco-italien"
    roles: tuple[str, ...] = ()
    parent: str | None = None
    epithets: tuple[str, ...] = ()  # every language's, folded
    wikidata: str | None = None
    ticker: str | None = None


@dataclass(frozen=True)
class ProductInfo:
    name: str
    maker: str | None
    type: str
    standalone: bool
    codes: str | None = None

    @property
    def generic(self) -> bool:
        """A class of products rather than one ('SiC wafer', 'power semiconductor', 'AI chip'): no maker, and
        a lower-case head noun."""
        return self.maker is None and self.name.split()[-1].islower()


@dataclass(frozen=True)
class GovernmentInfo:
    name: str
    adjectives: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # a union's member countries: a 'European' company is French or German


def _rows(name: str) -> list[dict]:
    try:
        text = resources.files("supplykg.extract.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"extract/data/{name} line {n} is not JSON: {e}; fix or remove the line") from e
    return rows


def _surface_variants(alias: str) -> list[str]:
    """Case variants journalists use: 'Nvidia' -> also 'NVIDIA'; all-caps short names stay as they are."""
    out = [alias]
    if len(alias) >= 4 and alias[:1].isupper() and not alias.isupper() and " " not in alias:
        out.append(alias.upper())
    if " and " in alias:  # 'Airbus Defence & Space'
        out.append(alias.replace(" and ", " & "))
    return out


_NAME_PARTICIPLES = r"(?:designed|made|built|developed|branded|owned|backed|led|funded|powered|supplied|produced)"


def alternation(surfaces: list[str]) -> str:
    """Regex matching any of the literal names, the longest where several start at one place, spaces matching
    any run of white space. Written as a trie ('Nvidia|Nvidia Corp' -> 'Nvidia(?:\\s+Corp)?'): Python's
    regex engine tries an alternation's branches one by one, so thousands of names side by side cost a pass each."""
    trie: dict = {}
    for surface in set(surfaces):
        node = trie
        for ch in surface:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(trie)


@dataclass
class Lexicon:
    """Compiled lookups over the data files (build once with :func:`get_lexicon`)."""

    companies: dict[str, CompanyInfo] = field(default_factory=dict)
    company_alias: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical name
    governments: dict[str, GovernmentInfo] = field(default_factory=dict)
    gov_alias: dict[str, str] = field(default_factory=dict)
    gov_adjective: dict[str, str] = field(default_factory=dict)  # folded adjective -> government
    sources: dict[str, str] = field(default_factory=dict)  # folded name -> kind (media, analyst, bank …)
    places: dict[str, str] = field(default_factory=dict)  # folded name -> kind
    region_towns: dict[str, frozenset[str]] = field(default_factory=dict)  # folded region -> its folded towns
    region_adjectives: dict[str, str] = field(default_factory=dict)  # 'californienne' -> 'California'
    works: dict[str, str] = field(default_factory=dict)  # folded name -> kind (ai_model, software, app)
    products: dict[str, ProductInfo] = field(default_factory=dict)  # canonical name -> info
    product_alias: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical name
    epithets: dict[str, str] = field(default_factory=dict)  # folded epithet -> company
    town_companies: dict[str, list[str]] = field(default_factory=dict)  # folded home town -> companies
    epithet_heads: set[str] = field(default_factory=set)  # the first words of the epithets
    ambiguous: dict[str, str] = field(default_factory=dict)  # exact surface ('ST', 'Applied') -> company
    # aliases by first letter, for typos (a scan of every alias was a fifth of the rules' time), and the answers
    _by_initial: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    _near: dict[tuple[str, bool], str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        company_surfaces: list[str] = []
        for row in _rows("companies.jsonl"):
            name = row["name"]
            epithets = tuple(fold(e) for es in (row.get("epithets") or {}).values() for e in es)
            self.companies[name] = CompanyInfo(
                name=name, country=row.get("country"), city=row.get("city"),
                nationalities=tuple(row.get("nationalities") or ()), roles=tuple(row.get("roles") or ()),
                parent=row.get("parent"), epithets=epithets, wikidata=row.get("wikidata"), ticker=row.get("ticker"))
            for e in epithets:
                self.epithets[e] = name
                self.epithet_heads.add(e.split()[0])
            for alias in [name, *row.get("aliases", [])]:
                for variant in _surface_variants(alias):
                    self.company_alias.setdefault(fold(variant), name)
                company_surfaces += _surface_variants(alias)
            for alias in row.get("ambiguous_aliases", []):
                # matched only where the text calls it a company (see mentions.py), never on its own
                self.company_alias.setdefault(fold(alias), name)
                self.ambiguous.setdefault(alias, name)
        gov_surfaces: list[str] = []
        adjectives: list[str] = []
        for row in _rows("governments.jsonl"):
            self.governments[row["name"]] = GovernmentInfo(row["name"], tuple(row.get("adjectives", [])),
                                                           tuple(row.get("members", [])))
            for alias in [row["name"], *row.get("aliases", [])]:
                self.gov_alias[fold(alias)] = row["name"]
                gov_surfaces.append(alias)
            for adj in row.get("adjectives", []):
                self.gov_adjective.setdefault(fold(adj), row["name"])
                adjectives.append(adj)
        source_surfaces: list[str] = []
        for row in _rows("sources.jsonl"):
            for alias in [row["name"], *row.get("aliases", [])]:
                self.sources[fold(alias)] = row.get("kind", "media")
                source_surfaces.append(alias)
        region_adjectives: list[str] = []
        for row in _rows("places.jsonl"):
            for alias in [row["name"], *row.get("aliases", [])]:
                self.places[fold(alias)] = row.get("kind", "place")
                if row.get("towns"):  # a region and its towns: 'la société californienne' is a company of Santa Clara
                    self.region_towns[fold(alias)] = frozenset(fold(t) for t in row["towns"])
            for adjective in row.get("adjectives", []):
                self.region_adjectives[fold(adjective)] = row["name"]
                region_adjectives.append(adjective)
        for row in _rows("works.jsonl"):
            for alias in [row["name"], *row.get("aliases", [])]:
                self.works[fold(alias)] = row["kind"]
        for info in self.companies.values():
            # the companies' home towns are places ('le constructeur de Cupertino', 'la firme de Santa Clara'),
            # unless a company is called so (Corning)
            if info.city:
                town = fold(info.city)
                if town not in self.company_alias:
                    self.places.setdefault(town, "city")
                self.town_companies.setdefault(town, []).append(info.name)
        product_surfaces: list[str] = []
        self._code_patterns: list[tuple[re.Pattern, ProductInfo]] = []  # see coded_family
        self._coded: dict[str, ProductInfo | None] = {}
        for row in _rows("products.jsonl"):
            if row.get("type") == "node":
                continue  # '7nm', 'N3': a process, not a product; "3nm chips" is named by the product phrases
            info = ProductInfo(row["name"], row.get("maker"), row.get("type", "chip"), bool(row.get("standalone")),
                               row.get("codes"))
            self.products[info.name] = info
            if info.codes:
                self._code_patterns.append((re.compile(info.codes), info))
            aliases = [info.name, *row.get("aliases", [])]
            # 'iPhones', 'MacBooks', 'AirPods': a one-word name with a capital inside, in the plural (not 'HBM3Es',
            # nor a word such as 'Robotaxis')
            aliases += [a + "s" for a in aliases if " " not in a and a[-1:].isalpha() and a[-1] not in "sSxXyY"
                        and any(ch.isupper() for ch in a[1:]) and not a.isupper() and not a[-1].isupper()]
            # 'DRAMs', 'FPGAs', 'SSDs': an acronym of letters only, in the plural (not 'HBM3Es')
            aliases += [a + "s" for a in aliases if 2 < len(a) < 7 and a.isalpha() and a.isupper() and a[-1] != "S"]
            for alias in aliases:
                self.product_alias.setdefault(fold(alias), info.name)
                first = alias.split()[0]
                owner = self.company(first)
                if " " in alias and owner and info.maker in (owner, self.companies[owner].parent):
                    continue  # 'Nvidia H20', 'AWS Trainium': the maker's (or its unit's) name and the product apart
                product_surfaces.append(alias)
        # Companies whose name also opens a product line ("Tesla" the carmaker, "Tesla" the old GPU) stay companies.
        # ('Apple-designed chips', 'Nvidia-backed': a name before a participle it qualifies is the name)
        self.company_re = re.compile(r"(?<![\w$@#-])(?:" + alternation(company_surfaces) + r")"
                                     r"(?:,?\s+" + LEGAL_SUFFIX + r")*(?!\w|-(?!" + _NAME_PARTICIPLES + r"\b)|'\w\w)")
        self.ambiguous_re = re.compile(r"(?<![\w-])(?:" + alternation(list(self.ambiguous)) + r")(?![\w-])")
        self.gov_re = re.compile(r"(?<![\w-])(?:" + alternation(gov_surfaces) + r")(?![\w-])")
        self._gov_adjectives = tuple(adjectives)
        self._region_adjective_forms = tuple(region_adjectives)
        self.gov_adj_re = re.compile(r"(?<![\w-])(?:" + alternation(adjectives) + r")(?![\w-])", re.IGNORECASE)
        self.source_re = re.compile(r"(?<![\w-])(?:" + alternation(source_surfaces) + r")(?![\w-])")
        # A product name, optionally followed by a model code: "Ascend 910B", "Core Ultra 9 285K", "Instinct MI300X",
        # "Xeon 6", "HBM3E", "TWINSCAN EXE:5000", "Snapdragon 8+ Gen 1", "Dimensity 1000+".
        code = r"(?:[A-Za-z]{0,5}\d{1,5}[A-Za-z]{0,4}(?:\d[A-Za-z\d]*)?(?:-\d+[A-Za-z]*)?|[A-Z]{2,4}:\d{3,4}[A-Za-z]{0,2})"
        tail = r"(?:\s+(?:Super|Ti|XT|XTX|X3D|Pro|Ultra|Max|Plus|Mini|Elite|Gen\s?\d|NVL\s?\d+|Bionic))*"
        self.product_re = re.compile(
            r"(?<![\w-])(?P<family>" + alternation(product_surfaces) + r")"
            r"(?:(?:\s+(?P<tier>\d{1,2}))?(?:\s+|(?<=[A-Za-z])-?(?=\d))(?P<code>" + code + r"\+?)(?![\w:+])" + tail + r")?"
            r"(?![\w-])")
        # A model code seen without a family: letters then digits (H20, MI300X, GB200, HBM3E, LPDDR5X, AI6).
        self.code_re = re.compile(
            r"(?<![\w$€£/-])(?P<code>[A-Z]{1,5}\d{1,5}[A-Z]{0,3}\d?[A-Z]?|[A-Z]{2,4}-\d{1,3}[A-Z]?|[A-Z]{2,5}:\d{3,5}[a-zA-Z]{0,2})"
            r"(?P<plural>s)?(?P<tail>(?:\s+NVL\s?\d+|\s+(?:Ultra|Pro|Super|Ti|Max))*)(?![\w-]|\.\d)")  # 'H100s': units of it

    # ------------------------------------------------------------------ lookups
    def only_company_of(self, town: str) -> str | None:
        """The company a description by ``town`` means without a name: the only one the lexicon has there, or the
        only one there whose epithets name the town ('géant de Cupertino': Apple, not Etched); else None."""
        key = fold(town)
        names = self.town_companies.get(key, [])
        if len(names) > 1:
            names = [n for n in names if any(key in e for e in self.companies[n].epithets)]
        return names[0] if len(names) == 1 else None

    def company(self, surface: str) -> str | None:
        """Canonical company for a surface form ('Hon Hai Precision Industry Co.' -> 'Foxconn')."""
        key = fold(surface)
        if key in self.company_alias:
            return self.company_alias[key]
        # one ending at a time: 'Contemporary Amperex Technology Ltd' is the alias 'Contemporary Amperex
        # Technology' before it is 'Contemporary Amperex'
        for shorter in _shorter_forms(surface):
            if (hit := self.company_alias.get(fold(shorter))) is not None:
                return hit
        return None

    def company_fuzzy(self, surface: str) -> str | None:
        """A lexicon company ``surface`` misspells: one letter dropped or added ('Nvdia') or two neighbours
        swapped ('Nivdia', 'TMSC'), never one letter for another ('Compaq' is not Compal) and never a last letter
        dropped, which leaves a whole word of its own ('Trump' is not Trumpf, 'Micro' not Micron; the price: a
        real 'Qualcom' is no longer Qualcomm); names of 5+ letters that start with the same letter; a name with
        inner capitals ('qLattice') is its own."""
        key = fold(strip_suffixes(surface))
        acronym = surface.isupper() and len(key) == 4  # 'TMSC' for TSMC: a swap in a four-letter acronym
        if len(key) < 5 and not acronym or re.search(r"[a-z][A-Z]", surface):
            return None
        if not self._by_initial:
            for alias, name in self.company_alias.items():
                self._by_initial.setdefault(alias[:1], []).append((alias, name))
        if (key, acronym) not in self._near:  # the names an article repeats are looked up once
            self._near[(key, acronym)] = next(
                (name for alias, name in self._by_initial.get(key[:1], ())
                 if abs(len(alias) - len(key)) <= (0 if acronym else 1) and len(alias) >= len(key) >= 4
                 and not alias.startswith(key) and _one_edit(alias, key)), None)
        return self._near[(key, acronym)]

    def ticker_of(self, company: str) -> str | None:
        """The bare symbol of a company's ticker ('NASDAQ:MSFT' -> 'MSFT')."""
        info = self.companies.get(company)
        return info.ticker.split(":")[-1] if info and info.ticker else None

    def info(self, company: str) -> CompanyInfo | None:
        return self.companies.get(company)

    def gov_adjectives(self) -> tuple[str, ...]:
        """The governments' nationality adjectives, as written in the data ('Chinese', 'chinois', 'taïwanaise')."""
        return self._gov_adjectives

    def region_adjective_forms(self) -> tuple[str, ...]:
        """The regions' adjectives as written in the data ('californien', 'Texan')."""
        return self._region_adjective_forms

    def is_demonym(self, surface: str) -> bool:
        """'Californien', 'le sud-coréen' as a noun: a nationality or a region's people, which describes a company
        and never names one."""
        return fold(surface) in self.gov_adjective or fold(surface) in self.region_adjectives

    def government(self, surface: str) -> str | None:
        return self.gov_alias.get(fold(surface))

    def source_kind(self, surface: str) -> str | None:
        """'media', 'analyst', 'bank', 'exchange' … for a reporting organisation, else None."""
        return self.sources.get(fold(surface)) or self.sources.get(fold(strip_suffixes(surface)))

    def in_town(self, city: str, place: str) -> bool:
        """Whether a company's home ``city`` is ``place`` or lies in that region ('San Jose' in 'California')."""
        return fold(city) == fold(place) or fold(city) in self.region_towns.get(fold(place), ())

    def is_place(self, surface: str) -> bool:
        return fold(surface) in self.places

    def product(self, surface: str) -> ProductInfo | None:
        name = self.product_alias.get(fold(surface))
        return self.products.get(name) if name else None

    def maker_of(self, product_name: str) -> str | None:
        """The maker the lexicon gives for a product or its family ('Ascend 910B' -> Huawei), or for a model code
        of a family written alone ('M1 Pro', 'A17 Pro' -> Apple: the family's ``codes``)."""
        info = self.product(product_name)
        if info is None:
            m = self.product_re.match(product_name)
            info = self.product(m.group("family")) if m else None
        if info is None:
            info = self.coded_family(product_name)
        return info.maker if info else None

    def coded_family(self, product_name: str) -> ProductInfo | None:
        """The family whose model codes (products.jsonl ``codes``) spell the whole name, the maker's name before it
        allowed ('Apple M1 Pro'); None if none or several do."""
        found = self._coded.get(product_name)
        if found is None and product_name not in self._coded:
            words = product_name.split()
            names = {product_name, " ".join(words[1:])} if len(words) > 1 and self.company(words[0]) else {product_name}
            hits = {info.name: info for pattern, info in self._code_patterns for n in names if pattern.fullmatch(n)}
            found = self._coded[product_name] = next(iter(hits.values())) if len(hits) == 1 else None
        return found

    def is_work(self, surface: str) -> bool:
        """An AI model, a piece of software or an app ('ChatGPT', 'CUDA'): never a party, never hardware."""
        return fold(surface) in self.works

    def is_non_party(self, surface: str) -> bool:
        """A name that is never a company: a source, a place, a government or a work (software, AI model)."""
        return bool(self.source_kind(surface) or self.is_place(surface) or self.government(surface)
                    or self.is_work(surface))


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        # a swap of two neighbours only: one letter for another names another company too often
        # ('Compaq' is not 'Compal')
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) < len(b):
        a, b = b, a
    return any(a[:i] + a[i + 1:] == b for i in range(len(a)))


@cache
def get_lexicon() -> Lexicon:
    return Lexicon()
