"""How acts and statements get their dates (see timeline/events/dating.py)."""

from __future__ import annotations

from datetime import date

from timeline.article import Article
from timeline.events import extract_events

from .conftest import THURSDAY, best_time


def events_of(text: str, published: date = THURSDAY, **kwargs: bool):
    article = Article(article_id="a", text=text, published=published, path="a.txt")
    return extract_events([article], **kwargs)


def act(events, plover: str):
    return next(e for e in events if e.plover_event == plover)


def test_act_takes_the_date_of_its_own_clause() -> None:
    events = events_of("Russia said on Thursday that it would expel two U.S. diplomats next week.")
    expel = act(events, "SANCTION")
    assert (expel.timex_text, expel.date_basis) == ("next week", "relative")


def test_reporting_date_dates_the_saying_not_the_act() -> None:
    events = events_of("Officials said Thursday that Iran had attacked an oil tanker.")
    attack = act(events, "ASSAULT")
    assert attack.timex_text == "Thursday" and attack.date_basis == "inherited"


def test_a_date_before_a_second_predicate_dates_the_act_before_it() -> None:
    text = (
        "Washington imposed sanctions on four companies on April 1, and said it would "
        "consider further measures next week."
    )
    sanctions = act(events_of(text), "SANCTION")
    assert (sanctions.timex_text, sanctions.date_start) == ("April 1", date(2021, 4, 1))


def test_a_limit_or_a_later_saying_does_not_date_the_act() -> None:
    text = (
        "Police arrested the leader on Tuesday. She called for a truce and said she would "
        "serve until July 2026."
    )
    truce = act(events_of(text), "REQUEST")
    assert (truce.timex_text, truce.date_basis) == ("Tuesday", "inherited")


def test_a_date_in_a_relative_clause_dates_neither_the_act_nor_the_story() -> None:
    text = (
        "Congress removed the president late Wednesday. The United States, which had warned "
        "him on Monday against any coup, welcomed the vote."
    )
    welcomed = act(events_of(text), "SUPPORT")
    assert (welcomed.timex_text, welcomed.date_basis) == ("late Wednesday", "inherited")


def test_an_act_going_on_since_a_date_spans_until_publication() -> None:
    fought = act(events_of("A Saudi-led coalition has fought the Houthis since 2015."), "ASSAULT")
    assert (fought.date_start, fought.date_end) == (date(2015, 1, 1), THURSDAY)
    assert fought.date_label == "since 2015"


def test_a_relative_clause_ends_with_its_sentence() -> None:
    text = (
        "Ministers met the envoy, who arrived from Cairo. The talks ended on Tuesday.\n\n"
        "Russia expelled two diplomats."
    )
    expelled = act(events_of(text), "SANCTION")
    assert (expelled.timex_text, expelled.date_basis) == ("Tuesday", "inherited")


def test_year_before_a_noun_dates_only_the_act_it_names() -> None:
    text = (
        "The U.S. formally named Russia's Foreign Intelligence Service as the perpetrator "
        "of the SolarWinds cyberattack last year."
    )
    events = events_of(text)
    accuse = act(events, "ACCUSE")
    assert accuse.timex_text != "last year"
    assert accuse.date_basis in ("inherited", "publication")


def test_undated_act_inherits_within_the_paragraph_only() -> None:
    text = (
        "In 2016, the European Union imposed sanctions on Iran. It also froze the assets of "
        "two banks.\n\nThe United Nations condemned the attack on Tuesday.\n\n"
        "China expelled three diplomats."
    )
    events = events_of(text)
    froze = next(e for e in events if "froze" in e.event_text)
    assert (froze.date_start, froze.date_basis) == (date(2016, 1, 1), "inherited")
    expelled = next(e for e in events if "expelled" in e.event_text)
    # A new paragraph starts from the news of the day, not from the 2016 episode.
    assert (expelled.date_start, expelled.date_basis) == (date(2021, 4, 13), "inherited")


