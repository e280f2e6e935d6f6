"""Reading articles: plain text with an optional header, HTML pages, JSON Lines, standard input."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from .errors import BadDate, InputError, MissingPublicationDate
from .textio import decode_text, read_input_bytes

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
_HEADER_LINE = re.compile(r"(?i)^(title|published|source|url)[ \t]*:[ \t]*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text and what is known about it."""

    article_id: str
    text: str
    published: date | None
    title: str = ""
    url: str = ""
    publisher: str = ""
    path: str = ""
    line: int = 0

    @property
    def source(self) -> str:
        """Where the article came from: its URL when known, else the input path."""
        return self.url or self.path

    @property
    def location(self) -> str:
        """The input path, with the line number for an article of a JSON Lines file."""
        return f"{self.path} line {self.line}" if self.line else self.path


def parse_date(value: str) -> date:
    """Parse an ISO 8601 date or datetime ("2021-04-15", "2021-04-15T09:30:00-04:00").

    The calendar date is the one written, whatever the time zone: it is the publisher's day.
    """
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise BadDate(f"cannot read {value!r} as a date; use YYYY-MM-DD") from None


def parse_metadata_date(value: str) -> date:
    """Parse a publication date from article metadata: ISO first, then a written date."""
    try:
        return parse_date(value)
    except BadDate:
        pass
    import dateparser  # imported here: loading its language data is slow and rarely needed

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None:
        raise BadDate(f"cannot read {value!r} as a date; use YYYY-MM-DD")
    return parsed.date()


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading `Key: value` header block (Title, Published, Source, URL) from the body."""
    header: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    consumed = 0
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        header[match.group(1).lower()] = match.group(2)
        consumed += len(line)
    if not header:
        return {}, text
    rest = text[consumed:]
    blank = re.match(r"[ \t]*\r?\n", rest)
    if blank:
        rest = rest[blank.end() :]
    return header, rest


def article_from_text(
    text: str, *, article_id: str, path: str, published: date | None = None
) -> Article:
    """Build an Article from plain text that may start with a header block."""
    header, body = split_header(text)
    if not body.strip():
        raise InputError(
            f"{path} has a header but no article text; add the text after a blank line"
        )
    if published is None and header.get("published"):
        try:
            published = parse_metadata_date(header["published"])
        except BadDate as exc:
            raise BadDate(f"{path}: {exc}") from None
    return Article(
        article_id=article_id,
        text=body,
        published=published,
        title=header.get("title", ""),
        url=header.get("url", ""),
        publisher=header.get("source", ""),
        path=path,
    )


def article_from_html(html: str, *, article_id: str, path: str) -> Article:
    """Extract an article's main text, title, URL and publication date from an HTML page."""
    import trafilatura  # imported here: it is only needed for HTML input

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only the page's own metadata counts: never a date guessed from the body or today.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(document, "text", None) or ""
    if not text.strip():
        raise InputError(
            f"{path} has no article text that could be extracted; give the article page"
        )
    published = None
    raw_date = getattr(document, "date", None)
    if raw_date:
        try:
            published = parse_date(raw_date)
        except BadDate:
            published = None
    return Article(
        article_id=article_id,
        text=text,
        published=published,
        title=getattr(document, "title", None) or "",
        url=getattr(document, "url", None) or "",
        publisher=getattr(document, "sitename", None) or "",
        path=path,
    )


def articles_from_jsonl(
    text: str,
    *,
    path: str,
    stem: str,
    skip_bad: bool = False,
    on_skip: Callable[[str], None] | None = None,
) -> list[Article]:
    """Read one article per JSON line: `text` and `published`, optional `id`, `title`, `url`."""
    articles: list[Article] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            articles.append(_article_from_json_line(line, path=path, number=number, stem=stem))
        except (InputError, BadDate) as exc:
            if not skip_bad:
                raise
            if on_skip is not None:
                on_skip(f"skipped: {exc}")
    if not articles:
        raise InputError(f"{path} holds no articles; give one JSON object per line with 'text'")
    return articles


def _article_from_json_line(line: str, *, path: str, number: int, stem: str) -> Article:
    where = f"{path} line {number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where} is not valid JSON ({exc.msg}); fix or remove the line") from None
    if not isinstance(record, dict):
        raise InputError(f"{where} is not a JSON object; give one object per line")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where} has no 'text'; each line needs the article text")
    published = None
    raw = record.get("published")
    if raw not in (None, ""):
        try:
            published = parse_metadata_date(str(raw))
        except BadDate as exc:
            raise BadDate(f"{where}: {exc}") from None
    raw_id = record.get("id")
    return Article(
        article_id=str(raw_id) if raw_id not in (None, "") else f"{stem}-{number}",
        text=body,
        published=published,
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        publisher=_string(record.get("source")),
        path=path,
        line=number,
    )


def _string(value: object) -> str:
    return "" if value is None else str(value)


def read_articles(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    skip_bad: bool = False,
    on_skip: Callable[[str], None] | None = None,
) -> list[Article]:
    """Read every input (path or "-") into articles with a publication date.

    `.html`/`.htm` files are web pages, `.jsonl` files hold one article per line, and
    anything else (`.txt`, standard input) is plain text with an optional header block.

    `published` overrides each article's own metadata. Raises a TimelineError subclass,
    before anything is written, for the first input that cannot be used.
    """
    articles: list[Article] = []
    for name in inputs:
        for article in _read_one(name, skip_bad=skip_bad, on_skip=on_skip):
            if published is not None:
                article = replace(article, published=published)
            if article.published is None:
                if skip_bad and _is_jsonl(name):
                    if on_skip is not None:
                        on_skip(f"skipped: no publication date for {article.location}")
                    continue
                hint = "pass --published YYYY-MM-DD"
                if not name.lower().endswith(HTML_SUFFIXES + JSONL_SUFFIXES):
                    hint += " or start the file with a line 'Published: YYYY-MM-DD'"
                raise MissingPublicationDate(f"no publication date for {article.location}; {hint}")
            articles.append(article)
    return _unique_ids(articles)


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _read_one(name: str, *, skip_bad: bool, on_skip: Callable[[str], None] | None) -> list[Article]:
    if name == STDIN:
        text = decode_text(sys.stdin.buffer.read(), "standard input")
        return [article_from_text(text, article_id="stdin", path="stdin")]
    path = Path(name)
    data = read_input_bytes(path)
    suffix = path.suffix.lower()
    text = decode_text(data, name)
    if suffix in HTML_SUFFIXES:
        return [article_from_html(text, article_id=path.stem, path=name)]
    if suffix in JSONL_SUFFIXES:
        return articles_from_jsonl(
            text, path=name, stem=path.stem, skip_bad=skip_bad, on_skip=on_skip
        )
    return [article_from_text(text, article_id=path.stem, path=name)]


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    unique: list[Article] = []
    for article in articles:
        count = seen.get(article.article_id, 0) + 1
        seen[article.article_id] = count
        if count > 1:
            article = replace(article, article_id=f"{article.article_id}-{count}")
        unique.append(article)
    return unique


def output_name(inputs: list[str]) -> str:
    """The default output folder name: the first input's file name without its suffix."""
    first = inputs[0] if inputs else STDIN
    return "stdin" if first == STDIN else Path(first).stem or "timeline"
