"""The reference article's timeline: each act the story tells, at its own date."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.article import read_articles
from timeline.events import Event, extract_events

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return extract_events(read_articles([str(EXAMPLE)]))


def find(events: list[Event], plover: str, words: str) -> Event:
    matches = [e for e in events if e.plover_event == plover and words in e.event_text]
    assert matches, f"no {plover} event with {words!r}"
    return matches[0]


THURSDAY, TUESDAY = date(2021, 4, 15), date(2021, 4, 13)


@pytest.mark.parametrize(
    ("plover", "words", "actor1", "actor2", "start", "end"),
    [
        ("SANCTION", "blacklisted", "USA", "RUS", THURSDAY, THURSDAY),
        ("SANCTION", "expelling", "USA", "RUS", THURSDAY, THURSDAY),
        ("ACCUSE", "named Russia's Foreign Intelligence Service", "USA", "RUS", THURSDAY,
         THURSDAY),
        ("CONSULT", "call", "USA", "RUS", TUESDAY, TUESDAY),
        ("AGREE", "proposed a meeting", "USA", "RUS", date(2021, 6, 1), date(2021, 8, 31)),
        ("THREATEN", "respond in kind", "RUS", "USA", THURSDAY, THURSDAY),
        ("SANCTION", "unveiled its first round of sanctions", "USA", "RUS", date(2021, 3, 1),
         date(2021, 3, 10)),
        ("COERCE", "cyberattack", "RUS", "USA", date(2020, 1, 1), date(2020, 12, 31)),
    ],
)  # fmt: skip
def test_reference_acts(events, plover, words, actor1, actor2, start, end) -> None:
    matches = [e for e in events if e.plover_event == plover and words in e.event_text]
    assert any(
        (e.actor1_country, e.actor2_country, e.date_start, e.date_end)
        == (actor1, actor2, start, end)
        for e in matches
    ), [(e.actor1_country, e.actor2_country, e.date_start, e.date_end) for e in matches]


def test_naming_the_hacker_is_dated_to_the_day_not_the_hack(events) -> None:
    naming = find(events, "ACCUSE", "named Russia's Foreign Intelligence Service")
    assert naming.actor2_code == "RUSSPY" and naming.date_basis == "inherited"


def test_proposed_summit_is_future(events) -> None:
    assert find(events, "AGREE", "proposed a meeting").modality == "future"


def test_election_interference_keeps_its_year(events) -> None:
    interference = [e for e in events if e.plover_event == "COERCE" and "2020" in e.timex_text]
    assert interference and all(e.date_start == date(2020, 1, 1) for e in interference)
