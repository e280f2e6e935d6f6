"""Which way a clause points in time: the cue that decides "which Tuesday" and "which March"."""

from __future__ import annotations

import re
from typing import Literal

from . import cues

Direction = Literal["past", "future"] | None

# How far around an expression to look for a tense cue, in words, within its clause.
_WINDOW_WORDS = 15

# A sentence or clause ends at a stop, a colon or a quotation mark, but not at the dot of an
# abbreviation of single letters ("6 p.m. local time", "the U.S. embassy"), of a title
# ("Gen. Smith"), of a month before its day ("on Oct. 12") or of "vs.".
_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Sgt Capt Adm Maj Prof Rev St Ft Mt Jr vs "
    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec"
).split()
_CLAUSE_BREAK = re.compile(
    r'[.!?;:"“”](?<!\b[A-Za-z].)'
    + "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATIONS)
    + r"\s|\n|''\s|``"  # and the quotation marks of wire copy: ``…''
)
# Words, hyphenated compounds whole: "state-subsidised" is an adjective, not a past verb.
_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")


# A market's close named by its day: "closing price on Wednesday", "Friday's close".
_CLOSING_BEFORE = re.compile(r"(?i)\bclosing\s+(?:price|level|value)s?\s+(?:on\s+)?$")
_CLOSING_AFTER = re.compile(r"(?i)'s\s+(?:close|closing)\b")
# A figure's baseline, which lies before it: "…, up from its October forecast", "down from
# 5.2 percent in March" (but not "growth should pick up from October").
_BASELINE = re.compile(
    r"(?i)(?:(?:,|\d%?|\b(?:percent|points?|cents?|million|billion))\s+(?:up|down)|"
    r"\b(?:rising|falling|rose|fell))\s+from\s+(?:[\w$.,%-]+\s+){0,4}(?:in\s+|on\s+)?$"
)
# Present-tense verbs of schedules ("a summit opens Thursday") count as future above.
# "as soon as Tuesday", "as early as next week": a limit on something still to come.
# A past verb right before makes it how early something happened: "had warned as early as".
_PAST_BEFORE_AS = re.compile(r"(?i)\b\w+ed\s+$")
_AS_SOON = re.compile(r"(?i)\bas\s+(?:soon|early)\s+as\s+(?:\w+\s+){0,3}$")


def _words(span: str) -> list[str]:
    """The words of `span` in lower case, but acronyms kept ("IS", the Islamic State, is no
    verb)."""
    return [w if w.isupper() and len(w) > 1 else w.lower() for w in _WORD.findall(span)]


