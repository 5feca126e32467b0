"""Extractors turn an article into candidate cards; the verifier judges them afterwards.

An extractor is anything with a `name` and `extract(article) -> list[Card]`. The registry
maps the names users type (`--extractor offline`) to a factory, imported only when chosen,
so the offline path never imports `openai`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any, Protocol, runtime_checkable

from factcards.errors import UsageError
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, SummarySentence


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> list[Card]:
        """Candidate cards for one article; evidence quotes must be verbatim article text."""
        ...


@dataclass
class Extraction:
    """What a batch extractor returns: cards (already verified), and what went wrong."""

    cards: list[Card]
    failures: dict[str, str] = field(default_factory=dict)  # article id -> one-line reason
    usage: dict[str, dict[str, Any]] = field(default_factory=dict)  # article id -> token usage
    repaired: int = 0  # cards a repair round turned from failing to verified
    withdrawn: int = 0  # failing cards the model withdrew in repair (kept for review)
    summary_dropped: list[str] = field(default_factory=list)  # summary sentences refused, and why
    left_out: int = 0  # candidate facts the per-article limit (--max-cards) left out


@dataclass
class SummaryOutcome:
    sentences: list[SummarySentence]
    dropped: list[str] = field(default_factory=list)  # why each dropped sentence was dropped


@runtime_checkable
class BatchExtractor(Extractor, Protocol):
    """An extractor that works on many articles at once (concurrently) and can summarise."""

    def extract_many(self, articles: Sequence[Article], verifier: Verifier) -> Extraction: ...

    def summarize_many(
        self, sections: Sequence[tuple[str, list[Card]]], verifier: Verifier
    ) -> list[SummaryOutcome]: ...

    def report(self) -> dict[str, Any]: ...


# name -> "module:factory"; a factory takes keyword settings and returns an Extractor.
REGISTRY: dict[str, str] = {
    "offline": "factcards.extractors.offline:OfflineExtractor",
    "openai": "factcards.extractors.openai:OpenAIExtractor",
}


def available() -> list[str]:
    return sorted(REGISTRY)


def get_extractor(name: str, **settings: Any) -> Extractor:
    target = REGISTRY.get(name)
    if target is None:
        raise UsageError(f"unknown extractor {name!r}; choose one of: {', '.join(available())}")
    module_name, _, attr = target.partition(":")
    factory: Callable[..., Extractor] = getattr(import_module(module_name), attr)
    return factory(**settings)
