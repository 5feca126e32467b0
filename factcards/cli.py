"""The `factcards` command: a thin typer layer over the library.

Each command parses its options and calls one library function. Errors a user can cause
arrive as `FactcardsError` and leave as one line on stderr with exit code 2.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from factcards import __version__
from factcards.cli_options import (
    BaseUrlOpt,
    IgnoreOpt,
    JudgeOpt,
    ManifestOpt,
    ModelOpt,
    Paths,
    RunOptions,
    ignored_checks,
    with_run_options,
)
from factcards.errors import FactcardsError

app = typer.Typer(
    name="factcards",
    help="Turn news articles into fact cards checked against exact spans of their source, and write a Markdown brief.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
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


_LOG = logging.getLogger("factcards")


_NOTICE = 25  # progress lines (a batch's status): shown by default, hidden by -q


class _OneLine(logging.Formatter):
    """`factcards: warning: …` for warnings, `factcards: …` for progress and information, one line each."""

    def format(self, record: logging.LogRecord) -> str:
        level = "" if record.levelno < logging.WARNING else record.levelname.lower() + ": "
        return f"factcards: {level}{record.getMessage()}"


def _setup_logging(verbose: int, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    _LOG.handlers[:] = [handler]
    _LOG.propagate = False
    _LOG.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else _NOTICE)


def _warn(message: str) -> None:
    _LOG.warning(message)


def _say(line: str) -> None:
    """A run's one summary line on stderr; -q leaves it out."""
    if _LOG.getEffectiveLevel() <= logging.WARNING:
        typer.echo(line, err=True)


def _info_counts(result: Any) -> None:
    verified = sum(c.status is not None and c.status.value == "verified" for c in result.cards)
    _LOG.info(
        f"{len(result.articles)} articles, {len(result.stories)} stories, {len(result.cards)} cards, {verified} verified"
    )


