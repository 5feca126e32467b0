"""A second opinion from a model (`--judge openai`), for cards every deterministic check passed.

The model is asked whether the card's evidence entails its claim and answers in strict JSON,
naming the words it finds unsupported. It can only demote a card to *needs review* (rule
FC501 judge-doubt), never promote one: the rules decide what is verified, the model may only
doubt. Answers are cached and counted in the token ledger like every other request.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcards.grounding.checks.registry import Hit, reason
from factcards.grounding.checks.rules_judge import JUDGE_DOUBT
from factcards.llm.client import ChatClient, LLMRequestError, Usage
from factcards.llm.jsonparse import NoJSONError, first_json_object
from factcards.llm.schema import strict_schema
from factcards.llm.settings import LLMSettings
from factcards.llm.store import AnswerStore
from factcards.llm.tokens import TokenCounter
from factcards.models import Card, Status
from factcards.prompts import Prompts


class JudgeAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    supported: bool
    unsupported_words: list[str] = Field(default_factory=list)
    reason: str = ""


class Judge:
    def __init__(self, settings: LLMSettings, *, warn: Any = None, encoding: Any = None) -> None:
        self.settings = settings
        self.counter = TokenCounter(settings.model, encoding=encoding, warn=warn)
        self.store = AnswerStore(settings.effective_cache_dir, settings.record_dir, settings.replay_dir, warn=warn)
        self.prompts = Prompts(settings.prompts_dir)
        self.prompt_hash = self.prompts.hash()
        self.usage = Usage()
        self.failures: list[str] = []  # cards the model could not judge (left as they were)

    def review(self, cards: Sequence[Card]) -> list[Card]:
        """`cards` with the verified ones the model doubts demoted to needs_review."""
        return asyncio.run(self._review_all(list(cards)))

    async def _review_all(self, cards: list[Card]) -> list[Card]:
        limit = asyncio.Semaphore(self.settings.concurrency)
        async with ChatClient(self.settings, self.counter, self.store, self.prompt_hash) as client:

            async def one(card: Card) -> Card:
                if card.status is not Status.verified:
                    return card  # only a card the rules passed gets a second opinion
                async with limit:
                    return await self._judge(client, card)

            return list(await asyncio.gather(*(one(c) for c in cards)))

    async def _judge(self, client: ChatClient, card: Card) -> Card:
        quotes = [e.text or e.quote for e in card.evidence if (e.article or card.article) == card.article]
        marker = hashlib.sha256("\n".join([card.claim, *quotes]).encode()).hexdigest()[:12]
        prompt = self.prompts.render(
            "judge.j2",
            claim=card.claim,
            speaker=card.speaker,
            evidence=quotes,
            open_marker=f"<<<CARD {marker}>>>",
            close_marker=f"<<<END OF CARD {marker}>>>",
        )
        body = client.body([{"role": "user", "content": prompt}], strict_schema(JudgeAnswer), "judgement")
        try:
            content = await client.complete(body, self.usage)
            answer = JudgeAnswer.model_validate(first_json_object(content))
        except (LLMRequestError, NoJSONError, ValidationError) as err:
            self.failures.append(f"{card.id}: the judge gave no usable answer ({str(err).splitlines()[0][:120]})")
            return card
        if answer.supported:
            return card
        words = ", ".join(f'"{w}"' for w in answer.unsupported_words[:4])
        message = "a model judged the evidence does not support the claim" + (f": {words}" if words else "")
        if answer.reason:
            message += f" ({' '.join(answer.reason.split())[:160]})"
        finding = JUDGE_DOUBT.finding(Hit(message))
        return card.model_copy(
            update={
                "status": Status.needs_review,
                "findings": [*card.findings, finding],
                "reasons": [*card.reasons, reason(finding)],
            }
        )

    def report(self) -> dict[str, Any]:
        return {"model": self.settings.model, "prompt_hash": self.prompt_hash, "usage": self.usage.as_dict(),
                "unjudged": self.failures}  # fmt: skip


def judge_answer_json(supported: bool, words: list[str], why: str = "") -> str:
    """What a judge's answer looks like (for tests and the stub server)."""
    return json.dumps({"supported": supported, "unsupported_words": words, "reason": why})
