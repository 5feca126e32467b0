"""How sure: a claim may not state as fact what its evidence hedges, nor guess where it does not."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcards.grounding.checks.context import (
    ARTICLES,
    ClaimContext,
    content_words,
    has_hedge,
    is_hedge,
    most_told,
)
from factcards.grounding.checks.framing import (
    accused_of,
    cause_unknown,
    claimed_only,
    claimed_to,
    condition_defied,
    condition_dropped,
    condition_told_as_met,
    considered_only,
    denied_claim,
    disputed_figure,
    fear_told_as_said,
    hearsay_figure,
    link_made_cause,
    no_evidence,
    none_known_told_some,
    none_reported,
    only_at_risk,
    opinion_framed,
    past_plan_told,
    pretence_dropped,
    proposed_only,
    speculation_ended,
    too_soon,
    treated_as,
    undecided_told,
    unverified,
    warned_only,
)
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, register
from factcards.text.clauses import MODALS
from factcards.text.dictionary import inflected_from
from factcards.text.lexicon import lexicon
from factcards.text.words import Word, content_lemmas, forms_by_class, is_content, lemmas, same_family, words

_HEDGE_SKIP = frozenset("be been being is are was were to of have has had not also further still yet a an the".split())
# Hedges that only say someone else says so: a claim that itself says who says so ("a report
# found that …", "police allege …") has not turned them into fact.
_HEARSAY = frozenset("reportedly allegedly alleged purportedly supposedly rumored rumoured accused".split())
# ... and a charge: "was charged with running a Ponzi scheme" keeps the evidence's "allegedly running".
_ATTRIBUTING = frozenset("find allege accuse report according show uncover expose charge indict suspect".split())


# A claim that tells of an aim or a preparation states no deed as done: "He is preparing to make his debut"
# against "could make his debut". In evidence these are not hedges ("prepares to take on Rockhold on
# Saturday" is a fixture), so they answer a hedge without being one.
_AIMED = frozenset("prepare aim hope poised intend".split())


_UNABLE = frozenset("unable cannot incapable fail".split())  # "failed to reach a verdict" is "could not reach" one
# "should" hedges what is expected ("supplies should be restored by Tuesday") unless the claim reads it as an order.
_OBLIGED = frozenset(
    "require must oblige compel instruct order tell need urge advise direct force mandate enforce demand ask".split()
)


# "The study proved microplastics harm health": a proof, which only an article that tells of one (or of evidence,
# of something shown or established) supports.
_PROOF = re.compile(r"\b(?:proved|proves|proven|proof)\b", re.IGNORECASE)
_SHOWN = re.compile(
    r"\b(?:prov\w*|proof|evidence|show(?:s|ed|n|ing)?|establish\w*|confirm\w*|demonstrat\w*)\b", re.IGNORECASE
)


def _proof_told(claim: str) -> re.Match[str] | None:
    """A proof the claim tells of: "proved that …", "proved microplastics harm …" (not "proved decisive", "proved to
    be", where it says what a thing turned out to be)."""
    for m in _PROOF.finditer(claim):
        after = words(claim[m.end() :])[:1]
        if not after or after[0].lower == "to":
            continue
        classes = forms_by_class(after[0].lower)
        if "ADJ" in classes and "NOUN" not in classes:
            continue
        return m
    return None


# "did not rule out", "refused to rule it out": what the claim leaves possible.
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|n['’]t|never|refused\s+to|declined\s+to|refuses\s+to|declines\s+to)\s+(?:\w+\s+)?"
    r"rul(?:e|ed|es|ing)\s+(?:it\s+|this\s+|that\s+|them\s+)?out\b",
    re.IGNORECASE,
)
# "several years before it could be used by doctors": a "could" of a time clause, which hedges nothing.
_BEFORE_IT = re.compile(r"\b(?:before|until|till|so\s+that)\s+(?:it|they|he|she|we|you|[a-z]+)\s+$", re.IGNORECASE)

# "The company said customers could …": a "could" that reported speech moved back from "can".
# (or what a study said: "the findings showed insects could pass on skills")
_SAID_THAT = re.compile(
    r"\b(?:said|told\s+\w+|explained|confirmed|added|showed|found|revealed|proved)\s+(?:that\s+)?(?:the\s+)?"
    r"[\w'’-]+\s+$",
    re.IGNORECASE,
)


# "Experts think it escaped": a claim that hedges as "Experts believe" does (in the evidence "thinks" is as often an
# opinion the sentence reports as fact, so it is read as a hedge of the claim's only).
_THINKING = frozenset({"think", "thinks"})


# "had escaped or been dumped", "was stolen or lost": two deeds, one of which happened, no one says which.
_EITHER_DEED = re.compile(
    r"\b(?P<one>[a-z]{3,}(?:ed|en|wn|lt))\s+or\s+(?:(?:been|was|were|had|has)\s+)?(?P<other>[a-z]{3,}(?:ed|en|wn|lt))\b",
    re.IGNORECASE,
)


def _one_of_two_told(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The RSPCA said the snake had been dumped by its owner" against "had probably escaped or been dumped by its
    owner": one of two deeds the evidence leaves open, told as the one that happened (the claim names neither with
    "or")."""
    if " or " in ctx.card.claim:
        return None
    for text in ctx.texts:
        if " or " not in text:
            continue  # (most evidence: one substring test)
        for m in _EITHER_DEED.finditer(text):
            one, other = lemmas(m.group("one").lower()), lemmas(m.group("other").lower())
            if one & other:
                continue
            told = [w for w in ctx.claim_words if lemmas(w.lower) & (one | other)]
            if len(told) == 1 and _past_form(told[0].lower):
                return told[0].text, m.group(0)
    return None


def _past_form(word: str) -> bool:
    return bool(inflected_from(word, "VBN") or inflected_from(word, "VBD"))


@register("FC204", "certainty-dropped", UNSUPPORTED, "the claim states as fact what the evidence hedges")
def certainty_dropped(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    if considered := considered_only(ctx):  # whoever the claim credits, and "would appeal" hedges nothing of it
        yield Hit(f'claim tells as meant or done what the evidence says is only considered or talked of ("{considered}")',
                  ctx.span_of(considered), ctx.home.article.id)  # fmt: skip
        return
    if _NOT_RULED_OUT.search(ctx.card.claim):
        return  # ("did not rule out raising the pension age": a thing left possible, no deed stated)
    if (
        has_hedge(ctx.claim_words)
        or any(w.lower in _THINKING for w in ctx.claim_words)
        or any(_plan_to(ctx.claim_words, i) for i in range(len(ctx.claim_words)))
    ):
        # A belief is not what nothing shows: "Police believe the fires were linked" against "no evidence so far
        # that the three fires were linked". Other hedges ("may have been linked") are left alone.
        if any(w.lower in _CLAUSE_HEDGES for w in ctx.claim_words) and (framed := no_evidence(ctx)):
            yield Hit(f'claim says of a belief what the evidence says "{framed}"', ctx.span_of(framed),
                      ctx.home.article.id)  # fmt: skip
        return
    claim_lemmas = set().union(*(lemmas(w.lower) for w in content_words(ctx.claim_words)))
    # (read once: the aim test and the framing test both ask)
    unknown = too_soon(ctx) or no_evidence(ctx) or cause_unknown(ctx)
    if claim_lemmas & _AIMED and not unknown:
        return
    attributed = bool(claim_lemmas & (_ATTRIBUTING | lexicon().reporting))
    if framed := unknown or treated_as(ctx):  # whoever the claim credits, it answers what no one can tell yet
        yield Hit(f'claim states as fact what the evidence says "{framed}"', ctx.span_of(framed), ctx.home.article.id)
        return
    if either := _one_of_two_told(ctx):  # whoever the claim credits, the other was left open by them too
        mine, theirs = either
        yield Hit(f'claim says "{mine}" where the evidence leaves it open ("{theirs}")', ctx.span_of(theirs),
                  ctx.home.article.id)  # fmt: skip
        return
    if condition := condition_dropped(ctx):  # whoever the claim credits, the condition was theirs
        yield Hit(f'claim drops the condition the evidence sets ("{condition}")', ctx.span_of(condition),
                  ctx.home.article.id)  # fmt: skip
        return
    if defied := condition_defied(ctx):  # whoever the claim credits, the condition was theirs
        mine, theirs = defied
        yield Hit(f'claim says "{mine}" where the evidence sets a condition ("{theirs}")', ctx.span_of(theirs),
                  ctx.home.article.id)  # fmt: skip
        return
    if condition := condition_told_as_met(ctx):
        yield Hit(f'claim tells as done what the evidence only sets as a condition ("{condition}")',
                  ctx.span_of(condition), ctx.home.article.id)  # fmt: skip
        return
    if (proof := _proof_told(ctx.card.claim)) and not ctx.claim.negations and not _SHOWN.search(ctx.home.article.body):
        yield Hit(f'claim says "{proof.group(0)}"; the article tells of no proof', ctx.window_span(),
                  ctx.home.article.id)  # fmt: skip
        return
    framed = (
        (
            opinion_framed(ctx, claim_lemmas)
            or accused_of(ctx, claim_lemmas)
            or denied_claim(ctx)
            or none_reported(ctx)
            or proposed_only(ctx)
            or unverified(ctx)
            or disputed_figure(ctx)
            if not attributed
            else None
        )
        or only_at_risk(ctx)
        or claimed_only(ctx)
        or claimed_to(ctx)
        or past_plan_told(ctx)
        or pretence_dropped(ctx)
        or hearsay_figure(ctx)
        or warned_only(ctx)
        or fear_told_as_said(ctx)
        or none_known_told_some(ctx)
        or link_made_cause(ctx)
        or undecided_told(ctx)
        or speculation_ended(ctx)
    )  # whoever said it, jobs at risk are not lost, a fee reported not paid, a tsunami warned of did not strike
    if framed:
        yield Hit(f'claim states as fact what the evidence says "{framed}"', ctx.span_of(framed), ctx.home.article.id)
        return
    best: int | None = -1  # worked out only when a hedge governs a word of the claim
    for at, found in enumerate(words(text) for text in ctx.texts):
        for i, word in enumerate(found):
            if not (is_hedge(word) or _plan_to(found, i)) or (
                attributed
                and word.lower in _HEARSAY | _CLAUSE_HEDGES
                and not _OWN_BELIEF.search(ctx.texts[at], 0, word.start)
            ):
                continue  # (but "Police said they believed …" is the belief they told, not what they said was so)
            if word.lower == "should" and claim_lemmas & _OBLIGED:
                continue  # "staff should remove the app" is an order, which "are required to remove" tells
            if (
                word.lower in _PLANNING
                and any(w.lower in ("would", "could") for w in ctx.claim_words)
                and not (i and found[i - 1].lower in ("no", "not", "any"))  # ("no plans to raise income tax")
            ):
                continue  # "The station would be built on green belt land" keeps the plan's "would"
            if (
                word.lower == "could"
                and i + 1 < len(found)
                and found[i + 1].lower.startswith(("not", "n't", "never"))
                and (ctx.claim.negations or claim_lemmas & _UNABLE)
            ):
                continue  # "could not cope" is no hedge but inability: "would be unable to cope" tells it
            if word.lower in ("could", "can") and _BEFORE_IT.search(ctx.texts[at], 0, word.start):
                continue  # "several years before it could be used": when it can be, not whether
            if (
                word.lower == "could"
                and any(w.lower == "can" for w in ctx.claim_words)
                and _SAID_THAT.search(ctx.texts[at], 0, word.start)
            ):
                continue  # "said customers could return the jars" is what they said they can do: "can return"
            if _better_so(found, i) and any(_better_so(ctx.claim_words, k) for k in range(len(ctx.claim_words))):
                continue  # "could be better spent on roads" is a view, which "would be better spent" states as well
            said = _hedged(found, i, claim_lemmas, ctx.texts[at], ctx.claim_words)
            if (
                said is None
                or _other_deed_told(said, found, ctx.claim_words)
                or _also_told_as_fact(said, found, i, ctx)
                or _passive_told_active(said, ctx.card.claim, found[max(0, i - 3) : i])
                or (word.lower == "plan" and not _told_as_a_deed(said.split()[-1], ctx.claim_words))
            ):
                continue
            if best == -1:
                best = _reported_sentence(ctx)
            # A hedge in another sentence than the one that says most of the claim is said of something
            # else ("… residents protested … A second protest is planned"), unless of a name the claim
            # has ("The Council and Parliament are likely to follow").
            if best in (None, at) or (said[0].isupper() and said.split()[0] in ctx.card.claim):
                yield Hit(
                    f'claim states as certain what the evidence hedges ("{said}")',
                    ctx.span_of(word.text),
                    ctx.home.article.id,
                )
                return


# "said they believed", "told the BBC he suspected": a speaker telling their own belief.
_OWN_BELIEF = re.compile(
    r"\b(?:said|say|says|told\s+\w+)\s+(?:that\s+)?(?:they|he|she|we|it|officers|detectives)\s+$", re.I
)
_BETTER_MODALS = frozenset("could might would should".split())


def _better_so(found: Sequence[Word], i: int) -> bool:
    """Whether `found[i]` is a modal that says what would be better ("could be better spent", "would have been better
    used"): a view of what ought to be, not a doubt whether it is."""
    after = [w.lower for w in found[i + 1 : i + 4]]
    return found[i].lower in _BETTER_MODALS and bool(after) and after[0] in ("be", "have") and "better" in after


# What makes "plan" a noun: "the plan to build …", "its plan to", "a new plan to" (not "they plan to use …").
_A_PLAN = frozenset("the a an its their his her our my your this that new same".split())


def _told_as_a_deed(verb: str, claim_words: Sequence[Word]) -> bool:
    """Whether the claim tells the planned deed as a verb, not as the thing planned ("The cull is to protect young
    trees" speaks of the cull, which "rangers plan to cull" plans)."""
    deed = lemmas(verb.lower())
    return any(
        lemmas(w.lower) & deed and not (k and claim_words[k - 1].lower in _A_PLAN) for k, w in enumerate(claim_words)
    )


def _plan_to(found: list[Word], i: int) -> bool:
    return (
        found[i].lower == "plan"
        and 0 < i < len(found) - 1
        and found[i + 1].lower == "to"
        and found[i - 1].lower not in _A_PLAN
        and not found[i - 1].lower.endswith(("'s", "’s", "s'"))
        and "ADJ" not in forms_by_class(found[i - 1].lower)
    )


def _other_deed_told(said: str, found: list[Word], claim_words: list[Word]) -> bool:
    """Whether a hedge that governs a thing ("proposed a discounted pass") is beside the claim's point: the
    claim tells another deed the sentence does to it ("The board rejected a discounted pass" against
    "Ferrante proposed a discounted pass, which the board rejected")."""
    told = said.lower().split()
    if told[0] in _CLAUSE_HEDGES | _TOLD_BELIEFS or len(told) < 3 or told[1] not in ARTICLES:
        return False  # "believe the Bank was …" governs the clause, the Bank's deed with it
    # The thing the hedge governs runs on past the word it stopped at: "considering a legal challenge".
    lowered = [w.lower for w in found]
    at = next((i for i in range(len(lowered)) if lowered[i : i + len(told)] == told), None)
    thing = told + (lowered[at + len(told) : at + len(told) + 2] if at is not None else [])
    said_lemmas = set().union(*(lemmas(w) for w in thing))
    # A deed of its own, not one the hedge goes on to govern ("expect the bridge to reopen").
    theirs = {
        form
        for i, w in enumerate(found)
        if not (i and found[i - 1].lower in _GOVERNED_AFTER)
        for form in lemmas(w.lower)
    } - said_lemmas
    # Saying it is no deed done to it: "Vantor said it would appeal" against "Vantor said it was considering an
    # appeal" tells the same hedged deed.
    reporting = lexicon().reporting
    return any(
        _a_deed(w) and is_content(w.lower) and lemmas(w.lower) & theirs
        for w in claim_words
        if not w.capitalized and not lemmas(w.lower) & (said_lemmas | reporting)
    )


def _a_deed(word: Word) -> bool:
    """A word told as a verb: one only a verb, or the "-ed" form of one (not "The trust said", "500 new jobs": nouns
    that may be verbs too)."""
    classes = forms_by_class(word.lower)
    return "VERB" in classes and ("NOUN" not in classes or word.lower.endswith("ed"))


_BE_THEN = re.compile(r"\b(?:be|been|is|are|was|were)\s+(?P<verb>[a-z]+)$", re.IGNORECASE)


def _passive_told_active(said: str, claim: str, subject: list[Word]) -> bool:
    """ "other factors may be involved" against "The study involved 2,400 children": the hedge governs a thing done to
    its subject, and the claim does the verb to a thing of its own ("Police charged the man" against "The man may be
    charged" does it to the hedge's subject)."""
    m = _BE_THEN.search(said)
    if m is None:
        return False
    verb = re.escape(m.group("verb"))
    done = re.search(
        rf"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b{verb}\s+(?=(?:the|a|an|\d))", claim,
        re.IGNORECASE,
    )  # fmt: skip
    if done is None:
        return False
    done_to = content_lemmas(words(claim[done.end() :])[:3])
    return not done_to & content_lemmas(subject)


def _also_told_as_fact(said: str, found: list[Word], i: int, ctx: ClaimContext) -> bool:
    """ "fell for a third month … and could fall further": the sentence tells the hedged verb's deed as done too,
    before the hedge, and that is what a claim of it as done tells, unless it tells what the hedge adds ("will
    fall further")."""
    last = said.split()[-1].lower()
    verb = lemmas(last)
    if "VERB" not in forms_by_class(last) or any(w.lower in _FUTURE for w in ctx.claim_words):
        return False
    at = next((j for j in range(i, len(found)) if found[j].lower == last), len(found))
    added = {w.lower for w in found[at + 1 : at + 3]}
    if any(w.lower in added for w in ctx.claim_words):
        return False
    return any(
        lemmas(w.lower) & verb and not any(is_hedge(v) for v in found[max(0, j - 3) : j])
        for j, w in enumerate(found[:i])
    )


_FUTURE = frozenset("will would shall going".split())
_GOVERNED_AFTER = frozenset("to will would could might may can should must be".split())


def _reported_sentence(ctx: ClaimContext) -> int | None:
    """Which evidence sentence says most of the claim, when one does (None for one sentence or a tie)."""
    if len(ctx.texts) < 2:
        return None
    forms = {f for w in content_words(ctx.claim_words) for f in lemmas(w.lower)}
    return most_told(ctx.texts, [frozenset({f}) for f in forms])


_HELPING = frozenset({"help", "helps", "helped"})
_USING = frozenset({"use", "spend"})
_DOING = frozenset({"do", "does"})  # (the plain forms a hedge governs: "may do", "could do")


# "could be in use", "may be on sale", "could be under way": a state told by a preposition and a noun after "be".
_BEING_IN = frozenset("in on under out back".split())


def _hedged(
    found: list[Word], i: int, claim_lemmas: set[str], text: str = "", claim_words: Sequence[Word] = ()
) -> str | None:
    """The words the hedge `found[i]` governs, when the claim states what they say: the next verb or
    quality ("might be taken", "a reportedly carcinogenic chemical", "seems safe"), or the subject it is
    said of ("Rain is likely on Friday", "A deal is expected this week")."""
    passed = _HEDGE_SKIP | lexicon().hedges
    # "it expected production to recover by December": what the one expected is to do, which is not done
    if found[i].lower in _EXPECTING_WHAT:
        to = next((j for j in range(i + 2, min(i + 6, len(found))) if found[j].lower == "to"), None)
        # (past "be": "expected the system to be working again by Monday")
        done = to + 1 if to is not None else len(found)
        while done + 1 < len(found) and found[done].lower in _BE_OR_HAVE:
            done += 1
        if (
            to is not None
            and done < len(found)
            and "VERB" in forms_by_class(found[done].lower)
            and lemmas(found[done].lower) & claim_lemmas
            and not re.search(r"[,;:]", text[found[i].end : found[to].start])
            and not any(w.lower in ("and", "but") or w.lower in lexicon().reporting for w in found[i + 1 : to])
        ):
            return " ".join(w.text for w in found[i : done + 1])
    # What the hedge governs: the next verb, past "be", "to", "have" ("might be taken").
    at = next((j for j in range(i + 1, min(i + 5, len(found))) if found[j].lower not in passed), None)
    if at is not None and found[at].lower in _HELPING:
        # ("could help save the species": the hedge governs the saving, which "will save" tells as certain)
        at = next((j for j in range(at + 1, min(at + 3, len(found))) if found[j].lower != "to"), at)
    if at is not None and found[at].lower in _USING:
        # ("plan to use the money to pay off their daughter's mortgage": the hedge governs what the thing is used for)
        to = next((j for j in range(at + 2, min(at + 6, len(found))) if found[j].lower == "to"), None)
        if to is not None and to + 1 < len(found) and lemmas(found[to + 1].lower) & claim_lemmas:
            at = to + 1
        # ("plans to spend the rest on a house by the sea": what the money would go on, which "has bought a house"
        # tells as had)
        on = next((j for j in range(at + 1, min(at + 5, len(found))) if found[j].lower == "on"), None)
        if to is None and on is not None:
            thing = next((j for j in range(on + 1, min(on + 4, len(found))) if found[j].lower not in ARTICLES), None)
            if thing is not None and lemmas(found[thing].lower) & claim_lemmas:
                return " ".join(w.text for w in found[i : thing + 1])
    if (
        at is not None
        and at + 3 < len(found)
        and [w.lower for w in found[at + 1 : at + 3]] == ["to", "be"]
        and lemmas(found[at + 3].lower) & claim_lemmas
        and "VERB" in forms_by_class(found[at + 3].lower)
    ):
        # ("may have been taken to be sold for scrap": what it was taken for, hedged with the taking)
        return " ".join(w.text for w in found[i : at + 4])
    if at is not None and text[found[i].end : found[i].end + 1] in (",", ";"):
        at = None  # ("half what analysts had expected, blaming a poor harvest": the hedge's clause ends with it)
    if (
        at is not None
        and found[at].lower in _BEING_IN
        and found[at - 1].lower == "be"
        and at + 1 < len(found)
        and lemmas(found[at + 1].lower) & claim_lemmas
        and is_content(found[at + 1].lower)
    ):
        return " ".join(w.text for w in found[i : at + 2])  # "could be in use": a state told past "be" and "in"
    if at is not None:
        # (a compound the dictionary lacks is of its last part's class: "life-threatening", "long-lasting")
        classes = forms_by_class(found[at].lower) or forms_by_class(found[at].lower.rpartition("-")[2])
        # (or a word the dictionary holds only as a noun, told past "be" as a quality: "may be visible")
        quality = "ADJ" in classes or ("NOUN" in classes and found[at - 1].lower == "be")
        if ("VERB" in classes or quality) and lemmas(found[at].lower) & claim_lemmas:
            return " ".join(w.text for w in found[i : at + 1])
        # "may do better in maths tests": "do" is no content word, so what it says is the word after it, which the
        # claim has after its own "do" ("children who read do better")
        if (
            found[at].lower in _DOING
            and at + 1 < len(found)
            and any(
                w.lower in _DOING | {"did"}
                and k + 1 < len(claim_words)
                and claim_words[k + 1].lower == found[at + 1].lower
                for k, w in enumerate(claim_words)
            )
        ):
            return " ".join(w.text for w in found[i : at + 2])
        # "expected to bring flooding to parts of the west": what the hedged verb brings is hedged with it
        # (not the noun: "the most likely cause of the blaze" hedges only what caused it, unless the claim tells how
        # it began: "the blaze was started deliberately")
        cause_only = at + 1 < len(found) and found[at + 1].lower == "of" and not claim_lemmas & _BEGINNING
        if lemmas(found[at].lower) & _BRINGING and not cause_only:
            brought = next((j for j in range(at + 1, min(at + 4, len(found))) if is_content(found[j].lower)), None)
            if brought is not None and (
                lemmas(found[brought].lower) & claim_lemmas
                or any(same_family(found[brought].lower, c) for c in claim_lemmas)  # "disruption", "disrupted"
            ):
                return " ".join(w.text for w in found[i : brought + 1])
        # "could rise to £25m with add-ons": the figure a thing may reach, which "for £25m" tells as reached
        # (or "could reach £900 million", the figure right after the verb)
        figure_at = at + 2 if at + 1 < len(found) and found[at + 1].lower == "to" else at + 1
        if (
            lemmas(found[at].lower) & _REACHING
            and figure_at < len(found)
            and any(c.isdigit() for c in found[figure_at].lower)
            and (found[figure_at].lower in claim_lemmas or any(w.lower == found[figure_at].lower for w in claim_words))
        ):
            return " ".join(w.text for w in found[i : figure_at + 1])
        # "hopes to attract 2,000 jobs": the figure of what the hedged deed would bring, which "will create 2,000 jobs"
        # tells as certain (the figure and what it counts both the claim's)
        counted = at + 1
        while counted < len(found) and found[counted].lower.isdigit():
            counted += 1  # (a figure may be read as several words: "2,000")
        told = {w.lower for w in claim_words}
        if (
            "VERB" in classes
            and at + 1 < counted < len(found)
            and all(w.lower in told for w in found[at + 1 : counted])
            and lemmas(found[counted].lower) & claim_lemmas
        ):
            return text[found[i].start : found[counted].end] or " ".join(w.text for w in found[i : counted + 1])
    if found[i].lower in _CLAUSE_HEDGES and (trailing := _belief_trailing(found, i, claim_lemmas, text)):
        return trailing
    # ("The team hopes it will be used in hospitals": a hope or an expectation of a clause governs it too)
    clause_next = i + 1 < len(found) and found[i + 1].lower in _CLAUSE_OPENERS
    told_belief = found[i].lower in _TOLD_BELIEFS and bool(_OWN_BELIEF.search(text, 0, found[i].start))
    if found[i].lower in _CLAUSE_HEDGES or told_belief or (found[i].lower in _EXPECTING_WHAT and clause_next):
        # "Investigators believe an accelerant was used": the hedge governs the clause after it.
        for j in range(i + 1, min(i + 7, len(found))):
            word = found[j]
            # ("They believe it was home to a family of farmers": what a thing was, past "was", the claim's words)
            if word.lower in _PREDICATIVE and (what := _predicate_after(found, j + 1, claim_lemmas)) is not None:
                return " ".join(w.text for w in found[i : what + 1])
            if word.lower in passed or word.lower in ("that", "a", "an", "the") or word.lower in _MODALS:
                continue  # ("hoped it would lead to cleaner water": the hope governs the leading)
            after_modal = found[j - 1].lower in _MODALS  # ("would lead": a verb, though "lead" may be a noun)
            if "VERB" in forms_by_class(word.lower) and ("NOUN" not in forms_by_class(word.lower) or after_modal):
                if lemmas(word.lower) & claim_lemmas:
                    return " ".join(w.text for w in found[i : j + 1])
                break
    # "with up to 20cm expected on higher ground": a figure only forecast
    figure = found[i - 1].lower if i else ""
    if found[i].lower in _PREDICATIVE_HEDGES and any(c.isdigit() for c in figure) and figure in claim_lemmas:
        return f"{found[i - 1].text} {found[i].text}"
    predicative = i >= 2 and found[i - 1].lower in _PREDICATIVE and found[i].lower in _PREDICATIVE_HEDGES
    # ("the hotel is expected to reopen next week" hedges the reopening, which the claim may leave out, not the hotel;
    # "Parliament is likely to follow with a ban" still hedges Parliament's doing, as measured on SummEdits)
    to_a_verb = found[i].lower == "expected" and i + 1 < len(found) and found[i + 1].lower == "to"
    subject = found[i - 2] if predicative and not to_a_verb else None
    # ("the first increase in two years … further rises were possible": more of them, not the one told)
    if subject is not None and i >= 3 and found[i - 3].lower in _MORE_OF and found[i - 3].lower not in claim_lemmas:
        subject = None
    if subject is not None and subject.lower in _MORE_ALONE:
        subject = None  # ("forecasters say more is expected": more of it to come, not the thing told)
    if subject is not None and lemmas(subject.lower) & claim_lemmas and "NOUN" in forms_by_class(subject.lower):
        return " ".join(w.text for w in found[i - 2 : i + 1])
    return None


def _predicate_after(found: list[Word], at: int, claim_lemmas: set[str]) -> int | None:
    """Where a word saying what a thing was stands, within three words past an article ("was a Spanish galleon"), when
    it is the claim's and no word only a verb ("was used" is the verb rule's)."""
    while at < len(found) and found[at].lower in ARTICLES:
        at += 1
    for k in range(at, min(at + 3, len(found))):
        if not is_content(found[k].lower):
            return None  # ("was home to …": past its thing)
        classes = forms_by_class(found[k].lower)
        if lemmas(found[k].lower) & claim_lemmas and ("VERB" not in classes or "NOUN" in classes):
            return k
    return None


_MORE_ALONE = frozenset("more less further another others some".split())


def _belief_trailing(found: list[Word], i: int, claim_lemmas: set[str], text: str) -> str | None:
    """ "The fire started in an industrial oven, investigators believe": a belief told after the clause it governs,
    set off by a comma and ending the sentence; the clause's verb when the claim states it."""
    if not text or not _SENTENCE_END.match(text, found[i].end):
        return None
    comma = text.rfind(",", 0, found[i].start)
    # (only the believers between the comma and the verb: "investigators", "police officers")
    if comma < 0 or len([w for w in found[:i] if w.start > comma]) > 3:
        return None
    for w in reversed([w for w in found[:i] if w.end <= comma][-15:]):
        classes = forms_by_class(w.lower)
        if "VERB" in classes and "NOUN" not in classes and lemmas(w.lower) & claim_lemmas:
            return text[w.start : found[i].end]
    return None


_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")


_EXPECTING_WHAT = frozenset("expected expect expects forecast hope hopes hoped".split())
_BE_OR_HAVE = frozenset("be have been".split())
_CLAUSE_OPENERS = frozenset("that it they he she this these".split())
_BEGINNING = frozenset("cause start spark blame deliberately arson trigger".split())
_MORE_OF = frozenset("further more another additional".split())
_PLANNING = frozenset("plan plans planned planning proposed proposal proposals".split())
_REACHING = frozenset("rise reach climb increase grow top total hit".split())
_BRINGING = frozenset("bring cause trigger spark see".split())
# (the modals that say no doubt of their own: "may" and "might" are hedges, read as such)
_MODALS = MODALS - {"may", "might", "must"}
_CLAUSE_HEDGES = frozenset("believe believes suspect suspects think thinks fear fears claiming alleging".split())
# A past belief governs its clause where someone tells it as theirs ("Police said they believed the fire …"); elsewhere
# it is as often a thing's ("a suspected heart problem", "was believed to have known her").
_TOLD_BELIEFS = frozenset("believed thought suspected feared".split())
_PREDICATIVE = frozenset("is are was were".split())
_PREDICATIVE_HEDGES = frozenset("likely unlikely expected possible probable planned proposed rumored rumoured".split())


# A model's guess in its own words: "Ann Richards, likely Dorothy's mother, …", "another year, possibly 2016".
_SPECULATING = frozenset("likely possibly probably perhaps presumably apparently seemingly conceivably".split())


@register("FC208", "speculation-added", REVIEW, "the claim guesses where the evidence does not")
def speculation_added(ctx: ClaimContext) -> Iterator[Hit]:
    """The reverse of FC204: a claim that hedges what its evidence never weighs is the writer's guess,
    not the source's. Evidence that itself hedges ("may", "expected to") may be said as "likely"."""
    if ctx.verbatim or has_hedge(ctx.evidence_words):
        return
    guess = next((w for w in ctx.claim_words if w.lower in _SPECULATING and not _quoted(ctx.card.claim, w)), None)
    if guess is not None:
        yield Hit(f'claim guesses ("{guess.text}") where the evidence says nothing of the kind', ctx.window_span(),
                  ctx.home.article.id)  # fmt: skip
    elif done := _done_told_as_possible(ctx):
        mine, theirs = done
        yield Hit(f'claim says it "{mine}" where the evidence says it "{theirs}"', ctx.span_of(theirs),
                  ctx.home.article.id)  # fmt: skip


# "may ban", "might close", "could be sold": a deed told as only possible.
_MAY_DO = re.compile(r"\b(?:may|might|could)\s+(?:be\s+)?(?P<verb>[a-z]{3,})\b")
# "has banned", "had been closed", "was sold": the same deed told as done.
_HAS_DONE = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?(?P<verb>[a-z]{3,}(?:ed|en|t))\b", re.I
)


def _done_told_as_possible(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The school may ban mobile phones" against "has banned mobile phones": what the evidence tells as done, which
    the claim makes only a thing that may come about."""
    for mine in _MAY_DO.finditer(ctx.card.claim):
        deed = lemmas(mine.group("verb").lower())
        if "VERB" not in forms_by_class(mine.group("verb").lower()):
            continue
        for text in ctx.texts:
            for theirs in _HAS_DONE.finditer(text):
                if lemmas(theirs.group("verb").lower()) & deed:
                    return mine.group(0), theirs.group(0)
    return None


def _quoted(text: str, word: Word) -> bool:
    """Inside a quotation: someone's own words, which the quote rules check."""
    before = text[: word.start]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")
