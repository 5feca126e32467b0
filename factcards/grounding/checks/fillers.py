"""The thing put after a word and its link: "pumping sewage into the sea" against "… into the River Lode".

A claim that keeps the evidence's words and changes only the thing one of them points at is hard to see: every other
word checks out. This reads the claim's new noun by what leads to it — the word before it and the preposition between
("painkillers from", "a fire at") — and sets it against what the evidence puts after the same word and link. On real
LLM summaries (FaithBench) the thing after a preposition is changed as often to paraphrase as to err ("adapted for
film" for "adapted for the big screen"), so only links of place are read, with a thing named as one on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcards.grounding.checks.context import on_other_sides, sides_of
from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.claims import NUMBER_WORDS
from factcards.text.clauses import MODALS
from factcards.text.entity_types import ORGANISATION_WORDS
from factcards.text.lexicon import lexicon
from factcards.text.words import (
    ANYONE,
    Word,
    akin,
    forms_by_class,
    is_content,
    kinds_of,
    lemmas,
    names_its_kind,
    one_meaning,
    words,
)

# The links a filler hangs by: prepositions that say where or whence. (Others — "for", "with", "about" — lead as
# often to a paraphrase: "adapted for film" is "adapted for the big screen", measured on FaithBench.)
# "By" leads to the doer of a passive deed, named as one thing: "given an award by the ambulance service".
_LINKS = frozenset(
    "into from in at on onto under near over to outside inside behind by down beneath underneath".split()
)
# Words that stand before a thing named as one: articles and whose. A bare noun after a link is as often a manner
# or a state ("a career in swimming" is "a career in the pool", "in talks" is "in discussions").
_LEADS = frozenset("a an the his her its their our my your this that these those".split())
# What one calls or campaigns for is named after "for" ("calls for a speed camera"); after other words "for" leads as
# often to a paraphrase ("adapted for film" is "adapted for the big screen").
# ("raise pay for its shop workers": whose pay, after "for")
_ASKING_FOR = frozenset("call campaign demand petition appeal push press lobby pay late".split())
_BEFORE_A_VERB = frozenset("will would to must could can may might should shall did does do".split())
# A copula between the word and its link tells no deed of its own: "the row was over noise" is "the row over".
_COPULA = frozenset("is was are were be been being".split())
# Where a filler ends.
_STOPS = _LINKS | frozenset(
    "for with about by and or but which that who whom whose when where while as after before because than".split()
)
# Heads that lead to anything at all: being, having, doing and their like set no kind on what follows.
_VAGUE_HEADS = frozenset("be have do get make take give go come put set keep let use it they he she we you".split())
# Nouns that say how long, how much or which part, and places named by no kind ("in the region" is "in the same
# area"): the figure, degree and place rules compare those.
_MEASURES = frozenset(
    """second minute hour day night week fortnight month year decade century life season time half part lot number
    rest much many more less few little enough such way row region area place site location spot scene list side
    world country state city town village district county community""".split()
)
_SCALES = frozenset("million millions billion billions bn m k thousand".split())
_BREAK = re.compile(r"[,.;:()!?\"“”]")
_FILLER_WORDS = 3


def filler_swapped(
    claim: str, gone: frozenset[int], texts: Sequence[str], forms: frozenset[str]
) -> tuple[str, str] | None:
    """The claim's words and the evidence's, for a noun the claim puts after a word and link where the evidence
    puts another after the same word and link (`gone`: the starts of claim words the evidence never writes;
    `forms`: the lemmas of every claim word)."""
    if found := _quarrel_swapped(claim, gone, texts, forms):
        return found
    claim_words = words(claim)
    for i, word in enumerate(claim_words):
        if word.start not in gone or word.capitalized or not _a_noun(word.lower) or _measure(word.lower):
            continue
        if i + 1 < len(claim_words) and _a_noun(claim_words[i + 1].lower) and not claim_words[i + 1].capitalized:
            continue  # ("a car crash": the thing is the last noun)
        lead = _lead(claim_words, i, gone)
        if lead is None:
            continue
        head, link = lead
        # (a word that describes the thing on both sides is no answer: "a burning house" against "a burning flat")
        described = {w.lower for w in claim_words[head + 1 : i]}
        # (a thing named by two nouns is not named by its kind: "a care home" is no dwelling)
        compound = i > 0 and claim_words[i - 1].start in gone and _a_noun(claim_words[i - 1].lower)
        for text in texts:
            for start, end, filler in _fillers(text, claim_words[head], link):
                if not _answers(
                    [w for w in filler if w.lower not in described] or filler, word, forms, by_kind=not compound
                ):
                    return claim[claim_words[head].start : word.end], text[start:end]
    return None


# "a dispute over pay", "the row is over parking": what a quarrel is about, named as often by a bare noun ("over
# pay", "over job cuts") as by one with an article.
_OVER_WHAT = re.compile(
    r"\b(?P<head>disputes?|rows?|strikes?|walkouts?|protests?|clash(?:es)?|stand-?offs?|feuds?|battles?|fights?|"
    r"talks)\s+(?:(?:is|was|are|were)\s+)?over\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<what>[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2})",
    re.IGNORECASE,
)


def _quarrel_swapped(
    claim: str, gone: frozenset[int], texts: Sequence[str], forms: frozenset[str]
) -> tuple[str, str] | None:
    """ "The dispute is over job cuts" against "in a dispute over pay": what the same quarrel is over, where the claim's
    words are ones the evidence never writes and the evidence's none the claim has."""
    for m in _OVER_WHAT.finditer(claim):
        mine = _what_of(m)
        if not mine or not any(w.start in gone for w in mine):
            continue
        head = lemmas(m.group("head").lower())
        for text in texts:
            for o in _OVER_WHAT.finditer(text):
                theirs = _what_of(o)
                if not lemmas(o.group("head").lower()) & head or not theirs:
                    continue
                if not any(lemmas(w.lower) & forms or any(one_meaning(w.lower, v.lower) for v in mine) for w in theirs):
                    return claim[m.start() : mine[-1].end], text[o.start() : theirs[-1].end]
    return None


