"""Whose a told deed is: "Judge Helen Moss closed the care home" against "Judge Helen Moss ruled that the council
had acted unlawfully when it closed the care home", and "Cleanway cited missed collections" against "Mayor Lena Cho
said the city would not renew its contract with Cleanway, citing missed collections".

The clause reader gives the judge "ruled" and the council "acted"; the deed the claim credits to the judge is one the
evidence tells only inside what she ruled, with a doer of its own before it. Only a person is read so: "Acme said it
would close the plant" and "Acme said the company would close it" are Acme's own deeds, told by a pronoun or its noun;
"he" and "she" may be the teller too. A reason given by an -ing form after a comma ("…, citing", "…, blaming") is the
speaker's, not another the sentence names.
"""

from __future__ import annotations

import re

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import Hit
from factcards.text.clauses import Clause, Party, clauses
from factcards.text.entity_types import entity_type
from factcards.text.lexicon import lexicon
from factcards.text.words import forms_by_class, is_content, lemmas, words

# Verbs that tell of another's deed as a finding, beside the lexicon's reporting verbs.
_FINDING = frozenset("rule find conclude decide judge".split())
# A deed's doer told by a pronoun, past what may stand between: "when it had closed", "it then closed".
_PRONOUN_DOER = re.compile(
    r"\b(?P<who>it|they)\s+(?:(?:has|have|had|was|were|is|are|will|would|could|should|then|also|later)\s+)*$",
    re.IGNORECASE,
)
# Where what was said opens: right after the verb, or after "that".
_THAT = re.compile(r"\s+(?:that\s+)?")


def teller_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "Judge Helen Moss closed the care home" against "Judge Helen Moss ruled that the council had acted unlawfully
    when it closed the care home": the claim credits a named person with a deed the evidence tells only in what she
    said or ruled, done by another ("the council", "it")."""
    telling = lexicon().reporting | _FINDING
    for mine in clauses(ctx.card.claim):
        doer = mine.doer
        if doer is None or mine.passive or mine.forms & telling or not doer.specific:
            continue
        if entity_type(doer.text) != "person":
            continue
        for text in ctx.texts:
            here = clauses(text)
            if any(c.forms & mine.forms and c.doer is not None and _one(c.doer, doer) for c in here):
                break  # the evidence has the person do it too
            for teller in here:
                if teller.doer is None or teller.passive or not teller.forms & telling or not _one(teller.doer, doer):
                    continue
                if found := _told_deed(text, teller, mine, doer, here):
                    other, deed = found
                    return Hit(
                        f'claim has "{doer.text}" as the one who "{mine.verb.text}"; in the evidence "{teller.doer.text}"'
                        f' only {teller.verb.text} that {other} "{deed}"',
                        ctx.span_of(deed),
                        ctx.home.article.id,
                    )
    return None


def _one(a: Party, b: Party) -> bool:
    """The same person: a key word of one is a key word of the other ("Moss" of "Judge Helen Moss")."""
    return bool(a.key & b.key)


def _told_deed(
    text: str, teller: Clause, mine: Clause, doer: Party, here: tuple[Clause, ...]
) -> tuple[str, str] | None:
    """(who the evidence has do it, the deed as written) for the claim's deed told after the teller's verb, in the
    same sentence part, with a doer of its own that is not the teller."""
    end = len(text)
    if cut := re.search(r"[;.!?](?:\s|$)", text[teller.verb.end :]):
        end = teller.verb.end + cut.start()
    # what was said opens right after the verb, on a clause's doer ("ruled that the council had acted"; not
    # "responded to the challenge … and looks to be winning")
    start = m.end() if (m := _THAT.match(text, teller.verb.end)) else teller.verb.end
    first = next((c for c in here if c.verb.start > start and c.doer is not None), None)
    if first is None or not text[start:].lower().startswith(first.doer.text.lower()):
        return None
    for c in here:
        if teller.verb.end < c.verb.start < end and c.forms & mine.forms and c.doer is not None:
            if _after_a_comma(text, c):
                return None  # ("said the city would drop it, citing delays": the citing may be the teller's)
            return (f'"{c.doer.text}"', c.verb.text) if not _one(c.doer, doer) else None
    for w in words(text[teller.verb.end : end]):
        if not lemmas(w.lower) & mine.forms:
            continue
        at = teller.verb.end + w.start
        if pronoun := _PRONOUN_DOER.search(text, teller.verb.end, at):
            return f'"{pronoun.group("who")}"', w.text
        return None
    return None


# Verbs that give a reason or a view, whose -ing form after a comma is the speaker's: "…, citing repeated delays",
# "…, blaming a fall in passengers" (not "appointed Grace Obi …, replacing Paul Hart", which is hers).
_GIVING_REASONS = frozenset(
    "cite blame say claim warn argue insist add describe call accuse criticise criticize praise welcome".split()
)


def participle_given_away(ctx: ClaimContext) -> Hit | None:
    """ "Cleanway cited repeated missed collections" against "Mayor Lena Cho said the city would not renew its contract
    with the waste firm Cleanway …, citing repeated missed collections": a deed told by an -ing form after a comma is
    the doer's of the clause before it, not another the sentence names."""
    for mine in clauses(ctx.card.claim):
        doer = mine.doer
        if doer is None or mine.passive or not (doer.specific or _a_name(doer)):
            continue
        for text in ctx.texts:
            if not all(re.search(rf"\b{re.escape(k)}", text, re.IGNORECASE) for k in doer.key if len(k) > 3):
                continue  # (the claim's doer named in the sentence, in another part)
            here = clauses(text)
            if any(c.doer is not None and _one(c.doer, doer) for c in here):
                break  # (the claim's one does a deed of the sentence: the -ing form may be theirs)
            for c in here:
                if c.forms & mine.forms & _GIVING_REASONS and _after_a_comma(text, c) and c.doer is not None:
                    # (shown by the sentence's first doer: "Mayor Lena Cho said …, citing")
                    first = next(d.doer for d in here if d.doer is not None)
                    return Hit(
                        f'claim has "{doer.text}" as the one who "{mine.verb.text}"; in the evidence "{first.text}" '
                        f'did, "{c.verb.text}"',
                        ctx.span_of(c.verb.text),
                        ctx.home.article.id,
                    )
    return None


def _a_name(party: Party) -> bool:
    """ "Cleanway" opening a claim: a capitalized word the dictionary does not know (not "The" or "A")."""
    return any(w.capitalized and is_content(w.lower) and not forms_by_class(w.lower) for w in words(party.text))


def _after_a_comma(text: str, clause: Clause) -> bool:
    """ "…, citing repeated delays": an -ing form after a comma, whose doer is one told before it."""
    return clause.verb.lower.endswith("ing") and text[: clause.verb.start].rstrip().endswith(",")
