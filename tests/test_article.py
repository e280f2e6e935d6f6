"""Reading articles: header blocks, encodings, HTML pages and JSON Lines."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from timeline.article import parse_date, read_articles, split_header
from timeline.errors import BadDate, InputError, MissingPublicationDate
from timeline.textio import decode_text


def test_header_block_is_read_and_removed() -> None:
    header, body = split_header(
        "Title: Talks resume\nPublished: April 15, 2021\nSource: Wire\nURL: https://x.org/a\n\n"
        "Body text."
    )
    assert header == {
        "title": "Talks resume",
        "published": "April 15, 2021",
        "source": "Wire",
        "url": "https://x.org/a",
    }
    assert body == "Body text."


def test_text_without_header_is_left_alone() -> None:
    assert split_header("Washington: a city of monuments.\n\nMore.") == (
        {},
        "Washington: a city of monuments.\n\nMore.",
    )


def test_written_publication_date_in_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Published: April 15, 2021\n\nThey met on Tuesday.", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.published == date(2021, 4, 15)
    assert article.text == "They met on Tuesday."
    assert article.source == str(path)


def test_published_option_wins_over_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Published: 2021-04-15\n\nThey met on Tuesday.", encoding="utf-8")
    [article] = read_articles([str(path)], published=date(2020, 1, 2))
    assert article.published == date(2020, 1, 2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-04-15", date(2021, 4, 15)),
        ("2021-04-15T23:30:00-04:00", date(2021, 4, 15)),
        ("2021-04-15T03:00:00Z", date(2021, 4, 15)),
        ("2021-04-15 09:30", date(2021, 4, 15)),
    ],
)
def test_parse_iso_dates(value: str, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2021-13-01", "15/04/2021", ""])
def test_parse_date_refuses_non_iso(value: str) -> None:
    with pytest.raises(BadDate):
        parse_date(value)


def test_decodes_utf8_with_bom_and_utf16() -> None:
    assert decode_text(codecs.BOM_UTF8 + "Café".encode(), "f") == "Café"
    assert decode_text("Café à Genève".encode("utf-16"), "f") == "Café à Genève"


def test_decodes_legacy_encoding() -> None:
    text = "Le ministre a déclaré mardi que la réunion était reportée à l'été prochain."
    assert decode_text(text.encode("cp1252"), "f") == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "f is empty; give a file that contains an article"),
        (b" \n\t\n", "f is empty; give a file that contains an article"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "f is a binary file, not text; give a .txt, .html or .jsonl article",
        ),
    ],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode_text(data, "f")
    assert str(info.value) == message


def test_html_page_gives_text_title_url_and_date(fixtures: Path) -> None:
    [article] = read_articles([str(fixtures / "article.html")])
    assert article.title == "EU and Ukraine sign trade pact"
    assert article.published == date(2022, 6, 10)
    assert article.url == "https://news.example.org/world/eu-ukraine-trade-pact"
    assert article.publisher == "World News Daily"
    assert "signed a trade agreement on Thursday" in article.text
    assert "Subscribe" not in article.text and "Cookie" not in article.text


def test_html_page_without_date_metadata_needs_published(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Talks</title></head><body><article><p>Diplomats met in Geneva on "
        "Tuesday and agreed on 3 March 2020 to meet again next month, officials said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(MissingPublicationDate):
        read_articles([str(path)])
    [article] = read_articles([str(path)], published=date(2020, 3, 5))
    assert article.published == date(2020, 3, 5)


def test_jsonl_articles(fixtures: Path) -> None:
    path = str(fixtures / "articles.jsonl")
    first, second = read_articles([path])
    assert (first.article_id, first.title, first.url) == (
        "geneva-talks",
        "Talks resume in Geneva",
        "https://news.example.org/geneva",
    )
    assert first.published == date(2022, 3, 4)
    assert (second.article_id, second.published, second.line) == (
        "articles-2",
        date(2022, 3, 5),
        2,
    )
    assert second.source == path


def test_jsonl_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"text": "Talks on Tuesday.", "published": "2021-04-15"}\n'
        "{broken\n"
        '["a list"]\n'
        '{"published": "2021-04-15"}\n'
        '{"text": "No date here on Monday."}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        read_articles([str(path)])
    assert str(info.value).startswith(f"{path} line 2 is not valid JSON")
    skipped: list[str] = []
    articles = read_articles([str(path)], skip_bad=True, on_skip=skipped.append)
    assert [a.line for a in articles] == [1]
    assert skipped == [
        f"skipped: {path} line 2 is not valid JSON (Expecting property name enclosed in double "
        "quotes); fix or remove the line",
        f"skipped: {path} line 3 is not a JSON object; give one object per line",
        f"skipped: {path} line 4 has no 'text'; each line needs the article text",
        f"skipped: no publication date for {path} line 5",
    ]


def test_same_file_names_get_distinct_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Talks on Tuesday.", encoding="utf-8")
    ids = [
        a.article_id
        for a in read_articles(
            [str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt")],
            published=date(2021, 4, 15),
        )
    ]
    assert ids == ["story", "story-2"]
