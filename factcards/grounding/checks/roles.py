"""Who did what to whom: a claim that shares a verb with its evidence must keep its roles.

"China warned the U.S." against "Blinken warned China", "China said U.S. support …" against
"the U.S. said Chinese support …": the same words, the parts swapped. For each verb (or noun
made from one) the claim and its evidence share, the doer is the subject: the participant
before it with only auxiliaries, adverbs or an aside between ("X has previously warned",
"X, a former envoy, warned"), the one written right before a noun ("X's support", "Chinese
support"), or the one after "by" in a passive ("was warned by X", "a novel written by X").
The receiver is the first participant after it, before any comma. Verbs that need no direction
("meet", "talk", "between X and Y") are left alone. Participants are names, and the bodies both texts
write as "the" and a common noun ("the regulator", "the town council"); a figure right after a verb is
what it did ("won 41 percent"), so the same figure done by another is a swap too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcards.grounding.checks.aligned import name_put_in_place
from factcards.grounding.checks.bindings import COMPASS_REGION, bound_differently, places_of, standings
from factcards.grounding.checks.context import ARTICLES, LIGHT_VERBS, ClaimContext, claim_forms
from factcards.grounding.checks.entities import same_role
from factcards.grounding.checks.moves import move_reversed
from factcards.grounding.checks.parties import GROUP_WORDS, parties_swapped, verdict_of_a_body
from factcards.grounding.checks.people import deed_of_whose_kin
from factcards.grounding.checks.posts import is_post
from factcards.grounding.checks.registry import UNSUPPORTED, Hit, register
from factcards.grounding.checks.reported import participle_given_away, saying_noun_turned, teller_made_doer
from factcards.text.attribution import BODY_NOUNS, DEED_NOT_SPEECH, PRONOUN_SEX, attributions
from factcards.text.calendar_names import WEEKDAYS
from factcards.text.claims import NUMBER_WORDS
from factcards.text.clauses import clauses
from factcards.text.dictionary import inflected_from
from factcards.text.document import Document, Sentence
from factcards.text.entity_types import entity_type
from factcards.text.lexicon import canonical_name, is_country, is_first_name, is_place, lexicon, sex_of_first_name
from factcards.text.names import (
    CALENDAR_WORDS,
    COMMON_OPENERS,
    NAME_RUN,
    NATIONALITIES,
    ROLE_WORDS,
    capitalized_runs,
    clean_token,
    last_key,
    peel_roles,
    word_keys,
)
from factcards.text.words import (
    JOB_NOUNS,
    Word,
    content_lemmas,
    forms_by_class,
    is_content,
    kinds_of,
    lemmas,
    names_its_kind,
    paraphrase_groups,
    same_family,
    sex_of_word,
    words,
)

_BOUNDARY = re.compile(
    r"[;:—–\"“”()]|\b(?:that|which|who|whom|whose|whether|if|because|while|when|after|before|although|though|but|and|or)\b",
    re.IGNORECASE,
)
_BE = frozenset("is are was were be been being get gets got gotten".split())
_MAX_GAP_WORDS = 10
# What one is, set off by a comma before their name: "their head coach, Ivan Petrov"
_WHAT_THEY_ARE = r"(?:the|their|its|his|her|our)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s*"
_APPOSED_OBJECT = re.compile(rf"\s+{_WHAT_THEY_ARE}")
# "sacked manager Tony Marsh", "beat defending champion Ana Ruiz": what they are, written before the name.
_TITLED = (
    r"(?:(?!(?:on|in|at|for|to|from|with|by|of|and|or|but|after|before|as|than|that|which|who|whom|whose|a|an|this"
    r"|these|those|his|her|their|its|our|my|your|it|he|she|they|we|you|will|would|has|have|had|is|are|was|were|be"
    r"|been|not|also|then|now|only|just|\w+ly)\b)[a-z][\w'’-]*\s+){1,2}"
)
_TITLED_GAP = re.compile(rf"\s+(?:{_TITLED})?")


@dataclass(frozen=True)
class Participant:
    key: str
    text: str
    start: int
    end: int


_PLACE_KINDS = frozenset({"city", "county"})
# A demonym after "the" or "a" and before a word or two and a name describes that name ("the Finnish conductor Aino
# Lehto", "a Brazilian striker, Marcos Silva").
_DESCRIBES_THE_NAME_NEXT = re.compile(
    r"(?:(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\b[Aa]n ))[A-Z][a-z]+(?:an|ish|ese|i)"
    r"(?: (?!(?:near|in|at|on|of|from|with|by|to|for|and|or|but|outside|inside)\b)[a-z][\w-]*){1,2},? [A-Z][a-z]"
)


_COUNTRY_LETTERS = frozenset("uk u.k. us u.s. eu".split())


def _named_with_a_country(tokens: list[str]) -> bool:
    """ "Reform UK": a name whose last word is a country's letters, after words that are no role."""
    return (
        len(tokens) >= 2
        and clean_token(tokens[-1]).lower() in _COUNTRY_LETTERS
        and not any(clean_token(t).lower() in ROLE_WORDS for t in tokens[:-1])
    )


@lru_cache(maxsize=16384)
def participants(text: str) -> tuple[Participant, ...]:
    """The people, bodies and places a text names, as comparable keys ("U.S." = "United States")."""
    found = []
    for run in capitalized_runs(text):
        tokens = run.text.split()
        offset = run.start
        while tokens and clean_token(tokens[0]).lower() in COMMON_OPENERS:
            offset += len(tokens[0]) + 1
            tokens = tokens[1:]
        if not tokens:
            continue
        end = run.end
        if "of" in tokens[2:] and (
            sex_of_first_name(" ".join(tokens)) or entity_type(" ".join(tokens[: tokens.index("of", 2)])) == "person"
        ):
            # "Sara Lind of Sweden", "Tomas Berg of Estavia": a person (by a first name, or read as one), then where
            # they are from (not "the Bank of England")
            tokens = tokens[: tokens.index("of", 2)]
            end = offset + len(" ".join(tokens))
        whole = " ".join(tokens)
        canonical = canonical_name(whole)
        if canonical not in lexicon().alias.values():
            name = peel_roles(whole)
            if not name and _named_with_a_country(tokens):
                pass  # ("Reform UK": a body named with its country's letters, no role)
            elif name or len(tokens) < 2 or clean_token(tokens[-1]).lower() not in _PLACE_KINDS:
                if not name or clean_token(name).lower() in ROLE_WORDS:
                    continue
                canonical = canonical_name(name.split()[-1])
            # (else "Calder City", "Kent County": a club or a place by its whole name, though "the city" is a role)
        if canonical in CALENDAR_WORDS:
            continue  # "unveiled the plan Thursday": a day does nothing to anyone
        if len(tokens) == 1 and _DESCRIBES_THE_NAME_NEXT.match(text, offset):
            continue  # "the Finnish conductor Aino Lehto": where the one named is from, no one else
        if (
            offset == 0
            and len(tokens) == 1
            and _party_noun(lowered := clean_token(whole).lower())
            and entity_type(whole) != "organisation"  # ("Labour won": the party, not labour)
        ):
            canonical = min(lemmas(lowered))  # "Tenants at the estate have won": the tenants another text names
        found.append(Participant(canonical, whole, offset, end))
    return tuple(found)


_DEFINITE = re.compile(r"\b[Tt]he(?=((?:\s+[a-z][a-z-]{2,}){1,3}))")


def _party_noun(noun: str) -> bool:
    classes = forms_by_class(noun)
    # "the downing of the jet" is an event, not a party; "the first", "the only" are no nouns here.
    return "NOUN" in classes and "ADV" not in classes and is_content(noun) and not noun.endswith(("ing", "est"))


@lru_cache(maxsize=16384)
def definite_parties(text: str) -> tuple[Participant, ...]:
    """The bodies a text names by a common noun after "the" ("the regulator", "the town council"), keyed
    by the head noun's lemma: they do things to the named ones as much as names do ("Kestrel was fined
    by the regulator")."""
    found = []
    for m in _DEFINITE.finditer(text):
        head = None
        at = m.start(1)
        for word in re.finditer(r"[a-z][a-z-]+", m.group(1)):
            if not _party_noun(word.group(0)):
                break
            if head is not None and word.group(0).endswith("ed") and "VERB" in forms_by_class(word.group(0)):
                break  # "the government accused Brandt": the verb after the body, though "the accused" is one

            head = (word.group(0), at + word.start(), at + word.end())
        if head is None or text[head[2] : head[2] + 2] in ("'s", "’s"):
            continue
        noun, start, end = head
        # The participant is the noun alone, so "by the" before it reads as the passive's "by".
        # Keyed as a name's last word is: "the union" is the "Marlow Nurses Union" named elsewhere.
        found.append(Participant(min(lemmas(noun)), noun, start, end))
    return tuple(found)


def _with_shared_parties(text: str, other: str, *, lowered: bool = False) -> list[Participant]:
    """`text`'s participants, with the definite common nouns it shares with `other` added in order; with `lowered`,
    in a text a feed has lower-cased ("harlow beat kestrel 2-1"), the names `other` gives, where the text writes
    them. (Only for who did what to whom: a verb set against another needs the feed's verbs read as a cased text's
    are, which paraphrase freely — "negotiating" a deal is "discussing" one.)"""
    theirs = participants(other)
    shared = {p.key for p in (*definite_parties(other), *_opening_noun(other), *theirs)}
    mine = tuple(_keyed_as_other(p, shared) for p in participants(text))
    extra = [p for p in (*definite_parties(text), *_opening_noun(text)) if p.key in shared]
    extra = [p for p in extra if not any(q.start == p.start for q in mine)]
    if lowered and theirs and not any(c.isupper() for c in text):
        extra += _lowered_names(text, theirs)
    return sorted([*mine, *extra], key=lambda p: p.start)


def _keyed_as_other(p: Participant, keys: set[str]) -> Participant:
    """ "Hartwell Foods" is the "Hartwell" the other text names: a name of several words keyed by its first where the
    other text names that and not its last."""
    tokens = p.text.split()
    if len(tokens) < 2 or p.key in keys:
        return p
    first = canonical_name(re.sub(r"['’]s?$", "", clean_token(tokens[0])))
    return Participant(first, p.text, p.start, p.end) if first in keys else p


def _opening_noun(text: str) -> tuple[Participant, ...]:
    """ "Residents of the Orm Court flats have won …": the common noun a text opens on, as "the residents" is one."""
    m = re.match(r"[A-Z][a-z]{2,}\b", text)
    # ("Two brothers from Bolton": a count of those the text opens on, not one of them)
    if m is None or not _party_noun(lowered := m.group(0).lower()) or lowered in NUMBER_WORDS:
        return ()
    return (Participant(min(lemmas(lowered)), m.group(0), 0, m.end()),)


def _party_past(text: str, noun: str) -> bool:
    """Whether `text` names a body by its noun after a preposition ("routes for the national carrier")."""
    return (
        re.search(rf"\b(?:for|with|to|from|against|of|on)\s+the\s+(?:[a-z-]+\s+){{0,2}}{re.escape(noun)}\b", text)
        is not None
    )


def _sentence_openings(text: str) -> list[Participant]:
    """The common noun each sentence of `text` opens on, as `_opening_noun` reads a text's first."""
    found = []
    for m in re.finditer(r"(?:^|(?<=[.!?]\s))[A-Z][a-z]{2,}\b", text):
        found += [Participant(p.key, p.text, m.start() + p.start, m.start() + p.end) for p in _opening_noun(m.group(0))]
    return found


# People news tells of by what they do or are, besides those the lexicon's kinds hold ("analysts said").
_COMMENTATORS = frozenset(
    "analysts economists experts critics officials campaigners protesters observers commentators parents".split()
)


def _people_word(lower: str) -> bool:
    """A plural noun for people: "analysts", "teachers", "residents"."""
    return lower.endswith("s") and (
        lower in _COMMENTATORS or _a_person(lower) or any(kind == "group of people" for kind, _ in kinds_of(lower))
    )


def _lowered_names(text: str, names: tuple[Participant, ...]) -> list[Participant]:
    found: dict[int, Participant] = {}
    for p in names:
        for m in re.finditer(rf"(?<![\w'’]){re.escape(p.text.lower())}(?![\w'’])", text):
            if not any(q.start <= m.start() < q.end for q in found.values()):
                found[m.start()] = Participant(p.key, m.group(0), m.start(), m.end())
    return list(found.values())


@dataclass(frozen=True)
class Roles:
    doers: frozenset[str]
    receivers: frozenset[str]
    nominal: bool = False  # "U.S. support": a noun with its doer written just before it


def _gap_ok(between: str) -> bool:
    return not _BOUNDARY.search(between) and len(between.split()) <= _MAX_GAP_WORDS


def roles_at(text: str, parts: list[Participant], verb: Word, found: Sequence[Word]) -> Roles:
    """Who does `verb` (one of `found`, the words of `text`) to whom, among `parts`. Worked out once per
    sentence, parties and verb: a story's cards cite the same sentences again and again."""
    return _roles_at(text, tuple(parts), found.index(verb))


@lru_cache(maxsize=65536)
def _roles_at(text: str, parts: tuple[Participant, ...], index: int) -> Roles:
    found = words(text)
    verb = found[index]
    classes = forms_by_class(verb.lower)
    # "has accused", "was charged": after an auxiliary a word that may be a noun is the verb.
    after_auxiliary = "VERB" in classes and index > 0 and found[index - 1].lower in _VERB_AUXILIARIES
    # "agreed to buy": after a verb and "to", "buy" is the verb, not the noun ("a good buy").
    # "shares rose 19 percent": a word that may be a noun and takes a figure is the verb.
    after_auxiliary = after_auxiliary or ("VERB" in classes and _FIGURE_OBJECT.match(text, verb.end) is not None)
    if "VERB" in classes and index > 1 and found[index - 1].lower == "to":
        before_to = next(
            (
                w.lower
                for w in reversed(found[max(index - 5, 0) : index - 1])
                if w.lower not in AUXILIARY and w.lower not in _PARTICLES  # "came from behind to beat"
            ),
            "",
        )
        after_auxiliary = after_auxiliary or _catenative(before_to)
    # "with Bukayo Saka scoring the winner": an "-ing" word a name does after "with" is a verb.
    after_auxiliary = after_auxiliary or ("VERB" in classes and any(_with_doing(text, p, verb) for p in parts))
    # "Jess Adeyemi, who set a national record": right after "who" a word that may be a noun is the verb.
    # Before an article it is a verb too ("Maya Stone set a record": no noun "set" is followed by "a"), and
    # between two names ("Estland beat Norland 28-17").
    after_auxiliary = after_auxiliary or (
        "VERB" in classes
        and index > 0
        and (
            found[index - 1].lower == "who"
            or (index + 1 < len(found) and found[index + 1].lower in ARTICLES)
            or _between_names(text, parts, verb)
        )
    )
    if "NOUN" in classes and not after_auxiliary:
        # A noun has a doer only when one is written right before it: "Chinese support".
        adjacent = [
            p
            for p in parts
            if p.end <= verb.start
            and re.fullmatch(r"(?:['’]s?)?\s*", text[p.end : verb.start])
            and not _MODIFIED.search(_before(text, p))  # "his Aberdeen debut"
        ]
        return (
            Roles(frozenset({adjacent[-1].key}), frozenset(), nominal=True)
            if adjacent
            else Roles(frozenset(), frozenset())
        )
    if "VERB" not in classes:
        return Roles(frozenset(), frozenset())
    before = [w for w in found[max(index - 3, 0) : index] if not w.lower.endswith("ly")]
    by = _BY.match(text, verb.end)
    # "was warned by X", and the reduced "a novel written by X", "released on May 5 by X".
    passive = _participle(verb.lower) and ((bool(before) and before[-1].lower in _BE) or by is not None)
    # A doer is the subject: a name after a preposition or an article ("played for Aberdeen,
    # making"; "a Scotland Under-21 cap") or held off by a lone comma is not one, except that
    # after a comma an "-ing" verb is done by the clause's subject ("Volta touched 5p, breaching …").
    # (so after "after", "before" or "while": "became champion after beating Igor Lenz" is the champion's deed)
    trailing = verb.lower.endswith("ing") and (
        text[: verb.start].rstrip().endswith(",") or _TIME_LINK_BEFORE.search(text, 0, verb.start) is not None
    )
    gap_ok = _gap_ok if trailing else subject_gap
    left = [
        p
        for p in parts
        if p.end <= verb.start
        and not (
            trailing
            and (
                _IN_PHRASE.search(text, max(p.start - 40, 0), p.start)
                or (verb.lower in _JUDGING and _object_of_deed(text, p))
            )
        )
        and (
            (
                (gap_ok(gap := _past_holding(text, p.end, verb.start)) or _RELATIVE.fullmatch(gap))
                # "beaten by Jess Adeyemi, who set …": "who" after a comma is the one just named, wherever it stands
                and (
                    _may_be_subject(_before(text, p))
                    or _with_doing(text, p, verb)
                    or _WHO_AFTER.fullmatch(gap)
                    or _GOVERNED_OF.search(text, max(0, p.start - 40), p.start)
                )
            )
            or (_WHICH_AFTER.fullmatch(gap) and p.text[:1].isupper() and not sex_of_first_name(p.text))
            or _apposed_subject(text, p, verb)
        )
    ]
    # An object follows without a comma: "the Tories spent £2.9m, the Lib Dems spent …".
    right = [
        p
        for p in parts
        if p.start >= verb.end and _gap_ok(text[verb.end : p.start]) and not _COMMA.search(text[verb.end : p.start])
    ]
    if not right:
        # "have sacked their head coach, Ivan Petrov, after …": the one done to, named after what they are
        right = [p for p in parts if p.start >= verb.end and _APPOSED_OBJECT.fullmatch(text, verb.end, p.start)][:1]
    if trailing and not left:
        # "Quintero narrowly won Sunday's runoff in Costavia with 50.8 percent, defeating Marsh": the
        # sentence's subject, however far back, when no clause break stands between.
        opener = next((p for p in parts if p.end <= verb.start), None)
        between = _AND_VERB.sub(" ", _TIME_LINK_BEFORE.sub("", text[opener.end : verb.start])) if opener else ""
        if (
            opener
            and _OPENER.fullmatch(text[: opener.start])
            and not _BOUNDARY.search(between)
            and _may_be_subject(_before(text, opener))  # ("They went to Gordon's Wine Bar before going": not the bar)
        ):
            left = [opener]
    if not left and (first := _FIRST_TO.search(text, 0, verb.start)) is not None:
        # "Brenna Lodd, 34, became the first woman to win the marathon": the one who became it does the deed
        opener = next((p for p in parts if p.end <= first.start()), None)
        if (
            opener
            and _OPENER.fullmatch(text[: opener.start])
            and not re.search(r"[.;:]", text[opener.end : first.start()])
        ):
            left = [opener]
    if not left and (meant := _pronoun_subject(text, parts, found, index)) is not None:
        left = [meant]  # "after she criticised his plan": the one of her sex the sentence named before
    doers: set[str] = set()
    if left:
        nearest = left[-1]
        doers.add(nearest.key)
        if _apposed_subject(text, nearest, verb):
            # ("The mayor of Corvale, Ines Duarte, has accused": the mayor accused, by the noun the name is set after)
            doers |= {
                p.key
                for p in parts
                if p.end <= nearest.start
                and not p.text[:1].isupper()
                and _APPOSED_HEAD.fullmatch(text, p.end, nearest.start)
                and _HEAD_OPENS.search(text, 0, p.start)
            }
        for p in reversed(left[:-1]):  # "Biden and Xi met"
            if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[p.end : nearest.start]):
                doers.add(p.key)
                nearest = p
    receivers: set[str] = set()
    if right and (owned := _OWNED_THING.match(text, right[0].end - (2 if _POSSESSED.search(right[0].text) else 0))):
        # "banned Rexham Athletic's owner, Gary Stone": the one done to is the owner, named after what they are (with
        # no name after it, whose thing it is stands for it: "vetoed Dana Kirk's budget")
        named = next((p for p in parts if p.start == owned.end()), None)
        right = [named] if named is not None else right
    if right:
        receivers.add(right[0].key)
    if passive:
        return Roles(_agent(text, parts, by), frozenset(doers))
    return Roles(frozenset(doers), frozenset(receivers - doers))


# Between a noun and the name set after it: "mayor of Corvale, " (before "Ines Duarte").
_APPOSED_HEAD = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*,\s*")
_HEAD_OPENS = re.compile(r"(?:^|[.!?;]\s+)[Tt]he\s+(?:[a-z-]+\s+){0,2}$")  # ("The regional mayor" opening a sentence)
_SUBJECT_PRONOUN = re.compile(rf"\b(?:{'|'.join(PRONOUN_SEX)})\b", re.IGNORECASE)
# Where a clause with a subject of its own opens: "…, after she criticised", "…; he said", "…, and she left".
_CLAUSE_BEFORE = re.compile(
    r"(?:\b(?:after|before|when|because|as|while|since|until|although|though|but|and|once|where)|[,;])\s*$", re.I
)


def _sex_of(name: str) -> str | None:
    """The sex a name's first name tells, past any title before it ("Prime Minister Gil Sarro": "m")."""
    parts = name.split()
    return next((sex for i in range(len(parts) - 1) if (sex := sex_of_first_name(" ".join(parts[i:])))), None)


def _pronoun_subject(text: str, parts: tuple[Participant, ...], found: list[Word], index: int) -> Participant | None:
    """The one a "he" or "she" opening the verb's clause means: the one person of that sex (by first name) the
    sentence names before it, where it names no one of the other sex who could be meant ("Orla Penn was sacked by Gil
    Sarro after she criticised his plan" is Penn's criticism)."""
    at = index - 1
    while at >= 0 and (found[at].lower in _VERB_AUXILIARIES or found[at].lower.endswith("ly")):
        at -= 1
    sex = PRONOUN_SEX.get(found[at].lower) if at >= 0 else None
    if sex is None or not _CLAUSE_BEFORE.search(text, 0, found[at].start):
        return None
    # (a place or a body is no "she": "The council sacked Sarah Penn after she …")
    before = [p for p in parts if p.end <= found[at].start and entity_type(p.text) not in ("place", "organisation")]
    # (one described, then named: "the leader, Paul Dean," is Paul Dean)
    before = [p for p in before if not _named_next(text, p, parts)]
    sexes = {p.key: _sex_of(p.text) for p in before}
    if not before or None in sexes.values():
        return None  # someone of no known sex may be the one meant
    meant = [p for p in before if sexes[p.key] == sex]
    return meant[-1] if meant and len({p.key for p in meant}) == 1 else None


_COMMA_NEXT = re.compile(r",\s+")


def _named_next(text: str, p: Participant, parts: Sequence[Participant]) -> bool:
    """A party by a common noun with a name set right after it by a comma ("the leader, Paul Dean"): the same one."""
    comma = _COMMA_NEXT.match(text, p.end)
    return p.text.islower() and comma is not None and any(q.start == comma.end() for q in parts)


