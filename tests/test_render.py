"""The brief: valid CommonMark whose structure only the template makes, whatever the articles say."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcards.errors import UsageError
from factcards.extractors.offline import OfflineExtractor
from factcards.models import Article
from factcards.output.brief import compose_brief
from factcards.output.markdown import inline, url
from factcards.output.render import render_brief
from factcards.pipeline import extract_cards
from factcards.stories.merge import assemble_stories

HOSTILE = (
    "# Not a heading | not a table *not bold* `not code` <script>alert(1)</script> said Ann Lee on Friday.\n\n"
    "---\n\n"
    "- not a list: 40 potholes [click](javascript:alert(2)) <img src=x onerror=alert(3)> were fixed, officials said.\n\n"
    "1. Not numbered: the council said the budget of $2.1 million ***was*** ~~final~~ &amp; \\ closed."
)


def brief_of(articles: list[Article], template: Path | None = None) -> str:
    stories, cards = assemble_stories(articles, extract_cards(articles, OfflineExtractor()))
    return render_brief(compose_brief(articles, stories, cards, date="2025-05-02", extractor="offline"), template)


def structure(markdown: str) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Headings (level, text), html tokens and link targets of a CommonMark document."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    headings, html, links = [], [], []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            text = "".join(c.content for c in tokens[i + 1].children or [] if c.type == "text")
            headings.append((token.tag, text))
        if token.type in ("html_block", "html_inline"):
            html.append(token.content)
        for child in token.children or []:
            if child.type in ("html_inline", "html_block"):
                html.append(child.content)
            if child.type == "link_open":
                links.append(child.attrGet("href"))
            if child.type == "image":
                links.append(child.attrGet("src"))
    return headings, html, links


def test_hostile_article_text_renders_as_text() -> None:
    article = Article(
        id="x",
        title="# Title | <b>bold</b>",
        source="[Evil](javascript:x)",
        url="javascript:alert(1)",
        date="2025-05-02",
        body=HOSTILE,
    )
    markdown = brief_of([article])
    headings, html, links = structure(markdown)
    assert [level for level, _ in headings] == ["h1", "h2", "h3", "h2"]
    assert headings[1][1].startswith("1. # Title | <b>bold</b>")  # literal text, one heading
    assert html == []
    assert links == []
    assert "<script>" not in MarkdownIt("commonmark").render(markdown)


def test_only_the_sources_own_http_urls_become_links() -> None:
    good = Article(
        id="g",
        title="Good",
        url="https://example.test/a b",
        date="2025-05-02",
        body="The council met on Friday and voted 5 to 2 to fund the library.",
    )
    _, _, links = structure(brief_of([good]))
    assert links == ["https://example.test/a%20b"]


def test_the_brief_is_byte_identical_across_runs() -> None:
    article = Article(id="x", date="2025-05-02", body=HOSTILE)
    assert brief_of([article]) == brief_of([article])


def test_a_custom_template_runs_sandboxed() -> None:
    article = Article(id="x", date="2025-05-02", body="The council voted 7 to 2 on Friday to approve the budget.")
    tmp = Path(__file__).parent / ".tmp-template.md.j2"
    try:
        tmp.write_text(
            "{{ brief.counts.cards }} cards; {{ brief.sections[0].verified[0].claim | md }}\n", encoding="utf-8"
        )
        assert brief_of([article], tmp) == "1 cards; The council voted 7 to 2 on Friday to approve the budget.\n"
        tmp.write_text("{{ brief.__class__.__init__.__globals__ }}\n", encoding="utf-8")
        with pytest.raises(UsageError, match="template error"):
            brief_of([article], tmp)
    finally:
        tmp.unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# x", "\\# x"),
        ("---", "\\---"),
        ("1. one", "1\\. one"),
        ("a | b", "a \\| b"),
        ("two\nlines", "two lines"),
        ("<b>", "\\<b\\>"),
    ],
)
def test_inline_escaping(text: str, expected: str) -> None:
    assert inline(text) == expected


def test_urls_other_than_http_are_refused() -> None:
    assert url("javascript:alert(1)") is None
    assert url("data:text/html,x") is None
    assert url("/relative") is None
    assert url("https://example.test/x)y") == "https://example.test/x%29y"


@settings(max_examples=80, deadline=None)
@given(st.text(min_size=1, max_size=400).filter(lambda s: s.strip()))
def test_any_article_text_keeps_the_templates_structure(body: str) -> None:
    article = Article(id="fuzz", title=body[:60], source=body[-30:], date="2025-05-02", body=body)
    headings, html, links = structure(brief_of([article]))
    assert headings[0][0] == "h1" and headings[-1] == ("h2", "Sources")
    assert {level for level, _ in headings} <= {"h1", "h2", "h3"}
    assert sum(level == "h2" for level, _ in headings) == 2
    assert html == [] and links == []


def test_a_story_over_its_budget_says_how_many_cards_were_left_out() -> None:
    from factcards.models import Article, Card, Evidence, Status, Story
    from factcards.output.brief import compose_brief
    from factcards.output.render import render_brief

    article = Article(id="a", body=" ".join(f"Sentence number {i} says something." for i in range(30)))
    cards = [Card(article="a", kind="event", claim=f"Sentence number {i} says something.", status=Status.verified,
                  evidence=[Evidence(quote=f"Sentence number {i} says something.")]) for i in range(30)]  # fmt: skip
    story = Story(id="s", headline="Thirty facts", articles=["a"], cards=[c.id for c in cards])
    brief = compose_brief([article], [story], cards, date=None, extractor="offline", story_cards=24)
    text = render_brief(brief)
    assert "*6 more verified cards from this story are in the cards file (the brief shows 24).*" in text


def test_in_brief_leads_with_a_fact_that_stands_on_its_own_corroborated_in_full() -> None:
    from factcards.models import Card, Status
    from factcards.output.brief import offline_summary

    def verified(claim: str, sources: list[str], partial: list[str] | None = None) -> Card:
        return Card(
            article=sources[0], kind="statement", claim=claim, status=Status.verified,
            sources=sources, partial_sources=partial or [],
        )  # fmt: skip

    pronoun_quote = verified("“He also had a great sense of humor,” she said.", ["a", "b"])
    that = verified("That's according to the sheriff, who spoke to reporters on Monday.", ["a", "b"])
    partly = verified("The sheriff said the shooting was a tragic accident, and deputies fired.", ["a", "b"], ["b"])
    lead = verified("The Bexar County Sheriff says the shooting of a 6-year-old boy was a tragic accident.", ["c"])
    twice = verified("Deputies fired at a woman they believed was armed, the sheriff said.", ["a", "c"])
    summary = offline_summary([pronoun_quote, that, partly, lead, twice])
    assert [s.text for s in summary] == [twice.claim, partly.claim, lead.claim]


def test_a_photo_caption_a_cut_sentence_or_a_bare_quotation_never_leads_in_brief() -> None:
    from factcards.models import Card, Status
    from factcards.output.brief import offline_summary

    def verified(claim: str) -> Card:
        return Card(article="a", kind="statement", claim=claim, status=Status.verified, sources=["a"])

    captions = [
        verified("In this March 3, 2025, file photo, Mayor Lena Okafor speaks at the harbour in Port Alden."),
        verified("Crews inspect the Harbor Bridge cables in Port Alden, Monday, March 24, 2025."),
        verified("Lena Okafor (2nd L) and Tomas Reyes (R) walk on Quay Road."),
    ]
    cut = verified("The board said in a statement that the mayor had been...")  # the page cut it short
    bare = verified("“We can't keep patching it, so we close it.”")  # whose words is in another sentence
    lead = verified("The Harbor Bridge will close for six weeks while crews replace its cables.")
    assert offline_summary([*captions, cut, bare, lead])[0].text == lead.claim
