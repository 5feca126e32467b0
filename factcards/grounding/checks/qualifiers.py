"""What a claim keeps of the words that qualify a degree: a rank ("the third-largest"), an attempt ("attempted
murder"), an exception ("every member … except two"), a share ("15 percent contained"), a "since" ("the highest
since 1990"), harm short of death ("injured") and death beyond harm, "all but" a count, a split vote, a plea
short of a verdict, a rate held where it was. Dropping one makes the claim say more than its evidence, and
adding one (a rank the article never gives) other than it (FC205 reports both)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator

from factcards.grounding.checks.context import ClaimContext, claim_verbs, sides_of
from factcards.grounding.checks.contrast import clauses
from factcards.grounding.checks.registry import Hit
from factcards.text.claims import COMPOUND_COUNT_WORDS, SMALL_COUNT_WORDS, count_value, number_at
from factcards.text.durations import SAME_WITHIN, durations
from factcards.text.words import (
    Word,
    content_lemmas,
    forms_by_class,
    is_content,
    is_of_kind,
    lemmas,
    paraphrase_groups,
    same_family,
    words,
)

# "the highest since 1990", "the highest level in 17 years" is no record: it says there was a higher one before.
_SINCE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|most|fewest|least|best|worst|strongest|weakest|fastest|slowest|first)"
    r"\b[^.;]{0,40}?\b(?:since|this\s+(?:year|season|month|week|decade|century|winter|summer|spring|autumn)|so\s+far|in\s+(?:more\s+than\s+|almost\s+|nearly\s+|over\s+)?(?:(?:\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|a\s+dozen|several|many)\s+(?:years|decades|months|weeks)|a\s+(?:decade|century|generation)))\b",
    re.IGNORECASE,
)
_RECORD = re.compile(r"\b(?:record|all-time|ever)\b", re.IGNORECASE)


# "the smallest since records began", "the lowest on record": since anyone counted, which is a record.
_SINCE_RECORDS = re.compile(
    r"\bsince\s+records\s+(?:began|started|were\s+first\s+kept)|\bon\s+record\b|\brecords\s+show", re.IGNORECASE
)


def record_since(ctx: ClaimContext) -> Hit | None:
    said = _RECORD.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_RECORD) or ctx.evidence_match(_SINCE_RECORDS):
        return None
    m = ctx.evidence_match(_SINCE)
    return ctx.said_against(said.group(0), m.group(0)) if m else None


# "its highest level", "a record 4.4%", "the biggest fall": a rank among all of its kind.
_RANKING = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|fastest|slowest|steepest|sharpest|deadliest|worst|hottest|coldest"
    r"|warmest|wettest|driest|longest|shortest|strongest|weakest|heaviest|costliest|busiest|greatest|harshest"
    r"|most\s+(?!of\b)[a-z]+(?:ive|ful|ous|ant|ent|ible|able|ic|al)|all-time|unprecedented|record(?:-breaking|-high|-low)?(?=\s+(?:[$£€\d]|high|low|levels?"
    r"|numbers?|amounts?|years?|temperatures?|turnout|sales|profits?|heat|prices?|losses|gains|snowfall|rainfall|snow|rain"
    r"|floods?|crowds?|attendance|demand|revenues?|exports?|imports?|debt|deficit|audiences?|viewers|visitors|inflation"
    r"|growth|investment|cases|deaths|quarter|month|week|day)\b))\b(?!-|\s+known)",
    re.IGNORECASE,
)
_ANY_RANK = re.compile(
    r"\b(?:\w+est|most|least|fewest|record\w*|ever|all-time|unprecedented|first|top|peak|high|low|since|biggest"
    r"|maximum|minimum)\b",
    re.IGNORECASE,
)


_EVER_OR_RECORD = re.compile(r"\b(?:ever|record)\b", re.IGNORECASE)


def rank_added(ctx: ClaimContext) -> Hit | None:
    """ "Unemployment rose to its highest level" against "Unemployment rose to 4.4%, up from 4.2%": the claim
    ranks what the evidence does not rank, and the article ranks nothing anywhere."""
    said = _RANKING.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_ANY_RANK):
        return None
    if _RANKING.search(ctx.home.body) or _EVER_OR_RECORD.search(ctx.home.body):
        return None  # the article ranks something elsewhere: whether it is the same thing is for a reader
    return Hit(f'claim says "{said.group(0)}"; the evidence ranks nothing', ctx.window_span(), ctx.home.article.id)


# "the country's first womb transplant", "Europe's largest port": a rank among the things of one place.
_RANK_OF = re.compile(
    r"\b(?P<scope>[A-Za-z]+)['’]s\s+(?P<rank>first|largest|biggest|oldest|tallest|longest|highest|busiest|deepest"
    r"|fastest|only|most\s+\w+)\b",
    re.IGNORECASE,
)
# Scopes a summary widens a rank to ("the world's first" for "the country's first").
_WIDER = frozenset("world global continent europe africa asia country nation".split())


# "the worst in the country", "the busiest station in the region": a rank among the things of a place, told after.
_RANK_IN = re.compile(
    r"\b(?P<rank>first|only|worst|best|largest|biggest|oldest|tallest|longest|highest|lowest|busiest|deepest|fastest"
    r"|most\s+\w+)\s+(?:[a-z][\w'’-]*\s+){0,3}?in\s+(?:the\s+)?(?P<scope>world|country|nation|continent|europe|region"
    r"|county|city|town|area)\b",
    re.IGNORECASE,
)


def rank_scope_changed(ctx: ClaimContext) -> Hit | None:
    """ "the world's first womb transplant" against "the country's first womb transplant", "the worst in the country"
    against "the worst in the region": the same rank among the things of a wider place, where the evidence never
    says the claim's. (A narrower one follows: the worst in the country is the worst in its region.)"""
    return _rank_scope_changed(ctx, _RANK_OF) or _rank_scope_changed(ctx, _RANK_IN)


def _rank_scope_changed(ctx: ClaimContext, pattern: re.Pattern[str]) -> Hit | None:
    mine = list(pattern.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [m for text in ctx.texts for m in pattern.finditer(text)]
    for m in mine:
        scope, rank = m.group("scope").lower(), m.group("rank").lower()
        same = [o for o in theirs if o.group("rank").lower() == rank]
        if same and all(o.group("scope").lower() != scope for o in same) and scope in _WIDER:
            return ctx.said_against(m.group(0), same[0].group(0))
    return None


# "second from bottom", "third from top": a place counted from the end, which the end itself is not.
_FROM_END = re.compile(
    r"\b(?:second|third|fourth|fifth|two|three|four|five|\d+(?:st|nd|rd|th)?)\s+from\s+(?:the\s+)?(?P<end>bottom|top)\b",
    re.IGNORECASE,
)
_AT_END = re.compile(
    r"\b(?:are|is|was|were|sit|sits|sat|lie|lies|lay|finished|finish|remain|remains|stay|stays|went)\s+"
    r"(?:at\s+the\s+)?(?P<end>bottom|top)\b|\b(?P<end2>bottom|top)\s+of\s+the\s+(?:league|table|standings|group)\b",
    re.IGNORECASE,
)


def end_for_near_end(ctx: ClaimContext) -> Hit | None:
    """ "Harlow Town are bottom of the league" against "left the club second from bottom"."""
    said = _AT_END.search(ctx.card.claim)
    if said is None or _FROM_END.search(ctx.card.claim):
        return None
    end = (said.group("end") or said.group("end2")).lower()
    m = ctx.evidence_match(_FROM_END, lambda m: m.group("end").lower() == end)
    return ctx.said_against(said.group(0), m.group(0)) if m else None


# "jailed for six years and banned from driving for ten": a penalty and its term, the unit left out where the one
# before gives it.
_TERM = re.compile(
    r"\b(?P<deed>jail(?:ed)?|imprison(?:ed)?|sentenced|banned|suspended|disqualified)\b(?:\s+(?!for\b)[\w'’-]+){0,3}?"
    rf"\s+for\s+(?:up\s+to\s+|at\s+least\s+)?(?P<n>\d+|{SMALL_COUNT_WORDS})\b(?:\s+(?:years?|months?|weeks?))?",
    re.IGNORECASE,
)


def _terms(text: str) -> list[tuple[str, float, str]]:
    """(the penalty, by its first letters, its length, the words) of each term the text gives."""
    found = []
    for m in _TERM.finditer(text):
        value = count_value(m.group("n").lower())
        if value is not None:
            found.append((m.group("deed").lower()[:4], value, m.group(0)))
    return found


def term_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Paul Mace has been jailed for ten years" against "jailed for six years and banned from driving for ten": a
    penalty given the term the evidence gives another penalty, where it gives this one another."""
    mine = _terms(ctx.card.claim)
    if not mine:
        return None
    theirs = [term for text in ctx.texts for term in _terms(text)]
    for deed, value, said in mine:
        same = [t for t in theirs if t[0] == deed]
        if same and all(t[1] != value for t in same) and any(t[1] == value for t in theirs if t[0] != deed):
            return ctx.said_against(said, same[0][2])
    return None


# "close to a record high", "just short of the record": a record nearly reached, which is none.
_NEAR_RECORD = re.compile(
    r"\b(?:close\s+to|near|nearly|almost|just\s+(?:short\s+of|below|under|off)|short\s+of|approaching|within\s+\w+\s+of)"
    r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:all-time\s+|previous\s+)?record\b",
    re.IGNORECASE,
)
_RECORD_REACHED = re.compile(
    r"\b(?:hit|hits|reached|reaches|reach|set|sets|broke|breaks|broken|smashed|beat|beaten|at|to|new)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|all-time\s+)?record\b",
    re.IGNORECASE,
)


def record_for_near_record(ctx: ClaimContext) -> Hit | None:
    """ "Waiting lists have hit a record high" against "… fell slightly in October, … but remains close to a record
    high": a record the evidence says was only nearly reached, where it tells of none reached."""
    said = _RECORD_REACHED.search(ctx.card.claim)
    if said is None or _NEAR_RECORD.search(ctx.card.claim):
        return None
    # (a record reached, not the "to a record" of "close to a record")
    if ctx.evidence_match(
        _RECORD_REACHED, lambda m: not _NEAR_RECORD.search(m.string, max(0, m.start() - 30), m.end())
    ):
        return None
    return _against(ctx, said, _NEAR_RECORD)


# "below the record", "short of the record": a record the claim says was not reached.
_SHORT_OF_RECORD = re.compile(
    r"\b(?:below|under|beneath|short\s+of|shy\s+of|off)\s+(?:the\s+|its\s+|their\s+)?(?:all-time\s+|previous\s+)?record\b",
    re.IGNORECASE,
)
# "peaked at 5.1 metres on Wednesday night, a record": a figure the evidence calls a record.
_A_RECORD = re.compile(r",\s+(?:a|an)\s+(?:new\s+|all-time\s+)?record\b(?!\s+(?:of|for)\b)", re.IGNORECASE)


def near_record_for_record(ctx: ClaimContext) -> Hit | None:
    """ "The river peaked at 5.1 metres …, below the record" against "The river peaked at 5.1 metres …, a record": the
    claim says short of a record what the evidence says set one."""
    said = _SHORT_OF_RECORD.search(ctx.card.claim) or _NEAR_RECORD.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_SHORT_OF_RECORD) or ctx.evidence_match(_NEAR_RECORD):
        return None
    return _against(ctx, said, _A_RECORD) or _against(ctx, said, _RECORD_REACHED)


# "for free", "free of charge", "at no cost": a thing given without a price.
_FOR_FREE = re.compile(
    r"\b(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:extra\s+)?(?:cost|charge)|without\s+charge)\b", re.IGNORECASE
)
# "paper bags for 20p", "tickets at £5 each": a thing given at a price.
_AT_A_PRICE = re.compile(
    r"\b(?:for|at|costing|cost|costs|priced\s+at)\s+(?:just\s+|only\s+|about\s+|around\s+)?"
    r"(?:[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|million|billion))?|\d[\d,.]*\s?(?:p|pence|cents?)\b)",
    re.IGNORECASE,
)
_FREE_WORD = re.compile(r"\bfree\b|\bno\s+(?:cost|charge)\b", re.IGNORECASE)


def free_for_a_price(ctx: ClaimContext) -> Hit | None:
    """ "Customers will be offered paper bags for free" against "Customers will be offered paper bags for 20p": the
    claim gives without a price the very thing the evidence prices, and the evidence never calls anything free."""
    said = _FOR_FREE.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_FREE_WORD):
        return None
    before = words(ctx.card.claim[: said.start()])[-3:]
    things = {f for w in before if is_content(w.lower) for f in lemmas(w.lower)}
    if not things:
        return None
    for text in ctx.texts:
        for m in _AT_A_PRICE.finditer(text):
            if {f for w in words(text[: m.start()])[-4:] for f in lemmas(w.lower)} & things:
                return ctx.said_against(said.group(0), m.group(0))
    return None


# "the highest ever recorded in the city in June": a record of one month (or season), not of all time.
_MONTHS = "|".join(calendar.month_name[1:])
_SEASONS = r"spring|summer|autumn|fall|winter"
_TOPS = r"highest|lowest|hottest|coldest|warmest|wettest|driest|windiest|record"
_RECORD_WORD = re.compile(rf"\b(?:{_TOPS})\b", re.IGNORECASE)
_RECORD_OF = re.compile(
    rf"\b(?:{_TOPS})\b[^.;:]{{0,60}}?\b(?:in|for)\s+(?:an?\s+|the\s+month\s+of\s+)?(?P<when>(?:{_MONTHS})|(?:{_SEASONS})\b)"
)


# "a new women's record", "a course record", "the British record": whose or what a record is of.
_SCOPE = (
    r"(?:women['’]s|men['’]s|girls['’]|boys['’]|junior|veterans['’]?|course|world|european|british|national|olympic"
    r"|club|school|personal|all-time|ground|championship|state|county)"
)
_SCOPED_RECORD = re.compile(rf"\b(?P<scope>{_SCOPE}(?:\s+{_SCOPE})?)\s+(?:best|record)\b", re.IGNORECASE)


def _scopes(m: re.Match[str]) -> frozenset[str]:
    """ "women's course record" -> {"women", "course"}."""
    return frozenset(w.lower().replace("’", "'").removesuffix("'s").rstrip("'") for w in m.group("scope").split())


# "the 2016 record", "the previous record": a record the claim names by when it was set, not one it scopes.
_RECORD_NAMED = re.compile(r"\b(?:(?P<year>(?:19|20)\d\d)|previous|old|existing|former)\s+record\b", re.IGNORECASE)


