"""Which side of a contrast a claim takes: "Similar laws in two states were struck down, while a third
was upheld in March" has both "struck down" and "upheld", but "a similar law was struck down in March"
takes the March clause's word from the other clause.

The evidence is split at its contrasts ("while", "whereas", "but", a semicolon) and at a deed joined on ("and
cuts", "after rejecting"); the clause that says most of the claim's other words (names aside, on a tie) is
the one the claim reports, and it must not say only the other side of an opposition the claim's degree word
belongs to.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from factcards.grounding.checks.context import most_told, sides_of, told
from factcards.text.dictionary import forms_by_class
from factcards.text.lexicon import lexicon
from factcards.text.words import Word, is_content, lemmas, paraphrase_groups, words

Side = tuple[int, int]  # (opposition, side), as the lexicon numbers them

# "all but one" is no contrast; ", though daytime sailings will continue" is one.
# So is a second deed joined on ("increases police spending … and cuts funding for parks", "approved a
# budget … after rejecting a proposal"): each verb phrase says its own side.
_CONTRAST = re.compile(
    r",?\s+(?:while|whereas|(?<!all )but)\s+|,\s+(?:even\s+)?(?:though|although)\s+|;\s+"
    r"|,?\s+and\s+(?=[a-z]+(?:s|ed)\s)|,?\s+after\s+(?=[a-z]+ing\s)"
    # ("…, overruling the planning inspector, who had recommended refusal": a relative clause after a comma says
    # its side of the one it describes; not of a name, which the claim names too and reads as a clause of its own:
    # "defeating challenger Irene Falk, who won 41 percent")
    r"|,\s+(?:who|which)\s+",
    re.IGNORECASE,
)
_MIN_SHARED = 2  # one shared word is no sign which clause the claim reports
# Particles more often than directions: "built up the collection", "come up once in a blue moon".
_PARTICLES = frozenset({"up", "down"})


# A deed of one side joined on after a comma: "voted to strike over pay, the GMB union said, rejecting the council's
# offer" (not any participle: ", bringing the total this year to 63" goes on with the same deed).
_JOINED_DEED = re.compile(r",\s+(?=(?P<deed>[a-z]{3,}ing)\s+(?:the|a|an|its|their|his|her)\s)")


def clauses(text: str) -> list[str]:
    """The text's parts between contrasts; the text alone when it has none. A relative clause keeps the words it
    describes before it ("the planning inspector who had recommended refusal")."""
    parts: list[str] = []
    start = 0
    carried = ""
    for m in _CONTRAST.finditer(text):
        link = m.group(0).strip(", ").lower()
        before = text[start : m.start()]
        told = before.split()
        if link == "who" and told and told[-1][:1].isupper():
            continue  # (after a name: the clause is its own)
        parts.append(carried + before)
        carried = " ".join(told[-3:]) + " " if link in ("who", "which") else ""
        start = m.end()
    parts.append(carried + text[start:])
    return [piece for part in parts if part.strip() for piece in _deeds_joined(part)]


def _deeds_joined(part: str) -> list[str]:
    cuts = [m.start() for m in _JOINED_DEED.finditer(part) if sides_of(m.group("deed"))]
    if not cuts:
        return [part]
    return [part[a:b].lstrip(", ") for a, b in itertools.pairwise([0, *cuts, len(part)])]


_SUBJECT_ENDS = frozenset("will would is are was were has have had can could may might must shall should".split())


def _described_subject(claim_found: Sequence[Word]) -> set[int]:
    """The indexes of the words of a subject the claim opens on as "The …" and ends at an auxiliary: "The care home
    manager will be sentenced" -> care, home, manager."""
    if not claim_found or claim_found[0].lower != "the":
        return set()
    end = next(
        (
            i
            for i, w in enumerate(claim_found[:6])
            if i and (w.lower in _SUBJECT_ENDS or forms_by_class(w.lower).keys() == {"VERB"})
        ),
        None,
    )
    # (only an auxiliary ends it: "The drivers' union said it would …" has its verb first, no subject described)
    return set(range(1, end)) if end is not None and end > 1 and claim_found[end].lower in _SUBJECT_ENDS else set()


