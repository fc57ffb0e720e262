"""Train the pair model of :mod:`supplykg.extract.pairs` on annotated passages.

    python -m supplykg.extract.pairs_train SET [SET ...] --out extract/data/pairs.json
    python -m supplykg.extract.pairs_train SET [SET ...] --folds          # cross-validation by set

Each SET is a folder with ``articles/`` (one passage per file, ``NNN_<lang>_slug.txt``) and
``gold.jsonl``, annotated by the evaluation guidelines: a ``supplies`` fact, a ``delivered`` fact and an
``ordered`` fact that names its ``supplier`` each say that one company supplies another. The rules run
first, as in extraction; every pair of companies a sentence names and the rules left alone is an example,
positive when a gold fact says the first supplies the second with that sentence as evidence. A pair the
gold gives elsewhere in the article, or marks optional, is left out: the sentence may or may not say it.

The model is a logistic regression over the features of :func:`pairs.pair_features`, fit by AdaGrad with
an L2 penalty; runs are deterministic. The passages stay where they are: only feature weights are written.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from pathlib import Path

from supplykg.extract import pairs as P
from supplykg.extract.extractor import RuleExtractor
from supplykg.extract.lexicon import fold, get_lexicon, strip_suffixes
from supplykg.extract.reader import read_paths


def _key(name: str) -> str:
    return fold(strip_suffixes(name or ""))


def _same_sentence(evidence: str, sentence: str) -> bool:
    ev, se = " ".join((evidence or "").split()), " ".join(sentence.split())
    return bool(ev) and (ev[:60] in se or se[:60] in ev)


class _Recorder(P.PairLayer):
    """Stands for the pair layer while the rules run: keeps the candidates of every sentence."""

    def __init__(self, lang: str, rules) -> None:
        super().__init__(lang, P.PairModel({}, 1.0), rules)
        self.rows: list[tuple[str, P.Candidate]] = []

    def pairs(self, refs, facts, covered=frozenset()):
        sentence = refs.p.text[refs.p.start:refs.p.end]
        self.rows += [(sentence, c) for c in self.candidates(refs, facts, covered)]
        return []


def _gold_pairs(gold: list[dict]) -> dict[str, list[tuple[set[str], set[str], str, bool]]]:
    """Per article: (supplier names, customer names, evidence, optional) of every fact that says a supply."""
    out: dict[str, list] = {}
    lex = get_lexicon()
    for g in gold:
        rel = g.get("relation")
        if rel in ("supplies", "delivered"):
            sup, cus = g["subject"], g["object"]
        elif rel == "ordered" and g.get("supplier"):
            sup, cus = g["supplier"], g["subject"]
        else:
            continue
        # the name the extractor gives ('AWS' and 'Amazon Web Services' are Amazon in the lexicon) counts too
        names = {"s": {_key(sup), _key(lex.company(sup) or sup)}, "c": {_key(cus), _key(lex.company(cus) or cus)}}
        for a in g.get("aliases") or []:
            surface, _, canon = a.partition("=")
            for side, name in (("s", sup), ("c", cus)):
                if _key(canon or surface) == _key(name) or set(_key(surface).split()) & set(_key(name).split()):
                    names[side].add(_key(surface))
        out.setdefault(g["article"], []).append((names["s"], names["c"], g.get("evidence") or "",
                                                 bool(g.get("optional"))))
    return out


def examples(folder: Path) -> list[tuple[list[str], int | None, dict]]:
    """(features, label, pair) of every candidate pair of the set in ``folder``; the label is None for a pair
    the gold gives elsewhere in the article or marks optional (not trained on)."""
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    facts = _gold_pairs(gold)
    out = []
    extractors: dict[str, RuleExtractor] = {}
    for a in read_paths([folder / "articles"]):
        if not hasattr(a, "text"):
            continue
        m = re.match(r"\d+_(en|fr)_", a.id)
        lang = m.group(1) if m else "en"
        ex = extractors.get(lang)
        if ex is None:
            ex = extractors[lang] = RuleExtractor(lang)
        rec = _Recorder(lang, ex.engine.grammar.rules)
        ex.pairs = rec
        ex.extract_one(a)
        for sentence, c in rec.rows:
            s, k = _key(c.supplier.name), _key(c.customer.name)
            label = 0
            for sup, cus, evidence, optional in facts.get(a.id, []):
                if s in sup and k in cus:
                    label = 1 if _same_sentence(evidence, sentence) and not optional else (label or None)
                    if label == 1:
                        break
            out.append((c.features, label, {"article": a.id, "subject": c.supplier.name,
                                            "object": c.customer.name}))
    return out


def train(data: list[tuple[list[str], int | None, dict]], epochs: int = 10, rate: float = 0.2,
          l2: float = 1e-3, min_count: int = 2) -> dict[str, float]:
    """Logistic regression by AdaGrad; the examples are shuffled with a fixed seed."""
    data = [x for x in data if x[1] is not None]
    seen: dict[str, int] = {}
    for feats, _, _ in data:
        for f in set(feats):
            seen[f] = seen.get(f, 0) + 1
    # a feature of one example says more about that passage than about the language: not learned
    data = [([f for f in feats if seen[f] >= min_count], y, pair) for feats, y, pair in data]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y, _ = data[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            for f in feats:
                grad = g + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + grad * grad
                w[f] = w.get(f, 0.0) - rate * grad / math.sqrt(g2[f] + 1e-8)
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="where to write the weights (JSON)")
    ap.add_argument("--threshold", type=float, default=0.5)  # see "threshold_why" in data/pairs.json
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--folds", action="store_true", help="train on all sets but one, score that one, for each")
    ap.add_argument("--predictions", type=Path, help="with --folds: write each held-out pair's probability here")
    args = ap.parse_args(argv)
    per_set = {}
    for folder in args.sets:
        if not (folder / "gold.jsonl").is_file() or not (folder / "articles").is_dir():
            print(f"{folder}: needs gold.jsonl and articles/", file=sys.stderr)
            return 2
        per_set[folder] = examples(folder)
        n = len(per_set[folder])
        pos = sum(y or 0 for _, y, _ in per_set[folder])
        print(f"{folder}: {n} pairs, {pos} positive", file=sys.stderr)
    if args.folds:
        rows = []
        for held in args.sets:
            w = train([x for s, xs in per_set.items() if s != held for x in xs], epochs=args.epochs, l2=args.l2)
            model = P.PairModel(w, args.threshold)
            for feats, y, pair in per_set[held]:
                rows.append({"set": str(held), **pair, "relation": "supplies", "label": y,
                             "p": model.probability(feats)})
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            tp = sum(1 for r in rows if r["p"] >= t and r["label"])
            npred = sum(1 for r in rows if r["p"] >= t and r["label"] is not None)
            npos = sum(r["label"] or 0 for r in rows)
            print(f"threshold {t}: pairs P {tp / max(npred, 1):.2f} R {tp / max(npos, 1):.2f} ({tp}/{npred}, {npos})")
        if args.predictions:
            args.predictions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return 0
    weights = train([x for xs in per_set.values() for x in xs], epochs=args.epochs, l2=args.l2)
    if args.out:
        args.out.write_text(json.dumps({
            "about": "weights of the pair model (supplykg.extract.pairs), by supplykg.extract.pairs_train",
            "threshold": args.threshold, "sets": len(args.sets),
            "examples": sum(len(xs) for xs in per_set.values()),
            "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{args.out}: {len(weights)} weights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
