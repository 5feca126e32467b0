"""Numbers and dates: a claim may say them in other words, never change them."""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, permutations, takewhile

from factcards.grounding.checks.bindings import (
    AGE_OF_NAME,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    MONEY_RATE,
    figure_bound_elsewhere,
    given_to_another,
    money_value,
    standings,
)
from factcards.grounding.checks.context import ClaimContext, claim_forms, claim_verbs
from factcards.grounding.checks.entities import aged_elsewhere
from factcards.grounding.checks.registry import REVIEW, UNSUPPORTED, Hit, register
from factcards.grounding.checks.roles import after_figure, figure_deed, figure_object
from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.claims import (
    COMPOUND_COUNT_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALES,
    SMALL_COUNT_WORDS,
    ClaimAtoms,
    NumberAtom,
    count_value,
    number_at,
    rounds_to,
    same_number,
    significant_digits,
    stem,
)
from factcards.text.dates import DateMention, parse_date
from factcards.text.dictionary import inflected_from
from factcards.text.durations import given_as_length
from factcards.text.lexicon import lexicon
from factcards.text.words import Word, content_lemmas, forms_by_class, is_content, lemmas, words


def surfaces(items: Iterable[str]) -> str:
    unique = list(dict.fromkeys(items))
    return ", ".join(f'"{s}"' for s in unique[:4])


# "to open the scoring", "the opener": the first goal.
_FIRST_GOAL = re.compile(r"\bfirst\s+goal\b", re.IGNORECASE)
_OPENED_SCORING = re.compile(r"\b(?:open(?:s|ed|ing)?\s+the\s+scoring|opener|opening\s+goal)\b", re.IGNORECASE)


