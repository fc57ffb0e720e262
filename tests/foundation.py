"""Helpers shared by the foundation tests (reader, CLI, API, bad input).

A fake extractor that turns "X fournit Y." / "X supplies Y." sentences into ``supplies``
facts, so building and the CLI can be tested without spaCy, and small writers for
test articles. The sentences are written for these tests.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from supplykg.extract.model import Article, Fact

FR_ARTICLE = """date: 2024-03-12
source: Exemple Presse

Selon le rapport annuel, Alpha Semi fournit Beta Cloud en processeurs depuis deux ans. La direction de Beta Cloud a confirmé la relation commerciale lors d'une conférence à Lyon.
"""
EN_ARTICLE = """date: 2023-11
source: Example Wire

Gamma Foundry supplies Delta Devices with wafers for its new accelerator, the companies said on Tuesday. Delta Devices plans to expand the partnership next year.
"""
DE_ARTICLE = """date: 2024-01
source: Beispiel Zeitung

Die Firma Alpha Semi liefert seit zwei Jahren Prozessoren an Beta Cloud, wie das Unternehmen am Dienstag in einer Mitteilung bekannt gab.
"""

_PATTERN = re.compile(r"(?P<s>[A-Z]\w+ [A-Z]\w+) (?:fournit|supplies) (?P<o>[A-Z]\w+ [A-Z]\w+)")


def fake_extract(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
    """A stand-in for ``supplykg.extract.extract_articles``: one supplies fact per matching sentence.

    An article containing the word BOOM makes it raise, to test that one bad article
    does not abort a batch.
    """
    for article in articles:
        if "BOOM" in article.text:
            raise RuntimeError("the fake extractor was told to fail")
        facts = []
        for m in _PATTERN.finditer(article.text):
            start = article.text.rfind(".", 0, m.start()) + 1
            while article.text[start].isspace():
                start += 1
            end = article.text.find(".", m.end()) + 1
            facts.append(Fact(article=article.id, subject=m["s"], subject_type="Company", relation="supplies",
                              object=m["o"], object_type="Company", evidence=article.text[start:end],
                              start=start, end=end, status="asserted", confidence=0.8, date=article.date,
                              lang=article.lang))
        yield article, facts


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def slow_extract(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
    """:func:`fake_extract`, a fifth of a second per article, noting each worker's process id in ``workers/``
    and each article it has extracted in ``extracted/`` under the working folder: a build slow enough to
    interrupt, whose workers and progress can be found."""
    import os
    import time

    folder = Path("workers")
    folder.mkdir(exist_ok=True)
    (folder / str(os.getpid())).touch()
    done = Path("extracted")
    done.mkdir(exist_ok=True)
    for article, facts in fake_extract(articles):
        time.sleep(0.2)
        (done / article.id.replace("/", "_")).touch()
        yield article, facts


def crashing_extract(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
    """:func:`fake_extract`, but the process dies at once (as if killed, out of memory) on an article saying CRASH."""
    import os

    articles = list(articles)
    if any("CRASH" in a.text for a in articles):
        os._exit(3)
    return fake_extract(articles)
