"""The story's own time: which expressions move it and which only tell a telling, an aside
or a bound, and the time the next relative expression counts from."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .intervals import value_interval
from .model import Timex

_SINCE = re.compile(r"(?i:\bsince)\s+$")
_ENDED = re.compile(r"(?i:\bend(?:s|ed|ing))(?:\s+on)?\s+$")
_WHEN_AFTER = re.compile(r",?\s+when\b")
# "fell 4% from the second quarter of 2014", "up from $2.1 billion in 2014", "compared with
# 2014": the time a figure is compared with.
_COMPARED = re.compile(
    r"(?i:(?:\d\s*%|\d\s+percent|\bup|\bdown|\brose|\bfell)\b[^.;:!?]{0,40}"
    r"\b(?:from|(?<!less )(?<!more )(?<!fewer )than)|\bcompared\s+(?:with|to)|\bversus)"
    r"(?:\s+[\w$.,]+){0,4}?\s+(?:in\s+)?$"
)


_COMPARING = ("from", "than", "compared", "versus")
# A relative clause set off by commas around an expression: ", which opened in 1968,",
# ", where the exchange was closed on Thursday for New Year's Day,".
_RELATIVE_OPENS = re.compile(r",\s+(?:which|who|whose|where)\b[^,.;:!?]*$")
_RELATIVE_CLOSES = re.compile(r"[^,.;:!?]{0,40},")

# A reporting verb a few words before an expression: "said in her closing argument last
# Thursday", "told reporters on Monday".
_REPORTED = re.compile(
    r"(?i:\b(?:said|says|told|tells|testified|announced|added|argued|wrote)\b)"
    r"(?:\s+[\w'.-]+){0,4}\s+$"
)


def frames_a_past_story(text: str, start: int, timex: Timex, reference: str, dct: date) -> bool:
    """Whether the expression only dates the telling, in the days around publication, of a
    story told day by day in another year the text wrote out: "Barone vanished on Oct. 7,
    1994 … the prosecutor said in her closing argument last Thursday. A trooper found the
    car the next morning" (of Oct. 8, 1994)."""
    told = cal.parse_day(reference[:10])
    if told is None or told.year == dct.year:
        return False  # the story is not at a day of another year
    if not _REPORTED.search(text, max(0, start - 60), start):
        return False
    interval = value_interval(timex.date_value) if timex.date_value else None
    return interval is not None and abs((interval.start - dct).days) <= 14


def telling_after(text: str, start: int, in_sentence: str, timex: Timex) -> bool:
    """Whether the expression dates only the telling of what the sentence has already
    dated: "touched down late Sunday, killing two people, officials said Monday" stays on
    Sunday, so "at about 11:40 p.m." in the next sentence is Sunday's."""
    if not in_sentence or cal.parse_day(in_sentence[:10]) is None:
        return False
    if in_sentence[:10] == timex.date_value[:10]:
        return False
    return bool(_REPORTED.search(text, max(0, start - 60), start))


# "as early as 1985", "as far back as 2009": a bound on when something held, told in passing.
_BOUND = re.compile(r"(?i:\bas\s+(?:early|far\s+back|long\s+ago)\s+as)\s+(?:in\s+)?$")


def background_year(text: str, start: int, timex: Timex, reference: str) -> bool:
    """Whether a year is told as a bound ("had warned as early as 1985") while the story is
    at a day: the year counts for its own sentence, then the story is back at that day."""
    if cal.value_grain(timex.value) != "year" or cal.value_grain(reference) != "day":
        return False
    return bool(_BOUND.search(text, max(0, start - 24), start))


def relative_aside(text: str, start: int, end: int) -> bool:
    """Whether the expression ends a relative clause set off by commas: "In Burgos, where
    astronomers gathered to watch the last one on August 30, 1905, totality began at 8:28
    pm" (the clock time is not on that day)."""
    return bool(
        _RELATIVE_OPENS.search(text, max(0, start - 150), start)
        and _RELATIVE_CLOSES.match(text, end)
    )


def aside(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] is told in passing, without moving the
    story's time to it: a span up to now ("highest since 2008", unless the story goes on
    "since 2021, when …"), the day a period ends ("the quarter ended Dec. 31") or the time
    a figure is compared with ("fell 4% from the second quarter of 2014")."""
    if _SINCE.search(text, max(0, start - 8), start):
        return not _WHEN_AFTER.match(text, end)
    if _ENDED.search(text, max(0, start - 13), start):
        return True  # "the quarter ended Dec. 31": the day a period ends, not a new time
    window = text[max(0, start - 80) : start].lower()
    if not any(word in window for word in _COMPARING):
        return False  # the common case, told at no cost
    return bool(_COMPARED.search(window))


def narrative_reference(timex: Timex, value: str, day: date, told: str) -> tuple[str, date]:
    """The story's current time after `timex`: the date it names, if it names one. A year
    or month around a day the text itself named (`told`) keeps that day: "On March 1 this
    year, ... two days later" counts from March 1."""
    if timex.type not in ("DATE", "TIME"):
        return value, day
    interval = value_interval(timex.value)
    if interval is None or cal.value_grain(timex.value) in ("decade", "century"):
        return value, day  # "the harshest winter of the 20th century" sets no time to count from
    if (
        cal.value_grain(told) == "day"
        and cal.value_grain(timex.value) in ("year", "month")
        and interval.start <= day <= interval.end
    ):
        return value, day
    return timex.value.split("T", 1)[0], interval.start
