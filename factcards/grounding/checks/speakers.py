"""Who said it: a quote or a statement credited to the person the article says said it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcards.grounding.checks.context import ClaimContext, content_words, idiom_meanings, most_told, told
from factcards.grounding.checks.entities import (
    THE_BODY,
    lead_opens_on,
    named_by_role,
    named_in,
    same_role,
    spelled_out,
    titles_of,
)
from factcards.grounding.checks.posts import is_post
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, register
from factcards.text.attribution import (
    ATTRIBUTION_VERBS,
    BODY_NOUNS,
    CALLED_IT,
    DEED_NOT_SPEECH,
    NAME,
    attributions,
    claimed_by,
    plausible_speaker,
    same_person,
)
from factcards.text.claims import noun_mentioned
from factcards.text.dictionary import inflected_from
from factcards.text.entity_types import ORGANISATION_WORDS, entity_type
from factcards.text.lexicon import lexicon, sex_of_first_name
from factcards.text.names import CALENDAR_WORDS, capitalized_runs, clean_token, is_role, key, last_key
from factcards.text.words import (
    AUXILIARIES,
    JOB_NOUNS,
    akin,
    content_lemmas,
    forms_by_class,
    is_content,
    is_of_kind,
    kinds_of,
    lemmas,
    one_meaning,
    paraphrase_groups,
    words,
)

_PRONOUN_ATTRIBUTION = ("he said", "she said", "he added", "she added", "they said", "he told", "she told")
_VERBS = (
    # ("called off the tour", "called up a reserve": a deed, no words said; "called on ministers to act" is said)
    r"(?:said|says|told|added|stated|noted|warned|insisted|argued|explained|claimed|declared"
    r"|called(?!\s+(?:off|up|out|in|back)\b)|described|"
    r"dismissed|acknowledged|confirmed|stressed|emphasi[sz]ed|asserted|maintained|contended|"
    r"conceded|predicted|estimated|suggested|wrote|tweeted|recalled|urged"
    # ("complained that the turbines …" is said; "complained about the noise" may be a complaint made in writing)
    r"|complained(?=\s+that\b)"
    # ("admitted the scheme had been badly handled" is said; "admitted seven charges" is a plea)
    r"|admitted(?=\s+(?:that\b|(?:the|a|an|his|her|its|their|it|he|she|they|we|I)\b[^.,;]{0,40}?"
    r"\b(?:had|has|was|were|is|are|would|could|did)\b)))"
)
# "announced that …", "revealed that …": saying, where "announced a plan" is a deed.
_SAYS_THAT = r"(?:announced|announces|revealed|reveals|disclosed|discloses)\s+that\b"
# "…, the transport secretary announced, but …": an announcement told at its clause's end is a saying.
_ANNOUNCED_TAIL = r"(?:announced|revealed|disclosed)(?=\s*(?:[,;.]|$))"
_DEED_NOT_SPEECH = re.compile(DEED_NOT_SPEECH)
# "Outside court, …", "Speaking on Tuesday, …": where or when the saying was, set before the one who spoke.
_SCENE = (
    r"(?:(?:Outside|Inside|In|At|On|After|Before|Later|Earlier|Speaking|Asked|Afterwards|Meanwhile|Separately"
    r"|Yesterday|Today)\b[^,]{0,40},\s+)?"
)
# "…, Xi said." / "Xi said …" / "according to Xi": who the claim itself says spoke.
_CLAIM_SAYS = re.compile(
    rf"(?:,\s*|^)(?P<a>{NAME})\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b[.!]?\s*$"
    rf"|^{_SCENE}(?P<b>{NAME})(?:,\s*(?P<appos>[^,]{{1,40}}),)?\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS}\b|{_SAYS_THAT})"
    rf"|\b[Aa]ccording to (?:the\s+)?(?P<c>{NAME})"
    # "'We cannot keep the wards open,' said health minister Owen Baird.": the verb first, a role before the name
    rf"|[,!?]['’\"”]?\s+(?:said|says|added|told)\s+(?:[a-z]+\s+){{0,3}}(?P<d>{NAME})[.!]?\s*$"
)


_TITLED_NAME_SAYS = re.compile(
    rf"(?:[A-Z][\w'’-]*\s+)?(?P<role>[a-z]+)\s+(?P<name>{NAME})\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
)


# "…, the mayor said." / "The mayor said …": a title the article gives one person it names.
_CLAIM_TITLE_SAYS = re.compile(
    rf"(?:,\s*|^)[Tt]he (?P<a>[a-z]+)\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b[.!]?\s*$"
    rf"|^The (?P<b>[a-z]+)\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
    # "Penny Market's chairman said": the title of one the claim names the body of (not "The study's leader said")
    rf"|^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}(?:['’]s|(?<=s)['’])\s+(?P<c>[a-z]+)\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
    # "Her doctors said": the title of those who act for one the claim tells of
    rf"|^(?:Her|His|Their|Its)\s+(?P<d>[a-z]+)\s+(?:has\s+|have\s+|had\s+|also\s+)?{_VERBS}\b"
)


def _claimed_title(claim: str) -> str | None:
    """The title the claim credits ("the mayor said" -> "mayor")."""
    m = _CLAIM_TITLE_SAYS.search(claim.strip())
    return (m.group("a") or m.group("b") or m.group("c") or m.group("d")) if m else None


def _titled(ctx: ClaimContext) -> str | None:
    """The person the claim credits by title ("the mayor said"), when the article gives that title to one
    person it names in full."""
    title = _claimed_title(ctx.card.claim)
    if title is None:
        return None
    home = ctx.home
    holders = [surname for surname, roles in home.roles_by_surname.items() if title in roles]
    if len(holders) != 1:
        return None
    return home.surnames.get(holders[0])


def claimed_speaker(ctx: ClaimContext) -> str | None:
    """The card's speaker, else the person the claim's own words credit ("…, Xi said", "the mayor said")."""
    if ctx.card.speaker:
        return ctx.card.speaker
    m = _CLAIM_SAYS.search(ctx.card.claim.strip())
    if m is not None and _DEED_NOT_SPEECH.search(ctx.card.claim.strip(), m.start(), m.end() + 40):
        return None  # "Manufacturing added 8,000 jobs" says a number, no one speaking
    if m is None:
        # "Club chairman Leon Hart said …": the title before the name is no part of it
        titled = _TITLED_NAME_SAYS.match(ctx.card.claim.strip())
        if titled and is_role(titled.group("role")) and plausible_speaker(titled.group("name")):
            return titled.group("name")
        return _titled(ctx)
    # "Bobby Brown, her father, said" is Bobby Brown; "Aberdeen's CEO, Duncan Fraser, said" is Fraser.
    appositive = (m.group("appos") or "").strip()
    name = (
        appositive if re.fullmatch(NAME, appositive) else m.group("a") or m.group("b") or m.group("c") or m.group("d")
    )
    # "The Environment Agency said …": the body is its name, past the article
    if name and name.startswith("The ") and len(name.split()) > 1:
        name = name[4:]
    if name and name.endswith(".") and name.count(".") == 1:
        name = name[:-1]  # "according to the Environment Agency." ends the claim, not the name
    return name if name and plausible_speaker(name) else None


def attributed(ctx: ClaimContext) -> list[str]:
    """Who the article says said the evidence sentences."""
    found: list[str] = []
    for doc, sentence in ctx.window:
        if doc is not ctx.home:
            continue
        speaker = attributions(doc).speaker_of(sentence)
        if speaker and speaker not in found:
            found.append(speaker)
    return found


def _said_by_whoever_says_it(ctx: ClaimContext, speaker: str) -> tuple[list[str], list[str]]:
    """Who said the evidence sentence that says what the claim reports, and the sentences to look in for
    a body that said it: of "Police say Howell had taken a weapon. Chief Steve Dumyahn said the
    department had no desire to defame him", the first says "Howell had just stolen a handgun", so
    that is the police's, not the chief's. Every speaker when no one sentence says more of it than the
    others; none, and that sentence alone, when it has no named speaker ("Analysts at Corvid said")."""
    own = [s for doc, s in ctx.window if doc is ctx.home]
    if len(own) < 2:
        return attributed(ctx), ctx.texts
    named = {key(part) for part in speaker.split()}
    # Each form counts: "stolen" said as "stolen" says more of it than "steal" does.
    wanted = [
        frozenset({form})
        for form in {
            f
            for w in content_words(ctx.claim_words)
            if key(w.text) not in named and not (lemmas(w.lower) & lexicon().reporting)
            for f in lemmas(w.lower)
        }
    ]
    at = most_told([ctx.home.sentence_text(s) for s in own], wanted)
    if at is None:
        return attributed(ctx), ctx.texts
    sentence = own[at]
    said = attributions(ctx.home).speaker_of(sentence)
    return ([said], ctx.texts) if said else ([], [ctx.home.sentence_text(sentence)])


_OWNED = re.compile(r"(?i:its|their)\s")


def _owner_of_speaker(speaker: str, said_by: list[str], texts: list[str]) -> bool:
    """ "Carrow Playhouse said" against "The Playhouse in Carrow will close …, its board said": the one whose board
    (or spokesman) spoke, named before "its"."""
    last = re.escape(speaker.split()[-1])
    return any(
        _OWNED.match(s) and (at := text.find(s)) > 0 and re.search(rf"\b{last}\b", text[:at]) is not None
        for s in said_by
        for text in texts
    )


# Who may speak for someone and is not them: "said Bobby Brown's wife" is not Bobby Brown speaking.
_STANDS_IN = (
    "wife husband son daughter mother father brother sister widow widower partner fiance fiancee girlfriend "
    "boyfriend lawyer lawyers attorney attorneys agent"
).split()
# ("Residents say …": the plural present too; "announced that …" a saying as well)
_SAYS_WORD = re.compile(rf"\b(?:{_VERBS}|say|{_SAYS_THAT})\b", re.IGNORECASE)


def _said_by_someone_of(speaker: str, ctx: ClaimContext) -> str | None:
    """ "his wife", when an evidence sentence that reports speech says "<speaker>'s wife" (any case:
    a lower-cased feed writes "bobby brown 's wife")."""
    surname = re.escape(speaker.split()[-1])
    pattern = re.compile(rf"\b{surname}\s?['’]s\s+(?:[\w-]+\s+)?({'|'.join(_STANDS_IN)})\b", re.IGNORECASE)
    for text in ctx.texts:
        m = pattern.search(text)
        if m and _SAYS_WORD.search(text):
            return m.group(1).lower()
    return None


def _spoken_for(ctx: ClaimContext, described: str) -> str | None:
    """ "The boy said he had never stopped looking" against "The boy's mother said he had never stopped looking": one
    who speaks for the described one, where the evidence never has them speak themselves."""
    head = re.escape(described.split()[-1])
    itself = re.compile(rf"\b{head}\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b|\b{_VERBS}\s+(?:the\s+)?{head}\b", re.I)
    return None if any(itself.search(text) for text in ctx.texts) else _said_by_someone_of(described, ctx)


# "Margaret Lowe's family said …": someone who speaks for a person, by what they are to them.
_FOR_SOMEONE = "family|relatives|" + "|".join(_STANDS_IN) + "|spokesman|spokeswoman|spokesperson|representative|manager"
_CLAIM_STAND_IN = re.compile(rf"^(?P<name>{NAME})['’]s\s+(?P<role>{_FOR_SOMEONE})\s+(?:has\s+|have\s+)?{_VERBS}\b")


def _stand_in_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Margaret Lowe's family said she died peacefully" against "…, her agent said on Friday, adding that she died
    peacefully": the evidence has another who speaks for the person say it, and never the claim's."""
    m = _CLAIM_STAND_IN.match(ctx.card.claim.strip())
    if m is None:
        return None
    role, surname = m.group("role").lower(), re.escape(m.group("name").split()[-1])
    theirs = re.compile(
        rf"\b(?:her|his|their|{surname}['’]s)\s+(?:[\w-]+\s+)?(?P<role>{_FOR_SOMEONE})\s+(?:has\s+|have\s+)?{_VERBS}\b"
        rf"|\b{_VERBS}\s+(?:her|his|their|{surname}['’]s)\s+(?P<role2>{_FOR_SOMEONE})\b",
        re.IGNORECASE,
    )
    if any(re.search(rf"\b{re.escape(role)}\b", text, re.IGNORECASE) for text in ctx.texts):
        return None
    said = ctx.evidence_match(theirs, lambda o: (o.group("role") or o.group("role2")).lower() != role)
    if said is None:
        return None
    return Hit(f'claim credits it to "{m.group(0)[: m.end("role")]}"; the article has "{said.group(0)}"',
               ctx.span_of(said.group(0)), ctx.home.article.id)  # fmt: skip


# "The prime minister said": one by their post, speaking.
_POST_SAYS = re.compile(rf"^(?:The\s+)?(?P<post>[a-z]+(?:\s+[a-z]+)?)\s+(?:has\s+|had\s+)?{_VERBS}\b")
_SPEAKS_FOR = "spokesman|spokeswoman|spokesperson|press secretary|lawyer|lawyers|aide|aides|adviser|agent|deputy"


