"""``python -m supplykg``: the ``supplykg`` command, for environments without its script on PATH."""
from __future__ import annotations

from supplykg.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
