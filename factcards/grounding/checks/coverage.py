"""What the claim says happened: every content word accounted for, its verb among them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from factcards.grounding.checks.context import (
    ARTICLES,
    DONE_WRONG_AFTER,
    LIGHT_VERBS,
    NOT_A_SCHEDULE,
    ClaimContext,
    EvidenceWords,
    claim_forms,
    content_words,
    evidence_negates,
    forms_in,
    idiom_meanings,
    on_other_sides,
    sentences_of,
    sides_of,
    told_the_other_way,
)
from factcards.grounding.checks.fillers import filler_swapped, object_swapped
from factcards.grounding.checks.parties import CALLING, OWNER_MARK, beside, name_uses
from factcards.grounding.checks.posts import is_post, post_swapped
from factcards.grounding.checks.registry import REVIEW, Hit, register
from factcards.grounding.checks.roles import (
    AUXILIARY,
    BE_BEFORE,
    contest_agrees,
    definite_parties,
    doer_of_verbs,
    passive_done_to,
    sale_agrees,
)
from factcards.text.attribution import same_person
from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.claims import NUMBER_WORDS, ORDINAL_WORDS, SMALL_COUNT_WORDS, count_value
from factcards.text.clauses import AUXILIARIES, clauses, past_participle
from factcards.text.dictionary import inflected_from
from factcards.text.durations import Duration, durations
from factcards.text.entity_types import ORGANISATION_WORDS, entity_type
from factcards.text.lexicon import canonical_name, is_country, lexicon
from factcards.text.names import ROLE_WORDS
from factcards.text.words import (
    ANYONE,
    Word,
    akin,
    broader_names,
    content_lemmas,
    forms_by_class,
    grown_from,
    is_content,
    is_of_kind,
    kinds_of,
    lemmas,
    names_its_kind,
    one_meaning,
    paraphrase_groups,
    same_family,
    told_as_phrasal_verb,
    words,
)

_NUMBERISH = (
    frozenset(NUMBER_WORDS)
    | frozenset(ORDINAL_WORDS)
    | frozenset("thousand thousands million millions billion billions trillion percent per cent".split())
    # A summary's words about itself ("the key information provided", "two separate pieces of information"):
    # where it read something, not what it read.
    | frozenset("passage summary text information provided pieces piece details mentioned core".split())
)


def uncovered(ctx: ClaimContext) -> list[Word]:
    """Claim words the evidence does not account for in any form: names, numbers, dates and
    words the article's attribution already explains are checked by their own rules."""
    if "uncovered" not in ctx.memo:
        ctx.memo["uncovered"] = _uncovered(ctx)
    return ctx.memo["uncovered"]  # type: ignore[return-value]


_STAYING = frozenset({"remain", "stay"})
# Two people told as one pair, which the evidence counts as two or "both".
_TWO_OF_THEM = frozenset({"pair", "duo"})
_BOTH_OR_TWO = frozenset({"both", "two", "2"})
_TWICE_AS = re.compile(r"\btwice\s+as\s+(?:many|much)\b", re.IGNORECASE)


def _uncovered(ctx: ClaimContext) -> list[Word]:
    names = {n.lower() for n in ctx.claim.names}
    date_words = {w.lower() for d in ctx.claim.dates for w in d.surface.split()}
    skip = frozenset(names | date_words | _NUMBERISH)
    ev = ctx.evidence_lexicon
    negating = evidence_negates(ctx)
    missing = []
    # "The passage describes …", "The article also mentions that …": the claim saying where it read it,
    # as "…, the mayor said" says who said it; what follows is the claim.
    framed = _frame_end(ctx.card.claim)
    said_otherwise = (
        _idioms_told(ctx.card.claim, ev)
        + _phrases_told(ctx.card.claim, ev)
        + _won_told_as_given(ctx.card.claim, ctx.texts)
        + _score_told_as_hit(ctx.card.claim, ctx.texts)
    )
    if _TWICE_AS.search(ctx.card.claim) and any(
        w.lower in ("double", "doubled", "doubles") for w in ctx.evidence_words
    ):
        # "twice as many dogs" against "double the number of dogs"
        said_otherwise += [m.span() for m in _TWICE_AS.finditer(ctx.card.claim)]
    if _CONTEST_WORDS.search(ctx.card.claim) and contest_agrees(ctx.card.claim, ctx.texts):
        # "Reed lost to Okafor" against "Okafor defeated Reed": the same contest told from the other side
        said_otherwise += [m.span() for m in _CONTEST_WORDS.finditer(ctx.card.claim)]
    for word in content_words(ctx.claim_words, skip):
        if word.end <= framed or any(start <= word.start < end for start, end in said_otherwise):
            continue
        if word.lower in _NAMING and _NAME_NEXT.match(ctx.card.claim, word.end):
            continue  # "a TV series called "The Millers"": the name says it, and the name rules check it
        if _job_only_by_kin(word, ctx):
            missing.append(word)  # "Farmers" against "a nearby farm": one who works at a thing is not the thing
            continue
        if ev.has(word) or (word.lower in ROLE_WORDS and _role_in_article(word.lower, ctx)):
            continue
        if _kind_of_theirs(word, ctx):
            continue  # "hit by a vehicle" against "hit by a lorry": the evidence's thing named by its kind
        if _another_name_of_theirs(word, ctx):
            continue  # "his dad" against "his father": one thing of the lexicon's kinds by another of its names
        if told_as_phrasal_verb(word.lower, ctx.evidence_words):
            continue  # "uptake" against "took up the offer"
        if _phrasal_groups(ctx.card.claim, word) & ev.groups:
            continue  # "pulled out" against "withdrawn"
        if any(c.isdigit() for c in word.lower):
            continue  # "1991-2000", "15.5km", "9/11": the number and date rules judge figures
        if word.lower in _TWO_OF_THEM and any(w.lower in _BOTH_OR_TWO for w in ctx.evidence_words):
            continue  # "the pair were experienced walkers" against "Two hikers … both were experienced walkers"
        if word.lower in _OF_A_TALLY and _same_tally(ctx.card.claim, ctx.texts):
            continue  # "The result was 58% to 42%" against "rejected … by 58% to 42%": the tally is the result
        if word.lower in _WORTH and _sum_before_a_noun(ctx.card.claim, word, ctx.texts):
            continue  # "is worth £50,000" against "the £50,000 Halden Prize"
        if negating and _negated_in_claim(word, ctx):
            continue  # "does not interfere" against "stays out of": the negation rules judge it
        if lemmas(word.lower) & _JOINING and any(_SIGNED_WITH.search(text) for text in ctx.texts):
            continue  # "joined Orm Athletic" against "signed a two-year contract with Orm Athletic"
        if "follow" in lemmas(word.lower) and any(w.lower == "after" for w in ctx.evidence_words):
            continue  # "The suspension followed an engine failure" against "was suspended … after the engine failed"
        if lemmas(word.lower) & _STAYING and any(w.lower == "still" for w in ctx.evidence_words):
            continue  # "prices remained much higher" against "prices were still far higher"
        missing.append(word)
    return missing


def _job_only_by_kin(word: Word, ctx: ClaimContext) -> bool:
    """A job of the lexicon's the evidence has only by a word of its family ("farmers" by "farm"), never as itself
    or another name for it."""
    if not is_of_kind(word.lower, "job"):
        return False
    kinds = kinds_of(word.lower)
    forms = lemmas(word.lower)
    return (
        not any(lemmas(w.lower) & forms or kinds_of(w.lower) & kinds for w in ctx.evidence_words)
        and not paraphrase_groups(forms) & ctx.evidence_lexicon.groups
    )


def _another_name_of_theirs(word: Word, ctx: ClaimContext) -> bool:
    """ "his dad" against "his father": one of the lexicon's people by another name of the same group (not a thing: "a
    fire" is what "a wildfire" is, but the claim may say more of it than the evidence)."""
    mine = {found for found in kinds_of(word.lower) if found[0] in _PEOPLE_KINDS}
    return bool(mine) and any(mine & kinds_of(w.lower) for w in ctx.evidence_words)


_PEOPLE_KINDS = frozenset({"relative", "job"})


def _kind_of_theirs(word: Word, ctx: ClaimContext) -> bool:
    return bool(lemmas(word.lower) & _kind_names()) and any(
        names_its_kind(word.lower, w.lower) for w in ctx.evidence_words
    )


@lru_cache(maxsize=1)
def _kind_names() -> frozenset[str]:
    """The lexicon's kinds named by a word for any thing of them. (Not "job", "relative" or "weather": "lost their
    jobs" is not what "miners" are, nor "dry weather" what "the rain" was.)"""
    kinds = frozenset(kind for kind, _ in lexicon().kinds.values()) & _THINGS_OF_A_KIND
    # (and a book, which a novel or a memoir is; not "a home", which a care home is and 40 flats are not)
    return kinds | frozenset(broader_names("writing"))


_THINGS_OF_A_KIND = frozenset(
    "animal vehicle vessel building device appliance structure metal fuel material crop food drink disease bacterium medicine dwelling painting writing".split()
)


_WORTH = frozenset({"worth", "valued"})
_SUM = r"[$£€]\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion)\b)?"
_SUM_NEXT = re.compile(rf"\s+(?:at\s+)?(?P<sum>{_SUM})")
# A sum written before what it is the size of: "the £50,000 Halden Prize", "a $4.8bn order".
_BEFORE_A_NOUN = r"\s*-?\s*(?!(?:of|for|to|in|on|at|from|by|and|or|a|an|the|was|is|were|are)\b)[A-Za-z]"


def _sum_before_a_noun(claim: str, word: Word, texts: list[str]) -> bool:
    """Whether the sum the claim says something is worth is one the evidence writes before a noun, as that
    thing's size."""
    m = _SUM_NEXT.match(claim, word.end)
    if m is None:
        return False
    said = m.group("sum").replace(" ", "")
    return any(
        re.search(rf"{re.escape(said[0])}\s?{re.escape(said[1:])}(?![\d,.]){_BEFORE_A_NOUN}", text) is not None
        for text in texts
    )


_CONTEST_WORDS = re.compile(r"\b(?:lost|loses|lose|won|wins|beat|beaten|defeated|defeats)\b", re.IGNORECASE)


def _idioms_told(claim: str, ev: EvidenceWords) -> list[tuple[int, int]]:
    """Where the claim writes an idiom the evidence says in a word of its own."""
    return [(start, end) for start, end, meaning in idiom_meanings(claim) if ev.has(Word(meaning, meaning, 0, 0))]


@lru_cache(maxsize=1)
def _table_phrases() -> tuple[tuple[str, re.Pattern[str], frozenset[int]], ...]:
    """The curated table's paraphrases of more than one word ("people on foot"), each with its groups."""
    return tuple(
        (phrase, re.compile(rf"\b{re.escape(phrase)}\b"), groups)
        for phrase, groups in sorted(lexicon().groups.items())
        if " " in phrase
    )


def _phrases_told(claim: str, ev: EvidenceWords) -> list[tuple[int, int]]:
    """Where the claim writes a phrase of the curated table the evidence says in another of its group's words
    ("People on foot" against "Pedestrians"); the evidence's own phrases are read by `EvidenceWords`."""
    lowered = claim.lower()
    return [
        m.span()
        for phrase, pattern, groups in _table_phrases()
        if phrase in lowered and groups & ev.groups
        for m in pattern.finditer(lowered)
    ]


# "The Kessel Prize … went to Dara Moon": a prize, an award or a seat given to one is one that one won.
_GIVEN_TO_ONE = re.compile(
    r"\b(?:prize|award|medal|title|trophy|contract|seat|honour|honor|cup|gold|silver|bronze)\b[^.;]{0,80}?"
    r"\b(?:went|goes|go|was\s+awarded|was\s+given|was\s+handed)\s+to\b",
    re.IGNORECASE,
)
_WON = re.compile(r"\b(?:won|wins|win|winning)\b", re.IGNORECASE)


def _won_told_as_given(claim: str, texts: list[str]) -> list[tuple[int, int]]:
    """Where the claim says one won what the evidence says went to them."""
    if not _WON.search(claim) or not any(_GIVEN_TO_ONE.search(text) for text in texts):
        return []
    return [m.span() for m in _WON.finditer(claim)]


# "Sam Okoye hit 140", "made 87 not out": a batter's score told without "scored", by the one who scored it (by the
# name right before the verb).
_SCORED_FIGURE = re.compile(r"(?P<who>[A-Z][\w'’-]+)\s+(?:[a-z]+ly\s+)?scor(?:ed|es|e)\s+(?P<n>\d[\d,]*)\b")
_HIT_FIGURE = re.compile(
    r"(?P<who>[A-Z][\w'’-]+)\s+(?:[a-z]+ly\s+)?(?:hit|hits|made|makes|struck|smashed|compiled)\s+"
    r"(?:an?\s+(?:\w+\s+)?)?(?P<n>\d[\d,]*)\b"
)


def _score_told_as_hit(claim: str, texts: list[str]) -> list[tuple[int, int]]:
    """Where the claim says one "scored" the figure the evidence has the same one hit or make."""
    theirs = {(m.group("who"), m.group("n")) for text in texts for m in _HIT_FIGURE.finditer(text)}
    return [m.span() for m in _SCORED_FIGURE.finditer(claim) if (m.group("who"), m.group("n")) in theirs]


# "The result was 58% to 42%", "a margin of 230 votes to 190": words a tally tells.
_OF_A_TALLY = frozenset("result outcome margin tally score".split())
_TALLY = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?%?)\s*(?:to|-|–)\s*(\d[\d,]*(?:\.\d+)?%?)(?![\w%])")


def _same_tally(claim: str, texts: list[str]) -> bool:
    """Whether the claim gives a tally ("58% to 42%") that the evidence gives too."""
    mine = {m.groups() for m in _TALLY.finditer(claim)}
    return bool(mine) and any(m.groups() in mine for text in texts for m in _TALLY.finditer(text))


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


# A claim opening on a named speaker and a verb of saying: "Tom Weir said (that) …", "Mary Finch told reporters …".
_SAYER_FRAME = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|told|added|stated|noted|insisted|claimed)\b(?:\s+that\b)?"
)


@lru_cache(maxsize=16384)  # coverage and its uncovered words both ask, for every card
def _frame_end(claim: str) -> int:
    """Where a claim's saying where it read it ends ("The passage describes …"), 0 when it does not."""
    m = _SOURCE_FRAME.match(claim)
    return m.end() if m else 0


def _role_in_article(role: str, ctx: ClaimContext) -> bool:
    return any(role in lowered for _, lowered in ctx.home.name_run_words)


def _negated_in_claim(word: Word, ctx: ClaimContext) -> bool:
    return any(n.target and n.target == word.lower[: len(n.target)] for n in ctx.claim.negations)


# Past two thirds of its content words unaccounted for, a claim says more than its evidence
# (measured on `python -m bench --only trust`: lower limits reject faithful paraphrases).
COVERAGE_LIMIT = 0.67


# What may follow a verb that takes no object: the sentence's end, or where or when ("died aged 88", "exploded on
# Tuesday"); "pursued a solo career" takes one, which may be the evidence's word for the same deed.
_NO_OBJECT = re.compile(
    r"\s*(?:[.,;:!?]|$)|\s+(?:in|on|at|with|about|aged|after|before|during|overnight|yesterday|today|last|earlier|later)\b"
    # (how far, which no one is done to: "paddled 200 metres to reach her" against "swam 200 metres")
    r"|\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d[\d,.]*\s*(?:metres|meters|miles|kilometres|kilometers"
    r"|km|feet|yards|m)\b",
    re.IGNORECASE,
)
# What a vote does to what it is on: "rejected the plan" is how "voted 28 to 19 against the plan" ends.
_VOTE_OUTCOMES = frozenset("approve reject back oppose pass block endorse support adopt throw".split())
# What figures or a study do, which frames a claim as "…, figures showed" frames it as said.
_FINDING = frozenset("show suggest reveal indicate find confirm".split())
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)
_THEM_NEXT = re.compile(r"\s+(?:them|him|her)\b", re.IGNORECASE)


def _acts(word: Word, text: str) -> bool:
    """A word only a verb, or one that may be an adjective after "has" ("has retired")."""
    forms = forms_by_class(word.lower)
    if "VERB" not in forms or "NOUN" in forms or set(forms["VERB"]) & LIGHT_VERBS:
        return False
    return "ADJ" not in forms or bool(_PERFECT_BEFORE.search(text, 0, word.start))


@register("FC201", "predicate-changed", REVIEW, "the claim's verb says something its evidence does not")
def predicate_changed(ctx: ClaimContext) -> Iterator[Hit]:
    """Same doer, same receiver, another action: "Blinken announced … on China" against
    "Blinken warned China". Verbs are not compared otherwise: news paraphrases its verbs freely."""
    if ctx.verbatim:
        return
    if swap := _own_thing_done_otherwise(ctx):
        yield ctx.said_against(*swap)
        return
    if not (ctx.claim.names or definite_parties(ctx.card.claim)):
        return  # no one named, no "the council": no doer to compare

    reporting = lexicon().reporting
    claim = ctx.card.claim
    # "are required to delete": the action is the verb after "to"; the one before only frames it.
    verbs = [
        w
        for w in uncovered(ctx)
        if (_acts(w, claim) or _after_modal(w, claim))
        and not lemmas(w.lower) & reporting
        and not claim[w.end : w.end + 4].startswith(" to ")
    ]
    if not verbs:
        return
    claim_doers = doer_of_verbs(ctx.card.claim, verbs, " ".join(ctx.texts), intransitive=True)
    # An evidence verb the claim also uses is accounted for; it is not what another claim verb replaced.
    claim_lemmas = claim_forms(ctx)
    # "will stand down" accounts for the evidence's "will step down", and it is not what "led" replaced.
    claim_phrasal = frozenset().union(*(_phrasal_groups(claim, w) for w in ctx.claim_words))
    for text in ctx.texts:
        for word, theirs in doer_of_verbs(text, None, ctx.card.claim, intransitive=True, by_pronoun=True).items():
            if lemmas(word.lower) & claim_lemmas or _phrasal_groups(text, word) & claim_phrasal:
                continue
            for verb in verbs:
                mine = claim_doers.get(verb)
                if (
                    mine
                    and (
                        mine.doers & theirs.doers
                        # ("after it scrapped the eastern leg": a pronoun for the doer, with the same thing done to)
                        or (not theirs.doers and mine.receivers & theirs.receivers)
                    )
                    # the same receiver; or none on either side, where both words are only verbs ("Helen Marsh
                    # has retired" against "has died")
                    and (
                        mine.receivers & theirs.receivers
                        # (or one the evidence names by a pronoun right after its verb: "The head teacher criticised
                        # the parents" against "The head teacher thanked them", the parents named before)
                        or (mine.receivers and not theirs.receivers and _THEM_NEXT.match(text, word.end))
                        or (
                            not (mine.receivers or theirs.receivers)
                            and _acts(word, text)
                            and _acts(verb, claim)
                            and not lemmas(verb.lower) & _FINDING
                            and _NO_OBJECT.match(text, word.end)
                            and _NO_OBJECT.match(claim, verb.end)
                        )
                    )
                    and not _is_light(word)
                    and not _phrasal_paraphrase(text, word, verb)
                    and not ("vote" in lemmas(word.lower) and lemmas(verb.lower) & _VOTE_OUTCOMES)
                    and not (_makes_a_deal(text, word) and _makes_a_deal(claim, verb))
                    # ("joined Orm City" against "signed a two-year deal with Orm City")
                    and not (_makes_a_deal(text, word) and lemmas(verb.lower) & _JOINING)
                    and not lemmas(verb.lower) & _MEETING
                ):
                    yield ctx.said_against(verb.text, word.text)
                    return
    if swap := _passive_changed(ctx, verbs, claim_lemmas, claim_phrasal):
        yield ctx.said_against(*swap)


# "They sold their home": one told by a pronoun, their deed, and their own thing it was done to.
_PRONOUN_DID_TO_OWN = re.compile(
    r"(?:^|[.;]\s+|\band\s+)(?P<who>they|he|she|it)\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,})(?:\s+(?P<particle>out|off|up|down|away|over))?\s+(?P<whose>their|his|her|its)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<thing>[a-z]{3,})\b",
    re.IGNORECASE,
)
# "A couple from Cornwall have sold their home": a deed done to one's own thing, whoever the doer.
_DID_TO_OWN = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|d|t))(?:\s+(?P<particle>out|off|up|down|away|over))?\s+(?P<whose>their|his|her|its)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<thing>[a-z]{3,})\b"
)


# "Greyline said it would appeal against the result": what one told by a pronoun means to do to a thing.
_PRONOUN_WOULD = re.compile(
    r"(?:^|[.;]\s+|\band\s+|\b(?:said|says)\s+(?:that\s+)?)(?P<who>they|he|she|it)\s+(?:would|will|could|might|may)\s+"
    r"(?P<verb>[a-z]{3,})(?:\s+(?P<particle>against|on|over|out|off|up))?\s+(?P<whose>the|their|his|her|its)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<thing>[a-z]{3,})\b",
    re.IGNORECASE,
)
# "… said it would study the result": a deed meant, to a thing.
_WOULD_DO = re.compile(
    r"\b(?:would|will|could|might|may)\s+(?P<verb>[a-z]{3,})(?:\s+(?P<particle>against|on|over|out|off|up))?\s+"
    r"(?P<whose>the|their|his|her|its)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<thing>[a-z]{3,})\b"
)


