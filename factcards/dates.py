"""Dates in metadata and in running text, and their resolution against an article's date.

"on Friday" in an article dated 2024-04-26 (a Friday) is 2024-04-26; "last November" is
2023-11. Resolution never looks at the wall clock: without an article date, relative
expressions stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# One alternation, tried left to right, so the longest form of a date wins.
_MENTION = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?:[T ][0-9:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b)
  | (?P<md>\b(?P<mdm>{_MONTH})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy>\d{{4}})\b)?)
  | (?P<dm>\b(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmm>{_MONTH})\b\.?(?:,?\s+(?P<dmy>\d{{4}})\b)?)
  | (?P<mo>\b(?:(?P<mop>[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Uu]ntil|[Bb]y)\s+)?
        (?P<mom>{_MONTH})\b(?!\.?\s+\d{{1,2}}\b(?!\d))(?:\s+(?P<moy>\d{{4}})\b)?)
  | (?P<wd>\b(?:(?P<wdp>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)?(?P<wdw>{_WEEKDAY})\b)
  | (?P<rel>\b(?P<relw>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b)
  | (?P<yr>\b(?P<yry>1[89]\d{{2}}|20\d{{2}})\b)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, with what it means on its own (`key`) and,
    where the article date allows, the ISO date or month it resolves to."""

    start: int
    end: int
    surface: str
    key: str
    resolved: str | None


def parse_date(value: str) -> date | None:
    """Read a metadata date in a common form ("2024-04-26", "2024-04-26T09:00:00Z",
    "April 26, 2024", "26 April 2024", "Fri, 26 Apr 2024"); None when it is not one."""
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    for mention in _MENTION.finditer(text):
        if mention["md"] and mention["mdy"]:
            return _safe_date(int(mention["mdy"]), _month(mention["mdm"]), int(mention["mdd"]))
        if mention["dm"] and mention["dmy"]:
            return _safe_date(int(mention["dmy"]), _month(mention["dmm"]), int(mention["dmd"]))
    return None


_FUTURE = re.compile(
    r"\b(?:will|would|won't|shall|is due|are due|is set to|are set to|plans? to|planned|scheduled|upcoming|"
    r"from|starting|beginning|until|next)\b|['’]ll\b",
    re.IGNORECASE,
)


def is_future(text: str) -> bool:
    """Whether a sentence speaks of what is to come ("will close from Monday"), which
    decides whether a bare weekday or month lies after the article date or before it."""
    return bool(_FUTURE.search(text))


