"""What a brief says, before it is rendered: stories, counts, summaries, conflicts, sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from factcards import __version__
from factcards.models import Article, ArticleRecord, Card, Conflict, Kind, Status, Story, SummarySentence
from factcards.text.words import stands_alone

SUMMARY_SENTENCES = 3


@dataclass
class ConflictView:
    """A conflict with its sides' cards at hand, for the template."""

    kind: str
    about: str
    sides: list[tuple[str, list[str], list[Card]]]  # (value, outlet names, cards)


@dataclass
class Section:
    """One story in the brief."""

    id: str
    heading: str
    articles: list[ArticleRecord]
    summary: list[SummarySentence]
    verified: list[Card]
    review: list[Card]
    conflicts: list[ConflictView] = field(default_factory=list)
    developing: bool = False
    left_out: int = 0  # verified cards past the story's budget: in the cards file, not in the brief
    not_new: set[str] = field(default_factory=set)
    outlets: dict[str, str] = field(default_factory=dict)  # article id -> outlet name

    @property
    def multi_source(self) -> bool:
        return len(self.articles) > 1


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
    stories: Sequence[Story],
    cards: Sequence[Card],
    *,
    date: str | None,
    extractor: str,
    prompt_hash: str | None = None,
    summaries: Sequence[list[SummarySentence]] | None = None,
    failures: dict[str, str] | None = None,
    stats: dict[str, Any] | None = None,
    story_cards: int = 24,
) -> Brief:
    """One section per story, in the stories' order; cards must already be verified and
    merged. `summaries` (one list per story, from a model) replaces the summary built from
    the cards' own words."""
    failures = failures or {}
    records = {a.id: a.record() for a in articles}
    outlets = {a.id: a.source or a.id for a in articles}
    by_id = {c.id: c for c in cards}
    sections = []
    for index, story in enumerate(stories):
        own = [by_id[i] for i in story.cards if i in by_id]
        contested = {card_id for conflict in story.conflicts for side in conflict.sides for card_id in side.cards}
        verified = [c for c in own if c.status is Status.verified and c.id not in contested]
        # A story's budget keeps the brief a brief: the most corroborated facts first, in the
        # stories' own order otherwise; what is left out is counted, and kept in the cards file.
        shown = set(sorted(range(len(verified)), key=lambda i: (-len(verified[i].sources), i))[:story_cards])
        left_out = len(verified) - len(shown)
        verified = [c for i, c in enumerate(verified) if i in shown]
        review = [c for c in own if c.status is not Status.verified]
        summary = summaries[index] if summaries is not None else offline_summary(verified)
        summary = _with_disagreements(summary, story.conflicts, outlets)
        sections.append(
            Section(
                id=story.id,
                heading=story.headline,
                articles=[records[a] for a in story.articles],
                summary=summary,
                verified=verified,
                review=review,
                conflicts=[_conflict_view(c, by_id, outlets) for c in story.conflicts],
                developing=story.developing,
                left_out=left_out,
                not_new=set(story.not_new),
                outlets={a: outlets[a] for a in story.articles},
            )
        )
    counts = {
        "articles": len(articles),
        "stories": len(stories),
        "cards": len(cards),
        "verified": sum(c.status is Status.verified for c in cards),
        "review": sum(c.status is not Status.verified for c in cards),
        "unsupported": sum(c.status is Status.unsupported for c in cards),
        "conflicts": sum(len(s.conflicts) for s in stories),
        "failed": len(failures),
    }
    return Brief(
        date=date,
        sections=sections,
        sources=[records[a.id] for a in articles],
        extractor=extractor,
        prompt_hash=prompt_hash,
        counts=counts,
        failures=[(records[a.id], failures[a.id]) for a in articles if a.id in failures],
        stats=stats or {},
    )


def offline_summary(verified: Sequence[Card]) -> list[SummarySentence]:
    """The lead of the story in the articles' own verified words, each sentence cited:
    corroborated facts first, quotes last."""
    ranked = sorted(
        verified,
        key=lambda c: (
            not stands_alone(c.claim),  # "He said …", a caption, a sentence cut short: no lead
            -(len(c.sources) - len(set(c.partial_sources) & set(c.sources))),  # a partial source corroborates part
            c.kind is Kind.background,
            c.kind is Kind.quote,
        ),
    )
    return [SummarySentence(text=c.claim, cards=[c.id]) for c in ranked[:SUMMARY_SENTENCES]]


def _with_disagreements(
    summary: list[SummarySentence], conflicts: Sequence[Conflict], outlets: dict[str, str]
) -> list[SummarySentence]:
    """ "In brief" leads with the most corroborated fact, then says where the outlets disagree,
    each side with its outlets and its cards: a contested fact is reported as contested."""
    said = []
    for conflict in conflicts:
        sides = [
            f"“{side.value}” ({', '.join(dict.fromkeys(outlets.get(a, a) for a in side.articles))})"
            for side in conflict.sides
        ]
        # "on the date", "on the weeks", "on who said it"
        about = conflict.about if conflict.about == "who said it" else f"the {conflict.about.removeprefix('the ')}"
        text = f"The outlets disagree on {about}: " + " against ".join(sides) + "."
        said.append(SummarySentence(text=text, cards=[c for side in conflict.sides for c in side.cards]))
    return summary[:1] + said + summary[1:] if said else summary


def _conflict_view(conflict: Conflict, by_id: dict[str, Card], outlets: dict[str, str]) -> ConflictView:
    sides = [
        (side.value, [outlets.get(a, a) for a in side.articles], [by_id[c] for c in side.cards if c in by_id])
        for side in conflict.sides
    ]
    return ConflictView(conflict.kind, conflict.about, sides)
