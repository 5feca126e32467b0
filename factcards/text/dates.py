"""Dates in metadata and in running text, and their resolution against an article's date.

"on Friday" in an article dated 2024-04-26 (a Friday) is 2024-04-26; "last November" is
2023-11. Resolution never looks at the wall clock: without an article date, relative
expressions stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.dictionary import forms_by_class, inflected_from

RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
                 "this evening": 0}  # fmt: skip
_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}  # fmt: skip
# Nouns of scheduled events: "the November election" is the coming one, not last year's.
EVENT_NOUNS = frozenset(
    "election elections vote ballot poll polls referendum midterms primary primaries summit meeting deadline "
    "hearing trial conference talks session budget launch opening race runoff caucus caucuses".split()
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# One alternation, tried left to right, so the longest form of a date wins. "July 22 , 1947" (a
# space before the comma, as tokenised text writes it) is one date.
_MENTION = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?:[T ][0-9:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b)
  | (?P<md>\b(?P<mdm>{_MONTH})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,?\s+(?P<mdy>\d{{4}})\b)?)
  | (?P<dm>\b(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmm>{_MONTH})\b\.?(?:\s*,?\s+(?P<dmy>\d{{4}})\b)?)
  | (?P<mo>\b(?:(?P<mop>[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Uu]ntil|[Bb]y|[Ff]or|[Bb]efore|[Aa]fter|[Tt]hrough)\s+)?
        (?P<mom>{_MONTH})\b(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d))
        (?:\s+(?P<moy>\d{{4}})\b|\s+(?P<mor>next|last|this)\s+year\b)?)
  | (?P<wd>\b(?:(?P<wdp>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)?(?P<wdw>{_WEEKDAY})\b)
  | (?P<rel>\b(?P<relw>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening))\b)
  | (?P<span>\b(?P<spp>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?P<spu>week|month|year)\b)
  | (?P<ago>\b(?P<agon>\d{{1,3}}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|a))\s+(?P<agou>day|week|month|year|decade|century|centuries)s?\s+ago\b)
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


# What may stand beside the date on a page's date line: "Published:", "Updated 10:45 AM ET, Tue", "(meta
# data) PUBLISHED DATETIME:", "Posted on", "GMT". Anything else (a byline, a headline) is the page's text.
_DATELINE_WORDS = frozenset(
    """published publish publication updated update posted post last first modified date dated datetime
    time meta data on at am pm a.m. p.m. et est edt ct cst cdt pt pst pdt gmt bst utc cet cest ist aest
    mon tue tues wed thu thur thurs fri sat sun""".split()
) | frozenset(w.lower() for w in WEEKDAYS)
_DATELINE_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|[+-]\d{2}:?\d{2}\b")
_DATELINE_SEPARATOR = re.compile(r"\s[|•·/]\s|\s[-–—]\s")
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|di|al|bin)){0,4}\s*(?:,|on\b)?")
_DATELINE_LINES = 20  # lines of text above the story: a page's menus and headline, then its date
_DATELINE_LENGTH = 120
_STORY_LINES = 2  # once this many long lines (paragraphs) have gone by, the story has begun


def dateline(body: str) -> date | None:
    """The date a page or feed prints on a line of its own above the story ("27 December 2012",
    "Published: March 3, 2015 10:45 AM ET", "By Ana Ruiz on Nov 8, 2017"), for an article whose
    metadata gives none. A date inside a sentence is what the story is about, never the page's."""
    paragraphs = 0
    top = body[: _DATELINE_LINES * 1000]  # an article's text is untrusted: never split all of a huge one
    for line in [line.strip() for line in top.splitlines() if line.strip()][:_DATELINE_LINES]:
        if len(line) > _DATELINE_LENGTH:
            paragraphs += 1
            if paragraphs >= _STORY_LINES:
                break
            continue
        for part in _DATELINE_SEPARATOR.split(_BYLINE.sub("", line)):
            found = _full_date_only(part)
            if found is not None:
                return found
    return None


