"""What a figure in the claim is bound to, compared with what the evidence binds the same figure to.

Each reading gives (what the figure is tied to, its value, the words): the measure a figure is of ("a depth
of 10 kilometres"), whom an age is of ("a 34-year-old man"), the half of the day of a time ("3:40 a.m."),
whether a figure is where something went or where it came from ("to 3.2 percent", "from 3.0 percent"),
the stretch a change is measured over ("0.2 percent from the previous month"), whose a figure is ("manufacturing
lost 8,000"), whose an age is ("Peter Vance, 41,"), what a sum of money is ("a £12 million bid"), whose a share
is ("the Liberal Party on 29 percent"),
the size of a fraction ("a quarter of a percentage point"), what a count counts ("3 percent", "four years",
"two points") and the verb that takes it ("sentenced … to six years"). The claim differs when the evidence
ties the same thing to other values only. FC301 reports it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from factcards.grounding.checks.context import ClaimContext
from factcards.grounding.checks.registry import Hit
from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.claims import COMPOUND_COUNT_WORDS, NUMBER_WORDS, SMALL_COUNT_WORDS, count_value
from factcards.text.dictionary import forms_by_class
from factcards.text.durations import durations, same_length
from factcards.text.names import NAME_RUN, ROLE_WORDS, last_key
from factcards.text.words import Word, content_lemmas, is_content, lemmas, one_meaning, paraphrase_groups, words

Bound = tuple[Hashable, Hashable, str]  # (what it is tied to, its value, the words as written)

# "a depth of 10 kilometres", "a budget of $160 million": what a figure measures, named before it.
_MEASURE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+of\s+(?:(?:about|around|nearly|almost|some|just|roughly|up to|more than|over)\s+)?"
    r"(?P<figure>[$£€]?\d[\d,.]*\d|[$£€]?\d)(?:\s?(?P<unit>%|[a-z]+))?",
)
# "a 34-year-old man": an age and whom it is of.
_AGED = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?P<who>man|woman|boy|girl|male|female)\b")
# "3:40 a.m.", "11pm", "7 p.m.": a time of day and which half of the day it is in.
_CLOCK = re.compile(r"\b(?P<time>\d{1,2}(?:[:.]\d{2})?)\s?(?P<half>[ap])\.?\s?m\b\.?", re.IGNORECASE)
# "rose to 3.2 percent from 3.0 percent": where a figure went and where it came from.
_FIGURE = r"[$£€]?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|points?\b|million\b|billion\b)?"
_FROM_TO = re.compile(
    rf"\b(?P<way>from|to|by)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?(?P<figure>{_FIGURE})"
)
# "rose by 4.4%", "reduced the risk of death by 20%": "by" says how much a figure changed only after a word of
# change, in the same clause
# ("by 2030" is a date, "by 40 votes" a margin).
# Words of a figure's change, in every form ("risen", "gone up" by its "up").
CHANGE_VERBS = (
    r"(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|increas(?:es|ing)|decreased?|decreas(?:es|ing)"
    r"|grew|grow(?:s|n|ing)?|dropped|drops?|dropping|declined?|declin(?:es|ing)|jumped|jumps?|climbed|climbs?"
    r"|cut|cuts|raised?|rais(?:es|ing)|lowered|lowers?|reduced?|reduc(?:es|ing)|slipped|slips?|soared|surged"
    r"|plunged|tumbled|shrank|shrunk|up|down)"
)
_CHANGED_BY = re.compile(rf"\b{CHANGE_VERBS}\b[^,.;:]{{0,40}}$", re.IGNORECASE)


def _after_a_change(text: str, at: int) -> bool:
    """Whether the "by" at `at` follows a word of change in its clause ("reduced the risk of death by")."""
    return _CHANGED_BY.search(text, max(0, at - 50), at) is not None


# "a quarter of a percentage point", "half a point": a fraction of a unit.
_FRACTION = re.compile(
    r"\b(?:(?P<count>a|one|two|three)\s+)?(?P<part>half|quarters?|thirds?)\s+(?:of\s+)?(?:a|an)\s+"
    r"(?:percentage\s+)?(?P<unit>point|hour|mile|year|century|million|billion)\b",
    re.IGNORECASE,
)
# "a 3 percent raise", "40 kilometres": a count of a unit, under one name whichever way it is written
# (lengths of time are read by `durations`, the same reading FC205 uses).
_UNIT_WORDS = {
    "percent": "percent", "per cent": "percent", "%": "percent", "percentage point": "point", "point": "point",
    "mile": "mile", "kilometre": "km", "kilometer": "km", "km": "km", "metre": "m", "meter": "m",
    "foot": "foot", "feet": "foot", "ton": "ton", "tonne": "ton", "degree": "degree",
    "p": "pence", "pence": "pence", "cent": "cent",  # "rose by 3p a litre" is no 3% ("38C" is Celsius)
    "mph": "mph", "km/h": "km/h", "kph": "km/h",  # a speed: "travelling at 48mph on a stretch limited to 20mph"
}  # fmt: skip
# (a comma only between digits: "2,027", not the one ending "from 2027, Mayor Pryce said")
_COUNT = rf"\d(?:,?\d)*(?:\.\d+)?|{COMPOUND_COUNT_WORDS}|" + "|".join(
    sorted((w for w in NUMBER_WORDS if w not in ("dozen", "hundred")), key=len, reverse=True)
)
_UNIT = re.compile(
    rf"(?<![\w.,$£€-])(?P<count>{_COUNT})(?:\s?(?P<sign>%|mph\b|km/h|kph\b|p\b)|[\s-]+(?P<unit>percentage points?|per cent|percent|points?|"
    r"(?:miles?|kilomet(?:re|er)s?|km)\s+(?:per|an)\s+hour|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet|foot|tons?|tonnes?|degrees?|pence|cents?)\b)",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"[\s-]old\b")  # "a 21-year-old": an age, which `_ages` reads
_PARTS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1}
_COUNTS = {"": 1, "a": 1, "one": 1, "two": 2, "three": 3}


# "The previous June record, 40.1C, was set in 2017": a measure given beside its noun, with its unit.
_APPOSED = re.compile(
    r"\b(?P<noun>[a-z]{3,}),\s+(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>°?[CF]|%|percent|degrees|km|kilometres|miles"
    r"|metres|meters|mph|kph)(?=[\s,;.)])"
)


# "in a ballot with a 62% turnout", "a 40% stake": a share said before the measure it is.
_SHARE_BEFORE_MEASURE = re.compile(
    r"\b(?:a|an|the)\s+(?P<figure>\d[\d,.]*\d|\d)\s?(?P<unit>%|per\s?cent\b|percent\b)[\s-]+"
    # (measures only: "a 3% pay offer" is an offer, whose "pay" says of what)
    r"(?P<noun>turnout|stake|share|majority|discount|swing|margin|yield|tariff|levy|lead|approval)\b(?!\s+[a-z]+s\b)"
)
# "Turnout in the referendum was 42%": a measure said to be a figure (the sentence may open on it), past what it is
# of ("Turnout in Sunday's referendum on independence for the Vessa islands was 61%").
_NOT_OF = r"(?:it|he|she|they|we|this|that|was|is)\b"  # no word of what a measure is of
_MEASURE_WAS = re.compile(
    r"(?:^|(?<=\s))(?P<noun>[A-Za-z][a-z]{2,})"
    rf"(?:\s+(?:in|of|for|at|on)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*\s+)?(?:(?!{_NOT_OF})[a-z][\w-]*\s+)?"
    rf"(?!{_NOT_OF})[a-z][\w-]*){{0,3}}"
    r"\s+(?:was|is|stood\s+at|came\s+to)\s+(?:(?:about|around|nearly|almost|some|just|roughly|more than|over)\s+)?"
    r"(?P<figure>[$£€]?\d[\d,.]*\d|[$£€]?\d)(?:\s?(?P<unit>%|[a-z]+))?",
)


def _said_earlier(bound: Bound, texts: list[str]) -> bool:
    """Whether a measure the claim says was a figure is one the evidence gives as where the measure came from:
    "Turnout was 45 percent four years ago" against "Turnout was 38 percent, down from 45 percent"."""
    return _MEASURE_WAS.fullmatch(bound[2]) is not None and any(
        re.search(rf"\bfrom\s+(?:about\s+|around\s+)?[$£€]?{re.escape(str(bound[1]))}(?![\d.])", text) for text in texts
    )


def _measures(text: str) -> list[Bound]:
    return [
        (
            (min(lemmas(m.group("noun").lower())), _unit_of(m.group("unit"))),
            _digits(m.group("figure")),
            m.group(0),
        )
        for pattern in (_MEASURE, _APPOSED, _MEASURE_WAS, _SHARE_BEFORE_MEASURE)
        for m in pattern.finditer(text)
        if is_content(m.group("noun"))
    ]


def _unit_of(word: str | None) -> str:
    """The unit after a measure's figure; a word of the sentence there is none ("a majority of 3,870 over the
    Conservatives" is the majority "a majority of 3,870" gives)."""
    unit = re.sub(r"\s+", " ", (word or "").lower().lstrip("°"))
    if unit in ("percent", "per cent", "pc"):
        return "%"
    return unit if len(unit) == 1 or is_content(unit) else ""  # "C", "%", "km", not "over"


# "two men, aged 18 and 20", "a woman aged 34": ages given after whom they are of.
_AGED_AFTER = re.compile(
    r"\b(?P<who>men|women|boys|girls|males|females|man|woman|boy|girl|male|female)\s*,?\s+aged\s+"
    r"(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s+and\s+\d{1,3})?)\b"
)


def _ages(text: str) -> list[Bound]:
    found: list[Bound] = [(m.group("age"), m.group("who"), m.group(0)) for m in _AGED.finditer(text)]
    for m in _AGED_AFTER.finditer(text):
        who = min(lemmas(m.group("who")))  # "men" is "man", as the "-year-old" reading names them
        found += [(age, who, m.group(0)) for age in re.findall(r"\d{1,3}", m.group("ages"))]
    return found


# "a third man, 19": an age set off after whom it is of.
_SEX_THEN_AGE = re.compile(r"\b(?P<who>man|woman|boy|girl)\s*(?:,\s*|\(\s*)(?P<age>\d{1,3})\b(?!\s*-)")


def _sexes_aged(text: str) -> list[Bound]:
    """ "a 50-year-old woman": whom an age is given, as the age each is given (a woman of 50 is no woman of 18)."""
    found = [(bound[1], bound[0], bound[2]) for bound in _ages(text)]
    return found + [(m.group("who"), m.group("age"), m.group(0)) for m in _SEX_THEN_AGE.finditer(text)]


def _times(text: str) -> list[Bound]:
    return [
        (m.group("time").replace(".", ":"), m.group("half").lower(), m.group(0).strip()) for m in _CLOCK.finditer(text)
    ]


def _ends(text: str) -> list[Bound]:
    return [
        (
            m.group("figure").replace(",", "").replace(" ", "").replace("percent", "%"),
            m.group("way"),
            m.group(0).strip(),
        )
        for m in _FROM_TO.finditer(text)
        if m.group("way") != "by" or _after_a_change(text, m.start())
    ]


def _fractions(text: str) -> list[Bound]:
    return [
        (
            m.group("unit").lower(),
            round(_COUNTS[(m.group("count") or "").lower()] * _PARTS[m.group("part").lower().rstrip("s")], 6),
            m.group(0),
        )
        for m in _FRACTION.finditer(text)
    ]


_COUNTED = re.compile(
    # (a part "of its" things counts them too: "at two of its stores"; a name may stand between: "four Freshway
    # stores")
    rf"(?<![\w.,$£€-])(?P<count>{_COUNT})[\s-]+(?:of\s+(?:its|their|his|her|our)\s+)?"
    rf"(?:(?P<name>(?-i:[A-Z][\w'’-]*))\s+(?=(?-i:[a-z])))?(?P<noun>[a-z]{{3,}})\b(?![\s-]old\b)",
    re.IGNORECASE,
)


_SHARE_BEFORE = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$", re.IGNORECASE
)


# Counters that stand for whatever was counted: "scored four times" is four goals; "3,000 people" may be
# the residents another sentence counts.
_ANY_THING = frozenset("time people person thing item other more one".split())


# Words after a figure that say how far, not what is counted: "six short of a majority", "two clear".
# (and words that say when, after a bare figure: "up from 64,000 last year")
_NOT_COUNTED = frozenset("short clear straight consecutive successive last next previous".split())


