"""Writing the event table: CSV, JSON, JSON Lines, XLSX, TimelineJS and TimeML."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ..article import Article
from .tabular import neutralise_formulas, to_csv, to_json, to_jsonl, to_xlsx
from .timelinejs import to_timelinejs
from .timeml import to_timeml

#: Formats `timeline extract --format` writes.
FORMATS = ("csv", "json", "jsonl", "xlsx", "timelinejs", "timeml")
#: Formats that are text and can go to standard output.
TEXT_FORMATS = ("csv", "json", "jsonl", "timelinejs", "timeml")

__all__ = ["FORMATS", "TEXT_FORMATS", "neutralise_formulas", "to_bytes"]


def to_bytes(frame: pd.DataFrame, fmt: str, articles: Sequence[Article] = ()) -> bytes:
    """The event table (or, for `timeml`, the articles) serialised in `fmt`."""
    if fmt == "csv":
        return to_csv(frame)
    if fmt == "json":
        return to_json(frame)
    if fmt == "jsonl":
        return to_jsonl(frame)
    if fmt == "xlsx":
        return to_xlsx(frame)
    if fmt == "timelinejs":
        return to_timelinejs(frame, articles)
    if fmt == "timeml":
        return to_timeml(articles)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
