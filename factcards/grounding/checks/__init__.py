"""Checks as named rules: every way a claim can fail its evidence, one small rule each.

Importing this package registers every rule; `RULES` maps codes to them.
"""

from factcards.grounding.checks import (  # noqa: F401  (registers)
    certainty,
    coverage,
    degree,
    entities,
    figures,
    location,
    negation,
    quoted,
    roles,
    rules_judge,
    speakers,
    tense,
)
from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import RULES, Hit, Rule, check_codes, reason

__all__ = ["RULES", "ClaimContext", "Hit", "Rule", "check_codes", "fails_any", "reason", "run_checks"]


def run_checks(ctx: ClaimContext, ignore: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """Every registered rule's findings for one card, in code order."""
    found = []
    for code in sorted(RULES):
        rule = RULES[code]
        if rule.check is None or code in ignore:
            continue
        found.extend(rule.finding(hit) for hit in rule.check(ctx))
    return found


# Rules that most often fail another outlet's span of a merged card (the quoted words differ,
# the card's who or where is not in that article), tried first: the answer is the same in any order.
_OFTEN_FIRST = frozenset({"FC404", "FC406"})


def fails_any(ctx: ClaimContext, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether any rule finds fault, stopping at the first that does: all a caller asking only
    "verified or not" needs (the second outlet of a merged card), at a fraction of the cost
    when an early rule fails."""
    for code in sorted(RULES, key=lambda c: (c not in _OFTEN_FIRST, c)):
        rule = RULES[code]
        if rule.check is not None and code not in ignore and next(iter(rule.check(ctx)), None) is not None:
            return True
    return False
