import pytest

from supplykg.extract.lang import get_language
from supplykg.extract.qualifiers import find_date, find_money, find_quantities

FR, EN = get_language("fr"), get_language("en")


@pytest.mark.parametrize("text, lang, date, expected", [
    ("commandé cette année", FR, "2024-09", "2024"),
    ("reçu l'année dernière", FR, "2024-09", "2023"),
    ("reçu en juillet", FR, "2024-09", "2024-07"),
    ("reçu en novembre", FR, "2024-09", "2023-11"),  # a past November seen from September
    ("commencé en mars dernier", FR, "2024-07-24", "2024-03"),
    ("interrompues en avril 2025", FR, "2025-08", "2025-04"),
    ("in the first three months of 2025", EN, "2025-04", "2025"),
    ("since 2022", EN, "2025-04", "2022"),
    ("last year", EN, "2024-09", "2023"),
    ("in July", EN, "2024-09", "2024-07"),
    ("nothing about time", EN, "2024-09", None),
    ("cette année", FR, None, None),  # relative dates need the article's date
])
def test_dates_resolve_against_the_article_date(text, lang, date, expected):
    assert find_date(text, 0, len(text), 0, lang, date) == expected


@pytest.mark.parametrize("text, lang, value, qualifier", [
    ("a commandé plus de 100 000 puces", FR, 100000, "more_than"),
    ("en a reçu moins de 30 000 en juillet", FR, 30000, "fewer_than"),
    ("environ 2 000 unités", FR, 2000, "about"),
    ("bought at least 50,000 chips", EN, 50000, "more_than"),
    ("all 100,000 chips", EN, 100000, "exact"),
    ("up to 1.5 million GPUs", EN, 1500000, "fewer_than"),
])
def test_quantities_and_their_hedges(text, lang, value, qualifier):
    got = find_quantities(text, 0, len(text), lang, [], [], loose=True)
    assert [(q.value, q.qualifier) for q in got] == [(value, qualifier)]


def test_years_percentages_and_money_are_not_quantities():
    text = "In 2024 sales rose 30% to US$16 billion."
    money = find_money(text, 0, len(text), EN)
    assert [(m.text, m.amount, m.currency) for m in money] == [("US$16 billion", 16e9, "USD")]
    assert find_quantities(text, 0, len(text), EN, [], money, loose=True) == []


def test_french_money_with_hedge():
    text = "des ventes d'au moins 16 milliards de dollars"
    (m,) = find_money(text, 0, len(text), FR)
    assert (m.amount, m.currency, m.qualifier) == (16e9, "USD", "more_than")
