"""Who did what to whom in plain clauses of common nouns, read from the words on either side of the verb.

"A girl was rescued by a lifeguard" gives (doer: a lifeguard, verb: rescued, done to: a girl); "The drug cut the risk
of bleeding" gives (the drug, cut, the risk of bleeding). A party is the run of words between the verb and the nearest
clause boundary, kept only when it is short, so that the reading holds for parties the name-based readings have
nothing to go on ("the passenger", "a lifeguard") and gives up where a clause is not plain. Parties are compared by
their key words: their content words, less a possessor ("Ben Cole's passenger" is the passenger) and figures.
A relative clause is read past to the one it describes ("A clerk who took £9,000 from the till was jailed" jails the
clerk) and for it ("the two men who paid him"); a verb's -ing form after a comma is done by the clause before ("The
storm hit the coast, leaving 9,000 homes without power"); for a verb of giving, "to" names who got it. A deed under
way ("The trust is investigating complaints") is read as one done, and one run into ("A van crashed into a bus
shelter") keeps its doer. A deed after "and" is done by the doer of the deed right before ("Police recovered the bike
and arrested a man"), "it" after a word of saying by the one saying ("The union said it had rejected an offer"), and a
relative after a comma by the one named before it ("Her father, who taught her to play"); a named place's words end
where a time after it begins ("found in Nottingham two days later").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factcards.text.claims import NUMBER_WORDS
from factcards.text.dictionary import forms_by_class, inflected_from
from factcards.text.lexicon import lexicon
from factcards.text.words import Word, is_content, lemmas, words

_BE = frozenset("is are was were be been being".split())
_HAVE = frozenset("has have had".split())
MODALS = frozenset("will would shall should can could may might must".split())
# The helpers a verb may stand after: "will fall", "has been cut".
AUXILIARIES = _BE | _HAVE | MODALS
_NOT = frozenset("not never no".split())
# Where a party ends: a clause's own start ("while his passenger was cleared") or a link to another clause.
_BOUNDARY = frozenset(
    "that which who whom whose and but or nor while when where whereas after before as because if since although "
    "though until unless so than then said says".split()
)
# Where the thing a verb is done to ends: a place, a time, a means or a second thing ("cut the risk … by a quarter").
_PREPOSITIONS = frozenset(
    "in on at from to for with by after before during since until into onto over under near about against across "
    "through between among without within following amid despite including via per towards toward behind beside "
    "beyond along around off out up down outside inside opposite".split()
)
_STAND_INS = frozenset("rest remainder other others latter former same one ones both".split())
_OBJECT_PRONOUNS = frozenset("him them us me".split())
_SUBJECT_PRONOUNS = frozenset("he she they we".split())
_AGE = re.compile(r"\d+-(?:year|month|week)-old")
# "by" and a figure that is no count of doers: "by 6%", "by £2m", "by 40 per cent", "by three points"
_HOW_MUCH_BY = re.compile(
    r"by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[£$€]?[\d.,]+\s*(?:%|per\s*cent|percent|points?\b|"
    r"[mk]\b|bn\b|million|billion|pence|p\b|metres|miles|km|kg|tonnes|years?|months?|weeks?|days?|hours?|minutes?)"
    r"|by\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+third|a\s+quarter|half)\s+"
    r"(?:per\s*cent|percent|points?|years?|months?|weeks?|days?|hours?)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("a an the his her its their our my your this these those".split())
_PRONOUNS = frozenset("he she it they him her them we us i you one someone anyone everyone this these those".split())
# Between a verb and its auxiliary: "was later jailed", "has also charged"; a negation makes the clause another one.
_BETWEEN = frozenset("also later then now already still just first since recently reportedly finally instead".split())
_MOST_WORDS = 8


def _between(lower: str) -> bool:
    """A word that may stand between the auxiliaries and the verb: "was later jailed", "has temporarily closed"."""
    return lower in _BETWEEN or (len(lower) > 4 and lower.endswith("ly") and "ADV" in forms_by_class(lower))


_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
_APPOSITION = re.compile(r",\s*[^,;:()\"“”]{1,30},\s*$")  # "Ben Cole, 19, was jailed"
# "The oak, which was named tree of the year, was felled": a longer aside, told as a relative clause (after an age:
# "Mr Okafor, 52, who has run the shop for 20 years, chased")
_RELATIVE_APPOSITION = re.compile(r"(?:,\s*\d{1,3}\s*)?,\s*(?:who|which)\s[^,;:()\"“”]{1,100},\s*$")


@dataclass(frozen=True)
class Party:
    text: str  # as written
    key: frozenset[str]  # lemmas of its key words
    # a name, a figure or a count in it ("the Olby Marathon", "a 15-year-old boy", "children under five"): what it
    # tells that a common noun for it ("the race", "a teenager") leaves out
    specific: bool = False
    # who or what it is, before what it is of ("the owners" of "the owners of the derelict Crown Hotel"), and as written
    head: frozenset[str] = frozenset()
    head_text: str = ""


@dataclass(frozen=True)
class Clause:
    verb: Word
    forms: frozenset[str]  # the verb's lemmas
    doer: Party | None
    done_to: Party | None
    passive: bool
    # where, when and with what, by the link before each: ("from", "a railway line"), ("during", "a concert")
    places: tuple[tuple[str, Party], ...] = ()
    # done to the one a "which" before its subject stands for: "…, which councillors approved last month"
    relative: bool = False
    # a deed told of a thing by a participle and "by": "a petition signed by 8,000 residents" (a description as
    # much as a deed, read as the evidence's deed beside a claim's, never as a claim's own)
    described: bool = False


def _party(text: str, found: tuple[Word, ...], *, noun_first: bool = False) -> Party | None:
    if not found or len(found) > _MOST_WORDS or found[0].lower in _PREPOSITIONS:
        return None
    while len(found) > 1 and _describes_after(found[-1]) and "NOUN" in forms_by_class(found[-2].lower):
        found = found[:-1]  # "pulled a woman alive", "found him guilty": what they were left, not who
    if found[0].lower.endswith("ing") and not (
        # ("Striking bin workers have rejected": a word that describes them, opening the subject)
        noun_first and len(found) > 1 and {"NOUN", "ADJ"} & forms_by_class(found[0].lower).keys()
    ):
        # ("denied using party funds": a deed, not a party; a subject or a place may open on a noun, "Planning
        # inspectors have rejected", "by planning inspectors")
        return None
    if any(
        w.lower in _DETERMINERS and found[k - 1].lower not in _PREPOSITIONS | {"of"} for k, w in enumerate(found) if k
    ):
        return None  # "Ostra cut its copper": two phrases, so the verb read was not one
    if found[-1].lower in _PRONOUNS or found[0].lower in _OBJECT_PRONOUNS | _SUBJECT_PRONOUNS:
        # who "he" is the reading cannot say ("the most it can", "found him guilty"), nor past a word after it ("said
        # he always kept": no kind of thing described as "always")
        return None
    if not any(
        w.capitalized
        or "NOUN" in forms_by_class(w.lower)
        or _unknown_doers(w.lower)  # ("three paddleboarders")
        # ("a takeaway": a word the dictionary lacks, after an article, is a noun; so is a plain verb there, "a vet",
        # which the dictionary knows only as a verb)
        or (
            k
            and found[k - 1].lower in _DETERMINERS
            and w.lower.replace("-", "").isalpha()
            and (not forms_by_class(w.lower) or forms_by_class(w.lower).get("VERB") == (w.lower,))
        )
        for k, w in enumerate(found)
    ):
        return None  # "stranded overnight": no one and nothing named
    # "Ben Cole's passenger" is the passenger: the words up to a possessive are whose it is
    owned = [k for k, w in enumerate(found) if _POSSESSIVE.match(text, w.end)]
    key = _key_of(found[owned[-1] + 1 if owned else 0 :])
    # (an age describes one as a word would: "a 31-year-old woman" is a woman, not a count of anything)
    specific = any(
        (w.capitalized and w.start > 0)
        or (any(ch.isdigit() for ch in w.lower) and not _AGE.fullmatch(w.lower))
        or w.lower in NUMBER_WORDS
        for w in found
    )
    if not key or key <= _STAND_INS:
        return None  # "the rest", "the others": which they are, the words before say
    written = text[found[0].start : found[-1].end]
    # "the owners of the derelict Crown Hotel": who they are, before what they are of (past whose they are)
    of = next((k for k, w in enumerate(found) if k and w.lower == "of"), None)
    head = _key_of(found[max((k + 1 for k in owned if k < of), default=0) : of]) if of else frozenset()
    if not head:
        return Party(written, key, specific, key, written)
    return Party(written, key, specific, head, text[found[0].start : found[of - 1].end])


# ", Priya Shah,": a name set off by commas after the words that say who they are.
_APPOSED_NAME = re.compile(r",\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s*$")


def _with_apposed_name(text: str, party: Party | None, verb: Word) -> Party | None:
    """ "The council leader, Priya Shah, apologised": the party is the leader and Priya Shah alike, so that either
    may be compared (its key has both; what it is written as stays)."""
    m = _APPOSED_NAME.search(text, 0, verb.start)
    if party is None or m is None:
        return party
    return replace(party, key=party.key | _key_of(tuple(words(m.group("name")))))


def _key_of(found: tuple[Word, ...]) -> frozenset[str]:
    """The lemmas of the content words, past figures and pronouns."""
    return frozenset(
        form
        for w in found
        if is_content(w.lower) and not any(ch.isdigit() for ch in w.lower) and w.lower not in _PRONOUNS
        for form in lemmas(w.lower)
    )


@lru_cache(maxsize=65536)
def describing(lower: str) -> bool:
    """A word that only describes ("significant", "former"): no noun, no verb."""
    forms = forms_by_class(lower)
    return "ADJ" in forms and "NOUN" not in forms and "VERB" not in forms


def _describes_after(w: Word) -> bool:
    """A word only describing, written after a noun: "alive", "unhurt", "safe"; or how it was done to them,
    "separately", "immediately"."""
    return not w.capitalized and (
        describing(w.lower) or (w.lower.endswith("ly") and set(forms_by_class(w.lower)) == {"ADV"})
    )


def _separated(text: str, a: Word, b: Word) -> bool:
    """Whether punctuation stands between two neighbouring words ("50,000" is one figure)."""
    between = text[a.end : b.start]
    if between == "," and a.lower[-1:].isdigit() and b.lower[:1].isdigit():
        return False
    return re.search(r"[,.;:!?()\"“”—–]|\s-\s", between) is not None  # (a spaced hyphen is a dash)


def _comma_before(text: str, end: int) -> bool:
    """Whether a comma ends `text[:end]`, past spaces: an aside's end, which the aside patterns look for only there."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


