"""Whether it happened at all: negations added, dropped or reworded."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from factcards.grounding.checks.bindings import CLEARED_SOMEONE_OF, verdicts
from factcards.grounding.checks.context import (
    DONE_WRONG_AFTER,
    ClaimContext,
    claim_forms,
    content_words,
    evidence_negates,
    on_other_sides,
    sides_of,
)
from factcards.grounding.checks.framing import NO_REPORTS_OF
from factcards.grounding.checks.registry import UNSUPPORTED, Hit, register
from factcards.grounding.checks.roles import AUXILIARY, doer_before, opening_doer, participants, subject_gap
from factcards.text.attribution import claimed_by
from factcards.text.claims import ClaimAtoms, Negation, stem
from factcards.text.clauses import LIGHT
from factcards.text.dictionary import inflected_from, is_word
from factcards.text.lexicon import lexicon
from factcards.text.words import (
    Word,
    content_lemmas,
    forms_by_class,
    is_content,
    lemmas,
    paraphrase_groups,
    same_family,
    words,
)

_NEGATING_PREFIXES = ("non-", "non", "un", "dis", "in", "im", "il", "ir")


def _opposite_by_prefix(word: str, base: str) -> bool:
    """ "uncontrolled" is the opposite of "controlled", "illegal" of "legal": a negating prefix
    on a word the dictionary knows as an adjective ("indoor" is not "not door", "unveil" not
    "not veil"). "un"/"non" also make words the dictionary lacks ("uncrewed")."""
    for prefix in _NEGATING_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] == base and len(base) >= 4:
            classes = forms_by_class(word)
            described = "ADJ" in forms_by_class(base) or base.endswith("ed")  # "legal", "crewed"; not "profit"
            if "ADJ" in classes:
                return described
            if "ADV" in classes and base.endswith("ly") and "ADV" in forms_by_class(base):
                return True  # "unlawfully" of "lawfully"
            return not classes and prefix in ("un", "non", "non-") and described and is_word(base)
    return False


_NOT_WORD = re.compile(r"\b(not|without)\s+(?:be\s+|been\s+)?([a-z]+)\b", re.IGNORECASE)


def _said_in_a_word(ctx: ClaimContext) -> set[str]:
    """The words the claim negates where its "not X" is a side of an opposition the evidence takes in other words:
    "found not guilty" against "acquitted" or "cleared … of" (the lexicon's oppositions)."""
    opposition = lexicon().opposition
    # "cleared care home manager Linda Shaw, 58, of manslaughter" is "cleared of" it
    evidence = CLEARED_SOMEONE_OF.sub("cleared of", " ".join(ctx.texts).lower())
    evidence_forms = {f for w in ctx.evidence_words for f in lemmas(w.lower)} | {w.lower for w in ctx.evidence_words}
    found = set()
    # ("without recharging" against "on a single charge", as the lexicon has it)
    for m in _NOT_WORD.finditer(ctx.card.claim):
        for group, side in opposition.get(f"{m.group(1).lower()} {m.group(2).lower()}", ()):
            forms = lexicon().opposition_sides[group][side]
            if any((" " in f and re.search(rf"\b{re.escape(f)}\b", evidence)) or f in evidence_forms for f in forms):
                found.add(stem(m.group(2).lower()))
    return found


def _negated_by_prefix(target: str | None, ctx: ClaimContext) -> bool:
    """The evidence turns the claim's negated word with a prefix: "not disclosed" is "undisclosed"."""
    return bool(target) and any(
        target in _prefixed_stems(w.lower[len(prefix) :]) and _opposite_by_prefix(w.lower, w.lower[len(prefix) :])
        for w in ctx.evidence_words
        for prefix in _NEGATING_PREFIXES
        if w.lower.startswith(prefix)
    )


_SCRAPPED_CHARGE = re.compile(
    r"\b(?:scrap|abolish|axe|end|drop|waive)\w*\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|fares?)\s+for\s+(?:the\s+)?"
    r"(?P<who>[a-z]+)",
    re.IGNORECASE,
)
_PAYING = frozenset({"pay", "paid", "paying", "pays"})


def _charge_scrapped_for(negation: Negation, ctx: ClaimContext) -> bool:
    """Whether the claim's "no longer pay" is said of those whose charge the evidence scraps."""
    if negation.target not in {stem(w) for w in _PAYING}:
        return False
    at = ctx.card.claim.lower().find(negation.surface.lower())
    before = {f for w in words(ctx.card.claim[: max(at, 0)]) for f in lemmas(w.lower)}
    return any(lemmas(m.group("who").lower()) & before for text in ctx.texts for m in _SCRAPPED_CHARGE.finditer(text))


def _stopped_for_no_longer(negation: Negation, ctx: ClaimContext) -> bool:
    """Whether the claim's "no longer" is said of a deed the evidence has stopped ("stop selling" is no longer
    selling)."""
    if negation.surface.lower() != "no" or not negation.target or "no longer" not in ctx.card.claim.lower():
        return False
    return any(stem(m.group("deed").lower()) == negation.target for text in ctx.texts for m in _STOPPING.finditer(text))


def _prefixed_stems(base: str) -> set[str]:
    """The stems a prefixed word's base negates: "unavoidable" is "could not be avoided" too."""
    found = {stem(base)}
    if base.endswith(("able", "ible")):
        found.add(stem(base[:-4]))
    return found


# Short words flip too ("fair" against "unfair", "safe" against "unsafe"), but not those whose other senses
# are what a claim most often means by them: "like other firms" is no "unlike", "as well" no "unwell".
_OTHER_SENSES = frozenset({"like", "well", "kind"})


def _may_flip(lower: str) -> bool:
    return len(lower) >= 6 or (len(lower) >= 4 and is_content(lower) and lower not in _OTHER_SENSES)


def _prefix_flip(ctx: ClaimContext, claim_negates: bool) -> Hit | None:
    """A claim word that turns an evidence word around with a negating prefix, or is turned by one."""
    evidence = {w.lower: w for w in ctx.evidence_words if w.lower.isalpha() or "-" in w.lower}
    negated = {n.target for n in ctx.claim.negations}
    # ("were not valid" is what "invalid" says: an evidence word its own negation turns is no flip's other side)
    evidence_negated = (
        {t for a in ctx.seen for n in a.negations for t in (n.target, *n.scope)} if claim_negates else set()
    )
    for word in ctx.claim_words:
        if word.lower in evidence or not _may_flip(word.lower):
            continue
        if not claim_negates and stem(word.lower) in negated:
            continue  # "was not disclosed" keeps "undisclosed"
        for lower, other in evidence.items():
            if claim_negates and stem(lower) in evidence_negated:
                continue
            opposite = (
                _opposite_by_prefix(word.lower, lower) if claim_negates else _opposite_by_prefix(lower, word.lower)
            )
            if opposite:
                return ctx.said_against(word.text, other.text)
    return None


# "failed to refloat", "were unable to reach": a deed told as not done, without "not".
_FAILED_TO = re.compile(
    r"\b(?:failed|fail|fails|unable|refused|refuse|refuses)\s+to\s+(?:be\s+)?(?P<verb>[a-z]{3,})\b", re.IGNORECASE
)
_NOT_DONE_BEFORE = re.compile(
    # (within its clause: "after a boiler failed, and the council has apologised" apologises)
    r"\b(?:not|never|no|fail\w*|unable|refus\w*|cannot|can['’]t|couldn['’]t|without|yet\s+to)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)


# "it will be at least five years before farmers can plant it": what cannot be done until then.
_BEFORE_CAN = re.compile(
    r"\b(?:years|months|weeks|days|decades|time|while)\s+before\s+(?:[\w'’-]+\s+){1,3}?(?:can|could)\s+(?:be\s+)?"
    r"(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


def _not_yet_able(ctx: ClaimContext) -> frozenset[str]:
    """The stems of deeds the evidence says cannot be done for a time yet."""
    return frozenset(stem(m.group("verb")) for text in ctx.texts for m in _BEFORE_CAN.finditer(text))


_PLACE_OR_TIME = frozenset("at in on during after before".split())
_DOER_PRONOUNS = frozenset("it they he she".split())


# "will scrap its £5 entry charge": a deed that undoes a thing, told of the noun of the evidence's own deed.
_UNDOING = re.compile(
    r"\b(?P<undo>scrap(?:s|ped|ping)?|drop(?:s|ped|ping)?|end(?:s|ed|ing)?|abandon(?:s|ed|ing)?|ax(?:e|es|ed|ing)"
    r"|cancel(?:s|led|ling|ed|ing)?|abolish(?:es|ed|ing)?|withdraw(?:s|n|ing)?|withdrew)\s+(?:its|their|the|his|her|an?)\s+"
    r"(?P<thing>(?:[\w£$€.,-]+\s+){0,3}[a-z]{4,})\b",
    re.IGNORECASE,
)


def _undoing_added(ctx: ClaimContext) -> Hit | None:
    """ "The museum will scrap its £5 entry charge" against "The museum will charge visitors £5 for entry": the claim
    has one undo the very thing the evidence has them do, and the evidence undoes nothing."""
    for m in _UNDOING.finditer(ctx.card.claim):
        undo = lemmas(m.group("undo").lower())
        if any(lemmas(w.lower) & undo for w in ctx.evidence_words):
            continue
        for thing in words(m.group("thing")):
            deed = lemmas(thing.lower) if is_content(thing.lower) else frozenset()
            for text in ctx.texts:
                done = next((w for w in words(text) if lemmas(w.lower) & deed and _told_as_a_deed(text, w)), None)
                if done is not None:
                    said = ctx.card.claim[m.start() : m.start("thing") + thing.end]
                    return Hit(f'claim says "{said}"; the evidence has them "{done.text}"', ctx.span_of(done.text),
                               ctx.home.article.id)  # fmt: skip
    return _stopping_added(ctx)


# "would stop investing", "has stopped selling": a deed told as ended.
_STOPPING = re.compile(
    r"\b(?P<stop>stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?)\s+(?P<deed>[a-z]{3,}ing)\b", re.IGNORECASE
)
# "was investing", "is still selling": a deed told as going on.
_GOING_ON = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:still\s+|now\s+)?(?P<deed>[a-z]{3,}ing)\b", re.IGNORECASE)


def _stopping_added(ctx: ClaimContext) -> Hit | None:
    """ "The company said it would stop investing" against "said it was investing to reduce spills": the claim ends
    a deed the evidence tells as going on, and the evidence ends nothing."""
    for m in _STOPPING.finditer(ctx.card.claim):
        if lemmas(m.group("stop").lower()) & ctx.evidence_lexicon.lemmas or any(_STOPPING.search(t) for t in ctx.texts):
            continue
        deed = lemmas(m.group("deed").lower())
        for text in ctx.texts:
            theirs = next((t for t in _GOING_ON.finditer(text) if lemmas(t.group("deed").lower()) & deed), None)
            if theirs is not None:
                return Hit(f'claim says "{m.group(0)}" where the evidence says "{theirs.group(0)}"',
                           ctx.span_of(theirs.group(0)), ctx.home.article.id)  # fmt: skip
    return None


# Words before a deed that tell it as going on or still to come: "would mow", "is still selling", "plans to charge".
_GOING_OR_TO_COME = frozenset("will would to can could shall may might is are am be still keep keeps".split())
# Words of a claim that end a deed, or say when it goes on: "scrapped", "until", "again".
_ENDED_OR_TIMED = frozenset(
    "stop cease quit end halt scrap abandon suspend pause ban axe drop longer until after once again before used "
    "resume restart".split()
)
# What before the evidence's "stop" says it may not happen: "would not stop", "urged it to stop".
_STOP_UNDONE = re.compile(
    r"\b(?:not|n['’]t|never|refus\w*|urg\w*|call\w*|ask\w*|demand\w*|wants?|wanted)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)


def _stopping_dropped(ctx: ClaimContext) -> Hit | None:
    """ "The council said it would mow the roundabout" against "… said it would stop mowing the roundabout until the
    flowers had set seed": the claim tells as going on, or still to come, a deed the evidence ends (the mirror of
    `_stopping_added`)."""
    theirs = [
        m
        for text in ctx.texts
        for m in _STOPPING.finditer(text)
        if not _STOP_UNDONE.search(text, max(0, m.start() - 40), m.start())
    ]
    if not theirs or ctx.claim.negations:
        return None
    found = ctx.claim_words
    if any(w.lower in _ENDED_OR_TIMED or lemmas(w.lower) & _ENDED_OR_TIMED for w in found):
        return None
    for m in theirs:
        deed = lemmas(m.group("deed").lower())
        for i, w in enumerate(found):
            if i and lemmas(w.lower) & deed and found[i - 1].lower in _GOING_OR_TO_COME:
                said = f"{found[i - 1].text} {w.text}"
                return Hit(f'claim says "{said}" where the evidence says "{m.group(0)}"', ctx.span_of(m.group(0)),
                           ctx.home.article.id)  # fmt: skip
    return None


# "the plan had not been discussed with them": the words before a denied deed, its helpers, the deed and the words after.
_NOT_DONE_FRAME = re.compile(
    r"\b(?P<before>[a-z]+\s+[a-z]+)\s+(?P<aux>had|has|have|was|were|is|are)\s+not\s+(?P<been>been\s+)?"
    r"(?P<deed>[a-z]{3,}ed)\s+(?P<after>[a-z]+\s+[a-z]+)\b",
    re.IGNORECASE,
)


def _negated_deed_refilled(ctx: ClaimContext) -> Hit | None:
    """ "the plan had been agreed with them" against "the plan had not been discussed with them": the evidence's
    words around a deed it denies, with another deed in its place and the "not" gone."""
    if ctx.claim.negations:
        return None
    for text in ctx.texts:
        for m in _NOT_DONE_FRAME.finditer(text):
            been = r"been\s+" if m.group("been") else ""
            frame = re.compile(
                rf"\b{re.escape(m.group('before'))}\s+{m.group('aux')}\s+{been}(?P<deed>[a-z]{{3,}}ed)\s+"
                rf"{re.escape(m.group('after'))}\b",
                re.IGNORECASE,
            )
            mine = frame.search(ctx.card.claim)
            if mine is not None and not lemmas(mine.group("deed").lower()) & lemmas(m.group("deed").lower()):
                said = m.group(0)[m.start("aux") - m.start() : m.end("deed") - m.start()]
                return Hit(f'claim says "{mine.group(0)}" where the evidence says "{said}"', ctx.span_of(said),
                           ctx.home.article.id)  # fmt: skip
    return None


# "ruled out a retrial", "a retrial was ruled out": a thing the claim says will not be.
_THING_RULED_OUT = re.compile(
    r"\b(?:ruled|rules|ruling|rule)\s+out\s+(?:a|an|the|any|further)?\s*(?P<thing>[a-z]{4,})\b"
    r"|\b(?P<thing2>[a-z]{4,})\s+(?:was|were|has\s+been|had\s+been|is|are|have\s+been)\s+ruled\s+out\b",
    re.IGNORECASE,
)
# "a retrial was ordered", "approved a review": a thing the evidence says will be.
_DECIDED = r"(?:ordered|approved|agreed|announced|confirmed|granted|scheduled|planned|set)"


def _ruled_out_added(ctx: ClaimContext) -> Hit | None:
    """ "A retrial was ruled out" against "… and a retrial was ordered": what the evidence says was decided, told as
    ruled out (where the evidence rules nothing out)."""
    m = _THING_RULED_OUT.search(ctx.card.claim)
    if m is None:
        return None
    thing = (m.group("thing") or m.group("thing2")).lower()
    if not is_content(thing):
        return None
    # (the evidence setting the thing aside anywhere answers it: "no retrial", "a retrial was not ordered")
    aside = re.compile(
        rf"\b(?:no|not|never|ruled\s+out|rules\s+out|rejected|refused|against)\b[^.;]{{0,40}}\b{re.escape(thing)}"
        rf"|\b{re.escape(thing)}\b[^.;]{{0,30}}\b(?:not|n['’]t|never|ruled\s+out|rejected|refused)\b",
        re.IGNORECASE,
    )
    if ctx.evidence_match(aside):
        return None
    decided = re.compile(
        rf"\b{re.escape(thing)}\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+{_DECIDED}\b"
        rf"|\b{_DECIDED}\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?{re.escape(thing)}\b",
        re.IGNORECASE,
    )
    found = ctx.evidence_match(decided)
    return ctx.said_against(m.group(0), found.group(0)) if found else None


# A deed told as one: right after a modal, "to" or "has" ("will charge", "plans to charge", "has ordered").
_AFTER_MODAL = re.compile(r"\b(?:will|would|to|shall|must|can|could|may|has|have|had)\s+$", re.IGNORECASE)


def _told_as_a_deed(text: str, word: Word) -> bool:
    return "VERB" in forms_by_class(word.lower) and _AFTER_MODAL.search(text, 0, word.start) is not None


def _failure_added(ctx: ClaimContext) -> Hit | None:
    """ "Tugs failed to refloat the ship" against "… before tugs refloated it; no oil was spilled": the claim tells as
    not done (by a word of failing or refusing) a deed the evidence tells the same ones doing to the same thing, and
    never as not done there — though it negates something else (which `_refusal_added` leaves alone)."""
    m = _FAILED_TO.search(ctx.card.claim)
    if m is None or _PART_SUBJECT.match(ctx.card.claim):
        return None  # ("One of the climbers failed to reach the summit" may be the one the others left behind)
    verb = m.group("verb").lower()
    deed = lemmas(verb)
    # (done by the same ones: "tugs refloated it" for "Tugs failed to refloat", not "was handed custody" for "refused
    # to hand over her daughter")
    doers = content_lemmas(words(ctx.card.claim[: m.start()]))
    # (and done to the same thing: "refloated it", not "handed herself in" for "refused to hand over her daughter")
    after = words(ctx.card.claim[m.end() :])[:4]
    # (a deed done to nothing, told with where or when: "failed to sell at auction")
    thing = content_lemmas(after) if not after or after[0].lower not in _PLACE_OR_TIME else frozenset()
    for text in ctx.texts:
        found = words(text)

        def done_by_them(i: int, found: list[Word] = found) -> bool:
            by = i + 1 < len(found) and found[i + 1].lower == "by"
            return bool(
                content_lemmas(found[max(0, i - 4) : i]) & doers
                # ("A hospital trust has apologised …, and said it had reviewed": the one named before, as "it")
                or (
                    any(f.lower in _DOER_PRONOUNS for f in found[max(0, i - 3) : i])
                    and content_lemmas(found[:i]) & doers
                )
                # ("has had the money refunded by her bank": the doer after "by")
                or (by and content_lemmas(found[i + 2 : i + 5]) & doers)
                # ("Gritters worked through the night to keep main roads open": what they worked to do)
                or (i and found[i - 1].lower == "to" and content_lemmas(found[max(0, i - 8) : i]) & doers)
            )

        def done_to_it(i: int, found: list[Word] = found) -> bool:
            by = i + 1 < len(found) and found[i + 1].lower == "by"
            return bool(
                not thing
                or content_lemmas(found[i + 1 : i + 5]) & thing
                # ("had the money refunded": what it was done to, before it)
                or (by and content_lemmas(found[max(0, i - 3) : i]) & thing)
                or (i + 1 < len(found) and found[i + 1].lower in ("it", "them", "him", "her"))
            )

        # (a verb the dictionary lacks, by its stem: "refloated" of "refloat")
        done = [
            w
            for i, w in enumerate(found)
            if (lemmas(w.lower) & deed or w.lower.startswith(verb.rstrip("e"))) and done_by_them(i) and done_to_it(i)
        ]
        if done and not any(_NOT_DONE_BEFORE.search(text, max(0, w.start - 40), w.start) for w in done):
            return Hit(
                f'claim says "{m.group(0)}" where the evidence says "{done[0].text}"',
                ctx.span_of(done[0].text),
                ctx.home.article.id,
            )
    return None


# "wrongly", "incorrectly", "mis-": the evidence itself telling a deed done wrong.
_WRONG_BEFORE = re.compile(r"\b(?:wrong(?:ly)?|incorrect(?:ly)?|badly|poorly|mis[a-z]+)\s+(?:[a-z]+\s+)?$", re.I)
# Words in "mis" that are no deed done wrong: "mistake" is no wrong taking, "mislead" no wrong leading.
_NOT_DONE_WRONG = frozenset({"take", "lead", "give"})


def _done_wrongly_added(ctx: ClaimContext) -> Hit | None:
    """ "Aisha Bello misspelled 'onomatopoeia'" against "after correctly spelling 'onomatopoeia'": the claim tells as
    done wrongly, by its "mis-", a deed the evidence tells and never says went wrong ("missing" is no wrong singing)."""
    for word in ctx.claim_words:
        base = word.lower[3:]
        if not word.lower.startswith("mis") or len(base) < 4 or "miss" in lemmas(word.lower):
            continue
        deed = lemmas(base)
        if not deed or deed & _NOT_DONE_WRONG or "VERB" not in forms_by_class(base):
            continue
        if any(w.lower.startswith("mis") and lemmas(w.lower[3:]) & deed for w in ctx.evidence_words):
            continue  # the evidence says it went wrong too
        for text in ctx.texts:
            for other in words(text):
                if (
                    lemmas(other.lower) & deed
                    and not _WRONG_BEFORE.search(text, max(0, other.start - 30), other.start)
                    and not DONE_WRONG_AFTER.match(text, other.end)
                ):
                    return ctx.said_against(word.text, other.text)
    return None


# "rather than appeal", "instead of appealing": a deed set aside for another.
_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?P<what>[a-z]{3,})", re.IGNORECASE)

_UNLESS = re.compile(r"\bunless\s+(?:there\s+(?:is|are|was|were)\s+)?(?P<what>[^,.;:]{3,60})", re.IGNORECASE)


@register("FC206", "negation-added", UNSUPPORTED, "the claim negates what the evidence does not")
def negation_added(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    if hit := (
        _prefix_flip(ctx, claim_negates=True)
        or _failure_added(ctx)
        or _undoing_added(ctx)
        or _ruled_out_added(ctx)
        or _done_wrongly_added(ctx)
    ):
        yield hit
        return
    seen = ctx.seen
    window_negated = {n.target for a in seen for n in a.negations}
    # "found no evidence" against "have not found any evidence": one negation reaches the other's word.
    window_negated |= {t for a in seen for n in a.negations for t in n.scope}
    window_stems = set().union(*(a.stems for a in seen)) if seen else set()
    reworded = evidence_negates(ctx)
    negations = ctx.claim.negations
    if negations and (worded := _said_in_a_word(ctx)):
        # ("not guilty" against "acquitted"; and a "not" read with no target, past "be": "will not be allowed")
        negations = [n for n in negations if n.target not in worded and not (n.target is None and n.surface == "not")]
    if negations and ctx.evidence_match(_KEPT):
        # "will see no change in the price" against "will be frozen": no change is what a freeze says
        negations = [n for n in negations if n.target not in _CHANGE]
    if negations and (m := _NOT_BEFORE.search(ctx.card.claim)):
        # "Demolition will not start before October" against "has delayed the demolition until at least October"
        until = re.compile(rf"\buntil\s+(?:at\s+least\s+|after\s+)?{re.escape(m.group('when'))}\b", re.IGNORECASE)
        if ctx.evidence_match(until):
            negations = [n for n in negations if n.surface.lower() not in ("not", "n't")]
    if negations and ctx.evidence_match(_ZERO):
        # "a target for no one to wait" against "a target of zero"
        negations = [n for n in negations if n.surface.lower() not in _NONE_AT_ALL]
    if negations and (unless := ctx.evidence_match(_UNLESS)):
        # "depends on there being no significant rainfall" against "unless there is significant rainfall": "unless"
        # is "if not", and the claim's "no" negates what follows it
        said = unless.group("what").lower()
        negations = [n for n in negations if not (n.surface.lower() == "no" and n.target and n.target in said)]
    if negations and _first_since(ctx):
        return  # "No airline has flown the route since 2019" against "the first carrier to fly the route since 2019"
    if any(n.target == "first" for n in negations) and any(_HAPPENED_BEFORE.search(t) for t in ctx.texts):
        # "This is not the first time …" against "the 2007 championships were also awarded without …"
        negations = [n for n in negations if n.target != "first"]
    if negations and (clause := _unnegated_clause_told(negations, ctx) or _allowed_to_the_others(negations, ctx)):
        yield Hit(f'claim negates what the evidence says with no negation ("{clause}")', ctx.span_of(clause),
                  ctx.home.article.id)  # fmt: skip
        return
    if negations and ctx.evidence_match(_CALLED_OFF):
        # ("will not take place this year" against "has been cancelled this year", before "take" is read past)
        negations = [n for n in negations if not _will_happen(n)]
    if negations:
        negations = [_deed_not_able(_past_light_verb(n, window_stems, window_negated), window_stems) for n in negations]
    not_yet = _not_yet_able(ctx) if negations else frozenset()
    for negation in negations:
        if reworded and _negated_by_word(negation.target, ctx):
            continue  # "did not consult" against "refused to consult"
        if _negated_by_prefix(negation.target, ctx):
            continue  # "the fee was not disclosed" against "an undisclosed fee"
        if _charge_scrapped_for(negation, ctx):
            continue  # "Staff will no longer pay to park" against "will scrap parking charges for staff"
        if _stopped_for_no_longer(negation, ctx):
            continue  # "will no longer sell energy drinks" against "is to stop selling energy drinks"
        if reworded and _same_negator(negation, ctx, window_stems):
            continue  # "Valdoria denies overfishing" against "…of overfishing, a charge Valdoria denies"
        if any(n.target in negation.scope for a in seen for n in a.negations):
            continue
        if negation.target in _PLACE_PARTICLES and any(
            (n.scope - {n.target}) & (negation.scope - {negation.target}) for a in seen for n in a.negations
        ):
            continue  # "has not been back at work" against "has not returned to work": one deed, worded otherwise
        if _quoted(negation, ctx.card.claim):
            continue
        if _turned_without_not(negation.target, ctx):
            continue  # "cannot support life" against "too hot to support life"
        if _too_for_not_enough(negation, ctx):
            continue  # "not long enough" against "too short"
        if negation.scope & not_yet:
            continue  # "will not be able to plant it for five years" against "five years before farmers can plant it"
        # Where the evidence says the thing plainly, it answers the claim's negation: no other sentence may.
        if negation.target not in window_stems and _negated_elsewhere(negation, ctx):
            continue
        if negation.target and negation.target not in window_negated and negation.target in window_stems:
            yield Hit(
                f'claim says "{negation.surface}" where the evidence has no negation',
                ctx.window_span(),
                ctx.home.article.id,
            )
            return
    if hit := _refusal_added(ctx):
        yield hit
        return
    negations = [
        n
        for n in negations
        if not _quoted(n, ctx.card.claim)
        and (n.target in window_stems or not _negated_elsewhere(n, ctx))
        and not (_will_happen(n) and ctx.evidence_match(_CALLED_OFF))
        and not _negated_by_prefix(n.target, ctx)
        and not any(_turned_without_not(t, ctx) for t in {n.target, *n.scope})
        and not _too_for_not_enough(n, ctx)
        and not n.scope & not_yet
        and not _stopped_for_no_longer(n, ctx)
    ]
    if negations and not any(a.negations for a in seen) and not reworded:
        # "... the impact. not": a negation with nothing after it still says the opposite.
        yield Hit(
            f'claim says "{negations[0].surface}" where the evidence has no negation',
            ctx.window_span(),
            ctx.home.article.id,
        )


def _deed_not_able(negation: Negation, window_stems: set[str]) -> Negation:
    """ "has not been able to return to work": what is negated is the deed one was not able to do, where the evidence
    tells it ("has since returned to work")."""
    if negation.target != "able":
        return negation
    deeds = sorted((negation.scope - {"able"}) & window_stems)
    return dataclasses.replace(negation, target=deeds[0]) if deeds else negation


# The stems of the light verbs ("get a refund", "take part"), whose object says what was done.
_LIGHT_STEMS = frozenset({"get", "got", "have", "had", "has", "make", "made", "take", "took", "taken", "give", "gave",
                          "given"})  # fmt: skip
# Every light verb of the clause reader's, with some pasts ("did not go", "had not gone"): a negated one says nothing
# of its own without its words after it. (Not the set above, the forms of the few whose negation turns onto their
# object; the two differ in both directions, and each reading was measured with its own.)
_ANY_LIGHT_STEM = frozenset(stem(v) for v in LIGHT | frozenset("went gone came did done held kept brought".split()))


def _past_light_verb(negation: Negation, window_stems: set[str], window_negated: set[str]) -> Negation:
    """ "would not get a refund" against "could return the jars for a full refund": a negated light verb the
    evidence never writes negates its object, where the evidence has the object and never negates it."""
    if negation.target not in _LIGHT_STEMS or negation.target in window_stems:
        return negation
    told = sorted(s for s in negation.scope - {negation.target} if s in window_stems)
    if not told or any(s in window_negated for s in told):
        return negation
    return Negation(negation.surface, told[0], negation.scope, negation.nominal)


# "would not go ahead", "will not take place" against "has been called off": what is called off will not happen.
_CALLED_OFF = re.compile(
    r"\b(?:called\s+off|call\s+off|calls\s+off|cancel(?:l?ed|s)?|scrapped|abandoned|axed|shelved)\b", re.IGNORECASE
)


def _will_happen(n: Negation) -> bool:
    return {"go", "ahead"} <= n.scope or {"take", "place"} <= n.scope or n.target in ("happen", "proceed")


_KEPT = re.compile(
    r"\b(?:frozen|freez(?:e|es|ing)|unchanged|(?:stay|stays|stayed|remain|remains|remained)\s+(?:the\s+same|unchanged)"
    r"|held\s+(?:steady|at)|kept\s+at)\b",
    re.IGNORECASE,
)
_CHANGE = frozenset({stem("change"), stem("changes"), stem("changed"), stem("rise"), stem("increase")})


# "the first carrier to fly the route since 2019", "the first time since 2008": none in between.
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,60}?\bsince\s+(?P<when>\w+(?:\s+\d{4})?)", re.IGNORECASE)


def _first_since(ctx: ClaimContext) -> bool:
    """Whether the evidence says the first since a time the claim says none since."""
    claim = ctx.card.claim.lower()
    return any(f"since {m.group('when').lower()}" in claim for text in ctx.texts for m in _FIRST_SINCE.finditer(text))


_QUOTED = re.compile(r"[\"“][^\"“”]{1,200}[\"”]")


def _said_at(negation: Negation, claim: str) -> int:
    """Where the claim writes the negation, -1 when not as a word of its own."""
    at = re.search(rf"\b{re.escape(negation.surface)}\b", claim, re.IGNORECASE)
    return at.start() if at else -1


def _quoted(negation: Negation, claim: str) -> bool:
    """ "forcing Duran to say "no mas"": a negation inside words the claim quotes is the quote's (FC404 checks
    the article has them), not the claim's."""
    at = _said_at(negation, claim)
    return at >= 0 and any(m.start() < at < m.end() for m in _QUOTED.finditer(claim))


def _negated_elsewhere(negation: Negation, ctx: ClaimContext) -> bool:
    """ "…, but no reported injuries" where the evidence is the quake's depth and place, and another sentence of
    the article says "There were no immediate reports of injuries": the same negation of the same thing, by
    the words the claim sets beside it (see `detail_elsewhere`); that sentence is cited as context."""
    at = _said_at(negation, ctx.card.claim) if negation.target else -1
    if at < 0:
        return False

    def where(found: ClaimAtoms) -> int:
        for n in found.negations:
            if n.target == negation.target or negation.target in n.scope:
                return found.text.lower().find(n.surface.lower())
        return -1

    return ctx.detail_elsewhere(at, negation.surface, where)


_HAPPENED_BEFORE = re.compile(r"\b(?:also|again|previously|before|earlier|second time|another time)\b", re.IGNORECASE)


# Verbs that say something is not had: "lost power" is "without power".
# ("cutting electricity to 60,000 homes", "cut off their water": a thing taken away is not had)
_LOSING = frozenset("lose lack miss forfeit cut".split())


_LOST_STEMS = frozenset(stem(w) for w in "lose loses lost losing loss losses".split())


# Nouns that say a thing stopped: "a power cut" is being without power, as "a water outage" is without water.
_STOPPAGES = frozenset("cut cuts outage outages failure failures shortage shortages loss losses".split())


def _lost(target: str, found: list[Word]) -> bool:
    """Whether the claim says it lacks `target` ("homes lost power" for "homes without power"): a verb of
    losing within two words before it, or a noun of stopping right after it ("the power cut")."""
    for i, word in enumerate(found):
        if stem(word.lower) != target:
            continue
        if any(lemmas(w.lower) & _LOSING for w in found[max(0, i - 3) : i]):
            return True
        if i + 1 < len(found) and found[i + 1].lower in _STOPPAGES:
            return True
    return False


_CLAIMS = frozenset(stem(w) for w in "claim allegation accusation suggestion report warning".split())


def _their_claims_told(n: Negation, ctx: ClaimContext) -> bool:
    """ "The opposition claimed the minister knew" against "The minister denied claims by the opposition that she
    knew": the denial is of what was claimed; the claim tells only that it was, by those the evidence has claim it."""
    if n.target not in _CLAIMS:
        return False
    opening = {w.lower for w in ctx.claim_words[:4]}
    return any(who.split()[-1].lower() in opening for text in ctx.texts for who in claimed_by(text))


def _only_as_verb(target: str, found: list[Word]) -> bool:
    """Every claim word of this stem is an inflected verb ("lasted"): it is not the evidence's "the last one"."""
    same = [w for w in found if stem(w.lower) == target]
    return bool(same) and all(
        w.lower.endswith(("ed", "ing")) and w.lower not in forms_by_class(w.lower).get("VERB", (w.lower,)) for w in same
    )


def _same_negator(negation: Negation, ctx: ClaimContext, window_stems: set[str]) -> bool:
    """The claim negates with a word ("denies", "refused") the evidence uses of the same thing."""
    said = lemmas(negation.surface.lower())
    if not said & _TURNING_LEMMAS:
        return False
    return any(lemmas(w.lower) & said for w in ctx.evidence_words) and (
        negation.target is None or negation.target in window_stems
    )


_ELLIPTICAL = re.compile(r"\b(?:but|and)\s+not\s+(?:for|to|in|at|on|with|from|by)\b", re.IGNORECASE)


def _negated_by_word(target: str | None, ctx: ClaimContext) -> bool:
    """The evidence says "refused to X", "denied X-ing", "failed to X": X is negated without "not"."""
    if not target:
        return False
    negators = lexicon().negators
    found = ctx.evidence_words
    # "approved for adults, but not for teenagers" against "declined to extend the approval to teenagers": a "not"
    # that leaves its verb unsaid reaches as far as the evidence's whole refusal.
    reach = 7 if _ELLIPTICAL.search(ctx.card.claim) else 4
    return any(
        stem(w.lower) == target
        and (
            any(
                p.lower in negators and not _subject_of_the_clause(found, k)
                for k, p in enumerate(found[max(i - reach, 0) : i], max(i - reach, 0))
            )
            or " ".join(p.lower for p in found[max(i - 2, 0) : i]) in negators  # "yet to turn"
        )
        for i, w in enumerate(found)
    )


_BE_OR_HAVE = frozenset("is are was were has have had will would".split())


def _subject_of_the_clause(found: Sequence[Word], k: int) -> bool:
    """ "Staff shortages were still causing delays": a noun that negates what it is of ("a shortage of staff"), right
    before the clause's helper, is what does the deed, and turns none of it."""
    return k + 1 < len(found) and found[k + 1].lower in _BE_OR_HAVE and "NOUN" in forms_by_class(found[k].lower)


# "refused to release him", "failed to pay", "declined to comment", "denied taking", "too weak to walk": a "not"
# without the word, whose verb a claim may keep while dropping what turned it.
_REFUSAL = re.compile(
    # "too hot to support life" says it cannot ("too" as "also" before a verb is not it: "he too wanted to")
    r"\b(?P<turn>refus\w*|fail\w*|declin\w*|unable|(?<=\s)yet"
    r"|too\s+(?!(?:is|are|was|were|has|have|had|will|would|wants?|wanted|hoped?|hopes|planned|plans?|seems?|seemed)\b)[a-z]+)"
    # ("has yet to be confirmed" turns "confirmed", not "be", which any "is" of a claim would meet)
    r"\s+to\s+(?P<passive>be\s+|have\s+been\s+)?(?P<verb>[a-z]+)"
    # ("stopped short of stripping it of its franchise": it did not strip it)
    r"|\b(?P<deny>den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)\s+out|stop(?:s|ped|ping)?\s+short\s+of"
    r"|(?:hold(?:s|ing)?|held)\s+off)\s+(?P<ing>[a-z]+ing)\b",
    re.IGNORECASE,
)


_CLAIMS_REJECTED = re.compile(
    r"\b(?:reject|dismiss|refut|rebut)\w*\s+(?:the\s+)?(?P<what>claims?|allegations?|accusations?|suggestions?|reports?)\b",
    re.IGNORECASE,
)
# "called the claims fiction", "branded the reports false": a denial told by what one called them.
_CLAIMS_CALLED_FALSE = re.compile(
    r"\b(?:call|brand|label|describ|dismiss)\w*\s+(?:the\s+|these\s+|those\s+)?(?P<what>claims?|allegations?|"
    r"accusations?|suggestions?|reports?)\s+(?:as\s+)?(?:an?\s+|pure\s+|complete\s+|total\s+)?(?:fiction|false|untrue|"
    r"nonsense|lies|lie|baseless|unfounded|rubbish|fabricated|fabrications?|fake|fantasy|wrong)\b",
    re.IGNORECASE,
)
# "dropped a ban", "scrapped plans for a bypass", "called off the strike": a thing given up, so not to be done.
_ABANDONED = re.compile(
    r"\b(?:dropp|scrapp|abandon|shelv|ditch|axe|cancell?|call(?:s|ed|ing)?\s+off)\w*\s+"
    r"(?:(?:a|an|the|its|their|plans?\s+(?:for|to))\s+){0,2}(?P<what>[a-z]+)",
    re.IGNORECASE,
)
_WARNED_AGAINST = re.compile(
    r"\b(?:warn|advis|caution|urg)\w*\s+(?:[\w'’-]+\s+){0,2}?against\s+(?P<ing>[a-z]+ing)\b", re.IGNORECASE
)
# "told drivers to avoid travelling": what "urged drivers not to travel" turns.
_AVOIDED = re.compile(r"\b(?:avoid(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from)\s+(?P<ing>[a-z]+ing)\b", re.IGNORECASE)


# "It has not said who was behind the attack": who (or what) is not known, whatever else is.
_UNSAID = re.compile(
    r"\b(?:has|have|had|did|does|do|would|could|will)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:said|say|named|name|identified"
    r"|identify|disclosed|disclose|revealed|reveal|confirmed|confirm)\s+(?P<asked>who|what|which|why|how)\b",
    re.IGNORECASE,
)
_TELLING = frozenset("name identify reveal disclose blame confirm".split())


def _unsaid_named(ctx: ClaimContext) -> Hit | None:
    """ "Brightwell has named those behind the attack" against "It has not said who was behind the attack":
    the claim tells what the evidence says was not told."""
    if ctx.claim.negations:
        return None
    telling = next((w for w in ctx.claim_words if lemmas(w.lower) & _TELLING and not w.capitalized), None)
    if telling is None:
        return None
    mine = {f for w in content_words(ctx.claim_words) if w is not telling for f in lemmas(w.lower)}

    def of_the_same(m: re.Match[str]) -> bool:
        """ "has not said who was behind the attack" for "those behind the attack"."""
        asked = [w for w in words(m.string[m.end() :])[:6] if is_content(w.lower)]
        return any(lemmas(w.lower) & mine for w in asked)

    m = ctx.evidence_match(_UNSAID, of_the_same)
    return ctx.said_against(telling.text, m.group(0)) if m else None


def _refusal_dropped(ctx: ClaimContext) -> Hit | None:
    """ "The judge released him" against "The judge refused to release him"."""
    if ctx.claim.negations:
        return None
    claim_lemmas = claim_forms(ctx)
    if claim_lemmas & _TURNING_LEMMAS:
        return None
    claim_keys = {p.key for p in participants(ctx.card.claim)}
    turned = [(text, m) for text in ctx.texts for m in _REFUSAL.finditer(text)]
    # the claim's own refusal or "too … to" keeps the turn ("is too hot to support life")
    kept = {f for m in _REFUSAL.finditer(ctx.card.claim) for f in lemmas(_turned_verb(m))}
    for text, m in turned:
        verb = lemmas(_turned_verb(m))
        # ("unable to use its app or make card payments": the deed joined on by "or" is turned too)
        if (more := _OR_ALSO.match(text, m.end())) is not None:
            verb = verb | lemmas(more.group("verb").lower())
        if not verb & claim_lemmas or verb & kept:
            continue
        if verb & lexicon().reporting and not _THING_NEXT.match(text, m.end()):
            continue  # "declined to say how much, but said …": what was said is checked by the speaker rules
        # (a verb of saying with a thing after it is a deed: "failed to maintain its equipment")
        # "the Blues failed to progress" says nothing against "Gloucester progress"; "Customers of Brightway Bank
        # were unable to" has the customers unable, not the bank.
        # (one a passive turn is done to is no doer: "the finding has yet to be confirmed" by anyone)
        doer = None if m.group("passive") or _OF_A_NAME.search(text, 0, m.start()) else doer_before(text, m.start())
        if doer is not None and doer not in claim_keys:
            continue
        # The evidence saying the verb unturned elsewhere ("… sees them progress") answers the claim's: outside where
        # each turn reaches (this one past the deed joined on).
        reaches = [(t, n.start(), more.end() if n is m and more else n.end()) for t, n in turned]
        if any(_unturned(t, w, verb, reaches) for t in ctx.texts for w in words(t)):
            continue
        said = m.group(0)
        return _dropped(ctx, said)
    return None


_THING_NEXT = re.compile(r"\s+(?:its|his|her|their|the|a|an)\s", re.IGNORECASE)


# "declined to rule out higher taxes", "refused to deny the report": a refusal of a refusal, which leaves it open.
_REFUSED_REFUSAL = re.compile(
    r"\b(?:refus|declin|fail)\w*\s+to\s+(?P<turn>rule\s+out|deny|reject|exclude|dismiss)\b", re.IGNORECASE
)
_TURN_AS_SAID = {"rule out": r"rul(?:e|es|ed|ing)\s+out", "deny": r"den(?:y|ies|ied|ying)", "reject": r"reject\w*",
                 "exclude": r"exclud\w*", "dismiss": r"dismiss\w*"}  # fmt: skip


def _refused_refusal_told(ctx: ClaimContext) -> Hit | None:
    """ "Aske ruled out higher taxes on fuel" against "declined to rule out higher taxes on fuel": the claim tells
    as done the refusal the evidence says was not made, of the same thing (the claim's own "not" keeps it: "did not
    rule out"; "ruled out raising income tax" is of what the sentence says before, "would not raise income tax")."""
    if ctx.claim.negations or _REFUSED_REFUSAL.search(ctx.card.claim):
        return None
    for text in ctx.texts:
        for m in _REFUSED_REFUSAL.finditer(text):
            turn = re.sub(r"\s+", " ", m.group("turn").lower())
            told = re.search(rf"\b{_TURN_AS_SAID[turn]}\b", ctx.card.claim, re.IGNORECASE)
            if told is None:
                continue
            mine = content_lemmas(words(ctx.card.claim[told.end() :])[:4])
            theirs = content_lemmas(words(text[m.end() :])[:5])
            rest = content_lemmas(words(text[: m.start()]))
            if mine & theirs and len(mine & theirs) >= len(mine & rest):
                return _dropped(ctx, m.group(0))
    return None


def _dropped(ctx: ClaimContext, said: str) -> Hit:
    """The finding for a negation the claim drops: the evidence's words that carry it."""
    return Hit(f'claim drops the negation in the evidence ("{said}")', ctx.span_of(said), ctx.home.article.id)


# "offered in schools instead of an injection": the thing that is not to be.
_INSTEAD = re.compile(
    # ("in Dunmere rather than in Spain": where it is not to be)
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:(?:in|at|from|to|on)\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?P<thing>[a-z]{3,})\b",
    re.IGNORECASE,
)
_SETS_ASIDE = re.compile(r"\b(?:instead|rather|replac\w*|swap\w*|switch\w*|not|no|never|longer)\b|n't", re.IGNORECASE)
# "… in the spring, rather than before Christmas as planned": what was set aside was the plan.
_AS_PLANNED = re.compile(
    r"[^.;,]{0,40}?\bas\s+(?:originally\s+|first\s+|previously\s+)?(?:planned|scheduled|intended|promised|expected)\b",
    re.IGNORECASE,
)
# "The findings had been due before Christmas": a claim that tells the plan as a plan.
_TOLD_AS_PLAN = re.compile(
    r"\b(?:due|planned|scheduled|intended|meant|supposed|originally|expected|promised)\b", re.IGNORECASE
)


def _instead_dropped(ctx: ClaimContext) -> Hit | None:
    """ "The vaccine will be given as an injection" against "a nasal spray vaccine … offered in schools instead of an
    injection": the claim tells as done the thing the evidence sets aside, which it writes nowhere else."""
    if _SETS_ASIDE.search(ctx.card.claim):
        return None
    for text in ctx.texts:
        for m in _INSTEAD.finditer(text):
            thing = lemmas(m.group("thing").lower())
            if not any(lemmas(w.lower) & thing for w in ctx.claim_words):
                continue
            if _AS_PLANNED.match(text, m.end()) and _TOLD_AS_PLAN.search(ctx.card.claim):
                continue
            if any(
                lemmas(w.lower) & thing
                for t in ctx.texts
                for w in words(t)
                if not (t is text and m.start() <= w.start < m.end())
            ):
                continue
            return _dropped(ctx, m.group(0))
    return None


def _warning_dropped(ctx: ClaimContext) -> Hit | None:
    """ "Ellen Marsh said rapid further cuts were expected" against "Ellen Marsh warned against expecting rapid further
    cuts": what the evidence warns against, told as what is so (the evidence saying it plainly elsewhere answers it)."""
    if ctx.claim.negations or re.search(r"\b(?:against|warn\w*)\b", ctx.card.claim, re.IGNORECASE):
        return None
    return _turn_dropped(ctx, _WARNED_AGAINST, "ing", claim_forms(ctx))


def _turn_dropped(
    ctx: ClaimContext,
    pattern: re.Pattern[str],
    group: str,
    forms: frozenset[str] | set[str],
    wanted: Callable[[str], bool] | None = None,
) -> Hit | None:
    """The first match of `pattern` in the evidence whose `group` word the claim tells (one of `forms`), and the
    evidence says nowhere else plainly: the claim drops what turns it."""
    for text in ctx.texts:
        for m in pattern.finditer(text):
            word = m.group(group).lower()
            turned = lemmas(word)
            if not turned & forms or (wanted is not None and not wanted(word)):
                continue
            if sum(1 for t in ctx.texts for w in words(t) if lemmas(w.lower) & turned) > 1:
                continue
            return _dropped(ctx, m.group(0))
    return None


# "held without charge", "released without being charged", "left without paying": what was not done.
_WITHOUT_DEED = re.compile(r"\bwithout\s+(?:being\s+)?(?P<deed>[a-z]{4,})\b", re.IGNORECASE)


def _without_dropped(ctx: ClaimContext) -> Hit | None:
    """ "The journalists were charged with spying" against "two journalists, who it said were held without charge":
    a deed the evidence says was not done, told as done (the evidence saying it plainly elsewhere answers it)."""
    if ctx.claim.negations or "without" not in " ".join(ctx.texts).lower():
        return None
    if re.search(r"\bwithout\b", ctx.card.claim, re.IGNORECASE):
        return None
    # (the claim's deed told by its verb, "were charged", not a thing it has: "lost power" against "without power")
    forms = {
        f
        for w in ctx.claim_words
        if is_content(w.lower)
        and not w.capitalized
        and (inflected_from(w.lower, "VBN") or inflected_from(w.lower, "VBD"))
        for f in lemmas(w.lower)
    }
    return _turn_dropped(ctx, _WITHOUT_DEED, "deed", forms, lambda word: "VERB" in forms_by_class(word))


_OR_ALSO = re.compile(r"(?:\s+(?!or\b)[\w'’-]+){0,3}?\s+or\s+(?P<verb>[a-z]+)\b")
# "Customers of Brightway Bank were …": a name after "of" describes the noun before it, the subject.
_OF_A_NAME = re.compile(r"^[A-Z][a-z]+\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:were|was|are|is)\s+$")


def _turned_verb(m: re.Match[str]) -> str:
    """The verb a `_REFUSAL` match turns ("release" of "refused to release", "taking" of "denied taking")."""
    return (m.group("verb") or m.group("ing")).lower()


def _turned_without_not(target: str | None, ctx: ClaimContext) -> bool:
    """The evidence turns the claim's negated verb with a refusal, a "too … to" or a warning against it."""
    if "turned" not in ctx.memo:  # asked for each negation and each word it reaches: read once
        # (a warning against it turns it too: "should not be expected" against "warned against expecting")
        ctx.memo["turned"] = frozenset(
            stem(_turned_verb(m)) for text in ctx.texts for m in _REFUSAL.finditer(text)
        ) | frozenset(stem(m.group("ing")) for text in ctx.texts for m in _WARNED_AGAINST.finditer(text))
    return bool(target) and target in ctx.memo["turned"]  # type: ignore[operator]


# Where one is, told after "be" ("has not been back at work"): a deed's place, whose verb may be worded otherwise.
_PLACE_PARTICLES = frozenset({"back", "home", "away", "out", "in"})
_NOT_ENOUGH = re.compile(r"\bnot\s+(?P<what>[a-z]{3,})\s+enough\b", re.IGNORECASE)
_TOO = re.compile(r"\btoo\s+(?P<what>[a-z]{3,})\b", re.IGNORECASE)


def _too_for_not_enough(negation: Negation, ctx: ClaimContext) -> bool:
    """ "The sentence was not long enough" against "the sentence was too short": not enough of one side is too much of
    the other."""
    for m in _NOT_ENOUGH.finditer(ctx.card.claim):
        if negation.target != stem(m.group("what").lower()):
            continue
        mine = sides_of(m.group("what").lower())
        if any(on_other_sides(mine, sides_of(o.group("what").lower())) for t in ctx.texts for o in _TOO.finditer(t)):
            return True
    return False


def _refusal_added(ctx: ClaimContext) -> Hit | None:
    """ "Falk refused to concede" against "Falk conceded late Saturday": the claim turns a verb the
    evidence says plainly, and the evidence turns nothing."""
    claim = ctx.card.claim
    turned = list(_REFUSAL.finditer(claim))
    if not turned or ctx.claim.negations:
        return None
    # (a turn done to others is none of the doer's: "300 children were wrongly refused school transport")
    own = [(text, w) for text in ctx.texts for w in words(text) if not _DONE_TO_OTHERS.search(text, 0, w.start)]
    negators = lexicon().negators
    if any(w.lower in negators for _, w in own) or any(n in t.lower() for n in negators if " " in n for t in ctx.texts):
        return None
    # (a negation of something else is no answer: "apologised and said it had not been a cyber attack")
    negated = {t for a in ctx.seen for n in a.negations for t in (n.target, *n.scope) if t}
    evidence_lemmas = set().union(*(lemmas(w.lower) for _, w in own))
    if evidence_lemmas & (_TURNING_LEMMAS | {"unable", "inability"}) - {"rule"}:
        return None
    if "rule" in evidence_lemmas and any(_RULED_OUT.search(text) for text in ctx.texts):
        return None  # "ruling that the judge had erred" turns nothing; "ruled out" does
    for m in turned:
        verb = lemmas(_turned_verb(m))
        if verb & lexicon().reporting or {stem(v) for v in verb} & negated or stem(_turned_verb(m)) in negated:
            continue
        doer = doer_before(claim, m.start())
        written = _doer_written(claim, m.start())
        if doer is None and written is None:
            continue
        # The same doer does the verb plainly in the evidence ("Falk conceded"), not just anyone: the
        # participant the evidence has before it, or the doer's own words before it or before the verb
        # joined by "and" to theirs ("The minister resigned", "The court overturned … and ordered a retrial").
        plain = any(
            doer is not None and lemmas(w.lower) & verb and doer_before(text, w.start) == doer
            for text in ctx.texts
            for w in words(text)
        ) or (written is not None and any(_does_plainly(written, verb, text) for text in ctx.texts))
        if plain:
            return Hit(f'claim says "{m.group(0)}" where the evidence has no negation', ctx.window_span(),
                       ctx.home.article.id)  # fmt: skip
    return None


_DONE_TO_OTHERS = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RULED_OUT = re.compile(r"\brul(?:e|es|ed|ing)\s+(?:\w+\s+)?out\b", re.IGNORECASE)
# The subject of a clause named by a common noun: "The minister", "the Court of Appeal", "The city's council".
_COMMON_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|after|when|as)\s+)(?P<doer>(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?P<gap>(?:\s+(?:has|have|had|was|were|is|are|also|then|again|still|now|later|\w+ly))*)\s+$",
    re.IGNORECASE,
)