def _what_of(m: re.Match[str]) -> list[Word]:
    """The content words of what a quarrel is over, up to where the phrase stops ("over pay, the union said")."""
    out: list[Word] = []
    for w in words(m.string[: m.end("what")]):
        if w.start < m.start("what"):
            continue
        if w.lower in _STOPS:
            break
        out.append(w)
    return [w for w in out if is_content(w.lower)]


def _a_noun(lower: str) -> bool:
    # (a word the dictionary lacks is a noun too: "a mineshaft", "a badger sett")
    classes = forms_by_class(lower)
    return is_content(lower) and ("NOUN" in classes or not classes) and lower.isalpha() and lower not in ANYONE


def _measure(lower: str) -> bool:
    return bool(lemmas(lower) & _MEASURES) or lower in _MEASURES or lower in WEEKDAYS or lower in MONTHS


def _plural_noun(lower: str) -> bool:
    """ "teachers", "parents": a noun in the plural (not "bus", "hand")."""
    return lower.endswith("s") and lower not in forms_by_class(lower).get("NOUN", (lower,))


def _lead(claim_words: Sequence[Word], i: int, gone: frozenset[int]) -> tuple[int, str] | None:
    """The word that leads to the noun at `i` and the link between (index, preposition), past articles and words
    that describe it ("from a busy pharmacy"), or None where no preposition leads to it."""
    if claim_words[i].lower == "home" and i and "VERB" in forms_by_class(claim_words[i - 1].lower):
        # ("driving home": where one went, as "to" tells it, "driving to an emergency")
        head = claim_words[i - 1]
        return (i - 1, "to") if is_content(head.lower) and head.lower not in _VAGUE_HEADS else None
    j, led = i - 1, False
    while j >= 0 and (
        claim_words[j].lower in _LEADS
        or (claim_words[j].start in gone and claim_words[j].lower not in _LINKS)
        or ("ADJ" in forms_by_class(claim_words[j].lower) and "VERB" not in forms_by_class(claim_words[j].lower))
        # (a participle that describes the thing, after its article: "from a burning house")
        or (j > 0 and claim_words[j - 1].lower in _LEADS and claim_words[j].lower.endswith(("ing", "ed")))
    ):
        led = led or claim_words[j].lower in _LEADS
        j -= 1
    if not led and not (j >= 1 and claim_words[j].lower == "by" and _plural_noun(claim_words[i].lower)):
        return None  # (no article or whose: a manner or a state, not a thing; but "a campaign by teachers" has a doer)
    if j < 1 or claim_words[j].lower not in _LINKS | {"for"}:
        return None
    link, h = claim_words[j].lower, j - 1
    if claim_words[h].lower in _COPULA and h > 0:
        h -= 1
    head = claim_words[h]
    if (
        head.capitalized
        or not is_content(head.lower)
        or head.lower in _VAGUE_HEADS
        or head.start in gone
        or _measure(head.lower)
    ):
        return None
    if not head.lower.isalpha() or head.lower in NUMBER_WORDS:
        return None  # ("11p in a month", "killed seven in a …": a figure's, which the figure rules read)
    if link == "for" and not lemmas(head.lower) & _ASKING_FOR:
        return None
    if link == "for" and head.lower == "pay" and h and claim_words[h - 1].lower in _BEFORE_A_VERB:
        return None  # ("will pay for the work": what is paid for, as often paraphrased, not whose pay)
    return h, link


