"""Regular-expression building blocks for English time expressions, made from the lexicon.

Every fragment is a plain alternation of literal words or a bounded repetition, so the
patterns built from them run in linear time on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import (
    AMBIGUOUS_MONTHS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    POSITION_MODS,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of literal words, the longest preferred.

    The words are laid out as a tree of their letters ("ma(?:rch|y)"), so a match that
    fails costs a test per letter rather than one per word.
    """
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict[str, dict]) -> str:
    """The pattern of a letter tree: each letter and what follows it; optional where a word
    may end (the longer word is tried first)."""
    parts = [
        re.escape(letter) + _branches(child) for letter, child in sorted(node.items()) if letter
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


def caseless(words: Iterable[str]) -> str:
    """An alternation of words matched in any letter case."""
    return "(?i:" + alternation(words)[3:]


def capitalised(words: Iterable[str], lowercase_ok: Iterable[str] = ()) -> str:
    """An alternation of proper-noun words: Capitalised or UPPER, lowercase only where allowed."""
    forms: set[str] = set()
    for word in words:
        forms.update({word[:1].upper() + word[1:], word.upper()})
    forms.update(lowercase_ok)
    return alternation(forms)


# Month names are proper nouns; a lowercase "may" or "march" is a verb.
MONTH = (
    capitalised(
        MONTHS, lowercase_ok=[m for m in MONTHS if m not in AMBIGUOUS_MONTHS and len(m) > 4]
    )
    + r"(?!\w)"
)
WEEKDAY_NAME = capitalised([w for w in WEEKDAYS if not w.endswith(".")])
WEEKDAY = capitalised(WEEKDAYS) + r"(?!\w)"
SEASON = caseless(SEASONS) + r"(?!\w)"
PART_OF_DAY = caseless(PARTS_OF_DAY) + r"(?!\w)"
UNIT = caseless(UNITS) + r"(?!\w)"

_NUMBER_WORD = caseless(NUMBER_WORDS)
_TENS = caseless(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
_UNITS_WORD = caseless(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+\s+1/2(?!\d)|\d+(?:\.\d+)?(?![\d.])|"
    + _TENS
    + r"[\s-]"
    + _UNITS_WORD
    + r"(?!\w)|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?i:hundred|thousand)"
    + r"(?!\w)|"
    + _NUMBER_WORD
    + r"(?!\w)|(?i:half\s+an?)(?!\w))(?:\s+(?i:and\s+a\s+half)(?!\w))?"
)
# "a minute and a half": the half after the unit.
AND_A_HALF = r"(?P<half>\s+(?i:and\s+a\s+half)(?!\w))?"
VAGUE = caseless(VAGUE_NUMBERS) + r"(?!\w)"
ORDINAL = caseless(ORDINALS) + r"(?!\w)"
POSITION = caseless(POSITION_MODS)
# "the end of", "the beginning of": a part of the period named next.
EDGE = r"(?i:the\s+(?:end|beginning|start|middle)\s+of)"
DAY_OF_MONTH = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
# A plausible year in news text: 1600-2099.
YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)(?!\w)"
# A year in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand".
SPELLED_YEAR = (
    r"(?i:(?:seventeen|eighteen|nineteen)[\s-]+(?:"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|hundred)"
    r"|two\s+thousand(?:(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
    r"(?!\w)"
)
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def spelled_year(text: str) -> int:
    """The year a SPELLED_YEAR match names: "nineteen ninety-four" is 1994."""
    words = re.split(r"[\s-]+", text.lower())
    if words[0] == "two" and words[1] == "thousand":
        return 2000 + sum(_WORD_NUMBERS.get(w, 0) for w in words[2:])
    rest = sum(_WORD_NUMBERS.get(w, 0) for w in words[1:])  # "hundred" adds nothing
    return _WORD_NUMBERS[words[0]] * 100 + rest


# Approximators the TimeML guidelines keep inside an extent (as its mod), and words left
# outside it.
APPROX_INSIDE = [
    "nearly", "more than", "less than", "at least", "up to", "no more than", "fewer than",
    "at most", "no less than", "about", "around", "almost", "roughly", "approximately",
    "another", "an additional", "just over", "just under",
]  # fmt: skip
APPROX_OUTSIDE = [
    "some", "over", "only", "just", "barely", "within", "under",
]  # fmt: skip
APPROX = caseless(APPROX_INSIDE + APPROX_OUTSIDE)

APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "more than": "MORE_THAN",
    "over": "MORE_THAN", "just over": "MORE_THAN", "just under": "LESS_THAN",
}  # fmt: skip

# A place's own clock after a time: "5 p.m. Perth time", "1745 Moscow time", "8 p.m. Hong
# Kong time" (but not "1 a.m. Wednesday Eastern time", whose day is no place).
PLACE_TIME = rf"(?:(?!{WEEKDAY}|{MONTH})[A-Z][a-z]+\s+){{1,2}}[Tt]ime(?!\w)"
# Time zones news writes after a clock time ("10 a.m. EDT").
TIME_ZONE = (
    r"(?:\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|[A-Z]{3}\+\d)\)?(?!\w)"
    r"|(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime)?"
    rf"(?!\w)(?!\s+[A-Z])|{PLACE_TIME})"
)
