"""Shared fixtures for the extraction tests: the extractors load each spaCy model once per session."""
from __future__ import annotations

import pytest

from supplykg.extract import extract_text
from supplykg.extract.model import Fact


@pytest.fixture(scope="session")
def facts_of():
    """``facts_of(text, lang, date)`` -> list of facts; models load once (cached per process)."""

    def run(text: str, lang: str, date: str | None = "2024-09") -> list[Fact]:
        return extract_text(text, lang, date=date)

    return run

