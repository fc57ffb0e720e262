"""supplykg: a knowledge graph of the tech supply chain, built from news.

The package is a library first; the ``supplykg`` command is a thin layer over
:mod:`supplykg.api`. Importing :mod:`supplykg` loads no model; in a clone of the
repository it only adds the finder that makes it importable from the root.
"""
from __future__ import annotations

__version__ = "0.1.0"


def _serve_the_checkout() -> None:
    """Make ``supplykg.extract``, ``.graph`` and ``.ontology`` importable from a clone of the repository.

    Installed, they are folders inside this package (``pyproject.toml`` maps ``extract/`` to
    ``supplykg/extract`` and so on). Python started in the repository root finds this folder
    first, where they are siblings, not children: ``import supplykg.extract`` failed there,
    the natural place to run the README's snippets. In a checkout only (the three folders and
    ``pyproject.toml`` beside this one), a finder serves those three names from the siblings;
    anything else is left to the usual finders. A few ``stat`` calls, nothing imported.
    """
    import os
    import sys
    from importlib.machinery import PathFinder

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    siblings = ("extract", "graph", "ontology")
    if not os.path.isfile(os.path.join(root, "pyproject.toml")) or not all(
            os.path.isfile(os.path.join(root, name, "__init__.py")) for name in siblings):
        return

    class CheckoutFinder:
        """Finds ``supplykg.<sibling>`` in the checkout's root folder."""

        @classmethod
        def find_spec(cls, fullname: str, path: object = None, target: object = None) -> object:
            if fullname.startswith(__name__ + ".") and fullname[len(__name__) + 1:] in siblings:
                return PathFinder.find_spec(fullname, [root])
            return None

    if not any(getattr(f, "__qualname__", "").endswith("CheckoutFinder") for f in sys.meta_path):
        sys.meta_path.append(CheckoutFinder)  # after the usual finders: an install's own copy wins


_serve_the_checkout()
