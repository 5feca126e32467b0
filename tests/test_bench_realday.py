"""The real-day bench's own measures, on a tiny day written here: what its figures count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.realday import Day, _quantity, corroboration, pairwise, read_day, shared_quotes
from factcards.models import Article, Card, Evidence

BOILERPLATE = (
    "These pages are part of an archive of the web, saved as they were written and kept for later readers. " * 5
)


def test_pairwise_scores_count_pairs_of_articles() -> None:
    event = {"a": 0, "b": 0, "c": 0, "d": 1}
    assert pairwise([["a", "b", "c"], ["d"]], event) == (1.0, 1.0, 1.0)
    precision, recall, f1 = pairwise([["a", "b"], ["c", "d"]], event)
    assert (precision, recall) == (0.5, pytest.approx(1 / 3)) and f1 == pytest.approx(0.4)


def test_a_day_leaves_out_boilerplate_pages_and_splits_paragraphs(tmp_path: Path) -> None:
    story = "The ferry to Wexley sank on Monday NEWLINE_CHAR NEWLINE_CHAR All forty passengers were rescued. " * 6
    rows = [
        {"context": f"Passage 1:\n{story}\nPassage 2:\n{BOILERPLATE}\n"},
        {"context": f"Passage 1:\n{BOILERPLATE}\nPassage 2:\nToo short.\n"},
    ]
    path = tmp_path / "multi_news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    day = read_day(path, 2)
    assert [a.id for a in day.articles] == ["e000-0"]
    assert "NEWLINE_CHAR" not in day.articles[0].body and "\n\n" in day.articles[0].body


def test_a_quote_two_outlets_print_counts_once_and_needs_one_card_citing_both() -> None:
    quote = "We will not reopen the pier until every pile has been replaced"
    a = Article(id="e0-0", body=f'"{quote}," the mayor said.')
    b = Article(id="e0-1", body=f"The mayor said: “{quote}.”")
    day = Day([a, b], {"e0-0": 0, "e0-1": 0})
    [(words, first, second)] = shared_quotes(day)
    assert (first, second) == ("e0-0", "e0-1") and words.startswith("we will not reopen")
    alone = Card(
        article="e0-0", kind="quote", claim=a.body, evidence=[Evidence(quote=a.body, text=a.body)], sources=["e0-0"]
    )
    both = alone.model_copy(update={"sources": ["e0-0", "e0-1"]})
    assert corroboration(day, [alone]) == (0, 1)
    assert corroboration(day, [both]) == (1, 1)


def test_a_figure_is_injected_only_where_both_outlets_print_it() -> None:
    # The 45 minutes are one outlet's alone: changing them makes no disagreement to find.
    target = "The victim died about 45 minutes later at a hospital, 3 officers said."
    theirs = ["The victim died later at a hospital, 3 officers said."]
    figure = _quantity(target, theirs)
    assert figure is not None and figure.group(0) == "3"
    assert _quantity("The victim died about 45 minutes later.", theirs) is None
    assert _quantity("The iPhone 7 would ship without 3 ports.", ["The iPhone 7 had 3 ports."]).group(0) == "3"
