"""Sets: how often something recurs ("twice a week", "daily", "every Tuesday", "Tuesday
nights"), TimeML's SET."""

from __future__ import annotations

import re

from ..grammar import DAY_OF_MONTH, MONTH, NUMBER, PART_OF_DAY, SEASON, WEEKDAY, WEEKDAY_NAME
from ..lexicon import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from .base import Context, Groups, Reading, duration_value, is_speed, number_value, rule

_SMALL_COUNT = r"(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|several|many))"


@rule(
    "rate",
    625,
    rf"(?P<count>(?i:once|twice|thrice)|{_SMALL_COUNT}\s+(?i:times))"
    r"\s+(?i:a|an|per)\s+(?P<unit>(?i:day|week|month|year))(?!\w)",
)
def _rate(g: Groups, ctx: Context) -> Reading | None:
    # "twice a week", "eight times a year": how often, TimeML's SET.
    return Reading("SET", duration_value(1, g["unit"].lower()))


_SET_WORDS = {
    "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M",
    "semiannually": "P6M", "biannually": "P6M", "fortnightly": "P2W",
}  # fmt: skip


@rule(
    "set_word",
    660,
    r"(?P<word>(?i:daily|nightly|weekly|monthly|yearly|hourly|annually|quarterly|"
    r"semiannually|biannually|fortnightly))(?!\w)",
)
def _set_word(g: Groups, ctx: Context) -> Reading | None:
    word = g["word"].lower()
    if word == "quarterly" and _LOWER_WORD_AFTER.match(ctx.text, ctx.end):
        return None  # "its quarterly dividend": a report's name more than a recurrence
    after = _NAME_AFTER.match(ctx.text, ctx.end)
    if after is not None and not _CALENDAR_NAME.match(ctx.text, after.start(1)):
        return None  # "the Communist Party daily Granma", "the weekly Der Spiegel": a paper
    return Reading("SET", _SET_WORDS[word])


_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
# A capitalised word right after "daily" or "weekly": the name of a newspaper, unless it is
# a weekday or a month ("daily Monday through Friday").
_NAME_AFTER = re.compile(r"[ \t]+([A-Z])")
_CALENDAR_NAME = re.compile(rf"(?:{WEEKDAY}|{MONTH})")


@rule(
    "every",
    670,
    rf"(?P<q>(?i:every|each|per))\s+"
    rf"(?:(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY}))?|(?P<month>{MONTH})"
    rf"(?:\s*(?P<day>{DAY_OF_MONTH})(?![\d,]))?(?!\s*\d)|(?P<season>{SEASON})|"
    rf"(?P<num>{NUMBER}|(?i:few|several|other))\s+|(?P<half>(?i:half)[\s-]))?"
    r"(?P<unit>(?i:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|"
    r"seconds|minutes|hours|days|weeks|weekends|months|years|morning|afternoon|evening))?(?!\w)",
)
def _every(g: Groups, ctx: Context) -> Reading | None:
    if is_speed(ctx):
        return None  # "winds of 130 km per hour"
    if g["q"].lower() == "each" and re.search(
        r"\d[\w$%,]*\s+$", ctx.text[max(0, ctx.start - 16) : ctx.start]
    ):
        return None  # "shares at $21 each Thursday": each share, not each Thursday
    if g.get("wd"):
        return _weekly(g)
    if g.get("month"):
        month = f"XXXX-{MONTHS[g['month'].lower()]:02d}"
        if g.get("day"):
            day = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
            return Reading("SET", f"{month}-{day:02d}")  # "every May 19th"
        return Reading("SET", month)
    if g.get("season"):
        return Reading("SET", f"XXXX-{SEASONS[g['season'].lower()]}")
    if not g.get("unit"):
        return None
    word = g["unit"].lower()
    if word in PARTS_OF_DAY and (word != "night" or g["q"].lower() != "per"):
        # "every night", "each morning": that part of every day ("$55 per night" is a rate)
        return Reading("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}")
    if word == "weekend" and not g.get("num"):
        return Reading("SET", "XXXX-WXX-WE")  # "every weekend"
    unit = UNITS[word]
    amount = number_value(g["num"]) if g.get("num") else (0.5 if g.get("half") else 1)
    if g.get("num", "").lower() == "other":
        amount = 2  # "every other day": every second one
    # "every few hours": an unknown count, as in a vague duration
    return Reading("SET", duration_value(amount, unit))


@rule(
    "weekday_plural",
    680,
    rf"(?P<wd>{WEEKDAY_NAME})(?:s|\s+(?P<pod>(?i:mornings|afternoons|evenings|nights)))(?!\w)",
)
def _weekday_plural(g: Groups, ctx: Context) -> Reading | None:
    if g.get("pod"):
        g = {**g, "pod": g["pod"][:-1]}
    return _weekly(g)


def _weekly(g: Groups) -> Reading:
    """A weekday that recurs, with its part of the day if given: "Tuesday nights"."""
    value = f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}"
    if g.get("pod"):
        value += f"T{PARTS_OF_DAY[g['pod'].lower()]}"
    return Reading("SET", value)


@rule("weekends", 690, r"(?i:weekends)(?!\w)")
def _weekends(g: Groups, ctx: Context) -> Reading | None:
    # "service on weekends", "at weekends": every weekend.
    if ctx.word_before() not in ("on", "at", "during"):
        return None
    return Reading("SET", "XXXX-WXX-WE")
