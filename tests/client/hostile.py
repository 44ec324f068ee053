"""A small hostile HTTP/1.1 server on a real socket (127.0.0.1, free port), one thread per connection.

Each route is ``(method, path) -> behaviour``; a behaviour gets the parsed request and the socket and
may answer normally (:func:`json_answer`), drip its answer a byte at a time (:func:`drip`), send an
endless chunked body (:func:`endless_chunked`) or anything else. The server records every request
and how many bytes each behaviour managed to write, so tests assert counts, never durations.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

ACCOUNT = "U7654321"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Written:
    """Bytes a behaviour wrote (counted as it writes; a peer that went away stops it)."""

    count: int = 0
    finished: bool = False


Behaviour = Callable[[Request, socket.socket, Written], None]


@dataclass
class HostileServer:
    routes: dict[tuple[str, str], Behaviour]
    requests: list[Request] = field(default_factory=list)
    written: list[Written] = field(default_factory=list)
    seen: threading.Condition = field(default_factory=threading.Condition)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/api"

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in list(self.requests) if method is None or r.method == method]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        """Block until ``predicate()`` (about the requests seen) holds; a hang guard, not a timing."""
        with self.seen:
            assert self.seen.wait_for(predicate, timeout), "the server never saw the expected requests"


def _read_request(conn: socket.socket, buffer: bytearray) -> Request | None:
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = bytearray(rest)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    buffer[:] = body[length:]
    return Request(method, target.split("?", 1)[0], headers, bytes(body[:length]))


def _serve_connection(server: HostileServer, conn: socket.socket) -> None:
    buffer = bytearray()
    with conn, suppress(OSError):
        while True:
            request = _read_request(conn, buffer)
            if request is None:
                return
            with server.seen:
                server.requests.append(request)
                server.seen.notify_all()
            behaviour = server.routes.get((request.method, request.path)) or not_found
            written = Written()
            server.written.append(written)
            behaviour(request, conn, written)
            written.finished = True


@contextmanager
def hostile_server(routes: dict[tuple[str, str], Behaviour]) -> Iterator[HostileServer]:
    """Serve ``routes`` (paths under ``/v1/api`` as the client sends them) until the block ends."""
    server = HostileServer(dict(routes))
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    server.port = listener.getsockname()[1]
    stop = threading.Event()
    connections: list[socket.socket] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            connections.append(conn)
            threading.Thread(target=_serve_connection, args=(server, conn), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        with suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes accept(); close() alone would not
        listener.close()
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        thread.join(5)


# -- behaviours -------------------------------------------------------------------------------------


def _send(conn: socket.socket, data: bytes, written: Written) -> None:
    conn.sendall(data)
    written.count += len(data)


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def json_answer(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Behaviour:
    payload = json.dumps(body).encode()

    def behaviour(request: Request, conn: socket.socket, written: Written) -> None:
        head = {"Content-Type": "application/json", "Content-Length": str(len(payload))}
        _send(conn, _head(status, {**head, **(headers or {})}) + payload, written)

    return behaviour


def encoded_answer(payload: bytes, encoding: str, *, chunked: bool = False) -> Behaviour:
    """Answer 200 with ``payload`` (already encoded) under ``Content-Encoding: encoding``; with a
    Content-Length, or chunked in 16 KiB pieces."""

    def behaviour(request: Request, conn: socket.socket, written: Written) -> None:
        head = {"Content-Type": "application/json", "Content-Encoding": encoding}
        if not chunked:
            _send(conn, _head(200, {**head, "Content-Length": str(len(payload))}) + payload, written)
            return
        _send(conn, _head(200, {**head, "Transfer-Encoding": "chunked"}), written)
        for i in range(0, len(payload), 16384):
            piece = payload[i : i + 16384]
            _send(conn, f"{len(piece):x}\r\n".encode() + piece + b"\r\n", written)
        _send(conn, b"0\r\n\r\n", written)

    return behaviour


def not_found(request: Request, conn: socket.socket, written: Written) -> None:
    json_answer({"error": "no such path"}, 404)(request, conn, written)


def drip(body: bytes, *, every: float, head_too: bool = False) -> Behaviour:
    """Answer 200 with ``body``, one byte every ``every`` seconds (the status line too, with
    ``head_too``): httpx's read timeout restarts with each byte and never fires."""

    def behaviour(request: Request, conn: socket.socket, written: Written) -> None:
        head = _head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))})
        if not head_too:
            _send(conn, head, written)
        for byte in (head if head_too else b"") + body:
            time.sleep(every)
            _send(conn, bytes([byte]), written)

    return behaviour


def endless_chunked(chunk_size: int = 65536) -> Behaviour:
    """A chunked 200 JSON body that never ends."""

    def behaviour(request: Request, conn: socket.socket, written: Written) -> None:
        _send(conn, _head(200, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}), written)
        chunk = f"{chunk_size:x}\r\n".encode() + b" " * chunk_size + b"\r\n"
        _send(conn, f"{1:x}\r\n[\r\n".encode(), written)
        while True:
            _send(conn, chunk, written)

    return behaviour


def then(first: Behaviour, times: int, after: Behaviour) -> Behaviour:
    """``first`` for the first ``times`` requests of the route, then ``after``."""
    count = 0
    lock = threading.Lock()

    def behaviour(request: Request, conn: socket.socket, written: Written) -> None:
        nonlocal count
        with lock:
            count += 1
            mine = count
        (first if mine <= times else after)(request, conn, written)

    return behaviour


def session_routes() -> dict[tuple[str, str], Behaviour]:
    """Well-behaved answers for everything a session start needs (status, accounts, tickle)."""
    status = {"authenticated": True, "connected": True, "competing": False, "established": True}
    return {
        ("POST", "/v1/api/iserver/auth/status"): json_answer(status),
        ("GET", "/v1/api/iserver/auth/status"): json_answer(status),
        ("GET", "/v1/api/iserver/accounts"): json_answer({"accounts": [ACCOUNT], "selectedAccount": ACCOUNT}),
        ("POST", "/v1/api/tickle"): json_answer({"session": "s" * 32, "iserver": {"authStatus": status}}),
        ("GET", "/v1/api/iserver/account/orders"): json_answer({"orders": [], "snapshot": True}),
    }
