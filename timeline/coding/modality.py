"""Modality of a coded act: asserted, future, hypothetical or negated.

Read from the auxiliaries and adverbs just before the trigger ("will impose", "would
respond", "did not sign"), from an enclosing "if" clause, and from the frame that embeds
the act ("threatened to …" is hypothetical, "pledged to …" future, "denied that …" negated).
"""

from __future__ import annotations

from .model import Modality, Token, Trigger
from .wordclasses import FUTURE_BEFORE_TO, HYPOTHETICAL, NEGATED_BEFORE_TO, NEGATIONS, PASSABLE

QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’"})

FUTURE = frozenset({"will", "'ll", "shall", "wo"})
HYPOTHETICAL_BEFORE_TO = frozenset({"threatened", "threatens", "threatening", "threaten"})


def modality(
    tokens: list[Token],
    trigger: Trigger,
    frame: Trigger | None,
    conditional: bool,
) -> Modality:
    """The modality of `trigger`, given the frame that embeds it and whether it is
    conditional: in an "if"/"unless" clause, or followed by one in its own clause ("sites it
    would strike if Tehran retaliated", see `Structure.condition_ahead`)."""
    cues: set[str] = set()
    k = trigger.first - 1
    steps = 0
    while k >= 0 and steps < 6:
        word = tokens[k].lower
        if word in QUOTE_MARKS:
            k -= 1
            continue
        if word in NEGATIONS:
            cues.add("negated")
        elif word in FUTURE:
            cues.add("future")
        elif word in HYPOTHETICAL:
            cues.add("hypothetical")
        elif word in FUTURE_BEFORE_TO and tokens[k + 1].lower == "to":
            cues.add("future")
        elif word in HYPOTHETICAL_BEFORE_TO and tokens[k + 1].lower == "to":
            cues.add("hypothetical")
        elif word in NEGATED_BEFORE_TO and tokens[k + 1].lower == "to":
            cues.add("negated")
        elif word not in PASSABLE and not word.endswith("ly"):
            break
        k -= 1
        steps += 1
    if trigger.kind == "N":
        # "The response to the sanctions will be inescapable": the noun's own verb follows.
        for token in tokens[trigger.last + 1 : trigger.last + 8]:
            if token.lower in {",", ";", ".", "and", "but"}:
                break
            if token.lower in FUTURE:
                cues.add("future")
            elif token.lower in HYPOTHETICAL:
                cues.add("hypothetical")
    if "negated" in cues or _prevented(tokens, trigger):
        return "negated"
    if frame is not None:
        if "deny" in frame.flags:
            return "negated"
        if (frame.cameo.startswith("13") or frame.cameo == "014") and "frame" in frame.flags:
            return "hypothetical"
        if "speech" in frame.flags and not cues:
            return "hypothetical"
    if conditional:
        return "hypothetical"
    if "hypothetical" in cues:
        if "would" in {t.lower for t in tokens[max(0, trigger.first - 3) : trigger.first]} and (
            frame is not None and frame.flags & {"intent", "report"}
        ):
            return "future"
        return "hypothetical"
    if "future" in cues:
        return "future"
    if "intent" in trigger.flags or (frame is not None and "intent" in frame.flags):
        return "future"
    return "asserted"


# Verbs that keep a party from an act: "bars either side from attacking".
_PREVENTING = frozenset(
    "bar bars barred barring prevent prevents prevented preventing prohibit prohibits "
    "prohibited prohibiting ban bans banned banning stop stops stopped stopping refrain "
    "refrains refrained refraining deter deters deterred deterring keep keeps kept keeping "
    "block blocks blocked blocking forbid forbids forbade forbidden".split()
)


def _prevented(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether the act is one a party is kept from: "from" before it and, at most five words
    before that, a verb of preventing ("an agreement that bars either side from attacking")."""
    k = trigger.first - 1
    if k < 1 or tokens[k].lower != "from":
        return False
    return not _PREVENTING.isdisjoint([t.lower for t in tokens[max(0, k - 5) : k]])


def denied_participle(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether the trigger is a participle after "with no …" ("a siege, with no food or
    fuel allowed in"): what is not let in is no act."""
    if trigger.kind != "V" or not tokens[trigger.first].lower.endswith("ed"):
        return False
    before = [t.lower for t in tokens[max(0, trigger.first - 8) : trigger.first]]
    return "with" in before and "no" in before[before.index("with") :]
