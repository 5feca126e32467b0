"""What a brief says, before it is rendered: sections, counts, summaries and sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from factcards import __version__
from factcards.models import Article, ArticleRecord, Card, Kind, Status, SummarySentence

SUMMARY_SENTENCES = 3


@dataclass
class Section:
    heading: str
    articles: list[ArticleRecord]
    summary: list[SummarySentence]
    verified: list[Card]
    review: list[Card]


@dataclass
class Brief:
    date: str | None
    sections: list[Section]
    sources: list[ArticleRecord]
    extractor: str
    prompt_hash: str | None = None
    version: str = __version__
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[ArticleRecord, str]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)


def compose_brief(
    articles: Sequence[Article],
    cards: Sequence[Card],
    *,
    date: str | None,
    extractor: str,
    prompt_hash: str | None = None,
    summaries: Sequence[list[SummarySentence]] | None = None,
    failures: dict[str, str] | None = None,
    stats: dict[str, Any] | None = None,
) -> Brief:
    """One section per article, in input order; cards must already be verified. `summaries`
    (one list per article, from a model) replaces the summary built from the cards' own words."""
    failures = failures or {}
    by_article: dict[str, list[Card]] = {a.id: [] for a in articles}
    for card in cards:
        by_article.setdefault(card.article, []).append(card)
    sections = []
    for index, article in enumerate(articles):
        if article.id in failures:
            continue
        own = by_article[article.id]
        verified = [c for c in own if c.status is Status.verified]
        review = [c for c in own if c.status is not Status.verified]
        sections.append(
            Section(
                heading=article.title or _first_words(article.body),
                articles=[article.record()],
                summary=summaries[index] if summaries is not None else offline_summary(verified),
                verified=verified,
                review=review,
            )
        )
    counts = {
        "articles": len(articles),
        "cards": len(cards),
        "verified": sum(c.status is Status.verified for c in cards),
        "review": sum(c.status is not Status.verified for c in cards),
        "unsupported": sum(c.status is Status.unsupported for c in cards),
    }
    return Brief(
        date=date,
        sections=sections,
        sources=[a.record() for a in articles],
        extractor=extractor,
        prompt_hash=prompt_hash,
        counts={**counts, "failed": len(failures)},
        failures=[(a.record(), failures[a.id]) for a in articles if a.id in failures],
        stats=stats or {},
    )


def offline_summary(verified: Sequence[Card]) -> list[SummarySentence]:
    """The lead of the story in the article's own verified words, each sentence cited."""
    ranked = sorted(verified, key=lambda c: (c.kind is Kind.background, c.kind is Kind.quote))
    return [SummarySentence(text=c.claim, cards=[c.id]) for c in ranked[:SUMMARY_SENTENCES]]


def _first_words(body: str, limit: int = 80) -> str:
    flat = " ".join(body.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
