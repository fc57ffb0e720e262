"""The curated lexicon: companies with aliases, governments, organisations that are
never a party (the press, exchanges, analysts), and product families with their maker.

Data lives in ``extract/data/*.jsonl``; this module only loads it and compiles the
patterns. The lexicon helps with names and aliases; the extractor also finds
companies and products it has never been told about (see :mod:`mentions`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

LEGAL_SUFFIX = (r"(?:Co\.?,?\s+Ltd\.?|Co\.?|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|plc|PLC|"
                r"S\.?A\.?|AG|N\.?V\.?|SE|Technologies|Technology|Holdings?|Group|Electronics|"
                r"Precision Industry|Industry|Industries|Semiconductors?|International|Systems)")
# Legal and generic endings dropped from an unknown company's name; "Systems", "Semiconductor" or
# "Microelectronics" stay, since they are part of names such as "Arcapix Systems" (known companies get their
# canonical name from the lexicon, so "Hon Hai Precision Industry" is still Foxconn).
_SUFFIX_WORDS = {"co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "sa", "ag",
                 "nv", "se", "technologies", "technology", "holdings", "holding", "group", "electronics",
                 "company", "the", "cie", "s.a.", "n.v."}


def fold(text: str) -> str:
    """Case- and accent-folded form used as a lookup key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z&]+", " ", text).split())


def strip_suffixes(name: str) -> str:
    """'Ingrasys Technology Inc.' -> 'Ingrasys'; 'The Foo Group' -> 'Foo' (never to nothing)."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".").casefold() in _SUFFIX_WORDS:
        words.pop()
    if len(words) > 1 and words[0].casefold() == "the":
        words.pop(0)
    return " ".join(words)


@dataclass(frozen=True)
class Family:
    family: str
    maker: str
    type: str
    standalone: bool


def _rows(name: str) -> list[dict]:
    text = resources.files("supplykg.extract.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"extract/data/{name} line {n} is not JSON: {e}") from e
    return rows


def _alias_pattern(aliases: list[str]) -> str:
    """Alternation of aliases, longest first; short or all-caps ones stay case-sensitive."""
    parts = []
    for a in sorted(set(aliases), key=len, reverse=True):
        esc = re.escape(a).replace(r"\ ", r"\s+")
        if len(a) >= 5 and not a.isupper():
            esc = f"(?i:{esc})"
        parts.append(esc)
    return "|".join(parts)


class Lexicon:
    """Compiled lookups over the data files (build once with :func:`get_lexicon`)."""

    def __init__(self) -> None:
        self.company_alias: dict[str, str] = {}
        self.company_home: dict[str, tuple[str, str]] = {}  # name -> (city, country), for "the Shenzhen-based company"
        for row in _rows("companies.jsonl"):
            for alias in [row["name"], *row.get("aliases", [])]:
                self.company_alias[fold(alias)] = row["name"]
            if row.get("city") or row.get("country"):
                self.company_home[row["name"]] = (row.get("city", ""), row.get("country", ""))
        self.gov_alias: dict[str, str] = {}
        self.gov_adjective: dict[str, str] = {}
        gov_surface: list[str] = []
        for row in _rows("governments.jsonl"):
            for alias in [row["name"], *row.get("aliases", [])]:
                self.gov_alias[fold(alias)] = row["name"]
                gov_surface.append(alias)
            for adj in row.get("adjectives", []):
                self.gov_adjective[fold(adj)] = row["name"]
        self.non_company = {fold(r["name"]) for r in _rows("non_companies.jsonl")}
        self.families = [Family(**r) for r in _rows("product_families.jsonl")]
        self.family_maker = {fold(f.family): f.maker for f in self.families}
        surfaces = [s for row in _rows("companies.jsonl") for s in [row["name"], *row.get("aliases", [])]]
        self.company_re = re.compile(
            r"(?<![\w$])(?:" + _alias_pattern(surfaces) + r")(?:,?\s+" + LEGAL_SUFFIX + r")*(?![\w-])")
        self.gov_re = re.compile(r"(?<![\w-])(?:" + _alias_pattern(gov_surface) + r")(?![\w-])")
        self.gov_adj_re = re.compile(
            r"(?<![\w-])(?:" + _alias_pattern([a for r in _rows("governments.jsonl") for a in r.get("adjectives", [])])
            + r")(?![\w-])")
        fams = sorted((f.family for f in self.families), key=len, reverse=True)
        fam_alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fams)
        code = r"(?:[A-Za-z]{0,5}\d{1,5}[A-Za-z]{0,4}(?:\d[A-Za-z\d]*)?(?:-\d+[A-Za-z]*)?)"
        tail = r"(?:\s+(?:Super|Ti|XT|XTX|X3D|Pro|Ultra|Max|Plus|Mini|Elite|Gen\s?\d|NVL\s?\d+))*"
        self.family_re = re.compile(
            r"(?<![\w-])(?P<family>" + fam_alt + r")(?:\s+(?:Ultra|Pro|Max|AI))?(?:\s+(?P<tier>\d{1,2}))?"
            r"(?:\s+|(?=\d))(?P<code>" + code + r")" + tail + r"(?![\w-])")
        standalone = sorted((f.family for f in self.families if f.standalone), key=len, reverse=True)
        self.standalone_re = re.compile(
            r"(?<![\w-])(?P<name>" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in standalone) + r")s?(?![\w-])")
        # A model code seen without a family: letters then digits (H20, MI300X, GB200, HBM3E, LPDDR5X).
        self.code_re = re.compile(r"(?<![\w$-])(?P<code>[A-Z]{1,5}\d{1,5}[A-Z]{0,3}\d?[A-Z]?|[A-Z]{2,4}-\d{1,3}[A-Z]?|[A-Z]{2,5}:\d{3,5}[a-zA-Z]{0,2})"
                                  r"(?P<tail>(?:\s+NVL\s?\d+|\s+(?:Ultra|Pro|Super|Ti))*)(?![\w-]|\.\d)")

    def company(self, surface: str) -> str | None:
        """Canonical company for a surface form ('Hon Hai Precision Industry Co.' -> 'Foxconn')."""
        key = fold(surface)
        if key in self.company_alias:
            return self.company_alias[key]
        key = fold(strip_suffixes(surface))
        return self.company_alias.get(key)

    def company_fuzzy(self, surface: str) -> str | None:
        """A lexicon company one edit away from ``surface`` (typos such as 'Nvdia'), names of 5+ letters."""
        key = fold(strip_suffixes(surface))
        if len(key) < 5:
            return None
        for alias, name in self.company_alias.items():
            if abs(len(alias) - len(key)) <= 1 and len(alias) >= 5 and _one_edit(alias, key):
                return name
        return None

    def government(self, surface: str) -> str | None:
        return self.gov_alias.get(fold(surface))

    def is_non_company(self, surface: str) -> bool:
        key = fold(surface)
        return key in self.non_company or fold(strip_suffixes(surface)) in self.non_company


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) < len(b):
        a, b = b, a
    return any(a[:i] + a[i + 1:] == b for i in range(len(a)))


@cache
def get_lexicon() -> Lexicon:
    return Lexicon()
