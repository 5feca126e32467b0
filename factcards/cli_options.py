"""The options the extracting commands share (`brief`, `extract`, `daily`), declared once."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])

Paths = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH...",
        help="Article files or folders (.txt, .md, .json, .jsonl, .html), or - for standard input.",
        show_default=False,
    ),
]
ExtractorOpt = Annotated[
    str,
    typer.Option(
        "--extractor",
        "-e",
        metavar="NAME",
        help="Which extractor writes the cards: offline (default) or openai.",
        rich_help_panel="Extraction and checks",
    ),
]
MaxCardsOpt = Annotated[
    int,
    typer.Option(
        "--max-cards",
        metavar="N",
        min=1,
        help="At most this many cards per article.",
        rich_help_panel="Extraction and checks",
    ),
]
SkipBadOpt = Annotated[
    bool,
    typer.Option(
        "--skip-bad", help="Skip unreadable articles with a warning instead of stopping.", rich_help_panel="Input"
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Stop on a folder that cannot be read, instead of warning and going on.",
        rich_help_panel="Input",
    ),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option(
        "--max-article-bytes",
        metavar="BYTES",
        min=1,
        help="Reject article files larger than this.",
        rich_help_panel="Input",
    ),
]
StoryThresholdOpt = Annotated[
    float,
    typer.Option(
        "--story-threshold",
        metavar="SIMILARITY",
        min=0.0,
        max=1.0,
        help="Similarity at which two articles are one story (0.5).",
        rich_help_panel="Extraction and checks",
    ),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        metavar="CODE",
        help="Switch off a verification check by its code (repeatable, or comma-separated): --ignore FC305. "
        "The checks are listed in docs/checks.md.",
        show_default=False,
        rich_help_panel="Extraction and checks",
    ),
]
ReviewedOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--reviewed",
        metavar="FILE",
        help="A reviewed cards file (factcards review -o …) whose decisions to keep: rejected cards stay out, "
        "accepted ones stay ticked, edited claims stay (repeatable).",
        show_default=False,
        rich_help_panel="Extraction and checks",
    ),
]
ManifestOpt = Annotated[
    Path | None,
    typer.Option(
        "--manifest",
        metavar="FILE",
        help="Write the run manifest (inputs, counts, token usage) here as JSON.",
        rich_help_panel="Output",
    ),
]
_LLM = "LLM extractor (--extractor openai)"
ModelOpt = Annotated[
    str | None, typer.Option("--model", metavar="MODEL", help="Model name [env FACTCARDS_MODEL].", rich_help_panel=_LLM)
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        metavar="URL",
        help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1 [env OPENAI_BASE_URL].",
        rich_help_panel=_LLM,
    ),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option(
        "--concurrency", metavar="N", min=1, help="Articles in flight at once (default 4).", rich_help_panel=_LLM
    ),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        min=0.001,
        help="Seconds to wait for one answer (default 60).",
        rich_help_panel=_LLM,
    ),
]
RetriesOpt = Annotated[
    int | None,
    typer.Option(
        "--max-retries", metavar="N", min=0, help="Retries after 429, 5xx, timeouts (default 4).", rich_help_panel=_LLM
    ),
]
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--response-format",
        metavar="FORMAT",
        help="json_schema (default), json_object or text, for servers without schema support.",
        rich_help_panel=_LLM,
    ),
]
RepairOpt = Annotated[
    int | None,
    typer.Option(
        "--repair-rounds",
        metavar="N",
        min=0,
        help="Repair rounds for cards that fail verification (default 1).",
        rich_help_panel=_LLM,
    ),
]
BudgetOpt = Annotated[
    int | None,
    typer.Option(
        "--max-tokens-per-run",
        metavar="TOKENS",
        min=1,
        help="Start no request that would exceed this many tokens.",
        rich_help_panel=_LLM,
    ),
]
ChunkOpt = Annotated[
    int | None,
    typer.Option(
        "--chunk-tokens",
        metavar="TOKENS",
        min=100,
        help="Split articles longer than this many tokens (default 6000).",
        rich_help_panel=_LLM,
    ),
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        metavar="DIR",
        help="Cache of model answers (default ~/.cache/factcards/llm).",
        rich_help_panel=_LLM,
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the answer cache.", rich_help_panel=_LLM)
]
BatchOpt = Annotated[
    bool,
    typer.Option(
        "--batch",
        help="Send the requests through the provider's Batch API: about half the price, answers within 24 h.",
        rich_help_panel=_LLM,
    ),
]
BatchPollOpt = Annotated[
    float | None,
    typer.Option(
        "--batch-poll",
        metavar="SECONDS",
        min=0.01,
        help="Seconds between looks at a pending batch (30).",
        rich_help_panel=_LLM,
    ),
]
BatchRepairsOpt = Annotated[
    str | None,
    typer.Option(
        "--batch-repairs",
        metavar="batch|live",
        help="Re-asks and repairs in a further batch (default) or live.",
        rich_help_panel=_LLM,
    ),
]
BatchFallbackOpt = Annotated[
    str | None,
    typer.Option(
        "--batch-fallback",
        metavar="none|live",
        help="Requests a batch did not answer: the article fails (none, default) or they go live.",
        rich_help_panel=_LLM,
    ),
]
BatchCancelOpt = Annotated[
    bool,
    typer.Option(
        "--batch-cancel", help="Cancel the batches a previous run left pending, and stop.", rich_help_panel=_LLM
    ),
]
JudgeOpt = Annotated[
    str,
    typer.Option(
        "--judge",
        metavar="none|openai",
        help="A model's second opinion on the cards the rules verified; it can only demote them to review.",
        rich_help_panel="Extraction and checks",
    ),
]
PromptsOpt = Annotated[
    Path | None,
    typer.Option(
        "--prompts",
        metavar="DIR",
        help="Prompt files that override the shipped ones (same names, e.g. extract_system.j2).",
        rich_help_panel=_LLM,
    ),
]
ExamplesOpt = Annotated[
    Path | None,
    typer.Option(
        "--examples",
        metavar="FILE",
        help='Few-shot examples for the extraction prompt: a JSON list of {"excerpt": ..., "cards": [...]}.',
        rich_help_panel=_LLM,
    ),
]
RecordOpt = Annotated[
    Path | None,
    typer.Option(
        "--record",
        metavar="DIR",
        help="Store every request and answer here as JSON (no API key).",
        rich_help_panel=_LLM,
    ),
]
ReplayOpt = Annotated[
    Path | None,
    typer.Option(
        "--replay",
        metavar="DIR",
        help="Answer only from recordings in this folder; never call a server.",
        rich_help_panel=_LLM,
    ),
]


@dataclass
class RunOptions:
    """The options every extracting command shares (`brief`, `extract`, `daily`), collected:
    which extractor and its limits, how to read articles, and the LLM settings."""

    extractor: str = "offline"
    max_cards: int = 12
    skip_bad: bool = False
    strict: bool = False
    max_article_bytes: int = 10 * 1024 * 1024
    story_threshold: float | None = None  # the grouping's own default
    ignore: list[str] | None = None
    reviewed: list[Path] | None = None
    judge: str = "none"
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
    prompts: Path | None = None
    examples: Path | None = None
    batch: bool = False
    batch_poll: float | None = None
    batch_repairs: str | None = None
    batch_fallback: str | None = None
    batch_cancel: bool = False
    # What factcards.toml says for this command, and which options the command line gave.
    config: dict[str, Any] = field(default_factory=dict)
    explicit: frozenset[str] = frozenset()

    def settings(self, **extra: Any) -> Any:
        """The library's `BriefSettings` for these options (plus `date`, `template`, …)."""
        from factcards.grounding.verify import VerifySettings
        from factcards.load import LoadSettings
        from factcards.pipeline import BriefSettings
        from factcards.stories.grouping import StorySettings

        return BriefSettings(
            extractor=self.extractor,
            verify=VerifySettings(ignore=ignored_checks(self.ignore)),
            reviewed=tuple(self.reviewed or ()),
            judge=self.judge,
            max_cards=self.max_cards,
            stories=StorySettings() if self.story_threshold is None else StorySettings(threshold=self.story_threshold),
            load=LoadSettings(max_article_bytes=self.max_article_bytes, skip_bad=self.skip_bad, strict=self.strict),
            llm=self._llm_settings(),
            **extra,
        )

    def _llm_settings(self) -> Any:
        if self.extractor != "openai" and self.judge != "openai":
            return None
        from factcards.llm.settings import resolve_settings

        names = ("model", "base_url", "concurrency", "timeout", "max_retries", "response_format", "repair_rounds",
                 "max_tokens_per_run", "chunk_tokens", "cache_dir")  # fmt: skip
        flags: dict[str, Any] = {name: getattr(self, name) for name in names}
        flags.update(record_dir=self.record, replay_dir=self.replay, max_cards=self.max_cards)
        flags.update(prompts_dir=self.prompts, examples_file=self.examples, batch_poll=self.batch_poll,
                     batch_repairs=self.batch_repairs, batch_fallback=self.batch_fallback)  # fmt: skip
        if self.batch:
            flags["batch"] = True
        if self.no_cache:
            flags["use_cache"] = False
        return resolve_settings(flags)