def _opened_the_scoring(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "McManus scored the first goal" against "McManus netted … to open the scoring": the scorer the evidence
    names last before it is one the claim names."""
    if number.surface.lower() != "first" or _FIRST_GOAL.search(ctx.card.claim) is None:
        return False
    named = {n.lower() for n in ctx.claim.names}
    for text in ctx.texts:
        for m in _OPENED_SCORING.finditer(text):
            scorers = re.findall(r"\b[A-Z][\w'’-]+", text[: m.start()])
            if scorers and scorers[-1].lower() in named:
                return True
    return False


# "pulled one back", "got one back", "clawed one back": sports' words for a goal that narrows the gap.
_ONE_BACK = re.compile(
    r"\b(?:pull|pulls|pulled|pulling|get|gets|got|getting|claw|claws|clawed|clawing)\s+one\s+back\b", re.IGNORECASE
)


def _one_as_article(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "one year" is "a year": a claim's "one" is supported by "a"/"an" before the same word; "no one" counts no
    one."""
    if number.value != 1 or number.ordinal:
        return False
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if at >= 0 and _NO_BEFORE.search(claim, 0, at):
        return True
    if at >= 0 and _ONE_BACK.search(claim, 0, at + len(number.surface) + 5):
        return True  # "Alloa pulled one back": a goal, as "pulled Alloa back into the game" says
    follower = re.match(r"[\s-]+(\w+)", claim[at + len(number.surface) :]) if at >= 0 else None
    if follower is None:
        return False
    # "his first, and only, international goal" is one international goal too.
    pattern = re.compile(rf"\b(?:a|an|single|only)[\s,-]+{re.escape(follower.group(1))}", re.IGNORECASE)
    return any(pattern.search(t) for t in ctx.texts)


_NO_BEFORE = re.compile(r"\bno[\s-]$", re.IGNORECASE)


# "lost just once in seven games" supports "lost one game"; "twice" is two.
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_WORD = re.compile(rf"\b(?:{'|'.join(_TIMES)})\b", re.IGNORECASE)
# "The first is a 2014 film …", "The second one is …", "One is an author …": an ordinal or "one"
# heading the sentence stands for one of the things just named, not for a figure.
# So may one opening a later clause: "…, and the second is a 2016 drama", "one is …, the other …".
_ENUMERATING = re.compile(
    r"(?:^|[,;:]\s)\W*(?:(?:the|and|while|whereas)\s+){0,2}(?P<n>first|second|third|fourth|fifth|last|one|other)"
    r"(?P<one>\s+one)?\s*(?:(?:is|was|of them)\b|[,:])",
    re.IGNORECASE,
)
# "two rock bands: Rage Against the Machine and Audioslave": a count the claim itself spells out.
_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,2}?[a-z]+s(?:\s+[\w-]+){0,4}\s*[:—–]\s*(?P<list>.+)$",
    re.IGNORECASE,
)
# "Two men, Tom Reid and Sam Cole, were arrested": the same, with the names set off by commas.
_COUNTED_NAMES = re.compile(
    r"\b(?P<n>two|three|four|five|six|[2-6])\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s|people|men|women|children),\s+"
    r"(?P<list>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+and\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?=\s*(?:[,.;:]|$))",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_LIST_BREAK = re.compile(r",?\s+and\s+|;\s+")
_NAME_LIST_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+|;\s+")


# A count of years, days or hours is a length of time, which "twice" never says: "followed them for two years" against
# "eating fish twice a week … for ten years".
_LENGTH_AFTER = re.compile(
    r"\s+(?:more\s+|full\s+|whole\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
)


def _times(number: NumberAtom, ctx: ClaimContext) -> bool:
    if number.ordinal or number.value not in _TIMES.values():
        return False
    claim = ctx.card.claim
    told = [m.end() for m in re.finditer(rf"\b{re.escape(number.surface)}\b", claim, re.IGNORECASE)]
    if told and all(_LENGTH_AFTER.match(claim, at) for at in told):
        return False
    return any(_TIMES[m.group(0).lower()] == number.value for t in ctx.texts for m in _TIMES_WORD.finditer(t))


# "2:00 PM" and "14:00", "noon" and "12pm": one time of day, on the 12-hour or the 24-hour clock.
_CLOCK_TIME = re.compile(
    r"(?<![\d.,])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2}))?(?![\d%])(?:\s?(?P<half>[ap])\.?\s?m\b\.?)?"
    r"|\b(?P<word>noon|midday|midnight)\b",
    re.IGNORECASE,
)


def _clock_times(text: str) -> Iterator[tuple[int, int, int]]:
    """Each time of day `text` writes, as (start, end, minutes after midnight): "2:00 PM" and "14:00" are
    both 840. A bare number is no time: only one with a.m./p.m., minutes after a colon, or a word like noon."""
    for m in _CLOCK_TIME.finditer(text):
        if m.group("word"):
            yield m.start(), m.end(), 0 if m.group("word").lower() == "midnight" else 720
            continue
        hour, minutes, half = int(m.group("h")), m.group("m"), m.group("half")
        if half is None and (minutes is None or m.group("sep") == "."):
            continue  # "0.50" is a figure; "14.00" without a.m./p.m. is too, as often as a time
        if hour > 23 or (minutes is not None and int(minutes) > 59):
            continue
        if half is not None:
            if hour > 12:
                continue
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        yield m.start(), m.end(), hour * 60 + int(minutes or 0)


_HOUR_TOLD = re.compile(r"\s*(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|[ap]\.?m\b)", re.I)
_A_CLOCK = re.compile(r"\d\s?[ap]\.?m\b|\d:\d\d|\b(?:noon|midday|midnight)\b", re.IGNORECASE)


def _only_a_time_of_day(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "delays of up to six hours" against "… up to two hours … The road reopened at 6pm": a figure the evidence
    gives only as the hour of a time of day answers no count of the claim's (a time in the claim is `_clock`'s)."""
    if number.ordinal or not any(_A_CLOCK.search(text) for text in ctx.texts):
        return False
    at = number_at(ctx.card.claim, number.surface)
    if (
        at < 0
        or any(start <= at < end for start, end, _ in _clock_times(ctx.card.claim))
        or _HOUR_TOLD.match(ctx.card.claim, at + len(number.surface))
        or re.search(r"\bat\s+$", ctx.card.claim[:at])
    ):
        return False  # ("at six in the evening", "at six": a time of day told in words)
    for text, seen in zip(ctx.texts, ctx.seen, strict=True):
        if not any(same_number(number, other) for other in seen.numbers):
            continue
        # (the text's figures read again with its times of day blanked out)
        blanked = text
        for start, end, _ in _clock_times(text):
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
        if blanked == text or any(same_number(number, other) for other in ctx.home.atoms_of(blanked).numbers):
            return False
    return True


def _clock(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "around 2:00 PM" against "at about 14:00": the claim's hour is the evidence's, on the other clock."""
    at = number_at(ctx.card.claim, number.surface)
    if number.ordinal or at < 0:
        return False
    times = [when for start, end, when in _clock_times(ctx.card.claim) if start <= at < end]
    return bool(times) and any(when == times[0] for t in ctx.texts for _, _, when in _clock_times(t))


# A count or an ordinal of what the text itself is about, not of the world: "The passage describes two
# different films", "There are two films titled …", "The second Ann Richards mentioned is …", "The first
# film titled …". "Two men named Smith were arrested" is a count of the world.
_ABOUT_THE_TEXT = re.compile(
    r"\b(?:passages?|text|article|documents?|excerpts?|snippets?)\s+(?:\w+\s+){0,2}?"
    r"(?:describes?|mentions?|discuss(?:es)?|refers? to|is about|are about|covers?|introduces?|presents?|contains?)"
    r"\s+(?:information (?:about|on)\s+)?(?P<n>two|three|four|five|six|[2-6])\b"
    r"|\b(?:passages?|text|article|documents?|excerpts?)\s+(?:provides?|gives?|offers?)\s+(?:\w+\s+){0,2}?"
    r"(?:about|on)\s+(?P<i>two|three|four|five|six|[2-6])\b"
    r"|\b(?:there\s+are|describes|mentions|discusses)\s+(?P<m>two|three|four|five|six|[2-6])\s+"
    r"(?:different\s+|distinct\s+|separate\s+|notable\s+)?(?:[a-z]+\s+)?(?:named|titled|called|with the (?:same )?name)\b"
    # "Two films are mentioned:", "two football transfers are discussed"
    # (not "Five players were named in the squad": chosen, as news names them)
    r"|\b(?P<l>two|three|four|five|six|[2-6])\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+s|people|men|women)\s+(?:are|were)\s+"
    r"(?:mentioned|discussed|described|listed|covered|named(?!\s+(?:in|as|to|by|for|on|after)\b)|presented)\b"
    r"|^\W*(?:the\s+)?(?P<o>first|second|third|fourth|last)\s+(?:[\w'’.-]+\s+){1,4}?"
    r"(?:mentioned|titled|named|called|listed|described|referred)\b",
    re.IGNORECASE,
)


def _about_the_text(number: NumberAtom, ctx: ClaimContext) -> bool:
    said = number.surface.lower()
    return any(
        said == next((m.group(g) for g in ("n", "i", "m", "l", "o") if m.group(g)), "").lower()
        for m in _ABOUT_THE_TEXT.finditer(ctx.card.claim)
    )


def _enumerating(number: NumberAtom, ctx: ClaimContext) -> bool:
    claim = ctx.card.claim
    if _about_the_text(number, ctx):
        return True
    for m in _ENUMERATING.finditer(claim):
        said = m.group("n").lower()
        # Later in the claim, "one" only pairs with "the other": "…, one was killed" is a count.
        if m.start() > 0 and said == "one" and not _THE_OTHER.search(claim, m.end()):
            continue
        if number.surface.lower() == said or (m.group("one") is not None and number.surface == "one"):
            return True
    return False


_THE_OTHER = re.compile(r"\b(?:the other|the second|another)\b", re.IGNORECASE)


# "for the seventh consecutive year" is "seven consecutive years" or "seven times in a row"; "a third
# straight win", "three straight wins".
_RUN = re.compile(
    r"\s+(?:consecutive|straight|successive|running)\b|\s+[a-z]+\s+(?:consecutively|in a row|running|on the trot)\b",
    re.IGNORECASE,
)


# "a two-day strike" against "will strike on 12 and 13 July": the days, named one by one or as a span.
_DAYS_OF = re.compile(r"[\s-]+days?\b", re.IGNORECASE)
_DAY = r"(?:\d{1,2})(?:st|nd|rd|th)?"
_NAMED_DAYS = re.compile(
    rf"\b(?P<list>{_DAY}(?:\s*,\s*{_DAY})*\s+and\s+{_DAY})\s+(?:{'|'.join(MONTHS)})\b"
    rf"|\bfrom\s+(?P<a>{_DAY})\s+(?:to|until)\s+(?P<b>{_DAY})\s+(?:{'|'.join(MONTHS)})\b"
    rf"|\b(?P<weekdays>(?:{'|'.join(WEEKDAYS)})(?:\s*,\s*(?:{'|'.join(WEEKDAYS)}))*\s+and\s+(?:{'|'.join(WEEKDAYS)}))\b",
    re.IGNORECASE,
)


def _days_named(number: NumberAtom, ctx: ClaimContext) -> bool:
    """How many days the evidence names ("on 12 and 13 July" is two; "from 3 to 7 May" five), counted as days."""
    at = number_at(ctx.card.claim, number.surface)
    if at < 0 or number.ordinal or not _DAYS_OF.match(ctx.card.claim, at + len(number.surface)):
        return False
    for text in ctx.texts:
        for m in _NAMED_DAYS.finditer(text):
            if m.group("list") or m.group("weekdays"):
                count = len(re.findall(r"\w+", (m.group("list") or m.group("weekdays")).replace(" and ", " ")))
            else:
                first, last = (int(re.match(r"\d+", m.group(g)).group(0)) for g in ("a", "b"))  # type: ignore[union-attr]
                count = last - first + 1
            if count == number.value:
                return True
    return False


def _consecutive(number: NumberAtom, ctx: ClaimContext) -> bool:
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if at < 0 or not _RUN.match(claim, at + len(number.surface)):
        return False
    return any(
        other.ordinal != number.ordinal
        and other.value == number.value
        and (there := number_at(text, other.surface)) >= 0
        and _RUN.match(text, there + len(other.surface))
        for text, atoms in zip(ctx.texts, ctx.seen, strict=True)
        for other in atoms.numbers
    )


# "for a third day", "for the fourth week running": how long something has gone on, counted as its latest unit.
_FOR_AN_ORDINAL = re.compile(
    rf"\bfor\s+(?:a|the)\s+(?P<ordinal>{'|'.join(w for w in ORDINAL_WORDS if w != 'first')})\s+"
    r"(?P<unit>day|night|week|month|year|season)\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"\s+(?P<unit>days|nights|weeks|months|years|seasons)\b", re.IGNORECASE)


def _for_an_ordinal(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "without water for three days" against "without running water for a third day"."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    unit = _UNIT_AFTER.match(claim, at + len(number.surface)) if at >= 0 and not number.ordinal else None
    if unit is None:
        return False
    return any(
        ORDINAL_WORDS.get(m.group("ordinal").lower()) == number.value
        and m.group("unit").lower() == unit.group("unit").lower()[:-1]
        for text in ctx.texts
        for m in _FOR_AN_ORDINAL.finditer(text)
    )


def _times_as_nth(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "had been targeted three times this year" against "it was the third time his farm had been targeted this
    year": a count of times, the evidence's ordinal of the last."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if number.ordinal or at < 0 or not re.match(r"\s+times\b", claim[at + len(number.surface) :], re.IGNORECASE):
        return False
    return any(_nth(m.group("nth")) == number.value for text in ctx.texts for m in _NTH_TIME.finditer(text))


_DEBUT = re.compile(r"\b(?:debut|maiden)\b", re.IGNORECASE)


def _first_as_original(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "double the first estimate" against "twice the original estimate": "first" as the one there was before."""
    if number.surface.lower() != "first":
        return False
    after = re.search(r"\bfirst\s+(?P<thing>[a-z]{3,})", ctx.card.claim, re.IGNORECASE)
    if after is None:
        return False
    thing = re.escape(after.group("thing"))
    if any(re.search(rf"\b(?:original|initial)\s+{thing}\b", text, re.IGNORECASE) for text in ctx.texts):
        return True
    # ("her first novel" against "her debut book", "its maiden voyage"): a debut is a first, where nothing is counted
    if any(_DEBUT.search(text) for text in ctx.texts) and not any(n.ordinal for a in ctx.seen for n in a.numbers):
        return True
    # "Joan and Peter first met at a dance in 1953" against "met at a dance in 1953": when the deed the evidence
    # tells began, no count of anything (unless the evidence counts the times: "for the second time")
    deed = after.group("thing").lower()
    return (
        bool(inflected_from(deed, "VBD"))
        and bool(lemmas(deed) & ctx.evidence_lexicon.lemmas)
        and not any(n.ordinal for a in ctx.seen for n in a.numbers)
    )


_REACHED_AN_AGE = r"\b(?:turned|turns|turning|reached|reaching|reaches|aged|age\s+of)\s+"
_NTH_BIRTHDAY = re.compile(r"\b(?P<nth>\d+)(?:st|nd|rd|th)\s+birthday\b", re.IGNORECASE)
_AGE_REACHED = re.compile(rf"{_REACHED_AN_AGE}(?P<age>\d+)\b|\b(?P<old>\d+)-year-old\b", re.IGNORECASE)


def _age_as_a_birthday(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "ever since she turned 90" against "since her 90th birthday": an age, told by the birthday that began it; and
    the other way, "for her 107th birthday" against "a resident turning 107"."""
    if number.ordinal:
        if not re.search(rf"\b{re.escape(number.surface)}\s+birthday\b", ctx.card.claim, re.I):
            return False
        return any(
            float(m.group("age") or m.group("old")) == number.value
            for text in ctx.texts
            for m in _AGE_REACHED.finditer(text)
        )
    if not re.search(rf"{_REACHED_AN_AGE}{re.escape(number.surface)}\b", ctx.card.claim, re.I):
        return False
    return any(float(m.group("nth")) == number.value for text in ctx.texts for m in _NTH_BIRTHDAY.finditer(text))


# "its tenth anniversary", "the 50th anniversary of …", "their 70th wedding anniversary": so many years since.
_NTH_ANNIVERSARY = re.compile(
    rf"\b(?P<nth>\d+(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})\s+(?:(?:wedding|marriage)\s+)?anniversary\b", re.I
)
# "ten years", "10 years": so many years, the count as written.
_YEARS = re.compile(r"\b(?P<count>[\w,-]+)\s+years?\b", re.I)


def _years_as_an_anniversary(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "has marked ten years" against "has celebrated its tenth anniversary": so many years, told by the anniversary
    that marks them; and the other way, "its tenth anniversary" against "ten years since it opened"."""
    if number.ordinal:
        if not re.search(
            rf"\b{re.escape(number.surface)}\s+(?:(?:wedding|marriage)\s+)?anniversary\b", ctx.card.claim, re.I
        ):
            return False
        return any(count_value(m.group("count")) == number.value for text in ctx.texts for m in _YEARS.finditer(text))
    if not re.search(rf"\b{re.escape(number.surface)}\s+years?\b", ctx.card.claim, re.I):
        return False
    return any(_nth(m.group("nth")) == number.value for text in ctx.texts for m in _NTH_ANNIVERSARY.finditer(text))


# "Reform's sixth MP": the count of them so far, with the one it counts.
_NTH_OF = re.compile(
    rf"['’]s?\s+(?P<ordinal>\d+(?:st|nd|rd|th)|{'|'.join(w for w in ORDINAL_WORDS if w != 'first')})\s+(?P<noun>[a-z]+)\b",
    re.I,
)


def _nth(ordinal: str) -> float | None:
    """ "sixth" -> 6, "73rd" -> 73."""
    plain = ordinal.lower()
    return float(plain[:-2]) if plain[:1].isdigit() else ORDINAL_WORDS.get(plain)


_NOUN_AFTER = re.compile(r"\s+(?P<noun>[A-Za-z]+)\b")
# "every two weeks" is "fortnightly", "every week" "weekly": how often, said in one word.
_EVERY = re.compile(r"\bevery\s+$", re.IGNORECASE)
_HOW_OFTEN = {("two", "week"): "fortnightly", ("2", "week"): "fortnightly", ("two", "year"): "biennial"}


def _count_so_far(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "Reform UK now has six MPs" against "Dunn will now sit as Reform's sixth MP"; "emptied every two weeks"
    against "fortnightly bin collections"."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if at < 0 or number.ordinal:
        return False
    after = _NOUN_AFTER.match(claim, at + len(number.surface))
    if after is None:
        return False
    plain = after.group("noun").lower()
    noun = lemmas(plain) | {plain.removesuffix("s")}  # ("MPs": no dictionary word)
    if _EVERY.search(claim, 0, at):
        often = _HOW_OFTEN.get((number.surface.lower(), min(noun)))
        return often is not None and any(often in text.lower() for text in ctx.texts)
    return any(
        _nth(m.group("ordinal")) == number.value
        and (lemmas(m.group("noun").lower()) | {m.group("noun").lower()}) & noun
        for text in ctx.texts
        for m in _NTH_OF.finditer(text)
    )


# How a claim says its figure is approximate, and which side of the exact figure it may be on.
_APPROXIMATE = re.compile(
    r"\b(?P<word>about|around|roughly|approximately|some|nearly|almost|just under|under|over|just over|"
    r"more than|less than|upwards of|close to)\s+[$£€]?$",
    re.IGNORECASE,
)
_ABOVE_WORDS = frozenset({"over", "just over", "more than", "upwards of"})
_BELOW_WORDS = frozenset({"nearly", "almost", "just under", "under", "less than", "close to"})


def _rounded(number: NumberAtom, other: NumberAtom, claim: str) -> bool:
    """ "£1.6 million" for £1,580,575, "over £1.5 million" and "just over £1 million" for it too: a
    figure given to fewer digits, the exact one rounding to it, or within a tenth on the side the
    claim's "over" or "nearly" says. A figure of one digit needs such a word ("£1 million" alone
    is not £1,027,339), and so does a whole number without a scale ("1,500 jobs" for 1,450)."""
    if number.ordinal or other.ordinal or number.value <= 0 or other.value <= number.value / 2:
        return False
    if not (math.isfinite(number.value) and math.isfinite(other.value)):
        return False  # a figure of hundreds of digits is no float; only the same digits match it
    digits = _significant(number)
    if digits is None or digits >= significant_digits(other.value):
        return False
    at = number_at(claim, number.surface)
    m = _APPROXIMATE.search(claim, 0, at) if at >= 0 else None
    word = " ".join(m.group("word").lower().split()) if m else None
    if word in _ABOVE_WORDS:
        return number.value < other.value <= number.value * 1.1
    if word in _BELOW_WORDS:
        return number.value * 0.9 <= other.value < number.value
    if word is None and (digits < 2 or not _SCALED_OR_DECIMAL.search(number.surface)):
        return False  # "1,500 jobs" is no rounding of 1,450 unless the claim says "about"
    return rounds_to(other.value, digits, number.value)


_SCALED_OR_DECIMAL = re.compile(r"\d\.\d|[a-z]\s*$", re.IGNORECASE)


def _significant(number: NumberAtom) -> int | None:
    """Significant digits as the figure is written ("1.5 million": 2, "400": 1, "1,580,575": 7)."""
    m = re.match(r"[$£€]?(\d[\d,]*(?:\.\d+)?)", number.surface)
    if m is None:
        return None
    written = m.group(1).replace(",", "")
    if "." in written:
        return len(written.replace(".", "").lstrip("0"))
    return len(written.rstrip("0")) or 1


# "came back from 2-0 down" is "came from two goals down": the score a side trailed by, written as a score.
_TRAILED_SCORE = re.compile(r"\b(?P<goals>\d)\s?[-–]\s?0\s+(?:down|behind)\b", re.IGNORECASE)


def _deficit(number: NumberAtom, ctx: ClaimContext) -> bool:
    for m in _TRAILED_SCORE.finditer(ctx.card.claim):
        if number.value not in (0, int(m.group("goals"))):
            continue
        goals = int(m.group("goals"))
        said = rf"\b(?:{goals}|{SMALL_COUNT_WORDS})\s+goals?\s+(?:down|behind)\b"
        for text in ctx.texts:
            for found in re.finditer(said, text, re.IGNORECASE):
                if count_value(found.group(0).split()[0]) == goals:
                    return True
    return False


# Counts the evidence sets side by side: "three British writers, two Americans and an Australian" are six.
_PART = rf"(?:\d{{1,2}}|a|an|{SMALL_COUNT_WORDS})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
_PARTS = re.compile(rf"\b{_PART}(?:,\s+{_PART})*,?\s+and\s+{_PART}\b", re.IGNORECASE)
_PART_COUNT = re.compile(r"(?:^|,\s+(?:and\s+)?|\s+and\s+)(?P<n>\w+)", re.IGNORECASE)
# What a count of things is: "three groups", "two other leaders", "six authors".
_COUNT_OF_THINGS = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|people|men|women|children)\b")


def _added_up(number: NumberAtom, ctx: ClaimContext) -> bool:
    """A count of things the evidence gives as parts that add up to it ("six writers" against "three
    Irish writers, two Canadians and a Nigerian"); only the parts are figures the evidence writes."""
    if number.ordinal or not 2 <= number.value <= 12:
        return False
    at = number_at(ctx.card.claim, number.surface)
    if at < 0 or not _COUNT_OF_THINGS.match(ctx.card.claim, at + len(number.surface)):
        return False
    for text in ctx.texts:
        for m in _PARTS.finditer(text):
            parts = [
                count_value(p.group("n")) or (1.0 if p.group("n").lower() in ("a", "an") else None)
                for p in _PART_COUNT.finditer(m.group(0))
            ]
            if len(parts) > 1 and None not in parts and sum(parts) == number.value:
                return True
    return False


_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ONE_OF_NEXT = re.compile(r"\s+of\s+(?:the\s+)?(?:\d+|[a-z]+)\b", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?P<n>\d+|[a-z]+)\s+other\b", re.IGNORECASE)


def _one_of_all(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "one of six shortlisted authors" against "beating five other shortlisted books": the one and the others make
    the whole; the "one" of "one of" picks one out, counting nothing the evidence must write."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if at < 0 or number.ordinal:
        return False
    if number.value == 1 and _ONE_OF_NEXT.match(claim, at + len(number.surface)):
        return True
    if not _ONE_OF.search(claim, 0, at):
        return False
    return any(count_value(m.group("n")) == number.value - 1 for text in ctx.texts for m in _OTHERS.finditer(text))


def _spelt_out(number: NumberAtom, ctx: ClaimContext) -> bool:
    """A count the claim spells out item by item after a colon: what is counted is the items,
    each checked by its own rules (names, dates), not a figure the article must give."""
    if number.ordinal:
        return False
    for m in _COUNTED.finditer(ctx.card.claim):
        if m.group("n").lower() != number.surface.lower():
            continue
        listed = _PARENTHESES.sub("", m.group("list"))
        items = _LIST_BREAK.split(listed)
        named = [item for item in items if any(w[:1].isupper() for w in item.split())]
        if len(named) == number.value == len(items):
            return True
        # Plain commas part names only: "Ukrainian Cyber Troops, Cyber Berkut, and Anonymous International".
        names = _NAME_LIST_BREAK.split(listed.rstrip(" ."))
        if len(names) == number.value and all(len(n.split()) <= 5 and n[:1].isupper() for n in names):
            return True
    return any(
        m.group("n").lower() == number.surface.lower()
        and len(_NAME_LIST_BREAK.split(m.group("list"))) == number.value
        and not _evidence_counts(m.group("noun"), ctx)
        for m in _COUNTED_NAMES.finditer(ctx.card.claim)
        if m.group("list")[:1].isupper()
    )


def _evidence_counts(noun: str, ctx: ClaimContext) -> bool:
    """Whether the evidence counts the same things itself ("three men"), when the claim's own count of them must
    be the evidence's, not the names it lists."""
    wanted = lemmas(noun)
    for text in ctx.texts:
        for m in _ANY_COUNT.finditer(text):
            after = _COUNTED_NOUN.match(text, m.end())
            if after and lemmas(after.group("noun")) & wanted:
                return True
    return False


# "Francis I (1708-1765)" against "8 December 1708 -- 18 August 1765": a year the evidence writes
# inside a full date, which reads it as a date rather than a figure.
_YEAR = re.compile(r"(?:1[0-9]|20|21)\d\d")
# "5.68m" is "5.68 m": metres as like as millions, the way a feed spaces it.
_BARE_M = re.compile(r"(?P<digits>\d[\d.]*)m")


def _as_written(number: NumberAtom, ctx: ClaimContext) -> bool:
    if number.ordinal:
        return _minute_of_the_game(number, ctx)
    if _YEAR.fullmatch(number.surface):
        return any(number_at(text, number.surface) >= 0 for text in ctx.texts)
    m = _BARE_M.fullmatch(number.surface)
    if m is None:
        # "a 46 m well", as a tokenised feed writes the evidence's "46m well": the figure with the letter after it
        at = number_at(ctx.card.claim, number.surface)
        if (
            not number.surface.isdigit()
            or at < 0
            or not re.match(r"\s+m\b", ctx.card.claim[at + len(number.surface) :])
        ):
            return False
        digits = number.surface
    else:
        digits = m.group("digits")
    # ("a 50m mural" for "a 50-metre mural": the letter the metres' short form, as the evidence spells them out)
    spaced = re.compile(rf"(?<![\d.,£$€]){re.escape(digits)}(?:\s?m\b|(?:\s|-)(?:metre|meter)s?\b)", re.IGNORECASE)
    return any(spaced.search(text) for text in ctx.texts)


def _minute_of_the_game(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "an 87th minute winner" against "an 87 minute winner", "87th-minute": the same minute of the game."""
    digits = re.match(r"\d+", number.surface)
    at = number_at(ctx.card.claim, number.surface)
    if digits is None or at < 0 or not _MINUTE_AFTER.match(ctx.card.claim, at + len(number.surface)):
        return False
    written = re.compile(rf"(?<![\d.,]){digits.group(0)}(?:st|nd|rd|th)?(?=\s*-?\s*min(?:ute)?s?\b)")
    return any(written.search(text) for text in ctx.texts)


_MINUTE_AFTER = re.compile(r"\s*-?\s*min(?:ute)?s?\b", re.IGNORECASE)


# "Elle, 51, has been labeled …", "Storey, aged 37,", "Keating, a 21-year-old striker", "the 41-year-old
# Locke": an age the claim sets beside a name, which news gives where it first names the person
# rather than in every sentence about them.
def _age_elsewhere(number: NumberAtom, ctx: ClaimContext) -> bool:
    """The claim's age for a person it names is the age the article gives that person in another
    sentence, which is cited as context."""
    if number.ordinal or not number.surface.isdigit():
        return False
    for m in AGE_OF_NAME.finditer(ctx.card.claim):
        name, age = next((m.group(f"n{i}"), m.group(f"a{i}")) for i in (1, 2, 3) if m.group(f"a{i}"))
        if age != number.surface:
            continue
        sentence = ctx.home.age_given(name, age)
        if sentence is not None:
            ctx.add_supporting(sentence)
            return True
        called = aged_elsewhere(name, age, ctx.home)
        for index in called:
            ctx.add_supporting(ctx.home.sentences[index])
        if called:
            return True
    return False


# "lost all but one of their 12 MEPs": a count the evidence gives by what it leaves out.
_ALL_BUT = re.compile(r"\ball but (?P<n>\w+) of (?:the |their |its |his |her )?(?P<m>\d[\d,]*|[a-z]+)\b", re.IGNORECASE)


def _all_but(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "lost 11 of their 12 MEPs" from "lost all but one of their 12 MEPs". Sums and differences of
    the evidence's figures in general are not read: on FaithBench's held-back half they let as many
    wrong figures through by coincidence as they saved right ones."""
    if number.ordinal:
        return False
    for text in ctx.texts:
        for m in _ALL_BUT.finditer(text):
            left, total = (count_value(m.group(g)) for g in ("n", "m"))
            if left is not None and total is not None and number.value == total - left:
                return True
    return False


# "fell by 1,300" against "fell to 4,800 …, down from 6,100": a change by the difference of the two figures
# the evidence gives it between (only these: a difference of any two figures lets wrong ones through).
_CHANGED_BY = re.compile(
    rf"\b{CHANGE_VERBS}\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?[$£€]?$"
    # "a pay rise of £47,000": the change named as a noun
    rf"|\b{CHANGE_NOUNS}\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
    r"|around\s+)?[$£€]?$",
    re.IGNORECASE,
)
_SCALED_FIGURE = r"\d[\d,.]*(?:\s?(?:bn|billion|m|million|k)\b)?"
_SCALED = rf"[$£€]?{_SCALED_FIGURE}"
_FROM_TO = re.compile(
    rf"\bfrom\s+(?P<a>{_SCALED})\s+to\s+(?P<b>{_SCALED})"
    # (the nearest "to" before the "from": "delayed … to 2031 and its cost has risen to £34bn from £26bn")
    rf"|\bto\s+(?P<b2>{_SCALED})(?:(?!\bto\s+[$£€]?\d)[^.;]){{0,60}}?\bfrom\s+(?P<a2>{_SCALED})"
    # ("was paid £245,000 last year, up from £198,000")
    rf"|(?P<b3>{_SCALED})[^.;\d]{{0,40}}?\b(?:up|down)\s+from\s+(?P<a3>{_SCALED})",
    re.IGNORECASE,
)


def _scaled_value(written: str) -> float:
    """ "£34bn" -> 34e9, "6,100" -> 6100."""
    m = re.fullmatch(r"[$£€]?(?P<n>\d[\d,.]*?)\.?\s?(?P<scale>[a-z]*)", written.strip(), re.IGNORECASE)
    if m is None or not m.group("n").replace(",", "").replace(".", "", 1).isdigit():
        return float("nan")
    return float(m.group("n").replace(",", "")) * SCALES.get(m.group("scale").lower(), 1.0)


_NOT_THE_FIRST = re.compile(r"\bnot (?:the|their|its|his|her) first\b", re.IGNORECASE)
_ONE_AND_ONE = re.compile(r"\bone\s+[\w-]+\s+and\s+one\s+[\w-]+", re.IGNORECASE)
_TWO_WORDS = frozenset({"two", "2", "pair", "both", "couple", "duo"})


def _one_each_of_two(ctx: ClaimContext) -> bool:
    """Whether the claim tells two apart, "one X and one Y", of two the evidence counts."""
    return bool(_ONE_AND_ONE.search(ctx.card.claim)) and any(w.lower in _TWO_WORDS for w in ctx.evidence_words)


# "without asking residents first", "should have checked it first": beforehand, closing a clause after a deed's thing.
_FIRST_BEFOREHAND = re.compile(
    r"\b(?:[a-z]+ing|asked|checked|consulted|told|warned)\s+(?:[a-z]+\s+){0,2}?(?:them|it|him|her|residents|people|"
    r"parents|staff|customers|anyone|[a-z]+s)\s+first(?=\s*(?:[.,;:]|$))",
    re.IGNORECASE,
)


def _change_between(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "fell by 1,300" against "fell to 4,800 in March, down from 6,100 a year earlier"."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if number.ordinal or at < 0 or not _CHANGED_BY.search(claim, max(0, at - 40), at):
        return False

    def between(m: re.Match[str]) -> bool:
        a, b = (_scaled_value(m.group(g) or m.group(g + "2") or m.group(g + "3")) for g in "ab")
        return abs(abs(a - b) - number.value) < 1e-9 * max(1.0, number.value)

    return ctx.evidence_match(_FROM_TO, between) is not None


# "won by 13 percentage points", "a 13-point lead": a margin, the difference of two shares.
_MARGIN_AFTER = re.compile(r"(?:\s|-)(?:percentage[\s-])?points?\b", re.IGNORECASE)


_VOTES_AFTER = re.compile(r"\s+votes?\b", re.IGNORECASE)


def _vote_margin(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "passed by four votes" against "passed by 52 votes to 48": a margin is the difference of the two."""
    at = number_at(ctx.card.claim, number.surface)
    if number.ordinal or at < 0 or not _VOTES_AFTER.match(ctx.card.claim, at + len(number.surface)):
        return False
    pairs = [_figures_of(m) for text in ctx.texts for m in _PAIR.finditer(text)]
    return any(abs(int(a) - int(b)) == number.value for a, b in pairs)


def _share_from_gap(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "the Conservatives on 31%" against "Labour on 34%, three points ahead of the Conservatives"."""
    if number.ordinal or "point" not in " ".join(ctx.texts):
        return False
    return any(float(value) == number.value for text in ctx.texts for _, value, _ in standings(text))


def _margin(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "beat Falk by 13 percentage points" against "54 percent … Falk, who won 41 percent": a margin
    in points is the difference of two of the evidence's percentages (no other sums are read)."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    if number.ordinal or at < 0 or not _MARGIN_AFTER.match(claim, at + len(number.surface)):
        return False
    shares = [n.value for text, found in zip(ctx.texts, ctx.seen, strict=True) for n in found.numbers
              if not n.ordinal and _percent_at(text, n)]  # fmt: skip
    return any(abs(abs(a - b) - number.value) < 1e-9 for i, a in enumerate(shares) for b in shares[i + 1 :])


# A share said three ways: "two-thirds", "two in three", "67%". "Half" is a share; "thirds" and
# "quarters" with a count before them; a single third or quarter only as a share "of" something ("a
# third of the staff"): "a third term" and "the third quarter" are ordinals.
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}  # fmt: skip
_COUNT = r"a|an|one|two|three|four|five|six|seven|eight|nine|\d{1,2}"
_SHARE = re.compile(
    rf"\b(?:(?P<num>{_COUNT})[\s-]+)?(?P<den>half|halves)\b"
    rf"|\b(?P<num2>{_COUNT})[\s-]+(?:(?P<den2>thirds|quarters|fifths|sixths|tenths)\b"
    rf"|(?P<den4>third|quarter|fifth|sixth|tenth)(?=[\s-]+of\b))"
    # (not a figure of thousands or millions: "one in two million", "one in 2,000")
    rf"|\b(?P<num3>{_COUNT})\s+(?:in|out of)\s+(?P<den3>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\b"
    r"(?![,.]\d)(?!\s+(?:hundred|thousand|million|billion)\b)"
    # "cut the risk by a fifth", "down a third", "fallen by up to a quarter": a change told as a part
    # ("up from a third in 2019": where a share came from)
    rf"|\b(?:by|down|up|(?:up|down)\s+from)\s+(?:(?:up\s+to|almost|nearly|about|around|roughly|more\s+than|over|under)\s+)?"
    rf"(?P<num5>a|one)\s+(?P<den5>third|quarter|fifth|sixth|tenth)\b"
    # "about a third lower than expected": a change told as a part, the way it went after it
    rf"|\b(?P<num7>a|one)\s+(?P<den7>third|quarter|fifth|sixth|tenth)\s+(?=(?:lower|higher|less|more|smaller|bigger|larger"
    rf"|cheaper|dearer)\b)"
    # "a quarter said they had borrowed money": a share of those the sentence counts (not "a quarter of an hour")
    rf"|\b(?P<num6>a|one)\s+(?P<den6>third|quarter|fifth|tenth)\s+(?=(?:said|say|says|had|have|were|are|did|do)\b)",
    re.IGNORECASE,
)
_OF_IT = re.compile(r"\s+of\s+(?:it|that|this|the\s+(?:money|sum|total|prize|winnings))\b", re.IGNORECASE)
_ANY_SUM = re.compile(rf"[$£€]{_SCALED_FIGURE}", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?P<whole>\d[\d,]*)\b")


@dataclass(frozen=True)
class _Share:
    value: float  # 0..1
    start: int
    end: int
    of: float | None  # "half of its 300 staff": the whole it is a share of
    change: bool = False  # "rose by a third", "a third lower": how far a thing moved, no share of anything


def _shares(text: str) -> list[_Share]:
    found = []
    for m in _SHARE.finditer(text):
        num = next((m.group(g) for g in ("num", "num2", "num3", "num5", "num6", "num7") if m.group(g)), "one")
        den = next(m.group(g) for g in ("den", "den2", "den3", "den4", "den5", "den6", "den7") if m.group(g))
        n, d = (
            count_value(num if num.lower() not in ("a", "an") else "one"),
            _DENOMINATORS.get(den.lower()) or count_value(den),
        )
        if n is None or not d or n >= d:
            continue
        whole = _SHARE_OF.match(text, m.end())
        of = float(whole.group("whole").replace(",", "")) if whole else None
        if of is None and _OF_IT.match(text, m.end()):
            # "won £2m … has given half of it": a share of the sum just told
            sums = list(_ANY_SUM.finditer(text, 0, m.start()))
            of = _scaled_value(sums[-1].group(0)) if sums else None
        found.append(_Share(n / d, m.start(), m.end(), of, change=bool(m.group("den5") or m.group("den7"))))
    return found


def _percent_at(text: str, number: NumberAtom) -> bool:
    at = number_at(text, number.surface)
    return at >= 0 and bool(_PERCENT_AFTER.match(text, at + len(number.surface)))


_NEARLY_BEFORE = re.compile(r"\b(?:almost|nearly|just\s+under|close\s+to)\s+$", re.IGNORECASE)


def _as_share(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "About 66% of voters" for "nearly two-thirds"; "two-thirds" for "67 percent" or "two in three";
    "150 staff" for "half of its 300 staff": the same share, written another way."""
    claim = ctx.card.claim
    if number.ordinal and not any(m.group("den5") for m in _SHARE.finditer(claim)):
        return False
    theirs = [share for text in ctx.texts for share in _shares(text)]
    if _percent_at(claim, number):
        # ("66%" or "67%" for "two-thirds", a share with no whole percentage, as near as a point; so "about 19%" for
        # "a fifth"; but "rose 19%" is no "a fifth", which is 20% to the point)
        at = number_at(claim, number.surface)
        roughly = at >= 0 and _ROUGHLY_BEFORE.search(claim, 0, at) is not None
        return any(
            abs(share.value * 100 - number.value) <= (1.0 if roughly or not _whole_percent(share.value) else 0.5)
            for share in theirs
        )
    at = number_at(claim, number.surface)
    mine = next((share for share in _shares(claim) if share.start <= at < share.end), None)
    if mine is not None:
        # (a percentage a thing moved by is no share of anything: "reduced the risk … by 20%" is not "one in five")
        # (unless the claim's share is one too: "cut the risk by a fifth" for "by 20%")
        moved = bool(
            _BY_BEFORE.search(claim, 0, mine.start) or re.match(r"(?:by|up|down)\b", claim[mine.start :], re.I)
        )
        percents = [n.value / 100 for text, atoms in zip(ctx.texts, ctx.seen, strict=True) for n in atoms.numbers
                    if not n.ordinal and _percent_at(text, n)
                    and (moved or not _BY_BEFORE.search(text, 0, number_at(text, n.surface)))]  # fmt: skip
        # (and a part a thing moved by is no share either: "rose by a third" is not "one in three")
        others = [s.value for s in theirs if moved or not s.change] + percents
        return any(_share_agrees(claim, mine, other) for other in others)
    # (not where the claim says the share itself, of another whole: "won £1m … given half of it")
    told = [c.value for c in _shares(claim)]
    return any(
        share.of is not None and share.value * share.of == number.value and share.value not in told for share in theirs
    ) or _part_of_one(number, ctx)


# ("make up one in three" is a share of a whole, not a move up)
_BY_BEFORE = re.compile(
    r"\b(?:by|(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\bmaking\s)up|down)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def _whole_percent(value: float) -> bool:
    return abs(value * 100 - round(value * 100)) < 1e-9


_ROUGHLY_BEFORE = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|just\s+over|just\s+under|over|under|more\s+than"
    r"|less\s+than)\s+$",
    re.IGNORECASE,
)


def _share_bound_elsewhere(ctx: ClaimContext) -> Hit | None:
    """ "The target was one in five" against "one in five new homes was affordable, against a target of one in three";
    "One in three new homes was affordable" against the same: the claim ties a share to words the evidence ties to
    another share, and the evidence gives the claim's share to other words."""
    for mine in _shares(ctx.card.claim):
        near = _share_neighbours(ctx.card.claim, mine)
        if not near:
            continue
        for text in ctx.texts:
            theirs = _shares(text)
            if not any(abs(t.value - mine.value) <= 0.005 for t in theirs):
                continue  # a share the evidence never gives is FC301's
            bound = [t for t in theirs if _share_neighbours(text, t) & near]
            if not bound or any(abs(t.value - mine.value) <= 0.005 for t in bound):
                continue
            # "up from one in five a decade ago": the same thing's share then, where the claim tells when
            then = [
                t
                for t in theirs
                if abs(t.value - mine.value) <= 0.005
                and _FROM_BEFORE.search(text, 0, t.start)
                and _share_neighbours(text, t) & claim_forms(ctx)
            ]
            if not then:
                return ctx.said_against(ctx.card.claim[mine.start : mine.end], text[bound[0].start : bound[0].end])
    return None


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.IGNORECASE)


def _share_neighbours(text: str, share: _Share) -> frozenset[str]:
    """The content words (lemmas) just before and after a share, within its clause: what it is a share of, or what it
    is ("a target of one in three", "one in five new homes")."""
    before = re.split(r"[,;:]|\b(?:against|while|but|and|compared)\b", text[max(0, share.start - 40) : share.start])[-1]
    after = re.split(
        r"[,;:.]|\b(?:against|while|but|and|compared|was|were|is|are)\b", text[share.end : share.end + 40]
    )[0]
    near = [w for w in words(before)[-3:] + words(after)[:3] if is_content(w.lower) and not w.lower.isdigit()]
    return frozenset(f for w in near for f in lemmas(w.lower)) - _NOT_NEIGHBOURS


# "Most new homes", "the majority of voters", "more than half of staff": a share over half, said in words
_MOST = re.compile(
    r"\b(?:most|the\s+majority|a\s+majority|more\s+than\s+half|over\s+half)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)",
    re.IGNORECASE,
)
_PERCENT_OF = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)\s+of\s+", re.IGNORECASE)


def _most_for_a_minority(ctx: ClaimContext) -> Hit | None:
    """ "Most new homes built in Arden were affordable" against "Only one in five new homes … was classed as
    affordable": the claim says most of what the evidence gives a share under half of, and the evidence says no more;
    so for all of what it gives a share of ("tariffs on all goods" against "on 95% of goods")."""
    return _share_outdone(ctx, _MOST, _SAYS_MOST, 0.5) or _share_outdone(ctx, _ALL, _SAYS_ALL, 1.0)


def _share_outdone(ctx: ClaimContext, claimed: re.Pattern[str], said: re.Pattern[str], below: float) -> Hit | None:
    evidence = " ".join(ctx.texts)
    if said.search(evidence):
        return None
    for m in claimed.finditer(ctx.card.claim):
        if re.search(r"\bthe\s+$", ctx.card.claim[: m.start()], re.IGNORECASE):
            continue  # "the most expensive": a superlative
        what = content_lemmas(words(m.group("what")))
        for text in ctx.texts:
            small = [(t.start, t.end) for t in _shares(text) if t.value < below and _share_neighbours(text, t) & what]
            small += [
                (p.start(), p.end())
                for p in _PERCENT_OF.finditer(text)
                if float(p.group("n")) < below * 100 and {f for w in words(text[p.end() : p.end() + 30])[:3]
                                                          for f in lemmas(w.lower)} & what
            ]  # fmt: skip
            if small:
                start, end = small[0]
                said_here = ctx.card.claim[m.start() : m.start("what")] + m.group("what").split()[0]
                return ctx.said_against(said_here, text[start:end].strip())
    return None


_SAYS_MOST = re.compile(r"\b(?:most|majority|more\s+than\s+half|over\s+half)\b", re.IGNORECASE)
_ALL = re.compile(
    r"\b(?:all|every)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<what>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)",
    re.IGNORECASE,
)
_SAYS_ALL = re.compile(r"\b(?:all|every|entire|whole|each)\b", re.IGNORECASE)


_NOT_NEIGHBOURS = frozenset("only just about around nearly almost some".split())


_PAST_BEFORE = re.compile(r"\b(?:more\s+than|over|above|at\s+least|upwards\s+of)\s+$", re.IGNORECASE)


def _share_agrees(claim: str, mine: _Share, other: float) -> bool:
    """Whether the share the claim writes may be the evidence's `other` (0..1)."""
    # "Almost two-thirds" for 64%: a share said to be nearly reached is a little under it
    if _NEARLY_BEFORE.search(claim, 0, mine.start):
        return mine.value - 0.035 <= other <= mine.value + 0.005
    # "more than three-quarters" for 78%: one said to be passed is over it (or the evidence's own "more than half")
    if _PAST_BEFORE.search(claim, 0, mine.start):
        return mine.value <= other
    return abs(mine.value - other) <= 0.01


def _share_unsupported(ctx: ClaimContext) -> Hit | None:
    """ "about a quarter of its workforce" against "about a tenth of its workforce", "three-quarters" against "a
    third": a share in words the evidence gives otherwise, where it gives a share or a percentage and none is this."""
    claim = ctx.card.claim
    # ("half an hour a day", "a quarter of a percentage point": a part of one unit, not a share of those counted)
    mine = [share for share in _shares(claim) if share.of is None and not _ONE_UNIT_AFTER.match(claim, share.end)]
    if not mine:
        return None
    given = [(share.value, text[share.start : share.end]) for text in ctx.texts for share in _shares(text)]
    given += [(float(m.group("n")) / 100, m.group(0)) for text in ctx.texts for m in _PERCENT_FIGURE.finditer(text)]
    if not given:
        return None
    for share in mine:
        if not any(_share_agrees(claim, share, value) for value, _ in given):
            return ctx.said_against(claim[share.start : share.end], given[0][1])
    return None


# "78% of those who took part", "62% of those voting": a share of those who answered, not of everyone.
_OF_THOSE_WHO_ANSWERED = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)\s+of\s+(?:those|the\s+\w+)\s+(?:who\s+(?:took\s+part|voted|"
    r"responded|replied|were\s+(?:asked|polled|surveyed))|voting|taking\s+part|polled|surveyed|asked|responding)\b",
    re.IGNORECASE,
)
_SHARE_OF_WHOM = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)\s+of\s+(?P<whom>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:backed|supported|voted|wanted|said|agreed|opposed|favoured|favored|are|were|have|had)\b",
    re.IGNORECASE,
)
_ANSWERED = frozenset("those voter voters respondent respondents member members polled voting".split())


def _share_of_all(ctx: ClaimContext) -> Hit | None:
    """ "78% of Norland's teachers backed a strike" against "with 78% of those who took part backing action": a share
    of those who answered, told as a share of everyone."""
    mine = list(_SHARE_OF_WHOM.finditer(ctx.card.claim))
    if not mine:
        return None  # most cards: the claim writes no share of anyone, and the evidence is not read
    theirs = {m.group("n"): m.group(0) for text in ctx.texts for m in _OF_THOSE_WHO_ANSWERED.finditer(text)}
    for m in mine:
        whom = {w.lower() for w in m.group("whom").split()}
        if m.group("n") in theirs and not whom & _ANSWERED and not re.search(r"\bwho\b", m.group("whom"), re.I):
            return ctx.said_against(m.group(0).rsplit(None, 1)[0], theirs[m.group("n")])
    return None


# "a quarter of a percentage point", "half a mile": a part of one of a unit, which a claim writes "0.25 percentage
# points", "0.5 miles".
_ONE_UNIT_AFTER = re.compile(r"\s+(?:of\s+)?(?:a|an|one)\s+(?P<unit>[a-z]+)", re.IGNORECASE)
_WORD_AFTER_FIGURE = re.compile(r"\s+(?P<unit>[a-z]+)", re.IGNORECASE)


def _part_of_one(number: NumberAtom, ctx: ClaimContext) -> bool:
    at = number_at(ctx.card.claim, number.surface)
    unit = _WORD_AFTER_FIGURE.match(ctx.card.claim, at + len(number.surface)) if at >= 0 and number.value < 1 else None
    if unit is None:
        return False
    forms = lemmas(unit.group("unit").lower())
    return any(
        abs(share.value - number.value) < 1e-9
        and (one := _ONE_UNIT_AFTER.match(text, share.end)) is not None
        and bool(lemmas(one.group("unit").lower()) & forms)
        for text in ctx.texts
        for share in _shares(text)
    )


def _as_length(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "48 hours" against "two days": a length of time the evidence gives in another unit."""
    at = number_at(ctx.card.claim, number.surface)
    return at >= 0 and given_as_length(ctx.card.claim, at, ctx.texts)


def _given_elsewhere(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "Jack Nicklaus, 75, hit a hole-in-one" against evidence about the hole-in-one alone: the
    sentence of the article that gives Nicklaus's 75."""
    at = ctx.card.claim.find(number.surface)
    if at < 0 or _counted_in_evidence(number, at, ctx):
        return False

    def where(found: ClaimAtoms) -> int:
        same = next((n for n in found.numbers if same_number(number, n)), None)
        return -1 if same is None else number_at(found.text, same.surface)

    return ctx.detail_elsewhere(at, number.surface, where, ctx.home.figure_sentences)


def _counted_in_evidence(number: NumberAtom, at: int, ctx: ClaimContext) -> bool:
    """The evidence gives a figure of its own beside the words the claim sets beside this one: "a quake
    in 2016 killed 14 people" against "a smaller quake in 2016 that killed three people" is not answered
    by the 14 another sentence gives of another quake."""
    # Words, not names: "Messi has 49, Neymar 32 and Suarez 21" sets names beside every figure.
    content = [w for w in ctx.claim_words if is_content(w.lower) and w.text[:1].islower()]
    before = [w for w in content if w.end <= at][-1:]
    after = [w for w in content if w.start >= at + len(number.surface)][:1]
    beside = {stem(w.lower) for w in before + after}
    if not beside:
        return False
    for text, found in zip(ctx.texts, ctx.seen, strict=False):
        theirs = words(text)
        for other in found.numbers:
            if other.ordinal or same_number(number, other) or (offset := number_at(text, other.surface)) < 0:
                continue
            i = next((n for n, w in enumerate(theirs) if w.end > offset), len(theirs))
            if beside <= {stem(w.lower) for w in theirs[max(0, i - 2) : i + 3]}:
                return True
    return False


# "Harlow General and Carrow Royal hospitals": things named in a list before the noun that says what they are.
_NAMED_LIST = re.compile(
    r"(?P<list>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+|,?\s+and\s+))+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
    r"\s+(?P<noun>[a-z]+)\b"
)
_COUNTED_NOUN = re.compile(r"[\s-]+(?P<noun>[a-z]+)\b")


def _names_counted(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "The two hospitals will merge" against "Harlow General and Carrow Royal hospitals will merge": a count of
    the things the evidence names one by one."""
    claim = ctx.card.claim
    at = number_at(claim, number.surface)
    counted = _COUNTED_NOUN.match(claim, at + len(number.surface)) if at >= 0 and not number.ordinal else None
    if counted is None:
        return False
    noun = lemmas(counted.group("noun"))
    return any(
        lemmas(m.group("noun")) & noun and len(_NAME_LIST_BREAK.split(m.group("list"))) == number.value
        for text in ctx.texts
        for m in _NAMED_LIST.finditer(text)
    )


@register("FC301", "number-mismatch", UNSUPPORTED, "a number in the claim is not in its evidence")
def numbers(ctx: ClaimContext) -> Iterator[Hit]:
    found = [n for a in ctx.seen for n in a.numbers]
    for number in ctx.claim.numbers:
        if (
            any(same_number(number, other) for other in found) and not _only_a_time_of_day(number, ctx)
        ) or _one_as_article(number, ctx):
            continue
        if _times(number, ctx) or _clock(number, ctx) or _enumerating(number, ctx) or _spelt_out(number, ctx):
            continue
        if (
            _consecutive(number, ctx)
            or _for_an_ordinal(number, ctx)
            or _times_as_nth(number, ctx)
            or _age_as_a_birthday(number, ctx)
            or _years_as_an_anniversary(number, ctx)
            or _first_as_original(number, ctx)
            or _count_so_far(number, ctx)
            or any(_rounded(number, other, ctx.card.claim) for other in found)
        ):
            continue
        if _as_written(number, ctx) or _age_elsewhere(number, ctx) or _all_but(number, ctx) or _margin(number, ctx):
            continue
        if _vote_margin(number, ctx) or _share_from_gap(number, ctx):
            continue
        if _change_between(number, ctx) or (
            number.surface.lower() == "first"
            and (_NOT_THE_FIRST.search(ctx.card.claim) or _FIRST_BEFOREHAND.search(ctx.card.claim))
        ):
            continue  # "not the first time", "without asking residents first" count nothing
        if number.surface.lower() == "one" and _one_each_of_two(ctx):
            continue  # ("The climbers, one Norwegian and one Chilean" against "Two climbers … The pair")
        if _opened_the_scoring(number, ctx) or _quarter_told_as_months(number, ctx) or _deficit(number, ctx):
            continue
        if _as_share(number, ctx) or _given_elsewhere(number, ctx) or _as_length(number, ctx) or _added_up(number, ctx):
            continue
        if _short_year_written_out(number, ctx) or _days_named(number, ctx) or _names_counted(number, ctx):
            continue
        if _one_of_all(number, ctx) or _rank_numbered(number, ctx):
            continue
        alike = [n.surface for n in found if n.ordinal == number.ordinal]
        says = f" (evidence says {surfaces(alike)})" if alike else ""
        span = ctx.span_of(alike[0]) if alike else ctx.window_span()
        yield Hit(f'number "{number.surface}" not in evidence{says}', span, ctx.home.article.id)
    yield from _pairs_turned(ctx)
    yield from _from_to_turned(ctx)
    yield from _object_moved(ctx)
    if (
        hit := _count_moved(ctx)
        or _whole_for_part(ctx)
        or _deed_count_changed(ctx)
        or _deed_sum_changed(ctx)
        or (_score_changed(ctx) if ctx.claim.numbers else None)
        or _count_done_to_changed(ctx)
        or _times_counted_otherwise(ctx)
        or _count_read_from_a_score(ctx)
        or _times_done_otherwise(ctx)
        or _span_apart_changed(ctx)
        or _target_as_reached(ctx)
        or _reached_as_target(ctx)
        or _owned_figure_moved(ctx)
        or _vote_sides_swapped(ctx)
        or _overrun_as_cost(ctx)
        or _wanted_as_got(ctx)
        or _unit_swapped(ctx)
        or _sum_for_count(ctx)
        or _whole_given_to_part(ctx)
        or _rank_of_another(ctx)
        or _scale_lowered(ctx)
        or _share_only(ctx)
    ):
        yield hit
    yield from figure_bound_elsewhere(ctx)
    yield from _rate_dropped(ctx)
    yield from _rate_added(ctx)
    if hit := _new_for_total(ctx):
        yield hit
    if hit := _earlier_made_now(ctx):
        yield hit
    if (
        hit := _vague_count_outside(ctx)
        or _share_rate_added(ctx)
        or _multiple_unsupported(ctx)
        or _percent_for_sum(ctx)
        or _share_unsupported(ctx)
        or _share_of_all(ctx)
        or _share_bound_elsewhere(ctx)
        or _most_for_a_minority(ctx)
    ):
        yield hit


# A count as written: "5", "1,200", "five".
_SHARE_COUNT = rf"\d[\d,]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}"
_ANY_COUNT = re.compile(rf"(?<![\w.,])(?:{_SHARE_COUNT})(?![\w-])", re.IGNORECASE)
_ONE_IN = re.compile(r"\b(?:one|an?|two|three|[123])\s+in\s", re.IGNORECASE)


def _counts_and_shares(text: str) -> list[tuple[float, str, str | None]]:
    """Each count `text` gives, as written, with the share of one, two or three in so many it is a side of ("one in
    five"), if any ("five out of six" injured are five people, and "60 in 96" is a rank)."""
    shares = [(share.start, share.end) for share in _shares(text) if _ONE_IN.match(text, share.start)]
    found = []
    for m in _ANY_COUNT.finditer(text):
        value = count_value(m.group(0))
        if value is not None:
            share = next((text[a:b] for a, b in shares if a <= m.start() < b), None)
            found.append((value, m.group(0), share))
    return found


def _share_only(ctx: ClaimContext) -> Hit | None:
    """ "has been there for more than five years" against "one in five families … for more than two years": a count
    the evidence gives only as a side of a share, told as a count of something."""
    if not any(_ONE_IN.search(text) for text in ctx.texts):
        return None  # (most evidence has no share at all: the cheap look first)
    theirs = [count for text in ctx.texts for count in _counts_and_shares(text)]
    counted = {value for value, _, share in theirs if share is None}
    for value, said, share in _counts_and_shares(ctx.card.claim):
        if share is None and value not in counted:
            other = next((s for v, _, s in theirs if v == value and s is not None), None)
            if other is not None:
                return ctx.said_against(said, other)
    return None


def _rank_numbered(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "ranked 48th in the world" against "the world number 48": a rank the evidence writes as a number."""
    if not number.ordinal or number.value != int(number.value):
        return False
    pattern = re.compile(rf"\b(?:number|no\.?)\s*{int(number.value)}\b", re.IGNORECASE)
    return any(pattern.search(text) for text in ctx.texts)


# "35%", "35 per cent", "35 percent": a percentage (not "$35", a sum); the claim's, and the evidence's changes by one.
_PERCENT_SIGN = r"\s?(?:%|per\s?cent\b|percent\b)"
_PERCENT_FIGURE = re.compile(rf"(?<![\d.,$£€])(?P<n>\d+(?:\.\d+)?){_PERCENT_SIGN}", re.IGNORECASE)


def _percent_for_sum(ctx: ClaimContext) -> Hit | None:
    """ "will cut the price of its inhaler by 35%" against "by 70% to $35 a month": the claim's percentage is a sum in
    the evidence, which gives no such percentage."""
    for m in _PERCENT_FIGURE.finditer(ctx.card.claim):
        n = re.escape(m.group("n"))
        if any(re.search(rf"(?<![\d.,]){n}{_PERCENT_SIGN}", t, re.IGNORECASE) for t in ctx.texts):
            continue
        sum_ = ctx.evidence_match(re.compile(rf"[$£€]\s?{n}(?![\d.,]*\d)(?!\s?(?:m|bn|k|million|billion)\b)"))
        if sum_ is not None:
            return ctx.said_against(m.group(0), sum_.group(0))
    return None


# "to double", "will treble", "could halve": the verb after a modal or "to".
_TO_DO = r"(?:to|will|would|could|may|might)\s+"
# "doubled", "trebled", "halved", "twice as many": a change by a multiple, which is a figure as much as "rose 100%" is.
# (Counts of times are other words: "arrested twice", "scored twice as Rovers beat Dale", "stabbed three times".)
_MULTIPLE = re.compile(
    rf"\b(?:(?P<f2>doubl(?:ed|es|ing)|{_TO_DO}double|twice\s+(?:as\s+(?:many|much)|as\s+(?:[a-z]+\s+){{1,3}}?as|the|its|their|what)\b|two-?fold"
    r"|double\s+(?=(?:the|that|what|last|its|their|his|her)\b))"
    rf"|(?P<f3>tripl(?:ed|es|ing)|trebl(?:ed|es|ing)|{_TO_DO}(?:triple|treble)|three-?fold|three\s+times\s+(?:as\s+(?:many|much)|the|its|their|what)\b)"
    r"|(?P<f4>quadrupl(?:ed|es|ing)|four-?fold)"
    rf"|(?P<f05>halv(?:ed|es|ing)|{_TO_DO}halve|by\s+half\b|half\s+as\s+(?:[a-z]+\s+){{1,3}}?as\b))",
    re.IGNORECASE,
)
_FACTORS = {"f2": 2.0, "f3": 3.0, "f4": 4.0, "f05": 0.5}
_MORE_THAN_BEFORE = re.compile(r"\b(?:more\s+than|over|at\s+least)\s+$", re.IGNORECASE)


def _multiples(text: str) -> Iterator[tuple[float, re.Match[str]]]:
    for m in _MULTIPLE.finditer(text):
        yield next(_FACTORS[g] for g, v in m.groupdict().items() if v), m


def _near(ratio: float, factor: float, at_least: bool) -> bool:
    """Whether a change by `ratio` is one by `factor` (or, `at_least`, more: "more than doubled")."""
    if factor < 1:
        return 0.4 <= ratio <= 0.6
    return ratio >= 0.95 * factor if at_least else 0.85 * factor <= ratio <= 1.25 * factor


_ANY_FIGURE = re.compile(rf"(?<![\w.,]){_SCALED}")


def _any_two_so(texts: list[str], factor: float, at_least: bool) -> bool:
    """ "more than double the subscribers analysts had forecast" against "added 19 million subscribers, beating
    forecasts of 9 million": a comparison with another figure, which any two of one sentence's may make."""
    for text in texts:
        values = [v for m in _ANY_FIGURE.finditer(text) if (v := _scaled_value(m.group(0))) > 0]
        if any(_near(b / a, factor, at_least) for a, b in permutations(values, 2)):
            return True
    return False


def _multiple_unsupported(ctx: ClaimContext) -> Hit | None:
    """ "The number of parcels tripled" against "14,200 parcels, a third more than in the same period last year": a
    multiple the evidence neither writes ("trebled", "three times") nor gives as a change of that size ("up 200%",
    "from 400 to 1,200")."""
    for factor, m in _multiples(ctx.card.claim):
        if any(f == factor for text in ctx.texts for f, _ in _multiples(text)):
            continue
        at_least = _MORE_THAN_BEFORE.search(ctx.card.claim, 0, m.start()) is not None
        if any(
            _near(1 + float(p.group("n")) / 100 if factor > 1 else 1 - float(p.group("n")) / 100, factor, at_least)
            for text in ctx.texts
            for p in _PERCENT_FIGURE.finditer(text)
        ):
            continue

        def changed_so(pair: re.Match[str], factor: float = factor, at_least: bool = at_least) -> bool:
            a, b = (_scaled_value(pair.group(g) or pair.group(g + "2") or pair.group(g + "3")) for g in "ab")
            return a > 0 and _near(b / a, factor, at_least)

        if ctx.evidence_match(_FROM_TO, changed_so) is None and not (
            m.group(0).lower().startswith(("twice", "double")) and _any_two_so(ctx.texts, factor, at_least)
        ):
            said = m.group(0).strip()
            return Hit(f'claim says "{said}"; the evidence gives no change of that size', ctx.window_span(),
                       ctx.home.article.id)  # fmt: skip
    return None


# "dozens of homes", "tens of thousands of homes": a count without its figure, and the figures it may stand for.
_VAGUE_COUNTS = {
    "dozens": (24, 100),
    "scores": (40, 200),
    "hundreds": (200, 1_000),
    "thousands": (2_000, 1_000_000),
    "tens of thousands": (20_000, 100_000),
    "hundreds of thousands": (200_000, 1_000_000),
    "millions": (2_000_000, 1_000_000_000),
}
_VAGUE = re.compile(
    r"\b(?P<vague>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)\s+of\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)
_FIGURE_OF = re.compile(
    r"(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>million|billion|m|bn|k)\b)?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _vague_count_outside(ctx: ClaimContext) -> Hit | None:
    """ "Dozens of homes lost power" against "About 40,000 homes were left without power": a count without a figure
    that the evidence's figure for the same thing lies outside (none for it: other rules judge the words)."""
    for m in _VAGUE.finditer(ctx.card.claim):
        low, high = _VAGUE_COUNTS[re.sub(r"\s+", " ", m.group("vague").lower())]
        noun = lemmas(m.group("noun").lower())
        given = [
            (_scaled_value(f"{c.group('n')}{c.group('scale') or ''}"), c.group(0))
            for text in ctx.texts
            for c in _FIGURE_OF.finditer(text)
            if lemmas(c.group("noun").lower()) & noun
        ]
        if given and not any(low <= value < high for value, _ in given):
            return ctx.said_against(m.group(0), given[0][1])
        # ... or the evidence's own count without a figure: "dozens of starlings" against "hundreds of starlings"
        told = [
            (_VAGUE_COUNTS[re.sub(r"\s+", " ", v.group("vague").lower())], v.group(0))
            for text in ctx.texts
            for v in _VAGUE.finditer(text)
            if lemmas(v.group("noun").lower()) & noun
        ]
        if told and not given and not any(lo < high and low < hi for (lo, hi), _ in told):
            return ctx.said_against(m.group(0), told[0][1])
    return None


# A quarter of the year said as its months: "the fourth quarter" is "the last three months of the year",
# "the three months to December", "October to December".
_QUARTERS = {
    "first": ("first three months", "three months to march", "january to march"),
    "second": ("three months to june", "april to june"),
    "third": ("three months to september", "july to september"),
    "fourth": ("last three months", "final three months", "three months to december", "october to december"),
}
_QUARTER_AFTER = re.compile(r"\s+quarter\b", re.IGNORECASE)


def _quarter_told_as_months(number: NumberAtom, ctx: ClaimContext) -> bool:
    said = number.surface.lower()
    if said not in _QUARTERS:
        return False
    if not _QUARTER_AFTER.match(ctx.card.claim, number_at(ctx.card.claim, number.surface) + len(said)):
        return False
    return any(months in " ".join(text.lower().split()) for text in ctx.texts for months in _QUARTERS[said])


# "14 new cases", "bringing the total to 63", "63 in total": what is new and what is the whole so far.
_NEW_COUNT = re.compile(r"\b(?P<n>\d+(?:,\d{3})*)\s+(?:more\s+)?new\b", re.IGNORECASE)
_TOTAL_COUNT = re.compile(
    r"\btotal\b(?:\s+[\w-]+){0,6}?\s+(?:to|of|at|is|was|stands\s+at|reached|now)\s+(?P<n>\d+(?:,\d{3})*)"
    r"|\b(?P<n2>\d+(?:,\d{3})*)\s+(?:[\w-]+\s+){0,2}?in\s+total\b",
    re.IGNORECASE,
)


_PERIOD_WORDS = re.compile(r"\b(?:this|last)\s+(?:year|month|week|season)\b|\bso\s+far\b")
_TOTAL_PERIOD = re.compile(
    r"\btotal\s+(?:number\s+)?(?:of\s+\w+\s+)?(?P<period>(?:this|so\s+far\s+this|last)\s+(?:year|month|week|season)|so\s+far)\b",
    re.IGNORECASE,
)


def _counts(pattern: re.Pattern[str], text: str) -> set[str]:
    return {m.group("n") or m.groupdict().get("n2") or "" for m in pattern.finditer(text)} - {""}


def _new_for_total(ctx: ClaimContext) -> Hit | None:
    """ "Health officials confirmed 63 new cases" against "confirmed 14 new cases …, bringing the total this year to
    63": the whole so far given as what is new, or what is new as the whole."""
    claim = ctx.card.claim
    lowered = claim.lower()
    if "new" not in lowered and "total" not in lowered and not _PERIOD_WORDS.search(lowered):
        return None  # most claims: none of the words, and no regex run over them
    new_in_claim, total_in_claim = _counts(_NEW_COUNT, claim), _counts(_TOTAL_COUNT, claim)
    text = " ".join(ctx.texts)
    new, total = _counts(_NEW_COUNT, text), _counts(_TOTAL_COUNT, text)
    for figure in sorted(new_in_claim - new):
        if figure in total and new:
            return ctx.said_against(f"{figure} new", next(m.group(0) for m in _TOTAL_COUNT.finditer(text)))
    # "14 cases this year" against "14 new cases …, bringing the total this year to 63": the period the total is of.
    periods = {m.group("period").strip().lower() for m in _TOTAL_PERIOD.finditer(text)}
    if any(period in lowered for period in periods):
        # ... unless the claim calls the figure new itself ("14 new cases, taking this year's total to 63").
        total_in_claim |= ({n.surface.replace(" ", "") for n in ctx.claim.numbers} & new) - new_in_claim
    for figure in sorted(total_in_claim - total):
        if figure in new and total:
            told_new = next(m.group(0) for m in _NEW_COUNT.finditer(text) if m.group("n") == figure)
            return ctx.said_against(f"total {figure}" if f"total {figure}" in claim else figure, told_new)
    return None


# "Turnout was 38 percent, down from 45 percent four years ago": the figure after "from" is what it was.
_CAME_FROM = re.compile(
    r"(?:(?:down|up|fell|rose|dropped|climbed|increased|decreased)\s+)?from\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:about\s+|around\s+|nearly\s+)?[$£€]?$",
    re.IGNORECASE,
)
_RANGE_GOES_ON = re.compile(r"\S*\s*(?:to|-|–|until|and)\s")
_CLOCK_AFTER = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.)|[:.]\d\d\s?(?:am|pm|hrs)?\b", re.IGNORECASE)
_THEN_WORDS = re.compile(
    r"\b(?:from|previous(?:ly)?|earlier|ago|before|last|prior|former(?:ly)?|was\s+once|used\s+to|since"
    r"|had\s+(?:been|forecast|[a-z]+ed)"  # ("had forecast £65 million": what was said before)
    r"|compared\s+(?:with|to)|versus)\b",  # "38%, compared with 64% at the general election": both told
    re.IGNORECASE,
)


def _came_from(m: re.Match[str]) -> int | None:
    """Where the words saying the figure `m` found is what something changed from begin; None when it is not
    one, or is where a range starts ("from 10 to 12")."""
    came_from = _CAME_FROM.search(m.string, 0, m.start())
    if came_from is None or _RANGE_GOES_ON.match(m.string, m.end()) or _CLOCK_AFTER.match(m.string, m.end()):
        return None  # (nor "from 6pm on Friday": a time something starts at)
    if _DATES_BEFORE.search(m.string, 0, came_from.start()):
        return None  # ("dates from the 16th century": when a thing was made, no figure it changed from)
    return came_from.start()


_DATES_BEFORE = re.compile(r"\bdat(?:e|es|ed|ing)\s+$", re.IGNORECASE)


def _earlier_made_now(ctx: ClaimContext) -> Hit | None:
    """ "Turnout was 45 percent" against "Turnout was 38 percent, down from 45 percent four years ago": the
    claim gives as the figure what the evidence says the figure was before."""
    claim = ctx.card.claim
    if not ctx.claim.numbers or _THEN_WORDS.search(claim) or not any("from " in t for t in ctx.texts):
        return None
    # "Inflation was 2.6% in March" against "fell to 2.3% in April from 2.6% in March": dated as the evidence dates it.
    dated = {(f, w) for text in ctx.texts for f, w, _ in _figures_dated(text)}
    told = {f for f, w, _ in _figures_dated(claim) if (f, w) in dated}
    # ("In September 260,000 people had waited" against "fell to 210,000 in October, from 260,000 in September": the
    # claim's one time, put elsewhere in it, is the one the evidence gives that figure)
    whens = {m.group(0).lower() for m in _WHEN.finditer(claim)}
    if len(whens) == 1:
        told |= {f for f, w in dated if w in whens}
    for number in ctx.claim.numbers:
        digits = number.surface
        if not any(c.isdigit() for c in digits) or re.fullmatch(r"1\d{3}|20\d\d", digits):
            continue  # a year "from 1991" is where a span starts, which the date rules read
        if any(digits in f for f in told):
            continue
        at = rf"(?<![\d.,]){re.escape(digits)}(?![\d])"
        uses = [m for text in ctx.texts for m in re.finditer(at, text)]
        starts = [_came_from(m) for m in uses]
        if uses and None not in starts:
            if (_NOW.search(claim) or _WAS.search(claim)) and all(
                _TO_COME.search(m.string, 0, m.start()) for m in uses
            ):
                # "currently handles 7 million" against "will allow it to handle 12 million, up from 7 million"; "The
                # charge was £40" against "will charge £50 a year from April, up from £40"
                continue
            return ctx.said_against(digits, uses[0].string[starts[0] : uses[0].end()])
    return None


_NOW = re.compile(r"\b(?:currently|at\s+present|presently|now|today)\b", re.IGNORECASE)
_WAS = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:will|would|is\s+set\s+to|are\s+set\s+to|is\s+expected\s+to|plans?\s+to)\b", re.IGNORECASE)


_ANY_RATE = re.compile(r"\s*(?:(?:more|less|extra)\s+)?(?:(?:a|per|each|every)\s+(?:year|month|week|day|hour|annum)|annually|yearly|monthly|weekly|daily"
                       r"|a\s+(?:head|share|piece)|each)\b", re.IGNORECASE)  # fmt: skip


def _rate_dropped(ctx: ClaimContext) -> Iterator[Hit]:
    """ "would save about $150 million within three years" against "would save about $150 million a year within
    three years": the claim makes a total of what the evidence gives for each year."""
    claim = ctx.card.claim
    if "$" not in claim and "£" not in claim and "€" not in claim:
        return

    def total_in_claim(m: re.Match[str]) -> bool:
        at = claim.find(m.group("figure"))
        return at >= 0 and not _ANY_RATE.match(claim, at + len(m.group("figure")))

    if m := ctx.evidence_match(MONEY_RATE, total_in_claim):
        yield ctx.said_against(m.group("figure"), m.group(0))


_MONEY = re.compile(r"(?P<figure>[$£€]\s?\d[\d,.]*)(?:\s?(?P<scale>million|billion|bn|m|k)\b)?", re.IGNORECASE)


_RATE_LATER = re.compile(
    r"\b(?:(?:each|every|per)\s+(?:year|month|week|day)|annually|yearly|a\s+year(?!\s+(?:ago|later|after|earlier|before"
    r"|on|since|from|of|and|or|to|in)\b)[^\w]*$)",
    re.IGNORECASE,
)


def _rate_added(ctx: ClaimContext) -> Iterator[Hit]:
    """ "will spend £2.5 billion a year" against "will spend £2.5 billion over the next five years": the claim
    gives for each year a sum the evidence gives as a whole."""
    claim = ctx.card.claim
    if "$" not in claim and "£" not in claim and "€" not in claim:
        return
    rated = [(_money_of(m.group("figure")), m.group(0)) for m in MONEY_RATE.finditer(claim)]
    rates = {" ".join(m.group("rate").lower().split()) for m in MONEY_RATE.finditer(claim)}
    # "will invest $500 billion in the United States each year": the rate said after what the money is for
    if not rated and (later := _RATE_LATER.search(claim)):
        rated = [
            (_money_of(f.group(0)), f"{f.group(0)} … {later.group(0)}")
            for f in _MONEY.finditer(claim, 0, later.start())
            # (another figure nearer the rate is what it counts: "the £25 million unit would treat around 5,000
            # patients each year")
            if not re.search(r"\d", claim[f.end() : later.start()])
        ]
    for mine, said in rated:
        given = [
            (text, found)
            for text in ctx.texts
            for found in _MONEY.finditer(text)
            if money_value(found.group("figure"), found.group("scale")) == mine
        ]
        if given and not any(
            _ANY_RATE.match(text, found.end()) or _RATE_LATER.search(text) or _estimate_of_a_rate(text, found, rates)
            for text, found in given
        ):
            yield ctx.said_against(said, given[0][1].group(0))
            return


# "… about £3m a day, …, though the company put the figure at less than £1m": another estimate of the same sum
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|reckons?|places?|placed)\s+(?:the|its|their|that)\s+"
    r"(?:figure|cost|number|total|bill|loss(?:es)?|amount|sum|price)\s+at\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


def _estimate_of_a_rate(text: str, found: re.Match[str], rates: set[str]) -> bool:
    """Whether the sum `found` is put as "the figure" a sum at one of `rates` (the claim's) in the same sentence is: a
    rival estimate of that rate, which need not say the rate again."""
    if not _PUT_AT.search(text, max(0, found.start() - 60), found.start()):
        return False
    return any(
        " ".join(m.group("rate").lower().split()) in rates
        for m in MONEY_RATE.finditer(text)
        if m.start() != found.start()
    )


# "11% a year" against "a two-year deal worth 11% in total": a share for each year the evidence gives as a whole.
_SHARE_EACH_YEAR = re.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)\s+(?:(?:a|per|each|every)\s+year\b|annually|yearly)",
    re.IGNORECASE,
)
_SHARE_IN_ALL = re.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)\s+(?:in\s+total|altogether|in\s+all"
    r"|over\s+(?:the\s+)?(?:next\s+|last\s+|past\s+)?(?:two|three|four|five|\d+)\s+years)",
    re.IGNORECASE,
)


def _share_rate_added(ctx: ClaimContext) -> Hit | None:
    """ "worth 11% a year for two years" against "a two-year pay deal worth 11% in total"."""
    for m in _SHARE_EACH_YEAR.finditer(ctx.card.claim):
        share = m.group("n")
        other = next(
            (t for text in ctx.texts for t in _SHARE_IN_ALL.finditer(text) if t.group("n") == share),
            None,
        )
        if other is not None:
            return ctx.said_against(m.group(0), other.group(0))
    return None


def _money_of(written: str) -> str:
    """ "£2.5 billion" and "£2.5bn" alike (see `money_value`)."""
    m = _MONEY.fullmatch(written.strip())
    assert m is not None  # `written` is a sum `MONEY_RATE` or `_MONEY` found
    return money_value(m.group("figure"), m.group("scale"))


_FIGURE_START = re.compile(r"[$£€]?\d")


def _digits(figure: str) -> str:
    return re.sub(r"[^\d.]", "", figure)


# "Sixty pupils … were taken ill …, and 12 were treated in hospital": a count of those a deed was done to (or who did
# it), written before it, past what they are and where they were.
_COUNT_DONE = re.compile(
    # (a count ends on a digit: "Mark Doyle, who is 41, was jailed" counts no one jailed)
    rf"(?<![\w.,])(?P<count>\d(?:[\d,]*\d)?|{'|'.join(NUMBER_WORDS)})\s+(?:(?P<noun>[a-z]{{3,}})\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{3,})\b",
    re.IGNORECASE,
)
# "Three inmates escaped": a count of those who did a deed, the verb right after what they are.
_COUNT_DID = re.compile(
    rf"(?<![\w.,])(?P<count>\d[\d,]*|{'|'.join(NUMBER_WORDS)})\s+(?P<noun>[a-z]{{3,}})\s+(?P<verb>[a-z]{{2,}}ed)\b",
    re.IGNORECASE,
)
_PASSIVE_SAID = re.compile(r"\b(?:were|was|been)\b", re.IGNORECASE)
_Count = tuple[frozenset[str], frozenset[str], float, str]  # the verb's lemmas, the noun's (none: left out), …


@lru_cache(maxsize=16384)  # (a day's cards cite the same sentences again and again)
def _counts_done(text: str) -> tuple[_Count, ...]:
    """(the verb's lemmas, the counted noun's, the count, the words) for each count `_COUNT_DONE` reads in `text`
    ("12 were treated" leaves its noun out: the one counted before)."""
    found = []
    for m in chain(_COUNT_DONE.finditer(text), _COUNT_DID.finditer(text)):
        value = count_value(m.group("count"))
        verb = m.group("verb").lower()
        if (
            value is None
            or not (verb.endswith("ed") or inflected_from(verb, "VBN"))
            or "VERB" not in forms_by_class(verb)
        ):
            continue
        if lemmas(verb) & lexicon().reporting:
            continue  # "870 infections have been reported": who told it, not what was done
        noun = (m.group("noun") or "").lower()
        counted = lemmas(noun) if noun and "NOUN" in forms_by_class(noun) else frozenset()
        if m.re is _COUNT_DID and (not counted or "VERB" in forms_by_class(noun)):
            continue  # ("two more charged": no one counted before the verb)
        found.append((lemmas(verb), counted, value, m.group(0)))
    return tuple(found)


def _count_moved(ctx: ClaimContext) -> Hit | None:
    """ "Sixty pupils were treated in hospital" against "Sixty pupils … were taken ill …, and 12 were treated in
    hospital": the claim's count is the one the evidence gives the same ones for another deed, and the evidence gives
    this deed another count of them (or one that leaves them out)."""
    if not ctx.claim.numbers or (not _PASSIVE_SAID.search(ctx.card.claim) and not _COUNT_DID.search(ctx.card.claim)):
        return None  # (no "were", "was" or "been", no "three inmates escaped": no count of a deed, read no further)
    mine = _counts_done(ctx.card.claim)
    if not mine:
        return None
    theirs = [c for text in ctx.texts for c in _counts_done(text)]
    for verb, noun, value, said in mine:
        ones = [(v, n, w) for v, c, n, w in theirs if not c or not noun or c & noun]
        same_deed = [(n, w) for v, n, w in ones if v & verb]
        elsewhere = [w for v, n, w in ones if n == value and not v & verb]
        if same_deed and elsewhere and all(n != value for n, _ in same_deed):
            return ctx.said_against(said, same_deed[0][1])
    return None


# A count, in figures or in words ("31", "twenty-two").
_A_COUNT = rf"(?:\d[\d,]*|{'|'.join(NUMBER_WORDS)}|{COMPOUND_COUNT_WORDS})"
# "will close four of its nine libraries": a deed done to a part, counted out of the whole it belongs to.
_PART_OF_WHOLE = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+(?P<part>{_A_COUNT})\s+of\s+(?:its|their|the|his|her|our)\s+"
    rf"(?P<whole>{_A_COUNT})\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{3,}})\b",
    re.IGNORECASE,
)
# ("close nine libraries", "shut seven swimming pools": the last of two words is what the whole counts)
_DEED_COUNT = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+(?:all\s+)?(?:(?:its|their|the|his|her|our)\s+)?(?P<count>{_A_COUNT})\s+"
    rf"(?:[a-z]+\s+)?(?P<noun>[a-z]{{3,}})\b",
    re.IGNORECASE,
)
# "saved two penalties", "ordered 40 new jets": a deed, a count, and what it counts (in one word or two).
_DEED_COUNT_NEXT = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+(?:all\s+)?(?:(?:its|their|the|his|her|our)\s+)?(?P<count>{_A_COUNT})\s+"
    r"(?P<first>[a-z]{3,})(?:\s+(?P<second>[a-z]{3,}))?\b",
    re.IGNORECASE,
)


# "well short of the council's 35% target", "against a goal of 90%": a share aimed at, not one reached.
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)"
_TARGET_SHARE = re.compile(
    rf"(?P<a>{_PERCENT})\s+(?:[a-z]+\s+)?(?:target|goal|aim|ambition)\b"
    rf"|\b(?:target|goal|aim|ambition)\s+of\s+(?:about\s+|around\s+)?(?P<b>{_PERCENT})",
    re.IGNORECASE,
)
_ANY_PERCENT = re.compile(rf"(?<![\d.]){_PERCENT}", re.IGNORECASE)
# Words by which a claim says a share is aimed at, wanted or required, not reached.
_AIMING = frozenset(
    "target goal aim ambition want plan pledge promise hope seek intend require demand expect should must "
    "short miss fail".split()
)


def _target_as_reached(ctx: ClaimContext) -> Hit | None:
    """ "35% of the homes will be affordable" against "only 10% will be affordable, well short of the council's 35%
    target": the claim gives as reached the share the evidence gives as aimed at, where it gives another as reached."""
    if "%" not in ctx.card.claim and "cent" not in ctx.card.claim:
        return None
    mine = {_digits(m.group(0)): m.group(0) for m in _ANY_PERCENT.finditer(ctx.card.claim)}
    if not mine or claim_forms(ctx) & _AIMING:
        return None
    for text in ctx.texts:
        for m in _TARGET_SHARE.finditer(text):
            aimed = _digits(m.group("a") or m.group("b"))
            others = {_digits(p.group(0)) for p in _ANY_PERCENT.finditer(text)} - {aimed}
            if aimed in mine and others and not others & set(mine):
                return ctx.said_against(mine[aimed], m.group(0))
    return None


def _reached_as_target(ctx: ClaimContext) -> Hit | None:
    """ "The target was for 74% of first-class letters to arrive the next day" against "Only 74% of first-class letters
    arrived the next day, against a target of 93%": the claim gives as aimed at the share the evidence gives as
    reached, where it gives another as the aim."""
    if not _TARGETED.search(ctx.card.claim):
        return None
    mine = {_digits(m.group(0)): m.group(0) for m in _ANY_PERCENT.finditer(ctx.card.claim)}
    for text in ctx.texts:
        for m in _TARGET_SHARE.finditer(text):
            aimed = _digits(m.group("a") or m.group("b"))
            reached = {_digits(p.group(0)) for p in _ANY_PERCENT.finditer(text)} - {aimed}
            if aimed not in mine and set(mine) & reached:
                said = mine[next(iter(set(mine) & reached))]
                return ctx.said_against(said, m.group(0))
    return None


_TARGETED = re.compile(r"\b(?:target|goal|aim|ambition)\b", re.IGNORECASE)


# "a day before her first-round match", "two weeks after the vote": how long before or after another thing a deed was.
_SPAN_UNIT = "minute|hour|day|week|month|year"
_SPAN_SIDE = "before|after|later|earlier"
_SPAN_APART = re.compile(
    rf"\b(?P<half>half\s+)?(?P<count>an?|{_A_COUNT})\s+(?P<unit>{_SPAN_UNIT})s?\s+(?P<side>{_SPAN_SIDE})\b"
    # ("hours before it was due to start": some of a unit, uncounted)
    rf"|\b(?P<units>{_SPAN_UNIT})s\s+(?P<side2>{_SPAN_SIDE})\b",
    re.IGNORECASE,
)


_SPAN_HINT = re.compile(rf"\b(?:{_SPAN_UNIT})s?\s+(?:{_SPAN_SIDE})\b", re.IGNORECASE)


def _spans_apart(text: str) -> list[tuple[float | None, str, str, str]]:
    """(the count, None for some of the unit uncounted; the unit; which side; the words) for each span between two
    things."""
    found = []
    for m in _SPAN_APART.finditer(text):
        if m.group("units"):
            count, unit, side = None, m.group("units").lower(), m.group("side2").lower()
        else:
            count = 1.0 if m.group("count").lower() in ("a", "an") else count_value(m.group("count"))
            if count is not None and m.group("half"):
                count /= 2  # "half an hour later"
            unit, side = m.group("unit").lower(), m.group("side").lower()
        found.append((count, unit, "before" if side in ("before", "earlier") else "after", m.group(0)))
    return found


_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


def _same_span(a: float | None, unit_a: str, b: float | None, unit_b: str) -> bool:
    """ "30 minutes" is "half an hour"; an uncounted span ("days before") is any count of its unit."""
    if None in (a, b):
        return unit_a == unit_b
    assert a is not None and b is not None
    return abs(a * _UNIT_DAYS[unit_a] - b * _UNIT_DAYS[unit_b]) < 1e-9


def _span_apart_changed(ctx: ClaimContext) -> Hit | None:
    """ "pulled out a week before her first-round match" against "pulled out … a day before her first-round match":
    another length of time between two things, on the same side."""
    if not _SPAN_HINT.search(ctx.card.claim):
        return None  # (most claims tell no span: read no further than the unit)
    mine = _spans_apart(ctx.card.claim)
    if not mine:
        return None
    theirs = [span for text in ctx.texts for span in _spans_apart(text)]
    for count, unit, side, said in mine:
        if any(s == side and _same_span(c, u, count, unit) for c, u, s, _ in theirs):
            continue
        other = next((w for c, u, s, w in theirs if s == side and not _same_span(c, u, count, unit)), None)
        if other is not None:
            return ctx.said_against(said, other)
    return None


_OF_A_WHOLE = re.compile(r"\bof\s+(?:its|their|the|his|her|our)\s+\S", re.IGNORECASE)


def _whole_for_part(ctx: ClaimContext) -> Hit | None:
    """ "will close nine libraries" against "will close four of its nine libraries": the claim does the deed to the
    whole the evidence counts its part out of."""
    if not ctx.claim.numbers or not any(_OF_A_WHOLE.search(text) for text in ctx.texts):
        return None  # (no count in the claim, or no "of its …" in the evidence: read no further)
    mine = [
        (lemmas(m.group("verb").lower()), count_value(m.group("count")), lemmas(m.group("noun").lower()), m.group(0))
        for m in _DEED_COUNT.finditer(ctx.card.claim)
        if "VERB" in forms_by_class(m.group("verb").lower())
    ]
    if not mine:
        return None
    for text in ctx.texts:
        for m in _PART_OF_WHOLE.finditer(text):
            part, whole = count_value(m.group("part")), count_value(m.group("whole"))
            verb, noun = lemmas(m.group("verb").lower()), lemmas(m.group("noun").lower())
            for deed, count, counted, said in mine:
                if count == whole and count != part and deed & verb and counted & noun:
                    return ctx.said_against(said, m.group(0))
    return None


@lru_cache(maxsize=16384)  # (a day's cards cite the same sentences again and again)
def _deed_counts(text: str) -> tuple[tuple[frozenset[str], float | None, frozenset[str], str], ...]:
    """(the verb's lemmas, the count, the counted noun's lemmas, the words) for each "saved two penalties" of `text`
    (past one word that describes them: "ordered 40 new jets")."""
    found = []
    for m in _DEED_COUNT_NEXT.finditer(text):
        verb = m.group("verb").lower()
        if "VERB" not in forms_by_class(verb):
            continue
        first, second = m.group("first").lower(), (m.group("second") or "").lower()
        # (a word the dictionary lacks is a thing counted: "14 survivors")
        if ("NOUN" in forms_by_class(first) or not forms_by_class(first)) and not (
            "ADJ" in forms_by_class(first) and second
        ):
            noun, end = first, m.end("first")
        elif second and "NOUN" in forms_by_class(second):
            noun, end = second, m.end("second")
        else:
            continue
        found.append((lemmas(verb), count_value(m.group("count")), lemmas(noun), text[m.start() : end]))
    for m in _DEED_PART.finditer(text):
        verb, noun = m.group("verb").lower(), (m.group("noun") or "").lower()
        if "VERB" in forms_by_class(verb) and (verb.endswith("ed") or inflected_from(verb, "VBD")):
            # (of those told before: "recovered about 200 of the animals" counts the sheep stolen)
            counted = _ANY_COUNTED if not noun or lemmas(noun) & _THOSE_BEFORE else lemmas(noun)
            found.append((lemmas(verb), count_value(m.group("count")), counted, m.group(0)))
    return tuple(found)


# "recovered about 200 of the animals", "rescued 12 of them": a deed done to a part of those told before.
_DEED_PART = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?"
    rf"(?P<count>{_A_COUNT})\s+of\s+(?:them|(?:the|its|their)\s+(?P<noun>[a-z]{{3,}}))\b",
    re.IGNORECASE,
)
# Words for whatever was counted before ("of the animals" after "300 sheep").
_THOSE_BEFORE = frozenset("animal creature people person one item thing".split())
_ANY_COUNTED = frozenset({"*"})


def _deed_count_changed(ctx: ClaimContext) -> Hit | None:
    """ "Emil Strand saved three penalties" against "saved two penalties as Rooke City beat Vanley 4-3": the claim
    counts what a deed was done to otherwise than the evidence counts it for the same deed, wherever else its figure
    stands."""
    if not ctx.claim.numbers:
        return None
    mine = _deed_counts(ctx.card.claim)
    if not mine:
        return None
    theirs = [c for text in ctx.texts for c in _deed_counts(text)]
    for deed, count, counted, said in mine:
        same = [(c, w, n is _ANY_COUNTED) for v, c, n, w in theirs if v & deed and (n & counted or n is _ANY_COUNTED)]
        if (
            count is not None
            and same
            and all(c is not None and not _counts_agree(count, c) for c, _, _ in same)
            # (a part of those told before, "about 200 of the animals", is that deed's whole count wherever else the
            # claim's figure stands)
            and (
                all(part for _, _, part in same)
                or _figure_written(said, ctx, counted) in ("in a score", "of something else")
            )
        ):
            return ctx.said_against(said, same[0][1])
    return None


# "raised £3 million", "spent about £5m": a sum and the deed it is the sum of.
_DEED_SUM = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+(?:over|under))\s+)?"
    r"(?P<sum>[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?)",
    re.IGNORECASE,
)