def other_side_in_its_clause(
    claim_said: list[tuple[str, Side]],
    claim_found: Sequence[Word],
    texts: list[str],
    sides_of: Callable[[str], list[tuple[str, Side]]],
    parts_of: Callable[[str], list[str]] = clauses,
    claim: str = "",
) -> tuple[str, str] | None:
    """(the claim's words, the clause's words of the other side) when the claim's clause has only the
    other side of one of the claim's degree words, and another clause of the same sentence the claim's.
    `claim_said` are the claim's degree words with their sides; `sides_of` gives a clause's; `parts_of`
    splits a text into its clauses (or, given the evidence's sentences joined, into sentences); `claim`, the claim's
    text, tells where its deed's phrase ends."""
    claim_said = [(t, side) for t, side in claim_said if t.lower() not in _PARTICLES]
    groups_said = {side[0] for _, side in claim_said}
    claim_sides = {side for _, side in claim_said}
    # A claim that says both sides of an opposition makes its own contrast.
    both = {g for g in groups_said if len({s for s in claim_sides if s[0] == g}) > 1}
    said_words = {w for text, _ in claim_said for w in text.lower().split()}
    # Who said it is no part of what was said: "…, police said" does not draw the claim to "Police in Tarrow said …".
    reporting = lexicon().reporting
    telling = {i for i, w in enumerate(claim_found) if lemmas(w.lower) & reporting}
    telling |= {i - 1 for i in telling if i == len(claim_found) - 1}
    # Nor is a subject the claim describes ("The care home manager will be sentenced next month"): who, as a name.
    described = _described_subject(claim_found)
    others = [
        w
        for i, w in enumerate(claim_found)
        if is_content(w.lower) and w.lower not in said_words and i not in telling and i not in described
    ]
    wanted = [lemmas(w.lower) for w in others]
    # Names say who, which both clauses often share ("Dunmore City Council approved …, after rejecting …"):
    # on a tie, the words of what was done tell the clauses apart.
    unnamed = [lemmas(w.lower) for w in others if not (w.capitalized and w.start > 0)]
    # What a deed was done to tells its clause before who did it where the clause is one joined on by a comma, which
    # leaves its doer unsaid ("Refuse workers accepted the council's offer" against "refuse workers voted to strike …,
    # rejecting the council's offer").
    # (not the word the claim opens on, its subject: "Snow closed the A66")
    said_texts = {t for t, _ in claim_said}
    deed_at = next((i for i, w in enumerate(claim_found) if i and w.text in said_texts and _a_verb(w)), None)
    done_to = (
        [lemmas(w.lower) for w in _deed_phrase(claim, claim_found, deed_at) if w in others]
        if deed_at is not None and claim
        else []
    )
    doer_words = {w.text for w in claim_found[:deed_at]} if deed_at is not None else set()
    for text in texts:
        parts = parts_of(text)
        if len(parts) < 2:
            continue
        at = most_told(parts, done_to, _MIN_SHARED, tie_break=unnamed) if len(done_to) >= _MIN_SHARED else None
        # (the doer the claim names before its deed is the clause's before: "Snow closed the A66" against "snow fell
        # …, closing the A66 …, and the Met Office has issued an amber warning for ice")
        joined = at is not None and _JOINED_ON.match(parts[at]) is not None
        if not joined:
            at = most_told(parts, wanted, _MIN_SHARED, tie_break=unnamed)
            # "Ben Ash will step down as chief executive … but stay on as chairman": the clause after "but" leaves its
            # subject unsaid, so the one that says all of what the claim does, where the names' says none of it
            plain = [lemmas(w.lower) for w in others if not w.capitalized]
            if at is not None and plain and not told(plain, parts[at]):
                whole = [i for i, part in enumerate(parts) if told(plain, part) == len(plain)]
                # (only a clause that names no one of its own: "while rival Harbor Foods rose 3%" has its subject)
                at = whole[0] if len(whole) == 1 and not _CAPITAL_INSIDE.search(parts[whole[0]]) else at
        if at is None and len(wanted) < _MIN_SHARED:
            at = _told_by_its_sides(parts, claim_said, sides_of)
        if at is None:
            continue
        theirs = [(t, side) for t, side in sides_of(parts[at]) if t.lower() not in _PARTICLES]
        their_sides = {side for _, side in theirs}
        # The claim's side must be in another clause of the same sentence: said there of something else.
        elsewhere = {side for i, part in enumerate(parts) if i != at for _, side in sides_of(part)}
        for said, side in claim_said:
            if side[0] in both or side in their_sides or side not in elsewhere or (joined and said in doer_words):
                continue
            if any(i != at and _tells(part, parts[at], said, claim_found) for i, part in enumerate(parts)):
                continue  # "turned down its use in teenagers": the clause that says "rejected its use in teenagers"
            if any(i != at and _told_beside(part, parts[at], said, claim_found) for i, part in enumerate(parts)):
                continue
            other = next((t for t, s in theirs if s[0] == side[0] and s != side), None)
            if other is None or _told_of_the_same_one(parts, at, claim_sides, sides_of):
                continue
            # (another sentence of the evidence that tells as much of the claim, with the claim's side: "restored
            # power to most homes by Sunday morning. About 500 homes were still without power on Sunday evening.")
            shared = told(wanted, parts[at])
            if any(t is not text and told(wanted, t) >= shared and side in {s for _, s in sides_of(t)} for t in texts):
                continue
            return said, other
    return None


