"""Amounts of time: how long ("for three years", "2 hours, 24 minutes", "an hour-long trip");
a count per unit ("100,000 people a day") is read here as the set it is (other sets:
`sets.py`; times counted off from another, "two days later": `offsets.py`)."""

from __future__ import annotations

import re

from ..grammar import (
    AND_A_HALF,
    APPROX,
    APPROX_OUTSIDE,
    NUMBER,
    UNIT,
    VAGUE,
)
from ..lexicon import UNITS
from .base import (
    Context,
    Groups,
    Reading,
    approx_mod,
    duration_value,
    is_speed,
    number_value,
    rule,
)

_OUTSIDE = frozenset(APPROX_OUTSIDE)
# A unit made an adjective of a business period: "a year-earlier loss", "a year-ago quarter".
_PERIOD_ADJECTIVE = re.compile(r"-(?i:earlier|ago|before)\b")


def approx_trim(g: Groups) -> tuple[str, int]:
    """The mod of an approximator and how much of the extent to drop if it stays outside."""
    word = g.get("approx")
    if not word:
        return "", 0
    normalised = " ".join(word.lower().split())
    trim = len(word) + 1 if normalised in _OUTSIDE else 0
    return approx_mod(word), trim


def counted_amount(g: Groups) -> int | float | None:
    """How many units a match counts: "a minute and a half" is 1.5; no number is one."""
    amount = number_value(g.get("num")) if g.get("num") else 1
    return amount + 0.5 if g.get("half") and amount is not None else amount


def unit_of(g: Groups) -> tuple[str, bool]:
    """The unit a match names and whether it is plural: "weeks" is ("week", True)."""
    word = g["unit"].lower()
    unit = UNITS[word]
    return unit, word != unit


def is_age_or_fraction(ctx: Context) -> bool:
    """Whether the match is part of an age ("6-year-old") or a fraction ("three-quarters of")."""
    after = ctx.following(6).lower()
    if after.startswith(("-old", " old")):
        return True
    matched = ctx.text[ctx.start : ctx.end].lower()
    if matched.endswith("quarter") and after[:1] == "-" and after[1:2].isalpha():
        return True  # "a quarter-mile", "three-quarter-point": a fraction of something else
    if not matched.endswith(("quarter", "quarters", "half")):
        return False
    # "three-quarters of", "about a quarter smaller than", "a quarter point", "shrank by a
    # quarter": a fraction, not a period.
    if after.startswith((" of", " point", " percent")):
        return True
    if _BY_SHARE.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        return True  # "cut spending by about a quarter"
    return bool(_COMPARATIVE.match(ctx.following(12)))


# "by a quarter", "by more than a half": a share of something, before its fraction.
_BY_SHARE = re.compile(rf"\b(?i:by)\s+(?:{APPROX}\s+)?$")
_COMPARATIVE = re.compile(
    r"\s+(?:\w+er|less|more|fewer)\s+than\b|\s+(?:smaller|larger|bigger|higher|lower)\b"
)


