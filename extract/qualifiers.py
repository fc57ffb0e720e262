"""Qualifiers of a fact: quantity and its hedge, money value, date, status.

Each function reads one clause of a sentence (plain text plus its spaCy tokens)
with the language's cue lists from ``lang/<code>/cues.json``; nothing here knows
a company or a product.
"""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from supplykg.extract.lang import LanguageData
from supplykg.extract.lexicon import fold
from supplykg.extract.parsing import feature
from supplykg.extract.syntax import SITE_BEFORE_NUMBER

_NUMBER = r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d\d(?![\d])")
_DIGIT = re.compile(r"\d")


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class Quantity:
    value: int
    qualifier: str
    start: int
    end: int


@dataclass(frozen=True)
class Money:
    text: str
    amount: float
    currency: str
    qualifier: str
    start: int
    end: int


def _to_number(raw: str, lang: LanguageData) -> float | None:
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", raw):
        return float(re.sub(r"[ .,]", "", raw))
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+[.,]\d+", raw):
        sep = raw[-len(raw.split(".")[-1]) - 1] if lang.code == "en" else ","
        head, _, tail = raw.rpartition(sep)
        return float(re.sub(r"[ .,]", "", head) + "." + tail)
    try:
        return float(raw.replace(",", ".") if lang.code == "fr" else raw.replace(",", ""))
    except ValueError:
        return None


_HEDGES = ("more_than", "fewer_than", "about")
_HEDGE_RIGHT = r"\s*(?:de\s+|d')?(?:tous\s+les\s+|all\s+)?$"


def _any_word_re(cues, right: str = r"(?![\w])") -> re.Pattern | None:
    """Any of ``cues`` as a whole word: one alternation for a cue list, as a search per cue costs a pass over
    the text each (a backtracking alternation matches wherever one of its cues would)."""
    cues = list(cues)
    return re.compile(r"(?<![\w'])(?:" + _alternation(cues) + r")" + right) if cues else None


_CUE_RES: dict[str, dict] = {}


def _cue_patterns(lang: LanguageData) -> dict:
    """The hedge and status cue lists of a language as one pattern each, compiled once."""
    if lang.code not in _CUE_RES:
        months = lang.cue("months")
        rumoured = lang.cue("rumoured")
        pats: dict = {name: (tuple(lang.cue(name)), _any_word_re(lang.cue(name), right=_HEDGE_RIGHT)) for name in _HEDGES}
        # a rumour cue that is also a month ('may') counts only in lower case: those are searched in the text as written
        pats["rumoured"] = _any_word_re(c for c in rumoured if c not in months)
        pats["rumoured_cased"] = _any_word_re(c for c in rumoured if c in months)
        pats["planned"] = _any_word_re(lang.cue("planned"))
        _CUE_RES[lang.code] = pats
    return _CUE_RES[lang.code]


def _qualifier_before(text: str, pos: int, lang: LanguageData) -> str:
    window = text[max(0, pos - 24):pos].casefold().rstrip()
    pats = _cue_patterns(lang)
    for name in _HEDGES:
        cues, pat = pats[name]
        if cues and window.endswith(cues) or pat is not None and pat.search(window):
            return name
    return "exact"


def _money_re(lang: LanguageData) -> re.Pattern:
    if lang.code not in _MONEY:
        cur_words = _alternation(c for c in lang.cue("currencies") if c[-1].isalpha())
        mult_words = _alternation(lang.cue("multipliers"))
        symbols = r"(?:US\$|S\$|NT\$|HK\$|\$|€|£|¥|(?:USD|RMB|CNY|EUR|JPY|KRW|TWD)\s?)"
        _MONEY[lang.code] = re.compile(
            r"(?P<pre>" + symbols + r")\s?(?P<num>" + _NUMBER + r")(?:\s*(?P<m1>" + mult_words + r")\b)?"
            r"|(?P<num2>" + _NUMBER + r")\s*(?P<m2>" + mult_words + r")?\s*(?:de\s+|d')?(?P<cur>" + cur_words
            + r"|\$|€)(?![\w])", re.IGNORECASE)
    return _MONEY[lang.code]


_MONEY: dict[str, re.Pattern] = {}