_RUN_OPTIONS: list[tuple[str, Any, Any]] = [
    ("extractor", ExtractorOpt, "offline"),
    ("max_cards", MaxCardsOpt, 12),
    ("skip_bad", SkipBadOpt, False),
    ("strict", StrictOpt, False),
    ("max_article_bytes", MaxBytesOpt, 10 * 1024 * 1024),
    ("story_threshold", StoryThresholdOpt, None),
    ("ignore", IgnoreOpt, None),
    ("reviewed", ReviewedOpt, None),
    ("judge", JudgeOpt, "none"),
    ("model", ModelOpt, None),
    ("base_url", BaseUrlOpt, None),
    ("concurrency", ConcurrencyOpt, None),
    ("timeout", TimeoutOpt, None),
    ("max_retries", RetriesOpt, None),
    ("response_format", FormatOpt, None),
    ("repair_rounds", RepairOpt, None),
    ("max_tokens_per_run", BudgetOpt, None),
    ("chunk_tokens", ChunkOpt, None),
    ("cache_dir", CacheDirOpt, None),
    ("no_cache", NoCacheOpt, False),
    ("record", RecordOpt, None),
    ("replay", ReplayOpt, None),
    ("prompts", PromptsOpt, None),
    ("examples", ExamplesOpt, None),
    ("batch", BatchOpt, False),
    ("batch_poll", BatchPollOpt, None),
    ("batch_repairs", BatchRepairsOpt, None),
    ("batch_fallback", BatchFallbackOpt, None),
    ("batch_cancel", BatchCancelOpt, False),
]


