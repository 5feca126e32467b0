"""The perturbation bench: real-style sentences and claims changed the way LLM summaries go wrong."""

from __future__ import annotations

from bench.perturb import judge, run


def test_no_faithful_restatement_is_held_back() -> None:
    held_back = [claim for claim, supported, verified in judge() if supported and not verified]
    assert held_back == []


def test_the_rows_count_what_was_judged() -> None:
    judged = judge()
    total, let_through, held_back = (row.value for row in run("small"))
    assert total == len(judged)
    assert let_through == sum(1 for _, supported, verified in judged if verified and not supported)
    assert held_back == 0
