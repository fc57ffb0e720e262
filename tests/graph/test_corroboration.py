"""Corroboration read from claim records: independent sources, dates, statuses and each kind of conflict.

Pure functions, no store: every record here is written for the test.
"""
from __future__ import annotations

import pytest

from supplykg.graph.corroboration import (ClaimRecord, conflicts, corroborate, corroborate_all, earliest, latest,
                                          quantities_agree, same_text, source_groups)
from supplykg.graph.sources import dateline_wire, publication, story_origin

S, O, P = "urn:s", "urn:o", "urn:p"
KEY = (S, "supplies", O, None)


def rec(claim: str, article: str, **kw) -> ClaimRecord:
    kw.setdefault("subject", S)
    kw.setdefault("relation", "supplies")
    kw.setdefault("object", O)
    return ClaimRecord(claim=claim, article=article, **kw)


# --- where a story comes from ------------------------------------------------------------------

@pytest.mark.parametrize("source, text, origin", [
    ("https://example.org/x (The Daily Chip, Reuters)", "", "Reuters"),
    ("https://example.org/x (Markets Now, via Tech Digest)", "", "Markets Now"),
    ("https://example.org/x (Bloomberg, via Markets Now)", "", "Bloomberg"),
    ("https://example.org/x (Silicon Ledger)", "", "Silicon Ledger"),
    ("https://www.example.org/news/1", "", "example.org"),
    ("Invented Wire", "", "Invented Wire"),
    ("https://example.org/x (Le Journal)", "Lyon (awp/afp) - Le fondeur a signé un contrat.", "awp/afp"),
    ("https://example.org/x (Island Daily)", "Taipei, Oct. 8 (CNA) The assembler said on Tuesday …", "CNA"),
    (None, "2024-09 (Reuters) – The company said …", "Reuters"),
    (None, "Dell and Supermicro (SMC) will deliver the racks.", None),
    (None, None, None),
])
def test_story_origin(source, text, origin):
    assert story_origin(source, text) == origin


def test_publication_is_the_outlet_not_the_wire():
    assert publication("https://example.org/x (The Daily Chip, Reuters)") == "The Daily Chip"
    assert publication("https://example.org/x (Bloomberg, via Markets Now)") == "Markets Now"
    assert publication("https://www.example.org/a") == "example.org"
    assert dateline_wire("Nothing in brackets here.") is None


# --- independent sources -----------------------------------------------------------------------

def test_a_wire_story_and_its_republication_count_once():
    records = [rec("c1", "a1", origin="Reuters", evidence="Norvik supplies Helion, sources said."),
               rec("c2", "a2", origin="reuters", evidence="Norvik is a supplier of Helion."),
               rec("c3", "a3", origin="Silicon Ledger", evidence="Helion buys its memory from Norvik.")]
    groups = source_groups(records)
    assert groups == {"a1": 0, "a2": 0, "a3": 1}
    c = corroborate(KEY, records)
    assert (c.articles, c.sources) == (3, 2)
    assert c.origins == ("Reuters", "Silicon Ledger")


def test_the_same_sentence_under_two_mastheads_is_one_source():
    sentence = "Norvik Semiconductor has started shipping HBM3E stacks to Helion Devices for its accelerators."
    records = [rec("c1", "a1", origin="Paper One", evidence=sentence),
               rec("c2", "a2", origin="Paper Two", evidence=sentence.replace("has started", "started")),
               rec("c3", "a3", origin=None, evidence="Helion Devices buys from Norvik."),
               rec("c4", "a4", origin=None, evidence="Norvik ships to Helion.")]
    c = corroborate(KEY, records)
    assert (c.articles, c.sources) == (4, 3)  # two unnamed sources stay two
    assert c.origins == ("", "", "Paper One")


def test_same_text_needs_enough_words():
    assert same_text("A supplies B.", "a supplies b")
    assert not same_text("Norvik supplies Helion.", "Norvik supplies Kestrel.")


# --- dates and statuses ------------------------------------------------------------------------

def test_first_and_last_seen_are_publication_dates():
    records = [rec("c1", "a1", article_date="2024-07-24", date="2027"),
               rec("c2", "a2", article_date="2024"),
               rec("c3", "a3", article_date="2024-09", status="rumoured"),
               rec("c4", "a4", article_date=None, status="planned")]
    c = corroborate(KEY, records)
    assert (c.first_seen, c.last_seen) == ("2024", "2024")  # the year 2024 spans all of 2024
    assert c.statuses == ("asserted", "planned", "rumoured")
    assert earliest(["2024-07-24", "2024-07", "bad", None]) == "2024-07"
    assert latest(["2024-07-24", "2024-07"]) == "2024-07"
    assert latest([]) is None


# --- conflicts ---------------------------------------------------------------------------------

def test_denial_by_another_article_is_a_conflict():
    records = [rec("c1", "a1", status="asserted"), rec("c2", "a2", status="rumoured"),
               rec("c3", "a3", status="denied")]
    (conflict,) = conflicts(records)
    assert conflict.kind == "denial"
    assert conflict.sides == (("affirmed", ("c1", "c2")), ("denied", ("c3",)))
    assert conflict.note == "affirmed by 2 articles, denied by 1 article"


def test_a_denial_alone_or_in_the_same_article_is_no_conflict():
    assert conflicts([rec("c1", "a1", status="denied"), rec("c2", "a2", status="denied")]) == ()
    assert conflicts([rec("c1", "a1", status="asserted"), rec("c2", "a1", status="denied")]) == ()


def order(claim: str, article: str, q: int | None, qualifier: str | None = None, date: str | None = None,
          **kw) -> ClaimRecord:
    return rec(claim, article, relation="ordered", object=P, quantity=q, qualifier=qualifier, date=date, **kw)