_TIME_LINK_BEFORE = re.compile(r"\b(?:after|before|while|since|despite|without)\s+$", re.IGNORECASE)
_OWNED_THING = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:,\s*|(?=[\s.,;]))")
_POSSESSED = re.compile(r"['’]s$")
# "by X" right after the participle, or after a short time or place ("on December 5, 2000") or an
# amount ("fined $2 million by X"); lower-case words, an age and a demonym may describe the agent first ("by
# American author Joe Lansdale", "by 19-year-old Jess Adeyemi").
_BY = re.compile(
    # (past the verb's particle: "was put out by the crew")
    r"(?:\s+(?:out|off|up|down|over|away|back)(?=\s+by\b))?"
    # (no clause of its own in between: "said on Monday, and will be replaced by …" is no passive)
    r"(?:\s+(?:(?:on|in|at)\s+(?:(?!\b(?:and|but|will|would|be|been|was|were|has|had|is|are)\b)[\w ,.]){1,30}?"
    r"|[$£€]?\d[\d,.]*\s*(?:million|billion|thousand|m|bn|%|percent)?)){0,2}"
    r",?\s+by\s+"
)
# ... or a title set off by a comma ("replaced by his deputy, Joan Alvarez").
_AGENT_DESCRIBED = re.compile(
    r"(?:(?:the|a|an|[a-z][\w-]*|\d{1,3}-year-old|[A-Z][a-z]+(?:an|ish|ese|i))\s+){0,3}(?:[a-z][\w-]*,\s+)?"
)
_MODIFIED = re.compile(
    r"\b(?:a|an|his|her|their|its|our|my|your|for|in|at|to|with|from|on|into|against|about|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Irene Falk, who won 41 percent": the relative clause's verb is done by the one it follows.
_WHO_THEN = r"\s+who\s+(?:(?:has|had|have|is|are|was|were|will|also|then|previously|reportedly|only)\s+)*"
_RELATIVE = re.compile(rf",?{_WHO_THEN}")
_WHO_AFTER = re.compile(rf",{_WHO_THEN}")  # (after a comma: the one just named, wherever it stands)
# "their landlord, Greystone Homes, which was ordered": a body's relative clause (a person's "which" is a thing's:
# "starring Walter Brennan, which aired on ABC" is the film's)
_WHICH_AFTER = re.compile(rf",{_WHO_THEN.replace('who', 'which', 1)}")
# The figure a verb takes as its object: "won 41 percent", "raised $2 million".
_FIGURE_OBJECT = re.compile(
    r"\s+(?:(?:about|nearly|almost|some|roughly|around|just|more than|less than|over|under|up|down|by)\s+)?"
    r"(?P<figure>[$£€]?\d[\d,.]*\d|[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)(?P<unit>\s?(?:%|percent\b|per cent\b|million\b|billion\b))?",
    re.IGNORECASE,
)


# What a company's figures move by: "Kestrel shares rose 19%", "Kestrel's stock fell", "shares of
# Pinebrook rose" are the company's doing as much as "Kestrel rose" is.
_HOLDINGS = r"(?:shares?|stocks?|share\s+price|profits?|sales|revenues?|earnings)"
# … and those who act for one: "Norland's women beat Estland", "Russia's army shelled the town".
_SIDES = r"(?:women|men|team|side|squad|government|army|forces|troops|navy|players)"
_HOLDING = re.compile(rf"(?:['’]s)?\s+(?:{_HOLDINGS}|{_SIDES})(?=\s)", re.IGNORECASE)
# "The government of Velmar has banned": the one the country's government acts for does the deed.
_GOVERNED_OF = re.compile(
    r"\b(?:government|president|people|authorities|parliament|army|ministry|leaders?|king|queen)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HELD_OF = re.compile(rf"\b{_HOLDINGS}\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)


_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)


def _with_doing(text: str, p: Participant, verb: Word) -> bool:
    """ "…, with Bukayo Saka scoring the winner": after "with", a name right before an "-ing" verb does it."""
    return (
        verb.lower.endswith("ing")
        and text[p.end : verb.start].strip() == ""
        and bool(_WITH_BEFORE.search(_before(text, p)))
    )


# A name closing a phrase a preposition opens ("for her debut novel The Salt Road, beating …") is not
# the subject whose deed a trailing "-ing" verb is: the sentence's subject is.
_IN_PHRASE = re.compile(
    r"\b(?:for|in|at|to|with|from|on|of|into|against|about|by|over)\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?"
    r"(?:[a-z][\w-]*\s+){1,3}(?:The\s+)?$"
    # or a noun phrase mid-sentence, an object ("has won the £50,000 Halden Prize for fiction, beating …")
    r"|\s(?:the|a|an)\s+(?:[^\s]+\s+){0,2}$"
    # or the object of another "-ing" verb ("52 days after leaving La Gomera …, beating the record")
    r"|\b[a-z]{3,}ing\s+$"
)


_WORD_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+$")


def _object_of_deed(text: str, p: Participant) -> bool:
    """Whether `p` is the one a past deed was done to ("Judge Cole jailed Nathan Crowe …, describing him"): a trailing
    "-ing" verb is then the deed's doer's, not theirs. A saying verb comes before its subject ("…, said Rena Holt,
    adding")."""
    before = _WORD_BEFORE.search(text, max(p.start - 20, 0), p.start)
    if before is None or before["word"] in _SAYING_BEFORE:
        return False
    return bool(inflected_from(before["word"], "VBD"))


# What a trailing "-ing" verb of saying or judging does is the deed's doer's, not the one it was done to (whereas
# "appointed Grace Obi …, replacing Paul Hart" has her replace him).
_JUDGING = frozenset(
    "describing calling saying adding branding labelling labeling praising criticising criticizing accusing warning"
    " telling".split()
)
_SAYING_BEFORE = frozenset("said says told added warned wrote explained insisted argued claimed admitted".split())


def _may_be_subject(before: str) -> bool:
    """Whether a participant the words `before` lead up to may be a verb's subject: not after a preposition,
    an article or "his", nor inside an "of" phrase ("the downing of the jet caused": the jet did not) —
    unless it holds the shares that moved ("shares of Kestrel rose": Kestrel's did)."""
    return bool(_HELD_OF.search(before)) or not (_MODIFIED.search(before) or _OF.search(before))


def _between_names(text: str, parts: Sequence[Participant], verb: Word) -> bool:
    """A name right after the word (past what they are: "beat defending champion Mia Kovac"), and one (or its
    side) right before it."""
    return any(p.start > verb.end and _TITLED_GAP.fullmatch(text, verb.end, p.start) for p in parts) and any(
        not _past_holding(text, p.end, verb.start).strip() for p in parts if p.end <= verb.start
    )


def _past_holding(text: str, end: int, verb_start: int) -> str:
    """What stands between a participant and a verb, past a holding of theirs written after it."""
    m = _HOLDING.match(text, end, verb_start)
    return text[m.end() if m else end : verb_start]


def figure_object(text: str, verb: Word) -> str | None:
    """The figure `verb` takes as its object ("pledged $1.5 million" -> "$1.5million"), else None."""
    m = _FIGURE_OBJECT.match(text, verb.end)
    if m is None:
        return None
    unit = (m.group("unit") or "").strip().lower().replace("per cent", "%").replace("percent", "%")
    return m.group("figure").replace(",", "") + unit


# "won the runoff with 50.8 percent": the figure a verb's deed came with, later in its clause.
_WITH_FIGURE = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+with(?=\s)")


def _figure_with(text: str, verb: Word) -> str | None:
    m = _WITH_FIGURE.match(text, verb.end)
    return figure_object(text, Word("with", "with", m.end() - 4, m.end())) if m else None


def after_figure(text: str, verb: Word) -> str:
    """The first two words after the figure `verb` takes, in its clause ("save $90 million a year." ->
    "a year"); empty when it takes none."""
    m = _FIGURE_OBJECT.match(text, verb.end)
    if m is None:
        return ""
    return " ".join(re.split(r"[,;.:—–(]", text[m.end() :], maxsplit=1)[0].lower().split()[:2])


def figure_deed(text: str, verb: Word, other: str) -> tuple[frozenset[str], str] | None:
    """Who did `verb` to the figure after it, and the word after that figure ("The council pledged $4
    million toward" -> ({"council"}, "toward")); parties `other` shares count as names do."""
    m = _FIGURE_OBJECT.match(text, verb.end)
    if m is None:
        return None
    roles = roles_at(text, _with_shared_parties(text, other), verb, list(words(text)))
    if not roles.doers or roles.nominal:
        return None
    after = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
    return roles.doers, after.group(1).lower() if after else ""


# Narrower than AUXILIARY below: "this charge", "last week's charge" keep the noun.
_VERB_AUXILIARIES = frozenset(
    "has have had is are was were be been will would did does do may might could should can must".split()
)
# (past an age: "the murder of 19-year-old Liam Grey")
_OF = re.compile(r"\bof\s+(?:the\s+)?(?:\d{1,3}-year-old\s+)?$", re.IGNORECASE)
_COMMA = re.compile(r",(?!\d)")
AUXILIARY = frozenset(
    "has have had is are was were been being will would could should may might must can did does do not n't also then "
    "previously already just still now never once reportedly allegedly on last this earlier later today "
    "yesterday tonight".split()
) | frozenset(WEEKDAYS)


# "spent the night", "spends hours": a length of time spent, before the deed it was spent doing.
_SPENT_TIME = re.compile(
    r"\b(?:spen[dt]|spends|spending)\s+(?:(?:the|a|an|its|their|his|her|several|many|two|three|four|five|six|\d+)\s+)?"
    r"(?:[\w-]+\s+)?(?:nights?|days?|mornings?|afternoons?|evenings?|hours?|weeks?|months?|years?|time|weekends?)\s+$",
    re.IGNORECASE,
)


def doer_before(text: str, at: int) -> str | None:
    """The participant that is the subject of whatever starts at `at`: the nearest one before it with
    only auxiliaries, adverbs or an aside between ("the Blues failed to …"); None when there is none."""
    before = [p for p in participants(text) if p.end <= at and subject_gap(text[p.end : at])]
    return before[-1].key if before else None


def _agent(text: str, parts: list[Participant], by: re.Match[str] | None) -> frozenset[str]:
    """The first participant after "by", when only a description stands between them."""
    after = [p for p in parts if by is not None and p.start >= by.end()]
    if by is None or not after or not _AGENT_DESCRIBED.fullmatch(text[by.end() : after[0].start]):
        return frozenset()
    return frozenset({after[0].key})


def _before(text: str, p: Participant) -> str:
    # (far enough back for an age: "of 19-year-old Liam Grey")
    return text[max(p.start - (24 if _AGED_BEFORE.search(text, 0, p.start) else 12), 0) : p.start]


_AGED_BEFORE = re.compile(r"\d-year-old\s+$")


# "One of them, 29-year-old Marco Deane, was recaptured": a name set off by commas after the words it names.
_APPOSED_BEFORE = re.compile(r"\w,\s+(?P<said>(?:[\w'’-]+\s+){0,2})$")
_APPOSED_AFTER = re.compile(
    r",(?:\s+\d{1,3},)?\s+(?:(?:has|have|had|was|were|is|are|been|also|then|still|now|will|would|shall|can|could|may"
    r"|might|must)\s+)*$"
)


def _apposed_subject(text: str, p: Participant, verb: Word) -> bool:
    """Whether `p` is a name in apposition right before the verb ("the other, Peter Vance, 41, remains")."""
    if _APPOSED_AFTER.fullmatch(text, p.end, verb.start) is None or not _acts(p.text):
        return False
    before = _APPOSED_BEFORE.search(text, max(0, p.start - 60), p.start)
    # Only an age, an article or a title may stand before the name: not "pictured with", nor a place's county.
    return before is not None and all(
        re.fullmatch(r"\d{1,3}-year-old", w) or w.lower() in ("the", "a", "an") or w.lower() in ROLE_WORDS
        for w in before.group("said").split()
    )


_WHERE_SUBJECT_IS = re.compile(r"^\s*(?:in|at|near|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s|$)")


def subject_gap(between: str) -> bool:
    """What may stand between a subject and its verb: auxiliaries and adverbs ("has previously"),
    or an aside between two commas ("Smith, a Scotland cap, debuted"; "Marsh, who had led in most polls,
    conceded")."""
    aside = _RELATIVE_ASIDE.match(between) or _NOUN_ASIDE.match(between)
    if aside is not None:
        between = between[aside.end() :]
    # ("Voters in Arnsey re-elected", "Police in Norbridge arrested": where the subject is, then its verb)
    between = _WHERE_SUBJECT_IS.sub(" ", between, count=1)
    if not _gap_ok(between):
        return False
    inner = between
    if between.count(",") >= 2 and between.lstrip().startswith(","):
        inner = between[between.rindex(",") + 1 :]
    elif "," in between:
        return False
    found = inner.split()
    # "Kestrel agreed to buy", "Kestrel has agreed on Monday to buy": the one who agrees, plans or
    # tries to do a thing is the one who would do it.
    if len(found) >= 2 and found[-1].lower() == "to":
        verb = next(
            (i for i, w in enumerate(found) if w.lower() not in AUXILIARY and not w.lower().endswith("ly")), None
        )
        if verb is not None and verb < len(found) - 1 and _catenative(found[verb].lower()):
            # "came from behind to beat", "fought back to win", "went on to take": the verb's particles too
            # ("came from two goals down to beat": the margin it came back from too)
            found = [
                w
                for w in found[:verb] + found[verb + 1 : -1]
                if w.lower() not in _PARTICLES | _MARGIN and not w.isdigit()
            ]
    return all(w.lower() in AUXILIARY or w.lower().endswith("ly") for w in found)


_PARTICLES = frozenset("from behind back on off out up in".split())
_MARGIN = frozenset(
    "down a an one two three four five six goals goal points point runs sets set games shots strokes".split()
    # "took four hours to bring the blaze under control": how long it took them
    + "seven eight nine ten several many few hours hour days day weeks week months month years year minutes".split()
)


def _catenative(word: str) -> bool:
    """ "agreed", "plans", "expected": a verb that takes "to" and another verb after it."""
    return "VERB" in forms_by_class(word) and word not in _BE and word.isalpha()


# "joined Harlow in 1971 and became chief executive": "and" joining two verbs of one subject.
_AND_VERB = re.compile(
    r"\band\s+(?=(?:[a-z]+ed|became|won|took|made|went|came|got|gave|left|lost|led|held|ran|began|rose|fell|saw|said)\b)"
)
_OPENER = re.compile(r"\W*(?:[A-Za-z][a-z-]*\s+){0,3}")  # "Opposition leader Rafael Quintero"
# (past an age told first: "Mr Okafor, 52, who has run the shop for 20 years, chased")
_RELATIVE_ASIDE = re.compile(r"(?:\s*,\s+\d{1,3})?\s*,\s+(?:who|which|whose)\s+[^,;:—–()\"“”]{1,80},")
# ("Sir Alan Royce, the retired judge who chaired the inquiry, has criticised": what the subject is, however long)
_NOUN_ASIDE = re.compile(r"(?:\s*,\s+\d{1,3})?\s*,\s+(?:the|a|an|his|her|their|its)\s+[a-z][^,;:—–()\"“”]{1,100},")


def _participle(word: str) -> bool:
    """ "taken", "warned": a verb form that is not its own lemma and not an "-ing" form; or one whose participle is
    its lemma ("put", "cut", "hit")."""
    verb = forms_by_class(word).get("VERB", ())
    return bool(verb) and (word not in verb or bool(inflected_from(word, "VBN"))) and not word.endswith("ing")


_TO_THEN_BY = re.compile(r"\s+to\s+(?P<to>[^,;.]{1,60}?)\s+by\s+")


def _given_to(text: str, verb: Word, parts: Sequence[Participant]) -> frozenset[str]:
    """The parties a passive names after "to" and before its doer: "was recommended to Gulls boss Kevin
    Nicholson by …" gives Nicholson the recommendation; he did not make it."""
    m = _TO_THEN_BY.match(text, verb.end)
    if m is None:
        return frozenset()
    return frozenset(p.key for p in parts if m.start("to") <= p.start < m.end("to"))


# Deeds that pass a thing from one to another: the one it goes to, after "to", does not do them.
_HANDING = frozenset("sell give hand lend lease transfer award donate send pass".split())
# "sell the old tram depot to developer Keel Homes": the thing, then "to" and the one it goes to (described or not)
_TO_WHOM = re.compile(r"\s+(?:[\w'’£$€.-]+\s+){1,6}?to\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])")


def _handed_to(text: str, verb: Word, parts: Sequence[Participant]) -> frozenset[str]:
    """The party a deed of handing names right after "to": "voted to sell the depot to developer Keel Homes" has Keel
    Homes buy it; it did not sell."""
    if not lemmas(verb.lower) & _HANDING:
        return frozenset()
    m = _TO_WHOM.match(text, verb.end)
    return frozenset(p.key for p in parts if m is not None and p.start == m.end())


# "became the first woman to", "is the only team to", "was the youngest player ever to": a first (or only) one's deed
_FIRST_TO = re.compile(
    r"\b(?:became|becomes|become|was|is|were|are)\s+(?:the\s+)?(?:first|second|third|last|only|youngest|oldest)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:ever\s+)?to\s+$"
)


def _predicates(found: list[Word]) -> list[Word]:
    return [w for w in found if is_content(w.lower) and not w.capitalized and w.lower not in lexicon().symmetric]


def _shares(a: Word, b: Word) -> bool:
    la, lb = _deed_lemmas(a.lower), _deed_lemmas(b.lower)
    return bool(la & lb) or any(same_family(x, y) for x in la for y in lb)


def _deed_lemmas(word: str) -> frozenset[str]:
    """The word's lemmas, and the deed's done again ("re-elected" is an election too)."""
    found = lemmas(word)
    return found | lemmas(word[3:]) if word.startswith("re-") and len(word) > 5 else found


# "The council rejected …": a doer the claim opens on, described, and its deed.
# (or a bare plural opening the claim: "Pupils falsified their exam results")
_DESCRIBED_DOER = re.compile(
    r"(?:(?:The|An?)\s+(?P<doer>[a-z][\w-]*)|(?P<many>[A-Z][a-z]+s))\s+(?:has\s+|had\s+|have\s+)?(?P<verb>[a-z]+ed)\b"
)


def _owner_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "The council rejected the union's demand" against "refuse workers voted to strike …, rejecting the council's
    offer": the one whose thing the deed was done to, made its doer, where the evidence never has it do the deed."""
    m = _DESCRIBED_DOER.match(ctx.card.claim.strip())
    if m is None:
        return None
    doer, deed = (m.group("doer") or m.group("many")).lower(), lemmas(m.group("verb").lower())
    if m.group("many") and "NOUN" not in forms_by_class(doer):
        return None
    for text in ctx.texts:
        for w in words(text):
            if not lemmas(w.lower) & deed:
                continue
            owned = re.match(rf"\s+(?:the\s+)?{re.escape(doer)}['’]s?\s+[a-z]", text[w.end :], re.IGNORECASE)
            does_it = re.search(rf"\b{re.escape(doer)}s?\s+(?:\w+\s+){{0,3}}?{re.escape(w.text)}\b", text, re.I)
            if owned and not does_it:
                said = text[w.start : w.end + owned.end()].rsplit(None, 1)[0]
                return Hit(f'claim has "the {doer}" as the one who "{m.group("verb")}"; the evidence says "{said} …"',
                           ctx.span_of(said), ctx.home.article.id)  # fmt: skip
    return None


# "Tom Rees's agent has died": one of a named person's people, as the doer of the claim's opening deed.
_THEIR_ONE_DID = re.compile(
    r"(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s\s+(?P<one>[a-z]{3,})\s+"
    r"(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?P<verb>[a-z]+ed|died)\b"
)


def _owner_did_it(ctx: ClaimContext) -> Hit | None:
    """ "Tom Rees's agent has died" against "The actor Tom Rees … has died aged 81 …, his agent said": the deed the
    evidence has the named person do, given to one of their people, whom the evidence never has do it."""
    m = _THEIR_ONE_DID.match(ctx.card.claim.strip())
    if m is None or lemmas(m.group("verb")) & lexicon().reporting:
        return None
    owner, one, deed = last_key(m.group("owner")), m.group("one"), lemmas(m.group("verb"))
    # ("Fosk's neighbour was awarded £85,000" against "Ned Fosk was awarded £85,000": one it was done to)
    # (a person only: "Gloucester's win was sealed" is a thing of the team's, which it sealed)
    passive = bool(re.search(r"\b(?:was|were)\s+\S+$", m.group(0)))
    if passive and one not in _SOMEONES and one not in JOB_NOUNS:
        return None
    # (one the evidence names as theirs may have had it done too: "ordered Ion Marin and his brother to spend …")
    theirs = re.compile(rf"\b(?:his|her|their)\s+{re.escape(one)}s?\b", re.IGNORECASE)
    if passive and any(theirs.search(text) for text in ctx.texts):
        return None
    for text in ctx.texts:
        found = words(text)
        parts = list(participants(text))
        for w in found:
            if not lemmas(w.lower) & deed:
                continue
            does_it = re.search(rf"\b{re.escape(one)}s?\s+(?:\w+\s+){{0,3}}?{re.escape(w.text)}\b", text, re.I)
            roles = roles_at(text, parts, w, found)
            if not does_it and owner in (roles.receivers if passive else roles.doers):
                who = "the one" if passive else "the one who"
                return Hit(f'claim has "{m.group("owner")}\'s {one}" as {who} "{m.group("verb")}"; the evidence '
                           f'has "{m.group("owner")}" ("{w.text}")', ctx.span_of(w.text), ctx.home.article.id)  # fmt: skip
    return None


# Those of one's own a claim may put in one's place: "Fosk's neighbour was awarded …".
_SOMEONES = frozenset(
    """neighbour neighbor friend partner wife husband son daughter mother father brother sister agent lawyer client
    colleague boss employer employee tenant landlord rival teammate spokesman spokeswoman""".split()
)


# "A 23-year-old man who punched a bus driver": a doer, what it did in a relative clause, and to whom.
_WHO_DID = re.compile(
    r"\b(?P<doer>[a-z][\w-]*)\s+(?:who|that)\s+(?:had\s+|has\s+)?(?P<verb>[a-z]+)\s+(?P<recv>(?:a|an|the|his|her|their)\s.*)"
)
# "The bus driver punched a 23-year-old man": the claim's doer, deed and receiver.
_DID = re.compile(
    r"^(?:The|An?)\s+(?P<doer>(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+(?:had\s+|has\s+)?"
    r"(?P<verb>(?!(?:is|was|were|are|had|has|have)\b)[a-z]+)\s+"
    r"(?P<recv>(?:a|an|the|his|her|their)\s.*)"
)
_PHRASE_STOP = re.compile(r"[,.;:]|\s(?:in|on|at|who|that|was|were|is|are|has|had|and|with|for|after|before)\b")


def _head_word(phrase: str) -> Word | None:
    """The last word of a noun phrase at the start of `phrase`: "a bus driver in Olby …" -> "driver"."""
    stop = _PHRASE_STOP.search(phrase)
    found = words(phrase[: stop.start() if stop else len(phrase)])
    return found[-1] if found else None


def _head(phrase: str) -> str:
    head = _head_word(phrase)
    return head.lower if head else ""


def _relative_swapped(ctx: ClaimContext) -> Hit | None:
    """ "The bus driver punched a 23-year-old man" against "A 23-year-old man who punched a bus driver …": the
    doer and the one it was done to, swapped, where the evidence tells the deed in a relative clause."""
    mine = _DID.match(ctx.card.claim.strip())
    if mine is None:
        return None
    doer, deed, receiver = _head(mine.group("doer") + "."), lemmas(mine.group("verb")), _head(mine.group("recv"))
    for text in ctx.texts:
        for m in _WHO_DID.finditer(text):
            if not lemmas(m.group("verb")) & deed:
                continue
            if lemmas(m.group("doer")) & lemmas(receiver) and lemmas(_head(m.group("recv"))) & lemmas(doer):
                head = _head_word(m.group("recv"))
                said = text[m.start() : m.start("recv") + (head.end if head else 0)]
                return Hit(f'claim has "{doer}" as the one who "{mine.group("verb")}"; the evidence says "{said}"',
                           ctx.span_of(m.group("doer")), ctx.home.article.id)  # fmt: skip
    return None


# "outpaced", "outstripped", "exceeded", "overtook": a deed that sets its doer above the one it is done to.
_OUTDOING = (
    r"(?:out(?:pac|strip|perform|sell|sold|number|scor|grew|grow|spen|vot|ran|run|bid)[a-z]*|exceed(?:s|ed|ing)?"
    r"|overt(?:ook|ake|akes|aking|aken))"
)
_CLAIM_OUTDOES = re.compile(
    rf"^(?:The\s+)?(?P<doer>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:has\s+|have\s+)?(?P<verb>{_OUTDOING})\b"
)
_OUTDONE = re.compile(rf"\b(?P<verb>{_OUTDOING})\s+(?:the\s+|a\s+|an\s+)?(?P<done_to>[a-z][\w-]*)", re.IGNORECASE)


