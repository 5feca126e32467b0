"""The checkable content of a claim: numbers, dates, names and negations.

A claim may paraphrase its evidence in ordinary words, but it may not change a figure, a
date, a name, or whether something did or did not happen. `ClaimAtoms` is what survives
paraphrase; the verifier compares the claim's atoms with its evidence's.

Every claim and every evidence sentence goes through `atoms`, so it reads a text in one
tokenizing pass (dates excepted) and computes word stems only when a negation needs them.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.dates import DateMention, find_dates
from factcards.text.dictionary import forms_by_class, verb_forms
from factcards.text.lexicon import said_otherwise
from factcards.text.names import COMMON_OPENERS, NATIONALITIES, ROLE_WORDS, key

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}  # fmt: skip
# The counts news writes in words where a list or a tally is small ("by five votes to two", "three Irish writers,
# two Canadians and a Nigerian"): one alternation for the patterns that read them.
SMALL_COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "forty-two", "Twenty one": a count of tens and units in words (for patterns: hyphenated, as counts are written).
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
COMPOUND_COUNT_WORDS = rf"(?:{_TENS})-(?:{_UNITS})"
_COMPOUND_COUNT = re.compile(rf"(?P<tens>{_TENS})[\s-](?P<units>{_UNITS})", re.IGNORECASE)
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
# "denied" turns what follows around as surely as "not" does.
NEGATORS = frozenset("not never no none nobody nothing neither nor cannot without deny denies denied denying".split())
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–]")
_DETERMINER_NEGATIONS = frozenset({"no", "none", "nothing", "nobody"})
# Words skipped when looking for what a negation negates ("did not *sign*").
NEGATION_FILLER = frozenset(
    """be been being is are was were am do does did have has had to a an the will would
    could should may might can must shall yet ever also so only any just that always
    really even quite entirely fully currently from in on at for with by of into about
    as than this those these it its such his her their our my your""".split()
)
# "Chris Eubank Sr.": a generation is no name of its own.
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# How a summary opens a sentence or a list item about the text itself ("Note: …", "Key points …",
# "Notable items include …"): words, not a thing the article must mention.
_SUMMARY_OPENERS = frozenset("note key notable brief summary full current overall".split())
# Initialisms that are common nouns, not names: "2:00 PM", "a TV series", "DNA profiling".
_COMMON_INITIALISMS = frozenset("am pm tv dna gdp ceo vip diy faq".split())
# Units named after people, written with a capital: "38 degrees Celsius" names no one in the story.
_UNIT_NAMES = frozenset("celsius fahrenheit centigrade kelvin richter".split())
# Countries and unions written as initials, which also stand as titles ("U.S. Secretary").
_STATE_INITIALISMS = frozenset("us u.s. uk u.k. eu e.u. un u.n.".split())
_SKIP_AS_NAME = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(NUMBER_WORDS)
    | frozenset(ORDINAL_WORDS)
    | _GENERATIONS
    | _COMMON_INITIALISMS
    | _UNIT_NAMES
    # "Tens of thousands of homes …": a count without its figure (FC301 reads it), not a name
    | frozenset({"tens", "dozens", "scores", "hundreds", "thousands", "millions"})
)
_NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<ord>st|nd|rd|th)\b|(?P<suffix>bn|mn|tn|[kmb])\b|\s?(?P<scale>thousand|million|billion|trillion)\b)?"
)
_SPACED_SUFFIX = re.compile(r" (bn|mn|tn|m|k)\b(?!['’])")
_CURRENCY_BEFORE = re.compile(r"[£$€¥] ?$")
_NUMBER_WORD_ALTERNATIVES = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# ("hole-in-one", "hole in one", "all-in-one": a thing's name, not a count.)
_NUMBER_WORDS = re.compile(
    rf"(?<!-in-)(?<!hole in )\b(?:{_NUMBER_WORD_ALTERNATIVES})(?:[\s-]+(?:{_NUMBER_WORD_ALTERNATIVES}))*\b"
    r"(?:\s(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_ORDINALS = re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"['’]?s?\s+([\w'’-]+)")
# (a brand may open in lower case before its capital: "easyJet", "eBay", "iPhone")
_CAPITALIZED = re.compile(r"(?<![\w'’])(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|[a-z]{1,4}(?=[A-Z][a-z]))[\w'’.&]*")
# "world No 74", "No. 10 Downing Street": "no" before a figure is its number, not a negation.
_NEGATION = re.compile(
    r"\b(?:not|never|no(?!\.?\s?\d)|none|nobody|nothing|neither|nor|cannot|without|deny|denies|denied|denying|\w*n['’]t)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_][\w'’]*")
_BRAND = re.compile(r"[a-z]{1,4}[A-Z][a-z]")
_SENTENCE_PUNCT = '.!?:;—–-"“(‘*•'  # a list's "* " and "• " open an item as a sentence does
_DATE_HINT = re.compile(
    r"\d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|week|month|year|ago)\b"
)


@dataclass(frozen=True, slots=True)
class NumberAtom:
    value: float
    ordinal: bool
    surface: str


@dataclass(frozen=True, slots=True)
class Negation:
    surface: str  # "not", "didn't", "never"
    target: str | None  # the stem of the word it negates
    scope: frozenset[str] = frozenset()  # stems of the words it reaches
    nominal: bool = False  # the target follows an article: "not the last one" negates no action


@dataclass(slots=True)
class ClaimAtoms:
    text: str
    numbers: list[NumberAtom]
    dates: list[DateMention]
    names: list[str]  # name tokens as written ("Okafor", "U.S.")
    capital_keys: set[str]  # comparison keys of every capitalized word, names or not
    negations: list[Negation]
    _stems: frozenset[str] | None = field(default=None)

    @property
    def stems(self) -> frozenset[str]:
        """Stems of every word; computed on first use (only negation checks need them)."""
        if self._stems is None:
            self._stems = stems_of(self.text)
        return self._stems

    @property
    def words(self) -> list[str]:
        return _WORDS.findall(self.text)


def atoms(text: str, anchor: date | None = None, *, vocabulary: Vocabulary | None = None) -> ClaimAtoms:
    """Extract the checkable content of `text`. `vocabulary` (the article's lowercase
    words) decides whether a capitalized sentence opener is a name."""
    found_dates = find_dates(text, anchor) if _DATE_HINT.search(text) else []
    taken = [(d.start, d.end) for d in found_dates]
    lowered = set(_WORDS.findall(text.lower()))
    numbers = _numbers(text, taken, lowered) if _may_write_figure(text, lowered) else []
    names: list[str] = []
    capital_keys: set[str] = set()
    for m in _CAPITALIZED.finditer(text):
        if taken and _covered(m.start(), taken):
            continue
        for offset, part in _parts(m.group(0), m.start()):
            if not part[:1].isupper() and not _BRAND.match(part):
                continue
            bare = _bare(part)
            capital_keys.add(key(bare))
            if _is_name(bare, text, offset, vocabulary):
                names.append(bare)
    negations = (
        [_negation(text, m) for m in _NEGATION.finditer(text) if not _not_only(text, m)]
        if not lowered.isdisjoint(NEGATORS) or "n't" in text or "n’t" in text
        else []
    )
    return ClaimAtoms(text, numbers, found_dates, names, capital_keys, negations)


class Vocabulary:
    """Answers "does the article write this word in lower case?" without building a set of
    every word up front: only capitalized sentence openers are ever asked about."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._known: dict[str, bool] = {}
        self._alnum_words: frozenset[str] | None = None
        self._inner_words: frozenset[str] | None = None
        self._sorted_words: list[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            if word.isalnum():
                # Read the article's words once: a search per asked word costs the square of a
                # long article's length (every sentence's opener is asked about).
                if self._alnum_words is None:
                    self._alnum_words = frozenset(_ALNUM_RUN.findall(self._body))
                known = word in self._alnum_words
            else:
                known = _lower_occurrence(self._body, word)
            self._known[word] = known
        return known

    def mentions(self, lemma: str) -> bool:
        """Whether the article uses the word in any case or inflection ("share", "Shares")."""
        known = self._known.get("\1" + lemma)
        if known is None:
            # ("university" for "universities": a final "e" or "y" may change in other forms)
            stem = (lemma[:-1] if lemma.endswith(("e", "y")) and len(lemma) > 3 else lemma).lower()
            if self._sorted_words is None:  # the article's words, sorted once: a prefix is a bisection
                self._sorted_words = sorted({w.lower() for w in _WORD_RUN.findall(self._body)})
            at = bisect.bisect_left(self._sorted_words, stem)
            known = self._known["\1" + lemma] = at < len(self._sorted_words) and self._sorted_words[at].startswith(stem)
        return known

    def capitalized_inside(self, word: str) -> bool:
        """Whether the article writes `word` capitalized inside a sentence ("with Trump"), as
        a name is written; an opener's capital says nothing."""
        known = self._known.get("\0" + word)
        if known is None:
            if word.isalnum():
                if self._inner_words is None:  # read once, as the lower-case words are
                    self._inner_words = frozenset(
                        m.group(0)
                        for m in _ALNUM_RUN.finditer(self._body)
                        if not m.group(0).islower() and not _opens_sentence(self._body, m.start())
                    )
                known = word in self._inner_words
            else:
                known = _inner_occurrence(self._body, word)
            self._known["\0" + word] = known
        return known


def _lower_occurrence(body: str, word: str) -> bool:
    start = body.find(word)
    while start >= 0:
        end = start + len(word)
        before = body[start - 1] if start else " "
        after = body[end] if end < len(body) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = body.find(word, start + 1)
    return False


def _inner_occurrence(body: str, word: str) -> bool:
    start = body.find(word)
    while start >= 0:
        end = start + len(word)
        after = body[end] if end < len(body) else " "
        if (not start or not body[start - 1].isalnum()) and not after.isalnum() and not _opens_sentence(body, start):
            return True
        start = body.find(word, start + 1)
    return False


_DIGIT = re.compile(r"\d")
_ALNUM_RUN = re.compile(r"[^\W_]+")
_WORD_RUN = re.compile(r"\w+")
_NUMBERISH = frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS)


