"""Article text made safe for HTML: sentences with their marks, links that can be followed."""

from __future__ import annotations

from html import escape
from urllib.parse import urlparse

from ..events import Event


def highlighted_sentence(event: Event, *, tag: str = "mark", act_tag: str = "strong") -> str:
    """The sentence, HTML-escaped, the time expression in <tag>, the act's words in
    <act_tag> (each only when it lies in this sentence)."""
    text = event.sentence
    spans: list[tuple[int, int, str]] = []
    if event.date_basis != "inherited" and event.char_start is not None and event.char_end:
        spans.append((event.char_start - event.sentence_start,
                      event.char_end - event.sentence_start, tag))  # fmt: skip
    if event.act_start >= 0:
        spans.append((event.act_start - event.sentence_start,
                      event.act_end - event.sentence_start, act_tag))  # fmt: skip
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    spans.sort()
    if len(spans) == 2 and spans[0][1] > spans[1][0]:
        spans = [s for s in spans if s[2] == tag]  # overlapping: the date wins
    pieces: list[str] = []
    position = 0
    for start, end, name in spans:
        pieces.append(escape(text[position:start]))
        pieces.append(f"<{name}>{escape(text[start:end])}</{name}>")
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def safe_link(url: str) -> str:
    """`url` if it is a web address a reader can follow, else "" (no javascript: links)."""
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else ""