def _doer_written(claim: str, at: int) -> str | None:
    """The words of the subject of what starts at `at`: a participant ("Falk") or a common noun ("The minister")."""
    before = [p for p in participants(claim) if p.end <= at and subject_gap(claim[p.end : at])]
    if before:
        return before[-1].text
    said = _COMMON_SUBJECT.search(claim, 0, at)
    if said is None and (bare := _BARE_SUBJECT.match(claim)) and bare.end() == at:
        return bare.group("doer")  # "Volunteers failed to refloat the whale": a plural noun opening the claim
    if said is None and (part := _PART_SUBJECT.match(claim)) and part.end() == at:
        return part.group("doer")  # "One of the satellites failed to reach orbit": some of those the evidence has do it
    if said is None and (one := _PRONOUN_SUBJECT.match(claim)) and one.end() == at:
        return one.group("doer")  # "He has refused to apologise" against "He has apologised"
    return said.group("doer") if said else None


_PRONOUN_SUBJECT = re.compile(r"(?P<doer>He|She|It|They)\s+(?:has\s+|have\s+|had\s+)?")


_BARE_SUBJECT = re.compile(r"(?P<doer>[A-Z][a-z]+s)\s+")
_PART_SUBJECT = re.compile(
    r"(?:One|Two|Some|Several|Many|Most|Each|Either|Neither|Both|All)\s+of\s+(?:the|its|their)\s+(?P<doer>[a-z]+s)\s+"
)


