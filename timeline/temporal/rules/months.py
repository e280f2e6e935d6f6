"""Months told without a year: which year a month (and day) falls in, by tense, story and
kind (economic data, contract months); a month alone ("in March") and a month by its
relation ("last March", "the following March")."""

from __future__ import annotations

import re
from datetime import date

from .. import calendar as cal
from ..grammar import DAY_OF_MONTH, MONTH, POSITION
from ..intervals import value_interval
from ..lexicon import AMBIGUOUS_MONTHS, MONTHS
from .base import (
    Context,
    Groups,
    Reading,
    is_described,
    position_mod,
    rule,
)
from .years import in_habitual_range, nearest_year, story_year

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
    r"session|hearing|trial|visit|conference|round|offensive|decision|issue|edition|quarter|"
    r"wages?|salary|salaries|pay|payments?|payroll|bills?|rent|pensions?|earnings|results)\b"
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