def _counts(text: str) -> list[Bound]:
    """ "a 3 percent raise", "four years", "two points", "four games": a count and what it counts (a unit
    of measure or time under one name, else the counted noun's lemma)."""
    return [(tied, value, said) for tied, value, said, _ in _counted(text)]


@lru_cache(maxsize=16384)  # evidence sentences repeat across a day's cards, and `_deeds` reads them again
def _counted(text: str) -> tuple[tuple[Hashable, float, str, int], ...]:
    """Each count of `text` as (what it counts, its value, the words, where they start)."""
    found: list[tuple[Hashable, float, str, int]] = []
    for m in _UNIT.finditer(text):
        unit = (m.group("sign") or m.group("unit")).lower()
        if unit.endswith(" hour"):  # "40 miles per hour" is "40mph"
            unit = "mph" if unit.startswith("mile") else "km/h"
        value = count_value(m.group("count"))
        if value is not None:
            found.append((_UNIT_WORDS.get(unit, _UNIT_WORDS.get(unit[:-1], unit)), value, m.group(0), m.start()))
    found += [
        (d.unit, d.count, text[d.start : d.end], d.start)
        for d in durations(text)
        if d.counted and not _AGE_AFTER.match(text, d.end)
    ]
    units = len(found)
    for m in _COUNTED.finditer(text):
        if any(at <= m.start() < at + len(said) for _, _, said, at in found[:units]):
            continue  # "40 miles per hour" is a speed, read above
        noun, end = m.group("noun").lower(), m.end()
        if (name := m.group("name")) and "NOUN" in forms_by_class(name.lower()):
            noun, end = name.lower(), m.end("name")  # "two Republicans joining Democrats": the capital word
        value = count_value(m.group("count"))
        classes = forms_by_class(noun)
        headed = (
            "NOUN" not in classes
            and "VERB" not in classes
            and not m.group("name")
            and (head := _head_after(text, end, noun)) is not None
        )
        if headed:
            noun, end = head  # "200 rare natterjack toads": past the words that describe them
        elif (after := _NEXT_WORD.match(text, end)) and _unknown_plural(after.group(1)):
            noun, end, headed = after.group(1), after.end(), True  # "40 marsh harriers": the plural is the thing
        # (a plural the dictionary lacks, read past a describing word, is a noun: "40 rare marsh harriers")
        if (
            value is None
            or not is_content(noun)
            or not ("NOUN" in forms_by_class(noun) or headed)
            or noun in _NOT_COUNTED
        ):
            continue
        if noun in NUMBER_WORDS:  # "up from 6,900 two years ago": a figure, then another
            continue
        if _NUMBERED.search(text, 0, m.start()):
            continue  # "the number 12 route", "No. 10 Downing Street": a name by number, no count
        if _SHARE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "seven in ten drivers": a share of them, not ten drivers
        between = text[m.end("count") : m.start("noun")].split()
        if noun == m.group("noun").lower() and between and _DEMONYM.fullmatch(between[-1]):
            # "100 African migrants": where they are from, which "105 migrants" may leave out; kept apart from the
            # things counted bare, so "two Sumatran tigers" is still a count of something else than "two cubs"
            found.append(((min(lemmas(noun)), between[-1].lower()), value, text[m.start() : m.end()], m.start()))
            continue
        # "300 fake designer handbags": past a word that may describe them (and be a noun), the things counted
        if not m.group("name") and (head := _head_after(text, m.end("noun"), noun)):
            noun, end = head
        lemma = min(lemmas(noun))
        if lemma not in _ANY_THING and noun not in _ANY_THING:
            found.append((lemma, value, text[m.start() : end], m.start()))
    # "will close 45 branches next year, leaving 120": a bare figure left over counts what the count before it does
    for m in _LEFT_OVER.finditer(text):
        before = [f for f in found[units:] if f[3] < m.start()]
        if before and (value := count_value(m.group("count"))) is not None:
            found.append((before[-1][0], value, m.group("count"), m.start("count")))
    return tuple(found)


_LEFT_OVER = re.compile(
    r"\b(?:leaving|left\s+with|bringing\s+the\s+total\s+to|taking\s+the\s+total\s+to)\s+(?:just\s+|only\s+)?"
    r"(?P<count>\d[\d,]*)(?=\s*[,.;:)]|\s*$|\s+(?:as|in|at|on|and|by|after|while|when|with|from)\b)",
    re.IGNORECASE,
)
_REMAINING = re.compile(
    r"\b(?:leaving|left\s+with)\s+(?:just\s+|only\s+)?(?P<count>\d[\d,]*)(?:\s+(?P<noun>[a-z]{3,}))?"
    r"|(?<![\w.,])(?P<count2>\d[\d,]*)\s+(?P<noun2>[a-z]{3,})\s+(?:left|remaining|remain)\b",
    re.IGNORECASE,
)


def _remaining(text: str) -> list[Bound]:
    """ "leaving 120", "120 branches left": how many of a thing are left, against how many went ("close 45
    branches")."""
    found: list[Bound] = []
    for m in _REMAINING.finditer(text):
        noun = m.group("noun") or m.group("noun2")
        value = count_value(m.group("count") or m.group("count2"))
        if value is None:
            continue
        if noun is None or "NOUN" not in forms_by_class(noun.lower()):
            before = [c for c in _counted(text) if c[3] < m.start() and c[0] not in _UNITS]
            if not before:
                continue
            thing = before[-1][0]
        else:
            thing = min(lemmas(noun.lower()))
        found.append((("left", thing), value, m.group(0)))
    return found


_NEXT_WORD = re.compile(r"[\s-]+([a-z]{3,})\b")


def _unknown_plural(word: str) -> bool:
    """A plural the dictionary lacks ("harriers"), read as the thing counted."""
    return word.islower() and word.endswith("s") and len(word) > 4 and not forms_by_class(word)


def _head_after(text: str, at: int, first: str) -> tuple[str, int] | None:
    """ "300 fake designer handbags" counts handbags: past a describing word (and a noun before the noun), the plural
    noun the count is of; None where the word after the count is the thing counted."""
    if "ADJ" not in forms_by_class(first):
        return None
    for _ in range(3):
        m = _NEXT_WORD.match(text, at)
        if m is not None and m.group(1).islower() and not forms_by_class(m.group(1)):
            if _unknown_plural(m.group(1)):
                return m.group(1), m.end()  # ("marsh harriers": a plural the dictionary lacks)
            at = m.end()  # ("natterjack toads": a word the dictionary lacks, naming which kind)
            continue
        nouns = forms_by_class(m.group(1)).get("NOUN", ()) if m else ()
        if not nouns:
            return None
        if m.group(1) not in nouns:  # a plural
            return m.group(1), m.end()
        at = m.end()
    return None


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|i)")
_NUMBERED = re.compile(r"\b(?:number|no\.|route|platform|gate|flight|room|bus)\s+$", re.IGNORECASE)
_AUXILIARIES = frozenset("be have do will would shall should can could may might must get".split())
# A change named as a noun right after its figure: "a 35% fall", "a 2 percent rise".
_MOVES = frozenset("fall rise drop increase decrease jump cut gain decline surge slump climb dip slide".split())
_DEED_REACH = 5  # words between a verb and the count it takes ("sentenced on Monday to six years")


def _deeds(text: str) -> list[Bound]:
    """ "sentenced … to six years", "asked for eight years": a count with what it counts, and the verb that
    takes it (the nearest before it, within five words)."""
    counted = _counted(text)
    if not counted:
        return []
    found_words = words(text)
    # Read in the order the text writes them (`_counted` lists units, lengths of time and nouns apart), so that
    # a count can go on with the verb of the one before it.
    verbs: dict[int, Word | None] = {}
    previous: Word | None = None
    last_end = -1
    for i in sorted(range(len(counted)), key=lambda i: counted[i][3]):
        _, _, said, at = counted[i]
        before = [w for w in found_words if w.end <= at][-_DEED_REACH:]
        verb = next((w for w in reversed(before) if _may_be_verb(w.lower)), None)
        # "sending its shares down 15%": the figure is the fall's the sending made
        if before and before[-1].lower in _SENT_WAY and verb is not None and lemmas(verb.lower) & _SENDING:
            verb = before[-1]
        # "reported a 35% fall in profit": the figure is the fall's, not the reporting's
        after = next((w for w in found_words if w.start >= at + len(said)), None)
        if after is not None and after.lower in _MOVES and after.start - (at + len(said)) <= 1:
            verb = after
        if verb is None or verb.start < last_end:
            # "rose 0.2 percent from the previous month and 3.9 percent from a year earlier": one verb, two counts
            between = [w for w in found_words if last_end <= w.start and w.end <= at]
            goes_on = previous is not None and any(w.lower == "and" for w in between)
            verb = previous if goes_on and not any(_may_be_verb(w.lower) for w in between) else verb
        verbs[i] = verb
        previous, last_end = verb, at + len(said)
    found: list[Bound] = []
    for i, (tied, value, said, at) in enumerate(counted):
        verb = verbs[i]
        if verb is not None:
            shown = (
                f"{said} {verb.text}"
                if verb.start > at
                else f"{verb.text} … {said}"
                if verb.end < at - 1
                else f"{verb.text} {said}"
            )
            found.append(((_verb_key(verb.lower), tied), value, shown))
    return found


# "sent its shares down 15%", "pushed prices up 3%": a move told by what made it and which way.
_SENDING = frozenset("send push drive knock take".split())
_SENT_WAY = {"down": "fall", "up": "rise"}


def _verb_key(word: str) -> str:
    """One key for the verbs of one meaning ("raise fares by 10 percent", "fares will rise by 10 percent")."""
    forms = lemmas(_SENT_WAY.get(word, word))
    groups = paraphrase_groups(forms)
    return f"#{min(groups)}" if groups else min(forms)


def _may_be_verb(word: str) -> bool:
    # "closed up 2 percent", "before closing up 2 percent", "rose 4 percent": a verb's past or "-ing" form,
    # whichever other class it may have (never the particle after it, nor "fares" of "raise fares by 10 percent")
    if _is_verb(word):
        return True
    verbs = forms_by_class(word).get("VERB", ())
    return bool(verbs) and is_content(word) and not word.endswith("s") and any(v != word for v in verbs)


def _is_verb(word: str) -> bool:
    classes = forms_by_class(word)
    return "VERB" in classes and "NOUN" not in classes and "ADJ" not in classes and not lemmas(word) & _AUXILIARIES


# "rose 0.2 percent from the previous month and 3.9 percent from a year earlier": the stretch a change is
# measured over, which a figure keeps.
_PERIOD = r"(year|month|quarter|week)"
_BASED = re.compile(
    r"(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|percentage points?\b)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?:from\s+(?:a|the)\s+{_PERIOD}\s+(?:earlier|before|ago)|from\s+the\s+(?:previous|prior|preceding)\s+"
    rf"{_PERIOD}|{_PERIOD}[\s-](?:on|over)[\s-](?:year|month|quarter|week)|on\s+(?:the|a)\s+{_PERIOD}\b)",
    re.IGNORECASE,
)


def _based(text: str) -> list[Bound]:
    found: list[Bound] = []
    for m in _BASED.finditer(text):
        period = next(p for p in m.groups()[1:] if p).lower()
        found.append((period, _digits(m.group("figure")), m.group(0)))
    return found


