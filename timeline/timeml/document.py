"""TimeML documents: read the DCT and the text of <TEXT>, write it back with our TIMEX3 tags."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..errors import InputError
from ..temporal import Timex, tag

_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT>", re.S)
_DCT_VALUE = re.compile(r"<DCT>.*?<TIMEX3\b[^>]*?\bvalue\s*=\s*[\"'](\d{4}-\d{2}-\d{2})", re.S)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|\w+);")
# Annotation elements outside <TEXT> that refer to tags we remove.
_LINKS = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\r?\n?")

INPUT_SUFFIXES = (".tml", ".TE3input")


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A TimeML file split around its <TEXT>: the raw text (entities kept) and its DCT."""

    name: str
    before: str
    raw_text: str
    after: str
    dct: date

    @property
    def text(self) -> str:
        """The plain text of <TEXT>, entities decoded: what the tagger reads."""
        return decode(self.raw_text)[0]


def output_name(path: Path) -> str:
    """AP_20130322.tml.TE3input -> AP_20130322.tml; NYT.tml -> NYT.tml."""
    name = path.name
    for suffix in (".TE3input", ".tml"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name + ".tml"


def read_document(path: Path) -> TimeMLDocument:
    """Read a TimeML file: its DCT and its <TEXT> with every existing tag removed."""
    try:
        # bytes decoded as they are: line ends ("\r\n") stay what the input has
        content = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} cannot be read as UTF-8 TimeML ({exc})") from exc
    text_match = _TEXT.search(content)
    if text_match is None:
        raise InputError(f"{path} has no <TEXT> element; give a TimeML (.tml) file")
    dct_match = _DCT_VALUE.search(content)
    if dct_match is None:
        raise InputError(f"{path} has no <DCT><TIMEX3 value=...>; add the document date")
    try:
        dct = date.fromisoformat(dct_match.group(1))
    except ValueError:
        raise InputError(f"{path} has an impossible DCT {dct_match.group(1)!r}") from None
    return TimeMLDocument(
        name=output_name(path),
        before=_LINKS.sub("", content[: text_match.start(1)]),
        raw_text=_TAG.sub("", text_match.group(1)),
        after=_LINKS.sub("", content[text_match.end(1) :]),
        dct=dct,
    )


def decode(raw: str) -> tuple[str, list[int]]:
    """Decode XML entities; also give, for each decoded character, its offset in `raw`."""
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _ENTITY.finditer(raw):
        for index in range(position, match.start()):
            chars.append(raw[index])
            offsets.append(index)
        decoded = html.unescape(match.group())
        for char in decoded:
            chars.append(char)
            offsets.append(match.start())
        position = match.end()
    for index in range(position, len(raw)):
        chars.append(raw[index])
        offsets.append(index)
    offsets.append(len(raw))
    return "".join(chars), offsets


def annotate(document: TimeMLDocument, timexes: list[Timex]) -> str:
    """The document with `timexes` as TIMEX3 tags in <TEXT>; the text itself is unchanged."""
    _, offsets = decode(document.raw_text)
    raw = document.raw_text
    pieces: list[str] = []
    position = 0
    for number, timex in enumerate(timexes, start=1):
        start, end = offsets[timex.start], offsets[timex.end]
        if start < position:
            continue  # overlapping expressions cannot both be tags
        attributes = f'tid="t{number}" type="{timex.type}" value={quoteattr(timex.value)}'
        if timex.mod:
            attributes += f" mod={quoteattr(timex.mod)}"
        pieces.append(raw[position:start])
        pieces.append(f"<TIMEX3 {attributes}>{raw[start:end]}</TIMEX3>")
        position = end
    pieces.append(raw[position:])
    return document.before + "".join(pieces) + document.after


def tag_document(document: TimeMLDocument) -> str:
    """Tag a TimeML document's text against its DCT and return the annotated document."""
    return annotate(document, tag(document.text, document.dct))


def input_files(folder: Path) -> list[Path]:
    """The TimeML files of a folder (.tml and .TE3input), sorted by name."""
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder; give a folder of .tml or .TE3input files")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(INPUT_SUFFIXES))
    if not files:
        raise InputError(f"{folder} holds no .tml or .TE3input files")
    return files
