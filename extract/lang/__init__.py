"""Languages as packages: each ``supplykg.extract.lang.<code>`` wires its data files together.

A language package holds ``triggers.jsonl`` (trigger lemmas and the relation kind
each one signals) and ``cues.json`` (hedges, negation, clause breaks, quantity and
date words, abbreviations), and names the spaCy models that can serve it, in order
of preference. Adding a language is adding a package with those two files and an
``__init__.py`` that names the models and loads the files when asked.
"""
from __future__ import annotations

import importlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

KNOWN = ("fr", "en")
NAMES = {"fr": "French", "en": "English"}


class UnknownLanguage(ValueError):
    """Raised for a language that has no package here."""


@dataclass(frozen=True)
class Trigger:
    lemma: str
    kind: str
    pos: str


@dataclass(frozen=True)
class LanguageData:
    """Everything language-specific the extractor needs, loaded from the package's files."""

    code: str
    models: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    cues: dict[str, Any] = field(hash=False, compare=False)

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)

    @property
    def verb_triggers(self) -> dict[str, list[str]]:
        return _index(self, "VERB")

    @property
    def noun_triggers(self) -> dict[str, list[str]]:
        return _index(self, "NOUN")

    def cue(self, name: str) -> Any:
        try:
            return self.cues[name]
        except KeyError:
            raise KeyError(f"language {self.code!r} has no cue list {name!r} in its cues.json") from None


@cache
def _index(lang: LanguageData, pos: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for t in lang.triggers:
        if t.pos == pos:
            out[t.lemma].append(t.kind)
    return dict(out)


def load_language(code: str, package: str, models: tuple[str, ...]) -> LanguageData:
    """Read a language package's ``triggers.jsonl`` and ``cues.json``."""
    root = resources.files(package)
    triggers = []
    text = (root / "triggers.jsonl").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            triggers.append(Trigger(row["lemma"], row["kind"], row.get("pos", "VERB")))
        except (json.JSONDecodeError, KeyError) as e:
            raise ValueError(f"{package}/triggers.jsonl line {n}: {e}; each line needs lemma and kind") from e
    cues = json.loads((root / "cues.json").read_text(encoding="utf-8"))
    return LanguageData(code=code, models=models, triggers=tuple(triggers), cues=cues)


@cache
def get_language(code: str) -> LanguageData:
    """The language data for ``code`` ('fr', 'en'); an unknown code lists the known ones."""
    if code not in KNOWN:
        raise UnknownLanguage(
            f"no language package for {code!r}; supplykg reads {', '.join(f'{NAMES[k]} ({k})' for k in KNOWN)}")
    module = importlib.import_module(f"{__name__}.{code}")
    return module.load()
