"""The client's cookie store: IBKR's session cookie on every request for the cost of a dict lookup.

See :class:`CookieStore` for why httpx's own per-client jar is kept empty.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Final

import httpx

from ._redact import REGISTRY, RedactingCookies

__all__ = ["CookieStore"]


class CookieStore:
    """The client's cookies, kept out of httpx's per-client jar so a request costs a dict lookup.

    httpx copies its cookie jar and runs the stdlib cookie policy on *every* request once the jar is
    non-empty (~50 us, more than all our own per-request code), and IBKR sets cookies (the gateway's
    ``api`` session cookie) that then ride on every call. So the client moves cookies that httpx
    extracted into this store (:meth:`adopt`, from a response hook; httpx's jar stays empty and on
    its fast path) and the paced transport adds the ``Cookie`` header (:meth:`apply`). The header is
    computed with the stdlib's rules (domain, path, secure, expiry) once per (scheme, host, path) and
    cached until the cookies change or the next one expires.
    """

    def __init__(self) -> None:
        self.cookies: httpx.Cookies = RedactingCookies()
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str, int | None, str], str | None] = {}
        self._expires = math.inf  # the earliest expiry among the cookies (epoch seconds)
        self._any_path = False  # True when some cookie is limited to a path other than "/"

    def __bool__(self) -> bool:
        return bool(self._cache) or bool(self.cookies)

    def adopt(self, jar: httpx.Cookies) -> None:
        """Move every cookie of ``jar`` (an httpx client's) into the store and empty ``jar``."""
        moved = list(jar.jar)
        jar.clear()
        with self._lock:
            for cookie in moved:
                if cookie.value:  # a session cookie is a credential: scrub it from logs and errors
                    REGISTRY.register(cookie.value)
                self.cookies.jar.set_cookie(cookie)
            self._changed()

    def clear(self) -> None:
        with self._lock:
            self.cookies.clear()
            self._changed()

    def apply(self, request: httpx.Request) -> None:
        """Add the stored cookies that match ``request`` to its ``Cookie`` header."""
        if not self._cache and not self.cookies:
            return
        url = request.url
        if time.time() >= self._expires:  # the stdlib's cookie rules use the wall clock too
            with self._lock:
                self.cookies.jar.clear_expired_cookies()
                self._changed()
        key = (url.scheme, url.host, url.port, url.path if self._any_path else "/")
        try:
            header = self._cache[key]
        except KeyError:
            header = self._compute(key, url)
        if header is None:
            return
        headers = request.headers
        for name, _ in headers.raw:  # a scan of the raw list: ``get`` would decode every header first
            if name.lower() == b"cookie":  # cookies given for this request: merged, theirs win
                mine = headers.get("cookie")
                headers["Cookie"] = header if not mine else _merge_cookie_headers(mine, header)
                return
        headers["Cookie"] = header

    def _compute(self, key: tuple[str, str, int | None, str], url: httpx.URL) -> str | None:
        probe = httpx.Request("GET", url)
        with self._lock:
            self.cookies.set_cookie_header(probe)
            header: str | None = probe.headers.get("cookie")
            if len(self._cache) >= _COOKIE_CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = header
        return header

    def _changed(self) -> None:
        self._cache = {}
        cookies = list(self.cookies.jar)
        self._expires = min((c.expires for c in cookies if c.expires is not None), default=math.inf)
        self._any_path = any(c.path not in ("", "/") for c in cookies)


_COOKIE_CACHE_SIZE: Final = 256


def _merge_cookie_headers(explicit: str, stored: str) -> str:
    """Cookies given for this request win over stored ones of the same name."""
    names = {part.split("=", 1)[0].strip() for part in explicit.split(";")}
    extra = [part for part in stored.split("; ") if part.split("=", 1)[0] not in names]
    return "; ".join([explicit, *extra]) if extra else explicit
