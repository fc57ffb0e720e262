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
    """Yield each article with its facts. ``article.lang`` must be a known language code
    (the reader sets it); articles without one are detected here."""
    cache: dict[str, Extractor] = {}
    run: list[Article] = []
    run_lang: str | None = None
    for article in articles:
        lang = article.lang or _detect(article.text)
        if run and (lang != run_lang or len(run) >= _RUN):
            yield from _extractor(cache, extractor, run_lang).extract(run)
            run = []
        run_lang = lang
        run.append(article)
    if run:
        yield from _extractor(cache, extractor, run_lang).extract(run)


_RUN = 32  # consecutive articles of one language handed to the extractor together, so spaCy batches them


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
