"""How the extraction tests compare a fact's object with the one they expect."""
from __future__ import annotations


_GENERIC = {"chip", "gpu", "processor", "accelerator", "tool", "equipment", "machine", "system", "wafer", "memory",
            "module", "ai", "lithography", "scanner", "series"}


def same_object(got: str, want: str) -> bool:
    """Objects compare as the shared scorer compares products: case, plurals and head nouns such as 'chips',
    'tool' or 'lithography machine' aside, the wanted words end the name found ('DUV' ~ 'DUV lithography machine',
    'XE9680' ~ 'PowerEdge XE9680')."""
    g = [w.rstrip("s") for w in got.casefold().split() if w.rstrip("s") not in _GENERIC] or got.casefold().split()
    w = [x.rstrip("s") for x in want.casefold().split() if x.rstrip("s") not in _GENERIC] or want.casefold().split()
    return g == w or g[-len(w):] == w or w[-len(g):] == g