# "a pay offer of 6.5% this year and 4% next year": the year (or month, week, season) a rate or a sum is for. (Not a
# count: "19 goals in 31 league games last season" gives the season its games and its goals alike.)
_FOR_WHEN = re.compile(
    r"(?<![\w.,])(?P<currency>[$£€])?(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>%|percent\b|per cent\b)?"
    # (past what it is of: "recycled 47% of their rubbish last year")
    r"\s+(?:of\s+(?:its|their|his|her|the)\s+[a-z]+\s+|(?:[a-z]+\s+){0,2}?)"
    r"(?P<when>(?:this|next|last)\s+(?:year|month|week|season)|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "a pay rise of £47,000 last year": a change in the year, not what the year's sum was ("paid £245,000 last year").
# A change named as a noun: "a pay rise of £47,000", "a 3% rise".
CHANGE_NOUNS = r"(?:rise|increase|cut|fall|drop|jump|decrease|reduction)"
_CHANGE_OF = re.compile(rf"\b(?:{CHANGE_NOUNS}|up|down|by)\s+(?:of\s+)?(?:about\s+|some\s+)?$", re.I)


_CHANGE_NAMED = re.compile(rf"\b(?:{CHANGE_NOUNS}|raise)\b", re.I)


def _for_when(text: str) -> list[Bound]:
    found: list[Bound] = []
    before: tuple[int, bool] | None = None  # where the last figure read ended, and whether it was a change
    for m in _FOR_WHEN.finditer(text):
        unit = m.group("currency") or ("%" if m.group("unit") else None)
        if unit:
            changed = bool(
                _CHANGE_OF.search(text, max(0, m.start() - 30), m.start()) is not None
                or _CHANGE_NAMED.search(text, m.end("figure"), m.start("when")) is not None  # "a 3% rise this year"
                # "a 5% pay rise this year and 3% next year": the one after "and" is a rise too
                or (
                    before is not None
                    and before[1]
                    and re.fullmatch(r"\s*(?:,\s*)?and\s+", text[before[0] : m.start()])
                )
            )
            before = (m.end(), changed)
            found.append((("for", " ".join(m.group("when").lower().split()), unit, changed), _digits(m.group("figure")),
                          m.group(0)))  # fmt: skip
    return found


# "health care, which added 56,000 jobs, while manufacturing lost 8,000": whose figure it is, when a plain noun
# (a sector, a group) does the deed right before it.
_WHOSE = re.compile(
    # (past where it is: "Rents in the city rose 9%")
    r"\b(?P<subject>[A-Za-z][a-z-]{2,})(?:\s+in\s+the\s+(?:city|country|region|county|town|area|sector|UK|US))?"
    r"(?:,\s+(?:which|who|that))?\s+(?P<verb>[a-z]{3,})\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|another|an\s+additional)\s+)?"
    r"(?P<figure>[$£€]?\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)"
)


@lru_cache(maxsize=16384)  # evidence sentences repeat across a day's cards
def _whose(text: str) -> list[Bound]:
    found: list[Bound] = []
    for m in _WHOSE.finditer(text):
        subject, verb = m.group("subject"), m.group("verb")
        if (
            subject[0].isupper()
            and text[: m.start()].strip(" \"'“‘(")
            and not text[: m.start()].rstrip().endswith((".", "!", "?"))
        ):
            continue  # a name within the sentence: who did it is FC203's
        lower = subject.lower()
        # A gerund names a sector as a noun does ("manufacturing lost 8,000").
        named = "NOUN" in forms_by_class(lower) or lower.endswith("ing")
        if not is_content(lower) or not named or not _may_be_verb(verb):
            continue
        found.append((_digits(m.group("figure")), min(lemmas(lower)), m.group(0)))
    return found


_NAME = r"[A-Z][\w'’.-]+"
_LINKS = r"(?:with|for|of|by|to|from|at|in|on|and|or|who|after|before|as|than|over|against|\w+ing)"
AGE_OF_NAME = re.compile(
    rf"(?P<n1>{_NAME})(?:,\s+(?:aged\s+)?|\s+\((?:aged\s+)?)(?P<a1>\d{{1,3}})(?=,|\)|\s+years?\s+old)"
    rf"|(?P<n2>{_NAME}),\s+(?:an?|the)\s+(?P<a2>\d{{1,3}})[- ]year[- ]old"
    # (past a job or a title, not past a link: "a 15-year-old boy with murdering Kai Morgan" is no age of Morgan's)
    rf"|\b(?P<a3>\d{{1,3}})[- ]year[- ]old\s+(?:(?!{_LINKS}\b)[a-z][\w'’-]*\s+){{0,3}}(?P<n3>{_NAME})"
)


def _named_ages(text: str) -> list[Bound]:
    """ "Marco Deane, 41," against "29-year-old Marco Deane … Peter Vance, 41": an age and whose it is, by the
    last word of the name (read on through the name after "29-year-old")."""
    found: list[Bound] = []
    for m in AGE_OF_NAME.finditer(text):
        name, age = next((m.group(f"n{i}"), m.group(f"a{i}")) for i in (1, 2, 3) if m.group(f"a{i}"))
        said = m.group(0)
        if m.group("n3"):
            whole = _NAME_GOES_ON.match(text, m.start("n3"))
            assert whole is not None  # the pattern's own name starts there
            name, said = whole.group(0), text[m.start() : whole.end()]
        found.append((last_key(name), age, said))
    return found


_NAME_GOES_ON = re.compile(rf"{_NAME}(?:\s+{_NAME})*")

# "Leon Hart, 42, received 11 years and Sam Ruiz, 37, eight years": a term and whose it is.
_TERM_OF_NAME = re.compile(
    rf"(?P<name>{_NAME}(?:\s+{_NAME})*)(?:,\s*(?:aged\s+)?\d{{1,3}},)?\s+"
    r"(?:(?:received|got|was\s+given|was\s+handed|was\s+jailed\s+for|was\s+sentenced\s+to)\s+)?"
    rf"(?P<count>{_COUNT})\s+(?P<unit>year|month|week)s?\b(?!\s+(?:ago|old|earlier|later|before|after|of\b))",
)


# "… was jailed for nine years and Dan Moss, 37, for six": the next term, its unit left unsaid (or said: "and his
# brother Sean, 38, to three years").
_TERM_LEFT_UNSAID = re.compile(
    r",?\s+and\s+(?:(?:his|her|their)\s+(?:brother|sister|son|daughter|wife|husband|partner|father|mother|cousin)\s+)?"
    rf"(?P<name>{_NAME}(?:\s+{_NAME})*)(?:,\s*(?:aged\s+)?\d{{1,3}},)?\s+(?:for\s+|to\s+)?"
    rf"(?P<count>{_COUNT})(?:\s+(?:year|month|week)s?)?(?=\s*[.;,]|\s*$)"
)


def _named_terms(text: str) -> list[Bound]:
    """Each term of years, months or weeks given right after a name, tied to the name: ("hart", "year") -> 11 (and to
    its first name too, where it has one: brothers share the last, "Mark Doyle … and his brother Sean")."""
    found: list[Bound] = []
    for m in _TERM_OF_NAME.finditer(text):
        value = count_value(m.group("count"))
        if value is not None:
            unit = m.group("unit").lower()
            found.extend(((key, unit), value, m.group(0)) for key in _name_keys(m.group("name")))
            if (more := _TERM_LEFT_UNSAID.match(text, m.end())) and (other := count_value(more.group("count"))):
                said = more.group(0).strip(" ,")
                found.extend(((key, unit), other, said) for key in _name_keys(more.group("name")))
    return found


def _name_keys(name: str) -> list[str]:
    """A name's last word, as the name rules key it, and its first word where that is no title ("Mark Doyle")."""
    keys = [last_key(name)]
    first = name.split()[0].lower()
    if first not in keys and first not in ROLE_WORDS:
        keys.append(first)
    return keys


# "a £12 million bid", "a $4 million grant": a sum of money and what it is.
# A sum of money and its scale, as the readings of what a sum is for take it.
_SUM = r"(?P<figure>[$£€]\s?\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>million|billion|bn|m|k)\b)?"
_MONEY_FOR = re.compile(rf"{_SUM}[\s-]+(?P<noun>[a-z]{{3,}})\b", re.IGNORECASE)
_SCALE = {"million": "m", "m": "m", "billion": "bn", "bn": "bn", "k": "k"}


def money_value(figure: str, scale: str | None) -> str:
    """A sum's digits and its scale's short name: "£2.5" with "billion" and "£2.5" with "bn" are both "2.5bn"."""
    return _digits(figure).rstrip(".") + _SCALE.get((scale or "").lower(), "")


def _money_for(text: str) -> list[Bound]:
    found: list[Bound] = []
    for m in _MONEY_FOR.finditer(text):
        noun = m.group("noun").lower()
        if noun in _SCALE or noun in ("per", "each") or not is_content(noun):
            continue
        if "NOUN" not in forms_by_class(noun):
            continue
        found.append((min(lemmas(noun)), money_value(m.group("figure"), m.group("scale")), m.group(0)))
    return found


# "£4 for adults and £2 for children", "£12 per person": whom a price or a sum is for.
_SUM_FOR_WHOM = re.compile(rf"{_SUM}\s+(?:for|per)\s+(?:each\s+|every\s+|an?\s+)?(?P<who>[a-z]{{3,}})\b")


def _sums_for_whom(text: str) -> list[Bound]:
    """Each sum with the ones it is for: (("for whom", "adult"), "4") of "£4 for adults"."""
    return [
        (("for whom", min(lemmas(m.group("who")))), money_value(m.group("figure"), m.group("scale")), m.group(0))
        for m in _SUM_FOR_WHOM.finditer(text)
        if is_content(m.group("who")) and "NOUN" in forms_by_class(m.group("who"))
    ]


# "estimated at £2.3 million", "its estimate of £900,000", "sold for £2.3 million", "fetched £2.3m": what a thing was
# expected to fetch, and what it did.
_PRICED = re.compile(
    rf"\b(?P<guess>estimated\s+at|valued\s+at|(?:estimate|valuation)\s+of|estimated)\s+(?:about\s+|around\s+)?{_SUM}"
    rf"|\b(?:sold\s+for|fetched|went\s+for|bought\s+for)\s+(?:about\s+|around\s+|a\s+record\s+)?"
    rf"{_SUM.replace('figure', 'figure2').replace('scale', 'scale2')}",
    re.IGNORECASE,
)


# "has won £4.2m", "each will receive £350,000": a sum with the verb that takes it.
_SUM_TAKEN = re.compile(
    rf"\b(?P<verb>[a-z]{{3,}})\s+(?:(?:about|around|nearly|almost|some|just|more\s+than|over|a\s+record|a\s+total\s+of)\s+)?{_SUM}",
    re.IGNORECASE,
)


# "bought a 300-acre farm in the Lake District for £2.5m": a sum a thing changed hands for, the thing between.
_SUM_FOR_DEED = re.compile(
    r"\b(?P<verb>bought|buys|buy|buying|sold|sells|sell|selling|acquired|acquires|purchased|purchases)\s+"
    rf"(?:(?!for\b)[\w'’-]+\s+){{1,8}}?for\s+(?:(?:about|around|nearly|almost|some|just|more\s+than|over)\s+)?{_SUM}",
    re.IGNORECASE,
)


def _money_deeds(text: str) -> list[Bound]:
    """Each sum with the verb right before it that takes it: (("#group", "money"), "4.2m") of "has won £4.2m"; and a
    sum a thing was bought or sold for, by that verb ("bought a farm … for £2.5m")."""
    return [
        ((_verb_key(m.group("verb").lower()), "money"), money_value(m.group("figure"), m.group("scale")), m.group(0))
        for m in _SUM_TAKEN.finditer(text)
        if _is_verb(m.group("verb").lower()) and not lemmas(m.group("verb").lower()) & _NOT_TAKING
    ] + [
        ((_verb_key(m.group("verb").lower()), "money"), money_value(m.group("figure"), m.group("scale")), m.group(0))
        for m in _SUM_FOR_DEED.finditer(text)
    ]


# Verbs a sum follows without being what they take: "is £4m", "for £4m" are no deeds.
_NOT_TAKING = frozenset("be have cost".split())


def _prices(text: str) -> list[Bound]:
    found: list[Bound] = []
    for m in _PRICED.finditer(text):
        if m.group("guess"):
            found.append(("estimate", money_value(m.group("figure"), m.group("scale")), m.group(0)))
        else:
            found.append(("price", money_value(m.group("figure2"), m.group("scale2")), m.group(0)))
    return found


# "paid £30 million for Sam Okafor", "signed Joel Amadi from Brenton for £38 million": whom a sum was paid for.
_PAID_FOR_NAME = re.compile(
    rf"{_SUM}\s+(?:[a-z]+\s+){{0,2}}?for\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?P<name>{NAME_RUN})",
)
_NAME_FOR_SUM = re.compile(
    rf"\b(?:signed|signing|signs|bought|buying|buys|sold|selling|sells|acquired|acquiring)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<name>{NAME_RUN})(?:\s+from\s+{NAME_RUN})?\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_SUM}",
)


def _paid_for(text: str) -> list[Bound]:
    """Each sum with the one it was paid for, tied to the sum: ("paid for", "30m") -> "okafor"."""
    return [
        (
            ("paid for", money_value(m.group("figure"), m.group("scale"))),
            last_key(m.group("name").rstrip(".")),
            m.group(0).rstrip("."),
        )
        for pattern in (_PAID_FOR_NAME, _NAME_FOR_SUM)
        for m in pattern.finditer(text)
    ]


# "$2.5 billion", "£2.5bn", "2.5 billion euros", "US$40m": a sum of money and its currency.
_SIGN_FIRST = re.compile(
    r"(?<![\w$£€¥])(?P<sign>US\$|A\$|C\$|NZ\$|HK\$|\$|£|€|¥)\s?(?P<figure>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|bn|m|k)\b)?"
)
# Currencies written only as a word after the figure ("310,000 crowns", "12 million rupees"), by their one name.
_NAMED = {
    "crowns": "crown", "crown": "crown", "kronor": "crown", "krona": "crown", "kroner": "crown", "krone": "crown",
    "koruna": "crown", "francs": "franc", "franc": "franc", "rupees": "rupee", "rupee": "rupee", "yuan": "yuan",
    "renminbi": "yuan", "rand": "rand", "pesos": "peso", "peso": "peso", "lira": "lira", "lire": "lira",
    "roubles": "rouble", "rouble": "rouble", "rubles": "rouble", "ruble": "rouble", "zlotys": "zloty", "zloty": "zloty",
    "dinars": "dinar", "dinar": "dinar", "dirhams": "dirham", "dirham": "dirham", "shekels": "shekel",
    "shekel": "shekel", "shillings": "shilling", "shilling": "shilling", "naira": "naira", "ringgit": "ringgit",
    "baht": "baht", "forints": "forint", "forint": "forint", "florins": "florin", "florin": "florin",
    "reais": "real", "riyals": "riyal", "riyal": "riyal",
}  # fmt: skip
_WORD_AFTER = re.compile(
    r"(?<![\w$£€¥.,])(?P<figure>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>million|billion|bn|m|k)\b)?\s+"
    rf"(?P<word>(?:us\s+)?dollars?|pounds?(?:\s+sterling)?|sterling|euros?|yen|usd|gbp|eur|jpy|{'|'.join(_NAMED)})\b",
    re.IGNORECASE,
)
_CURRENCY = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "dollar": "dollar", "dollars": "dollar",
    "us dollar": "dollar", "us dollars": "dollar", "a$": "australian dollar", "c$": "canadian dollar",
    "nz$": "new zealand dollar", "hk$": "hong kong dollar", "£": "pound", "gbp": "pound", "pound": "pound",
    "pounds": "pound", "sterling": "pound", "pound sterling": "pound", "pounds sterling": "pound", "€": "euro",
    "eur": "euro", "euro": "euro", "euros": "euro", "¥": "yen", "yen": "yen", "jpy": "yen", **_NAMED,
}  # fmt: skip