def record_scope_dropped(ctx: ClaimContext) -> Hit | None:
    """ "the highest temperature ever recorded in Seville" against "the highest ever recorded in the city in June":
    the claim makes a month's record an all-time one; "a new course record" against "a new women's record": another
    record than the evidence's."""
    claim = ctx.card.claim
    said = _RECORD_WORD.search(claim)
    if said is None:
        return None
    if (named := _RECORD_NAMED.search(claim)) and (
        not named.group("year") or any(named.group("year") in text for text in ctx.texts)
    ):
        return None  # "beat the 2016 record": the one the evidence names, of whatever scope it has
    mine = [(_scopes(m), m.group(0)) for m in _SCOPED_RECORD.finditer(claim)]
    theirs = [(_scopes(m), m.group(0)) for text in ctx.texts for m in _SCOPED_RECORD.finditer(text)] if mine else []
    for scopes, words_ in mine:
        if theirs and not any(scopes & other for other, _ in theirs):
            return ctx.said_against(words_, theirs[0][1])
    if widened := _record_for_any(ctx) or _span_made_all_time(ctx):
        return widened
    # ("its smallest winter extent on record in September": when the record was set, not a month's record)
    m = ctx.evidence_match(
        _RECORD_OF, lambda m: not (m.group(0).lower().startswith("record") and m.string[: m.start()].endswith("on "))
    )
    if m is None or re.search(rf"\b{m.group('when')}\b", claim, re.IGNORECASE):
        return None
    return ctx.said_against(said.group(0), m.group(0))


# "a record for a work by a female Scottish artist": whom a record is for; "a record for any Scottish artist" makes it
# every one's.
_RECORD_FOR = re.compile(r"\brecord\s+for\s+(?P<any>any|all|every)?\s*(?P<scope>[^,.;:]{3,60})", re.IGNORECASE)


# "the hottest day on record", "the wettest month ever": a top of all time; "the hottest day of the year so far": of one
# span of time only.
_ALL_TIME = re.compile(rf"\b(?P<sup>{_TOPS})\s+(?P<noun>[a-z]+)\s+(?:on\s+record|ever)\b", re.IGNORECASE)
_OF_A_SPAN = re.compile(
    rf"\b(?P<sup>{_TOPS})\s+(?P<noun>[a-z]+)\s+(?:of\s+the|this)\s+(?:year|month|season|summer|winter|spring|autumn|"
    r"decade|week|century)\b",
    re.IGNORECASE,
)
_ON_RECORD = re.compile(r"\b(?:on\s+record|ever|all[\s-]time)\b", re.IGNORECASE)


def _span_made_all_time(ctx: ClaimContext) -> Hit | None:
    """ "Wednesday could be the hottest day on record" against "the hottest day of the year so far": the top of one
    span of time told as one of all time, where the evidence tells of none."""
    mine = _ALL_TIME.search(ctx.card.claim)
    if mine is None or ctx.evidence_match(_ON_RECORD):
        return None
    sup, noun = mine.group("sup").lower(), lemmas(mine.group("noun").lower())

    def same_top(m: re.Match[str]) -> bool:
        return m.group("sup").lower() == sup and bool(lemmas(m.group("noun").lower()) & noun)

    other = ctx.evidence_match(_OF_A_SPAN, same_top)
    return ctx.said_against(mine.group(0), other.group(0)) if other else None


def _record_for_any(ctx: ClaimContext) -> Hit | None:
    for m in _RECORD_FOR.finditer(ctx.card.claim):
        if not m.group("any"):
            continue
        mine = content_lemmas(words(m.group("scope")))
        for text in ctx.texts:
            for o in _RECORD_FOR.finditer(text):
                theirs = [w for w in words(o.group("scope")) if is_content(w.lower)]
                if mine & {f for w in theirs for f in lemmas(w.lower)} and any(
                    not lemmas(w.lower) & mine and "ADJ" in forms_by_class(w.lower) for w in theirs
                ):
                    return ctx.said_against(m.group(0).strip(), o.group(0).strip())
    return None


# "attempted murder", "a failed coup"; "efforts to contain the blaze", "trying to reach the climbers": a deed tried,
# not done.
_ATTEMPTED = re.compile(
    r"\b(?:attempted|failed)\s+(?P<deed>[a-z]{4,})\b"
    # ("efforts by rescuers to refloat it": who tried may stand between)
    r"|\b(?:efforts?|attempts?|attempting|attempted|bid|trying|tried|tries|try|battling|battled)\s+"
    r"(?:by\s+(?:[\w'’-]+\s+){1,4}?)?to\s+"
    r"(?P<deed2>[a-z]{4,})\b",
    re.IGNORECASE,
)
# A claim that tells the trying too, or the deed still to come ("hope to contain"), claims no success. Any word
# opening "attempt" or "fail" tells it ("attempted killings" keeps the attempt); the rest by their lemmas.
_TRIED = re.compile(r"\b(?:attempt|fail)", re.IGNORECASE)
_TRYING = frozenset("try effort bid battle seek aim hope work plan want intend".split())


def attempt_dropped(ctx: ClaimContext) -> Hit | None:
    """ "arrested on suspicion of murder" against "… of attempted murder", "the blaze had been contained"
    against "winds were hampering efforts to contain the blaze": the claim drops that the deed was only
    attempted."""
    claim = ctx.card.claim
    if _TRIED.search(claim) or any(lemmas(w.lower) & _TRYING for w in ctx.claim_words):
        return None
    for text in ctx.texts:
        for m in _ATTEMPTED.finditer(text):
            deed = (m.group("deed") or m.group("deed2")).lower()
            said = next(
                # "is still recovering", "capable of hosting": a deed under way or possible, not one done
                (
                    w
                    for w in ctx.claim_words
                    if _same_deed(w.lower, deed) and not claim[: w.start].endswith("to ") and not _under_way(w, claim)
                ),
                None,
            )
            if said is not None and not any(
                _same_deed(w.lower, deed) for w in words(text) if not m.start() <= w.start < m.end()
            ):
                return ctx.said_against(said.text, m.group(0))
    return thing_found(ctx)


# "while they sought a buyer", "searching for survivors": a thing looked for, not yet found.
_THING = r"\s+(?:a\s+|an\s+|the\s+|new\s+|more\s+)*(?P<thing>[a-z]{3,})\b"
_SOUGHT = re.compile(
    r"\b(?:sought|seek|seeks|seeking|search(?:es|ed|ing)?\s+for|look(?:s|ed|ing)?\s+for|hunt(?:s|ed|ing)?\s+for)"
    + _THING,
    re.IGNORECASE,
)
_FOUND = re.compile(
    r"\b(?:found|find|finds|secured|secure|secures|landed|identified|located|agreed\s+a\s+deal\s+with)" + _THING,
    re.IGNORECASE,
)


def thing_found(ctx: ClaimContext) -> Hit | None:
    """ "Administrators said they had found a buyer" against "… while they sought a buyer": the claim finds
    what the evidence says was only looked for. Evidence that also says it was found answers the claim."""
    for m in _FOUND.finditer(ctx.card.claim):
        thing = lemmas(m.group("thing").lower())
        sought = ctx.evidence_match(_SOUGHT, lambda s, thing=thing: bool(lemmas(s.group("thing").lower()) & thing))
        if sought is not None and not any(
            lemmas(f.group("thing").lower()) & thing for text in ctx.texts for f in _FOUND.finditer(text)
        ):
            return ctx.said_against(m.group(0), sought.group(0))
    return None


_A_THING_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|another|one|\d+)\s+$", re.IGNORECASE)


def _under_way(word: Word, claim: str) -> bool:
    """ "is still recovering", "capable of hosting": the deed going on or possible; "a killing" is one done."""
    return word.lower.endswith("ing") and not _A_THING_BEFORE.search(claim, 0, word.start)


def _same_deed(word: str, deed: str) -> bool:
    """ "refloated" is "refloat" done, whether or not the dictionary knows the verb."""
    return bool(lemmas(word) & lemmas(deed)) or word in (deed + "s", deed + "es", deed + "ed", deed + "d")


# "every member of the bloc except two": a whole with some left out.
_ALL_EXCEPT = re.compile(
    r"\b(?:all|every|each)\s+[^.;]{0,60}?\b(?:except|apart from|other than|save for"
    r"|with the exception of|bar)\b",
    re.IGNORECASE,
)
_ALL = re.compile(r"\b(?:all|every|each)\s+(?:of\s+the\s+|the\s+)?(?P<noun>[a-z][\w'’-]+)", re.IGNORECASE)
_EXCEPTING = re.compile(r"\b(?:except|apart from|other than|save for|with the exception of|but)\b", re.IGNORECASE)


def exception_dropped(ctx: ClaimContext) -> Hit | None:
    """ "Every member of the Unity bloc opposed the bill" against "opposed by every member of the Unity bloc
    except two": the claim makes whole what the evidence says leaves some out."""
    claim = ctx.card.claim
    if _EXCEPTING.search(claim):
        return None
    for said in _ALL.finditer(claim):
        noun = lemmas(said.group("noun").lower())
        m = ctx.evidence_match(
            _ALL_EXCEPT, lambda m, noun=noun: any(noun & lemmas(w.lower) for w in words(m.group(0))[1:4])
        )
        if m is not None:
            return ctx.said_against(said.group(0), m.group(0))
    return _exempt_made_all(ctx)


# "steel from countries with trade deals will be exempt", "excluding food": some of it left out.
_EXEMPTED = re.compile(r"[^.;,]*\b(?:exempt(?:ed|s)?|exemption|excluding)\b[^.;,]*", re.IGNORECASE)


def _exempt_made_all(ctx: ClaimContext) -> Hit | None:
    """ "a 25% tariff on all imported steel" against "a 25% tariff on imported steel …, but steel from countries with
    trade deals will be exempt": the claim makes whole what the evidence exempts some of, and never says all of."""
    claim = ctx.card.claim
    for said in _ALL.finditer(claim):
        named = {
            f for w in words(claim[said.start() :])[1:3] if "NOUN" in forms_by_class(w.lower) for f in lemmas(w.lower)
        }
        if not named:
            continue
        for text in ctx.texts:
            if any(lemmas(m.group("noun").lower()) & named for m in _ALL.finditer(text)):
                continue  # the evidence says all of it too
            for m in _EXEMPTED.finditer(text):
                if any(lemmas(w.lower) & named for w in words(m.group(0))):
                    return ctx.said_against(said.group(0), m.group(0).strip())
    return None


# "fully contained", "completely destroyed": the whole of it, which "15 percent contained" is not.
_WHOLLY = re.compile(r"\b(?:fully|completely|entirely|totally|wholly|100\s?(?:%|percent|per cent))\s+(?P<state>[a-z]{4,})\b",
                     re.IGNORECASE)  # fmt: skip
_SHARE_OF = re.compile(
    r"\b(?P<share>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?P<state>[a-z]{4,})\b"
    # "has recovered to 82 percent of its 2019 level"
    r"|\b(?P<done>[a-z]{4,})\s+(?:to\s+)?(?:about\s+|nearly\s+|only\s+|just\s+)?\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent)\s+of\b",
    re.IGNORECASE,
)


# "all patients", "every school": a whole kind the claim names.
_ALL_OF_A_KIND = re.compile(r"\b(?:all|every)\s+(?P<noun>[a-z][a-z-]{2,}[a-z])\b", re.IGNORECASE)
# Words before a noun that narrow nothing: "the patients", "its staff", "these schools".
_TIMES_OF_DAY = frozenset("day week month year morning afternoon evening night time weekend season hour minute".split())
_BUT_FOR = re.compile(r"\s+(?:except|excluding|apart\s+from|other\s+than|but)\b", re.IGNORECASE)
_NOT_NARROWING = frozenset("the a an its their his her our these those all every each other such many most".split())


def all_for_a_kind(ctx: ClaimContext) -> Hit | None:
    """ "reach all patients" against "reach heart attack and stroke patients": the claim gives all of a kind what the
    evidence says of some of it, named by the words before the noun, wherever the evidence writes it."""
    for m in _ALL_OF_A_KIND.finditer(ctx.card.claim):
        noun = m.group("noun").lower()
        forms = lemmas(noun)
        # ("e-scooters": a hyphened word ending in a noun is one)
        if not is_content(noun) or "NOUN" not in forms_by_class(noun.rsplit("-", 1)[-1]) or forms & _TIMES_OF_DAY:
            continue  # ("every evening" is how often)
        if _BUT_FOR.match(ctx.card.claim, m.end()):
            continue  # "all parties except Labour" narrows it itself
        narrowed: list[str] = []
        for text in ctx.texts:
            found = words(text)
            for i, w in enumerate(found):
                if not lemmas(w.lower) & forms:
                    continue
                before = found[i - 1] if i else None
                if w.capitalized or (before is not None and before.capitalized):
                    continue  # a name ("CBS Evening News")
                if (
                    before is None
                    or before.lower in _NOT_NARROWING
                    or not is_content(before.lower)
                    or count_value(before.text) is not None
                ):
                    return None  # the evidence writes the kind unnarrowed (or counted) somewhere
                narrowed.append(text[before.start : w.end])
        if narrowed:
            return ctx.said_against(m.group(0), narrowed[0])
    return None


# "…, the maximum allowed without a referendum": a figure that is the bound itself.
_AT_THE_BOUND = re.compile(
    r",\s+the\s+(?P<bound>maximum|minimum|limit|cap|most|least)\s+(?:allowed|permitted|possible|available)\b[^.;:,]*",
    re.IGNORECASE,
)
# "above the maximum", "below the limit": a figure said to be past a bound.
_PAST_THE_BOUND = re.compile(
    r"\b(?P<rel>above|over|more\s+than|exceeds?|exceeded|exceeding|beyond|below|under|less\s+than)\s+the\s+"
    r"(?P<bound>maximum|minimum|limit|cap)\b",
    re.IGNORECASE,
)


def bound_passed(ctx: ClaimContext) -> Hit | None:
    """ "The rise is above the maximum allowed" against "raise council tax by 4.99%, the maximum allowed without a
    referendum": the figure is the bound, which the claim says it passes."""
    for m in _PAST_THE_BOUND.finditer(ctx.card.claim):
        rel = m.group("rel").lower().split()[0]
        if any(re.search(rf"\b{rel}", text, re.IGNORECASE) for text in ctx.texts):
            continue
        bound = m.group("bound").lower()
        at = ctx.evidence_match(_AT_THE_BOUND, lambda b, bound=bound: b.group("bound").lower() == bound)
        if at is not None:
            return ctx.said_against(m.group(0), at.group(0).lstrip(", "))
    return None


