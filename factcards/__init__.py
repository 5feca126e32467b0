"""factcards: news articles in, checked fact cards and a Markdown brief out.

    import factcards
    result = factcards.build_brief(["examples/"])
    print(result.markdown)

Names are imported on first use so that `factcards --help` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "build_brief": "factcards.pipeline",
    "extract_cards": "factcards.pipeline",
    "BriefSettings": "factcards.pipeline",
    "BriefResult": "factcards.pipeline",
    "load_articles": "factcards.load",
    "verify_cards": "factcards.grounding.verify",
    "Card": "factcards.models",
    "Article": "factcards.models",
    "Evidence": "factcards.models",
    "FactcardsError": "factcards.errors",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcards' has no attribute {name!r}")
    return getattr(import_module(module), name)