def _post_for_its_spokesman(ctx: ClaimContext) -> Hit | None:
    """ "The prime minister said there were no plans" against "The prime minister's spokesman said there were 'no
    plans'": one who holds a post, credited with what the evidence has someone who speaks for them say (a body
    speaks through its spokesman; a person does not)."""
    m = _POST_SAYS.match(ctx.card.claim.strip())
    if m is None or not is_post(m.group("post").split()[-1].lower()):
        return None
    post = r"\s+".join(map(re.escape, m.group("post").split()))
    if ctx.evidence_match(re.compile(rf"\b{post}\s+(?:has\s+|had\s+)?{_VERBS}\b", re.IGNORECASE)):
        return None  # (the post holder says it too)
    said = ctx.evidence_match(re.compile(rf"\b{post}['’]s\s+(?:[a-z]+\s+)?(?:{_SPEAKS_FOR})\b", re.IGNORECASE))
    if said is None:
        return None
    return Hit(f'claim credits it to "{m.group("post")}"; the evidence has "{said.group(0)}" say it',
               ctx.span_of(said.group(0)), ctx.home.article.id)  # fmt: skip


# "according to the transport department", "the ministry said": a body, written in lower case, that the
# attribution reader (which reads names) leaves unnamed.
# People who speak as a group with no article: "election officials said", "police say" — opening their
# noun phrase, not the end of a name's ("Glenhaven election officials" is not read as a group).
_GROUP = (
    r"\b(?:[a-z]+ )?(?:officials|authorities|police|prosecutors|investigators|sources|analysts|experts|researchers"
    r"|witnesses|residents|organizers|organisers|doctors|scientists|economists|aides|diplomats|regulators|officers)"
    r"(?: (?:at|for|from|with) (?:the )?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,3})?"  # "analysts at Corvid Securities"
)
_BODY_SAYS = re.compile(
    rf"\baccording to (?P<a>(?:the|an?|two|three|several|some) [a-z][a-z'’ -]{{2,40}}?)(?=[,.;]|$)"
    rf"|(?P<b>\bthe [a-z]+(?: [a-z]+)?|(?<![\w’'] ){_GROUP})\s+{_VERBS}\b"
)


def _according_to(surname: str) -> str:
    """The pattern of "according to" a name, a few words of title between ("according to press secretary Karoline
    Leavitt"); `surname` is already escaped."""
    return rf"\baccording to\s+(?:[\w.'’-]+,?\s+){{0,4}}{surname}\b"


def _speaks_in(speaker: str, text: str) -> bool:
    """Whether `text` has the speaker speak ("Okafor said", "said Okafor", "according to Mayor Okafor"),
    not only mention them ("Despite Okafor, the council voted …, the clerk said")."""
    surname = re.escape(speaker.split()[-1].rstrip(".,;:!?"))  # "according to Helen Osei." ends the claim
    # "Okafor's office said" speaks for Okafor; "Okafor's wife said" is caught before (_STANDS_IN).
    return bool(
        re.search(
            rf"\b{surname}(?:\s?['’]s\s+[\w-]+)?(?:,[^,]{{1,60}},)?\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
            rf"|\b{_VERBS}\s+(?:[\w.-]+\s+){{0,3}}{surname}\b|{_according_to(surname)}",
            text,
            re.IGNORECASE,
        )
    )


def _said_by_a_body(ctx: ClaimContext, speaker: str, texts: list[str]) -> str | None:
    surname = last_key(speaker)
    for text in texts:
        if _speaks_in(speaker, text) or named_by_role(surname, ctx.home, [text]):
            return None  # the evidence has the claim's speaker speak, or calls them by their title
    for text in texts:
        m = _BODY_SAYS.search(text[:1].lower() + text[1:])  # "According to …" opening the sentence
        if m is not None:
            group = "a" if m.group("a") else "b"
            body = text[m.start(group) : m.end(group)].strip()  # as written: "Analysts at …" opening it
            if THE_BODY.fullmatch(body) and _the_one_named(speaker, [text]):
                return None  # "the company said" of the one company the sentence names
            if body.split()[-1] not in ("report", "reports", "statement", "study", "survey", "figures", "data"):
                return body
    return None


# "…, the customs agency said.", "according to the ministry": a body the claim credits, in lower case.
# "Israel's military", "Gaza's health ministry": a body named by whose it is.
_WHOSE_BODY = r"[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+){0,2}?(?:" + "|".join(sorted(ORGANISATION_WORDS | {"military"})) + ")"
_CLAIM_BODY_SAYS = re.compile(
    rf"(?:,\s*|^)[Tt]he (?P<a>[a-z][a-z'’ -]{{2,40}}?)\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b[.!]?\s*$"
    rf"|\b[Aa]ccording to the (?P<b>[a-z][a-z'’ -]{{2,40}}?)(?=[,.;]|$)"
    # "Israel's military said …": a body by whose it is, opening the claim
    rf"|^(?P<e>{_WHOSE_BODY})"
    rf"\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
    # "…, police said." / "…, fire officials said.": people who speak as a group, with no article
    rf"|,\s*(?P<d>{_GROUP})\s+(?:have\s+|had\s+|also\s+)?{_VERBS}\b[.!]?\s*$"
    # "The health ministry said …": a body, by a word that names one, opening the claim
    rf"|^[Tt]he (?P<c>(?:[A-Za-z][a-z'’-]+\s+){{0,3}}(?i:{'|'.join(sorted(ORGANISATION_WORDS))}))"
    rf"\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
)
# Who else the evidence says said it: "according to two people familiar with them", "the clerk said",
# "a spokeswoman for the council said".
_EVIDENCE_SAYS = re.compile(
    rf"\b[Aa]ccording to (?P<a>[^,.;]{{3,60}})|(?P<b>\b(?:(?:[Aa]n?|[Tt]he) [a-z]+ (?:for|of|at|from) )?"
    rf"(?:[Tt]he|[Tt]wo|[Tt]hree|[Ss]ome|[Oo]ne) [a-z][a-z'’ -]{{2,40}}?|{_GROUP}"
    # "Gaza's health ministry said": a body by whose it is
    rf"|\b{_WHOSE_BODY}"
    # "the developer, Nimbus Park, says": a body by what it is, then its name
    rf"|\b(?:[Tt]he|[Ii]ts) [a-z]+,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}(?=,))"
    rf",?\s+{_VERBS}\b"
)  # (a person named, or "he", may speak for the body: "Mr Bishop said" for "the forestry industry")


def _credited_body(ctx: ClaimContext) -> str | None:
    if ctx.verbatim:
        return None  # the claim is the evidence's own words, its attribution too
    m = _CLAIM_BODY_SAYS.search(ctx.card.claim.strip())
    if m is None:
        return None
    if m.group("e"):
        return m.group("e")
    if m.group("d"):
        # "officials said" fits whichever official body the article credits: police, a ministry, a fire service
        return None if m.group("d") in _ANY_OFFICIAL else m.group("d")
    return ("the " + (m.group("a") or m.group("b") or m.group("c"))).strip()


_ANY_OFFICIAL = frozenset({"officials", "authorities"})


# "…, National Highways said.": a name of two or more words closing the sentence as its source.
_NAME_SAID_LAST = re.compile(rf",\s+(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{1,3}})\s+{_VERBS}\s*[.!]?\s*$")


def _said_by_someone_else(ctx: ClaimContext, body: str) -> str | None:
    """Whom the evidence credits instead of the body the claim credits (`None` when the evidence
    credits that body, by its last word in any form, or credits no one)."""
    last = body.split()[-1].lower()
    # The evidence has the body say it, however it capitalizes it: "The Health Ministry said …, according to
    # state media" is the ministry's.
    says = _body_says(body)
    if any(says.search(text) for text in ctx.texts):
        return None
    head = lemmas(last) | same_role(last)  # "the spokesman" is the evidence's "a spokeswoman"
    credited = [(m.group("a") or m.group("b")).strip() for text in ctx.texts for m in _EVIDENCE_SAYS.finditer(text)]
    # ("The company said" is what "The firm said" tells)
    if any(lemmas(w.lower) & head or one_meaning(w.lower, last) for c in credited for w in words(c)):
        return None
    # "according to the hospital" against "the hospital offered 5%, according to the union"
    if credited:
        return credited[0]
    # A body by its name, where the evidence never names the claim's ("…, National Highways said" against "The council
    # said"); not a person, who may speak for it.
    if any(re.search(rf"\b{re.escape(last)}", text, re.IGNORECASE) for text in ctx.texts):
        return None
    named = ctx.evidence_match(
        _NAME_SAID_LAST, lambda m: entity_type(m.group("who")) != "person" and not sex_of_first_name(m.group("who"))
    )
    return named.group("who") if named else None


def _body_says(body: str) -> re.Pattern[str]:
    """The body saying something, however it is capitalized ("The Health Ministry said" for "the health ministry")."""
    named = r"\s+".join(re.escape(w) for w in body.split() if w.lower() != "the")
    # (past an aside of what it is or did: "The trust, which brought the case, said")
    aside = r"(?:\s*,\s+(?:which|who)\s+[^,;.]{1,80},)?"
    return re.compile(rf"\b{named}{aside}\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b", re.IGNORECASE)


def _body_speaks_apart(ctx: ClaimContext, body: str) -> str | None:
    """ "The island council said the route would cut journey times" against "Chief executive Tom Weir said the route
    would cut journey times …", in an article where "The island council said it was concerned about fares": the
    person the article has say it speaks for another, since the article gives the body its own words elsewhere."""
    says = _body_says(body)
    if any(says.search(text) for text in ctx.texts):
        return None
    home = ctx.home
    told = {sentence.index for doc, sentence in ctx.window if doc is home}
    if not any(says.search(home.sentence_text(s)) for s in home.sentences if s.index not in told):
        return None
    speakers = [s for s in attributed(ctx) if s[:1].isupper() and " " in s]
    last = body.split()[-1].lower()
    if not speakers or any(last in s.lower() for s in speakers):
        return None
    return speakers[0]


# "Governor Alan Pike did not comment": whoever the evidence says kept silent said nothing the claim can credit.
# ("The council leader, Mary Finch, declined to comment": the one the claim may call by her office)
_SILENT = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+(?P<desc>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*),\s+)?"
    rf"(?P<who>{NAME})(?:,[^,]{{1,80}},|,)?\s+(?P<silence>(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|could\s+not\s+be"
    r"\s+reached\s+for|was\s+not\s+available\s+for|did\s+not\s+respond\s+to\s+(?:a\s+)?requests?\s+for|had\s+no)\s+comment)"
)
# What a claim has someone say in other words than "said": "criticised the ruling", "welcomed the deal".
_SPEAKING = frozenset(
    "criticise criticize praise welcome condemn denounce slam applaud defend attack blame thank urge vow pledge "
    "promise warn insist argue call describe dismiss comment respond reply announce".split()
)


def _kept_silent(ctx: ClaimContext) -> tuple[str, str] | None:
    """Whom the claim has speak where the evidence says they did not comment ("Governor Alan Pike criticised
    the ruling" against "Governor Alan Pike … did not comment"), and how the evidence says so."""
    if not any("comment" in text for text in ctx.texts):
        return None  # most cards: one substring search
    if ctx.claim.negations or re.search(r"\b(?:declin|refus)\w*\s+to\b|\bno comment\b", ctx.card.claim, re.I):
        return None
    speaking_verbs = _SPEAKING | lexicon().reporting
    speaking = [w for w in ctx.claim_words if not w.capitalized and lemmas(w.lower) & speaking_verbs]
    if not speaking:
        return None
    claim_keys = {key(part) for part in re.findall(NAME, ctx.card.claim) for part in part.split()}
    subject = ctx.card.claim[: speaking[0].start].lower()
    m = ctx.evidence_match(
        _SILENT,
        lambda m: (
            last_key(m.group("who")) in claim_keys
            or bool(m.group("desc") and re.search(rf"\b{re.escape(m.group('desc'))}\b", subject))
        ),
    )
    if m is None:
        return None
    # ("the council leader, Mary Finch": as the evidence describes her, when the claim calls her so)
    who = m.group("who") if last_key(m.group("who")) in claim_keys else m.group(0)[: m.start("silence") - m.start()]
    return who.strip(" ,"), m.group("silence")


