"""TimeML values to day intervals, precisions and labels."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import date_label, value_interval

CASES = [
    # value, mod, start, end, precision, label
    ("2021-04-13", "", date(2021, 4, 13), date(2021, 4, 13), "day", "Tue 13 Apr 2021"),
    (
        "2021-04-15TMO",
        "",
        date(2021, 4, 15),
        date(2021, 4, 15),
        "part_of_day",
        "Thu 15 Apr 2021, morning",
    ),
    (
        "2021-04-15T09:30",
        "",
        date(2021, 4, 15),
        date(2021, 4, 15),
        "minute",
        "Thu 15 Apr 2021, 09:30",
    ),
    ("2021-W15", "", date(2021, 4, 12), date(2021, 4, 18), "week", "week of 12 Apr 2021"),
    ("2021-W15-WE", "", date(2021, 4, 17), date(2021, 4, 18), "weekend", "weekend of 17 Apr 2021"),
    ("2021-03", "", date(2021, 3, 1), date(2021, 3, 31), "month", "Mar 2021"),
    ("2021-03", "START", date(2021, 3, 1), date(2021, 3, 10), "month", "early Mar 2021"),
    ("2021-03", "END", date(2021, 3, 22), date(2021, 3, 31), "month", "late Mar 2021"),
    ("2021-SU", "", date(2021, 6, 1), date(2021, 8, 31), "season", "Summer 2021"),
    ("2020-WI", "", date(2020, 12, 1), date(2021, 2, 28), "season", "Winter 2020"),
    ("2021-Q1", "", date(2021, 1, 1), date(2021, 3, 31), "quarter", "Q1 2021"),
    ("2020-H2", "", date(2020, 7, 1), date(2020, 12, 31), "half", "H2 2020"),
    ("2020", "", date(2020, 1, 1), date(2020, 12, 31), "year", "2020"),
    ("199", "", date(1990, 1, 1), date(1999, 12, 31), "decade", "1990s"),
    ("19", "", date(1900, 1, 1), date(1999, 12, 31), "century", "1900s"),
]


@pytest.mark.parametrize(("value", "mod", "start", "end", "precision", "label"), CASES)
def test_interval_and_label(
    value: str, mod: str, start: date, end: date, precision: str, label: str
) -> None:
    interval = value_interval(value, mod)
    assert interval is not None
    assert (interval.start, interval.end, interval.precision) == (start, end, precision)
    assert date_label(value, mod) == label


@pytest.mark.parametrize("value", ["P1M", "PRESENT_REF", "PAST_REF", "XXXX-WXX-1", "2021-02-30"])
def test_values_without_a_calendar_interval(value: str) -> None:
    assert value_interval(value) is None
