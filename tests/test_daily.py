"""The daily command: the day's articles in, three files out; reruns incremental and idempotent."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES, GOLDEN
from factcards import atomic
from factcards.daily import DailySettings, run_daily, select_articles
from factcards.errors import FactcardsError, InputError
from factcards.extractors import REGISTRY
from factcards.extractors.offline import OfflineExtractor
from factcards.llm.settings import LLMSettings
from factcards.llm.stub_server import ChatServer
from factcards.models import Article
from factcards.pipeline import BriefSettings

CALLS: list[str] = []


class CountingExtractor(OfflineExtractor):
    """The offline extractor, counting which articles it is asked to extract."""

    def extract(self, article: Article) -> list:
        CALLS.append(article.id)
        return super().extract(article)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    monkeypatch.setitem(REGISTRY, "counting", f"{__name__}:CountingExtractor")
    CALLS.clear()
    yield CALLS


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, box / "2025-03-14")  # dated by their metadata too
    shutil.copytree(GOLDEN / "stories-day" / "articles", box / "other")  # dated 2025-06-10
    return box


def settings(inbox: Path, out: Path, extractor: str = "offline", **kwargs: object) -> DailySettings:
    return DailySettings(inbox, "2025-03-14", out, BriefSettings(extractor=extractor), **kwargs)  # type: ignore[arg-type]


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def test_articles_are_chosen_by_metadata_date_or_day_folder(tmp_path: Path) -> None:
    box = tmp_path / "inbox"
    (box / "2025-03-14").mkdir(parents=True)
    (box / "2025-03-14" / "undated.txt").write_text(
        "The council met and voted 5 to 2 on the new budget.", encoding="utf-8"
    )
    (box / "dated.txt").write_text("date: 2025-03-14\n\nThe mayor opened the new bridge to traffic.", encoding="utf-8")
    (box / "other-day.txt").write_text("date: 2025-03-13\n\nYesterday's news about the harbour.", encoding="utf-8")
    # A saved page without metadata is dated by the line it prints above the story.
    (box / "page.txt").write_text("Harbor Gazette\n\nMarch 14, 2025\n\nFerries will run all night.", encoding="utf-8")
    (box / "old-page.txt").write_text("Harbor Gazette\n\nMarch 2, 2025\n\nThe ferry pier closed.", encoding="utf-8")
    (box / "2025-03-01").mkdir()
    (box / "2025-03-01" / "broken.txt").write_bytes(b"\xff\xfe\x00 last week's broken file")
    (box / "notes.csv").write_text("not an article", encoding="utf-8")
    chosen = select_articles(box, "2025-03-14", BriefSettings())
    assert sorted((a.id, a.date) for a in chosen) == [
        ("dated", "2025-03-14"), ("page", "2025-03-14"), ("undated", "2025-03-14"),
    ]  # fmt: skip
    with pytest.raises(InputError, match="no articles dated 2025-03-15"):
        select_articles(box, "2025-03-15", BriefSettings())


def test_writes_the_brief_cards_and_manifest(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_daily(settings(inbox, out))
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "2025-03-14.cards.json", "2025-03-14.html", "2025-03-14.manifest.json", "2025-03-14.md",
    ]  # fmt: skip
    page = (out / "2025-03-14.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.count('class="card"') == len(result.result.cards)  # type: ignore[union-attr]
    brief = (out / "2025-03-14.md").read_text(encoding="utf-8")
    assert brief.startswith("# Fact brief — 2025-03-14\n") and "### Conflicts" in brief
    cards = json.loads((out / "2025-03-14.cards.json").read_text(encoding="utf-8"))
    assert len(cards["articles"]) == 6 and len(cards["stories"]) == 3
    manifest = json.loads((out / "2025-03-14.manifest.json").read_text(encoding="utf-8"))
    assert manifest["date"] == "2025-03-14" and manifest["extractor"] == "offline"
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert set(manifest["timings_seconds"]) == {"load", "extract_and_verify", "stories_and_render", "total"}
    assert manifest["counts"]["stories"] == 3 and manifest["counts"]["conflicts"] == 2
    assert result.summary_line().startswith("2025-03-14: 6 articles, 3 stories, ")


def test_a_rerun_with_unchanged_inputs_rewrites_nothing(inbox: Path, tmp_path: Path, counting: list[str]) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out, "counting"))
    before = stamps(out)
    assert len(counting) == 6
    again = run_daily(settings(inbox, out, "counting"))
    assert not again.rewritten and again.summary_line().endswith("(unchanged: nothing rewritten)")
    assert stamps(out) == before
    assert len(counting) == 6  # nothing extracted again


def test_a_changed_article_is_extracted_alone(inbox: Path, tmp_path: Path, counting: list[str]) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out, "counting"))
    changed = inbox / "2025-03-14" / "valley-wire-rail.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("48 hours", "72 hours"), encoding="utf-8")
    counting.clear()
    result = run_daily(settings(inbox, out, "counting"))
    assert counting == ["valley-wire-rail"]
    assert result.rewritten
    assert "72 hours" in (out / "2025-03-14.md").read_text(encoding="utf-8")


def test_a_failed_write_keeps_yesterdays_files_and_the_next_run_completes(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    old = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    changed = inbox / "2025-03-14" / "tech-ledger-recall.jsonl"
    changed.write_text(changed.read_text(encoding="utf-8").replace("14,000", "15,000"), encoding="utf-8")

    real_replace = os.replace

    def disk_full(src: str, dst: str) -> None:
        if str(dst).endswith(".md"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    with pytest.raises(FactcardsError, match="No space left on device"):
        run_daily(settings(inbox, out))
    assert (out / "2025-03-14.md").read_bytes() == old["2025-03-14.md"]
    assert not list(out.glob(".*.tmp"))
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    run_daily(settings(inbox, out))
    assert "15,000" in (out / "2025-03-14.md").read_text(encoding="utf-8")


def test_the_days_files_wait_for_the_disk_and_the_per_article_cache_does_not(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lost cache entry only means extracting that article again; a lost brief is a lost morning."""
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(Path(os.readlink(f"/proc/self/fd/{fd}")).name)
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    written = sorted(p.name for p in out.iterdir() if p.is_file())
    assert sorted(name.split(".tmp")[0].lstrip(".").rsplit(".", 1)[0] for name in synced) == written
    state = [p for p in out.rglob("*.json") if p.parent != out]
    assert len(state) == 6  # each example article's cards are cached, without waiting for the disk