def _same_word(text: str, word: Word) -> tuple[Sequence[Word], list[int]]:
    """`text`'s words, and where among them stands `word` in any form."""
    found = words(text)
    forms = lemmas(word.lower)
    return found, [k for k, w in enumerate(found) if lemmas(w.lower) & forms]


def _fillers(text: str, head: Word, link: str) -> list[tuple[int, int, list[Word]]]:
    """Where `text` puts words after the same head and link: (start, end, the filler's words)."""
    found, at = _same_word(text, head)
    out = []
    for k in at:
        word = found[k]
        p = k + 1
        if p < len(found) and found[p].lower in _COPULA:
            p += 1
        if p + 1 < len(found) and found[p + 1].lower == link and _describes(found[p].lower):
            p += 1  # ("hung unnoticed in a village hall": a word that describes the deed, between it and its link)
        if p >= len(found) or found[p].lower != link or _BREAK.search(text[word.end : found[p].start]):
            continue
        p += 1
        bare_doers = link == "by" and p < len(found) and _plural_noun(found[p].lower)
        # ("late for training", "late for work": what one was late for, named bare)
        bare_errand = link == "for" and word.lower == "late" and p < len(found) and _a_noun(found[p].lower)
        if p >= len(found) or (found[p].lower not in _LEADS and not bare_doers and not bare_errand):
            continue  # (a thing named as one, as the claim's is; or those who did it, "a campaign by parents")
        while p < len(found) and found[p].lower in _LEADS:
            p += 1
        # (past a sum before the thing: "funded by a £3 million grant")
        while p + 1 < len(found) and (
            found[p].lower.replace(",", "").replace(".", "").isdigit() or found[p].lower in _SCALES
        ):
            p += 1
        filler: list[Word] = []
        # (a name in full, however long: "the National Lottery Heritage Fund")
        while (
            p < len(found)
            and (len(filler) < _FILLER_WORDS or (found[p].capitalized and all(w.capitalized for w in filler)))
            and found[p].lower not in _STOPS
        ):
            if filler and (
                _BREAK.search(text[filler[-1].end : found[p].start])
                or (found[p].capitalized and not filler[-1].capitalized)
            ):
                break  # (a phrase's end, or a name after the thing: "the television drama Quarry Lane")
            filler.append(found[p])
            p += 1
        content = [w for w in filler if is_content(w.lower)]
        if any(not w.lower.isalpha() for w in filler) or (content and _measure(content[-1].lower)):
            continue  # ("in 24 hours", "for a total of"): how long or how much (not "a village hall", a building)
        if content and any(_a_noun(w.lower) or w.capitalized for w in content):
            out.append((word.start, content[-1].end, content))
    return out


def _answers(filler: list[Word], word: Word, forms: frozenset[str], *, by_kind: bool = True) -> bool:
    """Whether the evidence's filler may be the claim's noun: a word the claim has anywhere, the same word in
    another form or family, a paraphrase; or a name, which the claim's common noun may describe, unless the name
    holds a thing of the same kind ("the sea" against "the River Lode")."""
    mine = lemmas(word.lower)
    kinds = {k for k, _ in kinds_of(word.lower)}
    if by_kind and any(names_its_kind(word.lower, w.lower) for w in filler):
        return True  # ("hit by a vehicle" against "hit by a car": the claim names the evidence's thing by its kind)
    if all(w.capitalized for w in filler):
        # (nor where the claim's body and the name's are of two kinds: "the county council" against "the National
        # Lottery Heritage Fund")
        head = filler[-1].lower
        if word.lower in ORGANISATION_WORDS and head in ORGANISATION_WORDS and not lemmas(head) & mine:
            return False
        return not any({k for k, _ in kinds_of(w.lower)} & kinds for w in filler)
    for w in filler:
        theirs = lemmas(w.lower)
        if theirs & forms or theirs & mine or one_meaning(w.lower, word.lower):
            return True
        if akin(w.lower, word.lower) or (
            min(len(w.lower), len(word.lower)) >= 4 and (w.lower.endswith(word.lower) or word.lower.endswith(w.lower))
        ):  # ("snowfall" of "snow"; "the list" of "the shortlist")
            return True
    return False


