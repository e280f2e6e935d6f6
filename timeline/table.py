"""The event table: a pandas DataFrame with a fixed schema, one row per event.

Coding columns are empty on context rows (dated statements with no political act).
"""

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
    "actor1_name",
    "actor1_code",
    "actor1_country",
    "actor2_name",
    "actor2_code",
    "actor2_country",
    "event_text",
    "plover_event",
    "plover_mode",
    "cameo_code",
    "cameo_root",
    "quad_class",
    "goldstein",
    "modality",
    "confidence",
)
# Integer columns; those that may be empty use pandas' nullable integers.
INTEGER_COLUMNS = {"sentence_index": "int64", "char_start": "Int64", "char_end": "Int64",
                   "quad_class": "Int64"}  # fmt: skip
FLOAT_COLUMNS = ("goldstein", "confidence")


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
        "actor1_name": event.actor1_name,
        "actor1_code": event.actor1_code,
        "actor1_country": event.actor1_country,
        "actor2_name": event.actor2_name,
        "actor2_code": event.actor2_code,
        "actor2_country": event.actor2_country,
        "event_text": event.event_text,
        "plover_event": event.plover_event,
        "plover_mode": event.plover_mode,
        "cameo_code": event.cameo_code,
        "cameo_root": event.cameo_root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "confidence": event.confidence,
    }


def events_table(events: Iterable[Event]) -> pd.DataFrame:
    """The event table of `events`, in their order, with exactly COLUMNS."""
    rows = [event_row(e) for e in events]
    frame = pd.DataFrame({c: [row[c] for row in rows] for c in COLUMNS}, columns=list(COLUMNS))
    for column, dtype in INTEGER_COLUMNS.items():
        frame[column] = frame[column].astype(dtype)
    for column in FLOAT_COLUMNS:
        frame[column] = frame[column].astype("float64")
    return frame
