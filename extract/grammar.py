"""The extraction grammar: rules kept as data, one per line, in ``lang/<code>/grammar.jsonl``.

A rule names a trigger (token constraints: lemmas, parts of speech, optionally a child
it must or must not have, by its ``dep``, ``lemma``, ``case`` word or ``det``, a determiner
of its own such as 'ses', or ``object``, the lemma of a preposition's object ('chose X for a
contract'), and ``beside``, a preposition that must hang beside it, on the trigger or on that object
('relies on its sales to X'), or a head it must not hang from, ``not_head``: its own ``dep`` and
the head's ``lemma``, as in 'the orders received by X', and optionally ``self``, the trigger lemmas
it applies to ('sources said', not 'its supplier, X, said'); ``"voice": "active"`` keeps out passives and
the past participles that stand for them, 'des serveurs équipés de puces') and the frame the trigger evokes (order, supply, delivery,
make, use, own, restrict, deal), and gives for each of the frame's roles a **path**:
how to walk from the trigger to the words that fill the role. In the manner of Odin's
event rules::

    {"id": "order.verb", "frame": "order",
     "trigger": {"lemma": ["order", "buy", "purchase"], "pos": ["VERB"]},
     "roles": {"buyer": "@subj | ~left", "goods": "@obj | ~right", "seller": "@pp(from|through)"}}

A path is a list of alternatives separated by ``|``, tried in order until one reaches a
word of the role's type; an alternative is a chain of steps separated by spaces:

- ``>dep`` / ``<dep``: down to a child, or up to the head, along a dependency whose label is
  one of ``dep`` (several labels joined by ``,``); ``[lemma=a/b]``, ``[pos=NOUN]`` or
  ``[case=de/à]`` (a child of kind ``case`` with that lemma) filter the word reached, and ``!=``
  excludes (``<obj[lemma!=recevoir]``);
- ``@name`` or ``@name(a/b)``: a step the engine knows for every language — ``@subj`` (the
  logical subject, through passives, control and relative clauses), ``@obj``, ``@agent``,
  ``@pp(words)`` (the object of a preposition in ``words``), ``@poss`` (the possessor),
  ``@self`` (what a noun denotes: the subject of its copula, its apposition), ``@list``
  (names after "including", "dont"), ``@members`` (the names a noun lists), ``@owner`` (the company a product belongs to), ``@maker`` (the company
  that makes a product, if the article names it), ``@head``, ``@passive`` (the subject of a passive trigger,
  nothing if the trigger is active), ``@gapped`` (the verb a gapped clause repeats: '..., while Meta accounted
  for 16%' continues from the first 'accounted', so a path may go on from there),
  ``@trigger`` (the trigger itself);
- ``~name``: a surface fallback where the parse fails — ``~left``/``~right`` (the nearest
  name in the trigger's clause), ``~after(words)`` (``~close(words)``: the word within three tokens
  of the trigger), ``~poss`` (a possessive right before the
  trigger, whatever the parse), ``~next`` (the nearest name after the trigger before any verb or
  comma), ``~appos`` (the name before ', <noun>'), ``~apposed`` (the names right after '<noun>, ', up to the
  next break: 'ses deux grands fournisseurs, Quanta et Compal'), ``~subject`` (the sentence's subject),
  ``~focus`` (the company the article is about), ``~colon`` (the names listed after a colon that closes the
  trigger's phrase: 'several big customers: Apple, Nvidia and AMD'), ``~bracketed`` (the names in brackets right
  after the trigger's noun: 'ses grands comptes (Renault, Valeo, Stellantis)'), ``~maker`` (the maker of the first product named after
  the trigger in its clause: '75% of the processors of the Galaxy S26' go to Samsung), ``~premod`` (the names
  right before the trigger that modify it, a list too: 'a major Vivo, Honor and Lenovo supplier'), ``~others``
  (the name that 'and other' adds the noun's members to: 'CXMT and 11 other Huawei suppliers'), ``~copula``
  (the names after the copula of the phrase the trigger opens: 'Les principaux fournisseurs d'Apple sont Orvane et Brio'),
  ``~attached(words)`` (the name right after the word, when the word hangs from the trigger through no verb and the
  parse lost its object: 'won orders worth some $40 million from Austrian tram maker Orvane Rail').

Within ``@pp(…)`` and ``~after(…)``, alternatives are separated by ``/`` too, so that a
rule reads the same whether it is one alternative or several. Besides its roles a rule may give
``require`` (roles it cannot do without), ``confidence``, ``status``, ``cue`` (what its words say of a
deal's direction), ``note`` (an example a reviewer reads) and ``"pair_cue": false``, for a trigger word
that evokes the frame only with the child the trigger names ('key accounts'): the pair model then does
not take the word alone for a cue (:func:`supplykg.extract.pairs.trigger_classes`), and ``"bare": true`` for a
trigger whose frame stands with no role filled ('Deliveries will start in 2027'): the fact builder then takes its
parties from the discourse (the order just told). The grammar is checked when
it loads: an unknown frame, role or step is an error that names the file, the line and
what to fix.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# Frames, and the kind of entity each role takes. "Any" accepts a product, a company or free text.
FRAMES: dict[str, dict[str, str]] = {
    "order": {"buyer": "Company", "seller": "Company", "goods": "Product"},
    "supply": {"supplier": "Company", "customer": "Company", "goods": "Product"},
    "delivery": {"supplier": "Company", "recipient": "Company", "goods": "Product"},
    "make": {"maker": "Company", "goods": "Product", "customer": "Company", "client": "Company"},
    "use": {"user": "Company", "goods": "Product", "supplier": "Company"},
    "own": {"parent": "Company", "child": "Company"},
    "restrict": {"government": "Government", "target": "Any", "company": "Company"},
    "deal": {"party": "Company", "partner": "Company", "goods": "Product"},
}
STEP_NAMES = {"subj", "obj", "agent", "pp", "poss", "self", "list", "head", "iobj", "xsubj", "name", "trigger", "owner",
              "members", "maker", "passive", "gapped"}
SURFACE_NAMES = {"left", "right", "after", "close", "before", "subject", "focus", "list", "near", "poss", "next", "appos",
                 "apposed", "colon", "bracketed", "maker", "premod", "whose", "others", "copula", "topic_maker", "attached"}
_STEP = re.compile(r"^(?P<dir>[<>])(?P<deps>[\w:,]+)(?:\[(?P<filter>[^\]]*)\])?$"
                   r"|^(?P<kind>[@~])(?P<name>\w+)(?:\((?P<args>[^)]*)\))?$")


class GrammarError(ValueError):
    """A rule that cannot be read; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class Step:
    kind: str  # ">" "<" "@" "~"
    name: str  # dependency labels joined by "," for > and <; the step's name otherwise
    args: tuple[str, ...] = ()
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __str__(self) -> str:
        args = f"({'/'.join(self.args)})" if self.args else ""
        filt = "".join(f"[{k}={'/'.join(v)}]" for k, v in self.filters)
        return f"{self.kind}{self.name}{args}{filt}"