_NO_DEED = frozenset({"be", "have", "do"})


def _deed_sums(text: str) -> list[tuple[frozenset[str], str, re.Match[str]]]:
    """(the verb's lemmas, the sum's value, the match) for each deed of `text` told with its sum ("was £8.40" tells
    no deed)."""
    found = []
    for m in _DEED_SUM.finditer(text):
        verb = m.group("verb").lower()
        money = _MONEY.match(m.group("sum"))
        forms = lemmas(verb)
        if money is None or forms & _NO_DEED or "VERB" not in forms_by_class(verb):
            continue
        if verb.endswith("ed") or inflected_from(verb, "VBD"):
            found.append((forms, money_value(money.group("figure"), money.group("scale")), m))
    return found


def _sum_is(m: re.Match[str], value: str) -> bool:
    return money_value(m.group("figure"), m.group("scale")) == value


def _doer_words(text: str, at: int) -> frozenset[str]:
    """The lemmas of the content words among the four before `at`: whose deed it is, as near as words tell."""
    return frozenset(f for w in words(text[:at])[-4:] if is_content(w.lower) for f in lemmas(w.lower))


def _deed_sum_changed(ctx: ClaimContext) -> Hit | None:
    """ "A public appeal raised £12 million for the unit" against "The £12 million unit was paid for partly by a public
    appeal that raised £3 million": the sum the claim gives a deed, which the evidence writes of something else, where
    it gives that deed, told once with a sum and by the same doer, another sum. (A sum the evidence never writes is the
    number rule's; "the SNP spent £267,372" against "The Green Party spent £534,249 and the SNP £267,372" is another
    doer's deed; "left £10m to hospitals" against "left £30m, including £10m to hospitals", a part of the sum.)"""
    if not ctx.claim.numbers or not any(c in ctx.card.claim for c in "$£€"):
        return None
    theirs = [(text, found) for text in ctx.texts for found in _deed_sums(text)]
    for deed, value, mine in _deed_sums(ctx.card.claim):
        same = [(text, v, m) for text, (d, v, m) in theirs if d & deed]
        if len(same) != 1 or same[0][1] == value:
            continue
        text, _, m = same[0]
        written = any(_sum_is(o, value) for t in ctx.texts for o in _MONEY.finditer(t))
        later = any(_sum_is(o, value) for o in _MONEY.finditer(text, m.end()))
        doer = _doer_words(ctx.card.claim, mine.start())
        if not written or later or (doer and not doer & _doer_words(text, m.start())):
            continue
        return ctx.said_against(mine.group(0), m.group(0))
    return None


