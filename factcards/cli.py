"""The `factcards` command: a thin typer layer over the library.

Each command parses its options and calls one library function. Errors a user can cause
arrive as `FactcardsError` and leave as one line on stderr with exit code 2.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from factcards import __version__
from factcards.errors import FactcardsError

app = typer.Typer(
    name="factcards",
    help="Turn news articles into fact cards checked against exact spans of their source, and write a Markdown brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
# typer groups options under panels only when rich is in use; without it the panel names are harmless.
F = TypeVar("F", bound=Callable[..., Any])


class CardsFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class VerifyFormat(StrEnum):
    text = "text"
    json = "json"


class SchemaName(StrEnum):
    card = "card"
    cards_file = "cards-file"


def _warn(message: str) -> None:
    typer.echo(f"factcards: warning: {message}", err=True)


def _one_line_errors(command: F) -> F:
    """User errors print as one line and exit 2; Ctrl-C exits 130 without a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcardsError as err:
            typer.echo(f"factcards: error: {err}", err=True)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("factcards: interrupted; outputs already written are intact", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


Paths = Annotated[
    list[Path], typer.Argument(help="Article files or directories (.txt, .md, .json, .jsonl).", show_default=False)
]
ExtractorOpt = Annotated[
    str, typer.Option("--extractor", "-e", help="Which extractor writes the cards: offline (default) or openai.")
]
MaxCardsOpt = Annotated[int, typer.Option("--max-cards", min=1, help="At most this many cards per article.")]
SkipBadOpt = Annotated[
    bool, typer.Option("--skip-bad", help="Skip unreadable articles with a warning instead of stopping.")
]
MaxBytesOpt = Annotated[int, typer.Option("--max-article-bytes", min=1, help="Reject article files larger than this.")]
ManifestOpt = Annotated[
    Path | None, typer.Option("--manifest", help="Write the run manifest (inputs, counts, token usage) here as JSON.")
]
_LLM = "LLM extractor (--extractor openai)"
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Model name [env FACTCARDS_MODEL].", rich_help_panel=_LLM)
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1 [env OPENAI_BASE_URL].",
        rich_help_panel=_LLM,
    ),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option("--concurrency", min=1, help="Articles in flight at once (default 4).", rich_help_panel=_LLM),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option("--timeout", min=0.001, help="Seconds to wait for one answer (default 60).", rich_help_panel=_LLM),
]
RetriesOpt = Annotated[
    int | None,
    typer.Option("--max-retries", min=0, help="Retries after 429, 5xx, timeouts (default 4).", rich_help_panel=_LLM),
]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--response-format",
        help="json_schema (default), json_object or text, for servers without schema support.",
        rich_help_panel=_LLM,
    ),
]
RepairOpt = Annotated[
    int | None,
    typer.Option(
        "--repair-rounds",
        min=0,
        help="Repair rounds for cards that fail verification (default 1).",
        rich_help_panel=_LLM,
    ),
]
BudgetOpt = Annotated[
    int | None,
    typer.Option(
        "--max-tokens-per-run", min=1, help="Start no request that would exceed this many tokens.", rich_help_panel=_LLM
    ),
]
ChunkOpt = Annotated[
    int | None,
    typer.Option(
        "--chunk-tokens",
        min=100,
        help="Split articles longer than this many tokens (default 6000).",
        rich_help_panel=_LLM,
    ),
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache of model answers (default ~/.cache/factcards/llm).", rich_help_panel=_LLM),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the answer cache.", rich_help_panel=_LLM)
]
RecordOpt = Annotated[
    Path | None,
    typer.Option("--record", help="Store every request and answer here as JSON (no API key).", rich_help_panel=_LLM),
]
ReplayOpt = Annotated[
    Path | None,
    typer.Option(
        "--replay", help="Answer only from recordings in this folder; never call a server.", rich_help_panel=_LLM
    ),
]


@dataclass
class LLMFlags:
    """The LLM options every extracting command shares, collected in one place."""

    model: str | None = None
    base_url: str | None = None
    concurrency: int | None = None
    timeout: float | None = None
    max_retries: int | None = None
    response_format: str | None = None
    repair_rounds: int | None = None
    max_tokens_per_run: int | None = None
    chunk_tokens: int | None = None
    cache_dir: Path | None = None
    no_cache: bool = False
    record: Path | None = None
    replay: Path | None = None

    def settings(self, extractor: str, max_cards: int) -> Any:
        if extractor != "openai":
            return None
        from factcards.llm.settings import resolve_settings

        flags = {k: v for k, v in vars(self).items() if k not in ("no_cache", "record", "replay")}
        flags.update(record_dir=self.record, replay_dir=self.replay, max_cards=max_cards)
        if self.no_cache:
            flags["use_cache"] = False
        return resolve_settings(flags)


