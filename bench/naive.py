"""The verifier against a naive one, on real cards: `python -m bench --only naive`.

The naive verifier is what a first version of this tool would be, about a hundred lines: find
each quote in the article (exactly, else with white space and quote marks folded), then accept
the card when every number and every capitalized word of its claim appears in its quotes and
neither side has a negation the other lacks. It checks far less; the figure is how much the real
verifier's reading of meaning costs per card on the same cards.

Real cards: what the offline extractor writes for the Multi-News day of `bench realday` (real
articles), with their offsets removed so both verifiers must find every quote; where that data
cannot be had, the AllSides day of `bench sides` (300 real articles), which the row names. Without
either the section says so and is skipped.
"""

from __future__ import annotations

import gc
import re
import statistics
import time

from bench import sides
from bench.realday import fetch, read_day
from bench.report import Row
from bench.trust import cache_dir
from factcards.extractors.offline import OfflineExtractor
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, Evidence

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_NUMBER = re.compile(r"\d[\d,.]*")
_CAPITAL = re.compile(r"\b[A-Z][a-zA-Z'-]+")
_NEGATION = re.compile(r"\b(?:not|no|never|n't|without|none)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


class NaiveVerifier:
    """Quotes found by substring search; numbers, capitals and negations compared as strings."""

    def __init__(self, articles: list[Article]) -> None:
        self.bodies = {a.id: a.body for a in articles}
        self.folded = {a.id: _fold(a.body) for a in articles}

    def verify(self, card: Card) -> bool:
        body, folded = self.bodies[card.article], self.folded[card.article]
        quotes = []
        for evidence in card.evidence:
            if evidence.quote in body:
                quotes.append(evidence.quote)
            elif _fold(evidence.quote) in folded:
                quotes.append(_fold(evidence.quote))
            else:
                return False
        if not quotes:
            return False
        said = " ".join(quotes)
        if any(n.rstrip(".,") not in said for n in _NUMBER.findall(card.claim)):
            return False
        first = card.claim.split()[0] if card.claim.split() else ""
        if any(w not in said for w in _CAPITAL.findall(card.claim) if w != first):
            return False
        return bool(_NEGATION.search(card.claim)) == bool(_NEGATION.search(said))


def _cards(articles: list[Article]) -> list[Card]:
    extractor = OfflineExtractor()
    cards = [card for article in articles for card in extractor.extract(article)]
    bare = [
        card.model_copy(
            update={"evidence": [Evidence(quote=e.quote) for e in card.evidence], "findings": [], "status": None}
        )
        for card in cards
    ]
    return bare


def _naive_all(articles: list[Article], cards: list[Card]) -> list[bool]:
    verifier = NaiveVerifier(articles)
    return [verifier.verify(c) for c in cards]


def _median_seconds(run: object, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        # Cold: the last run's article analyses are garbage, but cyclic garbage a later run could
        # still find (Document.of) until the collector runs.
        gc.collect()
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _day(size: str) -> tuple[str, list[Article]] | None:
    """The Multi-News day, else the AllSides one: real articles either way."""
    path = fetch(cache_dir())
    if path is not None:
        return "Multi-News", read_day(path, 200 if size == "full" else 60).articles
    allsides = sides.fetch(cache_dir())
    if allsides is None:
        return None
    articles, _ = sides.draw_day(sides.read_events(allsides), 0, 100 if size == "full" else 30)
    return "AllSides", articles


def run(size: str) -> list[Row]:
    found = _day(size)
    if found is None:
        return []
    source, articles = found
    cards = _cards(articles)
    repeats = 5 if size == "full" else 3
    # Each run starts cold: a new verifier reads its articles, as `factcards verify` does.
    ours = _median_seconds(lambda: Verifier(articles).verify_all(cards), repeats)
    naive = _median_seconds(lambda: _naive_all(articles, cards), repeats)
    label = f"{len(cards):,} real cards, {len(articles)} {source} articles"
    return [
        Row("naive", f"factcards verify: cards/s ({label})", len(cards) / ours, "cards/s", "", None),
        Row("naive", "naive verifier: cards/s", len(cards) / naive, "cards/s", "", None),
        Row("naive", "factcards / naive speed", naive / ours, "x", ">= 2x", naive / ours >= 2),
    ]
