"""Make untrusted text safe to place in a Markdown document.

Article text and model output may contain anything: `#` at a line start, `|`, backticks,
`<script>`, `[x](javascript:...)`, a line that is `---`. Everything from outside goes through
`inline` (one line of literal text) or `url` (a link target we are willing to emit), so it
can never change the brief's structure or smuggle in HTML.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# Every ASCII punctuation mark that can start or end Markdown syntax; CommonMark lets a
# backslash make any of them literal.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!{}])")
_LINE_START = re.compile(r"^([-+=>]|\d+(?=[.)]))")
_WHITESPACE = re.compile(r"\s+")


def inline(text: str | None) -> str:
    """`text` as literal inline Markdown on one line."""
    if not text:
        return ""
    flat = _WHITESPACE.sub(" ", text).strip()
    escaped = _SPECIAL.sub(r"\\\1", flat)
    # A leading "-", "+", ">", "=" or "1." would open a block; the number form is escaped
    # on its delimiter, the others on themselves.
    m = _LINE_START.match(escaped)
    if m:
        if m.group(1)[0].isdigit():
            end = m.end()
            escaped = escaped[:end] + "\\" + escaped[end:]
        else:
            escaped = "\\" + escaped
    return escaped


def url(value: str | None) -> str | None:
    """A link target for an http(s) URL, percent-encoded so it cannot end the link early;
    None for anything else (javascript:, data:, relative paths)."""
    if not value:
        return None
    candidate = value.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(candidate, safe=":/?#[]@!$&'*+,;=%-._~")


def truncate(text: str, limit: int) -> str:
    flat = _WHITESPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