_ASIDE = re.compile(r"\s*,[^,;:.()\"“”]{1,60},")
_SOME_OF = re.compile(r"\b(?!(?:all|both|each)\b)[a-z0-9]+\s+of\s+(?:the|its|their)\s+$", re.IGNORECASE)


def _does_plainly(doer: str, verb: frozenset[str] | set[str], text: str) -> bool:
    """Whether `text` has `doer` (as written) do a form of `verb`, with only auxiliaries or adverbs between."""
    found = words(text)
    for m in re.finditer(rf"(?<!\w){re.escape(doer)}(?!\w)", text, re.IGNORECASE):
        if _SOME_OF.search(text, 0, m.start()):
            continue  # "Two of the climbers reached the summit": some of them, which says nothing of the others
        # past an aside between commas: "The driver, a man in his 30s, stopped"
        aside = _ASIDE.match(text, m.end())
        following = [w for w in found if w.start >= (aside.end() if aside else m.end())]
        # ("Carrow's mayor, Lin Osei, has apologised": the comma closing the name set off after what one is)
        closing = 1 if text[: m.start()].endswith(", ") and text.startswith(",", m.end()) else 0
        for w in following[:4]:
            if lemmas(w.lower) & verb:
                return subject_gap(text[m.end() + closing : w.start])
        if _done_by(text, m.start(), verb):
            return True
        # "The court overturned the conviction … and ordered a retrial": a second verb joined by "and" to the
        # doer's own (the word right after the doer and its auxiliaries) is the doer's too.
        head = next(
            (
                w
                for w in following[:4]
                if w.lower not in AUXILIARY and not w.lower.endswith("ly") and subject_gap(text[m.end() : w.start])
            ),
            None,
        )
        if head is None or "VERB" not in forms_by_class(head.lower):
            continue
        end = text.find(".", m.end())
        for before, w in pairwise(following):
            if end >= 0 and w.start > end:
                break
            if before.lower == "and" and lemmas(w.lower) & verb:
                return True
    return False


