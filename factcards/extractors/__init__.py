"""Extractors turn an article into candidate cards; the verifier judges them afterwards.

An extractor is anything with a `name` and `extract(article) -> list[Card]`. The registry
maps the names users type (`--extractor offline`) to a factory, imported only when chosen,
so the offline path never imports `openai`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any, Protocol, runtime_checkable

from factcards.errors import UsageError
from factcards.models import Article, Card


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> list[Card]:
        """Candidate cards for one article; evidence quotes must be verbatim article text."""
        ...


# name -> "module:factory"; a factory takes keyword settings and returns an Extractor.
REGISTRY: dict[str, str] = {
    "offline": "factcards.extractors.offline:OfflineExtractor",
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
