"""Start-up: what an editor waits for before anything happens."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Row

TWO_ARTICLES = {
    "a.txt": "title: Council budget\ndate: 2025-03-14\n\nThe council approved a budget of $2.1 million on Friday, officials said.\n",
    "b.txt": "title: Budget row\ndate: 2025-03-14\n\nOpposition members said the $2.1 million budget was too small, the council said on Friday.\n",
}


def run(size: str) -> list[Row]:
    repeats = 7 if size == "full" else 2
    exe = [sys.executable, "-m", "factcards"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, text in TWO_ARTICLES.items():
            (folder / name).write_text(text, encoding="utf-8")
        help_wall = _median([*exe, "--help"], repeats)
        brief_wall = _median([*exe, "brief", str(folder)], repeats)
    stop = _interrupt_latency(size)
    return [
        Row("startup", "factcards --help", help_wall, "s", "<= 0.3 s", help_wall <= 0.3),
        Row("startup", "brief of two short articles, offline", brief_wall, "s", "<= 0.8 s", brief_wall <= 0.8),
        Row("startup", "Ctrl-C during a long daily: signal to exit 130", stop, "s", "<= 1 s", stop <= 1.0),
    ]


def _interrupt_latency(size: str) -> float:
    """The test suite asserts that an interrupted run stops with its outputs intact; how fast it
    stops is measured here, where a loaded machine cannot turn CI red."""
    import signal

    from bench.corpus import generate

    stories = 300 if size == "full" else 60
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        inbox, out = Path(tmp) / "inbox", Path(tmp) / "out"
        for article in generate(stories=stories, per_story=3, seed=3).articles:
            path = inbox / f"{article.id}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"date: {article.date}\n\n{article.body}", encoding="utf-8")
        for _ in range(3 if size == "full" else 1):
            run = subprocess.Popen(
                [sys.executable, "-m", "factcards", "daily", "--inbox", str(inbox), "--date", "2025-03-14",
                 "--out", str(out), "--no-cache"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            time.sleep(1.5)
            sent = time.perf_counter()
            run.send_signal(signal.SIGINT)
            run.wait(timeout=120)
            times.append(time.perf_counter() - sent)
            for state in (out / ".factcards" / "cards").glob("*.json"):
                state.unlink()  # the next attempt extracts everything again
    return statistics.median(times)


def _median(command: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
