"""Verification throughput: library and CLI, by match type, against a difflib baseline."""

from __future__ import annotations

import difflib
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.cards import KINDS, cards_for, long_article
from bench.corpus import generate
from bench.report import Row
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, CardsFile

_TOKEN = re.compile(r"\S+")


def corpus(articles: int, seed: int = 5) -> tuple[list[Article], list[tuple[str, Card]]]:
    rng = random.Random(seed)
    pool = [
        p
        for a in generate(stories=40, per_story=3, seed=seed, filler=4).articles
        for p in a.body.split("\n\n")
        if len(p) > 80
    ]
    docs = [long_article(rng, i, pool) for i in range(articles)]
    cards = [labelled for a in docs for labelled in cards_for(a, rng)]
    return docs, cards


def run(size: str) -> list[Row]:
    n = 1000 if size == "full" else 60
    repeats = 5 if size == "full" else 1
    articles, labelled = corpus(n)
    cards = [c for _, c in labelled]
    rows = []

    library = _median_seconds(lambda: Verifier(articles).verify_all(cards), repeats)
    rate = len(cards) / library
    rows.append(
        Row("verify", f"library, {len(cards):,} cards ({n:,} articles)", rate, "cards/s", ">= 20,000", rate >= 20000)
    )
    for kind in KINDS:
        subset = [c for k, c in labelled if k == kind]
        seconds = _median_seconds(lambda subset=subset: Verifier(articles).verify_all(subset), repeats)
        rows.append(Row("verify", f"library, {kind} only", len(subset) / seconds, "cards/s"))

    baseline = _median_seconds(lambda: _difflib_locate(articles, cards), max(1, repeats // 2))
    base_rate = len(cards) / baseline
    rows.append(Row("verify", "difflib baseline (locate only)", base_rate, "cards/s"))
    rows.append(Row("verify", "ratio library / difflib", rate / base_rate, "x", ">= 20x", rate / base_rate >= 20))
    locate = _median_seconds(lambda: _factcards_locate(articles, cards), repeats)
    rows.append(Row("verify", "factcards locate only (same work as the baseline)", len(cards) / locate, "cards/s"))
    rows.append(Row("verify", "ratio locate only / difflib", baseline / locate, "x"))

    tracemalloc.start()
    Verifier(articles).verify_all(cards)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(Row("verify", "peak Python memory, library", peak / 2**20, "MiB"))

    cli = _cli_rate(articles, cards, repeats)
    rows.append(Row("verify", "CLI `factcards verify` incl. start-up", cli, "cards/s"))

    sizes = [max(n // 10, 10), max(3 * n // 10, 30), n]
    per_char = []
    for count in sizes:
        subset_articles = articles[:count]
        ids = {a.id for a in subset_articles}
        subset_cards = [c for c in cards if c.article in ids]
        seconds = _median_seconds(lambda a=subset_articles, c=subset_cards: Verifier(a).verify_all(c), repeats)
        chars = sum(len(a.body) for a in subset_articles)
        per_char.append(seconds / chars)
        rows.append(Row("verify", f"{count:,} articles ({chars / 1e6:.1f} M chars)", seconds, "s"))
    growth = per_char[-1] / per_char[0]
    rows.append(Row("verify", "cost per char, 10x vs 1x text", growth, "x", "about 1x (linear)", growth <= 1.5))
    return rows


def _median_seconds(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _difflib_locate(articles: list[Article], cards: list[Card]) -> None:
    """What several extraction libraries do: align quote tokens to article tokens."""
    bodies = {a.id: _TOKEN.findall(a.body) for a in articles}
    for card in cards:
        tokens = bodies[card.article]
        for e in card.evidence:
            matcher = difflib.SequenceMatcher(None, tokens, _TOKEN.findall(e.quote), autojunk=False)
            matcher.get_matching_blocks()


def _factcards_locate(articles: list[Article], cards: list[Card]) -> None:
    from factcards.grounding.align import locate_quote
    from factcards.text.document import Document

    docs = {a.id: Document(a) for a in articles}
    for card in cards:
        for e in card.evidence:
            locate_quote(docs[card.article], e.quote)


def _cli_rate(articles: list[Article], cards: list[Card], repeats: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
            for a in articles:
                handle.write(json.dumps({"id": a.id, "date": a.date, "text": a.body}) + "\n")
        (folder / "cards.json").write_text(CardsFile(cards=cards).model_dump_json(), encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "factcards",
            "verify",
            str(folder / "cards.json"),
            str(folder / "articles.jsonl"),
        ]
        seconds = _median_seconds(lambda: subprocess.run(command, capture_output=True, check=False), repeats)
    return len(cards) / seconds


def write_corpus(folder: Path, articles: int) -> tuple[Path, Path]:
    """Write the benchmark's articles and cards, for timing `factcards verify` by hand."""
    docs, labelled = corpus(articles)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for a in docs:
            handle.write(json.dumps({"id": a.id, "date": a.date, "text": a.body}) + "\n")
    cards = folder / "cards.json"
    cards.write_text(CardsFile(cards=[c for _, c in labelled]).model_dump_json(), encoding="utf-8")
    return folder / "articles.jsonl", cards


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="write the verification corpus: articles.jsonl and cards.json")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    for path in write_corpus(args.folder, args.articles):
        print(path)
