"""--judge openai: a model's second opinion, against a real HTTP server on 127.0.0.1. It only
ever sees cards the rules verified, and can only demote them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcards.grounding.verify import Verifier
from factcards.llm.judge import Judge, judge_answer_json
from factcards.llm.settings import LLMSettings
from factcards.llm.stub_server import ChatServer, Reply, Seen, completion
from factcards.models import Article, Card, Evidence, Status
from factcards.pipeline import BriefSettings, build_brief

ARTICLE = Article(id="a", body="The council might raise parking fees next year. The mayor said the budget is balanced.")


def judging(seen: Seen, n: int) -> Reply:
    # A model that doubts every claim saying "will".
    doubtful = "will" in seen.text.split("Claim:", 1)[1].split("\n", 1)[0]
    words = ["will"] if doubtful else []
    return Reply(body=completion(judge_answer_json(not doubtful, words, "the article says might" if doubtful else "")))


@pytest.fixture
def server() -> Iterator[ChatServer]:
    chat = ChatServer(judging).start()
    yield chat
    chat.stop()


def cards() -> list[Card]:
    make = lambda claim, quote: Card(article="a", kind="event", claim=claim, evidence=[Evidence(quote=quote)])  # noqa: E731
    return Verifier([ARTICLE]).verify_all([
        make("The council might raise parking fees next year.", "The council might raise parking fees next year."),
        make("The mayor said the budget is balanced.", "The mayor said the budget is balanced."),
        make("The council will raise parking fees next year.", "The council might raise parking fees"),
    ])  # fmt: skip


def test_the_judge_only_sees_verified_cards_and_can_only_demote(server: ChatServer, tmp_path: Path) -> None:
    before = cards()
    assert [c.status for c in before] == [Status.verified, Status.verified, Status.unsupported]
    judge = Judge(LLMSettings(model="j", base_url=server.base_url, cache_dir=tmp_path), warn=lambda m: None)
    after = judge.review(before)
    assert [c.status for c in after] == [Status.verified, Status.verified, Status.unsupported]
    assert len(server.requests) == 2  # the unsupported card is never sent: nothing can promote it
    assert server.requests[0].body["response_format"]["json_schema"]["strict"] is True
    assert judge.usage.requests == 2 and judge.usage.prompt_tokens > 0
    again = Judge(LLMSettings(model="j", base_url=server.base_url, cache_dir=tmp_path), warn=lambda m: None)
    again.review(before)
    assert len(server.requests) == 2 and again.usage.from_store == 2  # cached


def test_a_doubted_card_goes_to_review_with_the_words_named(server: ChatServer, tmp_path: Path) -> None:
    claim = Card(article="a", kind="event", claim="The council will raise parking fees next year.",
                 evidence=[Evidence(quote="The council might raise parking fees next year.")])  # fmt: skip
    verified = Verifier([ARTICLE], None).verify(claim)
    if verified.status is not Status.verified:  # the rules catch this one themselves
        verified = verified.model_copy(update={"status": Status.verified, "findings": [], "reasons": []})
    [judged] = Judge(LLMSettings(model="j", base_url=server.base_url, use_cache=False), warn=lambda m: None).review(
        [verified]
    )
    assert judged.status is Status.needs_review
    assert [f.code for f in judged.findings] == ["FC501"]
    assert judged.reasons == [
        'FC501 judge-doubt: a model judged the evidence does not support the claim: "will" (the article says might)'
    ]


def test_the_brief_with_a_judge_records_its_usage(server: ChatServer, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date: 2025-03-14\n\n" + ARTICLE.body, encoding="utf-8")
    llm = LLMSettings(model="j", base_url=server.base_url, use_cache=False)
    result = build_brief([tmp_path], BriefSettings(judge="openai", llm=llm))
    assert result.manifest["judge"]["usage"]["requests"] == len([c for c in result.cards]) > 0
    assert json.dumps(result.manifest)  # plain JSON