def _apposed_before(text: str, end: int) -> bool:
    """Whether an aside ends right before `end`: "Ben Cole, 19,", "The owner, who had bought it at an auction,"."""
    return _comma_before(text, end) and (
        _APPOSITION.search(text, 0, end) is not None or _RELATIVE_APPOSITION.search(text, 0, end) is not None
    )


def _run_before(text: str, found: tuple[Word, ...], at: int) -> tuple[Word, ...]:
    """The words before index `at` back to a clause boundary, past a short aside ("Ben Cole, 19,")."""
    end = at
    if (
        at > 0
        and _comma_before(text, found[at].start)
        and (
            (m := _APPOSITION.search(text, 0, found[at].start)) is not None
            or (m := _RELATIVE_APPOSITION.search(text, 0, found[at].start)) is not None
        )
    ):
        end = next((j for j in range(at - 1, -1, -1) if found[j].end <= m.start()), -1) + 1
    start = end
    while start > 0:
        prev = found[start - 1]
        if (
            prev.lower in _BOUNDARY
            or (start < end and _separated(text, prev, found[start]))
            or (end - start) > _MOST_WORDS
            or (_finite(prev.lower) and not _may_end_a_subject(prev))  # "an investigation found she had …"
        ):
            break
        start -= 1
    if start > 1 and found[start - 2].lower in _RELATIVE and _finite(found[start - 1].lower):
        # "A council officer who took £40,000 in bribes from builders was jailed": the relative clause's words
        # are not the subject; the one it describes is
        return _antecedent(text, found, start - 2)
    if (
        0 < start < end - 1
        and found[start - 1].lower in _RELATIVE
        and "VERB" in forms_by_class(found[start].lower)
        and (found[start].lower.endswith("s") or inflected_from(found[start].lower, "VBD"))
        and _antecedent(text, found, start - 1)
    ):
        # ("A charity that trains guide dogs has opened a centre", "A puppy that fell down a cliff was found": "trains"
        # and "fell" may be nouns, but right after "that" they are the relative clause's verb)
        return _antecedent(text, found, start - 1)
    if (
        start > 0
        and not _separated(text, found[start - 1], found[start])
        and found[start - 1].lower not in _BOUNDARY
        # ("The ombudsman found the council had lost …": a verb that a clause follows opens it, where a helper follows
        # the subject; "Police found the car dumped in a field" is what they found it)
        and not (
            _finite(found[start - 1].lower)
            and lemmas(found[start - 1].lower) & _CLAUSE_AFTER
            and end < len(found)
            and found[end].lower in _BE | _HAVE | MODALS
        )
    ):
        return ()
    return found[start:end]


