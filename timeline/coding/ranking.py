"""Clause-level cues that rank an act below the sentence's main act, and the rule that
turns "X said Y must …" into X's demand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .model import CodedEvent, Token, Trigger
from .structure import FRAME_FLAGS
from .wordclasses import CONTROL_WORDS, DETERMINERS, NON_SUBJECT_PREPOSITIONS, PASSABLE

# Confidence scale: an unambiguous trigger alone is 0.4, each explicit actor adds 0.2; the
# penalties mark background acts so that the main act of the sentence ranks first. The
# scale stops at 0.9, leaving room for the pipeline's date component.
BASE = 0.4
ACTOR_EXPLICIT = 0.2
ACTOR_INFERRED = 0.12
PENALTIES = {
    "nominal": 0.1,
    "weak": 0.15,
    "embedded": 0.15,
    "subordinate": 0.15,
    "irrealis": 0.05,
    "statement": 0.2,
    "background": 0.1,
    "irrealis_mood": 0.05,
}
# Sectors whose members are usually the state's own people: a target of these sectors
# without a country is taken to be of the source's country ("police detained protesters").
# The first verb of the main clause that is not a reporting verb is the sentence's act.
FIRST_MAIN_BONUS = 0.12
SECONDARY = 0.05  # a verb coordinated after the main one ("… and expelled …")
STATEMENT = "010"
OBLIGATION = frozenset({"must", "should"})
OBLIGATION_BEFORE_TO = frozenset({"has", "have", "had", "need", "needs", "needed"})


def purpose_infinitive(tokens: list[Token], trigger: Trigger, frame: Trigger | None) -> bool:
    """ "Reservists to fight in Ukraine", "an agreement to share data": a purpose clause."""
    if frame is not None or trigger.kind != "V" or trigger.first < 2:
        return False
    k = trigger.first - 1
    if tokens[k].lower != "to":
        return False
    before = tokens[k - 1]
    if before.lower in CONTROL_WORDS or before.lower.endswith("ed"):
        return False
    return before.text.isalpha() and before.lower not in PASSABLE


def reduced_relative(tokens: list[Token], trigger: Trigger) -> bool:
    """ "A resolution calling for …", "an agreement targeting the PKK": an -ing verb right
    after a noun describes that noun; it is not the sentence's act."""
    if trigger.kind != "V" or trigger.first < 1 or not tokens[trigger.first].lower.endswith("ing"):
        return False
    before = tokens[trigger.first - 1]
    word = before.lower
    if not (before.text.isalpha() and before.text.islower()):
        return False
    if word in PASSABLE or word in CONTROL_WORDS or word in NON_SUBJECT_PREPOSITIONS:
        return False
    return not word.endswith(("ed", "ly")) and word not in {"of", "and", "or", "but", "by"}


# Nouns that sum up the act told before them, in an apposition that comments on it.
_SUMMING_UP = frozenset("move step decision action measure charges allegations claims".split())


def comment_on_act(tokens: list[Token], trigger: Trigger) -> bool:
    """ "…, a move the opposition called a coup", "…, charges the outlet said were
    fabricated": a reaction, in an apposition summing up the act told before it."""
    k = trigger.first - 1
    while k >= 0 and tokens[k].lower != "," and trigger.first - k <= 8:
        k -= 1
    if k < 1 or tokens[k].lower != ",":
        return False
    words = [t.lower for t in tokens[k + 1 : trigger.last + 1]]
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    return bool(words) and words[0] in _SUMMING_UP