def _outdone_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Inflation outpaced wage growth" against "Average pay rose 5.2% …, outpacing inflation of 3.8%": the claim has
    outdo what the evidence has outdone."""
    mine = _CLAIM_OUTDOES.match(ctx.card.claim.strip())
    if mine is None:
        return None
    doer = {f for w in words(mine.group("doer")) for f in lemmas(w.lower)}
    deed = mine.group("verb").lower()[:6]  # (the dictionary lacks most of these: "outpac", "outstr", "exceed")

    def outdoes_the_doer(m: re.Match[str]) -> bool:
        return m.group("verb").lower()[:6] == deed and bool(lemmas(m.group("done_to").lower()) & doer)

    m = ctx.evidence_match(_OUTDONE, outdoes_the_doer)
    return ctx.said_against(mine.group(0), m.group(0)) if m else None


# "cut the cap, saving the average household £120": whom a saving is given to saves it ("households will save £120").
_SAVES = frozenset({"save", "spare"})


# A pronoun as the doer and the same one done to: "he" and "him", "she" and "her", "they" and "them".
_DOER_AND_DONE_TO = {"he": "him", "she": "her", "they": "them"}
_DONE_TO_AS_DOER = {done_to: doer for doer, done_to in _DOER_AND_DONE_TO.items()}
_MIRRORED = re.compile(
    # ("she wanted to give him": the deed one set out to do to the other, told the same way)
    r"\b(?P<doer>he|she|they)\s+(?:(?:has|have|had|will|would)\s+)?(?:[a-z]{3,}\s+to\s+)?(?P<verb>[a-z]{3,})\s+"
    r"(?P<done_to>him|her|them)\b",
    re.IGNORECASE,
)


# "replaced its tarmac with grass", "turned a car park into a play area", "swapped cars for bikes", "switched from gas to
# heat pumps": what a thing was, and what it was made.
_OLD_NEW = r"(?:(?:its|their|the|a|an|his|her|our|some|all)\s+)?(?P<old>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w-]*)"
_NEW = r"(?:(?:a|an|the|new|its|their)\s+)?(?P<new>[a-z][\w-]*)"
_CHANGED = (
    re.compile(rf"\breplac(?:e|es|ed|ing)\s+{_OLD_NEW}\s+with\s+{_NEW}", re.IGNORECASE),
    re.compile(
        rf"\b(?:turn|turns|turned|turning|convert|converts|converted|converting)\s+{_OLD_NEW}\s+into\s+{_NEW}", re.I
    ),
    re.compile(rf"\bswap(?:s|ped|ping)?\s+{_OLD_NEW}\s+for\s+{_NEW}", re.IGNORECASE),
    re.compile(rf"\bswitch(?:es|ed|ing)?\s+from\s+{_OLD_NEW}\s+to\s+{_NEW}", re.IGNORECASE),
)


def _changes_of(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each change `text` tells, as its words, the lemmas of what the thing was and of what it was made."""
    found = []
    for pattern in _CHANGED:
        for m in pattern.finditer(text):
            old = frozenset(f for w in words(m.group("old")) if is_content(w.lower) for f in lemmas(w.lower))
            found.append((m.group(0), old, lemmas(m.group("new").lower())))
    return found


def _change_reversed(ctx: ClaimContext) -> Hit | None:
    """ "The school has replaced its grass with tarmac" against "has replaced its playground tarmac with grass": what a
    thing was made, told as what it was, and the other way round."""
    mine = _changes_of(ctx.card.claim)
    if not mine:
        return None
    theirs = [found for text in ctx.texts for found in _changes_of(text)]
    for said, old, new in mine:
        for other, their_old, their_new in theirs:
            if old & their_new and new & their_old and not old & their_old:
                return ctx.said_against(said, other)
    return None


def _done_to_someone(verb: str) -> bool:
    """A verb with a person after it, a light one too: "she gave him" is not "he gave her" (no being or having)."""
    return (
        "VERB" in forms_by_class(verb)
        and verb not in _BE
        and verb not in _VERB_AUXILIARIES
        and not lemmas(verb) & (_HAVING | {"have"})
    )


def _pronouns_mirrored(ctx: ClaimContext) -> Hit | None:
    """ "She traced him through an engraving" against "He traced her through an engraving": the doer told by one
    pronoun and the one done to by another, where the evidence does the same deed the other way round."""
    for mine in _MIRRORED.finditer(ctx.card.claim):
        doer, done_to = mine.group("doer").lower(), mine.group("done_to").lower()
        if _DOER_AND_DONE_TO[doer] == done_to or not _done_to_someone(mine.group("verb").lower()):
            continue
        deed = lemmas(mine.group("verb").lower())
        if deed & lexicon().symmetric:
            continue  # ("she met him" is "he met her")
        for text in ctx.texts:
            for theirs in _MIRRORED.finditer(text):
                if (
                    theirs.group("doer").lower() == _DONE_TO_AS_DOER[done_to]
                    and theirs.group("done_to").lower() == _DOER_AND_DONE_TO[doer]
                    and lemmas(theirs.group("verb").lower()) & deed
                ):
                    return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "The woman gave the student a box of chocolates": a doer told by a word of one sex, the deed and the one done to.
_ONE_OF_A_SEX_DID = re.compile(
    r"^\W*(?:The|A|An|Her|His)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<doer>[a-z]{3,})\s+(?:has\s+|had\s+)?"
    r"(?P<verb>[a-z]{3,})\s+(?:the|a|an|her|his|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<done_to>[a-z]{3,})\b"
)
_PRONOUNS_OF_SEX = {"m": ("he", "him"), "f": ("she", "her")}


def _sexes_mirrored(ctx: ClaimContext) -> Hit | None:
    """ "The woman gave the student a box of chocolates" against "He gave her a box of chocolates": the claim's doer
    of one sex, where the evidence has a pronoun of the other sex do the same deed to one of the claim's doer's sex
    (the claim's doer is the one done to)."""
    mine = _ONE_OF_A_SEX_DID.match(ctx.card.claim)
    if mine is None or (sex := sex_of_word(mine.group("doer"))) is None:
        return None
    deed = lemmas(mine.group("verb"))
    if not deed or deed & lexicon().symmetric or "VERB" not in forms_by_class(mine.group("verb")):
        return None
    if sex_of_word(mine.group("done_to")) == sex:
        return None  # (two of one sex: the pronouns cannot tell them apart)
    other = "f" if sex == "m" else "m"
    doer, done_to = _PRONOUNS_OF_SEX[other][0], _PRONOUNS_OF_SEX[sex][1]
    theirs = re.compile(rf"\b{doer}\s+(?:(?:has|had|also)\s+)?(?P<verb>[a-z]{{3,}})\s+{done_to}\b", re.IGNORECASE)
    for text in ctx.texts:
        for found in theirs.finditer(text):
            if lemmas(found.group("verb").lower()) & deed:
                return ctx.said_against(mine.group(0), found.group(0))
    return None


@register("FC203", "role-swap", UNSUPPORTED, "who did what to whom differs between claim and evidence")
def role_swap(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    claim = ctx.card.claim
    if hit := (
        _comparison_swapped(ctx)
        or _superlative_of_another(ctx)
        or _route_swapped(ctx)
        or _buyout_reversed(ctx)
        or (_buyer_made_seller(ctx) if " sold" in claim else None)
        or _standing_reversed(ctx)
        or _contest_reversed(ctx)
        or _mistaken_reversed(ctx)
        or (_posing_reversed(ctx) if _POSING.search(claim) else None)
        or _draw_told_as_result(ctx)
        or _someone_else_done_to(ctx)
        or _done_by_kin(ctx)
        or _done_by_ones_own(ctx)
        or deed_of_whose_kin(ctx)
        or _place_swapped(ctx)
        or _nationality_moved(ctx)
        or _owner_made_doer(ctx)
        or _owner_did_it(ctx)
        or _relative_swapped(ctx)
        or _outdone_swapped(ctx)
        or name_put_in_place(ctx)
        or _title_of_another(ctx)
        or _made_to_swapped(ctx)
        or _another_made_to(ctx)
        or _audience_made_doer(ctx)
        or _way_turned(ctx)
        or _kinds_of_people_crossed(ctx)
        or _payment_turned(ctx)
        or _taken_from_turned(ctx)
        or _medal_swapped(ctx)
        or _owned_deed_given(ctx)
        or _agent_swapped(ctx)
        or _names_mixed(ctx)
        or _scorer_swapped(ctx)
        or _kind_of_thing_swapped(ctx)
        or _kin_made_doer(ctx)
        or _sayer_made_doer(ctx)
        or teller_made_doer(ctx)
        or participle_given_away(ctx)
        or saying_noun_turned(ctx)
        or move_reversed(ctx)
        or _opening_one_swapped(ctx)
        or _it_said_of_a_person(ctx)
        or _it_made_a_person(ctx)
        or _taken_for_left(ctx)
        or _pronouns_mirrored(ctx)
        or _sexes_mirrored(ctx)
        or _change_reversed(ctx)
        or _seller_made_buyer(ctx)
        or _one_done_for_made_doer(ctx)
        or _participle_done_to_made_doer(ctx)
    ):
        yield hit
        return
    claim_words = words(claim)
    symmetric = lexicon().symmetric
    for (doc, sentence), text in zip(ctx.window, ctx.texts, strict=True):
        claim_parts = _with_shared_parties(claim, text)
        if not claim_parts:
            continue
        claim_keys = {p.key for p in claim_parts}
        ev_parts = _with_shared_parties(text, claim, lowered=True)
        if len(ev_parts) < 2:
            continue
        ev_words = words(text)
        ev_keys = {p.key for p in ev_parts}
        for verb in _predicates(claim_words):
            if lemmas(verb.lower) & (symmetric | _SAVES):
                continue
            if _SPENT_TIME.search(claim, max(0, verb.start - 60), verb.start):
                continue  # ("Gritters spent the night working": the gritters work, not the night)
            mine = roles_at(claim, claim_parts, verb, claim_words)
            if not mine.doers:
                if found := _done_to_its_doer(text, ev_parts, ev_words, verb, mine, claim_words):
                    other, doer, real = found
                    yield _hit_at(
                        ctx, doc, sentence, other,
                        f'claim has {_shown(claim_parts, doer)} as the one "{verb.text}"; in the evidence '
                        f'{_shown(ev_parts, doer)} did it to {_shown(ev_parts, real)} ("{other.text}")',
                    )  # fmt: skip
                    return
                if found := _done_to_a_body(text, ev_parts, ev_words, verb, mine, claim_words, claim_parts):
                    other, real = found
                    yield _hit_at(
                        ctx, doc, sentence, other,
                        f'claim has {_shown(claim_parts, mine.receivers)} as the one "{verb.text}"; the evidence has '
                        f'{_shown(ev_parts, real)} ("{other.text}")',
                    )  # fmt: skip
                    return
                continue
            for other in (w for w in ev_words if _shares(verb, w)):
                theirs = roles_at(text, ev_parts, other, ev_words)
                # "Nicholson recommended Keating" against "Keating was recommended to Nicholson by Adams": the one
                # it was given to, not its doer (however the doer after "by" is written).
                given_to = (
                    _given_to(text, other, ev_parts) | _handed_to(text, other, ev_parts)
                    if not mine.doers & theirs.doers
                    else frozenset()
                )
                if mine.doers & given_to:
                    doer = _shown(claim_parts, mine.doers)
                    yield _hit_at(
                        ctx, doc, sentence, other,
                        f'claim has {doer} as the one who "{verb.text}"; the evidence has it "{other.text}" to them',
                    )  # fmt: skip
                    return
                if (
                    not theirs.doers
                    and mine.doers & theirs.receivers
                    and _plain_passive(ev_words, other)
                    and not _plain_passive(claim_words, verb)
                    and _OBJECT_NEXT.match(claim, verb.end)
                ):
                    # "Sarah Otley has suspended a teacher" against "Sarah Otley, has been suspended": the one it was
                    # done to made the one who did it, though the evidence names no doer
                    doer = _shown(claim_parts, mine.doers & theirs.receivers)
                    yield _hit_at(
                        ctx, doc, sentence, other,
                        f'claim has {doer} as the one who "{verb.text}"; in the evidence it is done to them',
                    )  # fmt: skip
                    return
                if not theirs.doers or mine.doers & theirs.doers or _done_with(claim, verb, theirs.doers):
                    continue
                if mine.doers & theirs.receivers and _DEAL_SIGNED.match(claim, verb.end):
                    continue  # "Danny Moss signed a two-year deal" against "Westbrook Rovers have signed Danny Moss"
                # "The bridge will close for six weeks" has no object: the bridge is what closes, as in
                # "the council voted to close the bridge"; "the board backed him" has one.
                # (a passive's verb takes one: "will be replaced on tour by Ray Moss")
                transitive = (
                    bool(theirs.receivers)
                    or _OBJECT_NEXT.match(text, other.end) is not None
                    or _participle_after_be(ev_words, other)
                )
                crossed = mine.doers & theirs.receivers or (transitive and theirs.doers & mine.receivers)
                # The same figure done by another the evidence also names: "Reyes won 41 percent"
                # against "Reyes … defeating Falk, who won 41 percent".
                figure = figure_object(claim, verb) or _figure_with(claim, verb)
                crossed = (
                    crossed
                    or (
                        figure is not None
                        and figure in (figure_object(text, other), _figure_with(text, other))
                        and mine.doers <= ev_keys
                        and not theirs.doers & claim_keys  # "Messi, Suarez and Neymar scored 102" is all three's
                        # ("The company admitted seven charges" against "Marlow Water … after admitting seven charges":
                        # a body the claim names by its noun may be the name)
                        and any(p.text[:1].isupper() for p in claim_parts if p.key in mine.doers)
                        and not _describes(text, ev_parts, mine.doers, theirs.doers)
                    )
                )
                exchanged = mine.nominal and theirs.nominal and mine.doers <= ev_keys and theirs.doers <= claim_keys
                if crossed or exchanged:
                    doer = _shown(claim_parts, mine.doers)
                    real = _shown(ev_parts, theirs.doers)
                    yield _hit_at(
                        ctx, doc, sentence, other,
                        f'claim has {doer} as the one who "{verb.text}"; the evidence has {real} ("{other.text}")',
                    )  # fmt: skip
                    return
    if hit := (
        _another_did_it(ctx, claim_words)
        or _sides_turned(ctx, claim_words)
        or _another_body_did_it(ctx, claim_words)
        or _done_to_another_name(ctx, claim_words)
        or _done_to_another_one(ctx, claim_words)
        or _done_to_another_described(ctx, claim_words)
        or parties_swapped(ctx)
    ):
        yield hit


# "signed a five-year contract with Harlow United", "signed for Harlow": a deed done with the other party is both's.
_WITH_PARTY = re.compile(r"\b(?P<link>with|for)\s+(?P<party>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
_WITH_REACH = 60  # characters after the verb
# "for" joins the other side only of a deal or a team ("signed for Harlow", "played for Wales"): "lobbied for
# Lattimer", "worked for Acme" have one doing it for the other, and the other way round is a swap.
_FOR_A_SIDE = frozenset("sign play score appear agree join commit".split())


# A deal signed: the one signed by a club signs it too.
_DEAL_SIGNED = re.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement|terms)\b",
    re.IGNORECASE,
)


def _done_with(claim: str, verb: Word, doers: frozenset[str]) -> bool:
    """The claim's deed is done with one the evidence has as its doer: "Joel Amadi has signed a five-year contract
    with Harlow United" against "Harlow United have signed midfielder Joel Amadi"."""
    # (by its words, or by its whole name where that is its key: "Kestrel City")
    return any(
        (word_keys(m.group("party")) | {p.key for p in participants(m.group("party"))}) & doers
        for m in _WITH_PARTY.finditer(claim[verb.end : verb.end + _WITH_REACH])
        if m.group("link") == "with" or lemmas(verb.lower) & _FOR_A_SIDE
    )


def _hit_at(ctx: ClaimContext, doc: Document, sentence: Sentence, word: Word, message: str) -> Hit:
    """A finding at the evidence's verb, placed in the card's own article (another outlet's has no span here)."""
    at = sentence.start + word.start if doc is ctx.home else None
    return Hit(message, (at, at + len(word.text)) if at is not None else None, doc.article.id)


_TRAILING = re.compile(r",\s*$")
_ALSO = re.compile(r"\b(?:also|too|likewise|similarly)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _object_word(found: Sequence[Word], verb: Word) -> str | None:
    """The first content word after `verb` ("proposed a discounted pass" -> "discount"), as a lemma."""
    # A figure before the thing is only its size: "won the £50,000 Halden Prize" won the Halden Prize.
    after = [w for w in found[found.index(verb) + 1 : found.index(verb) + 7] if not w.lower.isdigit()][:3]
    word = next((w for w in after if is_content(w.lower)), None)
    if word is None:
        return None
    # ("signed striker Leo Danso": what the one named is comes before the name, which is the thing)
    named = next((w for w in after if w.start > word.start), None)
    if named is not None and named.capitalized and not word.capitalized and "NOUN" in forms_by_class(word.lower):
        word = named
    # A name is its own thing: "joined Kestrel City" is "Kestrel", wherever the sentence starts.
    return f"name:{word.lower}" if word.capitalized and word.start > 0 else min(lemmas(word.lower))


# What may follow a deed done to no one: the clause's end, or when or where ("is retiring after 12 years").
_NOTHING_DONE_TO = re.compile(
    r"\s*(?:[.,;:!?]|$)|\s+(?:after|aged|at\s+the\s+end|next|this|last|in\s+\d{4}|yesterday|earlier)\b"
    # ("retired in May", "died on Monday": when)
    r"|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _no_object(text: str, verb: Word) -> str | None:
    """ "none" for a verb that takes no object in `text` ("Paul Marsh, who is retiring after 12 years"): a deed
    done to no one, as "is retiring." is, when it is the verb's first form of that kind (an "-ing" or past form)."""
    told = verb.lower.endswith(("ing", "ed")) or inflected_from(verb.lower, "VBD") or inflected_from(verb.lower, "VBN")
    if not told or "VERB" not in forms_by_class(verb.lower):
        return None
    return "none" if _NOTHING_DONE_TO.match(text, verb.end) else None


def _particle_after(found: Sequence[Word], verb: Word) -> str | None:
    """ "down" of "stood down": a verb's particle is what tells its deed where it does nothing to anyone."""
    at = found.index(verb)
    if at + 1 < len(found) and found[at + 1].lower in _STEP_PARTICLES and found[at + 1].start - verb.end == 1:
        return f"particle:{found[at + 1].lower}"
    return None


_STEP_PARTICLES = frozenset("down up out off aside away".split())


_GIVING = frozenset("give hand offer grant award send show".split())


def _given_thing(found: Sequence[Word], verb: Word) -> str | None:
    """What a verb of giving gives, past whom it is given to: "gave Arsenal an early lead", "had given the
    visitors an early lead" -> "lead" (the noun before the next article-free stop)."""
    if not lemmas(verb.lower) & _GIVING:
        return None
    at = found.index(verb)
    after = found[at + 1 : at + 7]
    article = next((i for i, w in enumerate(after) if i > 0 and w.lower in ("a", "an")), None)
    if article is None:
        return None
    head = next((w for w in after[article + 1 : article + 4] if "NOUN" in forms_by_class(w.lower)), None)
    return None if head is None else min(lemmas(head.lower))


def _another_did_it(ctx: ClaimContext, claim_words: list[Word]) -> Hit | None:
    """ "Amy Cho proposed a discounted pass" against "Cho voted against. Ferrante proposed a discounted
    pass": the claim credits the deed to someone the evidence names, but not as its doer."""
    claim = ctx.card.claim
    evidence_parts = [p for text in ctx.texts for p in participants(text)]
    # ("Analysts blamed weak demand" against "Anna Brandt blamed weak demand … Analysts at one bank said": people the
    # claim opens on, whom the evidence names by the same noun at a sentence's head, are named as much as a name is)
    people = {p.key: p for p in _opening_noun(claim) if _people_word(p.text.lower())}
    evidence_parts += [p for text in ctx.texts for p in _sentence_openings(text) if p.key in people]
    claim_parts = list(participants(claim)) + [
        p for p in people.values() if any(q.key == p.key for q in evidence_parts)
    ]
    # (and a body by its noun, "the national carrier", which the sentence that tells the deed names past it after a
    # preposition: there it is another party than the doer, where elsewhere, or as a subject past it, "the company" may
    # be the doer's name told again: "after admitting seven charges; the judge said the company had shown …")
    their_bodies = [q for text in ctx.texts for q in definite_parties(text) if q.text.lower() in BODY_NOUNS]
    body_keys = {q.key for q in their_bodies}
    bodies = [p for p in definite_parties(claim) if p.key in body_keys]
    evidence_parts += their_bodies
    claim_parts = sorted([*claim_parts, *bodies], key=lambda p: p.start)
    if not claim_parts:
        return None
    named = {p.key for p in evidence_parts}
    reporting = lexicon().reporting
    for verb in _predicates(claim_words):
        if lemmas(verb.lower) & reporting and not _DEED_AT.match(claim, verb.start):
            continue  # who said it is the speaker rules' to judge, which read "according to" too ("declared a
            # drought" is a deed, no saying)
        mine = roles_at(claim, claim_parts, verb, claim_words)
        if not mine.doers or mine.nominal or not mine.doers <= named or _TRAILING.search(claim, 0, verb.start):
            continue
        if (kind := _kind_did_it(ctx, claim_words, verb, [p for p in claim_parts if p.key in mine.doers])) is not None:
            return kind
        # People only: a place or a demonym ("the Brazilian") may stand for the one the evidence names.
        # "Okoro" is a person when the evidence calls him "Sam Okoro".
        if not all(
            _acts(p.text)
            or _people_word(p.text.lower())
            or p in bodies
            or any(q.key == p.key and _acts(q.text) for q in evidence_parts)
            or _named_as_a_body(p.key, ctx.texts)
            or _never_a_doer(p.key, ctx.texts)
            for p in claim_parts
            if p.key in mine.doers
        ):
            continue
        thing = _particle_after(claim_words, verb) or _object_word(claim_words, verb) or _no_object(claim, verb)
        if thing is None:
            continue
        found = _other_doer(ctx, verb, mine.doers, thing)
        if found is None and (given := _given_thing(claim_words, verb)) is not None:
            found = _other_doer(ctx, verb, mine.doers, given)
        if found is not None and any(p.key in mine.doers for p in bodies):
            after = re.split(r"(?<=[.!?])\s", found[1][found[2].end :], maxsplit=1)[0]
            if not any(_party_past(after, p.text) for p in bodies if p.key in mine.doers):
                continue
        if found is not None and not _done_with(claim, verb, found[0].doers):
            if lemmas(verb.lower) & _DONE_BY_SAYING and _said_by(ctx, found, mine.doers):
                continue  # "…, blaming a fall in students, its vice-chancellor, Emer Tosh, told staff": hers to blame
            return _done_by_another(ctx, found, claim_parts, mine.doers, verb)
    return None


# "found alive by a search dog", "found safe and well by a search dog", "will be run by the state": a deed and the one,
# by a common noun, who did it.
_BY_AGENT = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:[a-z]+ly\s+)?(?:\w+\s+|safe\s+and\s+well\s+)?by\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?P<agent>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|from|after|before|and|but|with|for|to|while|when|as|who|which|that)\b"
    # ("found by a passer-by an hour later": past the agent, when)
    r"|\s+(?:an?|one|two|three|four|five|six|several|some|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:later|after|earlier)\b)"
)


def _agents(text: str) -> list[tuple[frozenset[str], str, str, re.Match[str]]]:
    """(the deed's lemmas, the doer's head noun, the words) of each passive deed done by one named by a noun."""
    found = []
    at = 0
    # (each word in turn, so "were found by" is read from "found" too)
    while (m := _BY_AGENT.search(text, at)) is not None:
        at = m.start() + 1
        verb = m.group("verb")
        head = m.group("agent").split()[-1]
        if verb in _BE or verb in _VERB_AUXILIARIES or not _participle(verb) or not is_content(head):
            continue
        if (classes := forms_by_class(head)) and "NOUN" not in classes:
            continue  # (a word the dictionary lacks may be a noun: "the county")
        found.append((lemmas(verb), head, m.group(0), m))
    return found


# (one score, by one scorer: "Gloucester scored four tries" may be any of theirs)
_SCORED_THING = r"(?:goal|try|header|penalty|winner|equaliser|equalizer|hat-trick|century)"
# "a late goal from Dan Pryce", "a header by Ola Lind": one's score, told by the thing scored (and any others
# named with them: "tries from Jonny May, Ross Moriarty and Tom Marshall").
_SCORE_FROM = re.compile(
    rf"\b(?P<thing>{_SCORED_THING}s?|tries)\s+(?:from|by)\s+(?:[a-z]+\s+)?(?P<who>{NAME_RUN}(?:(?:,|,?\s+and)\s+{NAME_RUN})*)"
)
_SCORED_BY = re.compile(
    rf"(?P<who>{NAME_RUN})\s+(?:also\s+)?(?:scored|scores|netted|nets|grabbed|headed|converted|struck|kicked)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?P<thing>{_SCORED_THING})\b"
)


