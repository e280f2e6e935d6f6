"""Paragraphs and sentences of an article, with offsets, and which of them are the story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..coding.wordclasses import ABBREVIATIONS

# Phrases that mark a paragraph as page furniture rather than article text.
BOILERPLATE = re.compile(
    r"(?i)\b(?:is not supported|optimal experience|supported browser|enable javascript|"
    r"javascript is disabled|cookie policy|use of cookies|accept cookies|privacy policy|"
    r"terms of (?:use|service)|sign up for|subscribe to (?:our|the) newsletter|"
    r"already a subscriber|all rights reserved|click here|follow us on|"
    r"share this (?:article|story)|"
    r"download (?:our|the) app|get more news|advertisement|skip to (?:main )?content)\b"
)
# Boilerplate phrases only condemn short paragraphs: a news sentence may quote one.
_BOILERPLATE_MAX_WORDS = 40
_HEADING_MAX_WORDS = 14
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”]\s*$")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.+$")
_LINE = re.compile(r"[^\n]*\n?")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article: its text, where it is and whether it is part of the story."""

    text: str
    start: int
    end: int
    paragraph: int
    narrative: bool


def split_sentences(text: str, *, title: str = "") -> list[Sentence]:
    """Split an article into sentences with offsets into `text`.

    Paragraphs are lines (or blocks of hard-wrapped lines). A paragraph that is page
    furniture ("IE 11 is not supported...") or a heading (a short line with no closing
    punctuation, such as the headline repeated in the body) is marked as not narrative;
    a text of a single paragraph is always narrative.
    """
    sentences: list[Sentence] = []
    normalised_title = _normalise(title)
    paragraphs = _paragraphs(text)
    for index, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end]
        narrative = _is_narrative(paragraph, normalised_title, alone=len(paragraphs) == 1)
        for s_start, s_end in _sentence_spans(paragraph):
            sentences.append(
                Sentence(
                    text=re.sub(r"\s", " ", paragraph[s_start:s_end]),
                    start=start + s_start,
                    end=start + s_end,
                    paragraph=index,
                    narrative=narrative,
                )
            )
    return sentences


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def _is_narrative(paragraph: str, title: str, *, alone: bool = False) -> bool:
    words = paragraph.split()
    if not words:
        return False
    if title and _normalise(paragraph) == title:
        return False
    if len(words) <= _BOILERPLATE_MAX_WORDS and BOILERPLATE.search(paragraph):
        return False
    if _TERMINAL.search(paragraph) or alone:
        return True
    # Without closing punctuation, a short line is a heading; a long one is a sentence
    # that lost its full stop.
    return len(words) > _HEADING_MAX_WORDS


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always separate; single newlines do unless hard-wrapped."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        if line.strip():
            blocks[-1].append((match.start(), match.start() + len(line.rstrip())))
        elif blocks[-1]:
            blocks.append([])
    spans: list[tuple[int, int]] = []
    for lines in blocks:
        if not lines:
            continue
        if _hard_wrapped(text, lines):
            spans.append((_skip_space(text, lines[0][0]), lines[-1][1]))
        else:
            spans.extend((_skip_space(text, s), e) for s, e in lines)
    return spans


def _skip_space(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t":
        start += 1
    return start


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """A block whose lines break mid-sentence is one paragraph wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    open_lines = sum(1 for s, e in lines[:-1] if not _TERMINAL.search(text[s:e]))
    return open_lines * 2 >= len(lines) - 1


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        if _is_abbreviation(paragraph, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(paragraph)))
    trimmed = []
    for s, e in spans:
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _is_abbreviation(paragraph: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial, not a sentence."""
    if paragraph[dot] != ".":
        return False
    match = _WORD_BEFORE.search(paragraph, max(0, dot - 20), dot + 1)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # A single capital letter is an initial: "John F. Kennedy".
    return len(word) == 1 and word.isalpha() and paragraph[match.start(1)].isupper()
