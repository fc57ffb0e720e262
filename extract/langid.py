"""Which language an article is written in, so the reader can keep French and English only.

A thin guard around ``py3langid`` (its naive-Bayes model ships inside the wheel as
``py3langid/data/model.npz.xz``, so detection works offline). The model is loaded once,
lazily, on the first call: importing this module costs nothing.

Why a guard: on a short or name-heavy text ("TSMC fournit Apple.", "Nvidia H100 H20")
the model's best guess is often a language nobody wrote (Uzbek, Nigerian Pidgin) with a
low probability. supplykg only ever reads French and English, so an article is rejected
for its language only when the text is long enough AND the model is confident; otherwise
the better of French and English wins.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from py3langid.langid import LanguageIdentifier

#: Languages supplykg extracts from (each has a package in ``extract/lang/``).
SUPPORTED: dict[str, str] = {"fr": "French", "en": "English"}

#: Below this many letters the model is not asked about other languages.
MIN_LETTERS = 40
#: A language other than French/English must reach this probability to reject an article.
MIN_CONFIDENCE = 0.6

# Names for the codes most likely to turn up in news feeds; others are shown as their code.
NAMES: dict[str, str] = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "ms": "Malay", "mt": "Maltese", "nb": "Norwegian Bokmål", "nl": "Dutch", "nn": "Norwegian Nynorsk",
    "no": "Norwegian", "oc": "Occitan", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
    "wa": "Walloon", "zh": "Chinese",
}


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ('de' -> 'German'); the code itself when unknown."""
    return NAMES.get(code, code)


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The py3langid model with normalised probabilities, loaded once per process (~0.9 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def detect(text: str) -> tuple[str, str]:
    """Language of ``text`` as ``(code, name)``, e.g. ``("fr", "French")``.

    French or English whenever the evidence for another language is weak (short text,
    low probability); another language only when the model is confident about it.
    Text with no letters at all gives ``("und", "undetermined")``.
    """
    if _letters(text) == 0:
        return "und", "undetermined"
    ranked = _identifier().rank(text)
    scores = dict(ranked)
    best, prob = ranked[0]
    if best not in SUPPORTED and _letters(text) >= MIN_LETTERS and prob >= MIN_CONFIDENCE:
        return best, language_name(best)
    code = max(SUPPORTED, key=lambda c: scores.get(c, 0.0))
    return code, SUPPORTED[code]


def unsupported_message(code: str, name: str | None = None) -> str:
    """The one-line reason given when an article is in a language supplykg does not read."""
    name = name or language_name(code)
    known = " and ".join(SUPPORTED.values())
    return f"{name} ({code}): supplykg reads {known}; translate the article or leave it out"
