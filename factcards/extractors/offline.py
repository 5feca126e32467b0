"""The offline extractor: fact cards from sentences, with no model and no network.

Each card's claim is a sentence of the article, lightly trimmed (a dateline or a leading
"But" dropped), and its evidence is that sentence. What the extractor adds is judgement:
which sentences are quotes and who said them, which report figures or dated events, and
which few of them a brief should carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factcards.claims import atoms
from factcards.dates import MONTHS, WEEKDAYS, first_resolved
from factcards.document import Document, Sentence
from factcards.models import Article, Card, Evidence, Kind
from factcards.names import COMMON_OPENERS, ROLE_WORDS, capitalized_runs, clean_token, peel_roles, resolve_surname

ATTRIBUTION_VERBS = [
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "warned",
    "disclosed",
    "explained",
    "argued",
    "insisted",
    "asked",
    "wrote",
    "declared",
    "announced",
    "claimed",
    "continued",
    "remarked",
    "recalled",
    "reported",
    "maintained",
    "pledged",
    "promised",
    "vowed",
    "confirmed",
    "denied",
    "acknowledged",
    "admitted",
    "urged",
    "conceded",
    "suggested",
    "estimated",
    "predicted",
    "shared",
    "tweeted",
    "posted",
    "testified",
    "cautioned",
    "criticised",
    "criticized",
]
_VERB = rf"(?:{'|'.join(ATTRIBUTION_VERBS)})"
_NAME = r"[A-Z][\w.'’&-]*(?:\s+(?:(?:of|de|van|von|bin|al)\s+)?[A-Z][\w.'’&-]*)*"
_ADVERBS = r"(?:(?:has|had|have|also|further|later|then|repeatedly|again|previously|earlier|reportedly|once|consistently|publicly|separately)\s+){0,3}"
# A quotation; feeds sometimes close one with a stray apostrophe ("I can't sell,' said ...).
_QUOTE = re.compile(r"[\"“]([^\"“”]+?)(?:[\"”]|(?<=,)'(?=\s))")
_APPOSITIVE = re.compile(rf",\s+(?P<name>{_NAME}),\s+{_ADVERBS}{_VERB}\b")
_DESCRIBED_SAYER = re.compile(
    rf"(?:^|[,;—–]\s*)(?P<desc>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+[a-z][\w'’-]*(?:\s+(?:for|of|at)\s+the\s+[a-z][\w'’-]*|\s+[a-z][\w'’-]*)?)\s+{_VERB}\b"
)
_AFFILIATION = re.compile(r"\s+(?:of|from|at|with)\s|\s*$")
_PREPOSITIONS = frozenset(
    ["at", "in", "on", "to", "from", "with", "for", "by", "of", "about", "into", "over", "after", "before", "during"]
)
_AFTER_QUOTE = re.compile(
    rf"\s*[,.!?]?\s*(?:(?P<pron>he|she|they)\s+{_VERB}\b|the\s+(?P<role>[a-z]+)\s+{_VERB}\b"
    rf"|(?P<name>{_NAME})\s+{_ADVERBS}{_VERB}\b|{_VERB}\s+(?P<tail>[^,.;:!?\"“”]{{1,80}}))"
)
# "said company spokesperson Martin Hale": the words after the verb may open with a role.
_PRECEDING_PREPOSITION = re.compile(r"\b(?:on|in|at|from|near|of|to|with|for|by|about|into|over)\s+$")
_BEFORE_QUOTE = re.compile(rf"(?P<name>{_NAME})\s+{_ADVERBS}{_VERB}\b[^\"“]{{0,40}}$")
_SUBJECT_VERB = re.compile(rf"(?P<name>{_NAME})\s+{_ADVERBS}{_VERB}\b")
_PRONOUN_VERB = re.compile(rf"\b(?:he|she|He|She)\s+{_ADVERBS}{_VERB}\b")
_ACCORDING_TO = re.compile(rf"\b[Aa]ccording to (?:the\s+)?(?P<name>{_NAME})")
_LEADING_SAYER = re.compile(rf"^(?P<name>{_NAME})\s*,.*?\b(?:said|says)\b")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,}?)(?:,\s*[A-Z][A-Za-z.]*\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+"
)
_DISCOURSE = re.compile(
    r"^(?:(?:But|And|Yet)\s+|(?:Meanwhile|However|Still|Moreover|Furthermore|In addition|Following this|"
    r"Separately|Indeed|Additionally|Nonetheless|Nevertheless|Besides|Likewise|Similarly|In turn|So),\s+)"
)
_WHERE = re.compile(rf"\b(?:in|at|near|outside)\s+(?P<name>{_NAME})")
# Past this a "sentence" is a run-on block (a table, a feed dump), not one checkable claim.
MAX_SENTENCE_CHARS = 1500
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_KIND_WEIGHT = {Kind.quote: 3.0, Kind.statement: 2.6, Kind.number: 2.4, Kind.event: 2.0, Kind.background: 1.0}


@dataclass
class OfflineExtractor:
    """Cards from the article's own sentences; `max_cards` keeps a brief a brief."""

    max_cards: int = 8
    name: str = field(default="offline", init=False)

    def extract(self, article: Article) -> list[Card]:
        doc = Document(article)
        reader = _Reader(doc)
        candidates = [c for s in doc.sentences if (c := reader.card(s)) is not None]
        merged = _merge_near_duplicates(candidates)
        chosen = sorted(merged, key=lambda c: (-c.score, c.sentence.index))[: self.max_cards]
        return [c.card for c in sorted(chosen, key=lambda c: c.sentence.index)]


