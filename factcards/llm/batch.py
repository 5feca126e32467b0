"""Requests sent through the provider's batch engine (the OpenAI Batch API), resumably.

One round: the requests the run still needs answers for are written as JSONL (one chat
completion each, the same body the live path would send, keyed by `custom_id`), uploaded
(`POST /files`, purpose `batch`), and submitted (`POST /batches`, window 24h). The batch id is
saved at once, so a rerun after Ctrl-C, a crash or a reboot polls the same batch instead of
paying twice. When it ends, the output and error files are read and every answer is mapped
back by `custom_id`, never by order, into the answer store; requests the batch did not answer
are reported with the error file's reason.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcards.atomic import write_atomic
from factcards.errors import FactcardsError
from factcards.llm.client import BatchLedger, LLMConfigError, Sleep, _prompt_text
from factcards.llm.settings import LLMSettings, redact_secrets
from factcards.llm.store import AnswerStore, StoredAnswer
from factcards.llm.tokens import TokenCounter

NOTICE = 25  # a logging level between INFO and WARNING: progress lines people should see
ENDPOINT = "/v1/chat/completions"
WINDOW = "24h"
_DONE = {"completed", "failed", "expired", "cancelled"}
_GUESS_COMPLETION = 800  # tokens per answer, for the budget check before upload


class BatchError(FactcardsError):
    """The batch could not be created or read at all."""


def custom_id(key: str) -> str:
    """Stable per request: the request key hashes the model, the prompt files' hash and the body
    (which holds the article's chunk), so the same request always gets the same id."""
    return f"fc-{key[:40]}"


def state_name(keys: Iterable[str]) -> str:
    return "batch-" + hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:20] + ".json"


@dataclass
class BatchRound:
    """What one batch settled: answers by request key, and failures with their reason."""

    answers: dict[str, StoredAnswer] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    batch_id: str | None = None


