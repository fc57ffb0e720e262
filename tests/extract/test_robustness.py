"""Messy text never costs a sentence to an extractor error, and evidence always points into the text."""
from __future__ import annotations

import logging
import random

import pytest

PIECES = [
    "ByteDance a commandé plus de 100 000 puces Ascend 910B cette année.",
    "Microsoft bought 485,000 Nvidia Hopper chips this year.",
    "TSMC, Nvidia's foundry, makes the Blackwell chips.",
    "Les États-Unis ont interdit à Nvidia de vendre ses puces H20 à la Chine en avril.",
    "华为 昇腾 910B 芯片", "🙂🙂🙂 (NASDAQ :)", "<div>&amp;</div>", "x" * 400, "123 456 789 000",
    "H20" * 40, "Inc. Corp. Co. Ltd.", "\u200b\u00a0\u202f", "l'l'l' de de de", "A, B, C, D, E, F, G, H, I, J",
    "par Nvidia", "by", "", "«", "»", "–",
]


@pytest.mark.parametrize("seed", range(12))
def test_shuffled_junk_is_read_without_errors(facts_of, caplog, seed):
    rng = random.Random(seed)
    text = " ".join(rng.choices(PIECES, k=rng.randint(3, 12)))
    with caplog.at_level(logging.WARNING, logger="supplykg.extract.rules"):
        for lang in ("en", "fr"):
            for fact in facts_of(text, lang, rng.choice([None, "2024", "2024-09", "2025-01-15"])):
                assert text[fact.start:fact.end] == fact.evidence
                assert fact.subject and fact.object and fact.subject != fact.object
    assert not [r for r in caplog.records if "skipped" in r.getMessage()]


def test_an_attribution_left_out_of_the_parse_keeps_the_evidence_offsets(facts_of):
    text = "Intro line here.\nAccording to Digitimes, Veltrix ordered 2,000 servers from Quanta."
    facts = facts_of(text, "en")
    order = next(f for f in facts if f.relation == "ordered")
    assert text[order.start:order.end] == order.evidence == "According to Digitimes, Veltrix ordered 2,000 servers from Quanta."
