"""The LLM path through the command line, against the loopback server, and its golden case."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES, GOLDEN, REPO
from factcards.llm.settings import LLMSettings
from factcards.llm.stub_server import ChatServer, Reply, Seen
from factcards.pipeline import BriefSettings, build_brief, dumps_cards
from fake_model import faithful
from test_golden import _compare

SECRET = "sk-test-DO-NOT-LEAK-8f3a"


@pytest.fixture
def server() -> Iterator[ChatServer]:
    chat = ChatServer(faithful).start()
    yield chat
    chat.stop()


def factcards(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcards", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def test_brief_of_the_examples_against_a_local_server(server: ChatServer, tmp_path: Path) -> None:
    env = {"OPENAI_API_KEY": SECRET, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    out, manifest, cards, recordings = (
        tmp_path / "brief.md",
        tmp_path / "manifest.json",
        tmp_path / "cards.json",
        tmp_path / "rec",
    )
    result = factcards(
        "brief", EXAMPLES, "--extractor", "openai", "--base-url", server.base_url, "--model", "any",
        "-o", out, "--manifest", manifest, "--cards-out", cards, "--record", recordings, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    brief = out.read_text(encoding="utf-8")
    assert "extractor: openai" in brief and "model requests" in brief
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert data["llm"]["model"] == "any"
    assert data["counts"]["articles"] == 6 and data["failures"] == {}
    per_article = data["llm"]["articles"]
    assert all(u["requests"] >= 1 for u in per_article.values())
    # The key went to the server, and nowhere else.
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    written = [out, manifest, cards, *recordings.glob("*.json"), *(tmp_path / "xdg").rglob("*.json")]
    for path in written:
        assert SECRET not in path.read_text(encoding="utf-8"), path
    assert SECRET not in result.stdout + result.stderr
    helped = factcards("brief", "--help", env=env)
    assert SECRET not in helped.stdout


def test_a_failing_article_exits_1_and_the_rest_are_in_the_brief(server: ChatServer, tmp_path: Path) -> None:
    def script(seen: Seen, n: int) -> Reply:
        if "Kestrel" in seen.messages[-1]["content"]:
            return Reply(status=400, body={"error": {"message": "content filter"}})
        return faithful(seen, n)

    server.script = script
    out = tmp_path / "brief.md"
    result = factcards(
        "brief",
        EXAMPLES,
        "--extractor",
        "openai",
        "--base-url",
        server.base_url,
        "--model",
        "any",
        "--no-cache",
        "-o",
        out,
    )
    assert result.returncode == 1
    assert (
        "factcards: article tech-ledger-recall failed: the server rejected the request (400): content filter"
        in result.stderr
    )
    brief = out.read_text(encoding="utf-8")
    assert "## Not processed" in brief and "content filter" in brief
    assert "5 not processed" not in brief and "1 not processed" in brief


def test_a_wrong_key_is_one_line_and_exit_2(server: ChatServer, tmp_path: Path) -> None:
    server.script = lambda seen, n: Reply(status=401, body={"error": {"message": f"bad key {SECRET}"}})
    out = tmp_path / "brief.md"
    out.write_text("yesterday\n", encoding="utf-8")
    result = factcards(
        "brief", EXAMPLES, "--extractor", "openai", "--base-url", server.base_url, "--no-cache", "-o", out,
        env={"OPENAI_API_KEY": SECRET},
    )  # fmt: skip
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [
        f"factcards: error: the server at {server.base_url} rejected the API key (401): check OPENAI_API_KEY"
    ]
    assert "Traceback" not in result.stderr and SECRET not in result.stderr
    assert out.read_text(encoding="utf-8") == "yesterday\n"


CASE = GOLDEN / "llm-examples"


def test_golden_llm_case_replays_recorded_answers(update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pytest --update-golden` records the scripted model's answers; every other run replays
    them with no server at all."""
    recordings = CASE / "recordings"
    monkeypatch.chdir(REPO)
    if update_golden:
        shutil.rmtree(recordings, ignore_errors=True)
        chat = ChatServer(faithful).start()
        try:
            settings = LLMSettings(
                model="recorded-model", base_url=chat.base_url, record_dir=recordings, use_cache=False
            )
            build_brief(["examples"], BriefSettings(extractor="openai", llm=settings))
        finally:
            chat.stop()
    replay = LLMSettings(model="recorded-model", base_url="http://127.0.0.1:9/v1", replay_dir=recordings)
    result = build_brief(["examples"], BriefSettings(extractor="openai", llm=replay))
    assert result.failures == {}
    in_brief = [line for line in result.markdown.splitlines() if line.startswith("**In brief.**")]
    # The model's summary leaves the disputed figure out; the brief says it is disputed, once.
    for line in in_brief:
        model_part = line.split("The outlets disagree")[0] + line.split("The outlets disagree")[-1].split("). ", 1)[-1]
        assert "six weeks" not in model_part and "eight weeks" not in model_part
    assert any("The outlets disagree on the weeks: “six weeks”" in line for line in in_brief)
    _compare(CASE / "brief.md", result.markdown, update_golden)
    _compare(CASE / "cards.json", dumps_cards(result.cards_file()), update_golden)


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_stops_the_run_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"a{i:02}.txt").write_text(
            f"Story {i}: the council voted on Friday to close the bridge.", encoding="utf-8"
        )
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    result = subprocess.run(
        [sys.executable, "-m", "factcards", "brief", str(folder), "--extractor", "openai", "--base-url", url,
         "--no-cache", "-o", str(tmp_path / "brief.md")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcards: error:")]
    assert len(errors) == 1 and f"cannot reach the server at {url}" in errors[0]
    assert "Traceback" not in result.stderr and result.stderr.count("\n") <= 3  # not a line per article
    assert not (tmp_path / "brief.md").exists()


def test_no_api_key_for_openai_is_named_at_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    result = subprocess.run(
        [sys.executable, "-m", "factcards", "brief", str(EXAMPLES), "--extractor", "openai", "--no-cache"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcards: error:")]
    assert len(errors) == 1 and "OPENAI_API_KEY" in errors[0] and "Traceback" not in result.stderr
