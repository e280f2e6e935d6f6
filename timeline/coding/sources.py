"""Actors settled once the roles are found: the country of a target named only by its
sector, sources borrowed for acts told without one, and which side of a frame an actor is
on."""

from __future__ import annotations

from dataclasses import replace

from .actors import mention_name
from .model import Actor, CodedEvent, Mention, Token
from .ranking import ACTOR_INFERRED
from .wordclasses import DOMESTIC_SECTORS

STATE_SECTORS = frozenset({"LEG", "COP"})
OWN_SECTORS = DOMESTIC_SECTORS | STATE_SECTORS
STATE_ORGANS = frozenset({"COP", "MIL", "SPY", "GOV", "JUD"})


def _own_target(donor: CodedEvent, event: CodedEvent) -> bool:
    """Whether `event`'s target is `donor`'s source itself, or the government of the state
    whose armed forces (or the state itself) the donor is: a state does not bomb its own
    embassy, though its police raid and its rebels attack its rulers."""
    if donor.actor1_code == event.actor2_code:
        return True
    country = donor.actor1_country
    return (
        bool(country)
        and event.actor2_code == country + "GOV"
        and donor.actor1_code in (country, country + "MIL")
    )


def target_country(
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
    if actor1 is not None and target.actor.agent in OWN_SECTORS:
        return actor1.country
    return ""


def fill_missing_sources(
    events: list[CodedEvent],
    mentions: list[Mention],
    tokens: list[Token],
    starts: list[int],
    sentence: str,
) -> list[CodedEvent]:
    """An act with no named source ("40 people were killed when a Russian missile hit …")
    takes the source of another act of the same type in the sentence; an arrest with none
    ("were detained across Russia") is the work of the state where it happened. `starts`
    are where the tokens begin in `sentence`."""
    filled: list[CodedEvent] = []
    for event in events:
        if not event.actor1_code:
            # Force is never used by its own target: the victims of a killing did not kill
            # themselves, and a state's forces did not bomb its own embassy ("Retaliating
            # for the embassy bombings, U.S. forces launched strikes").
            forced = event.quad_class == 4
            donor = next(
                (
                    o
                    for o in events
                    if o.plover_event == event.plover_event
                    and o.actor1_code
                    and not (forced and _own_target(o, event))
                ),
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
            elif event.cameo_root in {"17", "14"} and place is not None:
                # An arrest with no named source is the local state's; a protest with no
                # named crowd is the local population's.
                country = place.actor.country
                event = replace(
                    event,
                    actor1_name=mention_name(tokens, starts, place, sentence),
                    actor1_code=country + ("COP" if event.cameo_root == "17" else "OPP"),
                    actor1_country=country,
                    confidence=round(min(event.confidence + ACTOR_INFERRED, 0.9), 2),
                )
        filled.append(event)
    return filled


def same_side(frame_subject: Mention | None, actor: Actor | None) -> bool:
    if frame_subject is None or actor is None:
        return False
    country = frame_subject.actor.country
    return bool(country) and country == actor.country


def is_state(actor: Actor | None, target: Mention | None = None) -> bool:
    """Whether an actor is a state or its government ("Cuba", "Cuba's government") acting
    on others than its own organs ("allowing police to use facial recognition" is none)."""
    if target is not None and target.actor.agent in STATE_ORGANS:
        return False
    return actor is not None and bool(actor.country) and actor.agent in ("", "GOV", "LEG")