def find_money(text: str, start: int, end: int, lang: LanguageData) -> list[Money]:
    """Money amounts in text[start:end]: 'US$16 billion', '16 milliards de dollars'."""
    pat = _money_re(lang)
    cur, mult = lang.cue("currencies"), lang.cue("multipliers")
    out = []
    seg = text[start:end]
    if not _DIGIT.search(seg):
        return out  # an amount has a number: most clauses have none, and the pattern tries every place
    for m in pat.finditer(seg):
        raw = m.group("num") or m.group("num2")
        n = _to_number(raw, lang)
        if n is None:
            continue
        word = (m.group("m1") or m.group("m2") or "").casefold()
        n *= mult.get(word, 1)
        sym = (m.group("pre") or m.group("cur") or "").strip().casefold()
        currency = cur.get(sym, cur.get(sym.rstrip("s"), "USD" if "$" in sym else sym.upper()))
        out.append(Money(m.group(0).strip(), n, currency, _qualifier_before(seg, m.start(), lang),
                         start + m.start(), start + m.end()))
    return out


def find_quantities(text: str, start: int, end: int, lang: LanguageData, product_spans: list[tuple[int, int]],
                    money: list[Money], loose: bool = False,
                    names: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Unit counts in text[start:end] ('plus de 100 000 puces', 'all 100,000 chips', '300 000 unités H20').

    A number counts when a unit word or a product follows it closely, or, with
    ``loose`` (after a receive/ship trigger), when a hedge precedes it.
    """
    seg = text[start:end]
    mult = lang.cue("multipliers")
    units = set(lang.cue("units"))
    out = _counted_in_words(seg, start, lang, units, product_spans)  # 'five EUV machines', 'deux machines'
    if not _DIGIT.search(seg):
        return out  # a count in figures has a digit
    for m in re.finditer(r"(?<![\w$€£.,])(" + _NUMBER + r")(?![\w%]|[.,]\d)", seg):
        a, b = start + m.start(), start + m.end()
        if any(x.start <= a < x.end for x in money) or any(ps <= a < pe for ps, pe in product_spans + (names or [])):
            continue  # '9400' in 'Dimensity 9400' is a name, not a count
        n = _to_number(m.group(1), lang)
        if n is None:
            continue
        after = seg[m.end():m.end() + 40]
        word = re.match(r"\s*([\w$€]+)", after)
        k = 1
        if word and word.group(1).casefold() in mult and word.group(1).casefold() not in ("m", "k"):
            k = mult[word.group(1).casefold()]
            after = after[word.end():]
            word = re.match(r"\s*(?:de\s+|d')?([\w$€]+)", after)
        if _YEAR.fullmatch(m.group(1)) and k == 1:
            continue
        if k == 1 and re.match(r"-[^\W\d_]", after):
            continue  # '12-layer HBM3E', 'a 3-nanometer chip', 'a five-year deal': a compound adjective, not a count
        if _NOT_A_COUNT.match(after):
            continue
        if _SHARE_RANGE_END.match(after):
            continue  # 'entre 60 et 70 %', 'between 60 and 70%': the range's first end is a share too
        named = re.search(r"([A-Z][\w-]*)\s$", seg[max(0, m.start() - 20):m.start()])  # a capitalised word right before
        if n < 10 and k == 1 and named:
            continue  # 'Llama 3', 'Gaudi 3': a digit after a name is part of the name
        if k == 1 and named and re.fullmatch(r"\d{3,5}", m.group(1)) and _qualifier_before(seg, m.start(), lang) == "exact" \
                and not any(ps <= start + max(0, m.start() - 20) + named.start(1) < pe for ps, pe in names or []) \
                and not any(0 <= ps - b <= 2 for ps, _ in product_spans) \
                and not any(w.casefold() in units for w in re.findall(r"[\w'-]+", seg[m.end():m.end() + 30])[:1]):
            continue  # 'the Exynos Auto 8890 to Audi': bare digits after a word of a name, before no goods, name a model
        if k == 1 and SITE_BEFORE_NUMBER.search(seg[max(0, m.start() - 9):m.start()]):
            continue  # 'Fab 18': a plant's number
        words_after = re.findall(r"[\w'-]+", after)[:4]
        has_unit = any(w.casefold() in units for w in words_after[:3])
        near_product = any(0 <= ps - b <= 30 for ps, _ in product_spans)
        qual = _qualifier_before(seg, m.start(), lang)
        if has_unit or near_product or (loose and (qual != "exact" or n >= 100)):
            out.append(Quantity(int(n * k), qual, a, b))
    return out


def _counted_in_words(seg: str, start: int, lang: LanguageData, units: set[str],
                      product_spans: list[tuple[int, int]]) -> list[Quantity]:
    """A count spelled out ('five EUV machines', 'two million chips', 'une douzaine de machines'; cue number_words,
    with a multiplier after it) right before a unit word or a product."""
    words = lang.cue("number_words")
    mult = lang.cue("multipliers")
    pattern = _WORD_COUNTS.get(lang.code)
    if pattern is None:
        pattern = _WORD_COUNTS[lang.code] = re.compile(
            r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.IGNORECASE)
    out = []
    for m in pattern.finditer(seg):
        after = re.findall(r"[\w'-]+", seg[m.end():m.end() + 40])[:3]
        b = start + m.end()
        k = 1
        if after and after[0].casefold() in mult:
            k = mult[after[0].casefold()]  # 'two million Ascend chips', 'cinq millions de puces'
            after = re.findall(r"[\w'-]+", seg[m.end():m.end() + 60])[1:4]
        if re.match(r"\s+(?:of|des|d')\b", seg[m.end():]):
            continue  # 'five of the eight stacks': a part of a count said after it
        if any(fold(w) in lang.words("company_nouns") or fold(w)[:-1] in lang.words("company_nouns") for w in after):
            continue  # 'the four chip makers', 'les deux groupes': companies counted, not goods
        if any(w.casefold() in units for w in after) or any(0 <= ps - b <= 12 for ps, _ in product_spans):
            qual = _qualifier_before(seg, m.start(), lang)
            if qual == "exact" and fold(m.group(1)) in lang.words("round_number_words"):
                qual = "about"  # 'une douzaine', 'a dozen'
            out.append(Quantity(words[m.group(1).casefold()] * k, qual, start + m.start(), b))
    return out


_WORD_COUNTS: dict[str, re.Pattern] = {}  # the number-word pattern of each language, made once


def count_before(text: str, pos: int, lang: LanguageData, allowed: Container[str] = ()) -> int | None:
    """The count a seller's name at ``pos`` takes in a split order ('four satellites from Maxar and two from
    Northrop', 'quatre à Kelvor et deux à Brio'): a number, in figures or in words, then at most four words, each
    one of ``allowed`` (folded: the order's goods, its verb), and a seller's preposition (cue
    seller_prepositions) right before the name. Not a number a comparison or a part introduces ('up from 25 from
    X', 'contre trois à X', 'options for 10 from X', 'No. 2 from X': cue count_blockers)."""
    words = lang.cue("number_words")
    pattern = _COUNT_BEFORE.get(lang.code)
    if pattern is None:
        preps = sorted(lang.cue("seller_prepositions"), key=len, reverse=True)
        pattern = _COUNT_BEFORE[lang.code] = re.compile(
            r"(?s:.*)(?<![\w$€£.,])(" + _NUMBER + "|" + "|".join(map(re.escape, words)) + r")((?:\s+[\w'-]+){0,4}?)\s+(?:"
            + "|".join(re.escape(x) for x in preps) + r")(?:\s+|(?<=')|(?<=’))$", re.IGNORECASE)
    seg = text[max(0, pos - 60):pos]
    m = pattern.search(seg)
    if m is None or _YEAR.fullmatch(m.group(1)) or any(fold(w) not in allowed for w in m.group(2).split()):
        return None  # a year; a word between the count and the seller that is not the order's ('8 trains from X')
    before = re.findall(r"[\w'’.-]+", seg[:m.start(1)])
    if before and fold(before[-1]) in lang.words("count_blockers"):
        return None
    raw = m.group(1)
    n = words.get(raw.casefold()) if raw.casefold() in words else _to_number(raw, lang)
    return int(n) if n else None


_COUNT_BEFORE: dict[str, re.Pattern] = {}  # count_before's pattern of each language, made once


_SHARE = r"%|pour\s?cent|per\s?cent|percent"
# what a number measures when it is no count: a share, a size, a power, a span of time
_NOT_A_COUNT = re.compile(r"\s*(?:" + _SHARE + r"|p\b|W\b|GB|TB|nm|mm|ans|years|mois|months|jours|days|"
                          r"gigawatts?|mégawatts?|megawatts?|GW|MW|kW|watts?|points?|°)", re.IGNORECASE)
# the far end of a range of shares right after a number: ' et 70 %', ' to 70 percent', '-70 %'
_SHARE_RANGE_END = re.compile(r"\s*(?:et|and|à|to|-)\s*[\d.,]+\s*(?:" + _SHARE + r")", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"(?<![\w$.,])((?:19|20)\d\d)(?![\w]|[.,]\d)")
_DATES: dict[str, dict] = {}


def _date_patterns(lang: LanguageData) -> dict:
    """The date expressions of a language, compiled once: each family one pattern, however many cue words."""
    if lang.code in _DATES:
        return _DATES[lang.code]
    month_alt = _alternation(lang.cue("months"))
    delta: dict[str, int] = {}
    for name, d in (("this_year", 0), ("last_year", -1), ("next_year", 1)):
        for cue in lang.cue(name):
            delta.setdefault(cue.casefold(), d)
    last = _alternation(lang.cue("last_marker"))
    _DATES[lang.code] = pats = {
        "month_year": re.compile(r"\b(" + month_alt + r")\.?\s+(?:de\s+l'année\s+)?((?:19|20)\d\d)\b"),
        "day_month_year": re.compile(r"\b\d{1,2}\s+(" + month_alt + r")\.?\s+((?:19|20)\d\d)\b"),
        "relative_year": re.compile(r"(?<![\w'])(" + _alternation(delta) + r")(?![\w])"),
        "year_delta": delta,
        "recent_days": re.compile(r"(?<![\w'])(?:" + _alternation(c.casefold() for c in lang.cue("recent_days"))
                                  + r")(?![\w])"),
        "previous_month": re.compile(r"(?<![\w'])(?:" + _alternation(c.casefold() for c in lang.cue("previous_month"))
                                     + r")(?![\w])"),
        "last_month": re.compile(r"(?:\b(?:" + last + r")\s+(" + month_alt + r")\b|\b(" + month_alt + r")\s+(?:"
                                 + last + r")\b)"),
        "in_month": re.compile(r"\b(?:en|in|dès|since|depuis|by|fin|end of|début|early|late|mi-|le|on|from)\s+"
                               r"(?:\d{1,2}(?:er)?\s+)?(" + month_alt + r")\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
                               r"(?!\s*,?\s*\d{4})"),
        "quarter": re.compile(r"(?<![\w])(?:" + _alternation(c.casefold() for c in lang.cue("quarters")) + r")(?![\w])"),
    }
    return pats


def find_date(text: str, start: int, end: int, anchor: int, lang: LanguageData, article_date: str | None,
              past: bool = True) -> str | None:
    """The date a clause gives for its fact, resolved against the article's date.

    Explicit 'avril 2025' / 'April 2025' -> 2025-04; a year -> YYYY; 'cette année' /
    'this year' -> the article's year; 'l'année dernière' / 'last year' -> year - 1;
    'en juillet' / 'in July' -> the article's year (the year before when that month
    lies after the article's month and the clause speaks of the past); 'mars
    dernier' / 'last March' -> the latest such month before the article. Among
    several expressions the one nearest to ``anchor`` (the trigger) wins.
    """
    return nearest_date(date_expressions(text, start, end, lang, article_date, past), anchor - start)


def nearest_date(found: list[tuple[int, str]], rel: int) -> str | None:
    """The date of the expression of ``found`` (from ``date_expressions``) nearest to offset ``rel`` of the
    clause, the first of two as near; None when there is none."""
    if not found:
        return None
    return min(found, key=lambda f: abs(f[0] - rel))[1]


def date_expressions(text: str, start: int, end: int, lang: LanguageData, article_date: str | None,
                     past: bool = True) -> list[tuple[int, str]]:
    """The dates ``text[start:end]`` gives, each with its offset in that clause (``find_date`` without the
    choice of the nearest: every trigger of a sentence asks about the same sentence)."""
    seg = text[start:end].casefold()
    ay, am = _article_ym(article_date)
    months = lang.cue("months")
    pats = _date_patterns(lang)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def hit(pos: int, stop: int, value: str) -> None:
        if not any(s <= pos < e for s, e in taken):
            found.append((pos, value))
            taken.append((pos, stop))

    digits = _DIGIT.search(seg) is not None  # the first three kinds have a year in figures
    for m in pats["month_year"].finditer(seg) if digits else ():
        hit(m.start(), m.end(), f"{m.group(2)}-{months[m.group(1)]:02d}")
    for m in pats["day_month_year"].finditer(seg) if digits else ():
        hit(m.start(), m.end(), f"{m.group(2)}-{months[m.group(1)]:02d}")
    for m in _YEAR_IN_TEXT.finditer(seg) if digits else ():
        if not re.search(r"(?:\$|€|£)\s?$", seg[:m.start()]):
            hit(m.start(), m.end(), m.group(1))
    if ay:
        for m in pats["relative_year"].finditer(seg):
            hit(m.start(), m.end(), str(ay + pats["year_delta"][m.group(1)]))
        if am:
            for m in pats["recent_days"].finditer(seg):
                hit(m.start(), m.end(), f"{ay}-{am:02d}")
            for m in pats["previous_month"].finditer(seg):  # 'le mois dernier', 'last month'
                hit(m.start(), m.end(), f"{ay}-{am - 1:02d}" if am > 1 else f"{ay - 1}-12")
        for m in pats["last_month"].finditer(seg):
            mon = months[m.group(1) or m.group(2)]
            year = ay if am is None or mon < am else ay - 1
            hit(m.start(), m.end(), f"{year}-{mon:02d}")
        for m in pats["in_month"].finditer(seg):
            mon = months[m.group(1)]
            year = ay - 1 if (past and am is not None and mon > am) else ay
            hit(m.start(), m.end(), f"{year}-{mon:02d}")
        for m in pats["quarter"].finditer(seg):
            hit(m.start(), m.end(), str(ay))
    return found


def _article_ym(date: str | None) -> tuple[int | None, int | None]:
    if not date:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2}))?", date)
    if not m:
        return None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