def _done_by(text: str, at: int, verb: frozenset[str] | set[str]) -> bool:
    """ "… was refloated by volunteers": the doer at `at` named after "by" of the verb done, in a passive."""
    m = _PASSIVE_BY_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return False
    done = m.group("verb").lower()  # ("refloated": a verb the dictionary lacks, known by its stem)
    return bool(lemmas(done) & verb) or any(stem(done) == stem(v) for v in verb)


_PASSIVE_BY_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+by\s+(?:the\s+)?$", re.I
)


def _unturned(text: str, word: Word, verb: set[str] | frozenset[str], reaches: list[tuple[str, int, int]]) -> bool:
    if not lemmas(word.lower) & verb:
        return False
    return not any(text is t and start <= word.start < end for t, start, end in reaches)


_TURNING_LEMMAS = frozenset(
    "refuse refusal fail failure decline deny denial reject rejection unable inability yet struggle rule".split()
)


@register("FC207", "negation-dropped", UNSUPPORTED, "the claim drops a negation its evidence has")
def negation_dropped(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    if hit := _prefix_flip(ctx, claim_negates=False):
        yield hit
        return
    if hit := (
        _refusal_dropped(ctx)
        or _refused_refusal_told(ctx)
        or _warning_dropped(ctx)
        or _without_dropped(ctx)
        or _unsaid_named(ctx)
        or _undone_deed(ctx)
        or _passed_over(ctx)
        or _not_meant(ctx)
        or _unlikely_told(ctx)
        or _rejected_proposal(ctx)
        or _without_told_with(ctx)
        or _none_reported_told(ctx)
        or _nobody_told_as_someone(ctx)
        or (_hospital_told(ctx) if "hospital" in ctx.card.claim.lower() else None)
        or _sought_told_caught(ctx)
        or _exempt_held_to_it(ctx)
        or _instead_dropped(ctx)
        or _unable_one_acted(ctx)
        or _stopping_dropped(ctx)
        or _negated_deed_refilled(ctx)
    ):
        yield hit
        return
    if not any(a.negations for a in ctx.seen):
        return
    claim_negated = {n.target for n in ctx.claim.negations} | {t for n in ctx.claim.negations for t in n.scope}
    # "declined to comment" turns "comment" as "did not comment" does.
    claim_negated |= {stem(_turned_verb(m)) for m in _REFUSAL.finditer(ctx.card.claim)}
    # "warned drivers against driving" turns "driving" as "urged people not to drive" does.
    claim_negated |= {
        stem(m.group("ing")) for pattern in (_WARNED_AGAINST, _AVOIDED) for m in pattern.finditer(ctx.card.claim)
    }
    # "had been badly built" turns "built" as "had not been built properly" does, where the evidence says it so.
    if _NOT_DONE_PROPERLY.search(" ".join(ctx.texts)):
        claim_negated |= {stem(m.group("what")) for p in (_BADLY_DONE, _DONE_BADLY) for m in p.finditer(ctx.card.claim)}
    # "rejected claims he had misled councillors" denies them as "denied claims that he misled" does.
    claim_negated |= {stem(m.group("what").lower()) for m in _CLAIMS_REJECTED.finditer(ctx.card.claim)}
    claim_negated |= {stem(m.group("what").lower()) for m in _CLAIMS_CALLED_FALSE.finditer(ctx.card.claim)}
    # "has dropped a ban on alcohol advertising" tells what "will not go ahead with a ban" does.
    claim_negated |= {stem(m.group("what").lower()) for m in _ABANDONED.finditer(ctx.card.claim)}
    # "would accept the ruling rather than appeal" turns "appeal" as "would not appeal" does.
    claim_negated |= {stem(m.group("what").lower()) for m in _RATHER_THAN.finditer(ctx.card.claim)}
    claim_negated |= {
        stem(form) for w in ctx.claim_words if stem(w.lower) in claim_negated for form in lemmas(w.lower)
    }  # "denied charges" negates "charge" however each side stems it
    # A verb in "-es" stems without its "e" ("proves" to "prov"), the evidence's "cannot prove" with it.
    stems = ctx.claim.stems | {
        stem(form) for w in ctx.claim_words if w.lower.endswith("es") for form in lemmas(w.lower) if form.endswith("e")
    }
    # A short plural stems as written ("jobs"), the evidence's "no job losses" by its lemma: the lemma counts too.
    stems |= {
        stem(form) for w in ctx.claim_words if len(w.lower) <= 5 and w.lower.endswith("s") for form in lemmas(w.lower)
    }
    # An irregular past stems apart from its verb ("gave" against "did not give"): it counts when the claim
    # also keeps what the negation reaches ("gave details"; not "felt fortunate" against "not feel cheated").
    irregular = {stem(form) for w in ctx.claim_words for form in lemmas(w.lower)} - stems
    # "has not said who was behind it" leaves a question open (`_unsaid_named`); it does not unsay "said".
    unasked = {stem(m.group(0).split()[-2]) for text in ctx.texts for m in _UNSAID.finditer(text)}
    # A word of a name is no deed: "Vale Gas said supplies should be back" keeps no "gas" from "without gas".
    named = {stem(t) for name in ctx.claim.names for t in name.split()} - {
        stem(w.lower) for w in ctx.claim_words if not any(w.text in name.split() for name in ctx.claim.names)
    }
    negated_lemmas = {stem(f) for n in ctx.claim.negations if n.target for f in lemmas(n.target)}
    # (a verb the claim tells as done, not as going on: "knew", not "hated leaving" against "never left")
    told_done = {stem(f) for w in ctx.claim_words if not w.lower.endswith("ing") for f in lemmas(w.lower)}
    dropped: list[Negation] = [
        n for span in ctx.span_atoms() for n in span.negations
        if n.target and n.target not in claim_negated and n.target not in unasked and n.target not in named
        and (
            n.target in stems
            or (n.target in irregular and any(t in stems for t in n.scope - {n.target}))
            # ("has not been able to return" against "has returned": the deed it was not able to do)
            or (n.target == "able" and any(t in stems for t in n.scope - {n.target}))
            # (the evidence's irregular participle: "had not known" against "knew")
            or (
                {stem(f) for f in lemmas(n.target)} & irregular & told_done - negated_lemmas
                and any(t in stems for t in n.scope - {n.target})
            )
            # "without a local referendum": the thing done without, past what describes it
            # ("not an easy case" turns what the case was, not the case)
            or (
                n.surface.lower() in ("without", "no")
                and n.nominal
                and _may_describe(n.target)
                and any(t in stems for t in n.scope - {n.target})
            )
        )
        and not any(c.target in n.scope for c in ctx.claim.negations)
        # ("would be unable to play" against "would not be able to play": the deed turned either way)
        and not (n.target == "able" and (n.scope - {"able"}) & claim_negated)
        # ("told drivers to travel only if their journey was essential" against "warned drivers not to travel unless
        # their journey was essential": the same condition, told the other way)
        and not _only_if_for_unless(n, ctx)
        and not (n.nominal and _only_as_verb(n.target, ctx.claim_words))
        and not (_lost(n.target, ctx.claim_words) and not n.scope & _LOST_STEMS)  # ("no money had been lost")
        and not _said_unnegated_elsewhere(n, stems, ctx)
        and not _said_in_another_clause(n, ctx)
        and not _needed_for(n, ctx)
        and not (n.target == "guilty" and _verdicts_agree(ctx))
        # "Bank details were not taken" against "… but not bank details": the claim negates a deed of the very things
        and not (ctx.claim.negations and len(n.scope) > 1 and n.scope <= stems)
        and not _told_as_its_compound(n, ctx)
        and not _their_claims_told(n, ctx)
        and not _had_back(n, ctx.card.claim)
        # ("did not go far enough" says nothing against "will go up on land": a light verb is its words after it)
        and not (n.target in _ANY_LIGHT_STEM and not (n.scope - {n.target}) & stems)
    ]  # fmt: skip
    if dropped:
        yield _dropped(ctx, dropped[0].surface)


# "not to travel unless …" and "to travel only if …": a deed barred but for a condition, and allowed on it.
_NOT_UNLESS = re.compile(r"\b(?:not|never)\s+(?:to\s+)?(?P<verb>[a-z]{3,})\b[^.;]{0,60}?\bunless\b", re.IGNORECASE)
_ONLY_IF = re.compile(r"[^.;]{0,60}?\bonly\s+(?:if|when|where)\b", re.IGNORECASE)


def _only_if_for_unless(negation: Negation, ctx: ClaimContext) -> bool:
    """Whether the evidence bars the negated deed "unless" something holds and the claim allows the same deed "only
    if" it does ("warned drivers not to travel unless their journey was essential" against "told drivers to travel
    only if their journey was essential")."""
    barred = {stem(m.group("verb").lower()) for t in ctx.texts for m in _NOT_UNLESS.finditer(t)}
    if negation.target not in barred:
        return False
    claim = ctx.card.claim
    return any(stem(w.lower) == negation.target and _ONLY_IF.match(claim, w.end) is not None for w in ctx.claim_words)


def _had_back(negation: Negation, claim: str) -> bool:
    """ "got power back to most homes", "power was back on" against "left without power": a thing had back, which it
    was without before."""
    return negation.surface.lower() == "without" and bool(
        re.search(
            rf"\b{re.escape(negation.target)}\w*(?:\s+(?:was|were|is|are|has\s+been|had\s+been))?\s+back\b", claim, re.I
        )
    )


_NONE_AT_ALL = frozenset({"no", "none", "nobody"})
_NOT_BEFORE = re.compile(r"(?:\bnot|n't)\s+(?:[a-z]+\s+){0,3}?before\s+(?P<when>[\w-]+)", re.IGNORECASE)
_ZERO = re.compile(r"\bzero\b", re.IGNORECASE)


def _may_describe(word: str) -> bool:
    """ "local": a word that may describe, and is no verb."""
    forms = forms_by_class(word)
    return "ADJ" in forms and "VERB" not in forms


def _told_as_its_compound(negation: Negation, ctx: ClaimContext) -> bool:
    """ "The water company is Norwater" against "homes were without water …, and the water company, Norwater, said":
    the claim's word is the first of a compound noun the evidence writes too, away from the negation; so for the
    second ("bottled water was handed out" against "homes were without water, and bottled water was handed out")."""
    for w, nxt in itertools.pairwise(ctx.claim_words):
        first = stem(w.lower) == negation.target and "NOUN" in forms_by_class(nxt.lower)
        second = stem(nxt.lower) == negation.target and is_content(w.lower) and (w.start == 0 or not w.capitalized)
        if not (first or second):
            continue
        compound = re.compile(rf"\b{re.escape(w.lower)}\s+{re.escape(nxt.lower)}\b", re.IGNORECASE)
        near = re.compile(rf"\b{re.escape(negation.surface)}\b(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)
        if any(not near.search(t, 0, m.start()) for t in ctx.texts for m in compound.finditer(t)):
            return True
    return False


def _verdicts_agree(ctx: ClaimContext) -> bool:
    """ "found guilty of attempted murder" against "found not guilty of murder but convicted of attempted murder": the
    evidence's verdict on each charge the claim names is the claim's."""
    mine = verdicts(ctx.card.claim)
    theirs = {(tied, value) for text in ctx.texts for tied, value, _ in verdicts(text)}
    return bool(mine) and all((tied, value) in theirs for tied, value, _ in mine)


# "cannot keep the wards open without more nurses": what is needed for the deed, which a claim may say so.
_CANNOT_WITHOUT = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t)\s+(?:(?:simply|just|really|even|possibly)\s+)?"
    r"(?P<verb>[a-z]+)\b[^.;:!?]{0,60}?\bwithout\s+(?:(?:more|any|extra|further|the|a|an|new)\s+)?(?P<thing>[a-z]+)",
    re.IGNORECASE,
)
_NEEDED = re.compile(r"\b(?:needs?|needed|requires?|required|must|necessary|essential)\b", re.IGNORECASE)