def _one_line_errors(command: F) -> F:
    """User errors print as one line and exit 2; Ctrl-C exits 130 without a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcardsError as err:
            _LOG.error(str(err))
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            _interrupted()
        except Exception:
            # A library that catches the interrupt raised inside it and raises its own error instead (pydantic
            # serialising a card: "Error serializing to JSON: KeyboardInterrupt") was still interrupted.
            if _INTERRUPT.is_set():
                _interrupted()
            raise

    return wrapper  # type: ignore[return-value]


def _interrupted() -> NoReturn:
    typer.echo("factcards: interrupted; outputs already written are intact", err=True)  # even with -q
    raise typer.Exit(130) from None


# Set when a signal stops the run, whatever the code it lands in makes of the KeyboardInterrupt it raises.
_INTERRUPT = threading.Event()


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
@with_run_options
def brief(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the brief here (atomically) instead of stdout.",
            rich_help_panel="Output",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="Date in the title, YYYY-MM-DD (default: the latest article date).",
            rich_help_panel="Output",
        ),
    ] = None,
    cards_out: Annotated[
        Path | None,
        typer.Option(
            "--cards-out",
            metavar="FILE",
            help="Also write the verified cards file (JSON) here.",
            rich_help_panel="Output",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            metavar="FILE",
            help="A jinja2 Markdown template to use instead of the built-in one.",
            rich_help_panel="Output",
        ),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            help="Also write the review page (one self-contained HTML file) here.",
            rich_help_panel="Output",
        ),
    ] = None,
    manifest: ManifestOpt = None,
    run: RunOptions | None = None,
) -> None:
    """Write a Markdown brief of the articles: verified cards per article, and the ones that need review."""
    from factcards.pipeline import build_brief, dumps_cards, dumps_manifest

    run = run or RunOptions()
    settings = run.settings(date=date, template=template or run.config.get("template"))
    if _cancelled_batches(run, settings):
        return
    with _stop_on_signals(), _progress_bar("extracting") as progress:
        result = build_brief(paths, settings, warn=_warn, progress=progress)
    _info_counts(result)
    if cards_out is not None:
        _emit(dumps_cards(result.cards_file()), cards_out)
    if html is not None:
        from factcards.output.html import render_review_page

        _emit(render_review_page(result.articles, result.cards_file(), title=_page_title(settings.date)), html)
    if manifest is not None:
        _emit(dumps_manifest(result.manifest), manifest)
    _emit(result.markdown, output)
    _report_failures(result.failures)


@app.command()
@_one_line_errors
@with_run_options
def extract(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the cards here (atomically) instead of stdout.",
            rich_help_panel="Output",
        ),
    ] = None,
    format: Annotated[
        CardsFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="json: a cards file; jsonl: one card per line.",
            rich_help_panel="Output",
        ),
    ] = CardsFormat.json,
    manifest: ManifestOpt = None,
    run: RunOptions | None = None,
) -> None:
    """Extract and verify cards; write them as JSON ({"articles": [...], "cards": [...]}) or JSONL."""
    import json

    from factcards.grounding.verify import Verifier
    from factcards.load import load_articles
    from factcards.models import CardsFile
    from factcards.pipeline import (
        assemble,
        dumps_cards,
        dumps_manifest,
        in_order,
        make_extractor,
        produced_by,
        run_extraction,
        run_manifest,
    )
    from factcards.review import load_reviewed

    run = run or RunOptions()
    settings = run.settings()
    if _cancelled_batches(run, settings):
        return
    decisions = load_reviewed(settings.reviewed)  # a broken reviewed file stops the run before any work
    articles = in_order(load_articles(paths, settings.load, warn=_warn))
    with _stop_on_signals(), _progress_bar("extracting") as progress:
        chosen = make_extractor(settings, warn=_warn, progress=progress)
        verifier = Verifier(articles, settings.verify)
        extraction = run_extraction(articles, chosen, verifier)
        stories, cards, judge_report = assemble(articles, extraction, settings, verifier, decisions)
    extraction.cards = cards
    record = run_manifest(articles, extraction, chosen, stories)
    if judge_report is not None:
        record["judge"] = judge_report
    if format is CardsFormat.jsonl:
        text = "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in cards)
    else:
        made = produced_by(record)
        text = dumps_cards(
            CardsFile(produced_by=made, articles=[a.record() for a in articles], stories=stories, cards=cards)
        )
    if manifest is not None:
        _emit(dumps_manifest(record), manifest)
    _emit(text, output)
    _report_failures(extraction.failures)


@app.command()
@_one_line_errors
@with_run_options
def daily(
    inbox: Annotated[
        Path | None,
        typer.Option(
            "--inbox",
            metavar="DIR",
            help="Folder of articles (the day's, by metadata date or in a YYYY-MM-DD/ folder) [or [daily] inbox].",
            rich_help_panel="Input",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="Folder for YYYY-MM-DD.md, .cards.json, .html and .manifest.json [or [daily] out].",
            rich_help_panel="Output",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="The day to brief: YYYY-MM-DD, today or yesterday. Default: today in the local time zone "
            "(the one place factcards reads the clock).",
            show_default=False,
            rich_help_panel="Output",
        ),
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            metavar="DIR",
            help="Folder with earlier cards files (default: --out).",
            rich_help_panel="Input",
        ),
    ] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            metavar="FILE",
            help="A jinja2 Markdown template to use instead of the built-in one.",
            rich_help_panel="Output",
        ),
    ] = None,
    lock_wait: Annotated[
        float,
        typer.Option(
            "--lock-wait",
            metavar="SECONDS",
            min=0,
            help="Seconds to wait for another daily run writing the same --out (60).",
            rich_help_panel="Output",
        ),
    ] = 60.0,
    run: RunOptions | None = None,
) -> None:
    """Brief one day of an inbox: write OUT/DATE.md, OUT/DATE.cards.json, OUT/DATE.html and OUT/DATE.manifest.json.

    Reruns re-extract only new or changed articles and rewrite nothing when nothing changed."""
    # A scheduled run is stopped by SIGTERM as readily as by Ctrl-C, so the handler is in place before the pipeline's
    # import (about 2 s of CPU), not only once the work starts: a signal then still exits 130 with one line.
    with _stop_on_signals():
        _daily(inbox, out, date, previous, template, lock_wait, run)


def _daily(
    inbox: Path | None,
    out: Path | None,
    date: str | None,
    previous: Path | None,
    template: Path | None,
    lock_wait: float,
    run: RunOptions | None,
) -> None:
    from factcards.daily import STATE_DIR, DailySettings, resolve_day, run_daily
    from factcards.errors import UsageError

    run = run or RunOptions()
    config = run.config
    inbox = inbox or config.get("inbox")
    out = out or config.get("out")
    previous = previous or config.get("previous")
    template = template or config.get("template")
    if "lock_wait" not in run.explicit and config.get("lock_wait") is not None:
        lock_wait = config["lock_wait"]
    if inbox is None or out is None:
        missing = "--inbox" if inbox is None else "--out"
        raise UsageError(f"daily needs {missing} (or [daily] {missing[2:]} in factcards.toml)")
    brief_settings = run.settings(template=template)
    if _cancelled_batches(run, brief_settings, out / STATE_DIR / "batches"):
        return
    day = resolve_day(date)
    with _progress_bar("extracting") as progress:
        result = run_daily(
            DailySettings(inbox, day, out, brief_settings, previous, lock_wait=lock_wait), warn=_warn, progress=progress
        )
    _say(result.summary_line())
    _report_failures(result.failures)


def _cancelled_batches(run: RunOptions, settings: Any, state_dir: Path | None = None) -> bool:
    """--batch-cancel: cancel what a previous run left pending, say so, and do nothing else."""
    if not run.batch_cancel:
        return False
    import asyncio

    from factcards.errors import UsageError
    from factcards.llm.batch import cancel_pending

    if settings.llm is None:
        raise UsageError("--batch-cancel goes with --extractor openai")
    for line in asyncio.run(cancel_pending(settings.llm, state_dir or settings.llm.effective_batch_dir)):
        _say(f"factcards: {line}")
    return True


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Ctrl-C and SIGTERM stop a run promptly, with outputs intact, and are remembered as having done so."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        _INTERRUPT.set()
        raise KeyboardInterrupt

    _INTERRUPT.clear()
    old = {signum: signal.signal(signum, interrupt) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)


@app.command()
@_one_line_errors
def verify(
    cards: Annotated[
        Path,
        typer.Argument(
            metavar="CARDS", help="A cards file (JSON, or JSONL with one card per line).", show_default=False
        ),
    ],
    paths: Paths,
    format: Annotated[
        VerifyFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text: a report for people; json: the cards file with results filled in.",
            rich_help_panel="Output",
        ),
    ] = VerifyFormat.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the result here (atomically) instead of stdout.",
            rich_help_panel="Output",
        ),
    ] = None,
    ignore: IgnoreOpt = None,
    judge: JudgeOpt = "none",
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Check cards against their articles. Exit 0 if all are verified, 1 if some are not, 2 on bad input."""
    from factcards.grounding.verify import Verifier, VerifySettings
    from factcards.models import CardsFile, Status
    from factcards.pipeline import dumps_cards

    cards_file, articles = _cards_with_articles(cards, paths)
    checked = Verifier(articles, VerifySettings(ignore=ignored_checks(ignore))).verify_all(cards_file.cards)
    if judge != "none":
        from factcards.llm.settings import resolve_settings
        from factcards.pipeline import BriefSettings, second_opinion

        llm = resolve_settings({"model": model, "base_url": base_url})
        checked = second_opinion(checked, BriefSettings(judge=judge, llm=llm), warn=_warn).cards
    if format is VerifyFormat.json:
        records = cards_file.articles or [a.record() for a in articles]
        text = dumps_cards(
            CardsFile(produced_by=cards_file.produced_by, articles=records, stories=cards_file.stories, cards=checked)
        )
    else:
        from factcards.output.report import verify_report

        text = verify_report(checked)
    _emit(text, output)
    if any(c.status is not Status.verified for c in checked):
        raise typer.Exit(1)


