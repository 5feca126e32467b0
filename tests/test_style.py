"""Lint and layering are part of the suite, so CI enforces them."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import REPO


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} is not installed (pip install '.[test]')")
    return subprocess.run([exe, *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_ruff_is_clean() -> None:
    folders = [name for name in ("factcards", "tests", "bench") if (REPO / name).is_dir()]
    result = run_tool("ruff", "check", *folders)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_hold() -> None:
    result = run_tool("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr
