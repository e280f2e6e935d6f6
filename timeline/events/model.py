"""The event: a dated statement of an article, the row of the event table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

DateBasis = Literal["explicit", "relative", "inherited", "publication"]


@dataclass(frozen=True, slots=True)
class Event:
    """One dated statement: the sentence it comes from and the date the text gives it.

    `char_start`/`char_end` locate the time expression in the article text (for an
    inherited date, the expression of the sentence it was inherited from);
    `sentence_start` locates the sentence.
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
    char_start: int
    char_end: int
    title: str
    source: str
    url: str = ""
