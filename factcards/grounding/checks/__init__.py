"""Checks as named rules: every way a claim can fail its evidence, one small rule each.

Importing this package registers every rule; `RULES` maps codes to them.
"""

from factcards.grounding.checks import (  # noqa: F401  (registers)
    entities,
    figures,
    location,
    meaning,
    quoted,
    roles,
    rules_judge,
    speakers,
    tense,
)
from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import RULES, Hit, Rule, check_codes, reason

__all__ = ["RULES", "ClaimContext", "Hit", "Rule", "check_codes", "reason", "run_checks"]


def run_checks(ctx: ClaimContext, ignore: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """Every registered rule's findings for one card, in code order."""
    found = []
    for code in sorted(RULES):
        rule = RULES[code]
        if rule.check is None or code in ignore:
            continue
        found.extend(rule.finding(hit) for hit in rule.check(ctx))
    return found
