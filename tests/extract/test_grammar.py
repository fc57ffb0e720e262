"""The grammar format: rules read in one line, and a broken rule says where and what to fix."""
import pytest

from supplykg.extract.grammar import GrammarError, load_grammar_text, parse_path


def test_a_rule_reads_as_trigger_frame_and_role_paths():
    grammar = load_grammar_text(
        '{"id": "order.verb", "frame": "order", "trigger": {"lemma": ["order", "buy"], "pos": ["VERB"]},'
        ' "roles": {"buyer": "@subj | ~left", "goods": "@obj", "seller": "@pp(from/through)"}}', "en")
    rule = grammar.rules[0]
    assert [r.id for r in grammar.by_lemma["buy"]] == ["order.verb"]
    assert rule.frame == "order" and set(rule.roles) == {"buyer", "goods", "seller"}
    assert str(rule.roles["seller"]) == "@pp(from/through)"
    assert [" ".join(map(str, alt)) for alt in parse_path(">nmod[case=de/à] @owner | ~right", "x").alternatives] == [
        ">nmod[case=de/à] @owner", "~right"]


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "frame": "sell", "trigger": {"lemma": ["sell"]}, "roles": {}}', "frame"),
    ('{"id": "a", "frame": "order", "trigger": {"lemma": ["buy"]}, "roles": {"vendor": "@subj"}}', "role"),
    ('{"id": "a", "frame": "order", "trigger": {"lemma": ["buy"]}, "roles": {"buyer": "@subject"}}', "step"),
    ('{"id": "a", "frame": "order"', "not JSON"),
    ('{"id": "a", "frame": "order", "trigger": {"lemma": ["buy"], "not_head": {"lemma": ["order"]}}, "roles": {}}',
     "not_head' needs 'dep'"),
    ('{"id": "a", "frame": "order", "trigger": {"lemma": ["buy"], "voice": "passive"}, "roles": {}}',
     "'voice' can only be"),
    ('{"id": "a", "frame": "order", "trigger": {"lemma": ["buy"]}, "context": ["tender"], "roles": {}}',
     "'context' names one cue list"),
])
def test_a_broken_rule_names_the_file_line_and_fault(line, message):
    with pytest.raises(GrammarError, match=rf"lang/en/grammar.jsonl line 2.*{message}"):
        load_grammar_text("// a comment\n" + line, "en")


def test_a_rule_id_is_used_once():
    line = '{"id": "a", "frame": "order", "trigger": {"lemma": ["buy"]}, "roles": {"buyer": "@subj"}}'
    with pytest.raises(GrammarError, match="used twice"):
        load_grammar_text(line + "\n" + line, "en")


def test_a_filter_can_exclude_words():
    path = parse_path("<obj[lemma!=recevoir/obtenir] @subj", "x")
    first = path.alternatives[0][0]
    assert first.filters == (("lemma!", ("recevoir", "obtenir")),)
    with pytest.raises(GrammarError, match="with = or !="):
        parse_path("<obj[lemme=recevoir]", "x")


def test_a_trigger_can_refuse_its_head():
    grammar = load_grammar_text(
        '{"id": "delivery.receive", "frame": "delivery", "trigger": {"lemma": ["receive"], "pos": ["VERB"],'
        ' "not_head": {"dep": ["acl", "relcl"], "lemma": ["order", "orders"]}}, "roles": {"recipient": "@subj"}}', "en")
    assert grammar.rules[0].trigger.not_head == ((("acl", "relcl"), {"lemma": ["order", "orders"]}),)


def test_a_refused_head_may_apply_to_some_trigger_words_only():
    """'"self"': the head is refused for these trigger lemmas only ('sources said', not 'its supplier, X, said'); any
    other key is an error that says which keys there are."""
    line = ('{"id": "supply.supplier", "frame": "supply", "trigger": {"lemma": ["supplier", "source"], "pos": ["NOUN"],'
            ' "not_head": [{"dep": ["nsubj"], "lemma": ["say"], "self": ["source"]}]}, "roles": {"supplier": "@self"}}')
    assert load_grammar_text(line, "en").rules[0].trigger.not_head == ((("nsubj",), {"lemma": ["say"], "self": ["source"]}),)
    with pytest.raises(GrammarError, match="'not_head' takes 'dep', 'lemma', 'pos' and 'self'"):
        load_grammar_text(line.replace('"self"', '"trigger"'), "en")



