import pytest

from supplykg.extract.lexicon import get_lexicon, strip_suffixes
from supplykg.extract.mentions import find_mentions
from supplykg.extract.pipeline import load_pipeline


@pytest.fixture(scope="module")
def mentions():
    nlp = load_pipeline("en")
    lex = get_lexicon()

    def run(text):
        doc = nlp(text)
        return [(m.name, m.kind) for m in find_mentions(text, 0, len(text), doc, lex)]

    return run


def test_aliases_and_legal_suffixes_resolve_to_one_name(mentions):
    got = mentions("Hon Hai Precision Industry Co. and Taiwan Semiconductor Manufacturing Co. met Samsung Electronics.")
    assert ("Foxconn", "Company") in got and ("TSMC", "Company") in got and ("Samsung", "Company") in got


def test_typo_of_a_known_company_is_caught():
    lex = get_lexicon()
    assert lex.company_fuzzy("Nvdia Corp.") == "Nvidia"
    assert lex.company_fuzzy("Intel") is None  # exact names are not 'typos'


def test_unknown_company_by_suffix_and_shape(mentions):
    got = mentions("Zephyrix Semiconductor Inc. signed a deal with qLattice.")
    names = [n for n, k in got if k == "Company"]
    assert "Zephyrix" in names or "Zephyrix Semiconductor" in names
    assert "qLattice" in names


def test_product_shapes_with_and_without_family(mentions):
    got = mentions("It compared the Ascend 910B, the MI300X, HBM3E stacks, the Core Ultra 9 285K and GB200 NVL 72 racks.")
    products = [n for n, k in got if k == "Product"]
    assert products == ["Ascend 910B", "MI300X", "HBM3E", "Core Ultra 9 285K", "GB200 NVL72"]


def test_numbers_half_years_and_money_are_not_products(mentions):
    got = mentions("In H2 2024 it paid US$16 billion after COVID-19.")
    assert [n for n, k in got if k == "Product"] == []


def test_press_is_never_a_company(mentions):
    got = mentions("Reuters and The Information reported that Bloomberg was wrong.")
    assert [n for n, k in got if k == "Company"] == []


def test_strip_suffixes_never_empties_a_name():
    assert strip_suffixes("Ingrasys Technology Inc.") == "Ingrasys"
    assert strip_suffixes("Group") == "Group"
