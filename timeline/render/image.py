"""The chart as a static image (PNG or SVG), drawn by kaleido in an installed Chrome."""

from __future__ import annotations

import plotly.graph_objects as go

from ..errors import TimelineError

IMAGE_FORMATS = ("png", "svg")
_NO_BROWSER = (
    "cannot draw the chart as an image: no Chrome or Chromium was found; install one "
    "(Debian/Ubuntu: apt-get install chromium) or set BROWSER_PATH to its executable"
)


class ImageExportError(TimelineError):
    """A static image of the chart cannot be made on this machine."""


def figure_image(figure: go.Figure, fmt: str, *, width: int = 1200) -> bytes:
    """The figure as PNG or SVG bytes."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r}")
    try:
        from kaleido.errors import ChromeNotFoundError
    except ImportError as exc:  # pragma: no cover - kaleido is a dependency
        raise ImageExportError(_NO_BROWSER) from exc
    height = int(figure.layout.height or 500)
    try:
        return figure.to_image(format=fmt, width=width, height=height, scale=1)
    except ChromeNotFoundError as exc:
        raise ImageExportError(_NO_BROWSER) from exc
    except (OSError, RuntimeError) as exc:
        # A browser that is there but will not start ends the same way for the user.
        raise ImageExportError(f"{_NO_BROWSER} ({type(exc).__name__})") from exc