# Verbs a clause follows, with no "that": "found the council had lost", "heard the firm had ignored".
_CLAUSE_AFTER = frozenset(
    "find hear rule conclude decide show reveal learn believe think claim warn admit confirm announce insist argue "
    "suggest realise realize know fear discover".split()
)


_RELATIVE = frozenset({"who", "that", "which"})
# Words that open a clause of its own, whose verb is a deed with its subject: "when her mother collapsed at home".
# (and a relative whose subject follows it: "the oak that campaigners fought to save")
_OPENERS = frozenset(
    "when while after before because as since until although though whereas if once that which whom".split()
)


def _opened(found: tuple[Word, ...], j: int) -> bool:
    """Whether the subject ending at index `j` (of up to three words) follows a word that opens a clause."""
    for at in range(j - 1, max(-1, j - 4), -1):
        if found[at].lower in _OPENERS:
            return True
        if found[at].lower in _BOUNDARY:
            return False
    return False


_OBLIGED = frozenset("had has have need needs needed".split())
_OBJECT_RELATIVE = frozenset({"which", "whom"})


def _relative_before(text: str, found: tuple[Word, ...], j: int, reach: int = 12) -> int | None:
    """The index of the subject relative ("who", "that", "which") opening a clause that ends at index `j`, within
    `reach` words and no punctuation; None where there is none."""
    for at in range(j, max(-1, j - reach), -1):
        if at < j and _separated(text, found[at], found[at + 1]):
            return None
        if found[at].lower in _RELATIVE:
            return at
    return None