def clause_direction(text: str, start: int, end: int) -> Direction:
    """Whether the clause around text[start:end] speaks of the past or the future, if it says.

    The nearest tense cue wins, looking left first: in news, a bare "Tuesday" after "said"
    is the Tuesday just gone, after "will meet" the one to come.
    """
    soon = _AS_SOON.search(text, max(0, start - 40), start)
    if soon is not None and not _PAST_BEFORE_AS.search(
        text, max(0, soon.start() - 24), soon.start()
    ):
        return "future"  # (but "had warned as early as Friday" is past)
    if _CLOSING_BEFORE.search(text, max(0, start - 30), start) or _CLOSING_AFTER.match(text, end):
        return "past"  # "a premium to the closing price on Wednesday": a price already set
    left_edge = _clause_start(text, start)
    left = _words(text[left_edge:start])
    right_edge = _clause_end(text, end)
    # An expression that opens its sentence ("In January, a week after …, a bombing
    # killed a guard") stands before the subject: its verb may come long after.
    reach = _WINDOW_WORDS * 2 if len(left) <= 1 else _WINDOW_WORDS
    attribution = _ATTRIBUTION.match(text, end, right_edge)
    if attribution and left:
        right_edge = end  # "on Saturday and Sunday, a spokesman told reporters": the saying
    right = _words(text[end:right_edge])[:reach]
    if left and left[-1] == "to" and not cues.PUT_OFF.isdisjoint(left[-6:-1]):
        return "future"  # "adjourned the case to Monday", "postponed the vote to May"
    if left and left[-1] in ("until", "till"):
        negated = _negated_tense(left)
        if negated is not None:
            return negated  # "will not know whether the arm collected it until Wednesday"
    if left and left[-1] in ("until", "till", "through"):
        if not cues.HELD_OPEN.isdisjoint(left):
            return "future"  # "extended $90 million in loans through January"
        near = left[-7:-1]
        if (
            left[-1] != "through"
            and not cues.ONGOING.isdisjoint(near)
            and cues.PAST_STATES.isdisjoint(near)
        ):
            return "future"  # "the sanctions remain in force until Dec. 31"
    if right and right[0] in ("will", "shall") and (not left or left[-1] in cues.CLAUSE_OPENERS):
        return "future"  # "…, and Friday will be her last run": the subject of a future verb
    if cues.CONDITIONS.intersection(left[-_WINDOW_WORDS:]) and _consequence_ahead(right):
        return "future"  # "if the auditor did not appear Tuesday, she would consider …"
    if (
        cues.REPORTING.intersection(left[-8:-2])
        and right[:1] != ["that"]
        and _consequence_ahead(right[:4])
    ):
        # "it said any SIM not verified by Friday would be blocked": the reported clause's
        # own verb, not the saying, tells the time
        return "future"
    if _BASELINE.search(text, max(0, start - 50), start):
        return "past"  # "up from its October forecast", "down from 5.2 percent in March"
    if right[:1] == ["that"] and not _SAYING.isdisjoint(left[-5:]):
        right = []  # "forecast in February that the economy would grow": the saying's time
    words = left + right
    order = [*range(len(left) - 1, max(-1, len(left) - 1 - _WINDOW_WORDS), -1)]
    order += range(len(left), len(words))
    for index in order:
        direction = _cue(words, index, len(left))
        if direction is not None:
            return direction
    if left and left[-1] in cues.UNTIL:
        return "future"  # "rainfall of 8 to 12 inches through Thursday": a limit to come
    if cues.FAR_FUTURE.intersection(left[-2 * _WINDOW_WORDS : -_WINDOW_WORDS]):
        # "Dongsan will sell its unit … by September and merge its two affiliates in the
        # fourth quarter": a long coordination still under its "will"
        return "future"
    return None


# Verbs of saying and forecasting whose "that" clause has a time of its own.
_SAYING = cues.REPORTING | frozenset(
    "forecast predicted projected estimated reported wrote".split()
)


def _relative_that(words: list[str], index: int) -> bool:
    """Whether words[index] follows a relative "that" after a noun ("a deadline that
    expired"), not the "that" of a saying ("said that") or a determiner ("that failed
    bid", which has no noun before it)."""
    if index < 2 or words[index - 1] != "that":
        return False
    noun = words[index - 2]
    return noun not in cues.REPORTING and noun not in cues.THAT_VERBS and not noun.endswith("ed")


def _past_verb_after(words: list[str]) -> bool:
    """Whether the first finite verb among `words` is "was" or "were" in a past act ("was
    called off"), not an arrangement ("was expected to", "was due")."""
    for index, word in enumerate(words):
        if word in ("is", "are", "has", "have", "will", "would") or word.endswith("'ll"):
            return False
        if word in ("was", "were"):
            after = words[index + 1 : index + 3]
            return not cues.ARRANGED.intersection(after) and "to" not in after
    return False


def _consequence_ahead(words: list[str]) -> bool:
    """Whether the words after a condition state its consequence as still to come ("would
    consider", "will close"), not as what would have been ("would have")."""
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in ("would", "will", "shall", "could", "might") or word.endswith("'ll"):
            return after != "have"
        if word in ("likely", "expected", "due", "scheduled", "set") and after == "to":
            return True  # "the vote on Tuesday was likely to be close"
    return False


def _negated_tense(words: list[str]) -> Direction:
    """The tense of the last negated auxiliary among `words` ("will not", "didn't"), if any:
    in "not … until", it says which side the limit lies on."""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        before = words[index - 1] if index else ""
        if word in ("won't", "wont") or (word == "not" and before in ("will", "shall", "would")):
            tense: Direction = "future"
        elif word in ("didn't", "wasn't", "weren't", "hadn't") or (
            word == "not" and before in ("did", "was", "were", "had")
        ):
            tense = "past"
        else:
            continue
        if index + 1 < len(words) and words[index + 1] in cues.EXPECTING:
            return None  # "did not expect enough supply until the summer": a forecast
        return tense
    return None


