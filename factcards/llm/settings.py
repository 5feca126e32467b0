"""LLM settings from flags, the environment and `factcards.toml`, in that order of precedence."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from factcards.errors import UsageError

RESPONSE_FORMATS = ("json_schema", "json_object", "text")
# Environment variables and the setting each one fills.
ENVIRONMENT = {
    "FACTCARDS_MODEL": "model",
    "OPENAI_BASE_URL": "base_url",
    "FACTCARDS_CONCURRENCY": "concurrency",
    "FACTCARDS_TIMEOUT": "timeout",
    "FACTCARDS_MAX_RETRIES": "max_retries",
    "FACTCARDS_CACHE_DIR": "cache_dir",
}


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcards" / "llm"


@dataclass(frozen=True)
class LLMSettings:
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    concurrency: int = 4
    timeout: float = 60.0
    max_retries: int = 4
    response_format: str = "json_schema"
    repair_rounds: int = 1
    max_tokens_per_run: int | None = None
    max_completion_tokens: int = 4096
    chunk_tokens: int = 6000
    chunk_overlap_sentences: int = 2
    max_cards: int = 8
    temperature: float = 0.0
    cache_dir: Path | None = None
    use_cache: bool = True
    record_dir: Path | None = None
    replay_dir: Path | None = None
    summary: bool = True
    backoff_initial: float = 0.5
    backoff_max: float = 20.0
    retry_after_cap: float = 60.0
    batch: bool = False  # send requests through the provider's batch API (--batch)
    batch_poll: float = 30.0  # seconds between looks at a pending batch
    batch_repairs: str = "batch"  # re-asks and repairs: in a further batch, or "live"
    batch_fallback: str = "none"  # requests a batch did not answer: "none" (the article fails) or "live"
    batch_state_dir: Path | None = None  # where pending batches are remembered (default: the cache folder)
    prompts_dir: Path | None = None  # prompt files that override the shipped ones (--prompts)
    examples_file: Path | None = None  # few-shot examples for the extraction prompt (--examples)

    def __post_init__(self) -> None:
        if self.response_format not in RESPONSE_FORMATS:
            raise UsageError(
                f"--response-format must be one of {', '.join(RESPONSE_FORMATS)}, not {self.response_format!r}"
            )
        for name in ("concurrency", "chunk_tokens", "max_cards"):
            if getattr(self, name) < 1:
                raise UsageError(f"{name.replace('_', '-')} must be at least 1")
        for name in ("max_retries", "repair_rounds"):
            if getattr(self, name) < 0:
                raise UsageError(f"{name.replace('_', '-')} must not be negative")
        if self.timeout <= 0:
            raise UsageError("timeout must be positive")
        if self.batch_repairs not in ("batch", "live"):
            raise UsageError(f"--batch-repairs must be batch or live, not {self.batch_repairs!r}")
        if self.batch_fallback not in ("none", "live"):
            raise UsageError(f"--batch-fallback must be none or live, not {self.batch_fallback!r}")
        if self.batch_poll <= 0:
            raise UsageError("--batch-poll must be positive")

    @property
    def effective_cache_dir(self) -> Path | None:
        if not self.use_cache or self.replay_dir is not None:
            return None
        return self.cache_dir or default_cache_dir()

    @property
    def effective_batch_dir(self) -> Path:
        return self.batch_state_dir or (self.cache_dir or default_cache_dir()) / "batches"

    @property
    def shown_base_url(self) -> str:
        return redact_url(self.base_url) if self.base_url else "https://api.openai.com/v1 (default)"


def redact_url(url: str) -> str:
    """A URL fit for logs: credentials replaced, query strings dropped."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def redact_secrets(text: str, settings: LLMSettings) -> str:
    """`text` with the API key and any credentials written into the base URL replaced: a server
    may echo either back in an error message that would reach a brief or a manifest."""
    secrets = [settings.api_key] if settings.api_key else []
    if settings.base_url:
        try:
            parts = urlsplit(settings.base_url)
            secrets += [p for p in (parts.username, parts.password) if p]
            if "@" in parts.netloc:
                secrets.append(parts.netloc.rsplit("@", 1)[0])
        except ValueError:
            pass
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= 3:
            text = text.replace(secret, "***")
    return text


def resolve_settings(
    flags: Mapping[str, Any],
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> LLMSettings:
    """Flags (None means not given) override the environment, which overrides the `[llm]`
    table of `factcards.toml` (the working directory's over the user's), which overrides the defaults."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    values.update(_from_files(cwd))
    for variable, name in ENVIRONMENT.items():
        if environ.get(variable):
            values[name] = _coerce(name, environ[variable], f"${variable}")
    values.update({k: v for k, v in flags.items() if v is not None})
    values["api_key"] = environ.get("OPENAI_API_KEY") or None
    return LLMSettings(**values)


_FIELDS = {f.name: f for f in fields(LLMSettings)}
_NOT_IN_FILE = {"api_key"}  # secrets stay out of files that get committed


def check_file_settings(cwd: Path | None = None) -> None:
    """Read the [llm] table only to check it: unknown keys and bad values are errors."""
    _from_files(cwd)


def _from_files(cwd: Path | None) -> dict[str, Any]:
    """The [llm] table of factcards.toml (the user's, then the working directory's)."""
    from factcards.config import table

    values = {}
    for raw_key, (value, path) in table("llm", cwd).items():
        name = raw_key.replace("-", "_")
        if name not in _FIELDS or name in _NOT_IN_FILE:
            allowed = ", ".join(sorted(n for n in _FIELDS if n not in _NOT_IN_FILE))
            raise UsageError(f"{path}: unknown setting [llm] {raw_key!r}; known: {allowed}")
        values[name] = _coerce(name, value, f"{path} [llm] {raw_key}")
    return values


def _coerce(name: str, value: Any, where: str) -> Any:
    kind = _FIELDS[name].type
    try:
        if "Path" in str(kind):
            return Path(str(value)).expanduser()
        if "bool" in str(kind):
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        if "int" in str(kind) and "float" not in str(kind):
            return int(value)
        if "float" in str(kind):
            return float(value)
    except (TypeError, ValueError):
        raise UsageError(f"{where}: {value!r} is not a valid {name.replace('_', '-')}") from None
    return str(value)
