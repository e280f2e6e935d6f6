"""The reference article (NBC News, 15 April 2021) coded sentence by sentence."""

from __future__ import annotations

import re

import pytest

from timeline.coding import CodedEvent, code_sentence

from .conftest import EXAMPLE, THURSDAY

# Sentence ends: closing punctuation (and quotes) followed by a capital or an opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[\"“A-Z])")


def _events() -> list[CodedEvent]:
    text = EXAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    events: list[CodedEvent] = []
    for paragraph in text.split("\n"):
        for sentence in SENTENCE_END.split(paragraph.strip()):
            if sentence:
                events.extend(code_sentence(sentence, when=THURSDAY))
    return events


EVENTS = _events()


def _find(
    plover: str,
    actor1: str,
    *,
    actor2: str = "",
    code2: str = "",
    mode: str = "",
    cameo: str = "",
    modality: str = "",
) -> list[CodedEvent]:
    return [
        e
        for e in EVENTS
        if e.plover_event == plover
        and e.actor1_country == actor1
        and (not actor2 or e.actor2_country == actor2)
        and (not code2 or e.actor2_code == code2)
        and (not mode or e.plover_mode == mode)
        and (not cameo or e.cameo_code == cameo)
        and (not modality or e.modality == modality)
    ]


@pytest.mark.parametrize(
    ("label", "plover", "actor1", "extra", "words"),
    [
        (
            "Treasury blacklists Russian companies",
            "SANCTION",
            "USA",
            {"actor2": "RUS"},
            "blacklisted",
        ),
        ("Treasury sanctions entities", "SANCTION", "USA", {}, "sanctioned"),
        (
            "expulsion of embassy personnel",
            "SANCTION",
            "USA",
            {"actor2": "RUS", "mode": "expel"},
            "expelling",
        ),
        ("SVR named as perpetrator", "ACCUSE", "USA", {"code2": "RUSSPY"}, "named"),
        ("Biden's call with Putin", "CONSULT", "USA", {"actor2": "RUS", "mode": "phone"}, "call"),
        (
            "Biden proposes a summit",
            "AGREE",
            "USA",
            {"cameo": "036", "modality": "future"},
            "proposed",
        ),
        ("Russia vows a strong rebuff", "THREATEN", "RUS", {}, "vowed"),
        ("Moscow would respond in kind", "THREATEN", "RUS", {"actor2": "USA"}, "respond in kind"),
        ("the response will be inescapable", "THREATEN", "RUS", {"modality": "future"}, "response"),
        ("Navalny sanctions last month", "SANCTION", "USA", {"actor2": "RUS"}, "sanctions"),
        (
            "SolarWinds cyberattack",
            "COERCE",
            "RUS",
            {"actor2": "USA", "mode": "cyber"},
            "cyberattack",
        ),
        ("election interference", "COERCE", "RUS", {}, "interfere"),
        ("allies call on Russia to withdraw", "REQUEST", "USA", {"actor2": "RUS"}, "called on"),
        ("Russia amasses forces", "MOBILIZE", "RUS", {}, "amassing"),
    ],
)
def test_reference_article_event(
    label: str, plover: str, actor1: str, extra: dict[str, str], words: str
) -> None:
    found = [e for e in _find(plover, actor1, **extra) if words in e.event_text]
    assert found, f"{label}: no {plover} by {actor1} {extra} with {words!r}"


def test_reference_article_reporting_verbs_are_not_events_by_themselves() -> None:
    assert not [e for e in EVENTS if e.event_text in {"said", "added"}]
