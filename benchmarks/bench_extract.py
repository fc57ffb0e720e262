"""Extraction speed against a baseline measured in the same run.

    python benchmarks/bench_extract.py [--repeat 20] [PATH ...]

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
    args = ap.parse_args()
    base = [a for a in read_paths(args.paths) if not isinstance(a, Skip)]
    articles = [replace(a, id=f"{a.id}#{i}", text=a.text + f"\n\n(copy {i})") for i in range(args.repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    langs = sorted({a.lang for a in articles})
    for lang in langs:
        load_pipeline(lang)
    list(extract_articles(articles[:len(base)]))  # warm caches

    t0 = time.perf_counter()
    for lang in langs:
        list(load_pipeline(lang).pipe((a.text for a in articles if a.lang == lang), batch_size=32))
    baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    facts = sum(len(f) for _, f in extract_articles(articles))
    ours = time.perf_counter() - t0

    print(f"{len(articles)} articles, {words} words, languages {', '.join(langs)}")
    print(f"baseline spaCy nlp.pipe : {words / baseline:8.0f} words/s ({baseline:.2f} s)")
    print(f"supplykg extraction     : {words / ours:8.0f} words/s ({ours:.2f} s), {facts} facts")
    print(f"ratio extraction/baseline time: {ours / baseline:.2f}x")


if __name__ == "__main__":
    main()
