"""Which date a statement or an act gets: the rules, as functions over sentences and timexes.

An act (a coded political event) is dated, in order, by:

1. The time expression of its own clause: the nearest one in its sentence, not across a
   clause boundary (";", ":", a dash, "after", "when", "because"...) when a nearer one
   exists, and never one that dates something else: a reporting verb's date ("he said
   Thursday" dates the saying, not the act reported; a source named after the act and its
   date, "struck Kabul in May, officials said.", leaves the date to the act), a date of a
   second predicate that looks ahead when the act does not ("have been freed and will be
   home for Christmas") or that is set against it ("reopened the crossing, but closed it
   again on Tuesday"), a date beyond another act of the sentence ("named X as the
   perpetrator of the cyberattack last year": last year is the cyberattack's), a year used
   before a noun ("the 2020 election") unless the act is named in that very phrase ("2020
   election interference"), the limit of a state ("would serve until July 2026"), a date
   told after a later saying ("called for a truce and said she would ... in July"), or a
   date in a relative clause set off by commas that the act is not in ("The U.S., which had
   warned him on Tuesday, welcomed the vote"; "Talks, mediated by the EU since 2011,
   stalled"), or the baseline of a comparison after the act ("its largest acquisition since
   1997"). A duration used as an offset ("a month after Biden promised ...") dates the act
   it points to. An act with none that is the object of a dated act, at most three words
   after it ("In 2014, Israel fought a 50-day war"), takes that act's date.
2. Otherwise the time of the episode being told (`inherited`): within a paragraph, the date
   the last dated sentence gave its surest act (or, with no act, its first date that is
   neither a year before a noun, nor in a relative clause, nor the edge of a state: "in
   recession since December 2007", "until mid-June"). A new paragraph starts from the
   news of the day instead (unless it tells what came "days later"): the last date the
   story named within a fortnight of publication, at day or week precision ("Thursday"),
   outside relative clauses, so that background ("in 2016", ", which had warned him on
   Tuesday,") does not leak into it.
   An act told in the past does not inherit a day still to come ("… is due in court on
   Monday. The original investigation took 1,200 statements"): it takes the day's news
   if that is not ahead too, else the publication day. An act in the present perfect
   ("He has pleaded not guilty") does not inherit a day older than the news: it is true
   on the publication day.
3. Otherwise, when the story has named no such date, the publication day (`publication`).

A date after "since" dates an act that is still going on: its row spans from that date to
the publication day.

A sentence with no political act keeps the statement rows of a dated sentence (one per time
expression: `explicit`, `relative`, or `publication` for "now"), and a sentence that
visibly continues the one before it in the same paragraph ("Under the order, ...", "He
...", "..., he added.") inherits its date. Durations, sets ("every week") and vague
references ("recently") date nothing.
"""

from __future__ import annotations

import re
from datetime import date

from ..temporal import Interval, Timex, value_interval
from .model import DateBasis

# Openers that point back to what was just told.
_CONTINUATION_OPENERS = frozenset(
    """he she it they we i his her its their this that these those there then also but and
    so yet still under during after afterward afterwards later meanwhile additionally
    moreover furthermore however""".split()
)
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_QUOTE_CLOSER = re.compile(
    r"(?i)\b(?:he|she|they|it|the \w+) (?:added|continued|said|told \w+|went on)\W*$"
)
# A reporting verb and up to three words after it, just before a time expression:
# "said Thursday", "told reporters on Thursday", "announced late Tuesday".
_REPORTED_BEFORE = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|added|stated|declared|reported|confirmed|announced|"
    r"wrote|according)\b(?:\s+[\w'.-]+){0,3}\s*$"
)
# ... or just after it, its subject between: "Thursday, officials said", "Last month a
# declassified intelligence document said".
_REPORTING_VERBS = frozenset(
    "said says say told tells added stated declared reported confirmed announced wrote".split()
)
_SUBORDINATORS = frozenset(
    "when that who which while after before because since as if whom whose where".split()
)
# ", and said", ", but added": the subject's next act, not an attribution of the date.
_SECOND_PREDICATE = re.compile(r"\s*,\s*(?:and|but)\b")
_REPORTING_TRIGGER = re.compile(rf"(?i)^(?:{'|'.join(sorted(_REPORTING_VERBS))})\b")
# Verbs of saying whose "that" clause is what was said: a date inside it is not the saying's.
_SAYING_VERBS = _REPORTING_VERBS | frozenset(
    "warned warns predicted forecast insisted argued claimed denied acknowledged".split()
)
_SAYING = re.compile(rf"(?i)(?:{'|'.join(sorted(_SAYING_VERBS))})\b")
_THAT = re.compile(r"(?i)\s*(?:\w+\s+){0,2}?that\b")
# A source named at the end of the sentence, after a comma: ", officials said.", ", the
# ministry said in a statement.", ", the military said, the third launch this year". Not one
# that goes on to what was said (", he said that").
_ATTRIBUTION_AFTER = re.compile(
    r"\s*,\s*(?:[\w'’.-]+\s+){1,5}?(?:said|says|told|added|stated|reported|confirmed|"
    r"announced)\b(?![^.!?;:]{0,40}\bthat\b)[^.!?;:,]{0,40}(?:[.!?][\"'”’)]*(?:\s|$)|,)"
)


