"""The reader: headers, inline dates, HTML, JSON Lines, folders, decoding, dates."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from foundation import EN_ARTICLE, FR_ARTICLE, write

from supplykg.extract.model import Article, Skip
from supplykg.extract.reader import count_records, decode, html_to_text, normalize_date, read_paths, split_header

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_547f356ac4fc7056.txt"


def read_one(path: Path) -> Article:
    items = list(read_paths([path]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_header_block_is_parsed_and_removed_from_the_text(tmp_path: Path) -> None:
    a = read_one(write(tmp_path, "001_fr.txt", FR_ARTICLE))
    assert (a.id, a.date, a.source, a.lang, a.path) == ("001_fr.txt", "2024-03-12", "Exemple Presse", "fr",
                                                       str(tmp_path / "001_fr.txt"))
    assert a.text == FR_ARTICLE.split("\n\n", 1)[1]
    assert a.text.startswith("Selon le rapport annuel")


def test_title_url_and_source_url(tmp_path: Path) -> None:
    text = ("title: Gamma and Delta\nsource: https://example.org/news/1 (Example Wire)\ndate: unknown\n\n"
            + EN_ARTICLE.split("\n\n", 1)[1])
    a = read_one(write(tmp_path, "a.txt", text))
    assert a.title == "Gamma and Delta"
    assert a.url == "https://example.org/news/1"
    assert a.source == "https://example.org/news/1 (Example Wire)"
    assert a.date is None and a.lang == "en"


def test_text_starting_with_a_colon_line_but_no_blank_line_is_prose() -> None:
    header, body = split_header("Source: the company said it would ship.\nMore text.")
    assert header == {} and body.startswith("Source:")


def test_inline_wire_date_keeps_the_line(tmp_path: Path) -> None:
    body = (" date 2023-05 (AFP) – La société Alpha Semi fournit Beta Cloud depuis longtemps, selon "
            "plusieurs sources proches du dossier.\n")
    a = read_one(write(tmp_path, "wire.txt", body))
    assert (a.date, a.source, a.lang) == ("2023-05", "AFP", "fr")
    assert a.text == body


def test_seed_article() -> None:
    a = read_one(SEED)
    assert (a.id, a.date, a.lang) == ("000_547f356ac4fc7056.txt", "2024-09", "fr")
    assert a.text.startswith(" date 2024-09 (Reuters) – La société mère chinoise de TikTok")
    assert a.text == SEED.read_text(encoding="utf-8")


def test_markdown_front_matter(tmp_path: Path) -> None:
    md = "---\ntitle: \"Note\"\ndate: 2022-02-02\n---\n\n# Gamma\n\n" + EN_ARTICLE.split("\n\n", 1)[1]
    a = read_one(write(tmp_path, "note.md", md))
    assert (a.title, a.date, a.lang) == ("Note", "2022-02-02", "en")
    assert a.text.startswith("# Gamma")


def test_crlf_is_normalised(tmp_path: Path) -> None:
    a = read_one(write(tmp_path, "crlf.txt", FR_ARTICLE.replace("\n", "\r\n").encode("utf-8")))
    assert "\r" not in a.text and a.date == "2024-03-12"


def test_html_text_title_date_and_dropped_script(tmp_path: Path) -> None:
    page = """<!doctype html><html lang="en"><head><title>Gamma &amp; Delta</title>
    <meta property="article:published_time" content="2024-06-30T08:00:00Z">
    <meta property="og:site_name" content="Example Wire">
    <link rel="canonical" href="https://example.org/gd">
    <style>p { color: red }</style><script>var secret = "do not read";</script></head>
    <body><nav><script>track()</script></nav><h1>Gamma and Delta</h1>
    <p>Gamma Foundry supplies Delta Devices with wafers for its new accelerator,
       the companies said.</p><p>Delta Devices plans to expand the partnership next year.</p></body></html>"""
    a = read_one(write(tmp_path, "page.html", page))
    assert a.text == ("Gamma and Delta\n\nGamma Foundry supplies Delta Devices with wafers for its new accelerator, "
                      "the companies said.\n\nDelta Devices plans to expand the partnership next year.")
    assert (a.title, a.date, a.source, a.url, a.lang) == ("Gamma & Delta", "2024-06-30", "Example Wire",
                                                          "https://example.org/gd", "en")


def test_html_time_element_gives_the_date() -> None:
    page = html_to_text("<body><time datetime='2021-04-05'>5 April</time><p>Text here.</p></body>")
    assert page.date == "2021-04-05" and page.text == "5 April\n\nText here."


def test_jsonl_ids_dates_and_lang(tmp_path: Path) -> None:
    body_en = EN_ARTICLE.split("\n\n", 1)[1]
    lines = [
        json.dumps({"id": "art-1", "text": body_en, "date": "2024-07-15T10:00:00", "source": "Wire"}),
        "",
        json.dumps({"url": "https://example.org/2", "text": body_en + " Second.", "title": "Two", "lang": "en"}),
        json.dumps({"text": FR_ARTICLE.split("\n\n", 1)[1], "date": "juillet 2024"}),
    ]
    items = list(read_paths([write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")]))
    assert [a.id for a in items] == ["art-1", "https://example.org/2", "feed.jsonl:4"]
    assert [a.date for a in items] == ["2024-07-15", None, "2024-07"]
    assert [a.lang for a in items] == ["en", "en", "fr"]
    assert items[1].url == "https://example.org/2" and items[1].title == "Two"


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path, "b/2.txt", EN_ARTICLE)
    write(tmp_path, "b/1.md", FR_ARTICLE)
    write(tmp_path, "a.txt", FR_ARTICLE.replace("deux", "trois"))
    write(tmp_path, "README.md", "# About these articles\n\nThey were written for tests.\n")
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden/x.txt", EN_ARTICLE)
    with caplog.at_level(logging.INFO, logger="supplykg"):
        items = list(read_paths([tmp_path]))
    assert [a.id for a in items] == ["a.txt", "1.md", "2.txt"]
    assert "unsupported extension '.pdf'" in caplog.text
    assert "README.md: documentation" in caplog.text
    assert count_records([tmp_path]) == 3


def test_folder_symlink_loops_are_read_once(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write(news, "a.txt", EN_ARTICLE)
    write(news / "sub", "b.txt", FR_ARTICLE)
    (news / "sub" / "self").symlink_to("..", target_is_directory=True)  # news/sub/self -> news
    assert [Path(a.path).relative_to(news).as_posix() for a in read_paths([news])] == ["a.txt", "sub/b.txt"]
    assert count_records([news]) == 2


def test_two_ways_into_one_folder_are_read_once(tmp_path: Path) -> None:
    write(tmp_path / "real", "b.txt", FR_ARTICLE)
    (tmp_path / "zlink").symlink_to("real", target_is_directory=True)
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in read_paths([tmp_path])] == ["real/b.txt"]


def test_a_file_of_digits_has_no_words_to_read(tmp_path: Path) -> None:
    """Not a language problem: asking to translate 2024 / 100 000 would send the user the wrong way."""
    digits = write(tmp_path, "figures.txt", "2024\n100 000 / 30 000 — 42 %\n")
    jsonl = write(tmp_path, "figures.jsonl", json.dumps({"text": "2024 100 000", "lang": "fr"}) + "\n")
    reason = "no words to read (only digits, punctuation or symbols); add the article text or remove the file"
    assert [(s.path, s.reason) for s in read_paths([digits, jsonl])] == [
        (str(digits), reason), (f"{jsonl}:1", reason)]


def test_readme_named_explicitly_is_read(tmp_path: Path) -> None:
    a = read_one(write(tmp_path, "README.md", EN_ARTICLE))
    assert a.id == "README.md"


def test_windows_1252_fallback(tmp_path: Path) -> None:
    text = FR_ARTICLE.replace("conférence", "conférence à Orléans")
    a = read_one(write(tmp_path, "latin.txt", text.encode("cp1252")))
    assert "Orléans" in a.text and a.lang == "fr"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks(tmp_path: Path, codec: str) -> None:
    a = read_one(write(tmp_path, f"{codec}.txt", FR_ARTICLE.encode(codec)))
    assert a.date == "2024-03-12" and a.text.startswith("Selon")


def test_decode_reports_offset_of_bad_byte() -> None:
    text, reason = decode(b"abc \x81\x8d\x90 def")
    assert text is None and reason is not None and reason.startswith("undecodable bytes at offset 4")


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024", "2024"), ("2024-9", "2024-09"), ("2024-09-03", "2024-09-03"), ("2024/09/03", "2024-09-03"),
    ("2024-09-03T10:00:00+02:00", "2024-09-03"), ("03/09/2024", "2024-09-03"), ("3 septembre 2024", "2024-09-03"),
    ("September 3, 2024", "2024-09-03"), ("Sept. 2024", "2024-09"), ("août 2023", "2023-08"),
    ("2024-02-30", "2024-02"), ("2024-13", None), ("unknown", None), ("", None), (None, None), ("soon", None),
    (2024, "2024"),
])
def test_normalize_date(raw: object, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_skip_str_names_the_file() -> None:
    assert str(Skip("x.txt", "empty file")) == "x.txt: empty file"
