"""What a build stores, as sorted N-Quads: run it with two versions of the code and compare the files.

    python benchmarks/store_dump.py OUT.nq [--articles N] [--dev DIR]

Copies the seeds, ``demo/``, ``session/news/``, the shared development articles (when
present) and ``--articles`` real-length articles made as ``bench_build.py`` makes them
(enough for several write groups, snapshots and two worker processes) into a scratch
folder, so article paths are the same whichever checkout runs it; builds them with
``supplykg build --workers 2``, builds them again (every article unchanged), then edits
one article and builds it with ``--replace``. Writes the store's N-Quads export
(``supplykg export --format trig``, read back as N-Quads), its lines sorted, to OUT. A change to the writer
must leave OUT byte-identical:

    /path/to/old/venv/bin/python benchmarks/store_dump.py /tmp/before.nq
    python benchmarks/store_dump.py /tmp/after.nq && cmp /tmp/before.nq /tmp/after.nq
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import make_articles  # noqa: E402


def supplykg(args: list[str], cwd: Path) -> str:
    proc = subprocess.run([sys.executable, "-m", "supplykg", *args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"supplykg {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout


def nquads(trig: str) -> str:
    """The dataset of a TriG text as N-Quads (one line per quad), by Oxigraph's parser and writer."""
    import pyoxigraph as ox

    quads = ox.parse(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--dev", type=Path, default=DEV)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs = [("seeds", ROOT / "seeds"), ("demo", ROOT / "demo"), ("session", ROOT / "session" / "news")]
        if args.dev.is_dir():
            inputs.append(("dev", args.dev))
        for name, source in inputs:
            shutil.copytree(source, work / "in" / name, ignore=shutil.ignore_patterns("*.md"))
        make_articles(work / "in" / "bench", args.articles)
        supplykg(["build", "in", "--store", "store", "--workers", "2"], work)
        supplykg(["build", "in", "--store", "store", "--workers", "2"], work)
        edited = work / "in" / "demo" / "05_fluxora.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nQuillon Systems also supplies Kelvara.\n",
                          encoding="utf-8")
        supplykg(["build", "in/demo", "--store", "store", "--replace"], work)
        trig = supplykg(["export", "--format", "trig", "--store", "store"], work)
    lines = sorted(nquads(trig).splitlines())
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} quads -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
