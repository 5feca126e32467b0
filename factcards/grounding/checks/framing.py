"""Whose word it is: a claim that states as fact what its evidence frames as someone's charge ("Critics say
…"), an accusation ("accused of starting the blaze"), a report of nothing ("no reports of casualties"), what
a proposal would do ("a bill that would raise …"), what it is too soon to say, what happens only on a
condition ("… unless the company improves its offer"), an inquiry's line ("being treated as arson") or a
figure no one could verify. FC204 reports it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from factcards.grounding.checks.context import NOT_A_SCHEDULE, ClaimContext, forms_in, sentences_of, sides_of
from factcards.text.dictionary import forms_by_class, inflected_from
from factcards.text.lexicon import lexicon
from factcards.text.words import AUXILIARIES, Word, content_lemmas, is_content, lemmas, same_family, words


def _framing(ctx: ClaimContext, pattern: re.Pattern[str], frames_claim: Callable[[re.Match[str]], bool]) -> str | None:
    """The first frame `pattern` finds in the evidence that `frames_claim` says is put around the claim's words."""
    m = ctx.evidence_match(pattern, frames_claim)
    return m.group(0) if m else None


# "Critics say the mayor failed …": a charge made by one side, not a fact the article states.
_OPINION_FRAME = re.compile(
    r"\b(?:critics|opponents|detractors|skeptics|sceptics)\s+(?:have\s+|had\s+)?"
    r"(?:say|said|says|argue|argued|claim|claimed|contend|contended|charge|charged|allege|alleged|accuse|accused)\b",
    re.IGNORECASE,
)
_FRAMING_LEMMAS = frozenset("critic opponent detractor skeptic sceptic accuse allege charge claim".split())


def opinion_framed(ctx: ClaimContext, claim_lemmas: set[str]) -> str | None:
    """The frame ("Critics say") of evidence whose charge the claim states without one."""
    if claim_lemmas & _FRAMING_LEMMAS:
        return None
    actions: set[str] | None = None
    for text in ctx.texts:
        m = _OPINION_FRAME.search(text)
        if m is None:
            continue
        # The charge runs to the end of its clause: "…; only about 600 have been completed" is the article's.
        charge = re.split(r"[;—–]", text[m.end() :], maxsplit=1)[0]
        said = {f for w in words(charge) for f in lemmas(w.lower)}
        rest = {f for w in words(text[: m.start()] + text[m.end() + len(charge) :]) for f in lemmas(w.lower)}
        # The claim's actions come from the charge, none from the rest of the sentence.
        if actions is None:
            actions = {f for w in ctx.claim_words if "VERB" in forms_by_class(w.lower) for f in lemmas(w.lower)}
        # (and most of its words: "backed letting 16-year-olds vote in local elections, by 61 votes to 40" is told
        # by the sentences before "Opponents argued that 16-year-olds were not ready to vote")
        if (
            len(said & claim_lemmas) >= 2
            and actions & said
            and not (actions & rest) - said
            and not _told_mostly_elsewhere(ctx, said, rest.union(*(forms_in(t) for t in ctx.texts if t is not text)))
        ):
            return m.group(0)
    return None


def _told_mostly_elsewhere(ctx: ClaimContext, said: set[str], rest: set[str]) -> bool:
    """Whether more of the claim's words (content words and figures) are the rest of the evidence's alone than the
    charge's."""
    charge = elsewhere = 0
    for w in ctx.claim_words:
        if not (is_content(w.lower) or w.lower.isdigit()):
            continue
        forms = lemmas(w.lower) | {w.lower}
        charge += bool(forms & said)
        elsewhere += bool(forms & rest) and not forms & said
    return elsewhere > charge


# "is accused of starting the blaze", "charged with stealing": an act someone is said to have done.
_ACCUSED = re.compile(
    # "is accused of starting", and "accused the government of missing": someone's charge either way
    r"\b(?:accused|accuses|accusing|suspected|charged|indicted)\s+(?:\w+ly\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:of|with)\s+(?P<act>[a-z]+ing)\b",
    re.IGNORECASE,
)
_DENYING_LEMMAS = frozenset("deny denial dispute reject refute".split())
_ACCUSING_LEMMAS = frozenset("accuse accusation suspect suspicion charge indict indictment allege allegation".split())


def accused_of(ctx: ClaimContext, claim_lemmas: set[str]) -> str | None:
    """ "Orme started the blaze" against "Orme is accused of starting the blaze"."""
    if claim_lemmas & _ACCUSING_LEMMAS or claim_lemmas & _DENYING_LEMMAS:
        return None  # "Valdoria denies overfishing" states no act either
    return _framing(ctx, _ACCUSED, lambda m: bool(lemmas(m.group("act").lower()) & claim_lemmas))


# "denied claims by the opposition that she had known …": a charge the one charged denies, which is no fact.
_DENIED_CLAIMS = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:the\s+)?"
    r"(?:claims?|allegations?|accusations?|suggestions?|reports?)\s+(?:[^,;.]{0,40}?\s+)?that\s+(?P<clause>[^.;]{3,120})",
    re.IGNORECASE,
)


def denied_claim(ctx: ClaimContext) -> str | None:
    """ "The minister knew about the breach" against "The minister denied claims … that she had known about the
    breach": the claim states what the evidence has someone claim and another deny."""
    mine = content_lemmas(ctx.claim_words)
    if mine & _DENYING_LEMMAS:
        return None  # "The minister denied knowing" tells the denial
    frames_claim = _frames(mine, only_verbs=True)
    if mine & _WRONGLY_LEMMAS:
        return _framing(ctx, _DENIED_CLAIMS, frames_claim)  # ("was wrongly reported to have been arrested")
    return _framing(ctx, _DENIED_CLAIMS, frames_claim) or _framing(ctx, _TOLD_WRONGLY, frames_claim)


def _frames(mine: frozenset[str], *, only_verbs: bool = False) -> Callable[[re.Match[str]], bool]:
    """Whether a frame's clause is the claim's: its deed the claim's, and three of its words (or all, if fewer). The
    deed is its first word that can be a verb, or with `only_verbs` its first that can be nothing else. (A charge's
    clause runs on into the sentence's own verb, "over claims she altered coursework has been reinstated": its deed is
    the first; a denied one is read up to an aside, "…, which has risen from £20m to £32m", and by a verb alone: "the
    cost … has risen" is not "he misled councillors over the cost".)"""

    def a_deed(w: Word) -> bool:
        classes = set(forms_by_class(w.lower))
        return classes == {"VERB"} if only_verbs else "VERB" in classes

    def frames_claim(m: re.Match[str]) -> bool:
        clause = _ASIDE.split(m.group("clause"), maxsplit=1)[0]
        said = [w for w in words(clause) if is_content(w.lower)]
        deed = next((w for w in said if a_deed(w)), None)
        told = deed is None or bool(lemmas(deed.lower) & mine)
        return told and sum(1 for w in said if lemmas(w.lower) & mine) >= min(3, len(said))

    return frames_claim


