"""The event table: a pandas DataFrame with a fixed schema, one row per event."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .events import Event

#: The table's columns, in order. Dates are ISO strings (inclusive intervals).
COLUMNS: tuple[str, ...] = (
    "article_id",
    "published",
    "date_start",
    "date_end",
    "precision",
    "timex_value",
    "timex_text",
    "timex_type",
    "date_basis",
    "sentence",
    "sentence_index",
    "char_start",
    "char_end",
    "title",
    "source",
)
INTEGER_COLUMNS = ("sentence_index", "char_start", "char_end")


def event_row(event: Event) -> dict[str, object]:
    """One event as a table row."""
    return {
        "article_id": event.article_id,
        "published": event.published.isoformat(),
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "precision": event.precision,
        "timex_value": event.timex_value,
        "timex_text": event.timex_text,
        "timex_type": event.timex_type,
        "date_basis": event.date_basis,
        "sentence": event.sentence,
        "sentence_index": event.sentence_index,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "title": event.title,
        "source": event.source,
    }


def events_table(events: Iterable[Event]) -> pd.DataFrame:
    """The event table of `events`, in their order, with exactly COLUMNS."""
    frame = pd.DataFrame([event_row(e) for e in events], columns=list(COLUMNS))
    for column in INTEGER_COLUMNS:
        frame[column] = frame[column].astype("int64")
    return frame
