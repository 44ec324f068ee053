"""The httpx clients ``Client`` and ``AsyncClient`` send through, minus two per-request costs of httpx.

Every request of the client (facade flows and ``low_level`` generated calls alike) goes through one
``httpx.Client`` / ``httpx.AsyncClient`` per base URL. Two things httpx does on each request cost more
than all of our own per-request code, and both are pure functions of what the request carries:

* joining the request's relative URL (``"/portfolio/DU123/ledger"``) to ``base_url``: httpx parses and
  validates the URL twice (~20 us). :class:`_MemoisedUrls` keeps the joined ``httpx.URL`` (immutable)
  per (base URL, relative URL) in a bounded memo, so a repeated path costs a dict lookup;
* extracting cookies from every response: httpx wraps the response for the stdlib cookie jar (an
  ``email.message.Message`` of all its headers, ~15 us) even when it carries no cookie.
  :class:`_SetCookieJar` runs the stdlib's extraction only when a ``Set-Cookie`` (or
  ``Set-Cookie2``) header is there, the only headers it reads; with none it would add nothing.

Both rely on httpx internals (``BaseClient._merge_url``, the ``_cookies`` attribute); should a future
httpx rename them, the overrides are simply not used and httpx's own code runs (tests/transport/
test_httpx_clients.py notices).
"""

from __future__ import annotations

from typing import Any, Final

import httpx

__all__ = ["AsyncIbkrHttpx", "IbkrHttpx"]

_URL_MEMO_SIZE: Final = 1024
"""Joined URLs kept per client (paths carry ids: conids, order ids; the memo starts over when full)."""


class _SetCookieJar(httpx.Cookies):
    """httpx's per-client cookie jar, reading a response only when it sets a cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        for name, _ in response.headers.raw:  # not ``in headers``: that decodes every header first
            if name.lower() in _SET_COOKIE:
                super().extract_cookies(response)
                return


_SET_COOKIE: Final = (b"set-cookie", b"set-cookie2")


class _MemoisedUrls:
    """``BaseClient._merge_url`` with a bounded memo of its (pure) result.

    Each entry remembers the ``base_url`` object it was joined with and is used only while that is
    still the client's base (setting ``base_url`` makes a new object), so a base changed by another
    thread while a request is being built never leaves a stale entry behind.
    """

    _url_memo: dict[str, tuple[httpx.URL, httpx.URL]]
    base_url: httpx.URL

    def _memoise_urls(self) -> None:
        self._url_memo = {}

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        merge = super()._merge_url  # type: ignore[misc]
        if type(url) is not str:
            return merge(url)  # type: ignore[no-any-return]
        base = self.base_url
        memo = self._url_memo
        hit = memo.get(url)
        if hit is not None and hit[0] is base:
            return hit[1]
        joined: httpx.URL = merge(url)
        if self.base_url is base:  # joined with ``base`` (it did not change meanwhile): remember
            if len(memo) >= _URL_MEMO_SIZE:
                memo.clear()
            memo[url] = (base, joined)
        return joined


class IbkrHttpx(_MemoisedUrls, httpx.Client):
    """The sync client's ``httpx.Client`` (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._memoise_urls()
        self._cookies = _SetCookieJar(self._cookies)


class AsyncIbkrHttpx(_MemoisedUrls, httpx.AsyncClient):
    """The asyncio client's ``httpx.AsyncClient`` (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._memoise_urls()
        self._cookies = _SetCookieJar(self._cookies)
