"""The card model: one definition, strict at the edges, stable ids."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcards.models import Card, CardsFile, card_id


def test_ids_derive_from_article_and_claim() -> None:
    card = Card(article="a1", kind="event", claim="The council  met.")
    assert card.id == card_id("a1", "The council met.")  # white space does not change the id
    assert card.id != Card(article="a2", kind="event", claim="The council met.").id


def test_unknown_fields_and_empty_claims_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Card(article="a", kind="event", claim="x", confidence=0.9)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Card(article="a", kind="event", claim="   ")
    with pytest.raises(ValidationError):
        Card.model_validate(
            {"article": "a", "kind": "event", "claim": "x", "evidence": [{"quote": "q", "start": 9, "end": 3}]}
        )


def test_schema_is_generated_from_the_model() -> None:
    schema = CardsFile.model_json_schema()
    card = schema["$defs"]["Card"]
    assert card["additionalProperties"] is False
    assert set(card["properties"]) >= {
        "id",
        "article",
        "kind",
        "claim",
        "speaker",
        "who",
        "when",
        "where",
        "evidence",
        "status",
        "reasons",
    }
