"""Temporal expressions: find them in English news text and resolve them to TimeML values."""

from __future__ import annotations

from .intervals import date_label, value_interval
from .model import PRECISIONS, Interval, Timex
from .tagger import tag

__all__ = ["PRECISIONS", "Interval", "Timex", "date_label", "tag", "value_interval"]
