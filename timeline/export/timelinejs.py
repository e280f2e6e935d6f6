"""The event table as TimelineJS3 JSON: partial dates stay partial, periods keep their label."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from html import escape

import pandas as pd

from ..article import Article
from ..temporal.intervals import interval_label

# Precisions TimelineJS can show from the date parts alone; others get a display_date.
_NATIVE = {"year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day")}
_DAY_LIKE = ("day", "part_of_day", "hour", "minute")


def _date_object(day: date, parts: tuple[str, ...]) -> dict[str, str]:
    values = {"year": day.year, "month": day.month, "day": day.day}
    return {part: str(values[part]) for part in parts}


def _text(row: pd.Series) -> str:
    sentence = escape(str(row["sentence"]))
    timex = str(row.get("timex_text") or "")
    if timex and row.get("date_basis") != "inherited" and timex in str(row["sentence"]):
        marked = escape(timex)
        sentence = sentence.replace(marked, f"<mark>{marked}</mark>", 1)
    source = escape(str(row.get("title") or row.get("source") or ""))
    return f"<p>{sentence}</p><p><small>{source}</small></p>" if source else f"<p>{sentence}</p>"


def _headline(row: pd.Series, label: str) -> str:
    parts = [str(row.get(name) or "") for name in ("actor1_name", "event_text", "actor2_name")]
    words = " ".join(p for p in parts if p and p != "nan")
    return escape(words) if words else escape(label)


def _group(row: pd.Series) -> str:
    for name in ("actor1_country", "actor1_code", "actor1_name"):
        value = row.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


def timelinejs_event(row: pd.Series, index: int) -> dict[str, object]:
    """One table row as a TimelineJS slide."""
    start, end = date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"])
    precision = str(row["precision"])
    label = interval_label(start, end, precision)
    if precision in _DAY_LIKE:
        event: dict[str, object] = {"start_date": _date_object(start, _NATIVE["day"])}
    elif precision in ("month", "year") and not label.startswith(("early ", "mid ", "late ")):
        event = {"start_date": _date_object(start, _NATIVE[precision])}
    else:
        event = {
            "start_date": _date_object(start, _NATIVE["day"]),
            "end_date": _date_object(end, _NATIVE["day"]),
            "display_date": label,
        }
    event["text"] = {"headline": _headline(row, label), "text": _text(row)}
    group = _group(row)
    if group:
        event["group"] = group
    event["unique_id"] = f"{row['article_id']}-{index}"
    return event


def to_timelinejs(frame: pd.DataFrame, articles: Sequence[Article] = ()) -> bytes:
    """TimelineJS3 JSON for the table: a title slide and one slide per event."""
    if len(articles) == 1:
        title = articles[0].title or articles[0].article_id
    elif articles:
        title = f"Timeline of {len(articles)} articles"
    else:
        title = "Timeline"
    document = {
        "title": {"text": {"headline": escape(title), "text": ""}},
        "events": [timelinejs_event(row, i) for i, (_, row) in enumerate(frame.iterrows())],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
