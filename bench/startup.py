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
    return [
        Row("startup", "factcards --help", help_wall, "s", "<= 0.3 s", help_wall <= 0.3),
        Row("startup", "brief of two short articles, offline", brief_wall, "s", "<= 0.8 s", brief_wall <= 0.8),
    ]


def _median(command: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
