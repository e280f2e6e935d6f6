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


# The records the coder builds for every sentence, here and in its other modules, write
# out their `__init__` (`init=False`): compiled (setup.py), it builds a record several times
# faster than the one `dataclass` generates, which the interpreter runs.


@dataclass(init=False, slots=True, unsafe_hash=True)
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

    def __init__(
        self,
        actor1_name: str,
        actor1_code: str,
        actor1_country: str,
        actor2_name: str,
        actor2_code: str,
        actor2_country: str,
        event_text: str,
        event_start: int,
        event_end: int,
        plover_event: str,
        plover_mode: str,
        cameo_code: str,
        cameo_root: str,
        quad_class: int,
        goldstein: float,
        modality: Modality,
        confidence: float,
    ) -> None:
        self.actor1_name = actor1_name
        self.actor1_code = actor1_code
        self.actor1_country = actor1_country
        self.actor2_name = actor2_name
        self.actor2_code = actor2_code
        self.actor2_country = actor2_country
        self.event_text = event_text
        self.event_start = event_start
        self.event_end = event_end
        self.plover_event = plover_event
        self.plover_mode = plover_mode
        self.cameo_code = cameo_code
        self.cameo_root = cameo_root
        self.quad_class = quad_class
        self.goldstein = goldstein
        self.modality = modality
        self.confidence = confidence


@dataclass(init=False, slots=True, eq=False)
class Token:
    """A word or punctuation mark as written, with its lower-case form and lemma.

    Made once per word as written (see `Lexicon.tokens`), shared by the sentences that use
    it and never changed; not frozen only because a frozen record is several times slower
    to build. Where a token stands in its sentence is `tokens.token_starts`.
    """

    text: str
    lower: str  # lower case, straight apostrophes
    lemma: str

    def __init__(self, text: str, lower: str, lemma: str) -> None:
        self.text = text
        self.lower = lower
        self.lemma = lemma


# The coder's own records below (actors, mentions, triggers) are built by the thousand per
# article and never changed once made; like `Token`, they are not frozen only because a
# frozen record is several times slower to build. Values compare and hash by their fields.


@dataclass(init=False, slots=True, unsafe_hash=True)
class Actor:
    """An actor resolved to a CAMEO-style code: country (ISO alpha-3) plus agent, or an IGO."""

    code: str
    country: str
    agent: str = ""

    def __init__(self, code: str, country: str, agent: str = "") -> None:
        self.code = code
        self.country = country
        self.agent = agent


@dataclass(init=False, slots=True, unsafe_hash=True)
class Mention:
    """An actor mention: tokens `first`..`last` (inclusive) of the sentence."""

    first: int
    last: int
    actor: Actor
    pronoun: bool = False

    def __init__(self, first: int, last: int, actor: Actor, pronoun: bool = False) -> None:
        self.first = first
        self.last = last
        self.actor = actor
        self.pronoun = pronoun


@dataclass(init=False, slots=True, unsafe_hash=True)
class Trigger:
    """A lexicon match: the tokens expressing an act and the CAMEO code they support."""

    first: int
    last: int
    cameo: str
    kind: str  # "V" verbal, "N" nominal
    mode: str
    flags: frozenset[str]
    size: int  # number of pattern items matched: longer patterns are more specific

    def __init__(
        self,
        first: int,
        last: int,
        cameo: str,
        kind: str,
        mode: str,
        flags: frozenset[str],
        size: int,
    ) -> None:
        self.first = first
        self.last = last
        self.cameo = cameo
        self.kind = kind
        self.mode = mode
        self.flags = flags
        self.size = size
