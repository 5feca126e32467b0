"""Where someone went and where they left: "Aaron Cole has signed for Elmfield Rovers" against "has signed … with
Harbury United after leaving Elmfield Rovers". A club, firm or post the evidence has someone leave is not the one
they joined, and the other way round."""

from __future__ import annotations

import re

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import Hit
from factcards.text.names import NAME_RUN, key

_JOINED = re.compile(
    r"\b(?:signed\s+(?:[\w'’-]+\s+){0,5}?(?:for|with)|joined|joins|joining|(?:has|have|will)\s+join|moved\s+to"
    r"|moving\s+to|switched\s+to|transferred\s+to|returned\s+to|rejoined)\s+(?:the\s+)?"
    rf"(?P<at>{NAME_RUN})"
)
_LEFT = re.compile(
    r"\b(?:leaving|left|leaves|quit|quitting|quits|departed|departing|released\s+by|sacked\s+by|joined\s+from"
    rf"|signed\s+from|arrives\s+from|arrived\s+from)\s+(?:the\s+)?(?P<at>{NAME_RUN})"
)


def _places(pattern: re.Pattern[str], text: str) -> list[tuple[frozenset[str], str]]:
    """(the keys of each place so told, the words)."""
    return [(frozenset(key(w) for w in m.group("at").split()), m.group(0)) for m in pattern.finditer(text)]


def move_reversed(ctx: ClaimContext) -> Hit | None:
    """The claim has someone join the place the evidence has them leave (or leave the one it has them join), where
    the evidence has them join (or leave) another."""
    for mine, opposite, kept in ((_JOINED, _LEFT, _JOINED), (_LEFT, _JOINED, _LEFT)):
        for at, said in _places(mine, ctx.card.claim):
            for text in ctx.texts:
                same = _places(kept, text)
                if any(at & theirs for theirs, _ in same) or not same:
                    continue  # (the evidence tells the claim's move too, or no move of that way at all)
                other = next((words for theirs, words in _places(opposite, text) if at & theirs), None)
                if other is not None:
                    return ctx.said_against(said.rstrip("."), other.rstrip("."))
    return None


def move_told(ctx: ClaimContext) -> bool:
    """Whether every place the claim has someone join or leave is one the evidence has them join or leave too ("has
    joined Orm City" against "signed a deal with Orm City after leaving Lowbridge"), so that a word of leaving beside
    it is said of somewhere else."""
    told = False
    for pattern in (_JOINED, _LEFT):
        theirs = [at for text in ctx.texts for at, _ in _places(pattern, text)]
        for at, _ in _places(pattern, ctx.card.claim):
            if not any(at & other for other in theirs):
                return False
            told = True
    return told