_CERTAIN = {"certain", "clear", "sure", "sûr", "clair", "évident", "confirmed", "confirmé"}
_FR_FUTURE = re.compile(r"(?:rai|ras|ra|rons|rez|ront)$")
_FR_CONDITIONAL = re.compile(r"(?:rais|rait|rions|riez|raient)$")


# reported speech of a plan, in a lower-cased clause: 'said it would supply', "a indiqué qu'il fournirait"
_REPORTED = re.compile(r"\b(?:said|says|saying|added|adding|noted|noting|announced|confirmed|told \w+)\s+(?:that\s+)?"
                       r"(?:[\w-]+\s+){1,5}would\b"
                       r"|(?:déclaré|indiqué|annoncé|affirmé|confirmé|précisé|ajoutant|ajouté|assuré|dit)\s+(?:[\w-]+\s+){0,2}"
                       r"qu['e]\s*")


def said_as_future(trigger, lang: LanguageData) -> bool:
    """Whether the verb itself is in the future: 'will supply', "'ll ship" (cue ``future_auxiliaries``), 'fournira',
    'livreront' (its own auxiliaries only: not 'plans to supply', 'is to provide', 'said it would supply')."""
    own = [trigger, *[c for c in trigger.children if c.dep_.startswith("aux")]]
    if lang.code == "fr":
        return any(t.pos_ in ("VERB", "AUX") and _FR_FUTURE.search(t.lower_) for t in own)
    auxiliaries = lang.words("future_auxiliaries")
    return any("Fut" in feature(t, "Tense") or fold(t.text) in auxiliaries for t in own)


