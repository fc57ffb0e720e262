"""Turning filled roles into facts: qualifiers, status, denials, and one fact per article."""
from __future__ import annotations

from dataclasses import replace

from supplykg.extract.lexicon import fold
from supplykg.extract.model import Fact
from supplykg.extract.qualifiers import (
    find_date,
    find_money,
    find_quantities,
    find_status,
)
from supplykg.extract.rules.state import NAME, STATUS_RANK, ArticleState, Sentence


class Facts:
    """A mixin of :class:`~supplykg.extract.rules.RuleExtractor` (see the module docstring)."""

    def _emit(self, st: ArticleState, sent: Sentence, text: str, relation: str, subj: str, subj_type: str,
              obj: str, obj_type: str, conf: float, status: str = "asserted", **kw) -> None:
        if not subj or not obj or fold(subj) == fold(obj):
            return
        if relation in ("ordered", "delivered") and not kw.get("date") and st.article.date:
            kw["date"] = st.article.date[:4]  # an order or delivery told without a date happened around publication
        if relation == "manufactures" and status != "denied":
            st.makers.setdefault(obj, subj)
        if relation == "restricts_export":
            st.last_gov = subj
        if relation in ("supplies", "delivered"):
            st.counterparty[subj] = obj
            st.counterparty[obj] = subj
        fact = Fact(article=st.article.id, subject=subj, subject_type=subj_type, relation=relation, object=obj,
                    object_type=obj_type, evidence=st.article.text[sent.start:sent.end], start=sent.start,
                    end=sent.end, status=status, confidence=conf, extractor=NAME, lang=self.lang, **kw)
        st.facts.append(fact)

    def _qualify(self, st, text, sent, t, clause, products, loose=False):
        pos = sent.start + t.idx
        money = find_money(text, clause.start, clause.end, self.data)
        qty = find_quantities(text, clause.start, clause.end, self.data,
                              [(p.start, p.end) for p in products], money, loose=loose,
                              names=[(m.start, m.end) for m in sent.mentions])
        status = self._lemma_status(sent, clause, t, find_status(text[clause.start:clause.end], t, self.data))
        past = status != "planned" and not any("Fut" in x.morph.get("Tense") for x in [t, *t.children])
        date = find_date(text, clause.start, clause.end, pos, self.data, st.article.date, past=past) or \
            find_date(text, sent.start, sent.end, pos, self.data, st.article.date, past=past)
        out = {"date": date}
        if qty:  # the count nearest to the product ('a cluster of 24,000 H100 GPUs')
            anchor = products[0].start if products else pos
            best = min(qty, key=lambda q: abs(anchor - q.end))
            out.update(quantity=best.value, quantity_qualifier=best.qualifier)
        if money:
            out.update(value=money[0].text, value_amount=money[0].amount, currency=money[0].currency,
                       value_qualifier=money[0].qualifier)
        return out, status

    def _lemma_status(self, sent, clause, t, status):
        if status != "asserted":
            return status
        planned = {c for c in self.data.cue("planned") if " " not in c}
        for tok in sent.tokens_between(clause.start, sent.start + t.idx + len(t.text)):
            if (tok.lemma_.casefold() in planned or tok.lower_ in planned) and tok.i != t.i \
                    and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                return "planned"
        return status

    def _on_deny(self, st, text, sent, t):
        pos = sent.start + t.idx
        rest = text[pos:min(sent.end, pos + 60)].casefold()
        if not any(o in rest for o in self.data.cue("denial_objects")):
            return
        st.pending_denial = True

    def _denials(self, st, text, sent):
        if not st.pending_denial:
            return
        st.pending_denial = False
        recent = [i for idx in st.sentence_facts[-2:] for i in idx]
        for i in recent:
            f = st.facts[i]
            if f.status == "rumoured" and f.relation in ("supplies", "ordered", "delivered"):
                st.facts[i] = replace(f, status="denied")

    # focus -------------------------------------------------------------------


def merge(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, product) and article, keeping the best evidence."""
    out: dict[tuple, Fact] = {}
    for f in facts:
        key = (fold(f.subject), f.relation, fold(f.object),
               fold(f.product or "") if f.relation in ("supplies", "delivered") else "")
        old = out.get(key)
        if old is None:
            out[key] = f
            continue
        best = old if STATUS_RANK[old.status] >= STATUS_RANK[f.status] else f
        other = f if best is old else old
        fill = {k: getattr(other, k) for k in ("quantity", "quantity_qualifier", "date", "supplier", "value",
                                               "value_amount", "currency", "value_qualifier")
                if getattr(best, k) is None and getattr(other, k) is not None}
        if "quantity" in fill and "quantity_qualifier" not in fill:
            fill.pop("quantity")
        out[key] = replace(best, confidence=max(best.confidence, other.confidence), **fill)
    # a supplies fact without product is implied by one with a product: keep the product-bearing one only
    keyed = {(fold(f.subject), f.relation, fold(f.object)) for f in out.values() if f.product and f.relation == "supplies"}
    return [f for f in out.values()
            if not (f.relation == "supplies" and not f.product and (fold(f.subject), "supplies", fold(f.object)) in keyed)]