@app.command()
@_one_line_errors
def review(
    edited: Annotated[
        Path,
        typer.Argument(
            metavar="EDITED",
            help="The brief as an editor left it (Markdown), or decisions exported from the review page (JSON).",
            show_default=False,
        ),
    ],
    paths: Paths,
    cards: Annotated[
        Path,
        typer.Option(
            "--cards",
            metavar="FILE",
            help="The cards file the brief was made with (brief --cards-out, daily's .cards.json).",
            rich_help_panel="Input",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Where to write the reviewed cards file (default: CARDS with .reviewed.json).",
            rich_help_panel="Output",
        ),
    ] = None,
    ignore: IgnoreOpt = None,
) -> None:
    """Read an editor's decisions back: ticked = accepted, deleted = rejected, rewritten claim = edited (checked again).

    Writes the cards file with a review field on each card and prints one summary line. Items that
    cannot be mapped are listed with their line numbers (exit 1); nothing is guessed."""
    from factcards.grounding.verify import Verifier, VerifySettings
    from factcards.load import read_text
    from factcards.pipeline import dumps_cards
    from factcards.review import (
        REVIEWED_SUFFIX,
        apply_review,
        read_decisions_json,
        read_markdown_decisions,
        summary_line,
    )

    cards_file, articles = _cards_with_articles(cards, paths)
    if edited.suffix.lower() == ".json":
        read = read_decisions_json(edited, cards_file.cards)
    else:
        read = read_markdown_decisions(read_text(edited), cards_file.cards)
    verifier = Verifier(articles, VerifySettings(ignore=ignored_checks(ignore)))
    reviewed = apply_review(cards_file, read.decisions, verifier)
    target = output or cards.with_name(cards.name.removesuffix(".json").removesuffix(".cards") + REVIEWED_SUFFIX)
    _emit(dumps_cards(reviewed), target)
    for problem in read.problems:
        _warn(f"{edited}: {problem}")
    typer.echo(summary_line(reviewed.cards))
    if read.problems:
        raise typer.Exit(1)