@rule(
    "span",
    600,
    rf"(?P<rel>(?i:the past|the last|the next|the coming|the previous|the following|"
    rf"the first|the final|the latest|the|past|last|next|coming))\s+"
    rf"(?:(?P<num>{NUMBER}|{VAGUE})[\s-]+)?(?P<unit>{UNIT}){AND_A_HALF}(?P<orso>\s+(?i:or so))?"
    r"(?P<ahead>\s+(?i:ahead)(?!\w))?",
)
def _span(g: Groups, ctx: Context) -> Reading | None:
    rel = " ".join(g["rel"].lower().split())
    unit, plural = unit_of(g)
    if is_age_or_fraction(ctx):
        return None
    mod = "APPROX" if g.get("orso") else ""
    if g.get("ahead"):
        if rel not in ("the", "the next", "the coming") or (not plural and rel != "the"):
            return None
        # "in the weeks ahead", "the two years ahead", "the year ahead": a span from now on
        amount = number_value(g["num"]) if g.get("num") else (None if plural else 1)
        return Reading("DURATION", duration_value(amount, unit), mod=mod)
    if not g.get("num"):
        if g.get("half") and not plural:
            # "the past year and a half": a span up to now, or from now on
            return Reading("DURATION", duration_value(1.5, unit), mod=mod)
        if not plural:
            if ctx.following(4).lower().startswith(" of"):
                return None  # "the last day of February" is a day of it, not a span
            if rel == "the last" and unit == "minute" and ctx.word_before() in _IDIOM_BEFORE:
                return None  # "talks until the last minute": an idiom, no minute of time
            if rel in ("the past", "the last", "the next") or (
                rel in ("the following", "the previous") and ctx.word_before() == "over"
            ):
                # "over the past year": the year up to now, a duration in TimeML; "over the
                # next week", the week from now on.
                return Reading("DURATION", duration_value(1, unit), mod=mod)
            return None  # "next week": a relative date, not a span
        if rel == "the":
            return None
        return Reading("DURATION", duration_value(None, unit), mod=mod)
    amount = counted_amount(g)
    if rel == "the" and ctx.following(4).lower().startswith(" of"):
        return None  # "the two years of negotiations" keeps only "two years"
    if rel == "the" and ctx.text[ctx.end - len(g["unit"]) - 1] == "-":
        # "the 10-year Treasury note": the article belongs to the noun, as in `_duration`.
        value = duration_value(amount, unit)
        return Reading("DURATION", value, mod=mod, trim_start=len(g["rel"]) + 1)
    bare = rel in ("past", "last", "next", "coming")
    if bare and ctx.word_before() == "the":
        return None
    value = duration_value(amount, unit)
    if rel == "last" and ctx.word_before() in _BEFORE_VERB:
        # "scheduled to open on July 10 and last two days": the verb is no part of it.
        return Reading("DURATION", value, mod=mod, trim_start=len(g["rel"]) + 1)
    return Reading("DURATION", value, mod=mod)


# Words before "the last minute" that make it an idiom ("changed at the last minute").
_IDIOM_BEFORE = frozenset("until till to at".split())
# Words after which "last" is the verb ("will last two hours").
_BEFORE_VERB = frozenset(
    "to will would could can may might should must shall and which that also only".split()
)


def _parts_value(g: Groups) -> str:
    """One duration of the parts a span is told in ("2 hours, 24 minutes, 51 seconds" is
    PT2H24M51S), each a whole count of a finer unit than the one before it; "" when they are
    not ("two days, three weeks": a list)."""
    parts = [(g["num"], g["unit"]), (g["num2"], g["unit2"])]
    if g.get("num3"):
        parts.append((g["num3"], g["unit3"]))
    value, coarser = "", len(_FINER)
    for number, name in parts:
        amount, unit = number_value(number), UNITS[name.lower()]
        if not isinstance(amount, int) or unit not in _FINER or _FINER.index(unit) >= coarser:
            return ""  # "two decades and five years" has no one value of its parts
        coarser = _FINER.index(unit)
        value = (
            _joined(value, duration_value(amount, unit)) if value else duration_value(amount, unit)
        )
    return value


# Units from the finest up, for durations told in parts.
_FINER = ["second", "minute", "hour", "day", "week", "month", "year"]


def _joined(first: str, second: str) -> str:
    """One TimeML duration of two: _joined("PT11H", "PT55M") == "PT11H55M"."""
    dates, times = "", ""
    for value in (first, second):
        date_part, _, time_part = value[1:].partition("T")
        dates, times = dates + date_part, times + time_part
    return "P" + dates + (f"T{times}" if times else "")


# A parenthesis: a conversion or an aside ("(£6.5m)", "($210)").
_ASIDE = re.compile(r"\s*\([^()]*\)")
_RELATION_AFTER = re.compile(r"\s+(?i:after|before|later|earlier|ago)\b")
# A count just before "a day", "a year": "100,000 people a day", "$2 billion a year",
# "less than a dollar a month", "several rounds of them a month".
_COUNTED = re.compile(
    r"(?:\d|\b(?i:million|billion|trillion|hundred|thousand|dozen|times|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|"
    r"a\s+(?:dollar|euro|pound|penny|cent|rupee|yuan|peso))\b)[\w.$%]*"
    r"(?:\s+[A-Za-z]+){0,3}\s*$"
)


_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "shall", "should"})
_MAYBE = frozenset({"maybe", "perhaps"})
# A noun right after "a day", "a night": the unit is its modifier ("a night curfew"). What
# may follow a span instead: a relation, a clause, a verb, an adverb.
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:after|before|later|earlier|ago|ahead|and|or|nor|of|in|on|at|to|for|from|with|"
    r"without|by|into|over|through|during|around|about|since|until|till|when|that|which|where|"
    r"while|as|than|is|was|are|were|be|been|has|had|have|will|would|could|can|may|might|should|"
    r"must|the|a|an|his|her|their|its|our|my|your|he|she|they|we|i|it|you|off|more|less|long|"
    r"longer|so|but|because|if|then|not|no|just|only|too|each|every|per|this|these|those|there|"
    r"here|left|early|late|back|away|old|yet|again|alone|past|beyond|behind|short)\b)"
    r"[a-z]+(?<!ed)(?<!ly)\b(?![-'])"
)