def _scorer_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Kofi Mensah scored a late goal" against "… thanks to a late goal from Dan Pryce": the score credited to
    another the evidence names."""
    mine = list(_SCORED_BY.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [m for text in ctx.texts for m in _SCORE_FROM.finditer(text)]
    scorers = [t.group("who") for t in theirs] + [
        s.group("who") for text in ctx.texts for s in _SCORED_BY.finditer(text)
    ]
    for m in mine:
        if entity_type(m.group("who")) != "person":
            continue  # ("Gloucester scored a try": a side scores by any of its players)
        who = clean_token(m.group("who").split()[-1])
        if any(who in map(clean_token, named.split()) for named in scorers):
            continue
        other = next((t for t in theirs if lemmas(t.group("thing").lower()) & lemmas(m.group("thing").lower())), None)
        if other is not None and any(re.search(rf"\b{re.escape(who)}\b", text) for text in ctx.texts):
            return ctx.said_against(m.group(0), other.group(0).rstrip(".,;:"))
    return None


_NP_DETERMINERS = frozenset("a an the its their his her some".split())
_RELATIVES = frozenset("that which who".split())
_SUBJECT_GAP = re.compile(r"\s+(?:(?:that|which|who)\s+)?")


def _described_deeds(text: str) -> list[tuple[str, frozenset[str], str, frozenset[str], int, int]]:
    """(role, the deed's lemmas, the describing word, the thing's lemmas, start, end) for each thing a deed is done to
    ("trapped the grey squirrels") or by ("grey squirrels that carry"), told with one word describing it."""
    found = words(text)
    out = []
    for i in range(len(found) - 2):
        verb, at = found[i], i + 1
        if at < len(found) and found[at].lower in _NP_DETERMINERS:
            at += 1
        if at + 1 < len(found) and _deed(verb) and _describes_thing(found[at], found[at + 1]):
            out.append(("object", lemmas(verb.lower), found[at].lower, lemmas(found[at + 1].lower), verb.start,
                        found[at + 1].end))  # fmt: skip
        adj, noun = found[i], found[i + 1]
        at = i + 2
        if at < len(found) and found[at].lower in _RELATIVES:
            at += 1
        # (a word that may be a noun is a deed only after "that": "women's record was set" has no deed "record"; and
        # none past a comma: "features, including")
        plain = at == i + 2 and at < len(found) and "NOUN" in forms_by_class(found[at].lower)
        if (
            at < len(found)
            and not plain
            and _SUBJECT_GAP.fullmatch(text, noun.end, found[at].start)
            and _describes_thing(adj, noun)
            and _deed(found[at])
        ):
            out.append(("subject", lemmas(found[at].lower), adj.lower, lemmas(noun.lower), adj.start, found[at].end))
    return out


def _deed(word: Word) -> bool:
    classes = forms_by_class(word.lower)
    return (
        "VERB" in classes
        and word.lower not in _BE
        and word.lower not in _VERB_AUXILIARIES
        and is_content(word.lower)
        and not lemmas(word.lower) & (LIGHT_VERBS | _HAVING)  # ("include", "have": no deed done)
    )


_HAVING = frozenset("include contain feature involve comprise".split())


def _describes_thing(adj: Word, noun: Word) -> bool:
    """ "grey squirrels": a word that only describes, then a noun."""
    classes = forms_by_class(adj.lower)
    return (
        "ADJ" in classes
        and not (inflected_from(adj.lower, "VBN") or inflected_from(adj.lower, "VBG"))  # ("parked", "rising")
        and is_content(adj.lower)
        and (adj.text.islower() or adj.start == 0)  # ("Red squirrels carry …" opening the claim)
        and noun.text.islower()
        and "NOUN" in forms_by_class(noun.lower)
        and noun.lower.isalpha()
    )


def _kind_of_thing_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Volunteers trapped the red squirrels" against "… after volunteers trapped the grey squirrels that carry a
    deadly virus": the deed done to (or by) a thing of another kind than the evidence's, where the evidence has the
    claim's kind too, for something else."""
    mine = _described_deeds(ctx.card.claim)
    if not mine:
        return None
    for text in ctx.texts:
        theirs = _described_deeds(text)
        said = {w.lower for w in words(text)}
        for role, deed, adj, thing, start, end in mine:
            if adj not in said:
                continue
            same = [t for t in theirs if t[0] == role and t[1] & deed and t[3] & thing]
            if same and not any(t[2] == adj for t in same):
                other = same[0]
                return ctx.said_against(ctx.card.claim[start:end], text[other[4] : other[5]])
    return None


def _two_names(text: str, *, exact: bool = False) -> list[tuple[str, str, str]]:
    """(first name, surname, as written) of each person `text` names by two names, past any title (with `exact`,
    by those two only)."""
    found = []
    for run in capitalized_runs(text):
        name = peel_roles(run.text)
        tokens = [clean_token(t) for t in name.split()] if name else []
        if (
            len(tokens) >= 2
            and (len(tokens) == 2 or not exact)
            and all(t.isalpha() and t[1:].islower() for t in tokens[-2:])
            and entity_type(" ".join(tokens[-2:])) == "person"
            and not any(is_place(t) for t in tokens[-2:])
            # (a person by a common first name, or by two words no dictionary has: not "Decca Records")
            and (sex_of_first_name(" ".join(tokens[-2:])) or not any(forms_by_class(t.lower()) for t in tokens[-2:]))
        ):
            found.append((tokens[-2], tokens[-1], f"{tokens[-2]} {tokens[-1]}"))
    return found


def _names_mixed(ctx: ClaimContext) -> Hit | None:
    """ "Dunne's coach is Cara Orr" against "Swimmer Cara Dunne … the mark set by her coach, Maeve Orr": one person's
    first name put with another's surname, where the evidence names no one so."""
    # (a claim's person by two names only: "Christopher Livingstone Eubank" has a middle name)
    mine = _two_names(ctx.card.claim, exact=True)
    if not mine:
        return None
    theirs = [n for text in ctx.texts for n in _two_names(text)]
    for first, last, said in mine:
        if any(f == first and s == last for f, s, _ in theirs):
            continue
        surname = next((w for f, s, w in theirs if s == last and f != first), None)
        first_name = next((w for f, s, w in theirs if f == first and s != last), None)
        if surname and first_name:
            return Hit(f'claim has "{said}"; the evidence has "{surname}" and "{first_name}"', ctx.span_of(surname),
                       ctx.home.article.id)  # fmt: skip
    return None


_FOR_BY = re.compile(r"[a-z]+\s+for\s+by\b")
_HEAD_OF_MORE_TO = frozenset("from in on at for to by with after before until during".split())


def _agent_swapped(ctx: ClaimContext) -> Hit | None:
    """ "They were found by a helicopter crew" against "found alive by a search dog"; "Northway will run services"
    against "services will be run by the state": the same deed, done in the evidence by one the claim never has,
    and in the claim by another the evidence never has."""
    claim = ctx.card.claim
    if not any(" by " in text for text in ctx.texts):
        return None
    forms = claim_forms(ctx)
    theirs = [a for text in ctx.texts for a in _agents(text)]
    if not theirs:
        return None
    evidence_forms = {f for w in ctx.evidence_words for f in lemmas(w.lower)}
    for deed, head, said, _ in _agents(claim):
        if lemmas(head) & evidence_forms or head in evidence_forms:
            continue
        for their_deed, their_head, their_said, _ in theirs:
            if (
                deed & their_deed
                and not lemmas(their_head) & forms
                and not paraphrase_groups(lemmas(their_head)) & paraphrase_groups(lemmas(head))
                and not names_its_kind(head, their_head)  # ("hit by a vehicle" against "hit by a lorry")
            ):
                return ctx.said_against(said, their_said)
    return _name_made_agent(ctx, theirs, forms)


def _name_made_agent(
    ctx: ClaimContext, theirs: list[tuple[frozenset[str], str, str, re.Match[str]]], forms: frozenset[str]
) -> Hit | None:
    """The claim's deed done actively by a name, to what the evidence has it done to by another ("Northway will run
    services" against "services will be run by the state")."""
    claim = ctx.card.claim
    claim_words = words(claim)
    for their_deed, their_head, their_said, m in theirs:
        if lemmas(their_head) & forms:
            continue
        for i, verb in enumerate(claim_words):
            if not lemmas(verb.lower) & their_deed or i == 0 or i + 1 >= len(claim_words):
                continue
            if claim_words[i - 1].lower in _BE or claim[verb.end :].lstrip().startswith("by "):
                continue
            # (what it was done to, by its last word: "run the school buses from May" -> "buses")
            # (past the preposition the deed takes, where the evidence's takes it too: "paid for the ward" against
            # "paid for by a fundraising campaign")
            start = i + 2 if claim_words[i + 1].lower == "for" and _FOR_BY.match(their_said) else i + 1
            told = list(itertools.takewhile(lambda w: w.lower not in _HEAD_OF_MORE_TO, claim_words[start : i + 5]))
            if not told:
                continue
            done_to = told[-1]
            doer = next((n for n in ctx.claim.names if 0 <= claim.find(n) < verb.start), None)
            text = m.string
            before = text[max(0, m.start() - 60) : m.start()]
            if (
                doer is not None
                and any(doer in t for t in ctx.texts)
                # (not the one named right after what they are: "set by her coach, Maeve Orr")
                and doer.split()[-1] not in text[m.end() : m.end() + 40]
                # (the thing right before the passive, or past where it is to the clause that tells of it: "a new ward
                # at St Aldric's Hospital, which was paid for by a fundraising campaign")
                and re.search(rf"\b{re.escape(done_to.text)}(?:\s+[\w'’-]+){{0,4}}?(?:,\s+which)?\s+"
                              rf"(?:will\s+|would\s+|are\s+|is\s+|was\s+|were\s+)?(?:be\s+|been\s+|being\s+)?$",
                              before, re.IGNORECASE)
            ):  # fmt: skip
                return ctx.said_against(claim[claim.find(doer) : done_to.end], their_said)
    return None


# "gold on the beam", "silver in the 200 metres": a medal and the event it was won in.
_MEDAL_IN = re.compile(
    r"\b(?P<medal>gold|silver|bronze)\s+(?:medal\s+)?(?:on|in|at)\s+the\s+(?P<event>(?:[\w-]+\s+){0,2}?[a-z][\w-]+)",
    re.IGNORECASE,
)


def _medal_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Paxton won silver on the beam" against "won gold on the beam and silver on the floor": a medal put with another
    event (or another medal with the event), where the evidence ties each to another."""
    mine = list(_MEDAL_IN.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [
        (o.group("medal").lower(), o.group("event").lower(), o.group(0))
        for t in ctx.texts
        for o in _MEDAL_IN.finditer(t)
    ]
    for m in mine:
        medal, event = m.group("medal").lower(), m.group("event").lower()
        if (medal, event) in {(a, b) for a, b, _ in theirs}:
            continue
        other = next((said for a, b, said in theirs if b == event and a != medal), None)
        if other is not None:
            return ctx.said_against(m.group(0), other)
    return None


# "Farmers will pay £300 an acre", "farmers will be paid £300 an acre": who pays, and who is paid.
_PAYS = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Za-z][a-z]{2,})\s+(?:(?:will|would|must|could|have\s+to|has\s+to"
    r"|(?:has|have)\s+been\s+(?:ordered|told)\s+to)\s+){0,2}"  # ("The couple have been ordered to pay £3,000")
    r"(?P<verb>pay|pays|paid)\s+(?=[$£€]?\d)"
)


def _payment_turned(ctx: ClaimContext) -> Hit | None:
    """ "Farmers will pay £300 an acre" against "Farmers in Wenholt will be paid £300 an acre": the ones paid, told as
    the ones paying."""
    m = _PAYS.match(ctx.card.claim.strip())
    if m is None:
        return None
    who = re.escape(m.group("who").lower().rstrip("s"))
    paid = re.compile(
        rf"\b{who}s?\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:will\s+|would\s+)?(?:be|been|are|were|is|was)\s+paid\b", re.I
    )
    pays = re.compile(rf"\b{who}s?\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:will\s+|would\s+|must\s+)?pa(?:y|ys|id)\s", re.I)
    # ("would pay each affected household £50": the ones paid, after the verb and before the sum)
    paid_to = re.compile(
        rf"\bpa(?:y|ys|id|ying)\s+(?:(?:each|every|all|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{who}s?\s+[$£€]?\d[\d,.]*\d?",
        re.I,
    )
    # ("ordered a water company to pay £3,000 to a couple": the ones paid, after the sum)
    sum_to = re.compile(rf"\bpa(?:y|ys|id|ying)\s+[$£€]?\d[\d,.]*\w*\s+to\s+(?:(?:a|an|the|each)\s+)?{who}s?\b", re.I)
    for text in ctx.texts:
        if (found := paid.search(text) or paid_to.search(text) or sum_to.search(text)) and not pays.search(text):
            return ctx.said_against(m.group(0).strip(), found.group(0))
    return None


# "stealing £70,000 from elderly residents": a taking, what was taken and from whom.
_TAKEN_FROM = re.compile(
    r"(?P<who>(?:[A-Za-z][\w'’-]*\s+){0,3}?)(?:stole|steals|stealing|steal|embezzled|embezzling|swindled|swindling)\s+"
    r"(?:[\w£$€,.'’-]+\s+){0,4}?from\s+(?P<from>(?:[\w'’-]+\s*){1,4})",
    re.IGNORECASE,
)


def _taken_from_turned(ctx: ClaimContext) -> Hit | None:
    """ "Elderly residents stole £70,000 from Denise Holt" against "jailed … for stealing £70,000 from elderly residents":
    the ones stolen from, told as the ones who stole."""
    for m in _TAKEN_FROM.finditer(ctx.card.claim):
        thieves = content_lemmas(words(m.group("who")))
        robbed = content_lemmas(words(m.group("from")))
        if not robbed:
            continue
        claim_said = content_lemmas(ctx.claim_words)
        for text in ctx.texts:
            for theirs in _TAKEN_FROM.finditer(text):
                victims = content_lemmas(words(theirs.group("from")))
                if thieves and thieves & victims and not robbed & victims:
                    return ctx.said_against(m.group(0).strip(), theirs.group(0).strip())
                # ("stole £30,000 from the council" against "stealing £30,000 from the charity": another robbed)
                if victims and not robbed & content_lemmas(ctx.evidence_words) and not victims & claim_said:
                    return ctx.said_against(
                        f"from {_phrase_of(m.group('from'))}", f"from {_phrase_of(theirs.group('from'))}"
                    )
    return None


# "A village has bought its only pub from a brewery": a buyer, what was bought and from whom.
_BOUGHT = r"(?:has\s+|have\s+|had\s+)?(?:bought|buys|buying|purchased|purchases|acquired|acquires)"
_BOUGHT_FROM = re.compile(
    rf"(?P<who>(?:[A-Za-z][\w'’-]*\s+){{1,3}}?)(?P<deed>{_BOUGHT}\s+(?:[\w£$€,.'’-]+\s+){{0,5}}?from)\s+"
    r"(?P<from>(?:[\w'’-]+\s*){1,3})",
    re.IGNORECASE,
)
_BUYER = re.compile(rf"^\W*(?P<who>(?:[A-Za-z][\w'’-]*\s+){{1,3}}?){_BOUGHT}\b", re.IGNORECASE)


def _seller_made_buyer(ctx: ClaimContext) -> Hit | None:
    """ "A brewery has bought the village's only pub" against "A village has bought its only pub from a brewery": the
    one bought from, told as the buyer."""
    mine = _BUYER.match(ctx.card.claim)
    if mine is None:
        return None
    buyer = content_lemmas(words(mine.group("who")))
    for text in ctx.texts:
        for theirs in _BOUGHT_FROM.finditer(text):
            if buyer & content_lemmas(words(_phrase_of(theirs.group("from")))) and not buyer & content_lemmas(
                words(theirs.group("who"))
            ):
                return ctx.said_against(
                    mine.group(0).strip(), f"{theirs.group('deed')} {_phrase_of(theirs.group('from'))}"
                )
    return None


# "Paramedics unlocked the front door": the claim's doer, opening it, and the deed.
_OPENING_DOER = re.compile(
    r"^\W*(?P<who>(?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]{3,}ed)\b"
)


def opening_doer(claim: str) -> re.Match[str] | None:
    """The doer a claim opens on and their deed in the past ("who" and "verb"), None where it opens on none ("The
    homes were planned …": a deed done to them)."""
    mine = _OPENING_DOER.match(claim)
    return None if mine is None or _BE & {w.lower for w in words(mine.group("who"))} else mine


# (past what it was done to: "for" right after the verb is of the verb, "cared for", "lobbied for")
_FOR_WHOM = re.compile(r"\s+(?:[\w'’-]+\s+){1,7}?for\s+(?P<whom>(?:[\w'’-]+\s*){1,3})")


def _one_done_for_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "Paramedics unlocked the front door for him" against "He … unlocked the front door for paramedics": the one a
    deed was done for, told as its doer."""
    mine = opening_doer(ctx.card.claim)
    if mine is None:
        return None
    doer, deed = content_lemmas(words(mine.group("who"))), lemmas(mine.group("verb").lower())
    if not doer:
        return None
    for text in ctx.texts:
        found = words(text)
        for i, verb in enumerate(found):
            if (
                not lemmas(verb.lower) & deed
                or "VERB" not in forms_by_class(verb.lower)
                or (i and found[i - 1].lower in _BE)  # ("was cared for by volunteers": done to, not by)
                or content_lemmas(found[max(0, i - 4) : i]) & doer
            ):
                continue
            whom = _FOR_WHOM.match(text, verb.end)
            if whom and content_lemmas(words(_phrase_of(whom.group("whom")))) & doer:
                return ctx.said_against(mine.group(0).strip(), text[verb.start : whom.end("whom")].strip())
    return None


# "while caring for her husband": a deed told by an "-ing" form whose doer is the clause's subject, and the one it is
# done to right after it (past a word of the verb's own: "caring for", "looking after").
_PARTICIPLE_DONE_TO = re.compile(
    r"(?:\b(?:while|when|after|before|by|since|whilst|from)\s+|,\s+)(?P<verb>[a-z]{3,}ing)\s+"
    r"(?:(?:for|after|to|with|on|at)\s+)?(?P<whom>(?:the|his|her|their|its|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"[a-z][\w'’-]*)\b"
)


def _participle_done_to_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "Her husband cared for her" against "She studied history … while caring for her husband": the one the
    evidence's "-ing" deed is done to, told as its doer (that deed's doer is the subject of the clause it hangs on).
    Not where the evidence has the claim's one do that deed too."""
    mine = opening_doer(ctx.card.claim)
    if mine is None:
        return None
    deed = lemmas(mine.group("verb").lower())
    if deed & lexicon().symmetric:
        return None  # ("after meeting his brother": each met the other)
    head = words(mine.group("who"))[-1].lower
    for text in ctx.texts:
        for found in _PARTICIPLE_DONE_TO.finditer(text):
            if not lemmas(found.group("verb")) & deed or head not in lemmas(words(found.group("whom"))[-1].lower):
                continue
            before = text[: found.start()]
            if any(lemmas(w.lower) & deed for w in words(before)):
                continue  # (the deed told before too, perhaps by the claim's one)
            return ctx.said_against(mine.group(0).strip(), text[found.start("verb") : found.end()].strip())
    return None


def _phrase_of(words_after: str) -> str:
    """The noun phrase that opens `words_after`, up to a word that starts a clause or a place ("the council where she")."""
    return re.split(r"\s+(?:where|who|which|that|when|in|at|on|after|before|over|for|during)\b", words_after.strip())[0]


# "anglers blame seal numbers, though scientists point to warmer seas": kinds of people, each with its deed.
_PEOPLE_DO = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|though|although|while|whereas)\s+)(?P<who>[A-Za-z][a-z]{3,}s)\s+(?:also\s+|have\s+|had\s+)?"
    r"(?P<verb>[a-z]{3,})\b"
)


def _people_deeds(text: str) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """(the lemmas of a kind of people, of what they do, the words) for each plural noun doing a deed in `text`."""
    return [
        (lemmas(who), lemmas(verb), text[m.start("who") : m.end()])
        for m in _PEOPLE_DO.finditer(text)
        if "NOUN" in forms_by_class(who := m.group("who").lower())
        and "VERB" in forms_by_class(verb := m.group("verb").lower())
        and verb not in AUXILIARY
    ]


def _kinds_of_people_crossed(ctx: ClaimContext) -> Hit | None:
    """ "Scientists blame seal numbers" against "anglers blame seal numbers, though scientists point to warmer seas":
    a deed the evidence gives one kind of people, given to another kind it has do something else."""
    mine = _people_deeds(ctx.card.claim)
    if not mine:
        return None
    theirs = [d for text in ctx.texts for d in _people_deeds(text)]
    for who, verb, said in mine:
        doing = [(w, words) for w, v, words in theirs if v & verb]
        elsewhere = [w for w, v, _ in theirs if w & who and not v & verb]
        if doing and elsewhere and not any(w & who for w, _ in doing):
            return ctx.said_against(said, doing[0][1])
    return None


# "bribes to a builder", "loans from the banks": a thing, which way it went, and whom from or to.
_THING_WAY = re.compile(
    r"\b(?P<thing>[a-z]{3,})\s+(?P<way>to|from)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?P<who>[a-z]{3,})\b"
)


def _way_turned(ctx: ClaimContext) -> Hit | None:
    """ "Tay paid bribes to a builder" against "jailed … for taking bribes from a builder": the same thing gone the other
    way between the same two."""
    if " to " not in ctx.card.claim and " from " not in ctx.card.claim:
        return None
    for m in _THING_WAY.finditer(ctx.card.claim):
        thing, who = lemmas(m.group("thing")), lemmas(m.group("who"))
        if "NOUN" not in forms_by_class(m.group("thing")) or "NOUN" not in forms_by_class(m.group("who")):
            continue
        same = [
            o
            for text in ctx.texts
            for o in _THING_WAY.finditer(text)
            if lemmas(o.group("thing")) & thing and lemmas(o.group("who")) & who
        ]
        if same and all(o.group("way") != m.group("way") for o in same):
            return ctx.said_against(m.group(0), same[0].group(0))
    return None


# "Staff blamed …", "The union offered …": a claim that opens on its doer, a common noun, and the deed.
_NOUN_DOER = re.compile(r"(?:The\s+)?(?P<doer>[A-Za-z][a-z-]{2,})\s+(?:(?:has|have|had|also)\s+)?(?P<verb>[a-z]{3,})\b")
# "told staff", "telling reporters", "reported him to the agency": those a sentence (or a report) is said to.
_TOLD_TO = re.compile(
    r"\b(?:told|tells|tell|telling|informed|briefed|wrote\s+to|said\s+to|complained\s+to"
    r"|reported\s+(?:him|her|them|it|the\s+[a-z]+)\s+to)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?P<to>[a-z][\w-]*)",
    re.IGNORECASE,
)


def _audience_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "Staff blamed a fall in overseas students" against "…, blaming a fall in overseas students, its
    vice-chancellor, Emer Tosh, told staff": the ones the evidence's words were told to, made their doer (where the
    evidence names them nowhere else)."""
    m = _NOUN_DOER.match(ctx.card.claim.strip())
    if m is None:
        return None
    doer, verb = m.group("doer").lower(), m.group("verb").lower()
    if "NOUN" not in forms_by_class(doer) or "VERB" not in forms_by_class(verb):
        return None
    if doer in _PRONOUNS or lemmas(verb) & {"be"} or verb in AUXILIARY:
        return None  # ("She was wrongly told she had cancer", "Bins will be emptied": no doer named, nothing done)
    forms = lemmas(doer)
    for text in ctx.texts:
        told = [t for t in _TOLD_TO.finditer(text) if lemmas(t.group("to").lower()) & forms]
        named = [w for w in words(text) if lemmas(w.lower) & forms]
        # (a common noun: "told Staff Sergeant Ray Cole" names one)
        if told and len(named) == len(told) and not any(w.text[:1].isupper() for w in named):
            return Hit(
                f'claim has "{m.group("doer")}" as the one who "{m.group("verb")}"; the evidence has it told to them '
                f'("{told[0].group(0)}")',
                ctx.window_span(),
                ctx.home.article.id,
            )
    return None


# "the company improved its pay offer": a body, what it did, and its thing (of up to two words more)
_ITS_THING = re.compile(
    r"\b(?P<owner>[a-z]{3,})\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?[a-z]{3,}\s+(?:its|their)\s+"
    r"(?P<thing>(?:[a-z-]+\s+){0,2}[a-z]{3,})\b"
)


def _owned_deed_given(ctx: ClaimContext) -> Hit | None:
    """ "The union offered a 4% pay rise" against "… unless the company improved its pay offer of 4%": a deed the
    evidence tells only as a thing of another's, given to one the evidence names as someone else."""
    m = _NOUN_DOER.match(ctx.card.claim.strip())
    if m is None or not m.group("verb").endswith("ed"):
        return None
    doer, verb = m.group("doer"), m.group("verb").lower()
    if doer[:1].isupper() and not ctx.card.claim.strip().startswith("The "):
        return None  # a name may be the body the evidence calls "the company"
    deed = lemmas(verb)
    doer_forms = lemmas(doer.lower())
    for text in ctx.texts:
        uses = [w for w in words(text) if lemmas(w.lower) & deed or same_family(w.lower, min(deed))]
        owned = [t for t in _ITS_THING.finditer(text) if any(lemmas(w) & deed for w in t.group("thing").split())]
        if not owned or len(uses) != len(owned):
            continue
        owner = owned[0].group("owner")
        if not lemmas(owner) & doer_forms and any(lemmas(w.lower) & doer_forms for w in words(text)):
            return Hit(
                f'claim has "{doer}" as the one who "{m.group("verb")}"; the evidence has it "{owned[0].group(0)}"',
                ctx.span_of(owned[0].group(0)),
                ctx.home.article.id,
            )
    return None


