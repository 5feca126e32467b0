"""Check every card against exact spans of its article.

Two questions per card: is each evidence quote really in the article (and where), and does
the evidence support what the claim says — its numbers, dates, names, negations and
speaker? The answer is a status and, for anything short of `verified`, reasons an editor
can act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from factcards.align import DEFAULT_FUZZY_THRESHOLD, locate_quote
from factcards.claims import ClaimAtoms, Negation, atoms, same_number, stem
from factcards.dates import DateMention, parse_date
from factcards.document import Document, Sentence
from factcards.errors import InputError
from factcards.models import Article, Card, Evidence, Match, Status
from factcards.names import clean_token, is_role, key
from factcards.normalize import fold

# Words that carry no claim on their own, ignored when looking for supporting sentences.
_FUNCTION_STEMS = frozenset(
    stem(w)
    for w in [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "this",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "he",
        "she",
        "they",
        "we",
        "said",
        "says",
        "would",
        "will",
        "not",
    ]
)
_PRONOUN_ATTRIBUTION = ("he said", "she said", "he added", "she added", "they said", "he told", "she told")


class Severity(IntEnum):
    doubt = 1  # needs an editor's eye
    contradicted = 2  # the evidence does not support it


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    reason: str


@dataclass(frozen=True, slots=True)
class VerifySettings:
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD
    # A sentence found for a card without evidence must share this share of its content words.
    min_support_overlap: float = 0.6


class Verifier:
    """Verifies cards against a fixed set of articles, analysing each article once."""

    def __init__(self, articles: Iterable[Article], settings: VerifySettings | None = None) -> None:
        self.settings = settings or VerifySettings()
        self.documents = {a.id: Document(a) for a in articles}

    def verify_all(self, cards: Iterable[Card]) -> list[Card]:
        return [self.verify(card) for card in cards]

    def recheck(self, card: Card) -> Card:
        """Verify again, keeping notes an extractor added to a failing card ("withdrawn by
        the model in repair") after the verifier's own reasons."""
        checked = self.verify(card)
        if checked.status is Status.verified:
            return checked
        notes = [r for r in card.reasons if r not in checked.reasons]
        return checked.model_copy(update={"reasons": [*checked.reasons, *notes]}) if notes else checked

    def verify(self, card: Card) -> Card:
        """A copy of `card` with located evidence, `status` and `reasons`."""
        doc = self._document(card.article)
        findings: list[Finding] = []
        evidence = [self._locate(e, card.article, findings) for e in card.evidence]
        if not evidence:
            evidence = self._find_support(doc, card.claim)
            if not evidence:
                findings.append(
                    Finding(
                        Severity.contradicted, "no evidence given, and no sentence of the article supports the claim"
                    )
                )
        located = [e for e in evidence if e.match is not None and e.match is not Match.missing]
        # A card merged across outlets carries each outlet's span in its own words: the claim
        # must stand on its own article's evidence; the others must only be found.
        own = [e for e in located if (e.article or card.article) == card.article] or located
        if own:
            findings.extend(self._check_claim(card, own))
        status = _status(findings)
        return card.model_copy(update={"evidence": evidence, "status": status, "reasons": [f.reason for f in findings]})

    def _document(self, article_id: str) -> Document:
        doc = self.documents.get(article_id)
        if doc is None:
            known = ", ".join(sorted(self.documents)[:5])
            raise InputError(
                None, f'a card names article "{article_id}", which is not among the articles given ({known})'
            )
        return doc

    def _locate(self, evidence: Evidence, card_article: str, findings: list[Finding]) -> Evidence:
        article_id = evidence.article or card_article
        doc = self._document(article_id)
        body = doc.body
        start, end = evidence.start, evidence.end
        if start is not None and end is not None and end <= len(body) and end > start:
            given = body[start:end]
            if given == evidence.quote.strip():
                return _filled(evidence, doc, start, end, Match.exact, None)
            if fold(given) == fold(evidence.quote):
                return _filled(evidence, doc, start, end, Match.normalized, None)
        found = locate_quote(doc, evidence.quote, near=start, fuzzy_threshold=self.settings.fuzzy_threshold)
        if found.match is Match.missing:
            findings.append(Finding(Severity.contradicted, f"quote not found in the article: {_show(evidence.quote)}"))
            return evidence.model_copy(
                update={
                    "start": None,
                    "end": None,
                    "match": Match.missing,
                    "score": None,
                    "text": None,
                    "paragraph": None,
                }
            )
        if found.match is Match.fuzzy:
            findings.append(
                Finding(
                    Severity.doubt,
                    f"quote matches the article only approximately ({found.score:.0f}% similar); "
                    f"the article says {_show(body[found.start : found.end])}",
                )
            )
        return _filled(
            evidence, doc, found.start, found.end, found.match, found.score if found.match is Match.fuzzy else None
        )

    def _find_support(self, doc: Document, claim: str) -> list[Evidence]:
        wanted = set(atoms(claim).stems) - _FUNCTION_STEMS
        best = doc.closest_sentences(wanted, 1) if wanted else []
        if not best or best[0][0] / len(wanted) < self.settings.min_support_overlap:
            return []
        sentence = best[0][1]
        text = doc.sentence_text(sentence)
        return [_filled(Evidence(quote=text), doc, sentence.start, sentence.end, Match.exact, None)]

    def _check_claim(self, card: Card, evidence: list[Evidence]) -> list[Finding]:
        home = self._document(card.article)
        window: list[tuple[Document, Sentence]] = []
        for e in evidence:
            doc = self._document(e.article or card.article)
            assert e.start is not None and e.end is not None
            for sentence in doc.sentences_over(e.start, e.end):
                if (doc, sentence) not in window:
                    window.append((doc, sentence))
        findings: list[Finding] = []
        if not _is_verbatim(card.claim, evidence):
            findings.extend(self._check_atoms(card, home, window, evidence))
        findings.extend(_check_instruction_like([doc.sentence_text(s) for doc, s in window]))
        if card.speaker:
            findings.extend(_check_speaker(card.speaker, window))
        if card.when:
            findings.extend(_check_when(card.when, [doc.sentence_atoms(s) for doc, s in window], home))
        for label, value in [("who", w) for w in card.who] + [("where", card.where)]:
            if value and not _mentioned(value, home):
                findings.append(Finding(Severity.doubt, f'{label} "{value}" is not mentioned in the article'))
        return findings

    def _check_atoms(
        self, card: Card, home: Document, window: list[tuple[Document, Sentence]], evidence: list[Evidence]
    ) -> list[Finding]:
        """Numbers, dates, names and negations of the claim against those of its evidence."""
        seen = [doc.sentence_atoms(s) for doc, s in window]
        claim = home.atoms_of(card.claim)
        # Only a span that holds a negation can have one dropped; most hold none.
        spans = (
            [atoms(self._document(e.article or card.article).body[e.start : e.end]) for e in evidence]  # type: ignore[index]
            if any(a.negations for a in seen)
            else []
        )
        texts = [doc.sentence_text(s) for doc, s in window]
        return [
            *_check_numbers(claim, seen),
            *_check_dates(claim, seen),
            *_check_names(claim, seen + _referents(window), home, texts),
            *_check_negations(claim, seen, spans),
        ]


_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|they|their|them)\b", re.IGNORECASE)


