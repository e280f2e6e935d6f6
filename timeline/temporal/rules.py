"""The rules of the tagger: each a pattern for one family of expressions and its resolver.

Rules are tried in the order they are defined here; at any position in the text the first
rule whose pattern matches wins, so longer and more specific forms come first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import calendar as cal
from .grammar import (
    APPROX,
    APPROX_MODS,
    DAY_OF_MONTH,
    MONTH,
    NUMBER,
    ORDINAL,
    PART_OF_DAY,
    POSITION,
    SEASON,
    UNIT,
    VAGUE,
    WEEKDAY,
    YEAR,
)
from .lexicon import (
    AMBIGUOUS_MONTHS,
    DURATION_UNITS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    POSITION_MODS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from .tense import Direction, clause_direction


@dataclass(slots=True)
class Context:
    """What a resolver may look at: the document date, the text and the narrative time."""

    dct: date
    text: str
    start: int
    end: int
    reference: date
    previous_in_sentence: str = ""
    _direction: Direction | str = field(default="unset")

    def direction(self) -> Direction:
        """The tense direction of the clause around the match (computed once, on demand)."""
        if self._direction == "unset":
            self._direction = clause_direction(self.text, self.start, self.end)
        return self._direction  # type: ignore[return-value]

    def word_before(self) -> str:
        """The word just before the match, lowercased ("" at the start of the text)."""
        match = _LAST_WORD.search(self.text, max(0, self.start - 40), self.start)
        return match.group(1).lower() if match else ""


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a rule makes of a match."""

    type: str
    value: str
    mod: str = ""
    anchored_value: str = ""
    explicit: bool = False
    trim_start: int = 0
    trim_end: int = 0


Resolver = Callable[[dict[str, str], Context], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str
    resolve: Resolver


RULES: list[Rule] = []


def rule(name: str, pattern: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver for `pattern`; registration order is priority order."""

    def register(resolve: Resolver) -> Resolver:
        RULES.append(Rule(name, pattern, resolve))
        return resolve

    return register


# -- helpers -----------------------------------------------------------------------------


def number_value(text: str | None) -> int | float | None:
    """The number a numeral or number word stands for; None for a vague quantity."""
    if text is None:
        return 1
    word = text.lower().replace(",", "")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = re.split(r"[\s-]+", word)
    if all(part in NUMBER_WORDS for part in parts):
        return sum(NUMBER_WORDS[part] for part in parts)
    try:
        number = float(word)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def duration_value(amount: int | float | None, unit: str) -> str:
    """TimeML duration value: duration_value(3, "year") == "P3Y"; None amount gives "PXY"."""
    designator, multiplier, timed = DURATION_UNITS[unit]
    if amount is None:
        count = "X"
    else:
        scaled = amount * multiplier
        count = str(int(scaled)) if float(scaled).is_integer() else str(scaled)
    return ("PT" if timed else "P") + count + designator


def position_mod(text: str | None) -> str:
    return POSITION_MODS.get(text.lower(), "") if text else ""


def _month_number(name: str) -> int:
    return MONTHS[name.lower()]


def _year_for_month(month: int, day: int | None, ctx: Context) -> int:
    """Which year an underspecified month (and day) falls in, by the clause's tense."""
    dct = ctx.dct
    this_year = (month, day or 0)
    now = (dct.month, dct.day if day else 0)
    direction = ctx.direction()
    if this_year == now:
        return dct.year
    if direction == "future":
        return dct.year if this_year > now else dct.year + 1
    if direction == "past":
        return dct.year if this_year < now else dct.year - 1
    # No tense cue: the reading nearest to the document date.
    candidates = [dct.year - 1, dct.year, dct.year + 1]
    return min(candidates, key=lambda y: abs((date(y, month, min(day or 15, 28)) - dct).days))


def _season_year(season: str, ctx: Context, rel: str) -> int:
    dct = ctx.dct
    # Winter belongs to the year it starts in: January 2021 is in winter 2020.
    current = dct.year - 1 if season == "WI" and dct.month <= 2 else dct.year
    if rel in ("last", "this past", "the past"):
        return current - 1
    if rel in ("next", "the coming", "this coming"):
        return current + 1
    if rel == "this":
        return current
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    start = date(current, first_month, 1)
    if ctx.direction() == "future" and start < dct and season != _season_of(dct):
        return current + 1
    if ctx.direction() == "past" and start > dct:
        return current - 1
    return current


def _season_of(day: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        day.month, "FA"
    )


def _two_digit_year(text: str, dct: date) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    century = dct.year // 100 * 100
    return century + year if century + year <= dct.year + 10 else century - 100 + year


# -- absolute dates ------------------------------------------------------------------------


@rule(
    "iso",
    r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"(?![\w/-])",
)
def _iso(g: dict[str, str], ctx: Context) -> Reading | None:
    value = f"{g['y']}-{g['m']}-{g['d']}"
    if cal.parse_day(value) is None:
        return None
    if g.get("hh"):
        return Reading("TIME", f"{value}T{g['hh']}:{g['mi']}", explicit=True)
    return Reading("DATE", value, explicit=True)


@rule(
    "slash",
    r"(?<![\w/.-])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})"
    r"(?![\w/-]|\.\d)",
)
def _slash(g: dict[str, str], ctx: Context) -> Reading | None:
    first, second = int(g["a"]), int(g["b"])
    # News in English writes month/day/year; a first number above 12 can only be a day.
    month, day = (second, first) if first > 12 else (first, second)
    year = _two_digit_year(g["y"], ctx.dct)
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if cal.parse_day(value) is None:
        return None
    return Reading("DATE", value, explicit=len(g["y"]) == 4)


def _day_reading(g: dict[str, str], ctx: Context) -> Reading | None:
    month = _month_number(g["month"])
    day = int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
    explicit = bool(g.get("year"))
    year = int(g["year"]) if explicit else _year_for_month(month, day, ctx)
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if cal.parse_day(value) is None:
        return None
    return Reading("DATE", value, mod=position_mod(g.get("mod")), explicit=explicit)


@rule(
    "month_day",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod>{POSITION})[\s-]+)?(?P<month>{MONTH})\s*"
    rf"(?P<day>{DAY_OF_MONTH})(?!\s*(?:%|[.,:]\d))(?:,?\s+(?P<year>{YEAR}))?",
)
def _month_day(g: dict[str, str], ctx: Context) -> Reading | None:
    return _day_reading(g, ctx)


