"""The morning job: one day's articles from an inbox to a brief, its cards and a manifest.

    OUT/2025-03-14.md             the brief
    OUT/2025-03-14.cards.json     stories, articles and cards
    OUT/2025-03-14.manifest.json  inputs with content hashes, settings, token usage, counts, timings
    OUT/2025-03-14.html           the review page: articles with the evidence highlighted

Editors' decisions in reviewed cards files (`*.reviewed.json`) found in OUT (and --previous)
are kept: a rejected card never comes back, an accepted one stays ticked, an edited claim stays.

Incremental and idempotent: each article's verified cards are kept under OUT/.factcards/, keyed
by the article's content and the extractor's settings, so a rerun re-extracts only what
changed; when nothing changed, nothing is rewritten. Every file is written atomically, so an
interrupted run leaves the previous outputs as they were and the next run finishes the work.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcards import __version__
from factcards.atomic import write_atomic
from factcards.errors import FactcardsError, InputError, OutputError
from factcards.extractors import BatchExtractor, Extraction, Extractor
from factcards.grounding.verify import Verifier
from factcards.load import SUPPORTED_SUFFIXES, article_files_under, load_articles
from factcards.models import Article, Card, CardsFile, Story
from factcards.output.html import render_review_page
from factcards.pipeline import (
    BriefResult,
    BriefSettings,
    check_date,
    dumps_cards,
    extract_each,
    finish_brief,
    in_order,
    make_extractor,
)
from factcards.review import REVIEWED_SUFFIX, load_reviewed
from factcards.stories.merge import SAME_FACT, content_stems, overlap, quotations, same_quotation

Warn = Callable[[str], None]
Progress = Callable[[int, int], None]
STATE_DIR = ".factcards"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.cards\.json$")


@dataclass(frozen=True)
class DailySettings:
    inbox: Path
    day: str
    out: Path
    brief: BriefSettings = field(default_factory=BriefSettings)
    previous: Path | None = None  # a folder of earlier cards files; default: OUT itself
    lock_wait: float = 60.0  # seconds to wait for another run on the same OUT before giving up


@dataclass
class DailyResult:
    day: str
    brief_path: Path
    cards_path: Path
    manifest_path: Path
    rewritten: bool
    manifest: dict[str, Any]
    result: BriefResult | None = None

    @property
    def failures(self) -> dict[str, str]:
        return dict(self.manifest.get("failures", {}))

    def summary_line(self) -> str:
        counts = self.manifest["counts"]
        tokens = self.manifest.get("llm", {}).get("total", {})
        used = tokens.get("prompt_tokens", 0) + tokens.get("completion_tokens", 0)
        line = (
            f"{self.day}: {counts['articles']} articles, {counts['stories']} stories, {counts['cards']} cards, "
            f"{counts['verified']} verified, {counts['needs_review'] + counts['unsupported']} need review, "
            f"{counts['conflicts']} conflicts, {used} tokens"
        )
        if counts["articles_failed"]:
            line += f", {counts['articles_failed']} articles failed"
        return line + ("" if self.rewritten else " (unchanged: nothing rewritten)")


def resolve_day(given: str | None, today: date | None = None) -> str:
    """`--date`: YYYY-MM-DD, "today" or "yesterday"; none means today in the local time zone,
    the one place factcards reads the clock."""
    today = today or date.today()
    word = (given or "today").strip().lower()
    if word == "today":
        return today.isoformat()
    if word == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    checked = check_date(given)
    assert checked is not None
    return checked


def reviewed_files(settings: DailySettings) -> tuple[Path, ...]:
    """Reviewed cards files given with --reviewed, then those in OUT and the --previous folder."""
    found = list(settings.brief.reviewed)
    for folder in dict.fromkeys(f for f in (settings.out, settings.previous) if f is not None):
        if folder.is_dir():
            found.extend(p for p in sorted(folder.glob(f"*{REVIEWED_SUFFIX}")) if p not in found)
    return tuple(found)


def run_daily(settings: DailySettings, warn: Warn | None = None, progress: Progress | None = None) -> DailyResult:
    day = check_date(settings.day)
    assert day is not None
    started = time.perf_counter()
    settings = replace(settings, brief=replace(settings.brief, reviewed=reviewed_files(settings)))
    llm = settings.brief.llm
    if llm is not None and llm.batch and llm.batch_state_dir is None:
        # A pending batch belongs to this OUT: the next run here picks it up.
        settings = replace(
            settings,
            brief=replace(settings.brief, llm=replace(llm, batch_state_dir=settings.out / STATE_DIR / "batches")),
        )
    decisions = load_reviewed(settings.brief.reviewed)
    out = settings.out
    with daily_lock(out, settings.lock_wait):
        try:
            return _run_locked(settings, day, decisions, started, warn, progress)
        except BaseException:
            # Ctrl-C or SIGTERM can land between a temp file's creation and the code that would
            # remove it (inside tempfile.mkstemp): sweep them now, while the lock is still ours.
            remove_stale_temp_files(out)
            raise


def _run_locked(
    settings: DailySettings,
    day: str,
    decisions: Any,
    started: float,
    warn: Warn | None,
    progress: Progress | None,
) -> DailyResult:
    out = settings.out
    remove_stale_temp_files(out)
    paths = (out / f"{day}.md", out / f"{day}.cards.json", out / f"{day}.manifest.json")
    page = out / f"{day}.html"
    articles = in_order(select_articles(settings.inbox, day, settings.brief, warn, out=out))
    loaded = time.perf_counter()
    extractor = make_extractor(settings.brief, warn=warn, progress=progress)
    fingerprint = _fingerprint(articles, extractor, settings)
    unchanged = _unchanged((*paths, page), fingerprint)
    if unchanged is not None:
        return DailyResult(day, *paths, rewritten=False, manifest=unchanged)

    verifier = Verifier(articles, settings.brief.verify)
    state = out / STATE_DIR / "cards"
    extraction = _extract_incrementally(articles, extractor, verifier, state, progress)
    extracted = time.perf_counter()
    previous = _previous_cards(out, settings.previous, day, warn)
    result = finish_brief(
        articles,
        extraction,
        extractor,
        verifier,
        settings.brief,
        day,
        annotate=(lambda stories, cards: mark_continuations(stories, cards, previous)) if previous else None,
        decisions=decisions,
    )
    cards_file = result.cards_file()
    cards_text = dumps_cards(cards_file)  # once: 10,000 articles' cards take seconds to write out
    page_text = render_review_page(articles, cards_file, title=f"factcards review — {day}")
    finished = time.perf_counter()
    manifest = {
        **result.manifest,
        "date": day,
        "inbox": str(settings.inbox),
        "input_fingerprint": fingerprint,
        "previous": previous.source if previous else None,
        "outputs": {
            "brief_sha256": _sha(result.markdown),
            "cards_sha256": _sha(cards_text),
            "page_sha256": _sha(page_text),
        },
        "timings_seconds": {
            "load": round(loaded - started, 3),
            "extract_and_verify": round(extracted - loaded, 3),
            "stories_and_render": round(finished - extracted, 3),
            "total": round(finished - started, 3),
        },
    }
    # The brief, its cards, its page and the manifest are one set: a file that differs is
    # rewritten, the manifest last, and rewritten whenever what it records disagrees with the
    # files (a run killed between two renames, a manifest deleted or edited).
    texts = {paths[1]: cards_text, page: page_text, paths[0]: result.markdown}
    stale = [path for path, text in texts.items() if _reads(path) != text]
    recorded = _recorded(paths[2])
    consistent = recorded == (fingerprint, manifest["outputs"])
    for path in stale:
        write_atomic(path, texts[path])
    rewritten = bool(stale) or not consistent
    if rewritten:
        write_atomic(paths[2], json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    prune_state(state, used={_article_key(a, _extractor_config(extractor)) for a in articles})
    return DailyResult(day, *paths, rewritten=rewritten, manifest=manifest, result=result)


_OWN_OUTPUT = re.compile(
    r"^\d{4}-\d{2}-\d{2}\.(?:md|html|cards\.json|manifest\.json|reviewed\.json)$|\.reviewed\.json$"
)


def is_own_output(path: Path, out: Path | None) -> bool:
    """A file factcards itself wrote into OUT (a brief, a cards file, a manifest, a page, a
    reviewed file): never an article, even when OUT sits inside the inbox."""
    if out is None or not _OWN_OUTPUT.search(path.name):
        return False
    try:
        return path.resolve().parent == out.resolve()
    except OSError:
        return False


def select_articles(
    inbox: Path, day: str, settings: BriefSettings, warn: Warn | None = None, out: Path | None = None
) -> list[Article]:
    """The inbox's articles of `day`: every article in an `INBOX/YYYY-MM-DD/` folder (which
    dates an undated article), and those elsewhere of that date (their metadata's, or else the date line
    their text prints above the story). Other days'
    folders are not read at all, so an inbox that keeps its history stays fast, and a broken
    file from last week cannot stop this morning's run."""
    if not inbox.is_dir():
        raise InputError(inbox, "inbox is not a directory")
    folder = (inbox / day).resolve()
    sources: list[Path] = []
    for entry in sorted(inbox.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not _DAY.fullmatch(entry.name) or entry.name == day:
                sources.extend(p for p in sorted(article_files_under(entry)) if not is_own_output(p, out))
        elif entry.suffix.lower() in SUPPORTED_SUFFIXES and not is_own_output(entry, out):
            sources.append(entry)
    if not sources:
        raise InputError(inbox, f"no articles dated {day} (by their metadata or date line, or in a {day}/ folder)")
    chosen = []
    for article in load_articles(sources, settings.load, warn=warn):
        in_folder = article.path is not None and Path(article.path).resolve().is_relative_to(folder)
        if in_folder:
            chosen.append(article if article.date else article.model_copy(update={"date": day}))
        elif article.date == day:
            chosen.append(article)
    if not chosen:
        raise InputError(inbox, f"no articles dated {day} (by their metadata or date line, or in a {day}/ folder)")
    return chosen


def _extract_incrementally(
    articles: Sequence[Article], extractor: Extractor, verifier: Verifier, state: Path, progress: Progress | None = None
) -> Extraction:
    """Reuse each unchanged article's verified cards; extract the rest, saving each as it lands."""
    config = _extractor_config(extractor)
    keys = {a.id: _article_key(a, config) for a in articles}
    cached: dict[str, list[Card]] = {}
    for article in articles:
        cards = _read_cards(state / f"{keys[article.id]}.json")
        if cards is not None:
            cached[article.id] = cards
    todo = [a for a in articles if a.id not in cached]
    fresh = Extraction(cards=[])
    if isinstance(extractor, BatchExtractor) and todo:
        fresh = extractor.extract_many(todo, verifier)
        fresh.cards = [verifier.recheck(c) for c in fresh.cards]
        grouped: dict[str, list[Card]] = {}
        for card in fresh.cards:
            grouped.setdefault(card.article, []).append(card)
        for article in todo:
            if article.id not in fresh.failures:
                _save_cards(state, keys[article.id], article.id, grouped.get(article.id, []))
    else:
        for done, (article, own) in enumerate(extract_each(todo, extractor, verifier), start=1):
            fresh.cards.extend(own)
            _save_cards(state, keys[article.id], article.id, own)
            if progress is not None:
                progress(done, len(todo))
    by_article: dict[str, list[Card]] = {a: list(c) for a, c in cached.items()}
    for card in fresh.cards:
        by_article.setdefault(card.article, []).append(card)
    fresh.cards = [c for a in articles for c in by_article.get(a.id, [])]
    return fresh


@dataclass
class PreviousDay:
    source: str
    stories: list[Story]
    cards: dict[str, Card]


def mark_continuations(stories: list[Story], cards: list[Card], previous: PreviousDay) -> None:
    """Mark stories that continue one of the previous brief's as developing, and their cards
    that the previous brief already reported as not new."""
    by_id = {c.id: c for c in cards}
    earlier = [(story, [previous.cards[i] for i in story.cards if i in previous.cards]) for story in previous.stories]
    signatures = [(story, _signature(story.headline, own), own) for story, own in earlier]
    for story in stories:
        own = [by_id[i] for i in story.cards if i in by_id]
        mine = _signature(story.headline, own)
        best = max(
            ((len(mine & sig) / max(min(len(mine), len(sig)), 1), len(mine & sig), old, old_cards)
             for old, sig, old_cards in signatures),
            key=lambda item: (item[0], item[1]),
            default=None,
        )  # fmt: skip
        if best is None or best[0] < 0.3 or best[1] < 4:
            continue
        story.developing = True
        story.previous = best[2].id
        story.not_new = [c.id for c in own if any(_reported(c, old) for old in best[3])]


def _signature(headline: str, cards: Sequence[Card]) -> frozenset[str]:
    return content_stems(" ".join([headline, *(c.claim for c in cards)]))


def _reported(card: Card, old: Card) -> bool:
    if card.id == old.id:
        return True
    if same_quotation(quotations(card.claim), quotations(old.claim)):
        return True
    digits = re.findall(r"\d[\d,.]*", card.claim) == re.findall(r"\d[\d,.]*", old.claim)
    return digits and overlap(content_stems(card.claim), content_stems(old.claim)) >= SAME_FACT + 0.2


def _previous_cards(out: Path, folder: Path | None, day: str, warn: Warn | None) -> PreviousDay | None:
    where = folder or out
    if not where.is_dir():
        if folder is not None:
            raise InputError(folder, "--previous is not a directory")
        return None
    days = sorted(m.group(1) for p in where.iterdir() if (m := _DAY_FILE.match(p.name)) and m.group(1) < day)
    if not days:
        return None
    path = where / f"{days[-1]}.cards.json"
    try:
        data = CardsFile.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ValidationError, RecursionError) as err:
        if warn:
            warn(f"{path}: ignored as the previous brief ({type(err).__name__})")
        return None
    return PreviousDay(str(path), data.stories, {c.id: c for c in data.cards})


