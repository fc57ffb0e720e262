"""Turning files and folders into :class:`Article` records, and bad input into :class:`Skip` records.

What is read (see ``read_paths``):

* ``.txt`` and ``.md``: an optional header block of ``date:``, ``source:``, ``title:``,
  ``url:`` (and ``lang:``) lines, then a blank line, then the text (the layout of the
  evaluation articles); or the inline first-line form of wire copy,
  `` date 2024-09 (Reuters) – …`` whose date and agency are read while the line stays in
  the text. Markdown may also open with a ``---`` front-matter block of the same keys.
* ``.html`` / ``.htm``: the visible text (``script``, ``style`` and friends dropped), the
  title from ``<title>`` or ``og:title``, the date from the usual ``<meta>`` tags or the
  first ``<time datetime>``.
* ``.jsonl``: one article a line, keys ``text``, ``date``, ``source``, ``url``, ``title``,
  ``lang``, ``id``; a broken line is skipped and reading goes on.

``Article.text`` is the text after the header, with line ends normalised to ``\\n``; every
fact offset points into it. Dates become ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or None.

Decoding: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM; failing that Windows-1252,
but only when every byte is defined there and the result looks like prose (legacy French
files are often Latin-1/cp1252, and a wrong guess there is a readable accent, not garbage).
Anything else is a Skip asking for the file to be re-saved as UTF-8. Nothing here raises
on bad input: every problem becomes a one-line ``Skip`` reason that says what to do.
"""
from __future__ import annotations

import io
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from supplykg.extract.langid import (
    SUPPORTED,
    detect,
    language_name,
    unsupported_message,
)
from supplykg.extract.model import Article, Skip

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
#: Documentation that sits beside data in a folder; read only when named explicitly.
DOC_NAMES = {"readme", "license", "licence", "changelog", "contributing", "authors", "notice"}
HEADER_KEYS = ("date", "source", "title", "url", "lang", "language")

_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z]+)[ \t]*:[ \t]*(?P<value>.*?)\s*$")
_INLINE_DATE = re.compile(
    r"^\s*(?:date\s+)?(?P<date>\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\s*(?:\((?P<source>[^()\n]{1,60})\))?\s*[–—-]")
