"""Times counted off from another: "two days later", "a year earlier", "a week ago",
"three years from now"; the span itself, with its signal outside, when it is counted from an
event ("a month after the vote")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import calendar as cal
from ..grammar import AND_A_HALF, APPROX, NUMBER, UNIT, VAGUE, WEEKDAY_NAME
from ..intervals import value_interval
from ..lexicon import WEEKDAYS
from .base import Context, Groups, Reading, duration_value, is_whole, rule
from .durations import approx_trim, counted_amount, unit_of

_UNKNOWN_DIGIT = re.compile(r"\d")
_CALENDAR_UNITS = ("day", "week", "weekend", "fortnight", "month", "quarter", "year", "decade",
                   "century")  # fmt: skip


def _shifted(day: date, unit: str, steps: int) -> str:
    """The value `steps` units from `day`; decades and centuries counted in years ("a
    decade ago", told in 1999, is 1989, not the 1980s)."""
    years = {"decade": 10, "century": 100}.get(unit)
    if years:
        return cal.shift_value(day, "year", steps * years)
    return cal.shift_value(day, unit, steps)


def _point_trim(g: Groups) -> tuple[str, int]:
    """The mod and trim of an approximator before a point counted off ("about two years
    ago", "almost a week later"): one that gives a mod stays inside, as TimeBank tags it."""
    mod, trim = approx_trim(g)
    return (mod, 0) if mod else (mod, trim)


@rule(
    "ago",
    610,
    rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<num>{NUMBER}|{VAGUE})[\s-]+)?(?P<unit>{UNIT})"
    rf"{AND_A_HALF}(?P<orso>\s+(?i:or\s+so))?\s+(?i:ago)(?!\w)(?P<today>,?\s+(?i:today)(?!\w))?",
)
def _ago(g: Groups, ctx: Context) -> Reading | None:
    unit, plural = unit_of(g)
    amount = counted_amount(g) if (g.get("num") or not plural) else None
    mod, trim = _point_trim(g)
    mod = mod or ("APPROX" if g.get("orso") else "")
    if unit == "year" and amount is not None and not is_whole(amount) and is_whole(amount * 2):
        unit, amount = "month", amount * 12  # "a year and a half ago": 18 months back
    if not is_whole(amount) or unit not in _CALENDAR_UNITS:
        return Reading("DATE", "PAST_REF", trim_start=trim, moves_story=False)
    steps = -int(amount)  # type: ignore[arg-type]
    if g.get("today") and unit != "weekend":
        # "Forty years ago today": this very day, that many units back
        return Reading("DATE", _same_day(ctx.dct, unit, steps), mod=mod, trim_start=trim)
    value = _shifted(ctx.dct, unit, steps)
    if ctx.reference_is_period and unit in ("year", "quarter") and steps == -1:
        # "sales fell in the quarter from a year ago": the same period, a year before.
        value = cal.shift_period(ctx.reference, unit, steps) or value
    moves = steps <= -2 or unit in ("decade", "century")
    return Reading("DATE", value, mod=mod, trim_start=trim, moves_story=moves)


def _same_day(day: date, unit: str, steps: int) -> str:
    """The value of the day `steps` units from `day` (a month or a year keeps its date)."""
    if unit in ("day", "week", "fortnight"):
        days = {"day": 1, "week": 7, "fortnight": 14}[unit]
        return cal.day_value(day + timedelta(days=days * steps))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    year, month = cal.add_months(day.year, day.month, months * steps)
    return cal.day_value(date(year, month, min(day.day, cal.days_in_month(year, month))))


def _after(value: str, day: date) -> bool:
    """Whether the time `value` names begins after `day`."""
    interval = value_interval(value)
    return interval is not None and interval.start > day


def _counted(unit: str, step: int, ctx: Context) -> str:
    """The time `step` units after the time the story counts from (before it, when `step`
    is negative), as a TimeML value."""
    # A comparison looks back from a day its own sentence names: "for the six months ended
    # Aug. 12, … compared with C$18.1 million a year earlier".
    told = cal.parse_day(ctx.previous_in_sentence) if step < 0 else None
    if told is None and unit in ("day", "week") and ctx.reference_grain == "month":
        # "Eight days later", after "in January": some day of January or February, so no
        # one day (the first of the month is a guess).
        return _UNKNOWN_DIGIT.sub("X", _shifted(ctx.reference_day, unit, step))
    # Days or weeks are counted from a time named at least to the month ("a week earlier"
    # after "in 2014" counts from the document date, not from January 2014).
    base = ctx.day_within("month") if unit in ("day", "week") else ctx.reference_day
    value = _shifted(told or base, unit, step)
    if unit == "week" and (told is not None or ctx.reference_grain == "day"):
        # "A week later", after "on Dec. 9": the day a week on, as the story counts.
        value = cal.day_value((told or ctx.reference_day) + timedelta(weeks=step))
    if told is None and unit == "year" and step < 0 and ctx.reference_grain == "month":
        # "rose 3.8% in January from a year earlier": the same month, a year before (but
        # "two years later", after "in April", is a year).
        value = cal.shift_value(ctx.reference_day, "month", 12 * step)
    if ctx.reference_is_period and unit in ("year", "quarter"):
        value = cal.shift_period(ctx.reference, unit, step) or value
    return value


