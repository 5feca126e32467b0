"""Prompt files: the shipped ones, overridden from --prompts, with --examples rendered in; the
prompt hash follows what is actually sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_llm_extractor import BRIDGE

from factcards.errors import UsageError
from factcards.extractors.openai import OpenAIExtractor
from factcards.grounding.verify import Verifier
from factcards.llm.settings import LLMSettings
from factcards.llm.stub_server import ChatServer
from factcards.pipeline import run_extraction
from factcards.prompts import PROMPT_FILES, Prompts, prompt_hash, prompts_dir
from fake_model import faithful


def test_the_shipped_prompts_hash_to_the_recorded_hash() -> None:
    assert Prompts().hash() == prompt_hash()
    assert all((prompts_dir() / name).is_file() for name in PROMPT_FILES)


def test_an_override_and_examples_are_sent_and_change_the_hash(tmp_path: Path) -> None:
    override = tmp_path / "prompts"
    override.mkdir()
    system = (prompts_dir() / "extract_system.j2").read_text(encoding="utf-8")
    (override / "extract_system.j2").write_text("HOUSE STYLE: one claim per sentence.\n" + system, encoding="utf-8")
    examples = tmp_path / "examples.json"
    examples.write_text(json.dumps([{"excerpt": "The ferry will run every hour from Monday.",
                                     "cards": [{"kind": "event", "claim": "The ferry will run every hour from Monday."}]}]),
                        encoding="utf-8")  # fmt: skip
    chat = ChatServer(faithful).start()
    try:
        settings = LLMSettings(model="m", base_url=chat.base_url, use_cache=False, prompts_dir=override,
                               examples_file=examples)  # fmt: skip
        extractor = OpenAIExtractor(settings, warn=lambda m: None)
        result = run_extraction([BRIDGE], extractor, Verifier([BRIDGE]))
    finally:
        chat.stop()
    assert result.failures == {}
    sent = chat.requests[0].messages[0]["content"]
    assert sent.startswith("HOUSE STYLE: one claim per sentence.")
    assert "Example 1, excerpt:" in sent and "The ferry will run every hour from Monday." in sent
    assert extractor.prompt_hash != prompt_hash() and extractor.report()["prompt_hash"] == extractor.prompt_hash


def test_bad_prompt_folders_and_example_files_are_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "extract_sytem.j2").write_text("typo in the name", encoding="utf-8")
    with pytest.raises(UsageError, match=r"unknown prompt file extract_sytem\.j2"):
        Prompts(tmp_path)
    with pytest.raises(UsageError, match="--prompts is not a directory"):
        Prompts(tmp_path / "missing")
    bad = tmp_path / "examples.json"
    bad.write_text('[{"excerpt": "text"}]', encoding="utf-8")
    with pytest.raises(UsageError, match="not a list of examples"):
        OpenAIExtractor(LLMSettings(examples_file=bad), warn=lambda m: None)
