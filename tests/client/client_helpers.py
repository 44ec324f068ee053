"""Helpers shared by the client tests (imported as a top-level module: tests are not packages)."""

from __future__ import annotations

from ibkr_webapi.auth import OAuth1Auth
from ibkr_webapi.testing import FakeGateway


def oauth1_auth(gw: FakeGateway, base_url: str) -> OAuth1Auth:
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


class FakeClock:
    """Simulated time: ``sleep`` advances ``now`` and records the sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
