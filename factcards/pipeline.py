"""The library's front door: articles in, verified cards and a rendered brief out.

result = build_brief(["examples/"], BriefSettings(date="2024-04-26"))
result.markdown, result.cards
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcards.brief import compose_brief
from factcards.errors import InputError, UsageError
from factcards.extractors import Extractor, get_extractor
from factcards.load import LoadSettings, load_articles
from factcards.models import Article, Card, CardsFile
from factcards.render import render_brief
from factcards.verify import Verifier, VerifySettings

Warn = Callable[[str], None]


@dataclass(frozen=True)
class BriefSettings:
    extractor: str = "offline"
    max_cards: int = 8
    date: str | None = None
    template: Path | None = None
    load: LoadSettings = field(default_factory=LoadSettings)
    verify: VerifySettings = field(default_factory=VerifySettings)


@dataclass
class BriefResult:
    articles: list[Article]
    cards: list[Card]
    markdown: str

    def cards_file(self) -> CardsFile:
        return CardsFile(articles=[a.record() for a in self.articles], cards=self.cards)


def build_brief(
    paths: Iterable[str | Path], settings: BriefSettings | None = None, warn: Warn | None = None
) -> BriefResult:
    """Load, extract, verify and render: the whole job of `factcards brief`."""
    settings = settings or BriefSettings()
    date = check_date(settings.date)
    articles = load_articles(paths, settings.load, warn=warn)
    extractor = make_extractor(settings)
    cards = extract_cards(articles, extractor, settings.verify)
    brief = compose_brief(articles, cards, date=date or latest_date(articles), extractor=extractor.name)
    return BriefResult(articles, cards, render_brief(brief, settings.template))


def make_extractor(settings: BriefSettings) -> Extractor:
    if settings.extractor == "offline":
        return get_extractor("offline", max_cards=settings.max_cards)
    return get_extractor(settings.extractor)


def extract_cards(
    articles: Sequence[Article], extractor: Extractor, verify: VerifySettings | None = None
) -> list[Card]:
    """Every article's cards, verified against that article."""
    verifier = Verifier(articles, verify)
    cards: list[Card] = []
    for article in articles:
        cards.extend(verifier.verify_all(extractor.extract(article)))
    return cards


def latest_date(articles: Sequence[Article]) -> str | None:
    return max((a.date for a in articles if a.date), default=None)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> str:
    raise UsageError(f"--date: {value!r} is not a date; use YYYY-MM-DD")


def read_cards_file(path: Path) -> CardsFile:
    """A cards file as `extract` writes it (JSON), or one card per line (JSONL)."""
    from pydantic import ValidationError

    from factcards.load import read_text

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


def _validation_message(err: Exception, data: object) -> str:
    from pydantic import ValidationError

    assert isinstance(err, ValidationError)
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


def dumps_cards(cards_file: CardsFile) -> str:
    return json.dumps(cards_file.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
