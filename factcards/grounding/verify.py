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

from factcards.errors import InputError
from factcards.grounding.align import DEFAULT_FUZZY_THRESHOLD, locate_quote
from factcards.grounding.checks import ClaimContext, fails_any, run_checks
from factcards.grounding.checks.entities import named_by_role
from factcards.grounding.checks.location import NO_EVIDENCE, QUOTE_FUZZY, QUOTE_MISSING
from factcards.grounding.checks.registry import Hit, reason
from factcards.grounding.search import best_evidence
from factcards.models import Article, Card, Evidence, Finding, Match, Status
from factcards.text.document import Document, Sentence
from factcards.text.names import key, word_keys
from factcards.text.normalize import fold


@dataclass(frozen=True, slots=True)
class VerifySettings:
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD
    ignore: frozenset[str] = frozenset()  # rule codes switched off for this run (--ignore FC305)


class Verifier:
    """Verifies cards against a fixed set of articles, analysing each article once."""

    def __init__(self, articles: Iterable[Article], settings: VerifySettings | None = None) -> None:
        self.settings = settings or VerifySettings()
        self.documents = {a.id: Document.of(a) for a in articles}

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
        """A copy of `card` with located evidence, `status`, `findings` and `reasons`."""
        findings: list[Finding] = []
        evidence, own = self._located(card, findings)
        if own:
            context = self._context(card, own)
            findings.extend(run_checks(context, self.settings.ignore))
            evidence = [e for e in evidence if not e.context] + _context_evidence(context)
        return card.model_copy(
            update={
                "evidence": evidence,
                "status": _status(findings),
                "findings": findings,
                "reasons": [reason(f) for f in findings],
            }
        )

    def supports(self, card: Card) -> bool:
        """Whether `verify` would find the card verified, stopping at the first fault."""
        findings: list[Finding] = []
        _, own = self._located(card, findings)
        if findings:
            return False
        return not own or not fails_any(self._context(card, own), self.settings.ignore)

    def _located(self, card: Card, findings: list[Finding]) -> tuple[list[Evidence], list[Evidence]]:
        """The card's evidence, each quote found in its article (or the article's best sentences
        when it gives none), and the spans the claim is checked against."""
        evidence = _once([self._locate(e, card.article, findings) for e in card.evidence])
        if not evidence:
            evidence = self._find_support(self._document(card.article), card.claim)
            if not evidence:
                self._add(
                    findings, NO_EVIDENCE, Hit("no evidence given, and no sentence of the article supports the claim")
                )
        located = [e for e in evidence if e.match is not None and e.match is not Match.missing]
        # A card merged across outlets carries each outlet's span in its own words: the claim
        # must stand on its own article's evidence; the others must only be found.
        located = [e for e in located if not e.context]  # context is recomputed, never checked against
        own = [e for e in located if (e.article or card.article) == card.article] or located
        return evidence, own

    def _add(self, findings: list[Finding], rule, hit: Hit) -> None:  # type: ignore[no-untyped-def]
        if rule.code not in self.settings.ignore:
            findings.append(rule.finding(hit))

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
            self._add(findings, QUOTE_MISSING, Hit(f"quote not found in the article: {_show(evidence.quote)}"))
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
            self._add(
                findings,
                QUOTE_FUZZY,
                Hit(
                    f"quote matches the article only approximately ({found.score:.0f}% similar); "
                    f"the article says {_show(body[found.start : found.end])}",
                    (found.start, found.end),
                    article_id,
                ),
            )
        return _filled(
            evidence, doc, found.start, found.end, found.match, found.score if found.match is Match.fuzzy else None
        )

    def _find_support(self, doc: Document, claim: str) -> list[Evidence]:
        """The claim's best evidence in its article: one to three sentences (see `best_evidence`)."""
        return [_sentence_evidence(doc, s) for s in best_evidence(doc, claim)]

    def _context(self, card: Card, evidence: list[Evidence]) -> ClaimContext:
        home = self._document(card.article)
        window: list[tuple[Document, Sentence]] = []
        for e in evidence:
            doc = self._document(e.article or card.article)
            assert e.start is not None and e.end is not None
            for sentence in doc.sentences_over(e.start, e.end):
                if (doc, sentence) not in window:
                    window.append((doc, sentence))
        return ClaimContext(
            card=card,
            home=home,
            window=window,
            evidence=[e for e in evidence if (e.article or card.article) == card.article],
            claim=home.atoms_of(card.claim),
            seen=[doc.sentence_atoms(s) for doc, s in window],
            referent_sentences=_referents(window),
            verbatim=_is_verbatim(card.claim, evidence),
        )


_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|they|their|them|the\s+\d{1,3}-year-old)\b", re.IGNORECASE)


def _context_evidence(ctx: ClaimContext) -> list[Evidence]:
    """The sentence that names whom the evidence calls "he" or "the mayor", when the claim uses
    the name, and any sentence a rule read for a detail of the claim (a person's age): cited too, in
    the article's order, with their own offsets, marked as context (they support the name or the
    detail, not the claim)."""
    found = [_sentence_evidence(doc, s, context=True) for doc, s in ctx.supporting]
    if not ctx.claim.names:
        return found
    home = ctx.home
    window_keys: set[str] = set().union(*(a.capital_keys for a in ctx.seen))
    for doc, before in ctx.referent_sentences:
        if doc is not home or (doc, before) in ctx.window or (doc, before) in ctx.supporting:
            continue
        keys = doc.sentence_atoms(before).capital_keys
        text = doc.sentence_text(before)
        if doc.case_folded:  # a lower-cased feed writes its names without capitals
            keys = keys | word_keys(text)
        if any(
            key(n) not in window_keys and (key(n) in keys or named_by_role(key(n), doc, [text]))
            for n in ctx.claim.names
        ):
            found.append(_sentence_evidence(doc, before, context=True))
    return sorted(found, key=lambda e: e.start or 0)


def _referents(window: list[tuple[Document, Sentence]]) -> list[tuple[Document, Sentence]]:
    """The sentence before an evidence sentence that says "he" or "his": the claim may name
    whoever that is ("His comments came during an interview" is about the Blinken of the
    sentence before)."""
    found = []
    for doc, sentence in window:
        if _PRONOUN.search(doc.sentence_text(sentence)):
            index = doc.index_of(sentence)
            if index > 0:
                found.append((doc, doc.sentences[index - 1]))
    return found


def _once(evidence: list[Evidence]) -> list[Evidence]:
    """Each span once: two quotes found at the same offsets (a card citing one sentence twice) are one."""
    seen: set[tuple[str | None, int, int]] = set()
    kept = []
    for e in evidence:
        if e.start is not None and e.end is not None:
            where = (e.article, e.start, e.end)
            if where in seen:
                continue
            seen.add(where)
        kept.append(e)
    return kept


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


def _sentence_evidence(doc: Document, sentence: Sentence, *, context: bool = False) -> Evidence:
    """A whole sentence of the article as evidence: found by search, or cited as context."""
    evidence = Evidence(quote=doc.sentence_text(sentence), context=context)
    return _filled(evidence, doc, sentence.start, sentence.end, Match.exact, None)


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
        context=evidence.context,
    )


def _status(findings: list[Finding]) -> Status:
    if not findings:
        return Status.verified
    return Status.unsupported if any(f.severity is Status.unsupported for f in findings) else Status.needs_review


def _show(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return f'"{flat if len(flat) <= limit else flat[: limit - 1] + "…"}"'
