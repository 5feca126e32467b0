"""Locating quotes: exact, normalized (mapped back to exact offsets), fuzzy, missing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcards.grounding.align import locate_quote
from factcards.models import Article, Match
from factcards.text.document import Document
from factcards.text.normalize import NormalizedText, fold

BODY = (
    "US Secretary of State Antony Blinken , during the final day of his three-day visit, "
    "said the US saw attempts to “influence and arguably interfere” in the elections.\n\n"
    "“We are focused on areas where we’re working to cooperate,” he said — and … more."
)


def doc(body: str = BODY) -> Document:
    return Document(Article(id="a", body=body))


def test_exact_quote() -> None:
    found = locate_quote(doc(), "the final day of his three-day visit")
    assert found.match is Match.exact
    assert BODY[found.start : found.end] == "the final day of his three-day visit"


def test_straight_quotes_stray_spaces_and_ellipsis_match_after_normalizing() -> None:
    d = doc()
    for quote, original in [
        ('"influence and arguably interfere"', "“influence and arguably interfere”"),
        ("Antony Blinken, during the final day", "Antony Blinken , during the final day"),
        ("where we're working to cooperate", "where we’re working to cooperate"),
        ("he said - and ... more", "he said — and … more"),
        ("interfere” in the\nelections.   “We are", "interfere” in the elections.\n\n“We are"),
    ]:
        found = locate_quote(d, quote)
        assert found.match is Match.normalized, quote
        assert BODY[found.start : found.end] == original


def test_a_quote_with_a_word_changed_is_fuzzy_with_its_score() -> None:
    found = locate_quote(doc(), "said the US saw attempts to influence and interfere in the elections")
    assert found.match is Match.fuzzy
    assert 88 <= found.score < 100
    assert BODY[found.start : found.end].startswith("said the US saw attempts")
    assert BODY[found.start : found.end].endswith("elections")


def test_an_invented_quote_is_missing() -> None:
    assert locate_quote(doc(), "China agreed to stop all interference immediately").match is Match.missing
    assert locate_quote(doc(), "   ").match is Match.missing


def test_near_prefers_the_occurrence_the_card_pointed_at() -> None:
    body = "The vote was close. Later, the vote was close again."
    second = body.index("the vote", 5)
    found = locate_quote(doc(body), "the vote was close", near=second)
    assert found.start == second


quote_marks = {'"': "“”„", "'": "‘’"}
article_text = st.text(
    alphabet=st.sampled_from(list("abcdefgh XYZ,.;:!?-—–'\"“”‘’…\n\t\u00a0")), min_size=1, max_size=300
)


def perturb(text: str, choices: st.DataObject) -> str:
    """Change white space and quote marks the way copy-editing and feeds do."""
    out = []
    for ch in text:
        if ch.isspace():
            out.append(choices.draw(st.sampled_from([" ", "  ", "\n", "\t", " \n "])))
        elif ch in '"“”„':
            out.append(choices.draw(st.sampled_from(['"', "“", "”"])))
        elif ch in "'‘’":
            out.append(choices.draw(st.sampled_from(["'", "‘", "’"])))
        else:
            out.append(ch)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(body=article_text, data=st.data())
def test_any_substring_perturbed_is_found_at_offsets_that_reproduce_it(body: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    quote = perturb(body[start:end], data)
    if not fold(quote):
        return  # nothing but white space: not a quote
    found = locate_quote(doc(body), quote)
    assert found.match in (Match.exact, Match.normalized)
    assert 0 <= found.start < found.end <= len(body)
    assert fold(body[found.start : found.end]) == fold(quote)


@settings(max_examples=300, deadline=None)
@given(body=st.text(max_size=300), quote=st.text(max_size=80))
def test_the_aligner_never_raises_and_stays_inside_the_body(body: str, quote: str) -> None:
    found = locate_quote(doc(body or "x"), quote)
    assert 0 <= found.start <= found.end <= len(body or "x")


@given(st.text(max_size=200))
def test_normalized_text_maps_every_span_back_inside_the_original(original: str) -> None:
    norm = NormalizedText.of(original)
    for i in range(len(norm.text)):
        start, end = norm.to_original(i, i + 1)
        assert 0 <= start < end <= len(original)
