"""Report options: how plotly.js is loaded, the embeddable fragment, static images."""

from __future__ import annotations

import re
from pathlib import Path

import plotly.offline
import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.render.plotlyjs import BASIC_VERSION, bundle

from .conftest import EXAMPLE


def render(tmp_path: Path, *options: str):
    result = CliRunner().invoke(cli, ["render", str(EXAMPLE), "-o", str(tmp_path), *options])
    return result, tmp_path / "biden-russia-sanctions"


def test_basic_bundle_matches_the_installed_plotly() -> None:
    name, source = bundle()
    assert plotly.offline.get_plotlyjs_version() == BASIC_VERSION
    assert name == "plotly-basic.min.js" and f"v{BASIC_VERSION}" in source[:200]


def test_inline_report_is_one_offline_file(tmp_path: Path) -> None:
    result, folder = render(tmp_path)
    assert result.exit_code == 0, result.output
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", report)
    assert (folder / "report.html").stat().st_size < 1_400_000


def test_cdn_report_loads_plotly_from_the_cdn(tmp_path: Path) -> None:
    result, folder = render(tmp_path, "--plotlyjs", "cdn")
    assert result.exit_code == 0, result.output
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert f'src="https://cdn.plot.ly/plotly-{BASIC_VERSION}.min.js"' in report
    assert (folder / "report.html").stat().st_size < 250_000


def test_directory_mode_writes_plotly_beside_the_pages(tmp_path: Path) -> None:
    result, folder = render(tmp_path, "--plotlyjs", "directory")
    assert result.exit_code == 0, result.output
    assert (folder / "plotly-basic.min.js").stat().st_size > 500_000
    for page in ("report.html", "timeline.html"):
        assert 'src="plotly-basic.min.js"' in (folder / page).read_text(encoding="utf-8")


def test_fragment_is_scoped_and_embeddable(tmp_path: Path) -> None:
    result, folder = render(tmp_path, "--fragment", "--plotlyjs", "cdn")
    assert result.exit_code == 0, result.output
    fragment = (folder / "fragment.html").read_text(encoding="utf-8")
    for tag in ("<html", "<head>", "<body", "<!DOCTYPE"):
        assert tag not in fragment
    css = fragment.split("<style>", 1)[1].split("</style>", 1)[0]
    selectors = [s.strip() for block in re.findall(r"([^{}]+)\{", css) for s in block.split(",")]
    for selector in selectors:
        if selector.startswith("@media") or not selector:
            continue
        assert selector.startswith(".tl-report"), selector
    ids = re.findall(r'id="([^"]+)"', fragment)
    root = re.search(r'<div class="tl-report" id="(tl-[0-9a-f]+)"', fragment)
    assert root and all(i.startswith(root.group(1)) for i in ids)


def test_png_without_a_browser_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
    result, folder = render(tmp_path, "--png")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: cannot draw the chart as an image: no Chrome or Chromium was found; install"
    )
    assert len(result.stderr.splitlines()) == 1
    assert not folder.exists()
