"""Which way a clause points in time: the cue that decides "which Tuesday" and "which March"."""

from __future__ import annotations

import re
from typing import Literal

Direction = Literal["past", "future"] | None

# How far around an expression to look for a tense cue, in words, within its clause.
_WINDOW_WORDS = 15

_CLAUSE_BREAK = re.compile(r'[.!?;:"“”]\s|\n')
_WORD = re.compile(r"[A-Za-z']+")

_FUTURE_WORDS = frozenset(
    """will 'll shall would wo going plans plan planned planning scheduled schedule expected expects
    expect due upcoming next intends intend aims hopes hope tomorrow coming forthcoming
    effective payable expire expires postponed resume resumes supposed opens begins starts
    meets arrives visits travels leaves ends closes hosts convenes reconvenes""".split()
)
_PAST_WORDS = frozenset(
    """was were had did said told met began came went took gave made held found left saw became
    brought sent spent fell rose won lost ago last yesterday earlier previously knew thought
    ran got put struck fought led paid sold bought built chose drew drove ate flew forgot froze
    began ended
    hit hung kept laid lay meant overtook rang sang sat shook shot slept spoke stood stole stuck
    swore taught threw understood woke wore wrote""".split()
)
# Verbs whose own tense says little about the time of what follows them ("proposed a meeting
# in May" is a past act about a future date): they are skipped, not read as past.
_NEUTRAL = frozenset("proposed propose proposes proposing suggested offered invited".split())
# Words ending in -ed that are not past forms.
_NOT_PAST = frozenset("need speed red bed seed feed breed shed indeed hundred proceed".split())
_FINITE_PAST = frozenset("was were had did".split())
_MODIFIERS = frozenset(
    "a an the its his her their our my your this that these those still very most more less "
    "newly recently previously already so too well ill long".split()
)
_PARTICIPLE_AUX = frozenset("be been being is are am".split())


# Present-tense verbs of schedules ("a summit opens Thursday") count as future above.
# "as soon as Tuesday", "as early as next week": a limit on something still to come.
_AS_SOON = re.compile(r"(?i)\bas\s+(?:soon|early)\s+as\s+(?:\w+\s+){0,3}$")


def clause_direction(text: str, start: int, end: int) -> Direction:
    """Whether the clause around text[start:end] speaks of the past or the future, if it says.

    The nearest tense cue wins, looking left first: in news, a bare "Tuesday" after "said"
    is the Tuesday just gone, after "will meet" the one to come.
    """
    if _AS_SOON.search(text, max(0, start - 20), start):
        return "future"
    left_edge = _clause_start(text, start)
    left = [w.lower() for w in _WORD.findall(text[left_edge:start])]
    right_edge = _clause_end(text, end)
    right = [w.lower() for w in _WORD.findall(text[end:right_edge])[:_WINDOW_WORDS]]
    for index in range(len(left) - 1, max(-1, len(left) - 1 - _WINDOW_WORDS), -1):
        direction = _cue(left[index], left[index - 1] if index else "")
        if direction is not None:
            return direction
    for index, word in enumerate(right):
        before = right[index - 1] if index else (left[-1] if left else "")
        direction = _cue(word, before)
        if direction is not None:
            return direction
    return None


def _clause_start(text: str, start: int) -> int:
    lower = max(0, start - 300)
    edge = lower
    for match in _CLAUSE_BREAK.finditer(text, lower, start):
        edge = match.end()
    return edge


def _clause_end(text: str, end: int) -> int:
    match = _CLAUSE_BREAK.search(text, end, min(len(text), end + 300))
    return match.start() if match else min(len(text), end + 300)


def _cue(word: str, before: str) -> Direction:
    if word in _NEUTRAL:
        return None
    if word in _FUTURE_WORDS or word.endswith("'ll"):
        return "future"
    past = word in _PAST_WORDS or (word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST)
    if not past:
        return None
    # "will be signed", "will be held": a participle after a form of "be" says nothing
    # by itself; the auxiliary further left decides. After a determiner or an adverb it is
    # an adjective ("a still unspecified date").
    if (before in _PARTICIPLE_AUX or before in _MODIFIERS) and word not in _FINITE_PAST:
        return None
    return "past"
