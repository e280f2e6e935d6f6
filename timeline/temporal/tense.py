"""Which way a clause points in time: the cue that decides "which Tuesday" and "which March"."""

from __future__ import annotations

import re
from typing import Literal

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
    + r"\s|\n"
)
# Words, hyphenated compounds whole: "state-subsidised" is an adjective, not a past verb.
_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")

_FUTURE_WORDS = frozenset(
    """will 'll won't wont shall would wo going plans plan planned planning scheduled schedule
    expected expects expect due upcoming next intends intend aims hopes hope hoping tomorrow
    coming forthcoming effective payable expire expires postponed resume resumes supposed
    opens begins starts meets arrives visits travels leaves ends closes hosts convene
    convenes reconvene reconvenes celebrates holds testifies speaks addresses flies departs
    continues concludes hands retires returns launches resigns runs goes""".split()
)
_PAST_WORDS = frozenset(
    """was were had did said told met began came went took gave made held found left saw became
    brought sent spent fell rose won lost ago last yesterday earlier previously knew thought
    since ran got put struck fought led paid sold bought built chose drew drove ate flew forgot
    froze began ended
    hit hung kept laid lay meant overtook rang sang sat shook shot slept spoke stood stole stuck
    swore taught threw understood woke wore wrote grew shrank sank slid swept fled sought
    withdrew overthrew broke rode tore dealt felt heard hid lent dug fed blew caught upheld
    undertook underwent overcame forgave forbade spun sprang strode swam swung clung wept
    cut shut quit spread hurt""".split()
)
# Past forms that are also the plain verb: after a modal ("will hit", "could cut") they are
# the plain verb, and the modal tells the time.
_SAME_FORMS = frozenset("hit put cut set shut quit spread hurt let".split())
# Those of them that are as often nouns: "a rate cut in May", "the spread in March".
_ALSO_CUTS = frozenset("cut shut quit spread hurt".split())
# Verbs whose own tense says little about the time of what follows them ("proposed a meeting
# in May" is a past act about a future date): they are skipped, not read as past.
_NEUTRAL = frozenset("proposed propose proposes proposing suggested offered invited".split())
# Words ending in -ed that are not past forms.
_NOT_PAST = frozenset(
    "need speed red bed seed feed breed shed indeed hundred proceed succeed exceed bleed "
    "embed heed deed weed".split()
)
_FINITE_PAST = frozenset("was were had did".split())
# Past forms that are never participles: after "that" or "which" they are the verb of a
# relative clause ("increases that began in April"), not an adjective.
_SIMPLE_PAST = frozenset(
    """began came went saw knew ran rose fell grew drew drove rode wrote spoke broke chose
    took gave ate flew froze rang sang sank shook stole swore threw woke wore tore swam
    withdrew overthrew forgave forbade overcame undertook underwent sprang strode""".split()
)
# Words that are as often nouns as verbs of intent: "plans to meet" looks ahead, "vacation
# plans" does not.
_INTENT_NOUNS = frozenset("plan plans hope hopes aims schedule".split())
# Verbs and nouns that project an act ahead of themselves when "to" follows: "agreed to buy
# the line in February", "decided to admit Poland in March".
_PROJECTING = frozenset(
    """agreed agree agrees decided decide decides promised promise promises pledged pledge
    pledges vowed vow vows voted vote votes threatened threaten threatens agreement deal
    accord intention intent bid set forecast projected predicted poised likely unlikely
    hoped wanted intended aimed wished want wants ready prepared willing""".split()
)
# The present of "be" contracted: "they're telling us Sunday".
_DETERMINERS = frozenset("a an the its their his her our new another".split())
_PRESENT_BE = frozenset("they're we're you're i'm".split())
_MODALS = frozenset("could would will may might can should to".split())
# Gatherings that a day after "for" schedules: "a meeting for Wednesday".
_GATHERINGS = frozenset(
    """meeting meetings session summit talks hearing vote referendum conference rally
    mourning ceremony funeral memorial strike protest march celebration celebrations""".split()
)
_SCHEDULED_FOR = frozenset("set slated scheduled planned penciled pencilled".split())
# Requests whose object is timed: "asked for a trial in July", "called for elections in May".
_REQUESTED = frozenset("asked asks ask called calls call pressed presses pushed pushes".split())
# Promises whose object is timed: "pledged a vote in May".
_PROMISED = frozenset("promised promises pledged pledges vowed vows".split())
_PREPOSITIONS = frozenset("in on at by for from since during until before after".split())
# Verbs that send someone to an act still to come: "urged Americans to stay home over the
# weekend" looks ahead from the urging.
_DIRECTIVE = frozenset(
    """urged urge urges asked ask asks ordered order orders told instructed encouraged
    advised called invited allowed forced pressed want wants wanted""".split()
)
# Arrangements that looked ahead from a past time: "had been due to expire Friday" is past.
_ARRANGED = frozenset("due scheduled planned expected supposed expire".split())
# "extended the deadline until Tuesday" looks ahead; "by the Tuesday deadline" says nothing.
_LIMITS = frozenset("deadline ultimatum".split())
# "extended the offer until Friday", "gave them until noon Tuesday": a limit still to come.
_DEFERRALS = frozenset(
    "extended extends extend postponed delayed deferred adjourned gave given give".split()
)
_HELD_OPEN = _LIMITS | _DEFERRALS
# Deferrals that put an act off "to" a later day.
_PUT_OFF = frozenset(
    "postponed postpones postpone delayed delays deferred adjourned adjourns extended extends "
    "extend moved pushed".split()
)
# Present states that last until a limit still to come ("remains closed until Monday"),
# and their past forms, which end at a limit gone by ("remained closed until Monday").
_ONGOING = frozenset(
    "remain remains stay stays continue continues last lasts run runs is are".split()
)
# Modals of what may yet happen, unless perfect ("might have been"), or "could" negated or
# of a reporter's try ("could not attend", "could not be reached").
_POSSIBLE = frozenset("could might must should".split())
# What a reporter tries and fails at: "could not be reached Tuesday", "could be located".
_REACHED = frozenset("reached located contacted found".split())
_CONDITIONS = frozenset("if unless".split())
# Participles of a start just before the expression: "starting Monday".
_STARTING = frozenset("beginning starting".split())
_UNTIL = frozenset("until till through".split())
_PAST_STATES = frozenset("was were had remained stayed continued lasted ran".split())
# Pronouns that are only objects: an -ed word after one is no finite verb ("keep them
# elevated", "found him injured").
_OBJECT_PRONOUNS = frozenset("them him us me".split())
# Words after which an expression can open a clause as its subject.
_CLAUSE_OPENERS = frozenset("and but so while whereas or".split())
_ONCE = frozenset("had previously originally initially".split())
# Plain present forms of schedule verbs ("they meet Monday", "polls close at 1 a.m.
# Wednesday"), unless negated in the past ("did not meet Monday", where the scan goes on to
# "did"), infinitives ("to meet demand") or nouns ("the close of business").
_SCHEDULE_BASE = frozenset(
    "meet arrive visit travel leave close open begin start vote votes gather face go return".split()
)
# What a company or an agency reports on a day it has set: "reports results on Friday".
_REPORTED_THINGS = frozenset(
    "results earnings its their quarterly annual figures data retail sales".split()
)
_ALSO_NOUNS = frozenset("close open start".split())
_MODIFIERS = frozenset(
    "a an the its his her their our my your this that these those still very most more less "
    "newly recently previously already so too well ill long every".split()
)
_PARTICIPLE_AUX = frozenset(
    "be been being is are am stay stays remain remains become becomes get gets keep keeps".split()
)


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
    left = [w.lower() for w in _WORD.findall(text[left_edge:start])]
    right_edge = _clause_end(text, end)
    # An expression that opens its sentence ("In January, a week after …, a bombing
    # killed a guard") stands before the subject: its verb may come long after.
    reach = _WINDOW_WORDS * 2 if len(left) <= 1 else _WINDOW_WORDS
    attribution = _ATTRIBUTION.match(text, end, right_edge)
    if attribution and left:
        right_edge = end  # "on Saturday and Sunday, a spokesman told reporters": the saying
    right = [w.lower() for w in _WORD.findall(text[end:right_edge])[:reach]]
    if left and left[-1] == "to" and not _PUT_OFF.isdisjoint(left[-6:-1]):
        return "future"  # "adjourned the case to Monday", "postponed the vote to May"
    if left and left[-1] in ("until", "till"):
        negated = _negated_tense(left)
        if negated is not None:
            return negated  # "will not know whether the arm collected it until Wednesday"
    if left and left[-1] in ("until", "till", "through"):
        if not _HELD_OPEN.isdisjoint(left):
            return "future"  # "extended $90 million in loans through January"
        near = left[-7:-1]
        if (
            left[-1] != "through"
            and not _ONGOING.isdisjoint(near)
            and _PAST_STATES.isdisjoint(near)
        ):
            return "future"  # "the sanctions remain in force until Dec. 31"
    if right and right[0] in ("will", "shall") and (not left or left[-1] in _CLAUSE_OPENERS):
        return "future"  # "…, and Friday will be her last run": the subject of a future verb
    if _CONDITIONS.intersection(left[-_WINDOW_WORDS:]) and _consequence_ahead(right):
        return "future"  # "if the auditor did not appear Tuesday, she would consider …"
    if (
        _REPORTING.intersection(left[-8:-2])
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
    if left and left[-1] in _UNTIL:
        return "future"  # "rainfall of 8 to 12 inches through Thursday": a limit to come
    if _FAR_FUTURE.intersection(left[-2 * _WINDOW_WORDS : -_WINDOW_WORDS]):
        # "Dongsan will sell its unit … by September and merge its two affiliates in the
        # fourth quarter": a long coordination still under its "will"
        return "future"
    return None


# Verbs whose object is a forecast: a limit after them lies ahead whatever their tense.
_EXPECTING = frozenset("expect anticipate foresee think believe plan intend want see".split())


# Auxiliaries whose reach runs past the cue window when nothing nearer says otherwise.
_FAR_FUTURE = frozenset("will shall".split())
_REPORTING = frozenset("said says told announced warned added stated".split())
# Verbs of saying and forecasting whose "that" clause has a time of its own.
_SAYING = _REPORTING | frozenset("forecast predicted projected estimated reported wrote".split())
# Verbs and words after which "that" opens a clause or points, rather than relating a noun.
_THAT_VERBS = frozenset(
    """say think believe know hope fear expect show shows showed claim claims argue argues
    insist insists suggest suggests mean means and but so is was are were be than of in on
    at for with by from to""".split()
)


def _relative_that(words: list[str], index: int) -> bool:
    """Whether words[index] follows a relative "that" after a noun ("a deadline that
    expired"), not the "that" of a saying ("said that") or a determiner ("that failed
    bid", which has no noun before it)."""
    if index < 2 or words[index - 1] != "that":
        return False
    noun = words[index - 2]
    return noun not in _REPORTING and noun not in _THAT_VERBS and not noun.endswith("ed")


def _past_verb_after(words: list[str]) -> bool:
    """Whether the first finite verb among `words` is "was" or "were" in a past act ("was
    called off"), not an arrangement ("was expected to", "was due")."""
    for index, word in enumerate(words):
        if word in ("is", "are", "has", "have", "will", "would") or word.endswith("'ll"):
            return False
        if word in ("was", "were"):
            after = words[index + 1 : index + 3]
            return not _ARRANGED.intersection(after) and "to" not in after
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
        if index + 1 < len(words) and words[index + 1] in _EXPECTING:
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
    if word in _NEUTRAL:
        return None
    if word == "last" and before in _MODALS:
        return None  # "could last through Tuesday": the verb, not "last week"
    if word in _INTENT_NOUNS and after != "to":
        if after in _DETERMINERS and before not in _MODIFIERS and index < split:
            return "future"  # "the union plans a march on Saturday": the verb, with its object
        return None
    if word == "next" and after == "to":
        return None  # "next to the embassy": a place
    if word in _PROJECTING and after == "to" and index < split:
        return "future"
    if word in ("is", "are", "am") and after == "to" and index < split:
        return "future"  # "the presidents are to meet on Thursday": arranged
    if word in ("was", "were") and after == "to" and index < split:
        # "teams were to arrive Monday": arranged, still to come; "was to have met" is not
        return "past" if words[index + 2 : index + 3] == ["have"] else "future"
    if word in ("likely", "unlikely") and before in ("is", "are", "was", "were") and index < split:
        return "future"  # "heavy rainfall is likely from Thursday morning"
    if word in _SCHEDULED_FOR and after == "for" and index < split:
        if _ONCE.intersection(words[max(0, index - 4) : index]):
            return "past"  # "the vote had been scheduled for Sunday": a plan gone by
        if (
            before not in _PARTICIPLE_AUX
            and before not in _FINITE_PAST
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
    if word in _GATHERINGS and split - 5 <= index < split - 1 and words[split - 1] == "for":
        # "called an emergency meeting for Wednesday", "a conference in Geneva for April":
        # one still to come
        return "future"
    if word in _REQUESTED and after == "for" and index < split - 2:
        return "future"  # "prosecutors had asked for a trial in July": what was asked, to come
    if word in _PROMISED and index < split - 2 and after not in _PREPOSITIONS:
        # "promised a revised budget in October": what was promised, still to come (not
        # "promised in March to …", the time of the promise).
        return "future"
    if (
        word.endswith("ing")
        and (before in ("is", "are", "am") or (before in _PRESENT_BE and index < split))
        and len(word) > 5
    ):
        return "future"  # "are throwing her a supper Saturday": arranged, still to come
    if word in _CONDITIONS and index < split:
        return "future"  # "if they cannot sell it in November": a present condition
    if word in _STARTING and split - 3 <= index < split:
        return "future"  # "evacuations beginning at 6 p.m. Tuesday": from then on
    if (
        word in _POSSIBLE
        and after not in ("have", "")
        and (word != "could" or after != "not")
        and not (after == "be" and words[index + 2 : index + 3] and words[index + 2] in _REACHED)
    ):
        # "could push prices higher through the winter", "could be ready before the end of
        # the month", "might not be in place before May" (but "could not attend" and "could
        # be located", a reporter's try, are past)
        return "future"
    if word in _DIRECTIVE and index < split and "to" in words[index + 1 : min(split, index + 8)]:
        if "had" in words[max(0, index - 3) : index]:
            return "past"  # "had been allowed to telephone their families on Wednesday"
        return "future"
    if word in _LIMITS:
        return "future" if index < split else None
    if (
        word in ("report", "reports")
        and (
            after in _REPORTED_THINGS
            or index == split - 1
            or (after == "on" and index == split - 2)
        )
        and before not in _MODIFIERS
        and before not in ("did", "not", "to")
    ):
        return "future"  # "reports its annual results on Friday", "Elbtal reports Wednesday"
    if word in _SCHEDULE_BASE:
        if word == "close" and after == "to":
            return None  # "came close to a deal": nearness, no schedule
        if before in ("did", "not", "didn't", "to") or before in _MODIFIERS:
            return None  # "did not meet", "to meet demand", "at the close of business"
        if word in _ALSO_NOUNS and before.endswith("ed"):
            return None  # "their scheduled close": a noun
        return "future"
    if word in _FUTURE_WORDS or word.endswith("'ll"):
        if before in ("than", "as") and word.endswith("ed"):
            return None  # "earlier than planned", "as expected": a comparison, no tense
        if word in _ARRANGED:
            if _ONCE.intersection(words[max(0, index - 4) : index]):
                return "past"
            if word.endswith("ed") and (before.endswith("ly") or before in _MODIFIERS):
                return None  # "a hastily planned trip", "their scheduled close": adjectives
        return "future"
    past = word in _PAST_WORDS or (word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST)
    # "a commission set up in January", "a target set in March"
    past = past or (
        word == "set" and (after == "up" or (after in _PREPOSITIONS and index == split - 2))
    )
    if not past or (word in _SAME_FORMS and (before in _MODALS or before in ("did", "not"))):
        return None
    if word in _ALSO_CUTS and after in _PREPOSITIONS:
        return None  # "a dividend cut at its meeting in May": a noun
    if after == "by" and index < split - 5 and word not in _FINITE_PAST | _SIMPLE_PAST:
        # "swear in a cabinet led by a former central bank official on Wednesday": a
        # participle whose phrase ends well before the expression; the verb is elsewhere
        return None
    # "will be signed", "will be held": a participle after a form of "be" says nothing
    # by itself; the auxiliary further left decides. After a determiner or an adverb it is
    # an adjective ("a still unspecified date").
    if (
        (before in _PARTICIPLE_AUX or before in _MODIFIERS)
        and word not in _FINITE_PAST
        and not (word in _SIMPLE_PAST and before in ("that", "which", "who"))
        and not (before in ("which", "who") or _relative_that(words, index))
    ):
        # "guidelines to be published in November": a passive infinitive looks ahead.
        if before == "be" and index > 1 and words[index - 2] == "to":
            return "future"
        return None
    if before == "to":
        return None  # "expected to hit the coast": an infinitive ("hit", "set"), not a past
    if (
        word not in _PAST_WORDS
        and index >= 2
        and words[index - 2] in _MODALS
        and words[index - 2] != "to"
        and before not in ("have", "has", "had", "be", "been")
    ):
        return None  # "will exchange revised documents": an adjective after the modal's verb
    if before == "not" and word not in _PAST_WORDS:
        return None  # "any SIM not verified by Friday": a participle, no finite past
    if before in _OBJECT_PRONOUNS and word not in _PAST_WORDS:
        return None  # "could keep them elevated": a participle describing the object
    return "past"
