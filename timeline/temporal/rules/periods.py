"""Business periods: quarters and halves, the year-ago period, year-end, the full year."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .. import calendar as cal
from ..grammar import EDGE, MONTH, ORDINAL, YEAR
from ..intervals import value_interval
from ..lexicon import ORDINALS
from .base import NOUN_NEXT, Context, Groups, Reading, position_mod, rule
from .months import month_number, year_for_month


def period_number(word: str, kind: str) -> int | None:
    """The number of the quarter ("Q") or half ("H") an ordinal names ("last" is the final
    one), or None if there is no such period ("fourth half")."""
    count = 4 if kind == "Q" else 2
    number = count if word in ("last", "final") else ORDINALS[word]
    return number if number <= count else None


def current_period(ctx: Context, rel: str) -> str:
    """The business quarter a story speaks of: the one it named, else the last one ended;
    "the current quarter" is the one the document date is in."""
    if rel == "the current":
        return cal.quarter_value(ctx.dct)
    if ctx.reference_is_period and ctx.reference.endswith(("Q1", "Q2", "Q3", "Q4")):
        return ctx.reference
    if rel == "the latest":
        return cal.shift_period(cal.quarter_value(ctx.dct), "quarter", -1) or ""
    return cal.quarter_value(ctx.dct)


def _already_a_year_back(ctx: Context) -> bool:
    """Whether the story's time is itself the period a year-ago comparison names: one that
    ended more than six months and less than two years before the document date. A story
    reports a period within months of its end ("Last year catastrophe losses totaled $5
    million … The year-earlier results" is last year's, not the year before). A period
    its own sentence names is the one compared ("a third-quarter loss, against a
    year-earlier profit")."""
    if ctx.previous_in_sentence or ctx.reference_grain not in ("year", "half", "quarter"):
        return False
    interval = value_interval(ctx.reference)
    if interval is None:
        return False
    return timedelta(days=183) < ctx.dct - interval.end < timedelta(days=730)


def _period_a_year_before(ctx: Context, any_period: bool = False) -> str:
    """The business period a year before the one the story reports on; a quarter, unless
    `any_period` lets a half the story names count ("For the first half, profit totaled
    $261 million, compared with $229 million in the same period last year")."""
    if any_period and ctx.reference_is_period and "H" in ctx.reference:
        current = ctx.reference
    else:
        current = current_period(ctx, "the latest")
    if current == ctx.reference and _already_a_year_back(ctx):
        return current
    return cal.shift_period(current, "year", -1) or current


@rule(
    "quarter",
    250,
    rf"(?:(?P<edge>{EDGE})\s+)?(?P<the>(?i:the|this\s+year's|last\s+year's|next\s+year's)\s+)?"
    rf"(?:(?P<qyear>{YEAR})\s+)?(?P<fiscal>(?i:fiscal)[\s-]+)?"
    rf"(?P<ord>{ORDINAL})[\s-]+(?P<kind>(?i:quarter|half))(?!\w)"
    rf"(?:\s+(?i:of)\s+(?:(?P<year>{YEAR})|(?P<rel>(?i:this|last|next|that|the))\s+"
    rf"(?P<relunit>(?i:year|fiscal\s+year))))?"
    rf"|(?P<q>Q[1-4]|H[12])\s+(?P<qqyear>{YEAR})",
)
def _quarter(g: Groups, ctx: Context) -> Reading | None:
    if g.get("q"):
        return Reading("DATE", f"{g['qqyear']}-{g['q']}", explicit=True)
    reading = _quarter_reading(g, ctx)
    if reading is None or not g.get("edge"):
        return reading
    # "by the end of the third quarter": a part of that quarter
    return replace(reading, mod=position_mod(g["edge"]), trim_start=0)


def _quarter_reading(g: Groups, ctx: Context) -> Reading | None:
    kind = "Q" if g["kind"].lower() == "quarter" else "H"
    word = g["ord"].lower()
    count = 4 if kind == "Q" else 2
    hyphenated = "-" in ctx.text[ctx.start : ctx.end].split(g["ord"], 1)[-1][:2]
    lead = (g.get("the") or "").lower().split()
    trim = len(g["the"]) if lead[:1] == ["the"] and hyphenated else 0
    if word in ("last", "final") and not (g.get("year") or g.get("rel") or g.get("qyear")):
        return None  # "the last quarter" alone is the one before now
    number = period_number(word, kind)
    if number is None:
        return None
    year = g.get("year") or g.get("qyear")
    if year:
        return Reading("DATE", f"{year}-{kind}{number}", explicit=True, trim_start=trim)
    owner = " ".join(lead[:2])
    if owner in ("last year's", "next year's") or g.get("rel"):
        rel = (g.get("rel") or owner.split()[0]).lower()
        shift = {"last": -1, "next": 1}.get(rel, 0)
        base = {"that": ctx.reference_day, "the": ctx.day_within("year")}.get(rel, ctx.dct).year
        return Reading("DATE", f"{base + shift}-{kind}{number}", trim_start=trim)
    return Reading("DATE", f"{_period_year(number, count, ctx)}-{kind}{number}", trim_start=trim)


def _period_year(number: int, count: int, ctx: Context) -> int:
    """The year of the quarter (count 4) or half (count 2) `number` a story names without
    one. Business news reports on the current and the last ended periods: those are this
    year's; a later one is last year's unless the clause looks ahead, an earlier one next
    year's only when it does."""
    dct = ctx.dct
    current = (dct.month - 1) // (12 // count) + 1
    ahead = ctx.direction() == "future"
    if number > current:
        if (
            current == 1
            and number == count
            and _RESULTS_FOR.search(ctx.text, max(0, ctx.start - 24), ctx.start)
        ):
            # "due to report results for the October-December quarter", told in January:
            # the period just ended, whatever the clause says of the reporting
            return dct.year - 1
        return dct.year if ahead else dct.year - 1
    if number < current - 1 and ahead:
        return dct.year + 1
    return dct.year


_RESULTS_FOR = re.compile(r"(?i)\b(?:results|earnings)\s+(?:for|in|of)\s+$")


# The quarter named by the month it ends: "the March quarter" (Australian and Asian usage).
_QUARTER_ENDING = {"march": 1, "june": 2, "september": 3, "sept": 3, "sep": 3, "december": 4,
                   "dec": 4}  # fmt: skip


@rule(
    "month_quarter",
    248,
    r"(?P<the>(?i:the)\s+)?(?P<month>March|June|September|December|Sept?\.|Dec\.)"
    r"[\s-]+(?i:quarter)(?!\w)",
)
def _month_quarter(g: Groups, ctx: Context) -> Reading | None:
    number = _QUARTER_ENDING[g["month"].lower().rstrip(".")]
    return Reading("DATE", f"{_period_year(number, 4, ctx)}-Q{number}")


@rule(
    "months_of_year",
    244,
    r"(?P<the>(?i:the)\s+)(?P<edge>(?i:first|last|final))\s+(?P<count>(?i:three|six))\s+"
    rf"(?i:months)\s+(?i:of)\s+(?P<year>{YEAR})",
)
def _months_of_year(g: Groups, ctx: Context) -> Reading | None:
    # "the first three months of 2010", "the final six months of 2024": a quarter or half
    first = g["edge"].lower() == "first"
    if g["count"].lower() == "three":
        return Reading("DATE", f"{g['year']}-Q{1 if first else 4}", explicit=True)
    return Reading("DATE", f"{g['year']}-H{1 if first else 2}", explicit=True)


# Months that open and close a calendar quarter or half: "April-June", "July-December".
_SPANS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}


@rule(
    "month_span",
    247,
    rf"(?P<the>(?i:the)\s+)?(?P<first>{MONTH})[-–](?P<last>{MONTH})"
    r"(?:\s+(?P<what>(?i:quarter|period|half)))?(?!\w)(?:\s+(?i:of)\s+(?P<year>" + YEAR + "))?",
)
def _month_span(g: Groups, ctx: Context) -> Reading | None:
    # "in April-June", "the January-March period", "the April-June quarter of 2020": the
    # quarter (or half) those months make up.
    months = (month_number(g["first"]), month_number(g["last"]))
    span = _SPANS.get(months)
    if span is None or (g.get("the") and not g.get("what") and not g.get("year")):
        return None
    if g.get("year"):
        return Reading("DATE", f"{g['year']}-{span}", explicit=True)
    count = 4 if span[0] == "Q" else 2
    return Reading("DATE", f"{_period_year(int(span[1]), count, ctx)}-{span}")


@rule(
    "comparison_period",
    245,
    rf"(?P<the>(?i:the)\s+)?(?:(?i:comparable|corresponding|same)\s+)?"
    rf"(?P<ago>(?i:year[\s-]earlier|year[\s-]ago|prior[\s-]year)|(?P<year>{YEAR}))"
    rf"(?:\s+(?P<ord>{ORDINAL}))?"
    rf"(?:[\s-]+(?P<what>(?i:quarter|period|(?:nine|six|three)\s+months|half)))?(?!\w)"
    rf"|(?P<the2>(?i:the)\s+)(?:(?i:corresponding|comparable|same)\s+)?"
    rf"(?P<unit2>(?i:period|quarter|month))"
    rf"\s+(?P<lastyear>(?i:last\s+year|a\s+year\s+(?:ago|earlier)))"
    rf"|(?P<lastyears>(?i:last\s+year's))\s+(?i:quarter|period)",
)
def _comparison_period(g: Groups, ctx: Context) -> Reading | None:
    what = " ".join((g.get("what") or "").lower().split())
    if g.get("unit2", "").lower() == "month":
        # "up 16.3 percent from the same month last year", told of September
        if ctx.reference_grain not in ("month", "day"):
            return None
        return Reading("DATE", cal.shift_value(ctx.reference_day, "month", -12), moves_story=False)
    if g.get("lastyear") or g.get("lastyears"):
        any_period = (g.get("unit2") or "").lower() == "period"
        return Reading("DATE", _period_a_year_before(ctx, any_period), moves_story=False)
    if g.get("year"):
        if what not in ("quarter", "period", "half"):
            return None  # a plain year: the year rule reads it
        word = (g.get("ord") or "").lower()
        if word in ORDINALS and what in ("quarter", "half"):
            kind = "Q" if what == "quarter" else "H"
            number = period_number(word, kind)
            if number is None:
                return None
            return Reading("DATE", f"{g['year']}-{kind}{number}", explicit=True)
        if what == "half":
            return None
        period = current_period(ctx, "the latest")
        return Reading("DATE", f"{g['year']}{period[4:]}" if period else g["year"])
    if what.endswith("months"):
        months = {"nine": 9, "six": 6, "three": 3}[what.split()[0]]
        return Reading("DURATION", f"P{months}M", moves_story=False)
    if g.get("ord"):
        number = ORDINALS[g["ord"].lower()]
        year = int(current_period(ctx, "the latest")[:4]) - 1
        return Reading("DATE", f"{year}-Q{number}", moves_story=False)
    if not what and g.get("the"):
        return None  # "the year-earlier" needs its noun
    if ctx.reference_is_period or what in ("quarter", "period"):
        any_period = what != "quarter"
        return Reading("DATE", _period_a_year_before(ctx, any_period), moves_story=False)
    if _already_a_year_back(ctx):
        return Reading("DATE", ctx.reference, moves_story=False)
    return Reading("DATE", cal.shift_value(ctx.reference_day, "year", -1), moves_story=False)


@rule(
    "year_end",
    505,
    rf"(?P<the>(?i:the)\s+)?(?:(?i:year[\s-]end|year's\s+end)|(?P<mid>(?i:mid[\s-]?year))(?:\s+(?P<year>{YEAR}))?"
    r"|(?P<full>(?i:full\s+year)))(?!\w)",
)
def _year_end(g: Groups, ctx: Context) -> Reading | None:
    # The year of the story's business periods, else the document's: an earlier year the
    # story mentioned in passing ("an index based on 1969") does not move the books.
    year = int(ctx.reference[:4]) if ctx.reference_is_period else ctx.dct.year
    if g.get("full"):
        if not g.get("the"):
            return None
        return Reading("DATE", str(year))
    if g.get("mid"):
        if ctx.following(1) == "-" or NOUN_NEXT.match(ctx.following(12)):
            return None  # "midyear elections", "a mid-year review": a kind of thing
        if g.get("year"):
            return Reading("DATE", g["year"], mod="MID", explicit=True)  # "midyear 2008"
        return Reading("DATE", str(year), mod="MID")  # "a rise by mid-year"
    if ctx.word_before() == "since" and year == ctx.dct.year:
        year -= 1  # "up 5% since year-end": the end of last year
    return Reading("DATE", str(year), mod="END")


# The month a fiscal year ends or begins in, told after it: "the fiscal year ended June 30",
# "the fiscal year to March", "the fiscal year that began July 1".
_FISCAL_BOUND = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?P<verb>(?i:ended|ending|ends|to|through|began|begins|started"
    rf"|starting))\s+(?:(?i:on|in)\s+)?(?:(?P<dayfirst>\d{{1,2}})\s+)?(?P<month>{MONTH})"
    rf"(?:\s*(?P<day>\d{{1,2}})(?!\d))?"
)


def fiscal_year_bounded(ctx: Context) -> int | None:
    """The number of the fiscal year the words after "the fiscal year" bound, if they do:
    the year it ends in, unless it ends by March, when nine of its months or more lie in the
    year it starts in (April 2022 to March 2023 is 2022, as Japan numbers it; July 2006 to
    June 2007 is 2007; June 1998 to May 1999 is 1999)."""
    bounded = _FISCAL_BOUND.match(ctx.following(40))
    if bounded is None:
        return None
    verb = bounded["verb"].lower()
    month = month_number(bounded["month"])
    written = bounded["day"] or bounded["dayfirst"]
    day = int(written) if written else None
    told = date(ctx.dct.year, month, min(day or 1, 28))
    if verb in ("ended", "began", "started"):
        year = ctx.dct.year if told <= ctx.dct else ctx.dct.year - 1  # gone by
    elif verb == "ends":
        year = ctx.dct.year if told >= ctx.dct else ctx.dct.year + 1  # the one under way
    else:
        year = year_for_month(month, day, ctx)
    if verb.startswith(("beg", "start")):
        start_year, start_month = year, month
    else:
        start_year, start_month = cal.add_months(year, month, -11)
    return start_year if 13 - start_month >= 9 else start_year + 1