def _referents(window: list[tuple[Document, Sentence]]) -> list[ClaimAtoms]:
    """The sentence before an evidence sentence that says "he" or "his": the claim may name
    whoever that is ("His comments came during an interview" is about the Blinken of the
    sentence before)."""
    found = []
    for doc, sentence in window:
        if _PRONOUN.search(doc.sentence_text(sentence)):
            index = doc.index_of(sentence)
            if index > 0:
                found.append(doc.sentence_atoms(doc.sentences[index - 1]))
    return found


def _is_verbatim(claim: str, evidence: list[Evidence]) -> bool:
    """A claim that is one of its evidence spans, typography aside, has nothing to check: its
    every number, date, name and negation is the evidence's own."""
    if any(e.text == claim for e in evidence):
        return True
    folded = fold(claim)
    return any(e.text is not None and fold(e.text) == folded for e in evidence)


def verify_cards(
    cards: Iterable[Card], articles: Iterable[Article], settings: VerifySettings | None = None
) -> list[Card]:
    """Verify `cards` against `articles` (each card names its article by id)."""
    return Verifier(articles, settings).verify_all(cards)


def _filled(evidence: Evidence, doc: Document, start: int, end: int, match: Match, score: float | None) -> Evidence:
    # Every field is known valid here (offsets inside the body, in order), so skip validation.
    return Evidence.model_construct(
        quote=evidence.quote,
        article=evidence.article,
        start=start,
        end=end,
        match=match,
        score=score,
        text=doc.body[start:end],
        paragraph=doc.paragraph_number(start),
    )


# Text that addresses a language model rather than a reader: a claim "supported" only by it
# is an injection's payload, not the article's reporting.
_INSTRUCTION_LIKE = re.compile(
    r"ignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts|messages)"
    r"|disregard\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|your)"
    r"|you\s+are\s+now\s+(?:in\s+)?\w+|system\s+prompt|new\s+instructions|<<<|\{\s*\"cards\"|output\s+exactly",
    re.IGNORECASE,
)


