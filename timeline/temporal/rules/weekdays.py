"""Weekdays: which Monday a "Monday" is, by its modifier ("last", "next", "that"), the
clause's tense, a day named just before it ("Youth Day, Saturday"), or the weekday it is
paired with ("Monday and Tuesday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import calendar as cal
from ..grammar import PART_OF_DAY, WEEKDAY, WEEKDAY_NAME
from ..lexicon import PARTS_OF_DAY, WEEKDAYS
from .base import Context, Groups, Reading, position_mod, rule

_RECURRING_PART = re.compile(r"(?i)\s+(?:mornings|afternoons|evenings|nights)\b")
# A noun right after "the <weekday>": the weekday qualifies it ("the Monday deadline").
NOUN_AFTER_DAY = re.compile(
    r"\s+(?!(?:and|or|to|in|at|on|of|for|by|with|when|as|if|after|before)\b)[a-z]{3,}\b"
)
# A weekday coordinated with a recurring one: "Monday and Tuesday nights".
_SHARED_RECURRENCE = re.compile(
    rf",?\s+(?:and|or)\s+{WEEKDAY_NAME}(?:s\b|\s+(?P<part>(?i:mornings|afternoons|evenings|nights))\b)"
)


def day_reading(day: date, g: Groups) -> Reading:
    # "Friday night" is a TIME: that day with its part of the day ("2000-01-07TNI"), as the
    # TimeML guidelines have it.
    mod = position_mod(g.get("mod"))
    if g.get("pod"):
        part = PARTS_OF_DAY[g["pod"].lower()]
        return Reading("TIME", f"{cal.day_value(day)}T{part}", mod=mod)
    return Reading("DATE", cal.day_value(day), mod=mod)


def weekday_date(weekday: int, rel: str, ctx: Context) -> date:
    """The day a weekday name points to, by its modifier and the clause's tense."""
    dct = ctx.dct
    if rel in ("last", "past", "this past"):
        return cal.weekday_on_or_before(dct - timedelta(days=1), weekday)
    if rel == "next" and weekday > dct.isoweekday():
        # "next Thursday", told on a Tuesday: the Thursday of next week; this week's is
        # "Thursday" or "this Thursday".
        return cal.weekday_on_or_after(dct + timedelta(days=1), weekday) + timedelta(weeks=1)
    if rel in ("next", "coming", "this coming"):
        return cal.weekday_on_or_after(dct + timedelta(days=1), weekday)
    if rel in ("that", "the previous", "the following"):
        anchor = ctx.reference_day
        if rel == "the previous":
            return cal.weekday_on_or_before(anchor - timedelta(days=1), weekday)
        if rel == "the following":
            return cal.weekday_on_or_after(anchor + timedelta(days=1), weekday)
        # "that Sunday": the one after the story's day, unless the one before is much nearer
        # ("The following day, … on the Monday night" told of a Wednesday)
        ahead = cal.weekday_on_or_after(anchor, weekday)
        behind = cal.weekday_on_or_before(anchor, weekday)
        return behind if 2 * (anchor - behind) < ahead - anchor else ahead
    if weekday == dct.isoweekday():
        return dct
    if rel == "this" and weekday > dct.isoweekday():
        # "this Sunday", told on a Thursday: the Sunday of the story's own week.
        return cal.weekday_on_or_after(dct, weekday)
    direction = ctx.direction()
    possessive = ctx.following(2) in ("'s", "’s")
    if possessive and direction != "future" and (weekday - dct.isoweekday()) % 7 == 1:
        # "The winners of Sunday's final", told on a Saturday: tomorrow's, not the one six
        # days gone, which the story would call "last Sunday's".
        return dct + timedelta(days=1)
    if direction == "future":
        ahead = cal.weekday_on_or_after(dct, weekday)
        if not possessive:
            return ahead
        # "Wednesday's ruling" names an event the story reports, most often one gone by;
        # "Sunday's final", told on a Saturday, is the one nearer the story.
        behind = cal.weekday_on_or_before(dct, weekday)
        return ahead if (ahead - dct) < (dct - behind) else behind
    # News reports what happened: a bare weekday is the most recent one, unless the clause
    # speaks of what is to come.
    return cal.weekday_on_or_before(dct, weekday)


