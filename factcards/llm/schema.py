"""JSON Schemas for `response_format`, generated from the pydantic answer models.

OpenAI's strict structured outputs accept a subset of JSON Schema: every object closed
(`additionalProperties: false`), every property required (optional ones nullable), and no
`default` or format keywords. This turns pydantic's schema into that form.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel

_DROP = {"default", "title", "minLength", "minItems", "maxLength", "maxItems", "format"}


@cache
def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The strict schema of `model` (generated once: pydantic's generation is not cheap)."""
    return _strict(model.model_json_schema())


def _strict(node: Any) -> Any:
    if isinstance(node, list):
        return [_strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _strict(v) for k, v in node.items() if k not in _DROP}
    if out.get("type") == "object" and "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out["properties"])
    if "$ref" in out and len(out) > 1:  # a $ref must stand alone in strict mode
        out = {"$ref": out["$ref"]}
    return out
