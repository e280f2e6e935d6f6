"""How a page gets plotly.js: inlined (offline, the default), from the CDN, or beside it."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from markupsafe import Markup

PLOTLYJS_MODES = ("inline", "cdn", "directory")
BASIC_BUNDLE = "plotly-basic.min.js"
BASIC_VERSION = "4.1.1"


@cache
def bundle() -> tuple[str, str]:
    """(file name, source) of the smallest plotly.js that draws our charts.

    The basic bundle shipped with timeline holds every trace and layout feature the charts
    use, at a quarter of the full bundle's size; when the installed plotly package pairs
    with another plotly.js version, its own full bundle is used instead.
    """
    import plotly.offline

    if plotly.offline.get_plotlyjs_version() == BASIC_VERSION:
        source = (files("timeline.render") / "assets" / BASIC_BUNDLE).read_text(encoding="utf-8")
        return BASIC_BUNDLE, source
    return "plotly.min.js", plotly.offline.get_plotlyjs()


def script_tag(mode: str) -> Markup:
    """The <script> element that loads plotly.js in a page, for `mode`."""
    if mode == "inline":
        name, source = bundle()
        # The bundle is Plotly's own minified code; "</script" never occurs inside it.
        return Markup(f'<script charset="utf-8">{source}</script>')  # noqa: S704
    if mode == "cdn":
        import plotly.offline

        version = plotly.offline.get_plotlyjs_version()
        url = f"https://cdn.plot.ly/plotly-{version}.min.js"
        return Markup(f'<script charset="utf-8" src="{url}"></script>')  # noqa: S704
    if mode == "directory":
        name, _ = bundle()
        return Markup(f'<script charset="utf-8" src="{name}"></script>')  # noqa: S704
    raise ValueError(f"unknown plotly.js mode {mode!r}; use one of {', '.join(PLOTLYJS_MODES)}")


def files_beside(mode: str) -> dict[str, bytes]:
    """Files a page needs next to it: plotly.js itself in `directory` mode."""
    if mode != "directory":
        return {}
    name, source = bundle()
    return {name: source.encode("utf-8")}