def _currencies(text: str) -> list[Bound]:
    """Each sum of money with its currency, tied to its figure: "$2.5 billion" against "£2.5 billion" is
    another sum, not the same one in other words."""
    found: list[Bound] = []
    for pattern, unit in ((_SIGN_FIRST, "sign"), (_WORD_AFTER, "word")):
        for m in pattern.finditer(text):
            currency = _CURRENCY.get(re.sub(r"\s+", " ", m.group(unit).lower()))
            if currency is None:
                continue
            found.append((("money", money_value(m.group("figure"), m.group("scale"))), currency, m.group(0)))
    return found


# "a man from Leeds", "a nightclub in Bradford", "a Bradford nightclub": a place and what is from or in it.
# (a part of a country by its compass point is a place too: "railway lines in the north-west")
COMPASS_REGION = r"(?:north|south)(?:[\s-](?:east|west))?(?!\w)|(?:east|west)(?!\w)"
_FROM_PLACE = re.compile(
    rf"\b(?P<noun>[a-z]{{3,}})\s+(?P<way>from|in|at|near|outside|to)\s+(?:the\s+)?(?P<place>{NAME_RUN}|{COMPASS_REGION})"
)
_PLACE_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?P<place>{NAME_RUN})\s+(?P<noun>[a-z]{{3,}})\b")
# "the average price of a home in Wales": the price is the place's too.
_OF_A_PLACE = re.compile(
    rf"\b(?P<noun>[a-z]{{3,}})\s+of\s+(?:a|an|the)\s+[a-z]{{3,}}\s+(?P<way>in)\s+(?:the\s+)?(?P<place>{NAME_RUN})"
)
# ("move its headquarters to Rotterdam": where a thing goes is a place of its own)
_WAY = {"from": "from", "in": "in", "at": "in", "near": "in", "outside": "in", "to": "to"}
# "flights to Lisbon and Naples", "to Lisbon, Porto or Naples": each place of a list is the thing's.
_MORE_PLACES = re.compile(rf"(?:\s*,\s*(?:the\s+)?{NAME_RUN})*\s*,?\s+(?:and|or)\s+(?:the\s+)?{NAME_RUN}")
_LISTED_PLACE = re.compile(rf"(?:,|\band\b|\bor\b)\s+(?:the\s+)?(?P<place>{NAME_RUN})")


_WHEN_WORDS = frozenset((*MONTHS, *WEEKDAYS))


def places_of(text: str) -> list[Bound]:
    """Each thing a text places, with the place by its last word: ("man", "from") -> "leeds"."""
    found: list[Bound] = []
    # A sentence may open on the noun: "Voters in Lisk rejected …".
    for m in itertools.chain(_FROM_PLACE.finditer(text[:1].lower() + text[1:]), _OF_A_PLACE.finditer(text)):
        noun = m.group("noun")
        if last_key(m.group("place")) in _WHEN_WORDS:
            continue  # "treatment in June": a time, no place
        if "NOUN" in forms_by_class(noun) and is_content(noun):
            tied = (min(lemmas(noun)), _WAY[m.group("way")])
            found.append((tied, last_key(m.group("place")), m.group(0)))
            if more := _MORE_PLACES.match(text, m.end()):
                for listed in _LISTED_PLACE.finditer(more.group(0)):
                    said = f"{noun} {m.group('way')} {listed.group('place')}"
                    found.append((tied, last_key(listed.group("place")), said))
    for m in _PLACE_BEFORE.finditer(text):
        noun = m.group("noun")
        forms = forms_by_class(noun)
        if "NOUN" in forms and "VERB" not in forms and is_content(noun):
            found.append(((min(lemmas(noun)), "in"), last_key(m.group("place")), m.group(0)))
    return found


# "killed at least 120 people and injured more than 400", "400 people were injured": a toll and what befell them.
_FATE = {
    "killed": "dead", "killing": "dead", "died": "dead", "dead": "dead", "deaths": "dead",
    "injured": "hurt", "injuring": "hurt", "wounded": "hurt", "wounding": "hurt", "hurt": "hurt",
    # ("Twelve people were treated in hospital": those who needed care, not those who died)
    "treated": "hurt", "hospitalised": "hurt", "hospitalized": "hurt",
    "missing": "missing", "arrested": "arrested", "arresting": "arrested", "evacuated": "evacuated",
    # (those made to leave their homes, whichever word: "displaced" is "evacuated")
    "rescued": "rescued", "airlifted": "rescued", "displaced": "evacuated", "culled": "culled",
}  # fmt: skip
_FATES = "|".join(_FATE)
_TOLL_BOUND = r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to)\s+)?"
_TOLL = re.compile(
    rf"\b(?P<fate>{_FATES})\s+{_TOLL_BOUND}(?P<n>\d[\d,]*)(?![\d.,]*\s*(?:%|percent|per cent|km|miles?|years?))"
    # (a toll's count in figures or in words: "Fourteen people were killed")
    # ("19 crew were airlifted", "two young climbers were missing": whom it counts, in up to two words)
    # ("40,000 chickens have died", "will be culled")
    rf"|\b{_TOLL_BOUND}(?P<n2>{_COUNT})\s+(?P<who2>(?:[a-z][\w-]*\s+){{0,2}}?)"
    # ("two are still missing")
    rf"(?:were|have\s+been|had\s+been|are|was|have|has|had|will\s+be|are\s+to\s+be|would\s+be)\s+"
    rf"(?:still\s+|now\s+)?(?P<fate2>{_FATES})\b"
    # ("Forty-three people died": a death told with no auxiliary, the count's own verb)
    rf"|\b{_TOLL_BOUND}(?P<n4>{_COUNT})\s+(?P<who4>(?:(?!and\b|or\b)[a-z][\w-]*\s+){{0,2}}?)(?P<fate4>died)\b"
    # ("with more than 1,400 people injured and dozens still missing": those it befell, then their fate, no verb)
    rf"|(?<=\bwith\s){_TOLL_BOUND}(?P<n5>{_COUNT})\s+(?P<who5>people|others|residents|passengers|civilians)\s+"
    rf"(?P<fate5>{_FATES})\b",
    re.IGNORECASE,
)
# "Two people were killed and 14 injured": the second count, its verb left out (read apart: the first
# reading has taken "killed").
_TOLL_AND = re.compile(
    rf"\b(?:{_FATES})\s+and\s+{_TOLL_BOUND}(?P<n3>{_COUNT})\s+(?:others\s+|more\s+)?(?P<fate3>{_FATES})\b",
    re.IGNORECASE,
)


# "forcing 5,000 people to leave their homes": those made to leave, told by what they were made to do.
_FORCED_OUT = re.compile(
    rf"\b(?:forc\w*|forced)\s+{_TOLL_BOUND}(?P<n>{_COUNT})\s+(?:[a-z][\w-]*\s+){{0,2}}?to\s+(?:leave|flee|abandon)\s+"
    r"(?:their\s+)?homes\b",
    re.IGNORECASE,
)


def _count_key(written: str) -> str:
    """A count as compared: "five" and "5" alike, "1,200" as "1200"."""
    value = count_value(written)
    return written.replace(",", "") if value is None else f"{value:g}"


def _tolls(text: str) -> list[Bound]:
    """Each count of people with what befell them, tied to the count: ("toll", "400") -> "hurt"."""
    found: list[Bound] = []
    for m in _FORCED_OUT.finditer(text):
        found.append((("toll", _count_key(m.group("n"))), "evacuated", m.group(0)))
    for m in (*_TOLL.finditer(text), *_TOLL_AND.finditer(text)):
        groups = m.groupdict()
        written = groups.get("n") or groups.get("n2") or groups.get("n4") or groups.get("n5") or groups["n3"]
        count = _count_key(written)
        fate = _FATE[
            (
                groups.get("fate")
                or groups.get("fate2")
                or groups.get("fate4")
                or groups.get("fate5")
                or groups["fate3"]
            ).lower()
        ]
        said = text[m.start("n3") : m.end()] if groups.get("n3") else m.group(0)
        found.append((("toll", count), fate, said))
    return found


# Whom a toll counts when it says so in any words: "people", "others" and the like say no one in particular.
_ANYONE = frozenset("people person persons other others more individual individuals victim victims".split())
_TOLL_AUXILIARIES = frozenset("were have has had are was been will would be still now".split())


def _toll_victims(text: str) -> list[Bound]:
    """Whom each toll counts, tied to the count and what befell them: ("victims", "5", "dead") -> "baby" (of "five
    babies have died"); a toll that names no one in particular ("five people died") ties nothing."""
    found: list[Bound] = []
    for m in _TOLL.finditer(text):
        groups = m.groupdict()
        written, who = (groups["n2"], groups["who2"]) if groups.get("n2") else (groups.get("n4"), groups.get("who4"))
        told = [w for w in (who or "").split() if w.lower() not in _TOLL_AUXILIARIES]
        if not written or not told or told[-1].lower() in _ANYONE or "NOUN" not in forms_by_class(told[-1].lower()):
            continue
        count = _count_key(written)
        fate = _FATE[(groups.get("fate2") or groups["fate4"]).lower()]
        found.append((("victims", count, fate), min(lemmas(told[-1].lower())), m.group(0)))
    return found


# "won with 18,240 votes, beating Hale by 1,105 votes": a winner's votes and the margin over the next, two
# figures a claim may swap ("won by 18,240 votes").
_VOTES = re.compile(
    r"\b(?:(?P<by>by)|(?:a\s+)?(?P<majority>majority|margin)\s+of|with|on|won|received|secured|polled|got|gained|took)"
    r"\s+(?:(?:just|only|some|about|around|nearly|almost|more\s+than|fewer\s+than)\s+)?(?P<n>\d[\d,]*)"
    r"(?(majority)(?:\s+votes?)?|\s+votes?)\b",
    re.IGNORECASE,
)