def _antecedent(text: str, found: tuple[Word, ...], at: int) -> tuple[Word, ...]:
    """The words before the relative pronoun at index `at` that it stands for ("the two builders who paid him"), when
    they end on a noun or a name next to it; none otherwise ("said that …" is no relative clause)."""
    if at == 0 or not _may_end_a_subject(found[at - 1]):
        return ()
    if _separated(text, found[at - 1], found[at]):
        # ("Her father, who taught her to play, said": one set off by commas, named right before them)
        if text[found[at - 1].end : found[at].start].strip() != "," or found[at].lower != "who":
            return ()
        run = _run_before(text, found, at)
        return run if run and run[0].lower not in _PREPOSITIONS else ()
    run = _run_before(text, found, at)
    if not run:
        # (inside another's phrase, "… objections from residents who wanted", read back to its preposition)
        k = at - 1
        while (
            k > 0
            and at - k < 4
            and found[k - 1].lower not in _PREPOSITIONS
            and not _separated(text, found[k - 1], found[k])
        ):
            k -= 1
        run = found[k - 1 : at] if k > 0 else ()
    # ("despite objections from residents who wanted …": a run that opens on a preposition stands for the one after
    # its last; "a supermarket worker in Tilby who chased …" is the worker)
    if not run or run[0].lower not in _PREPOSITIONS:
        return run
    cut = max(i for i, w in enumerate(run) if w.lower in _PREPOSITIONS - {"of"} or i == 0)
    return run[cut + 1 :]


def _run_after(text: str, found: tuple[Word, ...], at: int) -> tuple[Word, ...]:
    """The words from index `at` to a preposition other than "of", a clause boundary or punctuation."""
    end = at
    while end < len(found) and end - at <= _MOST_WORDS:
        w = found[end]
        if (end > at and _separated(text, found[end - 1], w)) or w.lower in _BOUNDARY or w.lower in _PREPOSITIONS:
            break
        if end > at and (_finite(w.lower) and not forms_by_class(w.lower).get("NOUN")):
            break
        end += 1
    return found[at:end]


@lru_cache(maxsize=65536)
def _past_or_plain(lower: str) -> bool:
    """A past tense, or a present one that is no plural noun too ("concerns", "delays" are more often nouns)."""
    return bool(inflected_from(lower, "VBD")) or (
        bool(inflected_from(lower, "VBZ")) and "NOUN" not in forms_by_class(lower)
    )


@lru_cache(maxsize=65536)
def _finite(lower: str) -> bool:
    return bool(inflected_from(lower, "VBD") or inflected_from(lower, "VBZ"))


@lru_cache(maxsize=65536)
def past_participle(lower: str) -> bool:
    """Whether `lower` is a verb's past participle or past tense ("taken", "painted")."""
    # (the dictionary gives a regular verb's "-ed" form as its past tense only)
    return bool(inflected_from(lower, "VBN") or inflected_from(lower, "VBD")) and not lower.endswith("ing")


def _may_end_a_subject(w: Word) -> bool:
    """A noun or a name: "the drug cut", "Thieves stole", not "safety concerns" after "raising"."""
    return is_content(w.lower) and (
        w.capitalized or ("NOUN" in forms_by_class(w.lower) and not w.lower.endswith("ing")) or _unknown_doers(w.lower)
    )


def _unknown_doers(lower: str) -> bool:
    """A word the dictionary lacks, made as names of those who do things are ("kayakers", "paddleboarders")."""
    return lower.isalpha() and lower.endswith(_DOERS_ENDINGS) and not forms_by_class(lower)


_DOERS_ENDINGS = ("ers", "ists", "ors")


def _verb_ok(w: Word) -> bool:
    return not w.capitalized and w.lower not in _BE | _HAVE | MODALS and w.lower.isalpha()


def _wanting(found: tuple[Word, ...], to: int, out: list[Clause]) -> Clause | None:
    """The clause whose verb stands right before "to" and another verb ("agreed to buy", "voted to close"), with
    a doer: the deed after "to" is that doer's."""
    last = out[-1] if out else None
    if last is None or last.doer is None or last.passive or to < 1 or found[to - 1].start != last.verb.start:
        return None
    if last.forms & lexicon().negators:
        return None  # "failed to progress", "refused to pay": no deed of theirs
    return last


# Words of saying beyond the lexicon's reporting verbs, that a sayer goes on with: "said … and warned".
_SAYING_TOO = frozenset("warn announce admit confirm promise predict urge".split())


