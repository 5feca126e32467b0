"""The offline extractor on one long article: CPU must grow in proportion to the text.

Real text where the development sets are in the bench cache (the SummEdits news articles and
the WiCE evidence pages, concatenated and never repeated); generated text otherwise.
"""

from __future__ import annotations

import json
import time

from bench.corpus import generate
from bench.report import Row
from bench.trust import cache_dir
from factcards.extractors.offline import OfflineExtractor
from factcards.models import Article


def long_text(chars: int) -> tuple[str, str]:
    cache = cache_dir()
    docs: list[str] = []
    news = cache / "summedits_news.json"
    wice = cache / "wice_dev.jsonl"
    if news.exists():
        docs.extend(d["doc"] for d in json.loads(news.read_text(encoding="utf-8")))
    if wice.exists():
        for line in wice.read_text(encoding="utf-8").splitlines():
            docs.append("\n\n".join(s for s in json.loads(line)["evidence"] if len(s) > 40))
    text = "\n\n".join(dict.fromkeys(docs))
    if len(text) >= chars:
        return text[:chars], "real text (SummEdits news, WiCE pages)"
    bodies = [a.body for a in generate(stories=chars // 2000 + 10, per_story=3, seed=9).articles]
    return "\n\n".join(bodies)[:chars], "generated text"


def run(size: str) -> list[Row]:
    sizes = (160_000, 640_000) if size == "full" else (20_000, 80_000)
    seconds = {}
    kind = ""
    # Warm: the dictionary's tables load on first use, which would be charged to the smaller article
    # alone and flatter the growth figure.
    OfflineExtractor().extract(Article(id="warm", body=long_text(5_000)[0], date="2024-04-26"))
    for chars in sizes:
        text, kind = long_text(chars)
        article = Article(id="long", body=text, date="2024-04-26")
        start = time.process_time()
        OfflineExtractor(max_cards=10**6).extract(article)
        seconds[chars] = time.process_time() - start
    small, large = sizes
    ratio = seconds[large] / seconds[small]
    return [
        Row("extract", f"one article of {small // 1000} KB, {kind}: CPU", seconds[small], "s"),
        Row("extract", f"one article of {large // 1000} KB: CPU", seconds[large], "s"),
        Row("extract", "CPU growth for 4x the text", ratio, "x", "<= 5x", ratio <= 5),
    ]
