"""Text normalisation that keeps every character offset.

News text is messy: curly apostrophes and quotes, non-breaking spaces inside
numbers ("100 000", the Swiss "60'000"), ticker debris left by finance sites ("(NASDAQ :)",
"(NASDAQ 🙂", "(NYSE:TSM)", Reuters' "STLA.MI", "Intel Corp INTC", "Mercury Systems MRCY"), list
markers ("- ", "• "). Every substitution here replaces a character by exactly one character, or a
span by as many spaces, so an offset into the normalised text is the same offset into the
original: evidence offsets need no mapping table.
"""
from __future__ import annotations

import re

_CHAR_MAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-",
    "\u00ad": " ", "\u200b": " ", "\ufeff": " ",
})

_ACRONYMS = frozenset({"AI", "HBM", "DRAM", "NAND", "GPU", "CPU", "NPU", "TPU", "SOC", "LCD", "OLED", "EUV", "DUV", "IC",
                       "ASIC", "FPGA", "MCU", "SSD", "PC", "PCS", "RF", "SIC", "GAN", "CEO", "CFO", "CTO", "US", "USA",
                       "EU", "UK", "AND", "OR", "THE", "LED", "MEMS", "IGBT", "EV", "EVS"})
# "(NASDAQ:NVDA)", "(NASDAQ :)", "(NASDAQ 🙂", "(NYSE: TSM)", "(EPA:ASML)", "(KRX:005930)", "(KLV 0.49%)"
_EXCHANGES = r"NASDAQ|NYSE|AMEX|EPA|ETR|LON|TYO|TSE|TWSE|TPE|KRX|KOSDAQ|HKG|HKEX|SHA|SHE|SZSE|SSE|OTC|BIT|AMS|SWX|ASX|NSE|BSE"
_TICKER = re.compile(
    r"\(\s*(?:" + _EXCHANGES + r")\s*(?::\s*[A-Z0-9.]{0,8}\s*\)?|:\)|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\))"
    r"|\([A-Z]{2,8}:\s?[A-Z0-9][A-Z0-9.]{2,8}[a-z]?\)"  # any exchange's code, as Investing.com prints it: "(HE:NOKIA)"
    # a quote with the day's move, as The Motley Fool prints it after a name: "Kelvor's (KLV 0.49%)", "(KLV -1.20%)"
    r"|\((?!(?:" + "|".join(sorted(_ACRONYMS)) + r")\s)"
    r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+[-+]?\d{1,3}[.,]\d{1,2}\s?%\)",
)
# Reuters instrument codes after a name: "Stellantis STLA.MI", "(2330.TW)", "TSMC (TSM.N)", "005930.KS", "<6752.T>", with a
# share class in lower case: "Daimler DAIGn.DE", "Volvo VOLVb.ST", "Volkswagen VOWG_p.DE"
_RIC = re.compile(
    r"[(<]?(?<![\w.])[A-Z0-9]{2,6}(?:_?[a-z])?\.(?:O|OQ|N|MI|PA|AS|DE|F|L|T|KS|KQ|TW|TWO|HK|SS|SZ|SW|S|ST|CO|HE|OL|BR|MC|TO|AX|NS"
    r"|BO|SI|KL)(?![\w.])[)>]?"
)
# A bare ticker after a legal name, as finance sites print it: "Intel Corp INTC", "Samsung Electronics Co, Ltd
# SSNLF", a company's two share classes before its short name ("Quorvane Inc QRVA QRVB Quorvane"), after a
# possessive ("Veltrix.Com Inc's VLTX Cloud"); not a trade's acronym ("Micron Technology Inc HBM chips"). After a
# company's last word ("Mercury Systems MRCY has won") only where a verb, the stock or a stop follows: 'Kelvor
# Systems AESA radars' names goods.
_BARE_TICKER = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Limited|Company|Holdings|plc|AG|SA|NV|SE)\.?(?:'s)?,? ([A-Z]{2,5}(?: [A-Z]{2,5}(?= [A-Z]))?)"
    r"(?=[\s,.;:)]|$)"
    r"|\b(?:Systems|Technologies|Technology|Semiconductors?|Devices|Instruments|Networks|Communications|Industries"
    r"|Corporation) ([A-Z]{2,5})(?=[,.;:)]|$|\s+(?:has|have|had|is|was|will|would|said|says|announced|reported|"
    r"posted|won|received|secured|shares|stock)\b)")
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_SWISS_GROUPING = re.compile(r"(?<=\d)'(?=\d{3}(?!\d))")  # "60'000 puces", as Swiss outlets group thousands
# A wire dateline that opens a paragraph: "SALEM, Ore.--", "Portland, Ore. - ", "BOISE, Idaho (AP) -- ";
# left in place, its last word sticks to the first name of the sentence ("Ore.--Norsilica will supply ...").
# The place is a city in capitals or a state abbreviated with a point, so "Samsung, Nvidia - ..." stays.
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}, (?:[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.))"
    r"\s*(?:\([^()\n]{2,24}\)\s*)?-{1,2}[ \t]*(?=[A-Z])",
    re.MULTILINE,
)