def _shared_doer(text: str, found: tuple[Word, ...], at: int, out: list[Clause]) -> Party | None:
    """The doer of the active deed whose verb is the last before "and" at index `at`, with nothing but the words it
    was done to between: "Police recovered the bike from a flat and arrested a man" has the police arrest him."""
    last = out[-1] if out else None
    if last is None or last.doer is None or last.passive or last.relative or last.described:
        return None
    reporting = lexicon().reporting
    if at + 1 < len(found) and lemmas(found[at + 1].lower) & (reporting | _SAYING_TOO):
        # ("The charity said demand had doubled and warned it might …": a second word of saying is the sayer's, not
        # the doer's of what was said)
        sayer = next((c for c in reversed(out[:-1]) if c.forms & reporting and c.doer is not None), None)
        if sayer is not None:
            return sayer.doer
    between = found[found.index(last.verb) + 1 : at]
    if any(w.lower in _BOUNDARY or w.lower in AUXILIARIES or _finite(w.lower) for w in between):
        return None  # ("who fled when staff arrived and took …": another clause stands between)
    # (", ruling that the judge had misdirected the jury, and ordered a retrial": the court's, told first)
    if re.search(r"[,;:()\"“”—–]", text[last.verb.end : found[at].start]):
        return None
    return last.doer


_SAYING = frozenset("said says told added".split())


def _sayer_of_it(found: tuple[Word, ...], j: int, out: list[Clause]) -> Party | None:
    """The one saying, for "it" right after their word of saying: "The union said it had rejected an offer" has the
    union reject it (another pronoun may be anyone: "Her father said she practised")."""
    last = out[-1] if out else None
    if (
        j < 1
        or found[j].lower != "it"
        or found[j - 1].lower not in _SAYING
        or last is None
        or last.verb is not found[j - 1]
        or last.doer is None
        or last.passive
    ):
        return None
    return last.doer


_SUM_WORDS = frozenset("million billion thousand bn m k".split())
_OPENING_A_SUM = frozenset("the a an its their his her this that".split())


def _sum_opened(found: tuple[Word, ...], j: int) -> bool:
    """Whether `found[j]` ends a sum an article opens ("the £18 million", "a $2bn"): what follows it is a noun."""
    if not (found[j].lower[:1].isdigit() or found[j].lower in _SUM_WORDS):
        return False
    k = j - 1 if found[j].lower in _SUM_WORDS and j and found[j - 1].lower[:1].isdigit() else j
    return k > 0 and found[k - 1].lower in _OPENING_A_SUM