def has_negation(t, lang: LanguageData) -> bool:
    """Whether a negation hangs on token ``t`` ('not', 'ne ... pas', 'no longer'), not 'plus' or 'no' alone, nor a
    restrictive 'ne ... que'."""
    neg_words = set(lang.cue("negation"))
    longer = lang.words("no_longer_words")  # 'TSMC no longer supplies Huawei': 'no' hangs on 'longer'
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in neg_words and c.lower_ not in ("plus", "no")
               and not _restrictive(c, neg_words) and not _expletive(c, t, lang) and not _additive(c, lang)
               or c.dep_ == "advmod" and c.lower_ in longer and any(g.lower_ in ("no", "not") for g in c.children)
               and not _limited(t, lang)
               for c in t.children)


def _partial(verb, lang: LanguageData) -> bool:
    """'was not supplying all of the panels', 'ne fournit pas toutes les puces': what is denied is the whole (cue
    universal_words on the object), so part of it was supplied."""
    words = lang.words("universal_words")
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and (fold(c.text) in words or any(
                g.dep_ in ("det", "predet", "amod", "nmod", "quantmod") and fold(g.text) in words and g.i < c.i
                for g in c.children)):
            return True
    return False


def _additive(neg, lang: LanguageData) -> bool:
    """'not only', 'not merely', 'pas seulement', 'non seulement' (cue additive_words right after the negation, or after
    its 'pas' and the verb or clitics between): the fact holds and another is added to it."""
    doc = neg.doc
    for w in doc[neg.i + 1:min(len(doc), neg.i + 4)]:
        if fold(w.text) in lang.words("additive_words"):
            return True
        if w.lower_ not in ("pas", "non", "plus") and w.pos_ not in ("AUX", "VERB", "PRON"):
            return False  # 'ne se fournit pas uniquement', 'n'en livre pas seulement': clitics between
    return False


