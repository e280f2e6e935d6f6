"""The interactive timeline: lanes of actors, dates drawn at their true precision."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from html import escape

import plotly.graph_objects as go

from ..events import Event
from .labels import act_summary, actor_line, lane_label
from .text import highlighted_sentence, safe_link

POINT_PRECISIONS = frozenset({"minute", "hour", "part_of_day", "day"})
LANE_MODES = ("actor", "type", "article")
# QuadClass colours from the Okabe-Ito palette, safe for colour-blind readers: blues and
# green for cooperation, orange and vermillion for conflict; grey for context rows.
QUAD_CLASSES = {
    1: ("Verbal cooperation", "#0072B2"),
    2: ("Material cooperation", "#009E73"),
    3: ("Verbal conflict", "#E69F00"),
    4: ("Material conflict", "#D55E00"),
    0: ("Context (no coded act)", "#8C8C8C"),
}
PUBLISHED_COLOUR = "#6A3D9A"
CONTEXT_LANE = "Context"
_ROW_HEIGHT = 18
_MS_PER_DAY = 86_400_000


def is_point(event: Event) -> bool:
    """Whether an event is dated to a day or finer, drawn as a marker rather than a bar."""
    return event.precision in POINT_PRECISIONS


def lane_key(event: Event, mode: str) -> str:
    """The lane an event is drawn in: its acting country or organisation, its PLOVER type,
    or its article; context rows have a lane of their own."""
    if mode == "article":
        return event.title or event.article_id
    if not event.coded:
        return CONTEXT_LANE
    if mode == "type":
        return event.plover_event
    return event.actor1_country or event.actor1_code or event.actor1_name or "Unknown actor"


def stack_lanes(spans: Sequence[tuple[float, float]]) -> list[int]:
    """A row for each (start, end) span so that no two spans in one row overlap.

    Spans are placed in order of start, each into the first row free by then: the fewest
    rows greedy placement gives, and a stable picture for the same input.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    row_ends: list[float] = []
    rows = [0] * len(spans)
    for index in order:
        start, end = spans[index]
        for row, row_end in enumerate(row_ends):
            if row_end < start:
                row_ends[row] = end
                rows[index] = row
                break
        else:
            rows[index] = len(row_ends)
            row_ends.append(end)
    return rows


def _hover(event: Event) -> str:
    sentence = "<br>".join(textwrap.wrap(highlighted_sentence(event, tag="b"), 90,
                                         break_on_hyphens=False))  # fmt: skip
    lines = [f"<b>{escape(event.date_label)}</b> · {escape(event.precision.replace('_', ' '))}"]
    if event.date_basis in ("inherited", "publication"):
        lines[0] += f" ({event.date_basis})"
    if event.coded:
        lines.append(escape(actor_line(event)))
        lines.append(escape(act_summary(event)))
    lines.append(sentence)
    lines.append(f"<i>{escape(event.title or event.source)}</i>")
    return "<br>".join(lines)


def _initial_range(events: Sequence[Event]) -> tuple[date, date]:
    """A first view that shows most events at a readable scale: from the 10th percentile of
    start dates to the last date, padded; the range slider reaches the rest."""
    starts = sorted(e.date_start for e in events)
    first = starts[len(starts) // 10]
    last = max(max(e.date_end for e in events), max(e.published for e in events))
    first = min(first, min(e.published for e in events))
    span = max((last - first).days, 21)
    pad = timedelta(days=max(3, span // 20))
    return first - pad, last + pad


def build_figure(events: Sequence[Event], *, title: str = "", lanes: str = "actor") -> go.Figure:
    """The timeline figure: a lane per actor (or type, or article); markers for day-precise
    events, translucent bars over the whole interval for periods; colour by QuadClass."""
    figure = go.Figure()
    if not events:
        figure.update_layout(
            title={"text": escape(title)} if title else None,
            annotations=[{"text": "No dated events found", "showarrow": False}],
            xaxis={"visible": False},
            yaxis={"visible": False},
        )
        return figure
    keys = [lane_key(e, lanes) for e in events]
    counts = Counter(keys)
    order = sorted(counts, key=lambda k: (k == CONTEXT_LANE, -counts[k], k))
    view_start, view_end = _initial_range(events)
    # Room for a marker on screen: about 1/80 of the first view on each side.
    pad = max((view_end - view_start).days / 80, 0.5)
    rows: list[int] = [0] * len(events)
    lane_rows: dict[str, tuple[int, int]] = {}  # lane -> (first row, row count)
    next_row = 0
    for key in order:
        members = [i for i, k in enumerate(keys) if k == key]
        spans = [
            (events[i].date_start.toordinal() - pad, events[i].date_end.toordinal() + 1 + pad)
            for i in members
        ]
        stacked = stack_lanes(spans)
        for index, row in zip(members, stacked, strict=True):
            rows[index] = next_row + row
        lane_rows[key] = (next_row, max(stacked) + 1)
        next_row += max(stacked) + 1
    total_rows = next_row

    for quad, (name, colour) in QUAD_CLASSES.items():
        chosen = [i for i, e in enumerate(events) if (e.quad_class or 0) == quad]
        periods = [i for i in chosen if not is_point(events[i])]
        points = [i for i in chosen if is_point(events[i])]
        if periods:
            figure.add_trace(_bars(events, rows, periods, name, colour))
            figure.add_trace(_centres(events, rows, periods, name, colour))
        if points:
            figure.add_trace(_points(events, rows, points, name, colour))
    _legend_for_shapes(figure)
    _lane_guides(figure, order, lane_rows)
    _mark_publication(figure, sorted({e.published for e in events}))
    figure.update_layout(
        title={"text": escape(title), "x": 0.01, "y": 0.98, "yref": "container", "yanchor": "top"}
        if title
        else None,  # fmt: skip
        height=max(360, 200 + _ROW_HEIGHT * total_rows),
        margin={"l": 10, "r": 20, "t": 90 if title else 60, "b": 20},
        plot_bgcolor="white",
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"color": "#1d1d1f"}},
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.01,
            "x": 0,
            "font": {"size": 11},
        },  # fmt: skip
        barmode="overlay",
        xaxis={
            "type": "date",
            "range": [view_start.isoformat(), view_end.isoformat()],
            "rangeslider": {"visible": True, "thickness": 0.06},
            "gridcolor": "#e5e5e5",
        },
        yaxis={
            "range": [total_rows - 0.4, -0.6],
            "tickvals": [first + (count - 1) / 2 for first, count in lane_rows.values()],
            "ticktext": [escape(lane_label(k, lanes)) for k in lane_rows],
            "showgrid": False,
            "zeroline": False,
            "automargin": True,
            "fixedrange": True,
        },
    )
    return figure