def find_dates(text: str, anchor: date | None = None, *, future: bool | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor` (the article date).
    Bare weekdays and months resolve forward when `future` (default: `is_future(text)`)."""
    found: list[DateMention] = []
    covered = 0
    for m in _mention_matches(text):
        if m.start() < covered:
            continue
        if future is None and anchor is not None and (m["mo"] or m["wd"]):
            future = is_future(text)  # only bare months and weekdays depend on it
        mention = _mention(m, anchor, bool(future))
        if mention is not None:
            found.append(mention)
            covered = m.end()
    return found


# Where a date can begin: a digit, a month, a weekday, or a relative day. Scanning for these
# first (one character class, then a few letters) is several times faster than trying the
# whole date grammar at every position of every sentence.
_CORE = re.compile(
    r"[0-9JFMASONDTWYty](?:(?<=[0-9])|(?<=[JFMASOND])(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"
    r"|(?<=[MTWFS])(?:on|ues|ednes|hurs|ri|atur|un)day|(?<=[Tt])o(?:day|night|morrow)|(?<=[Yy])esterday)"
)
_PREFIX_WORDS = frozenset("last next this in since early late mid mid- of until by on".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+-?)\s+$")


def _mention_matches(text: str) -> list[re.Match[str]]:
    matches: list[re.Match[str]] = []
    end = 0
    for core in _CORE.finditer(text):
        pos = core.start()
        if pos < end or (pos and (text[pos - 1].isalnum() or text[pos - 1] == "_")):
            continue
        before = _WORD_BEFORE.search(text, max(pos - 12, 0), pos)
        starts = [before.start(1), pos] if before and before.group(1).lower() in _PREFIX_WORDS else [pos]
        for start in starts:
            m = _MENTION.match(text, start)
            if m:
                matches.append(m)
                end = m.end()
                break
    return matches


def _mention(m: re.Match[str], anchor: date | None, future: bool) -> DateMention | None:
    key: str
    resolved: str | None = None
    if m["iso"]:
        d = _safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if d is None:
            return None
        key = resolved = d.isoformat()
    elif m["md"] or m["dm"]:
        month = _month(m["mdm"] or m["dmm"])
        day = int(m["mdd"] or m["dmd"])
        year = m["mdy"] or m["dmy"]
        if not 1 <= day <= 31:
            return None
        if year:
            d = _safe_date(int(year), month, day)
            if d is None:
                return None
            key = resolved = d.isoformat()
        else:
            key = f"--{month:02d}-{day:02d}"
            d = _nearest_month_day(anchor, month, day) if anchor else None
            resolved = d.isoformat() if d else None
    elif m["mo"]:
        surface_month = m["mom"]
        if surface_month == "May" and not (m["mop"] or m["moy"]):
            return None  # "May" alone is as likely the verb as the month
        month = _month(surface_month)
        if m["moy"]:
            key = resolved = f"{int(m['moy']):04d}-{month:02d}"
        else:
            key = f"--{month:02d}"
            prefix = (m["mop"] or "").lower()
            if prefix not in ("last", "next", "this"):
                prefix = "next" if future else ""
            resolved = _resolve_month(anchor, month, prefix) if anchor else None
    elif m["wd"]:
        weekday = WEEKDAYS[m["wdw"].lower()]
        key = f"weekday-{weekday}"
        prefix = (m["wdp"] or "").lower()
        if future and prefix in ("", "on"):
            prefix = "coming"
        d = _resolve_weekday(anchor, weekday, prefix) if anchor else None
        resolved = d.isoformat() if d else None
    elif m["rel"]:
        offset = RELATIVE_DAYS[m["relw"].lower()]
        key = f"day{offset:+d}"
        resolved = (anchor + timedelta(days=offset)).isoformat() if anchor else None
    else:
        key = resolved = m["yry"]
    return DateMention(m.start(), m.end(), m.group(0), key, resolved)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_month_day(anchor: date, month: int, day: int) -> date | None:
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := _safe_date(y, month, day)) is not None]  # fmt: skip
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def _resolve_month(anchor: date, month: int, prefix: str) -> str:
    # News reports the past: a bare month is the latest one not after the article date.
    year = anchor.year
    if prefix == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif prefix == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif prefix != "this" and month > anchor.month:
        year = anchor.year - 1
    return f"{year:04d}-{month:02d}"


def _resolve_weekday(anchor: date, weekday: int, prefix: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    if prefix == "coming":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    if prefix == "next":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if prefix == "last":
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def first_resolved(text: str, anchor: date | None) -> str | None:
    """The most specific date in `text` that resolves to a calendar day or month: a date
    written out ("Monday, March 24") beats a bare weekday, which beats a month."""
    best: tuple[int, str] | None = None
    for mention in find_dates(text, anchor):
        if not mention.resolved or len(mention.resolved) < 7:
            continue
        if mention.key.startswith("weekday") and text[mention.end : mention.end + 2] in ("'s", "’s"):
            continue  # "Saturday's events": which Saturday is anyone's guess
        rank = (
            0 if mention.key[:1].isdigit() or mention.key.count("-") == 3 else 1 if len(mention.resolved) == 10 else 2
        )
        if best is None or rank < best[0]:
            best = (rank, mention.resolved)
    return best[1] if best else None
