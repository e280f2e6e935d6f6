"""Closed word classes the coder reads: determiners, prepositions, auxiliaries, clause
openers, reporting and control verbs. Kept apart from the rules that use them."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PRONOUNS = _words("he she it they we i")

DETERMINERS = _words("the a an its their his her our this that")

# Words that may stand between a country modifier and the agent it modifies
# ("Russian technology companies", "Chinese state-owned firms"): lower-case content words.
FUNCTION_WORDS = _words(
    "and or but of for to in on at by with from that which who as than the a an is are was were "
    "be been has have had will would said not it its he she they after before over into against "
    "while also"
)

# Sectors that demonstrate; a government that "protests" lodges a complaint (CAMEO 114).
PROTESTING_SECTORS = _words("OPP CVL LAB REB MED EDU REF HLH")

CONTROL_WORDS = _words(
    "decided moved sought tried attempted began started continued wanted hoped managed failed "
    "used vowed threatened agreed promised pledged refused offered planned plans plan set "
    "expected going able ready prepared willing likely due preparing"
)

DOMESTIC_SECTORS = _words("OPP CVL LAB MED REB EDU REF")

# A gap never runs across these: the object of "impose" must be in the same clause.
GAP_STOPS = _words(
    ", ; : . ! ? ( ) that which who after before because while but said says despite amid "
    "without following under during since until"
)

LEXICON_DETERMINERS = _words("a an the its their his her 's this that any no these those our such")

# Words after which an ambiguous "-ing" or bare form is read as a noun ("the bombing").
NOUN_CONTEXT = _words(
    "the a an its their his her 's this these those any such new fresh recent latest further "
    "last first of more deadly massive"
)

NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten dozens hundreds thousands several many some more"
)

NEGATIONS = _words("not n't never no without nor")

HYPOTHETICAL = _words("would could might may can should must ca")

# "is set to", "plans to", "is expected to", "is preparing to": future when followed by "to".
FUTURE_BEFORE_TO = _words(
    "set plan plans planned planning expected intends intend intended going scheduled due aims "
    "aim preparing prepared poised ready about likely seeks seeking hopes hoping wants want "
    "decided decides agreed promised pledged vowed proposed offered announced intention "
    "intentions decision threat voted votes vote"
)

NEGATED_BEFORE_TO = _words(
    "failed fails failing fail refused refusing refuses declined declining declines"
)

# Tokens that may stand between the subject and the trigger without ending the look-back.
PASSABLE = _words(
    "be been being is are was were have has had do does did to also still now soon then further "
    "again yet even already formally immediately jointly later eventually reportedly allegedly "
    "officially publicly swiftly quickly not n't never ever likely unlikely longer no "
    # Verbs of aspect before an -ing act: "will begin withdrawing", "had begun pulling back".
    "begin begins began begun beginning start starts started continue continues continued "
    "resume resumes resumed keep keeps kept"
)

# Prepositions whose object is a place, a topic or a beneficiary, not the subject of a verb.
NON_SUBJECT_PREPOSITIONS = _words(
    "in at on to with against from into near over toward towards across by about under between "
    "among through within without including like than after before during since amid despite "
    "upon onto outside inside along around behind beyond via per as off out for"
)

SKIPPABLE = _words(
    "the a an its their his her our some several other two three four five six seven eight nine "
    "ten all both new many dozens hundreds thousands more than at least fellow"
)

# Words that may stand right before a subject: clause openers, reporting verbs, adverbs
# of time. Any other lower-case word before a mention makes it an object ("anger Beijing").
SUBJECT_GOVERNORS = _words(
    "that and but or nor while when whereas after before because since if unless although "
    "though as once until so said says say told added warned stated announced insisted claimed "
    "noted believe believes think thinks suggested reported week month year day weekend night "
    "morning afternoon evening ago earlier later meanwhile separately also now then however "
    "instead yesterday today tonight where which who then-president hours days weeks months "
    "years previously first finally in on at under of for"
)

BE_FORMS = _words("is are was were be been being get got gets")

IRREGULAR_PARTICIPLES = _words(
    "struck hit shot held sent seized beaten taken given frozen broken withdrawn stolen thrown "
    "brought cut put set shut told sought fought met led kept caught made overrun blown driven"
)


def participle_form(word: str) -> bool:
    """Whether a lower-case word can be a past participle ("lifted", "taken", "struck")."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


SUBORDINATORS = _words(
    "after before because since while when although though if unless until whereas once whether "
    "amid following despite during follows followed response retaliation reaction face time "
    "whenever as"
)
# Subordinators that open a clause only after one of these words ("in response to", "in
# retaliation for", "in the face of", "every time"): alone, they are nouns.
OPENS_AFTER = {
    "response": frozenset({"in"}),
    "retaliation": frozenset({"in"}),
    "reaction": frozenset({"in"}),
    "face": frozenset({"the"}),
    "time": frozenset({"every", "each"}),
    "as": frozenset({","}),  # ", as fighting edged closer to its borders"
}

ADVERBS = _words(
    "also not n't never now then again still already formally publicly reportedly repeatedly "
    "immediately jointly further later previously recently officially quickly swiftly "
    "effectively"
)

# Cues that tell what a bare statement ("X said …", no act of its own in the lexicon) does.
STATEMENT_OBLIGATION = _words("must should needs need ought")
STATEMENT_HOSTILE = _words(
    "force forces military war weapons nuclear missiles punish punished punishment price "
    "consequences destroy destroyed crush crushed strike strikes attack attacks retaliate "
    "retaliation response respond annihilate defeat revenge blood target targets"
)
STATEMENT_COOPERATIVE = _words(
    "peace cooperation partnership friendship friend friends deal agreement support ready "
    "willing dialogue normalisation normalization reconciliation ally allies solidarity stay"
)
STATEMENT_CRITICAL = _words(
    "illegal unacceptable violation aggression provocation provocative irresponsible reckless "
    "lies hypocrisy interference meddling baseless wrong mistake dangerous destabilising "
    "destabilizing hostile blame blamed responsible"
)

# Words written with a full stop that ends neither a sentence nor a clause: "on Jan. 1
# unless …", "Gen. Smith" (the sentence splitter reads them too).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen sen rep gov lt col sgt capt cmdr adm maj prof st jr sr inc corp co ltd
    no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs
    fri sat sun u.s u.n u.k e.u d.c a.m p.m ft mt pres gens sens reps messrs rev hon dept est
    approx fig al""".split()
)

# Words of number before "of" that leave the noun after it the head of the phrase:
# "thousands of angry protesters", "dozens of prisoners were freed".
COUNT_WORDS = _words("thousands hundreds dozens tens millions scores hundred thousand dozen")

# Weapons: named inside the words of an act ("fired two missiles", "launched drones"), they
# are what it uses, not whom it is done to.
WEAPONS = _words("missile missiles rocket rockets drone drones shell shells bomb bombs artillery")
