"""factcards.toml: one configuration for every setting, in the user's config folder and the
working directory; flag > environment > working directory > user > default; unknown keys fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES
from factcards.config import command_settings
from factcards.errors import UsageError


def factcards(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "factcards", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120, env={**os.environ, **(env or {})})  # fmt: skip


def cards_line(brief: Path) -> str:
    return brief.read_text(encoding="utf-8").splitlines()[2]


def test_precedence_flag_then_working_directory_then_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "factcards.toml").write_text("[brief]\nmax_cards = 2\nstory_threshold = 0.5\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    env = {"FACTCARDS_CONFIG_DIR": str(user)}
    assert factcards("brief", EXAMPLES, "-o", "user.md", cwd=work, env=env).returncode == 0
    (work / "factcards.toml").write_text("[brief]\nmax_cards = 3\n", encoding="utf-8")
    assert factcards("brief", EXAMPLES, "-o", "work.md", cwd=work, env=env).returncode == 0
    assert factcards("brief", EXAMPLES, "--max-cards", "8", "-o", "flag.md", cwd=work, env=env).returncode == 0
    counts = [cards_line(work / name) for name in ("user.md", "work.md", "flag.md")]
    assert counts[0] != counts[1] != counts[2]
    monkeypatch.setenv("FACTCARDS_CONFIG_DIR", str(user))
    assert command_settings("brief", cwd=work) == {"max_cards": 3, "story_threshold": 0.5}


def test_unknown_tables_keys_and_bad_values_name_the_file_and_the_key(tmp_path: Path) -> None:
    cases = [
        ("[brief]\nmax_cardz = 3\n", "unknown setting [brief] 'max_cardz'"),
        ("[breif]\nmax_cards = 3\n", "unknown table [breif]"),
        ('[brief]\nmax_cards = "many"\n', "[brief] max_cards:"),
        ('[daily]\ninbox_dir = "feeds"\n', "unknown setting [daily] 'inbox_dir'"),
        ('[llm]\nmodle = "x"\n', "unknown setting [llm] 'modle'"),
    ]
    for text, message in cases:
        (tmp_path / "factcards.toml").write_text(text, encoding="utf-8")
        result = factcards("brief", EXAMPLES, cwd=tmp_path, env={"FACTCARDS_CONFIG_DIR": str(tmp_path / "none")})
        assert result.returncode == 2, text
        assert message in result.stderr and str(tmp_path / "factcards.toml") in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_daily_takes_its_folders_from_the_daily_table(tmp_path: Path) -> None:
    (tmp_path / "factcards.toml").write_text(f'[daily]\ninbox = "{EXAMPLES}"\nout = "briefs"\n', encoding="utf-8")
    result = factcards(
        "daily", "--date", "2025-03-14", cwd=tmp_path, env={"FACTCARDS_CONFIG_DIR": str(tmp_path / "none")}
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "briefs" / "2025-03-14.md").is_file()


def test_a_config_file_is_checked_even_for_a_section_the_command_does_not_use(tmp_path: Path) -> None:
    (tmp_path / "factcards.toml").write_text("[daily]\nlock_wiat = 5\n", encoding="utf-8")
    with pytest.raises(UsageError, match="lock_wiat"):
        command_settings("brief", cwd=tmp_path)