# "ended 2-2", "beat Orm 3-1", "a 2-0 win": a score, after a word that tells a result (a range, "10-15 years", is none).
_SCORE = re.compile(
    r"\b(?:end|ended|ends|finish|finished|finishes|beat|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw"
    r"|draws|drawn|trailed|trailing|led|leading|level|victory|defeat|score|scoreline|result)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:a\s+)?(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?![\d.,%/–-])",
    re.IGNORECASE,
)
# Any score-like pair, as the evidence may write it ("The match finished 2-2 after extra time"; "2-2 after extra time").
_ANY_SCORE = re.compile(r"(?<![\d.,/–-])(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?![\d.,%/–-])")


_RUNNING_SCORE = re.compile(
    r"\s+(?:up|ahead|down|behind|lead|at\s+(?:half[\s-]time|the\s+break|the\s+interval|that\s+point))\b", re.IGNORECASE
)


def _score_changed(ctx: ClaimContext) -> Hit | None:
    """ "The match had ended 3-3 after extra time" against "Rotherham beat Barnsley … The match had ended 2-2 after
    extra time" (a goalkeeper having saved three penalties): a score the evidence never gives, either way round,
    where it gives another — though each of its numbers stands elsewhere."""
    mine = _SCORE.search(ctx.card.claim)
    if mine is None:
        return None
    pair = {(mine.group("a"), mine.group("b")), (mine.group("b"), mine.group("a"))}
    theirs = [(text, m) for text in ctx.texts for m in _ANY_SCORE.finditer(text)]
    if (
        not theirs
        or any((m.group("a"), m.group("b")) in pair for _, m in theirs)
        # (a score on the way to the result tells no result: "putting Rangers 1-0 up", "2-0 at half-time")
        or any(_RUNNING_SCORE.match(text, m.end()) for text, m in theirs)
    ):
        return None
    theirs_at = theirs[0][1]
    said = ctx.card.claim[mine.start("a") : mine.end("b")]
    return ctx.said_against(said, theirs_at.group(0))


