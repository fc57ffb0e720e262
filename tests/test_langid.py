"""Language detection: French and English pass, others are named, short texts are not rejected."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from supplykg.extract.langid import detect, language_name, unsupported_message


@pytest.mark.parametrize(("text", "expected"), [
    ("La société a commandé plus de dix mille processeurs à son fournisseur habituel l'an dernier.", ("fr", "French")),
    ("The company ordered more than ten thousand processors from its usual supplier last year.", ("en", "English")),
    ("Das Unternehmen hat im vergangenen Jahr mehr als zehntausend Prozessoren bei seinem Lieferanten bestellt.",
     ("de", "German")),
    ("La empresa encargó el año pasado más de diez mil procesadores a su proveedor habitual.", ("es", "Spanish")),
])
def test_detect(text: str, expected: tuple[str, str]) -> None:
    assert detect(text) == expected


@pytest.mark.parametrize("text", ["TSMC fournit Apple.", "Nvidia ships chips to Microsoft.", "Nvidia H100 H20 GB200",
                                  "Ein Chip."])
def test_short_or_name_heavy_text_is_never_rejected(text: str) -> None:
    """Too little text to be sure: the better of French and English, never a skip."""
    assert detect(text)[0] in ("fr", "en")


def test_no_letters_is_undetermined() -> None:
    assert detect("2024 — 100 000 / 30 000") == ("und", "undetermined")


def test_names_and_message() -> None:
    assert language_name("de") == "German" and language_name("xx") == "xx"
    assert unsupported_message("de").startswith("German (de): supplykg reads French and English")


def test_works_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model ships inside the py3langid wheel: no network is touched."""
    import py3langid

    from supplykg.extract import langid

    assert (Path(py3langid.__file__).parent / "data" / "model.npz.xz").is_file()

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("language detection tried to open a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    langid._identifier.cache_clear()
    assert detect("Le fondeur livre ses premières plaquettes au client américain ce trimestre.")[0] == "fr"
