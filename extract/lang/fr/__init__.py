"""French: triggers and cues from this package's files, served by fr_core_news_md (fr_core_news_sm when md is missing)."""
from __future__ import annotations

from supplykg.extract.lang import LanguageData, load_language

MODELS = ("fr_core_news_md", "fr_core_news_sm")


def load() -> LanguageData:
    """Read this package's data files (called once, by :func:`supplykg.extract.lang.get_language`)."""
    return load_language("fr", __name__, models=MODELS)
