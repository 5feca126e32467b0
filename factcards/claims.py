"""The checkable content of a claim: numbers, dates, names and negations.

A claim may paraphrase its evidence in ordinary words, but it may not change a figure, a
date, a name, or whether something did or did not happen. `ClaimAtoms` is what survives
paraphrase; the verifier compares the claim's atoms with its evidence's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from factcards.dates import MONTHS, WEEKDAYS, DateMention, find_dates
from factcards.names import COMMON_OPENERS, clean_token, is_role, key

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
NEGATORS = frozenset(["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"])
# Words skipped when looking for what a negation negates ("did not *sign*").
_NEGATION_FILLER = frozenset(
    [
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "to",
        "a",
        "an",
        "the",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "must",
        "shall",
        "yet",
        "ever",
        "also",
        "so",
        "only",
        "any",
        "just",
        "that",
        "been",
        "always",
        "really",
        "even",
        "quite",
        "entirely",
        "fully",
        "currently",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<ord>st|nd|rd|th)?"
    r"(?:\s*-?\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?"
)
_NUMBER_WORD_ALTERNATIVES = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_WORD = re.compile(
    rf"\b(?P<words>(?:(?:{_NUMBER_WORD_ALTERNATIVES})(?:[\s-]+|\b))+)(?:(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_ORDINAL_WORD = re.compile(rf"\b({'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)
_CONTRACTION_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot\s+only\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberAtom:
    value: float
    ordinal: bool
    surface: str


@dataclass(frozen=True, slots=True)
class Negation:
    surface: str  # "not", "didn't", "never"
    target: str | None  # the stem of the word it negates


@dataclass(frozen=True, slots=True)
class ClaimAtoms:
    numbers: tuple[NumberAtom, ...]
    dates: tuple[DateMention, ...]
    names: tuple[str, ...]  # surface forms of name tokens
    negations: tuple[Negation, ...]
    stems: frozenset[str]  # every word's stem, for negation targets and overlap


def atoms(text: str, anchor: date | None = None, *, vocabulary: frozenset[str] | None = None) -> ClaimAtoms:
    """Extract the checkable content of `text`. `vocabulary` (the lowercase words of the
    article) decides whether a capitalized sentence opener is a name."""
    found_dates = tuple(find_dates(text, anchor))
    taken = [(d.start, d.end) for d in found_dates]
    return ClaimAtoms(
        numbers=tuple(_numbers(text, taken)),
        dates=found_dates,
        names=tuple(_names(text, taken, vocabulary)),
        negations=tuple(_negations(text)),
        stems=frozenset(stem(w) for w in _WORD.findall(text)),
    )


def stem(word: str) -> str:
    """A crude stem: enough to see that "interfere" and "interfering" are one word."""
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s", "ly", "ence", "ance", "ment"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:7]


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


def _numbers(text: str, taken: list[tuple[int, int]]) -> list[NumberAtom]:
    found: list[NumberAtom] = []
    for m in _NUMBER.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        value = float(m["num"].replace(",", ""))
        scale = (m["scale"] or "").lower()
        found.append(NumberAtom(value * SCALES.get(scale, 1), bool(m["ord"]), m.group(0).strip()))
    for m in _NUMBER_WORD.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        value = _word_value(m["words"])
        if value is None:
            continue
        scale = (m["scale"] or "").lower()
        found.append(NumberAtom(value * SCALES.get(scale, 1), False, m.group(0).strip(" -")))
    for m in _ORDINAL_WORD.finditer(text):
        found.append(NumberAtom(float(ORDINAL_WORDS[m.group(1).lower()]), True, m.group(1)))
    return found


def _word_value(words: str) -> float | None:
    total = 0.0
    current = 0.0
    for part in re.split(r"[\s-]+", words.strip().lower()):
        if not part:
            continue
        value = NUMBER_WORDS[part]
        if value == 100:
            current = (current or 1) * 100
        else:
            current += value
    total += current
    return total if total or "zero" in words.lower() else None


def _names(text: str, taken: list[tuple[int, int]], vocabulary: frozenset[str] | None) -> list[str]:
    found: list[str] = []
    for m in re.finditer(r"[A-Z][\w'’.&-]*", text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        for part in m.group(0).split("-"):
            token = clean_token(part)
            if not token or not token[0].isupper() or is_role(token):
                continue
            lower = token.lower()
            if lower in MONTHS or lower in WEEKDAYS or lower in NUMBER_WORDS or token == "I":
                continue
            if lower in ORDINAL_WORDS:
                continue
            if _opens_sentence(text, m.start()) and (
                lower in COMMON_OPENERS or (vocabulary is not None and lower in vocabulary)
            ):
                continue
            found.append(token)
    return found


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\n\"'“‘(")
    return not before or before[-1] in ".!?:;—–-"


def _negations(text: str) -> list[Negation]:
    scrubbed = _NOT_ONLY.sub(lambda m: " " * len(m.group(0)), text)
    words = _WORD.findall(scrubbed)
    found = []
    for i, word in enumerate(words):
        lower = word.lower().replace("’", "'")
        if lower in NEGATORS or _CONTRACTION_NOT.search(lower):
            target = next(
                (stem(w) for w in words[i + 1 : i + 5] if w.lower() not in _NEGATION_FILLER),
                None,
            )
            found.append(Negation(word, target))
    return found


def same_number(a: NumberAtom, b: NumberAtom) -> bool:
    return a.ordinal == b.ordinal and math.isclose(a.value, b.value, rel_tol=1e-9)


def name_keys(names: tuple[str, ...] | list[str]) -> set[str]:
    return {key(n) for n in names}
