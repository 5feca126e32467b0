"""One configuration for every setting: `factcards.toml`, in the user's config folder and in the
working directory.

    [brief]            # brief, extract and daily
    max_cards = 12
    ignore = ["FC305"]
    [daily]            # daily only; over [brief]
    inbox = "feeds"
    out = "briefs"
    [llm]              # the LLM extractor (see factcards.llm.settings)
    model = "gpt-4o-mini"

Precedence: a flag, then the environment (for the settings that have a variable), then the file
in the working directory, then the file in the user's config folder, then the default. An
unknown table or key is an error naming the file and the key: a setting that silently does
nothing is worse than none.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from factcards.errors import UsageError

CONFIG_FILE = "factcards.toml"
SECTIONS = ("brief", "daily", "llm")


class BriefConfig(BaseModel):
    """Settings of the commands that make cards: brief, extract, daily."""

    model_config = ConfigDict(extra="forbid")

    extractor: str | None = None
    max_cards: int | None = None
    skip_bad: bool | None = None
    strict: bool | None = None
    max_article_bytes: int | None = None
    story_threshold: float | None = None
    ignore: list[str] | None = None
    reviewed: list[Path] | None = None
    template: Path | None = None
    judge: str | None = None


class DailyConfig(BriefConfig):
    inbox: Path | None = None
    out: Path | None = None
    previous: Path | None = None
    lock_wait: float | None = None


_MODELS: dict[str, type[BaseModel]] = {"brief": BriefConfig, "daily": DailyConfig}


def config_files(cwd: Path | None = None) -> list[Path]:
    """The files read, lowest precedence first: the user's, then the working directory's."""
    user = os.environ.get("FACTCARDS_CONFIG_DIR")
    if user is None:
        from platformdirs import user_config_dir

        user = user_config_dir("factcards")
    files = [Path(user) / CONFIG_FILE, (cwd or Path.cwd()) / CONFIG_FILE]
    return [f for i, f in enumerate(files) if f.is_file() and f.resolve() not in {g.resolve() for g in files[:i]}]


@cache
def _read(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise UsageError(f"{path}: cannot read: {err}") from None
    for name, table in data.items():
        if name not in SECTIONS:
            raise UsageError(f"{path}: unknown table [{name}]; known: {', '.join(f'[{s}]' for s in SECTIONS)}")
        if not isinstance(table, dict):
            raise UsageError(f"{path}: [{name}] must be a table")
    return data


def table(section: str, cwd: Path | None = None) -> dict[str, tuple[Any, Path]]:
    """The keys of `[section]` across the config files, each with the file it came from (a key in
    the working directory's file overrides the user's)."""
    found: dict[str, tuple[Any, Path]] = {}
    for path in config_files(cwd):
        for key, value in _read(path).get(section, {}).items():
            found[key.replace("-", "_")] = (value, path)
    return found


def command_settings(command: str, cwd: Path | None = None) -> dict[str, Any]:
    """The validated settings for `brief`/`extract` ([brief]) or `daily` ([brief], then [daily])."""
    sections = ["brief", "daily"] if command == "daily" else ["brief"]
    merged: dict[str, Any] = {}
    for section in sections:
        model = _MODELS[section]
        for key, (value, path) in table(section, cwd).items():
            if key not in model.model_fields:
                known = ", ".join(sorted(model.model_fields))
                raise UsageError(f"{path}: unknown setting [{section}] {key!r}; known: {known}")
            try:
                checked = model.model_validate({key: value})
            except ValidationError as err:
                problem = err.errors()[0]["msg"]
                raise UsageError(f"{path}: [{section}] {key}: {problem} (got {value!r})") from None
            merged[key] = getattr(checked, key)
    if command != "daily":
        # [daily] must still be valid when brief runs: a typo there should not wait for the morning.
        for key, (_, path) in table("daily", cwd).items():
            if key not in DailyConfig.model_fields:
                raise UsageError(
                    f"{path}: unknown setting [daily] {key!r}; known: {', '.join(sorted(DailyConfig.model_fields))}"
                )
    return merged
