"""The coded event and the intermediate records the coder passes between its stages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Modality = Literal["asserted", "future", "hypothetical", "negated"]
PLOVER_EVENTS = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(slots=True, unsafe_hash=True)
class CodedEvent:
    """One political event coded from a sentence: who did what to whom, CAMEO and PLOVER.

    A value: never changed once made (`dataclasses.replace` makes a changed copy), and not
    frozen only because a frozen record is several times slower to build.
    """

    actor1_name: str
    actor1_code: str
    actor1_country: str
    actor2_name: str
    actor2_code: str
    actor2_country: str
    event_text: str
    event_start: int
    event_end: int
    plover_event: str
    plover_mode: str
    cameo_code: str
    cameo_root: str
    quad_class: int
    goldstein: float
    modality: Modality
    confidence: float


@dataclass(slots=True, eq=False)
class Token:
    """A word or punctuation mark as written, with its lower-case form and lemma.

    Made once per word as written (see `Lexicon.tokens`), shared by the sentences that use
    it and never changed; not frozen only because a frozen record is several times slower
    to build. Where a token stands in its sentence is `tokens.token_starts`.
    """

    text: str
    lower: str  # lower case, straight apostrophes
    lemma: str


# The coder's own records below (actors, mentions, triggers) are built by the thousand per
# article and never changed once made; like `Token`, they are not frozen only because a
# frozen record is several times slower to build. Values compare and hash by their fields.


@dataclass(slots=True, unsafe_hash=True)
class Actor:
    """An actor resolved to a CAMEO-style code: country (ISO alpha-3) plus agent, or an IGO."""

    code: str
    country: str
    agent: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """An actor mention: tokens `first`..`last` (inclusive) of the sentence."""

    first: int
    last: int
    actor: Actor
    pronoun: bool = False


@dataclass(slots=True, unsafe_hash=True)
class Trigger:
    """A lexicon match: the tokens expressing an act and the CAMEO code they support."""

    first: int
    last: int
    cameo: str
    kind: str  # "V" verbal, "N" nominal
    mode: str
    flags: frozenset[str]
    size: int  # number of pattern items matched: longer patterns are more specific
