"""When it happens: a claim must not tell as done what its evidence says will be, nor the other way round.

"The bridge will close on Monday" does not say the bridge closed: written before Monday, the closure
may yet be put off. "The minister resigned" does not say the minister will resign. Coverage cannot see
either: the same verb is in both, in another tense.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcards.grounding.checks.context import ClaimContext, forms_in, sentences_of, told_the_other_way
from factcards.grounding.checks.registry import UNSUPPORTED, Hit, register
from factcards.grounding.checks.roles import BE_BEFORE
from factcards.text.calendar_names import MONTHS
from factcards.text.clauses import past_participle
from factcards.text.dictionary import forms_by_class, inflected_from
from factcards.text.lexicon import lexicon, said_otherwise
from factcards.text.words import Word, content_lemmas, is_content, lemmas, paraphrase_groups, words

# "will close", "will be closed", "is set to close", "are going to close": what is still to come.
# ("is expected to close" is a hedge too: FC204 says so.)
# "is set to close", and "are in talks to sign", "are poised to sign", "is about to sign": not done yet either.
_ABOUT_TO = r"(?:going|set|due|scheduled|poised|about|in\s+talks|in\s+negotiations)\s+to"
# ("a new factory near Felton, due to open in 2027": set off by a comma, with no "is")
# ("regulators must approve the deal": what must yet be done is not done)
# ("The supermarket is to stop selling energy drinks": news's future of a decision made)
_FUTURE = (
    rf"(?P<aux>will|shall|must|(?:is|are|am|was|were|(?:had|has|have)\s+been)\s+{_ABOUT_TO}"
    r"|(?<=,\s)(?:due|set|scheduled)\s+to|won['’]t"
    r"|(?:is|are)\s+to(?=\s+(?:be\s+)?[a-z]+))"
)
# In evidence, "warned that it would impose new tariffs" is not done either: what someone said would
# happen. A "would" no one says ("Leonard would win the third fight in 1989", "he would spend 100
# days") tells a story's past, and a claim's own "would" reports.
_NOT_YET = (
    r"(?:said|says|saying|warned|warns|warning|threatened|threatens|vowed|vows|promised|promises|pledged|announced"
    r"|insisted|told|tells|added|stated|claimed|predicted|forecast|argued|suggested|expected|hoped|confirmed"
    r"|indicated|signall?ed)"
    # "warned China on Friday that it would", "said its chief executive, Maria Lund, would"
    r"\s+(?:[\w'’.-]+,?\s+){0,6}?(?P<would>would|wouldn['’]t)"
)
# "agreed to buy", "plans to close", "tried to stop": what someone means or tries to do is not done yet.
_MEANT = (
    r"(?P<meant>(?:agree|plan|intend|aim|want|hope|offer|propose|promise|vow|threaten|pledge|tr(?:y|ie)|attempt)"
    r"(?:s|d|ed|ied)?|planned|seeks|sought|(?:is|are|was|were)\s+(?:planning|hoping|trying|seeking|offering))"
    r"\s+(?:[\w'’.-]+\s+){0,3}?to"  # "agreed on Monday to buy"
    # "the results needed confirming", "still need to be checked": what is still needed is not done
    r"|need(?:s|ed)?(?=\s+(?:still\s+)?[a-z]{3,}ing\b)|need(?:s|ed)?\s+to(?=\s+be\s)"
    # ("voted to strike" is no strike yet; "voted to approve" approves, the vote being the deed)
    r"|vot(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){0,3}?to(?=\s+strike\b)"
    # "a pledge by the health board to cut them": whose pledge, then what it is to do
    r"|(?P<pledge>pledge|promise|plan|bid|vow|commitment)s?\s+(?:by|from)\s+(?:[\w'’.-]+\s+){1,4}?to"
    # "while ecologists decide how to move them": what is still being decided is not done
    r"|(?:decid(?:e|es|ed|ing)|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|weigh(?:s|ed|ing)?|work(?:s|ed|ing)?\s+out)"
    r"\s+(?:how|whether|where|when)\s+to"
)
# ("would eventually power a million homes": the deed, past a word saying when at last)
_THEN = (
    r"\s+(?:not\s+|also\s+|now\s+|soon\s+|then\s+|still\s+|only\s+|again\s+|eventually\s+|ultimately\s+)?"
    r"(?:be\s+|have\s+)?(?P<verb>[a-z]+)"
)
# "as it closes two factories by the end of next year": a present tense with a time still to come.
_LATER = (
    r"(?:next|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter|season)|later\s+this\s+(?:year|month|week)"
    r"|tomorrow|in\s+the\s+coming\s+(?:days|weeks|months|years)"
)
_ANY_FUTURE = re.compile(
    rf"\b(?:will|shall|would|won['’]t|wouldn['’]t|(?:could|might|should)\s+have|{_ABOUT_TO}|(?:is|are)\s+to"
    rf"|{_MEANT}|{_LATER})\b",
    re.I,
)
# "several years before it could be used", "studies were needed before it could be approved": what could only
# be done after something else is not done.
_ONLY_LATER = re.compile(
    # (or until then: "taught online until engineers can repair the boiler")
    r"\b(?:before|until|till)\s+(?:[\w'’-]+\s+){1,3}?(?:could|can)\s+(?:be\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_WOULD_HAVE_BEEN = re.compile(r"\bwould\s+have\s+been\s+(?P<verb>[a-z]{3,})", re.IGNORECASE)
_SCHEDULED = re.compile(rf"\b(?P<verb>[a-z]{{3,}}s)\b(?=[^.;:!?]{{0,60}}?\b(?:{_LATER})\b)")
_COMING = re.compile(rf"\b(?:{_FUTURE}){_THEN}", re.IGNORECASE)
# "would have imposed fines": what did not happen.
_UNREAL = r"(?P<unreal>(?:would|could|might|should)(?:n['’]t)?)(?=\s+have\s)"
_NOT_DONE = re.compile(rf"\b(?:{_FUTURE}|{_NOT_YET}|{_MEANT}|{_UNREAL}){_THEN}", re.IGNORECASE)
# "the council can override her with a two-thirds majority": what may be done, and to what. ("could" is a hedge, the
# certainty rules' to judge: "fell … and could fall further"; "we can announce" says it now.)
_CAN = re.compile(
    r"\bcan\s+(?:only\s+|still\s+|now\s+)?(?!(?:not|have|be|say|announce|confirm|reveal|report|tell|disclose)\b)"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^,;.]{0,40})",
    re.IGNORECASE,
)
_OBJECT_PRONOUNS = frozenset("her him it them us".split())
# Words before a past form that make it something else: "had closed" and "was closed" are still
# past, but not "to be closed", "will be closed", "is directed by", "the closed road".
_NOT_SIMPLE_PAST = frozenset(
    "will would shall should to be been being is are am the a an can could may might must".split()
)
_PASSIVE_PAST = frozenset("was were".split())
_UNREAL_AUX = frozenset("would could might should wouldn't couldn't shouldn't".split())


# "The government would spend £2.5 billion …, the minister said": what someone said would happen, the
# speaker named after it.
_SAID_AFTER = re.compile(
    r",\s*(?:[\w'’.-]+\s+){1,6}?(?:said|says|told\s+(?:[\w'’.-]+\s*){1,4}|added|warned|announced|insisted)"
    r"\s*[.!]?[\"”’']?\s*$",
    re.IGNORECASE,
)
_WOULD = re.compile(rf"\b(?P<would>would|wouldn['’]t)(?!\s+have\b){_THEN}", re.IGNORECASE)
_SAID_WOULD = re.compile(rf"\b{_NOT_YET}(?!\s+have\b){_THEN}", re.IGNORECASE)


_ALREADY = re.compile(r"\balready\s+(?:been\s+|be\s+|being\s+)?(?P<verb>[a-z]{3,})", re.IGNORECASE)
_AND_TO = re.compile(
    r"\b(?:and|or)\s+(?:then\s+)?(?:to|would|will)\s+(?:not\s+)?(?:be\s+)?(?P<verb>[a-z]+)"
    # "would cut 1,200 jobs, about 8% of its workforce, and close two factories": the bare verb after a comma
    r"|(?<=,\s)(?:and|or)\s+(?P<bare>[a-z]+)"
)
_CLAUSE_END = re.compile(r"[.;:!?]")
_MADE_TO = frozenset("require order force ask tell urge allow expect oblige compel instruct direct".split())
# (a sum among the words: "would use the £5,000 prize to record her first album")
_SOMEONE_TO = re.compile(r"\s+(?:[\w'’.£$€,-]+\s+){1,4}?to\s+(?:be\s+)?(?P<verb>[a-z]+)")
# "would use the prize to record an album", "would spend the money to repair the roof": what it is for is not done
_PUT_TO_USE = frozenset("use spend invest put".split())


def _future_verbs(text: str, pattern: re.Pattern[str] = _COMING) -> dict[str, str]:
    """Lemma -> how the text writes it ("close" -> "will close", "would impose")."""
    found: dict[str, str] = {}
    for m in pattern.finditer(text):
        # Each alternative opens the match, but "said … would": what was said to come starts at "would".
        would = m.groupdict().get("would")
        shown = text[m.start("would") if would else m.start() : m.end()]
        for lemma in lemmas(m.group("verb").lower()):
            found.setdefault(lemma, shown)
        # "agreed to reopen a crossing … and to exchange 40 prisoners", "said it would cost … and would be
        # available by September": the second deed is as undone.
        clause = _CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
        # "would require the company to publish a plan": what it is to be made to do is not done either, nor what a
        # thing is to be used for.
        if lemmas(m.group("verb").lower()) & (_MADE_TO | _PUT_TO_USE) and (then := _SOMEONE_TO.match(clause)):
            for lemma in lemmas(then.group("verb").lower()):
                found.setdefault(lemma, shown + " … " + then.group(0).strip())
        for more in _AND_TO.finditer(clause):
            verb = more.group("verb") or more.group("bare")
            if more.group("bare") and not _base_verb(verb.lower()):
                continue  # ", and jobs": no verb
            for lemma in lemmas(verb.lower()):
                found.setdefault(lemma, shown + " … " + more.group(0).strip())
    return found


def _base_verb(word: str) -> bool:
    """A verb written in its own form ("close"), not a noun ("jobs") nor a past ("closed")."""
    return word in forms_by_class(word).get("VERB", ())


# "The pool, which cost £14m, opened": after an aside of who or what its subject is, the sentence's own verb.
_AFTER_ASIDE = re.compile(r",\s+(?:who|which|whose)\s+[^,;:()]{1,80},\s*$", re.IGNORECASE)


def _only_simple_past(lower: str) -> bool:
    """ "fell", "rose", "grew": an irregular simple past, never a past participle ("fallen", "risen"); a regular one
    ("directed") may be either."""
    return not lower.endswith("ed") and bool(inflected_from(lower, "VBD")) and not inflected_from(lower, "VBN")


def _past_verbs(found: list[Word], text: str, wanted: frozenset[str] | None = None) -> dict[str, Word]:
    """Lemma -> a verb in the simple past ("closed", "resigned", "was closed"), not one after "will",
    "to" or "be", nor a participle a comma or "by" shows to describe a noun ("the film, directed by
    Bill Condon"). One right after its noun ("the items featured in the sale") cannot be told from a
    past tense without parsing the sentence, and is read as one. `wanted`: only these verbs."""
    past: dict[str, Word] = {}
    for i, word in enumerate(found):
        if wanted is not None and not lemmas(word.lower) & wanted:
            continue
        before = found[i - 1].lower if i else ""
        if before in _NOT_SIMPLE_PAST and not _perfect_passive(found, i):
            continue
        if before == "have" and i > 1 and found[i - 2].lower in _UNREAL_AUX:
            continue
        # (a simple past only is no participle, whatever follows: "fell by 18%")
        if before not in _PASSIVE_PAST and (
            (text[: word.start].rstrip().endswith(",") and not _AFTER_ASIDE.search(text, 0, word.start))
            or (text[word.end : word.end + 4] == " by " and not _only_simple_past(word.lower))
        ):
            continue
        if any(w.lower == "with" for w in found[max(0, i - 5) : i - 1]):
            # "…, with patients sent to Olby General", "with a free shuttle bus offered": what goes with the deed, not
            # a past of its own
            continue
        if _COUNTED_BEFORE.search(text, max(0, word.start - 50), word.start):
            continue  # "the number of street lights switched on after midnight": the ones counted, no deed
        if _FUTURE_THING_BEFORE.search(text, max(0, word.start - 60), word.start):
            continue  # "will get a 5% pay rise backdated to April": the thing to come, described, no deed of its own
        if _had_done_by_others(text, word):
            continue  # "will … have her poem published": a deed one is to have done, not done
        # "were flown": after "was" or "were" the past participle tells the past too.
        forms = inflected_from(word.lower, "VBD")
        if before in _PASSIVE_PAST or before in _PERFECT:  # ("has overridden": a participle only)
            forms = tuple(dict.fromkeys(forms + inflected_from(word.lower, "VBN")))
        for lemma in forms:
            # "cut", "set", "put": as well the present, which says nothing of when, save after "has" or "was"
            if lemma != word.lower or before in _PERFECT | _PASSIVE_PAST or _perfect_passive(found, i):
                past.setdefault(lemma, word)
    return past


# "have her poem published", "get the roof repaired": a deed one has done by others, in its plain form (after "will",
# "to" or "and" going back to one of them), so not yet done.
_HAVE_IT_DONE = re.compile(
    r"\b(?:have|get)\s+(?:(?:her|his|their|its|the|a|an|our|my|your)\s+)?(?:[a-z][\w'’-]*\s+){0,1}"
    r"(?P<thing>[a-z][\w'’-]*)\s+$",
    re.IGNORECASE,
)


def _had_done_by_others(text: str, word: Word) -> bool:
    """Whether `word` follows "have" or "get" and the thing it is done to, a noun or "it" ("have her poem published",
    "get it fixed"); not "have already published", the perfect."""
    m = _HAVE_IT_DONE.search(text, max(0, word.start - 40), word.start)
    if m is None:
        return False
    thing = m.group("thing").lower()
    classes = forms_by_class(thing)
    return thing in ("it", "them") or ("NOUN" in classes and "ADV" not in classes and is_content(thing))


# A verb still to come, then what it will get or give, right before a participle that describes that thing.
_FUTURE_THING_BEFORE = re.compile(
    r"\b(?:will|would|shall)\s+(?:get|receive|be\s+given|be\s+offered|offer|give|see)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w%£$€.,-]+\s+){0,3}[a-z]+\s+$",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(
    r"\b(?:number|share|proportion|percentage|amount)\s+of\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s+$", re.IGNORECASE
)
_PERFECT = frozenset("has have had".split())
_NOT_SO_YET = frozenset("will would shall should could might may must to".split())


def _perfect_passive(found: list[Word], i: int) -> bool:
    """ "has been sentenced": done, as "was sentenced" is; not "will have been" nor "may have been"."""
    return (
        i > 1
        and found[i - 1].lower == "been"
        and found[i - 2].lower in _PERFECT
        and not (i > 2 and found[i - 3].lower in _NOT_SO_YET)
    )


# "Labour won 34% of the vote": an election's result, which a poll's share is not.
_WON_VOTE = re.compile(
    r"\b(?:won|wins|took|secured|gained)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.]*\s?(?:%|percent|per cent)"
    r"\s+of\s+the\s+(?:popular\s+)?vote\b|\bwon\s+the\s+election\b",
    re.IGNORECASE,
)
_POLL = re.compile(r"\b(?:poll|polls|polling|survey)\b", re.IGNORECASE)
_RESULT = re.compile(r"\b(?:won|wins|election\s+results?|results?\s+of\s+the\s+election|votes?\s+cast|turnout)\b", re.I)


def _poll_won(ctx: ClaimContext) -> Hit | None:
    """ "Labour won 34% of the vote" against "A poll … put the Labour Party on 34%": a poll is not the vote."""
    said = _WON_VOTE.search(ctx.card.claim)
    if said is None or _POLL.search(ctx.card.claim) or any(_RESULT.search(text) for text in ctx.texts):
        return None
    m = ctx.evidence_match(_POLL)
    return ctx.said_against(said.group(0), m.group(0)) if m else None


_STRUCK = re.compile(
    # ("are on strike": a strike told as under way)
    r"\b(?:went|gone|are|is|were|was|stayed|had\s+been|have\s+been|has\s+been)\s+on\s+strike\b"
    r"|\bstaged\s+(?:a\s+)?(?:strike|walkout)s?\b"
    r"|\bwalked\s+out\b",
    re.IGNORECASE,
)


def _done_as_a_noun(ctx: ClaimContext, lemma: str) -> bool:
    """ "rode from Land's End to Istanbul" against "has completed a 4,000-mile ride from Land's End to Istanbul … He
    plans to ride to Morocco next year": the deed told done by its noun after a verb of finishing it."""
    done = re.compile(
        rf"\b(?:completed|finished|made|did|undertook)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
        rf"(?:[\w£$€,.-]+\s+){{0,3}}?{re.escape(lemma)}s?\b",
        re.IGNORECASE,
    )
    return any(done.search(text) for text in ctx.texts)


# "would take until Friday", "will take six weeks", "could take longer": how long a thing lasts.
_TAKES_TIME = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+(?:until|till|up\s+to|at\s+least|about|around|several|many|some|longer"
    r"|a\s+while|time|weeks|months|years|days|hours|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?))\b",
    re.IGNORECASE,
)


@register("FC209", "tense-changed", UNSUPPORTED, "the claim tells as done what the evidence says will be, or back")
def tense_changed(ctx: ClaimContext) -> Iterator[Hit]:
    if ctx.verbatim:
        return
    if hit := (
        _ongoing_now(ctx)
        or _approval_pending(ctx)
        or _held_when_scheduled(ctx)
        or _month_to_come(ctx)
        or _year_to_come(ctx)
        or _poll_won(ctx)
        or _done_though_put_off(ctx)
        or _work_done_still_to_last(ctx)
        or _done_that_takes_time(ctx)
        or _faces_what_was_done(ctx)
        or _threat_told_as_done(ctx)
        or _strike_threatened_told_struck(ctx)
        or _able_told_as_done(ctx)
        or _able_now_for_later(ctx)
        or _promised_thing_told_done(ctx)
        or _asked_told_as_done(ctx)
        or _striven_for_told_done(ctx)
        or _in_use_for_a_hope(ctx)
    ):
        yield hit
        return
    # "said it would spend": what the claim has someone say is to come is to come too.
    my_future = _future_verbs(ctx.card.claim) | _future_verbs(ctx.card.claim, _SAID_WOULD)
    evidence = " ".join(ctx.texts)
    if not my_future and not _ANY_FUTURE.search(evidence) and not _ONLY_LATER.search(evidence):
        return  # nothing said of the future on either side: most cards, read at the cost of one search
    # Lemma -> how the claim tells it done: a past tense, or "already" ("is already available").
    my_past = {lemma: word.text for lemma, word in _past_verbs(list(ctx.claim_words), ctx.card.claim).items()}
    for m in _ALREADY.finditer(ctx.card.claim):
        for lemma in lemmas(m.group("verb").lower()):
            my_past.setdefault(lemma, m.group(0))
            if lemma == "have":  # "already have gigabit broadband" against "will get gigabit broadband"
                for gained in ("get", "receive", "gain"):
                    my_past.setdefault(gained, m.group(0))
    # "has started charging drivers": the deed started is told as done.
    for m in _STARTED_DOING.finditer(ctx.card.claim):
        for lemma in lemmas((m.group("verb") or m.group("verb2")).lower()):
            my_past.setdefault(lemma, m.group(0))
    # "went on strike", "staged a walkout": a strike told as done.
    for m in _STRUCK.finditer(ctx.card.claim):
        my_past.setdefault("strike", m.group(0))
    their_future = _future_verbs(evidence, _NOT_DONE)
    for text in ctx.texts:
        if _SAID_AFTER.search(text):
            for lemma, said in _future_verbs(text, _WOULD).items():
                their_future.setdefault(lemma, said)
    # "the bags would have been sold at markets": what would have been done, had it not been stopped, was not
    for m in _WOULD_HAVE_BEEN.finditer(evidence):
        for lemma in lemmas(m.group("verb").lower()):
            their_future.setdefault(lemma, m.group(0))
    # "it would be several years before it could be used": what can only be done later is not done yet
    for m in _ONLY_LATER.finditer(evidence):
        for lemma in lemmas(m.group("verb").lower()):
            their_future.setdefault(lemma, m.group(0))
    for m in _SCHEDULED.finditer(evidence):
        for lemma in inflected_from(m.group("verb"), "VBZ"):
            if lemma != m.group("verb"):
                their_future.setdefault(lemma, m.group("verb"))
    # ("repairs would take until Friday": a length of time to come, not a thing to be taken)
    if "take" in their_future and _TAKES_TIME.search(evidence) and not _TAKES_TIME.search(ctx.card.claim):
        del their_future["take"]
    # Only the claim's own verbs are looked for in the evidence's past (the costly reading).
    # A verb of the same meaning counts as the same verb either way ("Fares will rise" against "would raise
    # fares"; "has requested a recount" against "said he would seek a recount").
    by_group: dict[int, str] = {}
    for lemma in their_future:
        for group in paraphrase_groups(frozenset({lemma})):
            by_group.setdefault(group, lemma)

    def theirs_to_come(lemma: str) -> str | None:
        if lemma in their_future:
            return lemma
        return next((by_group[g] for g in sorted(paraphrase_groups(frozenset({lemma}))) if g in by_group), None)

    def own_verb(lemma: str) -> bool:
        return lemma not in their_future and any(lemma in lemmas(w.lower) for w in ctx.evidence_words)

    # (a deed the claim tells done in a verb the evidence writes itself is that verb, not its paraphrase: "has climbed
    # all 282 Munros" against "the youngest to climb … He plans to raise money")
    told_done = [
        (lemma, f)
        for lemma in my_past
        if lemma not in my_future and not own_verb(lemma) and (f := theirs_to_come(lemma))
    ]
    told_coming = [lemma for lemma in my_future if theirs_to_come(lemma) is None]
    if not told_done and not told_coming:
        return
    # (the claim's deed told done in the evidence's other words is done: "Sales … dropped 8%" against "Sales … fell 8%,
    # and it warned that profits would be lower")
    otherwise = {lemma: said_otherwise(lemma) for lemma, _ in told_done}
    wanted = frozenset(
        [x for pair in told_done for x in pair] + told_coming + [w for o in otherwise.values() for w in o]
    )
    their_past = {k: v for t in ctx.texts for k, v in _past_verbs(list(words(t)), t, wanted).items()}
    # ("has started generating power": the deed started is done, as the claim's is)
    for t in ctx.texts:
        for m in _STARTED_DOING.finditer(t):
            group = "verb" if m.group("verb") else "verb2"
            started = Word(m.group(group), m.group(group).lower(), m.start(group), m.end(group))
            for lemma in lemmas(started.lower) & wanted:
                their_past.setdefault(lemma, started)
    subject = ctx.subject_head
    for lemma, future in told_done:
        told_otherwise = any(
            k in otherwise[lemma] and _after_subject(ctx.texts, word, subject) for k, word in their_past.items()
        )
        if (
            lemma not in their_past
            and future not in their_past
            and not told_otherwise
            and not _done_as_a_noun(ctx, lemma)
        ):
            said = their_future[future]
            at = ctx.span_of(said.split(" … ")[-1])  # "agreed to reopen … and to exchange": the words of this verb
            yield Hit(f'claim says "{my_past[lemma]}" where the evidence says "{said}"', at, ctx.home.article.id)
            return
    for lemma in told_coming:
        if lemma in their_past and _joined_to_a_future(ctx.texts, their_past[lemma]):
            continue  # ("will be cut up and made into blankets": the second deed is to come with the first)
        if lemma in their_past and _in_force_later(ctx.texts, their_past[lemma]):
            continue  # ("has capped bills at £1,690 a year from October": bills will be capped from then)
        if lemma in their_past and not _of_other_things(ctx, my_future[lemma], their_past[lemma]):
            theirs = their_past[lemma].text
            yield ctx.said_against(my_future[lemma], theirs)
            return


# "will be cut up and": a deed to come, joined by "and" to the next.
_FUTURE_AND = re.compile(r"\b(?:will|would|shall|to)\s+be\s+[a-z]+(?:\s+(?:up|down|out|off|back|away))?\s+and\s+$")


def _joined_to_a_future(texts: list[str], verb: Word) -> bool:
    """Whether `verb` follows "and" after a deed to come told in the passive ("will be cut up and made")."""
    return any(
        text[verb.start : verb.end] == verb.text and _FUTURE_AND.search(text, 0, verb.start) is not None
        for text in texts
    )


# "from October", "from next month", "with effect from 1 April": when a deed done now takes effect.
_FROM_LATER = re.compile(
    r"^[^.;]{0,60}?\b(?:from|starting|with\s+effect\s+from|as\s+of)\s+(?:next\s+|the\s+start\s+of\s+)?"
    rf"(?:{'|'.join(MONTHS)}|week|month|year|spring|summer|autumn|winter|\d{{1,2}}\s+[A-Z][a-z]+)\b",
    re.IGNORECASE,
)


def _in_force_later(texts: list[str], verb: Word) -> bool:
    """Whether the evidence's deed done now is said to take effect later ("has capped bills … from October")."""
    return any(
        text[verb.start : verb.end] == verb.text and _FROM_LATER.search(text[verb.end :]) is not None for text in texts
    )


def _after_subject(texts: list[str], verb: Word, subject: frozenset[str]) -> bool:
    """Whether the clause of an evidence text that ends at `verb` has the claim's subject in it."""
    for text in texts:
        if text[verb.start : verb.end] == verb.text:
            clause = re.split(r"[.;,]", text[: verb.start])[-1]
            return any(lemmas(w.lower) & subject for w in words(clause))
    return False


_STARTED_DOING = re.compile(
    r"\b(?:has|have|had)\s+(?:started|begun)\s+(?P<verb>[a-z]{3,}ing)\b|\b(?:started|began)\s+(?P<verb2>[a-z]{3,}ing)\b",
    re.IGNORECASE,
)


# "advised about 300 homes to prepare to evacuate", "urged residents to leave": a deed asked of someone, not done.
_ASKED_TO = re.compile(
    r"\b(?P<ask>urged|urging|urges|advised|advising|advises|asked|asking|asks|told|telling|tells|ordered|ordering|"
    r"orders|encouraged|encouraging|instructed|instructing|called\s+on|calling\s+on|warned|warning)\s+"
    # (whom, in up to five words: no "-ing" deed, "tells a tale of once needing to speak", nor a tale)
    r"(?:(?![\w'’.-]+ing\s)(?!(?:tale|story|stories|truth|lie|lies|joke)\s)[\w'’.-]+\s+){1,5}?"
    r"to\s+(?:prepare\s+to\s+|be\s+ready\s+to\s+|consider\s+)?(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_ASKING = frozenset("urge advise ask tell order encourage instruct call warn".split())
# "has been ordered to pay it back": the same asking told in the passive, of the one asked.
_ASKED_TO_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?P<ask>urged|advised|asked|told|ordered|encouraged|instructed|"
    r"called\s+on|warned)\s+to\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


def _asked_told_as_done(ctx: ClaimContext) -> Hit | None:
    """ "About 300 homes have been evacuated" against "has advised about 300 homes to prepare to evacuate": a deed the
    evidence only asks, urges or orders of someone, told as done, where the evidence never tells it done and the claim
    tells no asking of its own ("were told to leave")."""
    evidence = " ".join(ctx.texts)
    claim = ctx.card.claim
    if _ASKED_TO.search(claim) or any(lemmas(w.lower) & _ASKING for w in ctx.claim_words):
        return None
    for done, m in itertools.chain(
        _undone_told_done(ctx, _ASKED_TO, evidence),
        # (the asked ones told as done to: "residents were evacuated" is how "were ordered to evacuate" ends)
        (
            (done, m)
            for done, m in _undone_told_done(ctx, _ASKED_TO_PASSIVE, evidence)
            if not BE_BEFORE.search(claim, 0, done.start)
        ),
    ):
        return ctx.said_against(done.text, m.group(0))
    return None


# "launched a campaign to buy the building", "a bid to save it", "an appeal to raise £5,000": a deed striven for.
_STRIVEN_FOR = re.compile(
    r"\b(?:campaign|campaigns|campaigning|campaigned|bid|bids|appeal|fight|fighting|drive|effort|efforts|push"
    # ("engineers were working to clear the line": the line is not clear yet)
    r"|working|battling|struggling|racing)\s+"
    r"to\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


def _striven_for_told_done(ctx: ClaimContext) -> Hit | None:
    """ "Residents have bought the building" against "A group of residents has launched a campaign to buy the
    building": a deed the evidence only strives for, told as done, where the evidence never tells it done."""
    evidence = " ".join(ctx.texts)
    if _STRIVEN_FOR.search(ctx.card.claim):
        return None
    found = next(_undone_told_done(ctx, _STRIVEN_FOR, evidence), None)
    return ctx.said_against(found[0].text, found[1].group(0)) if found else None


# "is already used in food packaging": a thing in use now, and where.
_ALREADY_IN = re.compile(
    r"\b(?:already|now|currently)\s+(?:being\s+|been\s+)?(?P<verb>[a-z]{3,})\s+(?:in|on|at|by|for|across)\s+"
    r"(?P<where>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.IGNORECASE,
)
# "hopes to test it", "plans to", "next year": a sentence telling of what is still to come.
_STILL_TO_COME = re.compile(
    r"\b(?:hopes?|hoped|hoping|plans?|planned|planning|aims?|aimed|aiming|intends?|wants?|expects?)\s+to\b"
    r"|\bnext\s+(?:year|month|week|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)


def _in_use_for_a_hope(ctx: ClaimContext) -> Hit | None:
    """ "The plastic is already used in food packaging" against "The team hopes to test it in food packaging next
    year": the claim says a thing is in use now where the only sentence of the evidence that names where tells of a
    hope or a plan to come."""
    m = _ALREADY_IN.search(ctx.card.claim)
    if m is None or not past_participle(m.group("verb")):
        return None
    where: set[str] = set()
    for w in words(m.group("where")):
        if not is_content(w.lower):
            break
        where |= lemmas(w.lower)
    deed = lemmas(m.group("verb").lower())
    told = [
        (sentence, found)
        for text in ctx.texts
        for sentence in sentences_of(text)
        if where and where <= (found := forms_in(sentence))
    ]
    hopes = [hope for sentence, found in told if not found & deed and (hope := _STILL_TO_COME.search(sentence))]
    if told and len(hopes) == len(told):
        return ctx.said_against(m.group(0), hopes[0].group(0))
    return None


def _undone_told_done(
    ctx: ClaimContext, pattern: re.Pattern[str], evidence: str
) -> Iterator[tuple[Word, re.Match[str]]]:
    """Each match of `pattern` (its deed in the group "verb") that the claim tells done, in the simple past, where
    the evidence never tells that deed done."""
    my_past = _past_verbs(list(ctx.claim_words), ctx.card.claim)
    if not my_past:
        return
    their_past: set[str] | None = None
    for m in pattern.finditer(evidence):
        verb = lemmas(m.group("verb").lower())
        done = next((my_past[lemma] for lemma in sorted(verb) if lemma in my_past), None)
        if done is None:
            continue
        if their_past is None:  # (read once, for the first deed the claim tells done)
            their_past = {f for w in _past_verbs(list(words(evidence)), evidence).values() for f in lemmas(w.lower)}
        if not verb & their_past:
            yield done, m


def _able_told_as_done(ctx: ClaimContext) -> Hit | None:
    """ "The council has overridden the veto" against "the council can override her with a two-thirds majority": a
    deed the evidence says only may be done, told as done to the same thing (a pronoun may be it), where the evidence
    never tells it done ("won a race" is not what "can win a 17th title" may do)."""
    evidence = " ".join(ctx.texts)
    if "can " not in evidence.lower():
        return None
    claim = ctx.card.claim
    for done, m in _undone_told_done(ctx, _CAN, evidence):
        theirs = [w.lower for w in words(m.group("rest"))[:3] if is_content(w.lower) or w.lower in _OBJECT_PRONOUNS]
        mine = {w.lower for w in words(claim[done.end : done.end + 40])[:4] if is_content(w.lower)}
        if (
            theirs
            and theirs[0] not in _OBJECT_PRONOUNS
            and not {f for w in theirs for f in lemmas(w)} & {f for w in mine for f in lemmas(w)}
        ):
            continue
        able = m.group(0)[: m.end("verb") - m.start()]  # "can override"
        return ctx.said_against(done.text, able)
    return None


# "can see the cub", "are now able to apply": what one may do now; "will be able to see the cub in the spring": later.
_ABLE_NOW = re.compile(
    r"\b(?:can|(?:is|are)\s+(?:now\s+)?able\s+to|(?:has|have)\s+been\s+able\s+to)\s+(?:now\s+|already\s+)?"
    r"(?P<verb>[a-z]{3,})",
    re.IGNORECASE,
)
_ABLE_LATER = re.compile(r"\b(?:will|shall)\s+(?:only\s+)?be\s+able\s+to\s+(?P<verb>[a-z]{3,})", re.IGNORECASE)
# (a claim that tells when, as the evidence's later time may be: "can see the cub from the spring")
_TOLD_WHEN_LATER = re.compile(
    r"\b(?:next|later|soon|from|once|until|after|in\s+(?:the\s+)?(?:spring|summer|autumn|winter|new\s+year|future))\b",
    re.IGNORECASE,
)
# (and one that tells it as now in so many words)
_SAID_NOW = re.compile(r"\b(?:now|already|currently|at\s+present|(?:has|have)\s+been\s+able)\b", re.IGNORECASE)


def _able_now_for_later(ctx: ClaimContext) -> Hit | None:
    """ "The public can see the cub now" against "The public will be able to see the cub in the spring": what the
    evidence says may be done only later, told as what may be done now."""
    claim = ctx.card.claim
    mine = _ABLE_NOW.search(claim)
    # (told as now in so many words: "can use a pool in a nearby town" is how summaries tell "will be able to use")
    if mine is None or _TOLD_WHEN_LATER.search(claim) or not _SAID_NOW.search(claim):
        return None
    deed = lemmas(mine.group("verb").lower())
    for text in ctx.texts:
        if _ABLE_NOW.search(text):
            continue  # (the evidence tells it may be done now too)
        for theirs in _ABLE_LATER.finditer(text):
            if lemmas(theirs.group("verb").lower()) & deed:
                return ctx.said_against(mine.group(0), theirs.group(0))
    return None


# "has promised to pay for a new health centre": a thing one has only promised, or plans, to do something with.
_PROMISED_TO = re.compile(
    r"\b(?:promised|promises|pledged|pledges|vowed|vows|plans|planned|intends|intended|offered|offers)\s+to\s+"
    r"(?P<deed>[a-z]+(?:\s+(?:for|up|out|towards?))?)\s+(?P<thing>[^.;,]{3,60})",
    re.IGNORECASE,
)


def _promised_thing_told_done(ctx: ClaimContext) -> Hit | None:
    """ "The developer has built a new health centre" against "The developer has promised to pay for a new health
    centre": a deed told done to the thing the evidence has one only promise, or plan, a deed for (where the evidence
    never tells the claim's deed done)."""
    evidence = " ".join(ctx.texts)
    promised = list(_PROMISED_TO.finditer(evidence))
    if not promised:
        return None  # most cards: nothing promised, and no verbs are read
    claim = ctx.card.claim
    mine = _past_verbs(list(ctx.claim_words), claim)
    if not mine:
        return None
    theirs_done = set(_past_verbs(list(words(evidence)), evidence))
    for m in promised:
        thing = content_lemmas(words(m.group("thing")))
        if not thing:
            continue
        for lemma, verb in mine.items():
            if lemma in theirs_done or lemmas(verb.lower) & lemmas(m.group("deed").split()[0].lower()):
                continue
            told = content_lemmas(words(claim[verb.end :])[:4])
            if told and told <= thing:
                return ctx.said_against(verb.text, m.group(0).strip())
    return None


def _of_other_things(ctx: ClaimContext, mine: str, theirs: Word) -> bool:
    """ "The union will ask its members about the offer" against "below the 6% the unions had asked for": the
    evidence's past deed is of other things than the claim's coming one, the words after each sharing none."""
    at = ctx.card.claim.find(mine)
    text = next((t for t in ctx.texts if t[theirs.start : theirs.end] == theirs.text), None)
    if at < 0 or text is None:
        return False
    after_mine = content_lemmas(words(re.split(r"[,;.]", ctx.card.claim[at + len(mine) :], maxsplit=1)[0][:40]))
    after_theirs = content_lemmas(words(re.split(r"[,;.]", text[theirs.end :], maxsplit=1)[0][:40]))
    return bool(after_mine) and not after_mine & after_theirs


# "could face a fine of £350,000": a penalty that may yet come. ("Faces charges" is said of one already charged.)
_FACING = re.compile(
    r"\b(?:could|may|might|would|will|to)\s+face\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?"
    r"(?P<what>fine|charge|jail|ban|sentence|prosecution)s?\b",
    re.IGNORECASE,
)


def _faces_what_was_done(ctx: ClaimContext) -> Hit | None:
    """ "Larkfield Hospital Trust could face a fine of £350,000" against "The regulator has fined Larkfield Hospital
    Trust £350,000": the claim tells as still to come a penalty the evidence says was given."""
    m = _FACING.search(ctx.card.claim)
    if m is None:
        return None
    deed = _penalty_deed(m)
    for text in ctx.texts:
        if _FACING.search(text):
            return None  # the evidence has it still to come too
        done = _past_verbs(list(words(text)), text, frozenset({deed}))
        if deed in done:
            return ctx.said_against(m.group(0), done[deed].text)
    return None


def _penalty_deed(m: re.Match[str]) -> str:
    """The penalty's own verb: "a fine" is "fined", "prosecution" is "prosecuted"."""
    what = m.group("what").lower()
    return "prosecute" if what == "prosecution" else what


# "… within six months or face prosecution": a penalty threatened, whoever says it.
_THREATENED = re.compile(
    r"\b(?:could|may|might|would|will|to|or)\s+(?:still\s+)?face\s+(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?"
    r"(?P<what>fine|charge|jail|ban|sentence|prosecution)s?\b",
    re.IGNORECASE,
)


# "a dispute that had threatened strikes over Christmas", "the threat of a walkout": a strike that may come.
# ("will be balloted on strike action", "a vote on whether to strike": one that may be called)
_STRIKE_THREATENED = re.compile(
    r"\bthreat(?:ened|ens|ening|s)?\s+(?:of\s+)?(?:an?\s+|further\s+|more\s+|fresh\s+)?"
    r"(?:strikes?|walkouts?|industrial\s+action)\b"
    r"|\bballot(?:ed|ing|s)?\s+(?:members\s+)?(?:on|over|for)\s+(?:strikes?|strike\s+action|industrial\s+action|a\s+walkout)\b"
    r"|\bvote\s+on\s+whether\s+to\s+strike\b",
    re.IGNORECASE,
)
# "will strike next month", "are to walk out", "voted to strike": a strike called, coming for certain.
_STRIKE_CALLED = re.compile(
    r"\b(?:will|are\s+to|is\s+to|are\s+set\s+to|is\s+set\s+to)\s+(?:go\s+on\s+strike|strike|walk\s+out"
    r"|stage\s+a\s+(?:strike|walkout))\b|\bvoted\s+(?:\w+\s+)?(?:to|for)\s+(?:strike|walk\s+out|industrial\s+action)\b",
    re.IGNORECASE,
)


def _strike_threatened_told_struck(ctx: ClaimContext) -> Hit | None:
    """ "Workers went on strike over Christmas" against "ending a dispute that had threatened strikes over Christmas";
    "Nurses will strike next month" against "will be balloted on strike action next month": a strike told as held or
    sure to come where the evidence only tells it threatened or balloted on, and nowhere held or called."""
    mine = _STRUCK.search(ctx.card.claim) or _STRIKE_CALLED.search(ctx.card.claim)
    if mine is None or any(_STRUCK.search(text) or _STRIKE_CALLED.search(text) for text in ctx.texts):
        return None
    theirs = ctx.evidence_match(_STRIKE_THREATENED)
    return ctx.said_against(mine.group(0), theirs.group(0)) if theirs else None


def _threat_told_as_done(ctx: ClaimContext) -> Hit | None:
    """ "The owner of the hotel has been prosecuted" against "has been told to repair its facade within six months or
    face prosecution": the claim tells as given a penalty the evidence says may yet come, and nowhere as given."""
    if _THREATENED.search(ctx.card.claim):  # (which reads every "could face" of `_FACING` too)
        return None
    claim_words = list(ctx.claim_words)
    for text in ctx.texts:
        for m in _THREATENED.finditer(text):
            deed = _penalty_deed(m)
            mine = _past_verbs(claim_words, ctx.card.claim, frozenset({deed}))
            if deed in mine and not any(deed in _past_verbs(list(words(t)), t, frozenset({deed})) for t in ctx.texts):
                return ctx.said_against(mine[deed].text, m.group(0))
    return None


# "The launch …, planned for Thursday, has been postponed", "organisers called off the match": an event put off.
_PUT_OFF_WORDS = r"(?:postponed|delayed|cancell?ed|called\s+off|put\s+off|pushed\s+back|scrapped|suspended|halted)"
_DUE = (
    r"\b(?:due|set|scheduled|planned|expected)\s+to\s+(?P<thing3>[a-z]{3,})\b[^.;!?]{0,60}?"
    rf"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?{_PUT_OFF_WORDS}\b"
)
_PUT_OFF = re.compile(
    rf"\b(?:(?i:the|its|their|a|this)|next\s+week's|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<thing>[a-z]{{4,}})\b"
    rf"[^.;!?]{{0,80}}?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?{_PUT_OFF_WORDS}\b"
    rf"|\b{_PUT_OFF_WORDS}\s+(?:the|its|their|a|this)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<thing2>[a-z]{{4,}})\b"
    # "The festival, due to open on Friday, has been postponed": the deed it was due to do
    rf"|{_DUE}",
)
_DUE_PUT_OFF = re.compile(_DUE)
_CLAIM_PUT_OFF = re.compile(rf"{_PUT_OFF_WORDS}|\b(?:postpone|delay|cancel|call\s+off|put\s+off)", re.IGNORECASE)


def _done_though_put_off(ctx: ClaimContext) -> Hit | None:
    """ "The Aster-2 weather satellite was launched on Thursday" against "The launch …, planned for Thursday, has
    been postponed": the claim tells as done an event the evidence says was put off."""
    claim = ctx.card.claim
    if _CLAIM_PUT_OFF.search(claim) or not any(re.search(_PUT_OFF_WORDS, t) for t in ctx.texts):
        return None
    if hit := _due_when_put_off(ctx):
        return hit
    done = _past_verbs(list(ctx.claim_words), claim)
    if not done:
        return None
    for text in ctx.texts:
        for m in _PUT_OFF.finditer(text):
            thing = (m.group("thing") or m.group("thing2") or m.group("thing3")).lower()
            for lemma, word in done.items():
                if lemma in lemmas(thing) and lemma not in _NOT_AN_EVENT:
                    return ctx.said_against(word.text, m.group(0))
    return None


_NOT_AN_EVENT = frozenset("be have do say find".split())
# "repairs had been completed", "the work is now finished": a piece of work told as done, after what it is.
_WORK_DONE = re.compile(
    r"\b(?P<what>[a-z]{4,})\s+(?:(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?:completed|finished|carried\s+out)"
    r"|(?:is|are|was|were)\s+(?:now\s+|already\s+)?(?:complete|completed|finished|over))\b",
    re.IGNORECASE,
)
# "repairs would take until Friday", "the work is expected to take six weeks", "is due to be completed in May": how
# long a piece of work is still to last, after what it is.
_WORK_TO_LAST = re.compile(
    r"\b(?P<what>[a-z]{4,})\s+(?:would|will|could|may|might|(?:is|are)\s+(?:expected|likely|due|set)\s+to)\s+"
    r"(?:take|last|continue|go\s+on|be\s+(?:completed|finished)|not\s+be\s+(?:completed|finished))\b",
    re.IGNORECASE,
)


# "the fire had been put out", "the line has been cleared": a deed told as done.
_PUT_RIGHT = r"put\s+out|extinguish|clear|repair|fix|restore|reopen|complete|finish"
_DEED_DONE = re.compile(
    rf"\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?P<deed>(?:{_PUT_RIGHT})(?:ed|d)?)\b", re.IGNORECASE
)
# "it could take days to put out", "would take weeks to repair": the same deed still to take its time.
_DEED_TO_TAKE = re.compile(
    r"\b(?:could|would|will|may|might|(?:is|are|was|were)\s+(?:expected|likely)\s+to)\s+take\s+(?:[\w-]+\s+){0,3}?"
    rf"to\s+(?P<deed>{_PUT_RIGHT})\b",
    re.IGNORECASE,
)


def _done_that_takes_time(ctx: ClaimContext) -> Hit | None:
    """ "The fire service said the fire had been put out" against "The fire service said it could take days to put
    out": a deed told as done that the evidence says is still to take its time (and never tells done)."""
    return _told_done_though_to_last(ctx, _DEED_DONE, _DEED_TO_TAKE, "deed")


def _work_done_still_to_last(ctx: ClaimContext) -> Hit | None:
    """ "Network Rail said repairs had been completed" against "Network Rail said repairs would take until Friday": a
    piece of work told as done, which the evidence says is still to take its time (and never tells done)."""
    return _told_done_though_to_last(ctx, _WORK_DONE, _WORK_TO_LAST, "what")


def _told_done_though_to_last(
    ctx: ClaimContext, done: re.Pattern[str], to_last: re.Pattern[str], group: str
) -> Hit | None:
    if ctx.claim.negations:
        return None
    found = told_the_other_way(ctx, done, to_last, group)
    return ctx.said_against(found[0].group(0), found[1].group(0)) if found else None


_WHEN_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|\d{4})\b"
)


def _due_when_put_off(ctx: ClaimContext) -> Hit | None:
    """ "The new cancer unit will open in June" against "the new cancer unit, due to open in June, has been delayed
    until at least December": the claim says it will be done when the evidence says it was due before it was put
    off."""
    coming = _future_verbs(ctx.card.claim)
    if not coming:
        return None
    when = {w.lower() for w in _WHEN_WORDS.findall(ctx.card.claim)}
    for text in ctx.texts:
        for m in _DUE_PUT_OFF.finditer(text):
            if not lemmas(m.group("thing3").lower()) & coming.keys():
                continue
            due = {w.lower() for w in _WHEN_WORDS.findall(m.group(0))}
            after = {w.lower() for w in _WHEN_WORDS.findall(text[m.end() :])}
            if when & due and not when & after:
                return ctx.said_against(next(iter(coming.values())), m.group(0))
    return None


# "inquiries are ongoing", "police are investigating": still so now, which the article can only say of when
# it was written ("inquiries were ongoing").
# Inquiries and searches only: "are missing", "is looking forward" are states that hold on.
_GOING_ON = (
    r"(?:ongoing|under\s?way|continuing"
    r"|(?:conducting|carrying\s+out|making|pursuing)\s+(?:ongoing\s+|further\s+)?(?:inquiries|enquiries|an\s+investigation"
    r"|investigations)"
    r"|(?P<verb>investigating|searching|examining|reviewing|probing|questioning|hunting|negotiating|assessing))"
)
_NOW = re.compile(rf"\b(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?{_GOING_ON}\b", re.IGNORECASE)
_THEN_ONGOING = re.compile(rf"\b(?:was|were)\s+(?:currently\s+|still\s+)?{_GOING_ON}\b", re.IGNORECASE)


def _ongoing_now(ctx: ClaimContext) -> Hit | None:
    """ "Police inquiries are ongoing" against "Police Scotland said inquiries into the incident were ongoing":
    the claim tells as going on now what the evidence told as going on then."""
    claim = ctx.card.claim
    mine = _NOW.search(claim)
    if mine is None:
        return None
    evidence = " ".join(ctx.texts)
    if _NOW.search(evidence):
        return None
    wanted = lemmas(mine.group("verb").lower()) if mine.group("verb") else None
    for m in _THEN_ONGOING.finditer(evidence):
        theirs = lemmas(m.group("verb").lower()) if m.group("verb") else None
        # "inquiries were ongoing" is any inquiry then: "police are investigating" tells it as going on now too.
        if theirs is None or (wanted is not None and wanted & theirs):
            return ctx.said_against(mine.group(0), m.group(0))
    return None


# "still needs approval from regulators", "is subject to shareholder approval": an approval yet to come.
_PENDING = re.compile(
    r"\b(?:still\s+)?(?:needs?|requires?|awaits?|awaiting|subject\s+to|pending)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:approval|sign-off|clearance|ratification)\b",
    re.IGNORECASE,
)
_APPROVED = re.compile(
    r"\b(?:approved|cleared|ratified|signed\s+off|(?:won|received|got|gained)\s+(?:[\w'’-]+\s+)?approval)\b", re.I
)
_STILL_PENDING = re.compile(
    r"\b(?:needs?|requires?|awaits?|awaiting|subject\s+to|pending|if|once|would|will|yet\s+to)\b", re.I
)


def _approval_pending(ctx: ClaimContext) -> Hit | None:
    """ "The deal has been approved by regulators" against "The deal still needs approval from regulators":
    the claim tells as given an approval the evidence says is still to come."""
    claim = ctx.card.claim
    if hit := _law_before_its_time(ctx):
        return hit
    said = _APPROVED.search(claim) or _COMPLETED.search(claim)
    if said is None or _STILL_PENDING.search(claim):
        return None
    m = ctx.evidence_match(_PENDING, lambda m: not _APPROVED.search(m.string) and not _COMPLETED.search(m.string))
    return ctx.said_against(said.group(0), m.group(0)) if m else None


# "has completed its purchase of Orwin", "closed the deal": a deal done, which one still needing approval is not.
_COMPLETED = re.compile(
    r"\b(?:completed|finali[sz]ed|closed|sealed|concluded)\s+(?:its|their|the|a|his|her)\s+(?:[$£€\d.,]+\s*"
    r"(?:billion|million|bn|m)?\s+)?(?:[\w'’-]+\s+)?(?:purchase|acquisition|takeover|buyout|sale|merger|deal)\b",
    re.IGNORECASE,
)


# "became law", "was signed into law", "is now law": a bill's last stage.
_LAW = re.compile(r"\b(?:becomes?|became|become|signed\s+into|enacted\s+into|is\s+now|has\s+become)\s+law\b", re.I)
# "… and now goes to the House", "heads to the Senate", "sent to the president's desk": a stage still to come.
_NEXT_STAGE = re.compile(
    r"\b(?:now\s+)?(?:goes|go|heads|head|moves|move|passes|pass|sent|sends)\s+to\s+the\s+"
    r"(?:House|Senate|Lords|Commons|president|governor|upper|lower|full)\b",
    re.I,
)


def _law_before_its_time(ctx: ClaimContext) -> Hit | None:
    """ "The bill has become law" against "The bill passed the Senate … and now goes to the House": a law the
    evidence says has a stage still to pass."""
    said = _LAW.search(ctx.card.claim)
    if said is None or _STILL_PENDING.search(ctx.card.claim):
        return None
    m = ctx.evidence_match(_NEXT_STAGE, lambda m: not _LAW.search(m.string))
    return ctx.said_against(said.group(0), m.group(0)) if m else None


# "A hearing is scheduled for June 3": an event set for a day, which has not taken place when it is written.
_SET_FOR = re.compile(
    r"\b(?P<what>[a-z]+)\s+(?:is|are|has\s+been|have\s+been)\s+(?:scheduled|set|due|planned|slated|expected)\s+"
    r"(?:for|on|to\s+(?:take\s+place|begin|start|open)\s+(?:on|in)?)\s*(?P<when>[^.;,]{3,30})",
    re.IGNORECASE,
)
_TOOK_PLACE = re.compile(
    r"\b(?:was|were)\s+(?:held|staged|heard|convened|opened|played|run)\b|\b(?:took\s+place|happened|began|started|opened)\b",
    re.IGNORECASE,
)


def _held_when_scheduled(ctx: ClaimContext) -> Hit | None:
    """ "A hearing was held on June 3" against "A hearing is scheduled for June 3": the claim tells as done
    what the evidence sets for a day to come."""
    claim = ctx.card.claim
    said = _TOOK_PLACE.search(claim)
    if said is None or not ctx.claim.dates:
        return None
    claim_words = {w.lower for w in ctx.claim_words}

    def same_event(m: re.Match[str]) -> bool:
        what = m.group("what").lower()
        return (what in claim_words or what.rstrip("s") in claim_words) and any(
            d.surface.lower().removeprefix("on ").removeprefix("in ") in m.group("when").lower()
            for d in ctx.claim.dates
        )

    m = ctx.evidence_match(_SET_FOR, same_event)
    return ctx.said_against(said.group(0), m.group(0).strip()) if m else None


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to|before)\s+(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# "were due to finish in May": a plan told as it stood, which says nothing of whether its month has come.
_PLANNED_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:due|set|expected|scheduled|planned|meant|supposed|slated)\s+to\s+[^.;,]*$", re.IGNORECASE
)


