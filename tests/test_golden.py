"""The reference article's event table, checked by hand against the text."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from timeline.article import read_articles
from timeline.cli import cli

from .conftest import EXAMPLE, FIXTURES

GOLDEN = FIXTURES / "biden-russia-sanctions.events.csv"


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_reference_article_table_matches_golden() -> None:
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    expected = rows(GOLDEN.read_text(encoding="utf-8"))
    actual = rows(result.stdout)
    for row in expected + actual:
        row.pop("source")  # the input path depends on where the tests run
    assert [r["timex_text"] for r in actual] == [r["timex_text"] for r in expected]
    for got, want in zip(actual, expected, strict=True):
        assert got == want


def test_offsets_point_at_the_expression() -> None:
    [article] = read_articles([str(EXAMPLE)])
    for row in rows(GOLDEN.read_text(encoding="utf-8")):
        if not row["char_start"]:  # dated by the publication day, no expression
            assert row["date_basis"] == "publication" and not row["timex_text"]
            continue
        start, end = int(row["char_start"]), int(row["char_end"])
        assert article.text[start:end] == row["timex_text"]


def test_no_event_from_page_furniture() -> None:
    text = GOLDEN.read_text(encoding="utf-8")
    assert "IE 11" not in text and "newsLiveon" not in text
