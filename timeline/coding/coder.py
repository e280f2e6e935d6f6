"""Code one English news sentence as political-event data: who did what to whom."""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property
from operator import attrgetter

from .actors import find_mentions, mention_name
from .adjust import (
    ARMED_SECTORS,
    attributed_after,
    predicative,
    said_of_itself,
    statement_act,
)
from .codebook import CameoEntry, lookup, plover_type
from .gazetteer import gazetteer
from .lexicon import Lexicon, lexicon
from .modality import denied_participle, modality
from .model import Actor, CodedEvent, Mention, Modality, Token, Trigger
from .phrases import fill_country, is_passive
from .prominence import Prominence
from .ranking import (
    STATEMENT,
    obligation,
)
from .recode import Parties, Telling, final_code
from .roles import RoleFinder, Roles
from .sources import STATE_ORGANS, fill_missing_sources, is_state, same_side, target_country
from .structure import analyse, governing_frame
from .tokens import token_starts
from .triggers import find_triggers

VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
# CAMEO 112, accuse: what a party's claim that another used force on it is coded as.
ALLEGATION = "112"
_LOWER = attrgetter("lower")


def _actor_fields(
    actor: Actor | None,
    mention: Mention | None,
    tokens: list[Token],
    starts: list[int],
    sentence: str,
) -> tuple[str, str, str]:
    """Name as written, code and country of an act's actor; blank when it has no code."""
    if actor is None or not actor.code:
        return "", "", ""
    name = mention_name(tokens, starts, mention, sentence) if mention is not None else ""
    return name, actor.code, actor.country


@dataclass(init=False, slots=True, eq=False)
class _Act:
    """A coded trigger before it is written out as a `CodedEvent`: its actors' mentions and
    actors, codebook entry, modality and confidence."""

    trigger: Trigger
    source: Mention | None
    target: Mention | None
    actor1: Actor | None
    actor2: Actor | None
    entry: CameoEntry
    mood: Modality
    confidence: float

    def __init__(
        self,
        trigger: Trigger,
        source: Mention | None,
        target: Mention | None,
        actor1: Actor | None,
        actor2: Actor | None,
        entry: CameoEntry,
        mood: Modality,
        confidence: float,
    ) -> None:
        self.trigger = trigger
        self.source = source
        self.target = target
        self.actor1 = actor1
        self.actor2 = actor2
        self.entry = entry
        self.mood = mood
        self.confidence = confidence


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

    `when` is the story's date: it decides which office a named leader holds. A "sentence"
    longer than any real one (text without full stops) is coded in pieces cut at clause
    punctuation, so that coding time stays proportional to its length.
    """
    if len(sentence) > LONGEST_SENTENCE:
        events: list[CodedEvent] = []
        for start, piece in _pieces(sentence):
            events.extend(
                replace(e, event_start=e.event_start + start, event_end=e.event_end + start)
                for e in code_sentence(piece, when=when)
            )
        return events
    lex = _tables()
    words = lex.tokens(sentence)
    openings = lex.openings(words)
    if not openings:
        return []  # no pattern of the lexicon can match: the sentence tells no act
    tokens: list[Token] = list(words)
    nouns: dict[int, bool] = {}  # which words read as nouns, as found by find_triggers
    triggers = find_triggers(tokens, openings, nouns)
    if not triggers:
        return []
    lowers = list(map(_LOWER, words))
    mentions = find_mentions(tokens, when, lowers)
    if all(t.cameo == STATEMENT for t in triggers) and not any(m.actor.code for m in mentions):
        return []  # sayings by no party named: a statement is an event only with its speaker
    return _SentenceCoder(sentence, tokens, triggers, mentions, lowers, nouns).code()


@cache
def _tables() -> Lexicon:
    """The lexicon, once it and the gazetteer are built.

    The two tables hold some hundred thousand objects that live as long as the process and
    never change. Left to the garbage collector, every full collection would walk them all
    (some 80 ms each); frozen, collections walk only the objects of the articles being read.
    """
    lex = lexicon()
    gazetteer()
    gc.collect()  # nothing unreachable is frozen with them
    gc.freeze()
    return lex


# Characters beyond which a sentence is coded in pieces (news sentences stay well below).
LONGEST_SENTENCE = 1500


def _pieces(sentence: str) -> list[tuple[int, str]]:
    """The sentence cut into pieces of at most LONGEST_SENTENCE characters, each with its
    offset, at the last ";", "," or space before the limit (anywhere, failing those)."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(sentence):
        end = min(len(sentence), start + LONGEST_SENTENCE)
        if end < len(sentence):
            cut = max(sentence.rfind(mark, start + 1, end) for mark in (";", ","))
            if cut <= start:
                cut = sentence.rfind(" ", start + 1, end)
            end = cut + 1 if cut > start else end
        pieces.append((start, sentence[start:end]))
        start = end
    return pieces


