"""Named times of the year: seasons ("last spring", "the summer of 1998") and holidays
("Christmas", "Labor Day weekend", "Eid al-Fitr", "the Lunar New Year")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .. import calendar as cal
from .. import feasts
from ..grammar import (
    MONTH,
    POSITION,
    SEASON,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    alternation,
    spelled_year,
)
from ..intervals import value_interval
from ..lexicon import COUNTRY_WORDS, FEASTS, HOLIDAYS, NATIONAL_HOLIDAYS, PARTS_OF_DAY, SEASONS
from ..model import Interval
from .base import (
    NOUN_NEXT,
    Context,
    Groups,
    Reading,
    is_described,
    position_mod,
    rule,
)
from .relative import AHEAD_WORDS
from .weekdays import NOUN_AFTER_DAY
from .years import in_habitual_range, nearest_year, story_year


@rule(
    "season",
    260,
    rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>{POSITION})[\s-]+)?"
    rf"(?:(?P<rel>(?i:this past|this coming|the coming|the past|the following|the previous|"
    rf"the next|the|this|last|next|that\s+same|that))\s+)?"
    rf"(?P<season>{SEASON})(?:\s+(?:(?i:of)\s+)?(?:(?P<year>{YEAR})(?:[/-](?:\d\d|(?:19|20)\d\d)(?![\w/-]))?"
    rf"|(?P<spelled>{SPELLED_YEAR})))?",
)
def _season(g: Groups, ctx: Context) -> Reading | None:
    season = SEASONS[g["season"].lower()]
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel == "that same":
        rel = "that"  # "That same winter": the story's
    mod = position_mod(g.get("mod"))
    if g.get("year") or g.get("spelled"):
        written = g.get("year") or f"{spelled_year(g['spelled']):04d}"
        return Reading("DATE", f"{written}-{season}", mod=mod, explicit=True)
    if g["season"][0].isupper() and _NAME_AFTER.match(ctx.text, ctx.end):
        return None  # "the Winter Games", "the Mid-Autumn Festival", "Spring Offensive"
    if not rel and not mod and not g.get("the"):
        # A bare "fall" or "spring" is as often a verb or a noun as a season; after a
        # preposition of time the season is meant ("by summer", "before winter").
        before = ctx.word_before()
        described = is_described(ctx)
        if not described and (
            before not in _BEFORE_SEASON or (g["season"].lower() == "fall" and before == "in")
        ):
            return None
        if NOUN_NEXT.match(ctx.following(12)) and not described:
            return None  # "in spring training": a kind of thing, not a time
        if described and ctx.words_before(1) == ["hot"] and season == "SP":
            return None  # "a hot spring": water from the ground
        if before in AHEAD_WORDS:
            # "a ceasefire before winter": the next one, unless the story is in it.
            return Reading("DATE", f"{season_year(season, ctx, '', ahead=True)}-{season}")
    if g.get("the") and not rel and ctx.following(4).lower().startswith(" of"):
        return None  # "the fall of Kabul"
    if rel == "the" and not mod:
        return None  # "the summer" alone: the rule's own "the" reads it
    if rel == "the":
        rel = ""  # "the end of the summer"
    if rel in ("that", "the following", "the next", "the previous"):
        # "that summer", "the following spring", "the previous spring": around the story's
        # own time; looking back compares, and does not move the story.
        if ctx.reference_grain == "year":
            # "a jury in 2014 …; the following spring": the spring of the year after.
            step = {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
            value = f"{ctx.reference_day.year + step}-{season}"
        else:
            value = _season_around(season, ctx.reference_day, rel)
        return Reading("DATE", value, mod=mod, moves_story=rel != "the previous")
    year = season_year(season, ctx, rel)
    return Reading("DATE", f"{year}-{season}", mod=mod)


def _season_around(season: str, day: date, rel: str) -> str:
    """The season of `day`'s year ("that"), or the first one after it ("the following") or
    the last one begun before it ("the previous"), as a TimeML value."""
    own = day.year - 1 if season == "WI" and day.month <= 2 else day.year
    start = _season_days(season, own).start
    if rel == "that":
        return f"{own}-{season}"
    if rel == "the previous":
        return f"{own if start < day and season != cal.season_of(day) else own - 1}-{season}"
    return f"{own if start > day else own + 1}-{season}"


# A capitalised word after a capitalised season: the season names something ("the Winter
# Games"), unless the word is a month or a weekday.
_NAME_AFTER = re.compile(rf"[ \t]+(?!{MONTH}|{WEEKDAY})[A-Z][a-z]")
_BEFORE_SEASON = frozenset("by before until till since through during in over after".split())


def _season_days(season: str, year: int) -> Interval:
    """The days of a year's season (winter runs from December into the next year)."""
    interval = value_interval(f"{year:04d}-{season}")
    assert interval is not None
    return interval


