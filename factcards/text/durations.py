"""Lengths of time however they are written: "six months" is "half a year", "48 hours" "two days".

A claim may give a span of time in another unit than its evidence ("the first rise in half a year"
for "the first rise in six months"); the figures and the unit differ, the length does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcards.text.claims import NUMBER_WORDS

# Days in each unit; a month and a year are their average lengths.
_UNITS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0, "fortnight": 14.0,
    "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0,
}  # fmt: skip
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|an?|one"
# ("centuries", the one unit whose plural is not the singular with an "s")
_UNIT = rf"(?P<unit>{'|'.join(_UNITS)}|centuries)s?"
_DURATION = re.compile(
    # ("the past decade", "the last month": one of the unit, back from now; not "last year", a date)
    rf"\b(?:(?P<the_past>the\s+(?:past|last|previous|preceding))\s+{_UNIT.replace('unit', 'unit3')}"
    rf"|(?P<half_a>half an?)\s+{_UNIT}"
    # ("a quarter of a century" is 25 years, "three quarters of an hour" 45 minutes)
    rf"|(?P<quarter>(?:an?|one|(?P<three>three))[\s-]+quarters?\s+of\s+an?)\s+{_UNIT.replace('unit', 'unit5')}"
    # ("in the year to March": one of the unit, back from the month named)
    rf"|(?P<the_to>the)\s+(?P<unit4>year|month|week)(?=\s+(?:to|ending)\s+[A-Z])"
    # ("a single day", "one whole week": one of the unit all the same)
    # ("every two weeks" is how often, no length)
    rf"|(?<!every\s)(?P<n>{_NUMBER})(?:\s+and\s+a\s+(?P<and_half>half))?(?:\s+(?:single|whole|full|entire))?[\s-]+"
    rf"{_UNIT.replace('unit', 'unit2')}"
    rf"(?:\s+and\s+a\s+(?P<then_half>half))?)\b",
    re.IGNORECASE,
)
# "six days a week", "20 hours per week": how much of each unit, a rate; its "a week" is no length of time.
_PER_UNIT_NEXT = re.compile(rf"\s+(?:a|an|per|each|every)\s+{_UNIT}\b", re.IGNORECASE)
_UNIT_BEFORE = re.compile(rf"\b{_UNIT}\s+$", re.IGNORECASE)
SAME_WITHIN = 0.02  # a month is 28 to 31 days: "four weeks" is "a month", "30 days" nearly so


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    days: float
    count: float  # as written: 6 of "six hours", 2.5 of "two and a half years"
    unit: str  # "hour"
    counted: bool  # a figure is written ("six", "48"), not "a", "an" or "half a"
    per: str = ""  # the unit of a rate it is told in: "week" of "six days a week", which is no length of time


@lru_cache(maxsize=32768)
def durations(text: str) -> tuple[Duration, ...]:
    """Each length of time `text` writes, in days."""
    found = []
    for m in _DURATION.finditer(text):
        if m.group("n") and m.group("n").lower() in ("a", "an") and _UNIT_BEFORE.search(text, 0, m.start()):
            continue  # (what a rate is of: the "a week" of "six days a week" is no length)
        per = _PER_UNIT_NEXT.match(text, m.end())
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4") or m.group("unit5")).lower()
        unit = "century" if unit == "centuries" else unit
        written = (m.group("n") or "").lower()
        if m.group("the_past") or m.group("the_to"):
            count = 1.0
        elif m.group("half_a"):
            count = 0.5
        elif m.group("quarter"):
            count = 0.75 if m.group("three") else 0.25
        else:
            count = float(written.replace(",", "")) if written[0].isdigit() else NUMBER_WORDS.get(written, 1)
            if m.group("and_half") or m.group("then_half"):
                count += 0.5
        counted = bool(written) and written not in ("a", "an")
        found.append(
            Duration(
                m.start(), m.end(), count * _UNITS[unit], count, unit, counted, per.group("unit").lower() if per else ""
            )
        )
    return tuple(found)


def same_length(a: Duration, b: Duration) -> bool:
    """Whether two lengths of time are one ("48 hours" and "two days"), of the same rate where both are told as one
    ("half an hour a day" and "30 minutes a day", or "six hours" for "six hours a night"; not "six hours a week")."""
    return (a.per == b.per or not (a.per and b.per)) and abs(a.days - b.days) <= SAME_WITHIN * max(a.days, b.days)


def given_as_length(claim: str, at: int, evidence: list[str]) -> bool:
    """Whether the words of `claim` at offset `at` are part of a length of time that one of the
    evidence texts gives too, in any unit."""
    mine = [d for d in durations(claim) if d.start <= at < d.end]
    if not mine:
        return False
    theirs = [d for text in evidence for d in durations(text)]
    return any(same_length(m, t) for m in mine for t in theirs)
