"""The installed package carries its prompts and template (an installed copy must find them)."""

from __future__ import annotations

import importlib.metadata

import pytest

from factcards.prompts import PROMPT_FILES, prompt_hash, prompts_dir


def test_the_wheel_ships_prompts_and_the_brief_template() -> None:
    files = {str(f) for f in importlib.metadata.files("factcards") or []}
    if not any(f.startswith("factcards/") and f.endswith(".py") for f in files):
        pytest.skip("an editable install: the package is the source tree")
    for name in PROMPT_FILES:
        assert f"factcards/prompts/{name}" in files
    assert "factcards/output/templates/brief.md.j2" in files


def test_prompts_are_found_and_hashed() -> None:
    assert all((prompts_dir() / name).is_file() for name in PROMPT_FILES)
    assert len(prompt_hash()) == 12
