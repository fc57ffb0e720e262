"""What the browser tests share: which Chromium, the marks that skip them without it, one browser per module."""
from __future__ import annotations

import os

import pytest

from supplykg.graph.browser import Chromium

CHROMIUM = os.environ.get("SUPPLYKG_CHROMIUM", "/usr/bin/chromium")
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                       reason=f"no Chromium at {CHROMIUM}: apt-get install -y chromium, or set SUPPLYKG_CHROMIUM"),
]


@pytest.fixture(scope="module")
def chromium():
    b = Chromium(CHROMIUM)
    yield b
    b.close()
