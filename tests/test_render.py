"""The report, the chart and the exports treat article text as data, never as code."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from timeline.article import Article
from timeline.cli import cli
from timeline.events import extract_events
from timeline.export import neutralise_formulas, to_bytes
from timeline.render import build_figure, render_report, stack_lanes
from timeline.table import events_table

from .conftest import ROOT

HOSTILE = Article(
    article_id="x",
    title="<script>alert(1)</script> Talks",
    url="javascript:alert(1)",
    publisher='"><img src=x onerror=alert(2)>',
    text=(
        'Officials met on Tuesday "><img src=x onerror=alert(3)> and <script>alert(4)</script>.\n'
        '=HYPERLINK("http://evil") was typed on Monday.\n'
    ),
    published=date(2021, 4, 15),
    path="x.txt",
)


def test_report_escapes_article_text() -> None:
    events = extract_events([HOSTILE])
    assert len(events) == 2
    html = render_report(events, [HOSTILE], build_figure(events, title=HOSTILE.title))
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html  # shown, not linked
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Talks" in html
    assert "<mark>Tuesday</mark>" in html


def test_hover_text_is_escaped() -> None:
    events = extract_events([HOSTILE])
    figure = build_figure(events, title=HOSTILE.title)
    hover = " ".join(str(t) for trace in figure.data for t in (trace.hovertext or ()))
    assert "<img" not in hover and "<script" not in hover
    assert "&lt;img src=x" in hover and "onerror=alert(3)&gt;" in hover
    # The figure JSON embedded in the page cannot close its <script> element.
    assert (
        "</script"
        not in figure.to_html(full_html=False, include_plotlyjs=False)
        .split("<script", 1)[1]
        .split("</script>", 1)[0]
    )


def test_spreadsheet_formulas_are_neutralised() -> None:
    table = events_table(extract_events([HOSTILE]))
    sentences = list(neutralise_formulas(table)["sentence"])
    assert sentences[1].startswith("'=HYPERLINK")
    rows = list(csv.DictReader(io.StringIO(to_bytes(table, "csv").decode("utf-8-sig"))))
    assert rows[1]["sentence"].startswith("'=HYPERLINK")
    assert rows[1]["char_start"] == str(HOSTILE.text.index("Monday"))
    # JSON keeps the text as written: it is not opened by a spreadsheet.
    assert json.loads(to_bytes(table, "json"))[1]["sentence"].startswith("=HYPERLINK")


def test_csv_keeps_utf8_text() -> None:
    article = Article(
        article_id="a",
        text="Le président s’est rendu à Genève on Tuesday — “enfin”.",
        published=date(2021, 4, 15),
        path="a.txt",
    )
    data = to_bytes(events_table(extract_events([article])), "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Genève on Tuesday — “enfin”" in data.decode("utf-8-sig")


def test_precision_is_drawn_honestly() -> None:
    article = Article(
        article_id="a",
        text="They met on Tuesday. A summit is planned this summer. Trade fell last year.",
        published=date(2021, 4, 15),
        path="a.txt",
    )
    figure = build_figure(extract_events([article]))
    events = [t for t in figure.data if t.meta == "events"]
    bars = [t for t in events if t.type == "bar"]
    points = [t for t in events if t.type == "scatter"]
    assert sorted(b for bar in bars for b in bar.base) == ["2020-01-01", "2021-06-01"]
    day = 86_400_000
    assert sorted(x for bar in bars for x in bar.x) == [92 * day, 366 * day]
    assert [x for trace in points for x in trace.x] == ["2021-04-13T12:00:00"]
    published = [s for s in figure.layout.shapes if s.line.dash == "dot"]
    assert [s.x0 for s in published] == ["2021-04-15T12:00:00"]


def test_stacked_lanes_never_overlap() -> None:
    spans = [(0, 10), (5, 15), (11, 20), (0, 30), (16, 18)]
    lanes = stack_lanes(spans)
    for i, a in enumerate(spans):
        for j, b in enumerate(spans):
            if i < j and lanes[i] == lanes[j]:
                assert a[1] < b[0] or b[1] < a[0]
    assert max(lanes) == 2


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def test_render_works_from_an_installed_wheel(tmp_path: Path) -> None:
    """The wheel carries the templates: rendering needs nothing from the checkout."""
    # Build from a copy of the sources, so no build folder of the checkout can leak in.
    source = tmp_path / "source"
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name if source.exists() else _mkdir(source) / name)
    for folder in ("timeline", "templates"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(source)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("timeline-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "timeline/templates/report.html.j2" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    article = tmp_path / "story.txt"
    article.write_text("Published: 2021-04-15\n\nThey met on Tuesday.\n", encoding="utf-8")
    script = (
        "import sys, timeline, importlib.resources as r;"
        "print(timeline.__file__); print(r.files('timeline.templates'));"
        "from timeline.cli import main; sys.argv=['timeline','render','story.txt','-o','out'];"
        "main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module, templates, *wrote = result.stdout.splitlines()
    assert module.startswith(str(site)) and templates.startswith(str(site))
    assert wrote[0] == "wrote out/story/report.html"
    report = (tmp_path / "out" / "story" / "report.html").read_text(encoding="utf-8")
    assert re.search(r"<mark>Tuesday</mark>", report)


def test_render_reports_no_events_plainly(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Published: 2021-04-15\n\nThe weather was mild.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    report = (tmp_path / "out" / "plain" / "report.html").read_text(encoding="utf-8")
    assert "No dated events were found" in report
