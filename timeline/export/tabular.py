"""The event table as CSV, JSON, JSON Lines and XLSX, safe to open in a spreadsheet."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_COLUMNS = ("published", "date_start", "date_end")
# Widths (in characters) of the XLSX columns that hold long text; others fit their content.
_WIDE = {"sentence": 80, "title": 40, "source": 40, "event_text": 30}
_MAX_WIDTH = 24


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` where every text cell a spreadsheet would run starts with a quote."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype.kind in "iufb":
            continue
        safe[column] = [_neutralise(value) for value in safe[column].tolist()]
    return safe


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame) -> bytes:
    # The byte-order mark makes Excel read the file as UTF-8; pandas and LibreOffice skip it.
    text = neutralise_formulas(frame).to_csv(index=False, lineterminator="\r\n")
    return ("\ufeff" + text).encode("utf-8")


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    records = frame.to_dict(orient="records")
    for record in records:
        for key, value in record.items():
            if isinstance(value, float) and value != value:  # NaN: an empty cell
                record[key] = None
    return records


def to_json(frame: pd.DataFrame) -> bytes:
    return (json.dumps(_records(frame), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_jsonl(frame: pd.DataFrame) -> bytes:
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in _records(frame))
    return "".join(lines).encode("utf-8")


def to_xlsx(frame: pd.DataFrame) -> bytes:
    """An Excel workbook: typed date cells, frozen header, autofilter, readable widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "events"
    columns = list(frame.columns)
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    safe = neutralise_formulas(frame)
    for row in safe.itertuples(index=False):
        values: list[object] = []
        for column, value in zip(columns, row, strict=True):
            if column in DATE_COLUMNS and isinstance(value, str) and value:
                values.append(date.fromisoformat(value))
            elif value is None or value is pd.NA or (isinstance(value, float) and value != value):
                values.append(None)  # an empty cell
            elif hasattr(value, "item"):
                values.append(value.item())  # numpy scalars as plain numbers
            else:
                values.append(value)
        sheet.append(values)
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        if column in DATE_COLUMNS:
            for cell in sheet[letter][1:]:
                cell.number_format = "yyyy-mm-dd"
            width = 12
        elif column in _WIDE:
            width = _WIDE[column]
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        else:
            longest = max((len(str(v)) for v in frame[column]), default=0)
            width = min(_MAX_WIDTH, max(len(column), longest) + 2)
        sheet.column_dimensions[letter].width = width
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
