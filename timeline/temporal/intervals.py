"""From a TimeML value to the days it covers, its precision and a label a person would write."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from . import calendar as cal
from .lexicon import PART_OF_DAY_NAMES, SEASON_MONTHS, SEASON_NAMES
from .model import Interval

_DAY = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2})(?::(\d{2}))?(?::\d{2})?|(MO|AF|EV|NI|DT)))?$"
)
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_YEARISH = re.compile(r"^(\d{2,4})$")

_MOD_PREFIX = {
    "START": "early ",
    "MID": "mid ",
    "END": "late ",
    "APPROX": "about ",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
}


@lru_cache(maxsize=4096)
def value_interval(value: str, mod: str = "") -> Interval | None:
    """The inclusive day interval and precision of a TimeML date value, or None if it has none.

    A `mod` of START, MID or END narrows the interval to its first, middle or last third,
    keeping the precision: "early March" is still a month-precise date.
    """
    interval = _base_interval(value)
    if interval is None or mod not in ("START", "MID", "END"):
        return interval
    days = (interval.end - interval.start).days + 1
    if days < 3:
        return interval
    third = days // 3
    if mod == "START":
        return Interval(
            interval.start, interval.start + timedelta(days=third - 1), interval.precision
        )
    if mod == "END":
        return Interval(interval.end - timedelta(days=third - 1), interval.end, interval.precision)
    return Interval(
        interval.start + timedelta(days=third),
        interval.end - timedelta(days=third),
        interval.precision,
    )


def _base_interval(value: str) -> Interval | None:
    try:
        return _parse_interval(value)
    except ValueError:  # a value with an impossible calendar date, e.g. 2021-02-30
        return None


def _parse_interval(value: str) -> Interval | None:
    if match := _DAY.match(value):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        if match[6]:
            precision = "part_of_day"
        elif match[5]:
            precision = "minute"
        elif match[4]:
            precision = "hour"
        else:
            precision = "day"
        return Interval(day, day, precision)
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "weekend")
        return Interval(monday, monday + timedelta(days=6), "week")
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        return Interval(date(year, month, 1), _month_end(year, month), "month")
    if match := _SEASON.match(value):
        year = int(match[1])
        first, last = SEASON_MONTHS[match[2]]
        end_year = year + 1 if last < first else year
        return Interval(date(year, first, 1), _month_end(end_year, last), "season")
    if match := _QUARTER.match(value):
        year, kind, number = int(match[1]), match[2], int(match[3])
        months = 3 if kind == "Q" else 6
        if kind == "H" and number > 2:
            return None
        first = (number - 1) * months + 1
        return Interval(
            date(year, first, 1),
            _month_end(year, first + months - 1),
            "quarter" if kind == "Q" else "half",
        )
    if match := _YEARISH.match(value):
        digits = match[1]
        span = 10 ** (4 - len(digits))
        first = int(digits) * span
        if first < 1:
            return None
        precision = {4: "year", 3: "decade", 2: "century"}[len(digits)]
        return Interval(date(first, 1, 1), date(first + span - 1, 12, 31), precision)
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)
def date_label(value: str, mod: str = "") -> str:
    """A date as a person writes it: "Tue 13 Apr 2021", "Mar 2021", "Summer 2021", "2020"."""
    interval = _base_interval(value)
    if interval is None:
        return value
    start, precision = interval.start, interval.precision
    if precision in ("day", "part_of_day", "hour", "minute"):
        label = f"{start:%a} {start.day} {start:%b %Y}"
        if precision == "part_of_day":
            label += f", {PART_OF_DAY_NAMES[value[-2:]]}"
        elif precision in ("hour", "minute"):
            time_part = value.split("T", 1)[1]
            label += f", {time_part if ':' in time_part else time_part + ':00'}"
    elif precision == "week":
        label = f"week of {start.day} {start:%b %Y}"
    elif precision == "weekend":
        label = f"weekend of {start.day} {start:%b %Y}"
    elif precision == "month":
        label = f"{start:%b %Y}"
    elif precision == "season":
        label = f"{SEASON_NAMES[value[-2:]]} {value[:4]}"
    elif precision in ("quarter", "half"):
        label = f"{value[5:]} {value[:4]}"
    elif precision == "year":
        label = value
    elif precision == "decade":
        label = f"{value}0s"
    else:
        label = f"{value}00s"
    return _MOD_PREFIX.get(mod, "") + label


def interval_label(start: date, end: date, precision: str) -> str:
    """A person's label for a day interval of a given precision, from the interval alone.

    interval_label(2021-03-01, 2021-03-10, "month") == "early Mar 2021": an interval that
    covers the first, middle or last third of its unit is labelled by that part, any other
    part of a unit by its first and last days.
    """
    unit = _unit_interval(start, precision)
    if unit is None:
        return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
    value, unit_start, unit_end = unit
    label = date_label(value)
    if precision in ("day", "part_of_day", "hour", "minute") or (start, end) == (
        unit_start,
        unit_end,
    ):
        return label
    for mod, prefix in (("START", "early "), ("MID", "mid "), ("END", "late ")):
        part = value_interval(value, mod)
        if part is not None and (part.start, part.end) == (start, end):
            return prefix + label
    # Some other part of the unit ("earlier this week" up to the publication day): its days.
    return f"{date_label(cal.day_value(start))} – {date_label(cal.day_value(end))}"


def _unit_interval(day: date, precision: str) -> tuple[str, date, date] | None:
    """The TimeML value of the unit of `precision` containing `day`, and its bounds."""
    if precision in ("day", "part_of_day", "hour", "minute"):
        value = cal.day_value(day)
    elif precision in ("week", "weekend"):
        value = cal.week_value(day) + ("-WE" if precision == "weekend" else "")
    elif precision == "month":
        value = cal.month_value(day.year, day.month)
    elif precision == "season":
        season = cal.season_of(day)
        year = day.year - 1 if season == "WI" and day.month <= 2 else day.year
        value = f"{year:04d}-{season}"
    elif precision == "quarter":
        value = cal.quarter_value(day)
    elif precision == "half":
        value = f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    elif precision in ("year", "decade", "century"):
        value = cal.shift_value(day, precision, 0)
    else:
        return None
    interval = _base_interval(value)
    if interval is None:
        return None
    return value, interval.start, interval.end