@lru_cache(maxsize=16384)
def clauses(text: str) -> tuple[Clause, ...]:
    """The plain clauses of `text`, with their doer and what they were done to where the words say."""
    found = words(text)
    out: list[Clause] = []
    for i, w in enumerate(found):
        if not _verb_ok(w) or i == 0:
            continue
        if (participle := _participle_clause(text, found, i, out)) is not None:
            out.append(participle)
            continue
        # the auxiliaries before the verb, past an adverb: "was later jailed", "has been charged"
        j = i - 1
        while j >= 0 and _between(found[j].lower):
            j -= 1
        if j < 0 or found[j].lower in _NOT:
            continue
        aux: list[Word] = []
        while j >= 0 and (found[j].lower in _BE | _HAVE | MODALS) and not (aux and _separated(text, found[j], aux[-1])):
            aux.append(found[j])
            j -= 1
        if j >= 0 and found[j].lower in _NOT:
            continue
        if not aux and _judged_too(text, found, i):
            continue  # ("is caring for 40 hedgehogs found too small to survive": what they were found, no deed of theirs)
        be = any(a.lower in _BE for a in aux)
        forms = frozenset(forms_by_class(w.lower).get("VERB", ()))
        if be and past_participle(w.lower):
            if j >= 1 and found[j].lower == "to" and found[j - 1].lower in _OBLIGED:
                j -= 2  # "Two climbers had to be rescued": the subject before what obliged it
            subject = (
                _party(text, _antecedent(text, found, j))  # "a pensioner who was conned …": the one "who" stands for
                if j >= 0 and found[j].lower in ("who", "that")
                else _party(text, _run_before(text, found, j + 1))
            )
            doer = None
            k = i + 1
            while k < len(found) and _between(found[k].lower):
                k += 1
            if forms & NAMING and (past := _past_what_named(text, found, k)) is not None:
                k = past  # ("has been named the country's best by a campaign group": who named it, after what)
            if k < len(found) and found[k].lower == "by" and not _separated(text, found[k - 1], found[k]):
                after = _run_after(text, found, k + 1)
                if after and not after[0].lower.endswith("ing"):
                    doer = _party(text, after)
            out.append(Clause(w, forms, doer, subject, passive=True, places=_places(text, found, i + 1)))
            continue
        # "is investigating complaints": a deed under way, done as one done is ("was angry" is none)
        progressive = be and w.lower.endswith("ing") and "VERB" in forms_by_class(w.lower)
        if be and not progressive:
            continue
        perfect = any(a.lower in _HAVE for a in aux)
        modal = any(a.lower in MODALS for a in aux)
        # "the council agreed to buy it": the deed after "to" is done by the one who agreed
        wanting = (
            _wanting(found, i - 1, out)
            if not aux and found[i - 1].lower == "to" and "VERB" in forms_by_class(w.lower)
            else None
        )
        if (
            not aux
            and i
            and text[found[i - 1].end : w.start].strip() == ","
            and inflected_from(w.lower, "VBN")
            and not _past_or_plain(w.lower)
        ):
            # "Two paintings …, stolen from a gallery in Harwick in 1994, have been found": a deed done to the one
            # the aside follows, where it was done with it
            out.append(Clause(w, forms, None, None, passive=True, places=_places(text, found, i + 1)))
            continue
        if not (
            progressive
            or (perfect and past_participle(w.lower))
            or (modal and "VERB" in forms_by_class(w.lower))
            or (not aux and _past_or_plain(w.lower))
            or wanting is not None
        ):
            continue
        before = found[j] if j >= 0 else None
        if before is None:
            continue
        if before.lower in ("and", "but") and not aux:
            # "Police recovered the bike and arrested a man": the doer told before, where the deed before is theirs
            # and plainly done ("cut the risk of a heart attack but raised the risk of bleeding" is left unread)
            subject = _shared_doer(text, found, j, out) if before.lower == "and" else None
        elif wanting is not None:
            subject = wanting.doer
        elif before.lower in _RELATIVE:
            subject = _party(text, _antecedent(text, found, j))  # "the two builders who paid him"
        elif before.lower in _SUBJECT_PRONOUNS and not aux:
            subject = None  # "after he stabbed a neighbour": a deed done to the one after it, by one not named here
        elif (sayer := _sayer_of_it(found, j, out)) is not None:
            subject = sayer  # ("The union said it had rejected an offer")
        elif (
            not aux
            and not _may_end_a_subject(before)
            and not _apposed_before(text, w.start)
            # ("A family of four rescued …": a number after "of" ends the one it counts)
            and not (j >= 1 and found[j - 1].lower == "of" and (before.lower in NUMBER_WORDS or before.lower.isdigit()))
        ):
            continue  # "the cut", "to cut", "raising safety concerns": no subject next to it ("Ben Cole, 41," is)
        elif not aux and _sum_opened(found, j):
            continue  # ("the £18 million cost of the unit": a noun after the sum it is, no deed)
        else:
            # "the skeleton, found under a car park": an aside, no doer ("The drug, made by Vantis, cut the risk"
            # closes one and goes on)
            first = aux[-1] if aux else w  # ("The city's mayor, Ruth Ames, has vetoed": the aside ends at "has")
            if _separated(text, before, first) and not _apposed_before(text, first.start):
                out.append(Clause(w, forms, None, None, passive=False, places=_places(text, found, i + 1)))
                continue
            run = _run_before(text, found, j + 1)
            subject = _with_apposed_name(text, _party(text, run, noun_first=True), first)
            if subject is None and aux and _finite(before.lower) and not _may_end_a_subject(before):
                # "An 82-year-old man who took up painting after his wife died has sold his first work": a relative
                # clause ends on its own verb, and the one it describes does the deed
                run = _antecedent(text, found, rel) if (rel := _relative_before(text, found, j)) is not None else ()
                subject = _party(text, run, noun_first=True)
            at = found.index(run[0]) if run else 0
            if subject is not None and at and found[at - 1].lower in _OBJECT_RELATIVE:
                # "a plan …, which councillors approved last month": what follows is no thing done to
                out.append(Clause(w, forms, subject, None, passive=False, places=(), relative=True))
                continue
        k = i + 1
        particle = (
            found[k].lower
            if k < len(found) and (found[k].lower in _VERB_PARTICLES or (found[k].lower == "on" and forms & _ON_VERBS))
            else None
        )
        if particle:
            k += 1  # "put down", "let down": the particle is the verb's
        run = _run_after(text, found, k) if k < len(found) and not _separated(text, found[k - 1], found[k]) else ()
        done_to = _party(text, run)
        if (
            done_to is None
            and k + 2 < len(found)
            and found[k].lower in _OBJECT_PRONOUNS
            and found[k + 1].lower == "and"
        ):
            # "let him and his family down": the one named beside the pronoun is done to as well
            run = _run_after(text, found, k + 2)
            done_to = _party(text, run)
        if particle is None and done_to is not None and run:
            # ("let his family down": the particle after the thing done to)
            after = found.index(run[-1]) + 1
            if (
                after < len(found)
                and found[after].lower in _VERB_PARTICLES
                and not _separated(text, run[-1], found[after])
            ):
                particle = found[after].lower
        if particle and forms & LIGHT:
            # "let … down", "took … over": a light verb's meaning is its particle's too
            forms = forms | frozenset(f"{f} {particle}" for f in forms)
        if (
            done_to is None
            and not aux
            and past_participle(w.lower)
            and k < len(found)
            and found[k].lower in _PREPOSITIONS
            and found[k].lower not in ("into", "onto")  # "a van crashed into a bus shelter" is a deed
            # (the sentence's only verb is its deed: "Residents apologised to the council's leader.")
            and _verb_follows(text, found, k)
            # (a clause opened by "when", "after" …, is one: "when her mother collapsed at home")
            and not _opened(found, j)
        ):
            # "drivers stranded on the A72", "homes sold in Norland": as often a description as a deed
            out.append(Clause(w, forms, None, None, passive=False, places=_places(text, found, k)))
            continue
        places = _places(text, found, k, towards=done_to is None)
        if (
            done_to is None
            and subject is None
            and not aux
            and past_participle(w.lower)
            and k + 1 < len(found)
            and found[k].lower == "by"
            and _may_end_a_subject(before)
            and not _separated(text, before, w)
            and not _separated(text, w, found[k])
            and not _HOW_MUCH_BY.match(text, found[k].start)  # ("fell by 6% last year": how much)
            and (agent := _party(text, _run_after(text, found, k + 1))) is not None
        ):
            # "despite a petition signed by 8,000 residents": a deed done to the thing before, by the one after "by"
            thing = _party(text, _run_before(text, found, j + 1)) or _party(text, (before,))
            out.append(Clause(w, forms, agent, thing, passive=True, places=places, described=True))
            continue
        if progressive:
            # Only with a thing done to ("is looking forward to" does nothing to "forward"), and only whom it is
            # towards or from: "is suspending its participation in bilateral channels" says what it is in.
            if done_to is None or "ADV" in forms_by_class(done_to.text.split()[0].lower()):
                continue
            places = tuple((link, p) for link, p in places if link in _TOWARDS)
        out.append(Clause(w, forms, subject, done_to, passive=False, places=places))
    return tuple(out)