def _may_write_figure(text: str, lowered: set[str]) -> bool:
    """A digit, or a number word among `lowered` (the text's words in lower case): only then are figures read."""
    return bool(_DIGIT.search(text)) or not lowered.isdisjoint(_NUMBERISH)


def writes_figure(text: str) -> bool:
    """Whether `atoms(text)` can find a figure in it at all: a cheap test before reading one."""
    return _may_write_figure(text, set(_WORDS.findall(text.lower())))


def _numbers(text: str, taken: list[tuple[int, int]], lowered: set[str]) -> list[NumberAtom]:
    found: list[NumberAtom] = []
    for m in _NUMBER.finditer(text):
        if taken and _covered(m.start(), taken):
            continue
        scale = m.group("suffix") or m.group("scale")
        surface = m.group(0)
        if (
            not scale
            and (spaced := _SPACED_SUFFIX.match(text, m.end()))
            and _CURRENCY_BEFORE.search(text, 0, m.start())
        ):
            # "£ 50 m", as a tokenised feed writes "£50m": after a currency sign, money (not metres)
            scale, surface = spaced.group(1), surface + spaced.group(0)
        value = float(m.group("num").replace(",", "")) * (SCALES[scale.lower()] if scale else 1.0)
        found.append(NumberAtom(value, bool(m.group("ord")), surface))
    words = lowered.isdisjoint(NUMBER_WORDS)
    for m in () if words else _NUMBER_WORDS.finditer(text):
        if taken and _covered(m.start(), taken):
            continue
        scale = m.group("scale")
        words = m.group(0)[: m.start("scale") - m.start()] if scale else m.group(0)
        value = _run_value([NUMBER_WORDS[w.lower()] for w in re.split(r"[\s-]+", words.strip()) if w])
        found.append(NumberAtom(value * (SCALES[scale.lower()] if scale else 1.0), False, m.group(0)))
    for m in () if lowered.isdisjoint(ORDINAL_WORDS) else _ORDINALS.finditer(text):
        found.append(NumberAtom(float(ORDINAL_WORDS[m.group(0).lower()]), True, m.group(0)))
    return found


