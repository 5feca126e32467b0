"""Who the article says said it: one attribution finder for the extractor and the verifier.

The article is read once, in order, the way a reader keeps track of who is talking: "X said",
"said X, a spokesman", "according to X", "X told …", a quotation that goes on in the next
sentence, "he said" for the person just named, "the mayor said" for the person the article
introduced as "Mayor Lena Okafor". A speaker is a person, or a body the article itself quotes
("the White House said"); never a place, a news outlet or a fragment of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cached_property
from typing import NamedTuple

from factcards.text.calendar_names import MONTHS, WEEKDAYS
from factcards.text.dictionary import inflected_from, is_word, plural_noun
from factcards.text.document import Document, Sentence
from factcards.text.entity_types import ORGANISATION_WORDS, entity_type
from factcards.text.lexicon import is_country, is_outlet, sex_of_first_name
from factcards.text.names import (
    COMMON_OPENERS,
    DESCRIBING_WORDS,
    NAME_RUN,
    PARTY_MEMBER,
    PARTY_MEMBERS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    NameRun,
    capitalized_runs,
    clean_token,
    is_role,
    name_tokens,
)
from factcards.text.words import ADVERBS, sex_of_word

# No form that is also a common noun ("claims", "notes", "states"): "Bold claims" and "United
# States" would make "Bold" and "United" speakers.
ATTRIBUTION_VERBS = """said says say told tells added adds stated noted warned warns disclosed explained
    explains argued argues insisted insists asked asks wrote writes declared announced claimed continued
    remarked recalled recalls reported maintained pledged promised vowed contends contended observed recounted
    confirmed denied acknowledged admitted urged conceded suggested estimated predicted shared tweeted posted
    testified cautioned criticised criticized replied responded answered countered quipped joked described
    complained complains""".split()
_VERB = rf"(?:{'|'.join(ATTRIBUTION_VERBS)})"
# "Employers added 175,000 jobs", "Okoro added a third", "Marlow recalled the drug": something added or
# called back, no one speaking.
DEED_NOT_SPEECH = (
    r"(?:added|adds)\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than|another|a\s+further|a|an|the)\s+)?"
    r"(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|second|third|fourth"
    r"|fifth|goal|point|run|try|jobs?|more|fewer|new|extra)\b)"
    r"|(?:recalled|recalls)\s+(?:(?:the|its|their|his|her|all|some|about|nearly|more\s+than|thousands\s+of)\s+"
    r"(?!(?:day|time|moment|night|morning|years?|words?|conversation)\b)|[$£€]?\d)"
    # "has declared a drought", "declared a major incident": a step taken, not words said ("declared that …" is)
    r"|(?:declared|declares)\s+(?:a|an)\s+"
)
NAME = r"[A-Z][\w.'’&-]*(?:\s+(?:(?:of|de|van|von|bin|al)\s+)?[A-Z][\w.'’&-]*)*"
_ADVERBS = r"(?:(?:has|had|have|also|further|later|then|repeatedly|again|previously|earlier|reportedly|once|consistently|publicly|separately)\s+){0,3}"
# A quotation; feeds sometimes close one with a stray apostrophe ("I can't sell,' said ...).
_DOUBLE_QUOTE = re.compile(r"[\"“]([^\"“”]+?)(?:[\"”]|(?<=,)'(?=\s))")
# Single marks, as British papers quote ('We cannot keep the wards open,' said Dr Shah): one opens at a word's
# start and closes after the quotation's own punctuation, so an apostrophe ("can't", "the players' union") is neither.
_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s(:—–]))['‘]([A-Za-z](?:[^'‘’\"“”]|(?<=\w)['’](?=\w))*?[,.?!])['’](?=\s|$)")


class _Quotations:
    """The quotations of a text in either kind of mark, as a pattern's matches (group 1 is what is quoted);
    a single-marked one inside a double-marked one is part of it."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        found = sorted(
            [*_DOUBLE_QUOTE.finditer(text, pos, end), *_SINGLE_QUOTE.finditer(text, pos, end)],
            key=lambda m: m.start(),
        )
        kept: list[re.Match[str]] = []
        for m in found:
            if not kept or m.start() >= kept[-1].end():
                kept.append(m)
        return kept

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        found = self.finditer(text, pos, endpos)
        return found[0] if found else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return _DOUBLE_QUOTE.match(text, pos) or _SINGLE_QUOTE.match(text, pos)

    def findall(self, text: str) -> list[str]:
        return [m.group(1) for m in self.finditer(text)]