def season_year(season: str, ctx: Context, rel: str, ahead: bool = False) -> int:
    """Which year's season a season name points to."""
    dct = ctx.dct
    # Winter belongs to the year it starts in: January 2021 is in winter 2020.
    current = dct.year - 1 if season == "WI" and dct.month <= 2 else dct.year
    start = _season_days(season, current).start
    if rel in ("this past", "the past"):
        # The most recent such season that has begun.
        return current if start <= dct else current - 1
    if rel == "last":
        # The latest one over: "last spring", told in October, is that year's.
        year = current
        while _season_days(season, year).end >= dct:
            year -= 1
        return year
    if rel in ("next", "the coming", "this coming"):
        # The first one still to come, unless it is about to start ("this summer", told in
        # May; "next summer" is the year after): "next winter", told in April, is the coming one.
        year = current if start > dct else current + 1
        return year + 1 if (_season_days(season, year).start - dct).days <= 92 else year
    if rel == "this":
        return current
    gone = start < dct and season != cal.season_of(dct)  # this year's is over
    if ahead or ctx.direction() == "future":
        return current + 1 if gone else current
    if ctx.direction() == "past" and start > dct:
        return current - 1
    return current


# Calendars whose new year is not January 1 (and the greeting "Happy New Year").
_OTHER_CALENDARS = frozenset(
    "lunar chinese jewish persian islamic hindu tamil vietnamese ethiopian orthodox happy".split()
)


def _holiday_year(
    rule_of: Callable[[int], date], rel: str, written: str | None, ctx: Context
) -> int:
    """The year of a holiday: the one written, the one before or after the document date
    ("last Christmas", "next Easter"), this one ("this Ramadan"), else the story's or the
    nearest one the clause's tense allows."""
    dct = ctx.dct
    if written:
        return int(written)
    if rel == "last":
        return dct.year if rule_of(dct.year) < dct else dct.year - 1
    if rel == "next":
        return dct.year if rule_of(dct.year) > dct else dct.year + 1
    if rel == "this":
        return dct.year
    return story_year(rule_of, ctx) or nearest_year(rule_of, ctx)


# A holiday's year told after it: "Boxing Day last year", "Christmas this year".
_YEAR_TOLD = r"\s+(?P<relyear>(?i:last|this|next))\s+(?i:year)"


def _year_told(g: Groups, ctx: Context) -> str | None:
    """The year "last year", "this year" or "next year" after a holiday's name names."""
    step = {"last": -1, "this": 0, "next": 1}.get((g.get("relyear") or "").lower())
    return None if step is None else str(ctx.dct.year + step)


# Holidays whose article is part of the name: "the New Year", "the Fourth of July".
_NAMED_WITH_THE = frozenset({"new year", "fourth of july"})
# Every holiday name, the longest first: "Christmas Eve" before "Christmas".
_HOLIDAY_NAMES = alternation([*HOLIDAYS, *NATIONAL_HOLIDAYS])
# A country the text names ("Chinese", "New Delhi", "South Africa", a dateline's "ACCRA").
_COUNTRY_FORMS = {**COUNTRY_WORDS, **{word.upper(): code for word, code in COUNTRY_WORDS.items()}}
_COUNTRY = re.compile(rf"(?<![\w.]){alternation(_COUNTRY_FORMS)}(?![\w])")
# How far from a holiday's name to look for its country: back to the previous paragraphs,
# forward into the rest of its own; and the opening of the text, where the dateline is.
_COUNTRY_BEFORE, _COUNTRY_AFTER, _DATELINE = 1200, 400, 200


