"""The words whose tense or sense tells which way a clause points in time: verbs of the
past and of schedules, modals, arrangements, deferrals, saying and forecasting. Read by
`tense.py`."""

from __future__ import annotations

FUTURE_WORDS = frozenset(
    """will 'll won't wont shall would wo going plans plan planned planning scheduled schedule
    expected expects expect due upcoming next intends intend aims hopes hope hoping tomorrow
    coming forthcoming effective payable expire expires postponed resume resumes supposed
    opens begins starts meets arrives visits travels leaves ends closes hosts convene
    convenes reconvene reconvenes celebrates holds testifies speaks addresses flies departs
    continues concludes hands retires returns launches resigns runs goes""".split()
)

PAST_WORDS = frozenset(
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
SAME_FORMS = frozenset("hit put cut set shut quit spread hurt let".split())

# Those of them that are as often nouns: "a rate cut in May", "the spread in March".
ALSO_CUTS = frozenset("cut shut quit spread hurt".split())

# Verbs whose own tense says little about the time of what follows them ("proposed a meeting
# in May" is a past act about a future date): they are skipped, not read as past.
NEUTRAL = frozenset("proposed propose proposes proposing suggested offered invited".split())

# Words ending in -ed that are not past forms.
NOT_PAST = frozenset(
    "need speed red bed seed feed breed shed indeed hundred proceed succeed exceed bleed "
    "embed heed deed weed".split()
)

FINITE_PAST = frozenset("was were had did".split())

# Past forms that are never participles: after "that" or "which" they are the verb of a
# relative clause ("increases that began in April"), not an adjective.
SIMPLE_PAST = frozenset(
    """began came went saw knew ran rose fell grew drew drove rode wrote spoke broke chose
    took gave ate flew froze rang sang sank shook stole swore threw woke wore tore swam
    withdrew overthrew forgave forbade overcame undertook underwent sprang strode""".split()
)

# Words that are as often nouns as verbs of intent: "plans to meet" looks ahead, "vacation
# plans" does not.
INTENT_NOUNS = frozenset("plan plans hope hopes aims schedule".split())

# Verbs and nouns that project an act ahead of themselves when "to" follows: "agreed to buy
# the line in February", "decided to admit Poland in March".
PROJECTING = frozenset(
    """agreed agree agrees decided decide decides promised promise promises pledged pledge
    pledges vowed vow vows voted vote votes threatened threaten threatens agreement deal
    accord intention intent bid set forecast projected predicted poised likely unlikely
    hoped wanted intended aimed wished want wants ready prepared willing""".split()
)

# The present of "be" contracted: "they're telling us Sunday".
DETERMINERS = frozenset("a an the its their his her our new another".split())

PRESENT_BE = frozenset("they're we're you're i'm".split())

MODALS = frozenset("could would will may might can should to".split())

# Gatherings that a day after "for" schedules: "a meeting for Wednesday".
GATHERINGS = frozenset(
    """meeting meetings session summit talks hearing vote referendum conference rally
    mourning ceremony funeral memorial strike protest march celebration celebrations""".split()
)

SCHEDULED_FOR = frozenset("set slated scheduled planned penciled pencilled".split())

# Requests whose object is timed: "asked for a trial in July", "called for elections in May".
REQUESTED = frozenset("asked asks ask called calls call pressed presses pushed pushes".split())

# Promises whose object is timed: "pledged a vote in May".
PROMISED = frozenset("promised promises pledged pledges vowed vows".split())

PREPOSITIONS = frozenset("in on at by for from since during until before after".split())

# Verbs that send someone to an act still to come: "urged Americans to stay home over the
# weekend" looks ahead from the urging.
DIRECTIVE = frozenset(
    """urged urge urges asked ask asks ordered order orders told instructed encouraged
    advised called invited allowed forced pressed want wants wanted""".split()
)

# Arrangements that looked ahead from a past time: "had been due to expire Friday" is past.
ARRANGED = frozenset("due scheduled planned expected supposed expire".split())

# "extended the deadline until Tuesday" looks ahead; "by the Tuesday deadline" says nothing.
LIMITS = frozenset("deadline ultimatum".split())

# "extended the offer until Friday", "gave them until noon Tuesday": a limit still to come.
DEFERRALS = frozenset(
    "extended extends extend postponed delayed deferred adjourned gave given give".split()
)

HELD_OPEN = LIMITS | DEFERRALS

# Deferrals that put an act off "to" a later day.
PUT_OFF = frozenset(
    "postponed postpones postpone delayed delays deferred adjourned adjourns extended extends "
    "extend moved pushed".split()
)

# Present states that last until a limit still to come ("remains closed until Monday"),
# and their past forms, which end at a limit gone by ("remained closed until Monday").
ONGOING = frozenset(
    "remain remains stay stays continue continues last lasts run runs is are".split()
)

# Modals of what may yet happen, unless perfect ("might have been"), or "could" negated or
# of a reporter's try ("could not attend", "could not be reached").
POSSIBLE = frozenset("could might must should".split())

# What a reporter tries and fails at: "could not be reached Tuesday", "could be located".
REACHED = frozenset("reached located contacted found".split())

CONDITIONS = frozenset("if unless".split())

# Participles of a start just before the expression: "starting Monday".
STARTING = frozenset("beginning starting".split())

UNTIL = frozenset("until till through".split())

PAST_STATES = frozenset("was were had remained stayed continued lasted ran".split())

# Pronouns that are only objects: an -ed word after one is no finite verb ("keep them
# elevated", "found him injured").
OBJECT_PRONOUNS = frozenset("them him us me".split())

# Words after which an expression can open a clause as its subject.
CLAUSE_OPENERS = frozenset("and but so while whereas or".split())

ONCE = frozenset("had previously originally initially".split())

# Plain present forms of schedule verbs ("they meet Monday", "polls close at 1 a.m.
# Wednesday"), unless negated in the past ("did not meet Monday", where the scan goes on to
# "did"), infinitives ("to meet demand") or nouns ("the close of business").
SCHEDULE_BASE = frozenset(
    "meet arrive visit travel leave close open begin start vote votes gather face go return".split()
)

# What a company or an agency reports on a day it has set: "reports results on Friday".
REPORTED_THINGS = frozenset(
    "results earnings its their quarterly annual figures data retail sales".split()
)

ALSO_NOUNS = frozenset("close open start".split())

MODIFIERS = frozenset(
    "a an the its his her their our my your this that these those still very most more less "
    "newly recently previously already so too well ill long every".split()
)

PARTICIPLE_AUX = frozenset(
    "be been being is are am stay stays remain remains become becomes get gets keep keeps".split()
)

# Verbs whose object is a forecast: a limit after them lies ahead whatever their tense.
EXPECTING = frozenset("expect anticipate foresee think believe plan intend want see".split())

# Auxiliaries whose reach runs past the cue window when nothing nearer says otherwise.
FAR_FUTURE = frozenset("will shall".split())

REPORTING = frozenset("said says told announced warned added stated".split())

# Verbs and words after which "that" opens a clause or points, rather than relating a noun.
THAT_VERBS = frozenset(
    """say think believe know hope fear expect show shows showed claim claims argue argues
    insist insists suggest suggests mean means and but so is was are were be than of in on
    at for with by from to""".split()
)

# Irregular past participles: after "is" or "are" they make a passive ("is known", "are
# held"), not a present "be" that names what is set for a day.
PARTICIPLES = frozenset(
    """known seen given taken held shown done made written built spent sold paid found hit set
    put shut cut led won lost told said kept left brought thought bought caught taught fought
    sought sent meant broken chosen spoken stolen frozen driven forgotten hidden risen fallen
    beaten eaten run begun""".split()
)