QUOTE = _Quotations()
_APPOSITIVE = re.compile(rf",\s+(?P<name>{NAME}),\s+{_ADVERBS}{_VERB}\b")
# "Its chief executive called it the largest donation in its history": a judgement, told as one names a thing
# (not "called it a day", "called it off").
CALLED_IT = r"called\s+(?:it|this|that|them)"  # (the speaker rules read the same words in a claim)
_CALLS_IT = rf"{CALLED_IT}\s+(?=(?:a|an|the)\s)(?!a\s+day\b)"
_DESCRIBED_SAYER = re.compile(
    rf"(?:^|^(?:In|On|Last|Earlier|Later)\s+\w+,?\s+|[,;—–]\s*(?:and\s+|but\s+)?|[”\"]\s+)(?P<desc>(?:[Aa]n?|[Oo]ne|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[a-z][\w'’-]*(?:\s+(?:for|of|at|in)\s+the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?"
    rf"|\s+(?:for|of|at|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}(?:\s+[a-z][\w'’-]*)?"
    rf"|\s+[a-z][\w'’-]*)?)(?:,\s+(?:now\s+|aged\s+)?\d{{1,3}},)?\s+(?:{_VERB}\b|{_CALLS_IT})"  # ("The borrower, now 82, said")
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+[^,;\"“”]{1,60},")
_AFFILIATION = re.compile(r"\s+(?:of|from|at|with)\s|\s*$")
# "another New Hampshire Republican added", "one former GOP leadership aide said": someone the
# article does not name. The capitals inside describe them; they are not who spoke.
_INDEFINITE = frozenset("a an one another".split())
_INDEFINITE_SAYER = re.compile(
    rf"(?:^|[,;—–]\s*(?:and\s+|but\s+)?|[”\"]\s+)(?P<desc>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\w[\w.'’-]*\s+){{0,4}}?"
    rf"(?:[a-z][\w'’-]*|{'|'.join(sorted(w.title() for w in PARTY_MEMBER))}))\s+{_ADVERBS}{_VERB}\b"
)
_NOT_MODIFIERS = frozenset(
    """her his their its my our your the this that these those after before about as to by into than
    and or but who which""".split()
)
_TIME_NOUNS = frozenset("day days week weeks month months year years time case cases".split())
# "Sen. Claire McCaskill (D-Mo.) scolded him: “…”": a sentence that opens on a person and hands
# over to a quotation after a colon gives that person's words, whatever its verb.
_NAME_THEN_COLON = re.compile(
    rf"^\W*(?P<name>{NAME})(?<!['’]s)(?:\s+\([^)]{{1,12}}\))?(?:\s+[a-z][\w'’-]*){{1,10}}:\s*[\"“]"
)
# Where a description of an unnamed speaker ends: "one source who identified Sullivan but spoke …"
_CLAUSE_END = re.compile(r"\s+(?:who|whom|whose|that|which|but|and|because|after|when|while)\s")
_PREPOSITIONS = frozenset(
    ["at", "in", "on", "to", "from", "with", "for", "by", "of", "about", "into", "over", "after", "before", "during"]
)
# A full stop inside an abbreviation does not end who said it: "says U.S. Forest Service volunteer Jules Fijolek".
_ABBREVIATION_DOT = r"(?<=\b[A-Z])\.(?=\s*[A-Z])|\.(?=[A-Za-z])"
_AFTERQUOTE = re.compile(
    rf"\s*[,.!?]?\s*(?:(?P<pron>he|she|they)\s+{_VERB}\b|the\s+(?P<role>[a-z]+)\s+{_VERB}\b"
    # "“…,” the council's chief executive said": a body's officer, by whose they are
    rf"|(?P<desc>the\s+[a-z]+['’]s\s+(?:[a-z]+\s+){{0,2}}[a-z]+)\s+{_VERB}\b"
    rf"|(?P<name>{NAME})\s+{_ADVERBS}{_VERB}\b|{_VERB}\s+(?P<tail>(?:[^,.;:!?\"“”]|{_ABBREVIATION_DOT}){{1,80}}))"
)
# "said company spokesperson Martin Hale": the words after the verb may open with a role.
PRONOUN_SEX = {"he": "m", "she": "f"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[.,]?\s+$")
_PLACE_BEFORE = re.compile(rf"\b(?:from|in|near|of|outside)\s+{NAME_RUN}$")
_TITLE_OF_A_PLACE = re.compile(rf"(?:^|\b[Tt]he\s|\b[Aa]n?\s)\s*(?:[a-z]+\s+){{1,3}}(?:of|for|in)\s+{NAME_RUN}$")
_PRECEDING_PREPOSITION = re.compile(
    r"\b(?:on|in|at|from|near|of|to|with|for|by|about|into|over|throughout|across|around|inside|within|under|against)\s+$"
)
# Before a quotation, naming it is saying it: "Okoye called the vote “a long overdue raise”".
_NAMING_VERB = r"(?:called|calls|dubbed|dubs|labell?ed|labels|termed|terms|branded|brands)"
# An aside may stand between them: "whose president, Tina Roe, called the ruling “…”", "Tina Roe, the
# group's president, said: “…”".
# And what a person does while saying it: "Priya Nair apologised, saying: “…”".
_BEFOREQUOTE = re.compile(
    rf"(?P<name>{NAME})(?:\s*,[^,;\"“”]{{1,50}},|\s*,)?\s+{_ADVERBS}"
    rf"(?:{_VERB}|{_NAMING_VERB}|[a-z]+(?:ed|d),\s+(?:saying|adding|writing))\b[^\"“]{{0,40}}$"
)
# "Sen. Rand Paul (R-Ky.) said": a party and state in brackets between the name and the verb.
_SUBJECT_VERB = re.compile(rf"(?P<name>{NAME})(?:\s*\([^()]{{1,20}}\))?\s+{_ADVERBS}{_VERB}\b")


# "Climate campaigners say …", "Local business owners said …": a kind of people, described in a few words, opening the
# sentence with its word of saying.
_GROUP_OPENS_SAYING = re.compile(
    # (not a count of those already named: "Both lawmakers said", "Many residents say")
    r"^(?!(?:Both|All|Many|Some|Most|Several|Other|These|Those|Such|Few|Two|Three|Four)\b)"
    # ("Residents said …": the kind alone)
    rf"(?P<name>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){{0,2}}?\s+(?P<head>[a-z]{{3,}}s)|(?P<lone>[A-Z][a-z]{{3,}}s))\s+{_ADVERBS}"
    # ("Residents say little": nothing told)
    r"(?:say|said|warn|warned|argue|argued|claim|claimed|insist|insisted)\b(?!\s+(?:little|nothing|much)\b)"
)
_PRONOUN_VERB = re.compile(rf"\b(?:he|she|He|She)\s+{_ADVERBS}{_VERB}\b")
# A sentence that ends on who said it: "…, the Environment Agency said."
_SAYS_LAST = re.compile(rf",\s+(?:the\s+)?(?P<name>{NAME})\s+(?:said|says)\W*$")
# Verbs of saying that also tell of a thing seen or found: "Anglers have reported hundreds of dead fish".
_REPORTING_A_THING = frozenset({"reported", "reports", "report"})
# "He said Republicans had also confirmed …": the sentence's speaker is "he"; a name after it is the
# subject of what was said.
_PRONOUN_SAYS_FIRST = re.compile(rf"^\W*(?:He|She)\s+{_ADVERBS}{_VERB}\b")
# "according to figures from the Land Registry", "according to a report by the OECD": the body the figures are from.
_ACCORDING_TO = re.compile(
    rf"\b[Aa]ccording to (?:(?:new\s+|official\s+|the\s+latest\s+)?(?:figures|data|statistics|estimates|a\s+report"
    rf"|a\s+survey|a\s+study|research)\s+(?:from|by|published\s+by|released\s+by)\s+)?(?:the\s+)?(?P<name>{NAME})"
)
# "Conservative MP Rachel Dunn has defected to Reform UK, saying her former party had lost its way": the one the
# sentence opens on, doing a thing while saying another.
_DOES_SAYING = re.compile(rf"^\W*(?P<name>{NAME})\s+(?:has\s+|have\s+|had\s+)?[a-z]+\b[^,;:\"“”]{{0,80}},\s+saying\b")
# "In Minya, …, Mina Magdy, a Christian, said": a sentence opening on a place is not its speaker.
_LEADING_SAYER = re.compile(
    rf"^(?!(?:In|At|On|From|Near|Outside|Inside|Across|Around|Throughout|After|Before|During|Despite|Since|Under)\s)"
    rf"(?P<name>{NAME})\s*,.*?\b(?:said|says)\b"
)
_PRONOUN_SAYS = re.compile(r"\b(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?(?:said|says)\b")
_HONORIFICS = {word: sex for word in ("mr", "mrs", "ms", "miss") if (sex := sex_of_word(word))}
_HONORIFIC_RUN = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")
_PAGE_FURNITURE = re.compile(
    r"\b(?:JUST WATCHED|MUST WATCH|Replay More Videos|Image caption|Image copyright|toggle caption|Read more|"
    r"RELATED:|Related:|Follow @|Read or Share)"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|who|where|whose\s+\w+)\s+$", re.IGNORECASE)
_NOT_HE_OR_SHE = frozenset({"organisation", "place", "outlet"})
_POSSESSOR = re.compile(r"([A-Z][\w-]+)['’]s\b")
_OPENING_PRONOUN = re.compile(r"^\W*(He|She)\b")
_PRONOUN_LEADS = re.compile(r"^\W*(?:He|She)\s+(?:[a-z]+ly\s+)?[a-z]+(?<!ly)\b(?!['’])")
_OPENING_POSSESSIVE = re.compile(r"^(His|Her)\s+[a-z]")
_FIRST_RUN = re.compile(rf"^\W*{NAME}")
# "Obama blasted Trump …", "David Axelrod, Obama's former strategist, gave Clinton …", "For her part,
# Clinton was …": the person a sentence opens on, acting (a verb follows, after any description).
_ACTING_OPENER = re.compile(
    rf"^\W*(?:(?P<opener>[A-Z][\w'’-]*)(?:\s+[^\s,;:“”\"]+){{0,24}},\s+)?(?P<name>{NAME})(?:\s*\([^()]{{1,20}}\))?(?:,\s+[^,;:“”\"]{{1,90}},)?"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
_AUXILIARIES = frozenset("has had have was were is are will would could can did does also then".split())
# "While Obama had …, Clinton …": a clause before the main one; its subject is not the sentence's
_SUBORDINATORS = frozenset("while when although though because since if as after before unless until whether".split())
# "Tim Bird, the leader of the rescue team, told the inquest": the person the description follows
# "Mark Freebairn, partner at recruitment firm Odgers Berndtson, told": a job at a body needs no article
_DESCRIBED_APPOSITIVE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:an?|the|who|[a-z][\w-]*\s+(?:at|of|for|with)\s)\s*[^,;\"“”]*,\s+{_ADVERBS}{_VERB}\b"
)
# "Bossert, who saw it live on "This Week," told Raddatz": a who-clause ending in a quoted title,
# whose comma sits inside the quotation marks (without one, _DESCRIBED_APPOSITIVE reads it)
_WHO_CLAUSE = re.compile(
    rf"(?P<name>{NAME}),\s+who\s+[^;,\"“”]*(?:\"[^\"“”]{{1,40}},\"|“[^\"“”]{{1,40}},”)\s+{_ADVERBS}{_VERB}\b"
)
# "despite objections from Ann Lowe, who said it would harm her catch": the one named says it, in their own clause
_WHO_SAYS = re.compile(rf"(?P<name>{NAME}),\s+who\s+{_ADVERBS}{_VERB}\b")
# "Jon Priest of Bevel, Gardner and Associates Inc.", "Sue Oakes from the …": the person, then their body
_MEMBER_OF = re.compile(rf"(?P<name>{NAME})\s+(?:from|of|at|with)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*,?\s+(?:and\s+)?)*$")
_OPEN_APPOSITIVE = re.compile(rf"(?P<name>{NAME}),\s+(?:an?|the)\s+[^,;\"“”]*$")
_NAMED_AFTER = re.compile(rf",\s+(?P<name>{NAME})\s*(?:[,.]|$)")
# "Centers for Disease Control and Prevention", "Food and Drug Administration": the end of a longer
# name; "Mel Greig and Michael Christian told" are two people (the last one is taken).
_JOINED_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?:for|of|&)\s+$")
_OF_AND_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?:for|of)\s+(?:[A-Z][\w.'’-]*\s+)+and\s+$")
_AND_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+and\s+$")
# "Charles E. Schumer, New York Democrat, said": a party member from a place describes the name before it
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME})\s*$")
# Verbs whose object is the one spoken to: after a quotation, "told X" names the listener.
_TO_LISTENER = frozenset("told tells assured reminded".split())  # "“Why?” asked Smith" is Smith asking
_THE_TITLE_NAME = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<title>[a-z]+),\s+(?P<name>{NAME})")
_OF_WHAT = re.compile(r"\s+(?:for|of|at|in|from|with)\s+")
_PERSON_NOUNS = frozenset(
    "member source witness resident official relative neighbor neighbour friend insider person man woman".split()
)
# What "the <noun> said" calls a body that the sentence before let speak by name.
BODY_NOUNS = ORGANISATION_WORDS | frozenset(
    """giant firm carrier retailer automaker carmaker maker manufacturer platform airline insurer lender regulator
    conglomerate startup broadcaster publisher chain developer operator watchdog""".split()
)
# "…, the Unite union said", "the Delmont chain said": a body named before the kind of body it is.
_NAMED_BODY_SAYS = re.compile(
    rf"(?:^|[,;—–]\s*(?:and\s+|but\s+)?|[”\"]\s+)[Tt]he\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,3}})"
    rf"\s+(?P<kind>[a-z]+)\s+{_ADVERBS}{_VERB}\b"
)
_NOT_SPEECH = re.compile(r"(?:continued|continues|added|adds)\s+to\b|described\s+as\b|" + DEED_NOT_SPEECH)
_CREDIT_WORDS = frozenset("image images photo photos caption video videos getty".split())
_RELATIVES = frozenset("that which who whom".split())
# ... and the perfect's auxiliary: "the firm had admitted the breaches" is the firm.
_TRAILING_ADVERBS = frozenset(
    "also further then later again previously earlier reportedly once now still has had have".split()
)
_PASSIVE_AUXILIARIES = frozenset("was were is are been being be".split())
_NOT_SAYERS = frozenset(
    """notice report statement letter study survey poll filing complaint lawsuit suit memo memorandum website
    site post tweet document paper article story release order ruling decision verdict message note email
    sign law bill rule plan proposal analysis review investigation data figures indictment
    affidavit transcript record records book video footage photo list sheet label banner poster headline
    caption advert ad""".split()
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,}?)(?:,\s*[A-Z][A-Za-z.]*\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+"
)


