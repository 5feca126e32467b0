"""Token counts with tiktoken, and an honest estimate when its encoding files cannot be had.

tiktoken downloads its encoding files on first use. Where the network is closed, point
`TIKTOKEN_CACHE_DIR` at a folder holding them; without them factcards warns once and
estimates four characters to a token, which is close for English news text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

CHARS_PER_TOKEN = 4
FALLBACK_ENCODING = "o200k_base"
log = logging.getLogger("factcards")


class TokenCounter:
    """Counts tokens for one model. Pass `encoding` (a `tiktoken.Encoding`) to skip lookup."""

    def __init__(self, model: str, encoding: Any = None, warn: Callable[[str], None] | None = None) -> None:
        self.model = model
        self._encoding = encoding
        self._looked_up = encoding is not None
        self._warn = warn or log.warning
        self.estimated = False

    def count(self, text: str) -> int:
        encoding = self._get_encoding()
        if encoding is None:
            return estimate_tokens(text)
        return len(encoding.encode(text, disallowed_special=()))

    def _get_encoding(self) -> Any:
        if not self._looked_up:
            self._looked_up = True
            self._encoding = self._load()
        return self._encoding

    def _load(self) -> Any:
        try:
            import tiktoken
        except ImportError:  # pragma: no cover - a declared dependency
            return self._give_up("tiktoken is not installed")
        try:
            try:
                return tiktoken.encoding_for_model(self.model)
            except KeyError:
                return tiktoken.get_encoding(FALLBACK_ENCODING)
        except Exception as err:  # tiktoken raises whatever its HTTP fetch raised
            return self._give_up(f"{type(err).__name__}")

    def _give_up(self, why: str) -> None:
        self.estimated = True
        self._warn(
            f"token counts are estimates ({CHARS_PER_TOKEN} characters per token): tiktoken could not load "
            f"its encoding for {self.model!r} ({why}); set TIKTOKEN_CACHE_DIR to a folder with the encoding files"
        )
        return None


def estimate_tokens(text: str) -> int:
    return max(1, -(-len(text) // CHARS_PER_TOKEN))