def _extractor_config(extractor: Extractor) -> dict[str, Any]:
    config: dict[str, Any] = {"factcards": __version__, "extractor": extractor.name}
    if hasattr(extractor, "max_cards"):
        config["max_cards"] = extractor.max_cards
    settings = getattr(extractor, "settings", None)
    if settings is not None:
        config.update(
            model=settings.model,
            prompt_hash=getattr(extractor, "prompt_hash", None),
            response_format=settings.response_format,
            repair_rounds=settings.repair_rounds,
            chunk_tokens=settings.chunk_tokens,
            max_cards=settings.max_cards,
        )
    return config


def _article_key(article: Article, config: dict[str, Any]) -> str:
    record = article.record().model_dump(mode="json")
    record.pop("path", None)  # moving a file does not change its cards
    return _sha(json.dumps({"config": config, "article": record}, sort_keys=True))


def _fingerprint(articles: Sequence[Article], extractor: Extractor, settings: DailySettings) -> str:
    config = _extractor_config(extractor)
    brief = settings.brief
    described = {
        "config": config,
        "stories": repr(brief.stories),
        "verify": repr(brief.verify),
        "template": _sha(brief.template.read_text(encoding="utf-8")) if brief.template else None,
        "previous": str(settings.previous) if settings.previous else None,
        "reviewed": [_sha(_reads(p) or "") for p in brief.reviewed],
        "articles": [_article_key(a, config) + ":" + (a.path or "") for a in articles],
    }
    return _sha(json.dumps(described, sort_keys=True))


