"""The offline extractor: fact cards from sentences, with no model and no network.

Each card's claim is a sentence of the article, lightly trimmed (a dateline or a leading
"But" dropped), and its evidence is that sentence. What the extractor adds is judgement:
which sentences are quotes and who said them, which report figures or dated events, and
which few of them a brief should carry.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from factcards.models import Article, Card, Evidence, Kind
from factcards.text.attribution import NAME, QUOTE, attributions, is_date_word
from factcards.text.claims import atoms
from factcards.text.dates import first_resolved_mention
from factcards.text.document import Document, Sentence
from factcards.text.entity_types import entity_type
from factcards.text.lexicon import canonical_name
from factcards.text.names import COMMON_OPENERS, clean_token
from factcards.text.words import FUNCTION_WORDS, forms_by_class, reads_as_a_sentence

_DISCOURSE = re.compile(
    r"^(?:(?:But|And|Yet)\s+|(?:Meanwhile|However|Still|Moreover|Furthermore|In addition|Following this|"
    r"Separately|Indeed|Additionally|Nonetheless|Nevertheless|Besides|Likewise|Similarly|In turn|So),\s+)"
)
_WHERE = re.compile(rf"\b(?:in|at|near|outside)\s+(?P<name>{NAME})")
# Past this a "sentence" is a run-on block (a table, a feed dump), not one checkable claim.
MAX_SENTENCE_CHARS = 1500
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_LEANS_BACK = re.compile(r"(?:These|This|Those|That|It|Its|They|Their|Despite its|Such)\b")
_WORTH_A_CARD = 2.5  # a left-out candidate this salient is counted in the brief's "left out"
_KIND_WEIGHT = {Kind.quote: 3.0, Kind.statement: 2.6, Kind.number: 2.4, Kind.event: 2.0, Kind.background: 1.0}


@dataclass
class OfflineExtractor:
    """Cards from the article's own sentences; `max_cards` keeps a brief a brief."""

    max_cards: int = 12
    name: str = field(default="offline", init=False)
    per_paragraph: int = 2  # cover the article, not its top: at most this many cards per paragraph
    _left_out: int = field(default=0, init=False, repr=False)

    def extract_with_report(self, article: Article) -> tuple[list[Card], int]:
        """The cards, and how many more candidate facts `max_cards` left out (said in the brief)."""
        cards = self.extract(article)
        return cards, self._left_out

    def extract(self, article: Article) -> list[Card]:
        doc = Document.of(article)
        reader = _Reader(doc)
        candidates = [c for s in doc.sentences if (c := reader.card(s)) is not None]
        merged = _merge_near_duplicates(candidates)
        chosen: list[_Candidate] = []
        per_paragraph: dict[int, int] = {}
        for candidate in sorted(merged, key=lambda c: (-c.score, c.sentence.index)):
            paragraph = candidate.sentence.paragraph
            if per_paragraph.get(paragraph, 0) >= self.per_paragraph:
                continue
            per_paragraph[paragraph] = per_paragraph.get(paragraph, 0) + 1
            chosen.append(candidate)
            if len(chosen) >= self.max_cards:
                break
        kept = {id(c) for c in chosen}  # by identity: comparing cards field by field for each pair cost n²
        self._left_out = sum(1 for c in merged if id(c) not in kept and c.score >= _WORTH_A_CARD)
        return [c.card for c in sorted(chosen, key=lambda c: c.sentence.index)]


@dataclass
class _Candidate:
    card: Card
    sentence: Sentence
    score: float


