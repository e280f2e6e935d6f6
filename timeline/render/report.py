"""The HTML pages: the static report and the full-page timeline, from Jinja2 templates."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import plotly.graph_objects as go
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..article import Article
from ..events import Event
from .chart import CLICK_SCRIPT
from .labels import act_summary, actor_text
from .plotlyjs import script_tag
from .text import highlighted_sentence, safe_link

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def template_environment(user_dir: Path | None = None) -> Environment:
    """Jinja2 environment: templates in `user_dir` (if given) override the packaged ones."""
    loaders = [FileSystemLoader(str(user_dir))] if user_dir is not None else []
    loaders.append(FileSystemLoader(str(files("timeline.templates"))))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True, slots=True)
class ReportRow:
    label: str
    precision: str
    basis: str
    timex: str
    actor1: str
    actor2: str
    act: str
    goldstein: str
    sentence: Markup
    coded: bool
    article: str


@dataclass(frozen=True, slots=True)
class SourceInfo:
    title: str
    publisher: str
    link: str
    location: str
    published: str


def figure_html(figure: go.Figure, div_id: str) -> Markup:
    """The figure as an HTML fragment (a div and the script that draws it, no plotly.js)."""
    html = figure.to_html(
        full_html=False,
        include_plotlyjs=False,
        config=PLOTLY_CONFIG,
        default_width="100%",
        div_id=div_id,
        post_script=CLICK_SCRIPT,
    )
    return Markup(html)  # noqa: S704 - Plotly's own output; data inside it is JSON-escaped


def page_id(events: Sequence[Event], articles: Sequence[Article]) -> str:
    """An element id unique to this content, so several fragments can share a page."""
    digest = hashlib.sha1()
    for article in articles:
        digest.update(f"{article.article_id}\0{article.title}\0{article.source}\0".encode())
    for event in events:
        digest.update(f"{event.article_id}\0{event.char_start}\0{event.sentence_index}".encode())
    return "tl-" + digest.hexdigest()[:10]


def report_rows(events: Sequence[Event]) -> list[ReportRow]:
    """The report's table rows, in date order."""
    ordered = sorted(
        events, key=lambda e: (e.date_start, e.date_end, e.article_id, e.sentence_index)
    )
    return [
        ReportRow(
            label=e.date_label,
            precision=e.precision.replace("_", " "),
            basis=e.date_basis,
            timex=e.timex_text,
            actor1=actor_text(e.actor1_name, e.actor1_code),
            actor2=actor_text(e.actor2_name, e.actor2_code),
            act=act_summary(e).split(" · Goldstein")[0] if e.coded else "",
            goldstein=f"{e.goldstein:+.1f}" if e.goldstein is not None else "",
            sentence=Markup(highlighted_sentence(e)),  # noqa: S704 - escaped inside
            coded=e.coded,
            article=e.article_id,
        )
        for e in ordered
    ]


def sources(articles: Sequence[Article]) -> list[SourceInfo]:
    """What the report says about each input article."""
    return [
        SourceInfo(
            title=a.title or a.article_id,
            publisher=a.publisher,
            link=safe_link(a.url),
            location=a.url or a.path,
            published=a.published.isoformat() if a.published else "",
        )
        for a in articles
    ]


def _context(
    events: Sequence[Event], articles: Sequence[Article], figure: go.Figure, plotlyjs: str
) -> dict[str, object]:
    uid = page_id(events, articles)
    dates = [e.date_start for e in events] + [e.date_end for e in events]
    # The page's own heading carries the title; the chart does without.
    figure = go.Figure(figure).update_layout(title_text="", margin_t=50)
    return {
        "uid": uid,
        "page_title": page_title(articles),
        "sources": sources(articles),
        "rows": report_rows(events),
        "event_count": len(events),
        "coded_count": sum(1 for e in events if e.coded),
        "first_date": min(dates).isoformat() if dates else "",
        "last_date": max(dates).isoformat() if dates else "",
        "chart": figure_html(figure, f"{uid}-chart"),
        "plotly_script": script_tag(plotlyjs),
    }


def render_report(
    events: Sequence[Event],
    articles: Sequence[Article],
    figure: go.Figure,
    *,
    plotlyjs: str = "inline",
    env: Environment | None = None,
) -> str:
    """The static report: header, the interactive chart, then every event in date order."""
    context = _context(events, articles, figure, plotlyjs)
    return (env or template_environment()).get_template("report.html.j2").render(context)


def render_fragment(
    events: Sequence[Event],
    articles: Sequence[Article],
    figure: go.Figure,
    *,
    plotlyjs: str = "inline",
    env: Environment | None = None,
) -> str:
    """The report as an HTML fragment to paste into another page: no <html>/<head>/<body>,
    styles scoped under its root element, ids unique to its content."""
    context = _context(events, articles, figure, plotlyjs)
    return (env or template_environment()).get_template("fragment.html.j2").render(context)


def render_timeline_page(
    figure: go.Figure,
    articles: Sequence[Article],
    *,
    plotlyjs: str = "inline",
    env: Environment | None = None,
) -> str:
    """The interactive timeline alone, as a full page."""
    env = env or template_environment()
    return env.get_template("timeline.html.j2").render(
        page_title=page_title(articles),
        chart=figure_html(figure, "timeline-chart"),
        plotly_script=script_tag(plotlyjs),
    )


def page_title(articles: Sequence[Article]) -> str:
    """The title of a report: the article's own, or a count for several."""
    if len(articles) == 1:
        return articles[0].title or articles[0].article_id
    return f"Timeline of {len(articles)} articles"