def clear_caches() -> None:
    """Forget the words the coder remembers between sentences (see `Lexicon.tokens`), so
    that the next sentence is coded as if it were the first."""
    lexicon().clear()


# CAMEO roots of acts a state does through its own organs, and what may report them as the
# state's (itself, "", its organs, its legislature): whom an agentless passive belongs to.
_DONE_BY_STATES = frozenset({"06", "07", "08", "16", "17"})
_REPORTING_STATE = STATE_ORGANS | {"", "LEG"}

# Groups of states named by one word ("Western diplomats", "Arab foreign ministers"): their
# people's accounts are reports, not the findings of an international body.
_BLOCS = frozenset({"IGOWST", "IGOARB"})

# Speech frames that ask rather than order: the act they ask for ("appealed for a force to
# help police") is not done by asking.
_ASKING = frozenset("appeal ask request plead beg invite urge".split())


class _SentenceCoder:
    """Codes the triggers of one sentence left to right, keeping what later triggers need:
    the actors already assigned, the main act found so far, frames to rank down."""

    def __init__(
        self,
        sentence: str,
        tokens: list[Token],
        triggers: list[Trigger],
        mentions: list[Mention],
        lowers: list[str],
        nouns: dict[int, bool] | None = None,
    ) -> None:
        self.sentence = sentence
        self.tokens = tokens
        self.triggers = triggers
        self.mentions = mentions
        self.lowers = lowers
        self.structure = analyse(tokens, triggers, lowers)
        self.finder = RoleFinder(tokens, mentions, self.structure, nouns, lowers)
        self.place = _place_country(mentions)
        self.events: list[CodedEvent] = []
        self.statements: list[_Act] = []
        self.position_of: dict[int, int] = {}
        self.prominence = Prominence(tokens, triggers, lowers, self.structure, self.finder)

    @cached_property
    def starts(self) -> list[int]:
        """Where each token begins in the sentence, worked out once an act is coded."""
        return token_starts(self.sentence, self.tokens)

    def code(self) -> list[CodedEvent]:
        for position, trigger in enumerate(self.triggers):
            act = self._code_trigger(position, trigger)
            if act is None:
                continue
            if act.entry.code == STATEMENT:
                self.statements.append(act)  # an event only when the sentence has no other
            else:
                self.position_of[position] = len(self.events)
                self.events.append(self._event(act))
        self._reported_agents()
        self.prominence.rank(self.events, self.position_of)
        events = self.events
        if events:
            events = fill_missing_sources(
                events, self.mentions, self.tokens, self.starts, self.sentence
            )
        if not events:
            # A bare statement: what it says decides what it does ("X said Y must …" is a
            # demand, "… would be punished" a threat); a plain statement is an event only
            # when both parties are named ("Biden told Putin …").
            for statement in self.statements:
                event = statement_act(
                    self._event(statement), self.tokens, self.starts, self.sentence
                )
                if event.actor1_code and (event.actor2_code or event.cameo_code != STATEMENT):
                    return [event]
        return events

    def _reported_agents(self) -> None:
        """An act told in the passive with no agent and attributed to a state's own organ
        ("El Chapo was extradited to the United States, Mexico's foreign ministry said") is
        that state's act, when it is one states do by themselves: handing over, aid,
        releases, expulsions, arrests. Never force: "three soldiers were killed, the
        ministry said" does not make the ministry the killer."""
        for position, index in self.position_of.items():
            event = self.events[index]
            trigger = self.triggers[position]
            if (
                event.actor1_code
                or event.cameo_code[:2] not in _DONE_BY_STATES
                or not is_passive(self.tokens, trigger)
            ):
                continue
            speaker = self._reporter(position)
            if speaker is None or speaker.pronoun:
                continue
            actor = _resolve(speaker, self.mentions, self.tokens, self.place)
            if actor is None or not actor.country or actor.agent not in _REPORTING_STATE:
                continue
            name, code, country = _actor_fields(
                actor, speaker, self.tokens, self.starts, self.sentence
            )
            self.events[index] = replace(
                event, actor1_name=name, actor1_code=code, actor1_country=country
            )

    def _reporter(self, position: int) -> Mention | None:
        """Who tells the act at `position`: the subject of a saying that frames it, before
        ("X said …") or after it ("…, X said")."""
        trigger = self.triggers[position]
        for later in range(position + 1, len(self.triggers)):
            after = self.triggers[later]
            if "report" in after.flags and attributed_after(self.tokens, [after], trigger):
                return self.finder.actor1_of.get(later)
        frame = governing_frame(self.triggers, position, self.tokens, self.structure)
        if frame is not None and "report" in self.triggers[frame].flags:
            return self.finder.actor1_of.get(frame)
        return None

    def _code_trigger(self, position: int, trigger: Trigger) -> _Act | None:
        tokens, finder = self.tokens, self.finder
        frame_index = governing_frame(self.triggers, position, tokens, self.structure)
        frame = self.triggers[frame_index] if frame_index is not None else None
        roles = finder.assign(position, self.triggers, frame_index)
        structure = self.structure
        conditional = (
            structure.conditional[trigger.first] or structure.condition_ahead[trigger.last]
        )
        mood = modality(tokens, trigger, frame, conditional)
        if "irrealis" in trigger.flags and mood in ("asserted", "negated"):
            finder.dropped.add(position)
            return None
        if trigger.cameo[:2] in VIOLENT_ROOTS and finder.natural_cause(trigger):
            # "Typhoon Haiyan killed 4,000 people", "floods killed …": no party's act.
            finder.dropped.add(position)
            return None
        if (
            mood in ("future", "hypothetical")
            and roles.actor1 is None
            and tokens[trigger.first].lower == "forced"
            and is_passive(tokens, trigger)
        ):
            # "Russia will be forced to respond": the party's own act to come, told as
            # compelled by no one; the act after "to" is what it will do.
            finder.dropped.add(position)
            return None
        if (
            trigger.kind == "N"
            and frame is not None
            and "report" in frame.flags
            and predicative(tokens, trigger)
            and not said_of_itself(tokens, trigger)
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
                return None
            speaker = finder.actor1_of.get(frame_index) if frame_index is not None else None
            if speaker is not None:
                roles = Roles(speaker, roles.actor1, True)
                frame, frame_index = None, None
        if (
            roles.actor1 is None
            and frame_index is not None
            and (
                "irrealis" in trigger.flags
                or (trigger.cameo[:2] == "08" and frame is not None and "report" in frame.flags)
            )
        ):
            # "Khamenei said Israel would be punished": the speaker threatens; "Riyadh
            # announced that women would be allowed to drive": the speaker concedes.
            roles = Roles(finder.actor1_of.get(frame_index), roles.actor2, False)
        demanded = False
        speaker = finder.actor1_of.get(frame_index) if frame_index is not None else None
        if frame is not None and "report" in frame.flags and speaker is not None:
            if obligation(tokens, trigger):
                # "Truss told Lavrov that Russia must pull its troops back": the speaker's
                # demand on the party that must act.
                roles = Roles(speaker, roles.actor1, True)
                mood, frame, frame_index, demanded = "asserted", None, None, True
        actor1 = _resolve(roles.actor1, self.mentions, tokens, self.place)
        if (
            "forces" in trigger.flags and (actor1 is None or actor1.agent not in ARMED_SECTORS)
        ) or ("state" in trigger.flags and not is_state(actor1, roles.actor2)):
            # "The last U.S. troops left Afghanistan", "Cuba will allow private businesses":
            # words that are acts only when armed forces, or a state, do them.
            finder.dropped.add(position)
            return None
        if denied_participle(tokens, trigger):
            # "a siege, with no food or fuel allowed in": what is not let in is no concession.
            finder.dropped.add(position)
            return None
        target = roles.actor2
        if target is None and frame is not None and frame.cameo.startswith("11"):
            # "The U.S. accused Russia of a cyberattack": the accuser is the injured party.
            if frame_index is not None and trigger.cameo[:2] in VIOLENT_ROOTS:
                target = finder.actor1_of.get(frame_index)
        actor2 = _resolve(
            target,
            self.mentions,
            tokens,
            target_country(target, roles.actor1, actor1, self.mentions),
        )
        if actor2 is not None and actor1 is not None and actor2.code == actor1.code:
            if roles.actor1 is target:
                actor2 = None
        accuser = self._accuser(trigger, frame, frame_index, mood, demanded, actor1, actor2)
        if accuser is not None:
            # "Beijing said a Philippine vessel rammed a Chinese ship": a party's account of
            # force used on its own side by another is its accusation (PLOVER ACCUSE).
            trigger = replace(trigger, cameo=ALLEGATION, mode="")
            roles = Roles(finder.actor1_of.get(frame_index), roles.actor1, True)  # type: ignore[arg-type]
            target = roles.actor2
            actor1, actor2 = accuser, actor1
            frame, frame_index = None, None
        own_side = (
            frame is not None
            and frame_index is not None
            and not (tokens[frame.first].lemma in _ASKING and not finder.reads_as_noun(trigger))
            and same_side(finder.actor1_of.get(frame_index), actor1)
        )
        if frame is not None and "speech" in frame.flags and mood == "hypothetical" and own_side:
            mood = "asserted"  # an order to one's own forces is carried out, not requested
        cameo, mood = final_code(
            Telling(tokens, self.triggers, self.lowers, trigger, frame, mood, demanded),
            Parties(actor1, actor2, roles.actor1, target, finder.partner),
        )
        entry = lookup(cameo)
        prominence = self.prominence
        embedded = prominence.embedded(position, trigger, frame, frame_index, entry, mood, own_side)
        confidence = prominence.confidence(
            position, trigger, frame, embedded, roles, actor1, actor2, mood
        )
        return _Act(trigger, roles.actor1, target, actor1, actor2, entry, mood, confidence)

    def _accuser(
        self,
        trigger: Trigger,
        frame: Trigger | None,
        frame_index: int | None,
        mood: Modality,
        demanded: bool,
        actor1: Actor | None,
        actor2: Actor | None,
    ) -> Actor | None:
        """The speaker, when the act is force a named party says another used on the
        speaker's own side, or an international body says a state used, told after the
        saying ("Kyiv said Russian forces shelled Kherson"); None otherwise. An act told
        first and attributed after ("..., Kyiv said") is reported as fact and keeps its
        own actors."""
        if (
            frame is None
            or frame_index is None
            or "report" not in frame.flags
            or frame.last >= trigger.first
            or mood != "asserted"
            or demanded
            or trigger.cameo[:2] not in VIOLENT_ROOTS
            or actor1 is None
            or not actor1.country
        ):
            return None
        speaker = self.finder.actor1_of.get(frame_index)
        if speaker is None or speaker.pronoun:
            return None
        said_by = _resolve(speaker, self.mentions, self.tokens, self.place)
        if (
            said_by is not None
            and said_by.code.startswith(("IGO", "NGO"))
            and said_by.code not in _BLOCS
        ):
            # "A U.N. report said Myanmar's military had carried out mass killings": an
            # international body's finding against a state is its accusation.
            return said_by
        if said_by is None or not said_by.country or said_by.country == actor1.country:
            return None
        return said_by if actor2 is not None and actor2.country == said_by.country else None

    def _event(self, act: _Act) -> CodedEvent:
        """The coded event of an act, with its actors and words as written."""
        tokens, starts, sentence = self.tokens, self.starts, self.sentence
        trigger, entry = act.trigger, act.entry
        a1 = _actor_fields(act.actor1, act.source, tokens, starts, sentence)
        a2 = _actor_fields(act.actor2, act.target, tokens, starts, sentence)
        plover_event, plover_mode = plover_type(trigger, entry, act.mood)
        start, end = starts[trigger.first], starts[trigger.last] + len(tokens[trigger.last].text)
        return CodedEvent(
            actor1_name=a1[0],
            actor1_code=a1[1],
            actor1_country=a1[2],
            actor2_name=a2[0],
            actor2_code=a2[1],
            actor2_country=a2[2],
            event_text=sentence[start:end],
            event_start=start,
            event_end=end,
            plover_event=plover_event,
            plover_mode=plover_mode,
            cameo_code=entry.code,
            cameo_root=entry.root,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            modality=act.mood,
            confidence=act.confidence,
        )


def main_event(events: list[CodedEvent]) -> CodedEvent | None:
    """The sentence's main event: the highest confidence, the first on ties."""
    best: CodedEvent | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best
