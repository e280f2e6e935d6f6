"""Clock times: "10:35 a.m.", "noon Thursday", "4 a.m. EDT Thursday", "midnight"."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from .. import calendar as cal
from ..grammar import DAY_OF_MONTH, MONTH, PLACE_TIME, TIME_ZONE, WEEKDAY, YEAR
from ..lexicon import NUMBER_WORDS, WEEKDAYS
from .base import Context, Groups, Reading, rule
from .months import month_number
from .weekdays import weekday_date
from .years import nearest_year, story_year

_DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# A presenter's time check: "It's eight minutes past seven", "it is now 10:30".
_TIME_CHECK = re.compile(r"(?i)\bit(?:'s|’s|\s+is)\s+(?:now\s+)?(?:just\s+)?$")


def _clock_day(g: Groups, ctx: Context) -> date:
    """The day a clock time is on: the day it names, else the story's current day."""
    if g.get("relday"):
        words = g["relday"].lower().split()
        weekday = _REL_DAY.match(g["relday"])
        if weekday is not None:
            return weekday_date(WEEKDAYS[weekday["wd"].lower()], weekday["rel"].lower(), ctx)
        # "At 2:15 a.m. the next day": the day after the story's, whichever way it points
        anchor = cal.parse_day(ctx.previous_in_sentence) or ctx.reference_day
        step = -1 if words[-1] == "before" or words[1] == "previous" else 1
        return anchor + timedelta(days=step)
    if g.get("onwd"):
        if g.get("onthe"):  # "at 9.40pm on the Tuesday": that day of the story's week
            return weekday_date(WEEKDAYS[g["onwd"].lower()], "that", ctx)
        g = {"wd": g["onwd"]}
    if g.get("on"):
        parts = _ON_DAY.match(g["on"])
        if parts is not None:
            g = {key.rstrip("2"): value for key, value in parts.groupdict().items() if value}
    if g.get("wd"):
        return weekday_date(WEEKDAYS[g["wd"].lower()], "", ctx)
    if g.get("dayword"):
        return ctx.dct + timedelta(days=_DAY_WORDS[g["dayword"].lower()])
    if g.get("month"):
        month = month_number(g["month"])
        number = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
        year = int(g["year"]) if g.get("year") else 0
        if not year:
            date_in = lambda y: date(y, month, min(number, 28))  # noqa: E731
            year = story_year(date_in, ctx) or nearest_year(date_in, ctx)
        day = cal.parse_day(f"{year:04d}-{month:02d}-{number:02d}")
        if day is not None:
            return day
    if _TIME_CHECK.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return ctx.dct  # "It's 19 minutes past seven": the broadcast's own time
    day = cal.parse_day(ctx.previous_in_sentence)
    if day is not None:
        if day < ctx.dct <= day + timedelta(days=7) and ctx.direction() == "future":
            # "swept the square Monday night and will close the streets at 6 p.m.": a day
            # of the week gone by names no time still to come
            return ctx.dct
        return day
    # The story's current day, if it is a day; a year or a month names no day.
    return ctx.told_day() if ctx.reference_grain == "day" else ctx.dct