# Deeds done in words: the one who says the sentence that tells them does them ("Gallen University will cut jobs,
# blaming a fall in students, its vice-chancellor told staff" has her blame it).
_DONE_BY_SAYING = frozenset(
    "blame accuse criticise criticize praise warn urge promise pledge deny admit condemn welcome predict".split()
)


def _said_by(ctx: ClaimContext, found: tuple[Roles, str, Word, Document, Sentence], doers: frozenset[str]) -> bool:
    """Whether the article has one of `doers` say the sentence the evidence's deed is in, for a body the evidence
    has do it (not for another person: "Dan Hale accused the government …; Ana Bell said …" is Hale's accusing)."""
    theirs, text, _, doc, sentence = found
    if ";" in text or any(p.key in theirs.doers and entity_type(p.text) == "person" for p in _parties_in(text)):
        return False
    speaker = attributions(doc).speaker_of(sentence)
    return speaker is not None and bool({p.key for p in participants(speaker)} & doers)


# What the evidence names only as where one came from or whom a deed is done against: "signed … from Carville",
# "beating rivals Hollin Town to his signature". (Not "in" or "at": "on loan at Castleford" names the Tigers too.)
_WHERE_OR_AGAINST = re.compile(r"\b(?:from|beating|defeating|against)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def _never_a_doer(key_: str, texts: list[str]) -> bool:
    """Whether the evidence names `key_` only as where one came from or one a deed is done against, never where a
    doer stands: then it cannot be standing for the one the evidence has do the claim's deed."""
    uses = [(text, p) for text in texts for p in participants(text) if p.key == key_]
    return bool(uses) and all(_WHERE_OR_AGAINST.search(text, 0, p.start) for text, p in uses)


_DETERMINERS = frozenset("a an the his her its their our this that these those".split())
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|after|when|as|while|because|that)\s+)(?:(?i:the|a|an|its|their|his|her)\s+)?"
    r"(?:[A-Za-z][\w'’-]*\s+){0,3}?(?P<head>[A-Za-z][\w'’-]+)\s+(?:(?:has|have|had|also|then|\w+ly)\s+)*$"
)
# (two words, of which the one given to is the last noun: "to a local firm", "to the hospital on")
_GIVEN_TO = re.compile(
    r"\b(?:to|from|for)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?P<head>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)"
)


def _heads(text: str, verb: Word, found: Sequence[Word]) -> tuple[Word | None, Word | None]:
    """The head noun of a verb's subject (right before it) and of its object (the first noun after it, past
    determiners and a figure), in `text`; None where there is none to read."""
    m = _SUBJECT_BEFORE.search(text, 0, verb.start)
    subject = next((w for w in found if m and w.start == m.start("head")), None)
    at = found.index(verb)
    thing = next(
        (
            w
            for w in found[at + 1 : at + 5]
            if w.lower not in _DETERMINERS and not any(c.isdigit() for c in w.lower) and w.lower not in _SCALE_WORDS
        ),
        None,
    )
    if thing is not None and "NOUN" not in forms_by_class(thing.lower) and not thing.capitalized:
        thing = None
    return subject, thing


_SCALE_WORDS = frozenset({"million", "billion", "thousand", "hundred", "m", "bn", "k"})
# "The referee was found guilty of abusing a footballer": the one found guilty of a deed, or accused, charged or
# cleared of it, is the one the claim has do it.
_ACCUSED_OF = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:found\s+(?:not\s+)?guilty\s+of|convicted\s+of|"
    r"accused\s+of|charged\s+with|cleared\s+of|acquitted\s+of|suspected\s+of)\s+$",
    re.IGNORECASE,
)


def _accused_of(text: str, verb: Word, found: Sequence[Word]) -> Word | None:
    """The head of the subject of "… was found guilty of <verb>ing", None where the verb is not so framed."""
    if not verb.lower.endswith("ing"):
        return None
    m = _ACCUSED_OF.search(text, 0, verb.start)
    if m is None:
        return None
    head = _SUBJECT_BEFORE.search(text, 0, m.start() + 1)
    return next((w for w in found if head and w.start == head.start("head")), None)


def _sides_turned(ctx: ClaimContext, claim_words: list[Word]) -> Hit | None:
    """ "The orchestra gave £500,000 to a donor" against "after a donor gave £500,000 to cover the costs", "A referee
    abused Kenna Mills" against "was banned … for abusing a referee": the one the claim has do the deed is the one the
    evidence has it done to, or the one it has do it is the one the claim has it done to (and the evidence never has
    the claim's doer do it)."""
    claim = ctx.card.claim
    reporting = lexicon().reporting
    symmetric = lexicon().symmetric
    for verb in claim_words:
        forms = lemmas(verb.lower)
        classes = forms_by_class(verb.lower)
        if (
            "VERB" not in classes
            # ("a positive test", "job cuts": a word that may be a noun is read as a verb only in its past)
            or ("NOUN" in classes and not inflected_from(verb.lower, "VBD"))
            or verb.lower in AUXILIARY
            or not is_content(verb.lower)
            or forms & (reporting | symmetric | _SAVES)
            or BE_BEFORE.search(claim, 0, verb.start)
            or _BY_NEXT.match(claim, verb.end)  # ("sanctions imposed by Moscow": a passive, reduced)
        ):
            continue
        doer, thing = _heads(claim, verb, claim_words)
        if doer is None or not is_content(doer.lower):
            doer = _accused_of(claim, verb, claim_words) or doer
        if (
            doer is None
            or doer.lower in _PRONOUNS
            or not is_content(doer.lower)
            or not (doer.capitalized or "NOUN" in forms_by_class(doer.lower))
        ):
            continue
        given = _GIVEN_TO.search(claim, verb.end, verb.end + 60)
        # (the one a deed is done to is compared only for deeds that never tell what their object did: "The victory
        # moved Widnes to seventh" is Widnes moving; one given to, after "to", "from" or "for", is read for any)
        taken = [w for w in claim_words if given and given.start("head") <= w.start < given.end("head")]
        receivers = [w for w in (thing,) if w is not None and forms & _DONE_TO_ONLY] + [
            w for w in taken[-1:] + taken[:1] if "NOUN" in forms_by_class(w.lower)
        ][:1]
        mine, theirs_done = lemmas(doer.lower), [lemmas(w.lower) for w in receivers]
        for (doc, sentence), text in zip(ctx.window, ctx.texts, strict=True):
            found = words(text)
            # (not a passive, nor one reduced: "the wildfire, driven by strong winds")
            uses = [
                w
                for w in found
                if _shares(verb, w) and not BE_BEFORE.search(text, 0, w.start) and not _BY_NEXT.match(text, w.end)
            ]
            if not uses or any((h := _heads(text, w, found)[0]) is not None and lemmas(h.lower) & mine for w in uses):
                continue  # (the evidence has the claim's doer do it too)
            for other in uses:
                subject, done_to = _heads(text, other, found)
                if done_to is not None and lemmas(done_to.lower) & mine and other.lower.endswith("ing"):
                    return _hit_at(ctx, doc, sentence, other,
                                   f'claim has "{doer.text}" as the one who "{verb.text}"; the evidence has it done to '
                                   f'them ("{other.text} {text[other.end:done_to.end].strip()}")')  # fmt: skip
                if subject is not None and any(lemmas(subject.lower) & r for r in theirs_done):
                    return _hit_at(ctx, doc, sentence, other,
                                   f'claim has "{doer.text}" as the one who "{verb.text}", to "{subject.text}"; the '
                                   f'evidence has "{subject.text}" do it ("{other.text}")')  # fmt: skip
    return None


# Deeds whose object never does them in turn ("moved Widnes to seventh", "lifted prices" may tell what Widnes or
# prices did): one given, bought, shot or denied is not the one who gives, buys, shoots or denies.
_DONE_TO_ONLY = frozenset(
    "give offer pay buy nominate deny shoot overturn sue sack hire thank blame criticise criticize accuse arrest "
    "charge kill attack punch stab abuse praise appoint elect invite".split()
)
_BY_NEXT = re.compile(r"(?:\s+\w+ly)?\s+by\b", re.IGNORECASE)
# A form of "be" right before a word, past an adverb: "was punched", "is being closely watched".
BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PRONOUNS = frozenset("he she it they we i you who which that this these those".split())


# A verb's subject, told as what kind of people did it: "Hackers stole", "after inspectors found".
_KIND_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:after|before|when|because|as|while|once|until|and|but)\s+)(?P<kind>[A-Za-z][a-z]{3,}s)\s+"
    r"(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?$"
)


def _kind_did_it(ctx: ClaimContext, claim_words: list[Word], verb: Word, doers: list[Participant]) -> Hit | None:
    """ "Brightmart stole the details of 1.4 million customers" against "Hackers stole the personal details of 1.4
    million customers of the retailer Brightmart": the claim makes one the evidence names the doer of a deed the
    evidence has a kind of people do (named by a plural noun the claim never says, to the same thing)."""
    thing = _object_word(claim_words, verb)
    if thing is None or not doers:
        return None
    forms = claim_forms(ctx)
    names = [p.text.split()[-1] for p in doers]
    for doc, sentence, text, _, ev_words, other in _uses_of(ctx, verb):
        m = _KIND_SUBJECT_BEFORE.search(text, 0, other.start)
        at = ev_words.index(other)
        # (the thing past what it is said to be: "stole the personal details")
        told = {min(lemmas(w.lower)) for w in ev_words[at + 1 : at + 5] if is_content(w.lower)}
        if m is None or not (thing in told or _object_word(ev_words, other) == thing):
            continue
        kind = m.group("kind").lower()
        if (
            "NOUN" not in forms_by_class(kind)
            or not is_content(kind)
            or lemmas(kind) & forms
            or same_role(kind) & forms
            # ("Hezbollah fighters fired": the name's own people)
            or any(name in text[max(0, m.start("kind") - 30) : m.start("kind")] for name in names)
        ):
            continue
        return _hit_at(
            ctx, doc, sentence, other,
            f'claim has {_shown(doers, frozenset(p.key for p in doers))} as the one who "{verb.text}"; the evidence '
            f'has "{m.group("kind")}" ("{other.text}")',
        )  # fmt: skip
    return None


def _done_by_another(
    ctx: ClaimContext,
    found: tuple[Roles, str, Word, Document, Sentence],
    claim_parts: list[Participant],
    doers: frozenset[str],
    verb: Word,
) -> Hit:
    """The finding for a deed the claim credits to one and the evidence (as `_other_doer` found it) to another."""
    theirs, text, other, doc, sentence = found
    return _hit_at(
        ctx,
        doc,
        sentence,
        other,
        f'claim has {_shown(claim_parts, doers)} as the one who "{verb.text}"; the evidence has '
        f'{_shown(_parties_in(text), theirs.doers)} ("{other.text}")',
    )


_DEED_AT = re.compile(DEED_NOT_SPEECH, re.IGNORECASE)


def _another_body_did_it(ctx: ClaimContext, claim_words: list[Word]) -> Hit | None:
    """ "The hospital paid for the scanner" against "A scanner paid for by the charity began taking patients at the
    hospital": a body the claim names by a common noun made the doer of a deed the evidence has another body do, the
    claim's body being in the evidence too. Both by their nouns only: "the company" may be the "Acme" named before."""
    claim = ctx.card.claim
    claim_parts = list(definite_parties(claim))
    if not claim_parts or participants(claim):
        return None
    in_evidence = {p.key for text in ctx.texts for p in definite_parties(text)}
    reporting = lexicon().reporting
    for verb in _predicates(claim_words):
        if lemmas(verb.lower) & reporting:
            continue
        mine = roles_at(claim, claim_parts, verb, claim_words)
        if not mine.doers or mine.nominal or not mine.doers <= in_evidence:
            continue
        thing = _object_word(claim_words, verb)
        found = _other_doer(ctx, verb, mine.doers, thing) if thing is not None else None
        if found is None:
            continue
        if found[0].doers & {p.key for p in participants(found[1])}:
            continue  # a name may be the body the claim names by its noun
        return _done_by_another(ctx, found, claim_parts, mine.doers, verb)
    return None


# A clause of the verb's own after the one named first: "Kestrel recalled the syrup after the agency found …".
_CLAUSE_OPENER = re.compile(
    r"\b(?i:after|before|when|because|while|since|although|though|until|once|whereas)\s"
    r"|[,;]\s+(?:and|but|then)\s+(?=[A-Z])"  # "…, and Brandt scored the winner": a clause with a doer of its own
    # ("…, and vice-captain Ben Solly will lead", "…, but his teammate Luca Bramm took the title")
    r"|[,;]\s+(?:and|but|then)\s+(?=(?:(?:his|her|their|its|the)\s+)?(?:[a-z]+-)?[a-z]+\s+[A-Z])"
)


_WHO_NEXT = re.compile(r",\s+who\s")


def _clause_of_its_own(text: str, named: Participant, parts: list[Participant], theirs: Roles, verb: Word) -> bool:
    """Whether `verb`'s doer opens a clause of its own between `named` and the verb."""
    opener = _CLAUSE_OPENER.search(text, named.end, verb.start)
    if opener is not None and any(
        q.key in theirs.doers and opener.end() <= q.start and q.end <= verb.start for q in parts
    ):
        return True
    # ("… by Prime Minister John Sarro after she criticised his plan": the clause's doer as a pronoun for another)
    if opener is not None and _SUBJECT_PRONOUN.search(text, opener.end(), verb.start) and named.key not in theirs.doers:
        return True
    # "Ekberg replaces Sam Lowry, who joined Kestrel City": a relative clause of the one named after.
    return any(
        q.key in theirs.doers and named.end <= q.start and q.end < verb.start and _WHO_NEXT.match(text, q.end)
        for q in parts
    )


# "the waste firm Cleanway", "retailer Penmark": a name told after the kind of body it is.
_BODY_BEFORE = re.compile(r"\b(?P<kind>[a-z]+)\s+$")


def _named_as_a_body(key_: str, texts: list[str]) -> bool:
    """Whether the evidence writes the name right after a noun for a kind of body ("the waste firm Cleanway")."""
    return any(
        (m := _BODY_BEFORE.search(text, 0, p.start)) is not None and m.group("kind") in BODY_NOUNS
        for text in texts
        for p in participants(text)
        if p.key == key_
    )


def _acts(name: str) -> bool:
    # (a given name alone is a person too: "her granddaughter, Chloe")
    return entity_type(name) in ("person", "organisation") or (" " not in name and is_first_name(name))


_PRONOUN_DOER = re.compile(
    r"(?:^|[.;]\s+|\band\s+)(?P<who>he|she|they|it)\s+(?:(?:has|have|had|will|would|also|then|later)\s+)*$", re.I
)


def _pronoun_doer(text: str, verb: Word) -> str | None:
    """The pronoun that opens the clause of `verb` right before it ("He has chosen"), in lower case."""
    m = _PRONOUN_DOER.search(text, 0, verb.start)
    return m.group("who").lower() if m else None


def _done_to_another_name(ctx: ClaimContext, claim_words: list[Word]) -> Hit | None:
    """ "Sam Lowry joined Harlow United" against "Sam Lowry, who joined Kestrel City": the same doer, the same
    verb, another name right after it, and nowhere the claim's. A doer both write as "the" and a noun is one
    too ("The bill passed the House" against "The bill passed the Senate …"), as in the swap reading above."""
    claim = ctx.card.claim
    claim_parts = _with_shared_parties(claim, " ".join(ctx.texts))
    reporting = lexicon().reporting
    for verb in _predicates(claim_words):
        if lemmas(verb.lower) & reporting:
            continue
        mine = roles_at(claim, claim_parts, verb, claim_words)
        # ("Dev Patel was sacked by Hartfield United": the one it was done to is the one before the verb)
        passive = _BY.match(claim, verb.end) is not None and len(mine.receivers) == 1
        thing = next(iter(mine.receivers)) if passive else _name_key_after(claim, verb)
        # (or one told by the same pronoun on both sides: "He has chosen Harvard" against "… He has chosen Oxford")
        pronoun = None if mine.doers or passive else _pronoun_doer(claim, verb)
        if thing is None or not (mine.doers or pronoun) or mine.nominal:
            continue
        other_use = None
        for doc, sentence, text, _, ev_words, other in _uses_of(ctx, verb):
            theirs = _name_key_after(text, other)
            if theirs == thing or (not passive and _one_name(_name_after(claim, verb), _name_after(text, other))):
                return None
            ev_parts = _with_shared_parties(text, claim)
            if (
                other_use is None
                and theirs is not None
                and (
                    roles_at(text, ev_parts, other, ev_words).doers & mine.doers
                    if mine.doers
                    else _pronoun_doer(text, other) == pronoun
                )
            ):
                other_use = (text, other, doc, sentence)
        if other_use is not None:
            text, other, doc, sentence = other_use
            return _hit_at(
                ctx,
                doc,
                sentence,
                other,
                f"claim has {_shown(claim_parts, frozenset({thing}))} {verb.text}; the evidence says "
                f'"{_told_to_name(text, other)}"'
                if passive
                else f'claim says "{_told_to_name(claim, verb)}"; the evidence says "{_told_to_name(text, other)}"',
            )
    return None


def _done_to_another_one(ctx: ClaimContext, claim_words: list[Word]) -> Hit | None:
    """ "Peter Vance was recaptured" against "One of them, 29-year-old Marco Deane, was recaptured …, but the
    other, Peter Vance, 41, remains at large": a passive with no one named doing it, done in the evidence to
    another it names, and never to the claim's."""
    claim = ctx.card.claim
    claim_parts = list(participants(claim))
    for verb in _predicates(claim_words):
        if not _plain_passive(claim_words, verb):
            continue
        mine = roles_at(claim, claim_parts, verb, claim_words)
        if mine.doers or not mine.receivers or mine.nominal:
            continue
        # (not a common noun opening the claim: "Services were suspended" names no body called Services)
        if not all(
            _acts(q.text) and not (q.start == 0 and " " not in q.text and "NOUN" in forms_by_class(q.text.lower()))
            for q in claim_parts
            if q.key in mine.receivers
        ):
            continue
        other_use = None
        # (the claim's one named anywhere in the evidence: "His assistant, Sam Okafor, will take charge")
        named = {q.key for text in ctx.texts for q in participants(text)}
        if not mine.receivers <= named:
            continue
        mine_named = [q.text.split()[-1] for q in claim_parts if q.key in mine.receivers]
        for doc, sentence, text, ev_parts, ev_words, other in _uses_of(ctx, verb):
            theirs = roles_at(text, ev_parts, other, ev_words)
            if theirs.receivers & mine.receivers or theirs.doers & mine.receivers:
                return None
            if any(_joined_after(text, other.end, name) for name in mine_named):
                return None  # "Paul Reid was jailed for nine years and Dan Moss, 37, for six": the deed left unsaid
            if _the_named_by_its_kind(text, ev_parts, theirs.receivers, mine_named):
                return None  # "Greystone Academy" against "… after the school was rated good": the school named
            if _named_after_it(text, ev_parts, theirs.receivers, mine_named):
                return None  # "has sacked the transport secretary, Ian Ward,": the secretary named
            # (or active, done by someone the claim leaves out: "Marden Rovers have sacked their head coach, Ivan
            # Petrov" against "Sam Okafor has been sacked")
            if (
                other_use is None
                and theirs.receivers
                and (not theirs.doers or not _participle_after_be(ev_words, other))
                # (an active verb whose doer the reading leaves unsaid: "…, and named his assistant, Dev Patel")
                and (_plain_passive(ev_words, other) or theirs.doers or _AND_BEFORE.search(text, 0, other.start))
            ):
                other_use = (doc, sentence, other, _shown(ev_parts, theirs.receivers))
            # (or to one it names by what they are, after naming the claim's: "the death of Owen Pryce … have arrested
            # his brother"; not before, where the name may be the one told first by what they are: "A farmer has been
            # fined … John Bryce admitted the offence")
            if (
                other_use is None
                and not theirs.receivers
                and any(q.key in mine.receivers and q.end <= other.start for q in ev_parts)
                and (one := _one_by_noun(ev_words, other)) is not None
            ):
                other_use = (doc, sentence, other, f'"{one}"')
        if other_use is not None:
            doc, sentence, other, real = other_use
            return _hit_at(
                ctx, doc, sentence, other,
                f'claim has {_shown(claim_parts, mine.receivers)} as the one "{verb.text}"; the evidence has {real}',
            )  # fmt: skip
    return None


_AND_BEFORE = re.compile(r",\s+and\s+$")
# What a body is by the last word of its name: "Greystone Academy" is "the school", "Kell Infirmary" "the hospital".
_KIND_OF_A_NAME = {"academy": "school", "primary": "school", "college": "school", "infirmary": "hospital"}


def _named_after_it(text: str, parts: list[Participant], keys: frozenset[str], named: list[str]) -> bool:
    """Whether one of those `keys` stand for is set off right after by one of the `named` ("the transport secretary, Ian
    Ward,")."""
    return any(
        re.match(rf"\s*,\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{re.escape(name)}\b", text[p.end :])
        for p in parts
        if p.key in keys
        for name in named
    )


def _the_named_by_its_kind(text: str, parts: list[Participant], keys: frozenset[str], named: list[str]) -> bool:
    """Whether those `keys` stand for are told only as "the" and the kind of body the claim's name is ("the school" of
    "Greystone Academy", "the hospital" of "Kell Hospital")."""
    told = [p for p in parts if p.key in keys]
    kinds = {_KIND_OF_A_NAME.get(last.lower(), last.lower()) for last in named}
    return bool(told) and all(
        text[max(0, p.start - 4) : p.start].lower() == "the " and lemmas(p.text.split()[-1].lower()) & kinds
        for p in told
    )


def _done_to_another_described(ctx: ClaimContext, claim_words: list[Word]) -> Hit | None:
    """ "The 17-year-old boy has been arrested" against "a 17-year-old boy who was stabbed … is in a stable condition,
    and two teenagers have been arrested": a passive done to one the claim tells by what they are, done in the
    evidence to others told otherwise, the claim's being in the evidence too, before it."""
    for verb in _predicates(claim_words):
        if not _plain_passive(claim_words, verb):
            continue
        k = _passive_subject(claim_words, verb)
        if k < 1 or (claim_words[k - 1].lower not in ARTICLES and not claim_words[k - 1].lower.endswith("-old")):
            continue
        head = claim_words[k]
        if not _person_noun(head):
            continue
        mine = lemmas(head.lower)
        for doc, sentence, _, _, ev_words, other in _uses_of(ctx, verb):
            one = _one_by_noun(ev_words, other)
            if one is None or lemmas(one.split()[-1].lower()) & mine:
                return None  # (done to one told by no noun, or by the claim's: it may be the claim's)
            if any(lemmas(w.lower) & mine for w in ev_words if w.end <= other.start):
                return _hit_at(
                    ctx, doc, sentence, other,
                    f'claim has "{ctx.card.claim[claim_words[k - 1].start : head.end]}" as the one "{verb.text}"; '
                    f'the evidence has "{one}"',
                )  # fmt: skip
    return None


def _joined_after(text: str, at: int, name: str) -> bool:
    """Whether `name` follows "and" after `at`, in the same clause ("… was jailed for nine years and Dan Moss")."""
    end = re.search(r"[.;:!?]", text[at:])
    clause = text[at : at + end.start()] if end else text[at:]
    # (not one with a verb of its own: "…, and vice-captain Ben Solly will lead the side")
    own_verb = r"(?!\s+(?:will|would|has|have|had|is|are|was|were|said|says|can|could|must|may|might)\b)"
    return re.search(rf"\band\s+(?:[\w'’.-]+\s+){{0,2}}?{re.escape(name)}\b{own_verb}", clause) is not None


def _done_to_its_doer(
    text: str, parts: list[Participant], found: list[Word], verb: Word, mine: Roles, claim_words: list[Word]
) -> tuple[Word, frozenset[str], frozenset[str]] | None:
    """ "The regulator was fined $12 million" against "Carro Telecom was fined $12 million by the regulator": a
    passive without its doer, done to the one the evidence has do it to another. The evidence's verb, the one it was
    done to in the claim, and the one it was done to in the evidence."""
    if not mine.receivers or not (_participle_after_be(claim_words, verb) and _participle(verb.lower)):
        return None
    for other in (w for w in found if _shares(verb, w)):
        theirs = roles_at(text, parts, other, found)
        if theirs.doers & mine.receivers and theirs.receivers and not theirs.receivers & mine.receivers:
            return other, mine.receivers, theirs.receivers
    return None


