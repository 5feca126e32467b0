"""Prompt files: jinja2 templates in `prompts/`, shipped inside the wheel.

Rendered with `StrictUndefined` so a missing variable fails loudly, in jinja2's sandbox, and
identified by a short hash of all prompt files that every output records.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

PROMPT_FILES = ("extract_system.j2", "extract_user.j2", "repair_invalid.j2", "repair_cards.j2", "summary.j2")


@cache
def prompts_dir() -> Path:
    """`factcards/prompts` in an installed wheel; the repository's `prompts/` when running
    from a checkout (an editable install does not copy it into the package)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if all((candidate / name).is_file() for name in PROMPT_FILES):
            return candidate
    raise FileNotFoundError(f"prompt files not found beside {here}; reinstall factcards")


@cache
def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=FileSystemLoader(prompts_dir()),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_prompt(name: str, **variables: object) -> str:
    return _environment().get_template(name).render(**variables).strip() + "\n"


@cache
def prompt_hash() -> str:
    """A short hash of every prompt file: changes whenever any prompt changes."""
    digest = hashlib.sha256()
    for name in PROMPT_FILES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update((prompts_dir() / name).read_bytes())
    return digest.hexdigest()[:12]
