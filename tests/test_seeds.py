"""The two real articles in ../shared/seeds (skipped where ../shared is absent).

They are the kind of input the tool reads every morning: an inline `date 2024-04-26` header,
stray spaces before commas, and curly and straight quote marks mixed within one quotation.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from factcards.load import load_articles
from factcards.models import Kind, Status
from factcards.pipeline import build_brief


def test_seeds_load_with_their_inline_date(seeds_dir: Path) -> None:
    first, second = load_articles([seeds_dir])
    assert first.date == "2024-04-26"
    assert not first.body.startswith(("date", " date"))
    assert second.date is None


def test_seed_brief_grounds_every_verified_card(seeds_dir: Path) -> None:
    result = build_brief([seeds_dir])
    bodies = {a.id: a.body for a in result.articles}
    verified = [c for c in result.cards if c.status is Status.verified]
    assert len(verified) >= 10
    for card in verified:
        for e in card.evidence:
            assert bodies[e.article or card.article][e.start : e.end] == e.text
    for card in result.cards:
        assert card.status is Status.verified or card.reasons


def test_seed_quotes_are_attributed_to_blinken(seeds_dir: Path) -> None:
    result = build_brief([seeds_dir])
    quotes = [c for c in result.cards if c.kind is Kind.quote]
    assert quotes and all(c.speaker == "Antony Blinken" for c in quotes)


def test_seed_brief_is_commonmark_with_the_templates_headings(seeds_dir: Path) -> None:
    markdown = build_brief([seeds_dir]).markdown
    tokens = MarkdownIt("commonmark").parse(markdown)
    assert [t.tag for t in tokens if t.type == "heading_open"][:2] == ["h1", "h2"]
    assert not [t for t in tokens if t.type == "html_block"]


def test_the_two_seeds_are_one_story_with_their_shared_quotes_merged(seeds_dir: Path) -> None:
    result = build_brief([seeds_dir])
    [story] = result.stories
    assert sorted(story.articles) == ["000_8a40a684c3147605", "001_7d78023adf43d035"]
    by_id = {c.id: c for c in result.cards}
    two_source = [by_id[i] for i in story.cards if len(by_id[i].sources) == 2]
    quoted = " ".join(c.claim for c in two_source)
    assert "We have seen, generally speaking, evidence of attempts to influence and arguably interfere" in quoted
    assert "Any interference by China in our election" in quoted
    for card in two_source:
        assert {e.article or card.article for e in card.evidence} == set(story.articles)
    assert "**2 sources**" in result.markdown