# Kinds of people no company or council is, though one of them may be a named person.
_ONLY_PEOPLE = frozenset(
    """tenant customer resident passenger patient pupil student worker employee fan voter shopper victim neighbour
    child parent teenager pensioner commuter visitor tourist pedestrian""".split()
)


def _done_to_a_body(
    text: str,
    parts: list[Participant],
    found: list[Word],
    verb: Word,
    mine: Roles,
    claim_words: list[Word],
    claim_parts: list[Participant],
) -> tuple[Word, frozenset[str]] | None:
    """ "The tenants were ordered to repair damp" against "Tenants … have won a court case against their landlord,
    Greystone Homes, which was ordered to repair damp": a passive done in the claim to a kind of people the evidence
    has, and in the evidence to a named body and never to them. The evidence's verb and the one it was done to."""
    if len(mine.receivers) != 1 or not _plain_passive(claim_words, verb):
        return None
    (key,) = mine.receivers
    if key not in _ONLY_PEOPLE or not any(p.key == key and p.text.islower() for p in claim_parts):
        return None
    done: tuple[Word, frozenset[str]] | None = None
    for other in (w for w in found if _shares(verb, w)):
        theirs = roles_at(text, parts, other, found)
        if key in theirs.receivers | theirs.doers:
            return None
        bodies = [p for p in parts if p.key in theirs.receivers]
        if (
            done is None
            and bodies
            and _participle_after_be(found, other)
            and all(p.text[:1].isupper() and not sex_of_first_name(p.text) for p in bodies)
        ):
            done = other, theirs.receivers
    return done


def _participle_after_be(found: list[Word], verb: Word) -> bool:
    i = found.index(verb)
    return i > 0 and found[i - 1].lower in _BE


def passive_done_to(text: str, verb: Word, found: list[Word]) -> frozenset[str]:
    """Whom `verb` is done to where `text` writes it as a passive ("Kenna Mills … was banned"), as the keys of the
    people or bodies it names; empty where it is no passive or names no one."""
    if not (_participle_after_be(found, verb) and _participle(verb.lower)):
        return frozenset()
    # (people and bodies by name only: "Sewage was released" may be what "discharged" says)
    people = [p for p in participants(text) if _acts(p.text)]
    return roles_at(text, people, verb, found).receivers if people else frozenset()


def _passive_subject(found: list[Word], verb: Word) -> int:
    """Where a passive's subject ends, back past its "be" and auxiliaries ("two teenagers have been arrested" ->
    "teenagers"); below 0 when nothing stands before them."""
    k = found.index(verb) - 2
    while k >= 0 and found[k].lower in _BE | AUXILIARY:
        k -= 1
    return k


_ONE_BY_NOUN_OPENERS = frozenset("a an his her their two three four several".split())


def _one_by_noun(found: list[Word], verb: Word) -> str | None:
    """The one a deed is done to, told by a noun and no name: "arrested his brother", "a driver was hurt"; not a
    pronoun ("arrested him"), nor "the" one, which may be the one the claim names."""
    i = found.index(verb)
    if _plain_passive(found, verb):
        k = _passive_subject(found, verb)
        if k >= 1 and found[k - 1].lower in _ONE_BY_NOUN_OPENERS and _person_noun(found[k]):
            return f"{found[k - 1].text} {found[k].text}"
        return None
    if i + 2 < len(found) and found[i + 1].lower in _ONE_BY_NOUN_OPENERS and _person_noun(found[i + 2]):
        return f"{found[i + 1].text} {found[i + 2].text}"
    # ("have charged a 22-year-old man": an age between)
    if (
        i + 3 < len(found)
        and found[i + 1].lower in _ONE_BY_NOUN_OPENERS
        and _AGED.fullmatch(found[i + 2].lower)
        and _person_noun(found[i + 3])
    ):
        return f"{found[i + 1].text} {found[i + 2].text} {found[i + 3].text}"
    return None


_AGED = re.compile(r"\d{1,3}-year-old")


_PEOPLE_NOUNS = frozenset(
    "man men woman women boy boys girl girls teenager teenagers child children driver drivers passenger passengers "
    "pedestrian pedestrians resident residents pupil pupils student students patient patients pensioner pensioners "
    "customer customers tenant tenants victim victims".split()
)
_PEOPLE_KINDS = frozenset({"relative", "job", "athlete"})


def _person_noun(word: Word) -> bool:
    """ "brother", "driver", "teacher": a noun for a person, so that a deed done to it is done to someone."""
    return not word.capitalized and _a_person(word.lower)


def _a_person(lower: str) -> bool:
    return lower in _PEOPLE_NOUNS or any(kind in _PEOPLE_KINDS for kind, _ in kinds_of(lower))


# "her bank, which said it should have spotted the fraud": what a body says of itself, told by "it".
_OWNS_UP = (
    r"\b(?:said|says|admitted|admits|accepted|accepts|conceded|concedes|acknowledged|acknowledges)\s+(?:that\s+)?"
)
_SAID_IT = re.compile(rf"{_OWNS_UP}it\s+(?P<rest>[a-z]+\s+[a-z]+)\b")
_SAID_OF = re.compile(
    rf"{_OWNS_UP}(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+)??(?P<who>[a-z]+)\s+(?P<rest>[a-z]+\s+[a-z]+)\b"
)


def _it_said_of_a_person(ctx: ClaimContext) -> Hit | None:
    """ "The bank said the pensioner should have spotted the fraud" against "her bank, which said it should have
    spotted the fraud": what a body said of itself ("it" is no person), told as said of a person."""
    mine = _SAID_OF.search(ctx.card.claim)
    if mine is None or not _a_person(mine.group("who")):
        return None
    rest = mine.group("rest").lower()
    for text in ctx.texts:
        for theirs in _SAID_IT.finditer(text):
            if theirs.group("rest").lower() == rest:
                return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "The chief executive was fined £90m": a deed done to one told by what they are, first in the claim.
_PERSON_DONE_TO = re.compile(
    r"^\W*(?:The|Its|His|Her|Their)\s+(?:[a-z-]+\s+){0,2}?(?P<who>[a-z-]+)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?P<verb>[a-z]{3,})\b"
)


# Those who run a body, whom the dictionary has as more than a post ("executive" may describe).
_HEADS = frozenset("executive boss chief head owner chair".split())


def _it_made_a_person(ctx: ClaimContext) -> Hit | None:
    """ "The chief executive was fined £90m" against "The chief executive of the water company has quit after it was
    fined a record £90m": what the evidence did to "it" (no person), told as done to a person."""
    mine = _PERSON_DONE_TO.match(ctx.card.claim)
    if mine is None or not (_a_person(mine.group("who")) or is_post(mine.group("who")) or mine.group("who") in _HEADS):
        return None
    verb = mine.group("verb").lower()
    if "VERB" not in forms_by_class(verb):
        return None
    done_to_it = re.compile(rf"\bit\s+(?:was|has\s+been|had\s+been|is\s+being)\s+{re.escape(verb)}\b", re.IGNORECASE)
    done_to_them = re.compile(
        rf"\b{re.escape(mine.group('who'))}\s+(?:[\w'’-]+\s+){{0,6}}?(?:was|were|has\s+been|had\s+been)\s+{re.escape(verb)}\b",
        re.IGNORECASE,
    )
    if ctx.evidence_match(done_to_them) is not None:
        return None
    m = ctx.evidence_match(done_to_it)
    return ctx.said_against(mine.group(0), m.group(0)) if m else None


# "took only charity collection boxes, leaving cash in the till": what was taken, and what was left.
_TOOK_LEAVING = re.compile(
    r"\b(?:took|stole|grabbed|taking|stealing|grabbing)\s+(?:only\s+)?(?P<taken>[^,;.]{3,60}?),?\s+(?:but\s+)?"
    r"(?:leaving|left)\s+(?:behind\s+)?(?P<left>[^,;.]{3,60})",
    re.IGNORECASE,
)
_TAKES = re.compile(r"\b(?:took|stole|grabbed|taken|stolen)\s+(?P<what>[^,;.]{3,60})", re.IGNORECASE)
_LEAVES = re.compile(r"\b(?:left|leaving)\s+(?:behind\s+)?(?P<what>[^,;.]{3,60})", re.IGNORECASE)


def _taken_for_left(ctx: ClaimContext) -> Hit | None:
    """ "Thieves took cash from the till" against "took only charity collection boxes, leaving cash in the till": what
    the evidence says was left, told as taken, or what was taken told as left."""
    theirs = [m for text in ctx.texts for m in _TOOK_LEAVING.finditer(text)]
    if not theirs:
        return None
    for pattern, said, other in ((_TAKES, "left", "taken"), (_LEAVES, "taken", "left")):
        for mine in pattern.finditer(ctx.card.claim):
            what = content_lemmas(words(mine.group("what")))
            for m in theirs:
                if what & content_lemmas(words(m.group(said))) and not what & content_lemmas(words(m.group(other))):
                    return ctx.said_against(mine.group(0), m.group(0))
    return None


def _plain_passive(found: list[Word], verb: Word) -> bool:
    """ "was recaptured": a participle right after a form of "be", with no "by" after it."""
    i = found.index(verb)
    return (
        i > 0
        and found[i - 1].lower in _BE
        and _participle(verb.lower)
        and (i + 1 >= len(found) or found[i + 1].lower != "by")
    )


# (past what they are, set off by commas: "sacked their head coach, Ivan Petrov,")
_NAME_AFTER = re.compile(
    rf"\s+(?:the\s+)?(?:{_WHAT_THEY_ARE}|{_TITLED})?"
    rf"(?P<name>{NAME_RUN})"
)


# "former England lock Ben Voyle": after a place's name, what one is there, then the one named.
_PLAYED_FOR_NEXT = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,2}}(?P<name>{NAME_RUN})")


def _named_after(text: str, verb: Word) -> re.Match[str] | None:
    """The name right after `verb`, past what they are ("appointed former England lock Ben Voyle" -> "Ben Voyle")."""
    m = _NAME_AFTER.match(text, verb.end)
    if m is not None and (is_place(m.group("name")) or m.group("name") in NATIONALITIES):
        further = _PLAYED_FOR_NEXT.match(text, m.end())
        if further is not None:
            return further
    return m


def _told_to_name(text: str, verb: Word) -> str:
    """The words from `verb` to the name after it, as written ("sacked their head coach, Ivan Petrov")."""
    m = _named_after(text, verb)
    return text[verb.start : m.end()].rstrip(".") if m else verb.text


def _name_after(text: str, verb: Word) -> str:
    m = _named_after(text, verb)
    return m.group("name") if m else ""


def _one_name(a: str, b: str) -> bool:
    """ "Vantor" and "Vantor Group", "Sheerin" and "Paul Sheerin": a name written in full once and short
    another time."""
    return _alike(word_keys(a), word_keys(b))


def _name_key_after(text: str, verb: Word) -> str | None:
    """The name right after a verb, by its last word ("joined Aston Villa" -> "villa"); None when no name
    follows ("was shocked by Sinfield's decision")."""
    name = _name_after(text, verb)
    return last_key(name) if name else None


def _other_doer(
    ctx: ClaimContext, verb: Word, doers: frozenset[str], thing: str
) -> tuple[Roles, str, Word, Document, Sentence] | None:
    """The evidence's first use of `verb` on the same thing by someone else, when none is by one of `doers`
    and none of them is named before it ("Cho, like Ferrante, proposed …" may be Cho's); not one another
    did "also" ("Abdullah also condemned the attack")."""
    found = None
    for doc, sentence, text, ev_parts, ev_words, other in _uses_of(ctx, verb):
        theirs = roles_at(text, ev_parts, other, ev_words)
        if not theirs.doers & {p.key for p in participants(text)} and any(
            p.key in doers and p.end <= other.start for p in ev_parts
        ):
            continue  # "the company had shown …" after "Marlow Water has been fined": a body named again by its noun
        if theirs.doers & doers or any(
            p.key in doers and p.end <= other.start and not _clause_of_its_own(text, p, ev_parts, theirs, other)
            for p in ev_parts
        ):
            return None
        also = _ALSO.search(text, 0, other.start) is not None
        if found is not None or not theirs.doers or theirs.nominal or also:
            continue
        if theirs.doers <= GROUP_WORDS:
            continue  # ("Its conductor said the group had brought colleagues together": the choir told again)
        if any(p.key in theirs.doers and _ONE_OF.search(text, 0, p.start) for p in ev_parts):
            continue  # "The boss of pizza giant Domino's has admitted": the boss did it, whom the claim may name
        bare = _no_object(text, other)
        told = (_particle_after(ev_words, other), _object_word(ev_words, other), _given_thing(ev_words, other), bare)
        # (or a deed done to no one, where the claim's thing is the sentence's too: "Ray Moss has left the band"
        # against "The band's drummer, Kit Dale, has left after 20 years")
        if (
            thing in told
            or (bare == "none" and any(thing in lemmas(w.lower) for w in ev_words))
            # (a body named past what it is: "founded the cycling charity Wheels for All")
            or (thing.startswith("name:") and _named_past_kind(ev_words, other, thing[5:]))
            # (and the kind told after the name: "ran the Three Bells pub" ran the pub)
            or (not thing.startswith("name:") and _kind_past_name(ev_words, other, thing))
        ):
            found = (theirs, text, other, doc, sentence)
    return found


def _named_past_kind(found: list[Word], verb: Word, name: str) -> bool:
    """Whether `verb`'s object is the one `name` is a word of, named after an article and what it is."""
    after = found[found.index(verb) + 1 : found.index(verb) + 5]
    if not after or after[0].lower not in ARTICLES:
        return False
    for w in after[1:]:
        if w.capitalized:
            return w.lower == name
        if not is_content(w.lower) or not w.lower.isalpha():
            return False
    return False


def _kind_past_name(found: list[Word], verb: Word, thing: str) -> bool:
    """Whether `verb`'s object is a `thing` told by its name first: "ran the Three Bells pub"."""
    after = found[found.index(verb) + 1 : found.index(verb) + 6]
    if len(after) < 3 or after[0].lower not in ARTICLES or not after[1].capitalized:
        return False
    for w in after[2:]:
        if not w.capitalized:
            return thing in lemmas(w.lower)
    return False


