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

# One-to-one folds keep the length, so they can be applied with str.translate in C.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e", '"'),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000", " "),
        "\u200b": " ",
        "\ufeff": " ",
    }
)
# Folds that change the length; each match becomes one segment of the map.
_CLOSERS = ",.;:!?)]\u2026"
_RESIZE = re.compile(r"\s+(?=[,.;:!?)\]\u2026])|\s+|\u2026")
_NEEDS_RESIZE = re.compile(r"\s(?=[,.;:!?)\]\u2026])|\s\s|[^\S ]|\u2026")


def fold(text: str) -> str:
    """The normalized form of `text`, stripped: what two quotes must share to match."""
    return _resize(text.translate(_FOLD)).strip()


def _resize(text: str) -> str:
    return _RESIZE.sub(_replacement, text)


def _replacement(m: re.Match[str]) -> str:
    token = m.group(0)
    if token == "\u2026":
        return "..."
    if m.end() < len(m.string) and m.string[m.end()] in _CLOSERS and token.isspace():
        return ""
    return " "


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
        if not _NEEDS_RESIZE.search(folded):
            return cls(folded, [0], [(0, 0, len(folded), True)])
        parts: list[str] = []
        segments: list[tuple[int, int, int, bool]] = []
        norm_pos = orig_pos = 0
        for m in _RESIZE.finditer(folded):
            if m.start() > orig_pos:
                segments.append((norm_pos, orig_pos, m.start() - orig_pos, True))
                parts.append(folded[orig_pos : m.start()])
                norm_pos += m.start() - orig_pos
            replacement = _replacement(m)
            if replacement:
                segments.append((norm_pos, m.start(), m.end() - m.start(), False))
                parts.append(replacement)
                norm_pos += len(replacement)
            orig_pos = m.end()
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