def given_on_command_line(ctx: Any) -> frozenset[str]:
    """The parameters the user gave (as a flag or through its environment variable), not defaults."""
    given = set()
    for name in ctx.params:
        source = ctx.get_parameter_source(name)
        if source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP"):
            given.add(name)
    return frozenset(given)


def with_config(given: dict[str, Any], config: dict[str, Any], explicit: frozenset[str]) -> dict[str, Any]:
    """The shared options, each taken from factcards.toml where the command line left it at its default."""
    return {name: config[name] if name in config and name not in explicit else value for name, value in given.items()}


def ignored_checks(codes: list[str] | None) -> frozenset[str]:
    """The codes given to --ignore, checked against the registry (an unknown code is bad input)."""
    from factcards.errors import FactcardsError
    from factcards.grounding.checks import check_codes

    try:
        return check_codes(c for given in codes or () for c in given.split(","))
    except ValueError as err:
        raise FactcardsError(f"--ignore: {err}") from None


_CONTEXT = "factcards_context"  # typer hands the click context to a parameter annotated typer.Context


def with_run_options(command: F) -> F:
    """Give an extracting command every shared option, declared once here: typer sees them in
    the signature, and the command receives them as one `run: RunOptions` argument."""
    original = inspect.signature(command, eval_str=True)
    kept = [p for p in original.parameters.values() if p.name != "run"]
    added = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a) for n, a, d in _RUN_OPTIONS]
    added.append(inspect.Parameter(_CONTEXT, inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context))

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from factcards.config import command_settings
        from factcards.llm.settings import check_file_settings

        ctx = kwargs.pop(_CONTEXT)
        check_file_settings()  # a typo in [llm] fails now, not on the day the model is switched on
        given = {name: kwargs.pop(name) for name, _, _ in _RUN_OPTIONS}
        config = command_settings(ctx.info_name or "brief")
        explicit = given_on_command_line(ctx)
        run = RunOptions(**with_config(given, config, explicit), config=config, explicit=explicit)
        return command(*args, run=run, **kwargs)

    parameters = kept + added
    wrapper.__signature__ = original.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": original.return_annotation}
    return wrapper  # type: ignore[return-value]
