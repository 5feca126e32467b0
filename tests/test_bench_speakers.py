"""The speaker benchmark's reading of stand-off attributions and how it scores a card's speaker."""

from __future__ import annotations

from bench.speakers import Annotated, Attribution, _attributions, judge
from factcards.models import Article, Card, Evidence

BODY = (
    "Mayor Dana Kreel opened the bridge on Monday.\n\n"
    "“It took nine years,” Kreel said.\n\n"
    "“We paid for every bolt,” she added.\n\n"
    "“Turnout decided it,” said a Wexley Republican.\n\n"
    "“We will build it again,” the rowing club wrote.\n"
)


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


def _card(quote: str, speaker: str | None) -> Card:
    start, end = _span(quote)
    return Card(
        id="c",
        article="a",
        kind="quote",
        claim=quote,
        speaker=speaker,
        evidence=[Evidence(quote=quote, start=start, end=end)],
    )


def _item() -> Annotated:
    kreel, she, republican = _span("Kreel said"), _span("she"), _span("a Wexley Republican")
    club = _span("the rowing club")
    return Annotated(
        Article(id="a", body=BODY),
        [
            Attribution((kreel[0], kreel[0] + 5, "Kreel"), _span("“It took nine years,”"), "said"),
            Attribution((she[0], she[1], "she"), _span("“We paid for every bolt,”"), "added"),
            Attribution((republican[0], republican[1], "a Wexley Republican"), _span("“Turnout decided it,”"), "said"),
            Attribution((club[0], club[1], "the rowing club"), _span("“We will build it again,”"), "wrote"),
        ],
    )


def test_stand_off_lines_become_attributions_with_source_cue_and_content() -> None:
    text = "T1\tSource 0 5\tKreel\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit opened\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tok\n"
    [found] = _attributions(text)
    assert found.source == (0, 5, "Kreel") and found.content == (11, 20) and found.cue == "said"


def test_a_named_source_scores_the_speaker_by_name() -> None:
    assert judge(_card("“It took nine years,”", "Dana Kreel"), _item()) == "right"
    assert judge(_card("“It took nine years,”", "Wexley"), _item()) == "wrong"


def test_a_pronoun_source_means_the_person_last_given_by_name() -> None:
    assert judge(_card("“We paid for every bolt,”", "Dana Kreel"), _item()) == "right"
    assert judge(_card("“We paid for every bolt,”", "Olu Barros"), _item()) == "wrong"


def test_an_anonymous_source_may_be_described_but_not_named() -> None:
    assert judge(_card("“Turnout decided it,”", "a Wexley Republican"), _item()) == "right"
    assert judge(_card("“Turnout decided it,”", "Dana Kreel"), _item()) == "anonymous named"


def test_a_source_described_as_the_article_describes_it_is_right_and_no_other_description_is() -> None:
    assert judge(_card("“We will build it again,”", "the rowing club"), _item()) == "right"
    assert judge(_card("“We will build it again,”", "a Wexley Republican"), _item()) == "wrong"
