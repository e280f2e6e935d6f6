"""Holidays that calendars other than the Gregorian set: the Lunar New Year, Eid al-Fitr,
Ramadan, Passover, Diwali, Nowruz, Orthodox Easter.

Their Gregorian dates come from the calendar tables of the `holidays` package (to 2100; the
Chinese, Hindu and Persian ones from 1901, the Islamic ones from 1925, the Hebrew ones from
1947) and from dateutil's Orthodox Easter. Outside those tables a feast has no date, and is
left untagged rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache
from typing import Any

from dateutil.easter import EASTER_ORTHODOX, easter


@cache
def _tables() -> dict[str, Any]:
    # Imported on first use: the tables take a quarter of a second to load, and most
    # documents name no such feast.
    from holidays.calendars import (
        _ChineseLunisolar,
        _HebrewLunisolar,
        _HinduLunisolar,
        _IslamicLunar,
        _Persian,
    )

    return {
        "chinese": _ChineseLunisolar(),
        "hebrew": _HebrewLunisolar(),
        "hindu": _HinduLunisolar(),
        "islamic": _IslamicLunar(),
        "persian": _Persian(),
    }


def _as_dates(found: object) -> list[date]:
    """The dates one table lookup gives, whatever its shape: a date, None, (date, estimated),
    or several of those."""
    if found is None:
        return []
    if isinstance(found, date):
        return [found]
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], bool):
        return _as_dates(found[0])
    if isinstance(found, Iterable):
        return [day for item in found for day in _as_dates(item)]
    return []


def _lookup(calendar: str, feast: str, year: int) -> list[date]:
    if calendar == "orthodox":
        return [easter(year, EASTER_ORTHODOX)] if 1583 <= year <= 4099 else []
    table = _tables()[calendar]
    if calendar == "persian":
        method: Callable[[int], object] = table.new_year_date
    else:
        method = getattr(table, f"{feast}_dates", None) or getattr(table, f"{feast}_date")
    # The Islamic tables answer with every date of the Hijri years that touch `year`.
    return sorted(day for day in _as_dates(method(year)) if day.year == year)


@cache
def feast_days(calendar: str, feast: str, year: int) -> tuple[date, ...]:
    """The first days of `feast` that fall in a Gregorian year, in order; () outside the
    tables. An Islamic feast can fall twice in one year (Eid al-Fitr in January and December
    2000)."""
    if not 1 <= year <= 9998:
        return ()
    return tuple(_lookup(calendar, feast, year))


def feast_span(calendar: str, feast: str, start: date) -> tuple[date, date]:
    """The days a feast that begins on `start` lasts: Ramadan runs until the day before Eid
    al-Fitr; every other feast is named by its first day."""
    if (calendar, feast) != ("islamic", "ramadan_beginning"):
        return start, start
    for year in (start.year, start.year + 1):
        for eid in feast_days("islamic", "eid_al_fitr", year):
            if eid > start:
                return start, eid - timedelta(days=1)
    return start, start + timedelta(days=29)
