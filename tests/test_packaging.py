"""The packaging lists every package folder, so a non-editable install has all the code and data."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> tuple[list[str], dict[str, str]]:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return conf["packages"], conf["package-dir"]


def test_every_package_folder_is_declared():
    packages, roots = _declared()
    found = set()
    for name, folder in roots.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found.add(".".join([name, *rel.parts]) if rel.parts else name)
    assert sorted(found - set(packages)) == [], "add these to [tool.setuptools] packages in pyproject.toml"


def test_data_files_are_shipped():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    data = conf["package-data"]
    packages, roots = _declared()
    for name in packages:
        folder = ROOT / roots.get(name, roots[".".join(name.split(".")[:2])] + "/" + "/".join(name.split(".")[2:]))
        suffixes = {p.suffix for p in folder.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc", ".md")}
        patterns = {pat.lstrip("*") for pat in data.get(name, [])}
        assert suffixes <= patterns, f"{name}: data files {sorted(suffixes - patterns)} are not in package-data"


FROM_THE_ROOT = """
import sys
# As after a plain (non-editable) install: no finder maps supplykg.extract to its folder, and
# Python, started in the repository root, finds the root's own supplykg/ folder first.
sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in getattr(f, "__module__", "")
                    and "__editable__" not in type(f).__module__]
sys.path_hooks[:] = [h for h in sys.path_hooks if "__editable__" not in getattr(h, "__module__", "")]
sys.path_importer_cache.clear()
import supplykg, supplykg.extract, supplykg.extract.reader, supplykg.graph.store, supplykg.ontology
from supplykg import api
print(supplykg.__file__)
print(supplykg.extract.__file__)
print(supplykg.graph.store.__file__)
"""


def test_supplykg_imports_from_the_repository_root() -> None:
    """The README's Python session runs from the root; there supplykg/ shadowed the package and lacked .extract."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", FROM_THE_ROOT], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-600:]
    assert done.stdout.split() == [str(ROOT / "supplykg" / "__init__.py"), str(ROOT / "extract" / "__init__.py"),
                                   str(ROOT / "graph" / "store.py")]