@pytest.mark.parametrize("a, b, agree", [
    ((100_000, "exact"), (100_400, None), True),  # a rounded figure
    ((100_000, "exact"), (30_000, "exact"), False),
    ((100_000, "more_than"), (150_000, "exact"), True),
    ((100_000, "more_than"), (30_000, "fewer_than"), False),
    ((100_000, "about"), (90_000, "exact"), True),
    ((100_000, "about"), (70_000, "exact"), False),
    ((30_000, "fewer_than"), (20_000, "about"), True),
])
def test_quantities_agree_within_their_hedges(a, b, agree):
    assert quantities_agree(order("x", "a", *a), order("y", "b", *b)) is agree
    assert quantities_agree(order("y", "b", *b), order("x", "a", *a)) is agree


def test_one_order_two_figures_is_a_quantity_conflict():
    records = [order("c1", "a1", 100_000, "exact", "2024"), order("c2", "a2", 30_000, "exact", "2024-03"),
               order("c3", "a3", 101_000, None, None)]
    (conflict,) = conflicts(records)
    assert conflict.kind == "quantity"
    assert conflict.sides == (("100,000", ("c1",)), ("101,000", ("c3",)), ("30,000", ("c2",)))


def test_one_order_two_dates_is_a_date_conflict_and_two_orders_are_none():
    same_figure = [order("c1", "a1", 50_000, "about", "2024-03"), order("c2", "a2", 52_000, "exact", "2024-11")]
    assert [c.kind for c in conflicts(same_figure)] == ["date"]
    two_orders = [order("c1", "a1", 50_000, "exact", "2023"), order("c2", "a2", 200_000, "exact", "2025")]
    assert conflicts(two_orders) == ()
    no_figures = [order("c1", "a1", None, None, "2023"), order("c2", "a2", None, None, "2025")]
    assert conflicts(no_figures) == ()


def test_a_plan_past_its_date_never_reported_done_is_overdue():
    plan = rec("c1", "a1", status="planned", date="2025-03", article_date="2024-10")
    (conflict,) = conflicts([plan], as_of="2025-06")
    assert conflict.kind == "overdue"
    assert conflict.note == "planned for 2025-03; no article up to 2025-06 reports it done"
    assert conflicts([plan], as_of="2025-03-20") == ()  # not past yet
    assert conflicts([plan], as_of=None) == ()
    done = rec("c2", "a2", status="asserted", article_date="2025-04")
    assert conflicts([plan, done], as_of="2025-06") == ()
    before = rec("c3", "a3", status="asserted", article_date="2023-01")  # an older report is not the plan done
    assert [c.kind for c in conflicts([plan, before], as_of="2025-06")] == ["overdue"]


def test_corroborate_all_is_deterministic_and_keyed_by_product():
    records = [rec("c2", "a2", product="urn:h20"), rec("c1", "a1"), rec("c3", "a1", product="urn:h20")]
    first = list(corroborate_all(records))
    assert [c.key for c in first] == [KEY, (S, "supplies", O, "urn:h20")]
    assert [c.claims for c in first] == [("c1",), ("c2", "c3")]
    assert first == list(corroborate_all(list(reversed(records))))
    assert not any(c.conflict for c in first)


def test_a_denial_without_product_denies_every_product_and_not_the_other_way():
    h20 = [rec("c1", "a1", product="urn:h20"), rec("c2", "a2", product="urn:h20")]
    general_denial = rec("c3", "a3", status="denied")
    h20_denial = rec("c4", "a4", status="denied", product="urn:h20")
    other = rec("c5", "a5", product="urn:hbm")
    records = h20 + [general_denial, h20_denial, other]
    by_key = {c.key[3]: c for c in corroborate_all(records)}
    assert by_key["urn:h20"].conflict_kinds == ("denial",)
    (denial,) = by_key["urn:h20"].conflicts
    assert denial.sides == (("affirmed", ("c1", "c2")), ("denied", ("c3", "c4")))
    (general,) = by_key[None].conflicts  # H20 and HBM claims affirm the fact without a product
    assert general.sides == (("affirmed", ("c1", "c2", "c5")), ("denied", ("c3",)))
    assert by_key["urn:hbm"].conflicts[0].sides == (("affirmed", ("c5",)), ("denied", ("c3",)))
    assert by_key["urn:h20"].claims == ("c1", "c2", "c4")  # counts stay per product
    assert not any(c.conflict for c in corroborate_all([h20_denial, other]))  # denying H20 is not denying HBM


def test_one_denial_of_a_statement_is_one_conflict_where_several_facts_share_it():
    from supplykg.graph.corroboration import widest

    records = [rec("c1", "a1", product="urn:vx300"), rec("c2", "a2", status="denied")]
    found = [c for key in (None, "urn:vx300") for c in
             conflicts([r for r in records if r.product == key], None, records)]
    assert len(found) == 2 and found[0].sides == found[1].sides  # the fact with and without the product
    assert widest(found) == (found[0],)
    wider = conflicts([rec("c3", "a3"), records[1]], None, records)  # a third article affirms without product
    assert widest([found[1], *wider]) == wider


def test_one_article_is_one_source_and_one_claim_disagrees_only_with_a_sibling_or_the_calendar():
    """The short cuts for links of one article or one claim (most links of a large graph) answer as the
    full reading does."""
    assert source_groups([rec("c2", "a1", evidence="One sentence."), rec("c1", "a1", origin="Reuters")]) == {"a1": 0}
    one = rec("c1", "a1", product=P)
    assert conflicts([one]) == ()
    denial = rec("c2", "a2", status="denied")  # naming no product, it denies every product's fact
    assert [c.kind for c in conflicts([one], siblings=[one, denial])] == ["denial"]
