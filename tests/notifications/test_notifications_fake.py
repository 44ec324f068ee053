"""FYI notifications against the fake gateway, sync and async."""

from __future__ import annotations

import datetime as dt

import pytest
from contracts.fakegw import no_rate_limiting, requests_of
from helpers import SendTimesPacer

from ibkr_webapi._exceptions import NotFound, ValidationError
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.notifications import AsyncNotifications, Notifications
from ibkr_webapi.testing import FakeGateway


def test_unread_list_mark_read(gw: FakeGateway, client: Client, pacer: SendTimesPacer) -> None:
    fyi = Notifications(client)
    unread = fyi.unread_count()
    latest = fyi.list(max_count=10)
    assert unread == sum(1 for n in latest if not n.read) > 0
    first = latest[0]
    assert first.id and first.title and first.code and isinstance(first.date, dt.datetime)
    assert first.date.tzinfo is dt.UTC
    assert [n.date for n in latest] == sorted((n.date for n in latest), reverse=True)
    assert fyi.mark_read(first.id) is True
    assert fyi.unread_count() == unread - 1
    older = fyi.list(before_id=first.id)
    assert first.id not in {n.id for n in older} and older
    only = fyi.list(max_count=10, include=first.code)
    assert {n.code for n in only} == {first.code}
    with pytest.raises(NotFound):
        fyi.mark_read("9999999999999999")
    with pytest.raises(ValidationError):
        fyi.mark_read(" ")
    no_rate_limiting(gw, pacer)


def test_settings_toggle_and_disclaimers(gw: FakeGateway, client: Client, pacer: SendTimesPacer) -> None:
    fyi = Notifications(client)
    settings = {s.code: s for s in fyi.settings()}
    assert "BA" in settings and settings["BA"].name and settings["BA"].can_toggle
    was = settings["BA"].enabled
    fyi.set_setting("ba", not was)
    assert {s.code: s for s in fyi.settings()}["BA"].enabled is (not was)
    disclaimer = fyi.disclaimer("BA")
    assert disclaimer.code == "BA" and disclaimer.text
    fyi.accept_disclaimer("BA")
    assert "BA" in gw.state.fyi.disclaimers_read
    with pytest.raises(ValidationError):
        fyi.disclaimer("not-a-code")
    options = fyi.delivery_options()
    assert isinstance(options.email_enabled, bool)
    fyi.set_email_delivery(not options.email_enabled)
    assert fyi.delivery_options().email_enabled is (not options.email_enabled)
    no_rate_limiting(gw, pacer)


def test_settings_report_an_accepted_disclaimer(
    gw: FakeGateway, client: Client, pacer: SendTimesPacer
) -> None:
    # IBKR remembers the acceptance for the username; /fyi/settings reports it as "H": 1 from then on
    fyi = Notifications(client)
    before = {s.code: s for s in fyi.settings()}
    assert before["BA"].disclaimer_read is False
    fyi.accept_disclaimer("ba")
    after = {s.code: s for s in fyi.settings()}
    assert after["BA"].disclaimer_read is True
    assert after["BA"].enabled == before["BA"].enabled  # accepting does not toggle the subscription
    assert {c: s.disclaimer_read for c, s in after.items() if c != "BA"} == {
        c: s.disclaimer_read for c, s in before.items() if c != "BA"
    }
    assert requests_of(gw)["get_fyi_settings"] == 2  # read each time: no stale cached answer
    no_rate_limiting(gw, pacer)


async def test_async_settings_report_an_accepted_disclaimer(gw: FakeGateway, aclient: AsyncClient) -> None:
    fyi = AsyncNotifications(aclient)
    await fyi.accept_disclaimer("OE")
    assert {s.code for s in await fyi.settings() if s.disclaimer_read} >= {"OE"}


async def test_async_notifications(gw: FakeGateway, aclient: AsyncClient, pacer: SendTimesPacer) -> None:
    fyi = AsyncNotifications(aclient)
    latest = await fyi.list(max_count=3)
    assert 0 < len(latest) <= 3
    count = await fyi.unread_count()
    assert await fyi.mark_read(latest[0].id) is True
    assert await fyi.unread_count() == count - (0 if latest[0].read else 1)
    assert {s.code for s in await fyi.settings()} >= {"BA"}
    assert (await fyi.disclaimer("BA")).text
    assert requests_of(gw)["get_fyi_unread_count"] == 2
    no_rate_limiting(gw, pacer)