_LETTING = frozenset("let lets letting allow allows allowing allowed permit permits".split())


def _a_verb(lower: str) -> bool:
    return "VERB" in forms_by_class(lower)


def _negation(text: str, m: re.Match[str]) -> Negation:
    """A negation, the stem of the first content word after it (within four words), and what it
    reaches: the next content words up to a clause break and, after "no"/"none", the verb just
    before ("found no evidence" says what "did not find any evidence" says)."""
    if (elided := _elided_verb(text, m)) is not None:
        target = stem(elided)
        return Negation(m.group(0), target, frozenset({target}), False)
    target = None
    nominal = False
    scope: list[str] = []
    previous = ""
    # "denied that the government had been warned": a denial reaches through its clause to the verb
    reach = 9 if m.group(0).lower().startswith("den") and text[m.end() : m.end() + 6].lower() == " that " else 5
    letting = going_ahead = False
    for count, word in enumerate(_WORDS.finditer(text, m.end())):
        if count >= reach:
            break
        lower = word.group(0).lower()
        if count == 0 and lower in _DOING and _ENDS_ITS_CLAUSE.match(text, word.end()):
            # "work he never did has been jailed": "did" is the clause's own verb, and another clause's verb follows
            target = stem(lower)
            scope.append(target)
            break
        if lower in NEGATION_FILLER or lower in NEGATORS or (count == 0 and lower == "one" and _no_one(text, m)):
            previous = lower  # "no one was arrested" negates the arrest
            continue
        if count == 1 and lower == "else" and previous == "one":
            continue  # "no one else was injured" negates the injuring too
        if lower == "going" and text[word.end() : word.end() + 4] == " to ":
            continue  # "not going to" is "will not"
        if target is None and _GO_AHEAD_WITH.match(text, word.start()) and not going_ahead:
            # "will not go ahead with a ban on alcohol advertising" negates the ban
            going_ahead, reach = True, count + 6
            continue
        if going_ahead and target is None and (lower in _GO_AHEAD_WORDS or lower in NEGATION_FILLER):
            continue
        if lower == "afford" and target is None and text[word.end() : word.end() + 4] == " to ":
            scope.append(stem(lower))
            continue  # "cannot afford to keep the pool open" says the pool will not be kept open
        if count == 0 and lower == "longer" and m.group(0).lower() == "no":
            continue  # "will no longer have to wear blazers" negates the wearing
        if lower in _LETTING and target is None:
            # "not going to let a few bad years define this club" negates the defining, past whom it is let to
            letting, reach = True, count + 7
            continue
        if letting and target is None:
            if _CLAUSE_BREAK.search(text, m.end(), word.start()):
                break  # "not going to let this town die," said …: the saying is no deed let happen
            # (the verb after whom it lets: "let the prices rise", never "prices" after its article)
            if previous != "to" and (previous in NEGATION_FILLER or previous in _LETTING or not _a_verb(lower)):
                scope.append(stem(lower))
                previous = lower
                continue
        if (
            target is None
            and m.group(0).lower() in _STANDING_ALONE
            and _CLAUSE_BREAK.search(text, m.end(), word.start())
        ):
            break  # "than those who drank none, a study found": "none" ends its clause and negates nothing past it
        if target is None and (count < 4 or letting or going_ahead):
            target = stem(lower)
            nominal = previous in ("the", "a", "an") and not going_ahead
        previous = lower
        if not _CLAUSE_BREAK.search(text, m.end(), word.start()):
            scope.append(stem(lower))
    if m.group(0).lower() in _DETERMINER_NEGATIONS:
        before = [w.group(0).lower() for w in _WORDS.finditer(text, max(0, m.start() - 30), m.start())]
        if before and before[-1] not in NEGATION_FILLER:
            scope.append(stem(before[-1]))
    return Negation(m.group(0), target, frozenset(scope), nominal)


