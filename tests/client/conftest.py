"""Fixtures for client tests: fake gateways (checked for handler crashes), OAuth 1.0a auth, a fake clock."""

from __future__ import annotations

import pytest

from .client_helpers import FakeClock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Simulated time for the paced transport's sync shell."""
    fake = FakeClock()
    import ibkr_webapi._transport as transport

    real_time = transport.time.time

    class _Time:
        sleep = staticmethod(fake.sleep)
        monotonic = staticmethod(fake)
        time = staticmethod(real_time)  # wall clock for cookie expiry

    monkeypatch.setattr(transport, "time", _Time)
    monkeypatch.setattr(transport, "_pause", lambda closing, seconds: fake.sleep(seconds))
    return fake