def _limited(verb, lang: LanguageData) -> bool:
    """'Apple is no longer TSMC's largest customer', 'no longer the sole supplier', 'no longer just a supplier':
    what ends is the rank, not the trade (cue limiting_words on the predicate)."""
    words = lang.words("limiting_words")
    return any(fold(g.text) in words for c in verb.children if c.dep_ in ("attr", "dobj", "obj", "acomp")
               for g in c.children if g.dep_ in ("amod", "advmod", "nummod", "quantmod")) or any(
        fold(c.text) in words for c in verb.children if c.dep_ == "advmod")


def _expletive(c, verb, lang: LanguageData) -> bool:
    """A French 'ne' with no second negative word ('pas', 'plus', 'jamais', 'rien' ...) on its verb or right after it:
    the expletive 'ne' of 'avant qu'ils ne soient soumis', 'à moins qu'il ne livre', which denies nothing; not the
    literary negation of 'pouvoir', 'savoir', 'oser' ('TSMC ne peut fournir Huawei'), which does."""
    partners = lang.words("negation_partners")
    if not partners or c.lower_.rstrip("'’") not in ("ne", "n"):
        return False
    near = [verb, *verb.children, *verb.doc[c.i + 1:min(len(verb.doc), c.i + 5)]]
    if any(fold(x.lemma_) in lang.words("literary_negation_verbs") for x in near):
        return False
    return not any(fold(x.text) in partners for x in near)


