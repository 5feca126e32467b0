"""Numbers and dates: a claim may say them in other words, never change them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, register
from factcards.text.claims import NumberAtom, same_number
from factcards.text.dates import DateMention, parse_date


def surfaces(items: Iterable[str]) -> str:
    unique = list(dict.fromkeys(items))
    return ", ".join(f'"{s}"' for s in unique[:4])


def _one_as_article(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "one year" is "a year": a claim's "one" is supported by "a"/"an" before the same word."""
    if number.value != 1 or number.ordinal:
        return False
    claim = ctx.card.claim
    at = claim.find(number.surface)
    follower = re.match(r"[\s-]+(\w+)", claim[at + len(number.surface) :]) if at >= 0 else None
    if follower is None:
        return False
    pattern = re.compile(rf"\b(?:a|an|single)[\s-]+{re.escape(follower.group(1))}", re.IGNORECASE)
    return any(pattern.search(t) for t in ctx.texts)


@register("FC301", "number-mismatch", UNSUPPORTED, "a number in the claim is not in its evidence")
def numbers(ctx: ClaimContext) -> Iterator[Hit]:
    found = [n for a in ctx.seen for n in a.numbers]
    for number in ctx.claim.numbers:
        if any(same_number(number, other) for other in found) or _one_as_article(number, ctx):
            continue
        alike = [n.surface for n in found if n.ordinal == number.ordinal]
        says = f" (evidence says {surfaces(alike)})" if alike else ""
        span = ctx.span_of(alike[0]) if alike else ctx.window_span()
        yield Hit(f'number "{number.surface}" not in evidence{says}', span, ctx.home.article.id)


def granularity(mention: DateMention) -> str:
    if mention.key.startswith(("weekday", "day")) or len(mention.key) in (7, 10):
        return "day"
    return "month" if mention.key.startswith("--") or len(mention.key) == 7 else "year"


def date_supported(mention: DateMention, others: list[DateMention]) -> bool:
    for other in others:
        if mention.key == other.key:
            return True
        if mention.resolved and other.resolved and other.resolved.startswith(mention.resolved):
            return True
        # "in November" is supported by "November 14, 2023"; "April 26" by "2024-04-26".
        if mention.key.startswith("--") and other.resolved and other.resolved[4:].startswith(mention.key[1:]):
            return True
        if mention.key.startswith("weekday-") and other.resolved and len(other.resolved) == 10:
            day = parse_date(other.resolved)
            if day is not None and day.weekday() == int(mention.key.split("-")[1]):
                return True
    return False


def _unsupported_dates(ctx: ClaimContext) -> Iterator[tuple[DateMention, list[str]]]:
    found = [d for a in ctx.seen for d in a.dates]
    for mention in ctx.claim.dates:
        if not date_supported(mention, found):
            yield mention, [d.surface for d in found if granularity(d) == granularity(mention)]


@register("FC302", "date-mismatch", UNSUPPORTED, "a date in the claim differs from the evidence's date")
def dates_changed(ctx: ClaimContext) -> Iterator[Hit]:
    for mention, alike in _unsupported_dates(ctx):
        if alike:
            yield Hit(
                f'date "{mention.surface}" not in evidence (evidence says {surfaces(alike)})',
                ctx.span_of(alike[0]),
                ctx.home.article.id,
            )


@register("FC303", "date-absent", REVIEW, "a date in the claim is not in its evidence, which gives none")
def dates_absent(ctx: ClaimContext) -> Iterator[Hit]:
    for mention, alike in _unsupported_dates(ctx):
        if not alike:
            yield Hit(f'date "{mention.surface}" is not in the evidence', ctx.window_span(), ctx.home.article.id)