_INSTRUCTION_HINTS = (
    "ignore",
    "disregard",
    "you are now",
    "prompt",
    "instructions",
    "<<<",
    '{"cards',
    "output exactly",
)


def _check_instruction_like(texts: list[str]) -> list[Finding]:
    for text in texts:
        lowered = text.lower()
        if any(hint in lowered for hint in _INSTRUCTION_HINTS) and _INSTRUCTION_LIKE.search(text):
            return [
                Finding(
                    Severity.doubt,
                    "evidence sits in text that reads like instructions to an AI model (possible prompt injection)",
                )
            ]
    return []


def _status(findings: list[Finding]) -> Status:
    worst = max((f.severity for f in findings), default=None)
    if worst is None:
        return Status.verified
    return Status.unsupported if worst is Severity.contradicted else Status.needs_review


def _show(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return f'"{flat if len(flat) <= limit else flat[: limit - 1] + "…"}"'


def _surfaces(items: Iterable[str]) -> str:
    unique = list(dict.fromkeys(items))
    return ", ".join(f'"{s}"' for s in unique[:4])


def _check_numbers(claim: ClaimAtoms, seen: list[ClaimAtoms]) -> list[Finding]:
    found = [n for a in seen for n in a.numbers]
    findings = []
    for number in claim.numbers:
        if any(same_number(number, other) for other in found):
            continue
        alike = [n.surface for n in found if n.ordinal == number.ordinal]
        says = f" (evidence says {_surfaces(alike)})" if alike else ""
        findings.append(Finding(Severity.contradicted, f'number "{number.surface}" not in evidence{says}'))
    return findings


def _granularity(mention: DateMention) -> str:
    if mention.key.startswith(("weekday", "day")) or len(mention.key) in (7, 10):
        return "day"
    return "month" if mention.key.startswith("--") or len(mention.key) == 7 else "year"


def _date_supported(mention: DateMention, others: list[DateMention]) -> bool:
    for other in others:
        if mention.key == other.key:
            return True
        if mention.resolved and other.resolved and other.resolved.startswith(mention.resolved):
            return True
        # "in November" is supported by "November 14, 2023"; "April 26" by "2024-04-26".
        if mention.key.startswith("--") and other.resolved and other.resolved[4:].startswith(mention.key[1:]):
            return True
        if mention.key.startswith("weekday-") and other.resolved and len(other.resolved) == 10:
            day = parse_date(other.resolved)
            if day is not None and day.weekday() == int(mention.key.split("-")[1]):
                return True
    return False


def _check_dates(claim: ClaimAtoms, seen: list[ClaimAtoms]) -> list[Finding]:
    found = [d for a in seen for d in a.dates]
    findings = []
    for mention in claim.dates:
        if _date_supported(mention, found):
            continue
        alike = [d.surface for d in found if _granularity(d) == _granularity(mention)]
        if alike:
            findings.append(
                Finding(
                    Severity.contradicted,
                    f'date "{mention.surface}" not in evidence (evidence says {_surfaces(alike)})',
                )
            )
        else:
            findings.append(Finding(Severity.doubt, f'date "{mention.surface}" is not in the evidence'))
    return findings


def _check_names(claim: ClaimAtoms, seen: list[ClaimAtoms], home: Document, texts: list[str]) -> list[Finding]:
    """Each name in the claim must be in the evidence: as written, as another form of itself
    (China, Chinese), as part of a full name the evidence gives in part, or as the person the
    evidence calls by role ("the mayor" for Mayor Lena Okafor)."""
    nearby: set[str] = set().union(*(a.capital_keys for a in seen))
    findings = []
    for name in claim.names:
        k = key(name)
        if k in nearby or any(_same_stem(k, other) for other in nearby):
            continue
        if name not in home.body and k == name.lower().replace(".", ""):
            # Not written anywhere in the article, in any form an alias would cover: no need to
            # read the whole article's names to say so.
            findings.append(Finding(Severity.contradicted, f'name "{name}" does not appear in the article'))
            continue
        if _part_of_named_person(name, nearby, home) or _named_by_role(k, home, texts):
            continue
        if k in home.name_keys:
            findings.append(
                Finding(Severity.doubt, f'name "{name}" is not in the evidence (the article mentions it elsewhere)')
            )
        else:
            findings.append(Finding(Severity.contradicted, f'name "{name}" does not appear in the article'))
    return findings


def _same_stem(a: str, b: str) -> bool:
    # "China" and "Chinese", "Ukraine" and "Ukrainian": one name, two word forms.
    return len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4] and abs(len(a) - len(b)) <= 4


