"""The LLM extractor: cards from any server that speaks OpenAI's chat-completions protocol.

Per article: the article (in chunks, if long) goes to the model between delimiters it is told
are data; the answer is parsed and validated against the card model (one re-ask showing the
validation errors); the cards are verified against exact spans; cards that fail get a repair
round in which the model sees the reasons and the nearest sentences. Articles run
concurrently; one failing article does not stop the others.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz

from factcards.extractors import Extraction, SummaryOutcome
from factcards.grounding.verify import Verifier
from factcards.llm.batch import NOTICE, BatchRunner
from factcards.llm.chunks import Chunk, chunk_article
from factcards.llm.client import BatchLedger, ChatClient, LLMRequestError, PendingAnswer, Sleep, Usage
from factcards.llm.jsonparse import NoJSONError, first_json_object
from factcards.llm.schema import strict_schema
from factcards.llm.settings import LLMSettings
from factcards.llm.store import AnswerStore
from factcards.llm.tokens import TokenCounter
from factcards.models import (
    Article,
    Card,
    CardsAnswer,
    Evidence,
    RepairAnswer,
    Status,
    SummaryAnswer,
    SummarySentence,
)
from factcards.prompts import Prompts, read_examples
from factcards.text.claims import atoms
from factcards.text.document import Document, Sentence

log = logging.getLogger("factcards")
Progress = Callable[[int, int], None]
REPAIR_CANDIDATES = 3
SUMMARY_SENTENCES = 3


class _AnswerInvalid(Exception):
    def __init__(self, problem: str, errors: list[str]) -> None:
        super().__init__(problem)
        self.problem = problem
        self.errors = errors


@dataclass
class _ArticleRun:
    article: Article
    usage: Usage = field(default_factory=Usage)
    repaired: int = 0
    withdrawn: int = 0
    oversized: int = 0  # cards dropped for a claim or quote over the size limits


class OpenAIExtractor:
    """`extract` for one article; `extract_many` for a run (concurrent, with a report)."""

    name = "openai"

    def __init__(
        self,
        settings: LLMSettings | None = None,
        *,
        warn: Callable[[str], None] | None = None,
        encoding: Any = None,
        sleep: Sleep | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.settings = settings or LLMSettings()
        self.counter = TokenCounter(self.settings.model, encoding=encoding, warn=warn)
        self.store = AnswerStore(
            self.settings.effective_cache_dir, self.settings.record_dir, self.settings.replay_dir, warn=warn
        )
        examples = read_examples(self.settings.examples_file) if self.settings.examples_file else []
        self.prompts = Prompts(self.settings.prompts_dir, examples)
        self.prompt_hash = self.prompts.hash()
        self.ledger = BatchLedger(fallback_live=self.settings.batch_fallback == "live")
        self.batches = BatchRunner(
            self.settings, self.store, self.counter, self.settings.effective_batch_dir, say=_notice, sleep=sleep
        )
        self.progress = progress
        self._warn = warn
        self._sleep = sleep
        self._usage: dict[str, Usage] = {}
        self._summary_usage = Usage()
        self._total = Usage()

    # -- the protocol -------------------------------------------------------------------

    def extract(self, article: Article) -> list[Card]:
        result = self.extract_many([article], Verifier([article]))
        if article.id in result.failures:
            raise LLMRequestError(result.failures[article.id])
        return result.cards

    def extract_many(self, articles: Sequence[Article], verifier: Verifier) -> Extraction:
        if self.settings.batch:
            return asyncio.run(self._in_batches(lambda collect: self._extract_all(articles, verifier, collect)))
        return asyncio.run(self._extract_all(articles, verifier))

    def summarize_many(self, sections: Sequence[tuple[str, list[Card]]], verifier: Verifier) -> list[SummaryOutcome]:
        if self.settings.batch:
            return asyncio.run(self._in_batches(lambda collect: self._summarize_all(sections, verifier, collect)))
        return asyncio.run(self._summarize_all(sections, verifier))

    async def _in_batches(self, attempt: Callable[[dict[str, dict[str, Any]] | None], Awaitable[Any]]) -> Any:
        """Run the whole pipeline, collecting the requests it has no answer for; send them as one
        batch; run again with the answers, which asks the next questions (re-asks, repairs); until
        nothing is missing. Every round's pipeline is the live path's, so the cards are the same."""
        for round_number in range(MAX_BATCH_ROUNDS):
            pending: dict[str, dict[str, Any]] = {}
            outcome = await attempt(pending)
            if not pending:
                return outcome
            if round_number >= 1 and self.settings.batch_repairs == "live":
                break
            await self.batches.run(pending, self.ledger)
        return await attempt(None)  # what is still missing goes live

    def report(self) -> dict[str, Any]:
        """Usage for the run manifest: per article, for summaries, and in total."""
        return {
            "model": self.settings.model,
            "base_url": self.settings.shown_base_url,
            "prompt_hash": self.prompt_hash,
            "response_format": self.settings.response_format,
            "token_counts_estimated": self.counter.estimated,
            "articles": {k: v.as_dict() for k, v in sorted(self._usage.items())},
            "summaries": self._summary_usage.as_dict(),
            "total": self._total.as_dict(),
        }

    # -- extraction ---------------------------------------------------------------------

    async def _extract_all(
        self, articles: Sequence[Article], verifier: Verifier, collect: dict[str, dict[str, Any]] | None = None
    ) -> Extraction:
        result = Extraction(cards=[])
        limit = asyncio.Semaphore(self.settings.concurrency)
        done = 0
        async with self._client(collect) as client:

            async def one(article: Article) -> tuple[_ArticleRun, list[Card] | str | None]:
                nonlocal done
                run = _ArticleRun(article)
                async with limit:
                    try:
                        cards: list[Card] | str | None = await self._article(client, run, verifier)
                    except PendingAnswer:
                        cards = None  # waits for the batch
                    except LLMRequestError as err:
                        cards = str(err)
                done += 1
                if self.progress and collect is None:
                    self.progress(done, len(articles))
                return run, cards

            outcomes = await _gather_or_cancel([one(a) for a in articles])
        if collect:
            return result  # a batch round: nothing is final, nothing is counted yet
        for run, cards in outcomes:
            assert cards is not None
            self._usage[run.article.id] = run.usage
            self._total.add(run.usage)
            result.usage[run.article.id] = run.usage.as_dict()
            if isinstance(cards, str):
                result.failures[run.article.id] = cards
                continue
            result.cards.extend(cards)
            result.repaired += run.repaired
            result.withdrawn += run.withdrawn
            if run.oversized and self._warn is not None:
                self._warn(
                    f"{run.article.id}: {run.oversized} card(s) from the model dropped: a claim over "
                    f"{MAX_CLAIM_CHARS:,} or a quote over {MAX_QUOTE_CHARS:,} characters"
                )
        return result

    def _client(self, collect: dict[str, dict[str, Any]] | None = None) -> ChatClient:
        return ChatClient(
            self.settings,
            self.counter,
            self.store,
            self.prompt_hash,
            sleep=self._sleep,
            collect=collect,
            batch=self.ledger if self.settings.batch else None,
        )

    async def _article(self, client: ChatClient, run: _ArticleRun, verifier: Verifier) -> list[Card]:
        article = run.article
        doc = verifier.documents[article.id]
        marker = _marker(article)
        chunks = chunk_article(doc, self.settings.chunk_tokens, self.counter, self.settings.chunk_overlap_sentences)
        system = self.prompts.render(
            "extract_system.j2",
            open_marker=marker.open,
            close_marker=marker.close,
            article_date=article.date,
            max_cards=self.settings.max_cards,
        )
        cards: list[Card] = []
        for chunk in chunks:
            user = self.prompts.render(
                "extract_user.j2",
                open_marker=marker.open,
                close_marker=marker.close,
                title=article.title,
                source=article.source,
                article_date=article.date,
                text=doc.body[chunk.start : chunk.end],
                chunk_number=chunk.number,
                chunk_count=chunk.count,
            )
            messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
            answer = await self._ask(client, run, messages, CardsAnswer, "cards")
            assert isinstance(answer, CardsAnswer)
            cards.extend(_within_limits(article.id, [_to_card(article.id, d, chunk) for d in answer.cards], run))
        cards = verifier.verify_all(_merge_duplicates(cards))
        for _ in range(self.settings.repair_rounds):
            failing = [c for c in cards if c.status is not Status.verified]
            if not failing:
                break
            cards = await self._repair(client, run, verifier, doc, system, marker, cards, failing)
        return cards

    async def _ask(
        self,
        client: ChatClient,
        run: _ArticleRun,
        messages: list[dict[str, str]],
        model: type[BaseModel],
        schema_name: str,
    ) -> BaseModel:
        """Ask, parse, validate; on a bad answer ask once more showing what was wrong."""
        schema = strict_schema(model)
        content = await client.complete(client.body(messages, schema, schema_name), run.usage)
        try:
            return _parse(content, model)
        except _AnswerInvalid as first:
            repair = self.prompts.render("repair_invalid.j2", problem=first.problem, errors=first.errors)
            retry = [*messages, {"role": "assistant", "content": content}, {"role": "user", "content": repair}]
            content = await client.complete(client.body(retry, schema, schema_name), run.usage)
            try:
                return _parse(content, model)
            except _AnswerInvalid as second:
                raise LLMRequestError(f"the model's answer was unusable twice: {second.problem}") from None

    async def _repair(
        self,
        client: ChatClient,
        run: _ArticleRun,
        verifier: Verifier,
        doc: Document,
        system: str,
        marker: _Marker,
        cards: list[Card],
        failing: list[Card],
    ) -> list[Card]:
        items = [
            {
                "id": card.id,
                "claim": card.claim,
                "speaker": card.speaker,
                "quotes": [e.quote for e in card.evidence],
                "reasons": card.reasons,
                "candidates": [doc.sentence_text(s) for s in _nearest_sentences(doc, card)],
            }
            for card in failing
        ]
        prompt = self.prompts.render(
            "repair_cards.j2", failing=items, open_marker=marker.open, close_marker=marker.close
        )
        messages = [{"role": "system", "content": system}, {"role": "user", "content": prompt}]
        try:
            answer = await self._ask(client, run, messages, RepairAnswer, "repair")
        except LLMRequestError as err:
            log.warning("repair for %s failed: %s", run.article.id, err)
            return cards
        assert isinstance(answer, RepairAnswer)
        by_id = {card.id: card for card in failing}
        replacements: dict[str, Card] = {}
        for draft in answer.cards:
            original = by_id.get(draft.replaces)
            if original is None or draft.replaces in replacements:
                continue
            fixed = verifier.verify(_to_card(run.article.id, draft, None))
            if fixed.status is Status.verified:
                run.repaired += 1
                replacements[draft.replaces] = fixed
            else:
                replacements[draft.replaces] = fixed.model_copy(
                    update={"reasons": [*fixed.reasons, f"a repair of card {original.id} still fails"]}
                )
        out = []
        for card in cards:
            if card.id in replacements:
                out.append(replacements[card.id])
            elif card.id in by_id and "withdrawn by the model in repair" not in card.reasons:
                run.withdrawn += 1
                out.append(card.model_copy(update={"reasons": [*card.reasons, "withdrawn by the model in repair"]}))
            else:
                out.append(card)
        return _merge_duplicates(out)

    # -- summaries ----------------------------------------------------------------------

    async def _summarize_all(
        self,
        sections: Sequence[tuple[str, list[Card]]],
        verifier: Verifier,
        collect: dict[str, dict[str, Any]] | None = None,
    ) -> list[SummaryOutcome]:
        limit = asyncio.Semaphore(self.settings.concurrency)
        async with self._client(collect) as client:

            async def one(heading: str, cards: list[Card]) -> SummaryOutcome:
                verified = [c for c in cards if c.status is Status.verified]
                if not verified:
                    return SummaryOutcome([])
                async with limit:
                    try:
                        return await self._summary(client, heading, verified, verifier, usage)
                    except PendingAnswer:
                        return SummaryOutcome([])

            usage = Usage()
            outcomes = await _gather_or_cancel([one(h, c) for h, c in sections])
        if not collect:  # a batch round still waiting for answers counts nothing yet
            self._summary_usage.add(usage)
            self._total.add(usage)
        return list(outcomes)

    async def _summary(
        self, client: ChatClient, heading: str, verified: list[Card], verifier: Verifier, usage: Usage
    ) -> SummaryOutcome:
        marker = _Marker.of("\n".join(c.claim for c in verified))
        prompt = self.prompts.render(
            "summary.j2",
            heading=heading,
            cards=verified,
            max_sentences=SUMMARY_SENTENCES,
            open_marker=marker.open,
            close_marker=marker.close,
        )
        run = _ArticleRun(Article(id="summary", body="-"))
        messages = [{"role": "user", "content": prompt}]
        try:
            answer = await self._ask(client, run, messages, SummaryAnswer, "summary")
        except LLMRequestError as err:
            return SummaryOutcome([], [f"summary request failed: {err}"])
        finally:
            usage.add(run.usage)
        assert isinstance(answer, SummaryAnswer)
        return check_summary(answer, {c.id: c for c in verified}, verifier)


def check_summary(answer: SummaryAnswer, verified: dict[str, Card], verifier: Verifier) -> SummaryOutcome:
    """Keep a summary sentence only if it cites verified cards and what it says is supported
    by their evidence (the same claim check every card gets)."""
    kept: list[SummarySentence] = []
    dropped: list[str] = []
    for item in answer.summary:
        cited = list(dict.fromkeys(item.cards))
        if not cited:
            dropped.append(f"cites no card: {item.sentence[:80]!r}")
            continue
        unknown = [c for c in cited if c not in verified]
        if unknown:
            dropped.append(f"cites unknown or unverified card {unknown[0]!r}: {item.sentence[:80]!r}")
            continue
        first = verified[cited[0]]
        evidence = [
            e.model_copy(update={"article": e.article or verified[c].article})
            for c in cited
            for e in verified[c].evidence
        ]
        probe = Card(article=first.article, kind=first.kind, claim=item.sentence, evidence=evidence)
        checked = verifier.verify(probe)
        if checked.status is not Status.verified:
            dropped.append(
                f"not supported by its cards ({'; '.join(f.message for f in checked.findings)}): {item.sentence[:80]!r}"
            )
            continue
        kept.append(SummarySentence(text=item.sentence, cards=cited))
    return SummaryOutcome(kept, dropped)


# -- helpers ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Marker:
    """Delimiters an article cannot forge: they carry a hash of the text they enclose."""

    open: str
    close: str

    @classmethod
    def of(cls, text: str) -> _Marker:
        tag = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        return cls(f"<<<ARTICLE {tag}>>>", f"<<<END OF ARTICLE {tag}>>>")


def _marker(article: Article) -> _Marker:
    return _Marker.of(article.body)


def _parse(content: str, model: type[BaseModel]) -> BaseModel:
    try:
        data = first_json_object(content)
    except NoJSONError as err:
        raise _AnswerInvalid(str(err), []) from None
    try:
        return model.model_validate(data)
    except ValidationError as err:
        errors = [f"{'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg']}" for e in err.errors()[:20]]
        raise _AnswerInvalid("the answer does not match the required shape", errors) from None


# What a model may write per card, as the offline path caps its sentences: past this a "claim" is
# not one checkable sentence, and a quote is not a quote.
MAX_CLAIM_CHARS = 1500
MAX_QUOTE_CHARS = 3000


MAX_BATCH_ROUNDS = 6  # extraction, a re-ask, repair rounds: more than any run needs


def _notice(line: str) -> None:
    """A progress line for people (batch status): shown unless -q."""
    logging.getLogger("factcards").log(NOTICE, line)


def _within_limits(article_id: str, cards: list[Card], run: _ArticleRun) -> list[Card]:
    kept = []
    for card in cards:
        longest = max((len(e.quote) for e in card.evidence), default=0)
        if len(card.claim) > MAX_CLAIM_CHARS or longest > MAX_QUOTE_CHARS:
            run.oversized += 1
            continue
        kept.append(card)
    return kept


def _to_card(article_id: str, draft: Any, chunk: Chunk | None) -> Card:
    hint = chunk.start if chunk is not None and chunk.count > 1 else None
    return Card(
        article=article_id,
        kind=draft.kind,
        claim=" ".join(draft.claim.split()),
        speaker=draft.speaker or None,
        who=[w for w in draft.who if w],
        when=draft.when or None,
        where=draft.where or None,
        # A chunk's start is a hint for where its quotes sit, not a claim about their offsets.
        evidence=[Evidence(quote=q.quote, start=hint) for q in draft.evidence],
    )


def _merge_duplicates(cards: list[Card]) -> list[Card]:
    """One card per claim: overlapping chunks and repairs may produce the same card twice."""
    merged: dict[str, Card] = {}
    for card in cards:
        twin = merged.get(card.id) or next(
            (m for m in merged.values() if m.kind == card.kind and fuzz.token_set_ratio(m.claim, card.claim) >= 97),
            None,
        )
        if twin is None:
            merged[card.id] = card
            continue
        quotes = {e.quote for e in twin.evidence}
        extra = [e for e in card.evidence if e.quote not in quotes]
        if extra:
            merged[twin.id] = twin.model_copy(update={"evidence": [*twin.evidence, *extra]})
    return list(merged.values())


def _nearest_sentences(doc: Document, card: Card) -> list[Sentence]:
    wanted = set(atoms(card.claim).stems)
    for e in card.evidence:
        wanted |= atoms(e.quote).stems
    closest = doc.closest_sentences(wanted, REPAIR_CANDIDATES)
    return sorted((sentence for _, sentence in closest), key=lambda s: s.index)


async def _gather_or_cancel(coroutines: list[Any]) -> list[Any]:
    """Run all; if one raises (a configuration error), cancel the rest and raise it."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
