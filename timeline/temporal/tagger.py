"""Find and resolve the time expressions of a text in one left-to-right pass.

Speed comes from not looking where nothing can be: a cheap scan finds trigger words (month
and weekday names, calendar units, "now", year-like numbers...), and the full grammar runs
only in small windows around them. Every pattern is linear; so is the whole pass.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import calendar as cal
from . import ranges, story
from .grammar import MONTH, WEEKDAY
from .lexicon import (
    FEASTS,
    HOLIDAYS,
    MONTHS,
    NATIONAL_HOLIDAYS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from .model import Timex
from .rules import RULES, Context, Rule

_GROUP = re.compile(r"\(\?P<(\w+)>")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n\s*\n")
# How far an expression may reach after its trigger word, in characters.
_REACH_AFTER = 60

_TOKEN = re.compile(r"[A-Za-z]+|'\d0s|\d{3}0s(?![A-Za-z])|\d+(?:[:/.-]\d+)*")
_TRIGGER_WORDS = frozenset(
    {m.rstrip(".") for m in MONTHS}
    | {w.rstrip(".") for w in WEEKDAYS}
    | {w + "s" for w in WEEKDAYS if not w.endswith(".")}
    | set(SEASONS)
    | set(UNITS)
    | set(PARTS_OF_DAY)
    | set(
        """tonight today yesterday tomorrow now currently nowadays present presently moment
        current recently recent previously formerly earlier past future soon later term once run
        daily nightly weekly monthly yearly annually annual hourly quarterly semiannually
        fortnightly biannually every each per
        ago noon midnight midday m am pm clock quarter quarters half period fiscal fy
        seventeen eighteen nineteen thousand twenties thirties forties fifties sixties
        seventies eighties nineties q1 q2 q3 q4 h1 h2 century centuries decade decades
        asap gmt utc time midyear midweek midmorning midafternoon midevening""".split()
    )
)
# Words an expression may begin with before its trigger ("the past three months").
_LEAD_WORDS = frozenset(
    """the this last next that coming past previous following latest same current early
    earlier mid late later about around nearly almost more less at up no fewer some over only
    just barely within under another an a one two three four five six seven eight nine ten
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred couple dozen several few many
    each every per fiscal fy post pre its right as approximately roughly final first
    second third fourth twice thrice times these then financial""".split()
)
# How many tokens an expression may reach before its trigger.
_LEAD_TOKENS = 6

_WORD_START = r"(?<![\w'])(?=[\w'])"


def _compile(rules: list[Rule]) -> tuple[re.Pattern[str], list[tuple[Rule, re.Pattern[str]]]]:
    """One pattern with a named branch per rule, and each rule's pattern on its own."""
    branches = []
    singles = []
    for rule in rules:
        body = _GROUP.sub(rf"(?P<{rule.name}__\1>", rule.pattern)
        branches.append(f"(?P<{rule.name}>{body})")
        singles.append((rule, re.compile(_WORD_START + f"(?P<{rule.name}>{body})")))
    # Every expression starts at the start of a word.
    return re.compile(_WORD_START + "(?:" + "|".join(branches) + ")"), singles


_PATTERN, _SINGLE_PATTERNS = _compile(RULES)
_RULE_INDEX = {rule.name: index for index, (rule, _) in enumerate(_SINGLE_PATTERNS)}


# Each rule's groups: the name its resolver reads and the name in the joint pattern.
_RULE_GROUPS = {
    rule.name: tuple((name, f"{rule.name}__{name}") for name in re.compile(rule.pattern).groupindex)
    for rule in RULES
}


def _groups(match: re.Match[str], rule: Rule) -> dict[str, str]:
    """The groups of `rule` that took part in the match (the joint pattern has hundreds)."""
    found = {}
    for name, joint_name in _RULE_GROUPS[rule.name]:
        value = match.group(joint_name)
        if value:
            found[name] = value
    return found


# The first words of holidays' names, which start an expression only when capitalised
# ("All Saints' Day", "World AIDS Day", but not "all the world").
_NAME_TRIGGERS = frozenset(
    {name.replace("'s", "").split()[0].strip(".'") for name in [*HOLIDAYS, *NATIONAL_HOLIDAYS]}
    | {name.split()[0] for name in FEASTS}
)


# Words no expression has between its first word and its first trigger: a lead word before
# one of them starts nothing ("the minister said on Tuesday": not at "the").
_BREAKERS = frozenset(
    """said says told is are was were be been being has have had will would he she they it
    we his her their who which for with on by""".split()
)
# Signs before an amount: a number after one is money, not a time.
_CURRENCY = frozenset("$£€¥")


