"""The library's front door: articles in, verified cards and a rendered brief out.

result = build_brief(["examples/"], BriefSettings(date="2024-04-26"))
result.markdown, result.cards
"""

from __future__ import annotations

import concurrent.futures
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from factcards import __version__
from factcards.errors import UsageError
from factcards.extractors import BatchExtractor, Extraction, Extractor, get_extractor
from factcards.grounding.verify import Verifier, VerifySettings
from factcards.load import LoadSettings, load_articles
from factcards.models import Article, Card, CardsFile, ProducedBy, Status, Story
from factcards.output.brief import compose_brief
from factcards.output.render import render_brief
from factcards.review import Decisions, apply_decisions, load_reviewed
from factcards.stories.grouping import StorySettings
from factcards.stories.merge import Mapper, StoryJob, assemble_stories, mark_partial_sources

Warn = Callable[[str], None]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BriefSettings:
    extractor: str = "offline"
    max_cards: int = 12
    date: str | None = None
    template: Path | None = None
    load: LoadSettings = field(default_factory=LoadSettings)
    verify: VerifySettings = field(default_factory=VerifySettings)
    llm: Any = None  # factcards.llm.settings.LLMSettings, for --extractor openai
    stories: StorySettings = field(default_factory=StorySettings)
    reviewed: tuple[Path, ...] = ()  # reviewed cards files whose decisions this brief keeps
    judge: str = "none"  # "openai": a model's second opinion on cards the rules verified
    story_cards: int = 24  # verified cards shown per story; the rest are counted and kept in the cards file


@dataclass
class BriefResult:
    articles: list[Article]
    stories: list[Story]
    cards: list[Card]
    markdown: str
    extraction: Extraction
    manifest: dict[str, Any]

    @property
    def failures(self) -> dict[str, str]:
        return self.extraction.failures

    def cards_file(self) -> CardsFile:
        return CardsFile(
            produced_by=produced_by(self.manifest),
            articles=[a.record() for a in self.articles],
            stories=self.stories,
            cards=self.cards,
        )


def produced_by(manifest: dict[str, Any]) -> ProducedBy:
    llm = manifest.get("llm") or {}
    return ProducedBy(
        factcards=manifest["factcards"],
        extractor=manifest["extractor"],
        model=llm.get("model"),
        prompt_hash=llm.get("prompt_hash"),
    )


def build_brief(
    paths: Iterable[str | Path],
    settings: BriefSettings | None = None,
    warn: Warn | None = None,
    progress: Progress | None = None,
) -> BriefResult:
    """Load, extract, verify and render: the whole job of `factcards brief`."""
    settings = settings or BriefSettings()
    day = check_date(settings.date)
    decisions = load_reviewed(settings.reviewed)  # a broken reviewed file stops the run before any reading
    return _brief(load_articles(paths, settings.load, warn=warn), settings, day, decisions, warn, progress)


def build_brief_of(
    articles: Sequence[Article],
    settings: BriefSettings | None = None,
    warn: Warn | None = None,
    progress: Progress | None = None,
) -> BriefResult:
    """`build_brief` for articles already in memory."""
    settings = settings or BriefSettings()
    return _brief(articles, settings, check_date(settings.date), load_reviewed(settings.reviewed), warn, progress)


def in_order(articles: Iterable[Article]) -> list[Article]:
    """The same articles in any order make the same brief and cards: everything downstream sees them by id."""
    return sorted(articles, key=lambda a: a.id)


def _brief(
    articles: Sequence[Article],
    settings: BriefSettings,
    day: str | None,
    decisions: Decisions,
    warn: Warn | None,
    progress: Progress | None,
) -> BriefResult:
    articles = in_order(articles)
    extractor = make_extractor(settings, warn=warn, progress=progress)
    verifier = Verifier(articles, settings.verify)
    extraction = run_extraction(articles, extractor, verifier)
    return finish_brief(articles, extraction, extractor, verifier, settings, day, decisions=decisions)


