"""Names in running text: capitalized runs, titles to peel off, and aliases.

There is no named-entity model on the offline path, so names are found the way a copy editor
scans for them: runs of capitalized words, with titles ("U.S. Secretary of State") peeled
off the front and a surname resolved to the full name the article gave earlier.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import lru_cache

from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.dictionary import is_word

# Nationality words: a title before a name ("Chinese President Xi"), otherwise what the claim says
# of someone's nation ("a Canadian who fell"), which its evidence must support like a name.
NATIONALITIES = frozenset(
    "chinese american british french german russian ukrainian israeli indian japanese canadian australian "
    "european".split()
)
ROLE_WORDS = NATIONALITIES | frozenset(
    """president vice prime minister ministers secretary state chancellor governor senator sen rep
    representative congressman congresswoman mayor general gen director chief executive officer
    spokesperson spokesman spokeswoman chairman chairwoman chair ceo cfo cto coo dr mr mrs ms
    miss prof professor judge justice commissioner ambassador deputy foreign defence defense
    finance health interior home trade justice attorney premier king queen prince princess
    sheikh pope bishop cardinal rev lt col capt sgt maj adm lord lady sir dame councillor
    councilor alderman sheriff inspector superintendent detective officer constable captain det con
    insp supt dci ssp pcso gov atty boss
    colonel lieutenant sergeant major admiral leader head manager founder chairperson economist
    analyst minister's us u.s. uk u.k. eu un u.n. former acting interim new top senior junior
    president-elect producer actor actress singer rapper host anchor coach player star author writer
    comedian lawyer doctor nurse teacher pastor activist artist journalist reporter editor designer
    chef scientist researcher lawmaker candidate nominee prosecutor investigator owner agent
    photographer filmmaker director-general secretary-general principal coroner councilman councilwoman
    trustee dean provost rabbi imam neighbor neighbour resident witness commander cmdr
    assistant national federal regional local city county speaker whip majority minority marshal mp mps mep meps
    msp msps""".split()
)
# The short forms a title takes before a name ("Vermont Sen. Bernie Sanders"), by the word "the
# senator said" uses for it later.
TITLE_ABBREVIATIONS = {
    "senator": ("sen",),
    "representative": ("rep",),
    "congressman": ("rep",),
    "congresswoman": ("rep",),
    "governor": ("gov",),
    "general": ("gen",),
    "lieutenant": ("lt",),
    "colonel": ("col",),
    "captain": ("capt",),
    "sergeant": ("sgt",),
    "major": ("maj",),
    "admiral": ("adm",),
    "commander": ("cmdr",),
    "detective": ("det",),
    "inspector": ("insp",),
    "superintendent": ("supt",),
    "professor": ("prof",),
    "doctor": ("dr",),
    "attorney": ("atty",),
    "reverend": ("rev",),
}
# Role words that describe a body rather than title a person ("National" in "South African National Parks").
DESCRIBING_WORDS = NATIONALITIES | frozenset(
    "national federal regional local city county state foreign home international royal public african asian".split()
)
# Words that open sentences and are capitalized only for that reason.
COMMON_OPENERS = frozenset(
    """a an the he she it they we i you his her its their our my your this that these those there
    here but and or yet so however meanwhile still also in on at after before when while if as
    by for from to with without of about despite during following although though because since
    until unless whether what which who whom whose why how where some many most more less few
    fewer several all any each every both either neither no not none nobody nothing noone
    everyone everybody everything someone somebody something anyone anybody anything one two
    three four five six seven eight nine ten first second third last next such only even just other another
    then now today yesterday tomorrow tonight asked speaking according officials critics people
    analysts experts residents over under above below across along among around behind beyond
    into near off onto out past through toward towards upon within against amid between
    nearly almost roughly approximately about half much already again earlier later recently
    previously currently soon once instead indeed moreover furthermore additionally separately
    similarly likewise nevertheless nonetheless otherwise overall finally firstly secondly
    lastly thus therefore hence altogether elsewhere together despite unlike like
    had has have was were is are did does do would could should""".split()  # "Had Sanders won", "Does Rubio"
)
# Place and organisation names that outlets write in several ways.
ALIASES: dict[str, str] = {
    "us": "united states", "usa": "united states", "america": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "un": "united nations", "eu": "european union", "prc": "china",
}  # fmt: skip

_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’.&-]*\w|[A-Z]\.?)"
_CAPITALIZED = re.compile(rf"(?<![\w'’]){_WORD}(?:\s+(?:(?:of|de|van|von|bin|al|la|der|del|da)\s+)?{_WORD})*")
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")


@dataclass(frozen=True, slots=True)
class NameRun:
    start: int
    end: int
    text: str


def capitalized_runs(text: str) -> list[NameRun]:
    """Runs of capitalized words ("U.S. Secretary of State Antony Blinken")."""
    runs = []
    for m in _CAPITALIZED.finditer(text):
        surface = m.group(0)
        if not _INITIALISM.search(surface):
            surface = surface.rstrip(".")
        runs.append(NameRun(m.start(), m.start() + len(surface), surface))
    return runs


@lru_cache(maxsize=131072)
def clean_token(token: str) -> str:
    """ "Xi's" -> "Xi", "(Blinken," -> "Blinken"; an initialism keeps its dots ("U.S.")."""
    bare = _POSSESSIVE.sub("", token.strip(",;:!?()[]\"'“”‘’"))
    return bare if _INITIALISM.search(bare) else bare.strip(".")


@lru_cache(maxsize=65536)
def key(token: str) -> str:
    """Comparison form of a name token: case, dots and accents folded ("Étienne" and "Etienne", however a
    feed composes the accent), aliases applied."""
    bare = clean_token(token).lower().replace(".", "")
    if not bare.isascii():
        bare = "".join(c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c))
    return ALIASES.get(bare, bare)


def last_key(name: str) -> str:
    """The comparison form of a name's last word: how a person or a body is known ("Kestrel City" -> "city",
    "Erling Haaland" -> "haaland")."""
    return key(name.split()[-1])


# Titles that are also surnames: at the end of a name they are the surname.
SURNAME_ROLES = frozenset("lord king judge bishop prince dean".split())


def peel_roles(run: str) -> str:
    """The person's name at the end of a run: "Chinese President Xi Jinping" -> "Xi Jinping"."""
    tokens = run.split()
    kept: list[str] = []
    for i, token in enumerate(reversed(tokens)):
        bare = clean_token(token).lower()
        if i == 0 and bare in SURNAME_ROLES and len(tokens) > 1 and clean_token(tokens[-2]).lower() not in ROLE_WORDS:
            kept.append(token)  # "Jeffrey Lord", "Steve King": the title word is the surname
            continue
        if bare in ROLE_WORDS or bare in ("of", "the"):
            break
        kept.append(token)
    name = " ".join(reversed(kept))
    return clean_token(name) if name else ""