# The day after a clock time: part of the expression ("10 p.m. Wednesday"), or after "on",
# outside it but still its day ("22:00 BST on Thursday": TimeML leaves prepositions out).
# The words looked ahead to are lower case: "before 8 a.m. On Wednesday, …" starts a new
# sentence.
_LOCAL_TIME = r"(?:\s+(?i:local\s+time))"
# The same time in another zone, in brackets, or the bracket that closes one: "10 a.m.
# (0900 GMT) on Tuesday", "(0900 GMT) on Tuesday".
_CONVERSION = r"(?:\s*\([^()\n]{1,30}\)|\))?"
_DAY_AFTER = (
    # "local time" stays out of the expression, unless a day follows it ("3:15 a.m. local
    # time Tuesday"); a day after "on" is looked ahead to across it.
    rf"(?:{_LOCAL_TIME}(?=,?\s+(?:{WEEKDAY}|(?i:yesterday|today|tonight|tomorrow)\b"
    rf"|{MONTH}\s*\d)))?"
    rf"(?:,?\s+(?:(?P<wd>{WEEKDAY})(?!,?\s+{MONTH}\s*{DAY_OF_MONTH})|(?P<dayword>(?i:yesterday|"
    rf"today|tonight|tomorrow))(?!\w)|(?P<month>{MONTH})\s*(?P<day>{DAY_OF_MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?)"
    rf"|(?={_LOCAL_TIME}?{_CONVERSION},?\s+(?:on\s+)?(?:{WEEKDAY},?\s+)?(?P<on>{MONTH}\s*{DAY_OF_MONTH}"
    rf"(?:,?\s+{YEAR})?|{DAY_OF_MONTH}\s+{MONTH}(?:,?\s+{YEAR})?))"
    rf"|(?={_LOCAL_TIME}?{_CONVERSION},?\s+on\s+(?P<onthe>the\s+)?(?P<onwd>{WEEKDAY}))"
    rf"|(?={_LOCAL_TIME}?,?\s+(?P<relday>(?:last|next|this)\s+{WEEKDAY}"
    rf"|(?:the\s+(?:next|following)\s+(?:day|morning)|the\s+day\s+(?:after|before)"
    rf"|the\s+previous\s+(?:day|night)))))?"
)
# A day told relative to another after a clock time: "3:34 a.m. last Saturday", "2:15 a.m.
# the next day" (each its own expression).
_REL_DAY = re.compile(rf"(?P<rel>last|next|this)\s+(?P<wd>{WEEKDAY})")
# The day after "on", read again to find its parts.
_ON_DAY = re.compile(
    rf"(?P<wd>{WEEKDAY})|(?P<month>{MONTH})\s*(?P<day>{DAY_OF_MONTH})(?:,?\s+(?P<year>{YEAR}))?"
    rf"|(?P<day2>{DAY_OF_MONTH})\s+(?P<month2>{MONTH})(?:,?\s+(?P<year2>{YEAR}))?"
)


@rule(
    "clock",
    120,
    r"(?:(?P<approx>(?i:about|around|approximately|roughly|at))\s+)?"
    r"(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d)|\.(?P<dm>[0-5]\d)(?=\s*[ap]m\b))?\s*"
    r"(?P<ampm>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w))"
    rf"(?:\s+{TIME_ZONE})?" + _DAY_AFTER,
)
def _clock(g: Groups, ctx: Context) -> Reading | None:
    hour = int(g["h"]) % 12
    if g["ampm"].lower().startswith("p"):
        hour += 12
    minute = int(g.get("m") or g.get("dm") or 0)  # "10:35 a.m.", "2.15am"
    if _entry_time(ctx) and not any(g.get(group) for group in _DAY_GROUPS):
        # "12.40pm" opening a live blog's entry: the day the blog is published
        return Reading("TIME", f"{cal.day_value(ctx.dct)}T{hour:02d}:{minute:02d}")
    day = _after_midnight(_clock_day(g, ctx), hour, g, ctx)
    mod, trim = _approx(g)
    # "2:15 a.m. the next day": the day expression that follows moves the story itself.
    moves = not g.get("relday")
    value = f"{cal.day_value(day)}T{hour:02d}:{minute:02d}"
    return Reading("TIME", value, mod=mod, trim_start=trim, moves_story=moves)


def _approx(g: Groups) -> tuple[str, int]:
    """The mod of a clock time's approximator and how much of the extent to drop: TimeML
    keeps "about 9 a.m." whole (mod APPROX) and leaves the preposition "at" out."""
    approx = (g.get("approx") or "").lower()
    if approx == "at":
        return "", len(approx) + 1
    return ("APPROX" if approx else ""), 0


_DAY_GROUPS = ("wd", "dayword", "month", "on", "onwd", "relday")


