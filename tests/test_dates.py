"""Dates in metadata and text, resolved against the article date and never the clock."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcards.text.dates import dateline, find_dates, first_resolved, parse_date

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
    "top",
    [
        "26 April 2024",
        "Published: April 26, 2024 10:45 AM ET",
        "(meta data) PUBLISHED DATETIME: 2024-04-26 14:49",
        "By Ana Ruiz | Apr 26, 2024",
        "By Ana Ruiz on April 26, 2024",
        "26 April 2024 / 11:04",
        "Updated 9:03 a.m. EDT, Fri April 26, 2024",
    ],
)
def test_a_page_s_date_line_at_the_top_is_its_date(top: str) -> None:
    assert dateline(f"Harbor Gazette\n\n{top}\n\nThe ferry pier opened on Friday.") == FRIDAY


@given(st.text(max_size=3000))
def test_any_text_gives_a_date_line_or_none_without_failing(body: str) -> None:
    found = dateline(body)
    assert found is None or isinstance(found, date)


@pytest.mark.parametrize(
    "body",
    [
        "The pier opened on April 26, 2024, a day late.",  # a date inside a sentence: what the story is about
        "Pier opens April 26, 2024 after delays\n\nThe ferry pier opened.",  # a headline with a date
        "\n\n".join(["A paragraph of the story, long enough to be one. " * 3] * 2) + "\n\nApril 26, 2024",  # below it
        "Updated 10:45 AM ET, Friday",  # no full date
    ],
)
def test_dates_that_are_not_the_page_s_are_left(body: str) -> None:
    assert dateline(body) is None


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


MARCH = date(2019, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "anchor", "resolved"),
    [
        # a schedule in the present tense looks forward; a past verb the -ed rule misses looks back
        ("The council votes on Monday.", JULY, "2010-07-19"),
        ("The council voted on Monday.", JULY, "2010-07-12"),
        ("The court hears the case on Thursday.", JULY, "2010-07-15"),
        ("The senator announces her run on Monday.", MARCH, "2019-03-11"),
        ("The senator announced her run on Monday.", MARCH, "2019-03-04"),
        ("Sales rose 4% from January to March.", JULY, "2010-01"),
        ("The storm hit on Sept. 3.", JULY, "2009-09-03"),
        ("The storm struck on Oct. 10.", MARCH, "2018-10-10"),
        ("The factory shut in August.", MARCH, "2018-08"),
        ("Inflation fell in November, figures showed.", MARCH, "2018-11"),
        ("Police arrested the suspect late Sunday.", JULY, "2010-07-11"),
        ("The team played Saturday night.", JULY, "2010-07-10"),
        ("He died in a crash on July 20.", JULY, "2009-07-20"),
        ("The rally drew thousands on Saturday.", MARCH, "2019-03-02"),
        ("The storm is forecast to hit on Sept. 3.", JULY, "2010-09-03"),
        ("The suspect will be arraigned Monday.", JULY, "2010-07-19"),
        ("The suspect is due in court Monday.", JULY, "2010-07-19"),
        ("Results are due Friday.", JULY, "2010-07-16"),
        ("The company reports earnings on July 22.", JULY, "2010-07-22"),
        ("The company reported earnings on July 2.", JULY, "2010-07-02"),
        ("The trial opened in January.", JULY, "2010-01"),
        ("The trial opens in January.", JULY, "2011-01"),
        ("She will step down in December.", MARCH, "2019-12"),
        ("The airline will cut 500 jobs by December.", MARCH, "2019-12"),
        ("The vote is scheduled for April 2.", MARCH, "2019-04-02"),
        ("Campaigning for the May election begins soon.", MARCH, "2019-05"),
        ("UKIP, which won May's election, spent £3 million.", JULY, "2010-05"),
        ("The strike ends next Thursday.", MARCH, "2019-03-14"),  # next week's, not tomorrow
        ("The strike ended last Thursday.", MARCH, "2019-02-28"),
        # counted back, in words or figures, capitalised or not
        ("Two weeks ago, the mayor quit.", JULY, "2010-06"),
        ("Four days ago, a fire broke out at the depot.", MARCH, "2019-03-02"),
        ("Three months ago, the company issued a warning.", MARCH, "2018-12"),
        ("A year ago, the plant employed 300 people.", JULY, "2009"),
        ("Earlier this week, the mayor resigned.", MARCH, "2019-03"),
        ("The budget for next year was approved.", MARCH, "2020"),
        # a year dates the sentence when its main verb happened in it
        ("The law passed in 2009.", JULY, "2009"),
        ("The firm was sold in 2004.", JULY, "2004"),
        ("The museum reopened in 2015 after repairs.", MARCH, "2015"),
        ("The museum, closed since 2015, reopens on Saturday.", MARCH, "2019-03-09"),
    ],
)
def test_more_relative_dates(text: str, anchor: date, resolved: str) -> None:
    assert first_resolved(text, anchor) == resolved


@pytest.mark.parametrize(
    "text",
    [
        "The plant, which opened in 1952, closed.",  # a detail in a relative clause
        "Further warnings followed in 2016, 2018 and twice in 2021.",  # no one year
        "The pipe was on our list for replacement in 2026.",  # a thing's year, not the event's
        "The rally draws thousands each Saturday.",  # no one day
        "Protesters gathered outside parliament last night.",
        "Voters backed Theresa May's election pledge.",  # the prime minister's, not the month's
    ],
)
def test_dates_that_are_no_one_day_stay_empty(text: str) -> None:
    assert first_resolved(text, MARCH) is None


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # a comma inside a figure opens no clause: "fell" governs August, not "planned" elsewhere in the sentence
        ("The number waiting for planned treatment fell to 212,000 in August, officials said.", "2024-08"),
        # where a figure came from is no start still to come
        (
            "Waiting lists fell, but the number waiting over a year rose to 310,000, from 295,000 in February.",
            "2024-02",
        ),
        # a start still to come keeps its "from"
        ("The bridge will close from March, the council said.", "2025-03"),
    ],
)
def test_a_month_s_tense_is_read_in_its_own_clause(text: str, month: str) -> None:
    assert [d.resolved for d in find_dates(text, date(2025, 1, 14))] == [month]


def test_the_month_a_figure_came_from_is_past_though_the_sentence_closes_in_the_present() -> None:
    text = (
        "Ambulance crews in Kell waited a total of 4,000 hours outside hospitals in January, up from 3,100 hours in"
        " December, new data shows."
    )
    assert [d.resolved for d in find_dates(text, date(2025, 1, 14))] == ["2025-01", "2024-12"]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The change will come into force in April next year.", "2026-04"),
        ("The shop closed in March last year.", "2024-03"),
        ("The pool will reopen in June this year.", "2025-06"),
    ],
)
def test_a_month_of_a_year_told_from_this_one_is_one_date(text: str, resolved: str) -> None:
    # "in April next year" is April of next year, not the coming April and a year besides
    assert [d.resolved for d in find_dates(text, date(2025, 1, 14))] == [resolved]


def test_the_last_year_is_the_twelve_months_to_now_not_a_calendar_year() -> None:
    assert find_dates("Sales rose in the last year.", date(2025, 1, 14)) == []
    assert [d.resolved for d in find_dates("Sales rose last year.", date(2025, 1, 14))] == ["2024"]


def test_decades_and_centuries_ago_are_years_ago() -> None:
    found = find_dates("The mask was taken more than a century ago.", date(2025, 1, 14))
    assert [(d.key, d.resolved) for d in found] == [("ago-100-year", "1925")]
    assert [d.key for d in find_dates("It closed two decades ago.", date(2025, 1, 14))] == ["ago-20-year"]


def test_may_as_one_end_of_a_range_of_months() -> None:
    found = find_dates("The water will be tested between May and September.", date(2025, 1, 14))
    assert [(d.surface, d.resolved) for d in found] == [("May", "2025-05"), ("September", "2025-09")]
    assert [d.surface for d in find_dates("Officials may decide on Friday.", date(2025, 1, 14))] == ["on Friday"]