@rule(
    "day_month",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<day>{DAY_OF_MONTH})\s+(?:of\s+)?(?P<month>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?",
)
def _day_month(g: dict[str, str], ctx: Context) -> Reading | None:
    return _day_reading(g, ctx)


@rule(
    "month_year",
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})",
)
def _month_year(g: dict[str, str], ctx: Context) -> Reading | None:
    value = cal.month_value(int(g["year"]), _month_number(g["month"]))
    return Reading("DATE", value, mod=position_mod(g.get("mod")), explicit=True)


@rule(
    "month_relative",
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<rel>(?i:this past|this coming|last|next|this|that))\s+"
    rf"(?P<month>{MONTH})",
)
def _month_relative(g: dict[str, str], ctx: Context) -> Reading | None:
    month = _month_number(g["month"])
    rel = g["rel"].lower()
    anchor = ctx.reference if rel == "that" else ctx.dct
    if rel in ("last", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return Reading("DATE", cal.month_value(year, month), mod=position_mod(g.get("mod")))


@rule(
    "quarter",
    rf"(?:(?P<ord>{ORDINAL})[\s-]+(?P<kind>(?i:quarter|half))(?!\w)"
    rf"(?:\s+(?i:of)\s+(?:(?P<year>{YEAR})|(?P<rel>(?i:this|last|next|that))\s+(?i:year)))?"
    rf"|(?P<q>Q[1-4]|H[12])\s+(?P<qyear>{YEAR}))",
)
def _quarter(g: dict[str, str], ctx: Context) -> Reading | None:
    if g.get("q"):
        return Reading("DATE", f"{g['qyear']}-{g['q']}", explicit=True)
    kind = "Q" if g["kind"].lower() == "quarter" else "H"
    word = g["ord"].lower()
    count = 4 if kind == "Q" else 2
    if word in ("last", "final"):
        number = count
        if not g.get("year") and not g.get("rel"):
            return None  # "the last quarter" alone is the one before now: a rel_unit reading
    else:
        number = ORDINALS[word]
    if number > count:
        return None
    if g.get("year"):
        return Reading("DATE", f"{g['year']}-{kind}{number}", explicit=True)
    dct = ctx.dct
    current = (dct.month - 1) // (12 // count) + 1
    if g.get("rel"):
        year = {"last": dct.year - 1, "next": dct.year + 1}.get(g["rel"].lower(), dct.year)
    elif ctx.direction() == "future":
        year = dct.year if number >= current else dct.year + 1
    else:
        year = dct.year if number <= current else dct.year - 1
    return Reading("DATE", f"{year}-{kind}{number}")


@rule(
    "season",
    rf"(?:(?P<mod>{POSITION})[\s-]+)?"
    rf"(?:(?P<rel>(?i:this past|this coming|the coming|the past|this|last|next|that|the))\s+)?"
    rf"(?P<season>{SEASON})(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?",
)
def _season(g: dict[str, str], ctx: Context) -> Reading | None:
    season = SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower()
    mod = position_mod(g.get("mod"))
    if g.get("year"):
        trim = 4 if rel == "the" and not g.get("mod") else 0
        return Reading("DATE", f"{g['year']}-{season}", mod=mod, explicit=True, trim_start=trim)
    if not rel and not mod:
        return None  # a bare "fall" or "spring" is as often a verb or a noun as a season
    if rel == "the":
        following = ctx.text[ctx.end : ctx.end + 4].lower()
        if following.startswith(" of"):
            return None  # "the fall of Kabul"
    if rel == "that":
        year = ctx.reference.year
    else:
        year = _season_year(season, ctx, rel)
    trim = 4 if rel == "the" and not g.get("mod") else 0
    return Reading("DATE", f"{year}-{season}", mod=mod, trim_start=trim)


# -- days relative to the document ---------------------------------------------------------


@rule(
    "weekday",
    rf"(?:(?P<mod>(?i:early|late|earlier|later|mid))[\s-]+)?"
    rf"(?:(?P<rel>(?i:this past|this coming|last|next|this|coming|past|that))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY}))?",
)
def _weekday(g: dict[str, str], ctx: Context) -> Reading | None:
    weekday = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower()
    dct = ctx.dct
    if rel in ("last", "past", "this past"):
        day = cal.weekday_on_or_before(dct - timedelta(days=1), weekday)
    elif rel in ("next", "coming", "this coming"):
        day = cal.weekday_on_or_after(dct + timedelta(days=1), weekday)
    elif rel == "that":
        day = cal.weekday_on_or_after(ctx.reference, weekday)
    elif weekday == dct.isoweekday():
        day = dct
    elif ctx.direction() == "future":
        day = cal.weekday_on_or_after(dct, weekday)
    else:
        # News reports what happened: a bare weekday is the most recent one, unless the
        # clause speaks of the future.
        day = cal.weekday_on_or_before(dct, weekday)
    return _day_with_part(day, g, ctx)


def _day_with_part(day: date, g: dict[str, str], ctx: Context) -> Reading:
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((g.get("mod") or "").lower(), "")
    if g.get("pod"):
        part = PARTS_OF_DAY[g["pod"].lower()]
        return Reading("TIME", f"{cal.day_value(day)}T{part}", mod=mod)
    return Reading("DATE", cal.day_value(day), mod=mod)


@rule(
    "deictic_day",
    rf"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?"
    rf"(?P<word>(?i:yesterday|today|tonight|tomorrow))(?!\w)(?:\s+(?P<pod>{PART_OF_DAY}))?",
)
def _deictic_day(g: dict[str, str], ctx: Context) -> Reading | None:
    word = g["word"].lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
    day = ctx.dct + timedelta(days=offset)
    if word == "tonight":
        return Reading("TIME", f"{cal.day_value(day)}TNI")
    return _day_with_part(day, g, ctx)


@rule(
    "part_of_day",
    rf"(?P<rel>(?i:this|last|that|the next|the following|the previous))\s+(?P<pod>{PART_OF_DAY})",
)
def _part_of_day(g: dict[str, str], ctx: Context) -> Reading | None:
    rel = g["rel"].lower()
    part = PARTS_OF_DAY[g["pod"].lower()]
    if rel == "this":
        day = ctx.dct
    elif rel == "last":
        # "last night" is the night before the story; "last morning" is not English.
        if part != "NI":
            return None
        day = ctx.dct - timedelta(days=1)
    elif rel == "that":
        day = ctx.reference
    elif rel == "the previous":
        day = ctx.reference - timedelta(days=1)
    else:
        day = ctx.reference + timedelta(days=1)
    return Reading("TIME", f"{cal.day_value(day)}T{part}")


# -- spans and offsets ------------------------------------------------------------------------


@rule(
    "span",
    rf"(?P<rel>(?i:the past|the last|the next|the coming|the previous|the following|"
    rf"the first|the final))\s+(?:(?P<num>{NUMBER}|{VAGUE})[\s-]+)?(?P<unit>{UNIT})",
)
def _span(g: dict[str, str], ctx: Context) -> Reading | None:
    rel = g["rel"].lower()
    unit = UNITS[g["unit"].lower()]
    plural = g["unit"].lower() != unit
    if g.get("num") is None and not plural:
        if rel in ("the previous", "the following", "the next") and unit in (
            "day",
            "week",
            "month",
            "year",
        ):
            # Anaphoric: "the following week" is the week after the story's current time.
            step = -1 if rel == "the previous" else 1
            if rel == "the next" and unit != "day":
                return Reading("DURATION", duration_value(1, unit))
            return Reading("DATE", cal.shift_value(ctx.reference, unit, step))
        if rel in ("the first", "the final"):
            return None
        return Reading("DURATION", duration_value(1, unit))
    amount = number_value(g.get("num")) if g.get("num") else None
    return Reading("DURATION", duration_value(amount, unit))


@rule(
    "relative_unit",
    rf"(?:(?P<mod>{POSITION})[\s-]+)?"
    rf"(?P<rel>(?i:this past|this coming|this|last|next|that|the same|the current))\s+"
    rf"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|day))(?!\w)",
)
def _relative_unit(g: dict[str, str], ctx: Context) -> Reading | None:
    rel = g["rel"].lower()
    unit = g["unit"].lower()
    mod = position_mod(g.get("mod"))
    if rel in ("that", "the same"):
        return Reading("DATE", cal.shift_value(ctx.reference, unit, 0), mod=mod)
    if unit == "day":
        return None  # "this day", "next day" without "the" are not dates in news prose
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
    if unit == "weekend" and rel in ("this", "the current"):
        # "this weekend" on a Monday-to-Friday is the coming one; at the weekend, this one.
        return Reading("DATE", cal.week_value(ctx.dct) + "-WE", mod=mod)
    return Reading("DATE", cal.shift_value(ctx.dct, unit, step), mod=mod)


@rule(
    "ago",
    rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<num>{NUMBER}|{VAGUE})[\s-]+)?(?P<unit>{UNIT})\s+"
    r"(?i:ago)(?!\w)",
)
def _ago(g: dict[str, str], ctx: Context) -> Reading | None:
    unit = UNITS[g["unit"].lower()]
    amount = number_value(g.get("num")) if g.get("num") else None
    if not g.get("num") and g["unit"].lower() == unit:
        amount = 1
    mod = APPROX_MODS.get((g.get("approx") or "").lower(), "")
    if amount is None or not float(amount).is_integer() or unit in ("second", "minute", "hour"):
        return Reading("DATE", "PAST_REF")
    return Reading("DATE", cal.shift_value(ctx.dct, unit, -int(amount)), mod=mod)