def _needed_for(negation: Negation, ctx: ClaimContext) -> bool:
    """ "More nurses were needed to keep the wards open" against "We cannot keep the wards open without more
    nurses": the claim tells what the deed needs, which is what the negation says."""
    return bool(_NEEDED.search(ctx.card.claim)) and any(
        (stem(m.group("verb").lower()) == negation.target or negation.surface.lower() == "without")
        and bool(lemmas(m.group("thing").lower()) & claim_forms(ctx))
        for text in ctx.texts
        for m in _CANNOT_WITHOUT.finditer(text)
    )


def _said_unnegated_elsewhere(negation: Negation, stems: frozenset[str], ctx: ClaimContext) -> bool:
    """ "He has played in Italy" against "…, who has also played in Italy, … Myles hasn't played a huge amount
    of games": another sentence of the evidence says the deed with no negation, and the claim keeps nothing
    else the negation reaches (not "played a huge amount of games")."""
    if len(ctx.texts) < 2 or stems & (negation.scope - {negation.target}):
        return False
    sentences = [doc.sentence_atoms(sentence) for doc, sentence in ctx.window]
    return any(
        negation.target in found.stems and not any(n.target == negation.target for n in found.negations)
        for found in sentences
    )


# Where a sentence turns to another clause: "…, though it said it knew of no fires so far".
# ("ruled out raising income tax but did not rule out increasing VAT": "but" before a negated deed, with no comma)
_TURN = re.compile(
    r",\s+(?:though|although|but|while|whereas)\s+|;\s+"
    r"|\s+but\s+(?=(?:did|does|do|would|will|could|can|has|have|had|is|was|were|are|should)(?:\s+not|n['’]t)\b)"
)