# "the boss of pizza giant Domino's", "a spokeswoman for the council": one the body's name stands after.
_ONE_OF = re.compile(
    r"\b(?:boss|head|chief|leader|chairman|chairwoman|chair|director|owner|founder|president|executive|ceo|"
    r"spokesman|spokeswoman|spokesperson|manager|secretary|minister)\s+(?:of|for|at)\s+(?:[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


def _uses_of(
    ctx: ClaimContext, verb: Word
) -> Iterator[tuple[Document, Sentence, str, list[Participant], list[Word], Word]]:
    """Each use in the evidence of the claim's verb (any form of it), with its sentence, the sentence's
    participants and words."""
    for (doc, sentence), text in zip(ctx.window, ctx.texts, strict=True):
        ev_words = words(text)
        uses = [w for w in ev_words if _shares(verb, w)]
        if uses:
            # (a body the evidence names by a common noun does deeds as a name does: "The council will close the
            # library after Tom Reed said …")
            ev_parts = _parties_in(text)
            for other in uses:
                yield doc, sentence, text, ev_parts, ev_words, other


def _parties_in(text: str) -> list[Participant]:
    """The names in `text` and the bodies it names by a common noun, in order."""
    return sorted([*participants(text), *definite_parties(text)], key=lambda p: p.start)


_OBJECT_NEXT = re.compile(r"\s+(?:him|her|them|it|us|me|the|a|an|his|their|its|our|this|that|these|those)\b|\s+[A-Z]")


# "a smaller effect among women than men": what is compared with what, with the comparative.
_COMPARED = re.compile(
    r"\b(?P<cmp>[a-z]+er|more|less|fewer)\s+(?:[\w'’-]+\s+){0,4}?(?P<a>[\w'’-]+)\s+than\s+"
    r"(?:(?:the|in|among|for|at|with|of|on|by|to)\s+)?(?P<b>[\w'’-]+)",
    re.IGNORECASE,
)


# "would miss the people more than the walking": the one the deed is done to more, after it, the other.
_COMPARED_AFTER = re.compile(
    r"\b(?P<a>[\w'’-]+)\s+(?P<cmp>more|less|better|rather)\s+than\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?P<b>[\w'’-]+)",
    re.IGNORECASE,
)


# "Stirling Castle saw the biggest rise", "with Edinburgh Castle the most popular": a name, and the superlative told of
# it (past at most two words: its verb).
_SUPERLATIVE = r"(?:biggest|largest|highest|lowest|smallest|best|worst|fastest|slowest|most\s+[a-z]+|least\s+[a-z]+)"
_NAMED_MOST = re.compile(rf"(?P<name>{NAME_RUN})\s+(?:[a-z]+\s+){{0,2}}?the\s+(?P<most>{_SUPERLATIVE}(?:\s+[a-z]+)?)\b")


def _superlative_of_another(ctx: ClaimContext) -> Hit | None:
    """ "Edinburgh Castle saw the biggest rise" against "… with Edinburgh Castle the most popular. Stirling Castle saw
    the biggest rise": the superlative the evidence tells of one name, told of another it names for something else."""
    if " the " not in ctx.card.claim:
        return None
    told = " ".join(ctx.texts)
    for mine in _NAMED_MOST.finditer(ctx.card.claim):
        name, most = mine.group("name").removeprefix("The "), mine.group("most").lower()
        # (named in the evidence for something else: a name it lacks is FC304's or FC305's)
        if name.split()[0] in ("The", "A", "An", "It", "This") or name not in told:
            continue
        theirs = [m for m in _NAMED_MOST.finditer(told) if m.group("most").lower() == most]
        if theirs and all(name not in m.group("name") and m.group("name") not in name for m in theirs):
            return ctx.said_against(mine.group(0), theirs[0].group(0))
    return None


def _comparisons(text: str) -> dict[tuple[str, str, str], str]:
    return {
        (m.group("cmp").lower(), min(lemmas(m.group("a").lower())), min(lemmas(m.group("b").lower()))): m.group(0)
        for m in (
            *_COMPARED.finditer(text),
            # (a figure or a word of no content either side is no thing compared: "rose more than 5%")
            *(m for m in _COMPARED_AFTER.finditer(text) if is_content(m["a"].lower()) and is_content(m["b"].lower())),
        )
    }


def _comparison_swapped(ctx: ClaimContext) -> Hit | None:
    """ "a smaller effect among men than women" against "… among women than men": the same comparison,
    its sides the other way round."""
    if " than " not in ctx.card.claim:
        return None
    mine = _comparisons(ctx.card.claim)
    theirs = {k: v for text in ctx.texts for k, v in _comparisons(text).items()}
    for (cmp, a, b), said in mine.items():
        if a != b and (cmp, b, a) in theirs and (cmp, a, b) not in theirs:
            other = theirs[(cmp, b, a)]
            return ctx.said_against(said, other)
    return None


# "a flight from Oslo to Rome": where a journey starts and where it ends.
_ROUTE = re.compile(rf"\bfrom\s+(?P<a>{NAME_RUN})\s+to\s+(?P<b>{NAME_RUN})")


# "Births at Stourby Hospital will be moved to Carrow General": from where a thing is to where it goes.
_RELOCATED = re.compile(
    rf"\b(?:at|from)\s+(?:the\s+)?(?P<a>{NAME_RUN})\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:moved|move|moves|moving|transferred|transfer|diverted|divert|relocated|relocate|shifted|shift)\s+to\s+"
    rf"(?:the\s+)?(?P<b>{NAME_RUN})"
)
# "Harlow United have signed striker Tomas Ekberg from Kestrel City": a move from the seller to the buyer.
_MOVE = re.compile(
    rf"(?P<b>{NAME_RUN})\s+(?:have\s+|has\s+|had\s+)?"
    # "are in talks to sign", "want to buy", "will sign": a move still to come runs the same way
    r"(?:(?:(?:are|is|were|was)\s+in\s+talks|wants?|plans?|hopes?|agreed|agrees?|set|aim|aims)\s+to\s+|will\s+)?"
    r"(?:signed|bought|acquired|recruited|poached|sign|buy|acquire|recruit)\s+"
    # ("signed midfielder Ben Ode on a two-year deal from Kestra City")
    rf"(?:[\w'’-]+\s+){{0,7}}?from\s+(?:the\s+)?"
    # "from Swedish side Malmo Rovers", "from Premier League club Fulham": the seller past what it is
    rf"(?:(?:[A-Z][\w'’-]+\s+){{0,2}}(?:side|club|outfit|team|rivals|champions|giants|neighbours)\s+)?(?P<a>{NAME_RUN})"
)
# ... and told by the seller: "Harlow United sold defender Marco Deane to Kestrel City".
_SALE = re.compile(
    rf"(?P<a>{NAME_RUN})\s+(?:have\s+|has\s+|had\s+)?(?:sold|transferred|loaned)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?to\s+(?:the\s+)?(?P<b>{NAME_RUN})"
)


# "33 hostages will be freed in exchange for hundreds of Palestinian prisoners": who goes for whom.
_EXCHANGE = re.compile(
    r"\b(?P<a>[a-z]{3,})\s+(?:will\s+be|would\s+be|to\s+be|were|was|are|is|be|being)\s+(?:freed|released|swapped"
    r"|exchanged|traded|returned|handed\s+over)\s+in\s+(?:exchange|return)\s+for\s+(?:[\w,.'’-]+\s+){0,4}?"
    r"(?!(?:hundreds|thousands|dozens|millions|scores|tens|others)\b)(?P<b>[a-z]{3,}s)\b",
    re.IGNORECASE,
)


# "Conservative MP Rachel Dunn has defected to Reform UK": from the party named before the post to the other.
_DEFECTED = re.compile(
    rf"(?P<a>{NAME_RUN})\s+(?:MP|MSP|MS|MEP|AM|councillor|peer|senator|lawmaker|politician)\s+"
    rf"(?:[A-Z][\w'’-]+\s+){{1,3}}(?:has\s+|had\s+)?defected\s+to\s+(?:the\s+)?(?P<b>{NAME_RUN})"
)


def _party(name: str) -> str:
    """ "Conservatives" and "Conservative" alike."""
    return canonical_name(name).removesuffix("s")


# "will move from the town square to the old cattle market site", "from weekly to fortnightly": a move between
# things named in lower case, each known by its last word.
_MOVED_BETWEEN = re.compile(
    r"\b(?:move|moves|moved|moving|switch|switches|switched|switching|change|changes|changed|changing)\s+"
    r"from\s+(?:the\s+)?(?P<a>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+to\s+(?:the\s+)?"
    r"(?P<b>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?=\s+(?:from|in|on|at|by|while|after|before|to|for)\b|[,.;]|$)"
)


def _routes(text: str) -> dict[tuple[str, str], str]:
    found = {(canonical_name(m.group("a")), canonical_name(m.group("b"))): m.group(0) for m in _ROUTE.finditer(text)}
    for m in _MOVED_BETWEEN.finditer(text):
        found.setdefault((m.group("a").split()[-1], m.group("b").split()[-1]), m.group(0))
    for m in _DEFECTED.finditer(text):
        found.setdefault((_party(m.group("a")), _party(m.group("b"))), m.group(0))
    for m in itertools.chain(_MOVE.finditer(text), _SALE.finditer(text), _RELOCATED.finditer(text)):
        found.setdefault((canonical_name(m.group("a")), canonical_name(m.group("b"))), m.group(0))
    for m in _EXCHANGE.finditer(text):
        found.setdefault((min(lemmas(m.group("a").lower())), min(lemmas(m.group("b").lower()))), m.group(0))
    return found


def _route_swapped(ctx: ClaimContext) -> Hit | None:
    """ "The flight from Rome to Oslo" against "a flight from Oslo to Rome": the same journey the other way; so
    "Kestrel City signed Ekberg from Harlow United" against "Harlow United have signed Ekberg from Kestrel City"."""
    if "from " not in ctx.card.claim and " for " not in ctx.card.claim and " to " not in ctx.card.claim:
        return None
    theirs = {k: v for text in ctx.texts for k, v in _routes(text).items()}
    mine = _routes(ctx.card.claim)
    for (a, b), said in mine.items():
        if a != b and (b, a) in theirs and (a, b) not in theirs:
            return ctx.said_against(said, theirs[(b, a)])
    # "moved from Trent to Harl Park" against "its twin was moved to a zoo in Trent": where it went, told as where it
    # came from (where the evidence has nothing come from there)
    if mine and not any(a for a, _ in theirs if a in {a for a, _ in mine}):
        sent = {canonical_name(m.group("to")): m.group(0) for text in ctx.texts for m in _SENT_TO.finditer(text)}
        for (a, _), said in mine.items():
            if a in sent:
                return ctx.said_against(said.rstrip(".,"), sent[a])
    return None


# "was moved to a zoo in Trent", "flown to Carth": where a thing was taken.
_SENT_TO = re.compile(
    r"\b(?:(?:moved|move|moves|transferred|relocated|sent|taken|flown|shipped|driven|brought|returned|deported"
    r"|evacuated)\s+to\s+"
    # ("moving production to Poland": what is moved, then where)
    # ("move 60 jobs to a new centre in Kelby": and how many)
    r"|(?:mov|shift|transferr|relocat)(?:ing|es|ed|e|s)?\s+(?:its\s+|their\s+|the\s+)?(?:\d[\d,]*\s+)?[a-z]{3,}\s+to\s+)"
    rf"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:(?:in|at)\s+)?(?P<to>{NAME_RUN})"
)


# "Vantor Group's £3.2 billion takeover of rival grocer Kellmart", "Vantor agreed to buy Kellmart": who buys whom.
_BUYOUT_NOUNS = r"(?:takeover|acquisition|purchase|buyout|bid|offer|merger\s+with)"
_BUYOUT = re.compile(
    rf"(?P<buyer>{NAME_RUN})['’]s?\s+(?:[\w£$€.,'’-]+\s+){{0,4}}?{_BUYOUT_NOUNS}\s+(?:of|for)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}(?P<target>{NAME_RUN})"
    rf"|(?P<buyer2>{NAME_RUN})\s+(?:has\s+|have\s+|had\s+)?(?:(?:agreed|agrees|plans?|wants?|offered|bid)\s+to\s+)?"
    rf"(?:bought|acquired|buy|acquire|took\s+over|taken\s+over|take\s+over)\s+(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?P<target2>{NAME_RUN})"
    # "The board of Harbor Foods has rejected a £2.1bn takeover offer from rival Kellmart": the one bid for, then the
    # bidder
    rf"|(?:[Tt]he\s+board\s+of\s+)?(?P<target3>{NAME_RUN})\s+(?:has\s+|have\s+|had\s+)?(?:rejected|accepted|received"
    rf"|turned\s+down|welcomed|rebuffed)\s+(?:a|an|the)\s+(?:[\w£$€.,'’-]+\s+){{0,3}}?(?:takeover\s+)?(?:offer|bid"
    rf"|approach)\s+from\s+(?:(?:its\s+)?rival\s+)?(?P<buyer3>{NAME_RUN})"
)


def _buyouts(text: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (
            word_keys(m.group("buyer") or m.group("buyer2") or m.group("buyer3")),
            word_keys(m.group("target") or m.group("target2") or m.group("target3")),
            m.group(0),
        )
        for m in _BUYOUT.finditer(text)
    ]


def _alike(a: set[str], b: set[str]) -> bool:
    """Two names' word keys, one name's words all in the other's ("Vantor" in "Vantor Group")."""
    return bool(a and b) and (a <= b or b <= a)


def _buyout_reversed(ctx: ClaimContext) -> Hit | None:
    """ "Kellmart's takeover of Vantor Group" against "Vantor Group's takeover of rival grocer Kellmart": the
    buyer told as the one bought, a swap "who did what to whom" reads in no verb."""
    mine = _buyouts(ctx.card.claim)
    if not mine:
        return None
    theirs = [found for text in ctx.texts for found in _buyouts(text)]
    for buyer, target, said in mine:
        if any(_alike(buyer, b) and _alike(target, t) for b, t, _ in theirs):
            continue
        for b, t, other in theirs:
            if _alike(buyer, t) and _alike(target, b):
                return ctx.said_against(said, other)
    return None


# "The Liberal Party leads the Green Alliance": which of two is ahead.
_AHEAD = re.compile(
    rf"(?P<a>{NAME_RUN})\s+(?:(?:now|still)\s+)?(?:(?P<up>leads?|led|is\s+ahead\s+of|was\s+ahead\s+of|outpolls?|beat)"
    rf"|(?P<down>trails?|trailed|is\s+behind|was\s+behind))\s+(?:the\s+)?(?P<b>{NAME_RUN})"
)


_LEAD_OVER = re.compile(rf"(?P<a>{NAME_RUN})['’]s?\s+(?P<over>lead)\s+over\s+(?:the\s+)?(?P<b>{NAME_RUN})")


def _standing_reversed(ctx: ClaimContext) -> Hit | None:
    """ "The Liberal Party leads the Green Alliance" against "the Green Alliance on 31 percent, two points ahead of the
    Liberal Party on 29 percent": the evidence's shares put them the other way round."""
    mine = list(_AHEAD.finditer(ctx.card.claim))
    if not mine:
        return None
    shares: dict[str, tuple[float, str]] = {}
    for text in ctx.texts:
        for key_, value, said in standings(text):
            shares.setdefault(key_, (float(value), said))
    # ... or says who is ahead in words: "Labour's lead over the Conservatives has narrowed to four points"
    ahead_of = {
        (last_key(o.group("a")), last_key(o.group("b"))) if o.groupdict().get("up") or o.groupdict().get("over")
        else (last_key(o.group("b")), last_key(o.group("a"))): o.group(0)
        for text in ctx.texts for o in (*_AHEAD.finditer(text), *_LEAD_OVER.finditer(text))
    }  # fmt: skip
    for m in mine:
        a, b = (last_key(m.group(n)) for n in ("a", "b"))
        said = (a, b) if m.group("up") else (b, a)
        if said not in ahead_of and (said[1], said[0]) in ahead_of:
            return ctx.said_against(m.group(0), ahead_of[(said[1], said[0])])
        if a in shares and b in shares and shares[a][0] != shares[b][0]:
            ahead = shares[a][0] > shares[b][0]
            if ahead != bool(m.group("up")):
                return ctx.said_against(m.group(0), f"{shares[a][1]} … {shares[b][1]}")
    return None


# Who won and who lost, however it is told: "the Kestrels beat the Falcons", "the Falcons were beaten by the
# Kestrels", "the Falcons lost to the Kestrels"; and one side alone: "the Falcons lost", "the Kestrels won".
_BEAT = (
    r"beat|beats|defeated|defeats|overcame|overcomes|edged(?:\s+out)?|edges(?:\s+out)?|thrashed|thrashes|routed"
    r"|trounced|outclassed|knocked\s+out|eliminated|ousted|won\s+(?:against|over)|triumphed\s+over"
)
# An opponent named, or told by what they are: "the world number six", "the top seed", "the holders".
_OPPONENT = (
    rf"{NAME_RUN}|world\s+(?:number|no\.?)\s+\w+|(?:top|second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))"
    r"\s+seed|defending\s+champions?|holders|favourites?"
)
_CONTEST = re.compile(
    rf"(?P<w1>{NAME_RUN})\s+(?:{_BEAT})\s+(?:the\s+)?(?P<l1>{_OPPONENT})"
    rf"|(?P<l2>{NAME_RUN})\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:beaten|defeated|knocked\s+out"
    rf"|eliminated|thrashed|routed|edged\s+out|ousted)\s+by\s+(?:the\s+)?(?P<w2>{NAME_RUN})"
    # ("lost the women's singles final to top seed Ana Ruiz": what was lost, and how the winner is described)
    rf"|(?P<l3>{NAME_RUN})\s+(?:lost|loses|lose)\s+(?:[\w'’-]+\s+){{0,4}}?to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?P<w3>{NAME_RUN})"
    rf"|(?P<l9>{NAME_RUN})\s+(?:lost|loses|lose)\s+to\s+(?:the\s+)?(?P<w9>{_OPPONENT})"
    # "confirmed Priya Nair as the winner by four votes over Labour's Dan Coyle", "won the seat by 412 votes over Reed"
    rf"|(?P<w6>{NAME_RUN})\s+(?:as\s+(?:the\s+)?(?:winner|victor)|won|wins)\b[^.;:]{{0,50}}?\bover\s+"
    rf"(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?:[a-z]+\s+){{0,2}}?(?P<l6>{NAME_RUN})"
    # "Rangers kept the pressure on … with a comfortable 4-0 win over Raith Rovers": the sentence's subject won
    rf"|^\W*(?P<w7>{NAME_RUN})\s[^.;:]{{0,120}}?\b(?:win|victory|triumph)\s+(?:against|over)\s+(?:the\s+)?(?P<l7>{NAME_RUN})"
    # "Carrow City were relegated … after a 2-1 defeat at home to Dunmore Athletic": the sentence's subject lost
    rf"|^\W*(?P<l8>{NAME_RUN})\s[^.;:]{{0,120}}?\b(?:defeat|loss)\s+(?:at\s+home\s+|away\s+)?(?:to|by|against)\s+"
    rf"(?:the\s+)?(?P<w8>{NAME_RUN})"
    # ("Ana Ruiz, the top seed, won": a description between)
    rf"|(?P<l4>{NAME_RUN})\s+(?:lost|loses)\b"
    rf"|(?P<w4>{NAME_RUN})(?:,\s+(?:the|a|an)\s+[\w\s'’-]{{1,40}},)?\s+(?:won|wins)\b(?!\s+(?:against|over)\b)"
    # "came from two goals down to beat", "fought back to defeat", "went on to beat": the winner before the turn
    rf"|(?P<w5>{NAME_RUN})\s+(?:came|fought|battled|rallied|recovered|bounced|went)\s+(?:from|back|on)\b"
    rf"(?:\s+[\w'’-]+){{0,4}}?\s+to\s+(?:{_BEAT}|defeat|overcome|edge(?:\s+out)?|thrash|rout|knock\s+out|oust)\s+"
    rf"(?:the\s+)?(?P<l5>{NAME_RUN})"
)


# "… as his side lost 2-1 to Kingsford", "her team beat Orm": a side told by whose it is.
_THEIR_SIDE = re.compile(
    rf"\b(?:his|her|their)\s+(?:side|team|club)\s+(?:(?:lost|were\s+beaten|was\s+beaten)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:to|by)\s+(?:the\s+)?(?P<w>{NAME_RUN})|(?:beat|defeated|thrashed)\s+(?:the\s+)?(?P<l>{NAME_RUN}))"
)
# "Harwell Rovers striker Jay Moss": one of a side, the side named before the position.
_PLAYER_OF = re.compile(
    rf"(?P<team>{NAME_RUN})\s+(?:striker|midfielder|defender|winger|goalkeeper|keeper|forward|captain|player|manager"
    r"|boss|coach|full-back|centre-back)\b"
)


def _contest(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """(winner key -> words, loser key -> words) for each contest `text` tells."""
    won: dict[str, str] = {}
    lost: dict[str, str] = {}
    for m in _CONTEST.finditer(text):
        for i in "123456789":
            if m.group(f"w{i}") is not None:
                won.setdefault(last_key(m.group(f"w{i}")), m.group(0))
            if m.group(f"l{i}") is not None:
                lost.setdefault(last_key(m.group(f"l{i}")), m.group(0))
    for m in _THEIR_SIDE.finditer(text):
        # (whose side it is: the side the sentence named one of before it)
        players = list(_PLAYER_OF.finditer(text, 0, m.start()))
        if not players:
            continue
        side = last_key(players[-1].group("team"))
        if m.group("w"):
            won.setdefault(last_key(m.group("w")), m.group(0))
            lost.setdefault(side, m.group(0))
        else:
            won.setdefault(side, m.group(0))
            lost.setdefault(last_key(m.group("l")), m.group(0))
    return won, lost


def _contests(texts: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Every winner and loser the texts tell, each with the words that first tell it."""
    won: dict[str, str] = {}
    lost: dict[str, str] = {}
    for text in texts:
        w, l_ = _contest(text)
        won.update({k: v for k, v in w.items() if k not in won})
        lost.update({k: v for k, v in l_.items() if k not in lost})
    return won, lost


# "Brenton, who drew 0-0 at Olby Town": a side that drew, neither winner nor loser.
_DREW = re.compile(rf"(?P<name>{NAME_RUN})(?:,\s+who)?\s+(?:have\s+|had\s+)?drew\b")


def _draw_told_as_result(ctx: ClaimContext) -> Hit | None:
    """ "Brenton lost 1-0 at Olby Town" against "…, Brenton, who drew 0-0 at Olby Town": a side the evidence says drew,
    told as winning or losing."""
    won, lost = _contest(ctx.card.claim)
    if not won and not lost:
        return None
    for text in ctx.texts:
        for m in _DREW.finditer(text):
            side = last_key(m.group("name"))
            said = won.get(side) or lost.get(side)
            if said is not None:
                return ctx.said_against(said, m.group(0))
    return None


# "mistook a bruise for a broken hip", "a broken hip that staff had mistaken for a bruise": one thing taken for another.
_PHRASE_END = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:and|but|after|before|when|while|in|at|on|by|as|because|until)\b)"
_TAKEN_FOR = r"(?:mistook|mistake|mistakes|mistaking|mistaken|confused|confuses|confusing)"
_MISTOOK = re.compile(
    rf"\b{_TAKEN_FOR}\s+(?:it|them|(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<real>[a-z-]+))\s+"
    r"(?:for|with)\s+(?:a|an|the|his|her|their)?\s*(?:[a-z-]+\s+){0,2}?(?P<taken>[a-z-]+)" + _PHRASE_END,
    re.IGNORECASE,
)
_MISTAKEN_THING = re.compile(
    r"\b(?P<real>[a-z-]+)\s+(?:that|which)\s+(?:[a-z]+\s+){0,3}?(?:had\s+|was\s+|were\s+|been\s+)*"
    rf"{_TAKEN_FOR}\s+(?:it\s+)?(?:for|with)\s+(?:a|an|the)?\s*(?:[a-z-]+\s+){{0,2}}?(?P<taken>[a-z-]+)" + _PHRASE_END,
    re.IGNORECASE,
)


def _mistaken_reversed(ctx: ClaimContext) -> Hit | None:
    """ "Staff mistook a bruise for a broken hip" against "a broken hip that staff had mistaken for a bruise": the thing
    taken for another put in the other's place."""
    mine = [(m, m.group("real"), m.group("taken")) for m in _MISTOOK.finditer(ctx.card.claim) if m.group("real")]
    if not mine:
        return None
    for m, real, taken in mine:
        for text in ctx.texts:
            for o in (*_MISTOOK.finditer(text), *_MISTAKEN_THING.finditer(text)):
                if not o.group("real"):
                    continue
                if lemmas(o.group("real").lower()) & lemmas(taken.lower()) and lemmas(
                    o.group("taken").lower()
                ) & lemmas(real.lower()):
                    return ctx.said_against(m.group(0), o.group(0))
    return None


# (the gate: most claims pose nothing)
_POSING = re.compile(r"\b(?:pos|pretend|impersonat|masquerad)", re.IGNORECASE)
# "A man who posed as a doctor", "pretending to be a police officer": the one posing, and whom they passed for.
_POSED_AS = re.compile(
    r"\b(?P<who>[a-z-]{3,})\s+(?:who\s+)?(?:had\s+)?(?:pos(?:ed|es|ing|e)\s+as|pretend(?:ed|s|ing)?\s+to\s+be"
    r"|impersonat(?:ed|es|ing)|masquerad(?:ed|es|ing)\s+as)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?P<posed>[a-z-]+)"
    r"(?=\s+(?:at|in|on|for|to|and|who|from|with)\b|\s*[.,;]|\s*$)",
    re.IGNORECASE,
)


def _posing_reversed(ctx: ClaimContext) -> Hit | None:
    """ "A doctor posed as a patient" against "A man who posed as a doctor … treated more than 40 patients": the one
    passed for, told as the one who did the posing."""
    for m in _POSED_AS.finditer(ctx.card.claim):
        who = lemmas(m.group("who").lower())
        for text in ctx.texts:
            for o in _POSED_AS.finditer(text):
                if lemmas(o.group("posed").lower()) & who and not lemmas(o.group("who").lower()) & who:
                    return ctx.said_against(m.group(0), o.group(0))
    return None


def _contest_reversed(ctx: ClaimContext) -> Hit | None:
    """ "The Kestrels lost to the Falcons" against "The Kestrels beat the Falcons 3-1": the claim makes the
    winner the loser, or the other way round."""
    claim = ctx.card.claim
    if not re.search(r"\b(?:beat|defeat|lost|lose|won|win|overc|edge|thrash|rout|trounc|knocked|elimin|oust)", claim):
        return None
    my_won, my_lost = _contest(claim)
    if not my_won and not my_lost:
        return None
    won, lost = _contests(ctx.texts)
    for side, theirs, other in ((my_lost, won, lost), (my_won, lost, won)):
        for name, said in side.items():
            if name in theirs and name not in other:
                return ctx.said_against(said, theirs[name])
    return None


# Someone the news does not name, told by what they are: "a 23-year-old man", "two teenagers", "the driver".
_PERSON = (
    r"man|woman|boy|girl|men|women|boys|girls|teenagers?|teens?|child|children|baby|babies|pensioners?|officers?"
    r"|drivers?|passengers?|pedestrians?|cyclists?|motorcyclists?|students?|pupils?|patients?|prisoners?|inmates?"
    r"|suspects?|workers?|nurses?|soldiers?|tourists?|residents?|fans?|shoppers?|firefighters?|employees?|customers?"
    r"|miners?|journalists?|doctors?|teachers?|schoolchildren|guards?|volunteers?|protesters?|demonstrators?|farmers?"
    r"|civilians?|climbers?|hikers?|swimmers?|crew\s+members?|owners?|inspectors?"
)


_ANY_PERSON = re.compile(rf"\b(?:{_PERSON})\b", re.IGNORECASE)
_JOINED_BEFORE = re.compile(rf"\b(?P<other>{_PERSON})\s*(?:,\s*and|,|and)\s+$", re.IGNORECASE)


def _someone(group: str) -> str:
    # (past an age told after them: "a man in his 50s", "a woman aged 70")
    return (
        rf"\b(?:a|an|the|one|two|three|four|five|\d+)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<{group}>{_PERSON})\b"
        r"(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?\d0s\b|\s+aged\s+\d+\b)?"
    )


_DONE = r"[a-z]{3,}ed|shot|hit|hurt|struck|beaten|stabbed|bitten|taken|held|found|killed|caught|thrown"
_ONE_DONE_TO = re.compile(
    _someone("one")
    + rf"\s+(?:(?:who|that)\s+)?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?P<verb>{_DONE})\b"
    r"(?!\s+by\b)",
    re.IGNORECASE,
)
_DONE_TO_ONE = re.compile(
    r"\b(?:have|has|had)\s+(?P<verb>charged|arrested|detained|rescued|questioned|named|identified)\s+"
    + _someone("one"),
    re.IGNORECASE,
)
_ONE_DID_TO = re.compile(
    _someone("doer") + rf"\s+(?P<verb>{_DONE}|beat|struck|stabbed)\s+" + _someone("done"),
    re.IGNORECASE,
)


def _noun_key(noun: str) -> str:
    return min(lemmas(noun.lower()))


# Words for a person's age that say nothing of their sex, and the words they may stand for: "A teenager has been
# charged" is "A 15-year-old boy has been charged". A suspect may be anyone.
_YOUNG = {
    "teenager": frozenset({"boy", "girl", "teen", "youth"}),
    "teen": frozenset({"boy", "girl", "teenager", "youth"}),
    "youth": frozenset({"boy", "girl", "teen", "teenager"}),
    "child": frozenset({"boy", "girl", "baby"}),
}


def _may_be_one(one: str, mine: str) -> bool:
    """Whether the one the evidence names (by its noun's key) may be the one the claim names."""
    return one == mine or "suspect" in (one, mine) or one in _YOUNG.get(mine, ()) or mine in _YOUNG.get(one, ())


def _place_swapped(ctx: ClaimContext) -> Hit | None:
    """ "A man from Bradford was arrested after a woman was stabbed outside a Leeds nightclub" against "arrested a
    man from Leeds after a woman was stabbed outside a nightclub in Bradford": a place the evidence names, put
    with something it puts elsewhere (a place it lacks is the name rules' finding)."""
    mine = places_of(ctx.card.claim)
    if not mine:
        return None
    theirs = [bound for text in ctx.texts for bound in places_of(text)]
    # A thing the claim places as the evidence does may be placed again more narrowly or widely: "a Roman villa
    # near Wexcombe" against "digging … near Wexcombe have found a Roman villa".
    kept = {(tied, place) for tied, place, _ in theirs}
    mine = [b for b in mine if not any(tied == b[0] and (tied, place) in kept for tied, place, _ in mine)]
    # (where a thing goes names no place the evidence puts anything in: "come back to Aberdeen")
    named = {place for (_, way), place, _ in theirs if way != "to"}
    # A place the evidence names placing nothing there ("merge … with neighbouring Dorran") only when the place
    # the evidence puts the thing in is one the claim names too: the two swapped ("Voters in Dorran rejected a
    # merger with Lisk"), not a wider place for a narrower one ("a freeway in New Jersey", "in Hudson County").
    elsewhere = {p.key for text in ctx.texts for p in participants(text)}
    in_claim = {p.key for p in participants(ctx.card.claim)}
    # (or two places the evidence names side by side, "between Brisk and Holm": neither is in the other)
    peers = _named_together(ctx.texts)
    # (or two countries: neither is in the other, "the wettest on record in England" against "in Wales")
    swapped = [
        b
        for b in mine
        if b[1] in elsewhere
        and any(
            t == b[0] and q != b[1] and (q in in_claim or frozenset((q, b[1])) in peers or _two_countries(q, b[1]))
            for t, q, _ in theirs
        )
    ]
    # (or a part of the country by its compass point, which the evidence never writes: "railway lines in the
    # north-west" against "railway lines in the Midlands")
    compass = [
        b
        for b in mine
        if re.fullmatch(COMPASS_REGION, b[1].replace(" ", "-"))
        and not any(re.search(rf"\b{re.escape(b[1])}\b", text, re.IGNORECASE) for text in ctx.texts)
    ]
    found = bound_differently([b for b in mine if b[1] in named] + swapped + compass, theirs)
    return ctx.said_against(*found) if found else None


# Countries that hold others, or stand for a continent: "in Britain" may be "in Wales".
_HOLDING_COUNTRIES = frozenset({"united kingdom", "united states", "europe", "africa", "asia", "latin america"})


def _two_countries(a: str, b: str) -> bool:
    """Two countries, neither holding the other ("England" and "Wales"; not "Dutch" and "the Netherlands")."""
    mine, theirs = canonical_name(a), canonical_name(b)
    return mine != theirs and is_country(mine) and is_country(theirs) and not {mine, theirs} & _HOLDING_COUNTRIES


# "between Brisk and Holm", "from Luss to Vorr", "Brisk or Holm": two names side by side.
_SIDE_BY_SIDE = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:and|or|to)\s+(?:the\s+)?(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _named_together(texts: list[str]) -> set[frozenset[str]]:
    """The pairs of names (as keys) the evidence writes side by side."""
    found = set()
    for text in texts:
        for m in _SIDE_BY_SIDE.finditer(text):
            a, b = participants(m.group("a")), participants(m.group("b"))
            if a and b:
                found.add(frozenset((a[-1].key, b[0].key)))
    return found


# What a nationality may be of besides a person: "a Canadian metal band", "the British company".
_NATION_THINGS = frozenset(
    """band group company firm film movie album song club team side newspaper paper magazine series show network
    channel label league party government army navy bank university college school city town airline brand
    carmaker broadcaster charity court parliament""".split()
)
_NATION_WINDOW = 7  # words after a nationality that may still be what it describes


def _nation_windows(text: str, nation: str) -> list[tuple[str, list[Word]]]:
    """What each `nation` in `text` is said with: the words from it up to a stop ("," "." "(") or seven
    words after it, and the words after it."""
    found = words(text)
    windows = []
    for i, w in enumerate(found):
        if w.text != nation:
            continue
        window: list[Word] = []
        for after in found[i + 1 : i + 1 + _NATION_WINDOW]:
            if re.search(r"[,.;:()]", text[(window[-1].end if window else w.end) : after.start]):
                break
            window.append(after)
        windows.append((text[w.start : window[-1].end if window else w.end], window))
    return windows


def _nationality_moved(ctx: ClaimContext) -> Hit | None:
    """ "Tim Roth is a Canadian musician" against "Tim Roth is the guitarist … of Canadian metal band Into
    Eternity": the evidence gives the nation only of a thing, the claim makes it a person's."""
    claim = ctx.card.claim
    for nation in dict.fromkeys(w.text for w in words(claim) if w.text.istitle() and w.lower in NATIONALITIES):
        mine = _nation_windows(claim, nation)[0][1][:2]
        person = next((w for w in mine if w.lower in JOB_NOUNS or w.lower in ROLE_WORDS), None)
        if person is None or any(w.lower in _NATION_THINGS for w in mine[: mine.index(person)]):
            continue
        theirs = [found for text in ctx.texts for found in _nation_windows(text, nation)]
        if not theirs or any(lemmas(person.lower) & lemmas(w.lower) for _, window in theirs for w in window):
            continue
        if all(any(w.lower in _NATION_THINGS for w in window) for _, window in theirs):
            return ctx.said_against(f"{nation} {person.text}", theirs[0][0])
    return None


# "has been given … by the family of the late collector Ian Moss", "Moss's widow donated": a deed done by someone's
# kin, not by them.
_KIN_BODY = r"(?:family|widow|widower|wife|husband|sons?|daughters?|children|parents|relatives|estate|heirs)"
_BY_KIN = re.compile(
    rf"\bby\s+(?:the|his|her|their)\s+{_KIN_BODY}\s+of\s+(?:the\s+late\s+)?(?:[a-z]+\s+){{0,2}}?(?P<who>{NAME_RUN})"
    rf"|\b(?P<who2>{NAME_RUN})['’]s\s+{_KIN_BODY}\s+(?:has\s+|have\s+|had\s+)?(?P<verb>[a-z]{{3,}})\b"
)


_NAME_WORDS = r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+"
# "Ana Ruiz is the defending champion": a name given a title, the claim's whole point.
_IS_TITLED = re.compile(
    # ("Kelby Town are league leaders": a side's title, plural and bare)
    rf"^\W*(?P<name>{_NAME_WORDS})\s+(?:is|are|was|were|has\s+been|had\s+been|will\s+be|became|becomes)\s+"
    r"(?:(?:the|a|an)\s+|(?=[a-z][\w'’-]*\s+(?:leaders|champions|holders)\b))"
    r"(?P<title>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s*[.,;]?\s*$"
)


# "Passengers have been ordered to pay £4m": those made to do a deed, told as the claim's subject.
_MADE_TO_CLAIMED = re.compile(
    r"^\W*(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:has|have|had|was|were)\s+(?:been\s+)?"
    r"(?P<made>ordered|told|forced|required|made)\s+to\s+(?P<verb>[a-z]+)\b"
)


def _made_to_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Passengers have been ordered to pay £4m" against "The regulator has ordered Westline Trains to pay £4m to
    passengers": the claim has those the deed is towards made to do it, where the evidence makes another do it."""
    m = _MADE_TO_CLAIMED.match(ctx.card.claim)
    if m is None:
        return None
    who = m.group("who").split()[-1].lower()
    # (the deed and whom it is towards, however the one made to do it is told)
    towards = rf"to\s+{m.group('verb')}\b[^.;]{{0,40}}?\s+(?:to|for)\s+(?:the\s+)?(?P<towards>[\w'’-]+)"
    made = re.compile(rf"\b{m.group('made')}\s+(?P<doer>(?:[\w'’-]+\s+){{1,4}}?){towards}", re.IGNORECASE)
    # ("A train operator has been told to pay back £2 million to passengers": the one made to, told first)
    made_passive = re.compile(
        rf"(?P<doer>(?:[\w'’-]+\s+){{1,4}}?)(?:has|have|had|was|were)\s+(?:been\s+)?{m.group('made')}\s+{towards}",
        re.IGNORECASE,
    )
    for text in ctx.texts:
        for found in (*made.finditer(text), *made_passive.finditer(text)):
            doers = {w.lower() for w in found.group("doer").split()}
            if found.group("towards").lower() == who and who not in doers:
                return ctx.said_against(m.group(0), found.group(0))
    return None


# "Magistrates ordered him to pay £1,500": one who has another do a deed, the one made to, and the deed.
_MADE_ONE_TO = re.compile(
    r"\b(?P<made>ordered|told|urged|asked|forced|required|made|called\s+on)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+"
    r"|their\s+|its\s+)?(?P<who>[\w'’-]+)\s+to\s+(?P<verb>[a-z]{3,})\b",
    re.IGNORECASE,
)
_PERSONAL_OBJECTS = frozenset({"him", "her"})
_OTHER_OBJECTS = frozenset({"them", "it", "us", "me", "you"})  # (any one, or a thing: no telling who)


def _another_made_to(ctx: ClaimContext) -> Hit | None:
    """ "Magistrates ordered the RSPCA to pay £1,500 in costs" against "Magistrates also ordered him to pay £1,500 in
    costs": the same deed ordered, of a body where the evidence orders a person (or another the claim never names)."""
    for m in _MADE_ONE_TO.finditer(ctx.card.claim):
        who, deed = m.group("who"), lemmas(m.group("verb").lower())
        if not deed or who.lower() in _PERSONAL_OBJECTS | _OTHER_OBJECTS:
            continue
        for text in ctx.texts:
            for o in _MADE_ONE_TO.finditer(text):
                theirs = o.group("who")
                if not lemmas(o.group("verb").lower()) & deed or o.group("made").lower() != m.group("made").lower():
                    continue
                if theirs.lower() in _PERSONAL_OBJECTS:
                    # (a person told by a pronoun: the claim's one must be a body to be another)
                    if entity_type(who) != "organisation":
                        continue
                elif (
                    theirs.lower() in _OTHER_OBJECTS
                    or lemmas(theirs.lower()) & lemmas(who.lower())
                    or paraphrase_groups(lemmas(theirs.lower())) & paraphrase_groups(lemmas(who.lower()))
                    or who.lower() not in text.lower()  # (one the evidence names elsewhere, as another)
                ):
                    continue
                return ctx.said_against(m.group(0), o.group(0))
    return None


def _title_of_another(ctx: ClaimContext) -> Hit | None:
    """ "Ana Ruiz is the defending champion" against "Ana Ruiz … won …, ahead of the defending champion, Mia Kovac": the
    claim gives a name a title the evidence gives, by name, to another only."""
    m = _IS_TITLED.match(ctx.card.claim)
    if m is None or not is_content(m.group("title").split()[-1]) or not is_content(m.group("name").lower()):
        return None  # ("It was the sixth lowest on record": a pronoun opening the claim names no one)
    title = re.escape(m.group("title")).replace("\\ ", r"\s+")
    holders = re.compile(
        rf"\b{title}\s*,?\s+(?P<after>{_NAME_WORDS})|(?P<before>{_NAME_WORDS})\s*,\s*(?:the|a|an)\s+{title}\b"
    )
    mine = word_keys(m.group("name"))
    # (a day or a month before the title dates what it describes: "on Tuesday, the sixth lowest on record")
    found = [
        (name, h.group(0))
        for text in ctx.texts
        for h in holders.finditer(text)
        if (name := h.group("after") or h.group("before")).lower() not in CALENDAR_WORDS
    ]
    if not found or any(word_keys(name) & mine for name, _ in found):
        return None
    return ctx.said_against(m.group(0).strip().rstrip("."), found[0][1].rstrip("."))


def _done_by_kin(ctx: ClaimContext) -> Hit | None:
    """ "Ian Moss has given 1,200 coins to the museum" against "The museum has been given 1,200 coins by the family
    of the late collector Ian Moss": the claim has someone do what the evidence has their family do."""
    claim = ctx.card.claim
    if re.search(rf"\b{_KIN_BODY}\b", claim, re.IGNORECASE):
        return None
    for text in ctx.texts:
        for m in _BY_KIN.finditer(text):
            who = last_key(m.group("who") or m.group("who2"))
            # the deed: the verb after "Moss's family", or any word of the clause before "by the family of …"
            told = (
                [m.group("verb")]
                if m.group("verb")
                else re.split(r"[;:]|,\s", text[max(0, m.start() - 80) : m.start()])[-1].split()
            )
            deed = frozenset().union(*(lemmas(w.lower()) for w in told))
            for mine in _DOER_THEN_VERB.finditer(claim):
                if last_key(mine.group("doer")) == who and lemmas(mine.group("verb").lower()) & deed:
                    return ctx.said_against(mine.group(0), m.group(0))
    return None


# "returned by the borrower": a deed done by one a common noun names (and not by someone of theirs).
# ("handed in to a museum by …": a particle and where it went may stand between the deed and its doer)
_PARTICLE_AND_WHERE = r"(?:\s+(?:back|up|out|off|on|in|down|over))?(?:\s+(?:to|into|from|at)(?:\s+[\w'’-]+){1,4}?)?"
_DONE_BY_ONE = re.compile(
    rf"\b(?P<deed>[a-z]{{3,}}){_PARTICLE_AND_WHERE}\s+by\s+(?:the|a|an|his|her|their)\s+(?P<one>[a-z][\w-]{{2,}})(?![\w'’-])"
)
# Those of one's own a deed may be done by in one's name: speaking for them is theirs ("the club's spokesman").
_ONES_OWN_NOT_THEM = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _done_by_ones_own(ctx: ClaimContext) -> Hit | None:
    """ "The book was returned by the borrower himself" against "was posted back by the borrower's son": the deed
    credited to one whose relative, neighbour or lawyer the evidence has do it, where it never has them do it."""
    for mine in _DONE_BY_ONE.finditer(ctx.card.claim):
        one = mine.group("one").lower()
        if not _participle(mine.group("deed").lower()) or "NOUN" not in forms_by_class(one):
            continue
        by_them = re.compile(rf"\bby\s+(?:the|a|an|his|her|their)\s+{re.escape(one)}(?![\w'’-])", re.IGNORECASE)
        if any(by_them.search(text) for text in ctx.texts):
            continue
        by_theirs = re.compile(
            rf"\b(?P<deed>[a-z]{{3,}}){_PARTICLE_AND_WHERE}\s+by\s+(?:the|a|an|his|her|their)\s+"
            rf"{re.escape(one)}['’]s\s+(?P<own>[a-z]+)\b",
            re.IGNORECASE,
        )
        for text in ctx.texts:
            for theirs in by_theirs.finditer(text):
                own = theirs.group("own").lower()
                if (
                    _participle(theirs.group("deed").lower())
                    and own not in _ONES_OWN_NOT_THEM
                    and (own in _SOMEONES or any(kind == "relative" for kind, _ in kinds_of(own)))
                ):
                    return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "A dentist in Lowmere has been struck off", "The customer was fined £18,000": the one a sentence opens on, by a
# common noun (past what describes it and where it is from), and what was done to them.
_OPENING_ONE_DONE_TO = re.compile(
    r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})"
    # (where they are from, by a name or a place of one: "at a hospital in Stoke")
    r"(?:\s+(?:in|at|from|of|on)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"|[a-z]{3,}\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?"
    r"\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+(?P<verb>[a-z]{3,})\b"
)


def _opening_one_swapped(ctx: ClaimContext) -> Hit | None:
    """ "A patient has been struck off" against "A dentist in Lowmere has been struck off after performing treatment on
    patients without their consent": the deed done to the one the evidence opens on, told of another it has only for
    something else."""
    mine = _OPENING_ONE_DONE_TO.match(ctx.card.claim)
    if mine is None or not _participle(mine.group("verb")):
        return None
    noun, deed = lemmas(mine.group("noun")), lemmas(mine.group("verb"))
    for text in ctx.texts:
        theirs = _OPENING_ONE_DONE_TO.match(text)
        if theirs is None or not lemmas(theirs.group("verb")) & deed:
            continue
        other = lemmas(theirs.group("noun"))
        rest = {f for w in words(text[theirs.end() :]) for f in lemmas(w.lower)}
        if (
            not other & noun
            and noun & rest
            and "NOUN" in forms_by_class(theirs.group("noun"))
            and not paraphrase_groups(other) & paraphrase_groups(noun)
            and not same_role(theirs.group("noun")) & noun
            # (what the evidence says its one worked as: "A man … from a church where he worked as a treasurer")
            and not re.search(rf"\bas\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?{re.escape(mine.group('noun'))}\b", text)
        ):
            return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "Her husband completed a skydive", "Her sister Maja has retired": one's kin, and what the claim has them do.
_KIN_DID = re.compile(
    r"^(?:Her|His|Their)\s+(?:late\s+)?(?P<kin>husband|wife|son|daughter|sister|brother|mother|father|partner"
    r"|grandson|granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin)"
    rf"(?:,?\s+{NAME_RUN},?)?\s+(?:has\s+|had\s+|have\s+|also\s+)?(?P<verb>[a-z]{{3,}})\b"
)


def _kin_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "Her husband completed a skydive" against "A 90-year-old woman has completed a skydive … for the dementia
    charity that supported her late husband": the claim has one's kin do what the evidence has the one do, and names
    the kin only for something else."""
    m = _KIN_DID.match(ctx.card.claim)
    if m is None:
        return None
    deed = lemmas(m.group("verb"))
    kin = m.group("kin")
    for text in ctx.texts:
        for w in words(text):
            if not lemmas(w.lower) & deed:
                continue
            before = re.split(r"[;.]\s", text[max(0, w.start - 60) : w.start])[-1]
            clause = re.split(r"[,;]\s|\b(?:and|but|after|while|who|that)\b", before)[-1]
            later = re.search(rf"\b(?:her|his|their)\s+(?:late\s+)?{kin}\b", text[w.end :], re.IGNORECASE)
            if kin not in before.lower() and later is not None and re.search(r"\S", clause):
                return ctx.said_against(m.group(0), text[max(0, w.start - len(clause)) : w.end].strip())
    return None


# "…, her publisher said." closing a sentence: one named by a common noun who tells it.
_NOUN_SAYER_LAST = re.compile(
    r",\s+(?P<sayer>(?:his|her|their|its|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*))\s+"
    r"(?:said|says|confirmed|announced|told\s+[^,.;]+)\.?\s*$",
    re.IGNORECASE,
)
# "Her publisher has died": the claim's opening one, by a common noun, and the verb after it.
# (with no, one or two words before the noun: "The network operator brought" is read with "operator" for the noun)
_NOUN_DOER_FIRST = tuple(
    re.compile(
        rf"^(?P<doer>(?:His|Her|Their|Its|The)\s+(?:[a-z][\w-]*\s+){{{n}}}(?P<noun>[a-z][\w-]*))\s+"
        r"(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+|will\s+|also\s+)?(?:been\s+)?(?P<verb>[a-z]{3,})\b"
    )
    for n in range(3)
)


def _noun_doer_first(claim: str) -> re.Match[str] | None:
    """A claim opening on a common noun and the verb after it, read with the fewest words before the noun that leave a
    verb after it."""
    for pattern in _NOUN_DOER_FIRST:
        m = pattern.match(claim)
        if m is not None and "VERB" in forms_by_class(m.group("verb").lower()):
            return m
    return None


def _sayer_made_doer(ctx: ClaimContext) -> Hit | None:
    """ "Her publisher has died at the age of 88" against "The author Iris Bell … has died at the age of 88, her
    publisher said": the one who tells of the deed, by a common noun, told as the one who did it."""
    mine = _noun_doer_first(ctx.card.claim)
    if (
        mine is None
        or lemmas(mine.group("verb").lower()) & lexicon().reporting
        or re.match(r"\s+\d", ctx.card.claim[mine.end() :])  # ("surveyed 9,000 teachers")
        or mine.group("verb").lower() in _BE | {"to"}  # ("The owners are to open …": the verb is yet to come)
    ):
        return None
    # ("The company will close the factory" against "The factory will close, the company said": one who tells of a
    # deed done to something may be its doer, unless the evidence gives the deed a doer of its own, "after Storm Nell
    # brought down power lines, the network operator said"; one who died did nothing to anything)
    done_to_something = _OBJECT_NEXT.match(ctx.card.claim, mine.end()) is not None
    object_words = frozenset(w.lower for w in words(ctx.card.claim[mine.end() :]))
    noun, deed = lemmas(mine.group("noun").lower()), lemmas(mine.group("verb").lower())
    for text in ctx.texts:
        theirs = _NOUN_SAYER_LAST.search(text)
        if theirs is None or not lemmas(theirs.group("noun").lower()) & noun:
            continue
        told = text[: theirs.start()]
        found = words(told)
        done = [w for k, w in enumerate(found) if lemmas(w.lower) & deed and not (k and found[k - 1].lower in _BE)]
        post = theirs.group("noun").lower()
        if done and all(verdict_of_a_body(told, w) for w in done) and (post in ROLE_WORDS or is_post(post)):
            continue  # ("The university will cut 400 jobs, blaming a fall in …, the vice-chancellor said")
        if done_to_something and not any(
            c.forms & deed and c.doer is not None and not c.passive and not c.doer.key & object_words
            for c in clauses(told)
        ):
            continue
        if done and not re.search(rf"\b{re.escape(mine.group('noun').lower())}\b", told.lower()):
            sayer = theirs.group("sayer")
            return Hit(
                f'claim has "{mine.group("doer")}" as the one who "{mine.group("verb")}"; in the evidence "{sayer}" '
                "only tells of it",
                ctx.span_of(sayer),
                ctx.home.article.id,
            )
    return None


# "Ian Moss has given", "Moss donated": a named doer and the verb right after.
_DOER_THEN_VERB = re.compile(
    rf"(?P<doer>{NAME_RUN})\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:been\s+)?(?P<verb>[a-z]{{3,}})\b"
)


def _someone_else_done_to(ctx: ClaimContext) -> Hit | None:
    """ "A man was stabbed" against "a woman was stabbed", and "A woman stabbed a man" against "arrested a man
    after a woman was stabbed": the one it was done to, where the news names no one, is another."""
    claim = ctx.card.claim
    if not re.search(rf"\b(?:{_PERSON})\b", claim, re.IGNORECASE):
        return None
    theirs: dict[str, list[tuple[str, str]]] = {}  # verb lemma -> (the one it was done to, the words)
    doers: dict[str, set[str]] = {}
    for text in ctx.texts:
        for m in _ONE_DONE_TO.finditer(text):
            # "164 passengers and six crew members were evacuated": the deed is done to both.
            ones = [_noun_key(m.group("one"))]
            ones += [_noun_key(o.group(0)) for o in _ANY_PERSON.finditer(text, m.start(), m.start("one"))]
            if joined := _JOINED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                ones.append(_noun_key(joined.group("other")))
            for verb in lemmas(m.group("verb").lower()):
                theirs.setdefault(verb, []).extend((one, m.group(0)) for one in ones)
        for m in _ONE_DID_TO.finditer(text):
            for verb in lemmas(m.group("verb").lower()):
                doers.setdefault(verb, set()).add(_noun_key(m.group("doer")))
        # "Police have charged a 41-year-old man": the one it was done to, told in the active voice.
        for m in _DONE_TO_ONE.finditer(text):
            for verb in lemmas(m.group("verb").lower()):
                theirs.setdefault(verb, []).append((_noun_key(m.group("one")), m.group(0)))
    if not theirs:
        return None
    for m in _ONE_DONE_TO.finditer(claim):
        mine = _noun_key(m.group("one"))
        for verb in lemmas(m.group("verb").lower()):
            done_to = theirs.get(verb, [])
            if done_to and all(not _may_be_one(one, mine) for one, _ in done_to):
                return ctx.said_against(m.group(0), done_to[0][1])
    for m in _ONE_DID_TO.finditer(claim):
        doer = _noun_key(m.group("doer"))
        for verb in lemmas(m.group("verb").lower()):
            done_to = theirs.get(verb, [])
            if any(one == doer for one, _ in done_to) and doer not in doers.get(verb, set()):
                said = next(words for one, words in done_to if one == doer)
                return ctx.said_against(m.group(0), said)
    return None


# Who bought, however the sale is told: "sold … to a property company", "bought by a property company", "A property
# company has bought".
_BUYER_WORDS = (
    r"(?P<buyer>(?:(?!(?:for|at|in|on|from|after|with)\b)[\w'’-]+\s+){0,3}(?!(?:for|at|in|on|from)\b)[\w'’-]+)"
)
_SOLD_TO = re.compile(rf"\bsold\s+(?:[\w'’£$.,-]+\s+){{0,6}}?to\s+{_BUYER_WORDS}", re.IGNORECASE)
_BOUGHT_BY = re.compile(rf"\b(?:bought|purchased)\s+by\s+{_BUYER_WORDS}", re.IGNORECASE)


def _active_doer_pattern(group: str, verbs: str, after: str = "") -> re.Pattern[str]:
    """The one doing a deed in the active, up to four words before its verb ("A property company has bought"), not
    the thing it is done to in the passive ("has been bought"); `after` is what may not follow the verb."""
    return re.compile(
        rf"(?P<{group}>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)(?<!\bbeen)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)"
        rf"\s+(?:has\s+|have\s+|had\s+)?(?:{verbs})\b{after}",
        re.IGNORECASE,
    )


_BUYER_BOUGHT = _active_doer_pattern("buyer", "bought|purchased", r"(?!\s+by\b)")
_SALE_DONE_TO = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:bought|sold|purchased)\b", re.IGNORECASE)


