"""Words with their offsets and their dictionary forms.

Every meaning check compares words by lemma: "warned" and "warns" are one verb, "elections"
and "election" one noun. Lemmas come from lemminflect, whose dictionary ships inside its
wheel (no model or data downloaded at run time); a word it does not know keeps its own form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcards.text.dictionary import forms_by_class
from factcards.text.lexicon import lexicon

_TOKEN = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")

# Words that carry grammar, not content: a claim may add or drop them freely.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet of to in on at for with by from into onto over under about
    above below between among through during before after since until as than then that this these
    those there here it its it's he him his she her hers they them their theirs we us our you your i
    me my mine who whom whose which what when where why how is are was were be been being am do does
    did done doing have has had having will would shall should can could may might must also just
    very too quite rather really even still already again only own same such other another each
    both either neither any some all no not nor if whether while although though because unless
    upon via per amid against toward towards within without along across around behind beyond
    off out up down s t one ones itself himself herself themselves ourselves yourself
    mr mrs ms dr""".split()
)
# Words that say whether a person is a man or a woman: "Mr", "the actress", "a 34-year-old
# woman". One table for whom "he" or "she" can mean and for whether two ages are one person's.
_SEX_OF_WORD = {
    **dict.fromkeys(
        "mr actor spokesman chairman congressman councilman businessman husband father son brother king prince "
        "sir lord boy man gentleman male grandfather uncle nephew".split(),
        "m",
    ),
    **dict.fromkeys(
        "mrs ms miss actress spokeswoman chairwoman congresswoman councilwoman businesswoman wife mother "
        "daughter sister queen princess dame lady girl woman female grandmother aunt niece".split(),
        "f",
    ),
}


def sex_of_word(word: str) -> str | None:
    """ "m" for "father" or "Mr", "f" for "actress" or "Mrs", else None (lower-case `word`)."""
    return _SEX_OF_WORD.get(word)


# Reporting words and fillers an LLM adds when it paraphrases ("he stated that").
_FILLER = frozenset("that which according per reportedly".split())


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # as written
    lower: str
    start: int
    end: int

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=16384)
def words(text: str) -> tuple[Word, ...]:
    """The words of `text` with their offsets (cached: claims and evidence sentences repeat)."""
    found = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        end = m.end()
        for suffix in ("'s", "’s"):
            if token.endswith(suffix):
                token, end = token[:-2], end - 2
        token = token.rstrip(".") if token.count(".") < 2 else token
        if token:
            found.append(Word(token, token.lower().replace("’", "'"), m.start(), m.start() + len(token)))
    return tuple(found)


@lru_cache(maxsize=131072)
def lemmas(word: str) -> frozenset[str]:
    """Every dictionary form the word can have ("left" -> left, leave), and the word itself."""
    lower = word.lower().replace("’", "'")
    found = {lower}
    for forms in forms_by_class(lower).values():
        found.update(forms)
    if lower.endswith("s") and len(lower) > 3 and len(found) == 1:
        found.add(lower[:-1])  # a plural it does not know ("Russians")
    found.update(american for form in list(found) if (american := american_spelling(form)))
    return frozenset(found)


# British endings and their American spellings: one outlet's "epicentre", "defence", "organise" is
# another's "epicenter", "defense", "organize". Only where the result is a word the dictionary knows
# ("four" is not "for", "advise" has no "advize").
_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{3})tre$"), "ter"),
    (re.compile(r"(?<=[a-z]{3})bre$"), "ber"),
    (re.compile(r"(?<=[a-z]{3})our(?=s?$|ite|able|ed$|ing$)"), "or"),
    (re.compile(r"(?<=[a-z]{3})is(?=e$|ed$|ing$|ation)"), "iz"),
    (re.compile(r"(?<=[a-z]{3})ys(?=e$|ed$|ing$)"), "yz"),
    (re.compile(r"(?<=[a-z]{3})ence$"), "ense"),
    (re.compile(r"(?<=[a-z]{3})ogue$"), "og"),
    (re.compile(r"(?<=[a-z]{4})mme$"), "m"),
)


@lru_cache(maxsize=65536)
def american_spelling(lower: str) -> str | None:
    """ "epicentre" -> "epicenter", "colour" -> "color"; None when there is no other spelling."""
    for pattern, replacement in _SPELLINGS:
        other = pattern.sub(replacement, lower, count=1)
        if other != lower and forms_by_class(other):
            return other
    return None


