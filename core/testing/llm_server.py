"""FakeLLMServer: a real OpenAI-compatible HTTP server on 127.0.0.1 with scripted replies."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aise.config import LLMSettings

__all__ = ["FakeLLMServer", "RecordedRequest", "ScriptedReply"]

_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})


@dataclass(frozen=True)
class ScriptedReply:
    """One scripted answer: a status, a body, and an optional delay before sending it."""

    kind: str
    """`json`, `text`, `garbage`, `status` or `delay` (for messages in failures)."""
    status: int = 200
    content: str = ""
    """The assistant message content (200) or the error message (other statuses)."""
    delay: float = 0.0
    usage: tuple[int, int] | None = None
    """(prompt_tokens, completion_tokens); estimated from the text when None."""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received, with its parsed JSON body."""

    path: str
    body: dict[str, Any]
    raw: str
    """The request body exactly as sent."""
    headers: dict[str, str] = field(default_factory=dict)
    """Request headers, names lower-cased."""

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    @property
    def text(self) -> str:
        """Every message's text, joined: what the model was shown."""
        parts: list[str] = []
        for message in self.messages:
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
        return "\n".join(parts)


class FakeLLMServer:
    """Serves `/v1/chat/completions` from a queue of scripted replies and records each request.

    Use as a context manager (or `start()`/`stop()`); `settings()` gives an `LLMSettings`
    pointing litellm at it; `assert_all_used()` fails if a scripted reply was never requested."""

    def __init__(self, model: str = "openai/fake-model") -> None:
        self.model = model
        self.requests: list[RecordedRequest] = []
        self.unexpected: list[RecordedRequest] = []
        """Requests that arrived when the queue was empty and no default was set."""
        self.max_in_flight = 0
        """The most requests the server was handling at one moment (checks concurrency caps)."""
        self._in_flight = 0
        self._queue: deque[ScriptedReply] = deque()
        self._default: ScriptedReply | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> FakeLLMServer:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        httpd.daemon_threads = True
        httpd.block_on_close = False
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, args=(0.05,), name="fake-llm", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a delay()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeLLMServer is not running")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL for `api_base` (`http://127.0.0.1:PORT/v1`)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def settings(self, **overrides: Any) -> LLMSettings:
        """LLMSettings aimed at this server: short timeout, fast retries, no key needed."""
        values: dict[str, Any] = {
            "mode": "llm",
            "model": self.model,
            "api_base": self.url,
            "timeout": 5.0,
            "max_retries": 2,
            "retry_backoff": 0.01,
        }
        values.update(overrides)
        return LLMSettings.model_validate(values)

    # -- scripting -------------------------------------------------------------------
    def _push(self, reply: ScriptedReply, times: int) -> FakeLLMServer:
        with self._lock:
            self._queue.extend([reply] * times)
        return self

    def reply_json(
        self, obj: Any, *, times: int = 1, usage: tuple[int, int] | None = None
    ) -> FakeLLMServer:
        """Answer with `obj` serialised as the assistant message."""
        return self._push(ScriptedReply("json", content=json.dumps(obj), usage=usage), times)

    def reply_text(
        self, text: str, *, times: int = 1, usage: tuple[int, int] | None = None
    ) -> FakeLLMServer:
        return self._push(ScriptedReply("text", content=text, usage=usage), times)

    def garbage(
        self, text: str = "Sure! Here is my answer: {verdict: maybe", *, times: int = 1
    ) -> FakeLLMServer:
        """A 200 reply whose content is not valid JSON."""
        return self._push(ScriptedReply("garbage", content=text), times)

    def status(
        self,
        code: int,
        message: str = "scripted failure",
        *,
        times: int = 1,
        retry_after: float | None = None,
    ) -> FakeLLMServer:
        """An HTTP error (429, 500, 503...) with an OpenAI-style error body."""
        headers = (("Retry-After", str(retry_after)),) if retry_after is not None else ()
        return self._push(
            ScriptedReply("status", status=code, content=message, headers=headers), times
        )

    def delay(self, seconds: float, obj: Any = None, *, times: int = 1) -> FakeLLMServer:
        """Wait `seconds` before answering (with `obj`, or `{}`): a timeout when longer than the client's."""
        return self._push(
            ScriptedReply("delay", content=json.dumps({} if obj is None else obj), delay=seconds),
            times,
        )

    def default_json(self, obj: Any) -> FakeLLMServer:
        """Answer with `obj` whenever the queue is empty (for long end-to-end runs)."""
        self._default = ScriptedReply("json", content=json.dumps(obj))
        return self

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def assert_all_used(self) -> None:
        """Fail if a scripted reply was never requested, or a request found no reply."""
        with self._lock:
            left = list(self._queue)
        problems = []
        if left:
            problems.append(
                f"{len(left)} scripted repl{'y' if len(left) == 1 else 'ies'} never used: "
                + ", ".join(r.kind for r in left)
            )
        if self.unexpected:
            problems.append(
                f"{len(self.unexpected)} request(s) arrived with no scripted reply left"
            )
        if problems:
            raise AssertionError("FakeLLMServer: " + "; ".join(problems))

    # -- serving ---------------------------------------------------------------------
    def _next(self, request: RecordedRequest) -> ScriptedReply | None:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
            if self._default is None:
                self.unexpected.append(request)
            return self._default

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)

    def _enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1


def _completion_body(
    model: str, content: str, usage: tuple[int, int] | None, prompt_chars: int
) -> bytes:
    prompt_tokens, completion_tokens = usage or (
        max(1, prompt_chars // 4),
        max(1, len(content) // 4),
    )
    body = {
        "id": f"chatcmpl-fake-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
    return json.dumps(body).encode("utf-8")


def _make_handler(server: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # Without this every reply waits ~45 ms for a delayed ACK (DESIGN.md).
        disable_nagle_algorithm = True
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            return

        def do_POST(self) -> None:
            path = self.path.split("?", 1)[0]
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode(
                "utf-8", "replace"
            )
            if path not in _PATHS:
                self._send(404, {"error": {"message": f"no route {path}", "type": "not_found"}})
                return
            try:
                body = json.loads(raw) if raw else {}
            except json.JSONDecodeError:
                body = {}
            request = RecordedRequest(
                path=path,
                body=body,
                raw=raw,
                headers={k.lower(): v for k, v in self.headers.items()},
            )
            server._enter()
            try:
                self._answer(request, server._next(request))
            finally:
                server._leave()

        def _answer(self, request: RecordedRequest, reply: ScriptedReply | None) -> None:
            if reply is None:
                message = "FakeLLMServer: no scripted reply left"
                self._send(500, {"error": {"message": message, "type": "server_error"}})
                return
            if reply.delay:
                server._wait(reply.delay)
            if reply.status != 200:
                error = {"message": reply.content, "type": "scripted", "code": str(reply.status)}
                self._send(reply.status, {"error": error}, reply.headers)
                return
            model = str(request.body.get("model", ""))
            body = _completion_body(model, reply.content, reply.usage, len(request.text))
            self._send_bytes(200, body)

        def _send(self, status: int, obj: Any, headers: tuple[tuple[str, str], ...] = ()) -> None:
            self._send_bytes(status, json.dumps(obj).encode("utf-8"), headers)

        def _send_bytes(
            self, status: int, data: bytes, headers: tuple[tuple[str, str], ...] = ()
        ) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing left to tell it

    return Handler
