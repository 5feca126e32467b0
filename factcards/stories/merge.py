"""Merge what several outlets say about one story: corroborated facts and conflicts.

Within a story, verified cards from different articles that state the same fact become one
card with evidence from each outlet. The same quotation printed by several outlets (with other
quote marks, other spacing, or only part of it) is one quote card. Cards about the same thing
that differ in a figure, a date or who said a quotation are not merged and never reconciled:
they become a conflict, each side cited to its own cards and spans (cards naming different people
are not merged either, but make no conflict). Only verified cards
corroborate or contradict; the rest stay in review as they are.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from factcards.models import Article, Card, Conflict, ConflictSide, Evidence, Match, Status, Story
from factcards.output.markdown import truncate
from factcards.stories.grouping import STOPWORDS, Grouping, StorySettings, group_stories, similarity_stem
from factcards.text.attribution import attributions, same_person
from factcards.text.claims import (
    ClaimAtoms,
    Vocabulary,
    atoms,
    number_at,
    rounds_to,
    same_number,
    significant_digits,
)
from factcards.text.dates import DateMention
from factcards.text.dictionary import forms_by_class
from factcards.text.document import Document
from factcards.text.entity_types import is_person
from factcards.text.names import key, last_key
from factcards.text.normalize import fold
from factcards.text.segment import paragraphs, sentences
from factcards.text.words import is_caption, reads_as_a_sentence, sex_of_word, stands_alone

MIN_QUOTATION_CHARS = 20
SAME_FACT = 0.6  # overlap of content words for two cards to be one fact
SAME_FIGURE = 0.3  # overlap enough when both cards give the same specific figure
SAME_SUBJECT = 0.25  # overlap for two cards to be about the same thing (and so able to conflict)
SAME_EVENT = 0.75  # overlap for two dated cards to be about one event, dates or not
_COMMON_WORD_CARDS = 150  # as story grouping does: past this, a word makes no pairs
_QUOTATION = re.compile(rf"[\"“”]([^\"“”]{{{MIN_QUOTATION_CHARS},}})[\"“”]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words after a number that do not say what it counts ("4 of the", "20 to 30").
_NOT_UNITS = frozenset("a an the of to and or in on at for by from with than as is are was were per".split())
_CURRENCIES = frozenset("dollars dollar euros euro pounds pound yen yuan rupees francs".split())
# Units that many different figures in one story share.
_GENERIC_UNITS = frozenset(
    similarity_stem(w)
    for w in """percent per cent people person times year month week day hour minute point dollar euro pound
    member members units cases old block age total""".split()
)
_DESCRIBED_UNIT = re.compile(
    r"^\s+(?:(?:million|billion|thousand)\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)\s+([a-z][\w'’-]*)"
)
_PERCENT = similarity_stem("percent")
_AGE_WORDS = frozenset(["year-old", "years-old", "year-olds"])
_NAME_BEFORE_AGE = re.compile(r"[A-Z][\w'’-]+,\s*$")  # "Jeff Martin, 33, of Columbus"
_AGE_AFTER = re.compile(r"\s*(?:,|\)|\.|$|\s+of\s)")
_AGE_BEFORE = re.compile(r"(?:,\s*(?:now|then)|\baged)\s+$")  # "the actress, now 26,", "aged 26.", "his son, then 17,"
# One unit, two spellings: "2oz" and "3 ounces" count the same thing.
_UNIT_NAMES = {
    "oz": "ounce", "ozs": "ounce", "kg": "kilogram", "kgs": "kilogram", "km": "kilometre", "kms": "kilometre",
    "kilometers": "kilometre", "kilometer": "kilometre", "meters": "metre", "meter": "metre", "metres": "metre",
    "mi": "mile", "ft": "foot", "feet": "foot", "hrs": "hour", "hr": "hour", "mins": "minute", "min": "minute",
    "secs": "second", "sec": "second", "yds": "yard", "lbs": "lb", "sq": "square",
}  # fmt: skip
_MEASURE_BEFORE_NUMBER = re.compile(
    r"\b(age|total|population|height|depth|speed|cost|price|score|margin)\s+of\s+(?:about\s+|nearly\s+|almost\s+)?\$?$",
    re.IGNORECASE,
)
# "the first two groups", "the top three": some of them, not how many there are ("to last six weeks" is).
_SUBSET_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+(?:first|last|next|top|final)\s+$", re.IGNORECASE)
# "roughly 320,000 years ago": a point in time, not a count. A story that is a timeline gives many
# ("before 400,000 years ago", "by 320,000 years ago"); like dates, two of them disagree only in
# cards that state the same fact.
AGO = " ago"
_AGO = re.compile(r"\s+ago\b")
_UNIT_AFTER_NUMBER = re.compile(r"^[\s-]*(?:(?:million|billion|thousand|bn|m)\s+)?([^\W\d_][\w'’-]*)")


@dataclass
class _Fact:
    """A verified card and what comparison needs of it."""

    card: Card
    order: int  # position of its article in the story
    stems: frozenset[str]
    quotations: list[str]
    atoms: ClaimAtoms
    slots: dict[str, set[str]] = field(default_factory=dict)  # unit stem -> values
    # Computed on first use and kept: a story's cards are compared pair by pair.
    written: list[DateMention] | None = None
    people: dict[str, str] | None = None
    caption: bool = False  # a photo's caption: it dates and counts a photo, not the story's facts


def merge_story(
    cards: Sequence[Card], article_order: Sequence[str], vocabulary: Vocabulary | None = None
) -> tuple[list[Card], list[Conflict]]:
    """The story's cards with same-fact cards merged (corroborated first, then in article
    order), and its conflicts. `vocabulary` (the story's lower-case words) tells a name from a
    capitalized sentence opener."""
    order = {article: i for i, article in enumerate(article_order)}
    facts = [_fact(c, order.get(c.article, len(order)), vocabulary) for c in cards if c.status is Status.verified]
    # Disagreements first: a card that another outlet contradicts stands on its own, on its
    # side of the conflict, and corroborates nothing.
    shared = _shared_words(facts)
    conflicts, contested = _conflicts(facts, _candidate_pairs(facts, shared, SAME_SUBJECT))
    uncontested = [i for i in range(len(facts)) if i not in contested]
    groups = _same_fact_groups(facts, uncontested, _candidate_pairs(facts, shared, SAME_FIGURE))
    groups += [[facts[i]] for i in sorted(contested)]
    merged = [_merged(group) for group in groups]
    ranked = sorted(merged, key=lambda c: (-len(c.sources), order.get(c.article, 0), _position(c)))
    others = [c.model_copy(update={"sources": [c.article]}) for c in cards if c.status is not Status.verified]
    return ranked + others, conflicts


def _fact(card: Card, order: int, vocabulary: Vocabulary | None) -> _Fact:
    text = card.claim
    found = atoms(text, vocabulary=vocabulary)
    fact = _Fact(card, order, content_stems(text), _quotations(card), found, caption=is_caption(text))
    fact.slots = _slots(text, found)
    return fact


def content_stems(text: str) -> frozenset[str]:
    return frozenset(similarity_stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared content words over the smaller card's: a short card inside a long one scores 1."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def quotations(text: str) -> list[str]:
    """The quotations in `text` in comparable form. Outlets excerpt quotations: a capital or a
    final comma comes and goes with the cut, so both are folded away."""
    return [fold(q).strip(" .,;:!?").casefold() for q in _QUOTATION.findall(text)]


def same_quotation(a: list[str], b: list[str]) -> bool:
    """One quotation in both lists, whole or as an excerpt of the other's."""
    return any(qa in qb or qb in qa for qa in a for qb in b)


def _quotations(card: Card) -> list[str]:
    return [q for t in [card.claim] + [e.text or e.quote for e in card.evidence] for q in quotations(t)]


def _slots(text: str, found: ClaimAtoms) -> dict[str, set[str]]:
    """Each figure by the word it counts: "six weeks" -> {"week": {"6"}}; an age however it is
    written ("a 29-year-old", "Jayveon Caballero, 29,", "at the age of 29") -> {"age": {"29"}}."""
    slots: dict[str, set[str]] = defaultdict(set)
    for number in found.numbers:
        at = number_at(text, number.surface)
        if at < 0 or number.ordinal or _SUBSET_BEFORE.search(text, 0, at) or _names_a_thing(text, at):
            continue
        after = text[at + len(number.surface) :]
        unit = _unit_after(after)
        word = _unit_name(unit[0]) if unit else ""
        value = f"{number.value:g}"
        if (text[max(at - 1, 0) : at] in "$€£" and at > 0) or word in _CURRENCIES:
            slots["$"].add(value)  # money: "$4.2 million" and "the $4.2 million cost"
        elif after.startswith("%"):
            slots[_PERCENT].add(value)
        elif word in _AGE_WORDS or (
            (_NAME_BEFORE_AGE.search(text, 0, at) or _AGE_BEFORE.search(text, 0, at)) and _AGE_AFTER.match(after)
        ):
            slots["age"].add(value)
        elif unit and word not in _NOT_UNITS:
            ago = _AGO.match(after, unit[1])
            slots[similarity_stem(word) + (AGO if ago else "")].add(value)
        elif of := _MEASURE_BEFORE_NUMBER.search(text, 0, at):
            slots[similarity_stem(of.group(1).lower())].add(value)  # "at the age of 91"
        elif number.value >= 10 and not _NOT_BARE_AFTER.match(after) and not _FROM_BEFORE.search(text, 0, at):
            slots[BARE].add(value)  # "payrolls increased by 943,000 for the month"
    return dict(slots)


BARE = ""  # the slot of figures that say nothing of what they count
# Not a bare figure: a number in a name ("Four Seasons", "Two Fat Ladies") or a time ("11:03").
_NOT_BARE_AFTER = re.compile(r"\s*(?:[A-Z]|:\d)|[-–]\d")  # and a tally or range's first half, "54-35"
_FROM_BEFORE = re.compile(r"\bfrom\s+$")  # "revised up to 366,000 from 235,000": the old figure


def _names_a_thing(text: str, at: int) -> bool:
    """ "the Haixun 01 patrol ship", "Apollo 11", "COVID-19": a number joined to a word or right after a capitalized word
    (not the sentence's first, nor one ending in punctuation: "Jeff Martin, 33,") is part of a name."""
    if at >= 2 and text[at - 1] == "-" and text[at - 2].isalnum():
        return True  # "COVID-19", "F-35"; a tally's second half, "the 54-35 vote"
    before = text[:at].split()
    if len(before) < 2 or not before[-1][-1:].isalnum() or not any(c.isupper() for c in before[-1]):
        return False
    if before[-1].endswith(("'s", "’s")):
        return False  # "Dudley's 20% increase"
    return not before[-2].endswith((".", "!", "?", ":", '"', "“"))


def _unit_after(after: str) -> tuple[str, int] | None:
    """The word a figure counts, from the text just after it, and where that word ends: "six weeks",
    "20 U.S. states", "four big parts". None where the next word says what happened or when, not
    what is counted ("120 voted against", "293,000 last week")."""
    m = _DESCRIBED_UNIT.match(after) or _UNIT_AFTER_NUMBER.match(after)
    if m is None:
        return None
    word = m.group(1)
    lowered = word.lower()
    if lowered in _AGE_WORDS or lowered in _UNIT_NAMES or lowered in _NOT_UNITS:
        return word, m.end()
    if lowered in _NOT_COUNTED:
        return None
    forms = forms_by_class(lowered)
    if not forms:
        return word, m.end()  # a word no dictionary knows ("km", "MPs")
    describes = "ADJ" in forms or ("VERB" in forms and lowered.endswith(("ed", "ing")))  # "2 million wasted doses"
    if "NOUN" not in forms and not describes:
        return None
    # The last noun of a compound is what is counted: "five boarding groups", "1 million vaccine shots",
    # "200 bone fragments". A plural ends it: "12 people work", "800 troops remain".
    end = m.end()
    for _ in range(0 if after[:1] == "-" else 2):  # "a 5-inch coat": the unit is joined to its figure
        if lowered.endswith("s") or lowered in _PLURALS or (noun := _NEXT_WORD.match(after, end)) is None:
            break
        following = noun.group(1).lower()
        if "NOUN" not in forms_by_class(following) or following in _NOT_COUNTED or following in _NOT_UNITS:
            break
        word, lowered, end, describes = noun.group(1), following, noun.end(), False
    return None if describes else (word, end)


# Words after a figure that can be nouns but say when or how much more, not what is counted.
_NOT_COUNTED = frozenset("last next this that these those more less other another each every".split())
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")
_PLURALS = frozenset("people children men women police staff".split())


def _unit_name(word: str) -> str:
    lowered = word.lower()
    return _UNIT_NAMES.get(lowered, lowered)


def _same_quotation(a: _Fact, b: _Fact) -> bool:
    return bool(a.quotations and b.quotations) and same_quotation(a.quotations, b.quotations)


def _same_words_quoted(a: _Fact, b: _Fact) -> bool:
    """Both cards quote the same words whole (give or take a trim at either end): the strongest
    tie two outlets' cards can have."""
    return any(
        (qa in qb or qb in qa) and min(len(qa), len(qb)) >= 0.9 * max(len(qa), len(qb))
        for qa in a.quotations
        for qb in b.quotations
    )


def _same_fact(a: _Fact, b: _Fact) -> bool:
    if a.card.article == b.card.article:
        return False
    if _same_quotation(a, b):
        return _same_speaker(a.card, b.card)
    shared = overlap(a.stems, b.stems)
    # The same specific figure counting the same thing ("$4.2 million", "18,000 vehicles")
    # ties two cards together more than any wording.
    same_figure = any(
        a.slots[u] & b.slots[u] and u not in _GENERIC_UNITS and u != BARE for u in set(a.slots) & set(b.slots)
    )
    if not (
        (same_figure and shared >= SAME_FIGURE)
        or (shared >= SAME_FACT and fuzz.token_set_ratio(a.card.claim, b.card.claim) >= 70)
    ):
        return False
    return (
        not _figures_differ(a, b)
        and not _dates_differ(a.card, b.card)
        and not _written_dates_differ(a, b)
        and not _names_differ(a, b)
    )


def _same_fact_groups(facts: list[_Fact], members: list[int], pairs: list[tuple[int, int]]) -> list[list[_Fact]]:
    """Union of same-fact pairs among `members`. Two groups that each hold a card of the same
    article stay apart: an article states a fact once, so such a merge would be a chain of
    near-misses."""
    parent = {i: i for i in members}
    articles: dict[int, set[str]] = {i: {facts[i].card.article} for i in members}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The same words quoted whole by both outlets first: an article's card taken by a weaker tie
    # (shared words, a phrase lifted from a longer quotation) would keep out its own copy of the quote.
    for i, j in sorted(pairs, key=lambda pair: (not _same_words_quoted(facts[pair[0]], facts[pair[1]]), pair)):
        if i not in parent or j not in parent:
            continue
        root_i, root_j = find(i), find(j)
        if root_i == root_j or articles[root_i] & articles[root_j] or not _same_fact(facts[i], facts[j]):
            continue
        parent[root_j] = root_i
        articles[root_i] |= articles.pop(root_j)
    groups: dict[int, list[_Fact]] = defaultdict(list)
    for i in members:
        groups[find(i)].append(facts[i])
    return list(groups.values())


def _shared_words(facts: list[_Fact]) -> dict[tuple[int, int], int]:
    """How many content words each pair of cards shares, counted through an index of words so
    a story's hundreds of cards are not compared all with all."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        for stem in fact.stems:
            index[stem].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for listed in index.values():
        if len(listed) > _COMMON_WORD_CARDS:
            continue  # a word in hundreds of a story's cards links them all and tells nothing
        for x, i in enumerate(listed):
            for j in listed[x + 1 :]:
                shared[(i, j)] += 1
    return shared


def _candidate_pairs(facts: list[_Fact], shared: dict[tuple[int, int], int], least: float) -> list[tuple[int, int]]:
    """Pairs of cards from different articles that share a quotation or at least `least` of
    their content words: the only pairs worth comparing, in order."""
    pairs = {
        (i, j)
        for (i, j), count in shared.items()
        if facts[i].card.article != facts[j].card.article
        and count >= least * min(len(facts[i].stems), len(facts[j].stems))
    }
    quoted = [i for i, f in enumerate(facts) if f.quotations]
    for x, i in enumerate(quoted):
        for j in quoted[x + 1 :]:
            if facts[i].card.article != facts[j].card.article:
                pairs.add((i, j))
    return sorted(pairs)


def _merged(group: list[_Fact]) -> Card:
    """One card for the group: the fullest quotation's card, or the first outlet's, with
    every outlet's evidence (each entry naming its article)."""
    if len(group) == 1:
        card = group[0].card
        return card.model_copy(update={"sources": [card.article]})
    quoted = [f for f in group if f.quotations]
    primary = (
        max(quoted, key=lambda f: (max(len(q) for q in f.quotations), -f.order))
        if len(quoted) == len(group)
        else min(group, key=lambda f: f.order)
    )
    evidence = list(primary.card.evidence)
    for fact in sorted(group, key=lambda f: f.order):
        if fact is primary:
            continue
        evidence.extend(e.model_copy(update={"article": e.article or fact.card.article}) for e in fact.card.evidence)
    sources = [f.card.article for f in sorted(group, key=lambda f: f.order)]
    return primary.card.model_copy(update={"evidence": evidence, "sources": list(dict.fromkeys(sources))})


def _conflicts(facts: list[_Fact], pairs: list[tuple[int, int]]) -> tuple[list[Conflict], set[int]]:
    """Pairs of facts about the same thing, from different outlets, that disagree; and the
    indexes of every fact on a side of one. Disagreeing pairs that share a card are one conflict;
    pairs that share none are separate ones, however alike their kind ("2018" against "2019" and
    "1967–1979" against "1966–1978" are two disagreements, not one with four sides)."""
    found: dict[tuple[str, str], list[tuple[tuple[str, int], tuple[str, int]]]] = defaultdict(list)
    # A side is a value, however each card writes it ("5.4%", "5.4 percent"): ends are keyed by the
    # value, and shown as the first card on the side writes it.
    shown: dict[tuple[str, int], str] = {}

    def end(key: str, value: str, index: int) -> tuple[str, int]:
        shown.setdefault((key, index), value)
        return key, index

    for i, j in pairs:
        a, b = facts[i], facts[j]
        ca, cb = a.card, b.card
        if _same_quotation(a, b) and not _same_speaker(ca, cb):
            said_a, said_b = ca.speaker or "unattributed", cb.speaker or "unattributed"
            found[("speaker", "who said it")].append((end(said_a, said_a, i), end(said_b, said_b, j)))
            continue
        shared = overlap(a.stems, b.stems)
        if shared < SAME_SUBJECT or _names_differ(a, b):
            continue  # "18-year-old … Hannah Graham" and "25-year-old … Morgan Harrington": two people
        if a.caption or b.caption:
            continue  # two photos' captions date two photos, not one fact
        for unit_a, unit_b in _comparable_slots(a, b, shared):
            unit = unit_a or unit_b
            limit = MAX_AGE_DISAGREEMENT if unit == "age" else MAX_DISAGREEMENT
            values = _disagreement(a.slots[unit_a], b.slots[unit_b], limit)
            if values is None or (unit.endswith(AGO) and shared < SAME_FACT):
                continue
            mine, theirs = values
            if not _counts_the_same_thing(ca.claim, a, mine, cb.claim, b, theirs, unit):
                continue
            if unit == "age" and _sexes_differ(_age_sex(ca.claim, mine), _age_sex(cb.claim, theirs)):
                continue  # "a 15-year-old girl" and "a 21-year-old Richmond man": two people
            figure_a, figure_b = _figure(ca.claim, a, unit_a, {mine}), _figure(cb.claim, b, unit_b, {theirs})
            found[("figure", _about(unit, figure_a if unit_a else figure_b))].append(
                (end(mine, figure_a, i), end(theirs, figure_b, j))
            )
        dates = _date_disagreement(a, b, shared)
        if dates is not None:
            (key_a, shown_a), (key_b, shown_b) = dates
            found[("date", "the date")].append((end(key_a, shown_a, i), end(key_b, shown_b, j)))
    conflicts = []
    contested: set[int] = set()
    for (kind, about), edges in found.items():
        for component in _components(edges):
            sides: dict[str, set[int]] = defaultdict(set)
            for value, index in component:
                sides[value].add(index)
            if len(sides) < 2 or _one_outlet_many_values(sides, facts):
                continue
            conflict_sides = []
            for value, members in sorted(sides.items(), key=lambda item: (min(item[1]), item[0])):
                cards = [facts[m].card for m in sorted(members)]
                articles = list(dict.fromkeys(c.article for c in cards))
                side = ConflictSide(value=shown[(value, min(members))], cards=[c.id for c in cards], articles=articles)
                conflict_sides.append(side)
            conflicts.append(Conflict(kind=kind, about=about, sides=conflict_sides))
            contested.update(m for members in sides.values() for m in members)
    return conflicts, contested


MAX_SIDES_PER_OUTLET = 2


def _one_outlet_many_values(sides: dict[str, set[int]], facts: list[_Fact]) -> bool:
    """One outlet on three sides or more gives three different figures itself: three facts ("15
    percent were younger than 50", "72 percent versus 63 percent", "53 percent versus 48 percent"), that
    another outlet's one figure only seemed to contradict. (On two sides it may have changed one copy
    of a figure it prints twice: that is kept.)"""
    per_outlet: dict[str, int] = defaultdict(int)
    for members in sides.values():
        for article in {facts[m].card.article for m in members}:
            per_outlet[article] += 1
    return max(per_outlet.values()) > MAX_SIDES_PER_OUTLET


_AGED_PERSON = re.compile(r"\b(\d{1,3})-years?-old\s+(?:[A-Z][\w'’-]*\s+)?([a-z]+)")


def _age_sex(claim: str, value: str) -> str | None:
    """Whether the claim's person of that age is a man or a woman, where it says so next to the age."""
    for m in _AGED_PERSON.finditer(claim):
        if m.group(1) == value:
            return sex_of_word(m.group(2))
    return None


def _sexes_differ(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x != y


def _comparable_slots(a: _Fact, b: _Fact, shared: float) -> list[tuple[str, str]]:
    """Pairs of slots whose figures may disagree: the same unit in both cards; and, in two cards that
    state one fact, a figure one card says the unit of and the other leaves bare ("payrolls rose by
    943,000 workers in July" against "payrolls rose by 1,178,750 for the month")."""
    both = sorted(u for u in set(a.slots) & set(b.slots) if u != BARE)
    pairs = [(u, u) for u in both]
    if shared >= SAME_FACT and not _written_dates_differ(a, b):  # "194,000 jobs in September", "366,000 in August"
        pairs += [(u, BARE) for u in sorted(set(a.slots) - set(b.slots) - _NEVER_BARE) if _bare_for(a.slots[u], b)]
        pairs += [(BARE, u) for u in sorted(set(b.slots) - set(a.slots) - _NEVER_BARE) if _bare_for(b.slots[u], a)]
    return pairs


def _bare_for(values: set[str], other: _Fact) -> bool:
    """The other card has bare figures, and gives none of these values in any slot ("230 supporters"
    against "more than 400, including 230 cheerleaders" is not a disagreement on the 230)."""
    if BARE not in other.slots:
        return False
    given = set().union(*other.slots.values())
    return not any(_agree(v, w) for v in values for w in given)


_NEVER_BARE = frozenset({"$", _PERCENT, "age", BARE})  # money and percentages always say so


def _components(edges: list[tuple[tuple[str, int], tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """The (value, fact) ends of `edges`, grouped by the edges that connect them, each group in
    the order its first edge came (pairs come in a fixed order, so the conflicts do too). A card
    giving two figures is on two disagreements, not one that joins them."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for x, y in edges:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for edge in edges:
        for end in edge:
            group = groups.setdefault(find(end), [])
            if end not in group:
                group.append(end)
    return list(groups.values())


def _about(unit: str, figure: str) -> str:
    """What a figure counts, in words: "weeks" for "six weeks", "amount" for "$4.2 million"."""
    if unit == "$":
        return "amount"
    if unit in ("age", _PERCENT):
        return "age" if unit == "age" else "percentage"
    words = figure.split()
    if figure == unit:
        return unit
    word = words[0] if words[-1][:1].isdigit() else words[-1]
    written = word.lstrip("0123456789.,-")  # "2oz", "5-inch": the unit run into its figure
    return _UNIT_NAMES.get(written.lower(), written) if written != word else word


def _figure(claim: str, fact: _Fact, unit: str, wanted: set[str] | None = None) -> str:
    """The figure as the card writes it ("six weeks", "$4.2 million"); of a card giving two
    sums, the one the other card does not (`wanted`, as the slot values write them)."""
    numbers = fact.atoms.numbers
    if wanted:
        numbers = [n for n in numbers if f"{n.value:g}" in wanted] + [
            n for n in numbers if f"{n.value:g}" not in wanted
        ]
    if unit == BARE:
        return numbers[0].surface if numbers else unit
    if unit == "$":
        for number in numbers:
            at = number_at(claim, number.surface)
            if at > 0 and claim[at - 1] in "$€£":
                return claim[at - 1] + number.surface
            after = claim[at + len(number.surface) :] if at >= 0 else ""
            if at >= 0 and (currency := re.match(r"\s+(dollars?|euros?|pounds?)\b", after)):
                return number.surface + currency.group(0)
    if unit == _PERCENT:
        for number in numbers:
            at = number_at(claim, number.surface)
            if at >= 0 and claim.startswith("%", at + len(number.surface)):
                return f"{number.surface}%"
    if unit == "age":
        ages = fact.slots.get("age", set())
        for number in numbers:
            if f"{number.value:g}" in ages:
                return f"age {number.surface}"
    for number in numbers:
        at = number_at(claim, number.surface)
        after = claim[at + len(number.surface) :] if at >= 0 else ""
        counted = _unit_after(after) if at >= 0 else None
        if counted and similarity_stem(_unit_name(counted[0])) == unit.removesuffix(AGO):
            return f"{number.surface}{after[: counted[1]]}".strip()
        measure = _MEASURE_BEFORE_NUMBER.search(claim, 0, at) if at >= 0 else None
        if measure and similarity_stem(measure.group(1).lower()) == unit:
            return f"{measure.group(0)}{number.surface}"  # "age of 91"
    return unit


MAX_DISAGREEMENT = 3.0
# Outlets that disagree on someone's age are a year or two apart; "a 25-year-old man was arrested" and
# "the 69-year-old suffered multiple injuries" are two people.
MAX_AGE_DISAGREEMENT = 1.5
ROUNDING = 0.05  # how far a figure given to fewer digits may be from the exact one and still be it


def _disagreement(a: set[str], b: set[str], limit: float = MAX_DISAGREEMENT) -> tuple[str, str] | None:
    """The two values, one of each card, that disagree least, or None. Outlets that disagree on one
    figure give near values ("six weeks" against "eight", "$972,815" against "$972,814"); "three
    soldiers" against "1,000 soldiers" are two different counts, "$973,000" or "$1 million" against
    "$972,814" the same figure rounded, and a value both cards give is no side. Of a card giving
    several, the one nearest the other's ("$420 a month, $72 billion in all" against "$368 a month")."""
    mine, theirs = _unshared(a, b)
    near = []
    for x in mine:
        for y in theirs:
            low, high = sorted((abs(float(x)), abs(float(y))))
            if low > 0 and high / low <= limit:
                near.append((high / low, x, y))
    if not near:
        return None
    _, x, y = min(near)
    return x, y


def _unshared(a: set[str], b: set[str]) -> tuple[list[str], list[str]]:
    """Each card's values the other gives in no form."""
    return [x for x in a if not any(_agree(x, y) for y in b)], [y for y in b if not any(_agree(y, x) for x in a)]


def _agree(x: str, y: str) -> bool:
    """The same figure, or one given to fewer digits that the other rounds to, within 5% ("973000"
    and "972814", "1e+06" and "972814"); "6" and "8", "18000" and "22500", "100" and "125" disagree."""
    if x == y:
        return True
    u, v = float(x), float(y)
    if not (math.isfinite(u) and math.isfinite(v)) or u <= 0 or v <= 0:
        return False
    rough, exact = (u, v) if significant_digits(u) <= significant_digits(v) else (v, u)
    digits = significant_digits(rough)
    if digits >= significant_digits(exact) or not rounds_to(exact, digits, rough):
        return False
    # "100" for 125 rounds, but an outlet writing 100 where another writes 125 disagrees with it.
    return abs(rough - exact) <= ROUNDING * exact


def _counts_the_same_thing(
    claim_a: str, a: _Fact, value_a: str, claim_b: str, b: _Fact, value_b: str, unit: str
) -> bool:
    """ "4,000 homes" and "6,500 homes" count the same thing; "81 percent" (turnout) and
    "4.5 percent" (a pay rise) do not: a generic unit needs a shared word around the two figures
    themselves, not around any other figure either claim gives."""
    if unit not in _GENERIC_UNITS:
        return True
    return bool(_context(claim_a, a, unit, value_a) & _context(claim_b, b, unit, value_b))


# Words around a figure that say how it is given, not what it counts: "roughly 320,000 years ago"
# and "some 100,000 years ago" share "ago" and nothing else.
_NOT_WHAT_IT_COUNTS = frozenset(
    """ago roughly nearly almost approximately least than earlier later just rose rise risen rising fell fall
    fallen falling climbed climb jumped jump grew grow dropped drop declined decline increased decreased gained
    soared slipped surged past""".split()
)  # and how it moved: "rose 0.9%" and "rose 0.8%" say nothing about what rose


def _context(claim: str, fact: _Fact, unit: str, value: str | None = None) -> set[str]:
    """Content words around the claim's figures (of `value` only, where given)."""
    words: set[str] = set()
    for number in fact.atoms.numbers:
        at = number_at(claim, number.surface)
        if at < 0 or (value is not None and f"{number.value:g}" != value):
            continue
        words |= _words_around(claim, at, at + len(number.surface), unit)
    return words - {unit}


def _words_around(claim: str, start: int, end: int, unit: str | None = None) -> set[str]:
    """Content words in the six before and the five after (the figure's own unit not counted)."""
    before = _WORD.findall(claim[:start])[-6:]
    after = [w for w in _WORD.findall(claim[end:])[:6] if similarity_stem(w) != unit][:5]
    return {
        similarity_stem(w)
        for w in before + after
        if w.lower() not in STOPWORDS and w.lower() not in _NOT_WHAT_IT_COUNTS and len(w) > 2
    }


def _figures_differ(a: _Fact, b: _Fact) -> bool:
    if any(any(_unshared(a.slots[u], b.slots[u])) for u in set(a.slots) & set(b.slots) if u != BARE):
        return True
    numbers_a, numbers_b = a.atoms.numbers, b.atoms.numbers
    return bool(numbers_a and numbers_b) and not (
        all(any(same_number(x, y) for y in numbers_b) for x in numbers_a)
        or all(any(same_number(y, x) for x in numbers_a) for y in numbers_b)
    )


def _dates_differ(a: Card, b: Card) -> bool:
    """Two dates that cannot both be right: "2025-03-18" and "2025-03-19", "mid May" (2025-05) and
    "April 30" (2025-04-30), "2018" and "2019". A month and a day in it agree."""
    if not a.when or not b.when:
        return False
    return not (a.when.startswith(b.when) or b.when.startswith(a.when))


def _written_dates(fact: _Fact) -> list[DateMention]:
    """The dates the claim writes out: "2018", "mid May" (--05), "April 30" (--04-30), "2021-03-03"."""
    if fact.written is None:
        fact.written = [d for d in fact.atoms.dates if _is_written(d.key)]
    return fact.written


def _is_written(key: str) -> bool:
    """A date written out ("2018", "mid May", "April 30"), not one said relative to the day ("on Monday")."""
    return key[:1].isdigit() or key.startswith("--")


def _compatible(x: str, y: str) -> bool:
    """ "--04-30" and "2025-04-30", "2025-04" and "2025-04-30" can both be right; "2018" and "2019",
    "--05" (mid May) and "--04-30" cannot."""
    (year_x, rest_x), (year_y, rest_y) = _date_parts(x), _date_parts(y)
    if year_x and year_y and year_x != year_y:
        return False
    return rest_x.startswith(rest_y) or rest_y.startswith(rest_x)


def _date_parts(key: str) -> tuple[str, str]:
    """ "2025-04-30" -> ("2025", "04-30"); "--05" -> ("", "05"); "2018" -> ("2018", "")."""
    if key.startswith("--"):
        return "", key[2:]
    return key[:4], key[5:]


def _unmatched(mine: list[DateMention], theirs: list[DateMention]) -> list[DateMention]:
    """My dates that none of theirs has room for."""
    return [x for x in mine if not any(_compatible(x.key, y.key) for y in theirs)]


def _written_dates_differ(a: _Fact, b: _Fact) -> bool:
    """Both claims write dates out, and each gives one the other has no room for."""
    mine, theirs = _written_dates(a), _written_dates(b)
    return bool(mine and theirs and _unmatched(mine, theirs) and _unmatched(theirs, mine))


def _date_disagreement(a: _Fact, b: _Fact, shared: float) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Each side's dates (as keys, and as the claim writes them), where two cards about one event
    give dates that cannot both be right.
    Only the dates that differ are the disagreement: "voted on Monday to close it from mid May"
    against "voted on Monday to close it from April 30" is "mid May" against "April 30", not Monday.
    Two dates in two cards are often two events ("lost on Monday", "restored on Tuesday"): dates
    said relative to the day need nearly the same words around them; dates written out, the same
    fact's words."""
    mine, theirs = _written_dates(a), _written_dates(b)
    if mine and theirs:
        left_a, left_b = _unmatched(mine, theirs), _unmatched(theirs, mine)
        if not left_a or not left_b or len(left_a) != len(left_b):  # a range against a range, a date against a date
            return None
        if {_since(a, d) for d in left_a} != {_since(b, d) for d in left_b}:
            return None  # "the best since August 2020" is a yardstick, not when the July payrolls rose
        to_the_day = all(_date_parts(d.key)[1] for d in left_a + left_b)  # a month or a day, not a year
        if shared < (SAME_FACT - 0.1 if to_the_day else SAME_FACT):
            return None
        # The dates of one thing: "starting in mid May" and "starting on April 30"; not "the sharpest
        # spike since August 2008" and "the 0.6% increase in May" in two claims about one report.
        around_a = set().union(*(_words_around(a.card.claim, d.start, d.end) for d in left_a))
        around_b = set().union(*(_words_around(b.card.claim, d.start, d.end) for d in left_b))
        if not around_a & around_b:
            return None
        return (_keys(left_a), _dates_shown(a, left_a)), (_keys(left_b), _dates_shown(b, left_b))
    if _dates_differ(a.card, b.card) and shared >= SAME_EVENT:
        return (a.card.when or "", _date_value(a)), (b.card.when or "", _date_value(b))
    return None


def _since(fact: _Fact, mention: DateMention) -> bool:
    return mention.surface.lower().startswith("since ") or fact.card.claim[: mention.start].rstrip().lower().endswith(
        "since"
    )


def _keys(mentions: list[DateMention]) -> str:
    return " ".join(d.key for d in mentions)


_WEEKDAY_BEFORE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$")


def _with_weekday(claim: str, mention: DateMention) -> str:
    """ "Tuesday, March 18" where the claim writes the weekday before the date."""
    weekday = _WEEKDAY_BEFORE.search(claim[max(mention.start - 12, 0) : mention.start])
    return ((weekday.group(0) if weekday else "") + mention.surface).strip()


def _dates_shown(fact: _Fact, differing: list[DateMention]) -> str:
    """The differing dates as the claim writes them; a range of years whole ("1967–1979"); a day
    written without its year with the date the card means ("Tuesday, March 18 (2025-03-18)")."""
    written = _written_dates(fact)
    if len(written) == 2 and all(d.surface.isdigit() for d in written):
        return "–".join(d.surface for d in written)
    claim, when = fact.card.claim, fact.card.when or ""
    shown = []
    for d in differing:
        surface = _with_weekday(claim, d)
        if d.key.startswith("--") and len(when) > 4 and _compatible(d.key, when):
            surface += f" ({when})"
        shown.append(surface)
    return ", ".join(shown)


def _date_value(fact: _Fact) -> str:
    """The card's date as it writes it, with the date it means: "Saturday, June 14 (2025-06-14)"."""
    when = fact.card.when or ""
    claim = fact.card.claim
    for d in fact.atoms.dates:
        if d.key in (when, "--" + when[5:]):
            return f"{_with_weekday(claim, d)} ({when})"
    return when


def _people(fact: _Fact) -> dict[str, str]:
    """The people a card is about or quotes, by surname: its speaker and the people in `who`.
    Places, outlets and stray capitals are not people, and never make two cards disagree."""
    if fact.people is None:
        found: dict[str, str] = {}
        for name in [fact.card.speaker or "", *fact.card.who]:
            words = name.split()
            if is_person(name):
                found.setdefault(key(words[-1]), name)
        fact.people = found
    return fact.people


def _names_differ(a: _Fact, b: _Fact) -> bool:
    """Two cards name different people for the same fact (both name someone, nobody in common)."""
    mine, theirs = _people(a), _people(b)
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs)


def _same_speaker(a: Card, b: Card) -> bool:
    if not a.speaker or not b.speaker:
        return True
    return last_key(a.speaker) == last_key(b.speaker)


def _position(card: Card) -> int:
    first = card.evidence[0] if card.evidence else None
    return first.start if first is not None and first.start is not None else 0


StoryJob = tuple[Grouping, list[Article], Article, list[Card]]
Mapper = Callable[[Callable[[StoryJob], tuple[Story, list[Card]]], list[StoryJob]], Iterable[tuple[Story, list[Card]]]]


def assemble_stories(
    articles: Sequence[Article],
    cards: Sequence[Card],
    settings: StorySettings | None = None,
    mapper: Mapper | None = None,
) -> tuple[list[Story], list[Card]]:
    """Group the articles into stories and merge each story's cards. Stories come heaviest
    first (most outlets, then most cards); a story's cards corroborated first. Stories are
    merged independently: `mapper` (default: in this process, in order) may spread them over
    worker processes, and must give the results back in the order of the jobs."""
    by_article: dict[str, list[Card]] = defaultdict(list)
    for card in cards:
        by_article[card.article].append(card)
    jobs: list[StoryJob] = []
    for grouping in group_stories(articles, settings):
        members = [articles[i] for i in grouping.members]
        own = [c for article in members for c in by_article[article.id]]
        jobs.append((grouping, members, articles[grouping.headline_index], own))
    stories: list[tuple[tuple[int, int, int], Story, list[Card]]] = []
    for (grouping, members, _, _), (story, merged) in zip(jobs, (mapper or map)(merge_one_story, jobs), strict=True):
        outlets = len({a.source or a.id for a in members})
        stories.append(((-outlets, -len(merged), grouping.members[0]), story, merged))
    stories.sort(key=lambda item: item[0])
    return [s for _, s, _ in stories], [c for _, _, merged in stories for c in merged]


def merge_one_story(job: StoryJob) -> tuple[Story, list[Card]]:
    """One story's merged cards and conflicts, its neutral headline and what its articles share."""
    grouping, members, central, own = job
    ids = [a.id for a in members]
    vocabulary = Vocabulary("\n".join(a.body for a in members))
    merged, conflicts = merge_story(own, ids, vocabulary)
    merged = printed_elsewhere(merged, members, conflicts)
    # Corroborated first, as merge_story ranked them (a stable sort keeps the rest of its order).
    merged.sort(key=lambda c: (c.status is not Status.verified, -len(c.sources)))
    story = Story(
        id=grouping.story_id,
        headline=neutral_headline(members, central, conflicts),
        articles=ids,
        cards=[c.id for c in merged],
        shared=grouping.shared,
        conflicts=conflicts,
    )
    return story, merged


_QUOTED_WORD = re.compile(r"\w+")
_MIN_QUOTED_WORDS = 6


def printed_elsewhere(cards: Sequence[Card], members: Sequence[Article], conflicts: Sequence[Conflict]) -> list[Card]:
    """A verified quote card also cites every other outlet of the story that prints the same
    quotation (whole, or the excerpt it chose) and does not credit it to someone else, even when
    that outlet's own cards picked other facts: the words are in its article, at these offsets."""
    contested = {card_id for c in conflicts for side in c.sides for card_id in side.cards}
    finder = _QuotationFinder()
    result = []
    for card in cards:
        if card.status is not Status.verified or card.id in contested:
            result.append(card)
            continue
        spoken = [q for q in _QUOTATION.findall(card.claim) if len(_QUOTED_WORD.findall(q)) >= _MIN_QUOTED_WORDS]
        added: list[Evidence] = []
        sources = list(card.sources or [card.article])
        for article in members:
            if article.id in sources:
                continue
            for quotation in spoken:
                span = finder.find(article, quotation)
                if span is not None and _credited_alike(finder, article, span, card.speaker):
                    start, end = span
                    text = article.body[start:end]
                    paragraph = finder.document(article).paragraph_number(start)
                    evidence = Evidence(quote=text, article=article.id, start=start, end=end, match=Match.exact)
                    added.append(evidence.model_copy(update={"text": text, "paragraph": paragraph}))
                    sources.append(article.id)
                    break
        result.append(
            card.model_copy(update={"evidence": [*card.evidence, *added], "sources": sources}) if added else card
        )
    return result


_QUOTE_MARKS = re.compile(r"[\"“”«»]")


class _QuotationFinder:
    """Where an article prints a quotation, whatever its quote marks, spacing and capitals; a
    shorter excerpt (the outlet's own cut, at least six words) counts too. Each article's words
    are indexed once; a run is grown only from the quotation's rarer words."""

    def __init__(self) -> None:
        self._indexed: dict[str, tuple[list[str], list[tuple[int, int]], dict[str, list[int]]]] = {}
        self._documents: dict[str, Document] = {}

    def _index(self, article: Article) -> tuple[list[str], list[tuple[int, int]], dict[str, list[int]]]:
        found = self._indexed.get(article.id)
        if found is None:
            matches = list(_QUOTED_WORD.finditer(article.body))
            words = [m.group(0).casefold() for m in matches]
            where: dict[str, list[int]] = defaultdict(list)
            for i, word in enumerate(words):
                where[word].append(i)
            found = self._indexed[article.id] = (words, [m.span() for m in matches], where)
        return found

    def document(self, article: Article) -> Document:
        if article.id not in self._documents:
            self._documents[article.id] = Document.of(article)
        return self._documents[article.id]

    def find(self, article: Article, quotation: str) -> tuple[int, int] | None:
        wanted = [w.casefold() for w in _QUOTED_WORD.findall(quotation)]
        if len(wanted) < _MIN_QUOTED_WORDS:
            return None
        words, spans, where = self._index(article)
        best = (0, 0)
        for k, word in enumerate(wanted):
            starts = where.get(word, ())
            if len(starts) > 20:
                continue  # "the", "and": a rarer word of the quotation will anchor the run
            for i in starts:
                back = 0
                while k - back > 0 and i - back > 0 and words[i - back - 1] == wanted[k - back - 1]:
                    back += 1
                ahead = 1
                while k + ahead < len(wanted) and i + ahead < len(words) and words[i + ahead] == wanted[k + ahead]:
                    ahead += 1
                if back + ahead > best[1] - best[0]:
                    best = (i - back, i + ahead)
        # The run ends where the article's quotation does: '…lightly," the mayor said' shares "the"
        # with '…lightly. The inspection …' but is no longer the quotation.
        first, last = best
        for k in range(first + 1, last):
            if _QUOTE_MARKS.search(article.body, spans[k - 1][1], spans[k][0]):
                last = k
                break
        if last - first < _MIN_QUOTED_WORDS:
            return None
        return spans[first][0], spans[last - 1][1]


def _credited_alike(finder: _QuotationFinder, article: Article, span: tuple[int, int], speaker: str | None) -> bool:
    """The other outlet does not credit the words to someone else."""
    if not speaker:
        return True
    document = finder.document(article)
    sentence = next(iter(document.sentences_over(*span)), None)
    said = attributions(document).speaker_of(sentence) if sentence is not None else None
    return said is None or same_person(said, speaker)


def neutral_headline(members: Sequence[Article], central: Article, conflicts: Sequence[Conflict]) -> str:
    """The most central article's title, unless it takes a side of the story's own conflict
    ("…for six weeks" while outlets say six and eight): then another outlet's title that takes
    none, else the central one with the disagreement said ("…(outlets disagree: six weeks /
    eight weeks)")."""
    disputed_conflicts = [c for c in conflicts if c.kind in ("figure", "date")]

    def takes_side(text: str) -> bool:
        return any(takes_side_of(text, c) for c in disputed_conflicts)

    candidates = [central, *sorted((a for a in members if a is not central), key=lambda a: a.id)]
    for article in candidates:
        headline = article.title or _first_sentence(article.body)
        if not takes_side(headline):
            return headline
    headline = central.title or _first_sentence(central.body)
    disputed = next(c for c in conflicts if c.kind in ("figure", "date") and takes_side_of(headline, c))
    return f"{headline} (outlets disagree: {' / '.join(side.value.split(' (')[0] for side in disputed.sides)})"


def takes_side_of(text: str, conflict: Conflict) -> bool:
    """Whether `text` says one side's value: "six weeks", or for a date "Tuesday" or "March 18"."""
    folded = f" {text.casefold()} "
    for side in conflict.sides:
        parts = [p.strip() for p in side.value.split(" (")[0].split(",")]
        if any(len(p) >= 3 and re.search(rf"(?<!\w){re.escape(p.casefold())}(?!\w)", folded) for p in parts):
            return True
    return False


_HEADLINE_WORDS = 6  # fewer, and the first line is a byline ("Matt Mueller") or a label, not the story


def _first_sentence(body: str, limit: int = 90) -> str:
    """A headline for an untitled article: its first sentence that says something ("The U.S. said
    …" intact), past a byline, a dateline on its own or a page's "Read more"; else its first."""
    texts = [body[s.start : s.end] for p in paragraphs(body)[:6] for s in sentences(body, p)]
    if not texts:
        return truncate(body.strip(), limit)
    says = [t for t in texts if len(t.split()) >= _HEADLINE_WORDS and reads_as_a_sentence(t)]
    # "“We don't trust the regime anymore,” he said …" is no headline: who "he" is comes later; nor
    # "On the other, “Jobs are pouring out …”", which answers a sentence before it.
    alone = [t for t in says if stands_alone(t)]
    # Of the first few that stand alone, one that tells rather than quotes ("“Sometimes I lost hope,”
    # Faraj said." is a story's colour, not what happened).
    told = next((t for t in alone[:_HEADLINE_CHOICES] if not _QUOTED_SPEECH.match(t)), None)
    headline = told or next(iter(alone), says[0] if says else texts[0])
    return truncate(_LABEL.sub("", headline, count=1) or headline, limit)


_HEADLINE_CHOICES = 3
# A sentence that opens on someone's words and says whose: "“Sometimes I lost hope,” Faraj said."
_QUOTED_SPEECH = re.compile(r"^\W{0,2}[\"“].{8,}?[\"”].{0,40}?\b(?:said|says|told|added|asked|wrote)\b")


# A page's label before its headline: "LISTEN: …", "View Images …", "Story highlights …".
_LABEL = re.compile(
    r"^\s*(?:[A-Z]{3,}(?: [A-Z]{3,})?\s*:\s+|View (?:Images|Photos|Gallery)\s+|Story highlights\s+|CLOSE\s+(?=[A-Z]))"
)


def mark_partial_sources(cards: Sequence[Card], verifier: Any) -> list[Card]:
    """A merged card names the outlets whose own spans support only part of it: each outlet's
    evidence alone is checked against the whole claim, the way the card's own article was."""
    marked = []
    for card in cards:
        others = [a for a in card.sources if a != card.article]
        partial = []
        claim = fold(card.claim)
        own = {fold(e.text) for e in card.evidence if (e.article or card.article) == card.article and e.text}
        for article in others:
            spans = [
                e.model_copy(update={"article": None}) for e in card.evidence if e.article == article and not e.context
            ]
            if spans and all(e.text and (fold(e.text) in own or claim in fold(e.text)) for e in spans):
                continue  # the outlet prints the same words: it supports all of it, no check needed
            alone = card.model_copy(update={"article": article, "evidence": spans, "speaker": card.speaker})
            if not spans or not verifier.supports(alone):
                partial.append(article)
        marked.append(card.model_copy(update={"partial_sources": partial}) if partial else card)
    return marked
