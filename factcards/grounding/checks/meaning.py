"""What the claim says happened: every content word accounted for, certainty, degree, negation."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from factcards.grounding.checks.bindings import bound_differently
from factcards.grounding.checks.context import (
    ClaimContext,
    EvidenceWords,
    claim_forms,
    content_words,
    has_hedge,
    is_hedge,
    most_told,
    sides_of,
)
from factcards.grounding.checks.contrast import other_side_in_its_clause
from factcards.grounding.checks.framing import (
    accused_of,
    no_evidence,
    none_reported,
    opinion_framed,
    proposed_only,
    too_soon,
)
from factcards.grounding.checks.people import former_dropped, job_changed, kin_changed
from factcards.grounding.checks.qualifiers import (
    all_but_dropped,
    all_for_a_count,
    attempt_dropped,
    both_for_one,
    cap_dropped,
    comparison_dropped,
    exception_dropped,
    harm_raised,
    part_made_whole,
    rank_dropped,
    record_since,
    unanimity_added,
    whole_for_part,
)
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, register
from factcards.grounding.checks.roles import definite_parties, doer_before, doer_of_verbs, participants
from factcards.text.claims import NUMBER_WORDS, ORDINAL_WORDS, ClaimAtoms, Negation, count_value, stem
from factcards.text.dictionary import is_word
from factcards.text.durations import durations, given_as_length
from factcards.text.lexicon import lexicon
from factcards.text.names import ROLE_WORDS
from factcards.text.words import Word, forms_by_class, is_content, lemmas, same_family, words

_NUMBERISH = (
    frozenset(NUMBER_WORDS)
    | frozenset(ORDINAL_WORDS)
    | frozenset("thousand thousands million millions billion billions trillion percent per cent".split())
)
_HEDGE_SKIP = frozenset("be been being is are was were to of have has had not also further still yet a an the".split())
# Hedges that only say someone else says so: a claim that itself says who says so ("a report
# found that …", "police allege …") has not turned them into fact.
_HEARSAY = frozenset("reportedly allegedly alleged purportedly supposedly rumored rumoured accused".split())
# ... and a charge: "was charged with running a Ponzi scheme" keeps the evidence's "allegedly running".
_ATTRIBUTING = frozenset("find allege accuse report according show uncover expose charge indict suspect".split())


def uncovered(ctx: ClaimContext) -> list[Word]:
    """Claim words the evidence does not account for in any form: names, numbers, dates and
    words the article's attribution already explains are checked by their own rules."""
    if "uncovered" not in ctx.memo:
        ctx.memo["uncovered"] = _uncovered(ctx)
    return ctx.memo["uncovered"]  # type: ignore[return-value]


def _uncovered(ctx: ClaimContext) -> list[Word]:
    names = {n.lower() for n in ctx.claim.names}
    date_words = {w.lower() for d in ctx.claim.dates for w in d.surface.split()}
    skip = frozenset(names | date_words | _NUMBERISH)
    ev = ctx.evidence_lexicon
    negating = _evidence_negators(ctx)
    missing = []
    # "The passage describes …", "The article also mentions that …": the claim saying where it read it,
    # as "…, the mayor said" says who said it; what follows is the claim.
    framed = _frame_end(ctx.card.claim)
    said_otherwise = _idioms_told(ctx.card.claim, ev)
    for word in content_words(ctx.claim_words, skip):
        if word.end <= framed or any(start <= word.start < end for start, end in said_otherwise):
            continue
        if word.lower in _NAMING and _NAME_NEXT.match(ctx.card.claim, word.end):
            continue  # "a TV series called "The Millers"": the name says it, and the name rules check it
        if ev.has(word) or (word.lower in ROLE_WORDS and _role_in_article(word.lower, ctx)):
            continue
        if any(c.isdigit() for c in word.lower):
            continue  # "1991-2000", "15.5km", "9/11": the number and date rules judge figures
        if negating and _negated_in_claim(word, ctx):
            continue  # "does not interfere" against "stays out of": the negation rules judge it
        missing.append(word)
    return missing


# Phrases whose words say nothing apart: "passed away" is "died", a "birth name" the name one was "born".
_IDIOMS = (
    (re.compile(r"\bpass(?:ed|es|ing)?\s+away\b", re.IGNORECASE), "die"),
    (re.compile(r"\bbirth\s*(?:name|place)\b", re.IGNORECASE), "born"),
)


def _idioms_told(claim: str, ev: EvidenceWords) -> list[tuple[int, int]]:
    """Where the claim writes an idiom the evidence says in a word of its own."""
    return [
        m.span()
        for pattern, meaning in _IDIOMS
        for m in pattern.finditer(claim)
        if ev.has(Word(meaning, meaning, 0, 0))
    ]


