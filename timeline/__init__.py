"""timeline: turn news articles about international affairs into dated event timelines."""

from __future__ import annotations

from .article import Article, read_articles
from .errors import TimelineError
from .events import Event, extract_events
from .table import COLUMNS, events_table

__all__ = [
    "COLUMNS",
    "Article",
    "Event",
    "TimelineError",
    "events_table",
    "extract_events",
    "read_articles",
]
