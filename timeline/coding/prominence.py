"""How prominent each act of a sentence is: whether it is embedded in another (a frame's
object, a verb's object noun), secondary or background, its confidence, and the ranking
that puts frames below the acts they embed and background below the main act."""

from __future__ import annotations

from .codebook import CameoEntry
from .model import Actor, CodedEvent, Modality, Token, Trigger
from .ranking import (
    FIRST_MAIN_BONUS,
    PENALTIES,
    SECONDARY,
    background,
    comment_on_act,
    participle_after_comma,
    participle_relative,
    passive_participle,
    purpose_infinitive,
    qualifies_act_noun,
    rank_background_below_main,
    rank_frames_below_their_acts,
    reduced_relative,
    score,
)
from .recode import PROMISING
from .roles import RoleFinder, Roles
from .structure import Structure


class Prominence:
    """The standing of a sentence's acts, kept while its triggers are coded left to right:
    the first main act found, frames to rank down and the acts they yield to, background
    acts."""

    def __init__(
        self,
        tokens: list[Token],
        triggers: list[Trigger],
        lowers: list[str],
        structure: Structure,
        finder: RoleFinder,
    ) -> None:
        self.tokens = tokens
        self.triggers = triggers
        self.lowers = lowers
        self.structure = structure
        self.finder = finder
        self.main_candidate: int | None = None
        self.demote: set[int] = set()
        # Frames that must rank below the act they embed: frame position -> act position.
        self.yield_to: dict[int, int] = {}
        # Positions of acts told in a subordinate or purpose clause ("after rebels fired").
        self.background: set[int] = set()

    def rank(self, events: list[CodedEvent], position_of: dict[int, int]) -> None:
        """Lower, in place, the confidence of frames below the acts they embed and of
        background acts below the main one (`position_of`: trigger position -> event)."""
        rank_frames_below_their_acts(events, position_of, self.demote, self.yield_to)
        rank_background_below_main(
            events, position_of, self.background, self.triggers, self.finder.reads_as_noun
        )

    def embedded(
        self,
        position: int,
        trigger: Trigger,
        frame: Trigger | None,
        frame_index: int | None,
        entry: CameoEntry,
        mood: Modality,
        own_side: bool,
    ) -> bool:
        """Whether the act ranks below another: inside a frame, or a verb's object noun."""
        embedded = frame is not None and "report" not in frame.flags
        if embedded and frame is not None and frame_index is not None:
            if (
                "intent" in frame.flags
                and entry.quad_class >= 3
                and mood != "negated"
                and not self.finder.reads_as_noun(trigger)
            ):
                # "Agreed to expand sanctions": agreeing to a hostile act is that act.
                embedded = False
                self.demote.add(frame_index)
                self.yield_to[frame_index] = position
            elif (
                "intent" in frame.flags
                and entry.plover_event == "CONCEDE"
                and trigger.kind == "V"
                and mood != "negated"
                and self.tokens[frame.first].lower.startswith(PROMISING)
            ):
                # "Promised to lift the state of emergency": PLOVER codes a promised
                # concession as the concession (CONCEDE), not as an intent to cooperate.
                embedded = False
                self.demote.add(frame_index)
                self.yield_to[frame_index] = position
            elif frame.cameo == "014":
                # "Considering a missile strike": the act considered, held out.
                embedded = False
                self.demote.add(frame_index)
                self.yield_to[frame_index] = position
            elif "speech" in frame.flags and own_side:
                # "Putin ordered the army to mobilise": an order to one's own forces is
                # the act ordered, not a request between parties.
                embedded = False
                self.demote.add(frame_index)
        if position and not self.structure.subordinate[trigger.first]:
            previous = self.triggers[position - 1]
            gap_words = set(self.lowers[previous.last + 1 : trigger.first])
            if (
                trigger.kind == "N"
                and previous.kind == "V"
                and len(gap_words) <= 4
                and not gap_words & {",", ";", "and", "but", "after", "before"}
            ):
                embedded = True  # the object of the verb before it
        return embedded

    def confidence(
        self,
        position: int,
        trigger: Trigger,
        frame: Trigger | None,
        embedded: bool,
        roles: Roles,
        actor1: Actor | None,
        actor2: Actor | None,
        mood: Modality,
    ) -> float:
        tokens, finder = self.tokens, self.finder
        subordinate = self.structure.subordinate[trigger.first]
        secondary = False
        if position and not subordinate and trigger.kind == "V":
            previous = self.triggers[position - 1]
            secondary = (
                self.main_candidate is not None
                and "and" in self.lowers[previous.last + 1 : trigger.first]
            )
        purpose = (
            purpose_infinitive(tokens, trigger, frame)
            or reduced_relative(tokens, trigger)
            or participle_after_comma(tokens, trigger)
            or passive_participle(tokens, trigger)
            or participle_relative(tokens, trigger)
            or qualifies_act_noun(tokens, self.triggers, position)
            or comment_on_act(tokens, trigger)
        )
        confidence = score(
            trigger,
            actor1 is not None and bool(actor1.code),
            roles.actor1_explicit,
            actor2 is not None and bool(actor2.code),
            embedded,
            subordinate,
            finder.reads_as_noun(trigger) and finder.in_prepositional_phrase(trigger),
            mood,
        )
        if secondary:
            confidence = round(confidence - SECONDARY, 2)
        if purpose:
            confidence = round(confidence - PENALTIES["subordinate"], 2)
        if subordinate or background(
            tokens, self.triggers, position, frame, self.lowers, finder.reads_as_noun
        ):
            self.background.add(position)
        if (
            self.main_candidate is None
            and trigger.kind == "V"
            and not embedded
            and not (subordinate or "report" in trigger.flags or purpose)
            and not finder.reads_as_noun(trigger)
        ):
            self.main_candidate = position
            confidence = round(min(confidence + FIRST_MAIN_BONUS, 0.9), 2)
        return confidence
