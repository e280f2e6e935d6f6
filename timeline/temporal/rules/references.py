"""The present, the past and the future as such: "now", "recently", "in the future".

Adverbs that TimeBank-style annotation mostly leaves alone ("previously", "Earlier, …",
the adjectives "recent" and "future") are not tagged: they place nothing on a timeline.
"Soon" is tagged, as TimeBank does, but not in "as soon as" or "soon after".
"""

from __future__ import annotations

import re

from .base import Context, Groups, Reading, rule

_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "current": "PRESENT_REF", "the present": "PRESENT_REF", "today": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a long time ago": "PAST_REF",
    "as soon as possible": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "the longer run": "FUTURE_REF",
}  # fmt: skip

# Words after "current" that make it part of another expression or of a fixed phrase
# rather than a reference to the present.
_NOT_AFTER = (
    " account", " events", " affairs", " quarter", " year", " month", " week", " fiscal",
    " financial year", " business year",
    " period", " season", " days", " weeks", " months", " years", " decades", " quarters",
    " tense", " contract", " generation", " generations", " president", " prime",
)  # fmt: skip


# A number after "the past": "the past three summers", "the past 12 seasons".
_COUNTED = re.compile(r"\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|several|few)\b)")


@rule(
    "reference",
    950,
    r"(?P<right>(?i:right)\s+(?=(?i:now)\b))?"  # "right now", one expression
    r"(?P<word>(?i:now|currently|nowadays|these days|at present|presently|at the moment|"
    r"then[\s-]current|current|"
    r"recently|the past|the present|the near future|the distant future|the future|"
    r"a later date|a long time ago|some time|"
    r"as soon as possible|the near term|the short term|the medium term|the long term|"
    r"the longer term|the longer run|soon))(?![\w-])",
)
def _reference(g: Groups, ctx: Context) -> Reading | None:
    word = " ".join(g["word"].lower().split())
    before = ctx.word_before()
    after = ctx.following(12).lower()
    if word in ("the past", "the present") and before not in (
        "in", "for", "into", "of", "to", "from", "about"):  # fmt: skip
        return None
    if word.startswith(("the near", "the short", "the medium", "the long")) and before not in (
        "in", "for", "over", "of", "during"):  # fmt: skip
        return None
    if word == "some time":
        # "could be in the gulf for some time": a stretch of time, its length unsaid
        return Reading("DURATION", "PXX") if before == "for" else None
    if word == "soon" and (before == "as" or after.startswith((" after", " afterward", " before"))):
        return None  # "as soon as", "soon after the vote": a conjunction or a relation
    if word == "recently" and (after.startswith(" as ") or before == "most"):
        return None  # "as recently as May", "most recently last October": the date says when
    if word.endswith("current") and after.startswith(_NOT_AFTER):
        return None
    if word in ("then current", "then-current"):
        return Reading("DATE", "PAST_REF")  # "the then-current price": the present of the past
    if word == "the past" and _COUNTED.match(after):
        return None  # "the past three summers": a stretch of time the number measures
    if word == "now" and (after.startswith("-") or before in ("from", "until", "till")):
        return Reading("DATE", "PRESENT_REF")
    return Reading("DATE", _REFS[word])
