"""Is the quote in the article, and is the text it sits in reporting or an injection?"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, declare, register

QUOTE_MISSING = declare("FC101", "quote-missing", UNSUPPORTED, "an evidence quote is not in the article")
QUOTE_FUZZY = declare("FC102", "quote-fuzzy", REVIEW, "an evidence quote matches the article only approximately")
NO_EVIDENCE = declare("FC103", "no-evidence", UNSUPPORTED, "no evidence given and no sentence supports the claim")

# Text that addresses a language model rather than a reader: a claim "supported" only by it
# is an injection's payload, not the article's reporting.
_INSTRUCTION_LIKE = re.compile(
    r"ignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts|messages)"
    r"|disregard\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|your)"
    r"|you\s+are\s+now\s+(?:in\s+)?\w+|system\s+prompt|new\s+instructions|<<<|\{\s*\"cards\"|output\s+exactly",
    re.IGNORECASE,
)
_INSTRUCTION_HINTS = (
    "ignore",
    "disregard",
    "you are now",
    "prompt",
    "instructions",
    "<<<",
    '{"cards',
    "output exactly",
)


@register("FC104", "instruction-like", REVIEW, "the evidence reads like instructions to an AI model")
def instruction_like(ctx: ClaimContext) -> Iterator[Hit]:
    for text in ctx.texts:
        lowered = text.lower()
        if any(hint in lowered for hint in _INSTRUCTION_HINTS) and (m := _INSTRUCTION_LIKE.search(text)):
            yield Hit(
                "evidence sits in text that reads like instructions to an AI model (possible prompt injection)",
                ctx.span_of(m.group(0)),
                ctx.home.article.id,
            )
            return
