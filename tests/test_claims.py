"""Reading a claim: where each figure stands, and what a negation reaches."""

from __future__ import annotations

import pytest

from factcards.text.claims import atoms, number_at


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("the 2009 death of a 20-year-old", "20", "20-year-old"),  # not the start of "2009"
        ("sixteen boats and six crews", "six", "six crews"),  # not the start of "sixteen"
        ("someone gave one reason", "one", "one reason"),
        ("up to 2oz of it", "2", "2oz of it"),  # a unit may run into its figure
        ("from 15.4 to 5.4 percent", "5.4", "5.4 percent"),
    ],
)
def test_a_number_is_found_where_it_stands_on_its_own(text: str, surface: str, expected: str) -> None:
    assert text[number_at(text, surface) :] == expected


def test_a_number_written_only_inside_another_is_nowhere() -> None:
    assert number_at("in 2009", "20") == -1


def test_a_stray_quote_mark_is_no_part_of_a_words_stem() -> None:
    from factcards.text.claims import stem

    # Transcribed quotes leave marks on words: "shouting: 'No' a lot' but …"
    assert stem("lot'") == stem("lot")
    assert stem("'listening'") == stem("listening")
    assert stem("students'") == stem("students")


def test_a_thing_named_with_a_number_word_is_no_figure() -> None:
    found = [n.surface for n in atoms("It was his first hole-in-one at Augusta, one of five that day.").numbers]
    assert "five" in found and found.count("one") == 1  # "one of five", not the hole-in-one


@pytest.mark.parametrize(
    ("word", "value"),
    [("42", 42.0), ("1,200", 1200.0), ("seven", 7.0), ("Forty-two", 42.0), ("ninety nine", 99.0), ("forty", 40.0)],
)
def test_a_count_is_read_in_figures_and_in_words_of_one_or_two_parts(word: str, value: float) -> None:
    from factcards.text.claims import count_value

    assert count_value(word) == value


def test_a_plural_in_ies_and_a_past_in_ied_share_a_stem() -> None:
    from factcards.text.claims import stem

    assert stem("injuries") == stem("injured") == stem("injures")
    assert stem("studies") == stem("studied")


def test_a_negation_of_what_one_can_afford_reaches_the_deed_after_to() -> None:
    (negation,) = atoms("The trust cannot afford to run the winter ferry.").negations
    assert negation.target == "run" and "afford" in negation.scope
    (plain,) = atoms("The trust cannot afford the ferry.").negations
    assert plain.target == "afford"


def test_never_so_much_says_the_most_and_negates_nothing() -> None:
    assert atoms("She said her feet had never hurt so much.").negations == []
    assert atoms("The manager said the team had never been better.").negations == []
    (negation,) = atoms("He never so much as looked at the report.").negations
    assert "look" in negation.scope
    (plain,) = atoms("He never hurt anyone.").negations
    assert plain.target == "hurt"


def test_a_did_that_is_its_clause_s_own_verb_is_what_never_negates() -> None:
    (own,) = atoms("A roofer paid for work he never did has been fined.").negations
    assert own.target == "did" and "fine" not in own.scope
    (helping,) = atoms("They never did finish the roof.").negations
    assert helping.target == "finish"