_NEGATOR = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _clause_words(text: str) -> tuple[list[str], list[set[str]], list[set[str]]]:
    """A sentence's clauses, with the stems of each one's content words, and those of their lemmas too (the deed in
    any of its forms: "ruled out" is the deed of "did not rule out")."""
    clauses = _TURN.split(text)
    said = [{stem(w.lower) for w in words(c) if is_content(w.lower)} for c in clauses]
    deeds = [{stem(f) for w in words(c) if is_content(w.lower) for f in lemmas(w.lower)} | said[i]
             for i, c in enumerate(clauses)]  # fmt: skip
    return clauses, said, deeds


# "Cyclists and walkers can use it, but cars cannot.": those who may, and those who may not, with the deed said once.
_CAN_BUT_OTHERS_CANNOT = re.compile(
    r"(?P<may>[^,;.]*?\b(?:can|will|could|may|do|does|did)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b[^,;.]*),?\s+but\s+"
    r"(?P<others>[^,;.]+?)\s+(?:cannot|can['’]t|won['’]t|couldn['’]t|may\s+not|don['’]t|doesn['’]t|didn['’]t)\s*[.;,]",
    re.IGNORECASE,
)


def _allowed_to_the_others(negations: list[Negation], ctx: ClaimContext) -> str | None:
    """ "Cyclists cannot use the bridge" against "Cyclists and walkers can use it, but cars cannot": the claim's ones
    are those the evidence lets do the deed, and the "cannot" is said of others; the clause that lets them."""
    theirs = ctx.subject_head
    if not theirs:
        return None
    for text in ctx.texts:
        for m in _CAN_BUT_OTHERS_CANNOT.finditer(text):
            verb = stem(m.group("verb").lower())
            if not any(n.target == verb for n in negations):
                continue
            if any(lemmas(w.lower) & theirs for w in words(m.group("may"))) and not any(
                lemmas(w.lower) & theirs for w in words(m.group("others"))
            ):
                return m.group("may").strip()
    return None


