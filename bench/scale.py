"""A day at scale: the offline `daily` over generated inboxes, and its second run."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus import generate, pairwise_scores
from bench.report import Row

_RUNNER = """
import json, resource, sys, time
from pathlib import Path
from factcards.daily import DailySettings, run_daily
start = time.perf_counter()
result = run_daily(DailySettings(Path(sys.argv[1]), "2025-03-14", Path(sys.argv[2])))
wall = time.perf_counter() - start
print(json.dumps({"wall": wall, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rewritten": result.rewritten, "timings": result.manifest["timings_seconds"]}))
"""


def run(size: str) -> list[Row]:
    sizes = (1000, 3000, 10000) if size == "full" else (100, 300)
    rows: list[Row] = []
    walls = {}
    for articles in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            inbox, out = Path(tmp) / "inbox", Path(tmp) / "out"
            corpus = generate(stories=articles // 10, per_story=10, seed=articles)
            _write_inbox(inbox, corpus.articles)
            first = _daily(inbox, out)
            second = _daily(inbox, out)
            walls[articles] = first["wall"]
            target_ok = first["wall"] <= 60 and first["rss_mib"] <= 2048 if articles == 10000 else None
            rows.append(
                Row(
                    "scale",
                    f"daily, {articles:,} articles: wall",
                    first["wall"],
                    "s",
                    "<= 60 s at 10,000" if articles == 10000 else "",
                    target_ok,
                )
            )
            rows.append(
                Row(
                    "scale",
                    f"daily, {articles:,} articles: peak RSS",
                    first["rss_mib"],
                    "MiB",
                    "<= 2 GiB at 10,000" if articles == 10000 else "",
                )
            )
            for stage, seconds in first["timings"].items():
                if stage != "total":
                    rows.append(Row("scale", f"  {stage}", seconds, "s"))
            ratio = second["wall"] / first["wall"]
            rows.append(
                Row(
                    "cache",
                    f"second daily run, {articles:,} articles: wall / first",
                    ratio,
                    "x",
                    "<= 0.10, nothing rewritten",
                    ratio <= 0.10 and not second["rewritten"],
                )
            )
            cards = json.loads((out / "2025-03-14.cards.json").read_text(encoding="utf-8"))
            predicted = [s["articles"] for s in cards["stories"]]
            precision, recall = pairwise_scores(corpus.story_of, predicted)
            rows.append(Row("scale", f"stories, {articles:,} articles: pairwise precision", precision, ""))
            rows.append(Row("scale", f"stories, {articles:,} articles: pairwise recall", recall, ""))
    smallest, largest = min(walls), max(walls)
    growth = walls[largest] / walls[smallest]
    rows.append(
        Row(
            "scale",
            f"growth {smallest:,} -> {largest:,} articles",
            growth,
            "x",
            f"<= {1.2 * largest / smallest:.0f}x",
            growth <= 1.2 * largest / smallest,
        )
    )
    return rows


def _write_inbox(inbox: Path, articles: list) -> None:
    inbox.mkdir(parents=True)
    for article in articles:
        text = f"id: {article.id}\ntitle: {article.title}\nsource: {article.source}\ndate: {article.date}\n\n{article.body}"
        (inbox / f"{article.id}.txt").write_text(text, encoding="utf-8")


def _daily(inbox: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(inbox), str(out)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])
