"""From an article to its events: sentences, time expressions, coded acts and their dates."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from ..article import Article
from ..coding import CodedEvent, code_sentence
from ..temporal import Timex, date_label, tag, value_interval
from ..temporal.tense import clause_direction
from .dating import (
    act_timex,
    continues_episode,
    dates_something,
    days_of,
    in_relative_clause,
    is_news_time,
    statement_basis,
    story_timex,
)
from .model import DateBasis, Event
from .sentences import Sentence, split_sentences

# Characters around an act beyond which no date is its own (`dating.act_timex` looks no
# further than a few dozen words).
_NEAR = 800
# Besides a sentence's main act, acts the coder is less sure of than this are left out: they
# are mostly passing mentions ("the sanctions", "a response") rather than acts told.
SECONDARY_ACT_FLOOR = 0.35
# How much an act's date adds to its confidence: its own expression, an inherited one, none.
_DATE_WEIGHT = {"explicit": 1.0, "relative": 1.0, "inherited": 0.5, "publication": 0.0}


def article_events(article: Article) -> list[Event]:
    """The events of one article in text order: its coded acts, each with its date, and a
    context row for each dated statement of a sentence with no act."""
    if article.published is None:
        raise ValueError(f"article {article.article_id} has no publication date")
    text = article.text
    timexes = tag(text, article.published)
    sentences = [s for s in split_sentences(text, title=article.title) if s.narrative]
    events: list[Event] = []
    episode: tuple[Timex, int] | None = None  # the episode's date and its paragraph
    news: Timex | None = None  # the last date of the day's news the story named
    carried: tuple[Timex, int] | None = None  # a context date and its paragraph
    whens: dict[Timex | None, _When] = {}  # each date's interval, worked out once

    def row(
        index: int,
        timex: Timex | None,
        basis: DateBasis,
        act: CodedEvent | None = None,
        act_span: tuple[int, int] = (-1, -1),
    ) -> Event:
        if timex not in whens:
            whens[timex] = _when(article, timex)
        return _row(article, sentences[index], index, whens[timex], timex, basis, act, act_span)

    cursor = 0
    for index, sentence in enumerate(sentences):
        while cursor < len(timexes) and timexes[cursor].start < sentence.start:
            cursor += 1
        own: list[Timex] = []
        while cursor < len(timexes) and timexes[cursor].end <= sentence.end:
            own.append(timexes[cursor])
            cursor += 1
        for candidate in own:
            # A date in a relative clause set off by commas tells background ("The U.S.,
            # which had warned him on Tuesday, welcomed the vote"), not the day's news.
            if is_news_time(candidate, article.published) and not in_relative_clause(
                text, candidate
            ):
                news = candidate
        coded = _without_dateline(sentence.text, opens_story=index == 0)
        acts = _told_acts(code_sentence(coded, when=article.published))
        if episode is not None and (
            episode[1] == sentence.paragraph or _GOES_ON.search(sentence.text)
        ):
            # "The gunmen were arrested days later": a new paragraph that tells what came
            # next goes on from the story's time
            inherited: Timex | None = episode[0]
        else:
            inherited = news
        if acts:
            used: list[tuple[float, Timex]] = []
            spans = [(sentence.start + a.event_start, sentence.start + a.event_end) for a in acts]
            # Only dates and acts near an act can bear on its date: looking no further keeps
            # the work proportional to the text, even for text without full stops.
            ordered = sorted(spans)
            span_starts = [span[0] for span in ordered]
            timex_starts = [t.start for t in own]
            dated_acts: list[tuple[int, Timex]] = []  # where a dated act ends, its date
            for act, (start, end) in zip(acts, spans, strict=True):
                low, high = start - _NEAR, end + _NEAR
                near = own[bisect_left(timex_starts, low) : bisect_right(timex_starts, high)]
                others = [
                    span
                    for span in ordered[
                        bisect_left(span_starts, low) : bisect_right(span_starts, high)
                    ]
                    if span != (start, end)
                ]
                timex: Timex | None = act_timex(
                    text, start, end, near, (sentence.start, sentence.end), others
                )
                if timex is None:
                    timex = _object_of_dated(text, start, dated_acts)
                basis: DateBasis
                if timex is not None:
                    basis = statement_basis(timex)
                    used.append((act.confidence, timex))
                    dated_acts.append((end, timex))
                else:
                    timex = (
                        None  # "would meet again in the medium term": not the story's time
                        if any(_elsewhen(text, t) for t in near)
                        else _inheritable(inherited, news, article.published, text, start)
                    )
                    basis = "inherited" if timex is not None else "publication"
                events.append(row(index, timex, basis, act, (start, end)))
            used.sort(key=lambda pair: -pair[0])
            told = story_timex([t for _, t in used], own, text)
            if told is not None:
                episode = (told, sentence.paragraph)
            carried = None
            continue
        dated = [t for i, t in enumerate(own) if dates_something(t) and not _restates(text, own, i)]
        if dated:
            events.extend(row(index, t, statement_basis(t)) for t in dated)
            told = story_timex([], own, text)
            if told is not None:
                episode = (told, sentence.paragraph)
            main = next((t for t in dated if t.value != "PRESENT_REF"), None)
            carried = (main, sentence.paragraph) if main is not None else None
        elif (
            carried
            and carried[1] == sentence.paragraph
            and continues_episode(sentence.text)
            and not any(_elsewhen(text, t) for t in own)
        ):
            events.append(row(index, carried[0], "inherited"))
    return events


def _elsewhen(text: str, timex: Timex) -> bool:
    """Whether a time expression puts what its clause tells after the story's episode,
    without a date: "would meet again in the medium term" (but not "a trickle that soon
    became a flood", told in the past)."""
    return timex.value == "FUTURE_REF" and clause_direction(text, timex.start, timex.end) != "past"


# What may stand between a verb and the noun it governs: "fought a 50-day war".
_OBJECT_GAP = re.compile(
    r"[ \t]+(?:(?!(?:and|but|or|nor|was|were|is|are|be|been|to|that|which|who)\b)"
    r"[\w'’-]+[ \t]+){0,3}$",
    re.I,
)


def _object_of_dated(text: str, start: int, dated_acts: list[tuple[int, Timex]]) -> Timex | None:
    """The date of the act just before this one when this one is its object ("In 2014,
    Israel fought a 50-day war with Hamas": the war is 2014's): at most three words
    between, no punctuation, conjunction or verb of being."""
    for end, timex in reversed(dated_acts):
        if end <= start and _OBJECT_GAP.match(text, end, start):
            return timex
    return None


# A wire story's dateline: "NEW YORK (Reuters) - ", "DAR ES SALAAM, Tanzania (AP) _ ",
# "WASHINGTON -- ".
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?"
    r"\s*(?P<agency>\([A-Za-z .&-]{2,30}\))?\s*(?:--|[-–—_])\s+"
)


