"""The learned pair layer (supplykg.extract.pairs) and its trainer, on sentences written for these tests."""
from __future__ import annotations

import json
import math

import pytest
from supplykg.extract import pairs as P
from supplykg.extract import pairs_train as T
from supplykg.extract.extractor import RuleExtractor
from supplykg.extract.lexicon import get_lexicon
from supplykg.extract.model import Article

_LEXICAL = ("btw", "pre", "post", "on_path", "top", "shead", "chead")


def _extract(lang: str, text: str, model: P.PairModel | None) -> list:
    ex = RuleExtractor(lang)
    ex.pairs = None if model is None else P.PairLayer(lang, model, ex.engine.grammar.rules)
    return ex.extract_one(Article(id="t.txt", text=text, date="2025-03", lang=lang))


def _supplies(facts) -> set[tuple[str, str, str]]:
    return {(f.subject, f.object, f.rule) for f in facts if f.relation == "supplies"}


def test_the_shipped_model_loads_and_holds_no_names():
    model = P.load_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    # the words of its features are lower-case lemmas or a class: a capitalised word, whatever its tag,
    # is '<cap>', a proper noun '<propn>', a company the sentence names '<co>'
    words = {f.rsplit(":", 1)[-1] for f in model.weights if f.split("|", 1)[-1].split(":", 1)[0] in _LEXICAL}
    assert "<propn>" in words and "<co>" in words and "client" in words
    assert not [w for w in words if w != w.casefold()]
    names = {alias for alias in get_lexicon().company_alias if len(alias) >= 4}
    assert not words & names - {"microchip", "reliance", "onto"}  # words of the language too (Onto Innovation)


def test_features_name_no_company():
    seen = []

    class Keep(P.PairLayer):
        def pairs(self, refs, facts, covered=frozenset()):
            seen.extend(self.candidates(refs, facts, covered))
            return []

    ex = RuleExtractor("en")
    ex.pairs = Keep("en", P.PairModel({}, 1.0), ex.engine.grammar.rules)
    ex.extract_one(Article(id="t.txt", text="Lenovo met Micron and Quorvane in Austin to talk about memory chips.", lang="en"))
    names = {(c.supplier.name, c.customer.name) for c in seen}
    assert ("Lenovo", "Micron") in names and ("Micron", "Lenovo") in names
    words = " ".join(f for c in seen for f in c.features).casefold()
    for name in ("lenovo", "micron", "quorvane", "austin"):
        assert name not in words


def test_a_believed_pair_becomes_a_learned_supply_and_rules_keep_theirs():
    text = "Micron supplies HBM3E to Nvidia, and Lenovo met Dell in Austin about servers."
    certain = P.PairModel({"bias": 5.0}, 0.5)  # believes every pair
    facts = _extract("en", text, certain)
    got = _supplies(facts)
    assert ("Micron", "Nvidia") in {(s, o) for s, o, r in got if r != P.RULE_ID}
    learned = {(s, o) for s, o, r in got if r == P.RULE_ID}
    # the model believes both directions; the chain keeps the one down it (a server maker supplies a device maker)
    assert ("Dell", "Lenovo") in learned and ("Lenovo", "Dell") not in learned
    # the pair the rules read is theirs: the model is not asked about it, in either direction
    assert ("Nvidia", "Micron") not in learned and ("Micron", "Nvidia") not in learned
    conf = {f.confidence for f in facts if f.rule == P.RULE_ID}
    assert conf and all(c == pytest.approx(1 / (1 + math.exp(-5.0)), abs=1e-3) for c in conf)
    # without the model, only the rules' facts
    assert {r for _, _, r in _supplies(_extract("en", text, None))} == {r for _, _, r in got if r != P.RULE_ID}


def test_a_believed_pair_goes_down_the_chain_and_not_between_two_designers():
    """The model believes every pair; the chain keeps a packager serving a chip designer of its own tier, and
    nothing between two chip designers or IDMs."""
    certain = P.PairModel({"bias": 5.0}, 0.5)
    learned = {(s, o) for s, o, r in _supplies(_extract("en", "Amkor met Nvidia in Austin about servers.", certain))
               if r == P.RULE_ID}
    assert ("Amkor", "Nvidia") in learned and ("Nvidia", "Amkor") not in learned, learned
    learned = {(s, o) for s, o, r in _supplies(_extract("en", "Intel met AMD in Austin about servers.", certain))
               if r == P.RULE_ID}
    assert not learned, learned