# "suspended over claims she altered coursework", "amid allegations that he took bribes": a charge the article tells
# only as made.
_OVER_CLAIMS = re.compile(
    r"\b(?:over|amid|after|following|despite|about)\s+(?:the\s+)?(?:claims?|allegations?|accusations?|suggestions?"
    r"|rumou?rs?)\s+(?:that\s+)?(?P<clause>[^.;,]{3,120})",
    re.IGNORECASE,
)
_CLAIMING_LEMMAS = _ACCUSING_LEMMAS | _DENYING_LEMMAS | frozenset("claim suggest suggestion rumour rumor".split())


def claimed_only(ctx: ClaimContext) -> str | None:
    """ "An investigation found she altered pupils' coursework" against "suspended … over claims she altered pupils'
    coursework": the claim states what the evidence tells only as claimed."""
    mine = content_lemmas(ctx.claim_words)
    if mine & _CLAIMING_LEMMAS:
        return None  # "Parents claimed she altered …" tells the claim as one
    m = ctx.evidence_match(_OVER_CLAIMS, _frames(mine))
    if m is None:
        return None
    # (shown up to the claim's last word in it: "over claims she altered pupils' coursework")
    told = [w for w in words(m.group(0)) if lemmas(w.lower) & mine]
    return m.group(0)[: told[-1].end] if told else m.group(0)


# "a fake charity that claimed to help homeless veterans": a deed one only claimed to do.
_CLAIMED_TO = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|purport(?:ed|s|ing)?|pretend(?:ed|s|ing)?|profess(?:ed|es|ing)?)\s+to\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_NO_DEED = frozenset("be have get do".split())
_CLAIMED_TO_LEMMAS = frozenset("claim purport pretend profess fake bogus sham supposedly supposed".split())


def claimed_to(ctx: ClaimContext) -> str | None:
    """ "Her charity helped homeless veterans" against "a fake charity that claimed to help homeless veterans": the
    claim tells as done a deed the evidence says one only claimed to do."""
    mine = {f for w in ctx.claim_words for f in lemmas(w.lower)}
    if mine & (_CLAIMED_TO_LEMMAS | lexicon().reporting):
        return None  # ("Her fake charity claimed to help …", "he said he had …" keep it a claim)
    # (a deed of content: "claiming to be a police officer" is a pretence, and "claimed to have hacked …" tells the
    # deed after "have", often told as done, measured on `python -m bench --only trust`)
    m = ctx.evidence_match(
        _CLAIMED_TO, lambda m: m.group("verb").lower() not in _NO_DEED and bool(lemmas(m.group("verb").lower()) & mine)
    )
    return m.group(0) if m else None


# "after wrongly reporting that she had been arrested": what was told and is not so.
_TOLD_WRONGLY = re.compile(
    r"\b(?:wrongly|falsely|mistakenly|incorrectly|erroneously)\s+(?:report|claim|say|said|stat|suggest|assert|tell|told)"
    r"\w*\s+(?:[^,;.]{0,30}?\s+)?that\s+(?P<clause>[^.;]{3,120})",
    re.IGNORECASE,
)
_WRONGLY_LEMMAS = frozenset("wrongly falsely mistakenly incorrectly erroneously wrong false mistake error".split())


_ASIDE = re.compile(r",\s+(?:which|who|where|while|but|and|although|though)\b", re.IGNORECASE)

# "ending speculation that she would retire", "quashed rumours that the club would be sold": what was talked of,
# and is not so.
_SPECULATION_ENDED = re.compile(
    r"\b(?:end(?:s|ed|ing)?|quash(?:es|ed|ing)?|scotch(?:es|ed|ing)?|dismiss(?:es|ed|ing)?|put(?:ting)?\s+an\s+end\s+to)"
    r"\s+(?:the\s+|months\s+of\s+|weeks\s+of\s+)?(?:speculation|rumou?rs?|talk)\s+(?:[^,;.]{0,40}?\s+)?that\s+"
    r"(?P<clause>[^.;]{3,120})",
    re.IGNORECASE,
)


def speculation_ended(ctx: ClaimContext) -> str | None:
    """ "Okafor has announced her retirement" against "… has signed a one-year contract extension, ending speculation
    that she would retire": the claim tells as so what was only talked of, and is not."""
    if ctx.claim.negations:
        return None  # "Okafor will not retire" tells what ended the talk
    mine = [w.lower for w in ctx.claim_words if is_content(w.lower)]

    def frames_claim(m: re.Match[str]) -> bool:
        clause = _ASIDE.split(m.group("clause"), maxsplit=1)[0]
        deed = next((w for w in words(clause) if set(forms_by_class(w.lower)) == {"VERB"}), None)
        return deed is not None and any(lemmas(deed.lower) & lemmas(c) or same_family(deed.lower, c) for c in mine)

    return _framing(ctx, _SPECULATION_ENDED, frames_claim)


# "no reports of casualties", "no injuries were reported": nothing known of, which is not nothing.
NO_REPORTS_OF = r"\bno (?:immediate |initial |other )?reports? of (?:any )?"
_NONE_REPORTED = re.compile(
    rf"{NO_REPORTS_OF}(?P<a>[a-z]{{4,}})"
    r"|\bno (?P<b>[a-z]{4,}) (?:were|was|have been|has been|had been) (?:immediately )?reported",
    re.IGNORECASE,
)


def none_reported(ctx: ClaimContext) -> str | None:
    """ "with no casualties" against "there were no reports of casualties": the claim says there were none
    where the evidence says none were reported."""
    claim = ctx.card.claim
    if "report" in claim.lower():
        return None
    none_of = {
        form
        for said in re.finditer(r"\b(?:no|without|zero)\s+(?:[a-z]+\s+)?([a-z]{4,})", claim, re.IGNORECASE)
        for form in lemmas(said.group(1).lower())
    }
    return _framing(ctx, _NONE_REPORTED, lambda m: bool(lemmas((m.group("a") or m.group("b")).lower()) & none_of))


# "not aware of any accidents", "knew of no injuries": none that one knows of.
_NONE_KNOWN = re.compile(
    r"\b(?:not|n['’]t)\s+(?:been\s+)?aware\s+of\s+any\s+(?:other\s+|further\s+)?(?P<a>[a-z]{4,})"
    r"|\bknew\s+of\s+no\s+(?:other\s+|further\s+)?(?P<b>[a-z]{4,})"
    r"|\bno\s+known\s+(?P<c>[a-z]{4,})",
    re.IGNORECASE,
)
_NONE_SAID = re.compile(r"\b(?:no|not|none|never|n['’]t|without|unaware)\b", re.IGNORECASE)