def _told_by_its_sides(
    parts: list[str], claim_said: list[tuple[str, Side]], sides_of: Callable[[str], list[tuple[str, Side]]]
) -> int | None:
    """The clause most of the claim's sides are told in, counting those one clause alone tells, for a claim that
    is almost all sides ("Two women arrested on suspicion of murder have been released on bail" against "Two men
    arrested on suspicion of murder … have been released on bail, while a woman, 34, remains in custody")."""
    found = [{side for _, side in sides_of(part)} for part in parts]
    votes = [0] * len(parts)
    for side in {side for _, side in claim_said}:
        telling = [i for i, sides in enumerate(found) if side in sides]
        if len(telling) == 1:
            votes[telling[0]] += 1
    best = max(votes)
    return votes.index(best) if best >= _MIN_SHARED and votes.count(best) == 1 else None


def _a_verb(word: Word) -> bool:
    return "VERB" in forms_by_class(word.lower)


_PHRASE_END = re.compile(r"[,;:()]")
_CAPITAL_INSIDE = re.compile(r"(?<=\w)\W+[A-Z]")
_JOINED_ON = re.compile(r"[a-z]{3,}ing\s")


def _deed_phrase(claim: str, claim_found: Sequence[Word], at: int, reach: int = 4) -> list[Word]:
    """The content words right after the deed at `at`, up to `reach` and no further than its phrase's end (a long
    claim goes on to other deeds: "were convicted of multiple manslaughter for providing false reassurances …")."""
    found: list[Word] = []
    for before, word in itertools.pairwise(claim_found[at:]):
        if len(found) == reach or _PHRASE_END.search(claim, before.end, word.start):
            break
        if is_content(word.lower):
            found.append(word)
    return found


@lru_cache(maxsize=4096)  # read again for each of the claim's degree words and each clause
def _forms(text: str) -> frozenset[str]:
    """The lemmas of a text's words and the lexicon's paraphrase groups of them (as "#<group>")."""
    forms = frozenset(f for w in words(text) for f in lemmas(w.lower))
    return forms | {f"#{g}" for g in paraphrase_groups(forms)}


_PARTICLE = frozenset("down up off out back over".split())


def _claim_forms(claim_found: Sequence[Word], i: int) -> set[str]:
    """A claim word's lemmas, with its particle's ("turned down": "turn down"), and their paraphrase groups."""
    forms = set(lemmas(claim_found[i].lower))
    if i + 1 < len(claim_found) and claim_found[i + 1].lower in _PARTICLE:
        forms |= {f"{f} {claim_found[i + 1].lower}" for f in lemmas(claim_found[i].lower)}
    return forms | {f"#{g}" for g in paraphrase_groups(frozenset(forms))}


