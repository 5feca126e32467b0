"""Typographic normalization that remembers where every character came from.

Quotes are compared after folding what typesetting changes and meaning does not: curly and
straight quote marks, apostrophes, dashes, the ellipsis character, runs of white space, and
stray spaces before punctuation ("Blinken , during"). `NormalizedText.to_original` maps a
span of the normalized text back to exact offsets in the original, so a quote found after
normalization still reports offsets that reproduce it from the article body.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Every character Python counts as white space.
_WHITESPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
# One-to-one folds keep the length, so they run in C with str.translate; afterwards the only
# white space left is the plain space.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e", '"'),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys(_WHITESPACE + "\u200b\ufeff", " "),
    }
)
_CLOSERS = ",.;:!?)]\u2026"
# What changes the length is rare next to the single spaces between words, so it is found by
# patterns that start with something rarer than a space: a run of two spaces, a closing mark
# right after a space, an ellipsis character. A scan that stopped at every space would cost
# as much as the rest of verification.
_RUN = re.compile("  +")
_CLOSER_AFTER_SPACE = re.compile(r"(?<= )[,.;:!?)\]\u2026]")

Edit = tuple[int, int, str]  # replace folded[start:end] with the string


def _edits(folded: str) -> list[Edit]:
    """The length-changing edits of an already translated text, in order."""
    edits: list[Edit] = []
    for m in _RUN.finditer(folded):
        before_closer = m.end() < len(folded) and folded[m.end()] in _CLOSERS
        edits.append((m.start(), m.end(), "" if before_closer else " "))
    for m in _CLOSER_AFTER_SPACE.finditer(folded):
        at = m.start()
        if at < 2 or folded[at - 2] != " ":  # a longer run was handled above
            edits.append((at - 1, at, ""))
    at = folded.find("\u2026")
    while at >= 0:
        edits.append((at, at + 1, "..."))
        at = folded.find("\u2026", at + 1)
    edits.sort()
    return edits


def compact(text: str) -> str:
    """Letters and digits only, one lower-case character each: "do n't" and "don't", "5,000" and
    "5000", "Loss of propulsion" and "loss-of-propulsion" are one (a quotation compared word for word,
    whatever a feed's spacing, case and punctuation)."""
    joined = "".join(_WORD_RUN.findall(text))
    lowered = joined.lower()
    # A rare letter lower-cases to two ("İ"): one character each keeps offsets countable.
    return lowered if len(lowered) == len(joined) else "".join(c.lower()[0] for c in joined)


_WORD_RUN = re.compile(r"[^\W_]+")


def compact_offset(text: str, index: int) -> int:
    """Where in `text` the `index`-th character of `compact(text)` is."""
    seen = 0
    for m in _WORD_RUN.finditer(text):
        length = m.end() - m.start()
        if seen + length > index:
            return m.start() + index - seen
        seen += length
    return len(text)


def fold(text: str) -> str:
    """The normalized form of `text`, stripped: what two quotes must share to match."""
    folded = text.translate(_FOLD)
    edits = _edits(folded)
    if not edits:
        return folded.strip()
    parts, pos = [], 0
    for start, end, replacement in edits:
        parts.append(folded[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(folded[pos:])
    return "".join(parts).strip()


@dataclass(slots=True)
class NormalizedText:
    """`text` is the normalized original; segments map its positions back.

    Each segment is (normalized start, original start, original length, copied), where a
    copied segment maps one to one and any other segment stands for a resized run
    (white space, an ellipsis) that maps back to the whole run.
    """

    text: str
    _norm_starts: list[int]
    _segments: list[tuple[int, int, int, bool]]

    @classmethod
    def of(cls, original: str) -> NormalizedText:
        folded = original.translate(_FOLD)
        edits = _edits(folded)
        if not edits:
            return cls(folded, [0], [(0, 0, len(folded), True)])
        parts: list[str] = []
        segments: list[tuple[int, int, int, bool]] = []
        norm_pos = orig_pos = 0
        for start, end, replacement in edits:
            if start > orig_pos:
                segments.append((norm_pos, orig_pos, start - orig_pos, True))
                parts.append(folded[orig_pos:start])
                norm_pos += start - orig_pos
            if replacement:
                segments.append((norm_pos, start, end - start, False))
                parts.append(replacement)
                norm_pos += len(replacement)
            orig_pos = end
        if orig_pos < len(folded):
            segments.append((norm_pos, orig_pos, len(folded) - orig_pos, True))
            parts.append(folded[orig_pos:])
        return cls("".join(parts), [s[0] for s in segments], segments)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized span [start, end), end > start."""
        return self._orig_start(start), self._orig_end(end - 1)

    def _orig_start(self, pos: int) -> int:
        norm_start, orig_start, _length, copied = self._segments[bisect_right(self._norm_starts, pos) - 1]
        return orig_start + (pos - norm_start) if copied else orig_start

    def _orig_end(self, last: int) -> int:
        norm_start, orig_start, length, copied = self._segments[bisect_right(self._norm_starts, last) - 1]
        return orig_start + (last - norm_start) + 1 if copied else orig_start + length
