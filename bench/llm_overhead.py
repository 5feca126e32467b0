"""The LLM pipeline's own overhead: a loopback server, in its own process, that answers each
request after a fixed delay; the client's wall time against the ideal."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.corpus import generate
from bench.report import Row
from factcards.extractors.openai import OpenAIExtractor
from factcards.grounding.verify import Verifier
from factcards.llm.settings import LLMSettings
from factcards.pipeline import run_extraction


def run(size: str) -> list[Row]:
    articles_n, concurrency, delay = (200, 16, 0.2) if size == "full" else (24, 8, 0.05)
    ideal = articles_n / concurrency * delay
    articles = generate(stories=articles_n, per_story=1, seed=3, filler=2).articles
    started = time.perf_counter()
    with _server(0.0, 0) as url:
        _measure(url, articles[:1], 1)  # imports openai and warms up once: not per-run overhead
    rows = [Row("llm", "first use (imports openai, one request)", time.perf_counter() - started, "s")]
    with _server(delay, 0) as url:
        bare = _bare_client(url, articles, concurrency)
    rows.append(Row("llm", "bare openai client, same server and concurrency: wall", bare, "s"))
    for label, every in (("plain", 0), ("10% answered 429", 10)):
        with _server(delay, every) as url:
            wall, lost = _measure(url, articles, concurrency)
        if every == 0:
            rows.append(Row("llm", "plain: wall / bare client (factcards' own share)", wall / bare, "x"))
        target = 1.10 if every == 0 else 1.5
        rows.append(Row("llm", f"{articles_n} articles at concurrency {concurrency}, {label}: wall", wall, "s"))
        rows.append(
            Row(
                "llm",
                f"{label}: wall / ideal ({ideal:.2f} s)",
                wall / ideal,
                "x",
                f"<= {target}x, none lost",
                wall / ideal <= target and lost == 0,
            )
        )
        rows.append(Row("llm", f"{label}: articles lost", lost, ""))
    return rows


class _server:
    """`python -m factcards.llm.stub_server` on a free port, for the duration of a block."""

    def __init__(self, delay: float, refuse_every: int) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.command = [sys.executable, "-m", "factcards.llm.stub_server", "--port", str(self.port),
                        "--delay", str(delay), "--refuse-every", str(refuse_every)]  # fmt: skip

    def __enter__(self) -> str:
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{self.port}/v1"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/models", timeout=1).read()
                return url
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("stub server did not start")

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def _bare_client(url: str, articles: list, concurrency: int) -> float:
    """The same number of requests through the openai client alone: what any Python caller
    pays for the client and this server, before factcards does anything."""
    import asyncio

    import openai

    async def main() -> float:
        client = openai.AsyncOpenAI(api_key="bench", base_url=url, max_retries=0)
        limit = asyncio.Semaphore(concurrency)

        async def one(article: object) -> None:
            async with limit:
                text = getattr(article, "body", "")
                content = f"<<<ARTICLE 000000000000>>>\n{text}\n<<<END OF ARTICLE 000000000000>>>"
                await client.chat.completions.create(model="bench", messages=[{"role": "user", "content": content}])

        start = time.perf_counter()
        await asyncio.gather(*(one(a) for a in articles))
        wall = time.perf_counter() - start
        await client.close()
        return wall

    return asyncio.run(main())


def _measure(url: str, articles: list, concurrency: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = LLMSettings(
            model="bench", base_url=url, concurrency=concurrency, use_cache=False, cache_dir=Path(tmp),
            backoff_initial=0.05, backoff_max=0.5, repair_rounds=0,
        )  # fmt: skip
        extractor = OpenAIExtractor(settings, warn=lambda message: None)
        start = time.perf_counter()
        result = run_extraction(articles, extractor, Verifier(articles))
        return time.perf_counter() - start, len(result.failures)