_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b")
_NOT_TOLD_DONE = re.compile(
    # ("hoped to be back in 2027": a hope told, its deed still to come)
    r"\b(?:will|would|shall|could|might|may|should|must|expected|expects|due|planned|plans?|set\s+to|aim(?:s|ed)?"
    r"|hop(?:e|es|ed|ing)|intend(?:s|ed)?|want(?:s|ed)?\s+to|promis(?:e|es|ed)\s+to|target|until|by|before)\b",
    re.IGNORECASE,
)


def _year_to_come(ctx: ClaimContext) -> Hit | None:
    """ "The ships entered service in 2028" in an article of 2025: a deed told as done in a year still to come when
    the article was written, which no evidence can tell as done."""
    anchor = ctx.home.anchor
    claim = ctx.card.claim
    if anchor is None or _NOT_TOLD_DONE.search(claim):
        return None
    later = [m for m in _IN_YEAR.finditer(claim) if int(m.group("year")) > anchor.year]
    if not later:
        return None
    reporting = lexicon().reporting
    done = [w for lemma, w in _past_verbs(list(ctx.claim_words), claim).items() if lemma not in reporting]
    if not done:
        return None
    year = later[0].group("year")
    span = ctx.span_of(year) if any(year in t for t in ctx.texts) else ctx.window_span()
    return Hit(f'claim tells "{done[0].text}" as done {later[0].group(0)}, after the article\'s date ({anchor.isoformat()})',
               span, ctx.home.article.id)  # fmt: skip


