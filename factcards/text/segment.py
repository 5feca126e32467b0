"""Paragraphs and sentences as character spans of the article body.

News text defeats a naive split on ". ": "U.S." and "Mr." are not sentence ends, a quotation
may hold several sentences before its attribution ("... again," Blinken said), feeds leave
stray spaces before punctuation, and paragraphs sometimes end without a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from factcards.text.names import COMMON_OPENERS

ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof gen sen rep gov lt col capt sgt maj adm cmdr gen rev fr st jr sr
    inc corp co ltd plc llc bros dept univ assn ave blvd rd mt ft approx est fig vs jan feb mar
    apr jun jul aug sep sept oct nov dec no nos vol pp ch art sec""".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# Terminators and quote marks, scanned in one pass so quotation state is known at each end.
_EVENTS = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|[.!?\u2026]+")
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_OPENERS = "\"'\u201c\u2018([\u00ab"
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"[A-Za-z']+")
_WORD_AT_END = re.compile(r"[^\s\"“”]+$")
_WORD_AHEAD = re.compile(r"[A-Z][a-z]+\b")


def _glued(text: str, start: int, end: int) -> bool:
    """ "bag.The NTSB said": a lower-case word, a full stop and a capitalized word with no
    space between them; never a web address ("usat.ly/2bCOp8l", "nytimes.com") nor a decimal."""
    before = _WORD_AT_END.search(text, max(start - 40, 0), start)
    if before is None or not re.fullmatch(r"[a-z]{3,}", before.group(0)):
        return False
    return _WORD_AHEAD.match(text, end) is not None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def paragraphs(body: str) -> list[Span]:
    """Blank-line separated blocks, trimmed of surrounding white space."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        spans.append(_trimmed(body, pos, m.start()))
        pos = m.end()
    spans.append(_trimmed(body, pos, len(body)))
    return [s for s in spans if s.end > s.start]


def sentences(body: str, paragraph: Span) -> list[Span]:
    """Sentences of one paragraph, never crossing a quotation that is still open."""
    text = body[paragraph.start : paragraph.end]
    cuts = [0]
    in_quote = False
    skip_to = 0
    for m in _EVENTS.finditer(text):
        if m.start() < skip_to:
            continue
        token = m.group(0)
        if token in "\u201c\u00ab":
            in_quote = True
            continue
        if token in "\u201d\u00bb":
            in_quote = False
            continue
        if token == '"':
            in_quote = not in_quote
            continue
        end = m.end()
        while end < len(text) and text[end] in _CLOSERS:
            if text[end] in '"\u201d\u00bb':
                in_quote = False
            end += 1
        skip_to = end
        if in_quote or not _ends_sentence(text, m.start(), token, end):
            continue
        cuts.append(end)
    cuts.append(len(text))
    spans = (_trimmed(body, paragraph.start + a, paragraph.start + b) for a, b in pairwise(cuts))
    return [s for s in spans if s.end > s.start]


def _ends_sentence(text: str, start: int, token: str, end: int) -> bool:
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    if after == len(text):
        return True
    if after == end:  # "3.5", "U.S.-China", "ow.ly": no space, no sentence end...
        # ...unless a feed dropped the space between two sentences: "an evidence bag.The NTSB"
        return _glued(text, start, end)
    following = text[after]
    if token == "." and start > 0 and text[start - 1] == " " and following.isalpha():
        # "a three-year deal . the former hearts boss": a tokenised, lower-cased feed's full
        # stop stands alone; no abbreviation or initial is written with a space before its dot.
        return True
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if token != ".":
        return True
    # Only the last word before the full stop matters; searching the whole paragraph for it
    # would make every sentence end cost as much as the paragraph is long.
    word_match = _WORD_BEFORE.search(text, max(start - 40, 0), start)
    if word_match is None:
        return True
    word = word_match.group(1)
    bare = word.rstrip(".").lower()
    if "." in word.rstrip(".") or (len(word) == 1 and word.isupper()):
        # An initialism ("U.S.") or an initial ("John F. Kennedy"): a sentence ends only
        # when an ordinary sentence opener follows.
        next_word = _NEXT_WORD.match(text, after)
        return bool(next_word) and next_word.group(0).lower() in COMMON_OPENERS
    if bare in ABBREVIATIONS:
        if bare in ("no", "nos"):
            return not following.isdigit()
        return False
    return True


def _trimmed(body: str, start: int, end: int) -> Span:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end)
