"""Find an evidence quote in an article body: exactly, after normalization, or fuzzily.

The result always carries offsets into the original body, so `body[start:end]` is the text
that was matched, whatever folding it took to find it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from factcards.models import Match
from factcards.text.document import Document
from factcards.text.normalize import fold

DEFAULT_FUZZY_THRESHOLD = 88.0
# Shorter quotes match something by chance too easily to be worth a fuzzy guess.
MIN_FUZZY_CHARS = 16
_SCREEN_MARGIN = 12.0
_QUOTE_MARKS = "\"'"


@dataclass(frozen=True, slots=True)
class Located:
    start: int
    end: int
    match: Match
    score: float


MISSING = Located(0, 0, Match.missing, 0.0)


def locate_quote(
    doc: Document,
    quote: str,
    *,
    near: int | None = None,
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
) -> Located:
    """Where `quote` sits in the body. `near` prefers the occurrence at or after an offset
    the caller already believes in (the one a card file gave)."""
    wanted = quote.strip()
    if not wanted:
        return MISSING
    exact = _find(doc.body, wanted, near)
    if exact >= 0:
        return Located(exact, exact + len(wanted), Match.exact, 100.0)
    folded = fold(wanted)
    normalized = doc.normalized
    for candidate in (folded, folded.strip(_QUOTE_MARKS).strip()):
        if not candidate:
            continue
        found = _find(normalized.text, candidate, None)
        if found >= 0:
            start, end = normalized.to_original(found, found + len(candidate))
            return Located(start, end, Match.normalized, 100.0)
    return _fuzzy(doc, folded.strip(_QUOTE_MARKS).strip(), fuzzy_threshold)


def _find(haystack: str, needle: str, near: int | None) -> int:
    if near is not None:
        found = haystack.find(needle, near)
        if found >= 0:
            return found
    return haystack.find(needle)


def _fuzzy(doc: Document, folded: str, threshold: float) -> Located:
    if len(folded) < MIN_FUZZY_CHARS:
        return MISSING
    text = doc.normalized.text
    # partial_ratio scores a window as long as the quote; a quote that dropped a word scores
    # low there but well on the window refined to its first and last words, so screen loosely
    # and judge the refined window against the threshold.
    alignment = fuzz.partial_ratio_alignment(folded, text, score_cutoff=max(threshold - _SCREEN_MARGIN, 0))
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return MISSING
    norm_start, norm_end = _refine(folded, text, alignment.dest_start, alignment.dest_end)
    score = max(fuzz.ratio(folded, text[norm_start:norm_end]), alignment.score)
    if score < threshold:
        return MISSING
    start, end = doc.normalized.to_original(norm_start, norm_end)
    start, end = _snap_to_words(doc.body, start, end)
    if end <= start:
        return MISSING
    return Located(start, end, Match.fuzzy, round(score, 1))


def _refine(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """partial_ratio's window has the quote's length; a quote with a word dropped or added
    is better served by the window running from its first word to its last."""
    words = quote.split()
    if len(words) < 2:
        return start, end
    slack = max(len(quote) // 4, 8)
    lo, hi = max(start - slack, 0), min(end + slack, len(text))
    first, last = words[0], words[-1]
    starts = _occurrences(text, first, lo, hi)
    ends = [i + len(last) for i in _occurrences(text, last, lo, hi)]
    best = (fuzz.ratio(quote, text[start:end]), start, end)
    for s in sorted(starts, key=lambda i: abs(i - start))[:3]:
        for e in sorted((e for e in ends if e > s), key=lambda i: abs(i - end))[:3]:
            score = fuzz.ratio(quote, text[s:e])
            if score > best[0]:
                best = (score, s, e)
    return best[1], best[2]


def _occurrences(text: str, word: str, lo: int, hi: int) -> list[int]:
    found = []
    i = text.find(word, lo, hi)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1, hi)
    return found


def _snap_to_words(body: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy span to whole words and trim white space at its edges."""
    while start > 0 and body[start - 1].isalnum() and body[start].isalnum():
        start -= 1
    while end < len(body) and body[end - 1].isalnum() and body[end].isalnum():
        end += 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