def _failed_attempt(trigger, lang: LanguageData) -> bool:
    """The trigger, or the verb whose object it is, completes a fail verb or a negated success verb: 'failed to win
    orders', 'a échoué à livrer', 'n'a pas réussi à décrocher la commande', 'did not manage to ship' (not 'did not
    hesitate to order', 'n'a pas tardé à décrocher')."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("obj", "dobj") else trigger
    if verb.head.i == verb.i:
        return False
    # the verb's complement, 'failed to ship', 'a échoué à livrer' (not 'collapsed after the company shipped')
    complement = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(
        c.dep_ in ("aux", "mark") and c.lower_ in ("to", "à", "de", "d'") for c in verb.children)
    if not complement:
        return False
    head = fold(verb.head.lemma_)
    return head in lang.words("fail_verbs") or head in lang.words("success_verbs") and has_negation(verb.head, lang)


def find_status(clause_text: str, trigger, lang: LanguageData, trigger_end: int | None = None) -> str:
    """asserted / planned / rumoured / denied for the fact a trigger token states.

    ``trigger_end`` is where the trigger ends within ``clause_text`` (a plan is said before its verb)."""
    low = " " + clause_text.casefold() + " "
    toks = [trigger, *[c for c in trigger.children if c.dep_.startswith("aux")]]
    own = list(toks)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX") and trigger.dep_ != "conj":
        # a noun trigger takes the mood of its verb: "Nvidia deviendrait son plus gros client" (not of a verb it
        # is coordinated with: 'ne fabrique pas ses bornes, mais s'approvisionne', a verb the tagger took for a noun)
        toks += [trigger.head, *[c for c in trigger.head.children if c.dep_.startswith(("aux", "cop"))]]
    elif trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.head.pos_ in ("VERB", "AUX", "ADJ"):
        # 'is not involved in the production of': the English noun hangs on its verb through a preposition
        verb = trigger.head.head
        toks += [verb, *[c for c in verb.children if c.dep_.startswith(("aux", "cop"))]]
    # the subject of a verb is not what the verb denies: 'la commande ne concernera plus les puces Bionic' still
    # tells of an order (its passive, 'la commande n'a pas été passée', does deny it)
    negated = own if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" else toks
    if trigger.head.i != trigger.i and trigger.dep_ in ("xcomp", "ccomp"):
        toks.append(trigger.head)
    if trigger.pos_ == "VERB" and trigger.dep_ in ("acl", "xcomp") and trigger.head.pos_ == "NOUN" \
            and trigger.head.dep_ in ("obj", "dobj") and trigger.head.head.pos_ in ("VERB", "AUX"):
        # 'rencontrerait des obstacles pour graver', 'aurait la capacité de livrer': the verb of the noun it completes
        toks += [trigger.head.head, *[c for c in trigger.head.head.children if c.dep_.startswith("aux")]]
    stop = _stop_before(trigger, lang)
    if stop is not None and _stop_undone(stop, lang):
        return "asserted"  # 'never halted production for X', 'denied it had stopped shipping to X': it goes on
    # Negation attached to the trigger or its auxiliaries, unless what it denies is the whole of the goods
    partial = trigger.pos_ == "VERB" and _partial(trigger, lang)
    if not partial and any(has_negation(t, lang) for t in negated):
        return "denied"
    neg_words = set(lang.cue("negation"))
    if _reduced_participle(trigger):
        # 'bans exports of chips made by Nexperia', 'plans to buy chips made by TSMC': the participle
        # describes the goods as they are; the mood of the clause around it is not this fact's
        return "asserted"
    # "it wasn't certain that SMIC could produce": doubt, not a denial
    head = trigger.head
    while head.i != head.head.i and head.dep_ not in ("ccomp", "ROOT") and head.pos_ not in ("ADJ",):
        head = head.head
    for h in (trigger.head, head, head.head):
        if h.lemma_.casefold() in _CERTAIN and any(c.dep_ in ("neg", "advmod") and c.lower_ in neg_words
                                                   for c in [*h.children, *h.head.children]):
            return "rumoured"
    no_dets = set(lang.cue("no_determiners"))
    for a in list(trigger.ancestors)[:4]:
        if a.pos_ == "NOUN" and any(c.dep_ in ("det", "neg") and c.lower_ in no_dets for c in a.children):
            return "denied"  # 'there are no signs that Nvidia will order ...', 'aucune preuve que ...'
    window = trigger.doc[max(0, trigger.i - 4):trigger.i + 3]
    if lang.code == "fr" and not partial and any(w.lower_ in ("ne", "n'") for w in window) and any(
            w.lower_ in ("pas", "jamais", "aucun", "aucune") and not _additive(w, lang) for w in window):
        return "denied"
    if lang.code == "en" and not partial and any(w.lower_ in ("not", "n't", "never") and not _additive(w, lang)
                                 for w in trigger.doc[max(0, trigger.i - 3):trigger.i]):
        return "denied"
    if stop is not None:
        return "denied"  # "told to stop buying", "cesser d'acheter", "mettre fin à leur contrat": it ends
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_.startswith("nsubj") \
            and trigger.head.lemma_.casefold() in {*lang.cue("fail_verbs"), *lang.cue("cancel_verbs")}:
        return "denied"  # 'the takeover failed', 'l'acquisition a échoué', 'the agreement was cancelled': it did not happen
    if _failed_attempt(trigger, lang):
        return "denied"  # 'failed to win orders from X', 'a échoué à décrocher la commande'
    if _neither_subject(trigger, lang):
        return "denied"  # 'Neither Intel nor Nvidia buys chips from TSMC' (not 'Samsung, neither the largest ...,')
    deny = set(lang.cue("deny_verbs"))
    if any(w.lemma_.casefold() in deny and not (w.pos_ in ("NOUN", "PROPN") or any(
            c.dep_ in ("det", "poss", "det:poss") for c in w.children)) for w in trigger.doc[max(0, trigger.i - 8):trigger.i]):
        return "denied"  # (not a noun: 'despite its dispute with Qualcomm'; 'nie avoir livré' is, however tagged)
    # future in the past: "said it would supply", "a indiqué qu'il fournirait" is a plan, not a hedge (the pattern
    # needs a 'would' or a 'qu': most clauses have neither, and the pattern tries every place)
    reported = ("would" in low or "qu" in low) and _REPORTED.search(low)
    # the French models confuse the two moods: the ending decides ('fournirait' conditional, 'fournira' future)
    conditional = any(("Cnd" in feature(t, "Mood") and not (lang.code == "fr" and _FR_FUTURE.search(t.lower_)))
                      or (lang.code == "fr" and _FR_CONDITIONAL.search(t.lower_)) for t in toks)
    # French: the ending decides ('fournit' is present whatever the tagger says, 'fournira' future)
    future = any((lang.code != "fr" and "Fut" in feature(t, "Tense"))
                 or (lang.code == "fr" and t.pos_ in ("VERB", "AUX") and _FR_FUTURE.search(t.lower_)) for t in toks)
    reported = reported and (" would " in low or conditional or lang.code == "en")
    # 'a indiqué qu'il achèterait' also where the clause is cut at the 'que': the conditional of reported speech
    reported = reported or (conditional and trigger.dep_.startswith("ccomp") and trigger.head.i != trigger.i
                            and trigger.head.lemma_.casefold() in lang.cue("speech_verbs")
                            and "Cnd" not in feature(trigger.head, "Mood"))
    if reported:
        return "planned"
    if conditional:
        return "rumoured"
    pats = _cue_patterns(lang)
    # a cue that is also a month ('may') counts only in lower case
    if pats["rumoured"] is not None and pats["rumoured"].search(low) or \
            pats["rumoured_cased"] is not None and pats["rumoured_cased"].search(" " + clause_text + " "):
        return "rumoured"
    if future:
        return "planned"
    intents = lang.words("intent_verbs", "plan_copulas")
    if trigger.dep_ == "xcomp" and trigger.head.i != trigger.i and (fold(trigger.head.lemma_) in intents
                                                                   or fold(trigger.head.text) in intents):
        return "planned"  # 'wants to buy', 'seeks to acquire', 'veut acheter', 'compte livrer': an intention, and
        # 'was to deliver', 'is to supply': an arrangement (a hedge said before it, 'reportedly plans to buy', stays a hedge)
    # a plan is said before its verb ('will supply', 'prévoit de livrer'); a 'will' in another part of the
    # sentence says nothing about this fact
    upto = " " + clause_text[:len(clause_text) if trigger_end is None else max(0, trigger_end)].casefold() + " "
    if pats["planned"] is not None and pats["planned"].search(upto):
        return "planned"
    return "asserted"


def _stop_before(trigger, lang: LanguageData):
    """The verb of ending (cue stop_verbs) among the few words before the trigger, the nearest, or None."""
    stops = set(lang.cue("stop_verbs"))
    return next((w for w in reversed(trigger.doc[max(0, trigger.i - 6):trigger.i]) if w.i + 1 < len(w.doc)
                 and w.lemma_.casefold() in stops and (w.lemma_.casefold() != "mettre" or w.nbor(1).lower_ == "fin")),
                None)


def undone_stop(trigger, lang: LanguageData) -> bool:
    """Whether the verb of ending before the trigger is undone (see :func:`_stop_undone`)."""
    stop = _stop_before(trigger, lang)
    return stop is not None and _stop_undone(stop, lang)


def _neither_subject(verb, lang: LanguageData) -> bool:
    """'Neither Intel nor Nvidia buys chips from TSMC': a subject of ``verb`` opened by 'neither' (cue neither_words;
    not 'Samsung, neither the largest ...,', where the word follows the name)."""
    neither = lang.words("neither_words")
    return any(c.dep_.startswith("nsubj") and any(g.dep_ in ("preconj", "det") and fold(g.text) in neither and g.i < c.i
                                                  for g in c.children) for c in verb.children)


def _stop_undone(stop, lang: LanguageData) -> bool:
    """A stop that is negated, denied or only weighed leaves the fact as it was: 'never halted production for X',
    'ne cessera pas de livrer X', 'denied it had suspended production for X', 'dément avoir suspendu', 'is
    considering halting shipments to X', 'envisage de suspendre', 'refused to stop', 'has no plans to stop', 'neither
    X nor Y has stopped' (cues deny_verbs, weighing_verbs, intent_nouns, no_determiners, neither_words)."""
    if has_negation(stop, lang) or any(has_negation(c, lang) for c in stop.children if c.dep_.startswith("aux")):
        return True
    # the verb that denies or weighs it, just before it however parsed ('dément avoir suspendu' may be read with an
    # adverb 'dément'; 'considering halting shipments' with 'halting' an adjective of the noun)
    undoing = {*lang.cue("deny_verbs"), *lang.cue("weighing_verbs")}
    before = stop.doc[max(0, stop.i - 4):stop.i]
    if any(w.lemma_.casefold() in undoing or w.lower_ in undoing for w in before):
        return True
    # 'has no plans to stop', 'n'a aucune intention de cesser': an intention that is none (cue intent_nouns)
    intents, none = set(lang.cue("intent_nouns")), set(lang.cue("no_determiners"))
    if any(w.lemma_.casefold() in intents and any(c.lower_ in none for c in w.children) for w in before):
        return True
    return _neither_subject(stop, lang)  # 'Neither Kelvora nor Samsung has stopped supplying X'