def whole_for_part(ctx: ClaimContext) -> Hit | None:
    """ "was fully contained" against "was 15 percent contained": the claim makes whole what the evidence
    gives as a share below a hundred."""
    claim = ctx.card.claim
    wholly = list(_WHOLLY.finditer(claim))
    if not wholly:
        return None
    for m in wholly:
        state = lemmas(m.group("state").lower())
        part = ctx.evidence_match(
            _SHARE_OF, lambda p, state=state: bool(lemmas((p.group("state") or p.group("done")).lower()) & state)
        )
        if part is not None:
            return ctx.said_against(m.group(0), part.group(0))
    return None


# "cancelled her whole tour", "all of its shops": the whole of one thing.
_WHOLE_OF = re.compile(
    r"\b(?:(?:the|her|his|its|their|our)\s+(?:whole|entire)|all\s+(?:of\s+)?(?:the|her|his|its|their|our))\s+"
    r"(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)
# "the last three dates of her tour", "part of the roof", "two of its stores": a part of one thing.
_PART_OF_ONE = re.compile(
    r"\b(?P<part>part|parts|some|half|most|much|(?:first|last|final|remaining|opening)\s+(?:[\w-]+\s+){0,2}?[a-z]+s"
    rf"|(?:\d[\d,]*|{SMALL_COUNT_WORDS}|a\s+few|several)(?:\s+[a-z]+s)?)\s+of\s+(?:the|her|his|its|their|our)\s+"
    r"(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


def whole_of_a_part(ctx: ClaimContext) -> Hit | None:
    """ "The singer cancelled her whole tour" against "cancelled the last three dates of her tour": the claim gives
    the deed to the whole of what the evidence gives a part of (and never says whole)."""
    for mine in _WHOLE_OF.finditer(ctx.card.claim):
        noun = lemmas(mine.group("noun").lower())
        if ctx.evidence_match(_WHOLE_OF, lambda m, noun=noun: bool(lemmas(m.group("noun").lower()) & noun)):
            continue
        part = ctx.evidence_match(_PART_OF_ONE, lambda m, noun=noun: bool(lemmas(m.group("noun").lower()) & noun))
        if part is not None:
            return ctx.said_against(_with_nouns_after(mine), _with_nouns_after(part))
    return None


_NOUNS_AFTER = re.compile(r"(?:['’]s)?(?:\s+[A-Za-z][\w-]*){0,2}")


def _with_nouns_after(m: re.Match[str]) -> str:
    """The words of `m` and the nouns right after them: "her whole European tour", not "her whole European"."""
    after = _NOUNS_AFTER.match(m.string, m.end())
    end = m.end()
    for w in words(after.group(0)) if after else []:
        if w.lower == "s":
            continue  # ("children's")
        if not _a_thing(w.lower):
            break
        end = m.end() + w.end
    return m.string[m.start() : end]


def _a_thing(lower: str) -> bool:
    """A noun, or a word the dictionary lacks ("paracetamol")."""
    forms = forms_by_class(lower)
    return is_content(lower) and ("NOUN" in forms or not forms)


_SUPERLATIVE = (
    r"(?:largest|biggest|highest|lowest|smallest|greatest|best|worst|strongest|weakest|fastest|slowest"
    r"|oldest|youngest|richest|poorest|busiest|deadliest|longest|shortest|tallest|(?:most|least)\s+[a-z]{4,})"
)
# Ranked too, though two of them may be one measure ("the warmest year" is "the hottest year"): only their rank is read.
_RANKED_SUPERLATIVE = (
    _SUPERLATIVE[:-1] + "|wettest|driest|hottest|coldest|warmest|sunniest|windiest"
    # ("one of the finest players of his generation" is not its finest)
    "|finest|brightest|cleverest|happiest|safest|cheapest|hardest|easiest|toughest|fiercest|bravest)"
)
# "the youngest person to row solo": a superlative and what it ranks.
_SUPERLATIVE_OF = re.compile(rf"\bthe\s+(?P<sup>{_SUPERLATIVE})\s+(?P<noun>[a-z]{{3,}})\b", re.IGNORECASE)


# "the youngest person ever to swim", "the biggest ever": a rank over all time.
_RANK_EVER = re.compile(
    r"\b(?P<rank>[a-z]{3,}est|first|most\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?ever\b|\bever\s+(?P<rank2>[a-z]{3,}est)\b",
    re.IGNORECASE,
)
# What keeps a rank to a time: "the youngest … this year", "the wettest since 2012".
_RANK_SPAN = re.compile(
    r"\b(?:this|last)\s+(?:year|season|month|summer|winter|decade|century)\b|\bso\s+far\b|\bsince\s+(?:19|20)\d\d\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bin\s+(?:a|\d+|two|three|four|five|ten|twenty)\s+(?:years|decades)\b",
    re.IGNORECASE,
)


def ever_for_a_span(ctx: ClaimContext) -> Hit | None:
    """ "the youngest person ever to swim the English Channel" against "the youngest person to swim the English
    Channel this year": a rank over all time where the evidence gives the same rank over a span only."""
    mine = _RANK_EVER.search(ctx.card.claim)
    if mine is None or any(_RANK_EVER.search(text) for text in ctx.texts):
        return None
    rank = (mine.group("rank") or mine.group("rank2")).lower()
    for text in ctx.texts:
        at = text.lower().find(rank)
        if (
            at >= 0
            and (span := _RANK_SPAN.search(text, at, at + 120))
            and not _SENTENCE_STOP.search(text, at, span.start())
        ):
            return ctx.said_against(mine.group(0), text[at : span.end()])
    return None


_SENTENCE_STOP = re.compile(r"[.;!?]")


def superlative_swapped(ctx: ClaimContext) -> Hit | None:
    """ "became the fastest person to row solo" against "became the youngest person to row solo": the claim ranks
    the same thing by another measure, which the evidence never uses."""
    for mine in _SUPERLATIVE_OF.finditer(ctx.card.claim):
        sup, noun = mine.group("sup").lower(), lemmas(mine.group("noun").lower())
        # One word only: "the most important day" and "the most pivotal day" are paraphrased freely.
        if " " in sup or any(w.lower == sup for text in ctx.texts for w in words(text)):
            continue

        def other_rank(m: re.Match[str], sup: str = sup, noun: frozenset[str] = noun) -> bool:
            theirs = m.group("sup").lower()
            return " " not in theirs and bool(lemmas(m.group("noun").lower()) & noun) and not _same_measure(theirs, sup)

        m = ctx.evidence_match(_SUPERLATIVE_OF, other_rank)
        if m is not None:
            return ctx.said_against(mine.group(0), m.group(0))
    return None


def _same_measure(a: str, b: str) -> bool:
    """ "largest" and "biggest", "lowest" and "smallest": one measure (of size, or a paraphrase, or the same side
    of one opposition)."""
    if any(a in sizes and b in sizes for sizes in _SIZES):
        return True
    la, lb = lemmas(a), lemmas(b)
    return bool(paraphrase_groups(la) & paraphrase_groups(lb)) or bool(set(sides_of(a)) & set(sides_of(b)))


# Superlatives of size, which news uses one for another: "the smallest increase", "the lowest increase".
_SIZES = (
    frozenset("highest largest biggest greatest most top steepest sharpest".split()),
    frozenset("lowest smallest least fewest slightest".split()),
)


# "the third-largest", "the second biggest", "one of the largest": a rank below the top.
_RANKED = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[-\s]+"
    r"|(?:(?:one|some|any)\s+of|among)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?)"
    rf"(?P<word>{_RANKED_SUPERLATIVE})\b",
    re.IGNORECASE,
)
_PLAIN_SUPERLATIVE = re.compile(rf"\b{_RANKED_SUPERLATIVE}\b", re.IGNORECASE)


def rank_dropped(ctx: ClaimContext) -> Hit | None:
    """ "the country's largest snack producer" against "the country's third-largest": the claim
    makes first what the evidence ranks lower, or one of many ("one of the largest")."""
    claim = ctx.card.claim
    plain = _PLAIN_SUPERLATIVE.search(claim)
    if plain is None:
        return None
    ranked_in_claim = {m.start("word") for m in _RANKED.finditer(claim)}
    mine = {
        m.group(0).lower(): m.group(0) for m in _PLAIN_SUPERLATIVE.finditer(claim) if m.start() not in ranked_in_claim
    }
    if not mine:
        return None
    ranked: list[re.Match[str]] = []
    unranked: set[str] = set()  # the evidence also calling it the largest answers the claim
    for text in ctx.texts:
        found = list(_RANKED.finditer(text))
        ranked += found
        at = {m.start("word") for m in found}
        unranked |= {m.group(0).lower() for m in _PLAIN_SUPERLATIVE.finditer(text) if m.start() not in at}
    for m in ranked:
        word = m.group("word").lower()
        if word in mine and word not in unranked:
            return ctx.said_against(mine[word], m.group(0))
    return None


# "pleaded guilty", "admitted the charge": a plea; "found guilty", "convicted by a jury": a verdict.
_PLEA = re.compile(
    r"\bplead(?:ed|s|ing)?\s+guilty\b|\bpled\s+guilty\b"
    # "admitted the charges", "after admitting seven charges"
    rf"|\badmit(?:ted|s|ting)?\s+(?:the\s+|all\s+|(?:\d+|{SMALL_COUNT_WORDS})\s+)?(?:charges?|offences?|counts?)"
    r"|\badmit(?:ted|s)?\s+(?:to\s+)?[a-z]+ing\b",  # "admitted falsifying records"
    re.I,
)
_VERDICT = re.compile(r"\bfound\s+(?:\w+\s+){0,3}?guilty\b|\bconvicted\b|\bjury\b", re.IGNORECASE)
_FOUND_GUILTY = re.compile(r"\bfound\s+(?:[\w,]+\s+){0,8}?guilty\b|\bconvicted\b", re.IGNORECASE)


def plea_for_verdict(ctx: ClaimContext) -> Hit | None:
    """ "Hale pleaded guilty to manslaughter" against "A jury found Hale guilty of manslaughter": a plea is not a
    verdict, nor the other way round."""
    claim = ctx.card.claim
    plea, verdict = _PLEA.search(claim), _VERDICT.search(claim)
    if plea and not verdict and not ctx.evidence_match(_PLEA) and (m := ctx.evidence_match(_VERDICT)):
        # The verdict's own words where it has them ("found … guilty"), not the jury that gave it.
        m = ctx.evidence_match(_FOUND_GUILTY) or m
        return ctx.said_against(plea.group(0), m.group(0))
    if verdict and not plea and not ctx.evidence_match(_VERDICT) and (m := ctx.evidence_match(_PLEA)):
        return ctx.said_against(verdict.group(0), m.group(0))
    return None


# A sentence passed: "was jailed for", "sentenced to six years"; the evidence's words for any sentence or custody.
_SENTENCED = re.compile(
    r"\b(?:jail(?:ed|s)?|imprison(?:ed|s)?|sentenc(?:ed|es)|locked\s+up|given\s+a\s+(?:\w+\s+){0,2}?sentence)\b",
    re.IGNORECASE,
)
_ANY_SENTENCE = re.compile(
    r"\b(?:jail\w*|prison\w*|imprison\w*|sentenc\w*|custody|custodial|locked\s+up|behind\s+bars|fined|fine"
    r"|community\s+(?:order|service)|suspended|probation|life|term)\b",
    re.IGNORECASE,
)


def sentence_added(ctx: ClaimContext) -> Hit | None:
    """ "Ellen Price was jailed for falsifying records" against "A jury found Ellen Price … guilty of falsifying
    records": a verdict is not yet a sentence; the evidence says nothing of one."""
    said = _SENTENCED.search(ctx.card.claim)
    if said is None or any(_ANY_SENTENCE.search(text) for text in ctx.texts):
        return None
    verdict = ctx.evidence_match(_FOUND_GUILTY) or ctx.evidence_match(_PLEA)
    return ctx.said_against(said.group(0), verdict.group(0)) if verdict else None


# "killed", "died", "fatal": a death; "injured", "wounded", "hurt": harm short of it.
# ("murder" and "manslaughter" too, but not an attempted one)
_DEATH = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|dies|dying|deaths?|fatal(?:ly)?|fatalities|manslaughter"
    r"|(?<!attempted\s)murder(?:ed|s)?)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:injur(?:ed|ing|ies|y)|wounded|wounding|hurt|stabbed|stabbing|shot|shooting|assaulted|beaten|attacked"
    r"|harmed|came\s+to\s+(?:serious\s+)?harm|paraly[sz]ed|wounds)\b"
    r"|\btreated\s+(?:in\s+hospital\s+)?for\s+(?:\w+\s+){0,2}?(?:injur\w*|burns|smoke|shock|wounds?|cuts)\b",
    re.IGNORECASE,
)
# "a child was hit by a car": struck, which tells no death (nor, by itself, a hurt the claim may not lower to).
_STRUCK_BY = re.compile(
    r"\b(?:hit|struck|knocked\s+down|run\s+over)\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:car|van|lorry|bus|vehicle|train|motorbike|motorcycle|taxi|tram)\b",
    re.IGNORECASE,
)


_INJURED = re.compile(r"\b(?:injur(?:ed|ing|ies|y)|wounded|hurt)\b", re.IGNORECASE)


def harm_lowered(ctx: ClaimContext) -> Hit | None:
    """ "One man was injured when a tree fell on his car" against "one man died when a tree fell on his car":
    the claim tells as hurt one the evidence tells as dead, and the evidence tells of no one hurt."""
    said = _INJURED.search(ctx.card.claim)  # not "stabbed": one may be stabbed to death
    if said is None or _DEATH.search(ctx.card.claim) or ctx.evidence_match(_HURT):
        return None
    return _against(ctx, said, _DEATH)


def _against(ctx: ClaimContext, said: re.Match[str], theirs: re.Pattern[str]) -> Hit | None:
    """The finding for the claim's words `said` where the evidence writes what `theirs` reads; none where it does
    not."""
    other = ctx.evidence_match(theirs)
    return ctx.said_against(said.group(0), other.group(0)) if other else None


# "banned for life", "jailed for life": a penalty without end; "for five years": one with one.
_FOR_LIFE = re.compile(r"\b(?:for\s+life|life\s+(?:ban|sentence|term)|lifetime\s+ban)\b", re.IGNORECASE)
_FOR_A_TERM = re.compile(
    r"\bfor\s+(?:up\s+to\s+|at\s+least\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty)\s+(?:years?|months?|weeks?|days?|matches|games)\b",
    re.IGNORECASE,
)


