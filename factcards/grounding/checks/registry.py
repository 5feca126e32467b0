"""The registry of checks: each a small rule with a stable code, a name and a severity.

Like ruff's rules, a check is found by its code (`FC201`), named in every reason it gives
(`FC201 role-swap: …`), documented with a passing and a failing example in `docs/checks.md`,
and can be switched off for a run (`--ignore FC305`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcards.models import Finding, Status

REVIEW = Status.needs_review
UNSUPPORTED = Status.unsupported


@dataclass(frozen=True)
class Hit:
    """What a rule found: the message naming the words at fault, and where they are."""

    message: str
    span: tuple[int, int] | None = None
    article: str | None = None


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Status
    summary: str  # one line for docs and --help
    check: Callable[..., Iterable[Hit]] | None = None  # None: raised by the verifier itself (locating quotes)

    def finding(self, hit: Hit) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            severity=self.severity,
            message=hit.message,
            span=list(hit.span) if hit.span else None,
            article=hit.article,
        )


RULES: dict[str, Rule] = {}


def register(code: str, name: str, severity: Status, summary: str) -> Callable:
    """Decorator: add a check function to the registry under `code`."""

    def add(check: Callable[..., Iterable[Hit]] | None) -> Callable[..., Iterable[Hit]] | None:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, name, severity, summary, check)
        return check

    return add


def declare(code: str, name: str, severity: Status, summary: str) -> Rule:
    """A rule the verifier raises itself (a quote not found), registered for docs and --ignore."""
    register(code, name, severity, summary)(None)
    return RULES[code]


def reason(finding: Finding) -> str:
    return f"{finding.code} {finding.rule}: {finding.message}"


def check_codes(codes: Iterable[str]) -> frozenset[str]:
    """Validate codes given to --ignore; unknown ones are an error naming them."""
    wanted = frozenset(c.strip().upper() for c in codes if c.strip())
    unknown = sorted(wanted - RULES.keys())
    if unknown:
        raise ValueError(f"unknown check code {', '.join(unknown)} (known: {', '.join(sorted(RULES))})")
    return wanted