def _candidates(text: str) -> list[tuple[int, int]]:
    """Where an expression may start, and the offset it may reach at most.

    A start is a trigger, or a lead word ("the", "last", "two", a number) at most a few
    words before one, with no breaker between.
    """
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    length = len(text)
    starts: list[tuple[int, int]] = []
    trigger_index = -1
    stop = 0
    # Walk backwards so that each token knows the nearest trigger after it. A trigger is a
    # trigger word, a capitalised holiday's first word, a decade ('90s, 1990s), a number
    # with separators (10:35, 4/15/2021) or a year 1600-2100; this loop sees every token of
    # the text, so it reads each once.
    for index in range(len(tokens) - 1, -1, -1):
        start, word = tokens[index]
        first = word[0]
        digit = first.isdigit()
        if digit:
            trigger = not word.isdigit() or (len(word) == 4 and 1600 <= int(word) <= 2100)
            lower = word
        elif first == "'":
            trigger, lower = True, word
        else:
            lower = word.lower()
            trigger = lower in _TRIGGER_WORDS or (first.isupper() and lower in _NAME_TRIGGERS)
        if trigger:
            trigger_index = index
            stop = min(length, start + len(word) + _REACH_AFTER)
            # Never stop inside a word, or a pattern could match half of it.
            while stop < length and (text[stop].isalnum() or text[stop] in "'."):
                stop += 1
        elif trigger_index < 0 or trigger_index - index > _LEAD_TOKENS:
            continue
        elif not (digit or lower in _LEAD_WORDS):
            if lower in _BREAKERS:
                trigger_index = -1
            continue
        elif digit and (
            text[start - 1 : start] in _CURRENCY
            or text[start + len(word) : start + len(word) + 1] == "%"
        ):
            continue  # "$4.5 million", "9%": an amount starts no expression
        starts.append((start, stop))
    starts.reverse()
    return starts


def tag(text: str, dct: date) -> list[Timex]:
    """Find the time expressions in `text` and resolve each against the document date `dct`.

    Expressions that depend on the story's own timeline ("the next day", "two days later",
    "a year earlier") are resolved against the most recent date the text has mentioned.
    """
    timexes: list[Timex] = []
    reference, reference_day = cal.day_value(dct), dct
    year_written = False
    previous: Timex | None = None
    dated: Timex | None = None
    written_days: dict[tuple[int, int], int] = {}
    frame_end = -1  # where the last expression that only dates a telling ends
    clock_of_previous = ""  # the clock time the last expression, a day, was the day of
    covered = 0
    # The story's time before a year told as background to it, and where that year was.
    background: tuple[str, date, bool, int] | None = None
    for position, stop in _candidates(text):
        if position < covered:
            continue
        if background is not None and _SENTENCE_END.search(text, background[3], position):
            reference, reference_day, year_written, _ = background
            background = None
        match = _PATTERN.match(text, position, stop)
        if match is None:
            continue
        in_sentence = dated_in_sentence = ""
        if previous is not None and not _ends_sentence(text, previous, position):
            if previous.end != frame_end:
                in_sentence = previous.date_value
            if dated is previous:
                dated_in_sentence = previous.date_value
        if dated is not None and dated is not previous:
            # a rate came after it ("from March 30, with the third departing each Thursday")
            if not _SENTENCE_END.search(text, dated.end, position):
                dated_in_sentence = dated.date_value
        # The first rule that matches here may still decline ("May" in "Theresa May");
        # then the rules after it get their turn at the same place.
        reading = None
        index = _RULE_INDEX[match.lastgroup]  # type: ignore[index]
        while True:
            rule = _SINGLE_PATTERNS[index][0]
            ctx = Context(
                dct=dct,
                text=text,
                start=match.start(),
                end=match.end(),
                reference=reference,
                reference_day=reference_day,
                previous_in_sentence=in_sentence,
                dated_in_sentence=dated_in_sentence,
                previous_value=clock_of_previous
                or (previous.value if previous is not None else ""),
                previous_end=previous.end if previous is not None else -1,
                reference_year_written=year_written,
                written_days=written_days,
            )
            reading = rule.resolve(_groups(match, rule), ctx)
            if reading is not None:
                break
            index += 1
            next_match = None
            while index < len(_SINGLE_PATTERNS):
                next_match = _SINGLE_PATTERNS[index][1].match(text, position, stop)
                if next_match is not None:
                    break
                index += 1
            if next_match is None:
                break
            match = next_match
        if reading is None:
            continue
        start = match.start() + reading.trim_start
        end = match.end() - reading.trim_end
        while end > start and text[end - 1] in " ,;":
            end -= 1
        if _quoted_title(text, start, end):
            covered = end  # "Friday Night Radio", "60 Minutes": a title, not a time
            continue
        kind, value = reading.type, reading.value
        part = _PART_OF.search(text, max(covered, start - 24), start)
        if (
            part is not None
            and kind == "DATE"
            and cal.parse_day(value) is not None
            and not ranges.RANGE_DAY.match(text, end)  # "the night of Feb. 16-17": two days
        ):
            # "the night of Feb. 16": one time, that day's night
            start, kind = part.start(), "TIME"
            value += "T" + PARTS_OF_DAY[part.group(1).lower()]
        timex = Timex(
            text=text[start:end],
            start=start,
            end=end,
            type=kind,  # type: ignore[arg-type]
            value=value,
            mod=reading.mod,
            anchored_value=reading.anchored_value,
            explicit=reading.explicit,
        )
        if (
            previous is not None
            and timexes[-1] is previous
            and _CLOCK_VALUE.match(previous.value)
            and kind == "DATE"
            and cal.parse_day(value) is not None
            and _ON_AFTER_CLOCK.fullmatch(text, previous.end, start)
        ):
            # "at 2 p.m. on Christmas Eve", "at 5 p.m. on Thanksgiving": the day after
            # "on" is the clock time's, whatever expression names it; what is counted
            # from next ("two hours later") counts from the clock time
            timexes[-1] = replace(previous, value=value + previous.value[10:])
            clock_of_previous = timexes[-1].value
        else:
            clock_of_previous = ""
        first_day = ranges.range_start_day(text, timex, timexes[-1].end if timexes else 0)
        if first_day is not None:
            timexes.append(first_day)  # "on [27] and 28 October": the first day of a pair
        timexes.append(timex)
        previous = timex
        if timex.explicit and timex.type in ("DATE", "TIME"):
            day = cal.parse_day(timex.value[:10])
            if day is not None:
                written_days[(day.month, day.day)] = day.year
        if timex.type != "SET":
            dated = timex  # a rate ("each Thursday") places nothing on the calendar
        frames = year_written and story.frames_a_past_story(text, start, timex, reference, dct)
        relative = story.relative_aside(text, start, end)
        if frames or relative:
            # "told the inquest on Tuesday that … set off at about 10am": the telling's day
            # dates none of what is told after it in the sentence, nor does the date of a
            # relative clause set off by commas ("The building, which opened in 1968, …")
            frame_end = end
        if (
            reading.moves_story
            and not relative
            and not story.aside(text, start, end)
            and not frames
            and not story.telling_after(text, start, in_sentence, timex)
        ):
            told = reference if reference != cal.day_value(dct) else ""  # the text's own
            year = reference_day.year
            before = (reference, reference_day, year_written, end)
            reference, reference_day = story.narrative_reference(
                timex, reference, reference_day, told
            )
            year_written = (
                timex.explicit
                or (cal.value_grain(timex.value) == "day" and bool(_YEAR_NAMED.search(timex.text)))
                or (year_written and reference_day.year == year)
            )
            if background is None and story.background_year(text, start, timex, before[0]):
                # "On April 14, 1988 … Engineers had warned as early as 1985 that …": the
                # next sentence is back on April 14.
                background = before
        covered = end  # what a rule trimmed off its end may start an expression of its own
        last_day = ranges.range_end(text, timex)
        if last_day is not None:
            timexes.append(last_day)
            previous = last_day
            covered = max(covered, last_day.end)
    return timexes