def _national_day(name: str, text: str, start: int) -> tuple[str, int, int, int, int] | None:
    """The day of a national holiday named at text[start]: that of the country the text
    names nearest before it that has such a day, else the dateline's, else the next one
    after it; else the day it has where no country is said; else None."""
    days = NATIONAL_HOLIDAYS[name]
    before = [m.group() for m in _COUNTRY.finditer(text, max(0, start - _COUNTRY_BEFORE), start)]
    dateline = [m.group() for m in _COUNTRY.finditer(text, 0, min(start, _DATELINE))]
    after = [m.group() for m in _COUNTRY.finditer(text, start, start + _COUNTRY_AFTER)]
    for word in [*reversed(before), *dateline, *after]:
        code = _COUNTRY_FORMS[word]
        if code in days:
            return days[code]  # None where the day is no one date ("Labour Day" in Sydney)
    return days.get("")


@rule(
    "holiday",
    270,
    r"(?:(?P<rel>(?i:last|next|this|every|each))\s+|(?P<the>(?i:the)\s+))?"
    # lowercase, only "the new year" is one: the lookahead fails fast on every other word
    r"(?P<name>(?=[A-Z]|new\s)(?i:" + _HOLIDAY_NAMES + "))"
    r"(?:\s+(?:(?P<week>(?i:week|weekend))|(?P<pod>(?i:morning|afternoon|evening|night))))?"
    rf"(?:,?\s+(?P<year>{YEAR})|{_YEAR_TOLD})?(?!\w)",
)
def _holiday(g: Groups, ctx: Context) -> Reading | None:
    name = g["name"].lower()
    if g["name"] == "new year" and g.get("the"):
        # "hoped to work again in the new year": the coming year, told late in one
        dct = ctx.dct
        return Reading("DATE", str(dct.year + 1 if dct.month >= 10 else dct.year))
    if not g["name"][0].isupper():
        return None
    if name == "new year" and (
        ctx.word_before() in _OTHER_CALENDARS or NOUN_AFTER_DAY.match(ctx.following(12))
    ):
        return None  # "the Lunar New Year", "New Year celebrations": not January 1
    rel = (g.get("rel") or "").lower()
    if name in NATIONAL_HOLIDAYS:
        # "National Day" in a story from Beijing is October 1; "Youth Day" in Soweto, June 16
        national = _national_day(name, ctx.text, ctx.start)
        if national is None:
            return None  # a country's day the text does not say the country of
        spec = national
    else:
        spec = HOLIDAYS[name]
    if rel in ("every", "each"):
        if spec[0] != "fixed" or g.get("year") or g.get("week") or g.get("pod"):
            return None  # "every Easter" moves: no one day of the calendar
        return Reading("SET", f"XXXX-{spec[1]:02d}-{spec[2]:02d}")  # "every New Year's Day"
    if spec[0] == "fixed" and not (rel or g.get("year") or g.get("pod") or g.get("week")):
        if in_habitual_range(ctx):
            # "held each year between Christmas and New Year": any year's
            return Reading("DATE", f"XXXX-{spec[1]:02d}-{spec[2]:02d}")

    def rule_of(year: int) -> date:
        return cal.holiday_date(spec, year)

    day = rule_of(_holiday_year(rule_of, rel, g.get("year") or _year_told(g, ctx), ctx))
    # "the New Year" is the holiday's name; "the Labor Day holiday" has its article for the noun
    trim = len(g["the"]) if g.get("the") and name not in _NAMED_WITH_THE else 0
    if g.get("week"):
        weekend = g["week"].lower() == "weekend"
        if weekend and day.isoweekday() == 1:
            day -= timedelta(days=2)  # "Labor Day weekend": the weekend the Monday closes
        value = cal.week_value(day) + ("-WE" if weekend else "")
        return Reading("DATE", value, explicit=bool(g.get("year")), trim_start=trim)
    if g.get("pod"):
        # "Christmas morning", "Thanksgiving night": that part of the holiday
        value = f"{cal.day_value(day)}T{PARTS_OF_DAY[g['pod'].lower()]}"
        return Reading("TIME", value, explicit=bool(g.get("year")), trim_start=trim)
    return Reading("DATE", cal.day_value(day), explicit=bool(g.get("year")), trim_start=trim)


