"""Writing the event table as CSV, JSON or JSON Lines, safe to open in a spreadsheet."""

from __future__ import annotations

import json

import pandas as pd

FORMATS = ("csv", "json", "jsonl")

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` where every text cell a spreadsheet would run starts with a quote."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype.kind in "iufb":
            continue
        safe[column] = safe[column].map(_neutralise)
    return safe


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The table serialised in `fmt` (one of FORMATS)."""
    if fmt == "csv":
        # The byte-order mark makes Excel read the file as UTF-8; pandas and LibreOffice skip it.
        text = neutralise_formulas(frame).to_csv(index=False, lineterminator="\r\n")
        return ("\ufeff" + text).encode("utf-8")
    records = frame.to_dict(orient="records")
    if fmt == "json":
        return (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