def finish_brief(
    articles: Sequence[Article],
    extraction: Extraction,
    extractor: Extractor,
    verifier: Verifier,
    settings: BriefSettings,
    day: str | None,
    annotate: Callable[[list[Story], list[Card]], None] | None = None,
    decisions: Decisions | None = None,
) -> BriefResult:
    """From verified cards to the brief: stories, merged cards, editors' earlier decisions,
    summaries, the Markdown."""
    if decisions is None:
        decisions = load_reviewed(settings.reviewed)
    stories, cards, judge_report = assemble(articles, extraction, settings, verifier, decisions)
    if annotate is not None:
        annotate(stories, cards)
    summaries = None
    if isinstance(extractor, BatchExtractor) and getattr(extractor.settings, "summary", False):
        by_id = {c.id: c for c in cards}
        # A fact the outlets dispute is not summarised as if it were settled.
        sections = [(s.headline, [by_id[i] for i in s.cards if i not in _contested(s)]) for s in stories]
        outcomes = extractor.summarize_many(sections, verifier)
        summaries = [o.sentences for o in outcomes]
        extraction.summary_dropped = [reason for o in outcomes for reason in o.dropped]
    extraction.cards = cards
    manifest = run_manifest(articles, extraction, extractor, stories)
    if judge_report is not None:
        manifest["judge"] = judge_report
    brief = compose_brief(
        articles,
        stories,
        cards,
        date=day or latest_date(articles),
        extractor=extractor.name,
        prompt_hash=manifest.get("llm", {}).get("prompt_hash"),
        summaries=summaries,
        failures=extraction.failures,
        stats=_footer_stats(extraction, manifest),
        story_cards=settings.story_cards,
    )
    markdown = render_brief(brief, settings.template)
    return BriefResult(list(articles), stories, cards, markdown, extraction, manifest)


def assemble(
    articles: Sequence[Article],
    extraction: Extraction,
    settings: BriefSettings,
    verifier: Verifier,
    decisions: Decisions,
) -> tuple[list[Story], list[Card], dict[str, Any] | None]:
    """Verified cards to stories, as `brief`, `extract` and `daily` all do it: a model's second
    opinion if asked, stories and merged cards, honest source counts, editors' decisions; with
    the judge's usage report, if there was one."""
    processed = [a for a in articles if a.id not in extraction.failures]
    judged = second_opinion(extraction.cards, settings)
    stories, cards = assemble_stories(processed, judged.cards, settings.stories, _story_mapper(len(processed)))
    cards = _mark_partial(cards, verifier)
    stories, cards = apply_decisions(stories, cards, decisions, verifier)
    return stories, cards, judged.report


@dataclass
class Judged:
    cards: list[Card]
    report: dict[str, Any] | None = None


def second_opinion(cards: list[Card], settings: BriefSettings, warn: Warn | None = None) -> Judged:
    """With `judge="openai"`, a model reviews the cards the rules verified and may only demote them."""
    if settings.judge == "none":
        return Judged(cards)
    if settings.judge != "openai":
        raise UsageError(f"--judge must be none or openai, not {settings.judge!r}")
    from factcards.llm.judge import Judge
    from factcards.llm.settings import LLMSettings

    judge = Judge(settings.llm or LLMSettings(), warn=warn)
    return Judged(judge.review(cards), judge.report())


def _contested(story: Story) -> set[str]:
    return {card for conflict in story.conflicts for side in conflict.sides for card in side.cards}


def make_extractor(settings: BriefSettings, warn: Warn | None = None, progress: Progress | None = None) -> Extractor:
    if settings.extractor == "offline":
        return get_extractor("offline", max_cards=settings.max_cards)
    if settings.extractor == "openai":
        from factcards.llm.settings import LLMSettings

        llm = settings.llm or LLMSettings()
        return get_extractor("openai", settings=llm, warn=warn, progress=progress)
    return get_extractor(settings.extractor)


def run_extraction(
    articles: Sequence[Article], extractor: Extractor, verifier: Verifier, progress: Progress | None = None
) -> Extraction:
    """Every article's cards, verified against exact spans of that article (again, for an
    extractor that verified its own: verification is cheap and trusts nobody)."""
    if isinstance(extractor, BatchExtractor):
        extraction = extractor.extract_many(articles, verifier)
        extraction.cards = [verifier.recheck(card) for card in extraction.cards]
        return extraction
    cards: list[Card] = []
    left_out = 0
    for done, (_, own, dropped) in enumerate(extract_each(articles, extractor, verifier, with_left_out=True), start=1):
        cards.extend(own)
        left_out += dropped
        if progress is not None:
            progress(done, len(articles))
    return Extraction(cards=cards, left_out=left_out)


PARALLEL_FROM = 200  # articles; below this, starting worker processes costs more than it saves
_CHUNK = 50