def _buyers_told(text: str) -> list[re.Match[str]]:
    """Each telling of who bought in `text`, however the sale is told (its "buyer" group)."""
    return [m for pattern in (_SOLD_TO, _BOUGHT_BY, _BUYER_BOUGHT) for m in pattern.finditer(text)]


def _buyers(text: str) -> list[frozenset[str]]:
    return [content_lemmas(words(m.group("buyer"))) for m in _buyers_told(text)]


def sale_agrees(claim: str, texts: list[str]) -> bool:
    """Whether the claim tells the evidence's sale from the other side: "has been bought by a property company"
    against "has been sold to a property company" (the same buyer), or "has been bought" against "has been sold" (the
    same thing sold, no buyer told by either; "was sold at auction" is no "is to be bought by the county museum")."""
    mine = [b for b in _buyers(claim) if b]
    theirs = [b for text in texts for b in _buyers(text) if b]
    if not mine and not theirs:
        return bool(_SALE_DONE_TO.search(claim)) and any(_SALE_DONE_TO.search(text) for text in texts)
    return any(a & b for a in mine for b in theirs)


# "The property company sold …": the one selling, before the verb in the active.
_SELLER_SOLD = _active_doer_pattern("seller", "sold")


def _buyer_made_seller(ctx: ClaimContext) -> Hit | None:
    """ "The property company sold the shopping centre" against "A shopping centre … has been sold to a property
    company": the buyer told as the one selling, where the evidence never has them sell."""
    for mine in _SELLER_SOLD.finditer(ctx.card.claim):
        seller = content_lemmas(words(mine.group("seller")))
        if not seller:
            continue
        if any(
            seller & content_lemmas(words(m.group("seller"))) for text in ctx.texts for m in _SELLER_SOLD.finditer(text)
        ):
            continue
        for text in ctx.texts:
            for m in _buyers_told(text):
                if seller & content_lemmas(words(m.group("buyer"))):
                    return ctx.said_against(mine.group(0).strip(), m.group(0).strip())
    return None


def contest_agrees(claim: str, texts: list[str]) -> bool:
    """Whether the claim's winner or loser is the evidence's ("Okafor won" against "Okafor defeated Reed"),
    however either words it ("defeated" is the winner's deed, "a defeat" the loser's)."""
    my_won, my_lost = _contest(claim)
    if not my_won and not my_lost:
        return False
    won, lost = _contests(texts)
    return my_won.keys() <= won.keys() and my_lost.keys() <= lost.keys()


def _describes(text: str, parts: list[Participant], outer: frozenset[str], inner: frozenset[str]) -> bool:
    """Whether one of `outer` describes one of `inner` just after it: "Arsenal goalkeeper David Ospina has
    kept six clean sheets" is Arsenal's as much as Ospina's."""
    return any(
        a.key in outer
        and b.key in inner
        and re.fullmatch(r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}\s+", text[a.end : b.start])
        for a, b in itertools.pairwise(parts)
    )


def _shown(parts: list[Participant], keys: frozenset[str]) -> str:
    names = list(dict.fromkeys(p.text for p in parts if p.key in keys))
    return " and ".join(f'"{n}"' for n in names[:2])


def doer_of_verbs(
    text: str, only: list[Word] | None, other: str = "", *, intransitive: bool = False, by_pronoun: bool = False
) -> dict[Word, Roles]:
    """For each verb of `text` (or each of `only`), who does it to whom, as participant keys; parties
    written as "the" and a common noun count where `other` writes them too. With `intransitive`, a verb
    done to no one counts too ("Helen Marsh has died"); with `by_pronoun`, one whose doer is a pronoun right before
    it, with no doer's key ("after it scrapped the eastern leg")."""
    parts = _with_shared_parties(text, other) if other else list(participants(text))
    found = words(text)
    wanted = only if only is not None else [w for w in found if not w.capitalized and is_content(w.lower)]
    out: dict[Word, Roles] = {}
    for verb in wanted:
        match = next((w for w in found if w.start == verb.start), None) if only is not None else verb
        if match is None:
            continue
        roles = roles_at(text, parts, match, found)
        if roles.nominal:
            continue
        told = roles.doers and (roles.receivers or intransitive)
        if told or (by_pronoun and roles.receivers and _PRONOUN_BEFORE.search(text, 0, match.start)):
            out[verb] = roles
    return out


_PRONOUN_BEFORE = re.compile(r"\b(?:it|they|he|she)\s+(?:has\s+|have\s+|had\s+)?$", re.IGNORECASE)
