"""The review page: one self-contained HTML file with every article and its evidence highlighted.

Each article's body is shown exactly (its element's text is the body, character for character),
cut into pieces at every evidence span's ends so that overlapping spans become separate
`<mark data-card="ID …" data-start="S" data-end="E">` pieces whose text is `body[S:E]`. Article
and model text is untrusted: every piece goes through HTML escaping, and the page's script only
ever sets text, never markup. No network: the CSS and the script are inline, so the page works
from `file://`.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup, escape

from factcards.models import Article, Card, CardsFile, Match, Status, Story

TEMPLATE = Path(__file__).parent / "templates" / "review.html.j2"


@dataclass
class CardView:
    card: Card
    story: str
    outlets: list[str]


@dataclass
class ArticleView:
    article: Article
    body: Markup  # escaped pieces with the marks
    marks: int


def evidence_spans(cards: Sequence[Card]) -> dict[str, list[tuple[int, int, str]]]:
    """Every located evidence span, by article: (start, end, card id)."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for card in cards:
        for e in card.evidence:
            if e.start is None or e.end is None or e.match is Match.missing or e.end <= e.start:
                continue
            spans.setdefault(e.article or card.article, []).append((e.start, e.end, card.id))
    return spans


def highlighted_body(
    article: Article, cards: Sequence[Card], spans_by_article: dict[str, list[tuple[int, int, str]]] | None = None
) -> tuple[Markup, int]:
    """The body as escaped text with every evidence span of `cards` in it marked, split where
    spans overlap."""
    spans = (spans_by_article if spans_by_article is not None else evidence_spans(cards)).get(article.id, [])
    body = article.body
    cuts = sorted({0, len(body)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    starting: dict[int, list[tuple[int, str]]] = {}
    for s, e, card in spans:
        starting.setdefault(s, []).append((e, card))
    active: list[tuple[int, str]] = []  # (end, card) of the spans covering the current piece
    pieces: list[str] = []
    marks = 0
    for start, end in itertools.pairwise(cuts):
        active = [(e, card) for e, card in active if e > start] + starting.get(start, [])
        ids = sorted({card for _, card in active})
        text = escape(body[start:end])
        if ids:
            marks += 1
            pieces.append(
                f'<mark data-card="{escape(" ".join(ids))}" data-start="{start}" data-end="{end}">{text}</mark>'
            )
        else:
            pieces.append(str(text))
    return Markup("".join(pieces)), marks


def render_review_page(articles: Sequence[Article], cards_file: CardsFile, title: str | None = None) -> str:
    """The whole page as a string (deterministic: same inputs, same bytes)."""
    cards = cards_file.cards
    stories = cards_file.stories or [
        Story(id="all", headline="All cards", articles=[a.id for a in articles], cards=[c.id for c in cards])
    ]
    outlet = {a.id: a.source or a.id for a in articles}
    story_of = {card_id: story.id for story in stories for card_id in story.cards}
    by_id = {c.id: c for c in cards}
    shown = [
        (story, [CardView(by_id[i], story.id, [outlet.get(s, s) for s in (by_id[i].sources or [by_id[i].article])])
                 for i in story.cards if i in by_id])
        for story in stories
    ]  # fmt: skip
    loose = [c for c in cards if c.id not in story_of]
    if loose:
        shown.append((Story(id="other", headline="Other cards", articles=[], cards=[c.id for c in loose]),
                      [CardView(c, "other", [outlet.get(c.article, c.article)]) for c in loose]))  # fmt: skip
    views = []
    spans = evidence_spans(cards)  # once for the page, not once per article
    for article in articles:
        body, marks = highlighted_body(article, cards, spans)
        views.append(ArticleView(article, body, marks))
    key = hashlib.sha256("\n".join(sorted(f"{c.id}:{c.claim}" for c in cards)).encode()).hexdigest()[:16]
    env = Environment(undefined=StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(TEMPLATE.read_text(encoding="utf-8"))
    counts = {status.value: sum(c.status is status for c in cards) for status in Status}
    return template.render(
        title=title or "factcards review",
        stories=shown,
        articles=views,
        counts=counts,
        total=len(cards),
        key=key,
        statuses=[s.value for s in Status],
    )