def _full_date_only(text: str) -> date | None:
    m = next((m for m in _MENTION.finditer(text) if m["iso"] or (m["md"] and m["mdy"]) or (m["dm"] and m["dmy"])), None)
    if m is None:
        return None
    rest = _DATELINE_TIME.sub(" ", text[: m.start()] + " " + text[m.end() :])
    leftover = [w for w in re.findall(r"[^\W\d_][\w.]*", rest) if w.lower().rstrip(".") not in _DATELINE_WORDS
                and w.lower() not in _DATELINE_WORDS]  # fmt: skip
    return parse_date(m.group(0)) if not leftover else None


# "would" is not here: in news it is mostly the future of a past report ("said it would").
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|is due|are due|is set to|are set to|plans? to|planned|scheduled|upcoming|"
    r"from|starting|beginning|until|next|by|is expected to|are expected to|is to|are to|set for|slated|"
    r"should|could|might|must"
    # ("are going back to China in December", "is opening in May": a present arranged for a time to come)
    r"|(?:is|are|am)\s+(?!being\b)[a-z]{2,}ing)\b|['’]ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|took|came|went|made|began|ended|died|won|lost|saw|gave|"
    r"ago|last|earlier|previously|already|since|\w+ed)\b",
    re.IGNORECASE,
)
# (a comma between digits is a figure's: "fell to 212,000 in August" is one clause; so is "rose to 310,000, from
# 295,000 in February", where the figure came from)
_CLAUSE_START = re.compile(
    r"(?:(?<!\d),|,(?!\d))(?!\s*(?:up\s+|down\s+)?from\s+[$£€]?\d)|[;:—–()]"
    r"|\b(?:and|but|while|when|after|before|that|which|who)\b",
    re.IGNORECASE,
)


def is_future(text: str) -> bool:
    """Whether a sentence speaks of what is to come ("will close from Monday"), which
    decides whether a bare weekday or month lies after the article date or before it."""
    return bool(_FUTURE.search(text))


def local_tense(text: str, start: int) -> str | None:
    """The tense of the words just before a date, within its clause ("said on Thursday":
    past; "will close from Monday": future); None when they say nothing."""
    window = text[max(0, start - 60) : start]
    boundaries = list(_CLAUSE_START.finditer(window))
    clause = window[boundaries[-1].end() :] if boundaries else window
    near = clause
    words = clause.split()[-3:]
    # The marker nearest the date governs it: "will be closed for eight weeks from March 24" is
    # future; "said on Thursday" past. Within the clause "would" counts: "would start in June".
    future = max(
        (
            m.end()
            for m in (*_FUTURE.finditer(near), *_WOULD.finditer(near))
            if not _HAD_BEFORE.search(near, 0, m.start()) and not _FROM_A_FIGURE.match(near, m.start())
        ),
        default=-1,
    )
    past = max(
        (
            *(m.end() for m in _PAST.finditer(near) if not _participle(near, m)),
            *(m.end() for m in _WORD.finditer(near) if _irregular_past(near, m)),
        ),
        default=-1,
    )
    if _DONE_ON.search(near):
        return "past"  # "their first cub, born on 12 June": a birth (or a founding) told is done
    if future < 0 and past < 0 and _CAME_FROM.search(near):
        return "past"  # "9,000 hours in January, up from 6,500 hours in December": where a figure came from
    if future < 0 and past < 0 and _DONE_BEFORE.search(text, max(0, start - 160), start):
        # "has been banned for four years after testing positive … in June": what came before a deed told as done
        return "past"
    if (
        (thing := _THING_FROM.search(near))
        and _a_noun(thing.group("noun").lower())
        and not _RANGE_ON.match(text, start)
    ):
        # "approved a tax rise from April": when the thing starts, which news tells ahead, not when it was approved
        # (but "the rise from April to June" is a stretch of time like any other)
        return "future"
    if future > past and past >= 0 and _WEAK_FUTURE.fullmatch(near[:future].split()[-1]):
        # "from", "until", "by" mark a start or a deadline, not the future: "rose 4% from
        # January" is past; "will close from Monday" has its "will".
        return "past"
    if future > past:
        return "future"
    if past > future:
        return "past"
    if any(_present_verb(w, words[i - 1] if i else "") for i, w in enumerate(words)):
        return "future"  # "talks resume in June", "the fair opens on Friday": a schedule
    return None


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
# "rose to 310,000, from 295,000 in February": where a figure came from, not a start still to come.
_FROM_A_FIGURE = re.compile(r"(?:from|by)\s+(?:the\s+|its\s+|their\s+)?[$£€]?\d", re.IGNORECASE)
_CAME_FROM = re.compile(r"\b(?:up|down)\s+from\s+[$£€]?\d[\d,.]*%?\s*(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_DONE_BEFORE = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:been\s+)?[a-z]+ed\b[^,;:]{0,40}?\bafter\s+[a-z]+ing\b[^,;:]*$"
)
_RANGE_ON = re.compile(
    r"[\w.]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s*(?:to|until|till|through|and|-|–)\s", re.I
)
_THING_FROM = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:from|starting|beginning)\s+(?:(?:on|in)\s+)?$")


