"""Who did what to whom among parties of common nouns, read from plain clauses (`factcards.text.clauses`).

Four readings, all reported by FC203 (role-swap):
- the parties of one verb crossed: "A girl rescued a lifeguard" against "a girl was rescued by a lifeguard"; so the
  giver and who got it ("The hospice gave £2m to the man" against "the man … has given half of it to the hospice"),
  and the doer and whom a deed is from, for, against or into ("Parents are investigating complaints from the trust");
- a party given another's deed: "Ben Cole was cleared" against "Ben Cole was jailed …, while his passenger was
  cleared", "The drug cut the risk of bleeding" against "cut the risk of a heart attack … but raised the risk of
  bleeding". The claim's party is one the evidence ties to another verb, and the evidence gives this verb a party
  of its own (across a semicolon too, when one part of the sentence names both: "A council officer who took bribes
  from builders was jailed; the two builders who paid him were given suspended sentences");
- one said to be the other party of a deed: "Terry Vance is a taxi driver" against "Terry Vance punched a taxi
  driver";
- the same deed put in another place, of words neither side has anywhere: "stole copper cable from a power station"
  against "from a railway line". (A doer or a thing done to is not read so: told in other words it is as often the
  same one, "the quake" for "the tremor".)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcards.grounding.checks.context import ARTICLES, LIGHT_VERBS, ClaimContext, sides_of
from factcards.grounding.checks.posts import is_post
from factcards.grounding.checks.registry import Hit
from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.clauses import GIVING, NAMING, Clause, Party, clauses, describing
from factcards.text.dictionary import plural_noun
from factcards.text.entity_types import ORGANISATION_WORDS, entity_type, is_party
from factcards.text.lexicon import lexicon
from factcards.text.words import (
    Word,
    content_lemmas,
    forms_by_class,
    grown_from,
    is_of_kind,
    kinds_of,
    lemmas,
    names_its_kind,
    paraphrase_groups,
    same_family,
    told_again_by_its_kind,
    words,
)

_TIME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    # ("in a row": how many times running, no place)
    | frozenset("morning afternoon evening night day week month year weekend time hour minute row".split())
)


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Key words in common, or one grown from the other ("council", "councillors"), or the curated table's
    paraphrases ("police", "officers")."""
    return bool(
        a & b
        or any(same_family(x, y) or _shared_start(x, y) for x in a for y in b)
        or paraphrase_groups(a) & paraphrase_groups(b)
    )


