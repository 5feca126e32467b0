"""When it happens: a claim must not tell as done what its evidence says will be, nor the other way round.

"The bridge will close on Monday" does not say the bridge closed: written before Monday, the closure
may yet be put off. "The minister resigned" does not say the minister will resign. Coverage cannot see
either: the same verb is in both, in another tense.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import UNSUPPORTED, Hit, register
from factcards.text.dictionary import inflected_from
from factcards.text.words import Word, lemmas, words

# "will close", "will be closed", "is set to close", "are going to close": what is still to come.
# ("is expected to close" is a hedge too: FC204 says so.)
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|am)\s+(?:going|set|due|scheduled)\s+to|won['’]t)\s+"
    r"(?:not\s+|also\s+|now\s+|soon\s+|then\s+|still\s+|only\s+|again\s+)?(?:be\s+|have\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
# Words before a past form that make it something else: "had closed" and "was closed" are still
# past, but not "to be closed", "will be closed", "is directed by", "the closed road".
_NOT_SIMPLE_PAST = frozenset(
    "will would shall should to be been being is are am the a an can could may might must".split()
)
_PASSIVE_PAST = frozenset("was were".split())


def _future_verbs(text: str) -> dict[str, str]:
    """Lemma -> how the text writes it ("close" -> "will close")."""
    found: dict[str, str] = {}
    for m in _FUTURE.finditer(text):
        for lemma in lemmas(m.group("verb").lower()):
            found.setdefault(lemma, m.group(0))
    return found


def _past_verbs(found: list[Word], text: str) -> dict[str, Word]:
    """Lemma -> a verb in the simple past ("closed", "resigned", "was closed"), not one after "will",
    "to" or "be", nor a participle a comma or "by" shows to describe a noun ("the film, directed by
    Bill Condon"). One right after its noun ("the items featured in the sale") cannot be told from a
    past tense without parsing the sentence, and is read as one."""
    past: dict[str, Word] = {}
    for i, word in enumerate(found):
        before = found[i - 1].lower if i else ""
        if before in _NOT_SIMPLE_PAST:
            continue
        if before not in _PASSIVE_PAST and (
            text[: word.start].rstrip().endswith(",") or text[word.end : word.end + 4] == " by "
        ):
            continue
        for lemma in inflected_from(word.lower, "VBD"):
            if lemma != word.lower:  # "cut", "set", "put": as well the present, which says nothing of when
                past.setdefault(lemma, word)
    return past


@register("FC209", "tense-changed", UNSUPPORTED, "the claim tells as done what the evidence says will be, or back")
def tense_changed(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    evidence = " ".join(ctx.texts)
    their_future = _future_verbs(evidence)
    their_past = {k: v for t in ctx.texts for k, v in _past_verbs(list(words(t)), t).items()}
    if not their_future and not their_past:
        return
    my_future = _future_verbs(ctx.card.claim)
    for lemma, word in _past_verbs(list(ctx.claim_words), ctx.card.claim).items():
        if lemma in their_future and lemma not in their_past and lemma not in my_future:
            said = their_future[lemma]
            yield Hit(f'claim says "{word.text}" where the evidence says "{said}"', ctx.span_of(said),
                      ctx.home.article.id)  # fmt: skip
            return
    for lemma, said in my_future.items():
        if lemma in their_past and lemma not in their_future:
            theirs = their_past[lemma].text
            yield Hit(f'claim says "{said}" where the evidence says "{theirs}"', ctx.span_of(theirs),
                      ctx.home.article.id)  # fmt: skip
            return
