"""Calendar dates written out: ISO and numeric dates, month and day, month and year, years."""

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
from ..intervals import value_interval
from ..lexicon import AMBIGUOUS_MONTHS, DAY_ORDINALS, MONTHS, ORDINALS, WEEKDAYS
from .base import (
    Context,
    Groups,
    Reading,
    in_habitual_range,
    is_described,
    nearest_year,
    position_mod,
    rule,
    story_year,
)

# A lower-case word after a date, which then names an event: "the Jan. 6 attack".
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|at|on|of|for|by|with|was|is|when)\b)[a-z]{3,}\b")


# The nouns of a futures market after a month: "October delivery", "the March contract",
# "December corn slipped" (but not "October oil exports", a month's data).
_CONTRACT_AFTER = re.compile(
    r"(?i)\s+(?:delivery|contracts?|futures|(?:corn|wheat|soybeans?|soymeal|oats|cotton|"
    r"coffee|cocoa|sugar|cattle|hogs|copper|gold|silver|platinum|crude|Brent|gasoline|"
    r"heating oil|natural gas)\b(?!\s+(?:exports?|imports?|production|output|sales|"
    r"shipments|prices|stocks|inventories|consumption|demand|supply|crop|harvest)\b))\b"
)
# "Futures for December jumped", "Brent crude for April settled": a contract month after
# its market.
_CONTRACT_BEFORE = re.compile(
    r"(?i)\b(?:futures\s+(?:for|in)|(?:crude|oil|gasoline|gold|silver|copper|corn|wheat|"
    r"soybeans|coffee|cocoa|sugar|cotton)\s+for)\s+$"
)
# The nouns of economic data around the month they measure: "figures for June", "the three
# months to July", "the January employment report".
_MEASURES = frozenset("figures data statistics numbers payrolls months".split())
_MEASURED_AFTER = re.compile(
    r"\s+(?:figures|data|statistics|numbers|payrolls|employment|jobs|inflation|retail)\b"
)


def month_number(name: str) -> int:
    return MONTHS[name.lower()]


def year_for_month(month: int, day: int | None, ctx: Context) -> int:
    """Which year a month (and day) written without a year falls in.

    The clause's tense picks the direction (a clause without a cue reads as past: news
    reports what happened), unless the reading that way is much further from the document
    date than the nearest one: for a month and day, more than twice as far when no tense is
    stated ("effective Feb. 1" in October is next February) and four times when one is
    ("poured gasoline on Feb. 16", told in November, is last February); more than twelve
    times for a bare month, whose tense says more ("held in May",
    told in April, is last May; "orders for November", told on October 30, are this
    November's even after a past verb). After "until", a month and day also gets twelve
    times: "in force until Dec. 31", told in March, is this December. The end of a range
    follows its start: "from June through September" is September after that June.
    """
    dct = ctx.dct
    if ctx.word_before() == "since" and not ctx.reference_year_written:
        # "have restructured the debts since March", told in February: a start gone by
        this_year = date(dct.year, month, min(day or 1, 28))
        return dct.year if this_year <= dct else dct.year - 1
    start = _range_start(ctx)
    if start is not None:
        floor = start if day is not None else start.replace(day=1)
        return start.year if date(start.year, month, min(day or 1, 28)) >= floor else start.year + 1
    if day is not None:
        written = ctx.written_days.get((month, day))
        if written is not None and not (
            ctx.direction() == "future" and date(written, month, min(day, 28)) < dct
        ):
            # "On Oct. 10, 1998, she set out … the weekend of Oct. 10"; but a memorial
            # "planned on Aug. 15", after "Aug. 15, 2015", is this year's anniversary
            return written
        story = story_year(lambda y: date(y, month, min(day, 28)), ctx)
        if story is not None:
            return story
        # A limit the clause holds open ("remain in force until Dec. 31") lies ahead
        # however far it is, and a day naming an event ("the Jan. 6 attack was
        # investigated") lies where the tense puts it; other day dates keep to the nearer
        # side.
        named = ctx.word_before() == "the" and _NOUN_AFTER.match(ctx.following(20))
        # "the fiscal year, which ended June 30": the verb right before says which side.
        before = ctx.words_before(2)
        if before[-1:] == ["on"]:
            before = before[:-1]  # "ended on 31 March"
        told = before[-1:] and before[-1] in (
            "until",
            "till",
            "ended",
            "began",
            "expired",
            "started",
        )
        reach = 12 if told or named else 2
        return nearest_year(lambda y: date(y, month, min(day, 28)), ctx, reach=reach)
    if month == dct.month:
        return dct.year
    before = ctx.words_before(2)
    if _MEASURED_AFTER.match(ctx.following(16)) or (
        len(before) == 2 and before[0] in _MEASURES and before[1] in ("for", "to")
    ):
        # "Figures for June are due next Wednesday", told in July: data come out after the
        # month they measure, so it is the last such month
        return dct.year if month < dct.month else dct.year - 1
    if _CONTRACT_AFTER.match(ctx.following(40)) or _CONTRACT_BEFORE.search(
        ctx.text, max(0, ctx.start - 20), ctx.start
    ):
        # "crude for October delivery", "the March contract": a month still to come.
        return dct.year if month > dct.month else dct.year + 1
    return nearest_year(lambda y: date(y, month, 15), ctx, reach=12)


