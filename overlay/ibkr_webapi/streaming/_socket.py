"""The ``websockets`` connection the asyncio shell reads from: whole messages, handed over in batches.

Why not ``async for message in ws``: ``websockets`` queues every received frame in its assembler and
hands it out through one ``recv()`` coroutine per message (a queue get, a coroutine, the UTF-8
decode), which on a busy market-data stream cost about as much as decoding the JSON. This subclass
of ``websockets``' ``ClientConnection`` (plugged in through ``connect(create_connection=...)``)
appends each complete message's bytes to :attr:`FrameConnection.inbox`, a plain deque, and wakes the
reader once per network read, so the reader takes every message of a read in one loop.

What stays with ``websockets``: the handshake, framing, ``max_size`` (the cap on a whole message,
fragments included), permessage-deflate, ping/pong and close frames, and the closing handshake. What
this class takes over from its assembler, with the same limits: reassembling fragmented messages
(at most :data:`MAX_FRAGMENTS` fragments, more fail the connection with 1009 as ``websockets``
does) and flow control (reading from the socket pauses while more than ``max_queue`` messages wait
in the inbox and resumes at a quarter of it). Text is not decoded here: the bytes go to the JSON
decoder, which reports invalid UTF-8 like any other unreadable frame.

``recv()`` and ``async for`` must not be used on this connection (no message ever reaches them).

The callbacks overridden here are ``websockets``' own (``process_event``, ``data_received``,
``connection_lost``), so the dependency is held to the majors the tests ran on (pyproject:
``websockets>=15,<18``).
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosedOK
from websockets.frames import CloseCode, Frame, Opcode

__all__ = ["MAX_FRAGMENTS", "FrameConnection"]

MAX_FRAGMENTS = 4096
"""Fragments of one message before the connection fails with 1009 (``websockets``' own default)."""

_TEXT, _BINARY, _CONT = Opcode.TEXT, Opcode.BINARY, Opcode.CONT


class FrameConnection(ClientConnection):
    """A ``ClientConnection`` whose received messages wait in :attr:`inbox` (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        high = kwargs.get("max_queue", 16)  # connect() passes it; an int (the shell never sends a pair)
        self.inbox: deque[bytes] = deque()
        """Complete received messages (bytes), oldest first; the reader pops them."""
        self._parts: list[bytes] | None = None
        self.too_many_fragments = False
        """True once a message came in more than :data:`MAX_FRAGMENTS` fragments (closed with 1009)."""
        self._waiter: asyncio.Future[None] | None = None
        self._reading_paused = False
        self._high: int | None = high if isinstance(high, int) else None
        self._low = self._high // 4 if self._high is not None else None

    # -- reader side --------------------------------------------------------------------------------
    async def wait_messages(self) -> bool:
        """Wait until :attr:`inbox` holds a message; False once the connection is closed and every
        message it received has been taken."""
        while not self.inbox:
            if self.connection_lost_waiter.done():
                return False
            waiter = self.loop.create_future()
            self._waiter = waiter
            try:
                await waiter
            finally:
                self._waiter = None
        return True

    def taken(self) -> None:
        """The reader took messages: resume reading from the socket if it was paused and the inbox
        is down to the low mark."""
        if self._reading_paused and (self._low is None or len(self.inbox) <= self._low):
            self._reading_paused = False
            transport = self.transport
            if transport is not None and not transport.is_closing():
                transport.resume_reading()

    def end_reason(self) -> tuple[str, int | None]:
        """Why the connection ended (for logs and ``Reconnected.reason``) and the close code this
        client sent, if it sent one (1009: a message over ``max_size``)."""
        sent = self.protocol.close_sent
        exc = self.protocol.close_exc
        if isinstance(exc, ConnectionClosedOK):
            reason = f"closed by the server (code {self.close_code})"
        else:
            reason = f"connection lost: {exc}"
        return reason, sent.code if sent is not None else None

    # -- websockets callbacks -----------------------------------------------------------------------
    def process_event(self, event: Any) -> None:
        if self.response is None or type(event) is not Frame:
            super().process_event(event)  # the handshake response
            return
        opcode = event.opcode
        if opcode is _TEXT or opcode is _BINARY:
            data = event.data if type(event.data) is bytes else bytes(event.data)
            if event.fin:  # the common case, inline: a whole message in one frame
                inbox = self.inbox
                inbox.append(data)
                if self._high is not None and len(inbox) > self._high and not self._reading_paused:
                    self._pause_reading()
            else:
                self._parts = [data]
        elif opcode is _CONT:
            parts = self._parts
            if parts is None:  # pragma: no cover - websockets' parser refuses an orphan continuation
                return
            parts.append(bytes(event.data))
            if event.fin:
                self._parts = None
                self._deliver(b"".join(parts))
            elif len(parts) >= MAX_FRAGMENTS:
                self._parts = None
                self._fail_too_many_fragments()
        else:
            super().process_event(event)  # ping, pong, close: websockets' own handling

    def _deliver(self, data: bytes) -> None:
        inbox = self.inbox
        inbox.append(data)
        if self._high is not None and len(inbox) > self._high and not self._reading_paused:
            self._pause_reading()

    def _pause_reading(self) -> None:
        self._reading_paused = True
        self.transport.pause_reading()

    def _fail_too_many_fragments(self) -> None:
        self.too_many_fragments = True
        self.protocol.fail(CloseCode.MESSAGE_TOO_BIG, "too many fragments")
        self.send_data()
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        waiter = self._waiter
        if waiter is not None and self.inbox and not waiter.done():
            waiter.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