def _votes(text: str) -> list[Bound]:
    """Each count of votes, tied to whether it is a margin or a total."""
    return [
        (("votes", "margin" if m.group("by") or m.group("majority") else "total"), float(m.group("n").replace(",", "")),
         m.group(0))
        for m in _VOTES.finditer(text)
    ]  # fmt: skip


# "five of the nine members … voting to keep them unchanged and four voting for a cut": how many voted which way.
_VOTERS = re.compile(
    # (not the whole a count is of: "three of the seven members …")
    r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bof\sits\s)(?<!\bof\stheir\s)"
    rf"\b(?P<n>\d[\d,]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+"
    r"(?:(?!and\b|but\b|while\b)[\w'’-]+\s+){0,10}?(?:voted|voting|vote)\s+(?P<how>for|against|to|in\s+favour\s+of)\s+"
    r"(?:(?:an?|the|their|its)\s+)?(?P<what>[a-z]+)",
    re.IGNORECASE,
)


def _voters(text: str) -> list[Bound]:
    """Each count of those who voted, tied to which way and for what ("four voting for a cut")."""
    found: list[Bound] = []
    for m in _VOTERS.finditer(text):
        value = count_value(m.group("n"))
        if value is not None:
            what = min(lemmas(m.group("what").lower()))
            found.append((("voted", " ".join(m.group("how").lower().split()), what), value, m.group(0)))
    return found


# "cleared nurse Helen Marsh of two counts", "cleared care home manager Linda Shaw, 58, of manslaughter": the verdict
# with whom it cleared in between (a title and an age too), which the lexicon's "cleared of" reads ("cleared him of"
# it lists itself).
CLEARED_SOMEONE_OF = re.compile(r"\bcleared\s+(?!of\b|him\b|her\b|them\b)(?:[\w'’.-]+,?\s+){1,6}?of\b", re.IGNORECASE)
# "cleared Linda Shaw, 58, of manslaughter but found her guilty of neglect": each charge with its own verdict.
_VERDICT = re.compile(
    r"\b(?:(?P<cleared>not\s+guilty|acquitted|cleared)|(?P<guilty>(?<!not\s)guilty|convicted))"
    r"\s+(?:[\w'’.-]+,?\s+){0,6}?of\s+(?:(?:the|a|an|two|three|four|all|charges?|counts?\s+of)\s+)*"
    r"(?P<charge>[a-z]+(?:\s+(?!on\b|in\b|at\b|over\b|after\b|and\b|but\b|for\b|by\b)[a-z]+){0,2})",
    re.IGNORECASE,
)
_NO_CHARGE = frozenset("charge charges count counts offence offences crime crimes".split())


def verdicts(text: str) -> list[Bound]:
    """Each charge with the verdict on it: ("verdict", "manslaughter") -> "cleared"."""
    found: list[Bound] = []
    for m in _VERDICT.finditer(text):
        charge = m.group("charge").lower().split()
        if charge[-1] in _NO_CHARGE or "NOUN" not in forms_by_class(charge[-1]):
            continue
        # the whole charge: "attempted murder" is another than "murder"
        key = " ".join(min(lemmas(w)) for w in charge)
        found.append((("verdict", key), "cleared" if m.group("cleared") else "guilty", m.group(0)))
    return found


def verdict_swapped(ctx: ClaimContext) -> Hit | None:
    """ "Shaw was found guilty of manslaughter" against "cleared Shaw of manslaughter but found her guilty of neglect":
    the claim gives a charge the verdict the evidence gives another."""
    if not any(word in ctx.card.claim.lower() for word in ("guilty", "convicted", "acquitted", "cleared")):
        return None
    found = bound_differently(verdicts(ctx.card.claim), [b for text in ctx.texts for b in verdicts(text)])
    return ctx.said_against(*found) if found else None


# "at least once a week", "every day", "twice a month", "daily": how often, as a count in a span of time.
_HOW_OFTEN = re.compile(
    r"\b(?P<times>once|twice|\w+\s+times)\s+(?:a|per|each|every)\s+(?P<unit>day|week|month|year|night)\b"
    r"|\b(?:every|each)\s+(?P<unit2>day|week|month|year|night)\b"
    r"|(?<![A-Z])\b(?P<adverb>daily|weekly|monthly|yearly|nightly)\b",
    re.IGNORECASE,
)
_OFTEN_UNITS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "nightly": "night"}


def _how_often(text: str) -> list[Bound]:
    """Each "how often" of `text`: ("how often",) -> (count, span of time)."""
    found: list[Bound] = []
    for m in _HOW_OFTEN.finditer(text):
        if m.group("adverb") and m.group("adverb")[0].isupper() and m.start() > 0:
            continue  # "the Daily Post": a name
        times = (m.group("times") or "once").lower()
        count = {"once": 1.0, "twice": 2.0}.get(times) or count_value(times.split()[0]) or 0.0
        unit = (m.group("unit") or m.group("unit2") or _OFTEN_UNITS[m.group("adverb").lower()]).lower()
        found.append((("how often",), (count, "day" if unit == "night" else unit), m.group(0)))
    return found


# "fell to 212,000", "rose to a record 4.4%": the level a figure moved to, by the verb that moved it.
_LEVEL = re.compile(
    r"\b(?P<verb>rose|rises|rise|risen|fell|falls|fall|fallen|dropped|drops|climbed|climbs|increased|decreased|declined"
    r"|jumped|slipped|grew|shrank|soared|plunged|slumped|narrowed|widened|edged\s+up|edged\s+down)\s+"
    r"(?:(?:sharply|slightly|again)\s+)?"
    r"to\s+(?:(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under|a\s+record|a\s+new)\s+)?"
    rf"(?P<figure>[$£€]?\d[\d,.]*\d|[$£€]?\d|{SMALL_COUNT_WORDS})\b",
    re.IGNORECASE,
)


def _levels(text: str) -> list[Bound]:
    """Each level a figure moved to, tied to the verb's lemma: ("level", "fall") -> "212000"."""
    found: list[Bound] = []
    for m in _LEVEL.finditer(text):
        figure = m.group("figure")
        value = count_value(figure.lower()) if figure[:1].isalpha() else None
        written = f"{value:g}" if value is not None else _digits(figure)
        found.append((("level", min(lemmas(m.group("verb").lower().split()[0]))), written, m.group(0)))
    return found


# "will withdraw the number 12 route", "the number 14 will run more often": a thing named by its number, tied to the
# verb done to it or by it.
_NUMBER_N = re.compile(r"\b(?:number|no\.)\s+(?P<n>\d{1,4})\b", re.IGNORECASE)
_NUMBERED_REACH = 4  # words between the verb and the number


def _numbered(text: str) -> list[Bound]:
    """Each thing named by its number, tied to the lemma of the verb before it (or after it, when it opens its
    clause): ("numbered", "withdraw") -> "12"."""
    found: list[Bound] = []
    all_words = words(text)
    for m in _NUMBER_N.finditer(text):
        before = [w for w in all_words if w.end <= m.start()][-_NUMBERED_REACH:]
        after = [w for w in all_words if w.start >= m.end()][: _NUMBERED_REACH + 1]
        if re.search(r"[,;:]", text[before[0].start if before else m.start() : m.start()]):
            before = []
        verb = next((w for w in reversed(before) if _deed_verb(w)), None) or next(
            (w for w in after if _deed_verb(w)), None
        )
        if verb is not None:
            found.append((("numbered", min(lemmas(verb.lower))), m.group("n"), m.group(0)))
    return found


def _deed_verb(w: Word) -> bool:
    forms = forms_by_class(w.lower)
    return "VERB" in forms and "NOUN" not in forms and is_content(w.lower) and w.lower not in _TOLL_AUXILIARIES