_NAMING = frozenset("named called titled entitled dubbed".split())
_NAME_NEXT = re.compile(r"\s+[\"“'‘]?[A-Z]")
_SOURCE_FRAME = re.compile(
    r"\W*(?:(?:in|from)\s+(?:the|this)\s+(?:passage|article|text|story|report|source)\s*,?\s*)?"
    r"(?:(?:the|this)\s+(?:passage|article|text|story|report|source|document|summary)\s+|it\s+)"
    r"(?:also\s+|then\s+|further\s+|primarily\s+|mainly\s+|briefly\s+)?"
    r"(?:mentions|describes|discusses|states|notes|highlights|covers|explains|details|reports|says|presents"
    r"|outlines|lists|includes|focuses\s+on|talks\s+about|is\s+about|provides(?:\s+(?:information|details))?"
    r"(?:\s+(?:on|about|of))?)\b(?:\s+that\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)  # coverage and its uncovered words both ask, for every card
def _frame_end(claim: str) -> int:
    """Where a claim's saying where it read it ends ("The passage describes …"), 0 when it does not."""
    m = _SOURCE_FRAME.match(claim)
    return m.end() if m else 0


def _role_in_article(role: str, ctx: ClaimContext) -> bool:
    return any(role in lowered for _, lowered in ctx.home.name_run_words)


def _evidence_negators(ctx: ClaimContext) -> bool:
    if "negators" not in ctx.memo:
        ctx.memo["negators"] = _find_negators(ctx)
    return bool(ctx.memo["negators"])


def _find_negators(ctx: ClaimContext) -> bool:
    negators = lexicon().negators
    text = " ".join(ctx.texts).lower()
    return any(n in text for n in negators if " " in n) or any(w.lower in negators for w in ctx.evidence_words)


def _negated_in_claim(word: Word, ctx: ClaimContext) -> bool:
    return any(n.target and n.target == word.lower[: len(n.target)] for n in ctx.claim.negations)


_LIGHT_VERBS = frozenset("make take give have do get hold put go come keep set let see say".split())
# Past two thirds of its content words unaccounted for, a claim says more than its evidence
# (measured on `python -m bench --only trust`: lower limits reject faithful paraphrases).
COVERAGE_LIMIT = 0.67


def _is_predicate(word: Word) -> bool:
    forms = forms_by_class(word.lower)
    verbs = forms.get("VERB", ())
    return bool(verbs) and "NOUN" not in forms and "ADJ" not in forms and not set(verbs) & _LIGHT_VERBS


@register("FC201", "predicate-changed", REVIEW, "the claim's verb says something its evidence does not")
def predicate_changed(ctx: ClaimContext) -> Iterator[Hit]:
    """Same doer, same receiver, another action: "Blinken announced … on China" against
    "Blinken warned China". Verbs are not compared otherwise: news paraphrases its verbs freely."""
    if ctx.verbatim or not (ctx.claim.names or definite_parties(ctx.card.claim)):
        return  # no one named, no "the council": no doer to compare

    reporting = lexicon().reporting
    claim = ctx.card.claim
    # "are required to delete": the action is the verb after "to"; the one before only frames it.
    verbs = [
        w
        for w in uncovered(ctx)
        if (_is_predicate(w) or _after_modal(w, claim))
        and not lemmas(w.lower) & reporting
        and not claim[w.end : w.end + 4].startswith(" to ")
    ]
    if not verbs:
        return
    claim_doers = doer_of_verbs(ctx.card.claim, verbs, " ".join(ctx.texts))
    # An evidence verb the claim also uses is accounted for; it is not what another claim verb replaced.
    claim_lemmas = claim_forms(ctx)
    for text in ctx.texts:
        for word, theirs in doer_of_verbs(text, None, ctx.card.claim).items():
            if lemmas(word.lower) & claim_lemmas:
                continue
            for verb in verbs:
                mine = claim_doers.get(verb)
                if mine and mine.doers & theirs.doers and mine.receivers & theirs.receivers and not _is_light(word):
                    yield ctx.said_against(verb.text, word.text)
                    return


_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)\s+$", re.IGNORECASE)


def _after_modal(word: Word, claim: str) -> bool:
    """ "will scrap the ban": a word that is also a noun is the verb after a modal."""
    forms = forms_by_class(word.lower)
    return (
        "VERB" in forms and not set(forms["VERB"]) & _LIGHT_VERBS and bool(_MODAL_BEFORE.search(claim, 0, word.start))
    )


def _is_light(word: Word) -> bool:
    return bool(lemmas(word.lower) & (_LIGHT_VERBS | lexicon().reporting))


