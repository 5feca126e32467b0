"""Scripted "models" for the loopback server: they read the prompt the way a model would and
answer in the protocol's JSON, faithfully or with the faults a test wants."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from factcards.document import Document
from factcards.models import Article
from llm_server import Reply, Seen, completion

_BETWEEN = re.compile(r"<<<ARTICLE ([0-9a-f]+)>>>\n(.*?)\n<<<END OF ARTICLE \1>>>", re.S)


def kind_of(seen: Seen) -> str:
    """Which of factcards' requests this is: cards, repair, invalid (a re-ask) or summary."""
    last = seen.messages[-1]["content"]
    if "could not be used" in last:
        return "invalid"
    if "failed verification" in last:
        return "repair"
    if "Write a short summary" in last:
        return "summary"
    return "cards"


def article_text(seen: Seen) -> str:
    found = [hit for m in seen.messages if m["role"] == "user" for hit in _BETWEEN.findall(m["content"])]
    assert found, "no delimited article in the request"
    return found[-1][1]


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


def answer(obj: Any, prompt_tokens: int = 120, completion_tokens: int = 60) -> Reply:
    return Reply(body=completion(json.dumps(obj), prompt_tokens, completion_tokens))


def faithful_cards(text: str, limit: int = 3) -> list[dict[str, Any]]:
    """What a good model does: each card's claim is a sentence, quoted verbatim."""
    return [card(s, s) for s in sentences(text)[:limit] if len(s.split()) >= 4]


def summary_of(seen: Seen) -> list[dict[str, Any]]:
    lines = re.findall(r"^\[(c[0-9a-f]{8})\] (.+)$", seen.messages[-1]["content"], re.M)
    return [{"sentence": claim, "cards": [card_id]} for card_id, claim in lines[:2]]


def faithful(seen: Seen, n: int) -> Reply:
    """A cooperative model for every kind of request."""
    kind = kind_of(seen)
    if kind == "summary":
        return answer({"summary": summary_of(seen)})
    if kind == "repair":
        fixed = []
        for block in re.findall(
            r"Card (c[0-9a-f]{8})\n.*?<<<ARTICLE [0-9a-f]+>>>\n(.*?)\n<<<END", seen.messages[-1]["content"], re.S
        ):
            first = block[1].splitlines()[0]
            fixed.append(card(first, first, replaces=block[0]))
        return answer({"cards": fixed})
    return answer({"cards": faithful_cards(article_text(seen))})


def sequence(*replies: Reply | Callable[[Seen, int], Reply]) -> Callable[[Seen, int], Reply]:
    """Answer the first requests with these replies in order, the rest faithfully."""

    def script(seen: Seen, n: int) -> Reply:
        if n < len(replies):
            reply = replies[n]
            return reply(seen, n) if callable(reply) else reply
        return faithful(seen, n)

    return script