# A helping verb's "not" ending its clause, and the same helping verb's positive form: "Cyclists can use it, but cars
# cannot."
_ELIDED_NOT = {"cannot": "can", "can't": "can", "won't": "will", "wouldn't": "would", "couldn't": "could",
               "shouldn't": "should", "mustn't": "must", "don't": "do", "doesn't": "does", "didn't": "did"}  # fmt: skip


def _elided_verb(text: str, m: re.Match[str]) -> str | None:
    """The verb a clause-ending "cannot" leaves out, from the clause before that says it with "can" ("Cyclists can use
    it, but cars cannot" negates the using)."""
    helper = _ELIDED_NOT.get(m.group(0).lower().replace("’", "'"))
    if helper is None or not re.match(r"\s*(?:[,.;:!?]|$)", text[m.end() :]):
        return None
    before = list(re.finditer(rf"\b{helper}\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{{2,}})\b", text[: m.start()], re.I))
    return before[-1].group("verb").lower() if before else None


# Words before a title that open a claim capitalized with it, and name no one: "Former President", "Prime Minister".
_TITLE_OPENERS = frozenset(
    "former acting deputy prime chief senior junior new late then ex interim vice assistant shadow first".split()
)
_STANDING_ALONE = frozenset({"none", "nothing", "nobody"})
# "not go ahead with a ban", "not proceed with plans for": going on with a thing, which is the thing done
_GO_AHEAD_WITH = re.compile(r"(?:go(?:ing)?\s+ahead|proceed(?:ing)?)\s+with\b", re.IGNORECASE)
_GO_AHEAD_WORDS = frozenset("go going ahead proceed proceeding with its their plans plan for".split())
_DOING = frozenset({"did", "do", "does", "done"})
# What follows a "did" that is a verb of its own: a clause's end, or another clause's helping verb.
_ENDS_ITS_CLAUSE = re.compile(r"\s*[,.;:!?]|\s+(?:has|have|had|is|was|were|are|will|would)\s+[a-z]")


