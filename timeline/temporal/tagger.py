"""Find and resolve the time expressions of a text in one left-to-right pass."""

from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .intervals import value_interval
from .model import Timex
from .rules import RULES, Context, Rule

_GROUP = re.compile(r"\(\?P<(\w+)>")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n\s*\n")


def _compile(
    rules: list[Rule],
) -> tuple[re.Pattern[str], dict[str, tuple[Rule, list[tuple[str, str]]]]]:
    branches = []
    table: dict[str, tuple[Rule, list[tuple[str, str]]]] = {}
    for rule in rules:
        names = _GROUP.findall(rule.pattern)
        body = _GROUP.sub(rf"(?P<{rule.name}__\1>", rule.pattern)
        # Every expression starts at a word boundary; the lookahead lets the engine skip
        # positions that cannot start one without trying each branch.
        branches.append(f"(?P<{rule.name}>{body})")
        table[rule.name] = (rule, [(name, f"{rule.name}__{name}") for name in names])
    pattern = re.compile(r"(?<![\w'])(?=[\w'])(?:" + "|".join(branches) + ")")
    return pattern, table


_PATTERN, _RULES_BY_NAME = _compile(RULES)


def tag(text: str, dct: date) -> list[Timex]:
    """Find the time expressions in `text` and resolve each against the document date `dct`.

    Expressions that depend on the story's own timeline ("the next day", "two days later")
    are resolved against the most recent date the text has mentioned, not only `dct`.
    """
    timexes: list[Timex] = []
    reference = dct
    previous: Timex | None = None
    position = 0
    while True:
        match = _PATTERN.search(text, position)
        if match is None:
            break
        rule, groups = _RULES_BY_NAME[match.lastgroup]  # type: ignore[index]
        values = {short: match.group(full) for short, full in groups if match.group(full)}
        in_sentence = ""
        if previous is not None and not _SENTENCE_END.search(text, previous.end, match.start()):
            in_sentence = previous.date_value
        ctx = Context(
            dct=dct,
            text=text,
            start=match.start(),
            end=match.end(),
            reference=reference,
            previous_in_sentence=in_sentence,
        )
        reading = rule.resolve(values, ctx)
        if reading is None:
            position = match.start() + 1
            continue
        start = match.start() + reading.trim_start
        end = match.end() - reading.trim_end
        timex = Timex(
            text=text[start:end],
            start=start,
            end=end,
            type=reading.type,  # type: ignore[arg-type]
            value=reading.value,
            mod=reading.mod,
            anchored_value=reading.anchored_value,
            explicit=reading.explicit,
        )
        timexes.append(timex)
        previous = timex
        reference = _narrative_reference(timex, reference)
        position = match.end()
    return timexes


def _narrative_reference(timex: Timex, current: date) -> date:
    """The story's current time after `timex`: the first day of the date it names, if any."""
    if timex.type not in ("DATE", "TIME"):
        return current
    day = cal.parse_day(timex.value)
    if day is not None:
        return day
    interval = value_interval(timex.value)
    return interval.start if interval is not None else current
