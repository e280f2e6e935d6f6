"""The report, the timeline and the fragment in a real (headless) Chromium.

Runs where a Chromium or Chrome is installed (Debian's `chromium`, or BROWSER_PATH);
skipped elsewhere, except under CI (CI=1, set by .ci/run), where a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from timeline.article import Article
from timeline.events import extract_events
from timeline.render import build_figure, render_fragment, render_report

from .conftest import EXAMPLE

_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser_path() -> str | None:
    for candidate in (os.environ.get("BROWSER_PATH"), "chromium", "chromium-browser",
                      "google-chrome", "chrome"):  # fmt: skip
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    path = _browser_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        path = None
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("no Chromium for the browser tests; .ci/run installs Debian's chromium")
        pytest.skip("no Chromium or Chrome installed (set BROWSER_PATH to use one)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=_ARGS)
        yield launched
        launched.close()


def open_page(browser, url: str, *, javascript: bool = True):
    viewport = {"width": 1280, "height": 900}
    context = browser.new_context(java_script_enabled=javascript, viewport=viewport)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url)
    return page, problems


# Counts the marks drawn in the SVG for the traces that carry events (meta "events"):
# the n-th scatter (bar) trace of the data is the n-th trace group of its layer.
_COUNT_EVENT_MARKS = """
(id) => {
  const gd = document.getElementById(id);
  const layers = {scatter: ".scatterlayer .trace", bar: ".barlayer .trace"};
  const seen = {scatter: 0, bar: 0};
  let drawn = 0;
  gd._fullData.forEach((trace) => {
    const kind = trace.type;
    const group = gd.querySelectorAll(layers[kind])[seen[kind]++];
    if (trace.meta !== "events" || !group) return;
    drawn += group.querySelectorAll(kind === "bar" ? ".point path" : "path.point").length;
  });
  return drawn;
}
"""


def _chart_id(page) -> str:
    return page.eval_on_selector(".plotly-graph-div", "node => node.id")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory):
    from timeline.article import read_articles

    articles = read_articles([str(EXAMPLE)])
    events = extract_events(articles)
    folder = tmp_path_factory.mktemp("report")
    figure = build_figure(events, title=articles[0].title)
    (folder / "report.html").write_text(render_report(events, articles, figure), "utf-8")
    return folder, events


def test_report_draws_every_event(browser, reference) -> None:
    folder, events = reference
    page, problems = open_page(browser, (folder / "report.html").as_uri())
    page.wait_for_selector(".plotly-graph-div .main-svg")
    assert page.evaluate(_COUNT_EVENT_MARKS, _chart_id(page)) == len(events)
    assert page.locator(".tl-report tbody tr").count() == len(events)
    page.screenshot(path=str(folder / "report.png"), full_page=True)
    assert problems == []


def test_report_table_without_javascript(browser, reference) -> None:
    folder, events = reference
    page, _ = open_page(browser, (folder / "report.html").as_uri(), javascript=False)
    assert page.locator(".tl-report tbody tr").count() == len(events)
    assert page.locator(".tl-nojs").is_visible()
    assert page.locator(".plotly-graph-div .main-svg").count() == 0


HOSTILE = Article(
    article_id="hostile",
    title='<script>alert("title")</script> Talks',
    url="javascript:alert('url')",
    publisher='"><img src=x onerror=alert("publisher")>',
    text=(
        'Officials met on Tuesday "><img src=x onerror=alert("text")> and '
        "<script>alert('script')</script> agreed.\n"
        "The summit was held last week <b onmouseover=alert('hover')>here</b>.\n"
    ),
    published=date(2021, 4, 15),
    path="hostile.txt",
)


def test_crafted_article_runs_nothing(browser, tmp_path: Path) -> None:
    events = extract_events([HOSTILE])
    figure = build_figure(events, title=HOSTILE.title)
    report = tmp_path / "report.html"
    report.write_text(render_report(events, [HOSTILE], figure), encoding="utf-8")
    page, problems = open_page(browser, report.as_uri())
    page.wait_for_selector(".plotly-graph-div .main-svg")
    # Hover every mark: hover text must not run anything either.
    for point in page.locator(".plotly-graph-div .scatterlayer .point").all():
        point.hover(force=True)
    page.locator(".tl-report a").all()  # the javascript: URL is not a link at all
    assert page.locator(".tl-report a[href^='javascript']").count() == 0
    assert page.locator(".tl-report img").count() == 0
    assert problems == []


def test_two_fragments_on_one_page(browser, tmp_path: Path) -> None:
    from timeline.article import read_articles

    first = read_articles([str(EXAMPLE)])
    second = [HOSTILE]
    parts = []
    for articles in (first, second):
        events = extract_events(articles)
        figure = build_figure(events, title=articles[0].title)
        parts.append(render_fragment(events, articles, figure))
    page_file = tmp_path / "host.html"
    page_file.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Host</title>"
        "<style>h1 { color: rgb(255, 0, 0); }</style></head><body><h1 id='host'>Host page</h1>"
        + "".join(parts)
        + "</body></html>",
        encoding="utf-8",
    )
    page, problems = open_page(browser, page_file.as_uri())
    page.wait_for_function("document.querySelectorAll('.plotly-graph-div .main-svg').length >= 2")
    charts = page.eval_on_selector_all(".plotly-graph-div", "nodes => nodes.map(n => n.id)")
    assert len(charts) == len(set(charts)) == 2
    for chart, articles in zip(charts, (first, second), strict=True):
        assert page.evaluate(_COUNT_EVENT_MARKS, chart) == len(extract_events(articles))
    # The host page's own styles are untouched by the fragments' CSS.
    color = page.eval_on_selector("#host", "n => getComputedStyle(n).color")
    assert color == "rgb(255, 0, 0)"
    page.screenshot(path=str(tmp_path / "fragments.png"), full_page=True)
    assert problems == []


def synthetic_events(count: int = 300) -> tuple[list, list[Article]]:
    """A multi-article table of `count` events over two years, every precision and actor."""
    import random
    from datetime import timedelta

    from timeline.events import Event
    from timeline.temporal import date_label, value_interval

    rng = random.Random(11)
    articles = [
        Article(article_id=f"wire-{n}", text="", published=date(2021, 4, 10 + n),
                title=f"Wire story {n}", url=f"https://news.example.org/{n}", path="")
        for n in range(3)
    ]  # fmt: skip
    actors = [("USA", "USAGOV"), ("RUS", "RUSGOV"), ("UKR", "UKRMIL"), ("CHN", "CHNGOV"),
              ("", "IGOEU"), ("DEU", "DEUGOV"), ("IRN", "IRNGOV"), ("", "")]  # fmt: skip
    kinds = [("CONSULT", "040", 1, 1.0), ("AID", "070", 2, 7.0), ("ACCUSE", "112", 3, -2.0),
             ("ASSAULT", "190", 4, -10.0), ("SANCTION", "163", 4, -8.0)]  # fmt: skip
    events = []
    for index in range(count):
        article = articles[index % 3]
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(0, 480))
        value = rng.choice([day.isoformat(), day.isoformat(), f"{day:%Y-%m}",
                            f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}",
                            f"{day.year}-SU", str(day.year)])  # fmt: skip
        interval = value_interval(value)
        assert interval is not None
        country, code = rng.choice(actors)
        kind = rng.choice(kinds) if code else ("", "", None, None)
        events.append(
            Event(
                article_id=article.article_id, published=article.published,
                date_start=interval.start, date_end=interval.end,
                precision=interval.precision, timex_value=value, timex_text="then",
                timex_type="DATE", timex_mod="", date_basis="relative",
                date_label=date_label(value), sentence=f"Event {index} happened then.",
                sentence_index=index, sentence_start=0, char_start=16, char_end=20,
                title=article.title, source=article.url, url=article.url,
                actor1_name=code, actor1_code=code, actor1_country=country,
                event_text="happened" if code else "", plover_event=kind[0],
                cameo_code=kind[1], cameo_root=kind[1][:2], quad_class=kind[2],
                goldstein=kind[3], modality="asserted" if code else "",
                confidence=0.8 if code else None,
            )
        )  # fmt: skip
    return events, articles


def test_three_hundred_events_stay_readable(browser, tmp_path: Path) -> None:
    events, articles = synthetic_events(300)
    figure = build_figure(events, title="Three wire stories")
    report = tmp_path / "report.html"
    report.write_text(render_report(events, articles, figure), encoding="utf-8")
    page, problems = open_page(browser, report.as_uri())
    page.wait_for_selector(".plotly-graph-div .main-svg")
    assert page.evaluate(_COUNT_EVENT_MARKS, _chart_id(page)) == 300
    assert page.locator(".tl-report tbody tr").count() == 300
    page.screenshot(path=str(tmp_path / "report-300.png"), full_page=False)
    assert problems == []