# "Nine had been recaptured", "All 12 wild boar had been recaptured", "Four schools will be rebuilt": how many a
# passive deed befell, told first.
_COUNT_DONE_TO = re.compile(
    rf"(?:^|(?<=[.;,]\s)|\b(?:all|only|just)\s+)(?P<n>{_SHARE_COUNT})\s+(?:[a-z-]+\s+){{0,3}}?"
    r"(?:(?:had|have|has)\s+been|will\s+be|would\s+be|were|was|are|is)\s+(?P<verb>[a-z]{3,}(?:ed|en|lt|nt|pt))\b",
    re.IGNORECASE,
)
# Whether a claim tells a passive deed at all (most do not: read no further).
_PASSIVE_AUX = re.compile(r"\b(?:been|be|were|was|are|is)\s+[a-z]{3,}(?:ed|en|lt|nt|pt)\b")


def _count_done_to_changed(ctx: ClaimContext) -> Hit | None:
    """ "All 12 wild boar had been recaptured by Monday evening" against "A herd of 12 wild boar escaped … Nine had been
    recaptured by Monday evening": the claim counts those a passive deed befell otherwise than the evidence does."""
    if not _PASSIVE_AUX.search(ctx.card.claim):
        return None  # (most claims tell no passive deed: read no further)
    for mine in _COUNT_DONE_TO.finditer(ctx.card.claim):
        count, verb = count_value(mine.group("n")), lemmas(mine.group("verb").lower())
        theirs = [
            m for text in ctx.texts for m in _COUNT_DONE_TO.finditer(text) if lemmas(m.group("verb").lower()) & verb
        ]
        if theirs and count is not None and all(count_value(m.group("n")) not in (None, count) for m in theirs):
            return ctx.said_against(mine.group(0), theirs[0].group(0))
    return None


_IN_A_SCORE = re.compile(r"\d\s*[-–]\s*$|^\s*[-–]\s*\d")