def _settings(extractor: str, max_cards: int, skip_bad: bool, max_bytes: int, llm: LLMFlags, **extra: Any) -> Any:
    """The library's settings from the options every extracting command shares."""
    from factcards.load import LoadSettings
    from factcards.pipeline import BriefSettings

    return BriefSettings(
        extractor=extractor,
        max_cards=max_cards,
        load=LoadSettings(max_article_bytes=max_bytes, skip_bad=skip_bad),
        llm=llm.settings(extractor, max_cards),
        **extra,
    )


def _emit(text: str, output: Path | None) -> None:
    from factcards.atomic import write_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


@contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing when it is a log file."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _report_failures(failures: dict[str, str]) -> None:
    for article_id, reason in sorted(failures.items()):
        typer.echo(f"factcards: article {article_id} failed: {reason}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command()
@_one_line_errors
def brief(
    paths: Paths,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the brief here (atomically) instead of stdout.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date in the title, YYYY-MM-DD (default: the latest article date).")
    ] = None,
    cards_out: Annotated[
        Path | None, typer.Option("--cards-out", help="Also write the verified cards file (JSON) here.")
    ] = None,
    template: Annotated[
        Path | None, typer.Option("--template", help="A jinja2 Markdown template to use instead of the built-in one.")
    ] = None,
    manifest: ManifestOpt = None,
    extractor: ExtractorOpt = "offline",
    max_cards: MaxCardsOpt = 8,
    skip_bad: SkipBadOpt = False,
    max_article_bytes: MaxBytesOpt = 10 * 1024 * 1024,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
    max_retries: RetriesOpt = None,
    response_format: FormatOpt = None,
    repair_rounds: RepairOpt = None,
    max_tokens_per_run: BudgetOpt = None,
    chunk_tokens: ChunkOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    record: RecordOpt = None,
    replay: ReplayOpt = None,
) -> None:
    """Write a Markdown brief of the articles: verified cards per article, and the ones that need review."""
    from factcards.pipeline import build_brief, dumps_cards, dumps_manifest

    llm = LLMFlags(model, base_url, concurrency, timeout, max_retries, response_format, repair_rounds,
                   max_tokens_per_run, chunk_tokens, cache_dir, no_cache, record, replay)  # fmt: skip
    settings = _settings(extractor, max_cards, skip_bad, max_article_bytes, llm, date=date, template=template)
    with _progress_bar("extracting") as progress:
        result = build_brief(paths, settings, warn=_warn, progress=progress)
    if cards_out is not None:
        _emit(dumps_cards(result.cards_file()), cards_out)
    if manifest is not None:
        _emit(dumps_manifest(result.manifest), manifest)
    _emit(result.markdown, output)
    _report_failures(result.failures)


@app.command()
@_one_line_errors
def extract(
    paths: Paths,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the cards here (atomically) instead of stdout.")
    ] = None,
    format: Annotated[
        CardsFormat, typer.Option("--format", "-f", help="json: a cards file; jsonl: one card per line.")
    ] = CardsFormat.json,
    manifest: ManifestOpt = None,
    extractor: ExtractorOpt = "offline",
    max_cards: MaxCardsOpt = 8,
    skip_bad: SkipBadOpt = False,
    max_article_bytes: MaxBytesOpt = 10 * 1024 * 1024,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
    max_retries: RetriesOpt = None,
    response_format: FormatOpt = None,
    repair_rounds: RepairOpt = None,
    max_tokens_per_run: BudgetOpt = None,
    chunk_tokens: ChunkOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    record: RecordOpt = None,
    replay: ReplayOpt = None,
) -> None:
    """Extract and verify cards; write them as JSON ({"articles": [...], "cards": [...]}) or JSONL."""
    import json

    from factcards.load import load_articles
    from factcards.merge import assemble_stories
    from factcards.models import CardsFile
    from factcards.pipeline import dumps_cards, dumps_manifest, make_extractor, run_extraction, run_manifest
    from factcards.verify import Verifier

    llm = LLMFlags(model, base_url, concurrency, timeout, max_retries, response_format, repair_rounds,
                   max_tokens_per_run, chunk_tokens, cache_dir, no_cache, record, replay)  # fmt: skip
    settings = _settings(extractor, max_cards, skip_bad, max_article_bytes, llm)
    articles = load_articles(paths, settings.load, warn=_warn)
    with _progress_bar("extracting") as progress:
        chosen = make_extractor(settings, warn=_warn, progress=progress)
        extraction = run_extraction(articles, chosen, Verifier(articles, settings.verify))
    processed = [a for a in articles if a.id not in extraction.failures]
    stories, cards = assemble_stories(processed, extraction.cards, settings.stories)
    extraction.cards = cards
    if format is CardsFormat.jsonl:
        text = "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in cards)
    else:
        text = dumps_cards(CardsFile(articles=[a.record() for a in articles], stories=stories, cards=cards))
    if manifest is not None:
        _emit(dumps_manifest(run_manifest(articles, extraction, chosen, stories)), manifest)
    _emit(text, output)
    _report_failures(extraction.failures)


