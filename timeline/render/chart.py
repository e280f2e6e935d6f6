"""The interactive timeline: a Plotly figure where every date shows its true precision."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from html import escape

import plotly.graph_objects as go

from ..events import Event

POINT_PRECISIONS = frozenset({"minute", "hour", "part_of_day", "day"})
POINT_COLOUR = "#0b61a4"
RANGE_COLOUR = "rgba(11, 97, 164, 0.28)"
RANGE_EDGE = "rgba(11, 97, 164, 0.75)"
PUBLISHED_COLOUR = "#b5472e"
_LANE_HEIGHT = 26
_MS_PER_DAY = 86_400_000


def is_point(event: Event) -> bool:
    """Whether an event is dated to a day or finer, drawn as a marker rather than a bar."""
    return event.precision in POINT_PRECISIONS


def highlighted_sentence(event: Event, *, bold: str = "b") -> str:
    """The event's sentence, HTML-escaped, with its time expression wrapped in `<bold>`."""
    offset = event.char_start - event.sentence_start
    length = event.char_end - event.char_start
    text = event.sentence
    if event.date_basis == "inherited" or not 0 <= offset <= len(text) - length:
        return escape(text)
    return (
        escape(text[:offset])
        + f"<{bold}>"
        + escape(text[offset : offset + length])
        + f"</{bold}>"
        + escape(text[offset + length :])
    )


def stack_lanes(spans: Sequence[tuple[float, float]]) -> list[int]:
    """A lane for each (start, end) span so that no two spans in one lane overlap.

    Spans are placed in order of start, each into the first lane free by then: the fewest
    lanes greedy placement gives, and a stable picture for the same input.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    lane_ends: list[float] = []
    lanes = [0] * len(spans)
    for index in order:
        start, end = spans[index]
        for lane, lane_end in enumerate(lane_ends):
            if lane_end < start:
                lane_ends[lane] = end
                lanes[index] = lane
                break
        else:
            lanes[index] = len(lane_ends)
            lane_ends.append(end)
    return lanes


def _ordinal(day: date) -> float:
    return float(day.toordinal())


def _hover(event: Event) -> str:
    sentence = "<br>".join(textwrap.wrap(highlighted_sentence(event), 90, break_on_hyphens=False))
    basis = "" if event.date_basis in ("explicit", "relative") else f" ({event.date_basis})"
    source = escape(event.title or event.source)
    return (
        f"<b>{escape(event.date_label)}</b>{basis}<br>"
        f"{escape(event.precision)} · {escape(event.timex_value)}<br>"
        f"{sentence}<br><i>{source}</i>"
    )


def build_figure(events: Sequence[Event], *, title: str = "") -> go.Figure:
    """The timeline figure: markers for day-precise events, translucent bars for periods."""
    figure = go.Figure()
    if not events:
        figure.update_layout(
            title=escape(title),
            annotations=[{"text": "No dated events found", "showarrow": False}],
        )
        return figure
    first = min(e.date_start for e in events)
    last = max(max(e.date_end for e in events), max(e.published for e in events))
    first = min(first, min(e.published for e in events))
    total = max((last - first).days, 1)
    # A marker needs room on screen: about 1/80 of the visible range on each side.
    pad = total / 80
    spans = [(_ordinal(e.date_start) - pad, _ordinal(e.date_end) + 1 + pad) for e in events]
    lanes = stack_lanes(spans)

    ranges = [(e, lane) for e, lane in zip(events, lanes, strict=True) if not is_point(e)]
    points = [(e, lane) for e, lane in zip(events, lanes, strict=True) if is_point(e)]
    if ranges:
        figure.add_trace(
            go.Bar(
                name="dated to a period (week, month, season, year…)",
                meta="events",
                orientation="h",
                base=[e.date_start.isoformat() for e, _ in ranges],
                x=[((e.date_end - e.date_start).days + 1) * _MS_PER_DAY for e, _ in ranges],
                y=[lane for _, lane in ranges],
                width=0.7,
                marker={"color": RANGE_COLOUR, "line": {"color": RANGE_EDGE, "width": 1}},
                hovertext=[_hover(e) for e, _ in ranges],
                hoverinfo="text",
            )
        )
        figure.add_trace(
            go.Scatter(
                name="centre of a period",
                meta="centres",
                mode="markers",
                x=[_midpoint(e) for e, _ in ranges],
                y=[lane for _, lane in ranges],
                marker={"symbol": "circle-open", "size": 9, "color": POINT_COLOUR},
                hovertext=[_hover(e) for e, _ in ranges],
                hoverinfo="text",
                showlegend=False,
            )
        )
    if points:
        figure.add_trace(
            go.Scatter(
                name="dated to a day",
                meta="events",
                mode="markers",
                x=[datetime.combine(e.date_start, time(12)).isoformat() for e, _ in points],
                y=[lane for _, lane in points],
                marker={"symbol": "circle", "size": 11, "color": POINT_COLOUR},
                hovertext=[_hover(e) for e, _ in points],
                hoverinfo="text",
            )
        )
    lane_count = max(lanes) + 1
    _mark_publication(figure, sorted({e.published for e in events}))
    margin = timedelta(days=max(2, total // 20))
    figure.update_layout(
        title={"text": escape(title), "x": 0.01, "y": 0.98, "yref": "container", "yanchor": "top"}
        if title
        else None,
        height=max(320, 190 + _LANE_HEIGHT * lane_count),
        margin={"l": 20, "r": 20, "t": 90 if title else 50, "b": 20},
        plot_bgcolor="white",
        hovermode="closest",
        hoverlabel={"align": "left"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        barmode="overlay",
        xaxis={
            "type": "date",
            "range": [(first - margin).isoformat(), (last + margin).isoformat()],
            "rangeslider": {"visible": True, "thickness": 0.08},
            "gridcolor": "#e5e5e5",
        },
        yaxis={
            "visible": False,
            "range": [lane_count - 0.4, -0.6],
            "fixedrange": True,
        },
    )
    return figure


def _midpoint(event: Event) -> str:
    start = datetime.combine(event.date_start, time(0))
    end = datetime.combine(event.date_end + timedelta(days=1), time(0))
    return (start + (end - start) / 2).isoformat()


def _mark_publication(figure: go.Figure, days: list[date]) -> None:
    for day in days:
        x = datetime.combine(day, time(12)).isoformat()
        figure.add_shape(
            type="line",
            x0=x,
            x1=x,
            yref="paper",
            y0=0,
            y1=1,
            line={"color": PUBLISHED_COLOUR, "width": 1.5, "dash": "dot"},
        )
        figure.add_annotation(
            x=x,
            yref="paper",
            y=1,
            text=f"published {day.day} {day:%b %Y}",
            showarrow=False,
            xanchor="left",
            yanchor="bottom",
            font={"color": PUBLISHED_COLOUR, "size": 11},
        )
