"""Code one English news sentence as political-event data: who did what to whom."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .actors import find_mentions, mention_name
from .adjust import (
    cameo_for,
    fill_missing_sources,
    predicative,
    same_side,
    statement_act,
    target_country,
)
from .codebook import lookup
from .lexicon import find_triggers, lexicon
from .modality import modality
from .model import Actor, CodedEvent, Mention, Token, Trigger
from .phrases import fill_country
from .ranking import (
    ACTOR_EXPLICIT,
    ACTOR_INFERRED,
    BASE,
    FIRST_MAIN_BONUS,
    PENALTIES,
    SECONDARY,
    demand_code,
    obligation,
    participle_after_comma,
    passive_participle,
    purpose_infinitive,
    reduced_relative,
    refusal,
    refusal_code,
    threat_code,
)
from .roles import RoleFinder, Roles
from .structure import analyse, governing_frame
from .tokens import tokenize

STATEMENT = "010"
VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})


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
    # Frames that must rank below the act they embed: frame position -> act position.
    yield_to: dict[int, int] = {}
    position_of: dict[int, int] = {}
    for position, trigger in enumerate(triggers):
        frame = governing_frame(triggers, position, tokens, structure)
        frame_index = triggers.index(frame) if frame is not None else None
        roles = finder.assign(position, triggers, frame_index)
        mood = modality(tokens, trigger, frame, structure.conditional[trigger.first])
        if "irrealis" in trigger.flags and mood in ("asserted", "negated"):
            finder.dropped.add(position)
            continue
        if (
            trigger.kind == "N"
            and frame is not None
            and "report" in frame.flags
            and predicative(tokens, trigger)
            and lookup(trigger.cameo).quad_class >= 3
        ):
            # "China said the sanctions were a serious interference": a hostile act named
            # as a predicate is the speaker's accusation, not the act itself.
            trigger = replace(trigger, cameo="111", flags=trigger.flags | {"verdict"}, mode="")
        if "verdict" in trigger.flags:
            # "Seoul said the launches were a grave provocation": the speaker's judgement
            # of the subject, only as a predicate ("were a provocation", "called it illegal").
            if trigger.kind == "N" and not predicative(tokens, trigger):
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
            target, mentions, tokens, target_country(target, roles.actor1, actor1, mentions)
        )
        if (
            actor2 is not None
            and actor1 is not None
            and actor2.code == actor1.code
            and (roles.actor1 is target)
        ):
            actor2 = None
        if (
            frame is not None
            and frame_index is not None
            and "speech" in frame.flags
            and mood == "hypothetical"
            and same_side(finder.actor1_of.get(frame_index), actor1)
        ):
            mood = "asserted"  # an order to one's own forces is carried out, not requested
        cameo = cameo_for(trigger, tokens, actor1, actor2)
        if (
            mood == "hypothetical"
            and cameo[:2] in THREAT_ROOTS
            and _held_out(tokens, trigger, frame)
            and not demanded
        ):
            # "Turkish missiles could hit Athens", "sites it would strike if Tehran
            # retaliated": force held out as a possibility is a threat.
            cameo = threat_code(cameo)
        if mood == "negated" and refusal(tokens, trigger) and lookup(cameo).quad_class <= 2:
            # "Iran will not negotiate", "Moscow does not recognise the court": a refusal.
            cameo, mood = refusal_code(cameo), "asserted"
        if demanded:
            cameo = demand_code(cameo)
        if (
            mood == "future"
            and frame is not None
            and "report" in frame.flags
            and cameo[:2] in INTENT_OF
        ):
            # "Tehran and Riyadh said they would reopen embassies": a reported promise of
            # cooperation is an expression of intent (CAMEO 03, PLOVER AGREE).
            cameo = INTENT_OF[cameo[:2]]
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
                yield_to[frame_index] = position
            elif frame.cameo == "014":
                # "Considering a missile strike": the act considered, held out.
                embedded = False
                demote.add(frame_index)
                yield_to[frame_index] = position
            elif "speech" in frame.flags and same_side(finder.actor1_of.get(frame_index), actor1):
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
            or passive_participle(tokens, trigger)
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
            act = position_of.get(yield_to.get(position, -1))
            if act is not None:
                lowered = min(lowered, round(max(events[act].confidence - 0.05, 0.05), 2))
            events[index] = replace(events[index], confidence=lowered)
    events = fill_missing_sources(events, mentions, tokens, sentence)
    if not events:
        # A bare statement: what it says decides what it does ("X said Y must …" is a
        # demand, "… would be punished" a threat); a plain statement is an event only when
        # both parties are named ("Biden told Putin …").
        events = [
            e
            for e in (statement_act(e, tokens, sentence) for e in statements)
            if e.actor1_code and (e.actor2_code or e.cameo_code != STATEMENT)
        ][:1]
    return events


INTENT_OF = {"04": "036", "05": "032", "06": "031", "07": "033"}
THREAT_ROOTS = frozenset({"16", "17", "18", "19", "20"})


def _held_out(tokens: list[Token], trigger: Trigger, frame: Trigger | None) -> bool:
    """Force or sanctions held out as a possibility by their own author: "could hit
    Athens", "sites it would strike if Tehran retaliated" (not "urged X to impose")."""
    window = [t.lower for t in tokens[max(0, trigger.first - 3) : trigger.first]]
    if any(word in {"could", "might"} for word in window):
        return True
    if tokens[0].lower in {"if", "unless"}:
        return True  # "If Russia invades, the United States will impose sanctions"
    if frame is not None and frame.cameo == "014":
        return True  # "considering a missile strike on Guam"
    for token in tokens[trigger.last + 1 :]:
        if token.lower in {",", ";", ".", "but"}:
            break
        if token.lower in {"if", "unless"}:
            return True
    return "would" in window and frame is None


def main_event(events: list[CodedEvent]) -> CodedEvent | None:
    """The sentence's main event: the highest confidence, the first on ties."""
    best: CodedEvent | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best