_TOWARDS = frozenset("to from for against into onto".split())
_VERB_PARTICLES = frozenset({"up", "down", "off", "out"})
# Verbs whose "on" is their own ("switch on the lights" switches the lights), not a place ("sat on the bench").
_ON_VERBS = frozenset({"switch", "turn"})
# Verbs that mean little alone, whose particle says the deed: "let down", "take over", "set up".
LIGHT = frozenset("make take give have do get hold put go come keep set let bring".split())
_SENTENCE_END = re.compile(r"[.;:!?]")


def _judged_too(text: str, found: tuple[Word, ...], i: int) -> bool:
    """ "40 hedgehogs found too small", "a bridge deemed too dangerous": a past participle with "too" after it, in a
    sentence whose verb came before — a description of the thing before it, as a passive with no "was" is."""
    if not (past_participle(found[i].lower) and i + 1 < len(found) and found[i + 1].lower == "too"):
        return False
    for w in reversed(found[:i]):
        if _SENTENCE_END.search(text, w.end, found[i].start):
            return False
        if _may_be_finite(w):
            return True
    return False


def _may_be_finite(w: Word) -> bool:
    """A helper, or a verb that may be finite and is no noun: what a sentence's own verb may be."""
    return w.lower in _BE | _HAVE | MODALS or (_finite(w.lower) and "NOUN" not in forms_by_class(w.lower))


def _verb_follows(text: str, found: tuple[Word, ...], k: int) -> bool:
    """Whether a verb that may be finite follows index `k` in its sentence: "drivers stranded on the A72 were
    rescued" describes the drivers, where "drivers stranded on the A72." would be all the sentence says of them."""
    for w in found[k:]:
        if _SENTENCE_END.search(text, found[k - 1].end, w.start) or w.lower in _BOUNDARY:
            return False  # (", and the council's leader apologised": another clause's verb)
        if _may_be_finite(w):
            return True
    return False


def _participle_clause(text: str, found: tuple[Word, ...], i: int, out: list[Clause]) -> Clause | None:
    """ "…, the operator said, blaming a shortage of drivers", "The storm hit the coast, leaving 45,000 homes without
    power": a verb's -ing form after a comma, whose doer is the doer of the clause before it in the sentence; and "A
    fishing boat sank off Shetland after hitting rocks", "was hurt while helping a neighbour": one after "after",
    "while" …, whose doer is the one the clause before it tells of (its subject, whether it did or was done to)."""
    w = found[i]
    if not w.lower.endswith("ing"):
        return None
    if (absolute := _with_clause(text, found, i)) is not None:
        return absolute
    if w.lower in _AS_PREPOSITIONS:
        return None  # "…, following the news that …": when, not a deed of the clause before
    opened = found[i - 1].lower in _OPENING_AN_ING
    if not opened and text[found[i - 1].end : w.start].strip() != ",":
        return None
    before = next((c for c in reversed(out) if c.verb.start < w.start), None)
    if before is None:
        return None
    if opened:
        if (
            _SENTENCE_END.search(text, before.verb.end, w.start)
            or "," in text[before.verb.end : w.start]
            or before.described
            or before.relative
        ):
            return None
        doer = before.done_to if before.passive else before.doer
    else:
        if before.passive or "." in text[before.verb.end : w.start]:
            return None
        doer = before.doer
    forms = frozenset(inflected_from(w.lower, "VBG"))
    if not forms or doer is None:
        return None
    k = i + 1
    done_to = _party(text, _run_after(text, found, k)) if k < len(found) else None
    return Clause(w, forms, doer, done_to, passive=False, places=_places(text, found, k))


# Words after which an -ing form is a deed of the clause before it: "sank after hitting rocks", "was hurt while
# helping a neighbour" ("without" tells a deed not done).
_OPENING_AN_ING = frozenset("after before while whilst when since by for".split())