@rule(
    "offset",
    620,
    rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT}){AND_A_HALF}"
    r"(?:\s+|-)(?P<dir>(?i:later|earlier|after|before|afterwards?|from\s+now|hence|"
    rf"(?i:from|on)\s+(?P<fromday>(?i:today|tomorrow)|{WEEKDAY_NAME})(?![\w'’])|"
    rf"(?P<today>(?i:today|tomorrow))(?![\w'’])|(?i:last)\s+(?P<lastday>{WEEKDAY_NAME})(?![\w'’])|"
    r"prior\s+to))(?!\w)",
)
def _offset(g: Groups, ctx: Context) -> Reading | None:
    unit, _ = unit_of(g)
    if "-" in ctx.text[ctx.start : ctx.end].split(g["unit"], 1)[1][:1]:
        return None  # "a year-earlier loss": an adjective, read as a business period
    amount = counted_amount(g)
    direction = " ".join(g["dir"].lower().split())
    mod, trim = approx_trim(g)
    point = _point_trim(g)[1]  # a point keeps its approximator inside
    whole = is_whole(amount) and unit in _CALENDAR_UNITS
    if direction in ("later", "earlier") and ctx.following(6).lower().startswith(" than "):
        # "two weeks earlier than planned": how much earlier, a duration; no time of its own
        signal = len(ctx.text[ctx.start : ctx.end].rsplit(g["dir"], 1)[1]) + len(g["dir"]) + 1
        value = duration_value(amount, unit)
        return Reading("DURATION", value, mod=mod, trim_start=trim, trim_end=signal)
    named = g.get("fromday") or g.get("today") or g.get("lastday")
    if named and (not whole or ctx.word_before() in ("for", "over", "within", "in")):
        return None  # "meet for two days from Thursday": a span, and the day it starts
    if named:
        # "a week from Tuesday", "a week on Tuesday", "a fortnight today": that many units
        # after the day; "a week last Wednesday": that many before the last one
        name = named.lower()
        words = {"today": 0, "tomorrow": 1}
        if g.get("lastday"):
            day = cal.weekday_on_or_before(ctx.dct - timedelta(days=1), WEEKDAYS[name])
        elif name in words:
            day = ctx.dct + timedelta(days=words[name])
        else:
            day = cal.weekday_on_or_after(ctx.dct + timedelta(days=1), WEEKDAYS[name])
        steps = int(amount) * (-1 if g.get("lastday") else 1)  # type: ignore[arg-type]
        return Reading("DATE", _same_day(day, unit, steps), mod=mod, trim_start=point)
    if direction in ("from now", "hence"):
        if not whole:
            return Reading("DATE", "FUTURE_REF", trim_start=point)
        value = cal.shift_value(ctx.dct, unit, int(amount))  # type: ignore[arg-type]
        return Reading("DATE", value, mod=mod, trim_start=point)
    if direction in ("later", "earlier", "afterward", "afterwards"):
        moment = cal.parse_time(ctx.previous_value)
        if unit in ("hour", "minute") and moment is not None and is_whole(amount):
            # "Four minutes later", right after "At 11:52 p.m.": the time it came to.
            step = int(amount) if direction != "earlier" else -int(amount)  # type: ignore[arg-type]
            shifted = moment + timedelta(**{unit + "s": step})
            return Reading("TIME", shifted.strftime("%Y-%m-%dT%H:%M"), mod=mod, trim_start=point)
        if not whole:
            return Reading("DURATION", duration_value(amount, unit), mod=mod, trim_start=trim)
        step = int(amount) if direction != "earlier" else -int(amount)  # type: ignore[arg-type]
        value = _counted(unit, step, ctx)
        if step > 0 and _after(value, ctx.dct) and ctx.direction() != "future":
            # "Eight days later a strong aftershock struck", counted from a time past the
            # story's date: unless the clause looks ahead, the time it counts from is not
            # the one the text named last. The date is unknown, not a guess.
            return Reading("DATE", _UNKNOWN_DIGIT.sub("X", value), mod=mod, trim_start=point)
        # Looking back ("a year earlier") compares; moving forward tells what came next.
        return Reading("DATE", value, mod=mod, trim_start=point, moves_story=step > 0)
    # "a month after X": TimeML tags the duration; the signal word stays outside.
    signal = len(ctx.text[ctx.start : ctx.end]) - len(
        ctx.text[ctx.start : ctx.end].rsplit(g["unit"], 1)[0] + g["unit"]
    )
    anchored = ""
    anchor_day = cal.parse_day(ctx.previous_in_sentence)
    if anchor_day is not None and whole:
        # The clause's own date lies the duration after (or before) the thing it names.
        step = -int(amount) if direction == "after" else int(amount)  # type: ignore[arg-type]
        anchored = cal.shift_value(anchor_day, unit, step)
    return Reading(
        "DURATION",
        duration_value(amount, unit),
        mod=mod,
        anchored_value=anchored,
        trim_start=trim,
        trim_end=signal,
    )
