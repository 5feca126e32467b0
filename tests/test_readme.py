"""The README's promises: a two-command quick start that CI runs, and every command documented."""

from __future__ import annotations

import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_exactly_two_commands_and_ci_runs_the_second() -> None:
    install_and_brief, install_and_test = quick_start_commands()
    assert "factcards brief examples/" in install_and_brief
    assert install_and_test in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_cli_command_is_documented() -> None:
    from factcards.cli import app

    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for name in names:
        assert f"### `factcards {name}`" in README, name
