"""Shallow sentence structure: subordinate clauses, quotations, frames and their complements.

No parser: a few closed word classes (subordinators, relative pronouns, coordinators) and
the event triggers themselves are enough to tell the main act of a news sentence from the
background ("after …", "which …") and from acts reported inside another act ("accused Russia
of hacking", "threatened to impose sanctions", "said Russia would retaliate").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .model import Token, Trigger
from .wordclasses import ABBREVIATIONS, ADVERBS, OPENS_AFTER, SUBORDINATORS

RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})
NOMINAL_CONTEXT = frozenset(
    "the a an its their his her 's this that any such for of on against over about".split()
)
CONDITIONALS = frozenset({"if", "unless"})
# What ends the look for an "if" after an act.
CONDITION_STOPS = frozenset({",", ";", ".", "but", "and"})
STRONG_BREAKS = frozenset({";", ":", "—", "–"})
QUOTES = frozenset({'"', "“", "”"})
COORDINATORS = frozenset({"and", "but", "or"})
SUBORDINATE_OPENERS = SUBORDINATORS | RELATIVES
CLAUSE_OPENERS = SUBORDINATE_OPENERS | {"that"}
CLAUSE_ENDS = frozenset({",", ";"}) | STRONG_BREAKS
# Words that may begin a clause, for `clause_start`.
CLAUSE_MARKS = STRONG_BREAKS | QUOTES | CLAUSE_OPENERS
# Frame flags of the lexicon: triggers that take another act as their complement.
FRAME_FLAGS = frozenset({"report", "speech", "intent", "frame", "deny"})


@dataclass(init=False, slots=True, unsafe_hash=True)  # not frozen: see `model.Actor`
class Structure:
    """Per token: in a subordinate clause, inside quotation marks, after an "if", and
    followed by an "if" in its clause; and where the words that may begin a clause are."""

    subordinate: tuple[bool, ...]
    quoted: tuple[bool, ...]
    conditional: tuple[bool, ...]
    # An "if"/"unless" follows the token before a comma, a stop, "and" or "but": "sites it
    # would strike if Tehran retaliated".
    condition_ahead: tuple[bool, ...]
    marks: tuple[int, ...]  # the positions of the words of CLAUSE_MARKS, in order

    def __init__(
        self,
        subordinate: tuple[bool, ...],
        quoted: tuple[bool, ...],
        conditional: tuple[bool, ...],
        condition_ahead: tuple[bool, ...],
        marks: tuple[int, ...],
    ) -> None:
        self.subordinate = subordinate
        self.quoted = quoted
        self.conditional = conditional
        self.condition_ahead = condition_ahead
        self.marks = marks


def _is_adverb(token: Token) -> bool:
    return token.lower in ADVERBS or (token.lower.endswith("ly") and len(token.lower) > 4)


def analyse(
    tokens: list[Token], triggers: list[Trigger], lowers: list[str] | None = None
) -> Structure:
    """Mark subordinate clauses (to the next comma), quotations and conditional clauses.

    A subordinate clause also ends at "and"/"but" before a finite verb trigger: in "after
    hitting the country with sanctions and proposed a meeting", "proposed" is main again.
    `lowers` are the lower-case forms of the tokens, when already known.
    """
    n = len(tokens)
    if lowers is None:
        lowers = [t.lower for t in tokens]
    marks = [i for i, lower in enumerate(lowers) if lower in CLAUSE_MARKS]
    marked = {lowers[i] for i in marks}
    unmarked = (False,) * n
    quoted: tuple[bool, ...] = unmarked
    if not QUOTES.isdisjoint(marked):
        inside = False
        in_quotes = [False] * n
        for i, word in enumerate(lowers):
            if word in QUOTES:
                inside = word == "“" or (word == '"' and not inside)
                continue
            in_quotes[i] = inside
        quoted = tuple(in_quotes)
    subordinate: tuple[bool, ...] = unmarked
    conditional: tuple[bool, ...] = unmarked
    # Only a subordinator, a relative pronoun or "that" opens a clause.
    if not CLAUSE_OPENERS.isdisjoint(marked):
        in_clause = [False] * n
        in_condition = [False] * n
        for i in marks:
            word = lowers[i]
            if word not in CLAUSE_OPENERS:
                continue
            opens = word in SUBORDINATORS or word in RELATIVES
            if word == "as" and i + 1 < n and lowers[i + 1] in {"well", "part", "a", "the"}:
                opens = False
            if word in OPENS_AFTER and OPENS_AFTER[word].isdisjoint(lowers[max(0, i - 2) : i]):
                opens = False  # "a swift response", "face sanctions", "at the time"
            if (
                word == "that"
                and i
                and tokens[i - 1].text[:1].isalpha()
                and (_noun_like(tokens[i - 1]) or _verb_next(lowers, i, triggers))
            ):
                # Relative "that": after a noun ("companies that provide support"), or right
                # before its verb ("the war that has devastated Gaza"), which a "that"
                # opening reported speech never is ("said that Russia had …").
                opens = True
            if not opens:
                continue
            j = i
            while j < n and lowers[j] not in CLAUSE_ENDS:
                if lowers[j] in COORDINATORS and j > i + 1 and _next_verb(tokens, j, triggers):
                    break
                in_clause[j] = True
                if word in CONDITIONALS:
                    in_condition[j] = True
                j += 1
        subordinate, conditional = tuple(in_clause), tuple(in_condition)
    condition_ahead: tuple[bool, ...] = unmarked
    if not CONDITIONALS.isdisjoint(marked):
        ahead = [False] * n
        state = False
        for k in range(n - 1, -1, -1):
            ahead[k] = state
            if lowers[k] in CONDITION_STOPS and not (k and lowers[k - 1] in ABBREVIATIONS):
                state = False
            elif lowers[k] in CONDITIONALS:
                state = True
        condition_ahead = tuple(ahead)
        if lowers[0] in CONDITIONALS:
            # "If Russia invades, the United States will impose sanctions": the consequent
            # of a fronted condition is as hypothetical as the condition.
            conditional = (True,) * n
    return Structure(subordinate, quoted, conditional, condition_ahead, tuple(marks))


def _next_verb(tokens: list[Token], j: int, triggers: list[Trigger]) -> bool:
    """Whether the first word after `j` that is not an adverb begins a finite verb trigger."""
    k = j + 1
    while k < len(tokens) and _is_adverb(tokens[k]):
        k += 1
    return any(
        t.first == k and t.kind == "V" and not tokens[k].lower.endswith("ing") for t in triggers
    )


# Auxiliaries and modals a relative "that" may be followed by directly.
RELATIVE_VERBS = frozenset(
    "has have had is are was were will would could can may might should does did".split()
)


def _verb_next(lowers: list[str], i: int, triggers: list[Trigger]) -> bool:
    """Whether the word after position `i` is an auxiliary or begins a verb trigger."""
    k = i + 1
    if k >= len(lowers):
        return False
    return lowers[k] in RELATIVE_VERBS or any(t.first == k and t.kind == "V" for t in triggers)


def _noun_like(token: Token) -> bool:
    word = token.lower
    return word.endswith(("ies", "ments", "tions", "ers", "ors")) or word in {
        "companies",
        "entities",
        "individuals",
        "groups",
        "officials",
        "countries",
    }


def is_frame(trigger: Trigger) -> bool:
    return bool(trigger.flags & FRAME_FLAGS)


def governing_frame(
    triggers: list[Trigger], index: int, tokens: list[Token], structure: Structure
) -> int | None:
    """The position of the frame trigger whose complement holds `triggers[index]`, if any.

    A trigger is inside the complement of the nearest frame to its left ("urged Russia to
    withdraw", "said Russia would retaliate", "accused Russia of hacking", "condemned the
    attack") unless a strong break, a closing quotation or a coordinated verb ("… and
    expelled") stands between them.
    """
    trigger = triggers[index]
    for k in range(index - 1, -1, -1):
        frame = triggers[k]
        words = [t.lower for t in tokens[frame.last + 1 : trigger.first]]
        if not STRONG_BREAKS.isdisjoint(words) or not SUBORDINATE_OPENERS.isdisjoint(words):
            return None
        if "that" in words and any(
            a in COORDINATORS and b == "that" for a, b in zip(words, words[1:], strict=False)
        ):
            continue  # "said he proposed a summit and that aides were discussing …"
        if structure.quoted[frame.first] != structure.quoted[trigger.first]:
            return None
        if _coordinated(tokens, frame.last + 1, trigger.first):
            return None
        if is_frame(frame):
            if len(words) > 14:
                return None
            return k
        # A plain verb stands between: the trigger belongs to that verb's clause.
        if frame.kind == "V" and not _nominal(tokens, frame.first):
            return None
    return None


def _nominal(tokens: list[Token], first: int) -> bool:
    """A verb-pattern word used as a noun: "for arrest warrants", "the attack"."""
    return first > 0 and tokens[first - 1].lower in NOMINAL_CONTEXT


def _coordinated(tokens: list[Token], start: int, first: int) -> bool:
    """Whether the verb at `first` is coordinated with an earlier one ("… and expelled")."""
    k = first - 1
    while k >= start and _is_adverb(tokens[k]):
        k -= 1
    if k >= start and tokens[k].lower in {"to"}:
        return False
    while k >= start and tokens[k].lower in {"have", "has", "had", "will", "would", "is", "was"}:
        k -= 1
    return k >= start and tokens[k].lower in COORDINATORS


def coordinated_with_previous(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the trigger starting at `first` follows "and"/"but" with no subject between."""
    return _coordinated(tokens, floor, first)


def clause_start(tokens: list[Token], first: int, structure: Structure) -> int:
    """Index of the first token of the clause holding token `first`."""
    subordinate = structure.subordinate[first]
    marks = structure.marks
    # Only the words of CLAUSE_MARKS can begin a clause: the nearest before `first` first.
    for k in reversed(marks[: bisect_left(marks, first)]):
        word = tokens[k].lower
        if word in STRONG_BREAKS or word in QUOTES:
            return k + 1
        if subordinate and word in SUBORDINATE_OPENERS:
            return k + 1
        if word == "that" and not structure.subordinate[k]:
            return k + 1
    return 0
