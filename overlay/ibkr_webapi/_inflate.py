"""Decoding a compressed response body under the size cap, without I/O.

Why it exists: ``max_response_bytes`` bounds what a response may cost in memory. httpx decodes
``Content-Encoding`` after the transport has handed the body over, so a cap counted on the wire would
let a hostile or broken server send a small gzip "bomb" (64 MiB of gzip inflates to tens of GiB). The
paced transport therefore decodes gzip and deflate itself, through :class:`Inflater`, counts the
*decoded* bytes against the cap, and gives httpx the decoded body with ``Content-Encoding`` and the
wire ``Content-Length`` removed (so httpx does not decode a second time).

``zlib``'s ``max_length`` keeps even one chunk from inflating past the cap: the decoder never holds
more than ``limit + 1`` decoded bytes at any moment. The clients ask only for what this module
decodes (:data:`ACCEPT_ENCODING`); an answer in any other encoding is refused, never decoded
unbounded.
"""

from __future__ import annotations

import zlib

__all__ = ["ACCEPT_ENCODING", "BodyTooLarge", "Inflater", "UndecodableBody", "inflater_for"]

#: What the clients send as ``Accept-Encoding``: the encodings :class:`Inflater` can bound.
ACCEPT_ENCODING = "gzip, deflate"


class BodyTooLarge(Exception):
    """The decoded body passed the cap (the transport raises ``ResponseTooLarge``)."""


class UndecodableBody(Exception):
    """The body is not valid in its declared encoding, or the encoding is not one we decode."""


class Inflater:
    """Decodes one body chunk by chunk, raising :class:`BodyTooLarge` once the decoded total passes
    ``limit``. ``deflate`` bodies may be zlib-wrapped (RFC 9110) or raw, as servers send both."""

    __slots__ = ("_decoder", "_first", "_limit", "_total", "_wbits")

    def __init__(self, encoding: str, limit: int) -> None:
        self._wbits = zlib.MAX_WBITS | 16 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._decoder = zlib.decompressobj(self._wbits)
        self._first = encoding == "deflate"  # a raw deflate stream shows itself in the first chunk
        self._limit = limit
        self._total = 0

    def feed(self, data: bytes) -> bytes:
        """The decoded bytes of ``data`` (maybe none yet)."""
        room = self._limit - self._total + 1  # one byte past the cap proves the body too large
        try:
            out = self._decoder.decompress(data, room)
        except zlib.error as exc:
            if not self._first:
                raise UndecodableBody(str(exc)) from None
            self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            try:
                out = self._decoder.decompress(data, room)
            except zlib.error as exc2:
                raise UndecodableBody(str(exc2)) from None
        self._first = False
        return self._count(out)

    def flush(self) -> bytes:
        """What the decoder still holds at the end of the body."""
        try:
            out = self._decoder.flush()
        except zlib.error as exc:  # pragma: no cover - flush raises only on a corrupt stream
            raise UndecodableBody(str(exc)) from None
        return self._count(out)

    def _count(self, out: bytes) -> bytes:
        self._total += len(out)
        if self._total > self._limit or self._decoder.unconsumed_tail:
            raise BodyTooLarge(self._total)
        return out


def inflater_for(content_encoding: str, limit: int) -> Inflater | None:
    """The decoder for a ``Content-Encoding`` header value: ``None`` for identity (nothing to do).

    Raises :class:`UndecodableBody` for an encoding the clients did not ask for (``br``, ``zstd``,
    a chain of several): decoding it would be unbounded.
    """
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return Inflater(encoding, limit)
    raise UndecodableBody(f"the answer is encoded with {encoding!r}, which the client did not ask for")
