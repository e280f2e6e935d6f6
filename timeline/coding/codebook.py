"""The shipped CAMEO codebook: QuadClass, Goldstein and the PLOVER event and mode per code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


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
