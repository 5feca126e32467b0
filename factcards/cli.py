"""The `factcards` command: a thin typer layer over the library.

Each command parses its options and calls one library function. Errors a user can cause
arrive as `FactcardsError` and leave as one line on stderr with exit code 2.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
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
MaxCardsOpt = Annotated[
    int, typer.Option("--max-cards", min=1, help="At most this many cards per article (offline extractor).")
]
SkipBadOpt = Annotated[
    bool, typer.Option("--skip-bad", help="Skip unreadable articles with a warning instead of stopping.")
]
MaxBytesOpt = Annotated[int, typer.Option("--max-article-bytes", min=1, help="Reject article files larger than this.")]


def _settings(extractor: str, max_cards: int, skip_bad: bool, max_bytes: int, **extra: Any) -> Any:
    from factcards.load import LoadSettings
    from factcards.pipeline import BriefSettings

    return BriefSettings(
        extractor=extractor,
        max_cards=max_cards,
        load=LoadSettings(max_article_bytes=max_bytes, skip_bad=skip_bad),
        **extra,
    )


def _emit(text: str, output: Path | None) -> None:
    from factcards.atomic import write_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


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
    extractor: ExtractorOpt = "offline",
    max_cards: MaxCardsOpt = 8,
    skip_bad: SkipBadOpt = False,
    max_article_bytes: MaxBytesOpt = 10 * 1024 * 1024,
) -> None:
    """Write a Markdown brief of the articles: verified cards per article, and the ones that need review."""
    from factcards.pipeline import build_brief, dumps_cards

    settings = _settings(extractor, max_cards, skip_bad, max_article_bytes, date=date, template=template)
    result = build_brief(paths, settings, warn=_warn)
    if cards_out is not None:
        _emit(dumps_cards(result.cards_file()), cards_out)
    _emit(result.markdown, output)


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
    extractor: ExtractorOpt = "offline",
    max_cards: MaxCardsOpt = 8,
    skip_bad: SkipBadOpt = False,
    max_article_bytes: MaxBytesOpt = 10 * 1024 * 1024,
) -> None:
    """Extract and verify cards; write them as JSON ({"articles": [...], "cards": [...]}) or JSONL."""
    import json

    from factcards.load import load_articles
    from factcards.models import CardsFile
    from factcards.pipeline import dumps_cards, extract_cards, make_extractor

    settings = _settings(extractor, max_cards, skip_bad, max_article_bytes)
    articles = load_articles(paths, settings.load, warn=_warn)
    cards = extract_cards(articles, make_extractor(settings), settings.verify)
    if format is CardsFormat.jsonl:
        text = "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in cards)
    else:
        text = dumps_cards(CardsFile(articles=[a.record() for a in articles], cards=cards))
    _emit(text, output)


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
    from factcards.load import load_articles
    from factcards.models import CardsFile, Status
    from factcards.pipeline import check_cards_against, dumps_cards, read_cards_file
    from factcards.verify import Verifier

    cards_file = read_cards_file(cards)
    articles = load_articles(paths, warn=_warn)
    check_cards_against(cards_file, articles, cards)
    checked = Verifier(articles).verify_all(cards_file.cards)
    if format is VerifyFormat.json:
        records = cards_file.articles or [a.record() for a in articles]
        text = dumps_cards(CardsFile(articles=records, cards=checked))
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