def _a_noun(word: str) -> bool:
    """A word read as a noun, not a verb's past ("a rise", not "rose" or "increased")."""
    forms = forms_by_class(word)
    verb = forms.get("VERB", (word,))
    return "NOUN" in forms and not word.endswith("ed") and (word in verb or word.endswith("s"))


_DONE_ON = re.compile(r"\b(?:born|founded|established|died)\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)
_WEAK_FUTURE = re.compile(r"(?:from|starting|beginning|until|by)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_LAST_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_SUBJECT_PRONOUNS = frozenset("i you we they".split())


def _irregular_past(text: str, m: re.Match[str]) -> bool:
    """ "rose", "fell", "sold": past forms the -ed rule misses. "hit", "cut", "set" read as past
    only after a singular subject ("the storm hit"): in the present it would be "hits"."""
    word = m.group(0)
    lower = word.lower()
    if len(lower) < 3 or lower.endswith("ed") or lower in ("would", "should", "could", "might"):
        return False
    before = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
    previous = before.group(1).lower() if before else ""
    if _BE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return False  # "is to be sold": the auxiliary says when
    if previous in _DETERMINERS or previous in ("to", "will", "would", "can", "could", "may", "might", "must"):
        return False
    form = _past_form(lower)
    if form == "irregular":
        return True
    if previous in ("he", "she", "it") and lower in inflected_from(lower, "VBN"):
        return True  # "the £65 million it forecast in June": after "it" the present would be "forecasts"
    return form == "base" and previous.isalpha() and not previous.endswith("s") and previous not in _SUBJECT_PRONOUNS


def _past_form(lower: str) -> str | None:
    """ "irregular" for "rose", "sold"; "base" for "hit", "cut" (the past is the base form); else None."""
    verbs = inflected_from(lower, "VBD")
    if not verbs:
        return None
    return "base" if verbs[0] == lower else "irregular"


_HAD_BEFORE = re.compile(r"\b(?:had|was|were)\s+$", re.IGNORECASE)  # "had planned to": a past plan
_BE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|am)\s+$", re.IGNORECASE)


def _participle(text: str, m: re.Match[str]) -> bool:
    """ "will be signed", "is expected to", "are planned for": the -ed word after a form of "be"
    takes its time from the auxiliary, and "planned" or "scheduled" say what is to come."""
    word = m.group(0).lower()
    if word in ("was", "were", "had", "did"):
        return False
    return bool(_BE_BEFORE.search(text, 0, m.start())) or bool(_FUTURE.fullmatch(word))


_DETERMINERS = frozenset("the a an this that its his her their our my your no any every each".split())
_NOT_VERBS = frozenset("is are has have does do says this its news series species bus gas".split())


def _present_verb(word: str, before: str) -> bool:
    """A verb in the present tense ("resume", "opens"): in news, a schedule. A word that may
    also be a noun ("start", "team") counts only after a plural subject ("talks resume")."""
    lower = word.lower().strip(",.;:")
    if not lower.isalpha() or lower in _NOT_VERBS or len(lower) < 3:
        return False
    forms = forms_by_class(lower)
    verb = forms.get("VERB")
    if not verb or "ADJ" in forms or "ADP" in forms or before.lower() in _DETERMINERS:
        return False
    if "NOUN" in forms and not (before.isalpha() and (before.lower().endswith("s") or lower.endswith("s"))):
        # "talks resume", "the council votes": after a plural subject, or with the -s of the
        # third person after a singular one; "the vote" alone is a noun.
        return False
    return (
        lower in verb or (lower.endswith("s") and lower[:-1] in verb) or (lower.endswith("es") and lower[:-2] in verb)
    )


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def find_dates(text: str, anchor: date | None = None, *, future: bool | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor` (the article date).
    Bare weekdays and months resolve forward when `future` (default: `is_future(text)`)."""
    found: list[DateMention] = []
    covered = 0
    sentence_future: bool | None = future
    last_tense: str | None = None
    for m in _mention_matches(text):
        if m.start() < covered:
            continue
        if m["span"] and m["spp"].lower() == "last" and _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "in the last year" is the twelve months to now, as "the past year" is: no calendar year
        tense: str | None = None
        if anchor is not None and (m["mo"] or m["wd"] or m["md"] or m["dm"]):
            # Only dates without a year depend on tense: the clause's own verb first, then
            # the sentence's, and "the November election" is the coming one.
            tense = local_tense(text, m.start())
            if found and _RANGE_JOIN.fullmatch(text, found[-1].end, m.start()):
                # "will be tested between May and September": a range's far end is as far ahead as its near one
                tense = last_tense
            if tense is None and _names_an_event(text, m):
                tense = "future"
            if tense is None:
                if sentence_future is None:
                    sentence_future = is_future(text) and not _PAST.search(text[: m.start()][-40:])
                tense = "future" if sentence_future else None
        mention = _mention(m, anchor, tense == "future", tense)
        if mention is not None:
            found.append(mention)
            covered = m.end()
            last_tense = tense
    return found


# Where a date can begin: a digit, a month, a weekday, or a relative day. Scanning for these
# first (one character class, then a few letters) is several times faster than trying the
# whole date grammar at every position of every sentence.
_CORE = re.compile(
    r"[0-9JFMASONDTWYty](?:(?<=[0-9])|(?<=[JFMASOND])(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)"
    r"|(?<=[MTWFS])(?:on|ues|ednes|hurs|ri|atur|un)day|(?<=[Tt])o(?:day|night|morrow)|(?<=[Yy])esterday)"
)
_PREFIX_WORDS = frozenset("last next this in since early late mid mid- of until by on for before after through".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+-?)\s+$")


_SPAN_START = re.compile(
    r"\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year)\b"
    r"|\b(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|a))\s+(?:day|week|month|year|decade|century|centuries)s?\s+ago\b"
    r"|\b[Tt]his\s+(?:morning|afternoon|evening)\b"
)


def _mention_matches(text: str) -> list[re.Match[str]]:
    found = _core_matches(text)
    if any(word in text for word in ("ago", "week", "month", "year", "morning", "afternoon", "evening")):
        spans = [m for s in _SPAN_START.finditer(text) if (m := _MENTION.match(text, s.start()))]
        if spans:
            found = sorted(found + spans, key=lambda m: (m.start(), -m.end()))
    return found


def _core_matches(text: str) -> list[re.Match[str]]:
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


def _names_an_event(text: str, m: re.Match[str]) -> bool:
    """ "the May election", "won May's election" (not "Theresa May's election")."""
    after = re.match(r"(['’]s)?\s+(\w+)", text[m.end() : m.end() + 30])
    if after is None or after.group(2).lower() not in EVENT_NOUNS:
        return False
    if after.group(1):
        return not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30) : m.start()])
    return text[max(0, m.start() - 5) : m.start()].lower().endswith("the ")


def _mention(m: re.Match[str], anchor: date | None, future: bool, tense: str | None = None) -> DateMention | None:
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
            d = _month_day(anchor, month, day, tense) if anchor else None
            resolved = d.isoformat() if d else None
    elif m["mo"]:
        surface_month = m["mom"]
        # "May" alone is as likely the verb as the month; "the May election" is not; "voted for May"
        # and "after May" may be Theresa May.
        prefix_word = (m["mop"] or "").lower()
        month_word = prefix_word not in ("", "for", "after", "before") or (
            prefix_word == "for" and bool(_SCHEDULED_FOR.search(m.string, 0, m.start()))
        )
        # "raise charges from May", "open from May to September": a start, as "from April" is
        month_word = month_word or (not prefix_word and bool(_FROM_BEFORE.search(m.string, 0, m.start())))
        # "between May and September", "May to July": a month with another month as the other end
        month_word = month_word or bool(_TO_ANOTHER_MONTH.match(m.string, m.end()))
        if surface_month == "May" and not (month_word or m["moy"] or _names_an_event(m.string, m)):
            return None
        month = _month(surface_month)
        if m["moy"]:
            key = resolved = f"{int(m['moy']):04d}-{month:02d}"
        elif m["mor"]:
            # "in April next year": the month of the year named, which "next April" alone may not be
            shift = {"next": 1, "last": -1, "this": 0}[m["mor"]]
            key = f"--{month:02d}{shift:+d}y"
            resolved = f"{anchor.year + shift:04d}-{month:02d}" if anchor else None
        else:
            key = f"--{month:02d}"
            prefix = (m["mop"] or "").lower()
            if prefix == "by":
                prefix = "next"  # "by March": a deadline ahead
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
        offset = RELATIVE_DAYS[" ".join(m["relw"].lower().split())]
        key = f"day{offset:+d}"
        resolved = (anchor + timedelta(days=offset)).isoformat() if anchor else None
    elif m["span"]:
        which = " ".join(m["spp"].lower().split())
        unit = m["spu"].lower()
        key = f"{which}-{unit}"
        resolved = _resolve_span(anchor, which, unit) if anchor else None
    elif m["ago"]:
        count = _COUNT_WORDS.get(m["agon"].lower()) or int(m["agon"])
        unit = m["agou"].lower()
        if unit in _LONG_UNITS:  # "a century ago" is "100 years ago", "two decades ago" "20 years ago"
            count, unit = count * _LONG_UNITS[unit], "year"
        key = f"ago-{count}-{unit}"
        resolved = _resolve_ago(anchor, count, unit) if anchor else None
    else:
        key = resolved = m["yry"]
    return DateMention(m.start(), m.end(), m.group(0), key, resolved)


# "May and September", "June to August": what joins the two ends of a range of dates.
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*")
_TO_ANOTHER_MONTH = re.compile(rf"{_RANGE_JOIN.pattern}{_MONTH}\b")
_FROM_BEFORE = re.compile(r"\b(?:from|starting|effective)\s+$", re.IGNORECASE)
# "planned for May", "postponed for May": a time things are set for, not a vote for Theresa May.
_SCHEDULED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|due|expected|slated|postponed|delayed|moved|pushed|booked|penciled|pencilled)\s*$",
    re.IGNORECASE,
)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(anchor: date, month: int, day: int, tense: str | None) -> date | None:
    """ "Dec. 22": in a past-tense clause the latest one on or before the article date, in a
    future one the next on or after it, else the nearest."""
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := _safe_date(y, month, day)) is not None]  # fmt: skip
    if tense == "past":
        candidates = [d for d in candidates if d <= anchor] or candidates
    elif tense == "future":
        candidates = [d for d in candidates if d >= anchor] or candidates
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def _resolve_span(anchor: date, which: str, unit: str) -> str | None:
    """ "last month" -> that month; "last week" -> its month when the whole week lies in one;
    "next year" -> that year."""
    step = {"last": -1, "next": 1}.get(which, 0)
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "month":
        month = anchor.month + step
        year = anchor.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    sunday = monday + timedelta(days=6)
    return (
        f"{monday.year:04d}-{monday.month:02d}" if (monday.year, monday.month) == (sunday.year, sunday.month) else None
    )


_LONG_UNITS = {"decade": 10, "century": 100, "centuries": 100}


def _resolve_ago(anchor: date, count: int, unit: str) -> str | None:
    if unit == "day":
        return (anchor - timedelta(days=count)).isoformat()
    if unit == "week":
        day = anchor - timedelta(weeks=count)
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "month":
        month = anchor.month - count
        year = anchor.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    return f"{anchor.year - count:04d}"


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
        # "next Thursday" is the Thursday of next week, not tomorrow when today is Wednesday.
        return anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=1, days=weekday)
    if prefix == "last":
        return anchor - timedelta(days=back or 7)
    return anchor - timedelta(days=back)


def first_resolved(text: str, anchor: date | None) -> str | None:
    """The most specific date in `text` that resolves to a calendar day or month (see
    `first_resolved_mention`)."""
    mention = first_resolved_mention(text, anchor)
    return mention.resolved if mention else None


def _main_clause_year(text: str, start: int) -> bool:
    """ "The law passed in 2009": a year after "in" in the sentence's first clause dates it;
    "the plant, which opened in 1952, closed" does not."""
    before = text[:start]
    if len(re.findall(r"\b(?:1[89]\d{2}|20\d{2})\b", text)) > 1:
        return False  # "in 2016, 2018 and 2021": no one year
    verb = re.search(r"\b([A-Za-z]+)\s+(?:in|during)\s+$", before)
    if verb is None or _CLAUSE_START.search(before):
        return False
    # The year of what the sentence says happened ("passed in 2009"), not of a thing it
    # names ("on our list for replacement in 2026").
    word = _WORD.match(before, verb.start(1))
    assert word is not None
    return bool(_PAST.fullmatch(word.group(0))) or _irregular_past(before, word) or _past_passive(before, word)


def _past_passive(text: str, m: re.Match[str]) -> bool:
    """ "was born", "were sold": a past participle after was/were."""
    if not re.search(r"\b(?:was|were)\s+$", text[: m.start()], re.IGNORECASE):
        return False
    return bool(inflected_from(m.group(0).lower(), "VBN"))


_YEAR_INTRO = re.compile(r"(?:in|since|during|by)\s+", re.IGNORECASE)


def first_resolved_mention(text: str, anchor: date | None) -> DateMention | None:
    """The date a sentence is about: a date written out ("Monday, March 24") beats a bare
    weekday, which beats a month, which beats a year introduced as one ("in 2017"). None
    when nothing resolves with confidence: an editor is better served by no date than a guess."""
    best: tuple[int, DateMention] | None = None
    for mention in find_dates(text, anchor):
        if not mention.resolved:
            continue
        if mention.key.startswith("weekday") and text[mention.end : mention.end + 2] in ("'s", "’s"):
            continue  # "Saturday's events": which Saturday is anyone's guess
        if re.search(r"\b(?:each|every)\s+$", text[: mention.start], re.IGNORECASE):
            continue  # "every Saturday": no one day
        if len(mention.resolved) == 4:
            opens = _YEAR_INTRO.fullmatch(text[: mention.start].lstrip("\"“‘' ")) is not None
            if not opens and not mention.key.endswith("year") and not _main_clause_year(text, mention.start):
                # Only "In 2017, …" dates a whole sentence; "which opened in 1952" or "the 2024
                # election" is a detail inside it.
                continue
            rank = 3
        elif mention.key[:1].isdigit() or mention.key.count("-") == 3:
            rank = 0
        else:
            rank = 1 if len(mention.resolved) == 10 else 2
        if best is None or rank < best[0]:
            best = (rank, mention)
    return best[1] if best else None
