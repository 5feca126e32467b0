"""Prompt files: jinja2 templates in `prompts/`, shipped inside the wheel.

Rendered with `StrictUndefined` so a missing variable fails loudly, in jinja2's sandbox, and
identified by a short hash of all prompt files that every output records. A user may override
any of them with a file of the same name in `--prompts DIR`, and add few-shot examples with
`--examples FILE` (an article excerpt and the cards it should give); the hash covers both.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcards.errors import UsageError

PROMPT_FILES = (
    "extract_system.j2",
    "extract_user.j2",
    "repair_invalid.j2",
    "repair_cards.j2",
    "summary.j2",
    "judge.j2",
)


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


class Example(BaseModel):
    """One few-shot example: an excerpt of an article and the cards a careful reader writes from it."""

    model_config = ConfigDict(extra="forbid")

    excerpt: str = Field(min_length=1)
    cards: list[dict[str, object]] = Field(min_length=1)


def read_examples(path: Path) -> list[Example]:
    """`--examples FILE`: a JSON list of {"excerpt": ..., "cards": [...]}, checked before any request."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise UsageError(f"{path}: expected a JSON list of examples")
        return [Example.model_validate(item) for item in data]
    except OSError as err:
        raise UsageError(f"{path}: cannot read: {err.strerror or err}") from None
    except (ValueError, RecursionError) as err:
        first = err.errors()[0] if isinstance(err, ValidationError) else None
        where = f"example {first['loc'][0] + 1 if first and first['loc'] and isinstance(first['loc'][0], int) else ''}".strip()
        raise UsageError(
            f"{path}: not a list of examples ({where or 'invalid JSON'}: {first['msg'] if first else err})"
        ) from None


@dataclass
class Prompts:
    """The prompt files a run uses: the shipped ones, each overridable from `override`, plus
    few-shot examples handed to every template as `examples`."""

    override: Path | None = None
    examples: list[Example] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.override is not None and not self.override.is_dir():
            raise UsageError(f"{self.override}: --prompts is not a directory")
        if self.override is not None:
            unknown = sorted(p.name for p in self.override.glob("*.j2") if p.name not in PROMPT_FILES)
            if unknown:
                raise UsageError(
                    f"{self.override}: unknown prompt file {', '.join(unknown)} (known: {', '.join(PROMPT_FILES)})"
                )
        loaders = [FileSystemLoader(self.override)] if self.override is not None else []
        self._env = SandboxedEnvironment(
            loader=ChoiceLoader([*loaders, FileSystemLoader(prompts_dir())]),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name: str, **variables: object) -> str:
        try:
            template = self._env.get_template(name)
            return template.render(examples=self.examples, **variables).strip() + "\n"
        except TemplateError as err:
            where = self.override / name if self.override and (self.override / name).is_file() else name
            raise UsageError(f"{where}: prompt template error: {err}") from None

    def hash(self) -> str:
        """The shipped hash when nothing is overridden; else a hash of what is actually used."""
        if self.override is None and not self.examples:
            return prompt_hash()
        digest = hashlib.sha256()
        for name in PROMPT_FILES:
            own = self.override / name if self.override is not None else None
            digest.update(name.encode() + b"\0")
            digest.update((own if own is not None and own.is_file() else prompts_dir() / name).read_bytes())
        digest.update(json.dumps([e.model_dump() for e in self.examples], sort_keys=True).encode())
        return digest.hexdigest()[:12]