def test_a_trigger_can_ask_for_the_active_voice():
    grammar = load_grammar_text('{"id": "a", "frame": "supply", "trigger": {"lemma": ["equip"], "voice": "active"},'
                                ' "roles": {"supplier": "@subj"}}', "en")
    assert grammar.rules[0].trigger.active
    assert not load_grammar_text('{"id": "a", "frame": "supply", "trigger": {"lemma": ["equip"]},'
                                 ' "roles": {"supplier": "@subj"}}', "en").rules[0].trigger.active


def test_a_rule_may_keep_its_word_from_the_pair_model():
    """'"pair_cue": false': the trigger word evokes the frame only with its child ('key accounts'), so the pair model
    does not take the word alone for a cue; anything but true or false is an error that says so."""
    from supplykg.extract.pairs import trigger_classes

    line = ('{"id": "supply.customer.account", "frame": "supply", "trigger": {"lemma": ["account"], "pos": ["NOUN"]},'
            ' "roles": {"customer": "@self"}, "pair_cue": false}')
    grammar = load_grammar_text(line + "\n" + line.replace("supply.customer.account", "supply.other")
                                .replace('"account"', '"client"').replace("false", "true"), "en")
    assert [r.pair_cue for r in grammar.rules] == [False, True]
    assert "account" not in trigger_classes(grammar.rules) and "client" in trigger_classes(grammar.rules)
    with pytest.raises(GrammarError, match="'pair_cue' is true or false"):
        load_grammar_text(line.replace("false", '"no"'), "en")


def test_a_bare_rule_keeps_frames_with_no_role_and_requires_none():
    """'"bare": true': a frame of the rule stands with no role filled ('Deliveries will start in 2027'), for the fact
    builder to fill from the discourse; a bare rule that also requires a role contradicts itself."""
    line = ('{"id": "delivery.noun", "frame": "delivery", "trigger": {"lemma": ["delivery"], "pos": ["NOUN"]},'
            ' "roles": {"supplier": "@poss"}, "bare": true}')
    assert load_grammar_text(line, "en").rules[0].bare
    with pytest.raises(GrammarError, match="'bare' is true or false"):
        load_grammar_text(line.replace("true", '"yes"'), "en")
    with pytest.raises(GrammarError, match="cannot 'require'"):
        load_grammar_text(line.replace('"bare": true', '"bare": true, "require": ["supplier"]'), "en")


def test_a_trigger_child_may_name_its_object():
    """'"object"': the trigger's child is a preposition whose object has one of the lemmas ('chose X for a contract')."""
    from supplykg.extract.engine import Engine

    class Tok:
        def __init__(self, lemma, dep, kids=()):
            self.lemma_, self.dep_, self.kids, self.lower_ = lemma, dep, list(kids), lemma

    class Refs:
        @staticmethod
        def children(t):
            return t.kids

    prep = Tok("for", "prep", [Tok("contract", "pobj")])
    spec = {"dep": ["prep"], "lemma": ["for"], "object": ["contract", "deal"]}
    assert Engine._child_ok(prep, spec, Refs())
    assert not Engine._child_ok(Tok("for", "prep", [Tok("board", "pobj")]), spec, Refs())


def test_a_rule_may_ask_its_article_for_a_context():
    """'context' names a cue list: the engine applies the rule only in an article that says one of its words."""
    from supplykg.extract.engine import Engine
    from supplykg.extract.lang import get_language
    rule = load_grammar_text(
        '{"id": "supply.choose.tender", "frame": "supply", "context": "tender_words", "trigger": {"lemma": ["select"]},'
        ' "roles": {"customer": "@subj", "supplier": "@obj"}}', "en")
    assert rule.rules[0].context == "tender_words"
    engine = Engine(rule, get_language("en"))
    words = engine.contexts["tender_words"]
    assert words.search("After a year-long tender, Orvane selected Kelvor.")
    assert not words.search("Orvane selected Kelvor, its tenderest partner.")
