"""The tagger on a table of expressions, each in a sentence, with its publication date."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

from .conftest import THURSDAY, best_time

# (sentence, expected time expression, TIMEX3 type, value[, mod]); published Thu 15 Apr 2021.
CASES = [
    # weekdays, with and without "on", parts of day, last/next, tense
    ("Biden spoke to Putin on Tuesday.", "Tuesday", "DATE", "2021-04-13"),
    ("The Treasury Department said Thursday that it acted.", "Thursday", "DATE", "2021-04-15"),
    ("Officials met Friday in Geneva.", "Friday", "DATE", "2021-04-09"),
    ("The ministers will meet on Friday.", "Friday", "DATE", "2021-04-16"),
    ("Arafat and Netanyahu meet separately Monday.", "Monday", "DATE", "2021-04-19"),
    ("The offer had been scheduled to expire Friday.", "Friday", "DATE", "2021-04-09"),
    ("The trip was delayed as previously planned Friday.", "Friday", "DATE", "2021-04-09"),
    ("Lawyers will appeal Monday's ruling.", "Monday", "DATE", "2021-04-12"),
    ("She set aside vacation plans on Monday.", "Monday", "DATE", "2021-04-12"),
    ("The deadline was extended until Monday.", "Monday", "DATE", "2021-04-19"),
    ("The court adjourned the case to Monday.", "Monday", "DATE", "2021-04-19"),
    ("The rally, planned for this Sunday, was banned.", "this Sunday", "DATE", "2021-04-18"),
    ("The sanctions remain in force until Jan. 31, it said.", "Jan. 31", "DATE", "2022-01-31"),
    ("The border remained closed until Jan. 31.", "Jan. 31", "DATE", "2021-01-31"),
    ("Banks would stay closed until Tuesday.", "Tuesday", "DATE", "2021-04-20"),
    ("The pope celebrates Mass on Sunday.", "Sunday", "DATE", "2021-04-18"),
    (
        # TimeML leaves "on" out: two expressions, the time still on that Saturday.
        "The truce expires at 6 p.m. local time on Saturday.",
        "6 p.m.",
        "TIME",
        "2021-04-17T18:00",
    ),
    ("A bomb exploded next to the U.S. embassy on Friday.", "Friday", "DATE", "2021-04-09"),
    # an approximator stays inside a clock time, with mod APPROX; "at" stays out
    (
        "The blasts began at about 9:00 am, a witness said.",
        "about 9:00 am",
        "TIME",
        "2021-04-15T09:00",
        "APPROX",
    ),
    ("Troops arrived at 10 p.m.", "10 p.m.", "TIME", "2021-04-15T22:00"),
    # years in words, as transcripts write them, alone and with a month or a season
    ("It began in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    (
        "January nineteen ninety-seven. Atlanta again.",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
    ),
    (
        "Prices fell in the winter of nineteen ninety-four.",
        "the winter of nineteen ninety-four",
        "DATE",
        "1994-WI",
    ),
    ("Growth is forecast to peak in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
    ("Lawmakers are set to vote Saturday on the plan.", "Saturday", "DATE", "2021-04-17"),
    ("Orangemen march each July through the town.", "each July", "SET", "XXXX-07"),
    ("The flight lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
    ("He served two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
    ("He waited a year and a half.", "a year and a half", "DURATION", "P18M"),
    (
        "We were told so for the past year and a half.",
        "the past year and a half",
        "DURATION",
        "P18M",
    ),
    ("It will take the next year and a half.", "the next year and a half", "DURATION", "P18M"),
    (
        "Over the past two and a half years it grew.",
        "the past two and a half years",
        "DURATION",
        "P2Y6M",
    ),
    ("They met a year and a half ago.", "a year and a half ago", "DATE", "2019-10"),
    ("They met a week or so ago.", "a week or so ago", "DATE", "2021-W14", "APPROX"),
    ("Shares are up 5% since year-end.", "year-end", "DATE", "2020", "END"),
    ("Sales in the current quarter began well.", "the current quarter", "DATE", "2021-Q2"),
    ("Profit rose in the 2020 second quarter.", "the 2020 second quarter", "DATE", "2020-Q2"),
    ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("Police have searched for him since Sept. 30.", "Sept. 30", "DATE", "2020-09-30"),
    ("Guidelines to be published in March will decide.", "March", "DATE", "2022-03"),
    ("The case is heard in May in the appeals court.", "May", "DATE", "2021-05"),
    ("Talks are scheduled to resume Monday.", "Monday", "DATE", "2021-04-19"),
    ("Crude for February delivery rose $2.", "February", "DATE", "2022-02"),
    ("In grains, December corn slipped 0.9%.", "December", "DATE", "2021-12"),
    ("Futures for February jumped 13%.", "February", "DATE", "2022-02"),
    ("Brent crude for February settled at $31.", "February", "DATE", "2022-02"),
    ("Its February corn exports fell 4%.", "February", "DATE", "2021-02"),
    ("The Senate votes on the bill Wednesday.", "Wednesday", "DATE", "2021-04-21"),
    ("The law takes effect on the first of July.", "first of July", "DATE", "2021-07-01"),
    ("He was freed on the twenty-third of March.", "twenty-third of March", "DATE", "2021-03-23"),
    ("She ran it since 2008, and Friday will be her last run.", "Friday", "DATE", "2021-04-16"),
    ("He signed the order Thursday morning.", "Thursday morning", "TIME", "2021-04-15TMO"),
    ("The call took place Tuesday evening.", "Tuesday evening", "TIME", "2021-04-13TEV"),
    ("They spoke last Tuesday.", "last Tuesday", "DATE", "2021-04-13"),
    ("They will speak next Tuesday.", "next Tuesday", "DATE", "2021-04-20"),
    ("Data are due next Saturday.", "next Saturday", "DATE", "2021-04-24"),  # next week's
    ("The fair opens this Saturday.", "this Saturday", "DATE", "2021-04-17"),
    (
        "In his call with Putin on Tuesday, Biden proposed a summit.",
        "Tuesday",
        "DATE",
        "2021-04-13",
    ),
    # this / last / next + unit or season
    ("Sanctions were imposed this week.", "this week", "DATE", "2021-W15"),
    ("He visited Kyiv last week.", "last week", "DATE", "2021-W14"),
    ("She will visit next week.", "next week", "DATE", "2021-W16"),
    ("Prices rose this month.", "this month", "DATE", "2021-04"),
    ("The report came out last month.", "last month", "DATE", "2021-03"),
    ("Elections are due next month.", "next month", "DATE", "2021-05"),
    ("Growth slowed this year.", "this year", "DATE", "2021"),
    ("The hack was discovered last year.", "last year", "DATE", "2020"),
    ("Troops will leave next year.", "next year", "DATE", "2022"),
    ("He proposed a meeting this summer.", "this summer", "DATE", "2021-SU"),
    ("Fighting flared last summer.", "last summer", "DATE", "2020-SU"),
    ("Talks may resume next spring.", "next spring", "DATE", "2022-SP"),
    ("The plan was unveiled this weekend.", "this weekend", "DATE", "2021-W15-WE"),
    ("The truce held through the weekend.", "the weekend", "DATE", "2021-W14-WE"),
    ("The vote is due the day after tomorrow.", "the day after tomorrow", "DATE", "2021-04-17"),
    ("The summit, held from March 4 to 6, failed.", "6", "DATE", "2021-03-06"),
    ("They meet on April 24 and 25 in Washington.", "25", "DATE", "2021-04-25"),
    ("The meeting lasted half an hour.", "half an hour", "DURATION", "PT30M"),
    ("Talks went on for half a day.", "half a day", "DURATION", "PT12H"),
    ("It took half a dozen years.", "half a dozen years", "DURATION", "P6Y"),
    ("Talks will continue over the weekend.", "the weekend", "DATE", "2021-W15-WE"),
    ("Traders squared positions ahead of the weekend.", "the weekend", "DATE", "2021-W15-WE"),
    (
        "The law took effect at midnight on Dec. 31, 2020.",
        "midnight",
        "TIME",
        "2020-12-31T24:00",
    ),  # fmt: skip
    # earlier / early / late
    (
        "He had a conversation with Putin earlier this week.",
        "earlier this week",
        "DATE",
        "2021-W15",
    ),
    ("Sanctions were unveiled early last month.", "early last month", "DATE", "2021-03", "START"),
    ("The talks collapsed late last year.", "late last year", "DATE", "2020", "END"),
    ("Inflation peaked in mid-2019.", "mid-2019", "DATE", "2019", "MID"),
    # months with and without a year
    ("In January, the press secretary said so.", "January", "DATE", "2021-01"),
    ("The summit was held in May.", "May", "DATE", "2020-05"),
    ("The summit will be held in May.", "May", "DATE", "2021-05"),
    ("Elections will take place in January.", "January", "DATE", "2022-01"),
    ("The treaty was signed in March 2019.", "March 2019", "DATE", "2019-03"),
    # "last March" said in April is a year back: the month just gone would be "last month".
    ("The ceasefire broke down last March.", "last March", "DATE", "2020-03"),
    ("The ceasefire broke down last January.", "last January", "DATE", "2021-01"),
    # years, decades, centuries
    ("Kilimnik passed on polling data in 2016.", "2016", "DATE", "2016"),
    ("Russia interfered in the 2020 election.", "2020", "DATE", "2020"),
    ("Relations thawed in the 1990s.", "the 1990s", "DATE", "199"),
    ("Oil prices soared in the early 2000s.", "the early 2000s", "DATE", "200", "START"),
    ("Borders were redrawn in the 19th century.", "the 19th century", "DATE", "18"),
    # explicit dates in news formats
    ("The order was signed on April 15, 2021.", "April 15, 2021", "DATE", "2021-04-15"),
    ("The order was signed on 15 April 2021.", "15 April 2021", "DATE", "2021-04-15"),
    ("The deadline passed on Apr. 2.", "Apr. 2", "DATE", "2021-04-02"),
    ("The order was dated 2021-04-15.", "2021-04-15", "DATE", "2021-04-15"),
    ("The memo was dated 4/12/2021.", "4/12/2021", "DATE", "2021-04-12"),
    (
        "The deal was struck on Tuesday, April 13, 2021.",
        "Tuesday, April 13, 2021",
        "DATE",
        "2021-04-13",
    ),
    ("He left on Sept. 11, 2001.", "Sept. 11, 2001", "DATE", "2001-09-11"),
    # deictic days
    ("Officials said yesterday that talks failed.", "yesterday", "DATE", "2021-04-14"),
    ("The president speaks today.", "today", "DATE", "2021-04-15"),
    ("The vote is tonight.", "tonight", "TIME", "2021-04-15TNI"),
    ("Talks resume tomorrow.", "tomorrow", "DATE", "2021-04-16"),
    ("Shelling began last night.", "last night", "TIME", "2021-04-14TNI"),
    ("He said this morning that he would go.", "this morning", "TIME", "2021-04-15TMO"),
    # offsets and durations
    ("The embassy closed three days ago.", "three days ago", "DATE", "2021-04-12"),
    ("Troops arrived two weeks ago.", "two weeks ago", "DATE", "2021-W13"),
    ("He was detained a month ago.", "a month ago", "DATE", "2021-03"),
    ("The accord was signed two years ago.", "two years ago", "DATE", "2019"),
    ("The talks lasted for three years.", "three years", "DURATION", "P3Y"),
    ("The ceasefire held for several months.", "several months", "DURATION", "PXM"),
    ("He was held for 48 hours.", "48 hours", "DURATION", "PT48H"),
    ("Inflation doubled over the past year.", "the past year", "DURATION", "P1Y"),
    ("Prices rose over the past three months.", "the past three months", "DURATION", "P3M"),
    # the present
    ("Now is the time to de-escalate.", "Now", "DATE", "PRESENT_REF"),
    ("Troops are currently stationed there.", "currently", "DATE", "PRESENT_REF"),
    ("Tensions have risen recently.", "recently", "DATE", "PAST_REF"),
    ("Profit rose in FY2013.", "FY2013", "DATE", "2013"),
    ("Markets close on Easter Monday.", "Easter Monday", "DATE", "2021-04-05"),
    # quarters and halves
    ("Exports fell in the first quarter.", "the first quarter", "DATE", "2021-Q1"),
    ("Output grew in the second half of 2020.", "the second half of 2020", "DATE", "2020-H2"),
]


@pytest.mark.parametrize(("sentence", "text", "type_", "value"), [c[:4] for c in CASES])
def test_expression(sentence: str, text: str, type_: str, value: str) -> None:
    found = [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY)]
    assert (text, type_, value) in found, found


@pytest.mark.parametrize("case", [c for c in CASES if len(c) == 5], ids=lambda c: c[1])
def test_mod(case: tuple[str, ...]) -> None:
    sentence, text, _, value, mod = case
    timex = next(t for t in tag(sentence, THURSDAY) if t.text == text)
    assert (timex.value, timex.mod) == (value, mod)


@pytest.mark.parametrize(
    "sentence",
    [
        "We want a stable, predictable relationship.",
        "Prime Minister Theresa May said the talks had failed.",
        "Protesters plan to march on the capital.",
        "The army sent 2,000 troops and $2021 in aid.",
        "Analysts expect the fall of the government.",
        "Inflation reached 2020.5 points.",
        "One step forward and two steps back.",
        "Spring water and summer clothes were sold.",
        "Half a million people fled.",
        "A second U.S. carrier group was ordered to the region.",
    ],
)
def test_not_an_expression(sentence: str) -> None:
    assert [t.text for t in tag(sentence, THURSDAY)] == []


def test_an_act_agreed_or_decided_on_lies_ahead_of_the_deciding() -> None:
    published = date(1999, 2, 10)
    assert tag("NATO has decided to admit Poland in March.", published)[0].value == "1999-03"
    assert tag("NATO admitted Poland in March.", published)[0].value == "1998-03"


def test_a_clock_time_in_gmt_is_not_a_year() -> None:
    found = tag("The truce began at 6 p.m. (1600 GMT) on Saturday.", date(2013, 3, 22))
    assert [(t.text, t.value) for t in found] == [
        ("6 p.m.", "2013-03-16T18:00"),
        ("1600 GMT", "2013-03-16T16:00"),
        ("Saturday", "2013-03-16"),
    ]


def test_a_month_days_away_outweighs_a_past_verb() -> None:
    assert tag("Orders for November were heavy.", date(1989, 10, 30))[0].value == "1989-11"
    assert tag("Orders for December were heavy.", date(1989, 10, 30))[0].value == "1988-12"


def test_offset_points_back_from_the_clause_date() -> None:
    text = "Thursday's sanctions come a month after Biden publicly promised retaliation."
    timexes = tag(text, THURSDAY)
    duration = next(t for t in timexes if t.type == "DURATION")
    assert (duration.text, duration.value, duration.anchored_value) == ("a month", "P1M", "2021-03")


def test_days_or_weeks_are_not_counted_from_a_year() -> None:
    text = "More died than in the same period in 2014. A week earlier, 400 people drowned."
    earlier = next(t for t in tag(text, THURSDAY) if t.text == "A week earlier")
    assert earlier.value == "2021-W14"  # from the document date, not from January 2014
    text = "Prices fell on May 9, 2020. Two days later the firm sank."
    later = next(t for t in tag(text, THURSDAY) if t.text == "Two days later")
    assert later.value == "2020-05-11"


def test_narrative_time_anchors_anaphoric_expressions() -> None:
    text = "The talks opened on March 3, 2020. Two days later the delegations walked out."
    values = [t.value for t in tag(text, THURSDAY)]
    assert values == ["2020-03-03", "2020-03-05"]


def test_the_story_time_follows_days_the_text_names() -> None:
    text = (
        "The crisis began on Feb. 3, 2011. The next day, the president resigned. "
        "On March 1 this year, parliament was dissolved; two days later elections were called."
    )
    found = [(t.text, t.value) for t in tag(text, THURSDAY)]
    assert ("The next day", "2011-02-04") in found
    assert ("two days later", "2021-03-03") in found  # "this year" encloses March 1


def test_years_ago_move_the_story_but_a_year_ago_compares() -> None:
    text = "Her parents camped on the square a decade ago. He returned six years later."
    found = [(t.text, t.value) for t in tag(text, date(2014, 2, 28))]
    assert found == [("a decade ago", "2004"), ("six years later", "2010")]
    text = "Sales were weak a year ago. Two years earlier the firm was founded."
    earlier = next(t for t in tag(text, date(2014, 2, 28)) if t.text == "Two years earlier")
    assert earlier.value == "2012"  # "a year ago" compares; the story stays at the document date


def test_a_comparison_looks_back_from_its_own_sentence() -> None:
    text = (
        "He became chairman in 1985. For the six months ended Aug. 12, profit was C$6.5 "
        "million, compared with C$18.1 million a year earlier."
    )
    earlier = next(t for t in tag(text, date(1989, 10, 26)) if t.text == "a year earlier")
    assert earlier.value == "1988"  # a year before Aug. 12, not before 1985


def test_a_past_event_counted_past_the_document_date_has_no_date() -> None:
    text = "The quake struck. Eight days later a strong aftershock sent patients fleeing."
    later = next(t for t in tag(text, date(2010, 3, 5)) if t.text == "Eight days later")
    assert later.value == "XXXX-XX-XX"  # not March 13, after the story was published
    text = "The quake struck in January. Eight days later an aftershock hit."
    later = next(t for t in tag(text, date(2010, 3, 5)) if t.text == "Eight days later")
    assert later.value == "XXXX-XX-XX"  # some day of January or February, not January 9
    text = "The plant will open on May 2. Eight days later the first cars will roll out."
    later = next(t for t in tag(text, date(2010, 3, 5)) if t.text == "Eight days later")
    assert later.value == "2010-05-10"


def test_that_month_after_a_year_is_left_unresolved() -> None:
    found = [t.text for t in tag("In 2012 the economy grew. That month, rates fell.", THURSDAY)]
    assert found == ["2012"]


def test_offsets_locate_the_expression() -> None:
    text = "Officials met on Tuesday and again on Thursday."
    for timex in tag(text, THURSDAY):
        assert text[timex.start : timex.end] == timex.text


def test_weekday_same_as_publication_day_is_that_day() -> None:
    assert tag("They will meet Thursday.", THURSDAY)[0].value == "2021-04-15"
    assert tag("They met Thursday.", date(2021, 4, 16))[0].value == "2021-04-15"


def test_winter_belongs_to_the_year_it_starts() -> None:
    assert tag("Fuel ran short this winter.", date(2021, 1, 20))[0].value == "2020-WI"


def _hostile(size: int) -> str:
    pieces = [
        "1" * 200,
        "2021 " * 40,
        "May May May March June ",
        "in in in in in the the the the ",
        "the past the past the last the next ",
        "Tuesday, Tuesday, April 15, 4/15/2021 2021-04-15T10:00 ",
        "a" * 300,
        "x" * 1000 + "\n",
        "one two three four five six seven eight nine ten years ago ",
    ]
    text = "".join(pieces) * (size // sum(len(p) for p in pieces) + 1)
    return text[:size]


def test_hostile_text_takes_linear_time() -> None:
    """Four times the text takes about four times as long, never sixteen."""
    small, large = _hostile(25_000), _hostile(100_000)
    timings = [best_time(lambda text=text: tag(text, THURSDAY)) for text in (small, large)]
    assert timings[1] / timings[0] < 8


def test_a_number_after_a_date_is_a_day_only_when_it_closes_a_range() -> None:
    found = [t.text for t in tag("Police fired on Jan. 6 and 25 others were hurt.", THURSDAY)]
    assert found == ["Jan. 6"]
    found = [t.text for t in tag("Prices rose on March 4 to 6% from 5%.", THURSDAY)]
    assert found == ["March 4"]


def test_a_part_of_day_of_a_date_is_one_time_on_that_date() -> None:
    sentence = "Unrest lasted until the morning of March 5."
    found = [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY)]
    assert found == [("the morning of March 5", "TIME", "2021-03-05TMO")]
    sentence = "He was shot on the night of Friday, Oct. 23, in his kitchen."
    found = [(t.text, t.type, t.value) for t in tag(sentence, date(1998, 10, 26))]
    assert found == [("the night of Friday, Oct. 23", "TIME", "1998-10-23TNI")]
    # a night across two days stays the range of its days
    found = [(t.text, t.value) for t in tag("It was the night of Feb. 16-17.", THURSDAY)]
    assert found == [("Feb. 16", "2021-02-16"), ("17", "2021-02-17")]


def test_a_day_naming_an_event_lies_where_the_tense_puts_it() -> None:
    october = date(2023, 10, 12)
    [attack] = tag("The Jan. 6 attack on the Capitol was investigated.", october)
    assert attack.value == "2023-01-06"
    [vote] = tag("The Nov. 5 election will decide the presidency.", october)
    assert vote.value == "2023-11-05"


def test_the_end_of_a_range_follows_its_start() -> None:
    found = [t.value for t in tag("The exhibition runs from June through September.", THURSDAY)]
    assert found == ["2021-06", "2021-09"]
    found = [t.value for t in tag("Talks lasted from Dec. 28 to Jan. 3.", THURSDAY)]
    assert found == ["2020-12-28", "2021-01-03"]


def test_a_past_form_after_to_is_an_infinitive() -> None:
    [saturday] = tag("The storm is expected to hit the coast late Saturday.", THURSDAY)
    assert saturday.value == "2021-04-17"


def test_a_participle_after_an_object_is_no_past() -> None:
    text = "Analysts said costs could keep them elevated into October."
    [october] = tag(text, date(2013, 9, 7))
    assert october.value == "2013-10"  # not October 2012


def test_the_last_day_of_a_month_is_no_span() -> None:
    found = [(t.text, t.type) for t in tag("They voted on the last day of February.", THURSDAY)]
    assert found == [("February", "DATE")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A 24-hour clock time after a preposition, with or without a time zone.
        (
            "The pause began at 10:00 local time and was due to end at 15:00.",
            [
                ("10:00", "TIME", "2021-04-15T10:00"),
                ("15:00", "TIME", "2021-04-15T15:00"),
            ],
        ),
        ("The score was 2:1 at halftime.", []),
        # US time zones as news writes them.
        ("The next advisory is due at 5 p.m. ET.", [("5 p.m. ET", "TIME", "2021-04-15T17:00")]),
        ("Polls close at 6 p.m. Eastern.", [("6 p.m. Eastern", "TIME", "2021-04-15T18:00")]),
        # How often: the count belongs to the set.
        (
            "Hospitals test nurses twice a week and drivers work six days a week.",
            [("twice a week", "SET", "P1W"), ("six days a week", "SET", "P1W")],
        ),
        ("We are testing about 100,000 people a day.", [("a day", "SET", "P1D")]),
        # "the month" of a story that named only a year is the publication's month.
        (
            "Merkel, chancellor since 2005, wants a deal by the end of the month.",
            [("2005", "DATE", "2005"), ("the end of the month", "DATE", "2021-04")],
        ),
        # A clock time takes the day told right after it, relative or with its weekday.
        (
            "The quake struck at 3:34 a.m. last Saturday.",
            [("3:34 a.m.", "TIME", "2021-04-10T03:34"), ("last Saturday", "DATE", "2021-04-10")],
        ),
        (
            "The farewell will be at 4 p.m. Saturday, April 24.",
            [("4 p.m.", "TIME", "2021-04-24T16:00"), ("Saturday, April 24", "DATE", "2021-04-24")],
        ),
        (
            "Fires broke out on April 7. At 2:15 a.m. the next day a line fell.",
            [
                ("April 7", "DATE", "2021-04-07"),
                ("2:15 a.m.", "TIME", "2021-04-08T02:15"),
                ("the next day", "DATE", "2021-04-08"),
            ],
        ),
        # "overnight" as an adverb is the night before; as an adjective no time.
        ("Crews restored power overnight.", [("overnight", "TIME", "2021-04-14TNI")]),
        ("The bank cut the overnight lending rate.", []),
        # A month "the following" year after the story's time.
        (
            "Talks began in May 2019. By the following March they had failed.",
            [("May 2019", "DATE", "2019-05"), ("the following March", "DATE", "2020-03")],
        ),
        # Irregular past forms tell the past: "grew" in a quarter gone by.
        (
            "The economy grew in the third quarter, and the government expects more.",
            [("the third quarter", "DATE", "2020-Q3")],
        ),
        # What was promised, and what is likely, lies ahead; "could last" is a verb.
        ("The government has promised a new budget in October.", [("October", "DATE", "2021-10")]),
        (
            "Winds were likely to pick up Sunday night and could last through Tuesday.",
            [("Sunday night", "TIME", "2021-04-18TNI"), ("Tuesday", "DATE", "2021-04-20")],
        ),
        # "these days" is the present; a year up to 2100; a month dating a noun after its
        # owner; a fraction of a quarter is no period.
        ("These days a fire like that is routine.", [("These days", "DATE", "PRESENT_REF")]),
        ("The world is on course for 2.7C of heating by 2100.", [("2100", "DATE", "2100")]),
        ("The bank raised rates at its June policy meeting.", [("June", "DATE", "2020-06")]),
        ("The economy is about a quarter smaller than it was in 2008.", [("2008", "DATE", "2008")]),
        # A past verb keeps a month and day in the past even when the next one is nearer;
        # "succeed" is no past form; "set for" schedules.
        ("Venner poured gasoline on the porch on July 20.", [("July 20", "DATE", "2020-07-20")]),
        (
            "Mr. Schwarz will succeed Daniel Davison on Jan. 20.",
            [("Jan. 20", "DATE", "2022-01-20")],
        ),
        ("An election has been set for May 25.", [("May 25", "DATE", "2021-05-25")]),
        # A capitalised "On" after a clock time starts the next sentence.
        (
            "On Thursday the line had formed before 8 a.m. On Wednesday, he met farmers.",
            [
                ("Thursday", "DATE", "2021-04-15"),
                ("8 a.m.", "TIME", "2021-04-15T08:00"),
                ("Wednesday", "DATE", "2021-04-14"),
            ],
        ),
        # Small hours right after an evening time are the next day.
        (
            "On April 2, at 11:52 p.m., a camera recorded a man. The first call came at 12:07 a.m.",
            [
                ("April 2", "DATE", "2021-04-02"),
                ("11:52 p.m.", "TIME", "2021-04-02T23:52"),
                ("12:07 a.m.", "TIME", "2021-04-03T00:07"),
            ],
        ),
        # ... and so are they after an evening or a night.
        (
            "The ferry left Tuesday night and sank at about 4:30 a.m.",
            [
                ("Tuesday night", "TIME", "2021-04-13TNI"),
                ("about 4:30 a.m.", "TIME", "2021-04-14T04:30"),
            ],
        ),
        # Weeks counted from a day land on a day.
        (
            "The first case was confirmed on April 2. A week later, the count stood at 37.",
            [("April 2", "DATE", "2021-04-02"), ("A week later", "DATE", "2021-04-09")],
        ),
        # A quarter named by the month it ends.
        ("The economy grew 0.8% in the March quarter.", [("the March quarter", "DATE", "2021-Q1")]),
        ("Profit rose in the September quarter.", [("the September quarter", "DATE", "2020-Q3")]),
        # A year after "since" is where a span starts, not the story's time.
        (
            "Rates are the highest since 2008. Most expect 4.4% by the end of the year.",
            [("2008", "DATE", "2008"), ("the end of the year", "DATE", "2021")],
        ),
    ],
)
def test_news_clock_sets_and_story_time(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A limit with no tense around it lies ahead.
        ("Rain totals of 8 to 12 inches through Saturday.", [("Saturday", "DATE", "2021-04-17")]),
        # Urging someone to act looks ahead from the urging.
        (
            "Officials urged people to stay home over the weekend.",
            [("the weekend", "DATE", "2021-W15-WE")],
        ),
        # "could" of what may yet happen; "could be located" is a past attempt.
        ("Prices could climb through the winter.", [("the winter", "DATE", "2021-WI")]),
        ("He could not be located Tuesday.", [("Tuesday", "DATE", "2021-04-13")]),
        # "their scheduled close" is an adjective: the past verb decides.
        (
            "The talks ran a day past their scheduled close on Wednesday.",
            [("a day", "DURATION", "P1D"), ("Wednesday", "DATE", "2021-04-14")],
        ),
        # "recent years" is a time gone by; "recent weeks" a stretch up to now.
        (
            "Sales fell in recent years and in recent weeks.",
            [("recent years", "DATE", "PAST_REF"), ("recent weeks", "DURATION", "PXW")],
        ),
        # A possessive weekday in a clause about the future: the nearer one.
        ("Friday's final will be broadcast live.", [("Friday", "DATE", "2021-04-16")]),
        ("Wednesday's ruling will be appealed.", [("Wednesday", "DATE", "2021-04-14")]),
        # Without a tense: tomorrow's, else the one gone by.
        ("The winners of Friday's final get the cup.", [("Friday", "DATE", "2021-04-16")]),
        ("Shares beat Monday's closing price.", [("Monday", "DATE", "2021-04-12")]),
        # A present condition looks ahead; so does a start just before the date.
        (
            "If they cannot sell it in May, they said last week, prices fall.",
            [("May", "DATE", "2021-05"), ("last week", "DATE", "2021-W14")],
        ),
        (
            "He ordered evacuations beginning at 6 p.m. Tuesday.",
            [("6 p.m. Tuesday", "TIME", "2021-04-20T18:00")],
        ),
        # A schedule told in the present; "the close of business" is a noun.
        ("Polls close at 1 a.m. Saturday.", [("1 a.m. Saturday", "TIME", "2021-04-17T01:00")]),
        (
            "Shares had been tendered at the close of business Tuesday.",
            [("Tuesday", "DATE", "2021-04-13")],
        ),
        # A day the story looks ahead to is not where a past clause happens.
        (
            "The vote is on May 3. Stocks reversed course by midday.",
            [("May 3", "DATE", "2021-05-03"), ("midday", "TIME", "2021-04-15T12:00")],
        ),
        # "a decade ago" in years, as "ten years ago".
        ("A decade ago, the bank had 10 branches.", [("A decade ago", "DATE", "2011")]),
        # A month after "into", and before a noun it dates; a first name stays out.
        ("We went into August with too much stock.", [("August", "DATE", "2020-08")]),
        (
            "The March accession was delayed. The May government fell.",
            [("March", "DATE", "2021-03")],
        ),
        # A bare season after a preposition of time; "before winter" is the coming one.
        (
            "Unemployment could top 10% by summer, and a truce is urged before winter.",
            [("summer", "DATE", "2021-SU"), ("winter", "DATE", "2021-WI")],
        ),
        ("He pitched well in spring training.", []),
        # One more unit, and bare plural units after verbs of lasting.
        (
            "We do not have another decade to waste; counting can take days.",
            [("another decade", "DURATION", "P10Y"), ("days", "DURATION", "PXD")],
        ),
        # "a year earlier" than a month is that month a year before.
        (
            "Prices rose 8.2% in March from a year earlier.",
            [("March", "DATE", "2021-03"), ("a year earlier", "DATE", "2020-03")],
        ),
        # The time a figure is compared with does not move the story.
        (
            "Sales fell 4% from the second quarter of 2020. Stock fell at the end of the quarter.",
            [
                ("the second quarter of 2020", "DATE", "2020-Q2"),
                ("the end of the quarter", "DATE", "2021-Q1"),
            ],
        ),
        # "since 2019, when …" goes on about 2019.
        (
            "Listings have been slow since 2019, when rates rose. They fell the following year.",
            [("2019", "DATE", "2019"), ("the following year", "DATE", "2020")],
        ),
        # A month "of that year" is in the story's year.
        (
            "Oil peaked in July 2008 and collapsed by December of that year.",
            [("July 2008", "DATE", "2008-07"), ("December of that year", "DATE", "2008-12")],
        ),
        ("The retreat has gone on since the year 2000.", [("the year 2000", "DATE", "2000")]),
        (
            "One orbit took 11 hours and 55 minutes.",
            [("11 hours and 55 minutes", "DURATION", "PT11H55M")],
        ),
        # "$21 each" is per share; "eight hours a day" a rate.
        (
            "It sold shares at $21 each Thursday evening.",
            [("Thursday evening", "TIME", "2021-04-15TEV")],
        ),
        (
            "Power runs eight hours a day.",
            [("eight hours", "DURATION", "PT8H"), ("a day", "SET", "P1D")],
        ),
        # "soon", "the near term", "earlier today".
        (
            "Gains could fade soon, for the near term, as soon as Monday.",
            [
                ("soon", "DATE", "FUTURE_REF"),
                ("the near term", "DATE", "FUTURE_REF"),
                ("Monday", "DATE", "2021-04-19"),
            ],
        ),
        ("Soon after the vote, he left.", []),
        ("Earlier today, the governor spoke.", [("Earlier today", "DATE", "2021-04-15")]),
        (
            "The opening fell on Martin Luther King Jr. Day.",
            [("Martin Luther King Jr. Day", "DATE", "2021-01-18")],
        ),
        # The present progressive of an arrangement looks ahead.
        ("Families are throwing her a supper Saturday.", [("Saturday", "DATE", "2021-04-17")]),
        # Minutes after a clock time are a time; "2.15am" is a clock time.
        (
            "At 11:52 p.m., a camera recorded him. Four minutes later, he ran.",
            [
                ("11:52 p.m.", "TIME", "2021-04-15T23:52"),
                ("Four minutes later", "TIME", "2021-04-15T23:56"),
            ],
        ),
        ("A nurse rang at 2.15am.", [("2.15am", "TIME", "2021-04-15T02:15")]),
        # The week or weekend of a day, either order.
        (
            "In the week of 30 March, staff fell ill.",
            [("the week of 30 March", "DATE", "2021-W13")],
        ),
        # A month after "in" before a name; seasons around the story's time.
        ("The firm lost money, and in June Ms. Raman resigned.", [("June", "DATE", "2020-06")]),
        (
            "In October 1987 the sheriff ruled, and the following spring they dug a trench.",
            [("October 1987", "DATE", "1987-10"), ("the following spring", "DATE", "1988-SP")],
        ),
        ("The hearing lasted a single day.", [("a single day", "DURATION", "P1D")]),
        ("Drivers walked a quarter-mile.", []),
        # Seasons before and after the story's time; looking back does not move it.
        (
            "Rebels who took it the previous spring struck on Aug. 2, 2018. "
            "By that afternoon it fell.",
            [
                ("the previous spring", "DATE", "2020-SP"),
                ("Aug. 2, 2018", "DATE", "2018-08-02"),
                ("that afternoon", "TIME", "2018-08-02TAF"),
            ],
        ),
        (
            "A jury ruled in 2014, and lawmakers acted the following spring.",
            [("2014", "DATE", "2014"), ("the following spring", "DATE", "2015-SP")],
        ),
        # The nth weekday, week or weekend of a month.
        (
            "The vote is on the second Tuesday of March, 2014, after the first weekend in May.",
            [
                ("the second Tuesday of March, 2014", "DATE", "2014-03-11"),
                ("the first weekend in May", "DATE", "2021-W17-WE"),
            ],
        ),
        # "daily" before a name is a newspaper; before a month it is still how often.
        ("The Communist Party daily Granma said so.", []),
        (
            "Ferries leave daily from June through September.",
            [
                ("daily", "SET", "P1D"),
                ("June", "DATE", "2021-06"),
                ("September", "DATE", "2021-09"),
            ],
        ),
        # "a year-earlier loss": the business period, not a span of a year.
        (
            "It had a third-quarter loss, compared with a year-earlier profit.",
            [("third-quarter", "DATE", "2020-Q3"), ("year-earlier", "DATE", "2019-Q3")],
        ),
        ("Fighting went on into the early hours of Monday.", [("Monday", "DATE", "2021-04-12")]),
        # Rates after a count of a few words.
        ("Bread was rationed to two loaves per family a week.", [("a week", "SET", "P1W")]),
        # A business quarter named by its end, and what is compared with it.
        (
            "It lost money in the quarter ended Dec. 31, after a profit a year earlier.",
            [
                ("the quarter", "DATE", "2020-Q4"),
                ("Dec. 31", "DATE", "2020-12-31"),
                ("a year earlier", "DATE", "2019-Q4"),
            ],
        ),
        # The day a period ends is told in passing: the clock time after it is today's.
        (
            "The season, which ends on Nov. 30, was active. The next advisory is due at 5 p.m.",
            [("Nov. 30", "DATE", "2021-11-30"), ("5 p.m.", "TIME", "2021-04-15T17:00")],
        ),
        # A year ago from a business quarter is that quarter a year before; two years ago
        # is counted from the document date.
        (
            "It lost money in the fourth quarter on a unit it bought two years ago.",
            [("the fourth quarter", "DATE", "2020-Q4"), ("two years ago", "DATE", "2019")],
        ),
        # The verb right before a month and day says which side: "ended June 30".
        ("Its fiscal year ended June 30.", [("June 30", "DATE", "2020-06-30")]),
        ("Voters queued for hours.", [("hours", "DURATION", "PTXH")]),
        (
            "People want blue skies now, not in the distant future.",
            [("now", "DATE", "PRESENT_REF"), ("the distant future", "DATE", "FUTURE_REF")],
        ),
        ("He will lead Palm Sunday services.", [("Palm Sunday", "DATE", "2021-03-28")]),
        (
            "It will release its report for April on May 7.",
            [("April", "DATE", "2021-04"), ("May 7", "DATE", "2021-05-07")],
        ),
        # "last" as a verb is no part of the duration.
        (
            "The visit will open on Monday and last two days.",
            [("Monday", "DATE", "2021-04-19"), ("two days", "DURATION", "P2D")],
        ),
        # The article of "the 10-year note" belongs to the noun.
        ("The yield on the 10-year note rose.", [("10-year", "DURATION", "P10Y")]),
        ("Talks run through the end of the week.", [("the end of the week", "DATE", "2021-W15")]),
        (
            "Warming since the late 19th century could reach 2.7C by the end of the century.",
            [("the late 19th century", "DATE", "18"), ("the end of the century", "DATE", "20")],
        ),
    ],
)
def test_tense_and_extent_in_news(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY)] == expected


def test_a_month_day_in_a_story_of_another_written_year_takes_that_year() -> None:
    text = (
        "The first resident fell ill on 18 March 2020. By 20 March, the home had run out of "
        "gloves. Staff cut up bin bags instead."
    )
    values = {t.text: t.value for t in tag(text, date(2021, 4, 6))}
    assert values["20 March"] == "2020-03-20"


def test_a_month_day_keeps_to_the_document_year_when_the_story_year_was_not_written() -> None:
    text = "The first resident fell ill last March. By 20 March, the home had run out of gloves."
    values = {t.text: t.value for t in tag(text, date(2021, 4, 6))}
    assert values["20 March"] == "2021-03-20"


def test_a_month_day_ahead_follows_the_document_year() -> None:
    text = "A ferry sank on March 13, 2012. Crowds will travel by boat on April 14."
    values = {t.text: t.value for t in tag(text, date(2013, 3, 27))}
    assert values["April 14"] == "2013-04-14"


def test_one_day_after_a_modal_is_an_unspecified_future() -> None:
    found = tag("Islam will one day be the second largest religion.", THURSDAY)
    assert [(t.type, t.value) for t in found] == [("DATE", "FUTURE_REF")]
    assert tag("The strike lasted one day.", THURSDAY)[0].value == "P1D"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Shareholders responded coolly to yesterday's announcement.", "2021-04-14"),
        ("The offer was advertised in today's editions.", "2021-04-15"),
        ("The case is for today's youth what the war was for their parents.", None),
        ("Children in today's world face new risks.", None),
    ],
)
def test_a_day_word_with_a_possessive_names_the_day_unless_it_speaks_of_the_times(
    sentence: str, value: str | None
) -> None:
    found = tag(sentence, THURSDAY)
    assert [t.value for t in found] == ([value] if value else [])


def test_a_number_of_more_units_is_a_duration() -> None:
    found = tag("Elian will remain in the United States for two more weeks.", THURSDAY)
    assert [(t.text, t.value) for t in found] == [("two more weeks", "P2W")]
    assert tag("Two more soldiers were killed.", THURSDAY) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "mod"),
    [
        ("He was kidnapped almost two years ago.", "almost two years ago", "2019", "LESS_THAN"),
        ("About two years ago, the paper listed it.", "About two years ago", "2019", "APPROX"),
        ("Only two years ago, the plant was closed.", "two years ago", "2019", ""),
    ],
)
def test_an_approximator_stays_inside_a_point_counted_back(
    sentence: str, text: str, value: str, mod: str
) -> None:
    found = tag(sentence, THURSDAY)
    assert [(t.text, t.value, t.mod or "") for t in found] == [(text, value, mod)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", "2021-04-14TAF"),
        ("The talks ended late morning Tuesday.", "late morning Tuesday", "2021-04-13TMO"),
    ],
)
def test_a_part_of_the_day_before_its_day_is_that_day_s_part(
    sentence: str, text: str, value: str
) -> None:
    found = tag(sentence, THURSDAY)
    assert [(t.text, t.type, t.value) for t in found] == [(text, "TIME", value)]


def test_the_then_current_price_is_past_and_the_past_n_seasons_no_reference() -> None:
    found = tag("Holders may buy shares at the then-current market price.", THURSDAY)
    assert [(t.text, t.value) for t in found] == [("then-current", "PAST_REF")]
    found = tag("Police have provoked violence for the past three summers.", THURSDAY)
    assert "PAST_REF" not in [t.value for t in found]


def test_a_year_ago_comparison_after_last_year_names_last_year() -> None:
    text = (
        "Net income fell 22% in the third quarter. Last year catastrophe losses totaled $5 "
        "million. The year-earlier results have been restated."
    )
    found = tag(text, date(1989, 10, 30))
    assert [(t.text, t.value) for t in found][-2:] == [
        ("Last year", "1988"),
        ("year-earlier", "1988"),
    ]
    # A story weeks after a year ends reports on that year: its year-earlier is the one before.
    found = tag("Profit for 1997 rose 5% from the year-earlier level.", date(1998, 2, 10))
    assert [(t.text, t.value) for t in found] == [("1997", "1997"), ("year-earlier", "1996")]


def test_the_quarter_a_year_ago_is_one_period() -> None:
    found = tag("For the quarter a year ago, the company earned $16 million.", date(1989, 10, 26))
    assert [(t.text, t.value) for t in found] == [("the quarter a year ago", "1988-Q3")]


def test_a_sentence_opening_time_finds_its_verb_past_a_long_subject() -> None:
    text = (
        "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court "
        "decision, a clinic bombing in Birmingham, Ala., killed a security guard."
    )
    assert tag(text, date(1998, 10, 25))[0].value == "1998-01"


def test_a_limit_held_open_through_a_month_lies_ahead() -> None:
    text = "The banks extended $90 million in revolving loans through January."
    assert tag(text, date(1989, 10, 30))[0].value == "1990-01"
    assert tag("The fighting went on through January.", date(1989, 10, 30))[0].value == "1989-01"


def test_about_stays_inside_a_duration_as_its_mod() -> None:
    found = tag("The jury deliberated for about 14 hours.", THURSDAY)
    assert [(t.text, t.value, t.mod) for t in found] == [("about 14 hours", "PT14H", "APPROX")]
    found = tag("He was freed within two days.", THURSDAY)
    assert [t.text for t in found] == ["two days"]


def test_a_clock_time_takes_the_day_after_on_in_day_month_order() -> None:
    text = "She was last seen at about 6pm on Saturday 8 October 1994."
    found = tag(text, date(2016, 1, 31))
    assert [(t.text, t.value) for t in found] == [
        ("about 6pm", "1994-10-08T18:00"),
        ("Saturday 8 October 1994", "1994-10-08"),
    ]


def test_a_part_of_the_day_after_a_year_is_not_dated() -> None:
    text = (
        "The unit won a conviction in a 1987 case. Police asked anyone there that evening to call."
    )
    assert [t.text for t in tag(text, date(2016, 1, 31))] == ["1987"]


def test_a_hope_and_a_near_miss_point_their_own_ways() -> None:
    found = tag("She said she hoped to bring it to a vote before July.", date(2025, 3, 4))
    assert found[0].value == "2025-07"
    found = tag("The two sides came close to a deal on Dec. 5.", date(2001, 2, 26))
    assert found[0].value == "2000-12-05"


def test_a_holiday_in_a_story_told_in_another_year_is_that_year_s() -> None:
    text = 'The jury saw a memo of Dec. 4, 1994, telling a broker to "move it before Christmas."'
    assert [t.value for t in tag(text, date(1996, 10, 10))] == ["1994-12-04", "1994-12-25"]
    assert tag("The plant closes for Christmas.", date(1996, 10, 10))[0].value == "1996-12-25"


def test_a_wire_clock_in_gmt_is_a_time_and_a_conversion_keeps_the_moment_it_restates() -> None:
    found = tag("The forint weakened to 268.40 per euro by 1400 GMT.", date(2011, 7, 29))
    assert [(t.text, t.value) for t in found] == [("1400 GMT", "2011-07-29T14:00")]
    found = tag("It lifted off at 9:17 p.m. Monday (0017 GMT Tuesday).", date(2025, 11, 18))
    assert [(t.text, t.value) for t in found] == [
        ("9:17 p.m. Monday", "2025-11-17T21:17"),
        ("0017 GMT Tuesday", "2025-11-18T00:17"),
    ]


def test_every_night_is_the_night_of_every_day() -> None:
    values = [t.value for t in tag("Every night we waited; he runs every morning.", THURSDAY)]
    assert values == ["XXXX-XX-XXTNI", "XXXX-XX-XXTMO"]
    assert tag("Rooms cost $55 per night.", THURSDAY)[0].value == "P1D"


def test_a_number_opening_a_sentence_is_not_counted_by_the_sentence_before() -> None:
    text = 'The church bell rang 19 times.\n\n"Twenty-five years, and I still hear it," he said.'
    found = tag(text, date(2003, 9, 14))
    assert [(t.text, t.type, t.value) for t in found] == [("Twenty-five years", "DURATION", "P25Y")]
    assert tag("Earlier, officials said the talks had failed.", THURSDAY) == []


def test_late_in_the_year_and_weekends() -> None:
    found = tag("Families will move before the rains return late in the year.", THURSDAY)
    assert [(t.text, t.value, t.mod) for t in found] == [("late in the year", "2021", "END")]
    found = tag("Service on weekends would be reduced.", THURSDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("weekends", "SET", "XXXX-WXX-WE")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("GDP rose 0.1 percent in April-June.", "April-June", "2011-Q2"),
        (
            "It earned $5 million in the January-March period.",
            "the January-March period",
            "2011-Q1",
        ),
        (
            "Output fell in the April-June quarter of 2020.",
            "the April-June quarter of 2020",
            "2020-Q2",
        ),
    ],
)
def test_months_that_make_up_a_quarter_are_that_quarter(
    sentence: str, text: str, value: str
) -> None:
    found = tag(sentence, date(2011, 8, 12))
    assert [(t.text, t.value) for t in found] == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # A past form that is never a participle, after "that", is a relative clause's verb.
        (
            "Economists expect a pause after increases that began in April.",
            date(2008, 10, 17),
            "2008-04",
        ),
        # "every registered voter": an adjective, no past cue
        (
            "Officials hope to reach every registered voter by mid-March.",
            date(2013, 12, 4),
            "2014-03",
        ),
        (
            "A commission set up in January to examine the dams is due to report.",
            date(2023, 5, 13),
            "2023-01",
        ),
    ],
)
def test_tense_cues_in_relative_clauses_and_adjectives(
    sentence: str, published: date, value: str
) -> None:
    assert tag(sentence, published)[0].value == value


def test_every_weekend_is_a_set_of_weekends() -> None:
    found = tag("Volunteers sprayed insecticide every weekend.", THURSDAY)
    assert [(t.type, t.value) for t in found] == [("SET", "XXXX-WXX-WE")]


def test_a_weekday_coordinated_with_recurring_nights_recurs_too() -> None:
    found = tag("Flights leave on Monday and Tuesday nights.", THURSDAY)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]
    assert [t.type for t in tag("Officials met Monday and Tuesday.", THURSDAY)] == ["DATE"] * 2


def test_an_obligation_looks_ahead_unless_it_infers_the_past() -> None:
    published = date(2011, 10, 13)  # a Thursday
    found = tag("He must surrender his passport by Friday, the judge ordered.", published)
    assert found[0].value == "2011-10-14"
    assert tag("He must have left Friday.", published)[0].value == "2011-10-07"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Engineers will not know whether the arm collected it until early Wednesday.",
            "2019-03-20",
        ),
        ("Officials did not learn of the attack until Tuesday.", "2019-03-12"),
        # a forecast: the limit lies ahead whatever the tense of the expecting
        ("She did not expect enough supply until the summer.", "2019-SU"),
    ],
)
def test_not_until_takes_the_tense_of_its_negated_auxiliary(sentence: str, value: str) -> None:
    assert tag(sentence, date(2019, 3, 18))[0].value == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The Taliban entered Kabul on 15 August last year.", "15 August last year", "2021-08-15"),
        ("It began on March 2 last year.", "March 2 last year", "2021-03-02"),
        ("The offer ends Dec. 31 this year.", "Dec. 31 this year", "2022-12-31"),
    ],
)
def test_a_day_with_its_year_named_by_relation_is_one_date(
    sentence: str, text: str, value: str
) -> None:
    found = tag(sentence, date(2022, 12, 5))
    assert [(t.text, t.value) for t in found] == [(text, value)]


def test_the_day_a_retold_story_is_told_does_not_move_it() -> None:
    text = (
        "Barone left a friend's house at 11:15 p.m. on Friday, Oct. 7, 1994. It was the last "
        "time anyone heard her voice, the prosecutor said in her closing argument last "
        "Thursday. A trooper found her car the next morning."
    )
    values = {t.text: t.value for t in tag(text, date(1996, 3, 12))}
    assert values["last Thursday"] == "1996-03-07"
    assert values["the next morning"] == "1994-10-08TMO"
    # a story at the publication's own days still moves to the day of a saying
    text = "Officials said Monday the talks would go on. The next day they collapsed."
    assert [t.value for t in tag(text, THURSDAY)] == ["2021-04-12", "2021-04-13"]


def test_the_weekday_of_a_story_told_in_another_week() -> None:
    text = (
        "The group arrived on Monday 8 June last year. At 9.40pm on the Tuesday, a warning "
        "came. On the Wednesday morning, the river rose. The vote is due by the Friday deadline."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 11, 6))]
    assert found == [
        ("Monday 8 June last year", "1998-06-08"),
        ("9.40pm", "1998-06-09T21:40"),
        ("the Tuesday", "1998-06-09"),
        ("the Wednesday morning", "1998-06-10TMO"),
        ("Friday", "1999-11-12"),
    ]


def test_a_date_in_a_relative_clause_set_off_by_commas_does_not_move_the_story() -> None:
    text = (
        "On Saturday, Oct. 3, 2009, the alarm sounded at 11:56 p.m. Nine minutes later, at "
        "12:05 a.m., the first engine arrived. The building, which opened in 1968, had no "
        "sprinklers. By 12:30 a.m., flames had reached the roof."
    )
    values = {t.text: t.value for t in tag(text, date(2014, 10, 4))}
    assert values["12:30 a.m."] == "2009-10-04T00:30"


def test_speeds_are_not_sets() -> None:
    text = (
        "It moved at 14 miles an hour with winds of 130 km per hour. He earns $50 an hour. "
        "Gusts reached 100 kilometers (62 miles) per hour. A nightly curfew began."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, THURSDAY)]
    assert found == [("an hour", "SET", "PT1H"), ("nightly", "SET", "XXXX-XX-XXTNI")]


def test_a_live_blog_entry_opens_with_its_time() -> None:
    text = (
        "Trains will run from 5:30 am Friday.\n\n17:50 - The union says it will hold a rally."
        "\n\nThe score was 2:1 - a win."
    )
    found = tag(text, date(2012, 10, 18))
    assert [(t.text, t.value) for t in found][-1:] == [("17:50", "2012-10-18T17:50")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The presidents are to meet in the Fergana Valley on Thursday.", "2022-07-14"),
        ("Heavy rainfall is likely from Thursday morning.", "2022-07-14TMO"),
        ("The strongest winds will come overnight Saturday.", "2022-07-16TNI"),
        ("Ferries have been tied up since midnight.", "2022-07-10T00:00"),
        ("The teams meet on ANZAC Day.", "2023-04-25"),
        ("Labor Day weekend usually brings 100,000 visitors.", "2022-W35-WE"),
    ],
)
def test_schedules_forecasts_and_holidays(sentence: str, value: str) -> None:
    assert tag(sentence, date(2022, 7, 10))[0].value == value


def test_an_hour_tonight_or_this_morning_is_a_clock_time() -> None:
    text = "The next advisory comes at 11 o'clock tonight. The two tonight will debate."
    found = tag(text, date(1996, 8, 29))
    assert [(t.text, t.value) for t in found] == [
        ("11 o'clock tonight", "1996-08-29T23:00"),
        ("tonight", "1996-08-29TNI"),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        (
            "The regulator extended to Friday the deadline for users.",
            date(2015, 4, 12),
            "2015-04-17",
        ),
        (
            "It said any SIM not verified by Friday would be blocked.",
            date(2015, 4, 12),
            "2015-04-17",
        ),
        (
            "She warned that if the auditor did not appear Tuesday, she would close the case.",
            date(1999, 8, 5),
            "1999-08-10",
        ),
        # a market's close is a price already set
        (
            "It will pay $54 a share, a 28% premium to the closing price on Wednesday.",
            date(2016, 8, 11),
            "2016-08-10",
        ),
        # a plain present of a schedule looks ahead
        ("Tickets go on sale on Tuesday.", date(2010, 5, 10), "2010-05-11"),
        ("The bill goes to a vote on Thursday.", date(2010, 5, 10), "2010-05-13"),
        (
            "It will report results two weeks earlier than planned, after the departure of its "
            "chief executive on Monday.",
            date(2018, 7, 24),
            "2018-07-23",
        ),
        (
            "The timing tells you Thursday's numbers won't be pretty.",
            date(2018, 7, 24),
            "2018-07-26",
        ),
        ("Ministers want it to become law before Easter.", date(2004, 6, 30), "2005-03-27"),
        # the day of a saying, before "that", stays the saying's
        (
            "She said on Wednesday that her plan would protect families.",
            date(2013, 3, 21),
            "2013-03-20",
        ),
    ],
)
def test_deadlines_conditions_and_comparisons_point_the_right_way(
    sentence: str, published: date, value: str
) -> None:
    assert tag(sentence, published)[-1].value == value


def test_named_seasons_and_new_years() -> None:
    text = (
        "They came home for the Mid-Autumn Festival. The Winter Games are in February. "
        "The court will not sit over Christmas and New Year. Millions travel for the Lunar "
        "New Year."
    )
    found = [(t.text, t.value) for t in tag(text, date(2012, 11, 29))]
    assert ("New Year", "2013-01-01") in found
    assert ("the Mid-Autumn Festival", "2012-09-30") in found
    assert ("the Lunar New Year", "2013-02-10") in found
    assert [t for t, _ in found if "Winter" in t] == []
    assert len([t for t, _ in found if t == "New Year"]) == 1


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "mod"),
    [
        (
            "Muslims celebrated Eid al-Fitr on Friday.",
            date(2023, 4, 23),
            "Eid al-Fitr",
            "2023-04-21",
            "",
        ),
        ("Prices rise before Eid-ul-Adha.", date(2024, 6, 1), "Eid-ul-Adha", "2024-06-16", ""),
        ("Fireworks were banned on Diwali.", date(2019, 10, 30), "Diwali", "2019-10-27", ""),
        ("They will marry after Passover.", date(2021, 3, 1), "Passover", "2021-03-28", ""),
        (
            "The war began on Yom Kippur 1973.",
            date(2023, 10, 6),
            "Yom Kippur 1973",
            "1973-10-06",
            "",
        ),
        ("Iranians marked Nowruz last week.", date(2022, 3, 27), "Nowruz", "2022-03-21", ""),
        (
            "Egyptians flocked to parks for Sham el-Nessim.",
            date(2010, 4, 6),
            "Sham el-Nessim",
            "2010-04-05",
            "",
        ),
        ("Greeks marked Orthodox Easter.", date(2021, 5, 4), "Orthodox Easter", "2021-05-02", ""),
        (
            "The city was quiet for the Spring Festival.",
            date(1997, 3, 8),
            "the Spring Festival",
            "1997-02-07",
            "",
        ),
        # Ramadan is a month: the one that holds it, or about the one that holds most of it
        (
            "Fasting during Ramadan is hard in the heat.",
            date(2011, 7, 29),
            "Ramadan",
            "2011-08",
            "",
        ),
        ("Attacks rose during Ramadan.", date(2019, 7, 1), "Ramadan", "2019-05", "APPROX"),
    ],
)
def test_feasts_of_other_calendars(
    sentence: str, published: date, text: str, value: str, mod: str
) -> None:
    found = {t.text: (t.value, t.mod) for t in tag(sentence, published)}
    assert found.get(text) == (value, mod), found


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Iraqi Vice President Taha Yassin Ramadan arrived in Amman.", date(2003, 3, 1)),
        ("Veterans of the Yom Kippur War gathered.", date(2023, 10, 6)),
        ("They watched the Spring Festival Gala on television.", date(2020, 1, 26)),
        ("Islamic State fighters and Chinese officials met.", date(2015, 6, 1)),
        # before the calendar tables begin: no date rather than a guessed one
        ("The bazaar closed for Diwali.", date(1850, 6, 1)),
    ],
)
def test_names_that_hold_a_feast_name_are_not_feasts(sentence: str, published: date) -> None:
    assert tag(sentence, published) == []


def test_a_reported_forecast_looks_ahead() -> None:
    text = "Analysts said the vote on Tuesday was likely to be close."
    assert tag(text, date(2021, 12, 3))[0].value == "2021-12-07"


def test_a_limit_ahead_after_a_story_in_an_earlier_year_is_this_year_s() -> None:
    text = (
        "The framework was agreed in October 2012. The government wants Congress to pass the "
        "law by the end of the year."
    )
    assert tag(text, date(2014, 1, 29))[-1].value == "2014"
    text = (
        "The fires began on Sept. 7, 2020. At 2:15 a.m. the next day, a downed power line "
        "started a grass fire."
    )
    values = {t.text: t.value for t in tag(text, date(2023, 8, 18))}
    assert values["2:15 a.m."] == "2020-09-08T02:15"


def test_every_few_units_and_a_rate_counted_in_its_own_sentence() -> None:
    found = tag("Officials were in contact every few hours.", THURSDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("every few hours", "SET", "PTXH")]
    found = tag("The blast wounded about 5,000. Mourners observed a minute of silence.", THURSDAY)
    assert [(t.text, t.type) for t in found] == [("a minute", "DURATION")]


def test_a_gathering_for_a_weekday_is_still_to_come() -> None:
    found = tag("The alliance called an emergency meeting for Wednesday.", date(2022, 9, 19))
    assert found[0].value == "2022-09-21"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "They filed petitions before a deadline that expired at midnight Saturday.",
            "2017-12-09T24:00",
        ),
        ("A global ban on chemical weapons takes effect Tuesday.", "2017-12-19"),
        ("The ban took effect Tuesday.", "2017-12-12"),
    ],
)
def test_relative_clause_verbs_and_taking_effect(sentence: str, value: str) -> None:
    assert tag(sentence, date(2017, 12, 14))[0].value == value


def test_a_directive_told_in_the_pluperfect_is_past() -> None:
    text = (
        "The embassy said the hostages had been allowed to telephone their families on Wednesday."
    )
    assert tag(text, date(1998, 7, 11))[0].value == "1998-07-08"
    assert tag("Police urged residents to stay home on Wednesday.", date(1998, 7, 11))[0].value == (
        "1998-07-15"
    )


def test_a_forecast_told_in_the_past_still_looks_ahead() -> None:
    text = "Officials said a ruling was unlikely before mid-January."
    assert tag(text, date(2017, 12, 14))[0].value == "2018-01"


def test_the_first_or_last_three_or_six_months_of_a_year_are_its_quarter_or_half() -> None:
    text = (
        "Growth slowed in the first three months of 2017. Fares rose in the final three months "
        "of 2024 from a year earlier. Sales fell in the first nine months of 1997."
    )
    found = [(t.text, t.value) for t in tag(text, date(2025, 3, 4))]
    assert found == [
        ("the first three months of 2017", "2017-Q1"),
        ("the final three months of 2024", "2024-Q4"),
        ("a year earlier", "2023-Q4"),
        ("the first nine months", "P9M"),
        ("1997", "1997"),
    ]


def test_a_long_coordination_stays_under_its_will() -> None:
    text = (
        "Under the plan, Dongsan will sell its semiconductor-equipment unit to its Japanese "
        "joint-venture partner by September and merge its two petrochemical affiliates in the "
        "fourth quarter."
    )
    assert tag(text, date(1999, 6, 14))[-1].value == "1999-Q4"


def test_the_current_quarter_in_a_forecast_does_not_become_the_story_s_quarter() -> None:
    text = (
        "Profit rose in the three months ended June 30. Demand should recover in the current "
        "quarter. The company added 3,200 employees in the quarter."
    )
    assert tag(text, date(2019, 7, 10))[-1].value == "2019-Q2"


def test_a_day_or_night_before_a_noun_is_its_modifier_not_a_span() -> None:
    text = (
        "A night watchman called the plant. Residents have been under a night curfew since "
        "1997. She set out alone on a day hike. He spent a night in jail, and it took a day to "
        "fix the pump. Shares had their steepest one-day fall. Labs test 100,000 people a day "
        "nationwide."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2009, 9, 9))]
    assert found == [
        ("1997", "DATE", "1997"),
        ("a night", "DURATION", "P1D"),
        ("a day", "DURATION", "P1D"),
        ("one-day", "DURATION", "P1D"),
        ("a day", "SET", "P1D"),
    ]


def test_one_day_in_a_hope_is_the_future_and_one_day_to_the_next_is_no_span() -> None:
    text = (
        '"Maybe one day, maybe never," he said. They live from one day to the next. Islam will '
        "one day be the second religion."
    )
    found = [(t.text, t.value) for t in tag(text, date(2007, 1, 28))]
    assert found == [("one day", "FUTURE_REF"), ("one day", "FUTURE_REF")]


def test_a_clock_time_before_a_day_without_its_year_keeps_the_story_s_year() -> None:
    text = (
        "On the evening of Monday, November 8, 2021, two gang members stole a pair of cars.\n\n"
        "At 6:40 am on Tuesday, November 9, the cars boxed in the van. The following day, "
        "investigators traced a phone that had been switched on near the farm on the Monday "
        "night."
    )
    found = [(t.text, t.value) for t in tag(text, date(2025, 5, 13))]
    assert found == [
        ("the evening of Monday, November 8, 2021", "2021-11-08TEV"),
        ("6:40 am", "2021-11-09T06:40"),
        ("Tuesday, November 9", "2021-11-09"),
        ("The following day", "2021-11-10"),
        ("the Monday night", "2021-11-08TNI"),
    ]


def test_that_weekday_is_the_next_one_unless_the_one_before_is_much_nearer() -> None:
    text = "The court adjourned on Friday, March 5, 2021, and resumed that Tuesday."
    assert tag(text, date(2021, 6, 1))[-1].value == "2021-03-09"


def test_local_time_stays_out_of_a_clock_time_unless_a_day_follows() -> None:
    text = "The pause began at 10:00 local time. Troops crossed at 3:15 a.m. local time Tuesday."
    found = [(t.text, t.value) for t in tag(text, date(2014, 7, 17))]
    assert found == [
        ("10:00", "2014-07-17T10:00"),
        ("3:15 a.m. local time Tuesday", "2014-07-15T03:15"),
    ]


def test_a_weekday_week_is_a_week_after_the_coming_one() -> None:
    text = "The two sides meet again on Anzac Day itself, Tuesday week."
    found = [(t.text, t.value) for t in tag(text, date(2017, 4, 15))]
    assert found[-1] == ("Tuesday week", "2017-04-25")


def test_a_century_sets_no_time_to_count_from() -> None:
    text = (
        "Scotland was in the grip of one of the harshest winters of the 20th century. The "
        "last of the dead was not brought up until the following Tuesday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2003, 2, 1))]
    assert found[-1] == ("the following Tuesday", "2003-02-04")


def test_the_year_after_a_later_year_told_in_an_earlier_sentence_is_the_document_s() -> None:
    text = (
        "A sister satellite is scheduled for launch in 2027. Arianespace plans one more launch "
        "before the end of the year."
    )
    found = [(t.text, t.value) for t in tag(text, date(2025, 11, 18))]
    assert found[-1] == ("the end of the year", "2025")


def test_early_or_late_before_a_weekday_and_date_is_one_expression() -> None:
    text = "Crews sealed the valve late Wednesday, Oct. 25. Two days later, the province acted."
    found = [(t.text, t.value, t.mod) for t in tag(text, date(1995, 11, 8))]
    assert found == [
        ("late Wednesday, Oct. 25", "1995-10-25", "END"),
        ("Two days later", "1995-10-27", ""),
    ]


def test_years_ago_today_is_that_very_day() -> None:
    text = (
        "Forty years ago today, an explosion tore through the colliery. The blast came at "
        "11.20am. A month ago today, it rained."
    )
    found = [(t.text, t.value) for t in tag(text, date(2003, 2, 1))]
    assert found == [
        ("Forty years ago today", "1963-02-01"),
        ("11.20am", "1963-02-01T11:20"),
        ("A month ago today", "2003-01-01"),
    ]


def test_the_same_month_last_year_is_the_story_s_month_a_year_back() -> None:
    text = "Industrial output in September was up 16.3 percent from the same month last year."
    found = [(t.text, t.value) for t in tag(text, date(2003, 10, 19))]
    assert found == [("September", "2003-09"), ("the same month last year", "2002-09")]


def test_black_friday_and_cyber_monday_follow_thanksgiving() -> None:
    text = "Shoppers spent a record on Black Friday. Cyber Monday is expected to bring in more."
    found = [(t.text, t.value) for t in tag(text, date(2018, 11, 24))]
    assert found == [("Black Friday", "2018-11-23"), ("Cyber Monday", "2018-11-26")]


def test_the_next_day_s_event_named_in_a_past_clause_is_still_tomorrow_s() -> None:
    text = "Kiprono withdrew from Sunday's Rotterdam Marathon on Saturday."
    found = [(t.text, t.value) for t in tag(text, date(2014, 4, 12))]
    assert found == [("Sunday", "2014-04-13"), ("Saturday", "2014-04-12")]


def test_the_end_of_a_quarter_or_decade_is_one_expression() -> None:
    text = (
        "The company plans to add trucks by the end of the third quarter. She moved to the "
        "capital at the end of the 1930s."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2006, 4, 20))]
    assert found == [
        ("the end of the third quarter", "2006-Q3", "END"),
        ("the end of the 1930s", "193", "END"),
    ]


def test_a_year_told_as_a_bound_holds_for_its_sentence_only() -> None:
    text = (
        "On the night of April 14, 1988, the wall of the dam gave way. Engineers had warned as "
        "early as 1985 that the spillway was too small, and again the following year. By the "
        "afternoon of April 14, water was running over the top."
    )
    found = [(t.text, t.value) for t in tag(text, date(2018, 4, 13))]
    assert found == [
        ("the night of April 14, 1988", "1988-04-14TNI"),
        ("1985", "1985"),
        ("the following year", "1986"),
        ("the afternoon of April 14", "1988-04-14TAF"),
    ]


def test_a_present_tense_handover_or_return_on_a_weekday_is_still_to_come() -> None:
    text = "Varela hands over to his deputy on Friday. The envoy returns Monday."
    found = [(t.text, t.value) for t in tag(text, date(2005, 6, 28))]
    assert found == [("Friday", "2005-07-01"), ("Monday", "2005-07-04")]


@pytest.mark.parametrize(
    ("sentence", "told", "value"),
    [
        ("The state ordered vaccine last spring.", date(1998, 11, 12), "1998-SP"),
        ("He left for Germany last summer.", date(2014, 6, 11), "2013-SU"),
        ("Herders must prepare for next winter.", date(2001, 4, 20), "2001-WI"),
        ("The games open next summer.", date(2018, 5, 9), "2019-SU"),
        ("Work starts next spring.", date(2017, 10, 14), "2018-SP"),
    ],
)
def test_last_season_is_the_latest_one_over_and_next_the_first_not_about_to_start(
    sentence: str, told: date, value: str
) -> None:
    assert tag(sentence, told)[0].value == value


def test_the_time_of_a_forecast_is_not_the_time_of_what_it_forecast() -> None:
    text = "The Bank of England forecast in February that the economy would grow this year."
    assert tag(text, date(2017, 4, 28))[0].value == "2017-02"


def test_what_runs_out_or_runs_from_a_weekday_is_still_to_come() -> None:
    text = "The 180-day countdown runs out at midnight Monday."
    assert tag(text, date(1997, 4, 27))[-1].value == "1997-04-28T24:00"
    text = "The warning runs from 7 p.m. Wednesday until 7 p.m. Thursday."
    assert tag(text, date(2018, 1, 2))[0].value == "2018-01-03T19:00"


def test_the_next_decade_is_the_span_ahead() -> None:
    text = "The plan would raise $975 billion over the next decade."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2013, 3, 21))]
    assert found == [("the next decade", "DURATION", "P10Y")]


def test_another_stays_inside_a_duration() -> None:
    text = (
        "It took another 15 months to negotiate. Officials urged others to wait at least "
        "another week."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2014, 1, 29))]
    assert found == [
        ("another 15 months", "P15M", ""),
        ("at least another week", "P1W", "EQUAL_OR_MORE"),
    ]


def test_at_or_until_the_last_minute_is_an_idiom() -> None:
    text = (
        "We will keep talking until the last minute. The deal was changed at the last minute. "
        "Prices rose sharply in the last minute."
    )
    found = [(t.text, t.value) for t in tag(text, date(2007, 2, 17))]
    assert found == [("the last minute", "PT1M")]


def test_a_clause_looking_ahead_is_not_at_a_past_story_time() -> None:
    text = (
        "Storms flattened crops late last week. Forecasters expect the dry, hot weather to "
        "last at least until the end of the month."
    )
    assert tag(text, date(2012, 8, 1))[-1].value == "2012-08"


def test_or_more_stays_inside_a_duration() -> None:
    text = "It can take a year or more before a country agrees to accept a family."
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2007, 1, 28))]
    assert found == [("a year or more", "P1Y", "EQUAL_OR_MORE")]


def test_just_over_stays_inside_a_duration() -> None:
    text = "The county had 341 cases in just over nine weeks."
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2017, 2, 2))]
    assert found == [("just over nine weeks", "P9W", "MORE_THAN")]


def test_early_or_late_before_last_night_stays_inside_as_its_mod() -> None:
    text = "The minister told reporters late last night that prices would rise."
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2004, 6, 12))]
    assert found == [("late last night", "2004-06-11TNI", "END")]


def test_the_new_year_told_late_in_a_year_is_the_next_one() -> None:
    text = (
        "Javed hoped to work again in the new year. Resorts had cancellations for Christmas "
        "and the New Year. Markets closed for the Labor Day holiday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2022, 12, 5))]
    assert found == [
        ("the new year", "2023"),
        ("Christmas", "2022-12-25"),
        ("the New Year", "2023-01-01"),
        ("Labor Day", "2022-09-05"),
    ]


def test_a_bare_plural_unit_counted_from_an_event_or_within_is_a_vague_span() -> None:
    text = (
        "Neighbors heard cracking on February 26, hours before the collapse. Villagers pulled "
        "survivors out within minutes. His car was seen in the weeks before the shooting."
    )
    found = [(t.text, t.value) for t in tag(text, date(2010, 3, 15))]
    assert found == [("February 26", "2010-02-26"), ("hours", "PTXH"), ("minutes", "PTXM")]


def test_working_business_and_trading_days_count_as_days() -> None:
    text = (
        "An offer must stay open for at least 20 business days, and a chamber has 10 working days."
    )
    found = [(t.text, t.value) for t in tag(text, date(2017, 12, 14))]
    assert found == [("at least 20 business days", "P20D"), ("10 working days", "P10D")]


def test_annually_and_adverbial_quarterly_are_sets() -> None:
    text = (
        "Rich nations pledged $100 billion annually. The group must report to them quarterly. "
        "It raised its quarterly dividend. The notes pay interest semiannually."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2009, 5, 19))]
    assert found == [
        ("annually", "SET", "P1Y"),
        ("quarterly", "SET", "P3M"),
        ("semiannually", "SET", "P6M"),
    ]


def test_through_the_night_and_over_the_week_are_the_story_s() -> None:
    text = (
        "A train derailed on Thursday. Rescue crews worked through the night. Stocks still "
        "ended the week down 7 percent."
    )
    found = [(t.text, t.value) for t in tag(text, date(2005, 7, 9))]
    assert found == [
        ("Thursday", "2005-07-07"),
        ("the night", "2005-07-07TNI"),
        ("the week", "2005-W27"),
    ]


def test_the_week_before_told_alone_is_the_week_before_the_story_s() -> None:
    text = (
        "The county recorded 19 new cases last week, down from 61 the week before. Police "
        "found the car on Oct. 8, 1994. He had been seen near it the night before. She left "
        "the day before."
    )
    found = [(t.text, t.value) for t in tag(text, date(2017, 2, 2))]
    assert found == [
        ("last week", "2017-W04"),
        ("the week before", "2017-W03"),
        ("Oct. 8, 1994", "1994-10-08"),
        ("the night before", "1994-10-07TNI"),
        ("the day before", "1994-10-07"),
    ]


def test_the_day_before_with_no_day_of_the_story_s_own_is_not_guessed() -> None:
    assert tag("She left the day before.", date(2017, 2, 2)) == []


def test_a_time_asked_or_called_for_is_still_to_come() -> None:
    text = "Prosecutors had asked for a trial in July. The opposition called for elections in May."
    found = [(t.text, t.value) for t in tag(text, date(2020, 4, 15))]
    assert found == [("July", "2020-07"), ("May", "2020-05")]


def test_the_year_after_another_year_named_in_an_earlier_sentence_is_the_document_s() -> None:
    text = (
        "Sales reached $2.1 billion in fiscal 2015. Volumes fell 6% in the first half of the year."
    )
    assert tag(text, date(2016, 8, 11))[-1].value == "2016-H1"


def test_through_the_night_told_in_the_past_on_the_day_after_is_the_night_before() -> None:
    text = '"We worked through the night with shovels," he said. Officials spoke at 6 p.m.'
    found = [(t.text, t.value) for t in tag(text, date(1999, 8, 21))]
    assert found == [("the night", "1999-08-20TNI"), ("6 p.m.", "1999-08-21T18:00")]


def test_present_gather_and_face_on_a_weekday_are_schedules() -> None:
    text = "A deal could be finalised when finance ministers gather on Friday."
    assert tag(text, date(2013, 3, 11))[-1].value == "2013-03-15"
    text = "Racing face Gremio in the first leg of the quarterfinals on Thursday."
    assert tag(text, date(2002, 5, 19))[-1].value == "2002-05-23"


def test_an_approximated_span_is_never_a_rate() -> None:
    text = (
        "It was the first summit of the two countries in more than a decade. Twenty-five of "
        "them escaped within an hour. They sell 100,000 cars a year."
    )
    found = [(t.text, t.type) for t in tag(text, date(2013, 6, 11))]
    assert found == [("more than a decade", "DURATION"), ("an hour", "DURATION"), ("a year", "SET")]


def test_right_now_is_one_expression() -> None:
    found = [
        (t.text, t.value) for t in tag("Right now our job is to contain it.", date(2017, 2, 2))
    ]
    assert found == [("Right now", "PRESENT_REF")]


def test_a_day_the_sentence_already_set_ahead_carries_its_direction_on() -> None:
    text = (
        "It said two new flights would leave Bombay on Monday and Tuesday nights from March "
        "30, with the third departing each Thursday from August 6. Talks began on August 6."
    )
    found = [(t.text, t.value) for t in tag(text, date(1998, 2, 13)) if t.type == "DATE"]
    assert found == [
        ("March 30", "1998-03-30"),
        ("August 6", "1998-08-06"),
        ("August 6", "1997-08-06"),
    ]


def test_as_soon_as_reaches_past_a_short_clause_to_its_day() -> None:
    text = "Institutions were likely to buy its stock as soon as trading opened Monday."
    assert tag(text, date(1989, 11, 1))[-1].value == "1989-11-06"


def test_mid_morning_alone_is_the_middle_of_that_part_of_the_day() -> None:
    text = (
        "Shares fell 3.9% on Monday. They were down a further 2.2% by mid-afternoon. "
        "On Saturday, by mid morning, the streets were calm."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2008, 9, 16))]
    assert found == [
        ("Monday", "2008-09-15", ""),
        ("mid-afternoon", "2008-09-16TAF", "MID"),
        ("Saturday", "2008-09-13", ""),
        ("mid morning", "2008-09-13TMO", "MID"),
    ]


def test_the_weeks_ahead_and_the_next_couple_of_years_are_spans() -> None:
    text = (
        "Funds may sell in the weeks ahead. Over the next couple of years it will grow, "
        "as it did over the past couple of months. The road ahead is long."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(1989, 10, 27))]
    assert found == [
        ("the weeks ahead", "DURATION", "PXW"),
        ("the next couple of years", "DURATION", "P2Y"),
        ("the past couple of months", "DURATION", "P2M"),
    ]


def test_a_span_told_in_parts_is_one_duration_and_a_list_is_not() -> None:
    text = (
        "He won in 2 hours, 24 minutes, 51 seconds on Saturday. Play stopped for just over "
        "1 hour, 40 minutes. It lasted two days, three weeks earlier it had lasted one."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(1999, 2, 14))]
    assert found == [
        ("2 hours, 24 minutes, 51 seconds", "PT2H24M51S", ""),
        ("Saturday", "1999-02-13", ""),
        ("just over 1 hour, 40 minutes", "PT1H40M", "MORE_THAN"),
        ("two days", "P2D", ""),
        ("three weeks earlier", "1999-01-23", ""),
    ]


def test_a_run_of_units_is_one_duration_and_quarters_stay_quarters() -> None:
    text = (
        "Sales have fallen for four straight months. Shipments rose for eight consecutive "
        "quarters, and in the past two quarters alone by half."
    )
    found = [(t.text, t.value) for t in tag(text, date(2012, 3, 1))]
    assert found == [
        ("four straight months", "P4M"),
        ("eight consecutive quarters", "P8Q"),
        ("the past two quarters", "P2Q"),
    ]


def test_recently_before_the_date_it_introduces_is_no_expression_of_its_own() -> None:
    text = (
        "The firm had forecast a profit as recently as November. Doctors were killed, most "
        "recently last October. It recently moved."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 1, 22))]
    assert found == [
        ("November", "1998-11"),
        ("last October", "1998-10"),
        ("recently", "PAST_REF"),
    ]


def test_a_quarter_as_a_share_is_no_period() -> None:
    text = (
        "The economy shrank by a quarter. It cut spending by about a quarter. The bank "
        "lifted rates by a quarter point. Profit rose in a quarter."
    )
    found = [(t.text, t.value) for t in tag(text, date(2012, 3, 1))]
    assert found == [("a quarter", "P1Q")]


def test_the_weekend_after_since_for_into_and_at_least() -> None:
    text = (
        "No break is expected until at least the weekend. Forecasters had warned since the "
        "weekend of a storm. Hotels were full for the weekend. They take a lead into the "
        "weekend."
    )
    found = [t.value for t in tag(text, date(2015, 1, 27))]
    assert found == ["2015-W05-WE", "2015-W04-WE", "2015-W04-WE", "2015-W05-WE"]


def test_a_part_of_the_day_before_trading_is_that_part_of_the_day() -> None:
    text = "Shares closed 6.3% lower in heavy afternoon trading. He likes morning walks."
    found = [(t.text, t.value) for t in tag(text, date(2016, 2, 29))]
    assert found == [("afternoon", "2016-02-29TAF")]


def test_mid_year_and_midweek_are_the_middle_of_that_period() -> None:
    text = (
        "Rates will rise by mid-year. A midyear review is due. Sales doubled by midyear 2008. "
        "A winner will be certified by midweek, after a midweek match."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2010, 5, 30))]
    assert found == [
        ("mid-year", "2010", "MID"),
        ("midyear 2008", "2008", "MID"),
        ("midweek", "2010-W22", "MID"),
    ]


def test_a_day_the_text_wrote_with_its_year_keeps_that_year_when_told_again() -> None:
    text = (
        "On Oct. 10, 1998, she set out alone. The break came last August. He told deputies "
        "he had spent the weekend of Oct. 10 hunting. A memorial is planned on Oct. 10."
    )
    found = [(t.text, t.value) for t in tag(text, date(2025, 6, 21))]
    assert found == [
        ("Oct. 10, 1998", "1998-10-10"),
        ("last August", "2024-08"),
        ("the weekend of Oct. 10", "1998-W41-WE"),
        ("Oct. 10", "2025-10-10"),
    ]


def test_earlier_than_planned_measures_a_span_rather_than_placing_a_time() -> None:
    text = (
        "It will report results on Thursday, nearly two weeks earlier than planned. "
        "The plant would start six months later than expected."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2018, 7, 10))]
    assert found == [
        ("Thursday", "DATE", "2018-07-12"),
        ("nearly two weeks", "DURATION", "P2W"),
        ("six months", "DURATION", "P6M"),
    ]


def test_the_future_is_tagged_wherever_it_stands() -> None:
    text = "The future of the city depends on the bus. Nobody knows what the future holds."
    found = [(t.text, t.value) for t in tag(text, date(2020, 1, 1))]
    assert found == [("The future", "FUTURE_REF"), ("the future", "FUTURE_REF")]


def test_for_some_time_and_a_long_time_ago_are_vague_times() -> None:
    text = (
        "Forces could be in the gulf for some time. They should have been remembered a long "
        "time ago. At that time, it was fine."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(1990, 8, 15))]
    assert found == [("some time", "DURATION", "PXX"), ("a long time ago", "DATE", "PAST_REF")]


def test_a_unit_long_adjective_is_a_span_without_its_article() -> None:
    text = (
        "They held a third day-long meeting after a month-long shutdown and a decades-long "
        "feud, during the week-long holiday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2000, 4, 3))]
    assert found == [
        ("day-long", "P1D"),
        ("month-long", "P1M"),
        ("decades-long", "PXY"),
        ("week-long", "P1W"),
    ]


def test_every_other_day_is_every_second_day() -> None:
    text = "Residents get water every other day. Every other country agreed."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2012, 3, 1))]
    assert found == [("every other day", "SET", "P2D")]


def test_a_season_or_month_described_by_its_weather_or_pace_is_a_time() -> None:
    text = (
        "Farm output fell after a dry spring. Shops say that after a slow June they were "
        "counting on it. The storm comes after the wettest autumn in the west. A hot "
        "spring bubbled up."
    )
    found = [(t.text, t.value) for t in tag(text, date(2025, 12, 5))]
    assert found == [
        ("spring", "2025-SP"),
        ("June", "2025-06"),
        ("autumn", "2025-FA"),
    ]


def test_a_reported_clause_with_could_looks_ahead() -> None:
    text = "Officials warned that another dry summer could devastate harvests."
    assert tag(text, date(2013, 3, 18))[-1].value == "2013-SU"


def test_a_rate_after_a_converted_amount_is_a_set() -> None:
    text = "Rome was spending about 9m euros (£6.5m) a month on the operation."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2015, 4, 22))]
    assert found == [("a month", "SET", "P1M")]


def test_may_before_be_or_not_is_the_verb() -> None:
    text = "THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED. The vote is in May."
    found = [(t.text, t.value) for t in tag(text, date(2017, 3, 1))]
    assert found == [("May", "2017-05")]


def test_that_same_day_is_the_story_s_day() -> None:
    text = "He was killed on Oct. 23. His name was crossed out that same day."
    found = [(t.text, t.value) for t in tag(text, date(1999, 2, 6))]
    assert found == [("Oct. 23", "1998-10-23"), ("that same day", "1998-10-23")]


def test_what_must_be_done_by_a_month_lies_ahead() -> None:
    text = (
        "A draft could be ready before the end of the month. Bids must be submitted by "
        "December. He could be reached in December."
    )
    found = [(t.text, t.value) for t in tag(text, date(2019, 7, 6))]
    assert found == [
        ("the end of the month", "2019-07"),
        ("December", "2019-12"),
        ("December", "2018-12"),
    ]


def test_a_target_set_in_a_month_is_gone_by() -> None:
    text = "Growth would exceed the target of 7 percent set in March. The vote is set for March."
    found = [(t.text, t.value) for t in tag(text, date(2003, 10, 19))]
    assert found == [("March", "2003-03"), ("March", "2004-03")]


def test_a_gathering_called_for_a_month_lies_ahead() -> None:
    text = "It has called a conference in Geneva for April."
    found = [(t.text, t.value) for t in tag(text, date(2007, 1, 28))]
    assert found == [("April", "2007-04")]


def test_a_month_of_economic_data_is_the_last_one() -> None:
    text = (
        "Figures for June are due next Wednesday. They will show joblessness in the three "
        "months to June. Revisions to the April employment report will follow."
    )
    found = [(t.text, t.value) for t in tag(text, date(2012, 7, 19)) if t.type == "DATE"]
    assert found == [
        ("June", "2012-06"),
        ("next Wednesday", "2012-07-25"),
        ("June", "2012-06"),
        ("April", "2012-04"),
    ]


def test_a_past_form_after_a_modal_is_the_plain_verb() -> None:
    text = "The storm will hit the coast in March. Employers cut 524,000 jobs in December."
    found = [(t.text, t.value) for t in tag(text, date(2009, 1, 30))]
    assert found == [("March", "2009-03"), ("December", "2008-12")]


def test_since_a_month_is_a_start_gone_by() -> None:
    text = (
        "Banks have restructured the debts of a million borrowers since March. Since Feb. 20 too."
    )
    found = [(t.text, t.value) for t in tag(text, date(1996, 2, 17))]
    assert found == [("March", "1995-03"), ("Feb. 20", "1995-02-20")]


def test_a_figure_s_baseline_lies_before_it() -> None:
    text = (
        "Profit will reach 24 billion yen, up from its October forecast. Inflation will hit "
        "3 percent, up from 2.1 percent in March. Growth should pick up from October."
    )
    found = [(t.text, t.value) for t in tag(text, date(2014, 2, 4))]
    assert found == [("October", "2013-10"), ("March", "2013-03"), ("October", "2014-10")]


def test_the_day_of_a_telling_does_not_move_the_story() -> None:
    text = (
        "A tornado tore through Alabama late Sunday, killing two people, officials said "
        "Monday. It touched down at about 11:40 p.m. near a town. Officials said Monday that "
        "the next "
        "day would be calm."
    )
    found = [(t.text, t.value) for t in tag(text, date(2013, 3, 11))]
    assert found == [
        ("late Sunday", "2013-03-10"),
        ("Monday", "2013-03-11"),
        ("about 11:40 p.m.", "2013-03-10T23:40"),
        ("Monday", "2013-03-11"),
        ("the next day", "2013-03-12"),
    ]


def test_a_past_day_with_its_year_keeps_clock_times_that_look_ahead_from_it() -> None:
    text = (
        "The dispute goes back to the vote on March 4, 2013. Voting was supposed to run "
        "from 6 a.m. to 5 p.m. The winner was declared four days later."
    )
    found = [(t.text, t.value) for t in tag(text, date(2014, 2, 26))]
    assert found == [
        ("March 4, 2013", "2013-03-04"),
        ("6 a.m.", "2013-03-04T06:00"),
        ("5 p.m.", "2013-03-04T17:00"),
        ("four days later", "2013-03-08"),
    ]


def test_clause_cues_that_are_not_past_verbs() -> None:
    text = (
        "It will put workers on state-subsidised short-time work from January. "
        "It will propose a dividend cut at its annual meeting in May. "
        "A new government might not be in place before March. "
        "Lawmakers return to the Capitol on Wednesday. "
        "He would swear in a cabinet led by a former central bank official on Thursday. "
        "The decision, approved by ambassadors Tuesday, takes effect soon."
    )
    found = [(t.text, t.value) for t in tag(text, date(2023, 12, 15)) if t.type == "DATE"]
    assert found == [
        ("January", "2024-01"),
        ("May", "2024-05"),
        ("March", "2024-03"),
        ("Wednesday", "2023-12-20"),
        ("Thursday", "2023-12-21"),
        ("Tuesday", "2023-12-12"),
        ("soon", "FUTURE_REF"),
    ]


def test_a_clock_time_and_its_part_of_the_day_are_one_time() -> None:
    text = (
        "We were to fly at 7:15 this morning. The bus was stopped at about 10:30 in the "
        "morning. On Dec. 19 they left; they arrived at 5:30 the next morning."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2010, 1, 1))]
    assert found == [
        ("7:15 this morning", "2010-01-01T07:15", ""),
        ("about 10:30 in the morning", "2010-01-01T10:30", "APPROX"),
        ("Dec. 19", "2009-12-19", ""),
        ("5:30 the next morning", "2009-12-20T05:30", ""),
    ]


def test_the_first_week_of_a_month_holds_most_of_its_days() -> None:
    text = "Demand peaks in the first week of January and in the last week of November 2012."
    found = [(t.text, t.value) for t in tag(text, date(2001, 12, 19))]
    assert found == [
        ("the first week of January", "2002-W01"),
        ("the last week of November 2012", "2012-W48"),
    ]


def test_a_holiday_s_year_told_after_it_and_its_eve() -> None:
    text = (
        "On Boxing Day last year 40 patients waited. Christmas this year will be hard. "
        "Families meet on Lunar New Year's Eve. Diwali next year falls in October."
    )
    found = [(t.text, t.value) for t in tag(text, date(2014, 12, 19))]
    assert found == [
        ("Boxing Day last year", "2013-12-26"),
        ("Christmas this year", "2014-12-25"),
        ("Lunar New Year's Eve", "2015-02-18"),
        ("Diwali next year", "2015-11-11"),
        ("October", "2015-10"),
    ]


def test_years_later_after_a_month_is_a_year() -> None:
    text = (
        "The EU lifted the freeze in April 2002, and two years later allowed an office. "
        "Prices rose in January 2003 from a year earlier."
    )
    found = [(t.text, t.value) for t in tag(text, date(2007, 8, 22))]
    assert found == [
        ("April 2002", "2002-04"),
        ("two years later", "2004"),
        ("January 2003", "2003-01"),
        ("a year earlier", "2002-01"),
    ]


def test_the_end_of_the_year_before_an_infinitive_is_a_date() -> None:
    text = (
        "Ministers have until the end of the year to act. Profit in the year to March rose. "
        "The dividend takes the total for the year to 22 cents."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2004, 6, 29))]
    assert found[0] == ("the end of the year", "DATE", "2004")
    assert found[1] == ("the year", "DURATION", "P1Y")
    assert found[3] == ("the year", "DATE", "2004")


def test_ready_to_act_by_a_date_looks_ahead() -> None:
    text = "The commission said it was ready to hold a by-election by May 26."
    found = [(t.text, t.value) for t in tag(text, date(2014, 2, 26))]
    assert found == [("May 26", "2014-05-26")]


def test_a_clock_time_takes_the_day_named_after_on() -> None:
    text = (
        "Shops had to close at 2 p.m. on Christmas Eve. Officers swept the square Monday "
        "night and will close the streets at 6 p.m. The line formed before 8 a.m. On "
        "Friday, he left. Gold traded at $290 at 5:14 p.m. in New York on Tuesday."
    )
    found = [(t.text, t.value) for t in tag(text, date(1997, 12, 31))]
    assert found == [
        ("2 p.m.", "1997-12-24T14:00"),
        ("Christmas Eve", "1997-12-24"),
        ("Monday night", "1997-12-29TNI"),
        ("6 p.m.", "1997-12-31T18:00"),
        ("8 a.m.", "1997-12-31T08:00"),
        ("Friday", "1997-12-26"),
        ("5:14 p.m.", "1997-12-30T17:14"),
        ("Tuesday", "1997-12-30"),
    ]


def test_a_contracted_present_progressive_looks_ahead() -> None:
    text = "Now they're telling us Sunday. Prices fell from October to what we're seeing today."
    found = [(t.text, t.value) for t in tag(text, date(2010, 1, 1))]
    assert found == [
        ("Now", "PRESENT_REF"),
        ("Sunday", "2010-01-03"),
        ("October", "2009-10"),
        ("today", "2010-01-01"),
    ]


def test_a_where_clause_set_off_by_commas_is_background() -> None:
    text = (
        "In Frankfurt, where the exchange was closed on Thursday for the holiday, shares "
        "rose. The DAX was up 1.9 percent at 1330 GMT."
    )
    found = [(t.text, t.value) for t in tag(text, date(1998, 1, 2))]
    assert found == [("Thursday", "1998-01-01"), ("1330 GMT", "1998-01-02T13:30")]


def test_the_first_or_last_day_of_a_year_or_month() -> None:
    text = (
        "The first day of the year became a snow day. Nobody bets on the last day of the "
        "year. The final day of next month. The last week of 2019. The first day of last month."
    )
    found = [(t.text, t.value) for t in tag(text, date(2010, 1, 1))]
    assert found == [
        ("The first day of the year", "2010-01-01"),
        ("the last day of the year", "2010-12-31"),
        ("The final day of next month", "2010-02-28"),
        ("The last week of 2019", "2019-W52"),
        ("The first day of last month", "2009-12-01"),
    ]


def test_a_plan_once_scheduled_and_a_ceremony_for_a_day() -> None:
    text = (
        "The vote had been scheduled for Sunday. The vote is scheduled for Sunday. "
        "The government announced national mourning for Sunday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2013, 3, 20))]
    assert found == [("Sunday", "2013-03-17"), ("Sunday", "2013-03-24"), ("Sunday", "2013-03-24")]


def test_a_plan_naming_its_subject_takes_the_tense_of_the_verb_after() -> None:
    text = (
        "A memorial walk, planned for Saturday, was called off. A match scheduled for "
        "Monday, the public holiday, was also cancelled. A lecture planned for Thursday "
        "has been postponed. A concert planned for Friday was expected to sell out."
    )
    found = [(t.text, t.value) for t in tag(text, date(2001, 3, 4))]
    assert found == [
        ("Saturday", "2001-03-03"),
        ("Monday", "2001-02-26"),
        ("Thursday", "2001-03-08"),
        ("Friday", "2001-03-09"),
    ]


def test_preparing_for_a_meeting_looks_ahead() -> None:
    text = "He is due back to prepare for a meeting of Arab League ministers on Saturday."
    found = [(t.text, t.value) for t in tag(text, date(1999, 3, 8))]
    assert found == [("Saturday", "1999-03-13")]


def test_a_source_named_after_the_date_gives_it_no_tense() -> None:
    text = (
        "The ministers will meet in Cairo and the talks run on Saturday, a spokesman told "
        "reporters. On Saturday, a spokesman told reporters the talks failed."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 3, 8))]
    assert found == [("Saturday", "1999-03-13"), ("Saturday", "1999-03-06")]


def test_decades_before_1600() -> None:
    text = "Pages printed in the 1460s were found beside coins of the 1890s."
    found = [(t.text, t.value) for t in tag(text, date(2026, 1, 22))]
    assert found == [("the 1460s", "146"), ("the 1890s", "189")]


def test_most_of_the_weekend_and_from_the_weekend() -> None:
    text = (
        "Low cloud grounded the helicopter for most of the weekend. Forecasters expect a "
        "cold spell from the weekend."
    )
    found = [(t.text, t.value) for t in tag(text, date(2019, 8, 14))]
    assert found == [("the weekend", "2019-W32-WE"), ("the weekend", "2019-W33-WE")]


def test_a_fiscal_year_bounded_by_a_month_is_the_year_of_most_of_its_months() -> None:
    cases = [
        ("Net profit fell in the fiscal year to March.", date(2011, 5, 13), "2010"),
        ("It bought teak in the fiscal year ended June 30.", date(2007, 8, 22), "2007"),
        ("The fiscal year ended on Sept. 30.", date(1999, 10, 28), "1999"),
        ("Its budget for the fiscal year that began July 1 rose.", date(2023, 8, 18), "2024"),
    ]
    for text, dct, value in cases:
        found = tag(text, dct)[0]
        assert (found.type, found.value) == ("DATE", value), text


def test_a_company_that_reports_on_a_day_looks_ahead() -> None:
    text = (
        "Rival Pacifica reports its annual result on Friday. Another competitor reports "
        "Wednesday. The commission's report retraces the night of March 14."
    )
    found = [(t.text, t.value) for t in tag(text, date(2001, 8, 15))]
    assert found == [
        ("Friday", "2001-08-17"),
        ("Wednesday", "2001-08-15"),
        ("the night of March 14", "2001-03-14TNI"),
    ]


def test_the_year_ahead_is_a_span() -> None:
    text = "Earnings will be squeezed in the year ahead and in the weeks ahead."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2001, 8, 15))]
    assert found == [
        ("the year ahead", "DURATION", "P1Y"),
        ("the weeks ahead", "DURATION", "PXW"),
    ]


def test_more_fixed_and_movable_holidays() -> None:
    text = (
        "Crowds gathered for Assumption Day and Bonfire Night. St Patrick's Day parades and "
        "Pentecost. Burns Night. Rallies on Pakistan Day and Gandhi Jayanti. Waitangi Day. "
        "Gifts were opened on Christmas morning. Parades run through Carnival Tuesday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 8, 12))]
    assert found == [
        ("Assumption Day", "2026-08-15"),
        ("Bonfire Night", "2025-11-05"),
        ("St Patrick's Day", "2026-03-17"),
        ("Pentecost", "2026-05-24"),
        ("Burns Night", "2026-01-25"),
        ("Pakistan Day", "2026-03-23"),
        ("Gandhi Jayanti", "2026-10-02"),
        ("Waitangi Day", "2026-02-06"),
        ("Christmas morning", "2025-12-25TMO"),
        ("Carnival Tuesday", "2027-02-09"),
    ]


def test_a_relative_clause_date_leaves_the_clock_and_the_evening_alone() -> None:
    text = (
        "In Burgos, where astronomers gathered to watch the last one on August 30, 1905, "
        "totality began at 8:28 pm. The shadow crossed Iceland earlier in the evening."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 8, 12))]
    assert found == [
        ("August 30, 1905", "1905-08-30"),
        ("8:28 pm", "2026-08-12T20:28"),
        ("earlier in the evening", "2026-08-12TEV"),
    ]


def test_a_live_blog_entry_time_on_its_own_line_is_the_publication_day() -> None:
    text = (
        "Services will not be back until tomorrow morning.\n\n12.40pm\n\nBig news from "
        "the union.\n\n2.30pm - The Met Office says rain.\n"
    )
    found = [(t.text, t.value) for t in tag(text, date(2013, 10, 16))]
    assert found == [
        ("tomorrow morning", "2013-10-17TMO"),
        ("12.40pm", "2013-10-16T12:40"),
        ("2.30pm", "2013-10-16T14:30"),
    ]


def test_a_span_counted_from_a_named_day() -> None:
    text = (
        "The Fed meets a week from Tuesday. The vote is two weeks from today. Leaders meet "
        "for two days from Thursday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 5))]
    assert found == [
        ("a week from Tuesday", "2026-06-16"),
        ("two weeks from today", "2026-06-19"),
        ("two days", "P2D"),
        ("Thursday", "2026-06-11"),
    ]


def test_the_medium_term_and_the_longer_run_lie_ahead() -> None:
    text = "Growth should recover in the medium term and over the longer run."
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 5))]
    assert found == [("the medium term", "FUTURE_REF"), ("the longer run", "FUTURE_REF")]


def test_a_year_written_across_two_calendar_years_is_the_one_it_ends_in() -> None:
    text = (
        "Reserves could run out in 2026/27. Fines rose in the 2011/12 school year. The "
        "2005-06 budget passed. The winter of 2015-16 was mild. It was dated 2005-06-14. "
        "The audit for the financial year 2022-23 found losses. In FY2021/22 it rose."
    )
    found = [(t.text, t.value) for t in tag(text, date(2024, 2, 28))]
    assert found == [
        ("2026/27", "2027"),
        ("the 2011/12 school year", "2012"),
        ("2005-06", "2006"),
        ("The winter of 2015-16", "2015-WI"),
        ("2005-06-14", "2005-06-14"),
        ("the financial year 2022-23", "2023"),
        ("FY2021/22", "2022"),
    ]


def test_british_counts_from_a_named_day() -> None:
    text = (
        "Anzac Day falls a fortnight today. A meeting will be held a week on Tuesday. It "
        "was announced a week last Wednesday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2002, 11, 23))]
    assert found == [
        ("Anzac Day", "2002-04-25"),
        ("a fortnight today", "2002-12-07"),
        ("a week on Tuesday", "2002-12-03"),
        ("a week last Wednesday", "2002-11-13"),
    ]


def test_the_current_financial_year_and_a_year_ended_on_a_day() -> None:
    text = (
        "It was not at risk in the current financial year. The year ended on 31 March. "
        "Its current financial difficulties grew."
    )
    found = [(t.text, t.value) for t in tag(text, date(2024, 2, 28))]
    assert found == [
        ("the current financial year", "2024"),
        ("The year", "P1Y"),
        ("31 March", "2023-03-31"),
        ("current", "PRESENT_REF"),
    ]


def test_the_next_week_is_a_span_and_next_week_a_date() -> None:
    text = "He will study the ruling over the next week and decide next week."
    found = [(t.text, t.type, t.value) for t in tag(text, date(1996, 11, 4))]
    assert found == [
        ("the next week", "DURATION", "P1W"),
        ("next week", "DATE", "1996-W46"),
    ]


def test_two_units_away_and_the_year_before() -> None:
    text = (
        "He got a letter the week before last. It came the day before yesterday and is due "
        "the month after next. Bins are collected fortnightly. Revenue fell to $300 million "
        "last year, down from $450 million the year before."
    )
    found = [(t.text, t.value) for t in tag(text, date(2021, 8, 2))]
    assert found == [
        ("the week before last", "2021-W29"),
        ("the day before yesterday", "2021-07-31"),
        ("the month after next", "2021-10"),
        ("fortnightly", "P2W"),
        ("last year", "2020"),
        ("the year before", "2019"),
    ]


def test_a_clock_time_with_last_night_tonight_or_yesterday_is_one_time() -> None:
    text = (
        "The meeting ended at about 10:30pm last night. A fire broke out at 1:15am last "
        "night. The vote is at 8.30 tonight. It began at 9:15 yesterday morning."
    )
    found = [(t.text, t.value) for t in tag(text, date(2015, 6, 12))]
    assert found == [
        ("about 10:30pm last night", "2015-06-11T22:30"),
        ("1:15am last night", "2015-06-12T01:15"),
        ("8.30 tonight", "2015-06-12T20:30"),
        ("9:15 yesterday morning", "2015-06-11T09:15"),
    ]


def test_spoken_clock_times() -> None:
    text = (
        "It's eight minutes past seven. It is twenty past five. The news at six minutes past "
        "one GMT. The committee voted ten to seven."
    )
    found = [(t.text, t.value) for t in tag(text, date(2021, 8, 2))]
    assert found == [
        ("eight minutes past seven", "2021-08-02T07:08"),
        ("twenty past five", "2021-08-02T05:20"),
        ("six minutes past one GMT", "2021-08-02T13:06"),
    ]


def test_a_day_of_the_month_the_story_is_in() -> None:
    text = (
        "The case goes back to April 1994. Witnesses said that on April 15 the church was "
        "surrounded. In May the trial ends."
    )
    found = [(t.text, t.value) for t in tag(text, date(2011, 5, 28))]
    assert found == [
        ("April 1994", "1994-04"),
        ("April 15", "1994-04-15"),
        ("May", "2011-05"),
    ]


def test_counted_forward_past_publication_only_when_the_clause_looks_ahead() -> None:
    text = (
        "Nobody buys books in February. Fifty years later, the store is still open. The "
        "plant will close, and two years later it will reopen."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 3, 4))]
    assert found == [
        ("February", "2026-02"),
        ("Fifty years later", "XXXX"),
        ("two years later", "2028"),
    ]


def test_that_same_winter_is_the_story_s() -> None:
    found = [
        (t.text, t.value)
        for t in tag("She arrived in 1977. That same winter it burned.", date(2017, 9, 7))
    ]
    assert found == [("1977", "1977"), ("That same winter", "1977-WI")]


def test_every_date_of_the_year_is_a_set() -> None:
    text = "Each June 1 the fair opens. He has called her every May 19th. Every March she goes."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2007, 5, 28))]
    assert found == [
        ("Each June 1", "SET", "XXXX-06-01"),
        ("every May 19th", "SET", "XXXX-05-19"),
        ("Every March", "SET", "XXXX-03"),
    ]


def test_a_feast_near_the_edge_of_its_tables_is_left_undated_not_an_error() -> None:
    text = "Boxing Day last year. Lunar New Year's Eve came the week before last."
    found = [(t.text, t.value) for t in tag(text, date(1902, 2, 14))]
    assert ("Boxing Day last year", "1901-12-26") in found


def test_a_sentence_may_end_at_the_stop_of_p_m() -> None:
    text = (
        "A tornado tore through Alabama late Sunday, officials said Monday. It touched down "
        "at about 11:40 p.m. Officials said Monday that the next day would be calm. It "
        "closes at 6 p.m. Tuesday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2013, 3, 11))]
    assert found == [
        ("late Sunday", "2013-03-10"),
        ("Monday", "2013-03-11"),
        ("about 11:40 p.m.", "2013-03-10T23:40"),
        ("Monday", "2013-03-11"),
        ("the next day", "2013-03-12"),
        ("6 p.m. Tuesday", "2013-03-12T18:00"),
    ]


def test_the_long_weekend_is_a_weekend() -> None:
    text = "Flooding hit the town over the bank holiday weekend and through the long weekend."
    found = [(t.text, t.value) for t in tag(text, date(2018, 10, 30))]
    assert found == [
        ("the bank holiday weekend", "2018-W43-WE"),
        ("the long weekend", "2018-W43-WE"),
    ]


def test_the_same_evening_is_the_story_s_day() -> None:
    text = (
        "He was seized on Oct. 23. His driver was freed the same evening, the rest that same night."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 2, 6))]
    assert found == [
        ("Oct. 23", "1998-10-23"),
        ("the same evening", "1998-10-23TEV"),
        ("that same night", "1998-10-23TNI"),
    ]


def test_parts_of_units_with_no_one_value_stay_apart() -> None:
    text = "It took two decades and five years. It lasted a fortnight and two days."
    found = [(t.text, t.value) for t in tag(text, date(2010, 1, 1))]
    assert found == [
        ("two decades", "P20Y"),
        ("five years", "P5Y"),
        ("a fortnight", "P2W"),
        ("two days", "P2D"),
    ]


def test_the_same_period_of_a_year_is_the_story_s_period_in_that_year() -> None:
    text = (
        "Arrivals rose in the first half of the year, up from 250 million euros in the same "
        "period of 2021. GDP fell in the fourth quarter from the same period of 2020."
    )
    found = [(t.text, t.value) for t in tag(text, date(2022, 7, 10))]
    assert found == [
        ("the first half of the year", "2022-H1"),
        ("the same period of 2021", "2021-H1"),
        ("the fourth quarter", "2021-Q4"),
        ("the same period of 2020", "2020-Q4"),
    ]

    # "last year" after a half: that half a year before; a quarter's stays a quarter
    text = (
        "For the quarter ended June 30, it earned $142 million. For the first half, profit "
        "totaled $261 million, compared with $229 million in the same period last year. "
        "Sales in the quarter beat the year-earlier quarter."
    )
    found = [(t.text, t.value) for t in tag(text, date(2015, 7, 23))]
    assert ("the same period last year", "2014-H1") in found
    assert ("the year-earlier quarter", "2014-Q2") in found


def test_the_day_of_a_telling_dates_nothing_told_after_it_in_the_sentence() -> None:
    text = (
        "The pupils arrived on Monday 8 June last year. On the Wednesday morning, two "
        "instructors led them onto the river. The senior instructor told the inquest on "
        "Tuesday that the group set off at about 10am. At 11.20am, two canoes capsized."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 11, 6))]
    assert found == [
        ("Monday 8 June last year", "1998-06-08"),
        ("the Wednesday morning", "1998-06-10TMO"),
        ("Tuesday", "1999-11-02"),
        ("about 10am", "1998-06-10T10:00"),
        ("11.20am", "1998-06-10T11:20"),
    ]


def test_less_than_an_amount_is_no_comparison_of_times() -> None:
    text = (
        "He wrote the paper in the spring of 1989. Inflation fell from 27 percent in 1990 to "
        "less than 4 percent by 1999. He became vice president that year and president two "
        "years later."
    )
    found = [(t.text, t.value) for t in tag(text, date(2005, 6, 28))]
    assert found[-2:] == [("that year", "1999"), ("two years later", "2001")]


def test_the_coming_unit_is_the_one_about_to_begin_or_just_begun() -> None:
    text = (
        '"The coming year will be hard," he said. In the coming week, talks resume. '
        "The coming month is key. Plans for the coming decade were set."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2003, 1, 5))]
    assert found == [
        ("The coming year", "DATE", "2003"),
        ("the coming week", "DATE", "2003-W02"),
        ("The coming month", "DATE", "2003-02"),
        ("the coming decade", "DURATION", "P10Y"),
    ]
    found = [(t.text, t.value) for t in tag("The coming year will be hard.", date(2023, 12, 15))]
    assert found == [("The coming year", "2024")]


def test_months_bounding_a_habitual_range_are_any_year() -> None:
    text = (
        "Cases usually peak between June and September. The rains, which normally run "
        "from November to March, wash sewage. Prices rose between June and September. "
        "Rains usually fall from June to September this year. The season was usually "
        "from May to July."
    )
    found = [(t.text, t.value) for t in tag(text, date(2008, 12, 4))]
    assert found == [
        ("June", "XXXX-06"),
        ("September", "XXXX-09"),
        ("November", "XXXX-11"),
        ("March", "XXXX-03"),
        ("June", "2008-06"),
        ("September", "2008-09"),
        ("June", "2008-06"),
        ("September this year", "2008-09"),
        ("May", "2008-05"),
        ("July", "2008-07"),
    ]


def test_plans_with_an_object_is_a_verb_of_intent() -> None:
    text = "The union plans a march on Saturday. Their vacation plans changed on Saturday."
    found = [(t.text, t.value) for t in tag(text, date(2018, 6, 13))]
    assert found == [("Saturday", "2018-06-16"), ("Saturday", "2018-06-09")]


def test_a_place_s_own_clock_stays_with_the_time() -> None:
    text = (
        "The deal was signed at 1745 Moscow time. The offer had been due to close at 5 p.m. "
        "Perth time Friday. Polls close at 1 a.m. Wednesday Eastern time."
    )
    found = [(t.text, t.value) for t in tag(text, date(1994, 3, 5))]
    assert found == [
        ("1745 Moscow time", "1994-03-05T17:45"),
        ("5 p.m. Perth time Friday", "1994-03-04T17:00"),
        ("1 a.m. Wednesday", "1994-03-09T01:00"),
    ]


def test_an_approximate_noon_or_hour_of_the_day_keeps_its_approximator() -> None:
    text = (
        "Crews have plowed since around midnight. He voted around noon Tuesday. It began "
        "about six o'clock this morning. At noon it rained."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2010, 1, 1))]
    assert found == [
        ("around midnight", "2010-01-01T00:00", "APPROX"),
        ("around noon Tuesday", "2009-12-29T12:00", "APPROX"),
        ("about six o'clock this morning", "2010-01-01T06:00", "APPROX"),
        ("noon", "2010-01-01T12:00", ""),
    ]


def test_month_abbreviations_without_their_stop() -> None:
    text = (
        "Quito, Mar 9 (EFE).- They appear on Mar 21 and play on Jun 15 and Sep 30. A navy "
        "base in Mar del Plata was used. In Jul 2020 it rose."
    )
    found = [(t.text, t.value) for t in tag(text, date(2022, 3, 9))]
    assert found == [
        ("Mar 9", "2022-03-09"),
        ("Mar 21", "2022-03-21"),
        ("Jun 15", "2022-06-15"),
        ("Sep 30", "2022-09-30"),
        ("Jul 2020", "2020-07"),
    ]


def test_the_24_hour_clock_with_a_stop_but_not_a_price() -> None:
    text = (
        "The explosion occurred at 08.40 local time (14.40 GMT) on Sunday. Flights resumed "
        "at 15.00, although many were cancelled. The index closed at 15.00. Shares rose by "
        "13.50 percent. Tickets cost 10.50 euros."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 15))]
    assert found == [
        ("08.40", "2026-06-14T08:40"),
        ("14.40 GMT", "2026-06-14T14:40"),
        ("Sunday", "2026-06-14"),
        ("15.00", "2026-06-14T15:00"),
    ]


def test_hours_later_count_from_a_clock_time_given_its_day_after_on() -> None:
    text = (
        "Polls closed at 4:00 pm on Sunday, and a count released two hours later gave "
        "Quispe the lead. It was signed at 10 a.m. on July 27, 1953, and the guns fell "
        "silent 12 hours later."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2014, 12, 9))]
    assert found == [
        ("4:00 pm", "TIME", "2014-12-07T16:00"),
        ("Sunday", "DATE", "2014-12-07"),
        ("two hours later", "TIME", "2014-12-07T18:00"),
        ("10 a.m.", "TIME", "1953-07-27T10:00"),
        ("July 27, 1953", "DATE", "1953-07-27"),
        ("12 hours later", "TIME", "1953-07-27T22:00"),
    ]


def test_days_and_holidays_bounding_a_yearly_range_are_any_year() -> None:
    text = (
        "The festival is held each year between Christmas and New Year. The council's "
        "financial year runs from July 1 to June 30, and the budget must pass. The hurricane "
        "season runs from June 1 to Nov. 30. The talks ran from June 1 to June 30. Shops "
        "close between Christmas and New Year's Eve, a spokesman said."
    )
    found = [(t.text, t.value) for t in tag(text, date(2005, 6, 22))]
    assert found == [
        ("each year", "P1Y"),
        ("Christmas", "XXXX-12-25"),
        ("New Year", "XXXX-01-01"),
        ("July 1", "XXXX-07-01"),
        ("June 30", "XXXX-06-30"),
        ("June 1", "XXXX-06-01"),
        ("Nov. 30", "XXXX-11-30"),
        ("June 1", "2005-06-01"),
        ("June 30", "2005-06-30"),
        ("Christmas", "2005-12-25"),
        ("New Year's Eve", "2005-12-31"),
    ]


def test_a_24_hour_time_after_an_evening_one_and_a_presenter_s_time_check() -> None:
    text = (
        "Voting stations closed at 21:00 on Wednesday. Ballots were counted and the result "
        "was declared at about 03:30. Plans are due by September 30. PRESENTER: Thank you. "
        "It's 19 minutes past seven."
    )
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2026, 3, 12))]
    assert found == [
        ("21:00", "2026-03-11T21:00", ""),
        ("Wednesday", "2026-03-11", ""),
        ("about 03:30", "2026-03-12T03:30", "APPROX"),
        ("September 30", "2026-09-30", ""),
        ("19 minutes past seven", "2026-03-12T07:19", ""),
    ]


def test_a_day_of_the_season_the_story_is_in_takes_its_year() -> None:
    text = (
        "Then came the summer of 2015. Banks shut on June 29th and stayed closed. Voters "
        "rejected the terms on July 5th. Eight days later he accepted a deal, signed that "
        "August. Prices rose on Nov. 2."
    )
    found = [(t.text, t.value) for t in tag(text, date(2017, 11, 25))]
    assert found == [
        ("the summer of 2015", "2015-SU"),
        ("June 29th", "2015-06-29"),
        ("July 5th", "2015-07-05"),
        ("Eight days later", "2015-07-13"),
        ("that August", "2015-08"),
        ("Nov. 2", "2017-11-02"),
    ]


def test_every_fixed_holiday_is_a_set_and_the_fourth_of_july_keeps_its_article() -> None:
    text = (
        "She tried to quit every New Year's Day. He hoped to rule before the Fourth of July. "
        "They fast each Easter. He was freed on the twenty-third of March."
    )
    found = [(t.text, t.type, t.value) for t in tag(text, date(2000, 6, 8))]
    assert found == [
        ("every New Year's Day", "SET", "XXXX-01-01"),
        ("the Fourth of July", "DATE", "2000-07-04"),
        ("Easter", "DATE", "2000-04-23"),
        ("twenty-third of March", "DATE", "2000-03-23"),
    ]


def test_was_to_and_were_to_look_ahead() -> None:
    text = (
        "Teams were to arrive Monday. He was to brief the king Thursday morning. He was to "
        "have met them Friday."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 4, 18))]
    assert found == [
        ("Monday", "1999-04-19"),
        ("Thursday morning", "1999-04-22TMO"),
        ("Friday", "1999-04-16"),
    ]


def test_as_early_as_after_a_past_verb_tells_how_early_it_happened() -> None:
    text = (
        "The center had warned as early as Friday that a front could form. Shares could rise "
        "as early as Tuesday. A vote is expected as soon as Friday."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 4, 18))]
    assert found == [("Friday", "1999-04-16"), ("Tuesday", "1999-04-20"), ("Friday", "1999-04-23")]


def test_a_directive_with_a_long_object_still_looks_ahead() -> None:
    text = (
        "Officials ordered 42,000 residents of low-lying areas to leave their homes by noon "
        "Thursday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2004, 9, 15))]
    assert found == [("noon Thursday", "2004-09-16T12:00")]


def test_over_the_following_week_is_a_span() -> None:
    text = "Three more died over the following week. In the following week, talks resumed."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2026, 1, 22))]
    assert found == [
        ("the following week", "DURATION", "P1W"),
        ("the following week", "DATE", "2026-W05"),
    ]


def test_results_for_the_last_quarter_of_the_year_told_in_january() -> None:
    text = (
        "The company is due to report results for the October-December quarter next week. "
        "It will report results for the April-June quarter in July. Sales will rise in the "
        "fourth quarter."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 1, 24))]
    assert found == [
        ("the October-December quarter", "2025-Q4"),
        ("next week", "2026-W05"),
        ("the April-June quarter", "2026-Q2"),
        ("July", "2026-07"),
        ("the fourth quarter", "2026-Q4"),
    ]


def test_a_national_holiday_is_that_of_the_country_the_text_names() -> None:
    text = (
        "HANGZHOU (Xinhua) -- A typhoon that hit the Philippines could disrupt travel ahead "
        "of National Day. The next round will be held four days after Human Rights Day."
    )
    found = [(t.text, t.value) for t in tag(text, date(2002, 9, 22))]
    assert found == [
        ("National Day", "2002-10-01"),
        ("four days", "P4D"),
        ("Human Rights Day", "2002-12-10"),
    ]
    text = (
        "JOHANNESBURG - The union plans a march on Youth Day. Rallies marked Human Rights "
        "Day. Americans celebrated Independence Day. Crowds gathered on Republic Day."
    )
    found = [(t.text, t.value) for t in tag(text, date(2018, 6, 13))]
    assert found == [
        ("Youth Day", "2018-06-16"),
        ("Human Rights Day", "2018-03-21"),
        ("Independence Day", "2018-07-04"),
    ]


def test_a_part_of_the_day_spent_and_a_bare_time_check() -> None:
    text = (
        "SARAH MOLINA, host: It's 6:48. Marsh voted this morning and spent the afternoon at "
        "union halls. The score was 2:1."
    )
    found = [(t.text, t.value) for t in tag(text, date(2002, 11, 5))]
    assert found == [
        ("6:48", "2002-11-05T06:48"),
        ("this morning", "2002-11-05TMO"),
        ("the afternoon", "2002-11-05TAF"),
    ]


def test_a_quoted_title_is_not_a_time() -> None:
    text = (
        'He bought the Hopper, "Sunday Morning, Eighth Avenue," in 1958. Its single, "Friday '
        'Night Radio," spent four weeks at No. 1. "60 Minutes" stays where it is. "Now Europe '
        'has to decide," she said. "Tomorrow night I will not sleep."'
    )
    found = [t.text for t in tag(text, date(2019, 6, 8))]
    assert found == ["1958", "four weeks", "Now", "Tomorrow night"]


def test_labour_day_by_country() -> None:
    text = (
        "TORONTO - The festival kicks off three days after Labour Day. In Beijing, Labour "
        "Day crowds filled the square. SYDNEY - Labour Day traffic was heavy."
    )
    found = [(t.text, t.value) for t in tag(text, date(1996, 7, 24))]
    assert found == [
        ("three days", "P3D"),
        ("Labour Day", "1996-09-02"),
        ("Labour Day", "1996-05-01"),
    ]


def test_an_adjective_in_ed_after_a_modal_s_verb_is_no_past() -> None:
    text = (
        "Lawyers will exchange revised documents over the weekend. The committee will release "
        "updated estimates in August. He would have signed it Friday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2011, 6, 22))]
    assert found == [
        ("the weekend", "2011-W25-WE"),
        ("August", "2011-08"),
        ("Friday", "2011-06-17"),
    ]


def test_a_rate_after_a_currency_unit_or_several() -> None:
    text = "A salary worth less than a dollar a month. It runs several rounds of them a month."
    found = [(t.text, t.type) for t in tag(text, date(2008, 12, 4))]
    assert found == [("a month", "SET"), ("a month", "SET")]


def test_every_half_hour() -> None:
    text = "We will check the airports every half hour. Buses run every hour."
    found = [(t.text, t.type, t.value) for t in tag(text, date(2021, 11, 24))]
    assert found == [("every half hour", "SET", "PT30M"), ("every hour", "SET", "PT1H")]


def test_the_year_the_markets_started_the_day_throughout_and_a_month_s_wages() -> None:
    text = (
        "Shares started the year firmly. We'll have updates throughout the day. Staff had "
        "received only 60% of their April wages."
    )
    found = [(t.text, t.value) for t in tag(text, date(2001, 5, 22))]
    assert found == [("the year", "2001"), ("the day", "2001-05-22"), ("April", "2001-04")]


def test_national_days_of_the_former_soviet_states() -> None:
    text = (
        "BISHKEK - The president floated the idea in a speech on Independence Day. The "
        "leaders may meet at the Victory Day celebrations in Moscow. The launch came two days "
        "before Cosmonautics Day."
    )
    found = [(t.text, t.value) for t in tag(text, date(2024, 4, 10))]
    assert found == [
        ("Independence Day", "2023-08-31"),
        ("Victory Day", "2024-05-09"),
        ("two days", "P2D"),
        ("Cosmonautics Day", "2024-04-12"),
    ]


def test_a_weekday_in_apposition_to_a_day_just_named() -> None:
    text = (
        "The launch came two days before Cosmonautics Day on Sunday. Israel marks its "
        "Independence Day on Thursday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 4, 10))]
    assert found == [
        ("two days", "P2D"),
        ("Cosmonautics Day", "2026-04-12"),
        ("Sunday", "2026-04-12"),
        ("Thursday", "2026-04-09"),
    ]


def test_a_weekday_with_an_indefinite_article_before_a_noun_is_a_kind() -> None:
    text = "Trains will run to a Sunday timetable. We met on a Saturday morning. He left Sunday."
    found = [(t.text, t.value) for t in tag(text, date(2008, 4, 11))]
    assert found == [("Saturday morning", "2008-04-05TMO"), ("Sunday", "2008-04-06")]


def test_a_present_be_near_a_day_names_what_is_set_for_it() -> None:
    text = (
        "The centerpiece is an open-air Mass in Phoenix Park Sunday. High tide is forecast at "
        "4.12pm on Saturday. The operation is suspended at 11:00 on Friday. Iraq declared "
        "victory over IS in December."
    )
    found = [(t.text, t.value) for t in tag(text, date(1999, 6, 3))]
    assert found == [
        ("Sunday", "1999-06-06"),
        ("4.12pm", "1999-06-05T16:12"),
        ("Saturday", "1999-06-05"),
        ("11:00", "1999-05-28T11:00"),
        ("Friday", "1999-05-28"),
        ("December", "1998-12"),
    ]


def test_the_second_of_two_weekdays_is_near_the_first() -> None:
    text = (
        "Classes were suspended on Monday and Tuesday. Statements were made Friday and "
        "Thursday. Delegates will meet from Tuesday to Saturday."
    )
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 15))]
    assert found == [
        ("Monday", "2026-06-15"),
        ("Tuesday", "2026-06-16"),
        ("Friday", "2026-06-12"),
        ("Thursday", "2026-06-11"),
        ("Tuesday", "2026-06-16"),
        ("Saturday", "2026-06-20"),
    ]


def test_eid_alone_and_the_day_of_arafat() -> None:
    text = (
        "Residents get a break for Eid Al Fitr. If Eid begins on Wednesday, shops close. The "
        "next break comes with Eid Al Adha. Offices close from the Day of Arafat, and Eid "
        "prayers follow."
    )
    found = [(t.text, t.value) for t in tag(text, date(2024, 4, 1))]
    assert found == [
        ("Eid Al Fitr", "2024-04-10"),
        ("Eid", "2024-04-10"),
        ("Wednesday", "2024-04-03"),
        ("Eid Al Adha", "2024-06-16"),
        ("the Day of Arafat", "2024-06-15"),
        ("Eid", "2024-06-16"),
    ]


def test_a_bare_day_opening_a_pair_before_a_day_and_month() -> None:
    text = (
        "The runoffs will be held on 27 and 28 October. Runoffs follow on 1 and 2 December. "
        "Sales rose 5 and 6 percent."
    )
    found = [(t.text, t.value) for t in tag(text, date(2015, 10, 21))]
    assert found == [
        ("27", "2015-10-27"),
        ("28 October", "2015-10-28"),
        ("1", "2015-12-01"),
        ("2 December", "2015-12-02"),
    ]