def _recorded(manifest_path: Path) -> tuple[str, dict[str, str]] | None:
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        return manifest["input_fingerprint"], manifest["outputs"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _unchanged(paths: tuple[Path, Path, Path, Path], fingerprint: str) -> dict[str, Any] | None:
    """The existing manifest, when the outputs on disk are exactly what these inputs made."""
    brief, cards, manifest_path, page = paths
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        outputs = manifest["outputs"]
        if manifest.get("input_fingerprint") != fingerprint or manifest.get("failures"):
            return None  # changed inputs, or articles that failed last time and deserve another try
        if _sha(brief.read_text(encoding="utf-8")) != outputs["brief_sha256"]:
            return None
        if _sha(cards.read_text(encoding="utf-8")) != outputs["cards_sha256"]:
            return None
        if _sha(page.read_text(encoding="utf-8")) != outputs["page_sha256"]:
            return None
        return dict(manifest)
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _read_cards(path: Path) -> list[Card] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Card.model_validate(c) for c in data["cards"]]
    except (OSError, ValueError, KeyError, TypeError, ValidationError, RecursionError):
        return None  # missing or damaged: extract again


def _save_cards(state: Path, key: str, article_id: str, cards: list[Card]) -> None:
    # Each card as pydantic writes it (in Rust): three times faster than a dict through json.dumps.
    head = json.dumps({"key": key, "article": article_id}, ensure_ascii=False)[:-1]
    text = f'{head}, "cards": [{", ".join(c.model_dump_json() for c in cards)}]}}\n'
    write_atomic(state / f"{key}.json", text, durable=False)


