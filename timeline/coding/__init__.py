"""Political-event coding: who did what to whom in a news sentence, in CAMEO and PLOVER."""

from __future__ import annotations

from .coder import clear_caches, code_sentence, main_event
from .model import PLOVER_EVENTS, CodedEvent

__all__ = ["PLOVER_EVENTS", "CodedEvent", "clear_caches", "code_sentence", "main_event"]