def _figure_written(said: str, ctx: ClaimContext, counted: frozenset[str]) -> str | None:
    """How the evidence writes the figure of the claim's words (`said`), the count of `counted`: "on its own" ("to
    handle 12 million passengers a year, up from 7 million" has the 7 million the airport handles now), only "in a
    score" ("beat Vanley 4-3" has no three penalties) or as a count of something else ("14 people are missing" has no
    14 survivors pulled out), or None where it never does (the number rule's finding)."""
    found = None
    for number in ctx.claim.numbers:
        if number.surface not in said:
            continue
        for text, atoms in zip(ctx.texts, ctx.seen, strict=False):
            for other in atoms.numbers:
                if not same_number(number, other):
                    continue
                for m in re.finditer(rf"(?<![\w.,]){re.escape(other.surface)}(?![\w])", text):
                    if _IN_A_SCORE.search(text[max(0, m.start() - 3) : m.start()]) or _IN_A_SCORE.search(
                        text[m.end() : m.end() + 3]
                    ):
                        found = "in a score"
                    elif _counts_another(text, m.end(), counted):
                        found = found or "of something else"
                    else:
                        return "on its own"
    return found


def _counts_another(text: str, end: int, counted: frozenset[str]) -> bool:
    """Whether the figure ending at `end` counts a noun other than `counted` ("14 people" for survivors)."""
    after = _NOUN_AFTER.match(text, end)
    if after is None:
        return False
    noun = after.group("noun").lower()
    return "NOUN" in forms_by_class(noun) and not lemmas(noun) & counted and noun not in SCALES


# "for a second time", "the third time in a decade": how many times a thing has happened, by its ordinal.
_NTH_TIME = re.compile(
    rf"\b(?:the|a)\s+(?P<nth>{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?time\b",
    re.IGNORECASE,
)


def _times_counted_otherwise(ctx: ClaimContext) -> Hit | None:
    """ "The launch was postponed for the first time" against "postponed the launch … for a second time": another
    count of the times it happened, where the evidence counts them."""
    if " time" not in ctx.card.claim:
        return None
    return _counted_otherwise(ctx, _NTH_TIME, lambda m: _nth(m.group("nth")))


# "three goals", "2 tries": a small count and what it counts, right after it.
_SMALL_COUNT_OF = re.compile(
    rf"(?<![\w.,-])(?P<count>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?P<noun>[a-z]{{3,}})\b", re.I
)
_SCORELINE = re.compile(r"(?<![\w.,])\d{1,3}[-–]\d{1,3}(?!\w|[.,]\d)")  # ("3-1", wherever it stands)


def _count_read_from_a_score(ctx: ClaimContext) -> Hit | None:
    """ "Aleks Berg scored three goals" against "Norvik beat Estmark 3-1 …, with two goals from Aleks Berg": the claim's
    count, which the evidence writes only inside a score, given to what the evidence counts otherwise."""
    theirs = [m for text in ctx.texts for m in _SMALL_COUNT_OF.finditer(text)]
    if not theirs or not any(_SCORELINE.search(text) for text in ctx.texts):
        return None
    unscored = " ".join(_SCORELINE.sub(" ", text) for text in ctx.texts)
    for m in _SMALL_COUNT_OF.finditer(ctx.card.claim):
        value, noun = count_value(m.group("count")), lemmas(m.group("noun").lower())
        counts = [o for o in theirs if lemmas(o.group("noun").lower()) & noun]
        if value is None or not counts or any(count_value(o.group("count")) == value for o in counts):
            continue
        if any(count_value(w.text) == value for w in words(unscored)):
            continue  # (the count written outside the score too: the number rules read it there)
        return ctx.said_against(m.group(0), counts[0].group(0))
    return None


def _counted_otherwise(
    ctx: ClaimContext, pattern: re.Pattern[str], count: Callable[[re.Match[str]], float | None]
) -> Hit | None:
    """A count of the claim's by `pattern` against the evidence's, where the evidence gives one and none alike."""
    mine = list(pattern.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [m for text in ctx.texts for m in pattern.finditer(text)]
    for m in mine:
        if theirs and all(count(o) != count(m) for o in theirs):
            return ctx.said_against(m.group(0), theirs[0].group(0))
    return None


# "had lost the application twice", "was stabbed three times": how many times a deed was done, closing its clause
# ("once" elsewhere is as often "formerly": "once home to …").
_TIMES_DONE = re.compile(
    r"\b(?P<n>once|twice|thrice|(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+times)(?=\s*[.,;:]|\s*$)",
    re.IGNORECASE,
)


def _times_done(said: str) -> float:
    """The count of "twice" or "three times"."""
    first = said.split()[0].lower()
    return _TIMES.get(first) or float(first if first.isdigit() else NUMBER_WORDS.get(first, 0))


def _times_done_otherwise(ctx: ClaimContext) -> Hit | None:
    """ "The ombudsman found the council had lost the application once" against "… had lost the family's application
    twice": another count of the times a deed was done, where the evidence counts them."""
    return _counted_otherwise(ctx, _TIMES_DONE, lambda m: _times_done(m.group("n")))


def _counts_agree(mine: float, theirs: float) -> bool:
    """The same count, or one rounded from the other ("1,200" for "1,234")."""
    return mine == theirs or rounds_to(theirs, significant_digits(mine), mine)


_SIDE = r"(?P<side{n}>against|for|in\s+favou?r)"
# "with 31 voting against and 22 in favour", "31 voted against, 22 for": each side's count of a vote.
_VOTE_SIDES = re.compile(
    rf"(?<![\w.,])(?P<a>{_A_COUNT})\s+(?:[a-z]+\s+)?(?:voting|voted)\s+{_SIDE.format(n='a')}\s*(?:,\s*|\s+)(?:and\s+|with\s+)?"
    rf"(?P<b>{_A_COUNT})\s+(?:[a-z]+\s+)?(?:(?:voting|voted)\s+)?{_SIDE.format(n='b')}",
    re.IGNORECASE,
)
_VOTED_SIDE = re.compile(rf"(?<![\w.,])(?P<n>{_A_COUNT})\s+(?:[a-z]+\s+)?(?:voting|voted)\s+{_SIDE.format(n='')}", re.I)


def _side(word: str) -> str:
    return "against" if word.lower() == "against" else "for"


def _vote_sides_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Twenty-two councillors voted against the plan" against "with 31 voting against and 22 in favour": the claim
    gives one side of a vote the other side's count."""
    if "vot" not in ctx.card.claim.lower():
        return None
    mine = list(_VOTED_SIDE.finditer(ctx.card.claim))
    if not mine:
        return None
    for text in ctx.texts:
        for m in _VOTE_SIDES.finditer(text):
            counts = {
                _side(m.group("sidea")): count_value(m.group("a")),
                _side(m.group("sideb")): count_value(m.group("b")),
            }
            if len(counts) != 2 or None in counts.values():
                continue
            for said in mine:
                side, value = _side(said.group("side")), count_value(said.group("n"))
                other = "for" if side == "against" else "against"
                if value != counts[side] and value == counts[other]:
                    return ctx.said_against(said.group(0), m.group(0))
    return None


# "against diesel's 18%": a figure written as one side's own, after its name and "'s".
_OWNED_FIGURE = re.compile(
    r"\b(?P<owner>[A-Za-z][\w-]{2,})['’]s\s+(?P<figure>[$£€]?\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)"
)
_FIGURE_SAID = re.compile(r"(?<![\w.,])[$£€]?(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)")


def _owned_figure_moved(ctx: ClaimContext) -> Hit | None:
    """ "Diesel took 21% of the market" against "electric cars …, taking 21% of the market against diesel's 18%": the
    claim opens on one side and gives it a share the evidence gives another, where the evidence writes the claim's
    side's own share."""
    claim = ctx.card.claim
    if not any("s " in t and ("%" in t or "per" in t) for t in ctx.texts):
        return None  # (no share written as a side's own)
    said = list(_FIGURE_SAID.finditer(claim))
    if len(said) != 1:
        return None
    mine = [said[0].group("figure")]
    opening = {f for w in words(claim)[:3] for f in lemmas(w.lower)}
    for text in ctx.texts:
        for m in _OWNED_FIGURE.finditer(text):
            owner, theirs = m.group("owner").lower(), m.group("figure")
            if not lemmas(owner) & opening or theirs == mine[0]:
                continue
            if any(f.group("figure") == mine[0] for f in _FIGURE_SAID.finditer(text)):
                return ctx.said_against(said[0].group(0), m.group(0))
    return None


_SUM_SAID = r"(?P<sum>[$£€]\d[\d,.]*\s?(?:million|billion|m|bn|k)?)"  # "£200 million", "$4.2m"
# "£200 million over budget": what it cost more than planned, not what it cost.
_OVER_BUDGET = re.compile(rf"{_SUM_SAID}\s+over\s+(?:its\s+|the\s+)?budget", re.IGNORECASE)
_COST_OF = re.compile(
    rf"\bcost(?:s|ing)?\s+(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?(?:of\s+)?{_SUM_SAID}",
    re.IGNORECASE,
)


def _overrun_as_cost(ctx: ClaimContext) -> Hit | None:
    """ "The extension cost £200 million" against "opened … two years late and £200 million over budget": the sum it
    went over by, told as what it cost."""
    if "budget" not in " ".join(ctx.texts).lower() or "budget" in ctx.card.claim.lower():
        return None
    for m in _COST_OF.finditer(ctx.card.claim):
        mine = _digits(m.group("sum"))
        for text in ctx.texts:
            over = next((o for o in _OVER_BUDGET.finditer(text) if _digits(o.group("sum")) == mine), None)
            if over is not None and not any(_digits(c.group("sum")) == mine for c in _COST_OF.finditer(text)):
                return ctx.said_against(m.group(0), over.group(0))
    return None


# A figure and the unit it is of: "20 minutes", "a 12-mile path", "3.5 tonnes".
_UNITS = (
    r"(?:miles|kilometres|kilometers|km)\s+(?:per|an|a)\s+hour|km/h|kph|mph"
    r"|seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|miles?|metres?|meters?|kilometres?|kilometers?|km|feet|foot|ft|yards?|inches|inch|acres?|hectares?"
    r"|tonnes?|tons?|kg|kilos?|kilograms?|grams?|litres?|liters?|gallons?|degrees?|points?"
)
_FIGURE_UNIT = re.compile(rf"(?<![\w.,])(?P<figure>\d[\d,]*(?:\.\d+)?)\s?-?\s?(?P<unit>{_UNITS})\b", re.IGNORECASE)


def _unit_of(unit: str) -> str:
    """A unit's one spelling: "minutes" and "minute" are one, "metres" and "meters"."""
    unit = re.sub(r"\s+", " ", unit.lower()).replace("meter", "metre").replace("liter", "litre")
    if unit.endswith(" hour") or unit == "kph":
        return "mph" if unit.startswith("mile") else "km/h"
    unit = unit if unit in ("mph", "inches") else unit.removesuffix("s")
    return _ONE_SPELLING.get(unit, unit)


_ONE_SPELLING = {
    "feet": "foot",
    "ft": "foot",
    "inches": "inch",
    "km": "kilometre",
    "kilo": "kg",
    "kilogram": "kg",
    "gram": "g",
    "ton": "tonne",
}


def _unit_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Diversions will add up to 20 miles to journeys" against "… up to 20 minutes": the same figure of another unit,
    where the evidence never gives the claim's unit to it."""
    mine = list(_FIGURE_UNIT.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [(m, text) for text in ctx.texts for m in _FIGURE_UNIT.finditer(text)]
    for m in mine:
        figure, unit = _digits(m.group("figure")), _unit_of(m.group("unit"))
        same = [o for o, _ in theirs if _digits(o.group("figure")) == figure]
        if same and not any(_unit_of(o.group("unit")) == unit for o in same):
            return ctx.said_against(m.group(0), same[0].group(0))
    return None


_CURRENCY_BEFORE = re.compile(r"[£$€]\s?$")
_COUNTED_NEXT = re.compile(r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,})\b")


def _as_sum(text: str, m: re.Match[str]) -> bool:
    return _CURRENCY_BEFORE.search(text, max(0, m.start() - 2), m.start()) is not None


def _sum_for_count(ctx: ClaimContext) -> Hit | None:
    """ "handed out bottled water at thirty sites" against "at three sites. … would pay each household £30": a count
    of things whose figure the evidence gives only as a sum of money."""
    claim = ctx.card.claim
    for m in _ANY_COUNT.finditer(claim):
        value = count_value(m.group(0))
        counted = _COUNTED_NEXT.match(claim, m.end())
        if value is None or value < 2 or _as_sum(claim, m) or counted is None:
            continue
        if "NOUN" not in forms_by_class(counted.group("noun")):
            continue
        told = [(o, text) for text in ctx.texts for o in _ANY_COUNT.finditer(text) if count_value(o.group(0)) == value]
        if told and all(_as_sum(text, o) for o, text in told):
            o, text = told[0]
            sum_said = text[o.start() - 1 : o.end()].strip()
            return Hit(f'claim counts "{m.group(0)} {counted.group("noun")}" where the evidence has {value:g} only as '
                       f'a sum ("{sum_said}")', ctx.span_of(sum_said), ctx.home.article.id)  # fmt: skip
    return None


# "needs £30,000 to build a new wing", "is seeking £2m", "hopes to raise £5,000": a sum wanted, not one had.
_WANTED_SUM = re.compile(
    r"\b(?:(?:needs?|needed|requires?|required|seeks?|seeking|wants?|wanted)(?:\s+to\s+(?:save|raise|find|cut))?"
    r"|(?:hopes?|hoped|aims?|aimed|plans?|planned)\s+to\s+(?:save|raise|find|cut)"
    rf"|appealing\s+for|appeal\s+for|target\s+of)\s+(?:about\s+|around\s+|another\s+|a\s+further\s+|at\s+least\s+)?"
    rf"{_SUM_SAID}",
    re.IGNORECASE,
)
# "has raised £30,000", "received £2m": a sum had.
_GOT_SUM = re.compile(
    r"\b(?:raised|collected|received|secured|got|won|given|donated|saved|found)\s+"
    rf"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?{_SUM_SAID}",
    re.IGNORECASE,
)


def _wanted_as_got(ctx: ClaimContext) -> Hit | None:
    """ "The charity has raised £30,000" against "The charity needs £30,000 to build a new wing": the sum the evidence
    gives as wanted, told as had, where the evidence never has that sum had."""
    got = list(_GOT_SUM.finditer(ctx.card.claim))
    if not got or claim_forms(ctx) & (_AIMING | {"need"}):
        return None  # ("needs to raise £30,000", "hopes to secure £2m": wanted in the claim too)
    for m in got:
        mine = _digits(m.group("sum"))
        for text in ctx.texts:
            wanted = next((w for w in _WANTED_SUM.finditer(text) if _digits(w.group("sum")) == mine), None)
            if wanted is not None and not any(_digits(g.group("sum")) == mine for g in _GOT_SUM.finditer(text)):
                return ctx.said_against(m.group(0).rstrip(), wanted.group(0).rstrip())
    return None


# (a figure listed after the first, or a part of it: "left £30m to charity …, including £10m to children's hospitals")
# ("weighed 9kg when it was found and 25kg when it was released": a unit written onto the figure)
_AND_FIGURE = re.compile(r"\b(?P<link>and|including|of\s+which)\s+([$£€]?\d[\d,.]*(?:m|bn|k)?)(?:[a-z]{1,3})?\b")


def _object_moved(ctx: ClaimContext) -> Iterator[Hit]:
    """ "The council pledged $4 million toward rebuilding" against "The council has pledged $1.5 million
    toward rebuilding, less than half of the estimated $4 million cost": the figure is in the evidence,
    but not as what the same doer did with the same verb to the same thing."""
    claim = ctx.card.claim
    if ctx.verbatim or not ctx.claim.numbers:
        return
    printed: set[str] | None = None
    # A verb whose object is a figure: the figure starts within a qualifier's length after it.
    starts = [m.start() for m in _FIGURE_START.finditer(claim)]
    for verb in ctx.claim_words:
        if not any(0 < at - verb.end <= 16 for at in starts):
            continue
        figure = figure_object(claim, verb) if not verb.capitalized and is_content(verb.lower) else None
        if figure is None:
            continue
        if printed is None:
            printed = {_digits(n.surface) for atoms in ctx.seen for n in atoms.numbers}
        if _digits(figure) not in printed:
            continue  # a figure the evidence lacks altogether is the number rule's finding
        forms = lemmas(verb.lower)
        # Cheap first: the evidence's figures after the same verb, before who did it is worked out.
        theirs = [
            (text, other, found)
            for text in ctx.texts
            for other in words(text)
            if (found := figure_object(text, other)) is not None and lemmas(other.lower) & forms
        ]
        if not theirs or any(_digits(found) == _digits(figure) for _, _, found in theirs):
            continue
        mine = figure_deed(claim, verb, " ".join(ctx.texts))
        for text, other, found in theirs:
            if mine is None:
                # No one named does it ("the restructuring is expected to save $90 million a year"): the
                # evidence's only use of the verb with a figure, for the same thing, must have that figure.
                # Or the same common noun does it right before the verb ("A public appeal raised £620,000" against
                # "after a public appeal raised £180,000").
                same = len(theirs) == 1 and (
                    after_figure(claim, verb) == after_figure(text, other) != ""
                    or (figure[:1] in "$£€" and _same_noun_before(claim, verb, text, other))
                )
            else:
                doers, thing = mine
                deed = figure_deed(text, other, claim)
                same = deed is not None and bool(deed[0] & doers) and bool(lemmas(deed[1]) & lemmas(thing or "-"))
            # ("have seized 300 fake designer handbags and 1,000 counterfeit watches": the claim's figure is the deed's
            # too, listed after the first)
            listed = any(
                _digits(m.group(2)) == _digits(figure)
                and (
                    _told_alike(claim, figure, text, m)
                    if m.group("link") == "and"
                    else _part_told(claim, figure, text, m)
                )
                for m in _AND_FIGURE.finditer(text, other.end, other.end + 120)
            )
            if same and not listed:
                yield Hit(f'claim says "{verb.text}" {figure} where the evidence says it of {found}',
                          ctx.span_of(other.text), ctx.home.article.id)  # fmt: skip
                return


# "thousands of commuters", "tens of thousands of commuters": a count told by its scale, and how many of it.
_SCALE_OF_A_COUNT = re.compile(
    r"\b(?:(?P<many>tens|hundreds)\s+of\s+)?(?P<scale>hundreds|thousands|millions)\s+of\s+(?:[a-z-]+\s+)??"
    r"(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _scale_lowered(ctx: ClaimContext) -> Hit | None:
    """ "Thousands of commuters were affected" against "affecting tens of thousands of commuters": the count told a
    scale lower than the evidence's."""
    lowered = ctx.card.claim.lower()
    if "hundreds" not in lowered and "thousands" not in lowered and "millions" not in lowered:
        return None  # (most claims tell no count by its scale: read no further)
    for mine in _SCALE_OF_A_COUNT.finditer(ctx.card.claim):
        if mine.group("many"):
            continue
        noun = lemmas(mine.group("noun").lower())
        m = ctx.evidence_match(
            _SCALE_OF_A_COUNT,
            lambda m, mine=mine, noun=noun: (
                bool(m.group("many"))
                and m.group("scale").lower() == mine.group("scale").lower()
                and bool(lemmas(m.group("noun").lower()) & noun)
            ),
        )
        if m is not None:
            return ctx.said_against(mine.group(0), m.group(0))
    return None


# "Jade Orr, ranked 212th in the world", "Orr is ranked 212th": a place in a ranking and whose it is (by the last word
# of the name before it).
_RANKED = re.compile(
    r"(?P<who>[A-Z][\w'’-]+)(?:,|\s+(?:is|was|are|were))\s+(?:now\s+)?ranked\s+(?:No\.?\s*)?(?P<n>\d+)"
)


def _rank_of_another(ctx: ClaimContext) -> Hit | None:
    """ "Lena Brandt is ranked 212th" against "Jade Orr, ranked 212th in the world, beat the fourth seed Lena Brandt":
    the place the evidence gives one, given to another it names."""
    for mine in _RANKED.finditer(ctx.card.claim):
        for text in ctx.texts:
            theirs = [m for m in _RANKED.finditer(text) if m.group("n") == mine.group("n")]
            if theirs and all(m.group("who") != mine.group("who") for m in theirs) and mine.group("who") in text:
                return ctx.said_against(mine.group(0), theirs[0].group(0))
    return None


_SUM_TO = re.compile(r"([$£€]\d[\d,.]*\s*(?:m|bn|k|million|billion)?)\s+(?:to|for)\s+")


def _whole_given_to_part(ctx: ClaimContext) -> Hit | None:
    """ "He left £30m to children's hospitals" against "left £30m to charity …, including £10m to children's hospitals":
    the whole sum given to what the evidence gives only a part of it."""
    for mine in _SUM_TO.finditer(ctx.card.claim):
        told = _told_after(ctx.card.claim, mine.end())
        if not told:
            continue
        for text in ctx.texts:
            for m in _AND_FIGURE.finditer(text):
                if m.group("link") == "and" or _digits(m.group(2)) == _digits(mine.group(1)):
                    continue
                whole = text[: m.start()]
                if _digits(mine.group(1)) in {_digits(w.group(1)) for w in _SUM_TO.finditer(whole)} and told <= (
                    _told_after(text, m.end())
                ):
                    return ctx.said_against(mine.group(1), m.group(0))
    return None


def _part_told(claim: str, figure: str, text: str, m: re.Match[str]) -> bool:
    """Whether what the claim gives its figure to is what the evidence's part goes to ("£10m to children's hospitals"
    against "including £10m to children's hospitals"; not "£10m to charity")."""
    mine = _told_after(claim, claim.find(figure) + len(figure))
    return bool(mine) and mine <= _told_after(text, m.end())


def _told_alike(claim: str, figure: str, text: str, m: re.Match[str]) -> bool:
    """Whether what the claim tells after its figure, if anything, is told after the evidence's figure listed second
    ("25kg when it was released" is the second of "9kg when it was found and 25kg when it was released"; "25kg when
    it was found" is not)."""
    at = claim.find(figure) + len(figure)
    unit = re.match(r"[a-z]{1,3}\b", claim[at:])
    mine = _told_after(claim, at + (unit.end() if unit else 0))
    return not mine or bool(mine & _told_after(text, m.end()))


def _told_after(text: str, at: int) -> frozenset[str]:
    """The content lemmas of the few words after `at`: what a sum goes to ("to children's hospitals")."""
    return content_lemmas(words(text[at : at + 60]))


_NOUN_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:(?:has|have|had|was|were|is|are)\s+)?$")


def _same_noun_before(claim: str, verb: Word, text: str, other: Word) -> bool:
    """Whether the same common noun stands right before the verb in both, as its doer (a finite verb: "a dinghy
    carrying 105 migrants" describes a dinghy, and news tells of more than one)."""
    if verb.lower.endswith("ing"):
        return False
    mine = _NOUN_BEFORE.search(claim, 0, verb.start)
    theirs = _NOUN_BEFORE.search(text, 0, other.start)
    if mine is None or theirs is None or "NOUN" not in forms_by_class(mine.group(1)):
        return False
    return bool(lemmas(mine.group(1)) & lemmas(theirs.group(1))) and is_content(mine.group(1))


# "voted 51-49", "won 4-1", "a 5–4 ruling": two figures whose order says who had which.
_PAIR = re.compile(
    # A comma may follow ("won 6-4, 3-6, 7-5"), not a digit after it (a thousands comma).
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})*)\s?(?:-|–|—|\bto\b|votes?\s+to\b)\s?(\d{1,3}(?:,\d{3})*)(?![\w]|,\d|\.\d|-\w)"
)