def object_swapped(
    claim: str, gone: frozenset[int], texts: Sequence[str], forms: frozenset[str]
) -> tuple[str, str] | None:
    """ "The officer smuggled knives to inmates" against "smuggling mobile phones to inmates": the claim's thing done
    to, a noun of the lexicon's kinds the evidence never writes, where the evidence has the same verb done to a thing
    of its kinds that the claim never has. (Only things of the kinds on both sides: a verb's object is paraphrased
    far more freely than any kind's members are.)"""
    claim_words = words(claim)
    for i, word in enumerate(claim_words):
        if word.start not in gone or word.capitalized or not _a_noun(word.lower):
            continue
        if i and claim_words[i - 1].lower in MODALS:
            continue  # ("will walk out": a verb after a modal, though "walk" may be a thing)
        mine = sides_of(word.lower)
        if not kinds_of(word.lower) and not mine:
            continue
        if i + 1 < len(claim_words) and _a_noun(claim_words[i + 1].lower) and not claim_words[i + 1].capitalized:
            continue  # ("a car crash": the thing is the last noun)
        j = i - 1
        while (
            j >= 0
            and claim_words[j].lower not in _PARTICLES
            and (claim_words[j].lower in _LEADS or _counts(claim_words[j].lower) or _describes(claim_words[j].lower))
        ):
            j -= 1
        # ("put off landlords": the verb's particle leads to the thing, after the same verb in the evidence)
        # (a light verb too: "put off" says what neither word does alone)
        particle = (
            j > 0
            and claim_words[j].lower in _PARTICLES
            and not claim_words[j - 1].capitalized
            and "VERB" in forms_by_class(claim_words[j - 1].lower)
            and not lemmas(claim_words[j - 1].lower) & lexicon().reporting
        )
        if j < 0 or not (particle or _a_verb(claim_words[j])) or claim_words[j].start in gone:
            continue
        for text in texts:
            for start, end, thing in _objects(text, claim_words[j]):
                if particle:
                    start = _verb_before(text, start, claim_words[j - 1])
                    if start < 0:
                        continue
                if (
                    kinds_of(word.lower)
                    and any(kinds_of(w.lower) for w in thing)
                    and not any(kinds_of(w.lower) & kinds_of(word.lower) for w in thing)  # ("the blaze": a fire)
                    and not _answers(thing, word, forms)
                ) or _other_side(mine, thing):
                    return claim[claim_words[j - 1 if particle else j].start : word.end], text[start:end]
    return None


_PARTICLES = frozenset("off up out down away back".split())


def _verb_before(text: str, at: int, verb: Word) -> int:
    """Where the word of `text` before `at` starts, if it is the claim's `verb` in some form ("put" before "off");
    -1 if it is not."""
    reach = max(0, at - 30)
    before = words(text[reach:at])
    return reach + before[-1].start if before and lemmas(before[-1].lower) & lemmas(verb.lower) else -1


def _other_side(mine: tuple[tuple[int, int], ...], thing: list[Word]) -> bool:
    """ "recommended refusal" against "recommending approval": the evidence's thing on another side of an opposition
    the claim's is on, and on none of the claim's sides."""
    theirs = {side for w in thing for side in sides_of(w.lower)}
    return not theirs & set(mine) and on_other_sides(mine, theirs)


def _counts(lower: str) -> bool:
    """A count before the thing ("three parked cars"), which the number rules compare."""
    return lower in NUMBER_WORDS or lower.replace(",", "").isdigit()


def _describes(lower: str) -> bool:
    forms = forms_by_class(lower)
    if not forms and "-" in lower:
        return True  # ("first-time buyers", "low-income families": a compound the dictionary lacks, before its noun)
    return "ADJ" in forms and "VERB" not in forms and lower not in _STOPS


def _a_verb(word: Word) -> bool:
    """A verb that does something to a thing (not one of saying: "said firefighters had done …" tells what they did)."""
    return (
        not word.capitalized
        and "VERB" in forms_by_class(word.lower)
        and not lemmas(word.lower) & (_VAGUE_HEADS | lexicon().reporting)
        and word.lower not in _COPULA
    )


def _objects(text: str, verb: Word) -> list[tuple[int, int, list[Word]]]:
    """Where `text` has the same verb done to a thing: (start, end, the thing's nouns), past articles and words that
    describe it."""
    found, at = _same_word(text, verb)
    out = []
    for k in at:
        word = found[k]
        p = k + 1
        while p < len(found) and (
            found[p].lower in _LEADS
            or _counts(found[p].lower)
            or _describes(found[p].lower)
            # (a participle that describes it: "three parked cars")
            or (found[p].lower.endswith("ed") and p + 1 < len(found) and _a_noun(found[p + 1].lower))
        ):
            p += 1
        thing: list[Word] = []
        while p < len(found) and len(thing) < _FILLER_WORDS and found[p].lower not in _STOPS:
            if _BREAK.search(text[(thing[-1] if thing else found[p - 1]).end : found[p].start]):
                break
            if not _a_noun(found[p].lower) or found[p].capitalized:
                break
            thing.append(found[p])
            p += 1
        if thing and not any(_measure(w.lower) for w in thing):
            out.append((word.start, thing[-1].end, thing))
    return out
