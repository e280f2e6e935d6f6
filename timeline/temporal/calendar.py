"""Calendar arithmetic on TimeML values: shifting dates by units and writing values."""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta


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


def add_months_to_day(day: date, months: int) -> date:
    """The same day of the month `months` months later, clamped to the month's length."""
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


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


def parse_day(value: str) -> date | None:
    """The calendar day of a day-precise value ("2021-04-13", "2021-04-13TMO"), else None."""
    if len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