def _pairs_turned(ctx: ClaimContext) -> Iterator[Hit]:
    """ "The Senate voted 49-51" against "the Senate voted 51-49": each figure is in the evidence,
    the other way round, or its second figure is another after the same first ("3-2" against "3-1"). (A pair the
    evidence also gives in the claim's order is the claim's.)"""
    mine = list(_PAIR.finditer(ctx.card.claim)) if not ctx.verbatim else []
    if not mine:
        return
    theirs = {_figures_of(m): m.group(0) for t in ctx.texts for m in _PAIR.finditer(t)}
    for m in mine:
        a, b = _figures_of(m)
        if (a, b) in theirs:
            continue
        if a != b and (b, a) in theirs:
            written = theirs[(b, a)]
        else:
            # "beat Rovers 3-2" against "beat Rovers 3-1": the same first figure with another second is
            # another result, though "two" is elsewhere in the evidence. (Not a shared second figure: a
            # match that was 1-0 at half-time may end 4-0.)
            written = next((w for (c, d), w in theirs.items() if c == a and d != b), None)
            if written is None or _goals_down(m, ctx):
                continue
        yield ctx.said_against(m.group(0), written)


_DOWN_AFTER = re.compile(r"\s+down\b", re.IGNORECASE)


def _goals_down(pair: re.Match[str], ctx: ClaimContext) -> bool:
    """ "fought back from 2-0 down to draw" against "came from two goals down to draw 2-2": the score a side trailed
    by, which the evidence gives as the goals it was down."""
    a, b = (float(f) for f in _figures_of(pair))
    if not _DOWN_AFTER.match(ctx.card.claim, pair.end()):
        return False
    behind = abs(a - b)
    return any(count_value(m.group("n")) == behind for t in ctx.texts for m in _GOALS_DOWN.finditer(t))


_GOALS_DOWN = re.compile(rf"\b(?P<n>\d+|{SMALL_COUNT_WORDS})\s+goals?\s+down\b", re.IGNORECASE)


# "cut waiting times from ten weeks to three": where a figure went from and to, in figures or words.
_WENT_FROM_TO = re.compile(
    rf"\bfrom\s+(?P<a>\d[\d,.]*|{SMALL_COUNT_WORDS})\s*(?:[a-z%]+\s+)?to\s+(?P<b>\d[\d,.]*|{SMALL_COUNT_WORDS})\b",
    re.IGNORECASE,
)


def _from_to(text: str) -> dict[tuple[float, float], str]:
    found = {}
    for m in _WENT_FROM_TO.finditer(text):
        a, b = (count_value(m.group(g).lower().replace(",", "")) for g in ("a", "b"))
        if a is not None and b is not None and a != b:
            found[(a, b)] = m.group(0)
    return found


def _from_to_turned(ctx: ClaimContext) -> Iterator[Hit]:
    """ "cut waiting times from three weeks to ten" against "from ten weeks to three": the same two figures, the other
    way round."""
    mine = _from_to(ctx.card.claim)
    if not mine:
        return
    theirs = {k: v for text in ctx.texts for k, v in _from_to(text).items()}
    for (a, b), said in mine.items():
        if (a, b) not in theirs and (b, a) in theirs:
            yield ctx.said_against(said, theirs[(b, a)])
            return


def _figures_of(pair: re.Match[str]) -> tuple[str, str]:
    return pair.group(1).replace(",", ""), pair.group(2).replace(",", "")


def granularity(mention: DateMention) -> str:
    if mention.key.startswith(("weekday", "day")) or len(mention.key) in (7, 10):
        return "day"
    return "month" if mention.key.startswith("--") or len(mention.key) == 7 else "year"


def date_supported(mention: DateMention, others: list[DateMention]) -> bool:
    for other in others:
        if mention.key == other.key:
            return True
        if mention.resolved and other.resolved and other.resolved.startswith(mention.resolved):
            return True
        # "in November" is supported by "November 14, 2023"; "April 26" by "2024-04-26". (A date the evidence
        # writes, not one it counts from the article's: "last week" in an article of January is no "until January")
        if (
            mention.key.startswith("--")
            and other.key[:1].isdigit()
            and other.resolved
            and other.resolved[4:].startswith(mention.key[1:])
        ):
            return True
        # "in April" by "from 1 April" where no year is given either side
        if mention.key.startswith("--") and other.key.startswith(mention.key + "-"):
            return True
        # "next April", "in October" by "in April next year", "October next year": a month the claim gives no year
        if (
            mention.key.startswith("--")
            and len(mention.key) == 4
            and other.key.startswith(mention.key)
            and other.key.endswith("y")
        ):
            return True
        # "next week" is supported by "from next Monday"
        if mention.key == "next-week" and other.key.startswith("weekday-") and other.surface.lower().startswith("next"):
            return True
        if mention.key.startswith("weekday-") and other.resolved and len(other.resolved) == 10:
            day = parse_date(other.resolved)
            if day is not None and day.weekday() == int(mention.key.split("-")[1]):
                return True
    return False


# "2007–11", "2001 -- 07": a range of years whose end keeps only its last two digits.
_SHORT_RANGE = re.compile(r"\b(?P<century>1[89]|20)(?P<start>\d{2})\s*(?:-{1,2}|–|—)\s*(?P<end>\d{2})\b(?![-–—]?\d)")


def _short_range_years(text: str) -> dict[str, str]:
    """The end of each range of years `text` writes short, as written -> the year it stands for ("11" -> "2011"),
    the first range's where two end alike."""
    years: dict[str, str] = {}
    for m in _SHORT_RANGE.finditer(text):
        if m.group("end") > m.group("start"):
            years.setdefault(m.group("end"), m.group("century") + m.group("end"))
    return years


def _range_ends(texts: list[str]) -> set[str]:
    return {year for text in texts for year in _short_range_years(text).values()}


def _short_year_written_out(number: NumberAtom, ctx: ClaimContext) -> bool:
    """ "the 2018–19 academic year" against "the 2018-2019 academic year": the end of a range of years written short is
    the year the evidence writes out."""
    year = _short_range_years(ctx.card.claim).get(number.surface)
    return year is not None and any(re.search(rf"(?<![\d.,]){year}(?![\d.,])", text) for text in ctx.texts)


def _alike(mention: DateMention, other: DateMention) -> bool:
    """Dates the claim's may be read against: of the same granularity, or, for a year, a relative date
    of the evidence that the article's date places in a year ("in 2016" against the "Tuesday" of an
    article of 8 November 2017). A full date written out may be another event's than the claim's year."""
    if granularity(other) == granularity(mention):
        return True
    relative = other.resolved is not None and not other.key[:1].isdigit()
    return mention.key.isdigit() and len(mention.key) == 4 and relative


_NEXT_DAY = re.compile(r"\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)


def _the_next_day(mention: DateMention, ctx: ClaimContext) -> bool:
    """ "found on Wednesday morning" against "escaped on Tuesday … was found … the next morning": the weekday after
    the one the evidence gives, which it tells as "the next day" (or morning, or the following one) after it."""
    if not mention.key.startswith("weekday-"):
        return False
    before = f"weekday-{(int(mention.key.removeprefix('weekday-')) - 1) % 7}"
    for atoms, text in zip(ctx.seen, ctx.texts, strict=False):
        for d in atoms.dates:
            if d.key == before and _NEXT_DAY.search(text, text.find(d.surface) + len(d.surface)):
                return True
    return False


_THIS_YEAR = re.compile(r"^this\s+year(?:['’]s)?$", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)


def _this_year_against_last(mention: DateMention, ctx: ClaimContext) -> bool:
    """ "This year's walk raised more than twice as much as last year's" against "… more than double last year's
    total": the present the evidence compares last year with, which the claim names as the evidence need not."""
    return (
        bool(_THIS_YEAR.match(mention.surface.strip()))
        and bool(_LAST_YEAR.search(ctx.card.claim))
        and any(_LAST_YEAR.search(text) for text in ctx.texts)
    )


def _unsupported_dates(ctx: ClaimContext) -> Iterator[tuple[DateMention, list[str]]]:
    found = [d for a in ctx.seen for d in a.dates]
    ends: set[str] | None = None
    years = [d for d in found if granularity(d) == "year"]
    for mention in ctx.claim.dates:
        # A year is not supported by a weekday of the report ("rose to 210,000 last year, … figures showed on
        # Thursday" does not date the rise this year) where the evidence gives years of its own.
        supporters = found
        if years and granularity(mention) == "year":
            supporters = [d for d in found if not d.key.startswith(("weekday", "day"))]
        if date_supported(mention, supporters):
            continue
        if mention.key.isdigit() and len(mention.key) == 4:
            ends = _range_ends(ctx.texts) if ends is None else ends
            if mention.key in ends:
                continue
        if mention.key.isdigit() and len(mention.key) == 4 and _counted_back(int(mention.key), ctx):
            continue
        if _the_next_day(mention, ctx) or _this_year_against_last(mention, ctx) or _span_back_told(mention, ctx):
            continue
        if _first_month_of_a_span(mention, ctx):
            continue
        if len(mention.key) == 10 and any(d.key == "--" + mention.key[5:] and d.resolved is None for d in found):
            # "April 9, 2011" against an undated article's "April 9th": the day agrees, the year is not given.
            yield mention, []
            continue
        yield mention, [d.surface for d in found if _alike(mention, d)]


# "the three months to August": a span of months, told by the month it ends in.
_MONTHS_TO = re.compile(
    r"\b(?P<count>two|three|four|five|six|\d{1,2})\s+months\s+(?:to|ending\s+in|up\s+to)\s+(?P<month>[A-Z][a-z]+)\b"
)


def _first_month_of_a_span(mention: DateMention, ctx: ClaimContext) -> bool:
    """ "in the June-to-August quarter" against "in the three months to August": the month a span of months the
    evidence tells by its end begins in."""
    month = MONTHS.get(mention.surface.lower())
    if month is None:
        return False
    for text in ctx.texts:
        for m in _MONTHS_TO.finditer(text):
            count, end = count_value(m.group("count")), MONTHS.get(m.group("month").lower())
            if count and end and (end - int(count)) % 12 + 1 == month:
                return True
    return False


_SPAN_AGO = re.compile(r"^(?P<span>\S+\s+(?:days?|weeks?|months?|years?|decades?))\s+ago$", re.IGNORECASE)


def _span_back_told(mention: DateMention, ctx: ClaimContext) -> bool:
    """ "The old bridge was demolished three years ago" against "a new bridge opened on Monday, three years after the
    old one was demolished": the same span back from the news, told from the other end."""
    # (the claim's deed is the one at the other end: "rated outstanding, two years after it was judged to require
    # improvement" puts the judging two years back, not the rating)
    verbs = claim_verbs(ctx)
    return any(
        any(lemmas(w.lower) & verbs for w in words(re.split(r"[,.;:]", text[t.end() :])[0]))
        for text, t in _spans_from_the_other_end(mention, ctx)
    )


def _spans_from_the_other_end(mention: DateMention, ctx: ClaimContext) -> list[tuple[str, re.Match[str]]]:
    """Where the evidence tells the claim's span back from the news from its other end ("two years after …")."""
    m = _SPAN_AGO.match(mention.surface)
    if m is None:
        return []
    span = re.escape(" ".join(m.group("span").split())).replace(r"\ ", r"\s+")
    told = re.compile(rf"\b{span}\s+(?:after|since|on\s+from)\b", re.IGNORECASE)
    return [(text, t) for text in ctx.texts for t in told.finditer(text)]


def _span_back_of_another(ctx: ClaimContext) -> Hit | None:
    """ "The school was rated outstanding two years ago" against "has been rated outstanding, two years after it was
    judged to require improvement": the span back from the news the evidence gives another deed."""
    for mention in ctx.claim.dates:
        if (found := _spans_from_the_other_end(mention, ctx)) and not _span_back_told(mention, ctx):
            t = found[0][1]
            return Hit(f'claim says "{mention.surface}" where the evidence says "{t.group(0)}" another deed',
                       ctx.span_of(t.group(0)), ctx.home.article.id)  # fmt: skip
    return None


@register("FC302", "date-mismatch", UNSUPPORTED, "a date in the claim differs from the evidence's date")
def dates_changed(ctx: ClaimContext) -> Iterator[Hit]:
    changed = False
    for mention, alike in _unsupported_dates(ctx):
        if alike:
            changed = True
            yield Hit(
                f'date "{mention.surface}" not in evidence (evidence says {surfaces(alike)})',
                ctx.span_of(alike[0]),
                ctx.home.article.id,
            )
    if not changed and (
        hit := _dated_from_it(ctx)
        or _span_back_of_another(ctx)
        or _bound_turned(ctx)
        or _part_of_day_changed(ctx)
        or _date_of_another_deed(ctx)
        or _year_of_another_thing(ctx)
        or _date_of_another_figure(ctx)
    ):
        yield hit


# "from January", "until 3 March": a date that opens a span, or one that closes it.
_BOUND_BEFORE = re.compile(
    # (not "by": "banned by 2030" is what "a ban from 2030" says)
    r"\b(?P<bound>from|starting|since|after|until|till|to|before|(?:start|starts|begin|begins)\s+in"
    # ("The disruption ended on Saturday": a span told by its end, against "a month of disruption from Saturday")
    r"|(?P<ended>end|ends|ended|finish|finishes|finished)(?:\s+(?:on|in))?)\s+"
    r"(?:at\s+least\s+)?(?:the\s+(?:start|end)\s+of\s+)?$",
    re.IGNORECASE,
)
_CLOSES = frozenset({"until", "till", "to", "before"})
_ENDED_BEFORE = re.compile(r"\b(?:end|ends|ended|finish|finishes|finished)\s+(?:(?:on|in)\s+)?\S*$", re.IGNORECASE)
# A deed that ends something, which a date opens: "will scrap parking charges from April".
_ENDING_DEED = re.compile(
    r"\b(?:scrap\w*|abolish\w*|ax(?:e|es|ed|ing)|end(?:s|ed|ing)?|stop\w*|drop\w*|remov\w*|lift\w*|halt\w*|ceas\w*"
    r"|withdraw\w*|no\s+longer|free)\b",
    re.IGNORECASE,
)
_OPENS_ALONE = frozenset({"from", "since", "after"})  # (the bounds the date reader takes into the date's own words)


def _bound_of(text: str, mention: DateMention) -> tuple[str, int] | None:
    """ "opens" or "closes" for a date written after a word that bounds a span that way, with where the words of the
    bound and the date begin; None for a date no such word bounds."""
    m = _BOUND_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if m is not None:
        return ("closes" if m.group("ended") or m.group("bound").lower() in _CLOSES else "opens"), m.start()
    # (the date's own words may open on the bound: "until January" is read as one date)
    first = mention.surface.split()[0].lower() if " " in mention.surface else ""
    if first in _CLOSES or first in _OPENS_ALONE:
        return ("closes" if first in _CLOSES else "opens"), mention.start
    return None


# "Tuesday evening", "on Monday night", "yesterday morning": a day, then which part of it.
_PARTS_OF_A_DAY = "morning|afternoon|evening|night|lunchtime|overnight"
_DAY_PART = re.compile(
    r"\b(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow)(?:['’]s)?\s+"
    rf"(?P<part>{_PARTS_OF_A_DAY})\b",
    re.IGNORECASE,
)
_DAY_PART_HINT = re.compile(_PARTS_OF_A_DAY, re.IGNORECASE)
_PARTS_ALIKE = {"evening": "night", "night": "night", "overnight": "night"}  # "Monday evening" may be "Monday night"


def _part_of_day_changed(ctx: ClaimContext) -> Hit | None:
    """ "Trains were halted for most of Tuesday evening" against "… for most of Tuesday morning": the same day, another
    part of it. (Only where the evidence gives that day a part, and none the claim's.)"""
    if not _DAY_PART_HINT.search(ctx.card.claim):
        return None  # (no part of a day in the claim: read no further)
    mine = list(_DAY_PART.finditer(ctx.card.claim))
    if not mine:
        return None
    theirs = [m for text in ctx.texts for m in _DAY_PART.finditer(text)]
    for m in mine:
        day, part = m.group("day").lower(), m.group("part").lower()
        same_day = [o for o in theirs if o.group("day").lower() == day]
        if any(re.search(rf"\b{part}\b", text, re.IGNORECASE) for text in ctx.texts):
            continue  # "on Tuesday morning … back to normal by the evening": the evening of that day
        if same_day and all(
            _PARTS_ALIKE.get(o.group("part").lower(), o.group("part").lower()) != _PARTS_ALIKE.get(part, part)
            for o in same_day
        ):
            other = same_day[0]
            return Hit(
                f'date "{m.group(0)}" not in evidence (evidence says "{other.group(0)}")',
                ctx.span_of(other.group(0)),
                ctx.home.article.id,
            )
    return None


def _same_date(a: DateMention, b: DateMention) -> bool:
    return (a.resolved is not None and a.resolved == b.resolved) or (bool(a.key) and a.key == b.key)


def _bound_turned(ctx: ClaimContext) -> Hit | None:
    """ "The bridge will close to cars until January" against "will be closed to cars for 18 months from January":
    the date the evidence opens a span with, told as where it ends (or the other way)."""
    if not ctx.claim.dates:
        return None
    for mine in ctx.claim.dates:
        bound = _bound_of(ctx.card.claim, mine)
        if bound is None:
            continue
        same = [(text, d) for text, atoms in zip(ctx.texts, ctx.seen, strict=False) for d in atoms.dates
                if _same_date(mine, d)]  # fmt: skip
        theirs = [(text, d, other) for text, d in same if (other := _bound_of(text, d)) is not None]
        if _ENDED_BEFORE.search(ctx.card.claim, 0, mine.start + 1) and any(
            _ENDING_DEED.search(text, max(0, d.start - 80), d.start) for text, d in same
        ):
            continue  # ("charges would end in April" is what "will scrap parking charges … from April" does then)
        if same and len(theirs) == len(same) and all(other[0] != bound[0] for _, _, other in theirs):
            text, d, other = theirs[0]
            told_as = ctx.card.claim[bound[1] : mine.end].rstrip(".,;")
            return ctx.said_against(told_as, text[other[1] : d.end].rstrip(".,;"))
    return None


_DATE_REACH = 40  # characters: "arrested a 23-year-old man on Tuesday" dates the arrest


def _dated_deeds(text: str, dates: list[DateMention]) -> list[tuple[frozenset[str], DateMention, str]]:
    """Each deed `text` dates: the lemmas of the verb, the first date after it within a few words with no
    other verb between, and the words from the verb to the date."""
    found = []
    for word in words(text):
        # The date first: most of a sentence dates nothing, and a word's classes cost a dictionary look-up.
        after = next((d for d in dates if word.end <= d.start <= word.end + _DATE_REACH), None)
        if after is None:
            continue
        forms = forms_by_class(word.lower)
        if "VERB" not in forms or "NOUN" in forms or "AUX" in forms or not is_content(word.lower):
            continue
        if word.lower in _MOSTLY_LINKS:
            continue
        between = text[word.end : after.start]
        if re.search(r"[,;]|\b(?:after|before|when|while|and|as|since|until|that|was|were|is|are|be|been|will|would"
                     r"|had|has|have|to)\b", between):  # fmt: skip
            continue
        if any("VERB" in forms_by_class(w.lower) and "NOUN" not in forms_by_class(w.lower) for w in words(between)
               if is_content(w.lower) and w.lower not in _MOSTLY_LINKS | _PARTICLES):  # fmt: skip
            continue
        found.append((lemmas(word.lower), after, text[word.start : after.end]))
    return found


# Words the dictionary has as verbs that news writes as links: "overturned near Alcott on Monday" dates the overturning.
_MOSTLY_LINKS = frozenset("near past round like inside outside behind beyond".split())
_TAKE_PLACE = re.compile(r"(?:take|takes|took|taken|taking)\s+place\b", re.IGNORECASE)
# A verb's particle: "was set up on Friday" dates the setting up.
_PARTICLES = frozenset("up down off out back".split())


def _date_of_another_deed(ctx: ClaimContext) -> Hit | None:
    """ "A man was arrested on Saturday after a woman was stabbed" against "Police arrested a man on Tuesday
    after a woman was stabbed … on Saturday night": the date is the evidence's, but of another deed."""
    if not ctx.claim.dates:
        return None
    mine = _dated_deeds(ctx.card.claim, ctx.claim.dates)
    if not mine:
        return None
    theirs = [
        deed for text, atoms in zip(ctx.texts, ctx.seen, strict=False) for deed in _dated_deeds(text, atoms.dates)
    ]
    for forms, mention, said in mine:
        if _TAKE_PLACE.match(said):
            continue  # ("The handover took place … on Monday": an event happening, no taking to date)
        # Only a date of the same kind: "five years ago" may be the claim's "in 2009".
        same_deed = [(d, w) for f, d, w in theirs if f & forms]
        if not same_deed:
            # "The launch was scrubbed on Tuesday" against "lifted off on Tuesday after two earlier attempts were
            # scrubbed": the date is another deed's, and the claim's deed is told only as what came before it.
            if any(date_supported(mention, [d]) for _, d, _ in theirs) and (earlier := _told_as_earlier(forms, ctx)):
                return ctx.said_against(said, earlier)
            continue
        if any(date_supported(mention, [d]) or not _alike(mention, d) for d, _ in same_deed):
            continue
        # The evidence dates this deed otherwise, and the claim's date (which it writes, or FC302 would have
        # told) of something else: "were cancelled on Wednesday …; the worst would pass by Thursday afternoon".
        # (A deed told in the past on both sides: a word the dictionary has only as a verb may be a noun, "a winter
        # flu jab this year".)
        # (Nor a day that opens a name: "featured in the Sunday Times".)
        if all(_told_done(w) for w in (said, same_deed[0][1])) and not _NAME_NEXT.match(ctx.card.claim, mention.end):
            return ctx.said_against(said, same_deed[0][1])
        if any(date_supported(mention, [d]) for f, d, _ in theirs if not f & forms):
            return ctx.said_against(said, same_deed[0][1])
    return None


_NAME_NEXT = re.compile(r"\s+[A-Z]")


def _told_done(said: str) -> bool:
    """Whether the words open on a verb's past ("cancelled on Wednesday")."""
    first = said.split()[0].lower()
    return bool(inflected_from(first, "VBD") or inflected_from(first, "VBN"))


_BE_BEFORE = re.compile(r"\b(?:was|were|been|had|has|have)\s+$", re.IGNORECASE)
_EARLIER_CLAUSE = re.compile(r"\b(?:after|following|since)\s+(?P<clause>[^.;,()]{3,80})", re.IGNORECASE)


def _told_as_earlier(forms: frozenset[str], ctx: ClaimContext) -> str | None:
    """The evidence's words where a deed of `forms` is told in a clause of what came before ("after two earlier
    attempts were scrubbed"), and nowhere else."""
    found = None
    for text in ctx.texts:
        clauses = list(_EARLIER_CLAUSE.finditer(text))
        for w in words(text):
            # (a verb, not a noun of the same word: "following a Tuesday PMI report" reports nothing)
            if lemmas(w.lower) & forms and (
                _BE_BEFORE.search(text, 0, w.start) or set(forms_by_class(w.lower)) == {"VERB"}
            ):
                inside = next((m for m in clauses if m.start("clause") <= w.start < m.end()), None)
                if inside is None:
                    return None
                found = found or inside.group(0)
    return found


# "2.3% in April", "£4.1 billion in 2023": a figure and the time it is of, written right after it.
# A time a figure is of: a month (and year), a year, a quarter.
_TIME_OF_A_FIGURE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d|the\s+(?:first|second|third|fourth)\s+quarter"
)
# A figure as written, with its percent or scale: "2.3%", "£4.1 billion".
_FIGURE = r"[$£€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|(?:percent|per cent|million|billion|bn|m)\b))?"
_FIGURE_IN = re.compile(
    # ("the 25.4% of 2019": a year's figure; "the £65 million it forecast in June": the time of what it says of it)
    rf"(?P<figure>{_FIGURE})"
    # ("46 pairs in 2020": one word of what it counts between)
    r"(?:\s+(?:it|they|he|she)\s+[a-z]+|\s+(?!(?:in|of|a|an|the)\b)[a-z]{3,})?\s+(?:in|of)\s+"
    rf"(?P<when>{_TIME_OF_A_FIGURE})\b"
)
_WHEN = re.compile(rf"\b(?:{_TIME_OF_A_FIGURE})\b")
# "up from 260 a year ago": a figure, then how long ago it stood. (Not "rose by 12% last year to £6.2bn": a
# "last year" after a figure dates the move as much as the figure.)
_FIGURE_THEN = re.compile(
    rf"(?<![\w.,])(?P<figure>{_FIGURE})\s+"
    r"(?P<when>(?:a|an|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier))\b",
    re.IGNORECASE,
)

