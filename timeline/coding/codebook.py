"""The shipped CAMEO codebook: QuadClass, Goldstein and the PLOVER event and mode per code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import Modality, Trigger


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One CAMEO code with its GDELT QuadClass and Goldstein value and its PLOVER mapping."""

    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover_event: str
    plover_mode: str


@cache
def codebook() -> dict[str, CameoEntry]:
    """All CAMEO codes in `timeline/data/cameo_codebook.csv`, keyed by code ("163", "0841")."""
    text = resources.files("timeline.data").joinpath("cameo_codebook.csv").read_text("utf-8")
    entries: dict[str, CameoEntry] = {}
    for row in csv.DictReader(text.splitlines()):
        entries[row["cameo_code"]] = CameoEntry(
            code=row["cameo_code"],
            root=row["root"],
            name=row["name"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]),
            plover_event=row["plover_event"],
            plover_mode=row["plover_mode"],
        )
    return entries


def lookup(code: str) -> CameoEntry:
    """The entry for `code`; raises KeyError for a code the codebook does not have."""
    return codebook()[code]


def plover_type(trigger: Trigger, entry: CameoEntry, mood: Modality) -> tuple[str, str]:
    """The PLOVER type and mode of an act: the codebook's for its CAMEO code, unless the
    lexicon entry names the type PLOVER 2.0 gives that wording (a flag `plover:TYPE`): a
    resignation is RETREAT (mode resign) though CAMEO files it under acceding to demands;
    declaring a ceasefire is CONCEDE, a declaration and not yet its implementation. A
    RETREAT only promised is CONCEDE, as for the codebook's own retreats."""
    mode = trigger.mode or entry.plover_mode
    if entry.code != trigger.cameo:
        return entry.plover_event, mode  # recoded ("would not resign" is a refusal)
    for flag in trigger.flags:
        if flag.startswith("plover:"):
            event = flag.removeprefix("plover:")
            if event == "RETREAT" and mood in ("future", "hypothetical"):
                return "CONCEDE", ""
            return event, mode if event == "RETREAT" else ""
    return entry.plover_event, mode