# A clock time on a day ("2024-12-24T14:00") and the words between it and an "on <day>"
# after it, in lower case ("before 8 a.m. On Wednesday, …" starts a new sentence).
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d$")
_ON_AFTER_CLOCK = re.compile(
    r"(?:\s+local\s+time|\s+in\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*)?,?\s+on\s+"
)
# A capitalised word after an expression that ends in an abbreviation's stop ("at 11:40
# p.m. Officials said …"): a new sentence, unless it is a day or a month.
_NEW_SENTENCE = re.compile(rf"\s+(?!{WEEKDAY}|{MONTH})[A-Z]")


def _ends_sentence(text: str, previous: Timex, position: int) -> bool:
    """Whether a sentence ends between the expression `previous` and `position`."""
    if previous.text.endswith(".") and _NEW_SENTENCE.match(text, previous.end, position):
        return True
    return bool(_SENTENCE_END.search(text, previous.end, position))


# A part of the day just before a date: "the night of Feb. 16", "the morning of March 2".
_PART_OF = re.compile(r"(?i:\bthe\s+(morning|afternoon|evening|night)\s+of)\s+$")
# A day whose year the words name: "Monday 8 June last year", "March 2 that year".
_YEAR_NAMED = re.compile(
    r"(?i)\s(?:last|this|next|that|the same|the previous|the following)\s+year$"
)

# A title-case word after an expression inside quotation marks ("Sunday Morning, Eighth
# Avenue", "Friday Night Radio"), other than the pronoun "I".
_TITLE_WORD_AFTER = re.compile(r",?[ \t]+(?!I\b)[A-Z0-9]")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a quoted title: right after the opening quotation
    mark, two words or more, every word capitalised, and the title going on in capitals
    ("Friday Night Radio") or the quotation closing ("60 Minutes")."""
    if start == 0 or text[start - 1] not in '"“':
        return False
    words = text[start:end].split()
    if len(words) < 2 or not all(word[0].isupper() or word[0].isdigit() for word in words):
        return False  # "Now Europe has to decide": an adverb before a name
    return bool(_TITLE_WORD_AFTER.match(text, end)) or text[end : end + 1] in ('"', "”")
