"""--batch: the OpenAI Batch API against a real HTTP server on 127.0.0.1 speaking /v1/files and
/v1/batches, with scripted behaviours: slow validation, failed requests, output out of order,
expiry, a failed batch, a killed run resumed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_llm_extractor import BRIDGE, RAIL

from conftest import EXAMPLES
from factcards.errors import FactcardsError
from factcards.extractors.openai import OpenAIExtractor
from factcards.grounding.verify import Verifier
from factcards.llm.settings import LLMSettings
from factcards.llm.stub_server import BatchBehaviour, ChatServer
from factcards.models import Status
from factcards.pipeline import BriefSettings, build_brief, dumps_cards, run_extraction
from fake_model import answer, card, faithful


@pytest.fixture
def server() -> Iterator[ChatServer]:
    chat = ChatServer(faithful).start()
    yield chat
    chat.stop()


def batch_settings(server: ChatServer, tmp_path: Path, **extra: object) -> LLMSettings:
    values = {"model": "test-model", "base_url": server.base_url, "use_cache": False, "batch": True,
              "batch_poll": 0.01, "batch_state_dir": tmp_path / "batches", "backoff_initial": 0.01, "backoff_max": 0.02}  # fmt: skip
    return LLMSettings(**{**values, **extra})  # type: ignore[arg-type]


def brief(paths: list[Path], settings: LLMSettings) -> object:
    return build_brief(paths, BriefSettings(extractor="openai", llm=settings))


def test_a_brief_through_batches_sends_no_live_request_and_matches_the_live_path(
    server: ChatServer, tmp_path: Path
) -> None:
    batched = brief([EXAMPLES], batch_settings(server, tmp_path))
    assert server.requests == []  # every answer came through a batch
    assert len(server.batches) == 2  # the cards, then the stories' summaries
    assert all(b.status == "completed" for b in server.batches.values())
    live = brief([EXAMPLES], LLMSettings(model="test-model", base_url=server.base_url, use_cache=False))
    assert dumps_cards(batched.cards_file()) == dumps_cards(live.cards_file())  # type: ignore[attr-defined]
    assert batched.markdown == live.markdown  # type: ignore[attr-defined]
    usage = batched.manifest["llm"]["total"]  # type: ignore[attr-defined]
    assert usage["batch_requests"] == usage["requests"] > 0 and usage["answered_from_cache_or_replay"] == 0


def test_the_seed_articles_through_batches(server: ChatServer, tmp_path: Path, seeds_dir: Path) -> None:
    result = brief([seeds_dir], batch_settings(server, tmp_path))
    assert server.requests == [] and result.failures == {}  # type: ignore[attr-defined]
    assert any(c.status is Status.verified for c in result.cards)  # type: ignore[attr-defined]


def test_answers_out_of_order_are_mapped_by_custom_id(server: ChatServer, tmp_path: Path) -> None:
    server.batch_behaviour = BatchBehaviour(shuffle=True, validating_polls=3, in_progress_polls=2)
    extractor = OpenAIExtractor(batch_settings(server, tmp_path, summary=False), warn=lambda m: None)
    result = run_extraction([BRIDGE, RAIL], extractor, Verifier([BRIDGE, RAIL]))
    assert result.failures == {}
    for article in (BRIDGE, RAIL):
        mine = [c for c in result.cards if c.article == article.id]
        assert mine and all(article.body[e.start : e.end] == e.text for c in mine for e in c.evidence)
    output = server.files[server.batches["batch-1"].output_file_id]  # type: ignore[index]
    order = [json.loads(line)["custom_id"] for line in output.decode().splitlines()]
    assert order != sorted(order)  # the stub really answered out of order


def test_failed_requests_fail_their_articles_or_go_live(server: ChatServer, tmp_path: Path) -> None:
    server.batch_behaviour = BatchBehaviour(fail_every=2)
    failing = run_extraction([BRIDGE, RAIL], OpenAIExtractor(batch_settings(server, tmp_path, summary=False),
                                                           warn=lambda m: None), Verifier([BRIDGE, RAIL]))  # fmt: skip
    assert list(failing.failures.values()) == ["the batch refused it: the model failed on this request"]
    assert server.requests == []
    server.batches.clear()
    fallback = run_extraction([BRIDGE, RAIL], OpenAIExtractor(batch_settings(server, tmp_path, summary=False,
                              batch_fallback="live"), warn=lambda m: None), Verifier([BRIDGE, RAIL]))  # fmt: skip
    assert fallback.failures == {} and len(server.requests) == 1  # the one refused request, sent live


def test_an_expired_or_failed_batch_is_reported_with_its_reasons(server: ChatServer, tmp_path: Path) -> None:
    server.batch_behaviour = BatchBehaviour(expire=True)
    expired = run_extraction([BRIDGE, RAIL], OpenAIExtractor(batch_settings(server, tmp_path, summary=False),
                                                           warn=lambda m: None), Verifier([BRIDGE, RAIL]))  # fmt: skip
    assert list(expired.failures.values()) == ["batch batch-1 expired"]
    server.batch_behaviour = BatchBehaviour(fail_batch=True)
    failed = run_extraction([BRIDGE], OpenAIExtractor(batch_settings(server, tmp_path, summary=False),
                                                    warn=lambda m: None), Verifier([BRIDGE]))  # fmt: skip
    assert failed.failures == {"bridge": "batch batch-2 failed: the input file has a bad line"}


def test_repairs_go_in_a_second_smaller_batch_or_live(server: ChatServer, tmp_path: Path) -> None:
    wrong = answer(
        {"cards": [card("The Harbor Bridge will close for nine weeks.", "The Harbor Bridge will close for six weeks")]}
    )

    def script(seen, n):  # type: ignore[no-untyped-def]
        return wrong if "Card c" not in seen.text else faithful(seen, n)

    server.script = script
    result = run_extraction([BRIDGE], OpenAIExtractor(batch_settings(server, tmp_path, summary=False),
                                                    warn=lambda m: None), Verifier([BRIDGE]))  # fmt: skip
    assert [len(b.lines) for b in server.batches.values()] == [1, 1] and server.requests == []
    assert result.repaired == 1
    server.batches.clear()
    run_extraction([BRIDGE], OpenAIExtractor(batch_settings(server, tmp_path, summary=False, batch_repairs="live"),
                                             warn=lambda m: None), Verifier([BRIDGE]))  # fmt: skip
    assert len(server.batches) == 1 and len(server.requests) == 1


def test_the_token_budget_is_checked_before_upload(server: ChatServer, tmp_path: Path) -> None:
    extractor = OpenAIExtractor(batch_settings(server, tmp_path, max_tokens_per_run=50), warn=lambda m: None)
    with pytest.raises(FactcardsError, match="nothing was uploaded"):
        run_extraction([BRIDGE, RAIL], extractor, Verifier([BRIDGE, RAIL]))
    assert server.files == {} and server.batches == {}


def test_a_killed_run_resumes_its_batch_and_cancel_cancels_one(server: ChatServer, tmp_path: Path) -> None:
    server.batch_behaviour = BatchBehaviour(in_progress_polls=10**6)  # never finishes until told
    state = tmp_path / "batches"
    command = [sys.executable, "-m", "factcards", "brief", str(EXAMPLES), "--extractor", "openai", "--batch",
               "--base-url", server.base_url, "--model", "test-model", "--no-cache", "--batch-poll", "0.05",
               "-o", str(tmp_path / "brief.md")]  # fmt: skip
    env = {**os.environ, "FACTCARDS_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while not list((tmp_path / "cache" / "batches").glob("batch-*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    first.kill()  # as hard as a crash
    first.wait(timeout=30)
    assert len(server.batches) == 1 and not (tmp_path / "brief.md").exists()
    server.batch_behaviour = BatchBehaviour(in_progress_polls=1)
    second = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert second.returncode == 0, second.stderr
    assert "resuming" in second.stderr and len(server.batches) == 2  # the same cards batch, then the summaries'
    assert server.batches["batch-1"].status == "completed" and server.requests == []
    assert not list((tmp_path / "cache" / "batches").glob("batch-*.json"))
    # --batch-cancel: a pending batch left by a killed run is cancelled, not paid for
    server.batch_behaviour = BatchBehaviour(in_progress_polls=10**6)
    third = subprocess.Popen([*command[:-2], "--max-cards", "3", "-o", str(tmp_path / "b.md")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # fmt: skip
    while not list((tmp_path / "cache" / "batches").glob("batch-*.json")) and time.monotonic() < deadline + 60:
        time.sleep(0.05)
    third.kill()
    third.wait(timeout=30)
    cancel = subprocess.run([*command[:-2], "--batch-cancel"], capture_output=True, text=True, timeout=60, env=env)
    assert cancel.returncode == 0 and "cancelled" in cancel.stderr
    assert list(server.batches.values())[-1].status == "cancelled"
    del state


def test_daily_keeps_its_pending_batches_in_its_own_state_folder(server: ChatServer, tmp_path: Path) -> None:
    from factcards.daily import DailySettings, run_daily

    settings = LLMSettings(model="test-model", base_url=server.base_url, use_cache=False, batch=True, batch_poll=0.01)
    out = tmp_path / "out"
    result = run_daily(DailySettings(EXAMPLES, "2025-03-14", out, BriefSettings(extractor="openai", llm=settings)))
    assert result.failures == {} and server.requests == [] and len(server.batches) == 2
    assert (out / ".factcards" / "batches").is_dir()  # where a killed run's batch id would wait
    assert not list((out / ".factcards" / "batches").glob("batch-*.json"))  # settled: nothing pending