@register("FC202", "claim-coverage", REVIEW, "much of the claim is not accounted for by its evidence")
def coverage(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    names = frozenset(n.lower() for n in ctx.claim.names)
    framed = _frame_end(ctx.card.claim)
    told = [w for w in ctx.claim_words if w.start >= framed]  # the frame is no claim
    total = len(content_words(told, names | _NUMBERISH))
    missing = uncovered(ctx)
    if total and len(missing) / total >= COVERAGE_LIMIT:
        shown = ", ".join(f'"{w.text}"' for w in missing[:5])
        yield Hit(f"claim says {shown} that the evidence does not", ctx.window_span(), ctx.home.article.id)
        return
    if swap := (_word_in_place(ctx, missing) if missing else None) or _other_in_place(ctx, missing):
        yield ctx.said_against(*swap)


# "a shortage of doctors" against "a shortage of nurses": the noun after "of" names what the thing is
# of, and a claim that puts another there says something else. Only "of" for a word the evidence does
# not have: after "for", "in", "to" or "with" the other word is as often a paraphrase (measured on
# `python -m bench --only trust`).
_ARTICLES = frozenset({"the", "a", "an"})


def _word_in_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """A claim noun the evidence does not say, after the same word and "of" as a noun of the
    evidence's that the claim does not say: the claim's phrase and the evidence's."""
    claim_words = ctx.claim_words
    at = {w.start: i for i, w in enumerate(claim_words)}
    for word in missing:
        # Right after "of" only: "part of a plot" against "part of a scheme" is the same part.
        slot = _slot(claim_words, at.get(word.start, 0), past_articles=False)
        if slot is None or slot[1].lower != "of" or word.capitalized or not _is_noun_word(word):
            continue
        head, link = slot
        for text in ctx.texts:
            for shared, other in _slots_of(text, head, link):
                if not other.capitalized and _is_noun_word(other) and not lemmas(other.lower) & claim_forms(ctx):
                    return (ctx.card.claim[head.start : word.end], text[shared.start : other.end])
    return None


_OTHER_LINKS = frozenset({"by"})


def _other_in_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "a survey by the council" against "a survey by the chamber of commerce … the council will": a
    word the evidence has, put after a word and link where the evidence has another (and never it)."""
    claim_words = ctx.claim_words
    if not any(w.lower in _OTHER_LINKS for w in claim_words):
        return None  # most claims: no "by" at all
    gone = {w.start for w in missing}
    for i, word in enumerate(claim_words):
        if word.start in gone or word.capitalized or not _is_noun_word(word):
            continue
        slot = _slot(claim_words, i)
        if slot is None or slot[1].lower not in _OTHER_LINKS:
            continue
        head, link = slot
        mine = lemmas(word.lower)
        theirs = [(text, shared, other) for text in ctx.texts for shared, other in _slots_of(text, head, link)]
        if not theirs or any(lemmas(other.lower) & mine for _, _, other in theirs):
            continue
        text, shared, other = theirs[0]
        if other.capitalized or not _is_noun_word(other) or lemmas(other.lower) & claim_forms(ctx):
            continue
        return (ctx.card.claim[head.start : word.end], text[shared.start : other.end])
    return None


def _slot(claim_words: list[Word], i: int, *, past_articles: bool = True) -> tuple[Word, Word] | None:
    """The content word and link before claim word `i` ("survey", "by" for "a survey by the council")."""
    j = i - 1
    while past_articles and j > 0 and claim_words[j].lower in _ARTICLES:
        j -= 1
    if j < 1 or not is_content(claim_words[j - 1].lower):
        return None
    return claim_words[j - 1], claim_words[j]


def _slots_of(text: str, head: Word, link: Word) -> Iterator[tuple[Word, Word]]:
    """Each place `text` writes `head` and `link`, with the word after them (past an article)."""
    found = words(text)
    for j, shared in enumerate(found[:-2]):
        if found[j + 1].lower == link.lower and lemmas(shared.lower) & lemmas(head.lower):
            other = next((w for w in found[j + 2 : j + 4] if w.lower not in _ARTICLES), None)
            if other is not None:
                yield shared, other


def _is_noun_word(word: Word) -> bool:
    return is_content(word.lower) and "NOUN" in forms_by_class(word.lower)


@register("FC204", "certainty-dropped", UNSUPPORTED, "the claim states as fact what the evidence hedges")
def certainty_dropped(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim or has_hedge(ctx.claim_words):
        return
    claim_lemmas = set().union(*(lemmas(w.lower) for w in content_words(ctx.claim_words)))
    attributed = bool(claim_lemmas & (_ATTRIBUTING | lexicon().reporting))
    if framed := too_soon(ctx) or no_evidence(ctx):  # whoever the claim credits, it answers what no one can tell yet
        yield Hit(f'claim states as fact what the evidence says "{framed}"', ctx.span_of(framed), ctx.home.article.id)
        return
    if not attributed and (
        framed := opinion_framed(ctx, claim_lemmas)
        or accused_of(ctx, claim_lemmas)
        or none_reported(ctx)
        or proposed_only(ctx)
    ):
        yield Hit(f'claim states as fact what the evidence says "{framed}"', ctx.span_of(framed), ctx.home.article.id)
        return
    best: int | None = -1  # worked out only when a hedge governs a word of the claim
    for at, found in enumerate(words(text) for text in ctx.texts):
        for i, word in enumerate(found):
            if not is_hedge(word) or (attributed and word.lower in _HEARSAY | _CLAUSE_HEDGES):
                continue
            said = _hedged(found, i, claim_lemmas)
            if said is None or _other_deed_told(said, found, ctx.claim_words):
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


@lru_cache(maxsize=1)
def _said_of_anything() -> frozenset[int]:
    """Oppositions whose words a sentence says of many things: how much, which one, how long."""
    return frozenset(_group_of(w) for w in ("all", "first", "only", "day", "thousands"))


def _other_deed_told(said: str, found: list[Word], claim_words: list[Word]) -> bool:
    """Whether a hedge that governs a thing ("proposed a discounted pass") is beside the claim's point: the
    claim tells another deed the sentence does to it ("The board rejected a discounted pass" against
    "Ferrante proposed a discounted pass, which the board rejected")."""
    told = said.lower().split()
    if told[0] in _CLAUSE_HEDGES or len(told) < 3 or told[1] not in _ARTICLES:
        return False  # "believe the Bank was …" governs the clause, the Bank's deed with it
    said_lemmas = set().union(*(lemmas(w) for w in told))
    # A deed of its own, not one the hedge goes on to govern ("expect the bridge to reopen").
    theirs = {
        form
        for i, w in enumerate(found)
        if not (i and found[i - 1].lower in _GOVERNED_AFTER)
        for form in lemmas(w.lower)
    } - said_lemmas
    return any(
        "VERB" in forms_by_class(w.lower) and is_content(w.lower) and lemmas(w.lower) & theirs
        for w in claim_words
        if not w.capitalized and not lemmas(w.lower) & said_lemmas
    )


_ARTICLES = frozenset("a an the".split())
_GOVERNED_AFTER = frozenset("to will would could might may can should must be".split())


def _reported_sentence(ctx: ClaimContext) -> int | None:
    """Which evidence sentence says most of the claim, when one does (None for one sentence or a tie)."""
    if len(ctx.texts) < 2:
        return None
    forms = {f for w in content_words(ctx.claim_words) for f in lemmas(w.lower)}
    return most_told(ctx.texts, [frozenset({f}) for f in forms])


def _hedged(found: list[Word], i: int, claim_lemmas: set[str]) -> str | None:
    """The words the hedge `found[i]` governs, when the claim states what they say: the next verb or
    quality ("might be taken", "a reportedly carcinogenic chemical", "seems safe"), or the subject it is
    said of ("Rain is likely on Friday", "A deal is expected this week")."""
    passed = _HEDGE_SKIP | lexicon().hedges
    # What the hedge governs: the next verb, past "be", "to", "have" ("might be taken").
    at = next((j for j in range(i + 1, min(i + 5, len(found))) if found[j].lower not in passed), None)
    if at is not None:
        classes = forms_by_class(found[at].lower)
        if ("VERB" in classes or "ADJ" in classes) and lemmas(found[at].lower) & claim_lemmas:
            return " ".join(w.text for w in found[i : at + 1])
    if found[i].lower in _CLAUSE_HEDGES:
        # "Investigators believe an accelerant was used": the hedge governs the clause after it.
        for j in range(i + 1, min(i + 7, len(found))):
            word = found[j]
            if word.lower in passed or word.lower in ("that", "a", "an", "the"):
                continue
            if "VERB" in forms_by_class(word.lower) and "NOUN" not in forms_by_class(word.lower):
                if lemmas(word.lower) & claim_lemmas:
                    return " ".join(w.text for w in found[i : j + 1])
                break
    predicative = i >= 2 and found[i - 1].lower in _PREDICATIVE and found[i].lower in _PREDICATIVE_HEDGES
    subject = found[i - 2] if predicative else None
    if subject is not None and lemmas(subject.lower) & claim_lemmas and "NOUN" in forms_by_class(subject.lower):
        return " ".join(w.text for w in found[i - 2 : i + 1])
    return None


_CLAUSE_HEDGES = frozenset("believe believes suspect suspects think thinks fear fears claiming alleging".split())
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


def _quoted(text: str, word: Word) -> bool:
    """Inside a quotation: someone's own words, which the quote rules check."""
    before = text[: word.start]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


@lru_cache(maxsize=65536)  # every word of every claim and evidence sentence is looked up
@register(
    "FC205", "degree-changed", UNSUPPORTED, "quantity, degree or direction differs (all/some, more/less, hours/days)"
)
def degree_changed(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    # "over 400 appearances" against "nearly 400": the same figure, bounded from the other side.
    bounded = _bounds(ctx.card.claim)
    theirs = {number: (side, said) for text in ctx.texts for side, number, said in _bounds(text)} if bounded else {}
    for side, number, said in bounded:
        if number in theirs and theirs[number][0] != side:
            other = theirs[number][1]
            yield ctx.said_against(said, other)
            return
    # Which way a figure went: "Kestrel shares rose 8%" against "Shares in Kestrel fell 8%, while
    # shares in Harbor Group rose 3%": both directions are in the evidence, but not for 8%.
    mine = _figure_moves(ctx.card.claim)
    by_figure = [move for text in ctx.texts for move in _figure_moves(text)] if mine else []
    # A figure keeps its unit of time: "within six hours" against "within six minutes, … under an hour".
    mine_units = [
        (value, unit, said)
        for value, unit, said in _figure_units(ctx.card.claim)
        if not given_as_length(ctx.card.claim, ctx.card.claim.find(said), ctx.texts)  # "two decades", "20 years"
    ]
    found = bound_differently(mine, by_figure) or (
        bound_differently(mine_units, [u for text in ctx.texts for u in _figure_units(text)]) if mine_units else None
    )
    if found:
        said, other = found
        yield ctx.said_against(said, other)
        return
    # Which way a thing moved: "a sharp increase in profit" against "profits dropped" is caught
    # even where the evidence moves something else the other way ("upped prices").
    moved = _moves(ctx.evidence_words)
    # A direction bound to a figure the evidence moves the same way is answered ("They have gained about
    # 25%" against "Shares fell 3% … They have gained about 25%").
    moved_figures = {(fig, side) for fig, side, _ in by_figure}
    agreed = {ctx.card.claim.find(said) for fig, side, said in mine if (fig, side) in moved_figures}
    for side, thing, word in _moves(ctx.claim_words):
        if word.start in agreed:
            continue
        same = [(s, w) for s, t, w in moved if t == thing]
        if thing and same and all(s != side for s, _ in same):
            yield Hit(
                f'claim says "{word.text}" ({thing}) where the evidence says "{same[0][1].text}"',
                ctx.span_of(same[0][1].text),
                ctx.home.article.id,
            )
            return
    if (
        hit := record_since(ctx)
        or rank_dropped(ctx)
        or attempt_dropped(ctx)
        or whole_for_part(ctx)
        or exception_dropped(ctx)
        or harm_raised(ctx)
        or all_but_dropped(ctx)
        or unanimity_added(ctx)
        or cap_dropped(ctx)
        or comparison_dropped(ctx)
        or all_for_a_count(ctx)
        or part_made_whole(ctx)
        or both_for_one(ctx)
        or former_dropped(ctx)
        or kin_changed(ctx)
        or job_changed(ctx)
    ):
        yield hit
        return
    quantity, duration = _group_of("all"), _group_of("day")
    evidence_sides: dict[tuple[int, int], list[tuple[str, str | None]]] = {}
    evidence_phrases = [found for text in ctx.texts for found in _phrase_sides(text)]
    for text in ctx.texts:
        found = words(text)
        for i in _degree_indexes(found):
            for side in sides_of(found[i].lower):
                head = _quantified(found, i) if side[0] == quantity else None
                evidence_sides.setdefault(side, []).append((found[i].text, head))
    for phrase, side in evidence_phrases:
        evidence_sides.setdefault(side, []).append((phrase, None))
    claim_found = ctx.claim_words
    claim_indexes = _degree_indexes(claim_found)
    claim_sides = {side for i in claim_indexes for side in sides_of(claim_found[i].lower)}
    claim_sides |= {side for _, side in _phrase_sides(ctx.card.claim)}
    for i in claim_indexes:
        word = claim_found[i]
        for group, side in sides_of(word.lower):
            if (group, side) in evidence_sides:
                continue
            if group == duration and given_as_length(ctx.card.claim, word.start, ctx.texts):
                continue  # "in half a year" against "in six months": the same length of time
            head = _quantified(claim_found, i) if group == quantity else None
            other = _unanswered_opposite(evidence_sides, (group, side), claim_sides, head)
            # The evidence writing the claim's own word answers it too; a paraphrase does not
            # ("closing" is "ending" in general, but not against "will open … ending the ban").
            if (
                other is not None
                and not ctx.evidence_lexicon.has(word, paraphrased=False)
                and not _degree_elsewhere(word, (group, side), ctx)
            ):
                yield ctx.said_against(word.text, other)
                return
    # A side said in more than one word ("voted for" against "voted against"), read the same way.
    evidence_text = " ".join(ctx.texts).lower()
    for phrase, (group, side) in _phrase_sides(ctx.card.claim):
        if (group, side) in evidence_sides:
            continue
        # The evidence writing the phrase answers it, unless only inside a longer one ("in cash" in "in cash
        # and stock").
        if phrase in evidence_text and not any(phrase in longer and phrase != longer for longer, _ in evidence_phrases):
            continue
        other = _unanswered_opposite(evidence_sides, (group, side), claim_sides)
        if other is not None:
            yield ctx.said_against(phrase, other)
            return
    # Both sides in the evidence: the claim's must be in the clause it reports.
    claim_said = [(claim_found[i].text, side) for i in claim_indexes for side in sides_of(claim_found[i].lower)]
    claim_said += list(_phrase_sides(ctx.card.claim))
    contested = [
        (said, side)
        for said, side in claim_said
        if side in evidence_sides and any(g == side[0] and s != side for g, s in evidence_sides)
    ]
    found = contested and (
        other_side_in_its_clause(claim_said, claim_found, ctx.texts, _said_sides)
        # ... and the sentence, when the evidence is several ("… voted to raise the fare … Monthly passes
        # will stay at $90": "passes will rise to $90" takes its side from the other sentence). Deeds only:
        # a sentence's "first" or "a year" is as often said of something else.
        or (len(ctx.texts) > 1 and other_side_in_its_clause(
            [(t, side) for t, side in claim_said if side[0] not in _said_of_anything() and "VERB" in forms_by_class(t.lower())],
            claim_found, ["\n".join(ctx.texts)], _said_sides, lambda t: t.split("\n"),
        ))
    )  # fmt: skip
    if found:
        said, other = found
        yield Hit(f'claim says "{said}" where the evidence says "{other}" of it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip


def _unanswered_opposite(
    evidence_sides: dict[tuple[int, int], list[tuple[str, str | None]]],
    claimed: tuple[int, int],
    claim_sides: set[tuple[int, int]],
    head: str | None = None,
) -> str | None:
    """The evidence's first word of another side of the claimed side's opposition, when the claim does not
    say that side too: "delete it … if they have apps installed" against "remove it" — the claim's own
    "delete" answers the evidence's "remove"; only an unanswered opposite contradicts. With `head`, only a
    quantity of the same thing ("parts of Asia" against "all carriers" is of something else)."""
    group, side = claimed
    return next(
        (
            text
            for (g, s), said in evidence_sides.items()
            if g == group and s != side and (g, s) not in claim_sides
            for text, theirs in said
            if head is None or theirs is None or head == theirs
        ),
        None,
    )


def _degree_elsewhere(word: Word, side: tuple[int, int], ctx: ClaimContext) -> bool:
    """ "a man who was shot dead" against "was found badly injured": another sentence of the article says
    "died", of the same side as "dead", of the same thing (see `detail_elsewhere`); it is cited as context."""

    def where(found: ClaimAtoms) -> int:
        return next((w.start for w in words(found.text) if side in sides_of(w.lower)), -1)

    return ctx.detail_elsewhere(word.start, word.text, where)


def _said_sides(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each degree word or phrase of `text` with its side."""
    found = words(text)
    return [(found[i].text, side) for i in _degree_indexes(found) for side in sides_of(found[i].lower)] + list(
        _phrase_sides(text)
    )


def _figure_units(text: str) -> list[tuple[float, str, str]]:
    """Each length of time written with a figure: the figure, its unit and the words (6.0, "hour", "six hours")."""
    return [(d.count, d.unit, text[d.start : d.end]) for d in durations(text) if d.counted]


@lru_cache(maxsize=16384)  # evidence sentences repeat across a day's cards
def _phrase_sides(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """Sides said in more than one word ("one of", against "only"; "four of its seven", against "all")."""
    lowered = text.lower()
    spans = [
        (m.start(), m.end(), phrase)
        for phrase in _multiword_oppositions()
        if phrase in lowered
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", lowered)
    ]
    # The longest phrase says it: "in cash and stock" is not also "in cash".
    kept = {p for a, b, p in spans if not any(c <= a and b <= d and (d - c) > (b - a) for c, d, _ in spans)}
    found = [(phrase, side) for phrase, sides in _multiword_oppositions().items() if phrase in kept for side in sides]
    for m in _PART_OF.finditer(text):
        part, whole = (count_value(m.group(g)) for g in ("part", "whole"))
        if part is not None and whole is not None and part < whole:
            found.extend((m.group(0), side) for side in sides_of("some"))
    return tuple(found)


# "four of its seven seats", "11 of the 12 MEPs": a part of a counted whole, which is not all of it.
_PART_OF = re.compile(
    r"\b(?P<part>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+"
    r"(?:the|its|their|his|her|our)\s+(?:(?:last|past|first|next|previous)\s+)?(?P<whole>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _multiword_oppositions() -> dict[str, list[tuple[int, int]]]:
    return {w: sides for w, sides in lexicon().opposition.items() if " " in w}


def _degree_indexes(found: Sequence[Word]) -> list[int]:
    """The words that can say a degree: not inside a name ("First Team All-State honors", "the NBA
    Finals"), not "all" in "all but one", which is most, not the ordinal "second", and not one
    turned around by the words before it ("ending the ban", "not all"), nor an "only" that means "just"."""
    return [
        i
        for i, w in enumerate(found)
        if sides_of(w.lower)  # a word of no opposition says no degree
        and not (w.capitalized and w.start > 0)
        and not (w.lower == "all" and i + 1 < len(found) and found[i + 1].lower == "but")
        and not (w.lower in ("least", "most") and i and found[i - 1].lower == "at")  # "at least 16,000 hectares"
        and not (i + 1 < len(found) and found[i + 1].lower == "old")  # "75 years old" is an age, no length of time
        and not (w.lower == "only" and _just(found, i))
        and not (w.lower == "second" and not (i and _COUNTS_TIME.fullmatch(found[i - 1].lower)))
        and not any(before.lower in _TURNING for before in found[max(i - 2, 0) : i])
        and not (w.lower in _VERB_ONLY and not (i and _verb_next(found[i - 1])))
    ]


# Degree words only as verbs: "a discounted pass", "monthly passes", "a block of flats" approve and reject
# nothing; "to pass", "will block", "it passes" do.
_VERB_ONLY = frozenset("pass passes block blocks".split())
_BEFORE_A_VERB = frozenset(
    "to will would shall should can could may might must did does do not cannot n't it he she they we who".split()
)


def _verb_next(before: Word) -> bool:
    return before.lower in _BEFORE_A_VERB


def _just(found: Sequence[Word], i: int) -> bool:
    """ "only three years left" is "just three"; "the only one to ban it" is no one else."""
    determined = i > 0 and found[i - 1].lower in ("the", "its", "their", "his", "her", "our", "my", "your")
    return not determined and i + 1 < len(found) and bool(_JUST_A_FIGURE.fullmatch(found[i + 1].lower))


_JUST_A_FIGURE = re.compile(
    r"\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|half|few|"
    r"handful|dozen|hundreds?|thousands?|millions?|billions?|[a-z]+ty|eleven|twelve|\w+teen"
)
_TURNING = frozenset(
    "not no never n't end ends ended ending lift lifts lifted lifting scrap scraps scrapped scrapping "
    "overturn overturned reverse reversed reversing".split()
)
_QUANTIFIER_SKIP = frozenset("of the a an its their his her our these those this that".split())


def _quantified(found: Sequence[Word], i: int) -> str | None:
    """What a quantity word counts: "all carriers" -> carrier, "parts of Asia" -> asia; None when
    no noun follows ("all of it", "everyone"), and then it is compared with any quantity."""
    for word in found[i + 1 : i + 5]:
        if word.lower in _QUANTIFIER_SKIP:
            continue
        if word.capitalized:
            return word.lower
        noun = _noun(word)
        if noun is not None:
            return noun
        if "ADJ" not in forms_by_class(word.lower):
            return None
    return None


@lru_cache(maxsize=8)
def _group_of(word: str) -> int:
    """The opposition group a word belongs to ("all": quantity, "increase": direction)."""
    return next(g for g, _ in sides_of(word))


# "a second", "30 seconds": the unit of time; "the second one": the ordinal.
_COUNTS_TIME = re.compile(r"a|one|per|split|few|\d[\d.,]*")


_ABOVE = ("more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding")
_BELOW = ("nearly", "almost", "under", "less than", "fewer than", "up to", "just under", "at most", "shy of")
_EXACT = ("exactly", "precisely")  # "exactly 14" against "at least 14": a bound the claim takes away
_BOUND_WORDS = "|".join(w.replace(" ", r"\s+") for w in _ABOVE + _BELOW + _EXACT)
# "under an hour" bounds one hour: an article before a unit of time counts one.
_BOUND = re.compile(
    rf"\b(?P<bound>{_BOUND_WORDS})\s+(?P<number>[$£€]?\d[\d,.]*\d|[$£€]?\d|an?(?=\s+(?:hour|minute|day|week|month|year)\b))",
    re.IGNORECASE,
)


def _bounds(text: str) -> list[tuple[str, str, str]]:
    """Each figure given with a bound: ("above", "below" or "exact", the figure, the words as written)."""
    found = []
    for m in _BOUND.finditer(text):
        bound = " ".join(m.group("bound").lower().split())
        side = "above" if bound in _ABOVE else "exact" if bound in _EXACT else "below"
        number = m.group("number").lower()
        number = "1" if number in ("a", "an") else number.lstrip("$£€").replace(",", "")
        found.append((side, number, m.group(0)))
    return found


_NOT_THINGS = frozenset(
    "per cent percent year years month months week weeks day days time times point points level levels "
    "rate amount number total sharp steep slight it its they them he she we you this that".split()
)


# "rose 8%", "fell by $2 million", "dropped to 3.1%": a direction and the figure it went by or to.
_BY_FIGURE = re.compile(
    r"\s+(?:(?:by|to|about|around|nearly|almost|some|roughly|over|more than|less than)\s+){0,2}"
    r"(?P<fig>[$£€]?\d[\d,.]*\d?\s?(?:%|percent|per cent|points?|million|billion|bn|m\b|k\b)?)"
)


# Directions said only of a count: "add 400 jobs" against "cut 400 jobs", "lost about 25%" against
# "gained about 25%" ("he added" and "lost the match" say no direction).
_FIGURE_UP = frozenset("add adds added adding hire hires hired hiring create creates created creating".split())
_FIGURE_DOWN = frozenset(
    "lose loses lost losing shed sheds shedding eliminate eliminates eliminated eliminating axe axes axed".split()
)
_WORD_THEN_FIGURE = re.compile(rf"\b(?P<word>[A-Za-z]+)(?={_BY_FIGURE.pattern})")


def _figure_moves(text: str) -> list[tuple[str, int, str]]:
    """(the figure as written without separators, direction side, the words) for each direction word a
    figure follows, and each comparison a figure comes before ("15 percent less likely")."""
    group = _group_of("increase")
    up, down = sides_of("increase")[0][1], sides_of("decrease")[0][1]
    found = []
    for candidate in _WORD_THEN_FIGURE.finditer(text):  # only words a figure follows are looked up
        said = candidate.group("word").lower()
        sides = [side for g, side in sides_of(said) if g == group]
        if not sides and said in _FIGURE_UP | _FIGURE_DOWN:
            sides = [up if said in _FIGURE_UP else down]
        m = _BY_FIGURE.match(text, candidate.end()) if sides else None
        if m:
            found.append((_figure_key(m.group("fig")), sides[0], text[candidate.start() : m.end()]))
    for m in _FIGURE_THEN_COMPARED.finditer(text):
        found.append((_figure_key(m.group("fig")), up if m.group("word").lower() in _MORE else down, m.group(0)))
    return found


def _figure_key(figure: str) -> str:
    """ "15 percent", "15 per cent" and "15%" alike; "1,200" as "1200"."""
    return re.sub(r"[\s,]|per cent|percent", lambda x: "%" if "cent" in x.group() else "", figure)


# A figure, then which way it compares: "15 percent less likely" is not "15 percent more likely".
_MORE = frozenset("more higher greater larger bigger".split())
_FIGURE_THEN_COMPARED = re.compile(
    r"(?<![\w.,])(?P<fig>[$£€]?\d[\d,.]*\d?\s?(?:%|percent|per cent|points?|times)?)\s+"
    r"(?P<word>more|less|fewer|higher|lower|greater|smaller|larger|bigger)\b",
    re.IGNORECASE,
)


def _moves(found: list[Word]) -> list[tuple[int, str | None, Word]]:
    """Each word of direction (rise/fall, raise/lower) with the thing that moved, as a noun lemma."""
    group = _group_of("increase")
    moves = []
    for i, word in enumerate(found):
        sides = [s for g, s in sides_of(word.lower) if g == group]
        if sides:
            moves.append((sides[0], _thing(found, i), word))
    return moves


def _thing(found: list[Word], i: int) -> str | None:
    after = found[i + 1 : i + 5]
    if after and after[0].lower in ("in", "of"):  # "an increase in profit"
        return _last_noun(after[1:])
    if thing := _last_noun(after):  # "upped delivery prices", "lowering prices"
        return thing
    before = [w for w in found[max(0, i - 2) : i] if _noun(w)]
    return _noun(before[-1]) if before else None  # "profits dropped"


def _last_noun(found: list[Word]) -> str | None:
    nouns: list[str] = []
    for word in found:
        noun = _noun(word)
        if noun is None:
            if nouns:
                break
            if "ADJ" in forms_by_class(word.lower) or word.lower in ("the", "a", "an", "its", "their"):
                continue
            break
        nouns.append(noun)
    return nouns[-1] if nouns else None


def _noun(word: Word) -> str | None:
    if word.lower in _NOT_THINGS or not word.lower.isalpha():
        return None
    forms = forms_by_class(word.lower)
    nouns = forms.get("NOUN")
    if not nouns or ("VERB" in forms and word.lower.endswith(("ed", "ing"))):
        return None
    return nouns[0]


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
            return not classes and prefix in ("un", "non", "non-") and described and is_word(base)
    return False


def _prefix_flip(ctx: ClaimContext, claim_negates: bool) -> Hit | None:
    """A claim word that turns an evidence word around with a negating prefix, or is turned by one."""
    evidence = {w.lower: w for w in ctx.evidence_words if w.lower.isalpha() or "-" in w.lower}
    for word in ctx.claim_words:
        if word.lower in evidence or len(word.lower) < 6:
            continue
        for lower, other in evidence.items():
            opposite = (
                _opposite_by_prefix(word.lower, lower) if claim_negates else _opposite_by_prefix(lower, word.lower)
            )
            if opposite:
                return ctx.said_against(word.text, other.text)
    return None


@register("FC206", "negation-added", UNSUPPORTED, "the claim negates what the evidence does not")
def negation_added(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    if hit := _prefix_flip(ctx, claim_negates=True):
        yield hit
        return
    seen = ctx.seen
    window_negated = {n.target for a in seen for n in a.negations}
    # "found no evidence" against "have not found any evidence": one negation reaches the other's word.
    window_negated |= {t for a in seen for n in a.negations for t in n.scope}
    window_stems = set().union(*(a.stems for a in seen)) if seen else set()
    reworded = _evidence_negators(ctx)
    negations = ctx.claim.negations
    if any(n.target == "first" for n in negations) and any(_HAPPENED_BEFORE.search(t) for t in ctx.texts):
        # "This is not the first time …" against "the 2007 championships were also awarded without …"
        negations = [n for n in negations if n.target != "first"]
    for negation in negations:
        if reworded and _negated_by_word(negation.target, ctx):
            continue  # "did not consult" against "refused to consult"
        if reworded and _same_negator(negation, ctx, window_stems):
            continue  # "Valdoria denies overfishing" against "…of overfishing, a charge Valdoria denies"
        if any(n.target in negation.scope for a in seen for n in a.negations):
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
    if negations and not any(a.negations for a in seen) and not reworded:
        # "... the impact. not": a negation with nothing after it still says the opposite.
        yield Hit(
            f'claim says "{negations[0].surface}" where the evidence has no negation',
            ctx.window_span(),
            ctx.home.article.id,
        )


_HAPPENED_BEFORE = re.compile(r"\b(?:also|again|previously|before|earlier|second time|another time)\b", re.IGNORECASE)


# Verbs that say something is not had: "lost power" is "without power".
_LOSING = frozenset("lose lack miss forfeit".split())


def _lost(target: str, found: list[Word]) -> bool:
    """Whether the claim says it lacks `target` ("homes lost power" for "homes without power"): a verb of
    losing within two words before it."""
    for i, word in enumerate(found):
        if stem(word.lower) == target and any(lemmas(w.lower) & _LOSING for w in found[max(0, i - 3) : i]):
            return True
    return False


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


def _negated_by_word(target: str | None, ctx: ClaimContext) -> bool:
    """The evidence says "refused to X", "denied X-ing", "failed to X": X is negated without "not"."""
    if not target:
        return False
    negators = lexicon().negators
    found = ctx.evidence_words
    return any(
        stem(w.lower) == target
        and (
            any(p.lower in negators for p in found[max(i - 4, 0) : i])
            or " ".join(p.lower for p in found[max(i - 2, 0) : i]) in negators  # "yet to turn"
        )
        for i, w in enumerate(found)
    )


# "refused to release him", "failed to pay", "declined to comment", "denied taking": a "not" without the
# word, whose verb a claim may keep while dropping what turned it.
_REFUSAL = re.compile(
    r"\b(?P<turn>refus\w*|fail\w*|declin\w*|unable|(?<=\s)yet)\s+to\s+(?P<verb>[a-z]+)|\b(?P<deny>den(?:y|ies|ied|ying))\s+(?P<ing>[a-z]+ing)\b",
    re.IGNORECASE,
)


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
    for text, m in turned:
        verb = lemmas((m.group("verb") or m.group("ing")).lower())
        if not verb & claim_lemmas or verb & lexicon().reporting:
            continue  # "declined to say how much, but said …": what was said is checked by the speaker rules
        # "the Blues failed to progress" says nothing against "Gloucester progress".
        doer = doer_before(text, m.start())
        if doer is not None and doer not in claim_keys:
            continue
        # The evidence saying the verb unturned elsewhere ("… sees them progress") answers the claim's.
        if any(_unturned(t, w, verb, turned) for t in ctx.texts for w in words(t)):
            continue
        said = m.group(0)
        return Hit(f'claim drops the negation in the evidence ("{said}")', ctx.span_of(said), ctx.home.article.id)
    return None


def _refusal_added(ctx: ClaimContext) -> Hit | None:
    """ "Falk refused to concede" against "Falk conceded late Saturday": the claim turns a verb the
    evidence says plainly, and the evidence turns nothing."""
    claim = ctx.card.claim
    turned = list(_REFUSAL.finditer(claim))
    if not turned or ctx.claim.negations or _evidence_negators(ctx) or any(a.negations for a in ctx.seen):
        return None
    evidence_lemmas = set().union(*(lemmas(w.lower) for w in ctx.evidence_words))
    if evidence_lemmas & (_TURNING_LEMMAS | {"unable", "inability"}):
        return None
    for m in turned:
        verb = lemmas((m.group("verb") or m.group("ing")).lower())
        doer = doer_before(claim, m.start())
        if doer is None or verb & lexicon().reporting:
            continue
        # The same doer does the verb plainly in the evidence ("Falk conceded"), not just anyone.
        plain = any(
            lemmas(w.lower) & verb and doer_before(text, w.start) == doer for text in ctx.texts for w in words(text)
        )
        if plain:
            return Hit(f'claim says "{m.group(0)}" where the evidence has no negation', ctx.window_span(),
                       ctx.home.article.id)  # fmt: skip
    return None


def _unturned(text: str, word: Word, verb: set[str] | frozenset[str], turned: list[tuple[str, re.Match[str]]]) -> bool:
    if not lemmas(word.lower) & verb:
        return False
    return not any(text is t and m.start() <= word.start < m.end() for t, m in turned)


_TURNING_LEMMAS = frozenset(
    "refuse refusal fail failure decline deny denial reject rejection unable inability yet struggle".split()
)


@register("FC207", "negation-dropped", UNSUPPORTED, "the claim drops a negation its evidence has")
def negation_dropped(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    if hit := _prefix_flip(ctx, claim_negates=False):
        yield hit
        return
    if hit := _refusal_dropped(ctx) or _unsaid_named(ctx) or _undone_deed(ctx):
        yield hit
        return
    if not any(a.negations for a in ctx.seen):
        return
    claim_negated = {n.target for n in ctx.claim.negations} | {t for n in ctx.claim.negations for t in n.scope}
    # "declined to comment" turns "comment" as "did not comment" does.
    claim_negated |= {stem(m.group("verb") or m.group("ing")) for m in _REFUSAL.finditer(ctx.card.claim)}
    claim_negated |= {
        stem(form) for w in ctx.claim_words if stem(w.lower) in claim_negated for form in lemmas(w.lower)
    }  # "denied charges" negates "charge" however each side stems it
    # A verb in "-es" stems without its "e" ("proves" to "prov"), the evidence's "cannot prove" with it.
    stems = ctx.claim.stems | {
        stem(form) for w in ctx.claim_words if w.lower.endswith("es") for form in lemmas(w.lower) if form.endswith("e")
    }
    # An irregular past stems apart from its verb ("gave" against "did not give"): it counts when the claim
    # also keeps what the negation reaches ("gave details"; not "felt fortunate" against "not feel cheated").
    irregular = {stem(form) for w in ctx.claim_words for form in lemmas(w.lower)} - stems
    # "has not said who was behind it" leaves a question open (`_unsaid_named`); it does not unsay "said".
    unasked = {stem(m.group(0).split()[-2]) for text in ctx.texts for m in _UNSAID.finditer(text)}
    dropped: list[Negation] = [
        n for span in ctx.span_atoms() for n in span.negations
        if n.target and n.target not in claim_negated and n.target not in unasked
        and (n.target in stems or (n.target in irregular and any(t in stems for t in n.scope - {n.target})))
        and not any(c.target in n.scope for c in ctx.claim.negations)
        and not (n.nominal and _only_as_verb(n.target, ctx.claim_words))
        and not _lost(n.target, ctx.claim_words)
    ]  # fmt: skip
    if dropped:
        yield Hit(
            f'claim drops the negation in the evidence ("{dropped[0].surface}")',
            ctx.span_of(dropped[0].surface),
            ctx.home.article.id,
        )


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
    return Hit(
        f'claim drops the negation in the evidence ("{m.group(0)}")', ctx.span_of(m.group(0)), ctx.home.article.id
    )


def _says_deed(m: re.Match[str], ctx: ClaimContext) -> bool:
    thing = m.group("object").lower()
    return any(
        not w.capitalized and (w.lower[:4] == thing[:4] and same_family(w.lower, thing)) for w in ctx.claim_words
    )
