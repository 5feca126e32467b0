"""Cards files: what `extract` writes and `verify` reads, with errors that name the card."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from factcards.errors import InputError
from factcards.load import read_text
from factcards.models import Article, CardsFile


def read_cards_file(path: Path) -> CardsFile:
    """A cards file as `extract` writes it (JSON), or one card per line (JSONL)."""
    text = read_text(path)
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            cards = []
            for number, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    try:
                        cards.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise InputError(path, f"invalid JSON: {err.msg} (column {err.colno})", line=number) from None
            data: object = {"cards": cards}
        else:
            data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(path, f"invalid JSON: {err.msg} (column {err.colno})", line=err.lineno) from None
    if isinstance(data, list):
        data = {"cards": data}
    try:
        return CardsFile.model_validate(data)
    except ValidationError as err:
        raise InputError(path, _validation_message(err, data)) from None


def _validation_message(err: ValidationError, data: object) -> str:
    first = err.errors()[0]
    loc = list(first["loc"])
    where = ".".join(str(p) for p in loc)
    if len(loc) >= 2 and loc[0] == "cards" and isinstance(loc[1], int) and isinstance(data, dict):
        card = data.get("cards", [])[loc[1]]
        card_ref = f"card {loc[1] + 1}"
        if isinstance(card, dict) and card.get("id"):
            card_ref += f" ({card['id']})"
        rest = ".".join(str(p) for p in loc[2:])
        where = f"{card_ref}{': ' + rest if rest else ''}"
    return f"{where}: {first['msg']}" + (
        f" (got {_short(first.get('input'))})" if "input" in first and not isinstance(first.get("input"), dict) else ""
    )


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def check_cards_against(cards_file: CardsFile, articles: Sequence[Article], path: Path) -> None:
    """Every card must name a loaded article, and any offsets it gives must fit that article."""
    bodies = {a.id: len(a.body) for a in articles}
    for number, card in enumerate(cards_file.cards, start=1):
        for e in card.evidence:
            article = e.article or card.article
            if article not in bodies:
                known = ", ".join(sorted(bodies)[:5])
                raise InputError(path, f'card {number} ({card.id}) names unknown article "{article}" (loaded: {known})')
            if e.end is not None and e.end > bodies[article]:
                raise InputError(
                    path,
                    f"card {number} ({card.id}): evidence offsets {e.start}–{e.end} are outside the article ({bodies[article]} characters)",
                )
        if card.article not in bodies:
            raise InputError(path, f'card {number} ({card.id}) names unknown article "{card.article}"')