_MONTHS = {
    **{m: i + 1 for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"])},
    **{m: i + 1 for i, m in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"])},
    "fevrier": 2, "aout": 8, "decembre": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}


# ---------------------------------------------------------------- dates

def normalize_date(value: object) -> str | None:
    """'2024-9-3', '2024-09-03T10:00Z', '3 septembre 2024', 'Sept. 2024', 2024 -> ISO prefix; junk -> None."""
    if value is None or isinstance(value, bool):
        return None
    s = str(value).strip().casefold()
    if not s or s in {"unknown", "inconnu", "inconnue", "none", "null", "n/a", "-"}:
        return None
    m = re.match(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[t\s])", s)
    if m:
        return _iso(int(m[1]), m[2] and int(m[2]), m[3] and int(m[3]))
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", s)  # day first, as in French and most of the world
    if m:
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    words = re.findall(r"[^\W\d_]+|\d+", s)
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if year is None:
        return None
    return _iso(year, month, day if month else None)


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    import datetime as dt

    if not 1000 <= year <= 2999:
        return None
    if not month:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if not day:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


# ---------------------------------------------------------------- bytes to text

def decode(data: bytes) -> tuple[str | None, str | None]:
    """``(text, None)`` or ``(None, reason)``: the decoding policy of the module docstring."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _newlines(data.decode(codec)), None
            except UnicodeDecodeError as e:
                return None, (f"undecodable bytes at offset {e.start}: the file starts with a {codec.upper()} "
                              "byte-order mark but is not valid " + codec.upper() + "; re-save it as UTF-8")
    if _looks_binary(data):
        return None, "binary file (NUL or control bytes), not text; pass the article as .txt, .md, .html or .jsonl"
    try:
        return _newlines(data.decode("utf-8")), None
    except UnicodeDecodeError as e:
        utf8_error = e.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_prose(text):
        log.warning("not UTF-8 (first bad byte at offset %d); read as Windows-1252 "
                    "(re-save as UTF-8 if accents look wrong)", utf8_error)
        return _newlines(text), None
    return None, (f"undecodable bytes at offset {utf8_error}: not UTF-8, UTF-16 or clean Windows-1252 text; "
                  "re-save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13) or b == 127)
    return controls > 0.05 * max(len(sample), 1)


def _looks_like_prose(text: str) -> bool:
    """Mostly letters, digits, spaces and ordinary punctuation (mojibake from binary is not)."""
    sample = text[:8192]
    plain = sum(1 for c in sample if c.isalnum() or c.isspace() or c in ".,;:!?'\"()-–—’«»%$€/&")
    return plain >= 0.9 * max(len(sample), 1)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
               "section", "article", "header", "footer", "blockquote", "pre", "hr", "figcaption", "dd", "dt"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date")


@dataclass
class HtmlPage:
    """The parts of an HTML page the reader keeps."""

    text: str = ""
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


class _TextParser(HTMLParser):
    """Visible text in blocks, plus title, date, site name and canonical URL from the head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.skip_depth = 0
        self.in_title = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.time: str | None = None
        self.url: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.casefold(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").casefold()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").casefold().split():
            self.url = self.url or a.get("href") or None
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"]
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.blocks.append([])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:  # <svg/>, <script/>: open and closed at once
            return
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.blocks[-1].append(data)


def html_to_text(markup: str) -> HtmlPage:
    """Visible text of an HTML page (blocks separated by blank lines) and its metadata."""
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except Exception as e:  # html.parser is lenient; this guards against the odd assertion
        log.warning("HTML parser stopped early: %s", e)
    blocks = [" ".join("".join(b).split()) for b in parser.blocks]
    text = "\n\n".join(b for b in blocks if b)
    meta = parser.meta
    title = " ".join("".join(parser.title).split()) or meta.get("og:title")
    date = next((meta[k] for k in _DATE_META if k in meta), None) or parser.time
    return HtmlPage(text=text, title=title or None, date=normalize_date(date),
                    source=meta.get("og:site_name"), url=parser.url or meta.get("og:url"))


# ---------------------------------------------------------------- headers

def split_header(text: str) -> tuple[dict[str, str], str]:
    """``(header, body)``: a leading block of known ``key: value`` lines ended by a blank line.

    Markdown front matter (``---`` … ``---``) is accepted too. Without such a block the
    header is empty and the body is the whole text, so a text that merely starts with
    "Source: …" followed directly by prose is read as prose.
    """
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 50)):
            if lines[i].strip() == "---":
                header = _parse_header_lines(lines[1:i], lenient=True)
                if header is not None:
                    return header, "\n".join(lines[i + 1:]).lstrip("\n")
                break
    i = 0
    while i < len(lines) and _HEADER_LINE.match(lines[i]) and _HEADER_LINE.match(lines[i])["key"].casefold() in HEADER_KEYS:
        i += 1
    if i == 0 or (i < len(lines) and lines[i].strip()):
        return {}, text
    header = _parse_header_lines(lines[:i], lenient=False) or {}
    return header, "\n".join(lines[i:]).lstrip("\n")


def _parse_header_lines(lines: list[str], lenient: bool) -> dict[str, str] | None:
    header: dict[str, str] = {}
    for line in lines:
        m = _HEADER_LINE.match(line)
        if not m:
            if lenient and not line.strip():
                continue
            return None
        key = m["key"].casefold()
        if key in HEADER_KEYS:
            header["lang" if key == "language" else key] = m["value"].strip().strip('"\'')
        elif not lenient:
            return None
    return header


def inline_date(text: str) -> tuple[str | None, str | None]:
    """Date and agency of wire copy whose first line opens `` date 2024-09 (Reuters) – …``."""
    m = _INLINE_DATE.match(text[:200])
    if not m:
        return None, None
    return normalize_date(m["date"]), (m["source"].strip() if m["source"] else None)


# ---------------------------------------------------------------- articles

