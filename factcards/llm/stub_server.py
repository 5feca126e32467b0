"""A stub of an OpenAI-compatible server on 127.0.0.1, for tests, benchmarks and trying
factcards by hand with no model at all.

Each request is answered by a script: a function of the request that returns a `Reply` (a
normal answer, a 429 with Retry-After, a 500, a slow answer, broken JSON, a dropped
connection). The default script is an *extractive* model: it answers every factcards request
faithfully, quoting the article's own sentences, so the whole LLM path can run end to end.

    python -m factcards.llm.stub_server --port 8000
    factcards brief examples/ --extractor openai --base-url http://127.0.0.1:8000/v1 --model any

It also speaks the Batch API (`/v1/files`, `/v1/batches`, the output and error files), running
each batch's requests through the same script, with scripted behaviours (`BatchBehaviour`):
slow validation, failed requests, output out of order, expiry, a failed batch.
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


@dataclass
class BatchBehaviour:
    """How the stub's batch engine behaves, per test."""

    validating_polls: int = 0  # polls that still say "validating"
    in_progress_polls: int = 1  # then polls that say "in_progress"
    fail_every: int = 0  # every Nth request (1-based) fails with an error line
    shuffle: bool = True  # write the output in an order other than the input's
    expire: bool = False  # the window passes: status "expired", only the first half answered
    fail_batch: bool = False  # the whole batch fails validation


@dataclass
class _Batch:
    id: str
    input_file_id: str
    lines: list[dict[str, Any]]
    polls: int = 0
    status: str = "validating"
    output_file_id: str | None = None
    error_file_id: str | None = None
    completed: int = 0
    failed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id, "object": "batch", "endpoint": "/v1/chat/completions", "completion_window": "24h",
            "input_file_id": self.input_file_id, "status": self.status, "created_at": 0,
            "output_file_id": self.output_file_id, "error_file_id": self.error_file_id,
            "errors": {"object": "list", "data": self.errors} if self.errors else None,
            "request_counts": {"total": len(self.lines), "completed": self.completed, "failed": self.failed},
        }  # fmt: skip


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
        self.requests: list[Seen] = []  # live chat completions only
        self.batch_behaviour = BatchBehaviour()
        self.batches: dict[str, _Batch] = {}
        self.batch_requests: list[Seen] = []  # chat completions answered inside batches
        self.files: dict[str, bytes] = {}
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
                path = self.path.split("?")[0].rstrip("/")
                if path.endswith("/models"):
                    self._send(Reply(body={"object": "list", "data": [{"id": "test-model", "object": "model"}]}))
                elif m := re.search(r"/files/([\w-]+)/content$", path):
                    data = server.files.get(m.group(1))
                    self._send(Reply(body=data, content_type="application/jsonl") if data is not None else _NOT_FOUND)
                elif m := re.search(r"/batches/([\w-]+)$", path):
                    batch = server.batches.get(m.group(1))
                    self._send(Reply(body=server._advance(batch).view()) if batch else _NOT_FOUND)
                else:
                    self._send(_NOT_FOUND)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                path = self.path.split("?")[0].rstrip("/")
                if path.endswith("/files"):
                    self._send(server._upload(self.headers.get("Content-Type", ""), raw))
                    return
                if path.endswith("/batches"):
                    self._send(server._create_batch(json.loads(raw)))
                    return
                if m := re.search(r"/batches/([\w-]+)/cancel$", path):
                    batch = server.batches.get(m.group(1))
                    if batch is not None and batch.status not in ("completed", "failed", "expired"):
                        batch.status = "cancelled"
                    self._send(Reply(body=batch.view()) if batch else _NOT_FOUND)
                    return
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

    # -- the batch engine ------------------------------------------------------------------

    def _upload(self, content_type: str, raw: bytes) -> Reply:
        from email.parser import BytesParser
        from email.policy import HTTP

        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
        data, purpose = None, None
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name == "file":
                data = part.get_payload(decode=True)
            elif name == "purpose":
                purpose = part.get_content().strip()
        if data is None or purpose != "batch":
            return Reply(status=400, body={"error": {"message": "expected a file with purpose batch"}})
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = data
        return Reply(body={"id": file_id, "object": "file", "bytes": len(data), "purpose": "batch",
                           "filename": "input.jsonl", "created_at": 0, "status": "processed"})  # fmt: skip

    def _create_batch(self, request: dict[str, Any]) -> Reply:
        data = self.files.get(request.get("input_file_id", ""))
        if data is None:
            return Reply(status=404, body={"error": {"message": "no such file"}})
        lines = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
        with self._lock:
            batch = _Batch(f"batch-{len(self.batches) + 1}", request["input_file_id"], lines)
            self.batches[batch.id] = batch
        return Reply(body=batch.view())

    def _advance(self, batch: _Batch) -> _Batch:
        behaviour = self.batch_behaviour
        with self._lock:
            if batch.status in ("completed", "failed", "expired", "cancelled"):
                return batch
            batch.polls += 1
            if batch.polls <= behaviour.validating_polls:
                return batch
            if behaviour.fail_batch:
                batch.status = "failed"
                batch.errors = [{"code": "invalid_request", "message": "the input file has a bad line"}]
                return batch
            if batch.polls <= behaviour.validating_polls + behaviour.in_progress_polls:
                batch.status = "in_progress"
                return batch
        outputs, errors = [], []
        answered = batch.lines[: len(batch.lines) // 2] if behaviour.expire else batch.lines
        for index, line in enumerate(answered, start=1):
            if behaviour.fail_every and index % behaviour.fail_every == 0:
                errors.append({"id": f"r{index}", "custom_id": line["custom_id"], "response": None,
                               "error": {"code": "server_error", "message": "the model failed on this request"}})  # fmt: skip
                continue
            seen = Seen(line["body"], {})
            with self._lock:
                n = len(self.batch_requests)
                self.batch_requests.append(seen)
            reply = self.script(seen, n)
            if reply.status == 200 and isinstance(reply.body, dict):
                outputs.append({"id": f"r{index}", "custom_id": line["custom_id"], "error": None,
                                "response": {"status_code": 200, "request_id": f"q{index}", "body": reply.body}})  # fmt: skip
            else:
                errors.append({"id": f"r{index}", "custom_id": line["custom_id"], "error": None,
                               "response": {"status_code": reply.status, "body": reply.body if isinstance(reply.body, dict) else {}}})  # fmt: skip
        if behaviour.shuffle:
            outputs.reverse()
        with self._lock:
            if outputs:
                batch.output_file_id = f"file-{len(self.files) + 1}"
                self.files[batch.output_file_id] = "".join(json.dumps(o) + "\n" for o in outputs).encode()
            if errors:
                batch.error_file_id = f"file-{len(self.files) + 1}"
                self.files[batch.error_file_id] = "".join(json.dumps(e) + "\n" for e in errors).encode()
            batch.completed, batch.failed = len(outputs), len(errors)
            batch.status = "expired" if behaviour.expire else "completed"
        return batch


_NOT_FOUND = Reply(status=404, body={"error": {"message": "not found"}})


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
    from factcards.models import Article
    from factcards.text.document import Document

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
