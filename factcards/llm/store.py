"""Model answers on disk: a content-addressed cache, and record/replay folders.

A request's key hashes the model, the prompt files' hash and the request body, never the
server address or the API key, so recordings made against one server replay anywhere. Every
file is readable JSON written atomically; an unreadable entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcards.atomic import write_atomic
from factcards.errors import FactcardsError, OutputError

_KEY_CHARS = 24


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    content: str
    prompt_tokens: int | None
    completion_tokens: int | None


class ReplayMissing(FactcardsError):
    """A request under --replay that has no recording."""


def request_key(body: dict[str, Any], prompt_hash: str) -> str:
    canonical = json.dumps({"prompt_hash": prompt_hash, "body": body}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AnswerStore:
    def __init__(
        self,
        cache_dir: Path | None,
        record_dir: Path | None,
        replay_dir: Path | None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.cache_dir = cache_dir
        self.record_dir = record_dir
        self.replay_dir = replay_dir
        self._warn = warn
        self.memory: dict[str, StoredAnswer] = {}  # answers a batch brought in this run

    @property
    def active(self) -> bool:
        """Whether any answer is read or kept: without a cache, recording or replay, requests
        need no key at all."""
        return bool(self.memory) or any(d is not None for d in (self.cache_dir, self.record_dir, self.replay_dir))

    def lookup(self, key: str) -> StoredAnswer | None:
        """The stored answer for `key`: from the replay folder when replaying (a miss is an
        error), else from the cache (a miss or a corrupt entry is None)."""
        if key in self.memory:
            return self.memory[key]
        if self.replay_dir is not None:
            answer = _read(self.replay_dir / _record_name(key))
            if answer is None:
                raise ReplayMissing(
                    f"{self.replay_dir}: no recording for request {key[:_KEY_CHARS]} "
                    "(the inputs, the prompts or the settings differ from when it was recorded)"
                )
            return answer
        if self.cache_dir is not None:
            return _read(self._cache_path(key))
        return None

    def save(self, key: str, body: dict[str, Any], answer: StoredAnswer) -> None:
        entry = {
            "key": key,
            "request": body,
            "response": {
                "content": answer.content,
                "usage": {"prompt_tokens": answer.prompt_tokens, "completion_tokens": answer.completion_tokens},
            },
        }
        text = json.dumps(entry, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if self.cache_dir is not None and self.replay_dir is None:
            try:
                write_atomic(self._cache_path(key), text)
            except (OSError, OutputError) as err:
                # The tokens are spent: losing the cache must not lose the run. Say so once.
                why = getattr(err, "problem", None) or getattr(err, "strerror", None) or err
                if self._warn is not None:
                    self._warn(f"cannot write the answer cache in {self.cache_dir} ({why}); going on without it")
                self.cache_dir = None
        if self.record_dir is not None:
            write_atomic(self.record_dir / _record_name(key), text)

    def _cache_path(self, key: str) -> Path:
        assert self.cache_dir is not None
        return self.cache_dir / key[:2] / f"{key}.json"


def _record_name(key: str) -> str:
    return f"{key[:_KEY_CHARS]}.json"


def _read(path: Path) -> StoredAnswer | None:
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        response = entry["response"]
        usage = response.get("usage") or {}
        content = response["content"]
        if not isinstance(content, str):
            return None
        return StoredAnswer(content, usage.get("prompt_tokens"), usage.get("completion_tokens"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