def _without_dateline(text: str, opens_story: bool) -> str:
    """The sentence with its dateline blanked out, offsets kept: the city that opens a wire
    story is where it was filed, not who acted. Without an agency in brackets, only the
    story's first sentence has one ("NATO - the alliance - met" has none)."""
    match = _DATELINE.match(text)
    if match is None or not re.search(r"[A-Z]{2}", match.group()):
        return text
    if not match.group("agency") and not opens_story:
        return text
    return " " * match.end() + text[match.end() :]


def _restates(text: str, own: list[Timex], index: int) -> bool:
    """Whether own[index] is the time before it again, converted in brackets: "10 a.m.
    (0900 GMT)" is one moment, one row."""
    timex = own[index]
    if index == 0 or text[timex.end : timex.end + 1] != ")":
        return False
    return text[own[index - 1].end : timex.start].strip() == "("


# A present perfect just before an act: "has blocked", "have repeatedly rejected".
_PERFECT_BEFORE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:long|repeatedly|already|also|since|now|so\s+far)\s+)?$"
)
# Words that tell what came next without a date of their own.
_GOES_ON = re.compile(r"(?i)\b(?:hours|days|weeks|months|moments|minutes)\s+later\b")
# A saying in the present tense: it dates itself to the day the news is told.
_PRESENT_SAYING = re.compile(r"(?i)(?:says|say|warns|tells|insists|argues|claims|adds)\b")
# "went as far as to say", "did not say": no present tense
_NOT_FINITE_BEFORE = re.compile(
    r"(?i)\b(?:to|will|would|could|can|may|might|should|must|did|didn't|not)\s+$"
)


def _inheritable(
    inherited: Timex | None, news: Timex | None, published: date, text: str, start: int
) -> Timex | None:
    """The date an undated act takes from its episode, unless the act is told in the past
    and that date is still to come ("… is due in court on Monday. The original
    investigation took 1,200 statements"): then the day's news, if it is not ahead too."""
    if (
        inherited is not None
        and _PRESENT_SAYING.match(text, start)
        and not _NOT_FINITE_BEFORE.search(text, max(0, start - 12), start)
    ):
        return None  # "officials say", "the agency warns": said now, on the day of the news
    if (
        inherited is not None
        and _PERFECT_BEFORE.search(text, max(0, start - 24), start)
        and _before_the_news(inherited, published)
    ):
        # "She has pleaded not guilty", told after a story of last spring: true on the day
        # of the news, not on the story's day
        return None
    if inherited is None or not _ahead(inherited, published):
        return inherited
    # the act's own verb is the nearest cue to its tense ("the government expressed …")
    if clause_direction(text, start, start) != "past":
        return inherited
    return news if news is not None and not _ahead(news, published) else None


