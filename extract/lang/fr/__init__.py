"""French: triggers and cues from this package's files, served by fr_core_news_sm."""
from __future__ import annotations

from supplykg.extract.lang import load_language

LANGUAGE = load_language("fr", __name__, models=("fr_core_news_sm",))
