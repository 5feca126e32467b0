"""Dates in metadata and text, resolved against the article date and never the clock."""

from __future__ import annotations

from datetime import date

import pytest

from factcards.dates import find_dates, first_resolved, parse_date

FRIDAY = date(2024, 4, 26)


@pytest.mark.parametrize(
    "value",
    [
        "2024-04-26",
        "2024-04-26T09:00:00Z",
        "April 26, 2024",
        "Apr. 26, 2024",
        "26 April 2024",
        "Fri, 26 Apr 2024 09:00:00 GMT",
        "2024/04/26",
    ],
)
def test_metadata_dates_in_common_forms(value: str) -> None:
    assert parse_date(value) == FRIDAY


def test_unparseable_metadata_dates_are_none() -> None:
    assert parse_date("someday") is None
    assert parse_date("2024-02-30") is None


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Blinken disclosed on Friday.", "2024-04-26"),
        ("They met on Monday.", "2024-04-22"),
        ("The bridge will close from Monday.", "2024-04-29"),
        ("Xi met Biden in November.", "2023-11"),
        ("Talks resume in June, officials said they would.", "2024-06"),
        ("Sold between June and December 2023.", "2023-12"),
        ("It failed on the night of January 9, 2024.", "2024-01-09"),
        ("He arrived yesterday.", "2024-04-25"),
        ("Voting starts Tuesday, April 30.", "2024-04-30"),
    ],
)
def test_relative_dates_resolve_against_the_article_date(text: str, resolved: str) -> None:
    assert first_resolved(text, FRIDAY) == resolved


def test_without_an_article_date_relative_dates_stay_unresolved() -> None:
    [friday] = find_dates("He spoke on Friday.")
    assert friday.key == "weekday-4" and friday.resolved is None


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Prices may rise.") == []
    assert [d.resolved for d in find_dates("Prices rose in May.", FRIDAY)] == ["2023-05"]