def _month_to_come(ctx: ClaimContext) -> Hit | None:
    """ "The ban started in June" against "will ban cars … starting in June" in an article of January: the
    same month, written without a year, which the claim tells as past and the evidence as still to come."""
    anchor = ctx.home.anchor
    if anchor is None or not ctx.claim.dates:
        return None
    today = anchor.isoformat()
    theirs = [d for atoms in ctx.seen for d in atoms.dates]
    for mine in ctx.claim.dates:
        if not mine.resolved or not mine.key.startswith("--") or mine.resolved >= today[: len(mine.resolved)]:
            continue  # only a month or day without its year, told as before the article
        at = max(0, ctx.card.claim.find(mine.surface))
        if _UNTIL_BEFORE.search(ctx.card.claim, 0, at) or _UNTIL_BEFORE.search(mine.surface.rsplit(None, 1)[0] + " "):
            continue  # "has been delayed until June": what was done is past, the month it waits for may be ahead
        if _PLANNED_BEFORE.search(ctx.card.claim, 0, at):
            continue
        for other in theirs:
            if other.key == mine.key and other.resolved and other.resolved > today[: len(other.resolved)]:
                return Hit(
                    f'claim tells "{mine.surface}" as past ({mine.resolved}); the evidence\'s "{other.surface}" is '
                    f"still to come ({other.resolved})",
                    ctx.span_of(other.surface),
                    ctx.home.article.id,
                )
    return None