@app.command()
@_one_line_errors
def html(
    cards: Annotated[
        Path,
        typer.Argument(
            metavar="CARDS", help="A cards file (brief --cards-out, extract, daily, review).", show_default=False
        ),
    ],
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the page here (atomically) instead of stdout.",
            rich_help_panel="Output",
        ),
    ] = None,
) -> None:
    """Write the review page: every article with its evidence highlighted, the cards beside it, keyboard review."""
    from factcards.output.html import render_review_page

    cards_file, articles = _cards_with_articles(cards, paths)
    wanted = {a.id for a in cards_file.articles} or {c.article for c in cards_file.cards}
    shown = [a for a in articles if a.id in wanted] or articles
    _emit(render_review_page(shown, cards_file, title=f"factcards review — {cards.name}"), output)


def _cards_with_articles(cards: Path, paths: list[Path]) -> tuple[Any, list[Any]]:
    """A cards file and the articles it names, checked against each other (verify, review, html)."""
    from factcards.load import load_articles
    from factcards.output.cardsfile import check_cards_against, read_cards_file

    cards_file = read_cards_file(cards)
    articles = load_articles(paths, warn=_warn)
    check_cards_against(cards_file, articles, cards)
    return cards_file, articles


def _page_title(day: str | None) -> str:
    return f"factcards review — {day}" if day else "factcards review"


@app.command()
def schema(
    which: Annotated[
        SchemaName,
        typer.Argument(metavar="WHICH", help="card: one card; cards-file: what extract writes and verify reads."),
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
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="Say more: what was read and done (-vv: details).")
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Say only errors: no warnings, no summary line.")
    ] = False,
) -> None:
    """Turn news articles into fact cards checked against exact spans of their source, and write a Markdown brief."""
    _setup_logging(verbose, quiet)


def run() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
