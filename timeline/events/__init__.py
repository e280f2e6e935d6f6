"""Events: the dated statements of articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..article import Article
from .dating import date_events
from .model import DateBasis, Event

__all__ = ["DateBasis", "Event", "date_events", "extract_events"]


def extract_events(
    articles: Iterable[Article], *, progress: Callable[[int], None] | None = None
) -> list[Event]:
    """The events of all `articles`, article by article in input order."""
    events: list[Event] = []
    for count, article in enumerate(articles, start=1):
        events.extend(date_events(article))
        if progress is not None:
            progress(count)
    return events
