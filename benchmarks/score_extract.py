"""Print extraction scores on the shared gold sets (seed and dev), per language, and the speed.

    python benchmarks/score_extract.py [--shared ../shared] [--show]

Runs the extractor in-process on ``seeds/`` and ``<shared>/eval/dev/articles`` and
scores the facts with ``<shared>/eval/score.py`` (the same scorer the held-out set
uses). Not a test: the figures are for the issue notes and for spotting regressions.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from supplykg.extract import extract_articles
from supplykg.extract.model import Skip
from supplykg.extract.reader import read_paths

ROOT = Path(__file__).resolve().parents[1]


def run(folder: Path, out: Path) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    articles = [a for a in read_paths([str(folder)]) if not isinstance(a, Skip)]
    words = sum(len(a.text.split()) for a in articles)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for _, facts in extract_articles(articles):
            for f in facts:
                fh.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
                n += 1
    return n, words, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    score = Path(args.shared) / "eval" / "score.py"
    if not score.exists():
        sys.exit(f"no scorer at {score}: pass --shared pointing at the folder that holds eval/score.py")
    sets = [("seed", ROOT / "seeds", Path(args.shared) / "eval" / "seed_gold.jsonl"),
            ("dev", Path(args.shared) / "eval" / "dev" / "articles", Path(args.shared) / "eval" / "dev" / "gold.jsonl")]
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder, gold in sets:
            pred = Path(tmp) / f"{name}.jsonl"
            n, words, secs = run(folder, pred)
            print(f"== {name}: {n} facts, {words} words in {secs:.1f} s (model loading included)")
            cmd = [sys.executable, str(score), "--gold", str(gold), "--pred", str(pred)] + (["--show"] if args.show else [])
            print(subprocess.run(cmd, capture_output=True, text=True).stdout)


if __name__ == "__main__":
    main()
