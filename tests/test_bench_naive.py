"""The naive verifier the real one is timed against: what it does check, so the comparison is fair."""

from __future__ import annotations

from bench.naive import NaiveVerifier
from factcards.models import Article, Card, Evidence

BODY = "The Harbor Bridge will close for six weeks, Mayor Lena Okafor said. Repairs cost $4.2 million."


def card(claim: str, quote: str) -> Card:
    return Card(article="a", kind="event", claim=claim, evidence=[Evidence(quote=quote)])


def test_the_naive_verifier_finds_quotes_and_compares_numbers_names_and_negations() -> None:
    naive = NaiveVerifier([Article(id="a", body=BODY)])
    assert naive.verify(card("Repairs cost $4.2 million.", "Repairs cost $4.2 million."))
    assert naive.verify(
        card(
            "Okafor said the bridge will close.", "The Harbor  Bridge will close for six weeks, Mayor Lena Okafor said."
        )
    )
    assert not naive.verify(card("Repairs cost $5.1 million.", "Repairs cost $4.2 million."))
    assert not naive.verify(card("Governor Bell said the bridge will close.", "Mayor Lena Okafor said."))
    assert not naive.verify(card("The bridge will not close.", "The Harbor Bridge will close for six weeks"))
    assert not naive.verify(card("Repairs cost $4.2 million.", "Repairs cost nothing."))
