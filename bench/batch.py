"""--batch at scale: 10,000 requests written, uploaded, polled and mapped back, against the stub
server in another process, counting factcards' own CPU only (the server's is its own)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Row
from factcards.llm.batch import BatchRunner
from factcards.llm.client import BatchLedger
from factcards.llm.settings import LLMSettings
from factcards.llm.store import AnswerStore, request_key
from factcards.llm.tokens import TokenCounter


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _body(i: int) -> dict[str, object]:
    text = f"Story {i}: the council voted on Friday to close the bridge for {i % 9 + 2} weeks, officials said."
    return {"model": "bench", "temperature": 0.0, "messages": [
        {"role": "system", "content": "You write fact cards."},
        {"role": "user", "content": f"<<<ARTICLE {i:08x}>>>\n{text}\n<<<END OF ARTICLE {i:08x}>>>"},
    ]}  # fmt: skip


def run(size: str) -> list[Row]:
    count = 10_000 if size == "full" else 500
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "factcards.llm.stub_server", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    try:
        server.stdout.readline()  # type: ignore[union-attr]  # "stub server on …": it is listening
        with tempfile.TemporaryDirectory() as tmp:
            settings = LLMSettings(model="bench", base_url=f"http://127.0.0.1:{port}/v1", use_cache=False,
                                   batch=True, batch_poll=0.05, batch_state_dir=Path(tmp))  # fmt: skip
            store = AnswerStore(None, None, None)
            runner = BatchRunner(settings, store, TokenCounter("bench", warn=lambda m: None), Path(tmp))
            bodies = [_body(i) for i in range(count)]
            pending = {request_key(body, "bench"): body for body in bodies}
            cpu, wall = time.process_time(), time.perf_counter()
            found = asyncio.run(runner.run(pending, BatchLedger()))
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        server.terminate()
        server.wait(timeout=30)
    mapped = len(found.answers)
    target = "< 10 s" if count == 10_000 else ""
    return [
        Row(
            "batch",
            f"{count:,} requests written, uploaded, mapped back ({mapped:,} answers): factcards CPU",
            cpu,
            "s",
            target,
            cpu < 10 if count == 10_000 else None,
        ),
        Row("batch", f"{count:,} requests: wall, with the stub server's own work", wall, "s"),
    ]