def life_for_a_term(ctx: ClaimContext) -> Hit | None:
    """ "Gary Stone has been banned for life" against "banned … from any role in the game for five years": a penalty
    without end where the evidence gives its term, and no life one."""
    said = _FOR_LIFE.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_FOR_LIFE):
        return None
    return _against(ctx, said, _FOR_A_TERM)


# "banned from the classroom for nine years": a penalty told with its term.
_PENALTY_TERM = re.compile(
    r"\b(?P<deed>banned|jailed|suspended|barred|disqualified|sentenced|struck\s+off)\b[^.;]{0,40}?"
    + _FOR_A_TERM.pattern,
    re.IGNORECASE,
)


def term_for_life(ctx: ClaimContext) -> Hit | None:
    """ "The teacher has been banned for nine years" against "banned from the classroom for life … He had taught at
    the school for nine years": a term for a penalty the evidence says is for life, and gives no term of."""
    said = _PENALTY_TERM.search(ctx.card.claim)
    if said is None or any(_PENALTY_TERM.search(text) for text in ctx.texts):
        return None
    return _against(ctx, said, _FOR_LIFE)


# Harm the evidence says was escaped: "found safe and well", "rescued unhurt".
_UNHURT = re.compile(
    r"\b(?:unhurt|unharmed|uninjured|unscathed|safe\s+and\s+(?:well|sound)|escaped\s+(?:serious\s+)?injury"
    # (or none there to be hurt: "Nobody was in the cars at the time")
    r"|(?:nobody|no\s+one)\s+(?:was|were)\s+(?:in|inside|on\s+board|at\s+home|in\s+the\s+building))\b",
    re.IGNORECASE,
)


def harm_added(ctx: ClaimContext) -> Hit | None:
    """ "The boy was found injured" against "was found safe and well four hours later": the claim tells of harm where
    the evidence says there was none, and tells of no one hurt or killed."""
    said = _INJURED.search(ctx.card.claim) or _DEATH.search(ctx.card.claim)
    if said is None or ctx.claim.negations or _UNHURT.search(ctx.card.claim):
        return None  # ("The dog was not hurt" says what "unharmed" does)
    if ctx.evidence_match(_HURT) or ctx.evidence_match(_DEATH):
        return None
    return _against(ctx, said, _UNHURT)


# A death told, in the claim: "died", "was killed", "passed away", "lost his life".
_DEATH_TOLD = re.compile(
    r"\b(?:died|dies|die|dying|dead|deaths?|killed|kills|perished|fatal(?:ly)?|passed\s+away"
    r"|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b",
    re.IGNORECASE,
)
# Any word of a death, in the article: besides the claim's, a body, an inquest, a funeral, a toll, one late or mourned.
_DEATH_IN_ARTICLE = re.compile(
    r"\b(?:di(?:e|ed|es)|dying|dead(?:ly)?|deaths?|kill\w*|fatal\w*|perish\w*|passed\s+away|lost\s+\w+\s+li(?:fe|ves)"
    r"|murder\w*|manslaughter|drown\w*|bod(?:y|ies)|remains|inquests?|funerals?|tolls?|late|mourn\w*|tributes?"
    r"|obituar\w*|grave|suicide|slain|executed|euthanis\w*|euthaniz\w*|put\s+down|casualt\w*|victims?|lives"
    r"|extinct\w*|mortality|life|RIP|cull\w*|slaughter\w*|put\s+to\s+sleep"
    # (lost to what killed it: "trees lost to ash dieback", "lost to cancer"; and lost in what killed it: "has lost
    # 40 sheep in a suspected dog attack")
    r"|lost\s+to|lost\s+(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+)?in\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}"
    r"(?:attacks?|fires?|blazes?|floods?|crash(?:es)?|storms?|outbreaks?))\b"
    # (a life's span: "Ann Richards ( October 1 , 1935 -- April 1 , 1982 )")
    r"|\([^()]{0,30}\b(?:1[5-9]|20)\d\d\s*(?:--?|–|—|to)\s*[^()]{0,30}\b(?:1[5-9]|20)\d\d\s*\)",
    re.IGNORECASE,
)


def death_untold(ctx: ClaimContext) -> Hit | None:
    """ "The zoo said Kito had died" against "The zoo said … Kito had been moved to a wildlife park in France": a death
    where the whole article tells of none (a summary may take a death from a sentence its evidence leaves out, so the
    article is read, not the evidence alone)."""
    said = _DEATH_TOLD.search(ctx.card.claim)
    if said is None or ctx.claim.negations:
        return None
    if _DEATH_IN_ARTICLE.search(ctx.home.article.body) or any(_DEATH_IN_ARTICLE.search(t) for t in ctx.texts):
        return None
    return Hit(f'claim says "{said.group(0)}"; the article tells of no death', ctx.window_span(), ctx.home.article.id)


# "92% of members who voted", "two-thirds of those who replied": a share of only some of a whole.
_SHARE = r"\d+(?:\.\d+)?\s?%|\d+\s?(?:per\s?cent|percent)|(?:\d+|[a-z]+)\s+in\s+(?:\d+|[a-z]+)|half|a\s+third|a\s+quarter|two-thirds|three-quarters|most"
_SHARE_OF_SOME = re.compile(
    rf"\b(?P<share>{_SHARE})\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<whole>[a-z]+)\s+(?:who|that)\s+"
    r"(?:had\s+|have\s+)?(?P<did>voted|responded|replied|answered|took\s+part|were\s+(?:asked|surveyed|polled|questioned)"
    r"|turned\s+out)\b",
    re.IGNORECASE,
)
_SHARE_OF_ANY = re.compile(
    rf"\b(?P<share>{_SHARE})\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<whole>[a-z]+)\b(?!\s+(?:who|that)\b)",
    re.IGNORECASE,
)


def base_widened(ctx: ClaimContext) -> Hit | None:
    """ "92% of members backed strike action" against "92% of members who voted had backed strike action": a share the
    evidence gives of only those who voted (or answered), told as of them all."""
    if _WHOSE_SHARE.search(ctx.card.claim):
        return None  # (the claim tells whose share it is in its own words: "of voters", "of those asked")
    for m in _SHARE_OF_ANY.finditer(ctx.card.claim):
        share, whole = " ".join(m.group("share").lower().split()), lemmas(m.group("whole").lower())
        for text in ctx.texts:
            for some in _SHARE_OF_SOME.finditer(text):
                if (
                    " ".join(some.group("share").lower().split()) == share
                    and lemmas(some.group("whole").lower()) & whole
                ):
                    return ctx.said_against(m.group(0), some.group(0))
    return None


_WHOSE_SHARE = re.compile(r"\b(?:vot|respond|repl|answer|took\s+part|surveyed|polled|asked|turn)", re.IGNORECASE)


# An arrest, and any word of the law's steps that would tell of one ("held", "in custody", "charged with").
_ARRESTED = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detained|taken\s+into\s+custody)\b", re.IGNORECASE)
_LAW_STEPS = re.compile(
    r"\b(?:arrest\w*|custody|detain\w*|detention|held|charg\w*|bail\w*|court|trial|convict\w*|jail\w*|prison\w*|"
    r"sentenc\w*|guilty|plead\w*|suspects?|questioned|interviewed|caution\w*|accused|prosecut\w*|"
    r"remand\w*|cleared|acquitt\w*|fined|inquest)\b",
    re.IGNORECASE,
)


# What police say while no one is held: an appeal, one "helping officers", a cause still open.
_NO_ARREST_YET = re.compile(
    r"\bappeal\w*\s+for\s+(?:witnesses|information|help)\b|\bhelping\s+(?:the\s+)?(?:police|officers|detectives)\b"
    r"|\bno\s+(?:one\s+has\s+been\s+arrested|arrests?)\b|\bfound\s+no\s+evidence\b|\bbeing\s+treated\s+as\b"
    # (an inquiry still open, one gone before police came: "are investigating …; the dog's owner left before officers
    # arrived")
    r"|\b(?:police|officers|detectives)\s+(?:are|were)\s+investigating\b|\bremains?\s+at\s+large\b"
    r"|\b(?:left|fled)\s+(?:the\s+scene\s+)?before\s+(?:police|officers)\s+arrived\b",
    re.IGNORECASE,
)


def arrest_added(ctx: ClaimContext) -> Hit | None:
    """ "Police have arrested the van driver" against "Police … are appealing for witnesses after a cyclist was
    seriously injured": an arrest where the evidence tells of no step of the law, and tells what police say while no
    one is held. (Evidence that only leaves the arrest out is not enough: a summary's sentence may tell of it from
    another part of the article, measured on `python -m bench --only trust`.)"""
    said = _ARRESTED.search(ctx.card.claim)
    if said is None or ctx.claim.negations or ctx.evidence_match(_LAW_STEPS):
        return None
    if found := _against(ctx, said, _NO_ARREST_YET):
        return found
    # (nor where the whole article tells of no step of the law: "Police made several arrests at the march" against "…
    # The event passed off peacefully", read as death_untold reads a death)
    if not _LAW_STEPS.search(ctx.home.article.body):
        return Hit(f'claim says "{said.group(0)}"; the article tells of no arrest', ctx.window_span(),
                   ctx.home.article.id)  # fmt: skip
    return None


# "A teenager has been charged over a stabbing": one held to answer for a deed told as a noun.
_HELD_OVER = re.compile(
    r"\b(?P<who>[a-z]+)\s+(?:(?:has|have|had)\s+)?(?:been|was|were|is|are)\s+(?:arrested|charged|jailed|convicted|"
    r"sentenced|detained|held|questioned|accused)\s+(?:over|for|after|in\s+connection\s+with)\s+(?:a|an|the)\s+"
    r"(?:[a-z]+\s+)?(?P<deed>[a-z]+ing)\b",
    re.IGNORECASE,
)
# "A teenager who was stabbed", "a man, 34, was stabbed": one the deed was done to.
_DONE_TO_ONE = re.compile(
    r"\b(?P<who>[a-z]+)(?:\s*,\s*\d{1,3}\s*,)?\s+(?:who\s+|that\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?P<done>[a-z]+ed)\b",
    re.IGNORECASE,
)


def victim_made_suspect(ctx: ClaimContext) -> Hit | None:
    """ "A teenager has been charged over a stabbing" against "A teenager who was stabbed outside a nightclub remains in
    a critical condition": the claim holds to answer for a deed the one the evidence has it done to, where the evidence
    tells of no step of the law."""
    said = _HELD_OVER.search(ctx.card.claim)
    if said is None or ctx.claim.negations or ctx.evidence_match(_LAW_STEPS):
        return None
    who, deed = lemmas(said.group("who").lower()), lemmas(said.group("deed").lower())
    for text in ctx.texts:
        for done in _DONE_TO_ONE.finditer(text):
            if lemmas(done.group("who").lower()) & who and lemmas(done.group("done").lower()) & deed:
                return ctx.said_against(said.group(0), done.group(0))
    return None


# Alive: "found alive", "survived", "rescued unhurt".
# (and "is recovering in hospital": alive, whatever the harm)
_ALIVE = re.compile(
    r"\b(?:alive|survived|survives|survivors?|safe\s+and\s+well|unhurt|unharmed|(?:is|are)\s+recovering)\b",
    re.IGNORECASE,
)
# The dead told of: "the body of a missing kayaker", "his death", "an inquest heard" (held only into a death).
_DEAD = re.compile(r"\b(?:body|bodies|remains)\s+of\b|\b(?:died|dead|death|killed|drowned|inquests?)\b", re.IGNORECASE)


def alive_for_dead(ctx: ClaimContext) -> Hit | None:
    """ "The kayaker was found alive" against "The body of a missing kayaker was recovered …; his death is not being
    treated as suspicious": the claim tells alive one the evidence tells dead, and tells no one alive."""
    said = _ALIVE.search(ctx.card.claim)
    if said is None or ctx.claim.negations or ctx.evidence_match(_ALIVE):
        return None
    return _against(ctx, said, _DEAD)


# "held interest rates at 2%", "kept rates unchanged", "left borrowing costs on hold": no move.
_HELD = re.compile(
    r"\b(?:held|holds|hold|holding|kept|keeps|keep|keeping|left|leaves|leave|leaving|maintained|maintains)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,4}?)(?:at|unchanged|steady|on\s+hold)\b",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?:cut|cuts|cutting|raised|raises|raising|lowered|lowers|lowering|hiked|hikes|hiking|increased|increases"
    r"|reduced|reduces|slashed|slashes|trimmed|trims)\s+(?P<what>(?:[\w-]+\s+){0,4}?)(?:to|by|from)\b",
    re.IGNORECASE,
)


def hold_made_move(ctx: ClaimContext) -> Hit | None:
    """ "The ECB cut interest rates to 2%" against "The European Central Bank held interest rates at 2%": the
    claim moves what the evidence says was held where it was; or holds what it says was moved ("held its key
    rate at 0.5%" against "raised its key interest rate to 0.5%")."""

    def of_the_same(said: re.Match[str]) -> Callable[[re.Match[str]], bool]:
        thing = {w.lower for w in words(said.group("what")) if is_content(w.lower)}
        return lambda m: bool(thing) and thing <= {w.lower for w in words(m.group("what"))}

    return _turned_round(ctx, _MOVED, _HELD, of_the_same)


def _turned_round(
    ctx: ClaimContext,
    one: re.Pattern[str],
    another: re.Pattern[str],
    of_the_same: Callable[[re.Match[str]], Callable[[re.Match[str]], bool]] | None = None,
) -> Hit | None:
    """The claim saying one side of a pair ("held", "voted against", "failed in the Senate") where the evidence
    says only the other, either way round; with `of_the_same`, only of the thing the claim's match names."""
    claim = ctx.card.claim
    for mine, other in ((one, another), (another, one)):
        said = mine.search(claim)
        if said is None or other.search(claim):
            continue
        same = of_the_same(said) if of_the_same is not None else None
        found = ctx.evidence_match(other, same)
        if found is not None and ctx.evidence_match(mine, same) is None:
            return ctx.said_against(said.group(0), found.group(0))
    return None


# A part in a film or show, and the lead in it: "appeared in Café Society" is no starring role.
_STARRED = re.compile(r"\bstar(?:red|ring|s)?\s+(?:in|as|on)\b|\bwill\s+star\b|\b(?:lead|leading|title)\s+role\b", re.I)
_APPEARED = re.compile(r"\bappear(?:ed|s|ing)?\s+(?:in|as|on)\b|\bcameo\b|\b(?:supporting|minor|small)\s+role\b", re.I)
_STAR_ANY = re.compile(r"\bstar|\b(?:lead|leading|title|main)\s+(?:role|part)\b|\bheadlin", re.I)


