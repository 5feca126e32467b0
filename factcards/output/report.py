"""The plain-text report of `factcards verify`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcards.models import Card, Status

_MARK = {Status.verified: "ok  ", Status.needs_review: "??  ", Status.unsupported: "FAIL"}


def verify_report(cards: Sequence[Card]) -> str:
    lines = []
    for card in cards:
        status = card.status or Status.needs_review
        claim = " ".join(card.claim.split())
        lines.append(f"{_MARK[status]} {status.value:<12} {card.id}  [{card.article}] {claim}")
        for e in card.evidence:
            where = f" [{e.article}]" if e.article and e.article != card.article else ""
            if e.start is None:
                lines.append(f"       evidence{where} missing: {' '.join(e.quote.split())[:120]}")
            else:
                score = f" {e.score:.0f}%" if e.score is not None else ""
                text = " ".join((e.text or "").split())[:120]
                lines.append(f"       evidence{where} {e.match}{score} ¶{e.paragraph} {e.start}-{e.end}: {text}")
        for reason in card.reasons:
            lines.append(f"       - {reason}")
    counts = Counter(c.status for c in cards)
    lines.append(
        f"{len(cards)} cards: {counts[Status.verified]} verified, "
        f"{counts[Status.needs_review]} need review, {counts[Status.unsupported]} unsupported"
    )
    return "\n".join(lines) + "\n"