@dataclass(frozen=True)
class Path:
    alternatives: tuple[tuple[Step, ...], ...]
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Trigger:
    lemmas: frozenset[str]
    pos: frozenset[str]
    child: dict | None = None
    not_child: tuple[dict, ...] = ()
    mention: str | None = None  # the trigger is a mention of this kind (a product's possessor makes it)
    # heads the trigger must not hang from: (its own deps, what the head must not be), 'the orders received by X'
    not_head: tuple[tuple[tuple[str, ...], dict], ...] = ()
    active: bool = False  # "voice": "active": not a passive, nor a past participle standing for one


@dataclass(frozen=True)
class Rule:
    id: str
    frame: str
    trigger: Trigger
    roles: dict[str, Path] = field(hash=False, compare=False)
    cue: str | None = None  # for deals: buy / sell / supply / make, the direction a word gives
    confidence: float = 0.7
    note: str = ""
    require: tuple[str, ...] = ()
    status: str | None = None  # the status a plain statement of this rule has ('planned' for qualifications)
    pair_cue: bool = True  # whether its trigger word, alone, is a cue for the pair model (see pairs.trigger_classes)
    bare: bool = False  # whether a frame with no role filled is kept, for the builder to fill from the discourse
    context: str | None = None  # a cue list one of whose words the article must say before the rule applies