# A news agency's code glued to the first name of the story: "Taipei, July 2, 2012 (CENS)--Qualcomm Inc. ...",
# "(AP)--Nvidia"; with the dashes it would read as one name, "CENS)--Qualcomm".
_AGENCY = re.compile(r"\([A-Z][A-Za-z/]{1,12}\)(?:-{1,2}|[ \t]*--[ \t]*)(?=[A-Z])")

# A photo credit that ends a caption run into the story: "... in June (Courtesy of Kestrel) Canadian start-up
# Orvane has ...", "(Photo: Reuters)", "(Crédit photo : AFP)"; left in place, "Courtesy of" reads as a name and the
# caption and the story as one sentence. It becomes the caption's full stop.
_CREDIT = re.compile(r"\((?i:courtesy of|photo courtesy of|photo ?:|crédits? photo ?:|photo de)[^()\n]{1,60}\)[ \t]*(?=[A-Z])")

# A list item's marker at the start of a line ("- Curtiss-Wright has secured ...", "• Kelvor ships ..."): it would
# stick to the item's first name, and keep the line break before it from ending the sentence. It becomes blanks,
# and the item a new sentence where the line before ends one or is a headline ('... Networking Modules'), not
# where it runs on ('suppliers include:', 'chips from').
_BULLET = re.compile(r"^[ \t]*[-•*▪●◦·][ \t]+(?=\S)", re.MULTILINE)
_RUNS_ON = re.compile(r"(?:[,:;(]|\b(?:[a-zß-ÿ][\w'-]*))[ \t]*\n[ \t]*$")
# An em dash set between two words with no space, as some outlets print an aside ('Brimco and Kelvor—both
# Orvane suppliers—plan'): as a hyphen it would glue the name to the next word ('Kelvor-both'). It becomes
# the comma the aside stands for.
_GLUED_DASH = re.compile(r"(?<=[^\W\d_])\u2014(?=[^\W\d_])")


def normalize(text: str) -> str:
    """Return ``text`` cleaned for matching, with the same length and offsets."""
    out = _GLUED_DASH.sub(",", text).translate(_CHAR_MAP)
    out = _TICKER.sub(lambda m: " " * len(m.group(0)), out)
    out = _RIC.sub(lambda m: " " * len(m.group(0)), out)
    out = _BARE_TICKER.sub(_blank_ticker, out)
    out = _EMOJI.sub(" ", out)
    out = _SWISS_GROUPING.sub(" ", out)
    out = _DATELINE.sub(lambda m: " " * len(m.group(0)), out)
    out = _AGENCY.sub(lambda m: " " * len(m.group(0)), out)
    out = _CREDIT.sub(lambda m: "." + " " * (len(m.group(0)) - 1), out)
    out = _BULLET.sub(lambda m: _blank_bullet(m, out), out)
    assert len(out) == len(text)
    return out


def _blank_ticker(m: re.Match) -> str:
    g = 1 if m.group(1) else 2
    if any(w in _ACRONYMS for w in m.group(g).split()):
        return m.group(0)
    a = m.start(g) - m.start(0)
    return m.group(0)[:a] + " " * len(m.group(g)) + m.group(0)[m.end(g) - m.start(0):]


def _blank_bullet(m: re.Match, text: str) -> str:
    """A list marker as blanks, the last of them a line break where the item starts a sentence of its own."""
    before = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:m.start()].rstrip()
    if m.start() == 0 or _RUNS_ON.search(text, max(0, m.start() - 80), m.start()) \
            or _BULLET.match(before) and not before.endswith((".", "!", "?")) and len(before.split()) <= 5:
        return " " * len(m.group(0))  # (a list of names, one per line, runs on: '- Kelvor\n- Brio')
    return " " * (len(m.group(0)) - 1) + "\n"
