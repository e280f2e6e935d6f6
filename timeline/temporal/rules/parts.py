"""Parts of the day: "this morning", "that night", "the evening", "Friday afternoon",
"late morning yesterday", "by mid-afternoon", "overnight"."""

from __future__ import annotations

import re
from datetime import timedelta

from .. import calendar as cal
from ..grammar import PART_OF_DAY, WEEKDAY
from ..lexicon import PARTS_OF_DAY, WEEKDAYS
from .base import Context, Groups, Reading, position_mod, rule
from .relative import COARSENESS
from .weekdays import weekday_date


@rule(
    "part_before_day",
    415,
    rf"(?:(?P<mod>(?i:early|late|mid))[\s-]*)?(?P<pod>(?i:morning|afternoon|evening|night|"
    rf"overnight))\s+"
    rf"(?:(?P<word>(?i:yesterday|today|tomorrow))(?!\w)|(?P<wd>{WEEKDAY}))",
)
def _part_before_day(g: Groups, ctx: Context) -> Reading | None:
    # "mid-afternoon yesterday", "late morning Friday": that day's part, as "Friday morning".
    if ctx.word_before() == "good":
        return None  # "Good morning Tuesday": a greeting
    if g.get("word"):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["word"].lower()]
        day = ctx.dct + timedelta(days=offset)
    else:
        day = weekday_date(WEEKDAYS[g["wd"].lower()], "", ctx)
    part = PARTS_OF_DAY[g["pod"].lower()]
    return Reading("TIME", f"{cal.day_value(day)}T{part}", mod=position_mod(g.get("mod")))


_TRADING = re.compile(r"\s+(?i:trading|trade|session|dealings)\b")


@rule(
    "mid_part",
    416,
    r"(?P<mid>(?i:mid)[\s-]?)?(?P<pod>(?i:morning|afternoon|evening))(?!\w)",
)
def _mid_part(g: Groups, ctx: Context) -> Reading | None:
    # "was down a further 2.2% by mid-afternoon", "fell 6% in afternoon trading": that part
    # of the day the story runs, unless its sentence names another day ("on Aug. 9, by
    # mid-morning")
    if not g.get("mid") and not _TRADING.match(ctx.following(12)):
        return None
    day = cal.parse_day(ctx.previous_in_sentence) or ctx.dct
    part = PARTS_OF_DAY[g["pod"].lower()]
    return Reading("TIME", f"{cal.day_value(day)}T{part}", mod="MID" if g.get("mid") else "")


# Words before "the night", "the morning" that make it the story's: "worked through the night".
_PART_PREPOSITIONS = frozenset(
    "in during by until of through throughout spent spend spending".split()
)


@rule(
    "part_of_day",
    420,
    rf"(?:(?P<mod>(?i:early|late))\s+)?"
    rf"(?P<rel>(?i:this|last|that\s+same|that|the\s+same|the next|the following|"
    rf"the previous|(?:earlier|later)\s+in\s+the|the))\s+(?P<pod>{PART_OF_DAY})",
)
def _part_of_day(g: Groups, ctx: Context) -> Reading | None:
    rel = " ".join(g["rel"].lower().split())
    part = PARTS_OF_DAY[g["pod"].lower()]
    if rel in ("earlier in the", "later in the"):
        # "crossed Iceland earlier in the evening": the story's day, or the publication
        # day when the story is at no day
        day = ctx.reference_day if ctx.reference_grain == "day" else ctx.dct
        return Reading("TIME", f"{cal.day_value(day)}T{part}", mod=position_mod(g.get("mod")))
    if rel in ("the same", "that same"):
        rel = "that"  # "released the same evening": the evening of the story's day
    if rel == "this":
        day = ctx.dct
    elif rel == "last":
        # "last night" is the night before the story; "last morning" is not English.
        if part != "NI":
            return None
        day = ctx.dct - timedelta(days=1)
    elif COARSENESS.get(ctx.reference_grain, 0) > COARSENESS["day"]:
        return (
            None  # "that evening" after "a 1987 rape case": which evening, the story does not say
        )
    elif rel in ("that", "the"):
        if rel == "the" and ctx.word_before() not in _PART_PREPOSITIONS:
            return None
        if rel == "the" and ctx.following(4).lower().startswith(" of"):
            return None  # "the morning of March 5": the date that follows says which day
        day = ctx.reference_day
        if part == "NI" and day == ctx.dct and ctx.direction() == "past":
            # "we worked through the night", told the next day: looked back on in passing
            day -= timedelta(days=1)
            mod = position_mod(g.get("mod"))
            return Reading("TIME", f"{cal.day_value(day)}TNI", mod=mod, moves_story=False)
    elif rel == "the previous":
        day = ctx.reference_day - timedelta(days=1)
    else:
        day = ctx.reference_day + timedelta(days=1)
    # "late last night": the end of that part of the day
    return Reading("TIME", f"{cal.day_value(day)}T{part}", mod=position_mod(g.get("mod")))


# What "overnight" qualifies when it is an adjective: "overnight rates", "an overnight stay".
_OVERNIGHT_NOUN = re.compile(r"\s+[a-z]")
_OVERNIGHT_ADVERB = re.compile(r"\s+(?:on|in|at|to|and|as|after|before|from|into|when|while)\b")


@rule("overnight", 430, r"(?i:overnight)(?!\w)")
def _overnight(g: Groups, ctx: Context) -> Reading | None:
    """ "restored power overnight": the night before the story's day (TimeML TIME, TNI)."""
    after = ctx.following(12)
    if _OVERNIGHT_NOUN.match(after) and not _OVERNIGHT_ADVERB.match(after):
        return None  # "the overnight lending rate", "an overnight stay"
    if ctx.direction() == "future":
        day = ctx.dct
    elif ctx.reference_grain == "day" and ctx.reference_day < ctx.dct:
        day = ctx.reference_day
    else:
        day = ctx.dct - timedelta(days=1)
    return Reading("TIME", f"{cal.day_value(day)}TNI", moves_story=False)
