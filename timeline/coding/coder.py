"""Code one English news sentence as political-event data: who did what to whom."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .actors import find_mentions, mention_name
from .codebook import lookup
from .lexicon import find_triggers, lexicon
from .modality import modality
from .model import Actor, CodedEvent, Mention, Token, Trigger
from .phrases import fill_country
from .ranking import (
    demand_code,
    obligation,
    participle_after_comma,
    purpose_infinitive,
    reduced_relative,
    refusal,
    refusal_code,
)
from .roles import RoleFinder, Roles
from .structure import analyse, governing_frame
from .tokens import tokenize
from .wordclasses import DOMESTIC_SECTORS, PROTESTING_SECTORS

STATEMENT = "010"
VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
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
STATE_SECTORS = frozenset({"LEG", "COP"})
# The first verb of the main clause that is not a reporting verb is the sentence's act.
FIRST_MAIN_BONUS = 0.12
SECONDARY = 0.05  # a verb coordinated after the main one ("… and expelled …")
OBJECT_NOUN = 0.15  # a nominal trigger that is the object of a verbal one ("vetoed the aid")


def entry_root(code: str) -> str:
    return code[:2]


def _actor_fields(actor: Actor | None, name: str) -> tuple[str, str, str]:
    if actor is None or not actor.code:
        return "", "", ""
    return name, actor.code, actor.country


def _confidence(
    trigger: Trigger,
    has_actor1: bool,
    actor1_explicit: bool,
    has_actor2: bool,
    embedded: bool,
    subordinate: bool,
    background: bool,
    mood: str,
) -> float:
    score = BASE
    if background:
        score -= PENALTIES["background"]
    if mood != "asserted" and "intent" not in trigger.flags:
        score -= PENALTIES["irrealis_mood"]
    if has_actor1:
        score += ACTOR_EXPLICIT if actor1_explicit else ACTOR_INFERRED
    if has_actor2:
        score += ACTOR_EXPLICIT
    if trigger.kind == "N":
        score -= PENALTIES["nominal"]
    if "weak" in trigger.flags:
        score -= PENALTIES["weak"]
    if embedded:
        score -= PENALTIES["embedded"]
    if subordinate:
        score -= PENALTIES["subordinate"]
    if "irrealis" in trigger.flags:
        score -= PENALTIES["irrealis"]
    if trigger.cameo == STATEMENT:
        score -= PENALTIES["statement"]
    score += min(trigger.size - 1, 2) * 0.02
    return round(min(max(score, 0.05), 0.9), 2)


def _resolve(
    mention: Mention | None, mentions: list[Mention], tokens: list[Token], fallback: str
) -> Actor | None:
    if mention is None:
        return None
    return fill_country(mention.actor, mention, mentions, tokens, fallback)


def _place_country(mentions: list[Mention]) -> str:
    """The country of the sentence's first named place or country, for agents without one."""
    for m in mentions:
        if m.actor.country and not m.pronoun:
            return m.actor.country
    return ""


def _cameo_for(trigger: Trigger, tokens: list[Token], actor1: Actor | None) -> str:
    if trigger.cameo.startswith("141") and tokens[trigger.first].lemma == "protest":
        if actor1 is not None and actor1.code and actor1.agent not in PROTESTING_SECTORS:
            return "114"
        if actor1 is not None and actor1.code and not actor1.agent:
            return "114"  # a country protests through its government
    if trigger.cameo == "173" and tokens[trigger.first].lemma.startswith("raid"):
        if actor1 is not None and actor1.agent not in {"COP", "JUD", "SPY", "GOV"}:
            return "190"  # a military raid is an assault; a police raid an arrest
    if trigger.cameo == "190" and actor1 is not None and actor1.agent in {"OPP", "CVL", "LAB"}:
        return "145"  # demonstrators storming a building riot; they do not wage war
    return trigger.cameo


