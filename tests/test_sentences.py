"""Splitting articles into sentences and telling the story from page furniture."""

from __future__ import annotations

from timeline.events.sentences import split_sentences


def texts(text: str, **kwargs: str) -> list[tuple[str, bool]]:
    return [(s.text, s.narrative) for s in split_sentences(text, **kwargs)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Gen. Mark Milley met U.S. officials in Washington, D.C. on Monday. "
        "John F. Kennedy did not."
    )
    assert [t for t, _ in texts(text)] == [
        "Gen. Mark Milley met U.S. officials in Washington, D.C. on Monday.",
        "John F. Kennedy did not.",
    ]


def test_quotes_close_sentences() -> None:
    text = '"We want a stable relationship," Biden said. "Now is the time." He left.'
    assert [t for t, _ in texts(text)] == [
        '"We want a stable relationship," Biden said.',
        '"Now is the time."',
        "He left.",
    ]


def test_boilerplate_and_headings_are_not_narrative() -> None:
    text = (
        "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\n"
        "Talks collapse in Geneva\n\n"
        "The talks collapsed on Tuesday.\n"
        "Get more newsLiveon\n\n"
        "Sign up for our newsletter.\n"
    )
    assert texts(text) == [
        ("IE 11 is not supported.", False),
        ("For an optimal experience visit our site on another browser.", False),
        ("Talks collapse in Geneva", False),
        ("The talks collapsed on Tuesday.", True),
        ("Get more newsLiveon", False),
        ("Sign up for our newsletter.", False),
    ]


def test_headline_equal_to_title_is_not_narrative() -> None:
    text = "Leaders meet in Geneva.\n\nThe leaders met on Tuesday."
    assert texts(text, title="Leaders meet in Geneva.") == [
        ("Leaders meet in Geneva.", False),
        ("The leaders met on Tuesday.", True),
    ]


def test_hard_wrapped_paragraph_is_one_paragraph() -> None:
    text = (
        "The foreign ministers of both countries met in Geneva on\n"
        "Tuesday and agreed to resume the talks that broke down in\n"
        "March. A statement followed.\n"
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The foreign ministers of both countries met in Geneva on Tuesday and agreed to "
        "resume the talks that broke down in March.",
        "A statement followed.",
    ]
    assert {s.paragraph for s in sentences} == {0}


def test_offsets_point_into_the_text() -> None:
    text = "  First one here.  Second one?\n\nThird!"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end].replace("\n", " ") == sentence.text


def test_single_line_without_full_stop_is_still_a_sentence() -> None:
    assert texts("Russia expelled two Estonian diplomats on Tuesday") == [
        ("Russia expelled two Estonian diplomats on Tuesday", True)
    ]


def test_long_line_without_full_stop_is_a_sentence_short_one_a_heading() -> None:
    text = (
        "World news\n\n"
        "The foreign ministers of France and Germany met their Polish counterpart in Weimar "
        "on Tuesday to discuss support for Ukraine\n\nThey agreed to meet again."
    )
    assert [n for _, n in texts(text)] == [False, True, True]