def extract_each(
    articles: Sequence[Article], extractor: Extractor, verifier: Verifier, *, with_left_out: bool = False
) -> Iterator[Any]:
    """Each article with its verified cards, in input order. Many articles on a machine with
    several cores are spread over worker processes: the offline extractor and the verifier
    are pure Python, and one process would use one core."""
    workers = _workers(len(articles), PARALLEL_FROM)
    if not workers:
        for article in articles:
            cards, left_out = _extract_one(extractor, article)
            checked = verifier.verify_all(cards)
            yield (article, checked, left_out) if with_left_out else (article, checked)
        return
    chunks = [list(articles[i : i + _CHUNK]) for i in range(0, len(articles), _CHUNK)]
    with _forked_pool(workers) as pool:
        jobs = [pool.submit(_extract_chunk, chunk, extractor, verifier.settings) for chunk in chunks]
        for chunk, job in zip(chunks, jobs, strict=True):
            for article, (checked, left_out) in zip(chunk, job.result(), strict=True):
                yield (article, checked, left_out) if with_left_out else (article, checked)


def _workers(items: int, least: int) -> int:
    """How many worker processes to spread `items` over: 0 (stay in this process) with fewer
    than `least` of them, one core, or no fork."""
    workers = min(os.cpu_count() or 1, 8)
    return workers if workers >= 2 and items >= least and _can_fork() else 0


@contextmanager
def _forked_pool(workers: int) -> Iterator[concurrent.futures.ProcessPoolExecutor]:
    pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield pool
        pool.shutdown()
    except BaseException:
        # Ctrl-C or SIGTERM (also while the last chunks finish): drop the queued work, and stop the
        # chunks the workers are on — the interpreter would otherwise wait for them at exit.
        # SIGKILL, because the workers inherit the CLI's SIGTERM handler; they write nothing, so
        # nothing is lost. (Python 3.11 has no public way to stop a pool's workers, and shutdown
        # forgets both them and the pool's thread: both are read first.)
        processes = list((getattr(pool, "_processes", None) or {}).values())
        manager = getattr(pool, "_executor_manager_thread", None)
        results = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()
        for process in processes:
            process.join(timeout=10)
        # A worker killed while it sent a result leaves the pool's thread waiting for the rest of
        # that message, and the interpreter waits for that thread at exit: for ever (seen under
        # load: the one-line message, then a hang). With the workers gone, this process holds the
        # last writing end of their results pipe; closed, the thread reads an end of file instead.
        if results is not None:
            results.close()
        # The pool's thread must see its workers gone and close its wake-up pipe before the
        # interpreter's exit hook writes to that pipe: racing, the hook prints "Exception ignored …
        # Bad file descriptor" after the one-line message.
        if manager is not None:
            manager.join(timeout=10)
        raise


def _extract_one(extractor: Extractor, article: Article) -> tuple[list[Card], int]:
    report = getattr(extractor, "extract_with_report", None)
    return report(article) if report is not None else (extractor.extract(article), 0)


def _extract_chunk(
    articles: list[Article], extractor: Extractor, settings: VerifySettings
) -> list[tuple[list[Card], int]]:
    verifier = Verifier(articles, settings)
    found = []
    for article in articles:
        cards, left_out = _extract_one(extractor, article)
        found.append((verifier.verify_all(cards), left_out))
    return found


# What forked workers read (a function and its items): inherited by fork, never pickled.
_FORKED: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _forked_map(workers: int, fn: Callable[[Any], Any], items: Sequence[Any], chunksize: int = 1) -> list[Any]:
    """`fn` over `items` in worker processes, results in order. The workers inherit both by fork
    and send back only the results, so nothing big is pickled and `fn` may be a closure."""
    global _FORKED
    _FORKED = (fn, items)
    try:
        with _forked_pool(workers) as pool:
            return list(pool.map(_forked_call, range(len(items)), chunksize=chunksize))
    finally:
        _FORKED = None


def _forked_call(index: int) -> Any:
    assert _FORKED is not None
    fn, items = _FORKED
    return fn(items[index])


MERGE_PARALLEL_FROM = 2000  # articles; a smaller day's stories merge faster than workers start