def none_known_told_some(ctx: ClaimContext) -> str | None:
    """ "The company said several accidents had been linked to the problem" against "it was not aware of any accidents
    linked to the problem": what the evidence says none are known of, told as there."""
    if _NONE_SAID.search(ctx.card.claim):
        return None
    mine = content_lemmas(ctx.claim_words)
    return _framing(
        ctx, _NONE_KNOWN, lambda m: bool(lemmas((m.group("a") or m.group("b") or m.group("c")).lower()) & mine)
    )


# "there was no evidence that bank details had been accessed" (or "no evidence so far the fires were linked"): a
# clause no one has shown, which is not shown false either.
_NO_EVIDENCE = re.compile(
    r"\b(?:no|little|not\s+(?:any|enough))\s+(?:evidence|sign|signs|indication|proof)\s+"
    r"(?:(?:yet|so\s+far|as\s+yet|thus\s+far|at\s+this\s+(?:stage|point|time)),?\s+)?(?:(?:that|of)\s+"
    # (or the clause at once: "no evidence patient data had been stolen")
    r"|(?=(?:the|a|an|his|her|its|their|any)\s)|(?=(?:[\w'’-]+\s+){1,3}(?:had|has|have|was|were|is|are)\b))"
    r"(?P<clause>[^.;]{3,100})",
    re.IGNORECASE,
)
_UNSHOWN = re.compile(r"\b(?:no|little|any|not\s+enough)\s+(?:evidence|sign|signs|indication|proof)\b", re.IGNORECASE)


def no_evidence(ctx: ClaimContext) -> str | None:
    """ "Bank details were taken" against "there was no evidence that bank details had been accessed": the
    claim states what the evidence says nothing shows (whoever the claim credits)."""
    if _UNSHOWN.search(ctx.card.claim) or ctx.claim.negations:
        return None  # "… not accessed" is FC206's: none shown is not none
    mine = content_lemmas(ctx.claim_words)

    def frames_claim(m: re.Match[str]) -> bool:
        # (up to a clause of its own: "no sign of any leak and the crew of 22 are safe" shows nothing of the crew)
        clause = _OWN_CLAUSE.split(m.group("clause"), maxsplit=1)[0]
        said = [w for w in words(clause) if is_content(w.lower)]
        # (what nothing shows a thing led to is not the thing: "no evidence that switching off lights led to more
        # crime" shows nothing against "voted to switch off street lights")
        if (led := _LED_TO.search(clause)) and not any(lemmas(w.lower) & mine for w in words(clause[led.end() :])):
            return False
        return sum(1 for w in said if lemmas(w.lower) & mine) >= min(2, len(said))

    return _framing(ctx, _NO_EVIDENCE, frames_claim)


_LED_TO = re.compile(
    r"\b(?:led|leads|lead)\s+to\b|\bcaus(?:ed|es|e)\b|\bresult(?:ed|s)?\s+in\b|\blinked\s+to\b", re.IGNORECASE
)


_OWN_CLAUSE = re.compile(r",|\s(?:and|but|while|whereas)\s+(?=(?:the|a|an|his|her|its|their)\s|[A-Z])")