def role_raised(ctx: ClaimContext) -> Hit | None:
    """ "Sheryl Lee starred in Café Society" against "In 2016, she appeared in Café Society": the claim makes the
    lead of a part the evidence only says was played."""
    said = _STARRED.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_STAR_ANY) is not None:
        return None
    return _against(ctx, said, _APPEARED)


# Illness short of death: "14 new cases of measles" are no deaths, nor is one "taken to hospital with mild
# hypothermia", nor "30 sheep were found starving".
_ILL = re.compile(
    r"\b(?:cases?|infections?|infected|illness|ill|sick|hospitali[sz]ed|hypothermia|starving|starved|emaciated|"
    r"malnourished)\b|\btaken\s+to\s+hospital\b",
    re.IGNORECASE,
)


def harm_raised(ctx: ClaimContext) -> Hit | None:
    """ "Three passengers were killed" against "injuring 23 passengers, three of them seriously", in an article
    that tells of no death anywhere. (One that does may tell of the injured dying later: "was found badly
    injured … He died later in hospital".)"""
    said = _DEATH.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_DEATH):
        return None
    hurt = ctx.evidence_match(_HURT) or ctx.evidence_match(_ILL) or ctx.evidence_match(_STRUCK_BY)
    if hurt is None or _DEATH.search(ctx.home.body):
        return None
    return ctx.said_against(said.group(0), hurt.group(0))


# "restored to all but 6,000 homes": every one except that many ("all but one" is most, which FC301 reads).
_ALL_BUT = re.compile(
    r"\ball but (?:about |around |some |nearly )?(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
# A claim that counts the ones left out: "6,000 homes were still without power", "the remaining 6,000".
_LEFT_OUT = re.compile(r"\b(?:all but|except|still|remain\w*|left|without|not|no longer|yet to)\b", re.IGNORECASE)


def all_but_dropped(ctx: ClaimContext) -> Hit | None:
    """ "Power had been restored to 6,000 homes" against "power had been restored to all but 6,000 homes": the
    claim gives as done to that many what the evidence says was done to all others."""
    claim = ctx.card.claim
    if _LEFT_OUT.search(claim):
        return None
    m = ctx.evidence_match(
        _ALL_BUT, lambda m: bool(re.search(rf"(?<![\w,.]){re.escape(m.group('count'))}(?![\w,])", claim, re.IGNORECASE))
    )
    return ctx.said_against(m.group("count"), m.group(0)) if m else None


_UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\bwithout (?:a single )?(?:dissent|opposition|objection)\b", re.IGNORECASE
)
# "by a vote of 7 to 2", "voted 7-2", "who voted against it": a vote someone lost.
_SPLIT_VOTE = re.compile(
    rf"\bvot(?:e|ed|ing)\b[^.;]{{0,20}}?\b(?P<yes>\d{{1,3}}|{SMALL_COUNT_WORDS})\s?(?:-|–|to)\s?"
    rf"(?P<no>\d{{1,3}}|{SMALL_COUNT_WORDS})\b|\bvoted against\b"  # ("voted seven to four")
    rf"|\b(?:\d{{1,3}}|{SMALL_COUNT_WORDS})\s+votes?\s+to\s+"
    rf"(?P<no2>\d{{1,3}}|{SMALL_COUNT_WORDS})\b"  # "by five votes to two"
    # "two of the nine policymakers voted for a cut": some of a body, so not all of it
    rf"|\b(?P<part>\d{{1,3}}|{SMALL_COUNT_WORDS})\s+of\s+(?:the|its|their)\s+(?P<whole>\d{{1,3}}|{SMALL_COUNT_WORDS})"
    r"\s+(?:[a-z][\w-]*\s+){0,6}?(?:voted|vote|votes)\b",  # "… members of its rate-setting committee voted"
    re.IGNORECASE,
)


def _split(m: re.Match[str]) -> bool:
    if m.group("part"):
        part, whole = count_value(m.group("part")), count_value(m.group("whole"))
        return part is not None and whole is not None and 0 < part < whole
    return (count_value(m.group("no") or m.group("no2") or "1") or 0) > 0


def unanimity_added(ctx: ClaimContext) -> Hit | None:
    """ "approved the budget unanimously" against "approved the budget by a vote of 7 to 2": the claim makes
    unanimous a vote the evidence says was split."""
    said = _UNANIMOUS.search(ctx.card.claim)
    if said is None or ctx.evidence_match(_UNANIMOUS):
        return None
    m = ctx.evidence_match(_SPLIT_VOTE, _split)
    return ctx.said_against(said.group(0), m.group(0)) if m else None


# "a charge of up to $90 million", "as many as 40 people", "for as long as three months": a most, which the figure
# alone is not.
_CAP = (
    r"(?:up\s+to|as\s+(?:many|much|long|high|far)\s+as|at\s+most|a\s+maximum\s+of|no\s+more\s+than"
    r"|capped\s+at|limited\s+to|a\s+(?:cap|limit)\s+of"
    # "a fee of £18 million, rising to £22 million with add-ons": a most the deal may reach
    r"|(?:potentially|possibly)\s+rising\s+to|(?:that\s+|which\s+)?could\s+rise\s+to"
    r"|rising\s+to(?=\s+[$£€]?\d[\d,.]*(?:\s?(?:million|billion|m|bn)\b)?\s+(?:with|including|in)\s+(?:add-ons|bonuses"
    r"|incentives|performance)))"
)
# "more than 300 homes", "at least 12 roads": a least, which the figure alone is not either. ("Nearly
# 300" told as "300" is rounding: annotators of the trust sets let it through, and so do we.)
_BOUND = rf"(?:{_CAP}|more\s+than|at\s+least|a\s+minimum\s+of|fewer\s+than|less\s+than)"
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|thousands)"
_CAPPED = re.compile(
    # "postponed by at least a week": one unit of time is a figure too
    rf"\b{_BOUND}\s+(?P<figure>[$£€]?\d[\d,.]*|{_COUNT_WORD}\b|an?\s+(?:hour|day|week|month|year)\b)",
    re.IGNORECASE,
)
# "twice a week", "£5 a day": a rate, not a length of time.
_RATE_BEFORE = re.compile(r"(?:once|twice|times|\d[\d,.]*|[$£€]\S+)\s+$", re.IGNORECASE)
# "to move Lyon up to 64 points", "climbed up to third": that "up to" is where something went.
_WENT = re.compile(
    r"\b(?:move[sd]?|moving|went|go|goes|going|gone|rose|rise[sn]?|rising|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|shot"
    r"|edge[sd]|edging|crept|came|comes?|coming|push(?:es|ed|ing)?|took|take[sn]?|taking|brought|brings?|bringing)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ANY_QUALIFIER = re.compile(
    rf"\b(?:{_CAP}|about|around|roughly|nearly|almost|some|approximately|an\s+estimated|less\s+than|under|fewer\s+than"
    r"|more\s+than|over|at\s+least|a\s+minimum\s+of|between|from)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "7,000 or more steps" is "at least 7,000 steps"; "40 or fewer" is "at most 40": the bound written after.
_OR_BEYOND = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s*(?:or\s+(?P<side>more|above|over|higher|greater|less|fewer|under|below|lower)\b|plus\b|\+)",
    re.IGNORECASE,
)
_ABOVE_BOUND = re.compile(r"more\s+than|at\s+least|a\s+minimum\s+of", re.IGNORECASE)


def _same_side_after(claim: str, end: int, above: bool) -> bool:
    """ "7,000 or more" after the figure bounds it as "at least 7,000" does; "or fewer" as "up to" does."""
    after = _OR_BEYOND.match(claim, end)
    return after is not None and ((after.group("side") or "more").lower() in _ABOVE_SIDE) == above


