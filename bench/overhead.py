"""Overhead of the client layers over raw httpx, against the fake gateway on a real socket.

The same N GET /portfolio/accounts requests go through: raw ``httpx.Client``; the generated client
(``get_portfolio_accounts.sync_detailed``); ``ibkr_webapi.Client.run(flow)`` in gateway mode; and the
same in OAuth 1.0a mode (every request HMAC-signed). Pacing is lifted on both sides (an unlimited
pacer; the fake with ``enforce_pacing=False``) so only code overhead is measured. Each round runs
every variant in turn; the medians of per-request times over the rounds are compared with raw httpx
measured in the same run.

A second table repeats raw / generated / Client (gateway mode) over an in-memory transport (no server,
canned answer), where the client code is the whole cost: it shows the overhead in microseconds, which
the socket numbers hide when the server is slow (uvicorn answers in ~44 ms on some hosts).

Usage: python bench/overhead.py [--requests 500] [--rounds 5]
Last line: ``RESULT ratio_generated=R ratio_gateway=R ratio_oauth1=R``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Generator
from contextlib import ExitStack
from typing import Any

import httpx

from ibkr_webapi._flow import Call
from ibkr_webapi.auth import OAuth1Auth
from ibkr_webapi.client import Client
from ibkr_webapi.pacing import InProcessPacer
from ibkr_webapi.testing import FakeGateway

PATH = "/portfolio/accounts"
OPERATION = "get_portfolio_accounts"


def _oauth1_auth(gw: FakeGateway, base_url: str) -> OAuth1Auth:
    creds = gw.credentials.oauth1
    return OAuth1Auth(
        consumer_key=creds.consumer_key,
        access_token=creds.access_token,
        access_token_secret=creds.access_token_secret,
        signature_key=creds.signature_private_key_pem,
        encryption_key=creds.encryption_private_key_pem,
        dh_prime=creds.dh_prime_hex,
        base_url=base_url,
    )


def _flow() -> Generator[Any, Any, Any]:
    response = yield Call.op(OPERATION)
    return response


def _timed(fn: Callable[[], Any], n: int) -> float:
    """Seconds per request for ``n`` calls of ``fn`` (each must succeed)."""
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from ibkr_webapi_client import Client as GeneratedClient
    from ibkr_webapi_client.api.portfolio import get_portfolio_accounts

    with ExitStack() as stack:
        gw_gateway = FakeGateway(auth="gateway", enforce_pacing=False)
        gw_oauth1 = FakeGateway(auth="oauth1", enforce_pacing=False)
        srv_gateway = stack.enter_context(gw_gateway.serve())
        srv_oauth1 = stack.enter_context(gw_oauth1.serve())

        raw = stack.enter_context(httpx.Client(base_url=srv_gateway.base_url))
        generated = GeneratedClient(base_url=srv_gateway.base_url)
        stack.callback(generated.get_httpx_client().close)
        gateway = stack.enter_context(
            Client(srv_gateway.base_url, pacer=InProcessPacer(None, {}), keepalive_interval=None)
        )
        oauth1 = stack.enter_context(
            Client(
                srv_oauth1.base_url,
                auth=_oauth1_auth(gw_oauth1, srv_oauth1.base_url),
                pacer=InProcessPacer(None, {}),
                keepalive_interval=None,
            )
        )

        def do_raw() -> None:
            raw.get(PATH).raise_for_status()

        def do_generated() -> None:
            assert get_portfolio_accounts.sync_detailed(client=generated).status_code == 200

        def do_gateway() -> None:
            gateway.run(_flow())

        def do_oauth1() -> None:
            oauth1.run(_flow())

        def do_low_level() -> None:
            assert get_portfolio_accounts.sync_detailed(client=gateway.low_level).status_code == 200

        variants: dict[str, Callable[[], None]] = {
            "raw_httpx": do_raw,
            "generated": do_generated,
            "client_gateway": do_gateway,
            "client_low_level": do_low_level,
            "client_oauth1": do_oauth1,
        }
        for fn in variants.values():  # warm-up: connections, LST, imports, caches
            _timed(fn, 20)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.rounds):
            for name, fn in variants.items():
                samples[name].append(_timed(fn, args.requests))

    medians = _report(f"{args.requests} x GET {PATH} over a socket", samples, args.rounds)
    memory = _report("in-memory transport (client code only)", _in_memory(args), args.rounds)
    base = medians["raw_httpx"]
    print(
        f"RESULT ratio_generated={medians['generated'] / base:.3f} "
        f"ratio_gateway={medians['client_gateway'] / base:.3f} "
        f"ratio_oauth1={medians['client_oauth1'] / base:.3f} "
        f"inmemory_ratio_gateway={memory['client_gateway'] / memory['raw_httpx']:.3f}"
    )


def _report(title: str, samples: dict[str, list[float]], rounds: int) -> dict[str, float]:
    medians = {name: statistics.median(values) for name, values in samples.items()}
    base = medians["raw_httpx"]
    print(f"{title}, {rounds} rounds, median per request:")
    for name, value in medians.items():
        print(f"  {name:18s} {value * 1e6:9.1f} us   x{value / base:.3f}")
    return medians


ACCOUNTS_BODY = b'[{"id":"DU1234567","accountId":"DU1234567","currency":"USD","type":"DEMO"}]'


def _in_memory(args: argparse.Namespace) -> dict[str, list[float]]:
    from ibkr_webapi_client import Client as GeneratedClient
    from ibkr_webapi_client.api.portfolio import get_portfolio_accounts

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=ACCOUNTS_BODY, headers={"content-type": "application/json"})

    base_url = "http://bench/v1/api"
    with ExitStack() as stack:
        raw = stack.enter_context(httpx.Client(base_url=base_url, transport=httpx.MockTransport(answer)))
        generated = GeneratedClient(base_url=base_url).set_httpx_client(raw)
        client = stack.enter_context(
            Client(
                base_url,
                transport=httpx.MockTransport(answer),
                pacer=InProcessPacer(None, {}),
                keepalive_interval=None,
                start_session=False,
            )
        )
        variants: dict[str, Callable[[], Any]] = {
            "raw_httpx": lambda: raw.get(PATH).raise_for_status(),
            "generated": lambda: get_portfolio_accounts.sync_detailed(client=generated),
            "client_gateway": lambda: client.run(_flow()),
        }
        for fn in variants.values():
            _timed(fn, 50)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.rounds):
            for name, fn in variants.items():
                samples[name].append(_timed(fn, args.requests * 4))
    return samples


if __name__ == "__main__":
    main()
