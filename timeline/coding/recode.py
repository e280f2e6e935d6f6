"""An act's final CAMEO code, once its actors, its frame and its modality are known.

The lexicon gives each trigger a code; who acts on whom, how the act is told (held out as a
threat, refused, demanded, promised in reported speech) and what it is aimed at can change
it: "could hit Athens" is a threat, "will not negotiate" a rejection, "said they would
reopen embassies" an intent, "fired a missile into the sea" a show of force.
"""

from __future__ import annotations

from dataclasses import dataclass

from .adjust import attributed_after, cameo_for, held_out, launch_without_target, launched_at_target
from .codebook import lookup
from .model import Actor, Mention, Modality, Token, Trigger
from .ranking import DECIDING_AUXILIARIES, demand_code, refusal, refusal_code, threat_code
from .wordclasses import WEAPONS

# A reported promise to meet or support -> CAMEO 03 intent; promised aid stays aid.
INTENT_OF = {"04": "036", "05": "032"}
THREAT_ROOTS = frozenset({"16", "17", "18", "19", "20"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_WILL = frozenset({"will", "would", "'ll", "shall"})
# Frames that promise rather than agree: what they promise is the act coded.
PROMISING = ("promis", "pledg", "vow")
# Words telling that forces are sent to help or keep the peace.
_PEACEKEEPING = frozenset(
    "help helping peace peacekeeping peacekeepers stabilise stabilize protect secure "
    "security restore".split()
)
# Words of military exercises: held by two parties together, they are cooperation.
_DRILLS = frozenset("exercise exercises drill drills wargame wargames war-games".split())


@dataclass(init=False, slots=True, eq=False)
class Telling:
    """How the act is told: its sentence's tokens, triggers and lower-case words, the
    trigger, the frame that embeds it, its modality and whether it is demanded of its
    actor."""

    tokens: list[Token]
    triggers: list[Trigger]
    lowers: list[str]
    trigger: Trigger
    frame: Trigger | None
    mood: Modality
    demanded: bool

    def __init__(
        self,
        tokens: list[Token],
        triggers: list[Trigger],
        lowers: list[str],
        trigger: Trigger,
        frame: Trigger | None,
        mood: Modality,
        demanded: bool,
    ) -> None:
        self.tokens = tokens
        self.triggers = triggers
        self.lowers = lowers
        self.trigger = trigger
        self.frame = frame
        self.mood = mood
        self.demanded = demanded


@dataclass(init=False, slots=True, eq=False)
class Parties:
    """Who acts on whom: the actors, the source's and the target's mentions, and the other
    party of a coordinated subject."""

    actor1: Actor | None
    actor2: Actor | None
    source: Mention | None
    target: Mention | None
    partner: Mention | None

    def __init__(
        self,
        actor1: Actor | None,
        actor2: Actor | None,
        source: Mention | None,
        target: Mention | None,
        partner: Mention | None,
    ) -> None:
        self.actor1 = actor1
        self.actor2 = actor2
        self.source = source
        self.target = target
        self.partner = partner


def final_code(told: Telling, parties: Parties) -> tuple[str, Modality]:
    """The act's CAMEO code and modality once actors, frame and modality are known."""
    tokens, trigger, frame, mood, demanded = (
        told.tokens, told.trigger, told.frame, told.mood, told.demanded,
    )  # fmt: skip
    actor1, actor2 = parties.actor1, parties.actor2
    cameo = cameo_for(trigger, tokens, actor1, actor2, parties.source)
    if (
        cameo.startswith("04")
        and tokens[trigger.first].lemma == "land"
        and not WEAPONS.isdisjoint(told.lowers[max(0, trigger.first - 12) : trigger.first])
    ):
        cameo = "190"  # "a missile fired by the Houthis landed near Tel Aviv": no visit
    if (
        mood == "hypothetical"
        and cameo[:2] in THREAT_ROOTS
        and held_out(tokens, trigger, frame)
        and not demanded
    ):
        # "Turkish missiles could hit Athens", "sites it would strike if Tehran
        # retaliated": force held out as a possibility is a threat.
        cameo = threat_code(cameo)
    if mood == "negated" and refusal(tokens, trigger):
        if lookup(cameo).quad_class <= 2:
            # "Iran will not negotiate", "Moscow does not recognise the court": a refusal.
            cameo, mood = refusal_code(cameo), "asserted"
        elif cameo[:2] in ("16", "17") and refusal(tokens, trigger, DECIDING_AUXILIARIES):
            # "Sisi said he would not extend the state of emergency": deciding not to
            # coerce is a concession (CAMEO 081, ease restrictions).
            cameo, mood = "081", "asserted"
    if (
        frame is not None
        and mood != "negated"
        and cameo[:2] in _FORCE_ROOTS
        and tokens[frame.first].lower.startswith(PROMISING)
    ):
        cameo = threat_code(cameo)  # "Hamas vowed to execute a hostage": force promised
    if demanded:
        cameo = demand_code(cameo)
    reported = frame is not None and "report" in frame.flags
    if mood == "future" and (reported or attributed_after(tokens, told.triggers, trigger)):
        # "Tehran and Riyadh said they would reopen embassies", "Greece and Turkey will
        # resume talks, the ministry said": a reported promise of cooperation is an
        # expression of intent (CAMEO 03, PLOVER AGREE); "Erdogan said Turkey would
        # soon launch a new military operation": force announced is a threat.
        window = told.lowers[max(0, trigger.first - 3) : trigger.first]
        announced = not _WILL.isdisjoint(window)  # not a plan: "plans to expand"
        if cameo[:2] in _FORCE_ROOTS and not demanded and announced:
            cameo = threat_code(cameo)
        else:
            cameo = INTENT_OF.get(cameo[:2], cameo)
    if (
        cameo.startswith("15")
        and mood in ("future", "hypothetical")
        and frame is not None
        and frame.cameo.startswith("03")
        and not _PEACEKEEPING.isdisjoint(told.lowers[trigger.last + 1 :])
    ):
        # "Kenya offered to deploy 1,000 police officers to help restore order in Haiti",
        # "ready to send troops to help secure peace": an offer of protection (PLOVER
        # AGREE), not a deployment.
        cameo = "0334"
    if lookup(cameo).plover_event == "RETREAT" and mood in ("future", "hypothetical"):
        # PLOVER: a promised withdrawal, release or ceasefire is a verbal concession;
        # only retreats actually carried out are RETREAT.
        cameo = "080"
    return _aimed_code(cameo, told, parties), mood


def _aimed_code(cameo: str, told: Telling, parties: Parties) -> str:
    """The code once what the act is aimed at, and with whom it is done, are known."""
    tokens, trigger, target = told.tokens, told.trigger, parties.target
    actor1, actor2 = parties.actor1, parties.actor2
    if cameo[:2] in ("18", "19") and launch_without_target(tokens, trigger, target):
        return "150"  # "North Korea fired two missiles into the sea": a show of force
    if cameo.startswith("15") and launched_at_target(tokens, trigger):
        return "194"  # "fired a ballistic missile toward Riyadh": an attack
    if (
        cameo == "154"
        and target is not None
        and target is parties.partner
        and not _DRILLS.isdisjoint(told.lowers[trigger.first : trigger.last + 1])
        and actor1 is not None
        and actor2 is not None
        and actor2.country not in ("", actor1.country)
    ):
        return "062"  # "Chinese and Russian warships held drills": done together
    return cameo