def _own_thing_done_otherwise(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "They rented out their home" against "have sold their home": the same one, by a pronoun, doing another deed
    to the same thing of theirs, the claim's deed in a verb the evidence never writes and the evidence's in one the
    claim never writes (nor one of the paraphrase table's, nor a light verb: "put their home up for sale"). So too a
    deed meant: "it would appeal against the result" against "it would study the result"."""
    if ctx.claim.negations:
        return None
    return _pronoun_deed_otherwise(ctx, _PRONOUN_DID_TO_OWN.match(ctx.card.claim), _DID_TO_OWN) or (
        _pronoun_deed_otherwise(ctx, _PRONOUN_WOULD.search(ctx.card.claim), _WOULD_DO)
    )


# Verbs that stand for any deed done with a thing: "would use the prize money to hire" is spending it.
_ANY_DEED = frozenset("use handle deal".split())


def _pronoun_deed_otherwise(
    ctx: ClaimContext, mine: re.Match[str] | None, deeds: re.Pattern[str]
) -> tuple[str, str] | None:
    """(the claim's verb, the evidence's) where `deeds` finds the evidence doing another deed to the claim's thing."""
    if mine is None:
        return None
    deed = lemmas(mine.group("verb").lower())
    if not deed or deed & (LIGHT_VERBS | lexicon().reporting) or _written_of(ctx, deed, mine.group("thing")):
        return None
    claim_lemmas = claim_forms(ctx)
    for text in ctx.texts:
        for theirs in deeds.finditer(text):
            other = lemmas(theirs.group("verb").lower())
            if (
                theirs.group("whose").lower() != mine.group("whose").lower()
                or not lemmas(theirs.group("thing").lower()) & lemmas(mine.group("thing").lower())
                or not other
                or other & (claim_lemmas | LIGHT_VERBS | lexicon().reporting | _ANY_DEED)
                or one_meaning(theirs.group("verb").lower(), mine.group("verb").lower())
                or "VERB" not in forms_by_class(mine.group("verb").lower())
                or "VERB" not in forms_by_class(theirs.group("verb").lower())
            ):
                continue
            return mine.group("verb"), theirs.group("verb")
    return None


def _written_of(ctx: ClaimContext, deed: frozenset[str], thing: str) -> bool:
    """Whether a sentence of the evidence writes the deed and the thing both: "to pay some customers" elsewhere does
    not tell of paying the fine."""
    things = lemmas(thing.lower())
    return any(
        (found := forms_in(sentence)) & deed and found & things for text in ctx.texts for sentence in sentences_of(text)
    )


# "A third man was cleared": the one a passive deed befell, by the words that open its clause.
_ONE_BEFELL = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+)(?P<who>(?:[A-Za-z][\w'’-]*\s+){1,4}?)"
    r"(?P<deed>(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?[a-z]+)\b"
)


_SALE_DEEDS = frozenset({"buy", "sell", "purchase"})


def _same_one_otherwise(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "A third man was also jailed" against "Two men have been jailed … A third man was cleared": the one the claim
    has a deed befall, named in the same words, has the other side of the lexicon's contrast befall them in the
    evidence, which never has the claim's befall them (however often it tells the claim's deed of others)."""
    sides = lexicon().opposition_sides
    for mine in _ONE_BEFELL.finditer(ctx.card.claim):
        who = " ".join(mine.group("who").lower().split())
        deed = mine.group("deed").split()[-1].lower()
        at = sides_of(deed)
        if not at or who.split()[0] in _PRONOUN_OPENERS:
            continue
        if lemmas(deed) & _SALE_DEEDS and sale_agrees(ctx.card.claim, ctx.texts):
            continue  # ("has been bought by a charity" against "has been sold to a charity": one sale, both sides)
        theirs = [
            (m, text)
            for text in ctx.texts
            for m in _ONE_BEFELL.finditer(text)
            if " ".join(m.group("who").lower().split()) == who
        ]
        # (the evidence has it befall them too, in the same sentence: "were arrested and later released on bail")
        if any(lemmas(w.lower) & lemmas(deed) for m, text in theirs for w in words(_rest_of_sentence(text, m.start()))):
            continue
        for m, _ in theirs:
            told = m.group("deed").lower()
            forms = lemmas(told.split()[-1])
            if any(
                _says_any(told, sides[i][other]) or forms & sides[i][other]
                for i, side in at
                for other in range(len(sides[i]))
                if other != side
            ):
                return mine.group(0).strip(" ,.;:"), m.group(0).strip(" ,.;:")
    return None


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _deed_length_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "He hosted the breakfast show for 45 years" against "… after 45 years on air … went on to host the breakfast
    show for 30 years": how long the claim says a deed went on, where the evidence gives the same deed another length
    and never the claim's (though it writes the claim's length of something else)."""
    claim = ctx.card.claim
    for mine in durations(claim):
        if not mine.counted or mine.per or not _FOR_BEFORE.search(claim, 0, mine.start):
            continue
        deeds = [w for w in words(claim[: mine.start])[-6:] if _a_lasting_deed(w)]
        if not deeds:
            continue
        verbs = frozenset().union(*(lemmas(w.lower) for w in deeds))
        told = [
            (other, text, w)
            for text in ctx.texts
            for other in durations(text)
            if other.counted and not other.per and _FOR_BEFORE.search(text, 0, other.start)
            for w in words(text[: other.start])[-8:]
            if _a_lasting_deed(w) and lemmas(w.lower) & verbs
        ]
        # ("for three decades" is "for 30 years")
        if not told or any(_same_length(o, mine) for o, _, _ in told):
            continue
        # (only where the evidence writes the claim's length of something else: a length it never writes is the number
        # rules' to name)
        if not any(_same_length(o, mine) for text in ctx.texts for o in durations(text)):
            continue
        # (the claim's count given with no unit, to another of those it befell: "Reid was jailed for nine years and
        # Dan Moss, 37, for six")
        count = claim[mine.start : mine.end].split()[0]
        if any(re.search(rf"\bfor\s+{re.escape(count)}\b", text, re.IGNORECASE) for text in ctx.texts):
            continue
        other, text, w = told[0]
        return claim[deeds[0].start : mine.end], text[w.start : other.end]
    return None


def _same_length(a: Duration, b: Duration) -> bool:
    return abs(a.days - b.days) <= 0.02 * b.days


def _a_lasting_deed(word: Word) -> bool:
    forms = forms_by_class(word.lower)
    return "VERB" in forms and not set(forms["VERB"]) & LIGHT_VERBS and is_content(word.lower)


def _rest_of_sentence(text: str, at: int) -> str:
    end = re.search(r"[.!?](?:\s|$)", text[at:])
    return text[at : at + end.end()] if end else text[at:]


_PRONOUN_OPENERS = frozenset("it they he she we i you this that these those".split())


def _says_any(text: str, phrases: frozenset[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in phrases)


def _passive_changed(
    ctx: ClaimContext, verbs: list[Word], claim_lemmas: frozenset[str], claim_phrasal: frozenset[int]
) -> tuple[str, str] | None:
    """ "Kenna Mills was cleared on Wednesday" against "Kenna Mills … was banned for six matches on Wednesday": a
    passive done to the one the evidence has another passive done to, where the evidence never says the claim's (both
    deeds the lexicon sets against others)."""
    claim = ctx.card.claim
    opposed = lexicon().opposition
    for verb in verbs:
        # (only deeds the lexicon knows as sides of a contrast, verdicts and decisions: "apprehended" may be what
        # "arrested" says, and no list of paraphrases holds every such pair)
        if not any(form in opposed for form in lemmas(verb.lower)):
            continue
        mine = passive_done_to(claim, verb, ctx.claim_words)
        if not mine:
            continue
        # (the evidence telling the claim's deed in the words of its side: "acquitted" is "cleared him of murder")
        sides = set(sides_of(verb.lower))
        told = [lexicon().opposition_sides[i][side] for i, side in sides]
        if any(_says_any(text, phrases) for text in ctx.texts for phrases in told):
            continue
        for text in ctx.texts:
            found = words(text)
            for word in found:
                if (
                    lemmas(word.lower) & claim_lemmas
                    or _phrasal_groups(text, word) & claim_phrasal
                    or _is_light(word)
                    or "VERB" not in forms_by_class(word.lower)  # (after "was", one that may describe: "suspended")
                    or not any(form in opposed for form in lemmas(word.lower))
                    or _phrasal_paraphrase(text, word, verb)
                    or not passive_done_to(text, word, found) & mine
                ):
                    continue
                return verb.text, word.text
    return None


# "will play against Falkirk" for "host Falkirk", "beat Falkirk": a game met is one played, whoever won it.
_MEETING = frozenset({"play", "face", "meet"})
# "agreed a new deal" and "signed a new contract": with a deal for its object, the verb only says it was made.
_JOINING = frozenset({"join", "rejoin"})
# Signing for a club or a firm: "signed a two-year contract with Orm Athletic", "signed for Orm".
_SIGNED_WITH = re.compile(
    r"\bsign(?:ed|s|ing)?\s+(?:(?:[\w'’-]+\s+){0,4}?(?:deal|contract|terms)\s+)?(?:with|for)\s+[A-Z]"
)
_DEAL_VERBS = frozenset("agree sign strike reach seal ink secure complete conclude finalise finalize".split())
_DEAL = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:deal|contract|agreement|pact|extension|terms)\b", re.IGNORECASE)


def _makes_a_deal(text: str, verb: Word) -> bool:
    return bool(lemmas(verb.lower) & _DEAL_VERBS) and _DEAL.match(text, verb.end) is not None


# "called off the final", "put off the vote", "stepped down": a verb and its particle mean what the verb alone
# does not, so "cancelled" may be "called off" (the lexicon's paraphrases say which); "campaigned for" a
# merger backed it.
# (past a pronoun it is done to, for a particle that may stand after it: "pay her back")
_PARTICLE_NEXT = re.compile(
    r"\s+(?:(?:her|him|them|it|us|me)\s+(?=(?:off|out|up|down|over|back|away)\b))?"
    r"(?P<particle>off|out|up|down|over|back|away|for|after|again)\b",
    re.IGNORECASE,
)


def _phrasal_groups(text: str, word: Word) -> frozenset[int]:
    """The lexicon's paraphrase groups of `word` with the particle after it ("step down"), none without one."""
    m = _PARTICLE_NEXT.match(text, word.end)
    if m is None:
        return frozenset()
    return paraphrase_groups(frozenset(f"{lemma} {m.group('particle').lower()}" for lemma in lemmas(word.lower)))


def _phrasal_paraphrase(text: str, word: Word, claim_verb: Word) -> bool:
    return bool(_phrasal_groups(text, word) & paraphrase_groups(lemmas(claim_verb.lower)))


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must)\s+(?:not\s+|never\s+)?$", re.IGNORECASE
)


def _after_modal(word: Word, claim: str) -> bool:
    """ "will scrap the ban": a word that is also a noun is the verb after a modal."""
    forms = forms_by_class(word.lower)
    return "VERB" in forms and not set(forms["VERB"]) & LIGHT_VERBS and bool(_MODAL_BEFORE.search(claim, 0, word.start))


def _is_light(word: Word) -> bool:
    return bool(lemmas(word.lower) & (LIGHT_VERBS | lexicon().reporting))


@register("FC202", "claim-coverage", REVIEW, "much of the claim is not accounted for by its evidence")
def coverage(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    names = frozenset(n.lower() for n in ctx.claim.names)
    framed = _frame_end(ctx.card.claim)
    told = [w for w in ctx.claim_words if w.start >= framed]  # the frame is no claim
    # ("Tom Weir said he was concerned about fares": who said it is the speaker rules' to check; what the claim
    # says is what was said)
    sayer = _SAYER_FRAME.match(ctx.card.claim)
    said_from = sayer.end() if sayer else 0
    total = len(content_words([w for w in told if w.start >= said_from], names | _NUMBERISH))
    missing = uncovered(ctx)
    if total and len([w for w in missing if w.start >= said_from]) / total >= COVERAGE_LIMIT:
        shown = ", ".join(f'"{w.text}"' for w in missing[:5])
        yield Hit(f"claim says {shown} that the evidence does not", ctx.window_span(), ctx.home.article.id)
        return
    if swap := (
        (_word_in_place(ctx, missing) if missing else None)
        or _period_swapped(ctx)
        or _when_swapped(ctx)
        or _when_caught_swapped(ctx)
        or _now_for_later(ctx)
        or _times_swapped(ctx)
        or _ones_of_whom_swapped(ctx)
        or (_mover_swapped(ctx, missing) if missing else None)
        or (_item_swapped(ctx, missing) if missing else None)
        or (_pair_swapped(ctx, missing) if missing and " and " in ctx.card.claim else None)
        or (_item_added(ctx, missing) if missing and " and " in ctx.card.claim else None)
        or _span_before_swapped(ctx)
        or _owner_swapped(ctx, missing)
        or (_owned_thing_swapped(ctx, missing) if missing else None)
        or _named_owner_swapped(ctx)
        or _doer_made_owner(ctx)
        or (_unit_kind_swapped(ctx, missing) if missing else None)
        or (_counted_swapped(ctx, missing) if missing else None)
        or _other_in_place(ctx, missing)
        or (_done_by_another(ctx, missing) if missing and " by " in ctx.card.claim else None)
        or (_doer_of_another_deed(ctx, missing) if " by " in ctx.card.claim else None)
        or _body_of_another_place(ctx)
        or _named_place_of_another(ctx)
        or _people_swapped(ctx)
        or _thing_of_another_place(ctx)
        or _anonymous_given_a_name(ctx)
        or (_name_given_to_another(ctx) if ", " in ctx.card.claim else None)
        or _meant_deed_swapped(ctx)
        or _deeds_crossed(ctx)
        or _purpose_crossed(ctx)
        or _slot_filled_otherwise(ctx, missing)
        or (_part_swapped(ctx, missing) if missing and _PART_WORD.search(ctx.card.claim) else None)
        or (_manner_swapped(ctx, missing) if missing else None)
        or (_what_for_swapped(ctx, missing) if missing and " for " in ctx.card.claim else None)
        or (_told_to_do_otherwise(ctx, missing) if missing else None)
        or (_cause_swapped(ctx, missing) if missing else None)
        or (_main_reason_swapped(ctx, missing) if missing else None)
        or (_to_blame_swapped(ctx, missing) if missing else None)
        or (_compound_swapped(ctx, missing) if missing else None)
        or (_charge_of_another_kind(ctx, missing) if missing else None)
        or (_maker_swapped(ctx, missing) if missing else None)
        or (_reflexive_swapped(ctx, missing) if missing else None)
        or (_done_to_oneself(ctx) if _A_REFLEXIVE.search(ctx.card.claim) else None)
        or (_said_of_another(ctx, missing) if missing else None)
        or (_said_done_otherwise(ctx, missing) if missing else None)
        or (_job_given(ctx, missing) if missing else None)
        or (_kind_word_swapped(ctx, missing) if missing else None)
        or _doer_in_place(ctx, missing)
        or (_nominal_doer_swapped(ctx, missing) if missing else None)
        or (_noun_deed_by_another(ctx, missing) if missing and " by " in ctx.card.claim else None)
        or (_done_to_in_place(ctx, missing) if missing else None)
        or _receiver_made_doer(ctx)
        or _done_to_one_inside(ctx)
        or (_opener_done_to_otherwise(ctx, missing) if missing else None)
        or _route_reversed(ctx)
        or (_way_to_for_from(ctx) if " to " in ctx.card.claim or " from " in ctx.card.claim else None)
        or _giver_swapped(ctx)
        or (_scorer_swapped(ctx) if _SCORED.search(ctx.card.claim) else None)
        or _none_for_some(ctx)
        or _only_one_of_several(ctx)
        or (_some_for_all(ctx, missing) if missing else None)
        or (_part_of_swapped(ctx, missing) if missing else None)
        or (_thing_done_otherwise(ctx, missing) if missing else None)
        or (_shortage_swapped(ctx) if " of " in ctx.card.claim else None)
        or (_where_done_otherwise(ctx, missing) if missing else None)
        or _found_elsewhere(ctx)
        or (_doer_added(ctx, missing) if missing else None)
        or (_noun_swapped(ctx, missing) if missing else None)
        or (_object_swapped(ctx, missing) if missing else None)
        or (_after_the_deed_swapped(ctx, missing) if missing else None)
        or (_own_deed_for_one_done_to(ctx, missing) if missing else None)
        or (
            _after_what_otherwise(ctx, missing)
            if missing and (" after " in ctx.card.claim or " before " in ctx.card.claim)
            else None
        )
        or _deed_to_a_place_untold(ctx)
        or _use_swapped(ctx)
        or (_instead_swapped(ctx) if "instead" in ctx.card.claim or "rather than" in ctx.card.claim else None)
        or _kind_for_the_thing(ctx)
        or (_means_swapped(ctx, missing) if missing else None)
        or (_tool_swapped(ctx, missing) if missing else None)
        or (_harm_swapped(ctx, missing) if missing else None)
        or (_ones_thing_swapped(ctx, missing) if missing else None)
        or (_means_told_otherwise(ctx, missing) if missing else None)
        or (_place_for_online(ctx, missing) if missing and "online" in " ".join(ctx.texts).lower() else None)
        or (_online_for_place(ctx, missing) if missing and _ONLINE.search(ctx.card.claim) else None)
        or (_filler_swapped(ctx, missing) if missing else None)
        or (_object_kind_swapped(ctx, missing) if missing else None)
        or (_post_swapped(ctx, missing) if missing else None)
        or (_species_swapped(ctx, missing) if missing else None)
        or (_state_otherwise(ctx, missing) if missing else None)
        or (_found_otherwise(ctx, missing) if missing else None)
        or (_been_elsewhere(ctx, missing) if missing else None)
        or (_done_on_otherwise(ctx, missing) if missing else None)
        or (_way_across_swapped(ctx, missing) if missing else None)
        or (_order_turned(ctx) if " before " in ctx.card.claim or " after " in ctx.card.claim else None)
        or (_apposed_otherwise(ctx, missing) if missing and ", " in ctx.card.claim else None)
        or _same_one_otherwise(ctx)
        or _deed_length_swapped(ctx)
        or (_measure_made_the_thing(ctx) if " of " in " ".join(ctx.texts) else None)
    ):
        yield ctx.said_against(*swap)
    elif missing and (described := _counted_described(ctx, missing)):
        yield Hit(f'claim says "{described}" of those it counts; the evidence does not', ctx.window_span(),
                  ctx.home.article.id)  # fmt: skip
    elif missing and (doer := _doer_never_named(ctx, missing)):
        yield Hit(f'claim says it was "{doer}"; the article names no such doer', ctx.window_span(), ctx.home.article.id)
    elif missing and (step := _legal_step_added(ctx, missing)):
        yield Hit(f'claim says "{step}"; the article tells of no such step', ctx.window_span(), ctx.home.article.id)
    elif missing and (reason := _reason_added(ctx, missing)):
        deed, why = reason
        yield Hit(f'claim says "{deed}" was "{why}"; the evidence gives no such reason', ctx.window_span(),
                  ctx.home.article.id)  # fmt: skip
    elif missing and (intent := _intent_added(ctx, missing)):
        yield Hit(f'claim says it was done "{intent}"; the evidence does not say so', ctx.window_span(),
                  ctx.home.article.id)  # fmt: skip
    elif missing and (cause := _cause_added(ctx, missing)):
        yield Hit(f'claim says it was "{cause}"; the evidence gives no cause', ctx.window_span(), ctx.home.article.id)


# "climbed the height of Everest", "swam the length of the Channel": a deed done to a measure of a thing, not to it.
_MEASURE_OF = re.compile(
    r"\b(?P<deed>[a-z]{3,})\s+(?:the\s+)?(?:height|length|width|depth|distance|equivalent|size|weight)\s+of\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<thing>[\w'’-]+)",
    re.IGNORECASE,
)


def _measure_made_the_thing(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "A man has climbed Everest" against "A man has climbed the height of Everest on a staircase": the deed done to
    the thing itself, where the evidence does it to a measure of it (and never to the thing)."""
    claim = ctx.card.claim
    if _MEASURE_OF.search(claim):
        return None
    for text in ctx.texts:
        for theirs in _MEASURE_OF.finditer(text):
            deed = lemmas(theirs.group("deed").lower())
            thing = re.escape(theirs.group("thing"))
            done_to = re.compile(rf"\b(?P<deed>[a-z]{{3,}})\s+(?:the\s+|a\s+|an\s+)?{thing}\b", re.IGNORECASE)
            for mine in done_to.finditer(claim):
                if lemmas(mine.group("deed").lower()) & deed and not any(done_to.search(t) for t in ctx.texts):
                    return mine.group(0), theirs.group(0)
    return None


# "arrested the lorry driver for speeding": a penalty and what it was for.
_PENALTY_FOR = re.compile(
    r"\b(?P<deed>arrested|charged|jailed|imprisoned|fined|convicted|sacked|fired|banned|suspended|sentenced|detained|"
    r"disqualified|expelled|cautioned|prosecuted|punished|penalised|penalized)\b(?:\s+[\w'’£$€,.-]+){0,6}?\s+for\s+"
    r"(?P<why>[a-z][\w-]*)",
)
# What "for" may give after a penalty that is no reason: how long, or how often.
_NO_REASON = frozenset(
    """life years year months month weeks week days day hours matches games races the a an half more less over up
    nearly almost about around at least""".split()
)


_FOR_WHAT = re.compile(r"\bfor\s+(?P<why>[a-z][\w-]*)")


def _reason_given(text: str, deed: frozenset[str]) -> bool:
    """Whether `text` says what its penalty of this kind was for, in the clause that tells it."""
    for w in words(text):
        if lemmas(w.lower) & deed:
            clause = re.split(r"[.;](?:\s|$)", text[w.end : w.end + 120])[0]
            if any(f.group("why") not in _NO_REASON for f in _FOR_WHAT.finditer(clause)):
                return True
    return False


def _reason_added(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Police arrested the lorry driver for speeding" against "Police arrested a 34-year-old man after a lorry …
    overturned": what a penalty was for, which the evidence has no word of, where it tells of the same penalty."""
    gone = {w.start for w in missing}
    for m in _PENALTY_FOR.finditer(ctx.card.claim):
        why = m.group("why")
        if why in _NO_REASON or m.start("why") not in gone:
            continue
        if re.search(rf"\b{re.escape(why[:5])}", ctx.home.article.body, re.IGNORECASE):
            continue  # (the article gives the reason, in a sentence the evidence left out)
        deed = lemmas(m.group("deed"))
        doer = content_words(words(ctx.card.claim[: m.start()]), frozenset())
        if not any(ctx.evidence_lexicon.has(w) for w in doer):
            continue  # (the evidence tells another's penalty: "his brother was jailed")
        if any(_reason_given(text, deed) for text in ctx.texts):
            continue  # (a reason given otherwise is the slot rules' to compare)
        if any(lemmas(w.lower) & deed for w in ctx.evidence_words):
            return m.group("deed"), f"for {why}"
    return None


# That a deed was meant: what a summary adds when the evidence leaves the cause open (not "accidentally", as often
# the plain reading of what the evidence tells: "left his headlights on all day")
_INTENT = frozenset("deliberately intentionally purposely purposefully maliciously wilfully willfully".split())
# How the evidence may say it: "arson", "on purpose", "by mistake", "started on purpose".
_INTENT_TOLD = re.compile(
    r"\b(?:deliberate\w*|intentional\w*|purpose\w*|malicious\w*|wil+ful\w*|accident\w*|unintentional\w*|arson\w*"
    r"|on\s+purpose|by\s+mistake|mistaken\w*|inadvertent\w*|set\s+alight|set\s+fire|started\s+by)\b",
    re.IGNORECASE,
)


def _intent_added(ctx: ClaimContext, missing: list[Word]) -> str | None:
    """ "The fire was started deliberately" against "The cause is being investigated": whether the deed was meant,
    which the evidence does not tell in any words."""
    said = next((w.text for w in missing if w.lower in _INTENT), None)
    if said is None or any(_INTENT_TOLD.search(text) for text in ctx.texts):
        return None
    return said


# "Residents were told to leave", "police urged drivers to avoid": what one was told to do, and who was told.
_TOLD_TO = re.compile(
    r"\b(?:(?P<who>[a-z]+)\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
    r"(?P<verb>told|urged|advised|asked|ordered|warned|instructed)\s+(?:(?P<whom>[a-z]+)\s+)?to\s+(?P<deed>[a-z]+)\b",
    re.IGNORECASE,
)


def _told_to_do_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Residents were told to leave their homes" against "Residents were told to move valuables upstairs": what the
    same ones were told to do, the claim's a deed the evidence never writes and the evidence's one the claim never
    has."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for mine in _TOLD_TO.finditer(ctx.card.claim):
        if mine.start("deed") not in gone:
            continue
        told = lemmas((mine.group("who") or mine.group("whom") or "").lower())
        if not told:
            continue
        # (a light verb's deed is told by what follows, worded many ways: "make only essential journeys", "come in")
        what = content_lemmas(_slot_words(ctx.card.claim, mine.end()))
        if not what or lemmas(mine.group("deed").lower()) & LIGHT_VERBS:
            continue
        for text in ctx.texts:
            for theirs in _TOLD_TO.finditer(text):
                whom = lemmas((theirs.group("who") or theirs.group("whom") or "").lower())
                deed, done_to = theirs.group("deed").lower(), content_lemmas(_slot_words(text, theirs.end()))
                if (
                    whom & told
                    and not lemmas(deed) & forms
                    and "VERB" in forms_by_class(deed)
                    # (each told with what it is done to, and not the same thing: "take valuables upstairs" is "move
                    # valuables upstairs", "leave their homes" may be "evacuate")
                    and done_to
                    and not what & done_to
                ):
                    return mine.group(0), theirs.group(0)
    return None


# "was caused by hackers": a cause told as what did it (not "due to concerns", "because of its rarity": a reason a
# summary infers from what the article tells is as often faithful, measured on `python -m bench --only trust`)
_CAUSED_BY = re.compile(r"\b(?:caused|triggered|sparked|started)\s+by\s+", re.IGNORECASE)


def _cause_added(ctx: ClaimContext, missing: list[Word]) -> str | None:
    """ "The computer failure was caused by hackers" against "… cancelled all non-urgent operations after a computer
    failure … patient data had not been stolen": a cause of a thing the evidence tells, named by words the article
    never writes, where the evidence gives no cause at all (another cause is `_cause_swapped`'s to compare)."""
    claim = ctx.card.claim
    if not _CAUSED_BY.search(claim):
        return None
    gone = {w.start for w in missing}
    for m in _CAUSED_BY.finditer(claim):
        cause = [w for w in _slot_words(claim, m.end()) if is_content(w.lower)]
        if not cause or any(w.start + m.end() not in gone for w in cause):
            continue
        if any(re.search(rf"\b{re.escape(w.lower[:5])}", ctx.home.article.body, re.IGNORECASE) for w in cause):
            continue  # (the article gives it, in a sentence the evidence left out)
        # (of a thing the evidence tells: some word of the claim before the cause is the evidence's)
        if all(w.start in gone for w in content_words(words(claim[: m.start()]), frozenset())):
            continue
        if any(p.search(text) for text in ctx.texts for p in (_CAUSE_SLOT, _BECAUSE)):
            continue
        return claim[m.start() : m.end() + cause[-1].end]
    return None


# "a shortage of doctors" against "a shortage of nurses": the noun after "of" names what the thing is
# of, and a claim that puts another there says something else. Only "of" for a word the evidence does
# not have: after "for", "in", "to" or "with" the other word is as often a paraphrase (measured on
# `python -m bench --only trust`).


# ("deaths among cyclists" against "deaths among pedestrians": "among" names those it is of, as "of" does)
_PART_OF = frozenset({"of", "among"})
_COUNT_WORDS = frozenset(SMALL_COUNT_WORDS.split("|")) - {"one"}


_WHOSE_WORDS = frozenset({"its", "their", "his", "her"})


def _past_figure(claim_words: Sequence[Word], i: int) -> tuple[int, list[str]]:
    """Where the figure right before claim word `i` opens ("2,000" of "2,000 teachers"), and its words; `i` and none
    where there is none."""
    figure: list[str] = []
    while i > 0 and (claim_words[i - 1].lower.isdigit() or claim_words[i - 1].lower in _COUNT_WORDS):
        i -= 1
        figure.insert(0, claim_words[i].lower)
    return i, figure


def _word_in_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """A claim noun the evidence does not say, after the same word and "of" as a noun of the
    evidence's that the claim does not say: the claim's phrase and the evidence's."""
    claim_words = ctx.claim_words
    at = {w.start: i for i, w in enumerate(claim_words)}
    for word in missing:
        # Right after "of" only: "part of a plot" against "part of a scheme" is the same part. A figure may stand
        # between, the same on both sides: "a survey of 2,000 teachers" against "a survey of 2,000 parents".
        i, figure = _past_figure(claim_words, at.get(word.start, 0))
        # (past whose it is, the same on both sides: "the price of its diabetes drug" against "the list price of its
        # asthma inhaler")
        if i > 0 and not figure and claim_words[i - 1].lower in _WHOSE_WORDS:
            i -= 1
            figure.append(claim_words[i].lower)
        slot = _slot(claim_words, i, past_articles=False)
        if slot is None or slot[1].lower not in _PART_OF or word.capitalized or not _is_noun_word(word):
            continue
        head, link = slot
        for text in ctx.texts:
            for shared, other in _slots_of(text, head, link, figure):
                if (
                    not other.capitalized
                    and (_is_noun_word(other) or _after_genus_initial(text, other))
                    and not lemmas(other.lower) & claim_forms(ctx)
                ):
                    return (ctx.card.claim[head.start : word.end], text[shared.start : other.end])
    return None


# Words after which news names one thing in particular — a cause, where most of something is, what a warning is
# for — so that another thing there is another claim: "blamed a cyber attack" against "blaming a faulty software
# update", "mostly in manufacturing" against "mostly in research and development".
_SLOTS = (
    # ("blamed the decline on warmer seas" against "which the trust blamed on a shortage of sand eels")
    (
        "blame",
        re.compile(
            r"\bblam(?:e|ed|es|ing)\s+(?:(?:it|them|this|(?:the|its|their)\s+[a-z]+)\s+on\s+|on\s+)?", re.IGNORECASE
        ),
    ),
    # what one was doing when it happened: "fell … while fishing" against "while taking a selfie"
    ("while", re.compile(r"\bwhile\s+(?=[a-z]+ing\b)", re.IGNORECASE)),
    # what one was caught doing: "drivers caught speeding" against "caught using a phone at the wheel"
    ("caught", re.compile(r"\bcaught\s+(?=[a-z]+ing\b)", re.IGNORECASE)),
    # a reason given: "citing a strike at its largest mine" against "citing flooding"
    ("cite", re.compile(r"\bcit(?:e|ed|es|ing)\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)),
    (
        "cause",
        re.compile(
            r"\b(?:caused\s+by|because\s+of|due\s+to"
            + NOT_A_SCHEDULE
            + r"|triggered\s+by|sparked\s+by|thanks\s+to|owing\s+to"
            r"|driven\s+by|fuelled\s+by|fueled\s+by|helped\s+by|boosted\s+by|held\s+back\s+by|dragged\s+down\s+by"
            r"|pushed\s+up\s+by)\s+",
            re.IGNORECASE,
        ),
    ),
    (
        "most",
        re.compile(
            r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+(?:in|from|among|for|to|on)\s+",
            re.IGNORECASE,
        ),
    ),
    ("warning", re.compile(r"\b(?:warnings?|alerts?|watch)\s+for\s+", re.IGNORECASE)),
    # what a measure is meant to do: "to reduce pollution" against "to reduce accidents"
    (
        "aim",
        re.compile(
            r"\bto\s+(?:reduce|cut|curb|tackle|prevent|improve|boost|protect|ease|lower|save)\s+(?:the\s+|its\s+|their\s+)?",
            re.IGNORECASE,
        ),
    ),
    # what costs are of: "higher costs for security" against "higher costs for catering"
    ("costs", re.compile(r"\b(?:higher|rising|extra|increased|soaring)\s+costs?\s+(?:for|of)\s+(?:the\s+)?", re.I)),
    # an award's category: "was named best actress" against "named best director"
    ("award", re.compile(r"\b(?:named|won|for|as)\s+(?:the\s+)?best\s+", re.IGNORECASE)),
    # what someone meant by a deed: "saying he wanted to clear his name" against "wanted to spare the city a distraction"
    (
        "purpose",
        re.compile(r"\b(?:wanted|wants|hoped|hopes|in\s+order|so\s+as|intended|intends|aimed|aims)\s+to\s+", re.I),
    ),
    # what happened first: "ran aground after colliding with a tanker" against "after losing engine power"
    # ("fell 14% after it reported a loss" against "after it cut its revenue forecast")
    (
        "before",
        re.compile(
            r"\bafter\s+(?:(?:it|he|she|they|the\s+(?:company|firm|group|bank|government|council))\s+(?=[a-z]{2,}\b)"
            r"|(?=[a-z]+ing\b)"
            # ("made an emergency landing after an engine failure" against "after a passenger fell seriously ill";
            # not a time: "after 11 years", "after a week")
            # ("after several members of the cast fell ill": a few of them too)
            r"|(?=(?:a|an|his|her|their|its|old|new|several|some|many|two|three|four|five|heavy|strong)\s+"
            r"(?!(?:year|month|week|day|night|while|time|hour|decade|minute|season|game|match)s?\b)"
            r"[a-z]))",
            re.IGNORECASE,
        ),
    ),
    # what one asked for: "sacked after asking for a day off" against "after asking for a pay rise"
    (
        "asked",
        re.compile(
            r"\b(?:ask(?:ed|ing|s)?|call(?:ed|ing|s)?|appeal(?:ed|ing|s)?|plead(?:ed|ing|s)?|begg(?:ed|ing))\s+for\s+"
            r"(?:a\s+|an\s+|the\s+|more\s+)?",
            re.IGNORECASE,
        ),
    ),
    # what was hardest or best of all: "the hardest part had been the storms" against "had been the loneliness"
    (
        "part",
        re.compile(
            r"\b(?:hardest|toughest|worst|best|easiest|biggest|scariest|most\s+[a-z]+)\s+(?:part|thing|moment)\s+"
            r"(?:(?:of|about)\s+(?:[\w'’-]+\s+){1,3}?)?(?:was|is|had\s+been|has\s+been|were)\s+"
            r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?",
            re.IGNORECASE,
        ),
    ),
    # what one used to do a thing: "would use a gas boiler to heat the water" against "would use solar panels to"
    (
        "used",
        re.compile(
            r"\b(?:use|uses|used|using)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?=(?:[a-z][\w-]*\s+){1,3}?to\s+[a-z])",
            re.IGNORECASE,
        ),
    ),
    # what a deed was done with: "sorts recycling using a magnet" against "using a camera" (not what one used to do
    # a thing, which is "used")
    ("using", re.compile(r"\busing\s+(?:a|an|the|its|their|his|her)\s+(?!(?:[a-z][\w-]*\s+){1,3}?to\s+[a-z])", re.I)),
    # what money went on: "used the money to pay for holidays" against "to pay off debts" (not who paid: "paid for by")
    (
        "paid off",
        re.compile(
            r"\bpa(?:y|ys|id|ying)\s+(?:off|for)\s+(?!(?:by|from|with|out)\b)"
            r"(?:(?:his|her|their|its|the|a|an|some|all)\s+)?",
            re.I,
        ),
    ),
    # whom a group is made of: "a choir made up of teachers" against "a choir made up of NHS staff"
    (
        "made up of",
        re.compile(r"\b(?:made\s+up\s+of|consisting\s+of|comprising|formed\s+of)\s+(?:the\s+|local\s+)?", re.I),
    ),
    # what money was raised (collected, given) for: "raised £30,000 for a cancer charity" against "for a children's
    # hospice"; set against the evidence's there only, where the evidence names no one by name there ("raised £5,000
    # for the hospital that treated him" against "for the air ambulance that flew him to hospital")
    (
        "raised for",
        re.compile(
            r"\b(?:rais(?:e|es|ed|ing)|collect(?:s|ed|ing)?|contain(?:s|ed|ing)?|donat(?:e|es|ed|ing))\s+"
            r"(?:(?:more\s+than|over|nearly|almost|about|around)\s+)?(?:[£$€][\d,.]+(?:m|bn|k)?"
            r"|money|funds|cash|thousands|millions)(?:\s+(?:pounds|million))?\s+for\s+"
            r"(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+|local\s+)?",
            re.I,
        ),
    ),
    # who found one: "found by a police officer" against "found by a vet" (what the finder was doing is "found by")
    (
        "finder",
        re.compile(r"\b(?:found|spotted|discovered|rescued)\s+by\s+(?:a|an|the)\s+(?![a-z]+\s+[a-z]{3,}ing\b)", re.I),
    ),
    # whom one thanked, and what one is readied for: "to thank her family" against "to thank the hospital staff"
    ("thanked", re.compile(r"\bthank(?:ed|s|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|our\s+|my\s+)?", re.I)),
    (
        "prepared",
        re.compile(r"\bprepar(?:e|es|ed|ing)\s+(?:(?:them|him|her|students|pupils|children)\s+)?for\s+", re.I),
    ),
    # whom or what one wants more time for, and what one forged
    (
        "time",
        re.compile(
            r"\bspend\s+more\s+time\s+(?:(?:with|on)\s+(?:his\s+|her\s+|their\s+|the\s+)?|(?=[a-z]+ing\b))", re.I
        ),
    ),
    ("forged", re.compile(r"\bforg(?:e|es|ed|ing)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?", re.I)),
    # where complaints came from, and who came at last: "after complaints from wheelchair users"; "until police arrived"
    ("complaints", re.compile(r"\bcomplaints?\s+(?:came\s+|had\s+come\s+)?from\s+(?:the\s+|local\s+)?", re.I)),
    ("until", re.compile(r"\buntil\s+(?:the\s+)?(?=[a-z]+\s+(?:arrived|came|got\s+there)\b)", re.I)),
    # where a fire started: "broke out in a bedroom" against "broke out in the kitchen"
    ("fire", re.compile(r"\b(?:broke\s+out|started|began)\s+in\s+(?:the\s+|a\s+|an\s+)?", re.I)),
    # why or in what state someone went to hospital: "with serious injuries" against "as a precaution"
    (
        "hospital",
        re.compile(
            r"\b(?:(?:taken|rushed|airlifted|flown|admitted)\s+to|treated\s+in)\s+(?:a\s+|the\s+)?hospital\s+"
            r"(?:with|as|for|in)\s+(?:an?\s+)?",
            re.I,
        ),
    ),
    # what one was treated for: "treated for a broken leg" against "treated for mild hypothermia"
    ("treated", re.compile(r"\btreated\s+(?:at\s+the\s+scene\s+)?for\s+(?:a\s+|an\s+)?(?!injur|wounds?\b)", re.I)),
    # what a thing is rated or judged as: "rated … as requiring improvement" against "rated … as inadequate"
    (
        "rated",
        # ("has been rated inadequate by inspectors": the rating right after the verb)
        re.compile(
            r"\b(?:rated|rates|judged|graded|ranked|classed|classified)\s+(?:(?:[\w'’-]+\s+){0,6}?as\s+"
            r"|(?=(?:outstanding|good|inadequate|poor|excellent|satisfactory|requires|requiring)\b))",
            re.I,
        ),
    ),
    # what a thing is named after
    (
        "named",
        re.compile(r"\bnam(?:ed|ing|es)\s+(?:[\w'’-]+\s+){0,3}?after\s+(?:(?:the|a|an|his|her|its|their)\s+)?", re.I),
    ),
    # what someone is charged with or convicted of: "conviction for perverting the course of justice" against "the
    # conviction of … Mark Reed for misconduct in public office"
    (
        "charge",
        re.compile(
            r"\b(?:convicted\s+of|convictions?\s+(?:of\s+(?:[\w'’.-]+\s+){1,6}?)?for|guilty\s+of|charged\s+with"
            r"|accused\s+of|cleared\s+of|acquitted\s+of|on\s+suspicion\s+of"
            # ("admitted misconduct in public office" against "admitted fraud": the charge owned up to)
            r"|admitted|admits|admitting|pleaded\s+guilty\s+to|pleads\s+guilty\s+to)\s+(?:the\s+|a\s+|an\s+)?",
            re.I,
        ),
    ),
    # a part of a country by its compass point: "in the south-west" against "in the north-east"
    (
        "region",
        re.compile(
            r"\b(?:in|across|throughout|of)\s+the\s+(?=(?:north|south|east|west)(?:[\s-](?:east|west))?\b)", re.I
        ),
    ),
    # the part someone plays: "best known for playing a nurse" against "for playing the headmistress"
    (
        "role",
        re.compile(
            r"\b(?:playing|played|plays)\s+(?:the|a|an)\s+|\b(?:starred|starring|cast)\s+as\s+(?:the\s+|a\s+|an\s+)?",
            re.I,
        ),
    ),
    # what a thing is made into: "turned into a hotel" against "to be turned into 60 flats"
    (
        "into",
        re.compile(
            r"\b(?:turn|turned|turns|turning|convert|converted|converts|converting|transform|transformed|made)\s+"
            r"(?:(?:it|them|(?:the|its|their)\s+[a-z]+)\s+)?into\s+(?:a\s+|an\s+|the\s+)?",
            re.I,
        ),
    ),
    # where most of a thing came from: "most of the plastic came from farms" against "came from sewage"
    (
        "source",
        re.compile(
            r"\b(?:most|much|all|some|half)\s+of\s+(?:the|it)\s+(?:[a-z]+\s+)?(?:came|comes)\s+from\s+(?:the\s+)?", re.I
        ),
    ),
    # what money buys: "use the money to buy books" against "use the money to buy seeds"
    (
        "bought",
        re.compile(
            r"\b(?:money|cash|funds|proceeds|prize|winnings|donations|grant)\s+(?:to|will|would)\s+(?:buy|purchase)\s+"
            r"(?:a\s+|an\s+|the\s+|new\s+|more\s+|some\s+)?",
            re.I,
        ),
    ),
    # what money went on: "spent the money on animal feed" against "had spent the money on holidays"
    (
        "spent",
        re.compile(
            r"(?:\bspen(?:t|d|ds|ding)\s+(?:(?:the|its|their|his|her|all|most|some|much|of|extra|additional)\s+){0,3}"
            r"(?:money|cash|funds|donations|proceeds|winnings|savings|prize|grant|income|revenue|takings|surplus|it"
            r"|£[\d,.]+\w*)(?:\s+(?:money|cash))?"
            # (or told in the passive: "the money would be spent on repairing roads")
            r"|\b(?:money|cash|funds|proceeds|grant|income|revenue|takings|it)\s+(?:(?:will|would|is|are|was|were|has|have|had|to)\s+)?"
            r"(?:be|been|being)\s+spent"
            # (or told as where it goes: "the rest would go on a holiday")
            r"|\b(?:money|cash|funds|proceeds|winnings|grant|income|revenue|takings"
            r"|(?:rest|remainder)(?:\s+of\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?[a-z]+)?)\s+"
            r"(?:(?:will|would|is|are|was|were|has|have|had|to)\s+)?(?:go|goes|went|gone|going))\s+on\s+(?:a\s+|an\s+|the\s+)?",
            re.I,
        ),
    ),
    # whom a market force comes from: "weaker demand from carmakers" against "demand from smartphone makers"
    ("from", re.compile(r"\b(?:demand|orders|competition|pressure|complaints)\s+(?:from|among)\s+(?:the\s+)?", re.I)),
    # what was hurt: "broke his arm" against "broke his leg"
    (
        "injury",
        re.compile(
            r"\b(?:broke|broken|breaking|fractured|dislocated|sprained|injured|hurt)\s+(?:his|her|their|a|an|the)\s+",
            re.I,
        ),
    ),
    # whom a share of something went to: "5,000 went to pensioners" against "with more than 5,000 going to children"
    (
        "recipient",
        re.compile(
            r"\b(?:went|going|goes|gone|given|handed|awarded|allocated|donated|issued)\s+to\s+(?:the\s+)?", re.I
        ),
    ),
    # what one was armed with, what an inquest or an inquiry concluded, what one objected to: "armed with a hammer"
    # against "armed with a knife", "a conclusion of accidental death" against "… of unlawful killing"
    ("armed", re.compile(r"\barmed\s+with\s+(?:a\s+|an\s+)?", re.I)),
    ("conclusion", re.compile(r"\b(?:conclusion|verdict|finding)\s+of\s+", re.I)),
    (
        "objection",
        re.compile(
            r"\b(?:object(?:ed|s|ing)?|objections?)\s+to\s+(?:the\s+)?|\bcomplain(?:ed|s|ing)?\s+about\s+(?:the\s+)?",
            re.I,
        ),
    ),
    # the part of the body an injury is to: "a hamstring injury" against "a knee injury", "a broken jaw" against "a
    # broken arm"
    ("injured part", re.compile(r"\b(?:a|an|his|her|their)\s+(?=[a-z]+\s+injur(?:y|ies)\b)|\bbroken\s+", re.I)),
    # whom a sum is paid (back) to: "told to return £38m to customers" against "… to the government", "ordered to pay
    # £10 million to the regulator" against "… to customers", read against the evidence's words there only (a sum:
    # "returned to Selhurst Park" is going back)
    (
        "repaid",
        re.compile(
            r"\b(?:return|returns|returned|returning|refund|refunds|refunded|repay|repays|repaid|hand\s+back|hands\s+back"
            r"|handed\s+back|pay\s+back|paid\s+back|pay|pays|paid|paying)\s+(?:[$£€]\s?[\d.,]+\s?(?:m|bn|k|million|billion)?\s+)"
            r"(?:back\s+)?to\s+(?:the\s+)?",
            re.I,
        ),
    ),
    # what a work is about: "novels about a mining town" against "novels about a fishing village"
    (
        "about",
        re.compile(
            r"\b(?:novels?|books?|films?|documentar(?:y|ies)|plays?|series|songs?|poems?|memoir|musical|opera|exhibition)"
            r"\s+(?:(?:is|are|was|were|will\s+be)\s+)?about\s+(?:a\s+|an\s+|the\s+)?",
            re.I,
        ),
    ),
    # what a penalty is for: "sent off for dissent" against "sent off for violent conduct"
    (
        "penalty",
        # ("banned a fan for three years": past the one banned)
        re.compile(
            r"\b(?:sent\s+off|banned|suspended|fined|disqualified|booked)\s+"
            r"(?:(?:a|an|the|his|her|their|its)\s+[a-z]+\s+)?for\s+(?:a\s+|an\s+|the\s+)?",
            re.I,
        ),
    ),
    # where one was rushing to: "rushing to training" against "rushing to see his sick mother"
    (
        "rushing",
        re.compile(r"\b(?:rush|rushed|rushing|hurrying|racing|speeding)\s+(?:home\s+)?to\s+(?:the\s+|a\s+)?", re.I),
    ),
    # what one asked others to do: "asking them to oppose a ban" against "asking them to back a ban"
    (
        "asked to",
        re.compile(
            r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|beg(?:s|ged|ging)?)"
            r"\s+(?:them|him|her|it|us|people|everyone|(?:every|all|the)\s+[a-z]+)\s+to\s+(?=[a-z]{3,}\b)",
            re.I,
        ),
    ),
    # who or what paid for a thing: "paid for by the council" against "paid for by parents' fundraising", "paid for
    # from its savings" against "paid for by a grant"
    (
        "payer",
        re.compile(
            r"\b(?:paid\s+for|funded|financed|bankrolled)\s+(?:by|from|out\s+of|with)\s+"
            r"(?:a\s+|an\s+|the\s+|its\s+|their\s+)?",
            re.I,
        ),
    ),
    # whom homes are for: "40 homes for students" against "40 homes for local families"
    ("homes for", re.compile(r"\b(?:homes|houses|flats|housing|accommodation)\s+for\s+(?:local\s+|the\s+)?", re.I)),
    # what the finder was doing: "found by a man fishing" against "found by a man walking his dog"
    ("found by", re.compile(r"\bfound\s+by\s+(?:a|an|the)\s+[a-z]+\s+(?=[a-z]{3,}ing\b)", re.I)),
    # how far up one went in: "up to his knees" against "up to his chest"
    ("up to", re.compile(r"\bup\s+to\s+(?:his|her|their|its|the)\s+(?=[a-z]{3,}\b)", re.I)),
    # what one switched to: "switched to gas boilers" against "switching to heat pumps and solar panels"
    ("switched to", re.compile(r"\bswitch(?:ed|es|ing)?\s+(?:over\s+)?to\s+(?:the\s+)?(?=[a-z]{3,}\b)", re.I)),
    # what is lent or hired out: "lending out bicycles" against "lending out tools"
    (
        "lent",
        re.compile(r"\b(?:lend|lends|lending|lent|loan|loans|loaning|loaned)\s+(?:out\s+)?(?:the\s+|its\s+)?", re.I),
    ),
    # what a thing was found to be: "found to contain explosives" against "found to be harmless"
    ("found to be", re.compile(r"\b(?:found|proved|turned\s+out|shown)\s+to\s+(?:be\s+)?", re.I)),
    # what was not working: "no working boiler" against "no working fire alarms"
    ("not working", re.compile(r"\bno\s+(?:working|functioning)\s+", re.I)),
    # what one is at risk from: "at risk from farming" against "at risk from mining"
    ("risk", re.compile(r"\b(?:at\s+risk|under\s+threat|threatened)\s+(?:from|by)\s+(?:the\s+)?", re.I)),
    # what a prize is for: "a prize for poetry" against "the Halden Prize for fiction"
    ("prize", re.compile(r"\b(?:prize|award|medal)\s+(?:(?:is|was)\s+)?for\s+(?:the\s+|best\s+)?", re.I)),
    # what struck someone: "hit by a bus" against "hit by a van"
    (
        "struck",
        re.compile(
            r"\b(?:hit|struck|knocked\s+(?:down|over)|run\s+over|mown\s+down)\s+by\s+(?:a\s+|an\s+|the\s+)?", re.I
        ),
    ),
    # what someone fell from or through: "fell from a bridge" against "fell through ice"
    (
        "fell",
        re.compile(
            r"\bf(?:ell|all|alls|allen|alling)\s+(?:\d[\d,.]*\s?(?:metres|meters|feet|ft|m)\s+)?(?:from|through|off|into)\s+"
            r"(?:a\s+|an\s+|the\s+|thin\s+)?",
            re.I,
        ),
    ),
    # what money is to pay for: "to pay for new sewers" against "to pay for new reservoirs"; "the money will go to
    # road repairs" or "be spent on" them against "with the money going to beach cleaning"
    (
        "paid for",
        re.compile(
            r"(?:\bpay(?:s|ing)?\s+for|\b(?:money|funds|cash|proceeds)\s+(?:will\s+|would\s+)?(?:go(?:es|ing)?|went)"
            # ("up to £7,500 towards a heat pump": a sum and what it goes towards)
            r"\s+(?:to(?:wards)?|on)|\bspen[dt]\w*\s+(?:[$£€][\d.,]+\s*(?:million|billion|m|bn|k)?\s+)?"
            r"(?:(?:over|in|a|each|every|per)\s+(?:[\w-]+\s+){0,2}?)?on|[$£€]\d[\d,.]*\s*(?:million|billion|m|bn|k)?\s+towards"
            # ("a charge the park authority says will fund path repairs")
            r"|\b(?:will|would|to|could|should)\s+fund)"
            r"\s+(?:(?:new|the|a|an)\s+){0,2}",
            re.I,
        ),
    ),
    # where a thing was stolen from: "stolen from her home" against "stolen from her car"
    ("stolen from", re.compile(r"\b(?:stolen|taken|snatched)\s+from\s+(?:a|an|the|his|her|their|its)\s+", re.I)),
    # what one is banned from doing: "banned from selling ice cream" against "banned from playing his chimes"
    ("banned from", re.compile(r"\b(?:banned|barred|stopped|prevented)\s+from\s+(?=[a-z]+ing\b)", re.I)),
    # and what one is banned from doing it with: "banned pupils from bringing mobile phones" against "from bringing
    # energy drinks"
    (
        "banned thing",
        re.compile(
            r"\b(?:banned|barred|stopped|prevented)\s+(?:[a-z]+\s+){0,2}?from\s+[a-z]+ing\s+"
            r"(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?=[a-z])",
            re.I,
        ),
    ),
    # what a place used to be: "opened it in a former bank" against "in a former church"
    ("former", re.compile(r"\b(?:in|into|at|from|of)\s+(?:a|an|the|its)\s+former\s+(?=[a-z]{3,})", re.I)),
    # what one studies: "places to study law" against "places to study medicine"
    (
        "study",
        re.compile(
            r"\b(?:to\s+study|studied|studying)\s+(?!(?:under|at|with|for|in|abroad|hard|alongside|how|whether|why|what"
            r"|the|a|an|his|her|their|its)\b)(?=[a-z]{3,})",
            re.I,
        ),
    ),
    # what money is used to do: "use the prize money to buy an oven" against "to hire an apprentice"
    (
        "used for",
        re.compile(
            r"\bus(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|some\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:money|cash|funds|winnings|grant|donations?|windfall|proceeds|payout)\s+to\s+",
            re.I,
        ),
    ),
    # what is given as the reason: "citing pay as the main reason" against "citing workload as the main reason"
    ("cited", re.compile(r"\bcit(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+)?(?=(?:[\w'’-]+\s+){1,3}?as\b)", re.I)),
    # what was cited with no "as": "citing a throat infection" against "cited a back injury"
    ("citing", re.compile(r"\bcit(?:e|es|ed|ing)\s+(?:a|an|his|her|their|its)\s+(?!(?:[\w'’-]+\s+){0,3}?as\b)", re.I)),
    # whom one urged: "urged people over 65 to get vaccinated" against "urged children to …"
    ("urged", re.compile(r"\burg(?:e|es|ed|ing)\s+(?:all\s+)?(?=[a-z]+\s+(?:\w+\s+){0,2}?to\s)", re.I)),
    # what a sentence was for: "a nine-year sentence for fraud" against "a sentence for treason"
    ("sentence", re.compile(r"\bsentences?\s+for\s+(?!(?:\d|a\b|an\b|the\b|his\b|her\b))", re.I)),
    # what a vehicle hit: "after a car hit a bus shelter" against "the car hit a shop"
    (
        "vehicle hit",
        re.compile(
            r"\b(?:car|van|bus|lorry|truck|bike|bicycle|motorbike|train|tram|taxi|vehicle|coach)s?\s+"
            r"(?:hit|struck|crashed\s+into|smashed\s+into|ploughed\s+into|collided\s+with)\s+(?:a|an|the)\s+",
            re.I,
        ),
    ),
    # what a quarrel is about: "a dispute over pay" against "a dispute over workload"
    (
        "over",
        re.compile(
            r"\b(?:dispute|disputes|row|rows|strike|strikes|protest|protests|walkout|clash|clashes|talks)\s+over\s+(?:the\s+)?"
            # ("walked out for 48 hours on Monday over pay": a walkout's cause past when and how long)
            r"|\b(?:walk(?:ed|s|ing)?\s+out|on\s+strike)\s+(?:[\w'’-]+\s+){0,5}?over\s+(?!\d)(?:the\s+)?",
            re.I,
        ),
    ),
    # whom access is for, and what there is a shortage of: "blocked access for cyclists" against "for wheelchair users"
    ("access", re.compile(r"\baccess\s+for\s+(?:the\s+)?", re.I)),
    ("shortage", re.compile(r"\b(?:shortages?|lack)\s+of\s+(?:the\s+)?", re.I)),
    # what one was let do to help another: "help him with his shopping" against "help him pay his bills"
    (
        "helped",
        re.compile(
            r"\bhelp(?:ed|s|ing)?\s+(?:him|her|them)\s+(?:with\s+|to\s+)?(?:his\s+|her\s+|their\s+|the\s+)?", re.I
        ),
    ),
    # what one complained about: "parents complained about the ban" against "complained about children using them"
    ("complained", re.compile(r"\bcomplain(?:ed|s|ing|ts?)?\s+(?:about|of|over)\s+(?:the\s+)?", re.I)),
    # what one was offered: "passengers were offered hotel rooms" against "offered refunds or seats on later flights"
    ("offered", re.compile(r"\b(?:was|were|been|being|be)\s+offered\s+(?!to\b)(?:a\s+|an\s+|the\s+)?", re.I)),
    # what one was told to do: "residents were told to keep windows closed" against "told to leave their homes"
    ("told", re.compile(r"\b(?:told|ordered|advised|instructed|asked)\s+(?:[a-z]+\s+){0,2}?to\s+(?!be\b)", re.I)),
    # what the secret or key to a thing was: "the secret to a long life was avoiding sugar" against "was staying busy"
    (
        "secret",
        re.compile(r"\b(?:secret|key)\s+(?:to|of)\s+(?:[\w'’-]+\s+){1,4}?(?:was|is|had\s+been|has\s+been)\s+", re.I),
    ),
    # where money came from: "most of which came from the government" against "most of which came from donations"
    # (money only: where people "come from" is paraphrased freely, "90 nations" for "90 countries")
    (
        "came from",
        re.compile(
            r"\b(?:(?:most|all|much|half|some|the\s+rest)\s+of\s+(?:which|it|the\s+money|the\s+cost)|money|funds|cash)"
            r"\s+(?:came|comes|will\s+come)\s+from\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?",
            re.I,
        ),
    ),
    # where pollution came from: "pollution from sewage works" against "pollution from chicken farms"
    (
        "pollution from",
        re.compile(
            r"\b(?:pollution|pollutants|run-?off|discharges?|emissions|fumes|contamination)\s+(?:came\s+)?from\s+"
            r"(?:the\s+|a\s+|an\s+|local\s+|nearby\s+)?",
            re.I,
        ),
    ),
    # whose an idea was: "the idea came from a customer" against "the idea came from a member of staff"
    (
        "idea from",
        re.compile(
            r"\b(?:idea|suggestion|inspiration)\s+(?:came|comes|had\s+come|was)\s+from\s+"
            r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+|one\s+of\s+(?:the|his|her|their|its)\s+)?",
            re.I,
        ),
    ),
    # whom a thing belonged to: "the rating belonged to his staff alone" against "belonged to the whole community"
    ("belonged to", re.compile(r"\bbelong(?:s|ed|ing)?\s+to\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?", re.I)),
    # what one was searching a place for: "searching the seabed for the ring" against "searching the seabed for
    # litter" (set against the evidence's there only: the ring is what was found)
    (
        "searched for",
        re.compile(
            r"\bsearch(?:ed|es|ing)?\s+(?:(?:the|a|an|his|her|their|its)\s+[a-z]+\s+)?for\s+"
            r"(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?",
            re.I,
        ),
    ),
    # what money is to build or buy: "raised £30,000 to build a new sports hall" against "to build a new playground"
    (
        "to build",
        re.compile(
            r"\bto\s+(?:build|buy|fund|repair|restore|replace|renovate|refurbish|rebuild)\s+"
            r"(?:(?:a|an|the|its|their|his|her|new|two|three)\s+){0,2}",
            re.I,
        ),
    ),
    # what one was trained or learned to do: "bees were trained to push a ball" against "trained to pull a string"
    (
        "taught",
        re.compile(
            r"\b(?:train(?:ed|s|ing)?|taught|teach(?:es|ing)?|learn(?:ed|t|s|ing)?)\s+(?:[a-z]+\s+){0,2}?(?:how\s+)?"
            r"to\s+(?!be\b)",
            re.I,
        ),
    ),
    # what one ordered done to a thing: "ordered the dog to be destroyed" against "to be kept on a lead"
    (
        "ordered done",
        re.compile(r"\b(?:ordered|told)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[a-z]+\s+to\s+be\s+", re.I),
    ),
    # what a vote decided to do: "voted to scrap parking charges" against "voted to double parking charges"
    ("voted", re.compile(r"\bvot(?:e|ed|es|ing)\s+(?:unanimously\s+)?to\s+(?=[a-z]{3,}\b)", re.I)),
    # how one wanted a thing left: "residents who wanted it kept as a museum" against "wanted the depot demolished"
    (
        "wanted",
        re.compile(
            r"\bwant(?:ed|s)?\s+(?:it|them|the\s+[a-z]+)\s+(?!(?:to|for|by|and|but|as|in|at|on|back|out)\b)(?=[a-z]{3,}\b)",
            re.I,
        ),
    ),
    # whom one passed for: "fraudsters posing as the police" against "posing as her bank"
    (
        "posing",
        re.compile(
            r"\b(?:(?:pos(?:e|es|ed|ing)|masquerad(?:e|es|ed|ing))\s+as|pretend(?:s|ed|ing)?\s+to\s+be"
            r"|impersonat(?:e|es|ed|ing))\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?",
            re.I,
        ),
    ),
    # how long a thing holds: "kept in lockers until lunchtime" against "until the end of the school day"
    ("until when", re.compile(r"\b(?:until|till)\s+(?:the\s+)?(?=[a-z])", re.I)),
    # whom money goes to: "the money raised will go to local projects" against "will go to the council's budget"
    (
        "goes to",
        re.compile(
            r"\b(?:money|cash|funds|proceeds|profits|takings|fines?|donations)\s+(?:raised\s+|collected\s+)?"
            r"(?:(?:will|would|is\s+to|are\s+to|has|have|had|to)\s+)?(?:go|goes|went|gone|going)\s+(?:to|towards)\s+"
            r"(?:a\s+|an\s+|the\s+)?(?=[a-z])",
            re.I,
        ),
    ),
)
# (what money went on is read against what the evidence says it went on: "animal feed" is no "holidays", though the
# article tells of an animal charity)
_SLOT_AGAINST_SLOT = frozenset(
    {
        "named",
        "conclusion",
        "spent",
        "complained",
        "complaints",
        "shortage",
        "repaid",
        "raised for",
        "searched for",
        "belonged to",
        "came from",
        "idea from",
        "pollution from",
        "goes to",
    }
)
_AGAINST_SLOTS = tuple((kind, pattern) for kind, pattern in _SLOTS if kind in _SLOT_AGAINST_SLOT)
# the room a fire started in, not the building it is of ("the kitchen of the Swan"); the region, not what is there;
# what one was caught doing, not the rest of the sentence ("caught speeding will face a fine")
_SLOT_ONE_WORD = frozenset(
    {
        "voted",
        "found by",
        "lent",
        "up to",
        "switched to",
        "asked to",
        "risk",
        "fire",
        "region",
        "injury",
        "armed",
        "injured part",
        "over",
        "prize",
        "award",
        "fell",
        "wanted",
        "urged",
        "sentence",
        "caught",
        "former",
        "study",
        "stolen from",
        "banned from",
        "until",
        "posing",
    }
)
_THING_FIRST = re.compile(
    r"(?:a|an|his|her|their|its|old|new|several|some|many|two|three|four|five|heavy|strong)\s", re.I
)


_TIME_UNITS = frozenset("second minute hour day night week fortnight month year decade life season".split())


def _lengths(found: list[Word]) -> bool:
    """Whether the words tell a length of time ("three months", "life")."""
    return any(lemmas(w.lower) & _TIME_UNITS for w in found)


def _a_thing_first(text: str, at: int) -> bool:
    return _THING_FIRST.match(text, at) is not None


_COUNTS_OF_CHARGES = frozenset("count counts charge charges offence offences crime crimes".split())
# What money raised for any good cause may be said to be raised for.
_ANY_GOOD_CAUSE = frozenset("charity charities good cause causes".split())
_SLOT_STOP = frozenset("for on in at after before which that while but who when where as".split())
# Where a slot of some kinds ends otherwise: the tool one used, not what it was used to do; the part one plays at an
# auxiliary ("best known for playing a doctor has died"), though a deed that came first goes on past one ("after she
# was charged").
_STOP_AT_AUXILIARY = _SLOT_STOP | frozenset("has have had was were is are will would".split())
_STOPS_OF = {
    "used": _SLOT_STOP | {"to"},
    "role": _STOP_AT_AUXILIARY,
    "made up of": _STOP_AT_AUXILIARY,  # (whom a group is made of, not what it did: "… staff has reached the final")
    "taught": _SLOT_STOP | {"to"},  # (the deed, not what it was for: "to push a ball to reach a reward")
    "banned thing": _SLOT_STOP | {"to", "onto", "into"},  # (what is banned, not where: "vapes onto the campus")
    # (whom money was raised for, not what the raiser did next: "to raise funds for a hospital has completed …")
    "raised for": _STOP_AT_AUXILIARY,
    "idea from": _SLOT_STOP | {"whose"},  # (whose idea, not what is told of them: "… whose son has autism")
}


def _slot_words(text: str, end: int, stops: frozenset[str] = _SLOT_STOP) -> list[Word]:
    """The words filling a slot that ends at `end`: up to five, to a clause's or phrase's end."""
    found = []
    for w in words(text[end:]):
        if w.lower in stops or len(found) == 5 or re.search(r"[,.;:()]", text[end : end + w.start]):
            break
        found.append(w)
    return found


_WHOSE_OBJECT = frozenset({"their", "his", "her", "its"})


def _unwritten(m: re.Match[str], group: str, gone: set[int]) -> bool:
    """Whether a match's group has content words and the evidence writes none of them (`gone`: their starts)."""
    told = [w for w in words(m.group(group)) if is_content(w.lower)]
    return bool(told) and all(w.start + m.start(group) in gone for w in told)


def _all_gone(claim: str, start: int, gone: set[int]) -> bool:
    """Whether the evidence writes none of the content words from `start` to the end of the claim's clause."""
    clause = re.split(r"[,.;:()]", claim[start:])[0]
    return all(w.start + start in gone for w in words(clause) if is_content(w.lower))


def _filler_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    return filler_swapped(ctx.card.claim, frozenset(w.start for w in missing), ctx.texts, claim_forms(ctx))


def _post_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    return post_swapped(ctx.card.claim, frozenset(w.start for w in missing), ctx.texts, claim_forms(ctx))


def _object_kind_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    return object_swapped(ctx.card.claim, frozenset(w.start for w in missing), ctx.texts, claim_forms(ctx))


def _object_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The miners lost their jobs" against "900 former miners who lost their pensions": the same verb done to
    one's own thing, the claim's a noun the evidence never says, the evidence's one the claim never says."""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for i, word in enumerate(claim_words):
        if word.start not in gone or i < 2 or claim_words[i - 1].lower not in _WHOSE_OBJECT:
            continue
        verb = claim_words[i - 2]
        if not _only_a_noun(word) or "VERB" not in forms_by_class(verb.lower) or _is_light(verb):
            continue
        if word.lower in _RANKING:
            continue  # "cut its key rate" is what "cut its interest rate" did
        deed = lemmas(verb.lower)
        for text in ctx.texts:
            found = words(text)
            for j in range(len(found) - 2):
                other = found[j + 2]
                if (
                    lemmas(found[j].lower) & deed
                    and found[j + 1].lower == claim_words[i - 1].lower
                    and _only_a_noun(other)
                    # (the head of a longer thing, "his intention to quit", "his time as its head", is not compared)
                    and not (j + 3 < len(found) and found[j + 3].lower in _HEAD_OF_MORE)
                    and not lemmas(other.lower) & forms
                    and not one_meaning(other.lower, word.lower)
                    and not _akin(other, [word])
                ):
                    return (
                        ctx.card.claim[verb.start : word.end],
                        text[found[j].start : other.end],
                    )
    return _object_head_swapped(ctx, gone, forms)


def _head_of(found: list[Word], at: int, text: str) -> int | None:
    """Where the head of the noun phrase that opens at `at` stands: its last noun, within three words ("its own-brand
    chicken nuggets"), or None when it runs on past them or on into "of"."""
    head = None
    for k in range(at, min(at + 3, len(found))):
        if k > at and text[found[k - 1].end : found[k].start] != " ":
            break
        lower = found[k].lower
        # (a word of "-ing" describes too, before its noun: "rocking horses")
        if not (_is_noun_word(found[k]) or "-" in lower or lower.endswith("ing") or "ADJ" in forms_by_class(lower)):
            break
        head = k
    if (
        head is None
        or not _is_noun_word(found[head])
        or (head + 1 < len(found) and found[head + 1].lower in _HEAD_OF_MORE)
    ):
        return None
    return head


def _object_head_swapped(ctx: ClaimContext, gone: set[int], forms: frozenset[str]) -> tuple[str, str] | None:
    """ "recalled its fish fingers" against "recalled its own-brand chicken nuggets": the same verb done to one's own
    thing of several words, ending on a noun the evidence never writes, where the evidence's thing shares none of
    them and ends on a noun the claim never says."""
    claim_words = ctx.claim_words
    claim = ctx.card.claim
    for i in range(2, len(claim_words) - 1):
        verb, whose = claim_words[i - 2], claim_words[i - 1]
        if whose.lower not in _WHOSE_OBJECT or "VERB" not in forms_by_class(verb.lower) or _is_light(verb):
            continue
        head = _head_of(claim_words, i, claim)
        if head is None or head == i or claim_words[head].start not in gone:
            continue
        mine = content_lemmas(claim_words[i : head + 1])
        deed = lemmas(verb.lower)
        for text in ctx.texts:
            found = words(text)
            for j in range(len(found) - 2):
                if not (lemmas(found[j].lower) & deed and found[j + 1].lower == whose.lower):
                    continue
                theirs = _head_of(found, j + 2, text)
                if theirs is None:
                    continue
                other = found[theirs]
                if (
                    not other.capitalized
                    and not content_lemmas(found[j + 2 : theirs + 1]) & mine
                    and not lemmas(other.lower) & forms
                    and not one_meaning(other.lower, claim_words[head].lower)
                    and not _akin(other, [claim_words[head]])
                ):
                    return claim[verb.start : claim_words[head].end], text[found[j].start : other.end]
    return None


_HEAD_OF_MORE = frozenset("to of as in at for on with".split())
# Prepositions that say whom or what a deed reaches ("links the station with the campus", "moved to Leeds"); "of",
# "for" and "by" as often tell a part, a reason or a doer, which other rules read.
_REACHING = frozenset("with to into from against between".split())


# "will be used to restore wildflower meadows", "the money will go towards a new roof": what a thing is for.
_USED_TO = re.compile(r"\bused\s+(?:to|for)\s+(?P<deed>[a-z]+)\b", re.IGNORECASE)


def _use_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The farm will be used to grow crops" against "The farm will be used to restore wildflower meadows": what a
    thing is to be used for, in a word the evidence never writes, where the evidence says another use."""
    forms = claim_forms(ctx)
    for mine in _USED_TO.finditer(ctx.card.claim):
        # (a word the evidence never writes in any form: a paraphrase group's "raised" is no growing of crops)
        if lemmas(mine.group("deed").lower()) & ctx.evidence_lexicon.lemmas or re.match(
            r"\s+(?:back|up|out|off|down|in|on)\b", ctx.card.claim[mine.end() :]
        ):
            continue  # ("used to bring back meadows": a verb and its particle, which may be "restore")
        for text in ctx.texts:
            for theirs in _USED_TO.finditer(text):
                deed = theirs.group("deed").lower()
                if not lemmas(deed) & forms and not one_meaning(deed, mine.group("deed").lower()):
                    return mine.group(0), theirs.group(0)
    return None


# "wear a blazer instead of a jumper": the thing a deed is done to, and the one it is done in place of.
_INSTEAD_OF = re.compile(
    r"\s+(?P<done>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+"
    r"(?P<other>(?:(?:a|an|the|his|her|their|its)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.IGNORECASE,
)


def _instead_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Pupils will wear a blazer instead of a jumper" against "… has dropped blazers from its uniform … Pupils will
    wear a school jumper instead": the evidence does the deed to what the claim has it done in place of, and never to
    the claim's thing."""
    claim = ctx.card.claim
    for mine in clauses(claim):
        m = _INSTEAD_OF.match(claim, mine.verb.end)
        if m is None or mine.passive:
            continue
        verb = mine.forms
        done = content_lemmas(words(m.group("done")))
        other = content_lemmas(words(m.group("other")))
        if not verb or not done or not other or done & other:
            continue
        for text in ctx.texts:
            for theirs in clauses(text):
                if theirs.passive or not theirs.forms & verb or theirs.done_to is None:
                    continue
                if theirs.done_to.key & other and not theirs.done_to.key & done:
                    return claim[mine.verb.start : m.end()], f"{theirs.verb.text} {theirs.done_to.text}"
    # ("collected every fortnight instead of every three weeks" against "every three weeks instead of every fortnight")
    theirs_sides = [(sides, m.group(0)) for text in ctx.texts for m in _IN_PLACE.finditer(text) if (sides := _sides(m))]
    for m in _IN_PLACE.finditer(claim):
        if not (ours := _sides(m)):
            continue
        for (done, other), said in theirs_sides:
            # (what the claim puts first the evidence puts second, and the other way; a word both put first is what
            # one side leaves unsaid: "every three weeks instead of every two")
            first, second = ours[0] & other, ours[1] & done
            if first and second and not first <= done and not second <= other:
                return m.group(0).strip(), said.strip()
    return None


# "every three weeks instead of every fortnight": the words on either side of a swap.
_IN_PLACE = re.compile(
    r"(?P<done>(?:[\w'’-]+\s+){1,3})(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?P<other>(?:[\w'’-]+\s*){1,3})",
    re.IGNORECASE,
)


def _sides(m: re.Match[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content lemmas either side of "instead of" that differ, or None where one side has none left."""

    def said(part: str) -> frozenset[str]:
        # (counts in words too: "every two weeks instead of every three")
        found = words(part)
        return content_lemmas(found) | {w.lower for w in found if w.lower in NUMBER_WORDS or w.lower.isdigit()}

    done, other = said(m.group("done")), said(m.group("other"))
    done, other = done - other, other - done  # ("every fortnight" and "every three weeks": what differs)
    return (done, other) if done and other else None


# "by selling her drawings", "by running a marathon": how a thing was done, a deed and what it was done to.
# (the deed as the "what" and the thing as the "who" of `_filled_otherwise`)
_BY_DOING = re.compile(
    r"\bby\s+(?P<what>[a-z]+ing)\s+(?:(?:her|his|their|its|the|a|an|some)\s+)?(?P<who>[a-z]+)\b", re.IGNORECASE
)


def _means_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "raised £12,000 by selling cakes" against "raised £12,000 … by selling her drawings": the same deed done to a
    thing the evidence never writes, where the evidence does it to another the claim never has."""
    forms = claim_forms(ctx)

    def another_thing(mine: re.Match[str], theirs: re.Match[str]) -> bool:
        thing = theirs.group("who").lower()
        return is_content(thing) and _another_thing(thing, mine.group("who"), forms)

    return _filled_otherwise(ctx, missing, _BY_DOING, _BY_DOING, another_thing)


# "suffered only minor cuts", "sustained a broken leg": the harm one came to, up to where its words end.
_HARM_SUFFERED = re.compile(
    r"\b(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?)\s+(?P<harm>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|in|to|after|when|while|but|at|on|during|from)\b)",
    re.IGNORECASE,
)


def _harm_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "A vet said it had suffered a broken leg" against "A vet said it had suffered only minor cuts": the harm one
    suffered, named by a noun the evidence never writes, where the evidence names another the claim never has."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _HARM_SUFFERED.finditer(ctx.card.claim):
        # (the harm's last noun, or the noun before it that says where: "leg injuries" against "head injuries")
        said = words(m.group("harm"))
        lost = [w for w in said[-2:] if w.start + m.start("harm") in gone and _is_noun_word(w)]
        if not lost:
            continue
        head = lost[-1]
        at = -1 if head is said[-1] else -2
        for text in ctx.texts:
            for other in _HARM_SUFFERED.finditer(text):
                told = words(other.group("harm"))
                if len(told) < -at:
                    continue
                theirs = told[at]
                if (_is_noun_word(theirs) or theirs.lower.endswith("ing")) and _another_thing(  # ("only bruising")
                    theirs.lower, head.lower, forms
                ):
                    return m.group(0), other.group(0)
    return None


# "her coat was trapped in a door": one's thing, and what was done to it.
_ONES_THING_DONE_TO = re.compile(
    r"\b(?:her|his|their|its)\s+(?P<who>[a-z]{3,})\s+(?:was|were|had\s+been|has\s+been|got|became)\s+"
    r"(?P<what>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _ones_thing_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Her bag was trapped in a door" against "her coat was trapped in a door": the thing of one's that the same deed
    was done to, a noun the evidence never writes, where the evidence names another the claim never has."""
    forms = claim_forms(ctx)

    def another_thing(mine: re.Match[str], theirs: re.Match[str]) -> bool:
        if "VERB" not in forms_by_class(mine.group("what").lower()):
            return False  # (a deed: "was trapped", "was caught"; not "was late")
        thing = theirs.group("who").lower()
        return _is_noun_word(Word(thing, thing, 0, len(thing))) and _another_thing(thing, mine.group("who"), forms)

    return _filled_otherwise(ctx, missing, _ONES_THING_DONE_TO, _ONES_THING_DONE_TO, another_thing)


def _another_thing(thing: str, mine: str, forms: frozenset[str]) -> bool:
    """Whether the evidence's `thing` is another than the claim's `mine`: no word of the claim's in any form, nor of
    one meaning with it, nor of its family ("by selling pictures she drew" tells the drawings)."""
    return (
        not lemmas(thing) & forms
        and not one_meaning(thing, mine.lower())
        and not any(akin(f, t) for f in forms for t in lemmas(thing))
    )


# "was lifted out with a crane", "restored power using a generator": the deed and what it was done with.
_DONE_WITH = re.compile(
    r"\b(?P<what>[a-z]{3,}(?:ed|en)|fed|found|dug|caught|made|built|cut|struck|hit|shot)"
    r"(?:\s+(?:it|them|him|her|(?:the|a|an|its|their|his|her)\s+[a-z]+))?(?:\s+(?:out|up|off|down|free|clear|away))?"
    r"(?:\s+with|(?:\s+(?!with\b|using\b)[\w'’-]+){0,4}?\s+using)\s+"
    # ("using a borrowed tanker": the thing, past a word made of a deed that describes it)
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z]{3,}ed\s+(?=[a-z])(?!(?:and|or|in|on|at|for|by)\b))?(?P<who>[a-z][\w-]*)\b(?!\s+(?:of|from|to)\b)",
    re.IGNORECASE,
)


def _tool_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The horse was lifted out with a tractor" against "The animal was lifted out with straps and a crane": what the
    same deed was done with, a thing the evidence never writes, where the evidence names another the claim never has."""
    forms = claim_forms(ctx)

    def another_thing(mine: re.Match[str], theirs: re.Match[str]) -> bool:
        thing = theirs.group("who").lower()
        return _is_noun_word(Word(thing, thing, 0, len(thing))) and _another_thing(thing, mine.group("who"), forms)

    return _filled_otherwise(ctx, missing, _DONE_WITH, _DONE_WITH, another_thing)


# "raised £120,000 through a crowdfunding appeal", "raised £120,000 by selling shares": how a deed was done.
_DONE_THROUGH = re.compile(
    r"\b(?:(?:through|via)\s+(?:a|an|the|its|their)\s+(?P<how>[\w-]+(?:\s+[\w-]+)?)|by\s+(?P<doing>[a-z]{3,}ing\s+(?:(?:him|her|them|us|me)\s+)?[\w-]+(?:\s+[\w-]+)?))",
    re.IGNORECASE,
)


def _verbs_just_before(text: str, at: int) -> frozenset[str]:
    """The verbs among the ten words before `at` ("raised £120,000" before "by selling shares", "escaped from Harlow
    prison on Sunday night" before "by climbing over a fence", "raised £30,000 for the hospital that treated his sister"
    before "by running a mile"), as lemmas."""
    return frozenset(
        f for w in words(text[:at])[-10:] if w.lower not in AUXILIARIES for f in forms_by_class(w.lower).get("VERB", ())
    )


def _means_told_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Residents raised £120,000 through a crowdfunding appeal" against "after raising £120,000 by selling shares":
    how the same deed was done, in words the evidence never writes, where the evidence tells another way."""
    gone = {w.start for w in missing}
    for m in _DONE_THROUGH.finditer(ctx.card.claim):
        how = "how" if m.group("how") else "doing"
        if how == "how" and not _unwritten(m, how, gone):
            continue
        if how == "doing":
            # (the deed's verb, unless a light one, which says the deed by its object: "by giving her CPR" is "by
            # performing CPR")
            first, *rest = words(m.group(how))
            told = [w for w in rest if is_content(w.lower)] if lemmas(first.lower) & LIGHT_VERBS else [first]
            if not told or any(w.start + m.start(how) not in gone for w in told):
                continue
        if theirs := _same_deed_with(ctx, m.start(), _DONE_THROUGH):
            return m.group(0), theirs.group(0)
    return None


def _same_deed_with(ctx: ClaimContext, at: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first of `pattern`'s matches in the evidence right after a verb the claim has right before `at`."""
    deed = _verbs_just_before(ctx.card.claim, at)
    return next(
        (m for text in ctx.texts for m in pattern.finditer(text) if deed & _verbs_just_before(text, m.start())), None
    )


# "sold the jewellery online", "bought it at a market": where a deed was done, on the web or at a place.
_ONLINE = re.compile(
    r"\b(?:online|on\s+the\s+internet|over\s+the\s+internet|on\s+social\s+media"
    r"|on\s+(?:Twitter|Facebook|Instagram|TikTok|YouTube|WhatsApp))\b",
    re.IGNORECASE,
)
_AT_A_PLACE = re.compile(
    r"\b(?:at|in)\s+(?:a|an|the|his|her|their|its)\s+(?P<place>[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2})(?=\s*[.,;]|\s*$)",
    re.I,
)


def _place_for_online(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Liam Doyle sold the stolen jewellery at a market" against "… sold the stolen jewellery online": a place the
    evidence never writes, for a deed it has done online."""
    gone = {w.start for w in missing}
    for m in _AT_A_PLACE.finditer(ctx.card.claim):
        if not all(w.start + m.start("place") in gone for w in words(m.group("place")) if is_content(w.lower)):
            continue
        if online := _same_deed_with(ctx, m.start(), _ONLINE):
            return m.group(0), online.group(0)
    return None


def _online_for_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "was recorded making offensive remarks on social media" against "… at a meeting": the web, which the evidence
    never names, for a place where it has the deed done."""
    if any(_ONLINE.search(text) for text in ctx.texts):
        return None
    gone = {w.start for w in missing}
    for m in _ONLINE.finditer(ctx.card.claim):
        if not all(w.start + m.start() in gone for w in words(m.group(0)) if is_content(w.lower)):
            continue
        if place := _same_deed_with(ctx, m.start(), _AT_A_PLACE):
            return m.group(0), place.group(0)
    return None


_PLACING = frozenset("from into in at on".split())


def _preposition_before(found: list[Word], j: int, prep: str) -> int | None:
    """Where `prep` stands right before the word at `j`, or before the article before it."""
    if j >= 1 and found[j - 1].lower == prep:
        return j - 1
    if j >= 2 and found[j - 2].lower == prep and found[j - 1].lower in ARTICLES:
        return j - 2
    return None


def _kind_for_the_thing(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "escaped from a prison" against "escaped from a prison van": the claim's place after the same deed and
    preposition, a word the evidence has there only to say which thing is meant, before a noun the claim never has."""
    claim_words = ctx.claim_words
    forms = claim_forms(ctx)
    for i, word in enumerate(claim_words):
        if i < 2 or word.capitalized or not _only_a_noun(word):
            continue
        if (
            i + 1 < len(claim_words)
            and ctx.card.claim[word.end : claim_words[i + 1].start] == " "
            and _is_noun_word(claim_words[i + 1])
        ):
            continue  # (the claim's own word says which thing: "a prison van")
        at = _preposition_at(claim_words, i, _PLACING)
        if at is None:
            continue
        if not lemmas(word.lower) & ctx.evidence_lexicon.lemmas:
            continue  # (a word the evidence never writes is the coverage readings' to judge)
        # (the deed right before it: "escaped from"; "scored 8% higher in maths" is no place)
        verb = claim_words[at - 1]
        if "VERB" not in forms_by_class(verb.lower) or _is_light(verb):
            continue
        for text in ctx.texts:
            found = words(text)
            for j, w in enumerate(found[:-1]):
                head = found[j + 1]
                if (
                    lemmas(w.lower) & lemmas(word.lower)
                    and text[w.end : head.start] == " "
                    and _only_a_noun(head)
                    and not head.capitalized
                    and not lemmas(head.lower) & forms
                    and (prep := _preposition_before(found, j, claim_words[at].lower)) is not None
                    and any(lemmas(v.lower) & lemmas(verb.lower) for v in found[max(0, prep - 6) : prep])
                ):
                    return ctx.card.claim[claim_words[at].start : word.end], text[found[prep].start : head.end]
    return None


# "over the M6", "near the A1": a place a text names only as where something was, by its preposition.
_ONLY_WHERE = (
    r"(?<!\bwin )(?<!\bwins )(?<!\bvictory )(?<!\blead )(?<!\bdefeat )"  # ("a 4-0 win over Raith Rovers": no place)
    r"(?:over|near|along|beside|across|above|below|under|past|towards|around)\s+(?:the\s+)?$"
)


def _deed_to_a_place_untold(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The fire closed the M6" against "a blaze …, which sent a plume of smoke over the M6": a deed the evidence never
    tells, done to a named place the evidence has only as where something else was."""
    claim = ctx.card.claim
    for m in re.finditer(r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", claim):
        verb = next((w for w in ctx.claim_words if w.start == m.start("verb")), None)
        classes = forms_by_class(verb.lower) if verb is not None else {}
        # (a deed the evidence never tells of that place, whether or not it has the verb for something else:
        # "Residents were told to keep windows closed")
        if verb is None or "VERB" not in classes or "NOUN" in classes or _is_light(verb):
            continue
        if not inflected_from(verb.lower, "VBD"):
            continue  # (a deed told as done: "closed the M6", not "except Israeli airlines")
        place = re.compile(rf"\b{re.escape(m.group('place'))}\b")
        uses = [(text, u) for text in ctx.texts for u in place.finditer(text)]
        if uses and all(re.search(_ONLY_WHERE, text[: u.start()], re.IGNORECASE) for text, u in uses):
            text, u = uses[0]
            start = max(0, text.rfind(" ", 0, max(0, u.start() - 12)))
            return m.group(0), text[start : u.end()].strip()
    return None


def _preposition_at(found: Sequence[Word], i: int, allowed: frozenset[str]) -> int | None:
    """Where one of `allowed` stands before the word at `i`, right before it or past an article ("with the
    hospital"), with a word before it; else None."""
    at = i - 1 if found[i - 1].lower in allowed else i - 2
    if at < 1 or found[at].lower not in allowed or (at == i - 2 and found[i - 1].lower not in ARTICLES):
        return None
    return at


def _may_be_a_deed(word: Word) -> bool:
    return "VERB" in forms_by_class(word.lower) or word.lower.endswith("ing")


def _after_the_deed_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The bridge links the station with the hospital" against "The bridge links the station with the university
    campus": the claim's deed, its words up to a preposition and the preposition all in the evidence, the noun after
    them one the evidence never writes, where the evidence has another there that the claim never has."""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for i, word in enumerate(claim_words):
        if word.start not in gone or word.capitalized or not _only_a_noun(word) or i < 2 or word.lower in ANYONE:
            continue
        at = _preposition_at(claim_words, i, _REACHING)
        if at is None:
            continue
        # (past no article, only a word that cannot be a deed: "a scheme to support" is no thing put for "to prop up")
        if at == i - 1 and _may_be_a_deed(word):
            continue
        prep = claim_words[at]
        verb_at = next(
            (k for k in range(at - 1, max(-1, at - 5), -1) if "VERB" in forms_by_class(claim_words[k].lower)), None
        )
        if verb_at is None or _is_light(claim_words[verb_at]):
            continue
        between = {w.lower for w in claim_words[verb_at + 1 : at] if is_content(w.lower)}
        deed = lemmas(claim_words[verb_at].lower)
        for text in ctx.texts:
            found = words(text)
            for j, w in enumerate(found):
                if not lemmas(w.lower) & deed:
                    continue
                k = next((k for k in range(j + 1, min(len(found), j + 6)) if found[k].lower == prep.lower), None)
                if k is None or between - {x.lower for x in found[j + 1 : k]}:
                    continue
                after = [x for x in found[k + 1 : k + 4] if x.lower not in ARTICLES]
                if not after or not is_content(after[0].lower) or after[0].capitalized:
                    continue
                other = after[0]
                if (
                    (after[0] is found[k + 1] and _may_be_a_deed(other))
                    or lemmas(other.lower) & forms
                    or one_meaning(other.lower, word.lower)
                    or _akin(other, [word])
                ):
                    continue
                return ctx.card.claim[prep.start : word.end], text[found[k].start : other.end]
    return None


def _deeds_crossed(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The council will double its grass-cutting budget" against "… will double its spending on filling potholes
    …, paid for by cutting its grass-cutting budget": the claim's verb and the thing it is done to are both in one
    sentence of the evidence, each with another, and never together. (Within one sentence only: across sentences
    the other verb is as often a paraphrase, "awarded the rights" and "granting the championships".)"""
    mine = _deeds_done(ctx.card.claim)
    if not mine:
        return None
    theirs = [_deeds_done(sentence) for text in ctx.texts for sentence in _LINES.split(text)]
    for verb, thing, said in mine:
        if any(_same_deed(v, verb) and t == thing for deeds in theirs for v, t, _ in deeds):
            return None  # done together somewhere
        for deeds in theirs:
            other_deed = next(((v, w) for v, t, w in deeds if t == thing), None)
            other_thing = any(_same_deed(v, verb) and not set(t) & set(thing) for v, t, _ in deeds)
            if other_deed and other_thing and not _opposed(verb, other_deed[0]):
                return said, other_deed[1]
    return None


# "skipped meals to pay heating bills": a deed done to one thing for the sake of another.
_FOR_THE_SAKE = re.compile(
    r"\b(?!(?:has|have|had|was|were|is|are|be|been|will|would)\b)(?P<v1>[a-z]+)\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?P<a>[a-z]+(?:\s+[a-z]+)?)\s+(?:in\s+order\s+)?to\s+"
    r"(?P<v2>[a-z]+)\s+(?:for\s+)?(?:(?:its|their|his|her|the|a|an)\s+)?(?P<b>[a-z]+(?:\s+[a-z]+)?)\b"
)


def _purpose_crossed(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "skipped heating to pay for meals" against "skipped meals to pay heating bills": the same two deeds, each
    done to the thing the evidence has the other done to."""
    for m in _FOR_THE_SAKE.finditer(ctx.card.claim):
        mine = _sake(m)
        if mine is None:
            continue
        v1, a, v2, b = mine
        for text in ctx.texts:
            for o in _FOR_THE_SAKE.finditer(text):
                theirs = _sake(o)
                if theirs is None or not (theirs[0] & v1 and theirs[2] & v2):
                    continue
                if a & theirs[3] and b & theirs[1] and not a & theirs[1] and not b & theirs[3]:
                    return m.group(0), o.group(0)
    return None


def _sake(m: re.Match[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None:
    """(the first deed, what it is done to, the deed it is for, what that is done to), each as lemmas; None where a
    deed is no verb or a thing names no noun."""
    v1, v2 = m.group("v1"), m.group("v2")
    if any("VERB" not in forms_by_class(v) or v in AUXILIARY for v in (v1, v2)):
        return None
    # (the things' words, past any that describe them: "extra shifts"; the dictionary knows "lectures" as a verb)
    a, b = (
        frozenset(
            f
            for w in words(m.group(g))
            if is_content(w.lower) and w.lower.isalpha() and "ADJ" not in forms_by_class(w.lower)
            for f in lemmas(w.lower)
        )
        for g in ("a", "b")
    )
    if not a or not b or a & b:
        return None
    return lemmas(v1), a, lemmas(v2), b


def _opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """Verbs on two sides of one of the lexicon's oppositions ("closing" and "open"): the degree rule tells it."""
    return on_other_sides(
        (side for form in a for side in sides_of(form)), [side for form in b for side in sides_of(form)]
    )


# (a feed's lines, run together in one evidence text, are sentences of their own)
_LINES = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-Z])")
# A verb and the thing it is done to, the doer's own or "the" one: "cutting its grass-cutting budget".
_DEED_DONE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:its|their|his|her|the)\s+(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
)


@lru_cache(maxsize=16384)
def _deeds_done(text: str) -> tuple[tuple[frozenset[str], tuple[str, ...], str], ...]:
    """Each verb with the thing it is done to (its lemmas, the thing's words as lemmas, the words as written)."""
    found = []
    for m in _DEED_DONE.finditer(text):
        verb = m.group("verb")
        if verb in AUXILIARY or "VERB" not in forms_by_class(verb) or not is_content(verb):
            continue
        if lemmas(verb) & lexicon().reporting:
            continue  # "said the government had …", "accused the government of …": saying, not doing
        thing: list[str] = []
        end = m.start("thing")
        for word in re.finditer(r"[a-z][a-z-]*", m.group("thing")):
            said = word.group(0)
            # (a noun, a compound, or a verb's "-ing" named as a thing: "its spending on potholes")
            if not is_content(said) or not ("NOUN" in forms_by_class(said) or "-" in said or said.endswith("ing")):
                break
            thing.append(min(lemmas(said)))
            end = m.start("thing") + word.end()
        if thing:
            found.append((lemmas(verb), tuple(thing), text[m.start() : end]))
    return tuple(found)


def _only_a_noun(word: Word) -> bool:
    """A noun that is no adjective ("old", "former" describe what follows them)."""
    return _is_noun_word(word) and "ADJ" not in forms_by_class(word.lower)


_LENGTH_UNITS = frozenset("years decades months weeks days centuries hours minutes".split())
# Words that tell how, or how often, of what fills a slot, and fill none ("wanted to do it ever since …").
_EVERYONE_AT = re.compile(
    r"(?:everyone|everybody|all)\s+(?:at|in|from|of)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?P<place>[a-z]+)"
)
_NO_FILLER = frozenset("ever always still even just really also never".split())


def _slot_filled_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """The claim puts a thing in one of `_SLOTS` the evidence fills with another, and the evidence never names
    the claim's thing there or anywhere (or, for `_SLOT_AGAINST_SLOT`'s, there, though it names it elsewhere)."""
    gone = {w.start for w in missing}
    claim = ctx.card.claim
    reporting = lexicon().reporting
    for kind, pattern in _SLOTS if missing else _AGAINST_SLOTS:
        for m in pattern.finditer(claim):
            # (a reporting verb says how it became known, not what: "after it reported a loss" is the loss)
            stops = _STOPS_OF.get(kind, _SLOT_STOP)
            mine = [
                w
                for w in _slot_words(claim, m.end(), stops)
                if is_content(w.lower) and not lemmas(w.lower) & reporting and w.lower not in _NO_FILLER
            ]
            # (past a deed the evidence writes too: "spend £300 million on repairing bridges" is of the bridges)
            if (
                kind == "paid for"
                and len(mine) > 1
                and mine[0].lower.endswith("ing")
                and mine[0].start + m.end() not in gone
            ):
                mine = mine[1:]
            # (what a prize was for told by a deed: "for creating ponds" is for the ponds, however the deed is worded)
            if kind == "prize" and len(mine) > 1 and mine[0].lower.endswith("ing"):
                mine = mine[1:]
            mine = mine[:1] if kind in _SLOT_ONE_WORD else mine
            if kind == "penalty":
                mine = [w for w in mine if w.lower not in NUMBER_WORDS and not w.lower.isdigit()]
            if not mine or (kind not in _SLOT_AGAINST_SLOT and not all(w.start + m.end() in gone for w in mine)):
                continue  # the evidence writes some of it
            if kind == "raised for" and all(w.lower in _ANY_GOOD_CAUSE for w in mine):
                continue  # ("raised £30,000 for charity": a hospice is one)
            if kind == "while" and not _all_gone(claim, m.end(), gone):
                continue  # ("while playing at a golf course" may be "while looking for his ball on the course")
            # (what a thing is named after is set against the evidence's words there only: "named after the
            # scientist who found it" against "naming it … after the moonlit nights", though scientists found it)
            mine_forms = {f for w in mine for f in lemmas(w.lower)} if kind in _SLOT_AGAINST_SLOT else claim_forms(ctx)
            # ("everyone at the school" is "the whole school": those of the place the claim names after it)
            if kind in _SLOT_AGAINST_SLOT and (every := _EVERYONE_AT.match(claim, m.end() + mine[0].start)):
                mine_forms = {*mine_forms, *lemmas(every.group("place").lower())}
            # (a penalty's word of the curated table's: "three games" is "three matches")
            # (and a time a thing lasts till, "until noon" is "until midday"; and what one may no longer do, "banned from
            # keeping animals" is "barred from owning animals")
            mine_groups = (
                paraphrase_groups(frozenset(mine_forms))
                if kind in ("penalty", "until when", "banned from", "idea from")
                else frozenset()
            )
            # (and what one voted to do, told with its particle: "voted to switch off street lights" is "voted to cut
            # street lighting")
            if kind == "voted" and (particle := _PARTICLE_NEXT.match(claim, m.end() + mine[0].end)):
                mine_groups = paraphrase_groups(
                    frozenset(f"{f} {particle['particle'].lower()}" for f in lemmas(mine[0].lower))
                )
            # A cause, or where most of something is, is of the deed or thing before it: "died due to cancer" is
            # not answered by "dictating his copy … due to his dyslexia".
            before = _words_before(claim, m.start()) if kind in ("cause", "most", "before") else None
            # (a slot the evidence fills as the claim does, anywhere, answers it: "to raise money for a hospital …
            # He raised £9,000 for the children's ward")
            found: tuple[str, str] | None = None
            agreed = False
            for text in ctx.texts:
                for theirs_at in pattern.finditer(text):
                    # (what happened first is told further from its deed: "ran aground off the Tarn peninsula on
                    # Sunday after losing …")
                    reach = 8 if kind == "before" else 5
                    if before is not None and not _words_before(text, theirs_at.start(), reach) & before:
                        continue
                    # A thing that came first against a thing, not a deed: "after a successful stint" may tell what
                    # "after signing a three-year deal" leaves out.
                    if (
                        kind == "before"
                        and _a_thing_first(claim, m.end())
                        and not _a_thing_first(text, theirs_at.end())
                    ):
                        continue
                    theirs = [w for w in _slot_words(text, theirs_at.end(), stops) if is_content(w.lower)]
                    if (
                        kind == "paid for"
                        and len(theirs) > 1
                        and theirs[0].lower.endswith("ing")
                        and lemmas(theirs[0].lower) & claim_forms(ctx)
                    ):
                        theirs = theirs[1:]  # (the same deed on both sides: "on repairing potholes")
                    if kind == "prize" and len(theirs) > 1 and theirs[0].lower.endswith("ing"):
                        theirs = theirs[1:]
                    theirs = theirs[:1] if kind in _SLOT_ONE_WORD else theirs
                    if kind == "charge" and any(w.lower in _COUNTS_OF_CHARGES for w in theirs):
                        continue  # "guilty of one count" says how many, not what of
                    if kind == "charge" and any(inflected_from(w.lower, "VBD") for w in (*mine, *theirs)):
                        continue  # ("admitted the company failed to get …": what one admitted is a clause, no charge)
                    if kind == "penalty":
                        # the same penalty ("sent off", "banned"), past how many: "banned for three matches"
                        if m.group(0).split()[0].lower() != theirs_at.group(0).split()[0].lower():
                            continue
                        theirs = [w for w in theirs if w.lower not in NUMBER_WORDS and not w.lower.isdigit()]
                        if _lengths(mine) and _lengths(theirs):
                            continue  # "banned for a week" is "banned for seven days": the length rules judge it
                    if kind == "raised for" and any(w.capitalized for w in theirs):
                        continue  # ("for St Ann's, the hospice that …": a name, which the claim may give by its kind)
                    if theirs and any(
                        lemmas(w.lower) & mine_forms
                        or _akin(w, mine)
                        or paraphrase_groups(lemmas(w.lower)) & mine_groups
                        for w in theirs
                    ):
                        agreed = True
                    elif theirs and found is None:
                        if kind == "told" and _phrase_groups(mine) & _phrase_groups(words(text)):
                            # "told to leave their homes" is "ordered to evacuate"; "asked to take them back" is
                            # "told to stop using the heaters and return them"
                            continue
                        said = claim[m.start() : m.end() + mine[-1].end]
                        other = text[theirs_at.start() : theirs_at.end() + theirs[-1].end]
                        if kind == "while":  # (what one was doing ends where the sentence's own verb comes)
                            other = re.split(r"\s+(?:was|were|is|are|has|had)\b", other)[0]
                        found = said, other
            if found and not agreed:
                return found
    return None


# "tickets for concerts", "a licence for a bar": a thing, then what it is for.
_THING_FOR = re.compile(r"\b(?P<head>[a-z]{3,})\s+for\s+(?:the\s+|a\s+|an\s+)?(?=[a-z])")
_OPENS_A_NOUN = re.compile(r"\b(?:a|an|the|its|their|his|her|our|some|more|\d[\d,.]*|[a-z]+(?:ed|al|ful|ous|ive))\s+$")


def _a_noun_in_a_phrase(text: str, m: re.Match[str]) -> bool:
    """ "fake tickets for", "the tickets for": the head a noun, after a word that opens or describes one (not "called
    for", "calls for")."""
    head = m.group("head").lower()
    if not is_content(head) or "NOUN" not in forms_by_class(head) or inflected_from(head, "VBD"):
        return False
    before = text[max(0, m.start() - 30) : m.start()].lower()
    found = words(before)
    last = found[-1:]
    # (or right after a deed done to it: "raised fees for parking", "has cut fares for under-19s")
    return (
        bool(_OPENS_A_NOUN.search(before))
        or any("ADJ" in forms_by_class(w.lower) for w in last)
        or any(
            inflected_from(w.lower, "VBD")
            and ("NOUN" not in forms_by_class(w.lower) or (len(found) > 1 and found[-2].lower in _PERFECT))
            for w in last
        )
    )


_PERFECT = frozenset("has have had".split())


# "under-19s", "over-65s": the ones of an age, a noun with figures in it.
_AGE_GROUP = re.compile(r"(?:under|over)-\d{1,2}s")


# (what a thing is for ends where a place or a deed begins: "a bridge for cyclists and pedestrians over the River Avon
# … has opened")
_FOR_STOP = _STOP_AT_AUXILIARY | frozenset("over across through along into".split())


def _what_for_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "sold fake tickets for football matches" against "sold fake tickets for concerts": the same thing said to be
    for something no word of which the evidence writes, where the evidence says it is for something the claim never
    names. (Things only: "jailed for fraud" and "banned for life" are the penalty rules'.)"""
    gone = {w.start for w in missing}
    claim = ctx.card.claim
    forms = claim_forms(ctx)
    for m in _THING_FOR.finditer(claim):
        if m.start("head") in gone or not _a_noun_in_a_phrase(claim, m):
            continue
        mine = [w for w in _slot_words(claim, m.end(), _FOR_STOP) if is_content(w.lower)]
        if not mine or not all(w.start + m.end() in gone for w in mine) or not _is_noun_word(mine[-1]):
            continue
        heads = lemmas(m.group("head").lower())
        for text in ctx.texts:
            for o in _THING_FOR.finditer(text):
                if not lemmas(o.group("head").lower()) & heads or not _a_noun_in_a_phrase(text, o):
                    continue
                theirs = [w for w in _slot_words(text, o.end(), _FOR_STOP) if is_content(w.lower)]
                # (not a thing named: "appearances for the team" may be "for the Pittodrie side")
                if (
                    theirs
                    and (_is_noun_word(theirs[-1]) or _AGE_GROUP.fullmatch(theirs[-1].lower))
                    and not any(w.capitalized for w in theirs)
                    and not any(lemmas(w.lower) & forms or _akin(w, mine) for w in theirs)
                ):
                    return claim[m.start() : m.end() + mine[-1].end], text[o.start() : o.end() + theirs[-1].end]
    return None


# How one was dealt with: "treated him badly", "treated him like family", "treated them with respect".
_HOW_DONE_TO = re.compile(
    r"\b(?P<deed>[a-z]{3,})\s+(?P<whom>him|her|them|us|me|everyone|patients|staff)\s+"
    r"(?P<how>(?!(?:only|early|daily|weekly|monthly|yearly|family)\b)[a-z]{3,}ly|well|like\s+(?:a\s+|an\s+|the\s+)?[a-z]+"
    r"|with\s+(?:great\s+)?[a-z]+)\b",
    re.IGNORECASE,
)


def _manner_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "the staff had treated him badly" against "the staff had treated him like family": the same deed done to the
    same one in another way, the claim's in words the evidence never writes, the evidence's in ones the claim never
    does."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _HOW_DONE_TO.finditer(ctx.card.claim):
        mine = [w for w in words(m.group("how")) if is_content(w.lower)]
        if not mine or not all(w.start + m.start("how") in gone for w in mine):
            continue
        deed, whom = lemmas(m.group("deed").lower()), m.group("whom").lower()
        for text in ctx.texts:
            for o in _HOW_DONE_TO.finditer(text):
                theirs = [w for w in words(o.group("how")) if is_content(w.lower)]
                if (
                    lemmas(o.group("deed").lower()) & deed
                    and o.group("whom").lower() == whom
                    and theirs
                    and not any(lemmas(w.lower) & forms or _akin(w, mine) for w in theirs)
                ):
                    return m.group(0), o.group(0)
    return None


_PART_SLOT = next(pattern for kind, pattern in _SLOTS if kind == "part")
# "the cold had been the hardest part": what was hardest or best told before the part it was.
_PART_TOLD_FIRST = re.compile(
    r"\b(?P<thing>[a-z]{3,})\s+(?:was|is|had\s+been|has\s+been|were)\s+the\s+"
    r"(?P<which>hardest|toughest|worst|best|easiest|biggest|scariest|most\s+[a-z]+)\s+(?:part|thing|moment)\b",
    re.IGNORECASE,
)


_PART_WORD = re.compile(r"\b(?:part|thing|moment)\b", re.IGNORECASE)


def _parts_told(text: str) -> Iterator[tuple[str, list[Word], str]]:
    """(which part, the words saying what it was, the phrase) for each "hardest part" a text tells, either way round."""
    for m in _PART_TOLD_FIRST.finditer(text):
        yield m.group("which").lower(), [w for w in words(m.group("thing")) if is_content(w.lower)], m.group(0)
    for m in _PART_SLOT.finditer(text):
        said = [w for w in _slot_words(text, m.end()) if is_content(w.lower)]
        if said:
            yield m.group(0).split()[0].lower(), said, text[m.start() : m.end() + said[-1].end]


def _part_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "the jellyfish had been the hardest part" against "the cold had been the hardest part" (or "the hardest part
    had been the cold"): the same part said to be another thing, one the evidence never writes. (Both told with the
    part first are `_SLOTS`' "part".)"""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for which, mine, said in _parts_told(ctx.card.claim):
        if not mine or not all(w.lower in gone for w in mine):
            continue
        for text in ctx.texts:
            for other, theirs, told in _parts_told(text):
                if other == which and theirs and not any(lemmas(w.lower) & forms or _akin(w, mine) for w in theirs):
                    return said, told
    return None


def _phrase_groups(found: list[Word]) -> frozenset[int]:
    """The curated table's groups of the words of a slot, one by one and as a verb with the noun after it ("leave
    home" of "leave their homes")."""
    forms = {f for w in found for f in lemmas(w.lower)}
    content = [w for w in found if is_content(w.lower)]
    forms |= {f"{a} {b}" for one, two in pairwise(content) for a in lemmas(one.lower) for b in lemmas(two.lower)}
    return paraphrase_groups(frozenset(forms))


# Slots that name one thing in particular, whose every noun tells which ("rising energy bills and falling audiences").
_CAUSES = frozenset({"blame", "cause"})
_HOW_MUCH = frozenset("much many more less few little enough such".split())
_CAUSE_SLOT = next(pattern for kind, pattern in _SLOTS if kind == "cause")
# "because the chairman is ill": a cause told as a clause ("because of …" is a slot of `_SLOTS`)
_BECAUSE = re.compile(r"\bbecause\s+(?!of\b)", re.IGNORECASE)
# "were cancelled … after a fault in a control system": what a deed followed, which news tells as its cause (not a
# time: "after 60 years", "after Monday")
_AFTER_A_THING = re.compile(r"\bafter\s+(?=(?:a|an|the)\s+[a-z])", re.IGNORECASE)
# "stepping down to spend more time with his family": what a deed is for, which news tells in place of its cause (a
# word that may be a verb: "went to hospital" names a place)
_FOR_WHICH = re.compile(r"\b(?:in\s+order\s+|so\s+as\s+)?to\s+(?=(?P<verb>[a-z]+)\s)", re.IGNORECASE)


def _for_which(text: str) -> Iterator[re.Match[str]]:
    for m in _FOR_WHICH.finditer(text):
        verb = m.group("verb").lower()
        if "VERB" in forms_by_class(verb) and verb not in AUXILIARY and verb not in _NO_PURPOSE:
            yield m


# When a deed is done, told between it and what it is for: "at the next election", "next year", "in March".
_WHEN_TOLD = re.compile(
    r"(?:\bat\s+the\s+(?:next|end\s+of\s+the)\s+[a-z]+|\b(?:next|this|later\s+this)\s+"
    r"(?:week|month|year|season|summer|spring|autumn|winter)|\b(?:in|on|by|from)\s+(?:"
    + "|".join((*MONTHS, *WEEKDAYS))
    + r"|(?:19|20)\d\d)|\bimmediately|\bwith\s+immediate\s+effect)\s*,?\s*$",
    re.IGNORECASE,
)


def _past_when(text: str, at: int) -> int:
    """Where the words before `at` end once a time told right before it is passed over."""
    m = _WHEN_TOLD.search(text, max(0, at - 40), at)
    return m.start() if m else at


# Verbs after "to" that tell no purpose: "is thought to be one of the best", "had to have surgery".
_NO_PURPOSE = frozenset("be have do get".split())


# "Rising energy bills were the main reason": a cause told before what it is the reason for (after any saying of it:
# "The charity said rising rents were …").
_MAIN_REASON = re.compile(
    r"(?P<cause>\b(?:(?!(?:said|says|say|that)\b)[\w'’-]+\s+){1,4}?)(?:was|were|is|are|had\s+been|has\s+been)\s+(?:the\s+)?"
    r"(?:main|chief|biggest|single\s+biggest|key|principal|primary|only)\s+(?:reason|cause|factor)\b",
    re.IGNORECASE,
)


def _main_reason_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Staff shortages were the main reason for the closures" against "Rising energy bills were the main reason, it
    said": a main reason the evidence never writes, where it gives another as the main reason."""
    gone = {w.start for w in missing}
    for m in _MAIN_REASON.finditer(ctx.card.claim):
        told = [w for w in words(m.group("cause")) if is_content(w.lower)]
        # (none of its words written, or its last noun: "rising rents" against "rising energy bills")
        if not (
            _unwritten(m, "cause", gone)
            or (told and told[-1].start + m.start("cause") in gone and _is_noun_word(told[-1]))
        ):
            continue
        for text in ctx.texts:
            for theirs in _MAIN_REASON.finditer(text):
                if any(is_content(w.lower) for w in words(theirs.group("cause"))):
                    return m.group(0).strip(), theirs.group(0).strip()
    return None


def _cause_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "because of rising rents" against "because of rising energy bills and falling audiences": a cause the claim
    names by a noun the evidence never writes, where the evidence's cause of the same deed names others, and none of
    the claim's (though it shares a word: "rising")."""
    gone = {w.start for w in missing}
    claim = ctx.card.claim
    for kind, pattern in (*_SLOTS, ("cause", _BECAUSE)):
        if kind not in _CAUSES:
            continue
        clause = pattern is _BECAUSE
        for m in pattern.finditer(claim):
            # (any noun of it: "improved research scores" against "improved student satisfaction scores"; of a clause,
            # any word it says: "because the chairman is ill")
            lost = [
                w
                for w in _slot_words(claim, m.end())
                if w.start + m.end() in gone
                and (_is_noun_word(w) or (clause and "ADJ" in forms_by_class(w.lower) and w.lower not in _HOW_MUCH))
            ]
            if not lost and kind == "cause" and not clause:
                # ("caused by bad weather" against "a weather satellite … after two delays caused by a fuel leak": a
                # noun the evidence writes, but never in a cause)
                # (read well past the cause's first words: "because of what it saw as a unique … opportunity")
                causing = [text for text in ctx.texts if pattern.search(text) or _BECAUSE.search(text)]
                caused = {f for text in causing for t in (*pattern.finditer(text), *_BECAUSE.finditer(text))
                          for w in words(text[t.end() :])[:12] for f in lemmas(w.lower)}  # fmt: skip
                # (written before the cause in the very sentence that gives it, not a paraphrase: "lack")
                written = {
                    f
                    for text in causing
                    for t in (*pattern.finditer(text), *_BECAUSE.finditer(text))
                    for w in words(
                        text[max(text.rfind("\n", 0, t.start()), text.rfind(". ", 0, t.start()), 0) : t.start()]
                    )
                    for f in lemmas(w.lower)
                }
                lost = [
                    w
                    for w in _slot_words(claim, m.end())
                    if _is_noun_word(w) and lemmas(w.lower) & written and not lemmas(w.lower) & caused
                ]
                lost = lost if caused else []
            if not lost:
                continue
            forms = {f for h in lost for f in lemmas(h.lower)}
            mine_forms = claim_forms(ctx)
            before = _words_before(claim, m.start()) if kind == "cause" else None
            theirs_patterns = [pattern] if kind != "cause" else [_CAUSE_SLOT]
            if kind == "cause" and any("ADJ" not in forms_by_class(w.lower) for w in lost):
                # (against a cause the evidence tells as a clause or by "after", only a thing the claim names: "low
                # passenger numbers" may be "too few passengers use it")
                theirs_patterns += [_BECAUSE, _AFTER_A_THING]
            blamed = _blamed_for(claim, m.end() + lost[-1].end) if kind == "blame" else frozenset()
            for text in ctx.texts:
                found_at = [t for p in theirs_patterns for t in p.finditer(text)]
                if blamed:
                    # ("blamed a computer fault for the error" against "the error had been caused by a printing mistake")
                    found_at += [t for t in _CAUSE_SLOT.finditer(text) if _words_before(text, t.start()) & blamed]
                if kind == "cause" and not clause and not found_at:
                    # ("because of ill health" against "to spend more time …": what the same deed, told right before
                    # each, was for)
                    # (past when: "stand down at the next election to spend more time …")
                    deed = _words_before(claim, m.start(), 3)
                    found_at = [
                        t for t in _for_which(text) if deed & _words_before(text, _past_when(text, t.start()), 3)
                    ]
                    if not found_at and (forcing := _cause_that_forced(text, deed)):
                        # ("postponed because of high winds" against "Heavy rain has forced the postponement")
                        causes = [w for w in words(forcing.group("cause")) if _is_noun_word(w)]
                        # (or one of the claim's cause's kind: "bad weather" for the rain)
                        if causes and not any(
                            lemmas(w.lower) & (forms | mine_forms)
                            or _akin(w, lost)
                            or any(names_its_kind(h.lower, f) for h in lost for f in lemmas(w.lower))
                            for w in causes
                        ):
                            return claim[m.start() : m.end() + lost[-1].end], forcing.group(0)
                for theirs_at in found_at:
                    # (a cause is told further from its deed than most slots: "will close in January after 60
                    # years because of …"; the sentence's one cause may trail the deed it opens on further still:
                    # "inflation fell to 2.3% …, lower than economists had expected, driven by cheaper petrol")
                    if before is not None and not (
                        _said_of(_words_before(text, theirs_at.start(), 8), before)
                        # (there only by the claim's deed, not its people: "died" against "known for … due to")
                        or (len(found_at) == 1 and _said_of(_deeds_before(text, theirs_at.start()), before))
                        # (or the one cause on each side, of a deed the claim names by a noun: "The fall was because
                        # of" against "down from 1,500 the year before, because of")
                        or (len(found_at) == 1 and _one_cause_of_a_noun(claim, m, pattern))
                    ):
                        continue
                    # (a word the dictionary lacks is a thing too: "because a faulty seatbelt may not hold")
                    theirs = [
                        w
                        for w in _slot_words(text, theirs_at.end())
                        if _is_noun_word(w) or (w.lower.isalpha() and not w.capitalized and not forms_by_class(w.lower))
                    ]
                    if any(not lemmas(t.lower) & mine_forms for t in theirs) and not any(
                        lemmas(t.lower) & forms or _akin(t, lost) for t in theirs
                    ):
                        said = claim[m.start() : m.end() + lost[-1].end]
                        other = text[theirs_at.start() : theirs_at.end() + theirs[-1].end]
                        return said, other
    return None


_IS_BEFORE = re.compile(r"^(?:the|this|that|its|their)\s+[a-z]+\s+(?:was|is|were|are)\s+$", re.IGNORECASE)


def _one_cause_of_a_noun(claim: str, m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether the claim is only "The fall was because of …": its one cause, of a thing it names by a noun."""
    return len(list(pattern.finditer(claim))) == 1 and _IS_BEFORE.match(claim[: m.start()]) is not None


# "…, all of them children", "most of them women": who those counted were.
_OF_THEM = re.compile(
    r",\s+(?:all|most|many|some|half|none|several|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)\s+"
    r"(?:were\s+|are\s+|was\s+)?",
    re.IGNORECASE,
)


def _counted_described(ctx: ClaimContext, missing: list[Word]) -> str | None:
    """ "The earthquake killed at least 120 people, all of them children" against evidence that never says who
    they were: a description of those counted, none of whose words the evidence has."""
    gone = {w.start for w in missing}
    claim = ctx.card.claim
    for m in _OF_THEM.finditer(claim):
        mine = [w for w in _slot_words(claim, m.end()) if is_content(w.lower)]
        if mine and all(w.start + m.end() in gone for w in mine):
            return claim[m.start() + 1 : m.end() + mine[-1].end].strip()
    return None


# "rescued 12 residents, two of whom were treated": some of those counted, and what befell them.
_SOME_OF_WHOM = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+(?P<who>[a-z]+),\s+(?P<k>\d+|[a-z]+)\s+of\s+(?:whom|them)\s+"
    r"(?:were|was|had\s+been|have\s+been|are)\s+(?P<deed>[a-z]+)",
    re.IGNORECASE,
)
_SOME_DONE_TO = re.compile(
    r"\b(?P<k>\d+|[a-z]+)\s+(?:of\s+the\s+)?(?P<who>[a-z]+)\s+(?:were|was|had\s+been|have\s+been|are)\s+"
    r"(?P<deed>[a-z]+)",
    re.IGNORECASE,
)


def _ones_of_whom_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Two firefighters were treated for smoke inhalation" against "rescued 12 residents, two of whom were treated
    for smoke inhalation": the ones a deed befell, by a count the evidence gives of others."""
    for m in _SOME_DONE_TO.finditer(ctx.card.claim):
        count = count_value(m.group("k"))
        who = m.group("who").lower()
        classes = forms_by_class(who)
        # (a word the dictionary lacks is a thing's name too: "coastguards")
        if count is None or not is_content(who) or (classes and "NOUN" not in classes) or who in _ANY_ONES:
            continue
        for text in ctx.texts:
            for o in _SOME_OF_WHOM.finditer(text):
                theirs = o.group("who").lower()
                if (
                    count_value(o.group("k")) == count
                    and lemmas(o.group("deed").lower()) & lemmas(m.group("deed").lower())
                    and not lemmas(theirs) & lemmas(who)
                    and not names_its_kind(who, theirs)
                    and not one_meaning(who, theirs)
                    and not akin(who, theirs)
                ):
                    return m.group(0), o.group(0)
    return None


# "had been forgotten by the council": a passive deed and its doer.
# (a doer named by a common noun, up to a stop: not a name, "by former Port Vale manager Micky Adams", nor a part,
# "by a majority of the council")
_DONE_BY = re.compile(
    # (past where it was done: "has been photographed in the Kessel forest by a tourist")
    r"\b(?:be|been|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?(?P<deed>[a-z]+(?:ed|en))"
    r"(?:\s+(?:in|at|on|near|off|outside|inside|from|across|during)(?:\s+[\w'’-]+){1,4}?)?\s+by\s+"
    r"(?:the|a|an)\s+"
    r"(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[.,;:!?]|$))"
)
# Feelings, whose "by" tells a cause, not a doer: "disappointed by the decision".
_FELT = frozenset(
    """disappointed pleased delighted shocked surprised saddened concerned worried encouraged frustrated angered
    moved touched upset alarmed dismayed heartened relieved amazed impressed inspired appalled horrified
    devastated overwhelmed humbled thrilled stunned gutted distressed outraged troubled disgusted""".split()
)


# Steps of the law, each with how an article tells it: a story tells such a step where it is taken.
# ("received nine years for the robbery", "was given life": a term, the sentence)
_TERM_GIVEN = (
    r"|\b(?:received|receives|given|handed|got|serve|serves|serving)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:years?|months?|life)\b"
)
_JAILED = r"jail|prison|gaol|custod|sentenc|locked\s+up" + _TERM_GIVEN
_LEGAL_STEPS = {
    step: re.compile(told, re.IGNORECASE)
    for step, told in {
        "arrest": r"arrest|detain|custody|held\s+by\s+police",
        "charge": r"charg",
        "convict": r"convict|guilty",
        "sentence": r"sentenc|jail|prison" + _TERM_GIVEN,
        "jail": _JAILED,
        "imprison": _JAILED,
        "acquit": r"acquit|cleared|not\s+guilty",
        "prosecute": r"prosecut|charg|court",
    }.items()
}
# "charged with murder", "was charged": the step of the law, not a price ("charged 10p for a bag").
_CHARGED_AT_LAW = re.compile(
    r"(?:\b(?:been|was|were|is|are|be|being)\s+(?:[a-z]+ly\s+)?charged\b(?!\s+(?:£|\$|€|\d|for\b|at\b)))"
    r"|\bcharged\s+(?:[\w'’-]+\s+){0,3}?with\b",
    re.IGNORECASE,
)


def _legal_step_added(ctx: ClaimContext, missing: list[Word]) -> str | None:
    """ "The lorry driver has been charged by police" against "The lorry driver stopped at the scene and is helping
    police with their inquiries": a step of the law the claim says was taken (arrested, charged, convicted, jailed …),
    which the whole article never tells in any form."""
    claim = ctx.card.claim
    body = ctx.home.article.body
    for word in missing:
        steps = lemmas(word.lower) & _LEGAL_STEPS.keys()
        if not steps or not (inflected_from(word.lower, "VBN") or inflected_from(word.lower, "VBD")):
            continue
        if "charge" in steps and not any(m.start() <= word.start < m.end() for m in _CHARGED_AT_LAW.finditer(claim)):
            continue
        if any(_LEGAL_STEPS[step].search(body) for step in steps):
            continue  # (the article tells it, in a sentence the evidence left out or in other words)
        return word.text
    return None


def _doer_never_named(ctx: ClaimContext, missing: list[Word]) -> str | None:
    """ "Joan Dart said she had been forgotten by the council" against "'It feels like we have been forgotten,' said
    pensioner Joan Dart" in an article that names no council: a doer of the evidence's own passive deed, of words the
    whole article never writes."""
    gone = {w.start for w in missing}
    for m in _DONE_BY.finditer(ctx.card.claim):
        mine = [w for w in words(m.group("who")) if is_content(w.lower)]
        if not mine or m.group("deed").lower() in _FELT or "NOUN" not in forms_by_class(mine[-1].lower):
            continue
        if not all(w.start + m.start("who") in gone for w in mine):
            continue
        body = ctx.home.article.body
        if any(re.search(rf"\b{re.escape(f)}", body, re.IGNORECASE) for w in mine for f in lemmas(w.lower)):
            continue  # (the article writes it somewhere, in some form)
        deed = lemmas(m.group("deed"))
        if any(lemmas(w.lower) & deed for text in ctx.texts for w in words(text)):
            return ctx.card.claim[m.start("deed") : m.end()]
    return None


def _deeds_before(text: str, at: int, reach: int = 40) -> frozenset[str]:
    """Lemmas of the verbs among the `reach` words before `at` that tell a deed, not describe the noun after them
    ("the economy grew by", not "the published author")."""
    told = words(text[:at])[-reach:]
    return frozenset(
        f
        for w, after in zip(told, [*told[1:], None], strict=True)
        if "VERB" in (classes := forms_by_class(w.lower))
        and ("NOUN" not in classes or inflected_from(w.lower, "VBD"))
        and not (after and "NOUN" in forms_by_class(after.lower))
        for f in lemmas(w.lower)
    )


# "Heavy rain has forced the postponement of the show": a cause told as what forced the deed.
_FORCED_THE = re.compile(
    r"(?:^|[.;]\s+|,\s+)(?P<cause>(?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:has\s+|have\s+|had\s+)?(?:forced|caused|led\s+to)\s+"
    r"(?:the\s+)?(?P<deed>[a-z]{4,})\b",
)


def _cause_that_forced(text: str, deed: frozenset[str]) -> re.Match[str] | None:
    """The evidence's "X forced the postponement" whose deed is the claim's (`deed`, the lemmas before its cause)."""
    for m in _FORCED_THE.finditer(text):
        done = lemmas(m.group("deed").lower())
        if done & deed or any(same_family(a, b) for a in done for b in deed if min(len(a), len(b)) >= 5):
            return m
    return None


_BLAMED_FOR = re.compile(r"\s+for\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?P<what>[a-z][\w'’-]*)", re.IGNORECASE)


def _blamed_for(claim: str, at: int) -> frozenset[str]:
    """What the claim blames its cause for, told right after it ("… for the error"): its lemmas, or none."""
    m = _BLAMED_FOR.match(claim, at)
    return lemmas(m.group("what").lower()) if m and is_content(m.group("what").lower()) else frozenset()


def _said_of(near: frozenset[str], before: frozenset[str]) -> bool:
    """Whether a slot's words before are said of the claim's: one word, or one grown from another ("growth" of the
    evidence's "grew")."""
    return bool(near & before) or any(grown_from(a, b) for a in before for b in near if min(len(a), len(b)) >= 4)


def _words_before(text: str, at: int, reach: int = 5) -> frozenset[str]:
    """Lemmas of the content words among the `reach` before `at`: what a slot after them is said of."""
    return content_lemmas(words(text[:at])[-reach:])


# What a thing is, or is still: "fares were now fair" against "fares were still too high".
_STATE_OF = re.compile(
    r"\b(?P<head>[a-z][\w'’-]+)\s+(?:is|are|was|were|remains?|remained|stays?|stayed|(?:has|have|had)\s+been)\s+"
    r"(?:(?:still|now|very|too|so|quite|far|rather|extremely|fairly|largely|mostly|generally|already)\s+)*"
    r"(?P<state>[a-z][\w-]+)(?=\s*(?:[.,;:!?]|$))",
    re.IGNORECASE,
)


def _state_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Passenger groups said fares were now fair" against "… said fares were still too high": the claim says a
    thing is in a state the evidence never names, where the evidence says the same thing is in another (each only
    a word that describes, at the end of its clause)."""
    return _state_swapped(ctx, missing, _STATE_OF, _describes_only)


def _state_swapped(
    ctx: ClaimContext, missing: list[Word], pattern: re.Pattern[str], fits: Callable[[str], bool]
) -> tuple[str, str] | None:
    """The claim's phrase and the evidence's, where each of `pattern` tells the same head in another state, which the
    evidence never names and `fits` both."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for mine in pattern.finditer(ctx.card.claim):
        state = mine.group("state").lower()
        if mine.start("state") not in gone or not fits(state):
            continue
        head = lemmas(mine.group("head").lower())
        for text in ctx.texts:
            for theirs in pattern.finditer(text):
                other = theirs.group("state").lower()
                if (
                    lemmas(theirs.group("head").lower()) & head
                    and fits(other)
                    and not lemmas(other) & forms
                    and not akin(state, other)
                    and not one_meaning(state, other)
                    # (one side of a contrast the lexicon holds: "unusual" is "rare")
                    and not set(sides_of(state)) & set(sides_of(other))
                ):
                    return mine.group(0), theirs.group(0)
    return None


# What came before or after what: "began the course after her husband died".
_ORDERED = re.compile(r"\b(?P<when>before|after)\s+(?P<then>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[.,;:!?]|$))", re.I)


def _order_turned(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "She began the course before her husband died" against "began the course after her husband died": the same
    thing, put on the other side of the claim's deed (what follows the word tells the same, word for word in lemmas;
    "a day before the tanker was towed" against "a day after its crew were airlifted" tells another thing)."""
    # (each text's orderings read once: which word, what follows it in lemmas, and the words)
    theirs_by_text = [
        [(m.group("when").lower(), content_lemmas(words(m.group("then"))), m.group(0)) for m in _ORDERED.finditer(text)]
        for text in ctx.texts
    ]
    for mine in _ORDERED.finditer(ctx.card.claim):
        when, then = mine.group("when").lower(), content_lemmas(words(mine.group("then")))
        if not then:
            continue
        for ordered in theirs_by_text:
            if any(w == when and t == then for w, t, _ in ordered):
                continue  # (the text tells it the claim's way too)
            for w, t, said in ordered:
                if w != when and t == then:
                    return mine.group(0), said
    return None


# How one went across or over a thing: "to row across the Atlantic", "cycled over the bridge".
_WAY_ACROSS = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?P<prep>across|over|through|around|round|along|up|down)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<thing>[A-Za-z][\w'’-]+)\b"
)
# Ways of going somewhere, each of which another does not tell (going, travelling and crossing tell them all).
_WAYS_OF_GOING = frozenset(
    "row sail swim walk run cycle fly drive paddle kayak canoe climb trek hike ride crawl ski skate jog march".split()
)


def _way_across_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "the youngest person to sail across the Atlantic" against "to row across the Atlantic": another way of going
    across or over the same thing, which the evidence never tells (of the ways of going only: "seen over the valley"
    is "spotted over" it)."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for mine in _WAY_ACROSS.finditer(ctx.card.claim):
        verb = mine.group("verb").lower()
        if mine.start("verb") not in gone or not lemmas(verb) & _WAYS_OF_GOING or not is_content(mine["thing"].lower()):
            continue
        thing = lemmas(mine.group("thing").lower())
        for text in ctx.texts:
            for theirs in _WAY_ACROSS.finditer(text):
                other = theirs.group("verb").lower()
                if (
                    theirs.group("prep").lower() == mine.group("prep").lower()
                    and lemmas(theirs.group("thing").lower()) & thing
                    and lemmas(other) & _WAYS_OF_GOING
                    and not lemmas(other) & forms
                    and not akin(verb, other)
                    and not one_meaning(verb, other)
                ):
                    return mine.group(0), theirs.group(0)
    return None


# Where one had been: "he had been in hospital", "they have been on holiday".
_BEEN_AT = re.compile(
    r"\b(?P<head>[a-z][\w'’-]+)\s+(?:had|has|have)\s+been\s+(?:in|on|at)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<state>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _been_elsewhere(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "He told the court he had been on holiday" against "he had been in hospital": where the claim says one had been,
    which the evidence never names, where it says the same one had been somewhere else."""
    return _state_swapped(ctx, missing, _BEEN_AT, _a_place_to_be)


# Words that after "been in" or "been on" say how a thing stands, not where one was: "in force" is "in place".
_HOW_IT_STANDS = frozenset(
    "place force use operation service effect existence action progress office power charge contact touch business "
    "sale display".split()
)


def _a_place_to_be(word: str) -> bool:
    return is_content(word) and word not in _HOW_IT_STANDS


# What a deed was done on: "feeding on clover", "spent on roads", "based on a novel".
_DONE_ON = re.compile(
    r"\b(?P<head>[a-z]{3,})\s+on\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?P<state>[a-z]{3,})\b(?!-)",
    re.IGNORECASE,
)


def _done_on_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Volunteers found the bees feeding on heather" against "feeding on clover": what the claim says a deed was done
    on, a thing the evidence never names, where the evidence says the same deed was done on another."""
    return _state_swapped(ctx, missing, _DONE_ON, _only_a_thing)


def _only_a_thing(word: str) -> bool:
    return is_content(word) and "NOUN" in forms_by_class(word) and "VERB" not in forms_by_class(word)


# In what state a thing was come upon: "the digger was later found abandoned", "he was found dead".
_FOUND_IN_STATE = re.compile(
    r"\b(?P<head>[a-z][\w'’-]+)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:later|then|eventually|subsequently|soon|finally|since)\s+)?(?:found|discovered|left)\s+"
    # (past how much: "found severely underweight" is "found badly underweight")
    r"(?:[a-z]+ly\s+)?(?P<state>[a-z][\w-]+)\b",
    re.IGNORECASE,
)


def _found_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The digger was later found burnt out" against "was later found abandoned": the state the claim says a thing
    was found in, which the evidence never names, where it says the same thing was found in another."""
    return _state_swapped(ctx, missing, _FOUND_IN_STATE, is_content)


# One described in a few words set beside its noun: "The owner, a pensioner, offered …".
_DESCRIBED_BESIDE = re.compile(
    r"\b(?P<head>[a-z][\w'’-]+),\s+(?:a|an)\s+(?P<what>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]+)\s*,", re.IGNORECASE
)


def _apposed_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The owner, a student, offered him a reward" against "The owner, a pensioner, offered …": what the claim sets
    beside one, none of whose words the evidence writes, where the evidence sets other words beside the same one."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for mine in _DESCRIBED_BESIDE.finditer(ctx.card.claim):
        said = [w for w in words(mine.group("what")) if is_content(w.lower)]
        if not said or any(w.start + mine.start("what") not in gone for w in said):
            continue
        head = lemmas(mine.group("head").lower())
        for text in ctx.texts:
            for theirs in _DESCRIBED_BESIDE.finditer(text):
                other = [w for w in words(theirs.group("what")) if is_content(w.lower)]
                if (
                    other
                    and lemmas(theirs.group("head").lower()) & head
                    and not any(lemmas(w.lower) & forms or _akin(w, said) for w in other)
                ):
                    return mine.group(0).rstrip(" ,"), theirs.group(0).rstrip(" ,")
    return None


def _describes_only(word: str) -> bool:
    """A word that describes, and not a verb's participle ("closed", "rising": what was done is other rules')."""
    return "ADJ" in forms_by_class(word) and not inflected_from(word, "VBN") and not inflected_from(word, "VBG")


def _akin(word: Word, others: list[Word]) -> bool:
    """ "snow" and "snowfall": one word grown from the other."""
    return any(akin(word.lower, o.lower) for o in others)


_OTHER_LINKS = frozenset({"by"})
# "closed to traffic", "open to the public": to whom a place is shut or open ("to" after other words is as often a
# paraphrase's)
_OPEN_OR_CLOSED = frozenset("close open reopen shut".split())

# "an anonymous tip-off", "an unnamed donor": a thing the evidence says no one is named as the maker or giver of.
_ANONYMOUS = re.compile(r"\b(?:anonymous|unnamed|unidentified)\s+(?P<thing>[a-z][\w-]+)", re.IGNORECASE)
# "Tom Grey gave police the tip-off": one named as the maker or giver of a thing.
_NAMED_GIVER = re.compile(
    r"^\W*(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+)?"
    r"(?P<verb>gave|given|give|gives|made|make|makes|sent|send|sends|provided|provides|donated|donates|wrote|writes"
    r"|left|leaves|placed|places|passed|passes)\b(?P<rest>[^.;]{0,60})"
)


# Those who give, whom "anonymous" leaves unnamed: "an anonymous donor".
_GIVERS = frozenset("donor benefactor giver sender caller tipster bidder buyer well-wisher philanthropist".split())


def _anonymous_given_a_name(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Tom Grey gave police the tip-off" against "an anonymous tip-off led police to a flat", "Ruth Bell gave the
    hospice £250,000" against "received £250,000 from an anonymous donor": the claim names who gave or made what the
    evidence says came from no one named."""
    mine = _NAMED_GIVER.match(ctx.card.claim)
    if mine is None or _ANONYMOUS.search(ctx.card.claim):
        return None
    who = re.escape(mine.group("who").split()[-1])
    if any(re.search(rf"\b{who}\b[^.;]{{0,40}}?\b{mine.group('verb')}\b", text) for text in ctx.texts):
        return None  # ("…, and Jo Li gave £500": the evidence has the named one give too)
    given = {f for w in words(mine.group("rest")) for f in lemmas(w.lower)} | _GIVERS
    m = ctx.evidence_match(_ANONYMOUS, lambda m: bool(lemmas(m.group("thing").lower()) & given))
    return (mine.group(0).strip(), m.group(0)) if m else None


# "the mother, Tara,", "her son, Jack,": one described, then named between commas.
_DESCRIBED_NAMED = re.compile(
    r"\b(?:the|her|his|their|its)\s+(?P<what>[a-z][\w-]*),\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?),"
)


def _name_given_to_another(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Keepers said the calf, Tara, was very protective" against "Keepers said the mother, Tara, was very
    protective": the name the evidence gives one, given to another the claim describes."""
    for m in _DESCRIBED_NAMED.finditer(ctx.card.claim):
        mine = lemmas(m.group("what").lower())
        for text in ctx.texts:
            for theirs in _DESCRIBED_NAMED.finditer(text):
                if theirs.group("name") == m.group("name") and not lemmas(theirs.group("what").lower()) & mine:
                    return m.group(0).rstrip(","), theirs.group(0).rstrip(",")
    return None


# "the Welsh government", "UK ministers", "Scottish police": a body of a country or a region, told by its place.
_BODY_OF_A_PLACE = re.compile(
    r"\b(?P<place>(?:(?!The\b)[A-Z][\w.]*\s+)?(?!The\b)[A-Z][\w.]*)\s+(?P<body>government|parliament|assembly|ministers|police|army"
    r"|authorities|officials|treasury)\b"
)


def _place_of_a_body(run: str) -> str | None:
    """The place a body's first words name ("UK", "Welsh", "New Zealand"), as the lexicon names it; None for others."""
    place = canonical_name(run)
    return place if place in lexicon().places else None


def _body_of_another_place(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The UK government has scrapped plans" against "The Welsh government has scrapped plans": the same body of
    another place, where the evidence never names the claim's. (A place the lexicon holds as within another is no
    answer: the UK government is not the Welsh government.)"""
    for mine in _BODY_OF_A_PLACE.finditer(ctx.card.claim):
        place = _place_of_a_body(mine.group("place"))
        if place is None or any(
            canonical_name(w.text) == place or canonical_name(" ".join(pair)) == place
            for text in ctx.texts
            for w, pair in _words_and_pairs(text)
        ):
            continue
        body = mine.group("body")
        for text in ctx.texts:
            for theirs in _BODY_OF_A_PLACE.finditer(text):
                other = _place_of_a_body(theirs.group("place"))
                if theirs.group("body") == body and other is not None and other != place:
                    return mine.group(0), theirs.group(0)
    return None


# "Chelmsford Magistrates' Court", "Leeds General Infirmary": a place named by its town, then what it is.
_PLACE_NAMED_BY_TOWN = re.compile(
    r"\b(?P<town>[A-Z][a-z]+)\s+(?P<what>(?:[A-Z][\w'’]*\s+){0,2}(?:Court|Hospital|Infirmary|Station|Airport|"
    r"University|College|Prison|Stadium|Cathedral|Museum|Library|Council|Police))\b"
)


def _named_place_of_another(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "will appear at Harlow Magistrates' Court" against "a cyclist was seriously injured in Harlow … will appear at
    Chelmsford Magistrates' Court": the same kind of place named after another town, where the evidence never names
    the claim's."""
    if not any(word in ctx.card.claim for word in ("Court", "Hospital", "Infirmary", "Station", "Airport",
                                                  "University", "College", "Prison", "Stadium", "Cathedral",
                                                  "Museum", "Library", "Council", "Police")):  # fmt: skip
        return None
    for mine in _PLACE_NAMED_BY_TOWN.finditer(ctx.card.claim):
        if any(mine.group(0) in text for text in ctx.texts):
            continue
        for text in ctx.texts:
            for theirs in _PLACE_NAMED_BY_TOWN.finditer(text):
                if theirs.group("what") == mine.group("what") and theirs.group("town") != mine.group("town"):
                    return mine.group(0), theirs.group(0)
    return None


# Continents hold the countries: "European division" may be the "UK division".
_CONTINENTS = frozenset({"africa", "asia", "europe"})


def _of_a_country(word: Word) -> str | None:
    """The country a capitalized word of its people or its capital stands for ("Nigerian", "British", "Beijing"),
    None for any other word (a name is its own; "Democratic" is a party's, "UK" an initialism)."""
    if not word.capitalized or not word.text.isalpha() or not word.text[1:].islower():
        return None
    country = canonical_name(word.text)
    return country if country != word.lower and is_country(country) and country not in _CONTINENTS else None


def _people_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "taken by Nigerian soldiers" against "returned … to Nigeria, … after it was taken by British soldiers": a
    thing said to be of one country's people, where the evidence gives the same thing to another's and never to the
    claim's."""
    claim_words = ctx.claim_words
    for word, head in pairwise(claim_words):
        if (
            (country := _of_a_country(word)) is None
            or head.capitalized
            or not _is_noun_word(head)
            or ctx.card.claim[word.end : head.start] != " "
        ):
            continue
        heads = lemmas(head.lower)
        # (each of the evidence's same things, with the country of the word before it, read once)
        theirs = [
            (other, thing, _of_a_country(other))
            for text in ctx.texts
            for other, thing in pairwise(words(text))
            if lemmas(thing.lower) & heads and text[other.end : thing.start] == " "
        ]
        if any(their_country == country for _, _, their_country in theirs):
            continue  # (the evidence gives the claim's country's one too)
        # (the claim sets the countries' ones side by side: "in Turkish airspace, while Russia claims it was in Syrian
        # airspace")
        told = {c for w, t in pairwise(claim_words) if lemmas(t.lower) & heads and (c := _of_a_country(w))}
        for other, thing, their_country in theirs:
            if their_country is not None and their_country not in told:
                return f"{word.text} {head.text}", f"{other.text} {thing.text}"
    return None


# "a breeding project in Sussex", "drivers on the A9": a thing told by where it is, from or on, named.
_THING_AT_A_NAME = re.compile(
    r"\b(?P<head>[A-Za-z][a-z'’-]+)\s+(?P<link>in|on|at|near|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


_NOT_PLACES = frozenset({"person", "outlet"})
_WHEN_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _place_name(run: str) -> str:
    """A run of capitalized words cut before a time's name: "New Mexico" of "New Mexico Monday"."""
    kept = []
    for part in run.split():
        if part.lower() in _WHEN_NAMES:
            break
        kept.append(part)
    return " ".join(kept) or run


def _told_before(before: str, heads: frozenset[str]) -> bool:
    """Whether the words right before a place's name (no deed between) name the thing: "price" of "the average price
    of a home in" (not "drivers" of "drivers to use the")."""
    for w in reversed(words(before)[-6:]):
        if lemmas(w.lower) & heads:
            return True
        classes = forms_by_class(w.lower)
        if w.lower == "to" or ("VERB" in classes and not {"NOUN", "ADJ"} & classes.keys()) or w.capitalized:
            return False
    return False


def _thing_of_another_place(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The storks came from a breeding project in Norfolk" against "… nesting in Norfolk … The pair arrived … from a
    breeding project in Sussex", "Drivers on the A93" against "Drivers on the A9 … use the A93 instead": the same
    thing told at another named place, where the evidence names the claim's place only for something else (never
    beside the other: "a school in Headingley, Leeds" may be "a school in Leeds")."""
    claim = ctx.card.claim
    for mine in _THING_AT_A_NAME.finditer(claim):
        head = mine.group("head")
        if (head[0].isupper() and mine.start() > 0) or not is_content(head.lower()):
            continue  # (a name's last word, not a thing: "Lake District in Cumbria")
        # (a post's employer goes by many names, and a person's by parts: "player-manager at the Red Lichties" is at
        # Arbroath, a place's rarely do)
        post = mine.group("link") == "at" and (is_post(head.lower()) or head.lower() in ROLE_WORDS)
        if post or entity_type(mine.group("name")) in _NOT_PLACES:
            continue
        name, link, heads = _place_name(mine.group("name")), mine.group("link"), lemmas(head.lower())
        if any(re.search(rf"\b{re.escape(head)}\s+{link}\s+(?:the\s+)?{re.escape(name)}\b", text, re.IGNORECASE)
               for text in ctx.texts):  # fmt: skip
            continue
        uses = name_uses(name, ctx.texts)
        if not uses or name.lower() in _WHEN_NAMES:
            continue  # (a place the evidence never names is coverage's to find)
        if any(_told_before(ctx.texts[t][:u], heads) for t, u in uses):
            continue  # (the evidence's own words for it: "the average price of a home in Wales")
        for t, text in enumerate(ctx.texts):
            for theirs in _THING_AT_A_NAME.finditer(text):
                other = _place_name(theirs.group("name"))
                if theirs.group("link") != link or not lemmas(theirs.group("head").lower()) & heads:
                    continue
                if entity_type(other) in _NOT_PLACES:
                    continue
                if (
                    re.search(rf"\b{re.escape(other)}\b", claim)
                    or re.search(rf"\b{re.escape(name)}\b", other)
                    or canonical_name(other) == canonical_name(name)
                ):
                    continue
                if beside(uses, t, theirs.start("name"), other):
                    continue
                return mine.group(0), theirs.group(0)
    return None


def _words_and_pairs(text: str) -> Iterator[tuple[Word, tuple[str, str]]]:
    """Each word of `text` with itself and the word after it ("United Kingdom")."""
    found = words(text)
    for i, w in enumerate(found):
        yield w, (w.text, found[i + 1].text if i + 1 < len(found) else "")


def _other_in_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "a survey by the council" against "a survey by the chamber of commerce … the council will": a
    word the evidence has, put after a word and link where the evidence has another (and never it)."""
    claim_words = ctx.claim_words
    if not any(w.lower in _OTHER_LINKS or w.lower == "to" for w in claim_words):
        return None  # most claims: no "by" at all
    gone = {w.start for w in missing}
    for i, word in enumerate(claim_words):
        if word.start in gone or word.capitalized or not _is_noun_word(word):
            continue
        # (past a figure, the same on both sides: "signed by 2,000 shopkeepers" against "signed by 2,000 parents")
        at, figure = _past_figure(claim_words, i)
        slot = _slot(claim_words, at)
        if slot is None or not (
            slot[1].lower in _OTHER_LINKS or (slot[1].lower == "to" and lemmas(slot[0].lower) & _OPEN_OR_CLOSED)
        ):
            continue
        head, link = slot
        mine = lemmas(word.lower)
        theirs = [(text, shared, other) for text in ctx.texts for shared, other in _slots_of(text, head, link, figure)]
        # (the claim's word a few words on is the same thing described: "hit by a van" against "hit by a white van")
        # (or one the curated table says is it: "saved by locals" is "saved by residents")
        if not theirs or any(
            lemmas(other.lower) & mine
            or any(lemmas(w.lower) & mine for w in words(text[other.end :])[:2])
            or paraphrase_groups(lemmas(other.lower)) & paraphrase_groups(mine)
            for text, _, other in theirs
        ):
            continue
        text, shared, other = theirs[0]
        if other.capitalized or not _is_noun_word(other) or lemmas(other.lower) & claim_forms(ctx):
            continue
        if names_its_kind(word.lower, other.lower):
            continue  # ("hit by a vehicle" against "hit by a car": the evidence's thing named by its kind)
        return (ctx.card.claim[head.start : word.end], text[shared.start : other.end])
    return None


# "was taken by a British officer": a deed told in the passive, and the one who did it, up to where that ends.
_PASSIVE_DOER = re.compile(
    r"\b(?P<deed>[a-z]{3,})(?:\s+(?:back|up|out|off|down|over|away|in))?"
    r"(?:\s+(?:of|from|into|onto|to)\s+(?:a|an|the|his|her|their|its)\s+[a-z][\w-]*)?\s+by\s+(?:a|an|the|his|her|their|its|two|three|several|some)\s+"
    r"(?P<who>(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:in|at|on|from|for|who|which|that|after|before|during|while|as|and|with|of|to)\b|\s*[.,;:]|\s*$)"
)


_KNOWN_BY = frozenset("know name call identify recognise recognize describe refer".split())


def _done_by_another(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The statue was taken by a British tourist" against "more than a century after it was taken by a British
    officer": the same deed, done by one a noun the evidence never writes names, where the evidence has another do it
    (a noun the claim never writes)."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _PASSIVE_DOER.finditer(ctx.card.claim):
        who = words(m.group("who"))[-1]
        if m.start("who") + who.start not in gone or not _only_a_noun(who) or not past_participle(m.group("deed")):
            continue
        deed = lemmas(m.group("deed"))
        if deed & _KNOWN_BY:
            continue  # ("known by several nicknames": what one is called, not who did it)
        for text in ctx.texts:
            for o in _PASSIVE_DOER.finditer(text):
                other = words(o.group("who"))[-1]
                if (
                    lemmas(o.group("deed")) & deed
                    and _only_a_noun(other)
                    and not (other.capitalized and other.start > 0)
                    and not lemmas(other.lower) & forms
                    and not _same_thing([other], [who])
                ):
                    return m.group(0), o.group(0)
    return None


# "had been made by trading standards officers": a deed and who did it, with or without an article before them.
_DEED_BY_ONE = re.compile(
    r"\b(?P<deed>[a-z]{3,})\s+by\s+(?:(?:a|an|the|his|her|their|its|two|three|several|some)\s+)?"
    r"(?P<who>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*[.,;:]|\s*$|\s+(?:in|at|on|after|before|during|while|as|with|for)\b)"
)


def _doer_of_another_deed(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The owner said the mistake had been made by trading standards officers" against "Trading standards officers
    found that … The owner said the mistake had been made by a new member of staff": a deed the evidence has done by
    one, told as done by another the evidence names only for something else (one it never names is
    `_done_by_another`'s)."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _DEED_BY_ONE.finditer(ctx.card.claim):
        who = words(m.group("who"))
        if m.start("who") + who[-1].start in gone or not _only_a_noun(who[-1]) or not past_participle(m.group("deed")):
            continue
        deed = lemmas(m.group("deed"))
        if deed & _KNOWN_BY:
            continue
        heads = lemmas(who[-1].lower)
        # (written in the evidence, not only a paraphrase of its words: "a new employee" for "a new member of staff";
        # and not told with the deed there too: "made by staff and officers")
        if not any(lemmas(w.lower) & heads for text in ctx.texts for w in words(text)):
            continue
        if any(
            any(lemmas(w.lower) & deed for w in found) and any(lemmas(w.lower) & heads for w in found)
            for text in ctx.texts
            for sentence in sentences_of(text)
            for found in [words(sentence)]
        ):
            continue
        for text in ctx.texts:
            for o in _PASSIVE_DOER.finditer(text):
                other = words(o.group("who"))[-1]
                if (
                    lemmas(o.group("deed")) & deed
                    and _only_a_noun(other)
                    and not (other.capitalized and other.start > 0)
                    and not lemmas(other.lower) & forms
                    and not _same_thing([other], who)
                ):
                    return m.group(0), o.group(0)
    return None


# "spent the night in a hotel", "sheltered in a barn": a deed, what it was done to if anything, and where.
_DONE_IN = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:the|a|an|his|her|their|its)\s+(?P<what>[a-z]{3,})\s+)?"
    r"(?P<link>in|at|inside|under|behind|beneath|underneath)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?P<where>[a-z]{3,}(?:\s+[a-z]{3,})?)\b"
)


_VERB_TAGS = ("VBD", "VBG", "VBN", "VBZ")


def _where_done_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "They spent the night in a hotel" against "after spending the night in a snow hole": the same deed, done to
    the same thing, in a place the evidence never writes, where the evidence has it done in another the claim never
    names."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _DONE_IN.finditer(ctx.card.claim):
        place = next((w for w in words(m.group("where")) if m.start("where") + w.start in gone), None)
        verb = lemmas(m.group("verb"))
        # (a thing of the lexicon's kinds only: "a career in swimming" may be "a career in the pool")
        # (and a deed told in a verb's own form, no noun: "spent", "sheltering"; not "her sporting career")
        told = m.group("verb")
        if place is None or not kinds_of(place.lower) or not any(inflected_from(told, t) for t in _VERB_TAGS):
            continue
        what = lemmas(m.group("what")) if m.group("what") else None
        for text in ctx.texts:
            for o in _DONE_IN.finditer(text):
                if not lemmas(o.group("verb")) & verb:
                    continue
                # (the thing done to told right before a participle: "a scratchcard bought at a petrol station")
                before = words(text[: o.start()])[-1:]
                told_before = bool(what and o.group("what") is None and before and lemmas(before[0].lower) & what)
                if not told_before and (
                    (what is None) != (o.group("what") is None) or (what and not lemmas(o.group("what")) & what)
                ):
                    continue
                theirs = words(o.group("where"))
                if not any(lemmas(w.lower) & forms or names_its_kind(place.lower, w.lower) for w in theirs):
                    # (up to the noun that ends where: "worked in the shop", not "… shop every")
                    end = o.start("where") + (theirs[-1] if _is_noun_word(theirs[-1]) else theirs[0]).end
                    return m.group(0), text[o.start() : end]
    return None


# "was discovered in its owner's garden", "found tied to a lamppost in a nearby town": where a thing was found.
_FOUND_AT = re.compile(
    r"\b(?P<verb>(?i:found|discovered|spotted|located))\s+(?:[a-z][\w'’-]*\s+){0,4}?"
    r"(?P<link>in|at|on|inside|outside|near|under|behind|beneath)\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?"
    r"(?P<where>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
)
# What "found in" may give that is no place: a state one was found in, or a time.
_NO_PLACE = frozenset(
    """state condition possession breach contempt need distress trouble time morning afternoon evening night
    weekend day week month year hours days weeks months years past end middle process course way wake""".split()
)


def _found_places(text: str) -> list[tuple[int, int, frozenset[str], list[Word]]]:
    """Where `text` says a thing was found: each as its span, the lemmas of its verb and the nouns of the place."""
    found = []
    for m in _FOUND_AT.finditer(text):
        nouns = []
        for w in words(m.group("where")):
            if w.lower in _SLOT_STOP or w.lower in ARTICLES:
                break
            if _is_noun_word(w):
                nouns.append(Word(w.text, w.lower, w.start + m.start("where"), w.end + m.start("where")))
        # (a place may end on one: "on a golf course", though "in the course of" is none)
        if nouns and nouns[0].lower not in _NO_PLACE:
            found.append((m.start(), nouns[-1].end, lemmas(m.group("verb").lower()), nouns))
    return found


def _found_elsewhere(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The spaniel was discovered in its owner's garden" against "stolen from a garden. … was discovered tied to a
    lamppost in a nearby town": where the evidence says the same thing was found is no place the claim names, though
    the claim's place is written elsewhere in it."""
    claim = ctx.card.claim
    claimed = _found_places(claim)
    if not claimed:
        return None
    forms = claim_forms(ctx)
    told = [(text, found) for text in ctx.texts for found in _found_places(text)]
    for start, end, verb, mine in claimed:
        theirs = [(text, t_start, t_end, nouns) for text, (t_start, t_end, v, nouns) in told if v & verb]
        if not theirs or any(_same_thing(mine, nouns) for *_, nouns in theirs):
            continue
        for text, t_start, t_end, nouns in theirs:
            if not any(lemmas(w.lower) & forms for w in nouns):
                return claim[start:end], text[t_start:t_end]
    return None


def _same_thing(mine: list[Word], theirs: list[Word]) -> bool:
    """Whether some word of `mine` and some of `theirs` tell one thing: one lemma, one grown from the other, the curated
    table's paraphrases, or one naming the other's kind (a place found in, one who did a deed)."""
    return any(
        lemmas(a.lower) & lemmas(b.lower)
        or akin(a.lower, b.lower)
        or one_meaning(a.lower, b.lower)
        or names_its_kind(a.lower, b.lower)
        or names_its_kind(b.lower, a.lower)
        for a in mine
        for b in theirs
    )


# "its decision to cut the post", "their fight to keep a crossing": a deed meant, named by what was meant to be done.
_MEANT = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our)\s+(?:[\w£$€-]+\s+){0,2}?"
    r"(?P<aim>decision|plans?|bid|vote|fight|campaign|proposals?|attempt|promise|pledge)\s+to\s+(?P<deed>[a-z]{3,})\b",
    re.IGNORECASE,
)


# "voted to close three toilets", "agreed to buy": a deed a body settled on, told by the verb that settled it.
_SETTLED = re.compile(
    r"\b(?P<aim>vot(?:ed|es|e|ing)|decid(?:ed|es|e|ing)|agre(?:ed|es|e|eing))\s+(?:unanimously\s+)?to\s+"
    r"(?P<deed>[a-z]{3,})\b",
    re.IGNORECASE,
)


_AND_TO = re.compile(r"\b(?:and|or)\s+(?:then\s+)?(?:to\s+)?(?P<deed>[a-z]{3,})\b")


def _more_deeds(text: str, at: int) -> list[str]:
    """The verbs joined by "and" or "or" to a deed settled on, in the rest of its sentence."""
    end = min((i for i in (text.find(".", at), text.find(";", at)) if i >= 0), default=len(text))
    return [m.group("deed") for m in _AND_TO.finditer(text, at, end)]


def _meant_deed_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The council reversed its decision to keep the crossing" against "… won their fight to keep a crossing after
    the council reversed its decision to cut the post": the claim's decision is to do what the evidence's was not,
    and what the evidence says of something else (a deed it never writes may be the same one reworded: "a plan to
    turn the site into a park" for "to reopen it as a park")."""
    claim = ctx.card.claim
    if "to" not in claim:
        return None
    forms = claim_forms(ctx)
    # ("Brenlow council voted to keep the toilets open" against "has voted to close three of its seven public toilets
    # …, despite a petition … asking it to keep them open": the vote's deed is the petition's)
    for m in (*_MEANT.finditer(claim), *_SETTLED.finditer(claim)):
        if "VERB" not in forms_by_class(m.group("deed").lower()):
            continue
        aim, deed = lemmas(m.group("aim").lower()), lemmas(m.group("deed").lower())
        if particle := _PARTICLE_NEXT.match(claim, m.end("deed")):  # ("to switch off" may be "to cut")
            deed |= {f"{f} {particle['particle'].lower()}" for f in deed}
        pattern = _SETTLED if m.re is _SETTLED else _MEANT
        theirs = [o for text in ctx.texts for o in pattern.finditer(text) if lemmas(o.group("aim").lower()) & aim]
        told = any(lemmas(w.lower) & deed for w in ctx.evidence_words)
        # (each deed of the one settled on: "agreed to reopen a border crossing … and to exchange 40 prisoners")
        settled = [lemmas(o.group("deed").lower()) for o in theirs] + [
            lemmas(more.lower()) for o in theirs if pattern is _SETTLED for more in _more_deeds(o.string, o.end())
        ]
        if told and theirs and not any(_same_deed(other, deed) for other in settled):
            other = next((o for o in theirs if not lemmas(o.group("deed").lower()) & forms), None)
            if other is not None:
                return m.group(0), other.group(0)
    return None


def _same_deed(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b or paraphrase_groups(a) & paraphrase_groups(b))


def _slot(claim_words: list[Word], i: int, *, past_articles: bool = True) -> tuple[Word, Word] | None:
    """The content word and link before claim word `i` ("survey", "by" for "a survey by the council")."""
    j = i - 1
    while past_articles and j > 0 and claim_words[j].lower in ARTICLES:
        j -= 1
    if j >= 2 and claim_words[j - 1].lower in _PARTICLES and is_content(claim_words[j - 2].lower):
        return claim_words[j - 2], claim_words[j]  # ("paid for by the artist": the verb, past its particle)
    if j < 1 or not is_content(claim_words[j - 1].lower):
        return None
    return claim_words[j - 1], claim_words[j]


_PARTICLES = frozenset("for up off out down".split())


def _slots_of(text: str, head: Word, link: Word, figure: list[str] | None = None) -> Iterator[tuple[Word, Word]]:
    """Each place `text` writes `head` and `link`, with the word after them (past an article, or past `figure`, the
    words of a figure that must stand there)."""
    found = words(text)
    for j, shared in enumerate(found[:-2]):
        # (past the verb's particle: "paid for by the town council")
        n = j + 2 if found[j + 1].lower in _PARTICLES and j + 3 < len(found) else j + 1
        if found[n].lower == link.lower and lemmas(shared.lower) & lemmas(head.lower):
            if figure:
                after = n + 1 + len(figure)
                if [w.lower for w in found[n + 1 : after]] == figure and after < len(found):
                    yield shared, found[after]
                continue
            at = next((k for k in range(n + 1, min(n + 3, len(found))) if found[k].lower not in ARTICLES), None)
            if at is None:
                continue
            # Past a possessor: "bitten by a neighbour's dog" is bitten by a dog.
            # (and past a genus cut to its initial: "traces of E. coli" are traces of a germ, named by its second word)
            possessor = text[found[at].end : found[at].end + 2] in ("'s", "’s")
            # (and past a hyphened word that describes it: "deliveries of second-class letters" are of letters)
            described = "-" in found[at].lower and "NOUN" not in forms_by_class(found[at].lower)
            if (possessor or described or _GENUS_INITIAL.match(text, found[at].start)) and at + 1 < len(found):
                at += 1
            yield shared, found[at]


_GENUS_INITIAL = re.compile(r"\b[A-Z]\.\s+[a-z]{3,}\b")


def _after_genus_initial(text: str, word: Word) -> bool:
    """ "coli" in "E. coli": a species named after its genus's initial, a noun the dictionary need not know."""
    return bool(re.search(r"\b[A-Z]\.\s+$", text[max(0, word.start - 4) : word.start]))


# "his family's dog", "a neighbour's dog": whose a thing is, told by a common noun.
_OWNED = re.compile(r"\b(?P<owner>[a-z]{3,})['’]s?\s+(?:[a-z-]+\s+)?(?P<thing>[a-z]{3,})\b")
# "a cancer wing", "the maternity unit": what part of a hospital (or a body) is for.
_UNIT_KIND = re.compile(
    # ("a coal-fired plant": a kind written with what it burns or makes first)
    r"(?<![\w-])(?P<kind>[a-z]{2,}-[a-z]+|[a-z]{4,})(?:['’]s)?\s+(?P<unit>wing|ward|unit|clinic|department|centre|center|factory|plant|warehouse"
    r"|farm|school|mill|mine|transplant|eclipse|ministry|vaccines?|accounts?|honours|honors)\b"
)
# "breast cancer", "heart disease": a disease by where it strikes (read apart: "a cancer wing" is a unit).
_DISEASE_KIND = re.compile(r"\b(?P<kind>[a-z]{4,})\s+(?P<unit>cancer|disease)\b(?!\s+(?:wing|ward|unit|clinic|centre))")


def _owner_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "bitten by his family's dog" against "bitten by a neighbour's dog": the same thing, another owner, whom the
    evidence never writes."""
    claimed = list(_OWNED.finditer(ctx.card.claim))
    if not claimed:
        return None
    gone = {w.lower for w in missing}
    # (an owner the evidence writes, but never as anyone's owner: "its owner's garage" against "Its owner heard it
    # crying … in a neighbour's garage")
    owners = frozenset(f for text in ctx.texts for o in _OWNED.finditer(text) for f in lemmas(o.group("owner")))
    for m in claimed:
        if m.group("owner") not in gone and (lemmas(m.group("owner")) & owners or _plural_owner(ctx.card.claim, m)):
            continue  # (not ones of a kind: "the puffins' main food" is "the birds' main food")
        if paraphrase_groups(lemmas(m.group("owner"))) & paraphrase_groups(owners):
            continue  # (one the curated table says is the evidence's: "the nation's best" is "the country's best")
        if any(kinds_of(m.group("owner").lower()) & kinds_of(owner) for owner in owners):
            continue  # (the same one by another of its names: "her gran's garden" is "her grandmother's garden")
        thing = lemmas(m.group("thing"))
        for text in ctx.texts:
            for o in _OWNED.finditer(text):
                # ("the minister's finances were": the thing may be the word right after the owner's)
                first = _first_owned(text, o)
                if lemmas(o.group("owner")) & claim_forms(ctx):
                    continue
                if lemmas(first.lower) & thing:
                    return m.group(0), text[o.start() : o.end("owner") + first.end]
                if lemmas(o.group("thing")) & thing:
                    return m.group(0), o.group(0)
    return None


def _owned_thing_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "set fire to his ex-partner's house" against "set fire to his ex-partner's car": the same owner's thing, a noun
    the evidence never writes, where the evidence names another thing of theirs the claim never has."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for m in _OWNED.finditer(ctx.card.claim):
        owned = _first_owned(ctx.card.claim, m)
        thing = owned.lower
        if thing not in gone or not _is_noun_word(owned) or _ABSTRACT.search(thing):
            continue  # ("the council's decision" is its refusal in other words)
        owner = lemmas(m.group("owner"))
        if owner & _WHEN_OWNS:
            continue  # ("last year's race" against "last year's winner": when, not whose)
        for text in ctx.texts:
            for o in _OWNED.finditer(text):
                their_owned = _first_owned(text, o)
                theirs = their_owned.lower
                if (
                    lemmas(o.group("owner")) & owner
                    and _is_noun_word(their_owned)
                    and not lemmas(theirs) & forms
                    and not one_meaning(theirs, thing)
                    and not akin(theirs, thing)
                ):
                    return f"{m.group('owner')}'s {thing}", f"{o.group('owner')}'s {theirs}"
    return None


_WHEN_OWNS = frozenset("day week month year season century decade today yesterday tonight weekend".split())


def _first_owned(text: str, m: re.Match[str]) -> Word:
    """The word right after the owner's ("house" in "ex-partner's house has"), its offsets counted from the owner's
    end."""
    return next(w for w in words(text[m.end("owner") : m.end()]) if w.lower != "s")


def _plural_owner(text: str, m: re.Match[str]) -> bool:
    return (
        text[m.end("owner") : m.end("owner") + 1] in ("'", "’") and text[m.end("owner") + 1 : m.end("owner") + 2] != "s"
    )


_OWNERS = frozenset("owner owners family parents keeper keepers".split())


def _doer_made_owner(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "A farmer's dog, Bracken, was found" against "The spaniel, Bracken, was found by a farmer": the one who did
    something to the thing, told as the one whose it is, where the evidence never says it is theirs."""
    for m in _OWNED.finditer(ctx.card.claim):
        owner = m.group("owner").lower()
        if owner in _OWNERS or any(
            lemmas(o.group("owner")) & lemmas(owner) for text in ctx.texts for o in _OWNED.finditer(text)
        ):
            continue  # ("its owner's dog": found by its owner, it is still theirs)
        by = re.compile(
            rf"\b(?P<deed>[a-z]{{3,}})\s+by\s+(?:a|an|the|its|his|her|their)\s+{re.escape(owner)}s?\b", re.I
        )
        for text in ctx.texts:
            for found in by.finditer(text):
                deed = found.group("deed").lower()
                # (a deed done to the thing, not the thing itself: "claims by the opposition" are its claims)
                if inflected_from(deed, "VBN") and not lemmas(deed) & lemmas(m.group("thing")):
                    return m.group(0), found.group(0)
    return None


# "Gresham's libraries", "Gresham's public libraries": a thing and the name whose it is.
_NAME_OWNED = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][a-z]{2,})['’]s\s+(?P<first>[a-z-]{3,})(?:\s+(?P<second>[a-z]{3,}))?"
)


# ("its Alzheimer's drug", "a McDonald's restaurant": a kind of thing, not whose it is; "October's figure": when)
_KIND_BEFORE = re.compile(r"\b(?:its|his|her|their|our|the|a|an)\s+$", re.IGNORECASE)


def _owner_named(m: re.Match[str]) -> bool:
    owner = m.group("owner").lower()
    return owner not in MONTHS and owner not in WEEKDAYS and not _KIND_BEFORE.search(m.string, 0, m.start())


def _owned_things(m: re.Match[str]) -> frozenset[str]:
    """The nouns a name owns in `m` ("library" of "Gresham's public libraries will")."""
    found = [m.group("first")] + ([m.group("second")] if m.group("second") else [])
    return frozenset(f for w in found if "NOUN" in forms_by_class(w) and is_content(w) for f in lemmas(w))


def _named_owner_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Kelby's libraries will waive fines" against "Gresham's libraries will waive all overdue fines …, after a similar
    amnesty in Kelby": the same thing, owned by another name, which the claim never writes, where the evidence names
    the claim's as a place of something else ("in Kelby", "sent to Kelder") or as the owner of another thing
    ("Westbury's goal" against "Hale's goal … Westbury's manager"). (Only so: "Arbroath's desire to keep
    him" tells in other words the evidence's "Despite wishing to retain Paul's services, Arbroath chairman …".)"""
    mine = [m for m in _NAME_OWNED.finditer(ctx.card.claim) if _owner_named(m)]
    if not mine:
        return None
    claim_names = {canonical_name(w.text) for w in ctx.claim_words if w.capitalized}
    for m in mine:
        owner, thing = canonical_name(m.group("owner")), _owned_things(m)
        at_place = re.compile(rf"\b(?:in|to|at|from|near)\s+{re.escape(m.group('owner'))}\b(?!['’])")
        # (or as the owner of another thing: "Hale's goal came from a penalty. Westbury's manager said …")
        if not any(at_place.search(text) for text in ctx.texts) and not any(
            canonical_name(o.group("owner")) == owner and not _owned_things(o) & thing
            for text in ctx.texts
            for o in _NAME_OWNED.finditer(text)
            if _owner_named(o)
        ):
            continue
        theirs = [
            o for text in ctx.texts for o in _NAME_OWNED.finditer(text) if _owner_named(o) and _owned_things(o) & thing
        ]
        if not theirs or any(canonical_name(o.group("owner")) == owner for o in theirs):
            continue
        other = next((o for o in theirs if canonical_name(o.group("owner")) not in claim_names), None)
        if other is not None:
            return f"{m.group('owner')}'s", f"{other.group('owner')}'s"
    return None


def _unit_kind_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "a new maternity wing" against "a new cancer wing", "a chemical factory" against "a plastics factory": what the
    unit is for or makes, the evidence's another; so for a disease by where it strikes ("breast cancer", "bowel
    cancer")."""
    gone = {w.lower for w in missing}
    for pattern in (_UNIT_KIND, _DISEASE_KIND):
        if found := _kind_swapped(pattern, ctx, gone):
            return found
    return None


_CHARGE = dict(_SLOTS)["charge"]


def _charge_of_another_kind(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "arrested on suspicion of dangerous driving" against "… on suspicion of drink-driving": the same offence
    (its last word) of another kind, by a word before it that the evidence never writes, where the evidence's charge
    has one there the claim never has (a compound's halves read apart)."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _CHARGE.finditer(ctx.card.claim):
        mine = [w for w in _slot_words(ctx.card.claim, m.end())[:2] if is_content(w.lower)]
        if len(mine) != 2 or mine[0].start + m.end() not in gone or mine[1].start + m.end() in gone:
            continue
        if mine[0].lower.endswith("ing"):
            continue  # (a deed, which news words many ways: "breaking safety law" is "breaching" it)
        for text in ctx.texts:
            for o in _CHARGE.finditer(text):
                theirs = _slot_words(text, o.end())
                if not theirs:
                    continue
                parts = theirs[0].lower.split("-") if "-" in theirs[0].lower else [w.lower for w in theirs[:2]]
                if (
                    len(parts) == 2
                    and lemmas(parts[1]) & lemmas(mine[1].lower)
                    and not lemmas(parts[0]) & forms
                    and is_content(parts[0])
                    and not parts[0].endswith("ing")
                ):
                    end = theirs[0].end if "-" in theirs[0].lower else theirs[1].end
                    return ctx.card.claim[m.start() : m.end() + mine[1].end], text[o.start() : o.end() + end]
    return None


def _compound_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "a meat-eating dinosaur" against "a plant-eating dinosaur", "long-term" against "short-term": a compound the
    evidence never writes, where it writes another with the same second half and a first half the claim never has."""
    forms = claim_forms(ctx)
    for word in missing:
        first, _, rest = word.lower.partition("-")
        if not rest or not first.isalpha() or word.capitalized:
            continue
        for other in ctx.evidence_words:
            theirs, _, their_rest = other.lower.partition("-")
            if their_rest == rest and theirs != first and theirs.isalpha() and not lemmas(theirs) & forms:
                return word.text, other.text
    return _noun_before_swapped(ctx, missing, forms) or _head_after_swapped(ctx, missing, forms)


_DEED_THEN_THE = frozenset("the a an its their his her".split())


def _head_after_swapped(ctx: ClaimContext, missing: list[Word], forms: frozenset[str]) -> tuple[str, str] | None:
    """ "raised to repair the church organ" against "raised to repair the church roof": the same deed done to a thing
    after the same noun that says which ("church"), the claim's thing a noun the evidence never writes and the
    evidence's one the claim never writes."""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    for i in range(2, len(claim_words)):
        word, which = claim_words[i], claim_words[i - 1]
        if (
            word.start not in gone
            or which.start in gone
            or word.capitalized
            or not _only_a_noun(word)
            or not _naming_noun(which.lower, claim_words[i - 2].lower)
            or ctx.card.claim[which.end : word.start] != " "
            or (i + 1 < len(claim_words) and _is_noun_word(claim_words[i + 1]))  # (the head, not "organ fund")
        ):
            continue
        # (right after the deed and an article: "repair the church organ", not "air traffic management body")
        deed = claim_words[i - 3] if i >= 3 and claim_words[i - 2].lower in _DEED_THEN_THE else None
        if deed is None or "VERB" not in forms_by_class(deed.lower):
            continue
        for text in ctx.texts:
            found = words(text)
            for j in range(2, len(found)):
                other = found[j]
                if (
                    lemmas(found[j - 1].lower) & lemmas(which.lower)
                    and text[found[j - 1].end : other.start] == " "
                    and not other.capitalized
                    and _only_a_noun(other)
                    and not (j + 1 < len(found) and _is_noun_word(found[j + 1]))
                    and not lemmas(other.lower) & forms
                    and not one_meaning(other.lower, word.lower)
                    and not _akin(other, [word])
                    and j >= 3
                    and found[j - 2].lower in _DEED_THEN_THE
                    and lemmas(found[j - 3].lower) & lemmas(deed.lower)
                ):
                    return f"{which.text} {word.text}", f"{found[j - 1].text} {other.text}"
    return None


# Words after which a word is a noun: an article, a possessive or a preposition.
_NOUN_NEXT = ARTICLES | _WHOSE_OBJECT | frozenset("in on of for with from into against about over under by at".split())


def _naming_noun(lower: str, before: str = "") -> bool:
    """A noun that can say which of a thing is meant ("council tax"; the dictionary lists "council" as an adjective
    too), not one that ranks it or says only its kind ("key rate", "sector unions"). `before` is the word before it."""
    return (
        is_content(lower)
        and (_opens_on_a_noun(lower) or _trade_word(lower))
        # (a word that may be a verb may be the deed, "to view inside", "journey times" for "flight times", unless an
        # article or a preposition stands before it: "a rise in water rates")
        and ("VERB" not in forms_by_class(lower) or (before in _NOUN_NEXT and before != "to"))
        and lower not in _GENERIC
        and lower not in _RANKING
        and lower not in _POSTS
    )


def _trade_word(lower: str) -> bool:
    """ "fishing", "mining", "farming": the "-ing" form of a verb that is a noun too ("fish"), which names a trade or a
    kind of thing before a noun ("the fishing industry"), where the dictionary lists it as the verb only."""
    return lower.endswith("ing") and any(
        "NOUN" in forms_by_class(base) for base in forms_by_class(lower).get("VERB", ())
    )


def _noun_before_swapped(ctx: ClaimContext, missing: list[Word], forms: frozenset[str]) -> tuple[str, str] | None:
    """ "changes to council tax" against "changes to inheritance tax": a noun that says which of a thing the claim
    means, the evidence never writes, where it writes the same thing after another such noun the claim never has. (Only
    nouns that cannot describe: "a new tax" adds to "a tax", no swap.)"""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    for i, word in enumerate(claim_words[:-1]):
        head = claim_words[i + 1]
        if (
            word.start not in gone
            or word.capitalized
            or not _naming_noun(word.lower, claim_words[i - 1].lower if i else "")
            or head.start in gone
            or not _is_noun_word(head)
            or "ADJ" in forms_by_class(head.lower)  # ("over the phone due to": no thing of its kind)
            # (a head that may be the sentence's verb: "the fire spread over 600 hectares")
            or (
                "VERB" in forms_by_class(head.lower)
                and i + 2 < len(claim_words)
                and claim_words[i + 2].lower in _NOUN_NEXT
            )
            or lemmas(head.lower) & lexicon().reporting
            or "time" in lemmas(head.lower)  # ("journey times", "travel times": how long one is, worded many ways)
            or word.lower in _LENGTH_UNITS  # ("three decades helping" is "30 years helping": the length rules')
            or ctx.card.claim[word.end : head.start] != " "
            or _when_before_its_verb(word, head)
        ):
            continue
        for text in ctx.texts:
            found = words(text)
            for j in range(1, len(found)):
                other = found[j - 1]
                if (
                    lemmas(found[j].lower) & lemmas(head.lower)
                    and text[other.end : found[j].start] == " "
                    and not other.capitalized
                    and _naming_noun(other.lower, found[j - 2].lower if j >= 2 else "")
                    # ("gathering place", "meeting place": nouns of a deed, which news words many ways)
                    and not (_ABSTRACT.search(other.lower) and _ABSTRACT.search(word.lower))
                    and not lemmas(other.lower) & forms
                    and not one_meaning(other.lower, word.lower)
                    and not _akin(other, [word])
                ):
                    return f"{word.text} {head.text}", f"{other.text} {found[j].text}"
    return None


def _when_before_its_verb(word: Word, head: Word) -> bool:
    """ "a pint now costs": a word that is only ever a time or a noun ("now", "today", "once") before one that may be
    a verb tells when that is done, not which thing it is."""
    return set(forms_by_class(word.lower)) == {"ADV", "NOUN"} and "VERB" in forms_by_class(head.lower)


# "a government survey", "a police investigation": a finding's maker told by a noun before it; and "a survey by the
# National Association of Head Teachers", "a study carried out by researchers at …": its maker told after "by".
_MADE = r"survey|study|report|poll|review|inquiry|investigation|analysis|audit|census"
_MAKERS = frozenset(
    "government council police union university industry charity ministry watchdog regulator parliament committee".split()
)
_MAKER_BEFORE = re.compile(rf"\b(?P<who>[a-z]{{3,}})\s+(?P<what>(?:{_MADE})s?)\b")
_MAKER_AFTER = re.compile(
    rf"\b(?P<what>(?:{_MADE})s?)\s+(?:(?:carried\s+out|conducted|commissioned|published|done|led)\s+)?by\s+(?:the\s+)?"
    r"(?P<who>[\w'’-]+(?:\s+(?:of\s+)?(?!(?:found|finds|showed|shows|suggested|suggests|said|says|revealed|reveals)\b)"
    r"[\w'’-]+){0,5})",
    re.IGNORECASE,
)

# "The survey was carried out by the Welsh government": its maker told after the finding and "by".
_MAKER_TOLD = re.compile(
    rf"\b(?P<what>(?:{_MADE})s?)\s+(?:was|were)\s+(?:(?:carried\s+out|conducted|commissioned|published|done|led)\s+)?"
    r"by\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?P<who>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _maker_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "A government survey found …" against "according to a survey by the National Association of Head Teachers": the
    claim names a finding's maker the evidence never writes, where the evidence names another. ("A household survey"
    says whom it asked, not who made it: only the makers of `_MAKERS` are read.)"""
    return _filled_otherwise(ctx, missing, _MAKER_BEFORE, _MAKER_AFTER, _a_maker) or _filled_otherwise(
        ctx, missing, _MAKER_TOLD, _MAKER_AFTER, _a_maker
    )


def _a_maker(m: re.Match[str], _: re.Match[str]) -> bool:
    return m.group("who") in _MAKERS


def _filled_otherwise(
    ctx: ClaimContext,
    missing: list[Word],
    mine: re.Pattern[str],
    theirs: re.Pattern[str],
    may_be_other: Callable[[re.Match[str], re.Match[str]], bool],
) -> tuple[str, str] | None:
    """(the claim's words, the evidence's) where `mine` finds the claim putting in its "who" a word the evidence never
    writes, and `theirs` finds the evidence telling the same "what" of another one, which `may_be_other` lets stand."""
    gone = {w.start for w in missing}
    for m in mine.finditer(ctx.card.claim):
        if m.start("who") not in gone:
            continue
        what = lemmas(m.group("what").lower())
        for text in ctx.texts:
            for other in theirs.finditer(text):
                if lemmas(other.group("what").lower()) & what and may_be_other(m, other):
                    return m.group(0), other.group(0)
    return None


# "said staff were devastated": whom a saying tells of, and what it says they were.
_SAID_OF = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+|many\s+|all\s+)?"
    r"(?P<who>[a-z]{3,})\s+(?:were|was|are|is|had\s+been|have\s+been|felt|feel|remained|remain)\s+[\"“‘']?"
    r"(?!(?:the|and|not|very|too|also)\b)(?P<what>[a-z]{3,})",
    re.IGNORECASE,
)


def _said_of_another(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Mark Ellis said pupils were devastated" against "The head teacher, Mark Ellis, said staff were 'devastated'":
    the same thing said of others, whom the evidence never names. (Not of a pronoun: "said they had been cut off" is
    whom "they" means, which the pronoun rules read.)"""
    forms = claim_forms(ctx)

    def of_others(_: re.Match[str], other: re.Match[str]) -> bool:
        who = other.group("who").lower()
        return who not in _PRONOUNS_OF_PEOPLE and not lemmas(who) & forms

    return _filled_otherwise(ctx, missing, _SAID_OF, _SAID_OF, of_others)


# "Keepers said the mother had rejected the cub": who says it, whom the saying tells of (past a name set off after
# them, "the mother, Kirana,") and the deed it tells of them.
_SAID_DEED = re.compile(
    r"\b(?P<sayer>[a-z]{3,})\s+(?:said|says|say)\s+(?:that\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
    # (past a count of them: "said about 40 ships had been delayed")
    r"(?:(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?"
    rf"(?:\d[\d,]*|{SMALL_COUNT_WORDS})\s+)?"
    r"(?P<who>[a-z]{3,}|it|he|she|we)(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)?\s+"
    r"(?:(?P<aux>had|has|have|was|were|is|are|would|will)\s+(?:been\s+)?)?"
    # (an adverb in "-ly", not a verb: "would apply for a licence")
    r"(?:(?!(?:apply|reply|supply|rely|imply|comply|multiply|fly|rally|ally|bully)\b)[a-z]+ly\s+)?"
    r"(?!(?:not|never|also|already|still|now|just|being|been|the|a|an|to)\b)(?P<what>[a-z]{3,})",
    re.IGNORECASE,
)


_TOUCHING = frozenset("affect impact hit influence touch concern involve".split())
_WAS = re.compile(r"\s(?:was|were|is|are|been)\s", re.IGNORECASE)


_CAUSING = frozenset("cause create bring spread generate produce prompt trigger spark".split())
# Words after "was" that tell a state, not a deed: "was back", "were off", "is up".
_STATE_PARTICLES = frozenset("back up off out down over away".split())


def _said_done_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Keepers said the mother had rejected the cub" against "Keepers said the mother, Kirana, was caring for it
    well": the same ones saying of the same one another deed, the claim's in a word the evidence never writes and the
    evidence's in one the claim never writes."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _SAID_DEED.finditer(ctx.card.claim):
        mine = m.group("what").lower()
        # (a deed of one named; of "it" or "he", how they were: "said it was disappointed" against "said it was proud",
        # since what a pronoun was doing is as often worded otherwise, "was weighing" for "was considering")
        # (but what one said it would do is a deed: "said it would appeal" against "said it would consider its options")
        will = (m.group("aux") or "").lower() in ("would", "will")
        told = "ADJ" if m.group("who").lower() in _PRONOUNS_OF_PEOPLE and not will else "VERB"
        # (and what anything was, in a word that is no deed: "said his behaviour had been understandable" against
        # "had been despicable")
        if told == "VERB" and _WAS.search(m.group(0)) and set(forms_by_class(mine)) == {"ADJ"}:
            told = "ADJ"
        if _WAS.search(m.group(0)) and mine in _STATE_PARTICLES:
            continue  # ("said the system was back up": a state told by a particle, no deed of "back")
        if m.start("what") not in gone or told not in forms_by_class(mine):
            continue
        sayer, who = lemmas(m.group("sayer").lower()), lemmas(m.group("who").lower())
        for text in ctx.texts:
            for other in _SAID_DEED.finditer(text):
                theirs = other.group("what").lower()
                if (
                    lemmas(other.group("sayer").lower()) & sayer
                    and lemmas(other.group("who").lower()) & who
                    and (not will or (other.group("aux") or "").lower() in ("would", "will"))
                    and told in forms_by_class(theirs)
                    and not lemmas(theirs) & forms
                    and not one_meaning(theirs, mine)
                    # (or with the word after each: "had been sorted out" is "had been dealt with")
                    and not _phrases_alike(ctx.card.claim, m.end("what"), mine, text, other.end("what"), theirs)
                    # (a deed told in a word that says little of how: "would affect students" is "would hit" them)
                    and not (lemmas(theirs) | lemmas(mine)) & (LIGHT_VERBS | _TOUCHING)
                    # ("had caused fear" is "had spread fear": two words for bringing a thing about)
                    and not (lemmas(theirs) & _CAUSING and lemmas(mine) & _CAUSING)
                    # ("had mishandled the case" is "had handled the case badly")
                    and not (
                        mine.startswith("mis")
                        and lemmas(mine[3:]) & lemmas(theirs)
                        and DONE_WRONG_AFTER.match(text, other.end("what"))
                    )
                ):
                    return ctx.card.claim[m.start("who") : m.end()], text[other.start("who") : other.end()]
    return None


_NEXT_WORD = re.compile(r"\s+(?P<next>[a-z]+)")


def _phrases_alike(claim: str, at: int, mine: str, text: str, their_at: int, theirs: str) -> bool:
    """Whether a verb and the word after it, on each side, are of one of the lexicon's paraphrase groups (or one side's
    verb alone is): "sorted out" and "dealt with"."""
    mine_next, their_next = _NEXT_WORD.match(claim, at), _NEXT_WORD.match(text, their_at)
    mine_forms = {f"{f} {mine_next.group('next')}" for f in lemmas(mine)} if mine_next else set()
    their_forms = {f"{f} {their_next.group('next')}" for f in lemmas(theirs)} if their_next else set()
    return bool(
        paraphrase_groups(frozenset(mine_forms) | lemmas(mine))
        & paraphrase_groups(frozenset(their_forms) | lemmas(theirs))
    )


# "A farmer was gored" against "A man was … gored": a job the claim gives one the evidence names only as a person.
_OPENING_ONE = re.compile(r"^\W*(?:A|An|The)\s+(?P<job>[a-z]+)\s+(?:was|has|had|is|were|who|died)\b")
_SOMEONE = re.compile(
    r"\b(?:a|an|the)\s+(?:\d+-year-old\s+)?(?P<who>man|woman|boy|girl|person|teenager|pensioner|motorist|pedestrian"
    r"|walker|resident|patient)\b",
    re.IGNORECASE,
)


def _job_given(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """The claim opens on one named by a job the evidence never gives anyone, where the evidence names them only as
    a man, a woman or a walker."""
    m = _OPENING_ONE.match(ctx.card.claim)
    if m is None or m.start("job") not in {w.start for w in missing}:
        return None
    if not is_of_kind(m.group("job"), "job"):
        return None  # (the lexicon's jobs: "a teenager" is no job)
    if any(is_of_kind(w.lower, "job") for w in ctx.evidence_words):
        return None  # (the evidence gives someone a job: which is theirs is the people rules' to read)
    for text in ctx.texts:
        if found := _SOMEONE.search(text):
            return ctx.card.claim[m.start() : m.end("job")].strip(), found.group(0)
    return None


_PRONOUNS_OF_PEOPLE = frozenset("they she he we you it".split())
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def _reflexive_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "He was filming a passenger" against "while filming himself on his phone": the one a deed was done to, which
    the evidence says was the doer themselves."""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    for i, word in enumerate(claim_words):
        if word.start not in gone or not _is_noun_word(word):
            continue
        j = i - 1
        while j >= 0 and claim_words[j].lower in ARTICLES:
            j -= 1
        if j < 0 or "VERB" not in forms_by_class(claim_words[j].lower):
            continue
        verb = lemmas(claim_words[j].lower)
        for found in map(words, ctx.texts):
            for before, after in pairwise(found):
                if after.lower in _REFLEXIVE and lemmas(before.lower) & verb:
                    return ctx.card.claim[claim_words[j].start : word.end], f"{before.text} {after.text}"
    return None


_A_REFLEXIVE = re.compile(r"\b(?:him|her|them|it|my|our)sel(?:f|ves)\b", re.IGNORECASE)
_ONES_THING = frozenset("their his her its our the a an".split())


def _done_to_oneself(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Parents had skipped meals to feed themselves" against "… to feed their children": a deed the claim has its
    doer do to themselves, which the evidence has them do to another and never to themselves."""
    claim_words = ctx.claim_words
    for i, after in enumerate(claim_words):
        if after.lower not in _REFLEXIVE or i == 0:
            continue
        # ("to pay for themselves": past the verb's preposition)
        prep = claim_words[i - 1].lower if claim_words[i - 1].lower in _ONES_PREPOSITIONS else None
        before = claim_words[i - 2] if prep and i > 1 else claim_words[i - 1]
        if "VERB" not in forms_by_class(before.lower):
            continue
        verb = lemmas(before.lower)
        # (each use of the verb in the evidence, with where what it is done to stands: past the claim's preposition)
        uses = [
            (found, j, j + 2 if prep and j + 2 < len(found) and found[j + 1].lower == prep else j + 1)
            for found in map(words, ctx.texts)
            for j in range(len(found) - 1)
            if lemmas(found[j].lower) & verb
        ]
        if any(found[k].lower in _REFLEXIVE for found, _, k in uses):
            continue
        for found, j, k in uses:
            if found[k].lower in _ONES_THING and k + 1 < len(found) and _is_noun_word(found[k + 1]):
                return ctx.card.claim[
                    before.start : after.end
                ], f"{found[j].text} … {found[k].text} {found[k + 1].text}"
    return None


_ONES_PREPOSITIONS = frozenset("for to on at".split())


def _species_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "A golden eagle has been found poisoned" against "A rare white-tailed eagle has been found poisoned": an animal
    named by a word before it the evidence never writes, where the evidence has the same animal named by another
    (a kind of eagle, owl or squirrel is told by that word; "a rare eagle", "an injured owl" say only how it is)."""
    gone = {w.start for w in missing}
    claim_words = ctx.claim_words
    forms = claim_forms(ctx)
    for i, word in enumerate(claim_words[:-1]):
        animal = claim_words[i + 1]
        if word.start not in gone or _only_describes(word.lower) or not is_of_kind(animal.lower, "animal"):
            continue
        for found in map(words, ctx.texts):
            for before, other in pairwise(found):
                if (
                    lemmas(other.lower) & lemmas(animal.lower)
                    and is_content(before.lower)
                    and before.lower.replace("-", "").isalpha()
                    and not lemmas(before.lower) & forms
                    and not (before.capitalized and before.start > 0)
                    and not _only_describes(before.lower)
                ):
                    return f"{word.text} {animal.text}", f"{before.text} {other.text}"
    return None


# Words before an animal that say how it is, not which it is: "a rare eagle", "an injured owl".
_HOW_IT_IS = frozenset(
    "rare young old injured dead baby adult wild stray lost sick healthy female male pet large small big tiny giant "
    "missing endangered protected hungry orphaned abandoned escaped newborn pregnant elderly juvenile only last same other "
    "another new".split()
)


def _only_describes(lower: str) -> bool:
    """A word before an animal that says how it is, how many or which of them ("newborn", "first", "two-year-old")."""
    return (
        lower in _HOW_IT_IS
        or lower in ORDINAL_WORDS
        or lower in NUMBER_WORDS
        or lower.endswith("-old")
        or (lower.endswith(("ed", "ing")) and "-" not in lower)
    )


# Nouns of a deed or a state, which news words many ways ("gathering place", "meeting place").
_ABSTRACT = re.compile(r"(?:ing|tion|sion|ment|ance|ence|ity|ness|ery|ney|ure)$")
# Nouns that say a thing is of some kind without saying which: "private sector unions" may be "employee unions".
_GENERIC = frozenset("sector industry area field level type kind form sort class category".split())
# Posts named by what they are over: "the housing minister", "the health secretary".
_POSTS = frozenset("minister ministers secretary secretaries spokesman spokeswoman spokesperson correspondent".split())
# Words that rank a thing, not say which it is: "its key rate", "the main road".
_RANKING = frozenset("key main top chief major prime core headline benchmark".split())


def _told_as_verb(word: Word) -> bool:
    """ "needs", "affects": a verb's present or past that is no noun as written."""
    forms = forms_by_class(word.lower)
    return word.lower not in forms.get("NOUN", ()) and bool(
        inflected_from(word.lower, "VBZ") or inflected_from(word.lower, "VBD")
    )


def _verb_after_noun(before: Word, word: Word) -> bool:
    """ "deal needs": a word that may be a verb, after a noun that may be its subject."""
    return word.lower.endswith("s") and "VERB" in forms_by_class(word.lower) and _only_a_noun(before)


# Things whose kinds news names by abstract nouns: "an investment scam", "a romance fraud".
_KINDS_BY_ABSTRACT = frozenset({"scam", "fraud", "club"})  # ("a sailing club" against "a rowing club")


def _kind_word_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "a passenger train" against "the freight train", "a cancer drug" against "a migraine drug": a noun naming which
    kind of a thing, that the evidence never writes, before a noun the evidence writes with another noun naming its
    kind that the claim never has. (Not the thing itself told otherwise, "pay deal" for "pay offer": its head noun
    is as often a paraphrase, measured on `python -m bench.perturb`.)"""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for i, (kind, thing) in enumerate(pairwise(ctx.claim_words)):
        if kind.start not in gone or thing.start in gone or (kind.capitalized and i) or thing.capitalized:
            continue
        before = ctx.claim_words[i - 1] if i else None
        # (a word that may be a verb is a noun between an article and a noun: "A power failure")
        kind_noun = _only_a_noun(kind) or _after_an_article(before, kind)
        if ctx.card.claim[kind.end : thing.start] != " " or not (kind_noun and _is_noun_word(thing)):
            continue
        if (
            (_ABSTRACT.search(kind.lower) and not lemmas(thing.lower) & _KINDS_BY_ABSTRACT)
            or kind.lower in _GENERIC
            or lemmas(thing.lower) & lexicon().reporting
        ):
            continue  # "a selection process", "the implementation phase": a deed's noun, told in many words; "German
            # prosecutors say" is no kind of saying
        if (
            kind.lower in _RANKING
            or kind.lower in _LENGTH_UNITS  # ("three decades old" is "30 years old": the length rules judge it)
            or _told_as_verb(kind)
            or (before is not None and (before.lower in AUXILIARY | {"to"} or _verb_after_noun(before, kind)))
            or _when_before_its_verb(kind, thing)
        ):
            continue  # "the key rate" is the interest rate; "would affect students", "the deal needs approval"
        titled = thing.lower in _POSTS
        by_abstract = bool(lemmas(thing.lower) & _KINDS_BY_ABSTRACT)
        for text in ctx.texts:
            found = words(text)
            for j, (other, shared) in enumerate(pairwise(found)):
                if (
                    text[other.end : shared.start] != " "
                    or not lemmas(shared.lower) & lemmas(thing.lower)
                    or not is_content(other.lower)
                    or not other.lower.isalpha()
                    or (other.capitalized and other.start > 0)
                    or lemmas(other.lower) & forms
                    or _akin(other, [kind])
                    or other.lower.endswith(kind.lower)  # "the wildfire" is "the fire"
                    or paraphrase_groups(lemmas(other.lower)) & paraphrase_groups(lemmas(kind.lower))
                    # (a post named by what it is over may be a deed's noun: "the housing minister")
                    or (
                        not titled
                        and not by_abstract
                        and (
                            not (
                                _only_a_noun(other)
                                or (
                                    _after_an_article(found[j - 1] if j else None, other, describing=True)
                                    and _after_an_article(before, kind)
                                )
                            )
                            or _ABSTRACT.search(other.lower)
                        )
                    )
                    or other.lower in _GENERIC
                ):
                    continue
                return (ctx.card.claim[kind.start : thing.end], text[other.start : shared.end])
    return None


def _after_an_article(before: Word | None, word: Word, *, describing: bool = False) -> bool:
    """A word that may be a noun or a verb, right after "a", "an" or "the": a noun there. Not one that may describe
    ("a potential partnership"), unless `describing` allows it (not a count or a rank: "the first gorilla")."""
    forms = forms_by_class(word.lower)
    if before is None or before.lower not in ("a", "an", "the") or "NOUN" not in forms:
        return False
    if describing:
        return word.lower not in ORDINAL_WORDS and word.lower not in NUMBER_WORDS
    return "ADJ" not in forms


# "traffic was mostly to blame": what is blamed, told before it.
_TO_BLAME = re.compile(
    r"\b(?P<thing>[a-z][\w-]*)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?to\s+blame\b",
    re.IGNORECASE,
)


def _to_blame_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "factories were mostly to blame" against "traffic was mostly to blame": another thing blamed, which the
    evidence never names, where it blames one the claim never names."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for m in _TO_BLAME.finditer(ctx.card.claim):
        if m.group("thing").lower() not in gone:
            continue
        for text in ctx.texts:
            for o in _TO_BLAME.finditer(text):
                if not lemmas(o.group("thing").lower()) & forms:
                    return m.group(0), o.group(0)
    return None


# "14 residents", "2,000 nurses": a figure and what it counts (a word between it may describe: "14 more residents")
# (not a score's "6 - 0 win", an age group's "Under-21 team", a year's "2007 event", nor "one", which is as often "a")
_COUNTED = re.compile(
    rf"(?<![\w.,£$€-])(?<!-\s)(?P<n>(?!(?:19|20)\d\d\b)\d[\d,]*|{SMALL_COUNT_WORDS.replace('one|', '')})\s+"
    r"(?:(?:more|new|other|further|extra)\s+)?(?P<what>[a-z]{3,})\b",
    re.IGNORECASE,
)
# What counts anyone or anything: "14 people", "14 others" may be the evidence's "14 residents".
# (and those a study or a survey counts: "2,400 participants" are its "2,400 patients")
_ANY_COUNTED = frozenset(
    "people persons person others ones individuals adults men women cases participants volunteers subjects "
    "respondents victims".split()
)


def _counted_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "14 staff have tested positive" against "where 14 residents have tested positive": the claim's figure counts
    one kind of thing, the evidence's same figure another, and the evidence never names the claim's."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for m in _COUNTED.finditer(ctx.card.claim):
        what = m.group("what").lower()
        # ("for two weeks" against "for two weekends": a length of time against times of the week it spans)
        timed = bool(durations(f"2 {what}"))
        if what not in gone or what in _ANY_COUNTED or not (_counts_things(what) or timed):
            continue
        for text in ctx.texts:
            for o in _COUNTED.finditer(text):
                theirs = o.group("what").lower()
                if (
                    o.group("n").lower() == m.group("n").lower()
                    and theirs not in _ANY_COUNTED
                    and (theirs in _TIMES_OF_THE_WEEK if timed else _counts_things(theirs))
                    and not lemmas(theirs) & forms
                    and not one_meaning(theirs, what)
                ):
                    return m.group(0), o.group(0)
    return None


# Times that recur in a week, which no length of time is: "two weekends" is no "two weeks".
_TIMES_OF_THE_WEEK = frozenset("weekends weekdays evenings mornings afternoons".split())


def _counts_things(word: str) -> bool:
    """A plural noun of things or people, not a unit of time or measure ("14 days", "14 miles" are how long, how far)."""
    forms = forms_by_class(word)
    return (
        "NOUN" in forms
        and not word.endswith(("ed", "ing"))  # ("14 tested positive", "14 missing")
        and not durations(f"2 {word}")
        and word not in _MEASURES
    )


_MEASURES = frozenset("miles metres meters kilometres km feet inches tonnes tons litres points percent goals".split())


def _kind_swapped(pattern: re.Pattern[str], ctx: ClaimContext, gone: set[str]) -> tuple[str, str] | None:
    for m in pattern.finditer(ctx.card.claim):
        # (a kind, not a state: "an empty warehouse" is the "disused warehouse")
        if m.group("kind") not in gone or "NOUN" not in forms_by_class(m.group("kind").split("-")[0]):
            continue
        for text in ctx.texts:
            for o in pattern.finditer(text):
                if lemmas(o.group("unit")) & lemmas(m.group("unit")) and not lemmas(o.group("kind")) & claim_forms(ctx):
                    return m.group(0), o.group(0)
    return None


# Words that say how often something is counted, one for another: "annual profit" is not "quarterly profit".
# (Other words set before a noun are not compared: news swaps "journey times" for "flight times", "grocery chain"
# for "food chain" as often as a summary gets one wrong — measured on `python -m bench --only trust`.)
_PERIODIC = frozenset(
    """annual yearly quarterly monthly weekly daily hourly half-yearly full-year half-year first-half second-half
    first-quarter second-quarter third-quarter fourth-quarter""".split()
)
# One period under other words: "annual revenue" is "full-year revenue".
_PERIOD_OF = {"yearly": "annual", "full-year": "annual", "half-yearly": "half-year"}


def _period(word: str) -> str:
    return _PERIOD_OF.get(word, word)


def _period_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "a 12% rise in annual profit" against "a 12% rise in quarterly profit": the claim counts over another
    period than the evidence, before the same noun (though the evidence may use the claim's word for something
    else: "full-year profit" against "first-half profit … cut its full-year forecast")."""
    claim_words = ctx.claim_words
    pairs = [list(pairwise(words(t))) for t in ctx.texts]
    for word, head in pairwise(claim_words):
        if word.lower not in _PERIODIC:
            continue
        heads = lemmas(head.lower)
        mine = _period(word.lower)
        if any(_period(b.lower) == mine and lemmas(o.lower) & heads for found in pairs for b, o in found):
            continue  # the evidence counts the same over the claim's period too
        for found in pairs:
            for before, other in found:
                if before.lower in _PERIODIC and _period(before.lower) != mine and lemmas(other.lower) & heads:
                    return (f"{word.text} {head.text}", f"{before.text} {other.text}")
    return _period_phrase_swapped(ctx) or _first_span_swapped(ctx) or _how_often_swapped(ctx)


# "every evening", "each weekend", "every Monday": how often a thing is done. Words of one time of day or week are one
# ("each night" is "every evening"); any other is another.
_EVERY_TIME = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?P<when>day|night|evening|morning|afternoon|week|weekend|weekday|month|year"
    r"|season|summer|winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_TIME_OF = {"night": "evening"}
# Kinds of those words whose swaps within the kind other rules read: lengths of time (FC301), times of day (FC205) and
# days of the week (FC302). This reads the rest: "every weekend" against "every evening".
_KIND_OF_TIME = {
    **dict.fromkeys(("day", "week", "month", "year"), "length"),
    **dict.fromkeys(("morning", "afternoon", "evening"), "time of day"),
    **dict.fromkeys(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), "weekday"),
}


def _how_often_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "practised for two hours every weekend" against "practised for two hours every evening": how often the claim
    says a thing is done, where the evidence says another and never the claim's."""
    mine = list(_EVERY_TIME.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [m for text in ctx.texts for m in _EVERY_TIME.finditer(text)]

    def when(m: re.Match[str]) -> str:
        return _TIME_OF.get(m.group("when").lower(), m.group("when").lower())

    for m in mine:
        if theirs and not any(when(o) == when(m) for o in theirs):
            kind = _KIND_OF_TIME.get(when(m))
            if kind is None or any(_KIND_OF_TIME.get(when(o)) != kind for o in theirs):
                return m.group(0), theirs[0].group(0)
    return None


# "in its first three months", "in the first year": the span from a thing's start.
_FIRST_SPAN = re.compile(
    r"\b(?:its|their|the|his|her)\s+first\s+(?:(?P<count>[\w-]+)\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def _first_span_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "used 40,000 times in its first year" against "… in its first three months": the span from the start the claim
    counts over, where the evidence gives another and never the claim's."""
    mine = list(_FIRST_SPAN.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [m for text in ctx.texts for m in _FIRST_SPAN.finditer(text)]

    def span(m: re.Match[str]) -> tuple[str, str]:
        return ((m.group("count") or "one").lower(), m.group("unit").lower().removesuffix("s"))

    for m in mine:
        if theirs and not any(span(o) == span(m) for o in theirs):
            return m.group(0), theirs[0].group(0)
    return None


# "during lockdown", "after the match": when something happened, told against an event.
# (an event, not a clause's subject: "after Storm Elin brought gusts", "after the storm hit" tell what it did)
_WHEN = re.compile(
    r"\b(?P<when>(?i:during|after|before))\s+(?:(?i:the|a|an|its|his|her|their)\s+)?(?P<what>[a-z][\w-]+)\b"
    r"(?!\s+(?:[a-z]+ed|has|have|had|was|were|is|are|hit|struck|began|broke|came|took|left|made|went|swept)\b)"
)


def _when_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "photographed at a party after lockdown" against "photographed at a party during lockdown": the claim puts a
    thing before, during or after an event the evidence names with another of the three, and never with the claim's.
    ("fell before he died" is "died after he fell": only an event named by a content word.)"""
    return _told_otherwise(
        ctx, _WHEN, lambda m: m.group("when").lower() if is_content(m.group("what").lower()) else None
    )


# "arrested at the scene" against "arrested later that week": one caught there and then, or after.
_CAUGHT_WHEN = re.compile(
    r"\b(?P<what>arrested|detained|held|caught|apprehended)\s+(?P<when>at\s+the\s+scene|on\s+the\s+spot"
    r"|later(?:\s+that\s+(?:day|week|night|month))?|the\s+(?:next|following)\s+(?:day|morning|week)"
    r"|(?:a\s+few|two|three|several|some)\s+(?:days|weeks|hours)\s+later|afterwards|days\s+later)\b",
    re.IGNORECASE,
)


def _when_caught_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Two men were arrested later that week" against "Two men were arrested at the scene": one caught there and
    then, told as caught after, or the other way round."""
    return _told_otherwise(
        ctx,
        _CAUGHT_WHEN,
        lambda m: "there" if m.group("when").lower().startswith(("at", "on")) else "after",
    )


def _told_otherwise(
    ctx: ClaimContext, pattern: re.Pattern[str], value: Callable[[re.Match[str]], object], link: str | None = None
) -> tuple[str, str] | None:
    """A claim phrase of `pattern` about an event (its group "what") whose `value` the evidence never gives, where it
    tells the same event (and the same `link` group, if one is named) with other values: the two phrases."""
    for m in pattern.finditer(ctx.card.claim):
        if (mine := value(m)) is None:
            continue
        what = lemmas(m.group("what").lower())
        told = [
            (theirs, o.group(0))
            for text in ctx.texts
            for o in pattern.finditer(text)
            if lemmas(o.group("what").lower()) & what
            and (link is None or o.group(link).lower() == m.group(link).lower())
            and (theirs := value(o)) is not None
        ]
        if told and all(theirs != mine for theirs, _ in told):
            return m.group(0), told[0][1]
    return None


# "stand down immediately" against "stand down at the next election": a deed done now, or later; past one done
# to ("can see her now" against "will be able to see her from next week").
_NOW_OR_LATER = re.compile(
    r"\b(?P<what>[a-z]+)(?:\s+(?:down|up|off|out|away|back))?(?:\s+(?:her|him|them|it|us))?(?:\s+from)?"
    r"\s+(?P<when>now|immediately|with\s+immediate\s+effect"
    r"|at\s+once|straight\s+away|at\s+the\s+next\s+[a-z]+|next\s+(?:week|month|year|season|spring|summer|autumn"
    r"|winter)|later\s+this\s+[a-z]+|at\s+the\s+end\s+of\s+(?:the\s+|this\s+)?[a-z]+)\b",
    re.IGNORECASE,
)
_AT_ONCE = frozenset({"now", "immediately", "with immediate effect", "at once", "straight away"})


def _now_for_later(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "He would stand down immediately" against "he would stand down at the next election": a deed the claim has
    done at once where the evidence has it done later, or the other way round."""
    return _told_otherwise(ctx, _NOW_OR_LATER, lambda m: " ".join(m.group("when").lower().split()) in _AT_ONCE)


# "heating bills have tripled": a thing, and how it moved, with no object.
_MOVED_THING = re.compile(
    r"\b(?P<what>[a-z][\w-]*)\s+(?:(?:had|has|have|had\s+now|have\s+now|has\s+now)\s+)?(?P<move>doubled|tripled"
    r"|trebled|quadrupled|halved|soared|surged|rocketed|jumped|plunged|plummeted|slumped|risen|fallen)\b"
    # (not a state one fell into: "12 pupils have fallen ill")
    r"(?!\s+(?:ill|sick|asleep|silent|short|behind|foul|apart|pregnant|victim|prey|over|out|through)\b)"
)
# Words for anyone at all: "12 people" may be the evidence's "12 pupils".
_ANY_ONES = frozenset("people persons others ones adults individuals figures numbers".split())


def _mover_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Ann Price said staff costs had tripled" against "… when the heating bills have tripled": what moved, a noun
    the evidence never writes, where the evidence has another thing move the same way, and the claim never names
    it."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _MOVED_THING.finditer(ctx.card.claim):
        head = next((w for w in ctx.claim_words if w.start == m.start("what")), None)
        if head is None or head.start not in gone or not _is_noun_word(head) or head.lower in _ANY_ONES:
            continue
        move = lemmas(m.group("move"))
        for text in ctx.texts:
            for o in _MOVED_THING.finditer(text):
                other = next(w for w in words(text) if w.start == o.start("what"))
                if (
                    lemmas(o.group("move")) & move
                    and _is_noun_word(other)
                    and not lemmas(other.lower) & forms
                    and not _akin(other, [head])
                ):
                    return m.group(0), o.group(0)
    return None


# "nappies, clothes and cots": three or more things listed, each of one or two words.
_ITEM = r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
_LISTED = re.compile(rf"\b{_ITEM}(?:\s*,\s*{_ITEM})+\s*,?\s+(?:and|or)\s+{_ITEM}\b")
# "a café and a small shop": two things, each after an article.
_PAIRED = re.compile(rf"\b(?:an?|the|some)\s+{_ITEM}\s+(?:and|or)\s+(?:an?|the|some)\s+{_ITEM}\b")
_ARTICLE_OPENING = re.compile(r"^(?:an?|the|some)\s+")
# "uses sand and charcoal", "made of oak and glass": two things with no article, after what says what a thing is
# made of, holds or uses (elsewhere two bare words joined by "and" are as often two deeds: "fined and banned").
_BARE_PAIRED = re.compile(
    r"\b(?P<lead>uses|used|using|use|made\s+(?:of|from|with)|contains|contained|containing|includes|included|including"
    r"|mixed\s+with|filled\s+with)\s+(?P<pair>[a-z][\w-]*\s+and\s+[a-z][\w-]*)\b",
    re.IGNORECASE,
)


def _items(m: re.Match[str]) -> list[str]:
    return [i.strip() for i in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(0)) if i.strip()]


def _one_item_differs(mine: list[str], theirs: list[str]) -> tuple[str, str] | None:
    """The one item of two lists of as many items that differs by its last word, with the other list's in its place;
    None where the lists differ in length or in more or fewer than one item."""
    if len(mine) != len(theirs):
        return None
    differ = [
        (a, b)
        for a, b in zip(mine, theirs, strict=True)
        if not lemmas(a.split()[-1].lower()) & lemmas(b.split()[-1].lower())
    ]
    return differ[0] if len(differ) == 1 else None


def _item_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "give out nappies, formula milk and cots" against "give out nappies, clothes and cots": one thing of a list put
    in another's place, every other the same (by its last word), the claim's never written in the evidence."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for m in _LISTED.finditer(ctx.card.claim):
        mine = _items(m)
        for text in ctx.texts:
            for o in _LISTED.finditer(text):
                if (differ := _one_item_differs(mine, _items(o))) is None:
                    continue
                a, b = differ
                if all(w.lower() in gone for w in a.split() if is_content(w.lower())) and not any(
                    lemmas(w.lower()) & forms for w in b.split()
                ):
                    return a, b
    return None


# "classic literature and military history": two things joined, each in a word or two.
_TWO_LISTED = re.compile(rf"\b{_ITEM}\s+(?:and|or)\s+{_ITEM}\b")


def _item_added(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "his interests in medieval history, military history, and classic literature" against "his interest in classic
    literature and military history": a list with one thing more than the evidence's, every other of it there (by
    its last word, in any order), the one added with a word the evidence never writes."""
    gone = {w.lower for w in missing}
    for m in _LISTED.finditer(ctx.card.claim):
        mine = [_ARTICLE_OPENING.sub("", item) for item in _items(m)]
        for text in ctx.texts:
            for o in (*_LISTED.finditer(text), *_TWO_LISTED.finditer(text)):
                theirs = [_ARTICLE_OPENING.sub("", item) for item in _items(o)]
                if len(mine) != len(theirs) + 1:
                    continue
                left = list(mine)
                for item in theirs:
                    last = lemmas(item.split()[-1].lower())
                    # (the one of most words alike: "military history" is not "medieval history")
                    alike = [a for a in left if lemmas(a.split()[-1].lower()) & last]
                    if not alike:
                        break
                    left.remove(max(alike, key=lambda a: len(set(a.lower().split()) & set(item.lower().split()))))
                else:
                    added = [w for w in left[0].split() if is_content(w.lower())]
                    if any(w.lower() in gone for w in added):  # ("medieval history": a history the evidence never has)
                        return left[0], o.group(0)
    return None


def _pair_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "with a café and a post office" against "with a café and a small shop": the same, for a pair of things, the
    claim's one by a last word the evidence never writes."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for m in _PAIRED.finditer(ctx.card.claim):
        mine = [_ARTICLE_OPENING.sub("", item) for item in _items(m)]
        if len(mine) != 2:
            continue
        for text in ctx.texts:
            for o in _PAIRED.finditer(text):
                differ = _one_item_differs(mine, [_ARTICLE_OPENING.sub("", item) for item in _items(o)])
                if differ is None:
                    continue
                a, b = differ
                if a.split()[-1].lower() in gone and not any(lemmas(w.lower()) & forms for w in b.split()):
                    return a, b
    for m in _BARE_PAIRED.finditer(ctx.card.claim):
        lead = lemmas(m.group("lead").split()[0].lower())
        for text in ctx.texts:
            for o in _BARE_PAIRED.finditer(text):
                if not lemmas(o.group("lead").split()[0].lower()) & lead:
                    continue
                differ = _one_item_differs(m.group("pair").split(" and "), o.group("pair").split(" and "))
                if differ and differ[0].lower() in gone and not lemmas(differ[1].lower()) & forms:
                    return differ
    return None


# "warned three times", "arrested twice", "stopped on four occasions": how often a deed was done (not "three times
# the limit", "three times faster": how much).
_HOW_OFTEN = re.compile(
    r"\b(?P<what>[a-z]+(?:ed|en))\s+(?:(?:by|in)\s+[a-z]+\s+)?(?P<n>once|twice|thrice|(?P<k>[a-z]+|\d+)\s+times"
    r"|on\s+(?P<j>[a-z]+|\d+)\s+(?:occasions|separate\s+occasions))\b"
    r"(?!\s+(?:the|as|more|less|fewer|faster|slower|higher|lower|larger|bigger|smaller|greater|over|that|what)\b)",
    re.IGNORECASE,
)
_ONCE_TWICE = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _how_often(m: re.Match[str]) -> float | None:
    count = m.group("k") or m.group("j")
    return count_value(count) if count else _ONCE_TWICE.get(m.group("n").lower())


def _times_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The care home had been warned once by inspectors" against "had been warned three times by inspectors": the
    same deed done another number of times."""
    return _told_otherwise(ctx, _HOW_OFTEN, _how_often)


# "the day before she died", "two weeks after the crash": how long before or after an event.
_SPAN_BEFORE = re.compile(
    r"\b(?P<n>the|a|an|\d+|[a-z]+)\s+(?P<unit>hour|day|night|week|month|year)s?\s+(?P<rel>before|after|earlier|later)"
    r"\s+(?:(?:he|she|they|it|the|his|her|their|its)\s+)?(?P<what>[a-z]+)\b",
    re.IGNORECASE,
)


def _span_of(m: re.Match[str]) -> tuple[float, str] | None:
    n = m.group("n").lower()
    value = 1.0 if n in ("the", "a", "an") else count_value(n)
    return None if value is None else (value, m.group("unit").lower())


def _span_before_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "complained of chest pains a week before she died" against "the day before she died": another span before or
    after the same event, where the evidence never gives the claim's."""
    return _told_otherwise(ctx, _SPAN_BEFORE, _span_of, link="rel")


# "for the full year" against "for the first half of the year": the period said after what is counted.
_PERIOD_PHRASE = re.compile(
    r"\b(?:for|in|over|during)\s+the\s+(?P<p>full\s+year|whole\s+year|(?:first|second)\s+half|(?:first|second|third"
    r"|fourth|final|last)\s+quarter|(?:first|last)\s+(?:three|six|nine)\s+months"
    # ("in the year to September" against "in the six months to September": how long, to the same end)
    r"|(?:year|(?:twelve|three|six|nine|12|3|6|9)\s+months)\s+(?:to|ending)(?=\s+[A-Z]))\b",
    re.IGNORECASE,
)
_PHRASE_PERIOD = {"full year": "annual", "whole year": "annual", "first six months": "first-half",
                  "last six months": "second-half", "first half": "first-half", "second half": "second-half",
                  "final quarter": "fourth-quarter", "last quarter": "fourth-quarter",
                  "first three months": "first-quarter", "last three months": "fourth-quarter"}  # fmt: skip


_MONTHS_TO = {"year": "12", "twelve": "12", "three": "3", "six": "6", "nine": "9"}


def _phrase_period(said: str) -> str:
    plain = " ".join(said.lower().split())
    if plain.endswith((" to", " ending")):
        length = plain.split()[0]
        return f"{_MONTHS_TO.get(length, length)}-months-to"
    return _PHRASE_PERIOD.get(plain, plain.replace(" ", "-"))


def _periods(text: str) -> dict[str, str]:
    """Each period `text` counts over, in a phrase or a word before a noun, with its words."""
    found = {_phrase_period(m.group("p")): m.group(0) for m in _PERIOD_PHRASE.finditer(text)}
    for w in words(text):
        if w.lower in _PERIODIC:
            found.setdefault(_period(w.lower), w.text)
    return found


def _period_phrase_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "a profit of £1.2bn for the full year" against "a profit of £1.2bn for the first half of the year": the
    claim's period is one the evidence never counts over, and the evidence counts over another ("half-year" is
    either half)."""
    # (or in a word before a noun, against the evidence's phrase: "a full-year pre-tax profit" against "a pre-tax
    # profit of £4.1bn for the first half")
    said = _periods(ctx.card.claim)
    if not said:
        return None
    theirs = {k: v for text in ctx.texts for k, v in _periods(text).items()}
    halves = {"first-half", "second-half", "half-year"}
    quarters = {"first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "quarterly"}
    for mine, words_said in said.items():
        if mine in theirs or (mine in halves and theirs.keys() & halves) or not theirs:
            continue
        if mine == "quarterly" and theirs.keys() & quarters:
            continue  # ("a quarterly loss" against "a loss for the last quarter": a quarter's, whichever)
        return words_said, next(iter(theirs.values()))
    return None


# Who did a deed, written as a common noun: "A judge", "Police", "the regulator", "A jury at Norbridge Crown Court".
_DOER_BEFORE = re.compile(
    # ("warned schools would have to pay": a saying's clause opens on its doer)
    r"(?:^|[,;:.!?]\s+|\b(?:and|but|after|when|as|that|while|because|unless|although|though|said|says|warned|warns"
    r"|insisted|argued)\s+)"
    r"(?:(?i:the|a|an|its|their|his|her)\s+)?"
    # ("Council workers planted …": a word that opens the text, capitalized only for that, describes the head)
    r"(?:^(?P<opener>[A-Z][a-z]+)\s+(?=[a-z]))??"
    # ("An NHS trust has apologised": an initialism describes the head too)
    r"(?:[a-z][\w'’-]*\s+|[A-Z][a-z]+\s+(?=[A-Z][a-z]+\s+(?:has|have|had|was|were|is|will)\b)|[A-Z]{2,4}\s+(?=[a-z])){0,2}?"
    r"(?P<head>[A-Za-z][\w'’-]+)"
    r"(?:\s+(?:at|of|in|for|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    # ("Parents at a primary school have raised": where the doer is from, by a common noun; not "of", "the rest of
    # the band formed")
    r"|\s+(?:at|from)\s+(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)?"
    # ("schools would have to pay for it": the doer past a modal, and past "not": "the roads could not cope")
    # (an adverb in "-ly", not a noun: "The man's family has apologised")
    r"(?:\s+(?:has|have|had|was|were|is|are|also|then|again|still|now|later|(?!(?:family|rally|assembly|supply|ally)\b)\w+ly"
    r"|will|would|must|could|can|should|(?:has|have|had)\s+to|no\s+longer|not|never))*\s+$"
)


_RELATIVE_PRONOUNS = frozenset({"which", "who"})
# "The chief executive of a water company has turned down": a post, then what it is of, does the deed.
_POST_OF_DOER = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|after|when|as|that|while|because|unless|although|though)\s+)"
    r"(?:(?i:the|a|an|its|their|his|her)\s+)?(?P<opener>\b\B)?(?:[a-z][\w'’-]*\s+)?(?P<head>[A-Za-z][\w'’-]+)"
    r"\s+of\s+(?:(?i:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s+(?:has|have|had|was|were|is|are|also|then|again|still|now|will|would|not|never))*\s+$"
)


def _doer_before(text: str, end: int | None = None, *, opener: bool = False) -> re.Match[str] | None:
    """`_DOER_BEFORE` read up to `end`. With `opener`, an opening capitalized word is taken for a noun right before
    the head ("Council workers planted"; not "Heavy rain closed", "One woman died", "Firefighters spent six days");
    the evidence's doer is read without it ("Fire crews fought" may be the claim's "Firefighters")."""
    stop = len(text) if end is None else end
    m = _DOER_BEFORE.search(text, 0, stop)
    if m is None and (post := _POST_OF_DOER.search(text, 0, stop)):
        head = post.group("head").lower()
        m = post if is_post(head) or head in ROLE_WORDS else None
    if (
        m
        and m.group("opener")
        and (
            not opener
            or not (_opens_on_a_noun(m.group("opener").lower()) or _describes(m.group("opener").lower()))
            or m.start("head") > m.end("opener") + 1
        )
    ):
        # (the text's opening word read as a noun's describer may be a doer of its own, past whom a saying's clause
        # opens on the one wanted: "Ministers said free entry had helped")
        later = _DOER_BEFORE.search(text, m.end("opener"), stop)
        return later if later is not None and not later.group("opener") else None
    return m


# Words that open a claim and say how many, not what the head is like: "Many residents", "Some staff".
_HOW_MANY_OPENERS = frozenset("many some most few several other both all each every another no any more fewer".split())


def _describes(lower: str) -> bool:
    """A word that opens a claim capitalized and says only what the head is like: "Heavy rain", "Strong winds"."""
    classes = forms_by_class(lower)
    return "ADJ" in classes and lower not in _HOW_MANY_OPENERS and lower not in NUMBER_WORDS


def _opens_on_a_noun(lower: str) -> bool:
    """A word that opens a claim capitalized and names what the next is of: "Council workers", "Park staff"
    (the dictionary lists "council" as an adjective too), not "Heavy rain" or "One woman"."""
    classes = forms_by_class(lower)
    return "NOUN" in classes and ("ADJ" not in classes or lower in ORGANISATION_WORDS) and lower not in NUMBER_WORDS


def _a_noun_before_its_verb(word: Word, following: Word) -> bool:
    """A word that may be a noun, right before one in the past tense: the doer of that deed, not a deed."""
    return "NOUN" in forms_by_class(word.lower) and inflected_from(following.lower, "VBD")


def _a_doers_deed(verb: Word, claim: str, gone: dict[int, Word]) -> bool:
    """Whether the claim word `verb` tells a deed someone does, in words its evidence has: a verb, no saying or mere
    being, not written as done to its subject ("the quake was felt": no doer; "is investigating" has one)."""
    return (
        "VERB" in forms_by_class(verb.lower)
        and not lemmas(verb.lower) & (lexicon().reporting | _NO_DEED)
        and verb.lower not in AUXILIARY
        and verb.start not in gone
        and not (BE_BEFORE.search(claim, 0, verb.start) and not verb.lower.endswith("ing"))
    )


def _doer_in_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "A judge cleared Helen Marsh" against "A jury at Norbridge Crown Court cleared nurse Helen Marsh": the
    claim's doer, a common noun the evidence never writes, where the evidence has another common noun do the
    same deed to the same thing. (A named doer is the role rules' to judge; "the striker scored" against "Smith
    scored" may be one person.)"""
    gone = {w.start: w for w in missing}
    claim = ctx.card.claim
    claim_words = ctx.claim_words
    forms = claim_forms(ctx)
    for i, verb in enumerate(claim_words):
        if not _a_doers_deed(verb, claim, gone):
            continue
        if i + 1 < len(claim_words) and _a_noun_before_its_verb(verb, claim_words[i + 1]):
            continue  # ("A public appeal raised £900,000": the appeal did the deed)
        verb_forms = lemmas(verb.lower)
        m = _doer_before(claim, verb.start, opener=True)
        head = (
            (
                gone.get(m.start("head"))
                or _only_after_a_preposition(claim_words, m.start("head"), ctx)
                or _doer_only_by_kin(claim_words, m.start("head"), ctx)
                or _only_describing(claim_words, m.start("head"), ctx)
                or _only_as_a_sayer(claim_words, m.start("head"), ctx)
                or _only_as_an_owner(claim_words, m.start("head"), ctx)
                or _only_doing_another_deed(claim_words, m.start("head"), ctx, verb_forms)
            )
            if m
            else None
        )
        # (a name too, where the evidence writes it only past "against", "to", "for" or "at": "Dartford banned the
        # supporter" against "A football club in Kent has banned a supporter … during Saturday's match against
        # Dartford"; with the deed a verb in the past or only ever a verb, since "The Tarnmouth plant will close" is
        # a plant)
        # (or as one who only says something: "The RSPCA found a python" against "A dog walker found a … python …
        # The RSPCA said the snake had probably escaped")
        named = (
            head is not None
            and head.capitalized
            and (bool(inflected_from(verb.lower, "VBD")) or "NOUN" not in forms_by_class(verb.lower))
            and (
                head is _only_after_a_preposition(claim_words, head.start, ctx)
                or head is _only_as_a_sayer(claim_words, head.start, ctx)
            )
        )
        if head is None or not (named or _is_noun_word(head) or _unknown_doer(head, verb)):
            continue
        if head.capitalized and head.start > 0 and not named:
            continue
        thing = _thing_after(claim_words[i + 1 : i + 9], claim)
        # (or none, where the deed ends the claim: "The man's family has apologised")
        alone = (
            not thing
            and _ENDS_HERE.match(claim, verb.end) is not None
            and (_acts(verb, claim) or _after_modal(verb, claim))
            and not lemmas(verb.lower) & _TOLD  # ("a court has heard" is what "the jury heard" tells)
        )
        # (or one told by the same pronoun on both sides: "A helicopter picked them up" against "A passing boat picked
        # them up")
        pronoun = (
            claim_words[i + 1].lower
            if not thing and i + 1 < len(claim_words) and claim_words[i + 1].lower in _OBJECT_PRONOUNS
            else None
        )
        if not thing and not alone and not pronoun:
            continue
        # (a pronoun the claim does it to, for a thing it names before: "The horse's owner rescued it" against
        # "Firefighters rescued a horse")
        referents = (
            {f for w in claim_words[:i] if w is not head and is_content(w.lower) for f in lemmas(w.lower)}
            if i + 1 < len(claim_words) and claim_words[i + 1].lower in _OBJECT_PRONOUNS
            else set()
        )
        for k, text in enumerate(ctx.texts):
            found = words(text)
            for j, other in enumerate(found):
                if not lemmas(other.lower) & verb_forms:
                    continue
                theirs = _doer_before(text, other.start)
                if theirs is None:
                    # (past what the doer was doing: "Archaeologists digging at a building site … have uncovered"; or
                    # the doer of what it was done for: "residents raised £250,000 to buy it")
                    doer = _doer_past_a_participle(text, found, other) or _doer_of_the_means(text, found, other)
                else:
                    doer = next((w for w in found if w.start == theirs.start("head")), None)
                if post := _post_set_off_before(text, found, other):
                    doer = post  # ("The council leader, Anne Price, resigned": the leader did it)
                if doer is None:
                    continue
                if (at := found.index(doer)) and _akin(head, [found[at - 1]]):
                    continue  # ("Rescuers" are the "rescue team")
                if doer.lower in _RELATIVE_PRONOUNS and text[: doer.start].rstrip().endswith(","):
                    # "The council, which owned the bridge": the one the relative clause follows does it
                    before = _doer_before(text[: doer.start].rstrip()[:-1] + " ")
                    doer = next((w for w in found if before and w.start == before.start("head")), None)
                elif doer is not None and doer.lower in ("that", "which", "who"):
                    # ("the heritage trust that owns it": the noun right before the relative does it)
                    at = found.index(doer)
                    doer = found[at - 1] if at and _is_noun_word(found[at - 1]) else None
                if (
                    doer is None
                    or not (_is_noun_word(doer) or _unknown_noun(text, doer))
                    # (a title is a common noun however it is written: "The Prime Minister has ruled out …")
                    or (doer.capitalized and doer.start > 0 and doer.lower not in ROLE_WORDS)
                    or lemmas(doer.lower) & forms
                    or _akin(head, [doer])
                    or doer.lower.endswith(head.lower)  # "the fire" is the "wildfire"
                    or (doer.lower in ANYONE and head.lower in _PEOPLE_AT_LARGE)  # "People caught" for "Anyone caught"
                    or not (
                        (
                            alone
                            and _NO_OBJECT.match(text, other.end)
                            and (_acts(other, text) or _after_modal(other, text))
                        )
                        or thing & _thing_after(found[j + 1 : j + 9], text)
                        or (pronoun and j + 1 < len(found) and found[j + 1].lower == pronoun)
                        or _pronoun_for(found, j, thing, ctx.texts[:k])
                        or (referents and referents & _thing_after(found[j + 1 : j + 9], text))
                    )
                ):
                    continue
                return claim[head.start : verb.end], text[doer.start : other.end]
    return None


# Words for people at large, whom "anyone" or "everyone" also names.
_PEOPLE_AT_LARGE = frozenset("people persons those anyone anybody everyone everybody".split())


def _unknown_doer(word: Word, verb: Word) -> bool:
    """ "A metal detectorist found": a lowercase word the dictionary lacks, right before a word only a verb, names
    its doer ("a cyber attack" is one thing)."""
    return (
        not word.capitalized
        and is_content(word.lower)
        and not forms_by_class(word.lower)
        and "NOUN" not in forms_by_class(verb.lower)
    )


# What may stand between a deed and the noun it is done to: "filmed a passenger", "filmed a young passenger".
_DONE_TO_NEXT = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|one|another)\s+)?(?P<whom>[a-z][\w-]+)\b(?:\s+(?P<then>[a-z][\w-]+)\b)?"
)


def _is_noun_or_pronoun_next(text: str, verb: Word) -> bool:
    """Whether `verb` is done to one named right after it: "filmed him", "filmed a passenger"."""
    m = _DONE_TO_NEXT.match(text, verb.end)
    if m is None:
        return False
    whom = m.group("whom").lower()
    return whom in _OBJECT_PRONOUNS or (_is_noun_word(Word(whom, whom, 0, 0)) and whom != "by")


def _receiver_made_doer(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The bus driver filmed a passenger" against "A bus driver … has been suspended after a passenger filmed him":
    one the claim has the deed done to, where the evidence has that one do the same deed, and never the claim's doer.
    (Deeds done one to the other alike, "met", "played", are no swap.)"""
    claim = ctx.card.claim
    symmetric = lexicon().symmetric
    written = ctx.evidence_lexicon.lemmas
    for verb in ctx.claim_words:
        if (
            "VERB" not in forms_by_class(verb.lower)
            or verb.lower in AUXILIARIES
            or not inflected_from(verb.lower, "VBD")
            or _is_light(verb)
            or lemmas(verb.lower) & symmetric
            or BE_BEFORE.search(claim, 0, verb.start)
        ):
            continue
        m = _doer_before(claim, verb.start, opener=True)
        obj = _DONE_TO_NEXT.match(claim, verb.end)
        if m is None or obj is None:
            continue
        doer, whom = m.group("head").lower(), obj.group("whom").lower()
        end = obj.end("whom")
        if not _is_noun_word(Word(whom, whom, 0, 0)) or "ADJ" in forms_by_class(whom):
            # (past a word that describes it: "filmed a young passenger")
            whom, end = (obj.group("then") or "").lower(), obj.end()
        if not (_is_noun_word(Word(doer, doer, 0, 0)) and _is_noun_word(Word(whom, whom, 0, 0))):
            continue
        mine, theirs_forms, deed = lemmas(doer), lemmas(whom), lemmas(verb.lower)
        # (only where the evidence writes the one done to, and the deed, at all: most claims stop here)
        if mine & theirs_forms or not (theirs_forms & written and deed & written):
            continue
        crossed = None
        for text in ctx.texts:
            for other in words(text):
                # (the deed done by one to another: "a scheme launched on Monday by", "a wildfire driven by" tell
                # who it was done to)
                if (
                    not lemmas(other.lower) & deed
                    or BE_BEFORE.search(text, 0, other.start)
                    or not _is_noun_or_pronoun_next(text, other)
                ):
                    continue
                t = _doer_before(text, other.start)
                if t is None:
                    continue
                by = lemmas(t.group("head").lower())
                if by & mine:
                    return None  # the evidence has the claim's doer do it too
                if by & theirs_forms and crossed is None:
                    crossed = (claim[m.start("head") : end], text[t.start("head") : other.end])
        if crossed:
            return crossed
    return None


# "The council leader, Anne Price, resigned": a post, then the name of who holds it set off by commas.
_POST_THEN_NAME = re.compile(r"\b(?P<post>[a-z][a-z-]+),\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")


# "The owner, a pensioner, offered": a noun, then what it is set off by commas.
_NOUN_THEN_DESCRIBED = re.compile(
    r"\b(?P<post>[a-z][a-z-]+),\s+(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]+,\s+$", re.IGNORECASE
)


def _post_set_off_before(text: str, found: list[Word], verb: Word) -> Word | None:
    """The post written before a name set off by commas right before `verb` ("leader, Anne Price, resigned"), or the
    noun before what it is so set off ("The owner, a pensioner, offered"); None where there is neither."""
    m = _POST_THEN_NAME.search(text, max(0, verb.start - 80), verb.start)
    if m is None or not is_post(m.group("post")):
        m = _NOUN_THEN_DESCRIBED.search(text, max(0, verb.start - 80), verb.start)
    if m is None:
        return None
    return next((w for w in found if w.start == m.start("post")), None)


# "despite objections from shop owners", "after complaints by residents": a deed told by its noun, and who did it.
_NOUN_DEED_BY = re.compile(
    r"\b(?P<deed>[a-z]{4,})\s+(?:from|by)\s+(?:(?:a|an|the|some|many|local)\s+)?(?:[a-z-]+\s+)?(?P<who>[a-z]{3,}s)\b"
)


def _nominal_doer_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Residents have objected to the plans" against "despite objections from shop owners": the claim's doer, a
    common noun the evidence never writes, of a deed the evidence tells by its noun and gives to others."""
    gone = {w.start: w for w in missing}
    claim = ctx.card.claim
    forms = claim_forms(ctx)
    for verb in ctx.claim_words:
        if not _a_doers_deed(verb, claim, gone) or "VERB" not in forms_by_class(verb.lower):
            continue
        m = _doer_before(claim, verb.start, opener=True)
        head = gone.get(m.start("head")) if m else None
        if head is None or not _is_noun_word(head) or (head.capitalized and head.start > 0) or head.lower in _ANYONE:
            continue
        deed = lemmas(verb.lower)
        for text in ctx.texts:
            for other in _NOUN_DEED_BY.finditer(text):
                noun = other.group("deed").lower()
                if (
                    "NOUN" in forms_by_class(noun)
                    and any(same_family(noun, form) for form in deed)
                    and not lemmas(other.group("who").lower()) & forms
                    and _is_noun_word(Word(other.group("who"), other.group("who").lower(), 0, 0))
                ):
                    return claim[head.start : verb.end], other.group(0)
    return None


# Shares of a thing, which after "by" tell how much: "cut by half", "rose by a third".
_SHARE_WORDS = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths percent".split())
# "hard work by staff", "a petition by residents": a deed told by its noun, and who did it.
_NOUN_BY_ONE = re.compile(
    r"\b(?P<deed>[a-z]{4,})\s+by\s+(?:(?:a|an|the|its|their|his|her|some|many|local)\s+)?(?P<who>[a-z]{3,})\b"
)


def _noun_deed_by_another(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "a reward for years of hard work by parents" against "a reward for years of hard work by staff": a deed told by
    its noun, done by one a noun the evidence never writes names, where the evidence has another do it (the deed as a
    participle, "taken by a tourist", is `_done_by_another`'s)."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _NOUN_BY_ONE.finditer(ctx.card.claim):
        deed, who = m.group("deed").lower(), Word(m.group("who"), m.group("who").lower(), m.start("who"), m.end("who"))
        if who.start not in gone or "NOUN" not in forms_by_class(deed) or past_participle(deed):
            continue
        if not _only_a_noun(who) or who.lower in _SHARE_WORDS or count_value(who.lower) is not None:
            continue  # (by how much, not by whom: "cut its rate by half")
        for text in ctx.texts:
            for o in _NOUN_BY_ONE.finditer(text):
                other = Word(o.group("who"), o.group("who").lower(), o.start("who"), o.end("who"))
                if (
                    lemmas(o.group("deed").lower()) & lemmas(deed)
                    and _only_a_noun(other)
                    and not lemmas(other.lower) & forms
                    and not _same_thing([other], [who])
                ):
                    return m.group(0), o.group(0)
    return None


_ENDS_HERE = re.compile(r"\s*(?:[.;!?]|$)")
_TOLD = frozenset("hear learn see know".split())
# Things that say only that something was there: "an item was found" may be any package.
_ANY_THING = frozenset("item object thing article".split())
# Doers that say only that someone did it: "Someone punched a referee" adds no one to "a referee was punched".
_ANYONE = frozenset("someone somebody person people individual unknown".split())
_BY_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+by\b", re.IGNORECASE)


def _doer_added(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "A player punched the referee" against "after a referee was punched during an amateur football match": the
    claim names who did a deed (by a common noun the evidence never writes) that the evidence tells without a doer,
    done to the same thing."""
    gone = {w.start: w for w in missing}
    claim = ctx.card.claim
    claim_words = ctx.claim_words
    for i, verb in enumerate(claim_words):
        if not verb.lower.endswith("ed") or not _a_doers_deed(verb, claim, gone):
            continue
        m = _doer_before(claim, verb.start, opener=True)
        head = gone.get(m.start("head")) if m else None
        if head is None or not _is_noun_word(head) or (head.capitalized and head.start > 0) or head.lower in _ANYONE:
            continue
        thing = _thing_after(claim_words[i + 1 : i + 5])
        if not thing:
            continue
        verb_forms = lemmas(verb.lower)
        for text in ctx.texts:
            found = words(text)
            for j, other in enumerate(found):
                if not (lemmas(other.lower) & verb_forms and BE_BEFORE.search(text, 0, other.start)):
                    continue
                if _BY_AFTER.match(text, other.end):
                    continue  # the evidence says by whom: the role rules' to compare
                before = {form for w in found[max(0, j - 5) : j] if is_content(w.lower) for form in lemmas(w.lower)}
                if before & thing:
                    return claim[head.start : verb.end], text[found[max(0, j - 2)].start : other.end]
    return None


# "A teacher was stabbed", "another teenager was stabbed": one a deed was done to, then the deed.
_DONE_TO = re.compile(
    r"\b(?:a|an|another|the|two|three|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w'’-]+)\s+"
    # (any past participle: "stabbed", "stolen", "found"; which of them is read is said below)
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _done_to_in_place(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "A teacher was stabbed outside a school" against "after another teenager was stabbed outside a school": one
    the deed was done to, by a common noun the evidence never writes, where the evidence has it done to another (one
    the claim never names)."""
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for m in _DONE_TO.finditer(ctx.card.claim):
        if (
            m.start("head") not in gone
            or "NOUN" not in forms_by_class(m.group("head").lower())
            # (an irregular participle only of a deed whose thing news names exactly: "was found"; "the quake was
            # felt" is "the tremor was felt")
            or not (m.group("verb").lower().endswith(("ed", "en")) or lemmas(m.group("verb").lower()) & _TAKING)
            or lemmas(m.group("head").lower()) & _ANY_THING
        ):
            continue  # ("A suspicious item was found" names the package by no kind at all)
        deed = lemmas(m.group("verb").lower())
        for text in ctx.texts:
            for o in _DONE_TO.finditer(text):
                head = o.group("head").lower()
                if (
                    lemmas(o.group("verb").lower()) & deed
                    and "NOUN" in forms_by_class(head)
                    and head not in _PRONOUNS_OF_SOME  # ("two of whom were treated": the ones counted before)
                    and not lemmas(head) & forms
                    and not same_family(head, m.group("head").lower())
                ):
                    return m.group(0), o.group(0)
    return None


_PRONOUNS_OF_SOME = frozenset("whom them who which those these".split())

# A sentence (or claim) that opens on the one a deed is done to, as a passive: "The owner of a dog that bit a postman
# in Bristol has been fined £500".
_OPENS_DONE_TO = re.compile(
    r"(?:The|A|An)\s+(?P<subject>[^.;:!?]{2,160}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]{3,})\b"
)
# Where the words that name the one it is done to end and those that say more of them begin.
_SAYS_MORE_OF = re.compile(r"\s+(?:of|who|whose|that|which|in|at|from|with)\b")
_RELATIVES = frozenset("who whose that which where".split())
# Words that end one clause and begin another: the passive after them is no deed done to the sentence's opener.
_CLAUSE_LINKS = frozenset("after before when while as and but because since if until said says told".split())


def _one_subject(phrase: str) -> bool:
    """Whether `phrase` may be all the subject of the passive after it: no comma, no other clause begun, and a verb
    only in a relative clause ("owner of a dog that bit a postman", not "inquest ruled his death")."""
    if "," in phrase:
        return False
    relative = told = False
    for w in words(phrase):
        if w.lower in _CLAUSE_LINKS:
            return False
        finite = bool(inflected_from(w.lower, "VBD") or inflected_from(w.lower, "VBZ"))
        if not relative and finite:
            return False
        told = told or (relative and finite)
        relative = relative or w.lower in _RELATIVES
    # (a relative clause with no verb of its own is the passive's: "A groom whose kilt was stolen")
    return told or not relative


# A journey from one named place to another: "from Land's End to John o' Groats" (or "John o'Groats").
_FROM_TO = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+(?:o['’]\s?[A-Z][\w'’-]*|o['’]|of|on|upon|the|[A-Z][\w'’-]*))*)"
    r"\s+to\s+(?:the\s+)?(?P<b>[A-Z][\w'’-]*(?:\s+(?:o['’]\s?[A-Z][\w'’-]*|o['’]|of|on|upon|the|[A-Z][\w'’-]*))*)"
)


def _route_reversed(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "walked from John o' Groats to Land's End" against "walked … from Land's End to John o' Groats": the claim's
    journey the other way round, where the evidence never tells it the claim's way."""
    mine = [(m.group(0), _place_key(m.group("a")), _place_key(m.group("b"))) for m in _FROM_TO.finditer(ctx.card.claim)]
    if not mine:
        return None
    theirs = [
        (m.group(0), _place_key(m.group("a")), _place_key(m.group("b")))
        for t in ctx.texts
        for m in _FROM_TO.finditer(t)
    ]
    for said, a, b in mine:
        if a == b or any((x, y) == (a, b) for _, x, y in theirs):
            continue
        other = next((told for told, x, y in theirs if (x, y) == (b, a)), None)
        if other is not None:
            return said, other
    return None


# "The birds arrived in the area": a thing doing a deed of its own, where it goes (or is) past a preposition.
_DID_THERE = re.compile(
    r"\b(?P<head>[a-z]{3,})\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\s+"
    r"(?P<prep>in|into|to|at|on|from|near)\s+(?:the\s+|a\s+|an\s+)?(?P<next>[a-z]{3,})\b"
)
# "The birds were released in the area": the same, done to it by another.
_DONE_THERE = re.compile(
    r"\b(?P<head>[a-z]{3,})\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}ed)\s+"
    r"(?P<prep>in|into|to|at|on|from|near)\s+(?:the\s+|a\s+|an\s+)?(?P<next>[a-z]{3,})\b"
)


def _own_deed_for_one_done_to(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The birds arrived in the area naturally" against "The birds were released in the area": a thing doing by
    itself, with a verb the evidence never writes, what the evidence has another do to it there."""
    gone = {w.start for w in missing}
    for m in _DID_THERE.finditer(ctx.card.claim):
        verb = m.group("verb").lower()
        if (
            m.start("verb") not in gone
            or m.group("head").lower() in AUXILIARIES
            or not (inflected_from(verb, "VBD") or inflected_from(verb, "VBN"))
        ):
            continue
        if m.group("prep") == "to" and m.start("next") == m.end("prep") + 1 and "VERB" in forms_by_class(m["next"]):
            continue  # ("agreed to pay": a deed one means to do, no place)
        head, after = lemmas(m.group("head").lower()), lemmas(m.group("next").lower())
        for text in ctx.texts:
            for o in _DONE_THERE.finditer(text):
                if (
                    o.group("prep") == m.group("prep")
                    and lemmas(o.group("head").lower()) & head
                    and lemmas(o.group("next").lower()) & after
                    and not paraphrase_groups(lemmas(o.group("verb").lower())) & paraphrase_groups(lemmas(verb))
                ):
                    return m.group(0), o.group(0)
    return None


# "closed after the owners retired": a deed, then what came first, told as a clause of its own.
_DEED_THEN_AFTER = re.compile(r"\b(?P<deed>[a-z]{3,})\s+(?P<link>after|before)\s+(?P<clause>[^.,;:!?]+)", re.I)


def _after_what_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The bakery closed after the owners retired" against "forced to close after its rent was doubled": what came
    before (or after) the deed told by a verb the evidence never writes, where the evidence tells the same deed with
    a clause of its own there, one that shares none of the claim's words."""
    gone = {w.start for w in missing}
    for m in _DEED_THEN_AFTER.finditer(ctx.card.claim):
        told = words(m.group("clause"))
        at = m.start("clause")
        if not any(at + w.start in gone and inflected_from(w.lower, "VBD") and not w.lower.endswith("ing")
                   for w in told):  # fmt: skip
            continue
        deed = lemmas(m.group("deed").lower())
        if not deed or "VERB" not in forms_by_class(m.group("deed").lower()):
            continue
        link = m.group("link").lower()
        for text in ctx.texts:
            for o in _DEED_THEN_AFTER.finditer(text):
                theirs = words(o.group("clause"))
                if (
                    theirs
                    and o.group("link").lower() == link
                    # (the same deed, or one the curated table says is: "shut" for "closed")
                    and (
                        lemmas(o.group("deed").lower()) & deed
                        or paraphrase_groups(lemmas(o.group("deed").lower())) & paraphrase_groups(deed)
                    )
                    # (a clause sharing none of the claim's: "after being hit by a van" may tell "after being struck
                    # by a van", though no table holds the pair; nor its subject: "after it went missing" may tell
                    # "after it disappeared")
                    and not content_lemmas(theirs) & content_lemmas(told)
                    and theirs[0].lower != told[0].lower
                ):
                    return m.group(0)[m.start("link") - m.start() :], o.group(0)[o.start("link") - o.start() :]
    return None


# "on his way home from the bank", "flying back to Glasgow": a journey told by one end of it, and which end.
_HEADED = re.compile(
    r"\b(?:way|journey|trip|flight|drive|walk|travell?ing|heading|headed|returning|flying|driving|walking"
    r"|sailing|bound)\s+(?:(?:home|back|out)\s+)?(?P<end>to|from|for)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+"
    r"|their\s+|its\s+)?(?P<place>[A-Za-z][\w'’-]+)",
    re.IGNORECASE,
)


def _way_to_for_from(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "dropped it on his way to the bank" against "on his way home from the bank": a journey towards the place the
    evidence has it set out from (or the other way round), where the evidence never tells of one towards it."""
    for m in _HEADED.finditer(ctx.card.claim):
        towards, place = m.group("end").lower() != "from", _place_key(m.group("place"))
        told = [(o.group(0), o.group("end").lower() != "from") for t in ctx.texts for o in _HEADED.finditer(t)
                if _place_key(o.group("place")) == place]  # fmt: skip
        if told and all(way != towards for _, way in told):
            return m.group(0), told[0][0]
    return None


def _place_key(name: str) -> str:
    # ("John o'Groats" is "John o' Groats")
    return canonical_name(" ".join(name.lower().replace("’", "'").replace("o' ", "o'").split()))


# One gives a thing to another: "An art gallery in Liverpool has returned a painting to the family of a collector".
_GIVES_TO = re.compile(
    r"(?:The|A|An)\s+(?P<subject>[^.;:!?]{2,80}?)\s+(?:(?:has|have|had|will|would)\s+)?(?P<verb>returned|given|gave"
    r"|handed|sold|sent|lent|loaned|paid|donated|awarded|passed)\s+(?:[\w'’£$€,.-]+\s+){1,5}?to\s+(?:the|a|an|his"
    r"|her|its|their)\s+(?P<to>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s+(?:of|in|at|from|for|who|which|that)\b|[.,;]|$)"
)


def _giver_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The family has returned a painting to an art gallery" against "An art gallery … has returned a painting to
    the family of a collector": the one who gave a thing and the one given it, the other way round."""
    mine = [found for m in _GIVES_TO.finditer(ctx.card.claim) if (found := _giver_and_given(m))]
    if not mine:
        return None
    for text in ctx.texts:
        for sentence in sentences_of(text):
            o = _GIVES_TO.match(sentence)
            theirs = _giver_and_given(o) if o else None
            if theirs is None:
                continue
            for said, deed, giver, given in mine:
                if deed & theirs[1] and giver & theirs[3] and given & theirs[2] and not giver & given:
                    return said, theirs[0]
    return None


# "Erling Haaland scored Arsenal's only goal"; "Arsenal's only goal came from Bukayo Saka": a score, and who made it.
_A_SCORE = r"(?P<what>(?:[\w'’-]+\s+){0,3}?(?:goals?|tries|try|winner|equaliser|equalizer|opener|penalty|century))"
_NAMED = r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_SCORED = re.compile(rf"{_NAMED}\s+(?:scored|netted|got|grabbed|struck|hit)\s+{_A_SCORE}\b")
_SCORED_BY = re.compile(rf"{_A_SCORE}\s+(?:came\s+from|was\s+scored\s+by|fell\s+to|was\s+netted\s+by)\s+{_NAMED}")


def _scorer_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Erling Haaland scored Arsenal's only goal" against "Arsenal's only goal came from Bukayo Saka": the same score
    (every word of it the evidence's), made by another the evidence names."""
    for mine in _SCORED.finditer(ctx.card.claim):
        what = content_lemmas(words(mine.group("what")))
        for text in ctx.texts:
            for theirs in _SCORED_BY.finditer(text):
                if (
                    what
                    and what <= content_lemmas(words(theirs.group("what")))
                    and not same_person(mine.group("who"), theirs.group("who"))
                ):
                    return mine.group(0), theirs.group(0)
    return None


def _giver_and_given(
    m: re.Match[str],
) -> tuple[str, frozenset[str], frozenset[str], frozenset[str]] | None:
    """The phrase, the deed, and the heads of the one who gives and the one given to, when both are plain nouns."""
    subject = m.group("subject")
    if not _one_subject(subject):
        return None
    giver, _ = _subject_head(subject)
    given = _head_noun(m.group("to"))
    if giver is None or given is None:
        return None
    return m.group(0), lemmas(m.group("verb").lower()), giver, given


# "will have no buses": none of a thing, which one having "one bus a day" has.
_HAS_NONE = re.compile(r"\b(?:have|has|had|get|gets|got|with|left\s+with)\s+no\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)
_HAS_SOME = re.compile(
    r"\b(?:have|has|had|get|gets|got|with|left\s+with)\s+(?P<count>a|an|one|two|three|four|five|six|\d[\d,]*)\s+"
    r"(?:(?:more|single|daily|weekly|few)\s+)?(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _none_for_some(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Some villages will have no buses" against "Some villages will have one bus a day": none of what the evidence
    has some of, where it never says there is none."""
    found = told_the_other_way(ctx, _HAS_NONE, _HAS_SOME, "noun")
    return (found[0].group(0), found[1].group(0)) if found else None


# "all pupils", "every one of the residents", "each of its members": the whole of a kind
_EVERY_ONE = re.compile(
    r"\b(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?P<kind>[a-z]{3,})\b",
    re.IGNORECASE,
)

# Words that say every one of a kind, as "all" does.
_WHOLE_OF = frozenset({"all", "every", "each", "whole", "entire", "any", "everyone", "everybody"})


def _told_which(text: str, at: int) -> bool:
    """Whether words after "all authors" say which of them ("writing in English", "on the shortlist"), up to the end of
    its clause; a time ("from September") says when, not which."""
    rest = re.split(r"[,;:.!?]", text[at:], maxsplit=1)[0]
    return any(is_content(w.lower) and w.lower not in MONTHS and w.lower not in WEEKDAYS for w in words(rest))


def _some_for_all(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "banned mobile phones for older pupils" against "for all pupils": only those of a kind a word the evidence never
    gives picks out, where the evidence tells every one of it."""
    for word in missing:
        if word.lower in _WHOLE_OF:
            continue  # "every pupil" for "all pupils" says the same
        after = next((w for w in ctx.claim_words if w.start > word.start), None)
        if after is None or ctx.card.claim[word.end : after.start] != " " or not is_content(after.lower):
            continue
        kinds = lemmas(after.lower)
        for text in ctx.texts:
            for m in _EVERY_ONE.finditer(text):
                if lemmas(m["kind"].lower()) & kinds and not _told_which(text, m.end()):
                    return f"{word.text} {after.text}", m.group(0)
    return None


# "Only walkers can use it": one kind of people or things, alone; "cyclists and walkers": several, listed.
_ONLY_ONE = re.compile(r"(?<!\bthe\s)\b(?:only|just)\s+(?P<one>[a-z][\w-]{2,})\b", re.IGNORECASE)
_SEVERAL_LISTED = re.compile(
    r"\b(?P<a>[a-z][\w-]{2,})((?:,\s+[a-z][\w-]{2,})*),?\s+(?:and|as\s+well\s+as)\s+(?P<b>[a-z][\w-]{2,})\b",
    re.IGNORECASE,
)


def _only_one_of_several(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Only walkers can use it" against "Cyclists and walkers can use it": one the claim has alone, where the evidence
    lists it with others the claim never names (and never says "only" of it)."""
    forms = claim_forms(ctx)
    for m in _ONLY_ONE.finditer(ctx.card.claim):
        one = m.group("one").lower()
        if "NOUN" not in forms_by_class(one) or one in NUMBER_WORDS:
            continue
        mine = lemmas(one)
        if any(lemmas(o.group("one").lower()) & mine for t in ctx.texts for o in _ONLY_ONE.finditer(t)):
            continue
        for text in ctx.texts:
            for o in _SEVERAL_LISTED.finditer(text):
                listed = [o.group("a"), *re.findall(r"[a-z][\w-]{2,}", o.group(2), re.IGNORECASE), o.group("b")]
                if not any(lemmas(w.lower()) & mine for w in listed):
                    continue
                others = [w for w in listed if not lemmas(w.lower()) & mine]
                if others and all(
                    "NOUN" in forms_by_class(w.lower()) and not lemmas(w.lower()) & forms for w in others
                ):
                    return m.group(0), o.group(0)
    return None


def _done_to_one_inside(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The postman has been fined £500" against "The owner of a dog that bit a postman in Bristol has been fined
    £500": the claim has the deed done to one the evidence names only inside the words about the one it was done to."""
    m = _OPENS_DONE_TO.match(ctx.card.claim)
    if m is None or not _one_subject(m.group("subject")):
        return None
    mine, more = _subject_head(m.group("subject"))
    if mine is None or more is not None:
        return None
    deed = lemmas(m.group("verb").lower())
    for text in ctx.texts:
        for sentence in sentences_of(text):
            o = _OPENS_DONE_TO.match(sentence)
            if o is None or not lemmas(o.group("verb").lower()) & deed or not _one_subject(o.group("subject")):
                continue
            theirs, more = _subject_head(o.group("subject"))
            if theirs is None or theirs & mine or more is None:
                continue
            if any(lemmas(w.lower) & mine for w in words(o.group("subject")[more:])):
                return m.group(0), o.group(0)
    return None


# Each passive a sentence may open on: "A cyclist who was hit by a bus in Bristol has been awarded …".
_PASSIVE_AT = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]{3,})\b")
_OPENING_ARTICLE = re.compile(r"^\W*(?:The|A|An)\s+")


@lru_cache(maxsize=16384)  # (a day's cards cite the same sentences again and again)
def _passives_opened_on(sentence: str) -> tuple[tuple[frozenset[str], str, frozenset[str], str], ...]:
    """(the lemmas of the subject's head, the head as written, the passive's verb lemmas, the words) for each passive
    the sentence's opening words may be the subject of, where its subject has a head noun."""
    opening = _OPENING_ARTICLE.match(sentence)
    if opening is None:
        return ()
    found = []
    for m in _PASSIVE_AT.finditer(sentence, opening.end()):
        subject, verb = sentence[opening.end() : m.start()], m.group("verb").lower()
        # (a regular participle, or one of taking: "the quake was felt" is "the tremor was felt", as
        # `_done_to_in_place` reads it)
        if not (subject and _one_subject(subject) and (verb.endswith(("ed", "en")) or lemmas(verb) & _TAKING)):
            continue
        head, more = _subject_head(subject)
        named = (subject[:more] if more is not None else subject).split()
        if head is not None and named:
            found.append((head, named[-1].lower(), lemmas(verb), sentence[: m.end()].strip()))
    return tuple(found)


_BY_AGE_OR_SEX = frozenset("man woman boy girl teenager child person youth pensioner adult baby toddler".split())


def _opener_done_to_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "The bus driver has been awarded £250,000" against "A cyclist who was hit by a bus in Bristol has been awarded
    £250,000": the claim opens on one a deed was done to, by a noun the evidence never writes, where an evidence
    sentence opens on another it was done to (past the words that say more of them)."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for mine, named, deed, said in _passives_opened_on(ctx.card.claim):
        if named not in gone or mine & _ANY_THING:
            continue
        for text in ctx.texts:
            for sentence in sentences_of(text):
                for theirs, _, theirs_deed, their_said in _passives_opened_on(sentence):
                    if (
                        theirs_deed & deed
                        and not theirs & forms
                        and not any(same_family(a, b) or one_meaning(a, b) or akin(a, b) for a in theirs for b in mine)
                        # (one told by age or sex on either side: "a teenager" is "a 15-year-old boy")
                        and not (theirs | mine) & _BY_AGE_OR_SEX
                    ):
                        return said, their_said
    return None


def _head_noun(phrase: str) -> frozenset[str] | None:
    """The lemmas of the last word of a short noun phrase, when it may be a noun ("45-year-old owner" -> "owner"; a word
    the dictionary lacks is one: "gallery")."""
    found = words(phrase)
    if not found or len(found) > 4:
        return None
    classes = forms_by_class(found[-1].lower)
    return lemmas(found[-1].lower) if not classes or "NOUN" in classes else None


def _subject_head(subject: str) -> tuple[frozenset[str] | None, int | None]:
    """The head noun of a subject, before the words that say more of it ("owner" of "owner of a dog that bit a
    postman"), and where those words begin (None where none follow)."""
    more = _SAYS_MORE_OF.search(subject)
    return _head_noun(subject[: more.start()] if more else subject), more.start() if more else None


# "stole copper cable from", "found a fuel leak;": a deed, then the thing it is done to, to the next preposition or stop.
_DEED_THING = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:a|an|the|some)\s+)?(?P<thing>(?:[a-z-]+\s+){0,2}?[a-z-]{3,})"
    r"(?=\s+(?:in|on|at|from|to|for|with|of|after|before|by|near|as|and|under|inside|behind|beneath)\b|\s*[.,;:]|\s*$)"
)


# "running out of fresh food", "short of fuel", "a shortage of nurses": what there is too little of.
_SHORT_OF = re.compile(
    r"\b(?:(?:run|runs|ran|running)\s+(?:out|short|low)|short|shortages?|lack)\s+of\s+(?:(?:the|its|their|some)\s+)?"
    r"(?P<thing>(?:[a-z-]+\s+){0,2}?[a-z-]{3,})(?=\s+(?:in|on|at|from|to|for|with|after|before|by|and|as)\b|\s*[.,;:]|\s*$)",
    re.IGNORECASE,
)


def _shortage_swapped(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "shops had run out of fuel" against "shops were running out of fresh food": too little of a thing the evidence
    never says there is too little of, where it tells of too little of one the claim never names."""
    forms = claim_forms(ctx)
    for m in _SHORT_OF.finditer(ctx.card.claim):
        mine = m.group("thing").split()[-1].lower()
        # (the claim's thing told short anywhere in what the evidence says is short: "ran out of food and fuel")
        if any(
            lemmas(w.lower) & lemmas(mine)
            for text in ctx.texts
            for o in _SHORT_OF.finditer(text)
            for w in words(re.split(r"[.;]", text[o.start() :])[0])
        ):
            continue
        for text in ctx.texts:
            for o in _SHORT_OF.finditer(text):
                theirs = o.group("thing").split()[-1].lower()
                if not lemmas(theirs) & forms and not one_meaning(theirs, mine):
                    return m.group(0), o.group(0)
    return None


# Deeds whose thing news names exactly: what was stolen, seized or found is that thing and no other. (Not deeds in
# general: "announced his retirement" tells "announcing his intention to retire", "captured an image" "captured
# several deep-field images"; measured on `python -m bench --only trust`.)
_TAKING = frozenset("steal seize smuggle confiscate loot dump find".split())
_NONE_OF_IT = frozenset({"no", "any"})


def _deeds_and_things(text: str) -> Iterator[re.Match[str]]:
    """Each verb and thing from every word on, so that "A care worker stole cash" gives "stole cash" as well as the
    "care worker …" a search from the start would stop at; not where, how or none ("found under a church", "found
    safe", "found no proof")."""
    for word in re.finditer(r"\b[a-z]{3,}", text):
        if (m := _DEED_THING.match(text, word.start())) is not None:
            told = m.group("thing").split()
            first = told[0].lower()
            # ("found no proof": what was not found, which the evidence may call anything; "found safe" is how, but
            # "found faulty wiring" a thing)
            described = len(told) > 1 and "NOUN" in forms_by_class(told[-1].lower())
            if first not in _WHERE_OR_HOW | _NONE_OF_IT and (set(forms_by_class(first)) != {"ADJ"} or described):
                yield m


_WHERE_OR_HOW = frozenset("under by in at on near inside behind beneath with without into onto over across".split())


def _thing_done_otherwise(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Thieves stole signal equipment from the railway" against "Thieves stole copper cable from the railway": the
    same deed done to a thing no word of which the evidence writes, where the evidence does it to one no word of which
    the claim writes."""
    gone = {w.lower for w in missing}
    forms = claim_forms(ctx)
    for m in _deeds_and_things(ctx.card.claim):
        verb = m.group("verb").lower()
        if "VERB" not in forms_by_class(verb) or not (verb.endswith("ed") or inflected_from(verb, "VBD")):
            continue  # a deed in the past ("stole", "found", "struck"), no noun
        if not lemmas(verb) & _TAKING:
            continue
        thing = [w for w in m.group("thing").split() if is_content(w)]
        # (past what only describes it, which both may share: "faulty gas pipes" against "faulty wiring")
        named = [w for w in thing[:-1] if "ADJ" not in forms_by_class(w.lower())] + thing[-1:]
        if not thing or not all(w in gone for w in named) or not _is_noun_word(Word(thing[-1], thing[-1], 0, 1)):
            continue
        groups = paraphrase_groups(frozenset(f for w in thing for f in lemmas(w)))
        for text in ctx.texts:
            for o in _deeds_and_things(text):
                if not lemmas(o.group("verb").lower()) & lemmas(verb):
                    continue
                theirs = [w for w in o.group("thing").lower().split() if is_content(w)]
                their_named = [w for w in theirs[:-1] if "ADJ" not in forms_by_class(w)] + theirs[-1:]
                if (
                    theirs
                    and _is_noun_word(Word(theirs[-1], theirs[-1], 0, 1))
                    and not any(lemmas(w) & forms or paraphrase_groups(lemmas(w)) & groups for w in their_named)
                ):
                    return m.group(0), o.group(0)
    return None


# The parts of a building, a vehicle or a ship that news tells one thing befell ("the church roof", "the spire of the
# church"): another is another part. (Parts only: "accommodation services" against "means of accommodation" is no
# part of anything.)
_PARTS = frozenset(
    """roof spire tower wall walls door doors window windows floor wing entrance gate chimney basement foundations
    engine engines tail hull deck mast cockpit cabin nave porch steeple facade dome ceiling staircase balcony""".split()
)


def _part_of_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "Lightning struck the church roof" against "struck the spire of St Owen's church": a part of a thing the evidence
    names (the claim's one a noun it never writes), where the evidence names another part of it."""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    forms = claim_forms(ctx)
    for i, part in enumerate(claim_words[1:], start=1):
        whole = claim_words[i - 1]
        if part.lower not in _PARTS or not _is_noun_word(whole) or whole.start in gone:
            continue
        if "ADJ" in forms_by_class(whole.lower) or whole.capitalized:
            continue  # ("the old roof", "the Kell roof": no thing it is part of)
        of_whole = re.compile(
            rf"\b(?P<part>[a-z]{{3,}})\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+)?"
            rf"{re.escape(whole.lower)}\b",
            re.IGNORECASE,
        )
        for text in ctx.texts:
            for m in of_whole.finditer(text):
                other = m.group("part").lower()
                if other in _PARTS and not lemmas(other) & forms:
                    return f"{whole.text} {part.text}", m.group(0)
    return None


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|for|against|at)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+)?$"
    # (or the one a deed told after a preposition was done to: "closed the day centre without consulting families")
    r"|\b(?:without|after|before|by|while)\s+[a-z]+ing\s+(?:(?:a|an|the|his|her|their|its)\s+)?$"
    # (or those whose objection the deed went ahead despite: "despite objections from shop owners")
    r"|\b(?:objections?|opposition|criticism|complaints?|protests?|concerns?)\s+(?:from|by)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+)?$"
    # (or those a complaint was about: "after teachers complained about pupils being distracted")
    r"|\b(?:complain(?:s|ed|ing)?|worried|worries|concerned|fears?|feared)\s+about\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_OBJECT_PRONOUNS = frozenset("him her them it".split())


def _doer_past_a_participle(text: str, found: Sequence[Word], verb: Word) -> Word | None:
    """The head of a doer the clause reader finds before `verb` across a participle phrase ("Archaeologists digging
    at a building site in Yarwell have uncovered"): the doer's first word, where the next is an -ing form."""
    clause = next((c for c in clauses(text) if c.verb.start == verb.start), None)
    if clause is None or clause.doer is None:
        return None
    first = next((w for w in found if text.startswith(clause.doer.text, w.start)), None)
    if first is None:
        return None
    at = found.index(first)
    return first if at + 1 < len(found) and found[at + 1].lower.endswith("ing") else None


# "raised £250,000 to buy it", "clubbed together to pay for it": what one did so as to do the deed after "to", whose
# doer is theirs ("asked residents to buy it" is not: the one asked does it).
_MEANS_TO = re.compile(
    r"\b(?P<means>raised|paid|spent|borrowed|saved|collected|clubbed|teamed|campaigned|fought|worked|voted|agreed|"
    r"decided|used)\b(?:\s+[\w£$€,.'’-]+){0,4}?\s+to\s+$",
    re.IGNORECASE,
)


def _doer_of_the_means(text: str, found: Sequence[Word], verb: Word) -> Word | None:
    """The head of the doer of what was done so as to do `verb` ("residents raised £250,000 to buy it")."""
    m = _MEANS_TO.search(text, max(0, verb.start - 80), verb.start)
    if m is None:
        return None
    theirs = _doer_before(text, m.start("means"))
    return next((w for w in found if theirs and w.start == theirs.start("head")), None)


# Endings of nouns for one who does a thing: "builders", "robbers", "cyclists".
_DOER_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists")


def _doer_only_by_kin(claim_words: list[Word], at: int, ctx: ClaimContext) -> Word | None:
    """The claim's doer at `at`, a noun for one who does a thing that the evidence has only in its family ("Builders"
    of "a building site"): the deed's word is no one who did it."""
    word = next((w for w in claim_words if w.start == at), None)
    if word is None or not word.lower.endswith(_DOER_ENDINGS) or "NOUN" not in forms_by_class(word.lower):
        return None
    forms = lemmas(word.lower)
    if forms & ctx.evidence_lexicon.lemmas or paraphrase_groups(forms) & ctx.evidence_lexicon.groups:
        return None  # ("prosecutors" is "the prosecution")
    if any(w.capitalized and akin(w.lower, word.lower) for w in ctx.evidence_words):
        return None  # ("Rescuers" may be the people of "Tarn Mountain Rescue")
    return word


def _only_after_a_preposition(claim_words: list[Word], at: int, ctx: ClaimContext) -> Word | None:
    """The claim's doer at `at` where the evidence writes it, but only after "to", "for", "against" or "at" ("threw
    tiles at officers"), or after a deed told past a preposition ("without consulting families") — one a deed was done
    to or for ("let a flat to a family"), never one doing anything ("in a study of …" or "by bus drivers" may be)."""
    return _head_if_every_use(
        claim_words, at, ctx, lambda text, found, i: bool(_PREPOSITION_BEFORE.search(text, 0, found[i].start))
    )


# "was presented by the education secretary": a passive's doer, after "by".
_PASSIVE_BY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?P<deed>[a-z]{3,})(?:\s+(?:over|out|up|off|down|back|in))?\s+by\s+"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


_HELPERS_BETWEEN = frozenset("has have had is are was were will would also then later now".split())


def _only_doing_another_deed(claim_words: list[Word], at: int, ctx: ClaimContext, deed: frozenset[str]) -> Word | None:
    """The claim's doer at `at` where the evidence writes it only as the doer of another deed, told in the passive
    ("The award was presented by the education secretary"): not the one the evidence has do the claim's `deed`."""

    def another_deed_by(text: str, found: list[Word], i: int) -> bool:
        m = _PASSIVE_BY_BEFORE.search(text, max(0, found[i].start - 60), found[i].start)
        if m is not None:
            return not lemmas(m.group("deed").lower()) & deed
        # ("The council has put up signs": the subject of another verb, past its helpers; only a body or a post, since a
        # thing the evidence names twice may be named otherwise where it does the deed, "the ride" the "rollercoaster")
        lower = found[i].lower
        if not (lower in ORGANISATION_WORDS or lower in ROLE_WORDS or is_post(lower)):
            return False
        j = i + 1
        while j < len(found) and found[j].lower in _HELPERS_BETWEEN:
            j += 1
        return (
            j > i + 1
            and j < len(found)
            and i > 0
            and found[i - 1].lower in ("the", "a", "an")
            and "VERB" in forms_by_class(found[j].lower)
            and not lemmas(found[j].lower) & deed
        )

    return _head_if_every_use(claim_words, at, ctx, another_deed_by)


# "in a neighbour's garage", "outside the family's home": a place, by its owner, past its preposition.
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|on|into|from|to|near|outside|inside|behind|under)\s+(?:a|an|the|his|her|their|its)\s+$", re.IGNORECASE
)


def _only_as_an_owner(claim_words: list[Word], at: int, ctx: ClaimContext) -> Word | None:
    """The claim's doer at `at` where the evidence writes it only as whose a thing is, past a preposition ("trapped in
    a neighbour's garage"): the thing's owner, doing nothing there."""

    def owns_the_next(text: str, found: list[Word], i: int) -> bool:
        owner = text[found[i].end : found[i].end + 2] in ("'s", "’s")
        return owner and bool(_WHERE_BEFORE.search(text, 0, found[i].start))

    return _head_if_every_use(claim_words, at, ctx, owns_the_next)


def _only_describing(claim_words: list[Word], at: int, ctx: ClaimContext) -> Word | None:
    """The claim's doer at `at` where the evidence writes it only to say what kind another thing is, before that
    thing's noun and past a preposition ("Sales of vinyl records rose", "with the university campus"): it does
    nothing there."""

    def describes_the_next(text: str, found: list[Word], i: int) -> bool:
        return (
            i + 1 < len(found)
            and bool(_OF_BEFORE.search(text, 0, found[i].start))
            and _is_noun_word(found[i + 1])
            and not found[i + 1].capitalized
            and text[found[i].end : found[i + 1].start] == " "
        )

    return _head_if_every_use(claim_words, at, ctx, describes_the_next)


def _head_if_every_use(
    claim_words: list[Word], at: int, ctx: ClaimContext, test: Callable[[str, list[Word], int], bool]
) -> Word | None:
    """The claim's word at `at`, where the evidence writes it (in any form) and every use of it passes `test` (the
    text, its words and the use's index among them); else None."""
    head = next((w for w in claim_words if w.start == at), None)
    if head is None:
        return None
    forms = lemmas(head.lower)
    uses = [(text, found, i) for text in ctx.texts if (found := words(text)) for i, w in enumerate(found)
            if lemmas(w.lower) & forms]  # fmt: skip
    return head if uses and all(test(text, found, i) for text, found, i in uses) else None


# "Sales of vinyl records", "links the station with the university campus": a word past a preposition (never "by",
# which may name the doer: "arrested by police officers") and before a noun, saying which of that thing is meant.
_OF_BEFORE = re.compile(
    r"\b(?:of|with|to|from|in|at|on|into|near|outside|inside|against|across|between|around|beside)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)
# "The county council said it was looking for another operator": one the evidence has only tell something.
_SAYS_AFTER = re.compile(r"(?:\s+(?:also|later|has|have|had))?\s+(?:said|says|told|added|warned|confirmed)\b")


def _only_as_a_sayer(claim_words: list[Word], at: int, ctx: ClaimContext) -> Word | None:
    """The claim's doer at `at` where the evidence writes it only as one who says something ("The county council said
    it was looking for another operator"): it did none of the evidence's deeds."""
    # (not where the claim's deed is one of saying or calling: "The opposition leader called the budget …")
    verb = next((w for w in claim_words if w.start > at and "VERB" in forms_by_class(w.lower)), None)
    if verb is None or lemmas(verb.lower) & (lexicon().reporting | _CALLING_OR_JUDGING):
        return None
    # (a body's own people may have done it: "Officers found the body …, police said")
    if any(lemmas(w.lower) & _ONES_OF_A_BODY for w in ctx.evidence_words):
        return None
    return _head_if_every_use(claim_words, at, ctx, lambda text, found, i: bool(_SAYS_AFTER.match(text, found[i].end)))


_ONES_OF_A_BODY = frozenset("officer staff member official worker employee crew spokesman spokeswoman".split())
# Deeds done by saying: what one is called (the parties reading's), or judged.
_CALLING_OR_JUDGING = CALLING | frozenset("welcome criticise criticize praise condemn".split())


def _pronoun_for(found: list[Word], j: int, thing: set[str], before: Sequence[str] = ()) -> bool:
    """ "prosecuted him" for the claim's "prosecuted the landlord", where the evidence names the landlord before it
    (in the sentence, or in a text `before` it: "The new stadium will hold 12,000 fans. The club's owner is paying for
    it"; those texts are read only once a pronoun stands there)."""
    # (or past a preposition: "pay for it" for "pay for the rise")
    at = j + 2 if j + 2 < len(found) and found[j + 1].lower in ("for", "to", "on", "with") else j + 1
    if at >= len(found) or found[at].lower not in _OBJECT_PRONOUNS:
        return False
    return any(lemmas(w.lower) & thing for w in found[:j]) or any(
        lemmas(w.lower) & thing for text in before for w in words(text)
    )


# (not "march", "may": a thing and a modal as often as months)
_DAYS = frozenset(WEEKDAYS) | frozenset(
    "yesterday today tonight tomorrow january february april june july august september october november december".split()
)
# Verbs that tell no deed of a doer: "the quake was felt", "a crash occurred" against "an incident occurred".
_NO_DEED = frozenset("be have do occur happen take get become remain seem".split())


def _thing_after(following: list[Word], text: str = "") -> set[str]:
    """The content words of the four words after a verb, past any figure ("left about 120,000 … customers") and any
    day ("stepped down on Monday after fans protested"); with the text, past whose a thing is ("found the wallet's
    owner" is of the owner)."""
    told = [w for w in following if not any(c.isdigit() for c in w.lower) and w.lower not in _DAYS][:4]
    return {
        form
        for w in told
        if is_content(w.lower) and not (text and OWNER_MARK.match(text, w.end))
        for form in lemmas(w.lower)
    }


def _is_noun_word(word: Word) -> bool:
    # (or a thing of the lexicon's kinds the dictionary lacks: "cafe")
    return is_content(word.lower) and ("NOUN" in forms_by_class(word.lower) or bool(kinds_of(word.lower)))


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _unknown_noun(text: str, word: Word) -> bool:
    """ "a landslip": a word the dictionary lacks, after an article, is a noun."""
    return not forms_by_class(word.lower) and bool(_ARTICLE_BEFORE.search(text, 0, word.start))


def _noun_swapped(ctx: ClaimContext, missing: list[Word]) -> tuple[str, str] | None:
    """ "14 neglected cats were found" against "14 neglected dogs were found", "linked to heart damage" against
    "liver damage": a thing of a kind the lexicon lists (animals, organs, vessels, jobs …) the evidence never says,
    where it says another thing of the same kind, beside the same word, that the claim never says."""
    claim_words = ctx.claim_words
    gone = {w.start for w in missing}
    candidates = [
        (i, kinds)
        for i, w in enumerate(claim_words)
        if w.start in gone and not (w.capitalized and w.start > 0) and (kinds := kinds_of(w.lower))
    ]
    if not candidates:
        return None
    # (the evidence's words read once: each with the things it names)
    theirs = [(found, [kinds_of(w.lower) for w in found], text) for text in ctx.texts for found in (words(text),)]
    forms = claim_forms(ctx)
    for i, mine in candidates:
        if any(named & mine for _, named_of, _ in theirs for named in named_of):
            continue  # the same thing under another of its names ("rain" for "rainfall")
        beside = _beside(claim_words, i)
        kinds = {k for k, _ in mine}
        for found, named_of, text in theirs:
            for j, (other, named) in enumerate(zip(found, named_of, strict=True)):
                if (
                    named
                    and not (other.capitalized and other.start > 0)
                    and {k for k, _ in named} & kinds
                    and not lemmas(other.lower) & forms
                    and _beside(found, j) & beside
                    and ("relative" not in kinds or _same_possessor(ctx.card.claim, claim_words, i, text, found, j))
                ):
                    return claim_words[i].text, other.text
    return _only_one_of_its_kind(ctx, candidates, theirs, forms)


# Things one has many of at once: "a tracheostomy in her throat" is no swap for "her eyes", whatever else the
# evidence names (measured on `python -m bench --only trust`); and the groups of people a story meets at once ("one
# passenger said" is no swap for the "member of staff" a sentence of the evidence quotes).
_MANY_AT_ONCE = frozenset({"body part", "group of people"})
_POSSESSIVES = frozenset("his her their its my our your".split())


def _same_possessor(claim: str, claim_words: Sequence[Word], i: int, text: str, found: Sequence[Word], j: int) -> bool:
    """A relative is told from either side ("the victim's sister … him" is "her brother", "sons of Robert" are
    "brothers"): another relative is another only of the same one's, "her late husband" against "her late sister"
    ("the artist's mother" against "the artist's sister")."""
    mine, theirs = _possessor(claim, claim_words, i), _possessor(text, found, j)
    return mine is not None and mine == theirs


def _possessor(text: str, found: Sequence[Word], i: int) -> str | None:
    """Whose a noun is, by the possessive up to two words before it ("her late husband", "the artist's"), if any."""
    for w in reversed(found[max(0, i - 3) : i]):
        if w.lower in _POSSESSIVES or w.lower.endswith(("'s", "’s")):
            return w.lower
        if text[w.end : w.end + 2] in ("'s", "’s"):
            return f"{w.lower}'s"
        if not w.lower.isalpha():
            return None
    return None


def _only_one_of_its_kind(
    ctx: ClaimContext,
    candidates: list[tuple[int, set[tuple[str, int]]]],
    theirs: list[tuple[tuple[Word, ...], list[set[tuple[str, int]]], str]],
    forms: frozenset[str],
) -> tuple[str, str] | None:
    """ "The astronomer photographed an asteroid" against "captured photographs of a comet": where the evidence
    names one thing of the kind, the claim another, and neither names a second, the claim's is put in its place,
    whatever words stand beside either."""
    claim_words = ctx.claim_words
    for i, mine in candidates:
        # (of its kinds those a story meets one at a time: "pensioners" are a group of people and an age group)
        kinds = {k for k, _ in mine} - _MANY_AT_ONCE
        if not kinds or any({k for k, _ in kinds_of(w.lower)} & kinds for j, w in enumerate(claim_words) if j != i):
            continue  # (the claim names another of the kind: which is which is the other rules' to read)
        if any(named & mine for _, named_of, _ in theirs for named in named_of):
            continue  # (the same thing under another of its names: "snowfall" for "snow")
        others = [
            (found, j, text)
            for found, named_of, text in theirs
            for j, named in enumerate(named_of)
            if {k for k, _ in named} & kinds and not (found[j].capitalized and found[j].start > 0)
        ]
        if len({min(lemmas(found[j].lower)) for found, j, _ in others}) != 1:
            continue
        found, j, text = others[0]
        if lemmas(found[j].lower) & forms:
            continue
        if "relative" in kinds and not _same_possessor(ctx.card.claim, claim_words, i, text, found, j):
            continue
        return claim_words[i].text, found[j].text
    return None


def _beside(found: Sequence[Word], i: int) -> frozenset[str]:
    """The words right beside a noun that say what it is or does ("neglected", "damage", a count), not "her"."""
    near = [found[i - 1]] if i else []
    if i + 1 < len(found):
        near.append(found[i + 1])
        # (where it is or whose, past a preposition: "a dentist in Lowmere")
        if found[i + 1].lower in _WHERE_OF and i + 2 < len(found):
            near.append(found[i + 2])
    beside = {_as_figure(w.lower) for w in near if is_content(w.lower) or w.lower.replace(",", "").isdigit()}
    # (and how many, before what describes it: "42,000 hybrid cars")
    beside |= {_as_figure(w.lower) for w in found[max(0, i - 3) : i] if w.lower.replace(",", "").isdigit()}
    # (and the deed done to it, past an article and what describes it: "signed a goalkeeper", "swallowing a parked van",
    # and past a preposition the deed takes: "cared for his grandmother")
    back = found[max(0, i - 4) : i]
    det = next((k for k in range(len(back) - 1, -1, -1) if back[k].lower in _DETERMINERS_BEFORE), None)
    deed = back[det - 1] if det else (back[-1] if back and det is None else None)
    if deed is not None and deed.lower in _DEED_PREPOSITIONS and det and det >= 2:
        deed = back[det - 2]
    # (the thing it closes a list with: "a new children's area and a café")
    if deed is not None and deed.lower in ("and", "or") and det and det >= 2 and is_content(back[det - 2].lower):
        beside.add(f"with:{min(lemmas(back[det - 2].lower) or {back[det - 2].lower})}")
    # (past how much of it: "stealing 800 litres of diesel", "900 litres of heating oil")
    measured = found[max(0, i - 5) : i]
    of = next((k for k in range(len(measured) - 1, 1, -1) if measured[k].lower == "of"), None)
    if det is None and of is not None and len(measured) - of <= 2 and measured[of - 2].lower.replace(",", "").isdigit():
        deed = measured[of - 3] if of >= 3 else None
    # (a word that may be a noun is the deed after "to": "to free a horse")
    after_to = deed is not None and (at := found.index(deed)) > 0 and found[at - 1].lower == "to"
    if deed is not None and "VERB" in (forms := forms_by_class(deed.lower)) and ("NOUN" not in forms or after_to):
        beside.add(f"deed:{min(lemmas(deed.lower))}")
    # (and the deed done to it told after it, in the passive: "a dolphin was rescued" beside "rescued a seal")
    if done := _passive_deed(found, i):
        beside.add(f"deed:{min(lemmas(done.lower))}")
    return frozenset(beside)


_PASSIVE_BE = frozenset("is are was were been be".split())


def _passive_deed(found: Sequence[Word], i: int) -> Word | None:
    """The verb a noun's "was …"/"has been …"/"will be …" tells done to it, if any: "rescued" in "a dolphin was
    rescued from a beach"."""
    after = list(found[i + 1 : i + 5])
    while after and after[0].lower in _PASSIVE_AUX:
        after.pop(0)
    if not after or after[0].lower not in _PASSIVE_BE:
        return None
    after.pop(0)
    if after and after[0].lower.endswith("ly"):
        after.pop(0)  # ("was badly damaged")
    if after and "VERB" in (forms := forms_by_class(after[0].lower)) and "NOUN" not in forms:
        return after[0]  # ("was injured", "were stolen"; not "was part of")
    return None


_PASSIVE_AUX = frozenset("has have had will would may might could should must also".split())


_DETERMINERS_BEFORE = frozenset("a an the its their his her some two three four".split())
_WHERE_OF = frozenset("in at from of on".split())
_DEED_PREPOSITIONS = frozenset("for to with on at into from after".split())


def _as_figure(word: str) -> str:
    """A count as digits, however written ("Forty yachts" beside what "40 trawlers" is beside)."""
    value = count_value(word)
    return f"{value:g}" if value is not None else word
