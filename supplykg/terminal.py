"""Article text made safe to print: no terminal escapes, no markup, no spreadsheet formulas.

Articles are untrusted input. An ``ESC ] 0 ;`` in a sentence set the window title and an
``ESC [ 2 J`` cleared the screen when ``query`` or ``graph --evidence`` printed it; Rich
read ``[denied, 2024]`` as markup and dropped it. The store keeps every character; only
what is printed changes:

* :func:`printable` replaces control characters (C0 but tab and line feed, DEL, C1) and
  the bidirectional overrides that reorder a line, with visible stand-ins (``ESC`` as ␛);
* :func:`csv_cell` does that and guards a cell a spreadsheet would run as a formula;
* :func:`json_text` writes JSON whose strings escape the characters JSON itself leaves raw;
  :func:`escape_rdf` does the same for Turtle and N-Triples, losslessly.

Rich tables get :class:`rich.text.Text` cells (see the CLI), which are never read as markup.
"""
from __future__ import annotations

import json
import re
from typing import Any

#: Control characters and bidirectional formatting characters, which reorder or hide text.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE_RE = re.compile(f"[{_UNSAFE}]")
_UNSAFE_OR_LINE_RE = re.compile(f"[{_UNSAFE}\t\n]")
# U+2028/2029 too: lossless as escapes, and editors and JavaScript take them for line breaks.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_RDF_RAW = re.compile(f"[{_UNSAFE}\r\u2028\u2029]")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
FORMULA_STARTS = ("=", "+", "-", "@")


def _stand_in(match: re.Match[str]) -> str:
    c = match.group()
    code = ord(c)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with control and bidi characters replaced by visible stand-ins.

    Tab and line feed are kept unless ``one_line`` (a cell of a plain-text table, or a
    message that must stay one line), where they become ␉ and ␊ too.
    """
    return (_UNSAFE_OR_LINE_RE if one_line else _UNSAFE_RE).sub(_stand_in, text)


def csv_cell(text: str) -> str:
    """A CSV cell: :func:`printable`, and a leading ``'`` when a spreadsheet would read it as a formula.

    Numbers such as ``-2`` or ``+3.5`` are left alone: they are what they look like.
    """
    text = printable(text)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def json_text(value: Any, **options: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)``, with DEL, C1 and bidi characters escaped as ``\\uXXXX``.

    JSON escapes C0 controls itself; the others it leaves raw, and some terminals obey them.
    """
    return escape_json(json.dumps(value, ensure_ascii=False, **options))


def escape_rdf(text: str) -> str:
    """Turtle, TriG, N-Triples or N-Quads text with raw control characters (but tab and line feed) as ``\\uXXXX``.

    They can only stand inside string literals there, where ``\\u001B`` is the same character
    to every parser: the file means the same, and printing it moves no cursor.
    """
    return _RDF_RAW.sub(lambda m: f"\\u{ord(m.group()):04X}", text)


def escape_json(text: str) -> str:
    """JSON text with the raw characters :func:`json_text` escapes, escaped (a valid JSON document stays valid)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
