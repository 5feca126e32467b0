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
from factcards.text.names import is_role
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
        if doer is None or mine.passive or mine.forms & telling or not (doer.specific or _a_post_holder(doer)):
            continue
        if entity_type(doer.text) != "person" and not _a_post_holder(doer):
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


def _a_post_holder(party: Party) -> bool:
    """ "A judge", "the coroner": one person told by their post, whose "it" and "they" are someone else."""
    found = words(party.text)
    return bool(found) and is_role(found[-1].lower) and found[0].lower in ("a", "an", "the")


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


# Sayings told as nouns, with whose they are after "from": "warnings from installers", "complaints from residents".
_SAYING_NOUNS = {
    "warn": r"warnings?",
    "complain": r"complaints?",
    "criticise": r"criticism",
    "criticize": r"criticism",
    "threaten": r"threats?",
    "demand": r"demands?",
    "request": r"requests?",
    "appeal": r"appeals?",
    "object": r"objections?",
    "urge": r"calls?",
}
_FROM = (
    r"\s+from\s+(?:the\s+|some\s+|local\s+|angry\s+)?"
    r"(?P<who>[a-z][\w'’-]*(?:\s+(?!(?:that|about|over|of|to|and|who|which|for|after|on)\b)[a-z][\w'’-]*){0,2})"
)


def saying_noun_turned(ctx: ClaimContext) -> Hit | None:
    """ "The government warned installers they could not train enough staff" against "…, after warnings from
    installers that they could not train enough staff": the ones a saying told as a noun came from, told as the
    ones it was said to."""
    for mine in clauses(ctx.card.claim):
        if mine.passive or mine.doer is None:
            continue
        # (the one told, as the clause reader has them or as the word right after the verb: "warned installers they")
        told = mine.done_to.head if mine.done_to else _told_next(ctx.card.claim, mine.verb.end)
        if not told:
            continue
        for verb, noun in _SAYING_NOUNS.items():
            if verb not in mine.forms:
                continue
            said_from = re.compile(rf"\b{noun}{_FROM}", re.IGNORECASE)
            for text in ctx.texts:
                for m in said_from.finditer(text):
                    who = frozenset().union(*(lemmas(w.lower) for w in words(m.group("who"))))
                    if who & told and not who & mine.doer.key:
                        return Hit(
                            f'claim has "{mine.doer.text}" as the one who "{mine.verb.text}"; in the evidence the '
                            f'saying came from the others ("{m.group(0)}")',
                            ctx.span_of(m.group(0)),
                            ctx.home.article.id,
                        )
    return None


_TOLD_NEXT = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?P<who>[a-z][\w-]*)\b")


def _told_next(claim: str, end: int) -> frozenset[str]:
    """The lemmas of a noun right after a verb of saying: "warned installers they …"."""
    m = _TOLD_NEXT.match(claim, end)
    forms = forms_by_class(m.group("who")) if m else {}
    if m is None or (forms and "NOUN" not in forms) or m.group("who") in ("that", "of", "about"):
        return frozenset()
    return lemmas(m.group("who"))