def is_content(lower: str) -> bool:
    return lower not in FUNCTION_WORDS and lower not in _FILLER and not lower.isdigit() and len(lower) > 1


def content_lemmas(found: Sequence[Word]) -> frozenset[str]:
    """The lemmas of the content words among `found`: what a stretch of text is about, in any form."""
    return frozenset(form for w in found if is_content(w.lower) for form in lemmas(w.lower))


def same_family(a: str, b: str) -> bool:
    """One word derived from the other: "interfere"/"interference", "announce"/"announcement"."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return (len(short) >= 5 and long_.startswith(short[:-1] if short.endswith("e") else short)) or _nominalised(
        short, long_
    )


# Nouns of a deed that share no ending rule with their verb.
_DEED_NOUNS = {"sale": "sell", "loss": "lose", "death": "die", "choice": "choose", "proof": "prove", "speech": "speak"}


def _singular(word: str) -> str:
    """ "losses" -> "loss", "sales" -> "sale" ("loss" stays)."""
    return word[:-2] if word.endswith("sses") else word if word.endswith("ss") else word.removesuffix("s")


def _nominalised(verb: str, noun: str) -> bool:
    """ "suspend"/"suspension", "decide"/"decision", "fail"/"failure", "close"/"closure": a noun made of a verb by an
    ending that changes its last letters, so the plain prefix test above misses it; "sale"/"sell" and the like, by
    `_DEED_NOUNS`, either way round."""
    if _DEED_NOUNS.get(_singular(noun)) == verb or _DEED_NOUNS.get(_singular(verb)) == noun:
        return True
    noun = noun.removesuffix("s")
    if len(verb) >= 6 and verb.endswith(("d", "de")):
        stem = verb[:-2] if verb.endswith("de") else verb[:-1]
        if noun == f"{stem}sion":
            return True
    return len(verb) >= 4 and noun == f"{verb.removesuffix('e')}ure"


def grown_from(a: str, b: str) -> bool:
    """One word the other with more on its end ("snow", "snowfall"; "council", "councillors"), both of four letters
    or more."""
    return min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def akin(a: str, b: str) -> bool:
    """ "snow" and "snowfall", "interfere" and "interference": one word (lower case, both of four letters or more)
    grown from or derived from the other."""
    return min(len(a), len(b)) >= 4 and (same_family(a, b) or grown_from(a, b))


def one_meaning(a: str, b: str) -> bool:
    """ "expectations" and "forecasts", "shops" and "stores": words (lower case) of one of the curated table's
    paraphrase groups, in any of their forms."""
    return bool(paraphrase_groups(lemmas(a)) & paraphrase_groups(lemmas(b)))


_PARTICLES = ("up", "out", "down", "off", "over", "back", "through")


@lru_cache(maxsize=16384)
def phrasal_parts(lower: str) -> tuple[str, str] | None:
    """A noun made of a verb and its particle, as (verb, particle): "uptake" and "take-up" are ("take", "up"),
    "turnout" ("turn", "out"), "layoffs" ("lay", "off"); None for any other word."""
    word = lower.replace("-", "")
    if word.endswith("s") and not word.endswith(("ss", "us")):
        word = word[:-1]
    if word in _PARTICLE_FIRST:
        return _PARTICLE_FIRST[word]
    for particle in _PARTICLES:
        verb = word.removesuffix(particle)
        if verb != word and len(verb) >= 3 and "VERB" in forms_by_class(verb):
            return verb, particle
    return None


# The particle first is rarer and often means something else ("upset", "outcome", "update"): only these.
_PARTICLE_FIRST = {"uptake": ("take", "up"), "outbreak": ("break", "out"), "outcry": ("cry", "out")}


def told_as_phrasal_verb(lower: str, found: Sequence[Word]) -> bool:
    """Whether `found` writes the noun `lower` as its verb and particle: "uptake" as "took up" ("took the
    offer up" too, the particle at most three words on)."""
    parts = phrasal_parts(lower)
    if parts is None:
        return False
    verb, particle = parts
    return any(
        verb in lemmas(w.lower) and any(later.lower == particle for later in found[i + 1 : i + 5])
        for i, w in enumerate(found)
    )


def kinds_of(lower: str) -> set[tuple[str, int]]:
    """The lexicon's things a word names as a noun, each as (kind, group): "bus" and "car" are both vehicles, of
    different groups ("born" is no bear)."""
    kinds = lexicon().kinds
    nouns = forms_by_class(lower).get("NOUN", ())
    if not nouns and lower.endswith("s") and len(lower) > 3:
        nouns = (lower[:-1],)  # a plural the dictionary does not know ("pubs")
    return {kinds[f] for f in (*nouns, lower) if f in kinds}


def told_again_by_its_kind(head: frozenset[str], their_head: frozenset[str], before: str) -> bool:
    """Whether "the shop" (lemmas `their_head`, with "the" before it) tells again the thing `head` names ("bakery"),
    the text `before` it having told that thing as the one thing of its kind ("A bakery in Bristol …"), and never the
    word itself ("A dog attacked a cat. The animal …" tells two, "A bakery and a shop …" its own)."""
    their_kinds = {k for w in their_head for k, _ in kinds_of(w)}
    told: set[frozenset[str]] = set()
    for w in words(before):
        forms = lemmas(w.lower)
        if forms & their_head:
            return False
        if {k for k, _ in kinds_of(w.lower)} & their_kinds:
            told.add(forms)
    return len(told) == 1 and bool(head & next(iter(told)))


def is_of_kind(lower: str, kind: str) -> bool:
    """Whether the lexicon lists `lower` among its things of `kind`: "farmer" is a "job", "sister" a "relative"."""
    return any(k == kind for k, _ in kinds_of(lower))


def names_its_kind(general: str, specific: str) -> bool:
    """Whether `general` is the name of the lexicon's kind `specific` is of: "vehicle" of "lorry", "animal" of "dog"
    (or by another word for its kind: a "flat" is a dwelling, a "building" and a "home")."""
    kinds = {kind for kind, _ in kinds_of(specific)}
    return bool(lemmas(general) & (kinds | {name for k in kinds for name in _BROADER.get(k, ())}))


# Other words that name a kind of the lexicon's things: a dwelling is a building, and a home; a novel is a book.
_BROADER = {"dwelling": ("building", "home"), "writing": ("book",)}


def broader_names(kind: str) -> tuple[str, ...]:
    """The other words that name the lexicon's kind `kind` ("building" and "home" of dwellings)."""
    return _BROADER.get(kind, ())


def paraphrase_groups(word_lemmas: frozenset[str]) -> frozenset[int]:
    groups = lexicon().groups
    found: set[int] = set()
    for lemma in word_lemmas:
        found.update(groups.get(lemma, ()))
    return frozenset(found)


class _Adverbs:
    """ "Fortunately", "Notably": words the dictionary knows only as adverbs, so never a name,
    even capitalized at the start of a sentence."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and set(forms_by_class(word)) == {"ADV"}


ADVERBS = _Adverbs()


_JOB_SUFFIXES = (
    "ist",
    "ologist",
    "er",
    "or",
    "ian",
    "ant",
    "ent",
    "ee",
    "man",
    "woman",
    "eon",
    "ect",
    "ot",
    "ef",
    "ic",
)


# Jobs the dictionary lacks or gives other classes: a player's position is a title ("midfielder Jonas Eklund").
_OTHER_JOBS = frozenset(
    "deejay dj emcee envoy attache midfielder winger full-back centre-back poet nurse midwife playwright vet clerk jockey".split()
)


class _JobNouns:
    """ "Archaeologist", "Producer", "Consultant": dictionary nouns that name a job. Before a
    full name they are a title ("Archaeologist Giles Hamm"), not part of it."""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word.endswith("s") and (word[:-1].endswith(_JOB_SUFFIXES) or word[:-1] in _OTHER_JOBS):
            word = word[:-1]  # "Deejays Roula and Ryan", "Researchers Ana Ortiz and …": the plural title
        if word in _OTHER_JOBS or is_of_kind(word, "job"):
            return True  # (and the lexicon's jobs: "lifeguard", "paramedic")
        if not word.endswith(_JOB_SUFFIXES):
            return False
        return set(forms_by_class(word)) == {"NOUN"}


JOB_NOUNS = _JobNouns()


# Words that make a sentence of a run of words without any other verb: "is", "has", "won't".
AUXILIARIES = frozenset(
    """is are was were am be been has have had will would can could may might must shall should do does
    did""".split()
)
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# What a web page says to its reader, not what the story says: "(See the top 10 movies of 2009.)",
# "Read or Share this story: …", "Click here to …", "Sign up for …".
_TO_THE_READER = re.compile(
    r"^\W*(?:See|Read|Watch|Click|Check out|Follow (?:us|@|\w+ on)|Sign up|Subscribe|Listen to|"
    r"Share (?:this|Tweet|on|via|Email|Pin)|Download|Like us|Related|(?:More|Also|Photos?|Video)\s*:|"
    r"Get (?:daily|weekly|the latest|our) |Thank you for (?:subscribing|signing up|reading)|Could not subscribe)"
    r"(?:\b|(?<=:))(?![-'’])",
    re.IGNORECASE,  # "SEE ALSO: Apple unveils …", "Share Tweet 300k shares on Facebook"
)


# A note about the page itself: "This post originally ran in April 2013.", "This story has been updated …".
_ABOUT_THE_PAGE = re.compile(
    r"^\W*(?:This (?:post|story|article|report|piece|version) (?:originally|first|was (?:originally|first|last|updated)|"
    r"has been (?:updated|corrected)|is (?:an updated|part of))\b|For other uses, see\b)"  # and a wiki's hatnote
)


def reads_as_a_sentence(text: str) -> bool:
    """Whether `text` says something: a word written in lower case that can be a verb ("With Saoirse
    Ronan, Stanley Tucci and Rachel Weisz", "ABOUT THE MOVIE The Lovely Bones", "Source: Abdelsattar Z,
    Wong S, et al." have none), and not an invitation to the page's reader or a note about the page."""
    if _TO_THE_READER.match(text) or _ABOUT_THE_PAGE.match(text):
        return False
    for word in _ANY_WORD.findall(text):
        if not word[0].islower():
            continue
        base = word.replace("’", "'").split("'")[0]
        if base in AUXILIARIES or "VERB" in forms_by_class(base) or "AUX" in forms_by_class(base):
            return True
    return False


_PRONOUNS = frozenset("he she they it his her its their this that these those".split())
# Whoever it is: "to anyone under 16" names no one in place of "to under-16s".
ANYONE = frozenset("anyone anybody everyone everybody someone somebody nobody".split())
_PRONOUN_SAID = re.compile(r"\b(?:he|she|they|it)\s+(?:said|says|added|told|wrote)\b[^\"“”]*$", re.IGNORECASE)


def needs_context(text: str) -> bool:
    """ "He said …", "“He also had …”", "That's according to …", "“…,” she said.": whom or what it
    means is in a sentence before it."""
    found = text.split()
    first = re.split(r"['’]", found[0].strip("\"“”‘’'(").lower())[0] if found else ""
    return bool(found) and (first in _PRONOUNS or bool(_PRONOUN_SAID.search(text)) or bool(_BARE_QUOTATION.match(text)))


# "“The only people it doesn't happen to is people who have Secret Service around them.”": whose words
# they are is in another sentence.
_BARE_QUOTATION = re.compile(r"^\W{0,2}[\"“][^\"“”]+[\"”]\W{0,2}$")


# A photo's caption or credit, not the story: "In this Jan. 23, 2018, file photo, …", "Shane Bauer (2nd L)
# …", "Image caption …", and the wire services' habit of ending a caption on its full date ("… in
# Bamako, Mali Wednesday March 21, 2012.").
_CAPTION = re.compile(
    r"^\W*In this\b.{0,40}?\bphoto(?:graph)?,|\((?:\d(?:st|nd|rd|th)\s)?[LRC]\)|\b(?:toggle caption|Image caption|"
    r"Enlarge this image|Getty Images|AP Photo|AFP/|Reuters file|Buy Photo)\b|"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?\s*$"
)


def is_caption(text: str) -> bool:
    return bool(_CAPTION.search(text))


# "But …", "On the other, “Jobs are pouring out …”": a sentence that answers the one before it.
_ANSWERS_BEFORE = re.compile(r"^\W*(?:On the other\b|But\b|And\b|However\b|Still,|Yet\b|Instead\b|Also,|Except\b)")


def stands_alone(text: str) -> bool:
    """Whether a sentence makes sense read first, as a headline or a brief's lead: not one whose
    "he" or quotation is explained before it, nor a photo's caption, nor a reply to the sentence
    before, nor one the page cut short ("… had been...")."""
    return not (
        needs_context(text) or is_caption(text) or _ANSWERS_BEFORE.match(text) or text.rstrip().endswith(("...", "…"))
    )
