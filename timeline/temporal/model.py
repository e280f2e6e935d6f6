"""The data a temporal expression becomes: a TIMEX3 with its span, value and interval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

#: Precisions from finest to coarsest; every resolved date carries one of these.
PRECISIONS = (
    "minute",
    "hour",
    "part_of_day",
    "day",
    "weekend",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)


@dataclass(frozen=True, slots=True)
class Interval:
    """The days a date value covers, inclusive, and how precise it is."""

    start: date
    end: date
    precision: str


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text, resolved to a TimeML TIMEX3 value.

    `start`/`end` are character offsets into the tagged text. `anchored_value` is set for a
    duration used as an offset from another date ("a month after ...", "two days later"):
    it is the TimeML value of the date the offset points to.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str = ""
    anchored_value: str = ""
    explicit: bool = False

    @property
    def date_value(self) -> str:
        """The value that places this expression on a calendar, or "" when none does."""
        if self.type == "DURATION":
            return self.anchored_value
        if self.type == "SET":
            return ""
        return self.value