def test_a_pair_below_the_threshold_gives_nothing():
    doubtful = P.PairModel({"bias": -5.0}, 0.5)
    assert not [f for f in _extract("en", "Lenovo met Dell in Austin about servers.", doubtful) if f.rule == P.RULE_ID]


def test_a_learned_supply_yields_to_the_rules_other_direction():
    # the rules read 'Norsilica supplies Veltrix' in the first sentence; the model, believing every pair,
    # reads the reverse in the second, which is told less plainly and goes
    text = "Norsilica supplies wafers to Veltrix. Veltrix and Norsilica met in Oslo about wafers."
    got = _supplies(_extract("en", text, P.PairModel({"bias": 5.0}, 0.5)))
    assert ("Norsilica", "Veltrix") in {(s, o) for s, o, _ in got}
    assert ("Veltrix", "Norsilica") not in {(s, o) for s, o, _ in got}


def test_the_shipped_model_reads_a_ranking_of_customers():
    # no rule reads a ranking of a foundry's customers; the model, trained on real passages, does
    facts = _extract("fr", "AMD a dépassé Nvidia et Qualcomm au palmarès des plus gros clients du fondeur TSMC.",
                     P.load_model())
    got = {(s, o) for s, o, r in _supplies(facts) if r == P.RULE_ID}
    assert {("TSMC", "AMD"), ("TSMC", "Nvidia"), ("TSMC", "Qualcomm")} <= got
    assert not {("AMD", "TSMC"), ("Nvidia", "TSMC")} & got