def make_article(text: str, id: str, *, path: str | None = None, date: object = None, source: str | None = None,
                 url: str | None = None, title: str | None = None, lang: str | None = None,
                 input_name: str | None = None) -> Article | Skip:
    """An Article from text already split from its header, or a Skip (no text, wrong language).

    ``lang`` given by the input (a JSON Lines field, a ``lang:`` header) is trusted;
    otherwise the language is detected.
    """
    where = path or id
    if not text.strip():
        return Skip(where, "no article text (empty, or only a header); add the text or remove the file")
    if not any(c.isalpha() for c in text):
        return Skip(where, "no words to read (only digits, punctuation or symbols); "
                           "add the article text or remove the file")
    if lang:
        code = lang.strip().casefold().split("-")[0].split("_")[0]
        name = language_name(code)
    else:
        code, name = detect(text)
    if code not in SUPPORTED:
        return Skip(where, unsupported_message(code, name))
    return Article(id=id, text=text, date=normalize_date(date), source=source or None, url=url or None,
                   title=title or None, lang=code, path=path, input_name=input_name)


#: The path that names standard input, and the name its article gets.
STDIN = "-"
STDIN_NAME = "stdin"
NOT_REGULAR = "not a regular file (a pipe, device or socket); pass article files or folders of them"


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skip]:
    """Every article in one file (one, or one a line for ``.jsonl``), or Skips saying why not.

    The file is opened without blocking and checked on the open descriptor (a regular
    file, within ``max_bytes``) before a byte is read, and no read goes past the limit:
    a pipe, a device or a file swapped for one after a folder was listed costs nothing.
    """
    where = str(path)
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        yield Skip(where, f"unsupported file type {suffix or '(no extension)'!r}; supplykg reads "
                          + ", ".join(SUFFIXES))
        return
    try:
        # O_NONBLOCK: opening a FIFO that nobody writes to would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        yield Skip(where, f"cannot read: {e.strerror or e}; check the path and its permissions")
        return
    with os.fdopen(fd, "rb", buffering=0) as raw:
        yield from _read_open(raw, path, where, suffix, max_bytes)


def _read_open(raw: BinaryIO, path: Path, where: str, suffix: str, max_bytes: int) -> Iterator[Article | Skip]:
    st = os.fstat(raw.fileno())
    if not stat.S_ISREG(st.st_mode):
        yield Skip(where, NOT_REGULAR)
        return
    if st.st_size == 0:
        yield Skip(where, "empty file; add the article text or remove the file")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(io.BufferedReader(raw), path, where, max_bytes, input_name_of(path))
        return
    if st.st_size > max_bytes:
        yield Skip(where, f"file is {_over(st.st_size, max_bytes)}; split it into articles "
                          "or raise the limit with --max-bytes")
        return
    try:
        data = _read_at_most(raw, max_bytes + 1)
    except OSError as e:
        yield Skip(where, f"cannot read: {e.strerror or e}; check the file's permissions")
        return
    if len(data) > max_bytes:  # it grew after the check
        yield Skip(where, f"file is over the {_size(max_bytes)} limit; split it into articles "
                          "or raise the limit with --max-bytes")
        return
    yield from _articles_from_bytes(data, path.name, where, suffix, input_name_of(path))


