"""The two real articles in ../shared/seeds (skipped where ../shared is absent).

They are the kind of input the tool reads every morning: an inline `date 2024-04-26` header,
stray spaces before commas, and curly and straight quote marks mixed within one quotation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from factcards.grounding.verify import verify_cards
from factcards.load import load_articles
from factcards.models import Card, Evidence, Kind, Status
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


# What real LLM claims get wrong about these two articles, and what they get right in other words.
SEED_CLAIMS = [
    ("China warned the U.S. that further action might be taken over its support of Russia.",
     "Meanwhile, Blinken warned China that further action might be taken by the U.S. in addition to existing sanctions for its support of Russia.",
     None, "FC203"),
    ("China has said that U.S. support is enabling Russia to increase production of tanks.",
     "The U.S. has said that Chinese support is enabling Russia to increase production of tanks", None, "FC203"),
    ("Blinken announced new sanctions on China for its support of Russia.",
     "Meanwhile, Blinken warned China that further action might be taken by the U.S. in addition to existing sanctions for its support of Russia.",
     None, "FC201"),
    ("The U.S. will take further action against China for its support of Russia.",
     "Meanwhile, Blinken warned China that further action might be taken by the U.S. in addition to existing sanctions for its support of Russia.",
     None, "FC204"),
    ("Any interference by China in our election is totally unacceptable, Xi said.",
     '"Any interference by China in our election is something that we\'re looking very carefully at and is totally unacceptable to us',
     "Xi Jinping", "FC401"),
    ("China says it does not interfere in United States elections.",
     "China has repeatedly maintained it does not interfere in U.S. elections", None, None),
    ("Biden and Xi met for the first time in one year.", "Biden and Xi had met for the first time in a year", None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "quote", "speaker", "rule"), SEED_CLAIMS, ids=[c[3] or "faithful" for c in SEED_CLAIMS]
)
def test_real_claims_about_the_seeds_are_judged_right(
    seeds_dir: Path, claim: str, quote: str, speaker: str | None, rule: str | None
) -> None:
    first = load_articles([seeds_dir])[0]
    card = verify_cards([Card(article=first.id, kind=Kind.statement, claim=claim, speaker=speaker,
                              evidence=[Evidence(quote=quote)])], [first])[0]  # fmt: skip
    if rule is None:
        assert card.status is Status.verified, card.reasons
    else:
        assert card.status is not Status.verified
        assert rule in {f.code for f in card.findings}, card.reasons
