"""Languages as packages: each ``supplykg.extract.lang.<code>`` wires its data files together.

A language package holds ``grammar.jsonl`` (the extraction rules: triggers and the paths
to their roles, see :mod:`supplykg.extract.grammar`) and ``cues.json`` (the words the
layers need: company and product nouns, pronouns, hedges, negation, clause breaks,
quantity and date words, abbreviations), and names the spaCy models that can serve it,
in order of preference. Adding a language is adding a package with those two files and
an ``__init__.py`` that names the models and loads the files when asked.
"""
from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

KNOWN = ("fr", "en")
NAMES = {"fr": "French", "en": "English"}


_WORDS: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
_TABLES: dict[tuple[str, str], dict[str, Any]] = {}


class UnknownLanguage(ValueError):
    """Raised for a language that has no package here."""


@dataclass(frozen=True)
class LanguageData:
    """Everything language-specific the extractor needs, loaded from the package's files."""

    code: str
    models: tuple[str, ...]
    cues: dict[str, Any] = field(hash=False, compare=False)

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)

    def words(self, *names: str) -> frozenset[str]:
        """Cue lists (or cue tables' keys) as one set of folded words, for membership tests on folded tokens.

        ``words("order_deals", "weak_deals")`` is the union of the two lists, kept like a single one.
        """
        found = _WORDS.get((self.code, names))  # one lookup: the layers ask tens of thousands of times per corpus
        if found is None:
            from supplykg.extract.lexicon import fold

            found = _WORDS[(self.code, names)] = frozenset(fold(w) for name in names for w in self.cue(name))
        return found

    def table(self, name: str) -> dict[str, Any]:
        """A cue table with folded keys ('société' -> 'societe'), for lookups by folded tokens."""
        found = _TABLES.get((self.code, name))
        if found is None:
            from supplykg.extract.lexicon import fold

            found = _TABLES[(self.code, name)] = {fold(k): v for k, v in self.cue(name).items()}
        return found

    def cue(self, name: str) -> Any:
        try:
            return self.cues[name]
        except KeyError:
            raise KeyError(f"language {self.code!r} has no cue list {name!r} in its cues.json") from None


def load_language(code: str, package: str, models: tuple[str, ...]) -> LanguageData:
    """Read a language package's ``cues.json`` (its ``grammar.jsonl`` is read by :mod:`supplykg.extract.grammar`)."""
    root = resources.files(package)
    try:
        cues = json.loads((root / "cues.json").read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as e:
        raise ValueError(f"{package}/cues.json is not JSON: {e}; fix the file") from e
    except _DuplicateCue as e:
        raise ValueError(f"{package}/cues.json names the cue {e} twice, and JSON keeps only the last; "
                         "merge the two lists") from None
    return LanguageData(code=code, models=models, cues=cues)


class _DuplicateCue(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all distinct (a second list of the same name would silently replace the first)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateCue(repr(key))
        out[key] = value
    return out


@cache
def get_language(code: str) -> LanguageData:
    """The language data for ``code`` ('fr', 'en'); an unknown code lists the known ones."""
    if code not in KNOWN:
        raise UnknownLanguage(
            f"no language package for {code!r}; supplykg reads {', '.join(f'{NAMES[k]} ({k})' for k in KNOWN)}")
    module = importlib.import_module(f"{__name__}.{code}")
    return module.load()