def _clause_start(text: str, start: int) -> int:
    lower = max(0, start - 300)
    edge = lower
    for match in _CLAUSE_BREAK.finditer(text, lower, start):
        edge = match.end()
    return edge


# A source named after the words it dates: ", spokesman Hisham Fawzi told reporters".
_ATTRIBUTION = re.compile(
    r"(?:\s+and\s+\w+)?,\s+(?:[\w.'-]+\s+){0,5}(?:said|says|told|added|announced|reported)\b"
)


def _clause_end(text: str, end: int) -> int:
    match = _CLAUSE_BREAK.search(text, end, min(len(text), end + 300))
    return match.start() if match else min(len(text), end + 300)


def _cue(words: list[str], index: int, split: int) -> Direction:
    """The direction words[index] gives; the expression itself lies before words[split]."""
    word = words[index]
    if "-" in word:
        return None  # "state-subsidised", "long-awaited": a compound, no verb
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) and index + 1 != split else ""
    if word in cues.NEUTRAL:
        return None
    if word == "last" and before in cues.MODALS:
        return None  # "could last through Tuesday": the verb, not "last week"
    if word in cues.INTENT_NOUNS and after != "to":
        if after in cues.DETERMINERS and before not in cues.MODIFIERS and index < split:
            return "future"  # "the union plans a march on Saturday": the verb, with its object
        return None
    if word == "next" and after == "to":
        return None  # "next to the embassy": a place
    if word in cues.PROJECTING and after == "to" and index < split:
        return "future"
    if word in ("is", "are", "am") and after == "to" and index < split:
        return "future"  # "the presidents are to meet on Thursday": arranged
    if (
        word in ("is", "are")
        and split - 8 <= index < split
        and after not in ("not", "now", "still")
        and not (after.endswith("ed") or after in cues.PARTICIPLES)
        and "after" not in words[index:split]
    ):
        # "the centerpiece is an open-air Mass in Phoenix Park Sunday": a present "be"
        # near a day names what is set for it (not "is known", "is suspended": passives)
        return "future"
    if word in ("was", "were") and after == "to" and index < split:
        # "teams were to arrive Monday": arranged, still to come; "was to have met" is not
        return "past" if words[index + 2 : index + 3] == ["have"] else "future"
    if word in ("likely", "unlikely") and before in ("is", "are", "was", "were") and index < split:
        return "future"  # "heavy rainfall is likely from Thursday morning"
    if word in cues.SCHEDULED_FOR and after == "for" and index < split:
        if cues.ONCE.intersection(words[max(0, index - 4) : index]):
            return "past"  # "the vote had been scheduled for Sunday": a plan gone by
        if (
            before not in cues.PARTICIPLE_AUX
            and before not in cues.FINITE_PAST
            and _past_verb_after(words[split : split + 8])
        ):
            # "a memorial walk, planned for Saturday, was called off": the plan names the
            # subject; the verb after it tells the time
            return "past"
        return "future"  # "an election has been set for May 25": scheduled
    if word == "effect" and before in ("takes", "take"):
        return "future"  # "a global ban takes effect Tuesday"
    if word in ("prepare", "prepares", "preparing") and after == "for" and index < split:
        return "future"  # "to prepare for a meeting of foreign ministers on Saturday"
    if word in cues.GATHERINGS and split - 5 <= index < split - 1 and words[split - 1] == "for":
        # "called an emergency meeting for Wednesday", "a conference in Geneva for April":
        # one still to come
        return "future"
    if word in cues.REQUESTED and after == "for" and index < split - 2:
        return "future"  # "prosecutors had asked for a trial in July": what was asked, to come
    if word in cues.PROMISED and index < split - 2 and after not in cues.PREPOSITIONS:
        # "promised a revised budget in October": what was promised, still to come (not
        # "promised in March to …", the time of the promise).
        return "future"
    if (
        word.endswith("ing")
        and (before in ("is", "are", "am") or (before in cues.PRESENT_BE and index < split))
        and len(word) > 5
    ):
        return "future"  # "are throwing her a supper Saturday": arranged, still to come
    if word in cues.CONDITIONS and index < split:
        return "future"  # "if they cannot sell it in November": a present condition
    if word in cues.STARTING and split - 3 <= index < split:
        return "future"  # "evacuations beginning at 6 p.m. Tuesday": from then on
    if (
        word in cues.POSSIBLE
        and after not in ("have", "")
        and (word != "could" or after != "not")
        and not (
            after == "be" and words[index + 2 : index + 3] and words[index + 2] in cues.REACHED
        )
    ):
        # "could push prices higher through the winter", "could be ready before the end of
        # the month", "might not be in place before May" (but "could not attend" and "could
        # be located", a reporter's try, are past)
        return "future"
    if (
        word in cues.DIRECTIVE
        and index < split
        and "to" in words[index + 1 : min(split, index + 8)]
    ):
        if "had" in words[max(0, index - 3) : index]:
            return "past"  # "had been allowed to telephone their families on Wednesday"
        return "future"
    if word in cues.LIMITS:
        return "future" if index < split else None
    if (
        word in ("report", "reports")
        and (
            after in cues.REPORTED_THINGS
            or index == split - 1
            or (after == "on" and index == split - 2)
        )
        and before not in cues.MODIFIERS
        and before not in ("did", "not", "to")
    ):
        return "future"  # "reports its annual results on Friday", "Elbtal reports Wednesday"
    if word in cues.SCHEDULE_BASE:
        if word == "close" and after == "to":
            return None  # "came close to a deal": nearness, no schedule
        if before in ("did", "not", "didn't", "to") or before in cues.MODIFIERS:
            return None  # "did not meet", "to meet demand", "at the close of business"
        if word in cues.ALSO_NOUNS and before.endswith("ed"):
            return None  # "their scheduled close": a noun
        return "future"
    if word in cues.FUTURE_WORDS or word.endswith("'ll"):
        if before in ("than", "as") and word.endswith("ed"):
            return None  # "earlier than planned", "as expected": a comparison, no tense
        if word in cues.ARRANGED:
            if cues.ONCE.intersection(words[max(0, index - 4) : index]):
                return "past"
            if word.endswith("ed") and (before.endswith("ly") or before in cues.MODIFIERS):
                return None  # "a hastily planned trip", "their scheduled close": adjectives
        return "future"
    past = word in cues.PAST_WORDS or (
        word.endswith("ed") and len(word) > 3 and word not in cues.NOT_PAST
    )
    # "a commission set up in January", "a target set in March"
    past = past or (
        word == "set" and (after == "up" or (after in cues.PREPOSITIONS and index == split - 2))
    )
    if not past or (
        word in cues.SAME_FORMS and (before in cues.MODALS or before in ("did", "not"))
    ):
        return None
    if word in cues.ALSO_CUTS and after in cues.PREPOSITIONS:
        return None  # "a dividend cut at its meeting in May": a noun
    if after == "by" and index < split - 5 and word not in cues.FINITE_PAST | cues.SIMPLE_PAST:
        # "swear in a cabinet led by a former central bank official on Wednesday": a
        # participle whose phrase ends well before the expression; the verb is elsewhere
        return None
    # "will be signed", "will be held": a participle after a form of "be" says nothing
    # by itself; the auxiliary further left decides. After a determiner or an adverb it is
    # an adjective ("a still unspecified date").
    if (
        (before in cues.PARTICIPLE_AUX or before in cues.MODIFIERS)
        and word not in cues.FINITE_PAST
        and not (word in cues.SIMPLE_PAST and before in ("that", "which", "who"))
        and not (before in ("which", "who") or _relative_that(words, index))
    ):
        # "guidelines to be published in November": a passive infinitive looks ahead.
        if before == "be" and index > 1 and words[index - 2] == "to":
            return "future"
        return None
    if before == "to":
        return None  # "expected to hit the coast": an infinitive ("hit", "set"), not a past
    if (
        word not in cues.PAST_WORDS
        and index >= 2
        and words[index - 2] in cues.MODALS
        and words[index - 2] != "to"
        and before not in ("have", "has", "had", "be", "been")
    ):
        return None  # "will exchange revised documents": an adjective after the modal's verb
    if before == "not" and word not in cues.PAST_WORDS:
        return None  # "any SIM not verified by Friday": a participle, no finite past
    if before in cues.OBJECT_PRONOUNS and word not in cues.PAST_WORDS:
        return None  # "could keep them elevated": a participle describing the object
    return "past"