class _Reader:
    """Turns sentences into candidate cards, with the article's attributions read once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.said = attributions(doc)
        self.said.at(0)  # reads the dateline
        self.dateline = self.said.dateline
        self._capitals: list[int] | None = None  # where a capital letter stands in the body
        self._from_capitals: dict[int, Counter[str]] = {}  # name length -> the text there, counted

    def card(self, sentence: Sentence) -> _Candidate | None:
        doc = self.doc
        index = sentence.index
        speaker, people, start = self.said.at(index)
        end = sentence.end
        text = doc.body[start:end]
        words = text.split()
        if len(words) < 6 or len(text) > MAX_SENTENCE_CHARS or text.rstrip("\"”’' ").endswith("?"):
            return None  # too short to claim anything, too long to be one claim, or a question
        if not reads_as_a_sentence(text):
            return None  # a byline, a caption credit, a headline in capitals, "Read more about: …"
        claim = _named(_trim(text), speaker, self.said)
        if not QUOTE.match(claim.lstrip()) and (referent := self.said.referent(index)):
            claim = _named_opening(claim, referent, doc.sentence_text(doc.sentences[index - 1]))
        found = atoms(text, doc.anchor, vocabulary=doc.vocabulary)
        quoted = [q for q in QUOTE.findall(text) if len(q.split()) >= 6]
        # A figure is written in digits or is at least three: "the two countries" counts nothing.
        numbers = [
            n for n in found.numbers if not n.ordinal and (any(ch.isdigit() for ch in n.surface) or n.value >= 3)
        ]
        dated = first_resolved_mention(text, doc.anchor)
        when = dated.resolved if dated else None
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
            who=[p for p in people if p != where and entity_type(p) != "place"][:5],
            when=when,
            when_span=[start + dated.start, start + dated.end] if dated else None,
            where=where,
            evidence=[Evidence(quote=doc.body[start:end], start=start, end=end)],  # where it is: printed twice, twice
        )
        return _Candidate(card, sentence, self._salience(kind, sentence, found, len(words), bool(people)))

    def _where(self, text: str) -> str | None:
        # "at City Hall" or "in Brenholm" is a place; "at the Transport Department" is not.
        quoted: list[tuple[int, int]] | None = None  # read only for a sentence that has an "in …"
        for m in _WHERE.finditer(text):
            if m.group("name").endswith(("'s", "’s")):
                continue  # "in Susie's bedroom": the place is the bedroom, Susie its owner
            if quoted is None:
                quoted = [q.span() for q in QUOTE.finditer(text)]
            if any(start < m.start() < end for start, end in quoted):
                continue  # “Buildings just don't fall down in America,” the mayor said: words, not where
            name = clean_token(m.group("name"))
            if (
                name
                and not is_date_word(name)
                and clean_token(name.split()[0]).lower() not in COMMON_OPENERS
                and entity_type(name) not in ("organisation", "outlet", "person")
                and not _demonym(name)
                and not _modifies_a_noun(text, m.end())
            ):
                return name
        return self.dateline

    def _once(self, name: str) -> bool:
        """Whether the article writes `name` exactly once. A name begins with a capital, so only
        the places where a capital stands can hold it: the text from each of them is counted once
        per name length (a search per name costs the square of a long article's length)."""
        body = self.doc.body
        if not name[:1].isupper():
            return body.count(name) == 1
        if self._capitals is None:
            self._capitals = [i for i, ch in enumerate(body) if ch.isupper()]
        counts = self._from_capitals.get(len(name))
        if counts is None:
            counts = self._from_capitals[len(name)] = Counter(body[i : i + len(name)] for i in self._capitals)
        return counts[name] == 1

    def _salience(self, kind: Kind, sentence: Sentence, found, words: int, named: bool) -> float:
        # The lead, and each paragraph's opening sentence (its main fact), count most; the
        # position in the article counts a little, so later key facts are not lost.
        total = max(len(self.doc.sentences), 1)
        score = _KIND_WEIGHT[kind] + 1.0 * (1 - sentence.index / total)
        if sentence.index == 0:
            score += 1.5
        elif self.doc.paragraph_sentences(sentence.paragraph)[0].start == sentence.start:
            score += 0.6
        score += 0.5 * bool(found.numbers) + 0.5 * bool(found.dates) + 0.4 * named
        # A name the article mentions only here is news no other card will carry ("like Canada").
        if any(self._once(name) for name in found.names if len(name) > 3):
            score += 0.8
        # "These comments…", "It said…": a claim that leans on the sentence before says little alone.
        if _LEANS_BACK.match(self.doc.sentence_text(sentence).lstrip('"“ ')):
            score -= 0.6
        if words > 60:
            score -= 1.0
        return score


_PRONOUN_OPENING = re.compile(
    r"^(?:He|She)\b(?=\s+(?:\w+\s+){0,2}?(?:said|says|added|told|noted|warned|argued|insisted|explained|stressed|acknowledged|claimed)\b)"
)


# Endings of the words for a country's people or language ("Spanish", "Peruvian", "Israeli").
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is")


def _demonym(name: str) -> bool:
    """ "said in Spanish", "in Peruvian culture": a people's word, not a place."""
    lower = name.lower()
    canonical = canonical_name(name)
    return canonical != lower and " " not in lower and lower.endswith(_DEMONYM_ENDINGS)


_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")


def _modifies_a_noun(text: str, end: int) -> bool:
    """ "in US elections", "in Forbes magazine": the name describes the thing after it, which is
    where it happened (or no place at all); "in Seattle and", "in Moscow says" stand alone."""
    m = _NEXT_LOWER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    classes = forms_by_class(word)
    # "police in Seattle shot a man": a verb's past or present form is the sentence going on
    inflected_verb = any(form != word for form in classes.get("VERB", ()))
    return "NOUN" in classes and "ADV" not in classes and word not in FUNCTION_WORDS and not inflected_verb


def _named(claim: str, speaker: str | None, said: Any) -> str:
    """ "He added there was concern …" means nothing on its own: the name the article gives
    takes the pronoun's place (the verifier cites the sentence that names him as context)."""
    if speaker and speaker[:1].isupper() and _PRONOUN_OPENING.match(claim) and speaker in said.known:
        return _PRONOUN_OPENING.sub(speaker, claim, count=1)
    return claim


_OPENING = re.compile(r"^(He|She|His|Her)\b")


def _named_opening(claim: str, person: str, before: str) -> str:
    """ "He burned CDs for the detectives" -> "Rossi burned CDs …", with the name as the sentence
    before writes it (the verifier cites that sentence as context for the name)."""
    name = person if person in before else person.split()[-1]
    if name not in before:
        return claim
    m = _OPENING.match(claim)
    if m is None:
        return claim
    return (f"{name}’s" if m.group(1) in ("His", "Her") else name) + claim[m.end() :]


def _trim(text: str) -> str:
    claim = " ".join(text.split())
    claim = re.sub(r"\s+([,.;:!?])", r"\1", claim)
    stripped = _DISCOURSE.sub("", claim, count=1)
    if stripped != claim and stripped:
        claim = stripped[0].upper() + stripped[1:]
    return claim


def _same_fact(a: str, b: str, digits_a: list[str], digits_b: list[str]) -> bool:
    # Sentences that differ only in a figure are different facts, however alike they read.
    return digits_a == digits_b and fuzz.token_set_ratio(a, b) >= 90


_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
_COMMON_POSTING = 64  # a word shared by this many kept cards says nothing about which is a twin


def _merge_near_duplicates(candidates: list[_Candidate]) -> list[_Candidate]:
    """One card per fact: a candidate that restates a kept one (the same quotation, or the same
    words and figures) adds its evidence to it. Each candidate is compared only with the kept
    cards that share its quotation or enough of its words, found through an index, so a long
    article costs in proportion to its length, not its square."""
    kept: list[_Candidate] = []
    digits: list[list[str]] = []
    words_of: list[set[str]] = []
    by_word: dict[str, list[int]] = {}
    by_quote: dict[str, int] = {}
    for candidate in sorted(candidates, key=lambda c: (-c.score, c.sentence.index)):
        claim = candidate.card.claim
        mine_digits = _DIGITS.findall(claim)
        words = set(_WORD.findall(claim.lower()))
        quotes = [" ".join(q.lower().split()) for q in QUOTE.findall(claim) if len(q.split()) >= 6]
        twin = next((by_quote[q] for q in quotes if q in by_quote), None)
        if twin is None:
            shared: dict[int, int] = {}
            for word in words:
                posting = by_word.get(word, ())
                if len(posting) <= _COMMON_POSTING:
                    for index in posting:
                        shared[index] = shared.get(index, 0) + 1
            for index, count in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
                if count * 2 < min(len(words), len(words_of[index])):
                    break
                if _same_fact(kept[index].card.claim, claim, digits[index], mine_digits):
                    twin = index
                    break
        if twin is not None:
            kept[twin].card.evidence.extend(candidate.card.evidence)
            continue
        index = len(kept)
        kept.append(candidate)
        digits.append(mine_digits)
        words_of.append(words)
        for word in words:
            by_word.setdefault(word, []).append(index)
        for q in quotes:
            by_quote.setdefault(q, index)
    return kept
