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


def test_the_cards_file_is_written_as_json_dumps_writes_it_however_odd_the_text() -> None:
    """dumps_cards uses pydantic's encoder for speed; the file must stay what json.dumps wrote."""
    import json

    from factcards.models import Evidence
    from factcards.pipeline import dumps_cards

    odd = 'Tab\there, bell\x07, "quotes", back\\slash, </script>, \u2028, \U0001f600, é, \x7f'
    card = Card(
        article="a\x01b",
        kind="quote",
        claim=odd,
        evidence=[Evidence(quote=odd, start=0, end=3, text=odd[:3], match="fuzzy", score=96.55172413793103)],
    )
    cards_file = CardsFile(cards=[card])
    expected = json.dumps(cards_file.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert dumps_cards(cards_file) == expected
