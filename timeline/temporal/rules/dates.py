"""Calendar dates written out: ISO and numeric dates, month and day, month and year, years
(months told without a year: `months.py`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .. import calendar as cal
from ..grammar import (
    DAY_OF_MONTH,
    EDGE,
    MONTH,
    POSITION,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    caseless,
    spelled_year,
)
from ..lexicon import DAY_ORDINALS, HOLIDAYS, ORDINALS, WEEKDAYS
from .base import (
    Context,
    Groups,
    Reading,
    position_mod,
    rule,
)
from .months import month_number, year_for_month
from .years import in_habitual_range


def two_digit_year(text: str, dct: date) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    century = dct.year // 100 * 100
    return century + year if century + year <= dct.year + 10 else century - 100 + year


@rule(
    "iso",
    100,
    r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"(?![\w/-])",
)
def _iso(g: Groups, ctx: Context) -> Reading | None:
    value = f"{g['y']}-{g['m']}-{g['d']}"
    if cal.parse_day(value) is None:
        return None
    if g.get("hh"):
        return Reading("TIME", f"{value}T{g['hh']}:{g['mi']}", explicit=True)
    return Reading("DATE", value, explicit=True)


@rule(
    "slash",
    110,
    r"(?<![\w/.-])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})"
    r"(?![\w/-]|\.\d)",
)
def _slash(g: Groups, ctx: Context) -> Reading | None:
    first, second = int(g["a"]), int(g["b"])
    # News in English writes month/day/year; a first number above 12 can only be a day.
    month, day = (second, first) if first > 12 else (first, second)
    year = two_digit_year(g["y"], ctx.dct)
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if cal.parse_day(value) is None:
        return None
    return Reading("DATE", value, explicit=len(g["y"]) == 4)


# A year named by its relation after a month and day: "15 August last year".
_REL_YEAR = (
    r",?\s+(?P<relyear>(?i:last|this|next|that|the\s+same|the\s+previous|the\s+following))"
    r"\s+(?i:year)(?!\w)"
)


def _day_reading(g: Groups, ctx: Context) -> Reading | None:
    month = month_number(g["month"])
    day = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
    explicit = bool(g.get("year"))
    if explicit:
        year = int(g["year"])
    elif g.get("relyear"):
        # "on 15 August last year", "March 2 that year": the year the words name
        rel = " ".join(g["relyear"].lower().split())
        base = ctx.dct.year if rel in ("last", "this", "next") else ctx.reference_day.year
        year = base + {"last": -1, "next": 1, "the previous": -1, "the following": 1}.get(rel, 0)
    elif in_habitual_range(ctx):
        # "The council's financial year runs from July 1 to June 30": any year's days
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}") if 0 < day <= 31 else None
    else:
        year = year_for_month(month, day, ctx)
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if cal.parse_day(value) is None:
        return None
    # "late Wednesday, Oct. 25": the end of that day
    mod = position_mod(g.get("mod") or g.get("wdmod"))
    return Reading("DATE", value, mod=mod, explicit=explicit)


@rule(
    "month_day",
    200,
    rf"(?:(?:(?P<wdmod>(?i:early|late))\s+)?(?P<wd>{WEEKDAY}),?\s+)?"
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<month>{MONTH})\s*"
    rf"(?P<day>{DAY_OF_MONTH})(?!\s*(?:%|[.,:]\d|\d))(?:,?\s+(?P<year>{YEAR})|{_REL_YEAR})?",
)
def _month_day(g: Groups, ctx: Context) -> Reading | None:
    return _day_reading(g, ctx)


@rule(
    "day_month",
    210,
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<day>{DAY_OF_MONTH})\s+(?:of\s+)?(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR})|{_REL_YEAR})?",
)
def _day_month(g: Groups, ctx: Context) -> Reading | None:
    return _day_reading(g, ctx)


@rule(
    "spelled_day_month",
    212,
    rf"(?P<the>(?i:the)\s+)(?P<nth>{caseless(DAY_ORDINALS)})\s+(?i:of)\s+(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?",
)
def _spelled_day_month(g: Groups, ctx: Context) -> Reading | None:
    if g["nth"][0].isupper() and f"{g['nth']} of {g['month']}".lower() in HOLIDAYS:
        return None  # "the Fourth of July": a holiday's name, read as one
    # "the first of July" is July 1; the article stays out, as in "the 1st of July".
    reading = _day_reading({**g, "day": str(DAY_ORDINALS[g["nth"].lower()])}, ctx)
    return None if reading is None else replace(reading, trim_start=len(g["the"]))


@rule(
    "nth_in_month",
    185,
    rf"(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|last))\s+"
    rf"(?P<what>{WEEKDAY}|(?i:weekend|week))\s+(?i:in|of)\s+(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?",
)
def _nth_in_month(g: Groups, ctx: Context) -> Reading | None:
    # "the first weekend in August", "the second Tuesday of March", "the last week of May".
    month = month_number(g["month"])
    year = int(g["year"]) if g.get("year") else year_for_month(month, None, ctx)
    what = g["what"].lower()
    days = [date(year, month, d) for d in range(1, cal.days_in_month(year, month) + 1)]
    nth = g["nth"].lower()
    if what == "week":
        # The week that holds most of its days in the month, as ISO weeks are counted: the
        # one with the 4th (11th, …), or the fourth-last day ("the first week of January"
        # 2002 is the week of Tuesday, January 1).
        day = days[-4] if nth == "last" else days[3 + 7 * (ORDINALS[nth] - 1)]
        return Reading("DATE", cal.week_value(day), explicit=bool(g.get("year")))
    wanted = 6 if what == "weekend" else WEEKDAYS[what]
    starts = [d for d in days if d.isoweekday() == wanted]
    day = starts[-1] if nth == "last" else starts[ORDINALS[nth] - 1]
    if what == "weekend":
        return Reading("DATE", cal.week_value(day) + "-WE", explicit=bool(g.get("year")))
    return Reading("DATE", cal.day_value(day), explicit=bool(g.get("year")))


@rule(
    "first_day_of",
    184,
    r"(?i:the)\s+(?P<nth>(?i:first|last|final))\s+(?P<what>(?i:day|week))\s+(?i:of)\s+"
    r"(?:(?P<rel>(?i:the|this|that|next|last))\s+(?P<unit>(?i:year|month))|(?P<year>"
    + YEAR
    + r"))(?!\w)",
)
def _first_day_of(g: Groups, ctx: Context) -> Reading | None:
    # "the first day of the year", "the last week of 2019", "the final day of next month"
    rel = (g.get("rel") or "").lower()
    unit = (g.get("unit") or "year").lower()
    if g.get("year"):
        year, month = int(g["year"]), 0
    else:
        anchor = {"the": ctx.day_within(unit), "that": ctx.reference_day}.get(rel, ctx.dct)
        step = {"next": 1, "last": -1}.get(rel, 0)
        if unit == "year":
            year, month = anchor.year + step, 0
        else:
            year, month = cal.add_months(anchor.year, anchor.month, step)
    first = date(year, month or 1, 1)
    last = date(year, month or 12, cal.days_in_month(year, month or 12))
    day = first if g["nth"].lower() == "first" else last
    if g["what"].lower() == "week":
        # the week that holds most of its days in the year or month: that of the 4th
        day = first.replace(day=4) if day == first else last.replace(day=last.day - 3)
        return Reading("DATE", cal.week_value(day), explicit=bool(g.get("year")))
    return Reading("DATE", cal.day_value(day), explicit=bool(g.get("year")))


@rule(
    "week_of",
    190,
    rf"(?P<the>(?i:the)\s+)?(?P<span>(?i:week|weekend))\s+(?i:of)\s+"
    rf"(?:(?P<month>{MONTH})\s*(?P<day>{DAY_OF_MONTH})|(?P<dayfirst>{DAY_OF_MONTH})\s+(?P<monthlast>{MONTH}))"
    rf"(?:,?\s+(?P<year>{YEAR}))?",
)
def _week_of(g: Groups, ctx: Context) -> Reading | None:
    if g.get("dayfirst"):  # "the week of 30 March"
        g = {**g, "month": g["monthlast"], "day": g["dayfirst"]}
    reading = _day_reading(g, ctx)
    day = cal.parse_day(reading.value) if reading else None
    if reading is None or day is None:
        return None
    weekend = g["span"].lower() == "weekend"
    return Reading(
        "DATE", cal.week_value(day) + ("-WE" if weekend else ""), explicit=reading.explicit
    )


@rule(
    "month_year",
    220,
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<month>{MONTH}),?\s+(?:(?i:of)\s+)?"
    rf"(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR})|(?P<rel>(?i:this|last|next|that|"
    rf"the\s+same|the\s+following|"
    rf"the\s+previous))\s+(?i:year)(?!\w))",
)
def _month_year(g: Groups, ctx: Context) -> Reading | None:
    month = month_number(g["month"])
    mod = position_mod(g.get("mod"))
    if g.get("rel"):
        # "June last year", "January this year"; "December of that year" in the story's.
        rel = " ".join(g["rel"].lower().split())
        base = ctx.dct.year if rel in ("this", "last", "next") else ctx.reference_day.year
        step = {"last": -1, "next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        return Reading("DATE", cal.month_value(base + step, month), mod=mod)
    year = int(g["year"]) if g.get("year") else spelled_year(g["spelled"])
    return Reading("DATE", cal.month_value(year, month), mod=mod, explicit=True)


@rule(
    "spelled_year",
    240,
    rf"(?P<lead>(?i:the\s+year\s+))?(?P<spelled>{SPELLED_YEAR})",
)
def _spelled_year(g: Groups, ctx: Context) -> Reading | None:
    year = spelled_year(g["spelled"])
    if year >= 2000 and not g.get("lead"):
        if ctx.word_before() not in ("in", "since", "by", "until", "of"):
            return None  # "two thousand troops"
    # "in the year 2000" is the year alone; "the year 2000" keeps its words
    trim = len(g["lead"]) if g.get("lead") and ctx.word_before() == "in" else 0
    return Reading("DATE", f"{year:04d}", explicit=True, trim_start=trim)


@rule(
    "decade",
    300,
    rf"(?:(?P<edge>{EDGE})\s+)?(?P<the>(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
    r"(?:(?P<dec>(?:1[1-9]|20)\d)0'?s|'(?P<short>\d)0s|(?P<word>(?i:twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties)))(?!\w)",
)
def _decade(g: Groups, ctx: Context) -> Reading | None:
    if g.get("dec"):
        value = g["dec"]
    elif g.get("short"):
        decade = int(g["short"])
        century = 20 if 2000 + decade * 10 <= ctx.dct.year else 19
        value = f"{century}{decade}"
    else:
        if not g.get("the"):
            return None  # "in his fifties" is an age
        words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"]  # fmt: skip
        value = f"19{words.index(g['word'].lower()) + 2}"
    mod = position_mod(g.get("mod") or g.get("edge"))  # "the end of the 1930s"
    return Reading("DATE", value, mod=mod, explicit=bool(g.get("dec")))


@rule(
    "century",
    310,
    r"(?P<the>(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?"
    r"(?P<ord>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+(?i:century)(?!\w)",
)
def _century(g: Groups, ctx: Context) -> Reading | None:
    mod = position_mod(g.get("mod"))
    return Reading("DATE", f"{int(g['ord']) - 1:02d}", mod=mod, explicit=True)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|[.,]\d|-\d|(?i:percent|per cent|km|kilometers|miles|meters|feet|tons|tonnes|kg|"
    r"mph|points|barrels|votes|people|troops|soldiers|delegates|pounds|GMT|UTC|hrs|hours)(?!\w))"
)


@rule(
    "split_year",
    315,
    r"(?:(?P<the>(?i:the))\s+)?(?:(?P<lead>(?i:financial|fiscal|school|academic|tax|budget)"
    r"\s+(?i:year)|(?i:fiscal|FY))\s*)?"
    r"(?:(?<=[Yy])|(?<![\w$€£#.,/-]))(?P<first>(?:19|20)\d\d)[/-](?P<last>\d\d)"
    r"(?![\w/-])(?:\s+(?P<kind>(?i:financial|fiscal|school|academic|tax|budget|marketing)"
    r"\s+year|(?i:season)))?",
)
def _split_year(g: Groups, ctx: Context) -> Reading | None:
    # "the 2020/21 financial year", "2026/27", "the 2005-06 season": a year written across
    # two calendar years, numbered by the one it ends in
    first = int(g["first"])
    if (first + 1) % 100 != int(g["last"]):
        return None  # "1995-97" is a range of years, not one year
    # "the financial year 2022-23" keeps its article, as "the 2020/21 financial year" does
    trim = len(g["the"]) + 1 if g.get("the") and not (g.get("kind") or g.get("lead")) else 0
    return Reading("DATE", str(first + 1), explicit=True, trim_start=trim)


@rule(
    "year",
    320,
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?:(?i:the\s+year)\s+)?"
    rf"(?:(?P<fiscal>(?i:fiscal year|fiscal|FY))\s*)?"
    rf"(?:(?P<post>(?i:post|pre))-)?(?:(?<=[Ff][Yy])|(?<![\w$€£#.,]))(?P<year>{YEAR})",
)
def _year(g: Groups, ctx: Context) -> Reading | None:
    if _NOT_YEAR_AFTER.match(ctx.text, ctx.end):
        return None
    before = ctx.text[max(0, ctx.start - 2) : ctx.start]
    if before.endswith(("$", "#", "No. ", "no. ")):
        return None
    value = g["year"]
    mod = position_mod(g.get("mod"))
    if g.get("post"):
        mod = "AFTER" if g["post"].lower() == "post" else "BEFORE"
    return Reading("DATE", value, mod=mod, explicit=True)
