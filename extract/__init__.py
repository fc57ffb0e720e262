"""Extraction: articles in, facts out.

:func:`extract_articles` is the entry point the CLI and the store use; it routes
each article to the extractor for its language and keeps input order. Nothing
here loads a model until an article of that language arrives.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from supplykg.extract.base import Extractor, get_extractor
from supplykg.extract.model import Article, Fact

DEFAULT_EXTRACTOR = "supplykg-rules"

__all__ = ["extract_articles", "extract_text", "Article", "Fact", "Extractor", "get_extractor"]


def extract_articles(articles: Iterable[Article], extractor: str = DEFAULT_EXTRACTOR
                     ) -> Iterator[tuple[Article, list[Fact]]]:
    """Yield each article with its facts, in input order. ``article.lang`` must be a known language code
    (the reader sets it); articles without one are detected here. Articles are read a window at a time and
    each window's articles of one language go to their extractor together, so spaCy batches them even when
    the languages alternate."""
    cache: dict[str, Extractor] = {}
    window: list[tuple[str, Article]] = []
    for article in articles:
        window.append((article.lang or _detect(article.text), article))
        if len(window) >= _WINDOW:
            yield from _run_window(cache, extractor, window)
            window = []
    if window:
        yield from _run_window(cache, extractor, window)


_WINDOW = 64  # articles read ahead; bounded, so memory stays flat however many articles come


def _run_window(cache: dict[str, Extractor], name: str, window: list[tuple[str, Article]]
                ) -> Iterator[tuple[Article, list[Fact]]]:
    results: dict[int, tuple[Article, list[Fact]]] = {}
    for lang in dict.fromkeys(lang for lang, _ in window):
        idx = [i for i, (code, _) in enumerate(window) if code == lang]
        done = _extractor(cache, name, lang).extract([window[i][1] for i in idx])
        for i, result in zip(idx, done):
            results[i] = result
    for i in range(len(window)):
        yield results[i]


def _extractor(cache: dict[str, Extractor], name: str, lang: str) -> Extractor:
    if lang not in cache:
        cache[lang] = get_extractor(name, lang)
    return cache[lang]


def extract_text(text: str, lang: str, date: str | None = None, article_id: str = "text") -> list[Fact]:
    """Facts from one piece of text (a convenience for notebooks and tests)."""
    article = Article(id=article_id, text=text, date=date, lang=lang)
    return next(iter(extract_articles([article])))[1]


def _detect(text: str) -> str:
    from supplykg.extract.langid import detect

    return detect(text)[0]