def test_first_undated_act_is_dated_by_publication() -> None:
    [first, *_] = events_of("Iran condemned the sanctions imposed by the European Union.")
    assert first.date_basis == "publication" and first.timex_text == ""
    assert first.date_start == THURSDAY and first.char_start is None


def test_dated_sentence_without_an_act_is_a_context_row() -> None:
    events = events_of("The weather in Geneva was cold on Tuesday.")
    [row] = events
    assert not row.coded and row.plover_event == "" and row.timex_text == "Tuesday"
    assert events_of("The weather in Geneva was cold on Tuesday.", coded_only=True) == []


def test_future_act_is_dated_to_the_proposed_time() -> None:
    events = events_of("Biden proposed a summit meeting with Putin this summer.")
    proposal = act(events, "AGREE")
    assert (proposal.timex_value, proposal.modality) == ("2021-SU", "future")


def test_earlier_and_later_this_period_stay_on_their_side_of_the_publication_day() -> None:
    earlier = events_of("Russia expelled ten diplomats earlier this week.")[0]
    assert (earlier.date_start, earlier.date_end) == (date(2021, 4, 12), date(2021, 4, 14))
    later = events_of("Moscow will expel ten diplomats later this month.")[0]
    assert (later.date_start, later.date_end) == (date(2021, 4, 16), date(2021, 4, 30))
    assert later.precision == "month"


