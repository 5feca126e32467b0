"""The editor's loop on the bundled examples: tick one card, delete one, change a figure in a
third; `review` records accepted / rejected / edited-and-not-verified; the next brief keeps it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES
from factcards.grounding.verify import Verifier
from factcards.load import load_articles
from factcards.models import Review, Status
from factcards.output.cardsfile import read_cards_file
from factcards.review import Decisions, read_markdown_decisions

ITEM = re.compile(r"^- \[ \] \\\[(c[0-9a-f]{8})\\\]")


def factcards(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcards", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)  # fmt: skip


@pytest.fixture
def briefed(tmp_path: Path) -> Path:
    result = factcards("brief", EXAMPLES, "-o", tmp_path / "brief.md", "--cards-out", tmp_path / "cards.json")
    assert result.returncode == 0, result.stderr
    return tmp_path


def edit_brief(folder: Path) -> tuple[str, str, str]:
    """Tick the first card, delete the second with its lines, change a figure in the first card
    that has one; returns the three ids."""
    lines = (folder / "brief.md").read_text(encoding="utf-8").splitlines()
    items = [i for i, line in enumerate(lines) if ITEM.match(line)]
    ticked, deleted = items[0], items[1]
    figure = next(i for i in items[2:] if "18,000" in lines[i])
    ids = tuple(ITEM.match(lines[i]).group(1) for i in (ticked, deleted, figure))  # type: ignore[union-attr]
    lines[ticked] = lines[ticked].replace("- [ ]", "- [x]", 1)
    lines[figure] = lines[figure].replace("18,000", "27,000")
    end = deleted + 1
    while end < len(lines) and lines[end].startswith("  "):
        end += 1
    del lines[deleted:end]
    (folder / "edited.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids  # type: ignore[return-value]


def test_tick_delete_and_edit_come_back_as_accepted_rejected_and_edited(briefed: Path) -> None:
    accepted, rejected, edited = edit_brief(briefed)
    result = factcards("review", briefed / "edited.md", "--cards", briefed / "cards.json", EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        '1 accepted, 1 rejected, 1 edited — now unsupported: number "27,000" not in evidence (evidence says "18,000")'
    )
    reviewed = read_cards_file(briefed / "cards.reviewed.json")
    by_id = {c.id: c for c in reviewed.cards}
    assert by_id[accepted].review is Review.accepted
    assert by_id[rejected].review is Review.rejected
    assert by_id[edited].review is Review.edited and by_id[edited].status is Status.unsupported
    assert "27,000" in by_id[edited].claim and "18,000" in (by_id[edited].original_claim or "")
    untouched = [c for c in reviewed.cards if c.id not in (accepted, rejected, edited)]
    assert untouched and all(c.review is None for c in untouched)


def test_the_next_brief_keeps_the_decisions(briefed: Path) -> None:
    accepted, rejected, edited = edit_brief(briefed)
    assert factcards("review", briefed / "edited.md", "--cards", briefed / "cards.json", EXAMPLES).returncode == 0
    again = factcards("brief", EXAMPLES, "--reviewed", briefed / "cards.reviewed.json", "-o", briefed / "next.md")
    assert again.returncode == 0, again.stderr
    text = (briefed / "next.md").read_text(encoding="utf-8")
    assert f"\\[{rejected}\\]" not in text
    assert re.search(rf"^- \[x\] \\\[{accepted}\\\] .*checked by an editor", text, re.MULTILINE)
    assert re.search(
        rf"^- \[ \] \\\[{edited}\\\] \*\*unsupported\*\* .*edited by an editor — .*27,000", text, re.MULTILINE
    )
    assert len(re.findall(r"^\s*- \[x\]", text, re.MULTILINE)) == 1  # untouched cards get no decision


def test_unknown_ids_and_mangled_items_are_reported_by_line_and_never_guessed(briefed: Path) -> None:
    edit_brief(briefed)
    with (briefed / "edited.md").open("a", encoding="utf-8") as f:
        f.write("- [ ] \\[cdeadbeef\\] **quote** — invented\n- [x] \\[c12 broken item\n")
    lines = (briefed / "edited.md").read_text(encoding="utf-8").count("\n")
    result = factcards("review", briefed / "edited.md", "--cards", briefed / "cards.json", EXAMPLES)
    assert result.returncode == 1
    assert f'line {lines - 1}: unknown card id "cdeadbeef"' in result.stderr
    assert f"line {lines}: a card item that cannot be read" in result.stderr
    assert "Traceback" not in result.stderr


def test_decisions_exported_by_the_page_are_read_the_same_way(briefed: Path) -> None:
    cards = read_cards_file(briefed / "cards.json").cards
    decisions = {"format": "factcards-decisions", "version": 1,
                 "decisions": [{"card": cards[0].id, "review": "accepted"}, {"card": cards[1].id, "review": "rejected"}]}  # fmt: skip
    (briefed / "decisions.json").write_text(json.dumps(decisions), encoding="utf-8")
    out = briefed / "reviewed.json"
    result = factcards("review", briefed / "decisions.json", "--cards", briefed / "cards.json", EXAMPLES, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 accepted, 1 rejected, 0 edited"
    reviews = {c.id: c.review for c in read_cards_file(out).cards}
    assert reviews[cards[0].id] is Review.accepted and reviews[cards[1].id] is Review.rejected
    assert sum(r is not None for r in reviews.values()) == 2  # a decisions file lists only what was decided


def test_a_rejected_fact_is_not_resurrected_by_a_reextraction_with_another_id() -> None:
    articles = load_articles([EXAMPLES])
    verifier = Verifier(articles)
    from factcards.extractors.offline import OfflineExtractor

    card = verifier.verify(OfflineExtractor().extract(articles[0])[0])
    rejected = card.model_copy(update={"review": Review.rejected, "id": "c00000000"})
    reworded = card.model_copy(update={"claim": card.claim.rstrip(".") + ", officials said.", "id": "c11111111"})
    assert Decisions([rejected]).match(reworded) is rejected  # the same span of the same article


def test_an_unchanged_brief_gives_no_decisions_every_card_being_in_it(briefed: Path) -> None:
    cards = read_cards_file(briefed / "cards.json").cards
    read = read_markdown_decisions((briefed / "brief.md").read_text(encoding="utf-8"), cards)
    assert read.decisions == [] and read.problems == []