# A second predicate set against the act: ", but closed it again".
_CONTRAST_PREDICATE = re.compile(r"(?i),\s+but\s+(?:\w+\s+)?\w+(?:ed|ew|ook|ent|ame|old)\b")
# A second predicate that looks ahead, between an act and a date after it, and a modal
# before the act (when the act looks ahead too, the date may be both predicates').
_MODAL_PREDICATE = re.compile(
    r"(?i)\b(?:and|but)\s+(?:[\w'’-]+\s+){0,3}?(?:will|would|shall|could|might|may)\b"
)
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|could|might|may|to)\b[^,;.!?]*$")
# A limit before a date: "until July 2026".
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+$")
# A second, reporting verb between an act and a date after it: "..., and said that ...".
_REPORTED_AFTER = re.compile(
    r"(?i)\b(?:and|but)\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(_SAYING_VERBS | {"tells", "warned", "stressed", "noted", "noting"}))
    + r")\b"
)
# A relative clause set off by commas: ", which had warned Castillo on Tuesday,", ",
# mediated by the EU since 2011,".
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:(?:which|who|whose|whom)\b[^,;.!?]*|\w+ed\s+(?:by|in|on|at|since|from)\b[^,;.!?]{0,40}(?=,\s))"
)
_CLAUSE_BOUNDARY = re.compile(
    r"[;:]|\s[–—-]\s|\b(?:after|before|when|while|because|since|although|though|whereas|"
    r"until|but)\b|\band\s+(?:\w+ed|said|told|took|made|gave|met|sent|held|began|won|lost|"
    r"left|went|came|saw|put|set|led|ran|struck|signed|vowed)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
# A preposition right before a date: it heads a phrase of time, not a noun.
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|on|at|since|by|until|during|from|after|before)\s+$")
# A determiner right before a day that modifies a noun: "the Dec. 19 runoff".
_DETERMINER_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|its|their|this)|['’]s)\s+$")
# Words after a year that show it stands alone rather than before a noun.
_NOT_A_NOUN = frozenset(
    """and or to the a an in on at of for by from with when as that which who while after
    before but if than since until""".split()
)
# "influence operations ... during the 2020 campaign": a year in a phrase that says when.
_PP = re.compile(r"(?i)\b(?:during|in|ahead of|before|after|since)\s+(?:the\s+)?$")
# A superlative or a first measured from a date: "its largest acquisition since 1997", "the
# first time since 2001", "the highest since January". The date is the baseline of the
# comparison, not the time of the act.
_BASELINE_BEFORE = re.compile(
    r"(?i)\b(?:\w{3,}iest|most|least|first|only|best|worst|highest|lowest|largest|biggest|"
    r"strongest|weakest|longest|shortest|fastest|slowest|smallest|greatest|warmest|coldest|"
    r"hottest|sharpest|steepest|toughest|widest|deepest)\b[^.;:]{0,60}\bsince\s+(?:the\s+)?$"
)
# "since" or "until" before a date: an edge of a state ("in recession since December 2007",
# "shrinking through at least the middle of the year"), not a time the story moves to.
_EDGE_BEFORE = re.compile(r"(?i)\b(?:since|until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?$")
# A preposition that makes the noun after it the act's topic, not its time: "charged with
# the 1994 murder", "convicted of the 2011 attack", "apologised for the 1995 massacre".
_TOPIC_PP = re.compile(
    r"(?i)\b(?:with|of|for|over|about|against|on)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$"
)
# A date further than this many words from an act is not that act's date.
_MAX_WORDS = 25
_BOUNDARY_COST = 15
_NEWS_PRECISIONS = frozenset({"minute", "hour", "part_of_day", "day", "weekend", "week"})
_NEWS_DAYS = 14


def continues_episode(sentence: str) -> bool:
    """Whether a sentence visibly continues the one before it (see the module's rules)."""
    match = _FIRST_WORD.match(sentence)
    if match and match.group(1).lower() in _CONTINUATION_OPENERS:
        return True
    return bool(_QUOTE_CLOSER.search(sentence))


def days_of(timex: Timex) -> Interval | None:
    """The days a time expression places on the calendar, if any."""
    return value_interval(timex.date_value, timex.mod) if timex.date_value else None


def dates_something(timex: Timex) -> bool:
    """Whether a time expression places something on the calendar."""
    return timex.value == "PRESENT_REF" or days_of(timex) is not None


def statement_basis(timex: Timex) -> DateBasis:
    """How a time expression dates what it dates: explicit, relative or publication."""
    if timex.value == "PRESENT_REF":
        return "publication"
    return "explicit" if timex.explicit else "relative"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def reporting_date(text: str, timex: Timex, sentence: tuple[int, int]) -> bool:
    """Whether a time expression dates a reporting verb ("said Thursday"); `sentence` is
    the span of its sentence, which the words read around it do not leave."""
    before = text[max(0, timex.start - 60) : timex.start]
    if _REPORTED_BEFORE.search(before):
        return True
    if _SECOND_PREDICATE.match(text, timex.end):
        return False  # "imposed sanctions on June 1, and said ...": the saying is another act
    if _ATTRIBUTION_AFTER.match(text, timex.end) and _words(text[sentence[0] : timex.start]) >= 3:
        return False  # "Bombers struck Kabul in May, officials said.": the source is named
        # after the act and its date
    # "extradited last June. His lawyers said": the next sentence's saying is not this date's
    following = _WORD.findall(text, timex.end, min(timex.end + 80, sentence[1]))[:6]
    if (
        following[:1] in (["and"], ["or"])
        and following[1:2]
        and (following[1].lower() not in _REPORTING_VERBS)
    ):
        return False  # "transfers this spring and next year, the spokesman said": the act's
    for word in following:
        lowered = word.lower()
        if lowered in _SUBORDINATORS:
            return False
        if lowered in _REPORTING_VERBS:
            return True
    return False


def prenominal_year(text: str, timex: Timex) -> bool:
    """Whether a date modifies a noun after it: a bare year ("the 2020 election") or a day
    after a determiner ("the Dec. 19 runoff")."""
    year = timex.explicit and timex.value.isdigit() and len(timex.value) == 4
    if not year and not (
        len(timex.value) == 10
        and _DETERMINER_BEFORE.search(text, max(0, timex.start - 6), timex.start)
    ):
        return False
    following = _WORD.search(text, timex.end, timex.end + 30)
    if following is None or text[timex.end : following.start()].strip(" "):
        return False
    word = following.group()
    if word[:1].isupper() and _PREPOSITION_BEFORE.search(
        text, max(0, timex.start - 8), timex.start
    ):
        return False  # "In 1991 Charles Keating was convicted": the year of the clause
    return word.lower() not in _NOT_A_NOUN and (year or word.islower())


def _claimed_by_other(
    text: str, timex: Timex, act_start: int, act_end: int, others: list[tuple[int, int]]
) -> bool:
    """Whether another act stands between this one and the date, right next to the date."""
    low, high = (timex.end, act_start) if timex.end <= act_start else (act_end, timex.start)
    for start, end in others:
        if low <= start and end <= high:
            gap = text[end : timex.start] if end <= timex.start else text[timex.end : start]
            if _words(gap) <= 1:
                return True
    return False


def _relative_clause(text: str, timex: Timex) -> tuple[int, int] | None:
    """The span of the relative clause set off by commas that the date lies in (", which
    had warned him on Tuesday,"), if any."""
    # (the text after the date is searched too: a participle's clause must close)
    for clause in _RELATIVE_CLAUSE.finditer(text, max(0, timex.start - 200), timex.end + 200):
        if clause.start() > timex.start:
            break
        if timex.end <= clause.end():
            return clause.span()
    return None


def in_relative_clause(text: str, timex: Timex) -> bool:
    """Whether the date lies in a relative clause set off by commas."""
    return _relative_clause(text, timex) is not None


def _in_other_relative_clause(text: str, timex: Timex, act_start: int, act_end: int) -> bool:
    """Whether the date lies in a relative clause set off by commas that the act is not in:
    "The United States, which had warned him on Tuesday, welcomed the vote"."""
    clause = _relative_clause(text, timex)
    return clause is not None and not (clause[0] <= act_start and act_end <= clause[1])


def act_timex(
    text: str,
    act_start: int,
    act_end: int,
    timexes: list[Timex],
    sentence: tuple[int, int],
    other_acts: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> Timex | None:
    """The time expression that dates the act at text[act_start:act_end], if its sentence
    (the span `sentence`) has one (see rule 1 of the module); `timexes` are those of the
    act's sentence and `other_acts` the spans of its other acts: a date right after another
    act that stands between is that act's ("named X as the perpetrator of the cyberattack
    last year")."""
    act_reports = bool(_REPORTING_TRIGGER.match(text[act_start:act_end]))
    best: tuple[int, Timex] | None = None
    for timex in timexes:
        if not dates_something(timex):
            continue
        if _claimed_by_other(text, timex, act_start, act_end, other_acts):
            continue
        if timex.end <= act_start:
            between = text[timex.end : act_start]
        elif timex.start >= act_end:
            between = text[act_end : timex.start]
        else:
            between = ""
        if timex.anchored_value and timex.end <= act_start:
            # "a month after Biden promised": the signal word links the two.
            between = re.sub(r"(?i)^\s*(?:after|before)\b", "", between)
        distance = _words(between)
        if not act_reports and reporting_date(text, timex, sentence):
            continue
        if _LIMIT_BEFORE.search(text, max(0, timex.start - 8), timex.start):
            continue  # "would serve until July 2026": the end of a state, not an act's date
        if timex.start >= act_end and _REPORTED_AFTER.search(between):
            continue  # "called for a truce and said she would serve ...": what was said
        if timex.start >= act_end and _SAYING.match(text, act_start) and _THAT.match(between):
            continue  # "warned that another dry summer could …": the saying's own time is not
            # in what it says
        if _in_other_relative_clause(text, timex, act_start, act_end):
            continue
        if timex.start >= act_end and _CONTRAST_PREDICATE.search(between):
            continue  # "reopened the crossing ..., but closed it again on Tuesday"
        if (
            timex.start >= act_end
            and _MODAL_PREDICATE.search(between)
            and not _MODAL_BEFORE.search(text, max(0, act_start - 30), act_start)
        ):
            continue  # "have been freed and will be home for Christmas": the next predicate's
        prenominal = prenominal_year(text, timex)
        if prenominal and distance > (6 if _PP.search(between) else 4):
            continue
        if (
            timex.end <= act_start
            and distance > 1
            and not re.search(r"[,;:]", between)
            and prenominal
            and _DETERMINER_BEFORE.search(text, max(0, timex.start - 6), timex.start)
        ):
            continue  # "the candidates in the Dec. 19 runoff have promised": the runoff's date
        if timex.start >= act_end and prenominal and _TOPIC_PP.search(between):
            continue  # the year dates the noun the act is about
        if timex.start >= act_end and _BASELINE_BEFORE.search(
            text, max(0, timex.start - 90), timex.start
        ):
            continue  # "its largest acquisition since 1997": a comparison's baseline
        cost = distance + (_BOUNDARY_COST if _CLAUSE_BOUNDARY.search(between) else 0)
        if distance <= _MAX_WORDS and (best is None or cost < best[0]):
            best = (cost, timex)
    return best[1] if best else None


def story_timex(used: list[Timex], timexes: list[Timex], text: str) -> Timex | None:
    """The date a sentence leaves as its episode's current time: the date of its surest dated
    act, else its first date that is not a year before a noun."""
    for timex in [*used, *timexes]:
        if timex.value == "PRESENT_REF" or not dates_something(timex):
            continue
        if timex not in used and in_relative_clause(text, timex):
            continue  # background in a relative clause leaves the story's time alone
        if timex not in used and _EDGE_BEFORE.search(text, max(0, timex.start - 20), timex.start):
            continue  # the edge of a state leaves the story's time alone
        if not prenominal_year(text, timex):
            return timex
    return None


def is_news_time(timex: Timex, published: date) -> bool:
    """Whether a date belongs to the news of the day: within a fortnight of publication and
    no coarser than a week."""
    interval = days_of(timex)
    if interval is None or interval.precision not in _NEWS_PRECISIONS:
        return False
    return abs((interval.start - published).days) <= _NEWS_DAYS