_ABOVE_SIDE = frozenset("more above over higher greater".split())
_ROUNDED_BOUND = re.compile(r"(?:more|less|fewer)\s+than\b", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s*(?:million|billion|trillion|bn|m)\b", re.IGNORECASE)


def cap_dropped(ctx: ClaimContext) -> Hit | None:
    """ "a one-time charge of $90 million" against "a one-time charge of up to $90 million": the claim
    states as the figure what the evidence gives only as its most."""
    claim = ctx.card.claim

    def bare_in_claim(m: re.Match[str]) -> bool:
        if _WENT.search(m.string, max(0, m.start() - 40), m.start()):
            return False
        figure = m.group("figure").rstrip(".,")
        if _ROUNDED_BOUND.match(m.group(0)) and "." in figure and _SCALE_AFTER.match(m.string, m.end()):
            return False  # "more than 7.5 million" is 7.5 million to the tenth it is written to
        said = re.finditer(rf"(?<![\d.,\w]){re.escape(figure)}(?![\d\w])", claim, re.IGNORECASE)
        above = _ABOVE_BOUND.match(m.group(0)) is not None
        if not figure[0].isdigit() and " " in figure:  # "a week"
            said = (s for s in said if not _RATE_BEFORE.search(claim, 0, s.start()))
        return any(not _ANY_QUALIFIER.search(claim, 0, s.start()) and not _same_side_after(claim, s.end(), above)
                   for s in said)  # fmt: skip

    m = ctx.evidence_match(_CAPPED, bare_in_claim)
    return ctx.said_against(m.group("figure").rstrip(".,"), m.group(0).rstrip(".,")) if m else None


# "a more remote location": more so than before, which "a remote location" is not.
_COMPARED = re.compile(r"\b(?:more|less)\s+(?P<quality>[a-z]{4,})\b", re.IGNORECASE)


def comparison_dropped(ctx: ClaimContext) -> Hit | None:
    """ "was relocated to a remote location" against "to its current, more remote location": the claim
    makes absolute what the evidence gives as a comparison."""
    claim = ctx.card.claim
    for text in ctx.texts:
        for m in _COMPARED.finditer(text):
            quality = m.group("quality").lower()
            forms = forms_by_class(quality)
            if not is_content(quality) or "ADJ" not in forms or "NOUN" in forms or "VERB" in forms:
                continue  # "more money", "more cases", "less likely to" are amounts or hedges
            said = next((w for w in ctx.claim_words if w.lower == quality), None)
            if said is None or quality in _HEDGED_QUALITIES:
                continue
            # "was 71% effective …, but was less effective in people over 75" says it plainly too: the comparison
            # is the claim's only where the claim tells what follows it
            after = content_lemmas(words(text[m.end() : m.end() + 40]))
            if _said_plainly(ctx.texts, quality) and not after & content_lemmas(ctx.claim_words):
                continue
            before = claim[max(0, said.start - 12) : said.start].lower().split()[-1:]
            if not before or before[0] not in ("more", "less", "most", "least", "much", "far"):
                return ctx.said_against(said.text, m.group(0))
    return None


_HEDGED_QUALITIES = frozenset("likely unlikely".split())
_BARE = frozenset(("more", "less", "most", "least"))


def _said_plainly(texts: list[str], quality: str) -> bool:
    """Whether the evidence has the quality somewhere with no "more" or "less" before it."""
    for text in texts:
        found = words(text)
        if any(w.lower == quality and (i == 0 or found[i - 1].lower not in _BARE) for i, w in enumerate(found)):
            return True
    return False


# "about 2.3 million customers": a count of them, which says nothing of all of them.
_COUNT_OF = re.compile(
    rf"\b(?:\d[\d,.]*|{SMALL_COUNT_WORDS}|dozens|hundreds|thousands"
    r"|millions)(?:\s+(?:million|billion|thousand|hundred))?\s+(?:of\s+(?:its|their|the)\s+)?"
    r"(?:(?:other|more|new|additional|further)\s+)?(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


# "Half of all GP surgeries", "a third of all pupils": a share of all of them.
_SHARE_OF_ALL = re.compile(
    r"\b(?P<share>half|(?:a|one|two)[\s-]+(?:third|quarter|fifth|tenth)s?|most|many|some|\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent|percent))"
    r"\s+of\s+all\s+(?:the\s+)?(?P<noun>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)",
    re.IGNORECASE,
)


# "has been rated inadequate by Ofsted", "was rated good": a grade an inspection gave, and when (by the tense).
_GRADE = (
    r"outstanding|good|requires\s+improvement|inadequate|excellent|satisfactory|poor|unsatisfactory|special\s+measures"
)
_GRADED = re.compile(
    rf"\b(?P<when>has\s+been|have\s+been|was|were|is|are)\s+(?:now\s+)?(?:rated|judged|graded)\s+(?:as\s+)?(?P<grade>{_GRADE})\b",
    re.IGNORECASE,
)
# "Ofsted has rated the school inadequate": the grade given by the one who gave it, the graded thing between.
_GRADED_BY = re.compile(
    rf"\b(?P<when>has|have|had)\s+(?:rated|judged|graded)\s+(?:(?!(?:as|{_GRADE})\b)[A-Za-z'’-]+\s+){{1,5}}?"
    rf"(?:as\s+)?(?P<grade>{_GRADE})\b",
    re.IGNORECASE,
)
_NOW = frozenset({"has been", "have been", "is", "are", "has", "have"})


def _grades(text: str) -> Iterator[tuple[re.Match[str], bool, str]]:
    """Each grade `text` tells an inspection gave: the match, whether it is the grade now (by the tense), the grade."""
    for pattern in (_GRADED, _GRADED_BY):
        for m in pattern.finditer(text):
            yield m, " ".join(m.group("when").lower().split()) in _NOW, " ".join(m.group("grade").lower().split())


def grade_swapped(ctx: ClaimContext) -> Hit | None:
    """ "The school has been rated good by Ofsted" against "has been rated inadequate by Ofsted, two years after it was
    judged good", and "Ofsted has rated the school good" against "Ofsted has rated the school inadequate": the grade of
    the inspection the claim tells (now, or then) is another."""
    for mine, now, grade in _grades(ctx.card.claim):
        same_time = [(m, theirs) for text in ctx.texts for m, when, theirs in _grades(text) if when == now]
        if same_time and all(theirs != grade for _, theirs in same_time):
            return ctx.said_against(mine.group(0), same_time[0][0].group(0))
    return None


def all_for_a_share_of_all(ctx: ClaimContext) -> Hit | None:
    """ "All GP surgeries in the region have closed their lists" against "Half of all GP surgeries in the region have
    closed their lists": the evidence's "all" is the whole a share is of, not what the deed befell."""
    for said in _ALL.finditer(ctx.card.claim):
        if said.group(0).split()[0].lower() != "all" or _SHARE_OF_ALL.search(ctx.card.claim):
            continue
        noun = lemmas(said.group("noun").lower())
        m = ctx.evidence_match(
            _SHARE_OF_ALL,
            lambda m, noun=noun: bool({f for w in words(m.group("noun")) for f in lemmas(w.lower)} & noun),
        )
        if m is not None:
            return ctx.said_against(_with_nouns_after(said), m.group(0))
    return None


def all_for_a_count(ctx: ClaimContext) -> Hit | None:
    """ "stole the details of all Brightwell customers" against "of about 2.3 million customers": the claim
    makes all what the evidence gives as a count, and says nothing else of the whole."""
    for said in _ALL.finditer(ctx.card.claim):
        if said.group(0).split()[0].lower() not in ("all", "every"):
            continue
        if _BUT_FOR.match(ctx.card.claim, said.end("noun")):
            continue  # ("every work except one" is no whole: "all but one of the works")
        noun = lemmas(said.group("noun").lower())
        # The evidence saying all of the same thing answers it ("All 164 passengers … two other planes").
        if ctx.evidence_match(_ALL, lambda m, noun=noun: bool(lemmas(m.group("noun").lower()) & noun)):
            continue
        after = words(ctx.card.claim[said.end("noun") :])[:2]  # "all Brightwell Energy customers"
        wanted = noun | {f for w in after for f in lemmas(w.lower)}
        m = ctx.evidence_match(_COUNT_OF, lambda m, wanted=wanted: bool(lemmas(m.group("noun").lower()) & wanted))
        if m is not None:
            end = said.end("noun") + (after[-1].end if after else 0)
            return ctx.said_against(ctx.card.claim[said.start() : end], m.group(0))
    return None


# "Some analysts questioned the price": a part of them, which "Analysts questioned the price" makes all.
_SOME_OF = re.compile(
    r"\b(?:some|several|a few|a number of|many|a handful of|two|three)\s+(?P<noun>[a-z]{4,}s)\b", re.I
)
_BARE_OPENING = re.compile(r"^\W*(?P<noun>[A-Z][a-z]{3,}s)\s+(?!of\b)[a-z]")


def part_made_whole(ctx: ClaimContext) -> Hit | None:
    """ "Analysts said Harbor was paying too much" against "Some analysts questioned the price, saying Harbor
    was paying too much": the claim opens on all of them where the evidence speaks of some."""
    opening = _BARE_OPENING.match(ctx.card.claim)
    if opening is None:
        return None
    noun = opening.group("noun").lower()
    if "NOUN" not in forms_by_class(noun):
        return None
    m = ctx.evidence_match(_SOME_OF, lambda m: m.group("noun").lower() == noun)
    if m is None or _told_of_them_all(ctx, noun):
        return None
    return ctx.said_against(opening.group("noun"), m.group(0))


def _told_of_them_all(ctx: ClaimContext, noun: str) -> bool:
    """Whether the evidence also writes the noun bare, doing the claim's deed within a few words ("after passengers
    were stuck on a broken-down train … Several passengers fainted": all were stuck, some fainted)."""
    deeds = claim_verbs(ctx)
    for text in ctx.texts:
        found = words(text)
        for i, w in enumerate(found):
            if w.lower != noun or (i and found[i - 1].lower in _SOME_WORDS):
                continue
            if any(lemmas(x.lower) & deeds for x in found[i + 1 : i + 4]):
                return True
    return False


_SOME_WORDS = frozenset("some several few many number handful two three".split())


# "close 200 of its 1,100 stores": a part of what the doer has, counted.
_PART_OF_ITS = re.compile(
    r"\b(?P<part>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:its|their|his|her)\s+"
    r"(?P<whole>\d[\d,]*)\s+(?P<noun>[a-z]{3,})",
    re.IGNORECASE,
)


_HAS_BEFORE = re.compile(r"\b(?:has|have|had|owns|own|runs|run|operates|operate)\s+(?:a\s+total\s+of\s+)?$", re.I)


def whole_for_its_part(ctx: ClaimContext) -> Hit | None:
    """ "The company will close 1,100 stores" against "would close 200 of its 1,100 stores": the claim gives
    the deed to all the doer has where the evidence gives it to a part (and the claim never says the part)."""
    claim = ctx.card.claim
    if _PART_OF_ITS.search(claim):
        return None
    deeds = claim_verbs(ctx)
    for text in ctx.texts:
        for m in _PART_OF_ITS.finditer(text):
            # ... of the same deed: "has 1,100 stores" is no closing of them
            before = words(text[max(0, m.start() - 40) : m.start()])[-3:]
            if not any(lemmas(w.lower) & deeds for w in before if is_content(w.lower)):
                continue
            whole, part = m.group("whole"), m.group("part")
            said = re.search(rf"(?<![\d,.]){re.escape(whole)}\s+{re.escape(m.group('noun'))}", claim, re.IGNORECASE)
            if said and _HAS_BEFORE.search(claim, 0, said.start()):
                continue  # ("The chain has 2,200 branches": the whole it has, which "of its 2,200" says)
            if said and not re.search(rf"(?<![\d,.]){re.escape(part)}\b", claim, re.IGNORECASE):
                return ctx.said_against(said.group(0), m.group(0))
    return None


# "met the government's target", "fell short of its target": a target met or missed, a few words between.
_A_TARGET = r"\s+(?:[\w'’-]+\s+){0,3}?targets?\b"
_NOT_BEFORE = r"(?<!failed\sto\s)(?<!fail\sto\s)(?<!fails\sto\s)(?<!not\s)(?<!n't\s)(?<!never\s)"
_TARGET_MET = re.compile(
    rf"{_NOT_BEFORE}\b(?:met|meet|meets|meeting|hit|hits|hitting|reached|reach|reaches|achieved|achieves|exceeded|"
    rf"exceeds|beat|beaten|surpassed){_A_TARGET}",
    re.IGNORECASE,
)
_TARGET_MISSED = re.compile(
    rf"\b(?:missed|miss|misses|missing|(?:fell|falls|fall|falling)\s+short\s+of|(?:failed|fails|fail)\s+to\s+"
    rf"(?:meet|hit|reach|achieve)|(?:did\s+not|didn't|will\s+not|won't|has\s+not|hasn't)\s+(?:met|meet|hit|reach|"
    rf"reached)){_A_TARGET}",
    re.IGNORECASE,
)


def target_turned(ctx: ClaimContext) -> Hit | None:
    """ "Sales of electric cars met the government's target" against "… but fell short of the government's target": a
    target met where the evidence has it missed, or the other way, and never the claim's way."""
    met, missed = _TARGET_MET.search(ctx.card.claim), _TARGET_MISSED.search(ctx.card.claim)
    if not (met or missed):
        return None
    met_told, missed_told = ctx.evidence_match(_TARGET_MET), ctx.evidence_match(_TARGET_MISSED)
    if met and not met_told and missed_told:
        return ctx.said_against(met.group(0), missed_told.group(0))
    if missed and not missed_told and met_told:
        return ctx.said_against(missed.group(0), met_told.group(0))
    if met and not met_told and not missed_told:
        return _wait_over_its_target(ctx, met.group(0))
    return None


# "The target is 18 minutes", "a target of four hours": how long a wait is meant to be at most.
_WAIT_TARGET = re.compile(r"\btargets?\s+(?:is|was|of|remains)\s+(?:(?:an?\s+)?average\s+of\s+)?", re.IGNORECASE)
_WAITING = re.compile(r"\b(?:wait|waits|waiting|response|delays?)\b", re.IGNORECASE)


def _wait_over_its_target(ctx: ClaimContext, met: str) -> Hit | None:
    """ "Response times now meet the 18-minute target" against "the average wait … falling to 32 minutes. The target
    is 18 minutes": a wait the evidence gives as longer than its target, which the claim says is met (where the
    evidence tells it neither met nor missed)."""
    for text in ctx.texts:
        target = next((d for m in _WAIT_TARGET.finditer(text) for d in durations(text) if d.start == m.end()), None)
        if target is None:
            continue
        for other in ctx.texts:
            if not _WAITING.search(other):
                continue
            for d in durations(other):
                if d.per == "" and d.days > target.days * (1 + SAME_WITHIN):
                    return ctx.said_against(met, other[d.start : d.end])
    return None


# "alone", "single-handed", "on her own": a deed done by one with no one else.
_ALONE = re.compile(
    r"\b(?:alone|solo|single-?handed(?:ly)?|unaccompanied|unaided|on\s+(?:his|her|their)\s+own|by\s+(?:him|her)self)\b",
    re.IGNORECASE,
)
# "with his father", "with two friends": someone it was done with.
_WITH_SOMEONE = re.compile(
    r"\b(?:with|alongside|beside|strapped\s+to|accompanied\s+by)\s+"
    r"(?:(?:his|her|their|a|an|the|two|three|four|several)\s+(?:[a-z]+\s+)?(?P<who>[a-z]+)|(?P<many>friends|relatives))\b",
    re.IGNORECASE,
)
_COMPANIONS = frozenset(
    "friend friends partner partners crew team companion companions instructor guide guides pilot coach trainer".split()
)


def company_for_alone(ctx: ClaimContext) -> Hit | None:
    """ "He rowed across the North Sea with his father" against "the youngest person to row across the North Sea
    alone": someone the claim has the deed done with, where the evidence has it done alone."""
    if alone := _ALONE.search(ctx.card.claim):
        # ("She jumped alone" against "She jumped … strapped to an instructor")
        if not ctx.evidence_match(_ALONE) and (other := ctx.evidence_match(_WITH_SOMEONE, _a_companion)):
            return ctx.said_against(alone.group(0), other.group(0))
        return None
    for m in _WITH_SOMEONE.finditer(ctx.card.claim):
        if _a_companion(m) and (alone := ctx.evidence_match(_ALONE)) is not None:
            return ctx.said_against(m.group(0), alone.group(0))
    return None


def _a_companion(m: re.Match[str]) -> bool:
    """Whether one it was done with is someone: a friend, kin, or one by their job ("an instructor")."""
    who = (m.group("who") or m.group("many")).lower()
    return who in _COMPANIONS or is_of_kind(who, "relative") or is_of_kind(who, "job")


# "the other was released on bail", "one of the men has been charged": what one of two did.
# "one of the men", "the other", "…; one was treated for hypothermia": one of two, told apart.
_ONE_OF_THEM = re.compile(
    r"\b(?P<part>one of (?:the|them|those)\b|the other\b|(?:^|(?<=[.;,]\s)|(?<=\band\s))one(?=\s+(?:was|is|has|had)\b))"
    r"(?P<rest>[^.;:]{0,60})",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:both|all)\b(?!\s+(?:but|of\s+(?:whom|which)))", re.IGNORECASE)


# "will close both of its furnaces" against "would close one of its two furnaces": the same deed done to both things or
# to one of them.
_DONE_TO_BOTH = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+both\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<thing>[a-z]{3,})", re.I
)
_DONE_TO_ONE_OF = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:only\s+)?one\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:two\s+)?"
    r"(?P<thing>[a-z]{3,})",
    re.I,
)


def both_for_one(ctx: ClaimContext) -> Hit | None:
    """ "Both men were released on bail" against "One of the men has been charged; the other was released on
    bail": the claim gives both what the evidence says of one of them; or does to both things what the evidence does
    to one ("will close both of its furnaces" against "would close one of its two furnaces")."""
    for mine in _DONE_TO_BOTH.finditer(ctx.card.claim):
        verb, thing = lemmas(mine.group("verb").lower()), lemmas(mine.group("thing").lower())
        theirs = ctx.evidence_match(
            _DONE_TO_ONE_OF,
            lambda m, verb=verb, thing=thing: bool(
                lemmas(m.group("verb").lower()) & verb and lemmas(m.group("thing").lower()) & thing
            ),
        )
        if theirs is not None:
            return ctx.said_against(mine.group(0), theirs.group(0))
    said = _BOTH.search(ctx.card.claim)
    if said is None:
        return None
    deeds = claim_verbs(ctx)

    def one_did_it(m: re.Match[str]) -> bool:
        return any(lemmas(w.lower) & deeds for w in words(m.group("rest"))[:5] if is_content(w.lower))

    def both_did_it(m: re.Match[str]) -> bool:
        return any(lemmas(w.lower) & deeds for w in words(m.string[m.end() :])[:6] if is_content(w.lower))

    # (both of the evidence's own, of another deed, answers nothing: "Both men had been in the water … One is in a
    # serious condition")
    if ctx.evidence_match(_BOTH, both_did_it) or (ctx.evidence_match(_BOTH) and not deeds):
        return None

    m = ctx.evidence_match(_ONE_OF_THEM, one_did_it)
    if m is None:
        # "A constable … has been dismissed …; a second officer was given a final written warning": the second did
        # something else, so the deed is the first one's alone.
        def another_did_else(m: re.Match[str]) -> bool:
            told = [w for w in words(m.string) if is_content(w.lower) and lemmas(w.lower) & deeds]
            return bool(told) and not one_did_it(m) and all(not m.start() <= w.start < m.end() for w in told)

        m = ctx.evidence_match(_SECOND_ONE, another_did_else)
    return ctx.said_against(said.group(0), m.group(0).strip()) if m else None


# "One of the cyclists was taken to hospital": one of some, opening what befell them.
_ONE_OF_OPENING = re.compile(
    r"(?:^|[.;]\s+)\W*(?:Only\s+)?[Oo]ne\s+of\s+(?:the\s+|its\s+|their\s+)?(?:two\s+)?(?P<noun>[a-z]{3,})\s+"
    r"(?P<rest>[^.;:]{0,80})"
)
# "Both cyclists were taken to hospital", "Both of the men".
_BOTH_OF = re.compile(
    r"\b[Bb]oth\s+(?:of\s+)?(?:the\s+|them\s+|its\s+|their\s+)?(?P<noun>[a-z]{3,})(?P<rest>[^.;:]{0,80})"
)


def one_for_both(ctx: ClaimContext) -> Hit | None:
    """ "One of the cyclists was taken to hospital with broken bones" against "Both cyclists were taken to hospital
    with broken bones": the claim gives one of two what the evidence says befell both, and never tells of one alone."""
    mine = _ONE_OF_OPENING.search(ctx.card.claim)
    if mine is None or ctx.evidence_match(_ONE_OF_THEM):
        return None
    noun = lemmas(mine.group("noun").lower())
    deeds = {f for w in words(mine.group("rest"))[:6] if is_content(w.lower) for f in lemmas(w.lower)}
    theirs = ctx.evidence_match(
        _BOTH_OF,
        lambda m: (
            bool(lemmas(m.group("noun").lower()) & noun)
            and any(lemmas(w.lower) & deeds for w in words(m.group("rest"))[:6] if is_content(w.lower))
        ),
    )
    if theirs is None:
        return None
    return ctx.said_against(
        ctx.card.claim[mine.start() : mine.end("noun")].strip(" .;"), theirs.string[theirs.start() : theirs.end("noun")]
    )


