"""Parsing sentences with the names the lexicon knows replaced by words the parser knows.

The small spaCy models parse news badly around names they have never seen: "Micron
supplies HBM3E to Nvidia" comes out with "HBM3E" as the verb, "Huawei Ascend 910B
chips" with "Ascend" as one. Before parsing, each company, source or product the
lexicon found is replaced by one placeholder word of the same part of speech (the
language's ``placeholders`` in ``cues.json``: a company's name, a product's name), so
"Micron supplies HBM3E to Nvidia" is parsed as "Boeing supplies Kepler to Boeing".
:class:`Parsed` keeps the map from the parsed text back to the article: every offset
and surface the later layers read is the article's own.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, MorphAnalysis

from supplykg.extract.mentions import COMPANY, PRODUCT, SOURCE, Mention

MASKED = (COMPANY, SOURCE, PRODUCT)
# what the layers read of a token; copying only these makes a sentence's Doc a third cheaper. The morphology
# is read too, but not copied: its copy costs as much as all these (spaCy looks each analysis up anew), and
# only a few tokens of a sentence are ever asked; a sentence's Doc keeps its analysis keys under
# _MORPH_KEYS instead, and ``feature`` reads them
_ATTRS = [ORTH, NORM, LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, SPACY]
_MORPH_KEYS = "supplykg_morph_keys"


_FEATURES: dict[tuple[int, str], list[str]] = {}  # (analysis key, field) -> its values; a few hundred analyses


def feature(t, field: str) -> list[str]:
    """``t.morph.get(field)`` ('VerbForm' -> ['Part']), also for the tokens of the sentence Docs that
    ArticleDoc.sub makes without their morphology (the analysis is the same: the article's Doc made it).
    Their answers are remembered by analysis (spaCy parses the analysis string anew at every call) and are
    not to be changed by the caller."""
    doc = getattr(t, "doc", None)  # a stand-in token (the engine's ``_Virtual``) has none
    keys = None if doc is None else doc.user_data.get(_MORPH_KEYS)
    if keys is None:
        return t.morph.get(field)
    key = (keys[t.i], field)
    values = _FEATURES.get(key)
    if values is None:
        values = _FEATURES[key] = MorphAnalysis.from_id(doc.vocab, keys[t.i]).get(field)
    return values


def plural(t) -> bool:
    """Whether a noun is plural, by its morphology (French) or its tag (English)."""
    return "Plur" in feature(t, "Number") or t.tag_ in ("NNS", "NNPS")


def is_possessive(tok) -> bool:
    """'its', 'Nvidia's', 'sa', 'leurs': a possessor by its dependency, or a determiner marked possessive."""
    return tok.dep_ in ("poss", "nmod:poss", "det:poss") or (tok.dep_ == "det" and "Yes" in feature(tok, "Poss"))


@dataclass
class Parsed:
    """One sentence: its spaCy ``doc`` (of the masked text) and the map back to the article."""

    doc: object
    start: int  # article offsets of the sentence
    end: int
    text: str  # the whole article text (normalised)
    segments: list[tuple[int, int, int, int, bool]]  # (masked start, masked end, article start, article end, name?)

    def __post_init__(self) -> None:
        self._starts = [seg[0] for seg in self.segments]
        self._bounds: list[tuple[int, int]] | None = None  # every token's article offsets, read once when first asked
        self.tokens = list(self.doc)  # made once: a Doc makes a new Token object at every step of an iteration
        self._children: list[list] | None = None  # every token's children, made when first asked

    def _seg(self, masked: int) -> tuple[int, int, int, int, bool]:
        i = max(0, bisect_right(self._starts, masked) - 1)
        return self.segments[i]

    def _span(self, idx: int, length: int) -> tuple[int, int]:
        """Article offsets of the token at masked offset ``idx`` (a placeholder stands for the whole name)."""
        ms, me, os_, oe, name = self._seg(idx)
        return (os_, oe) if name else (os_ + idx - ms, os_ + idx - ms + length)

    def pos(self, t) -> int:
        """Article offset where token ``t`` starts."""
        return self._token_span(t)[0]

    def end_pos(self, t) -> int:
        return self._token_span(t)[1]

    def _token_span(self, t) -> tuple[int, int]:
        """A token's article offsets, looked up in the sentence's table (the layers ask tens of thousands of times
        per corpus; mapping the offsets anew costs a search of the segments each time)."""
        if t.doc is not self.doc:
            return self._span(t.idx, len(t.text))
        return self.bounds()[t.i]

    def bounds(self) -> list[tuple[int, int]]:
        """Article offsets (start, end) of every token, read from arrays (iterating the Doc makes Token objects)
        once per sentence; not to be changed by the caller."""
        if self._bounds is None:
            self._bounds = [self._span(idx, length) for idx, length in self.doc.to_array([IDX, LENGTH]).tolist()]
        return self._bounds

    def children(self, t) -> list:
        """``t.children`` as a list, from a table made once per sentence (spaCy walks the sentence and makes new
        Token objects at every ask); not to be changed by the caller. A stand-in token has none."""
        if t.i < 0:
            return []
        if self._children is None:
            self._children = [[] for _ in self.tokens]
            for i, rel in enumerate(self.doc.to_array(HEAD).astype("int64").tolist()):
                if rel:
                    self._children[i + rel].append(self.tokens[i])
        return self._children[t.i]

    def surface(self, t) -> str:
        """The article's text for token ``t`` (the name itself where a placeholder stood)."""
        return self.text[self.pos(t):self.end_pos(t)]

    @classmethod
    def sentence_of(cls, whole: ArticleDoc, segments: list, start: int, end: int, text: str) -> Parsed:
        """One sentence (article offsets ``start``-``end``) of an article parsed whole: its own Doc and segment map."""
        a, b = to_masked(segments, start), to_masked(segments, end)
        starts, words = whole.starts, whole.words
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        while j > i and words[j - 1].isspace():  # the tokens spaCy calls spaces (without making Token objects)
            j -= 1
        while i < j and words[i].isspace():
            i += 1
        if i >= j:
            return cls(whole.doc[0:0].as_doc(), start, end, text, [(0, 0, start, start, False)])
        sub = whole.sub(i, j)
        seg_starts = whole.seg_starts
        base = starts[i]
        local = []
        k = max(0, bisect_right(seg_starts, base) - 1)
        for ms, me, os_, oe, name in segments[k:]:
            if ms >= b:
                break
            if me <= base:
                continue
            if name:
                local.append((ms - base, me - base, os_, oe, True))
            else:
                lo, hi = max(ms, base), min(me, b)
                local.append((lo - base, hi - base, os_ + (lo - ms), os_ + (hi - ms), False))
        return cls(sub, start, end, text, local or [(0, 0, start, start, False)])

    @property
    def sentence(self) -> str:
        return self.text[self.start:self.end]

    def char_offset(self, masked: int) -> int:
        """Article offset of a character offset in the masked text."""
        ms, me, os_, oe, name = self._seg(masked)
        if name:
            return os_
        return os_ + (masked - ms)


class ArticleDoc:
    """An article's parsed Doc, cut into one Doc per sentence cheaply: the token attributes are read out once
    and each sentence's Doc is made from its rows (spaCy's ``Span.as_doc`` also copies word vectors, which
    nothing here reads, and costs eight times as much)."""

    def __init__(self, doc, segments: list, text: str | None = None) -> None:
        self.doc = doc
        offsets = doc.to_array([IDX, LENGTH])  # read as arrays: iterating a Doc makes a Token object per step
        self.starts = offsets[:, 0].tolist()
        self.seg_starts = [seg[0] for seg in segments]
        self.array = doc.to_array(_ATTRS)
        self.morph_keys = doc.to_array(MORPH).tolist()
        text = doc.text if text is None else text  # Doc.text joins every token's text anew
        self.words = [text[a:a + n] for a, n in offsets.tolist()]
        self.spaces = self.array[:, _ATTRS.index(SPACY)].astype(bool).tolist()
        # each token's head by its place in the article, for sub's test of heads across a sentence start
        self.heads = (self.array[:, _ATTRS.index(HEAD)].astype("int64") + numpy.arange(len(doc))).tolist()

    def sub(self, i: int, j: int) -> Doc:
        rows = self.array[i:j].copy()
        col = _ATTRS.index
        rows[0, col(SENT_START)] = 1
        if rows[0, col(ENT_IOB)] == 1:  # an entity the sentence start cuts: it begins here
            rows[0, col(ENT_IOB)] = 3
        heads = self.heads[i:j]
        if min(heads) < i or max(heads) >= j:  # a head across the sentence start (never, with our sentence starts)
            rows[[k for k, h in enumerate(heads) if not i <= h < j], col(HEAD)] = 0
        sub = Doc(self.doc.vocab, words=self.words[i:j], spaces=self.spaces[i:j])
        sub.user_data[_MORPH_KEYS] = self.morph_keys[i:j]
        return sub.from_array(_ATTRS, rows)


def mark_sentences(doc: Doc, starts: list[int]) -> None:
    """Make the tokens that begin at the character offsets ``starts`` (and the first token) begin sentences,
    and no other: the parser keeps these boundaries. Done on arrays, as setting ``is_sent_start`` token by
    token costs a tenth of the parse."""
    if not len(doc):
        return
    idx = doc.to_array([IDX]).reshape(-1)
    marks = numpy.where(numpy.isin(idx, numpy.asarray(starts, dtype=idx.dtype)), 1, -1).astype("int64").view("uint64")
    marks[0] = 1
    doc.from_array([SENT_START], marks.reshape(-1, 1))


def to_masked(segments: list, pos: int) -> int:
    """The masked-text offset of article offset ``pos`` (a name's start or end maps to its placeholder's)."""
    for ms, me, os_, oe, name in segments:
        if os_ <= pos < oe or (pos == oe and name):
            return ms if name and pos < oe else (me if name else ms + (pos - os_))
    return segments[-1][1] if segments else 0


def mask(text: str, start: int, end: int, hits: list[Mention], placeholders: dict[str, str],
         rewrites: dict[str, str] | None = None, drops: list[tuple[int, int]] = ()) -> tuple[str, list]:
    """The sentence ``text[start:end]`` with lexicon names replaced, and its segment map. ``rewrites`` are words
    the tokenizer mishandles, given as one word each ('start-up' -> 'startup'); ``drops`` are spans the parser
    is better without ('According to a Taipei daily, '), kept in the map as empty placeholders."""
    parts: list[str] = []
    segments: list[tuple[int, int, int, int, bool]] = []
    pos = start
    m_pos = 0
    spans = [(h.start, h.end, placeholders[PRODUCT if h.kind == PRODUCT else COMPANY])
             for h in hits if start <= h.start and h.end <= end and h.kind in MASKED]
    spans += [(a, b, "") for a, b in drops if start <= a and b <= end]
    for surface, word in (rewrites or {}).items():
        i = text.find(surface, start, end)
        while i >= 0:
            spans.append((i, i + len(surface), word))
            i = text.find(surface, i + len(surface), end)
    for a, b, word in sorted(spans, key=lambda x: (x[0], -x[1])):  # at one start, the longer span
        if a < pos:
            continue
        if a > pos:
            chunk = text[pos:a]
            parts.append(chunk)
            segments.append((m_pos, m_pos + len(chunk), pos, a, False))
            m_pos += len(chunk)
        parts.append(word)
        segments.append((m_pos, m_pos + len(word), a, b, True))
        m_pos += len(word)
        pos = b
    if pos < end:
        chunk = text[pos:end]
        parts.append(chunk)
        segments.append((m_pos, m_pos + len(chunk), pos, end, False))
    if not segments:
        segments.append((0, 0, start, start, False))
    return "".join(parts), segments
