"""Calendar arithmetic on TimeML values: shifting dates by units and writing values."""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, datetime, timedelta


def day_value(day: date) -> str:
    """TimeML value of a calendar day: "2021-04-15"."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def week_value(day: date) -> str:
    """TimeML value of the ISO week containing `day`: "2021-W15"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    """TimeML value of a month: "2021-03"."""
    return f"{year:04d}-{month:02d}"


def quarter_of(day: date) -> int:
    """The calendar quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) that lies `months` months after (year, month)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_value(anchor: date, unit: str, amount: int) -> str:
    """The TimeML value of the `unit` lying `amount` units from `anchor`, at that unit's grain.

    shift_value(2021-04-15, "month", -1) == "2021-03": the grain of the offset is the
    precision of the result ("a month ago" is a month, not a day).
    """
    if unit in ("day", "night"):
        return day_value(anchor + timedelta(days=amount))
    if unit in ("week", "weekend"):
        shifted = anchor + timedelta(weeks=amount)
        return week_value(shifted) + ("-WE" if unit == "weekend" else "")
    if unit == "fortnight":
        return week_value(anchor + timedelta(weeks=2 * amount))
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, amount)
        return month_value(year, month)
    if unit == "quarter":
        year, month = add_months(anchor.year, (quarter_of(anchor) - 1) * 3 + 1, 3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return f"{anchor.year + amount:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + amount:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + amount:02d}"
    raise ValueError(f"no calendar value for unit {unit!r}")


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The latest day on or before `anchor` that falls on ISO `weekday` (1 = Monday)."""
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    """The earliest day on or after `anchor` that falls on ISO `weekday` (1 = Monday)."""
    return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)


_CLOCK_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})")


def parse_time(value: str) -> datetime | None:
    """The moment of a clock-time value ("2013-02-16T23:52"), else None ("T24:00" is the
    midnight that ends the day)."""
    match = _CLOCK_VALUE.match(value)
    if match is None:
        return None
    year, month, day, hour, minute = map(int, match.groups())
    try:
        return datetime(year, month, day) + timedelta(hours=hour, minutes=minute)
    except ValueError:
        return None


def days_in_month(year: int, month: int) -> int:
    """How many days the month has: days_in_month(2024, 2) == 29."""
    return _calendar.monthrange(year, month)[1]


def parse_day(value: str) -> date | None:
    """The calendar day of a day-precise value ("2021-04-13", "2021-04-13TMO"), else None."""
    if len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None


_GRAINS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}-WE$"), "weekend"),
    (re.compile(r"^\d{4}-W\d{2}$"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(?:FY)?\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
)


def value_grain(value: str) -> str:
    """The grain of a TimeML date value: "day", "week", "quarter", "year"... or ""."""
    for pattern, grain in _GRAINS:
        if pattern.match(value):
            return grain
    return ""


def quarter_value(day: date) -> str:
    """TimeML value of the calendar quarter containing `day`: "2021-Q2"."""
    return f"{day.year:04d}-Q{quarter_of(day)}"


def shift_period(value: str, unit: str, amount: int) -> str | None:
    """Shift a quarter or half value by whole years or quarters, keeping its grain.

    shift_period("1989-Q3", "year", -1) == "1988-Q3": "a year earlier" than a quarter is
    the same quarter of the year before.
    """
    grain = value_grain(value)
    if grain not in ("quarter", "half"):
        return None
    year, kind, number = int(value[:4]), value[5], int(value[6])
    per_year = 4 if kind == "Q" else 2
    if unit == "year":
        steps = amount * per_year
    elif unit == "quarter" and kind == "Q":
        steps = amount
    else:
        return None
    index = year * per_year + (number - 1) + steps
    return f"{index // per_year:04d}-{kind}{index % per_year + 1}"


def season_of(day: date) -> str:
    """The (meteorological, northern) season a day falls in: "SP", "SU", "FA" or "WI"."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        day.month, "FA"
    )


def easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(spec: tuple[str, int, int, int, int], year: int) -> date:
    """The date of a holiday rule (see lexicon.HOLIDAYS) in `year`."""
    kind, first, second, nth, offset = spec
    if kind == "fixed":
        day = date(year, first, second)
    elif kind == "easter":
        day = easter(year)
    elif nth > 0:
        day = weekday_on_or_after(date(year, first, 1), second) + timedelta(weeks=nth - 1)
    else:
        last = date(year, first, _calendar.monthrange(year, first)[1])
        day = weekday_on_or_before(last, second)
    return day + timedelta(days=offset)
