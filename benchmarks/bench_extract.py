"""Extraction speed against a baseline measured in the same run.

    python benchmarks/bench_extract.py [--repeat 20] [--rounds 3] [PATH ...]

Baseline: the bare spaCy pipeline (``nlp.pipe``) over the same texts, the floor
any spaCy-based extractor pays. Measured: ``extract_articles`` (normalisation,
sentence splitting, spaCy, mentions, rules, merging). Prints words per second for
both and their ratio; models are loaded before timing. Defaults to the seed
article repeated; pass folders of articles (for example ../shared/eval/dev/articles)
to measure on more text.
"""
from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from supplykg.extract import extract_articles
from supplykg.extract.model import Skip
from supplykg.extract.pipeline import load_pipeline
from supplykg.extract.reader import read_paths

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    base = [a for a in read_paths(args.paths) if not isinstance(a, Skip)]
    articles = [replace(a, id=f"{a.id}#{i}", text=a.text + f"\n\n(copy {i})") for i in range(args.repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    langs = sorted({a.lang for a in articles})
    for lang in langs:
        load_pipeline(lang)
    list(extract_articles(articles[:len(base)]))  # warm caches

    def bare() -> int:
        for lang in langs:
            list(load_pipeline(lang).pipe((a.text for a in articles if a.lang == lang), batch_size=32))
        return 0

    def ours() -> int:
        return sum(len(f) for _, f in extract_articles(articles))

    # interleaved rounds, best of each: other work on the machine slows both alike; CPU time is reported too,
    # as it is what a shared machine disturbs least
    walls: dict[str, list[float]] = {"bare": [], "ours": []}
    cpus: dict[str, list[float]] = {"bare": [], "ours": []}
    facts = 0
    for _ in range(args.rounds):
        for name, run in (("bare", bare), ("ours", ours)):
            w, c = time.perf_counter(), time.process_time()
            n = run()
            walls[name].append(time.perf_counter() - w)
            cpus[name].append(time.process_time() - c)
            facts = n or facts
    wb, wo = min(walls["bare"]), min(walls["ours"])
    cb, co = min(cpus["bare"]), min(cpus["ours"])

    print(f"{len(articles)} articles, {words} words, languages {', '.join(langs)}, best of {args.rounds} rounds")
    print(f"baseline spaCy nlp.pipe : {words / wb:8.0f} words/s ({wb:.2f} s wall, {cb:.2f} s CPU)")
    print(f"supplykg extraction     : {words / wo:8.0f} words/s ({wo:.2f} s wall, {co:.2f} s CPU), {facts} facts")
    print(f"ratio extraction/baseline: {wo / wb:.2f}x wall time, {co / cb:.2f}x CPU time")


if __name__ == "__main__":
    main()