@app.command()
@_one_line_errors
def daily(
    inbox: Annotated[
        Path,
        typer.Option("--inbox", help="Folder of articles (the day's, by metadata date or in a YYYY-MM-DD/ folder)."),
    ],
    date: Annotated[str, typer.Option("--date", help="The day to brief, YYYY-MM-DD.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for YYYY-MM-DD.md, .cards.json and .manifest.json.")],
    previous: Annotated[
        Path | None, typer.Option("--previous", help="Folder with earlier cards files (default: --out).")
    ] = None,
    story_threshold: Annotated[
        float,
        typer.Option("--story-threshold", min=0.0, max=1.0, help="Similarity at which two articles are one story."),
    ] = 0.4,
    template: Annotated[
        Path | None, typer.Option("--template", help="A jinja2 Markdown template to use instead of the built-in one.")
    ] = None,
    extractor: ExtractorOpt = "offline",
    max_cards: MaxCardsOpt = 8,
    skip_bad: SkipBadOpt = False,
    max_article_bytes: MaxBytesOpt = 10 * 1024 * 1024,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    concurrency: ConcurrencyOpt = None,
    timeout: TimeoutOpt = None,
    max_retries: RetriesOpt = None,
    response_format: FormatOpt = None,
    repair_rounds: RepairOpt = None,
    max_tokens_per_run: BudgetOpt = None,
    chunk_tokens: ChunkOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    record: RecordOpt = None,
    replay: ReplayOpt = None,
) -> None:
    """Brief one day of an inbox: write OUT/DATE.md, OUT/DATE.cards.json and OUT/DATE.manifest.json.

    Reruns re-extract only new or changed articles and rewrite nothing when nothing changed."""
    from factcards.daily import DailySettings, run_daily
    from factcards.stories import StorySettings

    llm = LLMFlags(model, base_url, concurrency, timeout, max_retries, response_format, repair_rounds,
                   max_tokens_per_run, chunk_tokens, cache_dir, no_cache, record, replay)  # fmt: skip
    brief_settings = _settings(
        extractor, max_cards, skip_bad, max_article_bytes, llm, template=template,
        stories=StorySettings(threshold=story_threshold),
    )  # fmt: skip
    with _stop_on_sigterm(), _progress_bar("extracting") as progress:
        result = run_daily(DailySettings(inbox, date, out, brief_settings, previous), warn=_warn, progress=progress)
    typer.echo(result.summary_line(), err=True)
    _report_failures(result.failures)


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM stops a run the way Ctrl-C does: promptly, with outputs intact."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


@app.command()
@_one_line_errors
def verify(
    cards: Annotated[
        Path, typer.Argument(help="A cards file (JSON, or JSONL with one card per line).", show_default=False)
    ],
    paths: Paths,
    format: Annotated[
        VerifyFormat,
        typer.Option("--format", "-f", help="text: a report for people; json: the cards file with results filled in."),
    ] = VerifyFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the result here (atomically) instead of stdout.")
    ] = None,
) -> None:
    """Check cards against their articles. Exit 0 if all are verified, 1 if some are not, 2 on bad input."""
    from factcards.cardsfile import check_cards_against, read_cards_file
    from factcards.load import load_articles
    from factcards.models import CardsFile, Status
    from factcards.pipeline import dumps_cards
    from factcards.verify import Verifier

    cards_file = read_cards_file(cards)
    articles = load_articles(paths, warn=_warn)
    check_cards_against(cards_file, articles, cards)
    checked = Verifier(articles).verify_all(cards_file.cards)
    if format is VerifyFormat.json:
        records = cards_file.articles or [a.record() for a in articles]
        text = dumps_cards(CardsFile(articles=records, stories=cards_file.stories, cards=checked))
    else:
        from factcards.report import verify_report

        text = verify_report(checked)
    _emit(text, output)
    if any(c.status is not Status.verified for c in checked):
        raise typer.Exit(1)


@app.command()
def schema(
    which: Annotated[
        SchemaName, typer.Argument(help="card: one card; cards-file: what extract writes and verify reads.")
    ] = SchemaName.card,
) -> None:
    """Print the JSON Schema of a card (generated from the model)."""
    import json

    from factcards.models import Card, CardsFile

    model = Card if which is SchemaName.card else CardsFile
    typer.echo(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcards {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn news articles into fact cards checked against exact spans of their source, and write a Markdown brief."""


def run() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
