"""The event: a dated statement or a coded political act, the row of the event table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

DateBasis = Literal["explicit", "relative", "inherited", "publication"]


@dataclass(slots=True, unsafe_hash=True)
class Event:
    """One row of the timeline: a dated act (who did what to whom) or a dated statement.

    A value: never changed once made, and not frozen only because a frozen record is
    several times slower to build (an article has hundreds).

    `char_start`/`char_end` locate the time expression in the article text (for an
    inherited date, the expression of the sentence it came from; None when the date is the
    publication day with no expression). `act_start`/`act_end` locate the words of the act
    (-1 for a context row: a dated sentence with no political act).
    """

    article_id: str
    published: date
    date_start: date
    date_end: date
    precision: str
    timex_value: str
    timex_text: str
    timex_type: str
    timex_mod: str
    date_basis: DateBasis
    date_label: str
    sentence: str
    sentence_index: int
    sentence_start: int
    char_start: int | None
    char_end: int | None
    title: str
    source: str
    url: str = ""
    actor1_name: str = ""
    actor1_code: str = ""
    actor1_country: str = ""
    actor2_name: str = ""
    actor2_code: str = ""
    actor2_country: str = ""
    event_text: str = ""
    plover_event: str = ""
    plover_mode: str = ""
    cameo_code: str = ""
    cameo_root: str = ""
    quad_class: int | None = None
    goldstein: float | None = None
    modality: str = ""
    confidence: float | None = None
    act_start: int = -1
    act_end: int = -1

    @property
    def coded(self) -> bool:
        """Whether the row is a coded political act rather than a context statement."""
        return bool(self.plover_event)
