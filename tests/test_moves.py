"""Where someone went and where they left."""

from __future__ import annotations

from factcards.grounding.verify import verify_cards
from factcards.models import Article, Card, Evidence, Kind

MOVE = "Defender Ali Rahim has signed a two-year deal with Orm City after leaving Lowbridge on a free transfer."


def _findings(evidence: str, claim: str) -> list[str]:
    card = Card(article="x", kind=Kind.statement, claim=claim, evidence=[Evidence(quote=evidence)])
    return [f"{f.code} {f.message}" for f in verify_cards([card], [Article(id="x", body=evidence)])[0].findings]


def test_joining_the_club_the_evidence_has_them_leave() -> None:
    assert 'FC203 claim says "joined Lowbridge" where the evidence says "leaving Lowbridge"' in _findings(
        MOVE, "Ali Rahim has joined Lowbridge."
    )


def test_leaving_the_club_the_evidence_has_them_join() -> None:
    assert _findings(MOVE, "Ali Rahim has left Orm City.") == [
        'FC203 claim says "left Orm City" where the evidence says "signed a two-year deal with Orm City"'
    ]


def test_the_move_as_the_evidence_tells_it() -> None:
    assert _findings(MOVE, "Ali Rahim has joined Orm City.") == []
    assert _findings(MOVE, "Ali Rahim left Lowbridge for Orm City.") == []