def _part_of_named_person(name: str, nearby: set[str], home: Document) -> bool:
    """ "Antony" is supported by evidence naming "Blinken" when the article says "Antony Blinken"."""
    k = key(name)
    for full in home.full_names:
        parts = [key(p) for p in full.split()]
        if k in parts and any(p in nearby for p in parts if p != k):
            return True
    return False


def _check_negations(claim: ClaimAtoms, seen: list[ClaimAtoms], spans: list[ClaimAtoms]) -> list[Finding]:
    findings = []
    window_negated = {n.target for a in seen for n in a.negations}
    window_stems = set().union(*(a.stems for a in seen)) if seen else set()
    for negation in claim.negations:
        if negation.target and negation.target not in window_negated and negation.target in window_stems:
            findings.append(
                Finding(Severity.contradicted, f'claim says "{negation.surface}" where the evidence has no negation')
            )
    if claim.negations and not any(a.negations for a in seen) and not findings:
        # "... the impact. not": a negation with nothing after it still says the opposite.
        findings.append(
            Finding(
                Severity.contradicted, f'claim says "{claim.negations[0].surface}" where the evidence has no negation'
            )
        )
    claim_negated = {n.target for n in claim.negations}
    dropped: list[Negation] = [
        n for span in spans for n in span.negations
        if n.target and n.target in claim.stems and n.target not in claim_negated
    ]  # fmt: skip
    if dropped:
        findings.append(
            Finding(Severity.contradicted, f'claim drops the negation in the evidence ("{dropped[0].surface}")')
        )
    return findings


def _check_speaker(speaker: str, window: list[tuple[Document, Sentence]]) -> list[Finding]:
    surname = key(clean_token(speaker.split()[-1])) if speaker.split() else ""
    if not surname:
        return []
    doc, first_sentence = window[0]
    first = doc.index_of(first_sentence)
    last = max(doc.index_of(s) for d, s in window if d is doc)
    text_of = doc.sentence_text
    pronoun = any(p in text_of(s).lower() for d, s in window for p in _PRONOUN_ATTRIBUTION)
    # "..., he added." leans on the last speaker named, usually a paragraph or two back.
    reach = 5 if pronoun else 2
    nearby = doc.sentences[max(first - reach, 0) : last + 2]
    # A described speaker ("the association", "one stallholder") is found by its noun.
    described = speaker.split()[-1].islower()
    for sentence in nearby:
        found = doc.sentence_atoms(sentence)
        if surname in found.capital_keys or (described and surname in {w.lower() for w in found.words}):
            return []
    if _named_by_role(surname, doc, [text_of(s) for s in nearby]):
        return []
    if surname in doc.name_keys or any(_same_stem(surname, k) for k in doc.name_keys):
        return [Finding(Severity.doubt, f'speaker "{speaker}" is not named in or next to the evidence')]
    return [Finding(Severity.contradicted, f'speaker "{speaker}" does not appear in the article')]


def _named_by_role(surname: str, doc: Document, texts: list[str]) -> bool:
    """ "the mayor said" next to the evidence names the person the article introduced as
    "Mayor Lena Okafor"."""
    for words, lowered in doc.name_run_words:
        if not words or key(words[-1]) != surname:
            continue
        roles = [w for w in lowered if is_role(w)]
        if any(f"the {role}" in text.lower() for role in roles for text in texts):
            return True
    return False


def _check_when(when: str, seen: list[ClaimAtoms], home: Document) -> list[Finding]:
    value = when.strip()
    if not _is_iso_prefix(value):
        return [Finding(Severity.doubt, f'when "{when}" is not an ISO date')]
    if home.article.date and home.article.date.startswith(value):
        return []
    for atoms_ in seen:
        for d in atoms_.dates:
            if d.resolved and (d.resolved.startswith(value) or (value.startswith(d.resolved) and len(d.resolved) >= 7)):
                return []
    return [Finding(Severity.doubt, f'when "{when}" is not supported by a date in the evidence')]


def _is_iso_prefix(value: str) -> bool:
    parts = value.split("-")
    if not (1 <= len(parts) <= 3) or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return False
    return all(len(p) == 2 for p in parts[1:])


def _mentioned(value: str, home: Document) -> bool:
    tokens = [key(t) for t in value.replace("-", " ").split() if t[:1].isupper()]
    if not tokens:
        return value.lower() in home.body.lower()
    return all(t in home.name_keys or any(_same_stem(t, k) for k in home.name_keys) for t in tokens)