# "…; a second officer was given a final written warning": the other of two, doing something of its own.
_SECOND_ONE = re.compile(r"(?:^|(?<=[;,]\s)|(?<=\band\s))(?:a\s+second|another)\s+[a-z]+(?P<rest>[^.;:]{0,60})",
                          re.IGNORECASE)  # fmt: skip


# "…, but visitors will still pay £3 an hour": those the deed leaves out, told apart after "but" or "while".
_LEFT_OUT_AFTER_BUT = re.compile(
    r"(?:,\s*but|,?\s+while|,\s+whereas|;)\s+(?P<who>[a-z]{3,})\s+(?:will\s+|would\s+|must\s+|are\s+|is\s+|can\s+)?"
    r"(?:still|not|continue|remain)\b",
    re.IGNORECASE,
)
_JOINED_WITH = re.compile(r"\b(?P<a>[a-z]{3,})\s+(?:and|or)\s+(?P<b>[a-z]{3,})\b", re.IGNORECASE)
_KEPT_APART = re.compile(r"\b(?:but|while|whereas|still|not|except|only)\b", re.IGNORECASE)


def left_out_joined(ctx: ClaimContext) -> Hit | None:
    """ "will scrap parking charges for staff and visitors" against "will scrap parking charges for staff from April,
    but visitors will still pay £3 an hour": the claim joins to the deed those the evidence leaves out of it."""
    claim = ctx.card.claim
    joined = [] if _KEPT_APART.search(claim) else list(_JOINED_WITH.finditer(claim))
    if not joined:
        return None  # most claims join no two things: the evidence is not read
    for text in ctx.texts:
        for m in _LEFT_OUT_AFTER_BUT.finditer(text):
            who = lemmas(m.group("who").lower())
            for j in joined:
                a, b = lemmas(j.group("a").lower()), lemmas(j.group("b").lower())
                other = a if b & who else b if a & who else None
                # (the other of the two is the evidence's, told before the "but")
                if other and any(other & lemmas(w.lower) for w in words(text[: m.start()])):
                    return ctx.said_against(j.group(0), m.group(0).lstrip(",; "))
    return None


_TOLD_APART = re.compile(r"\b(?:second|another|other|others|both|two|all)\b", re.IGNORECASE)


def second_for_first(ctx: ClaimContext) -> Hit | None:
    """ "The constable was given a final written warning" against "A police constable … has been dismissed …; a
    second officer was given a final written warning": the claim gives the first one what the evidence says of the
    second, naming the first by a word the evidence uses only outside the second's part."""
    claim = ctx.card.claim
    if _TOLD_APART.search(claim):
        return None
    claim_words = ctx.claim_words
    for text in ctx.texts:
        for m in _SECOND_ONE.finditer(text):
            rest = words(m.group("rest"))
            verb = next((w for w in rest if is_content(w.lower) and "VERB" in forms_by_class(w.lower)), None)
            if verb is None:
                continue
            deed = lemmas(verb.lower)
            at = next((i for i, w in enumerate(claim_words) if lemmas(w.lower) & deed), None)
            if at is None or any(lemmas(w.lower) & deed for w in words(text[: m.start()] + text[m.end() :])):
                continue
            outside = {f for w in words(text[: m.start()]) for f in lemmas(w.lower)}
            subject = [w for w in claim_words[:at] if is_content(w.lower) and "NOUN" in forms_by_class(w.lower)]
            if (
                subject
                and lemmas(subject[-1].lower) & outside
                and not any(lemmas(subject[-1].lower) & lemmas(w.lower) for w in words(m.group(0)))
            ):
                return ctx.said_against(claim[subject[-1].start : claim_words[at].end], m.group(0).strip())
    return None


# "injuring 12 people, two of them seriously", "four workers were taken to hospital, one with serious burns": what is
# said of part of a count.
_PART_OF_THEM = re.compile(
    rf"\b(?P<total>\d[\d,]*|{COMPOUND_COUNT_WORDS}|{SMALL_COUNT_WORDS}|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty)(?:\s+[a-z][\w-]*){0,6}?"
    rf"(?:,\s*|\s+and\s+)(?P<part>\d[\d,]*|{SMALL_COUNT_WORDS}|some|most|many|several|half)\s+"
    # ("most of whom will be offered other roles": what befalls the part is "offered", past its auxiliaries)
    r"(?:of\s+(?:them|whom)\s+(?:(?:were|are|was|had|have|has|been|be|will|would|could|can|may|might|also|later|then"
    r"|since|now)\s+)*"
    r"|with\s+(?:an?\s+|the\s+)?"
    # ("Eleven people were hurt, one seriously": how badly, said of the part alone)
    r"|(?=(?:seriously|critically|badly|severely|gravely|fatally)\b))(?P<how>[a-z]{4,})\b",
    re.IGNORECASE,
)


_OF_THEM_SAID = re.compile(r"\bof\s+(?:them|whom)\b", re.IGNORECASE)


def count_for_its_part(ctx: ClaimContext) -> Hit | None:
    """ "Twelve people were seriously injured" against "injuring 12 people, two of them seriously": the claim says
    of the whole count what the evidence says of part of it (and never gives the part)."""
    claim_counts = {
        value: w for w in ctx.claim_words if (value := count_value(w.text)) is not None and "." not in w.text
    }
    # ("Both women were seriously injured" against "injuring two women, one seriously": "both" counts two)
    both = next((w for w in ctx.claim_words if w.lower == "both"), None)
    if both is not None:
        claim_counts.setdefault(2.0, both)
    if not claim_counts or _OF_THEM_SAID.search(ctx.card.claim):
        return None  # "Seven students, some of whom attend …" tells the part as the evidence does
    for text in ctx.texts:
        for m in _PART_OF_THEM.finditer(text):
            total, part = count_value(m.group("total")), count_value(m.group("part"))
            how = lemmas(m.group("how").lower())
            said = next((w for w in ctx.claim_words if lemmas(w.lower) & how), None)
            if (
                total is None
                or total not in claim_counts
                or said is None
                or (part is not None and part in claim_counts)
            ):
                continue
            return ctx.said_against(f"{claim_counts[total].text} … {said.text}", m.group(0))
    return None


_SUM = r"[$£€]?\d[\d,.]*(?:\s?(?:million|billion|m|bn|k)\b)?"
# "all of the £6 million it needs", "the full £6 million": the whole of a sum
_ALL_OF = re.compile(
    rf"\b(?:all|the\s+full|the\s+whole|the\s+entire)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<whole>{_SUM})"
)
# "£4 million of the £6 million it needs": part of it
_PART_OF_SUM = re.compile(rf"(?P<part>{_SUM})\s+of\s+(?:the|its|their)\s+(?P<whole>{_SUM})")


def all_of_a_sum_for_its_part(ctx: ClaimContext) -> Hit | None:
    """ "The appeal has raised all of the £6 million it needs" against "has raised £4 million of the £6 million it
    needs": the claim says all of a sum where the evidence says a part of it."""
    mine = list(_ALL_OF.finditer(ctx.card.claim))
    if not mine:
        return None
    for m in mine:
        whole = m.group("whole").replace(" ", "")
        for text in ctx.texts:
            for o in _PART_OF_SUM.finditer(text):
                if o.group("whole").replace(" ", "") == whole and o.group("part").replace(" ", "") != whole:
                    return ctx.said_against(m.group(0), o.group(0))
    return None


# "jailed for a combined 19 years", "19 years between them": a sum over several, which none of them has alone
_SUM_OR_COUNT = rf"{_SUM}|{COMPOUND_COUNT_WORDS}|{SMALL_COUNT_WORDS}"
_COMBINED = re.compile(
    rf"\b(?:a\s+combined|a\s+total\s+of|in\s+total|altogether)\s+(?P<figure>{_SUM_OR_COUNT})"
    rf"|(?P<figure2>{_SUM_OR_COUNT})(?:\s+[a-z]+){{0,2}}?\s+(?:between\s+them|in\s+total|altogether|combined)\b",
    re.IGNORECASE,
)
_EACH = re.compile(r"\beach\b|\bapiece\b", re.IGNORECASE)


def each_for_combined(ctx: ClaimContext) -> Hit | None:
    """ "Two men were each jailed for 19 years" against "have been jailed for a combined 19 years": the claim gives
    each of them the sum the evidence gives all of them together."""
    each = _EACH.search(ctx.card.claim)
    if each is None or any(_EACH.search(text) for text in ctx.texts):
        return None
    mine = {count_value(n.surface) for n in ctx.claim.numbers} | {n.surface.lower() for n in ctx.claim.numbers}
    for text in ctx.texts:
        for m in _COMBINED.finditer(text):
            figure = (m.group("figure") or m.group("figure2")).lower()
            if figure in mine or count_value(figure) in mine - {None}:
                return ctx.said_against(each.group(0), m.group(0))
    return None


# "A similar strike last year lasted three days": another one of its kind, not the one the story is about.
_ANOTHER_ONE = re.compile(
    r"\b(?P<which>(?:a|an)\s+(?:similar|previous|earlier|separate|prior|unrelated)|another|last\s+year['’]s"
    r"|an?\s+other)\s+(?P<noun>[a-z]{4,})\b",
    re.IGNORECASE,
)
_THIS_ONE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})\b", re.IGNORECASE)
_OTHER_WORDS = frozenset("similar previous earlier separate prior unrelated another other last past".split())


def another_made_this(ctx: ClaimContext) -> Hit | None:
    """ "The strike at Harlow General lasted three days" against "Nurses walked out on Monday. A similar strike
    last year lasted three days": what the evidence says of another one of its kind is not said of this one."""
    if any(w.lower in _OTHER_WORDS for w in ctx.claim_words):
        return None
    for text in ctx.texts:
        for m in _ANOTHER_ONE.finditer(text):
            noun = m.group("noun").lower()
            forms = lemmas(noun)
            if not is_content(noun) or "NOUN" not in forms_by_class(noun):
                continue
            # The evidence speaks of one of its kind plainly too: the claim may mean that one.
            plain = [w for t in ctx.texts for w in words(t) if lemmas(w.lower) & forms]
            if len(plain) > 1:
                continue
            mine = next(
                (c for c in _THIS_ONE.finditer(ctx.card.claim) if lemmas(c.group("noun").lower()) & forms), None
            )
            if mine is not None and _said_of_the_other(ctx, text, m, forms):
                return ctx.said_against(mine.group(0), m.group(0))
    return None


def _said_of_the_other(ctx: ClaimContext, text: str, other: re.Match[str], forms: frozenset[str]) -> bool:
    """Whether the clause that names the other one says something the claim says of its own: "A similar strike last
    year lasted three days" does; "… short of their £100,000 target but more than double last year's total" says
    nothing of "The total fell short of the target"."""
    clause = next((c for c in clauses(text) if other.group(0) in c), text)
    told = {f for w in words(clause) for f in lemmas(w.lower)}
    said = [lemmas(w.lower) for w in ctx.claim_words if is_content(w.lower) and not lemmas(w.lower) & forms]
    return any(f & told for f in said)


# Words that make a deed or thing one kind of it — lasting, forced, hidden, violent, grave, close — which a
# summary adds as often as it keeps: "a permanent ceasefire" for "a ceasefire". Not "deadly", "fatal" or
# "illegal": other words imply them ("killed", "smuggled"), and the trust sets' faithful claims use them so.
_KIND_WORDS = frozenset(
    """permanent permanently temporary temporarily mandatory compulsory voluntary voluntarily secret secretly
    violent violently peaceful peacefully serious seriously severe severely minor slight narrow narrowly
    landslide""".split()
)


def kind_added(ctx: ClaimContext) -> Hit | None:
    """ "Israel and Hamas agreed to a permanent ceasefire" against "agreed to a ceasefire …": a word making the
    thing one kind of it, set beside a word the evidence has, where the evidence says nothing of that kind or
    its opposite."""
    claim_words = ctx.claim_words
    if not any(w.lower in _KIND_WORDS for w in claim_words):
        return None  # most claims: none of the words, and the evidence's words are not read
    evidence = {form for w in ctx.evidence_words for form in lemmas(w.lower)}
    evidence_sides = {group for w in ctx.evidence_words for group, _ in sides_of(w.lower)}
    for i, word in enumerate(claim_words):
        if word.lower not in _KIND_WORDS or lemmas(word.lower) & evidence or ctx.evidence_lexicon.has(word):
            continue  # (or a word of the curated table's: "a landslide" for "a landslip")
        if {group for group, _ in sides_of(word.lower)} & evidence_sides:
            continue  # the evidence says of what kind it was: the degree rules compare the two
        beside = [w for w in claim_words[max(0, i - 1) : i + 2] if w is not word and is_content(w.lower)]
        if any(lemmas(w.lower) & evidence for w in beside):
            return Hit(f'claim says "{word.text}", which the evidence does not say', ctx.window_span(),
                       ctx.home.article.id)  # fmt: skip
    return None


# A vote's outcome in the chamber it was held in: "failed in the Senate", "was voted down by 52 votes to 48",
# against "passed the Senate", "was approved by the council".
_CHAMBER = r"(?:the\s+)?(?:Senate|House|Commons|Lords|parliament|assembly|council|legislature|\d+\s+votes?)"
_VOTE_LOST = re.compile(
    rf"\b(?:failed|was\s+defeated|were\s+defeated|was\s+rejected|was\s+voted\s+down|fell)\s+(?:in|by)\s+{_CHAMBER}",
    re.IGNORECASE,
)
_VOTE_WON = re.compile(
    rf"\b(?:passed|cleared)\s+{_CHAMBER}|\b(?:was|were)\s+(?:passed|approved|adopted)\s+(?:in|by)\s+{_CHAMBER}",
    re.IGNORECASE,
)


# "voted to strike", "voted for the deal" against "voted against a strike", "voted against the deal".
# "voted 52-48 against the bill", "voted by 78% to 22% to strike", "voted overwhelmingly to strike"
_VOTED = (
    r"\bvot(?:ed|es|e|ing)\s+(?:by\s+)?(?:\d[\d.]*\s*%?\s*(?:-|–|to)\s*\d[\d.]*\s*%?\s*,?\s+)?"
    r"(?:(?!only\b)[a-z]+ly\s+)?"
)
_VOTED_FOR = re.compile(rf"{_VOTED}(?:to|for|in\s+favou?r\s+of)\s+(?:a\s+|an\s+|the\s+)?(?P<what>[a-z]+)", re.I)
_VOTED_AGAINST = re.compile(rf"{_VOTED}(?:against|not\s+to)\s+(?:a\s+|an\s+|the\s+)?(?P<what>[a-z]+)", re.I)


