"""docs/checks.md and the rule registry list the same rules, and every example in the doc does
what it says: the failing one raises its rule, the passing one does not."""

from __future__ import annotations

import json
import re

import pytest

from conftest import REPO
from factcards.grounding.checks import RULES
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, Evidence, Status

DOC = (REPO / "docs" / "checks.md").read_text(encoding="utf-8")
SECTIONS = dict(re.findall(r"^### (FC\d{3}) ([\w-]+)$", DOC, re.MULTILINE))
EXAMPLES = re.findall(
    r"^### (FC\d{3}) [\w-]+$.*?^- fails: `(.+?)`$\n^- passes: `(.+?)`$", DOC, re.MULTILINE | re.DOTALL
)


def verify(example: dict) -> Card:  # type: ignore[type-arg]
    article = Article(id="a", body=example["article"] or "", date="2025-03-14")
    quote = example.get("quote", example["article"])
    card = Card(
        article="a",
        kind="statement",
        claim=example["claim"] or "",
        evidence=[Evidence(quote=quote)] if quote else [],
        speaker=example.get("speaker"),
        when=example.get("when"),
        where=example.get("where"),
    )
    checked = Verifier([article]).verify(card)
    if "judge" in example:
        checked = with_judge(checked, example["judge"])
    return checked


def with_judge(card: Card, judgement: dict) -> Card:  # type: ignore[type-arg]
    """The card after a model's second opinion, the model being a local server that answers `judgement`."""
    from factcards.llm.judge import Judge
    from factcards.llm.settings import LLMSettings
    from factcards.llm.stub_server import ChatServer, Reply, completion

    server = ChatServer(lambda seen, n: Reply(body=completion(json.dumps(judgement)))).start()
    try:
        judge = Judge(LLMSettings(model="judge", base_url=server.base_url, use_cache=False), warn=lambda m: None)
        [judged] = judge.review([card])
    finally:
        server.stop()
    assert len(server.requests) == (1 if card.status is Status.verified else 0)
    return judged


def test_the_doc_and_the_registry_list_the_same_rules_with_the_same_names() -> None:
    assert {code: rule.name for code, rule in RULES.items()} == SECTIONS
    assert len(EXAMPLES) == len(RULES)


@pytest.mark.parametrize(("code", "fails", "passes"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_each_rule_fails_its_failing_example_and_passes_its_passing_one(code: str, fails: str, passes: str) -> None:
    bad = verify(json.loads(fails))
    assert code in {f.code for f in bad.findings}, bad.reasons
    assert bad.status is RULES[code].severity or bad.status is Status.unsupported
    good = verify(json.loads(passes))
    assert code not in {f.code for f in good.findings}, good.reasons
    assert good.status is Status.verified, good.reasons


def test_every_finding_names_its_rule_and_the_words_at_fault() -> None:
    card = verify(
        {"article": "The bridge will close for six weeks.", "claim": "The bridge will close for eight weeks."}
    )
    [finding] = card.findings
    assert (finding.code, finding.rule, finding.severity) == ("FC301", "number-mismatch", Status.unsupported)
    assert card.reasons == ['FC301 number-mismatch: number "eight" not in evidence (evidence says "six")']
    assert finding.span is not None and "six" in "The bridge will close for six weeks."[slice(*finding.span)]


def test_a_rule_can_be_switched_off_for_a_run() -> None:
    article = Article(id="a", body="The bridge will close for six weeks.")
    card = Card(article="a", kind="event", claim="The bridge will close for eight weeks.",
                evidence=[Evidence(quote=article.body)])  # fmt: skip
    from factcards.grounding.verify import VerifySettings

    assert Verifier([article], VerifySettings(ignore=frozenset({"FC301"}))).verify(card).status is Status.verified
