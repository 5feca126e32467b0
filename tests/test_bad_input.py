"""The catalogue of bad input (docs/failures.md): each case ends in one clear line naming the
file and the problem, exit code 2 and nothing written, or in the article skipped with a
warning under --skip-bad."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcards.errors import InputError
from factcards.load import LoadSettings, load_articles, load_file
from factcards.pipeline import build_brief


def factcards(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcards", *map(str, args)], capture_output=True, text=True, timeout=300
    )


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_random_bytes_are_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 4)
    out = tmp_path / "brief.md"
    one_line_error(factcards("brief", path, "-o", out), str(path), "not valid UTF-8")
    assert not out.exists()


def test_an_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Some text that cannot be read.", encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the read itself fail as it would for anyone else
        real = Path.read_bytes
        monkeypatch.setattr(
            Path,
            "read_bytes",
            lambda self: (
                (_ for _ in ()).throw(PermissionError(13, "Permission denied")) if self == path else real(self)
            ),
        )
    with pytest.raises(InputError, match=r"locked\.txt: permission denied"):
        load_articles([path])


def test_a_20_mb_article_is_rejected_at_once_against_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("All work and no play. " * (20 * 1024 * 1024 // 22), encoding="utf-8")
    one_line_error(factcards("brief", path), "over the limit of 10,485,760", "--max-article-bytes")


def test_a_one_megabyte_line_is_processed_and_yields_no_giant_card(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("the council said the budget was approved by members " * 20000, encoding="utf-8")
    result = build_brief([path])
    assert all(len(c.claim) <= 1500 for c in result.cards)
    assert result.markdown.startswith("# Fact brief")


def test_100000_small_records_load(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(100_000):
            handle.write(json.dumps({"id": f"r{i}", "text": f"Record {i} says the council met."}) + "\n")
    articles = load_file(path, LoadSettings(max_article_bytes=50 * 1024 * 1024))
    assert len(articles) == 100_000 and articles[-1].id == "r99999"


@pytest.mark.parametrize(
    ("card", "fragment"),
    [
        (
            {"article": "a", "kind": "event", "claim": "x", "evidence": [{"quote": "q", "start": 9, "end": 3}]},
            "end (3) is before start (9)",
        ),
        ({"article": "a", "kind": "rumour", "claim": "x", "evidence": []}, "card 1: kind"),
        (
            {"article": "a", "kind": "event", "claim": "x", "confidence": 0.9},
            "card 1: confidence: Extra inputs are not permitted",
        ),
    ],
)
def test_malformed_cards_are_named(tmp_path: Path, card: dict, fragment: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council met on Friday and approved the budget.", encoding="utf-8")
    cards = tmp_path / "cards.json"
    cards.write_text(json.dumps({"cards": [card]}), encoding="utf-8")
    one_line_error(factcards("verify", cards, article), str(cards), fragment)


def test_a_one_megabyte_quote_is_judged_without_hanging(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council met on Friday and approved the budget.", encoding="utf-8")
    cards = tmp_path / "cards.json"
    cards.write_text(
        json.dumps(
            {
                "cards": [
                    {
                        "article": "a",
                        "kind": "event",
                        "claim": "The council met.",
                        "evidence": [{"quote": "word " * 200_000}],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    result = factcards("verify", cards, article)
    assert result.returncode == 1
    assert "quote not found in the article" in result.stdout


def test_a_brief_without_any_date_has_an_undated_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The council met and approved the budget for the new library.", encoding="utf-8")
    assert build_brief([path]).markdown.startswith("# Fact brief\n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_any_bytes_give_an_article_or_a_clean_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        articles = load_file(path)
    except InputError as err:
        assert str(err).startswith(str(path)) and "\n" not in str(err)
    else:
        for article in articles:
            assert article.body.strip()