def parse_path(text: str, where: str) -> Path:
    alts = []
    for alt in _split_top(text, "|"):
        steps = []
        for raw in _split_steps(alt):
            m = _STEP.match(raw)
            if not m:
                raise GrammarError(f"{where}: cannot read step {raw!r} in path {text!r}; "
                                   f"steps look like >nsubj, <dobj[lemma=sign], @pp(from/to) or ~left")
            if m.group("dir"):
                filters = []
                for f in (m.group("filter") or "").split(";"):
                    if not f.strip():
                        continue
                    key, _, vals = f.partition("=")
                    key = key.strip()
                    if key.rstrip("!") not in ("lemma", "pos", "case", "lower", "dep"):
                        raise GrammarError(f"{where}: unknown filter {key!r} in {raw!r}; use lemma, pos, case, lower or "
                                           f"dep, with = or !=")
                    filters.append((key, tuple(v.strip() for v in vals.split("/"))))
                steps.append(_interned(Step(m.group("dir"), m.group("deps"), (), tuple(filters))))
            else:
                kind, name = m.group("kind"), m.group("name")
                known = STEP_NAMES if kind == "@" else SURFACE_NAMES
                if name not in known:
                    raise GrammarError(f"{where}: unknown step {kind}{name}; known: "
                                       f"{', '.join(sorted(kind + n for n in known))}")
                args = tuple(a.strip() for a in (m.group("args") or "").split("/") if a.strip())
                steps.append(_interned(Step(kind, name, args)))
        if steps:
            alts.append(tuple(steps))
    return Path(tuple(alts), text)


_STEPS: dict[Step, Step] = {}  # every step read, once: equal steps are one object


def _interned(step: Step) -> Step:
    """The one object for this step: the engine keys what a step reaches in a sentence by the step's identity
    (a frozen dataclass's hash walks its nested tuples at every ask), and equal steps of different rules
    ('@subj' in a hundred of them) share what they found."""
    return _STEPS.setdefault(step, step)


def _split_steps(alt: str) -> list[str]:
    """Steps are separated by spaces, except inside ``(...)`` and ``[...]`` ('@pp(auprès de/chez)')."""
    return _split_outside(alt, str.isspace)


def _split_top(text: str, sep: str) -> list[str]:
    """Alternatives are separated by ``sep``, except inside brackets."""
    return _split_outside(text, lambda ch: ch == sep)


def _split_outside(text: str, is_sep) -> list[str]:
    out, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if is_sep(ch) and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [p.strip() for p in out if p.strip()]