def _customdata(events: Sequence[Event], indices: list[int]) -> list[str]:
    return [safe_link(events[i].url) for i in indices]


def _bars(events, rows, indices, name, colour) -> go.Bar:
    return go.Bar(
        name=name,
        legendgroup=name,
        showlegend=False,
        meta="events",
        orientation="h",
        base=[events[i].date_start.isoformat() for i in indices],
        x=[((events[i].date_end - events[i].date_start).days + 1) * _MS_PER_DAY for i in indices],
        y=[rows[i] for i in indices],
        width=0.7,
        marker={"color": colour, "opacity": 0.3, "line": {"color": colour, "width": 1}},
        hovertext=[_hover(events[i]) for i in indices],
        hoverinfo="text",
        customdata=_customdata(events, indices),
    )


def _centres(events, rows, indices, name, colour) -> go.Scatter:
    return go.Scatter(
        name=name,
        legendgroup=name,
        showlegend=False,
        meta="centres",
        mode="markers",
        x=[_midpoint(events[i]) for i in indices],
        y=[rows[i] for i in indices],
        marker={"symbol": "circle-open", "size": 8, "color": colour, "line": {"width": 2}},
        hovertext=[_hover(events[i]) for i in indices],
        hoverinfo="text",
        customdata=_customdata(events, indices),
    )


def _points(events, rows, indices, name, colour) -> go.Scatter:
    return go.Scatter(
        name=name,
        legendgroup=name,
        meta="events",
        mode="markers",
        x=[datetime.combine(events[i].date_start, time(12)).isoformat() for i in indices],
        y=[rows[i] for i in indices],
        marker={
            "symbol": "circle",
            "size": 10,
            "color": colour,
            "line": {"color": "white", "width": 1},
        },  # fmt: skip
        hovertext=[_hover(events[i]) for i in indices],
        hoverinfo="text",
        customdata=_customdata(events, indices),
    )


def _legend_for_shapes(figure: go.Figure) -> None:
    """Two legend entries that explain the marks: a dot is a day, a bar a period."""
    for name, symbol in (("dated to a day", "circle"), ("dated to a period", "square")):
        figure.add_trace(
            go.Scatter(
                name=name,
                x=[None],
                y=[None],
                mode="markers",
                marker={
                    "symbol": symbol,
                    "color": "#555555",
                    "size": 10,
                    "opacity": 1 if symbol == "circle" else 0.35,
                },  # fmt: skip
                hoverinfo="skip",
                meta="legend",
            )
        )


def _lane_guides(
    figure: go.Figure, order: list[str], lane_rows: dict[str, tuple[int, int]]
) -> None:
    """A thin line between lanes, so a lane reads as one band."""
    for key in order[1:]:
        first, _ = lane_rows[key]
        figure.add_shape(
            type="line",
            xref="paper",
            x0=0,
            x1=1,
            y0=first - 0.5,
            y1=first - 0.5,
            line={"color": "#d0d0d0", "width": 1},
        )


def _midpoint(event: Event) -> str:
    start = datetime.combine(event.date_start, time(0))
    end = datetime.combine(event.date_end + timedelta(days=1), time(0))
    return (start + (end - start) / 2).isoformat()


def _mark_publication(figure: go.Figure, days: list[date]) -> None:
    """A dotted line at each publication day; one label for days close together."""
    groups: list[list[date]] = []
    for day in days:
        if groups and (day - groups[-1][-1]).days <= 7:
            groups[-1].append(day)
        else:
            groups.append([day])
    for group in groups:
        for day in group:
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
        first, last = group[0], group[-1]
        if first == last:
            text = f"published {first.day} {first:%b %Y}"
        else:
            text = f"published {first.day}–{last.day} {last:%b %Y}"
            if (first.month, first.year) != (last.month, last.year):
                text = f"published {first.day} {first:%b} – {last.day} {last:%b %Y}"
        figure.add_annotation(
            x=datetime.combine(last, time(12)).isoformat(),
            yref="paper",
            y=1,
            text=text,
            showarrow=False,
            xanchor="left",
            yanchor="bottom",
            font={"color": PUBLISHED_COLOUR, "size": 11},
        )


# Opens an event's source when it is clicked; only http(s) addresses ever reach customdata.
CLICK_SCRIPT = """
var gd = document.getElementById('{plot_id}');
if (gd && gd.on) {
  gd.on('plotly_click', function (data) {
    var url = data && data.points && data.points[0] && data.points[0].customdata;
    if (typeof url === 'string' && /^https?:\\/\\//.test(url)) {
      window.open(url, '_blank', 'noopener');
    }
  });
}
"""