def _shared_start(x: str, y: str) -> bool:
    """ "council" and "councillors", "inspectors" and "inspection": one word grown from the other's stem."""
    if grown_from(x, y):
        return True
    shared = 0
    for a, b in zip(x, y, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 7


def _own(mine: Party, theirs: Party) -> frozenset[str]:
    """The key words of `mine` that `theirs` has in no form."""
    return frozenset(k for k in mine.key if not _alike(frozenset(lemmas(k)), theirs.key))


def _same(a: Party, b: Party) -> bool:
    return not _own(a, b) and not _own(b, a)


def _comparable(clause: Clause) -> bool:
    """A deed whose parties say who did what: not a saying, a meeting, or a light verb alone ("let … down" is one)."""
    blocked = clause.forms & (LIGHT_VERBS | lexicon().reporting | lexicon().symmetric)
    return not blocked or (blocked <= LIGHT_VERBS and any(" " in f for f in clause.forms))


def _crossed(mine: Clause, theirs: Clause, claim: str = "", text: str = "") -> tuple[str, Party] | None:
    """The claim's doer is what the evidence's same verb was done to, or the reverse, and never its own role.
    Only where the side that has it as doer says what was done to whom ("the pay offer improves" is what "the
    airline improves its pay offer" does to it), and, where both sides name both parties, both crossed ("Ade
    signed a contract with Kestrel City" against "Ade was signed by Kestrel City")."""
    if agented := _agent_made_done_to(mine, theirs):
        return agented
    if (
        mine.doer
        and mine.done_to
        and mine.doer.key != mine.done_to.key
        and mine.doer.text.split()[-1].islower()
        and _alike(_named_by(mine.doer), _named_by(mine.done_to))
    ):
        return None  # ("the company may have used a British company": two of a word, which no crossing tells apart)
    both = None not in (mine.doer, mine.done_to, theirs.doer, theirs.done_to)
    doer_crossed = bool(mine.doer and theirs.done_to and _alike(_named_by(mine.doer), _named_by(theirs.done_to)))
    done_to_crossed = bool(mine.done_to and theirs.doer and _alike(_named_by(mine.done_to), _named_by(theirs.doer)))
    if (
        both
        and mine.forms & (GIVING | _OFFERING)
        and done_to_crossed
        and not doer_crossed
        and mine.doer
        and mine.done_to
        and theirs.doer
        and theirs.done_to
        and _alike(_named_by(mine.done_to), _named_by(theirs.done_to))
        and not _alike(mine.doer.key, theirs.doer.key)
    ):
        # "Carlin Motors will pay the government £80 million" against "the government agreed to pay £80 million":
        # the claim's object holds the evidence's doer and its object both (whom and what it is given), and another
        # gives it
        return "done_to", mine.done_to
    if both and not (doer_crossed and done_to_crossed):
        return None
    if (
        doer_crossed
        and mine.doer
        # ("junior staff had bullied him": a doer with one it is done to, told by a pronoun)
        and (_explicit(mine) or _PRONOUN_DONE_TO.match(claim, mine.verb.end))
        and not (theirs.doer and _alike(mine.doer.key, theirs.doer.key))
    ):
        return "doer", mine.doer
    if (
        done_to_crossed
        and mine.done_to
        # ("opposition councillors accused him": the evidence's doer with one it is done to, told by a pronoun)
        and (_explicit(theirs) or _PRONOUN_DONE_TO.match(text, theirs.verb.end))
        and not (theirs.done_to and _alike(mine.done_to.key, theirs.done_to.key))
        # (both done by the same ones: "Plans … were rejected by planners" has the planners do it on both sides)
        and not (mine.doer and theirs.doer and _same(mine.doer, theirs.doer))
    ):
        return "done_to", mine.done_to
    return None


# "bullied him", "attacked them": one a deed is done to, told by a pronoun the clauses name no party by.
# ("taught her to play", "…, thanking her.": "her" that owns nothing after it)
_PRONOUN_DONE_TO = re.compile(r"\s+(?:him|them|us|me|her(?=\s+to\b|\s*[.,;]|\s*$))\b")
_OFFERING = frozenset({"offer", "promise", "owe"})  # giving still to come: "offered the government £300 million"


def _agent_made_done_to(mine: Clause, theirs: Clause) -> tuple[str, Party] | None:
    """ "The nursing regulator was struck off" against "A nurse … has been struck off by the nursing regulator": two
    passives without a doer before the verb, the claim's done to the one the evidence's is done by ("by" after it),
    and not to the one it is done to (by the noun each ends on: "the nursing regulator" is no nurse)."""
    if not (mine.passive and theirs.passive) or mine.doer or theirs.doer or not (mine.done_to and theirs.done_to):
        return None
    agent = _by_agent(theirs)
    if agent is None or _by_agent(mine) is not None:
        return None
    mine_noun, their_noun = _last_noun(mine.done_to), _last_noun(theirs.done_to)
    if not mine_noun or not their_noun or _alike(mine_noun, their_noun) or not _alike(mine_noun, _last_noun(agent)):
        return None
    return "done_to", mine.done_to


def _the_party_named(said: Party, named: Party) -> bool:
    """ "the party" said of a political party the other names ("Labour")."""
    return "party" in said.key and is_party(named.text)


def _by_agent(clause: Clause) -> Party | None:
    """The one a passive clause names after "by" ("felled by vandals"), if any."""
    return next((p for at, p in clause.places if at == "by"), None)


def _named_by(party: Party) -> frozenset[str]:
    """A party's key words past those that only describe it: "a faulty software update" is no fault, though "faulty"
    is grown from it."""
    nouns = frozenset(k for k in party.key if set(forms_by_class(k)) != {"ADJ"})
    return nouns or party.key


def _giver_crossed(mine: Clause, theirs: Clause) -> tuple[str, Party] | None:
    """ "The hospice gave £2m to the man" against "An Arden man … has given half of it to the hospice": the one the
    claim has give is the one the evidence has get, and the other way round; so for the party after any link that
    says whom a deed is towards or from ("Parents are investigating complaints from the trust" against "The trust is
    investigating complaints from parents"). After "into" or "onto" the one a deed runs into is enough: "Police
    crashed into a stolen van" against "a stolen van crashed into a bus shelter"."""
    if mine.doer is None or mine.passive:
        return None
    if theirs.passive:
        # "Harwick University has given £25m to a former student" against "Harwick University has been given £25m by a
        # former student": who got it is the one the evidence's gift was done to (its giver after "by", past the sum)
        to = next((p for at, p in mine.places if at == "to"), None)
        agent = _doer_of(theirs)
        if to is not None and agent is not None and theirs.done_to is not None and _alike(to.key, agent.key):
            return ("doer", mine.doer) if _alike(mine.doer.key, theirs.done_to.key) else None
        # "Margaret Holt gave tablets meant for another patient" against "Margaret Holt, 81, was given tablets meant
        # for another patient": a named one the evidence has given the thing, told as its giver
        if (
            to is None
            and (agent is None or not _alike(agent.key, mine.doer.key))
            and mine.forms & GIVING
            and mine.doer.specific
            and theirs.done_to is not None
            and _alike(mine.doer.key, theirs.done_to.key)
            and mine.done_to is not None
            and not _alike(mine.done_to.key, theirs.done_to.key)
        ):
            return "doer", mine.doer
        return None
    # "The school will give her half of the money" against "she will give half of it to the school": who gets it told
    # as who gives it (the evidence's giver may be only "she")
    got = next((p for at, p in theirs.places if at == "to"), None) if mine.forms & GIVING else None
    if (
        got is not None
        and _alike(mine.doer.key, got.key)
        and not any(at == "to" and _alike(p.key, got.key) for at, p in mine.places)
    ):
        return "doer", mine.doer
    if theirs.doer is None:
        # "Fourteen patients carried out treatment on a dentist" against "she had carried out unnecessary treatment on
        # 14 patients": a doer told by a pronoun, and the claim's doer the one the evidence's deed is towards
        for link in (*_TOWARDS, "on"):
            my_party = next((p for at, p in mine.places if at == link), None)
            their_party = next((p for at, p in theirs.places if at == link), None)
            if (
                my_party is not None
                and their_party is not None
                and _alike(mine.doer.key, their_party.key)
                and not _alike(my_party.key, their_party.key)
            ):
                return f"after {link}", mine.doer
        return None
    for link in _TOWARDS:
        my_party = next((p for at, p in mine.places if at == link), None)
        their_party = next((p for at, p in theirs.places if at == link), None)
        if my_party is None or _alike(mine.doer.key, theirs.doer.key):
            continue
        if their_party is not None and _alike(mine.doer.key, their_party.key) and _alike(my_party.key, theirs.doer.key):
            return ("doer" if link == "to" else f"after {link}"), mine.doer
        if (
            link in _RUN_INTO
            and _alike(my_party.key, theirs.doer.key)
            and not (their_party is not None and _alike(mine.doer.key, their_party.key))
        ):
            return "done_to", my_party
    return None


# The links after which a party is one a deed is towards or from.
_TOWARDS = ("to", "into", "onto", "from", "for", "against", "at", "by")
_RUN_INTO = frozenset({"into", "onto"})


def _explicit(clause: Clause) -> bool:
    """A doer told as one: by "by" after a passive, or before a verb with its object."""
    return clause.doer is not None and (clause.passive or clause.done_to is not None)


# "was jailed …, while his passenger was cleared", "cut the risk of … but raised the risk of …": two deeds set against
# each other in one sentence, each with its own party ("and" or a semicolon as often goes on about the same one: "a
# rollercoaster stopped …; the ride will stay closed").
_SIDE_BY_SIDE = re.compile(r"\b(?:while|whereas|but|though|although|yet)\b")
# Told one after the other: "arrested a woman after elderly residents were charged …", "voted to close them despite a
# petition signed by 8,000 residents" set a deed done to others beside the claim's (only a deed done to them: "called
# off its tour after losing its funding" is the one doer's).
_ONE_AFTER_ANOTHER = re.compile(r"\b(?:after|despite)\b")


def _moved(mine: Clause, role: str, text: str, here: list[Clause]) -> tuple[Party, Party, Clause, str] | None:
    """The claim's party, in one role, is the party of another verb in that role in an evidence sentence that
    sets the claim's verb beside it with a party of its own."""
    party: Party | None = getattr(mine, role)
    if party is None:
        return None
    same = [c for c in here if c.forms & mine.forms]
    # (the claim's party said with fewer words is the same one: "a boy" of "an eight-year-old boy")
    if (
        len(same) != 1
        or (theirs := getattr(same[0], role)) is None
        or not _own(theirs, party)
        or not _own(party, theirs)
    ):
        return None
    for home in here:
        other, other_role = getattr(home, role), role
        if other is None and role == "doer" and home.passive and home.done_to is not None:
            # ("Ticket holders have apologised" against "Tessa Grey has apologised after ticket holders were left
            # queuing": the claim's doer is the one another deed, told after it, was done to)
            other, other_role = home.done_to, "done_to"
        if (
            home is same[0]
            or other is None
            or not (_comparable(home) or (home.passive and _told_apart(text, theirs, party)))
            or home.forms & mine.forms
            or paraphrase_groups(home.forms) & paraphrase_groups(mine.forms)
            # (one done to is the claim's though counted: "thousands of ticket holders" are ticket holders)
            or not (_same(other, party) or (other_role != role and not _own(party, other)))
        ):
            continue
        a, b = sorted((home.verb.start, same[0].verb.start))
        if other_role != role and not (
            # (told after the claim's deed: "apologised after ticket holders were left queuing"; one named before and
            # told again after, "Marlow Water has been fined … the company had shown", is the same one)
            home.passive and same[0].verb.start < home.verb.start and _ONE_AFTER_ANOTHER.search(text, a, b)
        ):
            continue
        if (
            _SIDE_BY_SIDE.search(text, a, b)
            or (home.passive and _ONE_AFTER_ANOTHER.search(text, a, b))
            or (";" in text[a:b] and _told_apart(text, theirs, party))
            or (home.relative or same[0].relative)  # "the mayor has vetoed a plan …, which councillors approved"
        ):
            return party, theirs, home, other_role
    return None


def _told_apart(text: str, one: Party, other: Party) -> bool:
    """Whether one part of a sentence cut at its semicolons names both parties ("A council officer who took bribes
    from builders was jailed; the two builders who paid him …"): two, not one told in other words on each side
    ("a rollercoaster stopped …; the ride will stay closed")."""
    for part in text.split(";"):
        said = content_lemmas(words(part))
        if _alike(one.key, said) and _alike(other.key, said):
            return True
    return False


def _never_said(party: Party, said: frozenset[str]) -> bool:
    """Whether no key word of the party is among `said` (lemmas) in any form."""
    return not _alike(party.key, said)


def _timely(party: Party) -> bool:
    """A time, which the date rules judge ("on Monday", "in March")."""
    return bool(party.key & _TIME_WORDS)


def _substituted(
    mine: Clause, theirs: Clause, claim_said: frozenset[str], evidence_said: frozenset[str]
) -> tuple[str, str] | None:
    """The same verb with another place, of words neither side has anywhere: "stole copper cable from a power
    station" against "from a railway line", "shot in the chest" against "shot in the street"."""
    # (Only places: a doer or a thing done to told in other words is as often the same one, "the quake" for "the
    # tremor", "the actor" for the name, measured on `python -m bench --only trust`.)
    # (not who got something: "to customers" may be "to those cut off", said of the same people)
    # (nor whose the thing done to is: "a report by inspectors" may be "an inspection report")
    # (but a cause: "caused by a power cut" against "caused by a faulty software update" is another cause)
    if body := _body_swapped(mine, theirs, claim_said, evidence_said):
        return body
    unread = ("to",) if mine.forms & _CAUSING else ("to", "by")
    pairs = [(link, p, q) for link, p in mine.places for other, q in theirs.places if other == link not in unread]
    for link, p, q in pairs:
        if _timely(p) or _timely(q) or p.specific or q.specific:
            continue
        if any(names_its_kind(w.lower, v.lower) for w in words(p.text) for v in words(q.text)):
            continue  # ("from a building" against "from a flat": the evidence's place named by its kind)
        if _never_said(p, evidence_said) and not _alike(_named_by(q), claim_said):
            return f"{link} {p.text}".strip(), f"{link} {q.text}".strip()
        # (or what each names, past what describes it, where the claim's is a thing of the lexicon's kinds: "in a
        # former church" against "in a former department store"; "a gay meeting location" may be "a gay haunt")
        mine_head, their_head = _last_noun(p), _last_noun(q)
        if _one_thing(mine_head, their_head):
            continue  # ("from their personal smartphones" against "from their company phones": one thing)
        if (
            mine_head & lexicon().kinds.keys()
            and their_head
            and not _alike(mine_head, evidence_said)
            and not _alike(their_head, claim_said)
            and not _alike(mine_head, their_head)
        ):
            return f"{link} {p.text}".strip(), f"{link} {q.text}".strip()
    return None


_CAUSING = frozenset("cause trigger spark".split())
# Bodies a deed may be done to that are never told by one another's names.
_PUBLIC_BODIES = frozenset(
    "council police government army navy ministry court hospital school university union parliament charity".split()
)


def _body_swapped(
    mine: Clause, theirs: Clause, claim_said: frozenset[str], evidence_said: frozenset[str]
) -> tuple[str, str] | None:
    """ "had warned the police" against "had warned the council": the same verb done to another public body, where
    each side never writes the other's."""
    if mine.done_to is None or theirs.done_to is None or mine.done_to.specific or theirs.done_to.specific:
        return None
    mine_noun, their_noun = _last_noun(mine.done_to), _last_noun(theirs.done_to)
    if not (mine_noun & _PUBLIC_BODIES and their_noun & _PUBLIC_BODIES) or _alike(mine_noun, their_noun):
        return None
    if _alike(mine_noun, evidence_said) or _alike(their_noun, claim_said):
        return None
    return f"{mine.verb.text} {mine.done_to.text}", f"{theirs.verb.text} {theirs.done_to.text}"


def _one_thing(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two words name one thing of the lexicon's kinds ("smartphone", "phone")."""
    kinds = lexicon().kinds
    return bool({kinds[w] for w in mine if w in kinds} & {kinds[w] for w in theirs if w in kinds})


def _last_noun(party: Party) -> frozenset[str]:
    """The lemmas of the noun a party ends on ("store" of "a former department store"); none where it ends on
    another word."""
    last = words(party.text)[-1].lower if party.text else ""
    # (or a thing of the lexicon's kinds the dictionary lacks: "a former pub")
    return lemmas(last) if "NOUN" in forms_by_class(last) or last in lexicon().kinds else frozenset()


# The links that say where a deed was done ("in" and "on" as often say of what or when: "a fall in profit", "in the
# other semi-final").
_WHERE = frozenset("at inside outside near opposite behind under".split())


def _another_agent(mine: Clause, theirs: Clause, claim_said: frozenset[str], text: str) -> tuple[str, str] | None:
    """ "The Financial Ombudsman refunded the pensioner" against "has been refunded in full by her bank after a
    complaint to the Financial Ombudsman": the evidence tells the deed in the passive with its doer after "by", another
    than the claim's, whom the claim never names."""
    if mine.passive or mine.doer is None or not theirs.passive:
        return None
    agent = _by_agent(theirs)
    if agent is None or _alike(agent.key, mine.doer.key) or _alike(_named_by(agent), claim_said):
        return None
    if _the_party_named(agent, mine.doer):
        return None  # ("Labour suspended a councillor" against "A Labour councillor … suspended by the party")
    if _timely(agent) or _named_by(agent) & _PRONOUNS:
        return None
    # (the same thing done: "won the women's race" is not what "The Kelder marathon was won by" tells; or one of those
    # done to, told first: "rescued a mother" against "A mother and her two children were rescued")
    if mine.done_to is None or theirs.done_to is None:
        return None
    same = _alike(_named_by(mine.done_to), theirs.done_to.key) and not _two_of_a_kind(
        mine.done_to.text, theirs.done_to.text
    )  # ("won the women's race" against "The men's race was won by Dev Patel": another race)
    if not same and not _told_with(mine.done_to, theirs, text):
        return None
    # (nor the claim's one named right after the evidence's: "won by the Green candidate, Ruth Lane")
    after = text[text.find(agent.text) + len(agent.text) :] if agent.text in text else ""
    named = _NAMED_NEXT.match(after)
    if named and _SAYS_NEXT.match(after, named.end()):
        named = None  # ("felled by vandals, Orm Heritage said": the one who tells it, not the doer's name)
    if named and any(re.search(rf"\b{re.escape(k)}", named.group(0), re.IGNORECASE) for k in mine.doer.key):
        return None
    return f"{mine.doer.text} {mine.verb.text}", f"by {agent.text}"


def _told_with(party: Party, theirs: Clause, text: str) -> bool:
    """Whether `party` opens the words joined by "and" that a passive clause is done to ("A mother and her two
    children were rescued"), which the clause reader ends on the last of."""
    before = text[max(0, theirs.verb.start - 100) : theirs.verb.start]
    return bool(re.search(rf"\b{re.escape(party.text)}\s+and\s+[^.;,]*$", before, re.IGNORECASE))


_NOT_TELLING = frozenset("the a an its their his her this that".split())


def _two_of_a_kind(a: str, b: str) -> bool:
    """Whether two phrases for one kind of thing each have a word the other lacks ("the women's race", "The men's
    race"): two of that kind."""
    mine = {w.lower.removesuffix("'s").removesuffix("’s") for w in words(a)} - _NOT_TELLING
    theirs = {w.lower.removesuffix("'s").removesuffix("’s") for w in words(b)} - _NOT_TELLING
    return bool(mine - theirs) and bool(theirs - mine)


def _agent_of_another_deed(
    mine: Clause, theirs: Clause, claim_said: frozenset[str], evidence_said: frozenset[str]
) -> tuple[str, str] | None:
    """ "The oak was damaged by a storm" against "The oak … was felled overnight by vandals": the same thing done to in
    the passive on both sides, each by one after "by" that the other side never names (by the same verb too, where
    the evidence's doer stands after where it was done: "The man who was rescued from the sea by a surfer")."""
    if not (mine.passive and theirs.passive) or not (mine.done_to and theirs.done_to):
        return None
    if mine.forms & theirs.forms and theirs.doer is not None and not theirs.forms & NAMING:
        return None  # (the same verb with its doer read is the other readings' to judge; one named, here)
    agent = _by_agent(mine)
    other = _by_agent(theirs)
    if agent is None or other is None or _timely(agent) or _timely(other):
        return None
    if _named_by(agent) & evidence_said or _named_by(other) & claim_said or _alike(agent.key, other.key):
        return None
    if any(names_its_kind(a, o) or names_its_kind(o, a) for a in _named_by(agent) for o in _named_by(other)):
        return None  # ("hit by a vehicle" against "hit by a lorry": the one by its kind)
    if not _alike(_named_by(mine.done_to), _named_by(theirs.done_to)):
        return None
    return f"{mine.verb.text} by {agent.text}", f"{theirs.verb.text} by {other.text}"


_PRONOUNS = frozenset("him her them it us me".split())
# The name told right after one described: "by the Green candidate, Ruth Lane".
_NAMED_NEXT = re.compile(r",?\s+(?:[A-Z][\w'’-]+\s*){1,3}")
_SAYS_NEXT = re.compile(r"(?:has\s+|have\s+)?(?:said|says|told|added|confirmed|reported|announced)\b")


def _doer_given(mine: Clause, theirs: Clause, text: str) -> tuple[str, str] | None:
    """ "The patient attacked an ambulance crew" against "An ambulance crew was attacked while treating a patient": a
    deed the evidence tells without its doer, given to one the evidence has only as what another deed was done to."""
    if mine.passive or mine.doer is None or mine.doer.specific or not theirs.passive or theirs.doer is not None:
        return None
    if mine.done_to is None:
        return None  # ("A village flooded when …": no one it was done to, so no deed with a doer)
    if _by_agent(theirs) is not None:
        return None
    found = words(text)
    for k, w in enumerate(found):
        if not lemmas(w.lower) & mine.doer.head:
            continue
        j = k - 1
        while j >= 0 and found[j].lower in ("a", "an", "the", "its", "their", "his", "her"):
            j -= 1
        if j < 0 or j == k - 1:
            return None  # (named bare, or not right after what was done to them)
        deed = found[j]
        if deed.lower.endswith("ing") and "VERB" in forms_by_class(deed.lower) and not lemmas(deed.lower) & mine.forms:
            return f"{mine.doer.text} {mine.verb.text}", f"{deed.text} {text[found[j + 1].start : w.end]}"
        return None
    return None


# "brought the case against the Environment Agency", "imposed sanctions on China": the one a deed is aimed at, told
# after the deed's object.
_AIMED_AT = re.compile(r"\s+(?:against|on|at|upon)\s+(?:the\s+)?(?P<whom>[^,.;:]+)")


def _caller_swapped(mine: Clause, theirs: Clause, claim: str, text: str, texts: list[str]) -> tuple[str, str] | None:
    """ "Carmakers called it a backward step" against "Carmakers welcomed the change. Environmental groups called it a
    backward step": what one called a thing, the evidence has another call it (two words or more of what it was called
    alike), and the claim's one is not among them."""
    if theirs.doer is None or theirs.passive or _alike(mine.doer.key, theirs.doer.key):
        return None
    # (not people: one named on one side may be the post the other gives them)
    if any(entity_type(p.text) == "person" or is_post(p.text.split()[-1].lower()) for p in (mine.doer, theirs.doer)):
        return None
    last = re.compile(rf"\b{re.escape(mine.doer.text.split()[-1])}\b", re.IGNORECASE)
    if last.search(theirs.doer.text) or not any(last.search(t.replace(theirs.doer.text, "")) for t in texts):
        return None  # (the claim's one is the evidence's, or one the evidence never names)
    mine_said = content_lemmas(words(claim[mine.verb.end :]))
    theirs_said = content_lemmas(words(re.split(r"[.;]", text[theirs.verb.end :])[0]))
    if len(mine_said & theirs_said) < 2:
        return None
    return f"{mine.doer.text} {mine.verb.text}", f"{theirs.doer.text} {theirs.verb.text}"


def _aimed_at(mine: Clause, claim: str) -> frozenset[str] | None:
    """The key words of whom the claim's active deed is aimed at, told right after its object, if it says."""
    if mine.passive or mine.doer is None or mine.done_to is None:
        return None
    at = claim.find(mine.done_to.text, mine.verb.end)
    aimed = _AIMED_AT.match(claim, at + len(mine.done_to.text)) if at >= 0 else None
    return content_lemmas(words(aimed.group("whom"))) if aimed else None


def _doer_made_target(
    mine: Clause, whom: frozenset[str], theirs: Clause, evidence_said: frozenset[str]
) -> tuple[str, str] | None:
    """ "The farmer brought the case against the Environment Agency" against "The Environment Agency brought the
    case": the same deed done to the same thing, by one the evidence names too, and aimed (`whom`, read by `_aimed_at`)
    at the evidence's doer."""
    if theirs.passive or theirs.doer is None or theirs.done_to is None or mine.doer is None or mine.done_to is None:
        return None
    if not _alike(mine.done_to.key, theirs.done_to.key):
        return None
    if _alike(mine.doer.key, theirs.doer.key) or not mine.doer.key <= evidence_said:
        return None
    if not _alike(whom, theirs.doer.key):
        return None
    return f"{mine.doer.text} {mine.verb.text}", f"{theirs.doer.text} {theirs.verb.text}"


# Deeds whose passive tells a state as much as a deed done ("was married in 2010", "is based in Leeds").
_STATE_PASSIVES = frozenset("marry bear base locate involve concern settle dress engage retire".split())
_FIGURE_NEXT = re.compile(r"\s+(?:[£$€]\s?\d|\d)")
_OWN_THING = frozenset("his her their its my our your".split())


def _voice_turned(mine: Clause, theirs: Clause, claim: str, text: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """ "The man paid £20,000 for the sword" against "The man was paid £20,000 for the find": the claim's doer of a deed
    that the evidence has done to them, where no sentence of it has them do it."""
    if not theirs.passive or theirs.done_to is None or theirs.described or mine.doer is None:
        return None
    if mine.forms & (_STATE_PASSIVES | lexicon().symmetric):
        return None
    # (the deed done to something: an object or a sum, never one's own thing, "injured his knee" being "was injured")
    if mine.done_to is None and not _FIGURE_NEXT.match(claim, mine.verb.end):
        return None
    if mine.done_to is not None and words(mine.done_to.text)[0].lower in _OWN_THING:
        return None
    head = _last_noun(mine.doer) or mine.doer.head
    if not (_alike(head, _last_noun(theirs.done_to) or theirs.done_to.head)):
        return None
    if (agent := _by_agent(theirs)) is not None and _alike(agent.head, head):
        return None
    if agent is not None and _the_party_named(agent, mine.doer):
        return None  # ("Labour suspended" against "A Labour councillor … has been suspended by the party")
    if any(
        not c.passive and c.doer is not None and c.forms & mine.forms and _alike(c.doer.head, head)
        for text in texts
        for c in clauses(text)
    ):
        return None  # (they do it too, in another clause: "The man was paid £20,000 and paid half to charity")
    at = text.rfind(theirs.done_to.text, 0, theirs.verb.start)
    told = text[at : theirs.verb.end] if at >= 0 and theirs.verb.start - at < 80 else theirs.verb.text
    return f"{mine.doer.text} {mine.verb.text}", told


def _same_verb(mine: Sequence[Clause], texts: Sequence[str]) -> Iterator[tuple[Clause, str, Clause]]:
    """Each claim clause of `mine` with each evidence clause of the same verb, and the evidence text it is in, in
    order."""
    for claim_clause in mine:
        for text in texts:
            for theirs in clauses(text):
                if theirs.forms & claim_clause.forms:
                    yield claim_clause, text, theirs


def _described_one_told_later(mine: Clause, same: list[tuple[Clause, str]]) -> tuple[str, str] | None:
    """ "The rival team has apologised" against "A football club has apologised after its mascot was filmed mocking a
    rival team's fans": the claim's party, told by a word the evidence's party of the deed has in no form, is one the
    evidence's sentence names after the deed as the owner of something else."""
    for role in ("doer", "done_to"):
        said = getattr(mine, role)
        if said is None or said.specific or len(said.key) < 2 or not said.text.split()[-1].islower() or _timely(said):
            continue  # (a common noun only: a name is as often told again by what it is)
        if any((o := _in_role(t, role)) is not None and not _own(said, o) for t, _ in same):
            continue  # (the claim's one does the deed in the evidence too: "UKIP spent …, Labour spent …")
        told = [w for w in said.text.split() if w.lower() not in ARTICLES]
        # (as the owner of another thing there: "a rival team's fans")
        later = re.compile(r"\b" + r"\s+".join(map(re.escape, told)) + r"['’]s\b", re.IGNORECASE)
        for theirs, text in same:
            other = _in_role(theirs, role)
            if other is None or other.specific or _timely(other) or not _own(said, other) or later.search(other.text):
                continue
            if later.search(text, theirs.verb.end):
                return said.text, other.text
    return None


def _another_of_its_kind(mine: Clause, same: list[tuple[Clause, str]], texts: Sequence[str]) -> tuple[str, str] | None:
    """ "A beaver has been seen on the River Wensum" against "An otter has been seen on the River Wensum … The trust
    hopes beavers could follow": the same deed with another thing of the claim's kind in the same role (two animals,
    two buildings: never one thing told twice), or the same kind of thing described the other way ("the new unit was
    overcrowded" against "the old ward was overcrowded"), where no clause of that verb has the claim's."""
    if mine.forms & lexicon().reporting:
        # (what was said is set only against what the same one said: "The council had said too few passengers used
        # the route" is not what "Villagers said older residents relied on it" tells; who said it is the speaker rules')
        if mine.doer is None:
            return None
        same = [(t, text) for t, text in same if t.doer is not None and _alike(mine.doer.key, t.doer.key)]
    for role in ("doer", "done_to"):
        said = getattr(mine, role)
        if said is None or said.specific or _timely(said):
            continue
        others = [(t, text, o) for t, text in same if (o := getattr(t, role)) is not None and not o.specific]
        if not others or any(_alike(said.key, o.key) for _, _, o in others):
            continue
        head = _last_noun(said)
        kinds = {k for w in head for k in kinds_of(w)}
        described = {side for w in words(said.text) for side in sides_of(w.lower)}
        for theirs, text, other in others:
            if _alike(head, content_lemmas(words(text))):
                continue  # (the claim's thing told in the same sentence is as often the same one: "an elephant calf")
            their_kinds = {k for w in _last_noun(other) for k in kinds_of(w)}
            if kinds & their_kinds or _alike(head, _last_noun(other)):
                continue  # (one thing by two words of its group: "lorry", "truck")
            if _told_again_as(head, other, text, texts):
                continue
            theirs_described = {side for w in words(other.text) for side in sides_of(w.lower)}
            if {k for k, _ in kinds} & {k for k, _ in their_kinds} or any(
                group == other_group and side != other_side
                for group, side in described - theirs_described
                for other_group, other_side in theirs_described - described
            ):
                return f"{said.text} {mine.verb.text}", f"{other.text} {theirs.verb.text}"
    return None


def _told_again_as(head: frozenset[str], other: Party, text: str, texts: Sequence[str]) -> bool:
    """ "The owners, who opened the shop in 2019" after "A bakery in Bristol …": the evidence's "the shop" tells again
    the claim's thing (see `told_again_by_its_kind`)."""
    said = words(other.text)
    if not said or said[0].lower != "the" or text not in texts:
        return False
    before = " ".join([*texts[: texts.index(text)], text[: max(text.find(other.text), 0)]])
    return told_again_by_its_kind(head, _last_noun(other), before)


def _another_so_described(mine: Clause, same: list[tuple[Clause, str]], texts: list[str]) -> tuple[str, str] | None:
    """ "Electric cars made up most new sales" against "Sales of electric cars rose … Petrol cars still made up most new
    sales": the same deed with the same kind of thing, described otherwise, where the evidence tells of the claim's
    (in its words) only in another sentence."""
    for role in ("doer", "done_to"):
        said = getattr(mine, role)
        head = _last_noun(said) if said is not None and not said.specific else frozenset()
        if not head:
            continue
        phrase = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", said.text, flags=re.IGNORECASE)
        told = [t for t in texts if re.search(rf"\b{re.escape(phrase)}\b", t, re.IGNORECASE)]
        mine_words = content_lemmas(words(said.text))
        if not told or any(text in told for _, text in same):
            continue  # (a sentence that tells the deed has the claim's own: "won the women's race")
        for theirs, _ in same:
            other = getattr(theirs, role)
            if other is None or other.specific or not _alike(head, _last_noun(other)):
                continue
            theirs_words = content_lemmas(words(other.text))
            if mine_words - theirs_words - head and theirs_words - mine_words - _last_noun(other):
                return f"{said.text} {mine.verb.text}", f"{other.text} {theirs.verb.text}"
    return None


def _one_for_many(mine: Clause, same: list[tuple[Clause, str]], texts: list[str]) -> tuple[str, str] | None:
    """ "Analysts blamed the cost of sugar" against "It blamed the cost of sugar … Analysts said the warning was the
    third": the same deed done by "it", "he" or "she", never by the many the claim has do it. (Not "they", which may
    be any body: "the police", "the crew".)"""
    said = mine.doer
    if mine.passive or said is None or said.specific or not _plural(said.head_text.split()[-1].lower()):
        return None
    return _done_by_a_pronoun(mine, said, same, texts, frozenset({"it", "he", "she"}))


def _own_for_owner(mine: Clause, same: list[tuple[Clause, str]], texts: list[str]) -> tuple[str, str] | None:
    """ "His party has apologised" against "He has apologised", "Her head teacher set up a breakfast club" against
    "She set up a breakfast club": one's own (their party, their head teacher) given the deed the evidence has them do
    themselves."""
    said = mine.doer
    owner = _OWNER_OPENS.match(said.text) if said is not None and not mine.passive else None
    if said is None or owner is None:
        return None
    return _done_by_a_pronoun(mine, said, same, texts, frozenset({_OWNER_PRONOUNS[owner.group(1).lower()]}))


def _done_by_a_pronoun(
    mine: Clause, said: Party, same: list[tuple[Clause, str]], texts: list[str], pronouns: frozenset[str]
) -> tuple[str, str] | None:
    """The claim's doer and deed, and where the evidence has one of `pronouns` do the same deed, when no clause of that
    verb has the claim's doer do it (nor a saying the evidence has the claim's doer tell by another verb: "Business
    groups said" is told by "Business groups warned", whoever "she said" a quote)."""
    if any(t.doer is not None and _alike(said.key, t.doer.key) for t, _ in same):
        return None
    if mine.forms & lexicon().reporting and any(_says_otherwise(said.text, text) for text in texts):
        return None
    for text in texts:
        for m in _ONE_DOES.finditer(text):
            if m.group("one").lower() == "it" and _IT_DONE_TO.search(text, 0, m.start()):
                continue  # ("the only vessel serving it broke down": "it" is what "serving" is done to)
            if m.group("one").lower() in pronouns and lemmas(m.group("verb").lower()) & mine.forms:
                return f"{said.text} {mine.verb.text}", m.group(0)
    return None


_WARNING = frozenset("warn caution complain predict".split())  # (sayings with more in them than "said")


def _says_otherwise(who: str, text: str) -> bool:
    """Whether `text` has `who`, as written, say something by a verb of saying ("Business groups warned")."""
    reporting = lexicon().reporting | _WARNING
    return any(
        lemmas(m.group("verb").lower()) & reporting
        for m in re.finditer(rf"\b{re.escape(who)}\s+(?:have\s+|has\s+|had\s+|also\s+)?(?P<verb>[a-z]+)", text, re.I)
    )


# A verb's "-ing" or "-ed" form, or a preposition, right before "it": what "it" is done to, no doer.
_IT_DONE_TO = re.compile(r"\b(?:[a-z]+(?:ing|ed)|to|of|for|with|from|about|on|in|at|by)\s+$", re.IGNORECASE)
_OWNER_OPENS = re.compile(r"(his|her|their|its)\s+\w", re.IGNORECASE)
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


# "It blamed …", "She has won …": one told by a pronoun, and their deed.
_ONE_DOES = re.compile(
    r"\b(?P<one>It|He|She|They|it|he|she|they)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?P<verb>[a-z]{3,})\b"
)


def _plural(lower: str) -> bool:
    """A plural noun ("analysts", "fishermen"), not one of "-s" ("news", "bus")."""
    return (
        "NOUN" in forms_by_class(lower)
        and bool(lemmas(lower) - {lower})
        and (lower.endswith("s") or lower.endswith("men"))
    )


def _kin_given_the_deed(mine: Clause, same: list[tuple[Clause, str]], texts: list[str]) -> tuple[str, str] | None:
    """ "Her grandmother has won a national poetry prize" against "A 12-year-old girl … has won a national poetry
    prize for a poem about her grandmother", "The man's father handed the bible in" against "It was handed in by a man
    who found it in his late father's loft": one's kin given the deed the evidence has another do, where the evidence
    tells of that kin otherwise (and never names them, who might be the doer by name)."""
    said = _doer_of(mine)
    kin = [w for w in _last_noun(said) if is_of_kind(w, "relative")] if said is not None else []
    if said is None or not kin or mine.forms & lexicon().reporting:
        return None  # (who says it is the speaker rules' to judge)
    theirs = [(t, o) for t, _ in same if (o := _doer_of(t)) is not None]
    if not theirs or any(_alike(said.key, o.key) or any(is_of_kind(w, "relative") for w in o.key) for _, o in theirs):
        return None
    told = [m for text in texts for m in re.finditer(rf"\b{re.escape(said.head_text.split()[-1])}\b", text, re.I)]
    if not told or any(
        _NAME_BESIDE.match(m.string, m.end()) or _NAME_BEFORE.search(m.string, 0, m.start()) for m in told
    ):
        return None
    t, other = theirs[0]
    return f"{said.text} {mine.verb.text}", f"{other.text} {t.verb.text}"


# "her father, Tom Reed", "Tom Reed, her father": kin by name.
_NAME_BESIDE = re.compile(r",?\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+,\s+(?:his|her|their|the)\s+(?:[a-z]+\s+)?$")


# Deeds of the police and the courts, which no one else does: "arrested", "charged", "jailed".
_OFFICIAL_DEEDS = frozenset("arrest charge jail convict sentence prosecute caution fine".split())


# The lexicon's kinds of people who act: "a keeper", "her sister", "a worker", "the driver".
_WHO_ACT = frozenset({"job", "relative", "group of people", "crew"})


def _agent_added(mine: Clause, same: list[tuple[Clause, str]], texts: list[str]) -> tuple[str, str] | None:
    """ "The cub was named by keepers" against "A tiger cub … has been named Ember after a public vote. … Keepers say
    it is growing fast": a doer given to a deed the evidence tells only in the passive with no doer, the claim's one
    (people by their job or kin, or a public body) the doer of another deed in the evidence's other sentences only."""
    # (or one who does a deed only a public body does: "The farmer arrested two men" against "Two men were arrested")
    # (or one of the lexicon's people given a deed the evidence tells of no one: "Passengers damaged the overhead
    # wires" against "after overhead wires were damaged … Passengers were eventually moved")
    agent = _by_agent(mine) if mine.passive else mine.doer if mine.forms & _OFFICIAL_DEEDS or mine.done_to else None
    if agent is None or agent.specific or _timely(agent) or not same:
        return None
    head = _last_noun(agent)
    if not mine.passive and head & _PUBLIC_BODIES:
        return None  # ("Police arrested two men" is who arrests)
    if not (head & _PUBLIC_BODIES or any(kind in _WHO_ACT for w in head for kind, _ in kinds_of(w))):
        return None  # ("destroyed by fire", "known by several nicknames": no one who acts)
    if any(not theirs.passive or theirs.doer is not None or _by_agent(theirs) is not None for theirs, _ in same):
        return None
    if any(_alike(agent.key, content_lemmas(words(text))) for _, text in same):
        return None  # (the sentence that tells the deed names them: "closed by officers after police found …")
    # (read last, every clause of every sentence: they do something else, or speak, capitalised to open a sentence:
    # "Keepers say it is growing fast")
    doers = [c.doer for text in texts for c in clauses(text) if c.doer is not None]
    if not mine.passive and not mine.forms & _OFFICIAL_DEEDS:
        doers += [c.done_to for text in texts for c in clauses(text) if c.done_to is not None and c.passive]
    speaking = [p for text in texts for p in _speaking(text[:1].lower() + text[1:])]
    # (one told with where they are from: "A farmer in Devon has recovered")
    if not any(_alike(head, _last_noun(p)) or head <= p.key for p in [*doers, *speaking]):
        return None
    theirs, _ = same[0]
    told = f"{mine.verb.text} by {agent.text}" if mine.passive else f"{agent.text} {mine.verb.text}"
    return told, theirs.verb.text


# Where one dies, each the others' opposite: "died at the scene", "died at home", "died in hospital".
_DIED_AT = frozenset({"scene", "home", "hospital", "hospice"})


def _place_moved(mine: Clause, theirs: Clause, here: list[Clause]) -> tuple[str, str] | None:
    """ "The boy died at home" against "who died in hospital … after being found unconscious at their home": the same
    verb done elsewhere, and the claim's place the place of another deed of the evidence's sentence."""
    for link, place in mine.places:
        # ("in" as often says of what, "a rise in prices": only against the same verb's "in" of a thing, where the
        # claim's is a party of another deed: "trapped in the lift" against "trapped in her flat … after a lift broke
        # down")
        inside = link == "in"
        if (link not in _WHERE and not inside) or _timely(place) or place.specific:
            continue
        there = [
            (at, p)
            for at, p in theirs.places
            if (at == "in" if inside else at in _WHERE | {"in"}) and not _timely(p) and not p.specific
        ]
        if not there or any(_alike(p.key, place.key) for _, p in there):
            continue
        if mine.forms & theirs.forms & {"die"} and any(place.key & _DIED_AT and p.key & _DIED_AT for _, p in there):
            at, other = there[0]  # ("The runner died at the scene" against "… has died in hospital")
            return f"{link} {place.text}", f"{at} {other.text}"
        elsewhere = any(
            _alike(p.key, place.key)
            for c in here
            if c is not theirs and not c.forms & theirs.forms
            for p in ((c.doer, c.done_to) if inside else [q for _, q in c.places])
            if p is not None
        )
        if elsewhere:
            at, other = there[0]
            return f"{link} {place.text}", f"{at} {other.text}"
    return None


def _a_named_place(place: Party) -> bool:
    """A place told by its name ("Glasgow", "the Pennines"), not by a time ("the end of World War Two") or a noun."""
    name = place.text.removeprefix("the ")
    return place.specific and not _timely(place) and name[:1].isupper()


def _named_place_moved(mine: Clause, theirs: Clause, texts: list[str]) -> tuple[str, str] | None:
    """ "The van was later found in Paisley" against "stole a van … from a depot in Paisley, police said. The van was
    later found empty in Glasgow": the same deed in another named place, where the evidence names the claim's place
    only for something else (never beside the deed's own place: "found in Paisley, Renfrewshire" may be told as "found
    in Renfrewshire")."""
    # (of the same thing: "The Lives of Others, set in 1960s Calcutta" is not the other novel "set in World War Two")
    ours = [p for p in (mine.doer, mine.done_to) if p is not None]
    if not ours:
        return None
    alike = any(_alike(p.key, q.key) for p in ours for q in (theirs.doer, theirs.done_to) if q is not None)
    # (or whoever does it, where the evidence tells the deed in a named place just once: "Museum staff travelled to
    # Canada" against "Elders from the community travelled to London")
    if not alike and not _named_for_described(ours, theirs, texts) and not _placed_once(theirs, texts):
        return None
    for link, place in mine.places:
        # (and where one went: "travelled to Canada" against "travelled to London")
        if link not in _WHERE | {"in", "to"} or not _a_named_place(place):
            continue
        there = [(at, p) for at, p in theirs.places if at == link and _a_named_place(p)]
        # (the claim may name both: "at the University of Texas at Austin's Sigma Nu fraternity")
        if not there or any(_alike(p.key, q.key) for _, p in there for _, q in mine.places):
            continue
        at, other = there[0]
        # (each use of the claim's place, and of the evidence's, by the text and where in it)
        uses = name_uses(place.text, texts)
        if not uses:
            continue
        # (one the evidence only describes is read closely: "escaped from an open prison in Lincolnshire has been
        # found in Nottingham" tells two places, though near)
        if alike and any(beside(uses, t, b, other.text) for t, b in name_uses(other.text, texts)):
            continue
        if not alike and _within(place.text, other.text, texts):
            continue
        return f"{mine.verb.text} {link} {place.text}", f"{theirs.verb.text} {at} {other.text}"
    return None


def _within(place: str, other: str, texts: list[str]) -> bool:
    """Whether the two places are told as one within the other: "Paisley, Renfrewshire", "Ely in Cambridgeshire"."""
    a, b = re.escape(place), re.escape(other)
    link = r"(?:,\s*|\s+(?:in|near|outside)\s+(?:the\s+)?)"
    return any(re.search(rf"\b(?:{a}{link}{b}|{b}{link}{a})\b", text) for text in texts)


def _named_for_described(ours: list[Party], theirs: Clause, texts: list[str]) -> bool:
    """Whether the claim names the one the evidence only describes, where the evidence does the deed in a named
    place just once: "Darren Voss was found in Lincolnshire" against "A prisoner who escaped from an open prison in
    Lincolnshire has been found in Nottingham"."""
    described = [q for q in (theirs.doer, theirs.done_to) if q is not None]
    if (
        not described
        or any(q.specific for q in described)
        or not any(p.specific and p.text[:1].isupper() for p in ours)
    ):
        return False
    return _placed_once(theirs, texts)


def _placed_once(theirs: Clause, texts: list[str]) -> bool:
    """Whether the evidence does `theirs`'s deed in a named place just once."""
    placed = [
        c for t in texts for c in clauses(t) if c.forms & theirs.forms and any(_a_named_place(p) for _, p in c.places)
    ]
    return len(placed) == 1


def name_uses(name: str, texts: Sequence[str]) -> list[tuple[int, int]]:
    """Each place the evidence writes a name: which text, and where in it."""
    return [(t, m.start()) for t, text in enumerate(texts) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]


def beside(uses: list[tuple[int, int]], text: int, at: int, other: str) -> bool:
    """Whether one of a name's `uses` stands within a few words of `other`, written at `at` of text `text`: a place
    told within another ("found in Paisley, Renfrewshire" may be told as "found in Renfrewshire")."""
    return any(t == text and abs(u - at) <= 40 + len(other) for t, u in uses)


# Verbs that say what one called a thing: a saying, for the speaker rules to judge.
CALLING = frozenset("call describe brand label dub term".split())
# Whom one calls for help ("called an ambulance", "called 999"): a deed, no naming of a thing.
_SUMMONED = frozenset("ambulance ambulances police coastguard brigade paramedics firefighters help 999".split())


def _summoned(clause: Clause) -> bool:
    return clause.done_to is not None and bool(clause.done_to.head & _SUMMONED)


# Deeds of judging or urging, done by saying them: "blaming a fall in student numbers", "warning of more cuts".
_VERDICTS = frozenset("blame warn criticise criticize praise accuse urge welcome condemn defend admit cite".split())


def verdict_of_a_body(told: str, word: Word) -> bool:
    """ "…, blaming a fall in …": a verdict told after a comma as what a body did in saying it, which the one who
    speaks for the body (a post: "the vice-chancellor said") did too."""
    return (
        word.lower.endswith("ing")
        and bool(lemmas(word.lower) & _VERDICTS)
        and told[: word.start].rstrip().endswith(",")
    )


def _common_opener(said: Party) -> bool:
    """A common noun capitalised only to open the claim: a body's word ("Police", "Unions") or a plural the dictionary
    has ("Walkers"); not a name that is also a word ("Nimbus", "Unison")."""
    if " " in said.text:
        return False
    return bool(said.key & ORGANISATION_WORDS) or plural_noun(said.text.lower())


def _opens_a_sentence(phrase: str, text: str) -> bool:
    return re.search(rf"(?:^|[.!?]\s+){re.escape(phrase)}\b", text) is not None


def _result_of(theirs: Clause, here: list[Clause], said: Party) -> bool:
    """Whether `theirs` is an -ing form after a comma telling what the deed before it did, and `said` what that deed
    was done to: "The airline will add 12 new routes, creating about 200 jobs" has the routes create them too."""
    at = here.index(theirs)
    before = here[at - 1] if at else None
    return (
        theirs.verb.lower.endswith("ing")
        and before is not None
        and before.doer is theirs.doer
        and before.done_to is not None
        and _same(said, before.done_to)
    )


# "the neighbour's actions", "his quick thinking": what one did, told as the doer of what came of it.
_DEEDS_OF = re.compile(
    r"^(?:the\s+|a\s+)?(?P<whose>.+?)['’]s?\s+(?:actions?|efforts|quick\s+thinking|bravery|courage|intervention"
    r"|response|swift\s+action|quick\s+actions?)$",
    re.IGNORECASE,
)


def _deeds_of(other: Party, said: Party) -> bool:
    """Whether `other` is what `said` did ("the neighbour's actions" of "the neighbour")."""
    m = _DEEDS_OF.match(other.text)
    return m is not None and _alike(said.key, frozenset(lemmas(words(m.group("whose"))[-1].lower)))


def _another_named_there(
    mine: Clause, theirs: Clause, here: list[Clause], claim_said: frozenset[str], text: str, texts: list[str]
) -> tuple[str, Party, Party] | None:
    """ "The dog's owner pulled the spaniel from the river" against "Firefighters pulled a spaniel from the river …;
    its owner … was treated for the cold": the same verb with another party in one role, where the claim's party is
    a party of another deed of the evidence's sentence and the evidence's is one the claim never names. Common nouns
    only: a name, or a party with a figure, is as often told again by what it is ("Westline Ferries" is "the
    operator", "Paul Reid" one of "two men")."""
    if mine.forms & LIGHT_VERBS:
        return None  # "the decision was made" is not what "have made a clear choice" did
    if mine.forms & (lexicon().reporting | CALLING) and not _summoned(mine):
        return (
            None  # ("called the budget a missed opportunity" is what "said the budget was …" tells: the speaker rules')
        )
    if verdict_of_a_body(text, theirs.verb):
        return None  # ("The trust will close two wards, blaming …, its chief executive said": his verdict too)
    for role in ("doer", "done_to"):
        said, other = getattr(mine, role), _in_role(theirs, role)
        if said is None or other is None or said.specific or _timely(said) or _timely(other):
            continue
        if _head_of(other).specific and not (_common_opener(other) and _opens_a_sentence(other.text, text)):
            continue  # ("the owners of the Crown Hotel" are the owners, whatever they own; "Regulars have started" some)
        if _sent_that_way(said, text):
            continue  # ("Its shares fell 15%" against "…, sending its shares down 15%": their own fall, told so)
        if other.text.lower() in _QUANTIFIERS or _told_again_as(_last_noun(said), other, text, texts):
            continue  # ("none was rated inadequate": some of those told before; "the shop" after "A bakery …")
        if _the_group(other) and not _introduced(other, texts):
            continue  # ("The team grew the plant", after "Scientists have found …": the group told of before, by any word)
        if role == "doer" and _done_to_another(mine, theirs):
            continue  # ("Police found the wallet's owner" against "A woman who found a wallet": another deed of the word)
        if role == "doer" and _result_of(theirs, here, said):
            continue
        if role == "doer" and _deeds_of(other, said):
            continue  # ("the neighbour's actions had saved their lives": the neighbour saved them)
        if (
            _named(said)
            or _named(_head_of(other))
            or _alike(said.key, other.key)
            # (whose the claim's party is says no more of the other: "the port's owners" against "dock workers at
            # the port"; nor does the claim naming the other as another party of this deed: "The woman has apologised
            # to Mark Devlin" against "… Mark Devlin, has apologised after a woman waited")
            or _alike(other.key, claim_said - _whose(said) - _others_of(mine, said))
            or _compounded(said.key, other.key)
            # (the claim's one named by its kind: "the deer" is "the animal")
            or any(names_its_kind(o, k) or names_its_kind(k, o) for o in other.key for k in said.key)
        ):
            continue
        # (a light verb's parties tell as often what the claim's verb does: "taking its budget to £21m" is the
        # budget's rise)
        # (and whom another deed was towards: "sell its former library to a developer")
        parties = [
            p
            for c in here
            if c is not theirs and not c.forms & (mine.forms | _TAKING)
            for p in (c.doer, c.done_to, *(q for link, q in c.places if link == "to"))
            if p is not None
        ]
        if any(_one_party(said, p) for p in parties):
            return role, said, other
        # (or the one another deed of another sentence was done by or to: "The council will build a new school"
        # against "Plans … have been approved by the council … The developer will also build a new school")
        # (or whose such a party is: "the government's target")
        # (never a sentence that tells as much of the rest of the claim as this one: "The unemployment rate edged up to
        # 3.9 percent" is the claim's "rose to 3.9 percent", though "Average hourly earnings rose … 3.9 percent")
        rest = claim_said - said.key - mine.forms - {mine.verb.lower}
        here_told = len(rest & content_lemmas(words(text)))
        # (a common noun only, though it opens the claim: "Nimbus blamed" may be what "The company blamed" tells;
        # "Police" is the police)
        if (
            (said.text.split()[-1].islower() or _common_opener(said))
            and not mine.forms & _THOUGHT
            and any(
                _one_party(said, p) or said.key <= _whose(p) or _told_more_fully(said, p) or _apposed(said, p, t)
                for t in texts
                if t != text and len(rest & content_lemmas(words(t))) < here_told
                for c in clauses(t)
                if not c.forms & (mine.forms | _TAKING)
                for p in (c.doer, c.done_to, _by_agent(c))
                if p is not None
            )
        ):
            return role, said, other
        # (or one of the claim's kind the evidence names in another sentence, doing something else: "The council has
        # promised to build a school" against "Brookfield Council has approved plans … The developer has promised to
        # build a new primary school"; a name is no other word for the evidence's common noun)
        kind = _last_noun(said) if said.text.split()[-1].islower() else frozenset()  # ("the council", not "Nimbus")
        if kind and any(
            p.text.split()[-1][:1].isupper() and _named(p) and _last_noun(p) == kind  # ("Brookfield Council")
            for t in texts
            if t != text
            for c in clauses(t)
            if not c.forms & mine.forms
            for p in (c.doer, c.done_to)
            if p is not None
        ):
            return role, said, other
        speaking = _speaking(text)
        # (speaking in another sentence too: "The council has asked for compensation" against "…, the council said.
        # … Businesses in the town have asked for compensation")
        elsewhere = [p for t in texts if t != text for p in _speaking(t)]
        if any(_one_of(said, p) for p in [*parties, *speaking]) or (
            # ("Police found the body" against "A dog walker found …, and police say": the body is not the one who
            # did it, unless the one who did is one of it, "Officers found …, police said")
            any(_same(said, p) for p in [*speaking, *elsewhere])
            and not {f for k in other.key for f in lemmas(k)} & _ONE_OF_A_BODY
        ):
            return role, said, other
    return None


# Verbs of what is thought of a thing ("The increases are attributed to …", "expected the economy to stay flat"):
# their parties are as often told again in other words across sentences.
_THOUGHT = frozenset("expect attribute predict forecast believe think estimate assume consider".split())


def _sent_that_way(party: Party, text: str) -> bool:
    """Whether `text` tells the party moved by what sent it there ("sending its shares down 15%")."""
    last = party.text.split()[-1]
    return re.search(rf"\b(?:send|sent|sending|sends|push\w*|driv\w*|drove|knock\w*)\s+(?:\w+\s+){{0,2}}?"
                     rf"{re.escape(last)}\s+(?:down|up)\b", text, re.IGNORECASE) is not None  # fmt: skip


def _others_of(clause: Clause, party: Party) -> frozenset[str]:
    """The words (in all their forms) of the parties a clause's deed is towards or done at ("to Mark Devlin"), not
    the one it is done to: "The company will close the factory" is what "The factory will close" tells."""
    others = [p for _, p in clause.places if p is not party]
    return frozenset(f for p in others for k in p.key for f in lemmas(k))


# Words that make one of a body: "a police officer" is one of "police", "a union member" one of "the union".
_ONE_OF_A_BODY = frozenset("officer member spokesman spokeswoman spokesperson official worker".split())


# "…, and police say his death is not being treated as suspicious": a body speaking, by a plural the clause reader
# leaves (a present plural verb is as often a noun).
_SPEAKING = re.compile(r"\b(?P<who>[a-z]+)\s+(?:say|says|said)\b")
_NOT_SPEAKERS = frozenset("he she it they we you i who which that and but or has have had".split())


def _speaking(text: str) -> list[Party]:
    """The bodies `text` has speak by one plain noun ("police say", "residents said"), as parties."""
    return [
        Party(m.group("who"), frozenset(lemmas(m.group("who"))), head=frozenset(lemmas(m.group("who"))))
        for m in _SPEAKING.finditer(text)
        if m.group("who") not in _NOT_SPEAKERS and "NOUN" in forms_by_class(m.group("who"))
    ]


def _one_of(said: Party, party: Party) -> bool:
    """ "A police officer" of "police say": one of the body the evidence has do something else."""
    rest = frozenset(k for k in said.key if not lemmas(k) & _ONE_OF_A_BODY)
    return bool(rest) and rest != said.key and not (rest - party.key) and not (party.key - rest)


def _exchanged(
    mine: Clause, theirs: Clause, here: list[Clause], claim_clauses: tuple[Clause, ...]
) -> tuple[str, Party, Party] | None:
    """ "Firefighters extinguished the fire before staff arrived" against "… was extinguished by staff before
    firefighters arrived": two common-noun parties, each put in the other's deed (the claim names both, so the rule
    above, which wants the evidence's party unnamed, lets it pass)."""
    if mine.forms & LIGHT_VERBS:
        return None
    for role in ("doer", "done_to"):
        said, other = getattr(mine, role), _in_role(theirs, role)
        if said is None or other is None or said.specific or other.specific or _same(said, other):
            continue
        for c in claim_clauses:
            if c is mine or c.verb.start == mine.verb.start or c.forms & mine.forms:
                continue
            for r in ("doer", "done_to"):
                in_claim = getattr(c, r)
                if in_claim is None or not _same(other, in_claim):
                    continue
                if any(
                    h is not theirs and h.forms & c.forms and (q := getattr(h, r)) is not None and _same(said, q)
                    for h in here
                ):
                    return role, said, other
    return None


def _in_role(clause: Clause, role: str) -> Party | None:
    """The clause's party in `role` ("doer" or "done_to"), a passive's doer after "by" included."""
    return _doer_of(clause) if role == "doer" else clause.done_to


def _doer_of(clause: Clause) -> Party | None:
    """Who did it: the doer before the verb, or a passive's after "by" ("was put out by staff")."""
    if clause.doer is not None or not clause.passive:
        return clause.doer
    return next((p for link, p in clause.places if link == "by"), None)


_TAKING = LIGHT_VERBS - {"say"}
OWNER_MARK = re.compile(r"[’']s?\s")


def _whose(party: Party) -> frozenset[str]:
    """The words of a party that say whose it is, before its possessive: "port" of "the port's owners"."""
    owned = [m.start() for m in OWNER_MARK.finditer(party.text)]
    if not owned:
        return frozenset()
    return content_lemmas(words(party.text[: owned[-1]])) - party.key


def _one_party(said: Party, p: Party) -> bool:
    """Whether `p` is the claim's party `said`: the same, or by its head ("its landlord of 40 years" is "the
    landlord")."""
    return _same(said, p) or _same(said, _head_of(p))


def _apposed(said: Party, p: Party, text: str) -> bool:
    """ "The owner, a student, said …": the claim's common noun ("A student") told after a comma as what another party
    is."""
    told = " ".join(w for w in said.text.split() if w.lower() not in ARTICLES)
    return (
        bool(told)
        and re.search(rf"\b{re.escape(p.text)},\s+(?:an?|the)\s+{re.escape(told)},", text, re.IGNORECASE) is not None
    )


def _told_more_fully(said: Party, p: Party) -> bool:
    """ "another vessel" of "a nearby vessel": the claim's common noun, with none of its words the other lacks, and
    the other's own words only describing it (not "20 tonnes of potatoes": what the tonnes are of)."""
    return (
        bool(_last_noun(said) & _last_noun(p))
        and not _own(said, p)
        and not _named(p)
        and all(describing(w) for w in _own(p, said))
    )


def _head_of(party: Party) -> Party:
    """Who or what a party is, before what it is of: "the owners" of "the owners of the derelict Crown Hotel"; and
    before the place it is in ("An orchestra" of "An orchestra in Birmingham")."""
    placed = _IN_A_PLACE.search(party.head_text or party.text)
    if placed is not None and placed.start() > 0:
        told = (party.head_text or party.text)[: placed.start()]
        key = content_lemmas(words(told))
        if key:
            # (an age is no count: "A 15-year-old girl" is one girl)
            return Party(told, key, re.search(r"\d(?![\d,]*-year-old)|(?<=\s)[A-Z]", told) is not None)
    if not party.head or party.head_text == party.text:
        return party
    return Party(party.head_text, party.head, re.search(r"\d|(?<=\s)[A-Z]", party.head_text) is not None)


# Words that stand for some or all of those told before: "though none was rated inadequate".
_QUANTIFIERS = frozenset("none all some most each both neither either many few several others".split())
# Where one is, closing a party: "in Birmingham", "from North Wales".
_IN_A_PLACE = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def _compounded(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "fire" and "wildfire": a key word of one ends another's, a compound naming a kind of it."""
    return any(
        len(x) >= 4 and len(y) > len(x) and y.endswith(x) for one, two in ((a, b), (b, a)) for x in one for y in two
    )


def _named(party: Party) -> bool:
    """ "Davina", "the IAAF Council": a name, however a feed cases the text ("Firefighters" opening a sentence is
    none: a word the dictionary has)."""
    told = [w for w in party.text.split() if w.lower() not in ("the", "a", "an")]
    return any(w[:1].isupper() and (i or not forms_by_class(w.lower())) for i, w in enumerate(told))


# Verbs by which one is what follows: "has become the first wheelchair user to finish".
_BECOMING = frozenset({"become", "remain", "stay"})
# "Terry Vance is a taxi driver": one said to be another.
_IS_A = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:is|was)\s+(?P<what>(?:an?|the)\s+[^,;]+?)\.?$"
)


def _one_is_other(ctx: ClaimContext) -> Hit | None:
    """ "Terry Vance is a taxi driver" against "Terry Vance, 41, punched a taxi driver": the claim says one is what
    the evidence has them do a deed to, or have a deed done to them by, and never calls them so."""
    m = _IS_A.match(ctx.card.claim.strip())
    if m is None:
        return None
    said = clauses(f"{m.group('who')} met {m.group('what')}.")  # (read as any two parties are)
    if not said or said[0].doer is None or said[0].done_to is None:
        return None
    who, what = said[0].doer, _head_of(said[0].done_to)
    kind = re.escape(m.group("what").split(maxsplit=1)[-1])
    called = re.compile(
        rf"\b{kind}\W+{re.escape(m.group('who'))}|{re.escape(m.group('who'))},\s+(?:an?|the)\s+{kind}", re.I
    )
    for text in ctx.texts:
        if called.search(text):
            return None  # "taxi driver Terry Vance", "Terry Vance, a taxi driver": the evidence calls them so
        for theirs in clauses(text):
            doer, done_to = _doer_of(theirs), theirs.done_to
            if doer is None or done_to is None or not _comparable(theirs) or theirs.forms & _BECOMING:
                continue  # ("has become the first wheelchair user …" is what the claim says they are)
            if any(_same(one, who) and not _own(what, other) for one, other in ((doer, done_to), (done_to, doer))):
                return Hit(
                    f'claim says "{m.group("who")}" is "{m.group("what")}"; the evidence has "{doer.text}" '
                    f'{theirs.verb.text} "{done_to.text}"',
                    ctx.span_of(theirs.verb.text),
                    ctx.home.article.id,
                )
    return None


# Words by which a text names again a group of people it has told of ("Scientists have found … The team grew").
GROUP_WORDS = frozenset("team group crew panel pair duo trio".split())


def _the_group(party: Party) -> bool:
    """ "the team", "the research group": a group the text has named before, which says nothing of who they are."""
    return party.text.lower().startswith("the ") and party.text.split()[-1].lower() in GROUP_WORDS


def _introduced(party: Party, texts: list[str]) -> bool:
    """Whether "the campaign group" is one the evidence introduced in those words ("a campaign group for real ale"),
    not a word for any group told of before."""
    told = party.text.split()[1:]
    pattern = r"\ban?\s+" + r"\s+".join(map(re.escape, told)) + r"\b"
    return any(re.search(pattern, text, re.IGNORECASE) for text in texts)


def _done_to_another(mine: Clause, theirs: Clause) -> bool:
    """Whether the two clauses' ones done to are both told and have no word in common: the same verb, another deed
    (where the doers are compared; a doer made the one done to is the other readings' to judge)."""
    a, b = mine.done_to, theirs.done_to
    return a is not None and b is not None and bool(a.key) and bool(b.key) and not _alike(a.key, b.key)


# ", scientists have found.", ", a study has shown.": who found out what the claim tells, told after it.
_FOUND_AT_THE_END = re.compile(
    r",\s+(?:[\w'’-]+\s+){1,4}?(?:has|have|had)\s+(?:found|shown|discovered|revealed|concluded)\W*$", re.IGNORECASE
)


def _found_at_the_end(claim: str, clause: Clause) -> bool:
    m = _FOUND_AT_THE_END.search(claim)
    return m is not None and clause.verb.start >= m.start()


def parties_swapped(ctx: ClaimContext) -> Hit | None:
    """FC203 for parties of common nouns: see the module's docstring."""
    if hit := _one_is_other(ctx):
        return hit
    claim = ctx.card.claim
    # ("The officer was given a suspended sentence": a light verb done to someone, whose object tells the deed)
    # ("The hospice gave £2m to the man": one who gets, named after "to")
    # (nor who found it, told at the end: "…, scientists have found" frames what they found, as "…, they said" would)
    claim_clauses = tuple(c for c in clauses(claim) if not c.described and not _found_at_the_end(claim, c))
    mine_all = [
        c
        for c in claim_clauses
        if _comparable(c)
        or (c.passive and c.done_to and c.forms & LIGHT_VERBS)
        or any(link == "to" for link, _ in c.places)
    ]
    # ("The school will give her half of the money": who gives, told first, is read against who gets only)
    giving = [c for c in claim_clauses if c not in mine_all and c.forms & GIVING and c.doer is not None]
    for mine, _, theirs in _same_verb(giving, ctx.texts):
        if crossed := _giver_crossed(mine, theirs):
            return _crossed_hit(ctx, mine, theirs, *crossed)
    # (a deed's named place, whatever the deed: "was later found in Paisley"; only claims that name one, since reading
    # the evidence's clauses costs)
    placed = [c for c in claim_clauses if any(_a_named_place(p) for _, p in c.places)]
    for mine, _, theirs in _same_verb(placed, ctx.texts):
        if found := _named_place_moved(mine, theirs, ctx.texts):
            return ctx.said_against(*found)
    # (one calling a thing so: "Carmakers called it a backward step" against "Environmental groups called it a backward
    # step")
    calling = [c for c in claim_clauses if c.forms & CALLING and c.doer is not None and not c.passive]
    for mine, text, theirs in _same_verb(calling, ctx.texts):
        if found := _caller_swapped(mine, theirs, claim, text, ctx.texts):
            return ctx.said_against(*found)
    # (a deed aimed at one, whatever the verb: "brought the case against the Environment Agency" is the agency's deed
    # told of another when the evidence has the agency bring it)
    aimed = {c: whom for c in claim_clauses if (whom := _aimed_at(c, claim))} if _AIMED_AT.search(claim) else {}
    if aimed:
        evidence_lemmas = content_lemmas(ctx.evidence_words)
        for mine, _, theirs in _same_verb(list(aimed), ctx.texts):
            if found := _doer_made_target(mine, aimed[mine], theirs, evidence_lemmas):
                return ctx.said_against(*found)
    if len(claim_clauses) > 1 and (crossed := _doers_crossed(claim_clauses, ctx.texts)):
        return ctx.said_against(*crossed)
    # (a thing of a kind, or described one way, whatever the verb: "A beaver has been seen")
    for mine in claim_clauses:
        same = [(theirs, text) for _, text, theirs in _same_verb([mine], ctx.texts)]
        found = (
            _another_of_its_kind(mine, same, ctx.texts)
            or _another_so_described(mine, same, ctx.texts)
            or _described_one_told_later(mine, same)
            or _agent_added(mine, same, ctx.texts)
            or _kin_given_the_deed(mine, same, ctx.texts)
            if same
            else None
        ) or (_one_for_many(mine, same, ctx.texts) or _own_for_owner(mine, same, ctx.texts))
        if found:
            return ctx.said_against(*found)
    # (one doing what the evidence has done to them: "The man paid £20,000 for the sword" against "The man was paid
    # £20,000 for the find")
    acting = [c for c in claim_clauses if not c.passive and c.doer is not None and not c.relative]
    for mine, text, theirs in _same_verb(acting, ctx.texts):
        if found := _voice_turned(mine, theirs, claim, text, ctx.texts):
            return ctx.said_against(*found)
    if not mine_all:
        return None
    claim_said = content_lemmas(ctx.claim_words)
    evidence_said = content_lemmas(ctx.evidence_words)
    for mine in mine_all:
        for text in ctx.texts:
            here = list(clauses(text))
            for theirs in here:
                if (
                    theirs.forms & mine.forms
                    and (crossed := _crossed(mine, theirs, claim, text) or _giver_crossed(mine, theirs))
                    and not _told_the_claims_way(mine, theirs, here)
                ):
                    return _crossed_hit(ctx, mine, theirs, *crossed)
                if theirs.forms & mine.forms and (owners := _owner_and_doer_crossed(mine, theirs)):
                    return ctx.said_against(*owners)
            for theirs in here:
                if theirs.forms & mine.forms and (
                    found := _substituted(mine, theirs, claim_said, evidence_said)
                    or _addressee_swapped(mine, theirs, claim_said)
                    or _place_moved(mine, theirs, here)
                    or _doer_given(mine, theirs, text)
                    or _another_agent(mine, theirs, claim_said, text)
                ):
                    return ctx.said_against(*found)
            for theirs in here:
                if theirs.forms & mine.forms and (
                    put := _another_named_there(mine, theirs, here, claim_said, text, ctx.texts)
                    or _exchanged(mine, theirs, here, claim_clauses)
                ):
                    role, said, other = put
                    return _put_there(ctx, mine, role, said, other, f"names {said.text.lower()} only for something else",
                                      theirs.verb.text)  # fmt: skip
            for theirs in here:
                if found := _agent_of_another_deed(mine, theirs, claim_said, evidence_said):
                    return ctx.said_against(*found)
            if (to := _TO_A_DEED.match(claim, mine.verb.end)) and "VERB" in forms_by_class(to.group("deed")):
                continue  # "expects Cerex to reach": what is expected is the deed after "to" (not "apologised to Ada")
            for role in ("done_to", "doer"):
                if moved := _moved(mine, role, text, here):
                    said, other, home, home_role = moved
                    elsewhere = f'"{getattr(home, home_role).text}" {_ROLE[home_role]} "{home.verb.text}"'
                    return _put_there(ctx, mine, role, said, other, elsewhere, home.verb.text)
    return None


def _doers_crossed(claim_clauses: Sequence[Clause], texts: Sequence[str]) -> tuple[str, str] | None:
    """ "The conductor has cancelled a concert after the orchestra fell ill" against "An orchestra … has cancelled a
    concert after its conductor fell ill": two deeds of one sentence, each done by the one the evidence's sentence has
    do the other."""
    acting = [c for c in claim_clauses if not c.passive and c.doer is not None]
    for a, b in ((a, b) for a in acting for b in acting if a is not b and not a.forms & b.forms):
        if _alike(_named_by(a.doer), _named_by(b.doer)):
            continue
        for text in texts:
            here = [c for c in clauses(text) if not c.passive and c.doer is not None]
            for x in (c for c in here if c.forms & a.forms):
                for y in (c for c in here if c.forms & b.forms and c is not x):
                    if (
                        _alike(_named_by(_head_of(x.doer)), _named_by(b.doer))
                        and _alike(_named_by(y.doer), _named_by(a.doer))
                        and not _alike(_named_by(x.doer), _named_by(a.doer))
                    ):
                        return f"{a.doer.text} {a.verb.text}", f"{x.doer.text} {x.verb.text}"
    return None


# Deeds told to one after "to", whom they were said or sent to: "complained to the council", "apologised to fans".
_TOLD_TO = frozenset(
    "complain apologise apologize write report appeal speak talk explain confess reply respond".split()
)


def _addressee_swapped(mine: Clause, theirs: Clause, claim_said: frozenset[str]) -> tuple[str, str] | None:
    """ "A tenant had complained to the landlord" against "A tenant had complained to the council": the same deed
    told to another, the evidence's one never in the claim."""
    if not mine.forms & theirs.forms & _TOLD_TO:
        return None
    for link, p in mine.places:
        for other_link, q in theirs.places:
            if link == other_link == "to" and not _alike(_named_by(p), _named_by(q)) and not _alike(q.key, claim_said):
                if any(names_its_kind(a, b) or names_its_kind(b, a) for a in p.key for b in q.key):
                    continue  # ("to the body" against "to the council": the one by its kind)
                return f"{mine.verb.text} to {p.text}", f"{theirs.verb.text} to {q.text}"
    return None


def _owner_and_doer_crossed(mine: Clause, theirs: Clause) -> tuple[str, str] | None:
    """ "The family lost the council's application" against "the council had lost the family's application": the same
    deed, its doer the one whose the thing done to is on the other side, both ways round."""
    if mine.passive or theirs.passive or None in (mine.doer, mine.done_to, theirs.doer, theirs.done_to):
        return None
    mine_whose, their_whose = _whose(mine.done_to), _whose(theirs.done_to)
    if (
        mine_whose
        and their_whose
        and _alike(mine.doer.key, their_whose)
        and _alike(mine_whose, theirs.doer.key)
        and not _alike(mine.doer.key, theirs.doer.key)
    ):
        return (
            f"{mine.doer.text} {mine.verb.text} {mine.done_to.text}",
            f"{theirs.doer.text} {theirs.verb.text} {theirs.done_to.text}",
        )
    return None


def _told_the_claims_way(mine: Clause, theirs: Clause, here: list[Clause]) -> bool:
    """ "A nurse who saved a man's life by giving him CPR … has been given a bravery award": the sentence tells the
    deed the claim's way too ("A nurse has been given"), with no party that differs from the claim's."""
    return any(
        other is not theirs
        and other.forms & mine.forms
        and other.passive == mine.passive
        and all(
            a is None or b is None or _alike(a.key, b.key)
            for a, b in ((mine.doer, other.doer), (mine.done_to, other.done_to))
        )
        for other in here
    )


def _crossed_hit(ctx: ClaimContext, mine: Clause, theirs: Clause, role: str, said: Party) -> Hit:
    """The finding for a claim's party the evidence has in the other role of the same deed."""
    other_role = "done_to" if role == "doer" else "doer"
    # ("after from": the one the evidence's deed is from)
    told = (
        f'after "{role.split()[1]}" of "{theirs.verb.text}"'
        if role.startswith("after ")
        else f'{_ROLE[other_role]} "{theirs.verb.text}"'
    )
    return Hit(
        f'claim has "{said.text}" {_ROLE.get(role, _ROLE["doer"])} "{mine.verb.text}"; the evidence has them {told}',
        ctx.span_of(theirs.verb.text),
        ctx.home.article.id,
    )


def _put_there(ctx: ClaimContext, mine: Clause, role: str, said: Party, other: Party, rest: str, at: str) -> Hit:
    """The finding for a claim's party where the evidence has another: what the evidence does with the claim's."""
    return Hit(
        f'claim has "{said.text}" {_ROLE[role]} "{mine.verb.text}"; the evidence has "{other.text}" there, and {rest}',
        ctx.span_of(at),
        ctx.home.article.id,
    )


_ROLE = {"doer": "doing", "done_to": "on the receiving end of"}
_TO_A_DEED = re.compile(r" to (?P<deed>[a-z]+)\b")