def code_sentence(sentence: str, *, when: date) -> list[CodedEvent]:
    """The political events in one English news sentence, coded in CAMEO and PLOVER.

    `when` is the story's date: it decides which office a named leader holds.
    """
    tokens = tokenize(sentence, lexicon().lemmatizer)
    if not tokens:
        return []
    triggers = find_triggers(tokens)
    if not triggers:
        return []
    mentions = find_mentions(tokens, when)
    structure = analyse(tokens, triggers)
    finder = RoleFinder(tokens, mentions, structure)
    place = _place_country(mentions)
    events: list[CodedEvent] = []
    statements: list[CodedEvent] = []
    main_candidate: int | None = None
    demote: set[int] = set()
    position_of: dict[int, int] = {}
    for position, trigger in enumerate(triggers):
        frame = governing_frame(triggers, position, tokens, structure)
        frame_index = triggers.index(frame) if frame is not None else None
        roles = finder.assign(position, triggers, frame_index)
        mood = modality(tokens, trigger, frame, structure.conditional[trigger.first])
        if "irrealis" in trigger.flags and mood in ("asserted", "negated"):
            finder.dropped.add(position)
            continue
        if "verdict" in trigger.flags:
            # "Seoul said the launches were a grave provocation": the speaker's judgement
            # of the subject, only as a predicate ("were a provocation", "called it illegal").
            if not _predicative(tokens, trigger):
                finder.dropped.add(position)
                continue
            speaker = finder.actor1_of.get(frame_index) if frame_index is not None else None
            if speaker is not None:
                roles = Roles(speaker, roles.actor1, True)
                frame, frame_index = None, None
        if roles.actor1 is None and "irrealis" in trigger.flags and frame_index is not None:
            # "Khamenei said Israel would be punished": the speaker threatens.
            roles = Roles(finder.actor1_of.get(frame_index), roles.actor2, False)
        demanded = False
        speaker = finder.actor1_of.get(frame_index) if frame_index is not None else None
        if (
            frame is not None
            and "report" in frame.flags
            and speaker is not None
            and (obligation(tokens, trigger))
        ):
            # "Truss told Lavrov that Russia must pull its troops back": the speaker's
            # demand on the party that must act.
            roles = Roles(speaker, roles.actor1, True)
            mood, frame, frame_index, demanded = "asserted", None, None, True
        actor1 = _resolve(roles.actor1, mentions, tokens, place)
        target = roles.actor2
        if target is None and frame is not None and frame.cameo.startswith("11"):
            # "The U.S. accused Russia of a cyberattack": the accuser is the injured party.
            if frame_index is not None and entry_root(trigger.cameo) in VIOLENT_ROOTS:
                target = finder.actor1_of.get(frame_index)
        actor2 = _resolve(
            target, mentions, tokens, _target_country(target, roles.actor1, actor1, mentions)
        )
        if (
            actor2 is not None
            and actor1 is not None
            and actor2.code == actor1.code
            and (roles.actor1 is target)
        ):
            actor2 = None
        cameo = _cameo_for(trigger, tokens, actor1)
        if mood == "negated" and refusal(tokens, trigger) and lookup(cameo).quad_class <= 2:
            # "Iran will not negotiate", "Moscow does not recognise the court": a refusal.
            cameo, mood = refusal_code(cameo), "asserted"
        if demanded:
            cameo = demand_code(cameo)
        if lookup(cameo).plover_event == "RETREAT" and mood in ("future", "hypothetical"):
            # PLOVER: a promised withdrawal, release or ceasefire is a verbal concession;
            # only retreats actually carried out are RETREAT.
            cameo = "080"
        entry = lookup(cameo)
        embedded = frame is not None and "report" not in frame.flags
        if embedded and frame is not None and frame_index is not None:
            if (
                "intent" in frame.flags
                and entry.quad_class >= 3
                and mood != "negated"
                and not finder.reads_as_noun(trigger)
            ):
                # "Agreed to expand sanctions": agreeing to a hostile act is that act.
                embedded = False
                demote.add(frame_index)
            elif "speech" in frame.flags and _same_side(finder.actor1_of.get(frame_index), actor1):
                # "Putin ordered the army to mobilise": an order to one's own forces is
                # the act ordered, not a request between parties.
                embedded = False
                demote.add(frame_index)
        secondary = False
        if position and not structure.subordinate[trigger.first]:
            previous = triggers[position - 1]
            gap_words = [t.lower for t in tokens[previous.last + 1 : trigger.first]]
            if (
                trigger.kind == "N"
                and previous.kind == "V"
                and len(gap_words) <= 4
                and not (set(gap_words) & {",", ";", "and", "but", "after", "before"})
            ):
                embedded = True  # the object of the verb before it
            elif trigger.kind == "V" and main_candidate is not None and "and" in gap_words:
                secondary = True
        purpose = (
            purpose_infinitive(tokens, trigger, frame)
            or reduced_relative(tokens, trigger)
            or participle_after_comma(tokens, trigger)
        )
        confidence = _confidence(
            trigger,
            actor1 is not None and bool(actor1.code),
            roles.actor1_explicit,
            actor2 is not None and bool(actor2.code),
            embedded,
            structure.subordinate[trigger.first],
            finder.reads_as_noun(trigger) and finder.in_prepositional_phrase(trigger),
            mood,
        )
        if secondary:
            confidence = round(confidence - SECONDARY, 2)
        if purpose:
            confidence = round(confidence - PENALTIES["subordinate"], 2)
        if (
            main_candidate is None
            and trigger.kind == "V"
            and not embedded
            and not (structure.subordinate[trigger.first] or "report" in trigger.flags or purpose)
            and not finder.reads_as_noun(trigger)
        ):
            main_candidate = position
            confidence = round(min(confidence + FIRST_MAIN_BONUS, 0.9), 2)
        a1 = _actor_fields(
            actor1, mention_name(tokens, roles.actor1, sentence) if roles.actor1 else ""
        )
        a2 = _actor_fields(actor2, mention_name(tokens, target, sentence) if target else "")
        start, end = tokens[trigger.first].start, tokens[trigger.last].end
        event = CodedEvent(
            actor1_name=a1[0],
            actor1_code=a1[1],
            actor1_country=a1[2],
            actor2_name=a2[0],
            actor2_code=a2[1],
            actor2_country=a2[2],
            event_text=sentence[start:end],
            event_start=start,
            event_end=end,
            plover_event=entry.plover_event,
            plover_mode=trigger.mode or entry.plover_mode,
            cameo_code=entry.code,
            cameo_root=entry.root,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            modality=mood,
            confidence=confidence,
        )
        if cameo == STATEMENT:
            statements.append(event)
        else:
            position_of[position] = len(events)
            events.append(event)
    for position in demote:
        if position in position_of:
            index = position_of[position]
            lowered = round(max(events[index].confidence - PENALTIES["embedded"] - 0.05, 0.05), 2)
            events[index] = replace(events[index], confidence=lowered)
    events = _fill_missing_sources(events, mentions, tokens, sentence)
    if not events:
        # A plain statement is an event only when nothing else happens and both parties
        # are named ("Biden told Putin …").
        events = [e for e in statements if e.actor1_code and e.actor2_code][:1]
    return events


