"""The sync network edge: httpx's ``HTTPTransport`` whose every socket operation ends by the call's deadline.

Why it exists: httpx's ``read`` timeout restarts with every byte and ``getaddrinfo`` has no timeout
at all, so a server dripping its answer or a dead DNS server could hold a sync call for minutes.
:class:`BoundedHTTPTransport` (the default inner transport of ``Client``) gives httpcore a network
backend whose connect, name resolution, TLS handshake, reads and writes each wait at most the time
the bound ``_deadline.Deadline`` has left, and which ``close()`` of the client can cut off from
another thread. Its sockets also tell the paced transport (through :data:`SENDING`) when a request's
headers were written, so no httpcore trace hook runs on the default path. The asyncio client needs
none of this: ``asyncio.timeout`` bounds the whole call there.
"""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import socket
import threading
import weakref
from collections.abc import Iterable
from typing import Any, Final, Protocol

import httpcore
import httpx

from . import _deadline
from ._deadline import Deadline

__all__ = ["SENDING", "BoundedHTTPTransport", "HeadersWritten"]

_current_deadline: Final = _deadline.current


class HeadersWritten(Protocol):
    """What the paced transport binds while it hands a request over: told when the headers are out."""

    def written(self) -> None: ...


#: The request (attempt) being sent on this thread, while the sync shell hands it to
#: BoundedHTTPTransport: its socket reports the header write (``_transport._Trace.written``).
SENDING: contextvars.ContextVar[HeadersWritten | None] = contextvars.ContextVar(
    "ibkr_webapi_sending", default=None
)


def _capped(timeout: float | None, expired: type[Exception] = httpcore.ConnectTimeout) -> float | None:
    """``timeout`` shortened to what the bound call's deadline leaves; ``expired`` once it has passed."""
    deadline = _current_deadline()
    if deadline is None:
        return timeout
    capped = deadline.cap(timeout)
    if capped <= 0:
        raise expired("the call's deadline passed")
    return capped


class _BoundedStream(httpcore.NetworkStream):
    """A socket stream whose reads and writes never wait past the bound call's deadline.

    httpx's ``read`` timeout restarts with every byte, so a server dripping its answer would never
    time out; here each ``recv`` waits at most the time the call has left, so the call ends on time.
    """

    def __init__(self, inner: httpcore.NetworkStream, owner: _BoundedBackend) -> None:
        self._inner = inner
        self._owner = owner
        owner._streams.add(self)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:  # nothing to send (httpcore writes an empty end of a body-less request)
            return
        self._inner.write(buffer, _capped(timeout, httpcore.WriteTimeout))
        sending = SENDING.get()
        if sending is not None:
            sending.written()  # the first write of a request is its headers (h11 writes them whole)

    def close(self) -> None:
        self._owner._streams.discard(self)
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        self._owner._streams.discard(self)
        capped = _capped(timeout)
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, capped), self._owner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def abort(self) -> None:
        """Wake a thread blocked on this socket (``close()`` of the client, from another thread)."""
        sock = self._inner.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                # socket.socket's own shutdown: an SSLSocket's would unwrap under the reading thread
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int, deadline: Deadline) -> list[str]:
    """The addresses of ``host``, resolved on a daemon thread and waited for no longer than the call
    has left: a resolver that hangs (a dead DNS server) cannot stretch the call past its deadline.

    A resolution given up on finishes (or hangs) on its own thread, which never holds the process
    open (daemon). Raises ``httpcore.ConnectTimeout`` (the deadline) or ``httpcore.ConnectError``
    (the name does not resolve).
    """
    done = threading.Event()
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except OSError as exc:
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name=f"ibkr-webapi-resolve-{host}", daemon=True).start()
    if not done.wait(max(0.0, deadline.remaining())):
        raise httpcore.ConnectTimeout(f"resolving {host!r} took longer than the call's time left")
    result = outcome[0]
    if isinstance(result, OSError):
        raise httpcore.ConnectError(str(result)) from result
    addresses = [info[4][0] for info in result]
    if not addresses:  # pragma: no cover - getaddrinfo raises rather than answer nothing
        raise httpcore.ConnectError(f"{host!r} resolves to no address")
    return list(dict.fromkeys(addresses))


class _BoundedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend with :class:`_BoundedStream` sockets (connect capped too)."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self._streams: weakref.WeakSet[_BoundedStream] = weakref.WeakSet()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout)
        deadline = _current_deadline()
        if deadline is None or _is_ip_literal(host):
            stream = self._inner.connect_tcp(host, port, capped, local_address, socket_options)
            return _BoundedStream(stream, self)
        # a name: resolve it where the wait can be bounded (getaddrinfo has no timeout of its own),
        # then connect to its addresses in the resolver's order, as socket.create_connection does
        last: httpcore.ConnectError | None = None
        for address in _resolve(host, port, deadline):
            capped = _capped(timeout)
            try:
                stream = self._inner.connect_tcp(address, port, capped, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
                continue
            return _BoundedStream(stream, self)
        assert last is not None  # _resolve returns at least one address or raises
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - IBKR is reached over TCP
        stream = self._inner.connect_unix_socket(path, _capped(timeout), socket_options)
        return _BoundedStream(stream, self)

    def sleep(self, seconds: float) -> None:  # pragma: no cover - httpcore retries only
        self._inner.sleep(seconds)

    def abort(self) -> None:
        for stream in list(self._streams):
            stream.abort()


_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
"""httpx's default pool limits."""


class BoundedHTTPTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose sockets honour the call's total deadline and can be cut off
    from another thread by ``close()`` (the default network transport of ``Client``)."""

    def __init__(self, *, verify: Any = True) -> None:
        super().__init__(verify=verify)
        self._backend = _BoundedBackend()
        ssl_context = self._pool._ssl_context
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=_LIMITS.max_connections,
            max_keepalive_connections=_LIMITS.max_keepalive_connections,
            keepalive_expiry=_LIMITS.keepalive_expiry,
            network_backend=self._backend,
        )

    def abort(self) -> None:
        """Shut down every open socket: blocked reads in other threads return at once."""
        self._backend.abort()