def test_text_without_full_stops_is_dated_in_linear_time() -> None:
    """Four times the run-on text takes about four times as long, never sixteen."""
    clause = "Russia attacked Ukraine on Tuesday, which said the talks in 2021 failed in May "
    timings = []
    for size in (2_000, 8_000):
        text = (clause * (size // len(clause) + 1))[:size]
        timings.append(best_time(lambda text=text: events_of(text)))
    assert timings[1] / timings[0] < 8


def test_a_year_before_the_noun_an_act_is_about_does_not_date_the_act() -> None:
    text = (
        "A man has been charged with the 1994 murder of a Leeds shopkeeper, West Yorkshire "
        "Police said on Sunday."
    )
    events = events_of(text, date(2016, 1, 31))
    dates = {e.event_text: (e.timex_text, e.date_basis) for e in events}
    assert dates["charged"] == ("Sunday", "inherited")
    assert dates["murder"] == ("1994", "explicit")
    events = events_of("Lula beat Bolsonaro in the 2022 election.")
    assert [e.timex_text for e in events if e.coded] == ["2022"]


def test_a_comparison_since_a_date_does_not_date_the_act_before_it() -> None:
    text = (
        "Harlan said Wednesday that it had agreed to buy Prairie Crisp, its largest "
        "acquisition since 1997."
    )
    agreed = next(e for e in events_of(text) if e.plover_event == "AGREE")
    assert (agreed.timex_text, agreed.date_basis) == ("Wednesday", "inherited")
    text = "It was the deadliest attack since April, when militiamen killed 22 people."
    killed = next(e for e in events_of(text) if e.event_text == "killed")
    assert killed.timex_text == "April"


def test_the_edge_of_a_state_does_not_become_the_story_s_time() -> None:
    text = (
        "The economy has been in recession since December 2007. The Federal Reserve said "
        "on Wednesday it stood ready to buy Treasury securities."
    )
    ready = next(e for e in events_of(text) if e.plover_event == "AGREE")
    assert ready.timex_text == "Wednesday"


def test_an_act_told_in_the_past_does_not_inherit_a_day_still_to_come() -> None:
    text = (
        "Rourke was arrested on Thursday and is due in court on Monday.\n\n"
        "The original investigation took more than 1,200 statements."
    )
    events = events_of(text, date(2016, 1, 31))
    inquiry = next(e for e in events if e.event_text == "investigation")
    assert inquiry.date_start <= date(2016, 1, 31)
    text = "The court will sit on Monday. Lawyers will appeal the ruling."
    appeal = next(e for e in events_of(text) if e.event_text == "appeal")
    assert (appeal.timex_text, appeal.date_basis) == ("Monday", "inherited")


def test_a_date_before_a_noun_in_the_subject_does_not_date_the_predicate() -> None:
    text = (
        "Voters go to the polls next month. The two candidates in the Dec. 19 runoff have "
        "both promised to overhaul the pension system."
    )
    events = events_of(text, date(2021, 12, 3))
    promised = next(e for e in events if e.event_text == "promised")
    assert promised.timex_text != "Dec. 19"


def test_a_date_coordinated_with_another_before_a_reporter_dates_the_act() -> None:
    text = "Most would be offered transfers this spring and next year, the spokesman said."
    offered = next(e for e in events_of(text, date(1997, 3, 11)) if e.plover_event == "AGREE")
    assert (offered.timex_text, offered.date_basis) == ("this spring", "relative")


def test_an_act_whose_own_verb_is_past_does_not_inherit_a_day_still_to_come() -> None:
    text = (
        "The soonest the boy could leave would be seven days later.\n\n"
        "Castro's government expressed its displeasure at another delay."
    )
    events = events_of(text, date(2000, 6, 1))
    act = next(e for e in events if e.event_text.startswith("expressed"))
    assert act.date_start <= date(2000, 6, 1)


def test_a_time_converted_in_brackets_is_one_row_with_the_time_it_restates() -> None:
    events = events_of("The session runs from 10 a.m. (0900 GMT) on Tuesday.")
    assert [(e.timex_text, e.timex_value) for e in events] == [
        ("10 a.m.", "2021-04-20T10:00"),
        ("Tuesday", "2021-04-20"),
    ]


def test_a_saying_is_not_dated_by_what_it_says() -> None:
    events = events_of(
        "Foreign ministers from five Central Asian nations opened a new round of talks on "
        "sharing the region's shrinking rivers Monday, their first formal meeting on the issue "
        "in nearly two years, as officials warned that another dry summer could devastate "
        "harvests from the Caspian to the Chinese border."
    )
    assert (act(events, "THREATEN").timex_text, act(events, "THREATEN").date_start) == (
        "Monday",
        date(2021, 4, 12),
    )


def test_a_saying_in_the_present_is_dated_by_the_publication_day_not_the_episode() -> None:
    events = events_of(
        "NATO bombed the bridge on Monday. The State Department says the three new members "
        "enhance the alliance."
    )
    says = act(events, "CONSULT")
    assert (says.date_basis, says.date_start) == ("publication", THURSDAY)


def test_a_source_named_after_the_act_leaves_the_date_to_the_act() -> None:
    text = "Hernandez was kidnapped from his store at 10 p.m. Wednesday, police said."
    kidnapped = next(e for e in events_of(text) if e.event_text == "kidnapped")
    assert (kidnapped.timex_text, kidnapped.date_basis) == ("10 p.m. Wednesday", "relative")
    text = (
        "North Korea fired two missiles into the sea early Thursday, the military said, the "
        "third launch this year."
    )
    fired = next(e for e in events_of(text) if e.event_text.startswith("fired"))
    assert (fired.timex_text, fired.date_basis) == ("early Thursday", "relative")
    # the date still goes to the saying when the sentence opens with it
    events = events_of("On Tuesday, officials said that Iran had attacked an oil tanker.")
    assert act(events, "ASSAULT").date_basis != "relative"


def test_a_date_of_a_predicate_that_looks_ahead_does_not_date_a_past_act() -> None:
    text = (
        "Two aid workers held hostage for 14 months have been freed and will be home in time "
        "for Christmas, officials said Wednesday."
    )
    freed = next(e for e in events_of(text, date(2020, 12, 23)) if e.event_text == "freed")
    assert freed.timex_text != "Christmas"


def test_an_act_that_is_the_object_of_a_dated_act_takes_its_date() -> None:
    text = (
        "Turkey and Iran agreed to meet in November.\n\n"
        "In 2014, Israel fought a 50-day war with Hamas. It was welcome but amounted to little."
    )
    events = events_of(text, date(2023, 10, 12))
    war = next(e for e in events if e.event_text == "war")
    assert (war.timex_text, war.date_basis) == ("2014", "explicit")


def test_a_date_of_a_contrasting_second_predicate_does_not_date_the_first() -> None:
    text = (
        "Gunmen attacked the border post on Saturday. Egypt reopened the Rafah crossing for "
        "aid trucks after the attack, but closed it again on Tuesday."
    )
    reopened = next(e for e in events_of(text) if e.event_text.startswith("reopened"))
    assert (reopened.timex_text, reopened.date_basis) == ("Saturday", "inherited")


def test_an_undated_act_in_the_present_perfect_is_true_on_the_day_of_the_news() -> None:
    text = "The man was arrested in March. He has pleaded not guilty."
    pleaded = next(e for e in events_of(text) if e.event_text.startswith("pleaded"))
    assert pleaded.date_basis == "publication"


def test_a_date_in_a_participle_set_off_by_commas_is_background() -> None:
    text = "Talks between Serbia and Kosovo, mediated by the EU since 2011, stalled this month."
    stalled = next(e for e in events_of(text) if e.event_text.startswith("stalled"))
    assert stalled.timex_text == "this month"
    # an act inside the relative clause keeps the clause's date
    text = "Pruett, who was sentenced in December to 30 months, was not in court on Friday."
    sentenced = next(e for e in events_of(text) if e.event_text.startswith("sentenced"))
    assert sentenced.timex_text == "December"


def test_a_wire_dateline_is_where_the_story_was_filed_not_an_actor() -> None:
    text = "ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched Sunday in Istanbul."
    actors = {e.actor1_name for e in events_of(text, date(1998, 3, 8)) if e.coded}
    assert "ISTANBUL" not in actors and "Albanians" in actors
    text = "NEW YORK (Reuters) - Oakfield Corp agreed to buy a rival."
    assert "NEW YORK" not in {e.actor1_name for e in events_of(text)}


def test_a_saying_in_the_next_sentence_does_not_claim_a_date() -> None:
    text = (
        "Dizon was extradited from Thailand last June. His lawyers said they would appeal. "
        "At least 30 people died in car bombings in Baghdad on Tuesday night. Police said "
        "the attacks were coordinated."
    )
    events = events_of(text, date(2018, 5, 11))
    extradited = next(e for e in events if e.event_text.startswith("extradited"))
    assert (extradited.timex_text, extradited.date_basis) == ("last June", "relative")


def test_a_date_after_a_later_saying_of_any_kind_is_what_was_said() -> None:
    text = (
        "Service on the line was suspended for more than four hours, and officials say it "
        "should be running normally tomorrow."
    )
    suspended = next(e for e in events_of(text) if e.event_text.startswith("suspended"))
    assert suspended.timex_text != "tomorrow"


def test_a_paragraph_that_tells_what_came_days_later_goes_on_from_the_story() -> None:
    text = (
        "A court convicted a former mayor on Friday.\n\n"
        "Prosecutors said he paid two gunmen to shoot a journalist on Jan. 24, 2010.\n\n"
        "The gunmen were arrested days later."
    )
    events = events_of(text, date(2018, 5, 11))
    arrested = next(e for e in events if e.event_text.startswith("arrested"))
    assert arrested.timex_text == "Jan. 24, 2010"


def test_an_act_put_off_to_an_undated_future_inherits_no_past_date() -> None:
    text = (
        "Council tax rose 4.99%, up from its October forecast, the council said on Monday. "
        "The leader said the council would meet again in the medium term."
    )
    meet = next(e for e in events_of(text) if e.event_text.startswith("meet"))
    assert (meet.timex_text, meet.date_basis) == ("", "publication")