def _after_midnight(day: date, hour: int, g: Groups, ctx: Context) -> date:
    """The day of a small-hours clock time told right after an evening time or an evening
    or night of the same day, with no day of its own: "At 11:52 p.m. … The first call came
    at 12:07 a.m." is the next day."""
    if hour >= 6 or any(g.get(group) for group in _DAY_GROUPS):
        return day
    previous = ctx.previous_value
    moment = cal.parse_time(previous)
    if moment is not None and moment.date() == day and moment.hour >= 18:
        return day + timedelta(days=1)
    if previous.endswith(("TEV", "TNI")) and previous[:10] == cal.day_value(day):
        return day + timedelta(days=1)  # "late into Monday night … until about 1 a.m."
    return day


# Words before a clock time of the 24-hour clock written without a time zone: "began at
# 10:00", "until 15:00", "from 9:30".
_BEFORE_24H = frozenset("at by until till from before after around about since to and".split())


# The time that opens a live blog's entry: "19:05 - Clashes around the square have died down".
_ENTRY_DASH = re.compile(r"[ \t]*(?:[-–—][ \t]|\r?\n)")


def _entry_time(ctx: Context) -> bool:
    """Whether the clock time opens a line and a dash or the line's end follows it, as in
    a live blog."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    return not ctx.text[line_start : ctx.start].strip() and bool(
        _ENTRY_DASH.match(ctx.text, ctx.end)
    )


@rule(
    "clock_24h",
    125,
    r"(?:(?P<approx>(?i:about|around|approximately|roughly))\s+)?"
    rf"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])(?:\s*(?P<tz>{TIME_ZONE})(?!\w))?" + _DAY_AFTER,
)
def _clock_24h(g: Groups, ctx: Context) -> Reading | None:
    if (
        not g.get("tz")
        and not g.get("approx")
        and ctx.word_before() not in _BEFORE_24H
        and not _entry_time(ctx)
        and not _TIME_CHECK.search(ctx.text, max(0, ctx.start - 12), ctx.start)
    ):
        return None  # "2:1", a ratio or a score, not a time (but "It's 6:48." is one)
    hour = int(g["h"])
    # A live blog's entries are the day it is published.
    day = ctx.dct if _entry_time(ctx) else _after_midnight(_clock_day(g, ctx), hour, g, ctx)
    moves = not g.get("relday")
    mod, trim = _approx(g)
    value = f"{cal.day_value(day)}T{hour:02d}:{g['m']}"
    return Reading("TIME", value, mod=mod, trim_start=trim, moves_story=moves)


@rule(
    "clock_24h_dot",
    127,
    r"(?P<h>[01]\d|2[0-3])\.(?P<m>[0-5]\d)(?!\d|[.,]\d)"
    rf"(?:\s*(?P<tz>GMT|UTC|{PLACE_TIME}))?" + _DAY_AFTER,
)
def _clock_24h_dot(g: Groups, ctx: Context) -> Reading | None:
    """ "08.40 local time", "14.40 GMT", "at 06.00 on Tuesday", "resumed at 15.00": the
    24-hour clock with a stop, as EFE, ANSA and others write it; not a price or a figure
    ("closed at 15.00", "rose by 13.50")."""
    hour = int(g["h"])
    if not g.get("tz") and not _LOCAL_AFTER.match(ctx.text, ctx.end):
        before = ctx.words_before(2)
        if not before or before[-1] not in _AT_A_TIME or _AMOUNT_AFTER.match(ctx.text, ctx.end):
            return None
        if len(before) > 1 and before[0] in _FIGURE_VERBS:
            return None  # "the index closed at 15.00": a level, not a time
        if not (g["h"].startswith("0") or hour >= 13):
            return None  # "at 10.50" is as often a price
    day = _after_midnight(_clock_day(g, ctx), hour, g, ctx)
    moves = not g.get("relday")
    return Reading("TIME", f"{cal.day_value(day)}T{hour:02d}:{g['m']}", moves_story=moves)


_AT_A_TIME = frozenset("at from until till by before after since".split())
_LOCAL_AFTER = re.compile(r"\s+(?i:local\s+time)\b")
_AMOUNT_AFTER = re.compile(
    r"\s*(?:%|(?i:percent|per\s+cent|million|billion|points?|cents?|euros?|dollars?|pesos?|"
    r"yuan|yen|pounds?|a\s+share|per)\b)"
)
_FIGURE_VERBS = frozenset(
    """closed opened ended finished stood traded settled peaked priced rose fell climbed
    dropped gained lost jumped slipped edged was were is are""".split()
)


@rule(
    "clock_gmt",
    126,
    rf"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<tz>GMT|UTC|{PLACE_TIME})(?!\w)" + _DAY_AFTER,
)
def _clock_gmt(g: Groups, ctx: Context) -> Reading | None:
    # The wire services' clock: "by 1400 GMT", "at 0600 UTC on Friday", "1745 Moscow time".
    converted = cal.parse_time(ctx.previous_value)
    if ctx.text[max(0, ctx.start - 1) : ctx.start] == "(" and converted is not None:
        # "9:17 p.m. Monday (0017 GMT Tuesday)": the time before, in another zone, so the
        # day whose clock reading lies nearest it
        hour, minute = int(g["h"]), int(g["m"])
        readings = [
            datetime.combine(converted.date() + timedelta(days=step), time(hour, minute))
            for step in (-1, 0, 1)
        ]
        moment = min(readings, key=lambda reading: abs(reading - converted))
        return Reading("TIME", moment.strftime("%Y-%m-%dT%H:%M"), moves_story=False)
    day = _clock_day(g, ctx)
    moves = not g.get("relday")
    return Reading("TIME", f"{cal.day_value(day)}T{g['h']}:{g['m']}", moves_story=moves)


@rule(
    "noon",
    130,
    r"(?:(?P<approx>(?i:about|around|approximately|roughly))\s+)?"
    r"(?P<word>(?i:noon|midnight|midday))(?!\w)(?:\s+(?P<tz>[ECMP][SD]T|GMT))?" + _DAY_AFTER,
)
def _noon(g: Groups, ctx: Context) -> Reading | None:
    word = g["word"].lower()
    if ctx.word_before() in ("high", "the") and not (g.get("wd") or g.get("dayword")):
        return None  # "high noon", "the midnight oil"
    mod, trim = _approx(g)  # "around noon", like "about 9 a.m."
    day = _clock_day(g, ctx)
    clock = "24:00" if word == "midnight" else "12:00"
    if (
        word == "midnight"
        and ctx.word_before() == "since"
        and not any(g.get(group) for group in _DAY_GROUPS)
    ):
        clock = "00:00"  # "tied up since midnight": the midnight that began the day
    return Reading("TIME", f"{cal.day_value(day)}T{clock}", mod=mod, trim_start=trim)


@rule(
    "hour_of_day",
    140,
    r"(?:(?P<approx>(?i:about|around|approximately|roughly))\s+)?"
    r"(?P<h>1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(?:\s+(?i:o'clock))?\s+(?:(?i:in\s+the)\s+(?P<part>(?i:morning|afternoon|evening))"
    r"|(?P<tonight>(?i:tonight))(?!\w)|(?i:this)\s+(?P<this>(?i:morning|afternoon|evening))(?!\w))",
)
def _hour_of_day(g: Groups, ctx: Context) -> Reading | None:
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]  # fmt: skip
    raw = g["h"].lower()
    if (
        (g.get("tonight") or g.get("this"))
        and not raw.isdigit()
        and "'" not in ctx.text[ctx.start : ctx.end]
    ):
        return None  # "the two tonight", "all three this morning": a count, not a clock
    hour = int(raw) if raw.isdigit() else words.index(raw) + 1
    part = (g.get("part") or g.get("this") or "evening").lower()  # "11 o'clock tonight"
    if part != "morning" and hour < 12:
        hour += 12
    day = ctx.dct if g.get("tonight") or g.get("this") else _clock_day(g, ctx)
    mod, trim = _approx(g)  # "about six o'clock this morning"
    return Reading("TIME", f"{cal.day_value(day)}T{hour % 24:02d}:00", mod=mod, trim_start=trim)


@rule(
    "clock_part_of_day",
    118,
    r"(?:(?P<approx>(?i:about|around|approximately|roughly|at))\s+)?"
    r"(?P<h>1[0-2]|0?[1-9])[:.](?P<m>[0-5]\d)(?:\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm)(?!\w)))?"
    r"\s+(?:(?i:in\s+the)\s+(?P<part>(?i:morning|afternoon|evening))"
    r"|(?P<rel>(?i:this|that|the\s+next|the\s+following|yesterday|tomorrow))\s+"
    r"(?P<pod>(?i:morning|afternoon|evening))|(?P<night>(?i:last\s+night|tonight)))(?!\w)",
)
def _clock_part_of_day(g: Groups, ctx: Context) -> Reading | None:
    """ "7:15 this morning", "about 10:30 in the morning", "1:40 the next morning", "about
    10:30pm last night": one time, its hour read by the part of the day."""
    part = (g.get("part") or g.get("pod") or "night").lower()
    hour = int(g["h"]) % 12
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") or (part != "morning" and not (part == "night" and ampm)):
        hour += 12  # "10:30 last night", but "1:15am last night" keeps its hour
    rel = " ".join((g.get("rel") or g.get("night") or "").lower().split())
    if rel in ("this", "tonight"):
        day = ctx.dct
    elif rel == "last night" and hour < 12:
        day = ctx.dct  # "1:15am last night": the small hours of the publication day
    elif rel in ("yesterday", "last night"):
        day = ctx.dct - timedelta(days=1)
    elif rel == "tomorrow":
        day = ctx.dct + timedelta(days=1)
    elif rel == "that":
        day = ctx.reference_day
    elif rel:
        day = (cal.parse_day(ctx.previous_in_sentence) or ctx.reference_day) + timedelta(days=1)
    else:
        day = _clock_day(g, ctx)
    mod, trim = _approx(g)
    return Reading("TIME", f"{cal.day_value(day)}T{hour:02d}:{g['m']}", mod=mod, trim_start=trim)