def _unnegated_clause_told(negations: list[Negation], ctx: ClaimContext) -> str | None:
    """ "The chancellor did not rule out raising income tax" against "ruled out raising income tax but did not rule out
    increasing VAT": the claim's negated deed is told with no negation in one clause, of the claim's very things, and
    negated only in another clause, of other things; the clause that says it unnegated."""
    mine = {stem(w.lower) for w in ctx.claim_words if is_content(w.lower) and not _NEGATOR.fullmatch(w.lower)}
    if len(mine) < 3:
        return None
    for text in ctx.texts:
        clauses, said, deeds = _clause_words(text)
        if len(clauses) < 2:
            continue
        negated = [bool(_NEGATOR.search(c)) for c in clauses]
        for negation in negations:
            told = [i for i in range(len(clauses)) if negation.target in deeds[i]]
            plain = [i for i in told if not negated[i] and len(mine & said[i]) * 4 >= len(mine) * 3]
            turned = [i for i in told if negated[i]]
            if plain and turned and all(not (mine & said[j]) - said[plain[0]] - {negation.target} for j in turned):
                return clauses[plain[0]].strip()
    return None


def _said_in_another_clause(negation: Negation, ctx: ClaimContext) -> bool:
    """ "A wiring fault could cause a fire" against "… because a wiring fault could cause a fire, though it said it knew
    of no fires so far": a clause of the sentence says what the claim says, with no negation, and the negation stands
    in another clause the claim keeps nothing of."""
    mine = {stem(w.lower) for w in ctx.claim_words if is_content(w.lower)}
    if len(mine) < 3:
        return False
    for text in ctx.texts:
        clauses, said, deeds = _clause_words(text)
        if len(clauses) < 2:
            continue
        negated = [i for i, c in enumerate(clauses) if re.search(rf"\b{re.escape(negation.surface)}\b", c, re.I)]
        if len(negated) != 1:
            continue
        kept = [
            i
            for i, found in enumerate(said)
            if i not in negated and negation.target in deeds[i] and len(mine & found) * 4 >= len(mine) * 3
        ]
        if kept and not mine & (said[negated[0]] - said[kept[0]]) - {negation.target}:
            return True
    return False


# "there were no reports of damage or injuries": none of either was reported.
_NO_REPORTS = re.compile(rf"{NO_REPORTS_OF}(?P<a>[a-z]{{4,}})(?:\s+(?:or|and)\s+(?P<b>[a-z]{{4,}}))?", re.IGNORECASE)


def _none_reported_told(ctx: ClaimContext) -> Hit | None:
    """ "Several buildings were damaged" against "there were no reports of damage or injuries": the claim tells as
    done what the evidence says no one reported."""
    if ctx.claim.negations or "report" in ctx.card.claim.lower():
        return None
    for text in ctx.texts:
        for m in _NO_REPORTS.finditer(text):
            things = [t.lower() for t in (m.group("a"), m.group("b")) if t]
            for w in ctx.claim_words:
                if any(lemmas(w.lower) & lemmas(t) or stem(w.lower) == stem(t) for t in things):
                    return ctx.said_against(w.text, m.group(0))
    return None


# "Nobody was in the building at the time", "no one has been arrested": a deed or state the evidence says of no one.
_NOBODY = re.compile(
    r"\b(?:nobody|no\s+one|no-one)\s+(?P<verb>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<rest>[a-z][^.;:!?]*)",
    re.IGNORECASE,
)
_SOMEONE_WAS = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<rest>[a-z][^.;:!?]*)")


def _nobody_told_as_someone(ctx: ClaimContext) -> Hit | None:
    """ "Several actors were in the building at the time" against "Nobody was in the building at the time": the claim
    gives someone what the evidence says of no one (its first three words after "was" the same)."""
    if ctx.claim.negations or re.search(r"\b(?:nobody|no\s+one|no-one|none)\b", ctx.card.claim, re.IGNORECASE):
        return None
    # (each of the evidence's, with its first three words after the verb, read once)
    theirs = [(m, [w.lower for w in words(m.group("rest"))[:3]]) for text in ctx.texts for m in _NOBODY.finditer(text)]
    if not theirs:
        return None
    for mine in _SOMEONE_WAS.finditer(ctx.card.claim):
        said = [w.lower for w in words(mine.group("rest"))[:3]]
        for m, first_three in theirs:
            if len(said) == 3 and said == first_three:
                return ctx.said_against(mine.group(0), m.group(0))
    return None


# "were taken to hospital", "was treated in hospital", "admitted to hospital": a stay in hospital told as done.
_IN_HOSPITAL = re.compile(
    r"\b(?:taken|rushed|admitted|flown|airlifted|treated|kept)\s+(?:to|in|at)\s+(?:a\s+|the\s+)?(?:local\s+)?hospital\b",
    re.IGNORECASE,
)
# "did not need hospital treatment", "none needed to go to hospital", "were not taken to hospital".
_NO_HOSPITAL = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|do\s+not|nobody|no\s+one|none)\s+(?:\w+\s+){0,2}?(?:need|needed|required?)\s+"
    r"(?:hospital\s+treatment|treatment\s+in\s+hospital|to\s+go\s+to\s+hospital)"
    r"|\b(?:not|never)\s+(?:\w+\s+)?(?:taken|admitted)\s+to\s+(?:a\s+|the\s+)?hospital\b",
    re.IGNORECASE,
)


# "badly built", "built poorly": a deed done wrong, which "not built properly" tells too.
_BADLY = r"(?:badly|poorly|wrongly|incorrectly|improperly|inadequately)"
_BADLY_DONE = re.compile(rf"\b{_BADLY}\s+(?P<what>[a-z]{{3,}})\b", re.IGNORECASE)
_DONE_BADLY = re.compile(rf"\b(?P<what>[a-z]{{3,}}(?:ed|en|lt|wn))\s+{_BADLY}\b", re.IGNORECASE)
_NOT_DONE_PROPERLY = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:been\s+|be\s+)?[a-z]{3,}\s+(?:properly|correctly|adequately|well|right)\b", re.I
)


def _hospital_told(ctx: ClaimContext) -> Hit | None:
    """ "The surfers were taken to hospital" against "were checked by paramedics but did not need hospital treatment":
    a stay in hospital the evidence says was not needed or not made."""
    if ctx.claim.negations or (mine := _IN_HOSPITAL.search(ctx.card.claim)) is None:
        return None
    if any(_IN_HOSPITAL.search(text) for text in ctx.texts):
        return None  # ("Two were taken to hospital. A third did not need hospital treatment": of others)
    for text in ctx.texts:
        if theirs := _NO_HOSPITAL.search(text):
            return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "The third man has been arrested", "the missing walker was found": one caught or found, after who it is.
_CAUGHT = re.compile(
    r"\b(?:the|a|an)\s+(?P<who>(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]{3,}))\s+(?:has|have|had)?\s*(?:been|was|were)\s+"
    r"(?P<deed>arrested|caught|detained|traced|found|located|identified|held)\b",
    re.IGNORECASE,
)
# "A third man is still being sought", "the driver remains at large": one not yet caught or found.
_STILL_SOUGHT = re.compile(
    r"\b(?:the|a|an)\s+(?P<who>(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]{3,}))\s+(?:is|are|was|were|remains?|remained)\s+"
    r"(?:still\s+)?(?:being\s+(?:sought|hunted|looked\s+for|searched\s+for)|wanted|at\s+large|on\s+the\s+run|missing"
    r"|(?:yet|still)\s+to\s+be\s+(?:found|caught|traced|identified))\b",
    re.IGNORECASE,
)


def _sought_told_caught(ctx: ClaimContext) -> Hit | None:
    """ "The third man has been arrested" against "Two men have been arrested … A third man is still being sought":
    one the evidence says is still sought, told as caught (the same one: the same words before the same noun)."""
    if ctx.claim.negations or (mine := _CAUGHT.search(ctx.card.claim)) is None:
        return None
    who = _described_by(mine.group("who"))
    for text in ctx.texts:
        for theirs in _STILL_SOUGHT.finditer(text):
            if _described_by(theirs.group("who")) == who and lemmas(theirs.group("head").lower()) & lemmas(
                mine.group("head").lower()
            ):
                return ctx.said_against(mine.group(0), theirs.group(0))
    return None


def _described_by(who: str) -> frozenset[str]:
    """The words before a noun that say which one it is ("third" of "third man"), its own lemma left out."""
    return frozenset(w.lower for w in words(who)[:-1])


# "has yet to turn a profit", "never made a profit": what the light verb does not do is its object, which a
# claim may say in another form ("is profitable").
_UNDONE_DEED = re.compile(
    r"\b(?:not|never|n['’]t|yet\s+to|failed\s+to|unable\s+to|no\s+longer)\s+(?:(?:been|yet|even|ever|once)\s+)?"
    r"(?:turn|made|make|post|show|report|record|reach|won|win|earn|achieve)(?:s|ed|ing)?\s+(?:a|an|any|its|their|his|her)?\s*"
    r"(?P<object>[a-z]{4,})\b",
    re.IGNORECASE,
)


def _undone_deed(ctx: ClaimContext) -> Hit | None:
    """ "The startup is profitable" against "has yet to turn a profit"."""
    claim = ctx.card.claim
    if ctx.claim.negations or _UNDONE_DEED.search(claim) or _REFUSAL.search(claim):
        return None  # the claim keeps it ("has yet to turn a profit", "failed to make a profit")
    if not (m := ctx.evidence_match(_UNDONE_DEED, lambda m: _says_deed(m, ctx))):
        return None
    return _dropped(ctx, m.group(0))


# "A coastguard helicopter was sent but could not fly": one told as unable to act, and what they could not do;
# the subject opens the sentence, past a deed of theirs joined on by "but" or "and".
_UNABLE_ONE = re.compile(
    r"(?:^|[.;!?]\s+)(?P<who>(?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:(?:was|were|had|has|have|is|are)\s+[^.;,]{0,40}?"
    r"\s+(?:but|and)\s+)?(?:could\s+not|couldn['’]t|cannot|can['’]t|was\s+unable\s+to|were\s+unable\s+to"
    r"|failed\s+to)\s+(?P<verb>[a-z]{3,})\b"
)


def _unable_one_acted(ctx: ClaimContext) -> Hit | None:
    """ "A coastguard helicopter lifted the pair from the ledge" against "A coastguard helicopter was sent but could
    not fly because of the weather": a deed the evidence never tells, given to one it tells only as unable to act."""
    mine = opening_doer(ctx.card.claim)
    if mine is None or ctx.claim.negations:
        return None
    deed = lemmas(mine.group("verb"))
    who = content_lemmas(words(mine.group("who")))
    if not who or deed & lexicon().reporting or deed & content_lemmas(ctx.evidence_words):
        return None  # (a deed the evidence tells is read by the other negation rules)
    head = lemmas(words(mine.group("who"))[-1].lower)
    for text in ctx.texts:
        for found in _UNABLE_ONE.finditer(text):
            theirs = words(found.group("who"))
            if theirs and head & lemmas(theirs[-1].lower) and who <= content_lemmas(theirs):
                return _dropped(ctx, text[found.start("who") : found.end()].strip())
    return None


# "this would not mean the limit had been breached": a clause the evidence says does not follow, which a claim
# that states it with no negation asserts.
_NOT_MEANT = re.compile(
    r"\b(?:not|n['’]t|never)\s+(?:necessarily\s+)?(?:mean|means|meant|imply|implies|implied|signal|signals"
    r"|indicate|indicates|prove|proves)\s+(?:that\s+)?(?P<clause>[^.;:!?]{10,200})",
    re.IGNORECASE,
)