# "a bill that would raise the minimum wage": what a proposal would do if it became law.
_PROPOSAL_WOULD = re.compile(
    r"\b(?P<what>bill|measure|proposal|plan|legislation|amendment|law|rule|deal|agreement|policy|scheme|reform|motion"
    r"|initiative|referendum|ordinance)s?,?\s+(?:that|which)\s+would\s+(?:also\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"\b(?:would|could|might|may|if|unless|propos\w*|plan\w*|bill|measure|legislation)\b", re.I)


def proposed_only(ctx: ClaimContext) -> str | None:
    """ "The minimum wage will rise to $15" against "approved a bill that would raise the minimum wage to
    $15": the claim states as what will be what a proposal would do, and never says it is a proposal's."""
    claim = ctx.card.claim
    if _CONDITIONAL.search(claim):
        return None

    def frames_claim(m: re.Match[str]) -> bool:
        verb = m.group("verb").lower()
        forms, sides = lemmas(verb), set(sides_of(verb))
        return m.group("what").lower() not in claim.lower() and any(
            forms & lemmas(w.lower) or sides & set(sides_of(w.lower)) for w in ctx.claim_words
        )

    return _framing(ctx, _PROPOSAL_WOULD, frames_claim)


# "would consider an appeal", "is weighing legal action", "exploring a sale": a step only thought about.
# (Not "is considered the golden age", "considers Tiger Woods the greatest": what one is held to be.)
_CONSIDERED = re.compile(
    r"\b(?:(?:would|will|to|is|are|was|were|be|been|still)\s+(?:consider|considering|weigh|weighing|explore|exploring"
    r"|mull|mulling)|(?:had|have|has)\s+considered)"  # ("had considered quitting"; not "was considered the best")
    r"\s+(?:whether\s+to\s+|an?\s+|the\s+|possible\s+|legal\s+)*(?P<thing>[a-z]{3,})\b"
    # "ending speculation over a move to Spain", "talk of a merger": what was only talked of
    r"|\b(?:speculation|talk|rumou?rs?)\s+(?:over|about|of)\s+(?:an?\s+|the\s+|possible\s+)*(?P<thing2>[a-z]{4,})\b"
    # "more work was needed before any ban could be considered": a step not yet even weighed
    r"|\b(?:before|until|whether)\s+any\s+(?:further\s+|new\s+|future\s+|possible\s+)?(?P<thing3>[a-z]{3,})\s+"
    r"(?:could|can|would|will|might|may|is|was|were|be)\b",
    re.IGNORECASE,
)
# Before the claim's word for the thing, what keeps it unmet there too ("before a ban could be considered").
_NOT_YET_BEFORE = re.compile(r"\b(?:before|until|whether|if|unless|any|no)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THOUGHT_ABOUT = re.compile(
    r"\b(?:consider\w*|weigh\w*|explor\w*|mull\w*|may|might|could|possib\w*|potential\w*|whether|think\w*"
    r"|look\w*\s+at|speculat\w*|talk|rumou?r\w*|propos\w*|plan|plans|planned)\b",
    re.IGNORECASE,
)


def considered_only(ctx: ClaimContext) -> str | None:
    """ "Zipp said it would appeal against the decision" against "Zipp said … it would consider an appeal", "Berg has
    completed a move to Spain" against "ending speculation over a move to Spain": the claim tells as meant or done a
    step the evidence says was only thought or talked about."""
    if _THOUGHT_ABOUT.search(ctx.card.claim):
        return None

    def thought_of(m: re.Match[str]) -> bool:
        said = (m.group("thing") or m.group("thing2") or m.group("thing3")).lower()
        thing, sides = lemmas(said), set(sides_of(said))
        # ("considering raising the pension age" is what "the pension age will rise" tells as meant)
        return any(
            (thing & lemmas(w.lower) or same_family(said, w.lower) or sides & set(sides_of(w.lower)))
            and not (m.group("thing3") and _NOT_YET_BEFORE.search(ctx.card.claim, 0, w.start))
            for w in ctx.claim_words
        )

    m = ctx.evidence_match(_CONSIDERED, thought_of)
    return m.group(0) if m else None


# "it was too soon to say what caused the crash": nothing known yet of what the clause after it asks.
_TOO_SOON = re.compile(
    r"\btoo (?:soon|early) to (?:say|tell|know|determine|speculate|confirm)\s+(?:on\s+)?(?:what|why|how|whether|if|who)"
    r"\s+(?P<asked>[^.;]{3,80})",
    re.IGNORECASE,
)


def too_soon(ctx: ClaimContext) -> str | None:
    """ "Greer said a faulty signal caused the crash" against "it was too soon to say what caused the crash":
    the claim answers what the evidence says cannot be told yet."""
    if _TOO_SOON.search(ctx.card.claim):
        return None

    def frames_claim(m: re.Match[str]) -> bool:
        asked = {f for w in words(m.group("asked")) if "VERB" in forms_by_class(w.lower) for f in lemmas(w.lower)}
        return any(lemmas(w.lower) & asked for w in ctx.claim_words)

    if _CAUSE_UNKNOWN.search(ctx.card.claim):
        return None  # the claim keeps it: "the cause is being investigated"
    caused = _CAUSED.search(ctx.card.claim) is not None
    return (
        _framing(ctx, _TOO_SOON, frames_claim)
        or (_framing(ctx, _TOO_SOON_TO_LINK, lambda m: True) if caused else None)
        or (_framing(ctx, _CAUSE_UNKNOWN, lambda m: True) if caused else None)
    )


# "researchers say it is too early to link the two": a cause no one can give yet.
_TOO_SOON_TO_LINK = re.compile(
    r"\btoo (?:soon|early) to (?:link|connect|tie|attribute|credit|blame|draw (?:a|any) (?:link|connection))\b",
    re.IGNORECASE,
)
# "the cause is being investigated", "the cause of the fire is not yet known": no cause given yet.
_CAUSE_UNKNOWN = re.compile(
    r"\bcause(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?\s+(?:is|was|remains|remained|has\s+not\s+been|had\s+not\s+been)"
    r"\s+(?:still\s+|not\s+(?:yet\s+)?|as\s+yet\s+)?(?:being\s+investigated|under\s+investigation|unknown|unclear|"
    r"not\s+known|known|clear|established|determined|investigated)\b"
    r"|\b(?:investigat\w+|trying|working)\s+to\s+(?:establish|determine|find\s+out)\s+(?:the\s+cause|what\s+caused)\b",
    re.IGNORECASE,
)
_CAUSED = re.compile(
    r"\b(?:caus\w*|led to|leads to|lead to|result(?:ed|s)? in|because of|due to|thanks to|drove|driven by"
    r"|responsible for|contributed to|behind)\b",
    re.IGNORECASE,
)


# "putting about 4,000 jobs at risk", "up to 300 jobs are at risk": a loss that may come, not one made.
_AT_RISK = re.compile(
    r"\b(?P<n>\d+(?:,\d{3})*)\s+(?:[a-z]+\s+){0,2}?(?:jobs?|posts?|roles?|homes?|lives|people)\s+"
    r"(?:are\s+|were\s+|is\s+|could\s+be\s+|now\s+)?at\s+risk\b"
    # "affecting about 600 staff": touched by it, not told to have lost anything
    r"|\baffect(?:ing|s|ed)?\s+(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?(?P<n3>\d+(?:,\d{3})*)\s+"
    r"(?:[a-z]+\s+)?(?:staff|workers|employees|jobs|people|roles|posts)\b",
    re.IGNORECASE,
)
# "cutting 4,000 jobs", "has cost 2,300 jobs", "with the loss of 320 jobs"; "2,300 jobs have been lost", "4,000 jobs will go": a loss told as made.
_LOST = re.compile(
    r"\b(?:cut|cuts|cutting|axe[sd]?|axing|shed|sheds|shedding|lose|loses|losing|lost|eliminat\w+|scrap\w*"
    r"|cost|costs|costing|loss\s+of|losses\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?(?P<n>\d+(?:,\d{3})*)\b"
    r"|\b(?P<n2>\d+(?:,\d{3})*)\s+(?:jobs?|posts?|roles?)\s+(?:have\s+been|had\s+been|were|was|will\s+be|are\s+being"
    r"|will|are\s+to|have|had)?\s*(?:lost|cut|axed|shed|go|gone|scrapped|eliminated)\b"
    # "600 staff will lose their jobs", "300 workers will be made redundant"
    r"|\b(?P<n3>\d+(?:,\d{3})*)\s+(?:[a-z]+\s+)?(?:staff|workers|employees|people)\s+(?:will\s+|would\s+|are\s+to\s+"
    r"|have\s+|had\s+)?(?:(?:lose|lost|losing)\s+their\s+jobs|be\s+made\s+redundant|be\s+laid\s+off)\b",
    re.IGNORECASE,
)


def only_at_risk(ctx: ClaimContext) -> str | None:
    """ "The company will close 200 stores, cutting 4,000 jobs" against "…, putting about 4,000 jobs at risk": a
    loss told as made that the evidence says is only a risk."""
    mine = {m.group("n") or m.group("n2") or m.group("n3") for m in _LOST.finditer(ctx.card.claim)}
    if not mine or _AT_RISK.search(ctx.card.claim):
        return None
    m = ctx.evidence_match(_AT_RISK, lambda m: (m.group("n") or m.group("n3")) in mine and not _LOST.search(m.string))
    return m.group(0) if m else None


# "a man posing as a police officer", "fraudsters pretending to be from the bank": what one only passed for.
_POSED_AS = re.compile(
    r"\b(?:pos(?:e|es|ed|ing)|pretend(?:s|ed|ing)?|masquerad(?:e|es|ed|ing)|disguised|dressed|claim(?:s|ed|ing)?)\s+"
    r"(?:to\s+be\s+|as\s+)(?:an?\s+|the\s+|from\s+(?:an?\s+|the\s+)?)?(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b"
    r"|\bimpersonat(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?P<what2>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b",
    re.IGNORECASE,
)
_PRETENCE_WORDS = re.compile(
    r"\b(?:pos(?:e|es|ed|ing)|pretend\w*|masquerad\w*|disguis\w*|impersonat\w*|impost[eo]rs?|fake|bogus|sham|"
    r"phoney|phony|purport\w*|so-called|dressed|claim\w*|fraudster\w*|conman|conmen|scam\w*|supposed\w*)\b",
    re.IGNORECASE,
)


def pretence_dropped(ctx: ClaimContext) -> str | None:
    """ "A police officer conned a woman" against "conned … by a man posing as a police officer": the claim makes one
    what the evidence says they only passed for."""
    if _PRETENCE_WORDS.search(ctx.card.claim):
        return None
    claim_lemmas = {form for w in ctx.claim_words for form in lemmas(w.lower)}

    def passed_for_the_claims(m: re.Match[str]) -> bool:
        what = [w.lower() for w in (m.group("what") or m.group("what2")).split()]
        # (up to where what they passed for ends: "posed as a doctor to treat patients" passed for a doctor)
        what = list(itertools.takewhile(is_content, itertools.dropwhile(lambda w: not is_content(w), what)))
        while what and not (is_content(what[-1]) and "NOUN" in forms_by_class(what[-1])):
            what.pop()  # ("posing as bank staff has …": what they passed for ends on its noun)
        # (the whole of it in the claim: "bank staff" is not the claim's "her bank")
        if not (what and all(lemmas(w) & claim_lemmas for w in what if is_content(w))):
            return False
        # (unless the evidence tells of the real one too: "… posing as her bank … The bank has agreed to refund")
        real = re.compile(rf"\b{re.escape(what[-1])}\b", re.IGNORECASE)
        elsewhere = [m.string[: m.start()] + " " + m.string[m.end() :], *(t for t in ctx.texts if t != m.string)]
        return not any(real.search(t) and not _POSED_AS.search(t) for part in elsewhere for t in sentences_of(part))

    return _framing(ctx, _POSED_AS, passed_for_the_claims)


# "… would begin on March 3 unless the company improved its offer", "If the board approves, fares will
# rise": what is to happen only on a condition. ("asked if", "even if", "as if" set no condition.)
_NOT_A_CONDITION = r"(?<!\beven\s)(?<!\bas\s)(?<!\bask\s)(?<!\basked\s)(?<!\bwonder\s)"  # before "if"
_UNLESS = re.compile(
    r"(?P<then>[^,;:.!?]{8,160}?)\s*,?\s+(?P<cond>(?:unless|provided\s+that|as\s+long\s+as|on\s+condition\s+that)\b"
    rf"[^,;.!?]{{3,120}}|{_NOT_A_CONDITION}if\b[^,;.!?]{{3,120}})",
    re.IGNORECASE,
)
_IF_THEN = re.compile(
    r"(?:^|[.;:!?]\s*|\bbut\s+)(?P<cond>(?:if|unless)\s+[^,;.!?]{3,120}),\s*(?P<then>[^;.!?]{8,160})", re.I
)
_ANY_CONDITION = re.compile(r"\b(?:if|unless|provided|as\s+long\s+as)\b", re.IGNORECASE)
_CLAIM_CONDITION = re.compile(
    r"\b(?:if|unless|provided|as\s+long\s+as|condition\w*|subject\s+to|depend\w*|hinge\w*|contingent|threat\w*"
    r"|could|might|may|would\s+have|possib\w*|potential\w*)\b",
    re.IGNORECASE,
)


def condition_dropped(ctx: ClaimContext) -> str | None:
    """ "Walkouts will begin on March 3" against "walkouts would begin on March 3 unless the company improved
    its pay offer": the claim tells as settled what the evidence says happens only on a condition. Only
    when the claim tells the deed the condition governs (a verb of its own, in any form) and says nothing of
    any condition itself."""
    if _CLAIM_CONDITION.search(ctx.card.claim):
        return None
    # A deed the claim tells as done is another than the one to come: "raised its rate to 0.5%" against "raised
    # its rate to 0.5% …, and said it would continue to raise rates if the economy performed as expected".
    claim_verbs = {
        f
        for w in ctx.claim_words
        if is_content(w.lower) and "VERB" in forms_by_class(w.lower) and not _told_as_past(w.lower)
        for f in lemmas(w.lower)
    }
    if not claim_verbs:
        return None
    for text in ctx.texts:
        if not _ANY_CONDITION.search(text):
            continue
        for pattern in (_IF_THEN, _UNLESS):
            for m in pattern.finditer(text):
                told = _ANOTHER_CLAUSE.split(m.group("then"), maxsplit=1)[0]  # "… more than if you were flying"
                future = _FUTURE_THEN.search(told)
                if future is None:
                    continue
                then = _deed_after(told, future)
                cond = {f for w in words(m.group("cond")) for f in lemmas(w.lower)}
                if (claim_verbs & then) - cond:
                    return m.group("cond").strip()
    return None


# "even if their owners can show …", "whether or not the vote passes": a deed told as coming whatever the condition.
_WHATEVER = re.compile(
    r"\b(?:even\s+if|even\s+though|whether\s+or\s+not|regardless\s+of\s+whether)\s+(?P<cond>[^,;.!?]{3,120})",
    re.IGNORECASE,
)


def condition_defied(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The scooters will be crushed even if their owners can show they were used legally" against "will be crushed
    unless their owners can show they were used legally": the claim has the deed come whatever the condition the
    evidence sets for it, told in the same words (at least two of them, in lemmas)."""
    mine = _WHATEVER.search(ctx.card.claim)
    if mine is None:
        return None
    wanted = content_lemmas(words(mine.group("cond")))
    for text in ctx.texts:
        for theirs in _CONDITION.finditer(text):
            if len(wanted & content_lemmas(words(theirs.group("cond")))) >= 2:
                return mine.group(0).strip(), theirs.group(0).strip()
    return None


# "unless it can raise £500,000", "if the council approves the plan": the deed a condition asks for.
_CONDITION = re.compile(
    rf"{_NOT_A_CONDITION}\b(?:if|unless|provided\s+that|as\s+long\s+as)\s+"
    r"(?P<cond>(?:[^,;.!?]|(?<=\d)[,.](?=\d)){3,120})",  # ("£500,000": a figure's comma ends nothing)
    re.IGNORECASE,
)
_DONE = re.compile(r"\b(?:has|have|had|was|were)\s+(?:\w+\s+)?$", re.IGNORECASE)


def condition_told_as_met(ctx: ClaimContext) -> str | None:
    """ "The hospice has raised £500,000" against "will close its ward unless it can raise £500,000": the claim tells
    as done the deed the evidence only sets as a condition, and the evidence tells it nowhere else."""
    claim = ctx.card.claim
    if _CLAIM_CONDITION.search(claim) or ctx.claim.negations:
        return None
    done = {
        f
        for w in ctx.claim_words
        if is_content(w.lower)
        and "VERB" in forms_by_class(w.lower)
        and (_told_as_past(w.lower) or _DONE.search(claim, 0, w.start))
        for f in lemmas(w.lower)
    }
    if not done:
        return None
    for text in ctx.texts:
        if not _ANY_CONDITION.search(text):
            continue
        for m in _CONDITION.finditer(text):
            said = words(m.group("cond"))
            at = next(
                (i for i, w in enumerate(said) if "VERB" in forms_by_class(w.lower) and lemmas(w.lower) & done), 0
            )
            if not at or not _same_doer(said[:at], claim):
                continue
            # (a deed done to nothing, "if the air quality worsens", is the same one by its doer alone)
            if any(_told(w) for w in said[at + 1 :]) and not _same_object(said[at + 1 :], said[at], ctx):
                continue
            rest = text[: m.start()] + text[m.end() :]
            if not any(lemmas(w.lower) & lemmas(said[at].lower) for w in words(rest)):
                return m.group(0).strip()
    return None


def _same_object(after: list[Word], verb: Word, ctx: ClaimContext) -> bool:
    """Whether the claim does the condition's deed to the same thing: a word after its verb that the condition has
    after its own ("raised £500,000" for "can raise £500,000"; "won a green jacket" is not "wins his third major")."""
    theirs = {w.lower for w in after[:4] if _told(w)}
    deed = lemmas(verb.lower)
    for i, w in enumerate(ctx.claim_words):
        if lemmas(w.lower) & deed and {v.lower for v in ctx.claim_words[i + 1 : i + 5] if _told(v)} & theirs:
            return True
    return False


def _told(word: Word) -> bool:
    """A content word or a figure ("£500,000")."""
    return is_content(word.lower) or any(ch.isdigit() for ch in word.lower)


def _same_doer(subject: list[Word], claim: str) -> bool:
    """Whether the condition's subject ("unless it can raise …") may be the claim's doer: a pronoun standing for it,
    or words the claim has ("if inflation kept easing" is no deed of the bank's)."""
    told = [w for w in subject if w.lower not in AUXILIARIES]
    if not told:
        return False
    if len(told) == 1 and told[0].lower in _PRONOUNS:
        return True
    claimed = {f for w in words(claim) for f in lemmas(w.lower)}
    return all(lemmas(w.lower) & claimed for w in told if is_content(w.lower))


_PRONOUNS = frozenset("it they he she we".split())


_BEFORE_THE_DEED = frozenset("not also be have then still soon only again now further".split())


def _deed_after(told: str, future: re.Match[str]) -> set[str]:
    """The verb "would" or "will" governs, and one it takes with "to" ("would continue to raise rates":
    continue, raise); "faces" is its own deed. Not "including El Al, your flight would take …"'s "include"."""
    if future.group(0).lower().startswith("face"):
        return {"face"}
    found: set[str] = set()
    following = [w.lower for w in words(told[future.end() :])]
    at = next((i for i, w in enumerate(following) if w not in _BEFORE_THE_DEED), None)
    if at is None or "VERB" not in forms_by_class(following[at]):
        return found
    found |= lemmas(following[at])
    if at + 2 < len(following) and following[at + 1] == "to" and "VERB" in forms_by_class(following[at + 2]):
        found |= lemmas(following[at + 2])
    return found


def _told_as_past(word: str) -> bool:
    return any(lemma != word for lemma in inflected_from(word, "VBD"))


# The governed deed is still to come ("would begin", "will rise", "faces up to"): "The bridge closed if
# it rained" tells a past habit, not a condition on what the claim says.
# ("could" and "may" are hedges, FC204's other reading.)
_FUTURE_THEN = re.compile(r"\b(?:will|would|shall|won['’]t|wouldn['’]t|faces?)\b", re.I)
_ANOTHER_CLAUSE = re.compile(r"\b(?:if|unless|than|when|whether)\b", re.I)


# "being treated as arson", "was treated as suspicious": a line of inquiry, not what happened. The same words
# in a claim without the inquiry ("The fire was arson", "started deliberately") tell the line as fact.
_CRIME = r"arson\w*|deliberate\w*|murder\w*|homicide|terror\w*|crim\w+|hate\s+crime|manslaughter|suspicious"
_TREATED_AS = re.compile(
    r"\b(?:is|was|are|were|been|being)\s+(?:now\s+|still\s+)?(?:being\s+)?treated\s+as\s+(?:an?\s+)?"
    rf"(?P<what>(?:[a-z-]+\s+){{0,2}}?(?:{_CRIME}|unexplained))\b",
    re.IGNORECASE,
)
_CRIME_TOLD = re.compile(rf"\b(?:{_CRIME}|on\s+purpose|set\s+alight)\b", re.IGNORECASE)
_AS_INQUIRY = re.compile(r"\b(?:treat\w*|suspect\w*|suspicion|investigat\w*|inquir\w*|probe\w*|believ\w*)\b", re.I)


def treated_as(ctx: ClaimContext) -> str | None:
    """ "The fire was started deliberately" or "The fire service said the blaze was arson" against "a blaze …
    which the fire service said was being treated as arson": the claim tells as what happened what the
    evidence says the inquiry is treating it as."""
    claim = ctx.card.claim
    if not _CRIME_TOLD.search(claim) or _AS_INQUIRY.search(claim):
        return None
    m = ctx.evidence_match(_TREATED_AS)
    return m.group(0) if m else None


# "…, a figure that could not be independently verified": what only its source says.
_UNVERIFIED = re.compile(
    r"\b(?:could|can|has|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:be|been)\s+independently\s+(?:verified|confirmed)"
    r"|\b(?:figures?|toll|tolls|claims?)\s+(?:that|which)\s+(?:could|can|has|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:be|been)"
    r"\s+(?:verified|confirmed)|\b(?:unverified|unconfirmed)\b",
    re.IGNORECASE,
)
# The claim saying whose figure it is: "…, according to Gaza's health ministry", "the ministry said".
_CREDITED = re.compile(r"\b(?:said|says|say|told|according\s+to|claim(?:s|ed)?|report(?:s|ed)?|put\s+the)\b", re.I)
_FIGURE = re.compile(r"\d[\d,.]*")


def _figures_in(text: str) -> set[str]:
    """Each figure `text` writes, as written, without a stop after it ("8,000." -> "8,000")."""
    return {f.rstrip(".,") for f in _FIGURE.findall(text)}


def unverified(ctx: ClaimContext) -> str | None:
    """ "At least 45 people were killed" against "Gaza's health ministry said at least 45 people were killed …, a
    figure that could not be independently verified": a figure only its source gives, told without the source
    (a claim that says who says so keeps it)."""
    figures = _figures_in(ctx.card.claim)
    if not figures or _CREDITED.search(ctx.card.claim):
        return None
    m = ctx.evidence_match(_UNVERIFIED, lambda m: bool(figures & _figures_in(m.string)))
    return m.group(0) if m else None


# "an undisclosed fee, reported to be around £8m", "a sum thought to be worth $2bn": a figure only said to be so.
_SAID_TO_BE = re.compile(
    r"\b(?:reported|said|thought|understood|believed|rumou?red|alleged)\s+to\s+(?:be|have\s+been|have\s+cost|total"
    r"|cost)\s+(?:worth\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|up\s+to|over|as\s+much\s+as)\s+)?"
    r"(?P<figure>[$£€]?\d[\d,.]*)(?:\s?(?:m|bn|k|million|billion)\b)?",
    re.IGNORECASE,
)
# A claim that keeps the hearsay in its own words.
_HEARSAY_KEPT = re.compile(
    r"\b(?:reported(?:ly)?|report|reports|said\s+to|thought|understood|believed|rumou?r(?:ed|s)?|alleged(?:ly)?"
    r"|speculat\w*|unconfirmed|estimated?)\b",
    re.IGNORECASE,
)


def hearsay_figure(ctx: ClaimContext) -> str | None:
    """ "Brenton paid £8m to sign Eklund" against "for an undisclosed fee, reported to be around £8m": a figure the
    evidence only says is reported (or thought, understood, rumoured) to be so, told as fact, whoever the claim says
    announced it."""
    figures = _figures_in(ctx.card.claim)
    if not figures or _HEARSAY_KEPT.search(ctx.card.claim):
        return None
    m = ctx.evidence_match(_SAID_TO_BE, lambda m: m.group("figure").lstrip("$£€").rstrip(".,") in figures)
    return m.group(0) if m else None


# "while police put the figure at 8,000", "police estimated the crowd at 8,000": one side's count of a thing another
# side counts otherwise.
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates?|estimating)\s+(?:the\s+|their\s+|its\s+)?(?:figure|number|total"
    r"|count|turnout|crowd|attendance|toll|size)\s+(?:at|closer\s+to|nearer(?:\s+to)?)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|just\s+|only\s+)?(?P<figure>\d(?:[\d,.]*\d)?)",
    re.IGNORECASE,
)
# "…, according to organisers", "organisers say", "an estimated 20,000": whose count the claim gives, or that it is one.
_WHOSE_COUNT = re.compile(r"\baccording\s+to\b|\bestimat\w*|\bclaim\w*", re.IGNORECASE)


def disputed_figure(ctx: ClaimContext) -> str | None:
    """ "About 20,000 people took part in the march" against "Organisers said about 20,000 people took part …, while
    police put the figure at 8,000": a figure two sides give otherwise, told as fact without saying whose it is."""
    figures = _figures_in(ctx.card.claim)
    if not figures or _PUT_AT.search(ctx.card.claim) or _WHOSE_COUNT.search(ctx.card.claim):
        return None
    for text in ctx.texts:
        for m in _PUT_AT.finditer(text):
            theirs = m.group("figure").rstrip(".,")
            told = _figures_in(text)
            # (two counts of the thing in the evidence, and the claim gives one of them)
            if figures & told and len(told - {theirs}) and (theirs in figures or figures & (told - {theirs})):
                return m.group(0)
    return None


# "a tsunami warning", "warnings of flooding", "the threat of a strike": a thing warned of, which has not happened.
_WARNED_OF = re.compile(
    r"\b(?P<thing>[a-z]{4,})\s+(?:warnings?|alerts?|watch(?:es)?)\b"
    r"|\b(?:warnings?|alerts?|threats?|fears?)\s+of\s+(?:a\s+|an\s+|further\s+|more\s+)?(?P<thing2>[a-z]{4,})\b",
    re.IGNORECASE,
)
_WARNED_KEPT = re.compile(r"\b(?:warn\w*|alert\w*|watch\w*|threat\w*|risk\w*|fear\w*|possib\w*)\b", re.IGNORECASE)


def warned_only(ctx: ClaimContext) -> str | None:
    """ "A tsunami struck the coast" against "the quake was followed by a tsunami warning that was lifted": the claim
    tells as happened what the evidence only warns of, and writes nowhere else."""
    if _WARNED_KEPT.search(ctx.card.claim):
        return None
    mine = content_lemmas(ctx.claim_words)
    for text in ctx.texts:
        for m in _WARNED_OF.finditer(text):
            thing = (m.group("thing") or m.group("thing2")).lower()
            forms = lemmas(thing)
            if not forms & mine or not is_content(thing):
                continue
            # the thing told elsewhere in the evidence, outside the warning ("brought flooding, and flood warnings
            # remain"), has happened
            rest = "".join(t if t is not text else t[: m.start()] + t[m.end() :] for t in ctx.texts)
            if any(lemmas(w.lower) & forms for w in words(rest)):
                continue
            return m.group(0)
    return None


# "Experts had feared the tree would never recover": a fear or a hope, which says nothing will be; "Experts said …"
# tells it as what they held would be.
_FEARED = re.compile(
    r"\b(?P<who>[a-z][\w'’-]+)\s+(?:had\s+|have\s+|has\s+)?(?:feared|fears|fear|hoped|hopes|hope|worried|worries)"
    r"\s+(?:that\s+)?",
    re.IGNORECASE,
)
_SAID_SO = re.compile(
    r"\b(?P<who>[a-z][\w'’-]+)\s+(?:had\s+|have\s+|has\s+)?(?:said|says|say|stated|states|insisted|predicted)"
    r"\s+(?:that\s+)?",
    re.IGNORECASE,
)


def fear_told_as_said(ctx: ClaimContext) -> str | None:
    """ "Experts said the tree would never recover" against "Experts had feared the tree would never recover": what
    one feared or hoped, told as what they said, where the evidence never has them say it."""
    mine = _SAID_SO.search(ctx.card.claim)
    if mine is None:
        return None
    who = lemmas(mine.group("who").lower())
    if any(lemmas(m.group("who").lower()) & who for text in ctx.texts for m in _SAID_SO.finditer(text)):
        return None
    rest = content_lemmas(words(ctx.card.claim[mine.end() :]))
    for text in ctx.texts:
        for m in _FEARED.finditer(text):
            told = content_lemmas(words(text[m.end() :])[:8])
            if lemmas(m.group("who").lower()) & who and len(told & rest) >= 2:
                return m.group(0).strip()
    return None


# "experts will carry out a post-mortem to find out why it beached", "the cause of the fire is not yet known": a cause
# still to be found, which a claim that gives one tells as known.
_CAUSE_TO_FIND = re.compile(
    r"\bto\s+(?:find\s+out|work\s+out|establish|determine|discover|understand)\s+(?:why|how|what\s+(?:caused|killed|happened))"
    r"|\bcause\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:is|was|remains|has\s+not\s+been|had\s+not\s+been)\s+"
    r"(?:not\s+(?:yet\s+)?(?:known|clear|established)|unknown|unclear|under\s+investigation|being\s+investigated)"
    # ("it said the cause had not yet been established")
    r"|\bcause\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:has|had|have)\s+(?:not|yet\s+to)\s+(?:yet\s+)?be(?:en)?\s+"
    r"(?:established|determined|identified|confirmed|found)"
    # ("The operator said the cause would be investigated")
    r"|\bcause\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:would|will)\s+be\s+(?:investigated|looked\s+into|examined)",
    re.IGNORECASE,
)
_CAUSE_GIVEN = re.compile(
    r"\b(?:died|dead|killed|beached|stranded|crashed|collapsed|failed|sank)\s+(?:of|from|because\s+of|due\s+to)\s+"
    r"|\bcaused\s+(?:by|the|a|an|it|its)\s+|\bbecause\s+(?:of\s+)?|\bdue\s+to" + NOT_A_SCHEDULE + r"\s+"
    # ("had been hit by a ship": what killed it)
    r"|\b(?:been|was|were)\s+(?:hit|struck|killed)\s+by\s+(?:a|an|the)\s+"
    # ("the cause was a fault with the engine")
    r"|\bcause\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:was|is|had\s+been|has\s+been)\s+(?:a|an|the)\s+",
    re.IGNORECASE,
)
# (an investigation still running, not "investigators found")
_CAUSE_OPEN = re.compile(
    r"\b(?:unknown|unclear|not\s+(?:yet\s+)?known|investigat(?:ion|ing|ed)|to\s+find\s+out)\b", re.IGNORECASE
)


def cause_unknown(ctx: ClaimContext) -> str | None:
    """ "A post-mortem found the whale died of starvation" against "experts will carry out a post-mortem to find out
    why it beached": the claim gives a cause the evidence says is yet to be found."""
    claim = ctx.card.claim
    if not _CAUSE_GIVEN.search(claim) or _CAUSE_OPEN.search(claim):
        return None
    m = ctx.evidence_match(_CAUSE_TO_FIND)
    return m.group(0) if m else None


# "was linked to a 15% lower risk", "is associated with": a link a study found, which says nothing of cause.
# ("those working night shifts … were 18% more likely to develop diabetes": a study's odds, no cause)
_LINKED = re.compile(
    r"\b(?:linked|associated|tied|correlated)\s+(?:to|with)\b|\b(?:more|less|as)\s+likely\s+to\b", re.IGNORECASE
)
# "though the researchers said it did not prove cause and effect": a link, so named; against it only a claim whose verb
# can only make it happen ("makes children better at maths"; not "had a 47% lower risk", which the study found).
_NOT_PROVEN = re.compile(
    r"\b(?:not|n't|never)\s+(?:prove|show|establish|mean)\w*\s+(?:that\s+)?(?:(?:a|any)\s+)?(?:cause\s+and\s+effect"
    r"|causation|causal\s+link|causality)\b",
    re.IGNORECASE,
)
_MAKING = re.compile(
    r"\b(?:makes?|made|causes?|caused|leads?\s+to|led\s+to|improves?|improved|boosts?|boosted|prevents?|prevented)\b",
    re.IGNORECASE,
)
# "cuts the risk", "causes cancer", "prevents falls": a claim that the thing does it.
_CAUSING = re.compile(
    r"\b(?:cut|cuts|reduces?|reduced|lowers?|lowered|raises?|raised|increases?|increased|boosts?|boosted|causes?|caused"
    r"|prevents?|prevented|protects?|protected|halves|halved|doubles|doubled|leads?\s+to|led\s+to)\b",
    re.IGNORECASE,
)


_LINKING = re.compile(r"\b(?:link\w*|associat\w*|tied|correlat\w*|likely|likelier|odds)\b", re.IGNORECASE)
_CAUSING_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|by)\b", re.IGNORECASE)


def link_made_cause(ctx: ClaimContext) -> str | None:
    """ "Drinking two to three cups of coffee a day cuts the risk of heart disease by 15%" against "… was linked to a
    15% lower risk of heart disease": the claim says the thing does what the evidence says only goes with it."""
    claim = ctx.card.claim
    # (a claim that links them too, or denies the cause: "did not show that coffee caused the lower risk")
    if _LINKING.search(claim) or ctx.claim.negations:
        return None
    if _MAKING.search(claim) and (proven := ctx.evidence_match(_NOT_PROVEN)):
        return proven.group(0)
    if not _CAUSING.search(claim):
        return None
    m = ctx.evidence_match(_LINKED)
    # (the evidence saying it causes it too, a verb with its object: not "a 15% lower risk", "was the cause")
    if m is None or any(_CAUSING_OBJECT.match(m.string, c.end()) for c in _CAUSING.finditer(m.string)):
        return None
    return m.group(0)


# "it would decide next summer whether to make the change permanent": a thing still to be decided.
_WHETHER = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?P<rest>[^.;:]{0,80})", re.IGNORECASE)


