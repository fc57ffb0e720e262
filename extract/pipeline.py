"""Loading spaCy pipelines: once per process and language, the first installed model wins."""
from __future__ import annotations

import importlib.util
import logging
from functools import cache

from supplykg.extract.lang import get_language

log = logging.getLogger(__name__)

# The extractor uses tagging, morphology, lemmas, the parser and NER; nothing is disabled
# because every one of them is read. Sentences come from our own splitter (see sentences.py).


class ModelMissing(RuntimeError):
    """No spaCy model for a language is installed."""


@cache
def load_pipeline(code: str):
    """The spaCy pipeline for language ``code``, loaded once; logs which model was loaded."""
    import spacy

    lang = get_language(code)
    for name in lang.models:
        if importlib.util.find_spec(name) is None:
            continue
        nlp = spacy.load(name)
        log.info("loaded spaCy model %s %s for %s", name, nlp.meta.get("version", "?"), lang.name)
        nlp.meta["supplykg_model"] = name
        return nlp
    raise ModelMissing(
        f"no spaCy model for {lang.name}: install one of {', '.join(lang.models)} "
        f"(pip install {lang.models[-1].replace('_', '-')})")


def model_name(code: str) -> str:
    """Name of the model that serves ``code`` (loads it if needed)."""
    return load_pipeline(code).meta["supplykg_model"]