def passive_participle(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Forces, backed by tanks, attacked": a participle with its agent describes a noun."""
    if trigger.kind != "V" or trigger.first < 1 or trigger.last + 1 >= len(tokens):
        return False
    word = tokens[trigger.first].lower
    before = tokens[trigger.first - 1].lower
    return (
        tokens[trigger.last + 1].lower == "by"
        and word.endswith("ed")
        and before not in PASSABLE
        and before not in {"have", "has", "had"}
    )


_PASSIVE_AUX = frozenset(
    "is are was were be been being has have had get got gets not n't also".split()
)


# Participles whose complement shows they are passive: a finite "accused" takes an object
# first ("accused Russia of"), so "accused of" right after a noun describes that noun.
_PASSIVE_COMPLEMENT = {
    "accused": {"of"}, "convicted": {"of"}, "suspected": {"of"}, "acquitted": {"of"},
    "cleared": {"of"}, "charged": {"with"}, "sentenced": {"to"}, "jailed": {"for", "in"},
    "arrested": {"for", "in"}, "detained": {"in", "for", "at", "since"},
    "imprisoned": {"in", "for"}, "abducted": {"in", "by", "from"},
    "kidnapped": {"in", "by", "from"}, "opposed": {"to"}, "looted": {"from", "by", "in", "during"},
    "stolen": {"from", "by", "in"},
}  # fmt: skip


def participle_relative(tokens: list[Token], trigger: Trigger) -> bool:
    """ "A minister accused of incitement", "a man convicted of attacking …": a participle
    with its complement right after a noun describes that noun; it is not the act told."""
    if trigger.kind != "V" or trigger.first < 1 or trigger.first != trigger.last:
        return False
    word = tokens[trigger.first].lower
    after = trigger.last + 1
    if after >= len(tokens) or tokens[after].lower not in _PASSIVE_COMPLEMENT.get(word, ()):
        return False
    before = tokens[trigger.first - 1]
    return before.text.isalpha() and before.lower not in _PASSIVE_AUX


def participle_after_comma(tokens: list[Token], trigger: Trigger) -> bool:
    """ ", calling for the president to resign": a participle clause adds detail to the act
    before the comma."""
    if trigger.kind != "V" or trigger.first < 2:
        return False
    return tokens[trigger.first].lower.endswith("ing") and tokens[trigger.first - 1].lower == ","


# Verbs whose participle tells how an act named before it was settled, and the words after
# such a participle ("agreed with India", "brokered by Egypt", "signed in 2015").
_SETTLING = frozenset("agree broker sign reach mediate negotiate announce approve".split())
_AFTER_SETTLED = frozenset("with by between in at last earlier under".split())


def qualifies_act_noun(tokens: list[Token], triggers: list[Trigger], position: int) -> bool:
    """A participle of agreeing or deciding right after an act's noun, then a preposition:
    "a disengagement agreed with India", "the ceasefire brokered by Egypt" name when and
    how that act came about; they are not the act told."""
    trigger = triggers[position]
    if not position or trigger.kind != "V" or trigger.last + 1 >= len(tokens):
        return False
    previous = triggers[position - 1]
    return (
        previous.kind == "N"
        and previous.last == trigger.first - 1
        and tokens[trigger.first].lower.endswith("ed")
        and tokens[trigger.first].lemma in _SETTLING
        and tokens[trigger.last + 1].lower in _AFTER_SETTLED
    )


def obligation(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Russia must pull its troops back", "Israel has to allow aid": an obligation."""
    window = [t.lower for t in tokens[max(0, trigger.first - 4) : trigger.first]]
    if not OBLIGATION.isdisjoint(window):
        return True
    return any(
        a in OBLIGATION_BEFORE_TO and b == "to" for a, b in zip(window, window[1:], strict=False)
    )


REFUSING_AUXILIARIES = frozenset(
    {"will", "would", "wo", "'ll", "shall", "can", "ca", "could", "does", "do", "cannot"}
)
DECIDING_AUXILIARIES = frozenset({"will", "would", "wo", "'ll", "shall"})


def refusal(
    tokens: list[Token], trigger: Trigger, auxiliaries: frozenset[str] | None = None
) -> bool:
    """ "Will not negotiate", "won't release", "does not recognise": a refusal, not a mere
    absence of the act ("did not sign" stays a negated signing). `auxiliaries` narrows the
    words that make one (DECIDING_AUXILIARIES: a decision about what is to come)."""
    window = [t.lower for t in tokens[max(0, trigger.first - 4) : trigger.first]]
    return not (auxiliaries or REFUSING_AUXILIARIES).isdisjoint(window)


def _by_prefix(cameo: str, table: tuple[tuple[str, str], ...], default: str) -> str:
    """The code of the first prefix in `table` that `cameo` starts with, else `default`."""
    return next((code for prefix, code in table if cameo.startswith(prefix)), default)


_REFUSALS = (("04", "125"), ("036", "125"), ("06", "121"), ("07", "122"), ("084", "1243"),
             ("085", "1244"), ("08", "124"))  # fmt: skip
_THREATS = (("163", "1312"), ("16", "131"), ("19", "138"), ("18", "138"), ("20", "138"),
            ("17", "137"))  # fmt: skip
_DEMANDS = (("087", "1056"), ("084", "1053"), ("08", "105"), ("04", "106"))


def refusal_code(cameo: str) -> str:
    """The CAMEO rejection matching a refused cooperative act."""
    return _by_prefix(cameo, _REFUSALS, "120")


def threat_code(cameo: str) -> str:
    """The CAMEO threat matching a coercive act held out as a possibility."""
    return _by_prefix(cameo, _THREATS, "130")


def demand_code(cameo: str) -> str:
    """The CAMEO demand matching an act someone is told they must do."""
    return _by_prefix(cameo, _DEMANDS, "100")


def score(
    trigger: Trigger,
    has_actor1: bool,
    actor1_explicit: bool,
    has_actor2: bool,
    embedded: bool,
    subordinate: bool,
    background: bool,
    mood: str,
) -> float:
    """The confidence of an act from its trigger, actors and place in the sentence."""
    value = BASE
    if background:
        value -= PENALTIES["background"]
    if mood != "asserted" and "intent" not in trigger.flags:
        value -= PENALTIES["irrealis_mood"]
    if has_actor1:
        value += ACTOR_EXPLICIT if actor1_explicit else ACTOR_INFERRED
    if has_actor2:
        value += ACTOR_EXPLICIT
    if trigger.kind == "N":
        value -= PENALTIES["nominal"]
    if "weak" in trigger.flags:
        value -= PENALTIES["weak"]
    if embedded:
        value -= PENALTIES["embedded"]
    if subordinate:
        value -= PENALTIES["subordinate"]
    if "irrealis" in trigger.flags:
        value -= PENALTIES["irrealis"]
    if trigger.cameo == STATEMENT:
        value -= PENALTIES["statement"]
    value += min(trigger.size - 1, 2) * 0.02
    return round(min(max(value, 0.05), 0.9), 2)


# Nouns whose -ing verb after them is what they do: "a resolution censuring Iran".
_DOCUMENTS = frozenset(
    "resolution resolutions statement statements law laws bill bills motion decree letter "
    "report declaration communique text measure order draft".split()
)


def background(
    tokens: list[Token],
    triggers: list[Trigger],
    position: int,
    frame: Trigger | None,
    lowers: list[str],
    reads_as_noun: Callable[[Trigger], bool],
) -> bool:
    """Whether the act at `position` is background to the act the sentence tells, besides
    a subordinate clause: an -ing verb describing the subject ("the coalition fighting in
    Yemen said …", but "a resolution censuring Iran" says what the resolution does), what
    a speaker adds after the act (", saying only a meeting could end the war"), a noun in a
    participle clause after it (", bowing to weeks of protests"), or the object of another
    act ("recognised the colonial-era massacres as genocide")."""
    trigger = triggers[position]
    if reduced_relative(tokens, trigger) and lowers[trigger.first - 1] not in _DOCUMENTS:
        return True
    if (
        frame is not None
        and frame.flags & {"report", "speech"}
        and participle_after_comma(tokens, frame)
    ):
        return True
    if trigger.kind != "N" and not reads_as_noun(trigger):
        return False
    return _in_participle_clause(tokens, triggers, position, lowers) or _object_of_act(
        tokens, triggers, position, reads_as_noun
    )


def _object_of_act(
    tokens: list[Token],
    triggers: list[Trigger],
    position: int,
    reads_as_noun: Callable[[Trigger], bool],
) -> bool:
    """Whether the act named by a noun is the object of the act just before it."""
    if not position:
        return False
    trigger, verb = triggers[position], triggers[position - 1]
    if verb.kind != "V" or verb.flags & FRAME_FLAGS or reads_as_noun(verb):
        return False
    between = tokens[verb.last + 1 : trigger.first]
    return len(between) <= 4 and all(
        t.lower in DETERMINERS or (t.text.isalpha() and t.text.islower()) or "-" in t.text
        for t in between
    )


def _in_participle_clause(
    tokens: list[Token], triggers: list[Trigger], position: int, lowers: list[str]
) -> bool:
    """Whether the act named by a noun lies in a participle clause after the act told."""
    trigger = triggers[position]
    for earlier in reversed(triggers[:position]):
        if "," in lowers[earlier.last + 1 : trigger.first]:
            return False
        if participle_after_comma(tokens, earlier):
            return True
    return False


def rank_background_below_main(
    events: list[CodedEvent],
    position_of: dict[int, int],
    background_positions: set[int],
    triggers: list[Trigger],
    reads_as_noun: Callable[[Trigger], bool],
) -> None:
    """An act told in a subordinate clause ("… after rebels fired a missile") ranks below
    the best act the main clause tells with a verb, when there is one ("the sanctions come
    a month after Biden promised retaliation" has none); a background act named by a noun
    ("… after mass protests") ranks below any act of the main clause. `position_of` maps a
    trigger's position to its event's index in `events`, which are lowered in place."""
    main = {
        kind: [
            events[index].confidence
            for position, index in position_of.items()
            if position not in background_positions
            and (kind == "N" or triggers[position].kind == "V")
        ]
        for kind in ("V", "N")
    }
    for position in background_positions:
        index = position_of.get(position)
        trigger = triggers[position]
        named = trigger.kind == "N" or reads_as_noun(trigger)
        above = main["N" if named else "V"]
        if index is None or not above:
            continue
        ceiling = round(max(above) - 0.01, 2)
        if events[index].confidence > ceiling:
            events[index] = replace(events[index], confidence=max(ceiling, 0.05))


def rank_frames_below_their_acts(
    events: list[CodedEvent],
    position_of: dict[int, int],
    demote: set[int],
    yield_to: dict[int, int],
) -> None:
    """Frames that embed an act ("agreed to expand sanctions") rank below it: each frame in
    `demote` loses the embedding penalty, and falls below the act `yield_to` names for it."""
    for position in demote:
        if position not in position_of:
            continue
        index = position_of[position]
        lowered = round(max(events[index].confidence - PENALTIES["embedded"] - 0.05, 0.05), 2)
        act = position_of.get(yield_to.get(position, -1))
        if act is not None:
            lowered = min(lowered, round(max(events[act].confidence - 0.05, 0.05), 2))
        events[index] = replace(events[index], confidence=lowered)