@rule(
    "offset",
    rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT})\s+"
    r"(?P<dir>(?i:later|earlier|after|before|afterwards?|from now|hence|prior to))(?!\w)",
)
def _offset(g: dict[str, str], ctx: Context) -> Reading | None:
    unit = UNITS[g["unit"].lower()]
    amount = number_value(g.get("num"))
    direction = g["dir"].lower()
    mod = APPROX_MODS.get((g.get("approx") or "").lower(), "")
    whole = amount is not None and float(amount).is_integer() and unit not in (
        "second", "minute", "hour")  # fmt: skip
    if direction in ("from now", "hence"):
        if not whole:
            return Reading("DATE", "FUTURE_REF")
        return Reading("DATE", cal.shift_value(ctx.dct, unit, int(amount)), mod=mod)  # type: ignore[arg-type]
    if direction in ("later", "earlier", "afterward", "afterwards"):
        if not whole:
            return Reading("DURATION", duration_value(amount, unit), mod=mod)
        step = int(amount) if direction != "earlier" else -int(amount)  # type: ignore[arg-type]
        return Reading("DATE", cal.shift_value(ctx.reference, unit, step), mod=mod)
    # "a month after X": TimeML tags the duration; the signal word stays outside.
    signal = len(g["dir"]) + 1
    value = duration_value(amount, unit)
    anchored = ""
    anchor_day = cal.parse_day(ctx.previous_in_sentence)
    if anchor_day is not None and whole:
        # The clause's own date lies the duration after (or before) the thing it names.
        step = -int(amount) if direction == "after" else int(amount)  # type: ignore[arg-type]
        anchored = cal.shift_value(anchor_day, unit, step)
    return Reading("DURATION", value, mod=mod, anchored_value=anchored, trim_end=signal)