# "fell by 3,000 in October to 21,500": the level a move reached is of the move's time too.
# (not "from 2.6% in September to 2.1% in October": a figure of its own time, each)
_MOVED_THEN_TO = re.compile(
    rf"(?<![\w.,])(?<!from\s){_FIGURE}\s+(?:in|of)\s+(?P<when>{_TIME_OF_A_FIGURE}),?\s+to\s+(?P<figure>{_FIGURE})(?<!,)"
    rf"(?!\s+(?:in|of)\s+(?:{_TIME_OF_A_FIGURE}))",
    re.IGNORECASE,
)


_LAST_SPAN = r"(?:last|the\s+previous)\s+(?:year|month|week|summer|winter|spring|autumn|season|quarter)"
_A_LAST_SPAN = re.compile(_LAST_SPAN, re.IGNORECASE)
# "2.1 million passengers this summer, up from 1.7 million last year": where a figure came from dates that figure.
_CAME_FROM_THEN = re.compile(
    rf"\b(?:up|down)\s+from\s+(?P<figure>{_FIGURE})\s+(?:(?:in|during|over)\s+)?(?P<when>{_LAST_SPAN})\b", re.I
)
# "1,200 operations last year, down from 1,500 the year before": where a figure came from, a span before the one
# the sentence told first.
_CAME_FROM_BEFORE = re.compile(
    rf"\b(?:up|down)\s+from\s+(?P<figure>{_FIGURE})\s+(?P<when>the\s+(?:year|month|week|quarter|season)\s+before"
    r"|a\s+(?:year|month|week|quarter)\s+(?:earlier|before))\b",
    re.I,
)
# "had 2.1 million passengers last year": in a claim, a figure's own time (in the evidence "rose by 12% last year to
# £6.2bn" dates the move; only where a figure came from is read there).
_FIGURE_LAST = re.compile(
    rf"(?<![\w.,])(?P<figure>{_FIGURE})(?:\s+[a-z]{{3,}}){{0,2}}\s+(?:(?:in|during|over)\s+)?(?P<when>{_LAST_SPAN})\b",
    re.I,
)


def _figures_dated(text: str, *, claim: bool = False) -> list[tuple[str, str, str]]:
    """(figure, when, the words) for each figure `text` dates right after it."""
    return [
        (re.sub(r"\s+", " ", m.group("figure")).lower(), re.sub(r"\s+", " ", m.group("when")).lower(), m.group(0))
        for m in chain(
            _FIGURE_IN.finditer(text),
            _FIGURE_THEN.finditer(text),
            _MOVED_THEN_TO.finditer(text),
            (_FIGURE_LAST if claim else _CAME_FROM_THEN).finditer(text),
        )
    ]


def _date_of_another_figure(ctx: ClaimContext) -> Hit | None:
    """ "Inflation fell to 2.3% in March" against "fell to 2.3% in April from 2.6% in March": the claim dates
    a figure with the time the evidence gives another figure, and the evidence dates this one otherwise or not at
    all."""
    if not ctx.claim.numbers or not (ctx.claim.dates or _A_LAST_SPAN.search(ctx.card.claim)):
        return None  # ("the previous quarter" is no date the date reader resolves)
    mine = _figures_dated(ctx.card.claim, claim=True)
    if not mine:
        return None
    # (read as the time each figure is of: the claim's time, given the evidence's figure of another)
    theirs = [(when, figure, said) for text in ctx.texts for figure, when, said in _figures_dated(text)]
    found = given_to_another([(when, figure, said) for figure, when, said in mine], theirs, operator.eq)
    if found:
        return ctx.said_against(*found)
    # "profits of £40 million in June" against "about £40 million, down from the £65 million it forecast in June": a
    # figure the evidence gives with no time, put at the time it gives another figure only
    if found := _figure_from_before(mine, ctx.texts):
        return ctx.said_against(*found)
    dated = {figure for _, figure, _ in theirs}
    for figure, when, said in mine:
        then = [words for w, f, words in theirs if w == when]
        if (
            then
            and figure not in dated
            and any(re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d)", text, re.IGNORECASE) for text in ctx.texts)
        ):
            return ctx.said_against(said, then[0])
    return None


def _figure_from_before(mine: list[tuple[str, str, str]], texts: list[str]) -> tuple[str, str] | None:
    """ "1,500 operations last year" against "1,200 operations last year, down from 1,500 the year before": the claim
    dates a figure with the span the evidence told first, where the evidence has it come from the span before."""
    for figure, when, said in mine:
        for text in texts:
            for m in _CAME_FROM_BEFORE.finditer(text):
                if re.sub(r"\s+", " ", m.group("figure")).lower() != figure:
                    continue
                opening = re.split(r"[.;!?](?:\s|$)", text[: m.start()])[-1]
                if re.search(r"\b" + r"\s+".join(map(re.escape, when.split())) + r"\b", opening, re.I):
                    return said, m.group(0)
    return None


# "a 2014 Egyptian film comedy": a year the evidence gives as a thing's, in the words after it.
_YEAR_OF = re.compile(
    r"\b(?:a|an|the|its|his|her|their)[ \t]+(?P<year>(?:1[89]|20)\d\d)[ \t]+(?P<thing>(?:[\w-]+[ \t]+){0,3}[\w-]+)"
)
# Words for whatever a year's thing was: "the 2021 event" may be "the 2021 world championships".
_ANY_THING = frozenset("event edition one version season year game games tournament competition contest".split())
# "a debut album released in 2014", "the album, first released in 2014": the thing a claim's year dates.
_THING_DATED = re.compile(
    r"\b(?P<thing>[a-z][\w-]*),?\s+(?:(?:was|were|first|originally)\s+)?(?:released|published|founded|built|formed"
    r"|launched|opened|premiered|established|written|recorded|issued|produced|made|aired|broadcast)\s+in\s+"
    r"(?P<year>(?:1[89]|20)\d\d)\b"
)


def _thing_words(said: str) -> list[str]:
    """The words naming a year's thing: up to the first that is not content ("album" of "album by a rapper")."""
    return [w.text for w in takewhile(lambda w: is_content(w.lower), words(said))]


def _year_of_another_thing(ctx: ClaimContext) -> Hit | None:
    """ "Excuse My French is a debut album released in 2014" against "Excuse My French is the debut studio
    album by French Montana. Excuse My French is a 2014 Egyptian film": the evidence gives the year only as
    another thing's, and says the claim's thing without it."""
    if not ctx.claim.dates or not _YEAR_WRITTEN.search(ctx.card.claim):
        return None
    for m in chain(_YEAR_OF.finditer(ctx.card.claim), _THING_DATED.finditer(ctx.card.claim)):
        named = [m.group("thing").split()[-1]] if m.re is _THING_DATED else _thing_words(m.group("thing"))
        mine = frozenset(f for w in named if w.islower() for f in lemmas(w)) - _ANY_THING
        year = m.group("year")
        theirs: set[str] = set()
        said = None
        for text in ctx.texts:
            if year not in text:
                continue
            given = [g for g in _YEAR_OF.finditer(text) if g.group("year") == year]
            if len(given) != text.count(year):
                return None  # the year also stands on its own: it may date anything
            theirs |= {f for g in given for w in _thing_words(g.group("thing")) for f in lemmas(w.lower())}
            said = said or given[0].group(0)
        if said is None or mine & theirs:
            continue
        elsewhere = any(
            mine & lemmas(w.lower) for text in ctx.texts if year not in text for w in words(text) if not w.capitalized
        )
        if elsewhere:
            return ctx.said_against(m.group(0), said)
    return None


# "a similar rise was approved in 2019, two years after the line opened": the date is of the approval;
# the opening is dated from it.
_OFFSET = re.compile(
    # (not a length: "banned for four years after testing positive … in June" dates the test, not the ban's end)
    # ("last week after a cyber attack" dates a deed by the calendar; it counts nothing from the attack)
    # ("its lowest level in six months after the group agreed …" is a length too)
    r"(?<!\bfor )(?<!\bin )\b(?!(?:last|this|next|that|the|same|each|every|previous|following)\b)(?P<count>\w+)\s+"
    r"(?P<unit>years?|months?|weeks?|days?|decades?)\s+(?P<way>after|before)\s+"
    r"(?P<clause>[^.;,()]{3,60})",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:after|before|since|later|earlier|ago|prior)\b", re.IGNORECASE)


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _counted_back(year: int, ctx: ClaimContext) -> bool:
    """ "The line opened in 2017" against "approved in 2019, two years after the line opened": the year the
    evidence counts a deed of the claim's back to."""
    if not _counts_from_another(ctx):
        return False
    deeds = claim_verbs(ctx)
    for text in ctx.texts:
        for m in _OFFSET.finditer(text):
            count = count_value(m.group("count"))
            unit = m.group("unit").lower()
            if count is None or not unit.startswith("year") or not _tells(m.group("clause"), deeds):
                continue
            sign = 1 if m.group("way").lower() == "after" else -1
            if any(int(y) - sign * count == year for y in _YEAR_WRITTEN.findall(text)):
                return True
    return False


def _counts_from_another(ctx: ClaimContext) -> bool:
    # two substring searches before the regular expression, which most evidence never needs
    return any(" after " in t or " before " in t for t in ctx.texts) and ctx.evidence_match(_OFFSET) is not None


def _tells(clause: str, deeds: frozenset[str]) -> bool:
    return any(lemmas(w.lower) & deeds for w in words(clause) if is_content(w.lower))


def _dated_from_it(ctx: ClaimContext) -> Hit | None:
    """ "The line opened in 2019" against "… approved in 2019, two years after the line opened": the claim
    gives a deed the date the evidence counts it back from."""
    if not ctx.claim.dates or _RELATIVE.search(ctx.card.claim) or not _counts_from_another(ctx):
        return None  # most cards: no date the evidence counts from another
    # The deed the claim dates, where it writes one ("pool opened on Saturday" dates the opening, not the pool);
    # else any word of the claim that may be a verb.
    dated = _dated_deeds(ctx.card.claim, ctx.claim.dates)
    deeds = frozenset().union(*(forms for forms, _, _ in dated)) if dated else claim_verbs(ctx)

    def counts_back(m: re.Match[str]) -> bool:
        return any(d.surface in m.string for d in ctx.claim.dates) and _tells(m.group("clause"), deeds)

    m = ctx.evidence_match(_OFFSET, counts_back)
    if m is None:
        return None
    dated = next(d for d in ctx.claim.dates if d.surface in m.string)
    return ctx.said_against(dated.surface, m.group(0).strip())


def _dated_elsewhere(mention: DateMention, ctx: ClaimContext) -> bool:
    """ "Duran won their first fight in 1980" against evidence about the fight that gives no year: the
    sentence of the article that dates the same thing ("Duran won the first fight in 1980 in Montreal")."""

    def where(found: ClaimAtoms) -> int:
        return next((d.start for d in found.dates if date_supported(mention, [d])), -1)

    return ctx.detail_elsewhere(mention.start, mention.surface, where)


_A_YEAR_BACK = re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\b|\bthe\s+previous\s+year\b", re.IGNORECASE)
# "has risen by 20p to £1.15 in a year": what a thing was a year ago, told as a change over the year
_OVER_A_YEAR = re.compile(
    r"\b(?:in|over)\s+(?:a|the\s+(?:past|last)|one)\s+year\b|\byear[\s-]on[\s-]year\b", re.IGNORECASE
)


@register("FC303", "date-absent", REVIEW, "a date in the claim is not in its evidence, which gives none")
def dates_absent(ctx: ClaimContext) -> Iterator[Hit]:
    for mention, alike in _unsupported_dates(ctx):
        if mention.surface.lower() == "a year ago" and ctx.evidence_match(_OVER_A_YEAR):
            continue  # "20p more than a year ago" against "has risen by 20p … in a year"
        if mention.key == "last-year" and ctx.evidence_match(_A_YEAR_BACK):
            continue  # "compared with £870m in the same period last year" against "£870 million a year earlier"
        if _span_since(mention.surface, ctx):
            continue  # "closed four months ago" against "reopens on Friday, four months after it was closed"
        if mention.surface.lower() in WEEKDAYS and _every_weekday(mention.surface, ctx):
            continue  # "the Sunday trading bill" against "allowed shops to open on Sundays"
        if not alike and not _dated_elsewhere(mention, ctx):
            yield Hit(f'date "{mention.surface}" is not in the evidence', ctx.window_span(), ctx.home.article.id)


_AGO = re.compile(r"(?P<count>[\w,-]+)\s+(?P<unit>day|week|month|year|decade)s?\s+ago", re.IGNORECASE)
_SINCE_IT = re.compile(
    r"\b(?P<count>[\w,-]+)\s+(?P<unit>day|week|month|year|decade)s?\s+(?:after|since)\b", re.IGNORECASE
)


def _span_since(surface: str, ctx: ClaimContext) -> bool:
    """Whether the evidence gives the claim's "N months ago" as the span from the deed to its own news ("four months
    after it was closed")."""
    mine = _AGO.fullmatch(surface.strip())
    if mine is None or (value := _count_of(mine.group("count"))) is None:
        return False
    return any(
        m.group("unit").lower() == mine.group("unit").lower() and _count_of(m.group("count")) == value
        for text in ctx.texts
        for m in _SINCE_IT.finditer(text)
    )


def _count_of(said: str) -> float | None:
    """ "four" is 4, and "a" or "an" one ("a year after", "a year ago")."""
    return 1.0 if said.lower() in ("a", "an", "one") else count_value(said.lower())


def _every_weekday(day: str, ctx: ClaimContext) -> bool:
    """Whether the evidence writes the weekday in the plural: every such day, which a claim may name as "Sunday"."""
    return any(re.search(rf"\b{day}s\b", text, re.IGNORECASE) for text in ctx.texts)
