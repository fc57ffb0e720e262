"""supplykg: a knowledge graph of the tech supply chain, built from news.

The package is a library first; the ``supplykg`` command is a thin layer over
:mod:`supplykg.api`. Importing :mod:`supplykg` does no work and loads no model.
"""
from __future__ import annotations

__version__ = "0.1.0"
