"""Sentence splitting that does not cut product names or numbers.

The stock French model splits "Ascend | 910B" and "100 000 puces | Ascend";
a sentence splitter over normalised text (full stop, question or exclamation
mark, or a blank line, followed by a capital or a quote) with a list of
abbreviations per language is more reliable on news, and keeps offsets.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# ... a quote may open the next sentence with a space inside it, as French typography has it ('2022. " Nous')
# ... and a full stop glued to the next sentence's first word, as copied pages have it ('a signé.Elle livrera'):
# two lower-case letters before it, a capitalised word after it (not 'U.S.Army', 'Amazon.com')
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]»”]*\s+(?=(?:[\"'(\[«“]\s?)?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=[A-ZÀ-ÖØ-Þ])"
                       r"|(?<=[a-zß-öø-ÿ]{2}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+[\s,])")


_NEXT_WORD = re.compile(r"[\"'(\[«“]?\s?([^\W\d_]+)")


def split_sentences(text: str, abbreviations: frozenset[str], closing: frozenset[str] = frozenset(),
                    openers: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Yield (start, end) offsets of the sentences of ``text`` (whitespace trimmed). An abbreviation does not end a
    sentence ("Co. said", "M. Dupont"), unless it is one of ``closing`` (a company's legal form, a country's initials)
    and the next word is one of ``openers``, words that open a sentence and never continue a name ("... Nissan Motor
    Co. It also ...")."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        before = text[start:cut]
        last = before.rsplit(None, 1)[-1] if before.strip() else ""
        if "\n" in m.group(0):
            pass  # a line break always ends a sentence (headlines, paragraphs)
        elif last.rstrip(".").casefold() in abbreviations or re.fullmatch(r"(?:[A-Z]\.)+", last):
            nxt = _NEXT_WORD.match(text, m.end())
            if not (nxt and nxt.group(1) in openers and (last.rstrip(".").casefold() in closing
                                                         or re.fullmatch(r"(?:[A-Z]\.){2,}", last))):
                continue  # "Co.", "U.S.", "M." do not end a sentence
        yield from _trim(text, start, cut)
        start = m.end()
    yield from _trim(text, start, len(text))


MAX_SENTENCE = 1500  # characters; longer runs (tables, lists without full stops) are cut


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        # a 'sentence' this long is not one: cut at the last comma, semicolon or space before the limit
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind("\n"))
        cut = cut if cut > MAX_SENTENCE // 2 else window.rfind(" ")
        cut = cut if cut > 0 else MAX_SENTENCE
        yield from _trim(text, start, start + cut + 1) if cut + 1 < end - start else ()
        start += cut + 1
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end
