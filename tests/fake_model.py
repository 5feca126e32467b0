"""Scripted "models" for the loopback server: they read the prompt the way a model would and
answer in the protocol's JSON, faithfully or with the faults a test wants."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcards.llm.stub_server import Reply, Seen, article_text, extractive, json_answer, request_kind, sentence_cards
from factcards.models import Article
from factcards.text.document import Document

faithful = extractive
kind_of = request_kind
answer = json_answer
faithful_cards = sentence_cards
__all__ = ["answer", "article_text", "card", "faithful", "faithful_cards", "kind_of", "sentences", "sequence"]


def sentences(text: str) -> list[str]:
    doc = Document(Article(id="x", body=text))
    return [doc.sentence_text(s) for s in doc.sentences]


def card(claim: str, quote: str, kind: str = "statement", speaker: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "claim": claim,
        "speaker": speaker,
        "who": [],
        "when": None,
        "where": None,
        "evidence": [{"quote": quote}],
        **extra,
    }


def sequence(*replies: Reply | Callable[[Seen, int], Reply]) -> Callable[[Seen, int], Reply]:
    """Answer the first requests with these replies in order, the rest faithfully."""

    def script(seen: Seen, n: int) -> Reply:
        if n < len(replies):
            reply = replies[n]
            return reply(seen, n) if callable(reply) else reply
        return faithful(seen, n)

    return script