def _no_one(text: str, m: re.Match[str]) -> bool:
    """ "no one was arrested", not "no one has invested more than Guardiola", which says Guardiola did."""
    return m.group(0).lower() == "no" and " than " not in text[m.end() : m.end() + 80]


def _not_only(text: str, m: re.Match[str]) -> bool:
    """ "not only …": no negation; nor "never … so much", which says the most ("his legs had never hurt so much")."""
    said = m.group(0).lower()
    if said == "never":
        return never_the_most(text, m.end())
    return said == "not" and text[m.end() : m.end() + 5].lower() == " only"


def never_the_most(text: str, end: int) -> bool:
    """Whether the "never" that ends at `end` says the most there has been ("never hurt so much", "never been happier",
    "never felt better"), not a negation ("never so much as looked" is one)."""
    return _NEVER_SO.match(text, end) is not None


_NEVER_SO = re.compile(
    r"\s+(?:(?:had|has|have|been|felt|looked|seen|known)\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:so|as)\s+(?:much|badly|bad|hard|good|well|happy|proud|busy|many|often|loud|strong|high|low|big)\b(?!\s+as\b)"
    r"|(?:better|worse|happier|prouder|busier|higher|stronger|bigger|louder)\b)",
    re.IGNORECASE,
)


def stems_of(text: str) -> frozenset[str]:
    """The stem of every word of `text`."""
    return frozenset(stem(w) for w in _WORDS.findall(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: enough to see that "interfere" and "interfering" are one word."""
    w = word.lower().replace("’", "'").strip("'")  # a stray quote mark ("lot'") is no part of the word
    # ("injuries" and "injured" one stem: "ies" and "ied" go whole, before "es" and "ed")
    for suffix in ("'s", "ing", "ies", "ied", "ed", "es", "s", "ly", "ence", "ance", "ment"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:7]


@lru_cache(maxsize=4096)
def _standalone(surface: str) -> re.Pattern[str]:
    # A figure may run into its unit ("2oz", "5bn"), never into more digits; a word into no letters.
    before = r"(?<![\d.,])" if surface[:1].isdigit() else r"(?<!\w)"
    after = r"(?!\d|[.,]\d)" if surface[-1:].isdigit() else r"(?!\w)"
    return re.compile(before + re.escape(surface) + after)


def count_value(word: str) -> float | None:
    """ "12", "1,200" or "seven" as a count; None for anything else."""
    if word[:1].isdigit():
        try:
            return float(word.replace(",", ""))
        except ValueError:
            return None
    value = NUMBER_WORDS.get(word.lower())
    if value is None and (m := _COMPOUND_COUNT.fullmatch(word)):
        # "forty-two": the tens and the units
        return float(NUMBER_WORDS[m.group("tens").lower()] + NUMBER_WORDS[m.group("units").lower()])
    return None if value is None else float(value)


def number_at(text: str, surface: str) -> int:
    """Where `surface` stands as a number of its own: "20" in "the 2009 death of a 20-year-old" is
    the age, not the start of the year; "six" is not the start of "sixteen". -1 when nowhere."""
    m = _standalone(surface).search(text)
    return m.start() if m else -1


def significant_digits(value: float) -> int:
    """Significant digits of a positive figure as a float holds it (973000: 3, 972814: 6, 4.2e6: 2)."""
    text = f"{value:.15g}".split("e")[0].replace(".", "").lstrip("0")
    return len(text.rstrip("0")) or 1


def rounds_to(exact: float, digits: int, rough: float) -> bool:
    """Whether the positive figure `exact`, rounded half up to `digits` significant digits, is
    `rough` (972,814 to 3 digits is 973,000; 1,580,575 to 2 is 1.6 million)."""
    scale = 10 ** (math.floor(math.log10(exact)) - digits + 1)
    return math.isclose(math.floor(exact / scale + 0.5) * scale, rough, rel_tol=1e-9)


def same_number(a: NumberAtom, b: NumberAtom) -> bool:
    if not (math.isfinite(a.value) and math.isfinite(b.value)):
        # Beyond a float's range every figure is "inf": only the same digits are the same figure.
        return a.ordinal == b.ordinal and a.surface.replace(",", "") == b.surface.replace(",", "")
    return a.ordinal == b.ordinal and math.isclose(a.value, b.value, rel_tol=1e-9)


def _parts(token: str, start: int) -> list[tuple[int, str]]:
    """ "three-day" -> three, day; "Biden-Xi" -> Biden, Xi; "U.S." stays whole."""
    if "-" not in token:
        return [(start, token)]
    parts, offset = [], start
    for piece in token.split("-"):
        if piece:
            parts.append((offset, piece))
        offset += len(piece) + 1
    return parts


def _bare(token: str) -> str:
    bare = token.rstrip(".") if token.count(".") < 2 else token
    for suffix in ("'s", "’s", "'", "’"):
        if bare.endswith(suffix):
            return bare[: -len(suffix)]
    return bare


def _is_name(bare: str, text: str, start: int, vocabulary: Vocabulary | None) -> bool:
    plain = bare.lower()
    if plain in NATIONALITIES:
        # "Chinese President Xi", "an American actor": a title; "a Canadian who fell": a claim
        # about someone's nation, which the evidence must support.
        follower = _NEXT_WORD.match(text, start + len(bare))
        return not follower or not (follower.group(1)[0].isupper() or follower.group(1).lower() in ROLE_WORDS)
    if plain in _STATE_INITIALISMS:
        # "U.S. Secretary of State Blinken", "EU officials", "US talk show host": a title or an adjective,
        # which news drops or words otherwise as often as not; "The EU imposed sanctions", "the UN has
        # said": the one who did it, which the evidence must name ("the US imposed" is not it).
        follower = _NEXT_WORD.match(text, start + len(bare))
        if follower is None or text[start + len(bare) : start + len(bare) + 1] in ("'", "’"):
            return False
        forms = forms_by_class(follower.group(1).lower())
        return follower.group(1).islower() and ("AUX" in forms or ("VERB" in forms and "NOUN" not in forms))
    if plain in _SKIP_AS_NAME or plain in ROLE_WORDS or bare == "I":
        return False
    if _opens_sentence(text, start):
        # Without the article's words to tell, a capitalized opener is not taken for a name;
        # a dictionary word ("Shares", "Prior") is one only where the article writes it
        # capitalized inside a sentence too ("Trump", "Apple").
        if vocabulary is None or plain in COMMON_OPENERS or plain in _SUMMARY_OPENERS or plain in vocabulary:
            return False
        forms = forms_by_class(plain)
        if not forms or vocabulary.capitalized_inside(bare):
            return True
        follower = _NEXT_WORD.match(text, start + len(bare))
        if (
            follower
            and follower.group(1)[:1].isupper()
            and set(forms) == {"ADJ"}  # (not "Starred Sally Field", a list's verb)
            and plain not in _TITLE_OPENERS
            and vocabulary.capitalized_inside(follower.group(1))
        ):
            return True  # "Southern Water" where the article names "Thames Water": the first word of a name
        if "ADJ" in forms and follower and follower.group(1).lower() == "to":
            return False  # "Prior to this", "Due to the storm": an opening phrase, not a name
        after = follower.group(1) if follower else ""
        if after.islower() and _noun_like(after):
            if set(forms) == {"VERB"} and plain in forms["VERB"]:
                return True  # "Unite members voted …": a verb's plain form before a noun names it ("Reform voters")
            if "ADJ" in forms or "-" in after or "VERB" not in forms_by_class(after):
                # "Better student satisfaction scores", "Rental e-scooters": a word describing the noun after it, no topic
                return False
        # A noun the article never uses in any form ("Aliens landed …") is checked like a name:
        # the claim is about something the article does not mention.
        # (In any of its forms or its paraphrases': "Winds reached 93mph" where the article says "gusts".)
        # ("Crossing the bridge will cost £2" where the article writes "to cross the bridge": the verb's noun)
        return "NOUN" in forms and not noun_mentioned(plain, vocabulary)
    return True


def noun_mentioned(plain: str, vocabulary: Vocabulary) -> bool:
    """Whether the article uses the noun `plain` in any of its forms, its paraphrases', its verb's ("crossing" for
    "to cross"), the first word of a compound it is or the deed of one who does it ("drivers" for "driving")."""
    forms = forms_by_class(plain)
    verbs = forms.get("VERB", ()) if plain.endswith("ing") else ()
    # (a word the dictionary lacks, "drugmakers", is looked for as written and without its plural "s")
    nouns = forms.get("NOUN", ()) or (plain, plain.removesuffix("s"))
    return any(
        vocabulary.mentions(word)
        for lemma in (*nouns, *verbs)
        for word in (
            lemma,
            *said_otherwise(lemma),
            *_first_of_compound(lemma),
            *_deed_of_agent(lemma),
            *_deed_of_noun(lemma),
        )
    )


def _noun_like(word: str) -> bool:
    """A noun, or a hyphened word ending in one ("e-scooters")."""
    return "NOUN" in forms_by_class(word) or ("-" in word and "NOUN" in forms_by_class(word.rsplit("-", 1)[1]))


def _deed_of_agent(noun: str) -> tuple[str, ...]:
    """What one named for what they do does ("inspector": "inspect", "inspection"), which the article may write for
    them ("after an inspection found"); none for a noun that names no doer."""
    if not noun.endswith(("or", "er")) or len(noun) < 6:
        return ()
    verbs = [v for v in (noun[:-2], noun[:-2] + "e", noun[:-1]) if "VERB" in forms_by_class(v)]  # "inspect", "manage"
    nouns = [v + "ion" for v in verbs if "NOUN" in forms_by_class(v + "ion")]
    return (*verbs, *nouns)


_DEED_ENDINGS = ("th", "ment", "ation", "ion", "al", "ure", "ance", "ence")


def _deed_of_noun(noun: str) -> tuple[str, ...]:
    """The verb a noun of a deed is made from, in its every form ("growth": grow, grew, grown), which the article
    may write for it ("the economy grew"); none for a noun made from no verb."""
    found: list[str] = []
    for ending in _DEED_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            base = noun[: -len(ending)]
            for verb in (base, base + "e"):
                if "VERB" in forms_by_class(verb) and verb in forms_by_class(verb)["VERB"]:
                    found += [verb, *verb_forms(verb)]
    return tuple(found)


def _first_of_compound(noun: str) -> tuple[str, ...]:
    """The first word of a noun written as two ("firefighter": "fire"), which the article may use for it ("Fire
    crews"); none for a noun that is not two words run together."""
    for cut in range(3, len(noun) - 3):
        head, tail = noun[:cut], noun[cut:]
        if "NOUN" in forms_by_class(head) and "NOUN" in forms_by_class(tail):
            return (head,)
    return ()


def _opens_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'“‘("):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_PUNCT


def _run_value(values: list[float]) -> float:
    total = 0.0
    for value in values:
        total = (total or 1) * 100 if value == 100 else total + value
    return total


def _covered(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
