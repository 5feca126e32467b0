"""The rule a model's second opinion raises (`--judge openai`): it can only ask for review."""

from __future__ import annotations

from factcards.grounding.checks.registry import REVIEW, declare

JUDGE_DOUBT = declare(
    "FC501",
    "judge-doubt",
    REVIEW,
    "a model, asked for a second opinion, judged the evidence does not support the claim",
)