class BatchRunner:
    def __init__(
        self,
        settings: LLMSettings,
        store: AnswerStore,
        counter: TokenCounter,
        state_dir: Path,
        *,
        say: Callable[[str], None] | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.counter = counter
        self.state_dir = state_dir
        self.say = say or (lambda line: None)
        self._sleep = sleep or asyncio.sleep
        self.created = 0  # batches this runner created (not resumed)

    async def run(self, pending: dict[str, dict[str, Any]], ledger: BatchLedger) -> BatchRound:
        """Answer `pending` (request key -> body) through one batch, resuming a saved one."""
        state_path = self.state_dir / state_name(pending)
        async with _client(self.settings) as client:
            state = _read_state(state_path)
            if state is None:
                self._check_budget(pending)
                state = await self._submit(client, pending, state_path)
            else:
                self.say(f"batch {state['batch_id']}: resuming (created {state.get('created', 'earlier')})")
            done = await self._wait(client, state["batch_id"])
            found = await self._collect(client, done, state["ids"])
        for key, answer in found.answers.items():
            self.store.memory[key] = answer
            self.store.save(key, pending[key], answer)
            ledger.answered.add(key)
        for key in pending:
            if key not in found.answers:
                ledger.failed[key] = (
                    found.failures.get(key) or f"the batch ended ({done.get('status')}) without answering it"
                )
        state_path.unlink(missing_ok=True)  # settled: a rerun must not wait on it again
        return found

    def _check_budget(self, pending: dict[str, dict[str, Any]]) -> None:
        limit = self.settings.max_tokens_per_run
        if limit is None:
            return
        need = sum(self.counter.count(_prompt_text(body)) + _GUESS_COMPLETION for body in pending.values())
        if need > limit:
            raise LLMConfigError(
                f"the batch of {len(pending)} requests needs about {need:,} tokens, over --max-tokens-per-run "
                f"{limit:,}; nothing was uploaded"
            )

    async def _submit(self, client: Any, pending: dict[str, dict[str, Any]], state_path: Path) -> dict[str, Any]:
        ids = {custom_id(key): key for key in pending}
        if len(ids) != len(pending):  # request keys are sha256 hashes: this would be a bug, never a guess
            raise BatchError("two requests share a custom_id; nothing was uploaded")
        lines = [
            json.dumps({"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": pending[key]}, ensure_ascii=False)
            for cid, key in sorted(ids.items())
        ]
        payload = ("\n".join(lines) + "\n").encode("utf-8")
        upload = await client.files.create(file=("factcards-batch.jsonl", payload), purpose="batch")
        batch = await client.batches.create(
            input_file_id=upload.id, endpoint=ENDPOINT, completion_window=WINDOW, metadata={"made_by": "factcards"}
        )
        self.created += 1
        state = {
            "batch_id": batch.id,
            "input_file_id": upload.id,
            "created": time.strftime("%Y-%m-%d %H:%M:%S"),
            "ids": ids,
        }
        write_atomic(state_path, json.dumps(state, indent=1, sort_keys=True) + "\n")  # before any wait
        self.say(f"batch {batch.id}: {len(ids)} requests submitted (window {WINDOW})")
        return state

    async def _wait(self, client: Any, batch_id: str) -> dict[str, Any]:
        while True:
            batch = (await client.batches.retrieve(batch_id)).model_dump()
            counts = batch.get("request_counts") or {}
            self.say(
                f"batch {batch_id}: {batch.get('status')}, {counts.get('completed', 0)} done, "
                f"{counts.get('failed', 0)} failed of {counts.get('total', 0)}"
            )
            if batch.get("status") in _DONE:
                return batch
            await self._sleep(self.settings.batch_poll)

    async def _collect(self, client: Any, batch: dict[str, Any], ids: dict[str, str]) -> BatchRound:
        found = BatchRound(batch_id=batch.get("id"))
        for file_id in (batch.get("output_file_id"), batch.get("error_file_id")):
            if not file_id:
                continue
            content = await client.files.content(file_id)
            for line in content.text.splitlines():
                _map_line(line, ids, found, self.settings)
        if batch.get("status") in ("failed", "expired", "cancelled"):
            errors = (batch.get("errors") or {}).get("data") or []
            why = "; ".join(redact_secrets(str(e.get("message", e)), self.settings) for e in errors[:3])
            for key in ids.values():
                if key not in found.answers:
                    found.failures.setdefault(
                        key, f"batch {batch.get('id')} {batch.get('status')}" + (f": {why}" if why else "")
                    )
        return found


def _map_line(line: str, ids: dict[str, str], found: BatchRound, settings: LLMSettings) -> None:
    if not line.strip():
        return
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return
    key = ids.get(item.get("custom_id", ""))
    if key is None:
        return  # not one of ours: never guess by position
    response = item.get("response") or {}
    body = response.get("body") if isinstance(response, dict) else None
    error = item.get("error")
    if response.get("status_code") == 200 and isinstance(body, dict) and not error:
        try:
            message = body["choices"][0]["message"]
            content = message.get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            found.failures[key] = "the batch's answer is not a chat completion"
            return
        usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
        prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
        found.answers[key] = StoredAnswer(
            content, prompt if isinstance(prompt, int) else None, completion if isinstance(completion, int) else None
        )
        return
    reason = error.get("message") if isinstance(error, dict) else None
    if reason is None and isinstance(body, dict):
        reason = (body.get("error") or {}).get("message") if isinstance(body.get("error"), dict) else None
    status = response.get("status_code") if isinstance(response, dict) else None
    found.failures[key] = (
        "the batch refused it"
        + (f" ({status})" if status else "")
        + (f": {redact_secrets(' '.join(str(reason).split())[:200], settings)}" if reason else "")
    )


def _read_state(path: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        return (
            state if isinstance(state, dict) and state.get("batch_id") and isinstance(state.get("ids"), dict) else None
        )
    except (OSError, ValueError, RecursionError):
        return None


class _client:
    """An AsyncOpenAI client for the files and batches endpoints (their typed helpers: a run
    makes a handful of these calls, not thousands)."""

    def __init__(self, settings: LLMSettings) -> None:
        import openai

        from factcards.llm.client import PLACEHOLDER_API_KEY

        if not settings.api_key and settings.base_url is None:
            raise LLMConfigError(
                "no API key for OpenAI: set OPENAI_API_KEY, or point --base-url at a server that needs none"
            )
        self.client = openai.AsyncOpenAI(
            api_key=settings.api_key or PLACEHOLDER_API_KEY,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )

    async def __aenter__(self) -> Any:
        return self.client

    async def __aexit__(self, *exc: object) -> None:
        await self.client.close()


async def cancel_pending(settings: LLMSettings, state_dir: Path) -> list[str]:
    """Cancel every batch this folder is waiting on (--batch-cancel); returns one line each."""
    lines = []
    paths = sorted(state_dir.glob("batch-*.json")) if state_dir.is_dir() else []
    if not paths:
        return ["no pending batch to cancel"]
    async with _client(settings) as client:
        for path in paths:
            state = _read_state(path)
            if state is None:
                continue
            batch = await client.batches.cancel(state["batch_id"])
            lines.append(f"batch {state['batch_id']}: {batch.status}")
            path.unlink(missing_ok=True)
    return lines