_HOUR_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve"]  # fmt: skip
_MINUTE_WORDS = {"quarter": 15, "a quarter": 15, "half": 30}


@rule(
    "clock_past",
    119,
    r"(?:(?P<approx>(?i:about|around|at))\s+)?"
    # the minutes are read by the resolver: a cheap shape here keeps failing fast
    r"(?P<min>\d{1,2}|[A-Za-z]+(?:[\s-](?!minute)[a-z]+)?)"
    r"(?P<minutes>\s+(?i:minutes?))?\s+(?P<dir>(?i:past|after|to))\s+"
    r"(?P<h>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|1[0-2]|[1-9])"
    r"(?P<gmt>\s+(?:GMT|UTC))?(?![\w:])",
)
def _clock_past(g: Groups, ctx: Context) -> Reading | None:
    """ "twenty past seven", "eight minutes past seven", "ten to seven": a spoken clock
    time, on the story's day, its hour as said (a morning show's "past seven" is 07:00)."""
    words = g["min"].lower().replace("-", " ").split()
    number = " ".join(words)
    if number in _MINUTE_WORDS:
        minutes = _MINUTE_WORDS[number]
    elif number.isdigit():
        minutes = int(number)
    elif all(word in NUMBER_WORDS and word not in ("a", "an") for word in words):
        minutes = sum(NUMBER_WORDS[word] for word in words)
    else:
        return None  # "ran past two", "drove after five": no count of minutes
    direction = g["dir"].lower()
    if not 0 < minutes < 60 or (direction == "to" and not (g.get("minutes") or g.get("approx"))):
        return None  # "voted ten to seven": a count, not a clock
    if number not in _MINUTE_WORDS and not g.get("minutes") and minutes % 5:
        return None  # "seven past …" without "minutes" is not said of a clock
    raw = g["h"].lower()
    hour = int(raw) if raw.isdigit() else _HOUR_WORDS.index(raw) + 1
    if direction == "to":
        hour, minutes = (hour - 1) % 12 or 12, 60 - minutes
    if g.get("gmt") and hour < 7:
        hour += 12  # "six minutes past one GMT" in a news bulletin: the afternoon
    mod, trim = _approx(g)
    day = _clock_day({}, ctx)
    return Reading(
        "TIME", f"{cal.day_value(day)}T{hour % 24:02d}:{minutes:02d}", mod=mod, trim_start=trim
    )
