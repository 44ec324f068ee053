"""Compressed answers: decoded by the paced transport, the *decoded* size held to ``max_response_bytes``.

A gzip "bomb" (a few KiB on the wire, many MiB decoded) must stop at the cap like an endless body;
ordinary gzip and deflate answers (zlib-wrapped and raw) read as before; a corrupt body or an encoding
the client did not ask for is a typed error, never a bare httpx one.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

from ibkr_webapi import AsyncClient, Client, ResponseTooLarge, UnexpectedResponse
from ibkr_webapi._flow import Call, Flow, body_json
from ibkr_webapi._inflate import ACCEPT_ENCODING, BodyTooLarge, Inflater, UndecodableBody, inflater_for
from ibkr_webapi.pacing import unlimited_pacer

from .hostile import Behaviour, HostileServer, encoded_answer, hostile_server, session_routes

pytestmark = pytest.mark.timeout(60)

ORDERS = "/v1/api/iserver/account/orders"
CAP = 1 << 20
ANSWER = {"orders": [{"orderId": 1, "ticker": "AAPL", "status": "Submitted"}], "snapshot": True}
# 8 MiB of JSON whitespace: about 8 KiB of gzip on the wire, eight times the cap once decoded
BOMB = b'{"orders": [' + b" " * (8 << 20) + b'], "snapshot": true}'


def _live_orders() -> Flow[Any]:
    return body_json((yield Call.op("get_live_orders")))


def _server(behaviour: Behaviour) -> Any:
    routes = session_routes()
    routes[("GET", ORDERS)] = behaviour
    return hostile_server(routes)


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def _client(server: HostileServer, **kwargs: Any) -> Client:
    return Client(server.base_url, start_session=False, pacer=unlimited_pacer(), **kwargs)


PLAIN = json.dumps(ANSWER).encode()
ENCODED = {
    "gzip": gzip.compress(PLAIN),
    "deflate-zlib": zlib.compress(PLAIN),
    "deflate-raw": _raw_deflate(PLAIN),
}


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@pytest.mark.parametrize("kind", sorted(ENCODED))
def test_gzip_and_deflate_answers_read_as_the_plain_body(kind: str, chunked: bool) -> None:
    encoding = kind.split("-")[0]
    with _server(encoded_answer(ENCODED[kind], encoding, chunked=chunked)) as server, _client(server) as c:
        assert c.run(_live_orders()) == ANSWER
    assert server.requests[-1].headers["accept-encoding"] == ACCEPT_ENCODING


def test_a_gzip_bomb_stops_at_the_cap_counted_decoded_sync() -> None:
    wire = gzip.compress(BOMB)
    assert len(wire) < CAP < len(BOMB)  # on the wire it is well under the cap
    with (
        _server(encoded_answer(wire, "gzip")) as server,
        _client(server, max_response_bytes=CAP) as c,
        pytest.raises(ResponseTooLarge) as caught,
    ):
        c.run(_live_orders())
    assert caught.value.limit == CAP


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_a_gzip_bomb_stops_at_the_cap_counted_decoded_async(chunked: bool) -> None:
    with _server(encoded_answer(gzip.compress(BOMB), "gzip", chunked=chunked)) as server:
        async with AsyncClient(
            server.base_url, start_session=False, pacer=unlimited_pacer(), max_response_bytes=CAP
        ) as c:
            with pytest.raises(ResponseTooLarge):
                await c.run(_live_orders())


def test_a_gzip_bomb_to_a_low_level_call_stops_at_the_cap() -> None:
    from ibkr_webapi_client.api.orders import get_live_orders

    with (
        _server(encoded_answer(gzip.compress(BOMB), "gzip", chunked=True)) as server,
        _client(server, max_response_bytes=CAP) as c,
        pytest.raises(ResponseTooLarge),
    ):
        get_live_orders.sync_detailed(client=c.low_level)


def test_a_corrupt_gzip_body_is_an_unexpected_response() -> None:
    corrupt = gzip.compress(PLAIN)[:10] + b"\x00not gzip at all\xff" * 8
    with (
        _server(encoded_answer(corrupt, "gzip")) as server,
        _client(server) as c,
        pytest.raises(UnexpectedResponse, match="cannot be decoded"),
    ):
        c.run(_live_orders())


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, gzip"])
async def test_an_encoding_the_client_did_not_ask_for_is_refused_unread(encoding: str) -> None:
    with _server(encoded_answer(b"\x8b\x00opaque", encoding)) as server:
        async with AsyncClient(server.base_url, start_session=False, pacer=unlimited_pacer()) as c:
            with pytest.raises(UnexpectedResponse, match="did not ask for") as caught:
                await c.run(_live_orders())
    assert caught.value.status_code == 200


# -- the decoder alone --------------------------------------------------------------------------------


def _pieces(data: bytes, size: int) -> Iterator[bytes]:
    return (data[i : i + size] for i in range(0, len(data), size))


@pytest.mark.parametrize("piece", [1, 7, 4096, 1 << 20])
def test_the_decoder_reads_any_chunking_back_to_the_original(piece: int) -> None:
    original = json.dumps([ANSWER] * 300).encode()
    for encoding, wire in (("gzip", gzip.compress(original)), ("deflate", zlib.compress(original))):
        inflater = Inflater(encoding, limit=len(original))
        out = b"".join(inflater.feed(p) for p in _pieces(wire, piece)) + inflater.flush()
        assert out == original


def test_the_decoder_never_holds_more_than_the_cap_from_one_chunk() -> None:
    wire = gzip.compress(BOMB)  # one feed of the whole bomb
    inflater = Inflater("gzip", limit=CAP)
    with pytest.raises(BodyTooLarge):
        inflater.feed(wire)
    assert inflater._total <= CAP + 1  # zlib's max_length: never the 8 MiB at once


def test_a_body_exactly_at_the_cap_is_allowed() -> None:
    body = b"x" * CAP
    inflater = Inflater("gzip", limit=CAP)
    assert inflater.feed(gzip.compress(body)) + inflater.flush() == body


@pytest.mark.parametrize("value", ["", "identity", " Identity "])
def test_identity_needs_no_decoder(value: str) -> None:
    assert inflater_for(value, CAP) is None


def test_an_unknown_encoding_has_no_decoder() -> None:
    with pytest.raises(UndecodableBody, match="'br'"):
        inflater_for("br", CAP)
