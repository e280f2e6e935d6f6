"""Political-event coding: who did what to whom in a news sentence, in CAMEO and PLOVER."""

from __future__ import annotations

from .coder import code_sentence, main_event
from .model import PLOVER_EVENTS, CodedEvent

__all__ = ["PLOVER_EVENTS", "CodedEvent", "code_sentence", "main_event"]
