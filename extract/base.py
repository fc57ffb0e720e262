"""The one extractor interface, and a registry that finds extractors by name.

An extractor turns articles into facts and nothing else: no store, no I/O. It is
a pure function of the article (text, date, language), so it can run in a pool
of processes or on a cluster (see the scale notes in the README).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, runtime_checkable

from supplykg.extract.model import Article, Fact


@runtime_checkable
class Extractor(Protocol):
    """Turns articles of one language into facts."""

    name: str
    lang: str

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
        """Yield each article with its facts, in input order."""
        ...


_REGISTRY: dict[str, Callable[[str], Extractor]] = {}


def register(name: str) -> Callable[[Callable[[str], Extractor]], Callable[[str], Extractor]]:
    """Decorator: register a factory ``lang -> Extractor`` under ``name``."""

    def wrap(factory: Callable[[str], Extractor]) -> Callable[[str], Extractor]:
        _REGISTRY[name] = factory
        return factory

    return wrap


def get_extractor(name: str, lang: str) -> Extractor:
    """The extractor ``name`` for language ``lang``; an unknown name lists the known ones."""
    if name not in _REGISTRY:
        import supplykg.extract.extractor  # noqa: F401  registers the built-in extractor

    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"no extractor named {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None
    return factory(lang)
