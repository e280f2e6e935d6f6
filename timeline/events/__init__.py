"""Events: the dated acts and statements of articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..article import Article
from .build import article_events
from .model import DateBasis, Event

__all__ = ["DateBasis", "Event", "article_events", "extract_events"]


def extract_events(
    articles: Iterable[Article],
    *,
    coded_only: bool = False,
    progress: Callable[[int], None] | None = None,
) -> list[Event]:
    """The events of all `articles`, article by article in input order.

    `coded_only` keeps only coded political acts, dropping context statements.
    """
    events: list[Event] = []
    for count, article in enumerate(articles, start=1):
        found = article_events(article)
        events.extend(e for e in found if e.coded or not coded_only)
        if progress is not None:
            progress(count)
    return events