# Verbs done to one with what they are named after it: "was named the best pub", "was voted player of the year".
NAMING = frozenset("name vote crown elect appoint dub declare rank call label".split())


def _past_what_named(text: str, found: tuple[Word, ...], k: int) -> int | None:
    """The index of "by" past what one was named (a few words, in one run): "named the country's best by …"."""
    for j in range(k + 1, min(k + 7, len(found))):
        if _separated(text, found[j - 1], found[j]):
            return None
        if found[j].lower == "by":
            return j
        if found[j].lower in _BOUNDARY or _may_be_finite(found[j]):
            return None
    return None


def _with_clause(text: str, found: tuple[Word, ...], i: int) -> Clause | None:
    """ "…, with buses replacing trains": a deed told after "with", whose doer stands between "with" and its -ing
    form."""
    starts = [j for j in range(max(0, i - 4), i - 1) if found[j].lower == "with"]
    if not starts or "," in text[found[starts[-1]].end : found[i].start]:
        return None
    forms = frozenset(inflected_from(found[i].lower, "VBG"))
    if not forms or "NOUN" not in forms_by_class(found[i - 1].lower) or found[i - 1].lower.endswith("ing"):
        return None
    doer = _party(text, found[starts[-1] + 1 : i])
    if doer is None:
        return None
    done_to = _party(text, _run_after(text, found, i + 1)) if i + 1 < len(found) else None
    return Clause(found[i], forms, doer, done_to, passive=False, places=_places(text, found, i + 1))


# -ing forms that link as a preposition does ("following the news" is "after the news").
_AS_PREPOSITIONS = frozenset(
    "following including regarding concerning according pending considering excluding barring notwithstanding".split()
)


# The links that say where, when, from what or during what a deed was done.
# ("to" and "with" as often take a deed or a quality: "expected to be back", "adults with a BMI of 35")
# ("stabbed outside a takeaway", "posed as a gas engineer": where, and as what)
_PLACE_LINKS = frozenset("from under during into onto near in at on outside inside opposite behind".split())


# Verbs of handing something over, whose "to" names who got it: "has given half of it to the hospice".
GIVING = frozenset("give pay donate hand send sell lend award grant transfer return leave bequeath".split())


def _to_someone(found: tuple[Word, ...], k: int) -> bool:
    """Whether the "to" at index `k` names one a deed is towards ("apologised to residents", "wrote to the
    council"), not a deed ("agreed to pay") nor a figure ("rose to 5%")."""
    if k + 1 >= len(found):
        return False
    after = found[k + 1]
    if after.lower in _DETERMINERS - {"this", "these", "those"} or after.capitalized:
        return True
    forms = forms_by_class(after.lower)
    return "NOUN" in forms and "VERB" not in forms and after.lower.isalpha()


_TIME_SPANS = frozenset("minute minutes hour hours day days week weeks month months year years decade decades".split())


def _before_a_time(run: tuple[Word, ...]) -> tuple[Word, ...]:
    """A named place's words up to a time told after it: "Nottingham" of "found in Nottingham two days later" (a
    common noun keeps it: "in the death 35 years ago" is of that death)."""
    if not run[0].capitalized:
        return run
    for j in range(1, len(run) - 1):
        if (run[j].lower in NUMBER_WORDS or run[j].lower.isdigit()) and run[j + 1].lower in _TIME_SPANS:
            return run[:j]
    return run


def _places(text: str, found: tuple[Word, ...], k: int, *, towards: bool = False) -> tuple[tuple[str, Party], ...]:
    """The phrases after a verb (and its object) that a link opens, to the clause's end; for a verb of giving, its
    "to" too (who got it), and for a verb done to no one (`towards`), whom it was towards ("apologised to residents";
    "drove his van to the hospice" is a place gone to)."""
    out: list[tuple[str, Party]] = []
    giving = any(lemmas(w.lower) & GIVING for w in found[max(0, k - 2) : k])  # (the verb, or it and its particle)
    # ("an appeal by Oakfield Homes": whose the thing done to is)
    links = _PLACE_LINKS | {"to", "by"} if giving else _PLACE_LINKS | {"by"}
    while k < len(found) and len(out) < 3:
        w = found[k]
        as_a = w.lower == "as" and k + 1 < len(found) and found[k + 1].lower in ("a", "an")
        if (k and _separated(text, found[k - 1], w)) or (w.lower in _BOUNDARY and not as_a):
            break
        if w.lower in links or as_a or (w.lower == "to" and towards and _to_someone(found, k)):
            run = _run_after(text, found, k + 1)
            if run and (party := _party(text, _before_a_time(run), noun_first=True)) is not None:
                out.append((w.lower, party))
            k += 1 + len(run)
            continue
        if w.lower.endswith("ing") or (_finite(w.lower) and "NOUN" not in forms_by_class(w.lower)):
            break  # another verb: "after being swept", "closing the road"
        k += 1
    return tuple(out)
