"""The review page for a day of 300 articles: how long headless chromium takes to open it.

Needs Debian's chromium (`apt-get install chromium`) and playwright (test extra); the section says
so and is skipped without them. Not in the default set: `python -m bench --only page`.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from bench.corpus import generate
from bench.report import Row
from factcards.output.html import render_review_page
from factcards.pipeline import build_brief

_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]  # fmt: skip


def run(size: str) -> list[Row]:
    articles = 300 if size == "full" else 60
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if chromium is None:
        print("page: skipped: needs chromium (apt-get install chromium) and playwright (pip install '.[test]')")
        return []
    corpus = generate(stories=articles // 3, per_story=3, seed=11)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for article in corpus.articles:
            (folder / f"{article.id}.txt").write_text(f"date: {article.date}\n\n{article.body}", encoding="utf-8")
        result = build_brief([folder])
        page_path = folder / "review.html"
        page_path.write_text(render_review_page(result.articles, result.cards_file()), encoding="utf-8")
        size_mib = page_path.stat().st_size / 2**20
        times = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=_ARGS)
            for _ in range(5):
                page = browser.new_page()
                page.goto(page_path.as_uri(), wait_until="load")
                # From navigation start to the end of the load event: parsing, layout and the script.
                times.append(page.evaluate(
                    "() => { const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime; }"
                ))  # fmt: skip
                page.close()
            browser.close()
    seconds = statistics.median(times) / 1000
    cards = len(result.cards)
    return [
        Row(
            "page",
            f"review page, {articles} articles, {cards} cards ({size_mib:.1f} MiB): open to load end",
            seconds,
            "s",
            "< 1 s" if articles == 300 else "",
            seconds < 1 if articles == 300 else None,
        ),
    ]