# Every feast name, the longest first; its words may be joined by a hyphen ("Eid al-Fitr").
_FEAST_NAMES = "|".join(
    r"[ \t-]+".join(map(re.escape, name.split())) for name in sorted(FEASTS, key=len, reverse=True)
)
# A capitalised word right before a feast's name, other than these, makes it part of a
# person's name ("Taha Yassin Ramadan"); one right after, of another name ("the Yom Kippur
# War", "the Spring Festival Gala").
_CAPITAL_BEFORE = re.compile(r"(?<![\w'])([A-Z][\w'.-]*)[ \t]+$")
_OPENERS = frozenset(
    """the this last next that during in on at by for from since until till before after
    over around through ahead of during and or but as when while if because although though
    once unless whether holy muslim muslims
    jewish hindu hindus islamic orthodox coptic chinese""".split()
)
_TITLES = frozenset("mr mrs ms dr gen sen rep gov lt col sgt capt adm maj prof rev st jr".split())


def _sentence_end(word: str) -> bool:
    """Whether a capitalised word with a full stop ends a sentence ("… on Christmas Eve.
    Eid al-Fitr"), rather than being a title ("Gen. Ramadan")."""
    return word.endswith(".") and word.rstrip(".").lower() not in _TITLES


_CAPITAL_AFTER = re.compile(rf"[ \t]+(?!{MONTH}|{WEEKDAY})[A-Z][a-z]")


@rule(
    "feast",
    271,
    r"(?:(?P<rel>(?i:last|next|this))\s+|(?P<the>(?i:the)\s+))?"
    # a feast's name is capitalised: the lookahead fails fast on every other word
    r"(?P<name>(?=[A-Z])(?i:" + _FEAST_NAMES + "))"
    r"(?P<eve>(?:'s|’s)?\s+Eve)?"
    rf"(?:,?\s+(?P<year>{YEAR})|{_YEAR_TOLD})?(?!\w)",
)
def _feast(g: Groups, ctx: Context) -> Reading | None:
    before = _CAPITAL_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    if before and before.group(1).lower() not in _OPENERS and not _sentence_end(before.group(1)):
        return None
    if not g.get("year") and _CAPITAL_AFTER.match(ctx.following(12)):
        return None
    name = re.sub(r"[\s-]+", " ", g["name"].lower())
    calendar, feast, added = FEASTS[name]
    if name == "eid":
        feast = _eid_meant(ctx)
    if g.get("eve"):
        added -= 1  # "Lunar New Year's Eve": the day before
    dct = ctx.dct
    first = g.get("year") or _year_told(g, ctx)
    around = (dct.year, ctx.reference_day.year)  # the years a feast's year is chosen among
    years = [int(first)] if first else [y + step for y in around for step in (-1, 0, 1)]
    if not all(feasts.feast_days(calendar, feast, year) for year in years):
        return None  # outside the calendar tables: no date rather than a guessed one

    def rule_of(year: int) -> date:
        return feasts.feast_days(calendar, feast, year)[0] + timedelta(days=added)

    year = _holiday_year(rule_of, (g.get("rel") or "").lower(), first, ctx)
    start, end = feasts.feast_span(calendar, feast, rule_of(year))
    mod = ""
    if start == end:
        value = cal.day_value(start)
    else:
        # Ramadan: the month that holds it, or about the month that holds most of it
        in_first = cal.days_in_month(start.year, start.month) - start.day + 1
        month = start if 2 * in_first >= (end - start).days + 1 else end
        value = cal.month_value(month.year, month.month)
        mod = "" if (start.year, start.month) == (end.year, end.month) else "APPROX"
    # "the Lunar New Year", "the Mid-Autumn Festival": the article is part of the name
    trim = len(g["the"]) if g.get("the") and not _NAMED_WITH_ARTICLE.search(g["name"]) else 0
    return Reading("DATE", value, mod, explicit=bool(first), trim_start=trim)


_NAMED_WITH_ARTICLE = re.compile(r"(?i)(?:festival|new[ \t-]+year|day[ \t]+of[ \t]+arafat)$")
# An Eid named in full: the one "Eid" alone refers to after it.
_EID_NAMED = re.compile(r"(?i)\beid[\s-]+(?:al|ul|el)[\s-]+(?:(fitr)|adha|kebir)\b")


def _eid_meant(ctx: Context) -> str:
    """Which Eid "Eid" alone is: the one the text named last before it, else Eid al-Fitr
    ("the Eid holiday" most often means the end of Ramadan)."""
    named = list(_EID_NAMED.finditer(ctx.text, max(0, ctx.start - 1500), ctx.start))
    if named and named[-1].group(1) is None:
        return "eid_al_adha"
    return "eid_al_fitr"