def parse_rule(row: dict, where: str) -> Rule:
    for key in ("id", "frame", "trigger", "roles"):
        if key not in row:
            raise GrammarError(f"{where}: a rule needs {key!r}; it has {', '.join(row) or 'nothing'}")
    frame = row["frame"]
    if frame not in FRAMES:
        raise GrammarError(f"{where}: unknown frame {frame!r}; known: {', '.join(FRAMES)}")
    roles = {}
    for role, path in row["roles"].items():
        if role not in FRAMES[frame]:
            raise GrammarError(f"{where}: frame {frame!r} has no role {role!r}; its roles: {', '.join(FRAMES[frame])}")
        roles[role] = parse_path(path, f"{where}, role {role}")
    trig = row["trigger"]
    lemmas = trig.get("lemma", [])
    if isinstance(lemmas, str):
        lemmas = [lemmas]
    not_child = trig.get("not_child")
    if isinstance(not_child, dict):
        not_child = [not_child]  # one child the trigger must not have, or a list of them
    not_head = trig.get("not_head")
    if isinstance(not_head, dict):
        not_head = [not_head]
    if any("dep" not in h for h in not_head or ()):
        raise GrammarError(f"{where}: 'not_head' needs 'dep' (the trigger's own relation to the head, e.g. [\"acl\"])")
    not_head = tuple((tuple(h["dep"]), {k: v for k, v in h.items() if k != "dep"}) for h in not_head or ())
    if any(set(h) - {"lemma", "pos", "self"} for _, h in not_head):
        raise GrammarError(f"{where}: 'not_head' takes 'dep', 'lemma', 'pos' and 'self' (the trigger's own lemmas)")
    voice = trig.get("voice")
    if voice not in (None, "active"):
        raise GrammarError(f"{where}: 'voice' can only be \"active\" (the trigger is no passive); got {voice!r}")
    trigger = Trigger(frozenset(x.casefold() for x in lemmas), frozenset(trig.get("pos", [])),
                      trig.get("child"), tuple(not_child or ()), trig.get("mention"), not_head, voice == "active")
    if not trigger.lemmas and not trigger.mention:
        raise GrammarError(f"{where}: the trigger needs 'lemma' (a list of lemmas) or 'mention'")
    require = tuple(row.get("require", ()))
    for role in require:
        if role not in roles:
            raise GrammarError(f"{where}: required role {role!r} has no path in 'roles'")
    status = row.get("status")
    if status not in (None, "asserted", "planned", "rumoured", "denied"):
        raise GrammarError(f"{where}: unknown status {status!r}; use asserted, planned, rumoured or denied")
    pair_cue, bare = row.get("pair_cue", True), row.get("bare", False)
    for key, value in (("pair_cue", pair_cue), ("bare", bare)):
        if not isinstance(value, bool):
            raise GrammarError(f"{where}: {key!r} is true or false; got {value!r}")
    if bare and require:
        raise GrammarError(f"{where}: a 'bare' rule keeps frames with no role, so it cannot 'require' one")
    context = row.get("context")
    if context is not None and not isinstance(context, str):
        raise GrammarError(f"{where}: 'context' names one cue list (e.g. \"tender_words\"); got {context!r}")
    return Rule(row["id"], frame, trigger, roles, row.get("cue"), float(row.get("confidence", 0.7)), row.get("note", ""),
                require, status, pair_cue, bare, context)


@dataclass(frozen=True)
class Grammar:
    lang: str
    rules: tuple[Rule, ...]
    by_lemma: dict[str, tuple[Rule, ...]] = field(hash=False, compare=False)
    by_mention: dict[str, tuple[Rule, ...]] = field(hash=False, compare=False)


def load_grammar_text(text: str, lang: str, name: str = "grammar.jsonl") -> Grammar:
    rules: list[Rule] = []
    seen: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"lang/{lang}/{name} line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise GrammarError(f"{where} is not JSON: {e}") from e
        rule = parse_rule(row, where)
        if rule.id in seen:
            raise GrammarError(f"{where}: rule id {rule.id!r} is used twice; give each rule its own id")
        seen.add(rule.id)
        rules.append(rule)
    by_lemma: dict[str, list[Rule]] = {}
    by_mention: dict[str, list[Rule]] = {}
    for r in rules:
        for lemma in r.trigger.lemmas:
            by_lemma.setdefault(lemma, []).append(r)
        if r.trigger.mention:
            by_mention.setdefault(r.trigger.mention, []).append(r)
    return Grammar(lang, tuple(rules), {k: tuple(v) for k, v in by_lemma.items()},
                   {k: tuple(v) for k, v in by_mention.items()})


@cache
def load_grammar(lang: str) -> Grammar:
    """The grammar of language ``lang`` (``lang/<code>/grammar.jsonl``), parsed and checked once."""
    text = resources.files(f"supplykg.extract.lang.{lang}").joinpath("grammar.jsonl").read_text(encoding="utf-8")
    return load_grammar_text(text, lang)