def vote_for_against(ctx: ClaimContext) -> Hit | None:
    """ "85% of members voted against a strike" against "85% of its members had voted to strike": the same
    thing voted on, the vote turned round."""
    return _turned_round(ctx, _VOTED_AGAINST, _VOTED_FOR, _of_the_same_thing)


def _thing(m: re.Match[str]) -> frozenset[str]:
    """The lemmas of what a match is about (its "what", written before or after its verb)."""
    return lemmas((m.group("what") or m.groupdict().get("what2") or "").lower())


def _of_the_same_thing(said: re.Match[str]) -> Callable[[re.Match[str]], bool]:
    what = _thing(said)
    return lambda m: bool(_thing(m) & what)


# "has been called off", "called off the strike": a thing that will not now happen.
# (and while calling it off: "…, calling off strikes planned for next week")
_CALL_OFF = (
    r"(?:call(?:ed|ing)\s+off|cancell?(?:ed|ing)|scrapp(?:ed|ing)|abandon(?:ed|ing)|ax(?:ed|ing)|shelv(?:ed|ing)"
    r"|postpon(?:ed|ing)|put(?:ting)?\s+off)"
)
_CALLED_OFF_PASSIVE = re.compile(
    rf"(?P<subject>[^,;:.]{{1,80}}?)\s+(?:has|have|had|was|were)\s+been\s+{_CALL_OFF}\b", re.I
)
_CALLED_OFF_ACTIVE = re.compile(rf"\b{_CALL_OFF}\s+(?P<object>(?:[\w'’-]+\s+){{0,3}}[\w'’-]+)", re.I)
# The claim telling the thing as still to happen: "will strike", "the strike will go ahead".
_TO_HAPPEN = re.compile(
    # ("voted to strike on 23 and 24 December": a strike still to happen)
    r"\b(?:will|would|are\s+to|is\s+to|set\s+to|voted\s+to)\s+(?:still\s+)?(?P<verb>[a-z]+)\b"
    r"|\b(?P<noun>[a-z]+)\s+(?:will|would)\s+(?:still\s+)?(?:go\s+ahead|take\s+place|happen|begin|start|proceed)\b",
    re.I,
)
_CALLED_OFF_OR_PLANNED = re.compile(rf"{_CALL_OFF}|\b(?:not|no|never|plan(?:s|ned)?|due)\b|n't", re.I)


def _called_off(text: str, reach: int = 0) -> list[tuple[str, str]]:
    """(what was called off, the words that say so) for each thing `text` says was called off, before the verb ("A
    planned strike has been called off") or after it ("called off the strike"): after it, up to four words, or with a
    `reach`, up to that many words short of a comma or a stop."""
    off = [(m.group("subject"), m.group(0)) for m in _CALLED_OFF_PASSIVE.finditer(text)]
    for m in _CALLED_OFF_ACTIVE.finditer(text):
        if not reach:
            off.append((m.group("object"), m.group(0)))
            continue
        end = m.start("object") + words(re.split(r"[,;:.]", text[m.start("object") :])[0])[:reach][-1].end
        off.append((text[m.start("object") : end], text[m.start() : end]))
    return off


def called_off_to_happen(ctx: ClaimContext) -> Hit | None:
    """ "Bus drivers in Dunmore will strike for 24 hours on Friday" against "A planned 24-hour strike by bus drivers in
    Dunmore has been called off": the claim tells as still to happen what the evidence says was called off."""
    claim = ctx.card.claim
    told = [m.group("verb") or m.group("noun") for m in _TO_HAPPEN.finditer(claim)]
    if not told or _CALLED_OFF_OR_PLANNED.search(claim):
        return None
    for text in ctx.texts:
        for things, said in _called_off(text):
            kept = {form for w in words(things) for form in lemmas(w.lower)}
            for word in told:
                if lemmas(word.lower()) & kept:
                    return ctx.said_against(word, said.strip())
    return None


# "The airport plans to build a second runway": a plan told as standing now, and what it is to do.
_PLANS_NOW = re.compile(
    r"\b(?:plans|plan|is\s+planning|are\s+planning)\s+to\s+[a-z]+\s+(?P<what>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I
)
_PLAN = frozenset({"plan", "build", "make", "open"})
_CALLED_OFF_BEFORE = re.compile(rf"{_CALL_OFF}\s+(?:its\s+|their\s+|the\s+)?$", re.I)
_DROPPED_IN_CLAIM = re.compile(rf"{_CALL_OFF}|\b(?:not|no|never|longer|had|drop(?:ped|s)?|dropping)\b|n't", re.I)


def plan_called_off(ctx: ClaimContext) -> Hit | None:
    """ "The airport plans to build a second runway" against "A planned second runway has been shelved": the claim
    tells as a plan standing now what the evidence says was called off."""
    claim = ctx.card.claim
    plans = list(_PLANS_NOW.finditer(claim))
    if not plans or _DROPPED_IN_CLAIM.search(claim):
        return None
    # (not where the evidence has a plan of the same thing standing too: "scrapped plans for a pool in the centre and
    # now plans to build one at the park")
    if any(
        lemmas(w.lower) & lemmas(v.lower)
        for text in ctx.texts
        for theirs in _PLANS_NOW.finditer(text)
        if not _CALLED_OFF_BEFORE.search(text, 0, theirs.start())
        for plan in plans
        for w in words(plan.group("what"))
        for v in words(theirs.group("what"))
        if is_content(w.lower)
    ):
        return None
    for text in ctx.texts:
        # (past the plan's own words: "has scrapped plans to build a new pool")
        for things, said in _called_off(text, reach=8):
            kept = {form for w in words(things) if is_content(w.lower) for form in lemmas(w.lower)} - _PLAN
            for plan in plans:
                if any(lemmas(w.lower) & kept for w in words(plan.group("what")) if is_content(w.lower)):
                    return ctx.said_against(plan.group(0), said.strip())
    return None


# "have fallen every month this year", "for the fifth month in a row": a deed told as done again and again.
_EVERY_TIME = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:day|week|month|quarter|year|season)\b"
    r"|\b(?:in\s+a\s+row|consecutive|straight|running|successive)\b",
    re.I,
)
# "the first fall this year", "its first rise since May": a deed the evidence tells as the first of a span.
_FIRST_OF_A_SPAN = re.compile(
    r"\b(?:the|its|their|a)\s+first\s+(?P<deed>[a-z]+)\s+(?:this\s+(?:year|month|season)|since|in\s+(?:\w+\s+)?(?:years|months|weeks))",
    re.I,
)


def first_told_as_every(ctx: ClaimContext) -> Hit | None:
    """ "Waiting lists have fallen every month this year" against "fell by 4% in October, the first fall this year":
    the claim tells as done time after time what the evidence tells as done for the first time in the span."""
    claim = ctx.card.claim
    if not (again := _EVERY_TIME.search(claim)):
        return None
    told = [w for w in words(claim) if "VERB" in forms_by_class(w.lower) and is_content(w.lower)]
    for text in ctx.texts:
        for m in _FIRST_OF_A_SPAN.finditer(text):
            deed = m.group("deed").lower()
            if any(lemmas(w.lower) & lemmas(deed) or same_family(w.lower, deed) for w in told):
                return ctx.said_against(again.group(0), m.group(0))
    return None


# "top of the table", "bottom of the league": a rank told by its end; and "second in the table", "fourth in the league".
_TABLE = r"(?P<table>table|league|standings|group|division|rankings|charts?)"
_END_OF_TABLE = re.compile(rf"\b(?P<end>top|bottom)\s+of\s+the\s+(?:\w+\s+)?{_TABLE}\b", re.I)
_PLACE_IN_TABLE = re.compile(
    rf"\b(?P<place>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last)\s+"
    rf"(?:in|of)\s+the\s+(?:\w+\s+)?{_TABLE}\b",
    re.I,
)


def end_of_table_for_a_place(ctx: ClaimContext) -> Hit | None:
    """ "Rovers are now top of the table" against "Rovers are now second in the table": a rank told by its end where
    the evidence gives another place in the same table, and never that end."""
    mine = _END_OF_TABLE.search(ctx.card.claim)
    if mine is None or ctx.evidence_match(_END_OF_TABLE):
        return None
    end = "first" if mine.group("end").lower() == "top" else "last"
    theirs = ctx.evidence_match(
        _PLACE_IN_TABLE,
        lambda m: m.group("table").lower() == mine.group("table").lower() and m.group("place").lower() != end,
    )
    return ctx.said_against(mine.group(0), theirs.group(0)) if theirs else None


def happening_called_off(ctx: ClaimContext) -> Hit | None:
    """ "Workers called off the strike" against "… rejected the pay offer and will strike for two days next week": the
    claim tells as called off what the evidence tells as still to happen, and calls nothing off."""
    claim = ctx.card.claim
    off = [m.group("subject") for m in _CALLED_OFF_PASSIVE.finditer(claim)]
    off += [m.group("object") for m in _CALLED_OFF_ACTIVE.finditer(claim)]
    if not off or any(_CALLED_OFF_OR_PLANNED.search(text) for text in ctx.texts):
        return None
    called = {form for things in off for w in words(things) for form in lemmas(w.lower)}
    for text in ctx.texts:
        for m in _TO_HAPPEN.finditer(text):
            told = m.group("verb") or m.group("noun")
            # (a deed and its noun: "called off their merger" against "will merge next year")
            if lemmas(told.lower()) & called or any(same_family(told.lower(), c) for c in called):
                said = next(_CALL_OFF_IN.finditer(claim)).group(0)
                return ctx.said_against(said, m.group(0))
    return None


_CALL_OFF_IN = re.compile(_CALL_OFF, re.I)


# A court's answer to a challenge, an appeal or a complaint: "upheld a challenge" against "rejecting a challenge".
_CHALLENGED = r"(?:challenge|appeal|complaint|claim|case|bid|application)s?"
_CHALLENGE_WON = re.compile(
    rf"\b(?:upheld|upholds|uphold|allowed|allows|granted|grants|backed|accepted)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<what>{_CHALLENGED})\b"
    rf"|\b(?P<what2>{_CHALLENGED})\s+(?:was|were|has\s+been|had\s+been)\s+(?:upheld|allowed|granted|successful)\b",
    re.IGNORECASE,
)
_CHALLENGE_LOST = re.compile(
    rf"\b(?:rejected|rejecting|rejects|reject|dismissed|dismissing|dismisses|dismiss|refused|refusing|refuses|threw\s+out"
    rf"|throwing\s+out)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<what>{_CHALLENGED})\b"
    rf"|\b(?P<what2>{_CHALLENGED})\s+(?:was|were|has\s+been|had\s+been)\s+(?:rejected|dismissed|refused|thrown\s+out)\b",
    re.IGNORECASE,
)


def challenge_turned(ctx: ClaimContext) -> Hit | None:
    """ "The High Court upheld a challenge brought by Voice for Life" against "…, rejecting a challenge brought by
    campaign group Voice for Life": the same challenge (appeal, complaint) answered the other way."""
    return _turned_round(ctx, _CHALLENGE_WON, _CHALLENGE_LOST, _of_the_same_thing)


def vote_turned(ctx: ClaimContext) -> Hit | None:
    """ "The bill failed in the Senate by 52 votes to 48" against "The bill passed the Senate by 52 votes to 48":
    the vote's outcome turned round."""
    return _turned_round(ctx, _VOTE_LOST, _VOTE_WON)


# "spent the most at £2,956,737, followed by the Tories at £2,980,815": a rank and the sums the claim gives.
_TOP = re.compile(r"\bthe\s+(?P<way>most|highest|largest|biggest|least|lowest|smallest)\b", re.IGNORECASE)


def rank_against_its_sums(ctx: ClaimContext) -> Hit | None:
    """ "UKIP spent the most at £2,956,737, followed by the Tories at £2,980,815": the claim ranks first a sum that
    a sum it gives after it, in the same currency, beats. The sums are the claim's own figures, read once for every
    rule, with the currency sign written before each."""
    claim = ctx.card.claim
    top = _TOP.search(claim)
    if top is None:
        return None
    sums = []  # (where, currency sign, figure), in the claim's order
    for number in ctx.claim.numbers:
        at = number_at(claim, number.surface)
        sign = claim[:at].rstrip()[-1:] if at > top.end() else ""
        if sign in ("$", "£", "€"):
            sums.append((at, sign, number))
    if len(sums) < 2:
        return None
    sums.sort(key=lambda found: found[0])
    _, sign, first = sums[0]
    most = top.group("way").lower() in ("most", "highest", "largest", "biggest")
    beaten = next(
        (n for _, s, n in sums[1:] if s == sign and n.value != first.value and (n.value > first.value) == most), None
    )
    if beaten is None:
        return None
    return Hit(
        f'claim ranks "{sign}{first.surface}" {top.group(0)} but gives "{sign}{beaten.surface}" after it',
        ctx.window_span(),
        ctx.home.article.id,
    )


# "the Harrogate half marathon", "her half-brother" (a feed's "half - marathon"): a thing that "half" makes another.
_HALF_OF = re.compile(r"\bhalf\s*-?\s*(?P<thing>marathons?|brothers?|sisters?|siblings?)\b", re.IGNORECASE)
_HALF_BEFORE = re.compile(r"\bhalf\s*-?\s*$", re.IGNORECASE)


def _bare(thing: str, text: str) -> re.Match[str] | None:
    """Where `text` writes the thing without "half" before it."""
    return next(
        (m for m in re.finditer(rf"\b{thing}s?\b", text, re.IGNORECASE) if not _HALF_BEFORE.search(text, 0, m.start())),
        None,
    )


def half_dropped(ctx: ClaimContext) -> Hit | None:
    """ "Nearly 2,000 runners took part in the Harrogate marathon" against "the first Harrogate half marathon": a half
    marathon is no marathon, a half-brother no brother (unless the evidence writes the thing bare too: "the Olby
    marathon … the Carrow half marathon")."""
    for text in ctx.texts:
        for m in _HALF_OF.finditer(text):
            thing = m.group("thing").lower().rstrip("s")
            said = _bare(thing, ctx.card.claim)
            if said and not _HALF_OF.search(ctx.card.claim) and not any(_bare(thing, t) for t in ctx.texts):
                return ctx.said_against(said.group(0), m.group(0))
    return None