_RANGE_END = frozenset({"through", "thru", "to", "until", "till"})
_FROM = re.compile(r"(?i)\bfrom\b")


def _range_start(ctx: Context) -> date | None:
    """The first day of the date a range in the same sentence began with, when this month
    closes it ("from June through September")."""
    word = ctx.word_before()
    if word not in _RANGE_END or not ctx.previous_in_sentence:
        return None
    if word == "to" and not _FROM.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return None  # "a revision Friday to December's figures": no range
    value = ctx.previous_in_sentence
    interval = value_interval(value)
    return interval.start if interval and interval.precision in ("day", "month") else None


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
    # "the first of July" is July 1; the article stays out, as in "the 1st of July", but
    # not from the holiday's name, "the Fourth of July".
    reading = _day_reading({**g, "day": str(DAY_ORDINALS[g["nth"].lower()])}, ctx)
    if reading is None or (g["nth"] == "Fourth" and g["month"] == "July"):
        return reading
    return replace(reading, trim_start=len(g["the"]))


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
    "month_relative",
    230,
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<rel>(?i:this past|this coming|last|next|this|that|"
    rf"the\s+following|the\s+previous))\s+(?P<month>{MONTH})(?:\s*(?P<day>{DAY_OF_MONTH}))?",
)
def _month_relative(g: Groups, ctx: Context) -> Reading | None:
    month = month_number(g["month"])
    rel = " ".join(g["rel"].lower().split())
    anchor = ctx.reference_day if rel in ("that", "the following", "the previous") else ctx.dct
    if rel == "the following":
        # "By the following March": the first March after the story's time.
        rel = "next"
    elif rel == "the previous":
        rel = "this past"
    if rel in ("last", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
        if rel == "last" and 0 < anchor.month - month <= 2:
            # "last February" said in March is a year back: the month just gone is
            # "last month".
            year -= 1
    elif rel in ("next", "this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    if g.get("day"):
        day = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
        value = f"{cal.month_value(year, month)}-{day:02d}"
        return Reading("DATE", value) if cal.parse_day(value) else None
    return Reading("DATE", cal.month_value(year, month), mod=position_mod(g.get("mod")))


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


_CALENDAR_WORD = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
_MONTH_CONTEXT = frozenset(
    """in into since until till by from to through during before after of early mid late last
    next this that every each throughout around between and or for""".split()
)
# Words after which a month name is a month even before a capitalised word.
_ONLY_TIME_AFTER = frozenset("in since until till during early mid late".split())
# Nouns a month names the time of: "the May date", "the March accession", "the June vote".
# Words before a month that dates the noun after it: "its June policy meeting".
_OWNERS = frozenset("the its their his her our this".split())
_DATED_NOUN = re.compile(
    r"\s+(?:(?:policy|board|party|rate|budget|general|regional|local|presidential|"
    r"employment|jobs|unemployment|inflation|retail|trade)\s+)?(?:date|deadline|elections?|vote|votes|meeting|summit|accession|agreement|deal|talks|"
    r"ceasefire|attacks?|report|figures|data|sales|release|launch|referendum|polls?|protests?|"
    r"session|hearing|trial|visit|conference|round|offensive|decision|issue|edition|quarter)\b"
)


# Month abbreviations without their stop that are words or names of their own ("Mar del
# Plata", "Sep" for a person): a date only with a day or a year.
_BARE_ABBREVIATIONS = frozenset("mar jun jul sep".split())
# What follows "may" the verb: "MAY BE UPDATED", "May not".
_MODAL_AFTER = re.compile(r"\s+(?i:be|not|have|also|well)\b")


@rule("month", 900, rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<month>{MONTH})")
def _month(g: Groups, ctx: Context) -> Reading | None:
    name = g["month"].lower()
    if name in _BARE_ABBREVIATIONS:
        return None  # "a navy base in Mar del Plata": only "Mar 9" or "Jul 2020" is a date
    if name == "may" and _MODAL_AFTER.match(ctx.following(6)):
        return None  # "THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED"
    if (
        name in AMBIGUOUS_MONTHS
        and not g.get("mod")
        and ctx.word_before() not in _MONTH_CONTEXT
        and not (ctx.word_before() in _OWNERS and _DATED_NOUN.match(ctx.following(24)))
        and not is_described(ctx)
    ):
        return None  # "Theresa May", "march on the capital"; but "the May date"
    if (
        re.match(r"\s+[A-Z][a-z]", ctx.following(3))
        and not _CALENDAR_WORD.match(ctx.following(12))
        and ctx.word_before() not in _ONLY_TIME_AFTER
    ):
        return None  # "Jan Kavan", "April Ryan": a first name (but "in June Ms. Raman left")
    if name.endswith(".") and ctx.text[ctx.end : ctx.end + 2].strip()[:1].isdigit():
        return None
    month = month_number(name)
    if in_habitual_range(ctx):
        # "Cases usually peak between June and September": any year's months
        return Reading("DATE", f"XXXX-{month:02d}", mod=position_mod(g.get("mod")))
    year = year_for_month(month, None, ctx)
    return Reading("DATE", cal.month_value(year, month), mod=position_mod(g.get("mod")))