def _reads(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the state folder: one run at a time, no stale temp files, bounded growth ---------------

STATE_RETENTION_DAYS = 30  # cached cards of articles not seen for this long are removed
LOCK_FILE = "daily.lock"


class Busy(FactcardsError):
    """Another `daily` run is writing the same OUT."""


@contextmanager
def daily_lock(out: Path, wait: float) -> Iterator[None]:
    """Hold OUT for this run: a second run waits up to `wait` seconds, then stops naming the holder."""
    import fcntl

    state = out / STATE_DIR
    try:
        state.mkdir(parents=True, exist_ok=True)
        handle = (state / LOCK_FILE).open("a+", encoding="utf-8")
    except OSError as err:
        raise OutputError(state, f"cannot create the state folder: {err.strerror or err}") from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown process"
                    raise Busy(
                        f"{out}: another factcards daily is writing here ({holder}); waited {wait:g} s"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock


def remove_stale_temp_files(out: Path) -> int:
    """Temp files a killed run left behind (`.NAME.xxxx.tmp`, see atomic.write_atomic); safe to
    remove because the caller holds the lock."""
    removed = 0
    for folder in (out, out / STATE_DIR / "cards"):
        if not folder.is_dir():
            continue
        for tmp in folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed += 1
    return removed


def prune_state(state: Path, used: set[str], keep_days: float = STATE_RETENTION_DAYS) -> int:
    """Mark the cached cards this run used as fresh, and remove the ones unused for `keep_days`."""
    if not state.is_dir():
        return 0
    cutoff = time.time() - keep_days * 86400
    removed = 0
    for entry in state.glob("*.json"):
        with contextlib.suppress(OSError):
            if entry.stem in used:
                os.utime(entry)
            elif entry.stat().st_mtime < cutoff:
                entry.unlink()
                removed += 1
    return removed
