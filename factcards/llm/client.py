"""The chat client: one request policy for every call the LLM path makes.

Answers come from the replay folder, the cache, or the server, in that order. Calls to the
server go through one tenacity policy (429 honouring Retry-After, 5xx, timeouts and dropped
connections retried with jittered exponential backoff; 400/401/403/404 never), with the
`openai` client's own retries turned off so that only this policy applies. Every attempt's
tokens are counted, and a run-wide token budget stops new requests before it is exceeded.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from factcards.errors import FactcardsError
from factcards.llm.settings import LLMSettings, redact_secrets
from factcards.llm.store import AnswerStore, StoredAnswer, request_key
from factcards.llm.tokens import TokenCounter

# What a completion is assumed to cost before any has come back, for the budget check.
_FIRST_COMPLETION_GUESS = 800
PLACEHOLDER_API_KEY = "factcards-no-key"  # local servers want some key, and check none


class LLMConfigError(FactcardsError):
    """The server refused every request of this kind (bad key, unknown model): stop the run."""


class LLMRequestError(FactcardsError):
    """One request failed for good; the article it served fails, the run goes on."""

    exit_code = 1


class BudgetExhausted(LLMRequestError):
    pass


class ServerUnreachable(LLMConfigError):
    """Several requests in a row could not connect: the server is down, stop the run."""


# Attempts in a row (across requests) that could not connect before the run stops, instead of
# every article retrying on its own against a server that is down.
CIRCUIT_BREAKER_ATTEMPTS = 8
# Largest answer accepted from a server: a model that writes megabytes is not writing cards.
MAX_ANSWER_CHARS = 1_000_000


class _Transient(Exception):
    """A 200 answer that is not a chat completion (HTML, an empty body): worth another try."""


class PendingAnswer(Exception):
    """In batch mode, an answer not yet had: the request is collected for the next batch."""


class _Deadline(Exception):
    """No whole answer within --timeout (a server trickling bytes never times out a read)."""


@dataclass
class Usage:
    requests: int = 0
    batch_requests: int = 0  # of `requests`, answered through the provider's batch API
    failed_attempts: int = 0
    from_store: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False

    def add(self, other: Usage) -> None:
        self.requests += other.requests
        self.batch_requests += other.batch_requests
        self.failed_attempts += other.failed_attempts
        self.from_store += other.from_store
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.estimated = self.estimated or other.estimated

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "batch_requests": self.batch_requests,
            "failed_attempts": self.failed_attempts,
            "answered_from_cache_or_replay": self.from_store,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "estimated": self.estimated,
        }


@dataclass
class _Budget:
    limit: int | None
    used: int = 0
    reserved: int = 0
    completions: list[int] = field(default_factory=list)

    def guess_completion(self) -> int:
        return max(self.completions[-20:], default=_FIRST_COMPLETION_GUESS)


Sleep = Callable[[float], Awaitable[None]]


@dataclass
class BatchLedger:
    """What the batch rounds of one run have settled: answered request keys, and failed ones
    with the reason the batch gave (retried live with --batch-fallback live)."""

    answered: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)
    fallback_live: bool = False


class ChatClient:
    def __init__(
        self,
        settings: LLMSettings,
        counter: TokenCounter,
        store: AnswerStore,
        prompt_hash: str,
        sleep: Sleep | None = None,
        collect: dict[str, dict[str, Any]] | None = None,
        batch: BatchLedger | None = None,
    ) -> None:
        self.settings = settings
        self.collect = collect  # batch mode: requests without an answer go here instead of to the server
        self.batch = batch
        self.counter = counter
        self.store = store
        self.prompt_hash = prompt_hash
        self.total = Usage()
        self._sleep = sleep or asyncio.sleep
        self._budget = _Budget(settings.max_tokens_per_run)
        self._client: Any = None
        self._unreachable = 0  # connection failures in a row, across requests

    async def __aenter__(self) -> ChatClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    def body(self, messages: list[dict[str, str]], schema: dict[str, Any] | None, schema_name: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "temperature": self.settings.temperature,
        }
        if self.settings.response_format == "json_schema" and schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "strict": True, "schema": schema},
            }
        elif self.settings.response_format == "json_object":
            body["response_format"] = {"type": "json_object"}
        return body

    async def complete(self, body: dict[str, Any], usage: Usage) -> str:
        """The answer's text for `body`, counting the request and its tokens into `usage`."""
        # Counted at most once, and only if the budget or a usage-less answer needs it.
        prompt_tokens = functools.cache(lambda: self.counter.count(_prompt_text(body)))
        batch = self.batch
        key = request_key(body, self.prompt_hash) if self.store.active or batch is not None else ""
        stored = self.store.lookup(key) if key else None
        if stored is not None:
            # An answer the batch brought in this run is a request paid for, not a cache hit.
            fresh = batch is not None and key in batch.answered
            self._count(usage, stored, from_store=not fresh, prompt_tokens=prompt_tokens, batch=fresh)
            return stored.content
        if batch is not None and key in batch.failed and not batch.fallback_live:
            raise LLMRequestError(batch.failed[key])
        if self.collect is not None and not (batch is not None and key in batch.failed):
            self.collect[key] = body
            raise PendingAnswer(key)
        reservation = self._reserve(prompt_tokens)
        try:
            answer = await self._send(body, usage)
        finally:
            self._budget.reserved -= reservation
        self._count(usage, answer, from_store=False, prompt_tokens=prompt_tokens)
        if key:
            self.store.save(key, body, answer)
        return answer.content

    def _reserve(self, prompt_tokens: Callable[[], int]) -> int:
        budget = self._budget
        if budget.limit is None:
            return 0
        estimate = prompt_tokens() + budget.guess_completion()
        if budget.used + budget.reserved + estimate > budget.limit:
            raise BudgetExhausted(
                f"token budget of {budget.limit:,} reached ({budget.used:,} used, this request needs about "
                f"{estimate:,}); no new requests started (--max-tokens-per-run)"
            )
        budget.reserved += estimate
        return estimate

    def _count(
        self,
        usage: Usage,
        answer: StoredAnswer,
        *,
        from_store: bool,
        prompt_tokens: Callable[[], int],
        batch: bool = False,
    ) -> None:
        own = Usage(requests=1, from_store=int(from_store), batch_requests=int(batch))
        if answer.prompt_tokens is None or answer.completion_tokens is None:
            own.estimated = True
            own.prompt_tokens = prompt_tokens()
            own.completion_tokens = self.counter.count(answer.content)
        else:
            own.prompt_tokens = answer.prompt_tokens
            own.completion_tokens = answer.completion_tokens
        if not from_store:
            self._budget.used += own.prompt_tokens + own.completion_tokens
            self._budget.completions.append(own.completion_tokens)
        usage.add(own)
        self.total.add(own)

    async def _send(self, body: dict[str, Any], usage: Usage) -> StoredAnswer:
        import openai

        retrying = AsyncRetrying(
            retry=retry_if_exception(_is_transient),
            wait=_RetryAfterOrBackoff(self.settings),
            stop=stop_after_attempt(self.settings.max_retries + 1),
            sleep=self._sleep,
            reraise=True,
        )
        attempts = 0
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    try:
                        answer = await self._within_deadline(body)
                    except Exception as err:
                        usage.failed_attempts += 1
                        self.total.failed_attempts += 1
                        self._trip_if_down(err)
                        raise
                    self._unreachable = 0
                    return answer
        except openai.AuthenticationError:
            raise LLMConfigError(
                f"the server at {self.settings.shown_base_url} rejected the API key (401): check OPENAI_API_KEY"
            ) from None
        except openai.PermissionDeniedError:
            raise LLMConfigError(
                f"the server at {self.settings.shown_base_url} denied access (403) to model {self.settings.model!r}"
            ) from None
        except openai.NotFoundError:
            raise LLMConfigError(
                f"the server at {self.settings.shown_base_url} answered 404 for model {self.settings.model!r}: "
                "unknown model, or a base URL missing its /v1"
            ) from None
        except openai.BadRequestError as err:
            raise LLMRequestError(
                f"the server rejected the request (400): {_server_message(err, self.settings)}"
            ) from None
        except openai.RateLimitError:
            raise LLMRequestError(f"rate limited (429) on all {attempts} attempts") from None
        except (openai.APITimeoutError, _Deadline):
            raise LLMRequestError(f"no answer within {self.settings.timeout:g} s on all {attempts} attempts") from None
        except openai.APIConnectionError:
            raise LLMRequestError(f"cannot connect to {self.settings.shown_base_url} ({attempts} attempts)") from None
        except openai.APIStatusError as err:
            raise LLMRequestError(f"server error {err.status_code} on all {attempts} attempts") from None
        except (_Transient, openai.APIResponseValidationError) as err:
            raise LLMRequestError(
                f"the server's answer was not a chat completion ({err}) on all {attempts} attempts"
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _within_deadline(self, body: dict[str, Any]) -> StoredAnswer:
        # --timeout bounds the whole answer, not each read: a server that sends a byte every
        # half second would otherwise hold a request forever.
        try:
            return await asyncio.wait_for(self._once(body), self.settings.timeout)
        except TimeoutError:
            raise _Deadline(f"no whole answer within {self.settings.timeout:g} s") from None

    def _trip_if_down(self, err: BaseException) -> None:
        import openai

        if not isinstance(err, openai.APIConnectionError) or isinstance(err, openai.APITimeoutError):
            self._unreachable = 0
            return
        self._unreachable += 1
        if self._unreachable >= CIRCUIT_BREAKER_ATTEMPTS:
            raise ServerUnreachable(
                f"cannot reach the server at {self.settings.shown_base_url}: {self._unreachable} connection attempts "
                "in a row failed; stopping the run (answers already received are kept in the cache)"
            )

    async def _once(self, body: dict[str, Any]) -> StoredAnswer:
        # The body is already the protocol's JSON: post it as it is, through the client's
        # documented escape hatch for raw requests, and read the answer as plain JSON. The
        # typed helper would rebuild both through its models, several milliseconds a request.
        try:
            data = await self._openai().post("/chat/completions", cast_to=object, body=body)
        except ValueError as err:  # a 200 whose body is empty or not JSON at all
            raise _Transient(f"unreadable answer: {type(err).__name__}") from None
        if not isinstance(data, dict):
            raise _Transient("the answer is not JSON")
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise _Transient("no choices in the answer")
        message = choices[0].get("message")
        content = message.get("content") if isinstance(message, dict) else None
        if content is not None and not isinstance(content, str):
            raise _Transient("the message content is not text")
        if content is not None and len(content) > MAX_ANSWER_CHARS:
            raise LLMRequestError(
                f"the model's answer is {len(content):,} characters, over the limit of {MAX_ANSWER_CHARS:,}; not used"
            )
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        prompt, completed = usage.get("prompt_tokens"), usage.get("completion_tokens")
        return StoredAnswer(
            content or "",
            prompt if isinstance(prompt, int) else None,
            completed if isinstance(completed, int) else None,
        )

    def _openai(self) -> Any:
        if self._client is None:
            import openai

            if not self.settings.api_key and self.settings.base_url is None:
                # OpenAI itself always wants a key: say so now, not after ten seconds of retries.
                raise LLMConfigError(
                    "no API key for OpenAI: set OPENAI_API_KEY, or point --base-url at a server that needs none"
                )
            self._client = openai.AsyncOpenAI(
                api_key=self.settings.api_key or PLACEHOLDER_API_KEY,
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=0,  # tenacity above is the one retry policy
            )
        return self._client


def _is_transient(err: BaseException) -> bool:
    import openai

    if isinstance(err, openai.APIStatusError):
        return err.status_code == 429 or err.status_code >= 500
    return isinstance(
        err,
        openai.APITimeoutError | openai.APIConnectionError | openai.APIResponseValidationError | _Transient | _Deadline,
    )


class _RetryAfterOrBackoff:
    """Wait as long as the server's Retry-After asks (capped), else back off exponentially
    with jitter."""

    def __init__(self, settings: LLMSettings) -> None:
        self.cap = settings.retry_after_cap
        self.backoff = wait_exponential_jitter(
            multiplier=settings.backoff_initial, max=settings.backoff_max, jitter=settings.backoff_initial
        )

    def __call__(self, state: RetryCallState) -> float:
        err = state.outcome.exception() if state.outcome else None
        asked = _retry_after(err)
        if asked is not None:
            return min(asked, self.cap)
        return self.backoff(state)


def _retry_after(err: BaseException | None) -> float | None:
    response = getattr(err, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None  # "Retry-After: soon": neither seconds nor a date, so the backoff policy decides
    return max(parsed.timestamp() - time.time(), 0.0) if parsed else None


def _server_message(err: Any, settings: LLMSettings) -> str:
    body = getattr(err, "body", None)
    message = body.get("message") if isinstance(body, dict) else None
    text = " ".join(str(message or getattr(err, "message", "") or "bad request").split())[:200]
    return redact_secrets(text, settings)


def _prompt_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