def _set(tmp_path, articles: dict[str, str], gold: list[dict]):
    (tmp_path / "articles").mkdir()
    for name, text in articles.items():
        (tmp_path / "articles" / name).write_text("date: 2025-01\nsource: test\n\n" + text, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return tmp_path


def test_training_labels_pairs_by_the_gold_sentence_and_learns_the_direction(tmp_path):
    articles, gold = {}, []
    for n, (maker, buyer) in enumerate([("Micron", "Lenovo"), ("Kioxia", "Dell"), ("SK Hynix", "Acer"),
                                        ("Samsung", "Asus")]):
        name = f"{n:03d}_en_t.txt"
        said = f"{buyer} is now the anchor account of {maker} for memory chips, ahead of its rivals."
        articles[name] = f"{said} {maker} met {buyer} in Oslo in March to talk about chips."
        gold.append({"article": name, "subject": maker, "relation": "supplies", "object": buyer, "evidence": said})
    rows = T.examples(_set(tmp_path, articles, gold))
    labels = {(p["subject"], p["object"], y) for _, y, p in rows if p["article"] == "000_en_t.txt"}
    assert ("Micron", "Lenovo", 1) in labels
    assert ("Lenovo", "Micron", 0) in labels
    # the pair again in the second sentence: the gold names the first as evidence, so it is not trained on
    first = [y for _, y, p in rows if p["article"] == "000_en_t.txt" and (p["subject"], p["object"]) == ("Micron", "Lenovo")]
    assert first == [1, None]
    model = P.PairModel(T.train(rows), 0.5)
    for feats, y, pair in rows:
        if y == 1:
            back = next(f for f, yy, p in rows if p["article"] == pair["article"] and yy == 0
                        and (p["subject"], p["object"]) == (pair["object"], pair["subject"]))
            assert model.probability(feats) > model.probability(back)


def test_training_is_deterministic(tmp_path):
    rows = [(["bias", "a"], 1, {}), (["bias", "b"], 0, {}), (["bias", "a", "c"], 1, {}), (["bias", "b", "c"], 0, {})]
    assert T.train(rows) == T.train(list(rows))
    assert T.train(rows)["a"] > 0 > T.train(rows)["b"]


def test_trainer_refuses_a_folder_without_gold(tmp_path, capsys):
    assert T.main([str(tmp_path)]) == 2
    assert "needs gold.jsonl and articles/" in capsys.readouterr().err


@pytest.mark.parametrize("lang, text, party, why", [
    ("en", "Nvidia will get a boost from TSMC.", "TSMC", "a verb of trade with no goods"),
    ("en", "Micron ships HBM3E to Nvidia, Lenovo said on Monday.", "Lenovo", "the company that says the sentence"),
    ("fr", "Micron livre de la HBM3E à Nvidia, a indiqué Lenovo lundi.", "Lenovo", "the company that says the sentence"),
    ("en", "Nvidia uses Samsung's HBM3E chips in its new servers.", "Samsung", "frames about the same goods"),
    ("en", "Huawei makes Ascend chips. Washington has now put Nvidia's H20 chip on its growing list of controlled items.",
     "Huawei", "a possessive pronoun of something that is no goods ('its list')"),
])
def test_what_the_layer_never_asks_the_model(lang, text, party, why):
    certain = P.PairModel({"bias": 5.0}, 0.5)  # would believe any pair it is asked about
    facts = _extract(lang, text, certain)
    assert not [f for f in facts if f.rule == P.RULE_ID and party in (f.subject, f.object)], why


def test_a_learned_reading_never_changes_the_rules_status_or_evidence():
    # the rules read a rumour in the first sentence; the model, believing every pair, reads the same pair
    # as asserted in the second: the one fact keeps the rule's status, rule and evidence
    text = "Micron would reportedly supply HBM3E to Nvidia. Micron and Nvidia met in Austin about HBM3E."
    facts = [f for f in _extract("en", text, P.PairModel({"bias": 5.0}, 0.5))
             if f.relation == "supplies" and (f.subject, f.object) == ("Micron", "Nvidia")]
    assert [(f.status, f.rule != P.RULE_ID, f.start) for f in facts] == [("rumoured", True, 0)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Unlike Nvidia, Lenovo met Micron in Austin about memory chips."),
    ("fr", "Lenovo a rencontré Micron à Austin pour parler de puces mémoire, à l'instar de Nvidia."),
])
def test_a_point_of_comparison_is_no_candidate(lang, text):
    """'unlike Nvidia', 'à l'instar de Nvidia': a company the sentence compares with is named as no party, even to
    a model that believes every pair."""
    certain = P.PairModel({"bias": 5.0}, 0.5)
    learned = {(s, o) for s, o, r in _supplies(_extract(lang, text, certain)) if r == P.RULE_ID}
    assert ("Lenovo", "Micron") in learned or ("Micron", "Lenovo") in learned
    assert not {x for pair in learned for x in pair} & {"Nvidia"}, learned


@pytest.mark.parametrize("lang,text,rivals", [
    ("en", "Micron is set to supply SOCAMM modules to Nvidia before Samsung, two people briefed on the plans said.",
     {"Micron", "Samsung"}),
    ("fr", "Kioxia livrera de la mémoire flash à Apple avant Micron.", {"Kioxia", "Micron"}),
])
def test_companies_of_one_trade_are_no_candidates(lang, text, rivals):
    """Two companies whose main trade is the same (two memory makers) are rivals: even a model that believes every
    pair reads no supply between them. (The other pairs here are the rules' own or have the rules' buyer as the
    supplier, which the layer skips; that such a model reads pairs at all, the comparison test above shows.)"""
    supplies = _supplies(_extract(lang, text, P.PairModel({"bias": 5.0}, 0.5)))
    learned = {(s, o) for s, o, r in supplies if r == P.RULE_ID}
    assert {(s, o) for s, o, r in supplies if r != P.RULE_ID}, supplies  # the rules read the sentence's supply
    assert not [pair for pair in learned if set(pair) == rivals], learned


def test_a_name_no_list_knows_is_scored_like_any_other():
    """A company the lexicon does not know ('Veltrix Systems') is in the pairs a model that believes every pair
    reads, as two companies it knows are."""
    certain = P.PairModel({"bias": 5.0}, 0.5)
    learned = {(s, o) for s, o, r in _supplies(_extract("en", "Lenovo met Veltrix Systems and Micron in Austin about memory chips.",
                                                          certain)) if r == P.RULE_ID}
    assert ("Veltrix Systems", "Lenovo") in learned and ("Micron", "Lenovo") in learned, learned