# "$150 million a year", "£1,200 a month": a figure for each stretch of time, not a total (the figure rules read it as
# one, and `_money_rates` by how often it is paid).
MONEY_RATE = re.compile(
    # ("£92 more a year": how much more each year)
    r"(?P<figure>[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?)\s+(?:(?:more|less|extra)\s+)?"
    r"(?P<rate>(?:a|per|each|every)\s+"
    r"(?:year|month|week|day|hour|annum)|annually|yearly|monthly|weekly|daily)\b"
    r"(?!\s+(?:earlier|ago|before|later|previously))",  # "£510 million a year earlier" is then, not each year
    re.IGNORECASE,
)
_PER = {"annum": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


def _money_rates(text: str) -> list[Bound]:
    """Each sum paid by the time, tied to its figure: ("rate", "1150") -> "month"."""
    found: list[Bound] = []
    for m in MONEY_RATE.finditer(text):
        unit = m.group("rate").split()[-1].lower()
        found.append((("rate", _digits(m.group("figure"))), _PER.get(unit, unit), m.group(0)))
    return found


# "Rents in Tarnley fell 1%": a change told of a place.
_CHANGE_IN_PLACE = re.compile(
    rf"\bin\s+(?P<place>{NAME_RUN})\s+(?:(?:have|has)\s+)?(?:rose|rise|risen|fell|fall|fallen|dropped|increased|decreased"
    r"|climbed|went\s+up|went\s+down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?(?P<figure>\d[\d.]*)\s?%"
)


def _changes_in_places(text: str) -> list[Bound]:
    """Each percentage change told of a place: ("changed in", "tarnley") -> "1"."""
    return [(("changed in", last_key(m.group("place"))), m.group("figure"), m.group(0))
            for m in _CHANGE_IN_PLACE.finditer(text)]  # fmt: skip


# "raised its dividend by 5%", "a 12% rise in half-year profit": a percentage change and the thing it changed.
_THING_CHANGED_BY = re.compile(
    rf"\b{CHANGE_VERBS}\s+(?:its|their|his|her|the)\s+(?P<run>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s+by\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?(?P<figure>\d[\d.]*)\s?(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
_CHANGE_OF_THING = re.compile(
    r"\b(?P<figure>\d[\d.]*)\s?(?:%|percent\b|per\s+cent\b)\s+(?:rise|fall|increase|decrease|drop|jump|cut|reduction"
    r"|slump|gain)\s+in\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+)?(?P<run>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.IGNORECASE,
)


def _head_of(run: str) -> str | None:
    """The last of the nouns (or compounds) opening `run`, as written: "half-year profit to" -> "profit"."""
    head = None
    for word in run.split():
        if not ("NOUN" in forms_by_class(word.lower()) or "-" in word) or not is_content(word.lower()):
            break
        head = word
    return None if head is None or "-" in head else head


@lru_cache(maxsize=16384)  # a day's cards cite the same sentences again and again
def _things_changed(text: str) -> list[Bound]:
    """Each percentage change with the thing it changed, tied to the thing: ("changed by", "dividend") -> "5"."""
    found: list[Bound] = []
    for pattern in (_THING_CHANGED_BY, _CHANGE_OF_THING):
        for m in pattern.finditer(text):
            if (head := _head_of(m.group("run"))) is not None:
                # (the words to the figure, or to the thing where the figure comes first)
                end = (
                    m.end() if pattern is _THING_CHANGED_BY else m.start("run") + m.group("run").index(head) + len(head)
                )
                said = text[m.start() : end]
                found.append((("changed by", min(lemmas(head.lower()))), m.group("figure").rstrip("."), said))
    return found


# "35km", "35 miles", "12kg", "40mph", "38C": a measure and its unit, by the unit's canonical name.
_MEASURE_UNITS = (
    ("mph", r"mph|m\.p\.h\.?|miles?\s+(?:per|an|a)\s+hour"),
    ("km/h", r"km/h|kph|kmh|(?:km|kilomet(?:re|er)s?)\s+(?:per|an|a)\s+hour"),
    ("knot", r"knots?"),
    ("km2", r"sq\.?\s*km|km2|km²|square\s+kilomet(?:re|er)s?"),
    ("mi2", r"sq\.?\s*miles?|square\s+miles?"),
    ("km", r"km|kilomet(?:re|er)s?"),
    ("cm", r"cm|centimet(?:re|er)s?"),
    ("mm", r"mm|millimet(?:re|er)s?"),
    ("m", r"met(?:re|er)s?"),  # not "5m": as often five million
    ("mile", r"miles?"),
    ("ft", r"ft|feet|foot"),
    ("inch", r"inch(?:es)?"),
    ("yard", r"yards?|yds?"),
    ("kg", r"kg|kilo(?:gram(?:me)?)?s?"),
    ("lb", r"lbs?"),
    ("g", r"gram(?:me)?s?"),
    ("tonne", r"tonnes?|tons?"),
    ("C", r"°\s?C|C(?![\w])|degrees?\s+(?:Celsius|centigrade)|Celsius"),
    ("F", r"°\s?F|F(?![\w])|degrees?\s+Fahrenheit|Fahrenheit"),
    ("ha", r"ha|hectares?"),
    ("acre", r"acres?"),
    ("l", r"litres?|liters?"),
    ("gal", r"gallons?"),
)
_MEASURE_UNIT = re.compile(
    r"(?<![\w.,$£€])(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?:-\s?)?(?:"
    + "|".join(f"(?P<u{i}>{pattern})" for i, (_, pattern) in enumerate(_MEASURE_UNITS))
    + r")(?![\w/])",
)


def _measured(text: str) -> list[Bound]:
    """Each figure with its unit of measure, tied to the figure: ("unit", "35") -> "km"."""
    found: list[Bound] = []
    for m in _MEASURE_UNIT.finditer(text):
        unit = next(name for i, (name, _) in enumerate(_MEASURE_UNITS) if m.group(f"u{i}") is not None)
        found.append((("unit", m.group("figure").replace(",", "")), unit, m.group(0)))
    return found


# "Erling Haaland scoring twice", "scored a hat-trick", "Mbappe pulled one back": how many goals a scorer got.
_GOAL_COUNTS = {"once": 1, "twice": 2, "a brace": 2, "three times": 3, "a hat-trick": 3, "a hat trick": 3,
                "four times": 4, "one back": 1}  # fmt: skip
_GOALS = re.compile(
    rf"(?P<who>{NAME_RUN})\s+(?:(?:[a-z]+)\s+){{0,2}}?(?:scor(?:ed|ing|es)|netted|netting|bagged|grabbed|struck|pulled)\s+"
    r"(?P<n>once|twice|a brace|three times|four times|a hat[- ]trick|one back|(?P<count>\d|two|three|four|five) goals?)\b"
)


def _goals(text: str) -> list[Bound]:
    """Each scorer with the goals the text gives them, tied to the scorer's last name."""
    found: list[Bound] = []
    for m in _GOALS.finditer(text):
        said = m.group("n").lower().replace("hat trick", "hat-trick")
        count = count_value(m.group("count")) if m.group("count") else _GOAL_COUNTS.get(said)
        if count is not None:
            found.append((("goals", last_key(m.group("who"))), count, m.group(0)))
    return found


# "put the Green Alliance on 31 percent, two points ahead of the Liberal Party on 29 percent": a share and whose.
_STANDING = re.compile(
    rf"(?P<name>{NAME_RUN})\s+(?:on|at)\s+(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)"
)


# "… on 34%, three points ahead of the Conservatives": the other's share, given as the gap to this one.
_POINTS_FROM = re.compile(
    rf"(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b),?\s+(?P<gap>\d{{1,2}}(?:\.\d+)?|{SMALL_COUNT_WORDS})"
    rf"\s+(?:percentage\s+)?points?\s+(?P<way>ahead\s+of|clear\s+of|behind)"
    rf"\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?P<name>{NAME_RUN})"  # "her predecessor Jo Lake"
)


def standings(text: str) -> list[Bound]:
    """Each share a text gives a name ("the Liberal Party on 29 percent"), by the name's last word; and the one
    it gives as a gap to another's ("on 34%, three points ahead of the Conservatives" puts them on 31)."""
    found: list[Bound] = []
    for m in _STANDING.finditer(text):
        found += [(k, _digits(m.group("figure")), m.group(0)) for k in _party_keys(m.group("name"))]
    for m in _POINTS_FROM.finditer(text):
        gap = count_value(m.group("gap"))
        if gap is None:
            continue
        share = float(_digits(m.group("figure"))) + (gap if m.group("way") == "behind" else -gap)
        found += [(k, f"{share:g}", m.group(0)) for k in _party_keys(m.group("name"))]
    return found


def _party_keys(name: str) -> list[str]:
    """ "the Labour Party" by "party" and by "labour": a claim may drop the word "Party"."""
    keys = [last_key(name)]
    parts = name.split()
    if keys[0] == "party" and len(parts) > 1:
        keys.append(last_key(" ".join(parts[:-1])))
    return keys


# "were down by a third", "cut by half": a change told as a part of the whole.
_BY_PART = re.compile(
    r"\b(?:by|to)\s+(?:(?P<count>a|one|two|three)\s+)?(?P<part>half|thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE
)


# "reduced the risk by 20%": the same change as a part, where the other side tells it as one ("by a fifth").
_BY_PERCENT = re.compile(r"\bby\s+(?P<figure>\d{1,2}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)


def _by_parts(text: str) -> list[Bound]:
    found: list[Bound] = [
        (
            ("part", m.group(0).split()[0].lower()),
            round(_COUNTS[(m.group("count") or "").lower()] * _PARTS[m.group("part").lower().rstrip("s")], 2),
            m.group(0),
        )
        for m in _BY_PART.finditer(text)
    ]
    # (to the hundredth: "by 33%" is "by a third")
    found += [
        (("part", "by"), round(float(m.group("figure")) / 100, 2), m.group(0))
        for m in _BY_PERCENT.finditer(text)
        if _after_a_change(text, m.start())
    ]
    return found


# "85% of its members", "61 percent of union members": a share and whom it is a share of.
_SHARE_OF = re.compile(
    r"(?<![\d.])(?P<figure>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)\s+of\s+"
    r"(?:(?:the|its|their|his|her|our|all)\s+)?(?P<run>[a-z]+(?:\s+[a-z]+){0,2})",
    re.IGNORECASE,
)


def _is_figure(value: object) -> bool:
    try:
        float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _shares_of(text: str) -> list[Bound]:
    """ "61% of union members" as (("share", "member"), 61.0, words): the head is the last noun of the
    run of nouns after "of" ("union members" -> "member")."""
    found: list[Bound] = []
    for m in _SHARE_OF.finditer(text):
        head, end = None, m.start("run")
        run = m.group("run").lower().split()
        if len(run) == 3 and run[0] == "those" and run[1] in ("who", "that"):
            # "88% of those who voted": those who did it, by their deed
            found.append((("share", "those who " + min(lemmas(run[2]))), float(m.group("figure")), m.group(0)))
            continue
        for word in re.finditer(r"[a-z]+", m.group("run"), re.IGNORECASE):
            lower = word.group(0).lower()
            if "NOUN" not in forms_by_class(lower) or not is_content(lower):
                break
            head, end = lower, m.start("run") + word.end()
        if head is not None:
            found.append((("share", min(lemmas(head))), float(m.group("figure")), text[m.start() : end]))
    return found


# "a 50mph limit", "a 10km run", "a 2kg bag": a measure written before the noun it is the size of.
_MEASURE_BEFORE = re.compile(
    r"\b(?P<figure>\d+(?:\.\d+)?)\s?(?P<unit>mph|km/h|kph|km|kg|cm|mm|ft|lb|mw|gw|kw)[\s-]+(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)


def _measures_before(text: str) -> list[Bound]:
    """ "travelling at 50mph on a stretch with a 72mph limit" against "… at 72mph … with a 50mph limit": the size a
    measure gives the noun after it."""
    return [
        ((min(lemmas(m.group("noun").lower())), m.group("unit").lower()), float(m.group("figure")), m.group(0))
        for m in _MEASURE_BEFORE.finditer(text)
        if "NOUN" in forms_by_class(m.group("noun").lower())
    ]


# "Shopwell will cut the price of 500 everyday products", "rival Greenbag, which cut prices on 300 items": a count a
# named doer's deed takes, each figure of the clause.
_NAMED_DOES = re.compile(
    # ("Norland's biggest supermarket, Freshway, will cut": the comma closing the name set off after what it is)
    # (not "The bank will": an article is no name, and what follows it no verb)
    r"(?P<who>(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b)[A-Z][\w'’-]+)"
    r"(?:,\s+(?:which|who)|,(?=\s+(?:will|would|has|have|had|is|was)\s))?"
    r"\s+(?:will\s+|would\s+|has\s+|have\s+|had\s+|is\s+|was\s+)?"
    r"(?P<verb>[a-z]{3,})\s+(?P<rest>[^.,;:]*)"
)
# ("40 stolen mountain bikes": two words may describe what is counted; "60 of its 400 branches" are 60 of them)
_COUNT_IN_CLAUSE = re.compile(
    r"(?<![\w.,$£€])(?P<figure>\d[\d,]*)(?![\d.,]*\d)\s+(?:of\s+(?:its|their|the|his|her|our)\s+\d[\d,]*\s+)?"
    r"(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b"
)


_OF_A_WHOLE = re.compile(r"\bof\s+(?:its|their|the|his|her|our)\s+$", re.IGNORECASE)
# Verbs that tell no deed of their own: "Shopwell said 500 …", "Greenbag has 300 …".
_AUXILIARY_WORDS = frozenset("said says told added has have had is was were are will would".split())


@lru_cache(maxsize=16384)  # read for every card, whatever its words: a day's cards cite the same sentences
def _named_counts(text: str) -> list[Bound]:
    """ "Greenbag will cut prices on 500 items" against "Shopwell will cut the price of 500 everyday products …
    Greenbag, which cut prices on 300 items": whose deed a count is."""
    found: list[Bound] = []
    for m in _NAMED_DOES.finditer(text):
        verb = m.group("verb")
        if "VERB" not in forms_by_class(verb) or verb in _AUXILIARY_WORDS:
            continue
        for c in _COUNT_IN_CLAUSE.finditer(m.group("rest")):
            if _OF_A_WHOLE.search(m.group("rest"), 0, c.start()):
                continue  # ("lost all but one of its 12 seats": 12 is what the deed took a part of)
            said = text[m.start() : m.start("rest") + c.end()]
            found.append(((min(lemmas(verb)), last_key(m.group("who"))), _digits(c.group("figure")), said))
    return found


# Deeds that take a share of a vote alike: "the Greens, who took 9%" won 9%.
_TOOK_A_SHARE = "won took secured gained got polled received".split()
# "the Greens, who took 9%", "Falk won 41 percent": a share of a vote and the name whose it is.
_NAMED_SHARE = re.compile(
    r"(?P<who>[A-Z][\w'’-]+)(?:,\s+(?:who|which))?\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:{'|'.join(_TOOK_A_SHARE)})\s+"
    r"(?:(?:about|nearly|almost|around|just|over|under|more\s+than|less\s+than)\s+)?"
    r"(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
)


@lru_cache(maxsize=16384)  # evidence sentences repeat across a day's cards
def _named_shares(text: str) -> list[Bound]:
    """ "The Greens won 38%" against "… talks with the Greens, who took 9%": whose share a figure is."""
    return [
        (("won", last_key(m.group("who"))), float(m.group("figure")), m.group(0)) for m in _NAMED_SHARE.finditer(text)
    ]


def _digits(figure: str) -> str:
    return re.sub(r"[^\d.]", "", figure)


# Each reading, and the words a claim must have for it to apply (read before the regular expression).
# A side's results: "lost seven of their last eight games", "seven defeats in eight league games", "won three
# matches in a row". Defeats and wins each a count of their own, whatever the games they came in.
_GAMES = r"(?:(?:league|cup|home|away|competitive|straight|consecutive|successive)\s+){0,2}(?:games|matches|fixtures|outings)"
_RESULT_COUNT = rf"(?:\d{{1,2}}|{SMALL_COUNT_WORDS})"
_RESULTS = re.compile(
    rf"\b(?P<verb>lost|won|drew|drawn)\s+(?P<n>{_RESULT_COUNT})\s+(?:of\s+(?:their|its|his|her|the)\s+(?:last\s+)?"
    rf"{_RESULT_COUNT}\s+)?(?:{_GAMES}|in\s+a\s+row)\b"
    rf"|\b(?P<n2>{_RESULT_COUNT})\s+(?:(?:straight|consecutive|successive|league|home|away)\s+){{0,2}}"
    r"(?P<noun>defeats|losses|wins|victories|draws)\b",
    re.IGNORECASE,
)
_RESULT_KIND = {"lost": "defeats", "losses": "defeats", "won": "wins", "victories": "wins", "drew": "draws",
                "drawn": "draws"}  # fmt: skip


def _results(text: str) -> list[Bound]:
    """Each count of defeats, wins or draws the text gives ("lost eight league games", "seven defeats")."""
    found: list[Bound] = []
    for m in _RESULTS.finditer(text):
        word = (m.group("verb") or m.group("noun")).lower()
        count = count_value((m.group("n") or m.group("n2")).lower())
        if count is not None:
            found.append((("results", _RESULT_KIND.get(word, word)), count, m.group(0)))
    return found


# "one in five have skipped meals", "almost half of adults say they have cut back": a share of those asked, then
# what they do. (A share before "of" and a noun is read by `_shares_of` as the share of that thing.)
_SHARE_DOES = re.compile(
    r"\b(?P<share>one\s+in\s+(?P<in>two|three|four|five|six|seven|eight|nine|ten|\d+)|half|a\s+third|a\s+quarter"
    r"|two[\s-]thirds|three[\s-]quarters|(?P<percent>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b))"
    r"(?P<who>\s+(?P<of>of\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+s(?=\s))?"
    r"(?:\s+(?:in|across)\s+[A-Z][\w'’-]*)?(?:\s+(?:say|said)(?:\s+that)?(?:\s+they)?)?"
    r"\s+(?P<aux>(?:(?:have|has|had|are|were|now|also|already|regularly|often)\s+)*)(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_IN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SHARE_WORDS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75}


def _shares_doing(text: str) -> list[Bound]:
    """ "one in five have skipped meals" as (("share doing", "skip"), 0.2, words): a share of those asked and what
    they do, which another share in the same survey may be of."""
    found: list[Bound] = []
    for m in _SHARE_DOES.finditer(text):
        verb = m.group("verb").lower()
        verbs = forms_by_class(verb).get("VERB", ())
        # A deed after "have" or told in the past ("skipped"), not a noun that may be a verb ("in the quarter"); a
        # percentage only of people ("15% of adults"): "5.2% in the quarter" is a rate.
        if not verbs or verb in _AUXILIARY_WORDS or not (m.group("aux") or verb not in verbs):
            continue
        if m.group("percent") and not m.group("of"):
            continue
        share = " ".join(m.group("share").lower().replace("-", " ").split())
        if m.group("in"):
            value = 1 / (_IN.get(m.group("in").lower()) or float(m.group("in")))
        elif m.group("percent"):
            value = float(m.group("percent")) / 100
        else:
            value = _SHARE_WORDS[share]
        found.append((("share doing", min(lemmas(verb))), round(value, 4), m.group(0)))
    return found


_READINGS: list[tuple[Callable[[str], list[Bound]], tuple[str, ...]]] = [
    (_measures, (" of ", ", ", " was ", " is ", " stood at ", " came to ")),
    (_ages, ("-year-old", "aged")),
    (_sexes_aged, ("-year-old", "aged")),
    (_times, ("m",)),
    (_ends, ("to ", "from ", "by ")),
    (_fractions, ("half", "quarter", "third")),
    (_shares_doing, (" in ", "half", "third", "quarter", "%", "per")),
    (_shares_of, ("%", "percent", "per cent")),
    (_named_shares, ("%", "percent", "per cent")),
    (_measures_before, ("mph", "km", "kg", "cm", "mm", "ft", "lb", "mw", "gw", "kw")),
    (_named_counts, ("",)),
    (_counts, ("",)),
    (_deeds, ("",)),
    (_based, ("year", "month", "quarter", "week")),
    (_whose, ("",)),
    (_named_ages, (", ", "(", "year")),
    (_named_terms, ("year", "month", "week")),
    (_money_for, ("$", "£", "€")),
    (_sums_for_whom, ("$", "£", "€")),
    (_prices, ("estimat", "valued", "sold", "fetched", "went for", "bought for")),
    (_money_deeds, ("$", "£", "€")),
    (_paid_for, ("$", "£", "€")),
    (
        _currencies,
        ("$", "£", "€", "¥", "dollar", "pound", "sterling", "euro", "yen", "usd", "gbp", "eur", "jpy", *_NAMED),
    ),
    (standings, (" on ", " at ")),
    (_goals, ("scor", "nett", "bagged", "grabbed", "struck", "pulled")),
    (_for_when, ("this ", "next ", "last ", "in 19", "in 20")),
    (_results, ("lost", "won", "drew", "drawn", "defeats", "losses", "wins", "victories", "draws")),
    (_measured, ("",)),
    (
        _tolls,
        (
            "kill",
            "died",
            "dead",
            "death",
            "injur",
            "wound",
            "hurt",
            "missing",
            "arrest",
            "evacuat",
            "rescued",
            "displaced",
            "culled",
        ),
    ),
    (_by_parts, ("half", "third", "quarter", "fifth", "tenth", "%", "percent", "per cent")),
    (_toll_victims, ("kill", "died", "injur", "wound", "hurt", "missing", "arrest", "evacuat", "rescued")),
    (_votes, ("vote", "majority", "margin")),
    (_voters, ("vote", "voting")),
    (_levels, (" to ",)),
    (_numbered, ("number", "no.")),
    (_money_rates, ("$", "£", "€")),
    (_changes_in_places, ("%",)),
    (_things_changed, ("%", "percent", "per cent")),
    (_remaining, ("left", "leaving", "remain")),
    (_how_often, ("once", "twice", "times", "every", "each", "daily", "weekly", "monthly", "yearly", "nightly")),
]


def _measured_figures(ctx: ClaimContext) -> set[float]:
    """The figures the evidence gives as a measure of something ("a turnout of 61%")."""
    return {float(v) for text in ctx.texts for _, v, _ in _measures(text) if _is_figure(v)}


# ("re-elected with 54% of the vote" won it)
_WON_A_SHARE = frozenset(form for verb in [*_TOOK_A_SHARE, "elected", "re-elected"] for form in lemmas(verb))


def _same_deed(theirs: str, mine: str) -> bool:
    return theirs == mine or (theirs in _WON_A_SHARE and mine in _WON_A_SHARE)


# "has ordered 14 new Chinook helicopters …, fewer than the 20 it had planned to buy": the deed's figure, and the one it
# is set against.
_DONE_THEN_COMPARED = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:a|an|the)\s+)?(?P<done>\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?)\b"
    r"(?:(?![.;]\s)[^;]){0,80}?\b(?:fewer|less|more|lower|higher|smaller|bigger)\s+than\s+(?:the\s+)?"
    r"(?P<other>\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?)"
    r"(?P<rest>(?:[\s%]+[\w'’-]+){0,6})",
    re.IGNORECASE,
)


def _figure_taken(figure: str, claim: str) -> re.Match[str] | None:
    """The verb right before `figure` in the claim, past "for"/"to" and an article ("asked for a 21")."""
    return re.search(
        rf"\b(?P<verb>[a-z]{{3,}})\s+(?:(?:for|to)\s+)?(?:(?:a|an|the)\s+)?{re.escape(figure)}\b", claim, re.I
    )


# "an 82-year-old man", "the 19-year-old striker": an age and the noun it is given to, whatever that is.
_AGED_ONE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?P<who>[a-z]+)\b")


def _age_given_another(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "An 82-year-old cyclist knocked over a man" against "An 82-year-old man … was knocked over by a cyclist":
    claim and evidence both name the same two, and the claim gives the age to the other one."""
    mine = [m for m in _AGED_ONE.finditer(ctx.card.claim) if "NOUN" in forms_by_class(m.group("who"))]
    if not mine:
        return None
    claim_lemmas = {lemma for w in ctx.claim_words for lemma in lemmas(w.lower)}
    for text in ctx.texts:
        told = {lemma for w in words(text) for lemma in lemmas(w.lower)}
        for theirs in _AGED_ONE.finditer(text):
            other = lemmas(theirs.group("who"))
            for m in mine:
                who = lemmas(m.group("who"))
                if (
                    m.group("age") == theirs.group("age")
                    and "NOUN" in forms_by_class(theirs.group("who"))
                    and not who & other
                    and not one_meaning(m.group("who"), theirs.group("who"))
                    and other & claim_lemmas  # (the claim names the evidence's one, without the age)
                    and who & told  # (and the evidence the claim's)
                ):
                    return m.group(0), theirs.group(0)
    return None


def _compared_told_as_done(ctx: ClaimContext) -> tuple[str, str] | None:
    """ "The Ministry of Defence has ordered 20 Chinook helicopters" against "has ordered 14 new Chinook helicopters
    …, fewer than the 20 it had planned to buy": the figure a deed is compared with, told as the deed's own."""
    for text in ctx.texts:
        for m in _DONE_THEN_COMPARED.finditer(text):
            verb = lemmas(m.group("verb").lower())
            if not verb or m.group("done") == m.group("other"):
                continue
            compared = text[m.start("other") : m.end()].strip()
            said = _figure_taken(m.group("other"), ctx.card.claim)
            if said and lemmas(said.group("verb").lower()) & verb:
                return said.group(0), compared
            # (the other way: "Companies had asked for a 21% rise" against "approved a 21% rise …, less than the 33%
            # rise that companies had asked for")
            theirs = {f for w in words(m.group("rest")) for f in lemmas(w.lower) if is_content(w.lower)}
            said = _figure_taken(m.group("done"), ctx.card.claim)
            if said and lemmas(said.group("verb").lower()) & theirs and not lemmas(said.group("verb").lower()) & verb:
                return said.group(0), compared
    return None


_BEFORE_NOW = re.compile(r"\b(?:previous|old|former|earlier|existing)\s+$", re.IGNORECASE)
_BEFORE_NOW_SAID = re.compile(r"\b(?:previous|old|former|earlier|existing)\b", re.IGNORECASE)


def _one_before(text: str, said: str, claim: str) -> bool:
    """Whether `text` gives `said` as the one before ("The previous record of 50.1 seconds"), where the claim tells of
    none before: the figure of a new record is not set against the old one's."""
    at = text.find(said)
    return at >= 0 and bool(_BEFORE_NOW.search(text, max(0, at - 12), at)) and not _BEFORE_NOW_SAID.search(claim)


def figure_bound_elsewhere(ctx: ClaimContext) -> Iterator[Hit]:
    """ "at a depth of 30 kilometres" against "30 kilometres north of Brisca, at a depth of 10 kilometres";
    "a 34-year-old woman" against "a 34-year-old man"; "3:40 p.m." against "3:40 a.m."; "rose to 3.0
    percent" against "rose to 3.2 percent … from 3.0 percent"; "half a percentage point" against "a quarter
    of a percentage point"."""
    if ctx.verbatim:
        return
    if compared := _compared_told_as_done(ctx) or _age_given_another(ctx):
        yield ctx.said_against(*compared)
        return
    claim = ctx.card.claim
    lowered = claim.lower()
    printed: set[str] | None = None
    for read, needed in _READINGS:
        if not any(word in lowered for word in needed) or not (mine := read(claim)):
            continue
        theirs = [bound for text in ctx.texts for bound in read(text) if not _one_before(text, bound[2], claim)]
        if read is _measures:
            # A figure the evidence lacks altogether is the number rule's finding, not a measure's.
            printed = printed or {_digits(n.surface) for atoms in ctx.seen for n in atoms.numbers}
            mine = [bound for bound in mine if bound[1] in printed and not _said_earlier(bound, ctx.texts)]
        elif read is _deeds:
            # Only a count the evidence has another verb take: "sentenced to eight years" where it says
            # "sentenced … to six years … Prosecutors had asked for eight years"; or gives as a measure of something
            # ("voted by 61%" where it says "voted by 78% to 22% …, on a turnout of 61%").
            measured = _measured_figures(ctx)
            mine = [
                b
                for b in mine
                if b[1] in measured
                or any(v == b[1] and t[1] == b[0][1] and not _same_deed(t[0], b[0][0]) for t, v, _ in theirs)
            ]
        elif read in (_counts, _whose, _shares_doing, _things_changed, _money_deeds):
            # Only a count the evidence gives of something else: "four points clear" where it says "two
            # points clear … with four games left", "three years" where it says "3 percent over four years"; a
            # share of those asked that it gives of another deed ("one in five have skipped meals").
            # One it gives bare ("Sheffield, 27"), lacks or rounds is not this finding. And only a doer the
            # evidence gives another figure: "Health care lost 8,000 jobs" where it says "health care, which
            # added 56,000 jobs, while manufacturing lost 8,000"; a change it gives another thing ("raised its
            # dividend by 12%" where it says "a 12% rise in half-year profit … raised its dividend by 5%"); a sum it
            # has another verb take ("each will receive £4.2m" where it says "has won £4.2m …, meaning each will
            # receive £350,000").
            # ("105 African migrants" is the "105 migrants" the evidence gives bare, whatever its "100 African migrants")
            mine = [
                b
                for b in mine
                if any(v == b[1] and t != b[0] for t, v, _ in theirs)
                and not (isinstance(b[0], tuple) and any(v == b[1] and t == b[0][0] for t, v, _ in theirs))
            ]
        elif read is _shares_of:
            # Only a share the evidence gives of someone else, or as another measure ("on a turnout of 61%"):
            # "Falk won 41 percent of the vote" against "… 54 percent of the vote, defeating Falk, who won 41
            # percent" is Falk's share of the same vote.
            measured = _measured_figures(ctx)
            mine = [b for b in mine if b[1] in measured or any(v == b[1] and t != b[0] for t, v, _ in theirs)]
        elif read is _by_parts:
            # A percentage against a percentage is the number rule's to judge: only a part told in words
            # ("by a third") is set against a percentage, either way round.
            worded = any(not re.search(r"\d", said) for _, _, said in mine + theirs)
            mine = mine if worded else []
        elif read is _levels:
            # Only a level the evidence gives as something else: "fell to 90,000" where it says "fell to 212,000 …
            # above the target of 90,000" (a level it lacks, or rounds, is the number rule's to judge).
            given = {f"{n.value:g}" for atoms in ctx.seen for n in atoms.numbers} | {
                _digits(n.surface) for atoms in ctx.seen for n in atoms.numbers
            }
            mine = [b for b in mine if b[1] in given]
        elif read is _sexes_aged:
            # Only an age the evidence gives someone else: "A 50-year-old woman died" where it says "An 18-year-old
            # woman has died …; the 50-year-old driver" (an age it lacks is the number rule's finding).
            printed = printed or {_digits(n.surface) for atoms in ctx.seen for n in atoms.numbers}
            mine = [b for b in mine if b[1] in printed]
        elif read is _votes:
            # A count of votes the evidence prints with no word of votes ("came second with 7,800") is its to tell,
            # not another's count: only one it gives as another count of votes (a margin) is set against it.
            bare = {f"{n.value:g}" for atoms in ctx.seen for n in atoms.numbers}
            mine = [b for b in mine if any(v == b[1] for _, v, _ in theirs) or f"{b[1]:g}" not in bare]
        elif read is _toll_victims:
            # "five infants" for "five babies": one meaning in two words
            mine = [b for b in mine if not any(t == b[0] and one_meaning(v, b[1]) for t, v, _ in theirs)]
        elif read is _money_for:
            # Only a sum the evidence gives too, of something else: "an £18 million bid" where it says "a fee of
            # £18 million … had a £12 million bid rejected" (a sum it lacks is the number rule's finding).
            printed = printed or {_digits(n.surface) for atoms in ctx.seen for n in atoms.numbers}
            mine = [b for b in mine if str(b[1]).rstrip("mbnk") in printed]
        # ("six decades after he left school" against "60 years after leaving school … for six years": a length of
        # time the evidence gives in another unit is that length, whatever else the figure counts)
        mine = _lengths_untold(mine, claim, ctx.texts)
        found = (
            bound_differently(mine, theirs)
            or (_measure_swapped(mine, ctx) if read is _measures else None)
            or (
                _count_relabelled(read(claim), theirs, ctx)
                or _unit_swapped(_lengths_untold(read(claim), claim, ctx.texts), theirs)
                if read is _counts
                else None
            )
            or (_fate_counted_otherwise(mine, theirs, ctx) if read is _tolls else None)
        )
        if found:
            said, other = found
            yield ctx.said_against(said, other)
            return


_UNITS = frozenset(_UNIT_WORDS.values())


def _lengths_untold(bounds: list[Bound], claim: str, texts: list[str]) -> list[Bound]:
    """The claim's figures but those that are a length of time the evidence gives in another unit, among the same
    words ("six decades after he left school" against "60 years after leaving school"; not "studied for six decades"
    against "studied for six years … 60 years after leaving school")."""
    return [b for b in bounds if not _length_given_alike(claim, claim.find(b[2]), texts)]


def _length_given_alike(claim: str, at: int, texts: list[str]) -> bool:
    mine = [d for d in durations(claim) if d.start <= at < d.end]
    if not mine:
        return False
    around = _words_around(claim, mine[0].start, mine[0].end)
    return any(
        same_length(mine[0], d) and d.unit != mine[0].unit and around & _words_around(text, d.start, d.end)
        for text in texts
        for d in durations(text)
    )


def _words_around(text: str, start: int, end: int) -> frozenset[str]:
    """The lemmas of the content words up to four words either side of a stretch of `text`."""
    return content_lemmas(words(text[:start])[-4:] + words(text[end:])[:4])


def _fate_counted_otherwise(mine: list[Bound], theirs: list[Bound], ctx: ClaimContext) -> tuple[str, str] | None:
    """ "Three people are missing" against "14 people are missing and rescuers have pulled three survivors from the
    mud": the evidence counts those it befell otherwise, and gives the claim's count of something else."""
    # (a count, not "a third" who "died later in hospital")
    printed = {f"{n.value:g}" for atoms in ctx.seen for n in atoms.numbers if not n.ordinal}
    for tied, fate, said in mine:
        others = [(t[1], words) for t, f, words in theirs if f == fate]
        if others and all(count != tied[1] for count, _ in others) and tied[1] in printed:
            if _counted_with(tied[1], [words for _, words in others], ctx.texts):
                continue  # "All 164 passengers and six crew members were evacuated": both befell it
            return said, others[0][1]
    return None


def _counted_with(count: str, tolls: list[str], texts: list[str]) -> bool:
    """Whether the evidence writes `count` in the clause of one of `tolls`, just before it."""
    for text in texts:
        for toll in tolls:
            at = text.find(toll)
            if at < 0:
                continue
            before = re.split(r"[.;:]", text[max(0, at - 80) : at])[-1]
            if any(f"{n:g}" == count for n in (count_value(t.strip(",")) for t in before.split()) if n is not None):
                return True
    return False


def _unit_swapped(mine: list[Bound], theirs: list[Bound]) -> tuple[str, str] | None:
    """ "rose by 3%" against "rose by 3p a litre": the evidence gives the figure in another unit only."""
    for tied, value, said in mine:
        if tied not in _UNITS and tied not in _SPANS:
            continue
        same_value = [(t, words) for t, v, words in theirs if v == value]
        if same_value and all((t in _UNITS or t in _SPANS) and t != tied for t, _ in same_value):
            return said, same_value[0][1]
    return None


# Spans of time a count may be of ("for two weeks" against "for two winters": the same count, another span).
_SPANS = frozenset("second minute hour day night week fortnight month year decade century winter summer".split())


# Units and spans of time, however a text writes them ("230 metres", "230m"; "a 75 - year - old"): a
# count's thing the article does not write is only another thing when it is neither.
_MEASURE_NOUNS = frozenset(_UNIT_WORDS.values()) | frozenset(
    "second minute hour day week month year decade century meter metre mile km acre hectare gallon litre liter".split()
)


def _counts_a_name(said: str) -> bool:
    """ "two Republicans", "three Britons": a count of people named by a capitalized word."""
    counted = said.split()[-1]
    return counted[:1].isupper() and counted.endswith("s")


def _count_relabelled(mine: list[Bound], theirs: list[Bound], ctx: ClaimContext) -> tuple[str, str] | None:
    """ "in 1,500 trials" against "in a trial of 1,500 patients": the evidence counts the figure as another thing
    only, and writes the claim's thing apart from it (a thing it lacks is the coverage rule's to weigh)."""
    for tied, value, said in mine:
        if isinstance(tied, tuple) or re.fullmatch(r"(?:1[89]|20)\d\d", said.split()[0]):
            continue  # a unit; "the 2019 championships" a year
        if value < 10 and not _counts_a_name(said):
            continue  # a small count is as often a word of the sentence, but not of a party: "two Republicans"
        same_value = [(t, words) for t, v, words in theirs if v == value]
        if not same_value or any(t == tied for t, _ in same_value):
            continue
        at = ctx.card.claim.find(said)
        follower = re.match(r"\s+([a-z]+)", ctx.card.claim[at + len(said) :]) if at >= 0 else None
        if follower and "NOUN" in forms_by_class(follower.group(1)):
            continue  # "14 of 25 council seats" counts seats: the noun after a figure may open a compound
        # The sentence giving the figure writes the claim's thing too: "a trial of 1,500 patients".
        giving = [text for text in ctx.texts if same_value[0][1] in text]
        if not any(tied in lemmas(w.lower) for text in giving for w in words(text)) and (
            tied in _MEASURE_NOUNS
            or ctx.home.vocabulary.mentions(tied)
            or not all(t in _MEASURE_NOUNS for t, _ in same_value)
        ):
            # unless the article never writes the claim's thing and measures the figure: "12,000 homes" for
            # "12,000 acres" (a thing counted otherwise may be a word for the same: "participants", "patients")
            continue
        if _each_from(tied, same_value[0][1], giving):
            continue
        if all(not isinstance(t, tuple) and not one_meaning(t, tied) for t, _ in same_value):
            return said, same_value[0][1]
    return None


# "objections from more than 300 residents", "complaints by 40 passengers": one thing from each one counted.
_FROM_EACH = re.compile(
    r"\s+(?:from|by)\s+(?:(?:(?:more|fewer|less)\s+than|over|about|around|nearly|almost|some)\s+)?$", re.IGNORECASE
)


def _each_from(thing: str, counted: str, texts: list[str]) -> bool:
    """ "300 objections" against "objections from more than 300 residents": the claim counts what came from each."""
    for text in texts:
        at = text.find(counted)
        if at < 0:
            continue
        before = words(text[:at])
        for w in before[-6:]:
            if thing in lemmas(w.lower) and _FROM_EACH.match(text[w.end : at]):
                return True
    return False


# Words for how much of anything there is, which name no measure of their own: "a total of 238 lots".
_ANY_AMOUNT = frozenset("total number sum amount figure tally count maximum minimum average estimate value".split())


def _names_a_measure(noun: str) -> bool:
    return noun not in _ANY_AMOUNT and not noun.endswith("ing")


def _measure_swapped(mine: list[Bound], ctx: ClaimContext) -> tuple[str, str] | None:
    """ "revenue of $212 million" against "a profit of $212 million": the sentence that gives the figure
    gives it as another measure, and does not write the claim's (in any form)."""
    for (noun, unit), value, said in mine:
        if not _names_a_measure(noun):
            continue
        forms = lemmas(noun)
        for text in ctx.texts:
            other = next(
                (
                    w
                    for (n, u), v, w in _measures(text)
                    if v == value and u == unit and n != noun and _names_a_measure(n) and not one_meaning(n, noun)
                ),
                None,
            )
            if other is None:
                continue
            # The sentence writes the claim's measure nowhere, or only of other figures ("a net loss of $1.2
            # billion …, compared with a profit of $300 million a year earlier" for "a net profit of $1.2 billion").
            written = sum(1 for w in words(text) if forms & lemmas(w.lower))
            elsewhere = sum(1 for (n, _), v, _ in _measures(text) if lemmas(n) & forms and v != value)
            if written == elsewhere:
                return said, other
    return None


def given_to_another(
    mine: Iterable[tuple[Any, Any, str]], theirs: list[tuple[Any, Any, str]], alike: Callable[[Any, Any], bool]
) -> tuple[str, str] | None:
    """(the claim's words, the evidence's) for the first of the claim's (thing, value, words) whose value the evidence
    gives only to other things, while it gives the claim's thing another value: a figure moved from one thing to the
    other. `alike` says whether two things are the same."""
    for thing, value, said in mine:
        others = [(t, words) for t, v, words in theirs if v == value]
        if not others or any(alike(t, thing) for t, _ in others):
            continue
        if any(alike(t, thing) and v != value for t, v, _ in theirs):
            return said, others[0][1]
    return None


def bound_differently(mine: Iterable[Bound], theirs: list[Bound]) -> tuple[str, str] | None:
    """(the claim's words, the evidence's) for the first of the claim's figures that the evidence ties
    to the same thing with other values only; None when every one agrees or the evidence is silent."""
    for tied, value, said in mine:
        same = [(v, words) for t, v, words in theirs if t == tied]
        if same and all(v != value for v, _ in same):
            return said, same[0][1]
    return None
