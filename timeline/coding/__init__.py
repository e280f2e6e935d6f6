"""Political-event coding: who did what to whom in a news sentence, in CAMEO and PLOVER."""

from __future__ import annotations

from . import coder as _coder
from .coder import clear_caches, code_sentence, main_event
from .model import PLOVER_EVENTS, CodedEvent

# Whether the coder's modules were compiled to C by setup.py (else they run as plain Python).
COMPILED = not str(_coder.__file__).endswith(".py")

__all__ = ["COMPILED", "PLOVER_EVENTS", "CodedEvent", "clear_caches", "code_sentence", "main_event"]