_LATELY = 3  # sentences: how far back "she" may reach for the one woman named


class _Track(NamedTuple):
    """Who a "he" could mean at a point of the article, read in order."""

    previous_speaker: str | None
    subject: str | None
    subject_pronoun: str | None
    previous_person: str | None
    named_last: str | None
    last_speaker: str | None
    # the people the last few sentences name, latest last: "she said" two sentences after the one woman named
    lately: tuple[str, ...] = ()


# "Defending, …", "Sentencing, …": one word of a verb's -ing form and a comma opening the sentence
_PART_SPOKEN_IN = re.compile(r"([A-Z][a-z]+ing),\s+")


class Attributions:
    """The speaker of every sentence of one article, and the people each sentence names."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.known = doc.full_names
        self._known_set = frozenset(doc.full_names)  # membership: the list grows with the article
        self.surnames = doc.surnames
        self.dateline: str | None = None
        self.last_speaker: str | None = None
        self.previous_speaker: str | None = None
        self.previous_person: str | None = None
        self.named_last: str | None = None  # the last person it named, for when the sex rules out its opener
        # The person a run of sentences is about: "Bacall, born …, died …. She wanted …" keeps
        # Bacall as the one "she" means while each sentence opens with the same pronoun.
        self.subject: str | None = None
        self.subject_pronoun: str | None = None
        self.speakers: list[str | None] = []
        self.people: list[list[str]] = []
        self.starts: list[int] = []  # where each sentence's text begins once a dateline is cut off
        self.referents: list[tuple[str, list[str], _Track] | None] = []  # what a "He" opening each sentence leans on
        self._previous_paragraph = 0
        self._quote_open = False  # a quotation mark opened and not yet closed at the last sentence's end
        self._persons: dict[str, str | None] = {}  # a run names the same person all through the article
        self._recent: dict[str, str] = {}  # surname -> the full name last given with it
        self._titled_runs: dict[str, str | None] = {}  # "mayor" -> "Lena Okafor" of "Mayor Lena Okafor"

    def at(self, index: int) -> tuple[str | None, list[str], int]:
        """Sentence `index`'s speaker, the people it names, and where its text starts. The
        article is read in order up to there, once: a card near the top costs only the top."""
        sentences = self.doc.sentences
        while len(self.speakers) <= index < len(sentences):
            self._read(sentences[len(self.speakers)])
        return self.speakers[index], self.people[index], self.starts[index]

    def speaker_of(self, sentence: Sentence) -> str | None:
        return self.at(self.doc.index_of(sentence))[0] if self.doc.sentences else None

    def _read(self, sentence: Sentence) -> None:
        start = sentence.start
        text = self.doc.sentence_text(sentence)
        opening = _OPENING_PRONOUN.match(text) or _OPENING_POSSESSIVE.match(text)
        # Who a "He" opening this sentence would mean is worked out only if asked (the extractor
        # asks; the verifier never does): keep what it depends on.
        self.referents.append(self._opening(opening.group(1)) if opening else None)
        if sentence.index == 0:
            m = _DATELINE.match(text)
            if m:
                self.dateline = m.group("place").strip().title()
                start += m.end()
                text = text[m.end() :]
        if (
            (part := _PART_SPOKEN_IN.match(text))
            and part.group(1).lower() not in self.surnames  # "Manning, who …, said": Chelsea Manning
            and inflected_from(part.group(1).lower(), "VBG")
        ):
            start += part.end()  # "Defending, Kate Lyle said": the part she spoke in, no name
            text = text[part.end() :]
        if _PAGE_FURNITURE.search(text) and not QUOTE.search(text):
            # "JUST WATCHED … Replay More Videos", "Image caption …": the page around the story,
            # which neither speaks nor changes who "he" is.
            self.speakers.append(None)
            self.people.append([])
            self.starts.append(start)
            return
        speaker = self._speaker(text)
        same_paragraph = self._previous_paragraph == sentence.paragraph
        # A quotation left open runs on: to the next sentence, and to the next paragraph when that
        # opens with a quotation mark again, as news prints a quotation of several paragraphs.
        reopened = sentence.paragraph == self._previous_paragraph + 1 and _opens_quoting(text)
        inside = self._quote_open and (same_paragraph or reopened)
        if (
            speaker is None
            and self.previous_speaker
            and (inside or (same_paragraph and (_is_quotation(text) or _opens_unclosed(text))))
        ):
            # The quotation goes on: “Nobody wants to cancel.” (Unless it talks about them.)
            speaker = None if _named_in(self.previous_speaker, text) else self.previous_speaker
        self._quote_open = _open_at_end(text, inside, skip_first=inside and not same_paragraph)
        self._previous_paragraph = sentence.paragraph
        people, objects, quoted_only = self._people(text)
        opening = _OPENING_PRONOUN.match(text)
        pronoun = opening.group(1).lower() if opening else None
        # "She appeared to imply that Trump … than Clinton. “…,” she said": a sentence led by
        # "she" goes on about whom that "she" meant, before anyone it names.
        # (from the sentence before only: not from whoever last spoke, however far back)
        carried = None
        if pronoun and _PRONOUN_LEADS.match(text):
            carried = self._pronoun("", pronoun, self._track()._replace(last_speaker=None))
        if speaker:
            self.last_speaker = speaker
        self.previous_speaker = speaker
        # "He reiterated calls …" names no one but goes on about the person just named.
        owners = {m.group(1) for m in _POSSESSOR.finditer(text)}
        # A name only inside a quotation ("should drop the old Cold War thinking") is what someone
        # said, not someone the next "he" can mean.
        outside = [p for p in people if p not in quoted_only]
        subjects = [p for p in outside if not any(o in p.split() for o in owners) and p not in objects]
        # "He said" after "surgeon Neil Bulstrode stencils Louise Sorkin's ears" is Bulstrode: a
        # name in the possessive is what the sentence is about, not who acts in it.
        last = (
            _last_person(subjects, self._known_set)
            or _last_person(outside, self._known_set)
            or (self.previous_person if pronoun else None)
        )
        self.previous_person = carried or self._acting_opener(text, outside) or last
        self.named_last = last
        for name in reversed(people):  # "Eden Sassoon, the daughter of Vidal Sassoon": the first is who it is about
            if name in self._known_set:
                self._recent[clean_token(name.split()[-1]).lower()] = name
        if pronoun:
            self.subject_pronoun = pronoun
        else:
            first = _FIRST_RUN.match(text)
            self.subject = self._person(first.group(0)) if first else None
            self.subject = self.subject if self.subject in self._known_set else None
            self.subject_pronoun = None
        self.speakers.append(speaker)
        self.people.append(people)
        self.starts.append(start)

    def _acting_opener(self, text: str, outside: Container[str], clause: bool = False) -> str | None:
        """The person the sentence opens on when they act in it: whom its next "he" means before
        anyone it names later ("Obama blasted Trump …. “…,” he said" is Obama). Only within the
        sentence (`clause`) may that be the subject of a clause before the main one ("When Flynn
        was asked whether he respects Putin, he said" is Flynn)."""
        m = _ACTING_OPENER.match(text)
        if not m or (not clause and m.group("name").split()[0].lower() in _SUBORDINATORS):
            return None
        opener = (m.group("opener") or "").lower()
        if opener and opener not in COMMON_OPENERS and not opener.endswith(("ing", "ly", "ed")):
            return None  # "Trump, Clinton and Sanders met": a list, not a phrase before the subject
        verb = m.group("verb")
        if verb not in _AUXILIARIES and not (inflected_from(verb, "VBD") or inflected_from(verb, "VBZ")):
            return None
        name = self._person(m.group("name"))
        if name not in outside:
            return None
        if name in self._known_set:
            return name
        # "Clinton leaned in …" where only a headline gave her name in full: a surname, as written
        # (not after an article: "The Wolfman had been searching" is a film, not a Mr. Wolfman)
        word = clean_token(name).lower()
        lone_surname = (
            " " not in name
            and m.group("name").split()[0].lower() not in ("the", "a", "an")
            and not is_word(word)
            and word not in self.doc.ordinary
        )
        return name if lone_surname and entity_type(name) is None and plausible_speaker(name) else None

    def _opener_before(self, text: str, pronoun: str, quoted: str = "") -> str | None:
        """Whom a "he"/"she" after `text` means when `text` opens on a person who acts: that person,
        if the sex allows and the quotation does not talk about them."""
        sex = PRONOUN_SEX.get(pronoun.lower())
        opener = self._acting_opener(text, self._known_set, clause=True) if sex else None
        if opener is None or self._other_sex(opener, sex) or _named_in(opener, quoted):
            return None
        return opener

    def _speaker(self, text: str) -> str | None:
        described = self._described(text)
        opened = _NAME_THEN_COLON.match(text)
        if opened and (name := self._person(opened.group("name"))) in self._known_set and plausible_speaker(name):
            # "Fallon fired back: “…,” he wrote": the person the sentence opens on, whatever the verb
            return name
        for quote in QUOTE.finditer(text):
            after = _AFTERQUOTE.match(text, quote.end())
            if after:
                if after.group("pron"):
                    # "Raddatz asked if the tweet is “…,” she added": the one the sentence opens on
                    opener = self._opener_before(text[: quote.start()], after.group("pron"), quote.group(1))
                    return described or opener or self._pronoun(quote.group(1), after.group("pron"))
                if after.group("role"):
                    return self._by_role(after.group("role"))
                if after.group("desc"):
                    return self._by_role(after.group("desc").split()[-1]) or after.group("desc")
                tail = after.group("tail")
                if tail and text[after.start() : after.start("tail")].split()[-1].lower() in _TO_LISTENER:
                    tail = None  # "…,” told Raddatz" is not English for Raddatz speaking: he was told
                name = self._sayer(after.group("name")) or self._after_verb(tail)
                # ("said the agency's chief executive, Nadia Rahman": a description, then the name)
                described_first = name is not None and name[:4].lower() == "the " and _is_description(name)
                if (
                    name
                    and (described_first or not self._person(name))
                    and (named := _NAMED_AFTER.match(text, after.end()))
                ):
                    # "wrote the chairman, Simon Glenarthur": the name the article gives
                    name = self._sayer(named.group("name")) or name
                elif name and re.fullmatch(r"the [a-z]+", name):
                    name = self._by_role(name.split()[1]) or name  # "said the prosecutor": the one it named so
                if name:
                    return name
            before = _BEFOREQUOTE.search(text, 0, quote.start())
            if before and described and before.group("name") in described:
                return described  # "A spokesman for Prime Minister David Cameron said that he "…""
            if before and (
                _PRECEDING_PREPOSITION.search(text, 0, before.start())
                or _cut_name(text, before.start(), before.group("name"))
            ):
                before = None  # "A spokeswoman for … Police in Australia told CNN:": not Australia
            if before and (name := self._sayer(before.group("name"))):
                return name
        if described:
            return described
        quoted = [(q.start(), q.end()) for q in QUOTE.finditer(text)]
        for m in _NAMED_BODY_SAYS.finditer(text):
            if m.group("kind") in BODY_NOUNS and not any(start < m.start("name") < end for start, end in quoted):
                if is_country(m.group("name")):
                    # ("The Welsh government said": a country's body, not one named "Welsh")
                    return text[m.start("name") - 4 : m.end("kind")]
                return m.group("name")
        patterns = (
            _LEADING_SAYER,
            _APPOSITIVE,
            _DESCRIBED_APPOSITIVE,
            _WHO_CLAUSE,
            _WHO_SAYS,
            _SUBJECT_VERB,
            _ACCORDING_TO,
            _DOES_SAYING,
        )
        for pattern in patterns:
            for m in pattern.finditer(text):
                member = _MEMBER_OF.search(text, 0, m.start("name")) if pattern is _DESCRIBED_APPOSITIVE else None
                # "Sue Oakes from the National University, who …, told": Oakes, not the university
                if member and (name := self._sayer(member.group("name"))):
                    return name
                if any(start < m.start("name") < end for start, end in quoted):
                    continue  # "“Per Gustafson said that we had a deal”": said inside the quotation
                if pattern is _LEADING_SAYER and _PRONOUN_SAYS.search(m.group(0)):
                    continue  # "Fraudsters, he said in the video, don't last long": he said it
                opened = _OPEN_APPOSITIVE.search(text, 0, m.start()) if pattern is _SUBJECT_VERB else None
                if opened and _described_thing(text[opened.end("name") : m.start()]):
                    opened = None  # "Kuala Lumpur, a statement attributed to … Committee said": the statement
                # "Nabugyere, an officer at the staff college Bwebajja told …": the person before
                # the description spoke, not the college that ends it.
                if opened and (name := self._sayer(opened.group("name"))):
                    return name
                member = (
                    _MEMBER_OF.search(text, max(0, m.start() - 80), m.start()) if pattern is _SUBJECT_VERB else None
                )
                # "expert Jonathyn Priest of Bevel, Gardner and Associates Inc. said": Priest
                if member and (name := self._sayer(member.group("name"))) and name in self._known_set:
                    return name
                if pattern is _SUBJECT_VERB and _PRONOUN_SAYS_FIRST.match(text):
                    break  # the name speaks inside what "he said"
                if pattern is _SUBJECT_VERB and _cut_name(text, m.start(), m.group("name")):
                    continue  # "the Centers for Disease Control and Prevention said": not "Prevention"
                if pattern in (_SUBJECT_VERB, _DESCRIBED_APPOSITIVE) and _PRECEDING_PREPOSITION.search(
                    text, 0, m.start()
                ):
                    continue  # "owners on Quay Road said", "the mother of Dan Reyes, one of the boys, said"
                if (
                    pattern is _APPOSITIVE
                    and _PLACE_BEFORE.search(text, 0, m.start())
                    and not _TITLE_OF_A_PLACE.search(text, 0, m.start())  # ("The mayor of Kelton, Ada Marsh, said")
                ):
                    continue  # "Kieran, from Bushey, Hertfordshire, said": the county is not the speaker
                if pattern is _APPOSITIVE and clean_token(m.group("name").split()[-1]).lower() in PARTY_MEMBERS:
                    described = _NAME_BEFORE.search(text, 0, m.start())
                    if described and (name := self._sayer(described.group("name"))):
                        return name
                    continue
                if pattern is _SUBJECT_VERB and _NOT_SPEECH.match(text, m.end() - len(m.group(0).split()[-1])):
                    continue  # "Gunshots continued to ring out", "the news added to fears": no one speaking
                if (
                    pattern is _SUBJECT_VERB
                    and m.group(0).split()[-1].lower() in _REPORTING_A_THING
                    and (last := _SAYS_LAST.search(text))
                    and (name := self._sayer(last.group("name")))
                ):
                    return name  # "Anglers have reported dead fish …, the Environment Agency said": the agency's
                name = self._sayer(m.group("name"))
                if name:
                    return name
        if (group := _GROUP_OPENS_SAYING.match(text)) and plural_noun(
            group.group("head") or group.group("lone").lower()
        ):
            return group.group("name")  # "Climate campaigners say …": a kind of people, described
        for pronoun in _PRONOUN_VERB.finditer(text):
            if any(start < pronoun.start() < end for start, end in quoted):
                continue  # "“… and she said we are going to …”": said inside the quotation
            word = pronoun.group(0).split()[0]
            # "a dissent by Justice Stephen Breyer in which he said": the person just named
            relative = _RELATIVE_BEFORE.search(text, 0, pronoun.start())
            if relative and (named := self._last_named(text[: pronoun.start()], word)):
                return named
            # "Trump was talking … when he told Chris Wallace": the one the sentence opens on
            return self._opener_before(text[: pronoun.start()], word) or self._pronoun("", word)
        return None

    def _described(self, text: str) -> str | None:
        """ "A spokesperson for the coastguard said" names no one, but says who spoke;
        "the mayor said" points back to the person introduced as mayor."""
        m = _DESCRIBED_SAYER.search(text) or next(
            (m for m in _INDEFINITE_SAYER.finditer(text) if _unnamed_description(m.group("desc"))), None
        )
        if m is None and (", which " in text or ", who " in text):
            # "The museum, which reopened last year, said …": the body, past what the clause tells of it
            m = _DESCRIBED_SAYER.search(_RELATIVE_CLAUSE.sub("", text))
        if m is None or _NOT_SPEECH.match(text, m.end() - len(m.group(0).split()[-1])):
            return None  # ("An ambulance service has declared a critical incident": a deed, no one speaking)
        phrase = m.group("desc")
        while len(phrase.split()) > 2 and phrase.split()[-1].lower() in _TRAILING_ADVERBS | _RELATIVES:
            phrase = phrase.rsplit(None, 1)[0]  # "The company also said" is the company; "one list that said" a list
        head = _head_noun(phrase)
        if head in _NOT_SAYERS or phrase.split()[-1].lower() in _PASSIVE_AUXILIARIES:
            return None  # "the latest notice said": a document; "the hearing was told": no one speaking
        if phrase.lower().startswith("the "):
            named = self._by_role(head)  # "the spokesman for President Marzouki" is the spokesman
            if named:
                return named
            if head in BODY_NOUNS and (body := self._body_just_quoted(head)):
                return body  # "Corvane tweeted …. “…,” the pharmaceutical giant said": Corvane again
        return phrase

    def _body_just_quoted(self, head: str) -> str | None:
        """The organisation the sentence before gave as its speaker, which "the company" goes on
        meaning; not a person, a place or a speaker only described, nor one that sentence calls another kind of
        body ("…, the regulator Ofwat-N said. The company said …" is the company the regulator told of)."""
        spoke = self.previous_speaker
        if not spoke or spoke in self._known_set or _is_description(spoke) or spoke[:4].lower() == "the ":
            return None
        if self.speakers:
            before = self.doc.sentence_text(self.doc.sentences[len(self.speakers) - 1])
            kind = re.search(rf"\b(?:the|its|a|an)\s+([a-z]+)\s+{re.escape(spoke)}\b", before)
            if kind and kind.group(1) in BODY_NOUNS and kind.group(1) != head:
                return None
        if " " not in spoke and is_word(clean_token(spoke).lower()):
            return None  # "Growers warned …. The association said": growers are not the association
        return spoke if entity_type(spoke) in ("organisation", None) and plausible_speaker(spoke) else None

    def referent(self, index: int) -> str | None:
        """Whom the "He", "She", "His" or "Her" opening sentence `index` means, when the sentence
        before names that one person and no other; None where a reader could hesitate."""
        self.at(index)
        opening = self.referents[index] if index < len(self.referents) else None
        if opening is None:
            return None
        word, previous_people, track = opening
        candidate = self._pronoun("", word, track)
        known = [p for p in previous_people if p in self._known_set]
        # The sentence before names only this person, or the run of sentences is about them; or it names no one, and
        # the one person the last few name is them ("Swimmer Ella Morgan has broken … The 17-year-old finished … Her
        # coach …").
        lately = {p for p in track.lately if p in self._known_set}
        sure = (
            known == [candidate]
            or (candidate == track.subject and track.subject_pronoun == word)
            or (not previous_people and lately == {candidate})
        )
        return candidate if candidate and sure else None

    def _opening(self, pronoun: str) -> tuple[str, list[str], _Track] | None:
        """What a "He" or "His" opening the next sentence leans on, kept as it stands now."""
        if not self.people:
            return None
        return {"his": "he", "her": "she"}.get(pronoun.lower(), pronoun.lower()), self.people[-1], self._track()

    def _track(self) -> _Track:
        return _Track(
            self.previous_speaker,
            self.subject,
            self.subject_pronoun,
            self.previous_person,
            self.named_last,
            self.last_speaker,
            tuple(p for people in self.people[-_LATELY:] for p in people),
        )

    def _pronoun(self, quoted: str = "", pronoun: str = "", track: _Track | None = None) -> str | None:
        # "he said" leans on the previous sentence: its speaker if it had one, else the
        # last person it named, else whoever spoke last; never someone the quotation itself
        # talks about ("“Why would Matt defend him?” she said" is not Matt speaking), nor
        # someone the article shows to be the other sex ("she said" after "actor Tom Reyes").
        t = track or self._track()
        sex = PRONOUN_SEX.get(pronoun.lower())
        chain = t.subject if t.subject_pronoun and t.subject_pronoun == pronoun.lower() else None
        # "they added" goes on from the sentence before's speakers (a body, "researchers"), never
        # back to a person or a place that sentence only names.
        candidates = (
            (t.previous_speaker,)
            if pronoun.lower() == "they"
            else (t.previous_speaker, chain, t.previous_person, t.named_last, t.last_speaker)
        )
        for candidate in candidates:
            if candidate and self._other_sex(candidate, sex):
                candidate = self._relative(candidate, sex)  # "Tolland … he said": Ray, not his wife Nadia
            if (
                candidate
                and not _named_in(candidate, quoted)
                and not self._other_sex(candidate, sex)
                # ("Business groups warned …. “…,” she said": not the groups; a name the article knows, "Woods", is one)
                and not (sex and _many(candidate) and candidate not in self._known_set)
                and entity_type(candidate) not in _NOT_HE_OR_SHE
                # "A member of the guard described the fighting. “…,” he said.": the one just described
                and (plausible_speaker(candidate) or (candidate == t.previous_speaker and _is_description(candidate)))
            ):
                return candidate
        # None of those can be meant: the one person of the pronoun's sex named lately ("Megan Shaw … was pulled
        # … Lifeguard Owen Pike reached her … “…,” she said" is Shaw), when the article shows that sex.
        if sex and pronoun.lower() != "they":
            meant = {p for p in t.lately if p in self._known_set and self._sex_of(p) == sex}
            # (or, with none of that sex, the one person named lately whose sex the article does not show: "…, the
            # transport chief, Priya Shah, announced. Business groups warned …. “…,” she said")
            meant = meant or {p for p in t.lately if p in self._known_set and self._sex_of(p) is None}
            if len(meant) == 1 and not _named_in(next(iter(meant)), quoted):
                return meant.pop()
        return None

    def _last_named(self, text: str, pronoun: str) -> str | None:
        """The last person a sentence names before its "he"/"she", if the sex allows."""
        sex = PRONOUN_SEX.get(pronoun.lower())
        for run in reversed(capitalized_runs(text)):
            name = self._person(run.text)  # "Supreme Court Justice Stephen Breyer" is a judge, not a court
            if name and name in self._known_set and not self._other_sex(name, sex):
                return name
        return None

    def _relative(self, name: str, sex: str | None) -> str | None:
        """The one other person of the article with `name`'s surname, if the sex allows."""
        surname = clean_token(name.split()[-1]).lower()
        if surname not in self.doc.shared_surnames:
            return None
        others = [
            n
            for n in self.known
            if n != name and clean_token(n.split()[-1]).lower() == surname and not self._other_sex(n, sex)
        ]
        return others[0] if len(others) == 1 else None

    def _other_sex(self, name: str, sex: str | None) -> bool:
        if not sex:
            return False
        known = self._sex_of(name)
        return known is not None and known != sex

    def _sex_of(self, name: str) -> str | None:
        surname = clean_token(name.split()[-1]).lower()
        # "he" after "Hillary Clinton" is not her; "Dorothy Woods" is a woman even where the
        # article calls her husband "Ty Woods" (the surname's mark is for names without one)
        known = self._full_sexes.get(name) or sex_of_first_name(name)
        if known is None and surname not in self.doc.shared_surnames:
            known = self._sexes.get(surname)  # "his ex-wife Nicole Simpson" says nothing of O.J. Simpson
        return known

    @cached_property
    def _sexes(self) -> dict[str, str]:
        """Surname -> "m" or "f", where the article says so next to the name: "actress Minnie
        Rowe", "Mr. Haddad", "his wife, Ana Ruiz". A surname the article marks both ways gets neither."""
        found: dict[str, str] = {}
        mixed: set[str] = set()
        for run, sex in self._marked_runs:
            surname = clean_token(run.text.split()[-1]).lower()
            if found.get(surname, sex) != sex:
                mixed.add(surname)
            found[surname] = sex
        return {k: v for k, v in found.items() if k not in mixed}

    @cached_property
    def _marked_runs(self) -> list[tuple[NameRun, str]]:
        """Each capitalized run the words in or just before it mark as one sex ("actress Minnie
        Rowe", "Mr. Haddad", "his wife, Ana Ruiz"), with that sex."""
        found = []
        body = self.doc.body
        for run in self.doc.name_runs:
            words = run.text.split()
            before = _WORD_BEFORE.search(body, max(0, run.start - 30), run.start)
            marks = [w.lower().rstrip(".,") for w in words[:-1]] + ([before.group(1).lower()] if before else [])
            sexes = {sex for m in marks if (sex := sex_of_word(m))}
            if len(sexes) == 1:
                found.append((run, sexes.pop()))
        return found

    @cached_property
    def _honorifics(self) -> dict[str, set[str]]:
        """Surname -> the sexes of the honorifics the article writes before it ("Mr Wilson", "Mrs Wilson")."""
        found: dict[str, set[str]] = {}
        for m in _HONORIFIC_RUN.finditer(self.doc.body):
            found.setdefault(clean_token(m.group(2)).lower(), set()).add(_HONORIFICS[m.group(1).lower()])
        return found

    @cached_property
    def _full_sexes(self) -> dict[str, str]:
        """Full name -> "m" or "f" where the words next to it say so ("his wife, Jane Wilson")."""
        found: dict[str, str] = {}
        for run, sex in self._marked_runs:
            name = " ".join(name_tokens(run.text, self.doc.ordinary, ADVERBS))
            if " " in name:
                found.setdefault(clean_token(name), sex)
        return found

    def _by_role(self, role: str) -> str | None:
        """ "the mayor said" -> the person the article introduced as "Mayor Lena Okafor"."""
        if not is_role(role):
            return None  # "the team", "the statement": no one person (nor "Rest Of His Team Protests")
        if role not in self._titled_runs:  # looked up once per title: every run of the article is read
            self._titled_runs[role] = self._titled_run(role)
        if self._titled_runs[role]:
            return self._titled_runs[role]
        # "the prosecutor, Mustafa Suleiman," introduced one person as *the* prosecutor. A title
        # merely written next to a name ("former executive Carrie Tolstedt") does not: "the
        # executive" may be anyone of that trade the article mentions.
        holders = {name for raw in self._the_title_names.get(role, ()) if (name := self._sayer(raw))}
        return holders.pop() if len(holders) == 1 else None

    @cached_property
    def _the_title_names(self) -> dict[str, list[str]]:
        """Title -> the names written after "the <title>," ("the prosecutor, Mustafa Suleiman"), read
        in one pass: a search per "the X said" costs the square of a long article's length."""
        found: dict[str, list[str]] = {}
        for m in _THE_TITLE_NAME.finditer(self.doc.body):
            found.setdefault(m.group("title"), []).append(m.group("name"))
        return found

    def _titled_run(self, role: str) -> str | None:
        """The first full name a capitalized run gives after the title: "Mayor Lena Okafor"."""
        surname_only = None
        for words, lowered in self.doc.name_run_words:
            if role in lowered:
                at = lowered.index(role)
                name = " ".join(name_tokens(" ".join(words[at:]), self.doc.ordinary, ADVERBS))
                if len(name.split()) >= 2:
                    return name
                after = words[at + 1 :]
                if (
                    surname_only is None
                    and len(after) == 1
                    and name == clean_token(after[0])
                    and name.lower() not in self.doc.ordinary
                    and name.lower() not in ORGANISATION_WORDS
                    and entity_type(name) not in ("place", "outlet")
                ):
                    # "President Morrow …. The president said": Morrow, in full where the article gives it
                    surname_only = self.surnames.get(clean_token(name).lower(), name)
        if surname_only is None and (short := TITLE_ABBREVIATIONS.get(role)):
            # "Vermont Sen. Bernie Sanders …. The senator said": the short title sits outside the run
            # (one such person only: "the senator" in an article on Sens. Cruz and Paul is either)
            pattern = rf"\b(?:{'|'.join(a.capitalize() for a in short)})\.?\s+({NAME})"
            holders = {
                name
                for m in re.finditer(pattern, self.doc.body)
                if (name := " ".join(name_tokens(m.group(1), self.doc.ordinary, ADVERBS))) in self._known_set
                and " " in name
            }
            if len(holders) == 1:
                return holders.pop()
        return surname_only

    def _after_verb(self, tail: str | None) -> str | None:
        """ "said festival director Anouk Vermeer" -> Anouk Vermeer; "said Omar Haddad of the
        Commuters' Association" -> Omar Haddad; "said one stallholder" -> "one stallholder";
        "said at a press conference" -> nobody."""
        if not tail:
            return None
        runs = capitalized_runs(tail)
        if runs and runs[0].start == 0 and _AFFILIATION.match(tail, runs[0].end):
            return self._sayer(runs[0].text)  # the name, then who they are with
        lead = tail[: runs[-1].start].split() if runs else tail.split()
        if lead and lead[0].lower() in _INDEFINITE:
            # "said a senior Cruz adviser", "said one New Hampshire Democrat": someone unnamed,
            # described; not Cruz, nor the Democrat written about before.
            phrase = _CLAUSE_END.split(tail, 1)[0].strip(" -—–")
            return phrase if len(phrase.split()) <= 7 and _unnamed_description(phrase) else None
        if len(lead) > 4 or any(w.lower() in _PREPOSITIONS for w in lead):
            return None
        possessive = (
            runs and runs[-1].start == 0 and " of " not in runs[-1].text and re.search(r"['’]s$", runs[-1].text)
        )
        if possessive and tail[runs[-1].end :].strip():
            return tail.strip()  # "said Melquan’s former football coach": the coach, not Melquan
        if runs:
            return self._sayer(runs[-1].text)
        while lead and lead[-1].lower() in ATTRIBUTION_VERBS:
            lead = lead[:-1]  # "said the prosecutor declared": a feed's doubled verb
        # ("a/an/one …" was read above; "the agency's chief executive" is four words)
        if lead and lead[0].lower() == "the" and len(lead) <= 4:
            if lead[-1].lower() in _NOT_SAYERS:
                return None  # "said the article"
            return " ".join(lead)
        return None

    def _person(self, run: str | None) -> str | None:
        if not run:
            return None
        if run in self._persons:
            return self._persons[run]
        found = self._person_of(run)
        if " " in run.strip() or clean_token(run).lower() not in self.doc.shared_surnames:
            self._persons[run] = found  # "Hardy" alone, where Josh and Todd Hardy both appear, depends on where
        return found

    def _person_of(self, run: str) -> str | None:
        body = run.split()
        if len(body) == 1 and (full := self.surnames.get(surname := clean_token(run).lower())):
            # "Lord said" after "Jeffrey Lord": a surname that is also a title; "Hardy said" after
            # "Todd Hardy hailed …" is Todd, where Josh Hardy is in the article too
            return self._recent.get(surname, full) if surname in self.doc.shared_surnames else full
        while body and clean_token(body[0]).lower() in COMMON_OPENERS:
            body = body[1:]
        tokens = name_tokens(run.strip(), self.doc.ordinary, ADVERBS)
        name = clean_token(" ".join(tokens)) if tokens else ""
        if name in self._known_set:
            return name  # "White House Advisor Benjamin Rhodes" is Rhodes, not the White House
        if len(body) > 1 and entity_type(" ".join(body)) == "organisation":
            return clean_token(" ".join(body))  # "The Nonhuman Rights Project" speaks whole, not as "Rights Project"
        if not name or is_date_word(name):
            return None
        if name in self.doc.places_by_cue:
            return None  # "in Pangkalan Bun, …" earlier: a town, not who spoke
        if " " in name:
            return name
        full = self.surnames.get(name.lower())
        if full and name.lower() in self.doc.shared_surnames:
            full = self._recent.get(name.lower(), full)  # "Hardy said" after "Todd Hardy hailed …"
        honorific = _HONORIFICS.get(clean_token(body[0]).lower().rstrip(".")) if len(body) > 1 else None
        if (
            full
            and honorific
            and (self._full_sexes.get(full, honorific) != honorific or len(self._honorifics.get(name.lower(), ())) > 1)
        ):
            return name  # "Mr Wilson" is not "his wife, Jane Wilson", nor the "Jane Wilson" of "Mrs Wilson"
        if full:
            return full
        words = run.split()
        if len(words) > 1 and clean_token(words[-2]).lower() in DESCRIBING_WORDS:
            return None  # "South African National Parks" cut to "Parks": a body's name, not a person
        # One word left that the article also writes in lower case ("Department", "Parks"):
        # a piece of a longer name, not who spoke.
        return None if name.lower() in self.doc.vocabulary and len(run.split()) > 1 else name

    def _sayer(self, run: str | None) -> str | None:
        if run and clean_token(run.split()[-1]).lower() in PARTY_MEMBER:
            # "“…,” the moderate West Virginia Democrat said": the person just written about
            return self._pronoun()
        name = self._person(run)
        return name if name and plausible_speaker(name) else None

    def _people(self, text: str) -> tuple[list[str], set[str], set[str]]:
        """The people a sentence names; those it names after a preposition ("the inquest … by
        John Gittins"): what it is about, not who acts in it, so not whom its next "he" means; and
        those it names only inside a quotation."""
        found: dict[str, None] = {}
        objects: set[str] = set()
        quoted = [(q.start(), q.end()) for q in QUOTE.finditer(text)] if any(m in text for m in "\"“'‘") else []
        inside: set[str] = set()
        outside: set[str] = set()
        for run in capitalized_runs(text):
            name = self._person(run.text)
            if not name:
                continue
            if _PRECEDING_PREPOSITION.search(text, max(0, run.start - 12), run.start):
                objects.add(name)
            if clean_token(name).lower() in ROLE_WORDS:
                continue
            if len(name) > 1 and not is_date_word(name):
                found.setdefault(name, None)
                (inside if any(a < run.start < b for a, b in quoted) else outside).add(name)
        return list(found), objects, inside - outside


def _cut_name(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is only the end of a body's longer name."""
    if _JOINED_BEFORE.search(text, max(0, start - 30), start):
        return True
    if " " not in name.strip():  # "… for Disease Control and Prevention"; "… Kerry and Ban Ki-moon" are two
        return _OF_AND_BEFORE.search(text, max(0, start - 60), start) is not None
    # "Department of Children and Family Services"; "Dominion Power and BGE said" are two bodies
    return entity_type(name) == "organisation" and _AND_BEFORE.search(text, max(0, start - 30), start) is not None


def _many(speaker: str) -> bool:
    """ "Business groups", "local residents": many people by a plural noun, whom no "he" or "she" stands for."""
    head = speaker.split()[-1]
    # (one word opening its sentence is capitalized for that only: "Hoteliers warned …")
    return (head.islower() or len(speaker.split()) == 1) and plural_noun(head.lower())


def _is_description(speaker: str) -> bool:
    """ "A member of the presidential guard", "the spokesman": a person the article describes
    (not "the raccoon" nor "the hurly-burly of the gambling")."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the", "one"):
        return False
    head = _head_noun(speaker)
    return is_role(head) or head in _PERSON_NOUNS


def _unnamed_description(phrase: str) -> bool:
    """ "a senior Cruz adviser", "another New Hampshire Republican", "a spokesman for the
    committee": someone described, not named; not "a birthday her agent", "a day after the
    Grammy winner", "a case involving gold bunnies", nor "An aggressive Priebus also"."""
    words = _OF_WHAT.split(phrase, 1)[0].split()
    if words and words[0].lower() == "one" and len(words) == 1 and len(phrase.split()) > 1:
        return True  # "one of the officials"
    if len(words) < 2 or words[0].lower() not in _INDEFINITE:
        return False
    head, modifiers = words[-1], words[1:-1]
    if head.lower() in _NOT_SAYERS or head.lower() in _TRAILING_ADVERBS or head.lower() in _TIME_NOUNS:
        return False
    if not (head.islower() or clean_token(head).lower() in PARTY_MEMBER):
        return False  # "An aggressive Priebus": a name after all
    return not any(
        w.lower() in _NOT_MODIFIERS or (k > 0 and w.lower().endswith("ing")) for k, w in enumerate(modifiers)
    )


def _head_noun(description: str) -> str:
    """ "the spokesman for President Marzouki" -> "spokesman": the last word before what it is of."""
    return _OF_WHAT.split(description)[0].split()[-1].lower()


def _described_thing(description: str) -> bool:
    """ ", a statement attributed to …": the description's head is a document, not a person."""
    words = re.findall(r"[a-z]+", description.lower())[:3]
    return any(w in _NOT_SAYERS for w in words)


def _named_in(name: str, text: str) -> bool:
    words = [clean_token(w) for w in name.split() if clean_token(w)[:1].isupper()]
    return any(_whole_word_in(w, text) for w in words if len(w) > 2)


def _whole_word_in(word: str, text: str) -> bool:
    """`word` in `text` with no word character or hyphen on either side (no regex per name: the
    pattern cache would be churned by every name of every article)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            return True
        start = text.find(word, start + 1)
    return False


def _opens_quoting(text: str) -> bool:
    return text.lstrip()[:1] in '"“'


def _is_quotation(text: str) -> bool:
    return _opens_quoting(text) and text.strip().rstrip(".!?")[-1:] in '"”'


def _opens_unclosed(text: str) -> bool:
    """“The deficit is already too large. — a quotation that opens the sentence and runs past it."""
    return _opens_quoting(text) and _open_at_end(text, False)


def _open_at_end(text: str, inside: bool, skip_first: bool = False) -> bool:
    """Whether a quotation is open at the end of `text`, which starts `inside` one or not. Curly
    marks say which way they go; a straight one turns the state over. `skip_first`: the text opens
    with the mark that reopens a quotation going on from the paragraph before."""
    marks = [c for c in text if c in '"“”']
    for mark in marks[1:] if skip_first else marks:
        inside = True if mark == "“" else False if mark == "”" else not inside
    return inside


def _last_person(people: list[str], known: Container[str]) -> str | None:
    """The last name in a sentence that the article gives in full: a person, not a place."""
    for name in reversed(people):
        if name in known:
            return name
    return None


_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


# Months that are first names too; a capitalized word after one that is no month or weekday (written in full) is a
# surname.
_MONTHS_THAT_NAME_PEOPLE = frozenset({"may", "june", "april", "august", "jan"})
_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?[,.]?")
_LETTERS = re.compile(r"[A-Za-z]+")
_CALENDAR_IN_FULL = frozenset(
    max((n for n in MONTHS if MONTHS[n] == number), key=len) for number in set(MONTHS.values())
) | frozenset(WEEKDAYS)


def _may_be_surname(token: str) -> bool:
    """ "Lee", "Ross,": a capitalized word that is no month or weekday written in full (not "June" of "May June")."""
    letters = _LETTERS.match(token)
    return bool(_SURNAME.fullmatch(token)) and letters is not None and letters.group(0).lower() not in _CALENDAR_IN_FULL


def is_date_word(name: str) -> bool:
    """ "March 24", "Friday": a month or a weekday, not a name ("Mark", "Sunita" are names)."""
    tokens = name.split()
    first = tokens[0].lower().rstrip(".")
    if (
        first in _MONTHS_THAT_NAME_PEOPLE
        and not tokens[0].endswith(".")
        and len(tokens) > 1
        and _may_be_surname(tokens[1])
    ):
        return False  # "May Lee", "April Ross", "Jan Wood": a first name before a surname, not a date
    return first in MONTHS or first in WEEKDAYS or first in _WEEKDAY_ABBREVIATIONS


def attributions(doc: Document) -> Attributions:
    """The article's attributions, read once per document and kept with it (a table beside the
    document that pointed back to it would keep every document alive for good)."""
    found: Attributions | None = getattr(doc, "_attributions", None)
    if found is None:
        found = Attributions(doc)
        doc._attributions = found  # type: ignore[attr-defined]
    return found


# Words that end the name of a body no news outlet is: "Office" of "The Post Office".
_NO_OUTLETS_END = frozenset("office council department ministry trust union bank court police hospital board".split())


def plausible_speaker(name: str) -> bool:
    """A person or a body that speaks: not a place ("Texas"), not an outlet ("York Times"), not a
    date, not a sentence's opening word ("Despite Trump", "And Nancy")."""
    tokens = name.split()
    if not tokens or is_outlet(name) or is_date_word(name):
        return False
    if (
        len(tokens) > 1
        and any(is_outlet(clean_token(" ".join(tokens[:k]))) for k in (1, 2, 3))
        # (a body named by what it is stays one: "The Post Office" is no outlet's headline; "Harbor News Agency" is
        # an outlet still)
        and clean_token(tokens[-1]).lower() not in _NO_OUTLETS_END
    ):
        return False  # "AP Image", "USA TODAY United": a picture credit or a headline, not a speaker
    if clean_token(tokens[-1]).lower() in _CREDIT_WORDS:
        return False  # "ORTMTV Image": a credit line
    if entity_type(name) == "place" and not is_country(name):
        return False  # "Texas said" is not a speaker; "China said" is its government
    return clean_token(tokens[0]).lower() not in COMMON_OPENERS  # "Had I known …" is no Mr. Had I


# "denied claims by the opposition that she had known …": what the claims say is the opposition's, whoever denies it.
_CLAIMS_BY = re.compile(
    r"\b(?:claims?|allegations?|accusations?|suggestions?|reports?|warnings?)\s+(?:made\s+)?(?:by|from)\s+"
    r"(?P<who>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,4}?)\s+that\b"
)


def claimed_by(text: str) -> list[str]:
    """Who `text` has make the claims it tells of ("denied claims by the opposition that …": "the opposition")."""
    return [m["who"] for m in _CLAIMS_BY.finditer(text)]


def same_person(a: str, b: str) -> bool:
    """ "Xi" is "Xi Jinping", "Rand Paul" is "Sen. Rand Paul (R-Ky.)", "Ocasio-Cortez" is
    "Alexandria Ocasio-Cortez": one shares the other's name words (titles aside)."""
    if " ".join(a.lower().split()) == " ".join(b.lower().split()):
        return True  # "The mayor" and "the mayor": the same described speaker
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or (_surname(a) == _surname(b) and _first_initial(a) == _first_initial(b))


def _first_initial(name: str) -> str:
    """The first letter of a name's first word before the surname ("Joseph R. Biden", "Joe Biden":
    "j"); "" without one. Ray Tolland and his wife Nadia Tolland share a surname, not a person."""
    words = _person_words(name)
    return words[0][0] if len(words) > 1 else ""


def _name_words(name: str) -> frozenset[str]:
    cleaned = re.sub(r"\([^)]*\)", " ", name)
    return frozenset(
        w for t in cleaned.split() if (w := clean_token(t).lower()) and w not in ROLE_WORDS and w not in ("the", "of")
    )


def _surname(name: str) -> str:
    words = _person_words(name)
    return words[-1] if words else ""


def _person_words(name: str) -> list[str]:
    """A name's words in lower case, without its titles or a party in brackets ("Sen. Rand Paul (R-Ky.)")."""
    cleaned = [clean_token(t).lower() for t in re.sub(r"\([^)]*\)", " ", name).split()]
    return [w for w in cleaned if w and w not in ROLE_WORDS]