_OTHER_NEGATIONS = frozenset({"ni", "rien", "guère", "point", "personne", "nullement"})  # besides the cue list's


def _restrictive(ne, neg_words: set[str]) -> bool:
    """French 'ne ... que' restricts, it does not deny: 'Valeo ne fournit que Renault', 'ne représente que 20 %'.
    Only up to the next comma, and not with another negation ('ne fournit ni Renault ni Peugeot, que ...')."""
    if ne.lower_ not in ("ne", "n'", "n’"):
        return False
    after = []
    for w in ne.doc[ne.i + 1:ne.i + 8]:
        if w.text in (",", ";", ":"):
            break
        after.append(w)
    others = (neg_words | _OTHER_NEGATIONS) - {"ne", "n'", "n’"}
    return any(w.lower_ in ("que", "qu'", "qu’") for w in after) and not any(w.lower_ in others for w in after)


def _reduced_participle(trigger) -> bool:
    """A past participle that modifies a noun and names its agent, with no auxiliary of its own
    ('chips made by Nexperia', 'les puces fabriquées par SMIC'; not 'chips to be made by TSMC')."""
    return (trigger.dep_ == "acl" and trigger.head.i != trigger.i and "Part" in feature(trigger, "VerbForm")
            and any(c.dep_ in ("agent", "obl:agent") for c in trigger.children)
            and not any(c.dep_.startswith("aux") or c.dep_ == "mark" for c in trigger.children))