@rule(
    "duration",
    630,
    rf"(?:(?P<the>(?i:the(?:\s+first|\s+last|\s+final)?)\s+)|(?P<approx>{APPROX})\s+)?"
    rf"(?P<num>{NUMBER}|{VAGUE})(?P<sep>[\s-]+)"
    # "two more weeks", "three additional years": the span still to come; "four straight
    # months", "eight consecutive quarters": a run of them.
    r"(?:(?i:more|additional|further|extra|straight|consecutive|successive)\s+)?"
    # "10 working days", "eight trading days": days counted on a calendar of their own
    r"(?:(?i:business|trading|working|calendar)\s+(?=[Dd]ays?\b))?"
    rf"(?P<unit>{UNIT}){AND_A_HALF}"
    r"(?:(?P<ormore>\s+(?i:or\s+(?:more|longer)))|(?P<more>\s+(?i:more|longer))"
    r"|-(?P<old>(?i:old|long))"
    # "11 hours and 55 minutes", "2 hours, 24 minutes, 51 seconds": one duration.
    rf"|(?:,?\s+(?i:and)|,)\s+(?P<num2>{NUMBER})[\s-]+"
    r"(?P<unit2>(?i:months?|weeks?|days?|hours?|minutes?|seconds?))(?!\w)"
    rf"(?:(?:,?\s+(?i:and)|,)\s+(?P<num3>{NUMBER})[\s-]+(?P<unit3>(?i:minutes?|seconds?))(?!\w))?"
    # "six days a week": how often, a set over the week.
    r"|(?:(?<=[Dd]ays)|(?<=[Nn]ights))\s+(?i:a|per)\s+(?P<per>(?i:week|month|year))(?!\w))?",
)
def _duration(g: Groups, ctx: Context) -> Reading | None:
    unit, plural = unit_of(g)
    if g.get("per"):
        return Reading("SET", duration_value(1, g["per"].lower()))
    list_trim = 0
    if g.get("num2"):
        value = _parts_value(g)
        if value:
            mod, trim = approx_trim(g)
            return Reading("DURATION", value, mod=mod, trim_start=trim)
        # "two days, three weeks later": a list; the first span stands alone
        matched = ctx.text[ctx.start : ctx.end]
        list_trim = len(matched) - (matched.find(g["unit"]) + len(g["unit"]))
    if g.get("old", "").lower() == "old" or is_age_or_fraction(ctx):
        return None  # ages ("a 6-year-old boy") are not time expressions in news TimeML
    if is_speed(ctx):
        return None  # "moving northwest at 14 miles an hour"
    number = g["num"].lower()
    if number in ("a", "an") and plural:
        return None
    if number in ("a", "an") and _PERIOD_ADJECTIVE.match(ctx.text, ctx.end):
        return None  # "a year-earlier net loss": the article belongs to the noun
    if unit == "second" and number in ("a", "an", "one") and not plural:
        return None  # "a second carrier group", "a second term": an ordinal
    if g.get("the") and g["the"].lower() == "the" and ctx.following(4).lower().startswith(" of"):
        return None
    before = ctx.word_before() if not (g.get("the") or g.get("approx")) else ""
    if before in ("once", "twice", "times", "per", "every", "each"):
        return Reading("SET", duration_value(1, unit))
    if number == "one" and unit == "day" and not plural and before in _MODALS | _MAYBE:
        return Reading("DATE", "FUTURE_REF")  # "Islam will one day be the second religion"
    if number in ("a", "an") and not plural and not g.get("approx") and ctx.words_before(1):
        # "$1 billion a year", "three times a week": a rate, TimeML's SET.
        # the count is in the same sentence ("about 5,000. Mourners observed a minute" is not)
        previous = re.split(r"[.!?]\s", ctx.text[max(0, ctx.start - 40) : ctx.start])[-1]
        previous = _ASIDE.sub("", previous)  # "9m euros (£6.5m) a month"
        if _COUNTED.search(previous) and not _RELATION_AFTER.match(ctx.following(10)):
            return Reading("SET", duration_value(1, unit))
    if (
        number in ("a", "an", "one")
        and g["unit"].lower() in ("day", "night")
        and g["sep"] != "-"
        and _NOUN_AFTER.match(ctx.text, ctx.end)
        and ctx.word_before() not in _MODALS | _MAYBE
    ):
        return None  # "a night watchman", "a day hike": the unit qualifies the noun after it
    if number == "one" and ctx.following(12).lower().startswith(" to the next"):
        return None  # "living from one day to the next": an idiom, no span of time
    amount = counted_amount(g)
    mod, trim = approx_trim(g)
    if g.get("the") and g.get("sep") == "-" and g["the"].lower() == "the":
        trim = len(g["the"]) + 1  # "the two-week visit": the article belongs to the noun
    if number in ("a", "an") and g.get("old"):
        trim = len(g["num"]) + 1  # "a month-long shutdown": the article belongs to the noun
    trim_end = len(g["more"]) if g.get("more") else list_trim
    if g.get("ormore"):
        mod = mod or "EQUAL_OR_MORE"  # "a year or more"
    value = duration_value(amount, unit)
    return Reading("DURATION", value, mod=mod, trim_start=trim, trim_end=trim_end)


