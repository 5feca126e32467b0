"""Every golden/<case>/ renders to exactly its expected brief.md and cards.json."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from conftest import GOLDEN
from factcards.pipeline import BriefSettings, build_brief, dumps_cards

CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "articles").is_dir())


def _compare(path: Path, actual: str, update: bool) -> None:
    """Like syrupy: a missing expected file fails; only --update-golden writes one."""
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run pytest --update-golden to write it, then review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"{path} (expected)",
                tofile=f"{path} (actual)",
            )
        )
        pytest.fail(f"{path.name} differs from golden (run pytest --update-golden if intended):\n{diff}")


def test_there_are_at_least_five_cases() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("case", CASES)
def test_golden_case(case: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = GOLDEN / case
    monkeypatch.chdir(folder)  # paths in cards.json stay relative, so the files are portable
    result = build_brief(["articles"], BriefSettings())
    _compare(folder / "brief.md", result.markdown, update_golden)
    _compare(folder / "cards.json", dumps_cards(result.cards_file()), update_golden)


@pytest.mark.parametrize("case", CASES)
def test_golden_output_is_deterministic(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN / case)
    first = build_brief(["articles"])
    second = build_brief(["articles"])
    assert first.markdown == second.markdown
    assert dumps_cards(first.cards_file()) == dumps_cards(second.cards_file())


@pytest.mark.parametrize("case", CASES)
def test_every_verified_card_reproduces_its_quotes(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN / case)
    result = build_brief(["articles"])
    bodies = {a.id: a.body for a in result.articles}
    for card in result.cards:
        for e in card.evidence:
            if e.start is not None and e.end is not None:
                assert bodies[e.article or card.article][e.start : e.end] == e.text


def test_a_missing_expected_file_fails_instead_of_being_written(tmp_path: Path) -> None:
    missing = tmp_path / "brief.md"
    with pytest.raises(pytest.fail.Exception, match="is missing: run pytest --update-golden"):
        _compare(missing, "# Fact brief\n", update=False)
    assert not missing.exists()
    _compare(missing, "# Fact brief\n", update=True)
    assert missing.read_text(encoding="utf-8") == "# Fact brief\n"