def _tells(part: str, chosen: str, said: str, claim_found: Sequence[Word]) -> bool:
    """Whether another clause than the one chosen tells what the claim does: it writes the claim's degree word (in
    any form or paraphrase: "turned down" is "rejected"), more of the claim's other words than the chosen one, and
    no name the claim lacks ("…, while rival Harbor Foods rose 3%" is not told by "… Kestrel Group … cut its
    profit forecast")."""
    theirs = _forms(part)
    # ("turned down" is "turn down", which the lexicon has as "reject")
    said_forms = {" ".join(p) for p in itertools.product(*(lemmas(w) | {w} for w in said.lower().split()))}
    if not (said_forms | {f"#{g}" for g in paraphrase_groups(frozenset(said_forms))}) & theirs:
        return False
    said_words = set(said.lower().split())
    others = [_claim_forms(claim_found, i) for i, w in enumerate(claim_found) if is_content(w.lower)
              and w.lower not in said_words and not (w.capitalized and w.start > 0)]  # fmt: skip
    chosen_forms = _forms(chosen)
    mine, other = sum(1 for f in others if f & theirs), sum(1 for f in others if f & chosen_forms)
    # (a clause that goes on from the chosen one's subject, "… but rejected its use in teenagers", may tie)
    elided = bool(found := words(part)) and "VERB" in forms_by_class(found[0].lower) and found[0].lower.endswith("ed")
    if mine < other or (mine == other and not elided):
        return False
    claim_names = {w.lower for w in claim_found if w.capitalized}
    return not any(w.capitalized and w.start > 0 and w.lower not in claim_names for w in words(part))


# How far either side of a degree word the claim's words are its own clause's.
_BESIDE = 4


def _told_beside(part: str, chosen: str, said: str, claim_found: Sequence[Word]) -> bool:
    """ "Over 2,000 people donated within a week to help a charity raise £80,000 to buy a wheelchair" against "A charity
    has raised £80,000 to buy a wheelchair … The money was donated by more than 2,000 people in under a week": a claim
    that joins two clauses in one, whose degree word ("donated") another clause than the chosen one writes, with at
    least two of the words beside it in the claim ("people", "week"), none of which the chosen clause tells."""
    at = next((i for i, w in enumerate(claim_found) if w.text == said.split()[0]), None)
    if at is None or not {f for w in said.lower().split() for f in lemmas(w) | {w}} & _forms(part):
        return False
    said_words = set(said.lower().split())
    near = [
        _claim_forms(claim_found, i)
        for i in range(max(0, at - _BESIDE), min(len(claim_found), at + _BESIDE + 1))
        if is_content(claim_found[i].lower)
        and claim_found[i].lower not in said_words
        and not (claim_found[i].capitalized and claim_found[i].start > 0)
    ]
    theirs, chosen_forms = _forms(part), _forms(chosen)
    return sum(1 for f in near if f & theirs) >= 2 and not any(f & chosen_forms for f in near)


_TO_ONE = re.compile(r"\b(?:him|her|them)\b")  # "cleared him of": the phrase says whom itself


def _told_of_the_same_one(
    parts: list[str], at: int, claim_sides: set[Side], sides_of: Callable[[str], list[tuple[str, Side]]]
) -> bool:
    """Whether a later clause does to "her", "him" or "them" every side the claim says, where the evidence
    has those oppositions: "acquitted Dana Pell of murder but convicted her of manslaughter" convicts Pell."""
    for part in parts[at + 1 :]:
        said = sides_of(part)
        theirs = {side for _, side in said}
        wanted = {side for side in claim_sides if side[0] in {s[0] for s in theirs}}
        if (
            wanted
            and wanted <= theirs
            and any(
                side in wanted and (re.search(rf"\b{re.escape(t)}\s+(?:him|her|them)\b", part) or _TO_ONE.search(t))
                for t, side in said
            )
        ):
            return True
    return False