@rule("unit_long", 635, rf"(?P<unit>{UNIT})-(?i:long)(?![\w-])")
def _unit_long(g: Groups, ctx: Context) -> Reading | None:
    # "the hour-long trip", "a decades-long battle": a span, the article left outside
    unit, plural = unit_of(g)
    return Reading("DURATION", duration_value(None if plural else 1, unit))


@rule(
    "vague_span",
    640,
    r"(?P<word>(?i:recent|coming|future|past))\s+(?P<unit>(?i:days|weeks|months|years|decades|"
    r"quarters))(?!\w)",
)
def _vague_span(g: Groups, ctx: Context) -> Reading | None:
    word = g["word"].lower()
    if word in ("recent", "past"):
        unit = UNITS[g["unit"].lower()]
        if word == "recent" and unit in ("year", "decade"):
            # "in recent years": a time gone by, as TimeBank mostly has it.
            return Reading("DATE", "PAST_REF")
        # "in recent weeks": an unspecified stretch of weeks up to now.
        return Reading("DURATION", duration_value(None, unit))
    return Reading("DATE", "FUTURE_REF")


# Words before a bare plural unit that make it a stretch of time: "for days", "can take
# weeks", "lasted months".
_BEFORE_PLURAL = frozenset(
    """for within in over take takes took taking last lasts lasted lasting spent possibly
    perhaps only through""".split()
)
_DETERMINERS = frozenset("the those these a few several many some its their his her".split())


@rule(
    "one_more_unit",
    615,
    rf"(?:(?P<approx>{APPROX})\s+)?"
    rf"(?P<one>(?i:another|an\s+additional|a\s+full|one\s+full|a\s+whole|a\s+single))"
    rf"\s+(?P<unit>{UNIT})",
)
def _one_more_unit(g: Groups, ctx: Context) -> Reading | None:
    unit, plural = unit_of(g)
    if plural or ctx.following(4).lower().startswith(" of"):
        return None  # "another years of", "a full day of talks" counts in the noun after
    # "another decade to waste", "a full day past their close": one unit of time.
    mod, trim = approx_trim(g)  # "at least another week"
    return Reading("DURATION", duration_value(1, unit), mod=mod, trim_start=trim)


@rule(
    "plural_unit",
    650,
    r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries))(?!\w)",
)
def _plural_unit(g: Groups, ctx: Context) -> Reading | None:
    before = ctx.word_before()
    after = ctx.following(7).lower()
    # "hours before the collapse", "weeks after the attack": a vague span from an event
    # (not "in the weeks before the shooting", a time around it)
    from_event = after.startswith((" before", " after")) and before not in _DETERMINERS
    if (
        before not in _BEFORE_PLURAL
        and not from_event
        and not (
            after.startswith(" of")
            and before not in ("the", "two", "three", "early", "small", "wee")
        )
    ):
        return None  # ("the early hours of Monday" is a time of that day, not a span)
    if before == "in" and ctx.text[ctx.end : ctx.end + 1] not in (".", ",", ";", " "):
        return None
    unit = UNITS[g["unit"].lower()]
    return Reading("DURATION", duration_value(None, unit))
