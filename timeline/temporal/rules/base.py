"""What every rule shares: the context it reads, the reading it gives, and the registry."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from .. import calendar as cal
from ..grammar import APPROX_MODS
from ..lexicon import DURATION_UNITS, NUMBER_WORDS, POSITION_MODS
from ..tense import Direction, clause_direction

_LAST_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
# The grains of a story time that name a day inside a period of each unit.
_DAY_GRAINS = frozenset({"day", "time"})
_AS_FINE_AS = {
    "day": _DAY_GRAINS,
    "week": _DAY_GRAINS | {"week", "weekend"},
    "month": _DAY_GRAINS | {"week", "weekend", "month"},
    "year": _DAY_GRAINS | {"week", "weekend", "month", "quarter", "half", "season", "year"},
}


# The end of a sentence right before a match: a stop after a word (not after the single
# letters of "p.m." or "U.S."), then quotes or brackets that open the next sentence.
_SENTENCE_BEFORE = re.compile(r"(?:\w\w|\d)[.!?][\"'”’)]*\s+[\"'“‘(]*$")


_NO_DAYS: Mapping[tuple[int, int], int] = MappingProxyType({})
# A lower-case word next that a time word qualifies, rather than a relation or a clause:
# "spring training", "midyear elections".
NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|to|in|at|on|of|for|by|with|when|as|if)\b)[a-z]{3,}\b")


@dataclass(slots=True)
class Context:
    """What a resolver may look at: the document date, the text and the story's own time.

    `reference` is the TimeML value of the date the story last spoke of ("1989-Q3",
    "1998-08-07"); `reference_day` the first day it covers.
    """

    dct: date
    text: str
    start: int
    end: int
    reference: str
    reference_day: date
    previous_in_sentence: str = ""
    # The value of the last expression in the sentence that places a time (not a rate).
    dated_in_sentence: str = ""
    previous_value: str = ""  # the value of the last expression found, in any sentence
    previous_end: int = -1  # where the last expression found ends
    # Whether the story's time lies in a year the text wrote out ("22 March 2020"),
    # directly or through the dates told after it in that same year.
    reference_year_written: bool = False
    # The year of each month and day the text has written out with its year so far
    # ("On Oct. 10, 1998, …"): a later bare "Oct. 10" is the same day.
    written_days: Mapping[tuple[int, int], int] = field(default_factory=lambda: _NO_DAYS)
    _direction: str | None = field(default="unset")

    def direction(self) -> Direction:
        """The tense direction of the clause around the match (computed once, on demand)."""
        if self._direction == "unset":
            direction = clause_direction(self.text, self.start, self.end)
            if direction is None:
                # "would leave on Monday from March 30, with the third departing each
                # Thursday from August 6": a day the sentence already set ahead carries on
                day = cal.parse_day(self.dated_in_sentence)
                if day is not None and day > self.dct:
                    direction = "future"
            self._direction = direction
        return self._direction  # type: ignore[return-value]

    def words_before(self, count: int = 1) -> list[str]:
        """Up to `count` words just before the match, lowercased, nearest last."""
        window = self.text[max(0, self.start - 12 * count - 20) : self.start]
        if window and not window[-1].isspace() and window[-1] not in "\"'(“‘-—":
            return []  # punctuation in between: the words belong to another phrase
        if _SENTENCE_BEFORE.search(window):
            return []  # the match opens a sentence ('rang 19 times. "Twenty-five years')
        return [w.lower() for w in _LAST_WORDS.findall(window)][-count:]

    def word_before(self) -> str:
        """The word just before the match, lowercased ("" if none or if punctuation intervenes)."""
        words = self.words_before(1)
        return words[-1] if words else ""

    def following(self, length: int = 30) -> str:
        """The text just after the match."""
        return self.text[self.end : self.end + length]

    def day_within(self, unit: str) -> date:
        """The day "the <unit>" ("the month", "the week") is read around: the story's time
        when the text named it at least as finely as `unit`, else the document date ("the
        end of the month" after "chancellor since 2005" is not January 2005)."""
        if self.reference_grain not in _AS_FINE_AS[unit]:
            return self.dct
        if unit == "year" and self.reference_day.year != self.dct.year:
            if not self.previous_in_sentence and self.reference_grain == "year":
                return self.dct  # "due in 2027. … one more launch before the end of the year"
        return self.told_day()

    def told_day(self) -> date:
        """The story's time as the clause around the match can be in it: a time the story
        looks ahead to is not where a clause in the past tense happens ("the vote on Nov. 8
        … stocks reversed course by midday" is the publication day). A day written out
        with its year in an earlier year stays the story's time even in a clause that
        looks ahead from it ("the vote on March 4, 2013. Voting was supposed to run from
        6 a.m.")."""
        if self.reference_day > self.dct and self.direction() == "past":
            return self.dct
        if (
            self.reference_day < self.dct
            and self.direction() == "future"
            and not (
                self.reference_year_written
                and self.reference_grain == "day"
                and self.reference_day.year < self.dct.year
            )
        ):
            # "wants Congress to pass it by the end of the year", after 2012; "could be
            # ready before the end of the month", after "late last week"
            return self.dct
        return self.reference_day

    @property
    def reference_grain(self) -> str:
        """The grain of the story's current time ("day", "month", "year", …)."""
        return cal.value_grain(self.reference)

    @property
    def reference_is_period(self) -> bool:
        """Whether the story's current time is a business period (quarter or half)."""
        return self.reference_grain in ("quarter", "half")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a rule makes of a match. `trim_start`/`trim_end` narrow the extent.

    `moves_story=False` marks expressions that look back from the story's time without
    moving it: "a year ago", "a year earlier" compare; they do not start a new episode.
    """

    type: str
    value: str
    mod: str = ""
    anchored_value: str = ""
    explicit: bool = False
    trim_start: int = 0
    trim_end: int = 0
    moves_story: bool = True


Groups = dict[str, str]
Resolver = Callable[[Groups, Context], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern for one family of expressions, its resolver and its priority (lower first)."""

    name: str
    priority: int
    pattern: str
    resolve: Resolver


RULES: list[Rule] = []


def rule(name: str, priority: int, pattern: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver for `pattern`; at one position, lower priorities are tried first."""

    def register(resolve: Resolver) -> Resolver:
        RULES.append(Rule(name, priority, pattern, resolve))
        return resolve

    return register


# What a season or a month is described as when it is one ("a dry spring", "the wettest
# autumn", "after a slow June"): weather, pace and measure.
_SEASON_ADJECTIVES = frozenset(
    """dry wet hot cold warm mild cool long short busy slow quiet harsh bitter severe rainy
    snowy sunny stormy record brutal difficult tough hard good bad strong weak poor best
    worst""".split()
)
_DESCRIBED_OPENERS = frozenset("a an another the this its".split())


def is_described(ctx: Context) -> bool:
    """Whether the match follows an article and an adjective of weather or pace, as a
    season or a month told as a time does ("after a dry spring", "the wettest autumn",
    "an unusually dry spring")."""
    words = ctx.words_before(3)
    if not words:
        return False
    adjective = words[-1]
    if adjective not in _SEASON_ADJECTIVES and not (
        adjective.endswith("est") and len(adjective) > 5
    ):
        return False
    rest = words[:-1]
    if rest and rest[-1].endswith("ly"):
        rest = rest[:-1]  # "an unusually dry spring"
    return bool(rest) and rest[-1] in _DESCRIBED_OPENERS


def number_value(text: str | None) -> int | float | None:
    """The number a numeral or number word stands for; None for a vague quantity."""
    if text is None:
        return 1
    word = re.sub(r"\s+", " ", text.lower().replace(",", "")).strip()
    if word.endswith(" and a half"):
        whole = number_value(word[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if word.endswith(" 1/2"):
        return int(word[:-4]) + 0.5
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ("half a", "half an"):
        return 0.5
    parts = re.split(r"[\s-]+", word)
    if all(part in NUMBER_WORDS for part in parts):
        values = [NUMBER_WORDS[part] for part in parts]
        if len(values) == 2 and values[1] in (100, 1000):
            return values[0] * values[1]
        return sum(values)
    try:
        number = float(word)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def is_whole(amount: int | float | None) -> bool:
    return amount is not None and float(amount).is_integer()


# A fraction of a unit is written in the unit and the next smaller one: how many of the
# smaller make one, and the value's format ("2 1/2 years" is P2Y6M, "1.5 days" P1DT12H).
_NO_WHOLE = re.compile(r"(?<=[PT])0[A-Z]")
_FRACTIONS = {
    "year": (12, "P{whole}Y{rest}M"),
    "month": (30, "P{whole}M{rest}D"),
    "week": (7, "P{whole}W{rest}D"),
    "day": (24, "P{whole}DT{rest}H"),
    "hour": (60, "PT{whole}H{rest}M"),
    "minute": (60, "PT{whole}M{rest}S"),
}


def duration_value(amount: int | float | None, unit: str) -> str:
    """TimeML duration value: duration_value(3, "year") == "P3Y"; None gives "PXY"."""
    designator, multiplier, timed = DURATION_UNITS[unit]
    if amount is None:
        count = "X"
    else:
        scaled = amount * multiplier
        if not float(scaled).is_integer() and unit in _FRACTIONS:
            per, template = _FRACTIONS[unit]
            whole = int(scaled)
            if unit == "year" and whole == 1:
                return f"P{round(scaled * per)}M"  # "a year and a half" is P18M
            value = template.format(whole=whole, rest=round((scaled - whole) * per))
            # Less than one unit is written in the smaller one: "half an hour" is PT30M.
            return _NO_WHOLE.sub("", value) if whole == 0 else value
        count = str(int(scaled)) if float(scaled).is_integer() else f"{scaled:g}"
    return ("PT" if timed else "P") + count + designator


def position_mod(text: str | None) -> str:
    """The TimeML mod of "early", "mid", "late", "the end of"..."""
    if not text:
        return ""
    key = re.sub(r"[\s-]+", " ", text.lower()).strip()
    return POSITION_MODS.get(key, "")


# A unit of length right before "an hour" or "per hour": a speed, not a time.
_LENGTH_BEFORE = re.compile(
    r"(?i:\b(?:miles?|mi|km|kilometers?|kilometres?|metres?|meters?|m|feet|ft|yards?|knots?|"
    r"inches|centimetres?|centimeters?|cm|mm|millimetres?|millimeters?))"
    r"(?:\s*\([^()]{1,30}\))?\s+$"  # "100 kilometers (62 miles) per hour"
)


def is_speed(ctx: Context) -> bool:
    """Whether the match is the time of a speed or a rate of length ("14 miles an hour",
    "120 km per hour", "5 cm an hour")."""
    return bool(_LENGTH_BEFORE.search(ctx.text, max(0, ctx.start - 48), ctx.start))


def approx_mod(text: str | None) -> str:
    """The TimeML mod of an approximator ("about" -> APPROX, "more than" -> MORE_THAN)."""
    if not text:
        return ""
    return APPROX_MODS.get(re.sub(r"\s+", " ", text.lower()), "")
