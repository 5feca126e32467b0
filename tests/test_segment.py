"""Sentence and paragraph splitting on real news habits."""

from __future__ import annotations

from factcards.text.segment import Span, paragraphs, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for p in paragraphs(text) for s in sentences(text, p)]


def test_abbreviations_and_initialisms_do_not_end_sentences() -> None:
    text = "Mr. Smith met Gen. Jones in the U.S. on Jan. 5 at 3 p.m. local time. John F. Kennedy was cited."
    assert split(text) == [
        "Mr. Smith met Gen. Jones in the U.S. on Jan. 5 at 3 p.m. local time.",
        "John F. Kennedy was cited.",
    ]


def test_an_initialism_followed_by_a_sentence_opener_ends_the_sentence() -> None:
    assert split("Talks moved to the U.S. The vote follows.") == ["Talks moved to the U.S.", "The vote follows."]


def test_a_quotation_holding_several_sentences_stays_with_its_attribution() -> None:
    text = '“We will go. We will win,” she said. "Fine." Then it ended.'
    assert split(text) == ["“We will go. We will win,” she said.", '"Fine."', "Then it ended."]


def test_dateline_stays_with_the_first_sentence() -> None:
    text = "WASHINGTON — Lawmakers met on Friday. They adjourned."
    assert split(text) == ["WASHINGTON — Lawmakers met on Friday.", "They adjourned."]


def test_stray_spaces_before_punctuation_and_paragraphs_without_full_stops() -> None:
    text = "Blinken , during his visit , spoke .  Then he left\n\nA new paragraph starts here"
    assert split(text) == ["Blinken , during his visit , spoke .", "Then he left", "A new paragraph starts here"]


def test_decimals_and_lowercase_continuations_are_not_boundaries() -> None:
    assert split("Growth was 3.5 percent. vs. last year it fell.") == ["Growth was 3.5 percent. vs. last year it fell."]


def test_spans_are_trimmed_offsets_into_the_body() -> None:
    text = "  First one.   Second one.  \n\n  Third.  "
    spans = [s for p in paragraphs(text) for s in sentences(text, p)]
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)
    assert paragraphs(text)[1] == Span(text.index("Third"), text.index("Third") + len("Third."))


def test_a_lower_cased_tokenised_feed_still_ends_its_sentences() -> None:
    text = "the mayor has been given the job after a vote . the former harbour chief quit in june . it rained."
    assert split(text) == [
        "the mayor has been given the job after a vote .",
        "the former harbour chief quit in june .",
        "it rained.",
    ]