# Words a name never has after its first word; a headline in title case does.
_HEADLINE_WORDS = frozenset(
    "him her them his their its he she it they we you is are was were be been has have had will would "
    "can could to toward towards into onto with without from for by after before over under about "
    "against the and or but not off up out down".split()
)
# British police ranks as written before a surname; only in capitals, so "Dc" or "Washington DC" stay.
_RANK_ABBREVIATIONS = frozenset("DC DS DI DCI DSI DSU DCS PC PS WPC".split())
_AGE = re.compile(r"[\w-]+-(?:year|month|week)s?-old$", re.IGNORECASE)
_CONJUNCTIONS = frozenset("when while if because although though unless whether".split())
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]{2,}")  # "GowdyChatter"; "McDonald", "DeSantis" are names
_NOT_A_NAME_WORD = re.compile(r"-(?:led|based|backed|born|owned|run|style|era|linked|funded|made)$", re.IGNORECASE)


def name_tokens(run: str, ordinary: Container[str] = frozenset(), openers: Container[str] = frozenset()) -> list[str]:
    """The words of the person or body a capitalized run names, without what only sits next to
    the name: "KIRO Radio’s Mike Lewis" -> Mike Lewis, "Producer Patricia Llewellyn" -> Patricia
    Llewellyn, "Fortunately Kieran" -> Kieran, "Bonus Trump-led" -> nothing. `openers` are words
    never a name (adverbs: "Fortunately"); `ordinary` the words the article writes in lower case,
    dropped from the front only while two name words remain ("Police Khalid Abu Bakar", but
    "Mark Cerny")."""
    tokens = run.split()
    for i, token in enumerate(tokens):
        if i and token in tokens[:i]:
            # A page's link text repeats the name: "Chairman Trey Gowdy Trey GowdyChatter grows …"
            tokens = tokens[tokens.index(token) : i]
            break
        if _RUN_TOGETHER.fullmatch(token):
            tokens = tokens[:i]
            break
    for i in range(len(tokens) - 2, -1, -1):
        if re.search(r"['’]s$", tokens[i]):
            tokens = tokens[i + 1 :]  # the organisation's person: "Xbox's Marc Whitten"
            break
    party = [i for i, t in enumerate(tokens[:-1]) if clean_token(t).lower() in PARTY_MEMBERS]
    if party:
        tokens = tokens[party[-1] + 1 :]  # "New Jersey Democrat Bob Menendez": the label is not the name
    cuts = [i for i, t in enumerate(tokens) if i and t.lower() in _CONJUNCTIONS]
    if cuts:  # "SCANDAL When Petra Lind" is Petra Lind; "Two Fat Ladies When" is no one
        tokens = tokens[cuts[-1] + 1 :] or tokens[: cuts[0]]
    if any(_NOT_A_NAME_WORD.search(t) for t in tokens) or (tokens and tokens[0] == "I"):
        return []  # "Trump-led", "I Feel Pretty": not a name
    if any(clean_token(t).lower() in _HEADLINE_WORDS for t in tokens[1:]):
        return []  # "Made Sexual Advances Toward Him": a headline in title case, not a name
    if "of" in tokens[1:]:
        # "Senate Majority Leader Harry Reid of Nevada" is Harry Reid; "Secretary of State Antony
        # Blinken" keeps going: only a name before "of" ends there.
        head = tokens[: tokens.index("of")]
        if len(peel_roles(" ".join(head)).split()) >= 2:
            tokens = head
    while len(tokens) > 1 and _AGE.match(tokens[0]):
        tokens = tokens[1:]  # "Nine-year-old Kieran": his age, not his name
    if len(tokens) > 1 and tokens[0] in _RANK_ABBREVIATIONS:
        tokens = tokens[1:]  # "DC Bird", "DS Khan": a detective's rank, written as police forces write it
    tokens = peel_roles(" ".join(tokens)).split()
    while tokens:
        lower = clean_token(tokens[0]).lower()
        shouted = tokens[0].isalpha() and tokens[0].isupper() and len(tokens[0]) > 3  # a kicker: "SCANDAL"
        if lower in COMMON_OPENERS or lower in openers or ((lower in ordinary or shouted) and len(tokens) > 2):
            tokens.pop(0)
        elif shouted and is_word(lower):
            tokens.pop(0)  # a video caption's "WATCH China": a word in capitals, not a name
        elif len(tokens) > 1 and lower.endswith("s") and lower in ordinary and lower[:-1] in ordinary:
            tokens.pop(0)  # "Deejays Roula": a plural title, where "Hunter Biden" keeps its first name
        else:
            break
    while len(tokens) > 1 and clean_token(tokens[-1]).lower() in CALENDAR_WORDS:
        tokens.pop()  # "Fox News Thursday": the day is not part of the name
    return tokens