def _story_mapper(articles: int) -> Mapper | None:
    """On a big day, stories merge in worker processes (each is independent), in job order."""
    workers = _workers(articles, MERGE_PARALLEL_FROM)
    if not workers:
        return None

    def mapper(fn: Callable[[StoryJob], tuple[Story, list[Card]]], jobs: list[StoryJob]) -> list[Any]:
        return _forked_map(workers, fn, jobs, chunksize=max(1, len(jobs) // (workers * 8)))

    return mapper


PARTIAL_PARALLEL_FROM = 2000  # corroborated cards; fewer are checked faster than workers start


def _mark_partial(cards: list[Card], verifier: Verifier) -> list[Card]:
    """`mark_partial_sources`, spread over worker processes on a big day: each outlet's span of
    each corroborated card is verified on its own, and one process would use one core. The
    workers send back only the outlets found partial; the result is the same as in one process."""
    corroborated = [i for i, c in enumerate(cards) if len(c.sources) > 1]
    workers = _workers(len(corroborated), PARTIAL_PARALLEL_FROM)
    if not workers:
        return mark_partial_sources(cards, verifier)
    size = -(-len(corroborated) // (workers * 4))
    chunks = [corroborated[i : i + size] for i in range(0, len(corroborated), size)]

    def partial(indices: list[int]) -> list[tuple[int, list[str]]]:
        marked = mark_partial_sources([cards[i] for i in indices], verifier)
        return [(i, card.partial_sources) for i, card in zip(indices, marked, strict=True)]

    found = dict(pair for result in _forked_map(workers, partial, chunks) for pair in result)
    return [c.model_copy(update={"partial_sources": found[i]}) if found.get(i) else c for i, c in enumerate(cards)]


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def extract_cards(
    articles: Sequence[Article], extractor: Extractor, verify: VerifySettings | None = None
) -> list[Card]:
    """Every article's cards, verified against that article."""
    return run_extraction(articles, extractor, Verifier(articles, verify)).cards


def run_manifest(
    articles: Sequence[Article], extraction: Extraction, extractor: Extractor, stories: Sequence[Story] = ()
) -> dict[str, Any]:
    """What a run read and did, for the record: inputs with content hashes, counts, failures
    and (on the LLM path) token usage. Nothing in it depends on the clock."""
    cards = extraction.cards
    manifest: dict[str, Any] = {
        "factcards": __version__,
        "extractor": extractor.name,
        "inputs": [{"id": a.id, "path": a.path, "sha256": a.record().sha256} for a in articles],
        "counts": {
            "articles": len(articles),
            "articles_failed": len(extraction.failures),
            "stories": len(stories),
            "conflicts": sum(len(s.conflicts) for s in stories),
            "cards": len(cards),
            "verified": sum(c.status is Status.verified for c in cards),
            "needs_review": sum(c.status is Status.needs_review for c in cards),
            "unsupported": sum(c.status is Status.unsupported for c in cards),
            "repaired": extraction.repaired,
            "withdrawn_in_repair": extraction.withdrawn,
            "summary_sentences_dropped": len(extraction.summary_dropped),
        },
        "failures": dict(sorted(extraction.failures.items())),
    }
    if extraction.summary_dropped:
        manifest["summary_dropped"] = extraction.summary_dropped
    if isinstance(extractor, BatchExtractor):
        manifest["llm"] = extractor.report()
    return manifest


def _footer_stats(extraction: Extraction, manifest: dict[str, Any]) -> dict[str, Any]:
    llm = manifest.get("llm")
    if not llm:
        return {"left_out": extraction.left_out} if extraction.left_out else {}
    total = llm["total"]
    return {
        "requests": total["requests"],
        "prompt_tokens": total["prompt_tokens"],
        "completion_tokens": total["completion_tokens"],
        "estimated": total["estimated"],
        "repaired": extraction.repaired,
        "summary_dropped": manifest["counts"]["summary_sentences_dropped"],
    }


def dumps_manifest(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def latest_date(articles: Sequence[Article]) -> str | None:
    return max((a.date for a in articles if a.date), default=None)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            return Date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise UsageError(f"--date: {value!r} is not a date; use YYYY-MM-DD")


def dumps_cards(cards_file: CardsFile) -> str:
    # pydantic's own encoder (in Rust) writes what json.dumps(indent=2, ensure_ascii=False) of the
    # model's dump writes, four times faster: 1.6 s of a 10,000-article `daily` in one process.
    return cards_file.model_dump_json(indent=2) + "\n"
