"""Dating the statements of an article from its time expressions.

The rule, in order, for each sentence of the story (page furniture and headings excluded):

1. Each time expression in the sentence that names a calendar date gives one event, dated
   by it: `explicit` when the text writes the date out ("April 15, 2021", "2016"),
   `relative` when it is resolved against the publication date ("Tuesday", "last month").
   A duration used as an offset ("a month after ...") dates the thing it points to.
2. "now", "currently" and the like date the statement to the publication day: `publication`.
3. A sentence with no date of its own inherits the date of the sentence before it in the
   same paragraph (`inherited`) when it visibly continues that sentence's episode: it opens
   with a word that points back ("Under the order, ...", "He ...", "During the call, ...")
   or closes a quotation ("..., he added."). A sentence that opens on a new subject ("The
   Kremlin said ...") may tell of another time, so it is left undated. The chain stops at
   the paragraph's end.

Durations, sets ("every week") and vague references ("recently") date nothing.
"""

from __future__ import annotations

import re

from ..article import Article
from ..temporal import Timex, date_label, tag, value_interval
from .model import DateBasis, Event
from .sentences import Sentence, split_sentences


def date_events(article: Article) -> list[Event]:
    """The dated events of one article, in text order."""
    if article.published is None:
        raise ValueError(f"article {article.article_id} has no publication date")
    timexes = tag(article.text, article.published)
    sentences = [s for s in split_sentences(article.text, title=article.title) if s.narrative]
    events: list[Event] = []
    cursor = 0
    carried: tuple[Timex, int] | None = None  # (date-giving expression, its paragraph)
    for index, sentence in enumerate(sentences):
        while cursor < len(timexes) and timexes[cursor].start < sentence.start:
            cursor += 1
        own: list[Timex] = []
        while cursor < len(timexes) and timexes[cursor].end <= sentence.end:
            own.append(timexes[cursor])
            cursor += 1
        dated = [t for t in own if _dates_something(t)]
        if dated:
            events.extend(_event(article, sentence, index, t, _basis(t)) for t in dated)
            main = next((t for t in dated if t.value != "PRESENT_REF"), None)
            carried = (main, sentence.paragraph) if main is not None else None
        elif (
            carried is not None
            and carried[1] == sentence.paragraph
            and continues_episode(sentence.text)
        ):
            events.append(_event(article, sentence, index, carried[0], "inherited"))
    return events


# Openers that point back to what was just told.
_CONTINUATION_OPENERS = frozenset(
    """he she it they we i his her its their this that these those there then also but and
    so yet still under during after afterward afterwards later meanwhile additionally
    moreover furthermore however""".split()
)
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_QUOTE_CLOSER = re.compile(
    r"(?i)\b(?:he|she|they|it|the \w+) (?:added|continued|said|told \w+|went on)\W*$"
)


def continues_episode(sentence: str) -> bool:
    """Whether a sentence visibly continues the one before it (see the module's rule 3)."""
    match = _FIRST_WORD.match(sentence)
    if match and match.group(1).lower() in _CONTINUATION_OPENERS:
        return True
    return bool(_QUOTE_CLOSER.search(sentence))


def _dates_something(timex: Timex) -> bool:
    if timex.value == "PRESENT_REF":
        return True
    value = timex.date_value
    return bool(value) and value_interval(value, timex.mod) is not None


def _basis(timex: Timex) -> DateBasis:
    if timex.value == "PRESENT_REF":
        return "publication"
    return "explicit" if timex.explicit else "relative"


def _event(
    article: Article, sentence: Sentence, index: int, timex: Timex, basis: DateBasis
) -> Event:
    assert article.published is not None
    if timex.value == "PRESENT_REF":
        start = end = article.published
        precision = "day"
        label = date_label(article.published.isoformat())
    else:
        interval = value_interval(timex.date_value, timex.mod)
        assert interval is not None
        start, end, precision = interval.start, interval.end, interval.precision
        label = date_label(timex.date_value, timex.mod)
    return Event(
        article_id=article.article_id,
        published=article.published,
        date_start=start,
        date_end=end,
        precision=precision,
        timex_value=timex.value,
        timex_text=timex.text,
        timex_type=timex.type,
        timex_mod=timex.mod,
        date_basis=basis,
        date_label=label,
        sentence=sentence.text,
        sentence_index=index,
        sentence_start=sentence.start,
        char_start=timex.start,
        char_end=timex.end,
        title=article.title,
        source=article.source,
        url=article.url,
    )