def _participle(lower: str) -> bool:
    """A past participle ("expelled", "taken"; the dictionary lists many regular ones only as a past tense)."""
    return bool(inflected_from(lower, "VBN") or inflected_from(lower, "VBD"))


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|gets?|got)\s+$")


def undecided_told(ctx: ClaimContext) -> str | None:
    """ "Olby council has adopted a permanent four-day working week" against "… would decide next summer whether to make
    the change permanent": the claim tells as settled what the evidence writes only as a question still open."""
    if re.search(r"\b(?:whether|if)\b", ctx.card.claim, re.IGNORECASE):
        return None
    for text in ctx.texts:
        for m in _WHETHER.finditer(text):
            rest = m.group("rest").split(",")[0]  # (what is asked, up to the clause that follows it)
            # (what one may become, and what may be done to one: "whether he is expelled")
            asked = [
                w
                for w in words(rest)
                if is_content(w.lower)
                and ("ADJ" in forms_by_class(w.lower) or (_BE_BEFORE.search(rest, 0, w.start) and _participle(w.lower)))
            ]
            outside = text[: m.start()] + " " + "".join(t for t in ctx.texts if t is not text)
            for w in asked:
                forms = lemmas(w.lower)
                told = any(forms & lemmas(c.lower) for c in ctx.claim_words)
                if told and not any(forms & lemmas(o.lower) for o in words(outside)):
                    return text[m.start() : m.start("rest") + w.end]
    return None


# "which was due to close in the council's cuts, will stay open": a plan told as it stood, which has since given way.
_PAST_PLAN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:due|set|expected|scheduled|planned|meant|supposed|slated|going)\s+to\s+"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# "will close", "is to close", "is set to close": a deed told as to come.
_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set\s+|due\s+|going\s+)?to)\s+(?:now\s+|still\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def past_plan_told(ctx: ClaimContext) -> str | None:
    """ "Cressington Library will close" against "Cressington Library, which was due to close in the council's cuts,
    will stay open": the claim tells as to come what the evidence says only was planned, and tells nowhere else."""
    for m in _TO_COME.finditer(ctx.card.claim):
        deed = lemmas(m.group("verb").lower())
        if not deed or deed & frozenset({"be", "have"}):
            continue
        for text in ctx.texts:
            plans = [o for o in _PAST_PLAN.finditer(text) if lemmas(o.group("verb").lower()) & deed]
            if not plans:
                continue
            told = [w for w in words(text) if lemmas(w.lower) & deed]
            if all(any(o.start("verb") == w.start for o in plans) for w in told):
                return plans[0].group(0)
    return None
