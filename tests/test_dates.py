"""Dates in metadata and text, resolved against the article date and never the clock."""

from __future__ import annotations

from datetime import date

import pytest

from factcards.text.dates import find_dates, first_resolved, parse_date

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


JULY = date(2010, 7, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "anchor", "resolved"),
    [
        # past tense looks back, even with a "would" in another clause
        ("The minister, while visiting the port in November, had said the yard would stay open.", FRIDAY, "2023-11"),
        ("The union said on Thursday that the strike will start from Monday.", FRIDAY, "2024-04-25"),
        ("The vote was held on Dec. 22 after weeks of delay.", JULY, "2009-12-22"),
        ("Shares fell sharply last month.", JULY, "2010-06"),
        ("The firm cut 200 jobs last week.", JULY, "2010-07"),
        ("The ferry sank three days ago off the coast.", JULY, "2010-07-11"),
        ("In 2017, the plant closed after a fire.", JULY, "2017"),
        ("Turnout rose earlier this month, officials said.", JULY, "2010-07"),
        ("The mayor resigned yesterday.", JULY, "2010-07-13"),
        # future and plans look forward
        ("Candidates are preparing for the November election.", JULY, "2010-11"),
        ("The council expects a ruling by March.", JULY, "2011-03"),
        ("The festival opens on Saturday.", JULY, "2010-07-17"),
        ("Talks resume in June, officials said they would.", FRIDAY, "2024-06"),
        ("Fares will rise next year.", JULY, "2011"),
        ("The new line will open on Jan. 3.", JULY, "2011-01-03"),
        # a passive takes its time from the auxiliary; "is expected to", "is planned for" look forward
        ("The treaty will be signed in March.", JULY, "2011-03"),
        ("The ship is expected to dock on Sunday.", FRIDAY, "2024-04-28"),
        ("A new round of talks is planned for February.", FRIDAY, "2025-02"),
        ("The company is to be sold in October.", JULY, "2010-10"),
        ("Prices were expected to rise in June.", JULY, "2010-06"),
        ("The report was released in August.", JULY, "2009-08"),
        ("The school is being rebuilt after it was damaged in March.", JULY, "2010-03"),
        ("The deal was announced this morning.", JULY, "2010-07-14"),
        ("The firm had planned to cut jobs in March.", JULY, "2010-03"),
        ("The bridge should be finished in June.", JULY, "2011-06"),
        ("The bridge could open as early as Friday.", JULY, "2010-07-16"),
        ("The vote, set for Thursday, was delayed.", JULY, "2010-07-15"),
        ("He appeared in court on Friday.", JULY, "2010-07-09"),
        ("The rule took effect on Jan. 1.", JULY, "2010-01-01"),
        ("The rule takes effect on Jan. 1.", JULY, "2011-01-01"),
    ],
)
def test_relative_dates_follow_the_tense(text: str, anchor: date, resolved: str) -> None:
    assert first_resolved(text, anchor) == resolved


@pytest.mark.parametrize(
    "text",
    ["The 2024 election was close.", "Saturday's match drew a record crowd.", "He met them last week on holiday."],
)
def test_when_the_date_cannot_be_fixed_it_is_left_empty(text: str) -> None:
    assert first_resolved(text, date(2024, 5, 6)) is None  # a week across two months, an event's year, "Saturday's"
