"""The tagger's rules, each a pattern for one family of expressions and its resolver.

At any position in the text the rule with the lowest priority whose pattern matches wins,
so longer and more specific forms come first.
"""

from __future__ import annotations

# Imported so that their rules register.
from . import (  # noqa: F401
    clock,
    dates,
    durations,
    months,
    named,
    offsets,
    parts,
    periods,
    references,
    relative,
    sets,
    weekdays,
)
from .base import RULES, Context, Reading, Rule

RULES.sort(key=lambda r: r.priority)

__all__ = ["RULES", "Context", "Reading", "Rule"]
