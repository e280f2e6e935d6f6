"""XLSX and TimelineJS exports, read back by their readers and checked against golden files."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import openpyxl
import pandas as pd
from click.testing import CliRunner

from timeline.cli import cli
from timeline.export import to_bytes
from timeline.export.timelinejs import timelinejs_event
from timeline.table import COLUMNS

from .conftest import EXAMPLE, FIXTURES

GOLDEN_TIMELINEJS = FIXTURES / "biden-russia-sanctions.timelinejs.json"


def extract(fmt: str) -> bytes:
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLE), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_timelinejs_matches_golden() -> None:
    produced = json.loads(extract("timelinejs"))
    golden = json.loads(GOLDEN_TIMELINEJS.read_text(encoding="utf-8"))
    assert produced["title"] == golden["title"]
    assert len(produced["events"]) == len(golden["events"])
    for got, want in zip(produced["events"], golden["events"], strict=True):
        assert got == want


def _row(**values: object) -> pd.Series:
    base = {column: "" for column in COLUMNS}
    base.update(article_id="a", sentence="They met.", precision="day")
    base.update(values)
    return pd.Series(base)


def test_timelinejs_keeps_partial_dates_partial() -> None:
    year = timelinejs_event(_row(date_start="2020-01-01", date_end="2020-12-31",
                                 precision="year"), 0)  # fmt: skip
    assert year["start_date"] == {"year": "2020"} and "display_date" not in year
    month = timelinejs_event(_row(date_start="2021-03-01", date_end="2021-03-31",
                                  precision="month"), 1)  # fmt: skip
    assert month["start_date"] == {"year": "2021", "month": "3"}
    season = timelinejs_event(_row(date_start="2021-06-01", date_end="2021-08-31",
                                   precision="season"), 2)  # fmt: skip
    assert season["display_date"] == "Summer 2021"
    assert season["end_date"] == {"year": "2021", "month": "8", "day": "31"}
    week = timelinejs_event(_row(date_start="2021-04-12", date_end="2021-04-18",
                                 precision="week", actor1_country="USA"), 3)  # fmt: skip
    assert week["display_date"] == "week of 12 Apr 2021" and week["group"] == "USA"
    early = timelinejs_event(_row(date_start="2021-03-01", date_end="2021-03-10",
                                  precision="month"), 4)  # fmt: skip
    assert early["display_date"] == "early Mar 2021"


def test_timelinejs_escapes_article_text() -> None:
    row = _row(
        date_start="2021-04-13",
        date_end="2021-04-13",
        sentence="<img src=x onerror=alert(1)> met",
        event_text="<b>x</b>",
        timex_text="met",
    )
    event = timelinejs_event(row, 0)
    text = json.dumps(event)
    assert "<img" not in text and "&lt;img" in text and "<b>x" not in text


def test_xlsx_reads_back_with_types_and_layout(tmp_path) -> None:
    target = tmp_path / "events.xlsx"
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLE), "-o", str(target)])
    assert result.exit_code == 0, result.output
    frame = pd.read_excel(target, dtype={"cameo_code": str, "cameo_root": str})
    assert list(frame.columns) == list(COLUMNS)
    csv = pd.read_csv(io.BytesIO(extract("csv")), dtype={"cameo_code": str, "cameo_root": str})
    assert len(frame) == len(csv)
    assert frame["date_start"].dtype.kind == "M"  # real dates, not text
    assert list(frame["date_start"].dt.date) == [date.fromisoformat(d) for d in csv["date_start"]]
    coded = frame[frame["plover_event"].notna()]
    assert coded["cameo_code"].str.match(r"^\d{2,4}$").all()  # leading zeros kept
    workbook = openpyxl.load_workbook(target)
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == sheet.dimensions
    assert isinstance(sheet["C2"].value, datetime) and sheet["C2"].number_format == "yyyy-mm-dd"
    widths = {sheet.cell(1, i + 1).value: sheet.column_dimensions[c].width
              for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}  # fmt: skip
    assert widths["sentence"] >= 60


def test_xlsx_neutralises_formulas() -> None:
    frame = pd.DataFrame([{column: "" for column in COLUMNS}])
    frame.loc[0, "sentence"] = '=HYPERLINK("http://evil")'
    frame.loc[0, "date_start"] = frame.loc[0, "date_end"] = frame.loc[0, "published"] = "2021-04-15"
    sheet = openpyxl.load_workbook(io.BytesIO(to_bytes(frame, "xlsx"))).active
    cell = sheet.cell(2, list(COLUMNS).index("sentence") + 1)
    assert cell.value == '\'=HYPERLINK("http://evil")' and cell.data_type == "s"


def test_timeml_export_is_valid_xml_with_the_dct() -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(extract("timeml"))
    assert root.find("DCT/TIMEX3").get("value") == "2021-04-15"  # type: ignore[union-attr]
    values = [t.get("value") for t in root.iter("TIMEX3") if t.get("tid") != "t0"]
    assert "2021-04-13" in values and "2021-SU" in values
