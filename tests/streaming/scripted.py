"""A small scripted IBKR-like WebSocket server for shell tests (exact control over faults).

The fake gateway (``ibkr_webapi.testing.FakeGateway``) is the realistic counterpart; this one exists
so keep-alive, reconnect and backpressure tests can script each frame. It runs ``websockets``'
asyncio server on 127.0.0.1 (free port) in a background thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from . import frames as F


@dataclass
class Script:
    session: str = "sess-1"
    hb_interval: float = 0.05
    md_interval: float = 0.01
    md_limit: float | None = None  # seconds after which an smd stream stops silently
    heartbeats: bool = True
    drop_after: int | None = None  # close every connection after this many sent frames (then disarm)
    orders: list[dict[str, Any]] = field(default_factory=list)
    executions: list[dict[str, Any]] = field(default_factory=list)  # replayed on every str+ (as IBKR)
    reject_cookie: bool = True
    send_sts: bool = True  # False: sts only when the test pushes it
    drop_every: int | None = None  # close every connection after this many sent frames (stays armed)


class ScriptedGateway:
    def __init__(self, script: Script | None = None) -> None:
        self.script = script or Script()
        self.received: list[str] = []
        self.log: list[tuple[str, str]] = []  # ("sent" | "recv", text) in the order the server saw them
        self.connections: list[dict[str, Any]] = []
        self._conns: set[ServerConnection] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self.port = 0
        self._sent = 0
        self.lock = threading.Lock()

    # -- control (from the test thread) -----------------------------------------------------------
    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1/api/ws"

    def push(self, obj: Any) -> None:
        assert self._loop is not None
        data = obj if isinstance(obj, str) else json.dumps(obj)

        async def send_all() -> None:
            for ws in list(self._conns):
                with contextlib.suppress(ConnectionClosed):
                    with self.lock:
                        self.log.append(("sent", data))
                    await ws.send(data)

        asyncio.run_coroutine_threadsafe(send_all(), self._loop).result(5)

    def push_burst(self, objs: list[Any]) -> None:
        """Send every frame of ``objs`` back to back (one coroutine, no pause), as a busy socket does."""
        assert self._loop is not None
        datas = [json.dumps(obj) for obj in objs]

        async def send_all() -> None:
            for ws in list(self._conns):
                with contextlib.suppress(ConnectionClosed):
                    for data in datas:
                        await ws.send(data)

        asyncio.run_coroutine_threadsafe(send_all(), self._loop).result(5)

    def push_raw(self, messages: list[Any]) -> None:
        """Send each item as one message, back to back: a ``str`` as text, ``bytes`` as a text frame
        carrying exactly those bytes (valid UTF-8 or not), a list as one message fragmented into its
        items (``websockets`` sends an iterable as fragments)."""
        assert self._loop is not None

        async def send_all() -> None:
            for ws in list(self._conns):
                with contextlib.suppress(ConnectionClosed):
                    for message in messages:
                        if isinstance(message, bytes):
                            await ws.send(message, text=True)
                        else:
                            await ws.send(message)

        asyncio.run_coroutine_threadsafe(send_all(), self._loop).result(30)

    def expire_session(self, new_session: str) -> None:
        """The session ends: sts says so, the old session value is refused from now on."""
        self.script.session = new_session
        self.push(F.STS_LOST)

    def drop_all(self) -> None:
        assert self._loop is not None

        def abort() -> None:
            for ws in list(self._conns):
                ws.transport.abort()

        self._loop.call_soon_threadsafe(abort)

    def frames_received(self, prefix: str = "") -> list[str]:
        with self.lock:
            return [f for f in self.received if f.startswith(prefix)]

    # -- server -----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def running(self) -> Iterator[ScriptedGateway]:
        ready = threading.Event()
        loop = asyncio.new_event_loop()
        self._loop = loop

        async def main() -> None:
            self._server = await serve(self._handler, "127.0.0.1", 0, process_request=self._check)
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            await self._server.serve_forever()

        def run() -> None:
            asyncio.set_event_loop(loop)
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(main())
            loop.close()

        self._thread = threading.Thread(target=run, name="scripted-gw", daemon=True)
        self._thread.start()
        ready.wait(5)
        try:
            yield self
        finally:
            assert self._server is not None
            loop.call_soon_threadsafe(self._server.close)
            self._thread.join(5)

    def _check(self, conn: ServerConnection, request: Any) -> Any:
        cookie = request.headers.get("Cookie", "")
        query = parse_qs(urlsplit(request.path).query)
        with self.lock:
            self.connections.append({"cookie": cookie, "query": query, "path": request.path})
        if self.script.reject_cookie and f"api={self.script.session}" not in cookie:
            return conn.respond(401, "bad session\n")
        return None

    async def _send(self, ws: ServerConnection, obj: Any) -> None:
        data = json.dumps(obj)
        with self.lock:
            self.log.append(("sent", data))
        await ws.send(data)
        with self.lock:
            self._sent += 1
            limit = self.script.drop_after
            if limit is not None and self._sent >= limit:
                self.script.drop_after = None
                self._sent = 0
                ws.transport.abort()
            elif self.script.drop_every is not None and self._sent >= self.script.drop_every:
                self._sent = 0
                ws.transport.abort()

    async def _handler(self, ws: ServerConnection) -> None:
        self._conns.add(ws)
        tasks: dict[str, asyncio.Task[None]] = {}
        with self.lock:
            self._sent = 0
        try:
            for hello in (F.SYSTEM_HELLO, F.STS, F.ACT) if self.script.send_sts else (F.SYSTEM_HELLO, F.ACT):
                await self._send(ws, hello)
            tasks["hb"] = asyncio.create_task(self._heartbeats(ws))
            async for message in ws:
                text = message if isinstance(message, str) else message.decode()
                with self.lock:
                    self.received.append(text)
                    self.log.append(("recv", text))
                await self._on_message(ws, text, tasks)
        except ConnectionClosed:
            pass
        finally:
            self._conns.discard(ws)
            for task in tasks.values():
                task.cancel()

    async def _on_message(
        self, ws: ServerConnection, text: str, tasks: dict[str, asyncio.Task[None]]
    ) -> None:
        if text == "tic":
            await self._send(ws, F.TIC_REPLY)
        elif text.startswith("smd+"):
            conid = int(text.split("+")[1])
            old = tasks.pop(f"md{conid}", None)
            if old:
                old.cancel()
            tasks[f"md{conid}"] = asyncio.create_task(self._market_data(ws, conid))
        elif text.startswith("umd+"):
            conid = int(text.split("+")[1])
            task = tasks.pop(f"md{conid}", None)
            if task:
                task.cancel()
        elif text.startswith("sor+") and self.script.orders:
            await self._send(ws, {"topic": "sor", "args": self.script.orders})
        elif text.startswith("str+") and self.script.executions:
            await self._send(ws, {"topic": "str", "args": self.script.executions})

    async def _heartbeats(self, ws: ServerConnection) -> None:
        while True:
            await asyncio.sleep(self.script.hb_interval)
            if self.script.heartbeats:
                await self._send(ws, F.SYSTEM_HB)

    async def _market_data(self, ws: ServerConnection, conid: int) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        n = 0
        while self.script.md_limit is None or loop.time() - start < self.script.md_limit:
            n += 1
            await self._send(
                ws, {"topic": f"smd+{conid}", "conid": conid, "_updated": n, "31": f"{100 + n}.00"}
            )
            await asyncio.sleep(self.script.md_interval)