@register("FC401", "speaker-mismatch", UNSUPPORTED, "the claim credits words to someone the article does not")
def speaker_mismatch(ctx: ClaimContext) -> Iterator[Hit]:
    if silent := _kept_silent(ctx):
        who, silence = silent
        yield Hit(f'claim has "{who}" speak; the evidence says they "{silence}"', ctx.span_of(silence),
                  ctx.home.article.id)  # fmt: skip
        return
    if stand_in := _stand_in_swapped(ctx) or _post_for_its_spokesman(ctx):
        yield stand_in
        return
    if (figure := _figure_source(ctx)) is not None:
        if isinstance(figure, Hit):
            yield figure
        return  # the evidence has the claim's source give the claim's figure
    if group := _group_made_sayer(ctx):
        mine, theirs = group
        yield Hit(f'claim credits it to "{mine}"; the evidence has "{theirs}" say it', ctx.span_of(theirs),
                  ctx.home.article.id)  # fmt: skip
        return
    if own := _pronoun_for_their_own(ctx):
        mine, theirs = own
        yield Hit(f'claim credits it to "{mine}"; the evidence has "{theirs}" say it', ctx.span_of(theirs),
                  ctx.home.article.id)  # fmt: skip
        return
    speaker = claimed_speaker(ctx)
    described = None if speaker else _described_speaker(ctx)
    if (who := speaker or described) and (against := _said_despite_them(ctx, who)):
        yield Hit(f'claim credits it to "{who}"; the evidence has it only as "{against}", which "{who}" acted despite',
                  ctx.span_of(against), ctx.home.article.id)  # fmt: skip
        return
    if described and (stand_in := _spoken_for(ctx, described)):
        yield Hit(f'claim credits it to "{described}"; the article has their {stand_in} say it',
                  ctx.span_of(stand_in), ctx.home.article.id)  # fmt: skip
        return
    if described and _claims_theirs(described, ctx):
        return
    if described and (_clause_speaker(ctx, described) or "").lower() == described.lower():
        return  # ("…, while the finance minister called it 'fair and responsible'": the clause of the claim's one)
    if described and (other := _another_says_it(ctx, described)):
        yield Hit(f'claim credits it to "{described}"; the article has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if described and (other := _said_by_a_group(ctx, described)):
        yield Hit(f'claim credits it to "{described}"; the evidence has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if described and (other := _relative_sayer(ctx, described)):
        yield Hit(f'claim credits it to "{described}"; the article has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if described and (other := _described_by_another_kind(ctx, described)):
        yield Hit(f'claim credits it to "{described}"; the article has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if described and (
        other := _described_not_there(ctx, described)
        or _described_as_another(ctx, described)
        or said_by_another_here(ctx, described)
    ):
        yield Hit(f'claim credits it to "{described}"; the article has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if (
        described
        and _only_done_to(described.split()[-1].lower(), ctx.texts)
        and (other := _opener_saying(ctx, described))
    ):
        # "The council said the town needs more housing" against "Planning inspectors have overturned the council's
        # refusal …, saying the town badly needs more housing": the one the deed was done to, not the one saying
        yield Hit(f'claim credits it to "{described}"; the evidence has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if described and (person := _a_person_quoted(ctx, described) or _quote_of_another_party(ctx, described)):
        yield Hit(f'claim credits the quote to "{described}"; the evidence has "{person}" say it', ctx.span_of(person),
                  ctx.home.article.id)  # fmt: skip
        return
    if described and (other := _the_one_saying(ctx, described)):
        # "Residents said traces of E. coli were found" against "Residents … have been told to boil their tap water
        # after traces of E. coli were found …, United Utilities said": the ones told, not the one telling
        yield Hit(f'claim credits it to "{described}"; the article has "{other}" say it', ctx.span_of(other),
                  ctx.home.article.id)  # fmt: skip
        return
    if not speaker:
        # "…, the customs agency said" against "…, according to two people familiar with them"
        body = _credited_body(ctx)
        if body and not _said_while_doing(body, ctx) and (other := _said_by_someone_else(ctx, body)):
            yield Hit(f'claim credits it to "{body}"; the article attributes it to "{other}"', ctx.span_of(other),
                      ctx.home.article.id)  # fmt: skip
        elif body and (other := _body_speaks_apart(ctx, body)):
            yield Hit(f'claim credits it to "{body}"; the article attributes it to "{other}", and has "{body}" '
                      f"say other things", ctx.span_of(other), ctx.home.article.id)  # fmt: skip
        return
    if _said_while_doing(speaker, ctx):
        return  # "The council has refused …, saying it would harm views …, but the developer says …"
    if _claims_theirs(speaker, ctx):
        return
    said_by, texts = _said_by_whoever_says_it(ctx, speaker)
    if not said_by and (opener := _opener_saying(ctx, speaker)):
        # "Councillors said the budget would leave a £12m hole" against "The city's mayor, Ruth Ames, has vetoed the
        # budget passed by councillors, saying it would leave a £12m hole"
        yield Hit(f'claim credits it to "{speaker}"; the evidence has "{opener}" say it', ctx.span_of(opener),
                  ctx.home.article.id)  # fmt: skip
        return
    if not said_by:
        # No one the article names says it: their wife may, or a body ("according to the transport department").
        if stand_in := _said_by_someone_of(speaker, ctx):
            yield Hit(
                f'claim credits it to "{speaker}"; the article has their {stand_in} say it',
                ctx.span_of(stand_in),
                ctx.home.article.id,
            )
        elif body := _said_by_a_body(ctx, speaker, texts):
            yield Hit(
                f'claim credits it to "{speaker}"; the article attributes it to "{body}"',
                ctx.span_of(body),
                ctx.home.article.id,
            )
        elif kind := _said_by_a_kind(ctx, speaker) or said_by_another_here(ctx, speaker):
            yield Hit(f'claim credits it to "{speaker}"; the article has "{kind}" say it', ctx.span_of(kind),
                      ctx.home.article.id)  # fmt: skip
        return
    if _tells_its_own_finding(ctx, speaker):
        return  # "Ofsted has rated … after inspectors found …; the head teacher, Carl Dent, said …" is Ofsted's
    if (other := _clause_speaker(ctx, speaker)) is not None:
        # "…; the company said deliveries would not be affected" is the one company the sentence names
        body = THE_BODY.fullmatch(f"the {other}") and _the_one_named(speaker, ctx.texts)
        # ("Opposition MPs warned" opening the claim against "… but opposition MPs warned": the one clause speaker,
        # with what describes them, only capitalised to open the claim)
        described = speaker.lower().endswith(f" {other.lower()}") and any(
            re.search(rf"\b{re.escape(speaker)}\b", text, re.IGNORECASE) for text in ctx.texts
        )
        if (
            not same_person(speaker, other)
            and not body
            and not described
            and not _one_meaning_of_people(speaker, other)
        ):
            yield Hit(f'claim credits it to "{speaker}"; the article has "{other}" say it', ctx.span_of(other),
                      ctx.home.article.id)  # fmt: skip
        return  # the clause that tells it is theirs, whoever else the sentence has speak
    if any(same_person(speaker, s) for s in said_by) or _owner_of_speaker(speaker, said_by, ctx.texts):
        return
    if _one_of_them(speaker, said_by):
        return  # "Tenants said …" against "Tenant Maria Lopez said …": she is one of them
    if any(_one_meaning_of_people(speaker, s) for s in said_by):
        return  # "Shopkeepers said …" against "Traders said …": the curated table's word for the same people
    # "the ONS said" where the article's "the Office for National Statistics said" was read to its last words
    if (full := spelled_out(speaker, ctx.texts)) and any(full.endswith(s) for s in said_by):
        return
    # "The company said …" is the body the article's lead opens on ("Lumora unveiled …").
    if any(THE_BODY.fullmatch(s.strip()) for s in said_by) and (
        lead_opens_on(last_key(speaker), ctx.home) or _the_one_named(speaker, ctx.texts)
    ):
        return
    # The evidence has the claim's speaker say it too: "The White House said … to discuss trade, according to
    # press secretary Karoline Leavitt" is Leavitt's as well as the White House's.
    # (Only "according to" them in the body's own sentence: "Police say …" then "Zion Police chief Steve Dumyahn
    # said …" is two sayings.)
    speaks = any(_speaks_in(speaker, text) for text in ctx.texts)
    named = [s for s in said_by if s[:1].isupper()]
    according = re.compile(_according_to(re.escape(speaker.split()[-1])), re.IGNORECASE)
    if (
        named
        and all(entity_type(s) == "organisation" for s in named)
        and any(according.search(text) and all(s in text for s in named) for text in ctx.texts)
    ):
        return
    # "Officers said" and "Detectives said" are the police speaking.
    if last_key(speaker) == "police" and all(_police_voice(s) for s in said_by):
        return
    # "the city said" names no one: it contradicts a named speaker only one the evidence does not have
    # speak ("Okafor's plan will cost $4m, the transport department said" is the department's).
    if named or not speaks:
        other = (named or said_by)[0]
        yield Hit(
            f'claim credits it to "{speaker}"; the article attributes it to "{other}"',
            ctx.span_of(other.split()[-1]),
            ctx.home.article.id,
        )


def _bare_words(said: str) -> list[str]:
    return [w.lower for w in words(said) if w.lower not in ("the", "a", "an", "some", "local", "her", "his", "their")]


# Words that name a body of people by the work they do together ("rescue teams", "fire crews", "search workers").
_CREWS = frozenset("team teams crew crews workers staff volunteers".split())


def _one_meaning_of_people(speaker: str, other: str) -> bool:
    """Whether two speakers told by a common noun ("Shopkeepers", "Traders") are one kind of people by the curated
    table's paraphrases."""
    mine, theirs = _bare_words(speaker), _bare_words(other)
    if len(mine) == 2 and len(theirs) == 1:
        mine, theirs = theirs, mine
    if len(mine) == 1 and len(theirs) == 2 and theirs[1] in _CREWS:
        # ("Rescue teams said" against "Rescuers said": those who do the work the team is named for)
        return "NOUN" in forms_by_class(mine[0]) and akin(mine[0], theirs[0])
    if len(mine) != 1 or len(theirs) != 1:
        return False  # ("Trading standards officers" are not the police, whom "officers" alone may be)
    if not ("NOUN" in forms_by_class(mine[0]) and "NOUN" in forms_by_class(theirs[0])):
        return False
    if {*lemmas(mine[0]), *lemmas(theirs[0])} >= {"author"} and ({*lemmas(mine[0]), *lemmas(theirs[0])} & _STUDYING):
        return True  # ("The authors said" of a study: its researchers)
    return one_meaning(mine[0], theirs[0])


# Those who carry out a study, whose report's authors they are.
_STUDYING = frozenset({"researcher", "scientist"})


# ", saying it would harm views of the cathedral": what the sentence's opener said while doing the deed, up to the
# clause that turns to another ("…, but the developer says …").
_SAYING = re.compile(r",\s+(?:saying|adding|arguing|warning|claiming|describing|calling)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s+(?:but|while|whereas|although|though)\b|;")


def _said_while_doing(speaker: str, ctx: ClaimContext) -> bool:
    """The speaker opens the sentence whose ", saying …" tells what the claim has them say, while they did something
    else: the claim's words are the saying's more than the rest of the sentence's."""
    name = speaker.split()[-1].lower()
    wanted = [frozenset({f}) for w in content_words(ctx.claim_words) for f in lemmas(w.lower) if f != name]
    for text in ctx.texts:
        m = _SAYING.search(text)
        if m is None:
            continue
        opening = text[: m.start()].lower()
        at = opening.find(name)
        if not 0 <= at < 40 or re.search(r"\b(?:said|says|told)\b", opening) or _done_to_first(text[:at]):
            continue
        end = _CLAUSE_END.search(text, m.end())
        saying, rest = text[m.end() : end.start() if end else len(text)], text[end.start() :] if end else ""
        if told(wanted, saying) > told(wanted, rest):
            return True
    return False


def _claims_theirs(speaker: str, ctx: ClaimContext) -> bool:
    """ "The opposition claimed …" against "The minister denied claims by the opposition that …": the claims the
    evidence tells of are the speaker's, whoever answers them."""
    return any(last_key(who) == last_key(speaker) for text in ctx.texts for who in claimed_by(text))


# "The city's mayor, Ruth Ames, has vetoed the budget …, saying …": the subject the sentence opens on, up to its deed.
_OPENER_THEN_SAYING = re.compile(
    r"^\W*(?P<who>[^;:\"“”]{3,60}?),?\s+(?:has\s+|have\s+|had\s+)?"
    # (a past deed, however it is spelt: "vetoed the budget", "lost his title")
    r"(?P<deed>[a-z]{3,}ed|lost|won|beat|left|made|took|gave|held|fell|led|struck|sold|bought|paid|kept|quit|hit|set)"
    # (then ", saying …", or "…, and said he would seek a rematch": the opener's own words after its deed)
    r"\b(?P<rest>[^;:\"“”]{0,100}?)" + rf"(?:{_SAYING.pattern}|,?\s+and\s+(?:said|says|added|warned)\b)"
)


_ANOTHER_CLAUSE = re.compile(r"\b(?:after|before|when|because|as|while|since|until)\b")


def _opener_saying(ctx: ClaimContext, speaker: str) -> str | None:
    """The one a sentence opens on, where its ", saying …" tells what the claim credits to someone the sentence has
    only in the deed's words."""
    name = last_key(speaker)
    wanted = [frozenset(lemmas(w.lower)) for w in content_words(ctx.claim_words) if key(w.text) != name]
    for text in ctx.texts:
        m = _OPENER_THEN_SAYING.match(text)
        if m is None or name in {key(w) for w in m.group("who").split()}:
            continue
        if name not in {key(w) for w in m.group("rest").split()}:
            continue  # the claim's speaker is not the one the deed was done to, or with
        if _ANOTHER_CLAUSE.search(m.group("rest")):
            continue  # ("shares fell 18% after regulators rejected …, saying": the saying is the regulators')
        saying = text[m.end() :]
        if told(wanted, saying) >= 2 and told(wanted, saying) > told(wanted, m.group("rest")):
            return m.group("who").strip(" ,")
    return None


# "approved the plans despite objections that the area lacks school places": what others said, which the sentence's
# doer went against.
_DESPITE_SAYING = re.compile(
    r"\bdespite\s+(?:the\s+|their\s+|local\s+|strong\s+|repeated\s+)?(?P<saying>objections|concerns|fears|warnings"
    r"|complaints|protests|criticism|opposition|claims)(?:\s+from\s+[^,;]+?)?\s+that\s+(?P<what>[^;]+)",
    re.IGNORECASE,
)


def _said_despite_them(ctx: ClaimContext, who: str) -> str | None:
    """The saying the evidence tells only as others' ("despite objections that …"), where the claim credits what it
    says to the one the sentence has act despite it."""
    head = who.split()[-1].lower()
    wanted = [frozenset(lemmas(w.lower)) for w in content_words(ctx.claim_words) if w.lower != head]
    wanted = [w for w in wanted if not w & lexicon().reporting]
    for text in ctx.texts:
        for m in _DESPITE_SAYING.finditer(text):
            if not re.search(rf"\b{re.escape(head)}\b", text[: m.start()], re.IGNORECASE):
                continue
            if wanted and told(wanted, m.group("what")) >= max(2, len(wanted) - 1):
                return f"{m.group('saying')} that"
    return None


# What a claim quotes: the words between its quotation marks.
_QUOTED = re.compile(r"[\"“](?P<said>[^\"“”]{8,})[\"”]")
# "“…,” she said": a quotation a person told by a pronoun says.
_PRONOUN_AFTER_QUOTE = re.compile(rf"[,.!?]?[\"”]\s+(?P<who>he|she)\s+(?:also\s+)?{_VERBS}\b")


def _a_person_quoted(ctx: ClaimContext, described: str) -> str | None:
    """ "“We have tried everything,” the council said" against "“We have tried everything,” she said": a body has no
    "she"; the quotation is a person's."""
    if described.split()[-1].lower() not in BODY_NOUNS:
        return None
    for quoted in _QUOTED.finditer(ctx.card.claim):
        said = quoted.group("said").strip(" ,.").lower()
        for text in ctx.texts:
            at = text.lower().find(said)
            if at < 0:
                continue
            if m := _PRONOUN_AFTER_QUOTE.match(text, at + len(said)):
                return m.group("who")
    return None


def _quote_of_another_party(ctx: ClaimContext, described: str) -> str | None:
    """ "“We have no choice,” a business leader said" against "Business groups warned … “We have no choice,” she said"
    (she, the transport chief Priya Shah): a quotation the article gives a named one, credited by a description whose
    words are another speaker's there."""
    mine = {form for w in words(described) if is_content(w.lower) for form in lemmas(w.lower)}
    quotes = list(_QUOTED.finditer(ctx.card.claim))
    speakers = [(attributions(doc).speaker_of(sentence), text) for (doc, sentence), text in
                zip(ctx.window, ctx.texts, strict=True)] if quotes else []  # fmt: skip
    for quoted in quotes:
        said = quoted.group("said").strip(" ,.").lower()
        named = [who for who, text in speakers if who and said in text.lower() and who[:1].isupper()]
        if len(named) != 1 or not plausible_speaker(named[0]) or mine & {w.lower() for w in named[0].split()}:
            continue
        others = {
            form for who, _ in speakers if who and who != named[0] for w in words(who) for form in lemmas(w.lower)
        }
        if mine & others:
            return named[0]
    return None


def _the_one_saying(ctx: ClaimContext, described: str) -> str | None:
    """The one speaker the evidence has say it, where the claim has the described one say it and the evidence has them
    only as the ones a passive deed befell."""
    head = described.split()[-1].lower()
    if not re.search(rf"\b{re.escape(described)}(?:{_SAYING_NEXT.pattern}|\s+say\b)", ctx.card.claim, re.IGNORECASE):
        return None  # (the claim's own saying, right after them; "Fishermen say …" too)
    found = _mentions(head, ctx.texts)
    # (the ones a passive deed befell, or ones told of only after a word like "of" or "to": "judged by a panel of
    # chefs", "would listen to residents")
    if not found or not all(
        _told_something(m.string, m.end()) or _DONE_TO_BY.search(m.string, 0, m.start()) for m in found
    ):
        return None
    said_by, telling = _said_by_whoever_says_it(ctx, described)
    if not said_by and len(telling) == 1 and (pronoun := _other_pronoun_says(telling[0], head)):
        return pronoun
    if (
        len(said_by) == 1
        and head not in said_by[0].lower().split()
        and plausible_speaker(re.sub(r"^The\s+(?=[a-z])", "", said_by[0]))
    ):
        return said_by[0]
    return None


# "She said she would use the prize money …": a sentence opened by a pronoun saying it.
_PRONOUN_SAYS = re.compile(rf"^\s*(?P<who>He|She|They)\s+(?:has\s+|have\s+|had\s+|also\s+)?{_VERBS}\b")


def _other_pronoun_says(sentence: str, head: str) -> str | None:
    """The pronoun that opens `sentence` saying it, where its number is not the described one's: "She said" is no
    panel of "chefs", "They said" no one "boy" (and "They said" may well be the chefs)."""
    m = _PRONOUN_SAYS.match(sentence)
    if m is None:
        return None
    many = head.endswith("s") and bool(lemmas(head) - {head})
    return m.group("who") if (m.group("who") == "They") != many else None


def _done_to_first(opening: str) -> bool:
    """Whether a deed comes before a name in the sentence's opening ("Judge Cole jailed Nathan Crowe …, describing him"):
    the name is the one it was done to, and the saying after the comma is the opener's."""
    return any(inflected_from(w, "VBD") or inflected_from(w, "VBZ") for w in re.findall(r"\b[a-z]+\b", opening))


def _one_of_them(speaker: str, said_by: list[str]) -> bool:
    """The claim's speaker is a group ("Tenants") the article's speaker is titled as one of ("Tenant Maria Lopez")."""
    group = speaker.split()[-1].lower()
    if len(speaker.split()) > 2 or not group.endswith("s") or "NOUN" not in forms_by_class(group):
        return False
    if len(speaker.split()) == 2 and all(w[:1].isupper() for w in speaker.split()):
        return False  # "Hartwell Foods" is a name, no group of foods
    forms = lemmas(group) - {group}
    return bool(forms) and any(w.lower() in forms for s in said_by for w in s.split()[:-1])


# "Supermarkets said …", "The farmers say …": a group the claim has speak, named by what its people are.
# ("Parents reported that some pupils …": what was reported, told as a clause, is said too)
_GROUP_SAYS = re.compile(
    r"^(?:The\s+(?=[^\W\d_A-Z])|(?=[A-Z]))(?P<group>[^\W\d_][^\W\d_A-Z]{2,}s)\s+(?:have\s+|had\s+|also\s+)?"
    r"(?:said|say|told|warned|claimed|insisted|(?:reported|complained)\s+that)\b"
)
# "… after dairy farmers said they were paid less": a group the evidence has speak.
_GROUP_SAID = re.compile(
    r"\b(?P<group>(?:[^\W\d_A-Z][\w-]*\s+){0,2}?[^\W\d_A-Z]{3,}s)\s+(?:have\s+|had\s+|also\s+)?"
    r"(?:said|say|told|warned|claimed|insisted|(?:reported|complained)\s+that)\b"
)
_NOT_A_GROUP = frozenset("this that these those it its they them who which there here has was is as".split())


def _past_function_words(found: list[str]) -> list[str]:
    """ "after dairy farmers" -> "dairy farmers", "drinks after teachers" -> "teachers": the words past the last function
    word."""
    last = max((i for i, w in enumerate(found[:-1]) if not is_content(w.lower())), default=-1)
    return found[last + 1 :]


_OWNER_OF = {"he": "his", "she": "her", "they": "their"}


def _pronoun_for_their_own(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "She said her instructor had been calm" against "Her instructor said she had been calm": the sentence that
    tells what the claim says has one of the pronoun's own ("her instructor") say it, and never the pronoun's one, who
    is no one's own instructor."""
    if ctx.verbatim or ctx.card.speaker or (m := _PRONOUN_SAYS.match(ctx.card.claim)) is None:
        return None
    best = _telling_sentence(ctx) if len(ctx.texts) > 1 else 0
    if best is None:
        return None
    text = ctx.texts[best]
    pronoun = m.group("who").lower()
    theirs = re.search(
        rf"\b{_OWNER_OF[pronoun]}\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+(?=\s+(?:has\s+|had\s+)?(?:said|says|told|added)\b)",
        text,
        re.IGNORECASE,
    )
    if theirs is None or re.search(rf"\b{pronoun}\s+(?:has\s+|had\s+)?(?:said|says|told|added)\b", text, re.I):
        return None
    return m.group("who"), theirs.group(0)


def _group_made_sayer(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Supermarkets said they were being paid less" against "Milk prices in supermarkets will rise … after dairy
    farmers said they were being paid less": the claim has a group the evidence mentions speak, where the evidence
    has another group say it. (A group the evidence never writes may be the sayer told otherwise: "locals".)"""
    if ctx.verbatim or ctx.card.speaker:
        return None
    m = _GROUP_SAYS.match(ctx.card.claim.strip())
    if m is None or "NOUN" not in forms_by_class(m.group("group").lower()):
        return None
    mine = m.group("group").lower()
    group = lemmas(mine) | {mine}
    for text in ctx.texts:
        said = [g for g in _GROUP_SAID.finditer(text) if g.group("group").split()[-1] not in _NOT_A_GROUP]
        if not said:
            continue
        theirs = " ".join(_past_function_words(said[0].group("group").split()))
        if any(lemmas(w.lower) & group for w in words(theirs)):
            return None
        if all(not (lemmas(w.lower) & group) for g in said for w in words(g.group("group"))) and (
            any(lemmas(w.lower) & group for w in words(text)) or _another_kind_elsewhere(ctx, mine, group, theirs)
        ):
            return m.group("group"), theirs
    return None


def _another_kind_elsewhere(ctx: ClaimContext, mine: str, group: frozenset[str], theirs: str) -> bool:
    """ "Parents reported that …" against "after teachers reported that … The head teacher said most parents had
    welcomed the ban": the claim's group, written in another sentence of the evidence and saying nothing there, and the
    evidence's sayers of another of the lexicon's kinds ("researchers" may be the "scientists" told before)."""
    head = theirs.split()[-1].lower()
    if not kinds_of(head) or kinds_of(head) & kinds_of(mine) or one_meaning(head, mine) or akin(head, mine):
        return False
    if not any(lemmas(w.lower) & group for w in ctx.evidence_words):
        return False
    return not any(
        lemmas(w.lower) & group
        for text in ctx.texts
        for g in (*_GROUP_SAID.finditer(text), *filter(None, [_GROUP_SAYS.match(text.strip())]))
        for w in words(g.group("group"))
    )


def _member_of(members: str, body: str) -> bool:
    """ "councillors" of "council": one plural word for the body's members, grown from the body's own."""
    return members.isalpha() and members.endswith("s") and len(members) > len(body) and akin(body, members)


# ", who has Down's syndrome,": a clause describing one, between them and their saying.
_WHO_CLAUSE = r"(?:,\s+who\s+[^,;.]{1,60},)?"
# "A Transline spokeswoman said …", "…, a union official said": someone the claim describes and does not name.
_CLAIM_DESCRIBED_SAYS = re.compile(
    # ("The daughter, who has Down's syndrome, said …": past a clause that describes them)
    rf"^(?:An?|The|Its|Their|His|Her)\s+(?P<a>(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]+)(?:\s+for\s+(?:the\s+)?{NAME})?"
    rf"{_WHO_CLAUSE}"
    # ("The prime minister announced the delay": the one who made it known, by a post)
    rf"\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS}|calls|called|say|(?P<made_known>announced|announces|revealed|reveals))\b"
    rf"|,['’\"”]?\s*(?:an?|the)\s+(?P<b>(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]+)\s+{_VERBS}\b[.!]?\s*$"  # (past a quote)
    # ("Local crews said …": a kind of people, described, with no article)
    # ("Doctors' leaders said …": whose they are, a plural, before them; not one's, "Vantor's boss")
    # ("Doctors' leaders have announced that …": a saying, where "announced a plan" is a deed)
    rf"|^(?P<c>(?!(?:The|An?|Its|Their|His|Her)\s)[A-Z][a-z]+(?:(?<=s)['’])?\s+[a-z]{{3,}}s)\s+(?:have\s+|had\s+|also\s+)?"
    rf"(?:{_VERBS}|say|{_SAYS_THAT})\b"
    # ("Fishermen say …", "Officials said …": a kind of people by one plural noun)
    rf"|^(?P<e>[A-Z][a-z]{{3,}}(?:s|men|people))\s+(?:have\s+|had\s+|also\s+)?(?:{_VERBS}|say|{_SAYS_THAT})\b"
    # ("Martin Doyle's family said …": one who speaks for the one named)
    rf"|^{NAME}['’]s\s+(?P<d>{_FOR_SOMEONE})\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:{_VERBS}|say)\b"
)


def _said_by_a_kind(ctx: ClaimContext, speaker: str) -> str | None:
    """ "Varnia said grain prices jumped 7%" against "Grain prices jumped 7% … after Varnia suspended exports, …,
    traders said": a kind of people the evidence has say it (by a plural noun), where the claim's named speaker says
    nothing there."""
    if any(_speaks_in(speaker, text) for text in ctx.texts):
        return None
    kinds = {who for text in ctx.texts if (who := _speaker_in(text)) and who.islower() and who.endswith("s")}
    if len(kinds) != 1:
        return None
    kind = next(iter(kinds))
    if kinds_of(speaker.split()[-1].lower()) & kinds_of(kind):
        return None  # ("Scientists said" for "the researchers said": one kind of people under another name)
    # ("… the Met Office and energy companies said": both say it)
    joined = re.compile(rf"\b{re.escape(speaker.split()[-1])}\s+and\s+{re.escape(kind)}\b", re.IGNORECASE)
    return None if any(joined.search(text) for text in ctx.texts) else kind


def _described_speaker(ctx: ClaimContext) -> str | None:
    m = _CLAIM_DESCRIBED_SAYS.search(ctx.card.claim.strip())
    if m and m.group("e"):
        kind = m.group("e").lower()  # (a noun, not a surname: "Reynolds said" names him)
        return m.group("e") if "NOUN" in forms_by_class(kind) and not sex_of_first_name(m.group("e")) else None
    if m and m.group("made_known") and not is_post(m.group("a").split()[-1].lower()):
        return None  # ("The bank announced a buyback": a deed of the one the evidence names, "HSBank … announced")
    return (m.group("a") or m.group("b") or m.group("c") or m.group("d")) if m else None


# "…, which scientists say has already helped cod recover", "where residents say …": a kind of people who say what
# follows, inside a clause of a sentence about something else.
_RELATIVE_SAYER = re.compile(
    r"(?:,\s+|\b)(?:which|where|who|that|as)\s+(?P<who>(?:[a-z]{3,}\s+)?[a-z]{3,}(?:s|men|people))\s+"
    r"(?:say|said|believe|believed|warn|warned|fear|feared)\b"
    # (or one body, by "the" and a noun: "which the health trust says cannot be staffed safely")
    r"|(?:,\s+|\b)(?:which|where|that|as)\s+the\s+(?P<body>(?:[a-z]{3,}\s+)?[a-z]{3,})\s+(?:says|said|believes|warns)\b"
)


def _relative_sayer(ctx: ClaimContext, described: str) -> str | None:
    """ "Fishermen say the ban has helped cod numbers recover" against "Fishermen … have welcomed a ban …, which
    scientists say has already helped cod numbers recover": the kind of people the evidence has say what the claim
    tells, in a clause of its own, where the claim credits it to another kind the evidence has do something else."""
    heads = lemmas(described.split()[-1].lower()) | {described.split()[-1].lower()}
    # (the words that describe the speaker say who, not what: "Cycling campaigners say …")
    describing = {form for w in words(described) for form in lemmas(w.lower)}
    wanted = [
        frozenset(lemmas(w.lower))
        for w in content_words(ctx.claim_words)
        if not lemmas(w.lower) & (heads | describing | lexicon().reporting)
    ]
    if len(wanted) < 2:
        return None
    for text in ctx.texts:
        for m in _RELATIVE_SAYER.finditer(text):
            who = m.group("who") or m.group("body")
            theirs = lemmas(who.split()[-1]) | {who.split()[-1]}
            if theirs & heads or paraphrase_groups(frozenset(theirs)) & paraphrase_groups(frozenset(heads)):
                return None
            if "NOUN" not in forms_by_class(who.split()[-1]) or same_role(who.split()[-1]) & heads:
                continue
            # (what follows, and the thing "which" stands for, by the two words before it: "its fire station, which the
            # fire service says …")
            stands_for = [w.start for w in words(text[: m.start()])][-2:]
            cut = stands_for[0] if stands_for else 0
            after, before = text[cut : m.start()] + text[m.end() :], text[:cut]
            if told(wanted, after) >= max(2, told(wanted, before) + 1) and told(wanted, after) * 3 >= len(wanted) * 2:
                return who
    return None


# "let down by the council", "a letter to the council": the described one as what the words are about, not who says them
_DONE_TO_BY = re.compile(
    r"\b(?:by|to|against|from|with|at|of|on)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE
)


def _mentions(head: str, texts: list[str]) -> list[re.Match[str]]:
    """Each place the texts write `head` as a word of its own, in any case."""
    return [m for text in texts for m in re.finditer(rf"\b{re.escape(head)}\b", text, re.IGNORECASE)]


def _only_done_to(head: str, texts: list[str]) -> bool:
    """Whether the evidence names the described one, and never as one speaking: only after a preposition ("let
    down by the council"), or with no word of saying beside it ("but its authors stood by their findings")."""
    found = _mentions(head, texts)
    return bool(found) and all(
        _DONE_TO_BY.search(m.string, 0, m.start())
        or _doing_another_thing(m.string, m.end())
        # ("…, angering local crews": whom a deed befell, speaking nowhere)
        or (_DEED_BEFORE.search(m.string, 0, m.start()) and not _SAYING_NEXT.match(m.string, m.end()))
        or _spoken_of_not_speaking(m.string, m.start(), m.end(), head)
        for m in found
    )


# "Residents of a village … have been told to boil their water": the ones a passive deed befell, and what of them.
_PASSIVE_NEXT = re.compile(
    r"(?:\s+(?:of|in|from|at|near|on|across)\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:(?:have|has|had)\s+been|were|was|are|is)\s+"
    r"(?:being\s+)?(?P<verb>[a-z]{3,})\b"
)


def _told_something(text: str, end: int) -> bool:
    """Whether the words up to `end` are the subject of a passive deed: one it was done to, not one saying."""
    m = _PASSIVE_NEXT.match(text, end)
    return m is not None and bool(inflected_from(m.group("verb"), "VBN"))


# "The council leader, Priya Nandra, said": someone named, then their word of saying.
_NAMED_SAYS = re.compile(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,?\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b")


def _spoken_of_not_speaking(text: str, start: int, end: int, head: str) -> bool:
    """The words from `start` to `end` are inside what someone named says, and no word of saying follows them."""
    return _spoken_of(text, start, head) and not _SAYING_NEXT.match(text, end)


def _spoken_of(text: str, at: int, head: str) -> bool:
    """Whether the words at `at` are inside what someone named says, the one said of and not the one saying: "the
    government" of "Priya Nandra, said she was 'deeply disappointed' that the government had turned down …"."""
    said = _NAMED_SAYS.search(text, 0, at)
    return (
        said is not None
        and not re.search(rf"\b{re.escape(head)}\b", text[: said.end()], re.IGNORECASE)
        and not _CLAUSE_END.search(text, said.end(), at)  # ("…, Tom Kay, said, but ward managers warned")
    )


_DEED_BEFORE = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?$")
_SAYING_NEXT = re.compile(rf"\s+(?:have\s+|had\s+|also\s+)?{_VERBS}\b")


_NEXT_WORDS = re.compile(r"(?:\s+(?:also|then|later|still))?\s+(?P<verb>[a-z]+)\b")


def _doing_another_thing(text: str, end: int) -> bool:
    """ "its authors stood by their findings": the described one as the doer of a deed, no saying."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    verb = m.group("verb")
    if verb in ATTRIBUTION_VERBS or verb in AUXILIARIES or _SAYING.search(text, m.end(), m.end() + 120):
        return False  # ("has refused permission, saying it would harm views" speaks too)
    return bool(inflected_from(verb, "VBD") or inflected_from(verb, "VBZ"))


def _described_by_deed(head: str, who: str, texts: list[str]) -> bool:
    """ "The study's leader" for "Dr Amy Cole, who led the study", "the shopkeeper" for "Jon Pike, who has run the
    village shop": what the article says the named one does is what the claim calls them."""
    last = who.split()[-1]
    for text in texts:
        for m in re.finditer(rf"\b{re.escape(last)},?\s+(?:who|which)\s+(?P<deed>[^,.;:]+)", text):
            if any(
                len(form) >= 4 and head.startswith(form) for w in words(m.group("deed")) for form in lemmas(w.lower)
            ):
                return True
    return False


def _another_says_it(ctx: ClaimContext, described: str) -> str | None:
    """Whom the article has say what the claim credits to someone it describes, when the evidence has that
    described someone say something else: "A Transline spokeswoman said the closure was 'a dark day'" against
    "'This is a dark day …,' said Mark Ellis, general secretary of the rail union … A Transline spokeswoman
    said the closure was 'regrettable but unavoidable'". A description the named speaker's own sentence
    gives ("Mark Ellis, a union spokesman") may be theirs, and is left alone."""
    head = described.split()[-1].lower()
    if ctx.verbatim:
        return None
    if len(ctx.window) < 2:
        # One sentence of two sayings: "…, the union said; the operator, Blue Isles Ferries, said it was disappointed"
        said_by = _clause_speaker(ctx, described)
        others = [(part, _speaker_in(part)) for text in ctx.texts for part in _CLAUSE_BREAK.split(text)]
        if (
            said_by
            and not any(who == said_by and _named_as(who, head, part) for part, who in others)
            and head not in said_by.lower().split()
            and any(who and _named_as(who, head, part) for part, who in others)
            and plausible_speaker(said_by)
        ):
            return said_by
        return None
    speakers = {id(sentence): attributions(doc).speaker_of(sentence) for doc, sentence in ctx.window}
    if not any(who and (head in who.lower().split() or _called(who, head, ctx.texts)) for who in speakers.values()):
        return None  # the evidence has no one so described speak
    said_by = _clause_speaker(ctx, described)
    if said_by is None:
        found, _ = _said_by_whoever_says_it(ctx, described)
        said_by = found[0] if len(found) == 1 else None
    # ("The company said …" is one too: the body the sentence before told of; and "The judge said …", one by post)
    if (
        not said_by
        or head in said_by.lower().split()
        or not (
            plausible_speaker(re.sub(r"^The\s+(?=[a-z])", "", said_by))
            or _the_body_said(said_by)
            or _a_person_described(said_by)
        )
    ):
        return None
    if _titled_so(described, said_by, ctx):
        return None
    telling = [
        text for (doc, sentence), text in zip(ctx.window, ctx.texts, strict=True) if speakers[id(sentence)] == said_by
    ] or [  # (or the clause of a sentence of two sayings: "…, but a resident's daughter said …")
        part for text in ctx.texts for part in _CLAUSE_BREAK.split(text) if _speaker_in(part) == said_by
    ]
    # (one the saying is about, right after its word of saying, is no description of the one saying it: "The judge said
    # the company had shown a shocking disregard")
    spoken_of = re.compile(
        rf"\b(?:said|says|told|added|warned)\s+(?:that\s+)?(?:the|its|their)\s+{re.escape(head)}\b", re.I
    )
    return (
        said_by
        if telling
        and not any(re.search(rf"\b{re.escape(head)}\b", spoken_of.sub("", t), re.IGNORECASE) for t in telling)
        else None
    )


# "but neighbours say noise has doubled": a group, in a plain plural, and what it says.
_A_GROUP_SAYS = re.compile(
    rf"\b(?P<group>[a-z]{{3,}}s)\s+(?:have\s+|had\s+)?(?:{_VERBS}|say|claim|warn|fear|complain)\s+(?:that\s+)?"
    r"(?P<said>[^,.;:]+)",
    re.IGNORECASE,
)


def _said_by_a_group(ctx: ClaimContext, described: str) -> str | None:
    """ "The airport says noise has doubled" against "The airport's new runway … has cut delays, but neighbours say
    noise has doubled": what the claim credits to one the evidence only tells of, where a group of others says it
    (the claim's words after its verb of saying, two or more, among the group's)."""
    head = described.split()[-1].lower()
    if any(re.search(rf"\b{re.escape(head)}\s+(?:has\s+|have\s+|had\s+)?{_VERBS}\b", t, re.I) for t in ctx.texts):
        return None  # (the claim's one says something too)
    said = _SAYS_WORD.search(ctx.card.claim)
    if said is None:
        return None
    wanted = content_lemmas(words(ctx.card.claim[said.end() :]))
    for text in ctx.texts:
        for m in _A_GROUP_SAYS.finditer(text):
            group = m.group("group").lower()
            # (capitalised only to open its sentence: "Residents said local schools were full")
            opens = not text[: m.start()].strip() or text[: m.start()].rstrip().endswith((".", "!", "?"))
            if (
                not (m.group("group").islower() or (opens and m.group("group")[1:].islower()))
                or group == head
                or group.rstrip("s") == head
                or one_meaning(group, head)  # ("academics" are "lecturers")
                or _one_meaning_of_people(described, group)  # ("Rescue teams" are "Rescuers")
                or _compound_of_the_same(text, m.start("group"), group, head)  # ("shop owners" are "shopkeepers")
                # (the body's members, told with no word before them: "Councillors said" is the council's word)
                or (opens and _member_of(group, head))
                or "NOUN" not in forms_by_class(group)
            ):
                continue
            # (a group that speaks for itself, not the one another speaks for: "the union representing drivers said")
            if re.search(rf"\b{re.escape(head)}\b", text[max(0, m.start() - 40) : m.start()], re.IGNORECASE):
                continue
            if len(wanted & content_lemmas(words(m.group("said")))) >= 2:
                return text[m.start() : m.end("group")]
    return None


def _compound_of_the_same(text: str, at: int, group: str, head: str) -> bool:
    """Whether the group's noun with the word before it ("shop owners") is a paraphrase of the claim's ("shopkeepers")."""
    before = words(text[max(0, at - 30) : at])
    if not before:
        return False
    compound = frozenset(f"{before[-1].lower} {form}" for form in lemmas(group))
    return bool(paraphrase_groups(compound) & paraphrase_groups(lemmas(head)))


def _described_by_another_kind(ctx: ClaimContext, described: str) -> str | None:
    """ "The fire service said" against "…, the ambulance service said": the one speaker of the evidence's sentences
    with the claim's head word, named by a noun of its kind the claim's never has ("a post named by what it is over
    keeps it"); words that only describe ("the local council") are not compared."""
    head = described.split()[-1].lower()
    mine = _kind_nouns(described)
    if ctx.verbatim or not mine:
        return None
    speakers = {attributions(doc).speaker_of(sentence) for doc, sentence in ctx.window}
    alike = [who for who in speakers if who and who.split()[-1].lower() == head]
    if len(alike) != 1:
        return None
    theirs = _kind_nouns(alike[0])
    if not theirs or {f for w in mine for f in lemmas(w)} & {f for w in theirs for f in lemmas(w)}:
        return None
    return alike[0]


def _kind_nouns(who: str) -> list[str]:
    """The nouns before a description's head that say which of its kind it is ("fire" of "the fire service")."""
    found = [w.lower for w in words(who)][:-1]
    return [
        w
        for w in found
        if is_content(w) and "NOUN" in forms_by_class(w) and "ADJ" not in forms_by_class(w) and w.isalpha()
    ]


def _named_as(who: str, head: str, part: str) -> bool:
    """Whether the speaker `who` of `part` is a `head`: "the union" of "the union said", "the Unite union said"."""
    return (
        head in who.lower().split() or re.search(rf"\b{re.escape(who)}\s+{re.escape(head)}\b", part, re.I) is not None
    )


# Whom any body may speak through: "officials said" may be the ministry's, "a spokeswoman said" the company's; and
# where a summary read it ("The article says the school will reopen …"), which is no speaker.
_ANY_BODY_SPEAKS = frozenset(
    "official officials authority authorities source sources spokesman spokeswoman spokesperson statement report "
    "representative representatives aide aides article passage text story summary document".split()
)


_PASSIVE = frozenset("is are was were be been being".split())


def _a_person_described(who: str) -> bool:
    """ "resident's daughter", "a local nurse": someone described by what they are to others or do."""
    head = who.split()[-1].lower()
    return who[:1].islower() and (is_role(head) or head in JOB_NOUNS or is_of_kind(head, "relative"))


def _the_body_said(who: str) -> bool:
    """ "The company", "The university": a body the article names by what it is."""
    words_of = who.split()
    return bool(THE_BODY.fullmatch(who)) or (
        len(words_of) == 2 and words_of[0] == "The" and words_of[1].lower() in ORGANISATION_WORDS
    )


def _called(who: str, head: str, texts: list[str]) -> bool:
    """Whether the evidence calls `who` a `head` as it names them ("the regulator Ofwat-N", "Ofwat-N, the
    regulator")."""
    name = re.escape(who)
    pattern = re.compile(rf"\b{re.escape(head)}\s+{name}\b|\b{name},\s+the\s+{re.escape(head)}\b", re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def _described_not_there(ctx: ClaimContext, described: str) -> str | None:
    """ "The port's owners said the workers had accepted …" against "…, the Unite union said": the claim credits
    someone it describes whom the evidence never mentions, where the evidence has one named speaker say it."""
    head = described.split()[-1].lower()
    if ctx.verbatim or head in _ANY_BODY_SPEAKS or head in _PASSIVE:
        return None  # "The earthquake was described as …": no one speaking
    heads = lemmas(head) | {head}
    # ("The firm said" against "A bus company … It said": the curated table's word for it counts too)
    if any(
        lemmas(w.lower) & heads or one_meaning(w.lower, head) or _one_meaning_of_people(described, w.lower)
        for w in ctx.evidence_words
    ) and not _only_done_to(head, ctx.texts):
        return None  # "Employers said" against "the employers' association said"; "Rescue teams" against "Rescuers"
    # (not one whose every sentence tells nothing of the claim: "Ministers said they were considering the idea" is not
    # who said "The government called on the charity to freeze rents", which the charity's sentence tells)
    told = content_lemmas(ctx.claim_words) - heads - lexicon().reporting
    said = [
        (attributions(doc).speaker_of(s), bool(content_lemmas(words(doc.sentence_text(s))) & told))
        for doc, s in ctx.window
    ]
    speakers = {who for who, _ in said}
    telling = {who for who, tells in said if tells}
    # (where no sentence tells a word of it, in these forms, none is ruled out: "has died" tells "her death")
    silent = {who.split()[-1].lower() for who in speakers if who and telling and who not in telling}
    speakers = {who for who in speakers if not (who and who.split()[-1].lower() in silent)}
    if None in speakers:
        # ("…, is still at large, police said": one described, whom the clause reader finds where the article's reader
        # names no one; a named one may speak for the claim's body, "…, Mr Bishop said" for "the forestry industry")
        clause_speakers = {who for text in ctx.texts if (who := _speaker_in(text)) and who.islower()}
        speakers = (speakers - {None}) | {who for who in clause_speakers if who.split()[-1].lower() not in silent}
        if len(speakers) != 1:
            return None
    named = [who for who in speakers if who and who[:1].isupper() and plausible_speaker(who)]
    if not named:
        # "The council said the nursery would close" against "…, its owner said": one described speaker, someone else
        return _another_described(heads, speakers)
    if len(named) != 1 or _body_of(described, named[0]) or _titled_so(described, named[0], ctx):
        return None
    if _described_unnamed(heads, named[0], ctx) or _described_by_deed(head, named[0], ctx.texts):
        return None
    return named[0]


def _telling_sentence(ctx: ClaimContext) -> int | None:
    """Which cited sentence tells most of what the claim has said (its words after the verb of saying), where more than
    one is cited (with one, the other readings compare its speakers); worked out once for the readings that ask."""
    if "telling_sentence" not in ctx.memo:
        said = _SAYS_WORD.search(ctx.card.claim)
        best = None
        if not ctx.verbatim and said is not None and len(ctx.texts) >= 2:
            rest = ctx.card.claim[said.end() :]
            # (an idiom counts as the word it means: "would cover the cost of a hotel" tells "would pay for a hotel")
            idioms = idiom_meanings(rest)
            wanted = [
                lemmas(w.lower)
                for w in words(rest)
                if is_content(w.lower) and not any(a <= w.start < b for a, b, _ in idioms)
            ] + [lemmas(meaning) for _, _, meaning in idioms]
            # (a saying of one word is told by the one sentence that has it: "Residents say they will appeal")
            best = most_told(ctx.texts, wanted, least=min(2, len(wanted)) or 2)
        ctx.memo["telling_sentence"] = best
    return ctx.memo["telling_sentence"]  # type: ignore[return-value]


def _described_as_another(ctx: ClaimContext, described: str) -> str | None:
    """ "The council leader said the money would have been better spent" against "The opposition leader, Tom Birch,
    said the money would have been better spent"; "The council said the rise was caused by soaring rents" against "The
    charity Shelter said the rise was caused by soaring rents": the sentence that tells what the claim says has its
    speaker described otherwise (the same post of another body, or a body of another kind), and never as the claim's."""
    best = _telling_sentence(ctx)
    if best is None:
        return None
    doc, sentence = ctx.window[best]
    text = ctx.texts[best]
    who = attributions(doc).speaker_of(sentence)
    if not who or not plausible_speaker(who):
        return None
    mine = [w.lower for w in words(described)]
    if re.search(rf"\b{re.escape(' '.join(mine[-2:]))}\b", text, re.IGNORECASE):
        return None  # (the sentence has the claim's words for its speaker somewhere)
    theirs = _DESCRIBED_BEFORE.search(text, 0, text.find(who) if who in text else 0)
    if theirs is None or who not in text:
        return None
    kind = theirs.group("kind").lower()
    head = mine[-1]
    if lemmas(kind) & lemmas(head):
        # the same post: of another body ("the opposition leader" against "the council leader")
        return theirs.group(0).strip(" ,") + " " + who if len(mine) > 1 and theirs.group("of") else None
    both_bodies = kind in _KINDS_OF_BODY and head in _KINDS_OF_BODY
    both_posts = is_post(kind) and is_post(head)
    return theirs.group(0).strip(" ,") + " " + who if both_bodies or both_posts else None


_KINDS_OF_BODY = BODY_NOUNS | frozenset({"charity", "campaign", "hospice", "trade"})


# "described her as inspirational": a judgement of one, told as one names a thing.
_DESCRIBED_AS = r"described\s+(?:it|this|that|them|him|her|[\w'’-]+(?:\s+[\w'’-]+)?)\s+as\b"


def said_by_another_here(ctx: ClaimContext, speaker: str) -> str | None:
    """ "The CQC said funding cuts were to blame" against "The CQC said residents were at risk. The care homes'
    association said funding cuts were to blame": the sentence that tells what the claim says has another say it,
    and the claim's speaker says something else in another sentence of the evidence."""
    best = _telling_sentence(ctx)
    if best is None:
        return None
    head = speaker.split()[-1].lower()

    def sayer(i: int) -> str | None:
        doc, sentence = ctx.window[i]
        opening = (
            _OPENS_SAYING.match(ctx.texts[i])
            or _OPENS_SAYING_PAST_A_CLAUSE.match(ctx.texts[i])
            or _OPENS_SAYING_PAST_AN_ASIDE.match(ctx.texts[i])
        )
        return attributions(doc).speaker_of(sentence) or _speaker_in(ctx.texts[i]) or (opening and opening["who"])

    who = sayer(best)
    if not who or head in who.lower().split() or same_person(speaker, who) or _one_meaning_of_people(speaker, who):
        return None
    if _member_of(who.lower(), head):
        return None  # ("Councillors said": the council's members speak for it; not "a councillor", "opposition …")
    if _named_before_said(head, who, ctx.texts[best]):
        return None  # (the sentence names the claim's one too: it may speak for them)
    if who.lower() in _PRONOUN_SAYERS:
        return None  # ("he said": whom the pronoun stands for is the attribution reader's to tell)
    # (opening a sentence of its own past what it is, set off by commas: "The tenant, a 67-year-old widow, said …")
    opens_saying = re.compile(
        rf"^\W*(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?{re.escape(head)}(?:,[^,.;]{{1,60}},)?\s+"
        r"(?:has\s+|had\s+)?(?:said|says|told|added)\b",
        re.IGNORECASE,
    )
    speaks_elsewhere = any(
        ((other := sayer(i)) and head in other.lower().split()) or opens_saying.match(ctx.texts[i])
        for i in range(len(ctx.texts))
        if i != best
    )
    # (or the claim's one is in the evidence and never says anything there: "The man said he was pleased" against "A man
    # … has been fined £800. … The RSPCA, which brought the case, said it was pleased")
    # (in the plural too: "A firefighter said" against "Firefighters rescued a horse … A vet said")
    mentioned = any(re.search(rf"\b{re.escape(head)}s?\b", t, re.IGNORECASE) for t in ctx.texts)
    never_speaks = mentioned and not any(
        re.search(rf"\b{re.escape(head)}\b[^.;]{{0,60}}?\b(?:said|says|say|told|added|described)\b", t, re.IGNORECASE)
        for t in ctx.texts
    )
    # (or never in it at all, where they are no body nor one who speaks for a body: "The twins' parents said" against
    # "…, the hospital said")
    unheard = not mentioned and head not in _KINDS_OF_BODY and head not in _SPEAK_FOR_A_BODY and not is_post(head)
    # (those two only where the claim plainly has its one say it: "The man said …", not "The victim had clearly recalled")
    # ("The woman called it the largest donation": a judgement of hers, told as one names a thing)
    plainly = re.search(
        # ("The mother, who runs the café, said …": past a clause that describes them)
        rf"\b{re.escape(speaker)}{_WHO_CLAUSE}\s+(?:has\s+|have\s+)?"
        rf"(?:said|says|say|told|{CALLED_IT}\s|{_DESCRIBED_AS})",
        ctx.card.claim,
        re.I,
    )
    return who if speaks_elsewhere or (plainly and (never_speaks or unheard)) else None


def _named_before_said(head: str, who: str, text: str) -> bool:
    """Whether `text` names the claim's one anywhere but inside what `who` is said to say: "His lawyer said he had
    been rushing to see his sick mother" names the mother only in the lawyer's words, and she does not speak there."""
    named = [m.start() for m in re.finditer(rf"\b{re.escape(head)}\b", text, re.IGNORECASE)]
    sayer = re.search(rf"\b{re.escape(who)}\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told)\b", text, re.IGNORECASE)
    if sayer is None:
        return bool(named)
    return any(at < sayer.end() for at in named)


_SPEAK_FOR_A_BODY = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials source sources representative representatives "
    "aide aides insider insiders".split()
)


_PRONOUN_SAYERS = frozenset("he she they it we i you".split())


# "The care homes' association said …": a sentence that opens on who says it.
_OPENS_SAYING = re.compile(
    r"^\W*(?P<who>(?:(?:The|A|An)\s+)?(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s+(?:has\s+|have\s+)?"
    # ("Some worshippers called it a stunt": a judgement, told as one names a thing)
    rf"(?:said|says|told|warned|{CALLED_IT}\s+(?:a|an|the)\b)"
)
# "The charity that carried out the survey said …", "Passenger groups welcomed the decision but said …": the one
# opening the sentence says it, past what describes them or what else they did.
_OPENS_SAYING_PAST_A_CLAUSE = re.compile(
    r"^\W*(?P<who>(?:(?:The|A|An)\s+)?(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:(?:that|which|who)\s+[^,.;:\"“”]{3,60}?|(?!said\b|says\b)[a-z]+ed\s+[^,.;:\"“”]{2,50}?\s+(?:but|and))\s+"
    r"(?:also\s+)?(?:said|says|warned)\b"
)
# "Her owner, a retired nurse, said …": the one opening the sentence, past what they are, set off by commas.
_OPENS_SAYING_PAST_AN_ASIDE = re.compile(
    r"^\W*(?P<who>(?:(?:The|A|An|Her|His|Their|Its)\s+)?(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*),\s+(?:a|an|the)\s+"
    r"[^,.;:\"“”]{1,50},\s+(?:said|says|told|warned)\b"
)
# "The opposition leader, Tom Birch,", "The charity Shelter": what a speaker is, right before the name.
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<of>(?:[A-Za-z][\w-]*\s+){1,2})?(?P<kind>[a-z][\w-]*)\s*,?\s*$"
)


def _described_unnamed(heads: set[str], who: str, ctx: ClaimContext) -> bool:
    """ "The swimmer said" where the article opens "A swimmer who was swept out to sea …" and goes on "Megan Shaw, 27,
    was pulled …": someone the article brings in by what they are ("a swimmer") or calls so beside no one else may be
    the one it names later."""
    home = ctx.home
    if _described_otherwise(who, heads, home.article.body):
        return False  # "the hotel's owner, Gary Wills": the article tells what he is, and it is not a guest
    said = attributions(home)
    for index, sentence in enumerate(home.sentences):
        text = home.sentence_text(sentence)
        found = words(text)
        for i, w in enumerate(found):
            if (
                not lemmas(w.lower) & heads
                or _DONE_TO_BY.search(text, 0, w.start)
                or _spoken_of_not_speaking(text, w.start, w.end, w.lower)
            ):
                continue  # ("let down by the council" tells of the council, not as the one speaking; nor does
                # "Ruth Kane said the force had let him and his family down" make the family her)
            if any(f.lower in ("a", "an") for f in found[max(0, i - 3) : i]):
                return True  # brought in unnamed
            people = said.at(index)[1]
            if not people or any(same_person(p, who) for p in people):
                return True
    return False


def _described_otherwise(who: str, heads: set[str], text: str) -> bool:
    """The article sets a description before the named one that is not the claim's ("the hotel's owner, Gary Wills")."""
    m = re.search(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<head>[a-z][\w-]+)"
        rf"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?,\s+{re.escape(who)}\b",  # ("the mayor of Orm, Ada Kell")
        text,
    )
    return m is not None and not lemmas(m.group("head").lower()) & heads


def _another_described(heads: set[str], speakers: set[str | None]) -> str | None:
    """The one speaker the evidence describes ("its owner"), when its word is no form or paraphrase of the claim's
    and the two are not both bodies ("the firm" is "the company")."""
    described = [who for who in speakers if who]
    if len(described) != 1:
        return None
    theirs = described[0].split()[-1].lower()
    if paraphrase_groups(lemmas(theirs)) & paraphrase_groups(frozenset(heads)) or same_role(theirs) & heads:
        return None
    if THE_BODY.fullmatch(f"the {theirs}") and any(THE_BODY.fullmatch(f"the {h}") for h in heads):
        return None
    return described[0]


def _titled_so(described: str, who: str, ctx: ClaimContext) -> bool:
    """ "The transport minister said" where the article introduces "The transport minister, Paul Reed": the one the
    description is the title of."""
    head = described.split()[-1].lower()
    return bool(same_role(head) & titles_of(last_key(who), ctx.home))


# Words that say only that some people act together: "the insurers' body" is the body of insurers.
_ANY_BODY = frozenset("body group organisation organization association federation industry lobby".split())


def _body_of(described: str, named: str) -> bool:
    """ "the insurers' body" against "the Association of Insurers": a body described by whose it is, which the name
    says."""
    parts = described.lower().replace("’", "'").split()
    if parts[-1] not in _ANY_BODY or len(parts) < 2:
        return False
    owner = lemmas(parts[-2].rstrip("'").removesuffix("'s"))
    return any(owner & lemmas(w.lower) for w in words(named))


_POLICE_VOICES = frozenset({"officers", "detectives", "force"})
# What may describe the police's own officers ("senior detectives", "the force"); "trading standards officers" or
# "prison officers" are another body's.
_POLICE_DESCRIBED = frozenset(
    "the police senior investigating local armed specialist uniformed undercover plain-clothes firearms its their two "
    "three".split()
)


def _crew_mentioned(described: str, ctx: ClaimContext) -> bool:
    """ "Rescue workers said" of an article with "Rescuers": a crew named for its work, told by those who do it."""
    if described.split()[-1].lower() not in _CREWS:
        return False
    return any(_one_meaning_of_people(described, w.lower) for w in words(ctx.home.body))


def _sayer_mentioned(head: str, ctx: ClaimContext) -> bool:
    """Whether the article mentions the described sayer in any form; the police by their own officers only, never
    by another body's ("trading standards officers")."""
    if head == "police" and not re.search(r"\bpolice\b", ctx.home.body, re.IGNORECASE):
        return _police_told(ctx.home.body)
    # (or written only capitalised, opening its sentences: "Fishermen have complained that …")
    return (
        noun_mentioned(head, ctx.home.vocabulary)
        or re.search(rf"\b{re.escape(head)}\b", ctx.home.body, re.I) is not None
        # (a study's researchers, told as its authors)
        or bool(lemmas(head) & _STUDYING and re.search(r"\bauthors?\b", ctx.home.body, re.I))
    )


# "Two officers were hurt", "said detectives", "the force": the police told by their officers; and the word before.
_OFFICERS = re.compile(
    r"(?:\b(?P<before>[\w-]+)\s+)?\b(?:officers|detectives)\b|\b(?:the\s+force|constable|detective)\b", re.I
)


def _police_told(body: str) -> bool:
    """Whether the article tells of the police by their officers ("Two officers were hurt", "the force said",
    "…, said detectives"), not only by another body's ("trading standards officers", "prison officers": a word that
    names what they are officers of)."""
    for m in _OFFICERS.finditer(body):
        before = (m.group("before") or "").lower()
        if not before or before in _POLICE_DESCRIBED or not {"NOUN", "ADJ"} & set(forms_by_class(before)):
            return True
    return False


def _police_voice(said: str) -> bool:
    """ "Officers said", "Detectives said", "the force said": the police speaking."""
    *before, last = said.lower().split()
    return last in _POLICE_VOICES and all(w in _POLICE_DESCRIBED for w in before)


# Days of the year by name ("over Christmas"), which name no one either.
_HOLIDAYS = frozenset({"christmas", "easter", "ramadan", "diwali", "hanukkah", "thanksgiving", "eid"})
_NAMING_NO_ONE = CALENDAR_WORDS | _HOLIDAYS


def _the_one_named(speaker: str, texts: list[str]) -> bool:
    """ "A software fault at Brightnet left … without internet, the company said": the evidence names the claim's
    speaker and nothing else by name (a weekday or a month names nothing), so its "the company" is them."""
    wanted = last_key(speaker)
    for text in texts:
        found = capitalized_runs(text)
        # "the Health and Safety Executive": a name joined by "and" is one, of the kind its last word says
        joined = {a.start for a, b in itertools.pairwise(found) if text[a.end : b.start] in (" and ", " & ")}
        runs = [
            r
            for r in found
            if r.start > 0
            and r.start not in joined
            and clean_token(r.text).lower() not in _NAMING_NO_ONE
            # "in Carrow", "to Spain": where, not who ("Shares in Orbis Retail" are the company's)
            and (not _A_PLACE_BEFORE.search(text, 0, r.start) or _HELD_IN.search(text, 0, r.start))
            and entity_type(r.text) != "place"
            # "the Shopworkers' Union" names its own kind, which no "the supermarket" is; so does "the GMB union",
            # and "the Fenwick depot" is a place of the company's
            and clean_token(r.text.split()[-1]).lower() not in _SELF_TYPED
            and not _KIND_AFTER.match(text, r.end)
            and not _KIND_BEFORE.search(text, 0, r.start)
        ]
        # ("Fenwick" is the "Fenwick Stores" the evidence names in full)
        if runs and all(wanted in (last_key(r.text), clean_token(r.text.split()[0]).lower()) for r in runs):
            return True
    return False


# ("the Fenwick depot of Carro Logistics" names where, and whose it is after "of"; "the Norvik plant" is Norvik's own)
# ("the shop workers' union Usdaw": the kind of body the name is, written before it)
_KIND_BEFORE = re.compile(r"\b(?:union|party|council|charity|regulator|watchdog)\s+$", re.IGNORECASE)
_KIND_AFTER = re.compile(
    r"\s+(?:union|party|council"
    r"|(?:depot|plant|site|factory|office|branch|store|warehouse|mine|port|airport|station)\s+of)\b"
)
# The last words of names that say what kind of body they name: never the one a "the company" or "the supermarket"
# stands for.
_SELF_TYPED = frozenset(
    """union unions party council court ministry department agency police university school hospital church government
    association federation league commission committee authority board service executive inspectorate regulator tribunal""".split()
)


_A_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|near|across|outside|into)\s+(?:the\s+)?$", re.IGNORECASE)
_HELD_IN = re.compile(r"\b(?:shares|stakes?|shareholders|investors|investment)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


# Where a sentence joins two sayings: "…, Rosa Alvarez told parliament, while opposition leader Tom Keane said …".
_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|whereas|but|after|before|when|once|though|although)\s+|;\s+|,\s+and\s+(?=[A-Z])"
    r"|,\s+and\s+(?=[a-z]{4,}s\s+(?:said|say|says|told|added|warned)\b)"  # "…, and engineers said it could be weeks"
)


_SAYING_WORD = re.compile(_VERBS)


def _clause_speaker(ctx: ClaimContext, speaker: str) -> str | None:
    """Who says the clause of an evidence sentence that tells what the claim reports, when the sentence joins
    two people's sayings: "Rosa Alvarez said the government's figures did not add up" against "…, Rosa Alvarez
    told parliament, while opposition leader Tom Keane said the government's figures did not add up" is Keane's."""
    named = {key(part) for part in speaker.split()}  # the speaker's own name tells no clause
    wanted = [
        frozenset(lemmas(w.lower))
        for w in content_words(ctx.claim_words)
        if key(w.text) not in named and not (lemmas(w.lower) & lexicon().reporting)
    ]
    saying = [frozenset(lemmas(w.lower)) for w in ctx.claim_words if _SAYING_WORD.fullmatch(w.lower)]
    for text in ctx.texts:
        parts = _CLAUSE_BREAK.split(text)
        if len(parts) < 2:
            continue
        speakers = [_speaker_in(part) for part in parts]
        if sum(1 for who in speakers if who) < 2 and not any(_DOER_SAYING.match(part) for part in parts):
            continue  # one saying, however it is joined (unless said while doing a deed to another the claim names)
        # (on a tie, the part that says it the claim's way: "called them 'a betrayal'" is the one that calls)
        at = most_told(parts, wanted, tie_break=saying if max(told(wanted, p) for p in parts) else None)
        if at is not None and speakers[at] is not None:
            return speakers[at]
    return None


# What a body finds, rules or judges is told as its own: "Ofsted has rated the school inadequate after inspectors
# found …" is Ofsted's word, as "Ofsted said" would be.
_FINDING = re.compile(r"\b(?:found|finds|ruled|rules|rated|rates|concluded|judged|decided|reported|announced)\b", re.I)


def _tells_its_own_finding(ctx: ClaimContext, speaker: str) -> bool:
    """Whether the part of an evidence sentence before a semicolon that tells what the claim reports opens on the
    claim's speaker, tells what they found or judged, and has no one say it; someone who speaks after the semicolon
    says only what follows."""
    named = {key(part) for part in speaker.split()}
    wanted = [
        frozenset(lemmas(w.lower))
        for w in content_words(ctx.claim_words)
        if key(w.text) not in named and not (lemmas(w.lower) & lexicon().reporting)
    ]
    for text in ctx.texts:
        parts = text.split(";")
        if len(parts) < 2:
            continue
        at = most_told(parts, wanted)
        if at is None or _speaker_in(parts[at]) is not None or not _FINDING.search(parts[at]):
            continue
        opener = re.match(rf"\s*(?:[Tt]he\s+)?(?P<name>{NAME})", parts[at])
        if opener and same_person(speaker, opener.group("name")):
            return True
    return False


_CLAUSE_SAYS = re.compile(
    # ("The chief executive, Sam Reid, said": the comma closing the name set off after what they are)
    rf"(?P<a>{NAME})(?:,[^,]{{1,60}},|,(?=\s))?\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS}\b|{_SAYS_THAT}|{_ANNOUNCED_TAIL})"
    rf"|\b{_VERBS}\s+(?P<b>{NAME})"
    # "…, and engineers said it could be weeks": a kind of people, named by a plural noun
    # (or described by one word more: "but head teachers warned …")
    # (or by whose they are: "Doctors' leaders said")
    rf"|(?:^\s*|,\s+|\band\s+)(?P<c>(?:(?!(?:and|but|the|who|while|which|that|its|their)\s)[a-z]{{3,}}\s+"
    rf"|[A-Z][a-z]{{2,}}s['’]\s+)?(?:[a-z]{{4,}}s|police))\s+(?:have\s+|had\s+|also\s+)?{_VERBS}\b"
    # "…, the county council said": a body described, not named
    # (or by whose they are: "but a resident's daughter said …")
    rf"|(?:^|,\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<d>(?:[a-z]+(?:['’]s)?\s+){{0,2}}[a-z]{{3,}})\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS}\b|{_ANNOUNCED_TAIL})"
    # "…, the GMB union said": a body named before its kind
    rf"|,\s+the\s+(?P<e>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}})\s+(?:union|party|council|group|company|firm)"
    rf"\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
    # "; the operator, Blue Isles Ferries, said": a body described, then named
    rf"|(?:^|,\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?P<f>{NAME}),"
    rf"\s+(?:has\s+|had\s+|also\s+)?{_VERBS}\b"
)
# "Judge Harriet Cole jailed Nathan Crowe …, describing him as …": the name the clause opens on says it while doing
# the deed, however many others the clause names.
_DOER_SAYING = re.compile(
    rf"^\W*(?P<name>{NAME})\s+(?:has\s+|had\s+|have\s+)?[a-z]+\b[^;:\"“”]{{0,100}}?{_SAYING.pattern}"
)


def _speaker_in(part: str) -> str | None:
    m = _CLAUSE_SAYS.search(part)
    if m is None:
        doer = _DOER_SAYING.match(part)
        return doer["name"] if doer and plausible_speaker(doer["name"]) else None
    if m.group("c"):
        head = m.group("c").split()[-1]
        return m.group("c") if "NOUN" in forms_by_class(head) and head not in _NOT_PEOPLE else None
    if m.group("e") or m.group("f"):
        return m.group("e") or m.group("f")

    if m.group("d"):
        head = m.group("d").split()[-1]
        return m.group("d") if "NOUN" in forms_by_class(head) and head not in _NOT_PEOPLE else None
    who = (m.group("a") or m.group("b")).strip()
    if who.startswith("The ") and len(who.split()) > 2:
        who = who[4:]  # "The Vessen Gallery said": the body is its name, past the article
    return who if plausible_speaker(who) else None


_NOT_PEOPLE = frozenset(
    "reports figures statistics documents records results studies papers report statement study survey data".split()
)


# "police estimated", "according to organisers": who a claim has give its figure.
_FIGURE_SOURCE = re.compile(
    r"\b(?P<who>[a-z]{4,})\s+(?:said|say|says|estimated|estimate|estimates|counted|reported|claimed|put\s+(?:it|the))\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?P<who2>[a-z]{4,})\b",
    re.IGNORECASE,
)
# Where one sentence sets one source's figure against another's: "…, police estimated, while organisers put …".
# ("…, the finance ministry said, which economists estimate will pull 400,000 more people into paying tax": what
# others make of what was said)
_OTHER_SIDE = re.compile(r",?\s+(?:while|whereas|but)\s+|;\s+|,\s+which\s+(?=[a-z]+\s+(?:estimate|reckon|calculate)\b)")
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _sources(text: str) -> set[str]:
    """The nouns `text` has give a figure: "police" of "police estimated", "organisers" of "according to organisers"."""
    # (not a name's last word: "Carro Logistics said" is Carro Logistics speaking, which the speaker rules read)
    found = {
        (m.group("who") or m.group("who2")).lower()
        for m in _FIGURE_SOURCE.finditer(text)
        if not (m.group("who") and m.group("who")[0].isupper() and m.start() > 0)
    }
    return {w for w in found if "NOUN" in forms_by_class(w)}


def _figure_source(ctx: ClaimContext) -> Hit | bool | None:
    """ "About 10,000 people attended, police estimated" against "About 3,000 people attended the rally, police
    estimated, while organisers put the figure at 10,000": the figure is the evidence's, from another source (a
    Hit); "Organisers said 10,000 attended" against it is theirs (True); None where the evidence does not set
    one source's figure against another's."""
    if ctx.verbatim:
        return None
    # Each clause of the claim credits its own figures: "X estimates $1.1 trillion; Y puts it at $498 billion".
    credited = {
        (source, figure)
        for clause in _OTHER_SIDE.split(ctx.card.claim)
        for source in _sources(clause)
        for figure in _DIGITS.findall(clause)
    }
    if not credited:
        return None
    agreed = None
    for text in ctx.texts:
        clauses = _OTHER_SIDE.split(text)
        if len(clauses) < 2:
            continue
        told = [(set(_DIGITS.findall(c)), {form for w in words(c) for form in lemmas(w.lower)}, c) for c in clauses]
        for source, figure in sorted(credited):  # in one order, whatever the hash seed: the brief is byte-identical
            forms = lemmas(source)
            giving = [(said, c) for numbers, said, c in told if figure in numbers]
            if not giving:
                continue
            if any(forms & said for said, _ in giving):
                agreed = True
                continue
            # The clause giving the figure credits it to a source of its own, and the claim's gives another.
            giver = next((c for _, c in giving if _sources(c)), None)
            # "…, a force spokeswoman said": one who may speak for any body, the claim's among them
            if giver is not None and _sources(giver) <= _ANY_BODY_SPEAKS:
                continue
            # (the claim's source giving a figure of its own, or saying the clause the figure's source judges)
            if giver is not None and any(
                forms & said and (numbers or _SAYING_WORD.search(c)) for numbers, said, c in told if c is not giver
            ):
                return Hit(f'claim has "{source}" give "{figure}"; the evidence has it from another: "{giver.strip()}"',
                           ctx.span_of(giver.strip()), ctx.home.article.id)  # fmt: skip
    # With two sources, the other is the speaker rules' to read.
    return agreed if len({source for source, _ in credited}) == 1 else None


def _nearby_speaker(ctx: ClaimContext, speaker: str) -> tuple[bool, bool]:
    """(named in or next to the evidence, named in the article at all)."""
    # "Heather Holden-Brown": the article's words are compared with hyphens taken apart
    surname = key(clean_token(speaker.split()[-1]).replace("-", " ").split()[-1]) if speaker.split() else ""
    if not surname:
        return True, True
    doc, first_sentence = ctx.window[0]
    first = doc.index_of(first_sentence)
    last = max(doc.index_of(s) for d, s in ctx.window if d is doc)
    text_of = doc.sentence_text
    pronoun = any(p in text_of(s).lower() for d, s in ctx.window for p in _PRONOUN_ATTRIBUTION)
    reach = 5 if pronoun else 2  # "..., he added." leans on the last speaker named
    nearby = doc.sentences[max(first - reach, 0) : last + 2]
    described = speaker.split()[-1].islower()  # "one stallholder" is found by its noun
    for sentence in nearby:
        found = doc.sentence_atoms(sentence)
        if surname in found.capital_keys or (described and surname in {w.lower() for w in found.words}):
            return True, True
    if named_by_role(surname, doc, [text_of(s) for s in nearby]):
        return True, True
    return False, named_in(surname, doc)


@register("FC402", "speaker-far", REVIEW, "the speaker is in the article but not named in or next to the evidence")
def speaker_far(ctx: ClaimContext) -> Iterator[Hit]:
    speaker = ctx.card.speaker
    if not speaker or attributed(ctx):
        return
    near, anywhere = _nearby_speaker(ctx, speaker)
    if not near and anywhere:
        yield Hit(f'speaker "{speaker}" is not named in or next to the evidence')


# "Residents said …", "Market traders said …", "The drugmaker has said …", "…, the drugmaker said.": one the claim
# has speak by what they are (a common noun), not by name or title.
_DESCRIBED_SAYER = re.compile(
    rf"^(?:(?:The|A|An|Some|Many)\s+)?(?P<wa>(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?P<a>[A-Za-z][a-z-]+))\s+(?:has\s+|have\s+|had\s+|also\s+)?{_VERBS}\b"
    rf"|,\s*(?:the|a|an)\s+(?P<wb>(?:[a-z][\w-]*\s+){{0,2}}?(?P<b>[a-z][a-z-]+))\s+{_VERBS}[.!]?\s*$"
)


def _described_sayer(claim: str) -> tuple[str, str] | None:
    """The common noun the claim has speak ("residents", "drugmaker"), lower-cased, and the words that describe them
    with it ("Market traders"); None for a name, a title (the title rule's), a pronoun, or one who may speak for
    anybody ("officials", "a spokeswoman")."""
    m = _DESCRIBED_SAYER.search(claim.strip())
    if m is None:
        return None
    head = (m.group("a") or m.group("b")).lower()
    if head in _ANY_BODY_SPEAKS or is_role(head) or not is_content(head):
        return None
    forms = forms_by_class(head)
    described = m.group("wa") or m.group("wb")
    # ("Police said": a body first, though "police" is a verb too)
    return (head, described) if not forms or ("NOUN" in forms and "VERB" not in forms) or head == "police" else None


def _a_named_one_says(ctx: ClaimContext) -> bool:
    """Whether the evidence has someone it names say what it says ("…, Mr Bishop said")."""
    speakers = [*attributed(ctx), *(_speaker_in(text) for text in ctx.texts)]
    # (not words capitalised only to open a sentence: "Trading standards officers said")
    return any(
        who and who[:1].isupper() and (len(who.split()) == 1 or any(w[:1].isupper() for w in who.split()[1:]))
        for who in speakers
    )


@register("FC403", "speaker-absent", UNSUPPORTED, "the speaker appears nowhere in the article")
def speaker_absent(ctx: ClaimContext) -> Iterator[Hit]:
    speaker = ctx.card.speaker
    if not speaker:
        # "The governor said …" of an article with no governor in it.
        title = _claimed_title(ctx.card.claim)
        # ("Her doctors said": a title told in the plural, of those acting for one)
        role = next((f for f in sorted(lemmas(title)) if is_role(f)), None) if title and not is_role(title) else title
        if title and role:
            forms = "|".join(re.escape(t) for t in {*same_role(role), title})
            if not re.search(rf"\b(?:{forms})\b", ctx.home.body, re.IGNORECASE) and not (
                role != title and _sayer_mentioned(role, ctx)
            ):
                yield Hit(f'claim credits it to "the {title}", whom the article never mentions')
        elif (
            (described := _described_sayer(ctx.card.claim))
            and not _sayer_mentioned(described[0], ctx)
            and not _crew_mentioned(described[1], ctx)
            # (a person the evidence names may speak for a body: "…, Mr Bishop said" for "the forestry industry said")
            and not (described[0] in ORGANISATION_WORDS | _ANY_BODY and _a_named_one_says(ctx))
        ):
            # "Residents said the fire was 40% contained", "The drugmaker said …" of an article with neither
            yield Hit(f'claim credits it to "{described[1]}", whom the article never mentions in any form')
        return
    near, anywhere = _nearby_speaker(ctx, speaker)
    if not near and not anywhere:
        yield Hit(f'speaker "{speaker}" does not appear in the article')