@rule(
    "duration",
    rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT})"
    r"(?:-(?P<old>(?i:old|long)))?",
)
def _duration(g: dict[str, str], ctx: Context) -> Reading | None:
    unit = UNITS[g["unit"].lower()]
    before = ctx.word_before()
    if before in ("once", "twice", "times", "per", "every", "each"):
        return Reading("SET", duration_value(1, unit))
    amount = number_value(g["num"])
    mod = APPROX_MODS.get((g.get("approx") or "").lower(), "")
    if g["num"].lower() in ("a", "an") and g["unit"].lower() != unit:
        return None  # "a days" is not English; guard against odd matches
    return Reading("DURATION", duration_value(amount, unit), mod=mod)


# -- years, decades, centuries ------------------------------------------------------------


@rule(
    "decade",
    r"(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?:(?P<dec>(?:1[6-9]|20)\d)0'?s|'(?P<short>\d)0s)"
    r"(?!\w)",
)
def _decade(g: dict[str, str], ctx: Context) -> Reading | None:
    if g.get("dec"):
        value = g["dec"]
    else:
        decade = int(g["short"])
        century = 20 if 2000 + decade * 10 <= ctx.dct.year else 19
        value = f"{century}{decade}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("mod") or "").lower(), "")
    return Reading("DATE", value, mod=mod, explicit=bool(g.get("dec")))