def test_the_next_day_marks_developing_stories_and_repeated_cards(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    follow_up = inbox / "2025-03-15"
    follow_up.mkdir()
    (follow_up / "courier-day-two.md").write_text(
        "---\ntitle: Harbor Bridge closure begins to bite\nsource: The Alden Courier\n---\n\n"
        "Traffic on the Mill Street crossing doubled on the first morning after the Harbor Bridge in Port Alden "
        "closed for repairs to its corroded cables, the transport department said.\n\n"
        '"We did not take this decision lightly," Mayor Lena Okafor said again on Saturday.\n\n'
        "Ferries ran every 20 minutes, and Quay Road businesses reported fewer customers.\n",
        encoding="utf-8",
    )
    result = run_daily(DailySettings(inbox, "2025-03-15", out, BriefSettings()))
    assert result.manifest["previous"].endswith("2025-03-14.cards.json")
    [story] = json.loads((out / "2025-03-15.cards.json").read_text(encoding="utf-8"))["stories"]
    assert story["developing"] is True and story["previous"]
    assert story["not_new"], "the repeated quote is not news"
    brief = (out / "2025-03-15.md").read_text(encoding="utf-8")
    assert "developing story" in brief and "reported before" in brief


def test_the_llm_path_reruns_without_a_single_request(inbox: Path, tmp_path: Path) -> None:
    server = ChatServer().start()
    try:
        llm = LLMSettings(model="any", base_url=server.base_url, cache_dir=tmp_path / "cache")
        daily = DailySettings(inbox, "2025-03-14", tmp_path / "out", BriefSettings(extractor="openai", llm=llm))
        first = run_daily(daily)
        assert first.rewritten and len(server.requests) > 0
        count = len(server.requests)
        second = run_daily(daily)
        assert not second.rewritten
        assert len(server.requests) == count
    finally:
        server.stop()


def test_articles_that_failed_are_tried_again_on_the_next_run(inbox: Path, tmp_path: Path) -> None:
    from factcards.llm.stub_server import Reply, extractive

    down = {"on": True}

    def script(seen, n):  # type: ignore[no-untyped-def]
        if down["on"] and "Kestrel" in seen.messages[-1]["content"]:
            return Reply(status=503, body="busy")
        return extractive(seen, n)

    server = ChatServer(script).start()
    try:
        llm = LLMSettings(model="any", base_url=server.base_url, cache_dir=tmp_path / "cache", max_retries=0)
        daily = DailySettings(inbox, "2025-03-14", tmp_path / "out", BriefSettings(extractor="openai", llm=llm))
        first = run_daily(daily)
        assert list(first.failures) == ["tech-ledger-recall"]
        down["on"] = False
        second = run_daily(daily)
        assert second.rewritten and second.failures == {}
        assert "Kestrel" in (tmp_path / "out" / "2025-03-14.md").read_text(encoding="utf-8")
    finally:
        server.stop()


def test_decisions_reviewed_in_out_are_kept_by_the_next_run(inbox: Path, tmp_path: Path) -> None:
    from factcards.models import Review

    out = tmp_path / "out"
    first = run_daily(settings(inbox, out))
    cards = json.loads((out / "2025-03-14.cards.json").read_text(encoding="utf-8"))
    rejected, accepted = cards["cards"][0]["id"], cards["cards"][1]["id"]
    cards["cards"][0]["review"] = Review.rejected.value
    cards["cards"][1]["review"] = Review.accepted.value
    (out / "2025-03-14.reviewed.json").write_text(json.dumps(cards), encoding="utf-8")
    again = run_daily(settings(inbox, out))
    assert again.rewritten  # a new reviewed file is a new input
    brief = (out / "2025-03-14.md").read_text(encoding="utf-8")
    assert f"\\[{rejected}\\]" not in brief and f"- [x] \\[{accepted}\\]" in brief
    assert len(again.result.cards) == len(first.result.cards) - 1  # type: ignore[union-attr]


# --- daily's own state: outputs in the inbox, one consistent set, one run at a time ------------


@pytest.mark.parametrize("where", ["inbox", "day-folder"])
def test_out_inside_the_inbox_never_reads_its_own_outputs(inbox: Path, where: str) -> None:
    out = inbox / "briefs" if where == "inbox" else inbox / "2025-03-14"
    first = run_daily(settings(inbox, out))
    (out / "2025-03-14.reviewed.json").write_text((out / "2025-03-14.cards.json").read_text(encoding="utf-8"),
                                                  encoding="utf-8")  # fmt: skip
    second = run_daily(settings(inbox, out))  # its brief, cards, page and manifest are not articles
    assert len(second.manifest["inputs"]) == len(first.manifest["inputs"]) == 6


def test_the_outputs_are_one_consistent_set(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    before = stamps(out)
    (out / "2025-03-14.manifest.json").unlink()  # a run killed before its last rename
    again = run_daily(settings(inbox, out))
    assert again.rewritten
    after = stamps(out)
    assert {n for n in after if after[n] != before.get(n)} == {"2025-03-14.manifest.json"}  # only what disagreed
    manifest = json.loads((out / "2025-03-14.manifest.json").read_text(encoding="utf-8"))
    manifest["outputs"]["brief_sha256"] = "0" * 64  # a manifest that disagrees with the brief
    (out / "2025-03-14.manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    run_daily(settings(inbox, out))
    repaired = json.loads((out / "2025-03-14.manifest.json").read_text(encoding="utf-8"))
    assert repaired["outputs"]["brief_sha256"] != "0" * 64
    assert stamps(out)["2025-03-14.md"] == before["2025-03-14.md"]


def test_a_second_run_on_the_same_out_waits_then_names_the_holder(inbox: Path, tmp_path: Path) -> None:
    from factcards.daily import Busy, daily_lock

    out = tmp_path / "out"
    with daily_lock(out, wait=0), pytest.raises(Busy, match="another factcards daily is writing here \\(pid"):
        run_daily(settings(inbox, out, lock_wait=0.3))
    assert run_daily(settings(inbox, out)).rewritten  # released: the next run goes ahead


def test_stale_temp_files_are_removed_and_old_state_is_pruned(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    state = out / ".factcards" / "cards"
    stale = out / ".2025-03-14.md.k3j2h1.tmp"
    stale.write_text("half a brief from a killed run", encoding="utf-8")
    old = state / "0123abcd.json"
    old.write_text('{"cards": []}', encoding="utf-8")
    month_ago = old.stat().st_mtime - 40 * 86400
    os.utime(old, (month_ago, month_ago))
    used = sorted(p.name for p in state.glob("*.json") if p != old)
    (inbox / "2025-03-14" / "late.txt").write_text("title: Late\n\nThe ferry will run every hour from Monday.",
                                                   encoding="utf-8")  # fmt: skip
    run_daily(settings(inbox, out))
    assert not stale.exists() and not old.exists()
    assert set(used) <= {p.name for p in state.glob("*.json")}


def test_damaged_state_nested_too_deep_is_extracted_again(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    for entry in (out / ".factcards" / "cards").glob("*.json"):
        entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (out / "2025-03-13.cards.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (out / "2025-03-14.md").unlink()  # so the run cannot skip reading its state
    warnings: list[str] = []
    result = run_daily(settings(inbox, out, previous=None), warn=warnings.append)
    assert result.manifest["counts"]["cards"] > 0
    assert any("ignored as the previous brief" in w for w in warnings)


def test_the_date_is_today_by_default_or_yesterday() -> None:
    from datetime import date

    from factcards.daily import resolve_day

    assert resolve_day(None, today=date(2025, 3, 14)) == "2025-03-14"
    assert resolve_day("yesterday", today=date(2025, 3, 1)) == "2025-02-28"
    assert resolve_day("2025-03-10", today=date(2025, 3, 14)) == "2025-03-10"
    with pytest.raises(FactcardsError, match="--date"):
        resolve_day("10/03/2025")


def test_rejecting_a_card_leaves_the_card_that_cites_its_sentence_as_context(inbox: Path, tmp_path: Path) -> None:
    # "Okafor added that ferries …" cites the sentence naming her as context; that sentence is
    # the rejected card's own evidence, but rejecting one card must not take the other with it.
    out = tmp_path / "out"
    run_daily(settings(inbox, out))
    cards = json.loads((out / "2025-03-14.cards.json").read_text(encoding="utf-8"))
    [cost] = [c for c in cards["cards"] if "$4.2 million" in c["claim"] and c["article"] == "alden-courier-bridge"]
    [ferries] = [c for c in cards["cards"] if "ferries would run every 20 minutes" in c["claim"]]
    assert any(e.get("context") for e in ferries["evidence"])
    cost["review"] = "rejected"
    (out / "2025-03-14.reviewed.json").write_text(json.dumps(cards), encoding="utf-8")
    again = run_daily(settings(inbox, out))
    ids = {c.id for c in again.result.cards}  # type: ignore[union-attr]
    assert cost["id"] not in ids and ferries["id"] in ids