def _read_at_most(raw: BinaryIO, n: int) -> bytes:
    chunks: list[bytes] = []
    while n > 0:
        chunk = raw.read(min(n, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def input_name_of(path: str | os.PathLike[str]) -> str:
    """A file's path as every build names it: relative to the working folder when inside it, else absolute,
    with ``/`` separators (``A``, ``./A/``, ``/home/me/A`` all give ``A/report.txt`` from ``/home/me``)."""
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full)
    except ValueError:  # another drive, on Windows
        rel = full
    chosen = full if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel
    return Path(chosen).as_posix()


def _articles_from_bytes(data: bytes, name: str, where: str, suffix: str,
                         input_name: str | None) -> Iterator[Article | Skip]:
    """The article in one file's (or standard input's) bytes: decoded, then read as HTML or as text with a header."""
    text, reason = decode(data)
    if text is None:
        yield Skip(where, reason or "cannot decode")
        return
    if not text.strip():
        yield Skip(where, "empty file (only whitespace); add the article text or remove the file")
        return
    if suffix in (".html", ".htm"):
        page = html_to_text(text)
        if not page.text.strip():
            yield Skip(where, "HTML without readable text (only markup, scripts or styles); "
                              "save the article's text as .txt")
            return
        yield make_article(page.text, name, path=where, date=page.date, source=page.source,
                           url=page.url, title=page.title, input_name=input_name or page.url)
        return
    header, body = split_header(text)
    date, source = header.get("date"), header.get("source")
    if not header:
        date, source = inline_date(body)
    link = re.match(r"https?://\S+", source or "")
    url = header.get("url") or (link[0] if link else None)
    yield make_article(body, name, path=where, date=date, source=source, url=url,
                       title=header.get("title"), lang=header.get("lang"), input_name=input_name or url)


def bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, line, length)`` for each line of ``fh``; ``line`` is None when it is over ``limit`` bytes.

    A line over the limit is read on in chunks and counted, never held: memory stays
    within ``limit`` whatever the line's length (a 200 MB line once took 441 MB).
    """
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) <= limit:
            yield lineno, line, len(line)
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(1 << 16)
            if not line:
                break
            length += len(line)
        yield lineno, None, length


def _read_jsonl(fh: BinaryIO, path: Path, where_file: str, max_bytes: int,
                input_name: str | None) -> Iterator[Article | Skip]:
    """One article a line; a bad line is a Skip named ``file.jsonl:LINE`` and reading goes on.

    A record's input name is its ``id`` or ``url``, else ``FILE.jsonl:LINE`` (None on standard input).
    """
    for lineno, raw, length in bounded_lines(fh, max_bytes):
        where = f"{where_file}:{lineno}"
        if raw is None:
            yield Skip(where, f"line is {_over(length, max_bytes)}; raise the limit with --max-bytes")
            continue
        if not raw.strip():
            continue
        line, reason = decode(raw)
        if line is None:
            yield Skip(where, reason or "cannot decode")
            continue
        try:
            record = json.loads(line.strip())
        except json.JSONDecodeError as e:
            yield Skip(where, f"malformed JSON Lines: {e.msg} (column {e.colno}); "
                              "fix or remove this line, one JSON object per line")
            continue
        if not isinstance(record, dict):
            yield Skip(where, f"expected a JSON object per line, got {type(record).__name__}; "
                              'write {"text": ..., "date": ..., "source": ...}')
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Skip(where, 'no "text" field with the article text; add it or remove this line')
            continue
        text = _newlines(text)
        named = record.get("id") or record.get("url")
        art_id = str(named or f"{path.name}:{lineno}")
        record_name = str(named) if named else (f"{input_name}:{lineno}" if input_name else None)
        yield make_article(text, art_id, path=where, date=record.get("date"), source=_str(record.get("source")),
                           url=_str(record.get("url")), title=_str(record.get("title")),
                           lang=_str(record.get("lang")), input_name=record_name)


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _size(n: int) -> str:
    """A byte count as people read it: 258 bytes, 2.5 kB, 50.0 MB."""
    if n < 1000:
        return f"{n} bytes" if n != 1 else "1 byte"
    if n < 1_000_000:
        return f"{n / 1000:.1f} kB"
    return f"{n / 1_000_000:.1f} MB"


def _over(size: int, limit: int) -> str:
    """'50.0 MB, over the 10.0 MB limit'; exact byte counts when rounding would make the two look equal."""
    if _size(size) == _size(limit):
        return f"{size:,} bytes, over the {limit:,} bytes limit"
    return f"{_size(size)}, over the {_size(limit)} limit"


# ---------------------------------------------------------------- walking

def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skip]:
    """The files to read, in a deterministic order: each path as given, folders walked sorted.

    Inside folders, hidden entries, documentation (README, LICENSE…) and unsupported
    extensions are passed over with a log message; named explicitly, they are read or
    reported as a Skip.
    """
    for p in paths:
        path = Path(p)
        if os.fspath(p) == STDIN:
            yield path
        elif path.is_dir():
            found = False
            for f in _walk(path, set()):
                found = True
                yield f
            if not found:
                yield Skip(str(path), "no .txt, .md, .html or .jsonl files in this folder; check the path")
        elif path.is_file():
            yield path
        elif path.exists():
            yield Skip(str(path), NOT_REGULAR)
        else:
            yield Skip(str(path), "no such file or folder; check the path")


def _walk(folder: Path, visited: set[Path]) -> Iterator[Path | Skip]:
    """Files under ``folder``, sorted; ``visited`` holds the resolved folders already walked.

    A symbolic link to a folder already walked (``self -> ..``, or two links to one
    folder) is passed over, so a link loop is read once rather than until the path is
    too long.
    """
    try:
        real = folder.resolve()
    except (OSError, RuntimeError) as e:  # RuntimeError: a loop of links, on Python < 3.13
        log.warning("cannot resolve %s: %s", folder, e)
        return
    if real in visited:
        log.info("passing over %s: a link to %s, already read", folder, real)
        return
    visited.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda e: e.name)
    except OSError as e:
        log.warning("cannot list %s: %s", folder, e.strerror or e)
        return
    for entry in entries:
        if entry.name.startswith("."):
            log.debug("passing over hidden %s", entry)
        elif entry.is_dir():
            yield from _walk(entry, visited)
        elif entry.suffix.casefold() not in SUFFIXES:
            log.info("passing over %s: unsupported extension %r", entry, entry.suffix or "(none)")
        elif entry.stem.casefold() in DOC_NAMES:
            log.info("passing over %s: documentation, not an article (name it explicitly to read it)", entry)
        elif not _is_regular(entry):  # stat() follows a link without opening anything
            yield Skip(str(entry), NOT_REGULAR)
        else:
            yield entry


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # a dangling link or a permission problem: reading it says what is wrong


def read_paths(paths: Iterable[str | os.PathLike[str]], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skip]:
    """Every article under ``paths`` (files or folders), or a Skip for each input that cannot be read.

    Never raises for bad input. Skips are logged at INFO only: the caller gets each one
    as a record and reports it (the CLI prints a table), so WARNING is kept for what the
    caller cannot see otherwise, such as a Windows-1252 fallback.
    """
    for item in iter_files(paths):
        if isinstance(item, Skip):
            log.info("skipping %s", item)
            yield item
            continue
        for out in read_stdin(max_bytes) if str(item) == STDIN else read_file(item, max_bytes):
            if isinstance(out, Skip):
                log.info("skipping %s", out)
            yield out


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES, stream: BinaryIO | None = None) -> Iterator[Article | Skip]:
    """The article on standard input (the path ``-``), read like a file: JSON Lines when it opens with ``{``,
    HTML when it opens with ``<!DOCTYPE html`` or ``<html``, else text with an optional header.

    Its name is ``stdin`` (``stdin:LINE`` for a JSON Lines record without id or url); reads are
    bounded by ``max_bytes`` as for files.
    """
    raw = stream if stream is not None else sys.stdin.buffer
    buf: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    head = buf.peek(512)[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        yield Skip(STDIN_NAME, "nothing on standard input; pipe an article in, e.g. supplykg build - < article.txt")
    elif head.startswith(b"{"):
        yield from _read_jsonl(buf, Path(STDIN_NAME), STDIN_NAME, max_bytes, None)
    else:
        data = _read_at_most(buf, max_bytes + 1)
        if len(data) > max_bytes:
            yield Skip(STDIN_NAME, f"standard input is over the {_size(max_bytes)} limit; split it into "
                                   "articles or raise the limit with --max-bytes")
            return
        html = head.lower().startswith((b"<!doctype html", b"<html"))
        yield from _articles_from_bytes(data, STDIN_NAME, STDIN_NAME, ".html" if html else ".txt", None)


def count_records(paths: Iterable[str | os.PathLike[str]]) -> int:
    """How many Articles or Skips ``read_paths`` will yield, roughly (for a progress bar's total).

    Only regular files are opened (the walk has checked), without blocking, and a JSON Lines
    file's lines are counted in chunks: nothing here waits on a pipe or holds a long line.
    """
    n = 0
    for item in iter_files(paths):
        if isinstance(item, Path) and item.suffix.casefold() == ".jsonl":
            n += max(1, _count_lines(item))
        else:
            n += 1
    return n


def _count_lines(path: Path) -> int:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return 1
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return 1
        lines, last = 0, b"\n"
        while chunk := fh.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
        return lines + (last != b"\n")
