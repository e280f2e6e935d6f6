"""Political-event coding: who did what to whom in a news sentence, in CAMEO and PLOVER."""

from __future__ import annotations

from pathlib import Path

from . import coder as _coder
from .coder import clear_caches, code_sentence, main_event
from .model import PLOVER_EVENTS, CodedEvent

# Whether the coder's modules were compiled to C by setup.py (else they run as plain Python).
COMPILED = not str(_coder.__file__).endswith(".py")


def stale_sources(package: Path | None = None) -> list[str]:
    """The coder's source files changed after it was compiled, by name: Python loads the
    compiled modules first, so such changes do not run until `make setup` compiles again.
    Empty for plain Python. A second's grace covers files an installer writes one by one.
    `package` is the coder's folder (this one unless given)."""
    package = package or Path(__file__).parent
    built = [p.stat().st_mtime for p in package.iterdir() if p.suffix in (".so", ".pyd")]
    if not built:
        return []
    oldest = min(built)
    return sorted(
        p.name
        for p in package.glob("*.py")
        if p.name != "__init__.py" and p.stat().st_mtime > oldest + 1  # never compiled
    )


__all__ = [
    "COMPILED",
    "PLOVER_EVENTS",
    "CodedEvent",
    "clear_caches",
    "code_sentence",
    "main_event",
    "stale_sources",
]