def _before_the_news(timex: Timex, published: date) -> bool:
    """Whether a date ended days before the publication day (not the day's news)."""
    interval = days_of(timex)
    return interval is not None and (published - interval.end).days > 2


def _ahead(timex: Timex, published: date) -> bool:
    interval = days_of(timex)
    return interval is not None and interval.start > published


def _told_acts(acts: list[CodedEvent]) -> list[CodedEvent]:
    """The sentence's main act and the other acts it tells with some confidence."""
    if not acts:
        return acts
    main = max(acts, key=lambda a: a.confidence)  # the first on ties
    return [a for a in acts if a is main or a.confidence >= SECONDARY_ACT_FLOOR]


# A row's dates: (start, end, precision, label).
_When = tuple[date, date, str, str]


def _when(article: Article, timex: Timex | None) -> _When:
    """(start, end, precision, label) of a row dated by `timex`, or by the publication day."""
    assert article.published is not None
    if timex is None or timex.value == "PRESENT_REF":
        return (article.published, article.published, "day",
                date_label(article.published.isoformat()))  # fmt: skip
    interval = value_interval(timex.date_value, timex.mod)
    assert interval is not None
    label = date_label(timex.date_value, timex.mod)
    start, end = _told_side(timex, interval.start, interval.end, article.published)
    if (
        _SINCE.search(article.text, max(0, timex.start - 8), timex.start)
        and end < article.published
    ):
        end = article.published  # "has fought the Houthis since 2015": from then until now
        label = f"since {label}"
    return start, end, interval.precision, label


_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")


def _told_side(timex: Timex, start: date, end: date, published: date) -> tuple[date, date]:
    """ "earlier this week" ends before the publication day, "later this month" starts after
    it: the part of the period on that side of the telling."""
    first = timex.text.split(maxsplit=1)[0].lower()
    if first == "earlier" and start < published <= end:
        return start, published - timedelta(days=1)
    if first == "later" and start <= published < end:
        return published + timedelta(days=1), end
    return start, end


def _row(
    article: Article,
    sentence: Sentence,
    index: int,
    when: _When,
    timex: Timex | None,
    basis: DateBasis,
    act: CodedEvent | None = None,
    act_span: tuple[int, int] = (-1, -1),
) -> Event:
    """A row dated by `timex` (or by the publication day when there is none), whose dates
    are `when` (see `_when`), for a coded act or, without one, a context statement."""
    assert article.published is not None
    start, end, precision, label = when
    row = Event(
        article_id=article.article_id,
        published=article.published,
        date_start=start,
        date_end=end,
        precision=precision,
        timex_value=timex.value if timex else "",
        timex_text=timex.text if timex else "",
        timex_type=timex.type if timex else "",
        timex_mod=timex.mod if timex else "",
        date_basis=basis,
        date_label=label,
        sentence=sentence.text,
        sentence_index=index,
        sentence_start=sentence.start,
        char_start=timex.start if timex else None,
        char_end=timex.end if timex else None,
        title=article.title,
        source=article.source,
        url=article.url,
        actor1_name=act.actor1_name if act else "",
        actor1_code=act.actor1_code if act else "",
        actor1_country=act.actor1_country if act else "",
        actor2_name=act.actor2_name if act else "",
        actor2_code=act.actor2_code if act else "",
        actor2_country=act.actor2_country if act else "",
        event_text=act.event_text if act else "",
        plover_event=act.plover_event if act else "",
        plover_mode=act.plover_mode if act else "",
        cameo_code=act.cameo_code if act else "",
        cameo_root=act.cameo_root if act else "",
        quad_class=act.quad_class if act else None,
        goldstein=act.goldstein if act else None,
        modality=act.modality if act else "",
        confidence=_confidence(act, basis) if act else None,
        act_start=act_span[0],
        act_end=act_span[1],
    )
    return row


def _confidence(act: CodedEvent, basis: DateBasis) -> float:
    # The date adds at most a twentieth: enough to rank a dated act above an equally sure
    # undated one, never enough to reorder acts the coder ranked apart.
    return round(min(1.0, act.confidence * (0.95 + 0.05 * _DATE_WEIGHT[basis])), 3)