@dataclass
class _Candidate:
    card: Card
    sentence: Sentence
    score: float


class _Reader:
    """Walks an article in order, remembering who was named and who spoke last."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.known = doc.full_names
        self.last_speaker: str | None = None
        self.previous_speaker: str | None = None
        self.previous_person: str | None = None
        self.dateline: str | None = None
        self.previous_paragraph = 0

    def card(self, sentence: Sentence) -> _Candidate | None:
        doc = self.doc
        start, end = sentence.start, sentence.end
        text = doc.sentence_text(sentence)
        if sentence.index == 0:
            m = _DATELINE.match(text)
            if m:
                self.dateline = m.group("place").strip().title()
                start += m.end()
                text = text[m.end() :]
        speaker = self._speaker(text)
        if (
            speaker is None
            and _is_quotation(text)
            and self.previous_speaker
            and self.previous_paragraph == sentence.paragraph
        ):
            speaker = self.previous_speaker  # the quotation goes on: “Nobody wants to cancel.”
        self.previous_paragraph = sentence.paragraph
        people = self._people(text)
        if speaker:
            self.last_speaker = speaker
        self.previous_speaker = speaker
        self.previous_person = _last_person(people, self.known)
        words = text.split()
        if len(words) < 6 or len(text) > MAX_SENTENCE_CHARS or text.rstrip("\"”’' ").endswith("?"):
            return None  # too short to claim anything, too long to be one claim, or a question
        claim = _trim(text)
        found = atoms(text, doc.anchor, vocabulary=doc.vocabulary)
        quoted = [q for q in _QUOTE.findall(text) if len(q.split()) >= 6]
        numbers = [n for n in found.numbers if not n.ordinal]
        when = first_resolved(text, doc.anchor)
        if quoted and speaker:
            kind = Kind.quote
        elif speaker:
            kind = Kind.statement
        elif numbers:
            kind = Kind.number
        elif when:
            kind = Kind.event
        else:
            kind = Kind.background
        where = self._where(text)
        card = Card(
            article=doc.article.id,
            kind=kind,
            claim=claim,
            speaker=speaker if kind in (Kind.quote, Kind.statement) else None,
            who=[p for p in people if p != where][:5],
            when=when,
            where=where,
            evidence=[Evidence(quote=doc.body[start:end])],
        )
        return _Candidate(card, sentence, self._salience(kind, sentence, found, len(words), bool(people)))

    def _speaker(self, text: str) -> str | None:
        described = self._described(text)
        for quote in _QUOTE.finditer(text):
            after = _AFTER_QUOTE.match(text, quote.end())
            if after:
                if after.group("pron"):
                    return described or self._pronoun()
                if after.group("role"):
                    return self._by_role(after.group("role"))
                name = self._person(after.group("name")) or self._after_verb(after.group("tail"))
                if name:
                    return name
            before = _BEFORE_QUOTE.search(text, 0, quote.start())
            if before and (name := self._person(before.group("name"))):
                return name
        if described:
            return described
        for pattern in (_LEADING_SAYER, _APPOSITIVE, _SUBJECT_VERB, _ACCORDING_TO):
            for m in pattern.finditer(text):
                if pattern is _SUBJECT_VERB and _PRECEDING_PREPOSITION.search(text, 0, m.start()):
                    continue  # "owners on Quay Road said": the place is not the speaker
                name = self._person(m.group("name"))
                if name:
                    return name
        if _PRONOUN_VERB.search(text):
            return self._pronoun()
        return None

    def _described(self, text: str) -> str | None:
        """ "A spokesperson for the coastguard said" names no one, but says who spoke;
        "the mayor said" points back to the person introduced as mayor."""
        m = _DESCRIBED_SAYER.search(text)
        if m is None:
            return None
        phrase = m.group("desc")
        if phrase.lower().startswith("the "):
            named = self._by_role(phrase.split()[-1].lower())
            if named:
                return named
        return phrase

    def _pronoun(self) -> str | None:
        # "he said" leans on the previous sentence: its speaker if it had one, else the
        # last person it named, else whoever spoke last.
        return self.previous_speaker or self.previous_person or self.last_speaker

    def _by_role(self, role: str) -> str | None:
        """ "the mayor said" -> the person the article introduced as "Mayor Lena Okafor"."""
        for words, lowered in self.doc.name_run_words:
            if role in lowered:
                name = peel_roles(" ".join(words[lowered.index(role) :]))
                if name and len(name.split()) >= 2:
                    return name
        return None

    def _after_verb(self, tail: str | None) -> str | None:
        """ "said festival director Anouk Vermeer" -> Anouk Vermeer; "said Omar Haddad of the
        Commuters' Association" -> Omar Haddad; "said one stallholder" -> "one stallholder";
        "said at a press conference" -> nobody."""
        if not tail:
            return None
        runs = capitalized_runs(tail)
        if runs and runs[0].start == 0 and _AFFILIATION.match(tail, runs[0].end):
            return self._person(runs[0].text)  # the name, then who they are with
        lead = tail[: runs[-1].start].split() if runs else tail.split()
        if len(lead) > 4 or any(w.lower() in _PREPOSITIONS for w in lead):
            return None
        if runs:
            return self._person(runs[-1].text)
        if lead and lead[0].lower() in ("a", "an", "one", "the") and len(lead) <= 3:
            return " ".join(lead)
        return None

    def _person(self, run: str | None) -> str | None:
        if not run:
            return None
        name = peel_roles(run.strip())
        if name and _is_date_word(name):
            return None
        first = clean_token(name.split()[0]).lower() if name else ""
        if not name or first in COMMON_OPENERS:
            tokens = [t for t in name.split() if clean_token(t).lower() not in COMMON_OPENERS]
            name = " ".join(tokens)
            if not name:
                return None
        return resolve_surname(clean_token(name), self.known)

    def _people(self, text: str) -> list[str]:
        found: dict[str, None] = {}
        for run in capitalized_runs(text):
            name = self._person(run.text)
            if not name or clean_token(name).lower() in ROLE_WORDS or first_resolved(name, None):
                continue
            if len(name) > 1 and not _is_date_word(name):
                found.setdefault(name, None)
        return list(found)

    def _where(self, text: str) -> str | None:
        for m in _WHERE.finditer(text):
            name = clean_token(m.group("name"))
            if name and not _is_date_word(name) and clean_token(name.split()[0]).lower() not in COMMON_OPENERS:
                return name
        return self.dateline

    def _salience(self, kind: Kind, sentence: Sentence, found, words: int, named: bool) -> float:
        total = max(len(self.doc.sentences), 1)
        score = _KIND_WEIGHT[kind] + 2.0 * (1 - sentence.index / total)
        if sentence.index == 0:
            score += 1.0
        score += 0.5 * bool(found.numbers) + 0.5 * bool(found.dates) + 0.4 * named
        if words > 60:
            score -= 1.0
        return score


def _is_quotation(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1] in '"“' and stripped.rstrip(".!?")[-1:] in '"”'


def _last_person(people: list[str], known: list[str]) -> str | None:
    """The last name in a sentence that the article gives in full: a person, not a place."""
    for name in reversed(people):
        if name in known:
            return name
    return None


_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def _is_date_word(name: str) -> bool:
    """"March 24", "Friday": a month or a weekday, not a name ("Mark", "Sunita" are names)."""
    first = name.split()[0].lower().rstrip(".")
    return first in MONTHS or first in WEEKDAYS or first in _WEEKDAY_ABBREVIATIONS


def _trim(text: str) -> str:
    claim = " ".join(text.split())
    claim = re.sub(r"\s+([,.;:!?])", r"\1", claim)
    stripped = _DISCOURSE.sub("", claim, count=1)
    if stripped != claim and stripped:
        claim = stripped[0].upper() + stripped[1:]
    return claim


def _same_fact(a: str, b: str) -> bool:
    # Sentences that differ only in a figure are different facts, however alike they read.
    return _DIGITS.findall(a) == _DIGITS.findall(b) and fuzz.token_set_ratio(a, b) >= 90


def _merge_near_duplicates(candidates: list[_Candidate]) -> list[_Candidate]:
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.sentence.index)):
        twin = next((k for k in kept if _same_fact(k.card.claim, candidate.card.claim)), None)
        if twin is None:
            kept.append(candidate)
        else:
            twin.card.evidence.extend(candidate.card.evidence)
    return kept
