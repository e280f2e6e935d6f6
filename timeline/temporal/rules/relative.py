"""Dates relative to the document or the story: "yesterday", "last month", "the week", "the
coming year" (weekdays: `weekdays.py`; parts of the day: `parts.py`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import calendar as cal
from ..grammar import (
    MONTH,
    PART_OF_DAY,
    POSITION,
    YEAR,
)
from ..lexicon import MONTHS, PARTS_OF_DAY
from .base import (
    Context,
    Groups,
    Reading,
    duration_value,
    position_mod,
    rule,
)
from .periods import current_period, fiscal_year_bounded
from .weekdays import NOUN_AFTER_DAY, day_reading

# Nouns after "today's" or "tomorrow's" that speak of the times, not of a day ("today's
# youth", "tomorrow's world"), against "today's editions", "tomorrow's vote".
_GENERIC_AFTER = re.compile(
    r"(?i)['’]s\s+(?:[a-z-]+\s+)?(?:world|youth|young|society|generation|generations|children|"
    r"kids|economy|technology|technologies|computers|standards|culture|life|lives|leaders|"
    r"market|markets|families|workers|students|parents|women|men|people|reality|realities|"
    r"challenges|problems|threats|environment|climate|age|era)\b"
)


@rule(
    "deictic_day",
    410,
    rf"(?:(?P<mod>(?i:early|late|earlier|later))\s+|(?P<next>(?i:the\s+day\s+(?:after|before)))\s+)?"
    rf"(?P<word>(?i:yesterday|today|tonight|tomorrow))(?!\w)(?:\s+(?P<pod>{PART_OF_DAY}))?",
)
def _deictic_day(g: Groups, ctx: Context) -> Reading | None:
    word = g["word"].lower()
    if word != "yesterday" and _GENERIC_AFTER.match(ctx.following(30)):
        return None  # "in today's world", "tomorrow's leaders": the present, generically
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
    if g.get("next"):
        # "the day after tomorrow", "the day before yesterday"
        offset += 1 if g["next"].lower().endswith("after") else -1
    day = ctx.dct + timedelta(days=offset)
    if word == "tonight" and not g.get("next"):
        return Reading("TIME", f"{cal.day_value(day)}TNI")
    if g.get("pod"):
        part = PARTS_OF_DAY[g["pod"].lower()]
        return Reading("TIME", f"{cal.day_value(day)}T{part}")
    return day_reading(day, g)


@rule("midweek", 417, r"(?i:mid[\s-]?week)(?![\w-])")
def _midweek(g: Groups, ctx: Context) -> Reading | None:
    # "will certify a winner by midweek": the middle of this week, or of the next when this
    # one's middle is past; "a midweek match" is a kind of match
    if NOUN_AFTER_DAY.match(ctx.following(12)):
        return None
    day, weekday = ctx.dct, ctx.dct.isoweekday()
    ahead = ctx.word_before() in AHEAD_WORDS or ctx.direction() == "future"
    if ahead and weekday >= 4:
        day += timedelta(days=8 - weekday)
    elif not ahead and weekday <= 2:
        day -= timedelta(days=7)
    return Reading("DATE", cal.week_value(day), mod="MID")


@rule(
    "unit_before",
    418,
    r"(?i:the)\s+(?P<unit>(?i:day|night|week|month|year))\s+(?P<dir>(?i:before|after))"
    r"(?=\s*[.,;:!?)\"'”]|\s+(?:and|but|when|while|as)\b)",
)
def _unit_before(g: Groups, ctx: Context) -> Reading | None:
    # "down from 61 the week before", "had killed themselves the week before": one unit
    # before (or after) the story's time, told with nothing after it
    unit = g["unit"].lower()
    step = -1 if g["dir"].lower() == "before" else 1
    if COARSENESS.get(ctx.reference_grain, 0) > COARSENESS.get(unit, 1):
        return None  # "the week before", after "in 2012": which week, the story does not say
    if unit != "week" and ctx.reference == cal.day_value(ctx.dct):
        return None  # the day before what? The story has named no day of its own
    if unit == "night":
        day = ctx.reference_day + timedelta(days=step)
        return Reading("TIME", f"{cal.day_value(day)}TNI", moves_story=False)
    return Reading("DATE", cal.shift_value(ctx.reference_day, unit, step), moves_story=False)


@rule(
    "unit_before_last",
    417,
    r"(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?:(?i:before)\s+(?P<back>(?i:last|yesterday))"
    r"|(?i:after)\s+(?P<ahead>(?i:next|tomorrow)))(?!\w)",
)
def _unit_before_last(g: Groups, ctx: Context) -> Reading | None:
    # "the week before last", "the day before yesterday", "the month after next": two
    # units from the publication date
    unit = g["unit"].lower()
    anchor = (g.get("back") or g.get("ahead") or "").lower()
    if (unit == "day") != (anchor in ("yesterday", "tomorrow")):
        return None  # "the week before yesterday" is not said
    step = -2 if g.get("back") else 2
    return Reading("DATE", cal.shift_value(ctx.dct, unit, step))


@rule(
    "same_period_of",
    499,
    rf"(?i:the\s+same)\s+(?P<unit>(?i:period|quarter|half|month))\s+(?i:of)\s+(?P<year>{YEAR})",
)
def _same_period_of(g: Groups, ctx: Context) -> Reading | None:
    # "up from 250 million in the same period of 2021", after "the first half of the year":
    # the story's period, in the year named
    if ctx.reference_is_period:
        return Reading("DATE", g["year"] + ctx.reference[4:], explicit=True, moves_story=False)
    if g["unit"].lower() == "month" and ctx.reference_grain in ("month", "day"):
        value = f"{g['year']}-{ctx.reference_day.month:02d}"
        return Reading("DATE", value, explicit=True, moves_story=False)
    return None


_AND_A_HALF = re.compile(r"(?i)\s+and\s+a\s+half\b")


@rule(
    "relative_unit",
    500,
    rf"(?:(?P<mod>{POSITION})[\s-]+)?"
    rf"(?P<rel>(?i:this past|this coming|this|last|next|that\s+same|that|the same|the current|"
    rf"the coming|the previous|the following|the next|the latest|the|"
    rf"(?:later|earlier)\s+(?:this|that|in\s+the)|(?P<inmod>late|early)\s+in\s+the))"
    rf"\s+(?P<fiscal>(?i:fiscal|financial|business)\s+)?"
    rf"(?P<long>(?i:long|holiday|bank\s+holiday)\s+(?=(?i:weekend)))?"  # "the long weekend"
    rf"(?P<unit>(?i:week|weekend|month|year|quarter|period|decade|century|day))(?!\w)",
)
def _relative_unit(g: Groups, ctx: Context) -> Reading | None:
    matched = ctx.text[ctx.start : ctx.end]
    if matched.istitle() and " " in matched and _mid_sentence(ctx):
        return None  # a title: ABC's "This Week"
    if ctx.following(5).lower() == "-long":
        return None  # "the week-long holiday": a span, read as "week-long"
    if _AHEAD.match(ctx.following(7)):
        return None  # "the year ahead": a span from now on
    if _AND_A_HALF.match(ctx.following(14)):
        return None  # "the next year and a half": a span
    rel = " ".join(g["rel"].lower().split())
    if rel == "that same":
        rel = "the same"  # "crossed out that same day"
    unit = g["unit"].lower()
    mod = position_mod(g.get("mod"))
    if g.get("inmod"):
        # "late in the year", "early in the week": the end or start of "the year"
        return _the_unit(unit, mod or position_mod(g["inmod"]), ctx)
    if rel.startswith(("earlier", "later")):
        mod = mod or ""
        rel = rel.split(" ", 1)[1]
        if rel == "in the":
            rel = "that"
    if unit == "period":
        if rel not in ("the latest", "the same", "the current", "that", "the previous"):
            return None
        unit = "quarter"
    if rel == "the coming" and unit in ("decade", "century") and not mod:
        return Reading("DURATION", duration_value(1, unit))  # "in the coming decade"
    if rel == "the next":
        if unit in ("decade", "century") and not mod:
            # "over the next decade": the span ahead, as "the past decade" is the one behind
            return Reading("DURATION", duration_value(1, unit))
        if unit != "day":
            return None  # "the next week" is as often a span ahead as the week after
        rel = "the following"
    if rel in ("that", "the same"):
        if unit == "quarter" and ctx.reference_is_period:
            return Reading("DATE", ctx.reference, mod=mod)
        if COARSENESS.get(ctx.reference_grain, 0) > COARSENESS.get(unit, 0):
            return None  # "that month" after "in 2012": which month, the story does not say
        return Reading("DATE", cal.shift_value(ctx.reference_day, unit, 0), mod=mod)
    if rel == "the" and g.get("fiscal") and unit == "year" and not mod:
        bounded = fiscal_year_bounded(ctx)
        if bounded is not None:
            return Reading("DATE", str(bounded))
    if rel == "the":
        return _the_unit(unit, mod, ctx)
    if unit == "day":
        if rel in ("the previous", "the following"):
            step = -1 if rel == "the previous" else 1
            return Reading("DATE", cal.shift_value(ctx.reference_day, "day", step))
        return None  # "this day", "next day" without "the" are not dates in news prose
    if rel in ("the previous", "the following"):
        if ctx.word_before() == "over":
            return None  # "over the following week": a span (see `_span`)
        step = -1 if rel == "the previous" else 1
        value = cal.shift_value(ctx.reference_day, unit, step)
        return Reading("DATE", value, mod=mod, moves_story=step > 0)
    if unit == "quarter" and rel in ("the latest", "the current", "this") and not mod:
        # "demand should recover in the current quarter": a forecast, not the period the
        # results that follow are about
        return Reading("DATE", current_period(ctx, rel), moves_story=rel != "the current")
    if rel == "the latest":
        return None
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
    if rel == "the coming":
        # "the coming week", "the coming year": the one about to begin, or the one just
        # begun ("The coming year will be hard", said on Jan. 5)
        step = 0 if _just_begun(ctx.dct, unit) else 1
    if unit == "weekend" and step == 0:
        return Reading("DATE", cal.week_value(ctx.dct) + "-WE", mod=mod)
    if unit == "weekend" and step < 0:
        saturday = cal.weekday_on_or_before(ctx.dct - timedelta(days=1), 6)
        return Reading("DATE", cal.week_value(saturday) + "-WE", mod=mod)
    return Reading("DATE", cal.shift_value(ctx.dct, unit, step), mod=mod)


def _just_begun(day: date, unit: str) -> bool:
    """Whether `day` lies in the first twelfth or so of its `unit` (the first month of its
    year, the first days of its month, the Monday of its week)."""
    if unit == "year":
        return day.month == 1
    if unit in ("month", "quarter"):
        return day.day <= 3 and (unit == "month" or day.month % 3 == 1)
    if unit == "week":
        return day.weekday() == 0
    return False


_AHEAD = re.compile(r"\s+(?i:ahead)\b")
# How coarse a grain is, to tell whether the story's time says which week or month it is.
COARSENESS = {"day": 1, "week": 2, "weekend": 2, "month": 3, "season": 4, "quarter": 4,
               "half": 5, "year": 6, "decade": 7, "century": 8}  # fmt: skip


def _mid_sentence(ctx: Context) -> bool:
    """Whether the match is inside a sentence rather than opening it (quotes aside)."""
    before = ctx.text[max(0, ctx.start - 6) : ctx.start].rstrip().rstrip("\"'`“‘(").rstrip()
    return bool(before) and before[-1] not in ".!?:\n"


# Words before "the weekend" that make it a date ("over the weekend", "ahead of the
# weekend"), and those of them that look ahead to it (to a season too: "by the summer").
_WEEKEND_PREPOSITIONS = frozenset(
    "over during on at through throughout until till before after by of since in into for "
    "from least".split()
)
AHEAD_WORDS = frozenset("until till before by".split())
# "a six-point lead into the weekend", "no break until at least the weekend"
_WEEKEND_AHEAD = AHEAD_WORDS | {"into", "least"}


def _the_weekend(ctx: Context, ahead: bool) -> str:
    """The weekend the story speaks of: the last one before the document date, or the next
    when the words or the tense of the clause look ahead; a document dated on a Saturday
    or Sunday speaks of that weekend."""
    if ctx.dct.isoweekday() >= 6:
        return cal.week_value(ctx.dct) + "-WE"
    if ahead or ctx.direction() == "future":
        return cal.week_value(cal.weekday_on_or_after(ctx.dct, 6)) + "-WE"
    return cal.week_value(cal.weekday_on_or_before(ctx.dct, 6)) + "-WE"


_QUARTER_ENDED = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?i:ended|ending)\s+(?P<month>{MONTH})\s*(?P<day>\d{{1,2}})\b"
)


# "the year ended June 30", "the year to March", "the year to 30 June": a year's span, not
# the calendar year (but "until the end of the year to produce a draft", "the total for the
# year to 22 cents").
_YEAR_TO = re.compile(rf"\s+(?i:ended|ending)\b|\s+(?i:to)\s+(?:\d{{1,2}}\s+)?{MONTH}")


# Words before "the year" that make it the story's year: "in the year", "throughout the
# year", and the markets' "started the year firmly", "finished the year up 20 percent".
_IN_THE_YEAR = frozenset(
    "for during in of throughout started began finished ended closed opened".split()
)


def _the_unit(unit: str, mod: str, ctx: Context) -> Reading | None:
    """ "the quarter", "the year", "the weekend": the period the story is in or speaks of."""
    before = ctx.word_before()
    if unit == "quarter":
        ended = _QUARTER_ENDED.match(ctx.following(30))
        if ended:
            # "the quarter ended Dec. 31": the quarter that ended on the last such day.
            month = MONTHS[ended["month"].lower()]
            last = date(ctx.dct.year, month, min(int(ended["day"]), 28))
            if last > ctx.dct:
                last = last.replace(year=last.year - 1)
            return Reading("DATE", cal.quarter_value(last), mod=mod)
        return Reading("DATE", current_period(ctx, "the latest"), mod=mod)
    if unit == "year":
        if _YEAR_TO.match(ctx.following(20)):
            return Reading("DURATION", "P1Y", mod=mod)  # "the year to March", "… ended June 30"
        if mod or before in _IN_THE_YEAR:
            return Reading("DATE", cal.shift_value(ctx.day_within("year"), "year", 0), mod=mod)
        return None
    if unit == "weekend" and before in _WEEKEND_PREPOSITIONS:
        ahead = before in _WEEKEND_AHEAD
        if before == "of":
            lead = ctx.words_before(2)[:1]
            if lead == ["ahead"]:
                ahead = True
            elif lead not in (["most"], ["all"], ["much"], ["rest"], ["part"]):
                return None  # "the end of the weekend" is another expression's

        return Reading("DATE", _the_weekend(ctx, ahead), mod=mod)
    if unit in ("decade", "century") and mod:
        # "by the end of the century": the story's own century (or decade).
        year = str(ctx.day_within("year").year)
        return Reading("DATE", year[:3] if unit == "decade" else year[:2], mod=mod)
    if unit == "week" and (mod or before in ("for", "during", "in", "of", "over", "ended")):
        # "lost 5 percent over the week", "ended the week down": the story's week
        return Reading("DATE", cal.week_value(ctx.day_within("week")), mod=mod)
    if unit == "day" and (mod or before in ("in", "during", "of", "throughout")):
        return Reading("DATE", cal.day_value(ctx.day_within("day")), mod=mod)
    if unit == "month" and (mod or before in ("for", "during", "in", "of")):
        return Reading("DATE", cal.shift_value(ctx.day_within("month"), "month", 0), mod=mod)
    return None
