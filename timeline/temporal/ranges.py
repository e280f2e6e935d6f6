"""The other day of a pair or range written with one month: "March 4 to [6]", "April 24
and [25]", "[27] and 28 October", each day its own expression."""

from __future__ import annotations

import re

from . import calendar as cal
from .model import Timex

# The second day of a range or pair after a month and day: "March 4 to 6", "April 24 and
# 25", "May 3-5", followed by punctuation or a word that cannot count something.
RANGE_DAY = re.compile(
    r"(?:\s*[-–]\s*|\s+(?:to|and|through|or)\s+)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|from|for|with|when|while|and|but|to|as)\b)"
)


_DAY_AT_END = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?$")


# A bare day before "and" or "to" and a day and month: "on [27] and 28 October", "from [1]
# to 3 December".
_DAY_BEFORE_PAIR = re.compile(
    r"(?<![\w.,$£€])(?P<whole>(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+"
    r"(?:and|or|to|through)\s+$"
)
_STARTS_WITH_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s")


def range_start_day(text: str, timex: Timex, floor: int) -> Timex | None:
    """The bare day that opens a pair or range closed by `timex` ("27 and [28 October]"), as
    its own expression in the same month, or None."""
    opening = _STARTS_WITH_DAY.match(timex.text)
    if timex.type != "DATE" or opening is None or len(timex.value) != 10:
        return None
    match = _DAY_BEFORE_PAIR.search(text, max(floor, timex.start - 16), timex.start)
    if match is None:
        return None
    number = int(match["day"])
    if number >= int(opening[1]):
        return None
    return _day_in_month(text, match.start("day"), match.end("whole"), timex, number)


def range_end(text: str, timex: Timex) -> Timex | None:
    """The bare day that closes a range begun by `timex` ("March 4 to [6]"), as its own
    expression in the same month, or None."""
    ending = _DAY_AT_END.search(timex.text)
    if timex.type != "DATE" or ending is None or len(timex.value) != 10:
        return None
    day = cal.parse_day(timex.value)
    if day is None or int(ending[1]) != day.day:
        return None  # the expression does not end with its day of the month
    match = RANGE_DAY.match(text, timex.end)
    if match is None:
        return None
    number = int(match["day"])
    if number <= day.day:
        return None
    return _day_in_month(text, match.start("day"), match.end(), timex, number)


def _day_in_month(text: str, start: int, end: int, timex: Timex, number: int) -> Timex | None:
    """text[start:end], day `number` of the month of `timex`, as its own expression (None
    when the month has no such day)."""
    day = cal.parse_day(f"{timex.value[:8]}{number:02d}")
    if day is None:
        return None
    return Timex(text=text[start:end], start=start, end=end, type="DATE", value=cal.day_value(day))
