"""TimeML in and out: tagging TempEval-3 documents and scoring them (Task A)."""

from __future__ import annotations

from .document import TimeMLDocument, annotate, input_files, read_document, tag_document
from .score import Scores, score_folders

__all__ = [
    "Scores",
    "TimeMLDocument",
    "annotate",
    "input_files",
    "read_document",
    "score_folders",
    "tag_document",
]