def _target_country(
    target: Mention | None, source: Mention | None, actor1: Actor | None, mentions: list[Mention]
) -> str:
    """The country of a target named only by its sector ("entities", "parliament"): the
    nearest other country word in the sentence, else the source's own country when the
    target is a state organ or a domestic group."""
    if target is None or target.actor.country:
        return ""
    others = [m for m in mentions if m.actor.country and m is not source and m is not target]
    if others:
        nearest = min(others, key=lambda m: abs(m.first - target.first))
        return nearest.actor.country
    if actor1 is not None and target.actor.agent in DOMESTIC_SECTORS | STATE_SECTORS:
        return actor1.country
    return ""


COPULAS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "as",
        "it",
        "them",
        "called",
        "calling",
        "call",
        "calls",
        "remains",
        "remained",
        "constitutes",
        "constituted",
        "amounts",
        "amounted",
    }
)


def _predicative(tokens: list[Token], trigger: Trigger) -> bool:
    window = [t.lower for t in tokens[max(0, trigger.first - 4) : trigger.first]]
    return any(word in COPULAS for word in window)


def _fill_missing_sources(
    events: list[CodedEvent], mentions: list[Mention], tokens: list[Token], sentence: str
) -> list[CodedEvent]:
    """An act with no named source ("40 people were killed when a Russian missile hit …")
    takes the source of another act of the same type in the sentence; an arrest with none
    ("were detained across Russia") is the work of the state where it happened."""
    filled: list[CodedEvent] = []
    for event in events:
        if not event.actor1_code:
            donor = next(
                (o for o in events if o.plover_event == event.plover_event and o.actor1_code),
                None,
            )
            place = next((m for m in mentions if m.actor.country and not m.pronoun), None)
            if donor is not None:
                event = replace(
                    event,
                    actor1_name=donor.actor1_name,
                    actor1_code=donor.actor1_code,
                    actor1_country=donor.actor1_country,
                    confidence=round(min(event.confidence + ACTOR_INFERRED, 0.9), 2),
                )
            elif event.cameo_root == "17" and place is not None:
                country = place.actor.country
                event = replace(
                    event,
                    actor1_name=mention_name(tokens, place, sentence),
                    actor1_code=country + "COP",
                    actor1_country=country,
                    confidence=round(min(event.confidence + ACTOR_INFERRED, 0.9), 2),
                )
        filled.append(event)
    return filled


def _same_side(frame_subject: Mention | None, actor: Actor | None) -> bool:
    if frame_subject is None or actor is None:
        return False
    country = frame_subject.actor.country
    return bool(country) and country == actor.country


def main_event(events: list[CodedEvent]) -> CodedEvent | None:
    """The sentence's main event: the highest confidence, the first on ties."""
    best: CodedEvent | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best
