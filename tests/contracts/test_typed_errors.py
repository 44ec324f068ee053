"""Misuse gets a typed ``IbkrError``, never a bare httpx or ValueError: an absurdly long symbol, a
request URL httpx refuses, a malformed base URL; and ``verify=False`` warns as loudly as
``insecure_skip_tls_verify``."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from helpers import stop_pacing_clock

from ibkr_webapi import ConfigurationError, RateLimitError, Settings, ValidationError
from ibkr_webapi._flow import Call, Flow, body_json
from ibkr_webapi.auth import GatewayAuth
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.testing import FakeGateway

from .fakegw import requests_of


def test_huge_symbol_is_a_validation_error_and_sends_nothing(gw: FakeGateway, client: Client) -> None:
    before = requests_of(gw)
    for call in (
        lambda: client.contracts.stock("A" * 100000),
        lambda: client.contracts.search("A" * 100000),
        lambda: client.contracts.future("A" * 100000),
        lambda: client.contracts.conid_of("A" * 100000),
    ):
        with pytest.raises(ValidationError, match="at most") as e:
            call()
        assert e.value.field == "symbol"
    with pytest.raises(ValidationError, match="control characters"):
        client.contracts.stock("AAPL\r\nX-Injected: 1")
    assert requests_of(gw) == before


async def test_huge_symbol_async(aclient: AsyncClient) -> None:
    with pytest.raises(ValidationError, match="at most"):
        await aclient.contracts.stock("A" * 100000)


def _stocks(symbols: list[str]) -> Flow[Any]:
    response = yield Call.op("get_stocks_by_symbol", symbols=symbols)
    return body_json(response)


def test_a_url_httpx_refuses_is_a_validation_error(gw: FakeGateway, client: Client) -> None:
    """The net under every call: httpx.InvalidURL (here: a URL over httpx's length limit) is typed."""
    before = requests_of(gw)
    with pytest.raises(ValidationError, match="nothing was sent"):
        client.run(_stocks(["A" * 100000]))
    assert requests_of(gw) == before


async def test_a_url_httpx_refuses_is_a_validation_error_async(aclient: AsyncClient) -> None:
    with pytest.raises(ValidationError, match="nothing was sent"):
        await aclient.run(_stocks(["A" * 100000]))


@pytest.mark.parametrize(
    "url", ["http://[::1", "ftp://localhost:5000/v1/api", "https://", "http://h:99999/v1/api"]
)
def test_malformed_urls_are_configuration_errors(url: str) -> None:
    with pytest.raises(ConfigurationError) as e:
        Settings(base_url=url)
    assert e.value.setting == "IBKR_BASE_URL"
    with pytest.raises(ConfigurationError):
        Settings.from_env({"IBKR_BASE_URL": url})
    with pytest.raises(ConfigurationError) as e2:
        Client(url, keepalive_interval=None)
    assert e2.value.setting == "base_url"
    with pytest.raises(ConfigurationError, match="IBKR_WS_URL"):
        Settings(ws_url="http://localhost:5000/v1/api/ws")


def _tls_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and "DISABLED" in r.getMessage()
    ]


def test_verify_false_warns_like_insecure_skip_tls_verify(
    gw: FakeGateway, caplog: pytest.LogCaptureFixture
) -> None:
    with gw.serve() as srv:
        with caplog.at_level(logging.WARNING, logger="ibkr_webapi"):
            Client(srv.base_url, verify=False, keepalive_interval=None).close()
        [by_verify] = _tls_warnings(caplog)
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="ibkr_webapi"):
            auth = GatewayAuth(insecure_skip_tls_verify=True)
            Client(srv.base_url, auth=auth, keepalive_interval=None).close()
        [by_setting] = _tls_warnings(caplog)
        assert "verify=False" in by_verify and "insecure_skip_tls_verify" in by_setting
        assert by_verify.split(":", 1)[1] == by_setting.split(":", 1)[1]  # the same warning
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="ibkr_webapi"):
            Client(srv.base_url, keepalive_interval=None).close()
        assert _tls_warnings(caplog) == []


def test_penalty_box_is_not_retried_and_says_what_it_is() -> None:
    gw = FakeGateway(penalty_violations=1)
    stop_pacing_clock(gw)  # the two requests are a burst however slowly the host runs them
    with gw.serve() as srv:
        gw.login()
        with httpx.Client(base_url=srv.base_url) as raw:  # break the 1-per-5-s limit once
            assert [raw.get("/portfolio/accounts").status_code for _ in range(2)] == [200, 429]
        before = gw.counters.snapshot()["total_requests"]
        with pytest.raises(RateLimitError) as e:
            Client(srv.base_url, keepalive_interval=None)
        assert gw.counters.snapshot()["total_requests"] == before + 1  # asked once, not hammered
    assert e.value.retry_after is not None and e.value.retry_after > 60
    text = str(e.value)
    assert "penalty box" in text and "10 min" in text and "Send nothing" in text
