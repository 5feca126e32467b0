"""Find the JSON object in a model's answer: the whole text, a ```json fence, or the first
object embedded in prose (for servers without JSON modes)."""

from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n(.*?)```", re.S)
_DECODER = json.JSONDecoder()


class NoJSONError(ValueError):
    pass


def first_json_object(text: str) -> dict[str, Any]:
    stripped = text.strip()
    candidates = [stripped] + [m.group(1) for m in _FENCE.finditer(text)]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    start = text.find("{")
    while start >= 0:
        try:
            value, _ = _DECODER.raw_decode(text, start)
        except json.JSONDecodeError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return value
        start = text.find("{", start + 1)
    raise NoJSONError(_describe(text))


def _describe(text: str) -> str:
    if not text.strip():
        return "the answer was empty"
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        return f"the answer is not valid JSON ({err.msg} at line {err.lineno} column {err.colno})"
    return "the answer is JSON but not an object"