@rule("century", r"(?P<ord>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+(?i:century)(?!\w)")
def _century(g: dict[str, str], ctx: Context) -> Reading | None:
    return Reading("DATE", f"{int(g['ord']) - 1:02d}", explicit=True)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|[.,]\d|(?i:percent|per cent|km|miles|meters|feet|"
    r"tons|kg|mph|points|barrels|votes)(?!\w))"
)


@rule(
    "year",
    rf"(?:(?P<mod>{POSITION})[\s-]+)?(?:(?P<fiscal>(?i:fiscal year|fiscal|FY))\s*)?"
    rf"(?<![\w$€£#.,])(?P<year>{YEAR})",
)
def _year(g: dict[str, str], ctx: Context) -> Reading | None:
    if _NOT_YEAR_AFTER.match(ctx.text, ctx.end):
        return None
    value = g["year"]
    if g.get("fiscal"):
        value = f"FY{value}"
    return Reading("DATE", value, mod=position_mod(g.get("mod")), explicit=True)


# -- months on their own -------------------------------------------------------------------

_MONTH_CONTEXT = frozenset(
    """in since until till by from to through during before after of early mid late last next
    this that every each throughout around between""".split()
)


@rule("month", rf"(?:(?P<mod>{POSITION})[\s-]+)?(?P<month>{MONTH})")
def _month(g: dict[str, str], ctx: Context) -> Reading | None:
    name = g["month"].lower()
    if name in AMBIGUOUS_MONTHS and not g.get("mod") and ctx.word_before() not in _MONTH_CONTEXT:
        return None  # "Theresa May", "march on the capital"
    month = _month_number(name)
    year = _year_for_month(month, None, ctx)
    return Reading("DATE", cal.month_value(year, month), mod=position_mod(g.get("mod")))


# -- the present, past and future as such ------------------------------------------------------

_REFS = {
    "right now": "PRESENT_REF", "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
}  # fmt: skip


@rule(
    "reference",
    r"(?P<word>(?i:right now|now|currently|nowadays|at present|presently|at the moment|"
    r"these days|recently|the past|the future))(?![\w-])",
)
def _reference(g: dict[str, str], ctx: Context) -> Reading | None:
    word = g["word"].lower()
    if word in ("the past", "the future") and ctx.word_before() not in ("in", "for"):
        return None
    return Reading("DATE", _REFS[word])