@rule(
    "weekday",
    400,
    rf"(?:(?P<mod>(?i:early|late|mid))[\s-]+)?"
    rf"(?:(?P<rel>(?i:this past|this coming|last|next|this|coming|past|that|the previous|"
    rf"the following|the))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY})"
    r"|(?P<week>\s+week)(?![\w'’-]))?",
)
def _weekday(g: Groups, ctx: Context) -> Reading | None:
    if not g.get("pod") and _RECURRING_PART.match(ctx.following(12)):
        return None  # "Tuesday nights": every Tuesday, a set
    if (
        not (g.get("rel") or g.get("pod"))
        and ctx.word_before() in ("a", "an")
        and NOUN_AFTER_DAY.match(ctx.following(14))
    ):
        return None  # "trains will run to a Sunday timetable": a kind, not a day
    shared = _SHARED_RECURRENCE.match(ctx.text, ctx.end)
    if shared is not None and not g.get("pod") and not g.get("rel"):
        # "on Monday and Tuesday nights", "Saturdays and Sundays": each recurs
        part = shared["part"]
        suffix = f"T{PARTS_OF_DAY[part.lower()[:-1]]}" if part else ""
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}{suffix}")
    weekday = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower()
    if g.get("week"):
        if rel:
            return None
        # "on Anzac Day itself, Tuesday week": a week after the coming Tuesday
        return day_reading(cal.weekday_on_or_after(ctx.dct, weekday) + timedelta(weeks=1), g)
    if rel == "the":
        # "At 9.40pm on the Tuesday", "on the Monday night": a day of the week the story
        # is telling, as "that Tuesday"; not "the Monday deadline" or "the Friday prayers".
        if ctx.word_before() not in ("on", "by", "until", "till", "since") or (
            not g.get("pod") and NOUN_AFTER_DAY.match(ctx.following(14))
        ):
            return None
        rel = "that"
    paired = _weekday_paired_before(ctx)
    if not rel and paired is not None:
        # "suspended on Monday and Tuesday", "statements made Friday and Thursday": the
        # such day nearest the first; "from Tuesday to Saturday": the next one after it
        if ctx.word_before() in ("to", "through"):
            return day_reading(cal.weekday_on_or_after(paired + timedelta(days=1), weekday), g)
        return day_reading(_nearest_weekday(paired, weekday), g)
    named = _day_named_before(ctx)
    if not rel and named is not None:
        # "Cosmonautics Day on Sunday", "on Youth Day, Saturday": the weekday of the day
        # just named, or the one nearest it
        nearest = _nearest_weekday(named, weekday)
        if abs((nearest - named).days) <= 1:
            return day_reading(nearest, g)
    return day_reading(weekday_date(weekday, rel, ctx), g)


# What joins a weekday to the day named just before it: "Youth Day, Saturday", "on
# Cosmonautics Day on Sunday".
_JOINS_DAY = re.compile(r",?[ \t]+(?:on[ \t]+)?|,")


def _nearest_weekday(day: date, weekday: int) -> date:
    """The day of `weekday` nearest `day`, later if the two are as near."""
    ahead = cal.weekday_on_or_after(day, weekday)
    behind = cal.weekday_on_or_before(day, weekday)
    return ahead if ahead - day <= day - behind else behind


# What joins two weekdays ("Monday and Tuesday", "Monday to Friday"), and a weekday that
# ends the expression before.
_PAIRS_DAYS = re.compile(r",?\s+(?:and|or|to|through)\s+")
_ENDS_IN_WEEKDAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$"
)


def _weekday_paired_before(ctx: Context) -> date | None:
    """The day of the weekday the expression is paired with ("Monday and Tuesday"), when
    that weekday is the expression just before it."""
    if ctx.previous_end < 0 or not _PAIRS_DAYS.fullmatch(ctx.text, ctx.previous_end, ctx.start):
        return None
    if not _ENDS_IN_WEEKDAY.search(ctx.text, max(0, ctx.previous_end - 25), ctx.previous_end):
        return None
    return cal.parse_day(ctx.previous_in_sentence)


def _day_named_before(ctx: Context) -> date | None:
    """The day the expression right before the weekday names, when only a comma or "on"
    stands between them."""
    if ctx.previous_end < 0 or not _JOINS_DAY.fullmatch(ctx.text, ctx.previous_end, ctx.start):
        return None
    return cal.parse_day(ctx.previous_in_sentence)