def _not_meant(ctx: ClaimContext) -> Hit | None:
    """ "The WMO said the Paris limit had been permanently breached" against "… it stressed that this would not
    mean the Paris Agreement limit had been permanently breached": most of the clause, its verb too, told
    as so."""
    if ctx.claim.negations or not any("not" in text or "n't" in text or "never" in text for text in ctx.texts):
        return None
    said_forms = {form for w in ctx.claim_words for form in lemmas(w.lower)}

    def asserted(m: re.Match[str]) -> bool:
        told = [w for w in words(m.group("clause")) if is_content(w.lower)]
        verbs = [w for w in told if "VERB" in forms_by_class(w.lower) and w.lower not in AUXILIARY]
        # The clause's verb where one reads only as a verb: "lack of sleep caused the lower scores" is a
        # cause, which "scores were 9% lower" does not tell, whatever "lower" and "scores" may also be
        # ("walking caused …": a doing as its subject is no verb of the clause).
        verbs = [
            w for w in verbs if forms_by_class(w.lower).keys() == {"VERB"} and not w.lower.endswith("ing")
        ] or verbs
        shared = [w for w in told if lemmas(w.lower) & said_forms]
        return len(told) >= 2 and len(shared) >= 0.6 * len(told) and any(lemmas(v.lower) & said_forms for v in verbs)

    m = ctx.evidence_match(_NOT_MEANT, asserted)
    if m is None:
        return None
    return _dropped(ctx, m.group(0)[: m.start("clause") - m.start()].strip())


# "further reductions were unlikely before the summer", "is unlikely to reopen": what is said not to be likely,
# which a claim telling it as coming ("further cuts would come") turns round. Hedged claims are FC204's.
_UNLIKELY = re.compile(
    r"\b(?P<thing>[a-z]+)\s+(?:is|are|was|were|seemed|seems|looked|looks|remains?|remained)\s+(?:still\s+|highly\s+|very\s+)?"
    r"unlikely\b(?!\s+to\b)|\bunlikely\s+to\s+(?:be\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
# A claim keeping the doubt in its own words.
_DOUBTING = frozenset("unlikely improbable doubtful doubt doubts slim remote little".split())


_COMING = re.compile(r"\b(?:will|would|shall|going\s+to|set\s+to|due\s+to|to\s+come)\b|'ll\b", re.IGNORECASE)


def _unlikely_told(ctx: ClaimContext) -> Hit | None:
    """The claim tells as coming ("will", "would", "set to") what the evidence says is unlikely; what it tells as
    done ("lowered its rate") is another deed than the unlikely one ("further reductions were unlikely")."""
    if (
        ctx.claim.negations
        or not _COMING.search(ctx.card.claim)
        or any(w.lower in _DOUBTING or w.lower in lexicon().hedges for w in ctx.claim_words)
    ):
        return None
    said = claim_forms(ctx)
    groups = paraphrase_groups(said)

    def told(m: re.Match[str]) -> bool:
        forms = lemmas((m.group("thing") or m.group("verb")).lower())
        return bool(forms & said or paraphrase_groups(forms) & groups)

    m = ctx.evidence_match(_UNLIKELY, told)
    if m is None:
        return None
    return Hit(f'claim tells as coming what the evidence says is "{m.group(0)}"', ctx.span_of(m.group(0)),
               ctx.home.article.id)  # fmt: skip


# "rejecting a proposal from opposition councillors to scrap evening charges", "voted down a motion to …": what
# was proposed and turned down, which a claim that has it done drops the rejection of.
# ("has vetoed a plan to rename the square", "reversed its decision to cut the post": a deed meant, then stopped)
_REJECTED_PROPOSAL = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+down|vot(?:e|es|ed|ing)\s+down|defeat(?:s|ed|ing)?|throw(?:s|ing)?\s+out"
    r"|threw\s+out|thrown\s+out|veto(?:es|ed|ing)?|block(?:s|ed|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?"
    r"|shelv(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|ditch(?:es|ed|ing)?|quash(?:es|ed|ing)?)\s+"
    r"(?:a|an|the|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:proposal|plan|motion|bid|amendment"
    r"|call|request|demand|decision|scheme|move|order)s?\s+(?:(?:from|by)\s+[^,;.]{1,50}?\s+)?to\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


# "scrapped the free parking scheme": the thing a deed was done to, not one put forward ("a scheme to …").
_SCHEME_DONE_TO = re.compile(r"\b(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?(?P<scheme>scheme|plan)s?\b(?!\s+to\b)")


def _rejected_proposal(ctx: ClaimContext) -> Hit | None:
    """ "The council voted to scrap evening parking charges" against "The council voted to raise parking charges,
    rejecting a proposal from opposition councillors to scrap evening charges altogether"; "The square will be
    renamed" against "has vetoed a plan to rename the square"."""
    if ctx.claim.negations:
        return None
    claim_lemmas = claim_forms(ctx)

    # ("Councillors have scrapped the free parking scheme": a scheme done to is no scheme proposed)
    proposing = claim_lemmas - {
        f for m in _SCHEME_DONE_TO.finditer(ctx.card.claim) for f in lemmas(m.group("scheme").lower())
    }

    def told(m: re.Match[str]) -> bool:
        deed = lemmas(m.group("verb").lower())
        # (a claim that tells of the proposal, or of its fate, is another matter: "scrap" may be the deed itself)
        return bool(deed & claim_lemmas) and not (proposing - deed) & _PROPOSING

    m = ctx.evidence_match(_REJECTED_PROPOSAL, told)
    if m is None:
        return None
    said = m.group(0)
    return Hit(f'claim tells as done what the evidence says was rejected or stopped ("{said}")', ctx.span_of(said),
               ctx.home.article.id)  # fmt: skip


# "nine games without a win": a thing the evidence says there was none of
_WITHOUT = re.compile(r"\bwithout\s+(?:a|an|any|a\s+single)\s+(?P<thing>[a-z]{3,})\b", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\b(?:without|no|not|never|n['’]t|nor|zero|winless|lack\w*)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _without_told_with(ctx: ClaimContext) -> Hit | None:
    """ "after nine straight wins" against "after a run of nine games without a win": the claim counts, or tells of, a
    thing the evidence says there was none of, and mentions nowhere else."""
    if "without" not in " ".join(ctx.texts) or ctx.claim.negations:
        return None
    claim = ctx.card.claim
    for text in ctx.texts:
        for m in _WITHOUT.finditer(text):
            thing = m.group("thing").lower()
            if "NOUN" not in forms_by_class(thing):
                continue
            forms = {thing, thing + "s", thing + "es"}
            rest = [text[: m.start()] + text[m.end() :], *(t for t in ctx.texts if t is not text)]
            if any(w.lower in forms for told in rest for w in words(told)):
                continue  # the evidence tells of one elsewhere ("The ferry operator said")
            told = next((w for w in ctx.claim_words if w.lower in forms), None)
            if told is not None and not _NONE_BEFORE.search(claim, 0, told.start):
                return Hit(f'claim says "{told.text}" where the evidence says "{m.group(0)}"', ctx.span_of(m.group(0)),
                           ctx.home.article.id)  # fmt: skip
    return None


_PLANNING = frozenset("plan planned consider need expect".split())
_PROPOSING = frozenset(
    "propose proposal plan motion bid amendment reject defeat call request demand decision decide veto block scrap "
    "abandon shelve reverse overturn ditch quash scheme".split()
)


# "bypassed the usual public vote", "skipped the summit", "lacks a majority", "ruled out a cyber attack": a verb
# that says its object did not happen or is not there, which a claim that tells of the object with no negation
# turns round ("held a public vote"). Up to three words name the object; the last is what the claim must mention.
_PASSED_OVER = re.compile(
    r"\b(?:bypass(?:es|ed|ing)?|skip(?:s|ped|ping)?|waive[sd]?|waiving|forgo(?:es|ing)?|forwent|omit(?:s|ted|ting)?"
    r"|lack(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out)\s+(?:the|a|an|any|its|their|his|her|our)?\s*"
    r"(?P<object>(?:(?!(?:this|that|for|to|in|on|at|of|and|or|with|by|from)\b)[a-z-]+\s+){0,2}"
    r"(?!(?:this|that|for|to|in|on|at|of|and|or|with|by|from)\b)[a-z-]{3,})\b",
    re.IGNORECASE,
)


# "a hosepipe ban was not planned", "there were no plans for a hosepipe ban": a thing not on the way, which a claim
# that has it announced or brought in turns round.
_OBJECT = (
    r"(?P<object>(?:(?!(?:this|that|for|to|in|on|at|of|and|or|with|by|from)\b)[a-z-]+\s+){0,2}"
    r"(?!(?:this|that|for|to|in|on|at|of|and|or|with|by|from)\b)[a-z-]{3,})"
)
_NOT_PLANNED = re.compile(
    rf"\bno\s+(?:plans?|intention|need)\s+(?:for|to\s+(?:introduce|impose|bring\s+in|hold|have))\s+(?:a|an|the|any)\s+"
    rf"{_OBJECT}\b"
    rf"|\b(?:a|an|the|any)\s+{_OBJECT.replace('object', 'object2')}\s+(?:was|is|were|are|had\s+been|has\s+been)\s+not\s+"
    r"(?:planned|needed|required|expected|being\s+considered)\b"
    # "no money had come from customers' bills": a source the claim has pay for it
    rf"|\bno\s+(?:money|funding|funds|cash|payments?)\s+(?:(?:had|has|have|was|were|would)\s+)?(?:come|came|been\s+taken"
    rf"|been\s+paid|be\s+taken)\s+from\s+(?:the\s+)?(?:[a-z]+['’]\s?s?\s+)?{_OBJECT.replace('object', 'object3')}\b",
    re.IGNORECASE,
)


def _passed_over(ctx: ClaimContext) -> Hit | None:
    """ "The panel held a public vote" against "The panel bypassed the usual public vote"; "Anglian Water has
    announced a hosepipe ban" against "Anglian Water said a hosepipe ban was not planned for now"."""
    if ctx.claim.negations or _REFUSAL.search(ctx.card.claim) or _PASSED_OVER.search(ctx.card.claim):
        return None
    if _NOT_PLANNED.search(ctx.card.claim) or claim_forms(ctx) & _PLANNING:
        return None
    negators = lexicon().negators
    if any(form in negators for w in ctx.claim_words for form in lemmas(w.lower) | {w.lower}):
        return None  # the claim keeps it ("without a public vote", "skipped the vote")

    def told(m: re.Match[str]) -> bool:
        found = m.groupdict()
        thing = (found.get("object") or found.get("object2") or found.get("object3") or "").split()[-1].lower()
        if not any(not w.capitalized and same_family(w.lower, thing) for w in ctx.claim_words):
            return False
        # The evidence also telling of the thing with no such verb ("he has greater motivation … the man he is
        # challenging lacks the same motivation") may be what the claim reports.
        said = [w for text in ctx.texts for w in words(text) if same_family(w.lower, thing)]
        return len(said) == 1

    if not (m := ctx.evidence_match(_PASSED_OVER, told) or ctx.evidence_match(_NOT_PLANNED, told)):
        return None
    return _dropped(ctx, m.group(0))


def _says_deed(m: re.Match[str], ctx: ClaimContext) -> bool:
    thing = m.group("object").lower()
    return any(
        not w.capitalized and (w.lower[:4] == thing[:4] and same_family(w.lower, thing)) for w in ctx.claim_words
    )


# "buses and emergency vehicles will be exempt", "privately owned scooters are not covered by the ban": those a rule
# leaves out; and a claim that has them under it ("Buses will be banned from the bridge").
_WHO_IS = r"(?P<who>(?:[\w'’-]+\s+){1,5}?)(?:are|is|will\s+be|would\s+be|were|was)\s+"
_LEFT_OUT_OF_IT = re.compile(
    rf"{_WHO_IS}(?P<said>exempt(?:ed)?\b|not\s+(?:be\s+)?(?:covered|affected|included)\s+by\b)", re.IGNORECASE
)
_UNDER_IT = re.compile(rf"{_WHO_IS}(?:banned|barred|covered|affected|included|subject\s+to|charged)\b", re.IGNORECASE)


def _exempt_held_to_it(ctx: ClaimContext) -> Hit | None:
    """ "Buses will be banned from the bridge" against "…; buses and emergency vehicles will be exempt": the claim puts
    under a rule those the evidence says it leaves out."""
    if ctx.claim.negations:
        return None
    mine = _UNDER_IT.search(ctx.card.claim)
    if mine is None:
        return None
    who = content_lemmas(words(mine.group("who")))
    for text in ctx.texts:
        for m in _LEFT_OUT_OF_IT.finditer(text):
            theirs = content_lemmas(words(m.group("who")))
            if who and who <= theirs:  # (all of the claim's: "Heavy vehicles" are not "emergency vehicles")
                return ctx.said_against(mine.group(0).strip(), m.group(0).strip())
    return None
