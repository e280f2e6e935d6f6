"""Which year a date told without one falls in: the one its clause's tense points to, the
story's own, or any year's when the clause tells what happens every year."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..intervals import value_interval
from .base import Context


def nearest_year(date_in: Callable[[int], date], ctx: Context, reach: float = 2) -> int:
    """The year whose date lies the way the clause's tense points, unless that date is more
    than `reach` (at least 4) times as far from the document date as the nearest one, which
    then wins. A clause without a cue leans to the past (news reports what happened), but
    only as far as twice the nearest distance."""
    dct = ctx.dct
    years = (dct.year - 1, dct.year, dct.year + 1)

    def distance(year: int) -> int:
        return (date_in(year) - dct).days

    nearest = min(years, key=lambda y: abs(distance(y)))
    direction = ctx.direction()
    if direction is None:
        reach = min(reach, 2)
    elif reach < 4:
        # A tense the clause states ("poured gasoline on Feb. 16", told in November) is
        # trusted up to four times the nearest distance.
        reach = 4
    if direction != "future":
        best = max((y for y in years if distance(y) <= 0), key=distance)
    else:
        best = min((y for y in years if distance(y) >= 0), key=distance)
    return best if abs(distance(best)) <= reach * abs(distance(nearest)) else nearest


_YEAR_AFTER = re.compile(
    r"(?i),?\s+(?:this|last|next|that|the same|the previous|the following) year\b"
)


def story_year(date_in: Callable[[int], date], ctx: Context) -> int | None:
    """The year of a day told without its year ("by 20 March", "before Christmas") in a
    story that has moved to a day of another year, one it wrote out ("On 22 March 2020 …",
    "a memo of Dec. 4, 1994"): the year whose day lies nearest that day. None when the story
    is in the document's year, or the clause looks ahead."""
    reference = ctx.reference_day
    if (
        ctx.reference_year_written
        and ctx.reference_grain in ("month", "season")
        and reference.year != ctx.dct.year
        and ctx.direction() != "future"
    ):
        # "the riots of October 1831 … the night of 30 October", "the summer of 2015 …
        # Banks shut on June 29th": a day of the month or season the story is in
        period = value_interval(ctx.reference)
        if period is not None and period.start <= date_in(reference.year) <= period.end:
            return reference.year
    if (
        not ctx.reference_year_written
        or ctx.reference_grain != "day"
        or reference.year == ctx.dct.year
        or ctx.direction() == "future"
        or _YEAR_AFTER.match(ctx.following(20))
    ):
        return None  # ("March 1 this year" names its year in the next words)
    years = (reference.year - 1, reference.year, reference.year + 1)
    return min(years, key=lambda y: abs((date_in(y) - reference).days))


# A date that opens a range ("between June and September", "from July 1 to June 30") and
# the words that close one before a date.
_OPENS_RANGE = re.compile(
    r"\s+(?:and|to|through|until|till)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z]|\d{1,2}\s+[A-Z])"
)
_CLOSES_RANGE = re.compile(
    r"\b(?:[Bb]etween|[Ff]rom)\s+(?:(?:early|late|mid)[\s-]+)?[A-Z0-9][\w'.]*(?:\s+[\w'.]+){0,3}"
    r"\s+(?:and|to|through|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$"
)
# What happens most years, in the present: "usually peak", "normally run", "held each
# year", "the hurricane season runs from June 1" (not "was usually", a past habit, nor
# "usually held in May", one date still to come).
_HABITUAL = re.compile(
    r"(?i)(?<!was )(?<!were )(?<!had )\b(?:usually|normally|typically|generally|"
    r"traditionally|customarily|tends? to|(?:each|every) year)\b"
    r"|\b(?:season|year)\s+(?:runs|lasts|stretches)\s+(?:from|between)\s"
)
_YEAR_NAMED_NEAR = re.compile(r"(?i)\b(?:this|last|next|that) year\b|\b(?:1[89]|20)\d\d\b")


_RANGE_WORDS = frozenset("between from and to through until till".split())


def in_habitual_range(ctx: Context) -> bool:
    """Whether the date bounds a range ("between June and September", "from July 1 to June
    30", "between Christmas and New Year") in a clause that tells what happens every year,
    naming no year: then it is any year's date."""
    word = ctx.word_before()
    if word not in _RANGE_WORDS:
        return False  # the common case, told at the cost of one word
    before = ctx.text[max(0, ctx.start - 120) : ctx.start]
    stop = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
    before = before[stop + 1 :]
    if word in ("between", "from"):
        if not _OPENS_RANGE.match(ctx.following(24)):
            return False
    elif not _CLOSES_RANGE.search(before):
        return False
    after = re.split(r"[,.;]\s", ctx.following(60), maxsplit=1)[0]  # the rest of the clause
    return bool(_HABITUAL.search(before) or _HABITUAL.search(after)) and not (
        _YEAR_NAMED_NEAR.search(before + after)
    )
