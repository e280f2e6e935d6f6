"""Rendering events: the Plotly timeline and the HTML report."""

from __future__ import annotations

from .chart import LANE_MODES, build_figure, stack_lanes
from .plotlyjs import PLOTLYJS_MODES, files_beside
from .report import render_fragment, render_report, render_timeline_page, template_environment
from .text import highlighted_sentence

__all__ = [
    "LANE_MODES",
    "PLOTLYJS_MODES",
    "build_figure",
    "files_beside",
    "render_fragment",
    "highlighted_sentence",
    "render_report",
    "render_timeline_page",
    "stack_lanes",
    "template_environment",
]