# Months and weekdays, but not "May": "Theresa May" keeps her surname.
CALENDAR_WORDS = (frozenset(MONTHS) - {"may"}) | frozenset(WEEKDAYS)
# A word as a name may be written in any case: "Nicholls", "u.s.", "o’brien"; a hyphen parts two
# ("nicholls-trained").
NAME_WORD = re.compile(r"[^\W\d_][\w.'’]*")
# A run of capitalized words as a pattern to build on ("Kestrel City", "the Liberal Party" past its "the").
NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"


def word_keys(text: str) -> set[str]:
    """The key of every word of `text` that may be a name: what a feed that lower-cases its text names."""
    return {key(t) for t in NAME_WORD.findall(text)}


# A party member's label: "New Jersey Democrat Bob Menendez" is Bob Menendez; "Virginia Republican" is no one.
PARTY_MEMBER = frozenset("republican democrat independent".split())
PARTY_MEMBERS = PARTY_MEMBER | {"republicans", "democrats"}


def is_role(token: str) -> bool:
    return clean_token(token).lower() in ROLE_WORDS


def full_names(
    runs: Iterable[str], ordinary: Container[str] = frozenset(), openers: Container[str] = frozenset()
) -> list[str]:
    """Multi-word names after peeling titles and openers, in order of first appearance."""
    seen: dict[str, None] = {}
    for run in runs:
        if len(run.split(None, 1)) < 2:
            continue  # one word: never a full name, and most runs are ("The", "He", "Blinken")
        tokens = name_tokens(run, ordinary, openers)
        if len(tokens) >= 2:
            seen.setdefault(clean_token(" ".join(tokens)), None)
    return list(seen)
