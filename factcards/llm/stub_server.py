"""A stub of an OpenAI-compatible server on 127.0.0.1, for tests, benchmarks and trying
factcards by hand with no model at all.

Each request is answered by a script: a function of the request that returns a `Reply` (a
normal answer, a 429 with Retry-After, a 500, a slow answer, broken JSON, a dropped
connection). The default script is an *extractive* model: it answers every factcards request
faithfully, quoting the article's own sentences, so the whole LLM path can run end to end.

    python -m factcards.llm.stub_server --port 8000
    factcards brief examples/ --extractor openai --base-url http://127.0.0.1:8000/v1 --model any
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # a dict is sent as JSON; str or bytes as they are
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering
    trickle: float = 0.0  # seconds between bytes of the body: a server that never quite times out
    content_type: str = "application/json"


@dataclass
class Seen:
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def messages(self) -> list[dict[str, str]]:
        return self.body["messages"]

    @property
    def text(self) -> str:
        return "\n".join(m["content"] for m in self.messages)


Script = Callable[[Seen, int], Reply]


def completion(content: str, prompt_tokens: int | None = 100, completion_tokens: int | None = 50) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "test-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
    }
    if prompt_tokens is not None:
        body["usage"] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + (completion_tokens or 0),
        }
    return body


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog of 5 makes the sixth simultaneous client wait for a TCP
    # retransmission (a second or more): far from what a real server does.
    request_queue_size = 256
    daemon_threads = True


class ChatServer:
    def __init__(self, script: Script | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.script: Script = script or extractive
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = _Server((host, port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> ChatServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(Reply(body={"object": "list", "data": [{"id": "test-model", "object": "model"}]}))
                else:
                    self._send(Reply(status=404, body={"error": {"message": "not found"}}))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(Reply(status=404, body={"error": {"message": f"no route {self.path}"}}))
                    return
                seen = Seen(json.loads(raw), {k.lower(): v for k, v in self.headers.items()})
                with server._lock:
                    index = len(server.requests)
                    server.requests.append(seen)
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    reply = server.script(seen, index)
                    if reply.delay:
                        time.sleep(reply.delay)
                    if reply.drop:
                        self.connection.shutdown(socket.SHUT_RDWR)
                        self.close_connection = True
                        return
                    self._send(reply)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _send(self, reply: Reply) -> None:
                if isinstance(reply.body, dict | list):
                    payload = json.dumps(reply.body).encode()
                elif isinstance(reply.body, str):
                    payload = reply.body.encode()
                else:
                    payload = reply.body or b""
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if reply.trickle:
                        for i in range(len(payload)):
                            self.wfile.write(payload[i : i + 1])
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                    else:
                        self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler


# -- the extractive model ------------------------------------------------------------------

_BETWEEN = re.compile(r"<<<ARTICLE ([0-9a-f]+)>>>\n(.*?)\n<<<END OF ARTICLE \1>>>", re.S)
_CARD_LINE = re.compile(r"^\[(c[0-9a-f]{8})\] (.+)$", re.M)
_REPAIR_BLOCK = re.compile(r"Card (c[0-9a-f]{8})\n.*?<<<ARTICLE [0-9a-f]+>>>\n(.*?)\n<<<END", re.S)


def request_kind(seen: Seen) -> str:
    """Which of factcards' requests this is: cards, repair, invalid (a re-ask) or summary."""
    last = seen.messages[-1]["content"]
    if "could not be used" in last:
        return "invalid"
    if "failed verification" in last:
        return "repair"
    if "Write a short summary" in last:
        return "summary"
    return "cards"


def article_text(seen: Seen) -> str:
    """The text between the delimiters of the request's last delimited article."""
    found = [hit for m in seen.messages if m["role"] == "user" for hit in _BETWEEN.findall(m["content"])]
    if not found:
        raise ValueError("no delimited article in the request")
    return found[-1][1]


def sentence_cards(text: str, limit: int = 3) -> list[dict[str, Any]]:
    """What a careful model does: each card's claim is a sentence, quoted verbatim."""
    from factcards.document import Document
    from factcards.models import Article

    doc = Document(Article(id="stub", body=text))
    found = [doc.sentence_text(s) for s in doc.sentences]
    return [_card(s, s) for s in found if len(s.split()) >= 4][:limit]


def _card(claim: str, quote: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "statement", "claim": claim, "speaker": None, "who": [], "when": None, "where": None,
            "evidence": [{"quote": quote}], **extra}  # fmt: skip


def json_answer(obj: Any, prompt_tokens: int = 120, completion_tokens: int = 60) -> Reply:
    return Reply(body=completion(json.dumps(obj), prompt_tokens, completion_tokens))


def extractive(seen: Seen, n: int) -> Reply:
    """Answer any factcards request faithfully, from the request's own text, billing about a
    token per four characters as a real server would."""
    reply = _extractive(seen)
    content = reply.body["choices"][0]["message"]["content"]
    reply.body["usage"] = {
        "prompt_tokens": len(seen.text) // 4,
        "completion_tokens": len(content) // 4,
        "total_tokens": len(seen.text) // 4 + len(content) // 4,
    }
    return reply


def _extractive(seen: Seen) -> Reply:
    kind = request_kind(seen)
    last = seen.messages[-1]["content"]
    if kind == "summary":
        return json_answer(
            {"summary": [{"sentence": claim, "cards": [cid]} for cid, claim in _CARD_LINE.findall(last)[:2]]}
        )
    if kind == "repair":
        fixed = []
        for card_id, block in _REPAIR_BLOCK.findall(last):
            first = block.splitlines()[0]
            fixed.append(_card(first, first, replaces=card_id))
        return json_answer({"cards": fixed})
    return json_answer({"cards": sentence_cards(article_text(seen))})


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="A stub OpenAI-compatible server with an extractive model.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--refuse-every", type=int, default=0, help="answer every Nth request with 429")
    args = parser.parse_args(argv)
    lock = threading.Lock()
    count = [0]

    def script(seen: Seen, n: int) -> Reply:
        with lock:
            count[0] += 1
            refuse = args.refuse_every and count[0] % args.refuse_every == 0
        if refuse:
            return Reply(status=429, body={"error": {"message": "rate limited"}}, delay=args.delay)
        reply = extractive(seen, n)
        reply.delay = args.delay
        return reply

    server = ChatServer(script, args.host, args.port)
    print(f"stub server on {server.base_url} (Ctrl-C to stop)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server._server.serve_forever()


if __name__ == "__main__":  # pragma: no cover
    main()
