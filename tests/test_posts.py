"""The post someone served in, read after "as"."""

from __future__ import annotations

from factcards.grounding.checks.posts import post_swapped
from factcards.text.words import lemmas, words


def _swapped(claim: str, evidence: str) -> tuple[str, str] | None:
    gone = frozenset(
        w.start for w in words(claim) if not lemmas(w.lower) & {f for e in words(evidence) for f in lemmas(e.lower)}
    )
    forms = frozenset(f for w in words(claim) for f in lemmas(w.lower))
    return post_swapped(claim, gone, [evidence], forms)


def test_a_post_after_as_set_against_the_evidence_s_other_post() -> None:
    evidence = "Ken Ash served on the board of the Orm trust as treasurer for ten years."
    assert _swapped("Ken Ash served on the board as its chairman.", evidence) == ("as its chairman", "as treasurer")
    assert _swapped("Ken Ash served on the board as treasurer.", evidence) is None


def test_as_before_what_is_no_post_is_not_read() -> None:
    # ("as soon as", "as a result": no post on either side)
    evidence = "The road reopened as soon as the repairs were done."
    assert _swapped("The road reopened as a result of the repairs.", evidence) is None
